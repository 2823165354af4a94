"""Contract and money left-overs of the final read (branch left17): each a general mechanism with fictional
wordings of its own.  Fictional papers run through the whole extraction pipeline where the mechanism lives there."""
import pytest

from committee_papers.extract.money import find_money
from committee_papers.extract.money_kinds import phrase_words, prices_contract_change
from committee_papers.extract.phrases import load
from committee_papers.extract.pipeline import extract
from committee_papers.extract.sentences import MAIN, clause_bounds
from committee_papers.ingest.model import Block, Document
from fictional_paper import cabinet_paper, valued


paper = cabinet_paper


def _prices_change(sentence):
    money = find_money(sentence)[0]
    start, end = clause_bounds(sentence, money.start, money.end, MAIN)
    return prices_contract_change(sentence[start:money.start], sentence[start:end], sentence[money.end:end])


# ---- 1. a long price phrase with a ceiling is read whole (the window comes from the vocabulary) ----------------

@pytest.mark.parametrize("sentence", [
    "That the contract with Marbury Care CIC be renewed for two years at an additional annual cost of not to "
    "exceed £120,000.",
    "Officers varied the agreement with Pendle Meadows Ltd to add Sunday rounds, at an additional annual cost of a "
    "maximum of £30,000.",
    "The Board agreed to extend the subcontract with Corvell Imaging LLP until June 2027, at an additional annual "
    "cost of not exceeding £64,500.",
])
def test_a_long_price_phrase_with_a_ceiling_prices_the_change(sentence):
    assert _prices_change(sentence)


def test_the_price_window_covers_the_longest_price_and_ceiling_phrases():
    entry = load("money_kinds.yaml")["contract_change"]
    longest_price = max((option.replace("_", " ") for option in entry["price"].split("/")), key=lambda o: len(o.split()))
    longest_ceiling = max((option.replace("_", " ") for option in entry["ceiling"].split("/")),
                          key=lambda o: len(o.split()))
    assert phrase_words(entry["price"]) + phrase_words(entry["ceiling"]) == \
        len(longest_price.split()) + len(longest_ceiling.split())
    assert phrase_words("at_a_cost_of/at_an_additional_annual_cost_of up_to") == 8


def test_a_renewal_at_a_long_capped_cost_is_the_contract_value():
    result = paper("Wexcombe District Council",
                   "RESOLVED: That the agreement with Tolland Community Transport CIC for dial-a-ride be renewed "
                   "for 2026/27 at an additional annual cost of not to exceed £58,000.")
    contract = valued(result)[58_000]
    assert contract.provider == "Tolland Community Transport CIC"


# ---- 2. one `contract(s)/agreement(s)/arrangement(s) with` word list (contract_terms.yaml contract_with) --------

@pytest.mark.parametrize("heading, text, value, provider", [
    ("Budget pressures", "The overspend is driven by the spot arrangements with Kelby Care Ltd for 40 nursing beds "
     "(£1.2m a year).", 1_200_000, "Kelby Care Ltd"),
    ("MTFP pressures", "Growth is needed for the framework arrangements with Hollins Transport Ltd for school routes "
     "(£410,000 a year).", 410_000, "Hollins Transport Ltd"),
    ("Savings", "No saving is planned on the respite arrangements with Pellow Breaks CIC for 12 beds "
     "(£150,000 a year).", 150_000, "Pellow Breaks CIC"),
])
def test_a_bracket_after_plural_arrangements_with_a_provider_prices_them_in_a_budget_section(heading, text, value,
                                                                                                provider):
    result = paper("Wexcombe District Council", heading, text, kinds=["heading", "paragraph"])
    assert valued(result)[value].provider == provider


def test_the_counterpart_and_the_bracket_read_the_same_words():
    from committee_papers.extract import contract_prose
    for text in ("the contracts with ", "an agreement with the ", "the arrangements with "):
        assert contract_prose._COUNTERPART_LEAD.search(text)
        assert contract_prose._CONTRACT_BEFORE_PROVIDER.search(text)
    assert not contract_prose._COUNTERPART_LEAD.search("the agreements with Kelby Ltd for ")


