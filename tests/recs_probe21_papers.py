"""Probe papers for recommendation layouts (stop 21), grounded in a survey of real published pages and papers
(stored copies of ModernGov agenda, issue and decision pages, fire authority and parish agendas, Scottish
IJB and council minutes, Welsh health board papers, scrutiny and audit follow-up items).  Each paper is
FICTIONAL (every authority, person, service and figure invented) but laid out the way the surveyed real
ones are: reports set out as a two-column table of paragraph numbers and text (Word or HTML exports),
agenda frontsheets that put each item's ask in a table cell or a "Recommendation:" line, bilingual Welsh
labels ("Argymhelliad / Recommendation"), the SBAR cover of Welsh boards, Scottish ":-" lead-ins and
"(i)" items, scrutiny reports' "Recommendation 1" headings and "R1" items, lists after a page break,
a two-row box, asks in capitals, asks addressed to a Commissioner, and negatives.

``PAPERS`` maps a name to (builder, expected recommendations); a builder writes the paper into a folder
and returns its path.  Each expected phrase must be inside one found recommendation, as many found as
expected, and no found one may hold a phrase of ``FORBIDDEN``.  Expected items were written before the
first run of the tool on these papers."""
from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402

FILLER = ("The service was last reviewed in 2023 and the findings were reported to the portfolio holder, who "
          "asked officers to return with options once the engagement exercise had closed.")

CHROME_TOP = ("<header><a href='#main'>Skip to content</a><nav><ul><li><a href='/'>Home</a></li>"
              "<li><a href='/democracy'>Councillors and democracy</a></li><li><a href='/mgCalendar'>Meetings"
              "</a></li></ul></nav><p class='breadcrumb'>Home &gt; Meetings &gt; Agenda item</p></header>"
              "<main id='main'>")
CHROME_BOTTOM = ("</main><footer><ul><li><a href='/cookies'>Cookies</a></li><li><a href='/access'>Accessibility"
                 "</a></li></ul><p>Copyright Fictional Council 2026</p></footer>")


# -- one renderer for every format ---------------------------------------------------------------
# A paper is a list of blocks: ("h", text) a heading, ("p", text) a paragraph, ("b", text) a bullet,
# ("n", text) an item of a numbered Word/HTML list, ("t", rows) a table (first row a header when
# the paper says so), ("break",) a page break (PDF only).

def _txt(path, blocks):
    lines = []
    for block in blocks:
        kind = block[0]
        if kind == "break":
            continue
        if kind == "t":
            lines.extend(" | ".join(cell.replace("\n", " ") for cell in row) for row in block[1])
        elif kind == "b":
            lines.append("- " + block[1])
        else:
            lines.append(block[1])
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cell_html(text):
    return "<br>".join(html.escape(line) for line in text.split("\n"))


def _html(path, title, blocks, chrome=True):
    out, open_list = [], None

    def close():
        nonlocal open_list
        if open_list:
            out.append(f"</{open_list}>")
        open_list = None

    for block in blocks:
        kind = block[0]
        if kind in ("b", "n"):
            tag = "ul" if kind == "b" else "ol"
            if open_list != tag:
                close()
                out.append(f"<{tag}>")
                open_list = tag
            out.append(f"<li>{html.escape(block[1])}</li>")
            continue
        close()
        if kind == "h":
            out.append(f"<h2>{html.escape(block[1])}</h2>")
        elif kind == "p":
            out.append(f"<p>{html.escape(block[1])}</p>")
        elif kind == "t":
            rows = "".join("<tr>" + "".join(f"<td>{_cell_html(c)}</td>" for c in row) + "</tr>" for row in block[1])
            out.append(f"<table>{rows}</table>")
    close()
    body = "".join(out)
    page = (f"<html><head><title>{html.escape(title)}</title></head><body>"
            + (CHROME_TOP if chrome else "") + f"<h1>{html.escape(title)}</h1>" + body
            + (CHROME_BOTTOM if chrome else "") + "</body></html>")
    path.write_text(page, encoding="utf-8")
    return path


