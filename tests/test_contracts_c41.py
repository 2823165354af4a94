"""Round c41: contracts, parties and providers, each mechanism with fictional wordings and negatives (papers about
invented bodies; the sentences are written for these tests)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, contracts_of, provider_wording_tests  # noqa: E402

from committee_papers.extract.money import find_money  # noqa: E402

MECHANISMS = {
    # a service's work done by a body named after a verb of that work, or after a time or place said before `by`
    # (org_evidence.yaml role.delivered_by; contract_roles.yaml provider.held_before)
    "a service's work done by a body": ProviderWordings(
        ("Fenmarket Town Council", "Minutes of the Town Council"),
        naming=[
            ("The market square cameras are monitored by Nightwatch Alarm Centre under a five-year contract.",
             "Nightwatch Alarm Centre"),
            ("Mixed glass from the bring banks is sorted at the Fenmoor depot by Kestrel Recycling under contract.",
             "Kestrel Recycling"),
            ("The seafront litter bins are emptied by Oakdene Waste at a cost of £18,400 a year.", "Oakdene Waste", 18400),
            ("The boathouse kiosk has been run since 2020 by Tidewater Snacks under a concession.", "Tidewater Snacks"),
        ],
        naming_none=[
            "Delivery of the plan is monitored by Health Scrutiny Panel each quarter.",
            "The contract will be monitored by Harbury County Council under the agreement.",
            "The primary school was inspected by Ofsted in March under the new framework.",
        ],
    ),
    # a figure written before `pounds` is a sum (money.worded_value)
    "a sum in figures before pounds": ProviderWordings(
        ("Fenmarket Town Council", "Minutes of the Town Council"),
        naming=[
            ("The contract with Watchpoint Alarm Services costs 29,800 pounds a year.", "Watchpoint Alarm Services", 29800),
            ("The lowest compliant price, submitted by Fenpower Pumps Ltd, is 74,800 pounds a year and was accepted.",
             "Fenpower Pumps Ltd", 74800),
            ("It was resolved to award the festive lighting contract to Twinkle Displays Ltd at 6,850 pounds.",
             "Twinkle Displays Ltd", 6850),
        ],
    ),
    # goods leased or hired, the lease said first (org_evidence.yaml role.goods_leased_from; contract_roles.yaml
    # provider.before), and a firm that will supply and maintain goods (contract_roles.yaml provides.after)
    "goods leased with the lease said first": ProviderWordings(
        ("Harbury County Council", "Cabinet"),
        naming=[
            ("Cabinet approved a five-year operating lease of nine gritting lorries from Roadmaster Fleet Hire.",
             "Roadmaster Fleet Hire"),
            ("It was agreed that the Council lease a replacement fitness suite from Gymline Leasing over five years.",
             "Gymline Leasing"),
            ("A lease is recommended: Roadmaster Fleet Hire Ltd will supply and maintain nine gritting lorries for £96,000 a "
             "year.", "Roadmaster Fleet Hire Ltd", 96000),
        ],
        naming_none=[
            "The Board agreed a ten-year lease of the boathouse from Harbury Estates.",
            "The lease of the old depot from Fenmoor Properties ends in May.",
            "Members asked about the hire of the hall from Marlow Lettings.",
        ],
    ),
    # a body paid in the second of two verbs it is subject of, the sum in figures or in words (org_evidence.yaml
    # role.does_and_is_paid; contract_roles.yaml provider.after; contract_roles.role_texts reads a sum in words as SUM)
    "a body that does the work and is paid": ProviderWordings(
        ("Harbury County Council", "Cabinet"),
        naming=[
            ("Larchmere Support looks after 40 people in their own homes and is paid £1.2m a year.", "Larchmere Support",
             1200000),
            ("Beaconline Response submitted the best tender and will be paid £98,000 a year.", "Beaconline Response", 98000),
            ("Oakbridge Hostels Ltd runs the two hostels and will be paid ninety thousand pounds a year.",
             "Oakbridge Hostels Ltd", 90000),
        ],
        naming_none=[
            "The Clerk reported on the accounts and is paid £9,000 a year.",
            "The Chair thanked the volunteers and asked whether the Council is paid £5,000 for the hall.",
        ],
    ),
}

test_a_mechanisms_wording_names_its_provider, test_a_mechanisms_negative_names_no_provider = \
    provider_wording_tests(MECHANISMS)


@pytest.mark.parametrize("text, value", [
    ("The contract costs 298,000 pounds a year.", 298000),
    ("they asked us for 2,000 pounds towards the lights", 2000),
    ("the quotation of 4,600 pounds plus VAT was accepted", 4600),
    ("worth 1,250 million pounds over the term", 1250000000),
])
def test_a_figure_before_pounds_is_a_sum(text, value):
    assert [m.value_gbp for m in find_money(text)] == [value]


@pytest.mark.parametrize("text", [
    "All prices are shown in 2025 pounds.",
    "ten pounds of seed were bought",
    "the pounds were counted",
])
def test_a_year_or_a_word_before_pounds_is_no_sum(text):
    assert find_money(text) == []


def test_a_threshold_in_figures_before_pounds_is_no_contract():
    found = contracts_of("Fenmarket Town Council", "Minutes of the Town Council",
                         "The Council publishes every contract worth more than 5,000 pounds on its website.")
    assert not [c for c in found if c.value_gbp == 5000]


# ---- a sum said of `the contract` in a paper awarding one contract (contract_prose._award_pointed_to) ------------------
from probe_harness import extract_blocks  # noqa: E402


def _valued(extraction) -> dict:
    return {c.value_gbp: c.provider for c in extraction.contracts if c.value_gbp}


def test_the_contract_worth_in_a_report_awarding_it_is_the_winners():
    extraction = extract_blocks(
        ("heading", "Harbury County Council"), "Cabinet, 12 March 2026",
        ("heading", "1. Background"),
        "The present street lighting contract with Brightpole Services ends on 31 May 2026.",
        ("heading", "2. Recommendations"),
        ("list_item", "2.1 award the street lighting maintenance contract to Lumenway Electrical for five years;"),
        ("heading", "4. Value"),
        "The contract is worth about £420,000 a year, met from the highways revenue budget.")
    assert _valued(extraction).get(420000) == "Lumenway Electrical"


def test_the_contract_value_before_the_minuted_award_is_the_winners():
    extraction = extract_blocks(
        ("heading", "Minutes of the Board of Kelby Community Health NHS Trust"), "Meeting held on 4 February 2026",
        ("heading", "KB 26/07 School nursing transport"),
        "Four bids were evaluated and Tollgate Transport scored highest on quality and price. The contract runs for "
        "four years and its annual value is £610,000.",
        "The Board RESOLVED to award the patient transport contract to Tollgate Transport.",
        "Members noted that the contract held by Swiftway Ambulances for the same routes ends in March.")
    assert _valued(extraction).get(610000) == "Tollgate Transport"


def test_the_new_contract_cost_in_a_decision_record_is_the_winners():
    extraction = extract_blocks(
        ("heading", "Fenmarket District Council"), "Record of officer decision, 9 January 2026",
        ("heading", "Background"),
        "Offices have been cleaned under a contract with Oldfield Cleaning since 2021.",
        ("heading", "Decision"),
        "I approve the award of the office cleaning contract to Sparkbright Hygiene for three years.",
        ("heading", "Financial implications"),
        "The new contract will cost £86,000 a year, within the facilities budget.")
    assert _valued(extraction).get(86000) == "Sparkbright Hygiene"


def test_the_contract_in_a_paper_awarding_two_bodies_names_neither():
    extraction = extract_blocks(
        ("heading", "Harbury County Council"), "Cabinet, 12 March 2026",
        ("heading", "2. Recommendations"),
        ("list_item", "2.1 award Lot 1 of the grounds contract to Greenway Landscapes;"),
        ("list_item", "2.2 award Lot 2 of the grounds contract to Oakmoor Arboriculture;"),
        ("heading", "4. Value"),
        "The contract is worth about £900,000 a year.")
    assert _valued(extraction).get(900000) not in ("Greenway Landscapes", "Oakmoor Arboriculture")


def test_the_contract_nearest_a_present_holder_is_not_the_winners():
    extraction = extract_blocks(
        ("heading", "Harbury County Council"), "Cabinet, 12 March 2026",
        ("heading", "2. Recommendations"),
        ("list_item", "2.1 award the street lighting maintenance contract to Lumenway Electrical for five years;"),
        ("heading", "3. Background"),
        "Street lights are maintained by Brightpole Services under a contract let in 2019.",
        "The contract was worth £380,000 a year when it was let.")
    assert _valued(extraction).get(380000) != "Lumenway Electrical"


# (review v42) `the contract` said in the past, or of how the work was done until now, is the old contract's value,
# not the award's: the sum is not given to the winner (the present holder named further off, so only
# _award_pointed_to could give it to the winner); said in the present it is the winner's.
CONTRACT_SENTENCES = [
    ("The contract was let in 2019 at £380,000 a year.", 380000, None),
    ("The contract has until now been delivered at a cost of £510,000 a year.", 510000, None),
    ("The contract had a value of £200,000 a year when last tendered in 2020.", 200000, None),
    ("The contract is worth £420,000 a year.", 420000, "Lumenway Electrical"),
]


@pytest.mark.parametrize("sentence,value,provider", CONTRACT_SENTENCES,
                         ids=["was-let", "until-now", "had-a-value", "is-worth"])
def test_the_contract_said_in_the_past_is_not_the_winners(sentence, value, provider):
    extraction = extract_blocks(
        ("heading", "Harbury County Council"), "Cabinet, 12 March 2026",
        ("heading", "1. Background"), "Street lights have been maintained by Brightpole Services since 2019.",
        "Officers ran a tender over the summer.", "Six firms took part.",
        ("heading", "2. Recommendations"),
        ("list_item", "2.1 award the street lighting maintenance contract to Lumenway Electrical for five years;"),
        ("heading", "4. Value"),
        sentence)
    assert value in _valued(extraction) and _valued(extraction)[value] == provider
