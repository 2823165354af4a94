"""Build committee-paper PDFs for tests and examples with fpdf2.

Other tests may import this module; its public API is:

* ``Paper(running_header=None, footer="Page {page} of {pages}", title=..., author=...)``
  an FPDF subclass drawing a running header on every page and a page footer.
* ``heading(pdf, text, size=13)``, ``paragraph(pdf, text)``,
  ``bullet(pdf, text, marker="-")``, ``text_lines(pdf, lines)``: page content.
* ``table(pdf, rows, widths, ruled=True, header="bold", repeat_header=False)``:
  a table (ruled: cell borders drawn; unruled: whitespace-aligned columns).
  ``header`` is "bold", "shaded", "plain" or None (the first row is data).
  A ``"\\n"`` inside a cell starts a new line (a bullet or paragraph break).
* ``save(pdf, path) -> Path``; ``encrypted(path)``, ``scanned(path)``,
  ``truncated(path)``, ``random_bytes(path)``: the broken inputs readers refuse.
* ``headed_paper(path, header, title_lines, body)``: a paper with a running header, built
  from (kind, text) pairs (headings, tables, bullets, page breaks, paragraphs).
* ``committee_paper(path, ...)``: a complete 2-page fictional paper (cover
  sheet, numbered sections, a contract table over two pages, recommendations,
  a Risk | Mitigation table, running header and footers).

Only Helvetica is used, so text must stay within ASCII plus "£" (fpdf2's
core fonts have no en dash).
"""
from __future__ import annotations

import datetime as dt
import random
import struct
import zlib
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

LINE_HEIGHT = 5.5


class Paper(FPDF):
    def __init__(self, running_header: str | None = None, footer: str | None = "Page {page} of {pages}",
                 title: str | None = None, author: str | None = None):
        super().__init__(format="A4")
        # A fixed date keeps a rebuilt file byte-identical.
        self.set_creation_date(dt.datetime(2025, 9, 26, 9, 0, tzinfo=dt.timezone.utc))
        self.running_header = running_header
        self.footer_template = footer
        self.set_auto_page_break(True, margin=22)
        self.set_margins(20, 20, 20)
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.running_header:
            self.set_font("Helvetica", "", 8)
            self.set_xy(20, 8)
            self.cell(0, 5, self.running_header, align="R")
            self.set_xy(20, 20)

    def footer(self):
        if self.footer_template:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            text = self.footer_template.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
            self.cell(0, 5, text, align="C")


