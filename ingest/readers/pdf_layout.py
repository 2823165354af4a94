"""Turn a PDF's lines and table pieces into blocks, the way a person reads the page.

Running headers and footers go first; then lines are grouped into headings,
numbered paragraphs and list items by their markers, fonts and spacing, and
table pieces that continue over a page break are stitched into one table.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Union

from ..bullets import GLYPHS
from ..model import Block
from .pdf_hyphens import join_wrapped, vocabulary
from .pdf_lines import Line
from .cells import CAPTION_RE, spanning_text
from .pdf_tables import TablePiece, table_head
from .structure import NUMBERED_RE, ends_sentence, finish, infer_headings, numbered_heading_level

Item = Union[Line, TablePiece]

# Top and bottom bands of a page where running headers and footers live.
BAND = 0.12
_PAGE_NUMBER_RE = re.compile(
    r"^(?:page\s*#+(?:\s*(?:of|/)\s*#+)?|#+\s*(?:of|/)\s*#+|[-\u2013(]?\s*#+\s*[-\u2013)]?|[ivxlc]+)$", re.I)
_GLYPH_BULLET_RE = re.compile(rf"^(?:[{GLYPHS}*\-\u2013]|o(?=\s))\s+(?=\S)")
_LABEL_BULLET_RE = re.compile(r"^\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s+(?=\S)")
# A heading is at least this many points bigger than body text.
HEADING_SIZE_STEP = 1.4
MAX_HEADING_WORDS = 14
# A line pitch is at least the font size (closer lines overlap), and a spacing is regular when it
# is seen at least this share as often as the commonest.
MIN_LINE_PITCH = 1.0
PITCH_SHARE = 0.1
PARAGRAPH_GAP = 1.3
# A line reaching this far towards the page's right text edge was wrapped.
WRAP_FRACTION = 0.85


def _running_key(text: str) -> str:
    # A footer read with its page number on the same line is the same footer.
    key = re.sub(r"\d+", "#", " ".join(text.lower().split()))
    if _PAGE_NUMBER_RE.match(key):
        return key
    return re.sub(r" (?:page )?#(?: of #)?$", "", key)


def remove_running_lines(pages: list[list[Item]], heights: list[float],
                         removed: list[str] | None = None) -> list[list[Item]]:
    """Drop page numbers and lines repeated in the top or bottom band of most pages;
    each distinct running line (not a page number) is added to ``removed`` as written."""
    counts: Counter = Counter()
    banded: list[list[tuple[int, str, str]]] = []
    for items, height in zip(pages, heights):
        marks = []
        for i, item in enumerate(items):
            if not isinstance(item, Line):
                continue
            band = "top" if item.top < BAND * height else "bottom" if item.bottom > (1 - BAND) * height else None
            if band:
                marks.append((i, band, _running_key(item.text)))
        banded.append(marks)
        counts.update({(band, key) for _, band, key in marks})
    needed = max(2, math.ceil(0.5 * len(pages)))
    out = []
    seen: set[str] = set()  # running lines given in ``removed`` (once, with their first page number)
    for items, marks in zip(pages, banded):
        drop = {i for i, band, key in marks
                if _PAGE_NUMBER_RE.match(key) or len(pages) > 1 and counts[(band, key)] >= needed}
        if removed is not None:
            for i, _band, key in marks:
                if i in drop and not _PAGE_NUMBER_RE.match(key) and key not in seen:
                    seen.add(key)
                    removed.append(" ".join(items[i].text.split()))
        out.append([item for i, item in enumerate(items) if i not in drop])
    return out


def _body_size(lines: list[Line]) -> float:
    sizes = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _line_pitch(lines: list[Line], body: float) -> float:
    """The usual top-to-top distance of two lines in one paragraph, as a multiple of the font size.

    The closest spacing seen often enough, not the commonest: on a page of one-line paragraphs
    (cover fields, short minutes) the gap between paragraphs is commoner than a wrapped line's
    pitch, and taking it would run every paragraph into the next."""
    ratios = Counter()
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and a.size == b.size == body and b.top > a.top:
            ratios[round((b.top - a.top) / body, 1)] += 1
    if not ratios:
        return 1.2
    commonest, most = ratios.most_common(1)[0]
    regular = [ratio for ratio, count in ratios.items() if ratio >= MIN_LINE_PITCH and count >= PITCH_SHARE * most]
    closest = min(regular, default=commonest)
    # Spacings a little apart (1.1 and 1.2) are one pitch measured with rounding; only a spacing
    # a paragraph gap wider than the closest is a gap taken for the pitch.
    return closest if closest * PARAGRAPH_GAP <= commonest else commonest


def _starts_item(text: str) -> bool:
    return bool(_GLYPH_BULLET_RE.match(text) or _LABEL_BULLET_RE.match(text))


def _numbered_behind_bullet(text: str) -> bool:
    """`• 1.1 That ...`: a numbered paragraph a template decorated with a bullet."""
    glyph = _GLYPH_BULLET_RE.match(text)
    number = glyph and NUMBERED_RE.match(text[glyph.end():])
    return bool(number and "." in number.group(0))


class _Builder:
    def __init__(self, lines: list[Line]):
        self.body = _body_size(lines)
        self.pitch = _line_pitch(lines, self.body)
        self.words = vocabulary(line.text for line in lines)
        bigger = sorted({l.size for l in lines if l.size >= self.body + HEADING_SIZE_STEP}, reverse=True)
        self.heading_levels = {size: min(i + 1, 3) for i, size in enumerate(bigger)}
        self.right_edge: dict[int, float] = {}
        for line in lines:
            if line.size == self.body:
                self.right_edge[line.page] = max(self.right_edge.get(line.page, 0.0), line.x1)
        self.blocks: list[Block] = []
        self.line_counts: list[int] = []
        self.all_bold: list[bool] = []
        self.last: Line | None = None
        self.last_table: TablePiece | None = None

    def _is_heading_line(self, line: Line) -> bool:
        if len(line.text.split()) > MAX_HEADING_WORDS:
            return False
        if line.size in self.heading_levels:
            return True
        return line.bold and line.size >= self.body - 0.5 and not line.text.endswith((".", ","))

    def _continues(self, line: Line, kind: str) -> bool:
        last = self.last
        if last is None or not self.blocks or self.blocks[-1].kind == "table":
            return False
        if last.page != line.page:
            return False  # structure.finish rejoins a sentence split by a page break
        pitch = line.top - last.top
        if pitch <= 0 or pitch > (self.pitch + 0.35) * max(line.size, last.size):
            return False
        if kind == "heading":
            return self.blocks[-1].kind == "heading" and line.size == last.size and line.bold == last.bold
        if self.blocks[-1].kind == "heading" or kind == "list_item":
            return False
        number = NUMBERED_RE.match(line.text)
        # "40 per cent ..." wrapped onto a new line is not section 40.
        if number and ("." in number.group(0) or ends_sentence(self.blocks[-1].text)):
            return False
        return line.size == last.size or abs(line.size - last.size) < 1

    def _wraps_bold_line(self, line: Line) -> bool:
        """A bold paragraph (often a recommendation) wrapped onto this line:
        its short lines must not each become a heading."""
        last = self.last
        if last is None or not self.blocks or self.blocks[-1].kind == "table" or not (last.bold and line.bold):
            return False
        return (last.page == line.page and last.size == line.size and last.size not in self.heading_levels
                and last.x1 >= WRAP_FRACTION * self.right_edge.get(line.page, last.x1)
                and 0 < line.top - last.top <= (self.pitch + 0.35) * line.size
                and not NUMBERED_RE.match(line.text) and not _starts_item(line.text))

    def add_line(self, line: Line):
        if _numbered_behind_bullet(line.text):
            line.text = _GLYPH_BULLET_RE.sub("", line.text)
        if self._wraps_bold_line(line):
            if self.blocks[-1].kind == "heading":
                self.blocks[-1].kind, self.blocks[-1].level = "paragraph", 0
            self.blocks[-1].text = join_wrapped(self.blocks[-1].text, line.text, self.words)
            self.line_counts[-1] += 1
            self.last = line
            return
        heading = self._is_heading_line(line)
        kind = "heading" if heading else "list_item" if _starts_item(line.text) else "paragraph"
        if self._continues(line, kind):
            self.blocks[-1].text = join_wrapped(self.blocks[-1].text, line.text, self.words)
            self.line_counts[-1] += 1
            self.all_bold[-1] = self.all_bold[-1] and line.bold
        else:
            text = _GLYPH_BULLET_RE.sub("", line.text) if kind == "list_item" else line.text
            level = self.heading_levels.get(line.size, 2) if heading else 0
            if heading and (depth := numbered_heading_level(text)):
                level = depth
            self.blocks.append(Block(kind, text, page=line.page, level=level))
            self.line_counts.append(1)
            self.all_bold.append(line.bold)
        self.last = line
        self.last_table = None

    def add_table(self, piece: TablePiece, previous_page_ended_with_table: bool):
        previous = self.blocks[-1] if self.blocks else None
        if (previous is not None and previous.kind == "table" and previous_page_ended_with_table
                and self.last_table is not None and piece.page == self.last_table.page + 1
                and _same_columns(self.last_table, piece)):
            rows = piece.rows
            pages = piece.row_pages
            if rows and previous.caption and spanning_text(rows[0]) is not None \
                    and (_norm(spanning_text(rows[0])) == _norm(previous.caption) or CAPTION_RE.match(rows[0][0])):
                rows, pages = rows[1:], pages[1:]  # the caption repeated (`Table 3 (continued)`)
            count = previous.header_rows
            if count and [_norm_row(r) for r in rows[:count]] == [_norm_row(r) for r in previous.rows[:count]]:
                rows, pages = rows[count:], pages[count:]  # the header repeated on the new page
            previous.rows.extend(rows)
            previous.row_pages.extend(pages)
        else:
            caption, header = table_head(piece.rows, piece.styled_header)
            self.blocks.append(Block("table", page=piece.page, rows=[list(r) for r in piece.rows[caption:]],
                                     header_rows=header, row_pages=list(piece.row_pages[caption:]),
                                     caption=" ".join(spanning_text(r) or "" for r in piece.rows[:caption])))
            self.line_counts.append(0)
            self.all_bold.append(False)
        self.last_table = piece
        self.last = None


def _norm(cell: str) -> str:
    return " ".join(cell.split()).lower()


def _norm_row(row: list[str]) -> list[str]:
    return [_norm(c) for c in row]


def _same_columns(a: TablePiece, b: TablePiece, tolerance: float = 3.0) -> bool:
    return len(a.columns) == len(b.columns) and all(abs(x - y) <= tolerance for x, y in zip(a.columns, b.columns)) \
        and len(a.rows[0]) == len(b.rows[0])


def build_blocks(pages: list[list[Item]]) -> list[Block]:
    lines = [item for items in pages for item in items if isinstance(item, Line)]
    builder = _Builder(lines)
    ended_with_table = False
    for items in pages:
        for position, item in enumerate(items):
            if isinstance(item, TablePiece):
                builder.add_table(item, ended_with_table and position == 0)
            else:
                builder.add_line(item)
        ended_with_table = bool(items) and isinstance(items[-1], TablePiece)
    blocks = builder.blocks
    standalone = {i for i, n in enumerate(builder.line_counts) if n == 1}
    bold = {i for i, b in enumerate(builder.all_bold) if b}
    styled = {id(b) for b in blocks if b.kind == "heading"}
    blocks = infer_headings(blocks, standalone, bold)
    for block in blocks:
        # "2.1 Cabinet is asked to:" in body type introduces a list; it is not a title.
        if block.kind == "heading" and id(block) not in styled and block.text.rstrip().endswith(":"):
            block.kind, block.level = "paragraph", 0
    return finish(blocks)
