"""Read PDF committee papers.

Every page is parsed once, by pdfium (pypdfium2), which is about fifty times
faster than pdfminer.  Most pages are prose and their lines come straight from
pdfium's text.  A page that shows table structure (ruling lines or
rectangles, or text in aligned columns) is read as words and paths
(:mod:`.pdf_objects`); pdfplumber's table finder turns the paths into ruled
tables, whitespace-aligned columns make the unruled ones, and the words
outside the tables become lines.  Both ways give the same
:class:`~.pdf_lines.Line` objects, so the blocks do not depend on which one
read a page.  Pages are streamed and closed one by one, so memory stays flat
on long bundles.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..bullets import GLYPHS
from ..errors import IngestError
from ..ligatures import ligature_repairs, repair, respace, space_marks
from .. import ocr as ocr_module
from ..model import Document
from .pdf_layout import Item, build_blocks, remove_running_lines
from .pdf_lines import Line, has_lines, pdfium_lines, word_lines
from .pdf_tables import outside, ruled_tables, unruled_tables

# Path objects (lines, rectangles) on a page above which it may hold a ruled table.
MIN_TABLE_PATHS = 4
# Lines split by wide gaps into columns above which a page may hold an unruled table.
MIN_COLUMN_LINES = 3
# A gap after a bullet or paragraph number is not a column.
_LIST_START_RE = re.compile(rf"^(?:[{GLYPHS}*\-\u2013o]|\(?[a-z]{{1,2}}\)|\(?[ivx]{{1,5}}\)|\d{{1,2}}(?:\.\d{{1,3}})*\.?)\s")
NO_TEXT_WARNING = "no text layer: scanned PDF needs OCR"
PROPERTY_KEYS = {"Title": "title", "Author": "author", "Subject": "subject", "Keywords": "keywords",
                 "Creator": "creator", "Producer": "producer", "CreationDate": "created", "ModDate": "modified"}


def _check_bytes(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(1024)
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 4096))
        tail = fh.read()
    if b"%PDF-" not in head:
        raise IngestError("not a PDF (no %PDF header)")
    if b"%%EOF" not in tail:
        raise IngestError("corrupt or truncated PDF: no end-of-file marker")


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise IngestError("password-protected PDF") from None
        raise IngestError(f"corrupt or truncated PDF: {exc}") from None


def _properties(pdf) -> dict:
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # a broken info dictionary is not worth refusing the paper for
        return {}
    return {PROPERTY_KEYS[k]: " ".join(str(v).split()) for k, v in info.items()
            if k in PROPERTY_KEYS and str(v).strip()}


def _has_ruling(page) -> bool:
    """Whether the page draws enough lines or rectangles to hold a ruled table: path objects
    on the page and in the forms placed on it, counted as pypdfium2's
    ``page.get_objects(filter=[PATH], max_depth=2)`` yields them, but by pdfium's bare calls
    (the helper wraps every object of the page, text included, in a Python object)."""
    import pypdfium2.raw as raw
    from pypdfium2 import PdfiumError

    def path_objects(count, get, parent, level):
        total = count(parent)
        if total < 0:
            raise PdfiumError("Failed to get number of pageobjects.")
        for i in range(total):
            obj = get(parent, i)
            if not obj:
                raise PdfiumError("Failed to get pageobject.")
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                yield obj
            elif kind == raw.FPDF_PAGEOBJ_FORM and level == 0:
                yield from path_objects(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, 1)

    paths = 0
    try:
        for _ in path_objects(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw, 0):
            paths += 1
            if paths >= MIN_TABLE_PATHS:
                return True
    except PdfiumError:
        # An object pdfium cannot hand over: the page is read as prose, as a page without ruling is,
        # rather than failing a page whose text reads fine.
        return False
    return False


def _has_columns(lines: list[Line], numbered_rows: bool = False) -> bool:
    """Whether enough lines are split by wide gaps to hold a table laid out with spaces.  A line that
    starts like a numbered paragraph counts only with ``numbered_rows`` and three or more runs (a scan's
    ruled row: its number, then two cells; a paragraph number set off by a tab makes two)."""
    columned = sum(1 for line in lines if line.segments >= 2 and (
        not _LIST_START_RE.match(line.text) or numbered_rows and line.segments >= 3))
    return columned >= MIN_COLUMN_LINES


def upright(page) -> None:
    """Turn a page with /Rotate into an unrotated page of the size it is displayed at.

    pdfium reports a rotated page's displayed size but gives its characters and
    paths in the unrotated frame: a landscape appendix in a portrait box with
    /Rotate 90 would come out as words of reversed letters and transposed
    tables.  Moving every page object by the rotation, in memory only, puts
    characters and paths alike in the frame a reader sees, so the rest of the
    reader needs to know nothing about rotation.
    """
    import pypdfium2.raw as raw

    quarter = page.get_rotation() // 90 % 4
    if not quarter:
        return
    x0, y0, x1, y1 = page.get_mediabox()
    width, height = x1 - x0, y1 - y0  # the unrotated box
    # (a, b, c, d, e, f) taking unrotated x, y (origin moved to 0, 0) to the displayed frame.
    turn = {1: (0, -1, 1, 0, 0, width), 2: (-1, 0, 0, -1, width, height), 3: (0, 1, -1, 0, height, 0)}[quarter]
    a, b, c, d, e, f = turn
    e, f = e - (a * x0 + c * y0), f - (b * x0 + d * y0)
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        raw.FPDFPageObj_Transform(raw.FPDFPage_GetObject(page.raw, i), a, b, c, d, e, f)
    shown_width, shown_height = (height, width) if quarter % 2 else (width, height)
    raw.FPDFPage_SetMediaBox(page.raw, 0, 0, shown_width, shown_height)
    raw.FPDFPage_SetCropBox(page.raw, 0, 0, shown_width, shown_height)
    raw.FPDFPage_SetRotation(page.raw, 0)


def _table_page(page, textpage, index: int) -> list[Item]:
    """Tables and the lines outside them, top to bottom."""
    from .pdf_objects import page_words, ruling_page  # imports pdfplumber: only when a page needs it

    ruling = ruling_page(page)
    words = page_words(textpage, page.get_height(), ruling.clipped_text)
    tables = ruled_tables(ruling, words, index + 1)
    rest = outside(words, tables)
    # (t41) A list set out with spaces is looked for beside ruled tables too (a parish's planning applications
    # above its ruled payments schedule), among the lines no ruled table holds.
    unruled = unruled_tables(rest, index + 1, _text_width(words))
    tables = sorted(tables + unruled, key=lambda table: table.top)
    rest = outside(rest, unruled)
    items: list[Item] = list(word_lines(rest, index + 1)) + tables
    items.sort(key=lambda item: item.top)
    return items


def _text_width(words: list[dict]) -> float:
    return max((w["x1"] for w in words), default=0) - min((w["x0"] for w in words), default=0)


def _scanned_page(words_by_line: list, page_number: int) -> list[Item]:
    """A page read by OCR: its lines, and the tables among them found as on a typed page.

    As a typed page's, a scanned page's words go to the whitespace table finder only when
    enough of its lines are split into columns (Tesseract reads two columns of prose as
    lines of one column each, which are not), and a ruled table's vertical lines, read as
    "|", split cells as wide gaps do.  The lines of a table are not kept as prose too."""
    lines = ocr_module.page_lines(words_by_line, page_number)
    if not _has_columns(lines, numbered_rows=True):
        return list(lines)
    words = ocr_module.table_words(words_by_line)
    tables = unruled_tables(words, page_number, _text_width(words))
    if not tables:
        return list(lines)
    listed = {id(w["ocr_word"]) for w in words}
    in_tables = listed - {id(w["ocr_word"]) for w in outside(words, tables)}
    # The words the finder was not given (a stray mark) go with the table they lie in, or stay prose.
    others = [{"top": w.top, "bottom": w.bottom, "ocr_word": w} for line in words_by_line for w in line
              if id(w) not in listed]
    in_tables |= {id(w["ocr_word"]) for w in others} - {id(w["ocr_word"]) for w in outside(others, tables)}
    items: list[Item] = ocr_module.page_lines([[w for w in line if id(w) not in in_tables] for line in words_by_line],
                                              page_number) + tables
    items.sort(key=lambda item: item.top)
    return items


def _repair_ligatures(blocks: list) -> list:
    """The blocks with ligatures a broken font map read as capitals ("meeUng") made letters again,
    and signs it read for spaces ("Annual'General'Meeting") made spaces."""
    texts = [block.text for block in blocks] + [cell for block in blocks for row in block.rows for cell in row]
    if signs := space_marks(texts):
        for block in blocks:
            block.text = respace(block.text, signs)
            block.caption = respace(block.caption, signs)
            block.rows = [[respace(cell, signs) for cell in row] for row in block.rows]
        texts = [block.text for block in blocks] + [cell for block in blocks for row in block.rows for cell in row]
    repairs = ligature_repairs(texts)
    if repairs:
        for block in blocks:
            block.text = repair(block.text, repairs)
            block.caption = repair(block.caption, repairs)
            block.rows = [[repair(cell, repairs) for cell in row] for row in block.rows]
    return blocks


# Said of a scan OCR was run on and found no text in (a re-run does not read it again).
OCR_FOUND_NOTHING = ", and OCR found no text in it"


def _no_text_warning(ocr: bool) -> str:
    if not ocr:
        return NO_TEXT_WARNING + " (OCR skipped)"
    if not ocr_module.available():
        return f"{NO_TEXT_WARNING}: {ocr_module.INSTALL_HINT}"
    return NO_TEXT_WARNING + OCR_FOUND_NOTHING


def _read_by_ocr(pdf, textless: list[int], pages: list[list[Item]], warnings: list[str],
                 typed: bool) -> list[int]:
    """Put the OCR'd lines of each page without a text layer in its place in ``pages``;
    the numbers of the pages that gave text.  A page OCR cannot read is a warning in a paper other
    pages of which gave text, and the paper's IngestError when none did."""
    read_pages, failures = [], []
    for index in textless:
        page = pdf[index]
        try:
            items = _scanned_page(ocr_module.ocr_page(page, index + 1), index + 1)
        except IngestError as exc:
            failures.append(str(exc))
            continue
        finally:
            page.close()
        if items:
            pages[index] = items
            read_pages.append(index + 1)
    if failures and not (typed or read_pages):
        raise IngestError(failures[0])
    ocr_module.even_sizes([line for number in read_pages for line in pages[number - 1] if isinstance(line, Line)])
    warnings.extend(f"OCR could not read {failure}" for failure in failures[:3])
    if read_pages:
        warnings.append(ocr_module.OCR_WARNING.format(pages=ocr_module.pages_text(read_pages)))
    return read_pages


