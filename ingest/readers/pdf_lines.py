"""Text lines of a PDF page, from pdfium's text (prose pages) or from words (table pages).

Both give the same :class:`Line` (text, position, font size, bold), so the
block rules in :mod:`pdf_layout` never know which one was used.
"""
from __future__ import annotations

import ctypes
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from .. import bullets

# pypdfium2 puts this where a line ended in a hyphen; pdfplumber keeps "-".
PDFIUM_HYPHEN = "\ufffe"
LINE_TOLERANCE = 2.5  # points: words whose tops differ by less share a line
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi", re.I)


@dataclass
class Line:
    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    # Horizontal runs of text separated by wide gaps: >1 means aligned columns.
    segments: int = 1


def normalise(text: str) -> str:
    # A bullet set in a symbol font (U+F0B7, "(cid:127)") becomes "•", as the lists expect.
    text = bullets.normalise(text)
    text = " ".join(text.replace(PDFIUM_HYPHEN, "-").replace("\xa0", " ").split())
    # A soft hyphen shows only where a line breaks.
    if text.endswith("\u00ad"):
        text = text[:-1] + "-"
    return text.replace("\u00ad", "")


def is_bold(fontname: str) -> bool:
    # Subset fonts are named "ABCDEF+Arial-BoldMT".
    return bool(_BOLD_RE.search(fontname.split("+")[-1]))


# -- pypdfium2 ---------------------------------------------------------------

# Out-parameters reused call after call: these calls run for every word and
# line, and allocating them costs as much as the call itself.  Passed as they
# are (ctypes passes their address), which is quicker than a ctypes.byref().
_FONT_NAME = ctypes.create_string_buffer(128)
_FONT_FLAGS = ctypes.c_int()


@functools.cache
def _matrix_buffer():
    import pypdfium2.raw as raw

    return raw.FS_MATRIX()


def font_name(textpage, index: int) -> str:
    import pypdfium2.raw as raw

    raw.FPDFText_GetFontInfo(textpage, index, _FONT_NAME, 128, _FONT_FLAGS)
    return _FONT_NAME.value.decode("latin-1", "replace")


# pdfium ends a line broken at a hyphen with PDFIUM_HYPHEN and no
# newline: that marker ends the line too.
_LINE_RE = re.compile(r"[^\r\n\ufffe]+\ufffe?")


def _page_lines(textpage):
    """(match, cleaned text) of each line of pdfium's text that has any text."""
    count = textpage.count_chars()
    if count <= 0:
        return
    for match in _LINE_RE.finditer(textpage.get_text_range(0, count)):
        cleaned = normalise(match.group())
        if cleaned:
            yield match, cleaned


def has_lines(textpage) -> bool:
    """Whether :func:`pdfium_lines` finds any line on the page, without measuring one."""
    return next(_page_lines(textpage), None) is not None


def pdfium_lines(textpage, height: float, page_number: int, gap_factor: float = 0.8) -> list[Line]:
    """Lines of one page in content-stream order (two-column pages read column by column)."""
    lines: list[Line] = []
    handle = textpage.raw  # the bare handle: pypdfium2's methods cost more than the calls they make
    for match, cleaned in _page_lines(textpage):
        raw_line, start = match.group(), match.start()
        first = start + (len(raw_line) - len(raw_line.lstrip()))
        last = start + len(raw_line.rstrip()) - 1
        rects = _rects(handle, start, len(raw_line))
        # pdfium draws a box per text object, and one object has one size.
        size = char_size(handle, first) if len(rects) == 1 else _dominant_size(handle, first, last)
        left, bottom, right, top = _char_box(handle, first)
        if rects:
            left = min(r[0] for r in rects)
            right = max(r[2] for r in rects)
            top = max(top, max(r[3] for r in rects))
            bottom = min(bottom, min(r[1] for r in rects))
        lines.append(Line(
            text=cleaned, page=page_number, x0=left, top=height - top, x1=right,
            bottom=height - bottom, size=round(size, 1),
            bold=is_bold(font_name(handle, first)) and is_bold(font_name(handle, last)),
            segments=_segments(rects, size * gap_factor),
        ))
    return lines


