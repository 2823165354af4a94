"""An agenda frontsheet's title: its `Agenda` heading over the meeting's name and date, and a notice
heading set over several lines that closes at `on` before the meeting's date.  Fictional authorities only."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def metadata(*lines):
    """Lines of a PDF cover, each its own heading; `p ` opens a paragraph."""
    blocks = [Block("paragraph", text=line[2:]) if line.startswith("p ") else Block("heading", text=line)
              for line in lines]
    return extract(list(iter_passages(blocks)), {}, "paper.pdf")


AGENDA_LIST = ("UNRESTRICTED ITEMS", "1. Apologies", "2. Declarations of Interest", "3. Harbour Dues Review")


@pytest.mark.parametrize("lines, title", [
    (("AGENDA", "CABINET", "Thursday, 13th March, 2025, at 3.00 pm", "(or at the close of the Council meeting,",
      "whichever is the later)", "Ask for: Jo Bloggs", "Council Chamber, Harbour House,", "Fenmarsh"),
     "Agenda - Cabinet - Thursday, 13th March, 2025, at 3.00 pm"),
    (("Fenmarsh District Council", "Agenda", "Licensing Committee", "Tuesday 4 March 2026 at 6.30pm",
      "Venue: The Guildhall"),
     "Agenda - Licensing Committee - Tuesday 4 March 2026 at 6.30pm"),
    (("AGENDA", "PLANNING AND HIGHWAYS COMMITTEE", "Wednesday, 2nd April, 2025", "Contact: Sam Rowe"),
     "Agenda - Planning and Highways Committee - Wednesday, 2nd April, 2025"),
])
def test_an_agenda_heading_over_its_meeting_and_date_titles_the_frontsheet(lines, title):
    assert metadata(*lines, *AGENDA_LIST).title == title


def test_a_frontsheet_with_its_report_behind_it_is_titled_by_the_report():
    extraction = metadata("AGENDA", "CABINET", "Tuesday 4 March 2026 at 6.30pm", "Agenda Item 6",
                          "Harbour Dues Review 2026/27", "p 1.1 This report sets out the proposed harbour dues "
                          "for the coming year and asks the Cabinet to agree them.")
    assert extraction.title == "Harbour Dues Review 2026/27"


def test_an_agenda_heading_over_a_subject_is_no_meeting_heading():
    # (`Harbour Dues Review` names no body: the line under `Agenda` is no meeting.)
    title = metadata("Agenda", "Harbour Dues Review", "Tuesday 4 March 2026", *AGENDA_LIST).title
    assert not (title or "").startswith("Agenda - ")


@pytest.mark.parametrize("lines, title, iso", [
    (("Summons to and Agenda for an Extraordinary Meeting on", "Thursday, 9th January, 2025", "at 10.00 am"),
     "Summons to and Agenda for an Extraordinary Meeting on Thursday, 9th January, 2025 at 10.00 am", "2025-01-09"),
    (("Agenda for the Annual Meeting of the Town Council on", "14 May 2026", "7.00pm"),
     "Agenda for the Annual Meeting of the Town Council on 14 May 2026 7.00pm", "2026-05-14"),
    (("Agenda and Summons for the Ordinary Meeting of the Parish Council to be held on", "Monday, 23rd February, 2026"),
     "Agenda and Summons for the Ordinary Meeting of the Parish Council to be held on Monday, 23rd February, 2026",
     "2026-02-23"),
])
def test_a_heading_closing_at_on_goes_on_with_its_meetings_date(lines, title, iso):
    extraction = metadata(*lines, "p Fenmarsh House, Quay Street", "p 2 January 2025", *AGENDA_LIST)
    assert extraction.title == title
    # (the date under the heading still dates the meeting, not the letter's own date below it)
    assert extraction.meeting_date == iso


@pytest.mark.parametrize("lines, title", [
    # (a title that does not close at `on`: the date under it is the meeting's, not part of the title)
    (("Review of Harbour Dues", "Thursday, 9th January, 2025"), "Review of Harbour Dues"),
    # (`on` followed by a subject, not a date: the two lines join as before)
    (("Report on", "Allotment Rents"), "Report on Allotment Rents"),
])
def test_only_a_heading_closing_at_on_takes_the_date_under_it(lines, title):
    assert metadata(*lines, "p Fenmarsh House, Quay Street", *AGENDA_LIST).title == title
