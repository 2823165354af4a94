"""Round money2: contract parties and values that a paper written by someone else showed the mechanisms
missing, each as a class of sentences.  Fictional papers run through the whole extraction pipeline
(organisations and the publishing authority come from the real components)."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document
from fictional_paper import pairs, run

COUNCIL = "Marbury District Council"
ICB = "NHS Oldcastle Integrated Care Board"


def values(extraction):
    return {c.value_gbp for c in extraction.contracts if c.value_gbp}


@pytest.mark.parametrize("texts, head, sub", [
    # The subject of the sub- verb, named or as `the Trust` after its name.
    (["Elmfield Health NHS Trust runs the falls service for £2m a year. "
      "The Trust subcontracts home hazard checks to Ashgrove Wellbeing CIC."],
     "Elmfield Health NHS Trust", "Ashgrove Wellbeing CIC"),
    (["Fenmoor Group Ltd has subcontracted the laundry to Oakdene Laundry Ltd since 2023."],
     "Fenmoor Group Ltd", "Oakdene Laundry Ltd"),
    # The head contractor after the sub- noun.
    (["Night visits are delivered by Kestrel Care Ltd through a subcontract with Fenmoor Group Ltd."],
     "Fenmoor Group Ltd", "Kestrel Care Ltd"),
    (["From May, Tollgate Meals CIC will act as a subcontractor to Brightwood Care Ltd, cooking the Sunday lunches."],
     "Brightwood Care Ltd", "Tollgate Meals CIC"),
])
def test_a_sub_contractor_is_the_head_contractors_provider(texts, head, sub):
    found = pairs(run(COUNCIL, *texts))
    assert (head, sub) in found
    assert (COUNCIL, sub) not in found


def test_the_head_contractor_keeps_its_own_contract_in_the_passage():
    found = run(COUNCIL, "Elmfield Health NHS Trust runs the falls service for £2m a year. "
                         "The Trust subcontracts home hazard checks to Ashgrove Wellbeing CIC.")
    priced = {(c.commissioner, c.provider) for c in found.contracts if c.value_gbp == 2_000_000}
    assert priced == {(COUNCIL, "Elmfield Health NHS Trust")}


@pytest.mark.parametrize("text, provider", [
    ("Halden Advisory LLP was formally appointed as procurement adviser on the depot sale, at a fee of £27,500.",
     "Halden Advisory LLP"),
    ("Members agreed the appointment of Brookfield Audit Partners LLP to check the year-end accounts, at a fee of £3,750.",
     "Brookfield Audit Partners LLP"),
    ("Cabinet agreed the engagement of Oakdene Advisory Ltd to review the fleet, at a cost of £48,000.",
     "Oakdene Advisory Ltd"),
])
def test_a_body_appointed_to_a_role_for_a_fee_is_its_provider(text, provider):
    found = run(COUNCIL, text)
    assert {c.provider for c in found.contracts if c.value_gbp} == {provider}


@pytest.mark.parametrize("text, provider", [
    ("Interim social workers come via the agency framework provider, Staffwise Recruitment; this year's bill stands at £0.9m.",
     "Staffwise Recruitment"),
    ("Repairs are carried out by the Council's term contractor, Brightfix Property.", "Brightfix Property"),
    ("Meals are bought from one supplier, Hearthside Kitchens; no others bid.", "Hearthside Kitchens"),
])
def test_a_name_after_its_role_noun_closed_by_a_semicolon_or_full_stop_provides(text, provider):
    assert (COUNCIL, provider) in pairs(run(COUNCIL, text))


@pytest.mark.parametrize("text, commissioner, provider", [
    ("Harbourside Health NHS Trust is itself commissioned by North Mercia ICB for its diabetes clinics.",
     "North Mercia ICB", "Harbourside Health NHS Trust"),
    ("Kestrel Support Ltd has been contracted by Wessex County Council since 2021 for the carers' service.",
     "Wessex County Council", "Kestrel Support Ltd"),
    ("Oakdene Care Ltd was also commissioned by Brackenford Council under a spot contract.",
     "Brackenford Council", "Oakdene Care Ltd"),
])
def test_the_subject_of_a_passive_commissioning_verb_with_its_agent_provides(text, commissioner, provider):
    assert (commissioner, provider) in pairs(run(COUNCIL, text))


@pytest.mark.parametrize("text", [
    "Spending is met from the Household Support Fund. Contracts worth £180,000 or more must be signed off by the Executive Member.",
    "Agreements of £2m or above go to Cabinet for approval.",
    "Every subcontract worth £75,000 and above is reported to the Board.",
])
def test_a_sum_with_or_more_after_it_is_a_threshold_not_a_contract(text):
    assert not values(run(COUNCIL, text))


@pytest.mark.parametrize("text", [
    "Moving to the new laundry supplier costs £40,000 a year more than the in-house service did.",
    "The winning bid for the cleaning contract was £12,500 less than the pre-tender estimate.",
    "Tender prices for the works contract came in £150,000 higher than the budget allowed for.",
])
def test_a_difference_between_two_prices_is_no_contract_value(text):
    assert not values(run(COUNCIL, text))


@pytest.mark.parametrize("text, provider, value", [
    ("For the next two years Tarnside Citizens Advice will receive an annual grant of £41,000 for its drop-in sessions.",
     "Tarnside Citizens Advice", 41_000),
    ("Kestrel Support Ltd receives an annual payment of £14,000 for the carers' helpline.", "Kestrel Support Ltd", 14_000),
    ("Oakdene Care Ltd gets a fixed fee of £6,000 a month for the night service.", "Oakdene Care Ltd", 6_000),
    ("Each year Tarnside Community Transport will receive £7,250 to help run its scooter loans.",
     "Tarnside Community Transport", 7_250),
])
def test_a_named_body_receiving_a_grant_or_fee_is_paid_it_not_the_papers_body(text, provider, value):
    found = run(COUNCIL, text)
    assert {(c.provider, c.value_gbp) for c in found.contracts if c.value_gbp} == {(provider, value)}


def test_the_papers_own_grant_received_stays_income():
    assert not values(run(COUNCIL, "The Council will receive a grant of £2m from the Department for Education."))


@pytest.mark.parametrize("text, provider, value", [
    ("Harbourline Ambulance Services Ltd's offer of £83k a year for weekend outpatient runs was accepted.",
     "Harbourline Ambulance Services Ltd", 83_000),
    ("Kestrel Support Ltd's tender of £96,000 was the one approved.", "Kestrel Support Ltd", 96_000),
    ("Oakdene Care Ltd’s revised quotation of £14,850 has been accepted by the Panel.", "Oakdene Care Ltd", 14_850),
    ("The successful tenderer was Fenmoor Group Ltd at £230,000 a year.", "Fenmoor Group Ltd", 230_000),
])
def test_an_accepted_offer_or_winning_bid_prices_its_bidders_contract(text, provider, value):
    found = run(ICB, text)
    assert {(c.provider, c.value_gbp) for c in found.contracts if c.value_gbp} == {(provider, value)}


def test_an_offer_not_accepted_is_no_contract():
    assert not values(run(ICB, "Oakdene Care Ltd's bid of £40,000 was rejected."))


@pytest.mark.parametrize("text, priced", [
    ("Seven tenders were evaluated; the highest-scoring bids were Hearthside Homes CIC for the north lot at "
     "£212,000 a year and Northgate Youth Trust for the south lot at £178,000 a year, a combined £390,000.",
     {("Hearthside Homes CIC", 212_000), ("Northgate Youth Trust", 178_000)}),
    ("The contracts were let to Fenmoor Group Ltd (north) at £1.2m, Kestrel Support Ltd at £0.8m and Oakdene Care Ltd at £0.5m.",
     {("Fenmoor Group Ltd", 1_200_000), ("Kestrel Support Ltd", 800_000), ("Oakdene Care Ltd", 500_000)}),
    ("Contracts are held by Fenmoor Group Ltd for the depots at £30,000 a year and Kestrel Support Ltd for the offices at £20,000 a year.",
     {("Fenmoor Group Ltd", 30_000), ("Kestrel Support Ltd", 20_000)}),
])
def test_each_name_of_a_priced_list_gets_its_own_price_and_the_combined_sum_is_none(text, priced):
    found = run(COUNCIL, text)
    assert {(c.provider, c.value_gbp) for c in found.contracts if c.value_gbp} == priced


@pytest.mark.parametrize("text, provider, value", [
    ("The winning bid came from Kestrel Buses Ltd and covers both combined village routes for £0.64 million a year.",
     "Kestrel Buses Ltd", 640_000),
    ("Harbourline Ambulance Services Ltd's offer of £275k a year to carry renal patients from the combined dialysis "
     "units has been accepted.", "Harbourline Ambulance Services Ltd", 275_000),
    ("Both routes were merged into one contract with Oakdene Coaches Ltd, the combined route costing £310,000 a year.",
     "Oakdene Coaches Ltd", 310_000),
])
def test_combined_far_from_the_sum_leaves_a_contract_price(text, provider, value):
    found = run(COUNCIL, text)
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found.contracts}


@pytest.mark.parametrize("text, winner, incumbent, value", [
    ("Kerbside Motors Ltd has serviced the gritter fleet since 2016 and its contract ends in October. "
     "Of the six tenders received, Tarnway Vehicle Care Limited scored highest overall. "
     "The new contract will cost £760,000 over three years.", "Tarnway Vehicle Care Limited", "Kerbside Motors Ltd", 760_000),
    ("Street lighting is currently maintained by Lumenway Electrical Ltd. Of the three tenders, Brightspark Lighting Ltd "
     "ranked first. The new contract is worth £420,000 a year.", "Brightspark Lighting Ltd", "Lumenway Electrical Ltd", 420_000),
    ("Kestrel Support Ltd has run the carers' hub since 2020. After evaluation Oakdene Care Ltd is the preferred bidder; "
     "the contract will cost £96,000 a year.", "Oakdene Care Ltd", "Kestrel Support Ltd", 96_000),
])
def test_an_unnamed_sum_in_a_passage_naming_a_winner_is_the_winners(text, winner, incumbent, value):
    found = run(COUNCIL, text)
    assert {c.provider for c in found.contracts if c.value_gbp == value} == {winner}


def run_blocks(body, texts, table):
    blocks = [Block("heading", body, page=1, level=1),
              Block("paragraph", "Cabinet – 12 March 2025", page=1),
              Block("heading", "Contract award", page=1, level=1)]
    blocks += [Block("paragraph", t, page=2) for t in texts] + [Block("table", rows=table, header_rows=1, page=2)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


@pytest.mark.parametrize("award, table", [
    (["It is recommended that the contract is awarded to Greenleaf Grounds Ltd."],
     [["Bidder", "Quality (70%)", "Price (30%)", "Total", "Yearly price"],
      ["Ashcombe Estates Ltd", "61.5", "22.4", "83.9", "£655,000"],
      ["Greenleaf Grounds Ltd", "63.0", "25.1", "88.1", "£590,000"],
      ["Pennant Gardens Ltd", "52.5", "30.0", "82.5", "£498,300"]]),
    (["Cabinet approved the award of the contract to Greenleaf Grounds Ltd from 1 April 2026."],
     [["Tenderer", "Quality", "Price", "Tendered price (5 years)"],
      ["Ashcombe Estates Ltd", "55", "30", "£3,100,000"],
      ["Greenleaf Grounds Ltd", "58", "35", "£590,000"]]),
    (["Greenleaf Grounds Ltd is the preferred bidder."],
     [["Organisation", "Weighted score", "Rank", "Yearly cost"],
      ["Greenleaf Grounds Ltd", "81", "1", "£590,000"],
      ["Pennant Gardens Ltd", "77", "2", "£498,300"]]),
])
def test_in_a_table_of_bids_only_the_winners_price_is_a_contract(award, table):
    found = run_blocks(COUNCIL, award, table)
    assert {(c.provider, c.value_gbp) for c in found.contracts if c.value_gbp} == {("Greenleaf Grounds Ltd", 590_000)}


def test_a_table_of_bodies_and_prices_without_scores_keeps_every_row():
    found = run_blocks(COUNCIL, ["The Council has awarded the grounds contract to Greenleaf Grounds Ltd."],
                       [["Provider", "Service", "Annual value"],
                        ["Greenleaf Grounds Ltd", "Grounds", "£590,000"],
                        ["Pennant Gardens Ltd", "Cemeteries", "£61,200"]])
    assert {c.provider for c in found.contracts if c.value_gbp} == {"Greenleaf Grounds Ltd", "Pennant Gardens Ltd"}


def test_each_bid_evaluation_header_example_is_one_and_a_contract_header_is_not():
    from committee_papers.extract.contract_roles import ROLES
    from committee_papers.extract.contract_tables import is_bid_evaluation
    for entry in ROLES["bid_evaluation_header"]:
        for header in entry["examples"]:
            assert is_bid_evaluation(header), header
    for header in (["Service", "Provider", "Annual value"], ["Contract", "Supplier", "End date", "Value (£k)"],
                   ["Lot", "Organisation", "Start", "Annual cost"], ["Rank", "Supplier", "Spend 2024/25"]):
        assert not is_bid_evaluation(header), header


@pytest.mark.parametrize("text, provider, value", [
    ("Kestrel Support Ltd will be paid up to £45,000 for the evaluation of the reablement service.", "Kestrel Support Ltd", 45_000),
    ("Oakdene Care Ltd would be paid a maximum of £12,000 for the survey.", "Oakdene Care Ltd", 12_000),
    ("Fenmoor Audit LLP is paid no more than £8,000 a year for the audit.", "Fenmoor Audit LLP", 8_000),
])
def test_a_payment_cap_to_a_named_body_is_its_contract_value(text, provider, value):
    found = run(COUNCIL, text)
    assert {(c.provider, c.value_gbp) for c in found.contracts if c.value_gbp} == {(provider, value)}


@pytest.mark.parametrize("text", [
    "The Director may award contracts up to £250,000.",
    "Heads of Service can approve orders of up to £25,000.",
    "Officers may let contracts worth up to £100,000 without a tender.",
])
def test_a_power_to_award_up_to_a_sum_stays_a_threshold(text):
    assert not values(run(COUNCIL, text))


TRUST = "Elmfield Health NHS Trust"


@pytest.mark.parametrize("text, commissioner, value", [
    ("From 1 November 2025 Marbury District Council will pay the Trust £1.8m a year for the integrated memory service.",
     "Marbury District Council", 1_800_000),
    ("North Mercia ICB pays the Trust £12m a year for community nursing.", "North Mercia ICB", 12_000_000),
    ("Under the new agreement Wessex County Council will pay Elmfield Health NHS Trust £640,000 a year for school nursing.",
     "Wessex County Council", 640_000),
])
def test_a_commissioning_body_paying_the_papers_own_trust_is_its_head_contract(text, commissioner, value):
    found = run(TRUST, text)
    assert {(c.commissioner, c.provider, c.value_gbp) for c in found.contracts if c.value_gbp} == {(commissioner, TRUST, value)}


def test_the_public_paying_the_trust_a_charge_is_no_contract():
    assert not values(run(TRUST, "Patients pay the Trust £20 for each parking permit."))


@pytest.mark.parametrize("text, names", [
    ("The hubs are run by Harebell House Ltd, Kindred Spirit and Oakleaf Families CIC.",
     {"Harebell House Ltd", "Kindred Spirit", "Oakleaf Families CIC"}),
    ("Grants go to Wrenfield Youth CIC, Tollgate Arts and Marsh Lane Community CIC.",
     {"Wrenfield Youth CIC", "Tollgate Arts", "Marsh Lane Community CIC"}),
    ("Meals are supplied by Ashby Kitchens Ltd, Hearthside Catering and Oldmill Foods Limited.",
     {"Ashby Kitchens Ltd", "Hearthside Catering", "Oldmill Foods Limited"}),
])
def test_the_last_two_names_of_a_list_are_two_bodies(text, names):
    assert names <= {c.provider for c in run(COUNCIL, text).contracts}


@pytest.mark.parametrize("text, name", [
    ("The toddler groups are run by Kestrel Support Ltd, Wrenfield Mums and Tots CIC.", "Wrenfield Mums and Tots CIC"),
    ("Repairs are carried out by Oakdene Care Ltd, Hollin Fathers and Sons Ltd.", "Hollin Fathers and Sons Ltd"),
    ("Lunch clubs are run by Harebell House Ltd, Tollgate Bread and Roses CIC.", "Tollgate Bread and Roses CIC"),
])
def test_a_last_name_of_one_word_before_its_ending_keeps_the_and_inside_the_name(text, name):
    # `Tots CIC` has one word before its ending: `Wrenfield Mums and Tots CIC` is one charity, not two.
    assert name in {c.provider for c in run(COUNCIL, text).contracts}


def test_a_one_word_name_before_and_stays_part_of_the_name():
    assert "Brigg and Sons Ltd" in {c.provider for c in run(COUNCIL, "Services are run by Kestrel Support Ltd, Brigg and Sons Ltd.").contracts}


@pytest.mark.parametrize("text, names", [
    ("Short breaks are delivered by three framework providers: Harebell House Ltd, Kestrel Support Ltd and Oakdene Care Ltd.",
     {"Harebell House Ltd", "Kestrel Support Ltd", "Oakdene Care Ltd"}),
    ("The audits are carried out by two firms: Fenmoor Audit LLP and Kestrel Audit LLP.", {"Fenmoor Audit LLP", "Kestrel Audit LLP"}),
    ("Scans are commissioned from four independent sector providers: Sonara Diagnostics Ltd, Scanwell Ltd, Brightlens Ltd and Orbis Ltd.",
     {"Sonara Diagnostics Ltd", "Scanwell Ltd", "Brightlens Ltd", "Orbis Ltd"}),
])
def test_bodies_counted_and_named_by_kind_before_a_colon_all_provide(text, names):
    assert {(COUNCIL, name) for name in names} <= pairs(run(COUNCIL, text))


@pytest.mark.parametrize("texts, provider, value", [
    (["Last year Sonara Diagnostics Ltd delivered 2,300 extra ultrasound sessions at £88 each. "
      "The Board is asked to approve a further year at the same price, about £202,000."], "Sonara Diagnostics Ltd", 202_000),
    (["Kestrel Support Ltd ran the winter clinics until March. Members agreed to buy one more winter at the same price, "
      "roughly £240,000."],
     "Kestrel Support Ltd", 240_000),
    (["Oakdene Care Ltd provided 40 step-down beds over the winter. Renewal of the block contract for 2026/27 is recommended at £610,000."],
     "Oakdene Care Ltd", 610_000),
])
def test_a_provider_in_the_simple_past_owns_the_passages_unnamed_sum(texts, provider, value):
    found = run(TRUST, *texts)
    assert {c.provider for c in found.contracts if c.value_gbp == value} == {provider}


def run_in(heading, body, *texts):
    blocks = [Block("heading", body, page=1, level=1), Block("paragraph", "Cabinet – 12 March 2025", page=1),
              Block("heading", heading, page=1, level=1)] + [Block("paragraph", t, page=2) for t in texts]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


@pytest.mark.parametrize("text, provider, value", [
    ("Fareway Consulting Ltd has been commissioned to audit taxi journeys for pupils with SEND, at a cost of £22,000.",
     "Fareway Consulting Ltd", 22_000),
    ("Kestrel Advisory LLP was engaged to support the bid at a fixed fee of £18,000.", "Kestrel Advisory LLP", 18_000),
    ("Oakdene Consulting Ltd has been appointed to review the fleet for a fee of £12,500.", "Oakdene Consulting Ltd", 12_500),
])
def test_a_named_bodys_fee_in_a_budget_monitoring_section_stays_a_contract(text, provider, value):
    found = run_in("Revenue budget monitoring", COUNCIL, "The waste service now expects an overspend of £640,000. " + text)
    assert {(c.provider, c.value_gbp) for c in found.contracts if c.value_gbp} == {(provider, value)}


@pytest.mark.parametrize("text, provider, value", [
    ("Kestrel Health Ltd will run the Millbrook practice under a ten-year alternative provider medical services (APMS) "
     "agreement worth roughly £760,000 a year.", "Kestrel Health Ltd", 760_000),
    ("Oakdene Practice Ltd holds an alternative provider medical services contract worth £2.1m a year.", "Oakdene Practice Ltd", 2_100_000),
    ("The APMS (alternative provider medical services) contract with Fenmoor Medical Ltd is worth £950,000 a year.",
     "Fenmoor Medical Ltd", 950_000),
])
def test_alternative_in_a_contracts_name_is_no_rejected_option(text, provider, value):
    found = run(ICB, text)
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found.contracts}


def run_pages(body, first, second):
    blocks = [Block("heading", body, page=1, level=1), Block("paragraph", "Cabinet – 12 March 2025", page=1),
              Block("heading", "Decisions", page=1, level=1),
              Block("paragraph", first, page=2), Block("paragraph", second, page=3)]
    document = Document(path="paper.pdf", filename="paper.pdf", format="pdf", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


@pytest.mark.parametrize("first, second, provider, value", [
    ("(c) That the contract with Kestrel Support Ltd for the carers' hub be extended to 31 July",
     "2027 at a cost of £142,000;", "Kestrel Support Ltd", 142_000),
    ("RESOLVED that the grounds maintenance contract be awarded to Greenleaf Grounds Ltd for five years at an annual",
     "value of £590,000.", "Greenleaf Grounds Ltd", 590_000),
    ("Members approved awarding the non-emergency transport contract to Harbourline Transport Ltd, worth",
     "£1.2m a year from 1 October 2025.", "Harbourline Transport Ltd", 1_200_000),
])
def test_a_contract_cut_by_a_page_break_is_read_whole(first, second, provider, value):
    found = run_pages(COUNCIL, first, second)
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found.contracts}


def test_a_new_paragraph_on_the_next_page_is_not_joined():
    found = run_pages(COUNCIL, "The contract with Kestrel Support Ltd ends in March.",
                      "Budget monitoring shows an overspend of £142,000 on home care.")
    assert not {c.value_gbp for c in found.contracts if c.provider == "Kestrel Support Ltd" and c.value_gbp}


@pytest.mark.parametrize("text, commissioner", [
    ("The Trust provides speech and language therapy to Wessex County Council in three special schools.", "Wessex County Council"),
    ("Elmfield Health NHS Trust delivers school nursing to Marbury District Council.", "Marbury District Council"),
    ("Since 2022 the Trust has supplied occupational health services to Brackenford Council.", "Brackenford Council"),
])
def test_a_trust_providing_a_service_to_a_council_is_its_provider(text, commissioner):
    assert (commissioner, TRUST) in pairs(run(TRUST, text))


@pytest.mark.parametrize("text, provider, value", [
    ("CHAIR: So the proposal is that we award the cleaning contract to Sparkwell Hygiene Ltd at two hundred and forty "
     "thousand pounds a year. All those in favour? That's carried.", "Sparkwell Hygiene Ltd", 240_000),
    ("COUNCILLOR REED: I move that the contract with Fenmoor Group Ltd be extended for a year at one point two million pounds.",
     "Fenmoor Group Ltd", 1_200_000),
    ("CHAIR: The recommendation is to award the meals contract to Hearthside Kitchens Ltd, worth forty-five thousand "
     "pounds. Those against? None. Carried.", "Hearthside Kitchens Ltd", 45_000),
])
def test_a_contract_voted_on_in_a_transcript_with_its_value_in_words(text, provider, value):
    assert (provider, value) in {(c.provider, c.value_gbp) for c in run(COUNCIL, text).contracts}


@pytest.mark.parametrize("text, buyers", [
    ("The Trust is itself commissioned by North Mercia ICB for district nursing, and it supplies speech and language "
     "therapy to Wessex County Council.", {"North Mercia ICB", "Wessex County Council"}),
    ("Elmfield Health NHS Trust delivers school nursing to Marbury District Council and to Brackenford Council.",
     {"Marbury District Council", "Brackenford Council"}),
    ("The Trust is contracted by North Mercia ICB for acute care and supplies sexual health services to Wessex County Council.",
     {"North Mercia ICB", "Wessex County Council"}),
])
def test_the_papers_own_trust_has_a_head_contract_with_each_buyer_of_a_sentence(text, buyers):
    assert {(buyer, TRUST) for buyer in buyers} <= pairs(run(TRUST, text))


@pytest.mark.parametrize("text, not_provider", [
    ("North Mercia ICB funds the Trust through a fixed payment each month, and the Trust supplies speech and "
     "language therapy to Wessex County Council.", "Wessex County Council"),
    ("Payment is made quarterly in arrears under the block contract and the service is run on behalf of Marbury District Council.",
     "Marbury District Council"),
    ("The pay award for the ward staff was agreed in June and the new clinic was opened to Brackenford Council tenants.",
     "Brackenford Council"),
])
def test_a_paying_word_far_before_a_name_makes_it_no_payee(text, not_provider):
    assert not_provider not in {c.provider for c in run(TRUST, text).contracts}


def test_a_table_ranking_suppliers_by_spend_keeps_every_row_when_the_paper_names_a_winner():
    found = run_blocks(COUNCIL, ["Cabinet approved the award of the cleaning contract to Sparkwell Hygiene Ltd.",
                                 "The table lists the Council's largest suppliers by spend in 2024/25."],
                       [["Rank", "Supplier", "Spend 2024/25"], ["1", "Fenmoor Group Ltd", "£4,100,000"],
                        ["2", "Kestrel Support Ltd", "£2,300,000"], ["3", "Sparkwell Hygiene Ltd", "£900,000"]])
    assert {c.provider for c in found.contracts if c.value_gbp} == {
        "Fenmoor Group Ltd", "Kestrel Support Ltd", "Sparkwell Hygiene Ltd"}


@pytest.mark.parametrize("first, second", [
    ("The current contract with Kestrel Support Ltd for the carers' hub ends on 31 March 2026",
     "4.3 The Council will spend £142,000 a year on new home care software from April."),
    ("Kestrel Support Ltd runs the day centres under a contract let in 2022",
     "5.1 A budget of £86,000 has been set aside for roof repairs at the depot."),
    ("Appendix B lists the contracts held with Kestrel Support Ltd",
     "12 The Council has set £31,000 aside for winter pressures in adult social care."),
])
def test_a_numbered_paragraph_on_the_next_page_is_not_the_rest_of_the_last(first, second):
    found = run_pages(COUNCIL, first, second)
    assert not {c.value_gbp for c in found.contracts if c.provider == "Kestrel Support Ltd" and c.value_gbp}


@pytest.mark.parametrize("text, provider, value", [
    ("The contract with Kestrel Support Ltd is worth £600,000 and over its five years will save £90,000.",
     "Kestrel Support Ltd", 600_000),
    ("Kestrel Support Ltd will be paid £48,000 and over the term the Council will review the service twice.",
     "Kestrel Support Ltd", 48_000),
    ("Oakdene Care Ltd holds the block contract at £1.2m a year and over the winter it adds twenty beds.",
     "Oakdene Care Ltd", 1_200_000),
])
def test_and_over_opening_a_new_clause_leaves_the_contract_price(text, provider, value):
    assert (provider, value) in {(c.provider, c.value_gbp) for c in run(COUNCIL, text).contracts}


@pytest.mark.parametrize("text", [
    "The day centres are run by Kestrel Support Ltd. In the residents' survey Oakleaf Families CIC came top for "
    "satisfaction. The contract is worth £210,000 a year.",
    "Kestrel Support Ltd runs the lunch clubs. Oakleaf Families CIC finished first in the county's volunteering awards. "
    "The lunch club contract costs £64,000 a year.",
    "Meals are delivered by Kestrel Support Ltd. Oakleaf Families CIC came first in the Marbury charity league. "
    "The meals contract is worth £95,000 a year.",
])
def test_a_body_topping_a_survey_is_no_winner_of_the_contract(text):
    assert {c.provider for c in run(COUNCIL, text).contracts if c.value_gbp} == {"Kestrel Support Ltd"}
