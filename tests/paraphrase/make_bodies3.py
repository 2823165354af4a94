"""Regenerate round bodies3's generated paraphrase paper (a public body that is no council or NHS body).

    .venv/bin/python tests/paraphrase/make_bodies3.py

* a DOCX (tests/docxgen.py): a transport body's board paper, `Transport for Wendle` as the banner and
  in the page header, a two-column cover table, while the city and district councils that fund it are
  named more often in the text.

All authorities, providers, people and figures are fictional.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402

DOCX_NAME = "transport-for-wendle_2025-03-20_board_demand-responsive-bus-contract.docx"


def make_docx(path: Path) -> Path:
    doc = docxgen.new("Transport for Wendle", dt.datetime(2025, 3, 11, 14, 0))
    doc.sections[0].header.paragraphs[0].text = "Transport for Wendle"
    docxgen.banner(doc, "Transport for Wendle")
    docxgen.table(doc, [
        ["Meeting", "Board"],
        ["Date", "20 March 2025"],
        ["Title of report", "Demand Responsive Bus Service: Contract Award"],
        ["Lead officer", "Director of Bus Services"],
        ["Purpose", "Decision"],
    ], header=False)
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("Wendle City Council and North Wendle District Council fund a demand responsive bus "
                      "service for villages without a fixed route. Wendle City Council pays 60% of the cost and "
                      "North Wendle District Council 40%. The current operator's contract ends on 30 June 2025.")
    doc.add_heading("2. Procurement", level=2)
    doc.add_paragraph("Four operators bid. The preferred bidder is Cobalt Coaches Ltd, at £1.2m a year for a "
                      "five-year contract starting on 1 July 2025. Wendle City Council and North Wendle District "
                      "Council have confirmed their shares of the budget for 2025/26.")
    doc.add_heading("3. Risks", level=2)
    doc.add_paragraph("There is a risk that the new booking app will not be ready on 1 July 2025; to mitigate "
                      "this, telephone booking will continue for the first six months.")
    doc.add_heading("4. Recommendations", level=2)
    doc.add_paragraph("The Board is recommended to:")
    doc.add_paragraph("(a) award the demand responsive bus contract to Cobalt Coaches Ltd for five years from "
                      "1 July 2025 at £1.2m a year; and")
    doc.add_paragraph("(b) delegate to the Director of Bus Services the agreement of the final timetable with "
                      "Wendle City Council and North Wendle District Council.")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_docx(PAPERS / DOCX_NAME))
