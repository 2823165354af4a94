"""Mechanisms of the stop-23 risk round, each on fictional papers in three or more wordings or layouts, with
negatives.  Every test here failed before its mechanism (risk_cues.yaml statements consequence_harm,
another_risk, threat_to, left_exposed; evidence eased_burden; named needed_step and unmet_condition, read by
risks._is_needed_step and risks._guards_the_next)."""
from __future__ import annotations

import re

import pytest
import yaml

from committee_papers.extract.risks import CUES_PATH
from committee_papers.pipeline import read_and_extract

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def _risks(tmp_path, body: str, opening: str = "Minutes of the Cabinet", name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text(f"ELMSWORTH DISTRICT COUNCIL\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. What something may bring about, when that is a harm, is a risk anywhere ------------------------------

@pytest.mark.parametrize("opening, body, risk", [
    # Minutes' discussion.
    ("Minutes of the Cabinet", "7. Leisure centre\n\nMembers noted that a further rise in energy prices could "
     "result in the closure of the learner pool over the winter.",
     # (read without the reported-speech opening, as every statement after one is: risks._statement)
     "A further rise in energy prices could result in the closure of the learner pool over the winter."),
    # A report's background, no implications heading.
    ("Report of the Director of Resources", "3. Background\n\n3.2 Slippage on the roof works may lead to a delay in "
     "reopening the museum and lost ticket income.",
     "Slippage on the roof works may lead to a delay in reopening the museum and lost ticket income."),
    # A decision record's reasons.
    ("Record of officer decision", "Reasons for the decision\n\nThe current contract ends on 31 March. Leaving the "
     "post unfilled might give rise to a backlog of planning appeals.",
     "Leaving the post unfilled might give rise to a backlog of planning appeals."),
])
def test_a_harm_something_may_bring_about_is_a_risk_outside_implications(tmp_path, opening, body, risk):
    assert [(r.risk, r.rule) for r in _risks(tmp_path, body, opening)] == [(risk, "risk.consequence_harm")]


@pytest.mark.parametrize("body", [
    "7. Transport\n\nThe new bus lane could lead to shorter journey times on the ring road.",
    "7. Transport\n\nSharing the depot with the county may result in lower costs for both councils.",
    "7. Transport\n\nThe review may lead to a new timetable being agreed in June.",
    "7. Transport\n\nThe survey results could lead to changes in the route network.",
])
def test_a_relief_or_a_plain_change_something_may_bring_about_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 2. A further risk named beside another one ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A further risk is the potential for a judicial review of the consultation.",
    "Another risk would be the departure of the two specialist nurses before the transfer.",
    "An additional risk is the state of the boiler in the old town hall.",
])
def test_a_further_risk_is_a_risk(tmp_path, sentence):
    assert [(r.risk, r.rule) for r in _risks(tmp_path, f"4. Update\n\n{sentence}")] == [(sentence, "risk.another_risk")]


@pytest.mark.parametrize("sentence", [
    "A further risk assessment of the site will follow in May.",
    "Another risk workshop is planned for the autumn.",
    "A new risk owner has been named for the depot.",
])
def test_further_risk_work_is_no_risk(tmp_path, sentence):
    assert _risks(tmp_path, f"4. Update\n\n{sentence}") == []


# --- 3. A threat to what the body runs or holds -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ransomware remains a serious threat to the council's payment systems.",
    "Metal theft from the cemetery chapels is a growing threat to the repair budget.",
    "The shortage of HGV drivers poses a real threat to the winter gritting service.",
])
def test_a_threat_to_a_service_or_budget_is_a_risk(tmp_path, sentence):
    assert [(r.risk, r.rule) for r in _risks(tmp_path, f"4. Update\n\n{sentence}")] == [(sentence, "risk.threat_to")]


@pytest.mark.parametrize("sentence", [
    "The officers attended at once because there was a threat to life.",
    "The national threat level was explained to the panel.",
    "Members asked about the threats in the cyber security report.",
])
def test_a_threat_to_life_or_talk_of_threats_is_no_risk(tmp_path, sentence):
    assert _risks(tmp_path, f"4. Update\n\n{sentence}") == []


