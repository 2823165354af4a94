"""Probe papers for decisions (stop 21, d21): thirty fictional papers in layouts seen on REAL council,
parish, fire, police, combined authority, IJB, NHS trust and health board pages (surveyed by their
shape only; every authority, person, figure and sentence here is invented):

* parish minutes with numbered minute references and agenda wording ("To consider quotations ...")
  before "RESOLVED to unanimously accept ...", "It was Resolved: to ...", "Cllr A proposed, Cllr B
  seconded and it was agreed unanimously that ...", "Having considered the quotes Cllrs RESOLVED to ...",
  a facilities committee's dash items each with "Resolved: That the quote ... be accepted";
* ModernGov pages: an issue page whose "Decision:" block ("The Board resolved:- (i) ... (ii) ...") is
  followed by "Minutes:" narrating it; an agenda item page whose "RESOLVED: a. ... b. ..." items run on;
  a decision details page ("Decision Made:", "Reasons for Decision:"), a decision record of a portfolio
  holder ("Decision of the Portfolio Holder for ...", "(a) To begin ... (b) That ... be delegated");
* board minutes: generic outcomes after an item title ("Risk Management Policy: The Board were in
  agreement and the policy was adopted."), identical "The Board noted the report." under different
  items, a trust board table whose Outcome cell holds numbered items, a Welsh trust's inline
  "RESOLVED: That (1) ...; and (2) ...", "The minutes were approved as an accurate record", an
  NHS board "1) The Board received ... 4) The Board deferred ...";
* wordings: "requested that", "elected ... as Chair", "agreed to attend", "was accepted by the Board",
  "were in agreement", "duly elected Chairman for the year ensuing", "Agreed: That ...", "Friends
  agreed to ...", "Motion ... carried";
* negatives: an agenda ("Members are asked to agree ...", "For decision"), a report's background
  ("approved by Cabinet in March 2025"), a lost amendment, "agreed by officers".

EXPECTED maps each builder to the decisions it must give, in order: each entry a distinctive phrase
of one decision, or (phrase, text the decision must not hold).  Written before the tool ran on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docxgen  # noqa: E402
from pdfgen import headed_paper  # noqa: E402


_docx = docxgen.headed_paper


def _txt(path, text):
    Path(path).write_text(text, encoding="utf-8")
    return Path(path)


def _html(path, text):
    Path(path).write_text(text, encoding="utf-8")
    return Path(path)


# 1. TXT parish minutes: year-numbered minutes, agenda wording "To consider ... and resolve", then
#    "RESOLVED to unanimously accept ...", and an apology accepted by resolution.
def parish_year_numbered(folder):
    return _txt(folder / "fernleigh-pc_2026-02-09_parish-council-minutes.txt", """Fernleigh Parish Council
Minutes of the meeting of Fernleigh Parish Council held at 7.30pm on Monday 9 February 2026 at the Reading Room.

Present: Cllr M Oduya (Chair), Cllr T Brackley, Cllr S Penhallow, Cllr R Vine
In attendance: Mrs K Rolfe (Clerk), two members of the public.

2026-014 Apologies for absence
Cllr Dyer - RESOLVED unanimously to accept the apology and the reason given.

2026-015 Declarations of interest
None were declared.

2026-016 Village green drainage
i) To consider quotations for the repair of the soakaway on the village green and resolve which to accept.
RESOLVED to unanimously accept the quotation of £2,860 from Marsh Lane Groundworks.
ii) To consider the purchase of two replacement benches.
RESOLVED to buy two recycled plastic benches at a cost not exceeding £1,200.

2026-017 Date of next meeting
The next meeting will be held on 9 March 2026.
""")


# 2. TXT parish minutes: "It was Resolved:" run in, a proposer/seconder sentence, and a deferral.
def parish_it_was_resolved(folder):
    return _txt(folder / "oakhurst-pc_2026-01-15_extraordinary-meeting-minutes.txt", """OAKHURST PARISH COUNCIL
Minutes of the Extraordinary Meeting held on Thursday 15 January 2026 in the Village Hall

Present: Councillors J Amadi, L Crowther, P Featherstone, D Quill. Clerk: Mr B Tanner.

It was Resolved: Cllr Amadi to chair the meeting.

41. Play area refurbishment
a. Funding update
Cllr Crowther confirmed that the Rural Communities Fund grant of £9,000 had been awarded.
b. To vote on the next step
It was Resolved: to accept the revised quotation of £18,450 and to place the order so that work can start in March.

42. Allotment water supply
Cllr Featherstone proposed, Cllr Quill seconded and it was agreed unanimously that the Council replace the allotment standpipes before the growing season.

43. Storage container
Having considered the two quotations and the points raised in discussion, Councillors RESOLVED to defer this item to the March meeting.
Action: Clerk

