"""Build the paraphrase11 BLIND papers (fictional authorities, providers, people and figures).

    .venv/bin/python tests/paraphrase11/make_papers.py

Writes twelve papers in tests/paraphrase11/papers/: three PDFs (NHS trust board narrative minutes,
county council budget meeting minutes, an ICB paper on a section 75 agreement with a contracts
table), three DOCX (an executive decision record, a data protection impact assessment form, a
cabinet commissioning report with contracts in prose), three HTML pages (a city council decision
notice, a combined authority public questions paper, a ModernGov meeting page with a forward plan
entry) and three text files (leisure trust board minutes in numbered paragraphs, integration joint
board minutes, a waste service annual report).  This set is BLIND: it is scored once per stop and
its misses are never read.  Every sentence, name and figure is invented.
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
<div id="skiplinks"><a href="#modgov">Skip to content</a></div>
<div id="masthead"><a href="/"><img src="/images/crest.png" alt="{site} logo"></a>
<div id="sitesearch"><form action="/search"><input name="q" placeholder="Search"><button>Search</button></form></div></div>
<div id="menu"><a href="/">Home</a> | <a href="/mgListCommittees.aspx">Councillors and committees</a> | <a href="/mgCalendarMonthView.aspx">Calendar</a> | <a href="/mgListPlans.aspx">Forward plans</a> | <a href="/mgDelegatedDecisions.aspx">Officer decisions</a></div>
<div id="crumbs">Home &gt; {crumbs}</div>
<div id="modgov">
{body}
</div>
<div id="pagefoot"><p>{site}, Civic Offices. Switchboard 01632 961234.</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></div>
</body></html>
"""


# ============================================================================ TXT / MD

WYREBRIDGE_TXT = """WYREBRIDGE LEISURE TRUST
Charitable company limited by guarantee. Company no. 10482277. Registered charity no. 1179304.

MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES
Tuesday 23 September 2025, 6.00pm, Board Room, Millbank Pool

Trustees present:  Alison Carver (Chair), Desmond Okoro (Vice Chair), Harriet Lyle, Mohammed Rafiq,
                   Tessa Young, Cllr Brian Hollins (Council nominee)
In attendance:     Gareth Pym (Chief Executive), Sunita Bal (Head of Finance), Leo March (Head of Facilities),
                   Claire Penrose (Governance Officer, minutes)

1.  WELCOME, APOLOGIES AND INTERESTS
1.1 Apologies were received from Frances Doyle.
1.2 Cllr Hollins declared an interest in item 3 as a member of Wyrebridge District Council and took no part in
    the discussion of it.

2.  MINUTES AND MATTERS ARISING
2.1 The minutes of 15 July 2025 were agreed as a correct record.
2.2 All actions from July were complete except the signage review, now due in November.

3.  MANAGEMENT AGREEMENT WITH THE DISTRICT COUNCIL
3.1 The Chief Executive reported that Wyrebridge District Council pays the Trust a management fee of
    £1,120,000 for 2025/26 to run Millbank Pool, Castle Fields Sports Centre and the Wyre Valley athletics track.
3.2 The Council has signalled that the fee will be reviewed as part of its own budget for 2026/27. Trustees asked
    that the Trust's response stress the rise in the National Living Wage.
3.3 The Board agreed that the Chair and Chief Executive should meet the Council's Director of Place before its
    budget proposals are published.
    ACTION: Chair / CEO, by 31 October 2025.

4.  MILLBANK POOL CAFE
4.1 Four operators responded to the invitation to run the cafe. The panel recommended Pennyroyal Kitchens, a
    local social enterprise, which offered a concession fee of £18,000 a year and a commitment to employ two
    apprentices.
4.2 Trustees agreed to appoint Pennyroyal Kitchens to operate the cafe for three years from 1 November 2025.
    ACTION: Head of Facilities to complete the concession agreement.

5.  FITNESS EQUIPMENT
5.1 The cardiovascular equipment at Castle Fields is seven years old and breakdowns have risen sharply.
5.2 Harriet Lyle proposed, and Mohammed Rafiq seconded, that the Trust lease a full replacement fitness suite from
    Pulsefit Leasing over five years. The annual lease payment will be £64,500, starting in January 2026.
5.3 The proposal was carried unanimously.

6.  FINANCE
6.1 The Head of Finance presented the management accounts for the five months to 31 August 2025. The Trust is
    forecasting a small operating surplus of £41,000 for the year.
6.2 Unrestricted reserves stood at £612,000 at 31 August 2025, below the reserves policy level of £750,000.
6.3 The Active Lives Foundation has awarded the Trust £45,000 for the inclusive swimming programme over two years.
6.4 The Board noted the management accounts and the reserves position.

7.  POOL PLANT
7.1 The Head of Facilities reported that the planned maintenance arrangement for the pool plant with Aquaserve
    Technical expires on 31 December 2025. Response times have been poor.
7.2 The Board decided not to renew the arrangement with Aquaserve Technical and to seek quotations from other contractors.
    ACTION: Head of Facilities to obtain three quotations by 31 October 2025.

8.  RISK REGISTER
8.1 Trustees reviewed the strategic risk register.
8.2 Energy costs remain the highest-scoring risk: a further rise in gas prices would eliminate the surplus at
    Millbank Pool. To limit this, the Finance Sub-Committee has fixed the price of 70 per cent of the Trust's gas
    until March 2027.
8.3 A new risk was added: a cyber attack on the online booking system could stop bookings and expose customer
    data. The Trust is moving to a hosted booking platform with daily back-ups and two-factor log-in for staff.
8.4 The Board approved the updated risk register.

9.  ANY OTHER BUSINESS
9.1 None.

10. DATE OF NEXT MEETING
10.1 Tuesday 25 November 2025 at 6.00pm.

Signed ........................................ (Chair)        Date ....................
"""

