"""One file read in a worker process, within limits: what any engine runs per file.

Every file is read in a worker process, never in the process that writes the
database: a reader that runs away (a single 200 MB line, an HTML page whose
tree needs gigabytes) is then stopped by the worker's address-space limit or
by the per-file timeout, and the file is recorded as failed instead of taking
the machine or the batch down.  An engine starts each worker with
:func:`init_worker` and hands it files with :func:`read_one`; the process pool
in :mod:`committee_papers.pipeline` is one such engine.
"""
from __future__ import annotations

import ctypes
import functools
import os
import resource
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from committee_papers.ingest.discover import printable
from committee_papers.ingest.errors import IngestError

MB = 1024 * 1024
# Formats whose bytes are text: a file of N bytes holds at most N characters,
# so one too big is refused before it is read.
TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}


@dataclass(frozen=True)
class Limits:
    """What one document may cost.  The defaults keep a worker under 1 GB.

    A 10 MB text of ordinary paragraphs already takes about 650 MB and several
    minutes to read and extract, so 20 MB is past any real committee paper.
    """

    max_text_mb: float = 20.0         # characters of text in one document, in millions (MB)
    max_passages: int = 100_000       # passages (paragraphs, table rows) in one document
    max_memory_mb: int = 1024         # address space of a worker process (RLIMIT_AS)
    timeout: Optional[float] = 600.0  # seconds for one file; None: no limit

    @property
    def max_text_chars(self) -> int:
        return int(self.max_text_mb * MB)


def size_text(n_bytes: float) -> str:
    """200 MB, 1 GB, 1.5 KB: a size for a message."""
    for unit, size in (("GB", 1024 * MB), ("MB", MB), ("KB", 1024)):
        if n_bytes >= size:
            return f"{n_bytes / size:.3g} {unit}"
    return f"{int(n_bytes)} bytes"


# -- starting a worker ---------------------------------------------------------

PR_SET_PDEATHSIG = 1


@functools.lru_cache(maxsize=None)
def libc_prctl() -> Optional[Callable]:
    """libc's prctl, looked up in the parent: a child forked from a process
    with threads must not dlopen or dlsym (the dynamic loader's lock may have
    been held by another thread at the fork, and the child would wait for ever)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None  # no prctl: the getppid check still covers a dead parent


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel kill this process when its parent dies, however it died.

    A worker blocked on the pool's queue never notices a parent that was
    killed with SIGKILL (it holds its own copy of the queue's pipe), and one
    busy with a file notices nothing at all: without this they run on as
    orphans.  The parent may have died between the fork and the prctl call,
    hence the check of the parent pid recorded before the fork.  (The kernel
    sends the signal when the *thread* that forked exits: pools are made by
    the thread that runs the ingest, which outlives them.)  Call ``libc_prctl()``
    before forking so that the child finds it already looked up.
    """
    prctl = libc_prctl()
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:
        os._exit(1)


def limit_memory(max_memory_mb: Optional[int]) -> None:
    """Cap this process's address space: past it allocations fail (MemoryError)
    instead of the machine swapping and the OOM killer choosing a victim."""
    if not max_memory_mb:
        return
    limit = int(max_memory_mb) * MB
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass  # a platform without RLIMIT_AS: the timeout still bounds the file


def init_worker(parent_pid: int, limits: Limits) -> None:
    """Run first in each worker: die with the parent, cap memory, build the NLP pipeline."""
    # Ctrl-C reaches the whole process group: only the parent decides how to
    # stop (it kills its workers), so a worker never dies mid-file on its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent_pid)
    from committee_papers.extract.pipeline import build_nlp

    build_nlp()  # a no-op in a worker forked from a process that built it
    # Capped after the pipeline is built: a limit set too low then fails each
    # file as "out of memory", not the worker's start-up (a broken pool).
    limit_memory(limits.max_memory_mb)


# -- how a file that stopped its worker fails (the pool and the Dask engine say it alike) ------

def crashed() -> IngestError:
    """A file whose worker died without answering (a crash in a C library, the OOM killer)."""
    return IngestError("the reader crashed on this file (worker process died)")


def timed_out(seconds: float) -> IngestError:
    """A file still unfinished after the per-file timeout (its worker is killed)."""
    return IngestError(f"timed out after {seconds:g} s")


# -- one file --------------------------------------------------------------------

def read_and_extract(path: str, ocr: bool = True, limits: Limits = Limits()):
    """One file to (Document, passages, Extraction).  Raises IngestError.

    ``ocr``: read PDF pages with no text layer by OCR when tesseract is installed.
    """
    document, passages = read_passages(path, ocr)
    # Checked before extraction, the costly part, and before the result
    # travels back to the process that writes the database.
    check_document_size(passages, limits)
    try:
        from committee_papers.extract.pipeline import extract

        extraction = extract(passages, document.properties, document.filename)
    except MemoryError:
        raise
    except Exception as exc:  # an extractor bug must not lose the document's text
        from committee_papers.extract.facts import Extraction

        document.warnings.append(f"extraction failed: {type(exc).__name__}: {exc}")
        extraction = Extraction()
    return document, passages, extraction


def read_passages(path: str, ocr: bool = True):
    from committee_papers.ingest.registry import read_document

    document = read_document(path, ocr=ocr)
    # Names that are not UTF-8 are stored and printed escaped (b'caf\xe9' as
    # 'caf\\xe9'): SQLite and the terminal take only valid text.
    document.path = printable(document.path)
    document.filename = printable(document.filename)
    return document, document.passages()


def read_one(path: str, limits: Limits = Limits(), ocr: bool = True):
    """One file in a worker: the result to store, or the IngestError to report."""
    try:
        refuse_if_too_large(path, limits)
        document, passages, extraction = read_and_extract(path, ocr, limits)
    except IngestError as exc:
        return exc
    except MemoryError:
        limit = f" (limit {size_text(limits.max_memory_mb * MB)})" if limits.max_memory_mb else ""
        return IngestError(f"out of memory while reading{limit}")
    except Exception as exc:
        return IngestError(f"{type(exc).__name__}: {exc}")
    # The store needs the passages, not the blocks they were made from:
    # dropping them halves what travels back from the worker.
    document.blocks = []
    return document, passages, extraction


def refuse_if_too_large(path: str, limits: Limits) -> None:
    """A text file bigger than the text limit is refused unread."""
    if Path(path).suffix.lower() not in TEXT_SUFFIXES:
        return
    try:
        size = os.stat(path).st_size
    except OSError:
        return  # the reader says why it cannot read it
    if size > limits.max_text_chars:
        raise IngestError(f"too large: {size_text(size)} of text exceeds the "
                          f"{size_text(limits.max_text_chars)} limit")


def check_document_size(passages, limits: Limits) -> None:
    """A document read whole but too big to store and search sensibly."""
    if len(passages) > limits.max_passages:
        raise IngestError(f"too large: {len(passages):,} passages exceed the {limits.max_passages:,} limit")
    characters = sum(len(p.text) for p in passages)
    if characters > limits.max_text_chars:
        raise IngestError(f"too large: {size_text(characters)} of text exceeds the "
                          f"{size_text(limits.max_text_chars)} limit")