The meeting closed at 8.05pm.
""")


# 3. PDF facilities committee: dash items each with "Resolved: That the quote ... be accepted".
def facilities_dash_items(folder):
    return headed_paper(folder / "gullhaven-pc_2026-03-04_facilities-committee-minutes.pdf",
                        "Gullhaven Parish Council - Facilities Committee",
                        ["Gullhaven Parish Council",
                         "Minutes of the Facilities Committee held at 8.30pm on Wednesday 4 March 2026"],
                        [("p", "Present: Councillors Ashby (Chair), Morwenna, Pettigrew and Salt."),
                         ("p", "Clerk: Mr R Hollins"),
                         ("h", "Minutes"),
                         ("p", "The minutes of the meeting held on 28 January 2026 were taken as read, approved as "
                               "a correct record and signed by the chair."),
                         ("h", "Replacement of the pavilion boiler"),
                         ("p", "Resolved: That the quote from Tidewell Heating of £4,215 be accepted (to be "
                               "confirmed by the full council)."),
                         ("p", "It was also requested that the clerk ask whether the boiler could be bought through "
                               "the county framework."),
                         ("h", "Renewal of the grounds maintenance contract"),
                         ("p", "Resolved: That the quote from Contractor B of £6,980 a year be accepted."),
                         ("p", "The meeting closed at 8.57pm.")])


# 4. HTML ModernGov issue page: a "Decision:" block ("The Board resolved:- (i) ... (iii)") and
#    "Minutes:" narrating the same item; the decisions are stored once.
def moderngov_issue_decision_then_minutes(folder):
    return _html(folder / "corrieburn-ijb_2026-02-17_issue-minute-of-previous-meeting.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Issue - meetings - Corrieburn Integration Joint Board</title></head>
<body><div id="header"><a href="/">Corrieburn Council</a> | <a href="/committees">Committees</a></div>
<div id="modgov"><h1 class="mgMainTitleTxt">Issue - meetings</h1>
<h2>Annual Review of the Scheme of Governance</h2>
<p>Meeting: 17/02/2026 - Integration Joint Board (Item 7)</p>
<h3>7 Annual Review of the Scheme of Governance</h3>
<h4>Decision:</h4>
<p>The Board resolved:-</p>
<p>(i) to approve the revised Scheme of Governance set out in Appendix A;</p>
<p>(ii) to instruct the Chief Officer to report on delegated spending limits to the Board in June 2026; and</p>
<p>(iii) to note the revised terms of reference of the Risk, Audit and Performance Committee.</p>
<h4>Minutes:</h4>
<p>The Board had before it a report by the Chief Officer on the annual review of its Scheme of Governance.</p>
<p>Members asked about the spending limits delegated to the Chief Officer and heard that these had not changed since 2022.</p>
<p>The Board resolved:-</p>
<p>(i) to approve the revised Scheme of Governance set out in Appendix A;</p>
<p>(ii) to instruct the Chief Officer to report on delegated spending limits to the Board in June 2026; and</p>
<p>(iii) to note the revised terms of reference of the Risk, Audit and Performance Committee.</p>
</div><div id="footer">Corrieburn Council, Burgh Chambers</div></body></html>""")


# 5. HTML ModernGov agenda item page: "RESOLVED: a. That ... b. That ..." items, the first run in
#    after the label; "Committee noted ..." before them is their discussion.
def moderngov_lettered_run_in(folder):
    return _html(folder / "glanrhyd-cbc_2026-01-28_democratic-services-committee-item.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Agenda item - Glanrhyd County Borough Council</title></head>
<body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda item</h1>
<h2>Members' Digital Devices Update</h2>
<p>Minutes:</p>
<p>Committee received an update on the rollout of tablets to Members and the new meeting papers app.</p>
<p>Members were reminded that drop-in sessions were held every Tuesday in the Civic Centre.</p>
<p>RESOLVED: a. That the progress made in rolling out the meeting papers app be noted;</p>
<p>b. That paper agenda packs be provided on request only from May 2026;</p>
<p>c. That the Members' Digital Reference Group report on the pilot to the July meeting.</p>
<p>Supporting documents:</p>
</div></body></html>""")


# 6. HTML decision details page: "Decision Made:" and its reasons.
def decision_details_made(folder):
    return _html(folder / "saltmarsh-mbc_2026-03-12_cabinet-decision-details.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Decision - Traffic signal maintenance contract - Saltmarsh MBC</title></head>
<body><div id="modgov"><h1 class="mgMainTitleTxt">Decision details</h1>
<h2>Traffic signal maintenance contract</h2>
<p>Decision Maker: Cabinet</p>
<p>Decision status: Recommendations Approved</p>
<p>Is Key decision?: No</p>
<p>Is subject to call in?: No</p>
<p>The Cabinet considered a report by the Director of Highways on the tenders received for the traffic signal maintenance contract.</p>
<h3>Decision Made:</h3>
<p>That the report be referred to the Cabinet Member for Transport, who is given delegated authority to take the final decision on the award of the contract.</p>
<h3>Reasons for Decision:</h3>
<p>To allow the Cabinet Member to clarify the quality scores before the award.</p>
<h3>Alternative Options Considered and Rejected:</h3>
<p>None.</p>
<p>Publication date: 14/03/2026</p><p>Date of decision: 12/03/2026</p>
</div></body></html>""")


