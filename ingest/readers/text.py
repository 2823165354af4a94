"""Read TXT and Markdown papers, typically text exported from a PDF.

The exports this is built for keep one paragraph per line with blank lines
between, `- ` bullets (nested ` - `), tables as tab-separated lines (cells
sometimes still holding HTML fragments) and form feeds between pages.
Markdown conversions (pipe tables, `#` headings, `**bold**`, wrapped lines)
are read too.
"""
from __future__ import annotations

import codecs
import re
from collections import Counter
from itertools import groupby
from pathlib import Path
from typing import Iterable

from .. import bullets
from ..bullets import GLYPHS
from ..errors import IngestError
from ..model import Block, Document
from .cells import clean_cell, pad_rows, settle_table
from .structure import (
    KNOWN_HEADING_RE, LETTERED_RE, MAX_PLAIN_NUMBERED_HEADING_WORDS, MONTH_START_RE, NUMBERED_RE, ends_mid_clause,
    ends_sentence, finish, infer_headings, is_plain_heading, numbered_heading_level, strip_inline_markdown,
)

_BULLET_RE = re.compile(rf"^([ \t]*)(?:[-*+{GLYPHS}]|\u2013)[ \t]+(?=\S)(.*)$")
_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_PIPE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_SPLIT_RE = re.compile(r"(?<!\\)\|")
# The rule under a pipe table's header whose rows may lack the outer bars (GFM's `--- | ---`, a database console's
# `-----+-----`): dash runs joined by `|` or `+`, at least two columns.
_OPEN_PIPE_RULE_RE = re.compile(r"^\s*[|+]?\s*:?-{3,}:?\s*(?:[|+]\s*:?-{3,}:?\s*)+[|+]?\s*$")
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_BOLD_LINE_RE = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$")
# Video-transcript lines start with "00:01:02.160 ": noise, not text.
_TRANSCRIPT_TIME_RE = re.compile(r"^\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\s+")
_FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.S)
# A minute's reference before its title: "112.", "LSC/15", "PL / 101", "2026/18" (structure.NUMBERED_RE takes
# "4." and "4.2" only).  Not four figures and a stop: "2025. The ..." is a year ending a sentence.
_BRACKETED_RE = re.compile(r"\([^()]*\)")
_MINUTE_REFERENCE_RE = re.compile(r"^(?:(?:[A-Z]{1,6}\s?/\s?)?\d{1,4}/\d{1,4}|[A-Z]{1,6}\s?/\s?\d{1,4}|\d{3}\.)\s+(?=[A-Z])")
# A paragraph is cut at a sentence end once it is this long, so a file with
# no blank lines (a transcript) still gives passages a person can read.
MAX_PARAGRAPH_CHARS = 2000
# Stricter for a heading with body text right under it (no blank line): a
# wrapped paragraph's first line is long, a heading short.
MAX_UNSPACED_HEADING_CHARS = 60
# Share of control characters above which bytes are not text.
MAX_CONTROL_SHARE = 0.01


def _cp1252_fallback(error: UnicodeDecodeError):
    bad = error.object[error.start:error.end]
    chars = []
    for byte in bad:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))  # latin-1: the five bytes cp1252 leaves undefined
    return "".join(chars), error.end


codecs.register_error("committee_papers_cp1252", _cp1252_fallback)


