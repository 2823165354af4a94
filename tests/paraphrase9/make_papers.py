"""Build the paraphrase9 development papers (fictional authorities, providers, people and figures).

    .venv/bin/python tests/paraphrase9/make_papers.py

Writes sixteen papers in tests/paraphrase9/papers/: five PDFs (fire authority minutes, an ICB
board cover sheet and paper, a cabinet procurement report with a landscape appendix, a cabinet
member decision record, unitary cabinet minutes with decision boxes), four DOCX (police and crime
panel minutes, an NHS trust cover sheet, a corporate risk register, an EqIA), four HTML pages (a
ModernGov officer decision page, a contract register page, a scrutiny task-and-finish report, a
ModernGov printed minutes page with votes) and three text files (town council minutes, an HWB BCF
paper, a budget report).  Layouts and wordings are not those of paraphrase8; every sentence, name
and figure is invented.
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


def site_page(site: str, title: str, body: str, crumbs: str, moderngov: bool = True) -> str:
    brand = '<span class="hidden">Modern.gov Breadcrumb</span>' if moderngov else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css"></head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<header><div class="brand"><img src="/img/crest.svg" alt="{site}"></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li>
<li><a href="/mgListCommittees.aspx">Meetings</a></li><li><a href="/mgMemberIndex.aspx">Councillors</a></li>
<li><a href="/contact">Contact us</a></li></ul></nav>
<div class="cookie">We use cookies to make this site work. <button>Accept</button> <button>Reject</button></div></header>
<div class="breadcrumb">{brand}{crumbs}</div>
<main id="content">
{body}
</main>
<footer><ul><li><a href="/privacy">Privacy notice</a></li><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/foi">Freedom of information</a></li></ul><p>{site}. All rights reserved. Page last reviewed recently.</p></footer>
</body></html>
"""


# ============================================================================ TXT / MD

ASHCOMBE_TXT = """ASHCOMBE TOWN COUNCIL

Minutes of the Meeting of the Full Town Council held at the Corn Exchange, Market Square, Ashcombe
on Wednesday 10th September 2025 commencing at 7.00pm

Present:   Cllr J. Tillotson (Town Mayor, Chair), Cllr B. Ferrier, Cllr H. Gwynne, Cllr P. Lacey,
           Cllr R. Mbeki, Cllr S. Ottaway, Cllr D. Whitcombe
In attendance: Mrs L. Brereton (Town Clerk), Mr A. Dyas (Deputy Clerk), 3 members of the public

TC25/101  APOLOGIES FOR ABSENCE
          Apologies were received and accepted from Cllr Kaur (work commitments).

TC25/102  DECLARATIONS OF INTEREST
          Cllr Lacey declared an interest in item TC25/106 as a volunteer with Ashcombe Shopmobility.

TC25/103  MINUTES
          Proposed Cllr Ferrier, seconded Cllr Gwynne, and RESOLVED unanimously that the minutes of the
          meeting held on 9th July 2025 are a true record and are signed by the Chair.

TC25/104  GROUNDS MAINTENANCE
          The Clerk reported that the three-year arrangement with Greenacre Landscapes for grass cutting,
          hedge work and bedding in the parks and the cemetery had come to an end on 31/08/2025 and had
          been continued month by month while quotes were sought. Three quotations had been received:
            Greenacre Landscapes        £19,850 p.a.
            Tidyverge Grounds           £22,400 p.a.
            M. Pollard & Son            £24,100 p.a.
          Members noted that Greenacre's quotation was the lowest and that the parks had been well kept.
          Proposed Cllr Whitcombe, seconded Cllr Mbeki. 6 for, 0 against, 1 abstention.
          RESOLVED that Greenacre Landscapes be appointed for grounds maintenance for three years from
          1st October 2025 at £19,850 per annum, with the price reviewed each April against CPI.

TC25/105  PUBLIC TOILETS
          The Council's lease of the Station Road toilets from Merebrook District Council expires on
          31 March 2026. The District Council has offered a new ten-year lease at a peppercorn rent.
          Members were concerned that cleaning costs would rise. The Clerk advised that there is a risk
          that the building will need a new roof within five years; this would be managed by asking the
          District Council to carry out a condition survey before the lease is signed.
          AGREED: to accept in principle the new lease, subject to the condition survey, and to delegate
          the final terms to the Town Clerk in consultation with the Chair of Finance.

TC25/106  GRANTS TO LOCAL ORGANISATIONS
          The Finance and General Purposes Committee recommended the following awards from the 2025/26
          grants budget of £12,000:
            - Ashcombe Shopmobility: £3,500 towards scooter servicing
            - Ashcombe Youth Café: £4,000 for Friday evening sessions
            - Tarrant Valley Foodbank: £2,250 for its winter appeal
          Cllr Lacey left the room for this item. RESOLVED that the three grants be awarded as recommended.

TC25/107  CCTV
          The town centre camera monitoring, which is bought in from Vigilis Monitoring, will not be renewed
          when the current year ends on 31st December 2025; Merebrook District Council will take over the
          cameras from 1st January 2026 under its own arrangements.
          The Council noted the position.

TC25/108  PAYMENTS
          RESOLVED that the schedule of payments for July and August totalling £41,286.19 be approved.

TC25/109  DATE OF NEXT MEETING
          Wednesday 12th November 2025 at 7.00pm.

The meeting closed at 8.41pm.

Signed ........................ (Chair)          Date ................
"""

