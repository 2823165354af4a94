"""Build the paraphrase15 papers (fictional authorities, bodies, providers, people and figures).

    .venv/bin/python tests/paraphrase15/make_papers.py

Writes twelve papers in tests/paraphrase15/papers/: three PDFs (a unitary council's children's
therapies commissioning report, an ICB primary care commissioning committee's minutes, a London
borough's quarterly contract performance report with a landscape page stored with /Rotate 90),
three DOCX (combined fire authority minutes, a health and wellbeing board pooled fund plan, a Welsh
county borough cabinet report with bilingual headings), three HTML (a PCC decision notice inside a
full web page, a combined authority mayor's decision record, a licensing sub-committee decision) and
three text files (a joint waste committee report laid out like `pdftotext -layout` output, a budget
monitoring report as a Markdown web export, NHS foundation trust board minutes).  Written before any
run of the tool; every sentence, name and figure is invented.  Builders are imported from
tests/pdfgen.py, tests/docxgen.py and tests/paraphrase14/make_papers.py (the site chrome).
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import importlib.util  # noqa: E402

import docxgen  # noqa: E402
import pdfgen  # noqa: E402

# paraphrase14's full web page chrome (cookie notice, navigation, search, breadcrumbs, footer).
_spec = importlib.util.spec_from_file_location("paraphrase14_make_papers", HERE.parent / "paraphrase14" / "make_papers.py")
_p14 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_p14)
site_page = _p14.site_page
from pdfgen import Paper, bullet, heading, paragraph, save, table  # noqa: E402

PAPERS = HERE / "papers"


# ============================================================================ TXT / MD

def _layout_pages(pages: list[list[str]], header: str) -> str:
    """Pages joined like `pdftotext -layout` output: a running header, the lines, a centred
    "Page N of M" footer and a form feed between pages."""
    out = []
    total = len(pages)
    for number, lines in enumerate(pages, 1):
        block = [f"{header:>100}", ""] + lines + ["", "", f"{'Page %d of %d' % (number, total):^100}", ""]
        out.append("\n".join(block))
    return "\f".join(out)


ASHMERE_PAGES = [
    [
        "   ASHMERE JOINT WASTE COMMITTEE",
        "",
        "   Date of meeting:        9 February 2026",
        "   Report of:              Partnership Manager, Ashmere Waste Partnership",
        "   Subject:                Residual Waste Treatment Contract - Award",
        "   Status:                 Public (Appendix C exempt, paragraph 3)",
        "",
        "",
        "   1.  PURPOSE",
        "",
        "   1.1 This report asks the Committee to award the contract for the treatment of the partner",
        "       councils' residual household waste once the landfill arrangement ends.",
        "",
        "   2.  RECOMMENDATIONS",
        "",
        "   2.1 That the Committee:",
        "",
        "       (a) awards the Residual Waste Treatment Contract to Vireo Energy Recovery Ltd for a",
        "           term of fifteen years from 1 April 2027;",
        "       (b) authorises Ashmere County Council, as lead authority, to sign the contract on",
        "           behalf of the four partner councils;",
        "       (c) notes the tonnage forecast in section 4 and the risks in section 6.",
        "",
        "   3.  BACKGROUND",
        "",
        "   3.1 Since 2012 the partnership's residual waste has gone to Stanwick Quarry landfill under an",
        "       agreement with Pellow Landfill Services, which expires on 31 March 2027. Landfill tax",
        "       now stands at GBP 126.15 a tonne and the site closes to household waste in 2027.",
    ],
    [
        "   4.  TONNAGES",
        "",
        "       Waste stream                  2023/24          2024/25          2026/27 forecast",
        "       Residual household waste      118,420 t        116,905 t        114,000 t",
        "       Dry mixed recycling            41,310 t         42,066 t         43,500 t",
        "       Garden and food waste          37,880 t         39,144 t         40,200 t",
        "",
        "   4.1 The contract guarantees a minimum of 95,000 tonnes a year. Tonnage above the guarantee",
        "       is charged at the same gate fee.",
        "",
        "   5.  THE CONTRACT",
        "",
        "   5.1 Two bids were evaluated. The winning bid from Vireo Energy Recovery Ltd uses its",
        "       energy from waste plant at Culver Wharf. The partnership will pay Vireo approximately",
        "       GBP 10.9 million a year at forecast tonnage, including haulage from the two transfer",
        "       stations.",
        "",
        "   5.2 Gate fees per tonne (2027/28 prices, indexed each April):",
        "",
        "       Item                                              Rate per tonne",
        "       Treatment gate fee, contract tonnage              GBP 88.50",
        "       Treatment gate fee, tonnage above 130,000 t       GBP 79.00",
        "       Haulage from Lowmoor transfer station             GBP 6.40",
        "       Current landfill gate fee (for comparison)        GBP 34.75",
        "",
        "   5.3 The losing bid, at about GBP 12.2 million a year, relied on a plant not yet built.",
        "   5.4 The Committee's revenue budget for disposal in 2026/27 is GBP 19.4 million; the waste",
        "       reserve held by the lead authority stood at GBP 2.6 million as at 31 December 2025.",
    ],
    [
        "   6.  RISKS",
        "",
        "       Risk                                Likelihood  Impact  Score  Owner              Mitigation",
        "       Culver Wharf plant unavailable      2           4       8      Contract Manager   Contractor must divert",
        "       for long periods                                                                  to a back-up plant at",
        "                                                                                         its own cost",
        "       Tonnage falls below the 95,000 t    2           3       6      Partnership        Food waste collections",
        "       guarantee                                                      Manager            phased; guarantee set",
        "                                                                                         below forecast",
        "       Emissions trading scheme extended   4           3       12     Finance Lead       GBP 1.5m set aside in",
        "       to energy from waste from 2028                                                    the waste reserve",
        "",
        "   7.  TIMETABLE",
        "",
        "       Standstill period ends                         20 February 2026",
        "       Contract signed                                March 2026",
        "       Service commencement                           1 April 2027",
        "",
        "   Contact: Partnership Manager, 01632 962 418",
        "   Background papers: Outline business case (Joint Waste Committee, 14 July 2025)",
    ],
]


def ashmere_waste() -> str:
    return _layout_pages(ASHMERE_PAGES, "Ashmere Joint Waste Committee - 9 February 2026 - Item 7")


HOLLINS_MD = """---
title: "Revenue Budget Monitoring 2025/26 - Quarter 3"
council: "Hollinsford District Council"
committee: "Finance and Resources Committee"
meeting_date: 2026-01-27
exported: 2026-01-19T14:02:00Z
tags: [budget, monitoring, finance]
---

