"""Round r41: a reported problem and the step being taken about it run into one sentence with a bare "and"
(risk_cues.yaml mitigation.joined_step): the step is the mitigation, and a clause saying what the problem has done
goes on with the risk.  School governors' and parish minutes, all fictional; the positives (here and in the YAML
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
