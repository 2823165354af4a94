"""A file that never finishes in a worker fails as "timed out"; the rest of the batch goes on.

The reader is replaced by one that hangs on one file (workers are forked, so
they inherit the replacement); the timeout is a parameter of the run, not a
claim about speed.  One worker is a worker process too: the timeout holds for
``--workers 1`` and for a single file.
"""
import sqlite3
import time

import pytest

import committee_papers.pipeline as pipeline
import committee_papers.worker as worker
from committee_papers.worker import Limits

PAPER = "Wessex County Council\n\nCabinet\n\n1. Background\n\n1.1 Paper number {n} about speech therapy.\n"


def hang_on_stuck(real):
    def read_and_extract(path, *args):
        if "stuck" in str(path):
            time.sleep(3600)
        return real(path, *args)
    return read_and_extract


# Generous: the papers that do finish must do so within it on a loaded
# machine; the hung one costs exactly this long.
TIMEOUT = 10


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_a_hung_file_times_out_and_the_others_are_stored(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(worker, "read_and_extract", hang_on_stuck(worker.read_and_extract))
    folder = tmp_path / "papers"
    folder.mkdir()
    names = ["a.txt", "b-stuck.txt", "c.txt", "d.txt", "e.txt"]
    for n, name in enumerate(names):
        (folder / name).write_text(PAPER.format(n=n), encoding="utf-8")
    db = tmp_path / "kb.db"
    summary = pipeline.ingest([folder], db, workers=workers, limits=Limits(timeout=TIMEOUT))
    assert (summary.ingested, summary.failed) == (4, 1)
    assert summary.errors == [(str(folder / "b-stuck.txt"), f"timed out after {TIMEOUT} s")]
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("select error from ingest_errors").fetchall() == [(f"timed out after {TIMEOUT} s",)]
        stored = sorted(r[0] for r in conn.execute("select filename from documents"))
    finally:
        conn.close()
    assert stored == ["a.txt", "c.txt", "d.txt", "e.txt"]


def test_a_single_hung_file_times_out(tmp_path, monkeypatch):
    # Only the hung file: no paper that must finish in time, so the timeout can be short.
    monkeypatch.setattr(worker, "read_and_extract", hang_on_stuck(worker.read_and_extract))
    stuck = tmp_path / "stuck.txt"
    stuck.write_text(PAPER.format(n=1), encoding="utf-8")
    summary = pipeline.ingest([stuck], tmp_path / "kb.db", limits=Limits(timeout=1))
    assert summary.errors == [(str(stuck), "timed out after 1 s")]


def fake_read_one(path, limits, ocr):
    # Module level: the pool sends the function to its workers by name.
    if "stuck" in path:
        time.sleep(3600)
    return f"read {path}"


def test_files_in_flight_with_a_hung_one_are_not_lost(monkeypatch):
    monkeypatch.setattr(pipeline, "read_one", fake_read_one)
    paths = ["1", "2-stuck", "3", "4-stuck", "5", "6"]
    # The others return at once; 3 s leaves a loaded machine time to fork a worker.
    results = list(pipeline._run(paths, workers=2, limits=Limits(timeout=3)))
    assert [p for p, _ in results] == paths  # input order, each once
    for path, result in results:
        if "stuck" in path:
            assert isinstance(result, pipeline.IngestError) and str(result) == "timed out after 3 s"
        else:
            assert result == f"read {path}"


def test_no_timeout_waits(monkeypatch):
    monkeypatch.setattr(pipeline, "read_one", fake_read_one)
    assert list(pipeline._run(["1", "2", "3"], workers=2, limits=Limits(timeout=None))) == [
        ("1", "read 1"), ("2", "read 2"), ("3", "read 3")]
