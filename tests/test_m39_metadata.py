"""m39 (stop 28): document metadata on unseen layouts.  All text is fictional.

- a minutes heading's held clause saying when the meeting was and in which room, in either order (`held in the
  Village Hall on 3rd May 2026`, `held on Tuesday 7 April 2026 in the Reading Room`, `held at the Chapel Monday 6
  July 2026`), is part of the minutes' title, as a clause saying only when or only where already was; a clause
  giving an address or the time as well is still cut (metadata._keeps_held_clause).
"""
from __future__ import annotations

import pytest

from committee_papers.extract import metadata as md

from probe_harness import extract_blocks


BUSINESS = ("Present: Cllrs Amble (Chair), Birch, Coombe and the Clerk.",
            "1. Apologies for absence were received from Cllr Dunn.",
            "2. The minutes of the previous meeting were approved and signed as a true record.")


@pytest.mark.parametrize("heading", [
    # a parish planning meeting, the room then the date
    "Minutes of the Harnby Parish Council Planning Meeting held in the Scout Hut on 3rd May 2026",
    # a village meeting, the weekday and date with no `on` after the building
    "Minutes of Ottery Moor Parish Council Meeting held at the Chapel Monday 6th July 2026",
    # the date, then the room
    "Minutes of the Parish Council meeting held on Tuesday 7 April 2026 in the Reading Room",
    # a town council's committee in its parlour
    "Minutes of the Meeting of Kelby Town Council held in the Mayor's Parlour on 12 February 2026",
])
def test_a_held_clause_saying_when_and_in_which_room_stays_in_the_title(heading):
    found = extract_blocks(("heading", heading), *BUSINESS)
    assert found.title == heading, found.title


@pytest.mark.parametrize("heading, title", [
    # the time as well
    ("Minutes of the Parish Council meeting held in the Scout Hut on 3 May 2026 at 7.30 pm",
     "Minutes of the Parish Council meeting"),
    # an address, not a room
    ("Minutes of the Planning Committee held at Mill House, Church Lane on 3 May 2026",
     "Minutes of the Planning Committee"),
    # a room too long to be only a room
    ("Minutes of the Board held in the Old Fire Station Training Room Annexe on 3 May 2026", "Minutes of the Board"),
])
def test_a_held_clause_giving_more_than_the_date_and_room_is_cut(heading, title):
    found = extract_blocks(("heading", heading), *BUSINESS)
    assert found.title == title, found.title


@pytest.mark.parametrize("text, kept", [
    ("Minutes of the Meeting held in the Scout Hut on 3 May 2026", True),
    ("Minutes of the Meeting held on 3 May 2026 in the Village Hall", True),
    ("Minutes of the Meeting held at the Chapel Monday 4 May 2026", True),
    ("Minutes of the Meeting held in the Scout Hut on 3 May 2026 at 7pm", False),
    ("Minutes of the Meeting held at the Hall on 3 May 2026 in the Annexe", False),
])
def test_when_and_room_clause(text, kept):
    assert md._keeps_held_clause(text) is kept


# --- minutes naming no meeting under a body's own name are that body's meeting ---------------------------------------

@pytest.mark.parametrize("heading, line", [
    # a police and crime panel's minutes, the place after the date
    ("Ambridge Police and Crime Panel", "Minutes of the meeting held on 20 November 2025, County Hall, Ambridge"),
    # a fire authority's, the time and the room, then a sentence run on
    ("Kelmoor Fire Authority", "Minutes of the meeting held on Thursday 19 June 2025 at 10.00am at Fire Headquarters, "
                               "Kelmoor. The Authority is served by its own clerk."),
    # a parish council's, the minutes line in capitals
    ("Little Orton Parish Council", "MINUTES OF THE MEETING HELD ON 3 MARCH 2026"),
    # a national board's, draft minutes
    ("Welsh Digital Standards Board", "Draft minutes of the meeting held on 26 February 2026"),
])
def test_nameless_minutes_under_a_bodys_name_are_its_meeting(heading, line):
    found = extract_blocks(("heading", heading), line, *BUSINESS)
    assert found.committee == heading, found.committee


@pytest.mark.parametrize("items", [
    # the body's name alone over the business, no minutes line.  (Stop 29, m41: a parish, town or community
    # council's minutes naming no meeting are its own meeting, tests/test_m41_metadata.py; an authority's are not.)
    [("heading", "Kelmoor Fire Authority")],
    # an agenda item about earlier minutes under the heading
    [("heading", "Kelmoor Fire Authority"), "3. Minutes of the meeting held on 4 May 2026"],
])
def test_a_body_heading_without_its_minutes_line_is_still_no_meeting(items):
    found = extract_blocks(*items, *BUSINESS)
    assert found.committee is None, found.committee


