"""The Dask engine: reading and extraction as Dask distributed tasks.

``--engine dask`` sends one task per document to a Dask cluster (a
LocalCluster on this machine, or the scheduler given by ``--scheduler``) and
hands the results back in input order to the one writer in this process, so
the database is the same as with ``--workers``.

Each task runs the pool's per-file function (:func:`worker.read_one`) in a
child forked from the Dask worker, as the pool's workers are forked from the
parent: a file that hangs is killed after the per-file timeout, one that
crashes the reader (a segfault in a C library, the out-of-memory killer) takes
only its child down, and either becomes the same error row as with the pool.
The Dask worker process itself builds the spaCy pipeline and imports the
readers once; every child inherits them, so a Dask worker with ``--nthreads
N`` parses N files at once on N cores with one copy of the pipeline.

Files reach the workers one of two ways (``--dask-files``):

* ``path``: the worker opens the same path (this machine, or a shared
  filesystem mounted at the same place on every worker);
* ``bytes``: this process reads the file and ships its bytes; the worker
  parses a temporary copy (same name and mtime) and the document is stored
  under the original path.

``auto`` (the default) is ``path`` for the LocalCluster and ``bytes`` for a
remote scheduler, where a shared filesystem cannot be assumed.

Dask is an extra (``pip install 'committee-papers[dask]'``); this module
imports it only when it runs.
"""
from __future__ import annotations

import contextlib
import functools
import logging
import os
import pickle
import select
import signal
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from committee_papers.ingest.errors import IngestError

from .worker import Limits, crashed, die_with_parent, limit_memory, read_one, timed_out

FILE_MODES = ("auto", "path", "bytes")
INSTALL_HINT = "--engine dask needs Dask: pip install 'committee-papers[dask]'"
# Seconds to wait for a remote scheduler to answer.
CONNECT_TIMEOUT = 30
# Tasks queued per worker thread: enough that no thread waits for work, few
# enough that results waiting for the writer keep memory flat.
WINDOW_PER_THREAD = 4


class DaskEngineError(Exception):
    """The engine cannot go on (no Dask, no scheduler): one line for the user."""


def require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise DaskEngineError(INSTALL_HINT) from None


@dataclass
class Shipped:
    """A file's bytes and mtime, read here for a worker that cannot see the path."""

    data: bytes
    mtime_ns: int


# -- this process: the client -------------------------------------------------

