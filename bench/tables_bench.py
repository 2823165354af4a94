"""Our PDF reader's tables against pdfplumber's own ``extract_tables()``.

    python bench/tables_bench.py DIR [DIR ...] [--limit-pages 40] [--rotate]

Runs both on every page of every PDF under the folders (for example the test
PDFs of the pdfplumber, camelot and pdfminer.six repositories, checked out or
exported beside the project; the PDFs are not kept here) and prints, for
unrotated and rotated pages apart: pages, tables each finds, and how many of
pdfplumber's non-empty cells our reader has at the same row and column of
its best-matching table on that page.  ``--rotate`` also measures every PDF
once more stored sideways with /Rotate 90 (as landscape appendices are), which
should agree as well as the original.

Agreement with pdfplumber is a yardstick, not the truth: pdfplumber splits
some tables we keep whole (a table over two pages is one table for us) and
finds "tables" in ruled forms; look at the disagreements, not only the figure.
"""
from __future__ import annotations

import argparse
import re
import signal
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def norm(text) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def plumber_tables(path: Path, limit: int):
    import pdfplumber

    out = defaultdict(list)
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages[:limit], start=1):
            for table in page.extract_tables():
                rows = [[norm(c) for c in row] for row in table]
                if any(any(row) for row in rows):
                    out[number].append(rows)
            page.close()
    return out


def our_tables(path: Path, limit: int):
    from committee_papers.ingest.readers.pdf import read

    out = defaultdict(list)
    for block in read(path).blocks:
        if block.kind != "table":
            continue
        by_page = defaultdict(list)
        if block.caption:
            # A caption row is kept apart from the rows; pdfplumber has it as the table's first row.
            by_page[block.page].append([norm(block.caption)] + [""] * (len(block.rows[0]) - 1 if block.rows else 0))
        for i, row in enumerate(block.rows):
            page = block.row_pages[i] if i < len(block.row_pages) else block.page
            by_page[page].append([norm(c) for c in row])
        for page, rows in by_page.items():
            if page is not None and page <= limit:
                out[page].append(rows)
    return out


def agreement(theirs: list[list[str]], ours: list[list[str]]) -> int:
    """Cells of ``theirs`` found at the same (row, column) of ``ours``, aligned on
    the first row of ours that shares a cell with their first non-empty row."""
    cells = {(r, c): v for r, row in enumerate(ours) for c, v in enumerate(row) if v}
    best = 0
    for shift in range(-len(theirs) + 1, len(ours)):
        hits = sum(1 for r, row in enumerate(theirs) for c, v in enumerate(row)
                   if v and cells.get((r + shift, c)) == v)
        best = max(best, hits)
    return best


def measure(paths, limit):
    totals = defaultdict(lambda: defaultdict(int))
    for path in paths:
        try:
            rotated = _rotated_pages(path)
            theirs, ours = plumber_tables(path, limit), our_tables(path, limit)
        except Exception as exc:  # a file either tool cannot read is reported, not fatal
            print(f"  skipped {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        for page in set(theirs) | set(ours):
            group = "rotated" if page in rotated else "unrotated"
            t = totals[group]
            t["pdfplumber tables"] += len(theirs.get(page, []))
            t["our tables"] += len(ours.get(page, []))
            for table in theirs.get(page, []):
                cells = sum(1 for row in table for v in row if v)
                t["pdfplumber cells"] += cells
                t["cells agreeing"] += max((agreement(table, mine) for mine in ours.get(page, [])), default=0)
    return totals


def _rotated_pages(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return {i + 1 for i in range(len(pdf)) if pdf[i].get_rotation()}
    finally:
        pdf.close()


def report(title, totals):
    print(title)
    for group in ("unrotated", "rotated"):
        t = totals.get(group)
        if not t:
            continue
        share = t["cells agreeing"] / t["pdfplumber cells"] if t["pdfplumber cells"] else float("nan")
        print(f"  {group:9} pdfplumber tables {t['pdfplumber tables']:5d}  ours {t['our tables']:5d}  "
              f"cells {t['pdfplumber cells']:6d}  agreeing {t['cells agreeing']:6d} ({share:.1%})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--limit-pages", type=int, default=40, help="pages read per PDF")
    parser.add_argument("--rotate", action="store_true", help="also read each PDF stored with /Rotate 90")
    args = parser.parse_args()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    paths = sorted(p for folder in args.folders for p in folder.rglob("*") if p.suffix.lower() == ".pdf")
    print(f"{len(paths)} PDFs, first {args.limit_pages} pages each")
    report("as published", measure(paths, args.limit_pages))
    if args.rotate:
        import pdfgen

        with tempfile.TemporaryDirectory() as tmp:
            turned = []
            for i, path in enumerate(paths):
                try:
                    turned.append(pdfgen.rotated(path, Path(tmp) / f"{i}-{path.name}", 90))
                except Exception as exc:
                    print(f"  cannot rotate {path.name}: {exc}", file=sys.stderr)
            totals = measure(turned, args.limit_pages)
        # pdfplumber reads the turned copies upright too (it applies /Rotate), so both sides are comparable.
        report("stored with /Rotate 90", totals)


if __name__ == "__main__":
    main()
