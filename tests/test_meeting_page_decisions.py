"""Decisions on a meeting site's page for a held meeting ("Agenda and decisions"): each agenda item a
row whose cell holds the item's title, its summary, then "Decision:" (and often "Minutes:") with what
was decided.  Fictional pages in the layout such sites publish."""
from __future__ import annotations

import pytest

from committee_papers.ingest.readers import html as html_reader
from committee_papers.pipeline import read_and_extract


def _page(heading: str, authority: str, committee: str, rows, title: str = "") -> str:
    """A meeting page: a heading, the meeting line and the items table; ``rows`` are
    (number, title, summary, decision HTML).  Its <title> says it carries decisions unless given."""
    title = title or f"Decisions of the {committee}, Thursday, 5th June, 2025"
    cells = "".join(
        f"<tr><td class='mgItemNumberCell'><p>{number}</p></td><td>"
        f"<p class='mgAiTitleTxt'><a href='documents/s{number}.pdf'>{title} <span>PDF 210 KB</span></a></p>"
        f"<div class='mgWordPara'><p class='MsoNormal'>{summary}</p></div>"
        f"<p class='mgSubItemTitleTxt'>Decision:</p><div class='mgWordPara'>{decision}</div></td></tr>"
        for number, title, summary, decision in rows)
    return (f"<html><head><title>{title} | {authority}</title></head>"
            f"<body><h1>{heading}</h1><p>{committee} - Thursday, 5th June, 2025 2.00 pm</p>"
            f"<table><caption>Items</caption><tr><th>No.</th><th>Item</th></tr>{cells}</table></body></html>")


def _decisions(tmp_path, html: str, name: str = "meeting-page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return [d.text for d in read_and_extract(str(path))[2].decisions]


# -- the reader: a line break in the page's source is a space -----------------------------------

@pytest.mark.parametrize("source, shown", [
    ("<p>Noted the projected spend for the\nLymefield Combined Authority highways budget.</p>",
     "Noted the projected spend for the Lymefield Combined Authority highways budget."),
    ("<p><span>Approved the award of the\r\n  street lighting contract to\n\tBrightway Ltd.</span></p>",
     "Approved the award of the street lighting contract to Brightway Ltd."),
    ("<p>Delegated authority to the Head\nof Housing<br>to agree the final terms.</p>",
     "Delegated authority to the Head of Housing\nto agree the final terms."),
])
def test_a_cells_source_line_breaks_are_spaces_and_only_block_elements_break_lines(tmp_path, source, shown):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><table><tr><td>7.</td><td>{source}</td></tr>"
                    f"<tr><td>8.</td><td>Any other business</td></tr></table></body></html>", encoding="utf-8")
    rows = html_reader.read(path).blocks[0].rows
    assert rows[0][1] == shown


def test_a_preformatted_cell_keeps_its_own_lines(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><table><tr><td>Code</td><td><pre>line one\nline two</pre></td></tr>"
                    "<tr><td>Other</td><td>text</td></tr></table></body></html>", encoding="utf-8")
    assert html_reader.read(path).blocks[0].rows[0][1] == "line one\nline two"


@pytest.mark.parametrize("authority, committee, decision, expected", [
    ("Lymefield Combined Authority", "Lymefield Combined Authority Committee",
     "<p class='MsoNormal'>Committee noted the\nYear-end spend of the Lymefield Combined Authority\n"
     "Capital Programme as shown in Table 3 together with\nslippage.</p>",
     "Committee noted the Year-end spend of the Lymefield Combined Authority Capital Programme as shown in "
     "Table 3 together with slippage."),
    ("Harrowgate Borough Council", "Cabinet",
     "<p>That the Cabinet approved the\nrevised fees and charges for\ncar parks from 1 April 2026.</p>",
     "That the Cabinet approved the revised fees and charges for car parks from 1 April 2026."),
    ("Wendle Valley Council", "Environment Committee",
     "<p>The Environment Committee agreed\nto consult on the draft\ntree strategy for eight weeks.</p>",
     "The Environment Committee agreed to consult on the draft tree strategy for eight weeks."),
])
def test_a_decision_wrapped_in_the_pages_source_is_one_whole_decision(tmp_path, authority, committee, decision,
                                                                    expected):
    html = _page("Agenda and decisions", authority, committee, [
        ("6.", "Budget and fees", "This report sets out the position for the year.", decision)])
    assert _decisions(tmp_path, html) == [expected]


# -- the page's heading says it carries decisions -----------------------------------------------

@pytest.mark.parametrize("heading", ["Agenda and decisions", "Agenda, decisions and minutes", "Agenda and draft minutes"])
def test_a_meeting_page_headed_as_carrying_its_outcomes_gives_decisions(tmp_path, heading):
    html = _page(heading, "Copperbeck District Council", "Licensing Committee", [
        ("4.", "Taxi licensing policy", "To consider the revised policy.",
         "<p>Approved the revised hackney carriage and private hire licensing policy.</p>")],
        title="Agenda for Licensing Committee on Thursday, 5th June, 2025")
    assert _decisions(tmp_path, html) == ["Approved the revised hackney carriage and private hire licensing policy."]


def test_an_agenda_page_with_reports_only_gives_no_decisions(tmp_path):
    html = _page("Agenda and reports", "Copperbeck District Council", "Licensing Committee", [
        ("4.", "Taxi licensing policy", "To consider the revised policy.",
         "<p>Approved the revised hackney carriage and private hire licensing policy.</p>")],
        title="Agenda for Licensing Committee on Thursday, 5th June, 2025")
    assert _decisions(tmp_path, html) == []


