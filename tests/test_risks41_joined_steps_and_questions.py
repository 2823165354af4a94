"""Round r41: two forms minutes take.  A reported problem and the step being taken about it run into one sentence
with a bare "and" (risk_cues.yaml mitigation.joined_step): the step is the mitigation, and a clause saying what the
problem has done goes on with the risk.  A member's question naming what could go wrong (statements.asked_what_if):
the question is the risk and the officer's answer its mitigation, unless the answer states a risk of its own, which
then stands alone.  And a purpose "to avoid the risk of ..." states a risk only with a step taken
(statements.done_to_avoid_risk): an aim with none states none.  School governors, parish, drainage board, trust and
council minutes and reports, all fictional; the positives and the negatives of the aims (here and in the YAML
examples) failed before the round."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, heading: str = "MARLOW HEATH PARISH COUNCIL"):
    path = tmp_path / "minutes.txt"
    path.write_text(f"{heading}\n\nMinutes of the meeting held on 9 February 2026\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("body, risk, mitigation", [
    ("4. Premises\n\nThe science block roof has failed again and a specialist survey has been commissioned by the "
     "bursar.", "The science block roof has failed again", "a specialist survey has been commissioned by the bursar."),
    ("6. Safeguarding\n\nThere was one information governance breach at the nursery in March and the governors are "
     "content with the arrangements made since.", "There was one information governance breach at the nursery in March",
     "the governors are content with the arrangements made since."),
    ("7. Allotments\n\nMembers raised concerns re fly-tipping at the allotment gate and this is being followed up with "
     "the district council.", "Members raised concerns re fly-tipping at the allotment gate",
     "this is being followed up with the district council."),
])
def test_a_step_joined_by_and_is_the_mitigation(tmp_path, body, risk, mitigation):
    [found] = _risks(tmp_path, body)
    assert (found.risk, found.mitigation) == (risk, mitigation)


@pytest.mark.parametrize("body", [
    "5. Buses\n\nComplaints about the night buses have escalated and the Sunday service has been withdrawn.",
    "8. Cemetery\n\nIt has become apparent that the mowing contractor is not cutting the verges and the churchyard has "
    "been left untidy.",
    "9. Footpaths\n\nMembers raised concerns re the state of the towpath by the lock and the footbridge has been closed "
    "to walkers.",
])
def test_what_the_problem_has_done_goes_on_with_the_risk(tmp_path, body):
    [found] = _risks(tmp_path, body)
    assert found.mitigation is None
    assert found.risk == body.split("\n\n", 1)[1]


@pytest.mark.parametrize("body, risk, mitigation", [
    ("5. Pumping stations\n\nMembers asked what would happen if the main pump at Fen End failed during a storm. The "
     "Engineer said the contractor keeps a standby pump on a trailer at the depot.",
     "Members asked what would happen if the main pump at Fen End failed during a storm.",
     "The Engineer said the contractor keeps a standby pump on a trailer at the depot."),
    ("6. Catering\n\nA governor asked what would happen should the meals supplier go into administration. The "
     "Business Manager explained that the county framework names a second supplier able to start within a week.",
     "A governor asked what would happen should the meals supplier go into administration.",
     "The Business Manager explained that the county framework names a second supplier able to start within a week."),
    # The answer grants part of the danger, then turns to what is done.
    ("7. External audit\n\nA governor asked whether the audit fee could rise during the contract. The Director of "
     "Finance replied that new reporting rules could add to the auditors' work, but the fee is fixed for three years.",
     "A governor asked whether the audit fee could rise during the contract. The Director of Finance replied that new "
     "reporting rules could add to the auditors' work.",
     "The fee is fixed for three years."),
])
def test_a_question_naming_a_danger_is_the_risk_and_the_answer_its_mitigation(tmp_path, body, risk, mitigation):
    [found] = _risks(tmp_path, body, "ASHWORTH HOSPITALS NHS FOUNDATION TRUST")
    assert (found.risk, found.mitigation, found.rule) == (risk, mitigation, "risk.asked_what_if")


def test_an_answer_naming_its_own_risk_replaces_the_question(tmp_path):
    body = ("4. Depot\n\nCouncillor Hale asked what would happen if the new fleet was not delivered in time. The Head "
            "of Waste acknowledged the risk that Arlow Trucks might not deliver the twelve lorries by 1 May, which would "
            "leave rounds uncollected; to manage this, the old lorries would be kept on hire until June.")
    [found] = _risks(tmp_path, body, "TELLBURY DISTRICT COUNCIL")
    assert found.risk.startswith("The Head of Waste acknowledged the risk that Arlow Trucks")
    assert found.rule != "risk.asked_what_if"


@pytest.mark.parametrize("body", [
    "4. Hall\n\nThe Chair asked whether the hall could be booked on Sundays. The Clerk said it could.",
    "5. Charges\n\nCouncillor Lowe asked whether the Council could reduce the charge for allotments. The Clerk said "
    "this would be looked at in the budget.",
    "6. Planning\n\nA member asked what would happen if the scheme were approved tonight. The Planning Officer said "
    "the decision notice would be issued within a week.",
    "7. Library\n\nA resident asked what would happen to the old library building. The Chair said a report would come "
    "to the next meeting.",
    "8. Car parks\n\nA resident asked whether parking charges would rise. The Leader said charges were reviewed each "
    "April and were not part of the lease.",
])
def test_a_question_with_no_danger_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "5. Budget\n\nTo guard against the risk of a deficit the college must stay financially prudent. Good housekeeping "
    "is vital to the confidence of the governors.",
    "6. Social value\n\nFair pay for our suppliers' staff Ethical sourcing to reduce the risk of forced labour in our "
    "supply chains Cut the risk of fraud in our contracts",
    "7. Inclusion\n\nIn order to reduce the risk of isolation, the strategy aims to be open to all older residents.",
])
def test_an_aim_to_avoid_a_risk_with_no_step_taken_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body, "ORMSBY COUNTY COUNCIL") == []


def test_a_step_taken_to_limit_a_risk_still_states_it(tmp_path):
    body = "4. Drainage\n\nThe outfall valves are now checked every month to reduce the risk of the culvert backing up."
    [found] = _risks(tmp_path, body, "ORMSBY COUNTY COUNCIL")
    assert found.rule == "risk.done_to_avoid_risk"
    assert found.mitigation == "The outfall valves are now checked every month"
