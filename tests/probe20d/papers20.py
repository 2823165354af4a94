"""Probe papers for decisions (stop 20, p20d): twenty-six fictional papers recording (or only
mentioning) decisions in layouts the stop-19 probe (tests/probe19d) did not cover: a resolution's items
split by a page break and running header, unmarked items one per line, nested (a)(i) items,
"RESOLVED - That the recommendations in the report be approved", minute tables (Minute no | Subject |
Decision), action logs beside decisions, "The Committee AGREED to:" bullets, a motion LOST on a vote,
an amendment carried into the substantive motion, town and parish councils ("Proposed Cllr X, seconded
Cllr Y, all in favour:"), a ModernGov record of decisions, a fire authority, a police and crime panel,
an IJB's "The IJB: 1. approved ...", a Scottish "Decision" block, a licensing sub-committee, a trust
board's past-tense bullets, a decision register table, Markdown minutes, an HTML nested list, and four
papers that only mention decisions (a report's background, a forward plan, an agenda report with
recommendations, notes of a discussion with actions).  Every authority, person and figure is invented.

EXPECTED maps each builder to the decisions it must give, in order: each entry a distinctive phrase
of one decision, or (phrase, text the decision must not hold) to test its boundary.  Written before
the tool ran on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
from pdfgen import headed_paper  # noqa: E402


_pdf = headed_paper


_docx = docxgen.headed_paper


def _txt(path, text):
    Path(path).write_text(text, encoding="utf-8")
    return Path(path)


# 1. PDF minutes: a lettered resolution whose item (b) runs over a page break and a running header.
def page_break_items(folder):
    return _pdf(folder / "thornvale-dc_2026-03-03_planning-policy-committee-minutes.pdf",
                "Thornvale District Council - Planning Policy Committee - 3 March 2026",
                ["Thornvale District Council", "Minutes of the Planning Policy Committee held on 3 March 2026"],
                [("p", "Present: Councillors P Arkwright (Chair), D Fennimore, G Hollis, T Ombasi."),
                 ("h", "PPC/41 Local Plan Review: Issues and Options"),
                 ("p", "The Planning Policy Manager introduced the report and the consultation draft. "
                       "Members discussed housing numbers in the northern villages and the need for new "
                       "employment land near the bypass. " * 6),
                 ("p", "RESOLVED that:"),
                 ("p", "(a) the Issues and Options document be approved for public consultation for a period "
                       "of eight weeks;"),
                 ("p", "(b) the Head of Planning be authorised, in consultation with the Chair, to make minor "
                       "editorial changes to the document before"),
                 ("break", None),
                 ("p", "publication, provided these do not alter its meaning; and"),
                 ("p", "(c) the revised Local Development Scheme be brought into effect from 1 April 2026."),
                 ("h", "PPC/42 Date of Next Meeting"),
                 ("p", "The next meeting will be held on 2 June 2026.")])


# 2. TXT minutes: "RESOLVED - That the recommendations in the report be approved." (one decision each).
def recommendations_in_report(folder):
    return _txt(folder / "marlow-fen-bc_2026-01-20_cabinet-minutes.txt", """MARLOW FEN BOROUGH COUNCIL

Minutes of a meeting of the Cabinet held on Tuesday 20 January 2026 at 6.00 pm

Present: Councillor H Pennock (Leader), Councillors A Drury, S Kaur, L Whitlow

CAB/88 Fees and Charges 2026/27

The Portfolio Holder for Finance introduced the report, which proposed an average rise of 3.5%.

RESOLVED - That the recommendations in the report be approved.

CAB/89 Homelessness Prevention Grant

The Portfolio Holder for Housing outlined the allocation of the grant across the three schemes.

RESOLVED - That the allocation of the Homelessness Prevention Grant set out in Appendix A be agreed.

CAB/90 Exclusion of the Press and Public

RESOLVED - That the press and public be excluded for the following item.
""")


# 3. TXT: "RESOLVED that:" and its items one per line without markers.
def unmarked_lines(folder):
    return _txt(folder / "hesketh-moor-council_2026-02-11_housing-committee-minutes.txt", """Hesketh Moor Council
Housing Committee
Minutes of the meeting held on 11 February 2026

Present: Councillors R Banerjee (Chair), F Cole, M Delacroix, W Ingram

17. Housing Allocations Policy

