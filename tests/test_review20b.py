"""Review of stop 20's second round (rv20b): rules of that round that fired on ordinary committee text.
Every sentence here is fictional; each test failed before its mend.

* note-form 'X elected to continue/remain as/in' (decisions.yml elected) took a person choosing to stay a
  tenant or stay in hospital for an election: it now needs a role after 'as' (no 'a/an') or 'in the
  role/post/office/position';
* 'the application has been accepted' (decisions.yml passive_item) took an officer's report of where an
  application stands for the meeting's decision: a reporting verb before it refuses it;
* 'A proposed and B seconded that ...' (decisions.yml seconded_nomination) stayed a decision when the vote
  after it was lost or the proposal withdrawn: the rule is now undone_by_loss (decisions.py).
"""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract
from test_decisions import decisions_of_any_body


def _rules(sentence):
    return [d.rule for d in decisions_of_any_body(("paragraph", sentence))]


@pytest.mark.parametrize("sentence", [
    "Mr Obi elected to continue as a tenant of the council.",
    "Mrs Lane elected to remain in hospital until the adaptations were finished.",
    "JT elected to remain in the scheme for another year.",
])
def test_a_person_choosing_to_stay_is_no_election(sentence):
    assert _rules(sentence) == []


@pytest.mark.parametrize("sentence", [
    "RT elected to continue as Secretary.",
    "KB elected to remain in the role of quiz organiser.",
    "Mrs Dale elected to serve in post as Treasurer for another year.",
])
def test_note_form_elections_still_decide(sentence):
    assert _rules(sentence) == ["elected"]


@pytest.mark.parametrize("sentence", [
    "The Clerk reported that the grant application has been accepted.",
    "Grants: The Clerk reported the application has been accepted.",
    "Officers confirmed the bid has been accepted on the understanding that match funding is found.",
])
def test_a_told_acceptance_is_no_decision(sentence):
    assert _rules(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Ashby Reading Group application has been accepted on the understanding that the group meets quarterly.",
    "Kelworth Friends – the application has been accepted subject to the constitution being signed by June.",
])
def test_the_meetings_own_acceptance_still_decides(sentence):
    assert _rules(sentence) == ["passive_item"]


# -- a proposal seconded and then lost ----------------------------------------------------------------------
# (decisions.yml seconded_nomination took "A proposed and B seconded that ..." for the meeting's decision even
# when the vote after it was lost; its rule is now undone_by_loss.)

@pytest.mark.parametrize("pieces", [
    [("paragraph", "Cllr Hope proposed and Cllr Aziz seconded that the car park charges be frozen. "
                   "On being put to the vote the motion was lost.")],
    [("paragraph", "Cllr Hope proposed and Cllr Aziz seconded that the car park charges be frozen."),
     ("paragraph", "On being put to the vote the motion was LOST.")],
    [("paragraph", "Mrs Dunn proposed and JT seconded that the fete be moved to the green."),
     ("paragraph", "The proposal was withdrawn after discussion.")],
])
def test_a_seconded_proposal_then_lost_is_no_decision(pieces):
    assert [d.rule for d in decisions_of_any_body(*pieces)] == []


def test_a_seconded_proposal_then_carried_still_decides():
    found = decisions_of_any_body(
        ("paragraph", "Cllr Hope proposed and Cllr Aziz seconded that the car park charges be frozen."),
        ("paragraph", "On being put to the vote the motion was carried."))
    assert [d.rule for d in found] == ["seconded_nomination"]


# -- a "Proposals" heading over what a review proposes ----------------------------------------------------
# (recommendation_cues.yaml list_headings took "Proposals" over any list; asks_only_list_headings now keeps
# its list only when every item opens as an ask.)

def _recommendations(tmp_path, text):
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    return [r.text for r in read_and_extract(str(path))[2].recommendations]


@pytest.mark.parametrize("items", [
    ["The central library will open later on Saturdays.", "Two mobile library routes will merge into one."],
    ["A new bus stop at Mill Lane, moved 40 metres east.", "Parking bays on the High Street reduced from 12 to 8."],
    ["Residents' permits would cost £45 a year.", "Visitor permits would be sold in books of ten."],
])
def test_a_proposals_heading_over_what_a_review_proposes_gives_no_recommendation(tmp_path, items):
    bullets = "\n".join(f"• {item}" for item in items)
    assert _recommendations(tmp_path, "Wendover Vale Council\n\nReport to Cabinet, 14 October 2025\n\n"
                                      f"Service Review\n\nProposals\n\n{bullets}\n\nBackground\n\n"
                                      "The service has 12 branches.\n") == []


def test_a_proposals_heading_over_asks_still_gives_them(tmp_path):
    assert _recommendations(tmp_path, "Kelworth Parish Council\n\nFinance Committee, 3 March 2026\n\n"
                                      "Proposals\n\n• Accept the quotation of £9,200 from Dunmere Roofing.\n"
                                      "• Fund the works from the building reserve.\n\nBackground\n\n"
                                      "The roof leaked twice.\n") == [
        "Accept the quotation of £9,200 from Dunmere Roofing.", "Fund the works from the building reserve."]
