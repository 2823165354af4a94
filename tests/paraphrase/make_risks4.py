"""Regenerate the two generated papers of the paraphrase round "risks4" in tests/paraphrase/papers.

    .venv/bin/python tests/paraphrase/make_risks4.py

* a PDF built with tests/pdfgen.py: a district council's strategic risk register for its audit
  committee, exported landscape with its columns in an unusual order
  (Ref | Owner | Risk description | Cause | Consequence | Current score | Controls | Target score),
  cells wrapping over several lines and the rows carried on to the next page without the header;
  a risk appetite statement and "low" target scores that are no risks;
* a DOCX built with python-docx: a Scottish IJB paper whose key risks are set out as
  "(a) ...; (b) ...; and (c) ..." in one paragraph with their mitigations in the next paragraph
  keyed by the same letters; its cover table's "Risk" cell points to section 5.

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


PDF_NAME = "wraxley-dc_2025-03-11_audit-committee_strategic-risk-register.pdf"
DOCX_NAME = "lochandean-ijb_2025-03-19_integration-joint-board_care-at-home-capacity-plan.docx"

REGISTER = [
    ["Ref", "Owner", "Risk description", "Cause", "Consequence", "Current score", "Controls", "Target score"],
    ["SR01", "Director of Resources",
     "The Council cannot set a balanced budget for 2026/27 without drawing on its general reserve",
     "Funding settlement below inflation; rising temporary accommodation costs",
     "Services are cut at short notice",
     "16 (4x4)",
     "Medium-term financial plan refreshed each autumn; savings programme monitored monthly by the "
     "Corporate Management Team; spending controls on all non-essential purchases",
     "9"],
    ["SR02", "Head of Housing",
     "Demand for temporary accommodation continues to exceed the supply of affordable placements",
     "Private rented sector evictions; a shortage of social lets",
     "Families placed in bed and breakfast beyond six weeks",
     "20 (5x4)",
     "Prevention team working with landlords to sustain tenancies; purchase of 24 homes for use as "
     "temporary accommodation; weekly placement review meeting",
     "12"],
    ["SR03", "Chief Executive",
     "The Council does not meet its statutory duties during a major incident at the Wraxley chemical works",
     "Too few trained loggists and rest centre managers",
     "Residents are not evacuated or sheltered safely",
     "12 (3x4)",
     "Emergency plan exercised every year with the Local Resilience Forum; duty emergency officer rota; "
     "mutual aid agreement with the neighbouring districts",
     "8"],
    ["SR04", "Head of Digital Services",
     "A ransomware attack encrypts the Council's servers and backups",
     "Phishing e-mails; unsupported software on some desktop computers",
     "Council services unavailable for weeks and personal data lost",
     "15 (3x5)",
     "Immutable cloud backups; multi-factor authentication; phishing training for every member of "
     "staff; replacement of unsupported desktops by June 2025",
     "10"],
    ["SR05", "Director of Place",
     "The town centre regeneration scheme loses its Levelling Up funding because works start late",
     "Delays in acquiring the former bus station site",
     "A funding gap of up to £6m on the scheme",
     "12 (3x4)",
     "Compulsory purchase order made as a fallback; monthly programme board with the funder; "
     "early contractor involvement agreement signed",
     "6"],
    ["SR06", "Head of Environmental Services",
     "The waste collection contractor fails to recruit enough HGV drivers to run every round",
     "National shortage of drivers; higher pay offered by logistics firms",
     "Missed bin collections and complaints from residents",
     "9 (3x3)",
     "Contract performance meetings every month; contractor's driver academy with Wraxley College; "
     "agency drivers on call",
     "6"],
]


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header="Wraxley District Council - Audit Committee - 11 March 2025",
                       title="Strategic Risk Register - Quarter 3 2024/25", author="Corporate Risk Officer")
    pdfgen.cover(pdf, "Wraxley District Council", [
        ["Committee", "Audit Committee"],
        ["Date", "11 March 2025"],
        ["Title", "Strategic Risk Register - Quarter 3 2024/25"],
        ["Report of", "Corporate Risk Officer"],
        ["Wards affected", "All"],
    ])
    pdfgen.heading(pdf, "1. Purpose of the report")
    pdfgen.paragraph(pdf, "1.1 This report presents the Council's strategic risk register as at 31 December 2024, "
                          "exported from the risk management system.")
    pdfgen.heading(pdf, "2. Recommendation")
    pdfgen.paragraph(pdf, "2.1 That the Audit Committee reviews the strategic risk register and notes the new "
                          "risk SR06.")
    pdfgen.heading(pdf, "3. Risk appetite")
    pdfgen.paragraph(pdf, "3.1 The Council is willing to accept a moderate level of risk in pursuing the "
                          "regeneration of the town centre, but has a low tolerance of risk where the health and "
                          "safety of residents or staff is concerned.")
    pdfgen.paragraph(pdf, "3.2 Each risk is scored as likelihood times impact on a five-point scale. A target "
                          "score of 8 or less is treated as low and is not reported to the Committee again unless "
                          "it rises.")
    pdfgen.heading(pdf, "4. Changes since the last report")
    pdfgen.paragraph(pdf, "4.1 SR06 is new. The waste collection contract with Harlow Vale Environmental Ltd runs "
                          "until 31 March 2029 and the contractor has told officers that eleven driver posts are "
                          "vacant.")
    pdfgen.paragraph(pdf, "4.2 The register is set out in Appendix 1 in the layout the risk management system "
                          "exports.")
    pdf.add_page(orientation="L")
    pdfgen.heading(pdf, "Appendix 1 - Strategic Risk Register (export)", size=11)
    pdfgen.paragraph(pdf, "Exported from the risk management system on 14 February 2025. Risks are listed in "
                          "order of reference. The current score is the score with today's controls in place; the "
                          "target score is the score the owner expects once the controls are fully working. Risks "
                          "closed during the quarter are not shown. Owners review their risks each month and the "
                          "Corporate Management Team reviews the whole register each quarter.", size=10)
    pdfgen.table(pdf, REGISTER, widths=[13, 24, 44, 36, 34, 17, 56, 17], ruled=True, header="shaded",
                 repeat_header=False, size=10.5)
    pdfgen.paragraph(pdf, "Scores: likelihood x impact. Report produced by the Corporate Risk Officer, "
                          "Wraxley District Council.", size=8)
    return pdfgen.save(pdf, path)


def make_docx(path: Path) -> Path:
    doc = docxgen.new("Morag Ainslie", dt.datetime(2025, 3, 7, 10, 0))
    docxgen.banner(doc, "LOCHANDEAN INTEGRATION JOINT BOARD")
    docxgen.table(doc, [
        ["Meeting", "Integration Joint Board"],
        ["Date", "19 March 2025"],
        ["Title", "Care at Home Capacity Plan 2025/26"],
        ["Report by", "Morag Ainslie, Chief Officer"],
        ["Risk", "Yes - see section 5"],
    ], header=False)
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("1.1 This report sets out how the Partnership will add 2,500 hours a week of care at home "
                      "capacity during 2025/26 so that people can leave hospital when they are ready.")
    doc.add_heading("2. Recommendations", level=1)
    doc.add_paragraph("2.1 The Integration Joint Board is asked to:")
    doc.add_paragraph("a) approve the Care at Home Capacity Plan 2025/26; and")
    doc.add_paragraph("b) instruct the Chief Officer to report progress to the Board in September 2025.")
    doc.add_heading("3. Background", level=1)
    doc.add_paragraph("3.1 Care at home is provided by the Council's in-house service and by Glenview Home Care "
                      "Ltd, which holds a contract with the Partnership for the rural localities worth £3.1m a "
                      "year until 31 October 2026.")
    doc.add_paragraph("3.2 At the end of February 2025, 46 people were waiting in hospital for a package of care.")
    doc.add_heading("4. Financial implications", level=1)
    doc.add_paragraph("4.1 The plan costs £1.4m in 2025/26 and is met from the Partnership's earmarked "
                      "reserve for delayed discharge.")
    doc.add_heading("5. Risks", level=1)
    doc.add_paragraph("5.1 The key risks to the plan are: (a) recruitment of 40 care at home workers falls short, "
                      "so that people stay in hospital longer than they need to; (b) the new scheduling system "
                      "is not ready when the rural rounds are redesigned in June 2025; and (c) fuel and "
                      "mileage costs rise faster than the 4% allowed in the budget.")
    doc.add_paragraph("5.2 In response: (a) a rolling recruitment campaign with Lochandean College's care "
                      "academy began in January; (b) the old scheduling system will be kept running alongside "
                      "the new one until it has been tested; and (c) mileage rates will be reviewed every "
                      "quarter by the finance team.")
    doc.add_paragraph("5.3 The Board's risk appetite for delayed discharge is low, and the plan is consistent "
                      "with it.")
    doc.add_heading("6. Equalities", level=1)
    doc.add_paragraph("6.1 An equality impact assessment found no negative impacts.")
    doc.add_paragraph("Morag Ainslie, Chief Officer, Lochandean Health and Social Care Partnership")
    doc.save(str(path))
    return path


def main():
    make_pdf(PAPERS / PDF_NAME)
    make_docx(PAPERS / DOCX_NAME)


if __name__ == "__main__":
    main()
