"""m36 (stop 27 round 1): document metadata.  All text is fictional.

- a meeting named for a body that is no council or local NHS body (a national agency, a national NHS body:
  `Homes England Board`, `the NHS England board` a transcript's chair welcomes everyone to) is that body's own
  meeting, and the body publishes the paper when nothing names any other publisher (metadata.find_authority,
  source `report to`); a council on the cover still decides as before, and a body only mentioned publishes nothing;
- a paper that goes to no meeting (an annual report, an impact assessment, a screening form) is dated by its own
  date: an opening line saying when it was published, or a form's field saying when it was assessed, screened or
  completed (cover_labels.yml paper_date_labels); never by a date still to come, and never over a meeting's date.
"""
from __future__ import annotations

import pytest

from committee_papers.ingest.model import Block, iter_passages
from committee_papers.extract.pipeline import extract

from probe_harness import extract_blocks, extract_file


BUSINESS = ("Present: the Chair, the Chief Executive and five non-executive members.",
            "1. Apologies for absence were received from one member.",
            "2. The Board noted the quarterly performance report and asked for a fuller update in the spring.")


@pytest.mark.parametrize("heading, authority", [
    # a national agency's board minutes, the body inside the minutes line
    ("Minutes of the Homes England Board meeting", "Homes England"),
    # the agency's name over its board, the minutes line below naming no body
    ("Natural England Board", "Natural England"),
    # a national NHS body's board, the body after the board
    ("Meeting of the Board of NHS England held in public", "NHS England"),
    # a regulator's board, the body alone before the word board
    ("Environment Agency Board", "Environment Agency"),
])
def test_a_meeting_named_for_a_national_body_is_published_by_it(heading, authority):
    found = extract_blocks(("heading", heading), ("heading", "Minutes of the meeting held on 4 March 2026"), *BUSINESS)
    assert (found.authority, found.authority_source) == (authority, "report to")


def test_a_transcript_whose_chair_welcomes_everyone_to_a_national_bodys_board(tmp_path):
    text = "\n".join((
        "Transcript of the board meeting live stream",
        "00:00:02.100 Right, hello, I welcome everyone to the NHS England board. Today's session is being broadcast",
        "00:00:09.400 on the web too, and a few observers have seats by the door on the left.",
        "00:00:15.800 No apologies have reached me, so we move straight to the previous minutes.",
        "00:00:24.300 Those were agreed. Next the chief executive will give her update on the winter plan.",
    ))
    found = extract_file(tmp_path, "board-recording.txt", text)
    assert (found.authority, found.authority_source) == ("NHS England", "report to")


def test_a_council_on_the_cover_still_publishes_a_report_to_a_national_bodys_board():
    found = extract_blocks(("heading", "Wendlebury District Council"),
                           ("heading", "Report to: Homes England Partnership Board"),
                           ("heading", "Garden Village Delivery Update"),
                           "1.1 This report updates the board on the delivery of the garden village.")
    assert found.authority == "Wendlebury District Council"


def test_a_national_body_only_mentioned_in_a_boards_minutes_publishes_nothing():
    found = extract_blocks(("heading", "Board"), ("heading", "Minutes of the meeting held on 4 March 2026"), *BUSINESS,
                           "3. The Board noted the grant offer letter from Homes England for the new homes.")
    assert found.authority is None


# --- a paper that goes to no meeting is dated by its own date ------------------------------------------------------

def form(*rows, heading="Data Protection Impact Assessment: Visitor parking permits"):
    """A form: the council's name, its heading, a paragraph, then a two-column table of ``rows``, its first row
    read as the table's header (as a reader takes a form's first row)."""
    blocks = [Block("heading", text="Tarnby Borough Council"), Block("heading", text=heading),
              Block("paragraph", text="Residents will apply for visitor permits online and pay by card."),
              Block("table", rows=[list(row) for row in rows], header_rows=1)]
    return extract(list(iter_passages(blocks)), {}, "paper.docx")


@pytest.mark.parametrize("rows, iso", [
    # an impact assessment's table, its project's name in the first row
    ((("Project name", "Visitor parking permits"), ("Date of assessment", "14 May 2026"),
      ("Planned go-live", "1 July 2026")), "2026-05-14"),
    # a screening form, the date in its first row
    ((("Screening date", "2 February 2026"), ("Service area", "Parking Services")), "2026-02-02"),
    # a screening form, its service first, the date later
    ((("Service area", "Parking Services"), ("Screening officer", "Jo Pell"), ("Screening date", "2 February 2026")),
     "2026-02-02"),
    # an equality form dated when it was completed, in figures
    ((("Lead officer", "Parking Manager"), ("Date completed", "12/02/2026")), "2026-02-12"),
    # a statement signed off
    ((("Statement", "Visitor parking permits"), ("Owner", "Head of Parking"), ("Date of sign-off", "9 June 2026")),
     "2026-06-09"),
])
def test_a_forms_own_date_dates_a_paper_that_goes_to_no_meeting(rows, iso):
    assert form(*rows).meeting_date == iso


def test_a_date_still_to_come_dates_no_form():
    found = form(("Project name", "Visitor parking permits"), ("Date of next review", "14 May 2027"))
    assert found.meeting_date is None


@pytest.mark.parametrize("line, iso", [
    ("Published 3 June 2026 by the Place Directorate", "2026-06-03"),
    ("Date of publication: 21 April 2026", "2026-04-21"),
])
def test_an_annual_report_is_dated_by_its_publication_line(line, iso):
    found = extract_blocks(("heading", "Tarnby Borough Council"), ("heading", "Parks Service Annual Report 2025/26"),
                           line, "Visits to the borough's parks rose by a tenth over the year, helped by a dry summer.")
    assert found.meeting_date == iso


def test_a_report_to_a_meeting_is_not_dated_by_its_publication_line():
    found = extract_blocks(("heading", "Tarnby Borough Council"), ("heading", "Report to: Cabinet"),
                           ("heading", "Parks Service Annual Report 2025/26"), "Published 3 June 2026",
                           "Visits to the borough's parks rose by a tenth over the year, helped by a dry summer.")
    assert found.committee == "Cabinet" and found.meeting_date != "2026-06-03"