def _docx(path, banner, blocks, header_rows=False):
    doc = docxgen.new("Democratic Services", dt.datetime(2026, 5, 4, 9, 0))
    docxgen.banner(doc, banner)
    for block in blocks:
        kind = block[0]
        if kind == "h":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "b":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "n":
            doc.add_paragraph(block[1], style="List Number")
        elif kind == "t":
            docxgen.table(doc, block[1], header=header_rows)
    doc.save(path)
    return path


def _pdf(path, header, title_lines, blocks, widths=(20, 150)):
    body = []
    for block in blocks:
        kind = block[0]
        if kind == "t":
            rows = block[1]
            cols = len(rows[0])
            w = list(widths) if len(widths) == cols else [170 / cols] * cols
            body.append(("t", (rows, w)))
        elif kind == "break":
            body.append(("break", None))
        elif kind == "n":
            body.append(("p", block[1]))
        else:
            body.append((kind, block[1]))
    return pdfgen.headed_paper(path, header, title_lines, body)


# -- 1-4: a report laid out as a table of paragraph numbers and text -----------------------------

NUMBERED_TABLE = [
    ["1.", "Purpose of the report"],
    ["1.1", "To set out the results of the review of public conveniences and seek a decision on their future."],
    ["2.", "Recommendations"],
    ["2.1", "That Cabinet approves the transfer of the Quay Street toilets to Orlestone Town Council from 1 April 2027."],
    ["2.2", "That Cabinet agrees a one-off grant of £15,000 to the Town Council towards refurbishment."],
    ["2.3", "That Cabinet notes the closure of the Mill Lane toilets after the engagement exercise."],
    ["3.", "Background"],
    ["3.1", FILLER],
]
NUMBERED_TABLE_EXPECTED = ["transfer of the Quay Street toilets", "one-off grant of £15,000",
                           "closure of the Mill Lane toilets"]


def numbered_table_html(folder):
    return _html(folder / "toilets.html", "Review of Public Conveniences - Orlestone District Council",
                 [("p", "Report to Cabinet, 11 June 2026"), ("t", NUMBERED_TABLE)], chrome=False)


def numbered_table_docx(folder):
    return _docx(folder / "toilets.docx", "Orlestone District Council",
                 [("p", "Cabinet - 11 June 2026"), ("p", "Review of Public Conveniences"), ("t", NUMBERED_TABLE)])


def numbered_table_members_html(folder):
    rows = [["1.", "RECOMMENDATIONS"],
            ["1.1", "Members are asked to:"],
            ["", "(a) agree the revised fees for pre-application planning advice from 1 October 2026;"],
            ["", "(b) note the income forecast of £62,000 for the first full year."],
            ["2.", "REASONS FOR RECOMMENDATIONS"],
            ["2.1", "The fees have not changed since 2019."]]
    return _html(folder / "preapp.html", "Pre-application Advice Fees - Wrensfield Borough Council",
                 [("p", "Planning Policy Committee, 17 September 2026"), ("t", rows)])


NUMBERED_TABLE_MEMBERS_EXPECTED = ["revised fees for pre-application planning advice", "income forecast of £62,000"]


def numbered_table_pdf(folder):
    rows = [["Para", "Text"],
            ["1", "Recommendation(s)"],
            ["1.1", "It is recommended that the Fire Authority approves the Community Risk Management Plan 2027-2030."],
            ["1.2", "It is recommended that the Fire Authority delegates minor drafting changes to the Chief Fire Officer."],
            ["2", "Background"],
            ["2.1", FILLER]]
    return _pdf(folder / "crmp.pdf", "Ashcombe Fire Authority 24 June 2026",
                ["Ashcombe and Tarn Fire and Rescue Authority", "Community Risk Management Plan 2027-2030"],
                [("t", rows)])


# -- 5-8: agenda frontsheets ---------------------------------------------------------------------

def frontsheet_table_asks_html(folder):
    rows = [["Item no.", "Agenda item", "Details", "Status"],
            ["1", "Apologies for absence", "", ""],
            ["2", "Fees and charges 2027/28", "This report, attached marked 2, sets out the proposed fees. "
             "The Authority is asked to approve the fees and charges for 2027/28.", "For decision"],
            ["3", "Station refurbishment programme", "This report, attached marked 3, asks the Authority to "
             "agree a capital budget. The Authority is asked to agree a capital budget of £420,000 for the "
             "refurbishment of Kelby fire station.", "For decision"],
            ["4", "Performance report", "Members are asked to note the performance for the first quarter of "
             "2026/27.", "For information"]]
    return _html(folder / "frontsheet.html", "Fire and Rescue Authority - 9 July 2026",
                 [("p", "Kelby and Wrayford Fire and Rescue Authority"), ("t", rows)])