# --- the evidence the first rule shares with reported_risk ------------------------------------------------------

def _eased_burden():
    return re.compile(CUES["evidence"]["eased_burden"]["pattern"], re.IGNORECASE)


@pytest.mark.parametrize("text", CUES["evidence"]["eased_burden"]["examples"])
def test_a_cut_in_a_burden_is_an_eased_burden(text):
    assert _eased_burden().search(text)


@pytest.mark.parametrize("text", CUES["evidence"]["eased_burden"]["not_examples"])
def test_a_cut_in_what_a_body_has_is_no_eased_burden(text):
    assert not _eased_burden().search(text)


# --- 4. A step the paper says must be taken, after a risk, is its mitigation ------------------------------------

@pytest.mark.parametrize("body, risk, mitigation", [
    ("5. Village hall\n\nMembers raised concerns that the hall could lose bookings during the works. They stressed "
     "that hirers would need to be told of the works timetable well in advance.",
     "Members raised concerns that the hall could lose bookings during the works.",
     "They stressed that hirers would need to be told of the works timetable well in advance."),
    ("5. Harbour wall\n\nThere is a risk that the contractor will not finish before the tourist season. Weekly "
     "progress meetings with the contractor are critical.",
     "There is a risk that the contractor will not finish before the tourist season.",
     "Weekly progress meetings with the contractor are critical."),
    ("5. Car parks\n\nThere was a concern that the multi-storey could not reopen before Christmas. In addition, "
     "clear signage to the other car parks is vital.",
     "There was a concern that the multi-storey could not reopen before Christmas.",
     "In addition, clear signage to the other car parks is vital."),
])
def test_a_step_that_must_be_taken_after_a_risk_is_its_mitigation(tmp_path, body, risk, mitigation):
    assert [(r.risk, r.mitigation) for r in _risks(tmp_path, body)] == [(risk, mitigation)]


@pytest.mark.parametrize("body", [
    # (What the risk would force on the body is more of the risk, not a step against it.)
    "5. Pay\n\nThere is a risk that the pay award exceeds 3%. The difference would need to be funded from reserves.",
    "5. Grants\n\nThere is a risk that the hall is not finished by March. The grant would have to be repaid.",
    "5. Roads\n\nThere is a risk that the bridge fails its inspection. The repairs would then need to be found from balances.",
])
def test_what_a_risk_would_force_or_a_note_is_no_step_against_it(tmp_path, body):
    [found] = _risks(tmp_path, body)
    assert found.mitigation is None


# --- 5. A step stated just before the risk it guards against ----------------------------------------------------

@pytest.mark.parametrize("body, risk, mitigation", [
    ("4. Comments\n\nIn addition, early engagement with tenants is critical. Reputational risk for the council is "
     "high if the changes are not well explained.",
     "Reputational risk for the council is high if the changes are not well explained.",
     "In addition, early engagement with tenants is critical."),
    ("4. Transport\n\nGood communication with families is essential. There is a risk that pupils will miss school "
     "if the new routes are not published in time.",
     "There is a risk that pupils will miss school if the new routes are not published in time.",
     "Good communication with families is essential."),
    ("4. Staffing\n\nThe new rota must be agreed with the union before April. There is a risk of industrial action "
     "unless agreement is reached.",
     "There is a risk of industrial action unless agreement is reached.",
     "The new rota must be agreed with the union before April."),
])
def test_a_step_said_before_the_risk_it_guards_against_is_its_mitigation(tmp_path, body, risk, mitigation):
    assert [(r.risk, r.mitigation) for r in _risks(tmp_path, body)] == [(risk, mitigation)]


def test_a_step_between_two_risks_guards_the_second_and_does_not_extend_the_first(tmp_path):
    body = ("4. Comments\n\nNo booking system has been chosen yet, which could pose cost risks later. In addition, "
            "early engagement with tenants is critical. Reputational risk for the council is high if the changes are "
            "not well explained.")
    assert [(r.risk, r.mitigation) for r in _risks(tmp_path, body)] == [
        ("No booking system has been chosen yet, which could pose cost risks later.", None),
        ("Reputational risk for the council is high if the changes are not well explained.",
         "In addition, early engagement with tenants is critical.")]


