"""The PDF reader on generated papers (tests/pdfgen.py) and on the real corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

import pdfgen
from committee_papers.ingest.errors import IngestError
from committee_papers.ingest.model import iter_passages
from committee_papers.ingest.readers import pdf as pdf_reader
from committee_papers.ingest.readers.pdf_hyphens import join_wrapped
from committee_papers.ingest.readers.pdf_objects import merge_painted_areas


def blocks_of(path, **kw):
    return pdf_reader.read(path, **kw).blocks


def tables(blocks):
    return [b for b in blocks if b.kind == "table"]


def all_text(blocks) -> str:
    return "\n".join(p.text for p in iter_passages(blocks))


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    return pdfgen.committee_paper(tmp_path_factory.mktemp("pdf") / "paper.pdf")


def test_contract_table_over_two_pages_is_one_table_with_cells_and_row_pages(paper):
    document = pdf_reader.read(paper)
    assert document.pages == 2
    contract = [t for t in tables(document.blocks) if t.rows[0][0] == "Service"]
    assert len(contract) == 1, "the continuation on page 2 must be stitched to the table on page 1"
    table = contract[0]
    assert table.header_rows == 1
    assert table.rows[0] == pdfgen.CONTRACT_ROWS[0]
    assert len(table.rows) == len(pdfgen.CONTRACT_ROWS)
    # Every cell kept, not flattened into prose; a wrapped cell is one cell.
    for got, want in zip(table.rows[1:], pdfgen.CONTRACT_ROWS[1:]):
        assert [" ".join(c.split()) for c in got] == [" ".join(c.split()) for c in want]
    assert table.row_pages[0] == 1 and table.row_pages[-1] == 2
    assert sorted(table.row_pages) == table.row_pages


def test_table_rows_become_passages_with_their_header_and_page(paper):
    passages = list(iter_passages(blocks_of(paper)))
    rows = [p for p in passages if p.kind == "table_row" and "Autism assessment" in p.text]
    assert len(rows) == 1
    assert "Provider: Harbourside Health Partnership LLP" in rows[0].text
    assert "Annual value: £1,050,000" in rows[0].text
    assert rows[0].page == 2
    assert rows[0].heading == "4. Current Contracts"


def test_running_header_and_page_footers_are_removed(paper):
    text = all_text(blocks_of(paper))
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text
    assert "Children and Young People's Committee 9 October 2025" not in text
    # The cover sheet, which says the same words differently, stays.
    assert "Children and Young People's Committee" in text


def test_text_outside_tables_comes_as_headings_paragraphs_and_list_items_in_order(paper):
    blocks = blocks_of(paper)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings[1:] == ["1. Purpose of Report", "2. Recommendations", "3. Background",
                            "4. Current Contracts", "5. Options Considered", "6. Risks and Mitigations",
                            "7. Financial Implications"]
    items = [b.text for b in blocks if b.kind == "list_item"]
    assert items[0].startswith("(a) approve a competitive procurement")
    assert items[0].endswith("option to extend for two further years;")
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    assert any(p.startswith("1.1 This report sets out") and p.endswith("from 1 April 2026.") for p in paragraphs)
    # Table cell text is not repeated as prose.
    assert not any("Brightside Therapies CIC" in p for p in paragraphs)


def test_risk_table_with_shaded_header_is_a_table(paper):
    risk = [t for t in tables(blocks_of(paper)) if t.rows[0] == ["Risk", "Mitigation"]]
    assert len(risk) == 1 and len(risk[0].rows) == len(pdfgen.RISK_ROWS)


def test_reading_every_page_as_a_table_page_changes_nothing(paper):
    assert blocks_of(paper) == blocks_of(paper, force="tables")


def test_prose_pages_read_the_same_either_way(tmp_path):
    topics = ["Background", "Consultation", "Equalities"]
    pdf = pdfgen.Paper(running_header="Wessex County Council Cabinet")
    for n, topic in enumerate(topics, start=1):
        pdf.add_page()
        pdfgen.heading(pdf, f"{n}. {topic}")
        for i in range(1, 5):
            pdfgen.paragraph(pdf, f"{n}.{i} The {topic.lower()} work for section {n} paragraph {i} shows how the "
                                  "Council commissions community services from several providers and reviews "
                                  "their performance each quarter with the board.")
    path = pdfgen.save(pdf, tmp_path / "prose.pdf")
    prose, as_tables = blocks_of(path, force="prose"), blocks_of(path, force="tables")
    assert prose == as_tables
    assert not tables(prose), "prose must not be mistaken for a table"
    assert [b.page for b in prose if b.kind == "heading"] == [1, 2, 3]


def test_line_end_hyphens_are_repaired_by_rule(tmp_path):
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdfgen.text_lines(pdf, ["The recommendation was agreed by the commis-",
                            "sioners and the Board after a joined-",
                            "up review of North-",
                            "East services for 2024-",
                            "25 and beyond."])
    text = all_text(blocks_of(pdfgen.save(pdf, tmp_path / "hyphens.pdf")))
    assert "commissioners and the Board" in text
    assert "joined-up review" in text
    assert "North-East services" in text
    assert "2024-25 and beyond" in text


@pytest.mark.parametrize("previous, following, joined", [
    ("the commis-", "sioners", "the commissioners"),
    ("a co-", "ordinated plan", "a co-ordinated plan"),
    ("place-", "based care", "place-based care"),
    ("South-", "West", "South-West"),
    ("£1m -", "£2m", "£1m - £2m"),
])
def test_join_wrapped(previous, following, joined):
    assert join_wrapped(previous, following) == joined


def test_the_document_decides_a_hyphen_it_spells_elsewhere(tmp_path):
    from collections import Counter

    assert join_wrapped("re-", "provision", Counter({"reprovision": 2})) == "reprovision"
    assert join_wrapped("re-", "provision", Counter({"re-provision": 2})) == "re-provision"


def test_unruled_table_is_found_by_aligned_columns(tmp_path):
    pdf = pdfgen.Paper()
    pdf.add_page()
    pdfgen.heading(pdf, "3. Contract values")
    pdfgen.paragraph(pdf, "3.1 The table below shows the annual value of each contract.")
    pdfgen.table(pdf, [
        ["Service", "Provider", "Annual value"],
        ["Speech therapy", "Wessex Community Health NHS Trust", "£1,240,000"],
        ["Occupational therapy", "Brightside Therapies CIC", "£865,500"],
        ["Physiotherapy", "Harbourside Health Partnership LLP", "£212,000"],
        ["Total", "", "£2,317,500"],
    ], widths=[50, 80, 40], ruled=False)
    pdfgen.paragraph(pdf, "3.2 All values exclude VAT.")
    found = tables(blocks_of(pdfgen.save(pdf, tmp_path / "unruled.pdf")))
    assert len(found) == 1
    rows = found[0].rows
    assert rows[0] == ["Service", "Provider", "Annual value"]
    assert ["Occupational therapy", "Brightside Therapies CIC", "£865,500"] in rows
    assert rows[-1][0] == "Total" and rows[-1][-1] == "£2,317,500"


RISK_ROWS = [
    ["Directorate", "Risk", "Mitigation"],
    ["Adults", "Care providers leave the market\nas wages rise\nand vacancies stay high", "Fee uplift"],
    ["All", "Inflation above forecast", "Contingency reserve"],
]


def test_text_hidden_by_its_clipping_path_is_not_read(tmp_path):
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdfgen.table(pdf, RISK_ROWS, widths=[40, 70, 60])
    # Drawn inside a clip that leaves it no room, as some writers hide a label:
    # nothing of it shows on the page, so nothing of it is read.
    pdf._out("q 40 100 300 1.5 re W n BT /F1 10 Tf 60 90 Td (Significant risks over ten million) Tj ET Q")
    # A spreadsheet cell's overflow: the clip shows "Cut" and hides the rest.
    pdf._out("q 60 60 40 20 re W n BT /F1 10 Tf 62 65 Td (Cut offtext beyond the cell) Tj ET Q")
    path = pdfgen.save(pdf, tmp_path / "clipped.pdf")
    for force in ("tables", None):
        text = all_text(blocks_of(path, force=force))
        assert "Significant" not in text and "million" not in text
        assert "beyond" not in text
    assert tables(blocks_of(path))[0].rows == RISK_ROWS


def test_a_gradient_painted_in_bands_is_one_shaded_cell_not_many_rows(tmp_path):
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdfgen.heading(pdf, "7. Risks")
    table_top = pdf.get_y()
    pdfgen.table(pdf, RISK_ROWS, widths=[40, 70, 60])
    # The tall row's first cell shaded by 3 pt bands, darkening downwards (fpdf2
    # gives a row of n lines n * 4.75 mm of text and 1.2 mm padding each side).
    k = pdf.k
    top, bottom = pdf.h_pt - (table_top + 7.15) * k, pdf.h_pt - (table_top + 7.15 + 16.65) * k
    left, width = pdf.l_margin * k, 40 * k
    bands, y, shade = [], top, 0.2
    while y > bottom:
        height = min(3.0, y - bottom)
        bands.append(f"{shade:.2f} 0.4 0.5 rg {left:.2f} {y - height:.2f} {width:.2f} {height:.2f} re f")
        y, shade = y - height, shade + 0.03
    pdf._out("q " + " ".join(bands) + " Q")
    path = pdfgen.save(pdf, tmp_path / "gradient.pdf")
    found = tables(blocks_of(path))
    assert len(found) == 1
    assert found[0].rows == RISK_ROWS


def _shaded_line(pdf, x: float, y: float, label: str, value: str, colour: str) -> None:
    """``label`` then ``value`` at (x, y) points from the bottom left, the value
    shaded as Word shades a form field: one fill per word and one per space."""
    pdf.set_font("Helvetica", "", 11)
    pdf._out(f"BT /F1 11 Tf {x:.2f} {y:.2f} Td ({label}) Tj ET")
    left = x + pdf.get_string_width(label + " ") * pdf.k
    fills, pieces = [], []
    for i, word in enumerate(value.split(" ")):
        if i:
            pieces.append(" ")
        pieces.append(word)
    for piece in pieces:
        width = pdf.get_string_width(piece) * pdf.k
        fills.append(f"{left:.2f} {y - 3:.2f} {width:.2f} 14 re f")
        left += width
    pdf._out(f"q {colour} rg " + " ".join(fills) + " Q")
    start = x + pdf.get_string_width(label + " ") * pdf.k
    pdf._out(f"BT /F1 11 Tf {start:.2f} {y:.2f} Td ({value}) Tj ET")


@pytest.mark.parametrize("colour", ["0.9 0.9 0.9", "1 1 1"], ids=["grey", "white"])
def test_text_shaded_word_by_word_is_read_as_text_not_as_a_table(tmp_path, colour):
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    _shaded_line(pdf, 60, 760, "PURPOSE:", "Final Decision Report", colour)
    _shaded_line(pdf, 60, 735, "COMMITTEE:", "Transport and Connectivity Committee", colour)
    pdf._out("q 0 0 0 RG 60 700 m 500 700 l S Q")  # a rule: the page is read as a table page
    blocks = blocks_of(pdfgen.save(pdf, tmp_path / "shaded.pdf"))
    assert tables(blocks) == []
    text = all_text(blocks)
    assert "PURPOSE: Final Decision Report" in text
    assert "COMMITTEE: Transport and Connectivity Committee" in text


def test_a_shaded_table_rows_cells_stay_cells():
    def fill(x0, x1, top, bottom, colour=(0.8, 0.9, 0.8)):
        return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
                "y0": 800 - bottom, "y1": 800 - top, "doctop": top, "fill": True, "stroke": False,
                "non_stroking_color": colour}

    row = [fill(72, 218, 100, 160), fill(218, 280, 100, 160), fill(280, 543, 100, 160)]
    assert merge_painted_areas(row) == row
    bands = [fill(23, 93, 426 + 5.5 * i, 431.5 + 5.5 * i, (0.4, 0.49, 0.2 + 0.01 * i)) for i in range(10)]
    [gradient] = merge_painted_areas(bands)
    assert (gradient["top"], gradient["bottom"]) == (426, 481)


# A governors' minutes table: the wide minute column wraps, its line ends reaching past 380 pt.
BACKGROUND_MINUTES = [
    ["Item", "Minute", "Action"],
    ["GB 14/26", "The hire charges for the sports hall were reviewed. Members heard the bowls club's "
                 "objection to the winter rate and, after a long debate, the revised scale was not agreed.",
     "Bursar"],
    ["GB 15/26", "The head reported that the roof repairs over the library will start in the half term "
                 "holiday and that the kitchen will be closed for the first week back.", "Head"],
    ["GB 16/26", "Governors asked whether the new lettings policy covers the playing field; it does not, "
                 "and the clerk will bring a separate note to the spring meeting.", "Clerk"],
]


def _word_ruled_table(pdf, rows: list[list[str]], widths: list[float], size: float = 9.5) -> None:
    """``rows`` laid out as Word exports a ruled table: each cell's text wrapped to its column,
    the rules painted as thin black filled rectangles (not stroked lines)."""
    pdf.set_font("Helvetica", "", size)
    line, pad, rule = size * 0.5, 1.2, 0.2  # mm
    edges = [pdf.l_margin]
    for width in widths:
        edges.append(edges[-1] + width)
    top = y = pdf.get_y()
    bars = []
    for row in rows:
        depth = max(len(pdf.multi_cell(w - 2 * pad, line, text, dry_run=True, output="LINES"))
                    for w, text in zip(widths, row))
        for x, w, text in zip(edges, widths, row):
            pdf.set_xy(x + pad, y + pad)
            pdf.multi_cell(w - 2 * pad, line, text)
        bars.append((edges[0], y, edges[-1] - edges[0], rule))
        y += depth * line + 2 * pad
    bars.append((edges[0], y, edges[-1] - edges[0], rule))
    bars += [(x, top, rule, y - top) for x in edges]
    k = pdf.k
    pdf._out("q 0 g " + " ".join(f"{x * k:.2f} {pdf.h_pt - (t + h) * k:.2f} {w * k:.2f} {h * k:.2f} re f"
                                  for x, t, w, h in bars) + " Q")
    pdf.set_xy(pdf.l_margin, y + 4)


def _table_on_background(tmp_path, name: str, background: str, rows, widths) -> list:
    """``rows`` as a Word-ruled table over a white background ``background`` (x y width
    height, points from the bottom left) painted before anything else on the page."""
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdf._out(f"q 1 1 1 rg {background} re f Q")
    pdfgen.heading(pdf, "Minutes of the Governing Body of Fallowmere Primary School")
    _word_ruled_table(pdf, rows, widths)
    return tables(blocks_of(pdfgen.save(pdf, tmp_path / name)))


@pytest.mark.parametrize("background", ["0 0 380 842", "0 0 380 842.5", "-1 -1 381 845"],
                         ids=["letter-wide", "a-point-past", "bled"])
def test_a_narrower_page_background_is_no_column_rule(tmp_path, background):
    # A white fill from the page's top to its bottom, painted first, its right edge inside the
    # minute column (a Letter-wide background on a wider page): the table's own rules show over it,
    # its edge is invisible, and the words past it stay in their minute.
    [found] = _table_on_background(tmp_path, "background.pdf", background, BACKGROUND_MINUTES, [25, 110, 30])
    assert found.rows == BACKGROUND_MINUTES


def test_a_page_wide_background_band_splits_no_row(tmp_path):
    # A white band across the page, painted first, its lower edge through the second minute's lines.
    [found] = _table_on_background(tmp_path, "band.pdf", "0 600 595.28 242", BACKGROUND_MINUTES, [25, 110, 30])
    assert found.rows == BACKGROUND_MINUTES


def test_narrow_ruled_columns_on_a_page_background_stay_columns(tmp_path):
    # Negative: two narrow columns that are ruled apart stay two columns.
    votes = [["Motion", "For", "Against", "Outcome"],
             ["To adopt the revised charging policy for lettings", "3", "7", "Not carried"],
             ["To defer the uniform review to the summer term", "9", "1", "Carried"]]
    [found] = _table_on_background(tmp_path, "votes.pdf", "0 0 330 842", votes, [80, 12, 16, 40])
    assert found.rows == votes


def _fill(x0, x1, top, bottom, colour=(1.0, 1.0, 1.0)):
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "y0": 842 - bottom, "y1": 842 - top, "doctop": top, "fill": True, "stroke": False,
            "non_stroking_color": colour}


def _same_fills(found: list[dict], expected: list[dict]) -> bool:
    return sorted(map(repr, found)) == sorted(map(repr, expected))


def test_only_a_page_background_painted_under_the_shading_goes():
    page = (595, 842)
    shade = _fill(72, 520, 100, 120, (0.8, 0.8, 0.8))
    background = _fill(0, 380, 0, 842)
    assert merge_painted_areas([background, shade], page) == [shade]
    # Painted over the shading, the white shows (and so does its edge).
    assert _same_fills(merge_painted_areas([shade, background], page), [shade, background])
    # A spreadsheet's white cells painted under coloured ones are cells, not a background.
    cells = [_fill(72, 200, 100, 120), _fill(200, 260, 100, 120)]
    assert _same_fills(merge_painted_areas(cells + [shade], page), cells + [shade])
    # Without the page's size nothing is taken for a background.
    assert _same_fills(merge_painted_areas([background, shade]), [background, shade])


def test_two_tables_with_different_columns_are_not_stitched(tmp_path):
    pdf = pdfgen.Paper()
    pdf.add_page()
    pdfgen.table(pdf, [["Service", "Provider"], ["Speech therapy", "Brightside Therapies CIC"]], widths=[80, 90])
    pdfgen.paragraph(pdf, "The risks are set out below.")
    pdfgen.table(pdf, [["Risk", "Likelihood", "Mitigation"], ["Delay", "Low", "Early start"]],
                 widths=[60, 40, 70])
    found = tables(blocks_of(pdfgen.save(pdf, tmp_path / "two.pdf")))
    assert [t.rows[0] for t in found] == [["Service", "Provider"], ["Risk", "Likelihood", "Mitigation"]]


def test_pdf_properties_are_kept_as_hints(paper):
    document = pdf_reader.read(paper)
    assert document.properties["title"] == "Children's Therapy Services: Procurement Plan"
    assert document.properties["author"] == "Alex Morgan, Head of Commissioning"


@pytest.mark.parametrize("build, reason", [
    (pdfgen.encrypted, "password-protected PDF"),
    (pdfgen.truncated, "truncated"),
    (pdfgen.random_bytes, "not a PDF"),
])
def test_broken_pdfs_are_refused_with_the_reason(tmp_path, build, reason):
    path = build(tmp_path / "bad.pdf")
    with pytest.raises(IngestError, match=reason):
        pdf_reader.read(path)


def test_scanned_pdf_is_flagged_for_ocr(tmp_path):
    document = pdf_reader.read(pdfgen.scanned(tmp_path / "scan.pdf"), ocr=False)
    assert document.needs_ocr and document.blocks == [] and document.pages == 2
    assert document.warnings == [pdf_reader.NO_TEXT_WARNING + " (OCR skipped)"]


def test_example_pdf_is_what_its_build_script_makes(tmp_path):
    example = Path(__file__).resolve().parent.parent / "examples" / "papers"
    committed = next(example.glob("*.pdf"))
    rebuilt = pdfgen.committee_paper(tmp_path / committed.name)
    assert blocks_of(committed) == blocks_of(rebuilt)


# -- the real corpus -------------------------------------------------------------

def real_pdfs(shared_corpus):
    return sorted((shared_corpus / "real").rglob("*.pdf")) + sorted((shared_corpus / "seeds-pdf").glob("*.pdf"))


@pytest.mark.slow
def test_every_real_pdf_is_read(shared_corpus):
    import pypdfium2 as pdfium

    paths = real_pdfs(shared_corpus)
    assert paths
    for path in paths:
        # The text layer only: OCR of the real scans is measured by bench/ocr_bench.py (a 39-page
        # scan costs over a minute) and tested on fictional scans in test_ocr.py.
        document = pdf_reader.read(path, ocr=False)
        pdf = pdfium.PdfDocument(str(path))
        try:
            assert document.pages == len(pdf), path.name
        finally:
            pdf.close()
        if document.needs_ocr:
            assert not document.blocks
            continue
        passages = list(iter_passages(document.blocks))
        assert len(passages) >= document.pages, f"{path.name}: too little text"
        assert all(1 <= p.page <= document.pages for p in passages), path.name
        # Page footers like "Page 3" are gone.
        assert not any(p.text.strip().lower() in {f"page {n}" for n in range(1, document.pages + 1)}
                       for p in passages), path.name


def test_seed_pdf_keeps_the_tables_its_text_export_has(shared_corpus):
    """The same paper as PDF and as text export: each tab-separated table row of
    the export that carries money is a table row in the PDF too."""
    from committee_papers.ingest.readers import text as text_reader

    checked = 0
    for pdf_path in sorted((shared_corpus / "seeds-pdf").glob("*.pdf")):
        txt_path = shared_corpus / "seeds" / (pdf_path.stem + ".txt")
        if not txt_path.exists():
            continue
        txt_rows = [p for p in iter_passages(text_reader.read(txt_path).blocks)
                    if p.kind == "table_row" and "£" in p.text]
        pdf_rows = {" ".join(p.text.split()) for p in iter_passages(blocks_of(pdf_path))
                    if p.kind == "table_row"}
        pdf_cells = {" ".join(" ".join(p.cells).split()) for p in iter_passages(blocks_of(pdf_path))
                     if p.kind == "table_row"}
        for row in txt_rows:
            money = [c for c in row.cells if "£" in c]
            assert any(all(" ".join(m.split()) in cells for m in money) for cells in pdf_cells), \
                f"{pdf_path.name}: row {row.text!r} is not a table row in the PDF"
            checked += 1
        if txt_rows:
            assert pdf_rows
    assert checked


def test_bold_paragraphs_that_wrap_stay_paragraphs_not_headings(tmp_path):
    pdf = pdfgen.Paper()
    pdf.add_page()
    pdfgen.heading(pdf, "Recommendations")
    pdfgen.paragraph(pdf, "The Cabinet Member is asked to:")
    pdf.set_font("Helvetica", "B", 11)
    # A first line of short words, then lines of long words: alone, each of
    # those would pass for a bold heading.
    for text in ("APPROVE the plan to not buy in the service at the two sites as set out in the "
                 "report, when the existing Neighbourhood Wellbeing Services arrangements conclude.",
                 "DELEGATE any work that needs capital spend as set out in the report to the Director of "
                 "Infrastructure, in consultation with the Deputy Leader and Cabinet Member for Finance, "
                 "Corporate and Traded Services, and Director of Operational Integrated Children's Services"):
        pdf.multi_cell(0, pdfgen.LINE_HEIGHT, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdfgen.heading(pdf, "1. Introduction")
    blocks = blocks_of(pdfgen.save(pdf, tmp_path / "bold.pdf"))
    assert [b.text for b in blocks if b.kind == "heading"] == ["Recommendations", "1. Introduction"]
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    assert paragraphs[1].startswith("APPROVE the plan") and paragraphs[1].endswith("arrangements conclude.")
    assert paragraphs[2].startswith("DELEGATE any work") and paragraphs[2].endswith("Children's Services")


def test_a_cell_whose_rule_is_missing_keeps_its_text(tmp_path):
    """Rules drawn by hand: the top rule over two cells of the last row is
    missing, as happens where a table continues on a new page."""
    pdf = pdfgen.Paper()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    xs, ys = [20, 90, 130, 170], [40, 50, 60, 70]
    rows = [["Organisation", "2026/27", "Total"], ["Wessex County Council", "£51,147", "£176,418"],
            ["Northshire Fire Service", "£381,353", "£642,082"]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            pdf.text(xs[c] + 2, ys[r] + 6.5, text)
    pdf.set_line_width(0.3)
    for y in ys:
        if y == 60:  # the last row's top rule only over its first cell
            pdf.line(xs[0], y, xs[1], y)
        else:
            pdf.line(xs[0], y, xs[-1], y)
    for x in xs:
        pdf.line(x, ys[0], x, ys[-1])
    found = tables(blocks_of(pdfgen.save(pdf, tmp_path / "gap.pdf")))
    assert found and found[0].rows[-1] == ["Northshire Fire Service", "£381,353", "£642,082"]


def _landscape_appendix(path):
    pdf = pdfgen.Paper()
    pdf.add_page(orientation="L")
    pdfgen.heading(pdf, "Appendix B: Contracts register")
    pdfgen.paragraph(pdf, "The contracts below are let by Brackenford Council; values are annual.")
    pdfgen.table(pdf, [["Service", "Provider", "Annual value", "End date"],
                       ["Speech and language therapy", "Wessex Community Health NHS Trust", "£1,200,000",
                        "31 March 2026"],
                       ["Home care", "Harbourside Care Ltd", "£3,400,000", "30 September 2027"],
                       ["Carers support", "Wyvern Carers Trust", "£240,000", "31 March 2025"]], [70, 90, 40, 40])
    pdf.add_page()  # a portrait page after it, unrotated
    pdfgen.paragraph(pdf, "Risk register follows in Appendix C.")
    return pdfgen.save(pdf, path)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_page_stored_with_rotate_reads_as_it_is_displayed(tmp_path, rotation):
    upright = _landscape_appendix(tmp_path / "upright.pdf")
    turned = pdfgen.rotated(upright, tmp_path / f"turned-{rotation}.pdf", rotation)

    def read(path):
        return [(p.kind, p.text, p.cells, p.page) for p in iter_passages(pdf_reader.read(path).blocks)]

    expected = read(upright)
    assert any(cells and cells[0] == "Speech and language therapy" for _k, _t, cells, _p in expected)
    assert read(turned) == expected


def _ruled_by_helper(page) -> bool:
    import pypdfium2.raw as raw

    return sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2)) >= pdf_reader.MIN_TABLE_PATHS


def test_ruling_counted_with_bare_calls_as_pypdfium2_counts_it(paper, tmp_path):
    import pypdfium2 as pdfium

    prose = pdfgen.Paper(running_header="Brackenford Council Cabinet", footer=None)
    prose.add_page()
    pdfgen.paragraph(prose, "The cabinet noted the update on the Brackenford library service. " * 6)
    prose_path = pdfgen.save(prose, tmp_path / "prose.pdf")
    # The paper's pages placed inside forms (as an N-up print does): their rules are in a form.
    source, placed = pdfium.PdfDocument(str(paper)), pdfium.PdfDocument.new()
    for index in range(len(source)):
        page = placed.new_page(*source[index].get_size())
        page.insert_obj(source.page_as_xobject(index, placed).as_pageobject())
        page.gen_content()
        page.close()
    placed.save(tmp_path / "placed.pdf")
    answers = []
    for path in (paper, prose_path, tmp_path / "placed.pdf"):
        document = pdfium.PdfDocument(str(path))
        for index in range(len(document)):
            page = document[index]
            answers.append((pdf_reader._has_ruling(page), _ruled_by_helper(page)))
            page.close()
        document.close()
    assert len(answers) >= 5
    assert all(ours == helper for ours, helper in answers)
    assert {ours for ours, _ in answers} == {True, False}


def _placed_in_forms(source_path, out_path):
    """The paper's pages placed inside forms, as an N-up print does."""
    import pypdfium2 as pdfium

    source, placed = pdfium.PdfDocument(str(source_path)), pdfium.PdfDocument.new()
    for index in range(len(source)):
        page = placed.new_page(*source[index].get_size())
        page.insert_obj(source.page_as_xobject(index, placed).as_pageobject())
        page.gen_content()
        page.close()
    placed.save(out_path)
    return out_path


