"""Regenerate the two generated papers of the paraphrase round "risks" in tests/paraphrase/papers.

    .venv/bin/python tests/paraphrase/make_risks.py

* a DOCX built with python-docx: a district council's corporate risk register for its audit
  committee (cover table whose "Key Risks" field points to the appendix, a new risk stated in
  prose, and a register whose columns come in an unusual order under unusual names:
  Ref | Hazard | Lead | Consequence | Controls | L | I | RAG);
* a PDF built with tests/pdfgen.py: a community NHS trust's Board Assurance Framework (strategic
  risks as "Strategic Risk N: title" blocks with Cause / Effect / Key controls / Gaps in control /
  Actions / Executive lead / score lines, one block as a two-column Label | Value table under its title, and an emerging risk in
  prose).

All authorities, providers, people and figures are fictional.  The files are committed; the PDF rebuilds
byte for byte (fixed dates), the DOCX with the same text.
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


DOCX_NAME = "brackmere-dc_2025-03-05_audit-and-governance-committee_corporate-risk-register.docx"
PDF_NAME = "kilnworth-cht_2025-01-30_trust-board_board-assurance-framework.pdf"

REGISTER = [
    ["Ref", "Hazard", "Lead", "Consequence", "Controls", "L", "I", "RAG"],
    ["CR1", "The housing repairs contractor becomes insolvent", "Head of Housing",
     "The repairs backlog grows and tenants are left without urgent repairs",
     "Monthly credit checks on the contractor; a reserve list of two local firms", "3", "4", "Amber"],
    ["CR2", "Business rates income falls as town centre shops close", "Director of Resources",
     "A budget gap in 2025/26 that must be met from reserves",
     "Quarterly rates forecasting; town centre regeneration programme", "4", "3", "Amber"],
    ["CR3", "A cyber attack on the Council's network", "Chief Executive",
     "Loss of systems and data for several weeks",
     "Multi-factor authentication on all accounts; offline backups tested each quarter", "3", "5", "Red"],
    ["CR4", "The Local Plan is found unsound at examination", "Head of Planning",
     "Speculative housing appeals that the Council cannot defend",
     "Evidence base refreshed in 2024; legal counsel retained for the examination", "2", "4", "Amber"],
]


def make_docx(path: Path) -> Path:
    doc = docxgen.new("Owen Tarrant", dt.datetime(2025, 2, 20, 9, 0))
    docxgen.banner(doc, "BRACKMERE DISTRICT COUNCIL")
    docxgen.table(doc, [
        ["Report to", "Audit and Governance Committee"],
        ["Date of meeting", "5 March 2025"],
        ["Report title", "Corporate Risk Register: Quarter 3 2024/25"],
        ["Report author", "Owen Tarrant, Risk and Insurance Manager"],
        ["Key Risks", "See Appendix A"],
    ], header=False)

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("1.1 This report presents the Council's corporate risk register at the end of quarter 3 "
                      "of 2024/25.")
    doc.add_heading("2. Recommendation", level=1)
    doc.add_paragraph("2.1 That the Committee notes the corporate risk register and the actions taken since "
                      "the last meeting.")
    doc.add_heading("3. Background", level=1)
    doc.add_paragraph("3.1 The register is kept under the risk management strategy that the Committee "
                      "approved in 2023. Each risk is scored for likelihood (L) and impact (I) on a five-point "
                      "scale, and its RAG rating follows the combined score.")
    doc.add_heading("4. Changes since the last meeting", level=1)
    doc.add_paragraph("4.1 One risk has been added this quarter. The Council's hosting contract with Nimbleway "
                      "Hosting Ltd ends on 30 June 2025, and if a replacement is not in place by then the "
                      "Council may lose access to its housing and benefits systems; the ICT team has started a "
                      "call-off from a national framework so that a new contract can be signed in May.")
    doc.add_paragraph("4.2 The likelihood of CR2 has risen from 3 to 4 because two large stores closed in "
                      "January 2025.")
    doc.add_heading("Appendix A: Corporate risk register", level=1)
    docxgen.table(doc, REGISTER)
    doc.add_paragraph("Contact: Owen Tarrant, Risk and Insurance Manager, Brackmere District Council.")
    doc.save(str(path))
    return path


BAF_TABLE = [
    ["Cause", "Agency spending above plan and slippage in the efficiency programme."],
    ["Effect", "A deficit that needs support from the ICB and limits capital investment."],
    ["Key controls", "Monthly finance reports to the Board; vacancy control panel; agency spending cap."],
    ["Gaps in control", "Efficiency schemes for quarter 4 are not yet fully identified."],
    ["Actions", "Identify the remaining quarter 4 schemes by the end of February 2025."],
    ["Executive lead", "Director of Finance"],
    ["Current score", "15"],
]


def _lines(pdf, lines: list[str]) -> None:
    """Labelled lines of a BAF block, each wrapped as a paragraph of its own."""
    for line in lines:
        pdfgen.paragraph(pdf, line, size=10)


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header="Kilnworth Community Health NHS Trust - Trust Board 30 January 2025",
                       title="Board Assurance Framework - Quarter 3 2024/25", author="Director of Corporate Affairs")
    pdfgen.cover(pdf, "Kilnworth Community Health NHS Trust", [
        ["Meeting", "Trust Board (Public)"],
        ["Date", "30 January 2025"],
        ["Agenda item", "9"],
        ["Title", "Board Assurance Framework - Quarter 3 2024/25"],
        ["Executive lead", "Director of Corporate Affairs"],
        ["Key risks", "See section 3"],
    ])
    pdfgen.heading(pdf, "1. Purpose")
    pdfgen.paragraph(pdf, "1.1 This paper presents the Board Assurance Framework (BAF) at the end of quarter 3. "
                          "The Board approved its risk appetite statement in April 2024.")
    pdfgen.heading(pdf, "2. Recommendations")
    pdfgen.paragraph(pdf, "2.1 The Board is asked to:")
    pdfgen.bullet(pdf, "(a) approve the Board Assurance Framework for quarter 3; and", marker="")
    pdfgen.bullet(pdf, "(b) note the increased score of Strategic Risk 2.", marker="")
    pdfgen.heading(pdf, "3. Strategic risks")
    pdfgen.heading(pdf, "Strategic Risk 1: Demand for community nursing exceeds the capacity of the workforce",
                   size=11)
    _lines(pdf, [
        "Cause: A vacancy rate of 14% in district nursing and a rising number of housebound patients.",
        "Effect: Visits are delayed or missed and patients deteriorate at home.",
        "Key controls: Safer staffing reviews twice a year; daily caseload prioritisation; international "
        "recruitment of 30 nurses.",
        "Gaps in control: No electronic rostering in two localities.",
        "Actions: Electronic rostering to go live in all localities by May 2025.",
        "Executive lead: Chief Nurse",
        "Current score: 16",
    ])
    pdf.ln(3)
    pdfgen.heading(pdf, "Strategic Risk 2: The Trust cannot deliver its financial plan for 2024/25", size=11)
    pdfgen.table(pdf, BAF_TABLE, widths=[40, 130], ruled=True, header=None, size=9.5)
    pdfgen.heading(pdf, "Strategic Risk 3: A cyber incident disrupts clinical systems", size=11)
    _lines(pdf, [
        "Cause: Unsupported software on older clinical devices.",
        "Effect: Loss of access to patient records and cancelled appointments.",
        "Key controls: Patching to national standards; annual penetration testing; business continuity plans "
        "in every service.",
        "Gaps in control: 40 older devices cannot yet be patched.",
        "Actions: Replace the remaining devices by June 2025.",
        "Executive lead: Chief Information Officer",
        "Current score: 12",
    ])
    pdf.ln(3)
    pdfgen.heading(pdf, "4. Emerging risks")
    pdfgen.paragraph(pdf, "4.1 The community equipment contract with Stowe Equipment Services Ltd ends in "
                          "September 2025. If a new provider is not appointed in time, patients may wait longer "
                          "for equipment when they leave hospital. The procurement will start in February 2025 "
                          "so that a contract can be awarded by July.")
    pdfgen.paragraph(pdf, "4.2 The Trust has a low appetite for risks to patient safety, and every strategic "
                          "risk above 15 is reviewed by the Quality Committee each month.")
    pdfgen.paragraph(pdf, "Author: Director of Corporate Affairs, Kilnworth Community Health NHS Trust.")
    return pdfgen.save(pdf, path)


def main():
    make_docx(PAPERS / DOCX_NAME)
    make_pdf(PAPERS / PDF_NAME)


if __name__ == "__main__":
    main()
