"""Build the paraphrase10 BLIND papers (fictional authorities, providers, people and figures).

    .venv/bin/python tests/paraphrase10/make_papers.py

Writes twelve papers in tests/paraphrase10/papers/: four PDFs (a police and crime commissioner
decision record, combined authority board minutes, a trust board BAF extract with a landscape
table, budget monitoring with contract lines in £m), two DOCX (a fire authority award report, an
ICB committee paper on variations), two HTML pages (a ModernGov issue history page, ModernGov HWB
minutes) and four text files (parish minutes, a county procurement plan, a contracts register,
scrutiny minutes).  This set is BLIND: it is scored once per stop and its misses are never read.
Every sentence, name and figure is invented.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
from pdfgen import Paper, bullet, heading, paragraph, save, table  # noqa: E402

PAPERS = HERE / "papers"


def moderngov(site: str, title: str, body: str, crumbs: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title}</title></head>
<body class="mgBody">
<div id="skiplinks"><a href="#modgov">Jump to main content</a></div>
<div id="masthead"><a href="/"><img src="/images/logo.png" alt="{site} home page"></a>
<div id="sitesearch"><form action="/search"><input name="q" placeholder="Search this site"><button>Go</button></form></div></div>
<div id="menu"><a href="/">Home</a> | <a href="/mgListCommittees.aspx">Committee structure</a> | <a href="/mgCalendarMonthView.aspx">Meeting calendar</a> | <a href="/mgIssueHistoryHome.aspx">Forward plans</a></div>
<div id="crumbs">You are here: {crumbs}</div>
<div id="modgov">
{body}
</div>
<div id="pagefoot"><p>{site}, Town Hall. Telephone 01632 960000.</p><p><a href="/terms">Terms of use</a> - <a href="/cookies">Cookies</a></p></div>
</body></html>
"""


# ============================================================================ TXT / MD

OAKWORTH_MD = """# OAKWORTH PARISH COUNCIL

**Minutes of the Parish Council meeting held on Monday 19 May 2025 at 7.30pm in Oakworth Village Hall**

**Present:** Cllrs Greta Holm (Chairman), Ned Ashworth, Lorna Byfield, Imran Sadiq, Penny Varcoe
**Clerk:** Mrs Jo Denholm (RFO)
**Members of the public:** 4

**Min. 2025/41 Election of Chairman.** Cllr Holm was elected Chairman for 2025/26 and signed the declaration of acceptance of office.

**Min. 2025/42 Minutes.** The minutes of 14 April 2025 were approved and signed.

**Min. 2025/43 Play area inspections.** The Clerk reported that Parkway Play Inspections had carried out the quarterly inspections since 2022. Its new price is £1,140 a year for quarterly inspections plus the annual independent inspection. It was unanimously RESOLVED to continue with Parkway Play Inspections for a further two years from 1 June 2025.

**Min. 2025/44 Village hall grant.** Cllr Varcoe proposed and Cllr Byfield seconded that a grant of £2,000 be made to the Oakworth Village Hall Trust towards replacing the heating boiler. Carried (4 in favour, 1 against).

**Min. 2025/45 Verge cutting.** The County Council has ended the parish's verge cutting agreement; from 2025 the parish will receive no payment and the County will cut only visibility splays. Members discussed whether to pay a local contractor. The Clerk was asked to obtain quotes for the meeting on 16 June 2025.

**Min. 2025/46 Defibrillator.** Cllr Sadiq reported that the defibrillator at the old phone box is maintained free of charge by Heartsafe Oakworth, a volunteer group. The Council thanked the group.

**Min. 2025/47 Annual governance and accountability return.** The Council approved the annual governance statement for 2024/25 (Section 1 of the AGAR) and then the accounting statements (Section 2). The notice of public rights will run from 2 June to 11 July 2025.

**Min. 2025/48 Risk assessment.** The Council reviewed its financial risk assessment. The main risk identified was the loss of the Clerk at short notice, which would leave no one able to make payments; this is managed by having two councillors registered as online banking authorisers. Flooding of the village hall car park was also noted as a risk, with no action possible by the Parish Council.

**Min. 2025/49 Date of next meeting.** 16 June 2025.

Meeting closed 9.02pm.
"""

