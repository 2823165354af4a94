"""Builders of good and bad paper files, for the reliability tests.

Every builder writes one file (or link) under a folder it is given and returns
its path.  The good papers are fictional Wessex authorities with the structure
of real committee reports; the bad ones are the inputs a folder of downloaded
papers really contains: empty, truncated, encrypted, mislabelled, bombs.
"""
from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

from fpdf import FPDF

PAPER_SECTIONS = [
    ("1. Purpose of the report",
     ["1.1 This report asks Cabinet to approve the award of a contract for {service} "
      "to {provider} from 1 April 2025 to 31 March 2028."]),
    ("2. Recommendations",
     ["2.1 That Cabinet approves the award of the {service} contract to {provider} "
      "at a total value of £{value:,} over three years.",
      "2.2 That authority is delegated to the Director of Adult Social Care to finalise the terms."]),
    ("3. Background",
     ["3.1 {commissioner} currently commissions {service} under a block contract that ends on 31 March 2025.",
      "3.2 The service supports around {people} residents each year across the county."]),
    ("4. Financial implications",
     ["4.1 The annual cost of £{annual:,} will be met from the existing budget.",
      "4.2 A saving of £{saving:,} is expected in 2025/26."]),
    ("5. Risks",
     ["5.1 There is a risk that the provider cannot recruit enough therapists; this will be mitigated "
      "by monthly contract monitoring meetings."]),
]

SERVICES = ["children's speech and language therapy", "community equipment", "home care",
            "advocacy services", "carers support", "school nursing"]
PROVIDERS = ["Wessex Community Health NHS Trust", "Brightside Therapies CIC", "Acme Care Ltd",
             "Kingsbridge Advocacy Ltd", "Carers Together Wessex", "Downland Nursing Services Ltd"]
COMMISSIONERS = ["Wessex County Council", "North Wessex Integrated Care Board"]


def paper_lines(number: int) -> list[tuple[str, str]]:
    """(kind, text) lines of fictional paper ``number``: distinct content per number."""
    service = SERVICES[number % len(SERVICES)]
    values = {
        "service": service,
        "provider": PROVIDERS[number % len(PROVIDERS)],
        "commissioner": COMMISSIONERS[number % len(COMMISSIONERS)],
        "value": 1_200_000 + 37_000 * number,
        "annual": 400_000 + 12_000 * number,
        "saving": 25_000 + 1_000 * number,
        "people": 300 + number,
    }
    lines = [("title", values["commissioner"]),
             ("title", f"Cabinet, {1 + number % 27} March 2025"),
             ("title", f"Report {number}: {service.capitalize()} contract award")]
    for heading, paragraphs in PAPER_SECTIONS:
        lines.append(("heading", heading))
        lines.extend(("paragraph", p.format(**values)) for p in paragraphs)
    return lines


def good_text_paper(folder: Path, number: int, name: str | None = None) -> Path:
    path = Path(folder) / (name or f"paper-{number:02d}.txt")
    path.write_text("\n\n".join(text for _kind, text in paper_lines(number)) + "\n", encoding="utf-8")
    return path


def _pdf(lines: list[tuple[str, str]], pages: int = 1) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    for page in range(pages):
        pdf.add_page()
        for kind, text in lines:
            pdf.set_font("Helvetica", "B" if kind != "paragraph" else "", 13 if kind != "paragraph" else 11)
            pdf.multi_cell(0, 6, text if pages == 1 else f"{text} (page {page + 1})")
            pdf.ln(2)
    return pdf


def good_pdf_paper(folder: Path, number: int, name: str | None = None) -> Path:
    path = Path(folder) / (name or f"paper-{number:02d}.pdf")
    _pdf(paper_lines(number)).output(str(path))
    return path


# -- bad inputs --------------------------------------------------------------

def zero_byte(folder: Path, name: str = "empty.pdf") -> Path:
    path = Path(folder) / name
    path.write_bytes(b"")
    return path


