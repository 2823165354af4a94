"""Watch mode: papers dropped into a folder are ingested once they settle; bad
files are reported and survived; SIGTERM and Ctrl-C stop it cleanly."""
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

import hostile
from committee_papers.watch import Watcher
from run_cli import cli_command

WAIT = 90  # seconds: generous, for a loaded machine; never an assertion on speed


def wait_for(predicate, what: str, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def query(db, sql, params=()):
    if not Path(db).exists():
        return []
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:
        return []  # schema not created yet
    finally:
        conn.close()


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


# -- settling, with a fake clock ----------------------------------------------

def test_a_file_is_ready_only_after_it_has_stayed_unchanged_for_the_settle_interval(tmp_path):
    clock = FakeClock()
    watcher = Watcher([tmp_path], tmp_path / "kb.db", settle=2.0, clock=clock)
    paper = tmp_path / "paper.txt"
    paper.write_text("Wessex County Council\n\nCabinet report, first part")
    assert watcher.settled_paths() == []          # first sight
    clock.now = 1.0
    assert watcher.settled_paths() == []          # unchanged, not yet settled
    paper.write_text("Wessex County Council\n\nCabinet report, first part and the rest")
    clock.now = 2.5
    assert watcher.settled_paths() == []          # it grew: the wait starts again
    clock.now = 4.0
    assert watcher.settled_paths() == []
    clock.now = 4.6
    assert watcher.settled_paths() == [str(paper)]


def test_a_handled_file_is_not_offered_again_until_it_changes(tmp_path):
    clock = FakeClock()
    watcher = Watcher([tmp_path], tmp_path / "kb.db", settle=1.0, clock=clock)
    paper = tmp_path / "paper.txt"
    paper.write_text("Wessex County Council")
    watcher.settled_paths()
    clock.now = 1.5
    [ready] = watcher.settled_paths()
    st = paper.stat()
    watcher.state.handled[ready] = (st.st_size, st.st_mtime_ns)
    watcher.state.seen.pop(ready)
    clock.now = 10.0
    assert watcher.settled_paths() == []
    assert watcher.settled_paths() == []
    os.utime(paper, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    watcher.settled_paths()
    clock.now = 11.5
    assert watcher.settled_paths() == [str(paper)]


def test_a_deleted_file_is_forgotten(tmp_path):
    clock = FakeClock()
    watcher = Watcher([tmp_path], tmp_path / "kb.db", settle=1.0, clock=clock)
    paper = tmp_path / "paper.txt"
    paper.write_text("Wessex County Council")
    watcher.settled_paths()
    paper.unlink()
    clock.now = 5.0
    assert watcher.settled_paths() == []
    assert watcher.state.seen == {}


def test_a_batch_is_ingested_and_problems_are_reported_once(tmp_path):
    events = []
    clock = FakeClock()
    folder = tmp_path / "inbox"
    folder.mkdir()
    db = tmp_path / "kb.db"
    watcher = Watcher([folder], db, settle=1.0, clock=clock, workers=1, on_event=events.append)
    hostile.good_text_paper(folder, 1)
    hostile.symlink_loop(folder, "loop.txt")
    for now in (0.0, 1.5, 3.0):
        clock.now = now
        ready = watcher.settled_paths()
        if ready:
            watcher.ingest_batch(ready)
    outcomes = sorted((Path(e.path).name, e.outcome) for e in events)
    assert outcomes == [("loop.txt", "failed"), ("loop.txt.other.pdf", "failed"), ("paper-01.txt", "ingested")]
    assert watcher.summary.ingested == 1 and watcher.summary.failed == 2
    assert len(query(db, "select * from ingest_errors")) == 2


# -- the command, in a subprocess ---------------------------------------------

SETTLE = 1.5


def start_watching(folder, db, log, settle=SETTLE):
    return subprocess.Popen(cli_command("ingest", folder, "--db", db, "--watch", "--workers", "1",
                                        "--settle", settle, "--interval", "0.2"),
                            stdout=subprocess.PIPE, stderr=open(log, "w"), text=True)


@pytest.mark.slow
def test_watch_ingests_arrivals_and_changes_survives_bad_files_and_stops_on_sigterm(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    db, log = tmp_path / "kb.db", tmp_path / "watch.log"
    watcher = start_watching(folder, db, log)
    try:
        wait_for(lambda: "watching" in log.read_text(), "the watcher to start")

        first = hostile.good_text_paper(folder, 1)
        wait_for(lambda: query(db, "select 1 from documents where filename = ?", [first.name]), "the first paper")

        # A paper arriving slowly, as over a network share: never read half-written.
        slow = folder / "slow-paper.txt"
        lines = [text for _kind, text in hostile.paper_lines(2)]
        longest_pause = 0.0
        with open(slow, "w", encoding="utf-8") as fh:
            for line in lines:
                before = time.monotonic()
                fh.write(line + "\n\n")
                fh.flush()
                time.sleep(0.2)
                longest_pause = max(longest_pause, time.monotonic() - before)
        wait_for(lambda: query(db, "select 1 from documents where filename = ?", [slow.name]), "the slow paper")

        bad = hostile.zero_byte(folder, "empty.txt")
        wait_for(lambda: query(db, "select 1 from ingest_errors where path = ?", [str(bad)]), "the bad file's error")
        assert watcher.poll() is None, "a bad file stopped the watcher"

        old_sha = query(db, "select sha256 from documents where filename = ?", [first.name])[0][0]
        first.write_text(first.read_text() + "\n6. Appendix\n\n6.1 Added after the meeting.\n")
        wait_for(lambda: query(db, "select 1 from documents where filename = ? and sha256 != ?",
                               [first.name, old_sha]), "the changed paper to replace the old one")
    finally:
        watcher.send_signal(signal.SIGTERM)
        out, _ = watcher.communicate(timeout=WAIT)
    assert watcher.returncode == 0
    report = log.read_text()
    assert f"error: {bad}: empty file" in report
    assert "Traceback" not in report
    assert hostile.integrity_problems(db) == []
    if longest_pause >= SETTLE:
        # This process stalled (a loaded machine) longer than the settle
        # interval between two writes: the paper really was idle that long,
        # so reading it then was right, and the run says nothing about it.
        pytest.skip(f"writer stalled {longest_pause:.1f} s, longer than the {SETTLE} s settle interval")
    assert out.strip() == "2 ingested, 0 unchanged, 1 replaced, 1 failed"
    text = " ".join(r[0] for r in query(db, "select p.text from passages p join documents d on d.id = p.document_id "
                                            "where d.filename = ?", [slow.name]))
    assert lines[-1] in text  # stored whole: the last line written is there
    # One replacement in the summary is the changed paper: the slow one was stored once.
    assert report.count(f"ingested: {slow}") == 1 and f"replaced: {slow}" not in report


@pytest.mark.slow
def test_ctrl_c_stops_the_watcher_cleanly(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    hostile.good_text_paper(folder, 3)
    db, log = tmp_path / "kb.db", tmp_path / "watch.log"
    watcher = start_watching(folder, db, log, settle=0.3)
    try:
        wait_for(lambda: query(db, "select 1 from documents"), "the paper already in the folder")
    finally:
        watcher.send_signal(signal.SIGINT)
        out, _ = watcher.communicate(timeout=WAIT)
    assert watcher.returncode == 0
    assert out.strip() == "1 ingested, 0 unchanged, 0 replaced, 0 failed"
    assert "stopped watching" in log.read_text()
    assert "Traceback" not in log.read_text()
