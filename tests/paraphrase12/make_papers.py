"""Build the paraphrase12 BLIND papers (fictional authorities, providers, people and figures).

    .venv/bin/python tests/paraphrase12/make_papers.py

Writes twelve papers in tests/paraphrase12/papers/: three PDFs (police and crime panel minutes, a
fire and rescue authority's record of an officer decision, an audit and governance committee
report with a landscape corporate risk register page), three DOCX (an NHS foundation trust's
Board Assurance Framework summary with the board's decisions, overview and scrutiny minutes that
recommend to Cabinet, an ICB primary care paper with a providers table in £000s), three HTML pages
(health and wellbeing board minutes on the Better Care Fund, a council news page inside a full site
with navigation, breadcrumbs, a cookie banner and footer, a ModernGov "Decision details" page) and
three text files (town council minutes with minute references and a payments schedule, a cabinet
member's delegated decision notice, a joint waste partnership's annual report).  This set is BLIND:
it is scored once per stop and its misses are never read.  Every sentence, name and figure is
invented.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
from paraphrase11.make_papers import moderngov  # noqa: E402
from pdfgen import Paper, bullet, heading, paragraph, save, table  # noqa: E402

PAPERS = HERE / "papers"


# ============================================================================ TXT / MD

BRACKENHOLT_TXT = """BRACKENHOLT TOWN COUNCIL

Minutes of the Meeting of the Full Council held on Tuesday 12 November 2024 at 7.00pm
in the Assembly Room, Market Hall, Brackenholt

Present:        Cllr Joan Pemberton (Town Mayor, in the chair), Cllrs Rotimi Adebayo, Sean Cullen,
                Maureen Farrant, Hugh Lowther, Priti Nanda and Tom Whitlock
In attendance:  Mrs Karen Ashdown (Town Clerk and RFO); three members of the public

24/108  APOLOGIES FOR ABSENCE
        Apologies were received from Cllr Derek Orme (work commitments) and were accepted.

24/109  DECLARATIONS OF INTEREST
        Cllr Nanda declared a non-pecuniary interest in minute 24/115 as a trustee of the Brackenholt
        Youth Cafe and did not vote on that item.

24/110  MINUTES
        RESOLVED that the minutes of the meeting held on 8 October 2024 be approved and signed by the
        Mayor as a correct record.

24/111  PUBLIC PARTICIPATION
        A resident raised the state of the footpath beside the cemetery wall. The Clerk will report it
        to the county highways team.

24/112  FINANCE
        (a) Schedule of payments for October 2024

        Date       Payee                             Detail                              Amount £
        01/10/24   Greensward Grounds Ltd            Grounds maintenance, October        1,950.00
        03/10/24   Brackenholt Electrical Services   Repair to lamp column 14              412.80
        09/10/24   Norland Water                     Cemetery standpipe, water rates        86.14
        15/10/24   Pelham Office Supplies            Stationery and toner                   58.20
        25/10/24   HMRC                              PAYE and NI, month 7                1,204.66
        25/10/24   Staff salaries                    October (net)                       2,118.40
        28/10/24   Chalcot Payroll Bureau            Payroll service                        45.00
                                                     Total                               5,875.20

        RESOLVED that the payments listed, totalling £5,875.20, be approved.

        (b) The Clerk reported that the combined bank balance stood at £142,318.55 as at 31 October
        2024, of which £60,000 is held in earmarked reserves for the pavilion roof.

        (c) Precept 2025/26. Members considered the draft budget recommended by the Finance and
        General Purposes Committee.
        RESOLVED to request a precept of £186,400 for 2025/26, an increase of 3.8 per cent for a
        Band D property.

24/113  GROUNDS MAINTENANCE CONTRACT
        Three tenders had been opened by the Mayor and the Clerk on 1 November 2024. The tender from
        Fieldcraft Landscapes, at £26,950 a year, scored well on quality but was the most expensive.
        RESOLVED that the contract for the maintenance of the parks, cemetery and verges be awarded to
        Greensward Grounds Ltd, the lowest compliant tenderer, for three years from 1 April 2025 at
        £23,400 per annum.

24/114  FESTIVE LIGHTING
        Members were pleased with the lights supplied last year.
        It was RESOLVED to accept the quotation of £6,850 (excluding VAT) from Twinkleworks Displays to
        install, maintain and take down the town centre festive lighting this season. The switch-on
        will be on Saturday 30 November 2024.

24/115  GRANTS
        RESOLVED, using the power in section 137 of the Local Government Act 1972, to award grants of
        £2,500 to the Brackenholt Youth Cafe towards its Friday evening sessions and £750 to
        Brackenholt in Bloom for planters on Station Road.

24/116  CCTV
        The Clerk reported that the town centre CCTV cameras continue to be monitored by Watchline
        Security on the existing terms until 31 March 2025. Members asked the Clerk to obtain
        alternative quotations before the next budget is set.

24/117  FEES AND CHARGES
        RESOLVED that (i) from 1 January 2025 the Market Hall hire charge be £18 an hour for local
        groups, and (ii) allotment rents for 2025/26 be £42 for a full plot and £24 for a half plot.

24/118  DATE OF NEXT MEETING
        Tuesday 10 December 2024 at 7.00pm in the Market Hall.

The meeting closed at 8.52pm.

Signed ..................................... Town Mayor        Date ....................

Town Clerk: Karen Ashdown, Market Hall, Brackenholt. Tel 01632 960418. clerk@brackenholt-tc.example
"""


WRENFIELD_TXT = """WRENFIELD BOROUGH COUNCIL

RECORD OF A DECISION TAKEN BY A CABINET MEMBER UNDER DELEGATED POWERS

