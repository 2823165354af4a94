"""read → extract → store, for a batch of paths.

Parsing and extraction are pure functions of a file and may run in a process
pool; only the parent process writes, one transaction per document, so the
database is the same whatever the number of workers.
"""
from __future__ import annotations

import functools
import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from ingest.discover import Found, discover
from ingest.errors import IngestError

# Seconds one file may take in a worker before it is given up (its worker is
# killed and the file recorded as failed); None: wait for ever.
FILE_TIMEOUT: Optional[float] = 600.0


@dataclass
class Summary:
    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.ingested} ingested, {self.unchanged} unchanged, {self.replaced} replaced, "
                f"{self.failed} failed" + (f", {self.skipped} skipped" if self.skipped else ""))


@dataclass
class Event:
    """What happened to one path, for the CLI to print."""

    path: str
    outcome: str  # ingested | unchanged | replaced | failed | skipped | note
    message: str = ""


def read_and_extract(path: str):
    """Worker: one file to (Document, passages, Extraction).  Raises IngestError."""
    from extract.pipeline import extract
    from ingest.registry import read_document

    document = read_document(path)
    passages = document.passages()
    try:
        extraction = extract(passages, document.properties, document.filename)
    except Exception as exc:  # an extractor bug must not lose the document's text
        document.warnings.append(f"extraction failed: {type(exc).__name__}: {exc}")
        from extract.facts import Extraction
        extraction = Extraction()
    return document, passages, extraction


def _warm_worker():
    import signal

    from extract.pipeline import build_nlp

    # Ctrl-C reaches the whole process group: only the parent decides how to
    # stop, so a worker never dies mid-file and breaks the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    build_nlp()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def ingest(paths: Iterable, db_path, *, workers: Optional[int] = None,
           on_event: Callable[[Event], None] = lambda e: None, on_total: Callable[[int], None] = lambda n: None,
           ocr: bool = False, stop: Callable[[], bool] = lambda: False,
           timeout: Optional[float] = None, engine: str = "pool", scheduler: Optional[str] = None,
           dask_files: str = "auto") -> Summary:
    """Ingest ``paths``.  ``ocr``: re-read scanned PDFs through ocrmypdf.
    ``stop``: checked between documents (watch mode's Ctrl-C / SIGTERM).
    ``timeout``: seconds a file may take in a worker process (default
    ``FILE_TIMEOUT``); a file read in this process (one worker) has none.
    ``engine``: "pool" (``workers`` processes here) or "dask" (Dask tasks on
    ``scheduler``, or on a LocalCluster of ``workers``; see
    :mod:`committee_papers.dask_engine`, which also explains ``dask_files``)."""
    from db.store import Store

    store = Store(db_path)
    summary = Summary()
    found = list(discover(paths))
    on_total(len(found))
    todo = _changed_paths(store, found, summary, on_event)
    timeout = FILE_TIMEOUT if timeout is None else timeout
    if engine == "dask":
        from .dask_engine import run_ingest

        results = run_ingest(todo, workers=workers or default_workers(), timeout=timeout,
                             scheduler=scheduler, files=dask_files)
    else:
        results = _run(todo, workers, timeout)
    for path, result in results:
        if stop():
            break
        if ocr and not isinstance(result, BaseException) and result[0].needs_ocr:
            result = _ocr_and_extract(result[0])
        if isinstance(result, BaseException):
            sha = None
            try:
                sha = _sha256_of(path)
            except OSError:
                pass
            _fail(store, summary, on_event, path, sha, str(result) if isinstance(result, IngestError)
                  else f"{type(result).__name__}: {result}")
            continue
        document, passages, extraction = result
        _doc_id, outcome = store.save(document, passages, extraction)
        if outcome == "duplicate":
            summary.unchanged += 1
            on_event(Event(path, "unchanged", "same content as a stored document"))
        else:
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            note = "; ".join(document.warnings)
            on_event(Event(path, outcome, note))
    refresh_views(store)
    store.close()
    return summary


def _ocr_and_extract(document):
    """A scanned PDF re-read from an OCRed copy, or the IngestError saying why not."""
    from extract.pipeline import extract
    from ingest.ocr import read_with_ocr

    try:
        document = read_with_ocr(document)
    except IngestError as exc:
        return exc
    passages = document.passages()
    document.blocks = []
    try:
        extraction = extract(passages, document.properties, document.filename)
    except Exception as exc:  # as in read_and_extract: keep the text
        from extract.facts import Extraction

        document.warnings.append(f"extraction failed: {type(exc).__name__}: {exc}")
        extraction = Extraction()
    return document, passages, extraction


def _sha256_of(path) -> str:
    from ingest.registry import sha256_of

    return sha256_of(path)