# left, top, right, bottom: out-parameters of the box calls, reused.
_SIDES = tuple(ctypes.c_double() for _ in range(4))


def _rects(handle, start: int, count: int) -> list[tuple[float, float, float, float]]:
    """pdfium's boxes over ``count`` characters from ``start``, each (left, bottom, right,
    top): pypdfium2's ``count_rects`` and ``get_rect`` by pdfium's bare calls."""
    import pypdfium2.raw as raw
    from pypdfium2 import PdfiumError

    total = raw.FPDFText_CountRects(handle, start, count)
    if total == -1:
        raise PdfiumError("Failed to count rectangles.")
    left, top, right, bottom = _SIDES
    rects = []
    for i in range(total):
        if not raw.FPDFText_GetRect(handle, i, left, top, right, bottom):
            raise PdfiumError("Failed to get rectangle.")
        rects.append((left.value, bottom.value, right.value, top.value))
    return rects


def _char_box(handle, index: int) -> tuple[float, float, float, float]:
    """A character's tight box (left, bottom, right, top): pypdfium2's ``get_charbox`` by the bare call."""
    import pypdfium2.raw as raw
    from pypdfium2 import PdfiumError

    left, top, right, bottom = _SIDES
    if not raw.FPDFText_GetCharBox(handle, index, left, right, bottom, top):
        raise PdfiumError("Failed to get charbox.")
    return left.value, bottom.value, right.value, top.value


def char_size(textpage, index: int) -> float:
    """A character's size on the page: its font size scaled by its text matrix
    (some writers set 17 pt text in a matrix that halves it), as pdfplumber
    measures it."""
    import pypdfium2.raw as raw

    matrix = _matrix_buffer()
    size = raw.FPDFText_GetFontSize(textpage, index)
    if raw.FPDFText_GetMatrix(textpage, index, matrix):
        scale = math.hypot(matrix.c, matrix.d)
        if scale > 0:
            size *= scale
    return size


def _dominant_size(textpage, first: int, last: int, samples: int = 7) -> float:
    """The font size of most of a line (a bullet glyph is often bigger than its text)."""
    step = max(1, (last - first) // (samples - 1))
    sizes = [round(char_size(textpage, i), 1) for i in range(first, last + 1, step)]
    if min(sizes) == max(sizes):
        return sizes[0]
    return max(Counter(sizes).items(), key=lambda kv: (kv[1], -kv[0]))[0]


def _segments(rects, gap: float) -> int:
    if len(rects) < 2:
        return 1
    spans = sorted((r[0], r[2]) for r in rects)
    count, right = 1, spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - right > gap:
            count += 1
        right = max(right, x1)
    return count


# -- words (table pages) --------------------------------------------------------

def group_lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines, top to bottom, each line left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        # A bullet in another font stands a little lower or higher than its
        # text: sharing the top or the bottom puts it on the line.
        if lines and (abs(lines[-1][0]["top"] - word["top"]) <= LINE_TOLERANCE
                      or abs(lines[-1][0]["bottom"] - word["bottom"]) <= LINE_TOLERANCE):
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


def word_lines(words: list[dict], page_number: int, gap_factor: float = 0.8) -> list[Line]:
    out = []
    for words_in_line in group_lines(words):
        first = words_in_line[0]
        text = normalise(" ".join(w["text"] for w in words_in_line))
        if not text:
            continue
        sizes = Counter()
        for word in words_in_line:
            sizes[round(word["size"], 1)] += len(word["text"])
        size = max(sizes.items(), key=lambda kv: (kv[1], -kv[0]))[0]
        segments = 1
        for left, right in zip(words_in_line, words_in_line[1:]):
            if right["x0"] - left["x1"] > size * gap_factor:
                segments += 1
        out.append(Line(
            text=text, page=page_number, x0=first["x0"], top=min(w["top"] for w in words_in_line),
            x1=max(w["x1"] for w in words_in_line), bottom=max(w["bottom"] for w in words_in_line),
            size=size, bold=is_bold(first["fontname"]) and is_bold(words_in_line[-1]["fontname"]), segments=segments,
        ))
    return out
