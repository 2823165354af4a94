"""Contracts of round money4 (mechanisms learnt from the opened paraphrase4 set, examples written afresh).
Fictional papers run through the whole extraction pipeline, and the money classifier's vocabulary."""
import pytest

from committee_papers.extract.contract_prose import _ITEM_NUMBER
from committee_papers.extract.money import find_money
from committee_papers.extract.money_kinds import prices_contract_change
from committee_papers.extract.pipeline import extract
from committee_papers.extract.phrases import load
from committee_papers.extract.sentences import MAIN, clause_bounds
from committee_papers.ingest.model import Block, Document
from fictional_paper import cabinet_paper, valued

VOCABULARY = load("money_kinds.yaml")


paper = cabinet_paper


def _prices_change(sentence):
    money = find_money(sentence)[0]
    start, end = clause_bounds(sentence, money.start, money.end, MAIN)
    return prices_contract_change(sentence[start:money.start], sentence[start:end], sentence[money.end:end])


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
                   "hospital discharge flats, from 1 August 2026 to 30 April 2027, at a total cost of £612,000.")
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


# ---- the winner of an award named after a long service --------------------------------------------------

@pytest.mark.parametrize("sentence, winner", [
    ("The Executive agreed to award a contract for community falls prevention and home safety checks "
     "to Steadyfoot Alliance for four years, at an annual value of £410,000.", "Steadyfoot Alliance"),
    ("The Board awarded the five-year contract for adult and young people's substance misuse treatment and "
     "recovery to Lanternway Recovery, worth £2.2m a year.", "Lanternway Recovery"),
    ("Members agreed to award the framework lot for supported employment and job coaching for autistic adults "
     "to Brightwork Employment at £185,000 a year.", "Brightwork Employment"),
])
def test_an_award_naming_a_long_service_before_its_winner_gives_the_winner(sentence, winner):
    result = paper("Marlowe County Council", sentence,
                   "The current contract with Oakhill Support Services Ltd ends next March.")
    priced = [c for c in result.contracts if c.value_gbp]
    assert priced and all(c.provider == winner for c in priced)
    assert winner in {o.name for o in result.organisations}


# ---- a partners' contribution column dated or given a unit: shares of a pool, no contracts ---------------