# ---- 4. a Provider cell naming who provided before and who provides now: the current one ----------------------

def _table_paper(authority, heading_text, rows):
    blocks = [Block("heading", authority, page=1, level=1),
              Block("paragraph", "Cabinet – 4 June 2025", page=1),
              Block("heading", "Commissioning update", page=1, level=1),
              Block("heading", heading_text, page=2, level=2),
              Block("table", rows=rows, header_rows=1, page=2)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


@pytest.mark.parametrize("header, cell, provider", [
    (["Service", "Provider", "Annual value"], "Formerly in-house, now Tarnby Leisure Trust", "Tarnby Leisure Trust"),
    (["Contract", "Supplier", "Value (£)"], "previously Kelby Care Ltd, now Orton Homecare CIC", "Orton Homecare CIC"),
    (["Service area", "Delivered by", "Annual cost (£)"], "Fenmoor Meals Ltd (from 1 April: Brindle Kitchens CIC)",
     "Brindle Kitchens CIC"),
    (["Service", "Provider", "Annual value"], "Hollins Transport Ltd; with effect from 01/10/2025 Pellow Travel Ltd",
     "Pellow Travel Ltd"),
])
def test_a_provider_cell_with_a_former_and_a_current_body_gives_the_current_one(header, cell, provider):
    result = _table_paper("Wexcombe District Council", "3. Current services",
                          [header, ["Day opportunities", cell, "£320,000"],
                           ["Carers support", "Lynwood Carers Trust", "£95,000"]])
    contracts = valued(result)
    assert contracts[320_000].provider == provider
    assert contracts[320_000].contract_type != "in-house"
    assert contracts[95_000].provider == "Lynwood Carers Trust"


@pytest.mark.parametrize("cell, provider", [
    ("Previously Kelby Care Ltd, now in-house", "Wexcombe District Council"),
    ("Now Care Ltd", "Now Care Ltd"),
    ("Orton Homes Ltd, now in administration", "Orton Homes Ltd, now in administration"),
])
def test_a_switch_to_in_house_is_the_papers_body_and_a_cell_without_a_switch_is_kept(cell, provider):
    from committee_papers.extract.contract_tables import current_party_text
    assert current_party_text(cell) == ("in-house" if provider == "Wexcombe District Council" else cell)


# ---- 5. a numbered part of a service in capitals is no item number -------------------------------------------

@pytest.mark.parametrize("cell, numbered", [
    ("LOT 2", False), ("LOT.3", False), ("YEAR 1", False), ("BAND 6", False), ("WARD 12", False), ("LOTS 4", False),
    ("CAB 112", True), ("HWB.14", True), ("ASC 7", True), ("(Item 55)", True), ("91/25", True),
])
def test_a_lot_or_a_year_in_capitals_is_no_item_number(cell, numbered):
    from committee_papers.extract.contract_prose import _ITEM_NUMBER
    assert (_ITEM_NUMBER.fullmatch(cell) is not None) == numbered


# ---- 3. gapped coordination: each sum to the body its own conjunct names -------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("RESOLVED: That funding of £45,000 for Kelby Carers Trust and £30,000 for Orton Foodbank CIC be approved.",
     {45_000: "Kelby Carers Trust", 30_000: "Orton Foodbank CIC"}),
    ("The Board agreed £210,000 towards Lynwood Hospice Trust, £95,000 towards Tarnby Mind Ltd and £12,500 towards "
     "Hollins Befriending CIC.",
     {210_000: "Lynwood Hospice Trust", 95_000: "Tarnby Mind Ltd", 12_500: "Hollins Befriending CIC"}),
    ("Cabinet approved funding of £18,000 for Pellow Arts CIC for its summer festival and £9,500 for Brindle Youth "
     "Club Ltd.", {18_000: "Pellow Arts CIC", 9_500: "Brindle Youth Club Ltd"}),
])
def test_sums_each_followed_by_their_body_go_to_that_body(text, pairs):
    contracts = valued(paper("Wexcombe District Council", text))
    assert {value: contracts[value].provider for value in pairs} == pairs
    assert all("paired_with_named_body" in contracts[value].rule for value in pairs)


