"""Contract values of round v20 (mechanisms learnt from the opened paraphrase9 set and real dev6, examples written
afresh for fictional authorities).  Fictional papers run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document
from fictional_paper import cabinet_paper, valued


def _kinds(result):
    return {a.value_gbp: a.kind for a in result.amounts}


# ---- an agreement under another name: a call-off, a collaboration, funding or service level agreement ------------

@pytest.mark.parametrize("authority, text, value", [
    ("Wendover Vale Council",
     "(c) that the largest call-off, for the Millbrook school routes, goes to Kelby Coaches at a value of £512,000 "
     "for the period;", 512_000),
    ("Harrowdale Fire and Rescue Authority",
     "The Authority will share the fleet workshop of Marlow Fire and Rescue Authority from 1 April under a "
     "collaboration agreement costing £64,000 a year.", 64_000),
    ("Wendover Vale Council",
     "A service level agreement of £38,500 a year covers the payroll service bought from Tarnby Shared Services.",
     38_500),
])
def test_an_agreement_by_another_name_prices_what_is_bought(authority, text, value):
    assert value in valued(cabinet_paper(authority, text))


# ---- a body appointed to do work, at its price ---------------------------------------------------------------

@pytest.mark.parametrize("authority, text, value", [
    ("Ashby Parva Parish Council",
     "RESOLVED that Fernleigh Gardens be appointed for the cemetery mowing for two years from 1 April 2026 at "
     "£12,400 per annum.", 12_400),
    ("Wendover Vale Council",
     "The Panel agreed to appoint Tallis Surveyors to inspect the footbridges for £8,750.", 8_750),
    ("Harrowdale Town Council",
     "Members approved the reappointment of Harrowby Audit LLP as internal auditor for two years, at £6,200 a year.",
     6_200),
])
def test_a_body_appointed_at_a_price_is_a_contract(authority, text, value):
    assert value in valued(cabinet_paper(authority, text))


# ---- an award priced by its cost or value, the award said earlier in the sentence or opening the line ----------

@pytest.mark.parametrize("authority, text, value", [
    ("NHS Harrowdale Community Trust",
     "The Board awarded patient transport for five years from 1 June 2026 to Kelby Ambulance Services, at an "
     "estimated cost of £3.1m.", 3_100_000),
    ("Wendover Vale Council",
     "2.2 award Lot 3 (bulky waste) to Fenmoor Recycling for four years from 1 April 2026 with an option to extend "
     "for two years, at an estimated annual cost of £220,000;", 220_000),
    ("Harrowdale Fire and Rescue Authority",
     "The Authority awarded breathing apparatus servicing for three years from 1 January 2026 to Airline Safety "
     "Services, at an annual cost of £96,000.", 96_000),
])
def test_an_award_priced_by_its_cost_is_a_contract(authority, text, value):
    assert value in valued(cabinet_paper(authority, text))


# ---- capacity reserved or block-booked with a provider -----------------------------------------------------

@pytest.mark.parametrize("authority, text, value", [
    ("Wendover Vale Council",
     "to reserve four residential places with Larchmere Care for two years from 1 September 2025 at a total cost of "
     "up to £1,900,000;", 1_900_000),
    ("Harrowdale City Council",
     "The Council will block book 40 units with Harbour Lettings Ltd at £1.2m a year for temporary accommodation.",
     1_200_000),
    ("NHS Harrowdale Integrated Care Board",
     "The ICB has block-booked 12 beds at Elmstead Nursing Home, costing £640,000 a year.", 640_000),
])
def test_capacity_reserved_with_a_provider_is_a_contract(authority, text, value):
    assert value in valued(cabinet_paper(authority, text))


# ---- negatives: pay, a building's cost, a reserve, a limit, a rate -------------------------------------------

@pytest.mark.parametrize("authority, text, value", [
    ("Wendover Vale Council", "Jo Kell was appointed Director of Place on a salary of £98,000 a year.", 98_000),
    ("Harrowdale Town Council", "The independent person is appointed for four years with an allowance of £1,200.",
     1_200),
    ("Wendover Vale Council", "The new depot was built at a cost of £3.2m and opened in May.", 3_200_000),
    ("Wendover Vale Council", "£400,000 is taken from the general reserve to meet the pay award.", 400_000),
    ("Wendover Vale Council", "The transformation reserve will stand at £2.5m by 31 March 2026.", 2_500_000),
    ("Wendover Vale Council", "Officers may award call-offs up to £50,000 without a further report.", 50_000),
    ("Harrowdale Town Council", "Residents can book the hall for £40 per hour.", 40),
])
def test_pay_works_reserves_limits_and_rates_are_no_contracts(authority, text, value):
    assert value not in valued(cabinet_paper(authority, text))


def test_a_reserved_place_is_no_reserve_but_the_general_reserve_is():
    kinds = _kinds(cabinet_paper("Wendover Vale Council",
                                 "The general reserve holds £3.4m.",
                                 "Cabinet agreed to reserve two places with Larchmere Care at a cost of £210,000 a "
                                 "year."))
    assert kinds.get(3_400_000) == "reserve"
    assert 210_000 not in kinds


# ---- a table of places compared or shares of a sum: its label column a kind of area or council --------------

def _table_paper(authority, heading_text, rows):
    blocks = [Block("heading", authority, page=1, level=1),
              Block("paragraph", "Cabinet – 4 June 2025", page=1),
              Block("heading", "Council tax support review", page=1, level=1),
              Block("heading", heading_text, page=2, level=2),
              Block("table", rows=rows, header_rows=1, page=2)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


@pytest.mark.parametrize("rows", [
    [["District", "Type of scheme", "Caseload", "Total award"],
     ["Ashvale", "Banded", "3,210", "£3,480,000"], ["Millbrook", "Means tested", "2,015", "£2,260,500"]],
    [["Billing authority", "Tax base (Band D)", "Share of precept"],
     ["Ashvale District Council", "41,200", "£9,112,000"], ["Millbrook Borough Council", "38,950", "£8,614,000"]],
    [["Local authority", "Scheme", "Allocation 2025/26"],
     ["Ashvale", "Household support", "£1,240,000"], ["Millbrook", "Household support", "£1,085,000"]],
])
def test_a_table_of_places_or_councils_lists_no_contracts(rows):
    result = _table_paper("Wendover Vale County Council", "Table 1: Comparison at May 2025", rows)
    assert not valued(result)


def test_a_table_of_areas_with_a_provider_column_keeps_its_contracts():
    result = _table_paper("Wendover Vale County Council", "Table 2: Contracts by area",
                          [["District", "Provider", "Contract value"],
                           ["Ashvale", "Kelby Homecare Ltd", "£1,480,000"],
                           ["Millbrook", "Orton Care CIC", "£960,000"]])
    contracts = valued(result)
    assert contracts[1_480_000].provider == "Kelby Homecare Ltd"
    assert contracts[960_000].provider == "Orton Care CIC"


# ---- a list whose lead announces awards, grants or funding agreements to the bodies listed ---------------------

@pytest.mark.parametrize("lead, items, values", [
    ("The Finance Committee recommended the following awards from the 2025/26 grants budget of £15,000:",
     ["Millbrook Shopmobility: £3,200 towards scooter servicing", "Wendover Youth Café: £4,500 for Saturday sessions"],
     [3_200, 4_500]),
    ("Funding agreements have been offered to two delivery partners for the autumn programme:",
     ["Harrowdale Digital Academy - coding bootcamps, up to £640,000;", "Vale College Group - retrofit skills, up to £410,000."],
     [640_000, 410_000]),
    ("Grants were made to the groups below:",
     ["Ashby Parva Bowls Club – new mower – £1,850", "Ashby Parva Scouts – hall roof – £2,400"],
     [1_850, 2_400]),
])
def test_items_under_a_lead_announcing_awards_are_each_a_contract_value(lead, items, values):
    result = cabinet_paper("Wendover Vale Council", lead, *items, kinds=["paragraph"] + ["list_item"] * len(items))
    contracts = valued(result)
    for value in values:
        assert value in contracts


@pytest.mark.parametrize("lead, items, values", [
    ("The following grants were received from government departments:",
     ["Household Support Fund: £1,240,000", "Rough Sleeping Initiative: £310,000"], [1_240_000, 310_000]),
    ("The following grant applications were considered:",
     ["Millbrook Shopmobility: £3,200 requested for scooters", "Wendover Youth Café: £4,500 requested"], [3_200, 4_500]),
    ("The following budgets were approved for 2025/26:",
     ["Libraries: £1,200,000", "Parks: £860,000"], [1_200_000, 860_000]),
])
def test_items_under_a_lead_of_income_bids_or_budgets_are_no_contracts(lead, items, values):
    result = cabinet_paper("Wendover Vale Council", lead, *items, kinds=["paragraph"] + ["list_item"] * len(items))
    contracts = valued(result)
    for value in values:
        assert value not in contracts


# ---- a risk register's controls cell read as prose, however short -------------------------------------------

def test_a_control_naming_a_priced_contract_gives_its_value():
    result = _table_paper("Wendover Vale Council", "Corporate risk register",
                          [["Ref", "Risk description", "Existing controls", "Owner"],
                           ["CR4", "Temporary accommodation costs exceed the budget.",
                            "Contract with Harbour Lettings Ltd for 40 units at £1.2m a year", "Director of Housing"],
                           ["CR5", "Pay costs exceed the budget.", "Contingency of £400,000 held", "Director of Finance"]])
    contracts = valued(result)
    assert contracts[1_200_000].provider == "Harbour Lettings Ltd"
    assert 400_000 not in contracts


def test_the_awards_lead_vocabulary_reads_its_examples():
    from committee_papers.extract.money_kinds import _vocabulary, announces_awards
    entry = _vocabulary()["awards_lead"]
    assert all(announces_awards(text) for text in entry["examples"])
    assert not any(announces_awards(text) for text in entry["not_examples"])


# ---- a service funded through a grant or agreement of the sum -----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The Millbrook Mencap service is funded through a grant of £92,000 a year which ends in March.", 92_000),
    ("The lunch club is funded by an annual grant of £6,500 from the Council.", 6_500),
    ("The carers' centre was funded under a service level agreement of £48,000 a year.", 48_000),
])
def test_a_service_funded_through_a_grant_of_the_sum_is_a_contract_value(text, value):
    assert value in valued(cabinet_paper("Wendover Vale Council", text))


@pytest.mark.parametrize("text, value", [
    ("The pothole scheme is funded by a grant of £1.2m from the Department for Transport.", 1_200_000),
    ("The project is funded through a grant of £300,000 from the National Lottery Heritage Fund.", 300_000),
    ("The post is funded by a grant of £50,000 from the ICB.", 50_000),
])
def test_a_scheme_project_or_post_funded_by_a_grant_is_no_contract(text, value):
    assert value not in valued(cabinet_paper("Wendover Vale Council", text))
