"""Build the fictional PDF example paper in examples/papers/.

    .venv/bin/python examples/build_pdf_examples.py

The paper is drawn with fpdf2 through tests/pdfgen.py, the same helpers the
PDF reader's tests use: a cover sheet, numbered sections, a ruled contract
table that runs over a page break, recommendations, a Risk | Mitigation table,
a running header and page footers.  All names are fictional.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pdfgen  # noqa: E402  (a test helper, importable once tests/ is on the path)

PAPERS = ROOT / "examples" / "papers"
PDF_NAME = "wessex-cc_2025-10-09_children-and-young-peoples-committee_therapy-services-procurement.pdf"


def main() -> None:
    PAPERS.mkdir(parents=True, exist_ok=True)
    path = pdfgen.committee_paper(PAPERS / PDF_NAME)
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
