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
#        significant financial risk for the Board is the ...", "The main risk for 2026/27 is a ..."), or the risk
#        topic said to remain the top or highest-scoring risk ("Staff turnover remains the highest-scoring risk: ...").

@pytest.mark.parametrize("body, risk, mitigation", [
    ("4. Budget\n\n4.1 A significant financial risk for the Council is the growing deficit on the harbour account, "
     "forecast at £4m by March. 4.2 Officers will bring a recovery plan to the next meeting.",
     "A significant financial risk for the Council is the growing deficit on the harbour account, forecast at £4m by "
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

