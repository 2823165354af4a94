"""Build the decisions5-round paraphrase paper that needs a binary format: a place partnership
board's action notes as a DOCX, in the short "Agreed: ..." / "Action: ... (owner, date)" style
many partnership boards and programme boards keep instead of formal minutes, with an action log
table at the end.  Actions are not decisions; the "Agreed:" and "Noted:" lines are.  Fictional
authorities only.  Run from the repository root:

    .venv/bin/python tests/paraphrase/make_decisions5.py

The generated file is committed beside the other papers; rebuilding it gives the same text
(the DOCX zip's timestamps differ, its text does not).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
DOCX_NAME = "brackenvale-council_2025-09-09_place-partnership-board_action-notes.docx"

ITEMS = [
    ("1. Welcome, apologies and notes of the last meeting", [
        "Sam Kitto welcomed everyone. Apologies: Ruth Penna (Brackenvale CVS) and Dr Ian Moss.",
        "The notes of the meeting on 8 July 2025 were reviewed; there were no corrections.",
        "Agreed: the notes of 8 July 2025 are an accurate record.",
        "Action: Publish the notes on the partnership web page (SK, 12 September).",
    ]),
    ("2. Community mental health hubs", [
        "Key points:",
        "- The Northgate pilot hub has seen 412 people since March, two thirds of them self-referred.",
        "- Waiting times for a first conversation are under five days.",
        "- Eastholme has the highest rate of crisis referrals in the borough and no hub.",
        "Agreed: to extend the Northgate pilot hub to 31 March 2026 and to open a second hub in "
        "Eastholme from January 2026.",
        "Action: Draft heads of terms for the Eastholme premises (RP, 30 September).",
        "Action: Bring hub activity and outcome data to the next meeting (LM, 11 November).",
    ]),
    ("3. Social prescribing service", [
        "Brackenvale Council funds the social prescribing service delivered by Brackenvale CVS under a "
        "contract worth £310,000 a year, which ends on 31 March 2026. Referrals have risen by a third "
        "since the link workers moved into the primary care networks.",
        "Agreed: the Board recommends that the Council extends the contract with Brackenvale CVS for "
        "twelve months while the joint review of prevention services is completed.",
        "Action: Take the extension to the Cabinet Member for Adult Social Care for decision "
        "(HT, 15 October).",
    ]),
    ("4. Winter vaccination communications", [
        "The joint communications plan for winter vaccinations was presented; the campaign launches on "
        "1 October 2025 with pop-up clinics in the three libraries.",
        "Noted: the winter vaccination communications plan.",
        "Action: Share the pop-up clinic timetable with GP practices (FG, 26 September).",
    ]),
    ("5. Any other business", [
        "None raised.",
    ]),
]

ACTION_LOG = [
    ("Ref", "Action", "Owner", "Due", "Status"),
    ("0909/1", "Publish the notes on the partnership web page", "SK", "12 September", "Open"),
    ("0909/2", "Draft heads of terms for the Eastholme premises", "RP", "30 September", "Open"),
    ("0909/3", "Bring hub activity and outcome data to the next meeting", "LM", "11 November", "Open"),
    ("0909/4", "Take the social prescribing extension to the Cabinet Member", "HT", "15 October", "Open"),
    ("0909/5", "Share the pop-up clinic timetable with GP practices", "FG", "26 September", "Open"),
]


def build(path: Path) -> None:
    doc = Document()
    doc.core_properties.author = "Brackenvale Council"
    doc.core_properties.title = "Place Partnership Board action notes"
    doc.add_heading("Brackenvale Place Partnership Board", level=1)
    doc.add_paragraph("Action notes of the meeting held on Tuesday 9 September 2025, 2.00pm, via Microsoft Teams")
    doc.add_paragraph("Hosted by Brackenvale Council on behalf of the partnership.")
    doc.add_paragraph("Attendees: Sam Kitto (Chair, Brackenvale Council); Harriet Tresize (Brackenvale Council); "
                      "Liam Mears (Brackenvale Mind); Rachel Pascoe (Brackenvale Council Estates); "
                      "Fran Gilbert (Public Health)")
    for heading, paragraphs in ITEMS:
        doc.add_heading(heading, level=2)
        for text in paragraphs:
            if text.startswith("- "):
                doc.add_paragraph(text[2:], style="List Bullet")
            else:
                doc.add_paragraph(text)
    doc.add_heading("Action log", level=2)
    table = doc.add_table(rows=0, cols=len(ACTION_LOG[0]))
    table.style = "Table Grid"
    for row in ACTION_LOG:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    doc.add_paragraph("Date of next meeting: Tuesday 11 November 2025, 2.00pm")
    doc.save(path)


if __name__ == "__main__":
    build(PAPERS / DOCX_NAME)
    print(PAPERS / DOCX_NAME)
