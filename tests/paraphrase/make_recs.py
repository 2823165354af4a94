"""Regenerate the paraphrase papers of round `recs` that are generated (recommendations).

    .venv/bin/python tests/paraphrase/make_recs.py

* a PDF built with tests/pdfgen.py: a borough council audit committee report whose
  upper-case RECOMMENDATIONS heading holds numbered items 2.1 / 2.2 and, after a page
  break, 2.3, then "Reason for recommendation:"; a second ask later, "Members are asked
  to: i. ...; ii. ...; iii. ..." run into one paragraph; signature, appendix and contact
  blocks after it;
* a DOCX built with python-docx: an ICB board paper whose asks sit in a recommendations
  table (No. | Recommendation | Reason) after "The decisions sought are:", a "Recommendation:
  That ..." line in its own section, and "The Board is invited to note ..." in the body.

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


AUDIT_PDF = "wexley-bc_2025-03-26_audit-committee_internal-audit-plan.pdf"
ICB_DOCX = "lanthorn-icb_2025-01-22_board_community-diagnostics.docx"


def make_audit_pdf(path: Path) -> Path:
    title = "Internal Audit Plan 2025/26 and Treasury Management Update"
    pdf = pdfgen.Paper(running_header="Wexley Borough Council - Audit Committee", title=title,
                       author="Martin Oyelaran")
    pdfgen.cover(pdf, "Wexley Borough Council", [
        ["Committee:", "Audit Committee"],
        ["Date of meeting:", "26 March 2025"],
        ["Title:", title],
        ["Report of:", "Martin Oyelaran, Chief Internal Auditor"],
        ["Status:", "Open"],
    ], widths=(45, 125), ruled=True, size=16)
    pdfgen.heading(pdf, "1. PURPOSE OF REPORT")
    pdfgen.paragraph(pdf, "1.1 This report presents the internal audit plan for 2025/26 and an update on "
                          "treasury management for the first nine months of 2024/25.")
    pdfgen.heading(pdf, "2. RECOMMENDATIONS")
    pdfgen.paragraph(pdf, "2.1 That the Committee approves the Internal Audit Plan 2025/26 at Appendix 1.")
    pdfgen.paragraph(pdf, "2.2 That the Committee notes that the internal audit service is provided by "
                          "Tessaly Audit Partnership under a contract worth £142,000 a year, which runs until "
                          "31 March 2027.")
    pdf.add_page()
    pdfgen.paragraph(pdf, "2.3 That the Committee asks the Chief Internal Auditor to report progress "
                          "against the plan at each meeting.")
    pdfgen.paragraph(pdf, "Reason for recommendation: The Accounts and Audit Regulations require the "
                          "Council to maintain an effective internal audit of its risk management, control "
                          "and governance.")
    pdfgen.heading(pdf, "3. THE AUDIT PLAN")
    pdfgen.paragraph(pdf, "3.1 The plan provides for 610 audit days, the same as in 2024/25. It gives priority "
                          "to cyber security, the housing repairs contract and payroll.")
    pdfgen.heading(pdf, "4. RISK")
    pdfgen.paragraph(pdf, "4.1 There is a risk that vacancies in the audit team leave the plan undelivered; "
                          "this will be mitigated by buying additional days from the partnership's framework.")
    pdfgen.heading(pdf, "5. TREASURY MANAGEMENT")
    pdfgen.paragraph(pdf, "5.1 At 31 December 2024 the Council held investments of £38.5m and borrowing of "
                          "£72m. No new borrowing has been taken out this year.")
    pdfgen.paragraph(pdf, "5.2 Members are asked to: i. note the treasury management position at 31 December "
                          "2024; ii. approve the revised counterparty limit of £5m for each UK bank; and iii. "
                          "agree that the Treasury Management Strategy 2025/26 is referred to full Council on "
                          "23 April 2025.")
    pdfgen.paragraph(pdf, "Signed: Martin Oyelaran, Chief Internal Auditor")
    pdfgen.paragraph(pdf, "Appendix 1 - Internal Audit Plan 2025/26")
    pdfgen.paragraph(pdf, "Contact officer: Martin Oyelaran, audit@wexley.gov.uk")
    return pdfgen.save(pdf, path)


def make_icb_docx(path: Path) -> Path:
    doc = docxgen.new("Sunita Rao", dt.datetime(2025, 1, 10, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "NHS Lanthorn Integrated Care Board")
    docxgen.table(doc, [
        ["Meeting:", "Board (Public)"],
        ["Date:", "22 January 2025"],
        ["Title:", "Community Diagnostic Centre Programme"],
        ["Presented by:", "Sunita Rao, Director of Strategy"],
        ["Purpose:", "Decision"],
    ], header=False)
    doc.add_heading("1. Decisions sought", level=1)
    doc.add_paragraph("The decisions sought are:")
    docxgen.table(doc, [
        ["No.", "Recommendation", "Reason"],
        ["1", "Approve the outline business case for the Lanthorn Community Diagnostic Centre at Fairfield "
              "Park.", "The centre adds 48,000 tests a year outside hospital sites."],
        ["2", "Agree that the ICB enters a contract with Vistascan Diagnostics Ltd to run the centre, at "
              "£3.4m a year for five years from 1 October 2025.", "Vistascan scored highest in the "
                                                                   "procurement."],
        ["3", "Delegate approval of the full business case to the Finance and Performance Committee.",
         "To keep the opening date of 1 October 2025."],
    ])
    doc.add_heading("2. Background", level=1)
    doc.add_paragraph("2.1 Waiting lists for MRI and CT in Lanthorn have grown by a third since 2023. The "
                      "Community Diagnostic Centre programme aims to move routine tests out of the acute "
                      "hospitals.")
    doc.add_paragraph("2.2 The capital cost of £7.9m is met from the national Community Diagnostic Centre "
                      "programme allocation.")
    doc.add_heading("3. Waiting list position", level=1)
    doc.add_paragraph("3.1 At the end of November 2024, 6,420 patients were waiting for a diagnostic test, "
                      "1,150 of them longer than six weeks. The Board is invited to note the diagnostic "
                      "waiting list position and the trajectory to recover the six-week standard by March 2026.")
    doc.add_heading("4. Patient transport", level=1)
    doc.add_paragraph("4.1 Patients who are eligible will be taken to the centre by the existing patient "
                      "transport provider, Lanthorn Ambulance Services CIC.")
    doc.add_paragraph("Recommendation: That the Board asks the Director of Strategy to report on patient "
                      "transport to the centre before it opens.")
    doc.add_heading("5. Risk", level=1)
    doc.add_paragraph("5.1 There is a risk that radiographer vacancies delay the opening; this will be "
                      "mitigated by a joint recruitment campaign with the acute trust.")
    doc.add_paragraph("Author: Sunita Rao, Director of Strategy")
    doc.save(str(path))
    return path


def main() -> None:
    print(make_audit_pdf(PAPERS / AUDIT_PDF))
    print(make_icb_docx(PAPERS / ICB_DOCX))


if __name__ == "__main__":
    main()
