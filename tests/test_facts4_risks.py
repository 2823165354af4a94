"""Risks in layouts learned from another writer's papers (round facts4).  All text is fictional."""
from __future__ import annotations

import pytest

from test_risk_layouts4 import risk_section, risks_of

RISK = "There is a risk that the new laundry provider is not ready by October."


@pytest.mark.parametrize("field", [
    "DECLARATIONS OF INTEREST MADE BY THE PORTFOLIO HOLDER: None",
    "OFFICER TO CONTACT ABOUT THIS DECISION AND ITS REPORT: Maya Threlkeld, Commissioning Manager",
    "BACKGROUND PAPERS RELIED ON IN TAKING THE DECISION: none",
])
def test_a_long_form_field_in_capitals_under_a_risk_section_is_no_risk(tmp_path, field):
    body = f"{RISK}\n\n{field}"
    assert [r.risk for r in risks_of(tmp_path, risk_section(body))] == [RISK]


@pytest.mark.parametrize("text", [
    "RISK IF THE LAUNDRY CONTRACT IS NOT EXTENDED: hospital linen could run short within a week.",
    "Loss of the only local supplier for the contract: the service could stop for several weeks.",
    "WHAT COULD GO WRONG WITH THE NEW ROTA: staff may refuse the later shift pattern.",
])
def test_a_long_label_before_a_harm_is_still_a_risk(tmp_path, text):
    assert [r.risk for r in risks_of(tmp_path, risk_section(text))] == [text]


RISK_ASSESSMENT_BLOCKS = {
    "table.md": """# Kelderby Integration Joint Board

## 8. Risk assessment

| | |
|---|---|
| Risk 1 Description | Care home closures leave too few beds for people leaving hospital. |
| Risk Category | Operational |
| Inherent Risk Level | Likelihood 5 x Impact 3 = 15 (High) |
| Mitigating Actions (including timescales and resources) | A bed brokerage team meets providers weekly from May. |
| Residual Risk Level | Likelihood 2 x Impact 5 = 10 (High) |
| Planned Risk Level | Likelihood 1 x Impact 4 = 4 (Low) |
| Approval recommendation | The risk is within appetite and should be accepted. |
""",
    "paragraphs.txt": """KELDERBY INTEGRATION JOINT BOARD

8. Risk assessment

Risk 1 Description: Care home closures leave too few beds for people leaving hospital.

Risk category: Operational

Residual risk level: Likelihood 2 x Impact 5 = 10 (High)

Mitigating actions (with timescales and the resources needed): A bed brokerage team meets providers weekly from May.

Target risk level: Likelihood 1 x Impact 4 = 4 (Low)

Approval recommendation: The risk is within appetite and should be accepted.
""",
    "bold.md": """# Kelderby Integration Joint Board

## 8. Risk assessment

**Risk 1 Description:** Care home closures leave too few beds for people leaving hospital.

**Risk Type:** Operational

**Mitigating Actions (timescales and resources):** A bed brokerage team meets providers weekly from May.

**Residual Risk Level:** Likelihood 2 x Impact 5 = 10 (High)

**Approval recommendation:** The risk is within appetite and should be accepted.
""",
}


@pytest.mark.parametrize("name", RISK_ASSESSMENT_BLOCKS)
def test_a_risk_assessment_block_keeps_its_category_levels_and_verdict_out_of_the_risk(tmp_path, name):
    [risk] = risks_of(tmp_path, RISK_ASSESSMENT_BLOCKS[name], name=name)
    assert risk.risk == "Care home closures leave too few beds for people leaving hospital."
    assert "A bed brokerage team meets providers weekly from May." in risk.mitigation
    assert "accepted" not in risk.mitigation and "Operational" not in risk.mitigation
    assert risk.score == "Likelihood 2 x Impact 5 = 10 (High)"


def background(sentence: str) -> str:
    return f"KELDERBY COUNCIL\n\nHealth and Wellbeing Board report\n\n3. Background\n\n3.1 {sentence}\n"


@pytest.mark.parametrize("sentence", [
    "Loneliness is a significant risk to mental health among older residents in the borough.",
    "A fall at home is a major risk to independence in later life, and one in three people over 65 falls each year.",
    "Smoking remains a serious risk to health in the most deprived wards, where 21 per cent of adults smoke.",
    "Obesity in childhood becomes a lasting risk for diabetes in adult life.",
])
def test_a_fact_about_peoples_health_is_no_risk_of_the_paper(tmp_path, sentence):
    assert risks_of(tmp_path, background(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "The loss of the only respite provider would be a major risk to carers' wellbeing.",
    "Delays to hospital discharge could pose a risk to the independence of older people.",
    "Closure of the ward would be a serious risk to the health of patients.",
    "Rising energy prices pose a significant risk to the leisure budget.",
])
def test_a_risk_the_paper_faces_to_health_or_wellbeing_is_kept(tmp_path, sentence):
    assert [r.risk for r in risks_of(tmp_path, background(sentence))] == [sentence]
