"""Contract prose (round left18): the money's source named beside the seller is no provider, and the
gapped coordination reads a planned or passive receipt as it reads an active one.  Fictional papers,
one sentence each (a paper's contracts are deduplicated, so each wording is a paper of its own)."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def contracts_of(tmp_path, sentence: str, heading: str = "Grants") -> list[tuple]:
    path = tmp_path / "brackenford-council_2026-03-04_cabinet_report.txt"
    path.write_text(f"Brackenford Council\nCabinet\n4 March 2026\n\n{heading}\n\n3.1 {sentence}\n", encoding="utf-8")
    return sorted((c.commissioner, c.provider, c.value_gbp) for c in read_and_extract(str(path))[2].contracts)


# -- the funder beside the seller ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, provider, funder", [
    ("The new minibus will be purchased from Ardley Motors Ltd, with funding from the Harbour Community Foundation.",
     "Ardley Motors Ltd", "Harbour Community Foundation"),
    ("The laptops were bought from Pinecrest IT Ltd using a grant from the Digital Inclusion Trust.",
     "Pinecrest IT Ltd", "Digital Inclusion Trust"),
    ("Replacement benches will be ordered from Parkform Ltd with a contribution from Wealdmoor Parish Council.",
     "Parkform Ltd", "Wealdmoor Parish Council"),
    ("The new boiler is supplied by Warmwell Heating Ltd and paid for by the Harbourside Lottery Trust.",
     "Warmwell Heating Ltd", "Harbourside Lottery Trust"),
    ("Six defibrillators are to be purchased from Lifepulse Medical Ltd for £9,600, funded by a grant from the "
     "Coalfields Heritage Trust.", "Lifepulse Medical Ltd", "Coalfields Heritage Trust"),
])
def test_the_funder_named_beside_the_seller_is_no_party(tmp_path, sentence, provider, funder):
    contracts = contracts_of(tmp_path, sentence, heading="Equipment")
    assert {c[1] for c in contracts} == {provider}
    assert all(funder not in (c[0], c[1]) for c in contracts)
    assert all(c[0] == "Brackenford Council" for c in contracts)  # the buyer stays the paper's body


def test_a_body_funded_by_the_council_to_run_a_service_still_provides(tmp_path):
    # Only the source of money beside a seller is dropped: the body that runs the service keeps its role.
    contracts = contracts_of(tmp_path, "The lunch club is run by Kestrel Support Ltd, which is funded by the Council.",
                             heading="Community services")
    assert [c[1] for c in contracts] == ["Kestrel Support Ltd"]


# -- gapped coordination after a passive or planned receipt ------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Hollins Advice Ltd is to receive £64,000 and Fenmoor Law Centre £41,000.",
     [("Fenmoor Law Centre", 41000.0), ("Hollins Advice Ltd", 64000.0)]),
    ("Tarnby Youth Trust is set to get £12,000 and Wrenfield Foodbank Ltd £6,000.",
     [("Tarnby Youth Trust", 12000.0), ("Wrenfield Foodbank Ltd", 6000.0)]),
    ("Lymeside Rowing Club Ltd is to be awarded £5,000 and Harbour Lights Ltd £2,500.",
     [("Harbour Lights Ltd", 2500.0), ("Lymeside Rowing Club Ltd", 5000.0)]),
    ("Tarnby Youth Trust will be given £12,000, and Wrenfield Foodbank Ltd, £6,000.",
     [("Tarnby Youth Trust", 12000.0), ("Wrenfield Foodbank Ltd", 6000.0)]),
    ("Orton Foodbank CIC is due to be paid £30,000, Kelby Carers Trust £20,000 and Marbury Hospice Trust £10,000.",
     [("Kelby Carers Trust", 20000.0), ("Marbury Hospice Trust", 10000.0), ("Orton Foodbank CIC", 30000.0)]),
    ("Under the scheme Pendle Mind Ltd is set to be awarded £9,000, Corvell Befriending CIC £4,500.",
     [("Corvell Befriending CIC", 4500.0), ("Pendle Mind Ltd", 9000.0)]),
])
def test_each_body_of_a_passive_or_planned_gapped_receipt_gets_its_own_sum(tmp_path, sentence, expected):
    assert [(c[1], c[2]) for c in contracts_of(tmp_path, sentence)] == expected


def test_a_gapped_sum_for_the_same_body_is_no_second_body(tmp_path):
    # A second sum for the same body (no second name) is not a gapped pair.
    contracts = contracts_of(tmp_path, "Hollins Advice Ltd is to receive £64,000 a year and £8,000 for the outreach.")
    assert {c[1] for c in contracts} == {"Hollins Advice Ltd"}


@pytest.mark.parametrize("sentence, provider, value", [
    ("Six defibrillators will be sourced from Heartline Rescue Ltd at £9,600.", "Heartline Rescue Ltd", 9600.0),
    ("The replacement lockers are sourced from Steelcase Storage Ltd for £4,200.", "Steelcase Storage Ltd", 4200.0),
    ("Cabinet agreed to source the grit bins from Kerbline Ltd at a cost of £3,150.", "Kerbline Ltd", 3150.0),
])
def test_goods_sourced_from_a_firm_are_bought_from_it(tmp_path, sentence, provider, value):
    assert contracts_of(tmp_path, sentence, heading="Equipment") == [("Brackenford Council", provider, value)]
