"""Precision mechanisms of the stop-26 risk round (r33): sentences that are not risks however they are worded, each
on fictional papers in three or more wordings, with real risks beside them that must stay. Every positive here
failed before its mechanism (risk_cues.yaml named procedure_ruling: a power or permission the rules give; named
past_fact: a fact dated in the past)."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, opening: str = "Report to the Cabinet"):
    path = tmp_path / "paper.txt"
    path.write_text(f"EAST WARLOCK DISTRICT COUNCIL\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A permission or power the rules give ("may be implemented" once the call-in period ends; an authority that
#        "may" end a duty "if it decides" so): the modal grants, it does not foresee, so no risk (the modal of a
#        decision notice's call-in line and of a statute's power, as a chair's ruling already is).

@pytest.mark.parametrize("body", [
    "Decision notice\n\nUnless they are called in by three councillors, the decisions above may be implemented on "
    "the morning of 4 March 2026.",
    "Decision notice\n\nIf no call-in request is received, the Cabinet Member's decision may be implemented after "
    "the deadline of 5pm on 11 June.",
    "Decision notice\n\nThese resolutions may be put into effect from 2 April unless five members ask for them to be "
    "reviewed by the scrutiny panel.",
    "3. Background\n\nA housing authority may end its duty to the applicant if it decides that the applicant no "
    "longer needs the accommodation.",
    "3. Background\n\nThe licensing authority may withdraw a street trading consent if it considers that the "
    "holder has not kept to its conditions.",
    "3. Background\n\nThe Board may close a waiting list if it is satisfied that the service is no longer needed "
    "by new patients.",
    "Your right to appeal\n\nThe Minister is not obliged to hear an appeal where it appears to her that the council "
    "could not have issued the licence without the conditions it set.",
    "Appeals\n\nAn inspector may decline to hear the appeal if it appears to him that the notice could not have been "
    "withdrawn under the rules in force at the time.",
])
def test_a_power_or_permission_the_rules_give_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "3. Risks\n\nUnless the pool pumps are replaced this year, the pool might have to shut for the season.",
    "3. Risks\n\nThe Council may lose the regeneration grant if the works are not finished by March.",
    "3. Risks\n\nWithout the transitional grant, the youth centre would have to close in the summer.",
    "3. Risks\n\nIf the decision is called in, the works may be delayed past the end of the grant period.",
])
def test_a_harm_that_may_follow_stays_a_risk(tmp_path, body):
    assert len(_risks(tmp_path, body)) == 1


# --- 2. A fact dated in the past ("As at 31 March the reserve held £1.2m", "The lease ended on 30 June 2025"): history
#        the paper records, with no harm, modal or risk word, is no risk, in a risk section or before a sentence
#        about "this risk".

@pytest.mark.parametrize("body", [
    "7. Risks\n\n7.1 There is a risk that the grant falls short of the pay award.\n\n"
    "As at 31 March 2025 the community safety reserve held £0.9m.",
    "7. Risks\n\n7.1 There is a risk that the grant falls short of the pay award.\n\n"
    "On 1 September 2025 the new booking system went live in all four libraries.",
    "7. Risks\n\n7.1 There is a risk that the grant falls short of the pay award.\n\n"
    "In 2024/25 the service answered 41,200 calls within the target time.",
])
def test_a_fact_dated_in_the_past_under_a_risk_section_is_no_risk(tmp_path, body):
    assert [r.risk for r in _risks(tmp_path, body)] == ["There is a risk that the grant falls short of the pay award."]


@pytest.mark.parametrize("body", [
    "4. Commentary\n\n4.1 R12 was added after the caterer gave notice in May. Its lease of the café ended on "
    "30 June 2025. Controls for this risk are still being agreed.",
    "4. Commentary\n\n4.1 R3 entered the register in July. The bus operator's contract expired on 31 July 2025. "
    "Officers will revisit this risk in the new year.",
    "4. Commentary\n\n4.1 R8 was raised by the auditors. The last inspection took place on 12 March 2024. "
    "Actions against this risk are being scheduled.",
])
def test_a_fact_dated_in_the_past_is_not_the_risk_a_later_sentence_refers_to(tmp_path, body):
    assert _risks(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "7. Risks\n\nOn 1 April 2025 the Government cut the grant by £0.4m, and further cuts could follow next year.",
    "7. Risks\n\nAs at 30 September the reserve held £0.2m, which may not cover a second flood.",
    "7. Risks\n\nThe coordination of the bridge works was highlighted. Officers will revisit that risk.",
])
def test_a_dated_fact_with_a_harm_or_modal_stays_a_risk(tmp_path, body):
    assert len(_risks(tmp_path, body)) == 1


# --- 3. A risk's own answer kept out of its statement (the risk would otherwise be read with its mitigation in it):
#        (a) after a semicolon, a clause whose doer is named with who leads it ("a weekly panel chaired by the
#        Director ... is being used to ...") says what is done, as a shorter doer's clause does; (b) a measure
#        whose only harm word is the time it runs in ("... will run every twenty minutes during the closure") says
#        what is done: the harm it names is the risk's, as what a contingency guards against is.

@pytest.mark.parametrize("body, risk, mitigation", [
    ("4. Finance\n\nThe main risk to the outturn is the cost of agency cover; a monthly workforce panel chaired by "
     "the Director of People is being used to bring it down.",
     "The main risk to the outturn is the cost of agency cover", "monthly workforce panel"),
    ("4. Highways\n\nThere is a risk that the bridge repairs overrun into the summer; a project board led by the Head "
     "of Highways and two ward members will meet every fortnight to keep the works on time.",
     "There is a risk that the bridge repairs overrun into the summer", "project board"),
    ("4. Schools\n\nThe Committee noted the risk that pupil numbers fall further at both village schools; a working "
     "group of governors, staff and parents from both schools is reviewing the admissions policy.",
     "The Committee noted the risk that pupil numbers fall further at both village schools", "working group"),
])
def test_a_long_named_doer_after_a_semicolon_is_the_mitigation(tmp_path, body, risk, mitigation):
    found = _risks(tmp_path, body)
    assert [r.risk for r in found] == [risk]
    assert mitigation in (found[0].mitigation or "")


@pytest.mark.parametrize("body, risk, mitigation", [
    ("Minutes of the meeting\n\n5. Ferry terminal\n\nMembers raised the risk that the closure of the Harbour Road "
     "bridge next spring would cut off the ferry terminal. The Director said a shuttle bus from the station will run "
     "every twenty minutes during the closure.",
     "closure of the Harbour Road bridge", "shuttle bus"),
    ("Minutes of the meeting\n\n6. Kitchen\n\nGovernors raised the risk that the kitchen refit would leave pupils "
     "without hot meals for a term. The Head said that packed lunches will be given free to every pupil throughout "
     "the disruption.",
     "kitchen refit", "packed lunches"),
    ("Minutes of the meeting\n\n7. Water main\n\nTrustees noted the risk that the water main replacement would force "
     "the pool to shut for a fortnight. The Manager said swimmers will be offered free sessions at the Kirkby pool "
     "during the closure.",
     "water main replacement", "free sessions"),
])
def test_a_measure_timed_by_the_risk_s_harm_is_its_mitigation(tmp_path, body, risk, mitigation):
    found = _risks(tmp_path, body, opening="Minutes")
    assert len(found) == 1
    assert risk in found[0].risk and mitigation not in found[0].risk
    assert mitigation in (found[0].mitigation or "")


@pytest.mark.parametrize("body", [
    "4. Finance\n\nThere is a risk that steel prices rise again; the price paid for steel by most of the larger "
    "contractors in the region has risen by a fifth this year.",
    "4. Highways\n\nThere is a risk that the market traders will lose trade during the closure of the high street.",
])
def test_a_harm_after_a_semicolon_or_during_a_closure_stays_with_the_risk(tmp_path, body):
    found = _risks(tmp_path, body)
    assert len(found) == 1 and not found[0].mitigation


# --- 4. A risk sentence whose subject is a bare pronoun pointing back ("This continues to pose ...", "That is a
#        serious risk ...", "Neither has been ..., which may ...") takes in the sentence before, which says what the
#        pronoun is (as "These changes could ..." already does): read alone it names no risk.

@pytest.mark.parametrize("body, first, second", [
    ("4. Finance\n\n4.1 The pension reserve would not cover a second year of strain if the grant ends in March. This "
     "continues to pose a real risk to the pension fund's stability.",
     "The pension reserve would not cover", "This continues to pose"),
    ("4. Parking\n\n4.1 Any new parking scheme will need new pay machines and a permit system. Neither has been "
     "budgeted so far, which may bring risks to the timetable and the cost.",
     "Any new parking scheme will need", "Neither has been budgeted"),
    ("4. Workforce\n\n4.1 Uptake of the winter vaccine among home care staff stood at 38% in November. That remains "
     "a serious risk to the care homes over the winter.",
     "Uptake of the winter vaccine", "That remains a serious risk"),
])
def test_a_risk_whose_subject_is_a_bare_pronoun_takes_in_the_sentence_before(tmp_path, body, first, second):
    found = _risks(tmp_path, body)
    assert len(found) == 1
    assert first in found[0].risk and second in found[0].risk


@pytest.mark.parametrize("body, absent", [
    ("4. Finance\n\n4.1 Officers have reviewed the tender returns. This year's price rise may lead to an overspend "
     "of £0.3m.", "Officers have reviewed"),
    ("4. Finance\n\n4.1 The depot lease ends in May. There is a risk that the landlord will not renew it, leaving "
     "the Council without a gritting base.", "The depot lease ends"),
    ("4. Finance\n\n4.1 The survey found damp in two classrooms. That classroom block could have to close for a "
     "term if the roof fails.", "The survey found damp"),
])
def test_a_risk_with_its_own_subject_stands_alone(tmp_path, body, absent):
    found = _risks(tmp_path, body)
    assert len(found) == 1 and absent not in found[0].risk
