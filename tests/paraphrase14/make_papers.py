"""Build the paraphrase14 papers (fictional authorities, bodies, providers, people and figures).

    .venv/bin/python tests/paraphrase14/make_papers.py

Writes twelve papers in tests/paraphrase14/papers/: three PDFs (pension fund committee minutes, a
county cabinet report on a highways term maintenance contract with a landscape evaluation page, a
Scottish health board's audit and risk committee minutes), three DOCX (a national park authority
resources committee report, a mental health provider collaborative's lead provider paper, a
district council's waivers report), three HTML pages, each inside a full web page with cookie notice,
navigation, breadcrumbs and footer (a town council contracts register, a London borough officer
decision record, an NHS trust's audit committee minutes as exported to its website) and three
text files (parish council minutes, drainage board minutes in Markdown with front matter, scrutiny
call-in minutes).  Written before any run of the
tool; every sentence, name and figure is invented.  Builders are imported from tests/pdfgen.py
and tests/docxgen.py.
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


# ============================================================================ TXT / MD

LITTLE_HADDON_TXT = """LITTLE HADDON PARISH COUNCIL

Minutes of the Ordinary Meeting of the Parish Council held in the Village Hall, Church Lane, on Tuesday
13 January 2026 at 7.30pm

Present: Cllr Margaret Pennock (Chair), Cllr Owen Tresilian (Vice-Chair), Cllr Bryony Calloway,
Cllr Dev Raghunathan, Cllr Peter Ashdown, Cllr Selina Marwood
In attendance: Mrs Alison Kettle (Clerk and Responsible Financial Officer); two members of the public;
District Cllr Hugh Fenner (for item 26/08)

26/01 Apologies for absence
Cllr Gerald Stobbs sent apologies (work commitment); these were accepted.

26/02 Declarations of interest
Cllr Calloway declared a personal interest in planning application 25/01877/FUL as a neighbour and took
no part in that item.

26/03 Minutes of the previous meeting
It was proposed by Cllr Ashdown, seconded by Cllr Marwood and RESOLVED that the minutes of the meeting
held on 9 December 2025 be signed by the Chair as a correct record.

26/04 Public participation
A resident asked about flooding at the bottom of Mill Lane. The Clerk will report the blocked gully to
the county council's highways team.

26/05 Finance
(a) The bank reconciliation to 31 December 2025 was received. Balances at that date: current account
GBP 4,812.37; deposit account GBP 38,650.00.

(b) Schedule of payments. Cllr Tresilian proposed and Cllr Raghunathan seconded that the following
payments be approved; this was carried unanimously.

  Payee                          Purpose                               Net       VAT      Gross     Ref
  Hedgerow Grounds Care          Grass cutting, final 2025 invoice     1,150.00  230.00   1,380.00  BACS 0461
  Kettle A                       Clerk's salary, December              1,046.20  0.00     1,046.20  BACS 0462
  HMRC                           PAYE and NI, month 9                  261.55    0.00     261.55    BACS 0463
  Brightway Street Lighting      Maintenance of 14 parish lights, Q3   318.00    63.60    381.60    BACS 0464
  Haddon Village Hall Trust      Hall hire, Oct to Dec                 96.00     0.00     96.00     Chq 001288
  Penhallow Playsafe             Annual play area inspection           185.00    37.00    222.00    BACS 0465
  Clerk                          Petty cash top-up (stamps, ink)       42.80     0.00     42.80     Chq 001289

(c) Budget and precept 2026/27. Having considered the draft budget of GBP 27,400, the Council RESOLVED,
on the proposal of Cllr Pennock seconded by Cllr Ashdown, to request a precept of GBP 25,900 for
2026/27, an increase of 3.9 per cent on a Band D property.

26/06 Planning
The Council considered the following applications and agreed its comments to the planning authority:
  25/01877/FUL  Two-storey side extension, 4 Orchard Close - no objection.
  25/01902/OUT  Up to nine dwellings, land west of Fosse Farm - objection: outside the settlement
                boundary, access onto the B4410 is unsafe and the site floods in winter.
  25/01945/LBC  Replacement windows, The Old Forge - the Council supports the application.
Decision notified since the last meeting: 25/01610/FUL (garage conversion, 11 The Green) granted
by the district council on 18 December 2025.

26/07 Grass cutting contract 2026
Three quotations had been obtained for cutting the playing field, churchyard and verges, based on
fourteen cuts a year. Hedgerow Grounds Care quoted 4,600 pounds plus VAT, Greenacre Mowing quoted
5,240 pounds plus VAT and Tillbrook Estates quoted 5,900 pounds plus VAT.
Proposed by Cllr Marwood, seconded by Cllr Calloway, it was RESOLVED to re-appoint Hedgerow Grounds
Care for the 2026 season, 1 March 2026 to 28 February 2027, at its quoted price.

26/08 Reports from the county and district councillors
District Cllr Fenner reported that the district council's new garden waste charge will be 52 pounds a
year from April. He left the meeting at 8.25pm.

26/09 Play area
The annual inspection had found a worn swing chain. Cllr Raghunathan will obtain a price for
replacement chains. Members noted that the council's own play area reserve stands at GBP 6,000.

26/10 Correspondence
A letter from the Haddon Village Hall Trust about raising the hall hire rate to 14 pounds an hour from
April was noted.

26/11 Date of next meeting
Tuesday 10 March 2026 at 7.30pm in the Village Hall.

The meeting closed at 9.05pm.

Signed ...................................... (Chair)      Date ......................
Clerk: Alison Kettle, 07700 900 318, clerk@littlehaddon-pc.example
"""

SEDGEMERE_MD = """---
title: "Minutes of the Board meeting, 27 November 2025"
board: "Sedgemere Internal Drainage Board"
meeting: "Board"
date: 2025-11-27
published: 2025-12-08
category: minutes
layout: document
---

# Sedgemere Internal Drainage Board

## Minutes of the meeting of the Board held at the Board's offices, Fen End, Sedgemere, on Thursday 27 November 2025 at 10.00am

