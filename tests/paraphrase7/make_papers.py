"""Build the PDF and DOCX papers of the seventh paraphrase set (tests/paraphrase7/papers).

Every authority, provider, person, figure and sentence here is invented.  Each paper copies the
LAYOUT of a kind of real published paper surveyed for this set (/work/notes/realpatterns.md):
a county cabinet key-decision report with a lot table and a Risk | Mitigation | RAG table, a
Scottish IJB budget-and-directions report with vertical risk tables, an NHS foundation trust's
public board minutes with an action log, an ICB board assurance framework, printed scrutiny
minutes with paragraph-numbered minutes, an officer decision record form, a VCS grants cabinet
report and a public health commissioning intentions report.

Run from the repository root:  .venv/bin/python tests/paraphrase7/make_papers.py
The generated files are committed; rebuilding gives the same text.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
from pdfgen import Paper, bullet, cover, heading, paragraph, save, table, text_lines  # noqa: E402

OUT = HERE / "papers"


# -- PDF 1: county cabinet key decision report, lot table, risk table ---------------------------

def ravensmoor_extra_care(path: Path) -> Path:
    pdf = Paper(running_header="Cabinet 9 April 2025 - Agenda Item 7",
                footer="Page {page} of {pages}",
                title="Extra Care Housing Care and Support Services: Contract Award",
                author="Ravensmoor County Council")
    cover(pdf, "Ravensmoor County Council", [
        ["Report to", "Cabinet"],
        ["Date of meeting", "9 April 2025"],
        ["Report of", "Executive Director of Adult Social Care"],
        ["Cabinet Member", "Cabinet Member for Adults and Health"],
        ["Report title", "Extra Care Housing Care and Support Services: Contract Award"],
        ["Key decision", "Yes - Forward Plan reference KD/2025/014"],
        ["Electoral divisions affected", "All"],
        ["Exempt information", "None. Bid prices of unsuccessful bidders are held in a confidential appendix."],
    ])
    heading(pdf, "1. Purpose of the Report")
    paragraph(pdf, "1.1 This report sets out the outcome of the tender for care and support services in the "
                   "council's six extra care housing schemes and asks Cabinet to award three contracts.")
    heading(pdf, "2. Recommendations")
    paragraph(pdf, "Cabinet is recommended to:")
    bullet(pdf, "2.1 Approve the award of contracts for care and support in extra care housing to the "
                "providers named in Table 1, for five years from 1 October 2025 with an option to extend "
                "for up to two further years.", marker="")
    bullet(pdf, "2.2 Note that the total value of the three contracts over the initial five-year term is "
                "£16,790,000.", marker="")
    bullet(pdf, "2.3 Delegate authority to the Executive Director of Adult Social Care, in consultation "
                "with the Cabinet Member for Adults and Health, to approve any extension of the contracts.",
           marker="")
    heading(pdf, "3. Background")
    paragraph(pdf, "3.1 About 410 older people and adults with learning disabilities live in the six schemes. "
                   "Each tenant has a care plan, and the on-site team also provides a 24-hour emergency "
                   "response. The current contracts, let in 2018, end on 30 September 2025 and cannot be "
                   "extended further.")
    paragraph(pdf, "3.2 The buildings are owned and managed by Northfold Housing Association and Ravensmoor "
                   "Homes, with whom the council holds nomination agreements. The landlords are not parties "
                   "to the care contracts and are not affected by this decision.")
    heading(pdf, "4. Procurement Outcome")
    paragraph(pdf, "4.1 The tender was published on 13 January 2025 under the open procedure, with three "
                   "lots of two schemes each. Nine bids were received. Quality carried 70 per cent of the "
                   "marks, including 10 per cent for social value, and price 30 per cent.")
    paragraph(pdf, "Table 1: Recommended providers")
    table(pdf, [
        ["Lot", "Schemes", "Recommended provider", "Annual value", "Contract value (5 years)"],
        ["1 North", "Larkfield Court; Moss View", "Hearthstone Care", "£1,284,000", "£6,420,000"],
        ["2 Central", "Abbey Gardens; Kestrel House", "Juniper Support Services", "£1,106,000", "£5,530,000"],
        ["3 South", "Millrace; The Granary", "Hearthstone Care", "£968,000", "£4,840,000"],
        ["Total", "", "", "£3,358,000", "£16,790,000"],
    ], widths=[20, 44, 42, 28, 36], header="bold")
    paragraph(pdf, "4.2 Hearthstone Care is the incumbent provider in two of the schemes. Juniper Support "
                   "Services is new to the county but runs similar services in four other areas.")
    heading(pdf, "5. Financial Implications")
    paragraph(pdf, "5.1 The 2025/26 budget for extra care support is £3.5 million. The recommended bids "
                   "cost £142,000 a year less than the current contracts in total, after the uplift needed "
                   "to pay the Real Living Wage from the start of the contracts.")
    heading(pdf, "6. Timetable")
    table(pdf, [
        ["Milestone", "Date"],
        ["Cabinet decision", "9 April 2025"],
        ["End of call-in period", "17 April 2025"],
        ["Standstill period ends", "28 April 2025"],
        ["Mobilisation and TUPE consultation", "May to September 2025"],
        ["New contracts start", "1 October 2025"],
    ], widths=[100, 60], header="bold")
    heading(pdf, "7. Risks")
    table(pdf, [
        ["Risk", "Mitigation", "RAG"],
        ["Staff transferring under TUPE from the outgoing provider leave during the handover, leaving gaps "
         "in care rotas.",
         "A mobilisation plan with weekly meetings; the outgoing provider must supply staff information by "
         "30 June 2025 and agency cover is budgeted for the first month.", "Amber"],
        ["The new provider cannot recruit enough care workers for the rural northern schemes.",
         "The contract price includes a rural travel supplement and the provider will join the council's "
         "care academy recruitment campaign.", "Amber"],
        ["An unsuccessful bidder challenges the award.",
         "The evaluation was moderated and fully recorded, and the standstill period will be observed "
         "before any contract is signed.", "Green"],
    ], widths=[75, 75, 20], header="shaded")
    heading(pdf, "8. Alternative Options Considered")
    paragraph(pdf, "8.1 Bringing the service in-house was rejected because it would cost about £400,000 a "
                   "year more. Extending the current contracts is not lawful because all extension options "
                   "have been used.")
    paragraph(pdf, "Report author: Kamala Desborough, Commissioning Manager (Housing with Care). "
                   "Tel: 01632 960912")
    return save(pdf, path)


# -- PDF 2: Scottish IJB budget and directions report -------------------------------------------

def east_lindale_budget(path: Path) -> Path:
    pdf = Paper(running_header=None, footer="{page}", title="2025/26 Budget and Directions",
                author="East Lindale Health and Social Care Partnership")
    pdf.add_page()
    text_lines(pdf, ["CLASSIFICATION: PUBLIC", "", "Agenda Item 6"])
    table(pdf, [
        ["Report to:", "East Lindale Integration Joint Board"],
        ["Date of Meeting:", "26 March 2025"],
        ["Report by:", "Chief Finance Officer"],
        ["Report No:", "ELIJB14-2025"],
        ["Subject:", "2025/26 Budget and Directions"],
    ], widths=[45, 125], ruled=False, header=None, size=10.5)
    heading(pdf, "1. Purpose of Report")
    paragraph(pdf, "1.1 The purpose of this report is to set the Integration Joint Board's budget for "
                   "2025/26, to issue directions to NHS East Lindale and East Lindale Council for the "
                   "delegated functions, and to confirm funding for commissioned third sector services.")
    heading(pdf, "2. Recommendation(s)")
    paragraph(pdf, "2.1 The Integration Joint Board is asked to approve the following recommendation(s):-")
    bullet(pdf, "(1) that the 2025/26 budget of £198.6 million set out in section 4 be approved;", marker="")
    bullet(pdf, "(2) that the directions at Appendix 2 be issued to NHS East Lindale and East Lindale "
                "Council;", marker="")
    bullet(pdf, "(3) that the savings plan of £5.9 million be noted; and", marker="")
    bullet(pdf, "(4) that the use of £1.5 million from general reserves to balance the budget be approved.",
           marker="")
    heading(pdf, "3. Background")
    paragraph(pdf, "3.1 The Scottish Government settlement passes through a 2.1 per cent uplift to health "
                   "board funding for delegated services. East Lindale Council has agreed its contribution "
                   "at its budget meeting on 27 February 2025, including its share of the additional "
                   "employer national insurance costs.")
    heading(pdf, "4. 2025/26 Budget")
    table(pdf, [
        ["Partner contribution", "2024/25 £m", "2025/26 £m"],
        ["NHS East Lindale", "116.9", "121.4"],
        ["East Lindale Council", "74.3", "77.2"],
        ["Total", "191.2", "198.6"],
    ], widths=[80, 40, 40], header="bold")
    heading(pdf, "5. Commissioned Third Sector Services")
    paragraph(pdf, "5.1 The following services are commissioned by East Lindale Council on the Board's behalf "
                   "and continue in 2025/26 at the values below. No other changes to commissioned services "
                   "are proposed.")
    table(pdf, [
        ["Service", "Provider", "2025/26 value", "Contract end"],
        ["Carer support and short breaks", "Lindale Carers Centre", "£612,000", "31 March 2027"],
        ["Independent advocacy", "Eastfield Advocacy", "£238,000", "31 March 2026"],
        ["Day opportunities for adults with learning disabilities", "Brightpath Day Opportunities",
         "£1,050,000", "30 September 2026"],
    ], widths=[62, 48, 30, 30], header="bold")
    heading(pdf, "6. Savings")
    paragraph(pdf, "6.1 Savings of £5.9 million are needed. The largest are prescribing efficiencies "
                   "(£2.2 million) and a redesign of overnight support (£1.1 million). The remaining gap of "
                   "£1.5 million is met from general reserves, leaving £3.4 million in reserves.")
    heading(pdf, "7. Risk Assessment")
    table(pdf, [
        ["Risk 1 Description", "The savings plan is not delivered in full, leading to an overspend that the "
                               "partners are asked to meet."],
        ["Risk Category", "Financial"],
        ["Inherent Risk Level", "Likelihood 4 x Impact 4 = 16 (Extreme)"],
        ["Mitigating Actions (including timescales and resources)",
         "Savings are monitored monthly by the Finance and Performance Group, and a recovery plan will be "
         "brought to the Board if any scheme falls behind by more than 10 per cent."],
        ["Residual Risk Level", "Likelihood 3 x Impact 4 = 12 (High)"],
        ["Planned Risk Level", "Likelihood 2 x Impact 4 = 8 (Moderate)"],
        ["Approval recommendation", "Given the moderate planned risk level, the risk should be accepted."],
    ], widths=[55, 115], header=None, size=9.5)
    table(pdf, [
        ["Risk 2 Description", "Prescribing costs rise faster than budgeted because of drug price increases "
                               "and supply shortages."],
        ["Risk Category", "Financial"],
        ["Inherent Risk Level", "Likelihood 4 x Impact 3 = 12 (High)"],
        ["Mitigating Actions (including timescales and resources)",
         "The prescribing support team will target switching to lower-cost equivalent medicines, and "
         "national price changes will be reviewed each quarter."],
        ["Residual Risk Level", "Likelihood 3 x Impact 3 = 9 (High)"],
        ["Planned Risk Level", "Likelihood 3 x Impact 2 = 6 (Moderate)"],
        ["Approval recommendation", "Given the moderate planned risk level, the risk should be accepted."],
    ], widths=[55, 115], header=None, size=9.5)
    heading(pdf, "Appendix 2: Directions")
    table(pdf, [
        ["Reference number", "ELIJB-D-2025-01"],
        ["Direction to", "NHS East Lindale"],
        ["Functions covered", "Community health services, primary care prescribing, community hospitals "
                              "and the set-aside budget for unscheduled care"],
        ["Budget allocated", "£121.4 million"],
        ["Effective from", "1 April 2025"],
    ], widths=[55, 115], header=None, size=9.5)
    table(pdf, [
        ["Reference number", "ELIJB-D-2025-02"],
        ["Direction to", "East Lindale Council"],
        ["Functions covered", "Adult social work and social care, including commissioned care at home, "
                              "care homes and third sector services"],
        ["Budget allocated", "£77.2 million"],
        ["Effective from", "1 April 2025"],
    ], widths=[55, 115], header=None, size=9.5)
    paragraph(pdf, "Anjali Mackintosh, Chief Finance Officer, 12 March 2025")
    return save(pdf, path)


# -- PDF 3: NHS foundation trust board minutes with an action log --------------------------------

def wendale_board_minutes(path: Path) -> Path:
    pdf = Paper(running_header="Wendale Hospitals NHS Foundation Trust - Board of Directors (Public)",
                footer="Page {page} of {pages}", title="Minutes of the Board of Directors meeting held in public",
                author="Trust Secretary")
    pdf.add_page()
    heading(pdf, "Wendale Hospitals NHS Foundation Trust", size=15)
    paragraph(pdf, "Minutes of the Board of Directors meeting held in public on Thursday 29 May 2025 at "
                   "09:30, Boardroom, Wendale General Hospital, and by video link")
    paragraph(pdf, "Present: Chair; Chief Executive; Chief Finance Officer; Chief Nurse; Medical Director; "
                   "Chief Operating Officer; Chief People Officer; five Non-Executive Directors. "
                   "In attendance: Trust Secretary (minutes); two public governors.")
    table(pdf, [
        ["Ref", "Item"],
        ["TB25/058", "Welcome and apologies. Apologies were received from one Non-Executive Director. "
                     "The meeting was quorate."],
        ["TB25/059", "Declarations of interest. None were declared in relation to items on the agenda."],
        ["TB25/060", "Minutes of the previous meeting. The minutes of the meeting held on 27 March 2025 "
                     "were APPROVED as an accurate record."],
        ["TB25/061", "Action log and matters arising. The Board NOTED the action log. Actions 24/112 and "
                     "25/019 were closed; action 25/031 remains open (see the log at the end of these minutes)."],
    ], widths=[25, 145], header="bold")
    heading(pdf, "TB25/062 Chief Executive's report", size=11)
    paragraph(pdf, "The Chief Executive reported that the new emergency department assessment unit had opened "
                   "on 12 May 2025 and that four-hour performance had improved to 74.8 per cent in April. "
                   "The Board NOTED the report.")
    heading(pdf, "TB25/063 Soft facilities management contract award", size=11)
    paragraph(pdf, "The Chief Finance Officer presented the outcome of the procurement for cleaning, catering "
                   "and portering services across both hospital sites, run through a national framework "
                   "mini-competition. Crestmoor Facilities Services had submitted the most economically "
                   "advantageous tender. The contract would run for five years from 1 September 2025, with "
                   "a total value of £11.2 million, and about 310 staff would transfer from the current "
                   "contractor under TUPE. A Non-Executive Director asked how patient food quality would be "
                   "monitored; the Chief Nurse said that patient-led assessments and monthly menu tasting "
                   "with the patient panel were written into the specification.")
    paragraph(pdf, "The Board APPROVED the award of the soft facilities management contract to Crestmoor "
                   "Facilities Services for five years from 1 September 2025 at a total value of £11.2 million.")
    heading(pdf, "TB25/064 Finance report month 1", size=11)
    paragraph(pdf, "The Chief Finance Officer reported a deficit of £1.6 million at month 1 against the planned "
                   "deficit of £12.7 million for the year, and a capital programme of £28.0 million. Agency "
                   "spending was 3.1 per cent of pay costs. The Board NOTED the report.")
    heading(pdf, "TB25/065 Board Assurance Framework", size=11)
    paragraph(pdf, "The Trust Secretary presented the quarterly update. The Board AGREED that the score of "
                   "principal risk BAF 3 (the risk that the trust cannot recruit and keep enough registered "
                   "nurses to staff its wards safely, leading to reliance on agency staff and poorer care) be "
                   "increased to 20, and NOTED that the main mitigations are the international recruitment "
                   "programme and the retention plan overseen by the People Committee.")
    heading(pdf, "TB25/066 Any other business", size=11)
    paragraph(pdf, "There was no other business. The next meeting in public will be held on 31 July 2025.")
    heading(pdf, "Action log - Board of Directors (Public)", size=12)
    table(pdf, [
        ["Action no.", "Meeting", "Minute ref", "Action", "Owner", "Due", "Status"],
        ["24/112", "28 Nov 2024", "TB24/171", "Report on outpatient letter delays", "COO", "Mar 2025",
         "Complete - closed"],
        ["25/019", "30 Jan 2025", "TB25/014", "Add maternity staffing to integrated performance report", "CN",
         "May 2025", "Complete - closed"],
        ["25/031", "27 Mar 2025", "TB25/041", "Present green plan refresh to the Board", "CFO", "Jul 2025",
         "Open - on track"],
        ["25/044", "29 May 2025", "TB25/063", "Report on soft FM mobilisation", "CFO", "Sep 2025", "New"],
    ], widths=[18, 22, 20, 50, 14, 18, 28], header="bold", size=8.5)
    paragraph(pdf, "Signed as a correct record: ............................ Chair    Date: ..................")
    return save(pdf, path)


# -- PDF 4: ICB board assurance framework --------------------------------------------------------

def south_harwick_baf(path: Path) -> Path:
    pdf = Paper(running_header="NHS South Harwick ICB - Audit and Risk Committee - 11 September 2025",
                footer="Page {page}", title="Board Assurance Framework - Quarter 1 2025/26",
                author="NHS South Harwick Integrated Care Board")
    cover(pdf, "NHS South Harwick Integrated Care Board", [
        ["Meeting", "Audit and Risk Committee"],
        ["Date", "11 September 2025"],
        ["Agenda item", "8"],
        ["Report title", "Board Assurance Framework - Quarter 1 2025/26"],
        ["Executive lead", "Director of Corporate Affairs"],
        ["Purpose", "Assurance"],
        ["Recommendation", "The Committee is asked to: (a) note the principal risks and their scores at the "
                           "end of quarter 1; and (b) approve the addition of a new principal risk on the "
                           "ICB's running cost reduction."],
    ])
    heading(pdf, "1. Summary")
    paragraph(pdf, "1.1 The Board Assurance Framework (BAF) records the principal risks to the ICB's "
                   "strategic objectives, the controls in place, gaps in control and assurance, and the "
                   "actions that will reduce each risk to its target score. Scores are likelihood x impact "
                   "on a five-point scale.")
    paragraph(pdf, "1.2 Since the last report two scores have changed: urgent care flow has reduced from 16 "
                   "to 12 and financial sustainability has increased from 16 to 20.")
    heading(pdf, "2. Principal risks")
    rows = [["Ref", "Principal risk", "Current (target)", "Key controls and gaps", "Mitigating actions"]]
    rows += [
        ["BAF1", "If the system cannot deliver its financial plan, because of unfunded cost pressures and "
                 "undelivered savings, then the ICB will breach its statutory duty to break even.",
         "20 (12)",
         "Controls: monthly system finance meetings; grip and control panel. Gap: savings plans not yet "
         "fully identified for the second half of the year.",
         "Agree remaining savings schemes with each trust by 31 October 2025; run a vacancy control panel "
         "across all system partners."],
        ["BAF2", "If patients cannot be discharged promptly because of limited community and social care "
                 "capacity, then emergency departments will remain crowded and harm from long waits will "
                 "increase.",
         "12 (8)",
         "Controls: daily system flow calls; discharge to assess pathway. Gap: weekend discharge rates.",
         "Expand the discharge to assess pathway with the three councils and open the virtual ward to "
         "frailty referrals from October."],
        ["BAF3", "If general practice cannot recruit and keep enough clinicians, then access to primary care "
                 "will fall and demand on urgent care will rise.",
         "16 (9)",
         "Controls: primary care workforce plan; additional roles scheme. Gap: no assurance on GP retention "
         "in the coastal area.",
         "Launch a coastal GP fellowship scheme and fund practice nurse training places through the "
         "training hub."],
        ["BAF4 (new)", "If the ICB does not reduce its running costs by the required 30 per cent, then it will "
                       "be unable to fund its statutory functions within its allocation.",
         "16 (8)",
         "Controls: organisational change programme board. Gap: the national operating model is not final.",
         "Consult staff on a new structure by December 2025 and share functions with the neighbouring ICB."],
    ]
    table(pdf, rows, widths=[16, 48, 18, 44, 44], header="shaded", size=8.5, repeat_header=True)
    heading(pdf, "3. Deep dive")
    paragraph(pdf, "3.1 The Quality Committee completed a deep dive into BAF2 in August. It found that the "
                   "number of patients in hospital with no criteria to reside had fallen from 212 to 168 since "
                   "April, and that the community equipment contract held by the councils was meeting its "
                   "delivery times.")
    paragraph(pdf, "Report author: Deputy Director of Governance, 1 September 2025")
    return save(pdf, path)


# -- PDF 5: printed scrutiny committee minutes -------------------------------------------------

def fenmouth_scrutiny(path: Path) -> Path:
    pdf = Paper(running_header=None, footer="{page}", title="Overview and Scrutiny Committee - Minutes",
                author="Fenmouth Borough Council")
    pdf.add_page()
    text_lines(pdf, ["Fenmouth Borough Council", "Overview and Scrutiny Committee",
                     "6.00pm15 October 2024", "Council Chamber, Fenmouth Town Hall", "MINUTES"], size=12)
    paragraph(pdf, "Present: Councillor Treloar (Chair), Councillors Abiodun, Chynoweth, Dancey, Fairweather, "
                   "Kerensa, Lusk and Penhallow.")
    paragraph(pdf, "Also present: Councillor Oakes, Cabinet Member for Housing.")
    text_lines(pdf, ["PART ONE"])
    heading(pdf, "31 Procedural Business", size=11)
    paragraph(pdf, "31.1 There were no declarations of substitutes or interests, and no items were taken in "
                   "private.")
    heading(pdf, "32 Minutes", size=11)
    paragraph(pdf, "32.1 The minutes of the meeting held on 10 September 2024 were approved as a correct "
                   "record.")
    heading(pdf, "33 Housing Related Support Contracts - Pre-decision Scrutiny", size=11)
    paragraph(pdf, "33.1 The Committee considered a report of the Head of Housing Needs on proposals going to "
                   "Cabinet on 7 November 2024. The two housing related support contracts, for supported "
                   "accommodation for young people and for floating support, end on 31 March 2025.")
    paragraph(pdf, "33.2 The supported accommodation service is provided by Seawall Housing Trust at an annual "
                   "cost of £1,480,000 and the floating support service by Harbourside Floating Support at "
                   "£620,000 a year. The report proposed extending both contracts for 12 months from 1 April "
                   "2025, at a combined cost of £2,100,000, while the council reviews its homelessness "
                   "prevention strategy.")
    paragraph(pdf, "33.3 Councillor Chynoweth asked whether the extension offered value for money. The Head of "
                   "Housing Needs said that 81 per cent of young people left the service in a planned way, "
                   "above the 70 per cent target, and that re-tendering now would mean letting contracts "
                   "before the strategy was agreed.")
    paragraph(pdf, "33.4 Councillor Lusk noted that the Household Support Fund allocation of £1.9 million was "
                   "separate and would end in March; officers confirmed no part of it funded these contracts.")
    paragraph(pdf, "33.5 RESOLVED: That the Committee")
    bullet(pdf, "(1) endorses the recommendation to Cabinet to extend the contracts with Seawall Housing Trust "
                "and Harbourside Floating Support for 12 months from 1 April 2025;", marker="")
    bullet(pdf, "(2) recommends to Cabinet that the new homelessness prevention strategy include targets for "
                "young people leaving supported accommodation; and", marker="")
    bullet(pdf, "(3) asks that the draft strategy be brought to the Committee before it goes to Cabinet.",
           marker="")
    heading(pdf, "34 Work Programme", size=11)
    paragraph(pdf, "34.1 RESOLVED: That the work programme be agreed, with the addition of an item on damp and "
                   "mould in temporary accommodation at the meeting on 14 January 2025.")
    paragraph(pdf, "The meeting concluded at 8.05pm")
    paragraph(pdf, "Signed ........................ Chair        Dated this .......... day of ............")
    return save(pdf, path)


# -- DOCX 1: officer decision record form ----------------------------------------------------------

def greymoor_officer_decision(path: Path) -> Path:
    doc = docxgen.new("Legal and Democratic Services, Greymoor County Council", dt.datetime(2025, 2, 17, 15, 30),
                      font=("Arial", 11))
    docxgen.banner(doc, "Greymoor County Council")
    doc.add_paragraph("RECORD OF DECISION TAKEN BY AN OFFICER")
    doc.add_paragraph("The Openness of Local Government Bodies Regulations 2014")
    docxgen.table(doc, [
        ["Decision reference", "ODR/ASC/2025/007"],
        ["Title of decision", "Extension of the Independent Advocacy Services Contract"],
        ["Decision taken by", "Director of Adult Social Care"],
        ["Date decision taken", "17 February 2025"],
        ["Decision", "To extend the contract with Voiceway Advocacy for statutory and non-statutory "
                     "independent advocacy services for 12 months, from 1 April 2025 to 31 March 2026, at a "
                     "cost of £486,000, using the extension option in clause 3.2 of the contract."],
        ["Reasons for the decision", "The contract performs well: 96 per cent of referrals were allocated within "
                                     "five working days in 2023/24. The extension gives time to commission "
                                     "advocacy jointly with Greymoor Children's Services from April 2026."],
        ["Alternative options considered and rejected", "Letting the contract end: rejected because the council "
                                                        "has a statutory duty to provide advocacy under the Care "
                                                        "Act 2014. Re-tendering now: rejected because the joint "
                                                        "approach would not be ready."],
        ["Authority for the decision", "Cabinet, 10 October 2023 (Minute 57), delegated to the Director of "
                                       "Adult Social Care the power to exercise the extension options."],
        ["Members consulted", "Cabinet Member for Adult Social Care"],
        ["Conflicts of interest declared by any member consulted", "None"],
        ["Dispensation granted", "Not applicable"],
        ["Background documents", "Cabinet report: Independent Advocacy Services Contract Award, October 2023"],
    ], header=False)
    doc.add_paragraph("Signed: Rhiannon Castell, Director of Adult Social Care")
    doc.add_paragraph("Date: 17 February 2025")
    doc.save(path)
    return path


# -- DOCX 2: VCS grants cabinet report -------------------------------------------------------------

def corran_valley_grants(path: Path) -> Path:
    doc = docxgen.new("Communities Team, Corran Valley Council", dt.datetime(2025, 6, 12, 10, 0), font=("Arial", 12))
    docxgen.banner(doc, "Corran Valley Council")
    docxgen.table(doc, [
        ["Report to", "Cabinet"],
        ["Date", "24 June 2025"],
        ["Title", "Community Investment Fund: Grant Awards 2025-2028"],
        ["Report of", "Director of Communities"],
        ["Cabinet Member", "Cabinet Member for Communities and Equalities"],
        ["Key decision", "Yes"],
        ["Wards", "All"],
    ], header=False)
    doc.add_heading("1. Recommendations", level=2)
    doc.add_paragraph("1.1 That Cabinet approves three-year grant awards from the Community Investment Fund to "
                      "the organisations listed in Table 1, totalling £735,000 over 2025-2028.")
    doc.add_paragraph("1.2 That Cabinet notes the award of £30,000 to St Brannock Town Council for the "
                      "community hub, made from the same fund under the Leader's delegated authority.")
    doc.add_paragraph("1.3 That Cabinet delegates to the Director of Communities, in consultation with the "
                      "Cabinet Member for Communities and Equalities, authority to agree grant conditions and "
                      "to withhold payments where conditions are not met.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph("2.1 The Community Investment Fund replaced annual small grants in 2022. It funds "
                      "voluntary and community organisations that help residents stay independent and out of "
                      "crisis. Applications opened on 3 March 2025 and closed on 4 April 2025; 23 were "
                      "received and scored by a panel of officers and two independent assessors.")
    doc.add_heading("3. Recommended awards", level=2)
    doc.add_paragraph("Table 1: Recommended three-year awards")
    docxgen.table(doc, [
        ["Organisation", "Purpose", "Annual award", "Total 2025-2028"],
        ["Corran Valley Citizens Advice", "Advice on debt, benefits and housing", "£85,000", "£255,000"],
        ["Corran Valley Council for Voluntary Service (CVCVS)", "Support, training and volunteering brokerage "
         "for local groups", "£50,000", "£150,000"],
        ["Corran and Dee Mind", "Peer support groups and crisis cafe", "£40,000", "£120,000"],
        ["Riverside Community Larder", "Low-cost food and cooking skills", "£15,000", "£45,000"],
        ["Valleys Credit Union", "Affordable loans and savings accounts", "£20,000", "£60,000"],
        ["Corran Men's Sheds", "Reducing isolation among older men", "£10,000", "£30,000"],
        ["Pentre Youth Collective", "Youth clubs in three villages", "£25,000", "£75,000"],
        ["Total", "", "£245,000", "£735,000"],
    ])
    doc.add_heading("4. Financial implications", level=2)
    doc.add_paragraph("4.1 The fund's budget is £250,000 a year. The awards above leave £5,000 a year "
                      "unallocated, which will be held for emergency applications. The Town Council award "
                      "of £30,000 in recommendation 1.2 was met from the 2024/25 underspend.")
    doc.add_heading("5. Risks", level=2)
    docxgen.table(doc, [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        ["A funded organisation closes or cannot deliver its project, so residents lose the service.",
         "Low", "Medium", "Quarterly monitoring returns and payment in quarterly instalments, so funding can "
                          "stop and be reallocated quickly."],
        ["Demand for advice continues to rise faster than the grant can meet, leading to longer waits.",
         "High", "Medium", "Citizens Advice will report waiting times quarterly and the council will help "
                           "it apply for external funding."],
    ])
    doc.add_heading("6. Equalities", level=2)
    doc.add_paragraph("6.1 An equality impact assessment found positive effects for disabled people, older "
                      "people and low-income households.")
    doc.add_paragraph("Contact officer: Gethin Marlowe, Community Development Manager")
    doc.save(path)
    return path


# -- DOCX 3: public health commissioning intentions report -------------------------------------

def aldbury_public_health(path: Path) -> Path:
    doc = docxgen.new("Public Health, Aldbury City Council", dt.datetime(2025, 1, 20, 9, 0), font=("Calibri", 11))
    docxgen.banner(doc, "Aldbury City Council")
    doc.add_paragraph("Health and Wellbeing Board")
    doc.add_paragraph("30 January 2025")
    doc.add_paragraph("Public Health Commissioning Intentions 2025/26")
    doc.add_paragraph("Report of the Director of Public Health")
    doc.add_heading("Summary", level=2)
    doc.add_paragraph("This report informs the Board of the council's commissioning intentions for public health "
                      "services funded by the Public Health Grant, which is £29.4 million for 2025/26.")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("The Health and Wellbeing Board is asked to:")
    doc.add_paragraph("(a) note the commissioning intentions for public health services set out in Table 1;")
    doc.add_paragraph("(b) support the use of Direct Award Process C under the Provider Selection Regime for the "
                      "0-19 Healthy Child Programme; and")
    doc.add_paragraph("(c) agree that the Board's Children and Families Partnership oversees the new 0-19 "
                      "service specification.")
    doc.add_heading("Current contracts and intentions", level=2)
    doc.add_paragraph("Table 1")
    docxgen.table(doc, [
        ["Service", "Provider", "Annual value", "Current end date", "Intention"],
        ["0-19 Healthy Child Programme", "Aldbury Community Health NHS Trust", "£7,850,000", "31 March 2025",
         "Direct award (Process C) for five years from 1 April 2025"],
        ["Integrated sexual health", "Aldbury Teaching Hospitals NHS Foundation Trust", "£3,210,000",
         "30 September 2025", "Extend six months to 31 March 2026, then competitive process"],
        ["NHS Health Checks", "Aldbury Primary Care Alliance", "£420,000", "31 March 2026", "No change"],
        ["Stop smoking service", "In-house (council public health team)", "£310,000", "n/a",
         "Expand using the Smokefree Generation grant"],
    ])
    doc.add_paragraph("The Smokefree Generation grant of £386,000 for 2025/26 is a grant to the council and is "
                      "not included above.")
    doc.add_heading("Key dates", level=2)
    doc.add_paragraph("Notice of intention to award the 0-19 contract: 10 February 2025. End of the standstill "
                      "period: 24 February 2025. New 0-19 contract starts: 1 April 2025.")
    doc.add_heading("Risks and mitigations", level=2)
    docxgen.table(doc, [
        ["Risk", "Mitigation"],
        ["A representation is received against the direct award, delaying the new 0-19 contract beyond 1 April "
         "2025.", "The current contract allows a three-month extension, which will be used if needed."],
        ["The sexual health provider cannot recruit consultant staff, reducing clinic capacity.",
         "Online testing has been expanded and the council will agree a workforce plan with the trust as a "
         "condition of the extension."],
    ])
    doc.add_paragraph("Background papers: none.")
    doc.save(path)
    return path


BUILDERS = {
    "ravensmoor-cc_2025-04-09_cabinet_key-decision-report-extra-care.pdf": ravensmoor_extra_care,
    "east-lindale-ijb_2025-03-26_ijb_budget-and-directions.pdf": east_lindale_budget,
    "wendale-nhs-ft_2025-05-29_trust-board_minutes-and-action-log.pdf": wendale_board_minutes,
    "south-harwick-icb_2025-09-11_audit-and-risk-committee_board-assurance-framework.pdf": south_harwick_baf,
    "fenmouth-bc_2024-10-15_overview-and-scrutiny_minutes.pdf": fenmouth_scrutiny,
    "greymoor-cc_2025-02-17_officer-decision_advocacy-extension.docx": greymoor_officer_decision,
    "corran-valley-council_2025-06-24_cabinet_vcs-grants.docx": corran_valley_grants,
    "aldbury-city-council_2025-01-30_health-and-wellbeing-board_public-health-commissioning.docx": aldbury_public_health,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, build in BUILDERS.items():
        build(OUT / name)
        print(OUT / name)


if __name__ == "__main__":
    main()
