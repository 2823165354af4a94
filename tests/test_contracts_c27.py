"""Contract prose (round c27): a gapped passive coordination (`S1 is provided by A at £V and S2 by B at £W`):
each later conjunct opens with its own service and `by`, names its body, and keeps the first conjunct's
link to its sum (`at`, `for`), the verb left out.  Fictional papers, one sentence each."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def contracts_of(tmp_path, sentence: str, heading: str = "Commissioned services") -> list[tuple]:
    path = tmp_path / "brackenford-council_2026-03-04_cabinet_report.txt"
    path.write_text(f"Brackenford Council\nCabinet\n4 March 2026\n\n{heading}\n\n3.1 {sentence}\n", encoding="utf-8")
    return sorted((c.commissioner, c.provider, c.value_gbp) for c in read_and_extract(str(path))[2].contracts)


@pytest.mark.parametrize("sentence, expected", [
    ("The supported housing service is provided by Kelby Homes Trust at an annual cost of £900,000 and the "
     "outreach service by Orton Outreach Ltd at £250,000 a year.",
     [("Kelby Homes Trust", 900000.0), ("Orton Outreach Ltd", 250000.0)]),
    ("Day care is run by Oakdene Care Ltd for £200,000 a year and respite by Kestrel Support Ltd for £90,000.",
     [("Kestrel Support Ltd", 90000.0), ("Oakdene Care Ltd", 200000.0)]),
    ("Lot 1 is delivered by Fenmoor Group Ltd at a cost of £1,200,000, lot 2 by Marbury Transport Ltd at £800,000 "
     "and lot 3 by Corvell Coaches Ltd at £450,000.",
     [("Corvell Coaches Ltd", 450000.0), ("Fenmoor Group Ltd", 1200000.0), ("Marbury Transport Ltd", 800000.0)]),
    # The later body has no legal ending: its own conjunct's `by` names it (org_evidence role.gapped_delivered_by).
    ("The young people's hostel is run by Tarnby Housing Trust at £700,000 a year and the tenancy support service "
     "by Harbourside Tenancy Support at £310,000 a year.",
     [("Harbourside Tenancy Support", 310000.0), ("Tarnby Housing Trust", 700000.0)]),
    ("Meals are supplied by Oakdene Kitchens Ltd for £95,000, and laundry by Brightwash Community Laundry for £20,000.",
     [("Brightwash Community Laundry", 20000.0), ("Oakdene Kitchens Ltd", 95000.0)]),
])
def test_each_body_of_a_gapped_passive_gets_its_own_sum(tmp_path, sentence, expected):
    assert [(c[1], c[2]) for c in contracts_of(tmp_path, sentence)] == expected


@pytest.mark.parametrize("sentence, provider", [
    # The second conjunct names no body: its sum is no second provider's.
    ("The hostel is run by Kelby Homes Trust at £900,000 a year and the night service at £40,000.", "Kelby Homes Trust"),
    # The body of the second conjunct is the paper's own (a commissioning body): no contract for it.
    ("The hostel is run by Kelby Homes Trust at £900,000 and the repairs by the Council at £40,000.", "Kelby Homes Trust"),
])
def test_no_gapped_pair_without_a_third_party_in_each_conjunct(tmp_path, sentence, provider):
    contracts = contracts_of(tmp_path, sentence)
    assert {c[1] for c in contracts} == {provider}


# -- a meeting's choice of supplier said plainly (going with X, settled on X) ------------------------

@pytest.mark.parametrize("sentence, providers", [
    ("Item five is the festive lights. All those in favour of going with Brightmoor Lighting Ltd at £11,200, "
     "please show. That is carried.", {"Brightmoor Lighting Ltd"}),
    ("The recommendation of the working group is to go with Kestrel Fencing Ltd for the boundary fence.",
     {"Kestrel Fencing Ltd"}),
    ("Three suppliers showed their systems to staff in May. Trustees settled on Shelfwise and Readerly for the "
     "catalogue and the readers' app.", {"Shelfwise", "Readerly"}),
])
def test_the_supplier_a_meeting_goes_with_or_settles_on_supplies_it(tmp_path, sentence, providers):
    contracts = contracts_of(tmp_path, sentence, heading="Suppliers")
    assert {c[1] for c in contracts} == providers
    assert all(c[0] == "Brackenford Council" for c in contracts)


@pytest.mark.parametrize("sentence", [
    "Members settled on Tuesday for the next meeting.",
    "Members settled on a figure of £5,000 for the grant.",
    "Councillor Hale will go with the Chair to the site visit.",
])
def test_no_supplier_without_a_body_chosen(tmp_path, sentence):
    assert contracts_of(tmp_path, sentence, heading="Suppliers") == []


# -- goods leased or hired from a firm -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, provider", [
    ("The refuse collection vehicles leased from Haulbridge Leasing reach the end of their seven-year term in March.",
     "Haulbridge Leasing"),
    ("The photocopiers rented from Copyline Office Ltd at £6,000 a year are due for renewal.", "Copyline Office Ltd"),
    ("The two minibuses currently hired from Roadway Hire will be returned once the new fleet arrives.", "Roadway Hire"),
])
def test_the_firm_goods_are_leased_or_hired_from_supplies_them(tmp_path, sentence, provider):
    contracts = contracts_of(tmp_path, sentence, heading="Fleet and equipment")
    assert {(c[0], c[1]) for c in contracts} == {("Brackenford Council", provider)}


@pytest.mark.parametrize("sentence", [
    "The Council leases the depot from Harbury Estates Ltd until 2030.",
    "The ground floor of the library is rented from Kelby Homes Ltd.",
])
def test_premises_leased_name_no_supplier(tmp_path, sentence):
    assert contracts_of(tmp_path, sentence, heading="Property") == []