def _utf16_without_bom(sample: bytes):
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Text from bytes in UTF-8 (BOM or not), UTF-16/32 with BOM, cp1252 or latin-1.

    Undecodable bytes in otherwise UTF-8 text are read as cp1252, so a file
    that mixes the two (a common result of copy and paste) keeps its `£` and `’`.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="committee_papers_cp1252")
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif encoding := _utf16_without_bom(data[:4096]):
        text = data.decode(encoding, errors="replace")
    else:
        text = data.decode("utf-8", errors="committee_papers_cp1252")
    controls = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or ch in "\x7f\ufffd")
    if "\x00" in text or controls > MAX_CONTROL_SHARE * max(len(text), 1):
        raise IngestError("not a text file (binary data, not UTF-8, UTF-16 or cp1252 text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Builder:
    """Turns lines into blocks; one instance per file."""

    def __init__(self):
        self.blocks: list[Block] = []
        self.single_line: set[int] = set()  # indexes of paragraphs that were one line
        self.bold_line: set[int] = set()    # ... that were one markdown **bold** line
        self.para: list[str] = []
        self.para_page = 1
        self.para_bold = False
        self.item: Block | None = None
        self.item_indent = 0  # how far in the current list item's bullet stands
        self.list_indents: list[int] = []
        self.table: list[list[str]] = []
        self.table_pages: list[int] = []
        self.table_header = None  # True/False when the format says (markdown), None to guess
        self.table_kind = None
        self.table_gap = False  # blank lines seen since the last row

    # -- flushing ---------------------------------------------------------
    def flush_paragraph(self):
        if self.para:
            text = self.para[0]
            for line in self.para[1:]:
                text = f"{text}{line}" if text.endswith("-") and line[:1].islower() else f"{text} {line}"
            if len(self.para) == 1:
                self.single_line.add(len(self.blocks))
                if self.para_bold:
                    self.bold_line.add(len(self.blocks))
            self.blocks.append(Block("paragraph", text, self.para_page))
            self.para = []
        self.item = None

    def flush_table(self):
        if not self.table:
            return
        rows = pad_rows(self.table)
        if len(rows) == 1 and sum(1 for c in rows[0] if c) <= 1:
            # A lone line indented with a tab is text, not a table.
            self.para, self.para_page = [" ".join(rows[0]).strip()], self.table_pages[0]
            self.table, self.table_pages = [], []
            self.flush_paragraph()
            return
        pages = list(self.table_pages)
        if self.table_header is False:
            caption, header = "", 0
        else:
            # A markdown separator marks the first row a header; otherwise the first rows are scored.
            kept, caption, header = settle_table(rows, 1 if self.table_header else 0)
            # Rows dropped (the caption, a header repeated on a later page) take their pages with them.
            pages = _pages_of(kept, rows, pages)
            rows = kept
        self.blocks.append(Block("table", page=pages[0] if pages else self.table_pages[0], rows=rows,
                                 header_rows=header, row_pages=pages, caption=caption))
        self.table, self.table_pages, self.table_header, self.table_kind = [], [], None, None
        self.table_gap = False

    def flush(self):
        self.flush_paragraph()
        self.flush_table()

    # -- lines ------------------------------------------------------------
    def table_row(self, cells: list[str], page: int, kind: str):
        self.flush_paragraph()
        self.list_indents = []
        if self.table_kind and self.table_kind != kind:
            self.flush_table()
        self.table_kind = kind
        self.table.append([clean_cell(strip_inline_markdown(c)) for c in cells])
        self.table_pages.append(page)

    def line(self, raw: str, page: int):
        stripped = raw.strip()
        if self.table:
            if not stripped:
                self.table_gap = True
                return
            if self.table_gap:
                # A table running over a page break stays one table; a blank
                # line within a page ends it.
                row = "\t" in raw or _PIPE_ROW_RE.match(raw)
                if not (row and page > self.table_pages[-1]):
                    self.flush_table()
                self.table_gap = False
        if "\t" in raw and stripped:
            self.table_row(raw.split("\t"), page, "tab")
            return
        if _PIPE_ROW_RE.match(raw):
            if _PIPE_SEPARATOR_RE.match(raw):
                if len(self.table) == 1 and self.table_kind == "pipe":
                    self.table_header = True
                return
            inner = stripped[1:-1]
            self.table_row([c.replace("\\|", "|") for c in _PIPE_SPLIT_RE.split(inner)], page, "pipe")
            return
        self.flush_table()
        if not stripped:
            self.flush_paragraph()
            return
        if _RULE_RE.match(raw):
            self.flush_paragraph()
            return
        raw = _TRANSCRIPT_TIME_RE.sub("", raw)
        stripped = raw.strip()
        if heading := _MD_HEADING_RE.match(raw):
            self.flush_paragraph()
            self.list_indents = []
            text = strip_inline_markdown(heading.group(2)).strip()
            if text:
                self.blocks.append(Block("heading", text, page, level=len(heading.group(1))))
            return
        if bullet := _BULLET_RE.match(raw):
            self.flush_paragraph()
            indent = len(bullet.group(1).expandtabs(4))
            while self.list_indents and indent < self.list_indents[-1]:
                self.list_indents.pop()
            if not self.list_indents or indent > self.list_indents[-1]:
                self.list_indents.append(indent)
            self.item = Block("list_item", strip_inline_markdown(bullet.group(2).strip()), page,
                              level=len(self.list_indents))
            self.item_indent = indent
            self.blocks.append(self.item)
            return
        text = strip_inline_markdown(stripped)
        if not text:
            return
        open_line = self.item.text if self.item is not None else (self.para[-1] if self.para else "")
        # A line after one ending mid-clause ("... by nine months, to") wraps it, even when
        # it opens with a number ("31 March 2026, at a cost of ...").
        starts_block = bool(NUMBERED_RE.match(text) or LETTERED_RE.match(text) or _BOLD_LINE_RE.match(stripped)) \
            and not ends_mid_clause(open_line)
        # A line standing further out than the item's own bullet (`            - X: £2,250` then `          Cllr Y left
        # the room.`) is the text the list sits in going on, not the item wrapped.
        outdented = self.item is not None and len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip()) < self.item_indent
        if self.item is not None and not starts_block and not outdented:
            # A wrapped line of a list item.
            self.item.text = f"{self.item.text} {text}"
            return
        if self.para and not starts_block and self._continues_paragraph(text):
            self.para.append(text)
            return
        self.flush_paragraph()
        self.list_indents = []
        self.para, self.para_page = [text], page
        self.para_bold = bool(_BOLD_LINE_RE.match(stripped))

    def _continues_paragraph(self, text: str) -> bool:
        last = self.para[-1]
        if sum(len(p) for p in self.para) > MAX_PARAGRAPH_CHARS and ends_sentence(last):
            return False
        if len(self.para) == 1 and text[:1].isupper() and (self.para_bold or _heading_like(last)):
            return False
        if ends_sentence(last) and not text[:1].islower():
            return False
        return True


