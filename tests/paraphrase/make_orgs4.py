"""Regenerate round orgs4's generated paraphrase paper (organisations named in ways the set lacked).

    .venv/bin/python tests/paraphrase/make_orgs4.py

* a PDF (tests/pdfgen.py): a community foundation trust's board paper naming a second foundation trust
  (then called "the Foundation Trust"), universities written both ways round, and a subcontract table
  whose narrow Provider column wraps names with `&` over two lines.

All authorities, providers, people and figures are fictional.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
sys.path.insert(0, str(HERE.parent))

import pdfgen  # noqa: E402

PDF_NAME = "marlowvale-chft_2025-03-27_trust-board_partnership-contracts.pdf"
TRUST = "Marlowvale Community Health NHS Foundation Trust"


def make_pdf(path: Path) -> Path:
    title = "Partnership and Subcontract Register"
    pdf = pdfgen.Paper(running_header=f"{TRUST} - Trust Board", title=title, author=TRUST)
    pdf.add_page()
    pdfgen.heading(pdf, TRUST, size=15)
    pdfgen.table(pdf, [
        ["Meeting", "Trust Board"],
        ["Date of meeting", "27 March 2025"],
        ["Report title", title],
        ["Executive lead", "Director of Finance"],
    ], widths=[45, 125], header=None)
    pdfgen.heading(pdf, "1. Purpose")
    pdfgen.paragraph(pdf, "1.1 This paper sets out the services the Trust buys from other bodies and asks the "
                          "Board to approve one extension.")
    pdfgen.heading(pdf, "2. Acute partner")
    pdfgen.paragraph(pdf, "2.1 The Trust buys pathology from Brackenridge University Hospitals NHS Foundation "
                          "Trust under a service level agreement worth £1.4m a year. The Foundation Trust also "
                          "reports the Trust's plain x-rays within that agreement.")
    pdfgen.heading(pdf, "3. Subcontracts")
    pdfgen.paragraph(pdf, "3.1 The table below lists the Trust's subcontracts.")
    pdfgen.table(pdf, [
        ["Provider", "Service", "Annual value (£)", "Ends"],
        ["Harbour & Dale Community Care CIC", "Night sitting service", "265,000", "31/03/2026"],
        ["University of Kestlebury", "Evaluation of virtual wards", "48,000", "30/09/2025"],
        ["Priory Road Surgery", "Community phlebotomy hub", "56,000", "31/03/2026"],
        ["Fenwold Hospice at Home", "Rapid response end of life care", "330,000", "31/03/2026"],
    ], widths=[34, 62, 34, 30])
    pdfgen.paragraph(pdf, "3.2 Marlowvale University provides the Trust's preceptorship programme for newly "
                          "qualified nurses under a contract worth £72,000 a year.")
    pdfgen.paragraph(pdf, "3.3 The Care Quality Commission rated Harbour & Dale Community Care CIC Good in "
                          "October 2024.")
    pdfgen.heading(pdf, "4. Risks")
    pdfgen.paragraph(pdf, "4.1 There is a risk that the night sitting service cannot recruit enough staff for "
                          "the winter; the Trust and Harbour & Dale will agree a shared staff bank by "
                          "30 September 2025.")
    pdfgen.heading(pdf, "5. Recommendations")
    pdfgen.paragraph(pdf, "5.1 The Board is asked to:")
    pdfgen.bullet(pdf, "note the register of partnership contracts; and")
    pdfgen.bullet(pdf, "approve the extension of the rapid response contract with Fenwold Hospice at Home "
                       "to 31 March 2027.")
    return pdfgen.save(pdf, path)


if __name__ == "__main__":
    print(make_pdf(PAPERS / PDF_NAME))
