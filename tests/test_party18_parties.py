"""Round party18: parties and providers in a provider's own minutes and in the papers of the bodies it works
with.  Fictional papers of different kinds of bodies run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.organisations import OrgIndex
from fictional_paper import cabinet_paper


def minutes(own, *paragraphs):
    return cabinet_paper(own, *paragraphs, title="Board meeting minutes")


def named_in_last(paragraphs):
    """The bodies the last paragraph names, the paper's organisations read from all of them."""
    return {m.name for m in OrgIndex.from_texts(paragraphs).find(paragraphs[-1])}


def relations(result):
    return {(c.commissioner, c.provider) for c in result.contracts if c.value_gbp is None}


# ---- `Name (ACR)` in an attendance list says whose the person is -------------------------------------------

@pytest.mark.parametrize("own, paragraphs, body, acronym", [
    ("Harrowmoor Libraries CIO",
     ["Present: Jo Field (Chair), Sam Reed (HCC), Ola Kim (HCC).", "Harrowmoor County Council sent its plan.",
      "HCC asked the Board to confirm the new hours."], "Harrowmoor County Council", "HCC"),
    ("Wexcombe Hospitals NHS Trust",
     ["In attendance: Dr Ana Cole (NMICB), Priya Shah (Director of Finance).", "North Mercia ICB wrote in June.",
      "NMICB has agreed the plan."], "North Mercia ICB", "NMICB"),
    ("Tolland Town Council",
     ["Also present: Cllr Bea Moss (TDC) and two residents.", "Tarnside District Council owns the car park.",
      "TDC will resurface it in May."], "Tarnside District Council", "TDC"),
])
def test_an_attendees_bracketed_body_is_that_body(own, paragraphs, body, acronym):
    assert body in named_in_last([own, *paragraphs])


@pytest.mark.parametrize("own, paragraphs, acronym", [
    # The acronym spells the words before it: a term defined, no body.
    ("Brackenford Council", ["Speech and Language Therapy (SALT) waits are long.", "SALT posts are vacant."], "SALT"),
    # A person's own initials.
    ("Brackenford Council", ["Present: Jo Field (JF), Sam Reed (SR).", "JF chaired the meeting."], "JF"),
])
def test_a_defined_term_or_initials_stay_no_body(own, paragraphs, acronym):
    assert named_in_last([own, *paragraphs]) == set()


# ---- the commissioning body the whole paper is about ----------------------------------------------------

def test_a_cue_without_a_buyer_in_its_passage_takes_the_papers_one_commissioner():
    result = minutes("Kelderby Leisure Trust", "Kelderby Borough Council officers attended.",
                     "Matters arising: the contract sum was settled after our previous meeting.")
    assert ("Kelderby Borough Council", "Kelderby Leisure Trust") in relations(result)
    assert {c.rule for c in result.contracts if c.provider == "Kelderby Leisure Trust"} == \
        {"contracts.own_board.own.contract_price"}


def test_no_buyer_when_the_paper_names_two_commissioners_as_often():
    result = minutes("Fallowbrook Community Transport Ltd", "Tarnshire County Council and North Mercia ICB sent apologies.",
                     "The contract sum was settled after our previous meeting.")
    assert not any(provider == "Fallowbrook Community Transport Ltd" for _, provider in relations(result))


def test_a_councils_own_minutes_get_no_provider_relation_from_the_paper_level_buyer():
    result = minutes("Brackenford Council", "North Mercia ICB sent apologies.", "The contract sum has been agreed.")
    assert not any(provider == "Brackenford Council" for _, provider in relations(result))


# ---- firms engaged for advice or checks: the paper's body buys ------------------------------------------

@pytest.mark.parametrize("own, sentence, firm", [
    ("Harrowmoor Libraries CIO", "The members approved the appointment of Fenwick Lacey as the society's auditors "
     "this year.", "Fenwick Lacey"),
    ("Kelderby Leisure Trust", "Quillon Marsh were reappointed as independent examiners to the charity.", "Quillon Marsh"),
    ("Brackenford Council", "Market commentary came from the Council's treasury advisers, Sterling Arkwright, in October.",
     "Sterling Arkwright"),
    ("Wexcombe Hospitals NHS Trust", "Pellow Hartley, the Trust's property consultants, valued the site at £2m.",
     "Pellow Hartley"),
    ("Tolland Town Council", "The survey was done by our building surveyors, Pennock Dale.", "Pennock Dale"),
])
def test_a_firm_appointed_or_named_as_adviser_is_the_bodys_supplier(own, sentence, firm):
    result = minutes(own, sentence)
    assert (own, firm) in relations(result)
    # A valuation is the asset's worth, no price paid.
    assert not [c for c in result.contracts if c.value_gbp is not None]


