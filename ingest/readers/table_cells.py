"""pdfplumber's ``intersections_to_cells``, computed without its repeated work (adapted from
pdfplumber, (c) 2015 Jeremy Singer-Vine, MIT License: see NOTICE).

pdfplumber (0.11) finds a table's cells by asking, for each pair of
intersection points it tries, whether one ruling edge joins them; each time it
rebuilds both points' sets of edge boxes and, since ``pdfplumber/table.py``
evaluates its typing annotations at run time, hashes ``typing`` objects on
every call: about a tenth of reading a ruled page.  This is the same search,
step for step in the same order, with each point's edge boxes made into sets
once and each point's column and row found once.  Its output is pdfplumber's
exactly (tests/test_table_cells.py compares the two on every page of the test
PDFs); :class:`TableFinder` is pdfplumber's finder with this step swapped in.
"""
from __future__ import annotations

from pdfplumber.table import Table, TableSettings, cells_to_tables, edges_to_intersections
from pdfplumber.table import TableFinder as PlumberTableFinder
from pdfplumber.utils import obj_to_bbox

Point = tuple[float, float]
Box = tuple[float, float, float, float]


def intersections_to_cells(intersections: dict) -> list[Box]:
    """Every smallest ruled cell whose four corners are intersection points:
    for each point in (x, top) order, the first point below it and the first
    to its right (each joined to it by one edge) whose corner opposite exists
    and is joined to both, as pdfplumber tries them."""
    points = sorted(intersections)
    vertical = {p: set(map(obj_to_bbox, edges["v"])) for p, edges in intersections.items()}
    horizontal = {p: set(map(obj_to_bbox, edges["h"])) for p, edges in intersections.items()}

    def connects(p1: Point, p2: Point) -> bool:
        # Two distinct points share x or top, not both: one test applies.
        if p1[0] == p2[0]:
            return not vertical[p1].isdisjoint(vertical[p2])
        return p1[1] == p2[1] and not horizontal[p1].isdisjoint(horizontal[p2])

    # Points sorted by (x, top) fall into columns ordered by top and rows ordered
    # by x: the points after a point in its column and row are those pdfplumber
    # finds "below" and "right" of it among the points after it.
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for point in points:
        columns.setdefault(point[0], []).append(point)
        rows.setdefault(point[1], []).append(point)
    place_in_column = {p: i for column in columns.values() for i, p in enumerate(column)}
    place_in_row = {p: i for row in rows.values() for i, p in enumerate(row)}

    cells = []
    for pt in points:
        below = columns[pt[0]][place_in_column[pt] + 1:]
        right = rows[pt[1]][place_in_row[pt] + 1:]
        cell = _smallest_cell(pt, below, right, intersections, connects)
        if cell:
            cells.append(cell)
    return cells


def _smallest_cell(pt, below, right, intersections, connects):
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            bottom_right = (right_pt[0], below_pt[1])
            if (bottom_right in intersections and connects(bottom_right, right_pt)
                    and connects(bottom_right, below_pt)):
                return (pt[0], pt[1], bottom_right[0], bottom_right[1])
    return None


class TableFinder(PlumberTableFinder):
    """pdfplumber's ``TableFinder`` (its ``__init__``, pdfplumber 0.11) with
    :func:`intersections_to_cells` in place of pdfplumber's: the same edges,
    intersections, cells and tables."""

    def __init__(self, page, settings):
        self.page = page
        self.settings = TableSettings.resolve(settings)
        self.edges = self.get_edges()
        self.intersections = edges_to_intersections(
            self.edges, self.settings.intersection_x_tolerance, self.settings.intersection_y_tolerance)
        self.cells = intersections_to_cells(self.intersections)
        self.tables = [Table(self.page, cell_group) for cell_group in cells_to_tables(self.cells)]