The Head of Housing Needs presented the revised policy, following a twelve-week consultation which drew
214 responses.

RESOLVED that:
the Housing Allocations Policy 2026 be adopted with effect from 1 May 2026;
the Head of Housing Needs be authorised to make minor changes to the policy's appendices;
a review of the first six months of the policy be reported to the Committee in December 2026.

18. Any Other Business

There was no other business. The meeting closed at 8.40 pm.
""")


# 4. TXT: nested (a)(i) items.
def nested_items(folder):
    return _txt(folder / "cravenbridge-cc_2026-01-14_environment-committee-minutes.txt", """CRAVENBRIDGE CITY COUNCIL
ENVIRONMENT AND CLIMATE COMMITTEE
MINUTES OF THE MEETING HELD ON 14 JANUARY 2026

PRESENT: Councillor E Marchetti (Chair); Councillors B Quayle, N Sharma, O Whitfield

Minute 52 - Parking Charges Review

The Parking Services Manager introduced the report.

RESOLVED:
(a) That the following charges be approved from 1 April 2026:
    (i) a resident permit charge of £65 a year;
    (ii) a visitor permit charge of £2.50 a day;
(b) That the charges be reviewed again in January 2027.

Minute 53 - Tree Planting Programme

The Committee received an update on the planting season.

RESOLVED: That the update be noted.
""")


# 5. DOCX: the decisions in a minutes table Minute no | Subject | Decision.
def minute_table(folder):
    rows = [["Minute No", "Subject", "Decision"],
            ["SF/26/07", "De-delegation of funds for 2026/27",
             "Maintained primary school members agreed to de-delegate funding for trade union facility time."],
            ["SF/26/08", "High Needs Block recovery plan",
             "The Forum noted the recovery plan and asked for a further update in June."],
            ["SF/26/09", "Early Years funding formula",
             "The Forum approved the early years base rate of £5.82 per hour for three and four year olds."]]
    return _docx(folder / "pembury-vale-schools-forum_2026-01-29_minutes.docx", "Democratic Services",
                 ["Pembury Vale Schools Forum", "Minutes of the meeting held on 29 January 2026"],
                 [("p", "Present: Mrs K Ashdown (Chair), Mr R Fairclough, Ms J Mbeki, Mr D Lowe."),
                  ("t", rows)])


# 6. TXT: trustees' minutes with an action log after the decisions (actions are not decisions).
def action_log(folder):
    return _txt(folder / "elmstead-leisure-trust_2026-02-05_board-minutes.txt", """Elmstead Leisure Trust
Board of Trustees - Minutes of meeting held on 5 February 2026

Present: Mr G Haldane (Chair), Ms R Oduya, Mr P Sinclair, Mrs T Voss

4. Budget 2026/27
The Finance Manager presented the draft budget, which showed a surplus of £42,000.
The Board AGREED the budget for 2026/27.

5. Swimming lesson prices
The Board AGREED to hold swimming lesson prices at 2025 levels until September 2026.

Action Log
Action | Owner | Due
Circulate final budget to trustees | Finance Manager | 12 Feb 2026
Arrange site visit to the new gym | Chair | March 2026
Update the website with lesson prices | Marketing Officer | 28 Feb 2026
""")


# 7. PDF: "The Committee AGREED to:" followed by bullets.
def agreed_to_bullets(folder):
    return _pdf(folder / "oxwell-cc_2026-02-24_audit-committee-minutes.pdf",
                "Oxwell County Council Audit and Governance Committee 24 February 2026",
                ["Oxwell County Council", "Audit and Governance Committee", "Minutes - 24 February 2026"],
                [("p", "Present: Councillor S Yardley (Chair), Councillors M Atherton, J Bellamy, Mr C Rowe "
                       "(Independent Member)."),
                 ("h", "31 Internal Audit Plan 2026/27"),
                 ("p", "The Chief Internal Auditor presented the draft plan of 640 audit days."),
                 ("p", "The Committee AGREED to:"),
                 ("b", "approve the Internal Audit Plan 2026/27;"),
                 ("b", "receive a progress report at each meeting; and"),
                 ("b", "refer the counter-fraud resourcing issue to the Cabinet Member for Finance."),
                 ("h", "32 Work Programme"),
                 ("p", "The Committee noted the work programme.")])


# 8. TXT: a motion lost on a vote (no decision), then a resolution.
def motion_lost(folder):
    return _txt(folder / "stanbury-tc_2026-01-08_full-council-minutes.txt", """STANBURY TOWN COUNCIL