MORLAND_TXT = """MORLAND COUNTY COUNCIL

Cabinet - 2 December 2025

Agenda Item 9

ANNUAL PROCUREMENT PLAN 2026/27 AND EXPIRING ARRANGEMENTS

Report by the Assistant Director, Commercial

Electoral divisions: All

--------------------------------------------------------------------------------

SUMMARY

The Council spends about £640 million a year with third parties. This report sets out the procurements over £1m
planned to start in 2026/27 and asks Cabinet to decide what should happen to four arrangements that end in the
next twelve months.

RECOMMENDATIONS

Cabinet is RECOMMENDED to:

  (1) approve the procurement plan for 2026/27 at Appendix 1;

  (2) agree to extend the agreement with Signal Point Telecare for the telecare monitoring centre by twelve months
      to 30 June 2027, at a cost of £478,000;

  (3) agree that the agreement with Rowan Tree Advocacy for independent advocacy ends as planned on 31 March 2026
      and that the service is included in the new all-age advocacy procurement;

  (4) delegate to the Executive Director of Place the decision to award the school meals contract following the
      tender, within the budget of £5.2m a year.

BACKGROUND

1. The Procurement Act 2023 came into force on 24 February 2025. It requires the Council to publish a pipeline
   notice of planned procurements over £2m, which this plan supports.

EXPIRING ARRANGEMENTS

2. The table below lists the four arrangements that end before 31 December 2026.

   Service                      | Current supplier          | Annual value | Ends        | Proposal
   -----------------------------+---------------------------+--------------+-------------+-----------------------------
   Telecare monitoring centre   | Signal Point Telecare     | £478,000     | 30-Jun-2026 | Extend 12 months
   Independent advocacy         | Rowan Tree Advocacy       | £356,000     | 31-Mar-2026 | End; re-procure
   School meals (primary)       | Harvest Table Catering    | £4,910,000   | 31-Aug-2026 | Tender under way
   Highway winter gritting      | Morland Highways Alliance | n/a          | 30-Sep-2026 | Covered by the highways term

3. Harvest Table Catering has supplied primary school meals since September 2019. A new arrangement will start
   on 1 September 2026.

RISKS

4. Market capacity: few bidders may respond to the school meals tender because of food inflation. Soft market
   testing in October 2025 found five interested caterers.

5. Advocacy continuity: ending the Rowan Tree agreement could disrupt people who have an advocate. The new
   provider will be required to take over open cases.

CONTACT: Commercial Team, Morland County Council
"""

WEXCOMBE_MD = """# Wexcombe District Council

## Governance and Audit Committee - 1 October 2025

### Appendix A: Register of contracts over £25,000 (extract, Communities and Housing)

Values are the total estimated value over the life of the arrangement, including extensions.

| Ref | Title | Supplier | Start | End | Extension option | Total value (£) | Status |
|-----|-------|----------|-------|-----|------------------|-----------------|--------|
| WDC/CH/118 | Homelessness outreach | Streetlight Outreach | 01.04.2023 | 31.03.2026 | +12 months | 312,000 | May be extended |
| WDC/CH/121 | Debt and money advice | Wexcombe Citizens Advice | 01.07.2022 | 30.06.2025 | none | 186,000 | Expired; replaced by grant |
| WDC/CH/130 | Domestic abuse support | Amber Door | 01.10.2024 | 30.09.2027 | +24 months | 540,000 | Live |
| WDC/CH/134 | Disabled adaptations surveys | Level Access Surveying | 15.01.2025 | 14.01.2026 | none | 48,500 | Will not be renewed |

### Notes

1. Wexcombe Citizens Advice now receives a core grant of £64,000 a year from 1 July 2025 instead of a contract.
2. The surveys undertaken by Level Access Surveying will be done in house by the new Occupational Therapy post from January 2026.
3. The Committee is asked to note the extract. No decision is required.
"""

