"""Regenerate the generated paraphrase paper of round `contracts4` (contracts in new wordings and layouts).

    .venv/bin/python tests/paraphrase/make_contracts4.py

* a DOCX built with python-docx: an ICB board finance report whose month-10 table is in £000 with
  underspends in brackets (no contracts), pressures in prose where one line is a contract that ended
  early ("The step-down beds contract with X, worth £V a year, ended on ..."), and two contracts where
  the commissioner is not the paper's body or the provider is a council: the ICB buys a service from
  the County Council ("the ICB's share ... is £V") and the County Council is lead commissioner of a
  joint contract the ICB contributes to.

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

FINANCE_DOCX = "selwood-icb_2025-02-19_board_finance-report-month-10.docx"

POSITION_ROWS = [
    ["Area", "Annual budget", "Forecast outturn", "Variance"],
    ["Acute services", "612,400", "614,900", "2,500"],
    ["Mental health", "98,300", "99,100", "800"],
    ["Community services", "74,200", "73,650", "(550)"],
    ["Primary care prescribing", "81,000", "82,700", "1,700"],
    ["Running costs", "9,800", "9,500", "(300)"],
    ["Total", "875,700", "879,850", "4,150"],
]


def make_finance_docx(path: Path) -> Path:
    doc = docxgen.new("Priya Talbot", dt.datetime(2025, 2, 10, 9, 30), font=("Arial", 11))
    doc.core_properties.title = "Finance Report: Month 10 2024/25"
    docxgen.banner(doc, "NHS Selwood Integrated Care Board")
    doc.add_paragraph("Board meeting in public, 19 February 2025, item 9")
    doc.add_paragraph("Finance Report: Month 10 2024/25", style="Title")
    doc.add_paragraph("Report of: Priya Talbot, Chief Finance Officer")
    doc.add_heading("1. Recommendation", level=1)
    doc.add_paragraph("1.1 The Board is asked to note the month 10 position and forecast, and to approve the "
                      "twelve-month extension of the joint carers' support contract set out in paragraph 4.2.")
    doc.add_heading("2. Position at month 10", level=1)
    doc.add_paragraph("2.1 Table 1 shows the forecast outturn by area. Figures are in £000; brackets show an "
                      "underspend.")
    doc.add_paragraph("Table 1: Forecast outturn 2024/25 (£000)")
    docxgen.table(doc, POSITION_ROWS)
    doc.add_heading("3. Pressures", level=1)
    doc.add_paragraph("3.1 Continuing healthcare is forecast to be £1.9m over budget because of higher fees for "
                      "complex care packages.")
    doc.add_paragraph("3.2 Mental health out-of-area placements are £0.8m over budget, with 14 people placed "
                      "outside Selwood in January 2025.")
    doc.add_paragraph("3.3 The step-down beds contract with Orchardleigh Rehabilitation Ltd, worth £1.1m a year, "
                      "ended on 31 December 2024, three months early, releasing £275k this year.")
    doc.add_paragraph("3.4 Prescribing remains the largest pressure: the price of some generic medicines has "
                      "risen by up to 40%.")
    doc.add_heading("4. Services bought with Selwood County Council", level=1)
    doc.add_paragraph("4.1 The ICB buys the integrated community equipment service from Selwood County Council, "
                      "which hosts the service under a section 75 agreement; the ICB's share for 2024/25 is "
                      "£2.35m.")
    doc.add_paragraph("4.2 The County Council is lead commissioner for the joint carers' support contract with "
                      "Carers Together Selwood, valued at £720,000 a year, of which the ICB contributes "
                      "£270,000. The contract ends on 31 March 2025 and the Board is asked to approve a "
                      "twelve-month extension at the same price.")
    doc.add_heading("5. Risks", level=1)
    doc.add_paragraph("5.1 The main risk to the forecast is prescribing: if generic prices keep rising, the "
                      "deficit could grow by a further £1.5m. The medicines optimisation team is switching "
                      "patients to lower-cost equivalents where this is clinically appropriate.")
    doc.add_paragraph("Contact: Priya Talbot, priya.talbot@nhs.net")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_finance_docx(PAPERS / FINANCE_DOCX))
