"""A full disk stops the ingest with one clear line; the database stays intact.

No small filesystem is needed: ``PRAGMA max_page_count`` caps the database the
store writes to, and SQLite then fails exactly as on a full disk (SQLITE_FULL,
"database or disk is full"), rolling the transaction back itself.
"""
import sqlite3

import pytest
from click.testing import CliRunner

import hostile
from committee_papers.cli import cli
from committee_papers.db import store as store_module
from committee_papers.db.store import DiskFull, Store, rollback


@pytest.fixture
def capped_database(monkeypatch):
    """Every database the store opens from now on may grow by ``extra[0]`` pages only."""
    real_open = store_module.open_database
    extra = [2]

    def open_capped(path, *args, **kwargs):
        db = real_open(path, *args, **kwargs)
        pages = db.execute("pragma page_count").fetchone()[0]
        db.execute(f"pragma max_page_count = {pages + extra[0]}")
        return db

    monkeypatch.setattr(store_module, "open_database", open_capped)
    return extra


def ingest(folder, db):
    return CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1"])


@pytest.mark.slow
def test_disk_full_is_one_clear_line_and_a_non_zero_exit(tmp_path, capped_database):
    folder = tmp_path / "papers"
    folder.mkdir()
    hostile.good_text_paper(folder, 1)
    for n in range(2, 8):
        hostile.good_pdf_paper(folder, n)
    capped_database[0] = 100_000
    assert ingest(folder, tmp_path / "reference.db").exit_code == 0
    reference = hostile.content_by_sha(tmp_path / "reference.db")

    db = tmp_path / "kb.db"
    capped_database[0] = 2  # room for a paper or two at most
    result = ingest(folder, db)
    assert result.exit_code == 3, result.output
    lines = [line for line in result.output.splitlines() if "disk full" in line]
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"error: disk full while writing {folder}/paper-0")
    assert lines[0].endswith(f" to {db}; the documents stored before it are intact: "
                             "free some space and run the ingest again")
    assert "rollback" not in result.output and "Traceback" not in result.output

    # Intact: each stored document is whole, and the one that did not fit is absent.
    assert hostile.integrity_problems(db) == []
    stored = hostile.content_by_sha(db)
    assert len(stored) < len(reference)
    assert all(reference[sha] == counts for sha, counts in stored.items())
    not_stored = lines[0].split("disk full while writing ", 1)[1].split(" to ", 1)[0]
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from document_paths where path = ?", [not_stored]).fetchone()[0] == 0
    conn.close()

    # With room again, the next run finishes the job.
    capped_database[0] = 100_000
    assert ingest(folder, db).exit_code == 0
    assert hostile.content_by_sha(db) == reference


def test_rollback_is_a_no_op_when_sqlite_already_rolled_back(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("create table t (x)")
    conn.execute("begin")
    conn.execute("insert into t values (1)")
    conn.execute("rollback")  # as SQLite does by itself on SQLITE_FULL
    rollback(conn)  # no "cannot rollback - no transaction is active"
    conn.execute("begin")
    conn.execute("insert into t values (2)")
    rollback(conn)
    assert conn.execute("select count(*) from t").fetchone()[0] == 0


def test_a_full_database_raises_disk_full_naming_what_was_written(db_path, capped_database):
    capped_database[0] = 0
    store = Store(db_path)
    try:
        with pytest.raises(DiskFull) as caught:
            for n in range(200):
                store.record_error(f"/papers/bad-{n}.pdf", None, "truncated PDF " + "x" * 2000)
        assert str(caught.value).startswith("disk full while writing the error row for /papers/bad-")
        assert not store.db.conn.in_transaction
    finally:
        store.close()