Minutes of the Full Council meeting held on 8 January 2026

Present: Cllrs A Fitch (Mayor), B Garside, C Hewlett, D Iqbal, E Jarrow, F Keane

25/140 Motion: Free Christmas Parking
Cllr Garside moved, and Cllr Iqbal seconded, that the Town Council fund free parking on the three
Saturdays before Christmas at a cost of £3,600. On being put to the vote the motion was LOST
(2 for, 4 against).

25/141 Precept 2026/27
Members considered the draft budget.
It was RESOLVED to set a precept of £486,250 for 2026/27.
""")


# 9. TXT: an amendment carried that becomes the substantive motion, then RESOLVED.
def amendment_carried(folder):
    return _txt(folder / "westleigh-bc_2026-02-19_council-minutes.txt", """Westleigh Borough Council

Minutes of the Council meeting held on 19 February 2026

64. Motion on Public Toilets

It was moved by Councillor Rhodes and seconded by Councillor Tan that the Council review the
closure of public toilets in the town centre within twelve months.

An amendment was moved by Councillor Ellery and seconded by Councillor Price that "twelve months" be
replaced with "six months". On being put to the vote the amendment was CARRIED and became the
substantive motion.

The substantive motion was then put to the vote and carried.

RESOLVED - That the Council review the closure of public toilets in the town centre within six months.
""")


# 10. TXT parish minutes: "Proposed Cllr X, seconded Cllr Y, all in favour:" before what is decided.
def parish_all_in_favour(folder):
    return _txt(folder / "little-hambrook-pc_2026-03-09_minutes.txt", """LITTLE HAMBROOK PARISH COUNCIL
Minutes of the Parish Council Meeting held in the Village Hall on Monday 9 March 2026 at 7.30pm

Present: Cllr J Whitcombe (Chair), Cllr L Adeyemi, Cllr M Barrow, Cllr S Nolan
In attendance: Mrs P Dunmore (Clerk), 3 members of the public

26/031 Bus shelter repairs
Two quotations had been received. Proposed Cllr Barrow, seconded Cllr Nolan, all in favour: to accept the
quotation of £1,140 from Hambrook Joinery for the repair of the bus shelter on Mill Lane.

26/032 Defibrillator
Proposed Cllr Adeyemi, seconded Cllr Whitcombe, all in favour: to renew the defibrillator pads and battery
at a cost of £189.

26/033 Correspondence
The Clerk reported a letter from the county council about the verge cutting schedule.
""")


# 11. TXT town council: numbered minutes "It was resolved to ..." twice in one item.
def town_resolved_to(folder):
    return _txt(folder / "quarrington-tc_2026-02-02_finance-committee-minutes.txt", """Quarrington Town Council
Finance and General Purposes Committee
Minutes of the meeting held on 2 February 2026

Present: Councillors T Okonjo (Chair), V Lambert, W Marsh, Y Pryce

FGP 26/12 Grant Applications
Members considered three applications to the community grants scheme.
It was resolved to award a grant of £750 to Quarrington Youth Football Club.
It was resolved to award a grant of £400 to the Friends of Quarrington Library.
The third application, from a national charity, did not meet the criteria.

FGP 26/13 Internal Auditor
It was resolved to appoint Marsh Lane Audit Services as internal auditor for 2026/27.
""")


# 12. HTML: a ModernGov "record of decisions" page, site chrome around it.
def moderngov_record(folder):
    html = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Decisions - Cabinet, 10 March 2026 - Ravensmoor Council</title></head><body>
<div id="header"><a href="/">Ravensmoor Council</a> <a href="/council">Your council</a> <a href="/contact">Contact us</a></div>
<div id="breadcrumb">Home &gt; Councillors and democracy &gt; Browse meetings &gt; Cabinet &gt; Decisions</div>
<div id="modgov"><h1 class="mgMainTitleTxt">Decisions</h1>
<p>Decisions published on 12 March 2026 for the meeting of Cabinet on Tuesday, 10 March 2026.</p>
<p>Decisions will come into force and may be implemented on 20 March 2026 unless called in.</p>
<h2>Library Service Strategy 2026-2031</h2>
<p>Decision Maker: Cabinet</p><p>Decision status: Recommendations Approved</p>
<p>Is Key decision?: Yes</p>
<h3>Decision:</h3>
<ol><li>That the Library Service Strategy 2026-2031 be approved.</li>
<li>That the opening hours of the mobile library be extended to include Saturday mornings.</li></ol>
<h3>Reasons for the decision:</h3><p>To provide a sustainable library service.</p>
<h3>Alternative options considered:</h3><p>To continue the current service unchanged.</p>
<h2>Procurement of Grounds Maintenance</h2>
<p>Decision Maker: Cabinet</p><p>Decision status: Recommendations Approved</p>
<h3>Decision:</h3>
<p>That the Director of Environment be authorised to award a five-year grounds maintenance contract following a competitive tender.</p>
<h3>Reasons for the decision:</h3><p>The current contract ends in September 2026.</p>
</div>
<div id="footer">&copy; Ravensmoor Council 2026. <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></div>
</body></html>"""
    path = folder / "ravensmoor-council_2026-03-10_cabinet-decisions.html"
    path.write_text(html, encoding="utf-8")
    return path


