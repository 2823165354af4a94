"""Probe papers for document metadata (stop 29, m42): layouts the stop-20 and stop-21 probes lack -- the causes
m41 recorded on unseen real sets (an internal drainage board; a board named `NHS <place>`; a protective marking
before the heading; a `COMMITTEE | DATE` label row over its value row; a committee only in a running line; an
Act's name run into a decision notice's kind heading; a draft caveat run into a minutes heading; a village
liaison committee, a tenants' council, a standards board; an undated paper) and: a cover table with label and
value in one cell; a running header holding committee and date; a title split over three lines; an agenda item
number before the title; a meeting date only in a footer's `Date of meeting`; bilingual labels; a minutes heading
in a table; a decision notice numbered like `ED/2026/014`; a paper titled only by its first heading; negatives
(no committee: committee None; undated: meeting_date None).

``PAPERS`` maps a name to (builder, expected) as tests/meta_probe20_papers.py (``authority``, ``committee``,
``meeting_date``, ``title``; a field left out is not checked, None asks for nothing).  Expectations were written
before the tool was first run on them.  Every authority, person and figure is invented."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402
from meta_probe20_papers import _docx_save, _txt  # noqa: E402

BODY = ("Officers have reviewed the arrangements each year and set out the options below so that members can "
        "choose one before the new financial year begins.")


def _pdf(name, build, header=None, footer="Page {page} of {pages}", title=None):
    """A PDF paper drawn by ``build(pdf)``, with an optional running header, footer and Title property."""
    def write(folder):
        pdf = pdfgen.Paper(running_header=header, footer=footer, title=title)
        pdf.add_page()
        build(pdf)
        return pdfgen.save(pdf, folder / name)
    return write


def _docx(name, build):
    def write(folder):
        doc = docxgen.new("Democratic Services", dt.datetime(2026, 1, 5, 9, 0))
        build(doc)
        return _docx_save(doc, folder, name)
    return write


def _html(name, head_title, body):
    return _txt(name, f"<html><head>{f'<title>{head_title}</title>' if head_title else ''}</head>"
                      f"<body>{body}</body></html>")


# 1. An internal drainage board's report (PDF): board named on the cover, `Report to the Board`.
def _idb_report(pdf):
    pdfgen.heading(pdf, "Fenwold Internal Drainage Board", 15)
    pdfgen.paragraph(pdf, "Report to the Board")
    pdfgen.paragraph(pdf, "Meeting held on Thursday 14 May 2026")
    pdfgen.heading(pdf, "Refurbishment of Saltings Pumping Station")
    pdfgen.paragraph(pdf, "1. The Board is asked to approve the refurbishment of the two diesel pumps. " + BODY)


idb_report = _pdf("fenwold-idb-pumping.pdf", _idb_report)

# 2. Minutes of a Scottish health board called `NHS <place>` (TXT).
nhs_place_minutes = _txt("nhs-carrowmore-board.txt", (
    "NHS CARROWMORE\n\n"
    "Minutes of the Meeting of NHS Carrowmore Board held in the Boardroom, Larkhall House, on Tuesday 30 June "
    "2026 at 9.30am\n\n"
    "Present: Mrs E Baird (Chair), Dr R Kerr, Mr J Muir, Ms F Ogilvie\n\n"
    "1. Apologies\n\nApologies were received from Mr T Shand.\n\n"
    "2. Minutes of the previous meeting\n\nThe minutes of the meeting held on 28 April 2026 were approved.\n"))

# 3. A protective marking before a police and crime panel's minutes heading (PDF).
def _marked_minutes(pdf):
    pdfgen.paragraph(pdf, "OFFICIAL - Minutes of the Ashmere Police and Crime Panel held at County Hall, "
                          "Ashmere on Wednesday 9 September 2026 at 10.00 am")
    pdfgen.paragraph(pdf, "Present: Councillor D Wray (Chair), Councillors H Lund and P Okoro; Mr G Fenn "
                          "(independent member)")
    pdfgen.heading(pdf, "1. Apologies for absence", 11)
    pdfgen.paragraph(pdf, "Apologies were received from Councillor S Tay.")


marked_panel_minutes = _pdf("ashmere-pcp-minutes.pdf", _marked_minutes, header="OFFICIAL")

# 4. A `COMMITTEE | DATE` label row over its value row (DOCX).
def _label_row(doc):
    docxgen.banner(doc, "Rowanby District Council")
    docxgen.table(doc, [["COMMITTEE", "DATE", "CLASSIFICATION"],
                        ["Audit and Governance Committee", "22 July 2026", "Open"]], header=True)
    doc.add_heading("Internal Audit Annual Opinion 2025/26", level=1)
    doc.add_paragraph("1. This report gives the Head of Internal Audit's opinion on the control framework. " + BODY)


label_row_cover = _docx("rowanby-audit-opinion.docx", _label_row)

# 5. Committee and date only in the running header (PDF).
def _running_only(pdf):
    pdfgen.heading(pdf, "Review of Street Trading Consents", 15)
    pdfgen.paragraph(pdf, "Report of the Head of Regulatory Services")
    pdfgen.heading(pdf, "1. Purpose", 11)
    pdfgen.paragraph(pdf, "To review the fees and conditions for street trading consents in the town centre. "
                          + BODY)


running_header_committee = _pdf("street-trading.pdf", _running_only,
                                header="Corbridge Borough Council - Licensing Committee - 8 October 2026")

# 6. A planning decision notice: the Act's name run into the kind heading (MD web export).
act_decision_notice = _txt("notice-26-0418.md", (
    "Brenthurst Borough Council\n\n"
    "# Town and Country Planning Act 1990 Refusal of Planning Permission\n\n"
    "Application number: 26/0418/FUL\n\n"
    "Applicant: Mr K Arnott\n\n"
    "Proposal: Erection of a two-storey side extension at 14 Mill Lane, Brenthurst\n\n"
    "Date of decision: 17 April 2026\n\n"
    "The Council hereby refuses permission for the development described above for the following reason:\n\n"
    "1. The extension, by reason of its bulk, would harm the character of the street scene.\n"))

# 7. A draft caveat run into a parish council's minutes heading (TXT).
draft_minutes = _txt("oakhurst-march.txt", (
    "DRAFT - subject to approval at the next meeting Minutes of the Meeting of Oakhurst Parish Council held in "
    "the Village Hall on Tuesday 3 March 2026 at 7.30pm\n\n"
    "Present: Cllrs A Bell (Chair), C Dyer, E Frost, G Hale\n\n"
    "26/21 Apologies\nNone.\n\n26/22 Planning\nNo objection was raised to application 26/0107.\n"))

# 8. A village liaison committee hosted by a district council (HTML).
liaison_minutes = _html("quarry-liaison.html", None, (
    "<h1>Brindle District Council</h1>"
    "<h2>Minutes of the Hobb Hill Quarry Village Liaison Committee</h2>"
    "<p>Held at Hobb End Village Hall on Monday 19 January 2026 at 6.00pm</p>"
    "<p>Present: Councillor J Pardoe (Chair), the quarry manager, two residents' representatives</p>"
    "<h3>1. Blasting notifications</h3><p>The operator agreed to post notices a week ahead.</p>"))

# 9. A tenants' council of a borough's housing service (HTML).
tenants_council = _html("tenants-council-may.html", "Tenants' Council - Greymoor Borough Council", (
    "<h1>Tenants' Council</h1>"
    "<p>Meeting of 5 May 2026, 6.30pm, Greymoor Civic Centre</p>"
    "<h2>Agenda</h2><ol><li>Welcome and apologies</li><li>Repairs performance</li>"
    "<li>Estate parking scheme</li></ol>"))

# 10. A standards board of a county council (TXT).
standards_board = _txt("standards-board-feb.txt", (
    "HALLAMSHIRE COUNTY COUNCIL\n\n"
    "STANDARDS BOARD\n\n"
    "Minutes of the meeting held on Thursday 12 February 2026 at 2.00pm in the Council Chamber\n\n"
    "Present: Mr L Venn (Independent Chair), Councillors R Amos and B Coker\n\n"
    "1. Code of conduct complaints\n\nThe Board noted four complaints received in the quarter.\n"))

# 11. A cover table whose each cell holds both label and value (PDF).
def _one_cell(pdf):
    pdfgen.heading(pdf, "Marlow Vale Borough Council", 15)
    pdfgen.table(pdf, [["Meeting: Cabinet"], ["Date: 17 March 2026"],
                       ["Title: Household Waste and Recycling Strategy"], ["Wards affected: All"]],
                 widths=[170], header=None)
    pdfgen.heading(pdf, "1. Summary", 11)
    pdfgen.paragraph(pdf, "The strategy sets targets for recycling to 2030. " + BODY)


one_cell_cover = _pdf("waste-strategy.pdf", _one_cell)

# 12. A title page whose title runs over three lines (PDF).
def _three_lines(pdf):
    pdfgen.paragraph(pdf, "Kestle County Council")
    pdfgen.heading(pdf, "Rural Bus Services:", 18)
    pdfgen.heading(pdf, "Annual Review of Supported", 18)
    pdfgen.heading(pdf, "Routes 2026", 18)
    pdfgen.paragraph(pdf, "Report to the Transport Committee, 4 June 2026")
    pdfgen.heading(pdf, "1. Introduction", 11)
    pdfgen.paragraph(pdf, "Supported routes carried 1.2 million passengers last year. " + BODY)


three_line_title = _pdf("rural-bus-review.pdf", _three_lines)

# 13. An agenda item number before the title (DOCX).
def _item_number(doc):
    doc.add_paragraph("Agenda Item 7")
    docxgen.banner(doc, "Thornleigh City Council")
    doc.add_paragraph("Executive Board - 25 February 2026")
    doc.add_heading("7. Leisure Centre Management Contract", level=1)
    doc.add_paragraph("7.1 The current contract ends on 31 March 2027. " + BODY)


item_number_title = _docx("leisure-contract.docx", _item_number)

# 14. The meeting date only in a footer's `Date of meeting` (PDF).
def _footer_date(pdf):
    pdfgen.heading(pdf, "Sallowfield District Council", 15)
    pdfgen.paragraph(pdf, "Report to Planning Policy Committee")
    pdfgen.heading(pdf, "Local Plan Review: Issues and Options Consultation", 13)
    pdfgen.paragraph(pdf, "1. The committee is asked to approve the document for consultation. " + BODY)


footer_meeting_date = _pdf("local-plan-issues.pdf", _footer_date,
                           footer="Date of meeting: 19 November 2026    Page {page}")

# 15. Bilingual labels on a Welsh council's cover (DOCX table).
def _bilingual(doc):
    docxgen.banner(doc, "Cyngor Sir Penmaen / Penmaen County Council")
    docxgen.table(doc, [["Pwyllgor / Committee:", "Pwyllgor Craffu Addysg / Education Scrutiny Committee"],
                        ["Dyddiad / Date:", "15 October 2026"],
                        ["Teitl / Title:", "Ysgolion Gwledig / Rural Schools Review"]], header=False)
    doc.add_paragraph("1. Purpose: to report on surplus places in rural schools. " + BODY)


bilingual_labels = _docx("rural-schools.docx", _bilingual)

# 16. A school governing body's minutes heading inside a table (DOCX).
def _table_heading(doc):
    docxgen.table(doc, [["MINUTES OF THE FULL GOVERNING BODY MEETING OF MILLBROOK PRIMARY SCHOOL"],
                        ["Held on Wednesday 11 March 2026 at 6pm in the school library"]], header=False)
    doc.add_paragraph("Present: Mrs A Cole (Chair), Mr B Dean (Headteacher), Ms C Elton, Mr D Fry")
    doc.add_paragraph("1. Apologies: none.")


table_minutes_heading = _docx("millbrook-fgb.docx", _table_heading)

# 17. An officer's executive decision numbered `ED/2026/014` (TXT).
numbered_decision = _txt("ed-2026-014.txt", (
    "Wexcombe Borough Council\n\n"
    "Executive Decision ED/2026/014\n\n"
    "Subject: Disposal of land at Furze Lane depot\n\n"
    "Decision maker: Cabinet Member for Finance and Assets\n\n"
    "Date of decision: 3 August 2026\n\n"
    "Decision: To sell the freehold of the former depot to the highest bidder at auction.\n"))

# 18. A page titled only by its first heading; the meeting in a sentence (HTML, no <title>).
first_heading_only = _html("grants-review.html", None, (
    "<h1>Review of Community Grants</h1>"
    "<p>Dunmere Town Council</p>"
    "<p>This report was considered by the Finance and General Purposes Committee on 3 February 2026.</p>"
    "<p>Grants of up to £2,000 are made to local groups twice a year.</p>"))

# 19. A national park authority's planning report (PDF with cover fields).
def _park(pdf):
    pdfgen.heading(pdf, "Fellside National Park Authority", 15)
    pdfgen.table(pdf, [["Report to", "Planning Committee"], ["Date", "12 August 2026"],
                       ["Subject", "Barn conversion at High Scar Farm"]], widths=[45, 125], header=None)
    pdfgen.paragraph(pdf, "1. The application seeks consent to convert a stone barn to a dwelling. " + BODY)


park_report = _pdf("high-scar.pdf", _park)

# 20. A fire and rescue authority committee's minutes (TXT).
fire_minutes = _txt("tarnshire-frs-audit.txt", (
    "Tarnshire Fire and Rescue Authority\n\n"
    "Audit and Scrutiny Committee\n\n"
    "Minutes of the meeting held at Service Headquarters on Friday 26 June 2026\n\n"
    "Present: Councillors M Hood (Chair), N Ives, O Jury\n\n"
    "1. External audit plan\n\nThe Committee noted the plan.\n"))

# 21. A joint waste committee (PDF, running header with the body).
def _joint(pdf):
    pdfgen.heading(pdf, "Northvale Joint Waste Committee", 15)
    pdfgen.paragraph(pdf, "Minutes of the meeting held on Thursday 8 January 2026 at 2pm at Westgate House")
    pdfgen.paragraph(pdf, "Present: Councillors Q Lamb (Northvale District Council), R Marsh (Easterby Borough "
                          "Council), S Nunn (Northvale District Council)")
    pdfgen.heading(pdf, "1. Contract performance", 11)
    pdfgen.paragraph(pdf, "Recycling rates rose to 52 per cent in the quarter.")


joint_committee = _pdf("jwc-jan.pdf", _joint, header="Northvale Joint Waste Committee")

# 22. A parish council's minutes as Markdown with front matter.
parish_front_matter = _txt("wickam-parish-minutes-april.md", (
    "---\ntitle: Parish Council Meeting Minutes 14 April 2026\nsite: Wickam St Giles Parish Council\n"
    "date: 2026-04-20\n---\n\n"
    "# Parish Council Meeting Minutes 14 April 2026\n\n"
    "Minutes of the meeting of Wickam St Giles Parish Council held on 14 April 2026 at 7pm in the Reading Room.\n\n"
    "Present: Cllrs T Abbot (Chair), U Brook, V Crane\n\n"
    "1. Apologies were received from Cllr W Drake.\n"))

# 23. A Scottish council committee report (TXT) with `Report No.` and a date line.
scottish_report = _txt("kilbrannan-ed-report.txt", (
    "KILBRANNAN COUNCIL\n\n"
    "REPORT TO: EDUCATION COMMITTEE ON 5 NOVEMBER 2026\n\n"
    "REPORT ON: EARLY LEARNING AND CHILDCARE CAPACITY\n\n"
    "REPORT BY: EXECUTIVE DIRECTOR OF EDUCATION\n\n"
    "REPORT NO: EC/77/2026\n\n"
    "1 PURPOSE OF REPORT\n\n1.1 This report sets out capacity for funded places in 2027/28.\n"))

# 24. A Welsh community council's minutes, bilingual heading (TXT).
welsh_community = _txt("cyngor-cymuned-llanfor.txt", (
    "Cyngor Cymuned Llanfor / Llanfor Community Council\n\n"
    "Cofnodion / Minutes\n\n"
    "Minutes of the meeting of Llanfor Community Council held on Monday 9 November 2026 at 7pm in the Neuadd.\n\n"
    "Present: Cllrs H Owen (Chair), I Pugh, J Rees\n\n"
    "1. Apologies / Ymddiheuriadau: none.\n"))

# 25. An NHS trust committee with a running header `<Committee> | <date>` (PDF).
def _trust(pdf):
    pdfgen.heading(pdf, "Aldergate Community Health NHS Trust", 15)
    pdfgen.heading(pdf, "Estates Backlog Maintenance Programme 2026/27", 13)
    pdfgen.paragraph(pdf, "Presented by: Director of Estates")
    pdfgen.paragraph(pdf, "1. The programme prioritises fire safety and ventilation works. " + BODY)


trust_running_header = _pdf("estates-backlog.pdf", _trust,
                            header="Finance and Performance Committee | 24 September 2026")

# 26. An ICB committee cover with label and value in one cell each, a tick box line (DOCX).
def _icb(doc):
    docxgen.banner(doc, "NHS Harrowfield Integrated Care Board")
    docxgen.table(doc, [["Meeting: Primary Care Commissioning Committee", "Date: 10 December 2026"],
                        ["Report title: GP Premises Improvement Grants", "Agenda item: 9"]], header=False)
    doc.add_paragraph("Purpose: Approval [X]  Assurance [ ]  Information [ ]")
    doc.add_paragraph("1. Eleven practices bid for improvement grants this year. " + BODY)


icb_one_cell = _docx("gp-premises.docx", _icb)

# 27. A drainage board's minutes in capitals (TXT), `Internal Drainage Board` in the heading only.
drainage_minutes = _txt("saltmarsh-idb-minutes.txt", (
    "SALTMARSH LEVEL INTERNAL DRAINAGE BOARD\n\n"
    "MINUTES OF A MEETING OF THE BOARD HELD AT THE DYKE HOUSE, SALTMARSH ON WEDNESDAY 21 OCTOBER 2026 AT 10.30AM\n\n"
    "PRESENT: Mr K Lowe (Chairman), Mr L Mapp, Mrs M Nye\n\n"
    "1. DRAINAGE RATES\n\nThe Board set the drainage rate for 2027/28.\n"))

# 28. A police, fire and crime commissioner's decision record (PDF).
def _pfcc(pdf):
    pdfgen.heading(pdf, "Police, Fire and Crime Commissioner for Wexmoor", 14)
    pdfgen.heading(pdf, "Decision Record PFCC/2026/031", 12)
    pdfgen.paragraph(pdf, "Title: Replacement of Fire Station Alerting System")
    pdfgen.paragraph(pdf, "Executive summary: the alerting system at all fourteen stations is out of support. "
                          + BODY)
    pdfgen.paragraph(pdf, "Signed: Commissioner    Date: 2 March 2026")


pfcc_decision = _pdf("pfcc-2026-031.pdf", _pfcc)

# 29. A town council's committee agenda as a web page with a bilingual-free date row (HTML).
town_committee_page = _html("amenities-june.html", "Amenities Committee 16 June 2026 - Pelham Town Council", (
    "<h1>Amenities Committee</h1>"
    "<table><tr><th>Date</th><th>Time</th><th>Venue</th></tr>"
    "<tr><td>16 June 2026</td><td>7.00pm</td><td>Pelham Town Hall</td></tr></table>"
    "<h2>Agenda</h2><ol><li>Allotment waiting list</li><li>Play area inspection</li></ol>"))

# 30. NEGATIVE: a pay policy statement with no committee and no meeting (DOCX).
def _policy(doc):
    docxgen.banner(doc, "Ravensby City Council")
    doc.add_heading("Pay Policy Statement 2026/27", level=1)
    doc.add_paragraph("1. This statement is published under the Localism Act 2011. It sets out the council's "
                      "policies on the pay of its chief officers and lowest paid employees.")


pay_policy_no_committee = _docx("pay-policy.docx", _policy)

# 31. NEGATIVE: an undated briefing note for a scrutiny committee (TXT).
undated_briefing = _txt("briefing-dental.txt", (
    "Harlow Vale County Council\n\n"
    "Health Overview and Scrutiny Committee\n\n"
    "Briefing Note: Access to NHS Dentistry\n\n"
    "1. Members asked for an update on access to dental care in the county. Waiting lists have grown and two "
    "practices have handed back their contracts.\n"))

# 32. A parish council's agenda with the date in a summons sentence, MD with front matter naming only a month.
parish_summons_md = _txt("linby-agenda-july.md", (
    "---\ntitle: July 2026 agenda\nsite: Linby Parish Council\n---\n\n"
    "# Agenda\n\n"
    "Members are summoned to attend a meeting of Linby Parish Council to be held on Tuesday 7 July 2026 at "
    "7.30pm in the Memorial Hall.\n\n"
    "1. Apologies\n\n2. Declarations of interest\n\n3. Planning applications\n"))

# 33. A health board committee (Welsh) with a bilingual running header (PDF).
def _welsh_hb(pdf):
    pdfgen.heading(pdf, "Bwrdd Iechyd Prifysgol Tregarth / Tregarth University Health Board", 13)
    pdfgen.table(pdf, [["Enw'r Pwyllgor / Name of Committee:", "Quality, Safety and Experience Committee"],
                       ["Dyddiad y Cyfarfod / Date of Meeting:", "21 January 2026"],
                       ["Teitl yr Adroddiad / Report Title:", "Falls Prevention Annual Report"]],
                 widths=[80, 90], header=None)
    pdfgen.paragraph(pdf, "1. Inpatient falls fell by 12 per cent over the year. " + BODY)


welsh_hb_cover = _pdf("falls-annual.pdf", _welsh_hb)

# 34. A combined authority scrutiny report: agenda item line then title (TXT).
ca_item_line = _txt("ca-scrutiny-item5.txt", (
    "Item 5\n\n"
    "Wyebridge Combined Authority\n\n"
    "Overview and Scrutiny Committee\n\n"
    "Date: 30 September 2026\n\n"
    "Adult Skills Fund Performance\n\n"
    "Report of the Director of Skills\n\n"
    "1. Purpose\n\n1.1 To report the first quarter's performance of the Adult Skills Fund.\n"))

# 35. A school governors' committee as a PDF with the committee and date in a running header.
def _governors(pdf):
    pdfgen.heading(pdf, "Ashcombe Academy", 15)
    pdfgen.heading(pdf, "Minutes of the Resources Committee", 13)
    pdfgen.paragraph(pdf, "Present: Mr E Ford (Chair), Mrs G Hart, Mr I Jay (Principal)")
    pdfgen.paragraph(pdf, "1. Budget monitoring: the committee noted a forecast surplus of £14,000.")


governors_running = _pdf("ashcombe-resources.pdf", _governors, header="Resources Committee - 28 April 2026")


PAPERS = {
    "idb_report": (idb_report, dict(
        authority=["Fenwold Internal Drainage Board"], committee=["Board"], meeting_date="2026-05-14",
        title=["Refurbishment of Saltings Pumping Station"])),
    "nhs_place_minutes": (nhs_place_minutes, dict(
        authority=["NHS Carrowmore"], committee=["Board", "NHS Carrowmore Board"], meeting_date="2026-06-30")),
    "marked_panel_minutes": (marked_panel_minutes, dict(
        committee=["Police and Crime Panel", "Ashmere Police and Crime Panel"], meeting_date="2026-09-09",
        title=["Minutes of the Ashmere Police and Crime Panel"])),
    "label_row_cover": (label_row_cover, dict(
        authority=["Rowanby District Council"], committee=["Audit and Governance Committee"],
        meeting_date="2026-07-22", title=["Internal Audit Annual Opinion 2025/26"])),
    "running_header_committee": (running_header_committee, dict(
        authority=["Corbridge Borough Council"], committee=["Licensing Committee"], meeting_date="2026-10-08",
        title=["Review of Street Trading Consents"])),
    "act_decision_notice": (act_decision_notice, dict(
        authority=["Brenthurst Borough Council"], committee=None, meeting_date="2026-04-17",
        title=["Refusal of Planning Permission"])),
    "draft_minutes": (draft_minutes, dict(
        authority=["Oakhurst Parish Council"], committee=["Parish Council"], meeting_date="2026-03-03",
        title=["Minutes of the Meeting of Oakhurst Parish Council"])),
    "liaison_minutes": (liaison_minutes, dict(
        authority=["Brindle District Council"], committee=["Hobb Hill Quarry Village Liaison Committee",
                                                           "Village Liaison Committee"],
        meeting_date="2026-01-19", title=["Minutes of the Hobb Hill Quarry Village Liaison Committee"])),
    "tenants_council": (tenants_council, dict(
        authority=["Greymoor Borough Council"], committee=["Tenants' Council"], meeting_date="2026-05-05")),
    "standards_board": (standards_board, dict(
        authority=["Hallamshire County Council"], committee=["Standards Board"], meeting_date="2026-02-12")),
    "one_cell_cover": (one_cell_cover, dict(
        authority=["Marlow Vale Borough Council"], committee=["Cabinet"], meeting_date="2026-03-17",
        title=["Household Waste and Recycling Strategy"])),
    "three_line_title": (three_line_title, dict(
        authority=["Kestle County Council"], committee=["Transport Committee"], meeting_date="2026-06-04",
        title=["Rural Bus Services: Annual Review of Supported Routes 2026"])),
    "item_number_title": (item_number_title, dict(
        authority=["Thornleigh City Council"], committee=["Executive Board"], meeting_date="2026-02-25",
        title=["Leisure Centre Management Contract"])),
    "footer_meeting_date": (footer_meeting_date, dict(
        authority=["Sallowfield District Council"], committee=["Planning Policy Committee"],
        meeting_date="2026-11-19", title=["Local Plan Review: Issues and Options Consultation"])),
    "bilingual_labels": (bilingual_labels, dict(
        authority=["Penmaen County Council", "Cyngor Sir Penmaen"], committee=["Education Scrutiny Committee"],
        meeting_date="2026-10-15", title=["Rural Schools Review", "Ysgolion Gwledig / Rural Schools Review"])),
    "table_minutes_heading": (table_minutes_heading, dict(
        authority=["Millbrook Primary School"], committee=["Full Governing Body"], meeting_date="2026-03-11")),
    "numbered_decision": (numbered_decision, dict(
        authority=["Wexcombe Borough Council"], committee=["Cabinet Member for Finance and Assets"],
        meeting_date="2026-08-03", title=["Disposal of land at Furze Lane depot"])),
    "first_heading_only": (first_heading_only, dict(
        authority=["Dunmere Town Council"], committee=["Finance and General Purposes Committee"],
        meeting_date="2026-02-03", title=["Review of Community Grants"])),
    "park_report": (park_report, dict(
        authority=["Fellside National Park Authority"], committee=["Planning Committee"], meeting_date="2026-08-12",
        title=["Barn conversion at High Scar Farm"])),
    "fire_minutes": (fire_minutes, dict(
        authority=["Tarnshire Fire and Rescue Authority"], committee=["Audit and Scrutiny Committee"],
        meeting_date="2026-06-26")),
    "joint_committee": (joint_committee, dict(
        committee=["Northvale Joint Waste Committee", "Joint Waste Committee"], meeting_date="2026-01-08")),
    "parish_front_matter": (parish_front_matter, dict(
        authority=["Wickam St Giles Parish Council"], committee=["Parish Council"], meeting_date="2026-04-14",
        title=["Parish Council Meeting Minutes 14 April 2026"])),
    "scottish_report": (scottish_report, dict(
        authority=["Kilbrannan Council"], committee=["Education Committee"], meeting_date="2026-11-05",
        title=["Early Learning and Childcare Capacity"])),
    "welsh_community": (welsh_community, dict(
        authority=["Llanfor Community Council", "Cyngor Cymuned Llanfor"], committee=["Community Council"],
        meeting_date="2026-11-09")),
    "trust_running_header": (trust_running_header, dict(
        authority=["Aldergate Community Health NHS Trust"], committee=["Finance and Performance Committee"],
        meeting_date="2026-09-24", title=["Estates Backlog Maintenance Programme 2026/27"])),
    "icb_one_cell": (icb_one_cell, dict(
        authority=["NHS Harrowfield Integrated Care Board"], committee=["Primary Care Commissioning Committee"],
        meeting_date="2026-12-10", title=["GP Premises Improvement Grants"])),
    "drainage_minutes": (drainage_minutes, dict(
        authority=["Saltmarsh Level Internal Drainage Board"], committee=["Board"], meeting_date="2026-10-21")),
    "pfcc_decision": (pfcc_decision, dict(
        authority=["Police, Fire and Crime Commissioner for Wexmoor"],
        title=["Replacement of Fire Station Alerting System"])),
    "town_committee_page": (town_committee_page, dict(
        authority=["Pelham Town Council"], committee=["Amenities Committee"], meeting_date="2026-06-16")),
    "pay_policy_no_committee": (pay_policy_no_committee, dict(
        authority=["Ravensby City Council"], committee=None, meeting_date=None,
        title=["Pay Policy Statement 2026/27"])),
    "undated_briefing": (undated_briefing, dict(
        authority=["Harlow Vale County Council"], committee=["Health Overview and Scrutiny Committee"],
        meeting_date=None, title=["Briefing Note: Access to NHS Dentistry", "Access to NHS Dentistry"])),
    "parish_summons_md": (parish_summons_md, dict(
        authority=["Linby Parish Council"], committee=["Parish Council"], meeting_date="2026-07-07")),
    "welsh_hb_cover": (welsh_hb_cover, dict(
        authority=["Tregarth University Health Board"], committee=["Quality, Safety and Experience Committee"],
        meeting_date="2026-01-21", title=["Falls Prevention Annual Report"])),
    "ca_item_line": (ca_item_line, dict(
        authority=["Wyebridge Combined Authority"], committee=["Overview and Scrutiny Committee"],
        meeting_date="2026-09-30", title=["Adult Skills Fund Performance"])),
    "governors_running": (governors_running, dict(
        authority=["Ashcombe Academy"], committee=["Resources Committee"], meeting_date="2026-04-28",
        title=["Minutes of the Resources Committee"])),
}
