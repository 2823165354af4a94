"""Decisions in layouts learned from another writer's papers (round facts4).  All text is fictional."""
from __future__ import annotations

import pytest

from test_decision_transcripts import transcript


@pytest.mark.parametrize("turns, expected", [
    (["[00:31:02] CHAIR: So the proposal is to approve the library opening hours for 2027. Are we all agreed?",
      "[00:31:09] [Members indicate agreement]", "[00:31:11] CHAIR: Thank you, that's approved."],
     "So the proposal is to approve the library opening hours for 2027. Thank you, that's approved."),
    (["Chair: The recommendation is to note the quarterly complaints report. Everyone content?",
      "(Councillors signal their assent)", "Chair: Good, that's noted."],
     "The recommendation is to note the quarterly complaints report. Good, that's noted."),
    (["THE CHAIR: The Board is asked to endorse the estates strategy. Is the Board content?",
      "[Show of hands]", "THE CHAIR: Lovely, that is endorsed then."],
     "The Board is asked to endorse the estates strategy. Lovely, that is endorsed then."),
])
def test_a_bracketed_note_of_the_rooms_assent_answers_the_question_put(turns, expected):
    assert [d.text for d in transcript(*turns)] == [expected]
