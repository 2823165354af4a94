"""Scanned tables ruled into cells (a box round every cell, or rules between the columns): Tesseract
takes a grid of rules for a picture and reads the words inside it as noise or not at all, so a
scanned cover sheet lost its labels and a scanned schedule its rows.  The OCR reading paints the
page's ruled lines white before Tesseract reads it (ingest/ocr.erase_rules) and gives the vertical
rules back as "|" words between the words they separate (ocr.mark_rules), so the cells are read and
still split at their rules; a number ruled off from the text beside it is a column of its own, and
rows ruled apart at a pitch wider than a line's leading are each a row, however tall one of them is
(readers/pdf_tables).  The papers are fictional pages drawn and scanned in the test
(tests/scanned_layouts.py, pdfgen.scanned_drawing); the end-to-end tests skip without tesseract."""
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

COVER = [["Meeting", "Board of NHS Lornside Integrated Care Board"],
         ["Date of meeting", "4 June 2026"],
         ["Report of", "Director of Finance"],
         ["Purpose", "For decision"]]
SCHEDULE = [["Lot", "Service", "Provider", "Annual value"],
            ["1", "Grounds maintenance", "Fellgate Landscapes Ltd", "£184,500"],
            ["2", "Public toilet cleaning", "Copperbeck Services Ltd", "£62,300"],
            ["3", "Graffiti removal", "Brightmoor Cleaning Ltd", "£41,750"]]
PAYMENTS = [["Payee", "Item", "Amount"],
            ["Harlow Fencing", "Play area fence", "£3,480.00"],
            ["Tamsworth Village Hall", "Room hire (June)", "£96.00"],
            ["Kestle Signs", "Noticeboard", "£712.20"]]
RISKS = [["Risk", "Score", "Controls"],
         ["Recruitment of community\nnurses falls behind plan", "16", "Rolling advert and\nbank staff cover"],
         ["Estates backlog delays\nthe hub opening", "12", "Phased works agreed\nwith the landlord"],
         ["Data sharing agreement\nnot signed", "9", "Escalated to the\nCaldicott Guardian"]]
LAYOUTS = {
    # (title, lead, column lefts, rows, ruling)
    "cover": ("NHS Lornside Integrated Care Board", "Cover sheet for the board paper.", [60, 200], COVER, "box"),
    "schedule": ("Brackenford Borough Council", "The contracts awarded are listed in the schedule.",
                 [60, 100, 250, 420], SCHEDULE, "box"),
    "payments": ("Tamsworth Parish Council", "The following payments were approved.",
                 [60, 240, 400], PAYMENTS, "columns"),
    # cells wrapped over two lines in rows boxed by rules: each box one row
    "risks": ("Wenlow Community Health NHS Trust", "The risks to the plan are set out below.",
              [60, 250, 320], RISKS, "box"),
}
AFTER = "The report was received and its recommendations agreed."


def scanned(tmp_path, layout: str):
    title, lead, columns, rows, ruled = LAYOUTS[layout]
    head, y = lines(72, [title, "", lead])
    grid, y = table(y, columns, rows, right=530, ruled=ruled)
    tail, _ = lines(y, [AFTER])
    return pdfgen.scanned_drawing(tmp_path / f"{layout}.pdf", [page(head, grid, tail)])


def flat(rows):
    return [[" ".join(cell.split()) for cell in row] for row in rows]


@needs_tesseract
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_scanned_table_ruled_into_cells_is_read_cell_by_cell(tmp_path, layout):
    document = read_document(scanned(tmp_path, layout))
    tables = [flat(block.rows) for block in document.blocks if block.kind == "table"]
    assert tables == [flat(LAYOUTS[layout][3])]
    prose = " ".join(block.text for block in document.blocks if block.kind != "table")
    assert LAYOUTS[layout][1] in prose and AFTER in prose


