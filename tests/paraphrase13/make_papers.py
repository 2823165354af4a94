"""Build the paraphrase13 papers (fictional authorities, bodies, providers, people and figures).

    .venv/bin/python tests/paraphrase13/make_papers.py

Writes twelve papers in tests/paraphrase13/papers/: three PDFs (foundation trust council of
governors minutes, a district council executive report on extending a leisure contract, a combined
authority decision notice on bus contracts with a landscape table page), three DOCX (a Scottish
council committee report, county adult social care commissioning intentions, a public health annual
commissioning report), three HTML pages (Welsh health board minutes, an ICB chief executive's report
inside a full web page, a children's scrutiny report on SEND transport) and three text files (an
ALMO board report on a repairs contract, a procurement forward plan in Markdown tables, a mental
health trust board paper on a crisis cafe).  Written before any run of the tool; every sentence,
name and figure is invented.
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

BRINDLEFORD_MD = """# Brindleford Homes

## Report to the Board

| | |
|---|---|
| Meeting | Board of Brindleford Homes |
| Date | 4 December 2025 |
| Item | 7 |
| Report of | Director of Property Services |
| Status | Open - decision required |

# Responsive repairs and planned maintenance contract 2026-2031

### 1. Summary

1.1 Brindleford Homes manages and maintains the City Council's 14,600 council homes. Brindleford City Council
commissions us to do this through a ten-year management agreement, and for 2025/26 it pays us a management fee of
£21.3m. Day-to-day repairs, empty homes work and planned component replacement are bought from contractors.

1.2 This report sets out the outcome of the procurement of a single contractor for responsive repairs and planned
maintenance, and asks the Board to approve the award.

### 2. Recommendations

The Board is recommended to:

1. approve the appointment of Keystep Building Services as the repairs and planned maintenance contractor from
   1 April 2026;
2. delegate to the Chief Executive, with the Chair of the Property Committee, the finalising of the contract and the
   mobilisation plan;
3. note that empty homes work currently carried out by Rowan Voids Solutions will move into the new contract.

### 3. The procurement

3.1 The tender was advertised in June 2025 under the open procedure. Six bids were received and evaluated on
quality (60 per cent), social value (10 per cent) and price (30 per cent).

3.2 Keystep Building Services submitted the highest-scoring bid. Its prices equate to roughly £11.8m a year at
current volumes, or about £59m over the initial five-year term. The contract may be extended by up to five further
years, one year at a time, subject to performance.

3.3 The second-ranked bidder priced the same work at £12.6m a year.

### 4. Related contracts

4.1 Gas servicing and boiler repairs are not part of the new contract. They remain with Heatwise Gas Services,
whose separate contract, at £1.9 million per year, runs until 30 September 2027.

4.2 The voids contract held by Rowan Voids Solutions expires at the end of March 2026 and will not be re-let.

### 5. Financial implications

5.1 The Housing Revenue Account repairs budget for 2026/27 is £16.4m, which covers the new contract, gas servicing
and an allowance for disrepair claims. The HRA working balance stood at £4.7m at 30 September 2025.

5.2 A mobilisation cost of £240,000 will be met from the Brindleford Homes transformation reserve.

### 6. Risks and how they will be managed

6.1 Mobilisation is the main risk. If Keystep cannot recruit enough trades staff before April, the backlog of
about 3,100 outstanding repairs will grow and tenants will wait longer. We will manage this through a twelve-week
mobilisation period, weekly progress meetings with the contractor and an agreement that existing operatives may
transfer to Keystep under TUPE.

6.2 Material prices may rise faster than the contract allows for. Prices are fixed for the first year and are then
adjusted each April by an agreed building cost index, with a cap of 5 per cent a year.

6.3 There is a risk that damp and mould cases are not put right within the new legal timescales. Keystep will run a
dedicated damp and mould team, and cases will be reported to the Board every quarter.

### 7. Consultation

The Tenants' Scrutiny Panel took part in the evaluation of the quality answers.

Contact: Repairs Contract Manager, telephone 01632 960 448, repairs.contracts@brindlefordhomes.example
"""

EASTERHOLME_MD = """# Easterholme City Council

**Audit and Governance Committee - 14 January 2026**

**Agenda item 9: Procurement forward plan 2026/27 and contract awards, October to December 2025**

Report of the Head of Procurement

## 1. Purpose

To present the planned procurements over 100,000 pounds for 2026/27 and to report the contracts awarded in the
third quarter of 2025/26, as required by Contract Standing Order 4.

## 2. Recommendation

That the Committee notes the procurement forward plan and the contract awards made in the last quarter.

## 3. Forward plan 2026/27

The estimated values below are budget figures for planning only. No contract has yet been let for any of them and
the figures may change once the market has been tested.

| Ref | Planned procurement | Directorate | Estimated total value | Route | Planned start |
|---|---|---|---|---|---|
| FP26-01 | Grounds maintenance | Place | £3,400,000 | Open tender | April 2027 |
| FP26-02 | Temporary accommodation (nightly paid) | Housing | £1.1m to £1.3m | Dynamic purchasing system | 1 October 2026 |
| FP26-03 | Street lighting energy | Place | £920,000 | Framework call-off | 1 April 2027 |
| FP26-04 | Revenues and benefits software | Resources | £650,000 | Framework call-off | November 2026 |
| FP26-05 | Advocacy services | Adults | £480,000 | Open tender | 1 July 2026 |
| FP26-06 | Pest control | Place | £210,000 | Quotation | September 2026 |

## 4. Contract awards, October to December 2025