def _table_paper(authority, heading_text, rows):
    blocks = [Block("heading", authority, page=1, level=1),
              Block("paragraph", "Health and Wellbeing Board – 4 June 2025", page=1),
              Block("heading", "Pooled budget report", page=1, level=1),
              Block("heading", heading_text, page=2, level=2),
              Block("table", rows=rows, header_rows=1, page=2)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


@pytest.mark.parametrize("rows", [
    [["Partner", "Contribution 2027/28", "Share"],
     ["Ferrisby Borough Council", "£1,940,000", "40%"],
     ["NHS Ferrisby Integrated Care Board", "£2,910,000", "60%"]],
    [["Partner organisation", "Planned contribution £000s", "Notes"],
     ["NHS Tollbridge ICB", "4,100", "Includes discharge funding"],
     ["Tollbridge County Council", "1,300", "Base budget"]],
    [["Organisation", "Annual contribution 2026-27 £k"],
     ["Marrowby City Council", "820"],
     ["NHS Marrowby and Fell ICB", "1,150"]],
])
def test_a_dated_or_unit_contribution_column_lists_pool_shares_not_contracts(rows):
    result = _table_paper("Ferrisby Borough Council", "4. The pooled fund", rows)
    assert not valued(result)


def test_a_service_table_with_a_dated_value_column_still_lists_contracts():
    result = _table_paper("Ferrisby Borough Council", "5. Services bought from the pool",
                          [["Service", "Provider", "Value 2027/28"],
                           ["Equipment loans", "Stepwise Equipment Ltd", "£1,300,000"]])
    assert valued(result)[1_300_000].provider == "Stepwise Equipment Ltd"


# ---- payments named by the body they go to, as the sum's subject -----------------------------------------

@pytest.mark.parametrize("sentences, provider, value", [
    (["Home adaptations are carried out by Stairfield Access Ltd under a term contract.",
      "Payments to Stairfield are forecast at £1.2 million in 2026/27, in line with the budget."],
     "Stairfield Access Ltd", 1_200_000),
    (["Spend with Tidewell Transport Ltd totalled £612,000 in 2025/26, which was above the forecast."],
     "Tidewell Transport Ltd", 612_000),
    (["Our payments to the Harbourside Family Trust are expected to be about £95,000 this year, the "
      "variance being due to higher demand."], "Harbourside Family Trust", 95_000),
])
def test_payments_to_a_named_body_forecast_or_totalled_are_its_contract_value(sentences, provider, value):
    result = paper("Carnmoor County Council", *sentences, title="Quarter 3 budget monitoring")
    assert valued(result)[value].provider == provider


@pytest.mark.parametrize("sentence", [
    "Payments to suppliers are forecast at £3m this year.",
    "Payments to Redbourne District Council are forecast at £2 million under the shared service.",
    "Spending with local firms reached £4.1m, up from last year.",
])
def test_payments_to_no_named_provider_stay_forecasts(sentence):
    result = paper("Carnmoor County Council", sentence, title="Quarter 3 budget monitoring")
    assert not valued(result)


# ---- a subcontract referred back to takes the body the paper just subcontracted to ----------------------

@pytest.mark.parametrize("paragraphs, provider, value", [
    (["Pharmacy services are supplied by Medivance Ltd under a separate contract.",
      "The Trust plans to subcontract its weekend phlebotomy clinics to Lynwood Health CIC from September.",
      "The subcontract would last two years and is worth £240,000 a year."],
     "Lynwood Health CIC", 240_000),
    (["Catering is run by Tablefare Ltd.",
      "Hospice at home visits are to be subcontracted to Evenlight Hospice for the winter.",
      "This subcontract is valued at £96,500 in total."],
     "Evenlight Hospice", 96_500),
    (["The estates contract with Brickfold Facilities Ltd runs to 2028.",
      "We propose to subcontract the speech therapy waiting list initiative to Wordwise Therapies Ltd.",
      "Under the proposed subcontract the Trust would pay £58,000 for 400 assessments."],
     "Wordwise Therapies Ltd", 58_000),
])
def test_a_subcontract_referred_back_to_is_with_the_body_just_named(paragraphs, provider, value):
    result = paper("Fellbrook Community Healthcare NHS Trust", *paragraphs, title="Board of Directors")
    assert valued(result)[value].provider == provider


@pytest.mark.parametrize("sentence, provider, value", [
    ("Fellbrook Community Healthcare NHS Trust subcontracts the audiology clinics to Clearsound Hearing Ltd, "
     "which was paid £740,000 in 2025/26.", "Clearsound Hearing Ltd", 740_000),
    ("Members heard that the Trust now refers complex cases to Northfold Advocacy Ltd, which has been paid "
     "£31,500 so far this year.", "Northfold Advocacy Ltd", 31_500),
    ("Transport to the day centres moved in January to Hopwell Minibus Services Ltd, which will be paid "
     "£52,000 for the year.", "Hopwell Minibus Services Ltd", 52_000),
])
def test_a_body_a_relative_clause_says_is_paid_holds_the_sum(sentence, provider, value):
    result = paper("Fellbrook Community Healthcare NHS Trust", sentence, title="Board of Directors")
    assert valued(result)[value].provider == provider


def test_a_body_that_received_money_in_a_relative_clause_holds_no_contract():
    result = paper("Carnmoor County Council",
                   "We work closely with Penrose Housing Association, which received £40,000 in donations last year.")
    assert 40_000 not in valued(result)


# ---- an award valued as an estimate ----------------------------------------------------------------------

@pytest.mark.parametrize("paragraphs, provider, value", [
    (["Approve the direct award of the stroke rehabilitation contract to Kelda Health Ltd for three years, "
      "with an estimated value of £18 million over the term."], "Kelda Health Ltd", 18_000_000),
    (["The Board agreed to award the orthotics contract to Stridewell Orthotics Ltd.",
      "The contract, which starts in May, has a maximum value of £4.5 million across its five years."],
     "Stridewell Orthotics Ltd", 4_500_000),
    (["The Cabinet Member approved the award of the school crossing patrol contract to Safelane Patrols Ltd "
      "from September, with a whole-life value of £730,000."], "Safelane Patrols Ltd", 730_000),
])
def test_an_award_valued_as_an_estimate_or_a_ceiling_is_a_contract(paragraphs, provider, value):
    result = paper("Carnmoor County Council", *paragraphs)
    assert valued(result)[value].provider == provider


@pytest.mark.parametrize("sentence", [
    "The depot, with an estimated value of £1.2m, will be sold next year.",
    "The Council holds land with an estimated value of £600,000 at Mill Lane.",
    "The painting has a maximum value of £45,000 at auction.",
])
def test_an_asset_valued_as_an_estimate_is_no_contract(sentence):
    assert not valued(paper("Carnmoor County Council", sentence))


# ---- a list after a colon whose items each set a body beside its sum ----------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The grants approved were: Pellow Youth Club, £8,000 for evening sessions; Tarnby Carers Circle, £12,500 "
     "for respite afternoons; and Brindle Debt Advice CIC, £30,000 for a money adviser.",
     {8_000: "Pellow Youth Club", 12_500: "Tarnby Carers Circle", 30_000: "Brindle Debt Advice CIC"}),
    ("Agreed as follows: Marram Dune Trust, £15,000 towards wardens; Coldharbour Men's Shed CIC, £3,000 for tools; "
     "Hillside Women's Refuge (HWR), £30,000 for outreach.",
     {15_000: "Marram Dune Trust", 3_000: "Coldharbour Men's Shed CIC", 30_000: "Hillside Women's Refuge"}),
    ("Officers recommended these awards from the fund: Oakfold Community Transport Ltd, £22,000 a year for "
     "the dial-a-ride; Fenwick Food Bank, £9,500 towards storage; and Wellspring Befriending Trust, £14,000 "
     "for volunteer costs.",
     {22_000: "Oakfold Community Transport Ltd", 9_500: "Fenwick Food Bank", 14_000: "Wellspring Befriending Trust"}),
])
def test_a_priced_list_of_bodies_after_a_colon_gives_each_its_own_sum(sentence, expected):
    result = paper("Kelsey Borough Council", sentence)
    assert {value: c.provider for value, c in valued(result).items()} == expected


