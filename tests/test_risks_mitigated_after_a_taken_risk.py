"""A sentence mitigating or avoiding "this" makes the harm said just before it a risk (risks._mitigated_after), taking
only the sentences no risk has taken before it.  A risk read with the answer after it (a concern about continuity and
its reply) or with what is done after its "but" had not marked its sentences taken: the next risk then either took
them into its own text or, seeing the reply among them, was lost."""
from __future__ import annotations

import pytest

from fictional_paper import cabinet_paper


@pytest.mark.parametrize("text, first, second", [
    ("The group had spoken about whether the lunch club can continue. Officers replied that a grant bid is being "
     "prepared. Fuel costs could rise by a third. To avoid this, the Council has fixed the price with the supplier.",
     "The group had spoken about whether the lunch club can continue.", "Fuel costs could rise by a third."),
    ("Trustees discussed whether the youth bus can continue. The Youth Lead replied that two drivers are being trained. "
     "Insurance could cost twice as much next year. To mitigate this, officers will seek three quotes.",
     "Trustees discussed whether the youth bus can continue.", "Insurance could cost twice as much next year."),
    ("The Loan Scheme is not without risk. Borrowers may default, but the Treasurer has offered to review each loan. "
     "The reserve could fall below the minimum. To avoid this, the Council will cap the scheme at £1m.",
     "The Loan Scheme is not without risk.", "The reserve could fall below the minimum."),
    ("The ferry contract is not without risk. The operator may withdraw, but officers have offered to extend the "
     "bond. Fares could rise by a fifth. To avoid this, the subsidy will be index-linked.",
     "The ferry contract is not without risk.", "Fares could rise by a fifth."),
])
def test_the_risk_before_a_mitigation_of_this_is_only_the_sentences_no_risk_took(text, first, second):
    risks = cabinet_paper("Harbury Borough Council", text).risks
    assert any(r.risk.startswith(first) for r in risks), [r.risk for r in risks]
    assert any(r.risk == second and r.mitigation.startswith("To ") for r in risks), [(r.risk, r.mitigation) for r in risks]