# 13. PDF fire authority minutes: "RESOLVED - that Members: i) ... ii) ...".
def fire_authority(folder):
    return _pdf(folder / "ardenshire-fra_2026-02-16_authority-minutes.pdf",
                "Ardenshire Fire and Rescue Authority - 16 February 2026",
                ["Ardenshire Fire and Rescue Authority", "Minutes of the meeting held on 16 February 2026"],
                [("p", "Present: Councillor R Stennett (Chair), Councillors A Bhatt, K Devereux, L Farrow, "
                       "M Greaves."),
                 ("h", "12/26 Community Risk Management Plan 2026-2029"),
                 ("p", "The Chief Fire Officer presented the plan and the outcome of consultation."),
                 ("p", "RESOLVED - that Members:"),
                 ("p", "i) approve the Community Risk Management Plan 2026-2029;"),
                 ("p", "ii) approve the relocation of the second appliance from Tewford to Barcombe fire "
                       "station; and"),
                 ("p", "iii) note the consultation responses set out in Appendix 2."),
                 ("h", "13/26 Revenue Budget and Precept 2026/27"),
                 ("p", "RESOLVED - that a Band D precept of £86.42 be set for 2026/27.")])


# 14. TXT police and crime panel: the Panel's resolution on a precept and a report noted.
def police_panel(folder):
    return _txt(folder / "harnmoor-pcp_2026-02-04_police-and-crime-panel-minutes.txt", """HARNMOOR POLICE AND CRIME PANEL

Minutes of the meeting held on 4 February 2026

Present: Councillor D Ashworth (Chair), Councillors J Brindley, P Cutler, Mr H Sandhu (Independent Member)
Also present: Ms L Tremayne (Police and Crime Commissioner)

7. Proposed Police Precept 2026/27

The Commissioner presented her proposal to increase the Band D police precept by £14 to £301.50.
Members asked about neighbourhood policing numbers and the use of reserves.

The Panel RESOLVED to support the Commissioner's proposed precept of £301.50 for 2026/27 without
qualification or comment.

8. Complaints Update

The Panel noted the quarterly complaints update.
""")


# 15. DOCX IJB: "The IJB:" then numbered past-tense items.
def ijb_numbered(folder):
    return _docx(folder / "glenharrow-ijb_2026-03-25_minutes.docx", "Glenharrow IJB Standards Officer",
                 ["Glenharrow Integration Joint Board", "Minute of meeting held on 25 March 2026"],
                 [("p", "Present: Cllr F McAllister (Chair), Ms G Rennie (Vice Chair), Dr S Bhatia, "
                        "Ms E Carruthers (Chief Officer)."),
                  ("h", "6. Budget 2026/27"),
                  ("p", "The Chief Finance Officer presented the budget, which was balanced after savings of "
                        "£4.2 million."),
                  ("p", "The IJB:"),
                  ("n", "approved the budget for 2026/27;"),
                  ("n", "noted the savings plan and the risks to its delivery; and"),
                  ("n", "directed NHS Glenharrow and Glenharrow Council to deliver services in line with "
                        "the budget."),
                  ("h", "7. Date of next meeting"),
                  ("p", "The next meeting will be on 24 June 2026.")])


