"""Mends of the stop-22 real dev round (risks the real dev papers state in wordings the extractor did not read),
each on fictional papers in three or more wordings or layouts, with negatives.  Every test here failed before
its mechanism."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, name: str = "minutes.txt"):
    path = tmp_path / name
    path.write_text(f"ELMSWORTH DISTRICT COUNCIL\n\nMinutes of the Cabinet\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A representation made about the harm (a letter, lobbying) is what is done, not a new harm --------------
# Minutes often record, after a risk, that someone has written to ministers or lobbied a body "regarding" or
# "about" the very harm: the harm words there are what the action is about, so the sentence goes on the
# mitigation with the others after it, instead of ending it.

@pytest.mark.parametrize("risk, done, more", [
    ("It was noted that risk CR0031 leisure contract costs would likely stay high while energy prices remained "
     "volatile.",
     "However, a price cap had been agreed with the operator for the winter.",
     "It was further noted that the Leader had written to the Secretary of State regarding the rising costs "
     "of heating the pools; the reply was still awaited."),
    ("Members heard that strategic risk SR4 closure of care homes could escalate over the winter.",
     "However, an uplift to fees had been agreed with the providers in December.",
     "The Cabinet Member had lobbied the Department of Health about the shortfall in the care grant and the loss "
     "of the winter fund."),
    ("The Director reported that risk BN-12 loss of rural bus routes is expected to rise again as the fare cap ends.",
     "However, the tendered routes had been secured until March.",
     "Officers had made representations to the combined authority over the withdrawal of the evening services "
     "in the rural villages."),
])
def test_a_letter_or_lobbying_about_the_harm_goes_on_the_mitigation(tmp_path, risk, done, more):
    [found] = _risks(tmp_path, f"5. Corporate risk register\n\n{risk} {done} {more}")
    assert found.risk.lower().rstrip(".") in risk.lower() and more not in found.risk
    assert found.mitigation and done in found.mitigation and more in found.mitigation, found.mitigation


@pytest.mark.parametrize("text", [
    "the Leader had written to the Secretary of State regarding the rising costs of heating the pools",
    "the Cabinet Member had lobbied the Department of Health about the shortfall in the care grant",
    "Officers had made representations to the combined authority over the withdrawal of the evening services",
])
def test_the_harm_a_representation_is_about_is_no_harm_of_its_own(text):
    from committee_papers.extract.risks import _harmful, cues
    assert cues().harm.search(text) and not _harmful(text)


@pytest.mark.parametrize("text", [
    # (A letter that brings a harm, a harm after the letter, a harm that is not what a letter is about.)
    "The Secretary of State has written to say that the grant will be cut by a fifth",
    "The Leader wrote to the Minister, but the grant was still cut",
    "The loss of the grant means the depot will close",
])
def test_a_harm_beside_a_letter_stays_a_harm(text):
    from committee_papers.extract.risks import _harmful
    assert _harmful(text)

