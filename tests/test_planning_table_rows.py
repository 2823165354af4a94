"""(t41) A parish or town council's list of planning applications laid out with spaces (reference | site |
proposal, the council's comment closing the proposal) is read as a table row by row, whatever else the page holds:

* an unruled list on a page that also has a ruled table (the payments schedule under it) is still looked for;
* a line whose key column is empty goes on with the row above (a wrapped site or proposal), and a key cell after
  such a line starts the next row even when no gap stands between them;
* a cell running close up to the next column on one line ("Green Lane Ashby  Prior notice ...") is split at the
  column start the other lines share, so the columns are not run together;

so each application's comment is its decision (sentences planning_comment reads the row left to right).
Fictional councils and sites."""
from __future__ import annotations

import pytest

import pdfgen
from committee_papers.ingest.readers import pdf as pdf_reader
from committee_papers.pipeline import read_and_extract

PAYMENTS = [["Payee", "Detail", "Total", "VAT"],
            ["A. Clerk", "Clerk salary (October)", "412.50", "0.00"],
            ["Meadow Mowing Ltd", "Verge cutting", "180.00", "36.00"]]


def _planning_page(path, lines: list[tuple[str, str, str]], ruled_below: bool, gap_rows: tuple = (),
                   title: str = "Harlow Fen Parish Council: minutes of 4 March 2026", close_site: str = ""):
    """A minutes page with a planning list set out by tabs (x positions 20, 62, 120 mm); ``lines``
    (reference, site, proposal) line by line; a blank line before each index in ``gap_rows``.
    ``close_site``: the proposal's tab stop is put one space after this site instead (a site
    filling its column runs up to the proposal with no wide gap)."""
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    proposal_x = 62 + pdf.get_string_width(close_site + " ") if close_site else 120
    pdfgen.heading(pdf, title, 12)
    pdfgen.paragraph(pdf, "Present: Cllrs Dunn, Marsh and Tilley and the Clerk.", 10)
    pdfgen.paragraph(pdf, "7. Planning - the following applications had been received:", 10)
    pdf.set_font("Helvetica", "", 9)
    for index, (reference, site, proposal) in enumerate(lines):
        if index in gap_rows:
            pdf.ln(4)
        y = pdf.get_y()
        for x, text in ((20, reference), (62, site), (proposal_x, proposal)):
            if text:
                pdf.set_xy(x, y)
                pdf.cell(0, 4.2, text)
        pdf.set_xy(20, y + 4.2)
    pdf.ln(6)
    if ruled_below:
        pdfgen.paragraph(pdf, "8. Finance: these invoices were approved for payment:", 10)
        pdfgen.table(pdf, PAYMENTS, widths=[45, 55, 30, 25])
    pdfgen.paragraph(pdf, "The meeting closed at 9.05pm.", 10)
    return pdfgen.save(pdf, path)


WRAPPED = [
    ("26/00412/F", "Ivy Farm Barns", "Conversion of two barns to dwellings"),
    ("", "Mill Lane Harlow Fen", "with new access. NO OBJECTION"),
    ("26/00431/TCA", "Green Lane Harlow Fen", "Prior notice: fell one ash tree"),
    ("", "", "in a conservation area. NO OBJECTION"),
    ("26/00450/HOU", "3 Pound Close", "Single storey rear extension NO"),
    ("", "Harlow Fen", "OBJECTION"),
]


def _rows(path):
    return [[" ".join(cell.split()) for cell in row]
            for block in pdf_reader.read(path).blocks if block.kind == "table" for row in block.rows]