GLENARROW_MD = """# Glenarrow Integration Joint Board

Minute of meeting of the Glenarrow Integration Joint Board held in the Council Chambers, Glenarrow House, on
Wednesday 26 November 2025 at 10.00am.

**Voting members:** Cllr Morag Findlay (Chair), Dr Euan Lockhart (Vice Chair), Cllr Iain Gow, Cllr Shona Reid,
Ms Alison Baird, Mr Peter Strachan

**Non-voting members:** Chief Officer, Chief Finance Officer, Chief Social Work Officer, carers' representative,
third sector representative

---

### 1. Apologies and declarations of interest

Apologies were intimated on behalf of Cllr Neil Kerr. No declarations of interest were made.

### 2. Minute of previous meeting

The minute of the meeting of 24 September 2025 was approved as a correct record.

### 3. Care at home: outcome of the locality tender

The Chief Officer presented the outcome of the tender for care at home, which was divided into two lots. Moorburn
Homecare was the highest-scoring bidder for the north locality, with an annual price of £4,200,000. The south
locality was won by Kirkhaugh Care at Home at £3,750,000 a year. Both contracts will run for three years from
1 April 2026 with the option of two further years.

Cllr Gow, seconded by Ms Baird, moved that the recommendations be accepted. There was no amendment.

The IJB agreed to:

- direct Glenarrow Council to award the north locality care at home contract to Moorburn Homecare;
- direct Glenarrow Council to award the south locality care at home contract to Kirkhaugh Care at Home;
- instruct the Chief Officer to report on the transition of existing service users in March 2026.

### 4. Directions for 2026/27

The Chief Finance Officer set out the draft directions to the partner bodies for 2026/27.

Decision: The IJB agreed to issue direction GIJB/D/2026/01 to Glenarrow Council to deliver adult social care
services within a budget of £61.4 million, and direction GIJB/D/2026/02 to NHS Strathcairn to deliver community
health and mental health services within a budget of £12.9 million, subject to final budget settlements.

### 5. Carer support services

The carers' representative welcomed the proposal to give the Glenarrow Carers Centre a two-year grant for carer
support and short breaks, starting on 1 April 2026.

The IJB approved the grant, which is £96,000 in each of the two years.

### 6. Community alarm responder service

The Chief Officer explained that the overnight community alarm responder service provided by Lightkeeper Response
ends on 31 March 2026. From 1 April 2026 responses will be made by the Council's own responder team, which already
covers daytime calls.

The IJB noted the ending of the Lightkeeper Response arrangement and agreed to direct the Council to bring the
overnight service in house.

### 7. Financial position and recovery plan

A projected overspend of £2.3 million was reported at month 6, mainly in prescribing and in externally purchased
care home places. The IJB holds general reserves of £3.8 million.

The IJB agreed to use £1.1 million of general reserves to reduce the overspend and approved the recovery actions
set out in appendix 2.

### 8. Risk register

The Chief Officer highlighted the most serious risk: delayed discharges from hospital, which stood at 63 against a
target of 40, because there is not enough care at home capacity. The new locality contracts and a discharge to
assess pilot in the south locality are the main controls.

A second risk concerns workforce: the partnership may be unable to recruit enough mental health officers to meet
its statutory duties. No further mitigating action is available until the national training review reports.

The IJB noted the risk register.

### 9. Date of next meeting

28 January 2026 at 10.00am.
"""

ORRINDALE_MD = """# Orrindale Borough Council

## Waste and Recycling Service: Annual Report 2024/25

*Published 22 July 2025 by the Environment and Neighbourhoods Directorate*

### Foreword

Residents of Orrindale recycled or composted 47.3 per cent of their household waste in 2024/25, up from 45.9 per cent
the year before. This report explains how the service is run, who runs it and what it cost.

### How the service is delivered

Kerbside collections of refuse, recycling and garden waste are carried out by Orrindale Environmental Services Ltd,
the company wholly owned by the Council, under a service agreement worth £9,600,000 in 2024/25. The same company runs
the two household waste recycling centres at Tollbar Lane and Hesketh Road.

Dry recycling is taken to the Brookmere materials recovery facility. Sortline Recycling runs this facility for the
Council under a ten-year contract let in 2021, costing around £1.9m a year.

As a unitary council Orrindale also disposes of waste. Residual waste is treated at the Crossfell energy recovery
facility, operated by Thermis Energy under a long-term disposal contract that runs until 2039.

Garden waste is composted at an open-windrow site near Eddleston. In 2024/25 the Council paid Loamfield Composting
£214,000 to compost 11,900 tonnes.

The bulky waste collection service is provided by ReNew Orrindale, a furniture reuse charity, supported by a grant
of £48,000 a year. Around a third of the items collected were repaired and sold on.

### Key figures

| Measure | 2023/24 | 2024/25 |
|---|---|---|
| Household waste collected (tonnes) | 78,410 | 77,960 |
| Recycling and composting rate | 45.9% | 47.3% |
| Garden waste subscribers (as at 31 March) | 59,800 | 61,200 |
| Missed collections per 100,000 | 41 | 36 |
| Net cost of the service | £14.0m | £14.2m |

Garden waste subscriptions brought in £1.35m of income. The service also received £3.1m in its first year of
extended producer responsibility payments for packaging.

### Looking ahead

From 31 March 2026 every household must receive a weekly food waste collection. Orrindale Environmental Services Ltd
will introduce the new collections in phases from October 2025.

The main financial risk for 2025/26 is a fall in the value of recyclable materials, which would increase the
gate fee paid at Brookmere. The contract includes a cap on the gate fee and the Council holds a waste
smoothing reserve of £600,000.

There is also a risk that the food waste rollout is delayed because new vehicles arrive late. Vehicles were
ordered in January 2025 and a short-term hire agreement has been arranged as a fallback.

*Contact: Waste Strategy Team, Orrindale Borough Council*
"""


