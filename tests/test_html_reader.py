"""The HTML reader on pages written by the tests (fictional authorities)."""
import gc
import os

import pytest

from committee_papers.ingest.errors import IngestError
from committee_papers.ingest.readers import html as html_reader
from committee_papers.ingest.readers import text as text_reader
from committee_papers.ingest.registry import read_document

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Cabinet &ndash; Therapy Services</title>
<meta name="author" content="Jane Smith, Head of Commissioning">
<style>p { color: red }</style><script>var contract = "£999,999";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/cabinet">Cabinet</a></nav>
<h1>Wessex County Council</h1>
<h2>4. Background</h2>
<p>4.1 The council commissions speech and language therapy from
   Wessex Community Health NHS Trust.</p>
<p><strong>Contract values</strong></p>
<p>The figures are set out &amp; explained below.</p>
<ul>
  <li>Universal service
    <ul><li>Advice for parents</li><li>Training for schools</li></ul>
  </li>
  <li>Targeted service</li>
</ul>
<table>
  <thead><tr><th>Service</th><th colspan="2">Value</th></tr></thead>
  <tr><td>Speech therapy</td><td colspan="2">£450,000</td></tr>
  <tr><td rowspan="2">Occupational therapy</td><td>£120,000</td><td>2025/26</td></tr>
  <tr><td>£125,000</td><td>2026/27</td></tr>
</table>
<table>
  <tr><td>Risk</td><td>Mitigation</td></tr>
  <tr><td><p>Workforce shortage.</p> <p>Longer waits.</p></td>
      <td><ul><li>Recruit apprentices</li><li>Share staff</li></ul></td></tr>
</table>
<table>
  <tr><td>January 2026</td><td>&bull; Agree specification &bull; Launch tender</td></tr>
  <tr><td>April 2026</td><td>&bull; Award contract</td></tr>
</table>
<table><tr><th>Meeting</th><td>Cabinet</td></tr><tr><th>Date</th><td>12 March 2025</td></tr></table>
<div>Loose text in a div that runs on
  <span>with a span</span>.</div>
<footer>Copyright Wessex County Council</footer>
</body></html>
"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "cabinet.html"
    path.write_text(PAGE, encoding="utf-8")
    return read_document(path)


def texts(document):
    return [(b.kind, b.text) for b in document.blocks if b.kind != "table"]


def test_title_and_author_from_head(page):
    # The page's <h1> and its footer landmark are kept as hints for metadata (who publishes it).
    assert page.properties == {"title": "Cabinet \u2013 Therapy Services",
                               "author": "Jane Smith, Head of Commissioning",
                               "h1": "Wessex County Council",
                               "page_furniture": "Copyright Wessex County Council"}


def test_headings_paragraphs_and_skipped_elements(page):
    blocks = texts(page)
    assert blocks[:3] == [
        ("heading", "Wessex County Council"),
        ("heading", "4. Background"),
        ("paragraph", "4.1 The council commissions speech and language therapy from "
                      "Wessex Community Health NHS Trust."),
    ]
    assert [b.level for b in page.blocks[:2]] == [1, 2]
    assert ("heading", "Contract values") in blocks  # a bold-only paragraph
    assert ("paragraph", "The figures are set out & explained below.") in blocks
    assert ("paragraph", "Loose text in a div that runs on with a span.") in blocks
    joined = " ".join(text for _, text in blocks)
    for hidden in ("Home", "999,999", "color", "Copyright"):
        assert hidden not in joined


def test_nested_lists_have_levels(page):
    items = [(b.text, b.level) for b in page.blocks if b.kind == "list_item"]
    assert items == [("Universal service", 1), ("Advice for parents", 2),
                     ("Training for schools", 2), ("Targeted service", 1)]


def test_table_with_thead_colspan_and_rowspan(page):
    values = [b for b in page.blocks if b.kind == "table"][0]
    assert values.header_rows == 1
    assert values.rows == [
        ["Service", "Value", "Value"],          # a spanning label labels both columns
        ["Speech therapy", "£450,000", ""],     # a spanning value is stored once
        ["Occupational therapy", "£120,000", "2025/26"],
        ["", "£125,000", "2026/27"],
    ]


