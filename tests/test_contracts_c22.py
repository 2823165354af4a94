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
