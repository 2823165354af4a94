"""Build the decisions3-round paraphrase paper that needs a binary format: a library charity's
board minutes held as one DOCX table whose item cells carry numbered sub-items, each with its
own title line, and decisions that name their matter only as "this proposal" or "these changes".
Fictional authorities only.  Run from the repository root:

    .venv/bin/python tests/paraphrase/make_decisions3.py

The generated file is committed beside the other papers; rebuilding it gives the same text
(the DOCX zip's timestamps differ, its text does not).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
DOCX_NAME = "otterbrook-libraries-trust_2024-11-14_board_minutes.docx"


def make_docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Otterbrook Libraries Trust")
    doc.add_heading("BOARD OF TRUSTEES - MINUTES", level=1)
    rows = [
        ("Meeting", "Otterbrook Libraries Trust - Board of Trustees", ""),
        ("Date", "14 November 2024", ""),
        ("Trustees", "Hannah Lyle (Chair), Marcus Reid (Treasurer), Joy Ncube, Dev Sharma, Pat Quinn", ""),
        ("", "", "Action"),
        ("1.", "Welcome and apologies\nApologies were received from Ellen Ware.", ""),
        ("2.", "Minutes of the meeting of 19 September 2024\nThe minutes were agreed as an accurate record.", ""),
        ("3.", "Decisions\n"
               "1. Sunday opening at Quayside Library\n"
               "The Chair of the Services Committee asked the Board to agree to open Quayside Library on "
               "Sunday afternoons from February 2025 for a six-month trial.\n"
               "The Board were in agreement with this proposal.\n"
               "2. Volunteer expenses\n"
               "The Treasurer asked the Trustees to adopt a mileage rate of 45p for volunteer drivers of the home "
               "library service.\n"
               "The Board were in agreement with this proposal.\n"
               "3. Trustee recruitment\n"
               "Two trustee vacancies would be advertised in the local press and on the Trust's website.\n"
               "The Board were in agreement with these changes.", ""),
        ("4.", "Treasurer's report\n"
               "The Treasurer reported that income from room hire was 12% above budget. He had written to the "
               "auditors about the timetable for the year-end accounts.\n"
               "The Board voted, by a majority, to draw £15,000 from the general reserve to replace the Quayside "
               "Library roof lights.", "MR"),
        ("5.", "Safeguarding guidelines\n"
               "The Safeguarding Lead presented the revised guidelines, which add a section on online events.\n"
               "The revised safeguarding guidelines were adopted by the Trustees.", "JN"),
        ("6.", "Any other business\nNone.", ""),
    ]
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            lines = text.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    doc.add_paragraph("Date of next meeting: 23 January 2025")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_docx(PAPERS / DOCX_NAME))
