"""m32 (stop 26 round 1): minutes headings' held clauses, and community councils.  All text is fictional.

- a minutes heading whose held clause says only when the meeting was (`... meeting held on 9 March 2026`, the date
  closing the line) or only in which room (`... Annual Meeting held in the Memorial Hall`, a few words, no address,
  no date or time) is titled by the whole line; a clause giving the meeting's arrangements (`held on <date> at
  7.30 pm in ...`, `held at Shire Hall, Westbury, on <date>`, `held on <date> at the Mill Street office`) is cut
  at `held`, as before;
- `community` names a council's type as `parish` and `town` do (orgnames.COUNCIL_TYPE_WORDS), so `the above
  Community Council` points back to the council named above.
"""
from __future__ import annotations

import pytest

from committee_papers.extract import metadata as md
from committee_papers.extract import orgnames

from probe_harness import extract_blocks


BUSINESS = ("Present: Cllrs Amble (Chair), Birch, Coombe and the Clerk.",
            "1. Apologies for absence were received from Cllr Dunn.",
            "2. The minutes of the previous meeting were approved and signed as a true record.")


# --- a held clause saying only when, or only in which room, is part of the title ------------------------------------

@pytest.mark.parametrize("heading, title", [
    # a parish council's heading closing at its date
    ("Minutes of the Parish Council meeting held on 12 May 2026", "Minutes of the Parish Council meeting held on 12 May 2026"),
    # a charity's trustees, the weekday written, a full stop after
    ("Minutes of the Trustees of the Ferncombe Almshouses held on Tuesday 3rd February 2026.",
     "Minutes of the Trustees of the Ferncombe Almshouses held on Tuesday 3rd February 2026"),
    # an NHS board held in public, then only its date
    ("Minutes of the Board of Directors meeting held in public on Thursday 4 June 2026",
     "Minutes of the Board of Directors meeting held in public on Thursday 4 June 2026"),
    # a village meeting held in its hall, the date on a line of its own below
    ("Minutes of the Orcombe Parish Council Annual Meeting held in the Memorial Hall",
     "Minutes of the Orcombe Parish Council Annual Meeting held in the Memorial Hall"),
])
def test_a_held_clause_saying_only_when_or_only_where_stays_in_the_title(heading, title):
    found = extract_blocks(("heading", heading), "Monday 4 May 2026", *BUSINESS)
    assert found.title == title, found.title


@pytest.mark.parametrize("heading, title", [
    # the date, then the time and room
    ("Minutes of the Parish Council meeting held on Tuesday 3 March 2026 at 7.30 pm in the Village Hall",
     "Minutes of the Parish Council meeting"),
    # an address with commas before the date
    ("MINUTES of a meeting of the Cabinet held in Committee Room 2, Civic Centre, Wendle on Thursday, 5 March 2026.",
     "MINUTES of a meeting of the Cabinet"),
    # the date, then where, then the attendance run on: (stop 29, m41) the heading ends where the record's first
    # field begins (metadata._before_record_field), and a clause saying when and in which room stays
    # (test_m39_metadata); tests/test_m41_metadata.py has this layout
    # a time alone after the date
    ("Minutes of the meeting of the Cabinet held on Wednesday 11 March 2026 at 10.00 am",
     "Minutes of the meeting of the Cabinet"),
    # an address (a number, a comma) and a date
    ("Minutes of the Finance Committee held at 4 Brook Street, Wendle on 2 April 2026", "Minutes of the Finance Committee"),
])
def test_a_held_clause_giving_the_meetings_arrangements_is_cut(heading, title):
    found = extract_blocks(("heading", heading), *BUSINESS)
    assert found.title == title, found.title


@pytest.mark.parametrize("text, kept", [
    ("Minutes of the Board meeting held on 9 March 2026", True),
    ("Minutes of the Annual Meeting held in the Memorial Hall", True),
    ("Minutes of the Board meeting held in public", False),            # nothing after: HELD_RE keeps it already
    ("Minutes of the Board meeting held on 9 March 2026 at 6pm", False),
    ("Minutes of the Board meeting held in the Old Fire Station Training Room Annexe", False),  # a long place
    ("Minutes of the Board held at Unit 4 on Quay Road", False),      # a number in the place
    ("Minutes of the Board meeting", False),
])
def test_short_held_clause(text, kept):
    assert md._keeps_held_clause(text) is kept


# --- a community council is a council's type ------------------------------------------------------------------------

def test_community_is_a_council_type_word():
    assert "community" in orgnames.COUNCIL_TYPE_WORDS
    assert orgnames.council_place("glyn arth community council") == "glyn arth"


@pytest.mark.parametrize("committee, back", [
    ("above Community Council", True),
    ("aforesaid Town Council", True),
    ("above Full Council", True),
    ("above Ground Floor Room", False),
    ("above Community Centre", False),
])
def test_refers_back(committee, back):
    assert md._refers_back(committee) is back


# --- a frontsheet heading saying what the paper is, over its date, titles it -------------------------------------

FRONTSHEET_BODY = ("CIVIC OFFICES WENDLE Monday, 2 March 2026 To: All Members of the Borough Council A meeting of the "
                   "Borough Council will be held in the Chamber on Tuesday, 10 March 2026 at 2.00 pm.",
                   ("heading", "A G E N D A"), ("heading", "1. Apologies for Absence"), "2. Declarations of Interest")


@pytest.mark.parametrize("lines, title", [
    ([("heading", "Summons to and Agenda for a Meeting on"), ("heading", "Tuesday, 10th March, 2026"),
      ("heading", "at 2.00 pm")], "Summons to and Agenda for a Meeting on Tuesday, 10th March, 2026 at 2.00 pm"),
    ([("heading", "Agenda Papers for the Meeting on"), ("heading", "Wednesday 11 March 2026")],
     "Agenda Papers for the Meeting on Wednesday 11 March 2026"),
    ([("heading", "Notice of and Agenda for a Meeting on"), ("heading", "Thursday, 12th March, 2026")],
     "Notice of and Agenda for a Meeting on Thursday, 12th March, 2026"),
])
def test_a_frontsheet_heading_closing_at_on_titles_the_paper_with_its_date(lines, title):
    found = extract_blocks(*lines, *FRONTSHEET_BODY)
    assert found.title == title, found.title
    assert found.committee is None, found.committee  # (the bare word meeting names no committee: stop 25)


@pytest.mark.parametrize("text", ["Cabinet, 12 March 2026", "Board held in public - 4 May 2026",
                                  "Harbour Board meeting on 4 May 2026"])
def test_a_meeting_and_its_date_still_names_its_meeting_only(text):
    assert md._names_its_meeting_only(text)

