"""Build the decisions4-round paraphrase paper that needs a binary format: a district council's
notice of Cabinet decisions as a DOCX, one heading per item followed by a two-column label/value
table ("Decision taken", "Reasons", "Alternative options rejected", "Subject to call-in"), with
the call-in deadline and the date decisions may be implemented stated once above the items.
Fictional authorities only.  Run from the repository root:

    .venv/bin/python tests/paraphrase/make_decisions4.py

The generated file is committed beside the other papers; rebuilding it gives the same text
(the DOCX zip's timestamps differ, its text does not).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
DOCX_NAME = "morwick-dc_2025-06-19_cabinet_notice-of-decisions.docx"

ITEMS = [
    ("Item 6: Leisure centres - extension of the operator contract", [
        ("Key decision", "Yes (forward plan reference KD/25/014)"),
        ("Decision taken",
         "(a) Cabinet extended the contract with Active Morwick Leisure Trust for the management of Morwick "
         "and Padley leisure centres for two years from 1 April 2026, at a management fee of £410,000 a year.\n"
         "(b) Cabinet instructed officers to begin the re-procurement of the contract by April 2027."),
        ("Reasons", "The extension allows the pool at Padley to be refurbished before the contract is re-let, "
                    "and the fee is below the level the market testing suggested."),
        ("Alternative options rejected", "Bringing the centres in house from April 2026 was rejected because "
                                         "the Council would lose the Trust's business rates relief."),
        ("Interests declared", "None"),
        ("Subject to call-in", "Yes"),
    ]),
    ("Item 7: Draft Local Plan - Regulation 18 consultation", [
        ("Key decision", "Yes (forward plan reference KD/25/009)"),
        ("Decision taken", "Cabinet approved the draft Local Plan for public consultation for eight weeks "
                           "from 14 July 2025."),
        ("Reasons", "To meet the timetable in the Local Development Scheme."),
        ("Alternative options rejected", "Delaying consultation until the autumn was rejected."),
        ("Interests declared", "None"),
        ("Subject to call-in", "Yes"),
    ]),
    ("Item 8: Quarter 4 performance and finance report 2024/25", [
        ("Key decision", "No"),
        ("Decision taken", "Cabinet noted the outturn position and the Council's performance against its "
                           "corporate plan measures for 2024/25."),
        ("Reasons", "To keep Cabinet informed of the Council's finances and performance."),
        ("Alternative options rejected", "None"),
        ("Interests declared", "None"),
        ("Subject to call-in", "No - noting item"),
    ]),
    ("Item 9: Household hardship fund (urgent item)", [
        ("Key decision", "No"),
        ("Decision taken", "Cabinet agreed to add £50,000 from the general reserve to the household hardship "
                           "fund for 2025/26."),
        ("Reasons", "Applications to the fund in April and May were twice the level expected."),
        ("Alternative options rejected", "Closing the fund to new applications until October was rejected."),
        ("Interests declared", "Councillor Penrose declared an interest as a trustee of Morwick Citizens Advice "
                               "and took no part in the decision."),
        ("Subject to call-in", "No - the Chair of the Overview and Scrutiny Committee agreed that the decision "
                               "was urgent (Overview and Scrutiny Procedure Rule 16)"),
    ]),
    ("Item 10: Disposal of land at Forge Lane, Padley", [
        ("Key decision", "Yes (forward plan reference KD/25/017)"),
        ("Decision taken", "Consideration of this item was deferred to the July meeting of Cabinet so that "
                           "further valuation advice can be obtained."),
        ("Reasons", "Members were not satisfied that the valuation reflected the site's housing potential."),
        ("Alternative options rejected", "Not applicable"),
        ("Interests declared", "None"),
        ("Subject to call-in", "No"),
    ]),
]


def make_docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Morwick District Council")
    doc.add_heading("Notice of Decisions - Cabinet", level=1)
    doc.add_paragraph("Meeting held on Thursday 19 June 2025 at the Council Offices, Station Road, Morwick")
    doc.add_paragraph("Date of publication: Friday 20 June 2025")
    doc.add_paragraph(
        "Call-in: the decisions below that are subject to call-in may be called in by any five members of "
        "the Overview and Scrutiny Committee. The call-in period ends at 5.00 pm on Friday 27 June 2025. "
        "Decisions that are not called in may be implemented from Monday 30 June 2025.")
    doc.add_paragraph("Contact: Democratic Services, democracy@morwick.gov.uk, 01632 960 441")
    for title, rows in ITEMS:
        doc.add_heading(title, level=2)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text = label
            lines = value.split("\n")
            cells[1].text = lines[0]
            for line in lines[1:]:
                cells[1].add_paragraph(line)
    doc.add_paragraph("Proper Officer: L. Abara, Monitoring Officer")
    doc.core_properties.author = "Morwick District Council"
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_docx(PAPERS / DOCX_NAME))