# 16. DOCX Scottish council committee: "Decision" heading then "The Committee agreed:- (1) ... (2) ...".
def scottish_decision(folder):
    return _docx(folder / "lochmorran-council_2026-02-18_education-committee-minute.docx", "Committee Services",
                 ["Lochmorran Council", "Education and Children's Services Committee",
                  "Minute of meeting held on 18 February 2026"],
                 [("p", "Sederunt: Councillor I Drummond (Convener); Councillors A Baird, C Forsyth, M Kerr."),
                  ("h", "5. School Estate Strategy"),
                  ("p", "There was submitted a report by the Executive Director of Education on the school "
                        "estate strategy, seeking approval to consult on the future of two rural schools."),
                  ("h", "Decision"),
                  ("p", "The Committee agreed:-"),
                  ("p", "(1) to approve the School Estate Strategy 2026-2036;"),
                  ("p", "(2) to instruct the Executive Director to carry out a statutory consultation on the "
                        "future of Glenbrae Primary School; and"),
                  ("p", "(3) to note that a further report would be submitted in August 2026."),
                  ("h", "6. Attainment Update"),
                  ("p", "There was submitted a report on attainment in the senior phase."),
                  ("h", "Decision"),
                  ("p", "The Committee noted the report.")])


# 17. TXT licensing sub-committee: "DECISION:" label and reasons.
def licensing_decision(folder):
    return _txt(folder / "bramcote-dc_2026-01-27_licensing-sub-committee-minutes.txt", """BRAMCOTE DISTRICT COUNCIL
LICENSING SUB-COMMITTEE
Minutes of the hearing held on 27 January 2026

Members: Councillors N Ferris (Chair), O Grantham, P Hussain

3. Application for a Premises Licence - The Old Forge, 14 High Street, Bramcote

The Sub-Committee heard from the applicant, Mr Q Lister, and from two residents who had made
representations about noise.

DECISION: That the premises licence be granted subject to the conditions offered by the applicant and an
additional condition that the rear garden close at 10.00 pm.

REASONS: The Sub-Committee was satisfied that, with the conditions, the licensing objectives would be
promoted.
""")


# 18. PDF trust board: "The Board:" then past-tense bullets.
def trust_board_bullets(folder):
    return _pdf(folder / "selbury-community-trust_2026-01-29_board-minutes.pdf",
                "Selbury Community Health NHS Trust - Trust Board (Public)",
                ["Selbury Community Health NHS Trust", "Minutes of the Trust Board meeting held in public",
                 "29 January 2026"],
                [("p", "Present: Mr A Whitlock (Chair), Ms B Oyelaran (Chief Executive), Mr C Dunmore "
                       "(Director of Finance), Dr D Petrakis (Medical Director)."),
                 ("h", "TB 26/08 Green Plan Refresh"),
                 ("p", "The Director of Estates presented the refreshed Green Plan."),
                 ("p", "The Board:"),
                 ("b", "Approved the Green Plan 2026-2029."),
                 ("b", "Noted the carbon reduction achieved in 2025."),
                 ("h", "TB 26/09 Freedom to Speak Up Report"),
                 ("p", "The Freedom to Speak Up Guardian presented her report."),
                 ("p", "The Board:"),
                 ("b", "Received and noted the report.")])


# 19. TXT: "Members voted unanimously to ..." and "Members unanimously agreed that ...".
def members_voted(folder):
    return _txt(folder / "fernhurst-vale-housing_2026-02-12_tenants-panel-minutes.txt", """Fernhurst Vale Homes
Resident Scrutiny Panel - Minutes - 12 February 2026

Present: Mrs H Abara (Chair), Mr J Boyce, Ms K Chandler, Mr L Dyer
Officers: Ms M Egerton (Resident Involvement Manager)

1. Scrutiny review topic
Members discussed three possible topics for the next review.
Members voted unanimously to review the handling of damp and mould reports.

2. Panel membership
Members unanimously agreed that two co-opted places be offered to leaseholders.
""")


# 20. TXT: a resolution followed at once by a narrative line of the meeting (boundary).
def narrative_after(folder):
    return _txt(folder / "kilnsey-bc_2026-03-05_overview-committee-minutes.txt", """KILNSEY BOROUGH COUNCIL
Overview and Scrutiny Committee
Minutes of the meeting held on 5 March 2026

Present: Councillors U Blake (Chair), V Carrow, W Dhillon, X Ewart

41. Annual Report of the Community Safety Partnership
The Community Safety Manager presented the annual report.
RESOLVED that the annual report of the Community Safety Partnership be noted.
Councillor Carrow left the meeting at 8.05 pm.

42. Call-in: Closure of Abbey Road Depot
Members considered the call-in of the Cabinet's decision.
RESOLVED that the decision be not referred back to the Cabinet.
The meeting closed at 9.10 pm.
""")


