"""OCR of PDF pages that have no text layer, with the external ``tesseract`` command.

A scanned page is rendered by pdfium (about 300 dpi, fewer pixels on a huge
page so memory stays bounded), handed to ``tesseract`` as a greyscale image on
its standard input, and read back as TSV: each word with its box and
confidence.  Tesseract's own lines become the same :class:`~.readers.pdf_lines.Line`
objects the PDF reader makes from a text layer (positions in points, a font
size measured from the line's height), so the block rules, and every extractor
after them, read a scanned page as they read a typed one.  Its words, in the
word form the PDF reader's table finder takes (:func:`table_words`), go through
that same finder (readers/pdf.py ``_scanned_page``): a scanned table comes out
as a table, its vertical rules (read as "|") splitting cells.

One way: OCR runs by default on every page with no text layer when the
``tesseract`` command is found (``committee-papers ingest --no-ocr`` skips it).
Without tesseract a scanned PDF is stored as before, with ``needs_ocr`` set and
no passages, and its warning says what to install.  Tesseract is a separate
program (Debian/Ubuntu: ``apt-get install tesseract-ocr``, which brings the
English model), not a Python dependency.
"""
from __future__ import annotations

import math
import os
import shutil
import subprocess
from dataclasses import dataclass

from .errors import IngestError
from .readers.pdf_lines import Line, normalise

COMMAND = "tesseract"
INSTALL_HINT = "install tesseract-ocr (Debian/Ubuntu: apt-get install tesseract-ocr) to read it"
# Resolution pages are rendered at: Tesseract reads body text best at about 300 dpi.
DPI = 300
# Pixels one rendered page may have (an A4 page at 300 dpi has 8.7 million): a
# poster-sized or hostile page box is rendered at a lower resolution instead.
MAX_PIXELS = 40_000_000
# Seconds one page may take: a hung Tesseract must not stall a batch.
PAGE_TIMEOUT = 120.0
# Words Tesseract is less sure of than this (0-100) are left out, and lines whose words
# average below LINE_CONFIDENCE: a photograph or a map read as text gives lines of
# noise that the extractors would otherwise quote.
WORD_CONFIDENCE = 20.0
LINE_CONFIDENCE = 50.0
# Times the body size below which a line's measured height is body text (see even_sizes).
SIZE_RATIO = 1.3
# A word this many times taller than the median word of its line is a mark, not type.
OUTLIER_HEIGHT = 1.8
# A ruled table's lines: a run of dark pixels at least RULE_LENGTH points long (longer than any
# letter's stroke below a 40-point title) and at most RULE_WIDTH points thick (a shaded band or a
# filled box is thicker, and keeps its text).  DARK_LEVEL: grey levels below it are ink.
RULE_LENGTH = 30.0
RULE_WIDTH = 2.5
DARK_LEVEL = 160
OCR_WARNING = "text of {pages} recognised by OCR (tesseract): check quotes against the original"


def tesseract_path() -> str | None:
    """The tesseract command, or None when it is not installed (looked up on each call: a
    PATH lookup costs nothing beside a page of OCR)."""
    return shutil.which(COMMAND)


def available() -> bool:
    return tesseract_path() is not None


@dataclass
class _Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float
    # (top, bottom) of the ruled row box the word's line lies in (a horizontal rule above and below it), or None
    row_box: tuple[float, float] | None = None


def render_page(page, dpi: float = DPI, max_pixels: int = MAX_PIXELS) -> tuple[bytes, float]:
    """A page as a greyscale PGM image and the pixels per point it was drawn at."""
    width, height = page.get_size()
    if not (width > 0 and height > 0):
        raise IngestError("page has no size to render")
    # (pdfium rounds the bitmap's sides: a thousandth of slack keeps it within the bound)
    scale = min(dpi / 72, 0.999 * math.sqrt(max_pixels / (width * height)))
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        columns, rows, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    pixels = buffer if stride == columns else b"".join(
        buffer[row * stride:row * stride + columns] for row in range(rows))
    return b"P5\n%d %d\n255\n" % (columns, rows) + pixels, scale


@dataclass
class Rule:
    """A vertical ruled line erased from a page image, in points: where the words beside it split cells."""
    x: float
    top: float
    bottom: float


@dataclass
class Across:
    """A horizontal ruled line erased from a page image, in points: a ruled table's row boundary."""
    y: float
    left: float
    right: float


# A ruled row box taller than this many body lines is no row (a page's header rule over its footer rule).
ROW_BOX_LINES = 6


