"""Regenerate round meta3's generated paraphrase papers (metadata layouts not yet in the set).

    .venv/bin/python tests/paraphrase/make_meta3.py

* a PDF (tests/pdfgen.py): a district council committee's printed minutes whose heading is
  one long sentence in mixed case and capitals, `MINUTES of a meeting of the X COMMITTEE
  held in <room>, <building>, <town> on <weekday>, <day>th <Month>, <year> at <time>`,
  wrapped over three lines, with a running footer naming the committee and date;
* a DOCX (tests/docxgen.py): an NHS foundation trust's board cover sheet whose labels are
  `Meeting title`, `Meeting date`, `Report title`, `Executive lead`, `Paper for`; the trust
  is named only in the page header, while the ICB and the council are named in the text.

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

PDF_NAME = "fenlow-dc_2025-03-04_licensing-and-regulatory-committee_minutes.pdf"
DOCX_NAME = "harlingford-chft_2025-03-13_board-of-directors_community-phlebotomy.docx"


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header=None, footer="Licensing and Regulatory Committee - 4 March 2025 - Page {page}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "FENLOW DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(3)
    pdfgen.paragraph(pdf, "MINUTES of a meeting of the LICENSING AND REGULATORY COMMITTEE held in the Council "
                          "Chamber, Riverside House, Fenlow on Tuesday, 4th March, 2025 at 6.30 pm")
    pdfgen.paragraph(pdf, "PRESENT: Councillor A Penrose (Chair); Councillors B Hatt, C Lomax, D Okafor and "
                          "E Quayle.")
    pdfgen.paragraph(pdf, "OFFICERS: Licensing Manager, Senior Solicitor and Democratic Services Officer.")
    pdfgen.heading(pdf, "34. APOLOGIES FOR ABSENCE", size=11)
    pdfgen.paragraph(pdf, "Apologies for absence were received from Councillor F Ridley.")
    pdfgen.heading(pdf, "35. MINUTES", size=11)
    pdfgen.paragraph(pdf, "The minutes of the meeting held on 14 January 2025 were confirmed as a correct "
                          "record and signed by the Chair.")
    pdfgen.heading(pdf, "36. DECLARATIONS OF INTEREST", size=11)
    pdfgen.paragraph(pdf, "There were no declarations of interest.")
    pdfgen.heading(pdf, "37. HACKNEY CARRIAGE AND PRIVATE HIRE LICENSING POLICY", size=11)
    pdfgen.paragraph(pdf, "The Licensing Manager presented the revised policy, which had been consulted on "
                          "with the trade and the public over six weeks. The main changes were a ten-year age "
                          "limit for vehicles and annual safeguarding refresher training for drivers.")
    pdfgen.paragraph(pdf, "Members raised concern that the age limit could force some drivers to leave the "
                          "trade. The Licensing Manager replied that vehicles licensed before the policy "
                          "starts would keep their licences until 31 March 2027.")
    pdfgen.paragraph(pdf, "RESOLVED that the revised Hackney Carriage and Private Hire Licensing Policy be "
                          "adopted with effect from 1 June 2025.")
    pdfgen.heading(pdf, "38. LICENSING FEES 2025/26", size=11)
    pdfgen.paragraph(pdf, "The Committee considered the fees for taxi, animal welfare and street trading "
                          "licences for 2025/26, which recover the cost of the service.")
    pdfgen.paragraph(pdf, "RESOLVED that the licensing fees for 2025/26 set out in Appendix B to the report "
                          "be approved.")
    pdfgen.paragraph(pdf, "The meeting closed at 7.42 pm.")
    pdfgen.paragraph(pdf, "Chair .................................")
    return pdfgen.save(pdf, path)


def make_docx(path: Path) -> Path:
    doc = docxgen.new("Corporate Governance Team", dt.datetime(2025, 3, 5, 9, 0))
    doc.sections[0].header.paragraphs[0].text = "Harlingford Community Health NHS Foundation Trust"
    doc.sections[0].footer.paragraphs[0].text = "Board of Directors - public - 13 March 2025"
    docxgen.table(doc, [
        ["Meeting title", "Board of Directors (meeting in public)"],
        ["Meeting date", "Thursday 13 March 2025"],
        ["Agenda item", "9.2"],
        ["Report title", "Community Phlebotomy Service: Contract Extension"],
        ["Executive lead", "Chief Operating Officer"],
        ["Report author", "Hannah Crewe, Head of Contracts"],
        ["Paper for", "Approval"],
    ], header=False)
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("This paper asks the Board to extend the community phlebotomy contract, which the Trust "
                      "holds with Veinline Clinical Services Ltd, while NHS Harlingford and Wray Integrated Care "
                      "Board reviews blood testing across the county. NHS Harlingford and Wray Integrated Care "
                      "Board funds the service through the Trust's community services contract.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph("Veinline Clinical Services Ltd has run the service since April 2022 at £590,000 a year. "
                      "The contract ends on 31 March 2025. NHS Harlingford and Wray Integrated Care Board has "
                      "asked providers not to retender community diagnostics until its review reports in "
                      "December 2025. Harlingford Borough Council provides two of the clinic rooms in its "
                      "libraries; Harlingford Borough Council has agreed to keep them available.")
    doc.add_paragraph("The proposed extension is for twelve months from 1 April 2025 at £615,000, including "
                      "the pay uplift.")
    doc.add_heading("3. Risks", level=2)
    doc.add_paragraph("There is a risk that Veinline Clinical Services Ltd cannot staff the Saturday clinics "
                      "after April; this will be mitigated by a monthly staffing report to the contract "
                      "review meeting.")
    doc.add_heading("4. Recommendation", level=2)
    doc.add_paragraph("The Board of Directors is asked to approve a twelve-month extension of the community "
                      "phlebotomy contract with Veinline Clinical Services Ltd to 31 March 2026 at £615,000.")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_pdf(PAPERS / PDF_NAME))
    print(make_docx(PAPERS / DOCX_NAME))