BRAMWICK_TXT = """BRAMWICK BOROUGH COUNCIL

COMMUNITIES SCRUTINY COMMITTEE

MINUTES - THURSDAY, 6 NOVEMBER 2025

PRESENT: Councillor Yasmin Qadri (Chair); Councillors Bell, Chowdhury, Everett, Haig, Moreton, Price-Jones

ALSO PRESENT: Councillor Frank Sadler (Cabinet Member for Leisure and Culture)

1   APOLOGIES
    Councillor Lindqvist.

2   CALL-IN: FUTURE OPERATION OF BRAMWICK LEISURE CENTRES

    The Committee considered the call-in, by five members, of the Cabinet decision of 21 October 2025 to extend the
    management agreement with Active Bramwick Trust for two years to 31 March 2028, with a reduced management fee of
    £240,000 a year.

    Councillor Haig, for the signatories, argued that Cabinet had not considered bringing the centres in house. The
    Cabinet Member responded that an in-house option would cost an estimated £410,000 more a year in business rates
    and VAT.

    Following a vote (4 for, 3 against), the Committee decided not to refer the decision back to Cabinet; the decision
    may therefore be implemented.

3   CARE AND REPAIR SERVICE - PERFORMANCE

    The Committee received a presentation on the home improvement agency run by Handyhelp Bramwick. Members heard
    that the waiting time for minor adaptations had fallen to 18 days.

    The Committee RECOMMENDED to Cabinet that:
      (a) the Handyhelp Bramwick arrangement, which ends on 31 January 2026, be extended for one year rather than
          re-tendered;
      (b) a target of 15 days for minor adaptations be included in the extension.

4   WORK PROGRAMME
    The Committee noted its work programme and agreed to add the draft housing strategy to the meeting on
    15 January 2026.

The meeting closed at 8.50 pm.
"""


# ============================================================================ HTML

def hadleigh_issue() -> str:
    body = """<h1>Issue details</h1>
<h2>Homelessness prevention hub: recommissioning</h2>
<table class="mgKeyValue">
<tr><td>Decision maker:</td><td>Cabinet</td></tr>
<tr><td>Decision:</td><td>16 Jul 2025</td></tr>
<tr><td>Lead member:</td><td>Cabinet Member for Housing</td></tr>
<tr><td>Key decision:</td><td>Yes</td></tr>
<tr><td>Department:</td><td>Housing and Communities</td></tr>
</table>
<h3>Decision history</h3>
<div class="mgHistory">
<p><strong>16/07/2025 - Cabinet</strong></p>
<p>Report of the Head of Housing. Members noted that the hub in Market Lane is run by Hearthstone Housing Trust, whose current term ends on 30 September 2025, and that the separate tenancy finding service from Safe Steps Lettings will not be renewed when it ends on the same date because its work is now covered by the hub.</p>
<p>Decision made:</p>
<p>1) Hearthstone Housing Trust to continue operating the homelessness prevention hub under a new three-year agreement from 1 October 2025, at £275,000 per annum;</p>
<p>2) The Head of Housing to monitor the hub against the targets in Appendix B and report annually to the Housing Overview Panel.</p>
<p>Reason: demand has risen by 22 per cent and the hub prevented 640 households from becoming homeless in 2024/25.</p>
<p>Wards affected: All wards</p>
</div>
<p>Contact: Housing Strategy Team.</p>
<p>Publication date: 18/07/2025</p>"""
    return moderngov("Hadleigh Moor District Council", "Issue - items at meetings - Homelessness prevention hub: recommissioning", body,
                     '<a href="/">Home</a> &gt; <a href="/mgIssueHistoryHome.aspx">Issues</a> &gt; Issue')


