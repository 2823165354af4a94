"""Mends of stop 22 (d22), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives; the causes were found by the real-layout probe (tests/test_decisions_probe21.py)."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces
from test_decisions import MINUTES_HEADING, decisions_of_any_body


def texts(found):
    return [" ".join(d.text.split()) for d in found]


def dated_minutes(*pieces, meeting_date="2026-03-11"):
    """Decisions of minutes of a meeting held on ``meeting_date`` (a date before it is history)."""
    return find_decisions(passages_from_pieces(("heading", MINUTES_HEADING), *pieces), committee="the meeting",
                          meeting_date=meeting_date)


# -- 1. A closing clause after "and" that decides by itself -----------------------------------------------
# A sentence that decides nothing as a whole (nominations received, the agenda approved with a minute dated
# before the meeting) but closes with an election or the last minutes confirmed: that clause is the decision.

@pytest.mark.parametrize("sentence, expected", [
    ("No other nominations were received and Councillor Pryce was duly elected Chair for the year ensuing.",
     "Councillor Pryce was duly elected Chair"),
    ("No further nominations were made, and Mr Tanaka was elected Vice-Chairman for 2026/27.",
     "Mr Tanaka was elected Vice-Chairman"),
    ("No other nominations had been received and Mrs Okoro was unanimously elected Treasurer.",
     "Mrs Okoro was unanimously elected Treasurer"),
    ("The agenda was approved and the minutes of the meeting on 12 February 2026 were adopted.",
     "the minutes of the meeting on 12 February 2026 were adopted"),
    ("Apologies were received from Cllr Hart and the minutes of the meeting held on 4 February 2026 were "
     "approved as a correct record.", "the minutes of the meeting held on 4 February 2026 were approved"),
    ("The order of business was agreed and the draft minutes of 28 January 2026 were signed as a true record.",
     "the draft minutes of 28 January 2026 were signed"),
])
def test_a_closing_clause_that_decides_by_itself_is_the_decision(sentence, expected):
    found = texts(dated_minutes(("heading", "1. Opening business"), ("paragraph", sentence)))
    assert len(found) == 1, found
    assert found[0].lower().startswith(expected.lower()), found


@pytest.mark.parametrize("sentence", [
    "Nominations were invited and the Chair said the election would be held in May.",
    "The results were announced and Ms Hale, who was elected in 2019, thanked members.",
    "Apologies were received from Cllr Hart and Cllr Vance.",
])
def test_a_closing_clause_that_decides_nothing_gives_none(sentence):
    assert dated_minutes(("heading", "1. Opening business"), ("paragraph", sentence)) == []


def test_a_sentence_that_decides_as_a_whole_stays_whole():
    found = texts(dated_minutes(("heading", "4. Annual report"),
                                ("paragraph", "The annual report was received and the minutes of the last meeting "
                                              "were approved.")))
    assert len(found) == 1 and found[0].startswith("The annual report was received"), found
