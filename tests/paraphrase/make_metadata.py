"""Regenerate the metadata round's generated paraphrase papers (round `metadata`).

    .venv/bin/python tests/paraphrase/make_metadata.py

* a DOCX (python-docx): a Scottish IJB paper whose cover is a four-column table
  (`Report to | ... | Date of meeting | ...`) with the subject wrapped over two lines of
  its cell; the council and the health board the IJB directs are named more often than
  the IJB itself;
* a PDF (tests/pdfgen.py): a community NHS trust's board paper with a running header and
  footer naming the trust, a `Report to: / Date of meeting: / Report of: / Subject:` block
  whose subject wraps onto a second line, and a county council named in the text.

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

DOCX_NAME = "tarnwick-ijb_2025-02-05_ijb_care-at-home-recommissioning.docx"
PDF_NAME = "harnmoor-cht_2025-02-06_trust-board_outsourced-diagnostics.pdf"


def make_docx(path: Path) -> Path:
    # The file's author is the template's owner, not the paper's publisher.
    doc = docxgen.new("Tarnwick Council", dt.datetime(2025, 1, 24, 9, 0))
    doc.add_paragraph("Tarnwick Health and Social Care Partnership")
    docxgen.table(doc, [
        ["Report to:", "Tarnwick Integration Joint Board", "Date of meeting:", "5 February 2025"],
        ["Report of:", "Chief Officer", "Agenda item:", "8"],
        ["Subject:", "Care at Home Recommissioning\nand Interim Extensions", "Report no:", "IJB 07/25"],
        ["Author:", "Morag Keillor, Commissioning Manager", "Purpose:", "Decision"],
    ], header=False)
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("This report asks the Integration Joint Board to direct Tarnwick Council to extend two "
                      "care at home contracts and to recommission the service.")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("The Integration Joint Board is asked to:")
    doc.add_paragraph("a) direct Tarnwick Council to extend the care at home contracts with Heatherlea Care Ltd "
                      "and Brochan Homecare to 30 September 2025;")
    doc.add_paragraph("b) direct Tarnwick Council to tender a new care at home framework to start on "
                      "1 October 2025.")
    doc.add_heading("3. Background", level=2)
    doc.add_paragraph("Tarnwick Council holds the care at home contracts on the IJB's behalf. Heatherlea Care "
                      "Ltd is paid £2,900,000 a year for care at home in the east of Tarnwick. Brochan Homecare "
                      "is paid £1,650,000 a year for the west. Tarnwick Council and NHS Tarnwick each contribute "
                      "to the IJB's budget of £148 million.")
    doc.add_heading("4. Risks", level=2)
    doc.add_paragraph("There is a risk that providers cannot recruit enough carers over the summer. This will be "
                      "mitigated by paying the Scottish Living Wage uplift from 1 April 2025.")
    doc.add_paragraph("Tarnwick Council and NHS Tarnwick officers have been consulted.")
    doc.save(path)
    return path


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header="Harnmoor Community Health NHS Trust - Board of Directors (Public)",
                       footer="Harnmoor Community Health NHS Trust | Page {page} of {pages}")
    pdf.add_page()
    pdfgen.text_lines(pdf, [
        "Report to: Board of Directors (Public)",
        "Date of meeting: 6 February 2025",
        "Report of: Director of Finance",
        "Subject: Outsourced Diagnostic Services and",
        "Independent Sector Contracts",
        "Agenda item: 11",
    ])
    pdfgen.heading(pdf, "1. Purpose")
    pdfgen.paragraph(pdf, "This paper asks the Board to approve the renewal of two diagnostic contracts. Most "
                          "of the work is for patients referred by Harnmoor County Council's public health "
                          "service, and Harnmoor County Council pays for the sexual health tests.")
    pdfgen.heading(pdf, "2. Contracts")
    pdfgen.table(pdf, [
        ["Provider", "Service", "Annual value", "Ends"],
        ["Clearscan Imaging Ltd", "Community MRI and CT", "£1,120,000", "31 March 2025"],
        ["Pathwell Laboratories LLP", "Pathology for community clinics", "£640,000", "31 March 2025"],
    ], widths=[50, 55, 30, 30])
    pdf.add_page()  # a second page, so the header and footer run
    pdfgen.heading(pdf, "3. Recommendation")
    pdfgen.paragraph(pdf, "The Board is asked to approve the renewal of both contracts for two years from "
                          "1 April 2025.")
    pdfgen.heading(pdf, "4. Risk")
    pdfgen.paragraph(pdf, "Should scanner capacity fall short in winter, waiting times will rise; the Trust "
                          "will buy extra sessions from the contract's flexible capacity.")
    return pdfgen.save(pdf, path)


def main() -> None:
    print(make_docx(PAPERS / DOCX_NAME))
    print(make_pdf(PAPERS / PDF_NAME))


if __name__ == "__main__":
    main()
