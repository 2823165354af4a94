"""Tables on scanned pages: the words Tesseract reads go through the PDF reader's own
whitespace table finder (ingest/readers/pdf_tables.unruled_tables), so a scanned payments
schedule, contracts list or risk register comes out as a table whose columns the extractors
give roles to, and its lines are not kept as prose as well.  A ruled table's vertical lines,
read as "|" words, split cells.  Two columns of prose and a letter's address block beside its
date stay prose.  The scans are fictional pages drawn in the test (tests/scanned_layouts.py);
the end-to-end tests skip when the tesseract command is not installed."""
from __future__ import annotations

import pytest

import pdfgen
from committee_papers.ingest import ocr
from committee_papers.ingest.readers.pdf import _scanned_page
from committee_papers.ingest.registry import read_document
from committee_papers.pipeline import read_and_extract
from scanned_layouts import lines, page, table
from test_ocr import tsv

needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="tesseract is not installed "
                                     "(apt-get install tesseract-ocr)")

PAYMENTS = [["Payee", "Description", "Net", "VAT"],
            ["Hollins Mowing Ltd", "Grass cutting (May)", "420.00", "84.00"],
            ["Fen Lighting Co", "Street light repair", "136.50", "27.30"],
            ["Parish Clerk", "Salary (May)", "612.40", "0.00"]]
CONTRACTS = [["Contract", "Contractor", "Term", "Value (£)"],
             ["Leisure centre cleaning", "Brightwater Facilities Ltd", "3 years", "£245,000"],
             ["Parks maintenance", "Greenacre Landscapes Ltd", "5 years", "£1,180,000"],
             ["Pest control", "Kestrel Pest Services", "2 years", "£38,500"]]
RISKS = [["Risk", "Rating", "Mitigation"],
         ["Agency staff costs rise\nabove the budget", "High", "Weekly review of rotas\nby ward managers"],
         ["Delay to the new\npatient record system", "Medium", "Supplier held to the\nagreed milestones"],
         ["Loss of winter funding", "Low", "Bid lodged with the ICB"]]
LAYOUTS = {
    "payments": ("Ashworth Fen Parish Council", "The following payments were approved for payment.",
                 [60, 200, 380, 450], PAYMENTS),
    "contracts": ("Kingsmere Borough Council Cabinet", "Contracts due to be let this year are listed below.",
                  [60, 200, 370, 440], CONTRACTS),
    "risks": ("Northfold Community Health NHS Trust Board", "The principal risks to the plan are as follows.",
              [60, 250, 330], RISKS),
}
AFTER = "The committee noted the report and thanked the officers."


def scanned_table(tmp_path, layout: str, ruled: str):
    title, lead, columns, rows = LAYOUTS[layout]
    head, y = lines(72, [title, "", lead])
    grid, y = table(y, columns, rows, right=530, ruled=ruled)
    tail, _ = lines(y, [AFTER])
    return pdfgen.scanned_drawing(tmp_path / f"{layout}.pdf", [page(head, grid, tail)])


def flat(rows):
    return [[" ".join(cell.split()) for cell in row] for row in rows]


