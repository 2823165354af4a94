"""Money a national body gives a council or an ICB is funding it receives, not a contract
(extract/public_body_types.yaml national_funding_examples, each run through the whole pipeline)."""
import pytest

from committee_papers.extract.national_funding import examples
from probe_harness import extract_sentence_paper


def _run(paper: str):
    return extract_sentence_paper(paper, "Funding Update")


@pytest.mark.parametrize("example", examples(), ids=lambda e: e["paper"][:50])
def test_funding_from_a_national_body_to_a_local_one_is_no_contract(example):
    got = {(c.commissioner, c.provider) for c in _run(example["paper"]).contracts if c.value_gbp}
    assert got == {tuple(pair) for pair in example["contracts"]}


def test_three_funding_examples_and_a_contract_that_stays():
    assert sum(1 for e in examples() if not e["contracts"]) >= 3
    assert any(e["contracts"] for e in examples())