# ============================================================================ HTML

def calverdon_notice() -> str:
    return """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>Decision notice: Housing and Communities Committee, 9 December 2025 | Calverdon City Council</title>
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<header class="site-header"><a class="logo" href="/">Calverdon City Council</a>
<nav><a href="/council">Council and democracy</a> <a href="/housing">Housing</a> <a href="/contact">Contact us</a></nav></header>
<main id="content">
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/council">Council and democracy</a> / <a href="/council/decisions">Decisions</a></nav>
<article>
<h1>Decision notice</h1>
<p class="lede">Housing and Communities Committee<br>Meeting held on Tuesday 9 December 2025</p>
<p>Published: 10 December 2025. Unless called in, these decisions may be implemented from 17 December 2025.</p>

<h2>Item 5: Temporary accommodation support service</h2>
<p>That the Committee approved the award of the temporary accommodation support service to Lanternway Housing Support for three years starting 1 March 2026, at a contract price of &pound;845,000 per year, with an option to extend for up to two further years.</p>
<p>That the Committee noted that the Tanner Street hostel, run by Hollybush Shelter Trust, will close on 28 February 2026 and that its residents will be offered places in the new service.</p>
<p><strong>Reasons for the decision:</strong> the new service replaces hostel places with self-contained units and visiting support, which is expected to cut the use of bed and breakfast by half.</p>

<h2>Item 6: Furniture reuse scheme</h2>
<p>That the Committee authorised the Director of Housing to pay a grant of &pound;150,000 to Calverdon Furniture Project for the furniture reuse scheme in 2026/27.</p>

<h2>Item 7: Homelessness and rough sleeping strategy</h2>
<p>That the Committee approved the Homelessness and Rough Sleeping Strategy 2026-2031 and the action plan for its first year.</p>
<p>That the Committee noted that the Council's government rough sleeping grant for 2026/27 is &pound;1.32m.</p>

<h2>Item 8: Empty homes</h2>
<p>That the Committee noted the report on long-term empty homes and asked officers to bring proposals for a higher council tax premium to the meeting on 10 March 2026.</p>

<h2>Declarations of interest</h2>
<p>Councillor Priya Marsh declared a non-pecuniary interest in item 6 as a volunteer at Calverdon Furniture Project.</p>

<p class="signoff">Issued by the Head of Democratic Services, Calverdon City Council.</p>
</article>
</main>
<footer class="site-footer"><p>&copy; Calverdon City Council</p></footer>
</body></html>
"""


def tamsfield_questions() -> str:
    return """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Public questions and answers - Combined Authority Board - 15 January 2026</title></head>
<body>
<div class="top"><span class="org">Tamsfield Combined Authority</span> <a href="/meetings">Meetings and papers</a></div>
<div class="paper">
<h1>Combined Authority Board</h1>
<p>Thursday 15 January 2026, 1.00pm, Mayor's Office, Exchange Square, Tamsfield</p>
<h2>Agenda item 4: Public questions</h2>
<p><strong>Purpose:</strong> To report the questions received from members of the public under the Board's procedure rules and the answers given by the Mayor.</p>
<p><strong>Recommendation:</strong> That the Board notes the public questions received and the answers given.</p>

<h3>Question 1 - from Mr Rahul Desai, Cotterill</h3>
<p class="q">Route 42 is the only bus through Cotterill after 7pm. Will the Authority guarantee that it continues beyond the summer?</p>
<p class="a"><strong>Answer:</strong> Route 42 is a supported service. Tamsline Coaches runs it for the Authority under a tendered contract costing &pound;286,000 a year, which ends on 31 August 2026. We will invite tenders for the evening network in February, and route 42 is part of that package.</p>

<h3>Question 2 - from Ms Jo Whitfield, Tamsfield Cycling Forum</h3>
<p class="q">How much public money supports the city cycle hire scheme, and who runs it?</p>
<p class="a"><strong>Answer:</strong> The scheme is run by Pedalway Mobility under a concession agreement with the Authority which began in May 2024. The operator takes the fares and advertising income and receives no subsidy from us.</p>

<h3>Question 3 - from Mr Stephen Ould, Hartgrove</h3>
<p class="q">What is the Authority doing to help small firms in the eastern boroughs?</p>
<p class="a"><strong>Answer:</strong> In October the Board agreed to fund Tamsfield Enterprise Hub to give free business advice in the four eastern boroughs until March 2027. The funding is &pound;540,000 from the Authority's business growth fund. Around 380 firms have registered so far.</p>

<h3>Question 4 - from Mrs Pauline Grice, Tamsfield</h3>
<p class="q">What is the Mayor paid?</p>
<p class="a"><strong>Answer:</strong> The Mayor's allowance is set by the independent remuneration panel and is &pound;78,000 a year. The Mayor receives no other allowance from the Authority.</p>

<h3>Question 5 - from Mr Derek Fane, Westmills</h3>
<p class="q">Tram breakdowns have doubled. Who maintains the trams and will the contract be reviewed?</p>
<p class="a"><strong>Answer:</strong> Railcore Engineering maintains the tram fleet and track under a contract with an annual value of &pound;9.8m. Its performance is reviewed every month. The contract ends in 2027 and the procurement of its replacement will begin this year. The Authority has also asked Railcore Engineering for a recovery plan by 27 February 2026.</p>

<p class="contact">Contact: Governance team, Tamsfield Combined Authority.</p>
</div>
</body></html>
"""