@pytest.mark.parametrize("sentence", [
    "The appointment of Jane Moss as Chair was confirmed.",
    "Our auditors, who were thanked, will report in May.",
    "The Council's treasury advisers, as in past years, will attend.",
    # One person in a role, not a firm.
    "I'm Jo Bell, the lead scrutiny adviser for the board.",
])
def test_no_adviser_relation_without_a_named_firm(sentence):
    assert not [c for c in minutes("Brackenford Council", sentence).contracts if c.provider]


# ---- suppliers the paper's own body uses ----------------------------------------------------------------

@pytest.mark.parametrize("own, sentence, supplier", [
    ("Kelderby Leisure Trust", "Brightclean Hygiene provides our cleaning at both centres.", "Brightclean Hygiene"),
    ("Tolland Town Council", "For the pavilion, Greenacre Grounds looks after our playing fields and verges.",
     "Greenacre Grounds"),
    ("Harrowmoor Libraries CIO", "The Board approved the introduction of a staff discount scheme through Perkwise.",
     "Perkwise"),
    ("Wexcombe Hospitals NHS Trust", "Our pension arrangement is administered through Harlow Pensions.",
     "Harlow Pensions"),
    ("Oldmill Care Enterprise CIC", "Directors will write to Tillbrook Cooperative (as the original contractor) "
     "to end the arrangement.", "Tillbrook Cooperative"),
])
def test_a_supplier_the_body_uses_is_its_provider(own, sentence, supplier):
    assert (own, supplier) in relations(minutes(own, sentence))


@pytest.mark.parametrize("own, sentence, supplier, value", [
    ("Tolland Town Council", "It was agreed to proceed with Ridgeway Blinds' quote of £2,450 for the hall blinds.",
     "Ridgeway Blinds", 2450),
    ("Wexcombe Town Council", "Members accepted Tarn Roofing's quotation of £8,900 for the pavilion roof.",
     "Tarn Roofing", 8900),
    ("Kelderby Leisure Trust", "The Board agreed to go ahead with Holloway Fencing's estimate of £4,300 for the gates.",
     "Holloway Fencing", 4300),
])
def test_the_quote_taken_up_is_the_suppliers_contract(own, sentence, supplier, value):
    result = minutes(own, sentence)
    assert any(c.provider == supplier and c.value_gbp == value for c in result.contracts)


@pytest.mark.parametrize("sentence", [
    "Members rejected Tarn Roofing's quotation of £8,900 as too high.",
    "The repairs scheme is funded through the Council's capital budget.",
    "Jo Bell (as the original applicant) spoke against the plan.",
])
def test_no_supplier_from_a_rejected_quote_a_budget_or_a_person(sentence):
    assert not [c for c in minutes("Tolland Town Council", sentence).contracts if c.provider]


# ---- a sum followed by a bracket naming its body ---------------------------------------------------------

def valued(result):
    return {(c.provider, c.value_gbp) for c in result.contracts if c.value_gbp is not None}


@pytest.mark.parametrize("authority, paragraphs, expected", [
    ("Brackenford Council", ["The Council commissions Larkrise Family Hub and Dunmere Family Hub to run children's centres.",
                             "The contract values for the two centres are £310k (Larkrise Family Hub, Eastfield) and "
                             "£295k (Dunmere Family Hub, Westbank)."],
     {("Larkrise Family Hub", 310_000), ("Dunmere Family Hub", 295_000)}),
    ("North Mercia ICB", ["Meals are supplied by Tallow Meals Ltd and Brookfield Kitchens Ltd.",
                          "The contract prices for 2025/26 are £84,000 (Tallow Meals Ltd) and £61,000 (Brookfield Kitchens Ltd)."],
     {("Tallow Meals Ltd", 84_000), ("Brookfield Kitchens Ltd", 61_000)}),
    ("Wexcombe District Council", ["Extensions of both contracts were agreed at £12,500 (Harbour Lights Ltd) and "
                                  "£9,800 (Kindred Spirit CIC) for the year."],
     {("Harbour Lights Ltd", 12_500), ("Kindred Spirit CIC", 9_800)}),
])
def test_a_bracket_after_a_sum_names_whose_contract_it_prices(authority, paragraphs, expected):
    assert expected <= valued(cabinet_paper(authority, *paragraphs))


