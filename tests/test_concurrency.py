"""Readers never fail while an ingest writes; two ingests on one database take
turns (or the second stops with a clear message) and corrupt nothing."""
import asyncio
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

import hostile
from committee_papers.db.schema import open_database
from run_cli import cli_command

def text_corpus(folder: Path, count: int, first: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [hostile.good_text_paper(folder, n) for n in range(first, first + count)]


@pytest.mark.slow
def test_sqlite_and_datasette_readers_never_fail_during_an_ingest(tmp_path):
    from datasette.app import Datasette

    corpus = tmp_path / "papers"
    text_corpus(corpus, 24)
    db = tmp_path / "kb.db"
    open_database(db).close()  # Datasette needs the file to exist before it starts
    datasette = Datasette([str(db)])
    reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    errors, document_counts, reads = [], set(), 0

    async def read_through_datasette():
        response = await datasette.client.get("/kb/passages.json?_search=contract&_shape=array")
        if response.status_code != 200:
            errors.append(f"datasette {response.status_code}: {response.text[:200]}")

    writer = subprocess.Popen(cli_command("ingest", corpus, "--db", db, "--quiet"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while writer.poll() is None and time.monotonic() < deadline:
        try:
            document_counts.add(reader.execute("select count(*) from documents").fetchone()[0])
            reader.execute("select count(*) from passages_fts where passages_fts match 'contract'").fetchone()
            asyncio.run(read_through_datasette())
            reads += 1
        except sqlite3.Error as exc:
            errors.append(f"sqlite3: {exc}")
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert errors == []
    # The reads overlapped the writes: they saw the database part-filled.
    assert reads > 3 and len(document_counts) > 1, (reads, document_counts)
    assert reader.execute("select count(*) from documents").fetchone()[0] == 24


@pytest.mark.slow
def test_two_ingests_on_one_database_take_turns_without_corruption(tmp_path):
    # Overlapping folders: both processes try to store papers 8-15.
    first, second = tmp_path / "first", tmp_path / "second"
    text_corpus(first, 16)
    text_corpus(second, 16, first=8)
    db = tmp_path / "kb.db"  # neither finds a database: they also race to create it
    runs = [subprocess.Popen(cli_command("ingest", folder, "--db", db), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for folder in (first, second)]
    results = [(run.wait(timeout=600), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert "Traceback" not in err
        # Either it took its turn and finished, or it stopped with a clear reason.
        assert code == 0 or (code == 2 and "locked by another writer" in err), (code, err)
    assert hostile.integrity_problems(db) == []
    conn = sqlite3.connect(db)
    finished = [i for i, (code, _o, _e) in enumerate(results) if code == 0]
    assert finished, "at least one ingest must finish"
    expected_papers = set()
    for i in finished:
        expected_papers |= {p.name for p in (first, second)[i].iterdir()}
    stored = {r[0] for r in conn.execute("select filename from documents")}
    assert expected_papers <= stored
    assert conn.execute("select count(*) from documents").fetchone()[0] == len(stored)
    # A third run stores exactly what a run that was turned away left undone,
    # and a fourth finds everything stored once.
    left_undone = 24 - len(stored)
    for expected_new in (left_undone, 0):
        again = subprocess.run(cli_command("ingest", first, second, "--db", db), capture_output=True,
                               text=True, timeout=600)
        assert again.returncode == 0, again.stderr
        assert again.stdout.startswith(f"{expected_new} ingested"), again.stdout
    assert conn.execute("select count(*) from documents").fetchone()[0] == 24


def test_small_writes_do_not_fail_when_another_writer_commits_first(db_path):
    # A deferred transaction that reads (sqlite-utils checks the schema before
    # it inserts) and then writes fails at once with "database is locked" if
    # another connection committed in between; busy_timeout cannot help.
    # The store's small writes must take the write lock up front instead.
    from committee_papers.db.store import Store

    store = Store(db_path)
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    statements = []

    def commit_elsewhere_mid_transaction(sql):
        statements.append(sql)
        if len(statements) == 3:
            try:
                other.execute("insert into ingest_errors (path, error, at) values ('other', 'x', 'now')")
            except sqlite3.OperationalError:
                pass  # the store already holds the write lock: the right outcome

    store.db.conn.set_trace_callback(commit_elsewhere_mid_transaction)
    store.record_error("/papers/bad.pdf", None, "truncated PDF")
    statements.clear()
    document_id = store.db["documents"].insert({"filename": "a.txt", "sha256": "aa"}).last_pk
    store.touch_path("/papers/a.txt", document_id, 10, 1.0, "aa")
    store.db.conn.set_trace_callback(None)
    paths = [r[0] for r in store.db.execute("select path from ingest_errors order by path")]
    assert "/papers/bad.pdf" in paths
    assert store.path_record("/papers/a.txt")["document_id"] == document_id
