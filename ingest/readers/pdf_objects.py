"""A table page's words and ruling lines, read by pdfium for pdfplumber's table finder.

pdfplumber gets a page's characters and paths from pdfminer, which interprets
the content stream in Python: 50-60 ms for a page of table text, where pdfium
has already parsed the page in C.  This module reads the same things from the
open pdfium page, in pdfplumber's coordinates and dictionary shapes:

* words (text, box, font size and name), split where pdfplumber's
  ``extract_words`` splits them: at spaces, at gaps wider than ``X_TOLERANCE``,
  and where the text jumps to another line;
* paths, classified as pdfminer classifies them (a two-point subpath is a
  line, a closed axis-aligned four-corner subpath a rect, anything else a
  curve of its end points), with fill and colour for shaded header rows.

:class:`RulingPage` hands those paths to pdfplumber's ``TableFinder``, so
ruled tables are found by pdfplumber's own edge snapping, joining and
intersection rules.
"""
from __future__ import annotations

import ctypes

from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings

import pypdfium2.raw as raw

from .pdf_lines import char_size, font_name, normalise

# pdfplumber's extract_words defaults: a gap wider than this starts a new word,
# a top differing by more starts a new line.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# Or a gap this fraction of the line height: characters of one word touch (their loose
# boxes are advance widths), kerning moves them a few hundredths of an em.
WORD_GAP = 0.06
# Characters whose boxes differ in height by more than this fraction are in different sizes.
SIZE_CHANGE = 0.05


class RulingPage(Container):
    """The objects of one page as pdfplumber's table finder wants them."""

    cached_properties = Container.cached_properties

    def __init__(self, width: float, height: float, objects: dict[str, list[dict]]):
        self.width, self.height = width, height
        self.bbox = (0, 0, width, height)
        self._objects = objects

    @property
    def objects(self) -> dict[str, list[dict]]:
        return self._objects

    def find_tables(self):
        return TableFinder(self, TableSettings.resolve(None)).tables


def ruling_page(page) -> RulingPage:
    width, height = page.get_size()
    objects: dict[str, list[dict]] = {"line": [], "rect": [], "curve": []}
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    count = raw.FPDFPage_CountObjects(page.raw)
    for i in range(count):
        _collect(raw.FPDFPage_GetObject(page.raw, i), identity, height, objects, depth=0)
    return RulingPage(width, height, objects)


# -- words -------------------------------------------------------------------

def page_words(textpage, height: float) -> list[dict]:
    """Words of a page with pdfplumber's keys: text, x0, x1, top, bottom, size, fontname."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # pdfium left out or added characters: ask one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    box = raw.FS_RECTF()
    words: list[dict] = []
    current: list[tuple[int, float, float, float, float]] = []

    def close():
        if current:
            words.append(_word(textpage, text, current, height))
            current.clear()

    for i, char in enumerate(text):
        if char.isspace() or raw.FPDFText_IsGenerated(textpage, i) == 1:
            close()
            continue
        if not raw.FPDFText_GetLooseCharBox(textpage, i, box):
            continue
        left, right = box.left, box.right
        top, bottom = height - box.top, height - box.bottom
        if current and _word_ends(current[-1], left, top, bottom):
            close()
        current.append((i, left, right, top, bottom))
    close()
    return [w for w in words if w["text"]]


def _word_ends(previous, left: float, top: float, bottom: float) -> bool:
    """Whether a character starts a new word after ``previous``: a gap (some
    writers place words apart without a space character), a step back, another
    line, or another font size (the loose box's height follows the font)."""
    _, prev_left, prev_right, prev_top, prev_bottom = previous
    prev_height, height = prev_bottom - prev_top, bottom - top
    return (left - prev_right > min(X_TOLERANCE, WORD_GAP * height)
            or left < prev_left - X_TOLERANCE
            or abs(top - prev_top) > Y_TOLERANCE
            or abs(height - prev_height) > SIZE_CHANGE * max(height, prev_height))


def _word(textpage, text: str, chars, height: float) -> dict:
    first = chars[0][0]
    return {
        "text": normalise("".join(text[c[0]] for c in chars)),
        "x0": min(c[1] for c in chars), "x1": max(c[2] for c in chars),
        "top": min(c[3] for c in chars), "bottom": max(c[4] for c in chars),
        "size": char_size(textpage, first), "fontname": font_name(textpage, first),
    }


# -- paths -------------------------------------------------------------------

MAX_FORM_DEPTH = 4


def _collect(obj, parent, height: float, objects: dict, depth: int) -> None:
    kind = raw.FPDFPageObj_GetType(obj)
    if kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
        matrix = _compose(_matrix(obj), parent)
        for i in range(raw.FPDFFormObj_CountObjects(obj)):
            _collect(raw.FPDFFormObj_GetObject(obj, i), matrix, height, objects, depth + 1)
    elif kind == raw.FPDF_PAGEOBJ_PATH:
        fillmode, stroke = ctypes.c_int(), ctypes.c_int()
        raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fillmode), ctypes.byref(stroke))
        if not fillmode.value and not stroke.value:
            return  # a clipping path paints nothing (pdfminer never sees it)
        matrix = _compose(_matrix(obj), parent)
        style = {"fill": bool(fillmode.value), "stroke": bool(stroke.value),
                 "non_stroking_color": _colour(raw.FPDFPageObj_GetFillColor, obj),
                 "stroking_color": _colour(raw.FPDFPageObj_GetStrokeColor, obj)}
        for points in _subpaths(obj, matrix):
            shape = _shape(points, height, style)
            if shape is not None:
                objects[shape["object_type"]].append(shape)


def _matrix(obj) -> tuple:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: tuple, outer: tuple) -> tuple:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _colour(getter, obj):
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not getter(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


def _subpaths(obj, matrix: tuple) -> list[list[tuple[float, float]]]:
    """Each subpath's end points on the page (a Bézier curve's control points left out),
    a closed subpath ending where it began."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    bezier_points = 0
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
            bezier_points = 0
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier_points += 1
            if bezier_points % 3 == 0:
                subpaths[-1].append(point)
        else:
            subpaths[-1].append(point)
        if raw.FPDFPathSegment_GetClose(segment) and subpaths[-1][-1] != subpaths[-1][0]:
            subpaths[-1].append(subpaths[-1][0])
    return subpaths


def _shape(points: list[tuple[float, float]], height: float, style: dict) -> dict | None:
    if len(points) < 2:
        return None
    if len(points) > 3 and points[-1] == points[0] and points[-2] == points[0]:
        points = points[:-1]  # a redundant line back to the start before the close
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    box = {"x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": height - y1, "bottom": height - y0,
           "doctop": height - y1, "width": x1 - x0, "height": y1 - y0, **style}
    if len(points) == 2 or (len(points) == 3 and points[2] == points[0]):
        return {"object_type": "line", **box, "pts": [(x, height - y) for x, y in points[:2]]}
    if len(points) == 5 and points[4] == points[0]:
        (ax, ay), (bx, by), (cx, cy), (dx, dy), _ = points
        if (ax == bx and by == cy and cx == dx and dy == ay) or (ay == by and bx == cx and cy == dy and dx == ax):
            return {"object_type": "rect", **box}
    return {"object_type": "curve", **box, "pts": [(x, height - y) for x, y in points]}