# Hollinsford District Council

## Finance and Resources Committee - 27 January 2026

# Revenue Budget Monitoring 2025/26 - Quarter 3

**Report of:** Chief Finance Officer
**Wards affected:** All
**Key decision:** No

### 1. Summary

The forecast outturn at the end of December shows a net overspend of £412,000 on a net budget of
£18.64m, a variance of 2.2 per cent. The position is driven by homelessness and by the cost of agency
staff in planning and environmental health, partly offset by higher investment income.

### 2. Recommendations

1. That the Committee notes the forecast overspend of £412,000 for 2025/26.
2. That the Committee approves the transfer of £250,000 from the Budget Resilience Reserve to meet
   the homelessness pressure.
3. That the Committee asks the Chief Finance Officer to report savings options to its meeting in
   March.

### 3. Forecast by service (£000s)

| Service | Budget | Forecast | Variance |
|---|---:|---:|---:|
| Housing and homelessness | 2,140 | 2,788 | 648 |
| Planning and building control | 1,305 | 1,466 | 161 |
| Environmental services | 5,872 | 5,810 | (62) |
| Leisure and culture | 1,118 | 1,092 | (26) |
| Corporate and democratic | 3,204 | 3,179 | (25) |
| Investment income | (1,250) | (1,534) | (284) |
| **Net total** | **18,640** | **19,052** | **412** |

### 4. Pressures

Bed and breakfast placements averaged 46 households a night against 30 budgeted, at about £62 a
night each. The planning service has relied on agency officers while two posts are vacant; the
Council's agency staffing is supplied through Meridian Talent Solutions, whose contract, worth around
£1.35 million over its two-year term, began on 1 September 2025 and runs until 31 August 2027.
Agency planners cost up to £78 an hour.

### 5. Savings

Savings of £640,000 were built into the budget. £505,000 is on track; £135,000 from the review of
car park charges has slipped and will not be achieved until 2026/27.

### 6. Reserves

The general fund balance is £2.9m and the Budget Resilience Reserve held £1.1m as at 31 December 2025.
If the transfer in recommendation 2 is approved, the reserve will fall to £850,000.

### 7. Risks

There is a risk that homelessness demand rises further over the winter. The housing team is
buying leases on twelve family homes to cut the use of bed and breakfast.

Pay award costs above the 3 per cent budgeted would add about £95,000. The forecast includes a
contingency of £60,000 for this.

*Contact: Chief Finance Officer, 01632 964 270, finance@hollinsford.example*
"""


PENNINGTON_TXT = """PENNINGTON VALE HOSPITALS NHS FOUNDATION TRUST

BOARD OF DIRECTORS - MEETING IN PUBLIC

Minutes of the meeting held on Thursday 5 March 2026 at 10.00am in the Boardroom, Pennington
General Hospital, and by video link

Present:
  Dame Ruth Ellingham      Chair
  Mr Kwame Boateng         Chief Executive
  Mrs Lorna Fitzsimmons    Chief Finance Officer
  Dr Ishaan Mehra          Medical Director
  Ms Clare Dunleavy        Chief Nurse
  Mr Patrick Soames        Non-Executive Director
  Prof Anita Rowe          Non-Executive Director

In attendance: Ms Gemma Thorne (Company Secretary, minutes); three members of the public; two
governors

BD/26/031  Welcome and apologies
The Chair welcomed everyone. Apologies were received from Mr Julian Crewe (Non-Executive Director).

BD/26/032  Declarations of interest
None were declared.

BD/26/033  Minutes of the meeting held on 8 January 2026
The minutes were agreed as an accurate record.

BD/26/034  Pathology services: outsourcing contract
The Chief Finance Officer introduced the full business case. Blood sciences, microbiology and
cellular pathology would be provided on the Trust's sites by Lumen Diagnostics Ltd, which was the
preferred bidder after a competitive procurement. The contract is worth £7.9m a year for seven years
from 1 October 2026, with an option to extend for a further three years. Around 140 staff would
transfer under TUPE. The in-house cost of the service in 2025/26 is £8.6m.
Prof Rowe asked about turnaround times for urgent samples. Dr Mehra said the contract sets a
one-hour target for urgent blood tests, with financial deductions if it is missed.
The Board approved the award of the pathology services contract to Lumen Diagnostics Ltd.

BD/26/035  Estates partnership: contract variation
The Board considered a variation to the estates partnership contract with Stonebridge Estates
Partnership to add the refurbishment of Wards 7 and 8. The variation adds two million, three hundred
and fifty thousand pounds to the contract and the works will run from May to November 2026. It will
be funded from the Trust's capital programme of £31.2m for 2026/27.
The Board approved the contract variation.

