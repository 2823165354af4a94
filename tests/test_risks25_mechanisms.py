"""Mechanisms of the q25 risk round, each on fictional papers in three or more wordings or layouts, with
negatives.  Every positive case here failed before its mechanism: risks._quoted_comment (named quoted_comment),
risks._answer_below (named answer_heading, statements.mitigation_question), statements.faces_shortfall (named
acts_on_the_shortfall) and statements.heightened_risk_led."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, opening: str = "Consultation report"):
    path = tmp_path / "paper.txt"
    path.write_text(f"MARSHFORD COUNTY COUNCIL\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A comment quoted whole is what someone said, not a risk the paper states -------------------------------

@pytest.mark.parametrize("comment", [
    # A consultation report's verbatim comment, in curly quotation marks.
    "“The youth centre is the only safe place on the estate. Without it the young people could end up on the "
    "streets.”",
    # In straight quotation marks, naming a risk in so many words.
    '"If you close the library there is a risk that older residents will lose their only warm space."',
    # With who said it after the quotation.
    "“There is a risk that my son will lose the only support he has after school.” (Parent, Eastbrook)",
    "“There is a real risk that people with a walking frame will not manage the longer route.” – resident, Hollins "
    "ward",
])
def test_a_comment_quoted_whole_is_no_risk(tmp_path, comment):
    body = f"4. What respondents told us\n\nRespondents who disagreed gave these comments:\n\n{comment}"
    assert _risks(tmp_path, body) == []


@pytest.mark.parametrize("paragraph", [
    # The same words as the paper's own statement.
    "If the library closes there is a risk that older residents will lose their only warm space.",
    # A quotation that is only part of the paragraph: the paper's sentence around it is its own.
    "Several respondents described the centre as “a lifeline”. There is a risk that attendance will fall "
    "during the move to the new site.",
    # Two comments in one paragraph, with the paper's words between them, are not one quotation.
    "“Too far” and “too dear” were the commonest replies. There is a risk that attendance will fall during the "
    "move and that the club will “lose its momentum”.",
])
def test_the_papers_own_statement_beside_a_quotation_is_still_a_risk(tmp_path, paragraph):
    body = f"4. What respondents told us\n\n{paragraph}"
    assert len(_risks(tmp_path, body)) == 1


# --- 2. A question put to the body names a harm; the answer under a response heading is its mitigation ---------

@pytest.mark.parametrize("question, answer_heading", [
    # A public questions paper: the questioner asks what is done about a harm.
    ("What are you doing to mitigate the loss of the evening bus route? Many older people in the village do not "
     "drive.", "Mayor's Response"),
    # A members' questions paper: the question states the risk in so many words.
    ("There is a real risk that the footbridge at Kelby will have to close before the repairs are funded.",
     "Answer from the Cabinet Member for Highways"),
    # A plain reply heading, the question asking how a harm will be prevented.
    ("How will the council prevent the closure of the Millbrook day centre next year?", "Reply"),
])
def test_the_answer_below_a_question_raising_a_risk_is_its_mitigation(tmp_path, question, answer_heading):
    body = (f"Question 4 - A resident of Eastbrook\n\n{question}\n\n{answer_heading}\n\n"
            "The authority has agreed a two-year grant so that the service continues from September.\n\n"
            "Officers will report on demand in the spring.\n\n"
            "Question 5 - A resident of Hollins\n\nWhen will the new station open?\n\n"
            f"{answer_heading}\n\nThe station will open in the autumn.")
    found = _risks(tmp_path, body, "Public questions and responses")
    assert [r.mitigation for r in found] == [
        "The authority has agreed a two-year grant so that the service continues from September. "
        "Officers will report on demand in the spring."]
    assert found[0].risk.startswith(question.split("?")[0].split(".")[0])


@pytest.mark.parametrize("body", [
    # A risk in a report, the next heading another section of it.
    "4. Background\n\nThere is a real risk that the footbridge at Kelby will have to close before the repairs are "
    "funded.\n\n5. Financial implications\n\nThe repairs are estimated at £80,000.",
    # A response heading that is no answer to the paragraph above it.
    "4. Background\n\nThere is a real risk that the footbridge at Kelby will have to close before the repairs are "
    "funded.\n\n5. Response rates to the survey\n\nThe survey had 400 responses.",
])
def test_a_risk_without_an_answer_below_it_takes_no_mitigation_from_the_next_section(tmp_path, body):
    assert [r.mitigation for r in _risks(tmp_path, body, "Report of the Director")] == [None]


@pytest.mark.parametrize("question", [
    "What are you doing to address the housing need in the east of the county?",
    "How will the council tackle litter in the town centre?",
])
def test_a_question_about_a_need_or_a_plan_is_no_risk(tmp_path, question):
    body = f"Question 4 - A resident\n\n{question}\n\nMayor's Response\n\nA new plan will be published in May."
    assert _risks(tmp_path, body, "Public questions and responses") == []


# --- 3. A shortfall the body faces now is a risk; what it does about it in the same sentence, its mitigation ----

@pytest.mark.parametrize("sentence, mitigation", [
    ("The Council continues to face a shortfall in funding against the demand for its services and must review "
     "its priorities each year in order to address the shortfall.",
     "must review its priorities each year in order to address the shortfall"),
    ("The library service faces a funding gap of £300,000 next year and will draw on the contingency to close "
     "the gap.", "will draw on the contingency to close the gap"),
    ("The trust faces a serious shortage of theatre nurses this winter.", None),
])
def test_a_shortfall_the_body_faces_is_a_risk(tmp_path, sentence, mitigation):
    found = _risks(tmp_path, f"3. Strategic context\n\n3.1 {sentence}", "Reserves strategy")
    assert [(r.risk, r.mitigation, r.rule) for r in found] == [(sentence, mitigation, "risk.faces_shortfall")]


@pytest.mark.parametrize("sentence", [
    "The Council faced a deficit of £3m in 2019/20, which was met from reserves.",
    "The Council faces a choice between the two depot sites.",
    "The new library faces the market square.",
])
def test_a_past_shortfall_or_a_choice_faced_is_no_risk(tmp_path, sentence):
    assert _risks(tmp_path, f"3. Strategic context\n\n3.1 {sentence}", "Reserves strategy") == []


# --- 4. A sentence led by a risk that has grown: the risk, and what is done after the lead's comma -------------

@pytest.mark.parametrize("sentence, mitigation", [
    ("With the heightened financial risk the Council is facing from rising demand, we have reviewed the level of "
     "reserves and now aim to hold 8% of the net budget.",
     "we have reviewed the level of reserves and now aim to hold 8% of the net budget."),
    ("Given the increased risk of flooding this winter, the depot has bought 2,000 sandbags.",
     "the depot has bought 2,000 sandbags."),
    ("In view of the growing risk of cyber attack on the payroll system, every member of staff will complete the "
     "training by March.", "every member of staff will complete the training by March."),
])
def test_a_sentence_led_by_a_grown_risk_gives_the_risk_and_what_is_done(tmp_path, sentence, mitigation):
    found = _risks(tmp_path, f"2. Overview\n\n2.4 {sentence}", "Reserves strategy")
    assert [(r.risk, r.mitigation, r.rule) for r in found] == [(sentence, mitigation, "risk.heightened_risk_led")]


@pytest.mark.parametrize("sentence", [
    "With the risk register now up to date, the committee moved to the next item.",
    "Given the higher risk appetite the Board agreed in May, the fund may hold more shares.",
])
def test_a_lead_naming_no_grown_risk_is_no_risk(tmp_path, sentence):
    assert _risks(tmp_path, f"2. Overview\n\n2.4 {sentence}", "Reserves strategy") == []