def ellerby_hwb() -> str:
    body = """<h1 class="mgMainTitleTxt">Minutes</h1>
<p class="mgSubTitleTxt">Health and Wellbeing Board<br>Tuesday, 14th October, 2025 2.00 pm<br>Ellerby Borough Council</p>
<p><strong>Members present:</strong> Cllr Ruth Okafor (Chair), Director of Public Health, Director of Adult Services, Place Director (NHS Ellerby and Wolds ICB), Healthwatch Ellerby, Chief Executive of Ellerby Community Health</p>
<table class="mgItemTable">
<tr><td>17</td><td><p class="mgAiTitleTxt">Drug and alcohol treatment: grant plan 2025/26</p>
<p>The Director of Public Health explained that the supplementary substance misuse grant of £1.06m had been allocated. Most of it goes to Pathways Ellerby, which holds the adult treatment service, through a variation worth £380,000 for the year; a further £95,000 pays for the needle exchange delivered by local pharmacies.</p>
<p><strong>Resolved</strong> - The Board:</p>
<p>(a) noted the grant plan;</p>
<p>(b) endorsed the variation of the adult treatment service with Pathways Ellerby;</p>
<p>(c) asked for a report on outcomes in April 2026.</p></td></tr>
<tr><td>18</td><td><p class="mgAiTitleTxt">Integrated community services: section 75 partnership</p>
<p>The Place Director introduced the review of the partnership agreement under which Ellerby Community Health provides community nursing and therapy on behalf of the Council and the ICB. The agreement is due for renewal on 1 April 2026.</p>
<p>The Board agreed to recommend to the Council and the ICB that the partnership agreement be renewed for five years.</p>
<p>A member asked about the risk that community nursing vacancies, now 14 per cent, would slow hospital discharge. The Chief Executive said the risk was being managed through an international recruitment campaign and a rotational post scheme with the acute trust.</p></td></tr>
<tr><td>19</td><td><p class="mgAiTitleTxt">Joint strategic needs assessment</p>
<p>The Board approved the publication of the refreshed JSNA chapters on housing and health.</p></td></tr>
</table>"""
    return moderngov("Ellerby Borough Council", "Minutes - Health and Wellbeing Board - Tuesday, 14th October, 2025 2.00 pm", body,
                     '<a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committees</a> &gt; Health and Wellbeing Board')


# ============================================================================ PDF

def kestmere_pcc(path):
    pdf = Paper(running_header="OFFICIAL - Police and Crime Commissioner for Kestmere", footer="Decision 2025/041 | {page}",
                title="Custody healthcare services: award")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "POLICE AND CRIME COMMISSIONER FOR KESTMERE\nDECISION RECORD No. 2025/041", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [["Title", "Custody healthcare services: award"],
                ["Requested by", "Chief Constable of Kestmere Police"],
                ["Date", "12/08/2025"],
                ["Classification", "Public"]], widths=[45, 125], header=None, size=10)
    heading(pdf, "Executive summary", size=11)
    paragraph(pdf, "Healthcare professionals in the force's three custody suites are supplied by Custodia Medical until "
                   "31 October 2025. A mini-competition under a national framework was held in June. The Chief "
                   "Constable recommends Medisec Custody Health, which scored highest on quality and price.")
    heading(pdf, "Decision", size=11)
    paragraph(pdf, "I approve the award of custody healthcare services to Medisec Custody Health for three years from "
                   "1 November 2025, with the option of a further year, at £1,450,000 per annum. I also approve a "
                   "one-off mobilisation payment of £35,000.")
    heading(pdf, "Financial implications", size=11)
    paragraph(pdf, "The cost is within the force's custody budget. The three-year value is £4,350,000.")
    heading(pdf, "Risk", size=11)
    paragraph(pdf, "Staff transferring from Custodia Medical may not all move across; the new provider will use "
                   "regional locum cover for up to three months.")
    heading(pdf, "Declaration", size=11)
    paragraph(pdf, "I confirm that I have no personal interest in this decision.\n\nSigned: Police and Crime "
                   "Commissioner            Date: 12 August 2025")
    save(pdf, path)


