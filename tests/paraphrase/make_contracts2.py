"""Regenerate the generated paraphrase paper of round `contracts2` (contracts in new layouts).

    .venv/bin/python tests/paraphrase/make_contracts2.py

* a DOCX built with python-docx: a borough cabinet report whose contracts table has a two-row header
  with merged cells ("Provider details" over Provider | Service, "Contract" over Annual value (£) |
  Ends) and is continued after a page break as a second table under "Table 1 (continued)" with the
  lower header row repeated; providers carry no legal suffix; a government grant received, a requested
  uplift and a rejected option's cost are not contracts.

All authorities, providers, people and figures are fictional.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402

CABINET_DOCX = "harnley-bc_2025-03-20_cabinet_family-support-contracts.docx"

UPPER_HEADER = ["Provider details", "", "Contract", ""]
LOWER_HEADER = ["Provider", "Service", "Annual value (£)", "Ends"]
FIRST_PAGE_ROWS = [
    ["Little Oaks Family Trust", "Children's centres (north)", "420,000", "31/03/2026"],
    ["Harnley Home-Start", "Volunteer family support", "96,000", "31/03/2026"],
    ["Brightways Parenting", "Parenting programmes", "135,000", "31/08/2026"],
]
NEXT_PAGE_ROWS = [
    ["Cradle Speech CIC", "Early speech and language support", "88,000", "31/03/2027"],
    ["Harnley Baby Bank", "Baby equipment bank", "24,000", "31/03/2026"],
    ["Total", "", "763,000", ""],
]


def _bold_row(row) -> None:
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True


def _contracts_table(doc, header_rows: list[list[str]], rows: list[list[str]], merge_upper: bool):
    grid = doc.add_table(rows=len(header_rows) + len(rows), cols=4)
    grid.style = "Table Grid"
    for r, values in enumerate(header_rows + rows):
        for c, value in enumerate(values):
            if value:
                grid.cell(r, c).text = value
    if merge_upper:
        grid.cell(0, 0).merge(grid.cell(0, 1))
        grid.cell(0, 2).merge(grid.cell(0, 3))
    for r in range(len(header_rows)):
        _bold_row(grid.rows[r])
    return grid


def make_cabinet_docx(path: Path) -> Path:
    doc = docxgen.new("Dele Okafor", dt.datetime(2025, 3, 7, 10, 0), font=("Arial", 11))
    doc.core_properties.title = "Family Support Contracts - Extension"
    docxgen.banner(doc, "Harnley Borough Council")
    doc.add_paragraph("Report to Cabinet, 20 March 2025")
    doc.add_paragraph("Family Support Contracts - Extension", style="Title")
    doc.add_paragraph("Report of: Dele Okafor, Head of Early Help")
    doc.add_heading("1. Recommendations", level=1)
    doc.add_paragraph("1.1 That Cabinet agrees to extend the five family support contracts listed in Table 1 "
                      "for a further twelve months at their current annual values.")
    doc.add_paragraph("1.2 That Cabinet asks officers to report on the recommissioning of family support by "
                      "December 2025.")
    doc.add_heading("2. Current contracts", level=1)
    doc.add_paragraph("2.1 The Council buys early help for families from five local voluntary sector "
                      "organisations. Table 1 shows each contract, its annual value and when it ends.")
    doc.add_paragraph("Table 1: Family support contracts")
    _contracts_table(doc, [UPPER_HEADER, LOWER_HEADER], FIRST_PAGE_ROWS, merge_upper=True)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Table 1 (continued)")
    _contracts_table(doc, [LOWER_HEADER], NEXT_PAGE_ROWS, merge_upper=False)
    doc.add_heading("3. Options", level=1)
    doc.add_paragraph("3.1 Bringing the services in-house was rejected: it would cost an estimated £910,000 a "
                      "year once staff terms were harmonised.")
    doc.add_heading("4. Financial implications", level=1)
    doc.add_paragraph("4.1 The extensions are met from the early help budget of £1.4m. The Council also "
                      "receives £1.1m of Family Hubs grant from the Department for Education for 2025/26, "
                      "which is spent on the hub buildings and staff, not on these contracts.")
    doc.add_paragraph("4.2 Little Oaks Family Trust has asked for an uplift of £25,000 to cover rising rents; "
                      "this is not recommended.")
    doc.add_heading("5. Risks", level=1)
    doc.add_paragraph("5.1 There is a risk that the smaller providers lose staff while their contracts are "
                      "short-term. Officers will offer the providers a twelve-month notice period in the "
                      "recommissioned contracts to give them stability.")
    doc.add_paragraph("Contact: Dele Okafor, dele.okafor@harnley.gov.uk")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_cabinet_docx(PAPERS / CABINET_DOCX))