| Contract | Supplier | Value | Start | End |
|---|---|---|---|---|
| Highway gully cleaning | Drainmaster Services | £1,275,000 | 1 Nov 2025 | 31 Oct 2028 |
| Parking enforcement | Kerbwatch Patrol Solutions | £2,040,000 | 05/01/2026 | 04/01/2030 |
| Leisure centre roof works | Hartwell Roofing | £386,500 | 17 November 2025 | 27 February 2026 |
| Domestic abuse refuge | Safe Harbour Easterholme | £612,000 | 1 December 2025 | 30 November 2028 |
| Payroll system | Paystream Software | £148,000 | 01/12/2025 | 30/11/2027 |

All values are whole-life values excluding VAT.

## 5. Waivers

One waiver was approved in the quarter: the existing arrangement with Brightwell Translation for interpreting was
extended for six months, to 30 June 2026, while a regional framework is set up.

## 6. Savings

Procurement activity in the first three quarters has delivered savings of £436,000 against a target of £500,000 for
2025/26.

Contact officer: Head of Procurement, 01632 960 771
"""

GREYWATER_TXT = """GREYWATER PARTNERSHIP NHS FOUNDATION TRUST

BOARD OF DIRECTORS - MEETING IN PUBLIC
Date of meeting:   26 February 2026
Agenda item:       BoD 26/031
Report title:      Subcontracting the Harbourside crisis cafe to The Lantern Trust
Executive lead:    Chief Operating Officer
Report author:     Head of Urgent and Crisis Care (tel. 01632 962 310)
Purpose:           For approval

1. PURPOSE OF THE REPORT

This paper asks the Board to approve a subcontract with The Lantern Trust, a local mental health charity
(registered charity number 1098234), to run the Harbourside crisis cafe as part of the Trust's crisis pathway.

2. RECOMMENDATIONS

The Board is asked to:

  i.   approve the subcontract with The Lantern Trust for the Harbourside crisis cafe for three years from
       1 May 2026;
  ii.  note that the cafe will be funded from the mental health investment standard allocation within the
       Trust's contract with the ICB;
  iii. agree that the Quality Committee receives a six-month review of the cafe in November 2026.

3. BACKGROUND

3.1 NHS Saltmarsh Integrated Care Board commissions the Trust to provide adult community and crisis mental
health services across the county. The ICB has asked every provider to offer an alternative to emergency
departments for people in crisis outside office hours.

3.2 A pilot crisis cafe ran at the Harbourside community centre between October 2025 and January 2026, staffed
by the Trust's own crisis team. Over 17 weeks 412 visits were recorded and the number of people taken to the
emergency department under section 136 fell by 18 per cent in the same period.

4. THE PROPOSAL

4.1 The cafe will open from 6pm to midnight every day of the year. The Lantern Trust will employ the peer support
workers and the cafe manager; the Trust will provide a crisis practitioner on every shift and clinical
supervision.

4.2 The subcontract is worth £286,000 a year. It was agreed through direct award after a provider selection
process, as The Lantern Trust was the only provider in the area able to offer peer-led evening support.

4.3 The Trust's own cost for the crisis practitioner posts is £174,000 a year, which is not part of the
subcontract.

5. FINANCE

5.1 The ICB has confirmed recurrent funding of £460,000 a year for the service from 2026/27. The 2025/26 pilot
cost £121,000, met from non-recurrent winter monies.

6. RISKS

6.1 Should The Lantern Trust be unable to recruit peer support workers before the start date, then the cafe would
open with shortened hours. The charity has already recruited four of the nine posts and the Trust's crisis team
will cover any gaps in the first three months.

6.2 There is a risk that people who are acutely unwell attend the cafe and their needs are not recognised. Every
shift will include a Trust crisis practitioner, and all cafe staff will complete suicide prevention training
before they start.

6.3 Should the number of visitors exceed the cafe's capacity, then people could be turned away late at night. A
booking line will be used for planned visits and the crisis team will offer telephone support while people wait.

6.4 There is a risk that information about visitors is not shared safely between the charity and the Trust. A data
sharing agreement will be signed before the cafe opens.

7. GOVERNANCE

The Finance and Performance Committee reviewed this proposal on 12 February 2026 and supports it.

Signed: Chief Operating Officer                          Date: 16 February 2026
"""


# ============================================================================ HTML

def page(site: str, title: str, crumbs: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies on this website">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us
improve it.</p><button>Accept analytics cookies</button> <button>Reject analytics cookies</button>
<a href="/cookies">View cookies</a></div>
<header class="site-header"><a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul><li><a href="/about-us">About us</a></li><li><a href="/our-work">Our work</a></li>
<li><a href="/board-meetings">Board meetings</a></li><li><a href="/news">News</a></li>
<li><a href="/get-involved">Get involved</a></li><li><a href="/contact-us">Contact us</a></li></ul></nav>
<form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{crumbs}</ol></nav>
<main id="main-content">
{body}
</main>
<aside class="related"><h2>Related pages</h2><ul><li><a href="/board-meetings/papers">Board papers archive</a></li>
<li><a href="/foi">Freedom of information</a></li></ul></aside>
<footer class="site-footer"><p>{site}, Riverside House, Corrow Quay. Telephone 01632 963 900.</p>
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>
<li><a href="/cookies">Cookies</a></li></ul><p>&copy; 2026 {site}</p></footer>
</body></html>
"""