def riverlands_ca(path):
    pdf = Paper(running_header="Riverlands Combined Authority - CA Board - 9 October 2025 - Minutes",
                footer="Page {page} of {pages}", title="Minutes of the Combined Authority Board, 9 October 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "RIVERLANDS COMBINED AUTHORITY", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Minutes of the meeting of the Combined Authority Board held at Riverlands House on "
                   "Thursday 9 October 2025")
    paragraph(pdf, "Present: Mayor Dominic Hale (Chair); Cllr A Frame (Ashby Water); Cllr B Kettering (Riverlands "
                   "City); Cllr P Oduya (North Riverlands); Cllr S Whelan (Tollgate); Ms R Anand (Business Board).")
    heading(pdf, "CA/25/61  Bus franchising: award of Lot 1 (Riverlands City routes)", size=11)
    paragraph(pdf, "61.1 The Director of Transport reported the outcome of the first franchise tender. Meridian Buses "
                   "had submitted the most economically advantageous tender for Lot 1, covering 34 routes, for seven "
                   "years from 4 January 2026. The annual service payment would be £38.2m.")
    paragraph(pdf, "61.2 Cllr Whelan asked whether smaller operators had bid. The Director said that Lots 2 and 3 were "
                   "sized for smaller firms and would be tendered in spring 2026.")
    paragraph(pdf, "61.3 The Board voted: 5 for, 0 against.")
    paragraph(pdf, "RESOLVED that:")
    for text in ("1. the Lot 1 franchise be awarded to Meridian Buses for seven years from 4 January 2026 at an "
                 "annual service payment of £38.2m;",
                 "2. the Director of Transport be authorised to enter into the franchise agreement;",
                 "3. the risk position in paragraph 61.4 be noted."):
        bullet(pdf, text, marker="")
    paragraph(pdf, "61.4 The principal risk is that revenue from fares falls below the forecast, leaving the "
                   "Authority to bear the shortfall. This will be managed through a revenue reserve of £6m and "
                   "quarterly patronage reviews.")
    heading(pdf, "CA/25/62  Adult skills: grant funding agreements 2025/26", size=11)
    paragraph(pdf, "62.1 The Board considered the allocation of devolved adult skills funding. Riverlands Learning "
                   "Trust would receive £2,640,000 and Tollgate College £1,980,000 for the academic year ending "
                   "31 July 2026.")
    paragraph(pdf, "RESOLVED that the grant funding agreements with Riverlands Learning Trust and Tollgate College "
                   "be approved as set out.")
    heading(pdf, "CA/25/63  Minutes of the Overview and Scrutiny Committee", size=11)
    paragraph(pdf, "The minutes of the meeting on 18 September 2025 were received.")
    paragraph(pdf, "Meeting closed: 11.48")
    save(pdf, path)


def lanchester_baf(path):
    pdf = Paper(running_header="Lanchester Vale Hospitals NHS Trust - Public Board - 4 September 2025",
                footer="Paper B12 | Page {page} of {pages}", title="Board Assurance Framework - Quarter 1 2025/26")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "Lanchester Vale Hospitals NHS Trust\nMeeting of the Board of Directors in Public",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Date: Thursday 4 September 2025\nPaper: B12\nTitle: Board Assurance Framework - Quarter 1 "
                         "2025/26\nExecutive lead: Director of Corporate Affairs\nAction required: Approve",
                   new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Purpose", size=11)
    paragraph(pdf, "The Board Assurance Framework (BAF) records the principal risks to the Trust's strategic "
                   "objectives. This paper presents the quarter 1 position.")
    heading(pdf, "The Board is asked to:", size=11)
    for text in ("i. approve the BAF for quarter 1, including the increase in the score of BAF 4 (elective waiting times) "
                 "from 12 to 16;",
                 "ii. note that the insourcing agreement with Scopeline Diagnostics for weekend endoscopy, worth "
                 "£1.2m in 2025/26, expires on 31 March 2026 and may be extended for six months;",
                 "iii. agree that BAF 6 (estates) be reviewed in depth at the Finance and Performance Committee in "
                 "November."):
        bullet(pdf, text, marker="")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix: principal risks (summary)", size=12)
    table(pdf, [["BAF\nref", "Principal risk", "Key controls", "Gaps in control", "Current\nscore", "Target\nscore"],
                ["BAF 2", "Unable to recruit and retain registered nurses, leading to unsafe staffing on wards",
                 "International recruitment; retention clinics; e-rostering", "High turnover in first-year nurses", "15", "9"],
                ["BAF 4", "Patients wait longer than the national standard for elective treatment and come to harm",
                 "Weekend insourcing lists; clinical harm reviews for long waiters", "Theatre staffing gaps", "16", "8"],
                ["BAF 6", "Critical estate failure (roofs, ventilation) forces ward or theatre closure",
                 "", "Backlog maintenance of £48m unfunded", "20", "12"]],
          widths=[16, 78, 64, 52, 22, 22], header="shaded", size=8.5)
    save(pdf, path)


