"""A contract let by a body abolished before the paper's meeting is its successor's
(extract/successor_bodies.yaml); every example there runs through the whole pipeline."""
import pytest

from committee_papers.extract.successors import rules
from probe_harness import extract_sentence_paper


def _examples():
    for entry in rules():
        for example in entry["examples"]:
            yield pytest.param(example, id=example["paper"][:40])


def _run(paper: str):
    return extract_sentence_paper(paper, "Commissioned Services")


@pytest.mark.parametrize("example", list(_examples()))
def test_a_contract_let_by_an_abolished_body_is_its_successors(example):
    extraction = _run(example["paper"])
    valued = [c for c in extraction.contracts if c.value_gbp]
    assert valued and {c.commissioner for c in valued} == {example["commissioner"]}


def test_every_successor_rule_has_three_examples_after_and_one_before():
    for entry in rules():
        after = [e for e in entry["examples"] if "2021" not in e["paper"]]
        assert len(after) >= 3 and len(entry["examples"]) > len(after)