def bae_teifran_minutes() -> str:
    return """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Minutes of the Board meeting held in public, 27 November 2025 - Bae Teifran University Health Board</title></head>
<body>
<h1>Bae Teifran University Health Board</h1>
<p><em>Bwrdd Iechyd Prifysgol Bae Teifran</em></p>
<h2>Unconfirmed minutes of the meeting of the Board held in public on Thursday 27 November 2025 at 9.30am,
Neuadd Cwm Teifran, Aberteifran</h2>
<p><strong>Present:</strong> Professor Gwenllian Harries (Chair), Rhodri Ashworth (Vice Chair), Elin Prydderch
(Independent Member), Dr Owain Lacey (Independent Member), Carys Mordaunt (Chief Executive), Huw Baskerville
(Director of Finance), Dr Seren Vaughan (Medical Director), Aled Stanway (Chief Operating Officer).</p>
<p><strong>In attendance:</strong> Board Secretary; Director of Estates (item BTB 25/118).</p>

<h3>BTB 25/112 Welcome, apologies and declarations of interest</h3>
<p>The Chair welcomed members and the public. Apologies were received from Mair Pendry (Independent Member). No
interests were declared.</p>

<h3>BTB 25/113 Minutes of the previous meeting and action log</h3>
<p>The minutes of the meeting held on 25 September 2025 were approved as a correct record. The Board NOTED that
actions BTB 25/087 and BTB 25/094 were complete.</p>

<h3>BTB 25/114 Regional orthotics service</h3>
<p>The Chief Operating Officer reported that the competitive tender for the regional orthotics service had
concluded. Strideform Orthotics had scored highest on both quality and price. The contract is for three years
starting on 1 April 2026 and its annual value is &pound;1.35m.</p>
<p>Dr Lacey asked whether waiting times for insoles and braces would improve. The Chief Operating Officer said the
contract requires a first appointment within six weeks, against the present 19 weeks.</p>
<p>The Board RESOLVED to award the regional orthotics service contract to Strideform Orthotics.</p>

<h3>BTB 25/115 Out of hours dental service</h3>
<p>The Board RESOLVED to extend the arrangement under which Glaswen Dental Partnership provides the out of hours
dental service by twelve months, to 31 March 2027, while a new model for urgent dental care is developed with the
other health boards.</p>

<h3>BTB 25/116 Integrated performance report</h3>
<p>Ms Prydderch raised the risk that the shortage of radiographers could push waits for MRI and CT beyond the
eight-week target during the winter. The Chief Operating Officer explained that the Health Board is training 14
assistant practitioners and that weekend scanning continues to be bought from Radiant Imaging Cymru.</p>
<p>The Board NOTED the integrated performance report for October 2025.</p>

<h3>BTB 25/117 Finance report, month 7</h3>
<p>The Director of Finance reported a year-to-date deficit of &pound;18.4m at month 7, against a planned deficit of
&pound;14.0m. The Health Board has received &pound;6.2m from Welsh Government for planned care recovery. Agency
spend in October was &pound;2.3m.</p>
<p>The Board NOTED the month 7 finance report and the actions being taken to recover the position.</p>

<h3>BTB 25/118 Estates: winter resilience</h3>
<p>Concern was raised that the main boiler plant at Ysbyty Cwm Teifran, which dates from 1987, could fail in cold
weather and force wards to close. The Director of Estates confirmed that a temporary standby boiler has been hired
for the winter and that the replacement scheme is in the capital plan for 2026/27.</p>
<p>The Board RESOLVED to approve the winter resilience plan for the estate.</p>

<h3>BTB 25/119 Charitable funds</h3>
<p>The Board, as corporate trustee, RESOLVED to adopt the annual report and accounts of Cronfa Elusennol Bae Teifran
for 2024/25. Funds held at 31 March 2025 were &pound;3.9m.</p>

<h3>BTB 25/120 Date of next meeting</h3>
<p>Thursday 29 January 2026 at 9.30am.</p>
<p>Minutes approved by: ............................ Chair &nbsp;&nbsp; Date: ..................</p>
</body></html>
"""


def corrowmere_ceo() -> str:
    body = """<article class="board-paper">
<h1>Chief Executive's report</h1>
<table class="paper-details">
<tr><th>Meeting</th><td>NHS Corrowmere Integrated Care Board - Board meeting in public</td></tr>
<tr><th>Date</th><td>29 January 2026</td></tr>
<tr><th>Agenda item</th><td>ICB/26/006</td></tr>
<tr><th>Presented by</th><td>Chief Executive</td></tr>
</table>
<h2>Recommendation</h2>
<p>The Board is asked to note the report and to ratify the decisions taken by the Executive Committee set out in
section 5.</p>

<h2>1. Community service awards</h2>
<p>On 15 January we held our first Community Service Awards at Corrow Quay. Forty-one nominations were received.
The Volunteer of the Year award went to Mrs Dilys Ambrose of Moorside Good Neighbours, and the Team of the Year award
to the Harbourgate practice nursing team. Each winning group receives &pound;1,000 from the ICB's small grants fund
to spend on its work.</p>

<h2>2. Section 75 agreement for community equipment</h2>
<p>The ICB and Corrowmere Borough Council signed a section 75 partnership agreement on 8 January 2026 for the
integrated community equipment service. The Council will act as lead commissioner and host the pooled budget, to
which the ICB will contribute &pound;3.4m in 2026/27. The equipment store and deliveries are provided by Ablecare
Equipment Services under a contract the Council let in 2024, which is worth &pound;5.1m a year and runs to
31 March 2029.</p>

<h2>3. Winter</h2>
<p>Demand in the two emergency departments was 7 per cent higher in December than a year earlier. Ambulance
handover delays averaged 38 minutes. An additional &pound;1.8m of winter funding has been allocated to local
providers from the ICB's contingency reserve.</p>

<h2>4. Primary care</h2>
<p>Two GP practices in Lowmere have agreed to merge from 1 April 2026. The combined practice will serve about 21,000
patients.</p>

<h2>5. Decisions taken since the last Board meeting</h2>
<p>The Executive Committee, meeting on 11 December 2025 and 8 January 2026, took the following decisions under
its delegated authority:</p>
<ul>
<li>It approved the award of the urgent community response service to Corrowmere Community Health CIC for two
years from 1 April 2026, at a value of &pound;2.75 million a year.</li>
<li>It agreed to extend the teledermatology triage contract with Dermascan Health Ltd for twelve months, until
31 May 2027, at a cost of &pound;310,000.</li>
<li>It decided not to renew the patient transport eligibility service provided by Routewise Health when it ends on
31 March 2026; eligibility checks will be made by the ICB's own team.</li>
<li>It approved the ICB's operating plan submission for 2026/27.</li>
</ul>

<h2>6. Staff</h2>
<p>The ICB's running cost allowance for 2026/27 is &pound;19.2m. The consultation on the new staffing structure
closed on 12 December 2025.</p>
<p>Author: Board Secretary, 01632 963 912</p>
</article>"""
    crumbs = ('<li><a href="/">Home</a></li><li><a href="/board-meetings">Board meetings</a></li>'
              '<li><a href="/board-meetings/2026-01-29">29 January 2026</a></li><li>Chief Executive\'s report</li>')
    return page("NHS Corrowmere Integrated Care Board", "Chief Executive's report - 29 January 2026 - NHS Corrowmere ICB",
                crumbs, body)