BD/26/036  Board Assurance Framework
The Company Secretary presented the Board Assurance Framework. The Board noted the three risks
scored 15 or more:

  BAF 2  Failure to meet the four-hour emergency care standard
         Controls: streaming at the front door; the new same day emergency care unit
         Gaps: overnight medical staffing
         Actions: recruit two acute physicians by June 2026

  BAF 5  Deterioration of the estate leads to ward closures
         Controls: six-facet survey; estates partnership programme
         Gaps: the backlog maintenance bill of £48m exceeds the capital available
         Actions: capital bid to the ICB; prioritised backlog plan

  BAF 7  Cyber attack disrupts clinical systems
         Controls: network segmentation; staff training
         Gaps: legacy systems that cannot be patched
         Actions: replace the legacy radiology system by December 2026

BD/26/037  Finance report
The Board noted the month 10 finance report: a deficit of £3.4m against a planned deficit of
£2.9m, with a cash balance of £14.7m as at 31 January 2026.

BD/26/038  Nurse staffing review
The Board approved the six-monthly nurse staffing establishment review.

BD/26/039  Date of next meeting
Thursday 7 May 2026 at 10.00am.

Signed ..................................... Chair          Date .....................
"""


# ============================================================================ HTML

def halvershire_pcc() -> str:
    body = """<main class="decision-notice">
<h1>Decision notice PCC/DN/2026/014: Victim support services and community safety grants 2026-2028</h1>
<table class="facts">
<tr><th>Decision maker</th><td>Police and Crime Commissioner for Halvershire</td></tr>
<tr><th>Reference</th><td>PCC/DN/2026/014</td></tr>
<tr><th>Date signed</th><td>March 3, 2026</td></tr>
<tr><th>Published</th><td>10/03/2026</td></tr>
</table>
<h2>Executive summary</h2>
<p>The Commissioner has a duty to provide support services for victims of crime. The current
victims' hub contract ends on 31 March 2026. Following an open tender, Haven Pathways, a registered
charity, will run the Halvershire Victims' Hub for two years from 1 April 2026, giving emotional and
practical support to victims of any crime, whether or not they report it to the police. The total
cost over the two years is £1,860,000, funded largely by the Ministry of Justice victims' grant of
£1.12m a year.</p>
<p>The Commissioner will also grant funding to the three community safety partnerships for
2026/27:</p>
<ul>
<li>Halvershire North Community Safety Partnership - £64,000</li>
<li>Brenton and Castleford Community Safety Partnership - £58,500</li>
<li>Halvershire South Community Safety Partnership - £71,200</li>
</ul>
<p>These grants are paid to the district councils that host each partnership and are subject to
a grant agreement and quarterly monitoring.</p>
<h2>Decision</h2>
<p>I approve the award of the Victims' Hub contract to Haven Pathways for 1 April 2026 to
31 March 2028, and the community safety grants listed above.</p>
<h2>Other options considered</h2>
<p>Bringing victim support in house within the Constabulary was rejected because many victims do
not want to deal with the police, and set-up would cost about £300,000.</p>
<h2>Financial implications</h2>
<p>The Commissioner's commissioning budget for 2026/27 is £3.4m. The police precept for a Band D
property rises by £14 to £312.45.</p>
<h2>Declaration</h2>
<p>I have no personal interest in this decision.</p>
<p class="signature">Signed: Helen Marchbank, Police and Crime Commissioner for Halvershire</p>
<p>Contact: Office of the Police and Crime Commissioner, 01632 967 030.</p>
</main>"""
    return site_page("Office of the Police and Crime Commissioner for Halvershire",
                     "Decision notice PCC/DN/2026/014 - Halvershire OPCC",
                     ["Home", "About the Commissioner", "Police and Crime Plan", "Transparency", "Get help", "Contact us"],
                     ["Home", "Transparency", "Decisions", "PCC/DN/2026/014"], body,
                     "<p>Office of the Police and Crime Commissioner for Halvershire, Keep Yard, Brenton. "
                     "Copyright Halvershire OPCC 2026.</p>")


def west_carrow_mayor() -> str:
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mayoral decision MD/2026/09 - West Carrow Combined Authority</title></head>
<body>
<div class="cdsHeader"><a href="/">West Carrow Combined Authority</a>
<ul class="cdsNav"><li><a href="/ieDocHome.aspx">Meetings</a></li><li><a href="/mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="/mgMemberIndex.aspx">Members</a></li></ul></div>
<div class="cdsBody">
<h1 class="cdsTitle">Decision record</h1>
<h2>Mayoral Decision MD/2026/09: Award of tendered bus service contracts (network review phase 2)</h2>
<dl class="cdsDecision">
<dt>Decision maker:</dt><dd>Mayor of West Carrow</dd>
<dt>Decision published:</dt><dd>13/02/2026</dd>
<dt>Effective from:</dt><dd>20/02/2026</dd>
<dt>Date of decision:</dt><dd>12 February 2026</dd>
<dt>Key decision:</dt><dd>Yes</dd>
</dl>
<h3>Purpose:</h3>
<p>To award contracts for socially necessary bus services that commercial operators have withdrawn.</p>
<h3>Decision:</h3>
<p>The Mayor agreed to award three tendered bus service contracts, as set out below, for four years
each with an option to extend by two years.</p>
<table class="cdsTable">
<tr><th>Lot</th><th>Routes</th><th>Operator</th><th>Annual cost</th><th>Services start</th></tr>
<tr><td>1</td><td>14, 14A Carrow - Elmstead - Brook Norton</td><td>Carrow Coaches Ltd</td><td>£1,248,000</td><td>29 March 2026</td></tr>
<tr><td>2</td><td>31, 32 Halden town services</td><td>Redline Buses</td><td>£856,400</td><td>29 March 2026</td></tr>
<tr><td>3</td><td>X9 Halden - Wetherly Airport (evenings and Sundays)</td><td>Kingfisher Travel Ltd</td><td>£492,750</td><td>19 April 2026</td></tr>
<tr><td></td><td colspan="2">Total</td><td>£2,597,150</td><td></td></tr>
</table>
<h3>Reasons for the decision:</h3>
<p>The routes carry about 1.1 million passengers a year. Each lot was awarded to the most advantageous
tender. Costs are met from the Bus Service Improvement Plan grant of £9.8m and the transport levy.</p>
<h3>Alternative options rejected:</h3>
<p>Extending the present short-term agreements with Tallow Motor Services, which end on 28 March 2026,
was rejected because the operator will not renew. Franchising the whole network from 2027 was
considered but would cost an estimated £38m to set up and cannot be in place in time.</p>
<h3>Interests declared:</h3><p>None.</p>
<p class="cdsContact">Contact: Head of Bus Services, 01632 965 580. Subject to call-in: Yes.</p>
</div>
<div class="cdsFooter">West Carrow Combined Authority, Queensgate, Carrow. Powered by the meetings system.</div>
</body></html>
"""


