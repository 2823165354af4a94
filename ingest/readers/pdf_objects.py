"""A table page's words and ruling lines, read by pdfium for pdfplumber's table finder.

pdfplumber gets a page's characters and paths from pdfminer, which interprets
the content stream in Python: 50-60 ms for a page of table text, where pdfium
has already parsed the page in C.  This module reads the same things from the
open pdfium page, in pdfplumber's coordinates and dictionary shapes:

* words (text, box, font size and name), split where pdfplumber's
  ``extract_words`` splits them: at spaces, at gaps wider than ``X_TOLERANCE``,
  and where the text jumps to another line.  Only a token drawn by more than
  one text object needs its characters' boxes looked at one by one: within
  one object, pdfium has already put a space wherever the text moves on;
* paths, classified as pdfminer classifies them (a two-point subpath is a
  line, a closed axis-aligned four-corner subpath a rect, anything else a
  curve of its end points), with fill and colour for shaded header rows.

Two things pdfplumber does not do, because they change what a reader sees:
text that its clipping path hides is left out (a spreadsheet cell's
overflow, a label a writer clipped away), and fills that abut and look like one
area (a gradient painted as thin bands, a highlight painted word by word)
become the one box they fill, so their pieces are not taken for table cells.

:class:`RulingPage` hands those paths to pdfplumber's ``TableFinder``, so
ruled tables are found by pdfplumber's own edge snapping, joining and
intersection rules (its cell step recomputed without repeated work:
:mod:`.table_cells`).
"""
from __future__ import annotations

import ctypes
import re

from pdfplumber.container import Container
from pdfplumber.table import TableSettings

import pypdfium2.raw as raw

from .pdf_lines import char_size, font_name, normalise
from .table_cells import TableFinder

# pdfplumber's extract_words defaults: a gap wider than this starts a new word,
# a top differing by more starts a new line.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# Or a gap this fraction of the line height: characters of one word touch (their loose
# boxes are advance widths), kerning moves them a few hundredths of an em.
WORD_GAP = 0.06
# Characters whose boxes differ in height by more than this fraction are in different sizes.
SIZE_CHANGE = 0.05


# A gradient's bands are thinner than a line of text; fewer than this many are not a gradient.
BAND_MAX_THICKNESS = 6.0
BAND_MIN_COUNT = 4
# A fill this light in every channel is white.
WHITE = 0.99
# A fill within this of a page's edges reaches them.
PAGE_EDGE = 2.0
# Coordinates this close are the same edge (pdfium keeps 32-bit floats).
SAME_EDGE = 0.5


class RulingPage(Container):
    """The objects of one page as pdfplumber's table finder wants them.

    ``clipped_text`` maps each text object that reaches outside its clipping
    path (by its address) to the visible box, in top-down coordinates."""

    cached_properties = Container.cached_properties

    def __init__(self, width: float, height: float, objects: dict[str, list[dict]],
                 clipped_text: dict[int, tuple[float, float, float, float]] | None = None):
        self.width, self.height = width, height
        self.bbox = (0, 0, width, height)
        self._objects = objects
        self.clipped_text = clipped_text or {}

    @property
    def objects(self) -> dict[str, list[dict]]:
        return self._objects

    def find_tables(self):
        return TableFinder(self, TableSettings.resolve(None)).tables


def ruling_page(page, merge_areas: bool = True) -> RulingPage:
    """The page's paths and clipped text.  ``merge_areas=False`` keeps the
    pieces of a painted area apart, exactly as pdfplumber would see them."""
    width, height = page.get_size()
    objects: dict[str, list[dict]] = {"line": [], "rect": [], "curve": [], "clipped_text": {}}
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    count = raw.FPDFPage_CountObjects(page.raw)
    for i in range(count):
        _collect(raw.FPDFPage_GetObject(page.raw, i), identity, height, objects, depth=0)
    clipped_text = objects.pop("clipped_text")
    if merge_areas:
        objects["rect"] = merge_painted_areas(objects["rect"], (width, height))
    return RulingPage(width, height, objects, clipped_text)