def kingsworth_budget(path):
    pdf = Paper(running_header="Kingsworth Vale Council - Cabinet 20 January 2026 - Agenda item 7",
                footer="Page {page}", title="Revenue budget monitoring 2025/26 - Quarter 3")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Kingsworth Vale Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Meeting: Cabinet\nDate: 20 January 2026\nSubject: Revenue budget monitoring 2025/26 - "
                         "Quarter 3\nReport of: Chief Finance Officer", new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "1. Recommendations", size=11)
    paragraph(pdf, "It is recommended that Cabinet:")
    for text in ("1.1 notes the forecast overspend of £3.4m for 2025/26;",
                 "1.2 approves the additional payment of £520,000 to Lantern Care Group for the residential "
                 "dementia beds block arrangement, reflecting higher occupancy;",
                 "1.3 approves the virement of £1.1m from the corporate contingency to Children's Services."):
        bullet(pdf, text, marker="")
    heading(pdf, "2. Forecast by directorate", size=11)
    table(pdf, [["Directorate", "Budget\n£m", "Forecast\n£m", "Variance\n£m"],
                ["Adults and Health", "98.2", "100.9", "2.7"],
                ["Children's Services", "61.4", "63.0", "1.6"],
                ["Place", "38.7", "38.1", "(0.6)"],
                ["Corporate", "22.5", "22.2", "(0.3)"],
                ["Total", "220.8", "224.2", "3.4"]], widths=[70, 30, 30, 30], header="bold", size=9.5)
    heading(pdf, "3. Major supplier lines", size=11)
    paragraph(pdf, "3.1 The main externally provided services and their forecasts are shown below (£m).")
    table(pdf, [["Service", "Provider", "Annual\nbudget\n£m", "Forecast\n£m", "Comment"],
                ["Residential dementia beds (block)", "Lantern Care Group", "4.10", "4.62", "Occupancy 98%"],
                ["Home care (framework)", "Various", "21.30", "22.85", "Hours up 7%"],
                ["Waste collection", "Greenbelt Waste Services", "8.75", "8.75", "On budget"],
                ["Housing repairs", "Castlegate Property Maintenance", "5.40", "5.15", "Slippage"]],
          widths=[52, 52, 22, 22, 22], header="bold", size=9)
    heading(pdf, "4. Risks", size=11)
    paragraph(pdf, "4.1 Winter pressures could add a further £0.8m in adult social care. The Council will use the "
                   "discharge fund to cover short-term placements.")
    paragraph(pdf, "4.2 The Castlegate Property Maintenance agreement expires on 31 May 2026 and the re-tender may "
                   "produce higher prices.")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix A - Savings delivery (£000s)", size=12)
    table(pdf, [["Ref", "Saving", "Target\n£000s", "Delivered\n£000s", "RAG"],
                ["S1", "Reduce agency social workers", "800", "560", "Amber"],
                ["S2", "Renegotiate waste collection rates with Greenbelt Waste Services", "250", "250", "Green"],
                ["S3", "Library opening hours", "120", "0", "Red"]],
          widths=[18, 130, 35, 35, 30], header="shaded", size=9)
    save(pdf, path)


# ============================================================================ DOCX

def south_farlow_fra(path):
    doc = docxgen.new("South Farlow Fire and Rescue Service", dt.datetime(2025, 9, 15, 9, 0), font=("Arial", 12))
    docxgen.banner(doc, "SOUTH FARLOW FIRE AND RESCUE AUTHORITY")
    doc.add_paragraph("Meeting: Fire Authority")
    doc.add_paragraph("Date: 25 September 2025")
    doc.add_paragraph("Agenda item: 8")
    doc.add_paragraph("Subject: Replacement breathing apparatus", style="Heading 1")
    doc.add_paragraph("Report of the Chief Fire Officer")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("Members are asked to:")
    doc.add_paragraph("approve the purchase of 240 sets of breathing apparatus and associated telemetry from Aerotec "
                      "Safety through the national fire framework, at a capital cost of £2,840,000;", style="List Bullet")
    doc.add_paragraph("approve a ten-year servicing and maintenance agreement with Aerotec Safety from 1 April 2026 at "
                      "£96,000 a year; and", style="List Bullet")
    doc.add_paragraph("note that the current servicing arrangement with Breathe Right Services ends on 31 March 2026.", style="List Bullet")
    doc.add_heading("Background", level=2)
    doc.add_paragraph("The Authority's breathing apparatus was bought in 2014 and reaches the end of its working life "
                      "in 2026. A joint evaluation with three neighbouring services selected the Aerotec equipment after "
                      "wearer trials in May and June 2025.")
    doc.add_heading("Financial implications", level=2)
    doc.add_paragraph("The capital programme includes £3m for this project. The servicing cost is £14,000 a year lower "
                      "than the current arrangement.")
    doc.add_heading("Risk", level=2)
    docxgen.table(doc, [["Risk", "Likelihood", "Impact", "Control"],
                        ["Delivery delayed past the end of life of the current sets", "Low", "High",
                         "Existing sets serviced to extend life by six months"],
                        ["Firefighters not trained before go-live", "Medium", "High",
                         "Training programme of 4 hours per firefighter, scheduled from February 2026"]])
    doc.add_paragraph("Background papers: wearer trial report (June 2025).")
    doc.save(path)


