"""Contract prose (round c28): a bidder awaiting or told the award, named as the subject and then by a pronoun
(`X is waiting to hear whether it has been awarded the contract`, `X were told that they had been awarded both
lots`): the one awarded provides, though its name has no legal ending.  Fictional papers, one sentence each."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def providers_of(tmp_path, sentence: str, heading: str = "Progress of the mural") -> set[str]:
    path = tmp_path / "friends-of-brackenford-library_2026-03-04_minutes.txt"
    path.write_text(f"Friends of Brackenford Library\nCommittee meeting\n4 March 2026\n\n{heading}\n\n3.1 {sentence}\n",
                    encoding="utf-8")
    return {c.provider for c in read_and_extract(str(path))[2].contracts}


@pytest.mark.parametrize("sentence, provider", [
    ("Tamsinelle is waiting to hear if she has been awarded a three year contract, which may delay the mural.",
     "Tamsinelle"),
    ("Greenacre Mowing are still waiting to hear whether they have been awarded the grounds contract.",
     "Greenacre Mowing"),
    ("Brightlight Electrical was hoping to learn whether it had been awarded both lots before Easter.",
     "Brightlight Electrical"),
    ("Kestrelway Coaches were told that they had been awarded the school transport contract.",
     "Kestrelway Coaches"),
])
def test_a_bidder_awaiting_or_told_its_award_provides(tmp_path, sentence, provider):
    assert providers_of(tmp_path, sentence) == {provider}


@pytest.mark.parametrize("sentence", [
    # An award that is no contract (a prize, a title) names no supplier.
    "Tamsinelle is waiting to hear if she has been awarded a prize for the mural.",
    "Greenacre Mowing were told that they had been awarded the title of employer of the year.",
    # The pronoun's award is someone else's news: a person merely reporting it supplies nothing.
    "The Chair is waiting to hear if the contract has been awarded.",
])
def test_no_supplier_without_a_contract_awarded_to_the_subject(tmp_path, sentence):
    assert providers_of(tmp_path, sentence) == set()