def test_a_bracket_naming_a_commissioning_body_prices_no_provider():
    result = cabinet_paper("Brackenford Council", "Brackenford Council and North Mercia ICB fund the contract.",
                           "The contract is funded with £2m (North Mercia ICB) and £1m from the Council.")
    assert not any(provider == "North Mercia ICB" for provider, _ in valued(result))


# ---- a grant given to a named body -----------------------------------------------------------------------

@pytest.mark.parametrize("authority, sentence, expected", [
    ("Brackenford Council", "Despite this, the Council continues to issue Harbourside Arts Trust with a £420k grant annually.",
     ("Brackenford Council", "Harbourside Arts Trust", 420_000)),
    ("Wexcombe District Council", "The District Council provides Tarnby Museum with a grant of £85,000 each year.",
     ("Wexcombe District Council", "Tarnby Museum", 85_000)),
    ("North Mercia ICB", "The ICB gives Lanternway Hospice an annual grant of £1.2m.",
     ("North Mercia ICB", "Lanternway Hospice", 1_200_000)),
])
def test_a_grant_given_to_a_named_body_is_its_funding_line(authority, sentence, expected):
    result = cabinet_paper(authority, sentence)
    assert expected in {(c.commissioner, c.provider, c.value_gbp) for c in result.contracts}


@pytest.mark.parametrize("sentence", [
    "The Council gives Members an annual allowance of £9,000.",
    "Brackenford Council, with a £420k grant from the Arts Council England, will restore the hall.",
])
def test_no_grant_line_to_members_or_to_the_paper_body(sentence):
    result = cabinet_paper("Brackenford Council", sentence)
    assert not [c for c in result.contracts if c.provider in ("Members", "Brackenford Council")]


def test_an_adviser_named_after_its_role_noun_in_a_reported_sentence():
    # No other role word in the sentence: the apposition's own noun must make it read.
    result = minutes("Ashcott Parish Council", "The Clerk reported that the Council's internal auditors, Fernlow Audit, "
                     "had signed off the annual return with no issues.")
    assert ("Ashcott Parish Council", "Fernlow Audit") in relations(result)


@pytest.mark.parametrize("own, sentence, supplier", [
    ("Ashcott Parish Council", "The Council's internal auditors, Fernlow Audit, signed off the return with no issues.",
     "Fernlow Audit"),
    ("Kelderby Leisure Trust", "Brightclean Hygiene provides our cleaning and spot checks found no concerns.",
     "Brightclean Hygiene"),
    ("Wexcombe Hospitals NHS Trust", "The Trust's external auditors, Hallam Crane, reported no exceptions.", "Hallam Crane"),
])
def test_no_before_what_a_check_found_denies_no_relation(own, sentence, supplier):
    assert (own, supplier) in relations(minutes(own, sentence))


def test_a_denied_relation_stays_denied():
    result = minutes("Tolland Town Council", "The cleaning contract was not awarded to Sparkwell Cleaning Ltd.")
    assert ("Tolland Town Council", "Sparkwell Cleaning Ltd") not in relations(result)


# ---- `Friends of <place>` is a charity's name ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Minutes of the Trustees of The Friends of Ashby Library meeting of 3 June 2025", "Friends of Ashby Library"),
    ("A grant of £500 went to Friends of Tolland Park for bulbs.", "Friends of Tolland Park"),
    ("Members thanked the Friends of Wexcombe Hospital for the new chairs.", "Friends of Wexcombe Hospital"),
])
def test_a_friends_group_is_a_charity(text, name):
    from committee_papers.extract.orgfinder import find_names
    assert (name, "charity") in {(f.name, f.kind) for f in find_names(text)}


def test_friends_of_a_lower_case_word_is_no_name():
    from committee_papers.extract.orgfinder import find_names
    assert not [f for f in find_names("Many friends of the library came to the fair.") if f.kind == "charity"]