# 7. DOCX decision record of a portfolio holder: "Decision of the Portfolio Holder for Finance" and
#    its lettered items, then reasons.
def portfolio_holder_record(folder):
    return _docx(folder / "kestrel-vale-dc_2026-02-20_portfolio-holder-decision.docx", "Democratic Services",
                 ["Kestrel Vale District Council", "Individual Portfolio Holder Decision",
                  "Procurement Forward Plan 2026/27 - Decision"],
                 [("h", "Decision of the Portfolio Holder for Finance and Assets"),
                  ("p", "(a) To begin each of the procurement processes listed in Appendix 1 to the report.\n"
                        "(b) That in each case the award of the contract be delegated to the relevant portfolio "
                        "holder after consultation with the Executive Director."),
                  ("h", "Reason for the decision"),
                  ("p", "The Council's contract rules require approval of procurements over £500,000."),
                  ("h", "Alternative options considered"),
                  ("p", "To seek approval for each procurement separately, which would delay the programme."),
                  ("p", "Signed: Councillor P Langridge, Portfolio Holder for Finance and Assets. Date: 20 February 2026")])


# 8. DOCX board minutes: generic outcomes after an item title run in ("<title>: The Board were in
#    agreement and the policy was adopted."), the same generic outcome under two items.
def title_run_in_generic(folder):
    return _docx(folder / "ashgrove-housing-trust_2026-01-22_board-minutes.docx", "Company Secretary",
                 ["Ashgrove Community Housing Trust", "Minutes of the Board of Trustees, 22 January 2026"],
                 [("p", "Present: A Carver (Chair), H Delacroix, N Iqbal, R Strand"),
                  ("h", "5. Policies for approval"),
                  ("p", "Risk Management Policy: The Board were in agreement and the policy was adopted."),
                  ("p", "Safeguarding Policy: The Board were in agreement and the policy was adopted."),
                  ("p", "Complaints Policy: The Board asked for the response times to be checked against the "
                        "Housing Ombudsman code before it returns in April."),
                  ("h", "6. Tenant involvement"),
                  ("p", "The Board agreed to attend the tenants' annual open day on 14 March 2026.")])


# 9. PDF NHS trust board minutes: "The Board noted the report." under several items (each a decision,
#    told apart by its item), "was accepted by the Board", "requested that".
def repeated_noted_report(folder):
    return headed_paper(folder / "wexmoor-chft_2026-03-05_trust-board-minutes.pdf",
                        "Wexmoor Community Health NHS Foundation Trust - Board of Directors",
                        ["Wexmoor Community Health NHS Foundation Trust",
                         "Minutes of the Board of Directors meeting held in public on 5 March 2026"],
                        [("p", "Present: Dr L Fairbrother (Chair), M Osei (Chief Executive), K Villiers, J Horne"),
                         ("h", "BD/26/031 Integrated Performance Report"),
                         ("p", "The Chief Operating Officer presented the report. Waiting times for community "
                               "paediatrics had improved for the third month."),
                         ("p", "The Board noted the report."),
                         ("h", "BD/26/032 Guardian of Safe Working Hours Quarterly Report"),
                         ("p", "The Guardian reported eleven exception reports in the quarter, none of them "
                               "about immediate safety."),
                         ("p", "The Board noted the report."),
                         ("h", "BD/26/033 Annual Declaration of Interests"),
                         ("p", "The register of directors' interests was accepted by the Board."),
                         ("p", "The Board requested that the register be published on the Trust website by "
                               "31 March 2026.")])


# 10. DOCX trust board table: Item | Discussion | Outcome, with numbered items inside an Outcome cell.
def table_cell_numbered(folder):
    return _docx(folder / "harrowden-icb_2026-02-26_board-minutes.docx", "Board Secretary",
                 ["NHS Harrowden Integrated Care Board", "Minutes of the Board meeting in public, 26 February 2026"],
                 [("t", [["Item", "Discussion", "Outcome"],
                         ["ICB/26/12 Joint Forward Plan refresh",
                          "The Director of Strategy summarised the engagement with partners.",
                          "The Board:\n1. approved the refreshed Joint Forward Plan;\n2. delegated final "
                          "editorial changes to the Chief Executive;\n3. noted the engagement summary."],
                         ["ICB/26/13 Primary care access recovery",
                          "Members discussed pharmacy first uptake in rural places.",
                          "The Board noted the update."]])])