@needs_tesseract
def test_a_scanned_boxed_schedule_gives_its_contracts_and_providers(tmp_path):
    contracts = read_and_extract(str(scanned(tmp_path, "schedule")))[2].contracts
    found = {(c.provider, c.value_gbp) for c in contracts}
    assert {("Fellgate Landscapes Ltd", 184500), ("Copperbeck Services Ltd", 62300),
            ("Brightmoor Cleaning Ltd", 41750)} <= found


@needs_tesseract
def test_a_signature_line_and_an_underlined_heading_stay_prose_with_their_words(tmp_path):
    # Negatives: long rules that are no table (a signature line, a heading's underline) are erased
    # without taking the words beside them, and nothing becomes a table.
    body, y = lines(90, ["Urgent decision of the Chief Executive", "",
                         "The decision was taken under the urgency procedure on 2 May 2026."])
    rules = [("rule", 60, 90 + 13, 300, 90 + 13), ("rule", 170, y + 40, 400, y + 40)]
    sign, _ = lines(y + 30, ["Signed:"])
    document = read_document(pdfgen.scanned_drawing(tmp_path / "signed.pdf", [page(body, rules, sign)]))
    assert [block for block in document.blocks if block.kind == "table"] == []
    text = " ".join(block.text for block in document.blocks)
    assert "Urgent decision of the Chief Executive" in text
    assert "urgency procedure on 2 May 2026." in text and "Signed:" in text


# -- the image and the words, without tesseract -----------------------------------------------

def pgm(width: int, height: int, ink: list[tuple[int, int, int, int]]) -> bytes:
    """A white greyscale image with black boxes (left, top, right, bottom), as render_page gives it."""
    pixels = bytearray(b"\xff" * (width * height))
    for left, top, right, bottom in ink:
        for row in range(top, bottom):
            pixels[row * width + left:row * width + right] = b"\x00" * (right - left)
    return b"P5\n%d %d\n255\n" % (width, height) + bytes(pixels)


def pixels_of(image: bytes) -> bytes:
    return image.split(b"\n", 3)[3]