def _long_runs(lines: list[bytes], length: int) -> list[tuple[int, int, int]]:
    """(line, start, end) of every run of ink (0 bytes) at least ``length`` long in each line of
    0/1 bytes (bytes.find keeps this in C: a page has millions of pixels)."""
    runs, ink = [], b"\x00" * length
    for index, line in enumerate(lines):
        start = line.find(ink)
        while start != -1:
            end = line.find(b"\x01", start)
            end = len(line) if end == -1 else end
            runs.append((index, start, end))
            start = line.find(ink, end)
    return runs


def _thin_rules(runs: list[tuple[int, int, int]], width: int) -> list[list[tuple[int, int, int]]]:
    """The runs grouped into strokes (runs of neighbouring lines that overlap), keeping only strokes at
    most ``width`` lines thick: a rule, not a filled band."""
    strokes: list[list[tuple[int, int, int]]] = []
    open_strokes: list[list[tuple[int, int, int]]] = []
    for run in runs:
        index, start, end = run
        open_strokes = [s for s in open_strokes if s[-1][0] >= index - 1]
        stroke = next((s for s in open_strokes if s[-1][0] == index - 1 and s[-1][1] < end and start < s[-1][2]), None)
        if stroke is None:
            stroke = []
            strokes.append(stroke)
            open_strokes.append(stroke)
        stroke.append(run)
    return [stroke for stroke in strokes if len(stroke) <= width]


_INK = bytes(0 if level < DARK_LEVEL else 1 for level in range(256))


def erase_rules(image: bytes, scale: float) -> tuple[bytes, list[Rule], list[Across]]:
    """A PGM page image with its ruled lines painted white, and the lines found.  Tesseract
    takes a grid of ruled cells for a picture and reads its words as noise or not at all; with the
    rules gone it reads the cells as lines of text, and the vertical rules, given back as "|" words
    (:func:`mark_rules`), still split the cells."""
    magic, size, depth, pixels = image.split(b"\n", 3)
    columns, rows = (int(v) for v in size.split())
    ink = pixels.translate(_INK)
    length, width = max(1, round(RULE_LENGTH * scale)), max(1, round(RULE_WIDTH * scale))
    across = _thin_rules(_long_runs([ink[r * columns:(r + 1) * columns] for r in range(rows)], length), width)
    down = _thin_rules(_long_runs([ink[c::columns] for c in range(columns)], length), width)
    if not across and not down:
        return image, [], []
    painted = bytearray(pixels)
    for row, start, end in (run for stroke in across for run in stroke):
        painted[row * columns + start:row * columns + end] = b"\xff" * (end - start)
    for column, start, end in (run for stroke in down for run in stroke):
        painted[start * columns + column:end * columns + column:columns] = b"\xff" * (end - start)
    rules = [Rule(x=(stroke[0][0] + stroke[-1][0] + 1) / 2 / scale, top=min(r[1] for r in stroke) / scale,
                  bottom=max(r[2] for r in stroke) / scale) for stroke in down]
    horizontal = [Across(y=(stroke[0][0] + stroke[-1][0] + 1) / 2 / scale, left=min(r[1] for r in stroke) / scale,
                         right=max(r[2] for r in stroke) / scale) for stroke in across]
    return b"\n".join((magic, size, depth, bytes(painted))), rules, horizontal


def mark_rules(words_by_line: list[list[_Word]], rules: list[Rule], across: list[Across] = ()) -> list[list[_Word]]:
    """Each line with a "|" word where an erased vertical rule crosses it between its words (as
    Tesseract reads a rule it sees), so a ruled table's cells split at their rules, not only at gaps;
    and its words given the ruled row box the line lies in, so the lines of one row's wrapped cells
    stay one row (:func:`_row_box`)."""
    marked = []
    for words in words_by_line:
        top, bottom = min(w.top for w in words), max(w.bottom for w in words)
        left, right = min(w.left for w in words), max(w.right for w in words)
        box = _row_box(across, top, bottom, left, right)
        for word in words:
            word.row_box = box
        bars: list[_Word] = []
        for rule in sorted(rules, key=lambda r: r.x):
            crosses = left < rule.x < right and rule.top <= (top + bottom) / 2 <= rule.bottom
            # (a rule a few pixels thick can be found as two strokes side by side: one bar for both)
            if crosses and not any(w.left < rule.x < w.right for w in words) \
                    and not (bars and rule.x - bars[-1].right < RULE_WIDTH):
                bars.append(_Word("|", rule.x - 0.5, top, rule.x + 0.5, bottom, 100.0))
        for bar in bars:
            bar.row_box = box
        marked.append(sorted(words + bars, key=lambda w: w.left) if bars else words)
    return marked


