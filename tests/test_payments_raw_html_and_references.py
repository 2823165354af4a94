"""Payments schedules in the layouts small councils publish them in (brief y39), fictional papers throughout.

- A Markdown export (a village blog's copy of the minutes) keeps the minutes' raw HTML as it was: a `<table>` block
  laying out item numbers beside the text, the payments table inside one of its cells.  The raw HTML is read as
  HTML, and a table whose cells hold a table is a layout: its cells' text and tables are read as if it were not
  there, so the payments table is a table of its own (its `Payee | Net | VAT | Chq No | Gross` columns).
- A payee cell may carry the payment's reference (`Harrow Mowing Inv 3310`, `Tarn Print (chq 2201)`): the reference
  is no part of the payee's name.
- A clerk's or member's mileage is an expense repaid, no service bought.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.contract_tables import paid_for_no_service
from committee_papers.ingest.readers.text import parse_text
from committee_papers.pipeline import read_and_extract


def _contracts(path) -> list[tuple]:
    return sorted(((c.provider, c.value_gbp) for c in read_and_extract(str(path))[2].contracts), key=str)


def _schedule(rows: list[tuple[str, str, str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{payee}</td><td>{net}</td><td>{vat}</td><td>{cheque}</td><td>{gross}</td></tr>"
                    for payee, net, vat, cheque, gross in rows)
    return ("<table><tbody><tr><td><strong>Payee</strong></td><td><strong>Net</strong></td><td><strong>VAT</strong>"
            f"</td><td><strong>Chq No</strong></td><td><strong>Gross</strong></td></tr>{cells}</tbody></table>")


# A parish blog's Markdown copy of its minutes: front matter, markdown lines, then the minutes in a layout table
# (item numbers | text | action) whose finance cell holds the payments table.
_LAYOUT_MD = """---
title: "Ashby Moor Parish Council minutes, 4 March 2026"
---

**Present:** Cllr. T. Wren (Chair), Cllr. M. Oakes, Cllr. L. Pym.

<table width="900"><tbody><tr><td width="90"><strong>26/03/1</strong></td><td width="700">Cllr. Wren welcomed those present.<div></div><strong>Minutes</strong><div></div>Members agreed the 4 February 2026 minutes.</td><td width="90"></td></tr><tr><td width="90"><strong>26/03/5</strong></td><td width="700"><strong>Finance:</strong><div></div>The bank balance stood at £18,204.11 at the end of February.<div></div><strong>Cheques to approve and sign</strong><div></div>""" + _schedule([
    ("Fernside Grounds", "£400.00", "£80.00", "002210", "£480.00"),
    ("Lumen Street Lighting", "£52.10", "£10.42", "002211", "£62.52"),
    ("Mrs. P. Lowe (Mileage)", "£18.90", "£0.00", "002212", "£18.90"),
]) + """Invoices were checked and the cheques signed.</td><td width="90"></td></tr></tbody></table>

The meeting closed at 9.05pm.
"""

# A town council's Markdown minutes with the schedule as a plain raw HTML table between markdown paragraphs.
_PLAIN_MD = """# Kettleby Town Council

Minutes of the Finance Committee held on 10 February 2026

## 7. Schedule of payments

The schedule below was approved.

""" + _schedule([
    ("Orrin Waste Services", "£120.00", "£24.00", "BACS", "£144.00"),
    ("Kettleby Community Hall", "£45.00", "£0.00", "BACS", "£45.00"),
]) + """

## 8. Date of next meeting