def test_tables_without_th_guess_the_header_and_clean_cells(page):
    _, risks, timeline, cover = [b for b in page.blocks if b.kind == "table"]
    assert risks.header_rows == 1
    assert risks.rows[1] == ["Workforce shortage.\nLonger waits.", "Recruit apprentices\nShare staff"]
    assert timeline.header_rows == 0
    assert timeline.rows[0] == ["January 2026", "Agree specification\nLaunch tender"]
    # <th> down the first column labels rows, not columns.
    assert cover.header_rows == 0
    assert cover.rows == [["Meeting", "Cabinet"], ["Date", "12 March 2025"]]


@pytest.mark.slow
def test_deeply_nested_html_is_read_without_recursion(tmp_path):
    depth = 200_000
    path = tmp_path / "deep.html"
    path.write_text("<html><head><title>Deep</title></head><body>" + "<div>" * depth
                    + "<p>Deep inside the nesting.</p>" + "</div>" * depth
                    + "<ul>" * 20_000 + "<li>Innermost item.</li>" + "</ul>" * 20_000
                    + "<p>After the nesting.</p></body></html>")
    document = read_document(path)
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("paragraph", "Deep inside the nesting."), ("list_item", "Innermost item."),
        ("paragraph", "After the nesting.")]
    assert document.blocks[1].level == 20_000
    del document
    gc.collect()


def test_binary_junk_is_refused(tmp_path):
    path = tmp_path / "junk.html"
    path.write_bytes(os.urandom(5000))
    with pytest.raises(IngestError, match="not an HTML file"):
        read_document(path)


def test_cp1252_page_keeps_pound(tmp_path):
    path = tmp_path / "old.htm"
    path.write_bytes("<p>Brightside Therapies CIC receives \u00a360,000 \u2013 a grant.</p>".encode("cp1252"))
    assert read_document(path).blocks[0].text == "Brightside Therapies CIC receives \u00a360,000 \u2013 a grant."


def test_seed_pages_match_their_text_exports(shared_corpus):
    for html_path in sorted((shared_corpus / "seeds-docx-html").glob("*.html")):
        text_path = shared_corpus / "seeds" / (html_path.stem + ".txt")
        from_html = html_reader.read(html_path).passages()
        from_text = text_reader.read(text_path).passages()
        assert [(p.kind, p.text) for p in from_html] == [(p.kind, p.text) for p in from_text], html_path.name


def test_tables_nested_in_cells_do_not_add_rows_to_the_outer_table(tmp_path):
    depth = 20_000
    path = tmp_path / "nested-tables.html"
    path.write_text("<body>" + "<table><tr><td>Level" * depth + "</td></tr></table>" * depth
                    + "<p>After the tables.</p></body>")
    blocks = read_document(path).blocks
    # Each table holding a table is a layout: its text is read as paragraphs and only the innermost is a table,
    # of its one row (brief y39; it was the outermost table, the nested ones folded into its cell).
    assert [b.kind for b in blocks] == ["paragraph"] * (depth - 1) + ["table", "paragraph"]
    assert blocks[-2].rows == [["Level"]]
    assert blocks[-1].text == "After the tables."


def test_description_list_of_name_value_pairs_is_read_as_a_two_column_table(tmp_path):
    path = tmp_path / "cover.html"
    path.write_text("""<html><body><h1>Wessex County Council</h1>
<dl class="cover">
  <dt>Meeting</dt><dd>Adults Scrutiny Panel</dd>
  <div><dt>Date of meeting</dt><dd>Tuesday 4 June 2024</dd></div>
  <dt>Author</dt><dd>Jane Smith</dd><dd>Head of Commissioning</dd>
</dl>
<dl><dt>Glossary</dt><dd><ul><li>ICB: Integrated Care Board</li></ul></dd></dl>
</body></html>""", encoding="utf-8")
    document = html_reader.read(path)
    tables = [b for b in document.blocks if b.kind == "table"]
    assert tables[0].rows == [["Meeting", "Adults Scrutiny Panel"],
                              ["Date of meeting", "Tuesday 4 June 2024"],
                              ["Author", "Jane Smith; Head of Commissioning"]]
    assert tables[0].header_rows == 0
    # A list holding more than name-value pairs stays a list.
    assert len(tables) == 1
    assert ("list_item", "ICB: Integrated Care Board") in texts(document)


WEB_PAGES = "fixtures/web"


