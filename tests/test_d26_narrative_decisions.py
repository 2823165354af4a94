"""Mends of stop 24 (d26) in narrative minutes (a provider's or a friends group's board minutes, an AGM), each a
general mechanism with fictional wordings (own words, invented bodies) and negatives; the causes were found by sorting
the missed and extra decisions of the real dev9..dev14 minutes by cause."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces

BOARD_MINUTES = "Minutes of the Board of Eastwick Leisure Trust held on 14 May 2026"


def texts(found):
    return [" ".join(d.text.split()) for d in found]


def board_minutes(*pieces):
    return texts(find_decisions(passages_from_pieces(("heading", BOARD_MINUTES), *pieces), committee="the Board",
                                meeting_date="2026-05-14"))


# -- 1. A decision naming its matter by a pointer is led by its item's title -------------------------------------
# "The Board agreed unanimously to accept this proposal.", "... with this review.", "... to adopt this paper",
# "This document was reviewed and accepted by the Board.", "The Board agreed to adopt the changes.": the pointer
# names the item's matter wherever it stands in the sentence (not only at its end), so the item's title leads it.

@pytest.mark.parametrize("title, sentence", [
    ("Opening hours at Marsh Lane pool", "The Board agreed unanimously to accept this proposal."),
    ("Asset register", "The Directors agreed unanimously with this review."),
    ("Lone working", "The Board agreed to adopt this paper, subject to one change to the checklist."),
    ("Shared parental leave", "The Board agreed to adopting this revised policy."),
    ("Volunteer code", "This document was reviewed and accepted by the Board."),
    ("Service specification", "The Board agreed to adopt the changes."),
    ("Audit Committee terms of reference", "The Board were in full agreement and accepted the terms."),
    ("Reserves designation", "The Board unanimously agreed to this proposition."),
])
def test_a_decision_naming_its_matter_by_a_pointer_is_led_by_its_items_title(title, sentence):
    found = board_minutes(("heading", f"4. {title}"),
                          ("paragraph", "The Operations Lead presented the paper to the Board."),
                          ("paragraph", sentence))
    assert found == [f"{title}: {sentence}"], found


@pytest.mark.parametrize("sentence", [
    "The Board approved this plan for the new library at Eastwick.",
    "The Board agreed to the changes to the grants policy.",
    "It was agreed that the car park be resurfaced in August.",
])
def test_a_decision_naming_its_matter_itself_stands_as_written(sentence):
    found = board_minutes(("heading", "5. Estates"), ("paragraph", sentence))
    assert found == [sentence], found

