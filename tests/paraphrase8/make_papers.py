"""Build the paraphrase8 development papers (fictional authorities, providers, people and figures).

    .venv/bin/python tests/paraphrase8/make_papers.py

Writes every paper in tests/paraphrase8/papers/: three HTML pages with ModernGov-style site chrome,
eight PDFs (printed minutes and reports with running headers, page footers, numbered paragraphs,
tables and a landscape appendix), five DOCX files and two text files.  The layouts follow the kinds of
real published pages surveyed in /work/notes/realpatterns.md ("Survey 2"); every sentence, name and
figure is invented.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402
from pdfgen import Paper, bullet, heading, paragraph, save, table  # noqa: E402

PAPERS = HERE / "papers"


# --------------------------------------------------------------------------- HTML

def moderngov_page(site: str, title: str, body: str, crumbs: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css"></head>
<body>
<a class="skip" href="#mainContent">Skip to content</a>
<div id="header"><div class="logo"><img src="/SiteSpecific/logo.png" alt="{site} logo"></div>
<ul class="topnav"><li><a href="/">Home</a></li><li><a href="/mgListCommittees.aspx">Committees</a></li>
<li><a href="/mgCalendarMonthView.aspx">Calendar</a></li><li><a href="/mgMemberIndex.aspx">Councillors</a></li>
<li><a href="/mgDelegatedDecisions.aspx">Decisions</a></li></ul>
<form class="search"><label>How can we help you...</label><input type="text" name="q"></form></div>
<div id="breadcrumb"><span class="hidden">Modern.gov Breadcrumb</span>{crumbs}</div>
<div id="mainContent">
{body}
</div>
<div id="footer"><p><a href="/feedback">Feedback</a> | <a href="#top">Back to the top of the page</a></p>
<p>&copy; {site} | Accessibility | Cookies | Privacy</p></div>
</body></html>
"""


def thornmere_cabinet() -> str:
    body = """<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Cabinet - Tuesday, 15th July, 2025 6.30 pm</h2>
<p class="mgAttendanceTxt"><a href="/mgMeetingAttendance.aspx?ID=4417">Attendance details</a></p>
<p><strong>Venue:</strong> Council Chamber, Thornmere Civic Offices, Quayside Road. <a href="/mgFindDirections.aspx">View directions</a></p>
<p><strong>Contact:</strong> Priya Okonedo, Democratic Services Officer&nbsp; 01632 960418&nbsp; Email: democracy@thornmere.example.gov.uk</p>
<p><a href="/mgWebcast.aspx">Media</a></p>
<h3>Items</h3>
<table class="mgItemTable">
<tr><th>No.</th><th>Item</th></tr>
<tr><td>21.</td><td><p class="mgAiTitleTxt">Apologies for Absence</p>
<div class="mgWordPara"><p><strong>Minutes:</strong></p><p>Apologies were received from Councillor Harcastle.</p></div></td></tr>
<tr><td>22.</td><td><p class="mgAiTitleTxt">Minutes of the Previous Meeting <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 212 KB</p>
<p>To confirm the minutes of the meeting held on 10 June 2025.</p>
<div class="mgWordPara"><p><strong>Minutes:</strong></p><p>RESOLVED: That the minutes of the meeting held on 10 June 2025 be approved as a correct record and signed by the Leader.</p></div></td></tr>
<tr><td>23.</td><td><p class="mgAiTitleTxt">Extension of the Domestic Abuse Refuge Contract <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 310 KB</p>
<p>Report of the Director of Communities.</p>
<p><strong>Additional documents:</strong></p>
<ul><li><a href="/documents/s88120/Appendix A.pdf">Appendix A - Contract performance summary <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 95 KB</a></li>
<li><a href="/documents/s88121/EqIA.pdf">Equality impact assessment <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 140 KB</a></li></ul>
<div class="mgWordPara"><p><strong>Decision:</strong></p><p>As detailed in the recommendations.</p>
<p><strong>Minutes:</strong></p>
<p>The Cabinet Member for Communities and Safer Streets presented the report. The refuge service for women and children fleeing domestic abuse had been run by Harbour Light Women's Aid since 2020 and the current term would end on 30 September 2025. A new Domestic Abuse Needs Assessment was due in the winter and officers wished to design the future service around its findings rather than retender on the old specification.</p>
<p>Members noted that occupancy had averaged 91 per cent over the last year and that the service had supported 64 households. In answer to a question, the Director confirmed that the Ministry's safe accommodation grant of £412,000 for the year would continue to fund most of the cost, and that no other provider had expressed interest during soft market testing.</p>
<p>RESOLVED:</p>
<p>(a) That the contract with Harbour Light Women's Aid for refuge accommodation and support be extended for twelve months from 1 October 2025 to 30 September 2026 at a cost of £286,400; and</p>
<p>(b) That the Director of Communities be authorised to begin a procurement for a redesigned safe accommodation service to start on 1 October 2026.</p>
<p>Reasons for decision: to keep the refuge open while the needs assessment is completed.</p>
<p>Alternative options considered and rejected: a short procurement on the existing specification; allowing the contract to end.</p></div></td></tr>
<tr><td>24.</td><td><p class="mgAiTitleTxt">Community Grants Programme 2025/26 <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 188 KB</p>
<p><strong>Additional documents:</strong></p>
<ul><li><a href="/documents/s88130/Appendix 1.pdf">Appendix 1 - Recommended awards <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 77 KB</a></li></ul>
<div class="mgWordPara"><p><strong>Decision:</strong></p><p>As detailed in the recommendations.</p>
<p><strong>Minutes:</strong></p>
<p>Cabinet considered the recommendations of the Grants Panel for the annual community grants budget of £150,000. Twenty-nine applications had been received and nineteen were recommended for funding, the largest being £42,000 to Thornmere Citizens Advice (TCA) for its debt and benefits advice service.</p>
<p>RESOLVED:</p>
<p>(a) That community grants totalling £138,250 be awarded to the organisations set out in Appendix 1 to the report, including £42,000 to Thornmere Citizens Advice for debt and benefits advice; and</p>
<p>(b) That the remaining £11,750 be held for in-year small grants, with authority delegated to the Head of Communities to make awards of up to £2,500.</p></div></td></tr>
<tr><td>25.</td><td><p class="mgAiTitleTxt">Revenue Budget Monitoring - Quarter 1 2025/26 <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 402 KB</p>
<div class="mgWordPara"><p><strong>Minutes:</strong></p><p>The Cabinet Member for Finance reported a forecast overspend of £1.42m against the net revenue budget of £18.9m, mostly from temporary accommodation costs.</p>
<p>RESOLVED: That the forecast outturn position be noted.</p></div></td></tr>
<tr><td>26.</td><td><p class="mgAiTitleTxt">Exclusion of the Press and Public</p>
<div class="mgWordPara"><p><strong>Minutes:</strong></p><p>There was no exempt business.</p></div></td></tr>
</table>"""
    return moderngov_page("Thornmere Borough Council", "Agenda for Cabinet on Tuesday, 15th July, 2025, 6.30 pm", body,
                          '<a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committees</a> &gt; <a href="/ieListMeetings.aspx?CId=133">Cabinet</a> &gt; Meeting')


def calderbrook_decision() -> str:
    body = """<h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Award of Contract for Supported Living Services (Learning Disability) - North Locality</h2>
<p><strong>Decision Maker:</strong> Cabinet</p>
<p><strong>Decision status:</strong> Recommendations Approved</p>
<p><strong>Is Key decision?:</strong> Yes</p>
<p><strong>Is subject to call in?:</strong> Yes</p>
<h3>Purpose:</h3>
<p>To award a contract for supported living services for adults with a learning disability in the North locality following a competitive tender, and to note the outcome of the procurement for the South locality.</p>
<h3>Decision:</h3>
<p>Cabinet:</p>
<p>1. Approved the award of the contract for supported living services in the North locality to Ridgeway Support Partnership for a term of five years from 1 December 2025, with an option to extend for up to two further years, at an estimated annual value of £2,340,000 and a maximum whole-life value of £16,380,000.</p>
<p>2. Noted that no compliant bid was received for the South locality and that the existing arrangement with Elmstead Care will continue under the Council's spot purchase terms until a further procurement is completed.</p>
<p>3. Delegated authority to the Director of Adult Social Care, in consultation with the Cabinet Member for Adults and Health, to exercise the extension option.</p>
<h3>Reasons for the decision:</h3>
<p>The recommended bidder scored highest on quality (68.5 out of 70) and price; the award secures continuity for 47 tenants.</p>
<h3>Alternative options considered:</h3>
<p>Bringing the service in house was rejected because of the cost of TUPE transfer and registration; a further extension of the current contracts was not permitted under the Council's contract procedure rules.</p>
<p><strong>Reason Key:</strong> Expenditure over £500,000;</p>
<p><strong>Wards Affected:</strong> (All Wards);</p>
<p><strong>Report author:</strong> Commissioning Manager (Learning Disability)</p>
<p><strong>Publication date:</strong> 09/10/2025</p>
<p><strong>Date of decision:</strong> 08/10/2025</p>
<p><strong>Decided at meeting:</strong> <a href="/ieListDocuments.aspx?MId=5120">08/10/2025 - Cabinet</a></p>
<p><strong>Effective from:</strong> 17/10/2025</p>
<h3>Accompanying Documents:</h3>
<ul><li><a href="/documents/s90411/Report.pdf">Supported Living Contract Award - Cabinet report <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 355 KB</a></li>
<li><a href="/documents/s90412/Appendix.pdf">Appendix 1 - Evaluation summary (exempt) <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 61 KB</a></li></ul>"""
    return moderngov_page("Calderbrook City Council", "Decision - Award of Contract for Supported Living Services (Learning Disability) - North Locality", body,
                          '<a href="/">Home</a> &gt; <a href="/mgDelegatedDecisions.aspx">Decisions</a> &gt; Decision details')


