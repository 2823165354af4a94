"""The local cell step of the table finder gives pdfplumber's cells exactly."""
from pathlib import Path

import pdfgen
import pdfplumber.table as plumber
import pypdfium2 as pdfium
import pytest

from committee_papers.ingest.readers.pdf_objects import ruling_page
from committee_papers.ingest.readers.table_cells import TableFinder, intersections_to_cells

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = plumber.TableSettings.resolve(None)


def _edge(orientation, x0, top, x1, bottom):
    return {"orientation": orientation, "x0": x0, "top": top, "x1": x1, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top}


def _grid(h_lines, v_lines):
    edges = [_edge("h", x0, y, x1, y) for y, x0, x1 in h_lines]
    edges += [_edge("v", x, top, x, bottom) for x, top, bottom in v_lines]
    return plumber.edges_to_intersections(edges)


def test_a_two_by_two_grid_has_four_cells():
    intersections = _grid([(0, 0, 200), (50, 0, 200), (100, 0, 200)], [(0, 0, 100), (100, 0, 100), (200, 0, 100)])
    cells = intersections_to_cells(intersections)
    assert cells == [(0, 0, 100, 50), (0, 50, 100, 100), (100, 0, 200, 50), (100, 50, 200, 100)]
    assert cells == plumber.intersections_to_cells(intersections)


def test_a_merged_cell_spans_the_missing_edge():
    # The middle vertical rule stops at 50: the bottom row is one cell 200 wide.
    intersections = _grid([(0, 0, 200), (50, 0, 200), (100, 0, 200)], [(0, 0, 100), (100, 0, 50), (200, 0, 100)])
    cells = intersections_to_cells(intersections)
    assert (0, 50, 200, 100) in cells and (0, 50, 100, 100) not in cells
    assert cells == plumber.intersections_to_cells(intersections)


def test_points_not_joined_by_one_edge_make_no_cell():
    # Two horizontal rules broken between x=90 and x=110: the corners exist, the edges do not join them.
    intersections = _grid([(0, 0, 90), (0, 110, 200), (60, 0, 90), (60, 110, 200)],
                          [(0, 0, 60), (200, 0, 60)])
    assert intersections_to_cells(intersections) == [] == plumber.intersections_to_cells(intersections)


def _pdfs():
    generated = [pdfgen.committee_paper]
    in_repo = sorted((ROOT / "tests" / "holdout" / "papers").glob("*.pdf"))
    in_repo += sorted((ROOT / "tests" / "paraphrase" / "papers").glob("*.pdf"))
    return generated, in_repo


def _assert_same_tables(path):
    pdf = pdfium.PdfDocument(str(path))
    cells = 0
    try:
        for index in range(len(pdf)):
            for merge_areas in (True, False):
                page = ruling_page(pdf[index], merge_areas=merge_areas)
                theirs, ours = plumber.TableFinder(page, SETTINGS), TableFinder(page, SETTINGS)
                assert ours.cells == theirs.cells, (path.name, index)
                assert [t.cells for t in ours.tables] == [t.cells for t in theirs.tables], (path.name, index)
                cells += len(ours.cells)
    finally:
        pdf.close()
    return cells


def test_same_cells_and_tables_as_pdfplumber_on_the_repository_pdfs(tmp_path):
    generated, in_repo = _pdfs()
    paths = [make(tmp_path / f"{make.__name__}.pdf") for make in generated] + in_repo
    assert sum(_assert_same_tables(path) for path in paths) > 100  # ruled tables were compared


def test_same_cells_and_tables_as_pdfplumber_on_the_shared_seed_pdfs(shared_corpus):
    paths = sorted((shared_corpus / "seeds-pdf").glob("*.pdf"))
    if not paths:
        pytest.skip("no seed PDFs")
    for path in paths:
        _assert_same_tables(path)
