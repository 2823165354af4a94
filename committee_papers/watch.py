"""Watch mode: ingest papers as they arrive in (or change under) a folder.

The folders are polled with the same walk as a one-off ingest (no extra
dependency, works on network drives where inotify does not).  A file is
ingested only once it has *settled*: its size and mtime were the same on two
polls at least ``settle`` seconds apart, so a paper still being copied or
downloaded is never read half-written.  Settled files go through
:func:`committee_papers.pipeline.ingest` in batches, so watch mode stores
exactly what a one-off run would, and a file that fails is retried only when
it changes.  SIGINT and SIGTERM stop the loop between documents.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from committee_papers.db.store import DiskFull
from committee_papers.ingest.discover import discover, printable

from .pipeline import Event, Summary, ingest

Signature = tuple[int, int]  # (size, mtime in ns)


@dataclass
class _Seen:
    signature: Signature
    since: float


@dataclass
class WatchState:
    """What the watcher knows about each path between polls."""

    seen: dict[str, _Seen] = field(default_factory=dict)
    # The signature each path had when it was last ingested (or failed):
    # the same signature again means nothing to do.
    handled: dict[str, Signature] = field(default_factory=dict)
    reported: set[tuple[str, str]] = field(default_factory=set)


class Watcher:
    def __init__(self, paths: Iterable, db_path, *, settle: float = 2.0, interval: float = 1.0,
                 workers: Optional[int] = None, ingest_options: Optional[dict] = None,
                 on_event: Callable[[Event], None] = lambda e: None,
                 clock: Callable[[], float] = time.monotonic):
        self.paths = [str(p) for p in paths]
        self.db_path = db_path
        self.settle = settle
        self.interval = interval
        self.workers = workers
        self.ingest_options = ingest_options or {}
        self.on_event = on_event
        self.clock = clock
        self.state = WatchState()
        self.summary = Summary()
        self.stop_requested = threading.Event()

    # -- one poll -----------------------------------------------------------
    def settled_paths(self) -> list[str]:
        """Walk the folders once; return the files that are ready to ingest."""
        now = self.clock()
        state = self.state
        ready: list[str] = []
        present: set[str] = set()
        for item in discover(self.paths, self.ingest_options.get("exclude", ())):
            path = str(item.path)
            present.add(path)
            if item.problem:
                self._report_problem(path, item.problem, item.skipped)
                continue
            try:
                st = os.stat(path)
            except OSError:
                continue  # gone between the walk and the stat: the next poll sees it
            signature = (st.st_size, st.st_mtime_ns)
            if state.handled.get(path) == signature:
                continue
            seen = state.seen.get(path)
            if seen is None or seen.signature != signature:
                state.seen[path] = _Seen(signature, now)
            elif now - seen.since >= self.settle:
                ready.append(path)
        for gone in set(state.seen) - present:
            del state.seen[gone]
        for gone in set(state.handled) - present:
            del state.handled[gone]
        state.reported = {(p, r) for p, r in state.reported if p in present}
        return ready

    def _report_problem(self, path: str, problem: str, skipped: bool):
        if (path, problem) in self.state.reported:
            return
        self.state.reported.add((path, problem))
        path = printable(path)
        if skipped:
            self.summary.skipped += 1
            self.on_event(Event(path, "skipped", problem))
            return
        from committee_papers.db.store import Store

        store = Store(self.db_path)
        try:
            store.record_error(path, None, problem)
        finally:
            store.close()
        self.summary.failed += 1
        self.summary.errors.append((path, problem))
        self.on_event(Event(path, "failed", problem))

    def ingest_batch(self, paths: list[str]) -> None:
        signatures = {}
        for path in paths:
            entry = self.state.seen.get(path)
            if entry:
                signatures[path] = entry.signature
        result = ingest(paths, self.db_path, workers=self.workers, on_event=self.on_event,
                        stop=self.stop_requested.is_set, **self.ingest_options)
        for name in ("ingested", "unchanged", "replaced", "failed", "skipped"):
            setattr(self.summary, name, getattr(self.summary, name) + getattr(result, name))
        self.summary.errors.extend(result.errors)
        if self.stop_requested.is_set():
            return  # the batch may have stopped early: leave the rest for the next run
        for path, signature in signatures.items():
            # Recorded as handled with the signature it settled at: if it
            # changed while being read, the next poll sees a new signature.
            self.state.handled[path] = signature
            self.state.seen.pop(path, None)

    # -- the loop -------------------------------------------------------------
    def run(self) -> Summary:
        while not self.stop_requested.is_set():
            ready = self.settled_paths()
            if ready:
                try:
                    self.ingest_batch(ready)
                except DiskFull:
                    raise  # retrying each poll would only fill the log: stop and say so once
                except Exception as exc:  # a locked database: report, retry next poll
                    self.on_event(Event(", ".join(ready), "note", f"batch not stored, will retry: "
                                                                  f"{type(exc).__name__}: {exc}"))
            self.stop_requested.wait(self.interval)
        return self.summary

    def stop(self, *_args):
        self.stop_requested.set()


def install_stop_handlers(watcher: Watcher):
    """Ctrl-C and SIGTERM ask the watcher to stop; the previous handlers are returned."""
    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, watcher.stop)
    return previous


def restore_handlers(previous: dict):
    for sig, handler in previous.items():
        signal.signal(sig, handler)
