"""Regenerate the paraphrase papers of round `parties6` that are generated (providers and parties).

    .venv/bin/python tests/paraphrase/make_parties6.py

* a DOCX built with python-docx: a county council children's committee report on short breaks
  whose providers are named in a section title ("3. Clearbrook Short Breaks: quality"), in a
  Provider | Ofsted rating | Places | Nights delivered table, in a bulleted "current providers"
  list and acronym-first ("AYP (Aldermoor Youth Partnership CIC) runs ..."); Ofsted and a funder
  are no providers;
* a PDF built with tests/pdfgen.py: a foundation trust's board paper on outsourced and insourced
  services, "NHS X ICB commissions the Trust to provide S" (the trust the provider), section titles
  naming a provider ("4. Medivue: endoscopy insourcing"), "delivery by X", "X's contract",
  "S is outsourced to X", a per-report price and a royal college's guidance that are no contracts.

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


COUNCIL_DOCX = "aldermoor-cc_2025-03-24_childrens-services-committee_short-breaks-providers.docx"
TRUST_PDF = "kestrelbrook-hft_2025-05-29_board-of-directors_outsourced-clinical-services.pdf"


def make_council_docx(path: Path) -> Path:
    doc = docxgen.new("Priya Holloway", dt.datetime(2025, 3, 10, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "Aldermoor County Council")
    docxgen.table(doc, [
        ["Committee", "Children's Services Committee"],
        ["Date", "24 March 2025"],
        ["Title", "Short breaks for disabled children: providers and quality"],
        ["Report of", "Assistant Director, Children with Disabilities"],
    ], header=False)
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("1.1 This report tells the Committee who provides short breaks for disabled children "
                      "in Aldermoor and how well they are doing, and seeks approval for the next steps.")
    doc.add_heading("2. Current providers", level=1)
    doc.add_paragraph("2.1 The current providers of overnight and day short breaks are:")
    for name in ["Clearbrook Short Breaks;", "Wrenwick House; and", "Tumbledown Play CIC."]:
        doc.add_paragraph(name, style="List Bullet")
    doc.add_paragraph("2.2 All three are inspected by Ofsted. The Harlan Trust funds an extra summer "
                      "scheme through a charitable grant paid directly to families.")
    doc.add_heading("3. Clearbrook Short Breaks: quality", level=1)
    doc.add_paragraph("3.1 Ofsted rated the Clearbrook home Good in January 2025, up from Requires "
                      "Improvement. Clearbrook's manager has been in post since September 2024.")
    doc.add_heading("4. Places and nights delivered in 2024/25", level=1)
    docxgen.table(doc, [
        ["Provider", "Ofsted rating", "Places", "Nights delivered"],
        ["Clearbrook Short Breaks", "Good", "6", "1,840"],
        ["Wrenwick House", "Outstanding", "4", "1,310"],
        ["Tumbledown Play CIC", "Good", "20 (day)", "n/a"],
    ])
    doc.add_heading("5. Youth inclusion", level=1)
    doc.add_paragraph("5.1 AYP (Aldermoor Youth Partnership CIC) runs inclusive youth clubs for disabled "
                      "teenagers on behalf of the Council in three towns.")
    doc.add_heading("6. Recommendations", level=1)
    doc.add_paragraph("The Committee is recommended to:")
    doc.add_paragraph("(a) note the quality of the short breaks providers;")
    doc.add_paragraph("(b) approve the extension of the short breaks arrangements to 30 September 2026; and")
    doc.add_paragraph("(c) receive a further report on overnight capacity in October 2025.")
    doc.save(str(path))
    return path


def make_trust_pdf(path: Path) -> Path:
    title = "Outsourced and insourced clinical services"
    pdf = pdfgen.Paper(running_header="Kestrelbrook Hospitals NHS Foundation Trust", title=title,
                       author="Dominic Farrant")
    pdfgen.cover(pdf, "Kestrelbrook Hospitals NHS Foundation Trust", [
        ["Meeting:", "Board of Directors (Public)"],
        ["Date:", "29 May 2025"],
        ["Agenda item:", "14"],
        ["Title:", title],
        ["Presented by:", "Dominic Farrant, Chief Operating Officer"],
    ], widths=(40, 130), ruled=True, size=15)
    pdfgen.heading(pdf, "1. Purpose")
    pdfgen.paragraph(pdf, "1.1 NHS Kestrelbrook ICB commissions the Trust to provide acute hospital services "
                          "for the county. To keep waiting times down the Trust buys some clinical work from "
                          "independent providers. This paper sets out those arrangements.")
    pdfgen.heading(pdf, "2. Radiology reporting")
    pdfgen.paragraph(pdf, "2.1 Overnight radiology reporting is outsourced to Telerad Partners, which reports "
                          "CT scans within one hour at £38 per report. The Royal College of Radiologists' "
                          "guidance on outsourced reporting is followed.")
    pdfgen.heading(pdf, "3. Dermatology")
    pdfgen.paragraph(pdf, "3.1 Delivery by Skinwise of the community dermatology clinics began in January "
                          "2025. Skinwise's contract runs to 31 December 2026.")
    pdfgen.heading(pdf, "4. Medivue: endoscopy insourcing")
    pdfgen.paragraph(pdf, "4.1 Medivue brings its own teams into the Trust's endoscopy suite at weekends. The "
                          "insourcing arrangement was reviewed by the Care Quality Commission during its "
                          "inspection in March 2025 and no concerns were raised.")
    pdfgen.heading(pdf, "5. Recommendations")
    pdfgen.paragraph(pdf, "The Board is asked to:")
    pdfgen.bullet(pdf, "note the outsourced and insourced clinical services;", marker="a)")
    pdfgen.bullet(pdf, "approve the extension of the Medivue insourcing arrangement to 31 March 2026.",
                  marker="b)")
    return pdfgen.save(pdf, path)


def main() -> None:
    print(make_council_docx(PAPERS / COUNCIL_DOCX))
    print(make_trust_pdf(PAPERS / TRUST_PDF))


if __name__ == "__main__":
    main()