def read(path, force: str | None = None, ocr: bool = True) -> Document:
    """Read a PDF.  ``force`` ("prose" or "tables") reads every page one way (for tests).
    ``ocr``: read pages with no text layer by OCR when tesseract is installed (:mod:`..ocr`)."""
    path = Path(path)
    _check_bytes(path)
    pdf = _open(path)
    try:
        page_count = len(pdf)
        properties = _properties(pdf)
        pages: list[list[Item]] = []
        heights: list[float] = []
        any_text = False
        textless: list[int] = []
        for index in range(page_count):
            page = pdf[index]
            upright(page)
            textpage = page.get_textpage()
            try:
                heights.append(page.get_height())
                if force == "tables" or force != "prose" and _has_ruling(page):
                    # A ruled page is read as words and paths whatever its lines look like, so
                    # only whether it has any text is asked of pdfium's lines (measuring each
                    # line's boxes, sizes and fonts was a sixth of the reading time).
                    has_text = has_lines(textpage)
                    any_text = any_text or has_text
                    pages.append(_table_page(page, textpage, index) if has_text else [])
                    if not has_text:
                        textless.append(index)
                    continue
                lines = pdfium_lines(textpage, heights[-1], index + 1)
                any_text = any_text or bool(lines)
                if not lines:
                    textless.append(index)
                table_page = force != "prose" and lines and _has_columns(lines)
                pages.append(_table_page(page, textpage, index) if table_page else list(lines))
            finally:
                textpage.close()
                page.close()
        warnings: list[str] = []
        ocr_pages: list[int] = []
        if textless and ocr and ocr_module.available():
            ocr_pages = _read_by_ocr(pdf, textless, pages, warnings, any_text)
            any_text = any_text or bool(ocr_pages)
        if not any_text:
            return Document(path=str(path), filename=path.name, format="pdf", pages=page_count,
                            properties=properties, warnings=[_no_text_warning(ocr)], needs_ocr=True)
        running: list[str] = []
        blocks = _repair_ligatures(build_blocks(remove_running_lines(pages, heights, running)))
        if running:
            # A letterhead or footer on every page names whoever publishes the paper.
            properties["running_lines"] = running[:10]
        return Document(path=str(path), filename=path.name, format="pdf", pages=page_count,
                        blocks=blocks, properties=properties, warnings=warnings, ocr_pages=ocr_pages)
    finally:
        pdf.close()
