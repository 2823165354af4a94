"""Files that are not papers in the way a batch expects: named pipes, devices,
and names that are not valid UTF-8.

A FIFO called ``x.pdf`` or a link to ``/dev/zero`` is reported once and never
opened (opening a FIFO blocks until something writes to it; a device can be
read for ever).  A name that is not UTF-8 is stored and printed escaped, and
the batch goes on.
"""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import hostile
from committee_papers import pipeline
from committee_papers.ingest.discover import discover, printable
from run_cli import cli_command

# A run that hangs fails the test with TimeoutExpired: the bound says "it came
# back at all", not how fast.
HANG = 300

LATIN1_NAME = os.fsdecode(b"caf\xe9 cabinet report.txt")  # 'café' in Latin-1: not UTF-8


@pytest.fixture
def special_folder(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    hostile.good_text_paper(folder, 1)
    os.mkfifo(folder / "x.pdf")
    os.mkfifo(tmp_path / "outside-fifo")
    os.symlink(tmp_path / "outside-fifo", folder / "linked-fifo.txt")
    os.symlink("/dev/zero", folder / "zero.pdf")
    os.symlink("/dev/null", folder / "null.html")
    return folder


def test_discovery_reports_non_regular_files_without_opening_them(special_folder):
    found = {item.path.name: item for item in discover([special_folder])}
    assert found["paper-01.txt"].problem is None
    assert found["x.pdf"].problem == "not a regular file (named pipe); not read"
    assert found["linked-fifo.txt"].problem == "not a regular file (named pipe); not read"
    assert found["zero.pdf"].problem == "not a regular file (character device); not read"
    assert found["null.html"].problem == "not a regular file (character device); not read"
    assert not any(item.skipped for item in found.values())


def test_a_fifo_and_devices_are_reported_once_and_the_batch_finishes(special_folder, tmp_path):
    db = tmp_path / "kb.db"
    # A subprocess: before the fix this hung for ever (the failed FIFO was
    # then hashed, and opening it blocks; /dev/zero is read without end).
    done = subprocess.run(cli_command("ingest", special_folder, "--db", db, "--workers", "1"),
                          capture_output=True, text=True, timeout=HANG)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith("1 ingested, 0 unchanged, 0 replaced, 4 failed")
    for name in ("x.pdf", "linked-fifo.txt", "zero.pdf", "null.html"):
        assert done.stderr.count(f"error: {special_folder / name}: not a regular file") == 1, done.stderr
    conn = sqlite3.connect(db)
    errors = dict(conn.execute("select path, error from ingest_errors"))
    assert errors[str(special_folder / "x.pdf")] == "not a regular file (named pipe); not read"
    assert errors[str(special_folder / "zero.pdf")] == "not a regular file (character device); not read"
    assert [r[0] for r in conn.execute("select filename from documents")] == ["paper-01.txt"]


def test_a_fifo_in_a_watched_folder_is_reported_once(special_folder, tmp_path):
    from committee_papers.watch import Watcher

    events = []
    watcher = Watcher([special_folder], tmp_path / "kb.db", settle=0, on_event=events.append)
    for _poll in range(3):
        watcher.settled_paths()
    fifo_events = [e for e in events if e.path == str(special_folder / "x.pdf")]
    assert [(e.outcome, e.message) for e in fifo_events] == [("failed", "not a regular file (named pipe); not read")]


def test_hashing_refuses_a_fifo_instead_of_blocking(tmp_path):
    from committee_papers.ingest.registry import sha256_of

    fifo = tmp_path / "paper.pdf"
    os.mkfifo(fifo)
    # A child process, so that a regression hangs the child, not the suite.
    script = ("import sys\nfrom committee_papers.ingest.registry import sha256_of\n"
              "try:\n    sha256_of(sys.argv[1])\nexcept OSError as exc:\n    print(exc.strerror)\n")
    done = subprocess.run([sys.executable, "-c", script, str(fifo)], capture_output=True, text=True, timeout=HANG)
    assert done.stdout.strip() == "not a regular file", done.stderr
    paper = hostile.good_text_paper(tmp_path, 2)
    assert len(sha256_of(paper)) == 64  # regular files still hash


# -- names that are not UTF-8 ------------------------------------------------------

def test_printable_escapes_only_bytes_that_are_not_utf8():
    assert printable("/papers/café.txt") == "/papers/café.txt"
    assert printable(os.fsdecode(b"/papers/caf\xe9.txt")) == "/papers/caf\\xe9.txt"
    assert printable(Path(os.fsdecode(b"/p/\xff\xfe.pdf"))) == "/p/\\xff\\xfe.pdf"


def test_a_name_that_is_not_utf8_is_stored_escaped_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    odd = folder / LATIN1_NAME
    hostile.good_text_paper(folder, 1, LATIN1_NAME)
    broken = folder / os.fsdecode(b"broken \xff.pdf")
    broken.write_bytes(b"%PDF-1.4 not really a PDF")
    later = hostile.good_text_paper(folder, 2, "later-paper.txt")
    db = tmp_path / "kb.db"
    events = []

    summary = pipeline.ingest([folder], db, workers=1, on_event=events.append)
    assert (summary.ingested, summary.failed) == (2, 1)
    escaped = str(folder) + "/caf\\xe9 cabinet report.txt"
    conn = sqlite3.connect(db)
    assert sorted(r[0] for r in conn.execute("select filename from documents")) == [
        "caf\\xe9 cabinet report.txt", later.name]
    assert escaped in {r[0] for r in conn.execute("select path from document_paths")}
    assert [r[0] for r in conn.execute("select path from ingest_errors")] == [str(folder) + "/broken \\xff.pdf"]
    assert {e.path for e in events} == {escaped, str(folder) + "/broken \\xff.pdf", str(later)}
    # The views were made: the batch ran to its end.
    assert conn.execute("select count(*) from sqlite_master where type = 'view'").fetchone()[0] > 0

    # The escaped path is the stored identity: the next run finds it unchanged.
    again = pipeline.ingest([folder], db, workers=1)
    assert (again.ingested, again.unchanged, again.failed) == (0, 2, 1)
    assert odd.exists()


def test_the_cli_prints_a_name_that_is_not_utf8_escaped(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    hostile.good_text_paper(folder, 1, LATIN1_NAME)
    done = subprocess.run(cli_command("ingest", folder, "--db", tmp_path / "kb.db", "--workers", "1"),
                          capture_output=True, timeout=HANG, env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"})
    assert done.returncode == 0, done.stderr
    assert f"ingested: {folder}/caf\\xe9 cabinet report.txt".encode() in done.stderr
