"""Review of stop 20's first round (rv20): rules of that round that fired on ordinary committee text.
Every paper and sentence here is fictional; each test failed before its mend.

* a labelled risk took the cover sheet's "Action required" row after it as its mitigation (risk_cues
  named asks_meeting_label, risks._mitigation_row_after);
* a BAF's "Gaps in control and gaps in assurance" column read as the mitigation (column_roles.yml);
* a clause of cause after a risk ("since the overspend reduces it") read as its mitigation (risk_cues
  mitigation inline);
* a resolution's semicolon split took a reported clause ("officers said it would be paid ...") for a
  decision of its own (decisions._unmarked_clauses, word_lists told_be_before).
"""
from __future__ import annotations

import pytest

from committee_papers.extract.risks import find_risks
from committee_papers.pipeline import read_and_extract
from committee_papers.extract.table_roles import column_roles
from fictional_paper import passages_from_pieces
from test_decisions import decisions_of_any_body


def _risks(*pieces):
    return find_risks(passages_from_pieces(*pieces))


# -- a cover sheet's "Action required" row is no mitigation --------------------------------------------

def _cover_sheet_risks(tmp_path, rows):
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    path = tmp_path / "cover.html"
    path.write_text("<html><body><h1>NHS Harrowdale ICB Board</h1><h2>Cover sheet: Winter Plan</h2>"
                    f"<table>{cells}</table></body></html>", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("label, value", [
    ("Action required", "The Board is asked to note the update and approve the surge funding."),
    ("Decision required", "Cabinet is asked to agree the revised fees."),
    ("Recommended action", "The Committee is recommended to note the report."),
])
def test_the_row_asking_the_meeting_to_act_is_no_mitigation(tmp_path, label, value):
    found = _cover_sheet_risks(tmp_path, [
        ("Purpose", "To update the Board on the winter plan."),
        ("Key risks", "Hospital discharges may be delayed if community beds are full."),
        (label, value), ("Author", "Director of Operations")])
    assert [(r.risk, r.mitigation) for r in found] == [("Hospital discharges may be delayed if community beds are full.", None)]


def test_the_mitigation_row_after_a_labelled_risk_is_still_its_mitigation(tmp_path):
    found = _cover_sheet_risks(tmp_path, [
        ("Purpose", "To update the Board on the leisure contract."),
        ("Risk", "The operator may seek a subsidy if energy prices rise."),
        ("Mitigation", "An energy price cap is written into the contract.")])
    assert [r.mitigation for r in found] == ["An energy price cap is written into the contract."]


# -- a BAF's gaps column ----------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Gaps in control and gaps in assurance", "Gaps in controls and actions",
                                   "Gap in control and gap in assurance"])
def test_a_column_opening_with_its_gaps_is_no_mitigation(label):
    assert column_roles([label])[0].role != "mitigation"


@pytest.mark.parametrize("label", ["Mitigation (including gaps)", "Controls and gaps", "Existing controls"])
def test_a_mitigation_column_holding_gaps_is_still_the_mitigation(label):
    assert column_roles([label])[0].role == "mitigation"


# -- a cause after a risk is no mitigation ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "There is a risk that the reserve falls below the minimum level, since the overspend on transport reduces it.",
    "There is a risk that fees go unpaid, as the cost of living crisis limits it.",
    "There is a risk that the pool closes in winter, because the energy price cap no longer limits it.",
])
def test_a_clause_of_cause_is_no_mitigation(sentence):
    found = _risks(("heading", "Risks"), ("paragraph", sentence))
    assert len(found) == 1 and found[0].mitigation is None


def test_a_subject_that_mitigates_is_still_a_mitigation():
    found = _risks(("heading", "Risks"),
                   ("paragraph", "There is a risk that demand rises over winter; the new triage service mitigates this."))
    assert [r.mitigation for r in found] == ["the new triage service mitigates this."]


# -- a resolution's reported clause is no decision of its own ------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "RESOLVED that: the grant of £2,000 to the Scouts be approved; officers said the money would be paid in two parts.",
    "RESOLVED: that the fee be increased to £5; this will be reviewed again in a year.",
    "RESOLVED: the report be noted; members felt the work should be shared with the parishes.",
])
def test_a_reported_clause_after_a_resolution_is_no_decision(paragraph):
    assert len(decisions_of_any_body(("heading", "5. Grants"), ("paragraph", paragraph))) == 1


def test_resolved_clauses_with_a_bare_be_are_each_a_decision():
    found = decisions_of_any_body(("heading", "5. Grants"), ("paragraph",
        "RESOLVED that: the grant of £2,000 be approved; the fee not be raised this year; the Clerk be thanked."))
    assert len(found) == 3


# -- a priced line of money coming in names no provider ----------------------------------------------------

FUNDING_LINES = """Harbury Borough Council
Cabinet
14 January 2026

Report of the Director of Finance: Pavilion Rebuild Funding

1. Funding of the new pavilion

The rebuild costs £1.2m. Its funding is:

- {label}: Harbury Rotary Club (£20,000)
- Grant: Sport England (£250,000)
- Section 106: Wendover Homes Ltd (£300,000)

2. Recommendation

2.1 That Cabinet approves the funding package.
"""


@pytest.mark.parametrize("label", ["Capital contribution", "Donation", "Sponsorship"])
def test_a_priced_line_of_money_coming_in_names_no_provider(tmp_path, label):
    path = tmp_path / "harbury-council_2026-01-14_cabinet_pavilion-funding.txt"
    path.write_text(FUNDING_LINES.format(label=label), encoding="utf-8")
    contracts = read_and_extract(str(path))[2].contracts
    assert "Harbury Rotary Club" not in {c.provider for c in contracts}
