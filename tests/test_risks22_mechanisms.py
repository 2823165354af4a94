"""Mechanisms of the stop-22 risk round (tests/test_risks_probe21.py), each on fictional papers in three or more
wordings or layouts, with negatives.  Every test here failed before its mechanism."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, name: str = "minutes.txt"):
    path = tmp_path / name
    path.write_text(f"ELMSWORTH DISTRICT COUNCIL\n\nMinutes of the Cabinet\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A sentence calling what the one before says may go wrong a risk --------------------------------------

@pytest.mark.parametrize("harm, called", [
    ("The external auditor has not yet been appointed, so the accounts might not be signed off by the deadline.",
     "Opposition Members considered that this was a risk to the Council and asked for a letter to be sent."),
    ("The mobile library van failed its MOT and could be off the road for the whole summer.",
     "This is a significant risk."),
    ("Two of the lifeguards are leaving in May, so the lido may not open at weekends.",
     "Governors felt that it was a real risk to the season's income."),
    ("The boiler at the day centre is thirty years old and may fail in a cold spell.",
     "That would be a serious risk for the users."),
])
def test_a_sentence_calling_the_one_before_a_risk_makes_it_the_risk(tmp_path, harm, called):
    [risk] = _risks(tmp_path, f"6. Updates\n\n{harm} {called}")
    assert risk.risk.startswith(harm) and called.split(",")[0].rstrip(".") in risk.risk, risk.risk


@pytest.mark.parametrize("body", [
    # (What comes before says nothing may go wrong; the risk is denied; a risk-based way of working.)
    "6. Updates\n\nThe Council bought the depot in 2019. Members felt that this was a good decision.",
    # (Called a risk, but nothing before it may go wrong: no risk however the call is worded.)
    "6. Updates\n\nThe Council bought the depot in 2019. Members felt that this was a risk worth taking.",
    "6. Updates\n\nThe hall was repainted last spring. Some said that this was a risk that paid off.",
    "6. Updates\n\nThe new rota starts in May. Officers said that this was not a risk to the budget.",
    "6. Updates\n\nThe auditors visited the lido in March. Members noted that it was a risk-based audit.",
])
def test_no_risk_without_harm_before_or_with_the_risk_denied(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 2. A forced or further draw on reserves is a harm ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "She said that if the partnership was unable to reduce its overspend by March, it would be required to draw "
    "further on its reserves.",
    "If the pay award is not funded by the government, the overspend would require a further draw on the general "
    "reserve.",
    "The Treasurer warned that if the shop does not reopen by Easter, the trust would have to draw down on its "
    "charitable balances.",
    "If the roof repairs are not covered by the insurer, the college would be forced to draw again "
    "from its contingency.",
])
def test_a_forced_draw_on_reserves_is_what_a_failure_may_bring(tmp_path, sentence):
    [risk] = _risks(tmp_path, f"5. Finance update\n\n{sentence}")
    assert risk.risk == sentence and risk.mitigation is None


@pytest.mark.parametrize("sentence", [
    "If the bid is not successful, the Council would draw £1m from reserves to build the depot as planned.",
    "If the hall is not sold, a transfer to reserves would be made from the surplus.",
    "If the rain does not stop, the drawings for the new reserve pitch would be approved in June.",
])
def test_a_planned_draw_or_transfer_is_no_harm(tmp_path, sentence):
    assert _risks(tmp_path, f"5. Finance update\n\n{sentence}") == []


# --- 3. Urgency whose reason is a harm --------------------------------------------------------------------------

def test_urgency_before_a_harm_reads_its_examples_and_not_its_not_examples():
    from committee_papers.extract.risks import _statement
    from test_risk_cues import CUES
    entry = CUES["statements"]["urgent_before_harm"]
    assert len(entry["examples"]) >= 3 and len(entry["not_examples"]) >= 3
    assert [e["text"] for e in entry["examples"] if _statement(e["text"], False) != ("risk.urgent_before_harm", e["risk"])] == []
    assert [t for t in entry["not_examples"] if _statement(t, False) is not None] == []


@pytest.mark.parametrize("body, phrase", [
    ("4. Clerk's report\n\nIt is crucial that the footbridge survey is done before the spring, as the bridge could "
     "be closed to walkers.\n\nThe Council noted the report.", "footbridge survey is done before the spring"),
    ("4. Clerk's report\n\nBus shelter - it is very important that the new shelter is ordered this month, because "
     "the grant will be lost after July.\n\nThe Council noted the report.", "grant will be lost after July"),
    ("4. Clerk's report\n\nIt is imperative that the lease is signed by Friday, otherwise the tenant might walk away."
     "\n\nThe Council noted the report.", "tenant might walk away"),
])
def test_an_urgency_with_a_harm_for_its_reason_is_a_risk_in_minutes(tmp_path, body, phrase):
    [risk] = _risks(tmp_path, body)
    assert phrase in risk.risk and risk.rule == "risk.urgent_before_harm"


# --- 4. An inline list of risks each led by its register reference ----------------------------------------------

@pytest.mark.parametrize("sentence, names", [
    ("The report covers the following principal risks (PRs) to the Trust's aims: PR1 Serious failure in the "
     "quality of care; PR2 Demand for community beds that overwhelms capacity; PR3 Critical shortage of midwives.",
     ["Serious failure in the quality of care", "Demand for community beds that overwhelms capacity",
      "Critical shortage of midwives"]),
    ("The Committee reviewed the strategic risks assigned to it: BAF 3: Inability to recruit social workers; "
     "BAF 7: Cyber attack on the care records system.",
     ["Inability to recruit social workers", "Cyber attack on the care records system"]),
    ("The Director named the corporate risks rated red this quarter: CR2 – Loss of the waste transfer site; "
     "CR5 – Overspend on home to school transport; and CR9 – Collapse of a major care provider.",
     ["Loss of the waste transfer site", "Overspend on home to school transport", "Collapse of a major care provider"]),
])
def test_an_inline_list_of_referenced_risks_gives_each_item(tmp_path, sentence, names):
    risks = _risks(tmp_path, f"7. Chief Executive's report\n\n{sentence}")
    assert len(risks) == len(names), [r.risk for r in risks]
    for name, risk in zip(names, risks):
        assert name in risk.risk and risk.mitigation is None


@pytest.mark.parametrize("sentence", [
    # (Risks taken off the register; items without references; a single referenced item.)
    "The Committee noted the risks closed since the last meeting: CR4 Elections in May; CR6 Office move to Hale House.",
    "The Committee reviewed the strategic risks assigned to it: staffing in the care homes; the new records system.",
    "The Committee reviewed the strategic risks assigned to it: BAF 3 Recruitment of social workers.",
])
def test_no_referenced_list_for_closed_risks_plain_items_or_one_item(tmp_path, sentence):
    assert _risks(tmp_path, f"7. Chief Executive's report\n\n{sentence}") == []


# --- 5. A concern's answer in the next paragraph or a nested list item is its mitigation ------------------------

def _html_risks(tmp_path, body: str):
    path = tmp_path / "item.html"
    path.write_text(f"<html><body><h1>Elmsworth District Council</h1><h2>Minutes: Parking Zone</h2>{body}"
                    "</body></html>", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


CONCERN_AND_ANSWER = [
    # A nested bullet under the concern's bullet (HTML).
    ("html", "<p>The following issues were raised:</p><ul><li>The maps in the appendix were too small to read.</li>"
             "<li>There was concern that the permit zone could push commuter parking into Mill Lane."
             "<ul><li>Officers advised that parking in Mill Lane would be surveyed after six months.</li></ul></li>"
             "</ul><p>RESOLVED: That the report be noted.</p>",
     "push commuter parking", "parking in Mill Lane would be surveyed"),
    # The answer in the paragraph after the concern's (plain-text minutes).
    ("text", "5. Library opening hours\n\nMembers were concerned that the shorter hours could keep older readers "
             "away from the branch libraries.\n\nThe Head of Libraries explained that the branch libraries would "
             "open on Saturday mornings for older readers.\n\nRESOLVED: That the report be noted.",
     "keep older readers away", "open on Saturday mornings"),
    # A nested Markdown bullet.
    ("md", "## 5. Waste collection\n\n- Councillor Dale raised concern that the new rounds might not reach the "
           "farms in snow.\n  - The Head of Waste confirmed that a smaller vehicle had been hired for the farms "
           "in winter.\n- The report was noted.\n",
     "reach the farms in snow", "smaller vehicle had been hired for the farms"),
]


@pytest.mark.parametrize("kind, body, concern, answer", CONCERN_AND_ANSWER)
def test_the_answer_after_a_concern_is_its_mitigation(tmp_path, kind, body, concern, answer):
    if kind == "html":
        risks = _html_risks(tmp_path, body)
    elif kind == "md":
        risks = _risks(tmp_path, body, "minutes.md")
    else:
        risks = _risks(tmp_path, body)
    [risk] = risks
    assert concern in risk.risk and answer in (risk.mitigation or ""), (risk.risk, risk.mitigation)


@pytest.mark.parametrize("body", [
    # (An answer on another matter; a question next; an answer that itself says what may go wrong.)
    "5. Library opening hours\n\nMembers were concerned that the shorter hours could keep older readers away from "
    "the branch libraries.\n\nThe Treasurer explained that the audit fee had been agreed at £9,000.",
    "5. Library opening hours\n\nMembers were concerned that the shorter hours could keep older readers away from "
    "the branch libraries.\n\nA Member asked when the new hours would start.",
    "5. Library opening hours\n\nMembers were concerned that the shorter hours could keep older readers away from "
    "the branch libraries.\n\nThe Head of Libraries explained that the branch libraries might close if older "
    "readers stayed away.",
])
def test_no_mitigation_from_an_answer_on_another_topic_a_question_or_another_item(tmp_path, body):
    [risk] = [r for r in _risks(tmp_path, body) if r.risk.startswith("Members were concerned")]
    assert risk.mitigation is None, risk.mitigation


@pytest.mark.parametrize("risk_sentence, urgency", [
    ("There is a risk that the roof leaks over the archive this winter.",
     "It is essential that the repairs are finished before November, because the records could be damaged."),
    ("If the grant is not confirmed by March, the youth club would have to close.",
     "It is therefore vital that the bid is sent this month, as the fund may close early."),
    ("The Board noted the risk that agency shifts would not be filled over Christmas.",
     "It is important that the rota is published before December, otherwise staff might book leave."),
])
def test_urgency_after_a_risk_says_what_must_be_done_and_is_no_risk_of_its_own(tmp_path, risk_sentence, urgency):
    [risk] = _risks(tmp_path, f"4. Updates\n\n{risk_sentence} {urgency}")
    assert risk.risk.startswith(risk_sentence.rstrip(".")) and urgency in (risk.mitigation or risk.risk), risk


# --- 8. A register entry with no reference: a title line, then a rating and the controls -----------------------

def test_untitled_entries_run_into_one_paragraph_give_title_and_controls_list(tmp_path):
    risks = _risks(tmp_path, "VENUES\n\nLoss of hall bookings through flooding of the annexe\nRisk level: Medium\n"
                             "Who is affected: hirers and the Council\nCurrent controls:\n"
                             "- Sandbags are stored in the porch.\n- The drains are cleared every autumn.\n\n"
                             "Injury to a volunteer at the litter pick\nLikelihood: Low\nControls: Gloves and "
                             "grabbers are issued; a briefing is given before each pick.\n", "scheme.txt")
    assert [(r.risk, r.mitigation, r.rule) for r in risks] == [
        ("Loss of hall bookings through flooding of the annexe",
         "Sandbags are stored in the porch. The drains are cleared every autumn.", "risk.untitled_entry"),
        ("Injury to a volunteer at the litter pick",
         "Gloves and grabbers are issued; a briefing is given before each pick.", "risk.untitled_entry")]


def test_untitled_entry_on_lines_of_its_own_in_a_web_page(tmp_path):
    path = tmp_path / "scheme.html"
    path.write_text("<html><body><h1>Holmbury Parish Council</h1><h2>Risk assessment 2026</h2>"
                    "<p>Theft of the mower from the groundsman's store</p><p>Impact: High</p>"
                    "<p>Existing controls: The store is alarmed and the mower is chained.</p>"
                    "<p>Overrun on the play area budget</p><p>Risk rating: Amber</p><p>Controls:</p>"
                    "<ul><li>Quotes are fixed price.</li></ul></body></html>", encoding="utf-8")
    risks = read_and_extract(str(path))[2].risks
    assert [(r.risk, r.mitigation) for r in risks] == [
        ("Theft of the mower from the groundsman's store", "The store is alarmed and the mower is chained."),
        ("Overrun on the play area budget", "Quotes are fixed price.")]


@pytest.mark.parametrize("body", [
    # (No rating; no controls; a sentence before the labels, not a title line.)
    "Annual insurance renewal\nPolicy number: PX 2231\nControls: renewed each March by the Clerk.",
    "Footpath maintenance contract\nRisk level: Low\nContractor: Green Acres Ltd",
    "The Clerk reported on the year. The accounts are in order.\nRisk level: Low\nControls: none needed.",
])
def test_no_untitled_entry_without_a_rating_and_controls_under_a_title_line(tmp_path, body):
    assert [r.rule for r in _risks(tmp_path, f"VENUES\n\n{body}\n", "scheme.txt")] == []
