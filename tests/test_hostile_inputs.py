"""Hostile and odd inputs: each bad file is one clear line and one ingest_errors
row, the good papers beside it are stored, and memory stays bounded."""
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

import hostile
from committee_papers.ingest.errors import IngestError
from committee_papers.ingest.registry import read_document
from run_cli import ONE_GB_KB, cli_command, run_measured

def error_lines(stderr: str) -> dict[str, str]:
    lines = {}
    for line in stderr.splitlines():
        if line.startswith("error: "):
            path, _, reason = line[len("error: "):].partition(": ")
            lines[path] = reason
    return lines


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory):
    """All the bad inputs of a real downloads folder, plus two good papers."""
    folder = tmp_path_factory.mktemp("hostile")
    good = [hostile.good_pdf_paper(folder, 1), hostile.good_text_paper(folder, 2)]
    legacy = [hostile.legacy_text(folder, "cp1252"), hostile.legacy_text(folder, "latin-1")]
    bad = [
        hostile.zero_byte(folder),
        hostile.truncated_pdf(folder),
        hostile.encrypted_pdf(folder),
        hostile.random_bytes(folder, "noise.pdf"),
        hostile.random_bytes(folder, "noise.docx"),
        hostile.random_bytes(folder, "noise.html"),
        hostile.docx_bomb(folder),
        hostile.symlink_loop(folder),
        hostile.unreadable(folder),
        hostile.sparse_text(folder),
        hostile.device_link(folder),
        hostile.named_pipe(folder),
    ]
    hostile.folder_loop(folder)
    extra = {
        "deep": hostile.deep_html(folder),
        "long": hostile.long_pdf(folder, pages=400),
        "scanned": hostile.scanned_pdf(folder),
    }
    yield types.SimpleNamespace(path=folder, good=good, legacy=legacy, bad=bad, **extra)
    for path in bad:
        if path.exists() and not path.is_symlink():
            path.chmod(0o644)


