"""Build the PDF and DOCX papers of the paraphrase4 blind set (fictional bodies and figures).

Run from the repository root: ``.venv/bin/python tests/paraphrase4/make_papers.py``.
The HTML, TXT and MD papers are written by hand and live beside the generated files.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402
from pdfgen import Paper, bullet, heading, paragraph, save, table, text_lines  # noqa: E402

OUT = HERE / "papers"


# -- PDF 1: cabinet minutes ----------------------------------------------------------------

def hollinbrook_cabinet_minutes(path):
    pdf = Paper(running_header="Cabinet - 12 March 2026", footer="{page}",
                title="Cabinet minutes 12 March 2026", author="Democratic Services")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, "HOLLINBROOK BOROUGH COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "CABINET", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "MINUTES of a meeting of the Cabinet held in the Council Chamber, Civic Centre, "
                   "Hollinbrook on Thursday, 12 March 2026 at 6.00 pm")
    paragraph(pdf, "PRESENT: Councillor Margaret Ellery (Leader of the Council) (in the Chair); "
                   "Councillors Dev Patel (Deputy Leader and Portfolio Holder for Finance), Sian Brookes "
                   "(Communities and Leisure), Tom Okafor (Housing), Rachel Dunn (Planning and Regeneration) "
                   "and Gareth Lowe (Environment).")
    paragraph(pdf, "ALSO PRESENT: Councillor Helen Varley (Leader of the Opposition).")
    paragraph(pdf, "OFFICERS: Chief Executive; Director of Place; Director of Resources (Section 151 "
                   "Officer); Head of Legal and Democratic Services (Monitoring Officer); Democratic "
                   "Services Officer.")
    heading(pdf, "78. APOLOGIES FOR ABSENCE", 11)
    paragraph(pdf, "There were no apologies for absence.")
    heading(pdf, "79. DECLARATIONS OF INTEREST", 11)
    paragraph(pdf, "Councillor Brookes declared a non-registrable interest in minute 81 as an unpaid "
                   "trustee of Greenvale Leisure Trust. She left the meeting for that item and the Deputy "
                   "Leader presented the report in her place.")
    heading(pdf, "80. MINUTES", 11)
    paragraph(pdf, "RESOLVED: That the minutes of the meeting of the Cabinet held on 12 February 2026 be "
                   "confirmed as a correct record and signed by the Chair.")
    heading(pdf, "81. LEISURE MANAGEMENT CONTRACT - OUTCOME OF PROCUREMENT (KEY DECISION)", 11)
    paragraph(pdf, "The Deputy Leader presented the report of the Director of Place on the outcome of the "
                   "procurement of an operator for the Borough's three leisure centres (Hollinbrook Pool, "
                   "Castle Fields Sports Hall and Wyvern Lane Leisure Centre). The current operating "
                   "agreement with Greenvale Leisure Trust comes to an end on 31 May 2026.")
    paragraph(pdf, "Members were advised that the competitive flexible procedure had attracted three "
                   "compliant tenders and that the tender submitted by Greenvale Leisure Trust had achieved "
                   "the highest combined quality and price score. The new contract would commence on "
                   "1 June 2026 and run for ten years, with the option of a further extension of up to five "
                   "years. Its estimated total value over the initial term was £14.2 million. The "
                   "management fee paid by the Council would fall from £610,000 in the first year to nil "
                   "from year four onwards.")
    paragraph(pdf, "In answer to a question from Councillor Varley, the Director of Place confirmed that the "
                   "main risk identified in the report was a sharp rise in energy costs during the "
                   "contract; this would be managed through an energy price adjustment mechanism under "
                   "which increases above 10 per cent would be shared equally between the Council and the "
                   "operator.")
    paragraph(pdf, "RESOLVED:")
    bullet(pdf, "(a) That the contract for the management and operation of the Council's leisure centres "
                "be awarded to Greenvale Leisure Trust for a period of ten years from 1 June 2026, at an "
                "estimated total contract value of £14.2 million.", marker="")
    bullet(pdf, "(b) That authority be delegated to the Director of Place, in consultation with the "
                "Portfolio Holder for Communities and Leisure, to finalise and complete the contract.",
           marker="")
    paragraph(pdf, "Reason for decision: to secure the continued operation of the leisure centres at a "
                   "reducing cost to the Council.")
    heading(pdf, "82. HANDYPERSON AND SMALL REPAIRS SERVICE", 11)
    paragraph(pdf, "The Portfolio Holder for Housing introduced a report seeking an extension of the "
                   "handyperson and small repairs service provided by Foxley Care and Repair, a local "
                   "charity, which helps older and disabled residents to remain safely at home. The service "
                   "is funded from the Disabled Facilities Grant.")
    paragraph(pdf, "RESOLVED: That the agreement with Foxley Care and Repair for the handyperson and small "
                   "repairs service be extended for twelve months to 31 March 2027 at a cost of £95,000.")
    heading(pdf, "83. LOCAL PLAN - REGULATION 19 CONSULTATION", 11)
    paragraph(pdf, "The Portfolio Holder for Planning and Regeneration advised that further work was needed "
                   "on the transport evidence base following comments from the highway authority.")
    paragraph(pdf, "RESOLVED: That consideration of the Regulation 19 consultation draft of the Local Plan "
                   "be deferred to the meeting of the Cabinet on 9 April 2026.")
    heading(pdf, "84. REVENUE BUDGET MONITORING - QUARTER 3 2025/26", 11)
    paragraph(pdf, "The Deputy Leader presented the quarter 3 monitoring report, which forecast an overspend "
                   "of £1.3 million, mainly on temporary accommodation.")
    paragraph(pdf, "RESOLVED: That the forecast revenue outturn position for 2025/26 be noted.")
    heading(pdf, "85. HOUSING REVENUE ACCOUNT BUSINESS PLAN", 11)
    paragraph(pdf, "RECOMMENDED TO COUNCIL: That the updated thirty-year Housing Revenue Account Business "
                   "Plan be approved.")
    paragraph(pdf, "The meeting closed at 7.25 pm.")
    text_lines(pdf, ["", "Chair ..............................................      Date ........................"])
    return save(pdf, path)


# -- PDF 2: trust board public papers pack ---------------------------------------------------

def marshfield_board_pack(path):
    pdf = Paper(running_header="Board of Directors (Public) - 7 May 2026", footer="Page {page} of {pages}",
                title="Board of Directors Public Papers 7 May 2026",
                author="Marshfield and Tolley Hospitals NHS Foundation Trust")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Marshfield and Tolley Hospitals NHS Foundation Trust", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "Meeting of the Board of Directors held in Public", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Thursday 7 May 2026, 09:30 - 12:30\nBoardroom, Tolley General Hospital, and via MS Teams")
    heading(pdf, "AGENDA", 12)
    table(pdf, [
        ["Item", "Title", "Lead", "Purpose"],
        ["1", "Welcome, apologies and declarations of interest", "Chair", "Note"],
        ["2", "Minutes of the meeting held on 5 March 2026 and action log", "Chair", "Approve"],
        ["3", "Chief Executive's report", "Chief Executive", "Note"],
        ["4", "Integrated performance report", "Chief Operating Officer", "Assurance"],
        ["5", "Pathology managed service contract award", "Chief Finance Officer", "Approve"],
        ["6", "Community paediatrics subcontract", "Chief Operating Officer", "Approve"],
        ["7", "Board Assurance Framework summary", "Company Secretary", "Assurance"],
        ["8", "Any other business; date of next meeting: 2 July 2026", "Chair", "Note"],
    ], widths=[12, 90, 40, 28], ruled=True, header="shaded", size=9)

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6, "Board of Directors (Public)", new_x="LMARGIN", new_y="NEXT")
    table(pdf, [
        ["Agenda item", "5"],
        ["Report title", "Pathology Managed Service Contract Award"],
        ["Executive lead", "Priya Nandakumar, Chief Finance Officer"],
        ["Report author", "Owen Fairclough, Head of Procurement"],
        ["Action required", "Approval [X]   Assurance [ ]   Information [ ]"],
    ], widths=[45, 125], ruled=True, header=None, size=10)
    heading(pdf, "1. Purpose", 11)
    paragraph(pdf, "1.1 This paper seeks the Board's approval to award a managed service contract for "
                   "pathology analysers, reagents and consumables, following a further competition under a "
                   "national framework agreement.")
    heading(pdf, "2. Background", 11)
    paragraph(pdf, "2.1 The Trust's existing managed equipment arrangement with Halden Analytical Ltd "
                   "expires on 30 September 2026 and cannot be extended further. Much of the analyser "
                   "fleet is more than eight years old.")
    paragraph(pdf, "2.2 Four suppliers were invited to the mini-competition in January 2026 and three "
                   "responded. Evaluation weighted quality at 60 per cent and price at 40 per cent.")
    heading(pdf, "3. Outcome and value", 11)
    paragraph(pdf, "3.1 The preferred bidder is Corvane Diagnostics Ltd. The contract is for seven years "
                   "from 1 October 2026, with an annual charge of £3.09 million and a whole-life value of "
                   "£21.6 million. This is within the capital and revenue envelope agreed in the business "
                   "case approved by the Board in November 2025.")
    paragraph(pdf, "3.2 Subject to Board approval, the award will be followed by a standstill period and "
                   "contract signature is expected by 29 May 2026, allowing a four-month implementation.")
    heading(pdf, "4. Risks", 11)
    table(pdf, [
        ["Risk", "Mitigation"],
        ["Installation and validation of new analysers disrupts turnaround times for GP and "
         "inpatient samples.",
         "Phased changeover by discipline, with parallel running of old and new analysers for four weeks."],
        ["Staff are not trained on the new platforms in time for go-live.",
         "Supplier-funded training programme and super-user network agreed as part of the contract."],
    ], widths=[85, 85], ruled=True, header="bold", size=9.5)
    heading(pdf, "5. Recommendation", 11)
    paragraph(pdf, "5.1 The Board is asked to approve the award of the pathology managed service contract "
                   "to Corvane Diagnostics Ltd for seven years at a total value of £21.6 million.")
    paragraph(pdf, "5.2 The Board is asked to authorise the Chief Executive and Chief Finance Officer to "
                   "sign the contract on behalf of the Trust.")

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6, "Agenda item 6: Community Paediatrics Subcontract", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Presented by: Daniel Achebe, Chief Operating Officer")
    paragraph(pdf, "Summary. The Trust is commissioned by NHS Wendmoor Integrated Care Board to provide "
                   "community paediatric services across the Marshfield locality. To reduce waits for "
                   "neurodevelopmental assessment the Trust proposes to subcontract part of the pathway to "
                   "Saltmere Community Health CIC, which already runs the autism assessment service in the "
                   "neighbouring area.")
    paragraph(pdf, "The subcontract would run for three years from 1 July 2026 and is worth £380,000 per "
                   "annum, £1.14 million over the three years. The cost is met from the waiting list "
                   "funding agreed with the ICB for 2026/27.")
    paragraph(pdf, "Recommendation: The Board is asked to approve entering into the subcontract with "
                   "Saltmere Community Health CIC for three years from 1 July 2026.")

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6, "Agenda item 7: Board Assurance Framework - summary of principal risks",
                   new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "The Board is asked to note the summary below and to confirm it is assured that the "
                   "principal risks to the strategic objectives are being managed.")
    table(pdf, [
        ["BAF ref", "Principal risk", "Current score", "Key controls and actions"],
        ["BAF 1", "Failure to recover elective waiting times to the national standard because of "
                  "theatre capacity.", "16",
         "Additional weekend theatre lists; independent sector capacity secured; weekly access board."],
        ["BAF 3", "Inability to recruit and retain enough registered nurses, leading to high "
                  "temporary staffing spend.", "15",
         "International recruitment campaign; retention plan; e-rostering controls."],
    ], widths=[18, 70, 20, 62], ruled=True, header="bold", size=9)
    return save(pdf, path)


# -- PDF 3: quarterly finance monitoring ------------------------------------------------------

def ashcombe_finance(path):
    pdf = Paper(running_header="Ashcombe County Council - Cabinet - 19 November 2026",
                footer="{page}", title="2026/27 Budget Monitoring Report - Quarter 2",
                author="Executive Director of Finance")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Ashcombe County Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    table(pdf, [
        ["Report to:", "Cabinet"],
        ["Date of meeting:", "19 November 2026"],
        ["Title:", "2026/27 Budget Monitoring Report - Quarter 2"],
        ["Portfolio:", "Cabinet Member for Finance and Resources"],
        ["Report of:", "Executive Director of Finance (Section 151 Officer)"],
        ["Key decision:", "No"],
    ], widths=[40, 130], ruled=False, header=None, size=10.5)
    heading(pdf, "Summary", 11)
    paragraph(pdf, "1. At the end of the second quarter (30 September 2026) the Council is forecasting a "
                   "net revenue overspend of £7.4 million against its 2026/27 budget of £612.5 million. "
                   "The main pressures are children's placements and home to school transport.")
    heading(pdf, "Recommendations", 11)
    paragraph(pdf, "2. Cabinet is recommended to:")
    bullet(pdf, "(i) note the forecast revenue overspend of £7.4 million and the management actions "
                "being taken to reduce it;", marker="")
    bullet(pdf, "(ii) approve the budget virement of £1.2 million from corporate contingency to Children's "
                "Services set out in paragraph 9;", marker="")
    bullet(pdf, "(iii) approve the addition of £3.5 million to the capital programme for the expansion of "
                "Brookfield Primary School, funded by basic need grant.", marker="")
    heading(pdf, "Revenue position by directorate", 11)
    table(pdf, [
        ["Directorate", "Budget £m", "Forecast £m", "Variance £m"],
        ["Adults and Health", "238.6", "240.1", "1.5"],
        ["Children's Services", "171.2", "177.0", "5.8"],
        ["Place", "96.4", "97.1", "0.7"],
        ["Resources", "61.9", "61.3", "(0.6)"],
        ["Corporate budgets", "44.4", "44.4", "0.0"],
        ["Total", "612.5", "619.9", "7.4"],
    ], widths=[60, 35, 35, 35], ruled=True, header="bold", size=9.5)
    heading(pdf, "Commissioning and contracts", 11)
    paragraph(pdf, "6. Home to school transport: the contract with Redwell Coaches Ltd for special "
                   "educational needs routes in the south of the county has been extended to the end of "
                   "July 2027 while the service is re-procured, at an additional cost of £820,000.")
    paragraph(pdf, "7. Hospital discharge: NHS Ashcombe and Treverne Integrated Care Board has "
                   "transferred £2.1 million of discharge funding to the Council for 2026/27 to buy "
                   "additional short-term care beds.")
    paragraph(pdf, "8. Contract awards and variations above £500,000 approved in the quarter were:")
    table(pdf, [
        ["Service", "Supplier", "Value", "Term"],
        ["Residential short breaks for adults with learning disabilities", "Lindenholt Care Ltd",
         "£1,360,000", "3 years to 31 Aug 2029"],
        ["Highways drainage cleansing", "Clearflow Civils Ltd", "£2,450,000", "4 years from 1 Oct 2026"],
        ["Carers' support service", "Ashcombe Carers Network", "£640,000 per annum", "2 years from 1 Jul 2026"],
    ], widths=[62, 40, 32, 36], ruled=True, header="bold", size=9)
    heading(pdf, "Children's Services", 11)
    paragraph(pdf, "9. The overspend in Children's Services reflects a rise in the number of children in "
                   "external residential placements from 118 to 131 since April. A virement of £1.2 million "
                   "from corporate contingency is proposed.")
    heading(pdf, "Risks to the forecast", 11)
    paragraph(pdf, "10. The principal risks to the forecast are:")
    bullet(pdf, "Further growth in the number of high-cost children's placements. This is being "
                "mitigated by the sufficiency strategy, including two new in-house children's homes "
                "opening in spring 2027.", marker="-")
    bullet(pdf, "Pay awards above the 3 per cent budgeted. Mitigation: a general contingency of £4.0 "
                "million is held and will be released only if the award is confirmed above budget.",
           marker="-")
    paragraph(pdf, "Contact: Fiona Rees, Head of Corporate Finance, fiona.rees@ashcombe.gov.example")
    return save(pdf, path)


# -- PDF 4: risk register appendix ------------------------------------------------------------

def wendmoor_risk_register(path):
    pdf = Paper(running_header="NHS Wendmoor ICB - Audit and Risk Committee - 24 September 2026 - Item 8 Appendix B",
                footer="Page {page}", title="Appendix B Corporate Risk Register", author="NHS Wendmoor ICB")
    pdf.add_page(orientation="L")
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "Appendix B: Corporate Risk Register - risks with a current score of 12 or above",
                   new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "NHS Wendmoor Integrated Care Board. Position as at 31 August 2026. Scores are "
                   "likelihood x impact (5 x 5 matrix).", size=9.5)
    table(pdf, [
        ["Ref", "Risk description", "Owner", "Current", "Controls and mitigating actions", "Target",
         "Review by"],
        ["CR04", "If demand for urgent care continues to exceed capacity then patients may wait longer than "
                 "four hours in emergency departments, causing harm.", "Chief Delivery Officer", "20",
         "Urgent and emergency care improvement plan; same day emergency care expansion at both acute "
         "sites; system control centre operating seven days a week.", "12", "31/12/2026"],
        ["CR07", "There is a risk that the ICB does not deliver its 2026/27 financial plan because of "
                 "unidentified efficiency savings of £18.5m.", "Chief Finance Officer", "16",
         "Monthly system financial recovery board; vacancy controls; review of all discretionary spend "
         "above £25k.", "8", "31/10/2026"],
        ["CR11", "Risk that the transfer of the NHS 111 and out-of-hours service to a new provider on "
                 "1 April 2027 is delayed, affecting continuity of care.", "Director of Commissioning", "15",
         "Mobilisation board with Tollgate Urgent Care Ltd, the incoming provider; exit plan agreed "
         "with the current provider; weekly readiness reporting.", "6", "31/03/2027"],
        ["CR15", "Cyber attack on a provider or supplier system could lead to loss of access to "
                 "patient records.", "Chief Digital Officer", "15",
         "Cyber security assurance programme; business continuity plans tested in all providers; "
         "Data Security and Protection Toolkit compliance monitored.", "10", "30/11/2026"],
        ["CR18", "Shortage of NHS dental access in rural areas leads to inequalities in oral health.",
         "Director of Primary Care", "12",
         "Flexible commissioning scheme offering additional urgent dental sessions; "
         "dental access recovery plan.", "8", "31/01/2027"],
    ], widths=[14, 62, 28, 16, 92, 14, 21], ruled=True, header="shaded", size=8.5)
    paragraph(pdf, "Risks closed since the last report: CR09 (winter vaccination uptake) closed on "
                   "15 August 2026.", size=9.5)
    return save(pdf, path)


# -- DOCX 1: officer decision record ----------------------------------------------------------

def penhallow_officer_decision(path):
    doc = docxgen.new("Lucy Tremayne", dt.datetime(2026, 6, 2, 10, 0), font=("Arial", 11))
    docxgen.banner(doc, "Penhallow City Council", 16)
    doc.add_paragraph("RECORD OF AN OFFICER DECISION").runs[0].bold = True
    docxgen.table(doc, [
        ["Decision reference", "ODR-ASC-2026-031"],
        ["Decision title", "Direct award of the independent advocacy service contract"],
        ["Decision maker", "Director of Adult Social Care"],
        ["Date of decision", "2 June 2026"],
        ["Key decision", "No"],
        ["Authority for decision", "Constitution, Part 3, Scheme of Delegation to Officers, paragraph 4.2"],
    ], header=False)
    doc.add_heading("1. Decision", level=2)
    doc.add_paragraph("To award a contract for the provision of statutory independent advocacy services "
                      "(Care Act advocacy, Independent Mental Capacity Advocacy and Independent Mental Health "
                      "Advocacy) to Brightwater Advocacy CIC for a period of two years from 1 July 2026 to "
                      "30 June 2028, with a total contract value of £186,400 (£93,200 per year).")
    doc.add_heading("2. Reasons for the decision", level=2)
    doc.add_paragraph("The current contract with Brightwater Advocacy CIC ends on 30 June 2026. A wider "
                      "review of advocacy across Penhallow and the neighbouring Dunstow District Council area "
                      "is under way and a joint procurement is planned for 2028. A short direct award "
                      "ensures continuity for around 420 people a year who are entitled to an advocate.")
    doc.add_paragraph("The award is made under the direct award provisions for user choice and continuity "
                      "of services in the Procurement Act 2023 and the Council's Contract Procedure Rules.")
    doc.add_heading("3. Alternative options considered and rejected", level=2)
    doc.add_paragraph("Option 1 - let the contract expire: rejected, as the Council would fail to meet its "
                      "statutory duties under the Care Act 2014 and the Mental Capacity Act 2005.",
                      style="List Bullet")
    doc.add_paragraph("Option 2 - a full open procurement now: rejected, because it would cut across the "
                      "joint review and could not be completed before 30 June 2026.", style="List Bullet")
    doc.add_heading("4. Financial implications", level=2)
    doc.add_paragraph("The cost is contained within the existing Adult Social Care prevention budget "
                      "(cost centre 4417). There is no increase on the current annual price.")
    doc.add_heading("5. Risk", level=2)
    doc.add_paragraph("There is a risk of challenge from other advocacy providers to the direct award. "
                      "This is mitigated by publishing a transparency notice and observing an eight working "
                      "day standstill period before the contract is signed.")
    doc.add_heading("6. Consultation", level=2)
    doc.add_paragraph("The Cabinet Member for Adult Social Care and the Head of Procurement were consulted "
                      "on 27 May 2026 and support the decision.")
    doc.add_heading("7. Declarations of interest", level=2)
    doc.add_paragraph("None.")
    docxgen.table(doc, [
        ["Signed", "Lucy Tremayne, Director of Adult Social Care"],
        ["Date", "2 June 2026"],
        ["Contact officer", "Aaron Pascoe, Commissioning Manager, 01632 960418"],
    ], header=False)
    doc.save(str(path))
    return path


# -- DOCX 2: procurement award report ---------------------------------------------------------

def tarnside_homecare_award(path):
    doc = docxgen.new("Joanne Whitlock", dt.datetime(2026, 7, 3, 9, 0), font=("Calibri", 11))
    docxgen.banner(doc, "Tarnside County Council", 18)
    doc.add_paragraph("Adult Social Care and Health Committee")
    doc.add_paragraph("15 July 2026")
    doc.add_paragraph("Report of the Executive Director of Adults, Health and Wellbeing")
    p = doc.add_paragraph()
    r = p.add_run("Community Support at Home: Award of Framework Contracts")
    r.bold = True
    docxgen.table(doc, [
        ["Electoral divisions affected", "All"],
        ["Key decision", "Yes - ref KD/26/041"],
        ["Exempt information", "Appendix 2 (tender evaluation) is exempt under paragraph 3 of Schedule "
                               "12A to the Local Government Act 1972"],
    ], header=False)
    doc.add_heading("Purpose of the report", level=2)
    doc.add_paragraph("To report the outcome of the tender for community support at home (homecare) and "
                      "to seek approval to award contracts in three geographical lots.")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("That the Committee:")
    doc.add_paragraph("Approves the award of the Community Support at Home contracts to the providers "
                      "named in Table 1 for an initial term of five years from 2 November 2026, with an "
                      "option to extend for up to two further years.", style="List Number")
    doc.add_paragraph("Delegates authority to the Executive Director of Adults, Health and Wellbeing to "
                      "exercise the extension option, subject to satisfactory performance.",
                      style="List Number")
    doc.add_paragraph("Notes the transition arrangements for people whose care will move to a new "
                      "provider.", style="List Number")
    doc.add_heading("Background", level=2)
    doc.add_paragraph("The Council currently buys around 21,000 hours of homecare a week through spot "
                      "purchase arrangements and a framework which expires on 1 November 2026. Cabinet "
                      "approved the commissioning strategy on 14 January 2026 and the tender was advertised "
                      "on 2 March 2026. Eleven bids were received across the three lots.")
    doc.add_heading("Tender outcome", level=2)
    doc.add_paragraph("Table 1: Recommended providers by lot")
    docxgen.table(doc, [
        ["Lot", "Area", "Recommended provider", "Estimated annual value", "Hours per week"],
        ["1", "North (Tarnbridge and Hexley)", "Oakhaven Homecare Ltd", "£3,450,000", "6,900"],
        ["2", "Central (Ravensby)", "Silverbirch Care Services Ltd", "£4,120,000", "8,200"],
        ["3", "Rural West", "Tarnside Community Care CIC", "£2,780,000", "5,100"],
        ["Total", "", "", "£10,350,000", "20,200"],
    ])
    doc.add_paragraph("Over the initial five-year term the framework is expected to be worth about "
                      "£51.75 million.")
    doc.add_heading("Risks and mitigations", level=2)
    docxgen.table(doc, [
        ["Risk", "Mitigation"],
        ["Providers are unable to recruit enough care workers to deliver the hours awarded.",
         "The hourly rate includes the Real Living Wage and a rural travel supplement; recruitment support "
         "through the Council's care academy."],
        ["People whose provider changes experience disruption to their care.",
         "A 12-week transition plan with TUPE transfer of care workers wherever possible, and a review of "
         "every affected person."],
        ["Unsuccessful bidders challenge the award.",
         "Evaluation moderated and documented; a ten-day standstill period will be observed."],
    ])
    doc.add_heading("Timetable", level=2)
    docxgen.table(doc, [
        ["Milestone", "Date"],
        ["Notification of award and standstill", "20 July 2026"],
        ["Contracts signed", "7 August 2026"],
        ["Service commencement", "2 November 2026"],
    ])
    doc.add_heading("Financial implications", level=2)
    doc.add_paragraph("The cost is within the 2026/27 homecare budget of £10.9 million, including the "
                      "contribution from the Better Care Fund.")
    doc.add_paragraph("Contact officer: Joanne Whitlock, Head of Commissioning, Tarnside County Council")
    doc.save(str(path))
    return path


# -- DOCX 3: section 75 agreement report -----------------------------------------------------

def carrowdale_s75(path):
    doc = docxgen.new("Imran Qureshi", dt.datetime(2026, 4, 8, 14, 0), font=("Arial", 12))
    doc.add_paragraph("CARROWDALE COUNCIL").runs[0].bold = True
    doc.add_paragraph("REPORT TO: HEALTH AND WELLBEING BOARD")
    doc.add_paragraph("DATE: 21 APRIL 2026")
    doc.add_paragraph("SUBJECT: RENEWAL OF THE SECTION 75 AGREEMENT FOR THE INTEGRATED COMMUNITY "
                      "EQUIPMENT SERVICE")
    doc.add_paragraph("REPORT FROM: DIRECTOR OF ADULT SOCIAL SERVICES AND DIRECTOR OF STRATEGIC "
                      "COMMISSIONING, NHS KELLINGFORD INTEGRATED CARE BOARD")
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph("1.1 Carrowdale Council and NHS Kellingford Integrated Care Board (the ICB) have "
                      "pooled their budgets for community equipment since 2019 under an agreement made "
                      "under section 75 of the National Health Service Act 2006. The current agreement "
                      "expired on 31 March 2026 and has continued on a rolling basis pending this report.")
    doc.add_paragraph("1.2 This report asks the Board to endorse a new agreement for three years from "
                      "1 April 2026 to 31 March 2029, with the Council continuing as host and lead "
                      "commissioner.")
    doc.add_heading("2. Recommendations", level=1)
    doc.add_paragraph("2.1 The Health and Wellbeing Board is recommended to:")
    doc.add_paragraph("(a) endorse the renewal of the section 75 pooled budget agreement for the "
                      "integrated community equipment service for three years from 1 April 2026;")
    doc.add_paragraph("(b) note the partner contributions to the pooled fund for 2026/27 shown in "
                      "Table 1; and")
    doc.add_paragraph("(c) agree that the Director of Adult Social Services, in consultation with the ICB "
                      "Director of Strategic Commissioning, finalises and signs the agreement.")
    doc.add_heading("3. Pooled fund 2026/27", level=1)
    doc.add_paragraph("Table 1: contributions to the pooled fund")
    docxgen.table(doc, [
        ["Partner", "Contribution 2026/27", "Share"],
        ["Carrowdale Council", "£2,630,000", "45%"],
        ["NHS Kellingford ICB", "£3,210,000", "55%"],
        ["Total pooled fund", "£5,840,000", "100%"],
    ])
    doc.add_paragraph("3.2 The equipment service itself is delivered by Ablecare Equipment Services Ltd "
                      "under a contract let by the Council on behalf of both partners, which runs until "
                      "31 March 2029. Payments to Ablecare are forecast at £4.35 million in 2026/27; the "
                      "remainder of the pooled fund pays for the clinical prescriber team and minor "
                      "adaptations.")
    doc.add_heading("4. Governance", level=1)
    doc.add_paragraph("4.1 A joint Equipment Partnership Board will meet quarterly and report to the "
                      "Health and Wellbeing Board each year. Any overspend will be shared in proportion to "
                      "contributions, 45:55, unless it arises from one partner's prescribing decisions.")
    doc.add_heading("5. Risks", level=1)
    doc.add_paragraph("5.1 Risk: demand for equipment to support hospital discharge continues to grow "
                      "faster than the pooled budget. Mitigation: monthly activity and spend reports to the "
                      "Partnership Board, with a recycling target of 85 per cent for returned equipment.")
    doc.add_paragraph("5.2 Risk: the provider market for equipment services is small, leaving the partners "
                      "exposed if Ablecare fails. Mitigation: financial health checks every six months and "
                      "a business continuity plan held by the Council.")
    doc.add_heading("6. Background papers", level=1)
    doc.add_paragraph("Section 75 agreement dated 1 April 2019; Health and Wellbeing Board report of "
                      "16 March 2023.")
    doc.save(str(path))
    return path


BUILDERS = {
    "hollinbrook-bc_2026-03-12_cabinet_minutes.pdf": hollinbrook_cabinet_minutes,
    "marshfield-tolley-nhsft_2026-05-07_board-of-directors_public-papers.pdf": marshfield_board_pack,
    "ashcombe-cc_2026-11-19_cabinet_q2-budget-monitoring.pdf": ashcombe_finance,
    "nhs-wendmoor-icb_2026-09-24_audit-and-risk-committee_corporate-risk-register.pdf": wendmoor_risk_register,
    "penhallow-cc_2026-06-02_officer-decision_advocacy-direct-award.docx": penhallow_officer_decision,
    "tarnside-cc_2026-07-15_adult-social-care-committee_homecare-award.docx": tarnside_homecare_award,
    "carrowdale-council_2026-04-21_health-and-wellbeing-board_s75-community-equipment.docx": carrowdale_s75,
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        build(OUT / name)
        print(OUT / name)


if __name__ == "__main__":
    main()