def tilbrook_send() -> str:
    return """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>SEND home to school transport: costs and contracts - Tilbrook Borough Council</title></head>
<body>
<div id="header"><a href="/">Tilbrook Borough Council</a> | <a href="/councillors">Councillors and committees</a></div>
<div id="content">
<h1>Tilbrook Borough Council</h1>
<p><strong>Children's Services Scrutiny Committee</strong><br>18 November 2025</p>
<h2>SEND home to school transport: costs and contracts</h2>
<p>Report of the Director of Children's Services</p>

<h3>1. Purpose</h3>
<p>The Committee asked in July for a report on the rising cost of transport for children and young people with
special educational needs and disabilities (SEND), and on the contracts that deliver it.</p>

<h3>2. Recommendations</h3>
<p>The Committee is recommended to:</p>
<ol>
<li>note the growth in demand and cost of SEND transport described in section 3;</li>
<li>comment on the proposals to widen independent travel training;</li>
<li>ask the Cabinet Member to report back on the personal transport budget pilot in March 2026.</li>
</ol>

<h3>3. Demand and cost</h3>
<p>1,148 children and young people were entitled to assisted transport in September 2025, up from 912 two years
earlier. The SEND transport budget for 2025/26 is &pound;6.8m and the forecast outturn is &pound;7.45m. The Council
has set a savings target of &pound;900,000 for 2026/27.</p>

<h3>4. Current contracts</h3>
<p>Transport is bought through the council's passenger transport dynamic purchasing system. The largest contracts
at present are:</p>
<ul>
<li>Home to school minibus routes, special schools (Kestrel Travel): &pound;1,240,000 per annum</li>
<li>Passenger assistants for minibus routes (Tilbrook Community Transport): &pound;385,000 per annum</li>
<li>Dunmore Taxis - single-occupancy taxi routes - &pound;2,060,000</li>
<li>Orbit Coaches - post-16 college routes - &pound;640,000</li>
</ul>
<p>All four contracts end on 31 July 2027 and can be extended by one year. The taxi and coach values are for
the current academic year.</p>

<h3>5. Independent travel training</h3>
<p>Independent travel training is delivered by the Council's own travel training team, which costs &pound;142,000
a year. Last year 37 young people completed training and no longer need assisted transport, saving an estimated
&pound;310,000 a year. The Department for Education has awarded a grant of &pound;75,000 to extend the scheme to
primary-age pupils.</p>

<h3>6. Personal transport budgets</h3>
<p>Families may choose a personal transport budget instead of a place on a route. The mileage rate is 45p a mile.
Sixty-two families currently take one.</p>

<h3>7. Risks</h3>
<p>The number of drivers with the right safeguarding checks is falling. If operators cannot staff routes,
children may miss school. The transport team keeps a reserve list of approved operators and is running joint
recruitment events with the operators.</p>

<p>Contact officer: Transport Commissioning Manager, telephone 01632 964 205</p>
</div>
<div id="footer">Tilbrook Borough Council, Town Hall, Market Place, Tilbrook</div>
</body></html>
"""


# ============================================================================ PDF

