"""Table pages read through pdfium give what pdfplumber would find on them."""
from __future__ import annotations

from pathlib import Path

import pytest

import pdfgen

pdfplumber = pytest.importorskip("pdfplumber")
pdfium = pytest.importorskip("pypdfium2")

from committee_papers.ingest.readers.pdf_layout import remove_running_lines  # noqa: E402
from committee_papers.ingest.readers.pdf_lines import Line, group_lines  # noqa: E402
from committee_papers.ingest.readers.pdf_objects import page_words, ruling_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def tables_both_ways(path: Path, max_pages: int = 80):
    """Per page: pdfplumber's own tables and the tables from pdfium's paths (bbox and cell boxes, to the point)."""
    def shape(tables):
        return [[list(t.bbox)] + sorted(list(c) for c in t.cells) for t in tables]

    out = []
    with pdfplumber.open(str(path)) as plumber:
        document = pdfium.PdfDocument(str(path))
        try:
            for index in range(min(len(document), max_pages)):
                page = document[index]
                out.append((index + 1, shape(plumber.pages[index].find_tables()), shape(ruling_page(page, merge_areas=False).find_tables())))
                page.close()
                plumber.pages[index].close()
        finally:
            document.close()
    return out


def words(path: Path, page_number: int = 1) -> list[dict]:
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[page_number - 1]
        textpage = page.get_textpage()
        try:
            return page_words(textpage, page.get_height())
        finally:
            textpage.close()
            page.close()
    finally:
        document.close()


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    return pdfgen.committee_paper(tmp_path_factory.mktemp("objects") / "paper.pdf")


def assert_same_tables(ours, plumber, page):
    # pdfium keeps coordinates as 32-bit floats: hundredths of a point apart from pdfminer's.
    assert [len(t) for t in ours] == [len(t) for t in plumber], f"page {page}: tables and their cells"
    for our_table, plumber_table in zip(ours, plumber):
        for our_box, plumber_box in zip(our_table, plumber_table):
            assert our_box == pytest.approx(plumber_box, abs=0.05), f"page {page}"


def test_ruled_tables_are_the_ones_pdfplumber_finds(paper):
    pages = tables_both_ways(paper)
    assert sum(len(plumber) for _, plumber, _ in pages) >= 3  # contract table on two pages, risk table
    for page, plumber, ours in pages:
        assert_same_tables(ours, plumber, page)


def shared_pdfs():
    found = sorted((ROOT / "examples" / "papers").glob("*.pdf"))
    for folder in ("seeds-pdf", "real"):
        found += sorted((SHARED / folder).glob("*.pdf"))
    return found


@pytest.mark.parametrize("path", shared_pdfs(), ids=lambda p: p.name[:48])
def test_ruled_tables_match_pdfplumber_on_real_papers(path):
    for page, plumber, ours in tables_both_ways(path, max_pages=12):
        assert_same_tables(ours, plumber, page)


def test_words_are_pdfplumbers_words_in_text_and_place(paper):
    with pdfplumber.open(str(paper)) as plumber:
        expected = plumber.pages[0].extract_words(extra_attrs=["size", "fontname"])
    ours = words(paper)
    assert [w["text"] for w in sorted(ours, key=lambda w: (round(w["bottom"]), w["x0"]))] == \
           [w["text"] for w in sorted(expected, key=lambda w: (round(w["bottom"]), w["x0"]))]
    for word in ours:
        theirs = min((w for w in expected if w["text"] == word["text"]),
                     key=lambda w: abs(w["x0"] - word["x0"]) + abs(w["bottom"] - word["bottom"]))
        assert abs(word["x0"] - theirs["x0"]) < 0.5, word
        assert abs(word["x1"] - theirs["x1"]) < 0.5, word
        assert abs(word["bottom"] - theirs["bottom"]) < 0.5
        assert word["size"] == pytest.approx(theirs["size"], abs=0.05)
        assert word["fontname"] == theirs["fontname"]


def test_words_set_apart_without_a_space_character_are_two_words(tmp_path):
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    pdf.text(30, 40, "10.")
    pdf.text(30 + pdf.get_string_width("10.") + 0.5, 40, "Following")  # 0.5 mm: no room for a space
    pdf.text(30, 60, "Following")
    found = [w["text"] for w in words(pdfgen.save(pdf, tmp_path / "gap.pdf"))]
    assert found == ["10.", "Following", "Following"]


