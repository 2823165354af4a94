"""Round d19: decisions in minutes of many kinds of body (boards, trustees, parish councils, NHS
committees, treasury and working groups), as general patterns with fictional wordings and negatives.

* An ask to the meeting, then a bare assent a few sentences on: the ask is what was decided, past the
  background told in between (parts asks_the_body, assents_to_this; extract/decisions.py _ask_before).
"""
from __future__ import annotations

import pytest

from test_board18_small_body_minutes import table_minutes, texts


# -- an ask to the meeting, decided by a bare assent a few sentences on -----------------------------

@pytest.mark.parametrize("paragraph, asked, assent, background", [
    # a charity's trustees: the ask, two sentences of background, the assent
    ("The Chair of the Estates Group asked the Trustees to approve the new boiler contract, which the group "
     "had agreed at its last meeting. The boiler is fifteen years old. Two quotes were received. "
     "The Trustees were in agreement with this.",
     "asked the Trustees to approve the new boiler contract", "in agreement with this", "fifteen years old"),
    # a parish council: members asked, the assent as "This was agreed."
    ("Members were asked to endorse the allotment rules for 2027. The rules add a limit on bonfires. "
     "This was agreed.",
     "asked to endorse the allotment rules", "This was agreed", "bonfires"),
    # an NHS committee: approval sought, the assent going on to say what next
    ("The Director of Estates sought the Committee's approval for a second car park at the Moorside site. "
     "The land is already owned by the trust. The Committee agreed with this and asked for a progress "
     "report in March.",
     "sought the Committee's approval for a second car park", "asked for a progress report", "already owned"),
])
def test_an_assent_decides_the_ask_a_few_sentences_above_it(paragraph, asked, assent, background):
    found = texts(paragraph)
    assert len(found) == 1, found
    assert asked in found[0] and assent in found[0] and background not in found[0], found


@pytest.mark.parametrize("cell, asked, background", [
    ("Lettings\nThe Chair of the Resources Committee asked the Board to accept the new lettings charges agreed "
     "at the committee meeting.\nThe charges rise by 3%. Community groups keep their discount.\n"
     "The Board were in agreement with this.",
     "asked the Board to accept the new lettings charges", "rise by 3%"),
    ("Minibus\nThe Transport Lead invited the Directors to approve the sale of the old minibus.\n"
     "It has failed its last two inspections.\nAll Directors were in agreement.",
     "invited the Directors to approve the sale of the old minibus", "inspections"),
])
def test_in_a_minutes_cell_the_assent_decides_the_ask_lines_above(cell, asked, background):
    found = [d.text for d in table_minutes(cell)]
    assert len(found) == 1, found
    assert asked in found[0] and background not in found[0], found


def test_an_invitation_to_speak_is_no_ask_to_decide():
    found = texts("The Chair invited Ms Rai to present the report. The report set out a new rota for the "
                  "reception desk. The Board were in agreement with this.")
    assert len(found) == 1 and "invited Ms Rai" not in found[0], found


def test_an_ask_far_above_the_assent_is_not_taken():
    found = texts("The Treasurer asked the Board to approve the reserves policy. The policy holds three months of "
                  "costs. The bank rate has fallen. The building needs a new roof. The café lost money in May. "
                  "Volunteers want a new rota. This was agreed.")
    assert not any("reserves policy" in text for text in found), found


@pytest.mark.parametrize("paragraph", [
    "The Treasurer asked the Board whether the figures were clear. Members discussed the figures.",
    "Mr Bell asked about the state of the roof. The Clerk said a survey was booked.",
    "The Board was asked to note the report. Members asked about the waiting list.",
])
def test_questions_and_asks_with_no_assent_decide_nothing(paragraph):
    assert texts(paragraph) == []
