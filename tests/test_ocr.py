"""OCR of scanned pages (ingest/ocr.py): Tesseract's TSV made into the PDF reader's lines,
and scanned fictional papers read end to end into passages and facts.  The end-to-end
tests skip when the tesseract command is not installed."""
from __future__ import annotations

import sqlite3
import subprocess

import pytest

import pdfgen
from committee_papers.ingest import ocr
from committee_papers.ingest.registry import read_document
from run_cli import cli_command

needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="tesseract is not installed "
                                     "(apt-get install tesseract-ocr)")

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def tsv(*words):
    """TSV rows for (block, line, left, top, width, height, confidence, text) words, as tesseract writes them."""
    rows = [HEADER]
    for number, (block, line, left, top, width, height, conf, text) in enumerate(words, 1):
        rows.append(f"4\t1\t{block}\t1\t{line}\t0\t{left}\t{top}\t{width}\t{height}\t-1\t")
        rows.append(f"5\t1\t{block}\t1\t{line}\t{number}\t{left}\t{top}\t{width}\t{height}\t{conf}\t{text}")
    return "\n".join(rows) + "\n"


def lines_of(text, scale=1.0):
    lines = ocr.page_lines(ocr.tsv_lines(text, scale), 1)
    ocr.even_sizes(lines)
    return lines


def test_words_of_a_line_join_in_order_with_boxes_in_points():
    # Pixels at 300 dpi (scale 300/72): a line 50 px tall is 12 points.
    text = tsv((1, 1, 600, 100, 200, 50, 96, "Budget"), (1, 1, 300, 100, 250, 50, 95, "Revenue"))
    [line] = lines_of(text, scale=300 / 72)
    assert line.text == "Revenue Budget"
    assert (round(line.x0), round(line.top), round(line.x1), line.size) == (72, 24, 192, 12.0)


def test_body_lines_share_one_size_and_only_a_clearly_taller_line_is_bigger():
    text = tsv((1, 1, 10, 10, 300, 30, 95, "Annual Report of the Fen Drainage Board"),
               (2, 1, 10, 60, 300, 12, 95, "The board met on 4 June and agreed"),
               (2, 2, 10, 80, 300, 11, 95, "the rate for the coming year at"),
               (2, 3, 10, 100, 300, 10, 95, "one more penny"),  # no descender: shorter
               (2, 4, 10, 120, 300, 12, 95, "in the pound, as proposed by officers."))
    sizes = [line.size for line in lines_of(text)]
    assert sizes == [30.0, 12.0, 12.0, 12.0, 12.0]


def test_ruling_read_as_bars_separates_cells_and_does_not_size_the_row():
    text = tsv((1, 1, 10, 10, 60, 12, 92, "Payee"), (1, 1, 80, 5, 4, 40, 60, "|"),
               (1, 1, 100, 10, 60, 12, 93, "Amount"),
               (2, 1, 10, 40, 60, 12, 90, "Glebe"), (2, 1, 80, 35, 4, 40, 55, "|"),
               (2, 1, 100, 40, 40, 12, 91, "45.00"),
               (3, 1, 10, 70, 300, 12, 95, "Payments were approved by the council"))
    lines = lines_of(text)
    assert [(l.text, l.size, l.segments) for l in lines[:2]] == [("Payee Amount", 12.0, 2), ("Glebe 45.00", 12.0, 2)]


def test_noise_from_a_picture_is_left_out_and_real_words_kept():
    text = tsv((1, 1, 10, 10, 80, 12, 15, "~~"),                      # one word Tesseract doubts
               (1, 1, 100, 10, 80, 12, 91, "Minutes"),
               (2, 1, 10, 40, 50, 12, 30, "rn,"), (2, 1, 70, 40, 50, 12, 41, "iI|l"),  # a photograph's line
               (3, 1, 10, 70, 200, 12, 88, "Item 4: Allotments"))
    assert [line.text for line in lines_of(text)] == ["Minutes", "Item 4: Allotments"]


def test_pages_are_named_as_runs():
    assert ocr.pages_text([1]) == "page 1"
    assert ocr.pages_text([4, 1, 2, 3]) == "pages 1-4"
    assert ocr.pages_text([1, 3, 4, 5, 9]) == "pages 1, 3-5, 9"


# -- end to end with the real tesseract -------------------------------------------

MINUTES = [
    (16, "Minutes of Bramblecombe Parish Council"), (0, ""),
    (11, "Minutes of the meeting held on 14 March 2023 in the village hall."), (0, ""),
    (11, "Present: Cllr A. Hollis (Chair), Cllr B. Fenwick, Cllr C. Ormerod."),
    (11, "1. Apologies were received from Cllr D. Pryce."),
    (11, "2. Playground resurfacing. The council considered three quotations and"),
    (11, "resolved to accept the quotation from Tarrant Groundworks Ltd."),
]
BOARD = [
    (16, "Kestrel Vale Drainage Board"), (0, ""),
    (11, "Minutes of the board meeting held on 2 October 2024."), (0, ""),
    (11, "3. Pumping station. The board agreed to replace the second pump at"),
    (11, "the Mill Lane station before the winter."),
]
REPORT = [
    (16, "Report to the Harrowdene Town Council Amenities Committee"), (0, ""),
    (11, "Date of meeting: 9 January 2025"), (0, ""),
    (13, "Recommendation"),
    (11, "The committee is recommended to approve the new allotment rents from"),
    (11, "1 April 2025."),
]


