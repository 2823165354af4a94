"""Build the paraphrase18 papers (fictional authorities, bodies, providers, people and figures).

    .venv/bin/python tests/paraphrase18/make_papers.py

Writes twelve papers in tests/paraphrase18/papers/: three PDFs (a county cabinet report on SEND
independent placements with two-line table headers, a mental health trust's public board minutes with
a landscape Board Assurance Framework page, a London borough audit committee report with a £000s
table), three DOCX (a district council's shared CCTV monitoring report, an ICB finance and performance
paper on a hospice contract, a Welsh regional partnership board paper with bilingual headings), three
HTML pages in full site chrome (ICB primary care commissioning committee minutes on dental services, a
cabinet member decision notice calling off a fostering framework, a combined authority transport
committee report on concessionary fares and school bus routes), two TXT (town council minutes on a
grounds maintenance tender; a unitary council scrutiny report laid out like `pdftotext -layout`) and
one Markdown web export with YAML front matter (a fire and rescue authority report on a shared station
and a fleet maintenance contract).  Written before any run of the tool; every sentence, name and
figure is invented.  Builders are imported from tests/pdfgen.py and tests/docxgen.py.
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

LUDWORTH_TXT = """LUDWORTH TOWN COUNCIL

MINUTES of the meeting of the Full Council held at the Corn Exchange, Market Place, Ludworth
on Monday 9th February 2026, commencing at 7.00pm

PRESENT:   Cllr Janet Okonkwo (Town Mayor, in the Chair), Cllr Simon Thackeray (Deputy Mayor),
           Cllrs Farah Haddad, Neil Brocklehurst, Gwen Pilkington, Toby Lister, Ruth Abernethy
ALSO:      Mr Dominic Farrow (Town Clerk), Mrs Elaine Cottam (Deputy Clerk and RFO), 4 members of the public

T/25/108  APOLOGIES
          Apologies were received and accepted from Cllr Martin Keeble (holiday).

T/25/109  DECLARATIONS OF INTEREST
          Cllr Lister declared a non-pecuniary interest in item T/25/112 as a customer of one of the
          firms that quoted; he did not vote on that item.

T/25/110  MINUTES
          RESOLVED that the minutes of the meeting held on 12/01/26 be approved and signed.

T/25/111  FINANCE
          (a) Members received the budget monitoring statement to 31 January 2026. Spending stands at
              GBP 187,340 against an annual budget of GBP 246,800. The general reserve is GBP 91,500 and
              the earmarked reserve for the Ludworth Park pavilion is GBP 40,000.
          (b) The following payments were proposed by Cllr Haddad, seconded by Cllr Pilkington and
              APPROVED:

              Supplier                       Detail                              Net        VAT       Total
              Pennine Play Inspections       Quarterly play area inspections     420.00     84.00     504.00
              Ludworth Print Works           Annual report, 3,200 copies        1,280.00    256.00   1,536.00
              Staff salaries                 February payroll                   6,912.44      0.00   6,912.44
              West Pennine Pension Fund      Employer contributions             1,566.10      0.00   1,566.10
              Castleford Water Services      Allotment water, Sept to Dec         238.75      0.00     238.75
              Aldous Security                Corn Exchange alarm call-outs        150.00     30.00     180.00

T/25/112  GROUNDS MAINTENANCE TENDER 2026-2029
          The Clerk reported that the contract for the town's parks, cemetery and verges had been
          advertised on the Council's website and Contracts Finder, with a closing date of 16 January
          2026. Three sealed tenders were opened by the Mayor and the Clerk. Annual prices, excluding VAT:

              Greenfold Landscapes                     GBP 31,480
              Meadowline Grounds                       GBP 34,900
              Coppice and Vale Contractors             GBP 36,250

          The specification allows 22 cuts a season and hedge work twice a year. The outgoing contractor,
          Ludworth Amenity Services, had not bid; its current contract runs out at the end of March.
          Cllr Brocklehurst asked what would happen if the new contractor failed to turn up after heavy
          rain. The Clerk said the contract carries a default notice procedure and a deduction from the
          monthly payment for every missed cut.
          It was proposed by Cllr Abernethy, seconded by Cllr Thackeray and RESOLVED (6 for, 0 against,
          1 abstention) that the grounds maintenance contract be awarded to Greenfold Landscapes for three
          years from 1 April 2026 at its tendered price, and that the Clerk write to the unsuccessful
          bidders.

T/25/113  LUDWORTH PARK PAVILION
          The Council considered a quotation of GBP 18,600 for roof repairs. RESOLVED to defer the
          decision until the grant application to the district council's community fund (closing
          06/03/26) has been decided.

T/25/114  CORRESPONDENCE
          A letter from a resident about dog fouling on Beck Lane was noted. The hourly rate for the
          street warden, GBP 17.40, was noted in reply to a question.

T/25/115  DATE OF NEXT MEETING
          Monday 9 March 2026 at 7.00pm, Corn Exchange.

The meeting closed at 8.41pm.

Signed ..................................  Town Mayor          Date ...............
Town Clerk: Dominic Farrow  |  01632 960 455  |  clerk@ludworth-tc.example
"""

COLDHARBOUR_MD = """---
title: "Shared use of Westgate Fire Station and award of the fleet maintenance contract"
authority: "Coldharbour Fire and Rescue Authority"
committee: "Fire and Rescue Authority"
meeting_date: 2026-03-19
agenda_item: 9
status: "Open"
exported: 2026-03-11T16:20:00Z
layout: report
---

[Home](/) > [About us](/about-us) > [Fire Authority meetings](/about-us/fire-authority) > 19 March 2026

# Coldharbour Fire and Rescue Authority

## Agenda item 9: Shared use of Westgate Fire Station and award of the fleet maintenance contract

**Report of:** Chief Fire Officer
**Meeting:** Fire and Rescue Authority, 19 March 2026
**Classification:** Open

### 1. Purpose

This report asks Members to agree a lease of part of Westgate Fire Station to the Police and Crime
Commissioner for Coldharbour, and to award the contract for maintaining the Service's fleet.

### 2. Recommendations

That the Authority:

1. agrees to grant a lease of the first floor and rear yard of Westgate Fire Station to the Police and Crime Commissioner for Coldharbour for ten years;
2. awards the fleet maintenance contract to Redline Fleet Engineering for four years;
3. authorises the Treasurer and the Clerk to the Authority to complete the lease and the contract documents.

