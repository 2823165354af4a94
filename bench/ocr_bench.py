"""OCR cost: seconds per scanned page read through tesseract, and what OCR recovered.

    .venv/bin/python bench/ocr_bench.py                       # the scanned PDFs among the real papers
    .venv/bin/python bench/ocr_bench.py some/scan.pdf other/  # these PDFs (folders: every PDF in them)

For each PDF with pages that have no text layer it prints the pages OCR'd, wall
and CPU seconds per OCR'd page (CPU counts the tesseract processes), and the
passages and characters the read gave.  A measurement, not a test: it asserts
nothing.  Without tesseract it says so and stops.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = [ROOT / "tests" / "gold-real-github", ROOT.parent / "shared" / "corpus" / "real"]
BLIND = ("blind",)  # never read the blind sets, not even to time them


def candidate_pdfs(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.pdf") if not any(b in part for part in p.parts for b in BLIND))
        elif path.suffix.lower() == ".pdf":
            found.append(path)
    return found


def cpu_seconds() -> float:
    own, children = os.times()[0:2], os.times()[2:4]
    return sum(own) + sum(children)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="PDFs or folders (default: the real papers)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from committee_papers.ingest import ocr
    from committee_papers.ingest.errors import IngestError
    from committee_papers.ingest.registry import read_document

    if not ocr.available():
        print("tesseract is not installed: " + ocr.INSTALL_HINT)
        return 1
    total_pages = total_wall = total_cpu = 0.0
    print(f"{'file':60} {'OCR pages':>9} {'wall s/page':>11} {'CPU s/page':>10} {'passages':>8} {'chars':>7}")
    for pdf in candidate_pdfs(args.paths or DEFAULT_FOLDERS):
        try:
            plain = read_document(pdf, ocr=False)
        except IngestError:
            continue
        scanned = plain.needs_ocr or any("OCR" in w for w in plain.warnings)
        if not scanned and plain.pages and len({b.page for b in plain.blocks}) >= plain.pages:
            continue  # every page has text: nothing to OCR
        wall, cpu = time.perf_counter(), cpu_seconds()
        try:
            document = read_document(pdf)
        except IngestError as exc:
            print(f"{pdf.name[:60]:60} failed: {exc}")
            continue
        wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
        ocr_warning = next((w for w in document.warnings if "recognised by OCR" in w), "")
        if not ocr_warning:
            continue
        pages = _pages_named(ocr_warning)
        passages = document.passages()
        print(f"{pdf.name[:60]:60} {pages:>9} {wall / pages:>11.2f} {cpu / pages:>10.2f} {len(passages):>8} "
              f"{sum(len(p.text) for p in passages):>7}")
        total_pages, total_wall, total_cpu = total_pages + pages, total_wall + wall, total_cpu + cpu
    if total_pages:
        print(f"{'all':60} {int(total_pages):>9} {total_wall / total_pages:>11.2f} {total_cpu / total_pages:>10.2f}")
    return 0


def _pages_named(warning: str) -> int:
    """Pages an OCR warning names ("pages 1-3, 5")."""
    spans = warning.split(" recognised")[0].split(" ", 3)[-1]
    count = 0
    for span in spans.split(", "):
        low, _, high = span.partition("-")
        count += int(high or low) - int(low) + 1
    return count


if __name__ == "__main__":
    sys.exit(main())