def _pages_of(kept: list[list[str]], rows: list[list[str]], pages: list[int]) -> list[int]:
    """The page of each kept row (kept is rows less some rows, in order)."""
    out, i = [], 0
    for row in kept:
        while i < len(rows) and rows[i] is not row:
            i += 1
        out.append(pages[i] if i < len(pages) else pages[-1])
        i += 1
    return out


# -- tables laid out with spaces (`pdftotext -layout`, fixed-width reports) -------

_GAP_RE = re.compile(r"\S {2,}\S")
_MARKER_CELL_RE = re.compile(r"^(?:[-*•]|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\d{1,2}(?:\.\d{1,3})*\.?)$", re.I)
MIN_ALIGNED_LINES = 3


def bordered_pipe_rows(lines: list[str]) -> list[str]:
    """Lines with a pipe table whose rows lack the outer bars rewritten with them, its rule as a markdown separator.

    The table is known by its rule (``_OPEN_PIPE_RULE_RE``) right under a header line with as many `|` between its
    cells as the rule has joints; its rows are the lines after the rule with the same count, up to a blank line or a
    line without it (`Service | Supplier | Value` over `--------+----------+------`).  A line of prose with a bar in
    it, or bars without such a rule, stays as it is."""
    out = list(lines)
    for i, rule in enumerate(lines):
        if i == 0 or _PIPE_ROW_RE.match(lines[i - 1]) or not _OPEN_PIPE_RULE_RE.match(rule):
            continue
        inner_rule = rule.strip().strip("|+")
        joints = inner_rule.count("|") + inner_rule.count("+")
        header = lines[i - 1]
        if not header.strip() or _inner_bars(header) != joints:
            continue
        out[i - 1] = _with_outer_bars(header)
        out[i] = "|" + "|".join(" --- " for _ in range(joints + 1)) + "|"
        for j in range(i + 1, len(lines)):
            if not lines[j].strip() or _PIPE_ROW_RE.match(lines[j]) or _inner_bars(lines[j]) != joints:
                break
            out[j] = _with_outer_bars(lines[j])
    return out