def kelsworth_governors(path):
    pdf = Paper(running_header="Kelsworth Teaching Hospitals NHS Foundation Trust - Council of Governors - 9 October 2025",
                footer="Page {page} of {pages}", title="Minutes of the Council of Governors, 9 October 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Kelsworth Teaching Hospitals NHS Foundation Trust", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Minutes of the meeting of the Council of Governors held on Thursday 9 October 2025 at 5.30pm in the "
                   "Education Centre, Kelsworth Royal Infirmary")
    paragraph(pdf, "Present: Sir Alan Petrie (Trust Chair, presiding); 19 public, staff and appointed governors (see "
                   "register). In attendance: Naomi Whitcombe (Chief Executive); Farid Chaudhry (Director of Finance); "
                   "Lesley Burrows (Company Secretary, minutes).")
    heading(pdf, "CoG 25/41  Welcome, apologies and declarations", size=11)
    paragraph(pdf, "Apologies had been received from five governors. No declarations of interest were made.")
    heading(pdf, "CoG 25/42  Minutes of the meeting held on 10 July 2025", size=11)
    paragraph(pdf, "These were agreed as an accurate record.")
    heading(pdf, "CoG 25/43  Appointment of the external auditor", size=11)
    paragraph(pdf, "Mrs Judith Garnett, Lead Governor, presented the recommendation of the auditor selection panel. The "
                   "panel of four governors and the Audit Committee Chair had invited tenders from firms on a national "
                   "framework; two firms bid. Harcourt Wyle LLP scored highest on quality and price. Pelham Carr Audit "
                   "LLP bid a fee of £181,000 a year but scored lower on its audit approach.")
    paragraph(pdf, "A public governor asked whether the fee could rise during the term. The Director of Finance replied "
                   "that new auditing standards could add to audit work, but the fee is fixed for the first three years "
                   "and any variation must be agreed by the Audit Committee in advance.")
    paragraph(pdf, "The Council of Governors approved the appointment of Harcourt Wyle LLP as the Trust's external "
                   "auditor for the three financial years 2025/26 to 2027/28, with the option to extend for up to two "
                   "further years, at an annual fee of £168,000 excluding VAT.")
    heading(pdf, "CoG 25/44  Non-executive director appointments", size=11)
    paragraph(pdf, "The Nominations and Remuneration Committee of the Council had interviewed three candidates for the "
                   "vacant non-executive director post with a clinical background.")
    paragraph(pdf, "Governors approved the appointment of Dr Imogen Faraday as a Non-Executive Director for three years "
                   "from 1 December 2025.")
    paragraph(pdf, "Governors also approved the reappointment of Mr Tobias Renshaw for a second term of three years "
                   "beginning on 1 January 2026.")
    paragraph(pdf, "The remuneration of non-executive directors will remain at £15,500 a year and that of the Chair at "
                   "£52,000 a year for 2025/26; this was agreed.")
    heading(pdf, "CoG 25/45  Annual report and accounts 2024/25", size=11)
    paragraph(pdf, "The Director of Finance presented the annual report and accounts, which the Board had adopted in June. "
                   "The Trust ended 2024/25 with a surplus of £1.2m on a turnover of £684m. The outgoing auditor, "
                   "Brackley Dunn LLP, had issued an unqualified opinion.")
    paragraph(pdf, "The Council of Governors received the annual report and accounts and the auditor's report.")
    heading(pdf, "CoG 25/46  Car parking and staff travel", size=11)
    paragraph(pdf, "Governors raised the risk that the closure of the Eastgate car park for building work next spring "
                   "would leave outpatients unable to park. The Chief Executive said a park and ride shuttle from the "
                   "Kelsworth Business Park will run every fifteen minutes during the closure.")
    paragraph(pdf, "The Council noted the update.")
    heading(pdf, "CoG 25/47  Governor elections", size=11)
    paragraph(pdf, "The Council agreed that elections for the seven public governor seats ending in 2026 will be held in "
                   "May 2026, with results declared by 29 May 2026.")
    heading(pdf, "CoG 25/48  Date of next meeting", size=11)
    paragraph(pdf, "Thursday 15 January 2026 at 5.30pm.")
    paragraph(pdf, "Signed: ..............................  Chair          Date: ..................")
    save(pdf, path)


def hollinshaw_leisure(path):
    pdf = Paper(running_header="Hollinshaw District Council - Executive - 10 February 2026",
                footer="{page}", title="Leisure management contract: extension")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "HOLLINSHAW DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT")
    table(pdf, [["Report to", "Executive"],
                ["Date", "10 February 2026"],
                ["Title", "Leisure management contract: extension"],
                ["Portfolio holder", "Councillor Ruth Alderney, Health and Leisure"],
                ["Key decision", "Yes"],
                ["Wards affected", "All"]], widths=[45, 125], header=None, size=10)
    heading(pdf, "1. Purpose of report", size=11)
    paragraph(pdf, "The contract under which Fenwold Leisure runs the Council's three leisure centres started in April "
                   "2016 and ends on 31 March 2027. It contains an option to extend by up to three years. This report "
                   "compares the options and recommends that the option is taken.")
    heading(pdf, "2. Recommendations", size=11)
    paragraph(pdf, "That the Executive:")
    for text in ("(a) agrees to extend the leisure management contract with Fenwold Leisure by three years, to "
                 "31 March 2030;",
                 "(b) notes that the annual management fee paid to the operator will fall to £420,000 from 1 April 2027;",
                 "(c) agrees to accept the operator's capital contribution towards the refurbishment of the Brookside "
                 "gym on the terms in section 5;",
                 "(d) delegates to the Director of Communities, in consultation with the portfolio holder, authority to "
                 "agree the deed of variation;",
                 "(e) asks officers to begin planning the long-term future of the leisure service in 2027/28."):
        bullet(pdf, text, marker="")
    heading(pdf, "3. Background", size=11)
    paragraph(pdf, "Fenwold Leisure operates Brookside Leisure Centre, Hollinshaw Pool and the Marshlands Sports Hall. "
                   "Visits reached 812,000 in 2024/25. The Council currently pays a management fee of £515,000 a year.")
    heading(pdf, "4. Options appraisal", size=11)
    paragraph(pdf, "Option 1 - extend the current contract (recommended). The operator has offered to reduce its fee to "
                   "£420,000 a year for the extension period in return for the certainty of three more years.")
    paragraph(pdf, "Option 2 - re-procure the contract now. Soft market testing suggests a new contract would cost about "
                   "£610,000 a year, and the procurement itself would cost around £180,000 in advisers' fees. This "
                   "option was rejected.")
    paragraph(pdf, "Option 3 - bring the service back in house. Because the Council would have to pay business rates and "
                   "could not recover VAT in the way a trust can, the net cost would be about £835,000 a year. This "
                   "option was rejected.")
    heading(pdf, "5. Gym refurbishment", size=11)
    paragraph(pdf, "Fenwold Leisure will invest £1.2m of its own capital in the Brookside gym in summer 2026 and recover it "
                   "from increased membership income over the remaining term.")
    heading(pdf, "6. Financial implications", size=11)
    paragraph(pdf, "The leisure budget for 2026/27 is £560,000. The extension would save £95,000 a year from 2027/28 "
                   "compared with the current fee. The Council's general fund balance was £6.3m at 31 March 2025.")
    heading(pdf, "7. Legal implications", size=11)
    paragraph(pdf, "The extension is provided for in clause 4.3 of the contract, so it is not a new award and does not "
                   "require a fresh procurement.")
    heading(pdf, "8. Risks", size=11)
    table(pdf, [["Risk", "Likelihood", "Impact", "Mitigation"],
                ["The operator's energy costs rise sharply and it seeks to reopen the fee", "Medium", "High",
                 "Energy price risk remains shared under the existing 50:50 mechanism, capped at £60,000 a year"],
                ["Membership income does not grow enough to fund the gym investment", "Low", "Medium",
                 "The investment is at the operator's risk; the Council does not guarantee the income"],
                ["The Council is challenged for extending rather than re-procuring", "Low", "High",
                 "Legal advice confirms the extension was advertised in the original notice"]],
          widths=[60, 22, 20, 68], header="bold", size=9)
    paragraph(pdf, "Background papers: none. Contact officer: Leisure Client Manager, 01632 965 117.")
    save(pdf, path)


