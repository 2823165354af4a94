"""Contracts of round money4 (mechanisms learnt from the opened paraphrase4 set, examples written afresh).
Fictional papers run through the whole extraction pipeline, and the money classifier's vocabulary."""
import pytest

from committee_papers.extract.money import find_money
from committee_papers.extract.money_kinds import prices_contract_change
from committee_papers.extract.pipeline import extract
from committee_papers.extract.phrases import load
from committee_papers.extract.sentences import MAIN, clause_bounds
from committee_papers.ingest.model import Block, Document

VOCABULARY = load("money_kinds.yaml")


def paper(authority, *paragraphs, title="Cabinet report"):
    blocks = [Block("heading", authority, page=1, level=1),
              Block("paragraph", "Cabinet – 4 June 2025", page=1),
              Block("heading", title, page=1, level=1)]
    blocks += [Block("paragraph", text, page=2) for text in paragraphs]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


def valued(result):
    return {c.value_gbp: c for c in result.contracts if c.value_gbp is not None}


def _prices_change(sentence):
    money = find_money(sentence)[0]
    start, end = clause_bounds(sentence, money.start, money.end, MAIN)
    return prices_contract_change(sentence[start:money.start], sentence[start:end])


# ---- the price of extending, varying or renewing a contract -------------------------------------------

@pytest.mark.parametrize("sentence", VOCABULARY["contract_change"]["examples"])
def test_each_contract_change_example_prices_the_change(sentence):
    assert _prices_change(sentence)


@pytest.mark.parametrize("sentence", VOCABULARY["contract_change"]["not_examples"])
def test_a_cost_of_something_else_prices_no_contract_change(sentence):
    assert not _prices_change(sentence)


def test_a_resolution_extending_an_agreement_at_a_cost_is_its_value():
    result = paper("Wexcombe District Council",
                   "RESOLVED: That the agreement with Brindle Lane Gardening Ltd for churchyard upkeep be extended "
                   "for one more season, ending 31 October 2026, at a cost of £38,500.")
    (contract,) = valued(result).values()
    assert contract.value_gbp == 38_500
    assert contract.provider == "Brindle Lane Gardening Ltd"
    assert "contract_change_priced" in contract.rule


def test_an_additional_cost_of_a_variation_is_the_contract_value_not_budget_growth():
    result = paper("Thornleigh City Council",
                   "The street cleansing contract held by Civiclean Services Ltd, which started in 2021, was "
                   "varied in May to add litter picking on the seafront, at an additional cost of £140,000 a year.")
    contracts = valued(result)
    assert contracts[140_000].provider == "Civiclean Services Ltd"
    assert not [a for a in result.amounts if a.value_gbp == 140_000]


def test_a_decision_granting_an_extension_of_a_contract_priced_after_its_dates():
    result = paper("Royal Borough of Kestwick",
                   "I have agreed a nine-month extension of the contract with Halewood Reablement CIC for the "
                   "hospital discharge flats, from 1 July 2026 to 31 March 2027, at a total cost of £612,000.")
    contracts = valued(result)
    assert contracts[612_000].provider == "Halewood Reablement CIC"


def test_a_cost_of_building_works_in_a_paper_about_a_contract_is_no_contract_value():
    result = paper("Wexcombe District Council",
                   "The caretaking contract with Brindle Lane Gardening Ltd runs to 2027.",
                   "The pavilion extension was finished in March at a cost of £265,000.")
    assert 265_000 not in valued(result)


def test_a_conditional_extension_stays_what_it_would_cost():
    result = paper("Thornleigh City Council",
                   "If the contract with Civiclean Services Ltd were extended beyond March, it would be at an "
                   "additional cost of £90,000.")
    assert 90_000 not in valued(result)