def haverleigh_licensing() -> str:
    body = """<article class="licensing-decision">
<h1>Licensing Sub-Committee decision: The Lantern Rooms, 18 Tanner Street</h1>
<p class="meta">Haverleigh Borough Council - Licensing Act 2003 Sub-Committee - hearing held on
Wednesday 21 January 2026 at 10am, Civic Centre, Haverleigh</p>
<p><strong>Members:</strong> Cllr Denise Okafor (Chair), Cllr Martin Allsop, Cllr Farah Qureshi</p>
<h2>Application</h2>
<p>An application by Nightjar Leisure Ltd for a new premises licence for The Lantern Rooms, a bar and
live music venue, to sell alcohol until 2am on Fridays and Saturdays and until midnight on other
days. Representations were made by Haverleigh Police, the Council's environmental health team and
four local residents.</p>
<h2>Parties heard</h2>
<ul>
<li>Mr Owen Pascoe, solicitor for the applicant, and Ms Tara Lindqvist, director of Nightjar Leisure Ltd</li>
<li>PC Simon Brake, police licensing officer</li>
<li>Mr Harvey Clegg, environmental health officer</li>
<li>Mrs Joan Ferris and Mr Aled Price, residents of Tanner Street</li>
</ul>
<h2>Decision</h2>
<p>The Sub-Committee granted the premises licence, with the hours for the sale of alcohol reduced
to 1am on Fridays and Saturdays and 11.30pm on other days, and subject to the conditions below in
addition to those offered in the operating schedule:</p>
<ol>
<li>Doors and windows of the first-floor music room shall be kept closed after 10pm when live or
recorded music is played.</li>
<li>Two door supervisors registered with the Security Industry Authority shall be on duty from 9pm
until closing on Fridays and Saturdays.</li>
<li>No new customers shall be admitted after midnight.</li>
<li>CCTV shall cover all entrances and be kept for 31 days.</li>
</ol>
<h2>Reasons</h2>
<p>The Sub-Committee was satisfied that the premises could operate without undermining the licensing
objectives if the hours were reduced and the conditions above were imposed. It gave weight to the
residents' evidence of noise from the previous operator, whose licence lapsed in 2024, and to the
police's concern about dispersal onto Tanner Street at 2am.</p>
<p>The application fee of £315 and the annual fee of £350 have been paid.</p>
<h2>Right of appeal</h2>
<p>Any party may appeal to the magistrates' court within 21 days of receiving this notice.</p>
<p>Notice dated 23 January 2026. Licensing Team, 01632 963 990.</p>
</article>"""
    return site_page("Haverleigh Borough Council", "Licensing Sub-Committee decision - The Lantern Rooms - Haverleigh Borough Council",
                     ["Home", "Bins and recycling", "Council tax", "Licensing", "Planning", "Contact us"],
                     ["Home", "Licensing", "Hearings and decisions", "The Lantern Rooms"], body,
                     "<p>Haverleigh Borough Council, Civic Centre, Haverleigh.</p>")


# ============================================================================ PDF