CORRINGTON_MD = """# Corrington Health and Wellbeing Board

| | |
|---|---|
| **Meeting date** | Thursday, 25 September 2025 |
| **Agenda item** | 7 |
| **Report title** | Better Care Fund: 2025-26 plan and quarter 1 return |
| **Report from** | Joint Director of Integrated Commissioning, Corrington Council and NHS Corrington and Lowdale ICB |
| **Paper for** | Decision |
| **Exempt?** | No |

## Summary

The Better Care Fund (BCF) pools money held by Corrington Council and NHS Corrington and Lowdale Integrated Care Board under a section 75 agreement. The total fund for 2025-26 is £31.6m. This paper asks the Board to sign off the plan retrospectively (it was submitted to meet the national deadline of 30 June 2025) and to note the quarter 1 return.

## What the Board is asked to do

* Ratify the Corrington BCF plan for 2025-26 submitted on 27 June 2025;
* Note the quarter 1 return and the spending set out in Table 1;
* Agree that the hospital discharge service run by Homeward Bound Care should continue on the same terms until 31 March 2026, after which it will be recommissioned.

## Main schemes

Table 1: Selected BCF schemes 2025-26 (£000s)

| Scheme | Delivered by | Budget | Q1 spend |
|---|---|---|---|
| Discharge to assess beds | Corrington Care Homes Partnership | 2,480 | 610 |
| Hospital discharge service (home care) | Homeward Bound Care | 1,150 | 292 |
| Carers' breaks and advice | Corrington Carers Hub | 640 | 158 |
| Disabled Facilities Grant | Corrington Council (capital) | 3,210 | 402 |
| Total shown | | 7,480 | 1,462 |

The remaining £24.1m funds community health services provided by Lowdale Community NHS Trust and adult social care packages; it is not listed here.

Corrington Carers Hub has run carers' support since 2021; this arrangement was extended in April and now runs to 31 March 2027.

## Risks

Demand for discharge to assess beds rose by 14% in quarter 1. The risk is that the scheme overspends by the winter. The ICB and the Council have agreed a trigger point at 85% occupancy, after which a joint review of length of stay will be held.

A second risk is that the Disabled Facilities Grant capital is not spent in year because of a shortage of contractors. No mitigation has been identified.

*Contact: Integrated Commissioning Team, Corrington Council.*
"""

MARLOW_TXT = """MARLOW HEATH COUNCIL
CABINET  -  12 FEBRUARY 2026

REPORT OF THE DIRECTOR OF RESOURCES (SECTION 151 OFFICER)

GENERAL FUND REVENUE BUDGET 2026/27 AND MEDIUM TERM FINANCIAL PLAN 2026/27 TO 2028/29

Portfolio: Finance and Corporate Services
Wards: All
Key decision: Yes - forward plan ref KD/26/004

1. PURPOSE

1.1 To set out the proposed General Fund budget for 2026/27 for recommendation to Council on 26 February 2026.

2. RECOMMENDATIONS

2.1 That Cabinet recommends to Council:
    a) a net revenue budget for 2026/27 of £164.2m;
    b) a council tax increase of 4.99%, of which 2% is the adult social care precept;
    c) the savings proposals set out in Appendix C, totalling £6.8m.

2.2 That Cabinet itself:
    d) approves the inflation uplifts to the major service agreements set out in paragraph 5.3;
    e) notes the risks set out in section 7.

3. BACKGROUND

3.1 The Council is a unitary authority serving 248,000 residents. The spending review settlement was received
on 18 December 2025.

4. PRESSURES

4.1 Growth of £11.9m is built in, of which £7.4m is for adult social care and £2.6m for home to school transport.

5. MAJOR SERVICE AGREEMENTS

5.1 Around 62% of the Council's net budget is spent with external organisations.

5.2 The larger agreements are:

    Service                         Supplier                       2026/27 cost   Runs until
    ------------------------------  -----------------------------  -------------  -----------
    Household waste and recycling   Clearway Environmental         £9,860,000     Mar 2031
    Highways maintenance            Kerbline Infrastructure        £7,140,000     Sep 2028
    Leisure centres (management)    Heathside Leisure               £410,000      Mar 2027
    Revenues and benefits service   shared with Farleigh Council   £2,030,000     n/a

5.3 The Clearway Environmental agreement carries an annual uplift tied to a basket of indices; the uplift for
2026/27 is 3.6% (£342,000) and is included in the figure above. Kerbline Infrastructure's agreement was re-let
last year and the price is fixed until September 2026. The Heathside Leisure management fee falls to zero from
April 2027 and the agreement may be extended by a further five years on those terms.

5.4 The supported bus services previously run by Vale Rider Coaches expired on 31 August 2025 and were not
renewed; the routes are now run under the Combined Authority's franchise.

6. RESERVES

6.1 General reserves are forecast at £14.5m at 31 March 2026, 8.8% of the net budget.

7. RISKS

7.1 Demand in children's placements - the number of children in residential placements could rise above the 96
assumed. Mitigation: a £2m contingency is held centrally and the sufficiency strategy opens two in-house homes in 2026.

7.2 Waste tonnage - a rise in tonnage would increase the gate fees paid. Mitigation: the waste minimisation
campaign and the move to weekly food waste collection.

7.3 Interest rates - borrowing costs may be higher than assumed in the capital financing budget.

8. CONTACT

Ian Petrakis, Director of Resources. Background papers: none.
"""


# ============================================================================ HTML

def tyneford_officer_decision() -> str:
    body = """<h1>Officer decision</h1>
<h2>Adult Skills Fund: Skills Bootcamps delivery partners 2025-26</h2>
<dl class="mgDecisionDetails">
<dt>Decision taken by</dt><dd>Director of Economy and Skills</dd>
<dt>Organisation</dt><dd>Tyneford Combined Authority</dd>
<dt>Date decision made</dt><dd>24 July 2025</dd>
<dt>Decision type</dt><dd>Significant operational decision</dd>
<dt>Delegated power</dt><dd>Scheme of delegation, part 3, paragraph 14(b)</dd>
</dl>
<h3>The decision</h3>
<p>Funding agreements have been offered to two delivery partners for Wave 7 of Skills Bootcamps, following the open call that closed on 30 May 2025:</p>
<ul>
<li>Northgate Digital Academy - digital and cyber bootcamps, up to £1,260,000;</li>
<li>Tyneford College Group - construction and green skills bootcamps, up to £845,000.</li>
</ul>
<p>Delivery runs from 1 September 2025 and all learners must complete by 31 March 2026.</p>
<p>A third bidder, Upskill Partners, was not successful.</p>
<h3>Reasons</h3>
<p>Both partners scored above the quality threshold of 65 per cent and offered the lowest cost per learner outcome in their sectors.</p>
<h3>Other options considered</h3>
<p>Allocating the whole grant to one partner was rejected because no single applicant covered both sectors.</p>
<h3>Declared interests</h3>
<p>None.</p>
<p class="mgSmall">Published 29/07/2025. This decision is not subject to call-in.</p>
<h3>Supporting documents</h3>
<ul><li><a href="/documents/s51770/Evaluation.pdf">Evaluation report (exempt) <img src="/mgIcons/pdf.gif" alt="pdf icon"> PDF 120 KB</a></li></ul>"""
    return site_page("Tyneford Combined Authority", "Officer decision - Adult Skills Fund: Skills Bootcamps delivery partners 2025-26",
                     body, '<a href="/">Home</a> &gt; <a href="/mgDelegatedDecisions.aspx">Officer decisions</a> &gt; Decision')