def test_thin_long_lines_are_erased_and_vertical_ones_returned_as_rules():
    # 1 pixel a point: a box 200 wide and 60 high drawn with 1-point lines, a letter-sized stroke inside.
    box = [(10, 10, 210, 11), (10, 70, 210, 71), (10, 10, 11, 71), (209, 10, 210, 71), (100, 10, 101, 71)]
    letter = (50, 30, 52, 42)
    image, rules, across = ocr.erase_rules(pgm(220, 80, box + [letter]), scale=1.0)
    ink = [i for i, value in enumerate(pixels_of(image)) if value < 128]
    assert ink and all(50 <= i % 220 < 52 and 30 <= i // 220 < 42 for i in ink)  # only the letter is left
    assert sorted(int(rule.x) for rule in rules) == [10, 100, 209]
    assert sorted(int(rule.y) for rule in across) == [10, 70]


def test_a_filled_band_and_short_strokes_are_not_rules():
    # A shaded header band (12 points thick) and a dash 20 points long keep their ink.
    band, dash = (10, 10, 210, 22), (20, 40, 40, 41)
    image, rules, across = ocr.erase_rules(pgm(220, 60, [band, dash]), scale=1.0)
    assert pixels_of(image) == pixels_of(pgm(220, 60, [band, dash])) and rules == [] and across == []


def test_an_erased_rule_between_words_splits_them_and_one_outside_them_adds_nothing():
    words = ocr.tsv_lines(tsv((1, 1, 10, 20, 40, 12, 92, "Lot"), (1, 1, 60, 20, 80, 12, 92, "Grounds")), 1.0)
    rules = [ocr.Rule(x=50, top=10, bottom=40), ocr.Rule(x=51.5, top=10, bottom=40), ocr.Rule(x=5, top=10, bottom=40),
             ocr.Rule(x=100, top=60, bottom=90)]  # a doubled stroke, the table's edge, a rule lower down
    [line] = ocr.mark_rules(words, rules)
    assert [w.text for w in line] == ["Lot", "|", "Grounds"]


def test_ruled_rows_at_a_wide_pitch_are_each_a_row_and_a_ruled_off_number_is_a_column():
    # Rows 20 points apart (rules erased between them), one row taller (its cell read as two lines
    # run together): every line with a key cell is a row, and the lot number before its bar is a cell.
    rows = [("Lot", "Service", "Provider"), ("1", "Grounds maintenance", "Fellgate Landscapes Ltd"),
            ("2", "Public toilet cleaning", "Copperbeck Services Ltd"),
            ("3", "Graffiti removal", "Brightmoor Cleaning Ltd")]
    words, top = [], 20
    for line, (lot, service, provider) in enumerate(rows, 1):
        height = 22 if line == 3 else 12
        words += [(line, 1, 10, top, 20, height, 92, lot), (line, 1, 40, top, 2, height, 92, "|"),
                  (line, 1, 46, top, 6 * len(service), height, 92, service), (line, 1, 196, top, 2, height, 92, "|"),
                  (line, 1, 202, top, 7 * len(provider), height, 92, provider)]
        top += height + 8
    [grid] = [item for item in _scanned_page(ocr.tsv_lines(tsv(*words), 1.0), 1) if hasattr(item, "rows")]
    assert grid.rows == [list(row) for row in rows]


def test_wrapped_cells_of_a_whitespace_table_still_join_their_row():
    # Negative: a table with no rules whose rows are 24 points apart and whose cells wrap at a
    # 13-point leading keeps each wrapped line in its row (and a paragraph number stays with its text).
    lines_ = [(20, "Risk", "Rating"), (44, "Staff shortages in", "High"), (57, "the night service", ""),
              (81, "Delayed discharge", "Medium"), (94, "from the wards", ""), (118, "Winter pressures", "Low")]
    words = []
    for line, (top, risk, rating) in enumerate(lines_, 1):
        words.append((line, 1, 10, top, 8 * len(risk), 11, 92, risk))
        if rating:
            words.append((line, 1, 250, top, 8 * len(rating), 11, 92, rating))
    [grid] = [item for item in _scanned_page(ocr.tsv_lines(tsv(*words), 1.0), 1) if hasattr(item, "rows")]
    assert grid.rows == [["Risk", "Rating"], ["Staff shortages in the night service", "High"],
                         ["Delayed discharge from the wards", "Medium"], ["Winter pressures", "Low"]]


def test_lines_between_the_same_two_rules_are_one_row_and_lines_in_the_next_box_another():
    # A boxed table read with its rules erased: row boxes 30 points tall, the second row's cells wrapped
    # over two lines 13 points apart and the third row's one line 30 points below: the row boxes, not
    # the pitches, say where rows start.
    cells = [(20, "Risk", "Score"), (50, "Recruitment falls", "16"), (63, "behind plan", ""),
             (80, "Estates backlog", "12"), (110, "Data sharing", "9")]
    words = []
    for line, (top, risk, score) in enumerate(cells, 1):
        words += [(line, 1, 10, top, 7 * len(risk), 11, 92, risk), (line, 1, 200, top, 2, 11, 92, "|")]
        if score:
            words.append((line, 1, 210, top, 8 * len(score), 11, 92, score))
    across = [ocr.Across(y=y, left=5, right=300) for y in (15, 45, 77, 105, 130)]
    lines_ = ocr.mark_rules(ocr.tsv_lines(tsv(*words), 1.0), [], across)
    [grid] = [item for item in _scanned_page(lines_, 1) if hasattr(item, "rows")]
    assert grid.rows == [["Risk", "Score"], ["Recruitment falls behind plan", "16"], ["Estates backlog", "12"],
                         ["Data sharing", "9"]]


def test_a_page_rule_far_above_and_below_makes_no_row_box():
    # Negative: a header rule at the top of the page and a footer rule at its foot hold every line
    # between them: that is no ruled row, and the lines keep the finder's own rows.
    [line] = ocr.mark_rules(ocr.tsv_lines(tsv((1, 1, 10, 300, 100, 11, 92, "Agenda")), 1.0), [],
                            [ocr.Across(y=40, left=0, right=500), ocr.Across(y=800, left=0, right=500)])
    assert {word.row_box for word in line} == {None}