def merge_painted_areas(rects: list[dict], page_size: tuple[float, float] | None = None) -> list[dict]:
    """Fills that abut edge to edge and look like one area to a reader become
    the one rect they cover, so their pieces are not taken for table cells:

    * a stack (or row) of thin bands: a gradient, painted band by band;
    * a row of one colour with a piece as narrow as a space in it: Word
      shades a form field's text a word and a space at a time.  (A shaded
      table row's cells are as wide as their columns, and stay cells.)

    White fills with no other fill under them paint nothing on a white page,
    and go; so does a white page background (a white fill as tall or as wide
    as the page, ``page_size``) with no coloured fill painted before it under
    it: the table's rules painted over it show, its own edge (a Letter-wide
    background on an A4 landscape page) is no column rule.  ``rects`` are in
    painting order.  Stroked rects and every other fill are kept as they are."""
    fills = [r for r in rects if r.get("fill") and not r.get("stroke")]
    if not fills:
        return rects
    coloured = [f for f in fills if not _white(f)]
    fills = [f for i, f in enumerate(fills)
             if not _white(f) or any(_overlap(f, c) for c in (fills[:i] if _page_background(f, page_size) else coloured)
                                     if not _white(c))]
    for vertical in (True, False):
        thickness = "height" if vertical else "width"
        bands = [f for f in fills if f[thickness] < BAND_MAX_THICKNESS]
        fills = [f for f in fills if f[thickness] >= BAND_MAX_THICKNESS] + _merge_runs(bands, vertical, BAND_MIN_COUNT)
    colours: dict[tuple, list[dict]] = {}
    for fill in fills:
        colours.setdefault(tuple(fill["non_stroking_color"] or ()), []).append(fill)
    fills = [merged for same in colours.values()
             for merged in _merge_runs(same, False, 2, lambda run: min(r["width"] for r in run) < BAND_MAX_THICKNESS)]
    return [r for r in rects if not (r.get("fill") and not r.get("stroke"))] + fills


def _white(fill: dict) -> bool:
    colour = fill.get("non_stroking_color")
    return bool(colour) and all(c >= WHITE for c in colour)


def _page_background(fill: dict, page_size: tuple[float, float] | None) -> bool:
    """A fill from the page's top to its bottom or from its left edge to its right."""
    if page_size is None:
        return False
    width, height = page_size
    return (fill["top"] <= PAGE_EDGE and fill["bottom"] >= height - PAGE_EDGE) or \
        (fill["x0"] <= PAGE_EDGE and fill["x1"] >= width - PAGE_EDGE)


