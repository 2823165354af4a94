"""Recommendations: a list whose bullets a reader ran into one line ("...: - APPROVE ...; - NOTE ..."),
split into its items whatever the case of their verbs.  Fictional cover sheets."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def recommendations_of(tmp_path, html_cell: str):
    path = tmp_path / "cover.html"
    path.write_text(
        "<html><body><h1>Thornbury Vale Integrated Care Board</h1><table>"
        "<tr><td>Report title</td><td>Community Diagnostics Procurement</td></tr>"
        f"<tr><td>Recommendation</td><td>{html_cell}</td></tr>"
        "<tr><td>Financial implications</td><td>Within the agreed plan.</td></tr>"
        "</table><h2>1. Introduction</h2><p>1.1 The centre opened in 2024.</p></body></html>", encoding="utf-8")
    return [r.text.rstrip(";.") for r in read_and_extract(str(path))[2].recommendations]


@pytest.mark.parametrize("cell, items", [
    ("The Board is recommended to: - APPROVE a three-year diagnostics contract with Scanwell Ltd; "
     "- APPROVE a start date of 1 October; - NOTE the transition plan at Appendix B.",
     ["APPROVE a three-year diagnostics contract with Scanwell Ltd", "APPROVE a start date of 1 October",
      "NOTE the transition plan at Appendix B"]),
    ("The Committee is asked to: • Endorse the revised opening hours of the centre; • Agree the "
     "consultation plan; • Note the equality impact assessment.",
     ["Endorse the revised opening hours of the centre", "Agree the consultation plan",
      "Note the equality impact assessment"]),
    ("The Board is asked to: support the business case for a second scanner; - delegate the final "
     "award to the Chief Finance Officer; - note the risks in section 7.",
     ["support the business case for a second scanner", "delegate the final award to the Chief Finance Officer",
      "note the risks in section 7"]),
])
def test_bullets_run_into_one_cell_are_each_a_recommendation(tmp_path, cell, items):
    assert recommendations_of(tmp_path, cell) == items


@pytest.mark.parametrize("cell", [
    "Cabinet is asked to endorse the draft parking strategy; Grant funding of £1.2m has been offered by the district council.",
    "The Board is asked to note the report; Review of the estates strategy by the Finance Committee took place in May.",
    "The Committee is asked to endorse the plan; Support from the three partner trusts was confirmed in June.",
])
def test_a_capitalised_noun_after_a_semicolon_opens_no_new_item(tmp_path, cell):
    assert len(recommendations_of(tmp_path, cell)) == 1
