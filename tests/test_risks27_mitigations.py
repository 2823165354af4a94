"""Mechanisms of the r27 round (a risk's mitigation wherever the paper gives it), each on fictional papers in three
or more wordings or layouts, with negatives.  Every positive case here but one (the same-paragraph "Nevertheless,
the Board remains committed ...", kept to show both layouts) failed before its mechanism:
named.eased_concession (a sentence conceding the risk has been lessened by a measure is its mitigation, whatever
its main clause says is left) and mitigation.next_sentence's counterpoint of commitment ("However, the two
councils remain committed to working ..."), in the risk's paragraph or the paragraph after it."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, opening: str = "Minutes of the meeting of the Board"):
    path = tmp_path / "paper.txt"
    path.write_text(f"ORCHARD VALE HOUSING TRUST\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A concession that the risk has been lessened by a measure -------------------------------------------------

@pytest.mark.parametrize("risk, concession", [
    # Minutes: a risk named as a noun with its amount, then the measure in a future perfect.
    ("In answer to a question, it was confirmed that the £90k risk attached to the fuel price pressure on the "
     "fleet budget relates to diesel.",
     "Although this pressure will have been reduced through the switch to electric vans, fuel costs remain high "
     "and continue to strain the budget."),
    # A risk noted by the Board; "though", a partial offset by a scheme.
    ("Members noted the risk that agency nursing costs would overrun by £200,000.",
     "Though the pressure has been partly offset by the bank staff scheme, vacancies remain high on the night "
     "shift."),
    # A report: "whilst", a shortfall eased by a grant, the gap coming back.
    ("There is a risk that the library service cannot meet its savings target of £120,000 next year.",
     "Whilst the shortfall has been eased by the county's one-off transition grant, the gap returns in 2027."),
])
def test_a_concession_that_a_measure_lessened_the_risk_is_its_mitigation(tmp_path, risk, concession):
    [found] = _risks(tmp_path, f"{risk} {concession}")
    assert found.risk == risk
    assert found.mitigation == concession


@pytest.mark.parametrize("after", [
    # How much it came down by is no measure; a budget cut is not the risk lessened; a pressure made worse.
    "Although the pressure was reduced by 10% last year, it remains the largest on the budget.",
    "Although the budget has been reduced by the county, demand for the service keeps rising.",
    "Although this pressure has been increased by inflation, the service is still on budget.",
])
def test_a_concession_naming_no_measure_is_no_mitigation(tmp_path, after):
    [found] = _risks(tmp_path, "There is a risk that agency nursing costs overrun by £200,000 this year. " + after)
    assert found.mitigation is None


# --- 2. A counterpoint saying who remains committed to doing something about it ------------------------------------

@pytest.mark.parametrize("risk, answer", [
    ("Given the ruling, there is a risk that Harbury will be left out of the regional transport fund and could "
     "lose the grant for its new station.",
     "However, the Trust and Harbury Council remain committed to working together and with the Department to "
     "secure the funding as soon as possible."),
    ("There is a risk that the ferry operator withdraws the winter sailings, leaving the islands without a "
     "crossing.",
     "Nevertheless, the Board remains committed to working with the operator to keep a winter timetable."),
    ("There was a risk that the Saturday clinics at Fenwick would close for the summer.",
     "But the practice was firmly committed to keeping them open with locum cover."),
])
@pytest.mark.parametrize("layout", ["same paragraph", "next paragraph"])
def test_a_commitment_to_act_after_a_risk_is_its_mitigation(tmp_path, risk, answer, layout):
    joint = " " if layout == "same paragraph" else "\n\n"
    [found] = _risks(tmp_path, f"{risk}{joint}{answer}")
    assert found.risk == risk
    assert found.mitigation == answer


@pytest.mark.parametrize("after", [
    # Background, a decision, and another risk after "However" are no mitigation.
    "However, the county remains committed to its housing targets for the decade.",
    "However, the Minister is committed to the timetable, so the deadline will not move.",
    "However, the Board remains committed to working with the operator, but the operator could still withdraw "
    "the sailings in December.",
])
def test_a_counterpoint_that_is_no_commitment_to_act_is_no_mitigation(tmp_path, after):
    found = _risks(tmp_path, "There is a risk that the ferry operator withdraws the winter sailings.\n\n" + after)
    assert [r.mitigation for r in found if r.risk.startswith("There is a risk that the ferry")] == [None]
