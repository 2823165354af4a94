"""Build the PDF and DOCX papers of the fifth blind paraphrase set (fictional authorities).

Run from the repository root: ``.venv/bin/python tests/paraphrase5/make_papers.py``.
The generated files are committed; fixed creation dates keep rebuilt files identical.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402
from pdfgen import Paper, bullet, cover, heading, paragraph, table  # noqa: E402

OUT = HERE / "papers"


def hollinsford_council_minutes():
    pdf = Paper(running_header="Council - 4 March 2026 - Minutes", footer="{page}")
    pdf.add_page()
    heading(pdf, "HOLLINSFORD BOROUGH COUNCIL", 15)
    heading(pdf, "Minutes of a Meeting of the Council held in the Council Chamber, Civic Offices, Hollinsford "
                 "on Wednesday, 4 March 2026 at 7.00 pm", 11)
    paragraph(pdf, "PRESENT: The Mayor (Councillor Mrs P. Ashdown) in the Chair; Councillors Bhatti, Crane, "
                   "Delacroix, Ellery, Fenn, Garside, Hargreaves, Iqbal, Lindqvist (Leader), Moss, Okafor, "
                   "Pryce, Quayle, Rudd, Stanforth, Tembo and Whitlock.")
    paragraph(pdf, "Officers: Chief Executive, Monitoring Officer, Section 151 Officer, Democratic Services Manager.")
    heading(pdf, "C/71  APOLOGIES FOR ABSENCE", 11)
    paragraph(pdf, "Apologies were received from Councillors Abbott, Norris and Vickers.")
    heading(pdf, "C/72  DECLARATIONS OF INTEREST", 11)
    paragraph(pdf, "Councillor Okafor declared a non-registrable interest in minute C/78 as an unpaid trustee of "
                   "Hollinsford Citizens Advice. He left the Chamber for that item and took no part in the debate "
                   "or the vote. Councillor Pryce declared that she is a member of Hollinsford Town Council; this "
                   "was noted and did not prevent her participation.")
    heading(pdf, "C/73  MINUTES", 11)
    paragraph(pdf, "RESOLVED: That the minutes of the meeting of the Council held on 21 January 2026 be confirmed "
                   "as a correct record and signed by the Mayor.")
    heading(pdf, "C/74  MAYOR'S ANNOUNCEMENTS", 11)
    paragraph(pdf, "The Mayor thanked everyone who had supported the Mayor's charity quiz, which raised £2,315. "
                   "Her civic service will take place on Sunday, 26 April 2026.")
    heading(pdf, "C/75  QUESTIONS FROM MEMBERS OF THE PUBLIC", 11)
    paragraph(pdf, "Mr D. Fenwick asked whether the Council intended to close the learner pool at Brook Lane "
                   "Leisure Centre. Councillor Garside, Cabinet Member for Communities, replied that no closure "
                   "was planned. The centre is run for the Council by Everley Leisure Trust under an operating "
                   "contract which runs until 31 March 2028, and any change to the pool programme would need "
                   "the Council's agreement. A written answer on pool usage would be sent to Mr Fenwick.")
    paragraph(pdf, "Ms K. Rowe asked about the timetable for the local plan review. The Leader replied that the "
                   "Regulation 18 consultation was expected to open in the autumn.")
    heading(pdf, "C/76  GENERAL FUND BUDGET AND COUNCIL TAX 2026/27", 11)
    paragraph(pdf, "The Leader moved and Councillor Iqbal seconded the recommendations of the Cabinet meeting of "
                   "17 February 2026. An amendment moved by Councillor Whitlock to reduce the car parking "
                   "income target was put to the vote and LOST (For 11, Against 27, Abstentions 2).")
    paragraph(pdf, "In accordance with the Budget and Policy Framework Procedure Rules a recorded vote was taken "
                   "on the substantive motion: For 28; Against 11; Abstentions 2. The motion was CARRIED.")
    paragraph(pdf, "RESOLVED:")
    bullet(pdf, "(a) That the net revenue budget for 2026/27 of £18,462,000 be approved.", marker="")
    bullet(pdf, "(b) That a Band D council tax for the Borough Council's services of £231.48 for 2026/27, an "
                "increase of 2.99%, be set.", marker="")
    bullet(pdf, "(c) That the Capital Programme 2026/27 to 2028/29 totalling £12,750,000 be approved.", marker="")
    heading(pdf, "C/77  TREASURY MANAGEMENT STRATEGY 2026/27", 11)
    paragraph(pdf, "RESOLVED: That the Treasury Management Strategy Statement and the Annual Investment Strategy "
                   "for 2026/27 be approved, with an authorised borrowing limit of £65,000,000.")
    heading(pdf, "C/78  MOTION ON NOTICE - COST OF LIVING SUPPORT", 11)
    paragraph(pdf, "Councillor Tembo moved, and Councillor Rudd seconded, the following motion: 'This Council "
                   "recognises the continuing pressure of household debt and agrees to provide £40,000 from the "
                   "Household Resilience Reserve to Hollinsford Citizens Advice for a debt advice caseworker "
                   "until 31 March 2027.' Following debate the motion was put to the vote and CARRIED "
                   "unanimously.")
    paragraph(pdf, "RESOLVED: That £40,000 be released from the Household Resilience Reserve as a grant to "
                   "Hollinsford Citizens Advice to fund a debt advice caseworker until 31 March 2027.")
    heading(pdf, "C/79  APPOINTMENTS TO OUTSIDE BODIES", 11)
    paragraph(pdf, "RESOLVED: That Councillor Moss be appointed to the Hollinsford Community Safety Partnership "
                   "in place of Councillor Vickers for the remainder of the municipal year.")
    paragraph(pdf, "The meeting closed at 9.12 pm.")
    paragraph(pdf, "MAYOR ........................................")
    pdfgen.save(pdf, OUT / "hollinsford-bc_2026-03-04_council_minutes.pdf")


def severnmere_icb_award():
    pdf = Paper(running_header="Severnmere ICB Board meeting in public - 15 January 2026 - Item 11",
                footer="Page {page} of {pages}")
    cover(pdf, "NHS Severnmere Integrated Care Board", [
        ["Meeting", "Board meeting in public"],
        ["Date", "15 January 2026"],
        ["Agenda item", "11"],
        ["Title", "Award of contracts for the Community Ophthalmology Service"],
        ["Executive lead", "Chief Delivery Officer"],
        ["Purpose", "For approval"],
    ])
    paragraph(pdf, "")
    heading(pdf, "1. Summary")
    paragraph(pdf, "The ICB ran a competitive process under the Health Care Services (Provider Selection Regime) "
                   "Regulations 2023 to recommission community ophthalmology (minor eye conditions, glaucoma "
                   "referral refinement and post-cataract review). The service is currently provided across "
                   "the ICB area by Severnmere Community Healthcare NHS Trust under a contract which expires on "
                   "31 March 2026.")
    paragraph(pdf, "The service was divided into two geographical lots. Four bids were received for Lot 1 and three "
                   "for Lot 2. The evaluation panel recommends the award shown in the table below.")
    pdf.add_page(orientation="L")
    heading(pdf, "2. Outcome of the procurement")
    table(pdf, [
        ["Lot", "Area", "Recommended provider", "Quality score (60%)", "Price score (40%)",
         "Annual contract value", "Value over initial 3 years"],
        ["1", "North Severnmere and Aldbury", "Clearsight Eye Partnership Ltd", "52.5", "36.0",
         "£1,410,000", "£4,230,000"],
        ["2", "South Severnmere", "Vantage Optical Care LLP", "49.0", "40.0", "£930,000", "£2,790,000"],
        ["", "Total", "", "", "", "£2,340,000", "£7,020,000"],
    ], widths=[12, 48, 58, 30, 30, 32, 40])
    paragraph(pdf, "Contracts will run for three years from 1 April 2026 with an option to extend for up to two "
                   "further years (3+1+1). The standstill period ends at midnight on 27 January 2026.")
    pdf.add_page()
    heading(pdf, "3. Financial implications")
    paragraph(pdf, "The 2026/27 financial plan includes a recurrent budget of £2,500,000 for community eye care. "
                   "The recommended award costs £2,340,000 a year, releasing £160,000 a year towards the ICB's "
                   "efficiency target. Mobilisation costs of up to £45,000 will be met from the transformation "
                   "budget.")
    heading(pdf, "4. Risks")
    table(pdf, [
        ["Risk", "Mitigation"],
        ["Staff transferring from the current provider may not be in post by the start date, leaving gaps in "
         "glaucoma clinics.",
         "TUPE information has been shared with both bidders and a joint mobilisation group meets fortnightly "
         "from February 2026."],
        ["Patients on the existing waiting list could be lost during transfer between providers.",
         "The outgoing provider will hand over a validated waiting list two weeks before go-live, checked by "
         "the ICB's planned care team."],
    ], widths=[85, 85])
    heading(pdf, "5. Recommendation")
    paragraph(pdf, "The Board is asked to approve the award of Lot 1 of the Community Ophthalmology Service to "
                   "Clearsight Eye Partnership Ltd and Lot 2 to Vantage Optical Care LLP, each for three years "
                   "from 1 April 2026 with options to extend for up to two further years.")
    pdfgen.save(pdf, OUT / "severnmere-icb_2026-01-15_board_community-ophthalmology-award.pdf")


def wrexley_baf():
    pdf = Paper(running_header="Wrexley Teaching Hospitals NHS Foundation Trust | Board of Directors (Public)",
                footer="Board of Directors 5 February 2026 - page {page}")
    pdf.add_page()
    heading(pdf, "Wrexley Teaching Hospitals NHS Foundation Trust", 15)
    table(pdf, [
        ["Report to", "Board of Directors (Public)"],
        ["Date of meeting", "5 February 2026"],
        ["Report title", "Board Assurance Framework - Quarter 3 2025/26"],
        ["Agenda item", "BoD/26/014"],
        ["Author", "Company Secretary"],
        ["Action required", "Approve"],
    ], widths=[45, 125], header=None)
    heading(pdf, "Executive summary")
    paragraph(pdf, "The Board Assurance Framework (BAF) sets out the principal risks to delivery of the Trust's "
                   "strategic objectives. Each risk has been reviewed by its lead committee during December 2025 "
                   "and January 2026. Two risk scores have increased this quarter (BAF 2 and BAF 5) and one has "
                   "reduced (BAF 4).")
    paragraph(pdf, "Recommendation: the Board is asked to approve the Quarter 3 Board Assurance Framework and to "
                   "note the increased scores for BAF 2 and BAF 5.")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix 1: Board Assurance Framework extract (principal risks scoring 15 or above)")
    table(pdf, [
        ["Ref", "Principal risk", "Key controls", "Gaps in control / assurance", "Actions to reduce the risk",
         "Score (CxL)"],
        ["BAF 2", "If we cannot recruit and retain enough registered nurses, then patient safety and the "
                  "experience of care on medical wards may be compromised.",
         "Safer staffing reviews twice a year; international recruitment programme.",
         "Vacancy rate on medical wards remains 14%.",
         "Launch the nursing associate apprenticeship cohort in April 2026; agency cap of 3% of pay bill "
         "enforced through weekly vacancy control panel.", "4x4=16"],
        ["BAF 3", "Failure to deliver the 2025/26 financial plan could lead to regulatory intervention and "
                  "loss of financial autonomy.",
         "Monthly finance and performance committee review; cost improvement programme governance.",
         "£6.2m of the £19.5m efficiency programme remains unidentified.",
         "Turnaround director appointed; grip and control actions agreed with the ICB.", "4x5=20"],
        ["BAF 5", "Interruption to sterile services supply because the decontamination contract with Meridian "
                  "Sterile Services Ltd ends on 30 September 2026 and re-procurement is at an early stage.",
         "Contract review meetings every month; business continuity plan tested in 2025.",
         "No agreed procurement timetable.",
         "Procurement route to be agreed by the Executive Team by 31 March 2026; a six-month extension "
         "option is being negotiated as a fallback.", "3x5=15"],
    ], widths=[15, 60, 50, 45, 65, 22], size=8.5)
    pdfgen.save(pdf, OUT / "wrexley-teaching-hospitals-nhs-ft_2026-02-05_board-of-directors_board-assurance-framework.pdf")


def kelbridge_budget_monitoring():
    pdf = Paper(running_header="Kelbridge County Council - Cabinet - 20 November 2025",
                footer="Page {page}")
    pdf.add_page()
    heading(pdf, "KELBRIDGE COUNTY COUNCIL", 14)
    pdf.set_font("Helvetica", "", 11)
    pdfgen.text_lines(pdf, [
        "Report to: Cabinet",
        "Date: 20 November 2025",
        "Report of: Executive Director of Resources (Section 151 Officer)",
        "Key decision: No",
    ])
    heading(pdf, "Revenue Budget Monitoring 2025/26 - Quarter 2")
    heading(pdf, "1. Recommendations", 12)
    paragraph(pdf, "Cabinet is recommended to:")
    bullet(pdf, "(a) note the forecast revenue overspend of £4.7m at the end of September 2025;", marker="")
    bullet(pdf, "(b) approve a budget virement of £350,000 from the Corporate Contingency to Highways to "
                "meet the cost of winter gritting; and", marker="")
    bullet(pdf, "(c) note the management actions set out in section 4.", marker="")
    heading(pdf, "2. Summary of the forecast", 12)
    table(pdf, [
        ["Directorate", "Budget £000", "Forecast £000", "Variance £000"],
        ["Adult Social Care", "168,400", "171,150", "2,750"],
        ["Children's Services", "112,900", "115,080", "2,180"],
        ["Place and Environment", "74,300", "74,940", "640"],
        ["Resources", "31,200", "30,070", "(1,130)"],
        ["Corporate items", "22,500", "22,760", "260"],
        ["Total", "409,300", "414,000", "4,700"],
    ], widths=[60, 35, 35, 35])
    heading(pdf, "3. Main variances", 12)
    paragraph(pdf, "3.1 Waste disposal: the residual waste treatment contract with Greyfield Environmental Ltd "
                   "has an annual contract value of £9.8 million. Tonnages are 4% above the contract baseline "
                   "and the indexation uplift applied on 1 April 2025 was higher than budgeted, giving a "
                   "forecast overspend of £640,000.")
    paragraph(pdf, "3.2 Home to school transport: the SEND transport framework (ten operators, called off "
                   "route by route) is forecast to cost £1.38m more than budgeted because of a 9% rise in "
                   "eligible pupils. The largest operator, Northway Coaches Ltd, was paid £2.6m in 2024/25.")
    paragraph(pdf, "3.3 Adult Social Care: residential and nursing placements are £2.75m over budget. The block "
                   "contract for 40 reablement beds at Linden Court, provided by Alderwood Care Homes Ltd at "
                   "£2,496,000 a year, is fully used; the overspend is on spot placements above the guide price.")
    paragraph(pdf, "3.4 Resources: the underspend of £1.13m mainly reflects vacancies and higher interest "
                   "receipts. The Public Health Grant of £31.4m is fully committed and is not shown above.")
    heading(pdf, "4. Management actions", 12)
    bullet(pdf, "A brokerage review of all spot placements above the guide price by 31 December 2025.")
    bullet(pdf, "Route optimisation of SEND transport for the January 2026 term.")
    heading(pdf, "5. Risks", 12)
    paragraph(pdf, "There is a risk that winter demand pressures in adult social care increase the overspend "
                   "further. To mitigate this, the discharge-to-assess pathway will be reviewed weekly with the "
                   "ICB and additional Better Care Fund money of £1.1m has been targeted at home-first services.")
    paragraph(pdf, "If the overspend is not brought down, the general reserve (£21.0m) would fall below the "
                   "minimum level set in the Medium Term Financial Strategy. This is mitigated by the spending "
                   "controls introduced on 1 October 2025, under which all non-essential spend over £5,000 needs "
                   "the approval of a director.")
    pdfgen.save(pdf, OUT / "kelbridge-cc_2025-11-20_cabinet_revenue-budget-monitoring-q2.pdf")


def dunmoor_commissioning():
    doc = docxgen.new("Commissioning Team", dt.datetime(2026, 1, 9, 10, 0), font=("Arial", 11))
    docxgen.banner(doc, "Dunmoor Council")
    doc.add_paragraph("Children and Families Policy Committee")
    doc.add_paragraph("Thursday 22 January 2026")
    docxgen.banner(doc, "Children's Community Services: Commissioning Intentions 2026 to 2030", 13)
    doc.add_paragraph("Report of the Director of Children's Services")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("This report sets out the current arrangements for four children's community services "
                      "and asks the Committee to agree how they will be commissioned when the present contracts "
                      "come to an end.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("The Committee is asked to:")
    doc.add_paragraph("approve a single competitive tender for short breaks and young carers support, with a "
                      "combined maximum value of £2.1m over four years;", style="List Number")
    doc.add_paragraph("agree a 12-month extension of the children's community nursing contract to 31 March "
                      "2028 so that it can be recommissioned jointly with Mid Wyre Integrated Care Board; and",
                      style="List Number")
    doc.add_paragraph("delegate the award of the new contracts to the Director of Children's Services in "
                      "consultation with the Lead Member for Children.", style="List Number")
    doc.add_heading("3. Current arrangements", level=2)
    doc.add_paragraph("The table below shows who delivers each service today.")
    docxgen.table(doc, [
        ["Service", "Current provider", "Annual value", "Contract ends"],
        ["Short breaks for disabled children", "Fernlea Family Support CIC", "£410,000", "31 August 2026"],
        ["Children's community nursing", "Dunmoor and Wyre Community NHS Trust", "£1,150,000 (Council share "
         "£460,000)", "31 March 2027"],
        ["Young carers support", "Carers Together Dunmoor", "£96,500", "31 August 2026"],
        ["Family group conferencing", "Delivered in-house", "£220,000", "n/a"],
    ])
    doc.add_paragraph("Children's community nursing is funded 60:40 by Mid Wyre Integrated Care Board and the "
                      "Council under a section 75 agreement; the ICB holds the contract. Dunmoor Parent Carer "
                      "Forum has helped design the new specifications and is a partner, not a provider.")
    doc.add_heading("4. Timetable", level=2)
    docxgen.table(doc, [
        ["Milestone", "Date"],
        ["Tender published", "March 2026"],
        ["Contract award", "June 2026"],
        ["New short breaks and young carers contracts start", "1 September 2026"],
    ])
    doc.add_heading("5. Risks", level=2)
    doc.add_paragraph("Risk: the market for short breaks is small and a tender may attract only one bid. "
                      "Mitigation: a market engagement event was held in November 2025 and lots will be sized so "
                      "that smaller local organisations can bid.")
    doc.add_paragraph("Risk: families could face a gap in support if the new provider is not ready on 1 "
                      "September 2026. Mitigation: a three-month mobilisation period is built into the "
                      "timetable and the incumbent has agreed to support handover.")
    doc.save(OUT / "dunmoor-council_2026-01-22_children-and-families-policy-committee_childrens-community-services.docx")


def ashcombe_vcs_grants():
    doc = docxgen.new("Communities Team", dt.datetime(2025, 11, 28, 9, 0))
    docxgen.banner(doc, "ASHCOMBE DISTRICT COUNCIL")
    docxgen.table(doc, [
        ["Meeting:", "Cabinet"],
        ["Date:", "10 December 2025"],
        ["Subject:", "Voluntary and Community Sector Grants 2026/27"],
        ["Portfolio holder:", "Councillor J. Marsh, Communities and Wellbeing"],
        ["Wards affected:", "All"],
    ], header=False)
    doc.add_heading("Summary", level=2)
    doc.add_paragraph("The Council gives core grants to voluntary and community sector (VCS) organisations "
                      "that deliver advice, volunteering and food support across the district. Following the "
                      "review agreed by Cabinet in June 2025, this report proposes one-year grant funding for "
                      "2026/27 while a three-year outcomes-based programme is designed.")
    doc.add_heading("Recommendation", level=2)
    doc.add_paragraph("That Cabinet approves the 2026/27 VCS grant awards set out in Table 1, totalling "
                      "£118,250, to be paid quarterly in advance from 1 April 2026.")
    doc.add_heading("Proposed awards", level=2)
    doc.add_paragraph("Table 1: VCS core grants 2026/27")
    docxgen.table(doc, [
        ["Organisation", "Purpose", "2025/26 grant", "2026/27 proposed"],
        ["Ashcombe Citizens Advice", "Generalist advice and debt casework", "£60,000", "£62,000"],
        ["Ashcombe Volunteer Centre", "Volunteer brokerage and VCS support", "£28,500", "£28,500"],
        ["Riverside Food Network", "Food bank coordination", "£12,000", "£15,000"],
        ["Home-Start Ashcombe", "Home visiting for families with young children", "£12,750", "£12,750"],
        ["Total", "", "£113,250", "£118,250"],
    ])
    doc.add_heading("Other funding (for information)", level=2)
    doc.add_paragraph("Separately, the Council will contribute £30,000 to Ashcombe Town Council towards the "
                      "community minibus scheme; this is a contribution to another public body and is not part "
                      "of the VCS grants programme. The Household Support Fund allocation of £412,000 from the "
                      "Department for Work and Pensions is administered under separate arrangements.")
    doc.add_heading("Financial implications", level=2)
    doc.add_paragraph("The VCS grants budget for 2026/27 is £120,000, leaving £1,750 unallocated. The grants "
                      "are subject to funding agreements with quarterly monitoring.")
    doc.add_heading("Risk", level=2)
    doc.add_paragraph("If grant levels are not maintained, advice services may reduce opening hours at a time "
                      "of high demand. This is mitigated by the increase for Ashcombe Citizens Advice and by "
                      "signposting through the Council's customer contact centre.")
    doc.save(OUT / "ashcombe-dc_2025-12-10_cabinet_vcs-grants.docx")


def marrowgate_ijb_directions():
    doc = docxgen.new("IJB Business Manager", dt.datetime(2026, 2, 10, 12, 0), font=("Calibri", 11))
    docxgen.banner(doc, "Marrowgate Integration Joint Board")
    doc.add_paragraph("Meeting date: 18 February 2026")
    doc.add_paragraph("Agenda item 7")
    docxgen.banner(doc, "Directions to Marrowgate Council and NHS Harlaw 2026/27", 13)
    doc.add_paragraph("Report by: Chief Officer, Marrowgate Health and Social Care Partnership")
    doc.add_heading("1. Recommendations", level=2)
    doc.add_paragraph("The Integration Joint Board is asked to:")
    doc.add_paragraph("1.1 approve the directions in Appendix 1 for issue to Marrowgate Council and NHS Harlaw "
                      "with effect from 1 April 2026; and")
    doc.add_paragraph("1.2 instruct the Chief Officer to arrange a 12-month extension of the carer support "
                      "contract with Harlaw Carers Centre.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph("Under the Public Bodies (Joint Working) (Scotland) Act 2014 the IJB must give a "
                      "direction to the Council and/or the Health Board for every integrated function it "
                      "delegates, setting out what is to be delivered and the budget allocated.")
    doc.add_heading("3. Commissioned services", level=2)
    doc.add_paragraph("The Council holds the contract for carer support, delivered by Harlaw Carers Centre at "
                      "£485,000 per year. The contract ends on 31 March 2026; extending it to 31 March 2027 "
                      "allows the Carers Strategy to be refreshed before retendering. Care at home continues to "
                      "be purchased from the Marrowgate care at home framework, on which Glenbrae Care Ltd and "
                      "Allander Homecare hold the largest shares.")
    doc.add_heading("Appendix 1: Directions", level=2)
    docxgen.table(doc, [
        ["Direction ref", "Directed to", "Functions", "Budget 2026/27", "Review date"],
        ["MIJB-2026-01", "Marrowgate Council", "Adult social care including care at home, residential care "
         "and carer support", "£92,480,000", "31 March 2027"],
        ["MIJB-2026-02", "NHS Harlaw", "Community health services, district nursing and community mental "
         "health", "£68,315,000", "31 March 2027"],
        ["MIJB-2026-03", "NHS Harlaw", "Set-aside acute hospital services (unscheduled care)",
         "£21,900,000", "31 March 2027"],
    ])
    doc.add_heading("4. Risks", level=2)
    doc.add_paragraph("The main risk is that the combined budget of £182.7m does not meet demand, leaving a "
                      "projected gap of £4.3m in 2026/27. The IJB's recovery plan, including a review of "
                      "care packages and vacancy management, is intended to close this gap by the end of the "
                      "financial year.")
    doc.save(OUT / "marrowgate-ijb_2026-02-18_integration-joint-board_directions.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for build in (hollinsford_council_minutes, severnmere_icb_award, wrexley_baf, kelbridge_budget_monitoring,
                  dunmoor_commissioning, ashcombe_vcs_grants, marrowgate_ijb_directions):
        build()