@pytest.mark.parametrize("text, pairs", [
    ("Kelby Carers Trust will receive £45,000 and Orton Foodbank CIC £30,000.",
     {45_000: "Kelby Carers Trust", 30_000: "Orton Foodbank CIC"}),
    ("Under the new arrangement Hollins Advice Ltd is paid £64,000 a year and Fenmoor Law Centre £41,000.",
     {64_000: "Hollins Advice Ltd", 41_000: "Fenmoor Law Centre"}),
    ("Fenmoor Homecare Ltd receives £1.2m a year, Orton Care CIC £640,000 and Kelby Support Ltd £310,000.",
     {1_200_000: "Fenmoor Homecare Ltd", 640_000: "Orton Care CIC", 310_000: "Kelby Support Ltd"}),
    ("Next year Tarnby Meals Ltd will be paid £88,000 for the lunch clubs and Brindle Kitchens CIC £52,000 for home "
     "deliveries.", {88_000: "Tarnby Meals Ltd", 52_000: "Brindle Kitchens CIC"}),
])
def test_a_verb_left_out_of_later_conjuncts_gives_each_sum_its_own_body(text, pairs):
    contracts = valued(paper("Wexcombe District Council", text))
    assert {value: contracts[value].provider for value in pairs} == pairs


@pytest.mark.parametrize("items, pairs", [
    (["The Board agreed the following grants:", "£18,000 for Pellow Arts CIC and £9,500 for Brindle Youth Club Ltd;",
      "the rest of the fund is held back."], {18_000: "Pellow Arts CIC", 9_500: "Brindle Youth Club Ltd"}),
    (["Under the new rates:", "Fenmoor Homecare Ltd receives £1.2m a year and Orton Care CIC £640,000;",
      "the other rates are unchanged."], {1_200_000: "Fenmoor Homecare Ltd", 640_000: "Orton Care CIC"}),
    (["Changes agreed:", "Kelby Carers Trust will receive £45,000, Orton Foodbank CIC £30,000 and Lynwood Hospice "
      "Trust £25,000."], {45_000: "Kelby Carers Trust", 30_000: "Orton Foodbank CIC", 25_000: "Lynwood Hospice Trust"}),
])
def test_a_gapped_coordination_in_a_list_item_pairs_by_order(items, pairs):
    kinds = ["paragraph"] + ["list_item"] * (len(items) - 1)
    contracts = valued(paper("Wexcombe District Council", *items, kinds=kinds))
    assert {value: contracts[value].provider for value in pairs} == pairs


@pytest.mark.parametrize("text", load("contract_roles.yaml")["gapped_pairs"]["examples"])
def test_each_gapped_pairs_example_pairs_its_sums(text):
    contracts = valued(paper("Wexcombe District Council", text))
    assert len({contract.provider for contract in contracts.values()}) >= 2


def test_a_debt_a_commissioning_body_or_a_conjunct_without_a_body_pairs_nothing():
    debts = paper("Wexcombe District Council", "Kelby Homes Ltd owes £12,000 in rent and Orton Lettings Ltd £8,000.")
    assert "Orton Lettings Ltd" not in {c.provider for c in debts.contracts}
    icb = paper("Wexcombe District Council",
                "Funding of £45,000 for Kelby Carers Trust and £30,000 for the ICB was agreed.")
    assert not any("paired" in c.rule for c in icb.contracts)
    one_body = valued(paper("Wexcombe District Council",
                            "Hollins Advice Ltd is paid £64,000 a year and £41,000 for the outreach."))
    assert one_body[41_000].provider == "Hollins Advice Ltd"
    loose_end = paper("Wexcombe District Council", "Funding of £45,000 for Kelby Carers Trust and £30,000 for Orton "
                      "Foodbank CIC and £12,000 was agreed.")
    assert not any("paired" in c.rule for c in loose_end.contracts)