**Present:** Mr Roland Hebblethwaite (Chairman), Mrs Patricia Oddy (Vice-Chairman), Mr Clive Dunmore,
Mr Ashok Varma, Cllr Rebecca Sowerby (appointed by Marshby District Council), Cllr Ian Prendergast
(appointed by Marshby District Council)

**In attendance:** Ms Harriet Crane (Clerk and Engineer), Mr Leon Abbot (Finance Officer)

### 1. Apologies

Apologies were received from Mr Thomas Gedge.

### 2. Declarations of interest

Mr Dunmore declared an interest in item 6 as an occupier of land in the Wragby sub-catchment.

### 3. Minutes of the meeting held on 18 September 2025

The minutes were approved and signed as a true record.

### 4. Pumping station maintenance

The Clerk reported on the tender for the planned and reactive maintenance of the Board's eleven pumping
stations, including the main station at Holme Sluice. Four firms had been invited to tender and three did so.

The lowest compliant price, submitted by Fenpower Pumps and Controls, is 74,800 pounds a year. Its term is
three years from 1 April 2026, with the option of a further two. The present arrangement with Deltamech
Engineering comes to an end on 31 March 2026 and its rates had risen sharply.

*Resolved:* that the pumping station maintenance contract be awarded to Fenpower Pumps and Controls on the
terms set out in the Clerk's report.

Members asked what would happen if a pump failed during a flood event. The Clerk said the contract requires
an engineer on site within four hours, day or night, and the Board keeps two portable pumps in store.

### 5. Drainage rates and special levy 2026/27

The Finance Officer presented the estimates. Expenditure for 2026/27 is estimated at £1,186,000.

| Source | 2025/26 | 2026/27 |
|---|---|---|
| Drainage rates on agricultural land | £412,600 | £431,200 |
| Special levy on Marshby District Council | £598,300 | £626,900 |
| Highland water contribution from the Environment Agency | £88,000 | £88,000 |

*Resolved:* that the drainage rate for 2026/27 be set at 11.42 pence in the pound and the special levy on
Marshby District Council be set at £626,900.

The general reserve was £702,000 at 31 October 2025, equal to about seven months' expenditure.

### 6. Wragby watercourse improvement

The Board noted that the Environment Agency had approved grant in aid of £265,000 for the Wragby
watercourse improvement scheme. Works are expected to start in July 2026.

*Resolved:* that the Clerk seek quotations for the Wragby works and report back.

### 7. Health and safety

The Clerk reported one near miss at Holme Sluice. The risk that staff working alone at remote stations could
be injured and not found quickly was discussed; lone working devices with automatic alerts will be issued to
all operatives by the end of January 2026.

### 8. Date of next meeting

The next meeting of the Board will be held on Thursday 19 February 2026 at 10.00am.

*Harriet Crane, Clerk and Engineer - telephone 01632 961 744*
"""

CASTLE_FENBY_TXT = """CASTLE FENBY BOROUGH COUNCIL

OVERVIEW AND SCRUTINY COMMITTEE

MINUTES of the special meeting held on Wednesday 21 January 2026 at 6.00pm in Committee Room 2,
Castle Fenby Civic Centre

PRESENT: Councillors Yvonne Brack (Chair), Martin Ilsley (Vice-Chair), Chidi Okafor, Frances Lumb,
Neil Pargeter, Ruth Sandiford, Amir Qureshi and Helen Wadkin
ALSO PRESENT: Councillor Graham Treloar (Cabinet Member for Community Safety); Councillors Jo Barnsley and
Kieran Moss (call-in signatories)
OFFICERS: Director of Neighbourhoods; Head of Community Safety; Monitoring Officer; Democratic Services Officer

OSC/31  APOLOGIES AND SUBSTITUTIONS
Apologies were received from Councillor Pauline Rudd. Councillor Wadkin attended as her substitute.

OSC/32  DECLARATIONS OF INTEREST
None.

OSC/33  CALL-IN: CCTV MONITORING AND TOWN CENTRE SAFETY (CABINET DECISION CAB/2026/04)
On 7 January 2026 the Cabinet decided to award the contract for 24-hour monitoring of the borough's 146
public space CCTV cameras to Watchpoint Monitoring Services, to close the council's own control room at
Market Street, and to transfer the control room staff to the new provider. The contract is for five years
from 1 April 2026 and costs 298,000 pounds a year.

The decision was called in by five non-executive members on the grounds that (a) the public had not been
consulted about moving monitoring out of the borough, (b) the cabinet report did not compare the cost of
keeping the service in house, and (c) the police had not been asked about response times.

Councillor Barnsley explained the reasons for the call-in. Monitoring would move to Watchpoint's centre
in Ashby Vale, thirty miles away, and operators there would not know the town.

The Cabinet Member replied that keeping the Market Street control room would cost about 410,000 pounds a
year and needed a new video wall at a cost of 180,000 pounds. The in-house option had been set out in
an exempt appendix. The police had been consulted and supported the change.

Members asked about the risk that cameras would go unwatched during the changeover. The Head of Community
Safety said there would be a six-week parallel running period in which both control rooms operate.

Members also noted that the council's current radio link contract with Skyline Radio Networks, which
carries the camera pictures, ends on 31 March 2026; the Head of Community Safety said it would be
replaced by fibre provided under the new contract.

Councillor Okafor moved and Councillor Lumb seconded that the decision be referred back to the Cabinet.
On being put to the vote the motion was lost (three for, five against).

Councillor Ilsley then moved and Councillor Sandiford seconded the motion below, which was carried
(five for, two against, one abstention).

RESOLVED - That the Committee takes no further action on the call-in, so the Cabinet decision of
7 January 2026 may be implemented at once.

RESOLVED - That the Cabinet be asked to report to this Committee on the performance of the monitoring
contract six months after it starts.

OSC/34  WORK PROGRAMME
The Committee agreed to add a review of the Community Safety Partnership's funding (the Police and Crime
Commissioner's grant of 62,500 pounds for 2025/26) to its work programme for March.

OSC/35  DATE OF NEXT MEETING
Tuesday 17 February 2026 at 6.00pm.

The meeting ended at 7.48pm.

Chair ..........................

