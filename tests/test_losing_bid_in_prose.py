"""A sentence pricing a bid, quotation or tender from a body other than the one the paper awards the contract to
states a losing bid, no contract (contract_roles.yaml losing_bid; the prose reader's twin of a bid evaluation
table's losing bids, extract/contract_tables._column_table).  The evidence is the paper's own award (exactly one
winner named) and the sum's statement: a bid word before the sum and, nearest before it, a body that is not the
winner.  The winner's own price, and a quotation where the paper awards nothing, stay contracts."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def _contracts(heading: str, *paragraphs: str) -> dict:
    blocks = [Block("heading", "Harbury Borough Council", page=1, level=1),
              Block("paragraph", "Cabinet – 4 June 2025", page=1),
              Block("heading", heading, page=1, level=1)]
    blocks += [Block("paragraph", text, page=2) for text in paragraphs]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return {c.value_gbp: c.provider for c in extract(document.passages(), {}, document.filename).contracts
            if c.value_gbp is not None}


@pytest.mark.parametrize("heading, paragraphs, losing_sum", [
    # a delegated decision: two quotations, the lower one accepted
    ("Grounds maintenance – direct award",
     ["The contract for grounds maintenance is awarded to Oakdene Landscapes Ltd at £96,000 a year.",
      "The second quotation, from Kestrel Gardens Ltd, was £104,500."], 104_500),
    # a trust's governors award the audit; the other firm's fee, verb `bid`
    ("External audit services",
     ["The governors approved the award of the audit contract to Marlow Pike LLP at a fee of £150,000 a year.",
      "Rowan Hale Audit LLP bid a fee of £172,000 a year but scored lower on its audit approach."], 172_000),
    # a commissioning report: the runner-up's bid, in apposition
    ("Community meals service",
     ["Three tenders were received and the contract is awarded to Brookfield Kitchens Ltd.",
      "The runner-up bid, from Fenmoor Foods Ltd, cost £188,000 a year but scored lower on quality."], 188_000),
    # minutes: verb `quoted`
    ("Cleaning of public toilets",
     ["The contract is awarded to Oakdene Services Ltd at £96,000 a year.",
      "Kestrel Hygiene Ltd quoted £120,000 a year for the same specification."], 120_000),
])
def test_a_bid_from_a_body_other_than_the_winner_is_no_contract(heading, paragraphs, losing_sum):
    assert losing_sum not in _contracts(heading, *paragraphs)


@pytest.mark.parametrize("heading, paragraphs, kept_sum, provider", [
    # the winner's own bid
    ("Grounds maintenance", ["The contract for grounds maintenance is awarded to Oakdene Landscapes Ltd.",
                             "The winning bid, from Oakdene Landscapes Ltd, was £96,000 a year."],
     96_000, "Oakdene Landscapes Ltd"),
    # a quotation where the paper awards nothing
    ("Play area repairs", ["A quotation from Kestrel Play Ltd for the repairs was £8,400 and the work is to be ordered."],
     8_400, "Kestrel Play Ltd"),
    # the incumbent's current contract, once tendered, beside an award to another body
    ("Library courier service", ["The new contract is awarded to Oakdene Couriers Ltd from 1 April 2026.",
                                 "The current contract with Kestrel Logistics Ltd, let by tender in 2021, costs £64,000 a year."],
     64_000, "Kestrel Logistics Ltd"),
])
def test_the_winners_price_and_other_contracts_stay(heading, paragraphs, kept_sum, provider):
    assert _contracts(heading, *paragraphs).get(kept_sum) == provider