def ravensfell_issue() -> str:
    body = """<h1 class="mgMainTitleTxt">Issue - meetings</h1>
<h2 class="mgSubTitleTxt">Leisure Centre Operator Contract - Variation</h2>
<p class="mgSubTitleTxt">Meeting: 03/09/2025 - Executive (Item 48)</p>
<p class="mgAiTitleTxt">48 Leisure Centre Operator Contract - Variation <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 246 KB</p>
<p>Report of the Head of Place and Leisure.</p>
<p><strong>Additional documents:</strong></p>
<ul><li><a href="/documents/s77102/Annex A.pdf">Annex A - Revised payment profile <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 58 KB</a></li></ul>
<p><strong>Minutes:</strong></p>
<p>The Portfolio Holder for Health and Leisure introduced the report. The Council's leisure management contract with Fellside Leisure Trust (FLT) for the three district leisure centres had run since April 2019 and was due to end on 31 March 2029. Energy costs and the closure of the Ravensfell Pool for roof repairs had left the Trust unable to meet the management fee it pays the Council.</p>
<p>The Executive heard that the proposed variation would replace the annual fee of £185,000 payable by the Trust with a support payment from the Council of £120,000 a year for 2025/26 and 2026/27, funded from the leisure reserve, with open-book reporting every quarter. Members asked whether the Trust's own reserves had been used; the Head of Place and Leisure said they had fallen below three months of operating costs.</p>
<p>RESOLVED: That</p>
<p>(i) the contract with Fellside Leisure Trust be varied so that the management fee is suspended and a support payment of £120,000 a year is made for 2025/26 and 2026/27;</p>
<p>(ii) the Head of Place and Leisure be authorised to agree the detailed terms of the deed of variation with the Trust; and</p>
<p>(iii) a report on the Trust's recovery plan be brought to the Overview and Scrutiny Committee in March 2026.</p>
<p>Reasons for decision: to keep all three centres open and avoid an early termination.</p>"""
    return moderngov_page("Ravensfell District Council", "Issue - meetings - Leisure Centre Operator Contract - Variation", body,
                          '<a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committees</a> &gt; Issue')


# --------------------------------------------------------------------------- PDF helpers