Democratic Services Officer: Sasha Venn, 01632 964 220
"""

# ============================================================================ HTML

def site_page(site: str, title: str, nav: list[str], crumbs: list[str], body: str, footer: str) -> str:
    items = "".join(f'<li><a href="/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in nav)
    trail = "".join(f'<li><a href="#">{c}</a></li>' for c in crumbs[:-1]) + f"<li aria-current=\"page\">{crumbs[-1]}</li>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="cookie-notice" class="cookie-notice"><p>This site uses cookies. Some are essential and some help us
understand how the site is used.</p><button>Accept all cookies</button> <button>Essential cookies only</button>
<a href="/cookie-policy">Cookie policy</a></div>
<a class="skip-link" href="#content">Skip to main content</a>
<header><div class="brand"><a href="/">{site}</a></div>
<nav class="primary"><ul>{items}</ul></nav>
<form role="search" action="/search"><label for="s">Search</label><input id="s" name="s"><button>Go</button></form>
</header>
<nav class="breadcrumb" aria-label="You are here"><ol>{trail}</ol></nav>
<div id="content">
{body}
</div>
<footer>{footer}
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/sitemap">Site map</a></li></ul></footer>
</body></html>
"""


def wexcombe_register() -> str:
    body = """<article>
<h1>Contracts register</h1>
<p class="meta">Published by Wexcombe Town Council. Last updated 2 February 2026.</p>
<p>The Town Council publishes every contract worth more than 5,000 pounds, in line with the Local Government
Transparency Code. Values are the annual cost to the Council excluding VAT. A contract shown as
<em>rolling</em> continues until either side gives three months' notice; <em>annual</em> contracts are
reviewed each spring.</p>
<table class="register">
<thead><tr><th>Contractor</th><th>Service</th><th>Start date</th><th>End date</th><th>Annual value</th><th>Term</th></tr></thead>
<tbody>
<tr><td>Wexcombe Green Spaces</td><td>Parks and cemetery grounds maintenance</td><td>1 April 2024</td><td>31 March 2027</td><td>£68,400</td><td>3 years</td></tr>
<tr><td>Brightway Street Lighting</td><td>Festive lighting installation and removal</td><td>01/10/2025</td><td>31/01/2026</td><td>£14,950</td><td>Annual</td></tr>
<tr><td>Clearview Washrooms</td><td>Public toilet cleaning, Market Square and Quay</td><td>1 June 2023</td><td>-</td><td>£22,300</td><td>Rolling</td></tr>
<tr><td>Taylor Doyle Accountants</td><td>Internal audit</td><td>1 May 2025</td><td>30 April 2026</td><td>£2,850</td><td>Annual</td></tr>
<tr><td>Quayside Waste</td><td>Litter bin emptying and street cleansing</td><td>1 April 2025</td><td>31 March 2028</td><td>£41,700</td><td>3 years</td></tr>
<tr><td>Harbourline IT</td><td>IT support and Microsoft licences</td><td>1 September 2024</td><td>-</td><td>£9,600</td><td>Rolling</td></tr>
<tr><td>Shield Alarm Response</td><td>Town Hall intruder alarm monitoring</td><td>1 January 2026</td><td>31 December 2026</td><td>£1,780</td><td>Annual</td></tr>
</tbody>
</table>
<p>The Town Hall cleaning is carried out by the Council's own caretaking staff and is not contracted out.</p>
<p>The Council's net budget for 2025/26 is £1,215,000 and the Band D precept is £98.62.</p>
<p>Questions about this register: Town Clerk's office, 01632 966 015.</p>
</article>"""
    return site_page("Wexcombe Town Council", "Contracts register - Wexcombe Town Council",
                     ["Home", "Your council", "Services", "Whats on", "Allotments", "Contact"],
                     ["Home", "Your council", "Transparency", "Contracts register"], body,
                     "<p>Wexcombe Town Council, Town Hall, Quay Street, Wexcombe. Open Monday to Friday 9am to 1pm.</p>")


def kestonbridge_decision() -> str:
    body = """<div class="mgContent">
<h1 class="mgMainTitleTxt">Decision details</h1>
<h2>Direct award of a temporary accommodation contract - Orchard Court, 45 self-contained units</h2>
<table class="mgDecisionTable">
<tr><th>Decision maker:</th><td>Corporate Director of Housing and Regeneration</td></tr>
<tr><th>Decision status:</th><td>Approved</td></tr>
<tr><th>Is key decision?:</th><td>Yes</td></tr>
<tr><th>Is subject to call in?:</th><td>No - urgency provisions applied</td></tr>
<tr><th>Date of decision:</th><td>19/12/2025</td></tr>
<tr><th>Effective from:</th><td>19 Dec 2025</td></tr>
</table>
<h3>Purpose:</h3>
<p>To secure 45 self-contained flats at Orchard Court, Kestonbridge Road, as temporary accommodation for
homeless families, replacing bed and breakfast placements outside the borough.</p>
<h3>Decision:</h3>
<p>The Corporate Director, under a waiver of the Council's Contract Procedure Rules (waiver reference
WV-2025-118), approved the direct award of a contract to Harbourlight Residential Lettings for the lease and
management of 45 units at Orchard Court for twelve months from 5 January 2026, at a total cost of
£1,468,000.</p>
<h3>Reasons for the decision:</h3>
<p>The Council has a legal duty to house 212 families in temporary accommodation and 38 of them are in bed and
breakfast, 14 of them beyond the six-week legal limit. Orchard Court is available now and costs about £62 a
night per unit, against an average of £94 a night for bed and breakfast. There was no time to run a
competitive tender without losing the building.</p>
<h3>Alternative options considered:</h3>
<ul>
<li>Continuing to use bed and breakfast - rejected because of the cost and the legal limit for families.</li>
<li>Calling off from the sub-regional temporary accommodation framework - rejected; no framework provider
could offer a single block of this size before April 2026.</li>
<li>Buying the building - rejected; the owner would not sell and the capital programme has no provision.</li>
</ul>
<h3>Financial implications:</h3>
<p>The cost is met from the homelessness budget (£23.7m in 2025/26) and the Homelessness Prevention Grant.
Rent and housing benefit income of about £690,000 a year is expected back.</p>
<h3>Interests and dispensations:</h3><p>None declared.</p>
<h3>Consultation:</h3><p>The Cabinet Member for Housing was consulted on 17 December 2025.</p>
<p>Publication date: 22/12/2025</p>
<p>Contact: Rhiannon Osei, Head of Temporary Accommodation. Tel: 020 7946 0733. Email:
rhiannon.osei@kestonbridge.example</p>
</div>"""
    return site_page("London Borough of Kestonbridge", "Decision - Direct award of a temporary accommodation contract - Orchard Court",
                     ["Councillors", "Committees", "Meetings", "Decisions", "Forward plans", "Search documents"],
                     ["Home", "Council and democracy", "Decisions", "Decision details"], body,
                     "<p>London Borough of Kestonbridge, Town Hall, Kestonbridge Broadway. Powered by a committee "
                     "information system.</p>")