### 3. Shared station

Coldharbour Constabulary's neighbourhood team has used temporary cabins in Westgate since its own
station closed. Under the proposed lease the Commissioner will take the first floor (310 square metres)
and the rear yard of the fire station from 1 June 2026. **Rent of £46,500 a year** will be paid to the
Authority, reviewed every five years, and the Commissioner will also pay a service charge of about
£9,000 a year towards utilities and cleaning. Works to separate the police area, estimated at £128,000,
will be paid for by the Commissioner.

The arrangement follows the duty to collaborate under the Policing and Crime Act 2017. Members should
note that the Authority's capital programme for 2026/27 is £4.2m.

### 4. Fleet maintenance

The Service runs 41 fire engines and special appliances and 96 light vehicles. Maintenance has been
carried out under a contract with Torrent Commercial Vehicles, which expires on 31/05/26.

A further competition was run through a national emergency services framework. Three suppliers were
invited and two responded:

| Supplier | Quality (60) | Price (40) | Annual price |
|---|---|---|---|
| Redline Fleet Engineering | 52.0 | 40.0 | £287,400 |
| Torrent Commercial Vehicles | 49.5 | 36.1 | £318,900 |

The contract with Redline Fleet Engineering will start on 1st June 2026 and run for four years, with an
option to extend for one further year. Parts are charged at cost plus 8 per cent and labour at £58 an
hour outside the fixed price.

### 5. Risks

- **Risk:** fire engines are off the run for longer while the new contractor learns the fleet.
  **Mitigation:** a two-month handover with Torrent's workshop staff offered transfer under TUPE, and
  spare appliances held at Westgate and Hollins Cross.
- **Risk:** a police presence in the station affects the crews' rest facilities.
  **Mitigation:** separate entrances and a shared-use protocol agreed with the Fire Brigades Union.

### 6. Financial implications

The fleet maintenance budget for 2026/27 is £300,000. The rent will be credited to the property
budget. The Authority's general reserve is £6.7m (as at 31 December 2025).

*Contact: Area Manager Priya Lindqvist, Head of Assets. Telephone 01632 963 210.*

---

Coldharbour Fire and Rescue Service, Headquarters, Fireman's Row, Coldharbour. [Privacy](/privacy) |
[Accessibility](/accessibility) | [Cookies](/cookies)
"""


def north_ashdale_layout() -> str:
    """A unitary council scrutiny report laid out like `pdftotext -layout` (running header, aligned
    columns, "Page N of M" footers, form feeds between pages)."""
    head = "North Ashdale Council                    Communities Scrutiny Committee                    24 February 2026"
    pages = [
        """
                                           NORTH ASHDALE COUNCIL

    Report to:          Communities Scrutiny Committee
    Date:               24 February 2026
    Title:              Domestic Abuse Safe Accommodation: Commissioning Review
    Report of:          Director of Housing and Communities
    Cabinet Member:     Cllr Helen Matthewson, Communities and Safety
    Wards affected:     All

 1.  PURPOSE

     1.1  To give the Committee an account of safe accommodation for survivors of domestic abuse
          and their children, how it is funded, and the contracts that are in place.

 2.  RECOMMENDATIONS

     2.1  That the Committee:
          (a) notes the safe accommodation services commissioned by the Council;
          (b) comments on the draft Domestic Abuse Safe Accommodation Strategy 2026-2029;
          (c) asks for a further report on the refuge needs assessment in autumn 2026.

 3.  BACKGROUND

     3.1  Part 4 of the Domestic Abuse Act 2021 requires the Council, as a tier one authority,
          to assess the need for support in safe accommodation and to commission it. The Council
          receives the Domestic Abuse Safe Accommodation Grant from the Ministry of Housing,
          Communities and Local Government; the allocation for 2025/26 is GBP 1,096,000. The grant is
          paid under a section 31 determination and is not a contract.
""",
        """
 4.  CURRENT SERVICES

     4.1  Refuge and dispersed accommodation is provided under the contracts below.

          Provider                        Service                         Bed spaces   Annual value   Ends
          -----------------------------   -----------------------------   ----------   ------------   ----------
          Ashdale Women's Refuge          Refuge, Northgate and Esk       22           GBP 512,000    31/03/2028
                                          House, with children's worker
          Keystone Homes Group            Dispersed safe homes, 14        14           GBP 231,600    30/09/2026
                                          self-contained units

     4.2  Ashdale Women's Refuge, a registered charity, has run the Northgate refuge since 2009. Its
          contract began on 1 April 2023 and may be extended by two years.

     4.3  Community outreach for survivors who stay in their own homes is delivered in house by the
          Council's Domestic Abuse Team (eight officers).

     4.4  The Sanctuary scheme (target hardening of homes) costs about GBP 850 per property and is
          paid from the housing budget, not the grant.

 5.  PERFORMANCE

     Measure                                             2024/25      Q1-Q3 2025/26
     Households supported in refuge                      118          97
     Refuge referrals declined for lack of space         64           58
     Average length of stay (days)                       121          133
""",
        """
 6.  RISKS

     6.1  The main risk is that the government grant is confirmed only one year at a time, so
          providers cannot plan staffing. The Council has set aside GBP 150,000 of its own reserves
          to bridge any shortfall and offers providers contracts that run beyond a single grant year.

     6.2  Refuge spaces may be taken up by women who cannot move on because there is no social
          housing for them. Mitigation: a move-on protocol with housing associations gives refuge
          leavers band A priority.

 7.  NEXT STEPS

     7.1  The dispersed homes contract with Keystone Homes Group ends on 30 September 2026. A
          procurement will start in April 2026, with an award planned for July 2026.

     Background papers: Domestic Abuse Needs Assessment 2025 (published 14 October 2025).
     Contact officer: Ms Adaeze Fairbairn, Domestic Abuse Lead  Tel: 01632 967 081
