"""Tables on a PDF page: ruled (pdfplumber's line strategy) and whitespace-aligned.

A table becomes a :class:`TablePiece` with clean cell text; pieces on
consecutive pages are stitched into one table by :mod:`pdf_layout`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..bullets import GLYPHS
from .cells import table_head as score_head
from .pdf_hyphens import join_wrapped
from .pdf_lines import group_lines, is_bold, normalise

_CELL_BREAK_RE = re.compile(rf"^(?:[{GLYPHS}\-–*]\s|\(?[a-z]\)\s|\(?[ivx]{{1,4}}\)\s|\d{{1,2}}[.)]\s)")
_LEADING_GLYPH_RE = re.compile(rf"^[{GLYPHS}]\s*")
_LIST_MARKER_RE = re.compile(rf"^(?:[{GLYPHS}\-–*]|\(?[a-z]{{1,2}}\)|\(?[ivx]{{1,5}}\)|\d{{1,2}}(?:\.\d{{1,3}})*\.?)$")
# A gap this many times the font size separates two columns of an unruled table.
COLUMN_GAP_FACTOR = 0.8
LINE_ALIGN = 2.5  # points


@dataclass
class TablePiece:
    page: int
    top: float
    bottom: float
    rows: list[list[str]]
    # Left edge of each column, to recognise the same table continued on the next page.
    columns: list[float]
    styled_header: bool = False
    row_pages: list[int] = field(default_factory=list)

    def __post_init__(self):
        if not self.row_pages:
            self.row_pages = [self.page] * len(self.rows)


def _inside(word: dict, bbox) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def cell_text(words: list[dict], bbox, lines: list[list[dict]] | None = None) -> str:
    """Cell text: wrapped lines joined with a space, bullets and hard breaks kept as "\\n".
    ``lines``: ``group_lines(words)``, when the caller has them already.

    A line ended early (the next line's first word would have fitted after it)
    was broken by hand, not wrapped.
    """
    if lines is None:
        lines = group_lines(words)
    if not lines:
        return ""
    left_pad = max(0.0, min(w["x0"] for w in words) - bbox[0])
    right_edge = bbox[2] - max(left_pad, 1.0)
    out: list[str] = []
    for i, line in enumerate(lines):
        text = normalise(" ".join(w["text"] for w in line))
        if i == 0:
            out.append(text)
            continue
        previous = lines[i - 1]
        space = 0.28 * line[0].get("size", 10)
        fitted = previous[-1]["x1"] + space + (line[0]["x1"] - line[0]["x0"]) < right_edge
        if _CELL_BREAK_RE.match(text) or fitted:
            out.append("\n" + text)
        else:
            out[-1] = join_wrapped(out[-1], text)
    joined = "".join(out)
    return "\n".join(_LEADING_GLYPH_RE.sub("", part).strip() for part in joined.split("\n"))


def _fill_is_shade(rect: dict) -> bool:
    if not rect.get("fill"):
        return False
    colour = rect.get("non_stroking_color")
    if colour is None:
        return False
    values = colour if isinstance(colour, (list, tuple)) else (colour,)
    try:
        values = [float(v) for v in values]
    except (TypeError, ValueError):
        return True
    if len(values) == 4:  # CMYK: any ink is a shade
        return any(v > 0.05 for v in values)
    return any(v < 0.95 for v in values)


def _header_styled(row_words: list[list[dict]], body_words: list[dict], row_box, rects) -> bool:
    first = [w for cell in row_words for w in cell]
    if not first:
        return False
    if all(is_bold(w["fontname"]) for w in first) and not all(is_bold(w["fontname"]) for w in body_words):
        return True
    if row_box is None:
        return False
    for rect in rects:
        if _fill_is_shade(rect) and rect["top"] <= row_box[1] + 2 and rect["bottom"] >= row_box[3] - 2 \
                and rect["x1"] - rect["x0"] > 10:
            return True
    return False


def ruled_tables(page, words: list[dict], page_number: int) -> list[TablePiece]:
    pieces = []
    for table in page.find_tables():
        rows = [row for row in table.rows if any(c is not None for c in row.cells)]
        width = max((len(r.cells) for r in rows), default=0)
        if not rows or width < 2:
            continue  # a box drawn round a paragraph is text, not a table
        # pdfplumber computes a table's bbox from its cells on every access: once here.
        bbox = table.bbox
        in_table = _ByMiddle([w for w in words if _inside(w, bbox)])
        edges = sorted({c[0] for c in table.cells}) + [bbox[2]]
        grid, grid_words = [], []
        for row in rows:
            in_row = in_table.between(row.bbox[1], row.bbox[3])
            # A word inside one of the row's cells is inside the row: the row's words are enough.
            cells = _complete_cells(row, edges, in_row)
            # Each word's middle worked out once for the row, not once per cell (as _inside would).
            middles = [(w, (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2) for w in in_row]
            cell_words = [[w for w, x, y in middles if bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]]
                          if bbox is not None else [] for bbox in cells]
            # Each cell's lines, made once: for splitting the row and for the cells' text.
            cell_lines = [group_lines(words) if words else [] for words in cell_words]
            for sub_row in _split_unruled_rows(cell_words, cell_lines):
                lines = cell_lines if sub_row is cell_words else [None] * len(sub_row)
                grid.append([cell_text(here, bbox, here_lines) if here else ""
                             for here, bbox, here_lines in zip(sub_row, cells, lines)])
                grid_words.append(sub_row)
        if not any(any(c for c in row) for row in grid):
            continue
        columns = sorted({round(c[0], 1) for c in table.cells})
        body_words = [w for row in grid_words[1:] for cell in row for w in cell]
        styled = len(grid) > 1 and _header_styled(grid_words[0], body_words, rows[0].bbox, page.rects)
        pieces.append(TablePiece(page_number, bbox[1], bbox[3], grid, columns, styled))
    return pieces


class _ByMiddle:
    """A table's words, found by the height of their middle: each row asks for the words
    whose middle lies between its top and bottom (both included), in the order given.  Sorted
    once per table, so a row costs a binary search, not a pass over every word of the table."""

    def __init__(self, words: list[dict]):
        self.words = words
        middles = [(w["top"] + w["bottom"]) / 2 for w in words]
        self.order = sorted(range(len(words)), key=middles.__getitem__)
        self.middles = [middles[i] for i in self.order]

    def between(self, top: float, bottom: float) -> list[dict]:
        start, end = bisect_left(self.middles, top), bisect_right(self.middles, bottom)
        return [self.words[i] for i in sorted(self.order[start:end])]


def _complete_cells(row, edges: list[float], words: list[dict]) -> list:
    """The row's cell boxes, with a box made up from the column edges where a
    rule is missing (often the top rule of a row continued on a new page):
    pdfplumber leaves no cell there, and the text in it would be lost."""
    cells = list(row.cells)
    if None not in cells or row.bbox is None:
        return cells
    claimed = {id(w) for w in words for bbox in cells if bbox is not None and _inside(w, bbox)}
    for j, bbox in enumerate(cells):
        if bbox is None and j + 1 < len(edges):
            box = (edges[j], row.bbox[1], edges[j + 1], row.bbox[3])
            if any(id(w) not in claimed and _inside(w, box) for w in words):
                cells[j] = box
    return cells


_NUMBER_RE = re.compile(r"^[-+−(£$€]*\s*\d[\d,.]*\s*%?[mkbn]*\)?$")


def _split_unruled_rows(cell_words: list[list[dict]], per_cell: list[list[list[dict]]]) -> list[list[list[dict]]]:
    """Split a ruled row that holds several rows told apart only by alignment.

    Tables ruled only above and below hold one line per row in every column;
    pdfplumber sees one tall row.  It is split when at least two columns have
    the same number of lines at the same heights and one of them is all figures
    (so two wrapped sentences side by side stay one row).  ``per_cell``: each cell's
    ``group_lines``.  Returns ``[cell_words]`` itself when the row stays whole.
    """
    depth = max((len(lines) for lines in per_cell), default=0)
    full = [lines for lines in per_cell if len(lines) == depth]
    if depth < 2 or len(full) < 2:
        return [cell_words]
    tops = [line[0]["top"] for line in full[0]]
    if not all(abs(line[0]["top"] - top) <= LINE_ALIGN for lines in full for line, top in zip(lines, tops)):
        return [cell_words]
    if not any(all(_NUMBER_RE.match(" ".join(w["text"] for w in line)) for line in lines) for lines in full):
        return [cell_words]
    rows: list[list[list[dict]]] = [[[] for _ in cell_words] for _ in tops]
    for column, lines in enumerate(per_cell):
        for line in lines:
            nearest = min(range(len(tops)), key=lambda r: abs(tops[r] - line[0]["top"]))
            if abs(tops[nearest] - line[0]["top"]) > LINE_ALIGN:
                return [cell_words]  # a wrapped label between the figures: leave the row whole
            rows[nearest][column].extend(line)
    return rows


def outside(words: list[dict], tables: list[TablePiece]) -> list[dict]:
    """The words whose middle height is in no table's span (a point's slack each way)."""
    if not tables:
        return list(words)
    spans = [(table.top - 1, table.bottom + 1) for table in tables]
    return [w for w in words if not any(low <= (w["top"] + w["bottom"]) / 2 <= high for low, high in spans)]


# -- whitespace-aligned tables ------------------------------------------------

def _segments(line: list[dict]) -> list[list[dict]]:
    groups: list[list[dict]] = [[]]
    ruled_first = False  # whether a ruled line closes the first cell
    for word in line:
        if word.get("rule"):
            # A ruled line read as a word (a scan's "|"): a column boundary, not text.
            if groups[-1]:
                ruled_first = ruled_first or len(groups) == 1
                groups.append([])
            continue
        if groups[-1] and word["x0"] - groups[-1][-1]["x1"] > COLUMN_GAP_FACTOR * max(word["size"], 6):
            groups.append([word])
        else:
            groups[-1].append(word)
    groups = [group for group in groups if group]
    # A bullet or paragraph number set off by a tab is part of its text, not a column (a number ruled
    # off from the text beside it is a column of its own: a route or item number).
    if len(groups) > 1 and not ruled_first and _LIST_MARKER_RE.match(normalise(" ".join(w["text"] for w in groups[0]))):
        groups[:2] = [groups[0] + groups[1]]
    return groups


# (t41) Segments of other lines starting at one x (within LINE_ALIGN) that make it a column's start.
COLUMN_START_LINES = 2


def _split_at_column_starts(lines: list[list[list[dict]]]) -> list[list[list[dict]]]:
    """Each line's segments, a segment running over a column start split there: where two or more other
    lines' segments start at one x, a word of a line's later segment starting there begins a cell of its own
    (a site filling its column runs up to the proposal one space away: "Green Lane Ashby Fell one ash").
    Only lines already split into columns are split; a line's first segment is never split (prose)."""
    starts = [segment[0]["x0"] for segments in lines if len(segments) >= 2 for segment in segments]
    out = []
    for segments in lines:
        if len(segments) < 2:
            out.append(segments)
            continue
        split: list[list[dict]] = []
        for position, segment in enumerate(segments):
            piece = [segment[0]]
            for word in segment[1:]:
                shared = sum(1 for x in starts if abs(x - word["x0"]) <= LINE_ALIGN)
                if position and shared >= COLUMN_START_LINES:
                    split.append(piece)
                    piece = [word]
                else:
                    piece.append(word)
            split.append(piece)
        out.append(split)
    return out