def test_an_item_naming_a_council_or_no_known_body_takes_no_other_items_provider():
    result = paper("Kelsey Borough Council",
                   "The awards were: Pellow Youth Club, £8,000 for sessions; Tarnby Carers Circle, £12,500 for "
                   "respite; and Kelsey Town Council, £5,000 towards the summer fair.")
    assert 5_000 not in valued(result)


@pytest.mark.parametrize("sentence", [
    "Income came from: Arts Council England, £40,000 for the festival; Kelsey Civic Trust Ltd, £6,000 for the "
    "programme; and Pellow Brewery Ltd, £2,000 for prizes.",
    "Budgets for the year were: adult social care, £40m for care packages; children's services, £21m for "
    "placements.",
])
def test_a_list_of_money_coming_from_bodies_or_of_budgets_names_no_providers(sentence):
    result = paper("Kelsey Borough Council", sentence)
    assert not [c for c in result.contracts if c.provider]


# ---- a meeting page's items set out as table rows, numbered the ModernGov way ---------------------------

@pytest.mark.parametrize("number", ["14/26", "HWB.22", "(Item 7)"])
def test_sums_in_an_item_row_numbered_with_year_or_letters_are_read_as_prose(number):
    rows = [["No.", "Item"],
            [number, "Grounds maintenance contract. Decision: RESOLVED – That the contract with Fernleaf "
                     "Landscapes Ltd for grounds maintenance be extended by one year, to 30 June 2027, at a cost "
                     "of £186,000."]]
    blocks = [Block("heading", "Kelsey Borough Council", page=1, level=1),
              Block("paragraph", "Cabinet – 4 June 2025", page=1),
              Block("heading", "Agenda, decisions and minutes", page=1, level=1),
              Block("table", rows=rows, header_rows=1, page=1)]
    document = Document(path="page.html", filename="page.html", format="html", blocks=blocks)
    result = extract(document.passages(), {}, document.filename)
    assert valued(result)[186_000].provider == "Fernleaf Landscapes Ltd"