def stourwick_meeting() -> str:
    body = """<h1 class="mgMainTitleTxt">Agenda and decisions</h1>
<h2 class="mgSubTitleTxt">Cabinet - Wednesday, 4th February, 2026 6.00 pm</h2>
<p><strong>Venue:</strong> Council Chamber, Stourwick House, Bridge Street</p>
<p><strong>Contact:</strong> Democratic Services</p>
<ul class="mgActionList"><li><a href="/documents/g2041/Printed%20minutes.pdf">Printed minutes</a></li><li><a href="/mgIssueHistoryHome.aspx">Decisions</a></li></ul>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell">5.</td><td><p class="mgAiTitleTxt">Minutes of the previous meeting</p>
<p>The minutes of the meeting held on 7 January 2026 were approved.</p></td></tr>
<tr><td class="mgItemNumberCell">6.</td><td><p class="mgAiTitleTxt">Leisure centres: management contract award</p>
<p>Report of the Head of Communities. Key decision.</p>
<p><strong>Decision:</strong></p>
<p>(1) That the contract to manage Stourwick and Bexmoor leisure centres be awarded to Everyactive Leisure for ten years from 1 June 2026, with the Council paying a management fee of &pound;395,000 in the first year and less in each later year.</p>
<p>(2) That the Head of Legal Services be authorised to complete the contract documents.</p>
<p><strong>Reasons:</strong> Everyactive Leisure submitted the most advantageous tender and offers the lowest fee over the term.</p></td></tr>
<tr><td class="mgItemNumberCell">7.</td><td><p class="mgAiTitleTxt">Street cleansing contract</p>
<p><strong>Decision:</strong> That the street cleansing contract held by Cleanway Services be extended by 18 months, to 30 September 2027, to align it with the waste collection contract.</p></td></tr>
<tr><td class="mgItemNumberCell">8.</td><td><p class="mgAiTitleTxt">Community grants 2026/27</p>
<p><strong>Decision:</strong> That the following community grants be awarded for 2026/27:</p>
<ul><li>Stourwick Citizens Advice - &pound;72,000</li><li>Bexmoor Youth Project - &pound;18,500</li><li>Stour Valley Foodbank - &pound;9,000</li></ul></td></tr>
<tr><td class="mgItemNumberCell">9.</td><td><p class="mgAiTitleTxt">Budget 2026/27 and medium term financial strategy</p>
<p><strong>Decision:</strong> That Cabinet recommends to Council a net budget requirement of &pound;16.8m for 2026/27 and a Band D council tax of &pound;214.37.</p>
<p><strong>Reasons:</strong> The Council must set a balanced budget by 11 March 2026.</p></td></tr>
</table>
<h3>Forward plan entry</h3>
<table class="mgKeyValue">
<tr><td>Reference:</td><td>KD/2026/04</td></tr>
<tr><td>Title:</td><td>Award of civil parking enforcement contract</td></tr>
<tr><td>Decision maker:</td><td>Cabinet</td></tr>
<tr><td>Decision due:</td><td>18 Mar 2026</td></tr>
<tr><td>Lead officer:</td><td>Head of Environmental Services</td></tr>
<tr><td>Notice of proposed decision first published:</td><td>22/01/2026</td></tr>
</table>"""
    return moderngov("Stourwick District Council", "Agenda and decisions - Cabinet - Wednesday, 4th February, 2026 6.00 pm", body,
                     '<a href="/mgListCommittees.aspx">Committees</a> &gt; <a href="/mgCommitteeDetails.aspx?ID=131">Cabinet</a> &gt; Meeting')


# ============================================================================ PDF

