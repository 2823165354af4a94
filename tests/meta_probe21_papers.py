"""Probe papers for document metadata and key dates (stop 21), written in layouts surveyed from REAL public
pages (ModernGov decision, delegated-decision, issue and meeting pages; older decision-record pages; forward
plan items; notices of meeting; Scottish IJB and council minutes; CCG / ICB, Welsh health board and trust
papers; parish summonses and minutes; town council minutes; fire authority web pages; engagement-hub key
date lists; report templates; PCC decision notices).  The survey's patterns, in our own words:

 1 decision page: label lines with `Publication date` / `Date of decision` in dd/mm/yyyy, `Decided at meeting:
   <date> - <body>`, `Effective from`;  2 delegated-decision list: `<date> - <title> ref: N <status>`, `Made at
   meeting`, `Decision published`, first-person approval;  3 older record pages: `Label :-value` with year-first
   slashed dates and `Decision to take effect at end of`;  4 forward plan item: decision month only, `Originally
   due`, `Notice of proposed decision first published`;  5 meeting page heading `<Body> - <Weekday>, <date>
   <time> a.m.`;  6 notice of meeting: decisions effective at end of working day on <date> unless called in,
   `Date of next meeting`;  7 IJB minutes `At a MEETING of the <BODY> held remotely on <ordinal date>.`;
 8 issue page `Meeting: <dd/mm/yyyy> - <body> (Item n)`;  9 ICB minutes in capitals with ordinal dates;
10 Welsh minutes with `Date of meeting:` / `Time of meeting:` / `Venue for meeting:` lines;  11 bilingual
   agendas with short dotted dates (d.m.yy);  12 Welsh bilingual cover labels;  13 parish minutes `held remotely
   using Zoom on <date> at 19:30`;  14 `A MEETING OF <X> was held on <DATE> in the <hall>`;  15 parish summons
   with US-order dates (`February 18th, 2026`);  16 a document code before the title;  17 running header
   `<Committee> <date> Page n` over capitals minutes;  18 fire authority page with `Date:` and its value on
   separate lines, agenda table;  19 `CABINET: 12TH OCTOBER, 2026` and `REFERENCE FROM SCRUTINY COMMITTEE (X):
   <date>`;  20 `Meeting of the X Committee` then Date/Time/Venue rows;  21 Scottish council page `Date:` and
   `A meeting of X will be held ... on <date>`, `Report No. .. dated <date> by ..`;  22 Scottish minutes in
   mixed capitals;  23 key-dates list `<date> → <date>` with the event on the next line;  24 consultation
   ranges;  25 resolutions with `by no later than <date>`, `extended to <date>`;  26 report template `Date of
   Cabinet:`, `Report Authorised by:`;  27 national board page: agenda title with a month, next meeting item;
28 trust agenda page `Trust Board meeting agenda: <date>`, `Commencing at 9am`;  29 Welsh board agenda
   header on one line;  30 milestone tables and `w/c <date>`;  31 PCC decision notice.

``PAPERS`` maps a name to (builder, expected), as tests/meta_probe20_papers.py: ``authority``, ``committee``,
``meeting_date``, ``title`` (accepted values), ``dates`` (key dates that must be found) and ``allowed``.
Every authority, person and figure is invented."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402
from meta_probe20_papers import _docx_save, _mg, _pdf, _txt  # noqa: E402


def _html(name, text):
    """A plain (non-ModernGov) web page."""
    return _txt(name, "<html><head><title>{}</title></head><body>{}</body></html>".format(*text))


# 1. ModernGov decision details page.
mg_decision_details = _mg(
    "street-lighting.html", "Harnwick Borough Council", "Decision - Replacement of street lighting columns",
    ["<a href='/mgDelegatedDecisions.aspx'>Decisions</a>", "Decision details"],
    "<h1 class='mgMainTitleTxt'>Decision details</h1>"
    "<h2>Replacement of street lighting columns</h2>"
    "<p>Decision Maker: Cabinet</p><p>Decision status: Recommendations Approved</p>"
    "<p>Is Key decision?: Yes</p><p>Is subject to call in?: Yes</p>"
    "<h3>Purpose:</h3><p>To award the contract for replacing 1,900 concrete lighting columns.</p>"
    "<h3>Decision:</h3><p>That the contract be awarded to Lumenbright Ltd for four years starting on 1 June 2026.</p>"
    "<p>Report author: Pat Ormerod</p><p>Publication date: 12/03/2026</p><p>Date of decision: 10/03/2026</p>"
    "<p>Decided at meeting: 10/03/2026 - Cabinet</p><p>Effective from: 20/03/2026</p>"
    "<h3>Accompanying Documents:</h3><ul><li>Street lighting report</li></ul>")

# 2. ModernGov delegated decisions list with a first-person record of decision.
mg_delegated_list = _mg(
    "delegated.html", "Cressmoor City Council", "Decisions",
    ["Decisions"],
    "<h1 class='mgMainTitleTxt'>Decisions</h1>"
    "<p>Officer decisions are not subject to call-in; other decisions take effect on the fifth working day "
    "after publication unless called in.</p><h2>Decisions published</h2>"
    "<p>14/01/2026 - Allotment rents 2026/27 ref: 3312 &nbsp; Recommendations Approved</p>"
    "<p>Decision Maker: Lead Member for Parks and Open Spaces</p>"
    "<p>Made at meeting: 14/01/2026 - Lead Member for Parks and Open Spaces Briefing</p>"
    "<p>Decision published: 15/01/2026</p><p>Effective from: 22/01/2026</p>"
    "<p>Decision:</p><p>Cressmoor City Council - Record of Decision</p>"
    "<p>I, Councillor Ann Pell, Lead Member for Parks and Open Spaces, in exercise of the powers in the "
    "Constitution, do hereby approve the allotment rents in the schedule, to apply from 1 October 2026.</p>")

# 3. An older decision record page: `Label :-value`, year-first dates.
legacy_decision_record = _txt("record-4471.txt", (
    "Tolvern District Council\n\nMeeting documents\n\n"
    "Reference Number :-4471\n"
    "Date :-2025/11/18\n"
    "Decision Maker :-Cabinet\n"
    "Subject to Call-in :-Yes\n"
    "Subject of Decision :-Review of Car Park Charges\n"
    "Decision :-That the revised tariff in Appendix A be introduced from 5 January 2026.\n"
    "Reason for Decision :-Charges have not changed for six years and no longer cover maintenance.\n"
    "Alternative Options Considered :-Leaving the charges unchanged.\n"
    "Contact Officer :-Dana Prowse, Parking Services Manager\n"
    "Decision to Take Effect at end of :-2025/11/26\n"))

# 4. A forward plan item: the decision given as a month, plus the first-published date.
forward_plan_item = _mg(
    "plan-items.html", "Barrowfield Borough Council", "Forward plan",
    ["<a href='/mgListPlans.aspx'>Forward plans</a>", "Plan items"],
    "<h1 class='mgMainTitleTxt'>Forward plan</h1>"
    "<p>Executive Work Programme: May - August 2026 (01/05/2026 to 31/08/2026, Executive)</p>"
    "<h2>Plan items</h2><h3>Waste collection vehicle replacement New!</h3>"
    "<p>Decision maker: Executive</p><p>Decision: July 2026</p><p>Originally due: 9 Jun 2026</p>"
    "<p>Lead officer: Kim Yardley</p><p>Decision status: For Determination</p>"
    "<p>Notice of proposed decision first published: 17/04/2026</p>"
    "<p>Anticipated restriction: Open</p>")

# 5. ModernGov meeting page with `a.m.` and ordinals.
mg_meeting_page = _mg(
    "cabinet-feb.html", "Hollinsford County Council", "Agenda, decisions and minutes",
    ["<a href='/ieListMeetings.aspx?CId=115'>Cabinet</a>", "Meeting"],
    "<h1 class='mgMainTitleTxt'>Agenda, decisions and minutes</h1>"
    "<p class='mgSubTitleTxt'>Cabinet - Tuesday, 3rd February 2026 10.00 a.m.</p>"
    "<p>Venue: Committee Room 2, County Hall, Hollinsford</p>"
    "<p>Contact: Ruth Mallory, Democratic Services</p>"
    "<table><tr><th>No.</th><th>Item</th></tr>"
    "<tr><td>1/26</td><td>Minutes<br>To approve the minutes of the meeting held on 13 January 2026.</td></tr>"
    "<tr><td>2/26</td><td>Budget 2026/27<br>Cabinet is asked to recommend the budget to the County Council "
    "meeting on 24 February 2026.</td></tr></table>")


# 6. A notice of meeting (PDF) with its call-in line and next meeting date.
def notice_of_meeting(folder):
    return pdfgen.headed_paper(folder / "cabinet-notice.pdf", "Eastmarch County Council", [
        "To Members of the Cabinet", "Notice of a Meeting of the Cabinet"], [
        ("p", "Wednesday 17 June 2026 at 2.00 pm"),
        ("p", "Shire Hall, Corbridge"),
        ("p", "Decisions taken at the meeting will become effective at the end of the working day on 25 June 2026 "
              "unless called in by that date for review by the appropriate Scrutiny Committee."),
        ("p", "Date of next meeting: 15 July 2026"),
        ("h", "1. Apologies for Absence"),
        ("h", "2. Declarations of Interest"),
        ("h", "3. Home to School Transport Policy"),
        ("p", "Report by the Director of Children's Services."),
    ])


# 7. Scottish IJB minutes: `At a MEETING of the ... held remotely on <ordinal date>.`
ijb_at_a_meeting = _txt("ijb-minute.txt", (
    "At a MEETING of the KELBRIDGE CITY HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held remotely on "
    "22nd April, 2026.\n\n"
    "Present:-\n\nMembers\tRole\n"
    "Morag DUNLOP (Chairperson)\tNominated by Health Board (Non-Executive Member)\n"
    "Iain FERRIE\tNominated by Kelbridge City Council (Elected Member)\n"
    "Sheena ROSS\tChief Officer\n\n"
    "Morag DUNLOP, Chairperson, in the Chair.\n\n"
    "I APOLOGIES FOR ABSENCE\n\nThere were no apologies.\n\n"
    "II CARERS STRATEGY\n\nThe Integration Joint Board agreed the revised Carers Strategy, which will come into "
    "effect on 1 July 2026.\n\n"
    "III DATE OF NEXT MEETING\n\nThe Integration Joint Board agreed that the next meeting would be held remotely "
    "on Wednesday, 24th June, 2026 at 10.00am.\n"))

# 8. ModernGov issue page of an IJB hosted on a council site.
issue_meetings_ijb = _mg(
    "issue-56.html", "Strathkelvie City Council", "Issue - meetings",
    ["Issue - meetings"],
    "<h1 class='mgMainTitleTxt'>Issue - meetings</h1><h2>Minute of Previous Board Meeting</h2>"
    "<p>Meeting: 17/03/2026 - Integration Joint Board (Item 3)</p>"
    "<h3>3 Minute of Previous Board Meeting - 20 January 2026</h3>"
    "<p>Decision:</p><p>The Board resolved (i) to amend Item 7 to add that officers would report to the IJB "
    "meeting on 30 June 2026; and (ii) to otherwise approve the minute as a true record.</p>")


# 9. ICB minutes in capitals with ordinal dates (PDF).
def icb_minutes_caps(folder):
    return pdfgen.headed_paper(folder / "icb-minutes-june.pdf", None, [
        "NHS WESTERLEIGH INTEGRATED CARE BOARD", "BOARD"], [
        ("p", "Minutes of meeting held on TUESDAY 9TH JUNE 2026 1pm"),
        ("p", "BOARDROOM, THE EXCHANGE, QUAY STREET, WESTERLEIGH"),
        ("p", "PRESENT: Dr A. Nwosu (Chair), K. Pryor (Chief Executive), L. Tandy (Chief Finance Officer)"),
        ("h", "1.2 MINUTES AND ACTION POINTS FROM THE LAST MEETING"),
        ("p", "The minutes of the previous meeting on 12th May 2026 were agreed as an accurate record."),
        ("h", "1.3 URGENT CARE CONTRACT"),
        ("p", "The Board agreed that the urgent care contract with Coastline Health CIC will be extended to "
              "31st March 2027."),
    ])


# 10. Welsh health board minutes (DOCX) with Date / Time / Venue lines.
def welsh_board_minutes(folder):
    doc = docxgen.new("Board Secretary", dt.datetime(2026, 5, 12, 9, 0))
    docxgen.banner(doc, "Minutes from the Fourteenth Meeting of the Corris Valley University Health Board")
    doc.add_paragraph("Date of meeting: 7 May 2026")
    doc.add_paragraph("Time of meeting: 9.30am - 1.00pm")
    doc.add_paragraph("Venue for meeting: Boardroom, Ysbyty Corris, Pontfaen")
    docxgen.table(doc, [["Name", "Role"], ["Mrs Eluned Parry", "Chair"], ["Mr Dafydd Rees", "Chief Executive"],
                        ["Ms Carys Lloyd", "Executive Director of Finance"]])
    doc.add_paragraph("3. Minutes from the Board meeting held on 12 March 2026")
    doc.add_paragraph("a) Approval of minutes. The minutes were approved as an accurate record.")
    doc.add_paragraph("4. Patient portal. The Board noted that the new patient portal would go live on "
                      "1 September 2026.")
    return _docx_save(doc, folder, "board-minutes-may.docx")


# 11. A bilingual health board agenda bundle with short dotted dates.
def welsh_bilingual_agenda(folder):
    return pdfgen.headed_paper(folder / "bundle-board.pdf", "Glanmor University Health Board", [
        "Bundle Health Board 23 July 2026"], [
        ("p", "Public Session 10.00am via Teams"),
        ("h", "1 AGORIADOL / OPENING BUSINESS"),
        ("p", "1.1 Sylwadau'r Cadeirydd / Chair's Remarks. To inform the Board that the Minister has agreed an "
              "extension of the interim Director post to 5th January 2027."),
        ("p", "1.2 Ymddiheuriadau / Apologies for Absence"),
        ("p", "1.3 Cofnodion / Draft Minutes of the Health Board Meeting held in public on 21.5.26 for accuracy"),
    ])


# 12. Parish minutes of a remote meeting with 24-hour times.
parish_zoom_minutes = _txt("minutes-march.txt", (
    "Minutes - Full Council - 4th March 2026\n\n"
    "Minutes of a meeting of Ashgrove Heath Parish Council held remotely using Zoom on 4th March 2026 at 19:30\n"
    "Present: Cllrs B Allard, C Bexley, D Crane, E Dutton and F Ellery.\n"
    "Clerk to Council, Mrs G Frome, was present. No members of the public were present.\n\n"
    "1. Budget 2026/27. The Clerk will circulate the draft budget by 18th March 2026.\n"
    "2. Date of next meeting: Wednesday 1st April 2026 at 19:30.\n"))


# 13. Parish minutes opening `A MEETING OF ... was held on ...` (PDF).
def parish_was_held(folder):
    return pdfgen.headed_paper(folder / "kmpc-feb.pdf", None, ["KIRKBY MOOR PARISH COUNCIL"], [
        ("p", "A MEETING OF KIRKBY MOOR PARISH COUNCIL was held on TUESDAY, 10 FEBRUARY 2026 in the VILLAGE HALL, "
              "CHAPEL LANE at 7.30 pm."),
        ("p", "PRESENT: Councillors H Gale (Chairman), J Hurst, K Ibbotson. IN ATTENDANCE: L Jowett (Clerk)."),
        ("p", "26/14 PLAY AREA. The playground inspection contract with Safeplay Ltd ends on 30 April 2026."),
        ("p", "26/15 NEXT MEETING: Tuesday 10 March 2026."),
    ])


# 14. A parish summons with US-order dates.
parish_summons = _txt("summons-feb.txt", (
    "Wendleby Parish Council\n\nParish Meeting\n\n"
    "You are summoned to attend a meeting of Wendleby Parish Council, to be held at 7.30pm on Wednesday "
    "February 18th, 2026 at Wendleby Community Centre.\n\n"
    "1. To receive apologies for absence.\n"
    "2. To approve the minutes of the Parish Council meeting held on January 21st 2026.\n"
    "3. To note that the precept request must be returned to the District Council by February 27th 2026.\n\n"
    "M. Newbold, Clerk to the Council. Dated: February 11th, 2026\n"))

# 15. A document code before the title of annual meeting minutes.
annual_meeting_code = _txt("mdpc-m05.txt", (
    "MDPC(26)M05 Minutes of the Statutory Annual Meeting of Melbury Down Parish Council held at the Pavilion "
    "on Wednesday 13 May 2026 commencing at 19:00.\n\n"
    "Present:\nCllr Mr P Hale (Chair)\nCllr Mrs R Innes\nCllr Ms S Judd\n\n"
    "26.51 ELECTION OF CHAIR OF THE COUNCIL\nIt was RESOLVED that Cllr Hale be elected Chair of the Council.\n"
    "Proposed by: Cllr Innes      Seconded by: Cllr Judd\n\n"
    "26.52 LITTER PICKING\nThe new litter picking contract will commence on 1 June 2026.\n"))


# 16. Town council minutes with a running header that names the meeting and date.
def town_council_minutes(folder):
    pdf = pdfgen.Paper(running_header="Full Council 16 September 2026", footer="Page {page}")
    pdf.add_page()
    pdfgen.heading(pdf, "PORTHMELLOW TOWN COUNCIL")
    pdfgen.paragraph(pdf, "MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 16th SEPTEMBER 2026 AT 7PM IN THE "
                          "COUNCIL CHAMBER, GUILDHALL, PORTHMELLOW")
    pdfgen.paragraph(pdf, "PRESENT: Cllr T Kerr (Mayor), Cllr U Lamb, Cllr V Moyle, Cllr W Nance")
    pdfgen.paragraph(pdf, "1402 MINUTES OF THE LAST FULL COUNCIL MEETING. RESOLVED: The minutes of the Full Council "
                          "meeting held on 15th July 2026 were confirmed and signed as a true record.")
    pdfgen.paragraph(pdf, "1403 CHRISTMAS LIGHTS. The switch-on will take place on Saturday 28th November 2026.")
    return pdfgen.save(pdf, folder / "fc-sept.pdf")


# 17. A fire authority meeting page: labels and values on separate lines, agenda table.
fire_meeting_page = _html("fra-oct.html", (
    "Northmoor Fire and Rescue Authority - 14 October 2026",
    "<nav><a href='/'>Home</a> <a href='/meetings'>Meetings</a></nav>"
    "<h1>Fire and Rescue Authority</h1><h2>14 October 2026</h2>"
    "<div class='field'><div class='label'>Date:</div><div class='value'>Wednesday, 14 October, 2026</div></div>"
    "<div class='field'><div class='label'>Time:</div><div class='value'>14:00</div></div>"
    "<div class='field'><div class='label'>Location:</div><div class='value'>Headquarters, Ashby Road</div></div>"
    "<table><tr><th>Item no.</th><th>Agenda Item</th><th>Details</th><th>Status</th></tr>"
    "<tr><td>01</td><td>Apologies for Absence</td><td></td><td></td></tr>"
    "<tr><td>02</td><td>Minutes</td><td>Members are asked to agree the minutes of the Fire Authority meeting, "
    "held on 22 July 2026, and that they be signed by the Chair as a correct record.</td><td>For decision</td></tr>"
    "</table><footer>Northmoor Fire and Rescue Service</footer>"))

# 18. A reference from scrutiny to cabinet: body and date joined by a colon, capitals and ordinals.
reference_from_scrutiny = _txt("tenancy-support.txt", (
    "Agenda Item No.\n\nGLYNNE VALE COUNCIL\n\n"
    "CABINET: 12TH OCTOBER, 2026\n\n"
    "REFERENCE FROM SCRUTINY COMMITTEE (HOMES AND SAFE COMMUNITIES): 16TH SEPTEMBER, 2026\n\n"
    "312 REVIEW OF TENANCY SUPPORT SERVICES (DEH) -\n\n"
    "The Committee considered a draft Cabinet report on the future of tenancy support. Tenants had been "
    "invited to submit views by Friday, 4th September, 2026. Members noted that the current service agreement "
    "ends on 31st March, 2027.\n\n"
    "RECOMMENDED - That the draft report be referred to Cabinet for consideration.\n"))


# 19. A Scottish committee report cover (PDF).
def scottish_report_cover(folder):
    return pdfgen.headed_paper(folder / "ec-41-26.pdf", None, ["PENTLAND VALE COUNCIL"], [
        ("p", "Report to: Education and Children's Services Committee"),
        ("p", "Date of Meeting: 3 November 2026"),
        ("p", "Report by: Executive Director of Education"),
        ("p", "Report No: EC/41/26"),
        ("p", "Subject: School Estate Strategy Update"),
        ("h", "1 PURPOSE OF REPORT"),
        ("p", "1.1 This report updates the Committee on the school estate strategy."),
        ("h", "4 CONSULTATION"),
        ("p", "4.2 A statutory consultation on the proposal will run from 9 November 2026 to 18 January 2027."),
    ])


# 20. A Scottish council meeting page.
scottish_council_page = _html("meeting-4820.html", (
    "Strathbeg Council - Agendas, reports and minutes",
    "<h1>Agendas, reports and minutes</h1><h2>Strathbeg Council</h2>"
    "<p>Date: Thursday, 25 June 2026</p><p>Agenda: Read the Agenda</p>"
    "<p>A meeting of the Strathbeg Council will be held in the Council Chamber, Council Headquarters, Dunmore "
    "on Thursday 25 June 2026 at 10.35am.</p>"
    "<h3>BUSINESS</h3><p>1. Calling of the Roll and Apologies for Absence</p>"
    "<p>3. Confirmation of Minutes</p><p>There are submitted for confirmation as a correct record the Minutes of "
    "Meeting of the Council held on 14 May 2026.</p>"
    "<p>4. Treasury Management</p><p>There had been circulated Report No. SC-22-26 dated 10 June 2026 by the "
    "Director of Finance.</p>"))

# 21. Scottish printed minutes in mixed capitals.
scottish_minutes_caps = _txt("braemouth-minutes.txt", (
    "COUNCIL\n\n"
    "MINUTES of MEETING of BRAEMOUTH COUNCIL held in the COUNCIL CHAMBERS, OLD TOLBOOTH, BRAEMOUTH on "
    "THURSDAY 21 MAY 2026 at 10.00am.\n\n"
    "Present: Provost Alan MUIR (in the Chair), Councillor Beth NAIRN, Councillor Colin OGILVY\n\n"
    "BC101 CHARGING POLICY\nThe Council AGREED that the new charging policy take effect from 1 August 2026.\n"))

# 22. A trust board agenda page.
trust_agenda_page = _html("board-agenda-sept.html", (
    "Trust Board meeting agenda: 2 September 2026 - Holmbrook Hospitals NHS Foundation Trust",
    "<header>Holmbrook Hospitals NHS Foundation Trust</header>"
    "<h1>Trust Board meeting agenda: 2 September 2026</h1>"
    "<p>Wednesday 2 September 2026 in the Board Room, Holmbrook General Hospital, Mill Road</p>"
    "<p>Commencing at 9am</p>"
    "<p>41 Welcome and Introductions</p>"
    "<p>42 Minutes of the Board of Directors' Meeting held on 1 July 2026</p>"
    "<p>43 Finance and Performance Committee Minutes from Meetings on 20 July 2026 and 24 August 2026</p>"))

# 23. A national body's board page: agenda title with a month, next meeting item, previous minutes without a year.
national_board_page = _html("board-jan.html", (
    "Public board meeting agenda and papers: January 2027 | Marlbury Care Standards Agency",
    "<h1>Public board meeting agenda and papers: January 2027</h1>"
    "<p>Wednesday 20 January 2027 at 1:30pm via Zoom</p>"
    "<ol><li>Apologies for absence</li>"
    "<li>Minutes of the last board meeting. To approve the minutes of the public board meeting held on "
    "18 November.</li>"
    "<li>Date of the next meeting. To note the next public board meeting will be held on Wednesday 17 March "
    "2027 at 1:30pm.</li></ol>"))


# 24. A Welsh trust board agenda with its header on one line.
def welsh_board_agenda(folder):
    return pdfgen.headed_paper(folder / "board-sept.pdf", "Glanmor Public Health NHS Trust", [], [
        ("p", "Board meeting 24 September 2026 Time of meeting: 09.00 - 15.30 Venue for meeting: Boardroom, "
              "Glanmor House, Cardiff Version: 1"),
        ("h", "Public session"),
        ("p", "1. 10.20 Welcome and apologies Oral"),
        ("p", "3. 10.30 Minutes from the Board meeting on 23 July 2026"),
    ])


# 25. An engagement hub's key dates list with arrows.
key_dates_arrows = _html("cgr-key-dates.html", (
    "Community governance review - Key dates - Harnwick Borough Council",
    "<h1>Community governance review</h1><h2>Key dates</h2>"
    "<ul><li><p>2 March 2026 &rarr; 27 April 2026</p><p>First public consultation</p></li>"
    "<li><p>15 July 2026</p><p>Report to Full Council</p></li>"
    "<li><p>7 September &rarr; 2 November 2026</p><p>Second public consultation</p></li>"
    "<li><p>9 December 2026</p><p>Final report to Full Council</p></li></ul>"))


# 26. A report template cover (DOCX): `Date of Cabinet:`, `Report Authorised by:`.
def report_template_cover(folder):
    doc = docxgen.new("Property Services", dt.datetime(2027, 2, 20, 10, 0))
    doc.add_paragraph("London Borough of Selhurst")
    doc.add_paragraph("Cabinet Member delegated decision")
    doc.add_paragraph("Date of Cabinet: 8 March 2027")
    docxgen.banner(doc, "Youth Centre Leases")
    doc.add_paragraph("Wards: All")
    doc.add_paragraph("Report Authorised by: Strategic Director of Communities")
    doc.add_paragraph("Portfolio: Cabinet Member for Young People")
    doc.add_paragraph("Recommendations")
    doc.add_paragraph("(1) To grant new leases to three youth organisations for five years from 1 May 2027.")
    return _docx_save(doc, folder, "youth-leases.docx")


# 27. A combined authority committee agenda: `Meeting of the X Committee`, then Date / Time / Venue rows.
ca_committee_agenda = _txt("rtc-agenda.txt", (
    "Tarnford Combined Authority\n\n"
    "Meeting of the Regional Transport Committee\n\n"
    "Date:\t\tWednesday 17 February 2027\n"
    "Time:\t\t10.00am\n"
    "Venue:\t\tCouncil Chamber, Tarnford Civic Centre\n\n"
    "Agenda\n\nItem\tTitle\tPage\n"
    "1.\tApologies\n"
    "2.\tConfirmation of Minutes of the Regional Transport Committee held on 21 October 2026\n"
    "3.\tBus Franchising Assessment\t5\n"))

# 28. ModernGov minutes of a meeting: resolutions with a deadline and a previous meeting.
mg_minutes_deadline = _mg(
    "cabinet-oct.html", "Seabrook District Council", "Cabinet - Monday, 5th October, 2026 6.00 pm",
    ["<a href='/ieListMeetings.aspx?CId=121'>Cabinet</a>", "Meeting"],
    "<p class='mgSubTitleTxt'>Cabinet - Monday, 5th October, 2026 6.00 pm</p>"
    "<h2>Record of Decisions</h2>"
    "<p>It was agreed that the decisions of the meeting held on 7 September 2026 be approved as a correct "
    "record and signed by the Chairman.</p>"
    "<h2>Infrastructure Funding Statement 2025/26</h2>"
    "<p>It was agreed: (a) That the Infrastructure Funding Statement 2025/26 be approved for publication on the "
    "Council's website by no later than 31 December 2026.</p>")

# 29. A decision details page whose decision extends policies to a date.
mg_decision_extended = _mg(
    "policy-review.html", "Fenmarsh Borough Council", "Decision - Strategy and policy review",
    ["Decision details"],
    "<h1 class='mgMainTitleTxt'>Decision details</h1><h2>Strategy and policy review</h2>"
    "<p>Decision Maker: Cabinet</p><p>Decision status: Recommendations Approved (subject to call-in)</p>"
    "<h3>Decision:</h3><p>Resolved:</p>"
    "<p>1. That the policies listed in Appendix A be extended to 31 March 2029 where their current expiry date "
    "is sooner;</p><p>2. That a summary report be provided to Overview and Scrutiny each year.</p>"
    "<p>Report author: Lee Quarmby</p><p>Publication date: 24/06/2027</p><p>Date of decision: 23/06/2027</p>"
    "<p>Decided at meeting: 23/06/2027 - Cabinet</p>")


# 30. A Welsh bilingual cover with `w/c` dates (PDF).
def welsh_bilingual_cover(folder):
    return pdfgen.headed_paper(folder / "dental.pdf", "Glanmor University Health Board", [], [
        ("t", ([["Enw'r Pwyllgor / Name of Committee", "Strategy, Planning and Commissioning Committee"],
                ["Dyddiad y Cyfarfod / Date of Meeting", "14 July 2026"],
                ["Teitl yr Adroddiad / Report Title", "Community Dental Service Re-procurement"],
                ["Arweinydd Gweithredol / Executive Lead", "Director of Primary Care"],
                ["Awdur yr Adroddiad / Report Author", "Head of Dental Services"]], [75, 95])),
        ("h", "Sefyllfa / Situation"),
        ("p", "The current community dental contracts end on 31 August 2026. The new contracts will start "
              "w/c 7th September 2026."),
    ])


# 31. An ICB cover table and a milestone table (PDF).
def icb_milestones(folder):
    return pdfgen.headed_paper(folder / "cdc-expansion.pdf", "NHS Marlbury Integrated Care Board", [], [
        ("t", ([["Meeting", "ICB Board in public"], ["Date of meeting", "11 March 2027"],
                ["Paper presented by", "Chief Delivery Officer"], ["Paper approved by", "Chief Executive"],
                ["Title", "Community Diagnostic Centre Expansion"]], [55, 115])),
        ("h", "Timetable"),
        ("t", ([["Milestone", "Date"], ["Outline business case approved", "10 December 2026"],
                ["Construction starts", "June 2027"], ["Centre opens to patients", "1 April 2028"]], [110, 60])),
    ])


# 32. A PCC decision notice (DOCX).
def pcc_decision_notice(folder):
    doc = docxgen.new("OPCC", dt.datetime(2026, 2, 19, 12, 0))
    docxgen.banner(doc, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR KESTWICK")
    doc.add_paragraph("DECISION NOTICE")
    docxgen.table(doc, [["Decision number", "2026/014"], ["Title", "Victim Referral Service Grant 2026-28"]],
                  header=False)
    doc.add_paragraph("Executive summary: A grant to Harbourlight Support CIC for two years from 1 April 2026 to "
                      "31 March 2028 to run the victim referral service.")
    doc.add_paragraph("Decision: I approve the grant as set out above.")
    doc.add_paragraph("Signature: ........................  Police and Crime Commissioner    Date: 19 February 2026")
    return _docx_save(doc, folder, "decision-2026-014.docx")


PAPERS = {
    "mg_decision_details": (mg_decision_details, dict(
        authority=["Harnwick Borough Council"], committee=["Cabinet"], meeting_date="2026-03-10",
        title=["Replacement of street lighting columns"], dates=["2026-03-20", "2026-06-01"],
        allowed=["2026-03-12"])),
    "mg_delegated_list": (mg_delegated_list, dict(
        authority=["Cressmoor City Council"], meeting_date="2026-01-14", title=["Allotment rents 2026/27"],
        dates=["2026-01-22", "2026-10-01"], allowed=["2026-01-15"])),
    "legacy_decision_record": (legacy_decision_record, dict(
        authority=["Tolvern District Council"], committee=["Cabinet"], meeting_date="2025-11-18",
        title=["Review of Car Park Charges"], dates=["2026-01-05", "2025-11-26"], allowed=[])),
    "forward_plan_item": (forward_plan_item, dict(
        authority=["Barrowfield Borough Council"], dates=["2026-07", "2026-04-17"],
        allowed=["2026-06-09", "2026-05-01", "2026-08-31", "2026-05", "2026-08"])),
    "mg_meeting_page": (mg_meeting_page, dict(
        authority=["Hollinsford County Council"], committee=["Cabinet"], meeting_date="2026-02-03",
        dates=["2026-01-13", "2026-02-24"], allowed=[])),
    "notice_of_meeting": (notice_of_meeting, dict(
        authority=["Eastmarch County Council"], committee=["Cabinet"], meeting_date="2026-06-17",
        dates=["2026-06-25", "2026-07-15"], allowed=[])),
    "ijb_at_a_meeting": (ijb_at_a_meeting, dict(
        authority=["Kelbridge City Health and Social Care Integration Joint Board"],
        committee=["Integration Joint Board"], meeting_date="2026-04-22",
        dates=["2026-07-01", "2026-06-24"], allowed=[])),
    "issue_meetings_ijb": (issue_meetings_ijb, dict(
        committee=["Integration Joint Board"], meeting_date="2026-03-17",
        dates=["2026-01-20", "2026-06-30"], allowed=[])),
    "icb_minutes_caps": (icb_minutes_caps, dict(
        authority=["NHS Westerleigh Integrated Care Board"], committee=["Board"], meeting_date="2026-06-09",
        dates=["2026-05-12", "2027-03-31"], allowed=[])),
    "welsh_board_minutes": (welsh_board_minutes, dict(
        authority=["Corris Valley University Health Board"], committee=["Board"], meeting_date="2026-05-07",
        dates=["2026-03-12", "2026-09-01"], allowed=[])),
    "welsh_bilingual_agenda": (welsh_bilingual_agenda, dict(
        authority=["Glanmor University Health Board"], committee=["Health Board", "Board"],
        meeting_date="2026-07-23", dates=["2026-05-21", "2027-01-05"], allowed=[])),
    "parish_zoom_minutes": (parish_zoom_minutes, dict(
        authority=["Ashgrove Heath Parish Council"], committee=["Parish Council", "Full Council"],
        meeting_date="2026-03-04", dates=["2026-03-18", "2026-04-01"], allowed=[])),
    "parish_was_held": (parish_was_held, dict(
        authority=["Kirkby Moor Parish Council"], committee=["Parish Council"], meeting_date="2026-02-10",
        dates=["2026-04-30", "2026-03-10"], allowed=[])),
    "parish_summons": (parish_summons, dict(
        authority=["Wendleby Parish Council"], committee=["Parish Council"], meeting_date="2026-02-18",
        dates=["2026-01-21", "2026-02-27"], allowed=["2026-02-11"])),
    "annual_meeting_code": (annual_meeting_code, dict(
        authority=["Melbury Down Parish Council"], committee=["Parish Council", "Annual Meeting"],
        meeting_date="2026-05-13",
        title=["Minutes of the Statutory Annual Meeting of Melbury Down Parish Council"],
        dates=["2026-06-01"], allowed=[])),
    "town_council_minutes": (town_council_minutes, dict(
        authority=["Porthmellow Town Council"], committee=["Full Council", "Town Council"],
        meeting_date="2026-09-16", dates=["2026-07-15", "2026-11-28"], allowed=[])),
    "fire_meeting_page": (fire_meeting_page, dict(
        authority=["Northmoor Fire and Rescue Authority"], committee=["Fire and Rescue Authority"],
        meeting_date="2026-10-14", dates=["2026-07-22"], allowed=[])),
    "reference_from_scrutiny": (reference_from_scrutiny, dict(
        authority=["Glynne Vale Council"], committee=["Cabinet", "Scrutiny Committee"], meeting_date="2026-10-12",
        dates=["2026-09-16", "2027-03-31"], allowed=["2026-09-04"])),
    "scottish_report_cover": (scottish_report_cover, dict(
        authority=["Pentland Vale Council"], committee=["Education and Children's Services Committee"],
        meeting_date="2026-11-03", title=["School Estate Strategy Update"],
        dates=["2026-11-09", "2027-01-18"], allowed=[])),
    "scottish_council_page": (scottish_council_page, dict(
        authority=["Strathbeg Council"], committee=["Council", "Strathbeg Council"], meeting_date="2026-06-25",
        dates=["2026-05-14"], allowed=["2026-06-10"])),
    "scottish_minutes_caps": (scottish_minutes_caps, dict(
        authority=["Braemouth Council"], committee=["Council"], meeting_date="2026-05-21",
        dates=["2026-08-01"], allowed=[])),
    "trust_agenda_page": (trust_agenda_page, dict(
        authority=["Holmbrook Hospitals NHS Foundation Trust"], committee=["Board", "Trust Board"],
        meeting_date="2026-09-02", dates=["2026-07-01"], allowed=["2026-07-20", "2026-08-24"])),
    "national_board_page": (national_board_page, dict(
        authority=["Marlbury Care Standards Agency"], committee=["Board"], meeting_date="2027-01-20",
        dates=["2027-03-17"], allowed=["2026-11-18", "2027-01"])),
    "welsh_board_agenda": (welsh_board_agenda, dict(
        authority=["Glanmor Public Health NHS Trust"], committee=["Board"], meeting_date="2026-09-24",
        dates=["2026-07-23"], allowed=[])),
    "key_dates_arrows": (key_dates_arrows, dict(
        authority=["Harnwick Borough Council"],
        dates=["2026-03-02", "2026-04-27", "2026-07-15", "2026-09-07", "2026-11-02", "2026-12-09"], allowed=[])),
    "report_template_cover": (report_template_cover, dict(
        authority=["London Borough of Selhurst"], committee=["Cabinet"], meeting_date="2027-03-08",
        title=["Youth Centre Leases"], dates=["2027-05-01"], allowed=["2032-04-30"])),
    "ca_committee_agenda": (ca_committee_agenda, dict(
        authority=["Tarnford Combined Authority"], committee=["Regional Transport Committee"],
        meeting_date="2027-02-17", dates=["2026-10-21"], allowed=[])),
    "mg_minutes_deadline": (mg_minutes_deadline, dict(
        authority=["Seabrook District Council"], committee=["Cabinet"], meeting_date="2026-10-05",
        dates=["2026-09-07", "2026-12-31"], allowed=[])),
    "mg_decision_extended": (mg_decision_extended, dict(
        authority=["Fenmarsh Borough Council"], committee=["Cabinet"], meeting_date="2027-06-23",
        title=["Strategy and policy review"], dates=["2029-03-31"], allowed=["2027-06-24"])),
    "welsh_bilingual_cover": (welsh_bilingual_cover, dict(
        authority=["Glanmor University Health Board"], committee=["Strategy, Planning and Commissioning Committee"],
        meeting_date="2026-07-14", title=["Community Dental Service Re-procurement"],
        dates=["2026-08-31", "2026-09-07"], allowed=[])),
    "icb_milestones": (icb_milestones, dict(
        authority=["NHS Marlbury Integrated Care Board"], committee=["Board", "ICB Board"],
        meeting_date="2027-03-11", title=["Community Diagnostic Centre Expansion"],
        dates=["2026-12-10", "2027-06", "2028-04-01"], allowed=[])),
    "pcc_decision_notice": (pcc_decision_notice, dict(
        authority=["Police and Crime Commissioner for Kestwick", "Office of the Police and Crime Commissioner for Kestwick"],
        title=["Victim Referral Service Grant 2026-28"], dates=["2026-04-01", "2028-03-31"],
        allowed=["2026-02-19"])),
}