@pytest.mark.parametrize("broken, answer", [
    ("FPDFPage_CountObjects", -1),      # pdfium cannot count the page's objects
    ("FPDFPage_GetObject", None),       # nor hand one of them over
    ("FPDFFormObj_CountObjects", -1),   # nor count a form's objects
])
def test_a_page_whose_objects_pdfium_cannot_list_is_read_as_prose(tmp_path, monkeypatch, broken, answer):
    import pypdfium2.raw as raw

    prose = pdfgen.Paper(running_header="Fallowmere Town Council", footer=None)
    prose.add_page()
    pdfgen.paragraph(prose, "The committee agreed the Fallowmere allotments rent for 2026. " * 4)
    path = _placed_in_forms(pdfgen.save(prose, tmp_path / "prose.pdf"), tmp_path / "placed.pdf")
    expected = " ".join(p.text for p in iter_passages(pdf_reader.read(path).blocks))
    assert "allotments rent" in expected
    monkeypatch.setattr(raw, broken, lambda *args: answer)
    assert " ".join(p.text for p in iter_passages(pdf_reader.read(path).blocks)) == expected


# Pages of mostly one-line paragraphs (cover fields, short minutes, a decision sheet): the gap between
# paragraphs is then the commonest line-to-line distance, and must not be taken for the line pitch.
SHORT_PARAGRAPH_PAGES = {
    "cover fields": (["Report to: Planning Committee", "Meeting date: 4 June 2026", "Report author: Head of Planning",
                      "Wards: Eastfold and Millbrook", "Key decision: No", "Exempt: No"],
                     "1.1 That the Committee notes the appeal decisions listed in the table below, which were "
                     "received between January and March this year, and the costs awarded in two of them."),
    "short minutes": (["Present: Councillors Ruth Avery, Imran Kotecha and Lou Delahaye.",
                       "Apologies: Councillor Sam Pardoe.", "Declarations of interest: none.",
                       "The minutes of 2 April 2026 were agreed.", "The Clerk reported that the bench had been mended.",
                       "Next meeting: 11 June 2026."],
                     "Members discussed the state of the footpath beside the churchyard wall at some length and asked "
                     "the Clerk to write to the county highways team about the broken drainage grate."),
    "decision sheet": (["Decision maker: Director of Adult Services", "Decision: to extend the day care contract.",
                        "Reason: the new service will not be ready until October.", "Alternatives: none were viable.",
                        "Conflicts of interest: none declared.", "Date of decision: 19 May 2026"],
                       "The extension keeps the service running for six months while the new arrangements are put in "
                       "place by the commissioning team and the providers are consulted on the changes."),
}


@pytest.mark.parametrize("layout", sorted(SHORT_PARAGRAPH_PAGES))
def test_one_line_paragraphs_stay_apart_when_they_outnumber_wrapped_lines(tmp_path, layout):
    short, wrapped = SHORT_PARAGRAPH_PAGES[layout]
    pdf = pdfgen.Paper(running_header=None)
    pdf.add_page()
    pdfgen.heading(pdf, "Tollbridge Town Council", 14)
    for line in short:
        pdfgen.paragraph(pdf, line)
    pdfgen.paragraph(pdf, wrapped)
    blocks = blocks_of(pdfgen.save(pdf, tmp_path / "short.pdf"))
    assert [b.text for b in blocks] == ["Tollbridge Town Council"] + short + [wrapped], \
        "each paragraph its own block, the wrapped one joined"
