"""Contracts stated in wordings and layouts of round contracts4 (tests/paraphrase/README.md): register
lines of fields, a sum in a paper naming several providers but not this one's, waivers, variations and
extensions, delegated limits, reported speech, a contract line among budget pressures.  Fictional papers
run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(body, *blocks, committee="Cabinet", title="Contracts Update"):
    cover = [Block("heading", body, page=1, level=1),
             Block("paragraph", f"{committee} – 12 March 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def para(text):
    return Block("paragraph", text, page=2)


def heading(text):
    return Block("heading", text, page=2, level=2)


def items(*texts):
    return [Block("list_item", t, page=2) for t in texts]


def valued(extraction):
    return {(c.commissioner, c.provider, c.value_gbp) for c in extraction.contracts if c.value_gbp is not None}


# ---- register lines: `S — X; term; £V; approved by Y` ------------------------------------------------

@pytest.mark.parametrize("line, provider, value, service", [
    ("Theatre gowns — Starchley Textile Care Ltd; four years from 1 June 2025; £720,000 in total; "
     "signed off by the Finance Director.", "Starchley Textile Care Ltd", 720000, "Theatre gowns"),
    ("Interpreting – Lingomoor CIC; call-off from a national framework; £184,000 a year.", "Lingomoor CIC",
     184000, "Interpreting"),
    ("Boiler servicing; Heatwise Engineering Ltd; £41,500; single tender waiver.", "Heatwise Engineering Ltd",
     41500, "Boiler servicing"),
])
def test_a_register_line_field_that_is_a_name_alone_is_the_lines_provider(line, provider, value, service):
    got = paper("Wrayford Hospitals NHS Foundation Trust", heading("Contracts awarded"),
                para("The following were awarded in the quarter:"), *items(line))
    assert valued(got) == {("Wrayford Hospitals NHS Foundation Trust", provider, value)}
    assert [c.service for c in got.contracts if c.value_gbp] == [service]
    assert all("label_line" in c.rule for c in got.contracts)


@pytest.mark.parametrize("heading_text, line", [
    ("3. Contracts register", "Reviewed – Oakdene Care Ltd; Kestrel Support Ltd; Fenmoor Group Ltd."),
    ("Contracts awarded", "Bidders shortlisted — Pellmoor Catering Ltd; Brightdish Foods Ltd; Hallam Meals CIC."),
    ("Contract monitoring", "Visited this quarter; Ashgrove Care Homes Ltd; Larchfield Nursing Ltd; no concerns."),
])
def test_a_register_line_listing_several_names_gives_none_of_them_the_line(heading_text, line):
    got = paper("Wrayford Hospitals NHS Foundation Trust", heading(heading_text), *items(line))
    assert not got.contracts


@pytest.mark.parametrize("line, provider, value", [
    # A commissioning body set out beside the provider is not counted against it.
    ("Community equipment — North Mercia ICB; Lendwell Equipment Ltd; £310,000 a year.", "Lendwell Equipment Ltd", 310000),
    ("Street lighting; Trellick Lighting Ltd; eight years; £2.1m.", "Trellick Lighting Ltd", 2100000),
])
def test_a_register_line_with_one_provider_field_still_names_it(line, provider, value):
    got = paper("Wrayford Hospitals NHS Foundation Trust", heading("Contracts awarded"), *items(line))
    assert {p for _c, p, v in valued(got) if v == value} == {provider}


@pytest.mark.parametrize("line, provider", [
    ("Car park management — Parkwell Ltd; two years; no cost to the Trust.", "Parkwell Ltd"),
    ("Staff lottery — Lotterymoor CIC; three years; income share only.", "Lotterymoor CIC"),
    ("Vending machines; Snackwell Vending Ltd; five years; concession.", "Snackwell Vending Ltd"),
])
def test_a_register_line_without_a_sum_under_a_contracts_heading_is_a_relation(line, provider):
    got = paper("Wrayford Hospitals NHS Foundation Trust", heading("Contracts awarded in the quarter"),
                *items(line))
    assert {(c.commissioner, c.provider) for c in got.contracts} == {
        ("Wrayford Hospitals NHS Foundation Trust", provider)}


@pytest.mark.parametrize("line", [
    "Kestle Care Ltd; the review is due; £40,000 was set aside.",
    "Meals — Tollgate Kitchens Ltd; the provider has asked; more detail later.",
])
def test_a_line_with_a_finite_verb_is_no_register_line(line):
    got = paper("Harbury Borough Council", heading("Contracts awarded"), *items(line))
    assert not any("label_line" in (c.rule or "") for c in got.contracts)


def test_a_line_without_a_sum_outside_a_contracts_section_is_no_relation():
    got = paper("Harbury Borough Council", heading("Events this summer"),
                *items("Summer fair — Fenwick Events Ltd; July; free entry."))
    assert got.contracts == []


# ---- a sum whose provider the paper does not name ---------------------------------------------------

@pytest.mark.parametrize("texts, value", [
    (["3.1 The contract with Tarnwell Women's Aid for refuge support is extended by six months.",
      "3.2 Lift repairs at Farrow Court were ordered.",
      "3.3 A contract for a survey of the market hall, worth £78,000, was let in January.",
      "3.4 Ashby Meals Ltd delivers meals under a contract with the Council."], 78000),
    (["The advocacy contract is held by Larkfield Voices CIC.", "Community transport is run by Wayfarer Buses Ltd.",
      "Officers also note the bat surveys.", "The bat survey contract is worth £18,750."], 18750),
    (["Home care is delivered by Kelby Homecare Ltd.", "The hospice beds are bought from Millrace Hospice.",
      "Other items follow.", "The signage contract has a value of £12,400."], 12400),
])
def test_a_sum_far_from_every_provider_statement_takes_none_of_several(texts, value):
    got = paper("Harbury Borough Council", *[para(t) for t in texts])
    row = [c for c in got.contracts if c.value_gbp == value]
    assert row and all(c.provider is None for c in row)


@pytest.mark.parametrize("texts, provider, value", [
    (["The leisure centres are managed by Heathway Leisure Ltd under a contract that ends in May.",
      "The current contract costs the Council a management fee of £412,000 per annum."], "Heathway Leisure Ltd", 412000),
    (["The meals service is delivered by Tollgate Kitchens Ltd.", "Home care is delivered by Kelby Homecare Ltd.",
      "The current contract is worth £310,000 a year."], "Kelby Homecare Ltd", 310000),
    (["All of the services in the table are provided by Oakhollow Care Ltd.", "Background.", "More background.",
      "The contract costs £95,000 a year."], "Oakhollow Care Ltd", 95000),
])
def test_a_sum_takes_the_provider_of_the_statement_just_before_or_of_the_whole_paper(texts, provider, value):
    got = paper("Harbury Borough Council", *[para(t) for t in texts])
    assert ("Harbury Borough Council", provider, value) in valued(got)


# ---- variations and delegated limits ------------------------------------------------------------------

@pytest.mark.parametrize("text, provider, value, change", [
    ("A variation of £212,000 was approved to the contract with Brasswick Construction Ltd for the outpatient wing, "
     "taking the contract sum to £3.05m.", "Brasswick Construction Ltd", 3050000, 212000),
    ("The Portfolio Holder is asked to agree a variation of £58,000 to the contract with Moorline Buses Ltd "
     "for the number 7 service, raising its annual value to £433,000 from 1 June 2025.", "Moorline Buses Ltd", 433000, 58000),
    ("A contract variation of £30,000 to the grounds contract with Tidybank Landscapes Ltd was signed for the new "
     "park, bringing the contract value to £420,000.", "Tidybank Landscapes Ltd", 420000, 30000),
])
def test_a_variation_is_no_contract_value_but_the_new_price_it_leads_to_is(text, provider, value, change):
    got = paper("Harbury Borough Council", para(text))
    assert ("Harbury Borough Council", provider, value) in valued(got)
    assert change not in {v for _c, _p, v in valued(got)}
    assert change in {a.value_gbp for a in got.amounts}


@pytest.mark.parametrize("text, limits", [
    ("Under the Scheme of Delegation the Managing Director may let contracts up to £2m and the Section 151 "
     "Officer up to £300,000.", {2000000, 300000}),
    ("Directors can approve contracts up to £100,000 without a waiver.", {100000}),
    ("Heads of Service may let contracts of up to £25,000 after three quotes.", {25000}),
])
def test_a_power_to_award_up_to_a_sum_is_a_limit(text, limits):
    got = paper("Wrayford Hospitals NHS Foundation Trust", heading("Contracts awarded"), para(text))
    assert not valued(got)
    assert limits <= {a.value_gbp for a in got.amounts if a.kind == "threshold"}


# ---- the provider of a sum in its own part of a sentence ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("(c) extend the contract with Harnwick Community Transport by nine months at a cost of £171,000; and (d) agree the "
     "award of the travel training contract to Stepwise Travel CIC, worth up to £150,000 over two years.",
     {("Harnwick Community Transport", 171000), ("Stepwise Travel CIC", 150000)}),
    ("The meals contract with Tollgate Kitchens Ltd is worth £310,000 a year; the window cleaning contract with "
     "Glassby Services Ltd is worth £96,000 a year.",
     {("Tollgate Kitchens Ltd", 310000), ("Glassby Services Ltd", 96000)}),
    ("Kelby Homecare Ltd holds the north contract at £480,000; Ashby Lane Care Ltd holds the south contract "
     "at £455,000.", {("Kelby Homecare Ltd", 480000), ("Ashby Lane Care Ltd", 455000)}),
])
def test_a_sum_takes_the_provider_of_its_own_semicolon_part(text, expected):
    got = paper("Harbury Borough Council", para(text))
    assert {(p, v) for _c, p, v in valued(got)} == expected


# (`Ledgermoor Systems`, a brand word and a generic plural in a role position, is a firm since round orgs5: the
# sum takes it, never the provider of the statement before.)
@pytest.mark.parametrize("texts, value, provider", [
    (["The meals service is delivered by Tollgate Kitchens Ltd.", "Home care is delivered by Kelby Homecare Ltd.",
      "The Director agreed to direct award Ledgermoor Systems a twelve-month support contract, value £58,900."], 58900,
     "Ledgermoor Systems"),
    (["The meals service is delivered by Tollgate Kitchens Ltd.", "Home care is delivered by Kelby Homecare Ltd.",
      "A new cleaning contract worth £44,000 was let in May."], 44000, None),
    (["The meals service is delivered by Tollgate Kitchens Ltd.", "Home care is delivered by Kelby Homecare Ltd.",
      "An interim contract of £12,500 covers the gap."], 12500, None),
])
def test_a_new_contract_after_a_statement_about_another_takes_no_provider_from_it(texts, value, provider):
    got = paper("Harbury Borough Council", *[para(t) for t in texts])
    row = [c for c in got.contracts if c.value_gbp == value]
    assert row and all(c.provider == provider for c in row)


# ---- waivers, reported speech, decided `should` ---------------------------------------------------------

@pytest.mark.parametrize("text, provider, value", [
    ("The Head of Housing agreed to set aside the tendering rules and award Stairwell Hoists Ltd a contract "
     "for urgent stairlift servicing worth £27,900.", "Stairwell Hoists Ltd", 27900),
    ("A sole quotation was accepted from Bellcote and Sons Surveyors for a structural survey of the Corn Exchange "
     "(£64,000), as the survey had to be done before the roof works began.",
     "Bellcote and Sons Surveyors", 64000),
    ("An exemption was granted to extend the contract with Tarnwell Women's Aid for refuge support by six months, "
     "at a cost of £41,200.", "Tarnwell Women's Aid", 41200),
])
def test_a_waiver_names_the_firm_it_lets_a_contract_to(text, provider, value):
    got = paper("Tarrowmere District Council", heading("Waivers approved"), para(text),
                committee="Audit and Standards Committee")
    assert valued(got) == {("Tarrowmere District Council", provider, value)}


@pytest.mark.parametrize("text, provider, value", [
    ("He told Members that the best price had come from Marlpit Recycling Ltd, who would sort the glass at their depot "
     "for £18.20 a tonne, which he estimated would cost the Council about £142,000 a year.",
     "Marlpit Recycling Ltd", 142000),
    ("The Committee agreed that Swingsure Inspections should be engaged to inspect the 14 skate parks twice a year, "
     "at a fee of £6,480 in all.", "Swingsure Inspections", 6480),
    ("The Procurement Manager told the Committee that the contract with Brightclean Ltd had been extended by twelve "
     "months at a cost of £64,000.", "Brightclean Ltd", 64000),
])
def test_minutes_in_reported_speech_and_decided_should_price_the_contract(text, provider, value):
    got = paper("Saltmere District Council", heading("42. Contracts"), para(text),
                committee="Environment Committee", title="Minutes of the Environment Committee")
    assert ("Saltmere District Council", provider, value) in valued(got)


@pytest.mark.parametrize("text, commissioner", [
    ("Wrayford Metropolitan Borough Council buys the Trust's stop smoking service under a contract worth £420,000 "
     "a year.", "Wrayford Metropolitan Borough Council"),
    ("Harbury Borough Council also bought the Trust's school nursing service, under a contract worth £640,000.",
     "Harbury Borough Council"),
    ("Selmoor County Council purchases the Trust's community equipment service for £2.3m a year.",
     "Selmoor County Council"),
])
def test_a_council_buying_the_trusts_service_commissions_it(text, commissioner):
    got = paper("Wrayford Hospitals NHS Foundation Trust", heading("Income contracts"),
                para("NHS Wrayford Integrated Care Board has commissioned the Trust to run the diagnostic centre."),
                para(text))
    assert {(c, p) for c, p, v in valued(got)} == {(commissioner, "Wrayford Hospitals NHS Foundation Trust")}


# ---- one contract line among budget pressures -------------------------------------------------------------

@pytest.mark.parametrize("section, text, provider, value, other", [
    ("3. Pressures", "4.1 The reablement flats contract with Larchfield Recovery Ltd, worth £1.3m a year, "
     "ended on 30 September 2025, six months early, releasing £320k this year.",
     "Larchfield Recovery Ltd", 1300000, 320000),
    ("Savings", "Ending the day centre contract with Kelby Homecare Ltd, valued at £90,000 a year, saves £45,000 "
     "in 2025/26.", "Kelby Homecare Ltd", 90000, 45000),
    ("Revenue monitoring", "The pest control contract with Vermwise Ltd, priced at £210,000, is forecast "
     "to overspend by £25,000.", "Vermwise Ltd", 210000, 25000),
])
def test_a_priced_contract_among_pressures_is_a_contract_and_the_pressure_is_not(section, text, provider, value,
                                                                                 other):
    got = paper("NHS Selmoor Integrated Care Board", heading(section),
                para("Continuing healthcare is forecast to be £1.9m over budget."), para(text),
                committee="Board", title="Finance Report: Month 10")
    assert {(p, v) for _c, p, v in valued(got)} == {(provider, value)}
    assert other in {a.value_gbp for a in got.amounts}


# ---- a table of procurements still to be run ------------------------------------------------------------

def table(rows):
    return Block("table", rows=rows, header_rows=1, page=2)


@pytest.mark.parametrize("section, intro, rows", [
    ("4. Forward plan", "Table 2: Procurements planned for 2025/26",
     [["Requirement", "Route", "Estimated value", "Contract start"],
      ["Window cleaning (re-let)", "Open tender", "£210k–£260k a year", "June 2026"],
      ["CCTV monitoring", "Framework call-off", "£55k a year", "October 2025"]]),
    ("Procurement pipeline 2025-2027", "The table lists each requirement and its value.",
     [["Lot", "Description", "Value (£)"], ["1", "Grounds maintenance", "£640,000"], ["2", "Tree works", "£85,000"]]),
    ("Contracts", "The contracts to be tendered next year are listed below.",
     [["Service", "Annual value", "Current end date"], ["Home care (north)", "£1,200,000", "31 March 2026"],
      ["Day opportunities", "£450,000", "31 March 2026"]]),
])
def test_a_table_of_planned_procurements_lists_estimates_not_contracts(section, intro, rows):
    got = paper("Quenmoor Borough Council", para("The leisure centres are run by Quenmoor Leisure Trust."),
                heading(section), para(intro), table(rows))
    assert not [c for c in got.contracts if c.value_gbp and c.provider != "Quenmoor Leisure Trust"]
    assert {a.rule for a in got.amounts} >= {"amounts.table.heading.hypothetical"}


@pytest.mark.parametrize("section, intro", [
    ("3. Contract award", "This is a key decision and was published on the Forward Plan on 3 February 2025. The awards are:"),
    ("Forward Plan reference FP/25/031", "Cabinet made the awards below in March."),
    ("3. Homecare pipeline", "Following the tender, the lots were awarded as follows:"),
])
def test_a_forward_plan_or_pipeline_intro_leaves_an_awards_table_contracts(section, intro):
    rows = [["Lot", "Service", "Annual value", "Start"], ["1", "Home care (north) – Oakdene Care Ltd", "£1,200,000", "1 April 2025"],
            ["2", "Home care (south) – Kestrel Support Ltd", "£950,000", "1 April 2025"]]
    got = paper("Quenmoor Borough Council", heading(section), para(intro), table(rows))
    assert {(p, v) for _c, p, v in valued(got)} == {("Oakdene Care Ltd", 1200000), ("Kestrel Support Ltd", 950000)}


def test_a_planned_table_naming_its_suppliers_stays_a_contracts_table():
    got = paper("Quenmoor Borough Council", heading("4. Forward plan"), para("Table 2: Contracts to be re-let"),
                table([["Supplier", "Service", "Annual value"], ["Kestle Facilities Ltd", "Cleaning", "£412,000"],
                       ["Brightmark Print", "Printing", "£68,000"]]))
    assert {(p, v) for _c, p, v in valued(got)} == {("Kestle Facilities Ltd", 412000), ("Brightmark Print", 68000)}


# ---- `UK` inside a firm's name ---------------------------------------------------------------------------

@pytest.mark.parametrize("line, provider", [
    ("Car park management — ParkSafe UK Ltd; two years; £30,000.", "ParkSafe UK Ltd"),
    ("Patient transport – Northline UK Ltd; 12 months; £1.4m.", "Northline UK Ltd"),
    ("Pest control; Verminex UK Limited; three years; £18,000 a year.", "Verminex UK Limited"),
])
def test_uk_inside_a_firms_name_is_part_of_it(line, provider):
    got = paper("Wrayford Hospitals NHS Foundation Trust", heading("Contracts awarded"), *items(line))
    assert {p for _c, p, _v in valued(got)} == {provider}


def test_uk_ltd_alone_names_no_body():
    got = paper("Harbury Borough Council", para("Prices in the UK Ltd market rose by 4% in 2024, the contract "
                                               "with Fenmoor Group Ltd is worth £40,000."))
    assert "UK Ltd" not in {o.name for o in got.organisations}


# ---- the object of award or buy: a contract awarded or a service bought, not a company or a grant ------------

@pytest.mark.parametrize("sentence", [
    "The Council purchased Fenmoor Group Ltd in 2020 for £1.2m to bring the service in house.",
    "In 2019 the Council bought Kestrel Support Ltd for £450,000 as a wholly owned company.",
    "The Council will buy Oakdene Care Ltd shares worth £200,000.",
    "The ICB awarded Harbury Borough Council £500,000 from the Better Care Fund.",
])
def test_buying_a_company_or_a_grant_to_a_council_is_no_contract(sentence):
    assert not paper("Harbury Borough Council", para(sentence)).contracts


@pytest.mark.parametrize("sentence, provider, value", [
    ("Cabinet agreed to award Brindle Roofing Ltd a contract for gutter clearance worth £48,000.", "Brindle Roofing Ltd", 48000),
    ("The Council buys Tanfield Hospice's night sitting service for £96,000 a year.", "Tanfield Hospice", 96000),
])
def test_a_body_awarded_a_contract_or_whose_service_is_bought_still_provides(sentence, provider, value):
    contracts = paper("Harbury Borough Council", para(sentence)).contracts
    assert any(c.provider == provider and c.value_gbp == value for c in contracts), contracts
