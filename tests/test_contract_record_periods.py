"""The period words of a contract record's value (contract_records.yaml periods): each example is
found by its period's pattern and no not_example is."""
from __future__ import annotations

import pytest

from committee_papers.extract.contract_records import period_pattern
from committee_papers.extract.phrases import load

PERIODS = load("contract_records.yaml")["periods"]


@pytest.mark.parametrize("period, text", [(p, t) for p, entry in PERIODS.items() for t in entry["examples"]])
def test_period_words_find_their_examples(period, text):
    assert period_pattern(period).search(text)


@pytest.mark.parametrize("period, text", [(p, t) for p, entry in PERIODS.items() for t in entry["not_examples"]])
def test_period_words_miss_their_not_examples(period, text):
    assert not period_pattern(period).search(text)