def brackenfold_therapies(path):
    pdf = Paper(running_header="Brackenfold Council - Children's Services Committee - 10 February 2026",
                footer="Page {page} of {pages}", title="Children's Therapy Services: Section 75 Agreement and Recommissioning")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, "BRACKENFOLD COUNCIL", new_x="LMARGIN", new_y="NEXT")
    table(pdf, [["Committee", "Children's Services Committee"],
                ["Date", "10 February 2026"],
                ["Title", "Children's Therapy Services: Section 75 Agreement and Recommissioning"],
                ["Report of", "Director of Children's Services"],
                ["Wards", "All"]], widths=[40, 130], header=None, size=10)
    heading(pdf, "1. Summary", size=11)
    paragraph(pdf, "Speech and language therapy and occupational therapy for children with special educational needs "
                   "are bought from Rushbrook Community Health NHS Trust under a partnership agreement made under "
                   "section 75 of the National Health Service Act 2006. The agreement started on 1 April 2023 for three "
                   "years, ending on 31 March 2026, and allows a single extension of up to twelve months, which has not "
                   "yet been used.")
    heading(pdf, "2. Recommendations", size=11)
    for text in ("2.1 That the Committee agrees to use the twelve-month extension, so that the agreement runs to "
                 "31 March 2027.",
                 "2.2 That the Committee approves the recommissioning of children's therapy services on the timetable "
                 "in section 5.",
                 "2.3 That the Committee notes the risks in section 6."):
        bullet(pdf, text, marker="")
    heading(pdf, "3. Value of the agreement", size=11)
    paragraph(pdf, "The Council's payments to the Trust each year are shown below.")
    table(pdf, [["Service", "2023/24", "2024/25", "2025/26"],
                ["Speech and language therapy", "£962,000", "£991,000", "£1,024,000"],
                ["Occupational therapy", "£418,000", "£431,000", "£446,500"],
                ["Total", "£1,380,000", "£1,422,000", "£1,470,500"]], widths=[70, 33, 33, 34], header="bold")
    paragraph(pdf, "The extension year would be paid at the 2025/26 values plus an uplift of no more than 2.5 per cent. "
                   "Therapy delivered by independent practitioners for tribunal cases is bought separately at £68 an "
                   "hour. Both services are paid for from the high needs block of the Dedicated Schools Grant, which "
                   "is £41.7m for 2025/26 and is forecast to overspend by £3.2m.")
    heading(pdf, "4. Performance", size=11)
    paragraph(pdf, "Waiting times for a first speech and language assessment have grown to 31 weeks. The integrated care "
                   "board funds the same Trust for the health element of the service, which is outside this agreement.")
    heading(pdf, "5. Procurement timetable", size=11)
    table(pdf, [["Milestone", "Date"],
                ["Market engagement event", "14 April 2026"],
                ["Invitation to tender issued", "June 2026"],
                ["Tenders due", "4 September 2026"],
                ["Award report to this Committee", "November 2026"],
                ["New contract starts", "1 April 2027"]], widths=[80, 50], header="bold")
    heading(pdf, "6. Risks", size=11)
    paragraph(pdf, "Risk: few providers may bid because therapists are scarce nationally. Mitigation: the market "
                   "engagement event and a lot structure that lets smaller providers bid for one service only.")
    paragraph(pdf, "Risk: staff at the Trust may leave during the procurement, lengthening waits. Mitigation: TUPE "
                   "information will be shared early and the Trust has agreed a retention plan for the extension year.")
    paragraph(pdf, "Contact officer: Head of SEND Commissioning, 01632 961 205.")
    save(pdf, path)


def tamberley_pccc(path):
    pdf = Paper(running_header="NHS Tamberley ICB - Primary Care Commissioning Committee - 18 December 2025",
                footer="{page}", title="Minutes of the Primary Care Commissioning Committee held in public")
    pdf.add_page()
    heading(pdf, "NHS Tamberley Integrated Care Board", size=14)
    heading(pdf, "Primary Care Commissioning Committee", size=12)
    paragraph(pdf, "Minutes of the meeting held in public on 18 December 2025, Conference Room 2, Riverside House, "
                   "Tamberley")
    paragraph(pdf, "Members present: Mrs Valerie Osei (Non-Executive Member, Chair); Dr Liam Garside (Primary Care "
                   "Clinical Lead); Ms Rachel Vint (Director of Primary Care); Mr Tom Hardaker (Finance Director); "
                   "Mrs Nisha Patel (Healthwatch Tamberley, non-voting).")
    heading(pdf, "PCC/25/61 Apologies and declarations", size=11)
    paragraph(pdf, "Apologies were received from Mr Colin Ruddock. Dr Garside declared an interest in item PCC/25/64 as "
                   "a partner at a member practice of the federation and left the room for that item.")
    heading(pdf, "PCC/25/62 Minutes and action log", size=11)
    paragraph(pdf, "The minutes of 23 October 2025 were approved. Action 25/48 (estates survey) remains open.")
    heading(pdf, "PCC/25/63 Orchard Lane Medical Centre: list dispersal", size=11)
    paragraph(pdf, "Orchard Lane Medical Centre's single-handed GP is retiring and its GMS contract will end on "
                   "30 April 2026. No practice had come forward to take on the list. The Committee approved the "
                   "dispersal of the practice's 3,850 registered patients to the four nearest practices, with each "
                   "receiving patients according to home postcode. Receiving practices will get a one-off payment of "
                   "£25 for each patient transferred.")
    paragraph(pdf, "Members asked about vulnerable patients. Ms Vint said that housebound and care home patients will "
                   "be allocated by name, with a clinical handover, before the general letters go out.")
    heading(pdf, "PCC/25/64 Foxwell Road Surgery: APMS contract award", size=11)
    paragraph(pdf, "Following a procurement under the Provider Selection Regime, the Committee approved the award of "
                   "the Alternative Provider Medical Services contract for Foxwell Road Surgery to Tamberley South GP "
                   "Federation. The contract runs for five years from 1 July 2026 with an option of a further five, "
                   "and is worth approximately £1.14 million in its first year for a list of 7,200 patients. The "
                   "current caretaker arrangement with Brookvale Primary Care Ltd will continue until 30 June 2026.")
    heading(pdf, "PCC/25/65 Kingsmead Practice and Riverside Health Centre: merger", size=11)
    paragraph(pdf, "The Committee approved the application from Kingsmead Practice and Riverside Health Centre to merge "
                   "their contracts into a single GMS contract held by Kingsmead Practice from 1 April 2026, subject to "
                   "a patient engagement report. Both sites will stay open.")
    heading(pdf, "PCC/25/66 Premises improvement grants", size=11)
    paragraph(pdf, "A bid from Hillcrest Surgery for an improvement grant of £86,000 towards two extra consulting rooms "
                   "was deferred until the estates survey is complete. The Committee noted that the primary care "
                   "delegated budget for 2025/26 is £118.6m and is forecast to break even.")
    heading(pdf, "PCC/25/67 Risk register", size=11)
    paragraph(pdf, "The Committee noted the primary care risk register. The risk that practices hand back contracts "
                   "because of GP recruitment problems remains the highest scoring risk; it is mitigated by the "
                   "resilience fund and the GP retention scheme.")
    heading(pdf, "Actions", size=11)
    table(pdf, [["No.", "Action", "Owner", "By"],
                ["25/61", "Write to Orchard Lane patients", "Director of Primary Care", "January 2026"],
                ["25/62", "Patient engagement report on the Kingsmead merger", "Primary Care Manager", "March 2026"]],
          widths=[15, 85, 45, 25], header="bold")
    paragraph(pdf, "Date of next meeting: 19 February 2026.")
    save(pdf, path)