def hallamvale_register() -> str:
    rows = [
        ("HV-0412", "Housing-related floating support", "Keystone Housing Support", "01/04/2021", "31/03/2026", "£540,000", "1 x 12 months remaining", "Extension to be used"),
        ("HV-0433", "Domiciliary care - rural zone", "Fernlea Home Care", "04/01/2022", "03/01/2026", "£1,320,000", "None", "Re-procurement under way"),
        ("HV-0451", "Advocacy (Care Act and IMHA)", "VoiceAbility Vale", "01/07/2023", "30/06/2026", "£210,500", "2 x 12 months", "May be extended"),
        ("HV-0470", "Young carers service", "Vale Young Carers Trust", "01/09/2022", "31/08/2025", "£88,000", "None", "Expired - not renewed"),
    ]
    trs = "\n".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in rows)
    body = f"""<h1>Audit Committee - 13 November 2025</h1>
<h2>Agenda item 9: Contracts register - contracts ending in the next 12 months</h2>
<p>Report of the Head of Procurement and Commercial Services, Hallam Vale Council</p>
<p><strong>Recommendation:</strong> That the Committee notes the contracts register extract and the actions proposed for each expiring arrangement.</p>
<h3>1. Introduction</h3>
<p>1.1 The Committee asked at its meeting on 11 September 2025 for a regular view of agreements that are close to their end date, so that it can be assured that re-procurement starts in good time.</p>
<h3>2. Register extract</h3>
<table class="register">
<caption>Table 1: Adult social care and housing agreements ending by 31 December 2026 (annual value)</caption>
<thead><tr><th>Ref</th><th>Service</th><th>Supplier</th><th>Start</th><th>End</th><th>Annual<br>value</th><th>Extension<br>options left</th><th>Action</th></tr></thead>
<tbody>
{trs}
</tbody></table>
<h3>3. Commentary</h3>
<p>3.1 The floating support arrangement with Keystone Housing Support will be extended to 31 March 2027 under the remaining option while the housing-related support review concludes.</p>
<p>3.2 Fernlea Home Care has delivered the rural zone since January 2022. The tender for its replacement closes on 14 November 2025 and a decision is due in December.</p>
<p>3.3 The young carers service has been brought in house from 1 September 2025.</p>
<h3>4. Risk</h3>
<p>4.1 If the rural home care tender attracts no compliant bid, people receiving care could face a gap in service in January. The mitigation is a fallback extension clause agreed with Fernlea Home Care for up to six months.</p>
<p>Contact: Procurement Team, procurement@hallamvale.example.gov.uk</p>"""
    return site_page("Hallam Vale Council", "Contracts register - contracts ending in the next 12 months - Audit Committee 13 November 2025",
                     body, '<a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Meetings</a> &gt; Audit Committee', moderngov=False)


def selbourne_scrutiny() -> str:
    body = """<h1 class="mgMainTitleTxt">Overview and Scrutiny Committee - Report of the Community Transport Task and Finish Group</h1>
<table class="mgCover">
<tr><th>Meeting</th><td>Overview and Scrutiny Committee</td></tr>
<tr><th>Date</th><td>16.09.2025</td></tr>
<tr><th>Lead member</th><td>Councillor Anneka Vosper, Chair of the Task and Finish Group</td></tr>
<tr><th>Authority</th><td>Selbourne Borough Council</td></tr>
</table>
<h2>Purpose</h2>
<p>To present the findings of the task and finish group that reviewed community transport between March and July 2025.</p>
<h2>Recommendations</h2>
<p>The Committee is invited to endorse the group's findings and to recommend to the Executive that:</p>
<ol type="A">
<li>the grant to Selbourne Dial-a-Ride be replaced with a three-year service agreement from April 2026, so that performance targets can be set;</li>
<li>officers work with Kingsmead Community Transport to extend the volunteer car scheme to the four northern villages;</li>
<li>a single booking telephone line be commissioned jointly with the county council.</li>
</ol>
<h2>Findings</h2>
<p>Selbourne Dial-a-Ride receives £96,000 a year from the Council and carried 21,400 passenger trips in 2024/25. Its funding letter ends on 31 March 2026. Kingsmead Community Transport runs the volunteer car scheme with no Council money, relying on a lottery award that ends in June 2026.</p>
<p>The group heard that older people in the northern villages wait up to nine days for a booked trip.</p>
<h2>Risks</h2>
<p>Without a stable arrangement, Dial-a-Ride may lose drivers. The group suggests that a multi-year agreement is the best way to manage this.</p>"""
    return site_page("Selbourne Borough Council", "Report of the Community Transport Task and Finish Group", body,
                     '<a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Meetings</a> &gt; Overview and Scrutiny Committee')


def amberley_minutes() -> str:
    body = """<h1 class="mgMainTitleTxt">Minutes</h1>
<h2 class="mgSubTitleTxt">Cabinet, Thursday 26 June 2025</h2>
<p class="mgSubTitleTxt">Amberley County Council</p>
<p><strong>Present:</strong> Councillors Tamsin Holt (Leader), Ravi Bhandari, Colm Doherty, Eunice Lamb, Gareth Morrow, Nia Sefton</p>
<p><strong>Also present:</strong> Councillor Olu Adeyemi (Opposition Group Leader)</p>
<div class="mgItem"><h3>14. Declarations of interest</h3><p>None.</p></div>
<div class="mgItem"><h3>15. Children's residential care: block places</h3>
<p>Councillor Lamb introduced the report. The Council currently buys most residential places for children one at a time at an average weekly cost of £6,900. The report proposed reserving six places in two homes run by Orchard House Care, each for three years from 1 August 2025, at a weekly rate of £5,450 per place, a total of about £5.1m over the three years.</p>
<p>Councillor Adeyemi asked why the Council was not opening its own homes. The Leader replied that two in-house homes were planned but would not open until late 2026.</p>
<p>The recommendations were put to the vote: For 5, Against 0, Abstained 1.</p>
<p><strong>AGREED:</strong></p>
<ul>
<li>to reserve six residential places with Orchard House Care for three years from 1 August 2025 at a total cost of up to £5,100,000;</li>
<li>to note that the arrangement includes a break clause at 18 months;</li>
<li>that the Director of Children's Services agree the final terms.</li>
</ul></div>
<div class="mgItem"><h3>16. Library service: self-service kiosks</h3>
<p>The current kiosk supplier, Shelfmark Systems, will continue to support the existing kiosks until 30 November 2025, when the support arrangement lapses. Cabinet heard that replacement kiosks would be bought through a national framework.</p>
<p><strong>AGREED:</strong> to approve capital spending of £318,000 on replacement library kiosks.</p></div>
<div class="mgItem"><h3>17. Corporate performance - quarter 4 2024/25</h3>
<p>Cabinet noted the quarter 4 performance report without a vote.</p></div>
<div class="mgItem"><h3>18. Urgent item: Amberley Bridge closure</h3>
<p>The Leader agreed to take this item as urgent. Cabinet unanimously AGREED to fund temporary diversion signage and a shuttle bus, at a cost of up to £75,000, while the bridge is closed.</p></div>
<p>The meeting closed at 11.15 am.</p>"""
    return site_page("Amberley County Council", "Minutes - Cabinet - Thursday, 26th June, 2025 10.00 am", body,
                     '<a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Meetings</a> &gt; <a href="/ieListMeetings.aspx?CId=12">Cabinet</a> &gt; Minutes')