def pendlecroft_minutes() -> str:
    body = """<article class="committee-paper">
<p class="exported">Web version of the approved minutes, exported 20 November 2025</p>
<h1>Pendlecroft Hospitals NHS Trust</h1>
<h2>Audit Committee</h2>
<h3>Minutes of the meeting held on 15 October 2025, 2.00pm, Boardroom, Pendlecroft General Hospital</h3>
<p><strong>Members present:</strong> Deborah Lyle (Non-Executive Director, Chair); Kwame Asante (Non-Executive
Director); Sunita Rahman (Non-Executive Director)</p>
<p><strong>In attendance:</strong> Gareth Whitlow (Chief Financial Officer); Carys Penrose (Director of Corporate
Affairs); Liam Hargest (Engagement Lead, Mercer Lowe LLP); Joanna Blythe (Head of Internal Audit, Tamarisk
Assurance); Omar Sheikh (Local Counter Fraud Specialist, Tamarisk Assurance)</p>
<hr>
<p><strong>AC/25/061 Apologies</strong> - none.</p>
<p><strong>AC/25/062 Minutes and action log</strong> - The minutes of 16 July 2025 were approved. Action AC/25/044
was closed.</p>
<h4>AC/25/063 External audit plan 2025/26</h4>
<p>Mr Hargest presented the external audit plan. Mercer Lowe LLP, the Trust's external auditor since 2023,
proposed a fee of &pound;236,500 plus VAT for the 2025/26 audit, up from &pound;214,000 for 2024/25, mainly because
of new requirements on the audit of leases. The plan identifies valuation of land and buildings and the
completeness of expenditure accruals as significant risks.</p>
<p>The Committee <strong>approved</strong> the external audit plan and the proposed fee.</p>
<h4>AC/25/064 Security services contract</h4>
<p>The Director of Corporate Affairs reported that the contract for manned guarding, car park patrols and
lockdown response at both hospital sites, held by Sentinel Gatehouse Security, was due to end on
31 March 2026. A regional framework for security services will not be available until spring 2027.</p>
<p>The Committee <strong>agreed</strong> to extend the Sentinel Gatehouse contract by twelve months to 31 March 2027,
at a cost of one point three eight million pounds for the extension year, and asked that the re-procurement
begin in January 2027.</p>
<p>Members raised the risk that staff turnover at the security company would leave shifts uncovered. The
Director of Corporate Affairs said that the extension includes a service credit for every unfilled shift
and that the London Living Wage will be paid to guards from 1 April 2026.</p>
<h4>AC/25/065 Internal audit progress report</h4>
<p>Ms Blythe reported that six of the fourteen audits in the 2025/26 plan had been completed. The audit of
agency staffing gave limited assurance. The Committee <strong>noted</strong> the progress report.</p>
<h4>AC/25/066 Counter fraud report</h4>
<p>Mr Sheikh, the Trust's Local Counter Fraud Specialist, reported eleven new referrals in the quarter, most
about timesheet and overtime claims. Recoveries of &pound;18,420 had been agreed in one case. The counter fraud
service is part of Tamarisk Assurance's combined internal audit and counter fraud contract, which costs the
Trust &pound;171,000 a year and runs to 30 June 2027.</p>
<p>The Committee <strong>noted</strong> the report.</p>
<h4>AC/25/067 Board assurance framework and corporate risk register</h4>
<p>The Chief Financial Officer summarised the principal risks:</p>
<ul>
<li>Risk BAF-03: the Trust may not deliver its &pound;19.6m efficiency programme, currently &pound;4.1m behind plan.
<em>Mitigation:</em> a weekly recovery meeting chaired by the Chief Executive and schemes moved forward from
2026/27.</li>
<li>Risk BAF-07: a cyber attack could stop clinical systems working. <em>Mitigation:</em> multi-factor
authentication rolled out to all staff and an offline backup tested every month.</li>
</ul>
<p>The Committee <strong>approved</strong> the risk register changes set out in the paper.</p>
<p><strong>AC/25/068 Losses and special payments</strong> - Losses of &pound;27,300 in the quarter were noted.</p>
<p><strong>AC/25/069 Date of next meeting</strong> - 14 January 2026 at 2.00pm.</p>
<p class="reviewed">Page last reviewed: 20 November 2025. Contact the Trust Secretary's office on 01632 962 610.</p>
</article>"""
    return site_page("Pendlecroft Hospitals NHS Trust", "Audit Committee minutes - 15 October 2025 - Pendlecroft Hospitals NHS Trust",
                     ["Our hospitals", "Services", "Patients and visitors", "Working for us", "About us"],
                     ["Home", "About us", "Our board", "Committee papers", "Audit Committee minutes - 15 October 2025"],
                     body, "<p>Pendlecroft Hospitals NHS Trust, Pendlecroft General Hospital, Infirmary Road.</p>")


# ============================================================================ PDF

