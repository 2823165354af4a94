"""Dump the passages every PDF reader change must leave identical.

    .venv/bin/python bench/dump_passages.py FILE_OR_FOLDER... > before.txt
    (change the reader)
    .venv/bin/python bench/dump_passages.py FILE_OR_FOLDER... > after.txt
    diff before.txt after.txt

One line per passage (file name, kind, page, section, table/row, text,
cells), files in sorted order, errors as one line each: a speed change to a
reader is safe when the two dumps are byte-identical.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from committee_papers.ingest.errors import IngestError  # noqa: E402
from committee_papers.ingest.registry import read_document, supported  # noqa: E402


def files(arguments: list[str]) -> list[Path]:
    found: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        candidates = path.rglob("*") if path.is_dir() else [path]
        found.update(p for p in candidates if p.is_file() and supported(p))
    return sorted(found)


def main(argv: list[str]) -> None:
    out = sys.stdout
    for path in files(argv):
        try:
            document = read_document(path)
        except IngestError as exc:
            out.write(f"{path}\terror\t{exc}\n")
            continue
        for p in document.passages():
            out.write(json.dumps([path.name, p.seq, p.kind, p.page, p.section, p.heading, p.table, p.row,
                                  p.text, p.cells, p.header], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
