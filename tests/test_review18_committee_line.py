"""review18: a cover's opening line that runs on past its date (a venue, the word MINUTES, the report's title)
is counted whole against the committee line's length limit: only a date that closes the line is set aside
(`Minutes of the Trustees of the Friends of ... meeting of <date>`).  Fictional bodies and wordings."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from fictional_paper import passages_from_lines


def committee_of(*lines):
    return extract(passages_from_lines(*lines), {}, "paper.txt").committee


@pytest.mark.parametrize("opening, committee", [
    # a venue and the word MINUTES after the date
    ("Brackenford Borough Council Licensing Committee 7.00pm 12 March 2026 Committee Room 3, Brackenford Civic Centre MINUTES",
     "Licensing Committee"),
    # the report's title after the meeting's date
    ("Wessex County Council Report to Cabinet - 4 February 2026 2026/27 Capital Programme and Treasury Strategy Update",
     "Cabinet"),
    # a place and a time after the date, the date in the middle
    ("North Mercia ICB Primary Care Commissioning Committee 19 May 2026 Board Room, Mercia House, Stafford Road at 2pm",
     "Primary Care Commissioning Committee"),
])
def test_a_line_running_on_past_its_date_is_no_long_committee(opening, committee):
    found = committee_of(opening, "Present: Councillor Abbot (Chair), Councillors Baines and Cole.",
                         "1. Apologies were received from Councillor Dunn.")
    # (what follows the date, a venue or the report's title, is never part of the committee)
    assert found is None or found.endswith(committee)


@pytest.mark.parametrize("opening, committee", [
    # a date closing the line is still set aside (the round meta18 shape)
    ("Minutes of the Trustees of the Friends of Oakhurst Country Park meeting of 3rd June 2026 at 7.30pm",
     "Trustees of the Friends of Oakhurst Country Park"),
    ("Minutes of the Trustees of the Friends of Harbourside Heritage Railway meeting of Tuesday 9 May 2026",
     "Trustees of the Friends of Harbourside Heritage Railway"),
])
def test_a_date_closing_the_line_is_still_set_aside(opening, committee):
    assert committee_of(opening, "Present: A. Baines (Chair), C. Cole, D. Dunn.",
                        "1. Apologies were received from E. Ellis.") == committee
