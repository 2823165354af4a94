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