def _changed_paths(store, found: list[Found], summary: Summary, on_event) -> list[str]:
    """The paths whose bytes are not stored yet; everything else is settled here.

    A path seen before with the same size and mtime is unchanged without being
    opened.  Otherwise the file is hashed only when a stored document has the
    same size (the only way its bytes can already be stored); a new size goes
    straight to the readers, which hash it anyway.
    """
    known_paths = {row[0]: (row[1], row[2]) for row in store.db.execute(
        "select path, size, mtime from document_paths")}
    stored_sizes = {row[0] for row in store.db.execute("select distinct size from documents")}
    todo: list[str] = []
    for item in found:
        path = str(item.path)
        if item.problem:
            if item.skipped:
                summary.skipped += 1
                on_event(Event(path, "skipped", item.problem))
            else:
                _fail(store, summary, on_event, path, None, item.problem)
            continue
        try:
            stat = os.stat(path)
        except OSError as exc:
            _fail(store, summary, on_event, path, None, f"cannot read file: {exc.strerror or exc}")
            continue
        known = known_paths.get(path)
        if known == (stat.st_size, stat.st_mtime):
            summary.unchanged += 1
            on_event(Event(path, "unchanged"))
            continue
        if stat.st_size in stored_sizes:
            try:
                sha = _sha256_of(path)
            except OSError as exc:
                _fail(store, summary, on_event, path, None, f"cannot read file: {exc.strerror or exc}")
                continue
            doc_id = store.document_id_for_sha(sha)
            if doc_id is not None:
                store.touch_path(path, doc_id, stat.st_size, stat.st_mtime, sha)
                summary.unchanged += 1
                on_event(Event(path, "unchanged", "same content as a stored document" if not known else ""))
                continue
        todo.append(path)
    return todo


def refresh_views(store):
    from db.organisations import merge_defined_acronyms

    # A later paper may define an acronym earlier ones used bare: merge first.
    merge_defined_acronyms(store.db)
    try:
        from db.views import create_views
    except ImportError:
        return
    create_views(store.db)


def _fail(store, summary, on_event, path, sha, reason):
    summary.failed += 1
    summary.errors.append((path, reason))
    store.record_error(path, sha, reason)
    on_event(Event(path, "failed", reason))


def _pool_context():
    """fork where available: workers start in milliseconds and inherit the
    imported modules (and a spaCy pipeline already built in this process)
    instead of importing everything again."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" not in methods:
        return multiprocessing.get_context(None)
    warm_up()
    return multiprocessing.get_context("fork")


def warm_up() -> None:
    """What every worker needs, made once in the process that forks them
    rather than in each worker after the fork: the spaCy pipeline (1-1.5 s
    to build) and the readers (pdfplumber's import).  Cheap when done."""
    import importlib

    from extract.pipeline import build_nlp
    from ingest.registry import READERS

    build_nlp()
    for module in sorted(set(READERS.values())) + ["pdf_objects"]:
        importlib.import_module(f"ingest.readers.{module}")


def _run(paths: list, workers: Optional[int], timeout: Optional[float] = None, work: Optional[Callable] = None):
    """Yield (path, result or exception) in the order of ``paths``.

    ``work``: the per-item function run in the workers (default ``_work``,
    one file; re-extraction passes its own).

    Results come back in input order so that the database does not depend on
    the number of workers (which path of two identical files is stored first,
    which organisation gets which id).  A file still running ``timeout``
    seconds after its turn came (it heads the queue: every file before it is
    done, so a worker has it) fails with "timed out"; the pool is killed and
    the files in flight with it start again in a fresh one.
    """
    work = work or _work
    workers = default_workers() if workers is None else max(1, workers)
    workers = min(workers, len(paths))
    if workers <= 1:
        for path in paths:
            yield path, work(path)
        return
    # Enough work queued that a slow file at the head of the queue does not
    # idle the other workers, few enough that results waiting to be written
    # keep memory flat however long the batch.
    window = workers * 4
    pending = list(paths)
    while pending:
        broken_at = timed_out = None
        done = 0
        index = 0
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(), initializer=_warm_worker)
        try:
            futures: deque = deque()
            head_since = time.monotonic()
            while index < len(pending) or futures:
                while index < len(pending) and len(futures) < window:
                    # submit() itself raises once a worker has died, even
                    # before the dead worker's own future is collected.
                    futures.append(pool.submit(work, pending[index]))
                    index += 1
                wait = None if timeout is None else max(0.0, head_since + timeout - time.monotonic())
                try:
                    result = futures[0].result(timeout=wait)
                except FutureTimeout:
                    timed_out = done
                    break
                futures.popleft()
                head_since = time.monotonic()
                yield pending[done], result
                done += 1
        except BrokenProcessPool:
            broken_at = done
        finally:
            if timed_out is not None:
                _kill_workers(pool)
            # Also reached when the caller stops early: drop queued work.
            pool.shutdown(wait=True, cancel_futures=True)
        if timed_out is not None:
            yield pending[timed_out], IngestError(f"timed out after {timeout:g} s")
            # The other files in flight were killed with the pool: start them again.
            pending = pending[timed_out + 1:]
            continue
        if broken_at is None:
            return
        # A worker died (out of memory, a crash in a C library) and took the
        # pool down.  Any file in flight may be the cause: re-run each alone
        # so only the guilty one is reported, then go on in a fresh pool.
        for path in pending[broken_at:index]:
            yield path, _isolated(path, timeout, work)
        pending = pending[index:]