def wrenfield_performance(path):
    header = "London Borough of Wrenfield - Corporate Contracts Board - Q3 2025/26 performance"
    main = Paper(running_header=header, footer="Page {page}", title="Quarterly Contract Performance Report: Q3 2025/26")
    main.add_page()
    main.set_font("Helvetica", "B", 15)
    main.multi_cell(0, 8, "London Borough of Wrenfield", new_x="LMARGIN", new_y="NEXT")
    heading(main, "Quarterly Contract Performance Report: Q3 2025/26 (October to December 2025)", size=12)
    paragraph(main, "Report to: Corporate Contracts Board, 4 February 2026. Report of: Head of Strategic Procurement.")
    heading(main, "1. Purpose", size=11)
    paragraph(main, "This report sets out the performance of the Council's key contracts in the third quarter and the "
                    "contracts that expire in the next twelve months, so that re-procurement can be planned in time.")
    heading(main, "2. Recommendations", size=11)
    bullet(main, "The Board notes the performance of key contracts in Q3.")
    bullet(main, "The Board agrees that improvement notices are issued to the providers rated red.")
    heading(main, "3. Performance of key contracts", size=11)
    table(main, [["Provider", "Service", "KPI", "Q2", "Q3"],
                 ["Greystone Environmental Services", "Waste and recycling collection", "Missed bins per 100,000",
                  "Amber", "Green"],
                 ["Caremark Wrenfield", "Homecare (north locality)", "Visits on time", "Green", "Green"],
                 ["Oakhurst Facilities Ltd", "Corporate buildings cleaning", "Audit score", "Amber", "Red"],
                 ["Linkway Parking Services", "Parking enforcement", "Appeals upheld", "Green", "Amber"],
                 ["Brightpath Youth", "Youth outreach", "Young people engaged", "Red", "Red"]],
          widths=[45, 45, 40, 20, 20], header="bold", size=9)
    heading(main, "4. Risks", size=11)
    paragraph(main, "If Oakhurst Facilities Ltd does not recover, buildings may fail hygiene inspections; an improvement "
                    "notice with weekly joint audits is proposed.")
    paragraph(main, "Several large contracts expire within six months of each other, stretching the procurement team. "
                    "The forward plan in the appendix staggers the work and two interim buyers have been engaged.")
    paragraph(main, "Figures are as at 31 December 2025. Contact: Head of Strategic Procurement, 020 7946 0318.")
    with tempfile.TemporaryDirectory() as tmp:
        upright = Path(tmp) / "appendix.pdf"
        turned = Path(tmp) / "appendix-rotated.pdf"
        main_path = Path(tmp) / "main.pdf"
        save(main, main_path)
        appendix = Paper(running_header=header, footer="Appendix A")
        appendix.add_page(orientation="L")
        heading(appendix, "Appendix A: Contracts expiring in the next 12 months", size=11)
        table(appendix, [["Provider", "Service", "End date", "Annual value", "Status"],
                         ["Oakhurst Facilities Ltd", "Corporate buildings cleaning", "31/05/2026", "£684,000",
                          "To be re-procured"],
                         ["Linkway Parking Services", "Parking enforcement and back office", "30 June 2026",
                          "£2,310,000", "Extension agreed to 30 June 2027"],
                         ["Brightpath Youth", "Youth outreach and detached youth work", "31 March 2026", "£215,500",
                          "To be re-procured"],
                         ["Tessaract Print and Post", "Council tax and benefits print and mail", "30 September 2026",
                          "£148,900", "To be re-procured"],
                         ["Marlowe Advocacy", "Independent advocacy (Care Act)", "31 October 2026", "£96,750",
                          "Extension agreed to 31 October 2027"]],
              widths=[55, 75, 35, 35, 57], header="shaded", size=9)
        paragraph(appendix, "Values exclude VAT. Contracts below £75,000 a year are not listed.")
        save(appendix, upright)
        pdfgen.rotated(upright, turned, 90)
        import pypdfium2 as pdfium
        whole = pdfium.PdfDocument(str(main_path))
        extra = pdfium.PdfDocument(str(turned))
        whole.import_pages(extra)
        whole.save(str(path))
        extra.close()
        whole.close()


# ============================================================================ DOCX

