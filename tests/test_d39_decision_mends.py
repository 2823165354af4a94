"""Mends of stop 28 (d39), each a general mechanism with fictional examples (own wordings, invented authorities)
and negatives; the causes were found by sorting the real dev papers' missed and extra decisions."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces


def minutes(title, *pieces, committee="the Council"):
    return [d.text for d in find_decisions(passages_from_pieces(("heading", title), *pieces), committee=committee)]


def small_council_minutes(item_heading, sentence):
    return minutes("Minutes of the Ashcombe Parish Council meeting held on 4 March 2026",
                   ("heading", "1. Apologies"), ("paragraph", "Apologies were received from Cllr Fenn."),
                   ("heading", item_heading), ("paragraph", sentence),
                   ("heading", "9. Playing field"), ("paragraph", "Members agreed to buy a new bench."))


# -- 1. A handling verb in a passive's chain may carry its complement ------------------------------------------------
# "were checked for accuracy and content, agreed as a true record": the chain of what was done to the matter before
# it was decided (`done_before_deciding`) allows each verb a short complement (`done_before_how`).

HANDLED_THEN_DECIDED = [
    "The minutes of the meeting held on 3 February 2026 were read, checked for accuracy, agreed as a true record "
    "and signed by the Chair.",
    "The minutes of the January meeting were checked for correctness and completeness, approved as an accurate "
    "record and initialled by the Chairman.",
    "The revised grants policy was read aloud and adopted.",
    "The draft budget for 2026/27 was examined line by line and approved.",
]


@pytest.mark.parametrize("sentence", HANDLED_THEN_DECIDED)
def test_a_handling_verb_with_its_complement_keeps_the_passive_a_decision(sentence):
    found = small_council_minutes("2. Matters for decision", sentence)
    assert sentence in found, found


NOT_DECIDED = [
    "The Clerk said the draft minutes had been checked for accuracy before they were circulated.",
    "The accounts were checked for errors by the internal auditor last month.",
    "The tree survey was read aloud by Cllr Marsh.",
]


@pytest.mark.parametrize("sentence", NOT_DECIDED)
def test_handling_alone_decides_nothing(sentence):
    found = small_council_minutes("2. Matters arising", sentence)
    assert found == ["Members agreed to buy a new bench."], found