def truncated_pdf(folder: Path, name: str = "truncated.pdf") -> Path:
    data = bytes(_pdf(paper_lines(1)).output())
    path = Path(folder) / name
    # Cut inside the page content, as an interrupted download does.
    path.write_bytes(data[: len(data) // 3])
    return path


def encrypted_pdf(folder: Path, name: str = "password.pdf", password: str = "s3cret") -> Path:
    pdf = _pdf(paper_lines(2))
    pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    path = Path(folder) / name
    pdf.output(str(path))
    return path


def random_bytes(folder: Path, name: str, size: int = 64 * 1024, seed: int = 7) -> Path:
    path = Path(folder) / name
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


DOCX_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>')
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bomb(folder: Path, name: str = "bomb.docx", inflated_bytes: int = 2 * 1024 ** 3) -> Path:
    """A structurally valid DOCX whose document.xml inflates to ``inflated_bytes``.

    The repeated run compresses about 1000:1, so the file on disk is a few
    megabytes; a reader that inflates it whole needs gigabytes of memory.
    """
    path = Path(folder) / name
    head = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}">'
            '<w:body><w:p><w:r><w:t>').encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    chunk = b"A" * (4 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        zf.writestr("_rels/.rels", DOCX_RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head)
            written = len(head)
            while written < inflated_bytes:
                piece = chunk[: inflated_bytes - written]
                member.write(piece)
                written += len(piece)
            member.write(tail)
    return path


def deep_html(folder: Path, name: str = "deep.html", depth: int = 300_000) -> Path:
    path = Path(folder) / name
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html><html><head><title>Nested</title></head><body>")
        fh.write("<div>" * depth)
        fh.write("<p>Wessex County Council Cabinet report text at the bottom of the nesting.</p>")
        fh.write("</div>" * depth)
        fh.write("</body></html>")
    return path


# Text whose bytes are invalid UTF-8: a £ sign, an en dash and accented letters.
LEGACY_TEXT = ("Wessex County Council\n\nCabinet \u2013 12 March 2025\n\n"
               "1. Recommendations\n\n1.1 That Cabinet approves a contract with Caf\u00e9 Sant\u00e9 Ltd "
               "worth \u00a3250,000 for the d\u00e9j\u00e0 vu service.\n")


def legacy_text(folder: Path, encoding: str, name: str | None = None) -> Path:
    text = LEGACY_TEXT if encoding != "latin-1" else LEGACY_TEXT.replace("\u2013", "-")
    path = Path(folder) / (name or f"legacy-{encoding}.txt")
    path.write_bytes(text.encode(encoding))
    return path


def long_pdf(folder: Path, pages: int = 400, name: str = "long.pdf") -> Path:
    """A long paper: the same fictional report section repeated on ``pages`` pages."""
    path = Path(folder) / name
    lines = paper_lines(3)[3:9]
    _pdf(lines, pages=pages).output(str(path))
    return path


def scanned_pdf(folder: Path, name: str = "scanned.pdf") -> Path:
    """A PDF with an image and no text layer, as a scanner produces."""
    import struct
    import zlib

    width, height = 200, 100
    raw = b"".join(b"\x00" + bytes([200 if (x // 10 + y // 10) % 2 else 40 for x in range(width)])
                   for y in range(height))

    def png_chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
           + png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b""))
    image = Path(folder) / (name + ".png")
    image.write_bytes(png)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(str(image), x=10, y=10, w=180)
    path = Path(folder) / name
    pdf.output(str(path))
    image.unlink()
    return path


def symlink_loop(folder: Path, name: str = "loop.pdf") -> Path:
    """Two links pointing at each other: opening either fails with ELOOP."""
    path = Path(folder) / name
    other = Path(folder) / (name + ".other.pdf")
    os.symlink(other.name, path)
    os.symlink(path.name, other)
    return path


def folder_loop(folder: Path, name: str = "again") -> Path:
    """A link to the folder it sits in: a walk that follows it never ends."""
    path = Path(folder) / name
    os.symlink(".", path)
    return path


def unreadable(folder: Path, name: str = "locked.pdf") -> Path:
    """A file with no read permission.  Root reads it anyway: see :func:`can_read`."""
    path = Path(folder) / name
    path.write_bytes(b"%PDF-1.4\n% not a real PDF either\n")
    path.chmod(0)
    return path


def sparse_text(folder: Path, name: str = "huge.txt", size: int = 200 * 1024 * 1024) -> Path:
    """A text file of ``size`` bytes that takes no disk space (a hole of zero bytes)."""
    path = Path(folder) / name
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def device_link(folder: Path, name: str = "zero.pdf", device: str = "/dev/zero") -> Path:
    """A paper-named link to a device that can be read for ever."""
    path = Path(folder) / name
    os.symlink(device, path)
    return path


def named_pipe(folder: Path, name: str = "pipe.pdf") -> Path:
    """A FIFO: opening it for reading blocks until something writes to it."""
    path = Path(folder) / name
    os.mkfifo(path)
    return path


def can_read(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            fh.read(1)
        return True
    except OSError:
        return False


# -- corpora and database checks for the crash and concurrency tests ----------

def write_corpus(folder: Path, count: int = 18, pdf_share: int = 2) -> list[Path]:
    """``count`` distinct fictional papers; every ``pdf_share``-th one a PDF, the rest text."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [good_pdf_paper(folder, n) if n % pdf_share == 0 else good_text_paper(folder, n)
            for n in range(count)]


FACT_TABLES = ("contracts", "amounts", "key_dates", "recommendations", "risks", "document_organisations")


def has_tables(conn) -> bool:
    """Whether the schema was created.  A database file without it is a valid
    state: an ingest killed after SQLite made the file but before the schema's
    transaction committed leaves exactly that."""
    return conn.execute("select count(*) from sqlite_master where name = 'documents'").fetchone()[0] > 0


def content_by_sha(db_path) -> dict[str, tuple]:
    """sha256 -> (passages, facts per table) for every stored document."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        result = {}
        if not has_tables(conn):
            return result
        for doc_id, sha in conn.execute("select id, sha256 from documents"):
            counts = [conn.execute("select count(*) from passages where document_id = ?", [doc_id]).fetchone()[0]]
            for table in FACT_TABLES:
                counts.append(conn.execute(f"select count(*) from {table} where document_id = ?",
                                           [doc_id]).fetchone()[0])
            result[sha] = tuple(counts)
        return result
    finally:
        conn.close()


def integrity_problems(db_path) -> list[str]:
    """What is wrong with a database that should be consistent (empty when fine)."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        problems = []
        check = conn.execute("pragma integrity_check").fetchall()
        if check != [("ok",)]:
            problems.append(f"integrity_check: {check[:5]}")
        if not has_tables(conn):
            leftovers = [r[0] for r in conn.execute("select name from sqlite_master")]
            # No schema yet: all of it or nothing, never a part.
            return problems + ([f"part of a schema: {leftovers}"] if leftovers else [])
        problems += [f"document {r[0]} has no passages" for r in conn.execute(
            "select id from documents d where not exists (select 1 from passages p where p.document_id = d.id)")]
        problems += [f"path {r[0]} points at missing document {r[1]}" for r in conn.execute(
            "select path, document_id from document_paths dp "
            "where not exists (select 1 from documents d where d.id = dp.document_id)")]
        problems += [f"document {r[0]} has no path" for r in conn.execute(
            "select id from documents d where not exists (select 1 from document_paths dp where dp.document_id = d.id)")]
        # FTS5's own check compares the index with the passages it indexes:
        # an index missing rows (a lost trigger) fails it.
        try:
            conn.execute("insert into passages_fts(passages_fts) values ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"passages_fts: {exc}")
        triggers = {r[0] for r in conn.execute("select name from sqlite_master where type = 'trigger'")}
        if not {"passages_ai", "passages_ad", "passages_au"} <= triggers:
            problems.append("passages_fts triggers missing: new passages would not be searchable")
        return problems
    finally:
        conn.close()