def calderbrook_pension(path):
    pdf = Paper(running_header="Calderbrook Pension Fund - Pension Fund Committee - 4 December 2025",
                footer="Page {page} of {pages}", title="Pension Fund Committee minutes, 4 December 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Calderbrook Metropolitan Borough Council", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Minutes of a meeting of the Pension Fund Committee (Calderbrook Pension Fund) held on "
                   "4 December 2025 at 10.00am at the Town Hall, Calderbrook")
    paragraph(pdf, "Present: Councillor Diane Mowbray (Chair); Councillors Ravi Sethi, Colin Hebden, Joan Ashworth and "
                   "Stephen Doyle; employer representative Ms Lorna Fisk; scheme member representative Mr Paul Yates "
                   "(non-voting). Officers: Director of Pensions; Head of Investments; Independent Adviser "
                   "(Mrs Kathryn Ruddock).")
    heading(pdf, "PFC 47  Declarations of interest", size=11)
    paragraph(pdf, "All members who are members of the Local Government Pension Scheme declared that interest.")
    heading(pdf, "PFC 48  Minutes", size=11)
    paragraph(pdf, "The minutes of the meeting held on 25 September 2025 were confirmed.")
    heading(pdf, "PFC 49  Fund valuation and funding position", size=11)
    paragraph(pdf, "The Fund's assets were valued at £6.84bn on 30 September 2025. The 2025 triennial valuation "
                   "showed a funding level of 112 per cent. The Fund's actuary, Morland Hale Actuarial, was thanked for "
                   "its work. The Committee agreed to retain Morland Hale Actuarial as actuary for a further four years "
                   "from 1 April 2026; its fixed fee for valuation and routine advice will be £142,000 a year.")
    heading(pdf, "PFC 50  Investment manager appointments", size=11)
    paragraph(pdf, "The Head of Investments reported on the selection of a manager for the new 5 per cent allocation "
                   "to private debt (about £340m). Four managers were interviewed by the Investment Panel on "
                   "11 November 2025.")
    paragraph(pdf, "RESOLVED: that Larchmont Credit Partners be appointed to manage the private debt mandate, at a "
                   "management fee of 65 basis points a year on invested capital.")
    paragraph(pdf, "The Committee also considered the performance of the Fund's global equity manager, Ettrick Row "
                   "Investment Management, which had trailed its benchmark by 1.4 per cent a year over three years. "
                   "After discussion it was agreed to keep Ettrick Row in place, on a reduced fee of 28 bps, and to "
                   "review the mandate again in December 2026.")
    paragraph(pdf, "The passive index funds run by Beacon Index Managers were noted as unchanged.")
    heading(pdf, "PFC 51  Custody services", size=11)
    paragraph(pdf, "The custody contract with Northbank Custody Services expires on 31 March 2026. The Director of "
                   "Pensions advised that a national framework for custody services is being re-let and will not be "
                   "ready until 2027.")
    paragraph(pdf, "RESOLVED: to extend the custody contract with Northbank Custody Services for two years to "
                   "31 March 2028. The extension is expected to cost between £185,000 and £195,000 a year, "
                   "depending on transaction volumes.")
    heading(pdf, "PFC 52  Risk register", size=11)
    paragraph(pdf, "Members discussed risk PF-R09 on the register: that the Fund's pensions administration system "
                   "might not be ready for the national pensions dashboards connection deadline of 31 October 2026. "
                   "The Director of Pensions explained that the software supplier had given a delivery date of June 2026 "
                   "and that a data cleansing project with two temporary staff was under way. Members also noted the "
                   "risk that a rise in ill-health retirements could increase employer costs; the actuary will monitor "
                   "these monthly and the Fund holds an ill-health insurance policy for small employers.")
    paragraph(pdf, "The Committee noted the risk register and agreed that risk PF-R09 be raised from amber to red.")
    heading(pdf, "PFC 53  Budget", size=11)
    paragraph(pdf, "The Fund's administration budget for 2026/27 of £4.9m was approved. Investment management costs "
                   "were £31.2m in 2024/25.")
    heading(pdf, "PFC 54  Next meeting", size=11)
    paragraph(pdf, "Thursday 12 March 2026 at 10.00am.")
    paragraph(pdf, "Signed: ............................... Chair")
    save(pdf, path)