def _kill_workers(pool) -> None:
    """Stop a pool whose worker is stuck: shutdown() alone would wait for it."""
    for process in list(getattr(pool, "_processes", {}).values()):
        try:
            process.kill()
        except (OSError, AttributeError):
            pass


def _isolated(path, timeout: Optional[float] = None, work: Optional[Callable] = None):
    pool = ProcessPoolExecutor(max_workers=1, mp_context=_pool_context(), initializer=_warm_worker)
    try:
        return pool.submit(work or _work, path).result(timeout=timeout)
    except BrokenProcessPool:
        return IngestError("the reader crashed on this file (worker process died)")
    except FutureTimeout:
        _kill_workers(pool)
        return IngestError(f"timed out after {timeout:g} s")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _work(path):
    """One file in a worker: the result to store, or the IngestError to report."""
    try:
        document, passages, extraction = read_and_extract(path)
    except IngestError as exc:
        return exc
    except Exception as exc:
        return IngestError(f"{type(exc).__name__}: {exc}")
    # The store needs the passages, not the blocks they were made from:
    # dropping them halves what travels back from the worker.
    document.blocks = []
    return document, passages, extraction


def reextract(db_path, on_event: Callable[[Event], None] = lambda e: None, *, everything: bool = False,
              workers: Optional[int] = 1, engine: str = "pool", scheduler: Optional[str] = None,
              timeout: Optional[float] = None) -> int:
    """Rebuild documents' facts from their stored passages.

    Only documents whose facts were made by another extractor version are
    redone, so a run that was killed midway is finished by the next one;
    ``everything`` redoes them all.  Extraction runs in ``workers`` processes
    (or Dask tasks, as for :func:`ingest`); this process alone writes, one
    transaction per document, in id order.  A document whose extraction fails
    keeps its facts and its old version (the next run tries it again).
    """
    from db.store import Store
    from extract.version import extractor_version

    store = Store(db_path)
    count = 0
    where = "" if everything else "where extractor_version is null or extractor_version != ?"
    params = [] if everything else [extractor_version()]
    ids = [row[0] for row in store.db.execute(f"select id from documents {where} order by id", params)]
    timeout = FILE_TIMEOUT if timeout is None else timeout
    if engine == "dask" and ids:
        from .dask_engine import run_tasks

        results = run_tasks(ids, _extract_stored, functools.partial(_load_stored, str(db_path)),
                            workers=workers or default_workers(), timeout=timeout, scheduler=scheduler)
    else:
        # Pool workers read the stored passages themselves: they share this disk.
        results = _run(ids, workers, timeout, functools.partial(_reextract_work, str(db_path)))
    for doc_id, result in results:
        if isinstance(result, BaseException):
            filename = store.db.execute("select filename from documents where id = ?", [doc_id]).fetchone()[0]
            on_event(Event(filename, "failed", f"re-extraction failed: {result}"))
            continue
        stored, extraction = result
        store.replace_facts(doc_id, stored.passages, extraction)
        count += 1
        on_event(Event(stored.filename, "extracted"))
    refresh_views(store)
    store.close()
    return count


@dataclass
class StoredDocument:
    """What re-extraction needs of a stored document."""

    id: int
    filename: str
    properties: dict
    passages: list


def _load_stored(db_path: str, doc_id: int) -> StoredDocument:
    """A document's passages and properties, read through a read-only connection of its own."""
    import json
    import sqlite3

    from ingest.model import Passage

    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        doc = conn.execute("select filename, properties from documents where id = ?", [doc_id]).fetchone()
        passages = [
            Passage(seq=r["seq"], kind=r["kind"], text=r["text"], page=r["page"], section=r["section"],
                    heading=r["heading"], cells=json.loads(r["cells"]) if r["cells"] else [],
                    header=json.loads(r["header"]) if r["header"] else [], table=r["table_no"], row=r["row_no"])
            for r in conn.execute("select * from passages where document_id = ? order by seq", [doc_id])
        ]
    finally:
        conn.close()
    properties = json.loads(doc["properties"]) if doc["properties"] else {}
    return StoredDocument(doc_id, doc["filename"], properties, passages)


def _extract_stored(stored: StoredDocument):
    """In a worker: (stored, its Extraction), or the IngestError saying why not."""
    from extract.pipeline import extract

    try:
        return stored, extract(stored.passages, stored.properties, stored.filename)
    except Exception as exc:
        return IngestError(f"{type(exc).__name__}: {exc}")


def _reextract_work(db_path: str, doc_id: int):
    try:
        stored = _load_stored(db_path, doc_id)
    except Exception as exc:
        return IngestError(f"cannot read the stored document: {type(exc).__name__}: {exc}")
    return _extract_stored(stored)
