"""The Dask engine stores what the process pool stores, with the same guards.

Most tests run on an in-process LocalCluster (``processes=False``: its worker
is threads of this process, so each file's forked child inherits the test's
monkeypatches, as the pool's forked workers do).  One slow test runs the CLI
with its own LocalCluster of worker processes.
"""
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import committee_papers.pipeline as pipeline
from committee_papers.worker import Limits
from bench.corpus import write_corpus
from committee_papers.cli import cli
from test_parallel import canonical

distributed = pytest.importorskip("distributed")

PAPER = "Wessex County Council\n\nCabinet\n\n1. Background\n\n1.1 Paper number {n} about speech therapy.\n"


@pytest.fixture(scope="module")
def scheduler():
    """The address of a two-thread in-process cluster, as --scheduler takes it."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, {"txt": 2, "html": 1, "docx": 1, "pdf": 2}, seed=5, sections=3, paragraphs=2, tables=1)
    (folder / "txt-copy.txt").write_bytes((folder / "txt-00001.txt").read_bytes())
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    return folder


@pytest.fixture(scope="module")
def pool_db(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("pool") / "pool.db"
    pipeline.ingest([corpus], db, workers=2)
    return db


@pytest.mark.parametrize("files", ["path", "bytes"])
def test_dask_engine_stores_the_same_database_as_the_pool(corpus, pool_db, scheduler, tmp_path, files):
    db = tmp_path / "dask.db"
    events = []
    summary = pipeline.ingest([corpus], db, engine="dask", scheduler=scheduler, dask_files=files,
                              on_event=events.append)
    assert summary.line() == "6 ingested, 1 unchanged, 0 replaced, 1 failed"
    assert [Path(p).name for p, _reason in summary.errors] == ["broken.docx"]
    # Written in input order, as the pool writes them.
    written = [Path(e.path).name for e in events]
    assert written == sorted(written)
    one, two = canonical(pool_db), canonical(db)
    assert len(one["passages"]) > 30
    for table in one:
        assert one[table] == two[table], f"{table} differs between the pool and the Dask engine ({files})"
    # Shipped bytes are parsed from a temporary copy: stored under the original path and mtime.
    conn = sqlite3.connect(db)
    paths = dict(conn.execute("select path, mtime from document_paths"))
    conn.close()
    assert paths == {str(p): p.stat().st_mtime for p in corpus.iterdir() if p.name != "broken.docx"}


def fake_work(path, limits=None, ocr=False):
    name = Path(path).name
    if "stuck" in name:
        time.sleep(3600)
    if "crash" in name:
        os._exit(70)  # as a segfault in a C library would: no exception, no cleanup
    return pipeline.IngestError(f"read {name}")


def test_a_hung_file_times_out_and_a_crashing_one_fails_alone(scheduler, tmp_path, monkeypatch):
    from committee_papers.dask_engine import run_ingest

    from committee_papers import dask_engine

    monkeypatch.setattr(dask_engine, "read_one", fake_work)  # the forked children inherit it
    paths = [str(tmp_path / name) for name in ["a.txt", "b-stuck.txt", "c-crash.txt", "d.txt"]]
    results = list(run_ingest(paths, workers=2, limits=Limits(timeout=10), scheduler=scheduler, files="path"))
    assert [(Path(p).name, str(r)) for p, r in results] == [
        ("a.txt", "read a.txt"),
        ("b-stuck.txt", "timed out after 10 s"),
        ("c-crash.txt", "the reader crashed on this file (worker process died)"),
        ("d.txt", "read d.txt"),
    ]


def test_a_child_that_finished_in_time_is_collected_however_late_its_reader_looks():
    # The reading thread may be kept off the CPU past the deadline (a loaded
    # machine, another thread holding the GIL): what the child wrote and
    # closed is its answer, not a timeout.
    from committee_papers.dask_engine import _read_until

    read_end, write_end = os.pipe()
    os.write(write_end, b"the answer")
    os.close(write_end)
    assert _read_until(read_end, 0) == ([b"the answer"], False)

    # An answer larger than the pipe's buffer whose rest comes after the deadline: every byte is read.
    read_end, write_end = os.pipe()
    answer = b"x" * (4 << 20)
    os.write(write_end, answer[:1])

    def write_the_rest():
        time.sleep(0.3)  # past the deadline, mid-answer
        view = memoryview(answer)[1:]
        while view:
            view = view[os.write(write_end, view):]
        os.close(write_end)

    writer = threading.Thread(target=write_the_rest)
    writer.start()
    chunks, late = _read_until(read_end, 0.1)
    writer.join()
    assert (len(b"".join(chunks)), late) == (len(answer), False)

    read_end, write_end = os.pipe()  # a child that has written nothing at the deadline is late
    try:
        assert _read_until(read_end, 0.05) == ([], True)
    finally:
        os.close(write_end)


def test_shipping_a_file_that_is_gone_is_an_error_row(scheduler, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(2):
        (folder / f"p{n}.txt").write_text(PAPER.format(n=n), encoding="utf-8")
    from committee_papers.dask_engine import run_ingest

    paths = [str(folder / "p0.txt"), str(folder / "gone.txt"), str(folder / "p1.txt")]
    results = list(run_ingest(paths, workers=2, limits=Limits(timeout=60), scheduler=scheduler, files="bytes"))
    assert [Path(p).name for p, _ in results] == ["p0.txt", "gone.txt", "p1.txt"]
    assert str(results[1][1]).startswith("cannot read file: ")
    assert results[0][1][0].path == paths[0] and results[2][1][0].filename == "p1.txt"


@pytest.mark.parametrize("engine", ["pool", "dask"])
def test_reextraction_in_parallel_matches_serial_and_skips_current_documents(corpus, pool_db, scheduler, tmp_path,
                                                                              engine):
    db = tmp_path / "kb.db"
    db.write_bytes(pool_db.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("update documents set extractor_version = 'older'")
    conn.execute("delete from contracts")  # what re-extraction must put back
    conn.commit()
    conn.close()
    events = []
    options = {"engine": "dask", "scheduler": scheduler} if engine == "dask" else {}
    assert pipeline.reextract(db, events.append, workers=2, **options) == 6
    assert [e.outcome for e in events] == ["extracted"] * 6
    assert canonical(db) == canonical(pool_db)
    # Unchanged documents with unchanged extractors are skipped.
    assert pipeline.reextract(db, workers=2, **options) == 0


def same_pipeline_object(_item):
    # Module level: the pool sends the function to its workers by name.
    from committee_papers.extract.pipeline import build_nlp

    return id(build_nlp())


def test_pool_workers_inherit_the_pipeline_built_before_the_fork():
    from committee_papers.extract.pipeline import build_nlp

    results = list(pipeline._run([1, 2, 3], workers=2, limits=Limits(), work=same_pipeline_object))
    # A pipeline built after the fork would be another object at another address.
    assert [r for _, r in results] == [id(build_nlp())] * 3


def test_cli_says_in_one_line_that_dask_is_missing(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError
    (tmp_path / "p.txt").write_text(PAPER.format(n=1), encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "p.txt"), "--db", str(tmp_path / "kb.db"),
                                      "--engine", "dask"])
    assert result.exit_code == 2
    assert result.output.strip() == "error: --engine dask needs Dask: pip install 'committee-papers[dask]'"
    assert not (tmp_path / "kb.db").exists()


def test_cli_scheduler_without_dask_engine_is_refused(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "--db", str(tmp_path / "kb.db"), "--scheduler", "tcp://h:1"])
    assert result.exit_code == 2


def test_cli_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    import committee_papers.dask_engine as dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    (tmp_path / "p.txt").write_text(PAPER.format(n=1), encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "p.txt"), "--db", str(tmp_path / "kb.db"),
                                      "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_cli_dask_engine_on_its_own_local_cluster(corpus, pool_db, tmp_path):
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--engine", "dask", "--workers", "2",
                                      "-q"])
    assert result.exit_code == 1, result.output  # broken.docx
    assert "6 ingested, 1 unchanged, 0 replaced, 1 failed" in result.output
    assert canonical(db) == canonical(pool_db)
    extract = CliRunner().invoke(cli, ["extract", "--db", str(db), "--all", "--engine", "dask", "--workers", "2"])
    assert extract.exit_code == 0 and "re-extracted facts for 6 documents" in extract.output
    assert canonical(db) == canonical(pool_db)


def test_a_no_op_rerun_starts_no_cluster(tmp_path, monkeypatch):
    import committee_papers.dask_engine as dask_engine

    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(2):
        (folder / f"p{n}.txt").write_text(PAPER.format(n=n), encoding="utf-8")
    db = tmp_path / "kb.db"
    assert pipeline.ingest([folder], db, workers=1).ingested == 2

    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started with nothing to do")

    monkeypatch.setattr(dask_engine, "connect", no_cluster)
    summary = pipeline.ingest([folder], db, engine="dask")
    assert (summary.unchanged, summary.ingested) == (2, 0)
    assert pipeline.reextract(db, engine="dask") == 0