""",
    ]
    out = []
    for i, body in enumerate(pages, 1):
        out.append(head + "\n" + body + "\n" + f"Page {i} of {len(pages)}".rjust(100) + "\n")
    return "\f".join(out)


# ============================================================================ HTML

def site_page(site: str, title: str, nav: list[str], crumbs: list[str], body: str, footer: str) -> str:
    items = "".join(f'<li><a href="/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in nav)
    trail = "".join(f'<li><a href="#">{c}</a></li>' for c in crumbs[:-1]) + f"<li aria-current=\"page\">{crumbs[-1]}</li>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this website"><h2>Cookies on this
website</h2><p>We use essential cookies to make this site work, and we would like to set analytics cookies to
help us improve it.</p><button>Accept analytics cookies</button> <button>Reject analytics cookies</button>
<a href="/cookies">View cookies</a></div>
<a class="skip-link" href="#main">Skip to main content</a>
<header><div class="logo"><a href="/">{site}</a></div>
<nav class="site-nav"><ul>{items}</ul></nav>
<form role="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{trail}</ol></nav>
<main id="main">
{body}
</main>
<footer>{footer}
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>
<li><a href="/contact">Contact us</a></li><li><a href="/sitemap">Site map</a></li></ul>
<p>&copy; 2026</p></footer>
</body></html>
"""


def harrowfield_dental() -> str:
    body = """<article class="minutes">
<h1>NHS Harrowfield and Dunmoor Integrated Care Board</h1>
<h2>Primary Care Commissioning Committee</h2>
<p class="sub">Minutes of the meeting held in public on Thursday 22 January 2026 at 1.30pm, Conference Room B,
Dunmoor House</p>
<p><strong>Members:</strong> Alistair Venn (Non-Executive Member, Chair); Dr Nadia Qureshi (Medical Director);
Sharon Ellery (Director of Primary Care); Matthew Osei (Deputy Chief Finance Officer); Lindsay Crabbe
(Healthwatch, non-voting)</p>
<p><strong>In attendance:</strong> Kieran Dempsey (Head of Dental Commissioning); Fiona Lamb (Committee
Secretary)</p>
<h3>PCCC/26/01 Welcome, apologies and quoracy</h3>
<p>Apologies from Dr Ifeoma Nwachukwu. The meeting was quorate.</p>
<h3>PCCC/26/02 Minutes of the previous meeting</h3>
<p>The minutes of 20 November 2025 were agreed as an accurate record.</p>
<h3>PCCC/26/03 Urgent dental access: procurement outcome</h3>
<p>Mr Dempsey presented the outcome of the procurement for an urgent dental access service covering the
Dunmoor and Eastrigg localities: 3,600 urgent appointments a year, seven days a week, with in-hours and
out-of-hours sessions. Two bids were received. Brightmoor Dental Group scored highest on quality and price;
Castlegate Dental Partners came second.</p>
<p>The service will be provided by Brightmoor Dental Group Ltd from the Eastrigg Health Centre. The contract
is for three years from 1 April 2026, with a possible extension of two years, and is worth
&pound;684,000 per annum. Payment is per session rather than by units of dental activity.</p>
<p>Members asked whether the provider could recruit enough dentists. Mr Dempsey said the provider already had
four dentists appointed and would use dental therapists for stabilisation care; the ICB's dental workforce
incentive scheme would also be available to it.</p>
<p>The Committee <strong>APPROVED</strong> the award of the urgent dental access contract to Brightmoor
Dental Group Ltd.</p>
<h3>PCCC/26/04 General dental services: contract hand-back at Fernlea</h3>
<p>Fernlea Dental Practice has given notice to hand back its NHS contract (9,800 units of dental activity a
year) with effect from 30 April 2026. Ms Ellery explained that patients would not be registered elsewhere
automatically. Interim cover for urgent care will be provided by Brightmoor under the new service.</p>
<p>The Committee <strong>APPROVED</strong> the re-commissioning of the Fernlea activity through a
competitive procurement, with a contract start in October 2026.</p>
<h3>PCCC/26/05 Dental finance and activity</h3>
<p>Mr Osei reported that the dental budget for 2025/26 is &pound;71.3m, of which &pound;2.9m is forecast
to be underspent because contractors are delivering 87 per cent of contracted activity. The ICB will apply
the national minimum UDA value of &pound;28.00 from April, lifting 23 practices from values as low as
&pound;25.40. The value per unit of orthodontic activity averages &pound;79.60.</p>
<p>The Committee <strong>NOTED</strong> the finance and activity report.</p>
<p>Members discussed the risk that the underspend would be clawed back nationally. Mr Osei said the ICB
had agreed a plan with the regional team to reinvest the underspend in additional urgent sessions before
the end of the year.</p>
<h3>PCCC/26/06 Oral health improvement</h3>
<p>The Committee <strong>APPROVED</strong> a grant of &pound;145,000 to Harrowfield Council for supervised
toothbrushing in nurseries in 2026/27.</p>
<h3>PCCC/26/07 Date of next meeting</h3>
<p>19 March 2026, 1.30pm, Dunmoor House.</p>
<p class="signature">Signed: Alistair Venn, Chair ........ Date: ............</p>
<p class="contact">Committee Secretary: fiona.lamb@harrowfielddunmoor-icb.example | 01632 968 330</p>
</article>"""
    return site_page("NHS Harrowfield and Dunmoor ICB", "Primary Care Commissioning Committee - 22 January 2026 - minutes",
                     ["About us", "Our work", "Get involved", "Publications", "Board meetings", "Contact"],
                     ["Home", "About us", "Board and committees", "Primary Care Commissioning Committee", "22 January 2026"],
                     body, "<p>NHS Harrowfield and Dunmoor Integrated Care Board, Dunmoor House, Station Road, Dunmoor.</p>")