FRONTSHEET_TABLE_EXPECTED = ["approve the fees and charges for 2027/28", "capital budget of £420,000",
                             "note the performance for the first quarter"]


def frontsheet_recommendation_lines_pdf(folder):
    blocks = [("h", "AGENDA"),
              ("h", "5. Treasury Management Mid-Year Review"),
              ("p", "Report of the Director of Resources (pages 7 - 20)"),
              ("p", "Recommendation: That the Committee notes the treasury management mid-year review for 2026/27."),
              ("h", "6. Internal Audit Progress Report"),
              ("p", "Report of the Head of Internal Audit (pages 21 - 34)"),
              ("p", "Recommendation: That the Committee approves the changes to the internal audit plan."),
              ("h", "7. Exclusion of the Press and Public"),
              ("p", "To consider whether to exclude the press and public for the following item.")]
    return _pdf(folder / "agenda.pdf", "Audit Committee 15 October 2026",
                ["Brackley Vale District Council", "Audit and Governance Committee", "Thursday 15 October 2026"],
                blocks)


FRONTSHEET_LINES_EXPECTED = ["notes the treasury management mid-year review", "approves the changes to the internal audit plan"]


def frontsheet_item_table_docx(folder):
    rows = [["No.", "Item", "Recommendation"],
            ["1", "Minutes of the last meeting", "To approve the minutes of the meeting held on 3 March 2026."],
            ["2", "Allotment rents", "That the Council increases allotment rents by 4% from October 2026."],
            ["3", "Play area inspection", "That the Council notes the annual play area inspection report."]]
    return _docx(folder / "agenda.docx", "Helmsworth Town Council",
                 [("p", "Full Council - 14 April 2026 at 7.00 pm"), ("h", "Agenda"), ("t", rows)], header_rows=True)


FRONTSHEET_ITEM_TABLE_EXPECTED = ["approve the minutes of the meeting held on 3 March 2026",
                                  "increases allotment rents by 4%", "notes the annual play area inspection report"]


def issue_page_recommendation_html(folder):
    blocks = [("p", "Meeting: 21/09/2026 - Adults and Health Scrutiny Committee (Item 7)"),
              ("h", "7. Carers' Strategy Refresh"),
              ("p", "Report of the Director of Adult Social Care."),
              ("p", "Recommendation:"),
              ("p", "That the Committee comments on the draft carers' strategy and recommends it to Cabinet for adoption."),
              ("p", "Additional documents:"),
              ("b", "Appendix A - Draft carers' strategy, item 7 PDF 420 KB")]
    return _html(folder / "issue.html", "Issue - meetings - Carers' Strategy Refresh - Merrowby County Council", blocks)


ISSUE_PAGE_EXPECTED = ["comments on the draft carers' strategy"]


# -- 9-12: Welsh health board and bilingual labels -----------------------------------------------

def welsh_cover_bilingual_docx(folder):
    rows = [["Teitl yr Adroddiad / Report Title", "Winter Resilience Plan 2026/27"],
            ["Cyfarwyddwr Arweiniol / Lead Director", "Chief Operating Officer"],
            ["Argymhelliad / Recommendation", "The Board is asked to:\nAPPROVE the Winter Resilience Plan 2026/27.\n"
                                              "NOTE the additional 40 community beds to be opened in December."],
            ["Pwrpas yr Adroddiad / Purpose of the Report", "Er Penderfyniad / For Decision"]]
    return _docx(folder / "winter.docx", "Bwrdd Iechyd Prifysgol Dyffryn Tawel / Tawel Valley University Health Board",
                 [("t", rows), ("h", "Cefndir / Background"), ("p", FILLER)])


WELSH_COVER_EXPECTED = ["APPROVE the Winter Resilience Plan", "NOTE the additional 40 community beds"]


