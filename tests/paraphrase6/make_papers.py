"""Build the PDF and DOCX papers of the sixth paraphrase set (all names and figures invented).

    .venv/bin/python tests/paraphrase6/make_papers.py

Writes four PDFs (tests/pdfgen.py) and three DOCX files (tests/docxgen.py) into papers/.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
from pdfgen import Paper, bullet, heading, paragraph, save, table, text_lines  # noqa: E402

PAPERS = HERE / "papers"


# -- PDF 1: county council cabinet, contract award with a landscape evaluation table -------------

def kestlebury_award(path: Path) -> Path:
    pdf = Paper(running_header="Kestlebury County Council - Cabinet - 11 March 2026 - Item 8",
                footer="Page {page}", title="Integrated Community Equipment and Minor Adaptations Service: Award of Contracts",
                author="Priya Lindqvist, Commissioning Manager")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, "KESTLEBURY COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [
        ["Report to:", "Cabinet"],
        ["Date of meeting:", "11 March 2026"],
        ["Report of:", "Executive Director of Adults and Health"],
        ["Cabinet Member:", "Cllr Moira Ashburn, Cabinet Member for Adult Social Care"],
        ["Title:", "Integrated Community Equipment and Minor Adaptations Service: Award of Contracts"],
        ["Key decision:", "Yes - Forward Plan reference KD/25/117"],
        ["Electoral divisions:", "All"],
        ["Exempt appendix:", "Appendix C (bid prices by lot) is exempt under paragraph 3"],
    ], widths=[45, 125], ruled=False, header=None, size=10)
    heading(pdf, "1. Summary", 12)
    paragraph(pdf, "1.1 The County Council and Kestlebury and Wyre Integrated Care Board jointly fund a community "
                   "equipment service which loans beds, hoists, bathing aids and pressure care equipment to around "
                   "11,000 people a year, together with a minor adaptations service (grab rails, stair rails, "
                   "ramps). The present arrangements are delivered by Harbour Community Equipment CIC under a "
                   "contract which runs out on 30 June 2026 and cannot be extended further.")
    paragraph(pdf, "1.2 A competitive tender in two lots was advertised on 6 October 2025 using the open "
                   "procedure. Seven bids were received. This report sets out the outcome and seeks approval "
                   "to award both lots.")
    heading(pdf, "2. Recommendations", 12)
    paragraph(pdf, "Cabinet is recommended to:")
    bullet(pdf, "(i) award the contract for Lot 1 (community equipment loan service) to Ashdown Mobility Services "
                "Ltd for five years from 1 July 2026, at a contract value of £22,850,000, with the option to "
                "extend for up to two further years;", marker="")
    bullet(pdf, "(ii) award the contract for Lot 2 (minor adaptations installation) to Greystone Home Adaptations "
                "Ltd for the same term, at a contract value of £1,940,000;", marker="")
    bullet(pdf, "(iii) delegate to the Executive Director of Adults and Health, in consultation with the Cabinet "
                "Member for Adult Social Care, authority to decide whether to use the extension options.", marker="")
    heading(pdf, "3. Background", 12)
    paragraph(pdf, "3.1 The service is paid for from a pooled budget under a section 75 agreement. For 2026/27 "
                   "the pooled budget is £5,200,000, of which the Integrated Care Board contributes £1,600,000 "
                   "and the County Council the balance. The ICB is a partner in the pooled arrangement and did "
                   "not take part in the evaluation of bids.")
    paragraph(pdf, "3.2 Demand for equipment has risen by about 9 per cent a year since 2022. The new "
                   "specification introduces same-day delivery for hospital discharges and a recycling target "
                   "of 85 per cent of returned items.")
    pdf.add_page(orientation="L")
    heading(pdf, "4. Evaluation outcome", 12)
    paragraph(pdf, "4.1 Bids were scored 60 per cent quality and 40 per cent price. The table shows the "
                   "scores of the compliant bids; the whole-term prices are shown for the recommended bidders only, "
                   "the others being listed in exempt Appendix C.")
    table(pdf, [
        ["Lot", "Bidder", "Quality (60)", "Price (40)", "Total (100)", "Five-year price", "Rank"],
        ["1 Community equipment", "Ashdown Mobility Services Ltd", "51.6", "36.2", "87.8", "£22,850,000", "1"],
        ["1 Community equipment", "Fairlane Care Equipment Ltd", "47.4", "38.9", "86.3", "see Appendix C", "2"],
        ["1 Community equipment", "Pivotal Living Aids Ltd", "42.0", "40.0", "82.0", "see Appendix C", "3"],
        ["2 Minor adaptations", "Greystone Home Adaptations Ltd", "49.8", "37.5", "87.3", "£1,940,000", "1"],
        ["2 Minor adaptations", "Fairlane Care Equipment Ltd", "44.1", "40.0", "84.1", "see Appendix C", "2"],
    ], widths=[42, 62, 25, 22, 25, 38, 18], ruled=True, header="shaded", size=9)
    paragraph(pdf, "4.2 Two further bids for Lot 1 were excluded at the selection stage for failing the "
                   "financial standing test. Standstill letters will be issued on 12 March 2026 and the "
                   "standstill period ends at midnight on 23 March 2026.")
    heading(pdf, "5. Timetable", 12)
    table(pdf, [
        ["Milestone", "Date"],
        ["Cabinet decision", "11 March 2026"],
        ["End of standstill period", "23 March 2026"],
        ["Mobilisation and stock transfer from the current provider", "April to June 2026"],
        ["New contracts start", "1 July 2026"],
        ["Initial term ends", "30 June 2031"],
        ["Latest end if both extensions are used", "30 June 2033"],
    ], widths=[120, 60], ruled=True, header="bold", size=9.5)
    pdf.add_page(orientation="P")
    heading(pdf, "6. Financial implications", 12)
    paragraph(pdf, "6.1 The Lot 1 price of £22,850,000 over five years averages £4,570,000 a year, and the "
                   "Lot 2 price averages £388,000 a year, both within the pooled budget. The equipment stock "
                   "held by the current provider, valued at £1,150,000, remains the property of the pooled "
                   "fund and will transfer to the new provider.")
    paragraph(pdf, "6.2 Taking both optional extension years for Lot 1, the maximum value would be "
                   "£31,990,000.")
    heading(pdf, "7. Risks", 12)
    table(pdf, [
        ["Risk", "How it will be managed"],
        ["Stock transfer on 1 July 2026 is incomplete and equipment deliveries are delayed for people "
         "leaving hospital.", "A joint stock count in May 2026 and a six-week parallel running period for "
         "urgent orders, overseen by a mobilisation board."],
        ["Inflation in equipment prices exceeds the indexation allowed in the contract.", "Annual price "
         "review capped at CPI, a catalogue of standard items reviewed each quarter, and a contingency held "
         "in the pooled budget."],
    ], widths=[80, 90], ruled=True, header="bold", size=9.5)
    heading(pdf, "8. Background papers", 12)
    paragraph(pdf, "Cabinet report of 15 July 2025 (procurement strategy). Contact: Priya Lindqvist, "
                   "Commissioning Manager, telephone 01632 960417.")
    return save(pdf, path)


# -- PDF 2: foundation trust board paper with a board assurance framework extract ------------------

def orlingford_baf(path: Path) -> Path:
    pdf = Paper(running_header="Orlingford Hospitals NHS Foundation Trust | Board of Directors (Public) | 29 January 2026",
                footer="{page}", title="Board Assurance Framework: Quarter 3 2025/26", author="Company Secretary")
    pdf.add_page()
    table(pdf, [
        ["Agenda item", "14"],
        ["Report title", "Board Assurance Framework: Quarter 3 2025/26"],
        ["Meeting", "Board of Directors meeting in public, 29 January 2026"],
        ["Executive sponsor", "Dr Hamish Okafor, Chief Executive"],
        ["Author", "Lena Brightwell, Company Secretary"],
        ["Purpose", "Approval  [X]   Assurance  [X]   Information  [ ]"],
    ], widths=[45, 125], ruled=True, header=None, size=10)
    heading(pdf, "Executive summary", 12)
    paragraph(pdf, "The Board Assurance Framework (BAF) records the principal risks to the Trust's strategic "
                   "objectives. Each committee of the Board reviewed its risks in December 2025. Two risk "
                   "scores have changed since the last report and one new risk is proposed on the "
                   "resilience of the outsourced endoscopy capacity.")
    heading(pdf, "Recommendation", 12)
    paragraph(pdf, "The Board is asked to approve the Quarter 3 Board Assurance Framework, including the new "
                   "risk BAF 7, and to note the reduction in the score of BAF 2 from 16 to 12.")
    heading(pdf, "1. Changes this quarter", 12)
    paragraph(pdf, "1.1 To protect the 18-week referral to treatment position, the Trust has bought additional "
                   "endoscopy sessions from Ravensworth Diagnostics Ltd, who run a mobile unit on the hospital "
                   "site at weekends. The insourcing agreement is worth £1,350,000 and runs until 31 March 2026. "
                   "The elective recovery funding of £3,400,000 allocated to the Trust by Orlingford and Dene "
                   "Integrated Care Board covers this cost and other recovery schemes.")
    paragraph(pdf, "1.2 The Finance and Performance Committee asked that dependence on a single "
                   "insourcing provider be recorded as a principal risk (BAF 7).")
    heading(pdf, "2. Board Assurance Framework extract", 12)
    paragraph(pdf, "Scores are likelihood x consequence (5 x 5). Only the risks reviewed this quarter are shown.")
    rows = [
        ["Ref", "Principal risk", "Score (current / target)", "Key controls", "Gaps and further actions"],
        ["BAF 2", "If the Trust cannot recruit and retain enough registered nurses, safe staffing on "
                  "medical wards may not be maintained, leading to harm and greater use of agency staff.",
         "12 / 8", "Monthly safe staffing review by the Chief Nurse; international recruitment of 60 nurses; "
                   "a retention programme with flexible rostering.",
         "Gap: vacancy rate on two wards above 15%. Action: targeted recruitment event by April 2026."],
        ["BAF 5", "Failure to deliver the 2025/26 efficiency programme would leave the Trust unable to "
                  "meet its financial plan and its share of the system control total.",
         "16 / 12", "Programme board chaired by the Chief Finance Officer; schemes with named executive "
                    "owners; monthly reporting to the Finance and Performance Committee.",
         "Gap: £2.1m of schemes still unidentified. Action: pipeline review with divisions."],
        ["BAF 7", "Reliance on one insourcing provider for weekend endoscopy could lead to a sudden loss "
                  "of capacity and longer waits for cancer diagnosis if the provider withdraws.",
         "12 / 6", "Notice period of three months in the agreement; weekly activity monitoring; a second "
                   "provider identified through the national framework.",
         "Gap: no in-house weekend rota. Action: business case for a third endoscopy room by June 2026."],
    ]
    table(pdf, rows, widths=[14, 46, 22, 46, 42], ruled=True, header="bold", size=8.5, repeat_header=True)
    heading(pdf, "3. Next review", 12)
    paragraph(pdf, "The next full review of the BAF will be presented to the Board on 30 April 2026.")
    return save(pdf, path)


# -- PDF 3: full council printed minutes ----------------------------------------------------------

def harrowmere_minutes(path: Path) -> Path:
    pdf = Paper(running_header=None, footer="Council 19.11.25  -  {page}", title="Minutes of Council",
                author="Democratic Services")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 6, "HARROWMERE BOROUGH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "MINUTES of a meeting of the COUNCIL held in the Council Chamber, Guildhall, "
                         "Harrowmere on WEDNESDAY, 19 NOVEMBER 2025 at 7.00 pm", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    paragraph(pdf, "PRESENT: The Mayor (Councillor Deborah Quaye) in the Chair; Councillors Abara, Bellingham, "
                   "Castellan, Dunmore, Everitt, Fairweather, Gosling, Hatherley, Ingram, Jessop, Kavanagh, "
                   "Lomax, Moreton, Nwosu, Oldroyd, Pemberton, Quist, Rastrick, Sandhu, Tremlett, Underhill, "
                   "Varney, Whitcombe, Yelland and Zaman.")
    heading(pdf, "41.  APOLOGIES FOR ABSENCE", 11)
    paragraph(pdf, "Apologies were received from Councillors Brook, Hale and Mistry.")
    heading(pdf, "42.  DECLARATIONS OF INTEREST", 11)
    paragraph(pdf, "Councillor Sandhu declared an other registrable interest in minute 47 as a trustee of "
                   "Everfit Leisure Trust and left the chamber for that item. Councillor Lomax declared a "
                   "non-registrable interest in minute 48 as her partner is employed by the Council's revenues "
                   "service; she took part in the debate and vote.")
    heading(pdf, "43.  MINUTES", 11)
    paragraph(pdf, "RESOLVED: That the minutes of the meeting of the Council held on 17 September 2025 be "
                   "approved as a correct record and signed by the Mayor.")
    heading(pdf, "44.  MAYOR'S ANNOUNCEMENTS", 11)
    paragraph(pdf, "The Mayor thanked everyone who supported the Remembrance Sunday parade and announced that "
                   "her charity ball would take place on 14 February 2026.")
    heading(pdf, "45.  QUESTIONS FROM MEMBERS OF THE PUBLIC", 11)
    paragraph(pdf, "Mr Colin Featherstone asked why the swimming pool at Northgate Leisure Centre had closed "
                   "early on several evenings in October. The Cabinet Member for Leisure and Culture, "
                   "Councillor Oldroyd, replied that the operator had faced lifeguard shortages and had "
                   "since recruited four additional staff; opening hours had returned to normal.")
    paragraph(pdf, "Ms Anita Crowther asked whether the Council would publish the performance reports for "
                   "the leisure contract. Councillor Oldroyd confirmed that the annual report would be "
                   "published with the papers for the Overview and Scrutiny Committee.")
    heading(pdf, "46.  QUESTIONS FROM MEMBERS", 11)
    paragraph(pdf, "Councillor Whitcombe asked the Leader about progress on the Station Quarter "
                   "regeneration scheme. The Leader, Councillor Pemberton, replied that the planning "
                   "application would be submitted in spring 2026.")
    heading(pdf, "47.  RECOMMENDATION FROM CABINET: LEISURE MANAGEMENT CONTRACT", 11)
    paragraph(pdf, "Council considered the recommendation of the Cabinet meeting of 4 November 2025 to extend "
                   "the leisure management contract with Everfit Leisure Trust, which operates Northgate "
                   "Leisure Centre and Riverside Pool. The contract began on 1 April 2016 and would otherwise "
                   "expire on 31 March 2026. Under the extension the Council would pay a management fee of "
                   "£412,000 a year (£824,000 over the two years), compared with £455,000 in the current year.")
    paragraph(pdf, "Councillor Oldroyd moved and Councillor Pemberton seconded the recommendation. "
                   "Councillor Varney moved an amendment that the extension be for one year only; on being "
                   "put to the vote the amendment was LOST (9 for, 15 against, 1 abstention).")
    paragraph(pdf, "On being put to the vote the substantive motion was CARRIED (16 for, 8 against, "
                   "1 abstention). It was")
    paragraph(pdf, "RESOLVED: (1) That the leisure management contract with Everfit Leisure Trust be extended "
                   "for two years from 1 April 2026 to 31 March 2028 on the terms set out in the Cabinet report. "
                   "(2) That officers begin the procurement of a new leisure operator so that a contract can "
                   "start on 1 April 2028.")
    heading(pdf, "48.  COUNCIL TAX SUPPORT SCHEME 2026/27", 11)
    paragraph(pdf, "The Cabinet Member for Finance presented the proposed scheme. The scheme keeps the "
                   "maximum support at 85 per cent of liability and is estimated to cost £6,300,000 in "
                   "2026/27, shared with the major preceptors.")
    paragraph(pdf, "RESOLVED: That the Council Tax Support Scheme for 2026/27 be adopted as set out in "
                   "Appendix A to the report.")
    heading(pdf, "49.  TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26", 11)
    paragraph(pdf, "RESOLVED: That the treasury management mid-year review be noted.")
    heading(pdf, "50.  NOTICE OF MOTION: PLAY AREAS", 11)
    paragraph(pdf, "Councillor Castellan moved, and Councillor Dunmore seconded, a motion asking the Cabinet "
                   "to fund the replacement of equipment at six play areas from reserves. A recorded vote "
                   "was requested. For: 8. Against: 16. Abstain: 1. The motion was declared LOST.")
    heading(pdf, "51.  APPOINTMENTS TO OUTSIDE BODIES", 11)
    paragraph(pdf, "RESOLVED: That Councillor Gosling be appointed to the Harrowmere Town Centre Partnership "
                   "in place of Councillor Hale for the remainder of the municipal year.")
    paragraph(pdf, "The meeting ended at 9.12 pm.")
    text_lines(pdf, ["MAYOR"])
    return save(pdf, path)


# -- PDF 4: integration joint board papers extract with directions --------------------------------

def fenmarch_ijb(path: Path) -> Path:
    pdf = Paper(running_header="Fenmarch Health and Social Care Partnership", footer="Page {page} of {pages}",
                title="Fenmarch IJB 24 February 2026 - Item 7", author="Chief Finance Officer")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "FENMARCH INTEGRATION JOINT BOARD", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    text_lines(pdf, ["Meeting date: 24 February 2026", "Agenda item: 7",
                     "Title: 2026/27 Budget and Directions",
                     "Report by: Morven Strachan, Chief Finance Officer",
                     "Action: For decision"])
    heading(pdf, "1. PURPOSE OF REPORT", 11)
    paragraph(pdf, "1.1 This report presents the 2026/27 budget for delegated health and social care "
                   "functions and the directions the Integration Joint Board must issue to its partners, "
                   "NHS Fenmarch and Fenmarch Council, to deliver them.")
    heading(pdf, "2. RECOMMENDATIONS", 11)
    paragraph(pdf, "2.1 The Integration Joint Board is asked to:")
    bullet(pdf, "a) approve the 2026/27 budget of £113,400,000 set out in Appendix 1;", marker="")
    bullet(pdf, "b) approve the directions at Appendix 2 and instruct the Chief Officer to issue them to "
                "NHS Fenmarch and Fenmarch Council;", marker="")
    bullet(pdf, "c) note the savings plan of £2,900,000 and the risks to its delivery.", marker="")
    heading(pdf, "3. BACKGROUND", 11)
    paragraph(pdf, "3.1 Fenmarch Council has offered a payment of £62,800,000 and NHS Fenmarch £50,600,000 "
                   "for delegated functions, together £113,400,000. After the set-aside budget for acute "
                   "hospital services is excluded, the IJB allocates the resources back to the partners "
                   "through directions.")
    paragraph(pdf, "3.2 The care at home framework, let by Fenmarch Council on the IJB's behalf, was renewed "
                   "from 1 November 2025. The largest call-off contracts are with Kinloch Care Partnership Ltd "
                   "(£3,100,000 a year) and Brightwater Homecare Ltd (£2,450,000 a year). Both run to "
                   "31 October 2028.")
    heading(pdf, "4. RISKS", 11)
    paragraph(pdf, "4.1 There is a risk that the savings plan is not delivered in full because of continuing "
                   "demand for care at home. This will be managed through monthly budget monitoring by the "
                   "Partnership Senior Management Team and a recovery plan if slippage exceeds 10 per cent.")
    paragraph(pdf, "4.2 There is a risk that the pay award for NHS staff exceeds the 3 per cent assumed. "
                   "The Chief Finance Officer will seek additional funding from NHS Fenmarch if the award "
                   "is not fully funded by the Scottish Government.")
    pdf.add_page()
    heading(pdf, "APPENDIX 2: DIRECTIONS", 11)
    table(pdf, [
        ["1. Reference number", "FIJB-D-2026-01"],
        ["2. Date direction issued", "25 February 2026"],
        ["3. Direction to", "NHS Fenmarch"],
        ["4. Functions covered", "Community health services, district nursing, community hospitals and "
                                 "primary care prescribing for adults"],
        ["5. Budget allocated", "£48,600,000"],
        ["6. Effective from", "1 April 2026"],
        ["7. Review date", "31 March 2027"],
    ], widths=[50, 120], ruled=True, header=None, size=10)
    table(pdf, [
        ["1. Reference number", "FIJB-D-2026-02"],
        ["2. Date direction issued", "25 February 2026"],
        ["3. Direction to", "Fenmarch Council"],
        ["4. Functions covered", "Adult social care assessment, care at home, residential care and "
                                 "day opportunities"],
        ["5. Budget allocated", "£61,200,000"],
        ["6. Effective from", "1 April 2026"],
        ["7. Review date", "31 March 2027"],
    ], widths=[50, 120], ruled=True, header=None, size=10)
    paragraph(pdf, "The directions supersede those issued on 26 March 2025.")
    return save(pdf, path)


# -- DOCX 1: cabinet member decision record --------------------------------------------------------

def quarrington_decision(path: Path) -> Path:
    doc = docxgen.new("Democratic Services, Quarrington City Council", dt.datetime(2026, 2, 5, 16, 0),
                      font=("Arial", 11))
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Quarrington City Council - Record of Executive Decision"
    section.footer.paragraphs[0].text = "CMD-ASC-26-03  |  Published 6 February 2026"
    docxgen.banner(doc, "RECORD OF DECISION TAKEN BY A CABINET MEMBER", 14)
    docxgen.table(doc, [
        ["Decision maker", "Councillor Tobias Rennard, Cabinet Member for Adult Social Care and Health"],
        ["Subject", "Carers Support Service: extension of contract"],
        ["Date of decision", "5 February 2026"],
        ["Key decision", "No"],
        ["Call-in deadline", "5.00 pm, 12 February 2026"],
    ], header=False)
    doc.add_heading("Decision", level=2)
    doc.add_paragraph("I have decided:")
    doc.add_paragraph("to extend the contract with Quarrington Carers Hub for the Carers Support Service for "
                      "twelve months, from 1 April 2026 to 31 March 2027, at a cost of £298,500; and",
                      style="List Number")
    doc.add_paragraph("to ask the Director of Adult Social Care to bring forward a commissioning plan for "
                      "a new all-age carers offer by September 2026.", style="List Number")
    doc.add_heading("Reasons for the decision", level=2)
    doc.add_paragraph("The current contract ends on 31 March 2026. Quarrington Carers Hub supports about "
                      "2,300 unpaid carers a year and its performance has been good. An extension allows the "
                      "new carers strategy, due to be adopted in June 2026, to shape the future service. "
                      "The extension is funded from the carers element of the Better Care Fund, which for "
                      "2026/27 totals £1,100,000 across all carers' schemes.")
    doc.add_heading("Alternative options considered and rejected", level=2)
    doc.add_paragraph("Let the contract end: rejected because the Council has a duty under the Care Act 2014 "
                      "to meet carers' eligible needs.", style="List Bullet")
    doc.add_paragraph("Re-tender immediately: rejected because the strategy has not yet been agreed.",
                      style="List Bullet")
    doc.add_heading("Conflicts of interest", level=2)
    doc.add_paragraph("None declared by the decision maker or any member consulted.")
    doc.add_heading("Consultation", level=2)
    doc.add_paragraph("The Quarrington Carers Partnership Board was consulted on 20 January 2026.")
    doc.add_paragraph("Signed: T. Rennard        Date: 5 February 2026")
    doc.save(str(path))
    return path


# -- DOCX 2: quarterly budget monitoring with contract overspends ---------------------------------

def marston_budget(path: Path) -> Path:
    doc = docxgen.new("Finance, Marston Fields Council", dt.datetime(2026, 1, 5, 10, 0), font=("Calibri", 11))
    doc.sections[0].footer.paragraphs[0].text = "Marston Fields Council  -  Cabinet  -  14 January 2026"
    doc.add_paragraph("Marston Fields Council", style="Title")
    docxgen.table(doc, [
        ["Meeting", "Cabinet"],
        ["Date", "14 January 2026"],
        ["Report title", "Revenue Budget Monitoring 2025/26: Quarter 3"],
        ["Portfolio", "Finance and Resources"],
        ["Lead officer", "Owain Pritchard, Director of Finance (Section 151 Officer)"],
    ], header=False)
    doc.add_heading("1. Recommendations", level=1)
    doc.add_paragraph("That Cabinet:")
    doc.add_paragraph("notes the forecast revenue overspend of £6,800,000 for 2025/26 at the end of December;",
                      style="List Bullet")
    doc.add_paragraph("approves a virement of £500,000 from the corporate contingency to the home to school "
                      "transport budget; and", style="List Bullet")
    doc.add_paragraph("asks the Director of Children's Services to report on options for renegotiating the "
                      "transport contracts to the March meeting of Cabinet.", style="List Bullet")
    doc.add_heading("2. Overall position", level=1)
    docxgen.table(doc, [
        ["Directorate", "Budget £000", "Forecast £000", "Variance £000"],
        ["Adults and Health", "96,400", "99,150", "2,750"],
        ["Children's Services", "71,300", "75,020", "3,720"],
        ["Place and Environment", "38,900", "39,230", "330"],
        ["Corporate", "22,600", "22,600", "0"],
        ["Total", "229,200", "236,000", "6,800"],
    ])
    doc.add_heading("3. Contracts driving the overspend", level=1)
    doc.add_paragraph("The following contracts account for most of the forecast variance. The annual value is "
                      "the contract price agreed at award; the forecast is what the service now expects to pay "
                      "this year.")
    docxgen.table(doc, [
        ["Contract", "Supplier", "Annual contract value", "Forecast 2025/26", "Overspend"],
        ["Home to school transport (special educational needs routes)", "Redline Travel Ltd",
         "£1,720,000", "£2,140,000", "£420,000"],
        ["Residential care block beds (60 beds)", "Oakshaw Care Group Ltd", "£3,600,000", "£4,010,000", "£410,000"],
        ["Supported living, learning disabilities", "Meadowbank Support Services", "£2,250,000",
         "£2,520,000", "£270,000"],
    ])
    doc.add_paragraph("In addition, a spot purchasing arrangement for children's residential placements with "
                      "Brackenfield Children's Homes Ltd is forecast to cost £1,900,000 more than budgeted because "
                      "of three new high-cost placements since October. There is no block value for this arrangement.")
    doc.add_heading("4. Savings", level=1)
    doc.add_paragraph("Of the £9,200,000 savings target for the year, £7,650,000 is on track. The Council "
                      "also received £1,350,000 of Market Sustainability and Improvement Fund grant, which is "
                      "already included in the Adults and Health forecast.")
    doc.add_heading("5. Risks to the forecast", level=1)
    doc.add_paragraph("Winter pressures may increase hospital discharges needing care home placements. "
                      "Mitigation: discharge-to-assess beds are reviewed weekly and block beds are used "
                      "before spot purchases.", style="List Bullet")
    doc.add_paragraph("Fuel prices could trigger the price review clause in the transport contracts. "
                      "Mitigation: routes are being re-planned to reduce single-occupancy journeys.",
                      style="List Bullet")
    doc.add_heading("6. Background papers", level=1)
    doc.add_paragraph("Budget report to Council, 26 February 2025. Quarter 2 monitoring, Cabinet 15 October 2025.")
    doc.save(str(path))
    return path


# -- DOCX 3: children's community services commissioning report ------------------------------------

def thornwick_children(path: Path) -> Path:
    doc = docxgen.new("Children's Commissioning, Thornwick County Council", dt.datetime(2026, 2, 20, 12, 0),
                      font=("Arial", 12))
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Children, Education and Families Committee, 3 March 2026 - Agenda item 6"
    docxgen.banner(doc, "Thornwick County Council", 18)
    doc.add_paragraph("Children, Education and Families Committee")
    doc.add_paragraph("3 March 2026")
    doc.add_paragraph("Community Health and Wellbeing Services for Children: Commissioning Intentions 2026-2027")
    docxgen.table(doc, [
        ["Report by", "Corporate Director for Children and Families"],
        ["Contact", "Imogen Salt, Lead Commissioner (Children)"],
        ["Is this a key decision?", "Yes"],
        ["Divisions affected", "All"],
    ], header=False)
    doc.add_heading("Purpose", level=1)
    doc.add_paragraph("To set out how the Council will recommission its community health and wellbeing services "
                      "for children and young people, most of which come to an end in the next eighteen months.")
    doc.add_heading("Recommendations", level=1)
    doc.add_paragraph("The Committee is asked to:")
    doc.add_paragraph("Agree to a competitive procurement for the 0-19 public health nursing service (health "
                      "visiting and school nursing) for a new contract starting on 1 April 2027.", style="List Number")
    doc.add_paragraph("Agree to extend the short breaks contract with Lanterns Family Support by six months to "
                      "31 March 2027 so that it aligns with the new service.", style="List Number")
    doc.add_paragraph("Delegate the award of the new contract to the Corporate Director for Children and "
                      "Families after consultation with the Cabinet Member.", style="List Number")
    doc.add_heading("Current services", level=1)
    docxgen.table(doc, [
        ["Service", "Provider", "Annual value", "Contract ends", "Funding"],
        ["0-19 public health nursing", "Thornwick Community Healthcare NHS Trust", "£6,420,000", "31 March 2027",
         "Public Health Grant"],
        ["Short breaks for disabled children", "Lanterns Family Support", "£812,000", "30 September 2026",
         "Council (High Needs and social care)"],
        ["Emotional wellbeing support in schools", "Kindle Minds CIC", "£455,000", "31 March 2027",
         "Council £255,000; Thornwick and Ebbdale ICB £200,000"],
    ])
    doc.add_paragraph("Thornwick and Ebbdale ICB separately commissions the children's community nursing team "
                      "and paediatric therapies from Thornwick Community Healthcare NHS Trust; these are outside "
                      "the scope of this report but will be aligned with the new 0-19 service.")
    doc.add_heading("Timetable", level=1)
    docxgen.table(doc, [
        ["Stage", "When"],
        ["Engagement with families and schools", "April to May 2026"],
        ["Tender published", "July 2026"],
        ["Contract award", "December 2026"],
        ["New 0-19 service starts", "1 April 2027"],
    ])
    doc.add_heading("Financial implications", level=1)
    doc.add_paragraph("The Public Health Grant for 2026/27 is £31,700,000. The budget for the new 0-19 "
                      "service will be £6,300,000 a year, a saving of £120,000.")
    doc.add_heading("Risks", level=1)
    docxgen.table(doc, [
        ["Risk", "Mitigation"],
        ["Few providers bid because of the national shortage of health visitors.",
         "Early market engagement and a contract length of up to seven years to make the service attractive."],
        ["Staff transferring under TUPE face uncertainty and leave before the new contract starts.",
         "Regular joint communications with the incumbent provider and a clear transfer timetable."],
    ])
    doc.save(str(path))
    return path


def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    kestlebury_award(PAPERS / "kestlebury-cc_2026-03-11_cabinet_community-equipment-award.pdf")
    orlingford_baf(PAPERS / "orlingford-nhsft_2026-01-29_board-of-directors_board-assurance-framework.pdf")
    harrowmere_minutes(PAPERS / "harrowmere-bc_2025-11-19_council_minutes.pdf")
    fenmarch_ijb(PAPERS / "fenmarch-ijb_2026-02-24_integration-joint-board_budget-and-directions.pdf")
    quarrington_decision(PAPERS / "quarrington-cc_2026-02-05_cabinet-member-decision_carers-support-extension.docx")
    marston_budget(PAPERS / "marston-fields-council_2026-01-14_cabinet_q3-budget-monitoring.docx")
    thornwick_children(PAPERS / "thornwick-cc_2026-03-03_children-education-families-committee_community-health-commissioning.docx")


if __name__ == "__main__":
    main()