def numbered(pdf, number: str, text: str, size: float = 10.5) -> None:
    pdf.set_font("Helvetica", "", size)
    pdf.cell(14, pdfgen.LINE_HEIGHT, number)
    pdf.multi_cell(0, pdfgen.LINE_HEIGHT, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def minute_heading(pdf, ref: str, title: str) -> None:
    pdf.set_font("Helvetica", "B", 11)
    pdf.ln(2)
    pdf.cell(24, 6, ref)
    pdf.multi_cell(0, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def oakhurst_cabinet(path):
    pdf = Paper(running_header="Cabinet - 23 September 2025", footer="Page {page} of {pages}",
                title="Minutes - Cabinet - 23 September 2025", author="Democratic Services")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, "OAKHURST COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "CABINET", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "MINUTES of a meeting of the Cabinet held in the Lanyon Room, County Hall, Oakhurst on "
                   "Tuesday 23 September 2025 at 10.00 am.")
    paragraph(pdf, "PRESENT: Councillor M Rendell (Leader, in the Chair); Councillors A Buckland, F Osei, "
                   "T Pardoe, G Whitlock and K Yarrow.\nALSO IN ATTENDANCE: Councillor S Venn (Chair of the "
                   "Adults and Health Scrutiny Committee).\nOFFICERS: Chief Executive, Executive Director of Adults "
                   "and Health, Director of Finance (Section 151 Officer), Head of Legal Services.")
    minute_heading(pdf, "CAB/41/25", "Apologies and declarations of interest")
    numbered(pdf, "41.1", "Apologies were received from Councillor D Lear. Councillor Pardoe declared a non-pecuniary "
                          "interest in minute CAB/44/25 as a trustee of a local carers' charity and took no part in "
                          "the vote on that item.")
    minute_heading(pdf, "CAB/42/25", "Minutes of the previous meeting")
    numbered(pdf, "42.1", "RESOLVED - That the minutes of the meeting held on 22 July 2025 be confirmed as a correct record.")
    minute_heading(pdf, "CAB/43/25", "Home care and reablement: award of contracts")
    numbered(pdf, "43.1", "The Cabinet Member for Adult Social Care presented the report of the Executive Director of "
                          "Adults and Health (CAB-25-067). The county's home care framework had ended in 2024 and "
                          "had been replaced by zoned contracts, tendered in four lots during the spring. Sixteen "
                          "bids had been evaluated on a 60 per cent quality and 40 per cent price basis.")
    numbered(pdf, "43.2", "The Cabinet noted the evaluation summary set out in the table below and that the "
                          "contracts would run for four years from 3 November 2025 with an option to extend by "
                          "up to two years.")
    table(pdf, [["Lot", "Zone", "Recommended provider", "Annual value", "Four-year value"],
                ["1", "Oakhurst and Wealdside", "Brightwater Home Care", "£3,120,000", "£12,480,000"],
                ["2", "Tarrow Valley", "Kindred Care Services", "£2,460,000", "£9,840,000"],
                ["3", "Coast and Marshes", "Brightwater Home Care", "£2,015,000", "£8,060,000"],
                ["4", "Countywide reablement", "Oakhurst Community Health NHS Trust", "£1,780,000", "£7,120,000"],
                ["", "Total", "", "£9,375,000", "£37,500,000"]],
          widths=[10, 38, 58, 30, 34], header="bold", size=9)
    numbered(pdf, "43.3", "The Director of Finance advised that the annual cost was within the adult social care "
                          "budget of £214.6m approved by Council in February, and that the hourly rate of £24.80 "
                          "reflected the fair cost of care exercise. The Chair of the Adults and Health Scrutiny "
                          "Committee welcomed the inclusion of the NHS trust for reablement.")
    numbered(pdf, "43.4", "RESOLVED - That the Cabinet:\n(a) awards the home care contracts for Lots 1 to 3 to the "
                          "providers named in the table at paragraph 43.2 for four years from 3 November 2025;\n"
                          "(b) awards the countywide reablement contract (Lot 4) to Oakhurst Community Health NHS "
                          "Trust for the same term;\n(c) delegates to the Executive Director of Adults and Health "
                          "authority to extend any of the contracts by up to two years; and\n(d) notes the "
                          "mobilisation plan in Appendix C.")
    minute_heading(pdf, "CAB/44/25", "Carers support service: contract extension")
    numbered(pdf, "44.1", "The Cabinet considered a proposal to extend the carers' information and support contract "
                          "held by Oakhurst Carers Network, which ends on 31 March 2026, for one year to 31 March "
                          "2027 at a cost of £395,000, so that it can be recommissioned with the Integrated Care "
                          "Board as part of the joint carers strategy.")
    numbered(pdf, "44.2", "RESOLVED - That the contract with Oakhurst Carers Network be extended to 31 March 2027 at a "
                          "cost of £395,000.")
    minute_heading(pdf, "CAB/45/25", "Financial monitoring report - month 4")
    numbered(pdf, "45.1", "The Director of Finance reported a forecast overspend of £6.8m, of which £4.1m related to "
                          "children's placements, and savings of £2.3m at risk of slipping into 2026/27. A capital "
                          "underspend of £11.2m was forecast because of the reprofiling of the Tarrow bypass.")
    numbered(pdf, "45.2", "RESOLVED - That the forecast revenue and capital position be noted and that directors "
                          "bring forward recovery actions to the November meeting.")
    minute_heading(pdf, "CAB/46/25", "Risk management - strategic risk register")
    numbered(pdf, "46.1", "The Cabinet reviewed the strategic risk register. The highest-scoring risk was the "
                          "fragility of the care market: providers may exit the county because of workforce "
                          "shortages and rising costs, leaving people without care. This was being mitigated by the "
                          "new zoned contracts, the fair cost of care uplift and a recruitment campaign run with "
                          "providers.")
    numbered(pdf, "46.2", "RESOLVED - That the strategic risk register be noted.")
    paragraph(pdf, "The meeting closed at 12.05 pm.\n\nChair ...............................   Date ..................")
    save(pdf, path)


def westmarsh_council(path):
    pdf = Paper(running_header="Westmarsh Borough Council - Council - 26 February 2025",
                footer="{page}", title="Council minutes 26 February 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "WESTMARSH BOROUGH COUNCIL\nMINUTES OF THE MEETING OF THE COUNCIL", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Held at the Guildhall, Westmarsh, on Wednesday 26 February 2025 at 7.00 pm.")
    paragraph(pdf, "Present: The Mayor (Councillor R Amadi) in the Chair; the Deputy Mayor; Councillors Ashby, "
                   "Bellamy, Coker, Dunmore, Elphick, Fairweather, Gurney, Hollis, Iqbal, Jessop, Kemble, Lister, "
                   "Mortimer, Nkemelu, Oldroyd, Pascoe, Quaid, Ruddock, Selby, Tranter, Upton and Varley.")
    heading(pdf, "PART ONE - PUBLIC", size=11)
    minute_heading(pdf, "88.", "Minutes")
    paragraph(pdf, "RESOLVED - That the minutes of the meeting of the Council held on 11 December 2024 be approved "
                   "and signed by the Mayor as a correct record.")
    minute_heading(pdf, "89.", "Mayor's announcements")
    paragraph(pdf, "The Mayor thanked the volunteers who had supported the winter warm spaces programme.")
    minute_heading(pdf, "90.", "Budget and council tax 2025/26 (recommendation from Cabinet, 12 February 2025)")
    paragraph(pdf, "The Leader moved and the Deputy Leader seconded the recommendations of the Cabinet. The Council "
                   "was reminded that a recorded vote is required on budget decisions. An amendment moved by "
                   "Councillor Selby, to fund additional street cleansing from reserves, was lost (For 9, Against 15, "
                   "Abstentions 0).")
    paragraph(pdf, "Upon the substantive motion being put to a recorded vote there voted For 16, Against 8, "
                   "Abstentions 0, and it was")
    paragraph(pdf, "RESOLVED - That:\n(1) the net revenue budget for 2025/26 of £21,486,000 be approved;\n(2) the "
                   "Band D council tax for the Borough be set at £241.83, an increase of 2.99 per cent;\n(3) the "
                   "capital programme of £14.2m for 2025/26 to 2027/28 be approved; and\n(4) the minimum level of "
                   "general fund balances be set at £2.5m.")
    minute_heading(pdf, "91.", "Waste collection and street cleansing contract (recommendation from Cabinet, 12 February 2025)")
    paragraph(pdf, "Councillor Dunmore, Cabinet Member for Environment, moved the recommendation that the Council "
                   "approve the additional budget needed for the new waste contract. The procurement run jointly "
                   "with Saltings District Council had concluded and the Cabinet had agreed to award the contract to "
                   "Greenline Environmental for eight years from 1 April 2025. Westmarsh's share of the contract price "
                   "is £3,940,000 a year, some £610,000 more than the current budget provision.")
    paragraph(pdf, "Councillor Upton seconded. In the debate members asked about food waste collections, which the "
                   "contract introduces from April 2026, and about the new depot lease.")
    paragraph(pdf, "RESOLVED - That the Council approves a growth item of £610,000 a year from 2025/26 to meet the "
                   "cost of the waste collection and street cleansing contract awarded by the Cabinet to Greenline "
                   "Environmental.")
    minute_heading(pdf, "92.", "Pay policy statement 2025/26")
    paragraph(pdf, "RESOLVED - That the Pay Policy Statement for 2025/26 be adopted.")
    minute_heading(pdf, "93.", "Appointment of the Monitoring Officer")
    paragraph(pdf, "RESOLVED - That the Head of Legal and Democratic Services be designated the Council's Monitoring "
                   "Officer with effect from 1 March 2025.")
    minute_heading(pdf, "94.", "Questions from members under Procedure Rule 12")
    paragraph(pdf, "Four questions had been received; the answers are published with these minutes.")
    paragraph(pdf, "The meeting ended at 9.22 pm.\n\nMAYOR")
    save(pdf, path)


def harrowdale_icb(path):
    pdf = Paper(running_header="NHS Harrowdale Integrated Care Board - Board meeting in public - 4 November 2025",
                footer="Approved minutes | Page {page} of {pages}", title="Minutes of the ICB Board meeting in public")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "NHS Harrowdale Integrated Care Board", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "Minutes of the Board Meeting held in Public\nTuesday 4 November 2025, 09:30 - 12:40, "
                         "Conference Suite, Mill Yard House, Harrowdale", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [["Members present", ""],
                ["Dame Ruth Calloway (RC)", "Chair"],
                ["Sanjeev Mistry (SM)", "Chief Executive"],
                ["Olwen Pryce (OP)", "Chief Finance Officer"],
                ["Dr Kwame Asante (KA)", "Chief Medical Officer"],
                ["Helen Trask (HT)", "Chief Nursing Officer"],
                ["Cllr Jo Beddoes (JB)", "Partner member, local authorities"],
                ["In attendance", ""],
                ["Marcus Lyle (ML)", "Director of Corporate Governance (minutes)"]],
          widths=[70, 100], header="bold", size=9.5)
    heading(pdf, "HICB/25/101  Welcome, apologies and quoracy", size=11)
    paragraph(pdf, "RC welcomed members. Apologies were received from the Partner Member for mental health "
                   "providers. The meeting was confirmed as quorate.")
    heading(pdf, "HICB/25/102  Minutes of the meeting held on 2 September 2025 and action log", size=11)
    paragraph(pdf, "The minutes were APPROVED as an accurate record. The Board NOTED the action log (Appendix 1): "
                   "two actions were closed and one remains open.")
    heading(pdf, "HICB/25/103  Community health services: contract award", size=11)
    paragraph(pdf, "103.1 SM presented the paper. The ICB's contract for adult and children's community health "
                   "services ends on 31 March 2026. Following the decision in June to use the Provider Selection "
                   "Regime direct award process C, the ICB had assessed the incumbent against the key criteria and "
                   "published its intention to award on 1 October 2025. No representations were received during the "
                   "standstill period.")
    paragraph(pdf, "103.2 OP confirmed the contract value of £96,400,000 a year for five years from 1 April 2026, "
                   "a total of £482,000,000, with a further three-year option. The value included £3.2m of "
                   "transformation funding for virtual wards, which would be released against milestones.")
    paragraph(pdf, "103.3 Members sought assurance on waiting times for children's therapies; HT agreed to bring a "
                   "recovery trajectory to the Quality Committee.")
    paragraph(pdf, "103.4 The Board APPROVED the award of the community health services contract to Harrowdale "
                   "Community Healthcare NHS Trust for five years from 1 April 2026 at £96.4m a year.")
    heading(pdf, "HICB/25/104  Finance report - month 6", size=11)
    paragraph(pdf, "OP reported a year-to-date deficit of £4.7m against a planned break-even position, driven by "
                   "continuing healthcare and prescribing. The system allocation for 2025/26 is £2.31bn. The Board "
                   "NOTED the report and the recovery actions.")
    heading(pdf, "HICB/25/105  NHS 111 and integrated urgent care: extension", size=11)
    paragraph(pdf, "105.1 The regional NHS 111 contract, held by Westcoast Ambulance Service NHS Trust on behalf of "
                   "four ICBs, ends on 31 March 2026. The lead commissioner recommended using the contract's extension "
                   "clause for 12 months. Harrowdale ICB's share of the cost is £7,850,000.")
    paragraph(pdf, "105.2 The Board APPROVED the 12-month extension of the NHS 111 contract to 31 March 2027.")
    heading(pdf, "HICB/25/106  Board assurance framework", size=11)
    paragraph(pdf, "ML presented the BAF. The Board discussed risk BAF 3: if the elective recovery plan is not "
                   "delivered then patients will wait longer than 52 weeks and come to harm. Mitigation: independent "
                   "sector capacity has been commissioned and weekly waiting list validation is in place. The Board "
                   "NOTED the BAF and AGREED that the target score for BAF 3 remains 12.")
    heading(pdf, "HICB/25/107  Any other business", size=11)
    paragraph(pdf, "None. Date of next meeting: Tuesday 13 January 2026.")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix 1 - Board action log (public)", size=12)
    table(pdf, [["Action no.", "Meeting date", "Minute ref", "Action", "Owner", "Due date", "Status / update"],
                ["A25-031", "01/07/2025", "HICB/25/068", "Report on dental access in the eastern localities", "Director of Primary Care", "02/09/2025", "Complete - presented September"],
                ["A25-044", "02/09/2025", "HICB/25/089", "Circulate the winter plan surge trigger points to members", "Chief Operating Officer", "30/09/2025", "Complete"],
                ["A25-047", "02/09/2025", "HICB/25/093", "Bring children's therapies trajectory to Quality Committee", "Chief Nursing Officer", "09/12/2025", "Open - on track"]],
          widths=[22, 24, 26, 80, 40, 24, 41], header="shaded", size=8.5)
    save(pdf, path)


