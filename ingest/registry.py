"""Choose the reader for a file, by its extension (and, for PDFs, its bytes).

Each reader is a module under ``ingest.readers`` with a ``read(path) ->
Document`` function; :func:`reader_for` maps a path to one.  Readers are
imported lazily so that a run that reads only text files never imports
pdfplumber.
"""
from __future__ import annotations

import hashlib
import importlib
import os
from pathlib import Path

from .errors import IngestError
from .model import Document

READERS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".md": "text",
}

# A file larger than this is refused before it is read: committee papers are
# megabytes, not gigabytes, and a reader must never be handed a disk image.
MAX_FILE_BYTES = 512 * 1024 * 1024


def supported(path) -> bool:
    return Path(path).suffix.lower() in READERS


def format_of(path) -> str:
    return READERS[Path(path).suffix.lower()]


def sha256_of(path, chunk=1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def read_document(path) -> Document:
    """Read any supported file into a Document, or raise IngestError."""
    path = Path(path)
    if not supported(path):
        raise IngestError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        stat = path.stat()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    if stat.st_size == 0:
        raise IngestError("empty file (0 bytes)")
    if stat.st_size > MAX_FILE_BYTES:
        raise IngestError(f"file too large ({stat.st_size:,} bytes; limit {MAX_FILE_BYTES:,})")
    try:
        sha = sha256_of(path)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    module = importlib.import_module(f"ingest.readers.{format_of(path)}")
    try:
        document = module.read(path)
    except IngestError:
        raise
    except RecursionError as exc:
        raise IngestError("document structure nested too deeply") from exc
    except MemoryError as exc:
        raise IngestError("document too large to read in memory") from exc
    except Exception as exc:  # a reader bug or a library choking on bad bytes
        raise IngestError(f"unreadable {format_of(path).upper()} file ({type(exc).__name__}: {exc})") from exc
    # The file may have changed while it was read: trust only a stable file.
    try:
        after = path.stat()
    except OSError as exc:
        raise IngestError("file disappeared while it was being read") from exc
    if (after.st_size, after.st_mtime_ns) != (stat.st_size, stat.st_mtime_ns):
        raise IngestError("file changed while it was being read; it will be picked up on the next run")
    document.sha256 = sha
    document.size = stat.st_size
    document.mtime = stat.st_mtime
    document.path = str(path)
    document.filename = path.name
    document.format = format_of(path)
    if not document.blocks and not document.needs_ocr:
        raise IngestError("no text found in the document")
    return document
