"""Regenerate round meta4's generated paraphrase papers (metadata laid out where the set had none).

    .venv/bin/python tests/paraphrase/make_meta4.py

* a PDF (tests/pdfgen.py): a borough council committee report whose meeting and date are
  given only in the running footer (`Environment Committee | 17 June 2025 | Page n`), the
  cover naming the council, the title and whom the report is from but no meeting;
* a DOCX (tests/docxgen.py): a district council report whose title is given only in the
  file's properties and a paragraph in Word's Title style, with a Subtitle-style line
  `A report to the Communities Committee meeting on 8 July 2025`;
* a DOCX: an NHS foundation trust board paper whose cover table holds the meeting, its date
  and the item in one cell (`Meeting: Public Board | Date: ... | Agenda item: 11`).

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
import pdfgen  # noqa: E402

PDF_NAME = "dunmarsh-bc_2025-06-17_environment-committee_allotment-rents.pdf"
TITLE_DOCX_NAME = "kelmarsh-dc_2025-07-08_communities-committee_library-opening-hours.docx"
CELL_DOCX_NAME = "ashbourne-vale-nhsft_2025-07-24_public-board_urgent-community-response.docx"


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header=None, footer="Environment Committee | 17 June 2025 | Page {page}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "Dunmarsh Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdfgen.heading(pdf, "Allotment Rents and Water Charges 2026/27", size=14)
    pdfgen.paragraph(pdf, "Report of the Head of Parks and Open Spaces")
    pdfgen.heading(pdf, "1. Purpose of the report", size=11)
    pdfgen.paragraph(pdf, "1.1 This report proposes allotment rents and water charges for the year from "
                          "1 October 2025, after a review of the cost of running the Council's eleven sites.")
    pdfgen.heading(pdf, "2. Background", size=11)
    pdfgen.paragraph(pdf, "2.1 The allotment sites are managed on the Council's behalf by Dunmarsh Allotments "
                          "Association, a volunteer-led charity, under a management agreement that runs to "
                          "31 March 2028. The Council pays the Association £18,500 a year for site management.")
    pdfgen.paragraph(pdf, "2.2 Rents have not changed for three years while water and repair costs have risen "
                          "by a fifth. The proposed rent for a full plot is £68, up from £62, and for a half plot "
                          "£34, up from £31.")
    pdf.add_page()
    pdfgen.heading(pdf, "3. Risks", size=11)
    pdfgen.paragraph(pdf, "3.1 There is a risk that higher rents lead some tenants to give up their plots; this "
                          "will be mitigated by a concession rate for tenants receiving council tax support.")
    pdfgen.heading(pdf, "4. Recommendation", size=11)
    pdfgen.paragraph(pdf, "4.1 That the Committee approves allotment rents of £68 per full plot and £34 per half "
                          "plot from 1 October 2025.")
    pdfgen.paragraph(pdf, "Contact officer: Nia Ferrand, Head of Parks and Open Spaces")
    return pdfgen.save(pdf, path)


def make_title_docx(path: Path) -> Path:
    doc = docxgen.new("Libraries Service", dt.datetime(2025, 6, 24, 9, 0))
    doc.core_properties.title = "Library Opening Hours: Consultation Outcome"
    docxgen.banner(doc, "Kelmarsh District Council", size=14)
    doc.add_paragraph("Library Opening Hours: Consultation Outcome", style="Title")
    doc.add_paragraph("A report to the Communities Committee meeting on 8 July 2025", style="Subtitle")
    doc.add_paragraph("Report author: Owen Tregear, Libraries Manager")
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("The Council consulted residents for eight weeks on changes to the opening hours of its "
                      "six libraries. This report sets out what people told us and the hours now proposed.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph("The mobile library is run for the Council by Bookmobile Services CIC under a contract "
                      "worth £96,000 a year, which ends on 30 September 2026. Its timetable is not affected "
                      "by these proposals.")
    doc.add_paragraph("Most of the 1,240 responses supported later Saturday opening; fewer people use the "
                      "libraries after 6pm on weekdays.")
    doc.add_heading("3. Risks", level=2)
    doc.add_paragraph("There is a risk that reduced evening opening affects students; this will be mitigated by "
                      "extending Saturday hours at the two largest libraries.")
    doc.add_heading("4. Recommendation", level=2)
    doc.add_paragraph("The Committee is recommended to approve the revised opening hours set out in Appendix A "
                      "from 1 September 2025.")
    doc.save(path)
    return path


def make_cell_docx(path: Path) -> Path:
    doc = docxgen.new("Trust Secretary", dt.datetime(2025, 7, 15, 9, 0))
    doc.sections[0].header.paragraphs[0].text = "Ashbourne Vale NHS Foundation Trust"
    grid = docxgen.table(doc, [
        ["Meeting: Public Board | Date: Thursday 24 July 2025 | Agenda item: 11", ""],
        ["Title of paper", "Urgent Community Response: Overnight Cover Subcontract"],
        ["Executive lead", "Chief Operating Officer"],
        ["Author", "Priya Halloran, Head of Community Services"],
        ["Purpose", "Approval"],
    ], header=False)
    first = grid.rows[0].cells
    first[0].merge(first[1])
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("The Trust subcontracts overnight urgent community response cover to Nightingale Rapid "
                      "Response Ltd at £310,000 a year. The subcontract ends on 31 October 2025.")
    doc.add_paragraph("Response times overnight have met the two-hour standard in eleven of the last twelve "
                      "months, and the Trust has no capacity to bring the service in house this year.")
    doc.add_heading("2. Risks", level=2)
    doc.add_paragraph("There is a risk that Nightingale Rapid Response Ltd loses night nurses to agency work; "
                      "this will be mitigated by a retention payment built into the extended subcontract.")
    doc.add_heading("3. Recommendation", level=2)
    doc.add_paragraph("The Board is asked to approve a two-year extension of the subcontract with Nightingale "
                      "Rapid Response Ltd to 31 October 2027.")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_pdf(PAPERS / PDF_NAME))
    print(make_title_docx(PAPERS / TITLE_DOCX_NAME))
    print(make_cell_docx(PAPERS / CELL_DOCX_NAME))