Decision number:   CMD/2025/042
Cabinet Member:    Councillor Natalie Osei, Cabinet Member for Housing and Wellbeing
Subject:           Home improvement agency and adaptations service
Date of decision:  29 August 2025
Key decision:      Yes - included in the Forward Plan published on 25 July 2025

---------------------------------------------------------------------------------------------------
DECISION

1. I approve the award of the home improvement agency contract to Foxglove Home Improvement Agency
   for four years from 1 October 2025. The contract may be extended once, by up to two more years.

2. I authorise the Head of Private Sector Housing to agree any extension, after consulting me.

---------------------------------------------------------------------------------------------------
REASONS FOR THE DECISION

Since Wrenfield Care and Repair went into administration on 14 March 2025, disabled adaptations have
been arranged case by case, mainly through Hollin Builders, a local firm engaged on a spot-purchase
basis. Waiting times for a level-access shower have grown from 19 to 31 weeks.

Foxglove Home Improvement Agency submitted the highest-scoring of five bids in an open procedure.
Its bid includes a caseworker for each applicant, a small repairs service for people over 70 and a
target of 12 weeks from referral to completion.

ALTERNATIVE OPTIONS

Running the agency in house was considered. It was not preferred because the Council has no
surveyors or caseworkers in this field and recruitment would take at least a year.

Continuing with spot purchasing was rejected as it gives no control over waiting times or prices.

FINANCIAL IMPLICATIONS

The agency will be paid £270,000 a year, which is £1.08m over the four-year term, met from the
Disabled Facilities Grant. The Council's Disabled Facilities Grant allocation for 2025/26 is
£2.63m. The average cost of an adaptation last year was £8,900.

CONSULTATION

Ward members, the occupational therapy team and the Wrenfield Disability Forum were consulted. The
Forum asked for applicants to be able to choose their own contractor where they wish, and this has
been written into the specification.

DECLARATIONS OF INTEREST

Councillor Osei declared that she is a volunteer driver for Age Concern Wrenfield, which is not a
party to this contract. No dispensation was required.

---------------------------------------------------------------------------------------------------
Signed:  N Osei (Cabinet Member)                 Date: 29/08/2025
Publication date: 1 September 2025.  Call-in period ends: 5pm, 8 September 2025.
Contact officer: Head of Private Sector Housing, tel. 01632 960231.
"""


TARNSIDE_MD = """# Tarnside Waste Partnership Joint Committee

## Annual Report 2024/25

*Presented to the Joint Committee on 26 June 2025*

The Tarnside Waste Partnership brings together Tarnside Borough Council, Eastholm District Council and
Brindle Vale District Council to treat and dispose of the waste their 212,000 households produce.
Tarnside Borough Council acts as lead authority and signs contracts on the partnership's behalf.

### Recommendation

That the Joint Committee approves this annual report for publication on the partnership website.

### The year in numbers

- Household waste handled: 198,400 tonnes (2023/24: 203,100)
- Share recycled, composted or reused: 51.2 per cent
- Waste sent to landfill: under 1 per cent
- Partnership budget: £27.9m, shared Tarnside 46%, Eastholm 31% and Brindle Vale 23%
- Savings delivered: £410,000 against a target of £380,000

### Our contractors

Every tonne of black-bag waste the three councils collect goes to the Pennick Road energy recovery
facility. The plant is run by Caldermoss Energy Recovery Ltd under a 25-year contract that began in
2013 and runs until March 2038. Payments to the operator came to £14.6m in the year.

Mixed recycling is sorted at Eastholm by Cleanstream Materials. That contract was let in April 2022
for seven years at about £3.3m a year and falls due for renewal on 31 March 2029.

The four household waste recycling centres were managed by Tiplow Environmental, paid £2.75m in
2024/25. Its contract ends on 30 September 2026.

A grant of thirty-five thousand pounds was made to Tarnside Reuse Network for its repair cafes and the
reuse shop at Brindle Vale recycling centre.

Food waste from Eastholm is currently taken to an anaerobic digestion plant at a gate fee of £28 a
tonne. Following a joint procurement, the partnership has appointed Greenmantle Biogas to treat the
food waste of all three councils once weekly collections start everywhere.

### Money

The partnership ended the year £96,000 under budget. The Joint Committee's reserve was £1.2m at
31 March 2025. Income from the sale of recyclable materials was £1.9m.

### Risks we are managing

Payments under the packaging extended producer responsibility scheme may fall in later years. The
partnership has not relied on them in its base budget and holds them in the reserve until the
amounts are confirmed.

Few firms may bid to run the recycling centres. To prevent this, a market engagement day was held in
May 2025 and the centres will be offered as a single lot with a longer term.

### Looking ahead

| When | What |
|---|---|
| 18 September 2025 | Next meeting of the Joint Committee |
| December 2025 | Tender for the recycling centres published |
| 1 April 2026 | Greenmantle Biogas starts treating food waste for all three councils |
| 30 September 2026 | Current recycling centres contract ends |
| 31 March 2029 | Cleanstream Materials contract due for renewal |

*Partnership Manager, Tarnside Waste Partnership, c/o Tarnside Borough Council, Town Hall, Tarnside.*
"""


# ============================================================================ HTML

def fennick_hwb() -> str:
    return """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>Minutes - Health and Wellbeing Board - 15 July 2025 | Fennick Council</title></head>
<body>
<header><a href="/" class="brand">Fennick Council</a> <nav><a href="/your-council">Your council</a> <a href="/meetings">Meetings</a></nav></header>
<main>
<h1>Health and Wellbeing Board</h1>
<p><strong>Minutes of the meeting held on Tuesday 15 July 2025 at 2.00pm, Committee Room 2, Fennick Civic Centre</strong></p>
<p><strong>Present:</strong> Councillor Ruth Maddox (Chair, Cabinet Member for Health and Adult Care), Dr Imran Qadir (Vice-Chair, NHS Lowmoor Integrated Care Board), Councillor Peter Yeo, Alison Brear (Director of Adult Social Care), Dr Helen Caine (Director of Public Health), Martin Tull (Healthwatch Fennick), Sue Brannigan (Fennick Voluntary Action).</p>

