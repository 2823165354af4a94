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