# 21. DOCX: a decision register table Ref | Date | Decision | Decision maker.
def decision_register(folder):
    rows = [["Ref", "Date", "Decision", "Decision maker"],
            ["ED/2026/014", "6 January 2026", "To award the contract for school transport route 41 to Vale "
             "Coaches Ltd for two years.", "Director of Children's Services"],
            ["ED/2026/015", "13 January 2026", "To approve a discretionary rate relief of £6,200 for "
             "Tennant Street Community Centre.", "Cabinet Member for Finance"],
            ["ED/2026/016", "20 January 2026", "To adopt the revised street naming and numbering "
             "policy.", "Cabinet Member for Planning"]]
    return _docx(folder / "ashvale-council_2026-01_executive-decisions-register.docx", "Governance Team",
                 ["Ashvale Council", "Register of Executive Decisions - January 2026"],
                 [("p", "This register records decisions taken by individual Cabinet Members and officers "
                        "under delegated powers."),
                  ("t", rows)])


# 22. Markdown minutes: "**Resolved:**" then a markdown list.
def markdown_minutes(folder):
    return _txt(folder / "penhallow-pc_2026-01-12_minutes.md", """# Penhallow Parish Council

## Minutes of the meeting held on 12 January 2026

**Present:** Cllrs R Tonkin (Chair), S Veal, T Warne, U Yelland

### 112/25 Churchyard maintenance

The Clerk reported on the condition of the churchyard wall.

**Resolved:**

- to instruct Carn Masonry to repair the churchyard wall at a cost of £2,350;
- to apply to the county council's community fund for half of the cost.

### 113/25 Planning

**Resolved:** to support planning application PA26/00031 for a single-storey extension at Trevena Farm.
""")


# 23. HTML minutes with a nested list under "Resolved:".
def html_nested(folder):
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Minutes - Corporate Committee - Dunmere Borough Council</title></head>
<body><nav><a href="/">Home</a> | <a href="/meetings">Meetings</a> | <a href="/search">Search</a></nav>
<main><h1>Corporate Committee - 22 January 2026</h1>
<p>Present: Councillors A Lowther (Chair), B Mendez, C Norbury</p>
<h2>34. Pay Policy Statement 2026/27</h2>
<p>The Head of HR introduced the statement.</p>
<p><strong>Resolved:</strong></p>
<ol type="a">
<li>That the Council be recommended to approve the Pay Policy Statement 2026/27.</li>
<li>That the following be noted:
  <ol type="i"><li>the pay multiple of 6.8 between the highest and median earnings;</li>
  <li>the adoption of the real living wage from April 2026.</li></ol></li>
</ol>
<h2>35. Member Training</h2>
<p><strong>Resolved:</strong> That a training session on planning be held in April 2026.</p>
</main><footer><p>Dunmere Borough Council, Civic Offices. <a href="/accessibility">Accessibility</a></p></footer></body></html>"""
    path = folder / "dunmere-bc_2026-01-22_corporate-committee-minutes.html"
    path.write_text(html, encoding="utf-8")
    return path


# 24. Negative: a report whose background mentions past decisions.
def report_background(folder):
    return _pdf(folder / "hollinsworth-dc_2026-03-17_cabinet-report-waste.pdf",
                "Hollinsworth District Council - Cabinet - 17 March 2026",
                ["Hollinsworth District Council", "Report to Cabinet - 17 March 2026",
                 "Food Waste Collections"],
                [("h", "1. Recommendation"),
                 ("p", "1.1 That Cabinet approves the introduction of weekly food waste collections from "
                       "October 2026."),
                 ("h", "2. Background"),
                 ("p", "2.1 On 12 November 2024 Cabinet resolved to consult residents on food waste "
                       "collections. In July 2025 the Council agreed to bid for new burdens funding, and the "
                       "Environment Committee noted the consultation results in September 2025."),
                 ("h", "3. Financial Implications"),
                 ("p", "3.1 The capital cost of caddies and vehicles is £1.2m, met from government funding.")])


# 25. Negative: a forward plan listing decisions to be taken.
def forward_plan(folder):
    return _txt(folder / "carrowby-council_2026-02-01_forward-plan.txt", """CARROWBY COUNCIL