def stanbridge_decision() -> str:
    body = """<div class="mgContent">
<h1 class="mgMainTitleTxt">Decision details</h1>
<h2>Call-off from the Independent Fostering Agencies Framework 2026</h2>
<table class="mgDecisionTable">
<tr><th>Decision Maker:</th><td>Cabinet Member for Children and Families</td></tr>
<tr><th>Decision status:</th><td>Approved</td></tr>
<tr><th>Is Key decision?:</th><td>Yes</td></tr>
<tr><th>Is subject to call in?:</th><td>Yes</td></tr>
<tr><th>Forward plan reference:</th><td>FP/2025/214</td></tr>
<tr><th>Date of decision:</th><td>6th February 2026</td></tr>
<tr><th>Call-in deadline:</th><td>13/02/2026 5pm</td></tr>
</table>
<h3>Purpose:</h3>
<p>To secure foster placements for children in care that the Council's own foster carers cannot meet,
by calling off from the regional framework of independent fostering agencies led by Wenlow County
Council.</p>
<h3>Decision:</h3>
<p>The Cabinet Member for Children and Families, Cllr Gideon Ashcombe:</p>
<ol>
<li>approved a call-off contract with Lanternhouse Fostering for up to 18 standard and enhanced placements,
to a maximum value of &pound;1,390,000 a year;</li>
<li>approved a call-off contract with Meadowbank Family Placements for up to 6 parent-and-child and
complex-needs placements, to a maximum value of &pound;605,000 a year;</li>
<li>agreed that both call-offs run from 1 March 2026 to 28 February 2029.</li>
</ol>
<h3>Reasons for the decision:</h3>
<p>At 31 December 2025 the Council looked after 342 children, of whom 61 were placed with independent
agencies at an average weekly fee of &pound;1,045. Framework prices are 6 per cent below the spot rates
paid now. The framework was procured by Wenlow County Council on behalf of nine councils; Stanbridge pays
no fee to join it.</p>
<h3>Alternative options considered:</h3>
<ul>
<li>Continuing to spot purchase each placement - rejected because of the higher weekly cost.</li>
<li>Relying on residential children's homes - rejected; family settings give better outcomes and a
residential placement costs around &pound;6,200 a week.</li>
</ul>
<h3>Financial implications:</h3>
<p>The combined maximum of &pound;1,995,000 a year is contained within the placements budget for
2026/27 of &pound;24.8m. The in-house fostering recruitment campaign has a separate budget of
&pound;210,000.</p>
<h3>Interests and dispensations:</h3><p>None.</p>
<p>Publication date: 06/02/2026</p>
<p>Contact: Tamsin Greaves, Head of Children's Commissioning. Tel: 01632 962 574.</p>
</div>"""
    return site_page("Stanbridge City Council", "Decision - Call-off from the Independent Fostering Agencies Framework 2026",
                     ["Councillors", "Committees", "Meetings calendar", "Decisions", "Forward plan", "Document library"],
                     ["Home", "Your council", "Democracy", "Decisions", "Decision details"], body,
                     "<p>Stanbridge City Council, Guildhall, Stanbridge. This site is run on a committee management system.</p>")


def wyvern_transport() -> str:
    body = """<article class="report">
<p class="report-meta">Agenda item 7 | Public report</p>
<h1>Wyvern Valley Combined Authority</h1>
<h2>Transport Committee - 6 March 2026</h2>
<h2 class="title">Concessionary Fares Reimbursement 2026/27 and School Bus Tender Round 3</h2>
<dl>
<dt>Lead officer</dt><dd>Director of Transport Operations</dd>
<dt>Portfolio</dt><dd>Cllr Rosalind Pettifer, Transport</dd>
<dt>Key decision</dt><dd>Yes</dd>
</dl>
<h3>1. Recommendations</h3>
<p>The Committee is recommended to:</p>
<p>(i) approve the concessionary fares reimbursement arrangements for 2026/27 set out in section 3;<br>
(ii) award the school bus contracts listed in table 2 to the operators named;<br>
(iii) note the forecast position on the concessionary travel budget.</p>
<h3>2. Background</h3>
<p>The Combined Authority is the travel concession authority for its four constituent councils. Operators
are reimbursed for carrying older and disabled pass holders so that they are no better and no worse off.
The concessionary travel budget for 2026/27 is &pound;22.6m, funded by the transport levy.</p>
<h3>3. Concessionary reimbursement 2026/27</h3>
<p>Reimbursement will continue at a fixed annual sum agreed with each large operator, with the smaller
operators paid per journey at an average reimbursement rate of &pound;1.21 a boarding.</p>
<table class="data">
<caption>Table 1: fixed reimbursement, large operators, 2026/27</caption>
<thead><tr><th>Operator</th><th>2025/26</th><th>2026/27</th></tr></thead>
<tbody>
<tr><td>Arrowline Buses</td><td>&pound;11,940,000</td><td>&pound;12,310,000</td></tr>
<tr><td>Vale Rider</td><td>&pound;4,275,000</td><td>&pound;4,390,000</td></tr>
</tbody>
</table>
<p>Payments per journey to the smaller operators are forecast at &pound;1.8m. The budget is therefore
forecast to underspend by about &pound;0.4m, which will be returned to the levy reserve.</p>
<h3>4. School bus tender round 3</h3>
<p>Seven home-to-school routes were tendered in January 2026 on behalf of the constituent councils, which
remain responsible for eligibility. Eighteen bids were received. The lowest compliant bid for each route
is shown below; no bid was received for route WS41 and it will be re-advertised.</p>
<table class="data">
<caption>Table 2: school bus contracts to be awarded</caption>
<thead><tr><th>Route</th><th>Schools served</th><th>Operator</th><th>Annual price</th><th>Start</th><th>End</th></tr></thead>
<tbody>
<tr><td>WS12</td><td>Hartcliffe Academy</td><td>Greystone Coaches</td><td>&pound;96,900</td><td>01/09/2026</td><td>31/07/2030</td></tr>
<tr><td>WS17</td><td>St Bede's RC High; Moorside School</td><td>Vale Rider</td><td>&pound;142,350</td><td>01/09/2026</td><td>31/07/2030</td></tr>
<tr><td>WS23</td><td>Ellerby Community College</td><td>Pikes Minibus Hire</td><td>&pound;58,200</td><td>01/09/2026</td><td>31/07/2028</td></tr>
<tr><td>WS35</td><td>Thornton Vale School</td><td>Greystone Coaches</td><td>&pound;81,750</td><td>01/09/2026</td><td>31/07/2030</td></tr>
</tbody>
</table>
<p>Two routes (WS29 and WS38) will be merged into existing contracts with Arrowline Buses at no extra
cost. The average cost per pupil per day across the round is &pound;6.85.</p>
<h3>5. Risks</h3>
<p>Driver shortages could mean an operator cannot start a route in September. Each contract requires a
named relief driver and the Combined Authority keeps a standby list of operators from the dynamic
purchasing system.</p>
<h3>6. Financial implications</h3>
<p>School transport costs are recharged to the constituent councils. Wyvern Valley Combined Authority
holds a transport reserve of &pound;3.1m at 31 January 2026.</p>
<p class="contact">Report author: Mark Pemberton-Ayo, Bus Services Manager, 01632 969 118</p>
</article>"""
    return site_page("Wyvern Valley Combined Authority", "Concessionary Fares Reimbursement 2026/27 and School Bus Tender Round 3 - Transport Committee",
                     ["Home", "Transport", "Skills", "Housing", "Meetings", "News"],
                     ["Home", "Meetings", "Transport Committee", "6 March 2026", "Item 7"], body,
                     "<p>Wyvern Valley Combined Authority, Canal Wharf, Wyvern.</p>")


