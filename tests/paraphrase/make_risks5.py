"""Regenerate the two generated papers of the paraphrase round "risks5" in tests/paraphrase/papers.

    .venv/bin/python tests/paraphrase/make_risks5.py

* a PDF built with tests/pdfgen.py: a Scottish IJB paper on its prescribing budget whose risks are
  stated only in the "Financial implications" and "Directions" paragraphs, in money words
  ("a pressure of around £1.5m, which the budget does not cover", "the IJB's exposure to ...",
  "any delay would leave a shortfall against ..."), with no risk heading at all;
* a DOCX built with python-docx: a district council audit committee's minutes where each risk is
  attributed to the officer who raised it ("The Director of Finance highlighted the risk that ...",
  "drew the Committee's attention to the risk of ...", "The external auditor warned that ... posed a
  risk to ...") and the reply comes in the next sentence.

All authorities, providers, people and figures are fictional.  The PDF rebuilds byte for byte
(fixed dates), the DOCX with the same text.
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


PDF_NAME = "strathmuir-ijb_2025-03-26_integration-joint-board_prescribing-budget-2025-26.pdf"
DOCX_NAME = "hartcliffe-vale-dc_2025-02-25_audit-and-governance-committee_minutes.docx"


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header="Strathmuir Integration Joint Board - 26 March 2025 - Item 7",
                       title="Prescribing Budget 2025/26", author="Chief Finance Officer")
    pdfgen.cover(pdf, "Strathmuir Integration Joint Board", [
        ["Meeting", "Integration Joint Board"],
        ["Date", "26 March 2025"],
        ["Title", "Prescribing Budget 2025/26"],
        ["Report by", "Fiona Baird, Chief Finance Officer"],
        ["Direction required", "Yes - to NHS Strathmuir"],
    ])
    pdfgen.heading(pdf, "1. Purpose")
    pdfgen.paragraph(pdf, "1.1 This report sets the prescribing budget for 2025/26 and the direction the IJB "
                          "gives NHS Strathmuir to deliver it.")
    pdfgen.heading(pdf, "2. Recommendations")
    pdfgen.paragraph(pdf, "2.1 The Integration Joint Board is asked to:")
    pdfgen.text_lines(pdf, [
        "a) approve a prescribing budget of £48.2m for 2025/26;",
        "b) approve the direction to NHS Strathmuir set out in Appendix 1; and",
        "c) note the financial pressures described in section 4.",
    ])
    pdfgen.heading(pdf, "3. Background")
    pdfgen.paragraph(pdf, "3.1 Prescribing in primary care is delegated to the IJB and delivered by NHS "
                          "Strathmuir through the 41 GP practices in the area. Spending in 2024/25 is forecast at "
                          "£47.1m.")
    pdfgen.heading(pdf, "4. Financial implications")
    pdfgen.paragraph(pdf, "4.1 The budget of £48.2m assumes growth in the number of items of 2% and no change in "
                          "average prices.")
    pdfgen.paragraph(pdf, "4.2 Price rises for medicines in short supply are expected to create a pressure of "
                          "around £1.5m, which the budget does not cover. The Chief Finance Officer will hold £0.8m "
                          "of the IJB's general reserve against this pressure, and the prescribing efficiency "
                          "programme aims to save the remaining £0.7m.")
    pdfgen.paragraph(pdf, "4.3 The IJB's exposure to the new weight-loss medicines is harder to estimate: if "
                          "prescribing grows as it has in neighbouring areas, the cost could reach £2m a year by "
                          "2026/27. A prescribing protocol agreed with the Area Drug and Therapeutics Committee "
                          "limits the new medicines to patients who meet the national criteria.")
    pdfgen.heading(pdf, "5. Directions")
    pdfgen.paragraph(pdf, "5.1 Direction SIJB-2025-07 is issued to NHS Strathmuir to deliver primary care "
                          "prescribing within the budget of £48.2m from 1 April 2025 to 31 March 2026.")
    pdfgen.paragraph(pdf, "5.2 Delivery of the direction depends on NHS Strathmuir recruiting four care home "
                          "pharmacists; any delay in filling the posts would leave a shortfall against the £0.7m "
                          "savings target. The health board has agreed to cover care home medication reviews from "
                          "its practice pharmacist team until the posts are filled.")
    pdfgen.heading(pdf, "6. Equalities")
    pdfgen.paragraph(pdf, "6.1 An equality impact assessment has been completed and is published with the papers.")
    pdfgen.paragraph(pdf, "Fiona Baird, Chief Finance Officer, Strathmuir Health and Social Care Partnership",
                     size=10)
    return pdfgen.save(pdf, path)


def make_docx(path: Path) -> Path:
    doc = docxgen.new("Committee Services", dt.datetime(2025, 3, 3, 9, 0))
    docxgen.banner(doc, "HARTCLIFFE VALE DISTRICT COUNCIL")
    doc.add_paragraph("Minutes of the meeting of the Audit and Governance Committee held at the Council "
                      "Offices, Hartcliffe, on Tuesday 25 February 2025 at 6.30 pm")
    doc.add_paragraph("Present: Councillor R. Mehta (Chair), Councillors J. Abbott, S. Clarke, P. Duffy and "
                      "L. Greaves; Mr K. Lowe (independent member).")
    doc.add_paragraph("Officers: Director of Finance (Section 151 Officer), Head of Internal Audit, "
                      "Monitoring Officer, Democratic Services Officer. Also present: the external auditor.")
    doc.add_heading("1. Apologies for absence", level=2)
    doc.add_paragraph("Apologies were received from Councillor T. Winter.")
    doc.add_heading("2. Minutes", level=2)
    doc.add_paragraph("RESOLVED: That the minutes of the meeting held on 26 November 2024 be approved as a "
                      "correct record.")
    doc.add_heading("3. Treasury Management Strategy 2025/26", level=2)
    doc.add_paragraph("The Director of Finance, presenting the strategy, highlighted the risk that the "
                      "failure of a bank holding Council deposits could cost the Council up to £4m. Deposits "
                      "are now spread across at least six counterparties, with no more than £2m placed with any "
                      "one of them.")
    doc.add_paragraph("RESOLVED: That the Committee recommends the Treasury Management Strategy 2025/26 to "
                      "Council for approval.")
    doc.add_heading("4. Internal audit progress report", level=2)
    doc.add_paragraph("The Head of Internal Audit drew the Committee's attention to the risk of duplicate "
                      "supplier payments going undetected since the finance system upgrade in October. A "
                      "monthly duplicate-payment check had been added to the audit plan and the first run had "
                      "found none.")
    doc.add_paragraph("Members asked about the limited assurance opinion on the housing rents audit. The Head of "
                      "Internal Audit confirmed that all six actions had been agreed with management.")
    doc.add_paragraph("RESOLVED: That the internal audit progress report be noted.")
    doc.add_heading("5. External audit plan 2024/25", level=2)
    doc.add_paragraph("The external auditor warned that the late closure of the 2023/24 accounts posed a risk to "
                      "the Council meeting the statutory deadline for the 2024/25 accounts. The Director of "
                      "Finance reported that two interim accountants had been engaged until June to clear the "
                      "backlog.")
    doc.add_paragraph("RESOLVED: That the external audit plan for 2024/25 be noted.")
    doc.add_heading("6. Work programme", level=2)
    doc.add_paragraph("RESOLVED: That the work programme be agreed, with the strategic risk register added to "
                      "the meeting on 22 April 2025.")
    doc.add_paragraph("The meeting closed at 7.55 pm.")
    doc.add_paragraph("Chair ....................................")
    doc.save(str(path))
    return path


def main():
    make_pdf(PAPERS / PDF_NAME)
    make_docx(PAPERS / DOCX_NAME)


if __name__ == "__main__":
    main()
