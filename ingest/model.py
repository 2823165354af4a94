"""The one document model every reader emits, and its split into passages.

Readers (one per file format) turn a file into a :class:`Document`: file
metadata plus ordered :class:`Block` objects (headings, paragraphs, list items,
tables), each with the page it starts on.  Everything downstream (extraction,
storage, search) works on this model and never on a file format.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .readers.cells import join_header

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table")

# "5.2.1 Text", "5.2.1. Text", "4. Background", "(a) text" is not a section.
SECTION_RE = re.compile(r"^\s*(?:[-•]\s*)?(\d{1,2}(?:\.\d{1,3}){0,4})\.?\s+(?=\S)")


@dataclass
class Block:
    kind: str
    text: str = ""
    page: Optional[int] = None
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    # Page of each row, for a table that runs over several pages.
    row_pages: list[int] = field(default_factory=list)
    # A row spanning the table that names it (`Table 3: Current contracts (£k)`), taken out of its rows.
    caption: str = ""

    def __post_init__(self):
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")


@dataclass
class Passage:
    """One searchable unit: a heading, paragraph, list item or table row."""

    seq: int
    kind: str
    text: str
    page: Optional[int]
    section: Optional[str]
    heading: Optional[str]
    cells: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    table: Optional[int] = None
    row: Optional[int] = None
    # The caption of the table a row belongs to, where it has one.
    caption: str = ""


@dataclass
class Document:
    path: str
    filename: str
    format: str
    sha256: str = ""
    size: int = 0
    mtime: float = 0.0
    pages: Optional[int] = None
    blocks: list[Block] = field(default_factory=list)
    # What the file says about itself (PDF info dictionary, DOCX core
    # properties, HTML <title>): hints for metadata extraction, never facts.
    properties: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    needs_ocr: bool = False
    # Pages whose text was recognised by OCR (scanned pages; see ingest/ocr.py).
    ocr_pages: list[int] = field(default_factory=list)

    def passages(self) -> list[Passage]:
        return list(iter_passages(self.blocks))


def section_number(text: str) -> Optional[str]:
    match = SECTION_RE.match(text)
    return match.group(1) if match else None


def table_row_text(cells: list[str], header: list[str]) -> str:
    """A table row as one line of text that keeps its cells and their headers.

    Header labels are kept so that a search for `Provider Acme` finds the row,
    and so that a quote read on its own still says what each value is.  With no
    header, the cells alone (`Item | Harbour dues`): the one way a row's or a
    header's cells are joined, by the readers and the extractors alike.
    """
    parts = []
    for i, cell in enumerate(cells):
        cell = " ".join(cell.split())
        if not cell:
            continue
        label = " ".join(header[i].split()) if i < len(header) else ""
        parts.append(f"{label}: {cell}" if label and label != cell else cell)
    return " | ".join(parts)


def iter_passages(blocks: list[Block]):
    seq = 0
    heading: Optional[str] = None
    section: Optional[str] = None
    table_index = 0
    for block in blocks:
        if block.kind == "table":
            pages = block.row_pages or [block.page] * len(block.rows)
            kept = [(i, [c or "" for c in row]) for i, row in enumerate(block.rows)
                    if any((c or "").strip() for c in row)]
            header = join_header([cells for _, cells in kept[:block.header_rows]]) if block.header_rows else []
            body = kept[block.header_rows:] if block.header_rows else kept
            caption = " ".join(block.caption.split())
            if caption:
                # Said once before the table, as a paper prints it, so a search finds it.
                seq += 1
                yield Passage(seq, "paragraph", caption, block.page, section, heading, caption=caption)
            if header:
                seq += 1
                yield Passage(seq, "table_header", table_row_text(header, []),
                              block.page, section, heading, cells=header, header=[], table=table_index, row=0, caption=caption)
            for r, (i, cells) in enumerate(body, start=1):
                text = table_row_text(cells, header)
                if not text:
                    continue
                seq += 1
                page = pages[i] if i < len(pages) else block.page
                yield Passage(seq, "table_row", text, page, section, heading,
                              cells=cells, header=header, table=table_index, row=r, caption=caption)
            table_index += 1
            continue
        text = " ".join(block.text.split())
        if not text:
            continue
        number = section_number(text)
        if block.kind == "heading":
            heading = text
            section = number or section
        elif number:
            section = number
        seq += 1
        yield Passage(seq, block.kind, text, block.page, section, heading)
