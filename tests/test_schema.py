"""Schema upgrades: numbered migrations at open, refusal of newer databases,
and re-extraction that finishes what a killed run left on the old extractors."""
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from committee_papers.pipeline import ingest, reextract
from committee_papers.db.schema import SCHEMA_VERSION, SchemaError, open_database, schema_version
from committee_papers.extract.version import extractor_version

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples" / "papers"
CLI = [sys.executable, "-c", "from committee_papers.cli import main; main()"]

# tests/fixtures/schema-v1.db was made by the previous release (commit
# 180dd95, schema version 1) ingesting examples/papers.


@pytest.fixture
def v1_db(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-v1.db", path)
    return path


def test_previous_release_database_is_upgraded_in_place(v1_db):
    before = sqlite3.connect(v1_db)
    assert before.execute("select version from _schema").fetchone()[0] == 1
    contracts_before = before.execute("select count(*) from contracts").fetchone()[0]
    assert "decisions" not in {r[0] for r in before.execute("select name from sqlite_master")}
    before.close()

    db = open_database(v1_db)
    assert schema_version(db) == SCHEMA_VERSION
    assert "code" in db["organisations"].columns_dict
    # (Migrations 4 and 5 add documents.ocr_pages and documents.meeting_date_source.)
    assert {"authority_source", "extractor_version", "ocr_pages", "meeting_date_source"} <= set(db["documents"].columns_dict)
    assert {"likelihood", "impact", "score", "owner", "rule"} <= set(db["risks"].columns_dict)
    assert {"annual_value_gbp", "rule"} <= set(db["contracts"].columns_dict)
    assert db["decisions"].exists() and db["decisions_fts"].exists()
    assert db.execute("select count(*) from contracts").fetchone()[0] == contracts_before
    # The new search index is live: its triggers index rows written from now on.
    doc_id = db.execute("select min(id) from documents").fetchone()[0]
    db["decisions"].insert({"document_id": doc_id, "text": "The Board approved the procurement"})
    assert db.execute("select count(*) from decisions_fts where decisions_fts match 'procurement'").fetchone()[0] == 1
    db.close()


def test_upgraded_database_takes_new_papers_and_reextracts_old_ones(v1_db, tmp_path):
    paper = tmp_path / "papers" / "note.txt"
    paper.parent.mkdir()
    paper.write_text("Brackenford Council\nCabinet\n\nThe Council awarded the carers support contract "
                     "to Wyvern Carers Trust at £120,000 a year.\n")
    summary = ingest([paper.parent], v1_db, workers=1)
    assert summary.ingested == 1
    # The previous release's documents carry no extractor version: all are redone, once.
    old_documents = sqlite_utils.Database(v1_db).execute(
        "select count(*) from documents where extractor_version is null").fetchone()[0]
    assert old_documents == 4
    assert reextract(v1_db) == 4
    assert reextract(v1_db) == 0


def test_version_row_without_its_columns_is_completed(v1_db):
    conn = sqlite3.connect(v1_db)
    conn.execute("alter table documents drop column needs_ocr")
    conn.execute("update _schema set version = ?", [SCHEMA_VERSION])
    conn.commit()
    conn.close()
    db = open_database(v1_db)
    assert "needs_ocr" in db["documents"].columns_dict


def test_newer_database_is_refused_and_left_untouched(v1_db):
    conn = sqlite3.connect(v1_db)
    conn.execute("update _schema set version = ?", [SCHEMA_VERSION + 1])
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="newer committee-papers"):
        open_database(v1_db)
    result = subprocess.run([*CLI, "ingest", str(EXAMPLES), "--db", str(v1_db)],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "newer committee-papers" in result.stderr and "Traceback" not in result.stderr
    conn = sqlite3.connect(v1_db)
    assert conn.execute("select version from _schema").fetchone()[0] == SCHEMA_VERSION + 1
    assert "decisions" not in {r[0] for r in conn.execute("select name from sqlite_master")}


def test_killed_reextraction_is_finished_by_the_next_run(db_path):
    ingest([EXAMPLES], db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    assert {r[0] for r in db.execute("select distinct extractor_version from documents")} == {extractor_version()}
    assert reextract(db_path) == 0  # nothing made by another version
    db.execute("update documents set extractor_version = 'older'")
    db.conn.commit()

    def stop_after_first(event):
        raise KeyboardInterrupt  # as if killed right after the first document committed

    with pytest.raises(KeyboardInterrupt):
        reextract(db_path, on_event=stop_after_first)
    versions = [r[0] for r in db.execute("select extractor_version from documents order by id")]
    assert versions.count(extractor_version()) == 1 and versions.count("older") == 3
    assert reextract(db_path) == 3
    assert reextract(db_path, everything=True) == 4