def _inner_bars(line: str) -> int:
    """How many unescaped `|` stand inside ``line`` (its outer bars, if any, aside)."""
    return len(_PIPE_SPLIT_RE.findall(line.strip().strip("|")))


def _with_outer_bars(line: str) -> str:
    return "| " + line.strip().strip("|").strip() + " |"


# A column of cells this short on most lines marks a table, not two columns of prose.
SHORT_CELL_CHARS = 25


def aligned_to_tabs(lines: list[str]) -> list[str]:
    """Lines with runs of space-aligned columns rewritten as tab-separated rows.

    A run of three or more lines (no blank between) that share a gutter, a vertical band
    at least two spaces wide with text either side, is a table; a line whose first column
    is empty continues the row above (a wrapped cell).  Two columns of prose, or numbered
    paragraphs indented past their numbers, stay text.
    """
    out: list[str] = []
    block: list[str] = []

    def close():
        out.extend(_aligned_block(block))
        block.clear()

    for line in lines:
        if line.strip() and "\t" not in line and not _PIPE_ROW_RE.match(line):
            block.append(line)
        else:
            close()
            out.append(line)
    close()
    return out


def _aligned_block(block: list[str]) -> list[str]:
    gapped = [i for i, line in enumerate(block) if _GAP_RE.search(line.strip())]
    if len(gapped) < MIN_ALIGNED_LINES:
        return list(block)
    first, last = gapped[0], gapped[-1]
    # The table's last row may wrap (a cell going on, indented, on the next line) or close with a rule.
    left_edge = min(_indent(line) for line in block[first:last + 1])
    while last + 1 < len(block) and (_RULE_LINE_RE.match(block[last + 1])
                                     or _indent(block[last + 1]) > left_edge + 2
                                     and _within_columns(block[last + 1], block[first:last + 1])):
        last += 1
    run = block[first:last + 1]
    if len(gapped) < 0.5 * len(run):
        return list(block)
    rows = _split_at_gutters(run)
    if rows is None:
        rows = _split_at_wide_gaps(run)
    if rows is None:
        return list(block)
    return block[:first] + ["\t".join(row) for row in rows] + block[last + 1:]


def _indent(line: str) -> int:
    """How many white-space characters open ``line``."""
    return len(line) - len(line.lstrip())


def _within_columns(line: str, rows: list[str]) -> bool:
    """Whether an indented line goes on with a cell of the rows above: it sets no character where every row is
    blank (a note under the table, `      Figures exclude VAT ...`, runs across the gutters and past the rows)."""
    return all(char == " " or any(p < len(row) and row[p] != " " for row in rows) for p, char in enumerate(line))


def _split_at_gutters(run: list[str]) -> list[list[str]] | None:
    # Rule lines (`-----   -----`) draw the columns; they are no row, and a full-width one hides no gutter.
    rules = [line for line in run if _RULE_LINE_RE.match(line)]
    run = [line for line in run if not _RULE_LINE_RE.match(line)]
    if not run:
        return None
    width = max(len(line) for line in run)
    indent = min(_indent(line) for line in run)
    blank = [all(p >= len(line) or line[p] == " " for line in run) for p in range(width)]
    starts = _ruled_starts(rules, blank, indent, width)
    p = width if starts else indent
    while p < width:
        if blank[p]:
            q = p
            while q < width and blank[q]:
                q += 1
            if q - p >= 2 and q < width and p > indent:
                starts.append(q)
            p = q
        else:
            p += 1
    if not starts:
        return None
    bounds = [indent] + starts + [width]
    rows: list[list[str]] = []
    for line in run:
        cells = [line[a:b].strip() for a, b in zip(bounds, bounds[1:])]
        # A wrapped cell goes on below: the first column empty, or going on in lower case.
        if rows and (not cells[0] or (cells[0][:1].islower() and not rows[-1][0].endswith((".", ":")))):
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    if sum(1 for row in rows if sum(1 for c in row if c) >= 2) < 2:
        return None
    if len(bounds) == 3 and all(_MARKER_CELL_RE.match(row[0]) for row in rows):
        return None  # numbered paragraphs with their text indented past the number
    columns = list(zip(*[[line[a:b].strip() for a, b in zip(bounds, bounds[1:])] for line in run]))
    if not any(_mostly_short(column) for column in columns):
        return None  # two columns of prose side by side
    return rows


