"""Regenerate the two generated papers of the paraphrase round "risks6" in tests/paraphrase/papers.

    .venv/bin/python tests/paraphrase/make_risks6.py

* a PDF built with tests/pdfgen.py: a district council's corporate risk register on a landscape page,
  long enough to run over two pages with its header row repeated, whose mitigation column is called
  "Controls in place", whose ratings read "4 x 4 = 16 (Red)" and which has a "Further actions" column;
  an executive summary names the red risks again (each risk is one fact);
* a DOCX built with python-docx: an ICB programme highlight report with a "Key risks and issues" table
  (Ref | Description | Response | Owner | RAG) whose R-rows are risks and whose I-rows are issues
  (things that have happened: not risks), and bullet risks each followed by a "Mitigation:" sub-bullet.

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


PDF_NAME = "kettleby-dc_2025-03-25_audit-and-standards-committee_corporate-risk-register.pdf"
DOCX_NAME = "askern-vale-icb_2025-05-14_finance-and-performance-committee_elective-recovery-highlight-report.docx"

REGISTER = [
    ["Ref", "Risk", "Owner", "Inherent rating", "Controls in place", "Residual rating", "Further actions"],
    ["CR01", "The Council cannot set a balanced budget for 2026/27 because demand-led costs keep rising "
             "faster than income.", "Chief Finance Officer", "4 x 5 = 20 (Red)",
     "Medium term financial plan refreshed each quarter; spending controls panel reviews every post and "
     "every order over £5,000.", "3 x 4 = 12 (Amber)", "Savings proposals for 2026/27 to Cabinet in July 2025."],
    ["CR02", "A cyber attack encrypts the Council's systems and stops services such as benefits and "
             "council tax for several weeks.", "Head of Digital", "4 x 5 = 20 (Red)",
     "Offline backups tested monthly; multi-factor authentication on all accounts; annual penetration "
     "test.", "4 x 4 = 16 (Red)", "Replace the unsupported planning system by December 2025."],
    ["CR03", "Demand for temporary accommodation exceeds the supply of suitable units, so families are "
             "placed in bed and breakfast beyond the six-week limit.", "Head of Housing",
     "5 x 4 = 20 (Red)", "Private sector leasing scheme of 40 units; weekly placement panel; "
                         "prevention fund for rent arrears.", "4 x 4 = 16 (Red)",
     "Business case for buying 20 homes to Cabinet in June 2025."],
    ["CR04", "Loss of key staff in planning and building control leaves the Council unable to meet "
             "statutory deadlines for applications.", "Director of Place", "3 x 4 = 12 (Amber)",
     "Market supplement for hard-to-fill posts; two apprentices in planning; agency framework "
     "in place.", "3 x 3 = 9 (Amber)", "Shared building control service with a neighbouring council "
                                       "being explored."],
    ["CR05", "The waste collection fleet breaks down more often as it ages, so rounds are missed.",
     "Head of Environmental Services", "3 x 3 = 9 (Amber)",
     "Maintenance contract with guaranteed response times; two spare vehicles kept.",
     "2 x 3 = 6 (Green)", "Fleet replacement plan to Cabinet in September 2025."],
    ["CR06", "A serious incident at a Council event or venue harms members of the public.",
     "Head of Leisure and Culture", "2 x 5 = 10 (Amber)",
     "Event safety advisory group reviews every large event; venue risk assessments reviewed "
     "annually.", "2 x 4 = 8 (Amber)", "None."],
    ["CR07", "The Council fails to meet its duty to protect personal data, leading to a fine and loss of "
             "trust.", "Monitoring Officer", "3 x 4 = 12 (Amber)",
     "Mandatory data protection training; information asset register; breach reporting procedure.",
     "2 x 4 = 8 (Amber)", "Refresh the records retention schedule by September 2025."],
    ["CR08", "Flooding of the Kettle valley closes homes and roads and the Council cannot provide rest "
             "centres quickly enough.", "Emergency Planning Manager", "3 x 4 = 12 (Amber)",
     "Multi-agency flood plan exercised each winter; sandbag stores at three depots; rest centre "
     "agreements with two schools.", "2 x 4 = 8 (Amber)", "Add a third rest centre in the north of the "
                                                            "district."],
]


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header="Kettleby District Council - Audit and Standards Committee - 25 March 2025",
                       title="Corporate Risk Register - Quarter 3 2024/25", author="Corporate Risk Officer")
    pdfgen.cover(pdf, "Kettleby District Council", [
        ["Committee", "Audit and Standards Committee"],
        ["Date", "25 March 2025"],
        ["Report title", "Corporate Risk Register - Quarter 3 2024/25"],
        ["Report author", "Nadia Foster, Corporate Risk Officer"],
        ["Risk implications", "The report is about risk; the register is at Appendix A"],
    ])
    pdfgen.heading(pdf, "1. Purpose")
    pdfgen.paragraph(pdf, "1.1 To present the Council's corporate risk register at the end of quarter 3 of "
                          "2024/25 for the Committee to review.")
    pdfgen.heading(pdf, "2. Recommendation")
    pdfgen.paragraph(pdf, "2.1 That the Committee reviews the corporate risk register and notes the two risks "
                          "rated red after controls.")
    pdfgen.heading(pdf, "3. Executive summary")
    pdfgen.paragraph(pdf, "3.1 Eight risks are on the register. Two remain red after controls: CR02, a cyber "
                          "attack, and CR03, the demand for temporary accommodation. CR01, the budget gap, has "
                          "fallen from red to amber since quarter 2 because the medium term financial plan now "
                          "shows a balanced position for 2025/26.")
    pdfgen.paragraph(pdf, "3.2 Ratings are likelihood x impact on a five-point scale: 15 or more is red, 8 to 12 "
                          "amber and 6 or less green.")
    pdfgen.heading(pdf, "4. Financial and legal implications")
    pdfgen.paragraph(pdf, "4.1 There are no direct financial or legal implications of noting the register.")
    pdf.add_page(orientation="L")
    pdfgen.heading(pdf, "Appendix A - Corporate Risk Register, Quarter 3 2024/25", size=11)
    pdfgen.table(pdf, REGISTER, widths=[13, 52, 27, 24, 68, 24, 49], ruled=True, header="bold",
                 repeat_header=True, size=9)
    pdfgen.paragraph(pdf, "Register maintained by the Corporate Risk Officer. Next review: June 2025.", size=9)
    return pdfgen.save(pdf, path)


def make_docx(path: Path) -> Path:
    doc = docxgen.new("Programme Office", dt.datetime(2025, 5, 6, 9, 0))
    docxgen.banner(doc, "NHS Askern Vale Integrated Care Board")
    docxgen.table(doc, [
        ["Meeting", "Finance and Performance Committee"],
        ["Date of meeting", "14 May 2025"],
        ["Paper title", "Elective Recovery Programme - highlight report"],
        ["Presented by", "Director of Planned Care"],
        ["Purpose", "For assurance"],
    ], header=False)
    doc.add_heading("1. Recommendation", level=2)
    doc.add_paragraph("The Committee is asked to take assurance from the progress of the Elective Recovery "
                      "Programme and the actions in hand on its key risks and issues.")
    doc.add_heading("2. Progress", level=2)
    doc.add_paragraph("The number of patients waiting more than 65 weeks fell from 412 in January to 96 at the "
                      "end of April 2025. Kestrel Surgical Ltd provides additional orthopaedic operations at "
                      "its Askern clinic under a contract worth £9.6m a year, which started on 1 April 2025.")
    doc.add_heading("3. Key risks and issues", level=2)
    doc.add_paragraph("Risks (R) may happen; issues (I) are already happening and are managed as problems.")
    docxgen.table(doc, [
        ["Ref", "Description", "Response", "Owner", "RAG"],
        ["R1", "Theatre staff vacancies at Askern Vale Hospitals could force the cancellation of weekend "
               "lists from July.", "Recruitment of 14 theatre practitioners from overseas; bank rates "
                                   "raised for weekend sessions.", "Chief Nurse", "Amber"],
        ["R2", "Industrial action by resident doctors may lead to further cancellations of planned "
               "operations.", "Consultant cover rotas agreed in advance; day-case lists protected.",
         "Medical Director", "Red"],
        ["I1", "The second endoscopy room has been closed since March because of a ventilation fault.",
         "Repair ordered; patients offered appointments at Kestrel Surgical Ltd meanwhile.",
         "Director of Estates", "Red"],
        ["R3", "Patients transferred to the independent sector may not return for follow-up, so pathways "
               "stay open on the waiting list.", "Validation team checks every transferred pathway each "
                                                "month.", "Head of Performance", "Green"],
        ["I2", "Referrals for dermatology are running 18% above plan this year.",
         "Advice and guidance service extended to all practices.", "Clinical Lead", "Amber"],
    ])
    doc.add_heading("4. Risks to the 2025/26 plan", level=2)
    doc.add_paragraph("The plan for 2025/26 carries two further risks:")
    doc.add_paragraph("The national tariff uplift for 2025/26 is lower than the cost increases providers face, "
                      "so activity bought from the independent sector could fall short of plan.",
                      style="List Bullet")
    doc.add_paragraph("Mitigation: activity is bought on a cost-and-volume basis with a cap agreed for each "
                      "quarter.", style="List Bullet 2")
    doc.add_paragraph("Digital patient letters depend on a supplier's new platform, whose launch has already "
                      "slipped once.", style="List Bullet")
    doc.add_paragraph("Mitigation: paper letters continue until the platform has run live for three months.",
                      style="List Bullet 2")
    doc.add_heading("5. Next report", level=2)
    doc.add_paragraph("The next highlight report will come to the Committee on 9 July 2025.")
    doc.add_paragraph("Rhian Caddick, Director of Planned Care")
    doc.save(str(path))
    return path


def main():
    make_pdf(PAPERS / PDF_NAME)
    make_docx(PAPERS / DOCX_NAME)


if __name__ == "__main__":
    main()