def three_vales_fra(path):
    doc = docxgen.new("Three Vales Combined Fire Authority", dt.datetime(2026, 2, 5, 10, 0), font=("Arial", 11))
    docxgen.banner(doc, "THREE VALES COMBINED FIRE AUTHORITY")
    doc.add_paragraph("Minutes of the meeting of the Fire Authority held at Service Headquarters, Windle Road, "
                      "Marlbeck on Thursday 29 January 2026 at 10.30am")
    doc.add_paragraph("Present: Cllr Graham Pettifer (Chair), Cllr Susan Abara, Cllr Neil Hosking, Cllr Ruth Landon, "
                      "Cllr Barry Ogunleye, Cllr Yvonne Strand")
    doc.add_paragraph("Officers: Chief Fire Officer Dawn Ashworth; Treasurer Michael Kerslake; Clerk Priya Shah")
    doc.add_heading("FA/45 Apologies and declarations of interest", level=2)
    doc.add_paragraph("Apologies were received from Cllr Tim Varley. There were no declarations.")
    doc.add_heading("FA/46 Minutes", level=2)
    doc.add_paragraph("RESOLVED that the minutes of the meeting held on 27 November 2025 be confirmed.")
    doc.add_heading("FA/47 Fleet maintenance contract", level=2)
    doc.add_paragraph("The Head of Fleet and Equipment reported on the tender for servicing and repairing the Service's "
                      "fire appliances and light vehicles, which is currently done partly in house. Three tenders were "
                      "received. Members asked whether appliances would be off the run for longer; officers replied that "
                      "the contract requires a replacement appliance to be provided if a repair takes more than 48 hours.")
    doc.add_paragraph("RESOLVED that the fleet maintenance contract be awarded to Ridgeway Fleet Engineering Ltd for "
                      "five years from 1 April 2026 at an annual cost of £612,000.")
    doc.add_heading("FA/48 Mobilising system", level=2)
    doc.add_paragraph("The contract with Signalpath Control Systems Ltd for the control room mobilising system was due "
                      "to end on 31 March 2026. The replacement system being procured jointly with two neighbouring "
                      "services will not be ready until 2027.")
    doc.add_paragraph("RESOLVED that the mobilising system contract with Signalpath Control Systems Ltd be extended "
                      "for eighteen months to 30 September 2027, at a cost of £184,500 for the extension period.")
    doc.add_heading("FA/49 Revenue budget and precept 2026/27", level=2)
    doc.add_paragraph("The Treasurer presented a net revenue budget of £46.3 million, an increase of 4.1 per cent, and "
                      "proposed a Band D precept of £91.26. The Authority's general reserve is forecast to be £3.1 "
                      "million on 31 March 2026, 6.7 per cent of the budget, and the earmarked reserve for the new "
                      "mobilising system holds £1.45 million.")
    doc.add_paragraph("RESOLVED that (i) the net revenue budget of £46.3 million for 2026/27 be approved and (ii) the "
                      "Band D precept be set at £91.26.")
    doc.add_heading("FA/50 Corporate risk register", level=2)
    doc.add_paragraph("The Authority noted the corporate risk register. Members discussed the risk that on-call "
                      "firefighter availability falls further in rural stations; the Chief Fire Officer said that a "
                      "new pay-for-availability scheme starts in April and recruitment days are planned in each town.")
    doc.add_heading("FA/51 Date of next meeting", level=2)
    doc.add_paragraph("Thursday 26 March 2026 at 10.30am.")
    doc.add_paragraph("Clerk to the Authority: Priya Shah, 01632 960 441")
    doc.save(path)


