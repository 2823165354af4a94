"""Build the fictional Word example paper in examples/papers/.

    .venv/bin/python examples/build_office_examples.py

The paper is written with python-docx the way council report templates are
laid out: a cover-sheet table, Heading-styled numbered sections, Word list
styles, a contract table with merged cells, and page breaks between parts.
All names are fictional.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.shared import Pt

PAPERS = Path(__file__).resolve().parent / "papers"
DOCX_NAME = "south-wessex-dc_2025-06-03_health-and-wellbeing-board_speech-language-therapy.docx"


def table(document, rows, style="Table Grid", header=True):
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = style
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = grid.cell(r, c)
            cell.text = value
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return grid


def build_paper(path: Path) -> Path:
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    props = document.core_properties
    props.title = "Speech and Language Therapy for Children: Contract Award"
    props.author = "Helen Marsh, Commissioning Lead, South Wessex District Council"
    props.created = props.modified = dt.datetime(2025, 5, 20, 9, 0, 0)

    # Cover sheet
    document.add_paragraph("South Wessex District Council", style="Title")
    document.add_paragraph("Health and Wellbeing Board – 3 June 2025", style="Subtitle")
    table(document, [
        ["Report title", "Speech and Language Therapy for Children: Contract Award"],
        ["Report of", "Director of People"],
        ["Report author", "Helen Marsh, Commissioning Lead"],
        ["Key decision", "Yes"],
        ["Wards affected", "All"],
    ], header=False)
    document.add_heading("Recommendations", level=1)
    document.add_paragraph("The Board is recommended to:")
    document.add_paragraph(
        "Award the contract for children's speech and language therapy to Brightside Therapies CIC "
        "for three years from 1 October 2025, at a total value of £1,260,000.", style="List Number")
    document.add_paragraph(
        "Note that the council's contribution of £420,000 a year is met from the Public Health Grant.",
        style="List Number")
    document.add_paragraph(
        "Delegate the signing of the contract to the Director of People.", style="List Number")
    document.add_page_break()

    document.add_heading("1. Purpose of the report", level=1)
    document.add_paragraph(
        "1.1 This report sets out the outcome of the procurement of a speech and language therapy "
        "service for children and young people in South Wessex and asks the Board to approve the award.")
    document.add_heading("2. Background", level=1)
    document.add_paragraph(
        "2.1 The service is currently provided by Wessex Community Health NHS Trust under a contract "
        "that ends on 30 September 2025. South Wessex Integrated Care Board funds the health element "
        "through its own block contract and is not party to this award.")
    document.add_paragraph(
        "2.2 Demand has grown steadily. The service now supports:")
    document.add_paragraph("1,150 children on the active caseload", style="List Bullet")
    document.add_paragraph("of whom 310 have an Education, Health and Care plan", style="List Bullet 2")
    document.add_paragraph("42 schools through a link-therapist arrangement", style="List Bullet")

    document.add_heading("3. Procurement outcome", level=1)
    document.add_heading("3.1 Bids received", level=2)
    document.add_paragraph(
        "3.1.1 Three bids were received by the closing date of 14 March 2025. They were scored 60% on "
        "quality and 40% on price.")
    bids = table(document, [
        ["Bidder", "Annual price", "Quality score", "Total score"],
        ["Brightside Therapies CIC", "£420,000", "52.0", "91.5"],
        ["Wessex Community Health NHS Trust", "£455,000", "49.5", "86.0"],
        ["Hartfield Children's Therapy Ltd", "£398,000", "41.0", "81.0"],
        ["Recommended bidder", "", "", ""],
    ])
    bids.cell(4, 0).merge(bids.cell(4, 3)).text = "Recommended bidder: Brightside Therapies CIC"
    document.add_heading("3.2 Contract", level=2)
    contract = table(document, [
        ["Provider", "Service", "Annual value", "Term"],
        ["Brightside Therapies CIC", "Children's speech and language therapy", "£420,000",
         "1 October 2025 to 30 September 2028"],
        ["", "Optional extension", "£420,000", "Up to 2 further years"],
    ])
    contract.cell(1, 0).merge(contract.cell(2, 0))  # one provider for both rows
    document.add_paragraph(
        "3.2.1 The total contract value over the initial three-year term is £1,260,000, rising to "
        "£2,100,000 if both extension years are used.")
    document.add_page_break()

    document.add_heading("4. Risks and mitigations", level=1)
    table(document, [
        ["Risk", "Mitigation"],
        ["Staff transfer under TUPE delays the start of the new service.",
         "• Mobilisation plan agreed with both providers • Staff consultation starts in July 2025"],
        ["Waiting lists rise during the transition.",
         "Monthly waiting-time reports to the Board for the first six months."],
    ])
    document.add_heading("5. Financial implications", level=1)
    document.add_paragraph(
        "5.1 The annual cost of £420,000 is £35,000 less than the current contract and is met from the "
        "Public Health Grant.")
    document.add_heading("6. Background papers", level=1)
    document.add_paragraph("Cabinet report, Recommissioning of Children's Therapy Services, 12 March 2025.")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def main():
    print(build_paper(PAPERS / DOCX_NAME))


if __name__ == "__main__":
    main()