def wendlebury_highways(path):
    pdf = Paper(running_header="Wendlebury County Council - Cabinet - 24 February 2026 - Item 8",
                footer="{page}", title="Award of the Highways Term Maintenance Contract 2026-2034")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Wendlebury County Council", new_x="LMARGIN", new_y="NEXT")
    table(pdf, [["Report to", "Cabinet"],
                ["Date of meeting", "24 February 2026"],
                ["Report title", "Award of the Highways Term Maintenance Contract 2026-2034"],
                ["Report by", "Executive Director of Environment and Transport"],
                ["Cabinet Member", "Cllr Anthony Quayle, Highways and Transport"],
                ["Key decision", "Yes - reference KD/2026/007"]], widths=[45, 125], header=None, size=10)
    heading(pdf, "1. Summary", size=11)
    paragraph(pdf, "The current highways contract with Rowland Mayne Highways ends on 30 September 2026. A new term "
                   "maintenance contract covering reactive repairs, resurfacing, drainage, winter gritting and street "
                   "lighting has been procured under the competitive flexible procedure. This report recommends the "
                   "award to the bidder with the most advantageous tender.")
    heading(pdf, "2. Recommendations", size=11)
    paragraph(pdf, "Cabinet is recommended to:")
    for text in ("2.1 award the Highways Term Maintenance Contract to Corvane Infrastructure for an initial term of "
                 "eight years from 1 October 2026;",
                 "2.2 note that the contract may be extended by up to two periods of two years each, subject to "
                 "performance;",
                 "2.3 delegate authority to the Executive Director of Environment and Transport, in consultation with "
                 "the Cabinet Member for Highways and Transport, to complete the contract and approve the "
                 "mobilisation plan."):
        bullet(pdf, text, marker="")
    heading(pdf, "3. Value and term", size=11)
    paragraph(pdf, "The contract is worth an estimated £38.5 million a year at current programme levels, funded from "
                   "the highways revenue budget and the capital maintenance programme. Over the initial eight years it "
                   "would be worth around £308m. The procurement was let with a price-quality split of 40:60.")
    heading(pdf, "4. Key procurement dates", size=11)
    table(pdf, [["Stage", "Date"],
                ["Tender notice published", "3 June 2025"],
                ["Tenders returned", "12 September 2025"],
                ["Preferred bidder identified", "5 December 2025"],
                ["Standstill period ends", "9 March 2026"],
                ["Mobilisation begins", "April 2026"],
                ["Contract start", "1 October 2026"]], widths=[80, 60], header="bold", size=9.5)
    heading(pdf, "5. Financial implications", size=11)
    paragraph(pdf, "The highways revenue budget for 2026/27 is £27.2m and the capital maintenance allocation from the "
                   "Department for Transport is £21.8m. The winning prices are 3.2 per cent below the current "
                   "contract's rates, a saving of about £1.1m a year. Staff transferring under TUPE will remain in the "
                   "Local Government Pension Scheme; the cost of admission is estimated at £90,000.")
    heading(pdf, "6. Risks", size=11)
    table(pdf, [["Risk", "Rating", "Mitigation"],
                ["Mobilisation is not complete by 1 October 2026, so winter gritting is not ready",
                 "Amber", "Six-month mobilisation period, winter service tested in a live exercise in September 2026"],
                ["A losing bidder challenges the award", "Green",
                 "Evaluation moderated and recorded; legal review of the standstill letters"],
                ["Inflation in bitumen and fuel prices exceeds the budget", "Red",
                 "Annual price adjustment linked to a published index; programme scaled to the budget each year"]],
          widths=[70, 20, 80], header="bold", size=9)
    paragraph(pdf, "Contact officer: Head of Highways Commissioning, telephone 01632 969 402.")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix A: Evaluation summary (tenders received 12 September 2025)", size=11)
    table(pdf, [["Bidder", "Quality score (out of 60)", "Price score (out of 40)", "Total (out of 100)",
                 "Annual price at programme levels", "Rank"],
                ["Corvane Infrastructure", "51.6", "37.2", "88.8", "£38.5m", "1"],
                ["Stannard Civils", "47.4", "40.0", "87.4", "£35.8m", "2"],
                ["Halberd Roads and Lighting", "49.2", "34.1", "83.3", "£42.0m", "3"],
                ["Rowland Mayne Highways", "42.0", "35.5", "77.5", "£40.3m", "4"]],
          widths=[62, 40, 40, 36, 56, 18], header="shaded", size=9)
    paragraph(pdf, "Scores are after moderation. All four bids passed the selection stage.")
    save(pdf, path)


def glenmorrow_audit(path):
    pdf = Paper(running_header="NHS Glenmorrow - Audit and Risk Committee - 11 November 2025 - Approved",
                footer="Page {page} of {pages}", title="Audit and Risk Committee minutes 11 November 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "NHS Glenmorrow", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Minute of the meeting of the Audit and Risk Committee held on Tuesday 11 November 2025 at 9.30am "
                   "by Microsoft Teams and in the Board Room, Glenmorrow House, Inverlarig")
    paragraph(pdf, "Present: Mr Alasdair Rennie, Non-Executive Board Member (Chair); Mrs Morag Cathcart; Dr Euan Baird; "
                   "Ms Fiona Lindsay. In attendance: Director of Finance; Head of Corporate Governance; representatives "
                   "of the internal and external auditors.")
    heading(pdf, "1. Apologies", size=11)
    paragraph(pdf, "Apologies were noted from the Chief Executive.")
    heading(pdf, "2. Minute of the previous meeting of 9 September 2025", size=11)
    paragraph(pdf, "The minute was approved as an accurate record.")
    heading(pdf, "3. Appointment of internal auditors", size=11)
    paragraph(pdf, "The Director of Finance reported that the contract with the present internal auditors, Strathbeg "
                   "Audit Services, ends on 31 March 2026. Following a mini-competition under the national framework, "
                   "the evaluation panel recommended Kinnaird Menzies Assurance, which scored highest on quality and "
                   "price. The contract will run for three years from 1 April 2026 with an option to extend by one "
                   "year, at 610 audit days a year and a day rate of £585, a total annual fee of £356,850.")
    paragraph(pdf, "The Committee approved the appointment of Kinnaird Menzies Assurance as internal auditors and "
                   "recommended it to the Board for ratification.")
    heading(pdf, "4. Counter fraud services", size=11)
    paragraph(pdf, "The Committee was reminded that counter fraud services are provided to NHS Glenmorrow by NHS "
                   "Lornside under a service level agreement. The agreement has been renewed for 2026/27 at a charge of "
                   "£58,400. The Fraud Liaison Officer reported four new cases in the period.")
    paragraph(pdf, "The Committee noted the counter fraud update.")
    heading(pdf, "5. External audit", size=11)
    paragraph(pdf, "The external auditor, appointed by the Auditor General, presented the annual audit plan. The audit "
                   "fee for 2025/26 was set nationally at £287,000. The Committee noted the plan.")
    heading(pdf, "6. Risk management", size=11)
    paragraph(pdf, "The Head of Corporate Governance presented the corporate risk register. The following risks were "
                   "discussed:")
    bullet(pdf, "Workforce: vacancies in theatre nursing could cause planned operations to be cancelled. Action: "
                "international recruitment of 24 nurses is under way and a theatre bank has been set up; the Director "
                "of Nursing will report in February.")
    bullet(pdf, "Financial sustainability: the Board may not meet its savings target of £31m for 2025/26, with "
                "£9.4m unidentified. Action: the Director of Finance will bring a recovery plan to the Board in "
                "December.")
    bullet(pdf, "Estates: the condition of the boiler plant at Inverlarig Royal Hospital could lead to loss of heating. "
                "Action: temporary boilers have been hired and a business case for replacement will go to the Capital "
                "Group.")
    paragraph(pdf, "The Committee noted the risk register and approved the closure of risk CR-112 (Brexit supplies).")
    heading(pdf, "7. Annual accounts timetable", size=11)
    paragraph(pdf, "The Committee approved the timetable for the 2025/26 annual accounts, with the draft accounts to be "
                   "submitted to the auditors by 8 May 2026 and signed by 26 June 2026.")
    heading(pdf, "8. Date of next meeting", size=11)
    paragraph(pdf, "Tuesday 10 February 2026 at 9.30am.")
    save(pdf, path)


