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


# --- 3. In a risk section, a paragraph opening on a harm is a risk of its own, even when it goes on to say what
# is done; only a paragraph saying what is done from its start is more mitigation of the risk before it.

@pytest.mark.parametrize("first, second, harm", [
    ("8.1 The garden waste crews may not be recruited in time for the spring rounds.",
     "8.2 Any uncollected subscription fees will be reflected in the general fund. Officers will send reminders "
     "in May.", "Any uncollected subscription fees will be reflected in the general fund."),
    ("8.1 The new vehicles could be delivered late.",
     "8.2 The price of fuel is rising faster than the budget allowed. The Council has fixed its price with a "
     "supplier until March.", "The price of fuel is rising faster than the budget allowed."),
    ("8.1 The depot lease might not be renewed by the landlord.",
     "8.2 Disposal charges at the county tip have increased by 12%. The service is reviewing its rounds to cut "
     "tonnage.", "Disposal charges at the county tip have increased by 12%."),
])
def test_a_paragraph_opening_on_a_harm_is_a_risk_of_its_own(tmp_path, first, second, harm):
    found = _html_report(tmp_path, "8. Risk Implications", [first, second])
    assert [r.risk for r in found] == [first.split(" ", 1)[1], harm], [(r.risk, r.mitigation) for r in found]
    assert found[1].mitigation and second.endswith(found[1].mitigation)


def test_a_paragraph_saying_what_is_done_stays_the_risk_before_its_mitigation(tmp_path):
    found = _html_report(tmp_path, "8. Risk Implications",
                         ["8.1 The garden waste crews may not be recruited in time for the spring rounds.",
                          "8.2 Officers have advertised the posts early. Agency drivers are booked as a fallback."])
    assert len(found) == 1 and found[0].mitigation.startswith("Officers have advertised")


# --- 4. A share the body holds says what it is exposed to, not what it does ----------------------------------

def test_a_share_held_is_no_next_sentence_mitigation():
    from committee_papers.extract.risks import cues
    from test_risk_cues import CUES
    entry = CUES["mitigation"]["next_sentence"]
    assert len(entry["not_examples"]) >= 3
    assert [text for text in entry["not_examples"] if cues().next_sentence.match(text)] == []
    assert cues().next_sentence.match("The council has agreed a payment plan with the preceptors.")


@pytest.mark.parametrize("paragraph", [
    "8.2 Any uncollected garden waste fees will be reflected in the general fund. The council only has a minority "
    "stake in that fund, with most of the money going to the county.",
    "8.2 Unpaid rents on the market stalls fall on the markets account. The Council has a 60% share in the account, "
    "the town council the rest.",
    "8.2 Irrecoverable court costs are written off against the revenues budget. The authority has an equal interest "
    "in that budget with the two partner councils.",
])
def test_a_harm_with_the_share_the_body_holds_is_one_risk(tmp_path, paragraph):
    found = _html_report(tmp_path, "8. Risk &amp; Opportunity Management Implications",
                         ["8.1 The annual charges have been held for another year.", paragraph])
    assert paragraph.split(" ", 1)[1] in [r.risk for r in found], [(r.risk, r.mitigation) for r in found]
