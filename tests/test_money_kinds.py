"""The money-kind vocabulary's examples double as its tests: every cue fires on each of its
examples, and the examples of cues for non-contract kinds are not contract values."""
import pytest

from committee_papers.extract.money import find_money
from committee_papers.extract.money_kinds import Evidence, classify, evidence_for, section_kind
from committee_papers.extract.phrases import load, phrase_pattern

VOCABULARY = load("money_kinds.yaml")
CASES = [(cue, example) for cue in VOCABULARY["cues"] for example in cue["examples"]]


def _evidence(cue, example):
    if cue["at"] == "section":
        return Evidence(before="", after="", heading=example)
    money = find_money(example)[0]
    return evidence_for(example, money.start, money.end, 0, len(example))


@pytest.mark.parametrize("cue, example", CASES, ids=[f"{c['kind']}:{e[:40]}" for c, e in CASES])
def test_each_cue_fires_on_its_examples(cue, example):
    verdict = classify(_evidence(cue, example))
    assert cue["kind"] in verdict.scores


@pytest.mark.parametrize("cue, example", [(c, e) for c, e in CASES if c["kind"] != "contract" and c["at"] != "section"],
                         ids=lambda x: x[:40] if isinstance(x, str) else x["kind"])
def test_examples_of_other_kinds_are_not_contract_values(cue, example):
    assert not classify(_evidence(cue, example)).is_contract


@pytest.mark.parametrize("section", VOCABULARY["sections"], ids=lambda s: s["kind"])
def test_each_section_heading_gives_its_kind(section):
    for heading in section["examples"]:
        assert section_kind(heading) == section["kind"]


def test_a_heading_naming_contracts_keeps_its_sums_contract_evidence():
    for heading in VOCABULARY["contract_sections"]["examples"]:
        assert section_kind(heading) in (None, "other")


@pytest.mark.parametrize("phrase, text, hit", [
    ("per hour/bed_night", "£95 per bed night", True),
    ("commission* ... from", "commissions speech therapy from", True),
    ("commission* ... from", "commissions. Later from", False),
    ("not/no_longer provid*", "no longer provides", True),
])
def test_phrase_language(phrase, text, hit):
    import re
    assert bool(re.search(phrase_pattern(phrase), text, re.IGNORECASE)) == hit


@pytest.mark.parametrize("sentence, is_contract", [
    ("The new contract with Fenmoor Care Ltd, worth £1.2m, requires Cabinet approval.", True),
    ("The award of the meals contract to Tollgate Meals Ltd at £310,000 a year needs Board approval.", True),
    ("Contracts over £250,000 a year require Cabinet approval.", False),
    ("Any variation above £50,000 needs the Director's sign-off.", False),
])
def test_a_sum_that_needs_approval_is_a_limit_only_with_a_comparison(sentence, is_contract):
    money = find_money(sentence)[0]
    features = {"provider_named"} if "Ltd" in sentence else set()
    evidence = evidence_for(sentence, money.start, money.end, 0, len(sentence), None, features)
    assert classify(evidence).is_contract == is_contract


def _kind(sentence, features=(), which=0):
    money = find_money(sentence)[which]
    return classify(evidence_for(sentence, money.start, money.end, 0, len(sentence), None, set(features)))


# A fee, charge, fare, rent or precept the paper's body sets is income even where the sentence also has the
# words a contract's price is written with (`fee`, `price`, `cost`).
@pytest.mark.parametrize("sentence, which", [
    ("The report proposes raising the taxi licence fee from £210 to £230 to cover inspection costs.", 0),
    ("The report proposes raising the taxi licence fee from £210 to £230 to cover inspection costs.", 1),
    ("Members agreed the premises licence fee of £315 for the year.", 0),
    ("RESOLVED: that the annual hire charge for the sports pavilion be £1,400.", 0),
    ("The fee for a street trading consent will be £1,200, up from £1,150.", 0),
    ("The commuter season ticket will cost £640 instead of £590.", 0),
    ("It was RESOLVED that the precept be set at £398,250.", 0),
])
def test_fees_and_charges_the_body_sets_are_income(sentence, which):
    verdict = _kind(sentence, which=which)
    assert not verdict.is_contract
    assert verdict.kind == "income" or verdict.rule.startswith("money_kinds.income")


# The price of a service bought keeps its contract evidence: the provider's fee is no charge the body levies.
@pytest.mark.parametrize("sentence, features", [
    ("The contract with Tallow Training Ltd is worth £18,500 a year.", {"provider_named"}),
    ("The winning tender has an annual fee of £96,000.", ()),
    ("Civil parking enforcement is carried out under a contract with Kerbline Enforcement Ltd, paid £385,000 a year.",
     {"provider_named"}),
])
def test_a_provider_fee_is_still_a_contract_value(sentence, features):
    assert _kind(sentence, features).is_contract


