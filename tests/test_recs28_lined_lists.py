"""(e28) Minutes reporting a paper's asks as lines inside one minute's cell: "The paper recommended the
following:" and its bulleted (or verb-led) lines are the paper's recommendations, an item cut by a page
break running on into the next row; a lead-in with no ask cue, and the minute's prose after the list, give none."""
from __future__ import annotations

import pytest
from docx import Document

from committee_papers.pipeline import read_and_extract


def _minutes(path, body_rows):
    document = Document()
    document.add_paragraph("HARTWELL COMMUNITY LEISURE LTD")
    document.add_paragraph("Minutes of the Board of Directors held on 12 June 2025")
    table = document.add_table(rows=len(body_rows), cols=2)
    for row, (number, text) in enumerate(body_rows):
        table.cell(row, 0).text = number
        table.cell(row, 1).text = text
    document.save(path)
    return [r.text for r in read_and_extract(str(path))[2].recommendations]


@pytest.mark.parametrize("rows, items", [
    # bullet signs the reader drops, an item cut at the page break
    ([("6.", "Pool Refurbishment\nThe Facilities Manager presented the refurbishment report. This report recommends "
             "the following:\n• Approve the pool hall works at a cost of £85,000.\n• Fund the works from the building reserve"),
      ("", "over two years.\n• Agree to close the pool for six weeks in August. The Directors asked about lessons.\n"
           "The Chair noted the timetable.")],
     ["Approve the pool hall works at a cost of £85,000.", "Fund the works from the building reserve over two years.",
      "Agree to close the pool for six weeks in August."]),
    # a Word list's "o" drawn as a letter, the minute's next sentence run onto the last line
    ([("4.", "Reserves\nThe Treasurer's paper proposed the following:\no To move £20,000 to the building reserve.\n"
             "o To review the reserves policy each autumn. Directors welcomed the paper.\nThe Chair thanked the Treasurer.")],
     ["To move £20,000 to the building reserve.", "To review the reserves policy each autumn."]),
    # dashes, the lead-in a past-tense report's
    ([("9.", "Café Lease\nThe General Manager presented the café paper. The report recommended the following: "
             "– To renew the café lease at Ashby Library for three years. – To seek a tenant for the Fenby café. "
             "The Board were in full agreement.")],
     ["To renew the café lease at Ashby Library for three years.", "To seek a tenant for the Fenby café."]),
])
def test_a_papers_asks_listed_in_a_minute_are_its_recommendations(tmp_path, rows, items):
    assert _minutes(tmp_path / "minutes.docx", rows) == items


@pytest.mark.parametrize("rows", [
    # a paper's contents, no ask
    [("5.", "Performance\nThe paper covered the following:\no Visits rose by a tenth.\no Sickness fell in the spring.")],
    # bulleted lines with no lead-in before them
    [("5.", "Performance\nThe Manager gave the highlights.\no To date visits have risen.\no Approvals of new members rose.")],
])
def test_lines_without_an_ask_lead_in_are_no_recommendations(tmp_path, rows):
    assert _minutes(tmp_path / "minutes.docx", rows) == []