def harrowmoor_bus(path):
    pdf = Paper(running_header="Harrowmoor Combined Authority - Decision Notice HCA/DN/2026/014",
                footer="Page {page} of {pages}", title="Decision notice: supported bus service contracts from June 2026")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Harrowmoor Combined Authority", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "Decision notice: supported bus service contracts from June 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [["Reference", "HCA/DN/2026/014"],
                ["Decision maker", "Director of Transport, under delegation from the Transport Committee"],
                ["Date of decision", "5 March 2026"],
                ["Key decision", "Yes - notice published on the forward plan on 2 February 2026"],
                ["Call-in deadline", "5pm, 12 March 2026"]], widths=[45, 125], header=None, size=10)
    heading(pdf, "1. Decision", size=11)
    paragraph(pdf, "1.1 To award contracts for the supported local bus services listed in the schedule to the operators "
                   "named there, to start on 1 June 2026.")
    paragraph(pdf, "1.2 To withdraw the Sunday journeys on route 57, for which no tender was received.")
    paragraph(pdf, "1.3 To note that the contracts will be funded from the Combined Authority's transport levy and its "
                   "Bus Service Improvement Plan allocation.")
    heading(pdf, "2. Reasons for the decision", size=11)
    paragraph(pdf, "The current contracts for these services end on 31 May 2026. Twenty-three tenders were received for "
                   "eight routes. Each route was awarded to the lowest-priced compliant bid that met the minimum quality "
                   "score. Without the awards these communities would lose their only bus.")
    heading(pdf, "3. Other options considered", size=11)
    paragraph(pdf, "Running the services with the Combined Authority's own vehicles was considered and rejected, as it "
                   "has no depot or drivers. A franchising scheme is being assessed separately and will not be in place "
                   "before 2028.")
    heading(pdf, "4. Finance", size=11)
    paragraph(pdf, "The supported services budget for 2026/27 is £8.6m. The Bus Service Improvement Plan allocation for "
                   "the year is £9.8m, of which £2.1m is set aside for these contracts. The awards add £412,000 a year "
                   "to the cost of the network compared with the contracts they replace.")
    heading(pdf, "5. Consultation and interests", size=11)
    paragraph(pdf, "The Transport Committee Chair was consulted on 27 February 2026. No conflicts of interest were declared.")
    paragraph(pdf, "Signed: Director of Transport        Date: 5 March 2026")
    pdf.add_page(orientation="L")
    heading(pdf, "Schedule: contracts awarded", size=11)
    table(pdf, [["Route", "Between", "Operator", "Days", "Annual price", "Start", "End"],
                ["21 / 21A", "Harrowmoor - Castlebeck - Irton", "Greyline Buses", "Mon-Sat", "£486,000", "01/06/2026", "31/05/2030"],
                ["34", "Eskmouth - Brantwell (evenings)", "Moorland Connect", "Daily", "£212,500", "01/06/2026", "31/05/2029"],
                ["40", "Harrowmoor - Fellhead", "Greyline Buses", "Mon-Fri", "£318,000", "01/06/2026", "31/05/2030"],
                ["57", "Irton - Sallowby - Kirkholme", "Peel Valley Coaches", "Mon-Sat", "£174,200", "01/06/2026", "31/05/2028"],
                ["62", "Castlebeck schools service", "Peel Valley Coaches", "School days", "£96,400", "01/06/2026", "31/07/2028"],
                ["DRT", "Uplands demand responsive zone", "Harrowmoor Community Transport", "Mon-Sat",
                 "£410,000 - £450,000 (mileage based)", "01/06/2026", "31/05/2029"],
                ["X9", "Harrowmoor - Eskmouth express", "Tarnside Travel", "Daily", "£402,900", "01/06/2026", "31/05/2030"]],
          widths=[16, 60, 50, 22, 46, 28, 28], header="shaded", size=9)
    paragraph(pdf, "Prices exclude VAT. Fares revenue is retained by the Combined Authority on route 40 (gross cost "
                   "contract); on all other routes the operator keeps the fares.")
    save(pdf, path)


# ============================================================================ DOCX