@pytest.fixture(scope="module")
def hostile_run(hostile_folder, tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile-db") / "kb.db"
    done, peak = run_measured("ingest", hostile_folder.path, "--db", db)
    return types.SimpleNamespace(done=done, peak=peak, db=db, errors=error_lines(done.stderr))


@pytest.mark.slow
def test_hostile_folder_stores_good_papers_and_exits_non_zero(hostile_folder, hostile_run):
    assert hostile_run.done.returncode == 1
    assert "Traceback" not in hostile_run.done.stderr
    conn = sqlite3.connect(hostile_run.db)
    stored = {row[0] for row in conn.execute("select filename from documents")}
    for path in hostile_folder.good + hostile_folder.legacy:
        assert path.name in stored, hostile_run.done.stderr
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_each_bad_file_gets_one_clear_line_and_an_error_row(hostile_folder, hostile_run):
    conn = sqlite3.connect(hostile_run.db)
    recorded = {row[0]: row[1] for row in conn.execute("select path, error from ingest_errors")}
    for path in hostile_folder.bad:
        if path.name == "locked.pdf" and hostile.can_read(path):
            continue  # running as root: permissions do not stop reads (see below)
        assert str(path) in hostile_run.errors, f"no error line for {path.name}:\n{hostile_run.done.stderr}"
        reason = hostile_run.errors[str(path)]
        assert reason and "\n" not in reason
        assert "ModuleNotFoundError" not in reason
        assert recorded.get(str(path)) == reason
    errors = {Path(p).name: r for p, r in hostile_run.errors.items()}
    assert "empty" in errors["empty.pdf"]
    assert "password" in errors["password.pdf"].lower() or "encrypt" in errors["password.pdf"].lower()
    assert "loop" in errors["loop.pdf"]
    assert errors["huge.txt"] == "too large: 200 MB of text exceeds the 20 MB limit"
    assert errors["zero.pdf"] == "not a regular file (character device); not read"
    assert errors["pipe.pdf"] == "not a regular file (named pipe); not read"


@pytest.mark.slow
def test_unreadable_file_names_the_permission_problem(hostile_folder, hostile_run):
    locked = next(p for p in hostile_folder.bad if p.name == "locked.pdf")
    if hostile.can_read(locked):
        pytest.skip("running as root: chmod 000 does not stop reads, so there is nothing to refuse")
    assert "permission" in hostile_run.errors[str(locked)].lower()


@pytest.mark.slow
def test_peak_memory_stays_under_one_gigabyte(hostile_run):
    assert 0 < hostile_run.peak < ONE_GB_KB, f"peak RSS {hostile_run.peak / 1024:.0f} MB"


@pytest.mark.slow
def test_legacy_encodings_are_read_not_refused(hostile_folder, hostile_run):
    conn = sqlite3.connect(hostile_run.db)
    for path in hostile_folder.legacy:
        text = " ".join(r[0] for r in conn.execute(
            "select p.text from passages p join documents d on d.id = p.document_id "
            "where d.filename = ? order by p.seq", [path.name]))
        assert "Café Santé Ltd" in text and "£250,000" in text and "déjà vu" in text
    cp1252 = " ".join(r[0] for r in conn.execute(
        "select p.text from passages p join documents d on d.id = p.document_id where d.filename = ?",
        [hostile_folder.legacy[0].name]))
    assert "Cabinet \u2013 12 March 2025" in cp1252


@pytest.mark.slow
def test_deeply_nested_html_is_read_without_recursion_error(hostile_folder, hostile_run):
    assert "Recursion" not in hostile_run.done.stderr
    conn = sqlite3.connect(hostile_run.db)
    texts = [r[0] for r in conn.execute(
        "select p.text from passages p join documents d on d.id = p.document_id where d.filename = ?",
        [hostile_folder.deep.name])]
    assert any("bottom of the nesting" in t for t in texts)


@pytest.mark.slow
def test_long_pdf_is_stored_with_every_page(hostile_folder, hostile_run):
    conn = sqlite3.connect(hostile_run.db)
    row = conn.execute("select id, pages from documents where filename = ?", [hostile_folder.long.name]).fetchone()
    assert row is not None, hostile_run.errors.get(str(hostile_folder.long))
    assert row[1] == 400
    last_page = conn.execute("select max(page) from passages where document_id = ?", [row[0]]).fetchone()[0]
    assert last_page == 400


@pytest.mark.slow
def test_scanned_pdf_is_stored_as_needing_ocr_not_silently_empty(hostile_folder, hostile_run):
    conn = sqlite3.connect(hostile_run.db)
    row = conn.execute("select needs_ocr, warnings from documents where filename = ?",
                       [hostile_folder.scanned.name]).fetchone()
    assert row is not None, hostile_run.errors.get(str(hostile_folder.scanned))
    assert row[0] == 1
    assert row[1] and "ocr" in row[1].lower()


# -- the registry's own guards, in process ------------------------------------

@pytest.mark.parametrize("build, expected", [
    (lambda f: hostile.zero_byte(f, "empty.txt"), "empty"),
    (lambda f: hostile.random_bytes(f, "noise.html"), ""),
    (lambda f: hostile.symlink_loop(f, "loop.txt"), ""),
])
def test_registry_refuses_bad_files_with_a_reason(tmp_path, build, expected):
    path = build(tmp_path)
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert expected in str(caught.value)
    assert str(caught.value).strip()


@pytest.fixture
def meddling_reader(monkeypatch):
    """A reader for `.meddle` files that runs ``action(path)`` halfway through reading."""
    from committee_papers.ingest import registry
    from committee_papers.ingest.model import Block, Document

    module = types.ModuleType("committee_papers.ingest.readers.meddle")
    module.action = lambda path: None

    def read(path):
        text = Path(path).read_text()
        module.action(Path(path))
        return Document(path=str(path), filename=Path(path).name, format="meddle",
                        blocks=[Block("paragraph", text, page=1)])

    module.read = read
    monkeypatch.setitem(sys.modules, "committee_papers.ingest.readers.meddle", module)
    monkeypatch.setitem(registry.READERS, ".meddle", "meddle")
    return module


def test_file_rewritten_while_read_is_refused_for_this_run(tmp_path, meddling_reader):
    path = tmp_path / "paper.meddle"
    path.write_text("Wessex County Council Cabinet report")

    def rewrite(p):
        p.write_text("Wessex County Council Cabinet report, revised and much longer than before")
        os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 1_000_000_000))

    meddling_reader.action = rewrite
    with pytest.raises(IngestError, match="changed while it was being read"):
        read_document(path)


def test_file_deleted_while_read_is_refused(tmp_path, meddling_reader):
    path = tmp_path / "paper.meddle"
    path.write_text("Wessex County Council Cabinet report")
    meddling_reader.action = lambda p: p.unlink()
    with pytest.raises(IngestError, match="disappeared"):
        read_document(path)