def _column_spans(rows: list[list[list[dict]]]) -> list[tuple[float, float]]:
    spans = sorted((seg[0]["x0"], seg[-1]["x1"]) for segments in rows for seg in segments)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1] + 2:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def unruled_tables(words: list[dict], page_number: int, text_width: float) -> list[TablePiece]:
    """Tables laid out with whitespace: runs of lines split by wide gaps into aligned columns."""
    lines = group_lines(words)
    pieces: list[TablePiece] = []
    run: list[list[dict]] = []

    def close():
        piece = _table_from_run(run, page_number)
        if piece:
            pieces.append(piece)
        run.clear()

    for line in lines:
        segments = _segments(line)
        size = max(line[0]["size"], 6)
        gap_ok = not run or line[0]["top"] - run[-1][-1]["bottom"] < 2.5 * size
        # (a scan's ruled line read as a word after a wrapped cell's last line is no part of its width)
        typed = [word for word in line if not word.get("rule")] or line
        wide_prose = len(segments) == 1 and typed[-1]["x1"] - typed[0]["x0"] > 0.6 * text_width
        if not gap_ok or wide_prose:
            close()
        if len(segments) >= 2 or (run and not wide_prose and gap_ok):
            run.append(line)
    close()
    return pieces


# Line pitches (times the type size) up to which two lines can be one row's wrapped cell.
ROW_LEADING = 1.6