The next meeting is on 10 March 2026.
"""

# A community council's web page laid out in a table (label column | text), the payments table in a cell.
_LAYOUT_HTML = ("<html><head><title>Glyncoed Community Council - minutes 19 January 2026</title></head><body>"
                "<h1>Glyncoed Community Council</h1><h2>Minutes of the meeting of 19 January 2026</h2>"
                "<table><tr><td>101</td><td><p>Apologies were received from Cllr Ellis.</p></td></tr>"
                "<tr><td>102</td><td><p><strong>Accounts for payment</strong></p>" + _schedule([
                    ("Tarn Print (chq 2201)", "£90.00", "£18.00", "2201", "£108.00"),
                    ("Harrow Mowing Inv 3310", "£250.00", "£50.00", "2202", "£300.00"),
                    ("Cllr B. Ellis - mileage", "£12.60", "£0.00", "2203", "£12.60"),
                ]) + "<p>All payments were approved.</p></td></tr></table></body></html>")


@pytest.mark.parametrize("name, text, expected", [
    ("ashby-moor-pc_2026-03-04_parish-council_minutes.md", _LAYOUT_MD,
     [("Fernside Grounds", 480.0), ("Lumen Street Lighting", 62.52)]),
    ("kettleby-tc_2026-02-10_finance-committee_minutes.md", _PLAIN_MD,
     [("Kettleby Community Hall", 45.0), ("Orrin Waste Services", 144.0)]),
    ("glyncoed-cc_2026-01-19_community-council_minutes.html", _LAYOUT_HTML,
     [("Harrow Mowing", 300.0), ("Tarn Print", 108.0)]),
], ids=["md-layout-table", "md-plain-html-table", "html-layout-table-references"])
def test_a_payments_table_in_raw_or_layout_html_pays_each_supplier(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _contracts(path) == expected


def test_raw_html_in_markdown_is_read_as_html():
    blocks, _pages, properties = parse_text(_LAYOUT_MD, markdown=True)
    tables = [block for block in blocks if block.kind == "table"]
    # The layout table is gone; the payments table is one table of four rows (header and three payments).
    assert len(tables) == 1 and len(tables[0].rows) == 4
    assert tables[0].rows[1][0] == "Fernside Grounds"
    texts = [block.text for block in blocks if block.kind != "table"]
    assert "Invoices were checked and the cheques signed." in texts
    assert "The meeting closed at 9.05pm." in texts
    assert not any("<td" in text or "<table" in text for text in texts)
    assert properties["title"].startswith("Ashby Moor")


@pytest.mark.parametrize("text", [
    "# Notes\n\n<table> tags are kept for the archive pages.\n\n## Later\n\nMore text follows.\n",
    "# Notes\n\n<table class=\"old\"> is how the old site began each list.\n\n## Later\n\nMore text follows.\n",
    "# Notes\n\n  <TABLE>\n<tr><td>a row left open</td></tr>\n\n## Later\n\nMore text follows.\n",
])
def test_a_table_tag_never_closed_leaves_the_rest_of_the_page_markdown(text):
    blocks, _pages, _properties = parse_text(text, markdown=True)
    assert [block.text for block in blocks if block.kind == "heading"] == ["Notes", "Later"]
    assert blocks[-1].text == "More text follows."


def test_markdown_that_only_mentions_a_table_tag_stays_text():
    text = "# Notes\n\nThe web team will replace each <table> in the old pages.\n\nMore text follows.\n"
    blocks, _pages, _properties = parse_text(text, markdown=True)
    assert [block.kind for block in blocks] == ["heading", "paragraph", "paragraph"]


@pytest.mark.parametrize("text", [
    # Receipts and balances under a finance heading: no payments to anyone.
    "<table><tr><td>Receipts</td><td>Detail</td><td>Total £s</td></tr>"
    "<tr><td>Lowmoor District Council</td><td>Precept, second half</td><td>12000.00</td></tr></table>",
    "<table><tr><td>Account</td><td>Balance</td></tr><tr><td>Treasurer account</td><td>£18,204.11</td></tr>"
    "<tr><td>Deposit account</td><td>£40,000.00</td></tr></table>",
    # A budget in a layout table: headings and sums, no payee column.
    "<table><tr><td>5</td><td><table><tr><td>Budget heading</td><td>2026/27</td></tr>"
    "<tr><td>Grass cutting</td><td>£3,000</td></tr><tr><td>Street lighting</td><td>£1,200</td></tr></table>"
    "</td></tr></table>",
], ids=["receipts", "bank-balances", "budget-in-layout"])
def test_money_tables_that_pay_no_one_are_no_contracts(tmp_path, text):
    path = tmp_path / "ashby-moor-pc_2026-03-04_parish-council_minutes.md"
    path.write_text(f"# Ashby Moor Parish Council\n\nMinutes of 4 March 2026\n\n## 5. Finance\n\n{text}\n",
                    encoding="utf-8")
    # (A budget's lines may stay spend without a provider, as in any budget table; none is paid to a payee.)
    assert [provider for provider, _value in _contracts(path) if provider is not None] == []


@pytest.mark.parametrize("payee, purpose", [
    ("Mrs. P. Lowe (Mileage)", ""),
    ("R Dane", "Mileage claim, March"),
    ("Cllr B. Ellis - mileage", ""),
])
def test_mileage_repaid_buys_no_service(payee, purpose):
    assert paid_for_no_service(payee, purpose)


def test_a_headed_table_nesting_a_table_keeps_its_rows(tmp_path):
    """A meeting page's agenda items (`No. | Item` header cells, a caption) are data, even with a table in an item."""
    path = tmp_path / "orrin-ca_2026-02-02_scrutiny-committee_meeting-page.html"
    path.write_text(
        "<html><body><h1>Orrin Combined Authority - Scrutiny Committee, 2 February 2026</h1>"
        "<table><caption>Items</caption><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td>1.</td><td><p>Budget update</p><table><tr><td>Forecast</td><td>£1.2m</td></tr></table></td></tr>"
        "<tr><td>2.</td><td><p>Work programme</p><p>The work programme was noted.</p></td></tr></table>"
        "</body></html>", encoding="utf-8")
    from committee_papers.ingest import read_document
    tables = [block for block in read_document(path).blocks if block.kind == "table"]
    assert len(tables) == 1 and [row[0] for row in tables[0].rows] == ["No.", "1.", "2."]