@pytest.mark.parametrize("ruled_below", [True, False])
def test_each_application_is_one_row_whose_wrapped_lines_join_it(tmp_path, ruled_below):
    rows = _rows(_planning_page(tmp_path / "plans.pdf", WRAPPED, ruled_below, gap_rows=(4,)))
    assert ["26/00412/F", "Ivy Farm Barns Mill Lane Harlow Fen",
            "Conversion of two barns to dwellings with new access. NO OBJECTION"] in rows
    assert ["26/00431/TCA", "Green Lane Harlow Fen",
            "Prior notice: fell one ash tree in a conservation area. NO OBJECTION"] in rows
    assert ["26/00450/HOU", "3 Pound Close Harlow Fen", "Single storey rear extension NO OBJECTION"] in rows
    if ruled_below:
        assert ["Meadow Mowing Ltd", "Verge cutting", "180.00", "36.00"] in rows


def test_a_site_running_close_up_to_the_proposal_is_split_at_the_proposal_column(tmp_path):
    lines = [("25/01766/F", "Rose Cottage", "Two storey side extension"),
             ("", "Back Street Wendlebury", "and new porch. NO OBJECTION"),
             ("25/01790/TCA", "St Aldhelm's Churchyard, Back Street Wendlebury", "Fell one sycamore. NO OBJECTION"),
             ("25/01802/LB", "The Old Forge", "Replacement windows NO OBJECTION")]
    # The second application's site is long enough to run up to the proposal column (no wide gap).
    rows = _rows(_planning_page(tmp_path / "close.pdf", lines, True, close_site=lines[2][1],
                                title="Wendlebury Parish Council: minutes of 2 April 2026"))
    assert ["25/01790/TCA", "St Aldhelm's Churchyard, Back Street Wendlebury", "Fell one sycamore. NO OBJECTION"] in rows
    assert ["25/01766/F", "Rose Cottage Back Street Wendlebury",
            "Two storey side extension and new porch. NO OBJECTION"] in rows


def test_the_comment_closing_each_row_is_the_council_decision(tmp_path):
    path = _planning_page(tmp_path / "000_harlow-fen-pc_2026-03-04_minutes.pdf", WRAPPED, True, gap_rows=(4,))
    decisions = [d.text for d in read_and_extract(str(path))[2].decisions]
    assert "26/00450/HOU 3 Pound Close Harlow Fen Single storey rear extension NO OBJECTION" in decisions
    assert any(text.startswith("26/00431/TCA Green Lane Harlow Fen Prior notice") for text in decisions)


def test_a_payee_name_wrapped_in_its_key_column_stays_one_row(tmp_path):
    # Negative: a key cell wrapped over two lines (its second line level with nothing else) is one row.
    lines = [("Harlow Fen Village", "Hall hire, March", "45.00"),
             ("Hall Trust", "", ""),
             ("Meadow Mowing Ltd", "Verge cutting", "180.00"),
             ("Eastern Power plc", "Street lights", "61.20")]
    rows = _rows(_planning_page(tmp_path / "pay.pdf", lines, False, gap_rows=(2, 3)))
    assert ["Harlow Fen Village Hall Trust", "Hall hire, March", "45.00"] in rows


def test_the_last_lines_of_a_wrapped_proposal_closing_the_list_stay_in_its_row(tmp_path):
    # The list's last lines hold only the proposal's wrapped end: they are its row's, not a paragraph after it;
    # the paragraph below, at the left margin, stays text.
    lines = [("26/00488/HOU", "12 Mill Lane", "Rear conservatory NO OBJECTION"),
             ("26/00502/F", "Orchard House", "Detached garage. NO OBJECTION"),
             ("26/00517/NMA", "Quarry Barn", "Removal of the basement. Addition of"),
             ("", "", "a small lobby (a non-material amendment"),
             ("", "", "to 25/03311/F) NO OBJECTION")]
    path = _planning_page(tmp_path / "end.pdf", lines, False, title="Elmstead Parish Council: minutes of 6 May 2026")
    rows = _rows(path)
    assert ["26/00517/NMA", "Quarry Barn", "Removal of the basement. Addition of a small lobby "
            "(a non-material amendment to 25/03311/F) NO OBJECTION"] in rows
    assert not any("meeting closed" in cell for row in rows for cell in row)
