"""Regenerate the paraphrase papers of round `parties` that are generated (contract parties).

    .venv/bin/python tests/paraphrase/make_parties.py

* a PDF built with tests/pdfgen.py: an NHS foundation trust's board paper about its own
  subcontracts (the trust is the provider of its head contract with the ICB and the commissioner
  of its subcontracts), a Provider | Service | Annual value (£000s) | End date table whose
  providers carry no legal suffix, "X were commissioned by the Trust to carry out S", a
  per-procedure price, an approval threshold and income that are not contracts;
* a DOCX built with python-docx: a Scottish IJB paper issuing directions to a health board and a
  council ("Directions to NHS X and X Council", both providers, the IJB the commissioner), a
  Direction | Issued to | Functions table, "X has been appointed by the Council as the provider
  of S", "S was awarded to X by the Council", a budget, a savings target and a weekly rate.

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


TRUST_PDF = "brantholme-hft_2025-02-27_trust-board_clinical-subcontracts.pdf"
IJB_DOCX = "glenmorrow-ijb_2025-03-26_ijb_directions-2025-26.docx"

SUBCONTRACTS = [
    ["Provider", "Service", "Annual value (£000s)", "End date"],
    ["Clearview", "Cataract surgery", "1,450", "31/03/2026"],
    ["Northgate Diagnostics", "Non-obstetric ultrasound", "880", "30/09/2025"],
    ["Kindred", "Non-emergency patient transport", "2,100", "31/03/2027"],
    ["Brantholme Hospice", "Palliative care in-reach to wards", "310", "31/03/2026"],
]


def make_trust_pdf(path: Path) -> Path:
    title = "Clinical Subcontracts Register 2024/25"
    pdf = pdfgen.Paper(running_header="Brantholme Hospitals NHS Foundation Trust", title=title,
                       author="Colin Ashworth")
    pdfgen.cover(pdf, "Brantholme Hospitals NHS Foundation Trust", [
        ["Meeting:", "Board of Directors (Public)"],
        ["Date:", "27 February 2025"],
        ["Agenda item:", "11"],
        ["Title:", title],
        ["Presented by:", "Colin Ashworth, Director of Finance"],
        ["Purpose:", "Approval"],
    ], widths=(40, 130), ruled=True, size=15)
    pdfgen.heading(pdf, "1. Purpose")
    pdfgen.paragraph(pdf, "1.1 NHS Fenwold Integrated Care Board (the ICB) commissions the Trust's acute "
                          "hospital services under an NHS Standard Contract worth £318m in 2024/25. To meet "
                          "waiting time standards the Trust subcontracts part of that activity, and some "
                          "support services, to other providers. This paper presents the register of those "
                          "subcontracts.")
    pdfgen.heading(pdf, "2. Subcontracts in place")
    pdfgen.paragraph(pdf, "2.1 The subcontracts held by the Trust are:")
    pdfgen.table(pdf, SUBCONTRACTS, widths=[42, 66, 32, 30], ruled=True, header="bold", size=9)
    pdfgen.paragraph(pdf, "2.2 Clearview is paid £2,150 for each cataract procedure above the planned "
                          "volume. The Standing Financial Instructions require Board approval of any "
                          "subcontract worth more than £500,000 a year.")
    pdfgen.paragraph(pdf, "2.3 Separately, Cardinal Audit were commissioned by the Trust to carry out an "
                          "independent audit of clinical coding in January 2025; their report will come to the "
                          "Audit Committee in May 2025.")
    pdfgen.heading(pdf, "3. Financial implications")
    pdfgen.paragraph(pdf, "3.1 Subcontract costs are met from the Trust's contract income. The Trust also "
                          "received £4.2m of elective recovery funding from NHS England in 2024/25.")
    pdfgen.heading(pdf, "4. Risk")
    pdfgen.paragraph(pdf, "4.1 There is a risk that subcontracted cataract activity falls short of plan and "
                          "waiting times rise; this will be mitigated by monthly activity reviews with each "
                          "provider.")
    pdfgen.heading(pdf, "5. Recommendations")
    pdfgen.paragraph(pdf, "The Board is asked to:")
    pdfgen.bullet(pdf, "note the register of clinical subcontracts;", marker="a)")
    pdfgen.bullet(pdf, "approve the extension of the ultrasound subcontract with Northgate Diagnostics to "
                       "31 March 2026.", marker="b)")
    return pdfgen.save(pdf, path)


def make_ijb_docx(path: Path) -> Path:
    doc = docxgen.new("Morag Lindsay", dt.datetime(2025, 3, 14, 9, 0), font=("Arial", 11))
    docxgen.banner(doc, "Glenmorrow Integration Joint Board")
    docxgen.table(doc, [
        ["Meeting date:", "26 March 2025"],
        ["Agenda item:", "7"],
        ["Title:", "Directions to NHS Glenmorrow and Glenmorrow Council 2025/26"],
        ["Report by:", "Morag Lindsay, Chief Officer"],
        ["Purpose:", "Decision"],
    ], header=False)
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("1.1 Under the Public Bodies (Joint Working) (Scotland) Act 2014 the Glenmorrow Integration "
                      "Joint Board (the IJB) directs its two partners to deliver the functions delegated to it. "
                      "This report sets out the directions to NHS Glenmorrow and Glenmorrow Council for "
                      "2025/26.")
    doc.add_heading("2. Recommendations", level=1)
    doc.add_paragraph("The IJB is asked to:")
    doc.add_paragraph("a) approve the directions for 2025/26 summarised in section 3;")
    doc.add_paragraph("b) instruct the Chief Officer to issue the directions to both partners by 31 March 2025;")
    doc.add_paragraph("c) note the commissioned services described in section 4.")
    doc.add_heading("3. Directions for 2025/26", level=1)
    doc.add_paragraph("3.1 Each direction says what the partner is to deliver from 1 April 2025:")
    docxgen.table(doc, [
        ["Direction", "Issued to", "Functions"],
        ["GIJB/25/01", "NHS Glenmorrow", "Community nursing, allied health professions and primary care "
                                          "improvement"],
        ["GIJB/25/02", "Glenmorrow Council", "Adult social work, care at home and residential care"],
    ])
    doc.add_heading("4. Services commissioned for the IJB", level=1)
    doc.add_paragraph("4.1 Heatherbank Care has been appointed by the Council as the provider of overnight care "
                      "at home in the west locality, from 1 May 2025.")
    doc.add_paragraph("4.2 The independent advocacy contract was awarded to Thistle Advocacy, a registered "
                      "charity, by the Council in 2023 and runs until 30 June 2026.")
    doc.add_heading("5. Financial implications", level=1)
    doc.add_paragraph("5.1 The IJB's budget for 2025/26 is £298.4m, including a set-aside budget of £41m for "
                      "hospital services. A savings target of £6.1m is built into the budget. Care home "
                      "placements are paid at the national care home contract rate of £1,010 per week.")
    doc.add_heading("6. Risk", level=1)
    doc.add_paragraph("6.1 If directions are not issued before 1 April 2025, the partners would have no clear "
                      "instruction for the new financial year; to prevent this, the directions will be issued "
                      "on the day after this meeting.")
    doc.save(str(path))
    return path


def main() -> None:
    print(make_trust_pdf(PAPERS / TRUST_PDF))
    print(make_ijb_docx(PAPERS / IJB_DOCX))


if __name__ == "__main__":
    main()