def test_the_word_minutes_alone_under_a_council_leaves_the_meeting_below():
    found = extract_blocks(("heading", "Fenwold Council"), ("heading", "MINUTES"), ("heading", "LICENSING COMMITTEE"),
                           "9 March 2026", *BUSINESS)
    assert found.committee and found.committee.lower() == "licensing committee", found.committee


# --- a minutes heading's held clause set on the lines under it ----------------------------------------------------

@pytest.mark.parametrize("items, title", [
    # three lines in capitals, the date line read as a heading
    ([("heading", "MINUTES OF THE HARNBY PARISH COUNCIL"), ("heading", "HELD AT THE MEMORIAL ROOMS"),
      ("heading", "ON 26th September 2026")],
     "minutes of the harnby parish council held at the memorial rooms on 26th september 2026"),
    # the held line read as a paragraph between two headings
    ([("heading", "MINUTES OF THE MEETING OF OTTERY MOOR TOWN COUNCIL"), "HELD IN THE GUILD ROOM",
      ("heading", "ON 4th March 2026")],
     "minutes of the meeting of ottery moor town council held in the guild room on 4th march 2026"),
    # the date on the line under a mixed-case heading
    ([("heading", "Minutes of the Kelby Allotment Trustees Meeting"), "held on Tuesday 3 March 2026"],
     "minutes of the kelby allotment trustees meeting held on tuesday 3 march 2026"),
])
def test_a_held_clause_on_the_lines_under_the_minutes_heading_stays_in_the_title(items, title):
    found = extract_blocks(*items, *BUSINESS)
    assert (found.title or "").lower() == title, found.title


@pytest.mark.parametrize("items, title", [
    # the line under is the attendance, not the held clause
    ([("heading", "MINUTES OF THE HARNBY PARISH COUNCIL MEETING"), "On behalf of the Council the Chair welcomed all."],
     "minutes of the harnby parish council meeting"),
    # the held line gives the time and an address as well: cut as on one line
    ([("heading", "Minutes of the Kelby Allotment Trustees Meeting"), "held on Tuesday 3 March 2026 at 7pm, 4 Mill Lane"],
     "minutes of the kelby allotment trustees meeting"),
])
def test_lines_under_a_minutes_heading_that_carry_no_short_held_clause_stay_out(items, title):
    found = extract_blocks(*items, *BUSINESS)
    assert (found.title or "").lower() == title, found.title


# --- a row of run-in labelled cells is a line of fields ---------------------------------------------------------------

def _table_paper(*items):
    from committee_papers.extract.pipeline import extract
    from committee_papers.ingest.model import Block, iter_passages
    blocks = [Block("table", rows=item, header_rows=0) if isinstance(item, list) else Block("paragraph", text=item)
              for item in items]
    return extract(list(iter_passages(blocks)), {}, "paper.txt")


RECOMMENDATION = ("RECOMMENDATION", "1. That the decision maker approves the proposal in this report.")


@pytest.mark.parametrize("rows, committee", [
    # a member's decision report: the item number, then three fields in one row
    ([["Item No.", "Classification: Open", "Date: March 2026", "Decision maker: Cabinet Member for Housing and Parks"],
      ["Report title", "Orchard Estate: early rehousing of Mill Court"]], "Cabinet Member for Housing and Parks"),
    # a committee report's header row, the meeting last
    ([["Item 7", "Date: 3 March 2026", "Meeting: Licensing Committee"], ["Report title", "Taxi fares review"]],
     "Licensing Committee"),
    # a two-cell row naming whom the report goes to
    ([["Classification: Open", "Report to: Harbour Board"], ["Report title", "Mooring charges 2026/27"]],
     "Harbour Board"),
])
def test_a_row_of_labelled_cells_gives_its_fields(rows, committee):
    found = _table_paper(rows, *RECOMMENDATION)
    assert found.committee == committee, found.committee


@pytest.mark.parametrize("rows", [
    # one labelled cell among figures: a note, no line of fields
    [["Scheme", "Cost", "Meeting: to follow"], ["Mill Court", "£40,000", "Note: estimate"]],
    # cells with no colon
    [["Item No.", "Classification Open", "Decision maker Cabinet Member for Housing"]],
])
def test_a_row_without_two_labelled_cells_gives_no_meeting(rows):
    found = _table_paper(rows, *RECOMMENDATION)
    assert found.committee is None, found.committee