def aldercombe_board(path):
    pdf = Paper(running_header="Aldercombe Hospitals NHS Foundation Trust - Board of Directors (Public) - 30 October 2025",
                footer="Page {page} of {pages}", title="Minutes of the Board of Directors meeting in public, 30 October 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Aldercombe Hospitals NHS Foundation Trust", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Minutes of the meeting of the Board of Directors held in public on Thursday 30 October 2025 in the "
                   "Lecture Theatre, Aldercombe General Hospital")
    paragraph(pdf, "Present: Ruth Ferris (Chair); Daniel Adeyemi (Non-Executive Director); Gillian Storr (Non-Executive "
                   "Director); Dr Karl Mensah (Chief Executive); Priya Lal (Chief Finance Officer); Joanne Eastwood "
                   "(Chief Nurse); Dr Simon Tully (Medical Director).")
    heading(pdf, "TB/25/101  Apologies", size=11)
    paragraph(pdf, "Apologies were received from Mark Hollis (Non-Executive Director).")
    heading(pdf, "TB/25/102  Minutes of the previous meeting", size=11)
    paragraph(pdf, "The minutes of the meeting held on 25 September 2025 were approved as an accurate record.")
    heading(pdf, "TB/25/103  Pathology managed equipment service", size=11)
    paragraph(pdf, "The Chief Finance Officer explained that the current analysers reach the end of their lease next "
                   "spring. A further competition under a national framework had been run with the two other trusts in "
                   "the pathology network. Corvale Diagnostics Ltd offered the best value and will provide, maintain and "
                   "replace the analysers for eight years from 1 April 2026 for an annual charge of £3.65m.")
    paragraph(pdf, "Gillian Storr asked how the Trust would be protected if the equipment failed. The Medical Director "
                   "said the contract includes service credits and a four-hour engineer response.")
    paragraph(pdf, "The recommendation was proposed by Ruth Ferris and seconded by Daniel Adeyemi. The Board approved "
                   "the award of the pathology managed equipment service to Corvale Diagnostics Ltd.")
    heading(pdf, "TB/25/104  Discharge and transfer vehicles", size=11)
    paragraph(pdf, "The Chief Nurse reported that the discharge and transfer vehicle service which the Trust buys from "
                   "Bluewing Ambulance Services will come to an end on 31 January 2026. The Trust has recruited drivers "
                   "and leased four vehicles so that the service can be run by its own staff.")
    paragraph(pdf, "The Board noted the end of the Bluewing Ambulance Services arrangement and supported the move to an "
                   "in-house service.")
    heading(pdf, "TB/25/105  Car parking", size=11)
    paragraph(pdf, "The Board agreed to extend the car park management agreement with ParkSure Systems by one year, to "
                   "31 March 2027, with an annual fee of £188,000. Staff parking charges will be frozen for 2026/27.")
    heading(pdf, "TB/25/106  Children's ward refurbishment", size=11)
    paragraph(pdf, "The Aldercombe Hospitals Charity has offered £420,000 towards the refurbishment of Puffin Ward. "
                   "The Board accepted the charity's offer with thanks and asked that patients and families be "
                   "involved in the design.")
    heading(pdf, "TB/25/107  Integrated performance report", size=11)
    paragraph(pdf, "In September, 74.2% of patients were seen within four hours in the emergency department. The Chief "
                   "Nurse warned that care in corridors is likely to continue through the winter, putting patients' "
                   "safety and dignity at risk. To reduce this the Trust will open a 20-bed discharge lounge in "
                   "November and hold a daily senior review of ambulance handovers.")
    paragraph(pdf, "The Board noted the integrated performance report.")
    heading(pdf, "TB/25/108  Finance report, month 6", size=11)
    paragraph(pdf, "At month 6 the Trust had a deficit of £4.1m against a planned deficit of £2.9m. The cash balance "
                   "as at 30 September 2025 was £18.6m. The Chief Finance Officer said that the main risk to the year-end "
                   "forecast is the cost of escalation beds; a weekly bed review chaired by the Chief Operating Officer "
                   "is being used to close them as soon as possible.")
    paragraph(pdf, "The Board noted the month 6 financial position.")
    heading(pdf, "TB/25/109  Date of next meeting", size=11)
    paragraph(pdf, "Thursday 27 November 2025 at 9.30am.")
    paragraph(pdf, "Signed: ........................................  Chair          Date: ..........................")
    save(pdf, path)


def wealdbury_budget(path):
    pdf = Paper(running_header="Wealdbury County Council - 19 February 2026",
                footer="{page}", title="Minutes of the budget meeting of the County Council, 19 February 2026")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "WEALDBURY COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "MINUTES of the meeting of the County Council held at County Hall, Wealdbury on Thursday "
                         "19 February 2026 at 10.30 am", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    paragraph(pdf, "PRESENT: Councillor Margaret Dunne (Chairman), Councillor Robert Ashe (Vice-Chairman) and 71 other "
                   "members (see attendance list).")
    heading(pdf, "114  MINUTES", size=11)
    paragraph(pdf, "RESOLVED that the minutes of the meeting held on 11 December 2025 be confirmed and signed.")
    heading(pdf, "115  REVENUE BUDGET, CAPITAL PROGRAMME AND COUNCIL TAX 2026/27", size=11)
    paragraph(pdf, "(1) The Leader of the Council, Councillor Colin Brereton, moved the recommendations of the Cabinet "
                   "of 3 February 2026. Councillor Aisha Nwosu seconded the motion.")
    paragraph(pdf, "(2) In introducing the budget the Leader referred to the new extra care housing service at "
                   "Orchard Court, which Meadowlark Living will provide from 1 April 2026 at a cost of £2.1m a year.")
    paragraph(pdf, "(3) The Chief Finance Officer gave her statement under section 25 of the Local Government Act 2003. "
                   "She identified the principal risk to the budget as demand for children's placements exceeding the "
                   "growth of £9m provided. The risk is mitigated by a budget risk reserve of £15m and monthly "
                   "monitoring of placement numbers by Cabinet.")
    paragraph(pdf, "(4) Councillor Tom Beale moved, and Councillor Lucy Fenn seconded, an amendment to remove the "
                   "proposed increase in car parking charges at country parks. On being put to the vote the amendment "
                   "was LOST (23 for, 51 against, 0 abstentions).")
    paragraph(pdf, "(5) A recorded vote was taken on the substantive motion: 52 for, 20 against, 2 abstentions.")
    paragraph(pdf, "RESOLVED that the Council approve:")
    for text in ("(a) a net revenue budget for 2026/27 of £712.4m;",
                 "(b) a Band D council tax of £1,812.33 for 2026/27, an increase of 4.99 per cent;",
                 "(c) the capital programme for 2026/27 to 2028/29 totalling £286m;",
                 "(d) the treasury management strategy and prudential indicators for 2026/27;",
                 "(e) the extension of the highways term maintenance contract with Chalkdown Infrastructure for two "
                 "years, to 31 March 2029, at an annual cost of £27.5m;",
                 "(f) continued funding of £310,000 for 2026/27 to Wealdbury Community Transport Association for "
                 "dial-a-ride services;",
                 "(g) the flexible use of capital receipts of up to £4m to fund transformation projects."):
        bullet(pdf, text, marker="")
    heading(pdf, "116  PAY POLICY STATEMENT 2026/27", size=11)
    paragraph(pdf, "RESOLVED that the pay policy statement for 2026/27 be approved.")
    heading(pdf, "117  APPOINTMENT OF INDEPENDENT PERSON", size=11)
    paragraph(pdf, "RESOLVED that Mr David Hurst be appointed as an Independent Person under the Localism Act 2011 "
                   "for four years from 1 March 2026.")
    paragraph(pdf, "The meeting ended at 3.25 pm.")
    paragraph(pdf, "Chairman ........................................")
    save(pdf, path)