@pytest.mark.parametrize("sentence, winner", [
    ("Cabinet awarded the framework for Zone C (hill farms and hamlets) to Saltmarsh Homecare, priced at "
     "£1,900,000 a year.", "Saltmarsh Homecare"),
    ("Cabinet agreed the award of a contract for Zone B (market towns) to Brookmere Home Support at "
     "£2.4m a year.", "Brookmere Home Support"),
    ("It awarded the framework lot for respite (overnight and day) to Kindleway Short Breaks for £640,000.",
     "Kindleway Short Breaks"),
])
def test_an_award_whose_service_holds_a_bracketed_aside_gives_the_winner(sentence, winner):
    result = paper("Marlowe County Council", sentence)
    priced = [c for c in result.contracts if c.value_gbp]
    assert priced and all(c.provider == winner for c in priced)


# ---- the change to a named provider's contract value as the sum --------------------------------------

@pytest.mark.parametrize("sentence, provider, value", [
    ("The grounds contract with Thornfield Landscapes Ltd receives an increase of £75,000 to cover extra "
     "mowing.", "Thornfield Landscapes Ltd", 75_000),
    ("The Director agreed to uplift the agreement with Brightside Advocacy CIC by an additional £48,000 for "
     "weekend cover.", "Brightside Advocacy CIC", 48_000),
    ("Members noted a variation of £31,500 to the contract with Lynwood Health CIC for extra clinics.",
     "Lynwood Health CIC", 31_500),
])
def test_the_change_to_a_named_providers_contract_is_its_value_for_the_change(sentence, provider, value):
    assert valued(paper("Thornleigh City Council", sentence))[value].provider == provider


@pytest.mark.parametrize("sentence, not_value", [
    ("A variation of £146,000 was agreed to the contract with Kestrel Support Ltd, taking the contract sum "
     "to £2.31m.", 146_000),
    ("An increase of £200,000 in the budget for the home care contracts was approved.", 200_000),
    ("The contract with Tallis Homecare CIC continues and the agreed uplift of £0.40 an hour applies from "
     "April.", 0.40),
])
def test_a_change_with_its_new_total_an_unnamed_budget_or_a_rate_is_no_contract_value(sentence, not_value):
    assert not_value not in valued(paper("Thornleigh City Council", sentence))


# ---- a building owned (and managed) by a body names its landlord, no provider ---------------------------

@pytest.mark.parametrize("sentence", [
    "The two extra care schemes are owned and managed by Northbrook Housing Association, with whom the "
    "council holds nomination rights.",
    "The two town car parks are owned and operated by Parkway Estates Ltd, which keeps the income.",
    "All three buildings are owned and maintained by Oakdene Estates Ltd and need new roofs.",
])
def test_an_owner_of_the_buildings_is_no_provider(sentence):
    result = paper("Marlowe County Council", sentence)
    assert not [c for c in result.contracts if c.provider]


def test_a_service_managed_by_a_body_still_names_its_provider():
    result = paper("Marlowe County Council",
                   "The day centre is managed by Brightway Care Ltd under a contract with the Council.")
    assert [c.provider for c in result.contracts] == ["Brightway Care Ltd"]


