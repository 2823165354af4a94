"""Mechanisms of the stop-26 risk round (r32), each on fictional papers in three or more wordings, with negatives.
Every positive here failed before its mechanism (risk_cues.yaml statements main_risk and one_risk_is, evidence harm;
mitigating-action sections read by risks._answer_below)."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, opening: str = "Report to the Cabinet"):
    path = tmp_path / "paper.txt"
    path.write_text(f"NORTH HELMSBY DISTRICT COUNCIL\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A risk named as the subject of a copula, with the indefinite article or a qualifier naming a year ("A
#        serious financial risk to the Board is the ...", "The main risk for 2026/27 is a ..."), or the risk
#        topic said to remain the top or highest-scoring risk ("Staff turnover remains the highest-scoring risk: ...").

@pytest.mark.parametrize("body, risk, mitigation", [
    ("4. Budget\n\n4.1 A serious financial risk to the Council is the growing deficit on the harbour account, "
     "forecast at £4m by March. 4.2 Officers will bring a recovery plan to the next meeting.",
     "A serious financial risk to the Council is the growing deficit on the harbour account, forecast at £4m by "
     "March.", "recovery plan"),
    ("5. Finance\n\nA key risk to the Trust is the loss of the two locum radiologists at the end of the winter.",
     "A key risk to the Trust is the loss of the two locum radiologists at the end of the winter.", None),
    ("6. Recycling\n\nThe main financial risk for 2026/27 is a fall in the price of paper, which would raise the "
     "net cost of collection. The contract caps the price paid by the Council at £60 a tonne.",
     "The main financial risk for 2026/27 is a fall in the price of paper, which would raise the net cost of "
     "collection.", "caps the price"),
    ("7. Risk register\n\n7.1 Agency spending remains the highest-scoring risk: a further rise in agency rates "
     "would exhaust the staffing contingency. To limit this, the Director has set a cap on weekly agency hours.",
     "Agency spending remains the highest-scoring risk: a further rise in agency rates would exhaust the staffing "
     "contingency.", "cap on weekly agency hours"),
    ("8. Depot\n\nFlooding of the depot remains our principal risk, as the river defences are not due until 2028.",
     "Flooding of the depot remains our principal risk, as the river defences are not due until 2028.", None),
])
def test_a_risk_named_as_the_subject_of_a_copula_is_a_risk(tmp_path, body, risk, mitigation):
    found = _risks(tmp_path, body)
    assert [r.risk for r in found] == [risk]
    if mitigation:
        assert mitigation in (found[0].mitigation or "")


@pytest.mark.parametrize("body", [
    "4. Budget\n\nA significant risk is the subject of a separate report on this agenda.",
    "4. Budget\n\nA key risk for the project is low, as the contractor has finished the groundworks.",
    "4. Budget\n\nThe main risk for 2026/27 is set out in the risk register at Appendix C.",
])
def test_a_risk_only_pointed_to_or_rated_low_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 2. A risk stated in a section's paragraphs, followed straight away by a section headed as its mitigating
#        actions ("6. Mitigating actions", "Mitigations", "Mitigating Actions for Age"): the paragraphs or items under
#        that heading are its mitigation, as the answer under a response heading is a question's.

@pytest.mark.parametrize("body, risk, mitigation", [
    ("5. Impact on residents\n\n5.1 There is a risk that the closure of the Mill Lane office leaves older residents "
     "without a place to pay their rent in person.\n\n6. Mitigating actions\n\n6.1 A payment point will open in the "
     "Mill Lane library on the day the office closes.\n\n7. Financial implications\n\n7.1 The closure saves £40,000 "
     "a year.",
     "There is a risk that the closure of the Mill Lane office leaves older residents without a place to pay their "
     "rent in person.",
     "A payment point will open in the Mill Lane library on the day the office closes."),
    ("Impact on service users\n\nThere is a risk that people receiving care at home lose a familiar carer while the "
     "two teams are merged in the spring.\n\nMitigations\n\n- Each person will be told the name of their new carer a "
     "week before the change.\n- Families can ask for a review of the care plan at any time.\n\nNext steps\n\nThe "
     "merger starts on 1 April.",
     "There is a risk that people receiving care at home lose a familiar carer while the two teams are merged in the "
     "spring.",
     "Each person will be told the name of their new carer a week before the change. Families can ask for a review "
     "of the care plan at any time."),
    ("Negative impacts identified for Disability\n\nThe county sensory team has no worker based in the north, which "
     "could lead to delays in home visits for blind residents there.\n\nMitigating actions for "
     "Disability\n\n1) A sensory worker will hold a weekly clinic in the Northgate library.\n2) Home visits in the "
     "north will be booked within ten working days.\n\nResponsible Officer for Disability\n\nHead of Adult Care",
     "The county sensory team has no worker based in the north, which could lead to delays in home visits for blind "
     "residents there.",
     "A sensory worker will hold a weekly clinic in the Northgate library."),
])
def test_a_mitigating_actions_section_after_the_risk_is_its_mitigation(tmp_path, body, risk, mitigation):
    found = _risks(tmp_path, body)
    assert [r.risk for r in found] == [risk]
    assert mitigation in (found[0].mitigation or "")


def test_a_section_on_something_else_after_the_risk_gives_no_mitigation(tmp_path):
    found = _risks(tmp_path, "4. Background\n\n4.1 There is a risk that the pier kiosk stays shut this summer.\n\n"
                             "5. Consultation\n\n5.1 Residents were asked for their views in May and 240 replied.")
    assert [r.risk for r in found] == ["There is a risk that the pier kiosk stays shut this summer."]
    assert found[0].mitigation is None


# --- 3. "Short-term" names a span, a shortlist a selection: neither says something falls short, so a sentence about a
#        short-term arrangement made is what is done about the risk before it (risk_cues.yaml evidence harm).

@pytest.mark.parametrize("body, risk, mitigation", [
    ("4. Winter service\n\nThere is a risk that the new gritters arrive after the first frost. Two gritters were "
     "ordered in May and a short-term hire of a spare gritter has been arranged for December.",
     "There is a risk that the new gritters arrive after the first frost.",
     "Two gritters were ordered in May and a short-term hire of a spare gritter has been arranged for December."),
    ("5. Play scheme\n\nThere is a risk that the summer play scheme cannot find enough staff. Relief workers were "
     "recruited in June and short-term cover has been booked with an agency for August.",
     "There is a risk that the summer play scheme cannot find enough staff.",
     "Relief workers were recruited in June and short-term cover has been booked with an agency for August."),
    ("6. Day centre\n\nThere is a risk that the day centre roof fails its inspection. A short term move to the church "
     "hall has been booked for the duration of the works.",
     "There is a risk that the day centre roof fails its inspection.",
     "A short term move to the church hall has been booked for the duration of the works."),
])
def test_a_short_term_arrangement_is_a_mitigation(tmp_path, body, risk, mitigation):
    found = _risks(tmp_path, body)
    assert [(r.risk, r.mitigation) for r in found] == [(risk, mitigation)]


def test_falling_short_is_no_mitigation(tmp_path):
    found = _risks(tmp_path, "4. Winter service\n\nThere is a risk that the new gritters arrive after the first "
                             "frost. The supplier has fallen short of parts since the summer.")
    assert len(found) == 1 and found[0].mitigation is None