def test_text_scaled_by_its_matrix_has_its_size_on_the_page(tmp_path):
    # Some writers set a 1 pt font in a text matrix that scales it to 12 pt.
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    pdf.text(30, 40, "Normal")
    pdf._out("BT /F1 1 Tf 12 0 0 12 85 700 Tm (Scaled) Tj ET")
    found = {w["text"]: w["size"] for w in words(pdfgen.save(pdf, tmp_path / "scaled.pdf"))}
    assert found["Scaled"] == pytest.approx(12, abs=0.1)
    assert found["Normal"] == pytest.approx(12, abs=0.1)


def test_a_bullet_in_another_font_shares_its_texts_line():
    def word(text, top, bottom, x0):
        return {"text": text, "top": top, "bottom": bottom, "x0": x0, "x1": x0 + 30, "size": 12, "fontname": "F"}

    # The bullet's top sits 2.6 pt lower (a smaller font), its bottom level with the text's.
    lines = group_lines([word("Tonnes", 524.7, 538.1, 144), word("o", 527.3, 538.6, 126),
                         word("Voluntary", 539.6, 553.0, 144)])
    assert [[w["text"] for w in line] for line in lines] == [["o", "Tonnes"], ["Voluntary"]]


def test_a_footer_read_with_its_page_number_is_still_a_running_footer():
    def line(text, page, top=780.0):
        return Line(text=text, page=page, x0=180, top=top, x1=420, bottom=top + 12, size=12, bold=False)

    pages = [[line("1. Background", n, top=300), line(f"Board minutes draft v1 {n}" if n < 4 else
                                                        "Board minutes draft v1", n)] for n in range(1, 7)]
    kept = remove_running_lines(pages, [842.0] * 6)
    assert [[item.text for item in page] for page in kept] == [["1. Background"]] * 6


def _word(text, x0, top, x1=None, size=10.0):
    x1 = x0 + 6 * len(text) if x1 is None else x1
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size, "fontname": "Arial"}


def test_words_outside_tables_keep_a_points_slack_each_way():
    from committee_papers.ingest.readers.pdf_tables import outside as _outside
    from committee_papers.ingest.readers.pdf_tables import TablePiece

    table = TablePiece(page=1, top=100.0, bottom=200.0, rows=[["a", "b"]], columns=[50.0, 150.0])
    above, edge, inside, below = _word("Brackenford", 50, 80), _word("Council", 50, 94), _word("£4,000", 60, 150), \
        _word("North", 50, 205)
    assert _outside([above, edge, inside, below], [table]) == [above, below]  # edge: middle 99 is in the slack
    assert _outside([above, inside], []) == [above, inside]


def test_a_cells_lines_given_or_made_give_the_same_text():
    from committee_papers.ingest.readers.pdf_tables import cell_text

    cells = [
        [_word("Home", 10, 10), _word("care", 45, 10), _word("services", 10, 22)],                    # wrapped
        [_word("•", 10, 10), _word("Brackenford", 20, 10), _word("•", 10, 22), _word("Wyvern", 20, 22)],  # bullets
        [_word("North", 10, 10), _word("Mercia", 50, 10.5), _word("ICB", 95, 9.8)],                 # one line
    ]
    for words in cells:
        box = (5, 5, 140, 40)
        assert cell_text(words, box, group_lines(words)) == cell_text(words, box)


def test_a_ruled_row_holding_aligned_figures_splits_and_a_whole_row_is_kept_as_it_is():
    from committee_papers.ingest.readers.pdf_tables import _split_unruled_rows

    labels = [_word("Home care", 10, 10), _word("Day care", 10, 24)]
    figures = [_word("£4,000", 120, 10), _word("£2,500", 120, 24)]
    cells = [labels, figures]
    rows = _split_unruled_rows(cells, [group_lines(c) for c in cells])
    assert [[[w["text"] for w in cell] for cell in row] for row in rows] == \
           [[["Home care"], ["£4,000"]], [["Day care"], ["£2,500"]]]
    prose = [[_word("The service", 10, 10), _word("runs on", 10, 24)], [_word("Wyvern Care", 120, 10)]]
    whole = _split_unruled_rows(prose, [group_lines(c) for c in prose])
    assert len(whole) == 1 and whole[0] is prose  # its cells' lines, made once, still apply