def fenwick_trust(path):
    pdf = Paper(running_header="Fenwick Valley Hospitals NHS Foundation Trust - Board of Directors (Public)",
                footer="Trust Board 30.10.2025 Minutes - Final   Page {page} of {pages}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "Fenwick Valley Hospitals NHS Foundation Trust\nMinutes of the Board of Directors Meeting "
                         "in Public\nThursday 30 October 2025, 10:00 - 13:00, Education Centre, Fenwick General Hospital",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    paragraph(pdf, "Members: Non-Executive Chair; Chief Executive; Chief Financial Officer; Chief Operating "
                   "Officer; Medical Director; Chief Nurse; five Non-Executive Directors.\nIn attendance: Company "
                   "Secretary; Director of Estates; two public governors; one member of the public.")
    heading(pdf, "1. Chair's welcome and apologies", size=11)
    paragraph(pdf, "1.1 The Chair opened the meeting at 10:02. Apologies were noted from one Non-Executive Director.")
    heading(pdf, "2. Declarations of interest", size=11)
    paragraph(pdf, "2.1 There were no declarations relating to items on the agenda.")
    heading(pdf, "3. Minutes of the last meeting (25.09.2025) and matters arising", size=11)
    paragraph(pdf, "3.1 The minutes of the meeting held on 25 September 2025 were agreed as an accurate record. "
                   "The action log was reviewed and updated as shown at the end of these minutes.")
    heading(pdf, "4. Pathology managed service: contract award", size=11)
    paragraph(pdf, "4.1 The Chief Financial Officer presented the business case, which had been supported by the "
                   "Finance and Performance Committee on 16 October. Following a mini-competition under a national "
                   "framework, the preferred bidder for the managed laboratory equipment and consumables service "
                   "was Corvane Diagnostics. The contract would run for seven years from 1 February 2026 at a total "
                   "value of £18,900,000, against the current annual spend of £3.1m.")
    paragraph(pdf, "4.2 A Non-Executive Director asked about the risk of disruption during the changeover of "
                   "analysers. The Chief Operating Officer said that the risk that laboratory turnaround times "
                   "would fall during installation would be mitigated by a phased installation over weekends, with "
                   "the current analysers kept running in parallel for eight weeks.")
    paragraph(pdf, "4.3 The Board APPROVED the award of the pathology managed service contract to Corvane "
                   "Diagnostics for seven years at a total value of £18.9m, and DELEGATED signature of the contract "
                   "to the Chief Executive and the Chief Financial Officer.")
    heading(pdf, "5. Integrated performance report", size=11)
    paragraph(pdf, "5.1 The Board NOTED performance against the four-hour standard (71.4 per cent in September) "
                   "and the cancer 62-day standard.")
    heading(pdf, "6. Finance report - month 6", size=11)
    paragraph(pdf, "6.1 The Trust reported a deficit of £2.9m at month 6, £0.6m adverse to plan. Agency spend "
                   "remained above the cap of £9.4m for the year. The Board NOTED the report.")
    heading(pdf, "7. Board assurance framework", size=11)
    paragraph(pdf, "7.1 The Company Secretary presented the BAF. Two principal risks were discussed:")
    table(pdf, [["Ref", "Principal risk", "Current score", "Key controls and actions"],
                ["BAF 2", "Insufficient registered nurses on inpatient wards leads to unsafe staffing and harm to patients",
                 "16", "International recruitment of 60 nurses; daily safe-staffing huddle; retention programme for newly qualified staff"],
                ["BAF 5", "Failure of the main hospital electrical infrastructure causes loss of critical services",
                 "15", "Backlog maintenance programme prioritised; second generator installed; business continuity plans tested twice a year"]],
          widths=[16, 62, 20, 72], header="bold", size=9)
    paragraph(pdf, "7.2 The Board NOTED the BAF and AGREED the reduction in the score of BAF 5 from 20 to 15.")
    heading(pdf, "8. Questions from governors and the public", size=11)
    paragraph(pdf, "8.1 A public governor asked about car parking charges for volunteers; the Chief Executive "
                   "confirmed they would remain free.")
    heading(pdf, "Action log", size=11)
    table(pdf, [["Ref", "Action", "Lead", "Due", "Status"],
                ["TB-25-019", "Report on the maternity staffing review", "Chief Nurse", "Nov 2025", "Open"],
                ["TB-25-022", "Add estates risks to the BAF", "Company Secretary", "Oct 2025", "Closed"],
                ["TB-25-026", "Brief governors on the pathology changeover", "Chief Operating Officer", "Jan 2026", "New"]],
          widths=[24, 72, 38, 20, 16], header="bold", size=9)
    save(pdf, path)


def glenmorran_ijb(path):
    pdf = Paper(running_header="Glenmorran Integration Joint Board - 18 June 2025 - Item 9",
                footer="Page {page}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    for line in ["ITEM No 9", "REPORT TO: GLENMORRAN HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD - 18 JUNE 2025",
                 "REPORT ON: CARE AT HOME - RECOMMISSIONING AND DIRECTIONS", "REPORT BY: CHIEF OFFICER",
                 "REPORT NO: GIJB 27-2025"]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    heading(pdf, "1.0 PURPOSE OF REPORT", size=11)
    numbered(pdf, "1.1", "To seek approval to recommission care at home services from external providers and to "
                         "issue directions to Glenmorran Council and NHS Glenmorran for the delivery of the service.")
    heading(pdf, "2.0 RECOMMENDATIONS", size=11)
    paragraph(pdf, "It is recommended that the Integration Joint Board (IJB):")
    numbered(pdf, "2.1", "Approves the recommissioning of care at home services through a flexible framework with a "
                         "maximum of eight providers from 1 April 2026, at an estimated annual value of £11.6 million;")
    numbered(pdf, "2.2", "Instructs the Chief Officer to issue the directions set out in Appendix 1 to Glenmorran "
                         "Council and NHS Glenmorran;")
    numbered(pdf, "2.3", "Notes that the existing contract with Strathlee Homecare for overnight support will be "
                         "extended to 31 March 2026 at a cost of £640,000.")
    heading(pdf, "3.0 FINANCIAL IMPLICATIONS", size=11)
    numbered(pdf, "3.1", "The care at home budget delegated to the IJB for 2025/26 is £24.3 million, of which £12.7 "
                         "million funds the in-house service. The recommissioned framework fits within the remaining "
                         "budget. The Scottish Living Wage uplift of £1.1 million has been included.")
    heading(pdf, "4.0 MAIN TEXT", size=11)
    numbered(pdf, "4.1", "The current framework, awarded in 2021, ends on 31 March 2026. Unmet need has risen to "
                         "2,900 hours a week in the rural west, and two providers left the framework in 2024.")
    numbered(pdf, "4.2", "Strathlee Homecare has provided the overnight support service since 2022. Its contract "
                         "ends on 30 September 2025 and a six-month extension will allow the service to move to the "
                         "new framework.")
    numbered(pdf, "4.3", "Glenmorran Council will run the procurement on behalf of the IJB. NHS Glenmorran will "
                         "provide district nursing input to people receiving care at home.")
    heading(pdf, "5.0 RISK ASSESSMENT", size=11)
    table(pdf, [["Risk 1 Description", "Providers may not bid for rural lots because travel time is unpaid, leaving unmet need in the west."],
                ["Risk Category", "Operational"],
                ["Inherent Risk Level", "Likelihood 4 x Impact 4 = 16 (Extreme)"],
                ["Mitigating Actions", "Paid travel time in rural lots; a rural rate premium; early engagement events with providers."],
                ["Residual Risk Level", "Likelihood 3 x Impact 3 = 9 (High)"],
                ["Planned Risk Level", "Likelihood 2 x Impact 3 = 6 (Moderate)"],
                ["Approval recommendation", "Given the mitigating actions, the risk is deemed acceptable."]],
          widths=[50, 120], header=None, size=9.5)
    heading(pdf, "6.0 CONSULTATIONS", size=11)
    numbered(pdf, "6.1", "The Chief Finance Officer, the Clerk and the partnership's provider forum were consulted.")
    heading(pdf, "7.0 DIRECTIONS", size=11)
    numbered(pdf, "7.1", "The IJB requires a mechanism to action its strategic plan; directions to Glenmorran Council "
                         "and NHS Glenmorran are set out in Appendix 1 (Direction required: Yes - both).")
    paragraph(pdf, "Lorna Baird, Chief Officer                                                    DATE: 4 June 2025")
    pdf.add_page(orientation="L")
    heading(pdf, "APPENDIX 1 - DIRECTION FROM GLENMORRAN INTEGRATION JOINT BOARD", size=12)
    table(pdf, [["Reference", "Date direction issued", "Direction to", "Service", "Budget allocated", "Effective from", "Review date"],
                ["DIJB27-2025 (a)", "18 June 2025", "Glenmorran Council", "Care at home (external framework and in-house service)", "£23,900,000", "1 April 2026", "March 2027"],
                ["DIJB27-2025 (b)", "18 June 2025", "NHS Glenmorran", "District nursing support to care at home", "£1,450,000", "1 April 2026", "March 2027"]],
          widths=[30, 30, 36, 70, 30, 30, 30], header="bold", size=9)
    paragraph(pdf, "Functions covered: social care services for adults delegated under the integration scheme; "
                   "community nursing. The direction supersedes direction DIJB14-2023 from its effective date.")
    save(pdf, path)


def brackwater_award(path):
    pdf = Paper(running_header="Brackwater Borough Council | Cabinet | 12 November 2025 | Agenda item 8",
                footer="Page {page} of {pages}", title="Award of the Healthy Lifestyles Service contract")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Brackwater Borough Council", new_x="LMARGIN", new_y="NEXT")
    table(pdf, [["Report to", "Cabinet"], ["Date of meeting", "12 November 2025"],
                ["Report title", "Award of the Healthy Lifestyles Service contract"],
                ["Report of", "Director of Public Health"], ["Cabinet Member", "Cabinet Member for Health and Wellbeing"],
                ["Key decision", "Yes - forward plan reference KD/2025/061"], ["Classification", "Part exempt (Appendix B)"]],
          widths=[50, 120], header=None, size=10)
    heading(pdf, "1. Summary", size=12)
    numbered(pdf, "1.1", "This report sets out the outcome of the tender for an integrated healthy lifestyles service "
                         "(stop smoking, weight management and NHS Health Checks outreach) and recommends an award.")
    heading(pdf, "2. Recommendations", size=12)
    paragraph(pdf, "2.1 That Cabinet:")
    bullet(pdf, "(a) awards the Healthy Lifestyles Service contract to Vitalis Community Interest Company for three "
                "years from 1 April 2026, with options to extend for up to two further years, at an annual value of "
                "£742,000 (£2,226,000 for the initial term);", marker="")
    bullet(pdf, "(b) delegates authority to the Director of Public Health to approve the extensions; and", marker="")
    bullet(pdf, "(c) notes that the public health grant for 2025/26 is £9,870,000 and that the service is funded from it.", marker="")
    heading(pdf, "3. Background", size=12)
    numbered(pdf, "3.1", "The current services are delivered under three separate contracts which all end on 31 "
                         "March 2026: stop smoking by Brackwater Pharmacy Alliance, weight management by Active "
                         "Lives Trust, and health check outreach by the Council's own community team.")
    numbered(pdf, "3.2", "Cabinet approved the procurement strategy on 14 May 2025 (minute 112). The tender was "
                         "published on 2 June 2025 under the open procedure and closed on 18 July 2025.")
    heading(pdf, "4. Procurement outcome", size=12)
    numbered(pdf, "4.1", "Four compliant tenders were received and evaluated 70 per cent quality, 10 per cent social "
                         "value and 20 per cent price. Bidder names other than the recommended bidder are in exempt "
                         "Appendix B.")
    table(pdf, [["Bidder", "Quality (70)", "Social value (10)", "Price (20)", "Total (100)", "Rank"],
                ["Vitalis Community Interest Company", "61.2", "8.5", "18.9", "88.6", "1"],
                ["Bidder B", "57.4", "7.0", "20.0", "84.4", "2"],
                ["Bidder C", "49.0", "6.5", "17.1", "72.6", "3"],
                ["Bidder D", "44.8", "5.0", "16.4", "66.2", "4"]],
          widths=[58, 24, 28, 22, 22, 16], header="shaded", size=9)
    heading(pdf, "5. Alternative options considered", size=12)
    numbered(pdf, "5.1", "Extending the current contracts was rejected because there is no extension provision left. "
                         "Delivering the whole service in house was rejected on cost and recruitment grounds.")
    heading(pdf, "6. Financial implications", size=12)
    numbered(pdf, "6.1", "The annual value of £742,000 compares with a combined spend of £811,000 on the current "
                         "contracts, a saving of £69,000 a year. Contracts above £500,000 are key decisions.")
    heading(pdf, "7. Risks", size=12)
    table(pdf, [["Risk", "Mitigation", "RAG"],
                ["Staff transferring under TUPE from the outgoing providers leave before mobilisation",
                 "Early staff engagement sessions and a TUPE working group with all three outgoing providers", "Amber"],
                ["Referrals fall during the transition between providers",
                 "A three-month mobilisation period and a joint communications plan with GP practices", "Green"]],
          widths=[70, 80, 20], header="bold", size=9)
    heading(pdf, "8. Timetable", size=12)
    numbered(pdf, "8.1", "Standstill period ends 24 November 2025; contract signature by 5 December 2025; "
                         "mobilisation from January 2026; service start 1 April 2026.")
    paragraph(pdf, "Contact officer: Deepa Rahman, Public Health Commissioning Manager, telephone 01632 961 207.")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix A - Current and proposed contract arrangements", size=12)
    table(pdf, [["Service", "Current provider", "Current annual value", "End date", "Proposed provider", "Proposed annual value"],
                ["Stop smoking service", "Brackwater Pharmacy Alliance", "£298,000", "31/03/2026", "Vitalis Community Interest Company", "combined"],
                ["Adult weight management", "Active Lives Trust", "£366,000", "31/03/2026", "Vitalis Community Interest Company", "combined"],
                ["Health check outreach", "In-house community team", "£147,000", "31/03/2026", "Vitalis Community Interest Company", "combined"],
                ["Total", "", "£811,000", "", "", "£742,000"]],
          widths=[48, 50, 34, 26, 58, 40], header="bold", size=9)
    save(pdf, path)


def easterby_budget(path):
    pdf = Paper(running_header="Easterby County Council - Cabinet 9 December 2025",
                footer="Page {page} of {pages}", title="2025/26 Quarter 2 Revenue Budget Monitoring")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "Easterby County Council\nReport to Cabinet - 9 December 2025\n2025/26 Quarter 2 Revenue "
                         "Budget Monitoring", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Report of: Executive Director of Resources (Section 151 Officer)\nWards affected: All\nKey "
                   "decision: No")
    heading(pdf, "1. Recommendations", size=12)
    paragraph(pdf, "Cabinet is recommended to:\n1.1 note the forecast revenue outturn for 2025/26 of a £9.7m "
                   "overspend against the approved net budget of £612.4m;\n1.2 approve the contract uplift for the "
                   "Easterby Independent Living Service described in paragraph 5.3; and\n1.3 approve the transfer "
                   "of £3.0m from the budget resilience reserve to adult social care.")
    heading(pdf, "2. Overall position", size=12)
    table(pdf, [["Directorate", "Net budget £m", "Forecast £m", "Variance £m"],
                ["Adults and Health", "248.6", "256.1", "7.5"],
                ["Children and Families", "171.3", "175.9", "4.6"],
                ["Place and Environment", "96.2", "95.4", "(0.8)"],
                ["Resources", "58.7", "57.1", "(1.6)"],
                ["Corporate items", "37.6", "37.6", "0.0"],
                ["Total", "612.4", "622.1", "9.7"]],
          widths=[60, 35, 35, 35], header="bold", size=9.5)
    heading(pdf, "3. Adults and Health", size=12)
    paragraph(pdf, "3.1 The overspend of £7.5m arises from rising numbers of people in nursing care (+£4.2m), "
                   "continuing cost pressures on home care rates (+£2.6m) and a shortfall in client income (+£0.7m).")
    paragraph(pdf, "3.2 Savings of £5.1m were built into the budget; £3.4m are on track and £1.7m are rated red.")
    heading(pdf, "4. Children and Families", size=12)
    paragraph(pdf, "4.1 External residential placements are forecast to cost £4.6m more than budgeted. The average "
                   "weekly cost of a placement has risen to £6,850.")
    heading(pdf, "5. Contracts", size=12)
    paragraph(pdf, "5.1 The table below shows the largest contract lines in the Adults and Health budget and the "
                   "forecast spend for the year.")
    table(pdf, [["Contract", "Provider", "Annual contract value", "Forecast 2025/26", "Variance"],
                ["Extra care housing support", "Hearthstone Housing Association", "£4,310,000", "£4,310,000", "-"],
                ["Integrated community equipment service", "Medequip Easterby", "£3,280,000", "£3,655,000", "£375,000"],
                ["Easterby Independent Living Service", "Penrose Living", "£5,960,000", "£6,420,000", "£460,000"],
                ["Advocacy hub", "VoiceAbility Easterby", "£612,000", "£612,000", "-"]],
          widths=[50, 48, 28, 26, 18], header="bold", size=9)
    paragraph(pdf, "5.2 The equipment overspend reflects higher volumes of hospital discharge orders, partly funded "
                   "by the Better Care Fund.")
    paragraph(pdf, "5.3 Penrose Living has asked for an uplift to reflect the increase in the national living wage. "
                   "It is proposed to vary the contract by £460,000 for 2025/26, taking the annual value to "
                   "£6,420,000, within the existing contract term which ends on 31 March 2028.")
    heading(pdf, "6. Risks", size=12)
    paragraph(pdf, "6.1 The main risk to the forecast is winter demand: a further rise in hospital discharges could "
                   "add up to £2m to the adult social care overspend. This is being managed through the discharge "
                   "to assess pathway and weekly review of high-cost packages by the Director of Adult Social Care.")
    paragraph(pdf, "6.2 There is a risk that the Dedicated Schools Grant high needs deficit, forecast at £38.5m by "
                   "31 March 2026, will have to be met from the Council's own resources when the statutory override "
                   "ends. No mitigation is available locally; the Council continues to lobby government.")
    heading(pdf, "7. Reserves", size=12)
    paragraph(pdf, "7.1 General balances stand at £25.0m, 4.1 per cent of the net budget. The budget resilience "
                   "reserve holds £14.8m before the proposed transfer.")
    paragraph(pdf, "Background papers: Budget report to Council, 20 February 2025. Contact: Finance Business Partner "
                   "(Adults), 01632 960 771.")
    save(pdf, path)


