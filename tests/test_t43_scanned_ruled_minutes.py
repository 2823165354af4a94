"""Scanned minutes ruled into a narrow column of minute numbers beside each minute's text (a parish
clerk's layout: a rule down between the numbers and the minutes).  With the rules erased
(ingest/ocr.erase_rules) Tesseract can read the number column as a block apart and part every number
from its minute; read with its rules it keeps them on one line.  So when the erased reading holds
numbers alone on a line with a row's text beside them at the same height (ocr.split_numbers), the page
is read again with its rules, and that reading wins when it opens lines with those numbers
(ocr.leading_numbers); when it loses them (a box round every minute) the erased reading stays.  The
pages are fictional, drawn and scanned in the test; the end-to-end tests skip without tesseract."""
from __future__ import annotations

import pytest

import pdfgen
from committee_papers.ingest import ocr
from committee_papers.ingest.registry import read_document
from scanned_layouts import lines, page, table

needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="tesseract is not installed "
                                     "(apt-get install tesseract-ocr)")

# Each minute's text wraps over the full width of its cell, as a clerk's minutes do.
MINUTES = {
    "Harnley Parish Council": ([60, 110], [
        ["7.01", "Apologies\nApologies were received from Cllr Penrose and Cllr Amberley, who were both away on\n"
                 "council business at the county hall for the whole of the afternoon and evening."],
        ["7.02", "Village green\nThe clerk reported that the bench had been repaired by the contractor and that the\n"
                 "noticeboard glass would be replaced before the end of the month at no cost to the\n"
                 "council, the supplier having accepted that the fault was theirs."],
        ["7.03", "Footpaths\nCouncillors agreed to write to the county about the broken stile on the bridleway."],
        ["7.04", "Finance\nThe council approved the payments listed in the schedule and noted the bank balance."],
    ]),
    "Oxley Marsh Town Council": ([60, 130], [
        ["23/41", "Allotments\nThe waiting list now stands at twelve names; two plots on the lower field are\n"
                  "overgrown and their tenants will be written to before the next meeting."],
        ["23/42", "Bus shelter\nResolved to accept the quotation from Corran Joinery for a new roof to the\n"
                  "shelter on Mill Lane, the work to be done during the school holidays."],
        ["23/43", "Christmas lights\nVolunteers will put the lights up on the first Saturday of December and\n"
                  "the town clerk will arrange the road closure with the highways team."],
    ]),
}


def scanned_minutes(tmp_path, council: str, ruled: str = "columns"):
    head, y = lines(72, [council, "", "Minutes of the meeting held on 5 October 2026"])
    columns, rows = MINUTES[council]
    grid, y = table(y, columns, rows, right=540, ruled=ruled)
    return pdfgen.scanned_drawing(tmp_path / "minutes.pdf", [page(head, grid)])


def texts(document) -> list[str]:
    out = []
    for block in document.blocks:
        out.append(block.text)
        out.extend(" ".join(row) for row in block.rows)
    return [" ".join(text.split()) for text in out]


@needs_tesseract
@pytest.mark.parametrize("council", sorted(MINUTES))
def test_a_minute_number_ruled_off_stays_with_its_minute(tmp_path, council):
    document = read_document(scanned_minutes(tmp_path, council))
    read = texts(document)
    for number, text in MINUTES[council][1]:
        title = text.split("\n")[0]
        assert any(number in line and title in line and line.index(number) < line.index(title) for line in read), \
            (number, title, read)


@needs_tesseract
def test_minutes_boxed_on_every_side_keep_their_numbers(tmp_path):
    # Negative: read with its rules, a box round every minute loses the numbers; the erased reading,
    # which keeps them (on lines of their own), stays.
    read = texts(read_document(scanned_minutes(tmp_path, "Harnley Parish Council", ruled="box")))
    for number, _ in MINUTES["Harnley Parish Council"][1]:
        assert any(number in line for line in read), (number, read)


def word(text, left, top, right, bottom):
    return ocr._Word(text, left, top, right, bottom, 95.0)


def test_a_number_alone_beside_its_rows_text_is_a_split_number_column():
    split = [[word("4.02", 60, 100, 84, 110)], [word("Playing", 120, 100, 160, 110), word("field", 164, 100, 186, 110)],
             [word("4.03", 60, 130, 84, 140)], [word("Minutes", 120, 130, 160, 140)]]
    assert ocr.split_numbers(split) == {"4.02", "4.03"}
    assert ocr.leading_numbers(split) == set()
    joined = [[word("4.02", 60, 100, 84, 110), word("Playing", 120, 100, 160, 110)]]
    assert ocr.leading_numbers(joined) == {"4.02"} and ocr.split_numbers(joined) == set()


def test_a_number_on_its_rows_line_or_alone_on_its_own_height_is_no_split():
    # Negatives: a lot number read on its row's line (a rule between them); a figure alone at the foot
    # of a column (a total) with nothing beside it; a number alone on a line whose text is to its left.
    joined = [[word("3", 60, 100, 66, 110), word("|", 90, 100, 91, 110), word("Graffiti", 110, 100, 150, 110)]]
    total = [[word("Total", 60, 80, 90, 90), word("£1,200", 300, 80, 340, 90)], [word("£1,200", 300, 100, 340, 110)]]
    rightmost = [[word("Room", 60, 100, 90, 110), word("hire", 94, 100, 118, 110)], [word("96.00", 300, 100, 330, 110)]]
    assert not any(ocr.split_numbers(reading) for reading in (joined, total, rightmost))
