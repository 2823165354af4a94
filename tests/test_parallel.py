"""Parallel ingest stores exactly what a serial ingest stores.

Workers parse and extract; the parent alone writes, in input order.  The
database is compared table by table with ids and timestamps replaced by what
they stand for (a document's sha256, a passage's position, an organisation's
name), so two runs agree only if every passage and fact agrees.
"""
import importlib.util
import os
import sqlite3
import time
from pathlib import Path

import pytest

import committee_papers.pipeline as pipeline
import committee_papers.worker as worker
from bench.corpus import write_corpus

WANTED = {"txt": 3, "html": 2, "docx": 2, "pdf": 3}
READER_MODULES = {"txt": "text", "html": "html", "docx": "docx", "pdf": "pdf"}
# Readers land one by one; a format whose reader is not there yet is left out
# rather than counted as a failure.
FORMATS = {fmt: n for fmt, n in WANTED.items()
           if importlib.util.find_spec(f"committee_papers.ingest.readers.{READER_MODULES[fmt]}") is not None}
# Columns that identify a row without saying anything about its content.
VOLATILE = {"id", "ingested_at", "seen_at", "at", "mtime", "source_path", "path"}
ORGANISATION_COLUMNS = {"authority_id", "commissioner_id", "provider_id", "organisation_id"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, FORMATS, seed=11, sections=4, paragraphs=3, tables=1)
    # The same bytes under a second path, and a file no reader accepts.
    (folder / "txt-copy.txt").write_bytes((folder / "txt-00001.txt").read_bytes())
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    return folder


def canonical(db_path) -> dict:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    sha = dict(conn.execute("select id, sha256 from documents"))
    org = dict(conn.execute("select id, normalised from organisations"))
    passage = {r[0]: (sha[r[1]], r[2]) for r in conn.execute("select id, document_id, seq from passages")}
    # Contracts and contract records point at each other by id, which re-extraction renews.
    contract = {r[0]: (sha.get(r[1]), passage.get(r[2]), r[3], r[4]) for r in conn.execute(
        "select id, document_id, passage_id, value_gbp, service from contracts")}
    record = {}
    if "contract_records" in {r[0] for r in conn.execute("select name from sqlite_master")}:
        record = {r[0]: (org.get(r[1]), org.get(r[2]), r[3], contract.get(r[4])) for r in conn.execute(
            "select id, commissioner_id, provider_id, service_category, best_contract_id from contract_records")}
    tables = [r[0] for r in conn.execute(
        "select name from sqlite_master where type = 'table' and name not like '%fts%' "
        "and name not like 'sqlite_%' and name != '_schema'")]
    snapshot = {}
    for table in tables:
        rows = []
        for row in conn.execute(f"select * from [{table}]"):
            values = {}
            for column in row.keys():
                value = row[column]
                if column in VOLATILE:
                    continue
                if column == "document_id":
                    value = sha.get(value)
                elif column == "passage_id":
                    value = passage.get(value)
                elif column in ORGANISATION_COLUMNS:
                    value = org.get(value)
                elif column == "best_contract_id":
                    value = contract.get(value)
                elif column == "record_id":
                    value = record.get(value)
                values[column] = value
            rows.append(tuple(sorted(values.items(), key=lambda kv: kv[0])))
        snapshot[table] = sorted(rows, key=repr)
    conn.close()
    return snapshot


def test_parallel_ingest_stores_the_same_database_as_serial(corpus, tmp_path):
    serial = pipeline.ingest([corpus], tmp_path / "serial.db", workers=1)
    parallel = pipeline.ingest([corpus], tmp_path / "parallel.db", workers=2)
    assert serial.line() == parallel.line()
    assert sorted(serial.errors) == sorted(parallel.errors)
    assert [Path(p).name for p, _reason in serial.errors] == ["broken.docx"]

    one, two = canonical(tmp_path / "serial.db"), canonical(tmp_path / "parallel.db")
    # The comparison is only meaningful over a database with content in it.
    assert serial.ingested == sum(FORMATS.values()) == len(one["documents"])
    assert len(one["passages"]) > 100
    assert one["document_paths"] and one["ingest_errors"]
    assert one.keys() == two.keys()
    for table in one:
        assert one[table] == two[table], f"{table} differs between --workers 1 and --workers 2"


def test_results_are_written_in_input_order_even_when_early_files_are_slow(corpus, tmp_path, monkeypatch):
    real = worker.read_and_extract

    def slow_first(path, *args):
        if Path(path).name == "docx-00000.docx":
            time.sleep(1.0)  # later files finish first in the other worker
        return real(path, *args)

    monkeypatch.setattr(worker, "read_and_extract", slow_first)  # workers are forked: they see it
    events = []
    pipeline.ingest([corpus], tmp_path / "kb.db", workers=2, on_event=events.append)
    processed = [Path(e.path).name for e in events if e.outcome in ("ingested", "failed", "unchanged")]
    assert processed == sorted(processed)
    assert processed[0] == "broken.docx" and "docx-00000.docx" in processed


def test_a_crashing_worker_fails_only_its_own_file(corpus, tmp_path, monkeypatch):
    real = worker.read_and_extract

    def crash_on_html(path, *args):
        if Path(path).name == "html-00001.html":
            os._exit(70)  # as a segfault in a C library would: no exception, no cleanup
        return real(path, *args)

    monkeypatch.setattr(worker, "read_and_extract", crash_on_html)
    summary = pipeline.ingest([corpus], tmp_path / "kb.db", workers=2)
    crashed = [(Path(p).name, reason) for p, reason in summary.errors if "crash" in reason]
    assert crashed == [("html-00001.html", "the reader crashed on this file (worker process died)")]
    stored = {r[0] for r in sqlite3.connect(tmp_path / "kb.db").execute("select filename from documents")}
    assert "html-00000.html" in stored and "txt-00002.txt" in stored and "html-00001.html" not in stored


def test_stopping_early_leaves_unprocessed_files_for_the_next_run(corpus, tmp_path):
    written = []
    summary = pipeline.ingest([corpus], tmp_path / "kb.db", workers=2,
                              on_event=written.append, stop=lambda: len(written) >= 3)
    assert summary.ingested + summary.failed + summary.unchanged == 3
    rest = pipeline.ingest([corpus], tmp_path / "kb.db", workers=2)
    assert rest.ingested + summary.ingested == len(canonical(tmp_path / "kb.db")["documents"])


def test_cli_workers_option(corpus, tmp_path):
    from click.testing import CliRunner

    from committee_papers.cli import cli

    runner = CliRunner()
    refused = runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "kb.db"), "--workers", "0"])
    assert refused.exit_code == 2 and "--workers" in refused.output
    assert not (tmp_path / "kb.db").exists()

    result = runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "kb.db"), "--workers", "2", "-q"])
    assert result.exit_code == 1  # broken.docx
    assert f"{sum(FORMATS.values())} ingested, 1 unchanged, 0 replaced, 1 failed" in result.output