# Cells this many spaces or more apart are columns even where they do not line up: tab-separated rows whose tabs
# an exporter or editor turned into spaces.  Two spaces are too few: typists still put two after a full stop.
WIDE_GAP_SPACES = 3
_WIDE_GAP_RE = re.compile(rf" {{{WIDE_GAP_SPACES},}}")
# A cell ending like a sentence: wide spaces between sentences of prose, not between cells.
_SENTENCE_END_RE = re.compile(r"[.!?][\"')\u2019\u201d]?$")


def _split_at_wide_gaps(run: list[str]) -> list[list[str]] | None:
    """Rows of a table whose cells stand apart by wide gaps that do not line up (`Site    Contractor    Value`
    over `Riverside park paths    Tollgate Surfacing    £58,200`), when no gutter runs down the lines.

    Every line must start at the same margin and split into the same number of cells (no wrapped cell can be told
    from a row here), a column
    must be mostly short, fewer than half the cells before a gap may end like a sentence, and numbered paragraphs
    stay text, as for lined-up columns."""
    if any(_RULE_LINE_RE.match(line) for line in run):
        return None  # a ruled table lines its columns up; its gutters, not its gaps, place them
    if len({_indent(line) for line in run}) > 1:
        return None  # rows that do not line up still start at one margin; a hanging indent is a label's list
    rows = [_WIDE_GAP_RE.split(line.strip()) for line in run]
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows):
        return None
    before_gaps = [cell for row in rows for cell in row[:-1]]
    if 2 * sum(1 for cell in before_gaps if _SENTENCE_END_RE.search(cell)) >= len(before_gaps):
        return None
    if width == 2 and all(_MARKER_CELL_RE.match(row[0]) for row in rows):
        return None
    if not any(_mostly_short(column) for column in zip(*rows)):
        return None
    return rows


# A line of dash or equals runs only: the rule under a fixed-width table's header or above its total.
_RULE_LINE_RE = re.compile(r"^\s*[-=_]{3,}(?:\s+[-=_]{3,})*\s*$")


def _ruled_starts(rules: list[str], blank: list[bool], indent: int, width: int) -> list[int]:
    """Where columns start, read from a rule line of two or more dash runs (`------   -------`): one per
    run after the first.  A cell may run into the gap between two runs (`Care at home - north and
    islands` over a 32-dash rule), leaving a gutter one space wide, so each column starts after the
    last space blank on every line within that gap; a gap no line leaves blank joins its two columns."""
    runs = max(([m.span() for m in re.finditer(r"[-=_]+", rule)] for rule in rules), key=len, default=[])
    starts = []
    for (_a, gap_start), (gap_end, run_end) in zip(runs, runs[1:]):
        # The gap's own spaces first, nearest the next run; then, for a cell overflowing the whole gap,
        # the first space within the next run (a right-aligned figure leaves one).
        for position in [*range(gap_end, gap_start, -1), *range(gap_end + 1, run_end)]:
            if indent < position - 1 < width and blank[position - 1]:
                if position < width:
                    starts.append(position)
                break
    return starts


def _mostly_short(column) -> bool:
    filled = [c for c in column if c]
    return bool(filled) and sum(len(c) <= SHORT_CELL_CHARS for c in filled) >= 0.6 * len(filled)