def _web_page(name):
    from pathlib import Path
    return read_document(Path(__file__).parent / WEB_PAGES / name)


@pytest.mark.parametrize("name, chrome", [
    ("cms-report.html", ["Skip to main content", "Cookies on this site", "Council and democracy",
                         "Related content", "Accessibility", "Bins and recycling"]),
    ("moderngov-decision.html", ["Skip to main content", "Council and democracy", "My account",
                                 "Related pages", "Calendar", "Civic Centre"]),
    ("moderngov-meeting.html", ["Skip to main content", "Council and democracy", "Planning", "Market Street"]),
    ("old-minutes.html", ["Skip to content", "Allotments", "Councillors", "Serving the people", "Last updated"]),
])
def test_site_chrome_is_not_read_as_the_paper(name, chrome):
    """Navigation, banners, breadcrumbs, cookie notices, skip links, sidebars and footers,
    marked by HTML5 landmarks, ARIA roles or their id/class words, are dropped."""
    text = " ".join(p.text for p in _web_page(name).passages())
    for piece in chrome:
        assert piece not in text


@pytest.mark.parametrize("name, kept, rows", [
    ("cms-report.html", ["Highways maintenance contract extension", "1.1 That the Committee approves"],
     [["Report to", "Environment and Place Committee"], ["Date of meeting", "9 October 2025"], ["2027/28", "£2,350,000"]]),
    ("moderngov-decision.html", ["Decision Maker: Cabinet", "Date of decision: 17/03/2026"],
     [["Meadowgate Homecare Ltd", "Lot 2 South"]]),
    ("moderngov-meeting.html", ["Overview and Scrutiny Committee", "Tuesday, 14th October, 2025 6.30 pm"],
     [["3.", "Waste collection contract performance Report of the Head of Environmental Services."]]),
    ("old-minutes.html", ["Minutes of the Harbour Committee", "Held on Monday 3 February 2025 at 7.00 pm in the Harbour Office"],
     [["Outer harbour", "£410"]]),
])
def test_main_content_and_its_tables_are_kept(name, kept, rows):
    document = _web_page(name)
    passages = document.passages()
    texts_ = [p.text for p in passages]
    for line in kept:
        assert any(t.startswith(line) for t in texts_)
    cells = [[" ".join(c.split()) for c in p.cells] for p in passages if p.kind == "table_row"]
    for row in rows:
        assert row in cells
    # A layout table around the page is not a table of the paper.
    assert not any("Minutes of the Harbour Committee" in c for row in cells for c in row)


@pytest.mark.parametrize("name, expected", [
    ("cms-report.html", {"site_name": "Thornbury Vale District Council",
                         "h1": "Highways maintenance contract extension",
                         "og_title": "Highways maintenance contract extension"}),
    ("moderngov-decision.html", {"site_name": "Brackenford Borough Council", "h1": "Decision details",
                                 "description": "Decision details for the award of the home care framework"}),
    ("old-minutes.html", {"title": "Minutes - Harbour Committee - Kestrel Bay Town Council",
                          "h1": "Minutes of the Harbour Committee"}),
])
def test_page_title_h1_site_name_and_furniture_are_properties(name, expected):
    properties = _web_page(name).properties
    for key, value in expected.items():
        assert properties[key] == value
    assert "gov.uk" in properties["page_furniture"] or "©" in properties["page_furniture"]


@pytest.mark.parametrize("header", [
    '<header><h1>Harbour Committee report</h1><p>Date: 3 February 2025</p></header>',
    '<div class="report-header"><h1>Harbour Committee report</h1><p>Date: 3 February 2025</p></div>',
    '<div id="masthead"><h2>Harbour Committee report</h2><p>Date: 3 February 2025</p></div>',
])
def test_a_papers_own_header_block_is_kept(tmp_path, header):
    """A header that holds the paper's heading and few links is the paper, not a site banner."""
    path = tmp_path / "paper.html"
    path.write_text(f"<html><body>{header}<p>1.1 The harbour dues were reviewed in January.</p>"
                    "<footer><a href='/'>Home</a></footer></body></html>", encoding="utf-8")
    texts_ = [p.text for p in read_document(path).passages()]
    assert "Harbour Committee report" in texts_ and "Date: 3 February 2025" in texts_
    assert "Home" not in texts_
