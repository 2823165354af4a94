"""A sentence that turns one bid down and awards the contract to another names the winner: the rejection denies only
its own bidder's relation (contract_roles.yaml denial.words, entries marked names_its_bidder), not the award made in
the same sentence.  Before the mend the whole sentence counted as a denial, the paper named no winner, and a bid
evaluation table's losing bids were read as contracts."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document

BIDS = [["Bidder", "Price £", "Quality score"], ["Oakdene Care Ltd", "240,000", "82"],
        ["Kestrel Support Ltd", "310,000", "75"], ["Fenmoor Group Ltd", "280,000", "70"]]


def _providers(sentence: str) -> set:
    blocks = [Block("heading", "Harbury Borough Council", page=1, level=1),
              Block("paragraph", "Cabinet – 4 June 2025", page=1),
              Block("heading", "Award of the meals contract", page=1, level=1),
              Block("paragraph", sentence, page=2),
              Block("table", rows=BIDS, header_rows=1, page=2)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return {c.provider for c in extract(document.passages(), {}, document.filename).contracts}


@pytest.mark.parametrize("sentence", [
    "The tender from Kestrel Support Ltd was rejected as it was late, and the contract was awarded to Oakdene Care Ltd.",
    "Kestrel Support Ltd's bid was turned down and the contract was awarded to Oakdene Care Ltd from 1 July 2025.",
    "The contract was awarded to Oakdene Care Ltd after the quote from Fenmoor Group Ltd had been declined.",
])
def test_the_winner_is_named_though_another_bid_is_rejected_beside_it(sentence):
    assert _providers(sentence) == {"Oakdene Care Ltd"}

