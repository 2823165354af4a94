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
    "The Council has written off over £40,000 of unpaid rents at the market",
])
def test_a_harm_beside_a_letter_stays_a_harm(text):
    from committee_papers.extract.risks import _harmful
    assert _harmful(text)


# --- 2. A risk section headed with risk and opportunity together ---------------------------------------------
# Report templates of several councils head the risk section "Risk & Opportunity Management Implications" (or
# "Risk and Opportunity Implications", "Risks and Opportunities Management"): the paragraphs under it are the
# paper's risks, as under "Risk Implications".

def _html_report(tmp_path, heading: str, paragraphs: list[str]):
    path = tmp_path / "report.html"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(f"<html><body><h1>Elmsworth District Council</h1><h2>Cabinet report: Garden waste</h2>"
                    f"<h3>1. Background</h3><p>The garden waste service has run since 2015.</p>"
                    f"<h3>{heading}</h3>{body}<h3>9. Legal implications</h3><p>None.</p></body></html>",
                    encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# The section's first paragraph often records a fact ("... has been held for another year"); a paragraph after it
# saying who bears money owed and not collected ("any uncollected fees will fall on ...") states a loss, a risk of
# its own, not what is done about the one before.
@pytest.mark.parametrize("heading, fact, risk", [
    ("11.0 Risk &amp; Opportunity Management Implications",
     "11.1 The annual charge for garden waste has been held at £45 for another year.",
     "11.2 Any uncollected garden waste fees will be reflected in the general fund, of which the Council holds "
     "only a small share."),
    ("8. Risk and Opportunity Implications",
     "8.1 The market rents were set by Cabinet in June 2025.",
     "8.2 Unpaid rents on the market stalls are carried by the markets account, which has no reserve of its own."),
    ("8. Risks and Opportunities Management",
     "8.1 The court costs scheme has been reviewed by internal audit.",
     "8.2 Court costs that prove irrecoverable are written off against the revenues budget at the year end."),
])
def test_a_risk_and_opportunity_section_gives_its_risks(tmp_path, heading, fact, risk):
    found = _html_report(tmp_path, heading, [fact, risk])
    assert risk.split(" ", 1)[1] in [r.risk for r in found], [(r.risk, r.mitigation) for r in found]


@pytest.mark.parametrize("sentence", [
    "Any uncollected council tax will be reflected in the collection fund.",
    "Court costs that prove irrecoverable are written off at the year end.",
    "Unpaid invoices are passed to the debt recovery team after sixty days.",
])
def test_money_owed_and_not_received_is_a_harm(sentence):
    from committee_papers.extract.risks import _harmful, _says_what_is_done
    assert _harmful(sentence) and not _says_what_is_done(sentence)


@pytest.mark.parametrize("heading, paragraph", [
    # (Opportunities alone; a risk and opportunity section saying there is no risk.)
    ("8. Opportunity Management", "The new bins give the Council a chance to sell compost to allotment holders."),
    ("8. Risk &amp; Opportunity Management Implications", "There are no significant risks arising from this report."),
])
def test_no_risk_from_an_opportunity_section_or_one_saying_there_is_none(tmp_path, heading, paragraph):
    assert _html_report(tmp_path, heading, [paragraph]) == []

