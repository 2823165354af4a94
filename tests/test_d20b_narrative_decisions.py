"""Round d20b: decisions written as narrative in the minutes of boards, trustees and small bodies, and a
decision-maker's first-person list after what was weighed.  Fictional wordings only; each mechanism has
three or more positives and negatives that must not fire.

* an item's title run in before a sentence that decides ("Title: The Board were in agreement and the
  policy was adopted", "Title – the application has been accepted"): the whole sentence, title and all;
* a matter decided in the present perfect ("... application has been accepted on the understanding
  that ..."): passive_item;
* the body's request made at its meeting ("The Board requested that ..."): body_decided_lower;
* discussed and then decided in one sentence: discussed_then_decided;
* a nomination proposed and seconded in note form: seconded_nomination; "RT elected to continue as ...";
* "Having considered ..., I have decided:" with its items: first_person after a preamble.
"""
from __future__ import annotations

import pytest

from test_decisions import decisions_in, decisions_of_any_body


def texts(*pieces, committee=None):
    found = decisions_in(*pieces, committee=committee) if committee else decisions_of_any_body(*pieces)
    return [" ".join(d.text.split()) for d in found]


DECIDED = [
    # title run in before a deciding sentence
    ("Tree Planting Policy: The Board were in agreement and the policy was approved.", "Tree Planting Policy"),
    ("Volunteer Expenses Policy: The Trustees were in agreement and this policy was adopted.", "Volunteer Expenses"),
    ("Hall lettings – Members approved the revised charges for 2026/27.", "Hall lettings"),
    ("Marden Library Friends – the application has been accepted by the Board.", "Marden Library Friends"),
    ("Ashby Reading Group: the application has been accepted on the understanding that the group meets "
     "quarterly.", "Ashby Reading Group"),
    # present perfect
    ("Kelworth Friends, application has been accepted subject to the constitution being signed by June.",
     "Kelworth Friends"),
    ("Orton Book Club application has been accepted on the condition that a treasurer is named.", "Orton"),
    ("The revised membership has been accepted for the coming year.", "revised membership"),
    # the body's request
    ("The Board requested that a trustee attends the county forum meetings.", "trustee attends"),
    ("The Trustees have requested that future invoices come direct from the supplier.", "future invoices"),
    ("Members requested that the grant criteria be published on the website.", "grant criteria"),
    # discussed, then decided
    ("The summer fair was discussed and it was agreed that it should be held on 12 July.", "12 July"),
    ("The draft newsletter was considered by the Trustees and a number of changes were agreed.", "newsletter"),
    ("Room hire charges were debated at length and it was decided to keep them at £15 an hour.", "£15"),
    # nominations and elections in note form
    ("Election of Quiz Organiser: KL proposed and BN seconded that Mary continue as organiser.", "Quiz Organiser"),
    ("Cllr Hope proposed and Cllr Aziz seconded that the clerk's hours rise to 12 a week.", "12 a week"),
    ("Mrs Dunn proposed and JT seconded that the fete be held on the green.", "the green"),
    ("Election of Secretary: RT elected to continue as Secretary.", "Election of Secretary"),
    ("Mrs Lane re-elected to serve as Treasurer for 2026/27.", "Treasurer"),
    ("KB elected to remain in the role of quiz organiser.", "quiz organiser"),
]

NOT_DECIDED = [
    "The Board discussed whether to extend the opening hours.",
    "The Trustees would consider the matter at the next meeting.",
    "MS will look at the insurance options.",
    "MS to circulate the draft newsletter.",
    "The summer fair was discussed and the Chair will report back.",
    "The draft newsletter was discussed and Members asked for more photographs.",
    "KL proposed that Mary continue as organiser; there was no seconder.",
    "Members elected to defer the item.",
    "The application was approved on 4 May by the district council.",
    "Cllr Ray, who was elected in May, asked about the bus shelter.",
]


@pytest.mark.parametrize("sentence,phrase", DECIDED)
def test_narrative_decision_is_found_whole(sentence, phrase):
    found = texts(("paragraph", sentence))
    assert len(found) == 1, found
    assert phrase.lower() in found[0].lower()
    assert found[0].rstrip(".") in sentence or sentence.rstrip(".") in found[0]


@pytest.mark.parametrize("sentence", NOT_DECIDED)
def test_narrative_without_an_outcome_is_no_decision(sentence):
    assert texts(("paragraph", sentence)) == []


@pytest.mark.parametrize("sentence", [
    "The County Council has agreed to fund the new roof.",
    "The District Council requested that the library open on Sundays.",
    "The Parish Council approved the new bus shelter.",
])
def test_another_bodys_decision_in_a_boards_minutes_is_none(sentence):
    assert texts(("paragraph", sentence), committee="Board of Trustees") == []


@pytest.mark.parametrize("lead", [
    "Having considered the report of the Head of Highways and the comments received, I have decided:",
    "After consideration of the consultation responses, I have decided:",
    "Having reviewed the tender evaluation, I have decided:",
])
def test_first_person_list_after_what_was_weighed(lead):
    found = texts(("paragraph", lead),
                  ("list_item", "(a) to approve the new parking zone in Fernhill from 1 March 2026;"),
                  ("list_item", "(b) that the permit charge is set at £40 a year;"),
                  ("list_item", "(c) to note that two objections were received."),
                  committee="Cabinet Member for Transport")
    assert len(found) == 3, found
    assert "Fernhill" in found[0] and "£40" in found[1] and "objections" in found[2]


def test_first_person_weighing_without_deciding_is_none():
    assert texts(("paragraph", "Having considered the report, I would like officers to look again at the costs."),
                 committee="Cabinet Member for Transport") == []
