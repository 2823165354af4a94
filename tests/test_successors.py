"""A contract let by a body abolished before the paper's meeting is its successor's
(extract/successor_bodies.yaml); every example there runs through the whole pipeline."""
import pytest

from committee_papers.extract.successors import rules
from probe_harness import commissioner_examples, valued_commissioners


@pytest.mark.parametrize("example", commissioner_examples(rules()))
def test_a_contract_let_by_an_abolished_body_is_its_successors(example):
    assert valued_commissioners(example["paper"]) == {example["commissioner"]}


def test_every_successor_rule_has_three_examples_after_and_one_before():
    for entry in rules():
        after = [e for e in entry["examples"] if "2021" not in e["paper"]]
        assert len(after) >= 3 and len(entry["examples"]) > len(after)
