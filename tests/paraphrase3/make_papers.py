"""Build the PDF and DOCX papers of the third paraphrase set (tests/paraphrase3/papers).

Run from the repository root:  .venv/bin/python tests/paraphrase3/make_papers.py

The TXT, Markdown and HTML papers are written by hand; this script makes the four PDFs (fpdf2
through tests/pdfgen.py: running headers, page footers, ruled tables, a landscape page) and
the three Word documents (python-docx through tests/docxgen.py: cover tables, an attendance
table, an action log). Every authority, person, provider, sum and date is invented. The
output is committed.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import docxgen  # noqa: E402  (tests/docxgen.py)
from pdfgen import Paper, bullet, heading, paragraph, save, table, text_lines  # noqa: E402

OUT = HERE / "papers"
CREATED = dt.datetime(2025, 11, 20, 9, 30)


# -- 1. Cabinet minutes (PDF) ------------------------------------------------------

def cabinet_minutes_pdf():
    pdf = Paper(running_header="Cabinet - 9 December 2025 - Minutes",
                footer="Thornleigh Borough Council - Page {page} of {pages}",
                title="Cabinet minutes 9 December 2025", author="Democratic Services")
    pdf.add_page()
    heading(pdf, "THORNLEIGH BOROUGH COUNCIL", 15)
    heading(pdf, "CABINET", 13)
    paragraph(pdf, "MINUTES of a meeting of the Cabinet held in the Council Chamber, Thornleigh Civic Centre, "
                   "Wharf Road, Thornleigh on Tuesday 9 December 2025 at 6.30 pm.")
    paragraph(pdf, "PRESENT: Councillor M. Okonjo-Reed (Leader of the Council, in the Chair); Councillors "
                   "D. Harwood (Deputy Leader and Cabinet Member for Finance), P. Lisle (Environment and "
                   "Street Scene), S. Quayle (Housing), R. Bhamra (Communities and Leisure) and "
                   "T. Fenwick (Planning and Regeneration).")
    paragraph(pdf, "ALSO PRESENT: Councillor J. Aldous (Leader of the Opposition) and Councillor "
                   "K. Whitlow (Chair of the Overview and Scrutiny Committee).")
    paragraph(pdf, "OFFICERS: Helen Varga (Chief Executive), Simon Petrakis (Director of Resources and "
                   "Section 151 Officer), Amaka Obi (Head of Legal Services and Monitoring Officer), "
                   "Gareth Linnell (Head of Environmental Services), Rachel Tobin (Housing Services "
                   "Manager) and Lewis Carden (Democratic Services Officer).")

    heading(pdf, "52. APOLOGIES FOR ABSENCE", 11)
    paragraph(pdf, "Apologies for absence were received from Councillor N. Greaves (Cabinet Member for "
                   "Health and Wellbeing).")
    heading(pdf, "53. DECLARATIONS OF INTEREST", 11)
    paragraph(pdf, "Councillor R. Bhamra declared a non-registrable interest in minute 58 as an unpaid "
                   "trustee of Thornleigh Foodbank. She left the room during the discussion and vote on that "
                   "item. No other declarations were made.")
    heading(pdf, "54. MINUTES", 11)
    paragraph(pdf, "RESOLVED: That the minutes of the meeting of the Cabinet held on 11 November 2025 be "
                   "approved as a correct record and signed by the Chair.")
    heading(pdf, "55. PUBLIC QUESTIONS", 11)
    paragraph(pdf, "One question had been received from Mr D. Ashworth about the closure of the public "
                   "toilets in Abbey Gardens during the winter. Councillor Lisle replied that the toilets "
                   "would reopen on 1 March 2026 and that a written answer would be published with these "
                   "minutes.")

    heading(pdf, "56. REPLACEMENT OF REFUSE COLLECTION VEHICLES", 11)
    paragraph(pdf, "The Cabinet Member for Environment and Street Scene introduced the report of the Head "
                   "of Environmental Services. Eleven of the Council's fourteen refuse collection vehicles "
                   "were more than eight years old and breakdowns had caused 37 missed rounds since April. "
                   "Quotations had been sought through a national vehicle purchasing framework and the most "
                   "economically advantageous offer had come from Stanmoor Municipal Vehicles Ltd, which "
                   "would supply fourteen electric-ready 26-tonne vehicles for £3,920,000, with delivery "
                   "completed by 31 March 2026.")
    paragraph(pdf, "In reply to a question from Councillor Aldous, the Head of Environmental Services said "
                   "that the existing fleet was maintained by Kelbrook Fleet Care Ltd under a contract that "
                   "runs until 30 September 2026, and that the new vehicles would come with a five-year "
                   "manufacturer's warranty. He acknowledged the risk that late delivery of the chassis "
                   "could leave the Council running an ageing fleet through the spring; to manage this, "
                   "the purchase order would include liquidated damages and four vehicles would be hired "
                   "short term if delivery slipped.")
    paragraph(pdf, "RESOLVED:")
    bullet(pdf, "(1) That the purchase of fourteen refuse collection vehicles from Stanmoor Municipal "
                "Vehicles Ltd, at a total cost of £3,920,000, be approved.", marker="")
    bullet(pdf, "(2) That the cost be met from the capital programme, funded by prudential borrowing "
                "of up to £3.5 million and the vehicle replacement reserve.", marker="")
    bullet(pdf, "(3) That the Head of Environmental Services, in consultation with the Cabinet Member, be "
                "authorised to dispose of the vehicles being replaced.", marker="")
    paragraph(pdf, "Reason for decision: to maintain a reliable collection service and reduce repair costs.")

    heading(pdf, "57. REVENUE AND CAPITAL BUDGET MONITORING - QUARTER 2 2025/26", 11)
    paragraph(pdf, "The Director of Resources reported a forecast overspend of £1.24 million on the net "
                   "revenue budget of £21.6 million, mainly from temporary accommodation (£0.9 million) and "
                   "a shortfall of £310,000 in car parking income. Savings of £1.1 million had been planned "
                   "for the year and £780,000 were on track. The capital programme was forecast to spend "
                   "£14.2 million against a budget of £17.9 million.")
    paragraph(pdf, "Cabinet NOTED the forecast position and the actions being taken to reduce the overspend.")

    heading(pdf, "58. COMMUNITY GRANTS PROGRAMME 2026-2029", 11)
    paragraph(pdf, "(Councillor Bhamra had left the meeting for this item.)")
    paragraph(pdf, "The Leader presented the report on three-year grants to voluntary organisations from "
                   "the community grants budget of £260,000 a year. Fourteen applications had been scored "
                   "by a panel of officers and two Cabinet Members.")
    paragraph(pdf, "Decision: That three-year grants from 1 April 2026 to 31 March 2029 be awarded to "
                   "Thornleigh Citizens Advice (£112,000 a year, to provide debt, benefits and housing "
                   "advice) and to Thornleigh Foodbank (£48,000 a year, to run the emergency food and "
                   "fuel support service), and that the remaining applications be funded as set out in "
                   "Appendix B.")

    heading(pdf, "59. HOUSING REVENUE ACCOUNT BUSINESS PLAN 2026-2056", 11)
    paragraph(pdf, "The Cabinet Member for Housing introduced the refreshed thirty-year business plan. Rents "
                   "would rise by 4.8 per cent from April 2026, in line with the government's rent policy, "
                   "and £46 million would be invested in the Council's 4,100 homes over the first five "
                   "years. Responsive repairs would continue to be delivered by Quarrystone Property "
                   "Maintenance Ltd.")
    paragraph(pdf, "RECOMMENDED TO COUNCIL: That the Housing Revenue Account Business Plan 2026-2056 be "
                   "adopted.")

    heading(pdf, "60. ABBEY FIELDS LEISURE CENTRE - DECARBONISATION SCHEME", 11)
    paragraph(pdf, "Cabinet considered a report on replacing the gas boilers at Abbey Fields Leisure Centre "
                   "with air source heat pumps, part-funded by a Public Sector Decarbonisation Scheme grant "
                   "of £1.6 million. The centre is run by Thornleigh Leisure Trust under a management "
                   "agreement with the Council. Members noted that the grant had to be spent by 31 March "
                   "2027.")
    paragraph(pdf, "AGREED: That the scheme proceed and that the Council's contribution of £420,000 be added "
                   "to the capital programme.")

    heading(pdf, "61. EXCLUSION OF THE PRESS AND PUBLIC", 11)
    paragraph(pdf, "RESOLVED: That under section 100A(4) of the Local Government Act 1972 the press and "
                   "public be excluded from the meeting for the following item on the grounds that it "
                   "involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 "
                   "of Schedule 12A to the Act.")
    heading(pdf, "62. LAND AT MILL LANE, THORNLEIGH (EXEMPT)", 11)
    paragraph(pdf, "Cabinet considered the exempt report of the Director of Resources.")
    paragraph(pdf, "RESOLVED: That the recommendations set out in the exempt report be approved.")
    paragraph(pdf, "The next meeting of the Cabinet will be held on Tuesday 13 January 2026 at 6.30 pm.")
    paragraph(pdf, "The meeting closed at 8.12 pm.")
    paragraph(pdf, "CHAIR ........................................")
    save(pdf, OUT / "thornleigh-bc_2025-12-09_cabinet_minutes.pdf")


# -- 2. Trust board business case (PDF) ---------------------------------------------

def business_case_pdf():
    pdf = Paper(running_header="Kestrelford Hospitals NHS Foundation Trust - Board of Directors (Public) - "
                               "29 January 2026",
                footer="Page {page} of {pages}", title="Endoscopy Capacity Business Case",
                author="Director of Strategy")
    pdf.add_page()
    heading(pdf, "Kestrelford Hospitals NHS Foundation Trust", 14)
    table(pdf, [
        ["Meeting", "Board of Directors (Public)"],
        ["Date of meeting", "29 January 2026"],
        ["Agenda item", "14"],
        ["Report title", "Endoscopy Capacity: Outline Business Case"],
        ["Executive sponsor", "Kwame Adjei, Chief Operating Officer"],
        ["Report author", "Fiona Marsh, Director of Strategy and Planning"],
        ["Purpose", "For approval"],
        ["Previously considered", "Finance and Investment Committee, 20 January 2026 (supported)"],
        ["Link to BAF", "BAF 2: Elective recovery; BAF 5: Capital and estate"],
    ], widths=[50, 120], header=None)
    heading(pdf, "Recommendations", 11)
    paragraph(pdf, "The Board of Directors is asked to:")
    bullet(pdf, "APPROVE the outline business case and Option 2 (a two-room endoscopy extension at "
                "Kestrelford General Hospital) as the preferred option;")
    bullet(pdf, "APPROVE capital expenditure of £6.4m, subject to confirmation of £3.0m of system capital "
                "from the Integrated Care Board;")
    bullet(pdf, "NOTE that the full business case and the construction contract will return to the Board "
                "in June 2026.")

    heading(pdf, "1. Executive summary", 12)
    paragraph(pdf, "1.1 Demand for diagnostic endoscopy has grown by 9 per cent a year since 2022 and 2,460 "
                   "patients were waiting more than six weeks at the end of December 2025. The Trust has "
                   "three endoscopy rooms, all at Kestrelford General Hospital, and relies on weekend "
                   "insourcing lists to keep waits from rising further.")
    paragraph(pdf, "1.2 This case compares four options and recommends building two additional procedure "
                   "rooms, with recovery space, on the site of the former outpatient pharmacy.")
    heading(pdf, "2. Strategic context", 12)
    paragraph(pdf, "2.1 The national target is that 95 per cent of patients wait less than six weeks for a "
                   "diagnostic test by March 2027. The Trust achieved 71 per cent for endoscopy in "
                   "December 2025. NHS Rutherby and Fleet Integrated Care Board has identified endoscopy as "
                   "a system priority in its 2026/27 operating plan.")
    paragraph(pdf, "2.2 Weekend insourcing lists are run by Clearview Endoscopy Services Ltd under a "
                   "contract worth £1.1m a year, which ends on 31 October 2026. Insourcing costs about 40 "
                   "per cent more per procedure than the Trust's own lists.")

    heading(pdf, "3. Options appraisal", 12)
    paragraph(pdf, "3.1 Four options were shortlisted and scored against the investment objectives (access, "
                   "quality, value for money and deliverability). Scores are out of 100.")
    table(pdf, [
        ["Option", "Description", "Capital cost", "Recurrent revenue effect", "Score", "Outcome"],
        ["1", "Do minimum: continue insourcing at current levels", "nil", "£1.1m a year continues", "38",
         "Rejected"],
        ["2", "Two-room extension at Kestrelford General Hospital", "£6.4m", "Saves £0.35m a year from 2027/28",
         "81", "Preferred"],
        ["3", "Leased modular unit for seven years", "£0.4m", "Lease of £780,000 a year", "64", "Rejected"],
        ["4", "Outsource to an independent sector provider", "nil", "About £1.6m a year at tariff", "45",
         "Rejected"],
    ], widths=[14, 52, 22, 40, 14, 28], header="shaded")
    paragraph(pdf, "3.2 Option 3 scored well on speed but a modular unit would have to be replaced after "
                   "seven years and its lease would cost more than Option 2 over the appraisal period. "
                   "Option 4 relies on an independent provider 40 miles away, which patients told us they "
                   "would find hard to reach.")

    heading(pdf, "4. The preferred option", 12)
    paragraph(pdf, "4.1 The extension would add 7,800 procedures a year. Once it opens, the insourcing "
                   "contract would not be renewed. Design and construction would be let through the NHS "
                   "estates construction framework; a mini-competition has identified Bellweather "
                   "Construction Ltd as the preferred contractor, with a target construction price of "
                   "£5.1m. The contract will be awarded only after the full business case is approved.")
    paragraph(pdf, "4.2 Decontamination of endoscopes will continue to be provided by the Trust's sterile "
                   "services department; the washer-disinfectors are maintained by Aquasept Medical Ltd "
                   "under the existing service agreement.")

    heading(pdf, "5. Financial case", 12)
    table(pdf, [
        ["Capital funding", "£m"],
        ["Trust internal capital programme 2026/27", "3.4"],
        ["System capital (ICB allocation, to be confirmed)", "3.0"],
        ["Total capital", "6.4"],
    ], widths=[110, 30], header="bold")
    paragraph(pdf, "5.1 Staffing the two rooms will cost £1.45m a year (28.6 whole-time equivalent posts). "
                   "This is more than offset by ending insourcing and by the income of about £1.8m a year "
                   "from the additional activity under the aligned payment and incentive contract with the "
                   "ICB, giving a net saving of £0.35m a year from 2027/28.")

    heading(pdf, "6. Timetable", 12)
    for line in ["Full business case to Board: June 2026",
                 "Construction starts: 1 September 2026",
                 "Handover and commissioning: 31 May 2027",
                 "First patient lists: 1 July 2027"]:
        bullet(pdf, line)

    heading(pdf, "7. Risks", 12)
    table(pdf, [
        ["Risk", "Mitigation"],
        ["Construction costs rise above the £5.1m target price because of inflation or ground conditions.",
         "A 10 per cent contingency is held in the capital budget and site surveys were completed in "
         "November 2025."],
        ["The Trust cannot recruit enough endoscopy nurses to staff both rooms by July 2027.",
         "A recruitment campaign starts in January 2027 and two trainee endoscopist posts are funded "
         "from April 2026."],
        ["The ICB does not confirm the £3.0m of system capital.",
         "The Trust would phase the scheme, building one room in 2026/27 and the second in 2027/28."],
    ], widths=[85, 85], header="bold")
    heading(pdf, "8. Commercial case", 12)
    paragraph(pdf, "8.1 The construction contract will use the NEC4 Engineering and Construction Contract, "
                   "Option C (target cost with activity schedule), so that savings and overruns against the "
                   "target are shared with the contractor. The Trust's capital projects team will manage the "
                   "contract, supported by an external cost adviser appointed from the same framework.")
    heading(pdf, "9. Management case", 12)
    paragraph(pdf, "9.1 A project board chaired by the Chief Operating Officer will oversee delivery and report "
                   "monthly to the Finance and Investment Committee. Clinical leadership will come from the "
                   "Clinical Director for Gastroenterology, Dr Owen Penhale.")
    heading(pdf, "10. Quality and equality impact", 12)
    paragraph(pdf, "10.1 A quality and equality impact assessment was completed on 8 January 2026. Shorter "
                   "waits would most benefit older patients and people in the most deprived areas, who are "
                   "over-represented among those waiting longest. No negative impacts were identified.")
    heading(pdf, "11. Sustainability", 12)
    paragraph(pdf, "11.1 The extension will be heated by air source heat pumps and designed to the NHS net zero "
                   "building standard.")
    heading(pdf, "Appendix A: Benefits", 12)
    table(pdf, [
        ["Benefit", "Measure", "Baseline", "Target"],
        ["Shorter diagnostic waits", "Patients seen within six weeks", "71% (December 2025)", "95% by March 2027"],
        ["Lower cost per procedure", "Cost per endoscopy", "£412", "£355 by 2027/28"],
        ["Less reliance on insourcing", "Weekend insourcing lists a month", "22", "0 after November 2026"],
    ], widths=[45, 55, 35, 35], header="bold")
    paragraph(pdf, "Fiona Marsh, Director of Strategy and Planning, 21 January 2026")
    save(pdf, OUT / "kestrelford-hospitals-nhsft_2026-01-29_trust-board_endoscopy-business-case.pdf")


# -- 3. Board assurance framework (PDF, landscape register) ---------------------------

BAF_ROWS = [
    ["Ref", "Strategic risk", "Lead", "Current score", "Key controls", "Gaps and actions", "Target date"],
    ["BAF 1", "If the Trust cannot recruit and keep enough community nurses, then visits will be delayed "
              "or missed, resulting in harm to housebound patients.", "Chief Nurse", "16 (4x4)",
     "Safer staffing reviews twice a year; international recruitment pipeline; retention plan for "
     "nurses in their first two years.", "Gap: no agreed caseload tool. Action: adopt a caseload "
     "tool across all teams.", "31/03/2026"],
    ["BAF 2", "If demand for community services keeps rising faster than funding, then waiting lists "
              "will grow, resulting in poorer outcomes and reputational damage.", "Chief Operating Officer",
     "15 (3x5)", "Weekly waiting list review; clinical prioritisation of all referrals; demand and "
     "capacity modelling agreed with the ICB.", "Gap: no funded plan for children's therapies. Action: "
     "present an investment case to the ICB.", "30/06/2026"],
    ["BAF 3", "If the electronic patient record supplied by Meridian Health Systems Ltd is unavailable "
              "for more than 24 hours, then clinicians will lose access to care plans, resulting in "
              "unsafe care.", "Chief Digital Officer", "12 (3x4)",
     "Read-only back-up copy refreshed hourly; business continuity plans tested each year; 24-hour "
     "supplier support contract.", "Gap: continuity plans untested in two teams. Action: run "
     "exercises.", "31/01/2026"],
    ["BAF 4", "If the Trust does not deliver its efficiency programme of £7.2m, then it will not meet "
              "its financial plan, resulting in loss of control of its finances.", "Chief Finance Officer",
     "16 (4x4)", "Monthly efficiency programme board; vacancy control panel; agency spend limits.",
     "Gap: £2.1m of schemes not yet identified. Action: identify schemes.", "28/02/2026"],
]


def baf_pdf():
    pdf = Paper(running_header="Ormsley Community Healthcare NHS Trust - Trust Board - 27 November 2025 - "
                               "Item 11",
                footer="Board Assurance Framework - page {page} of {pages}",
                title="Board Assurance Framework", author="Company Secretary")
    pdf.add_page()
    heading(pdf, "Ormsley Community Healthcare NHS Trust", 14)
    heading(pdf, "Trust Board (Public) - 27 November 2025", 12)
    heading(pdf, "Agenda item 11: Board Assurance Framework 2025/26 - Quarter 2 Review", 12)
    table(pdf, [
        ["Presented by", "Adaeze Kamara, Director of Corporate Affairs"],
        ["Prepared by", "Tom Lister, Company Secretary"],
        ["Purpose", "Assurance and approval"],
        ["Previously reviewed", "Audit and Risk Committee, 6 November 2025"],
    ], widths=[45, 125], header=None)
    heading(pdf, "1. Purpose", 12)
    paragraph(pdf, "1.1 The Board Assurance Framework (BAF) sets out the principal risks to the Trust's "
                   "strategic objectives, the controls in place and the assurance the Board receives. This "
                   "report presents the framework as at 31 October 2025.")
    heading(pdf, "2. Summary of changes since the last review", 12)
    paragraph(pdf, "2.1 The score of BAF 4 (efficiency programme) has risen from 12 to 16 because £2.1m of "
                   "the £7.2m programme has not yet been matched to schemes. The Audit and Risk Committee "
                   "asked that the Board be told of the increase.")
    paragraph(pdf, "2.2 One emerging risk has been added below the register for the Board's attention. "
                   "There is a risk that the Trust will lose access to temporary staff at current rates "
                   "because Kinetic Workforce Solutions Ltd, which runs the Trust's agency managed service, "
                   "has given notice that it will leave the regional framework in March 2026. This will be "
                   "mitigated by moving to the regional collaborative bank and agreeing a direct-engagement "
                   "arrangement before the notice period ends.")
    paragraph(pdf, "2.3 Community equipment for patients at home is provided by the county councils' "
                   "equipment service; the Trust does not hold that contract and the related risk is held "
                   "on the operational register.")
    heading(pdf, "3. Assurance received in the quarter", 12)
    paragraph(pdf, "3.1 The Quality and Safety Committee received the safer staffing review on 16 October 2025 "
                   "(BAF 1) and the Finance and Performance Committee reviewed the efficiency programme on 23 "
                   "October 2025 (BAF 4). Internal audit's review of the risk management framework gave "
                   "substantial assurance.")
    heading(pdf, "4. Recommendation", 12)
    paragraph(pdf, "4.1 The Board is asked to review the Board Assurance Framework, approve the increase in "
                   "the score of BAF 4 to 16, and confirm that the controls described give sufficient "
                   "assurance.")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix 1: Board Assurance Framework as at 31 October 2025", 12)
    table(pdf, BAF_ROWS, widths=[16, 62, 26, 20, 60, 50, 23], header="shaded", repeat_header=True, size=8.5)
    paragraph(pdf, "Scores are likelihood x impact (5 x 5 matrix). Risk appetite: low for patient safety, "
                   "moderate for finance. Printed 12/11/2025.", size=8)
    pdf.add_page()
    heading(pdf, "Appendix 2: Summary of scores", 12)
    table(pdf, [
        ["Risk", "Q1 score", "Q2 score", "Target score", "Risk appetite"],
        ["BAF 1 Community nursing workforce", "16", "16", "8", "Low"],
        ["BAF 2 Demand and waiting lists", "15", "15", "10", "Low"],
        ["BAF 3 Electronic patient record", "12", "12", "6", "Low"],
        ["BAF 4 Efficiency programme", "12", "16", "8", "Moderate"],
    ], widths=[70, 22, 22, 26, 30], header="bold")
    save(pdf, OUT / "ormsley-community-nhst_2025-11-27_trust-board_board-assurance-framework.pdf")


# -- 4. Record of executive decisions (PDF) -----------------------------------------------

def executive_decisions_pdf():
    pdf = Paper(running_header="Sallowfield District Council - Record of Executive Decisions",
                footer="Page {page} of {pages}", title="Record of Executive Decisions - Executive 30 October 2025",
                author="Democratic Services")
    pdf.add_page()
    heading(pdf, "SALLOWFIELD DISTRICT COUNCIL", 15)
    heading(pdf, "RECORD OF EXECUTIVE DECISIONS", 13)
    paragraph(pdf, "Decisions taken by the Executive at its meeting on Thursday 30 October 2025.")
    table(pdf, [
        ["Date of publication", "31 October 2025"],
        ["Call-in deadline", "5.00 pm on 7 November 2025"],
        ["Members present", "Councillors A. Brightwell (Leader), C. Moffat, J. Penrose, L. Sandhu, "
                            "G. Trelawny"],
        ["Apologies", "Councillor E. Dacre"],
    ], widths=[50, 120], header=None)
    paragraph(pdf, "The decisions below will come into force, and may be implemented, on 10 November 2025 "
                   "unless called in by the Overview and Scrutiny Committee. Decisions marked as exempt "
                   "from call-in take effect immediately.")

    heading(pdf, "ED/25/41  Building Cleaning Services Contract (Key Decision)", 11)
    paragraph(pdf, "Decision: To award the contract for cleaning of the Council's offices, depots and "
                   "public buildings to Spruce Facilities Services Ltd for three years from 1 February "
                   "2026, at an annual cost of £287,500, with the option to extend for up to two further "
                   "years.")
    paragraph(pdf, "Reasons: Spruce submitted the most economically advantageous of five compliant "
                   "tenders. The current contract with Brightclean Support Services Ltd expires on 31 "
                   "January 2026 and cannot be extended further.")
    paragraph(pdf, "Alternative options rejected: bringing the service in-house, estimated at £335,000 a "
                   "year.")
    paragraph(pdf, "Declarations of interest: none.")

    heading(pdf, "ED/25/42  Disabled Facilities Grants: Housing Assistance Policy 2026", 11)
    paragraph(pdf, "Decision: To adopt the Housing Assistance Policy 2026, raising the discretionary "
                   "top-up grant limit from £10,000 to £15,000 from 1 January 2026.")
    paragraph(pdf, "Reasons: to allow more adaptations to be completed within the Better Care Fund "
                   "allocation of £1.34m for 2025/26.")
    paragraph(pdf, "Declarations of interest: none.")

    heading(pdf, "ED/25/43  Council Tax Reduction Scheme 2026/27", 11)
    paragraph(pdf, "Decision: To recommend to Council that the Council Tax Reduction Scheme for working-age "
                   "residents be changed to an income-banded scheme from 1 April 2026.")
    paragraph(pdf, "Reasons: the banded scheme is simpler to administer and was supported by 62 per cent "
                   "of those who responded to the consultation.")
    paragraph(pdf, "Declarations of interest: Councillor Sandhu declared that a family member receives "
                   "council tax reduction and took no part in the decision.")

    heading(pdf, "ED/25/44  Quarter 2 Performance Report", 11)
    paragraph(pdf, "Decision: To note the performance of the Council's services in the second quarter of "
                   "2025/26.")
    paragraph(pdf, "Reasons: to keep the Executive informed of performance against the Council Plan.")

    heading(pdf, "ED/25/45  Garden Waste Service Charges 2026/27", 11)
    paragraph(pdf, "Decision: To set the annual charge for the garden waste collection service at £58 per "
                   "bin from 1 April 2026.")
    paragraph(pdf, "Reasons: to recover the cost of the service, which is collected by Sallowfield "
                   "Environmental Services Ltd, the Council's wholly owned company, under its services "
                   "agreement with the Council.")

    heading(pdf, "ED/25/46  Acquisition of Industrial Units, Canal Road (Exempt)", 11)
    paragraph(pdf, "Decision: To approve the recommendations in the exempt report. This decision is exempt "
                   "from call-in on the grounds of urgency.")
    paragraph(pdf, "Reasons: set out in the exempt report (paragraph 3 of Schedule 12A to the Local "
                   "Government Act 1972).")
    paragraph(pdf, "Signed: Kate Ambrose, Democratic Services Manager. Contact: 01632 960418, "
                   "democracy@sallowfield.example.gov.uk")
    save(pdf, OUT / "sallowfield-dc_2025-10-30_executive_record-of-decisions.pdf")


# -- Word helpers --------------------------------------------------------------------

def para(doc, text, style=None, bold=False):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    return p


# -- 5. Commissioning report with a contract award (DOCX) ----------------------------

def commissioning_report_docx():
    d = docxgen.new("Commissioning Manager, Adult Social Care", CREATED, font=("Arial", 11))
    d.core_properties.title = "Care and Support at Home: Contract Award"
    docxgen.table(d, [
        ["Dunholm County Council", ""],
        ["Report to", "Cabinet"],
        ["Date of meeting", "15 January 2026"],
        ["Report title", "Care and Support at Home: Contract Award"],
        ["Report of", "Executive Director of Adults and Health"],
        ["Cabinet Member", "Councillor Imogen Shaw, Cabinet Member for Adult Social Care"],
        ["Key decision", "Yes (reference KD 2025/118)"],
        ["Electoral divisions", "All"],
        ["Exempt information", "Appendix C (bid scores) is exempt under paragraph 3 of Schedule 12A"],
    ], header=False)
    d.add_heading("1. Purpose of the report", level=2)
    para(d, "1.1 To seek approval to award three contracts for care and support at home, one for each "
            "geographical lot, following an open procurement under the Light Touch Regime.")
    d.add_heading("2. Recommendations", level=2)
    para(d, "Cabinet is recommended to:")
    para(d, "(a) approve the award of the Lot 1 (North) contract to Heathside Home Care Ltd, the Lot 2 "
            "(South) contract to Brightwater Care Services Limited and the Lot 3 (Rural West) contract to "
            "Dunholm Care Co-operative CIC, each for five years from 1 April 2026 with options to extend "
            "for up to two further periods of two years;", style="List Paragraph")
    para(d, "(b) delegate authority to the Executive Director of Adults and Health, in consultation with "
            "the Cabinet Member for Adult Social Care, to exercise the extension options;",
         style="List Paragraph")
    para(d, "(c) note the transition arrangements for people whose care will move to a new provider.",
         style="List Paragraph")
    d.add_heading("3. Background", level=2)
    para(d, "3.1 The Council arranges about 1.2 million hours of home care a year for 2,300 people. Since 2019 "
            "most care has been bought from a framework of 26 providers on spot rates, and the largest of "
            "them, Allwell Homecare Ltd, delivers about 18 per cent of hours under the current framework, "
            "which ends on 31 March 2026.")
    para(d, "3.2 The framework has made it hard to secure care in rural areas: in October 2025, 84 people "
            "were waiting for a package, 61 of them in the Rural West area.")
    d.add_heading("4. Procurement", level=2)
    para(d, "4.1 The tender was published on 2 June 2025 and closed on 28 July 2025. Nineteen bids were "
            "received across the three lots and were evaluated on quality (60 per cent), social value "
            "(10 per cent) and price (30 per cent).")
    para(d, "Table 1: Recommended awards", bold=True)
    docxgen.table(d, [
        ["Lot", "Recommended provider", "Hourly rate", "Annual contract value", "Five-year value"],
        ["1 North", "Heathside Home Care Ltd", "£26.10", "£6,200,000", "£31,000,000"],
        ["2 South", "Brightwater Care Services Limited", "£25.85", "£5,400,000", "£27,000,000"],
        ["3 Rural West", "Dunholm Care Co-operative CIC", "£28.40", "£2,900,000", "£14,500,000"],
        ["Total", "", "", "£14,500,000", "£72,500,000"],
    ])
    para(d, "4.2 If both extension options are used, the contracts could run until 31 March 2035 and their "
            "total value would be about £130.5m at current prices.")
    d.add_heading("5. Financial implications", level=2)
    para(d, "5.1 The 2025/26 home care budget is £33.8m, of which £14.5m will be committed to the new "
            "contracts; the rest remains available for spot purchasing and direct payments. NHS North "
            "Dunholm Integrated Care Board contributes £1.8m a year to home care through the Better Care "
            "Fund, and the Market Sustainability and Improvement Fund grant of £4.7m supports the rates "
            "above. Contracts above £5m in total value require a Cabinet decision under Contract "
            "Procedure Rules.")
    d.add_heading("6. Transition", level=2)
    para(d, "6.1 About 410 people receive care from providers that were not successful. They will be offered "
            "the choice of moving to the lot provider or keeping their current care through a direct "
            "payment. Transfers will be phased between 1 April 2026 and 30 June 2026.")
    d.add_heading("7. Risks", level=2)
    para(d, "7.1 The main risk is that the lot providers cannot recruit enough care workers to take on new "
            "packages from April 2026. To manage this, the contracts include a mobilisation plan with "
            "monthly recruitment targets and the Council's Proud to Care campaign will run from February "
            "2026.")
    para(d, "7.2 A further risk arises if an unsuccessful provider leaves the county and its staff do not "
            "transfer; officers will work with providers on TUPE and keep the framework open to spot "
            "purchases until 30 June 2026.")
    d.add_heading("8. Timetable", level=2)
    for line in ["Standstill period ends: 26 January 2026",
                 "Contracts signed: by 13 February 2026",
                 "Contracts start: 1 April 2026"]:
        para(d, line, style="List Bullet")
    d.add_heading("9. Social value", level=2)
    para(d, "9.1 The three providers have committed to pay care workers at least the real Living Wage "
            "(currently £12.60 an hour), to pay for travel time between visits and to create 40 care "
            "apprenticeships over the life of the contracts.")
    d.add_heading("10. Equality impact", level=2)
    para(d, "10.1 An equality impact assessment (Appendix B) found that the new arrangements should improve "
            "access to care for older and disabled people in rural areas. People who move provider may find "
            "the change unsettling, which the transition plan addresses.")
    d.add_heading("11. Legal implications", level=2)
    para(d, "11.1 The procurement began before 24 February 2025 and was therefore run under the Light Touch "
            "Regime of the Public Contracts Regulations 2015. The Council has a duty under the Care Act 2014 "
            "to promote a diverse and sustainable market for care and support.")
    d.add_heading("12. Background papers and contact", level=2)
    para(d, "Cabinet report 10 April 2025: Care at Home Commissioning Strategy. Contact: Priya Nandra, "
            "Commissioning Manager, telephone 01632 960771.")
    d.add_page_break()
    para(d, "Appendix A: Evaluation summary", bold=True)
    docxgen.table(d, [
        ["Lot", "Compliant bids", "Winning bidder's quality score (60)", "Winning bidder's total score (100)"],
        ["1 North", "7", "52.5", "88.1"],
        ["2 South", "6", "50.0", "86.4"],
        ["3 Rural West", "6", "54.0", "84.9"],
    ])
    para(d, "Appendix B: Equality impact assessment (published separately)")
    para(d, "Appendix C: Bid scores by bidder (exempt)")
    d.save(OUT / "dunholm-cc_2026-01-15_cabinet_care-at-home-contract-award.docx")


# -- 6. Officer decision notice (DOCX) ---------------------------------------------------

def officer_decision_docx():
    d = docxgen.new("Community Safety Manager", CREATED, font=("Calibri", 11))
    d.core_properties.title = "Officer Decision Notice: CCTV Maintenance and Monitoring Contract"
    docxgen.banner(d, "Corrowby Council")
    para(d, "OFFICER DECISION NOTICE", bold=True)
    para(d, "Record of a decision taken by an officer under delegated powers (Part 3 of the Constitution)")
    docxgen.table(d, [
        ["Decision reference", "ODN/2025/087"],
        ["Title", "CCTV Maintenance and Monitoring Contract 2026-2029"],
        ["Decision maker", "Director of Communities and Environment (Marcus Delaney)"],
        ["Date of decision", "3 December 2025"],
        ["Delegated authority", "Cabinet resolution of 14 October 2025, minute 44(2)"],
        ["Key decision", "No"],
        ["Ward(s) affected", "All wards"],
    ], header=False)
    d.add_heading("1. Decision", level=2)
    para(d, "1.1 To award the contract for the maintenance and monitoring of the Council's public space CCTV "
            "system to Sentinel Optics Security Ltd for three years from 1 February 2026, at a total "
            "contract value of £184,000, with an option to extend for one further year.")
    para(d, "1.2 To authorise the Head of Legal Services to complete the contract.")
    d.add_heading("2. Reasons for the decision", level=2)
    para(d, "2.1 The current contract with Oakline Security Services Ltd expires on 31 January 2026. On 14 "
            "October 2025 Cabinet approved a further-competition procurement and delegated the award to "
            "the Director.")
    para(d, "2.2 Four bids were received. Sentinel Optics Security Ltd scored highest on quality and price.")
    docxgen.table(d, [
        ["Bidder", "Quality (60)", "Price (40)", "Total (100)", "Three-year price"],
        ["Sentinel Optics Security Ltd", "51", "38", "89", "£184,000"],
        ["Oakline Security Services Ltd", "47", "35", "82", "£199,500"],
        ["Bidder C", "40", "40", "80", "£175,200"],
        ["Bidder D", "38", "31", "69", "£226,000"],
    ])
    d.add_heading("3. Alternative options considered and rejected", level=2)
    para(d, "3.1 Monitoring the cameras in-house was rejected because it would need six additional "
            "control-room staff at a cost of about £210,000 a year.")
    d.add_heading("4. Financial implications", level=2)
    para(d, "4.1 The contract will be met from the community safety revenue budget of £96,000 a year. "
            "Police and Crime Commissioner funding of £15,000 a year towards monitoring continues to "
            "2027.")
    d.add_heading("5. Risk", level=2)
    para(d, "5.1 There is a possibility that cameras will be out of service during the handover between "
            "contractors on 1 February 2026; the Council will mitigate this by requiring a joint "
            "handover inspection in January 2026 and a four-hour repair response from the first day.")
    d.add_heading("6. Consultation", level=2)
    para(d, "6.1 The Cabinet Member for Community Safety, Councillor Ruth Ogundipe, was consulted on 1 "
            "December 2025 and supports the award. Corrowby Police neighbourhood team was consulted on "
            "the specification.")
    d.add_heading("7. Conflicts of interest", level=2)
    para(d, "7.1 None declared by the decision maker or the evaluation panel.")
    docxgen.table(d, [
        ["Signed", "Marcus Delaney, Director of Communities and Environment"],
        ["Date", "03/12/2025"],
        ["Date published", "05/12/2025"],
    ], header=False)
    d.save(OUT / "corrowby-council_2025-12-03_officer-decision_cctv-maintenance-award.docx")


# -- 7. ICB board minutes with action log (DOCX) ----------------------------------------

def icb_minutes_docx():
    d = docxgen.new("Board Secretary", CREATED, font=("Arial", 11))
    d.core_properties.title = "Minutes of the Board meeting held in public"
    docxgen.banner(d, "NHS Selsmoor and Wyke Integrated Care Board", 14)
    para(d, "Minutes of the Board meeting held in public on Wednesday 19 November 2025 at 10.00 am, "
            "Board Room, Wyke House, Selsmoor", bold=True)
    docxgen.table(d, [
        ["Name", "Role", "Attendance"],
        ["Dame Carol Ennis", "Chair", "Present"],
        ["Dr Peter Osei", "Chief Executive", "Present"],
        ["Lorna Fairweather", "Chief Finance Officer", "Present"],
        ["Dr Hannah Pryce", "Chief Medical Officer", "Present"],
        ["Joseph Kettle", "Chief Nursing Officer", "Apologies"],
        ["Sunita Rao", "Non-Executive Member (Audit)", "Present"],
        ["Graham Whitby", "Partner Member, Local Authorities", "Present"],
        ["In attendance: Emma Cole", "Board Secretary (minutes)", "Present"],
    ])
    items = [
        ("BM/25/101 Welcome, apologies and quorum",
         ["The Chair welcomed members and observers. Apologies were received from Joseph Kettle; Claire "
          "Dunn, Deputy Chief Nursing Officer, attended in his place. The meeting was quorate."]),
        ("BM/25/102 Declarations of interest",
         ["Dr Pryce declared that she is a partner in a practice within Selsmoor Central Primary Care "
          "Network, which would refer patients to the community diagnostic centre (item BM/25/106). "
          "The Chair ruled that she could take part in the discussion but not the decision."]),
        ("BM/25/103 Minutes of the previous meeting",
         ["The minutes of the meeting held on 17 September 2025 were approved as an accurate record."]),
        ("BM/25/104 Action log",
         ["The Board reviewed the action log. Actions 25/061 and 25/066 were closed. The update on "
          "dental access (25/058) will come to the January meeting."]),
        ("BM/25/105 Chief Executive's report",
         ["Dr Osei reported that the ICB's running cost allowance would fall by 20 per cent in 2026/27 "
          "and that a consultation on the new structure would open on 1 December 2025.",
          "The Board NOTED the report."]),
        ("BM/25/106 Community Diagnostic Centre: contract award",
         ["The Chief Finance Officer presented the recommendation to award the contract to run the "
          "Selsmoor Community Diagnostic Centre to Lumen Diagnostic Partners Ltd for five years from 1 "
          "April 2026, with a total contract value of £14.2m (£2.84m a year). The procurement had "
          "been run under the Provider Selection Regime competitive process and three bids had been "
          "received. Imaging reports would be provided under a subcontract by Northlight Teleradiology "
          "Ltd.",
          "Ms Rao asked how the ICB would manage the risk that the new centre would draw radiographers "
          "away from Selsmoor General Hospital. Dr Osei said that the main risk was workforce; this "
          "would be managed by a staffing protocol agreed with Selsmoor and Wyke Hospitals NHS Trust "
          "that stops either organisation recruiting the other's staff for twelve months.",
          "Decision: The Board (Dr Pryce not voting) APPROVED the award of the Community Diagnostic "
          "Centre contract to Lumen Diagnostic Partners Ltd for five years at a total value of £14.2m."]),
        ("BM/25/107 Winter plan 2025/26",
         ["The Chief Medical Officer presented the winter plan. Selsmoor and Wyke Hospitals NHS Trust "
          "would open 36 escalation beds, and the ICB had commissioned 40 step-down beds from "
          "Westholme Care Homes Ltd at £1,150 per bed per week for sixteen weeks.",
          "The Board NOTED the winter plan and AGREED that the Chief Executive may approve additional "
          "spending of up to £500,000 if the escalation level reaches OPEL 4."]),
        ("BM/25/108 Finance report, month 6",
         ["The Chief Finance Officer reported a year-to-date deficit of £3.9m against a planned deficit "
          "of £2.2m across the system. The ICB's own position was break-even. The system had agreed a "
          "recovery plan worth £11m.",
          "The Board received the report."]),
        ("BM/25/109 Board Assurance Framework",
         ["The Board reviewed BAF risk 3: if the system does not deliver its recovery plan, then it will "
          "not meet its financial duties, resulting in tighter external controls. Mitigations include "
          "the system recovery board, a vacancy control process in every trust and monthly reporting "
          "to NHS England.",
          "The Board APPROVED the Board Assurance Framework."]),
        ("BM/25/110 Quality and safety report",
         ["The Deputy Chief Nursing Officer reported two never events in September 2025, both at Selsmoor "
          "and Wyke Hospitals NHS Trust, and the results of the maternity services inspection, which rated "
          "the service as requires improvement.",
          "The Board NOTED the quality and safety report and asked for the maternity improvement plan at "
          "its next meeting."]),
        ("BM/25/111 Questions from the public",
         ["Two questions had been received about the future of the Wyke minor injuries unit. The Chief "
          "Executive confirmed that no change to its opening hours is proposed and that written replies "
          "will be published on the ICB's website."]),
        ("BM/25/112 Any other business",
         ["There was no other business. The next meeting will be held on 21 January 2026."]),
    ]
    for title, paras in items:
        d.add_heading(title, level=3)
        for text in paras:
            para(d, text)
    para(d, "Signed as a true record: ............................ Chair    Date: ..............")
    d.add_page_break()
    para(d, "Board Action Log (public) - updated 19 November 2025", bold=True)
    docxgen.table(d, [
        ["Ref", "Meeting", "Action", "Owner", "Due", "Status"],
        ["25/058", "16/07/2025", "Report on dental access and the urgent dental care pilot", "Director of "
         "Primary Care", "21/01/2026", "Open"],
        ["25/061", "17/09/2025", "Circulate the revised scheme of delegation", "Board Secretary",
         "19/11/2025", "Closed"],
        ["25/066", "17/09/2025", "Add the children's mental health waiting list to the integrated "
         "performance report", "Chief Medical Officer", "19/11/2025", "Closed"],
        ["25/071", "19/11/2025", "Report the CDC mobilisation plan to the Finance and Performance "
         "Committee", "Chief Finance Officer", "18/02/2026", "New"],
        ["25/072", "19/11/2025", "Publish the winter communications plan", "Director of Communications",
         "05/12/2025", "New"],
    ])
    d.save(OUT / "selsmoor-wyke-icb_2025-11-19_board_minutes.docx")


def main():
    OUT.mkdir(exist_ok=True)
    cabinet_minutes_pdf()
    business_case_pdf()
    baf_pdf()
    executive_decisions_pdf()
    commissioning_report_docx()
    officer_decision_docx()
    icb_minutes_docx()


if __name__ == "__main__":
    main()