# ============================================================================ PDF

def thornmere_send(path):
    """County cabinet report; its fee table has two-line headers."""
    pdf = Paper(running_header="Thornmere County Council - Cabinet - 10 March 2026 - Agenda item 6",
                footer="Page {page} of {pages}", title="SEND Independent School Placements: Framework and Block Contract")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Thornmere County Council", new_x="LMARGIN", new_y="NEXT")
    table(pdf, [["Meeting", "Cabinet"],
                ["Date", "10 March 2026"],
                ["Title", "SEND Independent School Placements: Framework and Block Contract"],
                ["Report of", "Executive Director of Children's Services"],
                ["Key decision", "Yes (KD 2026/12)"]], widths=[40, 130], header=None, size=10)
    heading(pdf, "1. Summary", size=11)
    paragraph(pdf, "Thornmere places 412 children with education, health and care plans in independent and "
                   "non-maintained special schools. Most placements are bought one at a time (spot purchases) at "
                   "the price each school sets. This report proposes a framework for independent special school "
                   "places and a block contract for places at one school.")
    heading(pdf, "2. Recommendations", size=11)
    paragraph(pdf, "It is recommended that Cabinet:")
    for text in ("a) approves the establishment of the Thornmere Independent Special School Places Framework from "
                 "1 September 2026 for four years;",
                 "b) approves a block contract with Hollybrook Learning Trust Ltd for 40 places at Hollybrook "
                 "House School;",
                 "c) delegates the award of places under the framework to the Director of Education, in "
                 "consultation with the Cabinet Member for Education and SEND."):
        bullet(pdf, text, marker="")
    heading(pdf, "3. Current spot purchase costs", size=11)
    paragraph(pdf, "Fees are set per pupil per year. The table gives the range paid in 2025/26.")
    table(pdf, [["Type of\nplacement", "Number of\npupils", "Lowest annual fee\nper pupil", "Highest annual fee\nper pupil",
                 "Average annual fee\nper pupil"],
                ["Day, autism", "188", "£48,300", "£96,500", "£67,900"],
                ["Day, social, emotional\nand mental health", "121", "£52,000", "£88,400", "£64,250"],
                ["Residential (38 weeks)", "71", "£118,000", "£245,000", "£162,700"],
                ["Residential (52 weeks)", "32", "£196,000", "£340,000", "£251,300"]],
          widths=[42, 24, 34, 34, 36], header="bold", size=9)
    paragraph(pdf, "Spending on independent placements is forecast at £34.7m in 2025/26, an overspend of £5.2m "
                   "against the high needs block budget line. The Dedicated Schools Grant deficit reserve stands at "
                   "minus £41.9m (as at 31 January 2026).")
    heading(pdf, "4. The framework", size=11)
    paragraph(pdf, "The framework will set standard price bands and quality standards. Schools will join through an "
                   "open process and may join at any time. No value is committed by the framework itself; places "
                   "will be called off as children need them. Twenty-three schools took part in market engagement "
                   "events in November 2025.")
    heading(pdf, "5. Block contract at Hollybrook House School", size=11)
    paragraph(pdf, "Hollybrook House School, run by Hollybrook Learning Trust Ltd, offers day places for autistic "
                   "pupils aged 11 to 19 near Castle Ormsby. The Council already buys 29 places there. Under the block "
                   "contract the Council will reserve 40 places at a fixed price. The contract will cost £2,760,000 "
                   "each year, equal to £69,000 per place, and will run from 1 September 2026 until 31 August 2031. "
                   "The present spot fees at the school average £74,100 a place.")
    paragraph(pdf, "The block contract is a direct award under the light-touch regime, justified because the school "
                   "is the only provider of its kind within 25 miles; a transparency notice was published on "
                   "16 February 2026.")
    heading(pdf, "6. Risks", size=11)
    table(pdf, [["Risk", "Likelihood /\nimpact", "Mitigation"],
                ["The Council pays for block places that are not filled", "Medium /\nMedium",
                 "Places released back to spot purchase after one term empty; occupancy reviewed termly"],
                ["Schools decline to join the framework because of the price bands", "High /\nMedium",
                 "Bands set after market engagement; an annual inflation uplift is built in"]],
          widths=[70, 25, 75], header="bold", size=9)
    paragraph(pdf, "Contact: Gemma Ruddock-Vance, Head of SEND Commissioning, 01632 964 551")
    save(pdf, path)


