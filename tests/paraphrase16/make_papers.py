"""Build the paraphrase16 papers (fictional authorities, bodies, providers, people and figures).

    .venv/bin/python tests/paraphrase16/make_papers.py

Writes twelve papers in tests/paraphrase16/papers/: three PDFs (a Scottish integration joint
board's directions, a county's adult social care fee-setting report with a landscape rates page
stored with /Rotate 90, a city council's sexual health commissioning report), three DOCX (a housing
repairs re-procurement cabinet report, a leisure operator's annual review to scrutiny, a record of
an urgent decision), three HTML pages (a procurement forward plan inside a full council web page,
Northern Ireland district council committee minutes, a combined authority adult skills fund paper)
and three text files (a shared ICT joint committee report in Markdown, police joint audit committee
minutes laid out like ``pdftotext -layout`` output, mental health trust governors' minutes).
Written before any run of the tool; every sentence, name and figure is invented.  The builders
(tests/pdfgen.py including ``rotated``, tests/docxgen.py) are imported, not copied; the council web
page frame is new (paraphrase13's ``page`` frames an ICB site).
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
from pdfgen import Paper, bullet, heading, paragraph, rotated, save, table  # noqa: E402

PAPERS = HERE / "papers"


# ============================================================================ TXT / MD

ESKVALE_MD = """# Eskvale and Lunemoor Shared ICT Joint Committee

**Meeting date:** 12 March 2026
**Report of:** Head of Shared ICT (Eskvale District Council, host authority)
**Agenda item:** 6
**Status:** Public

# ICT managed service contract: variation and change of supplier name

## 1. Why this report is before the Joint Committee

Under the partnership agreement between Eskvale District Council and Lunemoor Borough Council, changes to the ICT
managed service contract worth more than £50,000 in a year have to be reported to this Committee. Two things have
happened since the autumn: the supplier has been bought and renamed, and three change control notes have been signed.

## 2. What the Committee is asked to do

- Note that the contract has been novated from Corvantis Technology Services Ltd to Veridian Digital Ltd with effect
  from 1 February 2026, with no change to its terms.
- Approve change control notes CCN-14 to CCN-16, which together vary the contract by £171,500.
- Ask the Head of Shared ICT to bring the options for the contract's end (June 2029) to the Committee in the autumn.

## 3. The contract

The managed service covers the data centre, the service desk, end-user devices and network support for both councils
and about 1,450 staff. It was let by Eskvale, as host authority, for seven years from 1 July 2022 after a competitive
dialogue. Its core charge is £2.36m a year, which the two councils share 55:45. There is an option to extend it by up
to two years beyond **30 June 2029**.

## 4. Novation

In November 2025 Corvantis Technology Services Ltd was acquired by the Veridian group. The company kept its staff,
its data centre and its company number but changed its name, and from the start of February the contract was novated to
Veridian Digital Ltd. Legal services checked the new parent company guarantee before the deed was signed on 29 January.
From the councils' side nothing changes: the same people answer the service desk and the same service levels apply.

## 5. Change control notes

| CCN | Change | Effect on price | Signed |
|---|---|---|---|
| CCN-14 | 24-hour security operations centre monitoring for both councils | + £96,000 a year | 14/11/2025 |
| CCN-15 | Migration of Lunemoor's housing system to the shared data centre (one-off) | + £93,500 | 09/12/2025 |
| CCN-16 | Removal of the fax and pager services | - £18,000 a year | 20/01/2026 |

Taken together the three notes raise the cost of the contract in 2026/27 by the sum given in section 2. All were inside the scope of the
original notice, so no new procurement was needed.

## 6. Money

The shared ICT revenue budget for 2026/27 is £3.9m. The service holds an equipment renewal reserve of £640,000 as at
31 March 2025, and the partners have agreed to find savings of £120,000 a year from 2027/28.

## 7. Risks

The biggest worry after a takeover is that the new owner moves key staff or cuts investment. The deed of novation
keeps the named key personnel clause, and the service will track staff turnover at the monthly contract meeting.

Cyber attack remains the highest-scoring risk on the register; CCN-14 is the main response to it, alongside the
annual penetration test.

Report author: Shared ICT Contract Manager - 01632 971 226 - ictcontracts@eskvale.example
"""


def _layout_page(header: str, lines: list[str], page: int, pages: int) -> str:
    """One page as ``pdftotext -layout`` prints it: the running header, the body, a centred footer."""
    footer = f"Page {page} of {pages}".center(100).rstrip()
    return "\n".join([header, "", *lines, "", "", footer]) + "\n\f"


WESTMARCH_HEADER = ("Joint Audit Committee                                                    "
                    "            28 January 2026")

WESTMARCH_PAGES = [
    """            POLICE AND CRIME COMMISSIONER FOR WESTMARCH AND CHIEF CONSTABLE OF WESTMARCH POLICE

                                  JOINT AUDIT COMMITTEE

           Minutes of the meeting held on Wednesday 28 January 2026 at 10.00am, Conference Room 2,
                                Police Headquarters, Tollgate Road, Westmarch

Members present:        Patricia Oyelaran (Chair)         Independent member
                        Graham Stirk                      Independent member
                        Dr Ruth Akinbiyi                  Independent member
                        Colin Mayhew                      Independent member

In attendance:          Chief Finance Officer, Office of the Police and Crime Commissioner (OPCC)
                        Director of Finance, Westmarch Police
                        Engagement Lead, Ashdown Rook LLP (external audit)
                        Head of Internal Audit, Tiller Gate Audit Services
                        Governance Officer, OPCC (minutes)

JAC/26/01    Apologies and declarations of interest

             Apologies were received from the Deputy Chief Constable. Mr Mayhew declared that
             his daughter works in the force control room; the Committee agreed this did not
             prevent him from taking part.

JAC/26/02    Minutes and actions log

             The minutes of 22 October 2025 were approved. The actions log was reviewed:

             Ref        Action                                       Owner          Status
             A25/14     Report on seized property store audit        Director of    Complete
                                                                     Finance
             A25/17     Update on vetting backlog                    Head of        Due April
                                                                     Professional   2026
                                                                     Standards
             A25/19     Benchmark of overtime spend                  Director of    Open
                                                                     Finance

JAC/26/03    External audit: appointment and audit plan 2025/26

             The Chief Finance Officer reminded members that the Commissioner and the Chief
             Constable both opted into the national appointment arrangements for local
             audit. Under those arrangements Ashdown Rook LLP has been appointed as external
             auditor to both bodies for the five years from 2023/24 to 2027/28. The scale
             fees for 2025/26 are £94,300 for the Commissioner and £61,800 for the Chief
             Constable.""".split("\n"),
    """             The Engagement Lead presented the audit plan. Significant risks are the
             valuation of land and buildings, the pension liability and management override
             of controls. The audit will begin in June 2026.

             Members asked whether the backlog of earlier years' audits could delay the
             opinion. The Engagement Lead replied that the 2023/24 and 2024/25 opinions had
             both been issued and the firm expected to meet the 2025/26 deadline.

             RESOLVED: that the external audit plan for 2025/26 be noted.