# 11. PDF Welsh trust minutes: inline numbered items "RESOLVED: That (1) ...; and (2) ...".
def inline_numbered_resolution(folder):
    return headed_paper(folder / "cwm-teifi-ambulance_2026-01-29_trust-board-minutes.pdf",
                        "Cwm Teifi Ambulance Services NHS Trust",
                        ["Cwm Teifi Ambulance Services NHS Trust",
                         "Minutes of the Trust Board held on 29 January 2026 at Ty Gwyn, Aberdyfrig"],
                        [("p", "Present: Mr G Prydderch (Chair), Mrs E Lloyd-Hughes, Dr T Mabon, Mr S Rhys"),
                         ("h", "01/26 PROCEDURAL MATTERS"),
                         ("p", "RESOLVED: That (1) it be noted that no declarations were made under the Standing "
                               "Orders; and (2) the minutes of the Audit Committee held on 4 December 2025 be "
                               "received."),
                         ("h", "02/26 FLEET REPLACEMENT PROGRAMME"),
                         ("p", "The Director of Finance set out the case for replacing forty-two emergency "
                               "ambulances over two years."),
                         ("p", "RESOLVED: That the business case for the fleet replacement programme be approved "
                               "for submission to the Welsh Government.")])


# 12. TXT cabinet minutes: numbered item heading in capitals, "RESOLVED:" then "That approval be
#     given to ..." on the next line, and the minutes confirmed.
def cabinet_resolved_next_line(folder):
    return _txt(folder / "lb-millbank-east_2026-03-02_cabinet-minutes.txt", """London Borough of Millbank East
Cabinet
Minutes
Monday 2 March 2026

PRESENT
Councillor R Adeyemi, Leader
Councillor S Brannigan, Cabinet Member for Housing
Councillor F Okafor, Cabinet Member for Finance

211. MINUTES OF THE CABINET MEETING HELD ON 2 FEBRUARY 2026
RESOLVED:
That the minutes of the meeting held on 2 February 2026 be confirmed and signed as an accurate record.

212. APOLOGIES FOR ABSENCE
There were no apologies for absence.

213. CAPITAL PROGRAMME - BUDGET VARIATIONS AT QUARTER 3 2025/26
RESOLVED:
That approval be given to the budget variations at quarter 3 set out in Appendix 1.

214. SCHOOL MEALS SUBSIDY
RESOLVED:
That the universal free school meals subsidy for primary pupils be extended to July 2027.
""")


# 13. PDF health board minutes: lettered sub-items, "The minutes were approved as an accurate record".
def lettered_sub_items_minutes(folder):
    return headed_paper(folder / "glyn-ebwy-uhb_2026-02-12_board-minutes.pdf",
                        "Glyn Ebwy University Health Board",
                        ["Glyn Ebwy University Health Board", "Minutes of the Board meeting held on 12 February 2026"],
                        [("p", "Present: Prof A Meredith (Chair), Ms C Pugh (Chief Executive), Mr O Llewellyn"),
                         ("h", "3. Minutes of the Board meeting held on 11 December 2025"),
                         ("p", "a) Approval of minutes"),
                         ("p", "The minutes were approved as an accurate record of the meeting."),
                         ("p", "b) Action log"),
                         ("p", "The Board Secretary updated the Board on each open action."),
                         ("h", "4. Winter Plan 2025/26"),
                         ("p", "The Chief Operating Officer described the additional beds opened in January."),
                         ("p", "The Board approved the extension of the winter escalation beds at Ysbyty Cwm "
                               "until 30 April 2026.")])


# 14. HTML City-style minutes page: "RESOLVED – That the Sub-Committee notes the report." and
#     "Members requested details of ..." (a request), "RESOLVED" then "1. That ...".
def moderngov_notes_and_requests(folder):
    return _html(folder / "city-of-aldwych_2026-02-05_digital-services-sub-committee-item.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Agenda item - City of Aldwych</title></head>
<body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda item</h1>
<h2>Outstanding actions from previous meetings</h2>
<p>Joint report of the Town Clerk and the Chamberlain.</p>
<p>Minutes:</p>
<p>The Sub-Committee considered a joint report on outstanding actions.</p>
<p>Members requested details of the annual cost of webcasting each meeting.</p>
<p>RESOLVED – That the Sub-Committee notes the report.</p>
<h2>Meeting papers pilot</h2>
<p>Minutes:</p>
<p>The Sub-Committee considered a report on the pilot of the meeting papers app.</p>
<p>RESOLVED</p>
<p>1. That all Members and co-opted Members take part in the pilot from April to June 2026.</p>
<p>2. That a status update be given to the next meeting.</p>
</div></body></html>""")


# 15. TXT annual meeting: elections ("was duly elected Chairman for the year ensuing",
#     "elected ... as Vice-Chair") and appointments.
def elections_annual_meeting(folder):
    return _txt(folder / "brackenmoor-town-council_2026-05-11_annual-meeting-minutes.txt", """BRACKENMOOR TOWN COUNCIL
Minutes of the Annual Meeting of the Town Council held on Monday 11 May 2026 at the Guildhall

Present: Councillors E Ashdown, P Bewick, G Cato, H Dunmore, J Eskdale, K Fairweather

1. Election of Chairman
Councillor Bewick moved that Councillor Ashdown take the Chair. No other nominations were received and Councillor Ashdown was duly elected Chairman for the year ensuing.

2. Election of Vice-Chairman
The Council elected Councillor Cato as Vice-Chairman for 2026/27.

3. Appointment of representatives
RESOLVED that Councillor Eskdale be appointed as the Council's representative on the Brackenmoor Almshouse Charity.
""")


# 16. TXT NHS board summary: numbered "The Board received ... / gave ... / deferred ..." lines.
def numbered_board_actions(folder):
    return _txt(folder / "pennine-dales-hospitals_2026-02-19_board-highlights-minutes.txt", """Pennine Dales Hospitals NHS Trust
Minutes of the Board of Directors, 19 February 2026

The meeting was opened at 9.30am by the Chair, Mrs R Holroyd.

The agenda was approved and the minutes of the meeting on 15 January 2026 were adopted.

Business:
1) The Board received and noted the Chief Executive's report.
2) The Board approved the capital business case for the replacement CT scanner at Skelbeck Hospital.
3) The Board deferred consideration of the estates strategy until the April meeting, pending the valuation report.
4) The Board appointed Mr D Ormerod as Senior Independent Director from 1 March 2026.

