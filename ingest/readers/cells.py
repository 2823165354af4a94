"""Clean table cells and find a table's caption and header rows.

Shared by the text, HTML and DOCX readers.  Papers exported from PDF or a
CMS often carry HTML fragments inside table cells (``<p>..</p> <p>..</p>``,
``<ul style=...> • item • item``); a cell becomes plain text with one line per
paragraph or list item, so downstream code sees the same cell text whichever
format the paper came in.
"""
from __future__ import annotations

import html
import re

from ..bullets import GLYPHS

# Characters used as list bullets inside cells; the bullet itself is dropped.
BULLETS = GLYPHS + "·✓-"
_INLINE_BULLET_RE = re.compile(rf"(?:^|\s)[{GLYPHS}]\s*")
_BREAK_TAG_RE = re.compile(r"<\s*(?:br|/p|p|/li|li|/div|div|/tr|tr|/h[1-6]|h[1-6])\b[^<>]*>", re.I)
_ANY_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>")
_LEADING_BULLET_RE = re.compile(rf"^[{GLYPHS}·]\s*")
# pymupdf4llm and similar converters name empty header cells "Col2", "Col3"...
_PLACEHOLDER_RE = re.compile(r"^Col\d+$")


def clean_cell(raw: str | None) -> str:
    """Plain cell text: HTML fragments, entities and bullets reduced to lines."""
    if not raw:
        return ""
    text = raw
    if "<" in text:
        text = _drop_comments(text)
        text = _BREAK_TAG_RE.sub("\n", text)
        text = _ANY_TAG_RE.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\xa0", " ")
    # "• a • b" written on one line is a list: one item per line.
    text = _INLINE_BULLET_RE.sub("\n", text)
    lines = []
    for line in text.split("\n"):
        line = _LEADING_BULLET_RE.sub("", " ".join(line.split()))
        if line:
            lines.append(line)
    cleaned = "\n".join(lines)
    return "" if _PLACEHOLDER_RE.match(cleaned) else cleaned


def _drop_comments(text: str) -> str:
    """Remove <!-- ... --> in one pass (a regex rescans an unclosed comment from every opening)."""
    out, pos = [], 0
    while (start := text.find("<!--", pos)) != -1:
        out.append(text[pos:start])
        end = text.find("-->", start + 4)
        if end == -1:
            return "".join(out)  # an unclosed comment runs to the end of the cell
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def pad_rows(rows: list[list[str]]) -> list[list[str]]:
    """Give every row the same number of cells (short rows padded with '')."""
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATA_LIKE_RE = re.compile(
    r"[£$€%]"                                   # money, percentages
    r"|\d[\d,]*\.\d|\d{1,3}(?:,\d{3})+"         # 1.5, 1,520,000
    rf"|\b(?:{_MONTHS})\b\.?\s+\d{{4}}"          # April 2017
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b",            # 01/04/2017
    re.I,
)
_FIGURES_RE = re.compile(r"[-+−(]?\d[\d,.]*\)?(?:\s+[-+−(]?\d[\d,.]*\)?)*")
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?")
MAX_HEADER_WORDS = 6
MAX_HEADER_CHARS = 50


# A unit written in a label (`Value (£k)`, `£000s`, `Cost £m`, `Rate %`) names what the column's
# figures are; it is not itself a figure.
_UNIT_TOKEN_RE = re.compile(r"\(?\s*(?:£|\$|€)\s*(?:'?000'?s?|k|m|mn|bn|millions?|thousands?)?\s*\)?(?![\d.,])"
                            r"|\(\s*%\s*\)|(?<=\s)%$", re.I)
# A row naming the table rather than its columns: `Table 3: Current contracts`, `Figure 1`,
# `Appendix B - Risk register`.
CAPTION_RE = re.compile(r"^(?:table|figure|fig\.|chart|appendix|annex|annexe|schedule|exhibit)\s*"
                         r"(?:[0-9]+[a-z]?|[A-Z]|[ivx]+)?\b(?:\s*[:.\-–—]|\s*$|\s+\w)", re.I)
# At most this many rows above the data are caption or header lines.
MAX_CAPTION_ROWS = 2
MAX_HEADER_ROWS = 3


def _squash(cell: str) -> str:
    return " ".join((cell or "").split())


def is_label(cell: str) -> bool:
    """A short column label (`Risk`, `Contract value (£k)`, `Start date`), not a value or a sentence."""
    cell = _squash(cell)
    if len(cell) > MAX_HEADER_CHARS or len(cell.split()) > MAX_HEADER_WORDS or cell.endswith("."):
        return False
    if _FIGURES_RE.fullmatch(cell) and not _YEAR_RE.fullmatch(cell):
        return False  # `250`, `250 300 800`: values; a year (`2024`, `2024/25`) heads a column
    return not _DATA_LIKE_RE.search(_UNIT_TOKEN_RE.sub(" ", cell))


def spanning_text(row: list[str]) -> str | None:
    """The text of a row that is one cell across the table (`Table 3 | | |`, or a label a
    header repeats over every column it spans), else None."""
    if len(row) < 2:
        return None
    values = [_squash(c) for c in row]
    filled = [v for v in values if v]
    if not filled or len(set(filled)) != 1:
        return None
    if values[0] and (len(filled) == 1 or len(filled) == len(values)):
        return values[0]
    return None


_FIGURE_RE = re.compile(r"[-+−(£$€]*\s*\d[\d,.]*\s*[%)]?")


def _is_data_row(row: list[str]) -> bool:
    """A row holding values: a figure, a sum, a date or a sentence."""
    return any(c.strip() and (not is_label(c) or _FIGURE_RE.fullmatch(c.strip())) for c in row)


