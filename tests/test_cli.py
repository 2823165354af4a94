"""The committee-papers command, end to end, through click's CliRunner."""
import os
import sqlite3

import pytest
from click.testing import CliRunner

from committee_papers.cli import cli

PAPER = """Wessex County Council

Cabinet

Date: 14th March 2024

Title: Children's Speech and Language Therapy Services

1. Recommendations

1.1 That Cabinet approves the extension of the block contract with Wessex Community Health NHS Trust until 31st March 2026.

2. Background

2.1 The Council commissions speech and language therapy from Wessex Community Health NHS Trust under a block contract worth £1,250,000 per annum.
"""

OTHER = """North Wessex Integrated Care Board

Board meeting: 2nd May 2024

1. Purpose

1.1 The Board is asked to note the occupational therapy spot contract arrangements.
"""


@pytest.fixture
def papers(tmp_path):
    folder = tmp_path / "papers"
    (folder / "nested").mkdir(parents=True)
    (folder / "wessex-cabinet.txt").write_text(PAPER, encoding="utf-8")
    (folder / "nested" / "nwicb-board.md").write_text(OTHER, encoding="utf-8")
    (folder / "notes.xlsx").write_bytes(b"not a paper")
    return folder


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def table_snapshot(db_path):
    conn = sqlite3.connect(db_path)
    tables = [r[0] for r in conn.execute(
        "select name from sqlite_master where type='table' and name not like '%fts%' and name != 'document_paths'")]
    return {t: conn.execute(f"select * from [{t}] order by 1").fetchall() for t in tables}


def test_ingest_folder_recursively_and_rerun_changes_nothing(papers, db_path):
    first = run("ingest", str(papers), "--db", str(db_path))
    assert first.exit_code == 0, first.output
    assert "2 ingested, 0 unchanged, 0 replaced, 0 failed" in first.output
    assert "notes.xlsx" in first.output  # skipped with a note
    before = table_snapshot(db_path)
    second = run("ingest", str(papers), "--db", str(db_path))
    assert second.exit_code == 0
    assert "0 ingested, 2 unchanged, 0 replaced, 0 failed" in second.output
    assert table_snapshot(db_path) == before


def test_changed_file_is_replaced(papers, db_path):
    run("ingest", str(papers), "--db", str(db_path))
    paper = papers / "wessex-cabinet.txt"
    paper.write_text(PAPER.replace("block contract worth", "rolling contract worth"), encoding="utf-8")
    os.utime(paper, (1, 1))
    result = run("ingest", str(papers), "--db", str(db_path))
    assert "0 ingested, 1 unchanged, 1 replaced, 0 failed" in result.output
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 2
    assert conn.execute("select count(*) from passages_fts where passages_fts match 'rolling'").fetchone()[0] == 1
    assert conn.execute("select count(*) from passages_fts where passages_fts match 'worth AND block'").fetchone()[0] == 0


def test_bad_files_are_reported_recorded_and_the_batch_goes_on(papers, db_path):
    (papers / "empty.pdf").write_bytes(b"")
    (papers / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    (papers / "random.docx").write_bytes(os.urandom(4096))
    result = CliRunner().invoke(cli, ["ingest", str(papers), "--db", str(db_path)])
    assert result.exit_code == 1
    assert "2 ingested, 0 unchanged, 0 replaced, 3 failed" in result.output
    for name in ("empty.pdf", "truncated.pdf", "random.docx"):
        lines = [line for line in result.output.splitlines() if name in line]
        assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    assert "Traceback" not in result.output
    conn = sqlite3.connect(db_path)
    errors = conn.execute("select path, error from ingest_errors order by path").fetchall()
    assert [os.path.basename(p) for p, _ in errors] == ["empty.pdf", "random.docx", "truncated.pdf"]
    assert all(e for _, e in errors)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 2


def test_search_prints_best_passages_with_document_and_page(papers, db_path):
    run("ingest", str(papers), "--db", str(db_path))
    result = run("search", "block contract", "--db", str(db_path))
    assert result.exit_code == 0
    assert "wessex-cabinet.txt" in result.output
    assert "p.1" in result.output
    assert "nwicb-board" not in result.output
    assert run("search", "zebra", "--db", str(db_path)).output.strip() == "no matches"


def test_search_accepts_fts_syntax_characters(papers, db_path):
    run("ingest", str(papers), "--db", str(db_path))
    result = run("search", 'block-contract "OR (', "--db", str(db_path))
    assert result.exit_code == 0


def test_extract_rebuilds_facts_from_stored_passages(papers, db_path):
    run("ingest", str(papers), "--db", str(db_path))
    conn = sqlite3.connect(db_path)
    before = conn.execute("select count(*) from passages").fetchone()[0]
    conn.execute("delete from recommendations")
    conn.commit()
    result = run("extract", "--all", "--db", str(db_path))
    assert result.exit_code == 0 and "2 documents" in result.output
    assert conn.execute("select count(*) from passages").fetchone()[0] == before
    assert conn.execute("select count(*) from recommendations").fetchone()[0] >= 1


def test_symlink_loop_is_reported_not_followed(tmp_path, db_path):
    folder = tmp_path / "loop"
    folder.mkdir()
    (folder / "paper.txt").write_text(PAPER, encoding="utf-8")
    os.symlink(folder, folder / "again")
    result = run("ingest", str(folder), "--db", str(db_path))
    assert "1 ingested" in result.output
    assert "symlink loop" in result.output


def test_help_lists_the_commands():
    result = run("--help")
    for command in ("ingest", "search", "serve", "extract"):
        assert command in result.output


def test_exclude_leaves_out_files_and_folders_by_glob(tmp_path, db_path):
    folder = tmp_path / "papers"
    (folder / "drafts").mkdir(parents=True)
    (folder / "appendices").mkdir()
    (folder / "cabinet.txt").write_text(PAPER, encoding="utf-8")
    (folder / "SOURCES.md").write_text("# Where these papers came from\n\nDownloaded from the council site.\n")
    (folder / "drafts" / "cabinet-draft.txt").write_text(PAPER.replace("Cabinet", "Draft"), encoding="utf-8")
    (folder / "appendices" / "a.txt").write_text(PAPER.replace("Cabinet", "Appendix A"), encoding="utf-8")
    (folder / "appendices" / "notes.md").write_text("# Notes\n\nNothing here.\n")
    result = run("ingest", str(folder), "--db", str(db_path),
                 "--exclude", "SOURCES.md", "--exclude", "drafts", "--exclude", "appendices/*.md")
    assert result.exit_code == 0, result.output
    stored = {r[0] for r in sqlite3.connect(db_path).execute("select filename from documents")}
    assert stored == {"cabinet.txt", "a.txt"}
    assert "excluded by --exclude SOURCES.md" in result.output
    assert "3 skipped" in result.output