@pytest.mark.parametrize("body", [
    # (The risk's condition is not the step left undone: the step before it guards nothing named.)
    "4. Hall\n\nThe roof must be inspected in May. There is a risk that the hall will close for the summer.",
    "4. Hall\n\nA new caretaker is essential. There is a risk that the boiler fails in a cold spell.",
    "4. Hall\n\nThe accounts must be signed by June. There is a risk that the hall's insurer raises the premium.",
])
def test_a_step_before_a_risk_without_an_unmet_condition_is_not_its_mitigation(tmp_path, body):
    assert all(r.mitigation is None for r in _risks(tmp_path, body))


# --- 6. A body that may be left exposed to a cost, claim or penalty -------------------------------------------------

@pytest.mark.parametrize("body, risk", [
    ("14. Insurance\n\nThe Clerk reported that the buildings were under-insured and the council could be exposed to "
     "significant costs if a claim arose.",
     "The Clerk reported that the buildings were under-insured and the council could be exposed to significant "
     "costs if a claim arose."),
    ("14. Contract\n\nEnding the agreement early would leave the Trust exposed to a claim from the operator.",
     "Ending the agreement early would leave the Trust exposed to a claim from the operator."),
    ("14. Targets\n\nA missed completion date might expose the Authority to financial penalties under the grant terms.",
     "A missed completion date might expose the Authority to financial penalties under the grant terms."),
])
def test_a_body_left_exposed_to_a_cost_claim_or_penalty_is_a_risk(tmp_path, body, risk):
    assert [(r.risk, r.rule) for r in _risks(tmp_path, body)] == [(risk, "risk.left_exposed")]


@pytest.mark.parametrize("body", [
    "14. Sport\n\nPupils will be exposed to a wide range of sports during the summer scheme.",
    "14. Culture\n\nThe festival exposed thousands of visitors to the town's new galleries.",
    "14. Stone\n\nThe old wall was exposed to view when the hedge was cut back.",
])
def test_exposure_to_something_good_or_a_plain_fact_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 7. A measure stated before the risk whose condition is its lack ------------------------------------------------

@pytest.mark.parametrize("measure, risk", [
    ("To guard against flooding of the archive, officers will install pumps in the basement this winter.",
     "Without them, the records could be damaged beyond repair."),
    ("To protect the summer programme, the Trust has booked agency lifeguards for July and August.",
     "If these were not in place, the lido might have to close at weekends."),
    ("Officers have arranged a second supplier of school meals.",
     "Without this arrangement, pupils could go without a hot meal if the main kitchen fails."),
])
def test_a_measure_said_before_the_risk_of_its_lack_is_its_mitigation(tmp_path, measure, risk):
    assert [(r.risk, r.mitigation) for r in _risks(tmp_path, f"5. Item\n\n{measure} {risk}")] == [(risk, measure)]


@pytest.mark.parametrize("before, risk", [
    # (What comes before is no measure, or the condition is no lack of it: no mitigation said first.)
    ("Rainfall in the valley was the highest on record last year.", "Without them, the records could be damaged beyond repair."),
    ("Officers have arranged a second supplier of school meals.", "If it snows heavily, the kitchens could close."),
    ("The reserves may fall below the minimum next year.", "Failing this, the bridge may have to close to lorries."),
])
def test_no_measure_before_or_no_lack_of_it_gives_no_mitigation_said_first(tmp_path, before, risk):
    assert all(r.mitigation != before for r in _risks(tmp_path, f"5. Item\n\n{before} {risk}"))


# --- 8. A condition whose outcome is a cost or pressure the body would bear ----------------------------------------