def farrowdale_s75(path):
    pdf = Paper(running_header="NHS Farrowdale Integrated Care Board - Strategic Commissioning Committee - 27 January 2026",
                footer="Item SCC 26/07 | Page {page} of {pages}", title="Section 75 agreement for integrated community services 2026-2029")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "NHS Farrowdale Integrated Care Board\nStrategic Commissioning Committee",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [["Meeting date", "27 January 2026"],
                ["Agenda item", "SCC 26/07"],
                ["Title", "Section 75 agreement for integrated community services 2026-2029"],
                ["Sponsoring director", "Director of Strategic Commissioning"],
                ["Purpose", "Decision"]], widths=[45, 125], header=None, size=10)
    heading(pdf, "1. Recommendations", size=11)
    paragraph(pdf, "The Committee is asked to:")
    for text in ("a) recommend to the ICB Board that the section 75 partnership agreement with Farrowdale City "
                 "Council be renewed for three years from 1 April 2026;",
                 "b) note the contracts held within the pooled fund, listed in Table 2;",
                 "c) agree that the hospital discharge transport contract with Swiftcare Patient Transport is not "
                 "renewed when it ends on 31 March 2026."):
        bullet(pdf, text, marker="")
    heading(pdf, "2. Background", size=11)
    paragraph(pdf, "Since 2019 the ICB (and before it the clinical commissioning group) and Farrowdale City Council have "
                   "pooled their budgets for community equipment, intermediate care, reablement and carers' support "
                   "under section 75 of the National Health Service Act 2006. The Council hosts the pooled fund.")
    heading(pdf, "3. Pooled fund 2026/27", size=11)
    table(pdf, [["Contributor", "2026/27 (£)"],
                ["NHS Farrowdale ICB", "12,100,000"],
                ["Farrowdale City Council", "7,500,000"],
                ["Total pooled fund", "19,600,000"]], widths=[80, 40], header="bold", size=9.5)
    paragraph(pdf, "Table 1 shows the contributions. Overspends will be shared 60:40 between the ICB and the Council, "
                   "in proportion to their contributions.")
    heading(pdf, "4. Contracts within the pooled fund", size=11)
    paragraph(pdf, "Table 2 lists the contracts paid from the pooled fund and the partner that manages each of them.")
    table(pdf, [["Service", "Provider", "Lead commissioner", "Annual value\n(£)", "Contract end"],
                ["Community equipment", "Hoistwell Equipment Services", "Farrowdale City Council", "2,450,000", "31/03/2028"],
                ["Intermediate care beds", "Sandpiper Care Homes", "NHS Farrowdale ICB", "1,780,000", "31/03/2027"],
                ["Carers' support", "Farrowdale Carers Network", "Farrowdale City Council", "410,000", "30/09/2026"],
                ["Reablement", "Council in-house team", "Farrowdale City Council", "3,100,000", "n/a"],
                ["Hospital discharge transport", "Swiftcare Patient Transport", "NHS Farrowdale ICB", "325,000", "31/03/2026"]],
          widths=[38, 44, 36, 28, 24], header="shaded", size=9)
    heading(pdf, "5. Risks", size=11)
    table(pdf, [["Risk", "Mitigation"],
                ["Demand for community equipment continues to grow faster than the budget, causing an overspend in "
                 "the pooled fund", "Prescriber training and a recycling target of 85% for returned equipment"],
                ["Sandpiper Care Homes may give notice on the intermediate care beds because of rising staff costs",
                 "Quarterly contract meetings and an agreed inflation uplift formula"],
                ["The risk-share leaves the ICB exposed to Council cost pressures", "Monthly joint finance review "
                 "and a cap on the ICB share of any overspend"]],
          widths=[90, 80], header="bold", size=9)
    heading(pdf, "6. Next steps", size=11)
    paragraph(pdf, "Subject to the Board's approval on 12 February 2026, the renewed agreement will be signed by both "
                   "partners before 31 March 2026.")
    save(pdf, path)