# ============================================================================ DOCX

def harrowdale_resources(path):
    doc = docxgen.new("Harrowdale National Park Authority", dt.datetime(2025, 11, 3, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "Harrowdale National Park Authority")
    docxgen.table(doc, [["Committee", "Resources Committee"],
                        ["Date", "12 November 2025"],
                        ["Agenda item", "6"],
                        ["Title", "Fellgate Visitor Centre catering concession and ranger vehicle lease"],
                        ["Author", "Head of Finance and Property"]], header=False)
    doc.add_heading("1. Purpose of the report", level=2)
    doc.add_paragraph("To seek approval to let a new catering concession at Fellgate Visitor Centre and to replace the "
                      "ranger service's vehicles through an operating lease.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("Members are asked to:")
    doc.add_paragraph("A. grant a five-year concession for the café at Fellgate Visitor Centre to Curlew Kitchen from "
                      "1 March 2026;", style="List Bullet")
    doc.add_paragraph("B. approve a four-year operating lease of twelve ranger vehicles from Dalesway Fleet Leasing;",
                      style="List Bullet")
    doc.add_paragraph("C. note the financial and risk implications set out in sections 5 and 6.", style="List Bullet")
    doc.add_heading("3. Catering concession", level=2)
    doc.add_paragraph("The café has been run since 2019 by Beckside Catering, whose concession ends on 28 February 2026. "
                      "Five operators responded to the advertised opportunity. Curlew Kitchen, a local social enterprise "
                      "that will source from farms inside the Park, offered the best combination of menu, local sourcing "
                      "and return. The operator will pay the Authority a fixed concession fee of £36,000 a year plus "
                      "7.5 per cent of turnover above £400,000. The Authority pays nothing to the operator.")
    doc.add_paragraph("Three options were considered: running the café in house, which would need six new posts and was "
                      "judged too risky; closing the café, which would reduce visitor spend in the centre; and the "
                      "concession, which is recommended.")
    doc.add_heading("4. Ranger vehicles", level=2)
    doc.add_paragraph("The ranger service's twelve four-wheel-drive vehicles are between eight and eleven years old. "
                      "Buying new vehicles outright would cost about £540,000 of capital. A lease through a national "
                      "framework is recommended instead: Dalesway Fleet Leasing will supply and maintain twelve vehicles, "
                      "six of them electric pick-ups, for £118,800 a year, with delivery in April 2026.")
    doc.add_heading("5. Financial implications", level=2)
    doc.add_paragraph("The Authority's core grant from Defra for 2025/26 is £5.6m, unchanged in cash terms for the "
                      "third year. The vehicle lease will be met from the fleet budget of £125,000 a year, freeing the "
                      "£540,000 of capital for the Fellgate roof. Income from the concession is expected to be at least "
                      "£36,000 a year, compared with £29,500 received under the present concession. The Authority's "
                      "general reserve stood at £1.32m at 30 September 2025.")
    doc.add_heading("6. Risk implications", level=2)
    doc.add_paragraph("There is a risk that a small operator may not be able to survive a poor summer. To reduce this, "
                      "the concession fee is paid monthly, a three-month deposit will be held and the Authority can "
                      "step in to run a basic kiosk at short notice.")
    doc.add_paragraph("Electric vehicles may have too little range for the remote northern valleys. The fleet is mixed, "
                      "with six diesel vehicles kept for the longest routes, and rapid chargers will be installed at "
                      "the two outstations.")
    doc.add_heading("7. Background papers", level=2)
    doc.add_paragraph("None. Contact: Head of Finance and Property, 01632 960 872.")
    doc.save(path)


def orwell_collaborative(path):
    doc = docxgen.new("Orwell Vale NHS Foundation Trust", dt.datetime(2026, 1, 14, 11, 0), font=("Calibri", 11))
    docxgen.banner(doc, "East Anglian Coast Adult Secure Care Provider Collaborative")
    doc.add_paragraph("Lead provider: Orwell Vale NHS Foundation Trust")
    doc.add_paragraph("Provider Collaborative Partnership Board - 28 January 2026 - Paper 5")
    doc.add_paragraph("Lead Provider Report: Subcontracts for Secure Care Beds 2026/27", style="Heading 1")
    doc.add_paragraph("Presented by: Director of the Provider Collaborative")
    doc.add_heading("1. Background", level=2)
    doc.add_paragraph("Since April 2022 Orwell Vale NHS Foundation Trust has held the budget for adult medium and low "
                      "secure mental health care for the region as lead provider, under a contract with NHS England. "
                      "The collaborative's budget for 2026/27 is £96.4m. The Trust provides most beds itself and buys "
                      "the rest from independent hospitals and one charity under subcontracts.")
    doc.add_heading("2. Subcontracts for 2026/27", level=2)
    doc.add_paragraph("The table shows the value of each subcontract for 2026/27 in thousands of pounds.")
    docxgen.table(doc, [["Subcontractor", "Service", "Beds", "2026/27 value (£000)"],
                        ["Larchfield Hospitals", "Male medium secure, Larchfield Park", "24", "8,640"],
                        ["Saltmarsh Healthcare", "Women's low secure and step-down", "16", "4,215"],
                        ["Cedarbank Clinic", "Learning disability low secure", "10", "3,380"],
                        ["Harbour Steps Trust", "Community forensic recovery houses", "12", "1,106"],
                        ["Total", "", "62", "17,341"]])
    doc.add_paragraph("Harbour Steps Trust is a registered charity (no. 1123456) and provides supported housing with "
                      "visiting forensic staff from the Trust.")
    doc.add_heading("3. Contract terms", level=2)
    doc.add_paragraph("All four subcontracts end on 31 March 2028 and can be ended by either party on six months' written "
                      "notice. Prices are fixed for the year and uplifted each April by the NHS tariff cost uplift.")
    doc.add_paragraph("Beds bought case by case outside these subcontracts are paid at an average of £845 a bed day.")
    doc.add_heading("4. Decisions required", level=2)
    doc.add_paragraph("The Partnership Board is asked to:")
    doc.add_paragraph("approve the subcontract values for 2026/27 set out in section 2;", style="List Number")
    doc.add_paragraph("agree that the Saltmarsh Healthcare subcontract is reviewed by September 2026 in the light of "
                      "its inspection rating;", style="List Number")
    doc.add_paragraph("note the notice terms in section 3.", style="List Number")
    doc.add_heading("5. Risks", level=2)
    doc.add_paragraph("Saltmarsh Healthcare's women's unit was rated 'requires improvement' in October 2025. There is a "
                      "risk that placements have to be moved if the rating falls. The Trust's quality team visits every "
                      "month and an improvement plan has been agreed with the provider.")
    doc.add_paragraph("Should demand for medium secure beds rise above the contracted level, out-of-area placements "
                      "would increase costs. The collaborative holds a risk reserve of £2.2m and reviews demand weekly.")
    doc.add_paragraph("Contact: Collaborative Business Manager, 01632 963 551.")
    doc.save(path)


def ottermoor_waivers(path):
    doc = docxgen.new("Ottermoor District Council", dt.datetime(2026, 1, 6, 15, 0), font=("Arial", 12))
    docxgen.banner(doc, "OTTERMOOR DISTRICT COUNCIL")
    doc.add_paragraph("Audit and Standards Committee, 20 January 2026")
    doc.add_paragraph("Waivers of Contract Standing Orders: April to December 2025", style="Heading 1")
    doc.add_paragraph("Report of the Procurement and Contracts Manager")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("Contract Standing Order 11 requires waivers agreed by the Section 151 Officer to be reported to "
                      "this Committee. This report lists the waivers agreed between 1 April and 31 December 2025.")
    doc.add_heading("2. Recommendation", level=2)
    doc.add_paragraph("That the Committee notes the waivers listed in the table in section 4.")
    doc.add_heading("3. When a waiver is needed", level=2)
    doc.add_paragraph("The Council's Contract Standing Orders set these thresholds (excluding VAT):")
    for text in ("up to £10,000 - one written quotation;",
                 "£10,000 to £75,000 - three written quotations;",
                 "over £75,000 - a formal tender advertised on the Council's e-tendering portal;",
                 "over £214,904 for supplies and services - the Procurement Act 2023 applies in full."):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("A waiver can only be granted where there is a genuine reason, such as a single supplier or an "
                      "emergency, and not because of poor planning.")
    doc.add_heading("4. Waivers agreed", level=2)
    docxgen.table(doc, [["Ref", "Supplier", "Service", "Value", "Reason"],
                        ["W25/03", "Penwarden Software", "Planning system support to 31 March 2027",
                         "£47,250", "Only supplier able to support the existing system"],
                        ["W25/06", "Kitto and Sons Tree Surgeons", "Emergency felling after Storm Hesketh",
                         "£18,900", "Emergency - public safety"],
                        ["W25/07", "Moorview Lifts", "Lift repair, Ottermoor House", "£12,480",
                         "Original installer; warranty would be lost otherwise"],
                        ["W25/09", "Dunstable Hart Consulting", "Interim Head of Planning, 26 weeks",
                         "£81,000", "Urgent cover for a vacant statutory post"],
                        ["W25/11", "Trevail Community Transport", "Dial-a-ride service extension to 30 September 2026",
                         "£36,600", "Allows alignment with the county council's transport review"]])
    doc.add_heading("5. Comment", level=2)
    doc.add_paragraph("Five waivers with a combined value of £196,230 were agreed, compared with eight worth £311,000 in "
                      "the same period last year. The interim planning post accounts for the largest single waiver; "
                      "permanent recruitment concluded in November and the new Head of Planning started on "
                      "5 January 2026. The Council spent £38.7m with external suppliers in 2024/25.")
    doc.add_paragraph("Agency staff are engaged through a neutral vendor at rates of up to £95 an hour; these are not "
                      "waivers and are not listed.")
    doc.add_heading("6. Risk", level=2)
    doc.add_paragraph("Frequent waivers could expose the Council to challenge from suppliers who were not given a chance "
                      "to bid. Each waiver is checked by the Monitoring Officer, and the contracts register shows when "
                      "each waived contract must be re-tendered.")
    doc.add_paragraph("Contact: Procurement and Contracts Manager, telephone 01632 968 731.")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "little-haddon-pc_2026-01-13_parish-council_minutes.txt").write_text(LITTLE_HADDON_TXT, encoding="utf-8")
    (PAPERS / "sedgemere-idb_2025-11-27_board_minutes.md").write_text(SEDGEMERE_MD, encoding="utf-8")
    (PAPERS / "castle-fenby-bc_2026-01-21_overview-and-scrutiny-committee_cctv-call-in.txt").write_text(CASTLE_FENBY_TXT, encoding="utf-8")
    (PAPERS / "pendlecroft-hospitals_2025-10-15_audit-committee_minutes.html").write_text(pendlecroft_minutes(), encoding="utf-8")
    (PAPERS / "wexcombe-tc_2026-02-02_contracts-register.html").write_text(wexcombe_register(), encoding="utf-8")
    (PAPERS / "kestonbridge_2025-12-19_officer-decision_temporary-accommodation-direct-award.html").write_text(kestonbridge_decision(), encoding="utf-8")
    calderbrook_pension(PAPERS / "calderbrook-mbc_2025-12-04_pension-fund-committee_minutes.pdf")
    wendlebury_highways(PAPERS / "wendlebury-cc_2026-02-24_cabinet_highways-term-maintenance-contract.pdf")
    glenmorrow_audit(PAPERS / "nhs-glenmorrow_2025-11-11_audit-and-risk-committee_minutes.pdf")
    harrowdale_resources(PAPERS / "harrowdale-npa_2025-11-12_resources-committee_catering-concession-and-vehicle-lease.docx")
    orwell_collaborative(PAPERS / "orwell-vale-ft_2026-01-28_provider-collaborative-board_secure-care-subcontracts.docx")
    ottermoor_waivers(PAPERS / "ottermoor-dc_2026-01-20_audit-and-standards-committee_waivers.docx")


if __name__ == "__main__":
    main()
