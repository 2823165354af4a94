"""Build the paraphrase17 papers (fictional authorities, bodies, providers, people and figures).

    .venv/bin/python tests/paraphrase17/make_papers.py

Writes twelve papers in tests/paraphrase17/papers/: three PDFs (a county home-to-school transport
report with a two-column page, school governors' resources committee minutes, a capital programme
outturn report whose table header runs over two lines), three DOCX (a drug and alcohol treatment
recommissioning report, an ambulance trust board paper with its cover fields in a two-column table,
a community-managed libraries report), three HTML pages (London borough temporary accommodation
scrutiny minutes as a ModernGov-style meeting page inside site chrome, a Welsh health board primary
care committee paper as a plain exported page) and three text files (a waste PFI annual report, a
treasury management mid-year report in Markdown, an officer delegated decision record) plus a
combined authority mayoral decision exported to Markdown with front matter.  Written before any
run of the tool; every sentence, name and figure is invented.  The page builders are imported
from tests/pdfgen.py, tests/docxgen.py and tests/paraphrase14/make_papers.py (site chrome).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
from pdfgen import LINE_HEIGHT, Paper, bullet, heading, paragraph, save, table  # noqa: E402

_spec = importlib.util.spec_from_file_location("paraphrase14_make_papers", HERE.parent / "paraphrase14" / "make_papers.py")
_p14 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_p14)
site_page = _p14.site_page

PAPERS = HERE / "papers"


# ============================================================================ TXT / MD

TARROWDALE_TXT = """TARROWDALE AND BRINSFORD JOINT WASTE DISPOSAL COMMITTEE

Meeting: 12 November 2025
Agenda item 6
Report of the Head of Waste Partnership, Tarrowdale County Council (lead authority)

RESIDUAL WASTE TREATMENT PFI CONTRACT: ANNUAL REPORT 2024/25

1. WHAT THIS REPORT IS FOR

1.1 Each year the Joint Committee receives a report on the performance and cost of the residual waste
treatment contract. Tarrowdale County Council and Brinsford Borough Council entered into the contract with
Ecorra Tarrowdale Limited, a special purpose company, in 2011 under the Private Finance Initiative. The
energy recovery facility at Hobb's Lane began full service on 1 April 2012.

1.2 The Committee is recommended to:

  (a) note the performance of the contract in 2024/25;
  (b) note that the break option in the contract can be exercised with effect from 31 March 2032, provided
      notice is served by 31 March 2030;
  (c) ask the Head of Waste Partnership to bring an options appraisal on the break option to the
      Committee by June 2026.

2. WHAT WE PAID

2.1 For 2024/25 the two councils paid Ecorra Tarrowdale a unitary charge of 21.64 million pounds. The
charge is shared between the councils in proportion to the tonnage each delivers: 71 per cent Tarrowdale
and 29 per cent Brinsford.

2.2 Performance deductions of GBP 184,300 were made from the charge during the year, mostly for
unplanned shutdowns of line 2 in August and January.

2.3 PFI credits from central government, 7.9 million pounds a year, continue to offset part of the
charge. They are a grant to the councils and are not paid to the contractor.

3. INCOME SHARED WITH THE COUNCILS

3.1 The facility exported 188 GWh of electricity. Under the income sharing mechanism the councils' share of
third-party income (electricity sales and commercial waste gate fees) was 3.06 million pounds, which was
credited against the charge.

3.2 The commercial waste gate fee in 2024/25 averaged 104 pounds a tonne.

4. PERFORMANCE

4.1 The facility received 262,400 tonnes of residual waste. 96.2 per cent was diverted from landfill
against a contract target of 95 per cent. Incinerator bottom ash is recycled into aggregate; the
contractor has subcontracted its processing to Brackmoor Aggregates.

4.2 There were two reportable incidents, both minor, and no enforcement action by the Environment Agency.

5. KEY DATES

    Contract signed ............................ 14 October 2011
    Full service commencement .................. 1 April 2012
    Break option notice deadline ............... 31/03/2030
    Break option effective ..................... 31/03/2032
    Contract expiry ............................ 31 March 2037

6. RISKS

6.1 The facility will be 25 years old at expiry and major components may need replacing before then. The
contract places lifecycle replacement with the contractor, and an independent technical adviser
inspects the plant every year.

6.2 If the emissions trading scheme is extended to energy from waste in 2028, the councils could face a
carbon cost. A change in law clause applies and the partnership will model the likely cost in the
options appraisal.

7. BUDGET

7.1 The joint waste disposal budget for 2025/26 is 27.8 million pounds. The PFI equalisation reserve
stood at 5.4 million pounds at 31 March 2025.

Background papers: none.
Contact: Waste Partnership Contracts Officer, telephone 01632 971 406
"""

HADDENFOLD_MD = """# Haddenfold District Council

**Audit Committee, 25 November 2025**

## Treasury Management Mid-Year Review 2025/26

*Report of the Chief Finance Officer (Section 151 Officer)*

### 1. Purpose

1.1 The Council's treasury management strategy requires a review at the half-year point. This report covers
the six months from 1 April to 30 September 2025.

### 2. Recommendations

The Committee is recommended to:

- note the treasury management activity in the first half of 2025/26;
- note that all prudential indicators were met;
- recommend to Full Council that the operational boundary for external debt is raised to £95m for the rest of
  the year.

### 3. Investments

3.1 On 30 September 2025 the Council held investments of £31.4m, made up as follows:

| Counterparty type | Amount | Average rate |
|---|---|---|
| Money market funds | £12.0m | 4.31% |
| Other local authorities | £9.0m | 4.55% |
| Debt Management Office deposits | £6.4m | 4.05% |
| Bank call accounts | £4.0m | 3.90% |

