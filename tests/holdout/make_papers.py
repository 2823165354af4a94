"""Regenerate the generated held-out papers in tests/holdout/papers (the second round).

    .venv/bin/python tests/holdout/make_papers.py

* a DOCX built with python-docx: a metropolitan borough council cabinet report on home care
  (cover table, Word-numbered recommendations, Provider | Service | Annual value | Contract end
  table, timetable table, Risk | Likelihood | Impact | Mitigation table);
* a PDF built with tests/pdfgen.py: a London borough Health and Wellbeing Board report with a
  contracts table ruled over two pages (header repeated) and a numbered risk register.

The HTML paper of the round (an ICB committee page) is written by hand and is not generated.

Third round:

* a PDF: an NHS foundation trust's public board paper (unruled cover sheet, a Subcontractor |
  Service | Value (£000s) | Expiry table, a Risk | Controls | Gaps | Actions assurance framework
  table, dates such as "Q3 2024/25", "w/c 3 February 2025" and "end of March 2025");
* a DOCX: a unitary council cabinet report awarding a contract after a tender (evaluation scores
  table, the preferred bidder, a whole-term value with an extension option, a procurement
  timetable, savings in the implications, lettered recommendations).

The round's TXT paper (a county council scrutiny paper) is written by hand.
All authorities, providers, people and figures are fictional.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path


HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402


DOCX_NAME = "harrowfield-mbc_2024-01-16_cabinet_home-care-framework.docx"
PDF_NAME = "greyfriars-lb_2024-06-18_hwb_sexual-health-and-drug-alcohol-services.pdf"
TRUST_PDF_NAME = "wealdmoor-hft_2025-01-30_trust-board_subcontracts-and-baf.pdf"
AWARD_DOCX_NAME = "brackenford-council_2025-02-11_cabinet_healthy-lifestyles-contract-award.docx"


def make_docx(path: Path) -> Path:
    doc = docxgen.new("Sunita Raval", dt.datetime(2024, 1, 5, 9, 0))
    docxgen.banner(doc, "HARROWFIELD METROPOLITAN BOROUGH COUNCIL")
    docxgen.table(doc, [
        ["Report to:", "Cabinet"],
        ["Date:", "16 January 2024"],
        ["Title:", "Adult Social Care – Home Care Framework Recommissioning"],
        ["Report author:", "Sunita Raval, Strategic Commissioning Manager (Adults)"],
        ["Cabinet Member:", "Councillor Owen Pryce, Cabinet Member for Adult Social Care"],
        ["Key decision:", "Yes"],
        ["Wards affected:", "All wards"],
    ], header=False)

    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "1.1 Harrowfield Metropolitan Borough Council (the Council) buys around 11,500 hours of home "
        "care each week for adults who are eligible for support under the Care Act 2014. Most of this "
        "care is delivered through four contracts which were let in 2019 and which end during 2024 "
        "and 2025.")
    doc.add_paragraph(
        "1.2 This report asks Cabinet to extend two of those contracts for six months and to approve "
        "the procurement of a new Home Care Framework to start on 1 October 2024.")

    doc.add_heading("2. Recommendations", level=1)
    doc.add_paragraph("Cabinet is recommended to:")
    for text in [
        "Approve the extension of the home care contracts with Kestrel Home Care Ltd and Bramblewood "
        "Care Services Ltd from 1 April 2024 to 30 September 2024 on their existing terms.",
        "Approve the procurement of a Home Care Framework for an initial term of four years from "
        "1 October 2024, with an option to extend for one further year.",
        "Delegate authority to the Director of Adult Social Services, in consultation with the Cabinet "
        "Member for Adult Social Care, to award places on the framework.",
        "Note the financial implications set out in section 6.",
    ]:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("3. Current arrangements", level=1)
    doc.add_paragraph("3.1 The Council's current home care and related contracts are set out in Table 1.")
    doc.add_paragraph("Table 1: Current contracts")
    docxgen.table(doc, [
        ["Provider", "Service", "Annual value", "Contract end"],
        ["Kestrel Home Care Ltd", "Home care – North and West localities", "£4,250,000", "31 March 2024"],
        ["Bramblewood Care Services Ltd", "Home care – South and East localities", "£3,980,000", "31 March 2024"],
        ["Ashgrove Homecare CIC", "Extra care housing support", "£1,120,000", "30 September 2024"],
        ["Wrenfield Reablement Ltd", "Short-term reablement at home", "£765,000", "31 March 2025"],
        ["Total", "", "£10,115,000", ""],
    ])
    doc.add_paragraph(
        "3.2 In addition, about 900 hours a week are bought on a spot basis from 23 other registered "
        "providers at an average rate of £23.40 an hour.")
    doc.add_paragraph(
        "3.3 The extra care support contract with Ashgrove Homecare CIC commenced on 1 October 2019 and "
        "will become a separate lot of the new framework when it ends.")

    doc.add_heading("4. Performance and market position", level=1)
    doc.add_paragraph(
        "4.1 Kestrel and Bramblewood have each delivered at least 95% of planned visits in 2022/23. "
        "Unmet need peaked at 1,450 hours a week in December 2022 and has since fallen to 310 hours.")
    doc.add_paragraph(
        "4.2 Provider engagement events were held on 14 November 2023 and 28 November 2023 and were "
        "attended by 31 providers.")

    doc.add_heading("5. Proposed framework and timetable", level=1)
    doc.add_paragraph(
        "5.1 The framework will be divided into three lots: home care in four localities, extra care "
        "housing support, and complex care at home.")
    doc.add_paragraph("5.2 The key milestones are:")
    docxgen.table(doc, [
        ["Milestone", "Date"],
        ["Cabinet approval", "16 January 2024"],
        ["Tender published", "5 February 2024"],
        ["Tender closes", "15 March 2024"],
        ["Evaluation and moderation", "March – April 2024"],
        ["Award decision", "May 2024"],
        ["Mobilisation", "June – September 2024"],
        ["Framework starts", "1 October 2024"],
    ])

    doc.add_heading("6. Financial implications", level=1)
    doc.add_paragraph(
        "6.1 The home care budget for 2024/25 is £10.6 million, including a 6.5% fee uplift costing "
        "£657,000 which is provided for in the Medium Term Financial Plan.")
    doc.add_paragraph(
        "6.2 The Adult Social Care savings programme requires savings of £450,000 from home care in "
        "2024/25, to be delivered through greater use of reablement and assistive technology.")
    doc.add_paragraph(
        "6.3 The estimated total value of the framework over five years is £56 million. This estimate "
        "is for procurement purposes only and does not commit the Council to any level of spend.")

    doc.add_heading("7. Legal implications", level=1)
    doc.add_paragraph(
        "7.1 The procurement will follow the light touch regime of the Public Contracts Regulations 2015. "
        "The current contracts allow the proposed extensions.")

    doc.add_heading("8. Risks", level=1)
    docxgen.table(doc, [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        ["Providers do not bid because the hourly rate is seen as too low", "Medium", "High",
         "Rate set using the cost of care exercise; market engagement before the tender"],
        ["Care workers leave during the transfer between contracts, causing missed visits", "Medium", "High",
         "TUPE obligations set out in the tender; a three-month mobilisation with weekly provider meetings"],
        ["The procurement timetable slips beyond 30 September 2024", "Low", "Medium",
         "A further short extension is available under the current contracts"],
    ])

    doc.add_heading("9. Background papers", level=1)
    doc.add_paragraph("None.")
    doc.save(str(path))
    return path


CONTRACTS = [
    ["Ref", "Service", "Provider", "Type", "Annual value", "Start", "End"],
    ["SH1", "Integrated sexual health service (clinic-based, including contraception)",
     "Greyfriars and Northwick Hospitals NHS Trust", "Block", "£3,420,000", "01/04/2021", "31/03/2026"],
    ["SH2", "Online STI testing and treatment", "Corvid Diagnostics Ltd", "Cost per test", "£465,000",
     "01/10/2022", "30/09/2025"],
    ["SH3", "Long-acting reversible contraception in primary care", "GP practices (23 practices)",
     "Tariff", "£310,000", "01/04/2023", "31/03/2025"],
    ["SH4", "HIV prevention and outreach for communities at higher risk", "Tollgate Health Trust (registered charity)",
     "Grant", "£128,000", "01/04/2022", "31/03/2025"],
    ["DA1", "Adult drug and alcohol treatment and recovery service", "Oakhollow Recovery Partnership",
     "Block", "£3,960,000", "01/07/2020", "30/06/2025"],
    ["DA2", "Young people's substance misuse service", "Oakhollow Recovery Partnership", "Block",
     "£285,000", "01/07/2020", "30/06/2025"],
    ["DA3", "Inpatient detoxification beds (call-off from a London framework)", "Fernleigh Clinic Ltd",
     "Spot purchase", "£140,000", "01/04/2023", "31/03/2027"],
    ["DA4", "Supervised consumption in community pharmacies", "Community pharmacies", "Cost per item",
     "£96,000", "01/04/2023", "31/03/2025"],
    ["", "Total", "", "", "£8,804,000", "", ""],
]

RISKS = [
    ["No.", "Risk description", "Score (L x I)", "Controls and mitigations"],
    ["1", "Too few bidders for a joint sexual health contract covering two boroughs", "12 (3 x 4)",
     "Soft market testing in July 2024; separate lots for online and clinic services will be considered"],
    ["2", "People in drug and alcohol treatment disengage if the provider changes", "9 (3 x 3)",
     "The extension to June 2026 allows a planned transition; peer mentors retained throughout"],
    ["3", "The public health grant is reduced after 2025/26", "16 (4 x 4)",
     "New contracts to include a break clause and flexibility over volumes"],
]


def make_pdf(path: Path) -> Path:
    title = "Sexual Health and Drug and Alcohol Services: Contract Review and Recommissioning Plan"
    pdf = pdfgen.Paper(running_header="Health and Wellbeing Board - 18 June 2024", title=title,
                       author="Marcus Adeyemi")
    pdfgen.cover(pdf, "LONDON BOROUGH OF GREYFRIARS", [
        ["Report to", "Health and Wellbeing Board"],
        ["Date of meeting", "18 June 2024"],
        ["Title", title],
        ["Report author", "Marcus Adeyemi, Public Health Commissioning Lead"],
        ["Lead officer", "Dr Ruth Okafor, Director of Public Health"],
        ["Classification", "Part 1 - Public"],
    ])
    pdfgen.heading(pdf, "1. Summary")
    pdfgen.paragraph(pdf, "1.1 The Council's public health grant for 2024/25 is £24.8 million. Around "
                          "£8.8 million of it funds sexual health and drug and alcohol services through the "
                          "contracts listed in Table 1.")
    pdfgen.paragraph(pdf, "1.2 Several of these contracts end in 2025 or 2026. The Board is asked to endorse "
                          "the recommissioning plan before the procurement strategy goes to Cabinet on "
                          "9 September 2024.")
    pdfgen.heading(pdf, "2. Recommendations")
    pdfgen.paragraph(pdf, "2.1 The Health and Wellbeing Board is recommended to:")
    pdfgen.bullet(pdf, "i. endorse the plan to recommission integrated sexual health services jointly with the "
                       "London Borough of Fenwick from 1 April 2026;", marker="")
    pdfgen.bullet(pdf, "ii. note the performance of the current contracts summarised in section 5;", marker="")
    pdfgen.bullet(pdf, "iii. agree that the Director of Public Health brings the procurement strategy to "
                       "Cabinet on 9 September 2024.", marker="")
    pdfgen.heading(pdf, "3. Background")
    pdfgen.paragraph(pdf, "3.1 Since 1 April 2013 the Council has been responsible for commissioning open-access "
                          "sexual health services and drug and alcohol treatment under the Health and Social "
                          "Care Act 2012.")
    pdfgen.paragraph(pdf, "3.2 The supplementary substance misuse treatment and recovery grant provides a further "
                          "£1.3 million in 2024/25. The grant is confirmed only until 31 March 2025.")
    pdfgen.heading(pdf, "4. Current contracts")
    pdfgen.paragraph(pdf, "4.1 Table 1 lists the contracts in scope of this review. Values are annual and "
                          "exclude VAT.")
    pdfgen.paragraph(pdf, "Table 1: Public health contracts in scope")
    pdfgen.table(pdf, CONTRACTS, widths=[11, 41, 38, 20, 22, 19, 19], ruled=True, header="shaded",
                 repeat_header=True, size=8.5)
    pdfgen.heading(pdf, "5. Performance")
    pdfgen.paragraph(pdf, "5.1 Clinic attendances rose by 9% in 2023/24 while online testing kits returned rose "
                          "by 21%. The adult treatment service met four of its six key performance indicators; "
                          "successful completions remain below the London average.")
    pdfgen.heading(pdf, "6. Recommissioning plan")
    pdfgen.paragraph(pdf, "6.1 The Council and the London Borough of Fenwick intend to procure one integrated "
                          "sexual health service for both boroughs from 1 April 2026, with Greyfriars acting as "
                          "lead commissioner.")
    pdfgen.paragraph(pdf, "6.2 The adult and young people's drug and alcohol contracts will be extended by "
                          "12 months to 30 June 2026 using the extension option in each contract.")
    pdfgen.paragraph(pdf, "6.3 The proposed timetable is:")
    for line in ["Soft market testing: July 2024",
                 "Cabinet approval of the procurement strategy: 9 September 2024",
                 "Invitation to tender: October 2024",
                 "Contract award: March 2025",
                 "New sexual health service starts: 1 April 2026"]:
        pdfgen.bullet(pdf, line, marker="-")
    pdfgen.heading(pdf, "7. Financial implications")
    pdfgen.paragraph(pdf, "7.1 The recommissioned sexual health service has an indicative budget of £3.3 million "
                          "a year, a saving of £120,000 a year against the current contract.")
    pdfgen.paragraph(pdf, "7.2 One-off mobilisation costs will be met from the public health reserve, which "
                          "stands at £650,000.")
    pdfgen.heading(pdf, "8. Risk management")
    pdfgen.paragraph(pdf, "8.1 The main risks and the controls in place are set out below.")
    pdfgen.table(pdf, RISKS, widths=[12, 62, 26, 70], ruled=True, header="bold", size=9)
    pdfgen.heading(pdf, "9. Background papers")
    pdfgen.paragraph(pdf, "Greyfriars Sexual Health Needs Assessment 2023.")
    return pdfgen.save(pdf, path)


SUBCONTRACTS = [
    ["Subcontractor", "Service", "Value (£000s)", "Expiry"],
    ["Kinfield Diagnostics Ltd", "Community phlebotomy and anticoagulation clinics", "1,240", "31 March 2026"],
    ["Sandpiper Imaging LLP", "Non-obstetric ultrasound (additional capacity)", "860", "30 September 2025"],
    ["St Brannock's Hospice", "Specialist palliative care beds", "415", "end of March 2025"],
    ["Marram Patient Transport Ltd", "Non-emergency patient transport", "2,075", "Q3 2025/26"],
    ["Total", "", "4,590", ""],
]

BAF = [
    ["Risk", "Controls", "Gaps", "Actions"],
    ["BAF 1 Elective recovery: the Trust does not eliminate waits of over 65 weeks by the end of March 2025.",
     "Weekly access meeting chaired by the Chief Operating Officer; additional ultrasound capacity bought from "
     "Sandpiper Imaging LLP.",
     "Theatre staffing vacancies in orthopaedics.",
     "Recruit two further theatre teams in Q4 2024/25; validate the waiting list w/c 3 February 2025."],
    ["BAF 2 Financial sustainability: the Trust does not deliver its £14.2m efficiency programme in 2024/25.",
     "Monthly review by the Finance and Performance Committee; the programme management office tracks "
     "every scheme.",
     "£3.1m of schemes are not yet identified.",
     "Divisional recovery plans to be agreed by the end of February 2025."],
    ["BAF 3 Subcontractor failure: a subcontractor cannot deliver its service, disrupting patient care.",
     "Quarterly contract review meetings with each subcontractor; financial checks at award and annually.",
     "No exit plan for the palliative care beds.",
     "Exit and continuity plans for every subcontract by Q1 2025/26."],
]


def make_trust_pdf(path: Path) -> Path:
    title = "Subcontract Assurance and Board Assurance Framework Update"
    pdf = pdfgen.Paper(running_header="Wealdmoor Hospitals NHS Foundation Trust", title=title,
                       author="Helen Marsh")
    pdfgen.cover(pdf, "Wealdmoor Hospitals NHS Foundation Trust", [
        ["Report to:", "Trust Board (Public)"],
        ["Date of meeting:", "30 January 2025"],
        ["Agenda item:", "14"],
        ["Report title:", title],
        ["Executive lead:", "Helen Marsh, Chief Finance Officer"],
        ["Purpose:", "Approval and assurance"],
    ], widths=(40, 130), ruled=False, size=15)
    pdfgen.heading(pdf, "Executive summary")
    pdfgen.paragraph(pdf, "Wealdmoor Hospitals NHS Foundation Trust (the Trust) provides acute and community "
                          "services under an NHS Standard Contract with NHS Tamar Reach Integrated Care Board "
                          "(the ICB), worth £418.6m in 2024/25. Some services under that contract are delivered "
                          "for the Trust by subcontractors. This paper sets out the subcontracts the Trust holds "
                          "and the quarterly update of the Board Assurance Framework (BAF) for Q3 2024/25.")
    pdfgen.heading(pdf, "Recommendation")
    pdfgen.paragraph(pdf, "The Board is asked to:")
    pdfgen.bullet(pdf, "approve the extension of the non-emergency patient transport subcontract with Marram "
                       "Patient Transport Ltd to the end of March 2026;", marker="a)")
    pdfgen.bullet(pdf, "note the subcontract register and the plan to re-procure community phlebotomy;",
                  marker="b)")
    pdfgen.bullet(pdf, "approve the Board Assurance Framework for Q3 2024/25.", marker="c)")
    pdfgen.heading(pdf, "1. Subcontracts held by the Trust")
    pdfgen.paragraph(pdf, "1.1 The Trust remains accountable to the ICB for every subcontracted service. The "
                          "subcontracts in place are listed below; values are annual.")
    pdfgen.table(pdf, SUBCONTRACTS, widths=[45, 65, 28, 32], ruled=True, header="bold", size=9)
    pdfgen.paragraph(pdf, "1.2 The hospice subcontract will be renewed for one year from 1 April 2025 on the same "
                          "terms. The transport subcontract allows an extension of up to six months; the "
                          "Executive Team recommends using it so that patient transport can be re-procured "
                          "jointly with the ICB.")
    pdfgen.paragraph(pdf, "1.3 The phlebotomy subcontract cannot be extended again. The proposed timetable for "
                          "its re-procurement is:")
    for line in ["Market engagement event: w/c 3 February 2025",
                 "Invitation to tender: Q1 2025/26",
                 "Award decision: Q3 2025/26",
                 "New subcontract starts: 1 April 2026"]:
        pdfgen.bullet(pdf, line, marker="-")
    pdfgen.heading(pdf, "2. Financial implications")
    pdfgen.paragraph(pdf, "2.1 Subcontract costs are met from the ICB contract income. The Trust's capital "
                          "programme for 2024/25 is £22.5m, of which £1.8m is for diagnostic equipment.")
    pdfgen.heading(pdf, "3. Board Assurance Framework")
    pdfgen.paragraph(pdf, "3.1 The principal risks to the Trust's strategic objectives are summarised below.")
    pdfgen.table(pdf, BAF, widths=[46, 46, 34, 44], ruled=True, header="bold", size=8.5)
    pdfgen.paragraph(pdf, "3.2 The next BAF update will come to the Board at the end of April 2025.")
    return pdfgen.save(pdf, path)


def make_award_docx(path: Path) -> Path:
    doc = docxgen.new("Gareth Nwosu", dt.datetime(2025, 1, 28, 9, 0))
    doc.add_heading("Brackenford Council", level=0)
    doc.add_paragraph("Cabinet - 11 February 2025")
    doc.add_heading("Award of Contract: Integrated Healthy Lifestyles Service", level=1)
    doc.add_paragraph("Portfolio holder: Councillor Amira Lowe, Cabinet Member for Health and Wellbeing")
    doc.add_paragraph("Report author: Gareth Nwosu, Public Health Commissioning Manager")
    doc.add_paragraph("Key decision: Yes. Exempt information: Appendix B only.")

    doc.add_heading("Purpose of the report", level=2)
    doc.add_paragraph(
        "This report sets out the outcome of the tender for the Integrated Healthy Lifestyles Service "
        "(stop smoking, weight management and NHS Health Checks) and seeks approval to award the contract "
        "to the preferred bidder.")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("Cabinet is recommended to:")
    for text in [
        "(a) approve the award of the contract for the Integrated Healthy Lifestyles Service to Thistledown "
        "Wellbeing CIC, the preferred bidder, for five years from 1 September 2025;",
        "(b) delegate authority to the Director of Public Health, in consultation with the Cabinet Member "
        "for Health and Wellbeing, to agree the final terms and enter into the contract;",
        "(c) note the saving against the current contract set out in the financial implications.",
    ]:
        doc.add_paragraph(text)

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "The service is currently provided by Oldcastle Health Ltd under a contract worth £780,000 a year, "
        "which ends on 31 August 2025 and cannot be extended further.")
    doc.add_paragraph(
        "In September 2024 Cabinet approved a competitive tender for a single integrated service, funded "
        "from the public health grant.")

    doc.add_heading("The tender", level=2)
    doc.add_paragraph(
        "Three compliant bids were received. Bids were evaluated 60% on quality and social value and 40% "
        "on price. The scores after moderation were:")
    docxgen.table(doc, [
        ["Bidder", "Quality (60%)", "Price (40%)", "Total (100%)", "Tendered price (5 years)"],
        ["Thistledown Wellbeing CIC", "52.8", "38.5", "91.3", "£3,600,000"],
        ["Bidder B", "47.4", "40.0", "87.4", "£3,465,000"],
        ["Bidder C", "41.0", "35.2", "76.2", "£3,940,000"],
    ])
    doc.add_paragraph(
        "Thistledown Wellbeing CIC achieved the highest overall score and is the preferred bidder. The "
        "contract will be worth £3.6m over five years, with an option to extend for two further years. "
        "The contract will run from 1 September 2025 to 31 August 2030.")
    doc.add_paragraph("The procurement timetable was:")
    docxgen.table(doc, [
        ["Stage", "Date"],
        ["Invitation to tender published", "4 November 2024"],
        ["Clarification questions close", "22 November 2024"],
        ["Tender submission deadline", "6 December 2024"],
        ["Evaluation and moderation", "9 December 2024 – 17 January 2025"],
        ["Cabinet decision", "11 February 2025"],
        ["Standstill period ends", "24 February 2025"],
        ["Mobilisation", "March – August 2025"],
        ["Contract start", "1 September 2025"],
    ])

    doc.add_heading("Financial implications", level=2)
    doc.add_paragraph(
        "The annual budget for the service is £750,000 within the public health grant. The new contract "
        "costs £720,000 a year, a saving of £60,000 a year against the current contract, which will "
        "contribute to the Council's savings target of £2.4m for public health in 2025/26.")
    doc.add_paragraph(
        "If both extension years are used, the maximum value of the contract over seven years will be "
        "£5.04m.")
    doc.add_heading("Legal implications", level=2)
    doc.add_paragraph(
        "The procurement was run under the light touch regime of the Public Contracts Regulations 2015. "
        "A standstill period of ten days will follow the notification of the award decision. Staff of "
        "the current provider may transfer to Thistledown Wellbeing CIC under TUPE.")
    doc.add_heading("Risks", level=2)
    doc.add_paragraph(
        "There is a risk that an unsuccessful bidder challenges the award. This is mitigated by a "
        "moderated evaluation recorded in full and by the standstill period.")
    doc.add_paragraph(
        "The transfer of staff from Oldcastle Health Ltd under TUPE could delay mobilisation. To manage "
        "this, a mobilisation board will meet fortnightly from March 2025.")
    doc.add_heading("Background papers", level=2)
    doc.add_paragraph("Cabinet report, 10 September 2024: Healthy Lifestyles Service - procurement strategy.")
    doc.save(str(path))
    return path


def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    print(make_docx(PAPERS / DOCX_NAME))
    print(make_pdf(PAPERS / PDF_NAME))
    print(make_trust_pdf(PAPERS / TRUST_PDF_NAME))
    print(make_award_docx(PAPERS / AWARD_DOCX_NAME))


if __name__ == "__main__":
    main()
