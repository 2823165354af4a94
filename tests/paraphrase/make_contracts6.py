"""Regenerate the generated paraphrase papers of round `contracts6` (contracts in new wordings and layouts).

    .venv/bin/python tests/paraphrase/make_contracts6.py

* a PDF (tests/pdfgen.py): an ICB board paper whose contracts due to expire are listed as blocks of
  unruled two-column rows (Contract | S, Provider | X, Value | £V, Expiry | date), one block per contract,
  and one contract given on a single line "Contract: S – Provider: X – Value: £V – Expiry: date".
* a DOCX built with python-docx: a trust board paper with a "Tender waivers over £50k" table
  (Ref | Supplier | Goods or service | Value (£) | Reason | Approved by) and a section whose heading is
  the only place its provider is named ("4.2 Orbis Endoscopy Ltd" then "The insourcing contract for
  weekend endoscopy lists has been extended ... at a cost of £V").

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

PDF_NAME = "calderwick-icb_2025-02-13_board_contracts-due-to-expire.pdf"
DOCX_NAME = "hallamby-hft_2025-03-06_trust-board_tender-waivers.docx"
ICB = "NHS Calderwick Integrated Care Board"

EXPIRING = [
    [["Contract", "Urgent treatment centre, Calderwick Central"],
     ["Provider", "Westmead Urgent Care Ltd"],
     ["Value", "£3,250,000 a year"],
     ["Expiry", "30 September 2025"]],
    [["Contract", "Community audiology for adults"],
     ["Provider", "Clearsound Hearing CIC"],
     ["Value", "£640,000 a year"],
     ["Expiry", "31 December 2025"]],
    [["Contract", "Non-emergency patient transport"],
     ["Provider", "Pennine Patient Transport Ltd"],
     ["Value", "£2,180,000 a year"],
     ["Expiry", "31 March 2026"]],
]


def make_pdf(path: Path) -> Path:
    title = "Contracts Due to Expire in 2025/26"
    pdf = pdfgen.Paper(running_header=f"{ICB} - Board meeting in public - 13 February 2025", title=title,
                       author=ICB)
    pdf.add_page()
    pdfgen.heading(pdf, ICB, size=15)
    pdfgen.text_lines(pdf, ["Board meeting in public", "13 February 2025", "Agenda item 7"])
    pdfgen.heading(pdf, title, size=14)
    pdfgen.paragraph(pdf, "Report of: Chief Finance Officer")
    pdfgen.heading(pdf, "1. Purpose")
    pdfgen.paragraph(pdf, "1.1 This paper lists the ICB's larger contracts that end before 1 April 2026, so that "
                          "the Board can plan their recommissioning in good time.")
    pdfgen.heading(pdf, "2. Recommendation")
    pdfgen.paragraph(pdf, "2.1 The Board is asked to note the contracts due to expire and to agree that the "
                          "urgent treatment centre is recommissioned first.")
    pdfgen.heading(pdf, "3. Contracts due to expire")
    pdfgen.paragraph(pdf, "3.1 Each contract is shown below with its provider, annual value and expiry date.")
    for block in EXPIRING:
        pdfgen.table(pdf, block, widths=[35, 120], ruled=False, header=None)
    pdfgen.paragraph(pdf, "3.2 One smaller contract also ends in the year:")
    pdfgen.paragraph(pdf, "Contract: Diabetic eye screening - Provider: Brightlens Screening Ltd - Value: "
                          "£410,000 a year - Expiry: 31 January 2026")
    pdfgen.heading(pdf, "4. Risks")
    pdfgen.paragraph(pdf, "4.1 There is a risk that the urgent treatment centre cannot be recommissioned before "
                          "30 September 2025. The contract allows a six-month extension, which the ICB will "
                          "use if the new procurement is delayed.")
    pdfgen.paragraph(pdf, "Contact: Harriet Osei, Chief Finance Officer, harriet.osei@nhs.net")
    return pdfgen.save(pdf, path)


WAIVER_ROWS = [
    ["Ref", "Supplier", "Goods or service", "Value (£)", "Reason", "Approved by"],
    ["W-114", "Kinetic Theatre Systems Ltd", "Maintenance of operating tables", "86,400",
     "Sole manufacturer able to service the tables", "Chief Financial Officer"],
    ["W-117", "Sterimax UK Ltd", "Sterile services consumables", "124,900",
     "Continuity while the regional framework is retendered", "Chief Executive"],
    ["W-121", "Norland Medical Physics LLP", "Radiation protection adviser", "58,000",
     "Specialist service with no other local supplier", "Chief Financial Officer"],
]


def make_docx(path: Path) -> Path:
    trust = "Hallamby Hospitals NHS Foundation Trust"
    doc = docxgen.new("Colin Maybury", dt.datetime(2025, 2, 24, 14, 0), font=("Arial", 11))
    doc.core_properties.title = "Tender Waivers and Contract Extensions"
    docxgen.banner(doc, trust)
    doc.add_paragraph("Trust Board (public), 6 March 2025, agenda item 12")
    doc.add_paragraph("Tender Waivers and Contract Extensions", style="Title")
    doc.add_paragraph("Report of: Colin Maybury, Chief Financial Officer")
    doc.add_heading("1. Recommendation", level=1)
    doc.add_paragraph("1.1 The Board is asked to note the tender waivers over £50k approved between October "
                      "and December 2024 and the extension in section 4.")
    doc.add_heading("2. Background", level=1)
    doc.add_paragraph("2.1 The Trust's Standing Financial Instructions require competitive tenders for "
                      "contracts over £50k unless a waiver is approved. Waivers over £50k are reported to "
                      "the Board each quarter.")
    doc.add_heading("3. Tender waivers over £50k", level=1)
    doc.add_paragraph("Table 1: Tender waivers over £50k, October to December 2024")
    docxgen.table(doc, WAIVER_ROWS)
    doc.add_heading("4. Contract extensions", level=1)
    doc.add_heading("4.1 Orbis Endoscopy Ltd", level=2)
    doc.add_paragraph("The insourcing contract for weekend endoscopy lists has been extended by six months to "
                      "30 September 2025, at a cost of £240,000, while the Trust's new endoscopy suite is "
                      "built.")
    doc.add_heading("5. Risks", level=1)
    doc.add_paragraph("5.1 A high number of waivers could expose the Trust to challenge from suppliers that "
                      "were not given the chance to bid. The procurement team now checks every waiver "
                      "request against the regional frameworks before it is approved.")
    doc.add_paragraph("Contact: Colin Maybury, colin.maybury@nhs.net")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_pdf(PAPERS / PDF_NAME))
    print(make_docx(PAPERS / DOCX_NAME))
