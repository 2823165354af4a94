"""Mechanisms of the r27 round (a risk's mitigation wherever the paper gives it), each on fictional papers in three
or more wordings or layouts, with negatives.  Every positive case here but one (the same-paragraph "Nevertheless,
the Board remains committed ...", kept to show both layouts) failed before its mechanism:
named.eased_concession (a sentence conceding the risk has been lessened by a measure is its mitigation, whatever
its main clause says is left) and mitigation.next_sentence's counterpoint of commitment ("However, the two
councils remain committed to working ..."), in the risk's paragraph or the paragraph after it; then a minutes table
row cut mid-sentence by a page break goes on in the one-cell row after it (listitems.rows_cut_by_page, read by the prose risks), so the
risk is whole and what is done, said after the break, its mitigation."""
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


# --- 3. A minutes row cut mid-sentence by a page break, the risk and its mitigation going on after it ------------

def _risks_in_html(tmp_path, body: str):
    path = tmp_path / "minutes.html"
    path.write_text(f"<html><body><h1>Mossgate Leisure Trust</h1><h2>Minutes of the Board</h2>{body}</body></html>",
                    encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("cut, rest, risk, mitigation", [
    ("Members were concerned that the ferry could miss its winter inspection because the yard at Pell",
     "is closed until March. The Harbour Master said that a slot at the Kerran yard had been booked.",
     "Members were concerned that the ferry could miss its winter inspection because the yard at Pell is closed "
     "until March.",
     "The Harbour Master said that a slot at the Kerran yard had been booked."),
    ("Staff absence – this is costing the charity a lot of money in agency cover and is",
     "being investigated. The HR lead is working with the managers to address it.",
     "Staff absence – this is costing the charity a lot of money in agency cover and is being investigated.",
     "The HR lead is working with the managers to address it."),
    ("The network outages are happening all too frequently at the branches and need to be raised",
     "with the supplier. A meeting with the supplier has been arranged for next week.",
     "The network outages are happening all too frequently at the branches and need to be raised with the "
     "supplier.",
     "A meeting with the supplier has been arranged for next week."),
])
def test_a_minutes_row_cut_by_a_page_break_goes_on_in_the_one_cell_row_after(tmp_path, cut, rest, risk, mitigation):
    found = _risks_in_html(tmp_path, (
        "<table><tr><th>Item</th><th>Discussion</th></tr>"
        f"<tr><td>4.</td><td>Matters arising. {cut}</td></tr>"
        f"<tr><td>{rest}</td></tr>"
        "<tr><td>5.</td><td>Any other business. There was no other business raised by members at the meeting."
        "</td></tr></table>"))
    assert [(r.risk, r.mitigation) for r in found] == [(risk, mitigation)]


@pytest.mark.parametrize("second", [
    # A row in capitals, a numbered row and a row of two cells are rows of their own.
    "Officers have booked a standby engineer for the winter months.",
    "5. officers have booked a standby engineer for the winter months.",
    "the winter months | Officers have booked a standby engineer.",
])
def test_a_row_not_cut_takes_nothing_from_the_next(tmp_path, second):
    cells = "".join(f"<td>{cell.strip()}</td>" for cell in second.split("|"))
    found = _risks_in_html(tmp_path, (
        "<table><tr><th>Item</th><th>Discussion</th></tr>"
        "<tr><td>4.</td><td>Matters arising. The network outages are happening all too frequently at the branches"
        f" and need to be raised with the supplier</td></tr><tr>{cells}</tr></table>"))
    assert [r.risk for r in found] == ["The network outages are happening all too frequently at the branches and "
                                       "need to be raised with the supplier"]


def test_a_list_of_risks_over_two_page_breaks_keeps_its_items_whole(tmp_path):
    # The first break cuts a row in lower case (joined here); the second cuts a name, the rest opening in capitals
    # (the inline list's own carry to the passage after the joined row).
    found = _risks_in_html(tmp_path, (
        "<table><tr><th>Item</th><th>Discussion</th></tr>"
        "<tr><td>4.</td><td>Finance. The Treasurer set out the risks the trust faces, as follows: Pool – the pool"
        " plant is old and could fail in the</td></tr>"
        "<tr><td>summer, which would close the pool for weeks. Staffing – the contract with Mossgate</td></tr>"
        "<tr><td>Lifeguards ends in May and the pool may open for shorter hours.</td></tr>"
        "<tr><td>5.</td><td>Any other business. There was no other business raised by members at the meeting."
        "</td></tr></table>"))
    assert [r.risk for r in found] == [
        "Pool – the pool plant is old and could fail in the summer, which would close the pool for weeks.",
        "Staffing – the contract with Mossgate Lifeguards ends in May and the pool may open for shorter hours."]
