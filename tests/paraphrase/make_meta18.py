"""Round meta18: a budget amendment form written as one table (DOCX), as councils publish them."""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent


def amendment_form(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Harrowfield Borough Council")
    rows = [("Budget Amendment Form", ""),
            ("Amendment name:", "Library Book Fund Top-Up"),
            ("Amendment number:", "3"),
            ("Proposer:", "Cllr Dina Holt"),
            ("Seconder:", "Cllr Mark Lowe"),
            ("Proposed purpose:", ""),
            ("Branch libraries say their stock budget has shrunk by a third in four years and the waiting lists for new "
             "titles are long. This amendment seeks to add £40,000 to the library book fund for 2026-27, met by "
             "trimming the corporate events budget.", ""),
            ("Proposed amount:", "£40,000"),
            ("Proposed funding source:", "Corporate events budget")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = label, value
    document.save(path)


if __name__ == "__main__":
    amendment_form(HERE / "papers" / "harrowfield-bc_2026-02-19_budget-amendment_library-book-fund.docx")