# A cover's label column: a short line closed by a colon (`Report of:`, `Wards affected:`).
STACKED_LABEL_WORDS = 5


def _is_label_line(text: str) -> bool:
    return text.endswith(":") and 0 < len(text.split()) <= STACKED_LABEL_WORDS


def _table_from_run(run: list[list[dict]], page_number: int) -> TablePiece | None:
    while run and len(_segments(run[-1])) < 2 and not _ends_a_later_cell(run):
        run.pop()  # a paragraph line after the table
    line_segments = _split_at_column_starts([_segments(line) for line in run])
    multi = [segments for segments in line_segments if len(segments) >= 2]
    if len(multi) < 3:
        return None
    spans = _column_spans(multi)
    if len(spans) < 2:
        return None
    pitches = [b[0]["top"] - a[0]["top"] for a, b in zip(run, run[1:])]
    tight = min(pitches) if pitches else 0
    # Rows set apart by wider pitches than the lines within a row.  In a scan's ruled table (its cells
    # split by rules read as words) whose tightest pitch is wider than a line's leading no row has a
    # second line (Tesseract reads a row's wrapped cell as one taller line): every line with a key cell
    # starts a row, however far below a taller row it is.
    ruled_rows = any(word.get("rule") for line in run for word in line) \
        and tight >= max(run[0][0]["size"], 6) * ROW_LEADING
    gapped = bool(pitches) and max(pitches) > 1.25 * tight and not ruled_rows
    rows: list[list[str]] = []
    row_words: list[list[dict]] = []
    above: list[str] = []  # the line above's cells
    for i, line in enumerate(run):
        cells = [""] * len(spans)
        for segment in line_segments[i]:
            centre = (segment[0]["x0"] + segment[-1]["x1"]) / 2
            column = min(range(len(spans)), key=lambda c: 0 if spans[c][0] <= centre <= spans[c][1]
                         else min(abs(centre - spans[c][0]), abs(centre - spans[c][1])))
            text = normalise(" ".join(w["text"] for w in segment))
            cells[column] = f"{cells[column]} {text}".strip()
        filled = sum(1 for c in cells if c)
        # (A cover's labels stacked close under one another, each with its value level with it, `Subject:
        # ...` / `Report of: ...`, are rows of their own however tight their pitch; a label wrapped over two
        # lines, `Budget/Policy` / `Framework:`, stays one.)
        # (t41) A line with nothing in the key column goes on with the row above when it carries on a cell
        # left unfinished there ("Two storey side extension" / "and new porch"), and a key cell after a line
        # whose key column was empty starts a new row with no gap before it (a wrapped proposal ends there).
        # A scan's ruled rows: a line in the row box of the line above (between the same two rules) goes
        # on with its row, a line in another box starts one, whatever the pitches.
        boxes = (line[0].get("row_box"), run[i - 1][0].get("row_box")) if i else (None, None)
        if None not in boxes:
            new_row = boxes[0] != boxes[1]
        else:
            new_row = not rows or (pitches[i - 1] > 1.25 * tight if gapped
                                   else bool(cells[0]) or filled >= 2 and not _carries_on(rows[-1], cells)) \
                or (_is_label_line(cells[0]) and _is_label_line(rows[-1][0]) and filled >= 2) \
                or (bool(cells[0]) and bool(above) and not above[0] and bool(rows[-1][0]))
        above = cells
        if new_row:
            rows.append(cells)
            row_words.append(list(line))
        else:
            rows[-1] = [f"{a} {b}".strip() if b else a for a, b in zip(rows[-1], cells)]
            row_words[-1].extend(line)
    if len([r for r in rows if sum(1 for c in r if c) >= 2]) < 2:
        return None
    if len(spans) == 2 and all(_LIST_MARKER_RE.match(r[0]) or not r[0] for r in rows):
        return None  # numbered or bulleted paragraphs with a tab after the number
    first_bold = all(is_bold(w["fontname"]) for w in row_words[0])
    body_bold = all(is_bold(w["fontname"]) for words in row_words[1:] for w in words)
    top = min(w["top"] for w in run[0])
    bottom = max(w["bottom"] for w in run[-1])
    return TablePiece(page_number, top, bottom, rows, [round(s[0], 1) for s in spans],
                      styled_header=len(rows) > 1 and first_bold and not body_bold)