def _heading_like(text: str) -> bool:
    """A line that, followed by a capitalised line with no blank between, ends its block."""
    if _minute_title(text):
        return True
    if len(text) > MAX_UNSPACED_HEADING_CHARS:
        return False
    return bool(numbered_heading_level(text) or KNOWN_HEADING_RE.match(text) or is_plain_heading(text))


def _minute_title(text: str) -> bool:
    """A minute's title after its reference, which numbered_heading_level does not take: a three-figure
    number with a stop ("112. Village hall car park"), or a reference with a stroke ("LSC/15 Review of a driver's
    licence (Driver B)", "2026/18 Finance"); the title short, capitalised, not a date, not ending a sentence and not
    broken off mid-clause ("2025. The Council agreed to review the charges after")."""
    match = _MINUTE_REFERENCE_RE.match(text)
    if not match:
        return False
    title = text[match.end():]
    # A bracketed qualifier ("(Driver B)", "(NP/26/0044)") adds no words to the title's length.
    words = _BRACKETED_RE.sub(" ", title).split()
    return (len(title) <= MAX_UNSPACED_HEADING_CHARS and len(words) <= MAX_PLAIN_NUMBERED_HEADING_WORDS
            and not ends_sentence(title) and not ends_mid_clause(title) and not MONTH_START_RE.match(title))


def _front_matter(text: str) -> tuple[dict, str]:
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        return {}, text
    properties = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in ("title", "author", "date", "committee"):
            properties[key.strip().lower()] = value.strip().strip("'\"")
    return properties, text[match.end():]


# A line that is only a page footer: "Page 3", "Page 3 of 12", "**Page 3 of 12**".
_PAGE_FOOTER_RE = re.compile(r"^[\s*_]*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?[\s*_]*$", re.I)


def split_at_page_footers(text: str) -> list[str]:
    """Pages of an export without form feeds, cut after each page-footer line.

    Bundles restart their numbering with every paper, so the footers are
    counted, not read: page N of the file is the Nth page that ended.
    """
    pages, current = [], []
    for line in text.split("\n"):
        if _PAGE_FOOTER_RE.match(line):
            pages.append("\n".join(current))
            current = []
        else:
            current.append(line)
    pages.append("\n".join(current))
    return pages


def digits_as_one(text: str) -> str:
    """``text`` with each run of digits as one "0": a page's footer on every page ("Page 1 of 2", "Page 2 of 2") the
    same line."""
    return "".join("0" if digits else "".join(run) for digits, run in groupby(text, str.isdigit))


def running_lines(lines: Iterable[str]) -> set[str]:
    """(d41) The page furniture of an export without its pages' frames: the lines it repeats (digits aside) that end
    no sentence or label, a page's header or footer printed between the items ("APPLICATION NUMBER - 24/0456/FUL",
    "Kelsham District Council - Page 1 of 2"), each as digits_as_one writes it (is_running_line asks of a line).
    The text reader's counterpart of pdf_layout.remove_running_lines; a reader of passages skips them itself."""
    counts = Counter(digits_as_one(line) for line in lines if not line.endswith((".", ":")))
    return {line for line, count in counts.items() if count > 1 and line}


def is_running_line(line: str, running: set[str]) -> bool:
    """Whether ``line`` is one of the ``running`` lines (running_lines) of its export."""
    return digits_as_one(line) in running


# An element export of a PDF (one line per text element, "Text: ..." or "Image: ..."): an element
# that repeats itself ("Text: Part 2 Part 2") is a heading-like context, and the exporter prefixes
# every later element under it with that context ("Text: Part 2 1. The works shall ...").
_ELEMENT_LINE_RE = re.compile(r"^(Text|Image):[ \t]+(.*\S)\s*$")
MIN_ELEMENT_LINE_SHARE = 0.6


def _doubled(text: str) -> str | None:
    """The text an element repeats twice over ("Notes Notes" -> "Notes"), or None."""
    half, rest = divmod(len(text) - 1, 2)
    if rest or half < 1 or text[half] != " ":
        return None
    return text[:half] if text[:half] == text[half + 1:] else None


