"""Mechanisms of the stop-24 round-3 risk work, each on fictional papers in three or more wordings, with
negatives.  Every test here failed before its mechanism (risk_cues.yaml named inquiry_account, read by
risks._classify)."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, opening: str = "Minutes of the Board"):
    path = tmp_path / "paper.txt"
    path.write_text(f"HOLLOWAY COMMUNITY LEISURE TRUST\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. How a problem came to light (an investigation prompted, what it drew out) is no part of the risk -----

@pytest.mark.parametrize("body, risk", [
    ("6. Café review\n\nThe Operations Manager presented the paper. The café at Marsh Lane is losing money and "
     "has relied on the reserve for two years. A detailed audit of the café accounts was prompted when the "
     "caterer asked to end the lease early. This audit was able to show how far the café had been subsidised "
     "since it opened. The Board agreed to seek a new operator for the café.",
     "The café at Marsh Lane is losing money and has relied on the reserve for two years."),
    ("4. Swimming pool\n\nThe Treasurer reported that the learner pool has been running at a loss since the "
     "spring. A review of the pool's income was commissioned after the autumn meeting. The review found that "
     "most bookings came from swimming clubs. Officers will market the pool to local schools.",
     "The Treasurer reported that the learner pool has been running at a loss since the spring."),
    ("9. Minibus hire\n\nThe minibus hire scheme is making losses on weekend bookings. An investigation into "
     "the scheme's costs was carried out by the finance team in March. The investigation established that "
     "fuel costs had doubled. Officers will raise the weekend hire charge.",
     "The minibus hire scheme is making losses on weekend bookings."),
])
def test_an_account_of_how_a_loss_was_found_ends_the_risk(tmp_path, body, risk):
    found = [r for r in _risks(tmp_path, body) if "loss" in r.risk or "losing" in r.risk]
    assert [r.risk for r in found] == [risk]
    assert found[0].mitigation  # what is done still pairs with it


@pytest.mark.parametrize("body, risk", [
    # What the paper goes on to say of the risk itself still joins it.
    ("6. Café review\n\nThe café at Marsh Lane is losing money and has relied on the reserve for two years. "
     "This shows that the café cannot pay its own way. The Board agreed to seek a new operator.",
     "The café at Marsh Lane is losing money and has relied on the reserve for two years. This shows that the "
     "café cannot pay its own way."),
    # What an inquiry found that may go wrong is the risk's too.
    ("4. Swimming pool\n\nThe learner pool has been running at a loss since the spring. The review found that "
     "the pool may have to close in the winter. Officers will market the pool to local schools.",
     "The learner pool has been running at a loss since the spring. The review found that the pool may have to "
     "close in the winter."),
])
def test_what_is_said_of_the_loss_itself_still_joins_it(tmp_path, body, risk):
    assert [r.risk for r in _risks(tmp_path, body) if "los" in r.risk] == [risk]