<h2>12. Minutes of the last meeting</h2>
<p>The minutes of the meeting held on 6 May 2025 were agreed as a correct record.</p>

<h2>13. Better Care Fund plan 2025-26</h2>
<p>The Director of Adult Social Care presented the Better Care Fund plan, which had been submitted to NHS England on 31 March 2025 subject to the Board's approval. The fund is pooled under a section 75 agreement between the Council and NHS Lowmoor Integrated Care Board, with the Council as host.</p>
<p>For 2025/26 the pooled fund is &pound;31.7m, made up of the NHS minimum contribution of &pound;19.2m, the Disabled Facilities Grant of &pound;3.4m and &pound;9.1m of local authority grant.</p>
<p>Members were told which organisations deliver the main schemes:</p>
<ul>
<li>Home First reablement, delivered by the Council's own reablement team: &pound;4.6m;</li>
<li>discharge to assess beds, bought from Cedarlea Care Group: &pound;2.25m;</li>
<li>Mobilis Equipment Services supplies and collects community equipment, for &pound;1.9m;</li>
<li>carers' breaks and advice, provided by Fennick Carers Together, &pound;640,000;</li>
<li>the falls response service run by Lowmoor Community Health NHS Trust, &pound;1.1m;</li>
<li>a handyperson service from Safe at Home Fennick CIC, funded from the Disabled Facilities Grant at &pound;380,000.</li>
</ul>
<p>Social prescribing is also part of the plan; it continues to be delivered by Fennick Voluntary Action under its contract with the ICB. Sue Brannigan declared an interest in this part of the item.</p>
<p>The Director warned that hospital discharges may again rise faster than the discharge funding allows, leaving people waiting in hospital. A contingency of &pound;500,000 is held within the fund and the discharge hub reviews every delayed case each morning.</p>
<p>The Board agreed the Better Care Fund plan for 2025-26 and the section 75 agreement that gives effect to it.</p>
<p>The Board noted the quarter 4 return for 2024-25 and that the avoidable admissions target had been missed.</p>

<h2>14. Childhood healthy weight</h2>
<p>Dr Caine introduced the new chapter of the Joint Strategic Needs Assessment. At reception age, 23.4 per cent of children in Fennick are overweight or obese.</p>
<p>The Board noted the chapter and agreed to make childhood healthy weight a priority in the refreshed joint health and wellbeing strategy.</p>

<h2>15. Pharmaceutical Needs Assessment 2025</h2>
<p>The Board agreed to delegate final approval of the Pharmaceutical Needs Assessment to the Director of Public Health, in consultation with the Chair, so that it can be published by 1 October 2025.</p>

<h2>16. Date of next meeting</h2>
<p>Tuesday 16 September 2025 at 2.00pm.</p>
</main>
<footer><p>Fennick Council, Civic Centre, Fennick. Democratic Services 01632 960903.</p></footer>
</body></html>
"""


def dunmarrow_news() -> str:
    return """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>New repairs partner for council homes | Dunmarrow District Council</title>
<link rel="stylesheet" href="/static/css/main.css"></head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookies on this website">
<p><strong>Cookies on dunmarrow.gov.example</strong></p>
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site. These will only be set if you accept.</p>
<button class="btn">Accept analytics cookies</button> <button class="btn">Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<a href="/" class="logo"><img src="/static/img/dunmarrow-logo.svg" alt="Dunmarrow District Council"></a>
<form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
<nav class="main-nav"><ul>
<li><a href="/bins-and-recycling">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li>
<li><a href="/housing">Housing</a></li>
<li><a href="/planning">Planning and building control</a></li>
<li><a href="/news">News</a></li>
<li><a href="/your-council">Your council</a></li>
</ul></nav>
</header>
<div class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/2025">2025</a></li><li>New repairs partner for council homes</li></ol></div>
<main id="main-content">
<article class="news-article">
<h1>New repairs partner for council homes</h1>
<p class="published">Published: 2 October 2025</p>
<p class="lede">Tenants of Dunmarrow's 4,800 council homes will have repairs carried out by a new firm from the new year.</p>
<p>Hearthstone Property Care has won the contract for responsive repairs and for getting empty homes ready for new tenants. It will start work on 1 January 2026. The contract is worth about two point four million pounds a year and will run for five years, with the option of extending it by up to five more.</p>
<p>The decision was taken by the Council's Cabinet on 23 September 2025 after a tender that attracted six bids.</p>
<p>Hearthstone takes over from Castleward Building Services, whose contract finishes at the end of December 2025.</p>
<p>Councillor Marian Thewlis, Cabinet Member for Housing, said: &ldquo;Our tenants told us loud and clear that repairs take too long and that too many jobs need a second visit. Hearthstone will have to fix most problems first time, and we will publish how they are doing every three months.&rdquo;</p>
<p>She added: &ldquo;I'm also pleased that Hearthstone will open a depot on Foundry Way, bringing 35 jobs and six apprenticeships to the district.&rdquo;</p>
<p>All Hearthstone operatives will be paid at least the real Living Wage of &pound;12.60 an hour. The Council's budget for housing repairs this year is &pound;11.2m, and 78 per cent of tenants said they were satisfied with the last repair they had.</p>
<h2>Reporting a repair</h2>
<p>Tenants should carry on reporting repairs in the usual way, online or on 01632 960555, and nothing changes for jobs already booked.</p>
</article>
<aside class="related">
<h2>Related news</h2>
<ul>
<li><a href="/news/2025/council-tax-reminder">Council tax reminder letters go out</a> <span>29 September 2025</span></li>
<li><a href="/news/2025/tenant-panel">Join our tenants' panel</a> <span>12 September 2025</span></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>Dunmarrow District Council, Riverside House, Dunmarrow. Telephone 01632 960500.</p>
<p>&copy; 2025 Dunmarrow District Council</p>
</footer>
</body></html>
"""


def quillbury_decision() -> str:
    body = """<h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Home to school transport: award of SEND routes</h2>
