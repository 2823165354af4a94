"""Read Word (.docx) committee papers.

The body XML is walked in order so paragraphs and tables interleave as in
the document.  The zip is inspected before python-docx opens it: a DOCX is a
zip, and a small zip can expand to gigabytes.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .. import bullets
from ..errors import IngestError
from ..model import Block, Document
from .docx_numbering import Numbering
from .cells import clean_cell, pad_rows, settle_table
from .structure import finish, infer_headings, strip_inline_markdown

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MB = 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * MB
MAX_MEMBERS = 10_000
# Word XML compresses 5-30:1; a large member far beyond that is a bomb.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_FROM_BYTES = 10 * 1024 * 1024
# python-docx's blank template says its author is "python-docx": not a person.
GENERATOR_DEFAULTS = {"python-docx", "", "author", "user", "administrator"}
_HEADING_STYLE_RE = re.compile(r"^heading\s*(\d)$", re.I)
_LIST_STYLE_LEVEL_RE = re.compile(r"^list\b.*?(\d)?$", re.I)


def check_zip(path: Path) -> None:
    """Refuse what is not a DOCX, or would expand beyond the limit, before parsing it."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise IngestError("not a DOCX (not a zip file)") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise IngestError(f"DOCX holds {len(members):,} files (limit {MAX_MEMBERS:,}), refused")
        if "word/document.xml" not in {m.filename for m in members}:
            raise IngestError("not a DOCX (zip without word/document.xml)")
        total = sum(m.file_size for m in members)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise IngestError(f"DOCX expands to {total / MB:,.0f} MB "
                              f"(limit {MAX_UNCOMPRESSED_BYTES / MB:,.0f} MB), refused as a possible zip bomb")
        for member in members:
            if member.file_size >= RATIO_CHECK_FROM_BYTES:
                ratio = member.file_size / max(member.compress_size, 1)
                if ratio > MAX_COMPRESSION_RATIO:
                    raise IngestError(f"DOCX expands to {total / MB:,.0f} MB from "
                                      f"{path.stat().st_size / MB:,.1f} MB ({ratio:,.0f}:1 compression "
                                      f"in {member.filename}), refused as a possible zip bomb")


class _Reader:
    def __init__(self, document):
        self.page = 1
        self.blocks: list[Block] = []
        self.standalone: set[int] = set()
        self.bold: set[int] = set()
        self.style_names = {s.style_id: s.name or "" for s in document.styles}
        self.title_text = None
        self.numbering = Numbering(document)

    # -- paragraphs -------------------------------------------------------
    def paragraph_text(self, p) -> tuple[str, int]:
        """Text of a paragraph and the page its text starts on; page breaks advance the page."""
        parts: list[str] = []
        start_page = None
        ppr = p.find(f"{W}pPr")
        if ppr is not None and _on(ppr.find(f"{W}pageBreakBefore")) and self.blocks:
            self.page += 1
        for el in p.iter(f"{W}t", f"{W}br", f"{W}tab", f"{W}cr", f"{W}noBreakHyphen", f"{W}sym"):
            tag = el.tag
            if tag == f"{W}t":
                if el.text:
                    if start_page is None and el.text.strip():
                        start_page = self.page
                    parts.append(el.text)
            elif tag == f"{W}br" and el.get(f"{W}type") == "page":
                self.page += 1
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}sym":
                # A character picked from a symbol font (Insert > Symbol): its code, U+F0B7 for
                # Symbol's bullet, is made a glyph by bullets.normalise.
                try:
                    parts.append(chr(int(el.get(f"{W}char") or "", 16)))
                except ValueError:
                    continue
            else:
                parts.append(" ")
        return "".join(parts), start_page or self.page

    def style_of(self, p) -> str:
        style = p.find(f"{W}pPr/{W}pStyle")
        return self.style_names.get(style.get(f"{W}val"), "") if style is not None else ""

    def add_paragraph(self, p):
        raw, page = self.paragraph_text(p)
        numbering = self.numbering.numbering_of(p)
        # Counted even for an empty paragraph: Word numbers those too.
        label = self.numbering.label(*numbering) if numbering else None
        text = strip_inline_markdown(" ".join(bullets.normalise(raw).split()))
        if not text:
            return
        hand_bulleted = None if numbering else bullets.bulleted_item(text)
        if label:
            text = f"{label} {text}"
        style = self.style_of(p)
        if heading := _HEADING_STYLE_RE.match(style):
            self.blocks.append(Block("heading", text, page, level=int(heading.group(1))))
        elif style.lower() in ("title", "subtitle"):
            self.blocks.append(Block("heading", text, page, level=1 if style.lower() == "title" else 2))
            if style.lower() == "title" and self.title_text is None:
                self.title_text = text
        elif numbering is not None or _LIST_STYLE_LEVEL_RE.match(style):
            own = p.find(f"{W}pPr/{W}numPr") is not None
            self.blocks.append(Block("list_item", hand_bulleted or text, page,
                                     level=_list_level(numbering, style, own)))
        elif hand_bulleted:
            self.blocks.append(Block("list_item", hand_bulleted, page, level=1))
        else:
            self.standalone.add(len(self.blocks))
            if _all_bold(p):
                self.bold.add(len(self.blocks))
            self.blocks.append(Block("paragraph", text, page))

    # -- tables -----------------------------------------------------------
    def add_table(self, tbl):
        rows: list[list[str]] = []
        header_rows = 0
        page = self.page
        for tr in tbl.iterchildren(f"{W}tr"):
            row: list[str] = []
            for tc in tr.iterchildren(f"{W}tc"):
                tcpr = tc.find(f"{W}tcPr")
                span = 1
                merged_below = False
                if tcpr is not None:
                    grid = tcpr.find(f"{W}gridSpan")
                    if grid is not None and (grid.get(f"{W}val") or "").isdigit():
                        span = max(1, min(int(grid.get(f"{W}val")), 64))
                    vmerge = tcpr.find(f"{W}vMerge")
                    merged_below = vmerge is not None and vmerge.get(f"{W}val") != "restart"
                if merged_below:
                    text = ""  # the cell above holds this merged cell's text
                else:
                    lines = [self.paragraph_text(p)[0] for p in tc.iter(f"{W}p")]
                    text = clean_cell("\n".join(lines))
                row.extend([text] + [""] * (span - 1))
            if not any(row):
                continue
            trpr = tr.find(f"{W}trPr")
            if trpr is not None and _on(trpr.find(f"{W}tblHeader")) and header_rows == len(rows):
                header_rows += 1
            rows.append(row)
        if not rows:
            return
        rows, caption, header_rows = settle_table(pad_rows(rows), header_rows)
        self.blocks.append(Block("table", page=page, rows=rows, header_rows=header_rows,
                                 row_pages=[page] * len(rows), caption=caption))

    def walk(self, body):
        stack = list(reversed(list(body)))
        while stack:
            el = stack.pop()
            if el.tag == f"{W}p":
                self.add_paragraph(el)
            elif el.tag == f"{W}tbl":
                self.add_table(el)
            elif el.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}smartTag"):
                # Content controls and tracked insertions wrap ordinary body content.
                stack.extend(reversed(list(el)))


