"""Probe papers for document metadata and key dates (stop 20): covers and first pages the earlier
probes did not read -- printed minutes of district, parish, fire and police panels, ModernGov pages of
every kind with their site chrome and breadcrumbs, officer decision records, ICB / trust / IJB cover
sheets with tick boxes, a four-column cover table, DOCX header and footer parts, a paper dated only in
its footer, titles split over lines or set in capitals, a committee named only by `Report to:`, and
papers whose dates are only reporting, signature or column-header dates (negatives).  Every
authority, person and figure is invented.

``PAPERS`` maps a name to (builder, expected); a builder writes the paper into a folder and returns its
path.  ``expected`` holds what a reader of the paper would record, written before the tool was run:
``authority`` (accepted names), ``committee`` (accepted names; a found committee passes when one of them
is inside it, as score.py compares), ``meeting_date`` (ISO), ``title`` (accepted titles, similarity
>= 0.8 as score.py), ``dates`` (key dates that must be found) and ``allowed`` (dates that may be found;
any other key date is an extra).  A field left out is not checked; ``None`` means nothing may be found."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402

FILLER = ("Officers have reviewed the service each year since 2019 and reported the findings to the "
          "portfolio holder, who asked for the options to be set out in full before any change.")


def _pdf(path, header, body, footer="Page {page} of {pages}"):
    pdf = pdfgen.Paper(running_header=header, footer=footer)
    pdf.add_page()
    body(pdf)
    return pdfgen.save(pdf, path)


def _txt(name, text):
    def build(folder):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path
    return build


def _docx_save(doc, folder, name):
    path = folder / name
    doc.save(path)
    return path


MG_HEAD = ("<html><head><title>{site} - {page_title}</title></head><body>"
           "<div id='skip'><a href='#content'>Skip to main content</a></div>"
           "<header class='site-header'><a href='/'><img alt='{site} logo' src='logo.png'></a>"
           "<nav class='top-nav'><ul><li><a href='/bins'>Bins and recycling</a></li><li><a href='/tax'>Council tax</a>"
           "</li><li><a href='/planning'>Planning</a></li><li><a href='/democracy'>Your council</a></li></ul></nav>"
           "<form class='search'><label>Search this site</label><input name='q'></form></header>"
           "<div class='breadcrumb'><ol><li><a href='/'>Home</a></li><li><a href='/democracy'>Your council</a></li>"
           "<li><a href='/mgListCommittees.aspx'>Committees</a></li>{crumbs}</ol></div>"
           "<div id='content'><div id='modgov'>")
MG_FOOT = ("</div></div><footer><ul><li><a href='/access'>Accessibility statement</a></li><li><a href='/privacy'>"
           "Privacy</a></li><li><a href='/contact'>Contact us</a></li></ul><p>&copy; {site} 2025</p>"
           "<p>Powered by Modern.Gov</p></footer></body></html>")


def _mg(name, site, page_title, crumbs, body):
    def build(folder):
        path = folder / name
        crumb_html = "".join(f"<li>{c}</li>" for c in crumbs)
        path.write_text(MG_HEAD.format(site=site, page_title=page_title, crumbs=crumb_html) + body
                        + MG_FOOT.format(site=site), encoding="utf-8")
        return path
    return build


# 1. Printed minutes of a district planning committee: the whole opening in one capitalised sentence.
district_minutes = _txt("planning-minutes.txt", (
    "BRACKENHOLT DISTRICT COUNCIL\n\n"
    "MINUTES of the meeting of the PLANNING COMMITTEE held at the Council Offices, Market Street, Brackenholt "
    "on Tuesday 3rd June 2025 at 7.00 pm\n\n"
    "PRESENT: Councillor R. Ashdown (Chair); Councillors P. Birt, L. Corran, H. Dace and M. Ewell\n\n"
    "OFFICERS: Planning Manager, Senior Planning Officer, Democratic Services Officer\n\n"
    "1. APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor T. Fane.\n\n"
    "2. MINUTES\n\nThe minutes of the meeting held on 6th May 2025 were confirmed as a correct record.\n\n"
    "3. 25/0412/FUL - LAND EAST OF MILL LANE, HOLTBY\n\nThe Senior Planning Officer presented the report.\n\n"
    "RESOLVED that planning permission be granted subject to the conditions in the report.\n\n"
    "4. DATE OF NEXT MEETING\n\nTuesday 1st July 2025 at 7.00 pm.\n\n"
    "The meeting closed at 8.42 pm.\n"))

# 2. Parish council minutes as a PDF, signed and dated by the chairman at the next meeting.
def parish_minutes(folder):
    def body(pdf):
        pdfgen.heading(pdf, "LOWER FENNICK PARISH COUNCIL")
        pdfgen.paragraph(pdf, "Minutes of the Meeting of Lower Fennick Parish Council held at the Memorial Hall, "
                              "Church Road on Monday 12th May 2025 at 7.30pm")
        pdfgen.paragraph(pdf, "Present: Cllr J. Harte (Chairman), Cllr A. Mosley, Cllr D. Penn, Cllr S. Quill. "
                              "In attendance: Mrs K. Lowe (Clerk) and two members of the public.")
        pdfgen.paragraph(pdf, "25/31 Grass cutting. The Clerk reported that the grass cutting contract with "
                              "Greenway Grounds Ltd ends on 31 October 2025. It was resolved to seek three quotes, "
                              "to be returned to the Clerk by 15 August 2025.")
        pdfgen.paragraph(pdf, "25/32 Finance. The bank balance as at 30 April 2025 was £18,412.60. Payments "
                              "listed in the schedule were approved.")
        pdfgen.paragraph(pdf, "Signed ................................ Chairman     Date: 9 June 2025")
    return _pdf(folder / "lfpc-minutes-may.pdf", None, body)


# 3. Fire authority panel minutes as DOCX: the authority only in the header part, the panel and date
#    in the footer part and in the opening line.
def fire_panel_minutes(folder):
    doc = docxgen.new("Member Services", dt.datetime(2025, 4, 22, 9, 0))
    doc.sections[0].header.paragraphs[0].text = "Harrowdale Fire and Rescue Authority"
    doc.sections[0].footer.paragraphs[0].text = "Audit and Standards Panel 17.04.25"
    docxgen.banner(doc, "AUDIT AND STANDARDS PANEL")
    doc.add_paragraph("Minutes of the meeting held on Thursday 17 April 2025 at 10.00 am at Fire Service "
                      "Headquarters, Kelby")
    doc.add_paragraph("Present: Councillors W. Orme (Chair), F. Dray, G. Holt and independent member Ms R. Shaw")
    doc.add_paragraph("14. Internal audit progress")
    doc.add_paragraph("The Treasurer reported that the internal audit contract with Morwick Audit LLP had been "
                      "extended to 31 March 2026. Reserves as at 31 March 2025 stood at £6.2m.")
    doc.add_paragraph("RESOLVED: that the progress report be noted.")
    return _docx_save(doc, folder, "asp-minutes.docx")


# 4. A police and crime panel's minutes on a ModernGov page of its host council.
police_panel_minutes = _mg(
    "pcp-minutes.html", "Welbury County Council", "Minutes - Welbury Police and Crime Panel",
    ["<a href='/ieListMeetings.aspx?CId=88'>Welbury Police and Crime Panel</a>", "Minutes"],
    "<h1 class='mgMainTitleTxt'>Minutes:</h1>"
    "<p class='mgSubTitleTxt'>Welbury Police and Crime Panel - Friday, 21st March, 2025 10.30 am</p>"
    "<p>Venue: Council Chamber, County Hall, Welbury</p>"
    "<h2>22. Police and Crime Commissioner's update</h2>"
    "<p>The Commissioner reported that the victim support service contract with Harbourlight Support CIC "
    "would end on 30 September 2025 and a new service would start on 1 October 2025.</p>"
    "<p>RESOLVED that the update be noted.</p>")

# 5. A ModernGov meeting page (agenda list) with its chrome.
moderngov_meeting = _mg(
    "cabinet-meeting.html", "Orrinsby District Council", "Agenda for Cabinet on Wednesday, 9th July, 2025, 6.00 pm",
    ["<a href='/ieListMeetings.aspx?CId=130'>Cabinet</a>", "Meeting"],
    "<h1 class='mgMainTitleTxt'>Agenda and minutes</h1>"
    "<p class='mgSubTitleTxt'>Cabinet - Wednesday, 9th July, 2025 6.00 pm</p>"
    "<p>Venue: Council Chamber, Orrinsby House. Contact: Lydia Marsh, Democratic Services Officer</p>"
    "<p>Media</p><table class='mgItemTable'><tr><td>1.</td><td>Apologies for absence</td></tr>"
    "<tr><td>2.</td><td>Declarations of interest</td></tr>"
    "<tr><td>3.</td><td>Leisure Centre Management Contract<p>Report of the Director of Place.</p>"
    "<p>Decision: Cabinet agreed to extend the leisure management contract with Activa Leisure Trust "
    "to 31 March 2027.</p></td></tr></table>")

# 6. A ModernGov issue page.
moderngov_issue = _mg(
    "issue-libraries.html", "Tarnford Borough Council", "Issue - items at meetings - Library opening hours",
    ["Issue"],
    "<h1 class='mgMainTitleTxt'>Issue - items at meetings - Library opening hours</h1>"
    "<h2>Issue details</h2>"
    "<h3>Meeting: 14/05/2025 - Cabinet (Item 7)</h3>"
    "<p>7 Library opening hours</p><p>Report of the Head of Culture.</p>"
    "<p>Decision:</p><p>That the revised opening hours for the five branch libraries take effect from "
    "2 June 2025.</p>"
    "<p>Minutes:</p><p>The Portfolio Holder introduced the report. Visitor numbers as at 31 March 2025 were "
    "set out in Appendix A.</p>")

# 7. A ModernGov decision details page.
moderngov_decision = _mg(
    "decision-highways.html", "Kelvenshire County Council", "Decision - Award of highways maintenance contract",
    ["<a href='/mgDelegatedDecisions.aspx'>Decisions</a>", "Decision"],
    "<h1 class='mgMainTitleTxt'>Decision details</h1>"
    "<h2 class='mgSubTitleTxt'>Award of highways maintenance contract</h2>"
    "<p>Decision Maker: Cabinet Member for Highways and Transport</p>"
    "<p>Decision status: Implemented</p><p>Is Key decision?: Yes</p><p>Is subject to call in?: Yes</p>"
    "<h3>Decision:</h3><p>To award the highways maintenance contract to Kerbline Surfacing Ltd for four years "
    "from 1 June 2025 to 31 May 2029.</p>"
    "<h3>Reasons for the decision:</h3><p>Kerbline Surfacing Ltd submitted the most economically advantageous "
    "tender.</p>"
    "<p>Publication date: 23/04/2025</p><p>Date of decision: 22/04/2025</p>"
    "<p>Effective from: 01/05/2025</p>")

# 8. A ModernGov agenda item page.
moderngov_agenda_item = _mg(
    "agenda-item-treasury.html", "Wendover Vale Council",
    "Agenda item - Annual Treasury Management Report 2024/25",
    ["<a href='/ieListMeetings.aspx?CId=140'>Audit Committee</a>", "Agenda item"],
    "<h1 class='mgMainTitleTxt'>Agenda item</h1>"
    "<h2 class='mgSubTitleTxt'>Annual Treasury Management Report 2024/25</h2>"
    "<p>Meeting: Thursday, 26th June, 2025 7.00 pm - Audit Committee</p>"
    "<p>Contact: Treasury Manager</p><h3>Minutes:</h3>"
    "<p>The Treasury Manager presented the report. Investments held as at 31 March 2025 totalled £42 million "
    "and no limits had been breached.</p>"
    "<p>RESOLVED: That the annual report be noted.</p>"
    "<h3>Supporting documents:</h3><ul><li>Treasury Management Annual Report 2024/25, item 9 PDF 412 KB</li></ul>")

# 9. ModernGov printed minutes as a web page.
moderngov_minutes = _mg(
    "licensing-minutes.html", "Selbourne District Council",
    "Minutes of Licensing Committee, Monday, 2nd June, 2025",
    ["<a href='/ieListMeetings.aspx?CId=77'>Licensing Committee</a>", "Minutes"],
    "<h1 class='mgMainTitleTxt'>Minutes of Licensing Committee</h1>"
    "<p>Monday, 2nd June, 2025 7.00 pm</p><p>Present: Councillors Nye (Chair), Ord and Pask</p>"
    "<h2>5. Hackney carriage fares</h2>"
    "<p>The Committee considered the proposed table of fares. The proposed fares would be advertised for "
    "14 days and, if no objections are received, come into force on 1 August 2025.</p>"
    "<p>RESOLVED: That the table of fares be approved for advertisement.</p>")


# 10. An officer decision record (PDF) with a signature block.
def officer_decision_record(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Ellesby Borough Council")
        pdfgen.heading(pdf, "OFFICER DECISION RECORD")
        pdfgen.table(pdf, [["Decision taker", "Director of Place"],
                           ["Date of decision", "4 August 2025"],
                           ["Subject", "Extension of the pest control contract"],
                           ["Decision", "To extend the contract with Vermicore Ltd for 12 months from 1 October "
                                        "2025 to 30 September 2026 under clause 3.2."],
                           ["Reasons", "Performance has been good and the market will be tested in 2026."]],
                     widths=[45, 125], header=None)
        pdfgen.paragraph(pdf, "Signed: A. Pell, Director of Place          Date: 4 August 2025")
    return _pdf(folder / "odr-pest-control.pdf", None, body)


# 11. An ICB board cover sheet in DOCX: label/value rows and tick boxes.
def icb_cover_sheet(folder):
    doc = docxgen.new("Board Secretary", dt.datetime(2025, 7, 1, 9, 0))
    docxgen.banner(doc, "NHS Harrowdale Integrated Care Board")
    docxgen.table(doc, [["Meeting:", "Integrated Care Board (Public)"], ["Date:", "10 July 2025"],
                        ["Agenda item:", "9"], ["Title:", "Urgent and Emergency Care Plan 2025/26"],
                        ["Author:", "Head of Urgent Care"], ["Sponsor:", "Chief Operating Officer"],
                        ["Purpose:", "Approval ☐  Assurance ☒  Discussion ☐  Information ☐"]], header=False)
    doc.add_paragraph("1. Executive summary")
    doc.add_paragraph("Performance data are shown as at 30 June 2025. The winter plan must be submitted to NHS "
                      "England by 12 September 2025.")
    return _docx_save(doc, folder, "icb-uec-plan.docx")


# 12. A trust board cover in PDF: the title labelled "Report title", a reporting period.
def trust_cover(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Fenby Hospitals NHS Foundation Trust")
        pdfgen.table(pdf, [["Meeting", "Board of Directors (Part 1)"], ["Meeting date", "3 September 2025"],
                           ["Agenda item", "14"], ["Report title", "Guardian of Safe Working Hours Quarterly Report"],
                           ["Executive sponsor", "Medical Director"], ["Report author", "Guardian of Safe Working"],
                           ["Reporting period", "1 April 2025 to 30 June 2025"],
                           ["Purpose", "For assurance"]], widths=[50, 120], header=None)
        pdfgen.heading(pdf, "1. Summary")
        pdfgen.paragraph(pdf, "1.1 Forty exception reports were received in the quarter.")
    return _pdf(folder / "gosw-q1.pdf", None, body)


# 13. An IJB cover in plain text.
ijb_cover = _txt("ijb-apr.txt", (
    "Kelby and Dunmore Integration Joint Board\n\n"
    "Meeting Date: 24 June 2025\n\nReport Title: Annual Performance Report 2024/25\n\n"
    "Report By: Chief Officer\n\nPurpose: For Decision\n\n"
    "1. Purpose\n\n1.1 This report presents the annual performance report for approval. Under the 2014 Act the "
    "report must be published by 31 July 2025.\n\n"
    "2. Background\n\n2.1 Indicators are reported for the year to 31 March 2025.\n"))


# 14. A cover set as a four-column table.
def four_column_cover(folder):
    def body(pdf):
        pdfgen.table(pdf, [["Report to", "Cabinet", "Date", "16 October 2025"],
                           ["Report of", "Director of Housing", "Ward(s)", "All"],
                           ["Title", "Temporary Accommodation Procurement", "Key decision", "Yes"]],
                     widths=[30, 55, 30, 55], header=None)
        pdfgen.heading(pdf, "1. Purpose of the report")
        pdfgen.paragraph(pdf, "1.1 To seek approval to procure a framework of temporary accommodation providers. "
                              "The new framework will start on 1 April 2026 and run until 31 March 2030.")
    return _pdf(folder / "ta-procurement.pdf", "Stanmoor City Council", body)


# 15. DOCX: the publisher in the header part, the meeting and date only in the footer part.
def docx_header_footer(folder):
    doc = docxgen.new("Scrutiny Officer", dt.datetime(2025, 10, 30, 9, 0))
    doc.sections[0].header.paragraphs[0].text = "Wendover Vale Council"
    doc.sections[0].footer.paragraphs[0].text = "Overview and Scrutiny Committee – 11 November 2025"
    docxgen.banner(doc, "Review of Community Transport Grants")
    doc.add_paragraph("1. Introduction")
    doc.add_paragraph("1.1 Three community transport schemes receive grants from the Council. Their grant "
                      "agreements expire on 31 March 2026.")
    return _docx_save(doc, folder, "ct-grants.docx")


# 16. A paper dated only in its footer.
def footer_dated(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Porthallow Town Council")
        pdfgen.heading(pdf, "Mooring Fees 2026/27")
        pdfgen.paragraph(pdf, "1. The Harbour Master proposes a rise of 3% in visitor mooring fees. The new fees "
                              "take effect from 1 April 2026.")
        pdfgen.paragraph(pdf, "2. " + FILLER)
    return _pdf(folder / "mooring.pdf", None, body, footer="Harbour Board - 5 March 2026 - Page {page}")


# 17. A title split over two lines under a labelled cover.
def split_title(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Halstow Borough Council")
        pdfgen.paragraph(pdf, "Report to: Policy and Resources Committee")
        pdfgen.paragraph(pdf, "Date of meeting: 20 January 2026")
        pdfgen.heading(pdf, "Customer Access Strategy:")
        pdfgen.heading(pdf, "Digital First and Face to Face Services 2026-2030")
        pdfgen.heading(pdf, "1. Summary")
        pdfgen.paragraph(pdf, "1.1 A public consultation will run from 2 February 2026 to 16 March 2026.")
    return _pdf(folder / "customer-access.pdf", None, body)


# 18. An upper-case cover in plain text.
uppercase_title = _txt("homelessness-update.txt", (
    "NORTH LENTHAM DISTRICT COUNCIL\n\n"
    "REPORT TO: COMMUNITIES OVERVIEW AND SCRUTINY PANEL\n\nDATE: 8 OCTOBER 2025\n\n"
    "HOMELESSNESS AND ROUGH SLEEPING STRATEGY ACTION PLAN UPDATE\n\n"
    "REPORT OF: HEAD OF HOUSING\n\n"
    "1. PURPOSE\n\n1.1 To update the Panel on the action plan. The rough sleeping grant ends on 31 March 2026.\n"))

# 19. Markdown with bold labels; the committee only as "Report to".
report_to_md = _txt("street-trading.md", (
    "# Brackley Vale Council\n\n**Report to:** Licensing and Regulatory Committee\n\n"
    "**Meeting date:** 27 November 2025\n\n## Street Trading Policy Review\n\n"
    "### 1. Background\n\nThe current policy expires on 28 February 2026. Consent numbers as at 31 October 2025 "
    "are shown in the appendix.\n"))


# 20. The first organisation named is not the publisher.
def first_org_not_publisher(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Better Care Fund Plan 2025-26")
        pdfgen.paragraph(pdf, "Report to: Orrin Valley Health and Wellbeing Board")
        pdfgen.paragraph(pdf, "Date: 5 June 2025")
        pdfgen.heading(pdf, "1. Summary")
        pdfgen.paragraph(pdf, "1.1 NHS England has published the planning requirements for 2025-26. NHS Orrin Valley "
                              "Integrated Care Board and the Council agreed the plan jointly. The plan must be "
                              "submitted to NHS England by 16 June 2025.")
    return _pdf(folder / "bcf-plan.pdf", "Orrin Valley Council", body)


# 21. A council CMS page (not ModernGov) recording an officer decision, with chrome.
cms_officer_decision = _txt("quay-road.html", (
    "<html><head><title>Sale of land at Quay Road | Selbourne District Council</title></head><body>"
    "<header><a href='/'>Selbourne District Council</a><nav><ul><li>Home</li><li>Services</li><li>News</li>"
    "</ul></nav></header>"
    "<nav aria-label='Breadcrumb'><ol><li>Home</li><li>Council and democracy</li><li>Decisions</li>"
    "<li>Officer decisions</li></ol></nav>"
    "<main><h1>Sale of land at Quay Road</h1>"
    "<p><strong>Decision taken by:</strong> Head of Property</p>"
    "<p><strong>Date of decision:</strong> 10 March 2025</p>"
    "<p><strong>Decision:</strong> To sell the freehold of land at Quay Road to Harbourside Homes Ltd for "
    "£410,000. Completion is expected by 30 June 2025.</p></main>"
    "<footer><p>Page last updated: 14 March 2025</p><p>© Selbourne District Council 2025</p></footer>"
    "</body></html>"))

# 22. Negative: town council minutes whose other dates are a report's date, accounts and a signature.
negative_minutes = _txt("brayton-tc-june.txt", (
    "BRAYTON TOWN COUNCIL\n\n"
    "Minutes of the Meeting of Brayton Town Council held on Wednesday 11 June 2025 at 7pm in the Town Hall\n\n"
    "Present: Cllrs Vane (Mayor), Wick, Yarrow and Zeal\n\n"
    "T/25/40 Accounts. The accounts as at 31 March 2025 were noted.\n\n"
    "T/25/41 Clerk's report. The Clerk's report dated 2 June 2025 was received.\n\n"
    "Signed: ................ Mayor    Date: ................\n"))


# 23. Negative: a finance monitoring report whose dates are column headers and an as-at date.
def negative_table_headers(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Dunmere City Council")
        pdfgen.paragraph(pdf, "Meeting: Cabinet")
        pdfgen.paragraph(pdf, "Date: 4 November 2025")
        pdfgen.heading(pdf, "Revenue Budget Monitoring - Quarter 2 2025/26")
        pdfgen.paragraph(pdf, "1. The position as at 30 September 2025 is a forecast overspend of £1.3m.")
        pdfgen.table(pdf, [["Directorate", "Budget 2025/26", "Forecast at 30 Sep 2025", "Variance"],
                           ["Adults", "£84.0m", "£85.1m", "£1.1m"], ["Children", "£61.2m", "£61.4m", "£0.2m"]],
                     widths=[50, 40, 45, 35])
    return _pdf(folder / "q2-monitoring.pdf", None, body)


# 24. A delegated decision (DOCX) with a contract term table and a signature date.
def delegated_contract_table(folder):
    doc = docxgen.new("Procurement", dt.datetime(2025, 8, 12, 9, 0))
    docxgen.banner(doc, "Ashcombe Borough Council")
    doc.add_paragraph("Record of Delegated Decision")
    doc.add_paragraph("Title: Award of School Catering Contract")
    docxgen.table(doc, [["Contract start date", "1 September 2025"], ["Contract end date", "31 August 2027"],
                        ["Extension option", "Up to 12 months, to 31 August 2028"],
                        ["Provider", "Brightplate Catering Ltd"]], header=False)
    doc.add_paragraph("Signed: M. Rowe, Director of Education     Date signed: 12 August 2025")
    return _docx_save(doc, folder, "school-catering-ddr.docx")


# 25. A police, fire and crime panel's minutes in PDF, published by the host county council.
def pfc_panel_minutes(folder):
    def body(pdf):
        pdfgen.heading(pdf, "POLICE, FIRE AND CRIME PANEL")
        pdfgen.paragraph(pdf, "Minutes of the meeting of the Police, Fire and Crime Panel held at County Hall, "
                              "Haddon on Friday 7th March 2025 at 10.30 a.m.")
        pdfgen.paragraph(pdf, "31. Estates strategy. The Commissioner reported that the lease of Haddon North "
                              "police station would end on 30 November 2025.")
    return _pdf(folder / "pfcp-minutes.pdf", "Haddonshire County Council", body)


# 26. ICB board minutes in HTML on the ICB's own site.
icb_board_minutes = _txt("icb-minutes-sept.html", (
    "<html><head><title>Board meeting papers - NHS Kelby Integrated Care Board</title></head><body>"
    "<div class='header'><p>NHS Kelby Integrated Care Board</p><ul class='menu'><li>About us</li>"
    "<li>Your health</li><li>Publications</li></ul></div>"
    "<div class='content'><h1>Minutes of the NHS Kelby Integrated Care Board meeting held in public</h1>"
    "<p>4 September 2025, Boardroom, Kelby House</p>"
    "<p>Present: Dr N. Oakes (Chair), Ms P. Rhee (Chief Executive)</p>"
    "<h2>ICB/25/61 Community diagnostics</h2>"
    "<p>The Board noted that the community diagnostic centre contract with ScanWell Diagnostics Ltd starts on "
    "1 January 2026.</p></div>"
    "<div class='footer'><p>Last reviewed: 20 September 2025</p></div></body></html>"))


# 27. A record of executive decision with dotted two-digit-year dates and a call-in deadline.
def dotted_dates_decision(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Tarnford Borough Council")
        pdfgen.heading(pdf, "RECORD OF EXECUTIVE DECISION")
        pdfgen.paragraph(pdf, "Decision made by: Executive Member for Environment")
        pdfgen.paragraph(pdf, "Decision made on: 18.06.25")
        pdfgen.paragraph(pdf, "Subject: Garden Waste Charge 2026")
        pdfgen.paragraph(pdf, "Decision: To set the garden waste charge at £52 for 2026.")
        pdfgen.paragraph(pdf, "Call-in deadline: 25.06.25")
    return _pdf(folder / "garden-waste-red.pdf", None, body)


PAPERS = {
    "district_minutes": (district_minutes, dict(
        authority=["Brackenholt District Council"], committee=["Planning Committee"], meeting_date="2025-06-03",
        title=["Minutes of the meeting of the Planning Committee"], dates=[], allowed=["2025-07-01", "2025-05-06"])),
    "parish_minutes": (parish_minutes, dict(
        authority=["Lower Fennick Parish Council"], committee=["Lower Fennick Parish Council", "Parish Council"],
        meeting_date="2025-05-12", title=["Minutes of the Meeting of Lower Fennick Parish Council"],
        dates=["2025-10-31", "2025-08-15"], allowed=[])),
    "fire_panel_minutes": (fire_panel_minutes, dict(
        authority=["Harrowdale Fire and Rescue Authority"], committee=["Audit and Standards Panel"],
        meeting_date="2025-04-17", title=["Audit and Standards Panel", "Minutes of the meeting of the Audit and Standards Panel"],
        dates=["2026-03-31"], allowed=[])),
    "police_panel_minutes": (police_panel_minutes, dict(
        authority=["Welbury County Council"], committee=["Police and Crime Panel"], meeting_date="2025-03-21",
        title=["Welbury Police and Crime Panel - Friday, 21st March, 2025 10.30 am", "Minutes - Welbury Police and Crime Panel"],
        dates=["2025-09-30", "2025-10-01"], allowed=[])),
    "moderngov_meeting": (moderngov_meeting, dict(
        authority=["Orrinsby District Council"], committee=["Cabinet"], meeting_date="2025-07-09",
        title=["Cabinet - Wednesday, 9th July, 2025 6.00 pm", "Agenda for Cabinet on Wednesday, 9th July, 2025, 6.00 pm"],
        dates=["2027-03-31"], allowed=[])),
    "moderngov_issue": (moderngov_issue, dict(
        authority=["Tarnford Borough Council"], committee=["Cabinet"], meeting_date="2025-05-14",
        title=["Library opening hours", "Issue - items at meetings - Library opening hours"],
        dates=["2025-06-02"], allowed=[])),
    "moderngov_decision": (moderngov_decision, dict(
        authority=["Kelvenshire County Council"], committee=["Cabinet Member for Highways and Transport"],
        meeting_date="2025-04-22", title=["Award of highways maintenance contract"],
        dates=["2025-06-01", "2029-05-31"], allowed=["2025-05-01", "2025-04-23"])),
    "moderngov_agenda_item": (moderngov_agenda_item, dict(
        authority=["Wendover Vale Council"], committee=["Audit Committee"], meeting_date="2025-06-26",
        title=["Annual Treasury Management Report 2024/25"], dates=[], allowed=[])),
    "moderngov_minutes": (moderngov_minutes, dict(
        authority=["Selbourne District Council"], committee=["Licensing Committee"], meeting_date="2025-06-02",
        title=["Minutes of Licensing Committee"], dates=["2025-08-01"], allowed=[])),
    "officer_decision_record": (officer_decision_record, dict(
        authority=["Ellesby Borough Council"], meeting_date="2025-08-04",
        title=["Extension of the pest control contract", "Officer Decision Record"],
        dates=["2025-10-01", "2026-09-30"], allowed=[])),
    "icb_cover_sheet": (icb_cover_sheet, dict(
        authority=["NHS Harrowdale Integrated Care Board"], committee=["Integrated Care Board", "Board"],
        meeting_date="2025-07-10", title=["Urgent and Emergency Care Plan 2025/26"],
        dates=["2025-09-12"], allowed=[])),
    "trust_cover": (trust_cover, dict(
        authority=["Fenby Hospitals NHS Foundation Trust"], committee=["Board of Directors"],
        meeting_date="2025-09-03", title=["Guardian of Safe Working Hours Quarterly Report"], dates=[], allowed=[])),
    "ijb_cover": (ijb_cover, dict(
        authority=["Kelby and Dunmore Integration Joint Board"], committee=["Integration Joint Board"],
        meeting_date="2025-06-24", title=["Annual Performance Report 2024/25"], dates=["2025-07-31"], allowed=[])),
    "four_column_cover": (four_column_cover, dict(
        authority=["Stanmoor City Council"], committee=["Cabinet"], meeting_date="2025-10-16",
        title=["Temporary Accommodation Procurement"], dates=["2026-04-01", "2030-03-31"], allowed=[])),
    "docx_header_footer": (docx_header_footer, dict(
        authority=["Wendover Vale Council"], committee=["Overview and Scrutiny Committee"],
        meeting_date="2025-11-11", title=["Review of Community Transport Grants"], dates=["2026-03-31"], allowed=[])),
    "footer_dated": (footer_dated, dict(
        authority=["Porthallow Town Council"], committee=["Harbour Board"], meeting_date="2026-03-05",
        title=["Mooring Fees 2026/27"], dates=["2026-04-01"],
        # (Revised after the first run: `since 2019` is a date the labelled real papers allow.)
        allowed=["2019"])),
    "split_title": (split_title, dict(
        authority=["Halstow Borough Council"], committee=["Policy and Resources Committee"], meeting_date="2026-01-20",
        title=["Customer Access Strategy: Digital First and Face to Face Services 2026-2030"],
        dates=["2026-02-02", "2026-03-16"], allowed=[])),
    "uppercase_title": (uppercase_title, dict(
        authority=["North Lentham District Council"], committee=["Communities Overview and Scrutiny Panel"],
        meeting_date="2025-10-08", title=["Homelessness and Rough Sleeping Strategy Action Plan Update"],
        dates=["2026-03-31"], allowed=[])),
    "report_to_md": (report_to_md, dict(
        authority=["Brackley Vale Council"], committee=["Licensing and Regulatory Committee"],
        meeting_date="2025-11-27", title=["Street Trading Policy Review"], dates=["2026-02-28"], allowed=[])),
    "first_org_not_publisher": (first_org_not_publisher, dict(
        authority=["Orrin Valley Council"], committee=["Health and Wellbeing Board"], meeting_date="2025-06-05",
        title=["Better Care Fund Plan 2025-26"], dates=["2025-06-16"], allowed=[])),
    "cms_officer_decision": (cms_officer_decision, dict(
        authority=["Selbourne District Council"], meeting_date="2025-03-10", title=["Sale of land at Quay Road"],
        dates=["2025-06-30"], allowed=[])),
    "negative_minutes": (negative_minutes, dict(
        authority=["Brayton Town Council"], committee=["Brayton Town Council", "Town Council"],
        meeting_date="2025-06-11", title=["Minutes of the Meeting of Brayton Town Council"], dates=[], allowed=[])),
    "negative_table_headers": (negative_table_headers, dict(
        authority=["Dunmere City Council"], committee=["Cabinet"], meeting_date="2025-11-04",
        title=["Revenue Budget Monitoring - Quarter 2 2025/26"], dates=[], allowed=[])),
    "delegated_contract_table": (delegated_contract_table, dict(
        authority=["Ashcombe Borough Council"], title=["Award of School Catering Contract"],
        dates=["2025-09-01", "2027-08-31"], allowed=["2028-08-31"])),
    "pfc_panel_minutes": (pfc_panel_minutes, dict(
        authority=["Haddonshire County Council"], committee=["Police, Fire and Crime Panel"],
        meeting_date="2025-03-07", title=["Minutes of the meeting of the Police, Fire and Crime Panel"],
        dates=["2025-11-30"], allowed=[])),
    "icb_board_minutes": (icb_board_minutes, dict(
        authority=["NHS Kelby Integrated Care Board"], committee=["Integrated Care Board", "Board"],
        meeting_date="2025-09-04", title=["Minutes of the NHS Kelby Integrated Care Board meeting held in public"],
        dates=["2026-01-01"], allowed=[])),
    "dotted_dates_decision": (dotted_dates_decision, dict(
        authority=["Tarnford Borough Council"], committee=["Executive Member for Environment"],
        meeting_date="2025-06-18", title=["Garden Waste Charge 2026"], dates=["2025-06-25"], allowed=[])),
}


# -- second batch (written after the first mends, before the tool was run on these) -----------------

# 28. DOCX: the publisher in the header part, an upper-case cover whose title runs over two paragraphs.
def docx_caps_two_line_title(folder):
    doc = docxgen.new("Housing Services", dt.datetime(2025, 9, 2, 9, 0))
    doc.sections[0].header.paragraphs[0].text = "Kelby Borough Council"
    for line in ("CABINET", "18 SEPTEMBER 2025", "DISABLED FACILITIES GRANT", "POLICY 2025-2028"):
        docxgen.banner(doc, line, size=14)
    doc.add_paragraph("1. PURPOSE")
    doc.add_paragraph("1.1 The revised policy would apply to applications received from 1 November 2025.")
    return _docx_save(doc, folder, "dfg-policy.docx")


# 29. A trust cover in a four-column table under a running header.
def trust_four_column(folder):
    def body(pdf):
        pdfgen.table(pdf, [["Meeting", "Public Board", "Date", "2 October 2025"],
                           ["Agenda item", "8", "Report", "Freedom to Speak Up Annual Report 2024/25"],
                           ["Author", "Guardian", "Sponsor", "Chief People Officer"],
                           ["Purpose", "Assurance X", "Decision", ""]], widths=[30, 55, 30, 55], header=None)
        pdfgen.heading(pdf, "1. Summary")
        pdfgen.paragraph(pdf, "1.1 Concerns raised as at 31 March 2025 numbered 214.")
    return _pdf(folder / "ftsu.pdf", "Harbourside University Hospitals NHS Trust", body)


# 30. A ModernGov meeting page whose meeting is named only in the page's <title> and breadcrumb.
moderngov_title_only = _mg(
    "planning-sub.html", "Ellesby Borough Council",
    "Agenda for Planning Sub-Committee on Thursday, 16th October, 2025, 7.30 pm",
    ["<a href='/ieListMeetings.aspx?CId=51'>Planning Sub-Committee</a>", "Meeting"],
    "<h1 class='mgMainTitleTxt'>Agenda</h1>"
    "<p>Venue: Committee Room 1, Civic Centre. Contact: Planning Support</p>"
    "<table class='mgItemTable'><tr><td>1.</td><td>Apologies</td></tr>"
    "<tr><td>2.</td><td>25/0770/HH - 14 Orchard Way</td></tr></table>")

# 31. Printed minutes opening `At a meeting of ... held at ... on Monday, 6 October 2025`.
at_a_meeting = _txt("licensing-sub.txt", (
    "TARNFORD BOROUGH COUNCIL\n\n"
    "At a meeting of the Licensing Sub-Committee held at the Civic Centre, Tarnford on Monday, 6 October 2025 "
    "at 10.00 am\n\n"
    "Present: Councillors Inge (Chair), Jupp and Kerr\n\n"
    "8. Application for a premises licence - The Old Forge, 2 Bridge Street\n\n"
    "RESOLVED: That the licence be granted; the licence will take effect from 20 October 2025.\n"))

# 32. A fire authority's report cover in capitals.
fire_authority_report = _txt("crmp.txt", (
    "HARROWDALE FIRE AUTHORITY\n\n"
    "REPORT TO: FIRE AUTHORITY\n\nDATE: 12 DECEMBER 2025\n\nREPORT OF: CHIEF FIRE OFFICER\n\n"
    "SUBJECT: COMMUNITY RISK MANAGEMENT PLAN 2026-2030\n\n"
    "1. PURPOSE\n\n1.1 To approve the draft plan for consultation. The public consultation closes on "
    "30 January 2026.\n"))


# 33. DOCX: meeting and date only in the footer part with an item number.
def docx_footer_item(folder):
    doc = docxgen.new("Planning Policy", dt.datetime(2025, 10, 1, 9, 0))
    doc.sections[0].header.paragraphs[0].text = "Ellesby Borough Council"
    doc.sections[0].footer.paragraphs[0].text = "Cabinet – 14 October 2025 – Item 6"
    docxgen.banner(doc, "Local Plan Review Timetable")
    doc.add_paragraph("1. Summary")
    doc.add_paragraph("1.1 The draft plan will be submitted for examination by 30 June 2026.")
    return _docx_save(doc, folder, "lp-timetable.docx")


# 34. Negative: dates only as a data extraction date and quarter column headers.
def negative_extract_dates(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Fenby City Council")
        pdfgen.paragraph(pdf, "Report to: Audit and Governance Committee")
        pdfgen.paragraph(pdf, "Date: 25 November 2025")
        pdfgen.heading(pdf, "Complaints and Compliments Half-Year Report")
        pdfgen.table(pdf, [["Type", "Q1 (Apr-Jun 2025)", "Q2 (Jul-Sep 2025)"],
                           ["Complaints", "112", "98"], ["Compliments", "40", "51"]], widths=[50, 50, 50])
        pdfgen.paragraph(pdf, "Data source: complaints system, figures as at 3 October 2025.")
    return _pdf(folder / "complaints-h1.pdf", None, body)


# 35. An IJB report with a direction to a council (not the publisher).
ijb_direction = _txt("ijb-direction.txt", (
    "Kelby and Dunmore Integration Joint Board\n\n"
    "Report Number: IJB/25/40\n\nDate of Meeting: 25 September 2025\n\n"
    "Title: Care at Home Recommissioning\n\nDirection Required: Yes\n\nDirection to: Kelby Council\n\n"
    "1. Recommendation\n\n1.1 The IJB is asked to issue a direction to Kelby Council; the direction takes effect "
    "from 1 October 2025.\n"))

PAPERS.update({
    "docx_caps_two_line_title": (docx_caps_two_line_title, dict(
        authority=["Kelby Borough Council"], committee=["Cabinet"], meeting_date="2025-09-18",
        title=["Disabled Facilities Grant Policy 2025-2028"], dates=["2025-11-01"], allowed=[])),
    "trust_four_column": (trust_four_column, dict(
        authority=["Harbourside University Hospitals NHS Trust"], committee=["Public Board", "Board"],
        meeting_date="2025-10-02", title=["Freedom to Speak Up Annual Report 2024/25"], dates=[], allowed=[])),
    "moderngov_title_only": (moderngov_title_only, dict(
        authority=["Ellesby Borough Council"], committee=["Planning Sub-Committee"], meeting_date="2025-10-16",
        title=["Agenda for Planning Sub-Committee on Thursday, 16th October, 2025, 7.30 pm",
               "Planning Sub-Committee - Thursday, 16th October, 2025 7.30 pm"], dates=[], allowed=[])),
    "at_a_meeting": (at_a_meeting, dict(
        authority=["Tarnford Borough Council"], committee=["Licensing Sub-Committee"], meeting_date="2025-10-06",
        dates=["2025-10-20"], allowed=[])),
    "fire_authority_report": (fire_authority_report, dict(
        authority=["Harrowdale Fire Authority"], committee=["Fire Authority"], meeting_date="2025-12-12",
        title=["Community Risk Management Plan 2026-2030"], dates=["2026-01-30"], allowed=[])),
    "docx_footer_item": (docx_footer_item, dict(
        authority=["Ellesby Borough Council"], committee=["Cabinet"], meeting_date="2025-10-14",
        title=["Local Plan Review Timetable"], dates=["2026-06-30"], allowed=[])),
    "negative_extract_dates": (negative_extract_dates, dict(
        authority=["Fenby City Council"], committee=["Audit and Governance Committee"], meeting_date="2025-11-25",
        title=["Complaints and Compliments Half-Year Report"], dates=[], allowed=[])),
    "ijb_direction": (ijb_direction, dict(
        authority=["Kelby and Dunmore Integration Joint Board"], committee=["Integration Joint Board"],
        meeting_date="2025-09-25", title=["Care at Home Recommissioning"], dates=["2025-10-01"], allowed=[])),
})