@pytest.mark.parametrize("title, sentence, provider, value", [
    ("Revenue Budget Monitoring 2025/26",
     "The pest control contract with Vermguard Services Ltd takes an increase of £64,000 for the extra baiting "
     "rounds.", "Vermguard Services Ltd", 64_000),
    ("Budget pressures",
     "The agreement with Tallis Homecare CIC was extended to June while the service is re-let, at an additional "
     "cost of £150,000.", "Tallis Homecare CIC", 150_000),
    ("Quarter 3 outturn",
     "The Director agreed to uplift the contract with Brightside Advocacy CIC by an additional £27,500 for "
     "weekend cover.", "Brightside Advocacy CIC", 27_500),
])
def test_a_change_to_a_named_contract_listed_among_budget_lines_stays_a_contract(title, sentence, provider, value):
    assert valued(paper("Thornleigh City Council", sentence, title=title))[value].provider == provider


# ---- `run` or `operate` with no object says how a body is doing, not what it provides -------------------

@pytest.mark.parametrize("sentence", [
    "Kestrel Homes Ltd and Oakdene Care Ltd run at a loss on the older homes.",
    "Fenmoor Group Ltd runs above its agreed staffing levels most weeks.",
    "Harbour Care Ltd operates at full capacity and Pellow Nursing Ltd managed to recruit eight nurses.",
])
def test_a_body_running_at_a_level_or_managing_to_is_no_provider(sentence):
    assert not paper("Marlowe County Council", sentence).contracts


@pytest.mark.parametrize("sentence", [
    "Kindleway Ltd runs short breaks for young carers at a cost of £640,000 a year.",
    "Kestrel Health Ltd runs out-of-hours GP cover for the Council at a cost of £300,000 a year.",
    "Brightway Care Ltd operates within the discharge lounge under a contract worth £210,000 a year.",
    "Kestrel Care Ltd operates at two sites in the borough under a contract worth £500,000 a year.",
])
def test_a_body_running_a_service_named_by_a_level_word_still_provides_it(sentence):
    (contract,) = paper("Marlowe County Council", sentence).contracts
    assert contract.provider == sentence.split(" run")[0].split(" operates")[0]


@pytest.mark.parametrize("sentence", [
    "Arrears at 31 March were: Kestrel Homes Ltd, £12,400 in unpaid rent; Oakdene Care Ltd, £8,100 in unpaid rent.",
    "Overpayments recovered in the year: Kestrel Homes Ltd, £12,400 for duplicated invoices; Oakdene Care Ltd, "
    "£8,100 for cancelled visits.",
    "Penalties levied under the contracts were: Kestrel Care Ltd, £6,000 for missed visits; Fenmoor Support Ltd, "
    "£4,500 for late reports.",
])
def test_a_list_of_sums_owed_or_recovered_from_bodies_prices_no_contract(sentence):
    assert not [c for c in paper("Marlowe County Council", sentence).contracts if c.value_gbp]


def test_a_body_running_a_service_still_provides_it():
    result = paper("Marlowe County Council", "Fenmoor Group Ltd and Harbour Care Ltd run the two day centres.")
    assert {c.provider for c in result.contracts} == {"Fenmoor Group Ltd", "Harbour Care Ltd"}


# ---- a Provider cell saying in-house, or naming a body with its acronym -------------------------------

@pytest.mark.parametrize("cell", ["In-house (public health team)", "In house – council staff",
                                  "In-house service (directly employed)"])
def test_an_in_house_provider_cell_is_the_papers_own_body(cell):
    result = _table_paper("Ferrisby Borough Council", "3. Current services",
                          [["Service", "Provider", "Annual value"],
                           ["Stop smoking support", cell, "£210,000"],
                           ["Sexual health", "Ferrisby Clinics Ltd", "£1,100,000"]])
    contracts = valued(result)
    assert contracts[210_000].provider == "Ferrisby Borough Council"
    assert contracts[210_000].contract_type == "in-house"
    assert contracts[1_100_000].provider == "Ferrisby Clinics Ltd"
    assert "In-house" not in {o.name.split(" (")[0] for o in result.organisations}
    assert not any("house" in o.name.lower() for o in result.organisations)


