"""Contracts of round money3 (mechanisms learnt from the opened paraphrase3 set, examples written afresh):
a contract monitoring table whose contract-value column sits beside forecast and variance columns.
Fictional papers run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(authority, *blocks, title="Finance Monitoring Report"):
    cover = [Block("heading", authority, page=1, level=1),
             Block("paragraph", "Executive – 4 June 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def heading(text):
    return Block("heading", text, page=2, level=2)


def para(text):
    return Block("paragraph", text, page=2)


def table(rows, caption=None):
    blocks = [para(caption)] if caption else []
    return blocks + [Block("table", rows=rows, header_rows=1, page=3)]


def valued(result):
    return {c.value_gbp: c for c in result.contracts if c.value_gbp is not None}


# ---- a monitoring table of contracts: the contract value column, not the forecast -------------------------

def test_a_contract_value_column_beside_forecast_and_variance_gives_the_contracts():
    result = paper("Hollinmoor District Council", heading("6. Key contracts"),
                   *table([["Service", "Supplier", "Contract value £k", "Forecast spend £k", "Variance £k"],
                           ["Grounds maintenance", "Greenway Landscapes Ltd", "1,450", "1,520", "70"],
                           ["Payroll bureau", "Paycentric Ltd", "210", "205", "(5)"]]))
    contracts = valued(result)
    assert set(contracts) == {1_450_000, 210_000}
    assert contracts[1_450_000].provider == "Greenway Landscapes Ltd"
    assert contracts[210_000].provider == "Paycentric Ltd"


def test_an_annual_contract_sum_under_a_caption_unit_with_an_outturn_column():
    result = paper("Brackenford Council", heading("Appendix B"),
                   *table([["Contract", "Contractor", "Annual contract sum", "Projected outturn", "Over / (under)"],
                           ["Street lighting PFI", "Lumaroad Services Ltd", "3,100", "3,260", "160"],
                           ["Parking enforcement", "CivicPatrol Ltd", "880", "840", "(40)"],
                           ["Total", "", "3,980", "4,100", "120"]],
                          caption="Table 4: Contract monitoring, quarter 2 (£000)"))
    contracts = valued(result)
    assert contracts[3_100_000].provider == "Lumaroad Services Ltd"
    assert contracts[880_000].provider == "CivicPatrol Ltd"
    assert 3_260_000 not in contracts and 840_000 not in contracts


def test_a_contract_price_column_in_a_trust_monitoring_table():
    result = paper("North Mercia Community NHS Trust", heading("5. Outsourced services"),
                   *table([["Service", "Provider", "Contract price (£m)", "Forecast (£m)", "Variance (£m)"],
                           ["Patient transport", "Swiftcare Ambulance Ltd", "2.4", "2.6", "0.2"],
                           ["Sterile services", "Autoclave Partners Ltd", "1.1", "1.1", "0.0"]]))
    contracts = valued(result)
    assert contracts[2_400_000].provider == "Swiftcare Ambulance Ltd"
    assert contracts[1_100_000].provider == "Autoclave Partners Ltd"
    assert 2_600_000 not in contracts


def test_a_budget_monitoring_table_without_a_contract_value_column_stays_budget_lines():
    # Shares the forecast/variance words but names no provider and no contract's value: budget lines.
    result = paper("Hollinmoor District Council", heading("3. Revenue budget"),
                   *table([["Directorate", "Budget £000s", "Forecast outturn £000s", "Variance £000s"],
                           ["Adult social care", "42,100", "43,000", "900"],
                           ["Environment", "12,300", "12,150", "(150)"]]))
    assert not valued(result)


def test_a_table_of_providers_with_only_forecast_spend_is_no_contract_value():
    # A Provider column but the only figures are forecasts: no contract's own value is stated.
    result = paper("Brackenford Council", heading("4. Agency spend"),
                   *table([["Agency", "Supplier", "Forecast spend £k", "Variance £k"],
                           ["Social work locums", "Staffbridge Ltd", "640", "90"]]))
    assert 640_000 not in valued(result)


# ---- the body a procurement named as its preferred contractor provides the priced work --------------------

def test_a_body_named_as_preferred_contractor_holds_the_target_price():
    result = paper("North Mercia Hospitals NHS Trust", heading("4. Procurement"),
                   para("4.1 A further competition under the regional estates framework named Ferncastle Build Ltd "
                        "as the preferred contractor, at a target price of £3.6m for the new theatre block."))
    assert valued(result)[3_600_000].provider == "Ferncastle Build Ltd"


def test_a_body_confirmed_as_successful_tenderer_holds_the_annual_sum():
    result = paper("Brackenford Council", heading("3. Outcome of the tender"),
                   para("3.2 Officers recommend confirming Tidemark Cleaning Services Ltd as successful tenderer "
                        "for the civic buildings, with an annual contract price of £212,000."))
    assert valued(result)[212_000].provider == "Tidemark Cleaning Services Ltd"


def test_a_body_chosen_as_the_winning_bidder_of_a_lot_holds_its_value():
    result = paper("Wessex County Council", heading("5. Award"),
                   para("5.1 Evaluation identified Coldharbour Minibus Ltd as the winning bidder for Lot 4, "
                        "with a contract value of £780,000 over three years."))
    assert valued(result)[780_000].provider == "Coldharbour Minibus Ltd"


def test_a_body_put_forward_as_the_preferred_site_owner_is_no_provider():
    # `as the preferred` without a provider noun: a location, not a winning bid.
    result = paper("Wessex County Council", heading("5. Depot"),
                   para("5.1 Land owned by Marlstone Estates Ltd was put forward as the preferred location; the "
                        "purchase price is estimated at £1.4m."))
    assert all(c.provider != "Marlstone Estates Ltd" or c.value_gbp != 1_400_000 for c in result.contracts)


# ---- voluntary-sector bodies named by their ending: grants to them are contracts with a provider ----------

def test_a_grant_to_a_foodbank_in_a_bracketed_list_goes_to_the_foodbank():
    result = paper("Brackenford Council", heading("7. Community grants"),
                   para("7.1 Cabinet agreed grants to Brackenford Citizens Advice (£64,000 a year, for money advice) "
                        "and to Oldmill Foodbank (£22,000 a year, for emergency parcels)."))
    assert valued(result)[22_000].provider == "Oldmill Foodbank"
    assert valued(result)[64_000].provider == "Brackenford Citizens Advice"


def test_a_women_s_aid_group_awarded_a_grant_provides_the_service():
    result = paper("Wessex County Council", heading("8. Refuge support"),
                   para("8.1 RESOLVED that North Mercia Women's Aid receive a grant of £58,000 a year for three "
                        "years to run the refuge outreach service."))
    assert valued(result)[58_000].provider == "North Mercia Women's Aid"


def test_a_law_centre_funded_to_give_advice_provides_it():
    result = paper("Oldmill City Council", heading("4. Advice services"),
                   para("4.3 Housing possession advice at the county court is delivered by Wessex Vale Law Centre "
                        "under a grant agreement worth £41,000 a year."))
    assert valued(result)[41_000].provider == "Wessex Vale Law Centre"


def test_a_food_bank_service_named_by_a_kind_word_is_no_body():
    # `Emergency Food Bank` is a service the Council runs itself, named by a kind word: no provider.
    result = paper("Oldmill City Council", heading("5. Cost of living"),
                   para("5.1 The Council's Emergency Food Bank at the civic centre will cost £18,000 to run this "
                        "winter from the household support fund."))
    assert all(c.provider != "Emergency Food Bank" for c in result.contracts)


# ---- `under contract to the Council`: the body named before it provides, with or without a sum ------------

def relations(result):
    return {(c.commissioner, c.provider) for c in result.contracts}


def test_a_service_checked_by_a_firm_under_contract_to_the_council_is_a_relation():
    result = paper("Oldmill City Council", heading("HC/12 Lift safety"),
                   para("The Head of Housing said that the 64 passenger lifts in the tower blocks were inspected by "
                        "Ascentia Lift Services Ltd under contract to the Council."))
    assert ("Oldmill City Council", "Ascentia Lift Services Ltd") in relations(result)


def test_a_body_under_contract_with_the_icb_set_off_by_commas_provides():
    result = paper("North Mercia ICB", heading("Item 7: Out of hours"),
                   para("Nightingale Urgent Care Ltd, under contract with the ICB, runs the out-of-hours GP "
                        "service for the whole county."))
    assert any(p == "Nightingale Urgent Care Ltd" for _c, p in relations(result))


def test_drivers_under_contract_to_the_county_give_the_operator_its_sum():
    result = paper("Wessex County Council", heading("6. Home to school transport"),
                   para("6.2 The special school routes are driven by Tollgate Coaches Ltd under contract to the "
                        "County at a cost of £312,000 a year."))
    assert valued(result)[312_000].provider == "Tollgate Coaches Ltd"


# ---- a resolution's `that X be awarded a grant/contract`: X provides ---------------------------------------

def test_a_body_to_be_awarded_a_grant_in_a_resolution_provides_the_service():
    result = paper("Oldmill City Council", heading("CS/14 YOUTH SERVICES: GRANT FUNDING"),
                   para("RESOLVED that Harbury Youth Trust be awarded a grant of £30,000 a year for three years "
                        "to run the detached youth work service."))
    assert valued(result)[30_000].provider == "Harbury Youth Trust"


def test_a_body_that_will_be_awarded_the_contract_holds_its_value():
    result = paper("Wessex County Council", heading("5. Recommendation"),
                   para("5.1 Subject to the standstill period, Coldharbour Grounds Ltd will be awarded the "
                        "contract, worth £420,000 a year, from 1 June 2026."))
    assert valued(result)[420_000].provider == "Coldharbour Grounds Ltd"


def test_a_charity_that_should_be_awarded_a_grant_holds_the_grant():
    result = paper("North Mercia ICB", heading("Item 9: Carers support"),
                   para("The Committee agreed that Oldmill Carers Centre should be awarded a grant of £44,000 "
                        "to provide breaks for young carers."))
    assert valued(result)[44_000].provider == "Oldmill Carers Centre"


def test_a_body_to_be_awarded_compensation_is_no_provider():
    result = paper("Wessex County Council", heading("6. Claims"),
                   para("6.1 The Panel asked whether Fenmoor Group Ltd would be awarded compensation of £15,000 "
                        "for the delayed works."))
    assert all(c.provider != "Fenmoor Group Ltd" for c in result.contracts)


# ---- `award the contract to run S to X`: the winner holds the value, not a subcontractor named after -------

def test_the_award_to_run_a_centre_goes_to_the_winner_not_its_subcontractor():
    result = paper("North Mercia ICB", heading("Item 6: Urgent treatment centre"),
                   para("The Director of Commissioning recommended the award of the contract to run the new urgent "
                        "treatment centre at Oldmill Hospital to Nightingale Urgent Care Ltd for four years, with a "
                        "total value of £9.6m. Its pharmacy cover is to come from a subcontractor, Pillbox "
                        "Pharmacy Services Ltd."))
    assert valued(result)[9_600_000].provider == "Nightingale Urgent Care Ltd"


def test_the_award_to_maintain_a_network_goes_to_the_named_contractor():
    result = paper("Wessex County Council", heading("7. Bridges"),
                   para("7.1 Cabinet approved the award of the contract to maintain the bridges and culverts of "
                        "the rural road network to Kestrel Civils Ltd at £1.9m over three years."))
    assert valued(result)[1_900_000].provider == "Kestrel Civils Ltd"


def test_awarding_the_contract_to_provide_therapy_in_schools_names_the_therapist_firm():
    result = paper("Brackenford Council", heading("4. Decision"),
                   para("4.1 To award the contract to provide speech and language therapy in all special schools "
                        "of the borough to Wrenfield Therapies Ltd, at an annual cost of £275,000."))
    assert valued(result)[275_000].provider == "Wrenfield Therapies Ltd"


# ---- a coordinated subject before a plural providing verb: every name provides ------------------------------

def providers_of(result):
    return {c.provider for c in result.contracts if c.provider}


def test_two_firms_that_deliver_home_care_both_provide():
    result = paper("Brackenford Council", heading("6. Current providers"),
                   para("6.1 Fenmoor Care Ltd and Oakdene Support Ltd deliver home care to older residents of the "
                        "borough."))
    assert {"Fenmoor Care Ltd", "Oakdene Support Ltd"} <= providers_of(result)


def test_three_bodies_that_between_them_run_short_breaks_all_provide():
    result = paper("Oldmill City Council", heading("3. Short breaks"),
                   para("3.2 Harbury Youth Trust, Oldmill Carers Centre and Kestrel Support Ltd between them run "
                        "the short breaks programme for disabled children."))
    assert {"Harbury Youth Trust", "Oldmill Carers Centre", "Kestrel Support Ltd"} <= providers_of(result)


def test_two_charities_that_currently_provide_advocacy_both_provide():
    result = paper("North Mercia ICB", heading("Item 5: Advocacy"),
                   para("Larkfield Voices CIC and Fenbrook Advocacy CIC currently provide independent health "
                        "complaints advocacy across the county."))
    assert {"Larkfield Voices CIC", "Fenbrook Advocacy CIC"} <= providers_of(result)


def test_the_council_coordinated_with_a_provider_is_no_provider():
    result = paper("Brackenford Council", heading("6. Hub"),
                   para("6.1 Brackenford Council and Oakdene Support Ltd run the hub together."))
    assert "Brackenford Council" not in providers_of(result)


# ---- a body named in full once, then by its brand word alone -----------------------------------------------

def test_a_brand_word_after_the_full_name_is_the_same_provider():
    result = paper("North Mercia ICB", heading("Item 4: Urgent care"),
                   para("Seaholme Urgent Care Ltd has run the urgent treatment centre since 2021."),
                   para("Members agreed to pay Seaholme £150,000 for the extra winter sessions."))
    assert valued(result)[150_000].provider == "Seaholme Urgent Care Ltd"


def test_a_charity_s_brand_word_in_a_later_paragraph_receives_the_grant():
    result = paper("Oldmill City Council", heading("5. Befriending"),
                   para("5.1 Lanterne Befriending CIC has visited isolated older people since 2019."),
                   para("5.2 Cabinet agreed a grant of £36,000 a year to Lanterne to run the telephone "
                        "befriending line."))
    assert valued(result)[36_000].provider == "Lanterne Befriending CIC"


def test_a_firm_s_brand_word_as_the_subject_of_a_later_sentence_provides():
    result = paper("Brackenford Council", heading("7. Parking"),
                   para("7.1 The Council's enforcement contractor is Quaymark Parking Services Ltd."),
                   para("7.2 Quaymark is paid £385,000 a year to patrol the town centre."))
    assert valued(result)[385_000].provider == "Quaymark Parking Services Ltd"


def test_a_brand_word_also_naming_a_place_is_no_short_name():
    # `Seaholme Hospital` shows the word is a place here: `pay Seaholme` is no payment to the firm.
    result = paper("North Mercia ICB", heading("Item 4: Urgent care"),
                   para("Seaholme Urgent Care Ltd has run the urgent treatment centre since 2021."),
                   para("The Board heard that Seaholme Hospital had asked for an uplift."),
                   para("Members agreed to pay Seaholme £150,000 for the extra winter sessions."))
    assert 150_000 not in valued(result) or valued(result)[150_000].provider != "Seaholme Urgent Care Ltd"


def _brand_place_examples():
    from committee_papers.extract import orgevidence
    return orgevidence.rules()["brand_place_context"]["examples"]


@pytest.mark.parametrize("place_sentence", _brand_place_examples())
def test_a_brand_word_the_paper_also_sets_as_a_place_is_no_short_name(place_sentence):
    # `Harbury parish`, `residents of Harbury`, `in Harbury`: the word is a place here, so a later
    # `pay Harbury` is no payment to Harbury Community Transport Ltd.
    result = paper("Wessex County Council", heading("6. Community transport"),
                   para("Harbury Community Transport Ltd runs the dial-a-ride service for the Council."),
                   para(place_sentence),
                   para("Members agreed to pay Harbury £18,500 for the shelter repairs."))
    assert 18_500 not in valued(result) or valued(result)[18_500].provider != "Harbury Community Transport Ltd"


def test_a_brand_word_used_in_lower_case_as_a_word_is_no_short_name():
    # `Active` is an ordinary word here (`active travel`): not the short name of Active Wessex Leisure Ltd.
    result = paper("Wessex County Council", heading("3. Leisure"),
                   para("3.1 Active Wessex Leisure Ltd runs the three leisure centres."),
                   para("3.2 The active travel budget is £90,000. Active participation grew by ten per cent."))
    assert all(c.provider != "Active Wessex Leisure Ltd" or c.value_gbp != 90_000 for c in result.contracts)


# ---- a plural class of contracts right before its comparison is a limit, not a contract value ----------------


from committee_papers.extract.money_kinds import classify, evidence_for  # noqa: E402
from committee_papers.extract.money import find_money  # noqa: E402
from committee_papers.extract.phrases import load  # noqa: E402

_CLASS_CUE = next(c for c in load("money_kinds.yaml")["cues"]
                  if c["kind"] == "threshold" and c["at"] == "adjacent")


def _verdict(sentence):
    money = find_money(sentence)[0]
    return classify(evidence_for(sentence, money.start, money.end, 0, len(sentence)))


@pytest.mark.parametrize("sentence", _CLASS_CUE["examples"])
def test_a_class_of_contracts_above_a_sum_is_a_threshold(sentence):
    assert _verdict(sentence).kind == "threshold"


@pytest.mark.parametrize("sentence", _CLASS_CUE["not_examples"])
def test_contracts_priced_without_a_class_comparison_keep_their_kind(sentence):
    assert _verdict(sentence).kind != "threshold"


def test_a_procedure_rule_on_contracts_above_a_sum_is_no_contract_in_a_paper():
    result = paper("Oldmill City Council", heading("8. Governance"),
                   para("8.1 Contracts over £3m in lifetime value need a Cabinet decision under the Contract "
                        "Procedure Rules, which is why this award comes to Cabinet."))
    assert 3_000_000 not in valued(result)


# ---- a table of partners' contributions to a pool: shares of the pool, no contracts -------------------------

def test_a_contribution_and_partner_table_gives_no_contracts():
    result = paper("Oldmill City Council", heading("3. The pooled budget"),
                   *table([["Contribution", "Partner", "2025/26 (£m)"],
                           ["Minimum health contribution", "ICB", "18.2"],
                           ["Council top-up", "Council", "2.5"]]))
    assert not valued(result)


def test_a_source_of_funding_table_gives_no_contracts():
    result = paper("Wessex County Council", heading("Appendix A"),
                   *table([["Source of funding", "Partner organisation", "Amount"],
                           ["Health transfer", "North Mercia ICB", "£6,400,000"],
                           ["Adaptations grant", "Wessex County Council", "£1,900,000"]]))
    assert not valued(result)


def test_a_funding_streams_table_with_partners_gives_no_contracts():
    result = paper("Brackenford Council", heading("4. Pool"),
                   *table([["Funding streams", "Partner", "£000"],
                           ["Hospital discharge fund", "ICB", "3,150"],
                           ["Social care grant share", "Council", "1,020"]]))
    assert not valued(result)


def test_a_service_and_partner_table_still_lists_contracts():
    # The Partner column of a service table names the provider: its values stay contracts.
    result = paper("Brackenford Council", heading("5. Services in the pool"),
                   *table([["Service", "Partner", "Annual value"],
                           ["Equipment loans", "Steadwell Equipment Ltd", "£1,200,000"]]))
    assert valued(result)[1_200_000].provider == "Steadwell Equipment Ltd"


def test_a_grants_table_whose_value_column_is_an_annual_contribution_still_lists_contracts():
    # The Council's `contribution` to each body for a named service is a grant to a provider, no pool share.
    result = paper("Brackenford Council", heading("7. Voluntary sector grants"),
                   *table([["Organisation", "Service", "Annual contribution"],
                           ["Harbury Youth Trust", "Detached youth work", "£30,000"],
                           ["Oldmill Carers Centre", "Carers' breaks", "£44,000"]]))
    assert valued(result)[30_000].provider == "Harbury Youth Trust"