def _on(el) -> bool:
    return el is not None and el.get(f"{W}val") not in ("0", "false", "off")


def _all_bold(p) -> bool:
    runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    return bool(runs) and all(_on(r.find(f"{W}rPr/{W}b")) for r in runs)


def _list_level(numbering, style: str, own_numbering: bool) -> int:
    """Depth of a list item: its own numbering level, else what its style says ("List Bullet 2")."""
    if numbering is not None and own_numbering:
        return numbering[1] + 1
    match = _LIST_STYLE_LEVEL_RE.match(style)
    if match and match.group(1):
        return int(match.group(1))
    return numbering[1] + 1 if numbering is not None else 1


def read(path) -> Document:
    path = Path(path)
    check_zip(path)
    import docx  # python-docx; imported late so text-only runs never load it
    from docx.opc.exceptions import PackageNotFoundError

    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(str(path))
    except XMLSyntaxError as exc:
        raise IngestError(f"damaged DOCX (broken XML: {exc})") from None
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise IngestError(f"not a DOCX ({type(exc).__name__}: {exc})") from None
    reader = _Reader(document)
    reader.walk(document.element.body)
    properties = {}
    core = document.core_properties
    title = (core.title or "").strip() or reader.title_text
    if title:
        properties["title"] = " ".join(title.split())
    author = " ".join((core.author or "").split())
    if author and author.lower() not in GENERATOR_DEFAULTS:
        properties["author"] = author
    if running := _running_lines(document):
        # The letterhead or footer on every page names whoever publishes the paper.
        properties["running_lines"] = running
    blocks = finish(infer_headings(reader.blocks, reader.standalone, reader.bold))
    return Document(path=str(path), filename=path.name, format="docx", pages=reader.page,
                    blocks=blocks, properties=properties)


def _running_lines(document, limit: int = 10) -> list[str]:
    """Distinct lines of the sections' page headers and footers (paragraphs and table cells)."""
    lines: list[str] = []
    for section in document.sections:
        for part_name in ("first_page_header", "header", "first_page_footer", "footer"):
            try:
                part = getattr(section, part_name)
                if part.is_linked_to_previous and lines:
                    continue
                texts = [p.text for p in part.paragraphs]
                texts += [cell.text for table in part.tables for row in table.rows for cell in row.cells]
            except (KeyError, ValueError, AttributeError):  # a damaged header part costs only the hint
                continue
            for text in texts:
                text = " ".join(text.split())
                if text and text not in lines and sum(c.isalpha() for c in text) >= 3:
                    lines.append(text)
    return lines[:limit]
