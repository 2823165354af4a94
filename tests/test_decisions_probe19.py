"""Decisions probe (stop 19, p19d): fifteen fictional papers, each recording decisions in a different
real-world way (tests/probe19d/papers.py), read through the real readers; three record discussion only.
The expected decisions were written before the tool ran on them.  Also the rules the probe's misses led
to, each with its own differently worded examples and negatives:

* bodies named by their initials (IJB, ICB, HWB) and single executive members ("The Executive Member
  approved ...") decide as bodies do (vocabulary body);
* a resolution after its proposer and seconder given by initials or names ("Proposed DM, seconded EC, it
  was RESOLVED to ...": labels resolved_after_seconder);
* a vote's tally written before its outcome ("For 32 Against 20 Abstain 2 - the motion was CARRIED":
  sentences motion_carried_after_tally), the item's one outcome as motion_carried is;
* ratifying an earlier decision is this meeting's decision, whatever the date of what it ratifies
  (parts ratifies_earlier).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "probe19d"))

from committee_papers.pipeline import read_and_extract  # noqa: E402
from papers import EXPECTED  # noqa: E402
from probe_harness import assert_phrases_in_order, texts  # noqa: E402
from test_decisions import decisions_of_any_body  # noqa: E402


@pytest.mark.parametrize("build", list(EXPECTED), ids=[b.__name__ for b in EXPECTED])
def test_probe_paper_gives_its_decisions_and_no_others(tmp_path, build):
    path = build(tmp_path)
    _document, _passages, extraction = read_and_extract(str(path))
    assert_phrases_in_order(texts(extraction.decisions), EXPECTED[build])


# -- bodies named by initials, executive members -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The IJB agreed to issue revised directions to the health board.",
    "After discussion, the ICB approved the primary care estates plan.",
    "The HWB noted the annual report of the Director of Public Health.",
    "The Executive Member approved the revised fees for garden waste.",
    "The Lead Member for Children agreed the short breaks statement.",
])
def test_bodies_by_initials_and_executive_members_decide(sentence):
    assert texts(decisions_of_any_body(("heading", "4. An item"), ("paragraph", sentence))) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The IJB's chief officer gave an update on delayed discharges.",
    "Members asked whether the ICB had been consulted on the proposals.",
    "The Executive Member explained the background to the fees review.",
])
def test_initials_and_members_in_discussion_decide_nothing(sentence):
    assert decisions_of_any_body(("heading", "4. An item"), ("paragraph", sentence)) == []


# -- a resolution after its proposer and seconder ----------------------------------------------

@pytest.mark.parametrize("paragraph, decision", [
    ("Proposed KL, seconded PW, it was RESOLVED to buy a new noticeboard for £350.",
     "to buy a new noticeboard for £350."),
    ("Proposed by Cllr Amis and seconded by Cllr Booth, it was resolved that the hall hire rate stay at £12.",
     "the hall hire rate stay at £12."),
    ("Moved TR, seconded JS: RESOLVED that the allotment rents be held for 2026.",
     "the allotment rents be held for 2026."),
])
def test_a_resolution_after_its_proposer_and_seconder(paragraph, decision):
    found = texts(decisions_of_any_body(("heading", "7. An item"), ("paragraph", paragraph)))
    assert found == [decision]


@pytest.mark.parametrize("paragraph", [
    "Proposed KL, seconded PW, that the noticeboard be replaced. The motion was lost.",
    "Proposed by Cllr Amis, seconded by Cllr Booth, an amendment to the hire rate was withdrawn.",
])
def test_a_proposal_not_resolved_is_no_resolution(paragraph):
    found = decisions_of_any_body(("heading", "7. An item"), ("paragraph", paragraph))
    assert [d for d in found if d.rule == "resolved_after_seconder"] == []


# -- a vote's tally before its outcome ----------------------------------------------------------

@pytest.mark.parametrize("moved, tally", [
    ("Councillor Ode moved that the Council adopts the revised petitions scheme.",
     "For 32 Against 20 Abstain 2 - the motion was CARRIED."),
    ("It was moved that the precept be set at £88,000.", "For: 9, Against: 3, Abstentions: 1. Motion carried."),
    ("Councillor Pym moved that the Council declares a nature emergency.", "In favour 14; against 2 - CARRIED."),
])
def test_a_tally_then_carried_decides_what_was_moved(moved, tally):
    found = decisions_of_any_body(("heading", "9. Motion on notice"), ("paragraph", moved), ("paragraph", tally))
    assert len(found) == 1 and found[0].rule == "motion_carried_after_tally"
    assert found[0].text.startswith("Motion on notice: ")


@pytest.mark.parametrize("tally", [
    "For 21 Against 33 Abstain 0 - the motion was LOST.",
    "For: 4, Against: 9. The motion fell.",
])
def test_a_tally_of_a_lost_motion_decides_nothing(tally):
    found = decisions_of_any_body(("heading", "9. Motion on notice"),
                                  ("paragraph", "Councillor Ode moved that the Council adopts a new scheme."),
                                  ("paragraph", tally))
    assert found == []


def test_a_tally_carried_after_a_resolution_is_the_vote_not_a_second_decision():
    found = decisions_of_any_body(("heading", "9. Budget"),
                                  ("paragraph", "For 30 Against 12 - CARRIED."),
                                  ("paragraph", "RESOLVED that the budget for 2026/27 be approved."))
    assert texts(found) == ["the budget for 2026/27 be approved."]


# -- ratifying an earlier decision ---------------------------------------------------------------

def _minutes(tmp_path, sentence):
    path = tmp_path / "elmstead-trust_2025-09-04_board-minutes.txt"
    path.write_text("Elmstead Community NHS Trust\nMinutes of the Board meeting held on 4 September 2025\n\n"
                    "Present: Ms A Reyes (Chair), Mr B Noakes (Chief Executive)\n\n"
                    f"12. Urgent matters\n{sentence}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].decisions


@pytest.mark.parametrize("sentence", [
    "The Board RATIFIED the decision taken by the Chair on 14 August 2025 to award the laundry contract.",
    "The Board endorsed the urgent action taken on 2 July 2025 by the Chief Executive to close ward 3.",
    "The Board approved the Chair's action of 20 June 2025 on the car park lease.",
])
def test_ratifying_an_earlier_decision_is_this_meetings_decision(tmp_path, sentence):
    assert texts(_minutes(tmp_path, sentence)) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Board approved the laundry contract on 14 August 2024 for three years.",
    "As reported in July 2025, the Board agreed to close ward 3 for refurbishment.",
])
def test_an_earlier_decision_recalled_is_still_history(tmp_path, sentence):
    assert _minutes(tmp_path, sentence) == []


# -- a decision told as a noun in the passive -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "After discussion, a decision was taken to close the depot at Mill Lane by March.",
    "The decision was made to appoint Greyfield Partners as auditors for three years.",
    "Agreement was reached that the cafe would open on Sundays from May.",
])
def test_a_decision_taken_or_agreement_reached_is_a_decision(sentence):
    found = decisions_of_any_body(("heading", "6. An item"), ("paragraph", sentence))
    assert texts(found) == [sentence] and found[0].rule == "decision_was_taken"


@pytest.mark.parametrize("sentence", [
    "A decision was taken by Cabinet in 2023 to close the depot.",
    "A decision will be made to close the depot once the survey is back.",
    "Members asked when a decision would be taken on the depot.",
])
def test_a_decision_of_others_or_to_come_is_none(sentence):
    assert decisions_of_any_body(("heading", "6. An item"), ("paragraph", sentence)) == []


# -- a planning determination in the passive ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Planning permission was granted subject to the conditions in the report.",
    "Outline planning permission was refused for the reasons set out in the report.",
    "Listed building consent was granted.",
])
def test_permission_granted_or_refused_is_the_determination(sentence):
    found = decisions_of_any_body(("heading", "3. 25/0412/FUL Land at Orchard Way"), ("paragraph", sentence))
    assert len(found) == 1 and found[0].rule == "permission_determined"


@pytest.mark.parametrize("sentence", [
    "Planning permission was granted in 2019 for a smaller scheme on the site.",
    "Permission was refused on appeal in 2021.",
])
def test_the_sites_planning_history_is_no_determination(sentence):
    assert decisions_of_any_body(("heading", "3. 25/0412/FUL Land at Orchard Way"), ("paragraph", sentence)) == []


# -- a decision label alone on its line, then the decision as a plain paragraph -------------------

@pytest.mark.parametrize("label, decision", [
    ("Decision:", "Approval of a grant of £20,000 to the Riverside Trust for the summer programme."),
    ("Decision made:", "The Council will launch a loan scheme for empty homes in April."),
    ("Details of the decision:", "A one-year extension of the library courier contract with Swiftlink Ltd."),
])
def test_the_paragraph_under_a_bare_decision_label_is_the_decision(label, decision):
    found = decisions_of_any_body(("heading", "Notice of decision"), ("paragraph", label), ("paragraph", decision),
                                  ("paragraph", "Reasons for the decision:"),
                                  ("paragraph", "The scheme meets the council's priorities for the year."))
    assert texts(found) == [decision]


def test_only_the_first_paragraph_under_a_bare_label_is_taken():
    found = decisions_of_any_body(("heading", "Notice of decision"), ("paragraph", "Decision:"),
                                  ("paragraph", "Approval of a grant of £20,000 to the Riverside Trust."),
                                  ("paragraph", "The grant will be paid in two parts over the year."))
    assert texts(found) == ["Approval of a grant of £20,000 to the Riverside Trust."]


def test_a_discussion_label_is_no_decision_label():
    found = decisions_of_any_body(("heading", "5. Budget"), ("paragraph", "Discussion:"),
                                  ("paragraph", "Members questioned the savings assumed for libraries."))
    assert found == []


# -- "refuse" the noun is no refusal ----------------------------------------------------------

@pytest.mark.parametrize("text, outcome", [
    ("To purchase four replacement refuse collection vehicles through the national framework.", "other"),
    ("That the refuse and recycling service be brought back in house from April 2027.", "other"),
    ("Approved the lease of a refuse depot at Kiln Road.", "approved"),
    ("That the application be refused.", "rejected"),
    ("The Panel refused the request for a longer licence.", "rejected"),
])
def test_refuse_as_waste_is_no_refusal(text, outcome):
    from committee_papers.extract.decisions import outcome_of
    assert outcome_of(text) == outcome