FORWARD PLAN OF KEY DECISIONS
1 February 2026 to 31 May 2026

Item: Leisure Management Contract
Decision to be taken: To approve the award of the leisure management contract
Decision maker: Cabinet
Date of decision: 17 March 2026
Key decision: Yes

Item: Housing Revenue Account Business Plan
Decision to be taken: To approve the HRA Business Plan 2026-2056
Decision maker: Council
Date of decision: 23 April 2026
Key decision: Yes
""")


# 26. Negative: notes of a discussion with actions only.
def notes_with_actions(folder):
    return _txt(folder / "tolland-ics_2026-02-10_estates-group-notes.txt", """NHS Tolland Integrated Care System
Estates Steering Group - Notes of meeting, 10 February 2026

Attendees: Mr V Osei (Chair), Ms W Pryor, Mr Y Quinlan

1. Estates strategy refresh
The group discussed the timetable for the refresh and the data needed from each trust.
ACTION: Ms Pryor to circulate the data template by 20 February.

2. Void space
Mr Quinlan described the void space at Tolland Health Centre and options for its use.
ACTION: Mr Quinlan to bring costed options to the next meeting.
""")


# The decisions each paper must give: a phrase of each (or (phrase, words it must not hold)), in order.
EXPECTED = {
    page_break_items: ["Issues and Options document be approved",
                       ("minor editorial changes to the document before publication", "Page 1"),
                       "Local Development Scheme be brought into effect"],
    recommendations_in_report: ["recommendations in the report be approved",
                                "allocation of the Homelessness Prevention Grant",
                                "press and public be excluded"],
    unmarked_lines: [("Housing Allocations Policy 2026 be adopted", "authorised"),
                     ("authorised to make minor changes", "review of the first"),
                     "review of the first six months"],
    nested_items: ["resident permit charge of £65", "visitor permit charge of £2.50",
                   "charges be reviewed again", "update be noted"],
    minute_table: ["de-delegate funding", "noted the recovery plan", "early years base rate"],
    action_log: [("AGREED the budget for 2026/27", "Action"),
                 ("hold swimming lesson prices", "Circulate")],
    agreed_to_bullets: [("approve the Internal Audit Plan", "progress report"), "receive a progress report",
                        "refer the counter-fraud", "noted the work programme"],
    motion_lost: ["precept of £486,250"],
    amendment_carried: ["within six months"],
    parish_all_in_favour: [("quotation of £1,140 from Hambrook Joinery", "defibrillator"),
                           "renew the defibrillator pads"],
    town_resolved_to: [("grant of £750", "£400"), ("grant of £400", "third application"),
                       "Marsh Lane Audit Services"],
    moderngov_record: ["Library Service Strategy 2026-2031 be approved", "mobile library",
                       ("award a five-year grounds maintenance contract", "current contract ends")],
    fire_authority: ["approve the Community Risk Management Plan", "relocation of the second appliance",
                     "note the consultation responses", "Band D precept of £86.42"],
    police_panel: ["support the Commissioner's proposed precept", "noted the quarterly complaints update"],
    ijb_numbered: [("approved the budget for 2026/27", "savings plan"), "noted the savings plan",
                   ("directed NHS Glenharrow", "next meeting")],
    scottish_decision: ["approve the School Estate Strategy", "statutory consultation",
                        "further report would be submitted", "noted the report"],
    licensing_decision: [("premises licence be granted", "REASONS")],
    trust_board_bullets: ["Approved the Green Plan", "Noted the carbon reduction", "Received and noted the report"],
    members_voted: ["review the handling of damp and mould", "co-opted places"],
    narrative_after: [("Community Safety Partnership be noted", "left the meeting"),
                      ("not referred back", "closed")],
    decision_register: ["school transport route 41", "discretionary rate relief", "street naming"],
    markdown_minutes: [("repair the churchyard wall", "community fund"), "community fund",
                       "support planning application PA26/00031"],
    html_nested: ["Pay Policy Statement 2026/27", "pay multiple of 6.8", "real living wage",
                  "training session on planning"],
    report_background: [],
    forward_plan: [],
    notes_with_actions: [],
}