def kelsby_hwb(path):
    doc = docxgen.new("Kelsby Council", dt.datetime(2026, 3, 2, 9, 30), font=("Calibri", 11))
    docxgen.banner(doc, "Kelsby Health and Wellbeing Board")
    docxgen.table(doc, [["Meeting", "Kelsby Health and Wellbeing Board"],
                        ["Date", "11 March 2026"],
                        ["Report title", "Better Care Fund Plan 2026/27"],
                        ["Report of", "Director of Adult Social Care and the ICB Place Director"]], header=False)
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("To ask the Board to approve Kelsby's Better Care Fund plan for 2026/27 before it is submitted "
                      "to NHS England.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("The Board is recommended to:")
    for text in ("approve the Better Care Fund plan for 2026/27, including the schemes in section 4;",
                 "delegate to the Chair, with the Director of Adult Social Care and the ICB Place Director, "
                 "approval of any changes required by NHS England during assurance;",
                 "note the submission dates in section 6."):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("3. The pooled fund", level=2)
    doc.add_paragraph("The fund is pooled under a section 75 agreement between Kelsby Council and NHS Kelsby and "
                      "Wendover Integrated Care Board, with the Council as host. Contributions for 2026/27 are:")
    docxgen.table(doc, [["Contribution", "2026/27"],
                        ["ICB minimum contribution", "£21,480,000"],
                        ["Council additional contribution", "£2,750,000"],
                        ["Disabled Facilities Grant", "£2,215,000"],
                        ["Total pooled fund", "£26,445,000"]])
    doc.add_heading("4. Schemes with external providers", level=2)
    doc.add_paragraph("Most of the fund pays for services the partners provide themselves, such as reablement and "
                      "community nursing. Three schemes are bought from other providers:")
    doc.add_paragraph("Carers' support: Kelsby Carers' Centre will continue to give information, breaks and "
                      "assessments to unpaid carers, at a cost of £312,000.", style="List Bullet")
    doc.add_paragraph("Discharge to assess home care: HomeFirst Care Kelsby provides short-term home care for people "
                      "leaving hospital; the scheme is valued between £1.1m and £1.3m depending on hospital demand.",
                      style="List Bullet")
    doc.add_paragraph("End of life care at home: the ICB funds St Cuthman's Hospice £448,000 for its hospice at home "
                      "team.", style="List Bullet")
    doc.add_paragraph("Care home fees for discharge placements are paid at the Council's standard rate of £912 a week.")
    doc.add_heading("5. Risks", level=2)
    doc.add_paragraph("Home care capacity may not keep pace with winter discharges. HomeFirst Care Kelsby has agreed "
                      "a surge plan and the Council holds a list of approved back-up providers.")
    doc.add_paragraph("The Disabled Facilities Grant allocation may be announced late, delaying adaptations; the "
                      "Council will approve works up to the 2025/26 level at risk.")
    doc.add_heading("6. Key dates", level=2)
    doc.add_paragraph("The plan must be submitted to NHS England by 27 March 2026. Assurance feedback is expected in "
                      "May 2026, and the section 75 agreement for 2026/27 must be signed by 30 June 2026.")
    doc.add_paragraph("Contact: BCF Programme Manager, 01632 968 114.")
    doc.save(path)


def bro_tawel_cabinet(path):
    doc = docxgen.new("Bro Tawel County Borough Council", dt.datetime(2026, 1, 20, 12, 0), font=("Arial", 12))
    docxgen.banner(doc, "Cyngor Bwrdeistref Sirol Bro Tawel / Bro Tawel County Borough Council")
    doc.add_paragraph("Cabinet / Cabinet - 3 Chwefror 2026 / 3 February 2026")
    doc.add_paragraph("Adroddiad: Grantiau Trafnidiaeth Gymunedol a Fframwaith Cludiant Ysgol / Report: Community "
                      "Transport Grants and School Transport Framework", style="Heading 1")
    doc.add_paragraph("Report of the Corporate Director, Place; Cabinet Member: Cllr Eirlys Pritchard")
    doc.add_heading("1. Diben yr Adroddiad / Purpose of the Report", level=2)
    doc.add_paragraph("To approve community transport grants for 2026/27 and call-off contracts for home to school "
                      "transport under the South Wales Passenger Transport Framework.")
    doc.add_heading("2. Argymhellion / Recommendations", level=2)
    for text in ("That Cabinet approves grants to the two community transport groups set out in section 3.",
                 "That Cabinet approves the three call-off contracts for school transport in section 4.",
                 "That Cabinet notes the risks in section 6."):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("3. Trafnidiaeth Gymunedol / Community Transport", level=2)
    doc.add_paragraph("The Council supports voluntary dial-a-ride and community car schemes. For 2026/27 it is proposed "
                      "that Cwm Tawel Community Transport receives £58,000 and Llanfor Community Car Scheme receives "
                      "£21,750, each for the year from 1 April 2026. Both groups are registered charities. The "
                      "Council's concessionary fares reimbursement to bus operators, about £1.9m a year, is separate.")
    doc.add_heading("4. Cludiant Ysgol / School Transport", level=2)
    doc.add_paragraph("The Council joined the regional framework in 2024. The following contracts have been called off "
                      "after mini-competitions among framework operators:")
    docxgen.table(doc, [["Route bundle", "Operator", "Start", "End", "Value a year"],
                        ["Ysgol Gyfun Bro Tawel (north valley)", "Gwalia Coaches Ltd", "23/02/2026", "22/07/2029",
                         "£342,600"],
                        ["Primary schools, Llanfor cluster", "Daffodil Taxis", "23/02/2026", "22/07/2028", "£118,300"],
                        ["Additional learning needs routes", "Brynteg Minibus Hire Ltd", "1 September 2026",
                         "31 August 2029", "£276,450"]])
    doc.add_paragraph("Contract drivers are paid at least the Real Living Wage of £13.45 an hour. The home to school "
                      "transport budget for 2025/26 is £9.4m, of which £1.2m is forecast to be overspent.")
    doc.add_heading("5. Effaith Ariannol / Financial Impact", level=2)
    doc.add_paragraph("The call-off contracts cost £39,000 a year less than the routes they replace.")
    doc.add_heading("6. Risgiau / Risks", level=2)
    doc.add_paragraph("Operators may withdraw from routes when fuel costs rise. The framework allows the next ranked "
                      "operator to be appointed quickly, and prices are reviewed each September.")
    doc.add_paragraph("Community transport groups depend on volunteer drivers, whose numbers are falling. Part of the "
                      "grant is ring-fenced for recruiting and training volunteers.")
    doc.add_heading("7. Swyddog Cyswllt / Contact Officer", level=2)
    doc.add_paragraph("Integrated Transport Unit, 01632 966 702.")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "ashmere-jwc_2026-02-09_joint-waste-committee_residual-waste-treatment-contract.txt").write_text(
        ashmere_waste(), encoding="utf-8")
    (PAPERS / "hollinsford-dc_2026-01-27_finance-and-resources-committee_budget-monitoring-q3.md").write_text(
        HOLLINS_MD, encoding="utf-8")
    (PAPERS / "pennington-vale-ft_2026-03-05_board-of-directors_minutes.txt").write_text(
        PENNINGTON_TXT, encoding="utf-8")
    (PAPERS / "halvershire-pcc_2026-03-03_decision-notice_victim-support-and-csp-grants.html").write_text(
        halvershire_pcc(), encoding="utf-8")
    (PAPERS / "west-carrow-ca_2026-02-12_mayoral-decision_bus-service-contracts.html").write_text(
        west_carrow_mayor(), encoding="utf-8")
    (PAPERS / "haverleigh-bc_2026-01-21_licensing-sub-committee_lantern-rooms.html").write_text(
        haverleigh_licensing(), encoding="utf-8")
    brackenfold_therapies(PAPERS / "brackenfold-council_2026-02-10_childrens-services-committee_therapies-s75.pdf")
    tamberley_pccc(PAPERS / "nhs-tamberley-icb_2025-12-18_primary-care-commissioning-committee_minutes.pdf")
    wrenfield_performance(PAPERS / "wrenfield-lb_2026-02-04_corporate-contracts-board_q3-contract-performance.pdf")
    three_vales_fra(PAPERS / "three-vales-cfa_2026-01-29_fire-authority_minutes.docx")
    kelsby_hwb(PAPERS / "kelsby-council_2026-03-11_health-and-wellbeing-board_better-care-fund-plan.docx")
    bro_tawel_cabinet(PAPERS / "bro-tawel-cbc_2026-02-03_cabinet_community-transport-and-school-transport.docx")


if __name__ == "__main__":
    main()