3.2 Investment income in the half year was £742,000, compared with a budget of £610,000 for the same period.

### 4. Borrowing

4.1 External borrowing stands at £48.5m, all from the Public Works Loan Board at fixed rates. No new loans
were taken in the half year. Interest payable for 2025/26 is forecast at £1.98m.

4.2 A loan of £3m is due to mature on 15 March 2026 and is expected to be repaid from cash balances.

### 5. Treasury advisers

5.1 Arlingham Treasury Partners have advised the Council on treasury matters since April 2025, when they were
appointed for three years following a mini-competition. The Council pays them a fixed fee of £18,750 a year.
Their appointment runs until 31 March 2028, with the option of a further two years.

### 6. Prudential indicators

| Indicator | 2025/26 limit | Position at 30 September 2025 |
|---|---|---|
| Authorised limit for external debt | £105m | £48.5m |
| Operational boundary | £90m | £48.5m |
| Capital financing requirement | £82.3m | £79.6m |
| Upper limit on principal invested for over 365 days | £5m | £2m |

All indicators were within their limits. The operational boundary is close to being reached once the
planned borrowing for the depot scheme (£30m) is taken in the second half of the year.

### 7. Risk

7.1 Interest rates may fall faster than expected, reducing investment income. The Council keeps a spread of
maturities and a quarter of its investments in fixed-term deposits.

Contact officer: Treasury and Pensions Manager, 01632 972 118
"""

SHELVINGFORD_TXT = """SHELVINGFORD DISTRICT COUNCIL

RECORD OF AN OFFICER DECISION TAKEN UNDER DELEGATED POWERS

Decision reference:    ODR/2026/019
Decision maker:        Director of Corporate Resources
Date of decision:      9 February 2026
Subject:               Electricity and gas supply from 1 October 2026

DECISION

1. To call off electricity supply for the Council's buildings, car parks and street lighting from the
   Pennine Public Buying Organisation (PPBO) flexible energy framework, with Voltaris Energy Ltd as the
   supplier, for two years from 1 October 2026.

2. To call off gas supply for the same period under the same framework from Meridian Gas Supply Ltd.

3. To authorise the Energy Manager to sign the customer access agreements with PPBO.

VALUE

The electricity call-off is estimated at 1.36 million pounds over the two years, and the gas call-off at
284,000 pounds over the two years, both depending on wholesale prices and consumption. PPBO charges a
management fee of 0.35p per kWh, which is included in these estimates.

REASONS FOR THE DECISION

The Council's current fixed-price energy contracts, which it let itself, end on 30/09/2026. Buying through
a public buying organisation spreads purchases over time and avoids the risk of buying all our energy on a
single day. The framework was let in compliance with the Public Contracts Regulations 2015, so no further
competition is needed. Consumption in 2024/25 was 3.9 GWh of electricity and 1.1 GWh of gas.

The energy budget for 2026/27 is 742,000 pounds.

ALTERNATIVE OPTIONS CONSIDERED AND REJECTED

A fixed-price contract tendered by the Council alone was rejected because it would expose the Council to
prices on the day of purchase and would cost about 15,000 pounds to procure.

CONSULTEES

Portfolio Holder for Finance (Cllr Marion Tessler), Head of Legal Services, Procurement Manager. No
objections were raised.

DECLARATIONS OF INTEREST

None.

Signed: Director of Corporate Resources        Date: 09.02.2026
Contact: Energy Manager, 01632 973 550
"""

ESKERBY_MD = """---
title: "MD-2026-014 Adult Skills Fund: award of contracts for 2026/27 to 2028/29"
authority: Eskerby Combined Authority
decision_maker: Mayor of Eskerby
decision_type: Mayoral decision
date: 2026-03-11
key_decision: true
published: 2026-03-12
---

# Mayoral Decision MD-2026-014

## Adult Skills Fund: award of contracts for 2026/27 to 2028/29

### Decision

I, the Mayor of Eskerby, decide:

1. to award contracts for the delivery of adult skills provision from 1 August 2026 to the three providers
   listed below;
2. to hold back 5 per cent of the devolved Adult Skills Fund as a growth reserve for in-year allocations;
3. that the Director of Skills may extend any of the contracts for a further academic year, subject to
   performance.

### Background

The Combined Authority receives the devolved Adult Skills Fund from the Department for Education: £28.4m
for 2026/27. Most of it is allocated by grant to colleges and the local authorities' adult learning services.
Provision for unemployed adults and for sector skills is bought through contracts, procured this winter
under the open procedure in three lots.

### Outcome of the procurement

| Lot | Provision | Successful bidder | Contract value per academic year |
|---|---|---|---|
| 1 | Employability and ESOL for unemployed adults | Northlight Skills Ltd | £1,240,000 |
| 2 | Digital skills bootcamps | Fenby Adult Learning CIC | £685,000 |
| 3 | Construction and green skills | Gatehouse Training Partnership | £930,000 |

Nineteen bids were received. Unsuccessful bidders included Apex Learning Solutions (lot 1, £1,310,000) and
Kestrel Skills Academy (lot 3), who have been told the outcome and given feedback. The standstill period
ended on 6 March 2026 without challenge.

The contracts run for three academic years, ending on 31 July 2029.

### Financial implications

The total of the three awards is £2,855,000 a year, within the £3.1m set aside for contracted provision.
The growth reserve is worth about £1.42m.

### Risks

There is a risk that providers do not reach their learner targets in the first year. Payments are made
monthly against enrolments and achievements, and the contracts allow the Authority to move funding between
providers at the mid-year review.

### Scrutiny and call-in

This decision is subject to call-in. The call-in period ends at 5pm on 19 March 2026, and the decision will
not be implemented before then.

