"""Contracts of round c36 (mechanisms learnt from the dev sets' extras, examples written afresh): a sum that
sizes a class of things or completes a condition (`any works order over £V`, `when their income is above £V`)
is a limit, not a price.  Fictional papers run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.money import find_money
from committee_papers.extract.money_kinds import classify, evidence_for
from committee_papers.extract.phrases import load
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(authority, *blocks, title="Procurement Update"):
    cover = [Block("heading", authority, page=1, level=1),
             Block("paragraph", "Cabinet – 9 September 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def para(text):
    return Block("paragraph", text, page=2)


def valued(result):
    return {c.value_gbp for c in result.contracts if c.value_gbp is not None}


def kind_of_sum(sentence):
    money = find_money(sentence)[0]
    return classify(evidence_for(sentence, money.start, money.end, 0, len(sentence))).kind


# ---- a comparison that a condition or a quantifier governs sizes a class: a limit ---------------------------

LIMITS = [
    "Any building contract over £750,000 will be let under the Council's contract standing orders.",
    "Every purchase order above £10,000 is published on the transparency page.",
    "No single works order exceeding £25,000 may be placed without a second quote.",
    "Sports clubs must send the Parish Council audited accounts only when their yearly income is above £20,000.",
    "Where a lease of a council building is worth more than £100,000 the decision goes to Cabinet.",
    "Three written quotes are needed whenever spending on one job exceeds £5,000.",
    "Grant holders file a full return to the Charities Commission if their turnover is in excess of £25,000.",
]


@pytest.mark.parametrize("sentence", LIMITS)
def test_a_comparison_under_a_condition_or_quantifier_is_no_price(sentence):
    # A limit, or (`if ...`) a condition: either way not a contract's value.
    assert kind_of_sum(sentence) in ("threshold", "hypothetical")


@pytest.mark.parametrize("sentence", LIMITS)
def test_a_limit_in_a_paper_about_contracts_is_no_contract(sentence):
    result = paper("Ravensholm Borough Council",
                   para("The waste collection contract with Binwell Services Ltd runs to March 2027."),
                   para(sentence))
    assert not valued(result)


def test_the_limit_cue_leaves_its_not_examples_priced():
    cues = [c for c in load("money_kinds.yaml")["cues"] if c["at"] == "approach"]
    assert cues
    for cue in cues:
        for sentence in cue["not_examples"]:
            assert kind_of_sum(sentence) == "contract", sentence


# Negatives: a price stated with an estimate word, or a condition on a priced contract, keeps its value.
PRICES = [
    ("The cleaning contract with Sparkwell Ltd, worth over £400,000 a year, was extended to March 2027.", 400_000),
    ("When Cabinet met it approved the meals contract with Tollgate Kitchens Ltd at more than £310,000 a year.",
     310_000),
    ("The Council awarded the highways contract to Roadmend Ltd for over £2.1m when the tender closed.", 2_100_000),
]


@pytest.mark.parametrize("sentence, value", PRICES)
def test_a_priced_contract_with_an_estimate_word_keeps_its_value(sentence, value):
    result = paper("Ravensholm Borough Council", para(sentence))
    assert value in valued(result)


# ---- a sum pointing back to a bid or a contract named before takes its provider (contract_terms.yaml
# bid_pointed_to, contract_changed_pointed_to; contract_prose._POINTERS) -------------------------

def paragraphs(authority, *texts):
    return paper(authority, *[para(text) for text in texts])


@pytest.mark.parametrize("texts, provider, value", [
    (["Ferrow Construction Ltd submitted the highest-scoring bid. Its prices come to about £3.4m a year at current "
      "volumes."], "Ferrow Construction Ltd", 3_400_000),
    (["The preferred tenderer was Wyndham Fleet Services.", "Their tendered price is £720,000 over three years."],
     "Wyndham Fleet Services", 720_000),
    (["The street cleansing contract with Brightway Cleansing Ltd ends on 30 April 2026. It was agreed to extend it "
      "for six months at a cost of £41,000."], "Brightway Cleansing Ltd", 41_000),
    (["Our arrangement with Harlow Meals CIC for the lunch club was due to end in May.",
      "Members renewed it for one more year at £18,500."], "Harlow Meals CIC", 18_500),
])
def test_a_sum_pointing_back_to_a_bid_or_contract_is_its_providers(texts, provider, value):
    found = paragraphs("Ravensholm Borough Council", *texts).contracts
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found}


@pytest.mark.parametrize("texts", [
    # the pointer's noun is not what the statement named: a firm's service, then `its prices`
    ["Kelby Parking Services Ltd runs the Council's car parks.",
     "Its prices for season tickets are set by the Council at £380 a year."],
    # a price list of the body's own, no bid named before
    ["Brightway Cleansing Ltd provides street cleansing for the Council.",
     "Its prices for trade waste sacks rose to £2.40 each in April, and the Council's budget is £300,000."],
    # `extend` with no pronoun for the contract: the hours are extended
    ["The street cleansing contract with Brightway Cleansing Ltd runs to 2027.",
     "Cabinet agreed to extend the library's opening hours at a cost of £12,000."],
])
def test_a_sum_not_pointing_back_to_that_kind_of_statement_gets_no_provider_from_it(texts):
    found = paragraphs("Ravensholm Borough Council", *texts).contracts
    assert not [c for c in found if c.value_gbp and c.provider]


# ---- a grant a named body receives is that body's funding line, not the paper's body's income (contract_roles.yaml
# receives_named_sum with the receipt's adverb; contract_prose: income only when no other named body receives it) ----

@pytest.mark.parametrize("sentence, provider, value", [
    ("Harrowgate Citizens Advice now receives a core grant of £52,000 a year for its advice service.",
     "Harrowgate Citizens Advice", 52_000),
    ("After the panel met, Kelby Foodbank CIC still receives an annual grant of £9,000 for the food hub.",
     "Kelby Foodbank CIC", 9_000),
    ("Ashdown Carers CIC now receives an annual payment of £7,200 for respite sitting.", "Ashdown Carers CIC", 7_200),
])
def test_a_grant_a_named_body_receives_is_its_funding_line(sentence, provider, value):
    found = paragraphs("Ravensholm Borough Council", sentence).contracts
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found}


@pytest.mark.parametrize("sentence", [
    "Ravensholm Borough Council now receives a grant of £40,000 for the scheme.",
    "The Council still receives £250,000 a year from the Department for Transport.",
])
def test_a_grant_the_papers_own_body_receives_stays_income(sentence):
    assert not valued(paragraphs("Ravensholm Borough Council", sentence))