def hollowmere_hwb(path):
    pdf = Paper(running_header=None, footer="- {page} -")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "HOLLOWMERE COUNCIL\n\nHEALTH AND WELLBEING BOARD\n\n17 June 2025", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(2)
    paragraph(pdf, "PRESENT: Councillor Ingram in the chair.\nStatutory members: Director of Public Health, Director "
                   "of Adult Social Services, Director of Children's Services, Place Director (NHS Hollowmere and "
                   "Brent Vale ICB), Healthwatch Hollowmere.\nOther members: Hollowmere Voluntary Action, Hollowmere "
                   "and District NHS Foundation Trust, Hollowmere Police.\nThe meeting was held at the Civic Centre, "
                   "Hollowmere.")
    paragraph(pdf, "12  APOLOGIES AND SUBSTITUTIONS - Apologies were received from the Director of Children's "
                   "Services (substitute: Head of Early Help).")
    paragraph(pdf, "13  MINUTES - Resolved - That the minutes of the meeting held on 18 March 2025, having been "
                   "printed and circulated, be taken as read and correctly recorded and be signed by the chair.")
    paragraph(pdf, "14  (9)  BETTER CARE FUND PLAN 2025/26 - The Director of Adult Social Services and the Place "
                   "Director submitted a joint report seeking the Board's approval of the Better Care Fund plan, which "
                   "had been submitted to NHS England in draft on 31 March 2025 under delegated authority.")
    paragraph(pdf, "The pooled fund for 2025/26 totals £31.8m under the section 75 agreement between the Council and "
                   "the ICB, including the Disabled Facilities Grant of £2.9m. The plan continues the schemes below:")
    bullet(pdf, "home from hospital and bridging care from Hollowmere and District NHS Foundation Trust, £3,450,000;")
    bullet(pdf, "carers' breaks and assessments by Hollowmere Carers Centre, £528,000;")
    bullet(pdf, "the community navigator service from Hollowmere Voluntary Action (HVA), £214,000;")
    bullet(pdf, "social prescribing link workers employed by the primary care networks, £390,000.")
    paragraph(pdf, "Members asked about the rising number of people discharged to residential care. The Place Director "
                   "said that the risk that delayed discharges would increase over winter was being mitigated by "
                   "seven-day working in the discharge hub and by the new bridging care contract.")
    paragraph(pdf, "Resolved - (a) That the Better Care Fund plan for 2025/26 be approved;\n(b) That the Director of "
                   "Adult Social Services and the Place Director be authorised to agree the section 75 agreement for "
                   "2025/26; and\n(c) That a quarterly performance report be brought to the Board.")
    paragraph(pdf, "15  (10)  JOINT STRATEGIC NEEDS ASSESSMENT: ORAL HEALTH - The Director of Public Health presented "
                   "the oral health chapter. Resolved - That the chapter be published and that the ICB be asked to "
                   "report on dental access at the next meeting.")
    paragraph(pdf, "16  (11)  HOUSEHOLD SUPPORT FUND - The Board noted that the Council had received £2.6m for the "
                   "period April 2025 to March 2026 and that £180,000 of it would be passed to Hollowmere Voluntary "
                   "Action to run the emergency food network.")
    paragraph(pdf, "Resolved - That the allocation of £180,000 to Hollowmere Voluntary Action for the emergency food "
                   "network be endorsed.")
    paragraph(pdf, "17  DATE OF NEXT MEETING - 23 September 2025 at 2.00 pm.")
    save(pdf, path)


