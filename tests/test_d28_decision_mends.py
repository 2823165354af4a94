"""(d28) Decisions: a person taking a role told after "and" or by "he"/"she" in a small body's minutes.
Fictional minutes."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def decisions_of(tmp_path, body: str):
    path = tmp_path / "minutes.txt"
    path.write_text(body, encoding="utf-8")
    return [(d.text, d.rule) for d in read_and_extract(str(path))[2].decisions]


HEAD = "FRIENDS OF ASHBY LIBRARY\n\nMinutes of the Trustees meeting held on 5 February 2025\n\n4. Officers\n\n"


@pytest.mark.parametrize("sentence", [
    "RT will stay on as Secretary and Priya kindly agreed to be Treasurer.",
    "Tom Weller was approached and he kindly accepted to be a Trustee from today.",
    "JB has been asked and she has agreed to become our Volunteer Coordinator.",
    "Mrs Ives kindly agreed to be Minutes Secretary for the coming year.",
])
def test_a_person_taking_a_role_is_a_decision(tmp_path, sentence):
    assert decisions_of(tmp_path, HEAD + sentence + "\n") == [(sentence, "person_takes_role")]


@pytest.mark.parametrize("sentence", [
    "Priya agreed to be contacted by the auditors.",
    "She kindly accepted to be interviewed for the newsletter.",
    "The lease was discussed and Raj agreed to be contacted by the agent.",
])
def test_a_person_agreeing_to_something_done_to_them_takes_no_role(tmp_path, sentence):
    assert decisions_of(tmp_path, HEAD + sentence + "\n") == []


@pytest.mark.parametrize("first, more", [
    ("Mrs Ives kindly agreed to be Minutes Secretary.", "Subject to confirmation, RT will stand as Chair, JB as Vice Chair."),
    ("RT will stay on as Secretary and Priya kindly agreed to be Treasurer.", "Until the AGM, Tom Weller will act as Chair."),
    ("Ms Hale was duly elected as Chair for the coming year.", "Ann Cole will continue as our Membership Secretary."),
])
def test_a_role_taken_goes_on_through_the_roles_named_after_it(tmp_path, first, more):
    found = decisions_of(tmp_path, HEAD + f"{first} {more}\n")
    assert [text for text, _rule in found] == [f"{first} {more}"]


def test_a_task_after_a_role_taken_is_no_part_of_it(tmp_path):
    first = "Mrs Ives kindly agreed to be Minutes Secretary."
    found = decisions_of(tmp_path, HEAD + f"{first} Ann Cole will send the accounts to the examiner.\n")
    assert [text for text, _rule in found] == [first]


BOARD_HEAD = "ASHBY LIBRARIES TRUST\n\nMinutes of the Board meeting held on 5 February 2025\n\n"


@pytest.mark.parametrize("item", [
    "Marden Library change of hours: The change would see the library shut at 4pm on Saturdays rather than 5pm. "
    "The Board were all in agreement with this proposal.",
    "Asset Register Review: This will be looked at every year. The board were all in agreement with this proposal.",
    "The Trustees were all in agreement that the café open on Sundays.",
])
def test_a_body_all_in_agreement_decides(tmp_path, item):
    assert [text for text, _rule in decisions_of(tmp_path, BOARD_HEAD + "5. Opening hours\n\n" + item + "\n")] == [item]


@pytest.mark.parametrize("item", [
    "Members were not all in agreement about the hedge.",
    "The Chair said they were all in agreement last year.",
])
def test_an_agreement_not_reached_here_decides_nothing(tmp_path, item):
    assert decisions_of(tmp_path, BOARD_HEAD + "5. Opening hours\n\n" + item + "\n") == []