# ============================================================================ PDF

def northvale_fire(path):
    pdf = Paper(running_header="Northvale Fire and Rescue Authority  |  16 October 2025",
                footer="NFRA minutes - page {page}", title="Northvale Fire and Rescue Authority - Minutes - 16 October 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "NORTHVALE FIRE AND RESCUE AUTHORITY", align="C", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "MINUTES of the meeting of the Fire and Rescue Authority held at Service Headquarters, "
                   "Beacon Road, Northvale on Thursday, 16 October 2025.")
    paragraph(pdf, "Members: Councillor W Yeoman (Chair), Councillors C Abara, L Fothergill, M Harte, J Kilbride, "
                   "D Nuttall and P Quarrie. Officers: Chief Fire Officer, Treasurer, Clerk to the Authority.")
    heading(pdf, "32/25  Minutes", size=11)
    paragraph(pdf, "The minutes of the meeting on 17 July 2025 were confirmed.")
    heading(pdf, "33/25  Fleet maintenance and repair services", size=11)
    paragraph(pdf, "The Chief Fire Officer reported that the Authority's 61 appliances and 44 light vehicles had been "
                   "maintained by Redline Fleet Services since 2019 and that this arrangement finishes on 31 January "
                   "2026. A joint procurement with two neighbouring authorities had been run through the Emergency "
                   "Services Framework.")
    paragraph(pdf, "Members asked about the distance to the new workshop. The Chief Fire Officer said that mobile "
                   "technicians would cover the outlying stations.")
    paragraph(pdf, "Decision:")
    bullet(pdf, "1. The Authority awarded fleet maintenance and repair for five years from 1 February 2026 to "
                "Harbinger Vehicle Solutions, at an annual cost of £1,184,000.", marker="")
    bullet(pdf, "2. The Authority noted the transition plan for moving work away from Redline Fleet Services.", marker="")
    heading(pdf, "34/25  Medium term financial plan", size=11)
    paragraph(pdf, "The Treasurer presented a forecast gap of £2.3m by 2028/29. Members debated the options for "
                   "closing the gap, including the reduction of one on-call pump.")
    paragraph(pdf, "Decision: the Authority agreed to consult the public on the options in the integrated risk "
                   "management plan from 3 November 2025 for twelve weeks.")
    heading(pdf, "35/25  Corporate risk register", size=11)
    paragraph(pdf, "The Clerk introduced the register. Members discussed the two red risks:")
    table(pdf, [["Risk", "Rating", "Control measures"],
                ["Loss of the mobilising system during the cut-over to the new control room", "20 (red)",
                 "Fallback to the buddy control room at Eastmoor; paper mobilising tested monthly"],
                ["On-call availability falls below 70% at rural stations", "16 (red)",
                 "Recruitment campaign; salaried retained contracts piloted at three stations"],
                ["Cyber attack on station end equipment", "12 (amber)", "Network segregation and annual penetration test"]],
          widths=[75, 25, 70], header="bold", size=9)
    paragraph(pdf, "The Authority noted the corporate risk register.")
    heading(pdf, "36/25  Occupational health provision", size=11)
    paragraph(pdf, "Members were told that Medica Workplace Health had given notice that it would stop providing "
                   "occupational health services on 31 December 2025. The Authority will share the occupational "
                   "health team of Eastmoor Fire and Rescue Authority from 1 January 2026 under a collaboration "
                   "agreement costing £96,500 a year.")
    paragraph(pdf, "Decision: the Authority approved the collaboration agreement with Eastmoor Fire and Rescue "
                   "Authority for occupational health.")
    paragraph(pdf, "The meeting ended at 12.05 pm.")
    save(pdf, path)


def brackenridge_icb(path):
    pdf = Paper(running_header="NHS Brackenridge ICB Board - Part 1 - 4 December 2025 - Item 11",
                footer="Page {page} of {pages}", title="Community diagnostic centre: service award")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "NHS Brackenridge Integrated Care Board\nBoard meeting in public", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [["Agenda item", "11"],
                ["Title", "Community diagnostic centre: service award"],
                ["Date", "Thursday 4th December 2025"],
                ["Executive sponsor", "Chief Delivery Officer"],
                ["Author", "Head of Planned Care Commissioning"],
                ["Purpose", "For approval [X]   For assurance [ ]   For information [ ]"],
                ["Previously considered by", "Finance and Investment Committee, 18 November 2025"],
                ["Conflicts of interest", "None identified"]],
          widths=[55, 115], header=None, size=10)
    heading(pdf, "Recommendations", size=11)
    paragraph(pdf, "Board members are asked to:")
    for text in ("approve the award of the community diagnostic centre service at Hartsfield to Clearview Imaging "
                 "for five years from 1 April 2026, at a total value of £21.5m (£4.3m a year);",
                 "note the outcome of the standstill period, which ended on 21 November 2025 without challenge;",
                 "delegate signature of the agreement to the Chief Executive and the Chief Finance Officer;",
                 "note the risks and how they will be managed (section 5)."):
        bullet(pdf, text, marker="-")
    heading(pdf, "1. Background", size=11)
    for n, text in enumerate((
        "The Hartsfield community diagnostic centre opened in 2023 on an interim basis, staffed by Brackenridge "
        "Teaching Hospitals NHS Foundation Trust. The interim arrangement with the trust lapses at the end of March 2026.",
        "The ICB ran an open procedure under the Health Care Services (Provider Selection Regime) Regulations. "
        "Four bids were received. The service offers CT, MRI, ultrasound, phlebotomy and lung function testing "
        "for around 96,000 tests a year.",
        "The moderated scores are shown below.",
    ), start=1):
        paragraph(pdf, f"1.{n} {text}", size=10.5)
    table(pdf, [["Bidder", "Quality\n(max 60)", "Social value\n(max 10)", "Price\n(max 30)", "Total"],
                ["Clearview Imaging", "51.0", "8.0", "27.5", "86.5"],
                ["Bidder 2", "47.5", "7.0", "30.0", "84.5"],
                ["Bidder 3", "44.0", "6.5", "26.0", "76.5"],
                ["Bidder 4", "39.0", "5.0", "24.5", "68.5"]],
          widths=[60, 28, 30, 26, 26], header="bold", size=9)
    heading(pdf, "2. Finance", size=11)
    paragraph(pdf, "2.1 The recurrent revenue funding of £4.3m a year is within the planned care allocation. The "
                   "previous interim arrangement cost £4.75m in 2024/25.", size=10.5)
    heading(pdf, "5. Risks", size=11)
    table(pdf, [["Risk", "Score", "Comment"],
                ["Workforce: the new provider cannot recruit radiographers in time for go-live", "12",
                 "TUPE applies to 38 staff; the provider has a national bank"],
                ["Estates: the lease of the Hartsfield unit is not transferred before 1 April 2026", "9",
                 "Lease novation agreed in principle with the landlord"],
                ["Activity falls short of the plan", "6", ""]],
          widths=[85, 15, 70], header="shaded", size=9)
    save(pdf, path)