def east_calder_icb(path):
    doc = docxgen.new("NHS East Calder ICB", dt.datetime(2025, 11, 10, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "NHS East Calder Integrated Care Board")
    doc.add_paragraph("Finance and Performance Committee", style="Heading 1")
    docxgen.table(doc, [["Date of meeting", "18 November 2025", "Agenda item", "FPC 25/094"],
                        ["Report title", "Community services: variations and extensions 2026/27", "Classification", "Public"],
                        ["Lead director", "Chief Finance Officer", "Author", "Head of Contracting"]], header=False)
    doc.add_heading("1. Ask of the Committee", level=2)
    doc.add_paragraph("The Committee is asked to RECOMMEND to the Board that it:")
    doc.add_paragraph("a) approves the variations set out in Table 1;")
    doc.add_paragraph("b) approves the extension of the podiatry service with Stepwell Podiatry to 31 March 2027;")
    doc.add_paragraph("c) notes that the tissue viability service provided by Calderside Wound Care will end on "
                      "30 June 2026 and will be absorbed into the core community nursing service.")
    doc.add_heading("2. Variations", level=2)
    doc.add_paragraph("Table 1: Proposed variations for 2026/27 (£000s)")
    docxgen.table(doc, [["Provider", "Service", "2025/26\nvalue", "Variation", "2026/27\nvalue"],
                        ["East Calder Community Healthcare", "Core community services", "48,200", "+1,450", "49,650"],
                        ["Stepwell Podiatry", "Podiatry", "1,880", "+60", "1,940"],
                        ["Calderside Wound Care", "Tissue viability (to June 2026)", "620", "-465", "155"]])
    doc.add_heading("3. Risk", level=2)
    doc.add_paragraph("If the transfer of tissue viability into core community nursing is not planned with care, "
                      "patients with complex wounds could see delays. The community provider will appoint a lead nurse "
                      "for the transfer by March 2026.")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "oakworth-pc_2025-05-19_parish-council_minutes.md").write_text(OAKWORTH_MD, encoding="utf-8")
    (PAPERS / "morland-cc_2025-12-02_cabinet_procurement-plan.txt").write_text(MORLAND_TXT, encoding="utf-8")
    (PAPERS / "wexcombe-dc_2025-10-01_governance-and-audit-committee_contracts-register.md").write_text(WEXCOMBE_MD, encoding="utf-8")
    (PAPERS / "bramwick-bc_2025-11-06_communities-scrutiny-committee_minutes.txt").write_text(BRAMWICK_TXT, encoding="utf-8")
    (PAPERS / "hadleigh-moor-dc_2025-07-16_cabinet_issue-homelessness-hub.html").write_text(hadleigh_issue(), encoding="utf-8")
    (PAPERS / "ellerby-bc_2025-10-14_health-and-wellbeing-board_minutes.html").write_text(ellerby_hwb(), encoding="utf-8")
    kestmere_pcc(PAPERS / "kestmere-pcc_2025-08-12_decision-record_custody-healthcare.pdf")
    riverlands_ca(PAPERS / "riverlands-ca_2025-10-09_ca-board_minutes.pdf")
    lanchester_baf(PAPERS / "lanchester-vale-hospitals_2025-09-04_trust-board_baf.pdf")
    kingsworth_budget(PAPERS / "kingsworth-vale-council_2026-01-20_cabinet_q3-budget-monitoring.pdf")
    south_farlow_fra(PAPERS / "south-farlow-fra_2025-09-25_fire-authority_breathing-apparatus.docx")
    east_calder_icb(PAPERS / "east-calder-icb_2025-11-18_finance-and-performance-committee_community-variations.docx")


if __name__ == "__main__":
    main()
