"""Re-runs do only the work that changed files need.

A path seen before with the same size and mtime is not opened at all; a file
whose mtime moved but whose bytes are stored is hashed once and not parsed;
a new file whose size no stored document has is not hashed before parsing.
The CLI checks run in a fresh interpreter with an audit hook that records
every file opened (tests/cli_probe.py).
"""
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import committee_papers.pipeline as pipeline
import committee_papers.worker as worker

PROBE = Path(__file__).with_name("cli_probe.py")


def paper(number: int) -> str:
    return (f"Wessex County Council\n\nCabinet\n\nDate: {number} March 2024\n\n"
            f"1. Recommendations\n\n1.1 That Cabinet approves the extension of the block contract with "
            f"Brightside Therapies CIC worth £{number * 1000:,} until 31 March 2026.\n\n"
            f"2. Background\n\n2.1 Paper number {number} of the series, about speech and language therapy.\n")


@pytest.fixture
def papers(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(1, 6):
        (folder / f"paper-{n}.txt").write_text(paper(n), encoding="utf-8")
    return folder


def probe(tmp_path, papers, db, *extra):
    report = tmp_path / "probe.json"
    completed = subprocess.run(
        [sys.executable, str(PROBE), str(report), str(papers), "--",
         "ingest", str(papers), "--db", str(db), "--workers", "1", *extra],
        capture_output=True, text=True)
    result = json.loads(report.read_text())
    result["stdout"] = completed.stdout
    return result


def test_noop_rerun_opens_no_paper(tmp_path, papers, db_path):
    first = probe(tmp_path, papers, db_path)
    assert "5 ingested" in first["stdout"]
    # Every paper was opened on the first run: the probe sees reads.
    assert {Path(p).name for p in first["opened"]} == {f"paper-{n}.txt" for n in range(1, 6)}

    again = probe(tmp_path, papers, db_path)
    assert "0 ingested, 5 unchanged, 0 replaced, 0 failed" in again["stdout"]
    assert again["opened"] == []


def test_touched_file_is_hashed_once_then_trusted_again(tmp_path, papers, db_path):
    probe(tmp_path, papers, db_path)
    touched = papers / "paper-3.txt"
    stat = touched.stat()
    os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))

    after_touch = probe(tmp_path, papers, db_path)
    assert "0 ingested, 5 unchanged" in after_touch["stdout"]
    # Hashed (one open), never handed to a reader (which would open it again).
    assert [Path(p).name for p in after_touch["opened"]] == ["paper-3.txt"]
    assert "spacy" not in after_touch["imported_anywhere"]

    # The new mtime was recorded: the next run trusts it without opening.
    assert probe(tmp_path, papers, db_path)["opened"] == []


def test_same_size_new_bytes_at_known_path_is_replaced(tmp_path, papers, db_path):
    probe(tmp_path, papers, db_path)
    changed = papers / "paper-2.txt"
    original = changed.read_text(encoding="utf-8")
    edited = original.replace("speech and language", "speech and languagf")
    assert len(edited.encode()) == len(original.encode())
    changed.write_text(edited, encoding="utf-8")
    stat = changed.stat()
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))

    result = probe(tmp_path, papers, db_path)
    assert "0 ingested, 4 unchanged, 1 replaced, 0 failed" in result["stdout"]
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 5
    assert conn.execute("select count(*) from passages_fts where passages_fts match 'languagf'").fetchone()[0] == 1


def test_hashing_before_parsing_only_when_a_stored_document_has_that_size(tmp_path, papers, db_path, monkeypatch):
    hashed = []
    parse_log = tmp_path / "parsed.log"  # files are parsed in worker processes: they log to a file
    real_hash, real_read = pipeline._sha256_of, worker.read_and_extract

    def logged_read(path, *args):
        with open(parse_log, "a", encoding="utf-8") as log:
            log.write(Path(path).name + "\n")
        return real_read(path, *args)

    def parsed():
        names = parse_log.read_text(encoding="utf-8").split() if parse_log.exists() else []
        parse_log.unlink(missing_ok=True)
        return names

    monkeypatch.setattr(pipeline, "_sha256_of", lambda path: hashed.append(Path(path).name) or real_hash(path))
    monkeypatch.setattr(worker, "read_and_extract", logged_read)

    summary = pipeline.ingest([papers], db_path, workers=1)
    assert summary.ingested == 5
    assert hashed == []  # an empty database holds no size to compare with
    assert sorted(parsed()) == [f"paper-{n}.txt" for n in range(1, 6)]

    hashed.clear()
    (papers / "copy-of-1.txt").write_bytes((papers / "paper-1.txt").read_bytes())
    (papers / "longer.txt").write_text(paper(6) + "\n3. Conclusion\n\n3.1 A longer paper than any other.\n",
                                       encoding="utf-8")
    summary = pipeline.ingest([papers], db_path, workers=1)
    assert (summary.ingested, summary.unchanged) == (1, 6)
    # The copy has a stored size: hashed, found, never parsed.  The longer
    # paper's size is new: parsed straight away, hashed only by its reader.
    assert hashed == ["copy-of-1.txt"]
    assert parsed() == ["longer.txt"]
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from document_paths").fetchone()[0] == 7
    assert conn.execute("select count(*) from documents").fetchone()[0] == 6


def test_relative_and_absolute_spellings_of_a_folder_are_one_set_of_paths(papers, tmp_path, monkeypatch):
    db = tmp_path / "kb.db"
    monkeypatch.chdir(papers.parent)
    pipeline.ingest([papers.name], db, workers=1)
    again = pipeline.ingest([str(papers)], db, workers=1)
    assert (again.ingested, again.unchanged) == (0, 5)
    with sqlite3.connect(db) as conn:
        stored = {row[0] for row in conn.execute("select path from document_paths")}
        sources = {row[0] for row in conn.execute("select source_path from documents")}
    assert stored == sources == {str(p) for p in papers.glob("*.txt")}