def test_the_price_of_one_thing_gives_way_to_a_contract_in_its_clause():
    assert _kind("The price of a five-year contract with Fenmoor Group Ltd is £2.4m.").is_contract
    assert _kind("The price of a school meal rises to £2.70 in September.").kind == "rate"


@pytest.mark.parametrize("sentence", [
    "The Council now forecasts a net overspend of £2.3m against its revenue budget of £187.9m.",
    "Cabinet is asked to allocate £10.5m of revenue funding to early development work.",
    "The scheme needs £2m, with any shortfall met from capital receipts next year.",
])
def test_income_after_a_sum_is_its_own_noun_not_a_later_one(sentence):
    assert _kind(sentence).kind != "income"


# Reported speech (money_kinds.yaml reported_speech): the `would` a reporting verb's clause backshifts from
# `will` is no condition; the same clause with `if` still is one.
@pytest.mark.parametrize("sentence", VOCABULARY["reported_speech"]["examples"])
def test_a_reported_would_is_no_condition(sentence):
    features = {"provider_named"} if "Fenmoor" in sentence else {"contract_in_passage"}
    verdict = _kind(sentence, features)
    assert "hypothetical" not in verdict.scores


@pytest.mark.parametrize("sentence", VOCABULARY["reported_speech"]["not_examples"])
def test_a_reporting_verb_in_another_clause_leaves_the_would_a_condition(sentence):
    from committee_papers.extract.sentences import clause_bounds
    (money,) = find_money(sentence)
    clause_start, clause_end = clause_bounds(sentence, money.start, money.end)
    assert clause_start > 0  # the reporting verb is in the clause before the sum's
    verdict = classify(evidence_for(sentence, money.start, money.end, clause_start, clause_end, None, set()))
    assert verdict.kind == "hypothetical"


@pytest.mark.parametrize("body", [
    "The Director said the scheme was popular; a second crew would cost £60,000 a year.",
    "Officers reported strong demand; a third mobile library would cost £85,000 to run.",
    "Demand is expected to grow; an extra night shift would cost £70,000 a year.",
])
def test_a_paper_keeps_the_condition_of_a_clause_after_reported_speech(body):
    from committee_papers.extract.pipeline import extract
    from committee_papers.ingest.model import Block, Document
    blocks = [Block("heading", "Harbury Borough Council", page=1, level=1), Block("paragraph", "Cabinet – 12 March 2025", page=1),
              Block("heading", "Waste Collection Review", page=1, level=1), Block("paragraph", body, page=2)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    got = extract(document.passages(), {}, document.filename)
    assert [a.kind for a in got.amounts] == ["hypothetical"]


@pytest.mark.parametrize("sentence", [
    "She said that if the tender failed a new contract would cost £300,000.",
    "He explained that, if it were re-let, the service would cost £90,000 more.",
    "The Director reported that the contract could cost £50,000 if demand rose.",
])
def test_a_reported_condition_is_still_a_condition(sentence):
    assert _kind(sentence).kind == "hypothetical"


# `should` opening a sentence or clause is a condition; after `agreed that X` it is what was decided.
@pytest.mark.parametrize("sentence, hypothetical", [
    ("The Panel agreed that Tumblesafe Surveys should be engaged to inspect the climbing walls at a fee of £4,120.", False),
    ("It was resolved that the contract should be extended at a cost of £64,000.", False),
    ("Cabinet decided that Fenmoor Group should be paid £40,000 for the pilot.", False),
    ("Should the provider withdraw, a new contract could cost £400,000.", True),
])
def test_should_is_a_condition_only_where_it_opens_a_clause(sentence, hypothetical):
    verdict = _kind(sentence, {"provider_named"} if ("Playwell" in sentence or "Fenmoor" in sentence) else set())
    assert (verdict.kind == "hypothetical") == hypothetical


@pytest.mark.parametrize("sentence", VOCABULARY["contract_price"]["examples"])
def test_each_contract_price_example_says_its_sum_is_a_price(sentence):
    from committee_papers.extract.money_kinds import states_contract_price
    money = find_money(sentence)[0]
    assert states_contract_price(sentence[:money.start])
    assert not states_contract_price("The contract ended early, releasing ")


@pytest.mark.parametrize("text", VOCABULARY["planned_procurements"]["examples"])
def test_each_planned_procurements_example_is_read_as_one(text):
    from committee_papers.extract.money_kinds import names_planned_procurements
    assert names_planned_procurements(text)
    assert not names_planned_procurements("Table 1: Current contracts and their annual values")


@pytest.mark.parametrize("text", VOCABULARY["planned_procurements"]["not_examples"])
def test_a_forward_plan_or_a_bare_pipeline_names_no_planned_procurements(text):
    from committee_papers.extract.money_kinds import names_planned_procurements
    assert not names_planned_procurements(text)