def test_file_deleted_after_discovery_is_one_failure_and_the_batch_goes_on(tmp_path, db_path, monkeypatch):
    from committee_papers import pipeline

    folder = tmp_path / "papers"
    folder.mkdir()
    doomed = hostile.good_text_paper(folder, 1, "a-doomed.txt")
    kept = hostile.good_text_paper(folder, 2, "b-kept.txt")
    real_discover = pipeline.discover

    def discover_then_delete(paths, exclude=()):
        found = list(real_discover(paths, exclude))
        doomed.unlink()
        return iter(found)

    monkeypatch.setattr(pipeline, "discover", discover_then_delete)
    summary = pipeline.ingest([folder], db_path, workers=1)
    assert (summary.ingested, summary.failed) == (1, 1)
    assert summary.errors[0][0] == str(doomed)
    conn = sqlite3.connect(db_path)
    assert [r[0] for r in conn.execute("select filename from documents")] == [kept.name]
    assert conn.execute("select count(*) from ingest_errors where path = ?", [str(doomed)]).fetchone()[0] == 1


# -- optional OCR -------------------------------------------------------------

def fake_ocrmypdf(bin_dir: Path, script: str) -> Path:
    """An `ocrmypdf` on PATH that runs ``script`` (sh; $IN and $OUT are its last two arguments)."""
    bin_dir.mkdir(exist_ok=True)
    command = bin_dir / "ocrmypdf"
    command.write_text('#!/bin/sh\nfor a; do IN="$OUT"; OUT="$a"; done\n' + script + "\n")
    command.chmod(0o755)
    return command


def test_ocr_option_without_ocrmypdf_is_a_clear_usage_error(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from committee_papers.cli import cli

    monkeypatch.setenv("PATH", str(tmp_path))  # nowhere to find ocrmypdf
    hostile.good_text_paper(tmp_path, 1)
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--db", str(tmp_path / "kb.db"), "--ocr"])
    assert result.exit_code == 2
    assert "ocrmypdf" in result.output and "not installed" in result.output
    assert not (tmp_path / "kb.db").exists()


def test_ocr_failure_and_timeout_are_ingest_errors_with_the_reason(tmp_path, monkeypatch):
    from committee_papers.ingest import ocr

    scan = hostile.scanned_pdf(tmp_path)
    fake_ocrmypdf(tmp_path / "bin", 'echo "PriorOcrFoundError: page already has text" >&2; exit 6')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    with pytest.raises(IngestError, match=r"OCR failed \(ocrmypdf exit 6: PriorOcrFoundError"):
        ocr.ocr_pdf(scan, tmp_path / "out.pdf")
    fake_ocrmypdf(tmp_path / "bin", "sleep 30")
    with pytest.raises(IngestError, match="did not finish within 0.5 seconds"):
        ocr.ocr_pdf(scan, tmp_path / "out.pdf", timeout=0.5)


def test_ocr_runs_into_a_temporary_copy_and_passes_the_arguments(tmp_path, monkeypatch):
    from committee_papers.ingest import ocr

    scan = hostile.scanned_pdf(tmp_path)
    log = tmp_path / "args.txt"
    fake_ocrmypdf(tmp_path / "bin", f'echo "$@" > {log}; cp "$IN" "$OUT"')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    ocr.ocr_pdf(scan, tmp_path / "out.pdf")
    assert (tmp_path / "out.pdf").read_bytes() == scan.read_bytes()
    assert log.read_text().split()[:2] == ["--skip-text", "--output-type"]
    assert scan.read_bytes()[:5] == b"%PDF-"  # the original is never written to


@pytest.mark.slow
def test_ingest_with_ocr_stores_the_recognised_text_under_the_scans_identity(tmp_path, monkeypatch):
    # The fake ocrmypdf "recognises" the scan by emitting a text PDF: what is
    # tested is the plumbing (which files are OCRed, identity, warnings).
    folder = tmp_path / "papers"
    folder.mkdir()
    scan = hostile.scanned_pdf(folder)
    recognised = hostile.good_pdf_paper(tmp_path, 4, "recognised.pdf")
    fake_ocrmypdf(tmp_path / "bin", f'cp {recognised} "$OUT"')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    db = tmp_path / "kb.db"
    done = subprocess.run(cli_command("ingest", folder, "--db", db, "--ocr"), capture_output=True,
                          text=True, timeout=300, env=os.environ)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    filename, sha, needs_ocr, warnings = conn.execute(
        "select filename, sha256, needs_ocr, warnings from documents").fetchone()
    from committee_papers.ingest.registry import sha256_of

    assert (filename, sha, needs_ocr) == (scan.name, sha256_of(scan), 0)
    assert "OCR" in warnings
    text = " ".join(r[0] for r in conn.execute("select text from passages"))
    assert "Recommendations" in text
