"""Round c22: contracts, parties and providers, each mechanism with fictional wordings and negatives (papers
about invented bodies; the sentences are written for these tests)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


def _contracts(*lines):
    from committee_papers.extract.pipeline import extract
    from fictional_paper import passages_from_lines
    return extract(passages_from_lines(*lines), {}, "paper.txt").contracts


def _providers(*lines):
    return {c.provider for c in _contracts(*lines)} - {None}


# ---- a firm named by its brand word and Partners or Associates (org_evidence.yaml trading_name_endings) --------------
@pytest.mark.parametrize("sentence, provider", [
    ("Our treasury management advisers, Ledgerline Partners, presented the latest forecast.", "Ledgerline Partners"),
    ("The review was carried out by Quillon Partners at a cost of £14,000.", "Quillon Partners"),
    ("The contract with Hartwell Associates for the valuation work was extended by a year.", "Hartwell Associates"),
])
def test_a_brand_word_and_partners_or_associates_is_a_provider(sentence, provider):
    assert provider in _providers("Glenholme County Council", "Cabinet", sentence)


@pytest.mark.parametrize("sentence", [
    "The programme is delivered by Delivery Partners across the county.",
    "The work is carried out by Strategic Partners under the plan.",
    "Funding was provided to Training Partners for the courses.",
])
def test_a_kind_of_partner_is_no_provider(sentence):
    assert not _providers("Glenholme County Council", "Cabinet", sentence)


# ---- a board keeping its supplier (org_evidence.yaml role.stay_with; contract_roles.yaml provider.before) ------------
@pytest.mark.parametrize("sentence, provider", [
    ("The approach is to stay with Marshfold County Council for IT support to avoid a costly procurement.",
     "Marshfold County Council"),
    ("Members agreed to remain with Brightkey Payroll for payroll services for two more years.", "Brightkey Payroll"),
    ("The Board will stay with Orbitline for telephony until 2027.", "Orbitline"),
])
def test_a_supplier_stayed_with_provides(sentence, provider):
    assert provider in _providers("Fenmarket Town Council", "Minutes of the Town Council", sentence)


@pytest.mark.parametrize("sentence", [
    "Members agreed to stay with the current arrangements for another year.",
    "The responsibility will remain with Kelby Highways for the verges.",
    "Staff transferring will remain with Orbitline Cleaning until the pension review ends.",
])
def test_a_duty_or_arrangement_that_remains_names_no_provider(sentence):
    assert not _providers("Fenmarket Town Council", "Minutes of the Town Council", sentence)


# ---- a body appointed to do a piece of work, priced (org_evidence.yaml role.appointed_for_work) -----------------------
@pytest.mark.parametrize("sentence, provider, value", [
    ("Castlemoor Roofing were appointed to repair the pavilion roof at a cost of £6,400.", "Castlemoor Roofing", 6400),
    ("Following the tender Pellbrook Surveying has been appointed to prepare the condition report (£2,300).",
     "Pellbrook Surveying", 2300),
    ("Harlow Greenway will be appointed to clear the ditches at £950.", "Harlow Greenway", 950),
])
def test_a_body_appointed_to_do_work_provides_it_at_its_price(sentence, provider, value):
    found = _contracts("Fenmarket Town Council", "Minutes of the Town Council", sentence)
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found}


@pytest.mark.parametrize("sentence", [
    "Councillor Moss was appointed to represent the Council on the panel.",
    "Kelby Youth Forum was appointed to the steering group.",
    "Mrs Ann Lee was appointed to chair the working party.",
])
def test_a_seat_filled_names_no_provider(sentence):
    assert not _providers("Fenmarket Town Council", "Minutes of the Town Council", sentence)
