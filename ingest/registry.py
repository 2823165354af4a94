"""Choose the reader for a file, by its extension (and, for PDFs, its bytes).

Each reader is a module under ``ingest.readers`` with a ``read(path) ->
Document`` function; :func:`reader_for` maps a path to one.  Readers are
imported lazily so that a run that reads only text files never imports
pdfplumber.
"""
from __future__ import annotations

import errno
import hashlib
import importlib
import os
import stat as stat_module
from pathlib import Path
from typing import Optional

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

KINDS = {stat_module.S_IFIFO: "named pipe", stat_module.S_IFSOCK: "socket",
         stat_module.S_IFCHR: "character device", stat_module.S_IFBLK: "block device"}


def not_regular(mode: int) -> Optional[str]:
    """Why a file with this st_mode is not a paper, or None for a regular file."""
    if stat_module.S_ISREG(mode):
        return None
    return f"not a regular file ({KINDS.get(stat_module.S_IFMT(mode), 'special file')}); not read"


def supported(path) -> bool:
    return Path(path).suffix.lower() in READERS


def format_of(path) -> str:
    return READERS[Path(path).suffix.lower()]


def open_regular(path):
    """Open a regular file for reading; OSError for anything else.

    O_NONBLOCK makes opening a named pipe return at once instead of waiting
    for a writer, so a FIFO that replaced a paper after it was found is
    refused here rather than hanging the batch.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat_module.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file", os.fsdecode(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def sha256_of(path, chunk=1 << 20) -> str:
    digest = hashlib.sha256()
    with open_regular(path) as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def read_document(path, ocr: bool = True) -> Document:
    """Read any supported file into a Document, or raise IngestError.  ``ocr``: read
    PDF pages with no text layer by OCR when tesseract is installed (see :mod:`.ocr`)."""
    path = Path(path)
    if not supported(path):
        raise IngestError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        stat = path.stat()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    if not stat_module.S_ISREG(stat.st_mode):
        raise IngestError(not_regular(stat.st_mode))
    if stat.st_size == 0:
        raise IngestError("empty file (0 bytes)")
    if stat.st_size > MAX_FILE_BYTES:
        raise IngestError(f"file too large ({stat.st_size:,} bytes; limit {MAX_FILE_BYTES:,})")
    try:
        sha = sha256_of(path)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    module = importlib.import_module(f"committee_papers.ingest.readers.{format_of(path)}")
    try:
        document = module.read(path, ocr=ocr) if format_of(path) == "pdf" else module.read(path)
    except IngestError:
        raise
    except RecursionError as exc:
        raise IngestError("document structure nested too deeply") from exc
    except MemoryError:
        raise  # the worker says which memory limit it ran into
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