<p class="mgSubSubTitleTxt">Decision Maker: Cabinet Member for Children and Education</p>
<p class="mgSubSubTitleTxt">Decision status: Recommendations Approved</p>
<p class="mgSubSubTitleTxt">Is Key decision?: Yes</p>
<p class="mgSubSubTitleTxt">Is subject to call in?: Yes</p>
<h3 class="mgSubSubTitleTxt">Purpose:</h3>
<p>To award contracts for home to school transport routes for pupils with special educational needs and disabilities after a mini-competition on the Council's dynamic purchasing system.</p>
<h3 class="mgSubSubTitleTxt">Decision:</h3>
<p>1. To award contracts for 46 home to school transport routes for pupils with special educational needs and disabilities to the operators below, from 5 January 2026 until 31 July 2028:</p>
<table class="mgStatsTable">
<tr><th>Operator</th><th>Routes</th><th>Annual value</th></tr>
<tr><td>Amberline Travel</td><td>19</td><td>&pound;1,212,000</td></tr>
<tr><td>Quillbury Community Minibus Trust</td><td>11</td><td>&pound;486,000</td></tr>
<tr><td>Swiftstar Taxis</td><td>16</td><td>&pound;738,500</td></tr>
<tr><td>Total</td><td>46</td><td>&pound;2,436,500</td></tr>
</table>
<p>2. To note that routes needed for new pupils will be bought through the dynamic purchasing system as they arise.</p>
<h3 class="mgSubSubTitleTxt">Reasons for the decision:</h3>
<p>The current routes, most of them run by Redgate Coaches, end on 19 December 2025. The mini-competition gave prices 7 per cent below the current routes, and each operator met the Council's standards for vehicles, driver checks and passenger assistants.</p>
<h3 class="mgSubSubTitleTxt">Alternative options considered:</h3>
<p>A council-run fleet was costed at &pound;2.9m a year, excluding the purchase of vehicles, and rejected. Offering personal travel budgets to all families was rejected because few families asked for them; they remain available on request.</p>
<h3 class="mgSubSubTitleTxt">Interests and nature of interests declared:</h3>
<p>None</p>
<p class="mgSubSubTitleTxt">Publication date: 21/11/2025</p>
<p class="mgSubSubTitleTxt">Date of decision: 20/11/2025</p>
<p class="mgSubSubTitleTxt">Effective from: 29/11/2025</p>
<p class="mgSubSubTitleTxt">Call-in deadline: 28/11/2025 5.00 pm</p>
<p class="mgSubSubTitleTxt">This decision has been called in by: none</p>
<h3 class="mgSubSubTitleTxt">Accompanying Documents:</h3>
<ul class="mgActionList"><li><a href="/documents/s61204/SEND%20transport%20report.pdf">SEND transport report</a> PDF 412 KB</li>
<li><a href="/documents/s61205/Equality%20impact%20assessment.pdf">Equality impact assessment</a> PDF 198 KB</li></ul>
<p class="mgSubSubTitleTxt">Key decision reference: KD2025/118</p>
<p class="mgSubSubTitleTxt">Contact: Travel Assistance Manager, Email: travel.assistance@quillbury.example Tel: 01632 960684</p>"""
    return moderngov("Quillbury City Council", "Decision details - Home to school transport: award of SEND routes", body,
                     '<a href="/mgDelegatedDecisions.aspx">Decisions</a> &gt; Decision details')


# ============================================================================ PDF

def thornmere_pcp(path):
    pdf = Paper(running_header="Thornmere Police and Crime Panel - 19 June 2025",
                footer="Page {page}", title="Minutes of the Thornmere Police and Crime Panel, 19 June 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "THORNMERE POLICE AND CRIME PANEL", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Minutes of the meeting held on Thursday 19 June 2025 at 10.00am at Shire Hall, Thornmere. "
                   "The Panel is supported by Thornmere County Council as host authority.")
    paragraph(pdf, "Members present: Councillor Graham Ibbotson (Chair), Councillor Nadia Rehman (Vice-Chair), "
                   "Councillors Philip Dorey, Wendy Saxby, Owen Trask and Ken Vaughan; Eleanor Shaw and Michael Achebe "
                   "(independent co-opted members).")
    paragraph(pdf, "Also present: Dana Whitcombe (Police and Crime Commissioner), Rob Ellery (Chief Executive, Office "
                   "of the Police and Crime Commissioner), Helen Marsh (Chief Finance Officer to the Commissioner).")
    heading(pdf, "PCP/25/14  Minutes", size=11)
    paragraph(pdf, "The minutes of the meeting held on 13 March 2025 were agreed and signed by the Chair.")
    heading(pdf, "PCP/25/15  Public questions", size=11)
    paragraph(pdf, "No public questions had been received.")
    heading(pdf, "PCP/25/16  Commissioner's annual report 2024/25", size=11)
    paragraph(pdf, "The Commissioner introduced her annual report. Overall recorded crime had fallen by 4 per cent and "
                   "the force had recruited 61 additional officers. The Band D police precept for 2025/26 is £287.45 "
                   "and the force's net revenue budget is £236.9m.")
    paragraph(pdf, "Councillor Saxby asked what support victims of crime could expect. The Commissioner replied that "
                   "every victim is now contacted within two days. Since April 2024 the victims' hub has been run for "
                   "her office by Beacon Victim Care, under a contract worth £1.38m a year which runs to 31 March 2027.")
    paragraph(pdf, "Councillor Dorey asked about domestic abuse. The Commissioner said the perpetrator programme, "
                   "currently delivered by Turnpoint Change, had reduced repeat referrals and would be "
                   "recommissioned so that a new contract can start on 1 April 2026.")
    paragraph(pdf, "Mrs Shaw asked how the Safer Streets community fund had been spent. The Commissioner said that 41 "
                   "projects had shared £310,000; the largest award, £48,000, went to Thornmere Rural Watch for "
                   "farm and machinery crime patrols.")
    paragraph(pdf, "The Panel resolved to note the annual report and to ask the Commissioner to include response times "
                   "for rural areas in her next performance report.")
    heading(pdf, "PCP/25/17  Financial outturn 2024/25", size=11)
    paragraph(pdf, "The Chief Finance Officer reported an underspend of £1.9m, which has been transferred to the "
                   "general reserve. She said the greatest financial risk for 2025/26 is a police pay award above "
                   "the 2.5 per cent assumed in the budget. A contingency of £1.5m is held and the Commissioner "
                   "would review the capital programme if the award were higher.")
    paragraph(pdf, "The Panel resolved to note the outturn report.")
    heading(pdf, "PCP/25/18  Complaints", size=11)
    paragraph(pdf, "No complaints about the Commissioner had been received since the last meeting. The Panel resolved "
                   "to note the complaints update.")
    heading(pdf, "PCP/25/19  Independent co-opted member", size=11)
    paragraph(pdf, "The Panel resolved to reappoint Eleanor Shaw as an independent co-opted member until 30 June 2029.")
    heading(pdf, "PCP/25/20  Work programme and panel funding", size=11)
    paragraph(pdf, "The host authority's Home Office grant for running the Panel in 2025/26 is £72,300.")
    paragraph(pdf, "The Panel resolved to approve its work programme for 2025/26, adding a session on rural crime in "
                   "October 2025.")
    heading(pdf, "PCP/25/21  Date of next meeting", size=11)
    paragraph(pdf, "Thursday 18 September 2025 at 10.00am.")
    paragraph(pdf, "Chair ........................................")
    save(pdf, path)


def kestrelmoor_decision(path):
    pdf = Paper(running_header="Kestrelmoor Fire and Rescue Authority - Officer decision OD/2025/19",
                footer="OFFICIAL | Page {page} of {pages}",
                title="Breathing apparatus supply and maintenance contract")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Kestrelmoor Fire and Rescue Authority\nRecord of Officer Decision", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [["Reference", "OD/2025/19"],
                ["Subject", "Breathing apparatus supply and maintenance contract"],
                ["Decision taken by", "Chief Fire Officer, Andrew Rooke"],
                ["Authority for decision", "Scheme of Delegation to Officers, paragraph 4.3 (contracts over £500,000 "
                                           "within the approved capital programme)"],
                ["Date of decision", "8 September 2025"]], widths=[50, 120], header=None, size=10)
    heading(pdf, "1. Decision", size=11)
    bullet(pdf, "1.1 To award the contract for the supply, maintenance and replacement of breathing apparatus sets "
                "to Airguard Respiratory Systems Ltd for five years from 1 November 2025 at a total cost of "
                "£1,640,000, with an option to extend for two further periods of twelve months.", marker="")
    bullet(pdf, "1.2 To authorise the Head of Procurement to sign the contract on the Authority's behalf.", marker="")
    heading(pdf, "2. Reasons", size=11)
    paragraph(pdf, "The Service's 310 breathing apparatus sets are eleven years old and parts for them will no longer "
                   "be made after 2026. The contract for servicing the present sets, held by Brantwood Safety "
                   "Services, expires on 31 October 2025.")
    paragraph(pdf, "Airguard's tender scored highest of the four received (88 out of 100). Its sets are lighter, carry "
                   "built-in telemetry and are already used by two neighbouring services, which will make joint "
                   "incidents safer.")
    heading(pdf, "3. Alternatives considered and rejected", size=11)
    paragraph(pdf, "a) Refurbishing the existing sets: quoted at £410,000 for only two more years of life, and "
                   "rejected as poor value.")
    paragraph(pdf, "b) Waiting to join a regional collaborative procurement: rejected because it would not conclude "
                   "before the present servicing contract ends.")
    heading(pdf, "4. Financial implications", size=11)
    paragraph(pdf, "The capital programme for 2025/26 includes £1.8m for breathing apparatus. The annual servicing "
                   "element is met from the operational equipment revenue budget of £615,000.")
    heading(pdf, "5. Risks", size=11)
    paragraph(pdf, "Delays in the manufacturer's supply chain could hold up delivery of the new sets. The contract "
                   "requires a buffer stock of 20 sets to be held locally and the old sets will be kept until every "
                   "station has changed over.")
    paragraph(pdf, "Firefighters need to be confident with unfamiliar equipment before it is used at incidents. The "
                   "changeover will be phased station by station, with training given by the supplier's own "
                   "instructors.")
    heading(pdf, "6. Consultation and interests", size=11)
    paragraph(pdf, "The representative bodies were consulted through the Health and Safety Committee on 2 September "
                   "2025. No interests were declared by the decision maker or the officers involved.")
    table(pdf, [["Signed (decision maker)", "A Rooke, Chief Fire Officer", "8 September 2025"],
                ["Treasurer consulted", "J Tennant, Treasurer", "5 September 2025"],
                ["Monitoring Officer consulted", "L Fairbrother, 01632 960772", "5 September 2025"]],
          widths=[55, 70, 45], header=None, size=9.5)
    save(pdf, path)


def hexley_audit(path):
    pdf = Paper(running_header="Hexley County Council - Audit and Governance Committee - 25 September 2025",
                footer="Page {page} of {pages}", title="Corporate risk register and internal audit update")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "Hexley County Council\nAudit and Governance Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, [["Date of meeting", "25 September 2025"],
                ["Report of", "Director of Finance (Section 151 Officer)"],
                ["Title", "Corporate risk register and internal audit update"],
                ["Wards affected", "All"],
                ["Exempt information", "None"]], widths=[45, 125], header=None, size=10)
    heading(pdf, "1. Recommendations", size=11)
    paragraph(pdf, "It is recommended that the Committee:")
    for text in ("(a) notes the corporate risk register at Appendix A;",
                 "(b) approves the extension of the internal audit contract with Ledgerwood Assurance LLP for one "
                 "year to 31 March 2027;",
                 "(c) notes progress against the internal audit plan for 2025/26."):
        bullet(pdf, text, marker="")
    heading(pdf, "2. Corporate risk register", size=11)
    paragraph(pdf, "The register at Appendix A shows the Council's corporate risks as at 30 June 2025, scored as "
                   "likelihood times impact on a five-point scale. Two risks score 20 and are reported to Cabinet "
                   "every quarter.")
    heading(pdf, "3. Internal audit", size=11)
    paragraph(pdf, "Internal audit has been provided by Ledgerwood Assurance LLP since April 2022 under a four-year "
                   "contract at £172,500 a year, running until 31 March 2026. The contract allows a one-year "
                   "extension; for 2026/27 the fee would be £186,000 for the same 1,150 audit days, an effective "
                   "day rate of £162.")
    paragraph(pdf, "Of the 42 audits in the 2025/26 plan, 17 are complete. Three gave limited assurance: payroll "
                   "overtime, school purchase cards and the fleet workshop.")
    paragraph(pdf, "The counter-fraud service continues to be bought from Tarrow County Council under the shared "
                   "service agreement. The external auditor, Brennan Kite LLP, was appointed by the national "
                   "appointing body and its scale fee for 2024/25 is £298,000.")
    heading(pdf, "4. Financial implications", size=11)
    paragraph(pdf, "The extension can be met from the existing internal audit budget. The medium-term financial "
                   "strategy requires savings of £14.3m by 2027/28.")
    paragraph(pdf, "Contact officer: Head of Audit and Risk, tel. 01632 960127.")
    pdf.add_page(orientation="L")
    heading(pdf, "Appendix A: Corporate risk register (as at 30 June 2025)", size=11)
    table(pdf, [["Ref", "Risk", "Cause", "L", "I", "Score", "Key controls", "Owner"],
                ["CR01", "The adult social care market cannot supply enough care at rates the Council can afford",
                 "Care worker shortages; rising provider costs", "4", "4", "16",
                 "Market sustainability plan; fee uplift for 2025/26; provider failure protocol",
                 "Director of Adult Social Care"],
                ["CR02", "A cyber attack disrupts council services and exposes personal data",
                 "Ransomware aimed at the public sector; ageing systems", "4", "5", "20",
                 "Multi-factor authentication; offline backups; annual penetration test; staff training",
                 "Chief Digital Officer"],
                ["CR03", "The Council cannot close its medium-term budget gap",
                 "Demand growth and uncertain government funding", "5", "4", "20",
                 "Savings programme; monthly budget monitoring; reserves strategy",
                 "Director of Finance"],
                ["CR04", "The high needs deficit in the Dedicated Schools Grant keeps growing",
                 "More education, health and care plans; deficit of £38.6m at 31 March 2025", "4", "4", "16",
                 "Deficit management plan agreed with the Department; new special school places",
                 "Director of Children's Services"],
                ["CR05", "The highways capital programme is not delivered on time",
                 "Contractor capacity; construction inflation", "3", "3", "9",
                 "Quarterly programme board; early contractor involvement", "Director of Place"]],
          widths=[12, 58, 45, 8, 8, 12, 62, 38], header="shaded", size=8.5)
    save(pdf, path)


# ============================================================================ DOCX

def penwarden_baf(path):
    doc = docxgen.new("Penwarden Community Healthcare NHS Foundation Trust", dt.datetime(2025, 12, 5, 15, 0),
                      font=("Arial", 11))
    docxgen.banner(doc, "Penwarden Community Healthcare NHS Foundation Trust")
    docxgen.table(doc, [["Meeting", "Board of Directors (in public)"],
                        ["Date", "4 December 2025"],
                        ["Agenda item", "14"],
                        ["Report title", "Board Assurance Framework: quarter 2 2025/26"],
                        ["Executive lead", "Director of Corporate Affairs"]], header=False)
    doc.add_paragraph("Board Assurance Framework: quarter 2 2025/26", style="Heading 1")
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph("This paper summarises the Board Assurance Framework (BAF) after review by the Board's "
                      "committees in October and November 2025.")
    doc.add_heading("The Board is asked to", level=2)
    doc.add_paragraph("approve the quarter 2 Board Assurance Framework;", style="List Bullet")
    doc.add_paragraph("agree that strategic risk SR5 (recovery of waiting lists after the pandemic) is closed and "
                      "managed on the corporate risk register;", style="List Bullet")
    doc.add_paragraph("note that the Quality Committee will hold a deep dive into SR2 in January 2026.",
                      style="List Bullet")
    doc.add_heading("Summary of strategic risks", level=2)
    docxgen.table(doc, [
        ["Ref", "Strategic risk", "Key controls", "Gaps in control or assurance", "Actions and due dates",
         "Score (target)", "Lead"],
        ["SR1", "Community nursing cannot meet rising demand, so patients wait longer for visits at home",
         "Caseload weighting tool; daily huddles; bank staff pool", "No single view of waiting patients across "
         "the three localities", "Caseload dashboard live in all localities by 31 January 2026", "16 (9)",
         "Chief Nurse"],
        ["SR2", "The replacement electronic patient record is delayed or unsafe at go-live",
         "EPR programme board; contract with Tessellate Health Systems signed in June 2025 for seven years at "
         "£4.8m; clinical safety officer", "Data migration testing not complete", "Full dress rehearsal by 28 "
         "February 2026; go-live on 20 April 2026", "15 (8)", "Chief Information Officer"],
        ["SR3", "The Trust does not achieve its financial plan", "Cost improvement programme of £6.2m; monthly "
         "finance and performance review; agency spending cap of £5.1m", "Forty per cent of the cost improvement "
         "programme is not yet identified", "Remaining schemes identified by 31 December 2025", "20 (12)",
         "Director of Finance"],
        ["SR4", "Estates and facilities fail to support safe care", "Planned maintenance schedule; facilities "
         "management by Kingsmere Facilities Ltd", "Backlog maintenance of £3.9m; facilities contract ends "
         "30 September 2026", "Re-tender facilities management by 30 June 2026", "12 (8)",
         "Director of Estates"]])
    doc.add_heading("Changes since the last report", level=2)
    doc.add_paragraph("The score of SR3 has risen from 16 to 20 because the month 6 position is £1.7m behind plan. "
                      "SR5 has reached its target score and is proposed for closure.")
    doc.add_heading("Outcome of the Board's discussion", level=2)
    doc.add_paragraph("Recorded by the Company Secretary after the meeting:")
    doc.add_paragraph("The Board approved the quarter 2 Board Assurance Framework.")
    doc.add_paragraph("The Board agreed to close SR5 and to manage waiting list recovery on the corporate risk "
                      "register.")
    doc.add_paragraph("The Board asked the Finance and Performance Committee to report on the unidentified cost "
                      "improvement schemes at its February meeting.")
    doc.add_paragraph("The Board noted the planned deep dive into SR2.")
    doc.save(path)


def gorsebrook_scrutiny(path):
    doc = docxgen.new("Gorsebrook Borough Council - Democratic Services", dt.datetime(2025, 10, 20, 12, 0),
                      font=("Calibri", 11))
    docxgen.banner(doc, "GORSEBROOK BOROUGH COUNCIL")
    doc.add_paragraph("Overview and Scrutiny Committee", style="Heading 1")
    doc.add_paragraph("Minutes of the meeting held on Tuesday 14 October 2025 at 6.30pm in the Council Chamber, "
                      "Gorsebrook Town Hall")
    doc.add_paragraph("Present: Councillors Alan Petrie (Chair), Bernadette Kyle (Vice-Chair), Farid Hussain, "
                      "Gail Munro, Steven Pocock and Yvonne Reid.")
    doc.add_paragraph("Also present: Councillor Neil Ashcroft (Cabinet Member for Housing); Head of Housing Needs; "
                      "Parking Services Manager.")
    doc.add_heading("31. Minutes", level=2)
    doc.add_paragraph("RESOLVED that the minutes of the meeting held on 9 September 2025 be approved as a correct "
                      "record.")
    doc.add_heading("32. Declarations of interest", level=2)
    doc.add_paragraph("Councillor Reid declared that she sits on the management committee of Gorsebrook Housing "
                      "Advice Centre and left the room for item 33.")
    doc.add_heading("33. Pre-decision scrutiny: housing advice and homelessness prevention", level=2)
    doc.add_paragraph("The Head of Housing Needs explained that Gorsebrook Housing Advice Centre has been funded by "
                      "the Council at £210,000 a year and that its agreement ends on 31 March 2026. Cabinet will be "
                      "asked on 4 November 2025 to award a new prevention service to Keystone Tenancy Support for "
                      "three years from 1 April 2026, at £265,000 a year, after an open tender in which Keystone "
                      "scored highest.")
    doc.add_paragraph("Members asked how people would be helped during the change. The Cabinet Member said that "
                      "Keystone had agreed to take on the Centre's advisers where they wished to transfer.")
    doc.add_paragraph("RECOMMENDED to Cabinet that the award of the housing advice and homelessness prevention "
                      "service to Keystone Tenancy Support proceed, subject to a performance report to this "
                      "Committee every six months.")
    doc.add_heading("34. Task and finish group: council car parks", level=2)
    doc.add_paragraph("Councillor Munro presented the group's report. Parking income was £1.42m in 2024/25 and the "
                      "standard tariff is £1.20 an hour. Enforcement is carried out by Civicpark Patrol under a "
                      "contract that expires on 30 June 2026.")
    doc.add_paragraph("RECOMMENDED to Cabinet that:")
    doc.add_paragraph("(a) parking at Mill Lane car park remains free after 3pm;")
    doc.add_paragraph("(b) the enforcement contract is re-tendered before it expires, with penalties for missed "
                      "patrols written into the new contract;")
    doc.add_paragraph("(c) a pay-by-phone option is offered in all council car parks by April 2026.")
    doc.add_heading("35. Quarter 1 performance report 2025/26", level=2)
    doc.add_paragraph("Members noted that missed bin collections had fallen to 38 per 100,000 and that the average "
                      "time to relet a council home was 41 days.")
    doc.add_paragraph("RESOLVED that the performance report be noted and that the Head of Housing Needs report on "
                      "void turnaround times to the next meeting.")
    doc.add_heading("36. Work programme", level=2)
    doc.add_paragraph("RESOLVED that the work programme be agreed, with the addition of a review of the council tax "
                      "support scheme.")
    doc.add_heading("37. Date of next meeting", level=2)
    doc.add_paragraph("Tuesday 25 November 2025 at 6.30pm.")
    doc.add_paragraph("The meeting ended at 8.40pm.")
    doc.add_paragraph("Chair ......................................")
    doc.save(path)


def cindermoor_primary_care(path):
    doc = docxgen.new("NHS Cindermoor Integrated Care Board", dt.datetime(2026, 1, 14, 9, 30), font=("Arial", 11))
    docxgen.banner(doc, "NHS Cindermoor Integrated Care Board")
    docxgen.table(doc, [["Meeting", "Primary Care Commissioning Committee"],
                        ["Date", "22 January 2026"],
                        ["Item", "PCCC 26/04"],
                        ["Title", "GP and community services: contract variations and procurement"],
                        ["Presented by", "Head of Primary Care Contracting"],
                        ["Purpose", "Approval"]], header=False)
    doc.add_paragraph("GP and community services: contract variations and procurement", style="Heading 1")
    doc.add_heading("1. Recommendations", level=2)
    doc.add_paragraph("The Committee is asked to:")
    doc.add_paragraph("approve a twelve-month extension of the APMS contract for Ashgrove Medical Centre, held by "
                      "Northfold Primary Care Ltd, to 31 March 2027;", style="List Number")
    doc.add_paragraph("approve a variation to the enhanced access contract with Cindermoor GP Federation to add "
                      "Saturday clinics, adding £96,000 a year;", style="List Number")
    doc.add_paragraph("approve the procurement of the community dermatology service under the Provider Selection "
                      "Regime competitive process;", style="List Number")
    doc.add_paragraph("note that the special allocation scheme will be re-procured when its current term ends.",
                      style="List Number")
    doc.add_heading("2. Contracts in scope", level=2)
    doc.add_paragraph("The table lists the contracts considered in this paper. Values are annual, in £000s.")
    docxgen.table(doc, [
        ["Provider", "Service", "Contract", "Value £000s", "Start", "End", "Proposed action"],
        ["Northfold Primary Care Ltd", "GP services, Ashgrove Medical Centre", "APMS", "1,845", "01/04/2021",
         "31/03/2026", "Extend 12 months"],
        ["Cindermoor GP Federation", "Enhanced access", "NHS Standard Contract", "2,310", "01/10/2022",
         "30/09/2026", "Vary: Saturday clinics"],
        ["Brookvale Community Services CIC", "Community phlebotomy", "NHS Standard Contract", "612",
         "01/04/2024", "31/03/2027", "None"],
        ["Halden Street Surgery", "Special allocation scheme", "Local enhanced service", "148", "01/04/2025",
         "31/03/2026", "Re-procure"],
        ["Riverbend Dermatology Ltd", "Community dermatology", "NHS Standard Contract", "930", "01/07/2023",
         "30/06/2026", "Procure under PSR"]])
    doc.add_heading("3. Background", level=2)
    doc.add_paragraph("Ashgrove Medical Centre's list has grown to 14,200 patients since a neighbouring branch "
                      "surgery closed. A longer-term procurement would start before the practice's new premises "
                      "are ready, so a one-year extension is proposed.")
    doc.add_paragraph("The dermatology procurement is expected to be worth £4.2m over five years, including "
                      "optional extensions.")
    doc.add_heading("4. Finance", level=2)
    doc.add_paragraph("The ICB's delegated primary medical care allocation for 2025/26 is £212.4m. The Saturday "
                      "clinics will be funded from the enhanced access allocation, which pays £8.24 per weighted "
                      "patient.")
    doc.add_heading("5. Risks", level=2)
    doc.add_paragraph("There is a risk that no provider bids for the special allocation scheme because of the "
                      "small value and the security demands. Two practices have been approached informally and "
                      "the specification allows a shared service across sites.")
    doc.add_paragraph("The dermatology waiting list could grow during the change of provider. The new contract "
                      "will require the incoming provider to take on the existing waiting list and run extra "
                      "clinics for the first three months.")
    doc.add_paragraph("Author: Head of Primary Care Contracting, tel. 01632 960388.")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "brackenholt-tc_2024-11-12_full-council_minutes.txt").write_text(BRACKENHOLT_TXT, encoding="utf-8")
    (PAPERS / "wrenfield-bc_2025-08-29_cabinet-member-decision_home-improvement-agency.txt").write_text(WRENFIELD_TXT, encoding="utf-8")
    (PAPERS / "tarnside-waste-partnership_2025-06-26_joint-committee_annual-report.md").write_text(TARNSIDE_MD, encoding="utf-8")
    (PAPERS / "fennick_2025-07-15_health-and-wellbeing-board_minutes.html").write_text(fennick_hwb(), encoding="utf-8")
    (PAPERS / "dunmarrow-dc_2025-10-02_news_repairs-contract-award.html").write_text(dunmarrow_news(), encoding="utf-8")
    (PAPERS / "quillbury-city_2025-11-20_decision-details_send-transport.html").write_text(quillbury_decision(), encoding="utf-8")
    thornmere_pcp(PAPERS / "thornmere-pcp_2025-06-19_police-and-crime-panel_minutes.pdf")
    kestrelmoor_decision(PAPERS / "kestrelmoor-fra_2025-09-08_officer-decision_breathing-apparatus.pdf")
    hexley_audit(PAPERS / "hexley-cc_2025-09-25_audit-and-governance-committee_risk-register.pdf")
    penwarden_baf(PAPERS / "penwarden-chc_2025-12-04_board-of-directors_baf.docx")
    gorsebrook_scrutiny(PAPERS / "gorsebrook-bc_2025-10-14_overview-and-scrutiny-committee_minutes.docx")
    cindermoor_primary_care(PAPERS / "cindermoor-icb_2026-01-22_primary-care-commissioning-committee_contract-variations.docx")


if __name__ == "__main__":
    main()