def _ends_a_later_cell(run: list[list[dict]]) -> bool:
    """(t41) Whether the run's last line, one segment, is the wrapped end of a cell in a later column (a
    proposal's last lines under its application, nothing level with them): it starts inside a column the
    run's lines split into columns show, right of the first column's end."""
    spans = _column_spans([segments for segments in map(_segments, run) if len(segments) >= 2])
    start = run[-1][0]["x0"]
    return len(spans) >= 2 and start > spans[0][1] \
        and any(low - LINE_ALIGN <= start <= high for low, high in spans[1:])


def _carries_on(row: list[str], cells: list[str]) -> bool:
    """Whether a line's cells (its key cell empty) carry on the row above: a later column's text goes on in
    lower case from a cell the row above left without a sentence's end."""
    return any(text[:1].islower() and row[j] and not row[j].rstrip().endswith((".", ";", ":", "!", "?"))
               for j, text in enumerate(cells) if j and text)


def table_head(rows: list[list[str]], styled: bool) -> tuple[int, int]:
    """(caption rows, header rows) of a table piece: scored as in every reader, and a first row
    styled apart (bold, shaded) is a header even when its labels alone would not say so."""
    if len(rows) < 2:
        return 0, 0
    caption, header = score_head(rows)
    if styled:
        return caption, max(header, 1) if caption == 0 else header
    first_column = [" ".join(r[0].split()) for r in rows]
    if len(rows[0]) == 2 and all(c and len(c.split()) <= 5 and not c.endswith(".") for c in first_column):
        return 0, 0  # a label | value sheet ("Meeting date | 12 March 2025")
    return caption, header