def unwrap_element_export(text: str) -> str:
    """An element export as plain paragraphs: each element its own paragraph, its repeated
    context given once (as its own line) and cut from the elements under it; image
    elements (their alternative text repeats a nearby heading) dropped.  Other text unchanged."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    matches = [_ELEMENT_LINE_RE.match(line) for line in lines]
    if not filled or sum(1 for m in matches if m) < MIN_ELEMENT_LINE_SHARE * len(filled):
        return text
    out, context = [], None
    for line, match in zip(lines, matches):
        if not match:
            out.append(line)
            continue
        kind, body = match.groups()
        if kind == "Image":
            continue
        repeated = _doubled(body)
        if repeated is not None:
            context = repeated
            out += [repeated, ""]
            continue
        if context and body.startswith(context + " "):
            body = body[len(context) + 1:].lstrip()
        out += [body, ""]
    return "\n".join(out)


# A Markdown export may hold a block of HTML as it came from the web page (a WordPress post's minutes table):
# a line opening one of these tags starts it (the tag's attributes may run on to the next line), and it runs to the
# line that closes it.
_HTML_BLOCK_OPEN_RE = re.compile(r"^\s{0,3}<(table|div|ul|ol|dl|blockquote)\b", re.I)


def _html_block_end(lines: list[str], start: int, tag: str) -> int | None:
    """The index of the line closing the HTML block ``tag`` that opens at ``lines[start]``, or None if none does."""
    opened = re.compile(rf"<{tag}\b", re.I)
    closed = re.compile(rf"</{tag}\s*>", re.I)
    depth = 0
    for index in range(start, len(lines)):
        depth += len(opened.findall(lines[index])) - len(closed.findall(lines[index]))
        if depth <= 0:
            return index
    return None


def _add_html_block(builder: "_Builder", markup: str, page: int) -> None:
    from .html import fragment_blocks  # html reads its bytes with this module's decode
    builder.flush()
    blocks, standalone, bold = fragment_blocks(markup)
    offset = len(builder.blocks)
    for block in blocks:
        block.page = page
        block.row_pages = [page] * len(block.rows)
    builder.blocks.extend(blocks)
    builder.single_line.update(offset + index for index in standalone)
    builder.bold_line.update(offset + index for index in bold)


def parse_text(text: str, markdown: bool = False) -> tuple[list[Block], int, dict]:
    """Blocks, page count and properties of decoded text."""
    properties, text = _front_matter(text) if markdown else ({}, text)
    text = unwrap_element_export(text)
    pages = text.split("\f") if "\f" in text else split_at_page_footers(text)
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    builder = _Builder()
    for number, page_text in enumerate(pages, start=1):
        lines = aligned_to_tabs(bordered_pipe_rows(page_text.split("\n")))
        index = 0
        while index < len(lines):
            opening = _HTML_BLOCK_OPEN_RE.match(lines[index]) if markdown else None
            end = _html_block_end(lines, index, opening.group(1)) if opening else None
            if end is not None:
                _add_html_block(builder, "\n".join(lines[index:end + 1]), number)
                index = end + 1
                continue
            builder.line(bullets.normalise(lines[index]), number)
            index += 1
        # Paragraphs do not run across pages here: the shared rejoin rule
        # stitches a sentence a page break cut.
        builder.flush_paragraph()
    builder.flush()
    blocks = finish(infer_headings(builder.blocks, builder.single_line, builder.bold_line))
    if markdown and "title" not in properties:
        first = next((b for b in blocks if b.kind != "heading" or b.level == 1), None)
        if first is not None and first.kind == "heading":
            properties["title"] = first.text
    return blocks, len(pages), properties


def read(path) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    text = decode(data)
    blocks, pages, properties = parse_text(text, markdown=path.suffix.lower() == ".md")
    return Document(path=str(path), filename=path.name, format="text", pages=pages,
                    blocks=blocks, properties=properties)
