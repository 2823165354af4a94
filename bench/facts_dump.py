"""Dump every stored fact a speed change must leave identical.

    .venv/bin/python bench/facts_dump.py OUT_DIR              # the default sets below
    .venv/bin/python bench/facts_dump.py OUT_DIR FOLDER...    # these folders instead
    (change the code)
    .venv/bin/python bench/facts_dump.py OUT_DIR2
    diff -r OUT_DIR OUT_DIR2

Each folder is ingested into its own database (``OUT_DIR/<name>.db``, two
workers, as the CLI does) and every table is written to
``OUT_DIR/<name>.jsonl`` as sorted JSON lines, one per row, prefixed with the
table name.  Columns that change from run to run whatever the code does
(times, the extractor build, the file's mtime and path on this machine) are
left out; ids stay, since the single writer stores documents in input order.
A no-behaviour-change edit is safe when the two directories are identical.
"""
from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from committee_papers.pipeline import ingest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_SETS = [
    SHARED / "seeds", SHARED / "seeds-pdf", SHARED / "seeds-docx-html", SHARED / "real",
    ROOT / "tests" / "holdout" / "papers", ROOT / "tests" / "paraphrase" / "papers",
]
# The blind real papers (tests/gold-real/blind.txt): their facts are never looked at, not even as a diff.
BLIND = tuple(f"{stem}*" for stem in (ROOT / "tests" / "gold-real" / "blind.txt").read_text().split())
# Columns that differ between two runs of the same code on the same files.
VOLATILE = {"ingested_at", "seen_at", "at", "mtime", "extractor_version", "source_path", "path"}


def dump(db: Path, out) -> None:
    conn = sqlite3.connect(db)
    tables = [name for (name,) in conn.execute(
        "select name from sqlite_master where type = 'table' and name not like '%_fts%' "
        "and name not like 'sqlite_%' order by name")]
    for table in tables:
        columns = [row[1] for row in conn.execute(f"pragma table_info([{table}])") if row[1] not in VOLATILE]
        if not columns:
            continue
        select = ", ".join(f"[{c}]" for c in columns)
        lines = [json.dumps([table, dict(zip(columns, row))], ensure_ascii=False, sort_keys=True)
                 for row in conn.execute(f"select {select} from [{table}]")]
        for line in sorted(lines):
            out.write(line + "\n")
    conn.close()


def main(argv: list[str]) -> None:
    if not argv or argv[0].startswith("-"):
        sys.exit(__doc__)
    out_dir = Path(argv[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    folders = [Path(a) for a in argv[1:]] or [f for f in DEFAULT_SETS if f.exists()]
    for folder in folders:
        name = f"{folder.parent.name}-{folder.name}" if folder.name == "papers" else folder.name
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / f"{name}.db"
            summary = ingest([folder], db, workers=2, exclude=BLIND)
            with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as out:
                dump(db, out)
        print(f"{name}: {summary.line()}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