# -- "That the X Committee:" leads its numbered items -----------------------------------------------

@pytest.mark.parametrize("lead", ["That the Lymefield Combined Authority Committee:", "That Joint Committee:",
                                  "That the Highways and Transport Committee:"])
def test_a_that_lead_in_over_numbered_items_is_no_decision_of_its_own(tmp_path, lead):
    decision = (f"<p>{lead}</p><p>(1) Allocated £2m of capital to create a woodland fund;</p>"
                "<p>(2) Noted the receipt of the bus grant allocation for 2026/27;</p>")
    html = _page("Agenda and decisions", "Lymefield Combined Authority", "Joint Committee", [
        ("9.", "Investment programme", "To update on the programme.", decision)])
    assert _decisions(tmp_path, html) == ["Allocated £2m of capital to create a woodland fund",
                                          "Noted the receipt of the bus grant allocation for 2026/27"]


# -- items the paper keeps apart are two decisions however alike ------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Delegated authority to the Head of Skills to award grant funding until 31 July 2027 under the "
     "adult skills programme.",
     "Delegated authority to the Head of Skills to award grant funding until 31 March 2027 under the "
     "adult skills programme."),
    ("Approved the change request for the Bramley Road cycle scheme as shown in Annex B.",
     "Approved the change request for the Bramley Road bus scheme as shown in Annex B."),
    ("Delegated approval of the remaining transport variations to the Chief Officer for Transport in "
     "consultation with the finance officers of the councils.",
     "Delegated approval of the remaining rail variations to the Chief Officer for Transport in "
     "consultation with the finance officers of the councils."),
])
def test_two_numbered_items_of_one_list_worded_alike_are_two_decisions(tmp_path, first, second):
    decision = f"<p>The Committee:</p><p>1) {first}</p><p>2) {second}</p>"
    html = _page("Agenda and decisions", "Fenholt Combined Authority", "Fenholt Combined Authority Committee", [
        ("9.", "Programme update", "To update on the programme.", decision)])
    assert _decisions(tmp_path, html) == [first, second]


def test_the_same_list_repeated_in_the_minutes_part_is_kept_once(tmp_path):
    items = ("<p>1) Approved the revised parking tariffs for the district car parks.</p>"
             "<p>2) Noted the results of the consultation on the tariffs.</p>")
    decision = f"<p>The Cabinet:</p>{items}<p class='mgSubItemTitleTxt'>Minutes:</p>" \
               f"<p>The Cabinet Member introduced the report.</p><p>Resolved:</p><p>The Cabinet:</p>{items}"
    html = _page("Agenda and decisions", "Harrowgate Borough Council", "Cabinet", [
        ("5.", "Parking tariffs", "To set the tariffs.", decision)])
    assert _decisions(tmp_path, html) == ["Approved the revised parking tariffs for the district car parks.",
                                          "Noted the results of the consultation on the tariffs."]


@pytest.mark.parametrize("first, second", [
    ("Delegated the settling of the delivery details of the market towns grant to the Head of Regeneration in "
     "consultation with the directors of the councils.",
     "Delegated the settling of the delivery details of the planning grant to the Head of Regeneration in "
     "consultation with the directors of the councils."),
    ("Noted the Annual Report of the Audit Committee for 2025/26.",
     "Noted the Annual Report of the Scrutiny Committee for 2025/26."),
    ("Approved the variations to projects in the investment programme listed in Annex D.",
     "Approved the variations to projects in the growth programme listed in Annex D."),
])
def test_two_agenda_items_rows_worded_alike_are_two_decisions(tmp_path, first, second):
    html = _page("Agenda and decisions", "Fenholt Combined Authority", "Fenholt Combined Authority Committee", [
        ("9.", "New towns", "To report on the new towns programme.", f"<p>{first}</p>"),
        ("15.", "Spatial plan", "To report on the spatial plan.", f"<p>{second}</p>")])
    assert _decisions(tmp_path, html) == [first, second]


# -- a decision the page cut short ----------------------------------------------------------------

@pytest.mark.parametrize("cut, kept", [
    ("<p>3) Noted the &nbsp;...&nbsp; <a href='mgAi.aspx?ID=41'>view the full decision text for item 14.</a></p>",
     []),
    ("<p>3) Delegated oversight of the cycle hire fund to the &nbsp;...&nbsp; "
     "<a href='mgAi.aspx?ID=42'>view the full decision text for item 14.</a></p>",
     ["Delegated oversight of the cycle hire fund to the"]),
    ("<p>3) Endorsed the revised terms of reference of the Scrutiny Committee and noted … "
     "<a href='mgAi.aspx?ID=43'>view the full minutes text for item 14.</a></p>",
     ["Endorsed the revised terms of reference of the Scrutiny Committee and noted"]),
])
def test_a_decision_cut_short_by_the_page_keeps_what_the_page_gives_without_the_link(tmp_path, cut, kept):
    decision = ("<p>The Committee:</p><p>1) Approved the revised flood plan.</p>"
                f"<p>2) Approved the grant of £40,000 to the Tarrow Rivers Trust.</p>{cut}")
    html = _page("Agenda and decisions", "Tarrowford Council", "Place Committee", [
        ("9.", "Flood plan", "To consider the plan.", decision)])
    assert _decisions(tmp_path, html) == ["Approved the revised flood plan.",
                                          "Approved the grant of £40,000 to the Tarrow Rivers Trust."] + kept