def dunmore_cabinet(path):
    pdf = Paper(running_header="Dunmore District Council | Cabinet | 21 October 2025",
                footer="Page {page}", title="Waste collection fleet and vehicle maintenance procurement",
                author="Head of Environmental Services")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Dunmore District Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Report to: Cabinet\nDate: 21 October 2025\nReport of: Head of Environmental Services\n"
                         "Cabinet member: Councillor Elise Marchbank, Environment\nKey decision: Yes\n"
                         "Public report with exempt Appendix 3", new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Waste collection fleet and vehicle maintenance procurement", size=14)
    heading(pdf, "1. Summary", size=11)
    paragraph(pdf, "1.1 The refuse collection vehicles leased from Haulwell Leasing reach the end of their seven "
                   "year term on 28 February 2026. This report sets out the results of the procurement for a "
                   "replacement fleet and a matching maintenance package and asks Cabinet to approve the awards.")
    paragraph(pdf, "1.2 The procurement was divided into two lots. Lot 1 covers the supply of 22 electric and "
                   "diesel refuse vehicles on an eight-year operating lease; Lot 2 covers planned maintenance and "
                   "repair of the fleet from a local workshop.")
    heading(pdf, "2. Recommendations", size=11)
    paragraph(pdf, "Cabinet is recommended to:")
    recs = [
        "2.1 award Lot 1 (vehicle supply on operating lease) to Ecoroute Vehicle Leasing for eight years from "
        "1 March 2026 at an annual lease cost of £1,368,000;",
        "2.2 award Lot 2 (maintenance and repair) to Dunmore Commercial Garage for five years from 1 March 2026 "
        "with an option to extend for three years, at an estimated annual cost of £312,000;",
        "2.3 approve a supplementary revenue budget of £187,000 a year from 2026/27 to meet the higher cost of the "
        "new fleet;",
        "2.4 delegate to the Head of Environmental Services, in consultation with the Cabinet member, the authority "
        "to agree the final vehicle specifications and the mobilisation plan;",
        "2.5 note that the existing lease with Haulwell Leasing will not be extended.",
    ]
    for text in recs:
        bullet(pdf, text, marker="")
    heading(pdf, "3. Background", size=11)
    for text in (
        "3.1 The Council collects household waste and recycling from around 54,000 properties every week.",
        "3.2 The current fleet was leased in March 2019. By 2025 several vehicles were off the road for more than "
        "30 days a year, and breakdowns caused missed collections in the rural rounds, the longest in the district.",
        "3.3 The Environment Act 2021 requires weekly food waste collections from April 2026, which needs four "
        "additional smaller vehicles.",
        "3.4 Cabinet agreed the procurement strategy on 15 April 2025, including a target that at least half of "
        "the new fleet be electric.",
    ):
        paragraph(pdf, text)
    heading(pdf, "4. Procurement", size=11)
    paragraph(pdf, "4.1 The tender was advertised on 2 June 2025 and closed on 11 July 2025. Table 1 shows the "
                   "evaluated costs.")
    table(pdf, [["Lot", "Bidder", "Annual cost\n(£000s)", "Whole term cost\n(£000s)", "Quality\nscore"],
                ["1", "Ecoroute Vehicle Leasing", "1,368", "10,944", "62 / 70"],
                ["1", "Bidder B", "1,402", "11,216", "55 / 70"],
                ["2", "Dunmore Commercial Garage", "312", "1,560", "58 / 70"],
                ["2", "Bidder D", "298", "1,490", "41 / 70"]],
          widths=[14, 60, 32, 36, 28], header="bold", repeat_header=True, size=9)
    paragraph(pdf, "Table 1: evaluated annual and whole-term costs (£000s). Bidder D fell below the quality threshold.")
    heading(pdf, "5. Risks", size=11)
    paragraph(pdf, "5.1 Late delivery of the electric vehicles would leave the Council without enough vehicles on "
                   "1 March 2026. To manage this, Ecoroute Vehicle Leasing will supply diesel hire vehicles at no "
                   "extra charge until delivery.")
    paragraph(pdf, "5.2 The grid connection at the Millbrook depot may not be upgraded in time to charge the "
                   "electric vehicles. The distribution network operator has given a connection date of January "
                   "2026, and temporary mobile chargers have been priced as a contingency.")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix 1 - Vehicle schedule and lease costs (£000s)", size=12)
    table(pdf, [["Vehicle type", "Number", "Fuel", "Annual lease\nper vehicle\n(£000s)", "Annual lease\ntotal\n(£000s)", "Delivery\nwindow"],
                ["26-tonne refuse collection vehicle", "12", "Electric", "72", "864", "Jan-Feb 2026"],
                ["18-tonne narrow access vehicle", "6", "Diesel", "54", "324", "Feb 2026"],
                ["7.5-tonne food waste vehicle", "4", "Electric", "45", "180", "Feb 2026"],
                ["Total", "22", "", "", "1,368", ""]],
          widths=[80, 22, 26, 40, 40, 40], header="shaded", size=9)
    save(pdf, path)