@needs_tesseract
@pytest.mark.slow
def test_scanned_papers_are_read_into_passages_and_facts_through_ingest(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    pdfgen.scanned_paper(folder / "bramblecombe-minutes.pdf", [MINUTES])
    pdfgen.scanned_paper(folder / "kestrel-vale-minutes.pdf", [BOARD])
    pdfgen.scanned_paper(folder / "harrowdene-report.pdf", [REPORT])
    db = tmp_path / "kb.db"
    done = subprocess.run(cli_command("ingest", folder, "--db", db), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    documents = {name: (needs, warnings, pages) for name, needs, warnings, pages
                 in conn.execute("select filename, needs_ocr, warnings, ocr_pages from documents")}
    assert len(documents) == 3
    for needs_ocr, warnings, ocr_pages in documents.values():
        assert needs_ocr == 0 and "text of page 1 recognised by OCR (tesseract)" in warnings
        assert ocr_pages == "[1]"

    def facts(table, column, name):
        return [r[0] for r in conn.execute(
            f"select {table}.{column} from {table} join documents d on d.id = {table}.document_id "
            "where d.filename = ?", [name])]

    assert any("Tarrant Groundworks" in text for text in facts("decisions", "text", "bramblecombe-minutes.pdf"))
    assert any("replace the second pump" in text for text in facts("decisions", "text", "kestrel-vale-minutes.pdf"))
    assert any("allotment rents" in text for text in facts("recommendations", "text", "harrowdene-report.pdf"))
    dates = dict(conn.execute("select filename, meeting_date from documents"))
    assert dates == {"bramblecombe-minutes.pdf": "2023-03-14", "kestrel-vale-minutes.pdf": "2024-10-02",
                     "harrowdene-report.pdf": "2025-01-09"}


@needs_tesseract
def test_a_scanned_page_after_a_typed_cover_is_read_and_named_in_the_warning(tmp_path):
    paper = pdfgen.scanned_paper(tmp_path / "mixed.pdf", [BOARD],
                                 typed_cover=["Agenda papers", "for the autumn meeting of the board"])
    document = read_document(paper)
    texts = [block.text for block in document.blocks]
    assert "autumn meeting" in texts[0] and document.blocks[0].page == 1
    assert any("replace the second pump" in text for text in texts)
    assert {b.page for b in document.blocks} == {1, 2} and document.ocr_pages == [2]
    assert document.warnings == ["text of page 2 recognised by OCR (tesseract): check quotes against the original"]
    assert read_document(paper, ocr=False).warnings == []  # the typed page is read; the scan is not


def test_a_stray_mark_read_as_a_tall_word_does_not_size_its_line():
    text = tsv((1, 1, 10, 10, 60, 12, 90, "Hedge"), (1, 1, 80, 10, 60, 11, 90, "trimming"),
               (1, 1, 150, 0, 20, 36, 70, "a7"), (1, 1, 180, 10, 50, 10, 90, "40.00"))
    [line] = ocr.page_lines(ocr.tsv_lines(text, 1.0), 1)
    assert line.size == 12.0 and line.text == "Hedge trimming a7 40.00"


def test_body_size_is_shared_across_pages_so_a_page_of_small_rows_stays_body():
    page_one = ocr.page_lines(ocr.tsv_lines(tsv(
        (1, 1, 10, 10, 300, 12, 95, "The clerk reported on the footpath survey and the"),
        (1, 2, 10, 30, 300, 12, 95, "council agreed to write to the highway authority.")), 1.0), 1)
    page_two = ocr.page_lines(ocr.tsv_lines(tsv(
        (1, 1, 10, 10, 100, 10, 90, "Payee"), (1, 1, 200, 10, 60, 10, 90, "Net"),
        (2, 1, 10, 30, 100, 10, 90, "Verge cutting"), (2, 1, 200, 30, 60, 10, 90, "120.00")), 1.0), 2)
    lines = page_one + page_two
    ocr.even_sizes(lines)
    assert {line.size for line in lines} == {12.0}


@needs_tesseract
def test_a_scan_stored_unread_is_read_by_a_later_run_that_can_ocr_it(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    pdfgen.scanned_paper(folder / "kestrel-vale-minutes.pdf", [BOARD])
    db = tmp_path / "kb.db"

    def run(*extra):
        done = subprocess.run(cli_command("ingest", folder, "--db", db, *extra), capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stdout + done.stderr

    def stored():
        conn = sqlite3.connect(db)
        try:
            return conn.execute("select d.needs_ocr, count(p.id) from documents d left join passages p "
                                "on p.document_id = d.id group by d.id").fetchall()
        finally:
            conn.close()

    run("--no-ocr")                      # as on a machine without tesseract: stored unread
    assert stored() == [(1, 0)]
    assert "1 replaced" in run()         # tesseract now at hand: the same bytes are read, not skipped
    (needs_ocr, passages), = stored()
    assert needs_ocr == 0 and passages > 0
    assert "1 unchanged" in run()        # read once: a later run leaves it alone