def sbar_pdf(folder):
    blocks = [("h", "Sefyllfa / Situation"),
              ("p", "The stroke thrombolysis rate fell to 9% in the last quarter."),
              ("h", "Cefndir / Background"),
              ("p", FILLER),
              ("h", "Asesiad / Assessment"),
              ("p", "A 24-hour stroke nurse rota would bring the rate back to the national standard."),
              ("h", "Argymhelliad / Recommendation"),
              ("p", "The Committee is asked to:"),
              ("b", "SUPPORT the business case for a 24-hour stroke nurse rota;"),
              ("b", "NOTE the thrombolysis performance for the last quarter."),
              ("h", "Amcanion: (rhaid cwblhau) / Objectives: (must be completed)"),
              ("p", "Quality, safety and patient experience")]
    return _pdf(folder / "stroke.pdf", "Quality, Safety and Experience Committee 2 June 2026",
                ["Tawel Valley University Health Board", "Stroke Thrombolysis Performance"], blocks)


SBAR_EXPECTED = ["SUPPORT the business case for a 24-hour stroke nurse rota", "NOTE the thrombolysis performance"]


def welsh_heading_plural_html(folder):
    blocks = [("h", "Argymhellion / Recommendations"),
              ("p", "It is recommended that the Cabinet:"),
              ("p", "1. Approves the Welsh in Education Strategic Plan 2027-2032 for submission to the Welsh Government;"),
              ("p", "2. Notes the responses received during the consultation."),
              ("h", "Rhesymau / Reasons"),
              ("p", "The plan must be submitted by January 2027.")]
    return _html(folder / "wesp.html", "Welsh in Education Strategic Plan - Cyngor Sir Penfro Isaf", blocks)


WELSH_HEADING_EXPECTED = ["Approves the Welsh in Education Strategic Plan", "Notes the responses received"]


def welsh_recommendation_cover_txt(folder):
    blocks = [("p", "PWYLLGOR ARCHWILIO / AUDIT COMMITTEE"),
              ("p", "Dyddiad / Date: 8 July 2026"),
              ("p", "Pwnc / Subject: Annual Governance Statement 2025/26"),
              ("p", "Argymhelliad / Recommendation: That the Committee approves the draft Annual Governance Statement 2025/26."),
              ("p", "Rheswm / Reason: The statement must be published with the accounts."),
              ("p", "1. Cefndir / Background"),
              ("p", "1.1 " + FILLER)]
    return _txt(folder / "ags.txt", blocks)


WELSH_COVER_TXT_EXPECTED = ["approves the draft Annual Governance Statement 2025/26"]


# -- 13-15: Scottish lead-ins and frontsheets ----------------------------------------------------

def scottish_colon_dash_pdf(folder):
    blocks = [("h", "1. Recommendations"),
              ("p", "1.1 It is recommended that the Integration Joint Board:-"),
              ("p", "(i) approves the Primary Care Improvement Plan for 2026/27;"),
              ("p", "(ii) instructs the Chief Officer to issue a direction to NHS Strathmoor to deliver the plan; and"),
              ("p", "(iii) notes the workforce risks described in section 5."),
              ("h", "2. Directions"),
              ("p", "2.1 A direction is required to NHS Strathmoor.")]
    return _pdf(folder / "pcip.pdf", "Strathmoor Integration Joint Board 19 August 2026",
                ["Strathmoor Health and Social Care Partnership", "Primary Care Improvement Plan 2026/27"], blocks)


SCOTTISH_COLON_DASH_EXPECTED = ["approves the Primary Care Improvement Plan", "instructs the Chief Officer to issue a direction",
                                "notes the workforce risks"]


def scottish_committee_asked_txt(folder):
    blocks = [("p", "GLENARDEN COUNCIL"),
              ("p", "REPORT TO: EDUCATION AND CHILDREN'S SERVICES COMMITTEE - 3 SEPTEMBER 2026"),
              ("p", "SUBJECT: SCHOOL ESTATE PLAN"),
              ("p", "1 Recommendations"),
              ("p", "The Committee is asked to:-"),
              ("p", "1.1 Approve the School Estate Plan 2026-2036;"),
              ("p", "1.2 Agree to consult on the future of Ardbeg Primary School; and"),
              ("p", "1.3 Note that a further report will follow in early 2027."),
              ("p", "2 Background"),
              ("p", "2.1 " + FILLER)]
    return _txt(folder / "estate.txt", blocks)