def _spans_columns(row: list[str]) -> bool:
    """A header line grouping the columns under it (`| 2024/25 | | 2025/26 | |`, or HTML's
    label repeated over the columns it spans)."""
    values = [_squash(c) for c in row]
    for a, b in zip(values, values[1:]):
        if a and (not b or a == b):
            return True
    return False


def _continues_header(above: list[str], row: list[str], below: list[list[str]]) -> bool:
    """Whether ``row`` is a further line of the header ``above`` it rather than the first data row."""
    filled = [_squash(c) for c in row if _squash(c)]
    if not filled or not all(is_label(c) for c in filled) or not any(_is_data_row(r) for r in below):
        return False
    if _spans_columns(above):
        return True
    # A label wrapped onto a second line goes on in lower case or with its unit: `Contract` / `value (£k)`.
    return all(c[:1].islower() or c.startswith("(") or _UNIT_TOKEN_RE.fullmatch(c) for c in filled)


def _header_over_data(rows: list[list[str]]) -> bool:
    """Whether the rows start with a header labelling two or more columns over rows of values."""
    return len(rows) >= 2 and sum(1 for c in rows[0] if c.strip()) >= 2 and looks_like_header(rows) \
        and any(_is_data_row(r) for r in rows[1:])


def table_head(rows: list[list[str]], declared: int = 0) -> tuple[int, int]:
    """(caption rows, header rows) at the top of a table, scored from its first rows.

    Caption rows are single cells spanning the table that name it (`Table 3: Current
    contracts (£k)`) or stand over a header; header rows label the columns: one, or
    two or three lines of one header (a grouping line over its columns, or labels wrapped
    onto a second line).  ``declared`` is how many header rows the file format marks
    (HTML <thead>/<th>, DOCX repeated header rows); they are kept, less any caption among them.
    """
    caption = 0
    while caption < MAX_CAPTION_ROWS and caption + 1 < len(rows):
        text = spanning_text(rows[caption])
        if text is None:
            break
        rest = rows[caption + 1:]
        if CAPTION_RE.match(text) or _header_over_data(rest):
            caption += 1
        else:
            break
    rows = rows[caption:]
    if declared > caption:
        return caption, declared - caption
    if not looks_like_header(rows):
        return caption, 0
    header = 1
    while header < MAX_HEADER_ROWS and header + 1 < len(rows) \
            and _continues_header(rows[header - 1], rows[header], rows[header + 1:]):
        header += 1
    return caption, header


def join_header(rows: list[list[str]]) -> list[str]:
    """One label per column from a header of several lines: `2024/25` over `Budget` is
    `2024/25 Budget`; a grouping label spans the empty cells beside it."""
    if not rows:
        return []
    width = max(len(r) for r in rows)
    lines = [[_squash(c) for c in r] + [""] * (width - len(r)) for r in rows]
    for upper, lower in zip(lines, lines[1:]):
        # `| 2024/25 | | 2025/26 | |` over `| Budget | Actual | Budget | Actual |`: a group label
        # covers the empty cells beside it when the labels below repeat (they need the group to
        # tell them apart); a label over one column (`Ongoing | One-off` over `Impact | Impact | Total`)
        # spans no further.
        repeated = {label for label in lower if label and lower.count(label) > 1}
        for j in range(1, width):
            if not upper[j] and upper[j - 1] and lower[j] in repeated and lower[j - 1]:
                upper[j] = upper[j - 1]
    joined = []
    for j in range(width):
        parts: list[str] = []
        for line in lines:
            if line[j] and (not parts or parts[-1] != line[j]):
                parts.append(line[j])
        joined.append(" ".join(parts))
    return joined


def drop_repeated_header(rows: list[list[str]], start: int, count: int) -> list[list[str]]:
    """The table without later copies of its header (a header repeated on every page)."""
    if not count:
        return rows
    head = [[_squash(c).lower() for c in r] for r in rows[start:start + count]]
    out = rows[:start + count]
    i = start + count
    while i < len(rows):
        if [[_squash(c).lower() for c in r] for r in rows[i:i + count]] == head:
            i += count
            continue
        out.append(rows[i])
        i += 1
    return out


def settle_table(rows: list[list[str]], declared: int = 0) -> tuple[list[list[str]], str, int]:
    """(rows without caption rows or repeated headers, the caption, header rows) for a reader."""
    caption_rows, header = table_head(rows, declared)
    caption = " ".join(spanning_text(r) or "" for r in rows[:caption_rows]).strip()
    body = drop_repeated_header(rows, caption_rows, header)[caption_rows:]
    return body, caption, header


def looks_like_header(rows: list[list[str]]) -> bool:
    """Whether the first row labels columns rather than holding data.

    A header cell is a short label (`Risk`, `Mitigation`, `SALT`, or empty in
    the corner of a pivot table); a first row holding money, dates or a
    sentence is data (e.g. a timeline whose every row is `May 2019 | ...`).
    """
    if len(rows) < 2:
        return False
    first = [" ".join(c.split()) for c in rows[0]]
    labels = [c for c in first if c]
    if not labels:
        return False
    # `Report to: | Cabinet`, `Date: | 16 January 2024`: a cover sheet's labelled fields, every
    # row its own label, so no row labels the columns.
    if len(first) > 1 and all(row[0].strip().endswith(":") for row in rows if any(c.strip() for c in row)):
        return False
    if not all(is_label(cell) for cell in labels):
        return False
    # A one-column "table" whose first line is short is just a list.
    return len(first) > 1