# ============================================================================ DOCX

def pellsworth_decision(path):
    doc = docxgen.new("Pellsworth Borough Council", dt.datetime(2025, 11, 14, 16, 0), font=("Arial", 11))
    docxgen.banner(doc, "PELLSWORTH BOROUGH COUNCIL")
    doc.add_paragraph("Record of Executive Decision", style="Heading 1")
    docxgen.table(doc, [["Decision reference", "ED/2025/077"],
                        ["Subject", "Community meals service: award of contract"],
                        ["Decision maker", "Cabinet Member for Adult Social Care, Councillor Hannah Brightwell"],
                        ["Date of decision", "14 November 2025"],
                        ["Key decision", "Yes (forward plan ref. FP/25/31)"]], header=False)
    doc.add_heading("Decision:", level=2)
    doc.add_paragraph("1. To award the community meals service to Warmplate Meals CIC for three years from 5 January "
                      "2026, at an estimated annual cost of £212,000, with the option of extending by up to 24 months.")
    doc.add_paragraph("2. To note that the interim meals arrangement with Pellsworth Lunch Club Association ends on "
                      "4 January 2026.")
    doc.add_heading("Reason(s) for decision:", level=2)
    doc.add_paragraph("Three tenders were received. Warmplate Meals CIC's tender gave the best combination of quality "
                      "(60%) and price (40%), scoring 82.5 out of 100. The second-placed bid, from Fresh Plate Catering, "
                      "cost £198,000 a year but scored lower on quality and on hot meal delivery times.")
    doc.add_heading("Alternative options considered and rejected:", level=2)
    doc.add_paragraph("Providing the service in house was rejected because it would cost an estimated £296,000 a year "
                      "and would need a new kitchen.")
    doc.add_heading("Financial implications:", level=2)
    doc.add_paragraph("The community meals budget for 2025/26 is £230,000. The contract will be met from this budget.")
    doc.add_heading("Risks:", level=2)
    doc.add_paragraph("Some clients could miss meals while the service changes provider. This will be managed by a "
                      "two-week overlap between the two services and daily welfare calls to clients who live alone.")
    doc.add_heading("Declarations of interest:", level=2)
    doc.add_paragraph("None.")
    docxgen.table(doc, [["Signed (decision maker)", "H Brightwell", "Date", "14/11/2025"],
                        ["Date of publication", "17/11/2025", "Call-in expires", "24/11/2025"]], header=False)
    doc.save(path)


def rushmead_dpia(path):
    doc = docxgen.new("Rushmead District Council - Information Governance", dt.datetime(2025, 8, 28, 11, 0), font=("Calibri", 11))
    docxgen.banner(doc, "Rushmead District Council")
    doc.add_paragraph("Data Protection Impact Assessment: Tenant repairs reporting app", style="Heading 1")
    doc.add_heading("Section 1: The project", level=2)
    docxgen.table(doc, [["Project name", "Tenant repairs reporting app"],
                        ["Service area", "Housing Property Services"],
                        ["Project lead", "Repairs Service Manager"],
                        ["Date of assessment", "28 August 2025"],
                        ["Planned go-live", "1 October 2025"]], header=False)
    doc.add_heading("Section 2: Describe the processing", level=2)
    doc.add_paragraph("Tenants will report repairs through an app, attaching photographs and choosing appointment "
                      "slots. The app is supplied by Brightdesk Software Ltd under a three-year licence agreement "
                      "costing £12,800 a year. Brightdesk hosts the data with its sub-processor Cloudharbour Hosting in "
                      "UK data centres.")
    doc.add_paragraph("Jobs are passed automatically to Hallowfield Property Services, the Council's responsive repairs "
                      "contractor, which receives the tenant's name, address, telephone number and the photographs.")
    doc.add_paragraph("Personal data: name, address, tenancy reference, contact details, photographs of the home, "
                      "vulnerability flags (for example, a disability that affects access). About 3,900 households "
                      "are in scope.")
    doc.add_heading("Section 3: Identify and assess risks", level=2)
    docxgen.table(doc, [["Risk to individuals", "Likelihood", "Severity", "Measures to reduce the risk", "Residual risk"],
                        ["Photographs may show people or personal items not needed for the repair",
                         "Probable", "Minimal", "App prompts users to photograph only the fault; photographs deleted "
                         "12 months after the job is closed", "Low"],
                        ["Vulnerability flags shared with the contractor beyond what operatives need", "Possible",
                         "Significant", "Only an access note is passed to the contractor, not the underlying condition",
                         "Low"],
                        ["Unauthorised access to tenant accounts through weak passwords", "Possible", "Significant",
                         "Two-step verification for all accounts; lock-out after five failed attempts", "Medium"],
                        ["Tenants without smartphones are left out of the new service", "Probable", "Significant",
                         "None identified yet", "High"]])
    doc.add_heading("Section 4: Sign-off", level=2)
    docxgen.table(doc, [["Data Protection Officer advice", "Processing may go ahead once the data processing agreement "
                                                         "with Brightdesk Software Ltd is signed."],
                        ["Approved by (SIRO)", "Director of Resources"],
                        ["Date approved", "3 September 2025"],
                        ["Review date", "1 April 2026"]], header=False)
    doc.save(path)