def greywater_board(path):
    """Mental health trust's public board minutes with a landscape BAF page."""
    pdf = Paper(running_header="Greywater Partnership NHS Foundation Trust - Board of Directors (Public) - 29 January 2026",
                footer="Page {page} of {pages}", title="Minutes of the Board of Directors meeting held in public, 29 January 2026")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Greywater Partnership NHS Foundation Trust", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Minutes of the meeting of the Board of Directors held in public on Thursday 29 January 2026 at "
                   "10.00am in the Lecture Theatre, Mallory House, Greywater")
    paragraph(pdf, "Present: Dame Celia Armitage (Chair); Prof. Rohan Mehta, Joanne Treadwell and Colin Fairweather "
                   "(Non-Executive Directors); Dr Sean McAllister (Chief Executive); Ayesha Karim (Director of Finance); "
                   "Dr Lorna Beckett (Medical Director); Paul Okafor (Director of Nursing).")
    heading(pdf, "BoD 26/001  Apologies and declarations", size=11)
    paragraph(pdf, "Apologies were received from Mr Fairweather for the second half of the meeting. No interests "
                   "were declared.")
    heading(pdf, "BoD 26/002  Minutes of 27 November 2025", size=11)
    paragraph(pdf, "The Board RESOLVED to approve the minutes as a correct record.")
    heading(pdf, "BoD 26/003  Out of area acute placements", size=11)
    paragraph(pdf, "The Director of Nursing reported that on average 19 adults a day were in acute beds outside the "
                   "Trust's area in December. A block arrangement for 12 beds at Cedarlea Hospital, operated by "
                   "Ravensworth Healthcare Ltd, had been negotiated at a bed-day price of £695, against £890 for "
                   "spot beds. The annual cost of the block arrangement is £3,044,100, and it will run from "
                   "1 March 2026 for two years.")
    paragraph(pdf, "The Board RESOLVED to approve the block contract with Ravensworth Healthcare Ltd for 12 acute "
                   "beds at Cedarlea Hospital.")
    heading(pdf, "BoD 26/004  Finance report, month 9", size=11)
    paragraph(pdf, "The Director of Finance reported a deficit of £2.4m at month 9 against a planned deficit of "
                   "£1.1m, driven by out of area placements and agency staffing (£6.8m year to date). The Trust's cash "
                   "balance was £38.2m on 31 December 2025. The efficiency programme has delivered £9.1m of its "
                   "£12.5m target.")
    paragraph(pdf, "The Board noted the report.")
    heading(pdf, "BoD 26/005  Community mental health transformation", size=11)
    paragraph(pdf, "The Chief Executive presented the final year plan. The ICB has allocated £4.6m of service "
                   "development funding to the Trust for 2026/27. Peer support in the Greywater East team will be "
                   "delivered by Openway Recovery, a charity, under a subcontract worth two hundred and eighteen thousand "
                   "pounds a year from "
                   "1 April 2026.")
    paragraph(pdf, "The Board RESOLVED to endorse the plan and to approve the subcontract with Openway Recovery.")
    heading(pdf, "BoD 26/006  Board Assurance Framework", size=11)
    paragraph(pdf, "The Board reviewed the BAF summary at Appendix 1. The score for BAF 2 (workforce) was reduced from "
                   "16 to 12 following the international recruitment round.")
    paragraph(pdf, "The Board RESOLVED to approve the Board Assurance Framework and the revised risk scores.")
    heading(pdf, "BoD 26/007  Date of next meeting", size=11)
    paragraph(pdf, "26 March 2026, 10.00am, Mallory House.")
    paragraph(pdf, "Signed as a correct record ................................ Chair    Date ..............")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix 1: Board Assurance Framework summary (January 2026)", size=11)
    table(pdf, [["Ref", "Strategic risk", "Score", "Key controls", "Gaps in control", "Actions"],
                ["BAF 1", "Demand for acute beds exceeds capacity, so patients are placed out of area",
                 "20", "Daily bed management calls; block beds at Cedarlea", "Delayed discharges for people awaiting "
                 "supported housing", "Open 8 crisis house beds by June 2026; discharge hub with the councils"],
                ["BAF 2", "The Trust cannot recruit and keep enough registered nurses",
                 "12", "International recruitment; retention plan", "Band 5 vacancy rate still 14 per cent",
                 "Preceptorship academy; flexible rostering pilot on four wards"],
                ["BAF 3", "A cyber attack disrupts clinical systems", "15", "Multi-factor authentication; "
                 "backups tested monthly", "Legacy pharmacy system unsupported",
                 "Replace pharmacy system by September 2026"],
                ["BAF 4", "The Trust does not meet its financial plan", "16", "Monthly finance review; vacancy "
                 "control panel", "Agency spend above cap", "Agency reduction plan; weekly executive sign-off"]],
          widths=[14, 62, 14, 56, 56, 55], header="shaded", size=8.5)
    paragraph(pdf, "Scores are likelihood x consequence (5 x 5). Target scores are set out in the full BAF.")
    save(pdf, path)


def merrowfield_audit(path):
    """London borough audit committee report with a £000s table."""
    pdf = Paper(running_header="London Borough of Merrowfield | Audit Committee | 18 February 2026",
                footer="Page {page} of {pages}", title="Internal Audit and Counter Fraud Arrangements 2026/27")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "London Borough of Merrowfield", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Audit Committee, 18 February 2026\nReport title: Internal Audit and Counter Fraud Arrangements "
                   "2026/27\nReport of: Director of Finance (Section 151 Officer)\nWards: not applicable")
    heading(pdf, "1. Purpose", size=11)
    paragraph(pdf, "This report sets out how the Council's internal audit and counter fraud services will be delivered "
                   "in 2026/27 and asks the Committee to note the costs and endorse the renewal of the counter fraud "
                   "contract.")
    heading(pdf, "2. Recommendations", size=11)
    paragraph(pdf, "2.1 The Committee is asked to note the renewal of the shared internal audit service agreement "
                   "with the London Borough of Hatherley.")
    paragraph(pdf, "2.2 The Committee is asked to endorse the award of the counter fraud contract to Clearsight "
                   "Investigations LLP.")
    paragraph(pdf, "2.3 The Committee is asked to approve the draft internal audit plan for 2026/27 (Appendix A).")
    heading(pdf, "3. Shared internal audit service", size=11)
    paragraph(pdf, "Since 2019 the Council's internal audit has been delivered by the Hatherley and Merrowfield Audit "
                   "Partnership, hosted and employed by Hatherley, which charges Merrowfield for an agreed number of "
                   "audit days (540 in 2026/27). The agreement has been renewed for three years from 01/04/26. The "
                   "day rate is £372.")
    heading(pdf, "4. Counter fraud", size=11)
    paragraph(pdf, "Clearsight Investigations LLP has provided the corporate counter fraud service since 2023. After a "
                   "mini-competition on the London counter fraud framework, in which Harcastle Forensic was the only "
                   "other bidder (£154,000 a year), Clearsight was awarded a new two-year contract starting "
                   "1 April 2026. The annual price is shown below.")
    table(pdf, [["Service", "Provider", "2025/26 £000", "2026/27 £000"],
                ["Internal audit (shared service)", "London Borough of Hatherley", "192", "201"],
                ["Counter fraud", "Clearsight Investigations LLP", "128", "136"],
                ["External audit (PSAA scale fee)", "Appointed auditor", "311", "329"],
                ["Total", "", "631", "666"]],
          widths=[60, 60, 25, 25], header="bold", size=9.5)
    paragraph(pdf, "The external audit fee is set by Public Sector Audit Appointments and is shown for completeness. "
                   "Fraud recoveries in 2025/26 to date total £418,000, mainly from single person discount and "
                   "tenancy fraud.")
    heading(pdf, "5. Risks", size=11)
    paragraph(pdf, "If the shared service cannot fill its vacant senior auditor posts, the plan may not be delivered "
                   "in full. Hatherley has agreed to buy in specialist days from its framework at no extra cost to "
                   "Merrowfield, and progress will be reported to each meeting of this Committee.")
    paragraph(pdf, "Report author: Owen Castellano, Head of Audit and Risk, 020 7946 0518.")
    save(pdf, path)