@pytest.mark.parametrize("opening, body, risk", [
    ("Report of the Treasurer", "6. Budget\n\n6.3 The budget assumes a 3% award. If the national award is higher, "
     "the council would face an unfunded pressure of around £12,000.",
     "If the national award is higher, the council would face an unfunded pressure of around £12,000."),
    ("Minutes of the Cabinet", "9. Budget monitoring\n\nThe Director explained that if demand rises as forecast, the "
     "placements budget would be overspent by £250,000 at the year end.",
     "If demand rises as forecast, the placements budget would be overspent by £250,000 at the year end."),
    ("Report of the Chief Finance Officer", "3. Background\n\n3.4 If energy prices stay at this level the Trust "
     "might, as last year, incur further costs of about £0.4m.",
     None),
])
def test_a_condition_whose_outcome_is_a_cost_borne_is_a_risk(tmp_path, opening, body, risk):
    found = [(r.risk, r.rule) for r in _risks(tmp_path, body, opening)]
    if risk is None:
        # (The condition must close with a comma before its outcome: without one the sentence is left to others.)
        assert all(rule != "risk.if_cost_follows" for _text, rule in found)
    else:
        assert found == [(risk, "risk.if_cost_follows")]


@pytest.mark.parametrize("body", [
    "6. Budget\n\n6.3 If approved, the scheme would cost £2m over three years.",
    "6. Budget\n\n6.3 If the bid succeeds, the council would receive £3m for the harbour.",
    "6. Budget\n\n6.3 If the hall is let on Saturdays, the income would cover the caretaker's hours.",
])
def test_a_condition_whose_outcome_is_a_price_or_gain_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body, "Report of the Treasurer") == []


# --- 9. A concern minuted about something already going wrong, without a modal -------------------------------------

@pytest.mark.parametrize("body, risk, mitigation", [
    ("15. Reserves\n\nMembers were concerned that general reserves had fallen below the recommended minimum. The "
     "Treasurer advised that a recovery plan would be brought to the next meeting.",
     "Members were concerned that general reserves had fallen below the recommended minimum.",
     "The Treasurer advised that a recovery plan would be brought to the next meeting."),
    ("15. Performance\n\nConcern was expressed that waiting times for assessments continued to lengthen.",
     "Concern was expressed that waiting times for assessments continued to lengthen.", None),
    ("15. Depot\n\nCouncillor Roe raised concerns that the depot lease was due to expire without a replacement site.",
     "Councillor Roe raised concerns that the depot lease was due to expire without a replacement site.", None),
])
def test_a_concern_about_a_harm_already_happening_is_a_risk(tmp_path, body, risk, mitigation):
    assert [(r.risk, r.mitigation, r.rule) for r in _risks(tmp_path, body)] == [(risk, mitigation, "risk.concerned_at_harm")]


@pytest.mark.parametrize("body", [
    "15. Report\n\nMembers were concerned that the report was so long, but were reassured by the summary.",
    "15. Meeting\n\nThe Chair was concerned that the meeting had started on time.",
    "15. Figures\n\nMembers were not concerned that the figures were provisional.",
])
def test_a_concern_settled_denied_or_about_no_harm_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 10. "Otherwise" and what goes wrong: the measure before it is its mitigation -----------------------------------

@pytest.mark.parametrize("measure, risk", [
    ("In order to avoid a gap in provision, the current contract will be extended by six months.",
     "Otherwise, the service could cease before the new provider starts."),
    ("The Clerk will submit the claim to the heritage fund by Friday.", "Otherwise the grant may be lost."),
    ("The county has agreed to fund two extra minibuses.", "Otherwise, pupils would miss the start of the autumn term."),
])
def test_a_measure_then_otherwise_and_a_harm_is_a_risk_with_its_mitigation(tmp_path, measure, risk):
    assert [(r.risk, r.mitigation) for r in _risks(tmp_path, f"5. Item\n\n{measure} {risk}")] == [(risk, measure)]


@pytest.mark.parametrize("sentence", [
    "Otherwise, the works will start in May as planned.",
    "Otherwise the report is for noting.",
    "Otherwise, members could contact the Clerk.",
])
def test_otherwise_without_a_harm_is_no_risk(tmp_path, sentence):
    assert _risks(tmp_path, f"5. Item\n\nThe hall will reopen after the half-term holiday. {sentence}") == []
