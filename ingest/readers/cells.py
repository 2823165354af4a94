"""Clean table cells and decide whether a table's first row is a header.

Shared by the text, HTML and DOCX readers.  Papers exported from PDF or a
CMS often carry HTML fragments inside table cells (``<p>..</p> <p>..</p>``,
``<ul style=...> • item • item``); a cell becomes plain text with one line per
paragraph or list item, so downstream code sees the same cell text whichever
format the paper came in.
"""
from __future__ import annotations

import html
import re

# Characters used as list bullets inside cells; the bullet itself is dropped.
BULLETS = "•▪►‣◦·●○■□➢➤✓-"
_INLINE_BULLET_RE = re.compile(r"(?:^|\s)[•▪►‣◦●○■□➢➤]\s*")
_BREAK_TAG_RE = re.compile(r"<\s*(?:br|/p|p|/li|li|/div|div|/tr|tr|/h[1-6]|h[1-6])\b[^<>]*>", re.I)
_ANY_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>")
_LEADING_BULLET_RE = re.compile(r"^[•▪►‣◦·●○■□➢➤]\s*")
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
MAX_HEADER_WORDS = 6
MAX_HEADER_CHARS = 50


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
    for cell in labels:
        if len(cell) > MAX_HEADER_CHARS or len(cell.split()) > MAX_HEADER_WORDS:
            return False
        if cell.endswith(".") or _DATA_LIKE_RE.search(cell):
            return False
    # A one-column "table" whose first line is short is just a list.
    return len(first) > 1