def halsworth_cabinet(path):
    doc = docxgen.new("Halsworth Borough Council", dt.datetime(2025, 12, 22, 10, 0), font=("Arial", 12))
    docxgen.banner(doc, "Halsworth Borough Council")
    doc.add_paragraph("Report to: Cabinet")
    doc.add_paragraph("Date of meeting: 13 January 2026")
    doc.add_paragraph("Report of: Director of Adult Services")
    doc.add_paragraph("Portfolio: Adult Social Care and Health")
    doc.add_paragraph("Recommissioning supported living for adults with learning disabilities", style="Heading 1")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("To seek approval to commission a new supported living framework and to extend the current "
                      "arrangements while it is put in place.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("That Cabinet:")
    doc.add_paragraph("approves the establishment of a supported living framework from 1 July 2026 for four years, "
                      "with an estimated total value of £46m;", style="List Number")
    doc.add_paragraph("approves the extension of the three current supported living contracts to 30 June 2026;",
                      style="List Number")
    doc.add_paragraph("delegates the award of places on the framework to the Director of Adult Services, in "
                      "consultation with the Cabinet Member for Adult Social Care and Health;", style="List Number")
    doc.add_paragraph("notes that the outreach contract with Stepping Stones Outreach will end on 31 March 2026.",
                      style="List Number")
    doc.add_heading("3. Current arrangements", level=2)
    doc.add_paragraph("3.1 The Council supports 131 adults with learning disabilities in supported living. The largest "
                      "share is provided by Willowmead Support, whose contract is worth £3.2m a year and covers "
                      "fourteen shared houses. Larchwood Care supports 38 people in their own tenancies and is paid "
                      "£1.86m a year. Halsworth Independent Living Trust, a local charity, receives £940,000 a year "
                      "for a further 22 people.")
    doc.add_paragraph("3.2 All three contracts were let in April 2019 for five years with two optional one-year "
                      "extensions. Both extensions have been used, so the contracts end on 31 March 2026. A further "
                      "three-month extension is allowed under the exemption in paragraph 6.4 of the Contract "
                      "Procedure Rules and would cost £1.5m in total across the three providers.")
    doc.add_paragraph("3.3 Stepping Stones Outreach has delivered a drop-in outreach service for £120,000 a year. "
                      "This work will be included in the new framework, so the outreach contract will not be renewed.")
    doc.add_heading("4. Proposed model", level=2)
    doc.add_paragraph("4.1 Providers will join the framework after a quality assessment and will then bid for "
                      "packages through mini-competitions. The framework will be open to new providers every year.")
    doc.add_paragraph("4.2 The supported living budget for 2026/27 is £6.4m, including an uplift of 5.2 per cent for "
                      "the National Living Wage.")
    doc.add_heading("5. Risks", level=2)
    doc.add_paragraph("5.1 There is a risk that too few providers join the framework, leaving the Council unable to "
                      "place people quickly. Market engagement events were held in October and November 2025 and "
                      "eleven providers have expressed interest.")
    doc.add_paragraph("5.2 Moving to new providers could unsettle people who have been supported by the same staff "
                      "for many years. The framework will allow existing providers to continue with current packages "
                      "where people and families wish it.")
    doc.add_heading("6. Consultation", level=2)
    doc.add_paragraph("People who use the services, their families and the Learning Disability Partnership Board were "
                      "consulted between September and November 2025.")
    doc.add_paragraph("Contact officer: Head of Commissioning, Adult Services.")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "wyrebridge-leisure-trust_2025-09-23_board-of-trustees_minutes.txt").write_text(WYREBRIDGE_TXT, encoding="utf-8")
    (PAPERS / "glenarrow-ijb_2025-11-26_integration-joint-board_minutes.md").write_text(GLENARROW_MD, encoding="utf-8")
    (PAPERS / "orrindale-bc_2025-07-22_waste-and-recycling-annual-report.md").write_text(ORRINDALE_MD, encoding="utf-8")
    (PAPERS / "calverdon-city_2025-12-09_housing-and-communities-committee_decision-notice.html").write_text(calverdon_notice(), encoding="utf-8")
    (PAPERS / "tamsfield-ca_2026-01-15_ca-board_public-questions.html").write_text(tamsfield_questions(), encoding="utf-8")
    (PAPERS / "stourwick-dc_2026-02-04_cabinet_agenda-and-decisions.html").write_text(stourwick_meeting(), encoding="utf-8")
    aldercombe_board(PAPERS / "aldercombe-hospitals_2025-10-30_board-of-directors_minutes.pdf")
    wealdbury_budget(PAPERS / "wealdbury-cc_2026-02-19_county-council_budget-minutes.pdf")
    farrowdale_s75(PAPERS / "farrowdale-icb_2026-01-27_strategic-commissioning-committee_section-75.pdf")
    pellsworth_decision(PAPERS / "pellsworth-bc_2025-11-14_executive-decision_community-meals.docx")
    rushmead_dpia(PAPERS / "rushmead-dc_2025-08-28_dpia_tenant-repairs-app.docx")
    halsworth_cabinet(PAPERS / "halsworth-bc_2026-01-13_cabinet_supported-living-recommissioning.docx")


if __name__ == "__main__":
    main()
