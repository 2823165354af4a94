"""A provider's own board minutes (branch prov17b): the paper's own body delivers the contract its commissioner
pays, and the board's own supplier choices.  Every example in extract/contract_own_board.yaml runs through
the whole extraction pipeline on a fictional paper."""
import pytest

from committee_papers.extract.orgfinder import find_names
from committee_papers.extract.phrases import load
from tests.test_contracts_leftovers import paper

EXAMPLES = [example for cue in load("contract_own_board.yaml")["cues"] for example in cue["examples"]]


def relations(result):
    return {(c.commissioner, c.provider) for c in result.contracts if c.value_gbp is None}


def minutes(own, *paragraphs):
    return paper(own, *paragraphs, title="Board meeting minutes")


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_own_board_cue_examples(example):
    paragraphs = [example["before"], example["text"]] if example.get("before") else [example["text"]]
    found = relations(minutes(example["own"], *paragraphs))
    if example.get("none"):
        assert all(provider != example["own"] for _, provider in found)
    else:
        assert (example["buyer"], example["own"]) in found


def test_the_relation_records_its_rule():
    result = minutes("Kelderby Leisure Trust", "Our contract with Kelderby Borough Council runs to 2028.")
    rules = {c.rule for c in result.contracts if c.provider == "Kelderby Leisure Trust"}
    assert rules == {"contracts.own_board.own.our_contract_with"}


@pytest.mark.parametrize("authority, sentence", [
    # A council's own paper: the council buys, it is never the provider of its own contract.
    ("Brackenford Council", "Our contract with North Mercia ICB for the joint equipment store runs to 2027."),
    ("Wexcombe District Council", "The contract price agreed with Tarnshire County Council was noted."),
    # A council merely named near `contract`: no cue about the body's own contract.
    ("Kelderby Leisure Trust", "Kelderby Borough Council has let a new contract for street lighting."),
])
def test_no_own_board_relation_without_a_provider_body_and_a_cue(authority, sentence):
    assert not any(c.rule and c.rule.startswith("contracts.own_board") for c in minutes(authority, sentence).contracts)


# ---- the board's own supplier choices: the paper's body buys ----------------------------------------------

@pytest.mark.parametrize("own, sentence, suppliers", [
    ("Brackenford Libraries Trust", "After three demonstrations the Board decided to proceed with Ledgerwise and "
     "Paymaster Cloud for finance and payroll.", {"Ledgerwise", "Paymaster Cloud"}),
    ("Wexcombe Leisure Ltd", "Trustees decided to go ahead with Clubdesk for bookings, subject to references.",
     {"Clubdesk"}),
    ("Oldmill Care Enterprise CIC", "Directors resolved to contract with Brightclean for the cleaning of all sites.",
     {"Brightclean"}),
    ("Kelderby Leisure Trust", "Fernley Audit LLP were appointed as our auditors for 2025/26.", {"Fernley Audit LLP"}),
    ("Harrowmoor Libraries CIO", "The cleaning contract was awarded to Sparkwell Cleaning Ltd from July.",
     {"Sparkwell Cleaning Ltd"}),
])
def test_a_board_choice_of_supplier_is_the_own_body_buying(own, sentence, suppliers):
    assert {(own, supplier) for supplier in suppliers} <= relations(minutes(own, sentence))


def test_proceeding_with_a_plan_names_no_supplier():
    assert not relations(minutes("Oldmill Care Enterprise CIC", "The Board has agreed to proceed with a staffing review in June."))


# ---- bodies funded out of a grant or budget to deliver a service ------------------------------------------

@pytest.mark.parametrize("authority, sentence, providers", [
    ("Tollbridge Council", "Cabinet confirmed that Ashgrove and Pennyfield will be jointly funded "
     "through the Start for Life grant to run the parenting course from April.",
     {"Ashgrove", "Pennyfield"}),
    ("Wexcombe District Council", "Until 2027 Brookside Young Carers will be funded out of the carers' budget to run "
     "the Saturday club.", {"Brookside Young Carers"}),
    ("North Mercia ICB", "Lanternway is jointly funded through the Better Care Fund to provide the hospital "
     "discharge line.", {"Lanternway"}),
])
def test_funded_from_a_grant_to_deliver_is_a_relation_with_the_funder(authority, sentence, providers):
    assert {(authority, provider) for provider in providers} <= relations(paper(authority, sentence))