JAC/26/04    Internal audit progress report and contract

             The Head of Internal Audit reported that 11 of the 16 reviews in the 2025/26
             plan were complete. Two limited assurance opinions were given, on fleet fuel
             cards and on the duty management system.

             Internal audit for both corporations sole is provided under a single contract
             with Tiller Gate Audit Services, which runs to 31 March 2028. The contract is
             priced at £78,500 a year and covers 310 audit days.

             RESOLVED: that the progress report be noted and that the draft internal audit
             plan for 2026/27 be brought to the April meeting.

JAC/26/05    Risk management

             The Committee considered the joint strategic risk register. The following risks
             were discussed:

             Risk                                     Rating     Response
             Loss of the command and control          High       A replacement system is in
             system during the move to the new                   procurement; the old system
             data centre                                         runs in parallel until
                                                                 cutover
             The force fails to recruit enough        Medium     A detective degree-holder
             detectives to meet the uplift                       entry route and a retention
             target                                              payment have been introduced

             A member raised the risk that the precept increase would not be enough to cover
             the pay award. The Chief Finance Officer said the medium-term plan holds a
             general reserve of £7.2m, which would absorb a shortfall of up to £1.5m for
             one year while savings were found.

             RESOLVED: that the risk register be noted.""".split("\n"),
    """JAC/26/06    Treasury management strategy 2026/27

             RESOLVED: to recommend the treasury management strategy 2026/27 to the
             Commissioner for approval, including an authorised borrowing limit of £48m.

JAC/26/07    Date of next meeting

             Wednesday 22 April 2026, 10.00am.

             Signed ........................................  Chair        Date ....................

             Contact: Governance Officer, OPCC, 01632 972 418""".split("\n"),
]


def westmarch_txt() -> str:
    pages = len(WESTMARCH_PAGES)
    return "".join(_layout_page(WESTMARCH_HEADER, lines, n, pages) for n, lines in enumerate(WESTMARCH_PAGES, 1))


OAKHURST_TXT = """Oakhurst and Wyre Mental Health NHS Foundation Trust

COUNCIL OF GOVERNORS

Minutes of the public meeting held on 19 February 2026, 6.00pm
Lecture Theatre, Wyrebank Hospital

Chair: Mrs Annika Sorensen, Trust Chair
Governors present: 17 (public 10, staff 4, appointed 3)
Also present: Lewis Okafor, Chief Executive; Deborah Hynes, Director of Finance; Trust Secretary (minutes)

---------------------------------------------------------------------------

CG 26/01  Opening business

The Chair welcomed everyone, including two newly elected staff governors. Apologies: six governors. No
interests were declared that had not already been entered on the register.

CG 26/02  Minutes of 13 November 2025

Approved without amendment.

CG 26/03  Non-executive directors

The Chair of the Appointments Committee of the Council reported on the recruitment of two non-executive directors.
Eleven applications had been received and four people were interviewed on 4 February.

Decision: Mr Jonathan Pryce-Evans was appointed as a non-executive director, with a finance background, for a three-year
term starting on 1 April 2026.

Decision: Ms Halima Quayle was appointed as a non-executive director with lived experience of mental health services, for
three years from 1 May 2026.

Decision: Professor Neil Gathercole's term as non-executive director and Senior Independent Director was extended by
one year, to 31 March 2027, so that the Board does not lose two experienced members at once.

The basic non-executive director fee stays at £14,000 a year.

CG 26/04  External auditor

A panel of governors and the Chair of the Audit Committee had run a mini-competition under a national framework.
Three firms bid. The panel recommended Pennick Hale LLP, whose proposal scored best on quality and was second
cheapest. The fee for the first year will be one hundred and twelve thousand pounds, plus VAT, rising with
inflation thereafter. The unsuccessful bids ranged from £104,000 to £139,000.

One governor asked why the cheapest bid had not won. The Director of Finance explained that the lowest bidder had
little experience of NHS foundation trusts, and that price counted for 30 per cent of the score.

Decision: governors appointed Pennick Hale LLP as external auditor for three years, covering the audits of 2026/27,
2027/28 and 2028/29, with an option of a further two years.

CG 26/05  Questions from governors

Q (public governor, Wyre North): People on the community mental health waiting list are waiting too long - what is
being done?
A (Chief Executive): The waiting list has fallen from 1,940 to 1,610 since September. The risk that people
deteriorate while they wait is managed by a weekly clinical review of everyone waiting more than 18 weeks, and by a
duty line people can call at any time.

Q (staff governor): Is there money for the promised ward refurbishment at Wyrebank?
A (Director of Finance): Yes. £3.6m of capital is set aside in 2026/27 and work starts in the summer.

Q (appointed governor, Wyre County Council): Will the Trust keep funding the Safe Haven in Oakhurst?
A (Chief Executive): The Safe Haven is run for the Trust by Harbourlight Wellbeing, a local charity, and that
arrangement continues to March 2027.

CG 26/06  Finance and performance

The Director of Finance reported a forecast deficit of £2.4m for 2025/26, against a plan of £1.9m. Agency spending
has fallen by £3.1m on last year. Governors noted the report.

CG 26/07  Next meeting

Thursday 14 May 2026 at 6.00pm, Oakhurst Resource Centre.

