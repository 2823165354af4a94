"""Build the decisions6-round paraphrase papers that need a binary format:

* a Welsh county borough cabinet's minutes as a PDF: "RESOLVED (unanimously) -", "RESOLVED: That"
  with lettered sub-items running over a page break, a report's recommendations "agreed en bloc",
  a recommendation "approved subject to the following amendment:" and a decision reconsidered after
  a call-in;
* a Scottish IJB minute as a DOCX: "The Board: a) noted ... b) approved ...", "DECISION: The IJB
  agreed ...", a motion carried on a division against an amendment, and an action log table whose
  actions are not decisions.

Fictional authorities only.  Run from the repository root:

    .venv/bin/python tests/paraphrase/make_decisions6.py

The generated files are committed beside the other papers; rebuilding them gives the same text.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
sys.path.insert(0, str(HERE.parent))

import pdfgen  # noqa: E402

PDF_NAME = "cwm-teifion-cbc_2025-10-08_cabinet_minutes.pdf"
DOCX_NAME = "glenlochy-ijb_2025-09-24_integration-joint-board_minute.docx"

# Long enough discussion that item 2's lettered resolution runs over the page break.
TRANSPORT_DISCUSSION = [
    "The Cabinet Member for Education introduced the report on the review of the home to school transport "
    "policy. The review had been carried out because the cost of home to school transport had risen by 38 per "
    "cent in three years, and because the walking route assessments on which eligibility depends had not been "
    "updated since 2016.",
    "The Head of Education Transport explained that 212 walking routes had been reassessed over the summer by "
    "the road safety team; 19 routes had been found to be unavailable and the pupils living along them would "
    "become eligible for free transport. Three routes previously treated as unavailable were now available "
    "following the new footway on the Heol Fach road.",
    "Members asked how parents would be told of the changes. The Head of Education Transport said that every "
    "family affected would receive a letter by the end of the autumn term and that the school admissions "
    "booklet would carry the new policy.",
    "Councillor Gareth Pugh asked whether post-16 transport was affected. The Cabinet Member said it was not: "
    "the post-16 policy would be reviewed separately next year.",
    "Members also discussed the school bus contracts, several of which end in July 2026. The Head of "
    "Education Transport advised that extending the Dyffryn Coaches Ltd contract for the Ysgol Bro Teifion "
    "routes would avoid re-tendering while the new policy beds in.",
]


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header="Cwm Teifion County Borough Council - Cabinet - 8 October 2025",
                       title="Cabinet minutes 8 October 2025")
    pdf.add_page()
    pdfgen.heading(pdf, "CYNGOR BWRDEISTREF SIROL CWM TEIFION", size=14)
    pdfgen.heading(pdf, "CWM TEIFION COUNTY BOROUGH COUNCIL", size=14)
    pdfgen.heading(pdf, "Minutes of the meeting of the Cabinet held in the Council Chamber, Canolfan Teifion, "
                        "on Wednesday, 8 October 2025 at 10.00 am")
    pdfgen.paragraph(pdf, "Present: Councillor Eleri Vaughan (Leader, in the Chair); Councillors Gareth Pugh, "
                          "Siân Rowlands, Dafydd Morgan, Alun Price and Catrin Howells.")
    pdfgen.paragraph(pdf, "Also present: Chief Executive; Corporate Director of Education; Head of Education "
                          "Transport; Head of Libraries; Monitoring Officer.")
    pdfgen.heading(pdf, "1. MINUTES", size=11)
    pdfgen.paragraph(pdf, "RESOLVED (unanimously) - That the minutes of the meeting held on 10 September 2025 "
                          "be approved as a correct record and signed by the Chair.")
    pdfgen.heading(pdf, "2. HOME TO SCHOOL TRANSPORT POLICY REVIEW", size=11)
    for text in TRANSPORT_DISCUSSION:
        pdfgen.paragraph(pdf, text)
    pdfgen.paragraph(pdf, "Following discussion, it was")
    pdfgen.paragraph(pdf, "RESOLVED: That")
    pdfgen.paragraph(pdf, "(a) the revised Home to School Transport Policy at Appendix 1 be approved for the "
                          "2026/27 school year;")
    pdfgen.paragraph(pdf, "(b) the results of the walking route assessments be published on the Council's "
                          "website by 1 December 2025;")
    pdfgen.paragraph(pdf, "(c) the contract with Dyffryn Coaches Ltd for the Ysgol Bro Teifion routes be "
                          "extended to 31 July 2027 at a cost of £142,000;")
    pdfgen.paragraph(pdf, "(d) authority be delegated to the Head of Education Transport, in consultation with "
                          "the Cabinet Member for Education, to make minor changes to the policy; and")
    pdfgen.paragraph(pdf, "(e) the policy be reviewed again in 2027.")
    pdfgen.heading(pdf, "3. WELSH LANGUAGE STANDARDS ANNUAL REPORT 2024/25", size=11)
    pdfgen.paragraph(pdf, "The Cabinet Member for Corporate Services presented the annual report on compliance "
                          "with the Welsh Language Standards. The report recommended that Cabinet:")
    pdfgen.paragraph(pdf, "(i) notes the Welsh Language Standards annual report for 2024/25; and")
    pdfgen.paragraph(pdf, "(ii) approves the report for publication on the Council's website by 30 November "
                          "2025.")
    pdfgen.paragraph(pdf, "There were no questions. The recommendations were agreed en bloc.")
    pdfgen.heading(pdf, "4. LIBRARY OPENING HOURS", size=11)
    pdfgen.paragraph(pdf, "The Head of Libraries set out the proposed opening hours for the nine branch "
                          "libraries, which would save £64,000 a year. Councillor Catrin Howells proposed that "
                          "Pontfaen library keep its Saturday morning opening, which is used by families, and "
                          "this was seconded by Councillor Alun Price.")
    pdfgen.paragraph(pdf, "The recommendation was approved subject to the following amendment: that Pontfaen "
                          "library keeps its Saturday morning opening from 9.30 am to 12.30 pm.")
    pdfgen.heading(pdf, "5. DECISION REFERRED BACK: RECYCLING CENTRE BOOKING SYSTEM", size=11)
    pdfgen.paragraph(pdf, "The Cabinet's decision of 10 September 2025 to require bookings at both household "
                          "recycling centres had been called in, and the Scrutiny Committee - Communities had "
                          "referred it back to Cabinet for reconsideration, asking that drop-in visits be allowed "
                          "on weekday afternoons.")
    pdfgen.paragraph(pdf, "Having reconsidered the decision in the light of the Scrutiny Committee's comments, "
                          "Cabinet confirmed its original decision with one change: drop-in visits will be "
                          "allowed on weekday afternoons from 1 November 2025.")
    pdfgen.paragraph(pdf, "The meeting closed at 11.55 am.")
    return pdfgen.save(pdf, path)


IJB_ITEMS = [
    ("1. Welcome and Apologies", [
        "The Chair welcomed members. Apologies were received from Councillor Ross Menzies and Dr Ailsa Grant.",
    ]),
    ("2. Minute of Previous Meeting", [
        "The minute of the meeting of 25 June 2025 was submitted.",
        "DECISION: The IJB agreed the minute as an accurate record.",
    ]),
    ("3. Financial Recovery Plan 2025/26", [
        "There was submitted a report by the Chief Finance Officer setting out a projected overspend of "
        "£3.4 million for 2025/26, driven by prescribing costs and the use of agency nurses, and a recovery "
        "plan to bring spending back within budget.",
        "Councillor Morag Finlay, seconded by Councillor Iain Baird, moved as an amendment that the proposed "
        "reduction in day care places be removed from the plan. On a division, 4 members voted for the "
        "amendment and 6 for the motion. The motion was accordingly carried.",
        "The Board:",
        "a) noted the projected overspend of £3.4 million for 2025/26;",
        "b) approved the financial recovery plan set out in Appendix 1; and",
        "c) instructed the Chief Officer to report progress against the plan to each meeting of the IJB.",
    ]),
    ("4. Care at Home Commissioning", [
        "The Head of Commissioning reported that Heatherglen Care Ltd, which delivers care at home in the "
        "north locality under a contract with Glenlochy Council worth £1.9 million a year, had given notice "
        "that it would withdraw from the contract on 31 January 2026.",
        "Following discussion, the Board approved the issue of a direction to Glenlochy Council to "
        "re-tender the north locality care at home contract, and agreed that a report on the tender "
        "outcome be brought to the IJB in December 2025.",
    ]),
    ("5. Clinical and Care Governance Annual Report", [
        "The Chief Nurse presented the annual report of the Clinical and Care Governance Committee.",
        "DECISION: The IJB noted the report.",
    ]),
    ("6. Date of Next Meeting", [
        "The next meeting will be held on Wednesday 26 November 2025 at 2.00pm.",
    ]),
]

IJB_ACTIONS = [
    ("No.", "Action", "Lead", "Due"),
    ("1", "Report progress against the financial recovery plan", "Chief Officer", "26 November 2025"),
    ("2", "Prepare tender documents for north locality care at home", "Head of Commissioning",
     "31 October 2025"),
    ("3", "Circulate the governance annual report to the Glenlochy Council audit committee", "Chief Nurse",
     "10 October 2025"),
]


def make_docx(path: Path) -> Path:
    doc = Document()
    doc.core_properties.author = "Glenlochy Health and Social Care Partnership"
    doc.core_properties.title = "Integration Joint Board minute 24 September 2025"
    doc.add_heading("Glenlochy Integration Joint Board", level=1)
    doc.add_paragraph("Minute of Meeting of the Glenlochy Integration Joint Board held on Wednesday 24 September "
                      "2025 at 2.00pm in the Council Chambers, Glenlochy House, Fort Lochy.")
    doc.add_paragraph("Present: Voting members: Councillor Morag Finlay, Councillor Iain Baird, Councillor Jean "
                      "Macrae (Chair), Elspeth Ross (NHS Glenlochy), Donald Kerr (NHS Glenlochy), Mairi Stewart "
                      "(NHS Glenlochy). In attendance: Chief Officer; Chief Finance Officer; Chief Nurse; Head of "
                      "Commissioning.")
    for heading, paragraphs in IJB_ITEMS:
        doc.add_heading(heading, level=2)
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.add_heading("Action Log", level=2)
    table = doc.add_table(rows=0, cols=len(IJB_ACTIONS[0]))
    table.style = "Table Grid"
    for row in IJB_ACTIONS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    doc.save(path)
    return path


if __name__ == "__main__":
    print(make_pdf(PAPERS / PDF_NAME))
    print(make_docx(PAPERS / DOCX_NAME))