def lynstead_decision(path):
    pdf = Paper(running_header="Lynstead County Council - Individual Cabinet Member Decision",
                footer="ICMD 2025/77 - page {page} of {pages}", title="Home to school transport: dynamic purchasing system call-offs")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "LYNSTEAD COUNTY COUNCIL\nINDIVIDUAL CABINET MEMBER DECISION", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [["Decision number", "ICMD 2025/77"],
                ["Cabinet Member", "Cabinet Member for Education and Skills, Councillor Hugo Brannigan"],
                ["Subject", "Home to school transport: dynamic purchasing system call-offs"],
                ["Date of decision", "the 3rd day of November 2025"],
                ["Key decision", "Yes (Forward Plan ref. FP/2025/211)"]],
          widths=[50, 120], header=None, size=10)
    heading(pdf, "Decision", size=12)
    paragraph(pdf, "Having considered the report of the Director of Education and the representations received, "
                   "I have decided:")
    decisions = [
        "(a) to award the call-offs under the Council's passenger transport dynamic purchasing system for the "
        "routes listed in the Annex, with effect from 5 January 2026 until the end of the summer term on 22 July 2026;",
        "(b) that the largest call-off, for special educational needs routes in the Lyn Valley, goes to Starline "
        "Minibuses at a value of £684,000 for the period;",
        "(c) that routes 14 to 19 are awarded to Coombe Taxis at a value of £211,300 for the period;",
        "(d) to note that Lynstead Cars has withdrawn from seven routes and that those pupils will be transferred "
        "to the awarded operators;",
        "(e) to ask officers to report by 30 April 2026 on options for the routes from September 2026.",
    ]
    for text in decisions:
        bullet(pdf, text, marker="")
    heading(pdf, "Reasons", size=12)
    paragraph(pdf, "Lynstead Cars gave notice on 10 October 2025. Without new call-offs, 58 pupils would have no "
                   "transport to school from January.")
    heading(pdf, "Alternatives considered", size=12)
    paragraph(pdf, "Direct provision by the Council's own fleet (rejected: no spare vehicles or drivers); personal "
                   "transport budgets for all affected families (offered as an option to families, but not enough on its own).")
    heading(pdf, "Risks", size=12)
    paragraph(pdf, "Operators may not have enough passenger assistants for pupils who need one. This will be "
                   "managed by the Council's own passenger assistant pool, which has nine vacancies filled since September.")
    heading(pdf, "Declarations", size=12)
    paragraph(pdf, "Conflict of interest: none. Dispensation: not applicable.")
    paragraph(pdf, "Signed: Hugo Brannigan, Cabinet Member for Education and Skills        Date: 03.11.2025")
    paragraph(pdf, "Call-in expiry: 5pm, 11 November 2025")
    save(pdf, path)


def greyhaven_cabinet(path):
    pdf = Paper(running_header="Greyhaven Council - Cabinet minutes - 8 July 2025", footer="{page}",
                title="Greyhaven Council Cabinet minutes 8 July 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Greyhaven Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Cabinet\nMinutes of the meeting held on Tuesday 8 July 2025 at 2.00 pm in Committee Room 2, "
                         "The Guildhall, Greyhaven", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    paragraph(pdf, "Present: Councillor Delia Frost (Leader), Councillor Omar Kassim (Deputy Leader), Councillors "
                   "Bryony Ash, Kwame Boateng, Lucy Penhallow, Stuart Wray.")

    def item(number, title, text, decisions, reasons):
        heading(pdf, f"{number}  {title}", size=11)
        paragraph(pdf, text, size=10.5)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 6, "DECISION", new_x="LMARGIN", new_y="NEXT")
        for d in decisions:
            bullet(pdf, d, marker="", size=10.5)
        if reasons:
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 6, "REASON FOR DECISION", new_x="LMARGIN", new_y="NEXT")
            paragraph(pdf, reasons, size=10.5)

    item("21", "Minutes", "The minutes of the meeting held on 10 June 2025 were submitted.",
         ["That the minutes be approved as a correct record."], "")
    item("22", "Substance misuse treatment and recovery service",
         "The Director of Public Health presented the report. The service delivered by Turning Tide Recovery since "
         "2018 had been extended twice and could not lawfully be extended again. A most suitable provider process "
         "under the Provider Selection Regime had identified Turning Tide Recovery as best placed to continue. The "
         "new agreement would start on 1 October 2025 and run for seven years, funded from the public health grant "
         "and the drug and alcohol treatment and recovery improvement grant. The Cabinet Member for Health noted "
         "that the Chief Executive of Turning Tide Recovery had been a council officer until 2022; legal services had "
         "confirmed no conflict arose.",
         ["(1) To award the substance misuse treatment and recovery service to Turning Tide Recovery for seven "
          "years from 1 October 2025 at a value of £2,960,000 per year, £20,720,000 over the full term.",
          "(2) To delegate to the Director of Public Health, in consultation with the Director of Law, authority to "
          "finalise and enter into the agreement."],
         "The provider meets the key criteria and there is no realistic alternative in the local market.")
    item("23", "Food waste collections: depot works",
         "The Cabinet considered the tenders for the conversion of the Cliffside depot. Seven tenders had been "
         "received and the lowest compliant tender was from Penrose Build at £1,742,000. The works would be "
         "complete by 31 March 2026, in time for weekly food waste collections.",
         ["(1) To accept the tender from Penrose Build for the depot conversion works at £1,742,000.",
          "(2) To add £260,000 to the capital programme for contingency."],
         "To meet the statutory requirement to collect food waste weekly from April 2026.")
    item("24", "Treasury management outturn 2024/25",
         "The Section 151 Officer reported that all prudential indicators had been met.",
         ["Cabinet noted the treasury management outturn for 2024/25 and referred it to Council."], "")
    heading(pdf, "25  Exclusion of the public", size=11)
    paragraph(pdf, "There were no exempt items. The meeting ended at 3.40 pm.", size=10.5)
    paragraph(pdf, "Leader: ........................................", size=10.5)
    save(pdf, path)


# ============================================================================ DOCX

