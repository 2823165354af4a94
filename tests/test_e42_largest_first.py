"""e42 (stop 29): the pool sends work largest file first, the writer still writes in input order.

A large file near the end of a batch used to start last and run alone while the other workers idled.  Now each
span of files (READ_AHEAD_FILES_PER_WORKER a worker) is sent largest first (pipeline._sending_order); results
wait for their turn, so the database is the same; a file's timeout counts from when a worker can have it, not
from when it heads the writer's queue behind larger files sent before it.
"""
from __future__ import annotations

import functools
import time
from pathlib import Path

import committee_papers.pipeline as pipeline
from committee_papers.worker import Limits


def _note_start(log: str, seconds: dict, path: str):
    """Work that notes which file a worker started (the order is the order the single worker was sent them)."""
    with open(log, "a") as fh:
        fh.write(Path(path).name + "\n")
    time.sleep(seconds.get(Path(path).name, 0.0))
    return Path(path).stat().st_size


def _files(folder: Path, sizes: dict) -> list[str]:
    paths = []
    for name, size in sizes.items():
        (folder / name).write_bytes(b"x" * size)
        paths.append(str(folder / name))
    return paths


def _run(paths, log, seconds=None, timeout=None, workers=1):
    work = functools.partial(_note_start, str(log), seconds or {})
    return list(pipeline._run(paths, workers, Limits(timeout=timeout), work, pipeline.file_size))


def test_the_largest_file_is_sent_first_and_results_come_back_in_input_order(tmp_path):
    paths = _files(tmp_path, {"a-small.txt": 10, "b-middle.txt": 500, "c-tiny.txt": 1, "d-large.txt": 9000})
    results = _run(paths, tmp_path / "log")
    assert (tmp_path / "log").read_text().split() == ["d-large.txt", "b-middle.txt", "a-small.txt", "c-tiny.txt"]
    assert results == [(path, Path(path).stat().st_size) for path in paths]


def test_files_of_one_size_and_work_without_sizes_keep_input_order(tmp_path):
    paths = _files(tmp_path, {"c.txt": 5, "a.txt": 5, "b.txt": 5})
    assert pipeline._sending_order(paths, 32, pipeline.file_size) == [0, 1, 2]
    assert pipeline._sending_order(paths, 32, None) == [0, 1, 2]


def test_each_span_is_sent_largest_first_and_spans_in_input_order():
    sizes = {"p1": 1, "p2": 7, "p3": 3, "p4": 9, "p5": 2}
    assert pipeline._sending_order(list(sizes), 2, sizes.get) == [1, 0, 3, 2, 4]
    assert pipeline._sending_order(list(sizes), 5, sizes.get) == [3, 1, 2, 4, 0]


def test_a_file_waiting_behind_larger_ones_is_not_timed_out_while_it_waits(tmp_path):
    # One worker; the head of the batch is the smallest, sent after three larger files of 1 s each.
    paths = _files(tmp_path, {"a-first.txt": 1, "b.txt": 100, "c.txt": 200, "d.txt": 300})
    slow = {"b.txt": 1.0, "c.txt": 1.0, "d.txt": 1.0}
    results = _run(paths, tmp_path / "log", slow, timeout=2.5)
    assert [result for _path, result in results] == [1, 100, 200, 300]


def test_a_file_running_past_its_timeout_still_times_out_and_the_rest_come_back(tmp_path):
    paths = _files(tmp_path, {"a.txt": 1, "b-stuck.txt": 100, "c.txt": 2})
    results = _run(paths, tmp_path / "log", {"b-stuck.txt": 30.0}, timeout=1.5, workers=2)
    assert [Path(path).name for path, _result in results] == ["a.txt", "b-stuck.txt", "c.txt"]
    assert results[0][1] == 1 and results[2][1] == 2
    assert "timed out" in str(results[1][1])


def _log_extraction(log: str, real, stored):
    with open(log, "a") as fh:
        fh.write(stored.filename + "\n")
    return real(stored)


def test_reextraction_sends_the_papers_with_most_passages_first_and_writes_in_id_order(tmp_path, monkeypatch):
    folder = tmp_path / "papers"
    folder.mkdir()
    lines = {"a-short.txt": 2, "b-long.txt": 12, "c-middle.txt": 6}
    for name, count in lines.items():
        (folder / name).write_text("Wendle Harbour Board\n\n" + "\n\n".join(
            f"{n}. The board noted item {n} of the harbour works programme." for n in range(1, count + 1)) + "\n")
    db = tmp_path / "kb.db"
    pipeline.ingest([folder], db, workers=1)
    log = tmp_path / "log"
    monkeypatch.setattr(pipeline, "_extract_stored",  # workers are forked: they see it
                        functools.partial(_log_extraction, str(log), pipeline._extract_stored))
    events = []
    assert pipeline.reextract(db, events.append, everything=True, workers=1) == 3
    assert log.read_text().split() == ["b-long.txt", "c-middle.txt", "a-short.txt"]
    assert [event.path for event in events] == ["a-short.txt", "b-long.txt", "c-middle.txt"]


class _DoneFuture:
    """A Dask future already finished (what dask_engine.ordered asks of one)."""

    def __init__(self, value):
        self.value = value

    def done(self):
        return True

    def result(self):
        return self.value

    def release(self):
        pass

    def cancel(self):
        pass


class _OneThreadClient:
    status = "running"

    def nthreads(self):
        return {"tcp://127.0.0.1:1": 1}


def test_the_dask_engine_sends_the_largest_first_and_yields_in_input_order():
    from committee_papers.dask_engine import ordered

    sizes = {"a-small": 10, "b-large": 900, "c-middle": 50}
    sent = []

    def submit(item):
        sent.append(item)
        return _DoneFuture(item.upper())

    results = list(ordered(_OneThreadClient(), list(sizes), submit, sizes.get))
    assert sent == ["b-large", "c-middle", "a-small"]
    assert results == [("a-small", "A-SMALL"), ("b-large", "B-LARGE"), ("c-middle", "C-MIDDLE")]