SCOTTISH_COMMITTEE_EXPECTED = ["Approve the School Estate Plan", "consult on the future of Ardbeg Primary School",
                               "further report will follow"]


def scottish_consider_adopt_html(folder):
    blocks = [("h", "4. Public Sector Equality Duty"),
              ("p", "Consider, and if so decided, adopt:-"),
              ("p", "(1) that the Board, in making decisions on the reports on this agenda, shall have due regard "
                    "to the equality duty; and"),
              ("p", "(2) that, where an impact assessment has been provided, its contents be taken into account."),
              ("h", "5. Minute of the previous meeting"),
              ("p", "The Board had before it the minute of its meeting of 4 June 2026.")]
    return _html(folder / "agenda.html", "Agenda - Kinross Vale Integration Joint Board - 20 August 2026", blocks)


SCOTTISH_CONSIDER_EXPECTED = ["shall have due regard to the equality duty", "its contents be taken into account"]


# -- 16-18: scrutiny reports ---------------------------------------------------------------------

def scrutiny_recommendation_headings_docx(folder):
    blocks = [("p", "Overview and Scrutiny Committee - Task and Finish Group on Fly-tipping"),
              ("h", "Summary of recommendations"),
              ("h", "Recommendation 1"),
              ("p", "That the Cabinet funds two additional enforcement officers for a two-year trial."),
              ("h", "Recommendation 2"),
              ("p", "That the Cabinet introduces a free bulky waste collection once a year for each household."),
              ("h", "Recommendation 3"),
              ("p", "That the Cabinet publishes fly-tipping hotspots on the council website each quarter."),
              ("h", "1. Introduction"),
              ("p", "1.1 " + FILLER)]
    return _docx(folder / "flytipping.docx", "Deanbury Borough Council", blocks)


SCRUTINY_HEADINGS_EXPECTED = ["two additional enforcement officers", "free bulky waste collection",
                              "publishes fly-tipping hotspots"]


def scrutiny_r_numbers_pdf(folder):
    blocks = [("h", "Recommendations"),
              ("p", "R1 That the Executive adopts a target of 95% of repairs completed within 28 days."),
              ("p", "R2 That the Executive reports repair performance to this committee twice a year."),
              ("p", "R3 That tenants are offered an evening appointment slot for non-urgent repairs."),
              ("h", "Findings"),
              ("p", FILLER)]
    return _pdf(folder / "repairs.pdf", "Housing Scrutiny Panel 12 November 2026",
                ["Castlemere City Council", "Scrutiny Review of Housing Repairs"], blocks)


SCRUTINY_R_EXPECTED = ["target of 95% of repairs", "reports repair performance to this committee",
                       "evening appointment slot"]


def panel_recommends_txt(folder):
    blocks = [("p", "NORTHMOOR POLICE AND CRIME PANEL"),
              ("p", "Report of the Panel on the proposed precept for 2027/28"),
              ("p", "Having reviewed the proposed precept, the Panel recommends that the Commissioner:"),
              ("p", "a) publishes a breakdown of how the additional precept income will be spent;"),
              ("p", "b) reports to the Panel in July on the recruitment of neighbourhood officers."),
              ("p", "The Panel does not veto the proposed precept."),
              ("p", "Signed: Chair of the Panel")]
    return _txt(folder / "precept.txt", blocks)


PANEL_RECOMMENDS_EXPECTED = ["publishes a breakdown of how the additional precept income",
                             "reports to the Panel in July"]


# -- 19-23: boxes, page breaks, capitals, commissioners ------------------------------------------

def two_row_box_docx(folder):
    rows = [["RECOMMENDATIONS"],
            ["1. That the Cabinet Member approves the revised school admissions arrangements for 2028/29.\n"
             "2. That the Cabinet Member notes the objections received during the consultation."]]
    return _docx(folder / "admissions.docx", "Kilnworth County Council",
                 [("p", "Individual Cabinet Member Decision - Admissions Arrangements 2028/29"), ("t", rows),
                  ("h", "1. Background"), ("p", "1.1 " + FILLER)])


TWO_ROW_BOX_EXPECTED = ["approves the revised school admissions arrangements", "notes the objections received"]