def _row_box(across: list[Across], top: float, bottom: float, left: float, right: float) -> tuple | None:
    """(top, bottom) of the nearest horizontal rules above and below a line that both run under all of
    it, when they are at most ROW_BOX_LINES lines apart; None otherwise (no ruled row)."""
    spanning = [rule for rule in across if rule.left <= left + 1 and rule.right >= right - 1]
    above = max((rule.y for rule in spanning if rule.y <= top + 1), default=None)
    below = min((rule.y for rule in spanning if rule.y >= bottom - 1), default=None)
    if above is None or below is None or below - above > ROW_BOX_LINES * (bottom - top):
        return None
    return round(above, 1), round(below, 1)


def run_tesseract(image: bytes, timeout: float | None = None) -> str:
    """Tesseract's TSV for one image, or IngestError saying why there is none."""
    timeout = timeout or PAGE_TIMEOUT
    command = tesseract_path()
    if command is None:
        raise IngestError(f"OCR needs the tesseract command: {INSTALL_HINT}")
    # --psm 3: find the page's layout (columns, blocks) itself, as for a printed page.
    args = [command, "stdin", "stdout", "--psm", "3", "-l", "eng", "tsv"]
    try:
        # One thread: ingest already runs a worker per core, and Tesseract's own threads would fight them.
        done = subprocess.run(args, input=image, capture_output=True, timeout=timeout,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    except subprocess.TimeoutExpired:
        raise IngestError(f"OCR (tesseract) did not finish a page within {timeout:g} seconds") from None
    except OSError as exc:
        raise IngestError(f"could not run tesseract: {exc.strerror or exc}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise IngestError(f"OCR failed (tesseract exit {done.returncode}"
                          + (f": {reason[-1]}" if reason else "") + ")")
    return done.stdout.decode("utf-8", "replace")


def tsv_lines(tsv: str, scale: float) -> list[list[_Word]]:
    """Tesseract's words, grouped into its lines (in its reading order), boxes in points."""
    lines: dict[tuple, list[_Word]] = {}
    rows = tsv.splitlines()
    for row in rows[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5":
            continue
        try:
            left, top, width, height = (int(v) for v in fields[6:10])
            confidence = float(fields[10])
        except ValueError:
            continue
        text = fields[11].strip()
        if not text or confidence < WORD_CONFIDENCE:
            continue
        key = tuple(fields[1:5])  # page, block, paragraph, line
        lines.setdefault(key, []).append(_Word(text, left / scale, top / scale, (left + width) / scale,
                                               (top + height) / scale, confidence))
    return [words for words in lines.values()
            if sum(w.confidence for w in words) / len(words) >= LINE_CONFIDENCE]


def is_rule(word: _Word) -> bool:
    """Whether a word is a ruled table's vertical line, which Tesseract reads as "|" (or "!")."""
    return not word.text.strip("|!")


def _line_size(words: list[_Word]) -> float | None:
    """A line's size: the height of its tallest word (a capital or ascender over a descender
    spans the font's size) leaving out a word over OUTLIER_HEIGHT times the line's median (a
    stray mark read as a word); None for a line with no letter or figure."""
    heights = sorted(w.bottom - w.top for w in words if any(c.isalnum() for c in w.text))
    if not heights:
        return None
    usual = heights[len(heights) // 2]
    return float(round(max(h for h in heights if h <= OUTLIER_HEIGHT * usual)))


def _segment_count(words: list[_Word], gap: float) -> int:
    """Runs of a line's words (left to right) split by a gap wider than ``gap`` or by a ruled line."""
    count, after_rule = 1, False
    previous = None
    for word in words:
        if is_rule(word):
            after_rule = previous is not None
            continue
        if previous is not None and (after_rule or word.left - previous.right > gap):
            count += 1
        previous, after_rule = word, False
    return count


def page_lines(words_by_line: list[list[_Word]], page_number: int, gap_factor: float = 0.8) -> list[Line]:
    """Lines as the PDF reader makes them, sized by :func:`_line_size`; :func:`even_sizes`
    then gives body lines one size."""
    lines = []
    for words in words_by_line:
        words = sorted(words, key=lambda w: w.left)
        size = _line_size(words)
        # A ruled table's vertical lines are read as "|" words: they separate cells (a segment
        # each side), and they are taller than any letter, so they would make a table row a heading.
        text_words = [w for w in words if not is_rule(w)]
        text = normalise(" ".join(w.text for w in text_words))
        if size is None or not text:
            continue
        lines.append(Line(text=text, page=page_number, x0=text_words[0].left, top=min(w.top for w in text_words),
                          x1=max(w.right for w in text_words), bottom=max(w.bottom for w in text_words),
                          size=size, bold=False, segments=_segment_count(words, size * gap_factor)))
    return lines


def table_words(words_by_line: list[list[_Word]]) -> list[dict]:
    """The words of a page as the PDF reader's table finder takes them (x0, x1, top, bottom,
    size, fontname, text), so a scanned page's tables are found as a typed page's are.  Each
    word stands in its Tesseract line's box, at that line's size: the letters of one printed
    line are read at tops a few points apart (a capital, an x-height word), which would split
    it; a "|" word is marked ``rule`` (a column boundary, not text); ``ocr_word`` is the word read."""
    out = []
    for words in words_by_line:
        size = _line_size(words)
        if size is None:
            continue
        # A stray mark read as a word, taller than type (a watermark's stroke), is no cell's text: it
        # would join the cells either side of it into one and move the line's box.
        words = [w for w in words if is_rule(w) or w.bottom - w.top <= OUTLIER_HEIGHT * size]
        type_words = [w for w in words if not is_rule(w)]
        if not type_words:
            continue
        top, bottom = min(w.top for w in type_words), max(w.bottom for w in type_words)
        for word in words:
            out.append({"text": word.text, "x0": word.left, "x1": word.right, "top": top, "bottom": bottom,
                        "size": size, "fontname": "", "rule": is_rule(word), "ocr_word": word,
                        "row_box": word.row_box})
    return out


def even_sizes(lines: list[Line]) -> None:
    """Give every line less than SIZE_RATIO times the body size the body size.  A height
    measured from scanned words varies with the letters on a line and with the scan
    (body lines of one page measure 8 to 10 points), where a font size does not; the
    block rules join lines of one size into paragraphs and make bigger ones headings.
    The body size is the median size of the text (by characters) of all the OCR'd pages
    of a document: a title line, however long, does not set it on a short paper."""
    weighted = sorted((line.size, len(line.text)) for line in lines)
    total = sum(weight for _size, weight in weighted)
    if not total:
        return
    seen, body = 0, weighted[-1][0]
    for size, weight in weighted:
        seen += weight
        if seen >= 0.5 * total:
            body = size
            break
    for line in lines:
        if line.size < body * SIZE_RATIO:
            line.size = body


def ocr_page(page, page_number: int, timeout: float | None = None) -> list[list[_Word]]:
    """The words of one pdfium page read by OCR, by Tesseract's lines; IngestError when it cannot be read."""
    try:
        image, scale = render_page(page)
    except IngestError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # pdfium failing on a broken image or page
        raise IngestError(f"could not render page {page_number} for OCR ({type(exc).__name__}: {exc})") from None
    erased, rules, across = erase_rules(image, scale)
    try:
        lines = mark_rules(tsv_lines(run_tesseract(erased, timeout), scale), rules, across)
        split = split_numbers(lines) if erased is not image else []
        if split:
            # Ruled minutes (a narrow column of minute numbers beside each minute's text): with the
            # rules erased Tesseract can read the number column as a block of its own, parting each
            # number from its minute.  The reading with the rules kept wins when it holds the numbers
            # on their minutes' lines (it may lose them instead: then the erased reading stays).
            ruled = tsv_lines(run_tesseract(image, timeout), scale)
            if 2 * len(split & leading_numbers(ruled)) >= len(split):
                lines = ruled
        return lines
    except IngestError as exc:
        raise IngestError(f"page {page_number}: {exc}") from None


def _is_number(word: _Word) -> bool:
    """Whether a word is a figure or a paragraph number ("11.4.02", "7"): digits, no letters."""
    return any(c.isdigit() for c in word.text) and not any(c.isalpha() for c in word.text)


def split_numbers(words_by_line: list[list[_Word]]) -> set[str]:
    """The numbers read alone on a line with another line's words beside them to their right at the
    same height: a row's first column (its number) read apart from the row's text."""
    split = set()
    for line in words_by_line:
        typed = [w for w in line if not is_rule(w)]
        if len(typed) != 1 or not _is_number(typed[0]):
            continue
        number = typed[0]
        middle = (number.top + number.bottom) / 2
        if any(other is not line and any(not is_rule(w) and w.left > number.right and w.top <= middle <= w.bottom
                                          for w in other) for other in words_by_line):
            split.add(number.text)
    return split


def leading_numbers(words_by_line: list[list[_Word]]) -> set[str]:
    """The numbers that open a line with more words after them (a minute's number and its text)."""
    leading = set()
    for line in words_by_line:
        typed = [w for w in line if not is_rule(w)]
        if len(typed) >= 2 and _is_number(typed[0]):
            leading.add(typed[0].text)
    return leading


def pages_text(numbers: list[int]) -> str:
    """"page 3", "pages 1-4", "pages 1, 3-5": the pages a warning names."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    spans = [str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs]
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(spans)
