"""A contract falling by default to a panel that only scrutinises is its executive's
(extract/scrutiny_panels.yaml); every example there runs through the whole pipeline."""
import pytest

from committee_papers.extract.scrutiny_panels import rules, scrutinised_executive
from probe_harness import commissioner_examples, valued_commissioners


@pytest.mark.parametrize("example", commissioner_examples(rules()))
def test_a_panels_contract_is_its_executives(example):
    assert valued_commissioners(example["paper"]) == {example["commissioner"]}


def test_every_panel_rule_has_three_examples():
    for entry in rules():
        assert len(entry["examples"]) >= 3


@pytest.mark.parametrize("name", ["Wexmoor County Council", "Wexmoor Police and Crime Commissioner",
                                  "Wexmoor Fire and Rescue Authority", "Wexmoor Health Scrutiny Panel", None])
def test_a_body_that_buys_is_no_scrutiny_panel(name):
    assert scrutinised_executive(name, ["Wexmoor Police and Crime Commissioner"]) is None


def test_the_executive_the_paper_names_for_another_place_is_not_taken():
    assert scrutinised_executive("Wexmoor Police and Crime Panel", ["Tarnshire Police and Crime Commissioner"]) \
        == "Wexmoor Police and Crime Commissioner"