# ============================================================================ DOCX

def caddington_cctv(path):
    doc = docxgen.new("Caddington Vale District Council", dt.datetime(2026, 1, 28, 10, 0), font=("Arial", 11))
    docxgen.banner(doc, "Caddington Vale District Council")
    docxgen.table(doc, [["Report to", "Cabinet"],
                        ["Meeting date", "11 February 2026"],
                        ["Report title", "Shared CCTV Monitoring Agreement with Ferrisham and CCTV Maintenance Contract"],
                        ["Portfolio holder", "Cllr Bernard Ashworth-Lyle, Community Safety"],
                        ["Report author", "Community Safety Manager"]], header=False)
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("To agree that the Council's CCTV control room monitors Ferrisham's public space cameras, and "
                      "to award a new maintenance contract for the district's cameras.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("That Cabinet:")
    doc.add_paragraph("enters into a shared CCTV monitoring agreement with Ferrisham Borough Council for five years;",
                      style="List Number")
    doc.add_paragraph("awards the CCTV maintenance contract to Opticom Security Systems Ltd;", style="List Number")
    doc.add_paragraph("delegates to the Head of Community Services the signing of both agreements.",
                      style="List Number")
    doc.add_heading("3. The shared monitoring agreement", level=2)
    doc.add_paragraph("The Council's control room at Vale House is staffed 24 hours a day and monitors 164 cameras. "
                      "Ferrisham Borough Council's own control room closes in March. Under the agreement Caddington "
                      "Vale will monitor Ferrisham's 58 cameras from 1 April 2026 for five years, linked by a fibre "
                      "circuit that Ferrisham will pay for.")
    doc.add_paragraph("Ferrisham will pay the Council £118,000 a year for the service, uprated each April by CPI. "
                      "This is income to the Council: two additional operators will be employed, at a cost of about "
                      "£74,000 a year, leaving a net contribution to control room overheads.")
    doc.add_heading("4. Maintenance contract", level=2)
    doc.add_paragraph("The district's cameras, recorders and radio links are maintained by Opticom Security Systems "
                      "Ltd under a contract ending 31 March 2026. Quotes were sought from four installers on the "
                      "council's approved list. Opticom's quote of £41,650 a year was the lowest; Brandwell "
                      "Electrical quoted £47,900 and Sightline Integrated quoted £52,300. The new contract will run "
                      "for three years from 1 April 2026, and it also covers the Ferrisham cameras while they are "
                      "monitored from Vale House.")
    doc.add_heading("5. Financial implications", level=2)
    doc.add_paragraph("The CCTV budget for 2026/27 is £486,000. Call-out work outside the contract is charged at £68 "
                      "an hour. The camera replacement reserve stands at £120,000. The agreement with Ferrisham "
                      "helps deliver the £60,000 community safety saving agreed in the budget.")
    doc.add_heading("6. Risks", level=2)
    doc.add_paragraph("Operators may be distracted from Caddington Vale incidents at busy times. Mitigation: an "
                      "extra operator on Friday and Saturday nights, and a protocol setting priorities agreed with "
                      "the police.")
    doc.add_paragraph("Ferrisham could end the agreement early, leaving the Council with the cost of two operators. "
                      "Mitigation: twelve months' notice is required and Ferrisham must meet any redundancy costs.")
    doc.add_paragraph("Background papers: none. Contact: Leanne Mottram, Community Safety Manager, 01632 960 781.")
    doc.save(path)


def wrenfield_hospice(path):
    doc = docxgen.new("NHS Wrenfield Integrated Care Board", dt.datetime(2026, 2, 16, 9, 30), font=("Arial", 11))
    docxgen.banner(doc, "NHS Wrenfield Integrated Care Board")
    doc.add_paragraph("Finance and Performance Committee")
    doc.add_paragraph("Meeting date: 26/02/2026    Agenda item: 8    Paper: FPC 26-014")
    doc.add_heading("Renewal of the end of life care contract with St Wystan's Hospice", level=1)
    doc.add_heading("Executive summary", level=2)
    doc.add_paragraph("The ICB's contract with St Wystan's Hospice for specialist palliative and end of life care ends "
                      "on 31 March 2026. The service includes 14 in-patient beds, a hospice at home team and a "
                      "24-hour advice line. This paper seeks approval to renew the contract.")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("The Committee is asked to:")
    doc.add_paragraph("approve a new three-year contract with St Wystan's Hospice from 1 April 2026;",
                      style="List Bullet")
    doc.add_paragraph("note that the contract will include an option to extend for a further two years, which has "
                      "not been exercised;", style="List Bullet")
    doc.add_paragraph("note the risks and mitigations in section 4.", style="List Bullet")
    doc.add_heading("1. Value", level=2)
    doc.add_paragraph("The annual value will be between £1.9m and £2.1m, depending on the final hospice at home "
                      "activity plan. The current contract is worth £1.74m a year. The hospice raises around £5.3m a "
                      "year from its own fundraising and shops, so the NHS funds about a quarter of its costs. The "
                      "national tariff does not apply; the equivalent bed-day cost is £520.")
    doc.add_heading("2. Procurement route", level=2)
    doc.add_paragraph("The renewal is made under direct award process C of the Provider Selection Regime, as the "
                      "existing provider is satisfying the contract and is likely to continue to do so. The intention "
                      "to award will be published and the standstill period will end on 20 March 2026.")
    doc.add_heading("3. Performance", level=2)
    doc.add_paragraph("In 2024/25 the hospice supported 1,186 patients; 78 per cent of those who expressed a wish died "
                      "in their preferred place. The CQC rated the hospice outstanding in July 2024.")
    doc.add_heading("4. Risks", level=2)
    doc.add_paragraph("The hospice has warned that rising pay costs could force it to close beds. The ICB will review "
                      "the price each year against the Agenda for Change award and has agreed to share quarterly "
                      "financial information with the hospice's trustees.")
    doc.add_paragraph("A challenge to the direct award could delay the new contract. The ICB has documented its "
                      "assessment against the key criteria and the existing contract can be rolled forward for up to "
                      "three months if needed.")
    doc.add_heading("5. Financial implications", level=2)
    doc.add_paragraph("The cost is within the ICB's community services allocation for 2026/27, which is £212.6m. The "
                      "ICB's underlying deficit target for 2026/27 is £18m.")
    doc.add_paragraph("Author: Harriet Oyelaran, Associate Director of Community Commissioning. "
                      "Sponsor: Chief Finance Officer. Date of paper: 16 February 2026.")
    doc.save(path)


def bro_tawel_rif(path):
    doc = docxgen.new("Bro Tawel Regional Partnership Board", dt.datetime(2026, 2, 20, 14, 0), font=("Arial", 12))
    docxgen.banner(doc, "Bwrdd Partneriaeth Rhanbarthol Bro Tawel / Bro Tawel Regional Partnership Board")
    docxgen.table(doc, [["Cyfarfod / Meeting", "Regional Partnership Board"],
                        ["Dyddiad / Date", "4 March 2026"],
                        ["Teitl / Title", "Regional Integration Fund Allocations 2026/27"],
                        ["Awdur / Author", "RPB Programme Manager"]], header=False)
    doc.add_heading("Pwrpas / Purpose", level=2)
    doc.add_paragraph("To agree how the Regional Integration Fund (RIF) allocation for 2026/27 will be shared between "
                      "the region's projects.")
    doc.add_heading("Argymhellion / Recommendations", level=2)
    doc.add_paragraph("The Board is asked to:")
    doc.add_paragraph("1. agree the allocations to projects set out in Table 1;")
    doc.add_paragraph("2. agree that Cyngor Sir Llanfarren, as host of the fund, commissions the carers' respite "
                      "service from Gofalwyr Tawel Carers for two years;")
    doc.add_paragraph("3. note that the fund's match funding requirement rises to 50 per cent in 2027/28.")
    doc.add_heading("Cefndir / Background", level=2)
    doc.add_paragraph("The Welsh Government has confirmed a RIF allocation of £9.46m for the region in 2026/27. "
                      "Llanfarren County Council (Cyngor Sir Llanfarren) hosts the fund on behalf of the Board and "
                      "pays the partners quarterly in arrears. Partners must match-fund 30 per cent of their "
                      "allocation in 2026/27.")
    doc.add_heading("Dyraniadau / Allocations", level=2)
    doc.add_paragraph("Table 1: project allocations 2026/27")
    docxgen.table(doc, [["Project", "Lead partner", "Allocation 2026/27"],
                        ["Community hubs and social prescribing", "Llanfarren County Council", "£2,140,000"],
                        ["Home from hospital and reablement", "Bro Tawel University Health Board", "£3,305,000"],
                        ["Children with complex needs", "Aberhen Borough Council", "£1,620,000"],
                        ["Dementia friendly communities", "Bro Tawel Association of Voluntary Services", "£410,000"],
                        ["Housing adaptations", "Cymdeithas Tai Glanrhyd", "£785,000"],
                        ["Regional programme office", "Llanfarren County Council", "£330,000"]])
    doc.add_paragraph("The allocations to the health board and the two councils are transfers of grant between "
                      "public bodies and are governed by the RIF grant conditions, not by contracts. The third-sector "
                      "and housing association projects receive grant offer letters.")
    doc.add_heading("Gwasanaeth a gomisiynwyd / Commissioned service", level=2)
    doc.add_paragraph("The carers' short breaks and respite service is different: it is a service commissioned after an "
                      "open tender in autumn 2025. Gofalwyr Tawel Carers, a charity based in Aberhen, will deliver it "
                      "from 01/04/2026 to 31/03/2028 at a cost of £436,000 per annum, funded from the RIF carers' "
                      "theme. Two other bids were received.")
    doc.add_heading("Risgiau / Risks", level=2)
    doc.add_paragraph("There is a risk that partners cannot find 30 per cent match funding. The Board will accept match "
                      "funding in kind, such as staff time and buildings, as the Welsh Government guidance allows.")
    doc.add_paragraph("Projects may not be able to show outcomes before the fund changes in 2027. Every project will "
                      "report against the national outcomes framework each quarter, and the programme office will "
                      "hold an evaluation review in September 2026.")
    doc.add_paragraph("Cyswllt / Contact: Elin Rhys-Pritchard, RPB Programme Manager, 01632 965 402.")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "ludworth-tc_2026-02-09_full-council_minutes.txt").write_text(LUDWORTH_TXT, encoding="utf-8")
    (PAPERS / "north-ashdale_2026-02-24_communities-scrutiny-committee_domestic-abuse-safe-accommodation.txt").write_text(
        north_ashdale_layout(), encoding="utf-8")
    (PAPERS / "coldharbour-fra_2026-03-19_fire-authority_westgate-station-and-fleet-maintenance.md").write_text(
        COLDHARBOUR_MD, encoding="utf-8")
    (PAPERS / "harrowfield-dunmoor-icb_2026-01-22_primary-care-commissioning-committee_minutes.html").write_text(
        harrowfield_dental(), encoding="utf-8")
    (PAPERS / "stanbridge-cc_2026-02-06_cabinet-member-decision_fostering-framework-call-off.html").write_text(
        stanbridge_decision(), encoding="utf-8")
    (PAPERS / "wyvern-valley-ca_2026-03-06_transport-committee_concessionary-fares-and-school-buses.html").write_text(
        wyvern_transport(), encoding="utf-8")
    thornmere_send(PAPERS / "thornmere-cc_2026-03-10_cabinet_send-independent-placements.pdf")
    greywater_board(PAPERS / "greywater-ft_2026-01-29_board-of-directors_minutes.pdf")
    merrowfield_audit(PAPERS / "merrowfield_2026-02-18_audit-committee_internal-audit-and-counter-fraud.pdf")
    caddington_cctv(PAPERS / "caddington-vale-dc_2026-02-11_cabinet_shared-cctv-monitoring.docx")
    wrenfield_hospice(PAPERS / "wrenfield-icb_2026-02-26_finance-and-performance-committee_hospice-contract.docx")
    bro_tawel_rif(PAPERS / "bro-tawel-rpb_2026-03-04_regional-partnership-board_rif-allocations.docx")


if __name__ == "__main__":
    main()
