"""Round c29: contracts, parties and providers said in wordings not yet covered, each mechanism with fictional wordings
and negatives (papers about invented bodies; the sentences are written for these tests)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, contracts_of, provider_wording_tests  # noqa: E402


MECHANISMS = {
    # an agreement named by what it buys is held by the body it is with (contract_roles.yaml provider.agreement_before)
    "an agreement named by what it buys": ProviderWordings(
        ("Harrowgate Community Hospitals NHS Trust", "Trust Board"),
        naming=[
            ("The Board is asked to note that the insourcing agreement with Clearview Imaging for weekend MRI lists, "
             "worth £850,000 in 2025/26, ends on 31 March 2026.", "Clearview Imaging", 850000),
            ("Approve a seven-year inspection and maintenance agreement with Hoseline Safety from 1 May 2026 at "
             "£72,000 a year.", "Hoseline Safety", 72000),
            ("The call-in concerned the decision to extend the management agreement with Fellgate Leisure Trust for "
             "two years at a reduced fee of £310,000 a year.", "Fellgate Leisure Trust", 310000),
            ("The laundry agreement with Brightwash Linen Services runs to June 2027.", "Brightwash Linen Services"),
        ],
        naming_none=[
            "The Trust has signed a data sharing agreement with Lindale Analytics for the clinical audit.",
            "The section 106 agreement with Broadmead Homes secures £1.2m towards the new surgery.",
            "The lease agreement with Harbury Estates for the clinic building ends in 2030.",
            "Members reached agreement with Fellgate Leisure Trust on the timetable for the review.",
        ],
    ),
    # a price phrase trailing its statement with no verb or body of its own prices what the statement awards
    # (contract_prose._trails_statement)
    "a price phrase trailing the statement that names the provider": ProviderWordings(
        ("Ashcombe Integrated Care Board", "Board"),
        naming=[
            ("The Board approved the award of the patient transport service to Swiftcare Ambulance for four years from "
             "1 April 2026, with an option to extend by two years, at £2,300,000 per annum.", "Swiftcare Ambulance", 2300000),
            ("The Board agreed a contract with Hoseline Safety for hose testing from June 2026, with a review after "
             "twelve months, at £18,500 a year.", "Hoseline Safety", 18500),
            ("The Board agreed to commission Kestle Grounds to maintain the hospital grounds for three years, with a "
             "break after the second year, at £84,000 a year.", "Kestle Grounds", 84000),
        ],
    ),
}

test_names_its_provider, test_names_no_provider = provider_wording_tests(MECHANISMS)


@pytest.mark.parametrize("sentence, value", [
    # the trailing phrase's own kind word still decides its sum: a saving or a budget is no price
    ("The contract was awarded to Swiftcare Ambulance in 2023, with savings of £150,000 a year.", 150000),
    ("The cleaning contract was awarded to Sparkwell Hygiene in May, with a total budget of £2.4m for all facilities work.",
     2400000),
    ("The meals contract was awarded to Tollgate Kitchens last year, with a shortfall of £65,000 in the catering budget.",
     65000),
    # a clause of its own after `and` is no trailing `with` phrase
    ("Kelby Mobility Services Ltd delivered 94% of wheelchair repairs within five days, and refurbished stock worth "
     "£600,000.", 600000),
])
def test_a_trailing_phrase_with_its_own_kind_or_body_prices_no_contract(sentence, value):
    found = contracts_of("Ashcombe Integrated Care Board", "Board", sentence)
    assert value not in {c.value_gbp for c in found if c.provider}, [(c.provider, c.value_gbp) for c in found]


def test_a_relative_clause_keeps_its_own_subject_as_the_provider():
    # `X, which holds a contract with Y worth £V`: the relative clause's body, not the statement's first provider
    found = contracts_of("Kelby Integration Joint Board", "Integration Joint Board",
                         "Night sitting is delivered by the Council's in-house team and by Harbury Sitters Ltd, which "
                         "holds a contract with the Partnership covering the coastal towns worth £420,000 a year.")
    assert ("Harbury Sitters Ltd", 420000) in {(c.provider, c.value_gbp) for c in found}