def list_after_page_break_pdf(folder):
    blocks = [("h", "1. Background")]
    blocks += [("p", f"1.{i + 1} {FILLER}") for i in range(12)]
    blocks += [("h", "2. Recommendations"), ("p", "2.1 The Committee is recommended to:"), ("break",),
               ("p", "(a) approve the closure of the Fenwick Road depot by March 2028;"),
               ("p", "(b) authorise the Head of Property to market the site for sale; and"),
               ("p", "(c) note the relocation costs of £180,000."),
               ("h", "3. Financial implications"),
               ("p", "3.1 The sale is expected to raise £1.1 million.")]
    return _pdf(folder / "depot.pdf", "Property Committee 5 November 2026",
                ["Harlow Cross Borough Council", "Fenwick Road Depot"], blocks)


PAGE_BREAK_EXPECTED = ["closure of the Fenwick Road depot", "market the site for sale", "relocation costs of £180,000"]


def capitals_sentence_html(folder):
    blocks = [("h", "Executive summary"),
              ("p", "Demand for the community equipment service rose by 18% over the year."),
              ("h", "Recommendation"),
              ("p", "The Board is asked to NOTE the report and APPROVE the extension of the community equipment "
                    "contract with Medequip Loan Services Ltd to 31 March 2028."),
              ("h", "Author"),
              ("p", "Head of Commissioning")]
    return _html(folder / "equipment.html", "Community Equipment Service - Wyebridge ICB Board", blocks)


CAPITALS_EXPECTED = ["APPROVE the extension of the community equipment contract"]


def commissioner_record_docx(folder):
    blocks = [("h", "Request for decision"),
              ("p", "Title: Victim services grant 2027/28"),
              ("h", "Executive summary"),
              ("p", "The victim support contract ends in March 2027 and grant funding is proposed instead."),
              ("h", "Recommendation"),
              ("p", "The Police and Crime Commissioner is asked to approve a grant of £640,000 to Ravensmoor "
                    "Victim Support for 2027/28."),
              ("h", "Police and Crime Commissioner approval"),
              ("p", "I hereby approve the recommendation above."),
              ("p", "Signature: ____________   Date: ____________")]
    return _docx(folder / "victims.docx", "Office of the Police and Crime Commissioner for Ravensmoor", blocks)


COMMISSIONER_EXPECTED = ["approve a grant of £640,000 to Ravensmoor Victim Support"]


def cabinet_member_asked_bullets_md(folder):
    text = ("# Westleigh County Council\n\n**Decision of the Cabinet Member for Highways**\n\n"
            "## Recommendations\n\nThe Cabinet Member is asked to:\n\n"
            "* approve the introduction of a 20 mph speed limit on Orchard Way, Westleigh;\n"
            "* authorise the advertisement of the traffic regulation order.\n\n"
            "## Reasons for the recommendations\n\nThree collisions were recorded on the road in 2025.\n")
    path = folder / "orchard.md"
    path.write_text(text, encoding="utf-8")
    return path


CABINET_MEMBER_EXPECTED = ["20 mph speed limit on Orchard Way", "advertisement of the traffic regulation order"]


# -- 24-26: tables of recommendations, and negatives ---------------------------------------------

def recommendations_table_under_heading_html(folder):
    rows = [["No.", "Recommendation", "Lead"],
            ["1", "Approve the Local Nature Recovery priorities for consultation.", "Head of Environment"],
            ["2", "Note the funding of £75,000 from the biodiversity grant.", "Finance Manager"]]
    blocks = [("h", "3. Recommendations"), ("p", "The Committee is recommended to agree the following:"),
              ("t", rows), ("h", "4. Background"), ("p", FILLER)]
    return _html(folder / "nature.html", "Local Nature Recovery - Brindleford Council", blocks)


TABLE_UNDER_HEADING_EXPECTED = ["Approve the Local Nature Recovery priorities", "Note the funding of £75,000"]


def action_log_negative_docx(folder):
    rows = [["Action", "Owner", "Status"],
            ["Officers were asked to review the parking permit scheme.", "Head of Parking", "Complete"],
            ["The clerk is asked to write to the highways authority about the verge.", "Clerk", "Open"]]
    blocks = [("p", "Minutes of the Finance Committee held on 2 March 2026"),
              ("h", "Action log"), ("t", rows),
              ("h", "1. Apologies"), ("p", "Apologies were received from Cllr Reed.")]
    return _docx(folder / "minutes.docx", "Ashbury Parish Council", blocks, header_rows=True)


