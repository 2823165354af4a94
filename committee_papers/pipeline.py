"""read → extract → store, for a batch of paths.

Every file is read and its facts extracted in a worker process (see
:mod:`committee_papers.worker`: memory limit, timeout, death with the parent),
even with one worker; only this process writes, one transaction per document,
so the database is the same whatever the number of workers.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import inspect
import multiprocessing
import os
import sqlite3
import sys
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from committee_papers.ingest.discover import Found, discover, printable
from committee_papers.ingest.errors import IngestError

from .worker import (Limits, crashed, init_worker, read_and_extract, read_one,  # noqa: F401 (read_and_extract: for callers)
                     timed_out)


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
    """What happened to one path, for the CLI to print (the path printable, see ``printable``)."""

    path: str
    outcome: str  # ingested | unchanged | replaced | failed | skipped | note
    message: str = ""


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def ingest(paths: Iterable, db_path, *, workers: Optional[int] = None,
           on_event: Callable[[Event], None] = lambda e: None, on_total: Callable[[int], None] = lambda n: None,
           ocr: bool = True, stop: Callable[[], bool] = lambda: False,
           limits: Optional[Limits] = None, engine: str = "pool", scheduler: Optional[str] = None,
           dask_files: str = "auto", exclude: tuple[str, ...] = ()) -> Summary:
    """Ingest ``paths``.  ``ocr``: read PDF pages with no text layer by OCR when
    tesseract is installed (False: store a scanned PDF as needing OCR).
    ``stop``: checked between documents (watch mode's Ctrl-C / SIGTERM).
    ``limits``: what one file may cost (default ``Limits()``).
    ``engine``: "pool" (``workers`` processes here) or "dask" (Dask tasks on
    ``scheduler``, or on a LocalCluster of ``workers``; see
    :mod:`committee_papers.dask_engine`, which also explains ``dask_files``).
    ``exclude``: shell globs of files and folders to leave out (see
    :func:`ingest.discover.discover`).

    A full disk raises ``db.store.DiskFull`` naming what was being written;
    everything committed before it stays intact."""
    from committee_papers.db.store import Store

    limits = limits or Limits()
    store = Store(db_path)
    summary = Summary()
    try:
        found = list(discover(paths, exclude))
        on_total(len(found))
        todo = _changed_paths(store, found, summary, on_event, reread=_scans_to_read(store, ocr))
        if engine == "dask":
            from .dask_engine import run_ingest

            results = run_ingest(todo, workers=workers or default_workers(), limits=limits,
                                 scheduler=scheduler, files=dask_files, ocr=ocr)
        else:
            results = _run(todo, workers, limits, functools.partial(read_one, limits=limits, ocr=ocr), file_size)
        with contextlib.closing(results):
            for path, result in results:
                if stop():
                    break
                if isinstance(result, BaseException):
                    _fail(store, summary, on_event, path, _sha256_or_none(path),
                          str(result) if isinstance(result, IngestError) else f"{type(result).__name__}: {result}")
                    continue
                document, passages, extraction = result
                _doc_id, outcome = store.save(document, passages, extraction)
                if outcome == "duplicate":
                    summary.unchanged += 1
                    on_event(Event(document.path, "unchanged", "same content as a stored document"))
                else:
                    setattr(summary, outcome, getattr(summary, outcome) + 1)
                    on_event(Event(document.path, outcome, "; ".join(document.warnings)))
        refresh_views(store)
    finally:
        store.close()
    return summary


def _sha256_or_none(path) -> Optional[str]:
    """The hash of a file that failed, if it can still be read (never a FIFO: see sha256_of)."""
    try:
        return _sha256_of(path)
    except OSError:
        return None


def _sha256_of(path) -> str:
    from committee_papers.ingest.registry import sha256_of

    return sha256_of(path)


def _scans_to_read(store, ocr: bool) -> frozenset:
    """The paths of stored scans that were kept unread (``needs_ocr``, OCR not yet tried on them) and can be read
    now: OCR is asked for and tesseract is installed (it may not have been when they were stored)."""
    if not ocr:
        return frozenset()
    from committee_papers.ingest.readers.pdf import OCR_FOUND_NOTHING

    rows = store.db.execute("select p.path from document_paths p join documents d on d.id = p.document_id "
                            "where d.needs_ocr = 1 and instr(coalesce(d.warnings, ''), ?) = 0",
                            [OCR_FOUND_NOTHING]).fetchall()
    if not rows:
        return frozenset()
    from committee_papers.ingest import ocr as ocr_engine

    return frozenset(row[0] for row in rows) if ocr_engine.available() else frozenset()


def _changed_paths(store, found: list[Found], summary: Summary, on_event, reread: frozenset = frozenset()) -> list[str]:
    """The paths whose bytes are not stored yet, and the stored scans in ``reread``; everything else is settled here.

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
        name = printable(path)
        if item.problem:
            if item.skipped:
                summary.skipped += 1
                on_event(Event(name, "skipped", item.problem))
            else:
                _fail(store, summary, on_event, path, None, item.problem)
            continue
        try:
            stat = os.stat(path)
        except OSError as exc:
            _fail(store, summary, on_event, path, None, f"cannot read file: {exc.strerror or exc}")
            continue
        known = known_paths.get(name)
        if name in reread:
            todo.append(path)  # (its bytes are stored, unread: the store replaces them with what OCR reads)
            continue
        if known == (stat.st_size, stat.st_mtime):
            summary.unchanged += 1
            on_event(Event(name, "unchanged"))
            continue
        if stat.st_size in stored_sizes:
            try:
                sha = _sha256_of(path)
            except OSError as exc:
                _fail(store, summary, on_event, path, None, f"cannot read file: {exc.strerror or exc}")
                continue
            doc_id = store.document_id_for_sha(sha)
            if doc_id is not None:
                store.touch_path(name, doc_id, stat.st_size, stat.st_mtime, sha)
                summary.unchanged += 1
                on_event(Event(name, "unchanged", "same content as a stored document" if not known else ""))
                continue
        todo.append(path)
    return todo


def refresh_views(store):
    from committee_papers.db.organisations import merge_defined_acronyms
    from committee_papers.db.records import rebuild as rebuild_records
    from committee_papers.db.store import raise_if_disk_full
    from committee_papers.db.views import create_views

    try:
        # A later paper may define an acronym earlier ones used bare: merge first.
        merge_defined_acronyms(store.db)
        # Then link every mention of a contract into one record (counted once).
        rebuild_records(store.db)
        create_views(store.db)
    except sqlite3.OperationalError as exc:
        raise_if_disk_full(exc, store.path, "the search views")
        raise


def _fail(store, summary, on_event, path, sha, reason):
    name = printable(path)
    summary.failed += 1
    summary.errors.append((name, reason))
    store.record_error(name, sha, reason)
    on_event(Event(name, "failed", reason))


# -- the process pool ---------------------------------------------------------------

def _pool_context(formats: Optional[frozenset] = None):
    """fork where available: workers start in milliseconds and inherit the
    imported modules (and the NLP pipeline) instead of building them again."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" not in methods:
        return multiprocessing.get_context(None)
    warm_up(formats)
    return multiprocessing.get_context("fork")


def warm_up(formats: Optional[Iterable[str]] = None) -> None:
    """What every worker needs, made once in the process that forks them
    rather than in each worker after the fork: the spaCy pipeline (1-1.5 s
    to build) and the readers of ``formats`` (``"pdf"``, ``"html"``, ...;
    None: every reader).  Cheap when done.  A file's timeout then measures
    the file, not the start-up of the worker that took it (nor that of each
    fresh pool after a timeout).  Only the batch's own readers: a PDF-only
    batch need not import bs4 and its CSS parser for the HTML reader."""
    import importlib

    with _collector_paused():
        from committee_papers.extract.pipeline import build_nlp  # (imports spaCy)
        from committee_papers.ingest.registry import READERS
        from committee_papers.worker import libc_prctl

        build_nlp()
        libc_prctl()  # looked up here: a forked child must not use the dynamic loader
        readers = set(READERS.values()) if formats is None else set(formats)
        if "pdf" in readers:
            readers.add("pdf_objects")  # the PDF reader's lazy import of pdfplumber
        for module in sorted(readers):
            importlib.import_module(f"committee_papers.ingest.readers.{module}")
        _prime_extractors()
        _load_rule_loaders()
        # The start-up's objects live as long as the process: out of every later collection's walk here
        # and in the workers forked from here (whose pages they then stay shared with).
        gc.freeze()


@contextlib.contextmanager
def _collector_paused():
    """The cyclic garbage collector off while the start-up builds its long-lived objects (some 100,000:
    modules, compiled rules, vocabularies), none of them garbage: each collection it would run meanwhile
    walks everything built so far (about 0.15 CPU s of a 1.8 s start-up), and ends with them frozen,
    before the collector is back.  Reference counting frees what it frees either way.  Paused by a threshold of 0, not gc.disable(): spaCy's msgpack reader
    calls gc.enable() when it is done."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextlib.contextmanager
def _frozen_for_fork(formats: Optional[frozenset]):
    """The pool's context (:func:`_pool_context`: the start-up built), with the parent's objects out of
    the collector's reach while the workers run (frozen by ``warm_up``): a forked worker's collections
    then walk only what the worker made, not the start-up's objects it inherited (its collections over
    the real PDFs' extraction: 0.07 -> 0.02 CPU s of 2.6 s).  Put back when the pool is done, so what
    the parent made before it can be collected again."""
    context = _pool_context(formats)
    try:
        yield context
    finally:
        gc.unfreeze()


def reader_formats(items: Iterable) -> frozenset:
    """The reader formats a batch's files need; none for the document ids of a
    re-extraction, whose workers read stored passages, not files."""
    from committee_papers.ingest.registry import format_of, supported

    return frozenset(format_of(item) for item in items
                     if isinstance(item, (str, os.PathLike)) and supported(item))


@functools.lru_cache(maxsize=1)
def _prime_extractors() -> None:
    """Run the extractors once on a tiny paper, so the rule files, the register of
    public bodies and the patterns they compile are loaded here, once, and every
    worker inherits them instead of loading them on its first file."""
    from committee_papers.extract.pipeline import extract
    from committee_papers.ingest.model import Block, Document

    paper = Document(path="warm-up.txt", filename="warm-up.txt", format="text", blocks=[
        Block("heading", "Brackenford Council", page=1, level=1),
        Block("paragraph", "Cabinet - 12 March 2025", page=1),
        Block("paragraph", "RESOLVED: that the contract be awarded to Wyvern Care Ltd at £100,000 a year "
                           "from 1 April 2025. There is a risk that demand rises; this will be mitigated by "
                           "monitoring.", page=1),
        Block("table", rows=[["Service", "Provider", "Value (£k)"], ["Home care", "Wyvern Care Ltd", "100"]],
              header_rows=1, page=1)])
    extract(paper.passages(), {}, paper.filename)


def _load_rule_loaders() -> None:
    """Call every cached loader without arguments of the imported extractor modules (a rule file
    read and compiled, a vocabulary built): the sample paper of ``_prime_extractors`` reaches only
    the rules its few sentences ask for, and a loader first called in a worker is run again in
    every worker, on its first file."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("committee_papers.extract.") or module is None:
            continue
        for loader in list(vars(module).values()):
            if _is_rule_loader(loader, name):
                loader()


def _is_rule_loader(value, module_name: str) -> bool:
    """A function of the module ``module_name`` itself, cached (functools.cache or lru_cache) and
    taking no arguments."""
    wrapped = getattr(value, "__wrapped__", None)
    if not hasattr(value, "cache_info") or getattr(value, "__module__", None) != module_name \
            or not inspect.isfunction(wrapped):
        return False
    return not inspect.signature(wrapped).parameters


@contextlib.contextmanager
def _worker_pool(workers: int, limits: Limits, formats: frozenset):
    """A process pool whose workers run ``init_worker`` (inheriting the readers
    of ``formats``); on any way out but a
    normal one (an error, Ctrl-C, SIGTERM, the caller stopping early) its
    workers are killed first, since waiting for the files in flight could
    take the whole per-file timeout."""
    with _frozen_for_fork(formats) as context:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=init_worker,
                                   initargs=(os.getpid(), limits))
        try:
            yield pool
        except BaseException:
            _kill_workers(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


# How far ahead of the writer files may be read, in files per worker: the work is sent largest file first within
# each span of this many (a batch this short, all of it), so a large file near the end of the batch does not run
# alone while the other workers idle.  Results read ahead wait for their turn to be written: at most two spans.
READ_AHEAD_FILES_PER_WORKER = 16


def _run(paths: list, workers: Optional[int], limits: Limits, work: Optional[Callable] = None,
         size_of: Optional[Callable] = None):
    """Yield (path, result or exception) in the order of ``paths``, ``work(path)``
    run in worker processes: by default one file read and extracted
    (:func:`worker.read_one`); re-extraction passes its own.

    Results come back in input order so that the database does not depend on
    the number of workers or the order the work was sent in (which path of two
    identical files is stored first, which organisation gets which id).  The
    work is sent largest first (``size_of(path)``; None: in input order) within
    spans of READ_AHEAD_FILES_PER_WORKER files a worker.  A file still running
    ``limits.timeout`` seconds after its turn came (it heads the queue, and the
    files sent before it hold fewer than all the workers, so one of them has
    it) fails with "timed out"; the pool is killed and the files in flight with
    it start again in a fresh one.
    """
    if not paths:
        return
    paths = list(paths)
    work = work or functools.partial(read_one, limits=limits, ocr=True)
    workers = default_workers() if workers is None else max(1, workers)
    workers = min(workers, len(paths))
    timeout = limits.timeout
    # Enough work queued that a slow file does not idle the other workers.
    window = workers * 4
    span = workers * READ_AHEAD_FILES_PER_WORKER
    to_send = deque(_sending_order(paths, span, size_of))
    sent_rank = {index: rank for rank, index in enumerate(to_send)}
    formats = reader_formats(paths)
    results: dict = {}  # input index -> result, read before its turn to be written
    done = 0
    while done < len(paths):
        if done in results:
            yield paths[done], results.pop(done)
            done += 1
            continue
        futures: dict = {}  # input index -> Future of the files in the pool
        suspects: list = []
        with _worker_pool(workers, limits, formats) as pool:
            try:
                head_since = None
                while done < len(paths):
                    if done in results:
                        yield paths[done], results.pop(done)
                        done += 1
                        head_since = None
                        continue
                    running = [future for future in futures.values() if not future.done()]
                    while to_send and len(running) < window and to_send[0] // span <= done // span + 1:
                        # submit() itself raises once a worker has died, even
                        # before the dead worker's own future is collected.
                        future = pool.submit(work, paths[to_send[0]])
                        futures[to_send.popleft()] = future
                        running.append(future)
                    head = futures.get(done)
                    if head is not None and head_since is None and not head.done() and sum(
                            1 for index, future in futures.items()
                            if sent_rank[index] < sent_rank[done] and not future.done()) < workers:
                        head_since = time.monotonic()  # the files sent before it leave a worker for it
                    wait = None if timeout is None or head_since is None \
                        else max(0.0, head_since + timeout - time.monotonic())
                    finished, _ = futures_wait(running, timeout=wait, return_when=FIRST_COMPLETED)
                    for index in [index for index, future in futures.items() if future.done()]:
                        results[index] = futures[index].result()  # (raises BrokenProcessPool: still in futures)
                        del futures[index]
                    if not finished and head_since is not None and done not in results:
                        _kill_workers(pool)
                        results[done] = timed_out(timeout)
                        futures.pop(done)
                        break
            except BrokenProcessPool:
                # A worker died (a crash in a C library, the kernel's OOM killer) and
                # took the pool down.  Any file in flight may be the cause: re-run each
                # alone so only the guilty one is reported, then go on in a fresh pool.
                suspects = sorted(index for index, future in futures.items()
                                  if not future.done() or future.exception() is not None)
                for index, future in futures.items():
                    if index not in suspects:
                        results[index] = future.result()
                futures.clear()
        # The files in flight when a timed-out pool was killed start again in the next one, in their turn.
        to_send.extendleft(sorted(futures, key=sent_rank.get, reverse=True))
        for index in suspects:
            results[index] = _isolated(paths[index], limits, work, formats)


def _sending_order(paths: list, span: int, size_of: Optional[Callable]) -> list[int]:
    """The input indices of ``paths`` in the order their work is sent: span by span, each span's largest first
    (``size_of``; ties and None in input order)."""
    if size_of is None:
        return list(range(len(paths)))
    sizes = [size_of(path) for path in paths]
    return [index for start in range(0, len(paths), span)
            for index in sorted(range(start, min(start + span, len(paths))), key=lambda i: -sizes[i])]


def file_size(path) -> int:
    """A file's size in bytes, 0 when it cannot be read (its reader then reports why)."""
    try:
        return os.stat(path).st_size
    except (OSError, TypeError, ValueError):
        return 0


def _kill_workers(pool) -> None:
    """Stop a pool's workers now: shutdown() alone would wait for their files."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.kill()
        except (OSError, AttributeError):
            pass


def _isolated(path, limits: Limits, work: Callable, formats: frozenset):
    with _worker_pool(1, limits, formats) as pool:
        try:
            return pool.submit(work, path).result(timeout=limits.timeout)
        except BrokenProcessPool:
            return crashed()
        except FutureTimeout:
            _kill_workers(pool)
            return timed_out(limits.timeout)


def reextract(db_path, on_event: Callable[[Event], None] = lambda e: None, *, everything: bool = False,
              workers: Optional[int] = 1, engine: str = "pool", scheduler: Optional[str] = None,
              limits: Optional[Limits] = None) -> int:
    """Rebuild documents' facts from their stored passages.

    Only documents whose facts were made by another extractor version are
    redone, so a run that was killed midway is finished by the next one;
    ``everything`` redoes them all.  Extraction runs in ``workers`` processes
    (or Dask tasks, as for :func:`ingest`); this process alone writes, one
    transaction per document, in id order.  A document whose extraction fails
    keeps its facts and its old version (the next run tries it again).
    """
    from committee_papers.db.store import Store
    from committee_papers.extract.version import extractor_version

    store = Store(db_path)
    count = 0
    where = "" if everything else "where extractor_version is null or extractor_version != ?"
    params = [] if everything else [extractor_version()]
    ids = [row[0] for row in store.db.execute(f"select id from documents {where} order by id", params)]
    limits = limits or Limits()
    # The longest papers (most passages, counted from the passages' index) are sent first, as files are at ingest.
    passages = dict(store.db.execute("select document_id, count(*) from passages group by document_id")) if ids else {}
    if engine == "dask" and ids:
        from .dask_engine import run_tasks

        results = run_tasks(ids, _extract_stored, functools.partial(_load_stored, str(db_path)),
                            workers=workers or default_workers(), limits=limits, scheduler=scheduler,
                            size_of=lambda doc_id: passages.get(doc_id, 0))
    else:
        # Pool workers read the stored passages themselves: they share this disk.
        results = _run(ids, workers, limits, functools.partial(_reextract_work, str(db_path)),
                       lambda doc_id: passages.get(doc_id, 0))
    try:
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
    finally:
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

    from committee_papers.ingest.model import Passage

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
    from committee_papers.extract.pipeline import extract

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