The meeting closed at 12.10pm.
""")


# 17. MD friends group minutes: "Agreed:" labels, "It was decided that", "Friends agreed to".
def friends_group_agreed_labels(folder):
    return _txt(folder / "friends-of-wren-park_2026-01-13_committee-minutes.md", """# Friends of Wren Park - Committee Meeting

**Date:** 13 January 2026, 7.15pm, The Bowls Pavilion

**Present:** Amy (chair), Dev, Jean, Lara, Ollie, Rena

## 1. Treasurer's report
We have £3,140 in the account after paying for the autumn bulb planting.

**Agreed:** That Dev and Lara may buy a second-hand leaf blower for no more than £150 from the tools budget.

## 2. Spring clean-up
It was decided that the spring clean-up will be held on Saturday 21 March, meeting at the south gate.

## 3. Purposes of the group
The committee agreed to adopt the three purposes drafted by Jean and to put them on the website.

## 4. Any other business
Ollie will ask the council about a new bin near the pond.
""")


# 18. PDF parish minutes: "Motion ... carried" and "The Council voted unanimously to ..."; an
#     amendment that fell, undoing its proposal.
def parish_motions_and_lost_amendment(folder):
    return headed_paper(folder / "little-sarn-pc_2026-03-16_parish-council-minutes.pdf",
                        "Little Sarn Parish Council",
                        ["Little Sarn Parish Council", "Minutes of the Parish Council meeting, 16 March 2026"],
                        [("p", "Present: Cllrs Y Abbot (Chair), B Cornish, D Elphick, F Gault, H Ivers"),
                         ("h", "26/31 Email voting"),
                         ("p", "The Council voted unanimously to allow decisions on urgent matters by email "
                               "between meetings until 30 June 2026."),
                         ("h", "26/32 Street lighting energy contract"),
                         ("p", "A motion to give the Clerk authority to accept a fixed-price energy quotation of up "
                               "to £600 was proposed by Cllr Cornish and seconded by Cllr Elphick. The motion was "
                               "carried."),
                         ("h", "26/33 Precept 2026/27"),
                         ("p", "Cllr Gault proposed an amendment that the precept be reduced to £24,000. The "
                               "amendment was seconded by Cllr Ivers. On being put to the vote the amendment fell."),
                         ("p", "RESOLVED that the precept for 2026/27 be set at £25,500.")])


# 19. HTML ModernGov minutes: "Decision" + "Minutes" of a fire authority, with "RESOLVED –" on one
#     paragraph and "That ..." on the next.
def fire_resolved_dash_next_paragraph(folder):
    return _html(folder / "tarnshire-fra_2026-02-18_fire-authority-minutes.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Agenda and minutes - Tarnshire Fire Authority</title></head>
<body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<p>Fire Authority - Wednesday, 18th February, 2026 10.00 am</p>
<table><tr><th>No.</th><th>Item</th></tr>
<tr><td>2.</td><td><p>Minutes</p><p>To approve, and sign as a correct record, the Minutes of the meeting held on 10 December 2025.</p>
<p>Minutes:</p><p>RESOLVED –</p><p>That the Minutes of the meeting of the Fire Authority held on 10 December 2025 be approved and signed by the Chairman as a correct record.</p></td></tr>
<tr><td>3.</td><td><p>Disclosure of Interests</p><p>Minutes:</p><p>None.</p></td></tr>
<tr><td>7.</td><td><p>Precept and Budget 2026/27</p><p>Minutes:</p>
<p>The Treasurer presented the budget and the options for the precept.</p>
<p>RESOLVED –</p><p>1. That a Band D precept of £86.42 be approved for 2026/27.</p>
<p>2. That the capital programme 2026/27 to 2030/31 be approved.</p></td></tr>
</table></div></body></html>""")