def frontsheet_information_only_html(folder):
    rows = [["Item", "Title", "Purpose"],
            ["1", "Welcome and apologies", ""],
            ["2", "Chief Executive's update", "For information"],
            ["3", "Date of next meeting", "The next meeting is on 12 December 2026."]]
    return _html(folder / "agenda2.html", "Agenda - Tollcross Library Trust Board - 10 October 2026",
                 [("t", rows)])


PAPERS = {
    "numbered_table_html": (numbered_table_html, NUMBERED_TABLE_EXPECTED),
    "numbered_table_docx": (numbered_table_docx, NUMBERED_TABLE_EXPECTED),
    "numbered_table_members_html": (numbered_table_members_html, NUMBERED_TABLE_MEMBERS_EXPECTED),
    "numbered_table_pdf": (numbered_table_pdf, ["approves the Community Risk Management Plan 2027-2030",
                                                "delegates minor drafting changes"]),
    "frontsheet_table_asks_html": (frontsheet_table_asks_html, FRONTSHEET_TABLE_EXPECTED),
    "frontsheet_recommendation_lines_pdf": (frontsheet_recommendation_lines_pdf, FRONTSHEET_LINES_EXPECTED),
    "frontsheet_item_table_docx": (frontsheet_item_table_docx, FRONTSHEET_ITEM_TABLE_EXPECTED),
    "issue_page_recommendation_html": (issue_page_recommendation_html, ISSUE_PAGE_EXPECTED),
    "welsh_cover_bilingual_docx": (welsh_cover_bilingual_docx, WELSH_COVER_EXPECTED),
    "sbar_pdf": (sbar_pdf, SBAR_EXPECTED),
    "welsh_heading_plural_html": (welsh_heading_plural_html, WELSH_HEADING_EXPECTED),
    "welsh_recommendation_cover_txt": (welsh_recommendation_cover_txt, WELSH_COVER_TXT_EXPECTED),
    "scottish_colon_dash_pdf": (scottish_colon_dash_pdf, SCOTTISH_COLON_DASH_EXPECTED),
    "scottish_committee_asked_txt": (scottish_committee_asked_txt, SCOTTISH_COMMITTEE_EXPECTED),
    "scottish_consider_adopt_html": (scottish_consider_adopt_html, SCOTTISH_CONSIDER_EXPECTED),
    "scrutiny_recommendation_headings_docx": (scrutiny_recommendation_headings_docx, SCRUTINY_HEADINGS_EXPECTED),
    "scrutiny_r_numbers_pdf": (scrutiny_r_numbers_pdf, SCRUTINY_R_EXPECTED),
    "panel_recommends_txt": (panel_recommends_txt, PANEL_RECOMMENDS_EXPECTED),
    "two_row_box_docx": (two_row_box_docx, TWO_ROW_BOX_EXPECTED),
    "list_after_page_break_pdf": (list_after_page_break_pdf, PAGE_BREAK_EXPECTED),
    "capitals_sentence_html": (capitals_sentence_html, CAPITALS_EXPECTED),
    "commissioner_record_docx": (commissioner_record_docx, COMMISSIONER_EXPECTED),
    "cabinet_member_asked_bullets_md": (cabinet_member_asked_bullets_md, CABINET_MEMBER_EXPECTED),
    "recommendations_table_under_heading_html": (recommendations_table_under_heading_html, TABLE_UNDER_HEADING_EXPECTED),
    "action_log_negative_docx": (action_log_negative_docx, []),
    "frontsheet_information_only_html": (frontsheet_information_only_html, []),
}

# Text of the blocks after a list that no recommendation may run on into.
FORBIDDEN = ["Reasons for", "REASONS FOR", "Background", "Cefndir", "Rhesymau", "Rheswm", "Signed:", "Author:",
             "Additional documents", "Financial implications", "Findings", "Objectives", "Cookies", "Directions",
             "Purpose of the report", "Wards affected", "The Panel does not veto"]