Signed: Mayor of Eskerby, 11 March 2026

Contact: Head of Adult Skills Commissioning, 01632 974 301
"""


# ============================================================================ HTML

def ashcombe_minutes() -> str:
    body = """<div class="mgContent">
<h1 class="mgMainTitleTxt">Minutes of Housing Scrutiny Sub-Committee</h1>
<p class="mgSubTitleTxt">Wednesday, 21st January, 2026 7.00 pm</p>
<p class="mgSubTitleTxt">Venue: Committee Room 2, Ashcombe Vale Town Hall</p>
<p>Contact: Jemima Orford, Scrutiny Officer, 020 7946 0381</p>
<ul class="mgActionList"><li><a href="#">Agenda frontsheet PDF 94 KB</a></li><li><a href="#">Printed minutes PDF 210 KB</a></li></ul>
<h2 class="mgSectionTitle">Attendance</h2>
<p>Councillors Priya Halloran (Chair), Tomasz Wren (Vice-Chair), Adaeze Mbeki, Lorcan Fitch and Hattie Sorrell.
Also present: Councillor Dev Rao (Cabinet Member for Housing).</p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell">1.</td><td><p class="mgSubItemTitleTxt">Apologies for absence</p>
<p>Apologies were received from Councillor Keane.</p></td></tr>
<tr><td class="mgItemNumberCell">2.</td><td><p class="mgSubItemTitleTxt">Minutes of the previous meeting</p>
<p><strong>RESOLVED</strong> that the minutes of the meeting held on 12 November 2025 be agreed as a correct record.</p></td></tr>
<tr><td class="mgItemNumberCell">3.</td><td><p class="mgSubItemTitleTxt">Temporary accommodation: cost and supply</p>
<p>The Director of Housing Needs introduced the report. 2,418 households were in temporary accommodation at the
end of December, 611 of them in nightly-paid rooms or flats. The temporary accommodation budget for 2025/26 is
&pound;38.2m and the forecast overspend is &pound;6.7m.</p>
<p>Nightly-paid accommodation is bought mainly from three providers. The sub-committee heard that the council pays
Crestway Residential an average of &pound;64 a night for a self-contained studio, Harbour Stay Homes &pound;81 a
night for two-bedroom flats and Lindgrove Hotels &pound;97 a night for family rooms with shared kitchens, which are
used only in emergencies.</p>
<p>Since 1 October 2025 the council has block-booked 75 self-contained units at Meridian Court from Crestway
Residential under a two-year contract, for which the annual value is &pound;1,590,000. Officers said the block
rate works out at &pound;58 a night, below the spot rate.</p>
<p>Councillor Mbeki asked how many families had stayed in hotel rooms for more than six weeks. The Director said
there were 14 such families and each had a named officer working to move them on. She asked what would be done
if Lindgrove Hotels withdrew its rooms. The Director replied that the risk of losing emergency rooms was real,
because hotels could earn more from tourists in the summer; the council was buying two former care homes to
convert into 46 emergency family units, due to open in September 2026.</p>
<p>Councillor Fitch asked about the condition of nightly-paid rooms. Officers said every property is inspected
before first use and then every six months, and 23 properties were removed from use last year.</p>
<p><strong>RESOLVED:</strong></p>
<ol>
<li>That the report be noted.</li>
<li>That the Cabinet Member be asked to seek a second block-booking contract so that the number of families
placed in hotel rooms falls.</li>
<li>That the sub-committee's concerns about the length of hotel stays be reported to Cabinet on 10 February 2026.</li>
</ol>
<p><strong>ACTION:</strong> Director of Housing Needs to circulate the inspection figures by provider before the
next meeting.</p></td></tr>
<tr><td class="mgItemNumberCell">4.</td><td><p class="mgSubItemTitleTxt">Work programme</p>
<p><strong>RESOLVED</strong> that the work programme be agreed, with an item on the housing allocations policy
added for 18 March 2026.</p>
<p><strong>ACTION:</strong> Scrutiny Officer to invite the Cabinet Member for Housing to that meeting.</p></td></tr>
</table>
<p>The meeting ended at 8.52 pm.</p>
</div>"""
    footer = "<p>London Borough of Ashcombe Vale, Town Hall, Vale Road, London. Telephone 020 7946 0000.</p>"
    return site_page("London Borough of Ashcombe Vale",
                     "Minutes of Housing Scrutiny Sub-Committee, Wednesday, 21st January, 2026 - London Borough of Ashcombe Vale",
                     ["Council and democracy", "Housing", "Council tax", "Bins and recycling", "Contact us"],
                     ["Home", "Council and democracy", "Committees", "Housing Scrutiny Sub-Committee", "Meeting 21 January 2026"],
                     body, footer)


def morfa_llwyd_paper() -> str:
    return """<html><head><meta charset="utf-8"><title>Primary Care Committee 15 January 2026 - Item 4.2 - Primary care contract decisions</title></head>
