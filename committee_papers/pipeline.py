"""read → extract → store, for a batch of paths.

Parsing and extraction are pure functions of a file and may run in a process
pool; only the parent process writes, one transaction per document, so the
database is the same whatever the number of workers.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from ingest.discover import Found, discover
from ingest.errors import IngestError


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
    from extract.pipeline import build_nlp

    build_nlp()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def ingest(paths: Iterable, db_path, *, workers: Optional[int] = None,
           on_event: Callable[[Event], None] = lambda e: None, on_total: Callable[[int], None] = lambda n: None) -> Summary:
    from db.store import Store
    from ingest.registry import sha256_of

    store = Store(db_path)
    summary = Summary()
    todo: list[str] = []
    found = list(discover(paths))
    on_total(len(found))
    for item in found:
        path = str(item.path)
        if item.problem:
            if item.skipped:
                summary.skipped += 1
                on_event(Event(path, "skipped", item.problem))
            else:
                summary.failed += 1
                summary.errors.append((path, item.problem))
                store.record_error(path, None, item.problem)
                on_event(Event(path, "failed", item.problem))
            continue
        try:
            stat = os.stat(path)
        except OSError as exc:
            _fail(store, summary, on_event, path, None, f"cannot read file: {exc.strerror or exc}")
            continue
        known = store.path_record(path)
        if known and known["size"] == stat.st_size and known["mtime"] == stat.st_mtime:
            summary.unchanged += 1
            on_event(Event(path, "unchanged"))
            continue
        if known or store.db["documents"].count:
            # Size or mtime differ (or the path is new): the bytes decide.
            try:
                sha = sha256_of(path)
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

    for path, result in _run(todo, workers):
        if isinstance(result, BaseException):
            sha = None
            try:
                sha = sha256_of(path)
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


def refresh_views(store):
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


def _run(paths: list[str], workers: Optional[int]):
    """Yield (path, result or exception) in the order of ``paths``."""
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1 or len(paths) <= 1:
        for path in paths:
            yield path, _guarded(path)
        return
    pending = list(paths)
    while pending:
        broken_at = None
        with ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker) as pool:
            futures = []
            index = 0
            while index < len(pending) or futures:
                # A bounded window keeps memory flat however long the batch.
                while index < len(pending) and len(futures) < workers * 2:
                    futures.append((index, pool.submit(_guarded, pending[index])))
                    index += 1
                position, future = futures.pop(0)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    # A worker died (out of memory, a crash in a C library):
                    # blame the file awaited, retry the rest in a fresh pool.
                    broken_at = position
                    break
                yield pending[position], result
        if broken_at is None:
            return
        yield pending[broken_at], IngestError("the reader crashed on this file (worker process died)")
        pending = pending[broken_at + 1:]


def _guarded(path):
    try:
        return read_and_extract(path)
    except IngestError as exc:
        return exc
    except Exception as exc:
        return IngestError(f"{type(exc).__name__}: {exc}")


def reextract(db_path, on_event: Callable[[Event], None] = lambda e: None) -> int:
    """Rebuild every document's facts from its stored passages."""
    import json

    from db.store import Store
    from extract.pipeline import extract
    from ingest.model import Passage

    store = Store(db_path)
    count = 0
    for doc in list(store.db.query("select id, filename, properties from documents order by id")):
        passages = [
            Passage(seq=r["seq"], kind=r["kind"], text=r["text"], page=r["page"], section=r["section"],
                    heading=r["heading"], cells=json.loads(r["cells"]) if r["cells"] else [],
                    header=json.loads(r["header"]) if r["header"] else [], table=r["table_no"], row=r["row_no"])
            for r in store.db.query("select * from passages where document_id = ? order by seq", [doc["id"]])
        ]
        properties = json.loads(doc["properties"]) if doc["properties"] else {}
        extraction = extract(passages, properties, doc["filename"])
        store.replace_facts(doc["id"], passages, extraction)
        count += 1
        on_event(Event(doc["filename"], "extracted"))
    refresh_views(store)
    store.close()
    return count
