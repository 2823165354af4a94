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


# -- OCR (tesseract) ------------------------------------------------------------

def fake_tesseract(bin_dir: Path, script: str) -> Path:
    """A `tesseract` on PATH that runs ``script`` (sh) instead of recognising anything."""
    bin_dir.mkdir(exist_ok=True)
    command = bin_dir / "tesseract"
    command.write_text("#!/bin/sh\n" + script + "\n")
    command.chmod(0o755)
    return command


def test_without_tesseract_a_scan_needs_ocr_and_its_warning_says_what_to_install(tmp_path, monkeypatch):
    scan = hostile.scanned_pdf(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # nowhere to find tesseract
    document = read_document(scan)
    assert document.needs_ocr and not document.blocks
    assert document.warnings == ["no text layer: scanned PDF needs OCR: install tesseract-ocr "
                                 "(Debian/Ubuntu: apt-get install tesseract-ocr) to read it"]


def test_no_ocr_leaves_a_scan_unread_even_with_tesseract(tmp_path, monkeypatch):
    scan = hostile.scanned_pdf(tmp_path)
    log = tmp_path / "called"
    fake_tesseract(tmp_path / "bin", f"touch {log}; exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    document = read_document(scan, ocr=False)
    assert document.needs_ocr and document.warnings == ["no text layer: scanned PDF needs OCR (OCR skipped)"]
    assert not log.exists()


def test_tesseract_crashing_or_hanging_is_an_ingest_error_with_the_reason(tmp_path, monkeypatch):
    from committee_papers.ingest import ocr

    scan = hostile.scanned_pdf(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    fake_tesseract(tmp_path / "bin", 'echo "Error in pixReadStream: Unknown format" >&2; kill -SEGV $$')
    with pytest.raises(IngestError, match=r"page 1: OCR failed \(tesseract exit -11: Error in pixReadStream"):
        read_document(scan)
    fake_tesseract(tmp_path / "bin", "sleep 30")
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.5)
    with pytest.raises(IngestError, match=r"page 1: OCR \(tesseract\) did not finish a page within 0.5 seconds"):
        read_document(scan)


def test_a_page_ocr_cannot_read_is_a_warning_when_other_pages_have_text(tmp_path, monkeypatch):
    from fpdf import FPDF

    image = hostile.scanned_pdf(tmp_path, "image.pdf")  # only to reuse its image-only page below
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Report of the Harbour Board\nThe board is asked to note the quay survey.")
    pdf.add_page()  # a blank page: no text layer
    mixed = tmp_path / "mixed.pdf"
    pdf.output(str(mixed))
    fake_tesseract(tmp_path / "bin", "exit 2")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    document = read_document(mixed)
    assert not document.needs_ocr and "quay survey" in " ".join(b.text for b in document.blocks)
    assert document.warnings == ["OCR could not read page 2: OCR failed (tesseract exit 2)"]
    assert image.exists()


def test_a_huge_page_is_rendered_within_the_pixel_bound(tmp_path):
    import pypdfium2 as pdfium

    from committee_papers.ingest import ocr

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(14400, 14400)  # the largest page PDF allows: 5 m square
    image, scale = ocr.render_page(page)
    header, _, _ = image.partition(b"\n255\n")
    columns, rows = (int(v) for v in header.split()[1:3])
    assert columns * rows <= ocr.MAX_PIXELS and scale < ocr.DPI / 72
    page.close()
    pdf.close()


@pytest.mark.slow
def test_a_crashing_tesseract_fails_the_scan_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    scan = hostile.scanned_pdf(folder)
    hostile.good_text_paper(folder, 1)
    fake_tesseract(tmp_path / "bin", "echo 'Segmentation fault' >&2; exit 139")
    db = tmp_path / "kb.db"
    done = subprocess.run(cli_command("ingest", folder, "--db", db), capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}"})
    assert "OCR failed (tesseract exit 139: Segmentation fault)" in done.stderr + done.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 1
    assert conn.execute("select error from ingest_errors where path = ?", [str(scan)]).fetchone()[0] \
        == "page 1: OCR failed (tesseract exit 139: Segmentation fault)"
