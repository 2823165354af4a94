"""m36 (stop 27 round 1): document metadata.  All text is fictional.

- a meeting named for a body that is no council or local NHS body (a national agency, a national NHS body:
  `Homes England Board`, `the NHS England board` a transcript's chair welcomes everyone to) is that body's own
  meeting, and the body publishes the paper when nothing names any other publisher (metadata.find_authority,
  source `report to`); a council on the cover still decides as before, and a body only mentioned publishes nothing.
"""
from __future__ import annotations

import pytest

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
        "00:00:02.100 Good morning all and welcome to the NHS England board. We are streaming this session live",
        "00:00:09.400 for anyone following online, and members of the public are at the back of the room.",
        "00:00:15.800 First, apologies. We have none today, so let us turn to the minutes of the last meeting.",
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