def ardmenzie_report(path):
    doc = docxgen.new("Ardmenzie Council", dt.datetime(2026, 1, 8, 10, 0), font=("Arial", 12))
    docxgen.banner(doc, "ARDMENZIE COUNCIL")
    doc.add_paragraph("Communities and Housing Committee: 20 January 2026")
    doc.add_paragraph("Report by Chief Officer, Health and Social Care")
    doc.add_paragraph("Community alarm and telecare monitoring: award of contract", style="Heading 1")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("1.1 This report seeks approval to award a new contract for the monitoring of community alarms and "
                      "telecare, following a mini-competition.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("2.1 The Committee is asked to:")
    doc.add_paragraph("(i) approve the award of the telecare monitoring contract to Lighthouse Response Services for three "
                      "years from 1 April 2026;")
    doc.add_paragraph("(ii) note that the contract may be extended for up to two further years;")
    doc.add_paragraph("(iii) instruct the Chief Officer to report on the switch from analogue to digital alarms by "
                      "September 2026.")
    doc.add_heading("3. Background", level=2)
    doc.add_paragraph("3.1 Some 4,200 people in Ardmenzie have a community alarm. Calls are answered by a monitoring "
                      "centre which contacts a responder, a relative or the emergency services. The present contract, "
                      "with Careline Caledonia, expires on 31 March 2026 and cannot be extended again.")
    doc.add_paragraph("3.2 Alarm units and sensors are bought separately. The Council will go on buying them from "
                      "Brackenway Technologies under the existing supply agreement, spending roughly £95,000 a year.")
    doc.add_heading("4. Main report", level=2)
    doc.add_paragraph("4.1 Five monitoring centres on a national framework were invited to take part in a mini-competition "
                      "in October 2025 and three responded. Lighthouse Response Services submitted the most economically "
                      "advantageous tender and will be paid seven hundred and forty-two thousand pounds a year. The "
                      "initial term may be extended to 31 March 2031.")
    doc.add_paragraph("4.2 The new service uses digital alarms that work over broadband and mobile networks, ahead of "
                      "the end of the analogue telephone network.")
    doc.add_heading("5. Implications", level=2)
    doc.add_paragraph("Financial: The telecare budget for 2026/27 is £810,000, and the contract will be contained within "
                      "it. Charges to service users will stay at £4.10 a week. The award produces a saving of £68,000 a "
                      "year against the current contract.")
    doc.add_paragraph("Legal: The contract was procured in accordance with the Public Contracts (Scotland) Regulations "
                      "2015 and the Council's Contract Standing Orders. A data processing agreement will be put in place.")
    doc.add_paragraph("Risk: Should the migration of 4,200 users to the new centre be disrupted, some alarm calls could be "
                      "missed. This will be mitigated by moving users in weekly batches of around 300, with the old and "
                      "new centres running side by side for a fortnight.")
    doc.add_paragraph("Equalities: An equality impact assessment has been completed and no negative impacts were found.")
    doc.add_paragraph("Author: Service Manager, Technology Enabled Care, 01632 966 042")
    doc.add_paragraph("8 January 2026")
    doc.save(path)


def marlshire_intentions(path):
    doc = docxgen.new("Marlshire County Council", dt.datetime(2025, 12, 4, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "Marlshire County Council")
    docxgen.table(doc, [["Committee", "Adult Social Care and Health Cabinet Committee"],
                        ["Date", "16 December 2025"],
                        ["Title", "Adult social care commissioning intentions 2026-2028"],
                        ["Report of", "Corporate Director, Adult Social Care"],
                        ["Classification", "Unrestricted"]], header=False)
    doc.add_heading("Summary", level=2)
    doc.add_paragraph("This paper sets out what the County Council intends to buy for adults with care and support needs "
                      "over the next two years, starting with the recommissioning of home care.")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("The Committee is asked to:")
    doc.add_paragraph("endorse the commissioning intentions for 2026-2028;", style="List Bullet")
    doc.add_paragraph("agree that home care is retendered in three geographical lots alongside an open framework for "
                      "additional packages;", style="List Bullet")
    doc.add_paragraph("note the procurement timetable in section 4.", style="List Bullet")
    doc.add_heading("1. Home care today", level=2)
    doc.add_paragraph("Since October 2021 home care has been bought from three lead providers, one for each area of the "
                      "county:")
    docxgen.table(doc, [["Lot", "Area", "Lead provider", "Annual contract value"],
                        ["1", "North Marlshire", "Bramblegate Care", "£4.6m"],
                        ["2", "Central and Marlbury", "Kindred Homecare", "£5.2m"],
                        ["3", "South and the Vale", "Northfell Care Services", "£3.9m"]])
    doc.add_paragraph("These contracts end on 30 September 2026. The standard hourly rate paid in 2025/26 is £24.80, "
                      "rising to £26.15 in rural parts of Lot 1. Around 14 per cent of hours are bought from other "
                      "providers at spot rates of up to £29.50 an hour.")
    doc.add_heading("2. Extra care and day opportunities", level=2)
    doc.add_paragraph("Care in the county's three extra care schemes is delivered on site by Fairhaven Housing Trust, "
                      "which receives £1.1m a year; that contract has two years to run. Day opportunities for older "
                      "people are arranged through grants to community groups, worth £640,000 in total this year.")
    doc.add_heading("3. What we intend to commission", level=2)
    doc.add_paragraph("3.1 Home care will be retendered in the same three lots. In addition an open framework will be set "
                      "up so that other providers can take packages when the lead providers cannot. The framework is "
                      "expected to be worth between £18m and £22m over four years, depending on demand.")
    doc.add_paragraph("3.2 The Council will also seek a provider for a new night-time home care service in Lot 2, with an "
                      "indicative budget of £450,000 a year.")
    doc.add_paragraph("3.3 The adult social care net budget for 2025/26 is £298.7m, of which home care accounts for £41m.")
    doc.add_heading("4. Procurement timetable", level=2)
    docxgen.table(doc, [["Milestone", "Date"],
                        ["Market engagement events", "January 2026"],
                        ["Tender published", "2 March 2026"],
                        ["Tender closes", "13 April 2026"],
                        ["Cabinet Member decision on award", "by 30 June 2026"],
                        ["New contracts and framework start", "1 October 2026"]])
    doc.add_heading("5. Risks", level=2)
    doc.add_paragraph("There is a risk that too few providers bid for the rural lot because of travel time and fuel costs. "
                      "The Council will pay for travel time separately in Lot 1 and will hold a rural providers' event in "
                      "January.")
    doc.add_paragraph("If a new lead provider is appointed, people may have to change carers. To limit disruption, staff "
                      "will be able to transfer with their clients, and changes will be phased over eight weeks.")
    doc.add_paragraph("Contact: Head of Commissioning (Adults), telephone 01632 967 350")
    doc.save(path)


def sallowfield_public_health(path):
    doc = docxgen.new("Sallowfield Borough Council - Public Health", dt.datetime(2025, 9, 17, 14, 0), font=("Calibri", 11))
    docxgen.banner(doc, "Sallowfield Borough Council")
    doc.add_paragraph("Health and Wellbeing Board - 30 September 2025")
    doc.add_paragraph("Public Health Commissioning: Annual Report 2024/25", style="Heading 1")
    doc.add_paragraph("Report of the Director of Public Health")
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph("The Council receives a ring-fenced public health grant, which was £14.2m in 2024/25. Most of it is "
                      "spent on services commissioned from outside providers. This annual report describes those "
                      "services, their performance and the changes planned for next year.")
    doc.add_heading("2. Recommendation", level=2)
    doc.add_paragraph("That the Board notes the report and supports the recommissioning of drug and alcohol treatment "
                      "described in section 4.")
    doc.add_heading("3. Sexual and reproductive health", level=2)
    doc.add_paragraph("The integrated sexual health service is run by Kingsmere Community Healthcare NHS Trust under a "
                      "section 75 partnership agreement, through which the Council has delegated the service to the Trust. "
                      "The Council's payment under the agreement was £2.9m in 2024/25, and the agreement runs until "
                      "31 March 2028. Attendances rose by 6 per cent, and 71 per cent of appointments are now booked "
                      "online.")
    doc.add_paragraph("Online testing kits are supplied through a regional arrangement led by a neighbouring council; "
                      "Sallowfield's share of the cost was £186,000.")
    doc.add_heading("4. Drug and alcohol treatment", level=2)
    doc.add_paragraph("Adult treatment and recovery services are provided by Tideturn Recovery, a charity, at a cost "
                      "of three point three five million pounds a year. The contract started in July 2020 and its final "
                      "extension ends on 30 June 2027. A new contract will be tendered during 2026 so that the new service "
                      "can begin on 1 July 2027.")
    doc.add_paragraph("Young people's substance misuse support is sub-contracted by Tideturn Recovery to Youthline "
                      "Sallowfield.")
    doc.add_paragraph("The Council also received £1.04m of supplementary substance misuse treatment and recovery grant "
                      "from central government in 2024/25.")
    doc.add_heading("5. Children and young people (0-19)", level=2)
    doc.add_paragraph("Health visiting and school nursing are delivered as one 0-19 service by Halemoor Community Health "
                      "NHS Trust. The contract is worth £6.1m a year and has been extended to 30 September 2026. "
                      "Mandated health visitor reviews at 12 months were completed for 88 per cent of children.")
    doc.add_heading("6. NHS Health Checks", level=2)
    doc.add_paragraph("GP practices are paid £28 for each completed NHS Health Check. 4,312 checks were completed in "
                      "2024/25.")
    doc.add_heading("7. Risks", level=2)
    docxgen.table(doc, [["Risk", "Mitigation"],
                        ["Health visitor vacancies (currently 11 whole-time equivalents) could lead to missed "
                         "mandated reviews", "The Trust is recruiting from its own student programme and using skill "
                         "mix with nursery nurses"],
                        ["The grant for 2026/27 may not rise with NHS pay awards, putting pressure on all contracts",
                         "Contract values are reviewed annually and efficiency plans have been agreed with each provider"],
                        ["Rising drug-related deaths", "A drug-related deaths panel reviews every death and naloxone "
                         "is being distributed through pharmacies"]])
    doc.add_paragraph("As at 31 March 2025 the public health reserve held £1.7m.")
    doc.add_paragraph("Contact: Public Health Commissioning Lead, 01632 968 204")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "brindleford-homes_2025-12-04_board_repairs-and-maintenance-contract.md").write_text(BRINDLEFORD_MD, encoding="utf-8")
    (PAPERS / "easterholme-city_2026-01-14_audit-and-governance-committee_procurement-forward-plan.md").write_text(EASTERHOLME_MD, encoding="utf-8")
    (PAPERS / "greywater-partnership_2026-02-26_board-of-directors_crisis-cafe-subcontract.txt").write_text(GREYWATER_TXT, encoding="utf-8")
    (PAPERS / "bae-teifran-uhb_2025-11-27_board_minutes.html").write_text(bae_teifran_minutes(), encoding="utf-8")
    (PAPERS / "corrowmere-icb_2026-01-29_board_chief-executives-report.html").write_text(corrowmere_ceo(), encoding="utf-8")
    (PAPERS / "tilbrook-bc_2025-11-18_childrens-scrutiny-committee_send-transport.html").write_text(tilbrook_send(), encoding="utf-8")
    kelsworth_governors(PAPERS / "kelsworth-hospitals_2025-10-09_council-of-governors_minutes.pdf")
    hollinshaw_leisure(PAPERS / "hollinshaw-dc_2026-02-10_executive_leisure-contract-extension.pdf")
    harrowmoor_bus(PAPERS / "harrowmoor-ca_2026-03-05_decision-notice_bus-service-contracts.pdf")
    ardmenzie_report(PAPERS / "ardmenzie-council_2026-01-20_communities-and-housing-committee_telecare-contract.docx")
    marlshire_intentions(PAPERS / "marlshire-cc_2025-12-16_adult-social-care-committee_commissioning-intentions.docx")
    sallowfield_public_health(PAPERS / "sallowfield-bc_2025-09-30_health-and-wellbeing-board_public-health-commissioning.docx")


if __name__ == "__main__":
    main()
