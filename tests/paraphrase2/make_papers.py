"""Build the DOCX and PDF papers of the second paraphrase set (tests/paraphrase2/papers).

Run from the repository root:  .venv/bin/python tests/paraphrase2/make_papers.py

The TXT, Markdown and HTML papers are written by hand; this script makes the four Word
documents (python-docx, each with a cover table) and the four PDFs (fpdf2 through
tests/pdfgen.py: running headers and footers, a table that runs over a page break, and a
landscape register page). All organisations are fictional. The output is committed.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import pdfgen  # noqa: E402  (tests/pdfgen.py)
from pdfgen import Paper, bullet, heading, paragraph, save, table  # noqa: E402

OUT = HERE / "papers"
FIXED = dt.datetime(2025, 10, 1, 9, 0)


# -- Word helpers ---------------------------------------------------------------

def new_document(title: str, author: str) -> docx.Document:
    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = author
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    return d


def word_table(d, rows, style="Table Grid", bold_first_col=False, bold_header=False):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r, row in enumerate(rows):
        cells = t.add_row().cells
        for c, text in enumerate(row):
            cells[c].text = ""
            run = cells[c].paragraphs[0].add_run(text)
            if (bold_first_col and c == 0) or (bold_header and r == 0):
                run.bold = True
    d.add_paragraph()
    return t


def para(d, text, style=None, bold=False):
    p = d.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    return p


# -- 1. ICB board report (DOCX) -------------------------------------------------

def icb_board_report():
    d = new_document("Integrated Urgent Care: Contract Awards", "Head of Urgent Care Commissioning")
    para(d, "NHS Wealdmoor and Coast Integrated Care Board", bold=True)
    word_table(d, [
        ["Meeting", "ICB Board (Part 1 - meeting in public)"],
        ["Date", "16 July 2025"],
        ["Agenda item", "9"],
        ["Paper reference", "WC/BD/25/071"],
        ["Report title", "Integrated Urgent Care: Contract Awards"],
        ["Executive lead", "Chief Delivery Officer"],
        ["Author", "Head of Urgent Care Commissioning"],
        ["Purpose", "Approval [X]   Discussion [ ]   Assurance [ ]   Information [ ]"],
        ["Previously considered by", "Finance and Performance Committee, 24 June 2025"],
        ["Recommendation", "The Board is recommended to:\n"
                           "- APPROVE the award of the integrated urgent care contract to Coastline Urgent Care Ltd "
                           "for five years from 1 October 2025;\n"
                           "- APPROVE the award of the ambulance handover cohort service to St Aubyn Patient "
                           "Transport Ltd for 2025/26;\n"
                           "- NOTE the mobilisation timetable in section 6."],
        ["Conflicts of interest", "None identified. GP members of the Board declared no interest in the "
                                  "out-of-hours co-operative."],
        ["Financial implications", "Within the 2025/26 financial plan; see section 5."],
    ], bold_first_col=True)

    d.add_heading("1. Introduction", level=2)
    para(d, "1.1 The urgent treatment centre at Harbourside and the GP out-of-hours service are provided "
            "under separate contracts that both end on 30 September 2025. The ICB has used the Provider "
            "Selection Regime most suitable provider process to combine them into one integrated urgent "
            "care service.")

    d.add_heading("2. Current contracts", level=2)
    para(d, "2.1 The contracts in scope, and the related hospital at home service, are shown below.")
    para(d, "Table 1: Current urgent care contracts, 2025/26 (£m)", bold=True)
    word_table(d, [
        ["Service", "Provider", "2025/26 value (£m)", "Expiry"],
        ["Urgent treatment centre, Harbourside", "Coastline Urgent Care Ltd", "3.40", "30/09/2025"],
        ["GP out-of-hours service", "Wealdmoor Doctors' Co-operative", "2.15", "30/09/2025"],
        ["Hospital at home", "Wealdmoor Hospitals NHS Foundation Trust", "5.90", "31/03/2027"],
    ], bold_header=True)

    d.add_heading("3. Proposed awards", level=2)
    para(d, "3.1 Integrated urgent care. Coastline Urgent Care Ltd, the incumbent operator of the urgent "
            "treatment centre, was assessed as the most suitable provider. It is proposed that Coastline be "
            "awarded a five-year contract starting on 1 October 2025 with an annual contract value of £5.7m "
            "(£28.5m over the term).")
    para(d, "3.2 Wealdmoor Doctors' Co-operative has agreed to act as a subcontractor to Coastline for "
            "overnight GP cover, so that local GPs continue to staff the service at night.")
    para(d, "3.3 Ambulance handover cohort. St Aubyn Patient Transport Ltd's offer of £640k per annum for "
            "the handover cohort service at Wealdmoor General Hospital was accepted, subject to Board "
            "approval.")

    d.add_heading("4. Engagement", level=2)
    para(d, "4.1 Healthwatch Wealdmoor ran four listening events in March 2025 and its findings shaped the "
            "service specification.")

    d.add_heading("5. Financial implications", level=2)
    para(d, "5.1 The combined annual value of £5.7m compares with £5.55m spent on the two services in "
            "2024/25 and is affordable within the ICB's 2025/26 allocation of £2.31bn. Under the ICB's "
            "Standing Financial Instructions, contracts above £5m in total value require Board approval.")

    d.add_heading("6. Mobilisation timetable", level=2)
    for line in ["Standstill period ends: 8 August 2025",
                 "Contract signature: by 29 August 2025",
                 "Mobilisation: September 2025",
                 "Service go-live: 1 October 2025"]:
        para(d, line, style="List Bullet")

    d.add_heading("7. Risks", level=2)
    word_table(d, [
        ["Risk", "RAG", "Action to reduce"],
        ["Staff transferring from the out-of-hours co-operative under TUPE may not be in post by "
         "1 October 2025, leaving overnight rota gaps.", "Amber",
         "A joint mobilisation group meets weekly and the co-operative's rota will be honoured until "
         "31 December 2025."],
        ["The combined service may not reduce attendances at Wealdmoor General Hospital's emergency "
         "department as planned.", "Amber",
         "Monthly activity reports to the Urgent and Emergency Care Board, with a contract review point "
         "after twelve months."],
    ], bold_header=True)
    para(d, "Report date: 7 July 2025")
    d.save(OUT / "wealdmoor-coast-icb_2025-07-16_board_integrated-urgent-care-awards.docx")


# -- 2. Cabinet report (DOCX) ---------------------------------------------------

def cabinet_report():
    d = new_document("Young People's Supported Accommodation: Recommissioning",
                     "Executive Director of Children's Services")
    word_table(d, [
        ["WESTMARCH COUNTY COUNCIL", ""],
        ["Report to", "Cabinet"],
        ["Date of meeting", "11 September 2025"],
        ["Report of", "Executive Director of Children's Services"],
        ["Cabinet Member", "Councillor Fiona Achterberg, Cabinet Member for Children and Families"],
        ["Title", "Young People's Supported Accommodation: Recommissioning"],
        ["Key decision", "Yes - Forward Plan reference KD/2025/044, first published 14 July 2025"],
        ["Electoral divisions", "All"],
        ["Appendices", "A - Equality impact assessment"],
    ], bold_first_col=True)

    para(d, "Summary", bold=True)
    para(d, "Supported accommodation for homeless 16 and 17 year olds and care leavers is provided under two "
            "contracts that end on 31 March 2026. A tender in two lots closed on 20 June 2025. This report "
            "seeks approval to award both lots.")

    para(d, "Recommendations", bold=True)
    para(d, "Cabinet is recommended to:")
    for text in [
        "1) award Lot 1 (accommodation-based support) to Stepping Stones Housing Trust and Lot 2 (floating "
        "support) to Kinfolk Youth Charity, each for three years from 1 April 2026 with an option to extend "
        "for two years;",
        "2) delegate to the Executive Director of Children's Services, after consulting the Cabinet Member, "
        "the decision to use the extension option;",
        "3) note the savings of £150,000 a year that the new contracts deliver.",
    ]:
        para(d, text)

    d.add_heading("1. Background", level=2)
    para(d, "1.1 The current services are:")
    for text in [
        "Foyer accommodation in Westmarch town, 32 units: provided by Stepping Stones Housing Trust "
        "(annual cost £812,000)",
        "Floating support for young people in their own tenancies: provided by Anchorpoint Support "
        "Services Ltd (annual cost £365,000)",
    ]:
        para(d, text, style="List Bullet")
    para(d, "1.2 Independent advocacy for young people in supported accommodation is provided by Youth "
            "Access Westmarch under a separate agreement with the Council, which is not affected.")
    para(d, "1.3 When supported places are full, young people are placed in emergency bed and breakfast at "
            "an average of £96 per night, which the new model aims to avoid.")

    d.add_heading("2. Tender outcome", level=2)
    para(d, "2.1 Five bids were received. The highest-scoring bids were Stepping Stones Housing Trust for "
            "Lot 1 at £905,000 a year and Kinfolk Youth Charity for Lot 2 at £405,000 a year, a combined "
            "£1.31m per annum. Anchorpoint Support Services Ltd bid for Lot 2 but was not successful.")

    d.add_heading("3. Financial implications", level=2)
    para(d, "3.1 The contracts are funded from the children's services budget and £1.02m of the "
            "Homelessness Prevention Grant. Reduced use of bed and breakfast is expected to save £150,000 a "
            "year from 2026/27. Contracts of £1m or more in total value are key decisions.")

    d.add_heading("4. Risks", level=2)
    para(d, "4.1 The principal risk is that Kinfolk Youth Charity, a new provider in the county, cannot "
            "recruit support workers in the rural south before April 2026. To manage this, the charity will "
            "offer posts to Anchorpoint staff under TUPE and the Council has agreed a phased start for the "
            "southern area.")
    para(d, "4.2 A further risk arises if demand rises above the 32 Foyer units, which would push young "
            "people back into bed and breakfast; officers will monitor occupancy weekly and can spot-purchase "
            "up to six additional units from the framework.")

    d.add_heading("5. Timetable", level=2)
    para(d, "5.1 Call-in period ends 19 September 2025; contracts signed by 31 October 2025; services "
            "start 1 April 2026.")
    para(d, "Contact: Samir Haddad, Commissioning Manager, tel. 01632 961 220")
    d.save(OUT / "westmarch-cc_2025-09-11_cabinet_young-peoples-supported-accommodation.docx")


# -- 3. Charity board minutes (DOCX) ---------------------------------------------

def charity_minutes():
    d = new_document("Minutes of the Board of Trustees", "Company Secretary")
    para(d, "HOLLINSWAY COMMUNITY TRUST", bold=True)
    para(d, "Registered charity no. 1190427 | Company limited by guarantee no. 11872203")
    para(d, "Minutes of the Board of Trustees meeting held on Wednesday 23 April 2025 at 5.30pm, "
            "The Old School, Brook Street, Hollinsway", bold=True)
    word_table(d, [
        ["Present", "Margaret Olawale (Chair); Dev Patel (Treasurer); Ruth Kingsley; Tomasz Nowak; "
                    "Grace Idris"],
        ["In attendance", "Helen Marsh (Chief Executive); Owen Price (Finance Manager); "
                          "Lucy Ferns (minutes)"],
        ["Apologies", "Stuart Beddoe"],
    ], bold_first_col=True)

    d.add_heading("1. Welcome and declarations of interest", level=3)
    para(d, "The Chair welcomed trustees. Tomasz Nowak declared that he is a councillor on Marlbridge "
            "Council and took no part in item 4.")

    d.add_heading("2. Minutes of the previous meeting", level=3)
    para(d, "The minutes of the meeting held on 22 January 2025 were approved and signed by the Chair.")

    d.add_heading("3. Action log", level=3)
    para(d, "All actions were complete except the website refresh, now due in June 2025.")

    d.add_heading("4. Chief Executive's report", level=3)
    para(d, "The Chief Executive reported that the Trust has been awarded the Hollinsway Social Prescribing "
            "contract by Marlbridge Council, worth £180,000 a year for three years from 1 July 2025. Five "
            "link workers will be recruited in May and June.")
    para(d, "NHS Fenwold ICB has renewed its grant of £45,000 for the Wellbeing Cafe until 31 March 2026.")
    para(d, "The building cleaning contract with BrightClean Services expires on 31 May 2025 and quotes "
            "are being sought.")
    para(d, "Agreed: to accept the Social Prescribing contract and to recruit five link workers on "
            "fixed-term contracts matching the contract term.")

    d.add_heading("5. Finance report", level=3)
    para(d, "Owen Price presented the draft accounts for the year to 31 March 2025. Income was £842,000 and "
            "unrestricted reserves stand at £212,000, equal to 5.1 months of running costs against the "
            "reserves policy target of six months.")
    para(d, "Decision: trustees approved the appointment of Ledgerline Accountants LLP as independent "
            "examiner for 2024/25 at a fee of £6,400.")
    para(d, "Decision: trustees approved the 2025/26 budget, which shows a planned surplus of £14,000.")

    d.add_heading("6. Risk register", level=3)
    para(d, "Trustees reviewed the risk register. The highest-rated risk remains the loss of income when "
            "statutory contracts end, which would force staff redundancies; it is being reduced by "
            "diversifying income through trust fundraising and room hire, with a target of 30 per cent of "
            "income from non-statutory sources by 2027.")
    para(d, "A new risk was added: that lone working by link workers in clients' homes could expose staff "
            "to harm. Controls are a lone working app, a buddy check-in system and personal safety "
            "training for all link workers before they start.")
    para(d, "The Board approved the updated risk register.")

    d.add_heading("7. Safeguarding", level=3)
    para(d, "Grace Idris, safeguarding lead trustee, reported two referrals in the quarter, both handled in "
            "line with policy. The report was noted.")

    d.add_heading("8. Any other business and date of next meeting", level=3)
    para(d, "None. The next meeting will be on Wednesday 16 July 2025.")
    para(d, "Signed ........................ (Chair)    Date ....................")
    d.save(OUT / "hollinsway-community-trust_2025-04-23_board-of-trustees_minutes.docx")


# -- 4. Contract award report (DOCX) ----------------------------------------------

def contract_award_report():
    d = new_document("Award of Grounds Maintenance Contract 2026-2031", "Parks and Open Spaces Manager")
    para(d, "LINDENFORD DISTRICT COUNCIL", bold=True)
    para(d, "Officer Decision Report - Contract Award", bold=True)
    word_table(d, [
        ["Decision title", "Award of Grounds Maintenance Contract 2026-2031"],
        ["Decision maker", "Director of Place (under delegation from the Executive, minute EX/24/118)"],
        ["Date of decision", "27 October 2025"],
        ["Procurement reference", "LDC-PRO-0419"],
        ["Contract start", "1 February 2026"],
        ["Contract end", "31 January 2031 (option to extend for 2 x 12 months)"],
        ["Total contract value", "£2,960,000 (£592,000 per annum)"],
        ["Procedure", "Open procedure under the Procurement Act 2023"],
    ], bold_first_col=True)

    d.add_heading("1. Decision", level=2)
    para(d, "To award the grounds maintenance contract for the Council's parks, cemeteries and housing "
            "land to Greenscape Contracting Ltd for five years from 1 February 2026, at a total contract "
            "value of £2,960,000.")

    d.add_heading("2. Background", level=2)
    para(d, "2.1 Grounds maintenance is currently carried out by Verdant Estates Ltd under a contract let in "
            "2019, which ends on 31 January 2026.")
    para(d, "2.2 The tender was advertised on 14 July 2025 and closed on 29 August 2025. Three tenders were "
            "received and evaluated on a 60% quality and 40% price basis.")

    d.add_heading("3. Evaluation", level=2)
    word_table(d, [
        ["Bidder", "Quality score (60)", "Price score (40)", "Total (100)", "Annual price"],
        ["Greenscape Contracting Ltd", "48.5", "37.9", "86.4", "£592,000"],
        ["Verdant Estates Ltd", "44.0", "36.1", "80.1", "£621,500"],
        ["Mowlands Ltd", "39.0", "40.0", "79.0", "£561,200"],
    ], bold_header=True)
    para(d, "3.1 Greenscape Contracting Ltd submitted the most advantageous tender. Unsuccessful bidders "
            "were notified on 20 October 2025.")

    d.add_heading("4. Financial implications", level=2)
    para(d, "4.1 The annual budget for grounds maintenance is £610,000, so the award is affordable. "
            "Additional works will be priced from the schedule of rates, for example £42 per hour for a "
            "two-person team with equipment. A performance bond of £59,200 (10% of the annual price) will "
            "be required.")

    d.add_heading("5. Risks", level=2)
    para(d, "5.1 Risk: the change of contractor in midwinter could delay the spring mowing programme. "
            "Response: Greenscape will take over Verdant's depot lease and the mobilisation plan starts "
            "site surveys in December 2025.")
    para(d, "5.2 Risk: Greenscape's price relies on electric mowers that are new to the firm. Response: "
            "the contract allows diesel equipment for the first season without penalty.")

    d.add_heading("6. Consultation", level=2)
    para(d, "6.1 The Portfolio Holder for Environment was consulted on 22 October 2025 and supports the "
            "award.")

    para(d, "Signed: Director of Place        Date: 28 October 2025")
    para(d, "Published: 29 October 2025")
    d.save(OUT / "lindenford-dc_2025-10-27_officer-decision_grounds-maintenance-award.docx")


# -- 5. Council committee minutes (PDF) --------------------------------------------

def committee_minutes_pdf():
    pdf = Paper(running_header="Environment and Transport Committee - 8 July 2025",
                footer="Page {page} of {pages}", title="Environment and Transport Committee minutes")
    pdf.add_page()
    heading(pdf, "STOURMERE CITY COUNCIL", size=14)
    heading(pdf, "ENVIRONMENT AND TRANSPORT COMMITTEE", size=12)
    paragraph(pdf, "Minutes of the meeting held on Tuesday 8 July 2025 at 10.00 am in the Guildhall, "
                   "Stourmere.")
    paragraph(pdf, "Present: Councillor L Mbatha (Chair), Councillor G Rowe (Vice-Chair), Councillors "
                   "A Dunmore, K Fitzgerald, H Ozturk, P Quigley and W Saunders.")
    paragraph(pdf, "Officers: Director of Environment and Transport, Head of Highways, Passenger Transport "
                   "Manager, Lawyer, Committee Officer.")
    heading(pdf, "14  Apologies and substitutions", size=11)
    paragraph(pdf, "There were no apologies.")
    heading(pdf, "15  Minutes", size=11)
    paragraph(pdf, "The Committee RESOLVED: A. That the minutes of the meeting held on 3 June 2025 be "
                   "approved as a correct record.")
    heading(pdf, "16  Highways term maintenance contract - extension", size=11)
    paragraph(pdf, "The Head of Highways reported that the highways term maintenance contract with Tarmore "
                   "Civils Ltd, let in 2019, allowed a final extension year. Performance had met 11 of 12 "
                   "indicators. The extension to 31 March 2027 would be worth £7.8m, within the highways "
                   "revenue and capital budgets of £21.4m.")
    paragraph(pdf, "Councillor Fitzgerald asked about resilience if the contractor failed. The Head of "
                   "Highways said that failure of the term contractor during the extension year was a low "
                   "likelihood but high impact risk; it was mitigated by quarterly financial checks and a "
                   "parent company guarantee.")
    paragraph(pdf, "The Committee RESOLVED:")
    bullet(pdf, "A. To extend the highways term maintenance contract with Tarmore Civils Ltd from 1 April "
                "2026 to 31 March 2027 at an estimated value of £7.8m.", marker="")
    bullet(pdf, "B. To ask the Director to report on options for the successor contract by December 2025.",
           marker="")
    heading(pdf, "17  Bus shelter advertising concession", size=11)
    paragraph(pdf, "The Passenger Transport Manager explained that Adverta Street Media Ltd would maintain "
                   "the city's 410 bus shelters and pay the Council a guaranteed £120,000 a year for the "
                   "advertising rights, under a ten-year concession from 1 September 2025.")
    paragraph(pdf, "The Committee RESOLVED: A. To grant the bus shelter advertising concession to Adverta "
                   "Street Media Ltd for ten years from 1 September 2025.")
    heading(pdf, "18  Park and ride performance", size=11)
    paragraph(pdf, "Members noted that the park and ride service, run by Stourline Buses under contract to "
                   "the Council, carried 1.2 million passengers in 2024/25. A flat fare of £3.50 will apply "
                   "from 1 August 2025.")
    paragraph(pdf, "The Committee RESOLVED: A. To note the report.")
    heading(pdf, "19  Date of next meeting", size=11)
    paragraph(pdf, "Tuesday 16 September 2025 at 10.00 am.")
    paragraph(pdf, "The meeting ended at 11.40 am.")
    paragraph(pdf, "CHAIR")
    save(pdf, OUT / "stourmere-cc_2025-07-08_environment-and-transport-committee_minutes.pdf")


# -- 6. Decision record (PDF) -------------------------------------------------------

def decision_record_pdf():
    pdf = Paper(running_header=None, footer="Hensby Borough Council - Record of Executive Decision",
                title="Record of Executive Decision ED/25/019")
    pdf.add_page()
    heading(pdf, "HENSBY BOROUGH COUNCIL", size=14)
    heading(pdf, "RECORD OF EXECUTIVE DECISION BY AN INDIVIDUAL CABINET MEMBER", size=11)
    table(pdf, [
        ["Decision reference", "ED/25/019"],
        ["Title", "Domestic Abuse Refuge: Variation to Add Four Units"],
        ["Decision maker", "Cabinet Member for Housing and Homelessness, Councillor Amira Sadiq"],
        ["Date of decision", "14 August 2025"],
        ["Key decision", "No"],
        ["Wards", "All wards"],
    ], widths=[50, 120], ruled=True, header=None, size=10)
    heading(pdf, "Decision", size=11)
    bullet(pdf, "1. To vary the domestic abuse refuge contract with Safe Harbour Women's Aid to add four "
                "units of family accommodation from 1 October 2025, at an additional cost of £118,000 a "
                "year, taking the annual contract value to £642,000.", marker="")
    bullet(pdf, "2. To note that the contract term is unchanged and ends on 31 March 2028.", marker="")
    heading(pdf, "Reasons for the decision", size=11)
    paragraph(pdf, "Safe Harbour Women's Aid has run the refuge since 2023 under a contract worth £524,000 "
                   "a year. Demand from families has exceeded capacity in every month since January 2025. "
                   "The variation is funded from the Domestic Abuse Safe Accommodation grant, which is "
                   "£1.18m for 2025/26.")
    heading(pdf, "Alternative options considered and rejected", size=11)
    paragraph(pdf, "Spot-purchasing refuge places out of area at around £145 per night was rejected as "
                   "more costly and because families would lose local support networks.")
    heading(pdf, "Conflicts of interest and dispensations", size=11)
    paragraph(pdf, "None declared.")
    heading(pdf, "Call-in", size=11)
    paragraph(pdf, "This decision is subject to call-in and may be implemented from 22 August 2025.")
    table(pdf, [
        ["Signed", "Councillor Amira Sadiq"],
        ["Date signed", "15 August 2025"],
        ["Date of publication", "15 August 2025"],
        ["Contact officer", "Head of Housing Options, 01632 960 331"],
    ], widths=[50, 120], ruled=True, header=None, size=10)
    save(pdf, OUT / "hensby-bc_2025-08-14_decision-record_refuge-variation.pdf")


# -- 7. Trust board report, table over a page break (PDF) ---------------------------

SUBCONTRACT_ROWS = [
    ["Service", "Provider", "Type", "2025/26 value (£000)", "Expiry"],
    ["MRI scanning (additional capacity)", "Claremont Imaging Ltd", "Subcontract", "1,450", "31/03/2026"],
    ["Cataract surgery (insourcing)", "Vista Day Surgery Ltd", "Subcontract", "980", "31/03/2026"],
    ["Patient transport (non-emergency)", "Amberline Transport Services", "Outsourced service", "2,310",
     "30/06/2027"],
    ["Pathology courier service", "Swiftlink Couriers Ltd", "Outsourced service", "186", "31/12/2025"],
    ["Sterile services", "Merebrook Sterile Services LLP", "Joint venture", "3,020", "31/03/2029"],
    ["Interpreting and translation", "Lingua Bridge CIC", "Outsourced service", "244", "31/03/2026"],
    ["Community dental (special care)", "Smilewell Dental Partnership", "Subcontract", "612", "31/03/2027"],
    ["Hospital discharge support", "Merebrook Age Concern", "Grant agreement", "95", "31/03/2026"],
    ["Total", "", "", "8,897", ""],
]


def trust_report_pdf():
    pdf = Paper(running_header="Merebrook Teaching Hospitals NHS Foundation Trust - Board of Directors "
                               "(Public) - 25 September 2025 - Item 14",
                footer="Page {page} of {pages}", title="Subcontracted and Outsourced Services: Annual Review")
    pdf.add_page()
    heading(pdf, "Merebrook Teaching Hospitals NHS Foundation Trust", size=14)
    table(pdf, [
        ["Meeting", "Board of Directors (Public)"],
        ["Date", "25 September 2025"],
        ["Item", "14"],
        ["Title", "Subcontracted and Outsourced Services: Annual Review"],
        ["Lead director", "Chief Finance Officer"],
        ["Action required of the Board",
         "The Board is asked to RECEIVE the review for assurance, APPROVE the renewal of the MRI "
         "subcontract with Claremont Imaging Ltd for 2026/27, and NOTE the five arrangements that expire "
         "by 31 March 2026."],
        ["Link to BAF", "BAF 2 (elective recovery); BAF 5 (financial sustainability)"],
    ], widths=[55, 115], ruled=True, header=None, size=10)
    heading(pdf, "1. Purpose", size=11)
    paragraph(pdf, "1.1 The Trust's Standing Financial Instructions require an annual review of clinical "
                   "and support services that the Trust buys from other organisations. This report covers "
                   "the position at 31 August 2025.")
    heading(pdf, "2. Background", size=11)
    paragraph(pdf, "2.1 The Trust's operating income for 2025/26 is planned at £612m, and its cost "
                   "improvement programme is £24.5m. Subcontracted services represent less than 2% of "
                   "expenditure but are critical to elective recovery.")
    paragraph(pdf, "2.2 The Trust is itself commissioned by NHS Merebrook and Lowland Integrated Care Board "
                   "under an aligned payment and incentive contract, and provides community paediatrics to "
                   "Lowland County Council under a section 75 agreement. These are outside the scope of "
                   "this review.")
    paragraph(pdf, "2.3 The review looked at value for money, quality and contract management for each "
                   "arrangement. Each contract manager completed a self-assessment, which the procurement "
                   "team checked against invoices, activity reports and the contract register. Clinical "
                   "leads were asked whether the service could be brought back in-house within two years; "
                   "in every case the answer was no, chiefly because of workforce constraints.")
    heading(pdf, "3. Current arrangements", size=11)
    paragraph(pdf, "3.1 Table 1 lists the arrangements in place at 31 August 2025, with their planned "
                   "value for 2025/26.")
    paragraph(pdf, "Table 1: Subcontracted and outsourced services")
    # Starts low on page 1 so that fpdf2 carries the table over the page break.
    assert 200 < pdf.get_y() < 250, pdf.get_y()
    table(pdf, SUBCONTRACT_ROWS, widths=[48, 48, 28, 26, 20], ruled=True, header="bold",
          repeat_header=False, size=9)
    heading(pdf, "4. Findings", size=11)
    paragraph(pdf, "4.1 Claremont Imaging Ltd delivered 9,600 additional MRI scans at a tariff of £151 per "
                   "scan. Renewal for 2026/27 is recommended at the same price, an estimated £1.5m.")
    paragraph(pdf, "4.2 The pathology courier contract with Swiftlink Couriers Ltd expires on 31 December "
                   "2025 and will be re-tendered jointly with neighbouring trusts.")
    paragraph(pdf, "4.3 Merebrook Age Concern receives £95,000 a year from the Trust to help older patients "
                   "home from hospital; this grant will be reviewed in January 2026.")
    paragraph(pdf, "4.4 Laundry is supplied by Crestwash Laundry Services under a regional framework "
                   "call-off managed by the NHS supply chain; it is not included in Table 1.")
    heading(pdf, "5. Risks", size=11)
    paragraph(pdf, "5.1 If Claremont Imaging Ltd withdrew its mobile scanner, then around 800 scans a month "
                   "would be lost, resulting in diagnostic waits beyond six weeks for cancer pathways. The "
                   "Trust holds a second-supplier agreement on the regional imaging framework that can be "
                   "activated within four weeks.")
    paragraph(pdf, "5.2 If Amberline Transport Services fails to meet its 60-minute collection standard, "
                   "then discharges will be delayed and beds blocked. Service credits of up to 5% of the "
                   "monthly charge apply and performance is reviewed at a monthly contract meeting.")
    paragraph(pdf, "Prepared by: Head of Procurement, 12 September 2025")
    save(pdf, OUT / "merebrook-th-nhsft_2025-09-25_trust-board_subcontracted-services-review.pdf")


# -- 8. Risk register appendix with a landscape page (PDF) --------------------------

REGISTER_ROWS = [
    ["Ref", "Risk (cause, event, effect)", "Owner", "Inherent\nL x I", "Controls in place", "Residual\nscore",
     "Further actions", "Target date"],
    ["SR1", "Rising demand for adult social care and provider cost increases cause a budget overspend, "
            "leading to use of reserves and service reductions.",
     "Director of Adult Services", "5 x 5 = 25",
     "Monthly budget monitoring; demand management programme; fee uplift policy agreed with providers.",
     "20", "Review of high-cost packages; bid to the ICB for joint funding.", "31/03/2026"],
    ["SR2", "A cyber attack disables the Council's networks, preventing payments and access to case "
            "records for several weeks.",
     "Chief Digital Officer", "4 x 5 = 20",
     "Multi-factor authentication; immutable back-ups tested quarterly; staff phishing training.",
     "12", "Complete the move to the new security operations service.", "30/06/2026"],
    ["SR3", "Failure of Halcyon Digital Ltd, which provides the revenues and benefits system, interrupts "
            "council tax billing and benefit payments.",
     "Director of Finance", "3 x 5 = 15",
     "Escrow of the source code; exit plan in the contract; annual supplier financial checks.",
     "10", "Test the exit plan with the supplier.", "31/12/2025"],
    ["SR4", "Insufficient school places in the north of the city by September 2027 because housing "
            "growth outpaces the capital programme.",
     "Director of Children's Services", "4 x 4 = 16",
     "School place planning model updated each term; developer contributions secured.",
     "12", "Agree the expansion of two primary schools.", "31/03/2026"],
    ["SR5", "Loss of experienced social workers to agency roles reduces the quality of child protection "
            "work.",
     "Director of Children's Services", "4 x 4 = 16",
     "Market supplement; regional agency pay cap; ASYE academy for newly qualified staff.",
     "12", "Launch the 'grow your own' apprenticeship route.", "30/09/2026"],
]


def risk_register_pdf():
    pdf = Paper(running_header="Selbourne City Council - Audit Committee - 20 November 2025 - Appendix 2",
                footer="Page {page} of {pages}", title="Appendix 2: Strategic Risk Register")
    pdf.add_page()
    heading(pdf, "Selbourne City Council", size=14)
    heading(pdf, "Audit Committee, 20 November 2025", size=11)
    heading(pdf, "Appendix 2: Strategic Risk Register (position as at 31 October 2025)", size=12)
    paragraph(pdf, "This appendix sets out the Council's strategic risks as reviewed by the Corporate "
                   "Leadership Team on 4 November 2025. Scores use a five-point scale for likelihood (L) "
                   "and impact (I). Risks scoring 15 or more after controls are reported to Cabinet.")
    paragraph(pdf, "Changes since the last report (September 2025): SR2 reduced from 16 to 12 following "
                   "the back-up testing; SR5 added.")
    paragraph(pdf, "The Audit Committee is asked to review the register and to comment on the adequacy of "
                   "the controls for the risks scoring 15 or more after controls.")
    pdf.add_page(orientation="L")
    heading(pdf, "Strategic Risk Register", size=11)
    table(pdf, REGISTER_ROWS, widths=[11, 62, 27, 20, 55, 17, 43, 22], ruled=True, header="shaded",
          size=8)
    paragraph(pdf, "Printed 12/11/2025", size=8)
    save(pdf, OUT / "selbourne-city-council_2025-11-20_audit-committee_strategic-risk-register.pdf")


def main():
    OUT.mkdir(exist_ok=True)
    icb_board_report()
    cabinet_report()
    charity_minutes()
    contract_award_report()
    committee_minutes_pdf()
    decision_record_pdf()
    trust_report_pdf()
    risk_register_pdf()
    print("written to", OUT)


if __name__ == "__main__":
    main()
