"""What one document may cost is bounded: text, passages, memory and time.

Every file is read in a worker process (also with one worker and for a single
file) whose address space is capped; a file over a limit is one error line and
one ingest_errors row, and the batch goes on.
"""
import os
import sqlite3
import subprocess

import pytest

import committee_papers.worker as worker
import hostile
from committee_papers import pipeline
from committee_papers.worker import Limits
from run_cli import cli_command, run_measured

MB = 1024 * 1024


def errors_in(db) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {os.path.basename(p): e for p, e in conn.execute("select path, error from ingest_errors")}
    finally:
        conn.close()


def stored_names(db) -> list:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("select filename from documents"))
    finally:
        conn.close()


def single_line_text(path, size: int):
    """One line of words and no sentence end: the reader cannot cut it into passages."""
    words = b"council cabinet contract provider service budget approve report "
    with open(path, "wb") as fh:
        fh.write((words * (size // len(words) + 1))[:size])
    return path


def test_a_text_file_over_the_text_limit_is_refused_unread(tmp_path, db_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    huge = folder / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(200 * MB)  # sparse: 200 MB on paper, nothing on disk
    good = hostile.good_text_paper(folder, 1)
    summary = pipeline.ingest([folder], db_path, workers=1)
    assert summary.errors == [(str(huge), "too large: 200 MB of text exceeds the 20 MB limit")]
    assert errors_in(db_path) == {"huge.txt": "too large: 200 MB of text exceeds the 20 MB limit"}
    assert stored_names(db_path) == [good.name]


def test_a_document_with_more_passages_than_the_limit_is_refused(tmp_path, db_path):
    paper = hostile.good_text_paper(tmp_path, 1)
    summary = pipeline.ingest([paper], db_path, limits=Limits(max_passages=5))
    assert len(summary.errors) == 1
    reason = summary.errors[0][1]
    assert reason.startswith("too large: ") and reason.endswith(" passages exceed the 5 limit"), reason
    assert stored_names(db_path) == []


def test_a_pdf_with_more_text_than_the_limit_is_refused_after_reading(tmp_path, db_path):
    paper = hostile.good_pdf_paper(tmp_path, 1)
    summary = pipeline.ingest([paper], db_path, limits=Limits(max_text_mb=0.0005))
    reason = summary.errors[0][1]
    assert reason.startswith("too large: ") and reason.endswith(" KB of text exceeds the 524 bytes limit"), reason


def test_one_worker_reads_in_a_worker_process_not_in_this_one(tmp_path, db_path, monkeypatch):
    log = tmp_path / "pids.log"
    real = worker.read_and_extract

    def logged(path, *args):
        with open(log, "a") as fh:
            fh.write(f"{os.getpid()}\n")
        return real(path, *args)

    monkeypatch.setattr(worker, "read_and_extract", logged)
    paper = hostile.good_text_paper(tmp_path, 1)
    assert pipeline.ingest([paper], db_path, workers=1).ingested == 1
    pids = {int(p) for p in log.read_text().split()}
    assert pids and os.getpid() not in pids


def test_memory_limit_is_set_in_the_worker(tmp_path, db_path, monkeypatch):
    log = tmp_path / "limits.log"
    real = worker.read_and_extract

    def logged(path, *args):
        import resource

        with open(log, "a") as fh:
            fh.write(f"{resource.getrlimit(resource.RLIMIT_AS)[0]}\n")
        return real(path, *args)

    monkeypatch.setattr(worker, "read_and_extract", logged)
    paper = hostile.good_text_paper(tmp_path, 1)
    pipeline.ingest([paper], db_path, workers=1, limits=Limits(max_memory_mb=900))
    assert log.read_text().split() == [str(900 * MB)]


@pytest.mark.slow
def test_a_file_needing_more_memory_than_the_limit_fails_as_out_of_memory(tmp_path):
    # 6 MB on one line needs several hundred MB to read and extract; 400 MB of
    # address space (about 250 MB of it the worker's own code) is too little.
    folder = tmp_path / "papers"
    folder.mkdir()
    big = single_line_text(folder / "one-line.txt", 6 * MB)
    good = hostile.good_text_paper(folder, 1)
    db = tmp_path / "kb.db"
    done, peak = run_measured("ingest", folder, "--db", db, "--workers", "1", "--max-memory", "400", timeout=900)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"error: {big}: out of memory while reading (limit 400 MB)" in done.stderr
    assert errors_in(db) == {"one-line.txt": "out of memory while reading (limit 400 MB)"}
    assert stored_names(db) == [good.name]
    assert peak < 400 * 1024, f"peak RSS {peak // 1024} MB"

    # A single file is read in a worker under the same limit.
    alone = subprocess.run(cli_command("ingest", big, "--db", db, "--max-memory", "400"),
                           capture_output=True, text=True, timeout=900)
    assert alone.returncode == 1
    assert f"error: {big}: out of memory while reading (limit 400 MB)" in alone.stderr


def test_limits_are_cli_options_with_documented_defaults():
    from click.testing import CliRunner

    from committee_papers.cli import cli

    help_text = " ".join(CliRunner().invoke(cli, ["ingest", "--help"]).output.split())
    for option, default in (("--timeout", "600"), ("--max-memory", "1024"), ("--max-text", "20"),
                            ("--max-passages", "100000")):
        assert option in help_text
        assert f"[default: {default}" in help_text.split(option, 1)[1], option
    assert Limits() == Limits(max_text_mb=20.0, max_passages=100_000, max_memory_mb=1024, timeout=600.0)
