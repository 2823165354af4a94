"""Titles: a closing note in brackets on how the paper was made, a meeting line run into the
minutes line, an agenda item's number before its title, a meeting line with a comma before its
date; fictional covers."""
from __future__ import annotations

import pytest

from committee_papers.extract.metadata import find_title
from committee_papers.ingest.model import Passage


def passages_of(*pieces):
    return [Passage(seq=i, kind=kind, text=text, page=1, section=None, heading=None)
            for i, (kind, text) in enumerate(pieces, start=1)]


@pytest.mark.parametrize("line,title", [
    ("Transcript of the meeting (from the webcast)", "Transcript of the meeting"),
    ("Transcript of the Board meeting (automatically generated from the recording and lightly edited)",
     "Transcript of the Board meeting"),
    ("Automatic transcript of the panel recording (produced by the video platform; unchecked by officers)",
     "Automatic transcript of the panel recording"),
    ("Draft minutes of the Audit Panel (subject to approval at the next meeting)", "Draft minutes of the Audit Panel"),
])
def test_a_closing_note_in_brackets_is_no_part_of_the_title(line, title):
    found = find_title(passages_of(("paragraph", "Orbury District Council"), ("paragraph", line),
                                   ("paragraph", "Present: Cllr A Shaw (Chair), Cllr B Rowe")))
    assert found == title


@pytest.mark.parametrize("line", [
    "Carers Support Service (Lot 2)",
    "Highways Maintenance (North and West Areas)",
    "Schools Funding Formula (2025/26)",
])
def test_a_bracketed_part_of_the_name_stays(line):
    found = find_title(passages_of(("paragraph", "Orbury District Council"), ("heading", line),
                                   ("paragraph", "Report of the Director of Place")))
    assert found == line


@pytest.mark.parametrize("line,title", [
    ("Meeting of the Board in public, Thursday 6 November 2025 Verbatim transcript of the Board meeting",
     "Verbatim transcript of the Board meeting"),
    ("Cabinet - Tuesday 4 March 2025 Minutes of the meeting of the Cabinet", "Minutes of the meeting of the Cabinet"),
    ("Governing Body, 9 June 2025 Transcript of the Governing Body meeting", "Transcript of the Governing Body meeting"),
])
def test_a_meeting_line_run_into_the_minutes_line_is_left_out(line, title):
    found = find_title(passages_of(("paragraph", "NHS Orbury Integrated Care Board"), ("paragraph", line),
                                   ("paragraph", "Present: Dr A Shaw (Chair)")))
    assert found == title


@pytest.mark.parametrize("line,title", [
    ("AGENDA ITEM 9: PAVILION LEASE AND BENCH DONATIONS", "PAVILION LEASE AND BENCH DONATIONS"),
    ("Item 4 - Allotment rents 2025/26", "Allotment rents 2025/26"),
    ("Agenda Item 12.1: Winter Gritting Routes", "Winter Gritting Routes"),
])
def test_an_agenda_items_number_before_its_title_is_left_out(line, title):
    found = find_title(passages_of(("paragraph", "ORBURY TOWN COUNCIL"),
                                   ("paragraph", "FINANCE COMMITTEE - 21 JANUARY 2025"), ("paragraph", line),
                                   ("paragraph", "Report of the Town Clerk")))
    assert found == title


@pytest.mark.parametrize("line", [
    "Board of Directors (held in public), 16 October 2025 – Agenda item 9",
    "Cabinet, 12 March 2025 – Item 7",
    "Council of Governors, 3rd June 2025 | Part A",
])
def test_a_meeting_line_with_a_comma_before_its_date_is_no_title(line):
    found = find_title(passages_of(("paragraph", "Orbury Hospitals NHS Foundation Trust"), ("paragraph", line),
                                   ("heading", "Contracts awarded under delegated authority")))
    assert found == "Contracts awarded under delegated authority"


@pytest.mark.parametrize("section", ["Attendance", "Apologies for absence", "Members present"])
def test_a_minutes_pages_section_heading_is_no_title(tmp_path, section):
    from committee_papers.pipeline import read_and_extract
    page = tmp_path / "orbury-dc_2025-06-03_communities-panel_minutes.html"
    page.write_text(
        "<html><head><title>Minutes for Communities Panel on Tuesday, 3rd June, 2025, 7.00 pm - Orbury District "
        "Council</title></head><body><main><h1>Minutes:</h1>"
        "<h2>Communities Panel - Tuesday, 3rd June, 2025 7.00 pm</h2>"
        "<p>Venue: Council Chamber, Orbury Civic Centre.</p>"
        f"<h2>{section}</h2><ul><li>Councillor Owen Blake (Chair)</li><li>Councillor Sara Quill</li></ul>"
        "<h2>Items</h2><p>1. Apologies were received from Councillor Lee.</p></main></body></html>",
        encoding="utf-8")
    title = read_and_extract(str(page))[2].title
    assert title and section not in title
    assert "Communities Panel" in title


@pytest.mark.parametrize("line", [
    "Cabinet - Tuesday, 4th March, 2025 6.00 pm - Minutes",
    "Cabinet, Wednesday 21 May 2025 – transcript",
    "Licensing Panel | 3 June 2025 | Draft minutes",
])
def test_a_date_between_the_meeting_and_the_word_minutes_stays_in_the_title(line):
    found = find_title(passages_of(("heading", "Orbury Borough Council"), ("heading", line),
                                   ("paragraph", "Verbatim record of the webcast. Speakers are named as introduced.")))
    assert found == line


@pytest.mark.parametrize("line,title", [
    ("Minutes - Planning Committee - Wednesday, 5th February, 2025", "Minutes - Planning Committee"),
    ("Minutes of the Cabinet held on 4 March 2025 at 7pm", "Minutes of the Cabinet"),
    ("Minutes: Quality Committee - 14/02/2025", "Minutes: Quality Committee"),
])
def test_a_closing_date_still_leaves_a_minutes_title(line, title):
    found = find_title(passages_of(("heading", "Orbury Borough Council"), ("heading", line),
                                   ("paragraph", "Present: Cllr A Shaw (Chair)")))
    assert found == title
