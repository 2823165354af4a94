"""Regenerate round meta5's generated paraphrase papers (cover layouts and key dates the set had not).

    .venv/bin/python tests/paraphrase/make_meta5.py

* a PDF (tests/pdfgen.py): a city council cabinet report on letterhead (the council's name
  in capitals over its address), a report number beside a title that runs over two lines,
  the meeting and its date only in the page footer ("Page 1 of 2 | Cabinet 14.03.25"), and a
  procurement timetable as a Milestone | Date table with a date range for mobilisation;
* a DOCX (tests/docxgen.py): a Welsh county borough council's bilingual cover table
  ("Enw'r Pwyllgor / Name of Committee", Welsh and English values split by " / "), a
  consultation that opens and closes, a quarter of a financial year and a relative date.

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

PDF_NAME = "wickmoor-cc_2025-03-14_cabinet_household-waste-recycling-centres.pdf"
DOCX_NAME = "llanfeurig-cbc_2025-06-10_cabinet_home-to-school-transport-policy.docx"


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header=None, footer="Page {page} of {pages} | Cabinet 14.03.25")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "WICKMOOR CITY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Civic Centre, Corn Street, Wickmoor WK1 3AP  |  www.wickmoor.gov.uk",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Report No. CAB/25/031", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "Household Waste Recycling Centres:", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "Re-let of the Operating Contract", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdfgen.paragraph(pdf, "Report of: Director of Environment and Neighbourhoods")
    pdfgen.heading(pdf, "1. Purpose", size=11)
    pdfgen.paragraph(pdf, "1.1 This report seeks approval to re-let the contract to run the city's two household "
                          "waste recycling centres at Moor Lane and Bridgefoot.")
    pdfgen.heading(pdf, "2. Background", size=11)
    pdfgen.paragraph(pdf, "2.1 Both centres are run for the Council by Greenloop Resource Management Ltd under a "
                          "contract worth £1.4m a year, which ends on 30 September 2025 and cannot be extended "
                          "further.")
    pdfgen.paragraph(pdf, "2.2 Early market engagement in February 2025 showed at least four operators interested. "
                          "The new contract is expected to cost around £1.5m a year because of higher haulage "
                          "prices.")
    pdfgen.heading(pdf, "3. Timetable", size=11)
    pdfgen.table(pdf, [
        ["Milestone", "Date"],
        ["Invitation to tender issued", "7 April 2025"],
        ["Tenders returned", "19 May 2025"],
        ["Contract award", "1 July 2025"],
        ["Mobilisation", "1 July to 30 September 2025"],
        ["Go-live", "1 October 2025"],
    ], widths=[80, 60])
    pdfgen.paragraph(pdf, "3.1 The new contract will run from 1 October 2025 to 30 September 2032, with an "
                          "option to extend by up to two years.")
    pdf.add_page()
    pdfgen.heading(pdf, "4. Risks", size=11)
    pdfgen.paragraph(pdf, "4.1 There is a risk that too few operators bid because of the short tender period; "
                          "this will be mitigated by publishing the specification in draft a month early.")
    pdfgen.heading(pdf, "5. Recommendations", size=11)
    pdfgen.paragraph(pdf, "5.1 That Cabinet approves the re-letting of the household waste recycling centres "
                          "contract on the timetable set out in section 3.")
    pdfgen.paragraph(pdf, "5.2 That Cabinet delegates the award of the contract to the Director of Environment "
                          "and Neighbourhoods in consultation with the Cabinet Member for Environment.")
    pdfgen.paragraph(pdf, "Contact officer: Marcus Deveraux, Waste Services Manager")
    return pdfgen.save(pdf, path)


def make_docx(path: Path) -> Path:
    doc = docxgen.new("Gwasanaethau Democrataidd", dt.datetime(2025, 5, 28, 9, 0))
    docxgen.banner(doc, "Cyngor Bwrdeistref Sirol Llanfeurig", size=13)
    docxgen.banner(doc, "Llanfeurig County Borough Council", size=13)
    docxgen.table(doc, [
        ["Enw'r Pwyllgor / Name of Committee", "Y Cabinet / Cabinet"],
        ["Dyddiad y Cyfarfod / Date of Meeting", "10 Mehefin 2025 / 10 June 2025"],
        ["Teitl yr Adroddiad / Report Title",
         "Polisi Cludiant o'r Cartref i'r Ysgol 2026/27 / Home to School Transport Policy 2026/27"],
        ["Adroddiad gan / Report by", "Cyfarwyddwr Addysg / Director of Education"],
        ["Pwrpas / Purpose", "Penderfyniad / Decision"],
    ], header=False)
    doc.add_heading("1. Purpose of the report", level=2)
    doc.add_paragraph("To seek approval to consult on a revised home to school transport policy for the "
                      "2026/27 school year.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph("Home to school transport is provided under contracts with fourteen operators. The "
                      "largest is Teifi Ridge Coaches Ltd, whose contract for secondary school routes is worth "
                      "£640,000 a year.")
    doc.add_paragraph("Spending on the service has risen by 22% in two years while pupil numbers have fallen.")
    doc.add_heading("3. Consultation and timetable", level=2)
    doc.add_paragraph("A public consultation will open on 16 June 2025 and closes on 8 August 2025. Officers will "
                      "report its results to Cabinet in Q3 2025/26, and the revised policy would apply from "
                      "September 2026.")
    doc.add_paragraph("Parents will be told of any change to their child's transport within six weeks of the "
                      "final decision.")
    doc.add_heading("4. Risks", level=2)
    doc.add_paragraph("There is a risk that the consultation receives few responses from rural families; this "
                      "will be mitigated by drop-in sessions at the four secondary schools.")
    doc.add_heading("5. Recommendations", level=2)
    doc.add_paragraph("It is recommended that Cabinet:")
    doc.add_paragraph("(a) approves public consultation on the draft policy in Appendix 1; and")
    doc.add_paragraph("(b) notes the consultation timetable in section 3.")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_pdf(PAPERS / PDF_NAME))
    print(make_docx(PAPERS / DOCX_NAME))