@needs_tesseract
@pytest.mark.parametrize("ruled", ["", "rows"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_scanned_table_is_read_as_a_table_and_not_as_prose(tmp_path, layout, ruled):
    document = read_document(scanned_table(tmp_path, layout, ruled))
    tables = [block for block in document.blocks if block.kind == "table"]
    expected = flat(LAYOUTS[layout][3])
    assert [flat(block.rows) for block in tables] == [expected]
    prose = " ".join(block.text for block in document.blocks if block.kind != "table")
    assert LAYOUTS[layout][1] in prose and AFTER in prose
    assert not any(cell in prose for row in expected[1:] for cell in row[:2])


@needs_tesseract
def test_a_scanned_contracts_list_gives_contracts_with_their_suppliers_and_values(tmp_path):
    contracts = read_and_extract(str(scanned_table(tmp_path, "contracts", "")))[2].contracts
    found = {(c.provider, c.value_gbp) for c in contracts}
    assert {("Brightwater Facilities Ltd", 245000), ("Greenacre Landscapes Ltd", 1180000)} <= found


@needs_tesseract
def test_a_scanned_risk_register_gives_its_risks_with_their_mitigations(tmp_path):
    risks = read_and_extract(str(scanned_table(tmp_path, "risks", "rows")))[2].risks
    texts = {" ".join(r.risk.split()): r.mitigation for r in risks}
    assert "Agency staff costs rise above the budget" in texts
    assert "Delay to the new patient record system" in texts


PROSE_LEFT = ["The working group met four times over", "the summer and heard from residents,",
              "the highway authority and the bus", "operators about the route through the",
              "village centre and the new estate."]
PROSE_RIGHT = ["It recommends that the council asks", "the county to review the speed limit",
               "on the main road, and that a further", "survey of parking is carried out in",
               "the spring before any scheme is drawn."]


@needs_tesseract
def test_two_columns_of_scanned_prose_stay_prose(tmp_path):
    left, _ = lines(100, PROSE_LEFT, x=60)
    right, _ = lines(100, PROSE_RIGHT, x=320)
    document = read_document(pdfgen.scanned_drawing(tmp_path / "columns.pdf", [page(left, right)]))
    assert [block.kind for block in document.blocks if block.kind == "table"] == []
    text = " ".join(block.text for block in document.blocks)
    assert "village centre and the new estate." in text and "before any scheme is drawn." in text


@needs_tesseract
def test_a_scanned_letter_with_its_date_beside_the_address_stays_prose(tmp_path):
    address, y = lines(90, ["The Clerk", "Harrowdene Town Council", "Market Hall", "Harrowdene HD4 2QT"])
    date, _ = lines(90, ["14 February 2025"], x=400)
    body, _ = lines(y + 20, ["Dear Clerk,", "Thank you for your letter about the allotment rents, which the",
                             "society discussed at its meeting last week."])
    document = read_document(pdfgen.scanned_drawing(tmp_path / "letter.pdf", [page(address, date, body)]))
    assert [block.kind for block in document.blocks if block.kind == "table"] == []
    text = " ".join(block.text for block in document.blocks)
    assert "14 February 2025" in text and "Market Hall" in text


# -- a ruled table's bars, as Tesseract's TSV gives them (no tesseract needed) ----------------

def test_bars_read_from_a_ruled_table_split_cells_a_narrow_gap_would_not():
    # Cells 6 points apart, a "|" between them: the gap alone is under the column gap.
    rows = [("Payee", "Amount", "Budget"), ("Verge cutting", "120.00", "Highways"),
            ("Bus shelter glazing", "86.40", "Street furniture"), ("Dog bins", "45.00", "Cleansing")]
    words = []
    for line, (payee, amount, budget) in enumerate(rows, 1):
        top = 20 * line
        words += [(line, 1, 10, top, 8 * len(payee), 12, 92, payee), (line, 1, 166, top - 4, 2, 20, 60, "|"),
                  (line, 1, 172, top, 50, 12, 92, amount), (line, 1, 226, top - 4, 2, 20, 60, "|"),
                  (line, 1, 232, top, 8 * len(budget), 12, 92, budget)]
    words += [(9, 1, 10, 110, 300, 12, 95, "Payments were approved as listed above")]
    items = _scanned_page(ocr.tsv_lines(tsv(*words), 1.0), 1)
    [grid] = [item for item in items if hasattr(item, "rows")]
    assert grid.rows == [list(row) for row in rows]
    assert [item.text for item in items if not hasattr(item, "rows")] == ["Payments were approved as listed above"]


def test_without_bars_or_gaps_a_scanned_line_stays_one_line_of_prose():
    words = [(line, 1, 10, 20 * line, 300, 12, 92, text) for line, text in enumerate(
        ["Verge cutting was done in May", "Bus shelter glazing was replaced", "Dog bins were emptied weekly"], 1)]
    items = _scanned_page(ocr.tsv_lines(tsv(*words), 1.0), 1)
    assert [item.text for item in items] == ["Verge cutting was done in May", "Bus shelter glazing was replaced",
                                             "Dog bins were emptied weekly"]


def test_a_stray_mark_between_two_figures_does_not_join_their_columns():
    # A watermark's stroke read as a tall word "x4" between the Net and VAT figures of one row.
    rows = [("Payee", "Net", "VAT"), ("Salt bins", "212.40", "42.48"), ("Bench repair", "58.20", "11.64"),
            ("Hedge trimming", "275.00", "55.00")]
    words = []
    for line, (payee, net, vat) in enumerate(rows, 1):
        top = 20 * line
        words += [(line, 1, 10, top, 8 * len(payee), 12, 92, payee), (line, 1, 150, top, 40, 12, 92, net),
                  (line, 1, 250, top, 40, 12, 92, vat)]
    words.insert(7, (2 + 1, 1, 200, 40, 45, 30, 60, "x4"))   # on the "Bench repair" line, between its figures
    [grid] = [item for item in _scanned_page(ocr.tsv_lines(tsv(*words), 1.0), 1) if hasattr(item, "rows")]
    assert grid.rows == [list(row) for row in rows]
