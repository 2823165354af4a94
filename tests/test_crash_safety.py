"""kill -9 at any moment loses nothing: the database stays intact, every stored
document is complete, and the next run finishes the job."""
import os
import signal
import sqlite3
import subprocess
import time

import pytest

import hostile
from committee_papers.pipeline import ingest
from committee_papers.db.schema import open_database
from run_cli import cli_command


# Where each kill lands: (events printed before the kill, extra delay in
# seconds).  Zero events kills during start-up and schema creation; later
# ones land between, during and just after document transactions.
KILL_POINTS = [(0, 0.4), (1, 0.0), (2, 0.05), (1, 0.15), (3, 0.02)]


def start_ingest(corpus, db):
    # A session of its own so that the kill takes the workers too, as a power
    # cut or the OOM killer on the process group would.
    return subprocess.Popen(cli_command("ingest", corpus, "--db", db), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def kill_after(process, events: int, delay: float, limit: float = 120.0):
    """SIGKILL the ingest once it has stored ``events`` more files, plus ``delay``."""
    deadline = time.monotonic() + limit
    seen = 0
    while seen < events and time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break  # it finished first
        # Only new work counts: "unchanged" lines for what earlier runs
        # stored come out at start-up, before any write.
        if line.split(":", 1)[0] in ("ingested", "replaced", "failed"):
            seen += 1
    time.sleep(delay)
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate(timeout=60)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash-corpus")
    hostile.write_corpus(folder, count=18)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """What an uninterrupted ingest stores for each paper."""
    db = tmp_path_factory.mktemp("crash-reference") / "reference.db"
    summary = ingest([corpus], db, workers=1)
    assert summary.failed == 0, summary.errors
    content = hostile.content_by_sha(db)
    assert len(content) == 18
    return content


@pytest.mark.slow
def test_kill_9_at_varied_moments_then_a_normal_run_completes_everything(corpus, reference, tmp_path):
    db = tmp_path / "kb.db"
    for events, delay in KILL_POINTS:
        kill_after(start_ingest(corpus, db), events, delay)
        if not db.exists():
            continue  # killed before the database was created
        assert hostile.integrity_problems(db) == [], f"after a kill at ({events}, {delay})"
        stored = hostile.content_by_sha(db)
        for sha, counts in stored.items():
            # Each stored document is whole: the same passages and facts as
            # the uninterrupted run, never a part of them.
            assert counts == reference[sha], f"document {sha[:12]} incomplete after a kill"
    done = subprocess.run(cli_command("ingest", corpus, "--db", db), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert hostile.content_by_sha(db) == reference
    assert hostile.integrity_problems(db) == []
    again = subprocess.run(cli_command("ingest", corpus, "--db", db), capture_output=True, text=True, timeout=600)
    assert again.stdout.startswith("0 ingested, 18 unchanged"), again.stdout


def test_schema_interrupted_while_creating_search_index_is_finished_on_next_open(db_path):
    # Simulate a kill after the search table was created but before its
    # triggers: the next open must notice and finish, or new passages would
    # silently never be searchable.
    db = open_database(db_path)
    for suffix in ("ai", "ad", "au"):
        db.execute(f"drop trigger passages_{suffix}")
    db.execute("delete from _schema")
    db.conn.commit()
    db.close()
    open_database(db_path).close()
    triggers = {r[0] for r in sqlite3.connect(db_path).execute("select name from sqlite_master where type='trigger'")}
    assert {"passages_ai", "passages_ad", "passages_au"} <= triggers


def test_schema_creation_killed_part_way_leaves_nothing_half_made(db_path, monkeypatch):
    from committee_papers.db import schema

    real_ensure_fts = schema._ensure_fts
    calls = []

    def killed_on_second_index(*args):
        calls.append(args[1])
        if len(calls) == 2:
            raise KeyboardInterrupt("simulated kill")
        return real_ensure_fts(*args)

    monkeypatch.setattr(schema, "_ensure_fts", killed_on_second_index)
    with pytest.raises(KeyboardInterrupt):
        schema.open_database(db_path)
    monkeypatch.setattr(schema, "_ensure_fts", real_ensure_fts)
    conn = sqlite3.connect(db_path)
    leftovers = [r[0] for r in conn.execute("select name from sqlite_master")]
    conn.close()
    assert leftovers == []
    schema.open_database(db_path).close()
    assert hostile.integrity_problems(db_path) == []


def test_a_database_file_without_its_schema_is_a_valid_crash_state(tmp_path):
    # What a kill leaves after SQLite created the file (and switched it to
    # WAL) but before the schema's transaction committed.
    from click.testing import CliRunner

    from committee_papers.cli import cli

    db = tmp_path / "kb.db"
    conn = sqlite3.connect(db)
    conn.execute("pragma journal_mode = wal")
    conn.close()
    assert db.exists()
    assert hostile.integrity_problems(db) == []
    assert hostile.content_by_sha(db) == {}
    searched = CliRunner().invoke(cli, ["search", "contract", "--db", str(db)])
    assert searched.exit_code == 0 and searched.output.strip() == "no matches", searched.output
    folder = tmp_path / "papers"
    hostile.write_corpus(folder, count=2)
    assert ingest([folder], db, workers=1).ingested == 2
    assert len(hostile.content_by_sha(db)) == 2
    assert "no matches" not in CliRunner().invoke(cli, ["search", "contract", "--db", str(db)]).output