def westmoor_panel(path):
    doc = docxgen.new("Westmoor Police and Crime Panel", dt.datetime(2025, 11, 26, 9, 0), font=("Calibri", 11))
    docxgen.banner(doc, "Westmoor Police and Crime Panel")
    doc.add_paragraph("Minutes of the meeting held on 20 November 2025, County Hall, Westmoor")
    doc.add_paragraph("Panel members present: Cllr Aled Brightwell (Chair), Cllr Harriet Cole, Cllr Niamh Dunne, "
                      "Cllr Bashir Ghani, Cllr Felicity Raines, Mr Tom Ashdown (independent co-opted member).")
    doc.add_paragraph("In attendance: Police and Crime Commissioner Joanne Marsh; Chief Executive, Office of the "
                      "Police and Crime Commissioner (OPCC); Chief Finance Officer, OPCC.")
    doc.add_heading("41. Minutes of the previous meeting", level=2)
    doc.add_paragraph("The minutes of the meeting held on 18 September 2025 were agreed.")
    doc.add_heading("42. Commissioned victim services", level=2)
    doc.add_paragraph("The Commissioner reported on the services her office funds for victims of crime. The core "
                      "victim referral and support service is delivered by Brightpath Victim Care at £640,000 a year; "
                      "this was re-let in April 2025 and runs until 31 March 2028. Independent domestic violence "
                      "advisers are provided by Safer Homes Westmoor, jointly funded with the county council. The "
                      "restorative justice service previously provided by Mendwell Mediation expired on 30 September "
                      "2025 and has been brought into the OPCC.")
    doc.add_paragraph("Members asked about waiting times for sexual violence counselling. The Commissioner said that "
                      "her office had added £150,000 to the grant to Westmoor Rape Crisis for 2025/26, bringing it to "
                      "£410,000.")
    doc.add_paragraph("The Panel noted the report and asked the Commissioner to include waiting times for "
                      "counselling in her next performance report.")
    doc.add_heading("43. Proposed precept 2026/27: early view", level=2)
    doc.add_paragraph("The Chief Finance Officer outlined a possible increase of £14 for a Band D property. The "
                      "Panel's formal review of the precept will take place on 5 February 2026.")
    doc.add_paragraph("The Panel noted the early view of the precept.")
    doc.add_heading("44. Confirmation hearing: Deputy Police and Crime Commissioner", level=2)
    doc.add_paragraph("The Panel held a confirmation hearing for the proposed appointment of Mr Ravi Chandran as "
                      "Deputy Police and Crime Commissioner. After deliberating in private, the Panel voted by 5 to 1 "
                      "to recommend the appointment.")
    doc.add_paragraph("Resolved: that the Panel recommends to the Commissioner that Mr Ravi Chandran be appointed "
                      "as Deputy Police and Crime Commissioner.")
    doc.add_heading("45. Complaints against the Commissioner", level=2)
    doc.add_paragraph("The Panel noted that no complaints had been received since the last meeting.")
    doc.add_heading("46. Work programme", level=2)
    doc.add_paragraph("Agreed: to add a session on rural crime to the meeting on 5 February 2026.")
    doc.save(path)