# 20. TXT IJB minute: narrative "... which was noted." and "The IJB agreed:" bullets.
def ijb_which_was_noted(folder):
    return _txt(folder / "lochaven-ijb_2026-03-25_ijb-minute.txt", """At a MEETING of the LOCHAVEN HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held remotely on 25 March 2026.

Present:- Members: Ms F Drummond (Chair), Cllr A Baird, Mr J Kerr, Dr M Moffat

Before the business began the Chief Officer briefed the Board on the pressures in care at home services over the winter, which was noted.

I DECLARATION OF INTEREST
There were no declarations of interest.

II FINANCIAL RECOVERY PLAN
There was submitted a report by the Chief Finance Officer setting out the actions to close the projected overspend of £2.1m.
The Integration Joint Board agreed:
- to approve the financial recovery plan set out in Appendix 1;
- to instruct the Chief Finance Officer to report progress to each meeting until the overspend is closed.
""")


# 21. Negative: a fire authority agenda with "Members are asked to agree ..." and "For decision".
def fire_agenda_for_decision(folder):
    return _html(folder / "tarnshire-fra_2026-06-24_fire-authority-agenda.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Fire and Rescue Authority - 24 June 2026 - Agenda</title></head>
<body><h1>Fire and Rescue Authority</h1><p>24 June 2026, 2.00pm, Headquarters</p>
<table><tr><th>Item no.</th><th>Agenda Item</th><th>Details</th><th>Status</th></tr>
<tr><td>01</td><td>Apologies for Absence</td><td></td><td></td></tr>
<tr><td>03</td><td>Minutes</td><td>Members are asked to agree the minutes of the meeting held on 18 February 2026, and that they be signed by the Chair as a correct record.</td><td>For decision</td></tr>
<tr><td>05</td><td>Audit Committee Minutes</td><td>Members are asked to receive and note the minutes of the Audit Committee held on 12 May 2026.</td><td>For information</td></tr>
<tr><td>08</td><td>Member Role Descriptions</td><td>This report asks the Authority to review and agree the Member role descriptions.</td><td>For decision</td></tr>
</table></body></html>""")


# 22. Negative: a committee report whose background states past decisions of other meetings and
#     officers ("approved by Cabinet in March 2025", "agreed by officers").
def report_with_past_decisions(folder):
    return _docx(folder / "norbridge-cc_2026-04-08_scrutiny-report-bus-services.docx", "Transport Policy",
                 ["Norbridge County Council", "Economy and Transport Scrutiny Committee - 8 April 2026",
                  "Report of the Director of Transport: Supported Bus Services"],
                 [("h", "1. Purpose of the report"),
                  ("p", "To update the Committee on supported bus services."),
                  ("h", "2. Background"),
                  ("p", "The Bus Service Improvement Plan was approved by Cabinet in March 2025. The timetable "
                        "changes to route 7 were agreed by officers in September 2025 after consultation with "
                        "the operator."),
                  ("p", "In 2024 the Council resolved to keep the concessionary fares scheme unchanged."),
                  ("h", "3. Recommendation"),
                  ("p", "That the Committee notes the report and comments on the proposed network review.")])


# 23. PDF combined authority minutes: "Decision:" after each item in bold label, items (a)-(b), and a
#     "RESOLVED that the recommendations be approved" carried by reference.
def combined_authority_decisions(folder):
    return headed_paper(folder / "severnmouth-ca_2026-01-30_combined-authority-board-minutes.pdf",
                        "Severnmouth Combined Authority",
                        ["Severnmouth Combined Authority", "Minutes of the Combined Authority Board, 30 January 2026"],
                        [("p", "Present: Mayor J Whitcombe (Chair), Cllr P Dodd, Cllr S Hallam, Cllr V Rook"),
                         ("h", "CA/26/07 Adult Skills Fund Commissioning"),
                         ("p", "The Director of Skills presented the commissioning approach for 2026/27."),
                         ("p", "Decision:"),
                         ("p", "(a) The Board approved the allocation of £14.2m of the Adult Skills Fund to grant-"
                               "funded providers."),
                         ("p", "(b) The Board delegated authority to the Director of Skills to agree final "
                               "allocations with each provider."),
                         ("h", "CA/26/08 Transport Levy 2026/27"),
                         ("p", "The Chief Finance Officer introduced the levy report."),
                         ("p", "Decision:"),
                         ("p", "The Board agreed the transport levy of £31.6m for 2026/27.")])


# 24. DOCX charity trustees' minutes: "It was agreed that ...", "The trustees approved ...",
#     "Decision: ..." in a numbered paragraph.
def trustees_minutes(folder):
    return _docx(folder / "hollin-bank-trust_2026-02-03_trustees-minutes.docx", "Secretary",
                 ["Hollin Bank Community Trust", "Minutes of the Trustees' Meeting held on 3 February 2026"],
                 [("p", "Trustees present: S Kowalski (Chair), B Adair, M Greenhalgh"),
                  ("h", "4. Annual accounts"),
                  ("p", "The Treasurer presented the draft accounts for the year to 31 October 2025."),
                  ("p", "The trustees approved the annual accounts and authorised the Chair to sign them."),
                  ("h", "5. Reserves policy"),
                  ("p", "It was agreed that the charity would hold reserves equal to six months of running costs."),
                  ("h", "6. Café lease"),
                  ("p", "Decision: to renew the café lease with Brew Brothers for three years at £7,800 a year.")])


# 25. PDF police and crime panel: "The Panel RESOLVED to ..." narrative; a request; noting.
def police_panel_resolved_to(folder):
    return headed_paper(folder / "marchfield-pcp_2026-02-06_police-crime-panel-minutes.pdf",
                        "Marchfield Police and Crime Panel",
                        ["Marchfield Police and Crime Panel", "Minutes of the meeting held on 6 February 2026"],
                        [("p", "Present: Cllr D Norcott (Chair), Cllr B Hale, Mr K Singh (independent member)"),
                         ("h", "52. Proposed Precept 2026/27"),
                         ("p", "The Commissioner presented the proposed increase of £14 for a Band D property."),
                         ("p", "Following a vote, the Panel RESOLVED to support the proposed precept without "
                               "qualification."),
                         ("h", "53. Complaints Update"),
                         ("p", "The Panel noted the report and requested that future updates show the average "
                               "time taken to resolve each complaint.")])


# 26. TXT town council minutes: "Members resolved to ..." and a grant table with a Decision column.
def town_grants_table(folder):
    return _txt(folder / "wyeford-tc_2026-02-24_finance-committee-minutes.txt", """WYEFORD TOWN COUNCIL
FINANCE AND GENERAL PURPOSES COMMITTEE
Minutes of the meeting held on Tuesday 24 February 2026

Present: Cllrs Ambler (Chair), Bryce, Chowdhury, Doyle

FGP/58 Community Grants
Members considered the applications received.

| Applicant | Amount requested | Decision |
| --- | --- | --- |
| Wyeford Youth Football Club | £800 | Awarded £600 |
| Wyeford Gardening Society | £250 | Awarded in full |
| Riverside Art Trail | £1,500 | Refused |

FGP/59 Bank mandate
Members resolved to add Cllr Doyle as a signatory to the Council's bank mandate.
""")


# 27. DOCX trust committee minutes: "Outcome:" label per item with "Noted" / "Approved" and a
#     short item title, the one-word outcome read with its title.
def outcome_one_word(folder):
    return _docx(folder / "thornbury-vale-mht_2026-03-10_quality-committee-minutes.docx", "Corporate Affairs",
                 ["Thornbury Vale Mental Health NHS Trust", "Quality Committee - Minutes - 10 March 2026"],
                 [("p", "Present: J Pellow (Chair), Dr S Amin, T Brook"),
                  ("h", "QC/26/14 Learning from Deaths Quarterly Report"),
                  ("p", "The Medical Director presented the quarter's reviews."),
                  ("p", "Outcome: Noted"),
                  ("h", "QC/26/15 Clinical Audit Programme 2026/27"),
                  ("p", "The Head of Clinical Effectiveness presented the proposed programme of 42 audits."),
                  ("p", "Outcome: Approved")])


# 28. TXT minutes of a council: "has been agreed" in the minutes of the deciding body is a decision;
#     "agreed by officers" is not.
def has_been_agreed_in_minutes(folder):
    return _txt(folder / "coldharbour-dc_2026-01-21_licensing-committee-minutes.txt", """COLDHARBOUR DISTRICT COUNCIL
Licensing Committee
Minutes of the meeting held on 21 January 2026

Present: Councillors Q Alder (Chair), R Birch, S Cotton

LC/19 Taxi Licensing Policy Review
The Licensing Manager explained that minor wording changes had already been agreed by officers with the trade association.
Following discussion it was agreed that the revised Taxi Licensing Policy be adopted from 1 April 2026.

LC/20 Fees for 2026/27
RESOLVED that the licence fees for 2026/27 set out in Appendix B be approved.
""")


# 29. PDF joint committee record of decisions table: Ref | Item | Decision, a decision cell with two
#     lettered parts.
def joint_committee_decision_table(folder):
    return headed_paper(folder / "three-rivers-joint-waste_2026-03-19_record-of-decisions.pdf",
                        "Three Rivers Joint Waste Committee",
                        ["Three Rivers Joint Waste Committee", "Record of Decisions - 19 March 2026"],
                        [("t", ([["Ref", "Item", "Decision"],
                                 ["JWC/11", "Garden waste charge",
                                  "(a) The charge for garden waste collection be set at £52 for 2026/27. "
                                  "(b) A concession of 50% be given to residents receiving council tax support."],
                                 ["JWC/12", "Recycling credits",
                                  "The recycling credit rate of £68 a tonne was agreed."]],
                                [20, 45, 100]))])


# 30. TXT planning committee: "Members voted to refuse the application" and "was granted".
def planning_votes(folder):
    return _txt(folder / "east-harling-dc_2026-02-25_planning-committee-minutes.txt", """EAST HARLING DISTRICT COUNCIL
PLANNING COMMITTEE
Minutes - Wednesday 25 February 2026

Present: Councillors M Aske (Chair), N Barlow, O Craddock, P Denholm

PC/88 25/01142/FUL - Land east of Mill Lane, Stowby
Erection of nine dwellings.
The Principal Planner presented the application, recommended for approval.
Members voted to refuse the application on the grounds of harm to the setting of the listed mill.

PC/89 25/01377/HOU - 4 Church Close, Harling Green
Single storey rear extension.
Planning permission was granted subject to the conditions set out in the report.
""")


EXPECTED = {
    parish_year_numbered: ["accept the apology", ("quotation of £2,860", "benches"),
                           ("recycled plastic benches", "£2,860")],
    parish_it_was_resolved: ["Amadi to chair", ("revised quotation of £18,450", "standpipes"),
                             "replace the allotment standpipes", ("defer", "Action")],
    facilities_dash_items: ["approved as a correct record", ("Tidewell Heating", "county framework"),
                            "county framework", "Contractor B"],
    moderngov_issue_decision_then_minutes: ["revised Scheme of Governance", "delegated spending limits",
                                            "Risk, Audit and Performance Committee"],
    moderngov_lettered_run_in: [("meeting papers app be noted", "paper agenda packs"), "paper agenda packs",
                                "report on the pilot"],
    decision_details_made: [("referred to the Cabinet Member for Transport", "quality scores")],
    portfolio_holder_record: ["begin each of the procurement processes", "award of the contract be delegated"],
    title_run_in_generic: [("Risk Management Policy", "Safeguarding"), ("Safeguarding Policy", "Risk Management"),
                           "Complaints Policy", "tenants' annual open day"],
    # (Revised after the first run: an outcome with its own subject stands as written, as the real dev
    # gold writes it, but each item's is kept; the first run kept one of the two.)
    repeated_noted_report: ["The Board noted the report.", "The Board noted the report.",
                            "register of directors' interests was accepted", "published on the Trust website"],
    table_cell_numbered: [("approved the refreshed Joint Forward Plan", "editorial"), "editorial changes",
                          "engagement summary", "The Board noted the update."],
    inline_numbered_resolution: [("no declarations", "Audit Committee"), "Audit Committee held on 4 December",
                                 "fleet replacement programme be approved"],
    cabinet_resolved_next_line: ["confirmed and signed as an accurate record", "budget variations",
                                 "free school meals"],
    lettered_sub_items_minutes: ["approved as an accurate record", "winter escalation beds"],
    moderngov_notes_and_requests: ["annual cost of webcasting", "Sub-Committee notes the report",
                                   "take part in the pilot", "status update"],
    elections_annual_meeting: ["Ashdown was duly elected Chairman", "Cato as Vice-Chairman",
                               "Almshouse Charity"],
    numbered_board_actions: ["minutes of the meeting on 15 January 2026 were adopted", "Chief Executive's report",
                             "replacement CT scanner", "deferred consideration of the estates strategy",
                             "Senior Independent Director"],
    friends_group_agreed_labels: ["leaf blower", "spring clean-up", "adopt the three purposes"],
    parish_motions_and_lost_amendment: ["decisions on urgent matters by email", "fixed-price energy quotation",
                                        ("£25,500", "£24,000")],
    fire_resolved_dash_next_paragraph: ["10 December 2025 be approved", "Band D precept of £86.42",
                                        "capital programme 2026/27"],
    ijb_which_was_noted: ["care at home", "financial recovery plan", "report progress to each meeting"],
    fire_agenda_for_decision: [],
    report_with_past_decisions: [],
    combined_authority_decisions: ["£14.2m", "final allocations", "transport levy of £31.6m"],
    trustees_minutes: ["approved the annual accounts", "six months of running costs", "café lease"],
    police_panel_resolved_to: ["support the proposed precept", ("noted the report", "average time"),
                               "average time taken"],
    town_grants_table: ["Wyeford Youth Football Club", "Wyeford Gardening Society", "Riverside Art Trail",
                        "signatory to the Council's bank mandate"],
    outcome_one_word: ["Learning from Deaths", "Clinical Audit Programme"],
    has_been_agreed_in_minutes: [("Taxi Licensing Policy be adopted", "officers"), "licence fees for 2026/27"],
    joint_committee_decision_table: [("£52", "concession"), "concession of 50%", "recycling credit rate"],
    planning_votes: ["refuse the application", "Planning permission was granted"],
}
