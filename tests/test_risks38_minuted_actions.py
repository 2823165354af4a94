"""Round r38: a concern or problem minuted, then the action the minutes assign against a named actor in their
shorthand ("Clerk to write to ...", "County Cllr Hope will ask ...", "Members agreed to pursue ..."): the action is
what the body does about it, so the risk's mitigation (risk_cues.yaml minuted_action).  Each positive failed before."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str):
    path = tmp_path / "paper.txt"
    path.write_text(f"NETHER CRAYLE PARISH COUNCIL\n\nMinutes of the meeting held on 3 March 2026\n\n{body}\n",
                    encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("body, action", [
    ("5. Play area\n\nMembers raised the Council's concerns about the safety of the gap beneath the new zip wire. "
     "Clerk to write to the contractor asking for a rubber mat to be fitted.",
     "Clerk to write to the contractor"),
    ("6. Buses\n\nCllr Marsh reported that the grant which pays for the Sunday bus is expected to run out in May, "
     "leaving the village without a service. Clerk to ask the county councillor to find out whether this is correct.",
     "Clerk to ask the county councillor"),
    ("6. Transport\n\nThe Rector reported that the grant which funds the community minibus is due to run out in "
     "September. Rector to email the transport team asking whether a new grant can be found.",
     "Rector to email the transport team"),
    ("8. Churchyard\n\nMembers raised concerns about the safety of the leaning wall by the lych gate. "
     "Cllr Ross to arrange a site visit with the diocese before the spring.",
     "Cllr Ross to arrange a site visit"),
])
def test_a_minuted_action_after_a_concern_is_its_mitigation(tmp_path, body, action):
    risks = _risks(tmp_path, body)
    assert len(risks) == 1
    assert risks[0].mitigation and risks[0].mitigation.startswith(action)
    assert action not in risks[0].risk


@pytest.mark.parametrize("body", [
    "5. Play area\n\nMembers raised the Council's concerns about the safety of the gap beneath the new zip wire. "
    "The gap was measured at almost two metres.",
    "6. Buses\n\nCllr Marsh reported that the grant which pays for the Sunday bus is expected to run out in May, "
    "leaving the village without a service. It is difficult to contact the operator at weekends.",
])
def test_a_sentence_with_no_assigned_step_is_no_mitigation(tmp_path, body):
    risks = _risks(tmp_path, body)
    assert len(risks) == 1
    assert not risks[0].mitigation