def heading(pdf: FPDF, text: str, size: float = 13) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.ln(2)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def paragraph(pdf: FPDF, text: str, size: float = 11) -> None:
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(0, LINE_HEIGHT, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def bullet(pdf: FPDF, text: str, marker: str = "-", size: float = 11) -> None:
    pdf.set_font("Helvetica", "", size)
    pdf.set_x(pdf.l_margin + 4)
    pdf.cell(6, LINE_HEIGHT, marker)
    pdf.multi_cell(0, LINE_HEIGHT, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def text_lines(pdf: FPDF, lines: list[str], size: float = 11) -> None:
    """Lines placed exactly as given (no wrapping): for line-end hyphens and layout tests."""
    pdf.set_font("Helvetica", "", size)
    for line in lines:
        pdf.cell(0, LINE_HEIGHT, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def table(pdf: FPDF, rows: list[list[str]], widths: list[float], ruled: bool = True,
          header: str | None = "bold", repeat_header: bool = False, size: float = 9.5) -> None:
    """Draw ``rows``; fpdf2 breaks the table across pages when it does not fit."""
    pdf.set_font("Helvetica", "", size)
    style = None
    if header == "bold":
        style = FontFace(emphasis="BOLD", fill_color=None)
    elif header == "shaded":
        style = FontFace(emphasis=None, fill_color=(200, 200, 200))
    elif header == "plain":
        style = FontFace(emphasis=None, fill_color=None)
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(col_widths=tuple(widths), width=sum(widths), align="LEFT",
                   borders_layout="ALL" if ruled else "NONE",
                   first_row_as_headings=header is not None,
                   headings_style=style or FontFace(),
                   repeat_headings=1 if repeat_header else 0,
                   line_height=size * 0.5, padding=1.2,
                   text_align="LEFT") as grid:
        for row in rows:
            line = grid.row()
            for cell in row:
                line.cell(cell)
    pdf.ln(4)


def save(pdf: FPDF, path) -> Path:
    path = Path(path)
    pdf.output(str(path))
    return path


# -- broken inputs -------------------------------------------------------------

def headed_paper(path, header: str, title_lines: list[str], body: list[tuple[str, object]]) -> Path:
    """A paper with a running header and page footer: its title lines, then ``body`` as (kind, text)
    pairs: "h" a heading, "t" a table ((rows, widths)), "b" a bullet, "break" a new page, anything
    else a paragraph."""
    pdf = Paper(running_header=header, footer="Page {page} of {pages}")
    pdf.add_page()
    for line in title_lines:
        heading(pdf, line, 13)
    for kind, text in body:
        if kind == "h":
            heading(pdf, text, 11)
        elif kind == "t":
            table(pdf, text[0], widths=text[1], header="bold", size=9)
        elif kind == "b":
            bullet(pdf, text, marker=chr(149))
        elif kind == "break":
            pdf.add_page()
        else:
            paragraph(pdf, text)
    return save(pdf, path)


def _small_paper() -> Paper:
    pdf = Paper(running_header="Wessex County Council")
    pdf.add_page()
    heading(pdf, "1. Purpose of Report")
    paragraph(pdf, "This report asks Cabinet to agree the recommissioning of community therapy services.")
    return pdf


def encrypted(path, password: str = "s3cret") -> Path:
    pdf = _small_paper()
    pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    return save(pdf, path)


def truncated(path) -> Path:
    data = bytes(_small_paper().output())
    path = Path(path)
    path.write_bytes(data[: len(data) // 2])
    return path


def random_bytes(path, size: int = 32 * 1024, seed: int = 11) -> Path:
    path = Path(path)
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def scanned(path, pages: int = 2) -> Path:
    """An image-only PDF, as a scanner without OCR produces: no text layer."""
    path = Path(path)
    width, height = 120, 160
    raw = b"".join(b"\x00" + bytes(30 if (x // 8 + y // 12) % 5 == 0 else 235 for x in range(width))
                   for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    image = path.with_suffix(".png")
    image.write_bytes(png)
    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        pdf.image(str(image), x=15, y=15, w=180)
    pdf.output(str(path))
    image.unlink()
    return path


# -- a complete fictional paper -------------------------------------------------

CONTRACT_ROWS = [
    ["Service", "Commissioner", "Provider", "Contract type", "Annual value", "End date"],
    ["Children's speech and language therapy", "Wessex County Council",
     "Wessex Community Health NHS Trust", "Block contract", "£1,240,000", "31 March 2026"],
    ["Occupational therapy for children\nincludes sensory assessment", "North Wessex Integrated Care Board",
     "Wessex Community Health NHS Trust", "Block contract", "£865,500", "31 March 2026"],
    ["Physiotherapy (community clinics)", "North Wessex Integrated Care Board",
     "Brightside Therapies CIC", "Spot purchase", "£212,000", "30 September 2025"],
    ["Early language support in nurseries", "Wessex County Council", "Brightside Therapies CIC",
     "Grant agreement", "£96,750", "31 August 2025"],
    ["Specialist feeding and swallowing clinic", "North Wessex Integrated Care Board",
     "Wessex Community Health NHS Trust", "Block contract", "£310,000", "31 March 2027"],
    ["Autism assessment pathway", "North Wessex Integrated Care Board", "Harbourside Health Partnership LLP",
     "Framework call-off", "£1,050,000", "30 June 2026"],
]

RISK_ROWS = [
    ["Risk", "Mitigation"],
    ["Staff turnover in the incumbent provider during the procurement period",
     "Retention payments agreed with the provider until the new contract starts"],
    ["Bids exceed the available budget", "Market engagement held in advance; lots can be awarded separately"],
    ["Families experience a gap in therapy during mobilisation",
     "A three-month mobilisation period with a joint transition plan"],
]


def cover(pdf: Paper, body: str, fields: list[list[str]], widths=(45, 125), ruled: bool = True,
          size: float = 16, line_height: float = 8) -> None:
    """A cover sheet on a new page: the body's name in bold, then its `Label | Value` fields."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, line_height, body, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(pdf, fields, widths=list(widths), ruled=ruled, header=None, size=10.5)


def committee_paper(path, running_header: str = "Children and Young People's Committee 9 October 2025",
                    contract_rows: list[list[str]] | None = None, repeat_header: bool = False) -> Path:
    """A 2-page fictional committee report whose contract table runs over two pages."""
    pdf = Paper(running_header=running_header, title="Children's Therapy Services: Procurement Plan",
                author="Alex Morgan, Head of Commissioning")
    cover(pdf, "Wessex County Council", [
        ["Committee", "Children and Young People's Committee"],
        ["Meeting date", "9 October 2025"],
        ["Report title", "Children's Therapy Services: Procurement Plan"],
        ["Report author", "Alex Morgan, Head of Commissioning"],
        ["Key decision", "Yes"],
    ], size=18, line_height=9)
    heading(pdf, "1. Purpose of Report")
    paragraph(pdf, "1.1 This report sets out the outcome of the review of children's therapy services "
                   "commissioned jointly by Wessex County Council and North Wessex Integrated Care Board, "
                   "and asks the Committee to agree a procurement for new contracts from 1 April 2026.")
    paragraph(pdf, "1.2 The services support around 4,800 children and young people each year across "
                   "the county and are valued at £3.77 million a year in total.")
    heading(pdf, "2. Recommendations")
    paragraph(pdf, "2.1 The Committee is asked to:")
    bullet(pdf, "(a) approve a competitive procurement for children's therapy services for a term of "
                "five years with an option to extend for two further years;", marker="")
    bullet(pdf, "(b) delegate authority to the Corporate Director of Children's Services to award the "
                "contracts following the procurement; and", marker="")
    bullet(pdf, "(c) note the risks and mitigations set out in section 6.", marker="")
    heading(pdf, "3. Background")
    paragraph(pdf, "3.1 The current arrangements grew up over ten years through a series of separate "
                   "agreements. Joined-up commissioning was agreed by the Health and Wellbeing Board in "
                   "2023 and the review was completed in co-operation with schools and parent carer forums.")
    paragraph(pdf, "3.2 Demand has risen by 18 per cent since 2022, and waiting times for a first "
                   "assessment now exceed 26 weeks for speech and language therapy.")
    heading(pdf, "4. Current Contracts")
    paragraph(pdf, "4.1 The table below lists the contracts in scope of this review.")
    table(pdf, contract_rows or CONTRACT_ROWS, widths=[34, 30, 32, 24, 22, 28], ruled=True,
          header="bold", repeat_header=repeat_header, size=9)
    heading(pdf, "5. Options Considered")
    paragraph(pdf, "5.1 Three options were considered: extending the existing contracts, bringing the "
                   "services in house, and a competitive procurement in lots.")
    bullet(pdf, "Extension would not address waiting times and is not permitted beyond 2026.", marker="-")
    bullet(pdf, "An in-house service would need TUPE transfer of 140 staff and new premises.", marker="-")
    paragraph(pdf, "5.2 A competitive procurement in lots is recommended because it allows smaller "
                   "providers, including voluntary sector organisations, to bid.")
    heading(pdf, "6. Risks and Mitigations")
    table(pdf, RISK_ROWS, widths=[85, 85], ruled=True, header="shaded", size=9.5)
    heading(pdf, "7. Financial Implications")
    paragraph(pdf, "7.1 The budget for the new contracts is £3.8 million a year, funded 60 per cent by "
                   "the Council and 40 per cent by the Integrated Care Board under a section 75 agreement.")
    paragraph(pdf, "Contact officer: Alex Morgan, Head of Commissioning, Wessex County Council.")
    return save(pdf, path)


def rotated(source, path, rotation: int) -> Path:
    """``source`` with every page stored unrotated-sideways and a /Rotate of ``rotation``
    (90, 180, 270), so it displays exactly as ``source`` does: how landscape appendices
    are often stored (a portrait box, the content turned, /Rotate 90)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(source))
    for page in pdf:
        width, height = page.get_size()
        # The displayed frame's (x, y) to the stored frame's, for each rotation.
        turn = {90: (0, 1, -1, 0, height, 0), 180: (-1, 0, 0, -1, width, height),
                270: (0, -1, 1, 0, 0, width)}[rotation]
        for i in range(raw.FPDFPage_CountObjects(page.raw)):
            raw.FPDFPageObj_Transform(raw.FPDFPage_GetObject(page.raw, i), *turn)
        stored = (height, width) if rotation in (90, 270) else (width, height)
        raw.FPDFPage_SetMediaBox(page.raw, 0, 0, *stored)
        raw.FPDFPage_SetCropBox(page.raw, 0, 0, *stored)
        raw.FPDFPage_SetRotation(page.raw, rotation // 90)
        raw.FPDFPage_GenerateContent(page.raw)
        page.close()
    pdf.save(str(path))
    pdf.close()
    return Path(path)


def symbol_bullet_paper(path, lines: list[tuple[str | None, str]], font: str = "Symbol") -> Path:
    """A one-page PDF whose list items open with a bullet set in a symbol font, the way Word
    exports them: each line is ``(code point or None, text)``; the code point (``"\\uf0b7"``,
    ``"\\uf0a7"``, ``"\\uf076"``) is drawn from ``font`` at byte ``code & 0xFF`` and mapped to that
    private-use code point by the font's ToUnicode map, so pdfium reads it back as written;
    ``(None, "")`` leaves a paragraph's gap.
    Written by hand (fpdf2 cannot map a glyph to a private-use code point)."""
    codes = sorted({ord(mark) for mark, _ in lines if mark})
    cmap = "\n".join(f"<{code & 0xFF:02X}> <{code:04X}>" for code in codes)
    to_unicode = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                  "/CMapName /Bullets def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
                  f"{len(codes)} beginbfchar\n{cmap}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1").decode("latin-1")

    ops, y = [], 800
    for mark, text in lines:
        if not mark and not text:
            y -= 10  # a blank line: the gap between paragraphs
            continue
        if mark:
            ops.append(f"BT /F2 11 Tf 72 {y} Td <{ord(mark) & 0xFF:02X}> Tj ET")
            ops.append(f"BT /F1 11 Tf 90 {y} Td ({escaped(text)}) Tj ET")
        else:
            ops.append(f"BT /F1 11 Tf 72 {y} Td ({escaped(text)}) Tj ET")
        y -= 16
    content = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /ToUnicode 7 0 R >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(to_unicode) + to_unicode.encode() + b"\nendstream",
    ]
    return _write_objects(path, objects)


def broken_ligature_paper(path, lines: list[str], misread: dict[str, str]) -> Path:
    """A one-page PDF whose font draws each ligature of ``misread`` ("ti", "tt" ...) as one glyph
    and whose ToUnicode map reads that glyph as the wrong code point given (a capital, as Word's
    Calibri exports do: "ti" -> "U"), so pdfium reads "meeUng" where the page shows "meeting".
    The ligature glyph is drawn at a byte of its own (1, 2 ...); every other byte reads as WinAnsi.
    Written by hand (fpdf2 cannot give a glyph a wrong Unicode map)."""
    codes = {ligature: index for index, ligature in enumerate(misread, start=1)}
    cmap = "\n".join(f"<{code:02X}> <{ord(misread[ligature]):04X}>" for ligature, code in codes.items())
    to_unicode = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                  "/CMapName /Ligatures def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
                  f"{len(codes)} beginbfchar\n{cmap}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")

    def drawn(text: str) -> str:
        text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        for ligature, code in sorted(codes.items(), key=lambda item: -len(item[0])):
            text = text.replace(ligature, f"\\{code:03o}")
        return text

    ops, y = [], 800
    for text in lines:
        if text:
            ops.append(f"BT /F1 11 Tf 72 {y} Td ({drawn(text)}) Tj ET")
        y -= 16
    content = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(to_unicode) + to_unicode.encode() + b"\nendstream",
    ]
    return _write_objects(path, objects)


def _write_objects(path, objects: list[bytes]) -> Path:
    """A PDF file of ``objects`` (numbered from 1, the first the catalogue) with its cross-reference table:
    the one writer of the hand-made test PDFs that fpdf2 cannot make."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path = Path(path)
    path.write_bytes(bytes(out))
    return path


def scanned_paper(path, pages: list[list[tuple[float, str]]], dpi: int = 200,
                  typed_cover: list[str] | None = None) -> Path:
    """An image-only PDF of a paper's text, as a scanner without OCR makes it: each page
    a list of (font size in points, line) drawn into a greyscale A4 image with PIL
    (a size of 0 leaves a blank line), placed full-page with no text layer.
    ``typed_cover``: lines of a first page that has a text layer (a typed cover sheet)."""
    from PIL import Image, ImageDraw, ImageFont

    path = Path(path)
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    pdf = FPDF(format="A4")
    if typed_cover:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, "\n".join(typed_cover))
    for number, lines in enumerate(pages):
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        y = dpi  # a one-inch top margin
        for size, text in lines:
            pixels = round(size * dpi / 72) if size else round(11 * dpi / 72)
            if size:
                draw.text((dpi, y), text, fill=0, font=ImageFont.load_default(size=pixels))
            y += round(pixels * 1.5)
        page_image = path.with_name(f"{path.stem}-page{number}.png")
        image.save(page_image)
        pdf.add_page()
        pdf.image(str(page_image), x=0, y=0, w=210, h=297)
        page_image.unlink()
    pdf.output(str(path))
    return path


def scanned_drawing(path, pages: list[list[tuple]], dpi: int = 200) -> Path:
    """An image-only PDF of pages laid out by position, as a scanner without OCR makes it: each
    page a list of ``("text", x, y, size, text)`` (Helvetica, the top left of the text in points
    from the page's top left corner; "£" allowed) and ``("rule", x0, y0, x1, y1)`` (a ruled line,
    in points), typeset with fpdf2, rendered to a greyscale image by pdfium and placed full-page
    with no text layer."""
    import pypdfium2 as pdfium

    path = Path(path)
    typed = FPDF(unit="pt", format="A4")
    typed.set_auto_page_break(False)
    typed.set_line_width(0.8)
    for items in pages:
        typed.add_page()
        for kind, *spec in items:
            if kind == "text":
                x, y, size, text = spec
                typed.set_font("Helvetica", size=size)
                typed.text(x, y + 0.8 * size, text)  # fpdf2 places text by its baseline
            else:
                typed.line(*spec)
    typed_path = path.with_name(f"{path.stem}-typed.pdf")
    typed.output(str(typed_path))
    document = pdfium.PdfDocument(str(typed_path))
    pdf = FPDF(format="A4")
    try:
        for number in range(len(document)):
            page_image = path.with_name(f"{path.stem}-page{number}.png")
            document[number].render(scale=dpi / 72, grayscale=True).to_pil().save(page_image)
            pdf.add_page()
            pdf.image(str(page_image), x=0, y=0, w=210, h=297)
            page_image.unlink()
    finally:
        document.close()
        typed_path.unlink()
    pdf.output(str(path))
    return path