Signed (Chair) ........................     Date .................
"""


# ============================================================================ HTML

def council_page(site: str, title: str, crumbs: list[tuple[str, str]], body: str, updated: str) -> str:
    """A council web page around a paper: cookie banner, skip link, site navigation, search, breadcrumbs, a
    "last updated" line, a feedback box and a footer (paraphrase13's ``page`` frames an ICB site instead)."""
    trail = "".join(f'<li><a href="{href}">{text}</a></li>' if href else f"<li aria-current=\"page\">{text}</li>"
                    for text, href in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<div id="cookie-notice" class="cookie-notice">
<h2>Can we store analytics cookies on your device?</h2>
<p>Analytics cookies help us understand how our website is being used. We will not set them unless you say yes.</p>
<button type="button">Yes, I accept</button> <button type="button">No, do not track me</button>
<a href="/cookie-policy">Read our cookie policy</a></div>
<header><div class="brand"><a href="/">{site}</a></div>
<nav aria-label="Main menu"><ul><li><a href="/bins-and-recycling">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li><li><a href="/housing">Housing</a></li>
<li><a href="/planning">Planning and building control</a></li><li><a href="/business">Business</a></li>
<li><a href="/your-council">Your council</a></li></ul></nav>
<form role="search" action="/search"><input type="search" name="query" placeholder="Search"><button>Go</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{trail}</ol></nav>
<main id="content">
{body}
<p class="updated">Last updated: {updated}</p>
<div class="feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button>
<a href="/report-a-problem">Report a problem with this page</a></div>
</main>
<footer><ul><li><a href="/contact">Contact us</a></li><li><a href="/accessibility">Accessibility</a></li>
<li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/jobs">Jobs</a></li></ul>
<p>{site}, Civic Offices, Abbey Walk. Customer services 01632 973 000 (Monday to Friday, 9am to 5pm).</p>
<p>Follow us: <a href="/x">X</a> <a href="/facebook">Facebook</a></p></footer>
</body></html>
"""


def hallowmere_forward_plan() -> str:
    body = """<h1>Procurement forward plan 2026/27</h1>
<p class="lead">Hallowmere District Council publishes a forward plan of the contracts it expects to tender in the
coming financial year, so that businesses, charities and social enterprises can get ready to bid. The plan was agreed
by the Council's Procurement Board and is published here for 2026/27.</p>
<h2>How to read the plan</h2>
<p>Values are estimates of the whole value of each new contract over its full life, including any extensions, and are
given to help suppliers plan. They are not budgets and no contract exists for them yet. Where a service is already
provided under a contract, the current provider is shown as the incumbent, with the date its contract ends.</p>
<table class="forward-plan">
<caption>Procurements planned for 2026/27</caption>
<thead><tr><th>Ref</th><th>What we are buying</th><th>Service area</th><th>Estimated value</th>
<th>Tender expected</th><th>Planned start</th><th>Incumbent</th><th>Current contract ends</th></tr></thead>
<tbody>
<tr><td>HDC-P-101</td><td>Waste and recycling collection vehicles (lease)</td><td>Environment</td><td>&pound;5.8m</td>
<td>June 2026</td><td>1 April 2027</td><td>Fleetline Vehicle Solutions</td><td>31 March 2027</td></tr>
<tr><td>HDC-P-102</td><td>Public toilet cleaning</td><td>Environment</td><td>&pound;420,000</td>
<td>July 2026</td><td>1 October 2026</td><td>Brightwater Hygiene Services</td><td>30 September 2026</td></tr>
<tr><td>HDC-P-103</td><td>Disabled facilities grant works framework</td><td>Housing</td><td>&pound;2m - &pound;2.5m</td>
<td>September 2026</td><td>January 2027</td><td>New requirement</td><td>-</td></tr>
<tr><td>HDC-P-104</td><td>Home improvement agency service</td><td>Housing</td><td>&pound;760,000</td>
<td>October 2026</td><td>1 April 2027</td><td>Care &amp; Repair Hallowmere</td><td>31/03/2027</td></tr>
<tr><td>HDC-P-105</td><td>CCTV monitoring</td><td>Community safety</td><td>&pound;310,000</td>
<td>November 2026</td><td>1 February 2027</td><td>Watchpoint Security Ltd</td><td>2027-01-31</td></tr>
<tr><td>HDC-P-106</td><td>Insurance (property, liability and motor)</td><td>Finance</td><td>&pound;1.4m</td>
<td>December 2026</td><td>1 April 2027</td><td>Council's broker arranges cover annually</td><td>-</td></tr>
<tr><td>HDC-P-107</td><td>Customer contact telephony</td><td>Digital</td><td>&pound;280,000</td>
<td>January 2027</td><td>1 July 2027</td><td>Callbridge Communications</td><td>June 30, 2027</td></tr>
</tbody></table>
<h2>Contracts already let this year</h2>
<p>Only one contract over the publication threshold of &pound;30,000 has been awarded so far in 2026/27: the
council's grounds maintenance contract, which went to Verdance Grounds Care from 1 April 2026 at &pound;690,000 a
year for five years.</p>
<h2>Selling to the council</h2>
<p>All tenders are advertised on our e-tendering portal. Our procurement team runs a free &quot;meet the buyer&quot;
event twice a year; the next one is on 16 June 2026. You can call the team on 01632 973 145.</p>
<p>The Council aims to spend at least 35 per cent of its third-party spend, which was &pound;41.2m in 2025/26, with
local suppliers.</p>"""
    crumbs = [("Home", "/"), ("Business", "/business"), ("Selling to the council", "/business/selling-to-the-council"),
              ("Procurement forward plan 2026/27", None)]
    return council_page("Hallowmere District Council", "Procurement forward plan 2026/27", crumbs, body, "9 April 2026")


def ardglen_minutes() -> str:
    return """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Environment and Estates Committee - minutes - 5 February 2026 - Ardglen and Lough Corran District Council</title></head>
<body>
<div class="modern-gov-header"><a href="/mgCommitteeDetails">Environment and Estates Committee</a> &gt; Meetings</div>
<h1>Ardglen and Lough Corran District Council</h1>
<h2>Minutes of the Meeting of the Environment and Estates Committee held in the Council Chamber, Ardglen Civic
Centre, on Thursday 5 February 2026 at 7.00pm</h2>
<p><b>Present:</b> Alderman S McCrory (Chairperson); Councillors P Devlin (Deputy Chairperson), R Agnew, N Boyle,
C Dunlop, M Ferris, L Kearney, J Magennis, T Rooney and H Watterson.</p>
<p><b>In attendance:</b> Director of Environment and Estates; Head of Parks and Open Spaces; Procurement Manager;
Democratic Services Officer.</p>

<h3>EE/2026/01 Apologies</h3>
<p>Apologies were received from Councillors A Crothers and F McGrath.</p>

<h3>EE/2026/02 Declarations of Interest</h3>
<p>Councillor Kearney declared an interest in item EE/2026/06, as her brother-in-law is a partner in one of the
businesses that tendered for the caf&eacute; concession, and left the Chamber for that item. Councillor Boyle
declared an interest in item EE/2026/07 as a member of the Lough Corran Angling Club committee.</p>

<h3>EE/2026/03 Minutes of Previous Meeting</h3>
<p>The minutes of the meeting held on 8 January 2026 were taken as read and signed as correct.</p>

<h3>EE/2026/04 Matters Arising</h3>
<p>None.</p>

<h3>EE/2026/05 Tender for Grounds Maintenance of Parks and Cemeteries</h3>
<p>The Procurement Manager reported that an open tender for the grounds maintenance of the Council's 38 parks, play
areas and six cemeteries had closed on 12 January 2026. Five tenders were received. The most economically
advantageous tender was submitted by Greenacre Landscapes (NI) Ltd, at an annual price of &pound;326,400. The
contract will run for three years from 1 April 2026, with the option of two further years. The second-placed tender
was &pound;341,900.</p>
<p>In response to a question from Councillor Ferris, the Head of Parks and Open Spaces said the contract requires
the contractor to stop using glyphosate in play areas from the start of the contract.</p>
<p>Proposed by Councillor Dunlop, seconded by Councillor Agnew, and</p>
<p><b>AGREED</b> - that the tender submitted by Greenacre Landscapes (NI) Ltd for grounds maintenance be accepted.</p>

<h3>EE/2026/06 Caf&eacute; Concession, Corran Forest Park</h3>
<p>(Councillor Kearney left the meeting.)</p>
<p>Members were reminded that the caf&eacute; at the Corran Forest Park visitor centre has been closed since the
previous operator's lease ended last autumn. Expressions of interest were invited for a five-year concession. The
Council does not pay the operator; instead the successful bidder pays the Council a concession fee. The highest
scoring bid came from The Bothy Kitchen, which offered a fee of &pound;18,500 per annum together with a share of
turnover above &pound;250,000.</p>
<p>After discussion, the Committee agreed to accept the bid from The Bothy Kitchen for the caf&eacute; concession for
five years from 1 May 2026.</p>
<p>(Councillor Kearney returned to the meeting.)</p>

<h3>EE/2026/07 Lough Corran Shoreline Path</h3>
<p>The Director reported that the Department for Infrastructure had offered a grant of &pound;215,000 towards the
shoreline path, 75 per cent of the estimated cost of &pound;286,700. The Committee agreed to accept the letter of
offer and to fund the balance from the capital programme.</p>

<h3>EE/2026/08 Decisions taken under delegated authority</h3>
<p>The Committee ratified the Director's decision, taken on 21 January 2026 following storm damage, to appoint
Lagan Tree Surgery to carry out emergency tree works in Ardglen Demesne at a cost of &pound;27,850.</p>

<h3>EE/2026/09 Bereavement Services Charges</h3>
<p>It was agreed that burial charges rise by 4 per cent from 1 April 2026; an adult interment will cost &pound;812.</p>

<p>The meeting ended at 8.25pm.</p>
<p>Chairperson ........................................</p>
</body></html>
"""


def severnmoor_skills() -> str:
    return """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Adult Skills Fund allocations 2026/27 - Skills and Employment Board - Severnmoor Combined Authority</title></head>
<body>
<header><p><a href="/">Severnmoor Combined Authority</a> &rsaquo; <a href="/meetings">Meetings</a></p></header>
<article>
<p>Severnmoor Combined Authority</p>
<p>Skills and Employment Board</p>
<p>Date: 26 March 2026</p>
<h1>Adult Skills Fund: allocations for the 2026/27 academic year</h1>
<p>Report of the Director of Skills and Inclusion</p>
<p>Lead member: Mayor Aled Kinsella</p>

<h2>Purpose</h2>
<p>Since adult education funding was devolved, the Combined Authority decides how its Adult Skills Fund is shared out
across Severnmoor. This report sets out next year's allocations.</p>

<h2>Recommendations</h2>
<p>That the Board:</p>
<ol type="a">
<li>approves the grant allocations to further education colleges and local authority adult learning services set
out in the table;</li>
<li>approves the award of contracts to the three independent training providers listed in the table following the
competitive tender;</li>
<li>delegates to the Director of Skills and Inclusion the power to reallocate up to 10 per cent of any provider's
allocation in year where it is under-delivering.</li>
</ol>

<h2>Background</h2>
<p>The Government has confirmed the Combined Authority's Adult Skills Fund for 2026/27 at &pound;38.4m, an increase of
2.5 per cent. Around &pound;1.2m is kept back for programme management and a flexible in-year fund.</p>
<p>There are two ways of paying providers. Colleges and the councils' own adult learning services, which are
grant-funded public bodies, receive grant allocations under a funding agreement. Independent training providers
are paid through contracts for services won in open competition. The tender for 2026/27 closed on 6 February and
attracted 14 bids.</p>

<h2>Allocations</h2>
<table>
<thead><tr><th>Provider</th><th>Type of provider</th><th>Funding route</th><th>2026/27 allocation</th></tr></thead>
<tbody>
<tr><td>Severnmoor City College</td><td>General FE college</td><td>Grant</td><td>&pound;14,250,000</td></tr>
<tr><td>Dunsford and Vale College</td><td>General FE college</td><td>Grant</td><td>&pound;9,870,000</td></tr>
<tr><td>Severnmoor City Council Adult Learning</td><td>Local authority service</td><td>Grant</td><td>&pound;4,310,000</td></tr>
<tr><td>Tollcross Borough Council Community Learning</td><td>Local authority service</td><td>Grant</td><td>&pound;2,640,000</td></tr>
<tr><td>Northpoint Training Ltd</td><td>Independent training provider</td><td>Contract</td><td>&pound;1,760,000</td></tr>
<tr><td>Stepwise Skills Academy</td><td>Independent training provider</td><td>Contract</td><td>&pound;1,185,000</td></tr>
<tr><td>Brightstart Construction Training CIC</td><td>Independent training provider</td><td>Contract</td><td>&pound;640,000</td></tr>
</tbody></table>
<p>The contracts will run from 1 August 2026 to 31 July 2027 and may be extended by a further academic year, to
31 July 2028, if performance targets are met. Grant funding agreements are issued for the academic year only.</p>

<h2>Performance last year</h2>
<p>In 2024/25, 31,200 adults took part in funded learning and 82 per cent achieved their qualification. The funding
rate for an entry-level English for speakers of other languages course is &pound;7.20 an hour.</p>

<h2>Risks</h2>
<p>There is a risk that providers under-deliver and funding is handed back to Government at the year end. We will
review delivery every quarter and move money from under-performing providers to those with waiting lists.</p>
<p>A new provider may not be ready to start teaching in August. Each contract includes a mobilisation plan that must
be signed off by 30 June 2026.</p>

<h2>Contact</h2>
<p>Adult Skills Fund Manager, 01632 974 560</p>
</article>
<footer>Severnmoor Combined Authority, 1 Quayside Square.</footer>
</body></html>
"""


# ============================================================================ PDF

def strathcairn_directions(path):
    pdf = Paper(running_header="Strathcairn Integration Joint Board - 18 March 2026 - Item 8",
                footer="Page {page} of {pages}", title="Directions to NHS Strathcairn and Strathcairn Council for 2026/27")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "STRATHCAIRN HEALTH AND SOCIAL CARE PARTNERSHIP", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Strathcairn Integration Joint Board\nMeeting date: 18 March 2026\nReport by: Chief Officer\n"
                   "Title: Directions to NHS Strathcairn and Strathcairn Council for 2026/27")
    heading(pdf, "1. Purpose", size=11)
    paragraph(pdf, "1.1 The Integration Joint Board (IJB) does not deliver services itself. It tells its two partners, "
                   "NHS Strathcairn and Strathcairn Council, which services to deliver and how much it will pay them to "
                   "do so, by issuing directions. This report asks the IJB to issue the directions for 2026/27 in line "
                   "with the budget it set on 25 February.")
    heading(pdf, "2. Recommendations", size=11)
    paragraph(pdf, "The IJB is asked to:")
    for text in ("2.1 approve the directions in section 4 and instruct the Chief Officer to issue them to NHS Strathcairn "
                 "and Strathcairn Council by 31 March 2026;",
                 "2.2 note that the carers support service will continue to be bought by the Council from Strathcairn "
                 "Carers Centre on the IJB's behalf;",
                 "2.3 agree that progress on every direction is reported to the Performance and Audit Committee in "
                 "October 2026."):
        bullet(pdf, text, marker="")
    heading(pdf, "3. Background", size=11)
    paragraph(pdf, "3.1 The IJB's budget for 2026/27 is £412.6m, made up of a payment of £298.3m from NHS Strathcairn "
                   "and £114.3m from Strathcairn Council. A savings programme of £6.8m is needed to balance it, and the "
                   "IJB's general reserve stood at £2.9m at 31 March 2025.")
    paragraph(pdf, "3.2 A direction is not a contract. It is a legal instruction from the IJB to one of its partners, "
                   "which then delivers the service using its own staff or contracts. Each direction below takes effect "
                   "on 1 April 2026 and will be reviewed no later than 31 March 2027.")
    heading(pdf, "4. Directions for 2026/27", size=11)
    rows = [["Ref", "Directed to", "Services", "Budget 2026/27"],
            ["D26-01", "NHS Strathcairn", "Community nursing, district nursing and treatment room services, including "
             "out-of-hours nursing", "£24,150,000"],
            ["D26-02", "NHS Strathcairn", "Primary medical services, general dental, ophthalmic and pharmaceutical "
             "services (family health services)", "£168,400,000"],
            ["D26-03", "NHS Strathcairn", "Prescribing in primary care", "£71,900,000"],
            ["D26-04", "NHS Strathcairn", "Community mental health, addictions and learning disability health teams",
             "£33,700,000"],
            ["D26-05", "Strathcairn Council", "Care at home, reablement and the community alarm service", "£41,250,000"],
            ["D26-06", "Strathcairn Council", "Residential and nursing care home placements for older people",
             "£38,600,000"],
            ["D26-07", "Strathcairn Council", "Social work assessment and care management for adults", "£12,800,000"],
            ["D26-08", "Strathcairn Council", "Support to unpaid carers, including the hosted carers support service "
             "(see 5.1)", "£3,450,000"],
            ["D26-09", "Strathcairn Council", "Day opportunities and supported living for adults with a learning "
             "disability", "£18,350,000"]]
    table(pdf, rows, widths=[18, 36, 86, 30], header="bold", repeat_header=False, size=10)
    paragraph(pdf, "The set-aside budget for large hospital services (£13.1m) is not directed in this way; it is "
                   "managed by NHS Strathcairn under the strategic commissioning plan.")
    heading(pdf, "5. Hosted and commissioned services", size=11)
    paragraph(pdf, "5.1 Within direction D26-08, the carers support service is hosted by the Council and bought from "
                   "Strathcairn Carers Centre, a charity, under a contract the Council awarded in 2023. That contract "
                   "pays the charity £486,000 a year and ends on 31 October 2027. It is the only service in the "
                   "directions bought from the third sector as a single named contract.")
    paragraph(pdf, "5.2 Independent advocacy for adults also continues to be provided by Clearvoice Advocacy Strathcairn "
                   "under the Council's existing arrangement, which is being reviewed this year.")
    heading(pdf, "6. Risks", size=11)
    paragraph(pdf, "6.1 The main risk is that the partners cannot deliver the services within the budgets directed, "
                   "because of pay awards above the funded 3 per cent. The Chief Officer will meet both partners' "
                   "finance directors each month and any overspend will be reported to the IJB with a recovery plan.")
    paragraph(pdf, "6.2 Care home fee rates are set nationally, and a higher than expected rate would put pressure on "
                   "D26-06. A contingency of £1.4m has been held for this.")
    paragraph(pdf, "Contact: Chief Finance Officer, Strathcairn IJB, telephone 01632 970 311")
    save(pdf, path)


def _with_rotated_page(path: Path, build, landscape_page: int) -> None:
    """Save the paper built by ``build`` with its landscape page stored as a portrait box with /Rotate 90.

    ``pdfgen.rotated`` turns every page of a file, so the whole paper is built twice (plain and rotated) and the
    landscape page is taken from the rotated copy: page numbers and footers stay those of the one paper."""
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.pdf"
        turned = Path(tmp) / "turned.pdf"
        build(plain)
        rotated(plain, turned, 90)
        source = pdfium.PdfDocument(str(plain))
        sideways = pdfium.PdfDocument(str(turned))
        out = pdfium.PdfDocument.new()
        count = len(source)
        for index in range(count):
            donor = sideways if index == landscape_page - 1 else source
            out.import_pages(donor, [index])
        out.save(str(path))
        for doc in (out, sideways, source):
            doc.close()


def kestermoor_fees(path):
    def build(target):
        pdf = Paper(running_header="Kestermoor County Council - Cabinet - 5 March 2026",
                    footer="Page {page} of {pages}", title="Adult social care fees and charges 2026/27")
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(0, 8, "Kestermoor County Council", new_x="LMARGIN", new_y="NEXT")
        table(pdf, [["Meeting", "Cabinet"], ["Date", "5 March 2026"],
                    ["Report title", "Adult social care fees and charges 2026/27"],
                    ["Cabinet member", "Cllr Denise Arkwright, Adult Social Care"],
                    ["Report of", "Executive Director of Adults and Health"]],
              widths=[45, 125], header=None, size=10)
        heading(pdf, "Summary", size=11)
        paragraph(pdf, "Each year the Council sets the rates it pays independent providers for residential and nursing "
                       "care and for home care. This report proposes the rates for 2026/27, which reflect the rise in the "
                       "National Living Wage, and the renewal of one block contract for nursing beds.")
        heading(pdf, "Recommendations", size=11)
        paragraph(pdf, "Cabinet is recommended to:")
        for text in ("1. approve an uplift of 6.1 per cent to the standard care home rates, effective from 6 April 2026, "
                     "as set out in Appendix A;",
                     "2. approve a standard home care rate of £27.85 per hour from the same date;",
                     "3. approve a block contract with Heronsgate Care Homes for 36 nursing beds at Willowmead House "
                     "for two years;",
                     "4. note that the rates will be reviewed again after the Government's spring statement."):
            bullet(pdf, text, marker="")
        heading(pdf, "1. Care home rates", size=11)
        paragraph(pdf, "1.1 The Council funds about 2,350 older people in care homes. Our cost of care exercise, completed "
                       "with providers in the autumn, showed that staff pay makes up 64 per cent of a home's costs. The "
                       "proposed uplift of 6.1 per cent is set out band by band in Appendix A. A standard residential "
                       "place will cost £948 a week, up from £893.50.")
        paragraph(pdf, "1.2 People who pay for their own care will not be affected by these rates, although homes may "
                       "take them into account when setting their own prices.")
        heading(pdf, "2. Home care", size=11)
        paragraph(pdf, "2.1 Home care is paid by the hour. The standard rate will rise from £26.20 to £27.85 an hour. In "
                       "the rural north of the county an enhanced rate of £29.60 will apply to cover travel time. The "
                       "Council buys about 41,000 hours of home care a week.")
        heading(pdf, "3. Willowmead House block contract", size=11)
        paragraph(pdf, "3.1 Hospital discharge has been slowed by a shortage of nursing beds. We propose to reserve 36 "
                       "beds at Willowmead House, a nursing home run by Heronsgate Care Homes, under a block contract. The "
                       "Council would pay for the beds whether or not they are occupied; in return the home will accept "
                       "admissions seven days a week within 24 hours.")
        paragraph(pdf, "3.2 The contract would cost £2,246,000 a year and would run from 1 May 2026 to 30 April 2028. "
                       "It has been agreed with the Integrated Care Board, which will contribute half the cost through the "
                       "Better Care Fund.")
        heading(pdf, "4. Financial implications", size=11)
        paragraph(pdf, "4.1 The total cost of the uplifts in 2026/27 is estimated at £14.9m, which is provided for in "
                       "the budget agreed by Council on 19 February 2026. The adult social care net budget is £356.2m. The "
                       "Market Sustainability and Improvement Fund grant for 2026/27 is £9.3m.")
        heading(pdf, "5. Risks", size=11)
        paragraph(pdf, "5.1 If the rates are too low, providers may hand back home care packages or close beds. The "
                       "market will be monitored monthly through the provider failure dashboard, and a hardship fund of "
                       "£500,000 will be available on application.")
        paragraph(pdf, "5.2 The block beds may not be used in full during the summer. Occupancy will be reviewed every "
                       "quarter with the ICB and the number of beds can be reduced to 28 after twelve months.")
        paragraph(pdf, "Contact officer: Head of Commissioning, telephone 01632 975 820")
        pdf.add_page(orientation="L")
        heading(pdf, "Appendix A: care home rates per resident per week, 2025/26 and 2026/27", size=11)
        table(pdf, [["Band", "Type of placement", "2025/26 weekly rate", "2026/27 weekly rate", "Increase"],
                    ["R1", "Residential - standard", "£893.50", "£948.00", "6.1%"],
                    ["R2", "Residential - enhanced needs (including dementia)", "£961.00", "£1,019.60", "6.1%"],
                    ["N1", "Nursing - standard (excluding funded nursing care)", "£982.40", "£1,042.30", "6.1%"],
                    ["N2", "Nursing - enhanced needs", "£1,058.00", "£1,122.50", "6.1%"],
                    ["LD", "Residential - learning disability (guide rate)", "£1,310.00", "£1,389.90", "6.1%"]],
              widths=[18, 110, 45, 45, 25], header="shaded", size=10)
        paragraph(pdf, "Rates are per person per week. Third-party top-ups are not included.")
        save(pdf, target)

    _with_rotated_page(Path(path), build, landscape_page=3)


def lindenford_sexual_health(path):
    pdf = Paper(running_header="Lindenford City Council - Health and Adult Social Care Committee - 21 January 2026",
                footer="{page}", title="Integrated sexual health service: performance and contract options")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "LINDENFORD CITY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Health and Adult Social Care Committee\n21 January 2026\nReport of the Director of Public Health")
    heading(pdf, "Integrated sexual health service: performance and contract options", size=13)
    heading(pdf, "1. Summary", size=11)
    paragraph(pdf, "1.1 The city's integrated sexual health service has been run since 1 April 2023 by a lead provider, "
                   "Meridale Community Health NHS Trust, which works with two subcontractors. The contract is worth "
                   "£3.92m a year and has an initial term of five years, with an option, not yet used, to extend it "
                   "by up to two years (the key dates are in section 5).")
    heading(pdf, "2. Recommendations", size=11)
    paragraph(pdf, "That the Committee:")
    for text in ("(i) notes the performance of the integrated sexual health service in 2024/25;",
                 "(ii) supports officers in opening talks with the lead provider about using the extension option;",
                 "(iii) agrees that a decision on the extension is brought to Cabinet by September 2026."):
        bullet(pdf, text, marker="")
    heading(pdf, "3. How the service is organised", size=11)
    paragraph(pdf, "3.1 The lead provider runs the two clinics, the online testing service and contraception in "
                   "primary care. HIV prevention and outreach to men who have sex with men and to sex workers are "
                   "subcontracted to Positive Lindenford, a charity, for £228,000 a year. Emergency hormonal "
                   "contraception in community pharmacies is arranged by the Trust through Lindenford Pharmacy Alliance.")
    paragraph(pdf, "3.2 Out-of-area attendances are paid for by the resident's home council at the national "
                   "integrated sexual health tariff. Examples for 2025/26 are £122 for a first attendance with a full "
                   "sexual health screen, £74 for a follow-up and £38 for a contraceptive pill review.")
    heading(pdf, "4. Performance", size=11)
    paragraph(pdf, "4.1 There were 38,400 attendances in 2024/25, 7 per cent more than the year before. Uptake of PrEP "
                   "among eligible people rose to 79 per cent. The rate of new gonorrhoea diagnoses remains above the "
                   "England average.")
    heading(pdf, "5. Key dates", size=11)
    table(pdf, [["Milestone", "Date"],
                ["Notice to the Trust of the intention to extend (latest)", "30 September 2026"],
                ["Cabinet decision on the extension", "September 2026"],
                ["End of initial term", "31 March 2028"],
                ["End of the extension period, if used", "31 March 2030"]],
          widths=[110, 60], header="bold", size=10)
    heading(pdf, "6. Finance", size=11)
    paragraph(pdf, "6.1 The public health grant for 2026/27 is £21.7m. Sexual health accounts for 19 per cent of it. The "
                   "Council also receives about £410,000 a year from other councils for out-of-area attendances.")
    heading(pdf, "7. Risks", size=11)
    table(pdf, [["Risk", "Rating", "Mitigation"],
                ["Demand keeps rising faster than the contract value", "High",
                 "Shift routine testing online and agree a demand cap with the Trust"],
                ["The subcontracted outreach service loses its funding from other sources", "Medium",
                 "The lead provider reports the charity's finances quarterly and holds a contingency plan"],
                ["Clinic buildings lease at Carver Street ends in 2027", "Medium",
                 "Estates are negotiating a five-year renewal"]],
          widths=[70, 20, 80], header="bold", size=9)
    paragraph(pdf, "Contact: Sexual Health Commissioner, 01632 976 330. Report dated 9 January 2026.")
    save(pdf, path)


# ============================================================================ DOCX

def wendlebury_repairs(path):
    doc = docxgen.new("Wendlebury Borough Council", dt.datetime(2026, 2, 12, 11, 0), font=("Arial", 12))
    docxgen.banner(doc, "Wendlebury Borough Council")
    docxgen.table(doc, [["Report to", "Cabinet"],
                        ["Date of meeting", "24 February 2026"],
                        ["Subject", "Housing repairs and maintenance: re-procurement"],
                        ["Lead member", "Cabinet Member for Housing, Cllr Imran Sadiq"],
                        ["Key decision", "Yes"]], header=False)
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("The Council's main housing repairs contract ends next year and cannot be extended again. This report "
                      "compares the ways the work could be delivered afterwards and recommends a two-lot procurement.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("That Cabinet:")
    doc.add_paragraph("approves the procurement of housing repairs and maintenance in two lots, as described in section 5;",
                      style="List Number")
    doc.add_paragraph("agrees the procurement timetable in section 6;", style="List Number")
    doc.add_paragraph("delegates the award of both lots to the Director of Housing, in consultation with the Cabinet Member "
                      "for Housing, where the tendered prices fall within the estimates in this report.", style="List Number")
    doc.add_heading("3. The current contract", level=2)
    doc.add_paragraph("Responsive repairs, empty homes and planned works to the Council's 6,900 homes are carried out by "
                      "Castlemere Property Care. The contract began on 1 April 2019 with a five-year initial term. The two-year "
                      "extension allowed under the contract was taken in 2023, so the contract will now end on 31 March 2027. "
                      "Last year the Council paid Castlemere £7.45m for work under the contract.")
    doc.add_paragraph("Tenant satisfaction with repairs fell to 71 per cent in 2024/25 and the average time to re-let an "
                      "empty home was 43 days.")
    doc.add_heading("4. Options appraisal", level=2)
    docxgen.table(doc, [["Option", "Estimated annual cost", "Assessment"],
                        ["A. Single contractor for all work (as now)", "£8.3m", "Rejected: little competition for a contract "
                         "of this size and one point of failure"],
                        ["B. Bring the service in house through a direct labour organisation", "£9.1m", "Rejected: set-up "
                         "costs of about £2.6m and no existing workforce or depot"],
                        ["C. Two lots: responsive repairs and voids; planned and cyclical works", "£8.0m", "Recommended"]])
    doc.add_paragraph("The option costs are estimates based on last year's volumes and current market prices.")
    doc.add_heading("5. Recommended lot structure", level=2)
    doc.add_paragraph("Lot 1, responsive repairs and empty homes: estimated at £4.9m a year.", style="List Bullet")
    doc.add_paragraph("Lot 2, planned and cyclical works (kitchens, bathrooms, roofs, windows and painting): estimated at "
                      "about £3.1m a year.", style="List Bullet")
    doc.add_paragraph("Each lot would be let for five years with the option to extend for up to five more. A bidder may "
                      "win both lots.")
    doc.add_heading("6. Procurement timetable", level=2)
    docxgen.table(doc, [["Stage", "When"],
                        ["Tender notice published", "4 May 2026"],
                        ["Deadline for tenders", "15 June 2026"],
                        ["Section 20 consultation with leaseholders ends", "31 August 2026"],
                        ["Cabinet informed of award", "October 2026"],
                        ["Mobilisation", "November 2026 to March 2027"],
                        ["New contracts start", "1 April 2027"]])
    doc.add_heading("7. Financial implications", level=2)
    doc.add_paragraph("The Housing Revenue Account repairs budget for 2026/27 is £8.4m. The HRA reserve was £5.2m at 31 "
                      "March 2025. The procurement itself, including legal advice and a cost consultant, will cost around "
                      "£145,000, met from the HRA.")
    doc.add_heading("8. Risks", level=2)
    doc.add_paragraph("There is a risk that the handover from Castlemere disrupts repairs for tenants. To reduce it, the "
                      "new contracts have a five-month mobilisation period and the Council will hold weekly handover "
                      "meetings with both contractors from January 2027.")
    doc.add_paragraph("Bids could come in above the estimates because of building cost inflation. Officers will include a "
                      "price adjustment mechanism tied to a published index and will report back to Cabinet before award "
                      "if either lot exceeds its estimate by more than 10 per cent.")
    doc.add_paragraph("Few contractors may bid for Lot 2 if it is too small. Early market engagement in March showed that "
                      "eleven firms are interested in at least one lot.")
    doc.add_paragraph("Report author: Head of Asset Management, 01632 977 402")
    doc.save(path)


def brackenford_leisure(path):
    doc = docxgen.new("Brackenford Borough Council", dt.datetime(2026, 1, 15, 9, 30), font=("Calibri", 11))
    docxgen.banner(doc, "BRACKENFORD BOROUGH COUNCIL")
    doc.add_paragraph("Overview and Scrutiny Committee")
    doc.add_paragraph("27 January 2026")
    doc.add_paragraph("Leisure operator annual performance review 2024/25", style="Heading 1")
    doc.add_paragraph("Report of the Head of Culture and Leisure")
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph("Vale Active Leisure Trust has run the borough's four leisure centres since 1 October 2021 under a "
                      "ten-year contract, ending on 30 September 2031, with a possible extension of five years. Unlike many "
                      "leisure contracts, this one pays the Council: the operator keeps all income and pays the Council an "
                      "annual management fee, which was £265,000 in 2024/25 and is fixed at that level, with indexation, for "
                      "the life of the contract.")
    doc.add_paragraph("Under the contract the Council pays the centres' gas, electricity and water bills at cost and "
                      "recovers them from the operator only above an agreed baseline. In 2024/25 the utilities passed "
                      "through in this way came to £1.14m.")
    doc.add_heading("2. Performance against the contract", level=2)
    docxgen.table(doc, [["Indicator", "Target", "2024/25"],
                        ["Visits", "1,150,000", "1,208,400"],
                        ["Members of the gym and swim scheme", "9,500", "9,870"],
                        ["Children learning to swim each week", "2,800", "2,655"],
                        ["Customer satisfaction", "85%", "88%"],
                        ["Concession card holders using centres", "2,000", "2,341"]])
    doc.add_paragraph("Only the swimming lessons target was missed, because the Greyfriars pool was closed for eight weeks "
                      "for tiling repairs.")
    doc.add_heading("3. Questions from members", level=2)
    doc.add_paragraph("Councillors sent questions in advance of the meeting. The answers below were provided by the "
                      "operator's Chief Executive, Mr Owen Halloran.")
    doc.add_paragraph("Q. Councillor Perrin asked why prices for pay-as-you-go swimming had risen by 12 per cent.")
    doc.add_paragraph("A. Energy costs above the baseline fall on the operator. Prices for concession card holders were "
                      "frozen, and an adult swim now costs £5.60.")
    doc.add_paragraph("Q. Councillor Yeung asked whether Greyfriars pool could close again.")
    doc.add_paragraph("A. The pool tank is 46 years old. There is a risk of further unplanned closures. The operator has "
                      "commissioned a condition survey, due in March, and the Council's capital programme includes £380,000 "
                      "for the pool in 2026/27.")
    doc.add_paragraph("Q. Councillor Amadi asked how the management fee compared with other councils.")
    doc.add_paragraph("A. The fee was set by competition in 2021. The Council's officers consider it good value.")
    doc.add_heading("4. Finance", level=2)
    doc.add_paragraph("The leisure client budget for 2025/26 is £1.62m, mainly the utilities. Vale Active Leisure Trust "
                      "reported a surplus of £94,000 on turnover of £8.7m, and holds reserves of £610,000.")
    doc.add_heading("5. Recommendations to Cabinet", level=2)
    doc.add_paragraph("The Committee is asked to consider the operator's performance and to recommend to Cabinet that:")
    doc.add_paragraph("(a) the condition survey of Greyfriars pool is reported to Cabinet with options for its future by "
                      "July 2026;")
    doc.add_paragraph("(b) the utilities baseline in the contract is reviewed with the operator before 31 March 2026;")
    doc.add_paragraph("(c) the swimming lessons target is kept at 2,800 for 2025/26.")
    doc.add_paragraph("Contact: Leisure Contract Manager, telephone 01632 978 215")
    doc.save(path)


def fernhollow_urgent(path):
    doc = docxgen.new("Fernhollow District Council", dt.datetime(2026, 2, 13, 16, 0), font=("Arial", 11))
    docxgen.banner(doc, "Fernhollow District Council")
    doc.add_paragraph("Record of a decision taken under urgency powers", style="Heading 1")
    docxgen.table(doc, [["Decision reference", "UD/2026/03"],
                        ["Decision taken by", "Chief Executive, under paragraph 4.7 of Part 3 of the Constitution"],
                        ["Date of decision", "13 February 2026"],
                        ["Subject", "Extension of the homelessness floating support contract"]], header=False)
    doc.add_heading("The decision", level=2)
    doc.add_paragraph("To extend the contract with Keelway Housing Support for homelessness floating support for six months, "
                      "from 1 March 2026 to 31 August 2026, at a cost of £148,500 for the period.")
    doc.add_paragraph("To direct the Head of Housing to complete the re-tender of the service so that a new contract can start "
                      "on 1 September 2026.")
    doc.add_heading("Reasons for the decision", level=2)
    doc.add_paragraph("The contract was due to expire at the end of February. The planned tender was abandoned in January "
                      "after the only compliant bid was withdrawn. Without an extension about 180 households at risk of "
                      "homelessness would lose their support at two weeks' notice. The next meeting of the Cabinet is not "
                      "until 17 March 2026, which is too late.")
    doc.add_heading("Alternatives considered", level=2)
    doc.add_paragraph("Delivering the service with the Council's own housing options team was rejected, as the team has no "
                      "spare capacity. Letting the contract lapse was rejected for the reasons above.")
    doc.add_heading("Consultation", level=2)
    doc.add_paragraph("The Leader of the Council (Cllr Maureen Tolland), the Cabinet Member for Housing (Cllr Dev Rathore) and "
                      "the Leader of the Opposition (Cllr Gareth Lowe) were consulted on 12 February and supported the "
                      "decision. The Monitoring Officer and the Section 151 Officer were also consulted.")
    doc.add_heading("Call-in", level=2)
    doc.add_paragraph("The Chair of the Overview and Scrutiny Committee, Cllr Sheila Brannigan, agreed that the decision is "
                      "urgent and that any delay caused by call-in would seriously harm the public interest. The decision is "
                      "therefore exempt from call-in and takes effect immediately. It will be reported to the next meeting "
                      "of Council, on 25 February 2026.")
    doc.add_heading("Financial implications", level=2)
    doc.add_paragraph("The cost of the extension will be met from the homelessness prevention grant, of which £312,000 "
                      "remains unallocated for 2025/26. The annual rate under the current contract is unchanged.")
    doc.add_heading("Declarations of interest", level=2)
    doc.add_paragraph("None.")
    doc.add_paragraph("Signed: Chief Executive          Date: 13 February 2026")
    doc.add_paragraph("Contact: Democratic Services, 01632 979 100")
    doc.save(path)


# ============================================================================ build

STEMS = {
    "strathcairn": "strathcairn-ijb_2026-03-18_integration-joint-board_directions-2026-27",
    "wendlebury": "wendlebury-bc_2026-02-24_cabinet_housing-repairs-reprocurement",
    "kestermoor": "kestermoor-cc_2026-03-05_cabinet_adult-social-care-fees-2026-27",
    "hallowmere": "hallowmere-dc_2026-04-09_procurement-forward-plan-2026-27",
    "brackenford": "brackenford-bc_2026-01-27_overview-and-scrutiny-committee_leisure-operator-annual-review",
    "fernhollow": "fernhollow-dc_2026-02-13_urgent-decision_floating-support-extension",
    "eskvale": "eskvale-lunemoor-shared-ict_2026-03-12_joint-committee_managed-service-variation",
    "ardglen": "ardglen-lough-corran-dc_2026-02-05_environment-and-estates-committee_minutes",
    "lindenford": "lindenford-city_2026-01-21_health-and-adult-social-care-committee_sexual-health-services",
    "westmarch": "westmarch-pcc_2026-01-28_joint-audit-committee_minutes",
    "severnmoor": "severnmoor-ca_2026-03-26_skills-and-employment-board_adult-skills-fund-allocations",
    "oakhurst": "oakhurst-wyre-mh-nhs-ft_2026-02-19_council-of-governors_minutes",
}


def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    out = {key: PAPERS / stem for key, stem in STEMS.items()}
    out["eskvale"].with_suffix(".md").write_text(ESKVALE_MD, encoding="utf-8")
    out["westmarch"].with_suffix(".txt").write_text(westmarch_txt(), encoding="utf-8")
    out["oakhurst"].with_suffix(".txt").write_text(OAKHURST_TXT, encoding="utf-8")
    out["hallowmere"].with_suffix(".html").write_text(hallowmere_forward_plan(), encoding="utf-8")
    out["ardglen"].with_suffix(".html").write_text(ardglen_minutes(), encoding="utf-8")
    out["severnmoor"].with_suffix(".html").write_text(severnmoor_skills(), encoding="utf-8")
    strathcairn_directions(out["strathcairn"].with_suffix(".pdf"))
    kestermoor_fees(out["kestermoor"].with_suffix(".pdf"))
    lindenford_sexual_health(out["lindenford"].with_suffix(".pdf"))
    wendlebury_repairs(out["wendlebury"].with_suffix(".docx"))
    brackenford_leisure(out["brackenford"].with_suffix(".docx"))
    fernhollow_urgent(out["fernhollow"].with_suffix(".docx"))


if __name__ == "__main__":
    main()