def wyvern_trust(path):
    doc = docxgen.new("Corporate Secretary, Wyvern Community Health NHS Trust", dt.datetime(2025, 11, 20, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "Wyvern Community Health NHS Trust", size=14)
    docxgen.table(doc, [["Report to:", "Trust Board (Public)"],
                        ["Date of meeting:", "27th November 2025"],
                        ["Agenda item:", "TB 25/138"],
                        ["Title:", "Wheelchair and posture service: future arrangements"],
                        ["Presented by:", "Director of Operations"],
                        ["Purpose:", "Decision"],
                        ["Link to strategic objectives:", "SO2 Sustainable services; SO4 Partnerships"],
                        ["Link to BAF:", "BAF 2.1 Financial sustainability"]], header=False)
    doc.add_heading("Executive summary", level=2)
    doc.add_paragraph("The Trust holds the wheelchair and posture service for Wyvern under an NHS standard "
                      "arrangement with NHS Wyvern and Sedgemoor ICB worth £3.1m a year. Since 2021 the repair and "
                      "maintenance element has been subcontracted to Mobility Plus. The subcontract expired on "
                      "30 September 2025 and has been rolled over for six months while the Trust decides whether to "
                      "bring repairs in house.")
    doc.add_heading("Recommendation", level=2)
    doc.add_paragraph("The Board is asked:")
    doc.add_paragraph("1. to approve bringing the repair and maintenance service in house from 1 April 2026;", style="List Number")
    doc.add_paragraph("2. to approve capital investment of £240,000 in a workshop and two vans;", style="List Number")
    doc.add_paragraph("3. to note that the subcontract with Mobility Plus will end on 31 March 2026 and will not be renewed.", style="List Number")
    doc.add_heading("Options", level=2)
    docxgen.table(doc, [["Option", "Annual cost", "Comment"],
                        ["A. Re-tender the subcontract", "£610,000", "Market of two bidders; prices up 18%"],
                        ["B. In-house repairs (preferred)", "£545,000", "TUPE of 9 staff; workshop needed"],
                        ["C. Extend Mobility Plus again", "£588,000", "Not permitted under the Trust's SFIs"]])
    doc.add_heading("Risks", level=2)
    doc.add_paragraph("There is a risk that staff do not transfer and repair times lengthen during the change. "
                      "Mitigation: a retention payment for transferring staff and a six-week overlap with Mobility Plus.")
    doc.add_paragraph("There is a further risk that the ICB does not agree the change to the service specification; "
                      "the ICB's head of contracting has been involved from the start.")
    doc.add_heading("Equality and quality impact", level=2)
    doc.add_paragraph("A quality impact assessment has been completed and is available on request.")
    doc.save(path)


def pennridge_risks(path):
    doc = docxgen.new("Risk and Insurance Team, Pennridge City Council", dt.datetime(2025, 10, 20, 9, 0), font=("Arial", 10))
    docxgen.banner(doc, "Pennridge City Council")
    doc.add_paragraph("Audit and Governance Committee", style="Heading 1")
    doc.add_paragraph("29 October 2025")
    doc.add_paragraph("Corporate Risk Register - Quarter 2 2025/26", style="Title")
    doc.add_paragraph("Report of: Head of Audit, Risk and Insurance")
    doc.add_heading("1. Recommendation", level=2)
    doc.add_paragraph("That the Audit and Governance Committee reviews the corporate risk register and considers "
                      "whether any risk should be referred to the relevant scrutiny committee.")
    doc.add_heading("2. Changes since quarter 1", level=2)
    doc.add_paragraph("One new risk has been added (CR14, contract failure in adult social care). CR09 (elections "
                      "readiness) has been closed following the by-elections in July 2025.")
    doc.add_heading("3. Corporate risk register extract", level=2)
    docxgen.table(doc, [
        ["Ref", "Risk description", "Inherent\n(L x I)", "Existing controls", "Residual\n(L x I)", "Further action", "Owner"],
        ["CR02", "Failure to set a balanced budget for 2026/27 because of demand pressures in social care and "
                 "homelessness.", "5 x 5", "Monthly budget monitoring; spending controls panel", "4 x 5",
         "Savings programme of £9m to be agreed in December", "Director of Finance"],
        ["CR07", "A cyber incident disrupts council services and exposes personal data.", "4 x 5",
         "Multi-factor authentication; offline backups", "3 x 5", "Phishing simulation for all staff by March 2026", "Chief Digital Officer"],
        ["CR14", "A major home care provider exits the market, leaving people without care at short notice.",
         "4 x 4", "", "4 x 4", "None identified yet", "Director of Adult Social Care"],
        ["CR11", "Temporary accommodation costs continue to exceed the budget.", "5 x 4",
         "Block booking of 60 units with Pennridge Lettings Ltd at £1.9m a year", "4 x 4",
         "Purchase of 40 homes for temporary use", "Director of Housing"],
    ])
    doc.add_heading("4. Commentary", level=2)
    doc.add_paragraph("4.1 CR14 was added after Sunrise Domiciliary Care, which delivered about 9% of the city's home "
                      "care hours, handed back its packages in August 2025. Its framework call-off ended on "
                      "15 August 2025. Controls for this risk are still being designed.")
    doc.add_paragraph("4.2 The block booking with Pennridge Lettings Ltd began on 1 June 2025 and runs for two years.")
    doc.save(path)


def kestrelford_eqia(path):
    doc = docxgen.new("Adult Social Care Commissioning, Kestrelford County Council", dt.datetime(2025, 8, 1, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "Kestrelford County Council")
    doc.add_paragraph("Equality Impact Assessment (EqIA)", style="Title")
    docxgen.table(doc, [["Name of proposal", "Recommissioning of day opportunities for adults with learning disabilities"],
                        ["Service area", "Adult Social Care - Commissioning"],
                        ["Assessment completed by", "Senior Commissioning Officer"],
                        ["Date of assessment", "5 August 2025"],
                        ["Decision maker", "Cabinet, 16 September 2025"],
                        ["Version", "2.1 (final)"]], header=False)
    doc.add_heading("Section 1: About the proposal", level=2)
    doc.add_paragraph("Day opportunities are currently bought from three organisations: Oakleaf Day Services, "
                      "Skylark Community Hub and Kestrelford Mencap. The arrangements with Oakleaf Day Services and "
                      "Skylark Community Hub end on 31/03/2026. The Kestrelford Mencap service is funded through a "
                      "grant of £118,000 a year which ends at the same time.")
    doc.add_paragraph("The proposal is to replace these with a single outcome-based framework from 1 April 2026, "
                      "open to new providers, with a total annual budget of £2.7 million.")
    doc.add_heading("Section 2: Who could be affected", level=2)
    doc.add_paragraph("About 410 adults with learning disabilities, their families and carers, and around 160 staff "
                      "employed by the current providers.")
    doc.add_heading("Section 3: Impact on protected characteristics", level=2)
    docxgen.table(doc, [["Characteristic", "Impact", "Evidence and actions"],
                        ["Disability", "Positive / negative", "More choice; risk of disruption for people who find change "
                         "hard. Action: individual transition plans for everyone who moves provider."],
                        ["Age", "Neutral", "Users aged 18 to 84; no difference expected."],
                        ["Sex", "Neutral", "No evidence of different impact."],
                        ["Carers (local priority)", "Negative", "Carers may lose respite hours if sessions are shorter. "
                         "Action: carers' assessments to be reviewed before changes."]])
    doc.add_heading("Section 4: Conclusion", level=2)
    doc.add_paragraph("Proceed with the proposal, with the actions above. The main risk is that people with complex "
                      "needs find the move to a new provider distressing; this is mitigated by individual transition "
                      "plans and a three-month overlap period.")
    doc.add_paragraph("Review date: 31 October 2026")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "ashcombe-tc_2025-09-10_town-council_minutes.txt").write_text(ASHCOMBE_TXT, encoding="utf-8")
    (PAPERS / "corrington-hwb_2025-09-25_health-and-wellbeing-board_bcf-plan.md").write_text(CORRINGTON_MD, encoding="utf-8")
    (PAPERS / "marlow-heath-council_2026-02-12_cabinet_budget-report.txt").write_text(MARLOW_TXT, encoding="utf-8")
    (PAPERS / "tyneford-ca_2025-07-24_officer-decision_skills-bootcamps.html").write_text(tyneford_officer_decision(), encoding="utf-8")
    (PAPERS / "hallam-vale-council_2025-11-13_audit-committee_contracts-register.html").write_text(hallamvale_register(), encoding="utf-8")
    (PAPERS / "selbourne-bc_2025-09-16_overview-and-scrutiny_community-transport-report.html").write_text(selbourne_scrutiny(), encoding="utf-8")
    (PAPERS / "amberley-cc_2025-06-26_cabinet_minutes.html").write_text(amberley_minutes(), encoding="utf-8")
    northvale_fire(PAPERS / "northvale-fra_2025-10-16_fire-authority_minutes.pdf")
    brackenridge_icb(PAPERS / "brackenridge-icb_2025-12-04_board_community-diagnostics-award.pdf")
    dunmore_cabinet(PAPERS / "dunmore-dc_2025-10-21_cabinet_waste-fleet-procurement.pdf")
    lynstead_decision(PAPERS / "lynstead-cc_2025-11-03_cabinet-member-decision_school-transport.pdf")
    greyhaven_cabinet(PAPERS / "greyhaven-council_2025-07-08_cabinet_minutes.pdf")
    westmoor_panel(PAPERS / "westmoor-pcp_2025-11-20_police-and-crime-panel_minutes.docx")
    wyvern_trust(PAPERS / "wyvern-community-nhs-trust_2025-11-27_trust-board_wheelchair-service.docx")
    pennridge_risks(PAPERS / "pennridge-cc_2025-10-29_audit-and-governance-committee_corporate-risk-register.docx")
    kestrelford_eqia(PAPERS / "kestrelford-cc_2025-08-05_eqia_day-opportunities.docx")


if __name__ == "__main__":
    main()