def test_a_hub_of_the_paper_funded_from_a_grant_names_no_provider():
    assert not relations(paper("Tollbridge Council", "The Family Hub is funded from the grant to deliver sessions."))


@pytest.mark.parametrize("own, sentence, buyer", [
    ("Kelderby Leisure Trust", "The Chief Executive reported on the contract sum negotiations with Kelderby Borough "
     "Council.", "Kelderby Borough Council"),
    ("Harrowmoor Libraries CIO", "Our contract with Harrowmoor County Council runs to March 2028.",
     "Harrowmoor County Council"),
    ("Oldmill Care Enterprise CIC", "The annual contract review with North Mercia ICB was postponed to May.",
     "North Mercia ICB"),
])
def test_the_own_body_is_never_its_commissioners_buyer(own, sentence, buyer):
    found = relations(minutes(own, sentence))
    assert (buyer, own) in found and (own, buyer) not in found


# ---- a centre whose services run under a commissioned contract ----------------------------------------------

@pytest.mark.parametrize("authority, sentence, provider", [
    ("Tollbridge Council", "Toddler groups offered at Ashgrove under this commissioned contract are listed "
     "below.", "Ashgrove"),
    ("Wexcombe District Council", "Monthly sessions hosted at Fallowmere Wellbeing Centre under its commissioned "
     "contract will relocate to the library.", "Fallowmere Wellbeing Centre"),
    ("North Mercia ICB", "Groups run at Pennyfield under their grant-funded contract end in March.", "Pennyfield"),
])
def test_a_centre_under_a_commissioned_contract_is_its_provider(authority, sentence, provider):
    assert (authority, provider) in relations(paper(authority, sentence))


def test_a_centre_of_the_paper_without_a_commissioned_contract_is_no_provider():
    assert not relations(paper("Tollbridge Council", "Toddler groups offered at Ashgrove are listed below."))


@pytest.mark.parametrize("sentence, provider", [
    ("The baby groups held at Ashgrove under this commissioned contract, which will no longer run there after "
     "March, include a dads' group.", "Ashgrove"),
    ("Meals delivered by Oakdene Kitchens Ltd are no longer provided on Sundays.", "Oakdene Kitchens Ltd"),
    ("Kestrel Lifts, who are our contractor for the stairlifts, will no longer be available at weekends.", "Kestrel Lifts"),
    ("The night clinics run by Fallowmere Health Ltd will no longer be offered after March.", "Fallowmere Health Ltd"),
])
def test_a_service_that_stops_still_names_its_provider(sentence, provider):
    assert ("Tollbridge Council", provider) in relations(paper("Tollbridge Council", sentence))


@pytest.mark.parametrize("sentence", [
    "The night clinics are not run by Fallowmere Health Ltd.",
    "Advocacy is no longer provided by Brightvoice Advocacy CIC.",
])
def test_a_service_not_or_no_longer_provided_by_a_body_is_still_denied(sentence):
    assert not relations(paper("Tollbridge Council", sentence))


# ---- a firm named `X & Co` ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Tamsin Field & Co were appointed as our independent examiners for 2025/26.", "Tamsin Field & Co"),
    ("The Board thanked Brackley and Co for the audit.", "Brackley and Co"),
    ("Legal advice came from Harcourt Mills & Co, solicitors.", "Harcourt Mills & Co"),
])
def test_a_firm_named_and_co_is_a_company(text, name):
    found = [f for f in find_names(text) if f.name == name]
    assert found and found[0].kind == "company"


def test_co_operation_is_no_firm():
    assert not find_names("Fish and Co-operation were the themes of the day.")