@pytest.mark.parametrize("cell, name", [
    ("Ferrisby Council for Voluntary Service (FCVS)", "Ferrisby Council for Voluntary Service"),
    ("Oldmere Befriending Circle (OBC)", "Oldmere Befriending Circle"),
    ("Marrowby Young Carers (MYC)", "Marrowby Young Carers"),
])
def test_a_provider_cell_naming_a_body_with_its_acronym_gives_the_name(cell, name):
    result = _table_paper("Ferrisby Borough Council", "4. Grants",
                          [["Organisation", "Purpose", "Annual award"],
                           [cell, "Volunteer support", "£45,000"]])
    assert valued(result)[45_000].provider == name


def test_a_provider_cell_naming_an_area_in_brackets_keeps_it():
    result = _table_paper("Ferrisby Borough Council", "4. Current services",
                          [["Service", "Provider", "Annual value"],
                           ["Day care (east)", "Harbour Care (East)", "£300,000"],
                           ["Day care (west)", "Harbour Care (West)", "£280,000"],
                           ["Carers support", "Kestrel Care (Hants)", "£95,000"]])
    assert [valued(result)[v].provider for v in (300_000, 280_000, 95_000)] == \
        ["Harbour Care (East)", "Harbour Care (West)", "Kestrel Care (Hants)"]


# ---- a relation with two commissioning bodies coordinated: each buys --------------------------------------

@pytest.mark.parametrize("sentences, provider", [
    (["NHS Wessex Integrated Care Board (the ICB) joined the meeting.",
      "The young carers' service, run by Hatherby Carers Trust on a single contract with the Council and "
      "the ICB, continues to March."], "Hatherby Carers Trust"),
    (["Home care in the north is delivered by Kestrel Care Ltd under contracts with Wessex County Council and "
      "NHS Wessex Integrated Care Board."], "Kestrel Care Ltd"),
    (["Night sitting is provided by Lanternway Hospice Ltd, which is commissioned by Wessex County Council and "
      "NHS Wessex Integrated Care Board."], "Lanternway Hospice Ltd"),
])
def test_each_of_two_coordinated_commissioning_bodies_buys(sentences, provider):
    result = paper("Wessex County Council", *sentences)
    buyers = {c.commissioner for c in result.contracts if c.provider == provider}
    assert buyers == {"Wessex County Council", "NHS Wessex Integrated Care Board"}


# ---- two bodies coordinated in a role position, the second a trading name ----------------------------

@pytest.mark.parametrize("sentence, names", [
    ("The Board agreed to award the home care contracts to Glenwater Care and Strathmoor Support Services "
     "from 1 November.", {"Glenwater Care", "Strathmoor Support Services"}),
    ("Night visits are delivered by Harrowgate Nursing and Pellmore Care Services under a joint framework.",
     {"Harrowgate Nursing", "Pellmore Care Services"}),
    ("Cabinet let the two cleaning lots to Brightclean Hygiene and Tallow Facility Services last week.",
     {"Brightclean Hygiene", "Tallow Facility Services"}),
])
def test_two_bodies_in_one_role_position_are_two_providers(sentence, names):
    result = paper("Marlowe County Council", sentence)
    assert {c.provider for c in result.contracts} == names


@pytest.mark.parametrize("cell, numbered", [
    ("91/25", True), ("HWB.14", True), ("CAB 112", True), ("(Item 55)", True), ("12a", True), ("7.2", True), ("", True),
    ("Year 1", False), ("Band 5", False), ("Lot 2", False), ("Ward 12", False),
])
def test_a_minute_number_in_a_first_cell_is_digits_or_capital_letters_before_them(cell, numbered):
    assert (_ITEM_NUMBER.fullmatch(cell) is not None) == numbered