def _overlap(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def _merge_runs(fills: list[dict], vertical: bool, at_least: int, accept=lambda run: True) -> list[dict]:
    """Each run of ``at_least`` fills or more that abut one after another, in a
    vertical stack (sharing left and right edges) or a horizontal row
    (sharing top and bottom), replaced by the rect covering it if ``accept``s it."""
    near, far, side_a, side_b = ("top", "bottom", "x0", "x1") if vertical else ("x0", "x1", "top", "bottom")
    lanes: dict[tuple[int, int], list[dict]] = {}
    for fill in fills:
        lanes.setdefault((round(fill[side_a]), round(fill[side_b])), []).append(fill)
    out: list[dict] = []
    for lane in lanes.values():
        lane.sort(key=lambda r: r[near])
        run = [lane[0]]
        for fill in lane[1:] + [None]:
            if (fill is not None and abs(fill[side_a] - run[-1][side_a]) <= SAME_EDGE
                    and abs(fill[side_b] - run[-1][side_b]) <= SAME_EDGE
                    and abs(fill[near] - run[-1][far]) <= SAME_EDGE):
                run.append(fill)
                continue
            out.extend([_covering(run)] if len(run) >= at_least and accept(run) else run)
            if fill is not None:
                run = [fill]
    return out


def _covering(run: list[dict]) -> dict:
    x0, x1 = min(r["x0"] for r in run), max(r["x1"] for r in run)
    top, bottom = min(r["top"] for r in run), max(r["bottom"] for r in run)
    y0, y1 = min(r["y0"] for r in run), max(r["y1"] for r in run)
    return {**run[0], "x0": x0, "x1": x1, "width": x1 - x0, "top": top, "doctop": top, "bottom": bottom,
            "y0": y0, "y1": y1, "height": bottom - top}


# -- words -------------------------------------------------------------------

def page_words(textpage, height: float, clipped_text: dict | None = None) -> list[dict]:
    """Words of a page with pdfplumber's keys: text, x0, x1, top, bottom, size, fontname.
    A character of a text object in ``clipped_text`` (see :class:`RulingPage`)
    is left out unless its middle is inside the object's visible box."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # pdfium left out or added characters: ask one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    handle = textpage.raw  # the bare handle: each call through the wrapper costs a lookup
    words: list[dict] = []
    first, last = raw.FS_RECTF(), raw.FS_RECTF()
    # Looked up once, not per token: a table page has thousands.  (The boxes are passed
    # as they are: ctypes takes a structure for its pointer faster than a byref of it.)
    count_rects, loose_box = raw.FPDFText_CountRects, raw.FPDFText_GetLooseCharBox
    # A text object has one font, size and matrix: asked once per object, not per word.
    styles: dict[int, tuple[float, str]] = {}
    for token in _TOKEN_RE.finditer(text):
        start, end = token.span()
        # pdfium draws one box per text object over a range: when a token is
        # one object's (one font, size and line, no jumps), its first and last
        # characters bound the word.  Anything else (two objects, a clipped
        # object) is split character by character; on a page with clipped
        # text, only the tokens of the clipped objects are.
        if count_rects(handle, start, end - start) != 1:
            words.extend(_split_words(handle, text, start, end, height, clipped_text))
            continue
        obj = _text_object(handle, start)
        # A one-character token (a figure, a bullet, "a") is bounded by its one box: asked once.
        single = end - start == 1
        if (clipped_text and obj in clipped_text
                or not loose_box(handle, start, first)
                or not single and not loose_box(handle, end - 1, last)):
            words.extend(_split_words(handle, text, start, end, height, clipped_text))
            continue
        # Each field read once (a ctypes field costs an attribute lookup); the comparisons
        # are min() and max() of the two boxes' sides, in the order min and max take them.
        left, right, top, bottom = first.left, first.right, first.top, first.bottom
        if not single:
            other = last.left
            left = other if other < left else left
            other = last.right
            right = other if other > right else right
            other = last.top
            top = other if other > top else top
            other = last.bottom
            bottom = other if other < bottom else bottom
        style = styles.get(obj) if obj else None
        if style is None:
            style = (char_size(handle, start), font_name(handle, start))
            if obj:
                styles[obj] = style
        words.append({"text": normalise(token.group()),
                      "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
                      "size": style[0], "fontname": style[1]})
    return [w for w in words if w["text"]]


# pdfium marks the characters it adds (spaces, line ends) as generated: they are all white space.
_TOKEN_RE = re.compile(r"\S+")


def _split_words(handle, text: str, start: int, end: int, height: float, clipped_text: dict | None) -> list[dict]:
    """The words of ``text[start:end]`` (no white space), from each character's box."""
    box = raw.FS_RECTF()
    words: list[dict] = []
    current: list[tuple[int, float, float, float, float]] = []
    for i in range(start, end):
        if raw.FPDFText_IsGenerated(handle, i) == 1 or not raw.FPDFText_GetLooseCharBox(handle, i, box):
            continue
        left, right = box.left, box.right
        top, bottom = height - box.top, height - box.bottom
        if clipped_text and _clipped_out(handle, i, (left + right) / 2, (top + bottom) / 2, clipped_text):
            continue
        if current and _word_ends(current[-1], left, top, bottom):
            words.append(_word(handle, text, current, height))
            current = []
        current.append((i, left, right, top, bottom))
    if current:
        words.append(_word(handle, text, current, height))
    return words


# FPDFText_GetTextObject declared to return the bare address: asked for every word of a table
# page, and casting the typed pointer pdfium's binding returns costs more than the call.
_GET_TEXT_OBJECT_ADDRESS = ctypes.CFUNCTYPE(ctypes.c_void_p, *raw.FPDFText_GetTextObject.argtypes)(
    ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _text_object(textpage, index: int) -> int | None:
    """The address of the text object that drew a character (the key of ``clipped_text``)."""
    return _GET_TEXT_OBJECT_ADDRESS(textpage, index)


def _clipped_out(textpage, index: int, x: float, y: float, clipped_text: dict) -> bool:
    visible = clipped_text.get(_text_object(textpage, index))
    if visible is None:
        return False
    x0, top, x1, bottom = visible
    return not (x0 <= x <= x1 and top <= y <= bottom)


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
    elif kind == raw.FPDF_PAGEOBJ_TEXT and depth == 0:  # a form's clip is in the form's space
        visible = _visible_box(obj, height)
        if visible is not None:
            objects["clipped_text"][ctypes.cast(obj, ctypes.c_void_p).value] = visible
    elif kind == raw.FPDF_PAGEOBJ_PATH:
        fillmode, stroke = ctypes.c_int(), ctypes.c_int()
        raw.FPDFPath_GetDrawMode(obj, fillmode, stroke)
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


def _visible_box(obj, height: float) -> tuple[float, float, float, float] | None:
    """The box a text object's clipping path leaves visible (x0, top, x1,
    bottom), when the object reaches outside it; None when all of it shows."""
    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    xs: list[float] = []
    ys: list[float] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(raw.FPDFClipPath_CountPaths(clip)):
        for index in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
            segment = raw.FPDFClipPath_GetPathSegment(clip, path, index)
            if raw.FPDFPathSegment_GetPoint(segment, x, y):
                xs.append(x.value)
                ys.append(y.value)
    if not xs:
        return None
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return None
    clip_x0, clip_y0, clip_x1, clip_y1 = min(xs), min(ys), max(xs), max(ys)
    if (left.value >= clip_x0 - SAME_EDGE and right.value <= clip_x1 + SAME_EDGE
            and bottom.value >= clip_y0 - SAME_EDGE and top.value <= clip_y1 + SAME_EDGE):
        return None
    return (clip_x0, height - clip_y1, clip_x1, height - clip_y0)


def _matrix(obj) -> tuple:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: tuple, outer: tuple) -> tuple:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


# Out-parameters reused call after call (allocating them costs as much as the call).
# Out-parameters throughout are passed as the ctypes objects themselves, not ctypes.byref()
# of them: for a pointer argument ctypes passes the object's address either way, and takes
# the object itself in half the time it takes a byref.
_RGBA = tuple(ctypes.c_uint() for _ in range(4))


def _colour(getter, obj):
    if not getter(obj, *_RGBA):
        return None
    r, g, b, _a = _RGBA
    return (r.value / 255, g.value / 255, b.value / 255)


def _subpaths(obj, matrix: tuple) -> list[list[tuple[float, float]]]:
    """Each subpath's end points on the page (a Bézier curve's control points left out),
    a closed subpath ending where it began."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    # Looked up once, not per segment: a ruled page has thousands.
    get_segment, get_point = raw.FPDFPath_GetPathSegment, raw.FPDFPathSegment_GetPoint
    get_type, get_close = raw.FPDFPathSegment_GetType, raw.FPDFPathSegment_GetClose
    moveto, bezierto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
    subpaths: list[list[tuple[float, float]]] = []
    bezier_points = 0
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = get_segment(obj, i)
        get_point(segment, x, y)
        px, py = x.value, y.value
        point = (a * px + c * py + e, b * px + d * py + f)
        kind = get_type(segment)
        if kind == moveto or not subpaths:
            subpaths.append([point])
            bezier_points = 0
        elif kind == bezierto:
            bezier_points += 1
            if bezier_points % 3 == 0:
                subpaths[-1].append(point)
        else:
            subpaths[-1].append(point)
        if get_close(segment) and subpaths[-1][-1] != subpaths[-1][0]:
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
