"""Optional OCR of scanned PDFs with the external ``ocrmypdf`` command.

A PDF with no text layer is normally stored with ``needs_ocr`` set and no
passages.  With ``--ocr``, such a file is run through ocrmypdf into a temporary
copy, which is read in its place; the document keeps the identity (path, name,
sha256, size, mtime) of the original file, so a re-run recognises it.

ocrmypdf is a separate program (it needs Tesseract and Ghostscript), not a
Python dependency: :func:`check_available` says so clearly when it is missing.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import IngestError
from .model import Document

COMMAND = "ocrmypdf"
# OCR costs seconds per page; a hung Tesseract must not stall a batch forever.
DEFAULT_TIMEOUT = 900


class OcrUnavailable(Exception):
    """--ocr was asked for but ocrmypdf cannot be run."""


def check_available() -> str:
    """The path of ocrmypdf, or OcrUnavailable with what to do about it."""
    found = shutil.which(COMMAND)
    if not found:
        raise OcrUnavailable(
            "--ocr needs the ocrmypdf command, which is not installed "
            "(Debian/Ubuntu: apt install ocrmypdf; see https://ocrmypdf.readthedocs.io)")
    return found


def ocr_pdf(source: Path, target: Path, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Write an OCRed copy of ``source`` to ``target``, or raise IngestError."""
    try:
        command = check_available()
    except OcrUnavailable as exc:
        raise IngestError(str(exc)) from exc
    # --skip-text leaves pages that already have text alone (a scan with a
    # typed cover page); --output-type pdf avoids a slow PDF/A conversion.
    args = [command, "--skip-text", "--output-type", "pdf", "--quiet", str(source), str(target)]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise IngestError(f"OCR did not finish within {timeout:g} seconds") from exc
    except OSError as exc:
        raise IngestError(f"could not run ocrmypdf: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        reason = (done.stderr or done.stdout or "").strip().splitlines()
        raise IngestError(f"OCR failed (ocrmypdf exit {done.returncode}"
                          + (f": {reason[-1]}" if reason else "") + ")")
    if not target.exists() or target.stat().st_size == 0:
        raise IngestError("OCR produced no output file")


def read_with_ocr(original: Document, timeout: float = DEFAULT_TIMEOUT) -> Document:
    """Re-read a scanned PDF from an OCRed copy; the result keeps the original's identity."""
    from .registry import read_document

    source = Path(original.path)
    with tempfile.TemporaryDirectory(prefix="committee-papers-ocr-") as tmp:
        target = Path(tmp) / "ocr.pdf"
        ocr_pdf(source, target, timeout=timeout)
        document = read_document(target)
    if document.needs_ocr or not document.blocks:
        raise IngestError("OCR found no text in the scanned PDF")
    for name in ("path", "filename", "format", "sha256", "size", "mtime"):
        setattr(document, name, getattr(original, name))
    document.properties = {**original.properties, **document.properties}
    document.warnings = [w for w in original.warnings if "OCR" not in w.upper()]
    document.warnings.append("text recognised by OCR (ocrmypdf): check quotes against the original")
    return document