@contextlib.contextmanager
def connect(scheduler: Optional[str], workers: int):
    """A Client on ``scheduler``, or on a LocalCluster of one worker process
    running ``workers`` files at once (each in its own forked child)."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskEngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    # One worker process with a thread per file in flight: the threads only
    # wait on their forked children, which do the work on separate cores.
    # Loopback only: a Dask scheduler runs whatever it is sent.  ":0": any free
    # port for the status page, so two runs never collide.
    with LocalCluster(n_workers=1, threads_per_worker=max(1, workers), processes=True, host="127.0.0.1",
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def run_ingest(paths: list[str], *, workers: int, limits: Limits, scheduler: Optional[str] = None,
               files: str = "auto", ocr: bool = True) -> Iterator[tuple[str, object]]:
    """Yield (path, result or IngestError) in the order of ``paths``, as ``pipeline._run`` does."""
    if files not in FILE_MODES:
        raise ValueError(f"files must be one of {FILE_MODES}")
    if not paths:
        return  # a no-op re-run starts no cluster
    ship = files == "bytes" or (files == "auto" and bool(scheduler))
    with connect(scheduler, workers) as client:
        def submit(path):
            if not ship:
                return client.submit(ingest_task, path, None, limits, ocr, pure=False)
            try:
                shipped = _read_for_shipping(path)
            except IngestError as exc:
                return exc
            return client.submit(ingest_task, path, client.scatter(shipped, hash=False), limits, ocr, pure=False)

        from .pipeline import file_size

        yield from ordered(client, paths, submit, file_size)


def run_tasks(items: Iterable, task: Callable, load: Callable, *, workers: int, limits: Limits,
              scheduler: Optional[str] = None, size_of: Optional[Callable] = None) -> Iterator[tuple[object, object]]:
    """Yield (item, task(load(item)) or IngestError) in input order, ``load``
    run here just before the item is sent (so only the window is in memory);
    each task within ``limits`` (time and memory), as a file is read."""
    with connect(scheduler, workers) as client:
        yield from ordered(client, items, lambda item: client.submit(forked_task, task, load(item), limits.timeout,
                                                                     limits, pure=False), size_of)


def ordered(client, items: Iterable, submit: Callable,
            size_of: Optional[Callable] = None) -> Iterator[tuple[object, object]]:
    """Submit ``items`` a window at a time, largest first (``size_of``, as ``pipeline._run`` sends them: each span
    of READ_AHEAD_FILES_PER_WORKER items a thread, the span after the writer's at most) and yield their results in
    input order."""
    from .pipeline import READ_AHEAD_FILES_PER_WORKER, _sending_order

    items = list(items)
    span = READ_AHEAD_FILES_PER_WORKER * max(1, sum(client.nthreads().values()))
    to_send = deque(_sending_order(items, span, size_of))
    sent: dict = {}  # input index -> future (or the exception that kept it from being sent)
    done = 0
    try:
        while done < len(items):
            # The cluster may grow or shrink while the batch runs.
            window = WINDOW_PER_THREAD * max(1, sum(client.nthreads().values()))
            running = sum(1 for future in sent.values() if not isinstance(future, BaseException) and not future.done())
            while to_send and running < window and to_send[0] // span <= done // span + 1:
                index = to_send.popleft()
                sent[index] = submit(items[index])
                running += 1
            if done not in sent:  # the window is full of larger items sent before it: wait for one to finish
                from distributed import wait

                wait([future for future in sent.values() if not isinstance(future, BaseException)
                      and not future.done()], return_when="FIRST_COMPLETED")
                continue
            future = sent.pop(done)
            yield items[done], future if isinstance(future, BaseException) else _result(client, future)
            done += 1
    finally:
        # Reached too when the writer stops early: drop the work not yet done.
        for future in sent.values():
            if not isinstance(future, BaseException):
                future.cancel()


_END = object()


def _result(client, future):
    try:
        return future.result()
    except Exception as exc:
        if client.status not in ("running", "connecting"):
            raise DaskEngineError(f"lost the Dask scheduler ({type(exc).__name__}: {exc}); "
                                  f"run again to finish the batch") from None
        # KilledWorker: the Dask worker process itself died with this file
        # more than the scheduler's allowed-failures times.
        return IngestError(f"the Dask worker running this file died ({type(exc).__name__}: {exc})")
    finally:
        future.release()


def _read_for_shipping(path: str) -> Shipped:
    """The file's bytes, refused as the reader would refuse them."""
    from committee_papers.ingest.registry import MAX_FILE_BYTES

    try:
        before = os.stat(path)
        if before.st_size > MAX_FILE_BYTES:
            raise IngestError(f"file too large ({before.st_size:,} bytes; limit {MAX_FILE_BYTES:,})")
        with open(path, "rb") as fh:
            data = fh.read()
        after = os.stat(path)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from None
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
        raise IngestError("file changed while it was being read; it will be picked up on the next run")
    return Shipped(data, before.st_mtime_ns)


# -- a Dask worker: the tasks ----------------------------------------------------

def ingest_task(path: str, shipped: Optional[Shipped], limits: Limits, ocr: bool = True):
    """One file on a Dask worker: (Document, passages, Extraction) or the IngestError."""
    work = functools.partial(read_one, limits=limits, ocr=ocr)
    if shipped is None:
        return forked_task(work, path, limits.timeout, limits)
    with tempfile.TemporaryDirectory(prefix="committee-papers-") as folder:
        # The same name (readers and extractors look at it) and mtime as the original.
        copy = Path(folder) / Path(path).name
        copy.write_bytes(shipped.data)
        os.utime(copy, ns=(shipped.mtime_ns, shipped.mtime_ns))
        result = forked_task(work, str(copy), limits.timeout, limits)
    if not isinstance(result, BaseException):
        result[0].path = path
    elif str(copy) in str(result):  # a message naming the file names the original
        result = IngestError(str(result).replace(str(copy), path))
    return result


def forked_task(function: Callable, argument, timeout: Optional[float], limits: Optional[Limits] = None):
    """``function(argument)`` in a child forked from this Dask worker.

    Returns its result, or an IngestError when it ran longer than
    ``timeout`` seconds (the child is killed) or died without answering.
    Where there is no fork the function runs here, without either guard."""
    warm_worker()
    if not hasattr(os, "fork"):
        return function(argument)
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(read_end)
            # As a pool worker: Ctrl-C is the client's to decide, die with the
            # Dask worker rather than outlive it, and stay within the memory limit.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            die_with_parent(parent)
            limit_memory((limits or Limits()).max_memory_mb)
            result = function(argument)
            try:
                data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:
                data = pickle.dumps(IngestError(f"result could not be sent back: {type(exc).__name__}: {exc}"))
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    late = True  # if reading fails, the child is killed and reaped all the same
    try:
        chunks, late = _read_until(read_end, timeout)
    finally:
        if late:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if late:
        return timed_out(timeout)
    if status != 0 or not chunks:
        return crashed()
    return pickle.loads(b"".join(chunks))


def _read_until(fd: int, timeout: Optional[float]) -> tuple[list[bytes], bool]:
    """Everything the child writes until it closes the pipe, or (…, True) at the deadline.

    Late only when the pipe had nothing to read at the deadline: a thread kept
    off the CPU past the deadline (a loaded machine, another thread holding the
    GIL) still collects a child that finished in time.  The child writes only
    once it has its answer, so from its first byte on there is no deadline (an
    answer larger than the pipe's buffer arrives in many writes; a child that
    dies mid-write closes the pipe, so this cannot wait for ever)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    chunks: list[bytes] = []
    try:
        while True:
            wait = None if deadline is None or chunks else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                return chunks, True
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return chunks, False
            chunks.append(chunk)
    finally:
        os.close(fd)


_warm_lock = threading.Lock()
_warmed = False


def warm_worker() -> None:
    """Once per Dask worker process: the spaCy pipeline, the readers and the
    extractors' rule files, which every forked child then inherits.

    The worker runs several task threads, each forking a child.  Warming up runs
    the extractors once, taking locks on the way (functools.cached_property's
    among them); a thread that forked meanwhile would hand its child a lock held
    by a thread the child does not have, and the child would wait for ever.  So
    the first thread warms up while the others wait, and no thread forks before
    it is done."""
    global _warmed
    with _warm_lock:
        if not _warmed:
            from .pipeline import warm_up

            warm_up()
            _warmed = True