# --------------------------------------------------------------------------- DOCX

def kingsbarrow_officer_decision(path):
    doc = docxgen.new("Kingsbarrow City Council", dt.datetime(2025, 8, 14, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "Kingsbarrow City Council")
    doc.add_paragraph("RECORD OF AN OFFICER DECISION", style="Title")
    doc.add_paragraph("This record is published under the Openness of Local Government Bodies Regulations 2014.")
    docxgen.table(doc, [["Decision reference", "ODR/ASC/2025/118"],
                        ["Decision maker (name and designation)", "Corporate Director of Adult Social Care"],
                        ["Date of decision", "14 August 2025"],
                        ["Subject", "Extension of the contract for the Kingsbarrow Dementia Advice Service"],
                        ["Authority under which decision taken", "Cabinet delegation of 20 March 2024 (minute 214)"],
                        ["Key decision", "No"]], header=False)
    doc.add_heading("Decision", level=2)
    doc.add_paragraph("To extend the contract with Memory Lane Support for the Kingsbarrow Dementia Advice Service for "
                      "twelve months from 1 October 2025 to 30 September 2026, at a cost of £168,000, using the "
                      "extension option in the contract.")
    doc.add_heading("Reasons for the decision", level=2)
    doc.add_paragraph("The service is performing well (94 per cent of carers rated it good or excellent) and the "
                      "extension allows the Council and Kingsbarrow and Fenmoor ICB to jointly commission a single "
                      "dementia pathway from October 2026. The cost is within the approved budget for the service.")
    doc.add_heading("Alternative options considered and rejected", level=2)
    p = doc.add_paragraph("Re-procure now: rejected because the joint pathway has not yet been designed.", style="List Bullet")
    doc.add_paragraph("Let the contract end: rejected because around 430 families use the service each year.", style="List Bullet")
    doc.add_heading("Conflicts of interest declared and dispensations granted", level=2)
    doc.add_paragraph("None.")
    doc.add_heading("Consultation", level=2)
    doc.add_paragraph("Cabinet Member for Adult Social Care (consulted 7 August 2025); Head of Procurement; Finance "
                      "Business Partner.")
    doc.add_heading("Background documents", level=2)
    doc.add_paragraph("Contract monitoring report, quarter 4 2024/25 (not published: contains personal data).")
    docxgen.table(doc, [["Signed", "Corporate Director of Adult Social Care"], ["Date", "14 August 2025"]], header=False)
    doc.save(path)


def stourfield_member_decision(path):
    doc = docxgen.new("Democratic Services, Stourfield District Council", dt.datetime(2025, 5, 6, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "Stourfield District Council")
    doc.add_paragraph("Portfolio Holder Decision Notice", style="Heading 1")
    docxgen.table(doc, [["Decision no.", "PHD 412"],
                        ["Portfolio", "Communities and Wellbeing"],
                        ["Subject", "Voluntary and Community Sector Strategic Grants 2025-2028"],
                        ["Date of decision", "6 May 2025"],
                        ["Call-in expires", "13 May 2025"],
                        ["Decision may be implemented from", "14 May 2025"]], header=False)
    doc.add_heading("Decision", level=2)
    doc.add_paragraph("The Portfolio Holder for Communities and Wellbeing has decided:")
    doc.add_paragraph("1. To award three-year strategic grants from 1 June 2025 to the organisations listed in the table "
                      "below, subject to annual monitoring and to the Council's budget being set each year.", style="List Number")
    doc.add_paragraph("2. To delegate to the Head of Communities the agreement of grant conditions with each organisation.", style="List Number")
    docxgen.table(doc, [["Organisation", "Purpose", "Annual grant", "Three-year total"],
                        ["Stourfield Citizens Advice", "Advice on debt, benefits and housing", "£96,000", "£288,000"],
                        ["Stour Valley Community Transport", "Door-to-door transport for older and disabled residents", "£38,500", "£115,500"],
                        ["Riverside Youth Project", "Detached youth work in the three town centres", "£27,000", "£81,000"],
                        ["Total", "", "£161,500", "£484,500"]])
    doc.add_heading("Reasons for the decision", level=2)
    doc.add_paragraph("The grants support the Council's Community Plan priority of reducing hardship. Multi-year "
                      "awards give the organisations stability to plan and to lever in other funding; each organisation "
                      "secured at least £2 of external funding for every £1 of Council grant in 2024/25.")
    doc.add_heading("Alternative options considered", level=2)
    doc.add_paragraph("Annual grants (rejected: no stability for the sector); a commissioned contract for advice "
                      "services (rejected: would exclude small local organisations).")
    doc.add_heading("Financial implications", level=2)
    doc.add_paragraph("The strategic grants budget is £170,000 a year; £8,500 a year remains unallocated and will be "
                      "added to the small grants fund.")
    doc.add_heading("Declarations of interest", level=2)
    doc.add_paragraph("None declared.")
    doc.add_paragraph("Contact: Communities Team, communities@stourfield.example.gov.uk")
    doc.save(path)


def harrowdale_baf(path):
    doc = docxgen.new("Corporate Governance Team, NHS Harrowdale ICB", dt.datetime(2025, 10, 20, 9, 0), font=("Arial", 10))
    docxgen.banner(doc, "NHS Harrowdale Integrated Care Board")
    docxgen.table(doc, [["Meeting", "Audit and Risk Committee"], ["Date", "28 October 2025"],
                        ["Agenda item", "7"], ["Title", "Board Assurance Framework - Quarter 2 2025/26"],
                        ["Executive lead", "Director of Corporate Governance"],
                        ["Purpose", "Assurance"]], header=False)
    doc.add_heading("1. Recommendation", level=2)
    doc.add_paragraph("The Committee is asked to review the Board Assurance Framework and confirm that it provides "
                      "adequate assurance on the management of the ICB's principal risks before it is presented to the "
                      "Board on 4 November 2025.")
    doc.add_heading("2. Summary of changes since quarter 1", level=2)
    doc.add_paragraph("One new risk (BAF 6, cyber security) has been added. The score of BAF 2 (financial balance) has "
                      "increased from 16 to 20. No risks have been closed.")
    doc.add_heading("3. Principal risks", level=2)
    docxgen.table(doc, [["Ref", "Principal risk", "Owner", "Current (L x I)", "Target", "Key controls / mitigating actions", "Gaps"],
                        ["BAF 1", "If urgent and emergency care demand continues to exceed capacity, then ambulance handover delays will rise and patients will come to harm.",
                         "Chief Operating Officer", "4 x 4 = 16", "9", "System winter plan; care transfer hub open seven days; ambulance handover escalation protocol agreed with acute trusts.", "Mental health crisis beds remain below plan."],
                        ["BAF 2", "If the system does not deliver its efficiency plans, then the ICB will not achieve financial balance in 2025/26.",
                         "Chief Finance Officer", "4 x 5 = 20", "12", "Monthly system finance group; vacancy control panel; recovery actions on continuing healthcare and prescribing.", "Efficiency schemes for quarter 4 not yet identified."],
                        ["BAF 6", "If a cyber attack disables shared clinical systems, then services across the system will be disrupted.",
                         "Chief Digital Officer", "3 x 5 = 15", "10", "Multi-factor authentication for all users; tested offline backups; annual cyber exercise with providers.", "Two GP practices on unsupported software."]])
    doc.add_heading("4. Risk appetite", level=2)
    doc.add_paragraph("The Board's appetite for financial risk is cautious (target scores of 12 or below). Risks above "
                      "appetite are reported to each Board meeting.")
    doc.add_heading("5. Next review", level=2)
    doc.add_paragraph("The BAF will next be reviewed by the Committee on 27 January 2026.")
    doc.save(path)


def fenmoor_primary_care(path):
    doc = docxgen.new("Primary Care Commissioning Team", dt.datetime(2025, 9, 2, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "NHS Kingsbarrow and Fenmoor Integrated Care Board")
    doc.add_paragraph("Primary Care Commissioning Committee - Meeting in Public")
    docxgen.table(doc, [["Date of meeting", "11 September 2025"], ["Agenda item", "6.2"],
                        ["Report title", "Eastgate Medical Centre: award of an APMS contract"],
                        ["Report author", "Head of Primary Care Contracting"],
                        ["Presented by", "Director of Primary Care"],
                        ["Action required", "Approval"]], header=False)
    doc.add_heading("Executive summary", level=2)
    doc.add_paragraph("Eastgate Medical Centre has been run under a caretaking arrangement since the former partners "
                      "handed back their contract in 2024. Following a competitive procurement under the Provider "
                      "Selection Regime, the evaluation panel recommends that an Alternative Provider Medical Services "
                      "(APMS) contract is awarded to Cedar Health Partnership.")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("The Committee is asked to:")
    doc.add_paragraph("approve the award of the APMS contract for Eastgate Medical Centre to Cedar Health Partnership "
                      "for ten years from 1 January 2026, at an estimated value of £1,290,000 a year;", style="List Bullet")
    doc.add_paragraph("note that the caretaking arrangement with Fenmoor GP Federation will be extended to 31 December "
                      "2025 at a cost of £312,000; and", style="List Bullet")
    doc.add_paragraph("note the risks and mitigations in section 5.", style="List Bullet")
    doc.add_heading("1. Background", level=2)
    doc.add_paragraph("The practice has 9,850 registered patients. Its list grew by 6 per cent in the last year, "
                      "largely from new housing at Eastgate Fields.")
    doc.add_heading("2. Procurement", level=2)
    doc.add_paragraph("The opportunity was advertised on 3 March 2025. Three bids were received; Cedar Health "
                      "Partnership scored highest on both quality and patient engagement. The standstill period ended "
                      "on 29 August 2025 without representations.")
    doc.add_heading("3. Finance", level=2)
    doc.add_paragraph("The contract is funded from the delegated primary medical care allocation of £162.4m. The "
                      "value is based on the global sum per weighted patient and includes an estate reimbursement of "
                      "£96,000 a year.")
    doc.add_heading("4. Patient engagement", level=2)
    doc.add_paragraph("Two public meetings were held and a patient representative sat on the evaluation panel.")
    doc.add_heading("5. Risks", level=2)
    docxgen.table(doc, [["Risk", "Mitigation", "Owner"],
                        ["Clinical staff employed under the caretaking arrangement may not transfer, leaving gaps in GP sessions.",
                         "TUPE consultation has started and Cedar Health Partnership will offer retention payments to salaried GPs.", "Head of Primary Care Contracting"],
                        ["Patients may be confused by the change of provider and register elsewhere.",
                         "Letters to every household, a practice open day and updated information on the ICB website.", "Communications Lead"]])
    doc.save(path)


def pellingham_scrutiny(path):
    doc = docxgen.new("Scrutiny Officer, Pellingham City Council", dt.datetime(2025, 10, 8, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "PELLINGHAM CITY COUNCIL")
    doc.add_paragraph("ADULTS, HEALTH AND HOUSING SCRUTINY COMMITTEE", style="Heading 1")
    doc.add_paragraph("Minutes of the meeting held on Thursday 2 October 2025 at 6.00 pm in Committee Room 2, "
                      "Pellingham Town Hall")
    doc.add_paragraph("Present: Councillor Whitcombe (Chair); Councillors Abara, Castell, Doyle, Espinoza, Frain and Gill.")
    doc.add_paragraph("Also present: Councillor Hewitt (Cabinet Member for Adult Care).")
    doc.add_heading("31. Minutes of the previous meeting", level=2)
    doc.add_paragraph("The minutes of the meeting held on 4 September 2025 were agreed as a correct record.")
    doc.add_heading("32. Pre-decision scrutiny: recommissioning of homecare", level=2)
    doc.add_paragraph("The Committee considered the draft Cabinet report on the recommissioning of homecare, due to be "
                      "decided by Cabinet on 21 October 2025. The Head of Commissioning explained that the Council "
                      "proposes to replace its 31 spot providers with eight area-based contracts worth an estimated "
                      "£14.2m a year in total, starting on 1 April 2026.")
    doc.add_paragraph("The current largest provider, Ashgrove Homecare, delivers about 2,100 hours a week under a block "
                      "contract worth £2,460,000 a year which expires on 31 March 2026. Members asked how continuity of "
                      "care would be protected if Ashgrove Homecare did not win an area contract. Officers said the "
                      "risk of people losing their regular carers during the transition would be reduced by a "
                      "six-week handover and by requiring TUPE information from all current providers early.")
    doc.add_paragraph("Members also asked about rates. The proposed minimum rate of £25.10 an hour compared with "
                      "£23.40 paid now.")
    doc.add_paragraph("RESOLVED: That the following recommendations be made to Cabinet:")
    doc.add_paragraph("That Cabinet ensures that the area-based contracts include a guaranteed minimum of paid travel "
                      "time between visits.", style="List Number")
    doc.add_paragraph("That Cabinet asks officers to publish the evaluation criteria for the homecare tender before it "
                      "is issued.", style="List Number")
    doc.add_paragraph("That a progress report on mobilisation be brought to this Committee in February 2026.", style="List Number")
    doc.add_heading("33. Housing Revenue Account business plan", level=2)
    doc.add_paragraph("The Committee noted the update on the 30-year business plan and the £58m programme of "
                      "decarbonisation works.")
    doc.add_heading("34. Work programme", level=2)
    doc.add_paragraph("RESOLVED: That the work programme be agreed, adding an item on adult safeguarding in December.")
    doc.add_paragraph("The meeting ended at 8.10 pm.")
    doc.save(path)


# --------------------------------------------------------------------------- text

LOCHARDEN_TXT = """LOCHARDEN HEALTH AND SOCIAL CARE PARTNERSHIP

At a MEETING of the LOCHARDEN INTEGRATION JOINT BOARD held in the Council Chambers, Locharden House, on 26th August, 2025.

Present:-

Members                         Role
Councillor Moira DALGLEISH      Nominated by Locharden Council (Elected Member) (Chairperson)
Alasdair KERR                   Nominated by Health Board (Non-Executive Member) (Vice Chairperson)
Councillor Euan BRODIE          Nominated by Locharden Council (Elected Member)
Fiona STRACHAN                  Nominated by Health Board (Non-Executive Member)
Gordon McVEY                    Chief Officer
Ishbel RENNIE                   Chief Finance Officer
Catriona WEIR                   Chief Social Work Officer

Councillor Moira DALGLEISH, Chairperson, in the Chair.

I APOLOGIES FOR ABSENCE

Apologies for absence were submitted on behalf of the Director of Public Health.

II DECLARATION OF INTEREST

There were no declarations of interest.

III MINUTE OF PREVIOUS MEETING

The minute of the meeting held on 24th June, 2025 was submitted and approved.

IV FINANCIAL MONITORING POSITION AS AT JUNE 2025

There was submitted Report No LIJB31-2025 by the Chief Finance Officer providing the projected outturn for 2025/26. The IJB is projecting an overspend of £2.18 million, mainly in prescribing and in residential care placements. The reserves balance is £4.6 million, of which £1.9 million is uncommitted.

The Integration Joint Board agreed:-

(i) to note the projected overspend and the actions being taken to reduce it;

(ii) to instruct the Chief Finance Officer to bring a recovery plan to the October meeting.

V COMMISSIONING OF SUBSTANCE USE RECOVERY SERVICES

There was submitted Report No LIJB33-2025 by the Chief Officer seeking approval to commission a recovery community service. Following a tender run by Locharden Council on the Board's behalf, the preferred provider is Hillside Recovery Scotland, a charity already running the peer recovery cafe in the town. The contract would run for three years from 1st November, 2025 with an option of a further two years, at a cost of £445,000 per annum.

The existing contract with Lochside Addiction Support ends on 31st October, 2025 and will not be extended.

The Integration Joint Board agreed:-

(i) to approve the award of the recovery community service contract to Hillside Recovery Scotland for three years from 1st November, 2025 at £445,000 per annum;

(ii) to issue a direction to Locharden Council to enter into the contract on the Board's behalf, as set out in Appendix 2 of the report;

(iii) to note that the Alcohol and Drug Partnership allocation of £1.37 million for 2025/26 will fund the service.

VI RISK REGISTER

There was submitted Report No LIJB34-2025 by the Chief Finance Officer presenting the strategic risk register. The highest risk remained the sustainability of the care home sector: if care homes close because of staffing and costs, people will face delays in leaving hospital. Controls include a care home support team, a provider sustainability fund and monthly market monitoring.

The Integration Joint Board agreed:-

(i) to note the content of the risk register and the mitigating actions in place.

VII DATE OF NEXT MEETING

The Integration Joint Board agreed that the next meeting be held on Tuesday 28th October, 2025 at 2.00 pm.

Moira DALGLEISH, Chairperson.
"""

SALTINGS_MD = """# Saltings District Council

## Record of Decisions - Cabinet

**Date of meeting:** Wednesday 5 March 2025
**Published:** 7 March 2025
**Call-in deadline:** 5.00 pm, 14 March 2025

Decisions below may be implemented after the call-in deadline unless called in. Decisions marked * were taken under urgency and are not subject to call-in.

---

### Item 7 - Temporary Accommodation: Block Booking Agreement

**DECISION MADE: (Ref: CAB 24/25 0611)**

On consideration of the report of the Cabinet Member for Housing, Cabinet agreed the following:

(i) To enter into a block booking agreement with Harbourview Lettings for 40 units of self-contained temporary accommodation for two years from 1 April 2025, at a cost of up to £1,168,000 over the two years.

(ii) To delegate to the Head of Housing the authority to vary the number of units by up to ten, within the approved budget.

**Reasons for decision:** Nightly-paid bed and breakfast costs the Council an average of £74 a night against £40 under the block agreement; the net saving is estimated at £310,000 a year.

**Alternative options considered and rejected:** Continuing to use nightly-paid accommodation; buying properties (to be considered separately in the capital strategy).

---

### Item 8 - Disabled Facilities Grant: Home Improvement Agency

**DECISION MADE: (Ref: CAB 24/25 0612)**

Cabinet agreed:

(i) To note that the shared home improvement agency service provided by Coastline Care and Repair on behalf of Saltings District Council and Westmarsh Borough Council ends on 30 June 2025.

(ii) To approve a direct award to Coastline Care and Repair for a further three years from 1 July 2025, at an annual cost to Saltings of £205,000, funded from the Disabled Facilities Grant allocation of £1.42 million.

**Reasons for decision:** No other agency operates in the district; the provider's performance has been good.

---

### Item 9 - Quarter 3 Performance and Finance Report

**DECISION MADE: (Ref: CAB 24/25 0613)**

Cabinet agreed:

(i) To note the forecast underspend of £186,000 on the general fund.

(ii) To approve the carry forward of £75,000 for the local plan examination.

---

### Item 10 - Council Tax Support Scheme 2025/26 *

**DECISION MADE: (Ref: CAB 24/25 0614)**

Cabinet agreed to recommend to Council that the council tax support scheme for 2025/26 remains unchanged.

---

*For further information contact Democratic Services, Saltings District Council, Marine Parade.*
"""


# --------------------------------------------------------------------------- build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "thornmere-bc_2025-07-15_cabinet_agenda-and-minutes.html").write_text(thornmere_cabinet(), encoding="utf-8")
    (PAPERS / "calderbrook-cc_2025-10-08_cabinet_decision-supported-living-award.html").write_text(calderbrook_decision(), encoding="utf-8")
    (PAPERS / "ravensfell-dc_2025-09-03_executive_issue-leisure-contract-variation.html").write_text(ravensfell_issue(), encoding="utf-8")
    oakhurst_cabinet(PAPERS / "oakhurst-cc_2025-09-23_cabinet_minutes.pdf")
    westmarsh_council(PAPERS / "westmarsh-bc_2025-02-26_council_minutes.pdf")
    harrowdale_icb(PAPERS / "harrowdale-icb_2025-11-04_board_minutes-and-action-log.pdf")
    fenwick_trust(PAPERS / "fenwick-valley-ft_2025-10-30_trust-board_minutes.pdf")
    glenmorran_ijb(PAPERS / "glenmorran-ijb_2025-06-18_ijb_care-at-home-directions.pdf")
    brackwater_award(PAPERS / "brackwater-bc_2025-11-12_cabinet_healthy-lifestyles-award.pdf")
    easterby_budget(PAPERS / "easterby-cc_2025-12-09_cabinet_q2-budget-monitoring.pdf")
    hollowmere_hwb(PAPERS / "hollowmere-council_2025-06-17_health-and-wellbeing-board_minutes.pdf")
    kingsbarrow_officer_decision(PAPERS / "kingsbarrow-cc_2025-08-14_officer-decision_dementia-advice-extension.docx")
    stourfield_member_decision(PAPERS / "stourfield-dc_2025-05-06_portfolio-holder_vcs-strategic-grants.docx")
    harrowdale_baf(PAPERS / "harrowdale-icb_2025-10-28_audit-and-risk-committee_baf.docx")
    fenmoor_primary_care(PAPERS / "kingsbarrow-fenmoor-icb_2025-09-11_primary-care-commissioning-committee_apms-award.docx")
    pellingham_scrutiny(PAPERS / "pellingham-cc_2025-10-02_scrutiny-committee_minutes.docx")
    (PAPERS / "locharden-ijb_2025-08-26_ijb_minutes.txt").write_text(LOCHARDEN_TXT, encoding="utf-8")
    (PAPERS / "saltings-dc_2025-03-05_cabinet_record-of-decisions.md").write_text(SALTINGS_MD, encoding="utf-8")


if __name__ == "__main__":
    main()