<body>
<p>Morfa Llwyd Health Board</p>
<p>Bwrdd Iechyd Morfa Llwyd</p>
<p><b>PRIMARY CARE COMMITTEE</b></p>
<p>Date of meeting: 15/01/2026</p>
<p>Agenda item: 4.2</p>
<p><b>Title: Primary care contract decisions</b></p>
<p>Executive lead: Director of Primary, Community and Mental Health Services</p>
<p>Purpose: Decision</p>
<p><b>Recommendation</b></p>
<p>The Committee is asked to:</p>
<p>1. grant the application from Harlech Road Pharmacy Ltd for inclusion in the pharmaceutical list at
Unit 3, Pen-y-Waun Shopping Parade, Llanfenni;</p>
<p>2. approve the dispersal of the registered list of Bryn Celyn Surgery when its contract ends;</p>
<p>3. approve the commissioning of a frailty enhanced service from the Aber Glas Cluster.</p>
<p><b>1. Community pharmacy application</b></p>
<p>Harlech Road Pharmacy Ltd applied on 28 August 2025 to open a new pharmacy in Pen-y-Waun, an area of about
5,800 residents whose nearest pharmacy is 2.4 miles away. The pharmaceutical needs assessment identifies a gap in
provision there. Two responses to the consultation objected on grounds of viability. Officers consider that the
application meets the test of being necessary to secure adequate provision, and that it should be granted. The
pharmacy must open within six months of the decision.</p>
<p><b>2. Bryn Celyn Surgery: list dispersal</b></p>
<p>The two partners at Bryn Celyn Surgery gave notice to terminate their General Medical Services contract
with effect from 31 March 2026. The Health Board advertised the practice but received no expressions of
interest that met the criteria. It is therefore proposed that the 4,950 registered patients are allocated by
postcode to three neighbouring practices, each of which has agreed to accept them:</p>
<p>- Tŷ Derw Medical Centre, about 2,100 patients;<br>
- Afon Lwyd Surgery, about 1,650 patients;<br>
- Llanfenni Health Centre, about 1,200 patients.</p>
<p>Receiving practices will be paid a one-off list dispersal payment of &pound;22 for each patient who
registers, and premises funding will be reviewed. Patients will be written to in February 2026.</p>
<p><b>3. Frailty enhanced service</b></p>
<p>The Aber Glas Cluster, through its lead practice, Glan y Môr Surgery, has proposed a proactive frailty service for
housebound patients in the cluster. The Health Board will commission the service from the cluster from
1 April 2026 for two years at a cost of &pound;118,000 per year, funded from the cluster's allocation.</p>
<p><b>4. Financial implications</b></p>
<p>The primary care budget for 2025/26 is &pound;96.3m. The dispersal payments are estimated at up to
&pound;108,900 and will be met from the contingency held for practice closures.</p>
<p><b>5. Risks</b></p>
<p>Receiving practices may be unable to absorb the extra demand, leading to longer waits for appointments. Each
practice has agreed a capacity plan and the Health Board will fund two additional pharmacist sessions a week for a
year.</p>
<p>Vulnerable patients could fail to register with a new practice. The Health Board will allocate every patient who
has not registered by 31 March 2026 and community nurses will contact housebound patients directly.</p>
<p>Report author: Head of Primary Care Contracting, 01632 975 214</p>
</body></html>
"""


# ============================================================================ PDF

def pennardine_transport(path):
    pdf = Paper(running_header="Pennardine County Council - Cabinet - 27 January 2026",
                footer="Page {page} of {pages}", title="Home to school transport: call-offs, rates and budget pressure")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, "PENNARDINE COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Cabinet - 27 January 2026")
    heading(pdf, "Home to school transport: call-offs, rates and budget pressure", size=14)
    paragraph(pdf, "Report of the Executive Director for Children and Families. Cabinet Member: Councillor Imogen "
                   "Tarrant, Education and Skills. Key decision: yes. Electoral divisions: all.")
    heading(pdf, "1. Decisions sought", size=11)
    paragraph(pdf, "Cabinet is asked to:")
    for text in ("(a) approve the call-offs listed in section 4 under the Council's passenger transport dynamic "
                 "purchasing system for the period to the end of the summer term 2026;",
                 "(b) note the forecast overspend on home to school transport and the recovery actions in section 6;",
                 "(c) approve the new mileage rate bands for taxi and minibus routes from September 2026;",
                 "(d) delegate to the Executive Director, after consulting the Cabinet Member, the award of routes for "
                 "the 2026/27 academic year."):
        bullet(pdf, text, marker="")
    # page 2: two-column background text
    pdf.add_page()
    heading(pdf, "2. Background and 3. How routes are bought", size=11)
    left = ("2.1 The Council must arrange free travel for eligible children, including those with special "
            "educational needs who cannot walk to school. In the autumn term 4,870 pupils used Council "
            "transport, 712 of them on single-occupancy taxi routes.\n\n"
            "2.2 Costs have risen faster than pupil numbers. Drivers and passenger assistants are harder to "
            "recruit, fuel prices remain high and more children need to travel to schools outside the county.\n\n"
            "2.3 The transport budget approved for 2025/26 is £18.4m. On the latest figures spending will reach "
            "£21.9m, an overspend of £3.5m.")
    right = ("3.1 Routes are bought through the passenger transport dynamic purchasing system, which opened on "
             "1 September 2023 and will remain open until 31 August 2028. Any licensed operator that passes the "
             "checks may join; 64 operators are now admitted.\n\n"
             "3.2 Each route is offered as a mini-competition and awarded on price per mile and quality. "
             "Operators are paid a per-mile rate; for 2025/26 the average is £2.95 a mile for a saloon taxi, "
             "£3.60 for a wheelchair-accessible vehicle and £4.85 for a 16-seat minibus.\n\n"
             "3.3 Routes are re-offered every year, so most call-offs end with the summer term.")
    y = pdf.get_y()
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(20, y)
    pdf.multi_cell(82, 5, left, new_x="LMARGIN", new_y="NEXT")
    y_left = pdf.get_y()
    pdf.set_xy(108, y)
    pdf.multi_cell(82, 5, right, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y_left, pdf.get_y()) + 4)
    heading(pdf, "4. Call-offs requiring approval", size=11)
    paragraph(pdf, "4.1 Because the combined value of their routes exceeds the key decision threshold, the call-offs "
                   "with three operators require Cabinet approval. They all run until 22 July 2026.")
    table(pdf, [["Operator", "Routes", "Vehicle type", "Value of call-off"],
                ["Brightway Taxis", "118", "Saloon and WAV taxis", "£1,482,000"],
                ["Hedgerow Minibuses Ltd", "37", "16-seat minibuses", "£926,500"],
                ["Vale Cars (Pennardine)", "52", "Saloon taxis", "£611,750"]],
          widths=[55, 20, 50, 45], header="bold", size=9.5)
    paragraph(pdf, "4.2 In addition, Ferncliff Community Transport, a charity, has been awarded the routes to the "
                   "two special schools in Ambridge Vale that need passenger assistants trained in medical care; the "
                   "call-off is worth three hundred and forty thousand pounds.")
    heading(pdf, "5. Rates from September 2026", size=11)
    paragraph(pdf, "5.1 Officers propose to cap the per-mile rates Cabinet will accept without further approval at "
                   "£3.20 for a saloon taxi and £5.10 for a minibus from September 2026.")
    heading(pdf, "6. Budget recovery", size=11)
    paragraph(pdf, "6.1 The Council aims to save £1.2m in 2026/27 by combining routes, offering personal travel "
                   "budgets and expanding independent travel training. The balance of the overspend will be met from "
                   "the corporate contingency this year.")
    heading(pdf, "7. Risks", size=11)
    paragraph(pdf, "7.1 Operators may hand back routes mid-year if fuel or wage costs rise further, leaving children "
                   "without transport. Operators on the dynamic purchasing system can be asked to take routes at "
                   "short notice, and the in-house fleet of nine minibuses is held in reserve.")
    paragraph(pdf, "7.2 There is a risk that the cap on rates reduces the number of bids for rural routes. Rural "
                   "routes will be packaged with town routes where possible, and the cap will be reviewed after the "
                   "first round of mini-competitions.")
    paragraph(pdf, "Contact: Head of Passenger Transport, 01632 970 812")
    save(pdf, path)


def fallowmead_minutes(path):
    pdf = Paper(running_header="Fallowmead School - Resources Committee minutes - 12 November 2025",
                footer="{page}", title="Fallowmead School Governing Body: Resources Committee minutes, 12 November 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Fallowmead School Governing Body", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, "Minutes of the Resources Committee held at the school on Wednesday 12 November 2025 at 4.30pm")
    paragraph(pdf, "Present: Mr Colin Atherley (Chair), Mrs Ruth Okonedo, Ms Selina Varga, Mr Jonah Pell and "
                   "Dr Anita Brisco (Headteacher). In attendance: Mrs Wendy Cray (School Business Manager); "
                   "Clerk: Mrs Lynne Haskett.")
    heading(pdf, "1. Apologies and declarations of interest", size=11)
    paragraph(pdf, "Apologies were received and accepted from Mr Gupta. Mrs Okonedo declared that her sister works "
                   "for a cleaning company, which had not bid for the school's contract.")
    heading(pdf, "2. Minutes of the meeting on 17 September 2025", size=11)
    paragraph(pdf, "The minutes were agreed and signed by the Chair.")
    heading(pdf, "3. Budget monitoring", size=11)
    paragraph(pdf, "The School Business Manager reported that the school's budget share for 2025/26 is £7,864,000. "
                   "Staffing makes up 81 per cent of spending. A surplus of £46,000 is forecast for the year, and the "
                   "revenue balance carried forward from 2024/25 was £214,500. The devolved formula capital grant "
                   "is £31,200.")
    paragraph(pdf, "A governor asked whether the support staff pay award had been included. Mrs Cray said it had "
                   "been budgeted at 3.2 per cent.")
    heading(pdf, "4. Catering contract", size=11)
    paragraph(pdf, "The catering contract with Platewise Catering Ltd ends on 31 December 2025. The local authority's "
                   "schools catering framework allows it to be renewed directly. Platewise has offered to continue "
                   "for three years from 1 January 2026 at a price of £148,600 a year, with the price of a paid meal "
                   "set at £2.65 and rising with inflation each September. Take-up of free school meals is 91 per cent.")
    paragraph(pdf, "Governors approved the renewal of the catering contract with Platewise Catering Ltd for three "
                   "years from 1 January 2026.")
    heading(pdf, "5. Cleaning contract", size=11)
    paragraph(pdf, "Three quotes were obtained for cleaning. Sparkline Cleaning Services, the current contractor, "
                   "quoted £63,400 per annum. Brightmoor Facilities quoted £58,900 but would not include the sports "
                   "hall or holiday deep cleans, and its quote was not accepted. The third firm withdrew.")
    paragraph(pdf, "Governors approved a new cleaning contract with Sparkline Cleaning Services until 31 August 2028.")
    heading(pdf, "6. Premises", size=11)
    paragraph(pdf, "The roof over the science block leaks in heavy rain. The local authority has agreed to fund the "
                   "repair, estimated at £92,000, from its schools condition allocation in summer 2026. Governors were "
                   "concerned that lessons could be disrupted if the leak worsens over winter; the Headteacher said "
                   "two laboratories can be moved to classrooms in the main building if needed.")
    paragraph(pdf, "Governors approved the premises development plan for 2026-2029.")
    heading(pdf, "7. Lettings", size=11)
    paragraph(pdf, "Hire charges for the sports hall will rise to £38 an hour from January. Governors approved the "
                   "revised lettings policy.")
    heading(pdf, "8. Date of next meeting", size=11)
    paragraph(pdf, "Wednesday 4 March 2026 at 4.30pm.")
    paragraph(pdf, "Signed: .............................. (Chair)      Date: ..................")
    save(pdf, path)


def brackenholt_outturn(path):
    pdf = Paper(running_header="Brackenholt Borough Council - Cabinet - 15 July 2025",
                footer="Page {page} of {pages}", title="Capital programme outturn 2024/25")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Brackenholt Borough Council", new_x="LMARGIN", new_y="NEXT")
    table(pdf, [["Meeting", "Cabinet"],
                ["Date", "15 July 2025"],
                ["Report title", "Capital programme outturn 2024/25"],
                ["Report of", "Director of Finance and Assets"],
                ["Lead member", "Councillor Ewan Thorley, Finance and Assets"]], widths=[45, 125], header=None, size=10)
    heading(pdf, "1. Summary", size=11)
    paragraph(pdf, "1.1 The capital programme for 2024/25 was £41.6m after in-year changes. Spending in the year was "
                   "£33.9m, leaving £7.7m of slippage to be carried into 2025/26. This report explains the main "
                   "schemes and asks Cabinet to approve the carry-forward.")
    heading(pdf, "2. Recommendations", size=11)
    paragraph(pdf, "Cabinet is recommended to:")
    for text in ("1. note the capital outturn of £33.9m for 2024/25;",
                 "2. approve the carry-forward of £7.7m of slippage into the 2025/26 capital programme;",
                 "3. note the progress of the major construction contracts set out in section 3;",
                 "4. approve an increase of £450,000 in the budget for the Station Road bridge scheme, funded from "
                 "prudential borrowing."):
        bullet(pdf, text, marker="")
    heading(pdf, "3. Major schemes", size=11)
    paragraph(pdf, "3.1 The table below shows the schemes let as construction contracts. Budget, outturn and slippage "
                   "are in thousands of pounds; contract sums are the sums in the signed contracts.")
    table(pdf, [["Scheme", "Contractor", "Contract sum\n(£)", "Practical completion\n(actual or forecast)",
                 "Budget\n2024/25 £000", "Outturn\n2024/25 £000", "Slippage\n£000"],
                ["Hartmoor Leisure Centre", "Kilnbridge Construction Ltd", "14,250,000", "11 April 2025", "9,800", "9,215", "585"],
                ["Station Road bridge", "Causeway Civil Engineering", "3,480,000", "September 2025 (forecast)", "2,900", "1,140", "1,760"],
                ["Central Library refurbishment", "Lanyard Building Ltd", "1,126,400", "29/11/2024", "1,050", "1,038", "12"],
                ["Depot solar canopy", "Solaris Northern Ltd", "612,750", "28 Feb 2025", "640", "598", "42"]],
          widths=[30, 32, 22, 30, 20, 20, 16], header="bold", size=8.5)
    paragraph(pdf, "3.2 Hartmoor Leisure Centre opened to the public on 3 May 2025. The final account with Kilnbridge "
                   "is expected to settle within the contract sum.")
    paragraph(pdf, "3.3 Work on the Station Road bridge was held up for eleven weeks while a diverted gas main was "
                   "moved. Causeway Civil Engineering has claimed an extension of time; the additional budget sought "
                   "in recommendation 4 covers the likely compensation events.")
    heading(pdf, "4. Other slippage", size=11)
    paragraph(pdf, "4.1 The remaining slippage of £5.3m relates to the housing regeneration programme at Elmfield, where "
                   "the design team is being reappointed, and to disabled facilities grants, where £1.1m of the "
                   "£2.4m grant from government was not spent by 31 March 2025.")
    heading(pdf, "5. Financing", size=11)
    paragraph(pdf, "5.1 The programme was financed from grants (£14.6m), capital receipts (£6.2m), revenue "
                   "contributions (£1.3m) and borrowing (£11.8m). Capital receipts held at 31 March 2025 were £3.4m.")
    heading(pdf, "6. Risks", size=11)
    paragraph(pdf, "6.1 Construction price inflation may push the cost of schemes in 2025/26 beyond their budgets. "
                   "Schemes will be re-costed before contracts are let, and a programme contingency of 5 per cent is "
                   "held centrally.")
    paragraph(pdf, "6.2 There is a risk that further delay on the Station Road bridge leads to more compensation "
                   "claims. A weekly progress meeting is held with the contractor and the utility company.")
    paragraph(pdf, "Contact: Capital Accountant, 01632 976 530")
    save(pdf, path)


# ============================================================================ DOCX

def marrowgate_treatment(path):
    doc = docxgen.new("Marrowgate City Council", dt.datetime(2026, 2, 24, 11, 0), font=("Arial", 12))
    docxgen.banner(doc, "Marrowgate City Council")
    doc.add_paragraph("Cabinet")
    doc.add_paragraph("10 March 2026")
    doc.add_paragraph("Recommissioning of adult drug and alcohol treatment and recovery services", style="Heading 1")
    doc.add_paragraph("Report of the Director of Public Health. Key decision. Wards: all.")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("To seek approval to procure a new integrated drug and alcohol treatment and recovery service "
                      "to start when the current contract ends.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("Cabinet is recommended to:")
    doc.add_paragraph("approve a competitive procurement for an integrated adult drug and alcohol treatment and "
                      "recovery service for five years with an option to extend for two more;", style="List Number")
    doc.add_paragraph("delegate the award of the contract to the Director of Public Health in consultation with the "
                      "Cabinet Member for Health and Wellbeing;", style="List Number")
    doc.add_paragraph("note the conditions attached to the treatment and recovery grant set out in section 5.",
                      style="List Number")
    doc.add_heading("3. The current service", level=2)
    doc.add_paragraph("3.1 Since 1 April 2019 the service has been run by Pathway Renew, a national charity, at a cost of "
                      "£3,870,000 a year. The original five-year term was followed by the single extension of three years "
                      "that the contract allows, and that extension has already been used. The contract therefore ends "
                      "on 31 March 2027 and cannot be extended again.")
    doc.add_paragraph("3.2 Inpatient detoxification is bought as needed from Oakhollow Detox Unit at £265 per bed night. "
                      "This arrangement will continue alongside the new contract.")
    doc.add_paragraph("3.3 About 2,150 adults are in treatment. 41 per cent of people leaving opiate treatment in 2024/25 "
                      "did so successfully.")
    doc.add_heading("4. The new contract", level=2)
    doc.add_paragraph("4.1 Its value is estimated at £28.6 million over the full seven years if both extension years are "
                      "used, or roughly £4.1m a year. The service will bring together community treatment, recovery "
                      "support and the criminal justice pathway.")
    doc.add_paragraph("4.2 The timetable is:")
    docxgen.table(doc, [["Stage", "Date"],
                        ["Market engagement", "April 2026"],
                        ["Invitation to tender issued", "5 May 2026"],
                        ["Tenders returned", "16 June 2026"],
                        ["Award decision", "September 2026"],
                        ["Mobilisation begins", "1 October 2026"],
                        ["New service starts", "1 April 2027"]])
    doc.add_heading("5. Grant conditions", level=2)
    doc.add_paragraph("5.1 In 2025/26 the Council receives a drug and alcohol treatment and recovery improvement grant of "
                      "£1.26m from the Department of Health and Social Care, on top of the public health grant of £27.9m. "
                      "The grant must be spent on additional treatment capacity, may not replace existing spending and "
                      "must be reported on quarterly. Funding beyond March 2026 has been confirmed for one year only.")
    doc.add_heading("6. Risks", level=2)
    doc.add_paragraph("6.1 Moving to a new provider could interrupt people's treatment, particularly those receiving "
                      "opiate substitute prescriptions. A six-month mobilisation period and a shared transition plan "
                      "with the outgoing provider are intended to prevent any gap in prescribing.")
    doc.add_paragraph("6.2 If the grant ends in 2027, the new service would have to shrink during its first year. The "
                      "specification will separate grant-funded elements so that they can be reduced without "
                      "renegotiating the core contract.")
    doc.add_paragraph("6.3 Few providers may bid because of staff pay pressures. Market engagement in April will test "
                      "the price, and the contract includes an annual inflation review.")
    doc.add_heading("7. Financial implications", level=2)
    doc.add_paragraph("The public health reserve stood at £2.3m on 31 December 2025, and savings of £150,000 a year are "
                      "expected from joining the criminal justice work into the main contract.")
    doc.add_paragraph("Contact officer: Public Health Commissioning Manager, 01632 977 640")
    doc.save(path)


def westermoor_ambulance(path):
    doc = docxgen.new("Westermoor Ambulance Service NHS Trust", dt.datetime(2026, 2, 16, 15, 0), font=("Calibri", 11))
    docxgen.banner(doc, "Westermoor Ambulance Service NHS Trust")
    docxgen.table(doc, [["Meeting", "Trust Board (Part 1, in public)"],
                        ["Date of meeting", "26 February 2026"],
                        ["Agenda item", "TB/26/017"],
                        ["Title", "Use of private ambulance and patient transport providers"],
                        ["Executive sponsor", "Director of Operations"],
                        ["Author", "Head of Commercial Services"],
                        ["Purpose", "Approval"]], header=False)
    doc.add_heading("Executive summary", level=2)
    doc.add_paragraph("The Trust buys ambulance capacity from independent providers to support emergency cover at times "
                      "of peak demand and to run part of its non-emergency patient transport service. This paper reports "
                      "the contracts in place, what they cost and the plan for next year.")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("The Board is asked to:")
    doc.add_paragraph("approve a twelve-month extension of the patient transport contract in the southern area;",
                      style="List Bullet")
    doc.add_paragraph("support the reduction of private emergency ambulance hours by 30 per cent in 2026/27 as the "
                      "Trust's own workforce grows;", style="List Bullet")
    doc.add_paragraph("note the spend on independent providers over the last three years.", style="List Bullet")
    doc.add_heading("Contracts in place", level=2)
    doc.add_paragraph("Emergency ambulance crews are supplied by Vantage Ambulance Ltd. The contract was let in 2023 "
                      "after a competitive tender, is worth £4.2m over its three years and ends on 31 March 2027.")
    doc.add_paragraph("Non-emergency patient transport in the southern area has been subcontracted to CareCarry Patient "
                      "Transport since October 2021 for £2,950,000 a year. Its current term expires on 30 September 2026; "
                      "the recommended extension would run to 30 September 2027.")
    doc.add_paragraph("High-dependency transfers between hospitals are carried out under a call-off from a regional "
                      "framework by Bluelight Medical Services, valued at £780,000 and ending in December 2026.")
    doc.add_heading("Spend with independent providers (£000s)", level=2)
    docxgen.table(doc, [["Provider", "2023/24", "2024/25", "2025/26 forecast"],
                        ["Vantage Ambulance Ltd", "1,184", "1,512", "1,436"],
                        ["CareCarry Patient Transport", "2,871", "2,950", "2,950"],
                        ["Bluelight Medical Services", "236", "301", "264"],
                        ["Other (spot purchase)", "418", "377", "205"],
                        ["Total", "4,709", "5,140", "4,855"]])
    doc.add_paragraph("Spot purchases are made at hourly rates of £95 to £120 for a double-crewed ambulance.")
    doc.add_heading("Risks", level=2)
    doc.add_paragraph("Reducing private hours too quickly could lengthen response times if recruitment of the Trust's "
                      "own paramedics falls behind plan. The reduction will be phased quarter by quarter and reversed "
                      "if Category 2 response times deteriorate.")
    doc.add_paragraph("There is a risk that independent crews fall short of the clinical standards expected of the "
                      "Trust's own staff. Their crews are audited monthly and every provider must be registered with the Care Quality Commission.")
    doc.add_heading("Financial context", level=2)
    doc.add_paragraph("The Trust's income for 2025/26 is £412m. The budget for independent sector ambulance providers in "
                      "2026/27 is £3.9m, and the efficiency target for the year is £14.5m.")
    doc.add_paragraph("Report author: Head of Commercial Services, telephone 01632 978 020")
    doc.save(path)


def kelverston_libraries(path):
    doc = docxgen.new("Kelverston County Council", dt.datetime(2026, 2, 20, 10, 0), font=("Arial", 11))
    docxgen.banner(doc, "KELVERSTON COUNTY COUNCIL")
    doc.add_paragraph("Report to: Communities, Culture and Heritage Committee")
    doc.add_paragraph("Date: 4 March 2026")
    doc.add_paragraph("Community-managed libraries: grant agreements and self-service kiosks", style="Heading 1")
    doc.add_paragraph("Report of the Head of Libraries, Archives and Registration")
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("Three of the county's libraries have been run by community groups since 2021, with support from "
                      "the library service. Their grant agreements end on 31 March 2026. This report proposes new "
                      "agreements and the purchase of self-service kiosks for all libraries.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("That the Committee:")
    doc.add_paragraph("(a) approves new three-year grant agreements with the three community library groups on the "
                      "terms in section 3;")
    doc.add_paragraph("(b) approves the award of the self-service kiosk contract to Shelfscan Systems Ltd;")
    doc.add_paragraph("(c) agrees that community-managed libraries remain part of the statutory library service.")
    doc.add_heading("3. Grant agreements", level=2)
    doc.add_paragraph("Each group receives an annual grant towards building running costs and volunteer training, and "
                      "the library service provides book stock, the catalogue and IT at no charge. The proposed grants "
                      "from 1 April 2026 are:")
    doc.add_paragraph("Millbrook Community Library CIO - £12,500 a year", style="List Bullet")
    doc.add_paragraph("£9,800 a year to the Tansley Green Library Trust", style="List Bullet")
    doc.add_paragraph("Owlsmoor Reading Rooms Association, which also runs a community cafe, will receive £11,200 a year",
                      style="List Bullet")
    doc.add_paragraph("Each agreement runs for three years to 31 March 2029. The groups raised a further £23,000 between "
                      "them from events and donations last year, and together give about 9,400 volunteer hours.")
    doc.add_heading("4. Self-service kiosks", level=2)
    doc.add_paragraph("The existing kiosks are out of support from June 2026. Following a further competition under a "
                      "national library systems framework, the contract to supply, install and maintain 46 kiosks has "
                      "been offered to Shelfscan Systems Ltd. The contract is worth £146,800 over four years and is "
                      "due to start on 1 May 2026.")
    doc.add_heading("5. Finance", level=2)
    doc.add_paragraph("The library service net budget for 2026/27 is £6.45m. The kiosks are funded from the capital "
                      "programme, and the grants from the community library budget of £40,000 a year.")
    doc.add_heading("6. Risks", level=2)
    doc.add_paragraph("A community group could fold if it loses volunteers, putting the library at risk of closure. "
                      "The library service meets each group every quarter and can provide staff cover for up to six "
                      "weeks while a group recovers.")
    doc.add_heading("7. Decision", level=2)
    doc.add_paragraph("Decided by the Committee on 4 March 2026:")
    doc.add_paragraph("The Committee approved the three grant agreements for 2026 to 2029.")
    doc.add_paragraph("The Committee approved the award of the kiosk contract to Shelfscan Systems Ltd.")
    doc.add_paragraph("The Committee agreed that the community-managed libraries remain part of the statutory service.")
    doc.add_paragraph("Contact: Libraries Development Manager, 01632 979 115")
    doc.save(path)


# ============================================================================ build

def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    (PAPERS / "tarrowdale-brinsford-jwdc_2025-11-12_joint-waste-disposal-committee_pfi-annual-report.txt").write_text(TARROWDALE_TXT, encoding="utf-8")
    (PAPERS / "haddenfold-dc_2025-11-25_audit-committee_treasury-mid-year-review.md").write_text(HADDENFOLD_MD, encoding="utf-8")
    (PAPERS / "shelvingford-dc_2026-02-09_officer-decision_energy-supply.txt").write_text(SHELVINGFORD_TXT, encoding="utf-8")
    (PAPERS / "eskerby-ca_2026-03-11_mayoral-decision_adult-skills-contracts.md").write_text(ESKERBY_MD, encoding="utf-8")
    (PAPERS / "ashcombe-vale_2026-01-21_housing-scrutiny-sub-committee_minutes.html").write_text(ashcombe_minutes(), encoding="utf-8")
    (PAPERS / "morfa-llwyd-hb_2026-01-15_primary-care-committee_contract-decisions.html").write_text(morfa_llwyd_paper(), encoding="utf-8")
    pennardine_transport(PAPERS / "pennardine-cc_2026-01-27_cabinet_home-to-school-transport.pdf")
    fallowmead_minutes(PAPERS / "fallowmead-school_2025-11-12_resources-committee_minutes.pdf")
    brackenholt_outturn(PAPERS / "brackenholt-bc_2025-07-15_cabinet_capital-outturn.pdf")
    marrowgate_treatment(PAPERS / "marrowgate-city_2026-03-10_cabinet_drug-and-alcohol-recommissioning.docx")
    westermoor_ambulance(PAPERS / "westermoor-ambulance_2026-02-26_trust-board_independent-providers.docx")
    kelverston_libraries(PAPERS / "kelverston-cc_2026-03-04_communities-committee_community-libraries.docx")


if __name__ == "__main__":
    main()
