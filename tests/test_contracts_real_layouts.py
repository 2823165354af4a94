"""Contracts stated in the layouts real papers use and the extractors were not written against:
minutes set out in a table, brand-name providers in role positions, a contract named by its
contractor under a member council's section, bodies that only supplied figures.  Fictional papers run
through the whole extraction pipeline (organisations and the publishing authority come from the
real components)."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def run(body, title, committee, *blocks):
    cover = [Block("heading", body, page=1, level=1),
             Block("paragraph", f"{committee} – 14 May 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def contracts(extraction):
    return {(c.commissioner, c.provider, c.value_gbp) for c in extraction.contracts if c.provider}


# Minutes laid out in a table: item numbers down the first column, the minute in the second, the
# action owner in the third; the header row is the meeting's title or there is none.
@pytest.mark.parametrize("header, minute, provider, value", [
    (["Title of meeting", "Millbrook Libraries CIO - Board", ""],
     "Accounts. The Treasurer took trustees through the figures to February. The agreement with Yarrowby "
     "Estates Ltd who carry out the repairs to the reading rooms was renewed for a lower £5,750 "
     "next year.", "Yarrowby Estates Ltd", 5750),
    (None,
     "Premises. The board noted that cleaning of the four village reading rooms is done by Sparkbrook Hygiene "
     "Ltd, whose contract is worth £17,200 a year and ends in August.", "Sparkbrook Hygiene Ltd", 17200),
    (["Board of Trustees, 14 May 2025", "", ""],
     "Operational updates. The contract with Swiftline Couriers Ltd, who provide the home delivery van, "
     "has been agreed for two years at £12,000 per annum after a short tender.", "Swiftline Couriers Ltd",
     12000),
])
def test_a_sum_in_a_numbered_minute_of_a_layout_table_is_read_as_prose(header, minute, provider, value):
    rows = ([header] if header else []) + [["1.", "Welcome and apologies. Apologies were received from two "
                                                  "trustees and the Chair welcomed everyone to the meeting.", ""],
                                           ["2.", minute, "FM"]]
    table = Block("table", rows=rows, header_rows=1 if header else 0, page=1)
    got = contracts(run("Millbrook Libraries CIO", "Board of Trustees minutes", "Board of Trustees", table))
    assert ("Millbrook Libraries CIO", provider, value) in got


def test_a_sum_in_a_labelled_table_cell_is_left_to_the_table_readers():
    # The same sentence in a table whose first column is a label, not an item number (a finance
    # commentary): its sums are the table readers' (a variance table is no contract list).
    rows = [["Adults", "The home care contract with Brookvale Care Ltd is overspent by £210,000 because more "
                       "hours were bought than planned this quarter."],
            ["Children", "Placements are £95,000 under budget this quarter because two residential moves were "
                         "delayed until the spring."]]
    table = Block("table", rows=rows, header_rows=0, page=2)
    got = contracts(run("Harbury Borough Council", "Quarter 3 Budget Monitoring", "Cabinet", table))
    assert not any(value for _c, _p, value in got)


@pytest.mark.parametrize("sentence, provider", [
    ("Members considered a proposal to sub-contract the adult dyslexia screening service to Tarnwise.",
     "Tarnwise"),
    ("The Board chose to commission Quillmere to triage 650 waiting podiatry referrals.", "Quillmere"),
    ("Hearing tests for older people are to be subcontracted to Ravensholt from 1 February 2026.", "Ravensholt"),
])
def test_a_brand_name_in_a_subcontracting_role_position_is_the_trusts_provider(sentence, provider):
    extraction = run("Wrenfield Community Health Services NHS Trust", "Waiting List Partners", "Trust Board",
                     Block("paragraph", sentence, page=2))
    assert contracts(extraction) == {("Wrenfield Community Health Services NHS Trust", provider, None)}


@pytest.mark.parametrize("heading, sentence, buyer, provider", [
    ("3. Hallow Vale Council (HVC) Delivery Plan",
     "£1.4m of risk budget is to be released to cover increased costs from Kestrel Rail Ltd contracts.",
     "Hallow Vale Council", "Kestrel Rail Ltd"),
    ("4. Easterby Borough Council Delivery Plan",
     "The bridge scheme is still on budget, but the Ferrow Civils Ltd contract now runs on to March 2027.", "Easterby Borough Council", "Ferrow Civils Ltd"),
    ("5. Update from Wexbury City Council",
     "Delays under the Greyfield Signals Ltd contract have moved completion into 2027/28.",
     "Wexbury City Council", "Greyfield Signals Ltd"),
])
def test_a_contract_named_by_its_contractor_in_a_member_councils_section_is_that_councils(
        heading, sentence, buyer, provider):
    extraction = run("Tarnbridge Combined Authority", "Capital Programme Re-baseline", "Transport Committee",
                     Block("heading", heading, page=2, level=2), Block("paragraph", sentence, page=2))
    assert contracts(extraction) == {(buyer, provider, None)}


@pytest.mark.parametrize("sentence", [
    "Using data provided by Northvale Analytics Ltd, members heard that queues are worst in the north.",
    "Figures supplied by Wrenfield Carers Trust suggest young carers see the longest delays.",
    "Information recently shared by Kestrel Support Ltd suggests that demand is rising.",
])
def test_a_body_that_only_supplied_figures_is_no_provider(sentence):
    extraction = run("Harbury Borough Council", "Waiting Times", "Scrutiny Committee",
                     Block("paragraph", sentence, page=2))
    assert contracts(extraction) == set()


@pytest.mark.parametrize("sentence, subject", [
    ("Fenmoor Group Ltd subcontracts wound care to a local clinic under its main contract.", "Fenmoor Group Ltd"),
    ("Oakdene Care Ltd contracts with two local agencies for night cover.", "Oakdene Care Ltd"),
    ("Kestrel Support Ltd sub-contracts the laundry to a social enterprise.", "Kestrel Support Ltd"),
])
def test_a_contracting_verb_after_a_name_is_not_a_contract_named_by_its_contractor(sentence, subject):
    extraction = run("Harbury Borough Council", "Care Contracts", "Cabinet", Block("paragraph", sentence, page=2))
    assert subject not in {provider for _c, provider, _v in contracts(extraction)}


# The parts of a sum already decided, each in brackets after the scheme it comes from: amounts of the
# sum's kind, however the sentence goes on to name a contractor.
@pytest.mark.parametrize("heading, sentence, parts", [
    ("Scheme Updates", "The Board agreed to draw £1.3m from two schemes, Elm Row (£0.5m) and Castle Hill (£0.8m), "
     "to fund extra work under the Brookvale Civils Ltd contract.", {500_000, 800_000}),
    ("Wexbury Delivery Plan", "Headroom of £640,000 is recovered from Cobb Street (£240,000) and Wharf Road "
     "(£400,000) to absorb price rises in Ferrow Civils Ltd contracts.", {240_000, 400_000}),
    ("Programme Position", "Contingency totalling £2m will be released from Kingsmead (£1.2m) and Holloway "
     "Junction (£0.8m) for inflation on the contract held by Greyfield Signals Ltd.", {1_200_000, 800_000}),
])
def test_the_parts_of_a_budget_in_brackets_are_no_contract_values(heading, sentence, parts):
    extraction = run("Tarnbridge Borough Council", "Capital Programme", "Transport Committee",
                     Block("heading", heading, page=2, level=2), Block("paragraph", sentence, page=2))
    assert not {c.value_gbp for c in extraction.contracts} & parts
    assert parts <= {a.value_gbp for a in extraction.amounts}


# A sum in brackets after a service bought from a body the sentence names (or right after the body)
# prices that body's contract, though a larger sum came first.
@pytest.mark.parametrize("sentence, provider, value", [
    ("The capital programme of £5m funds the contract awarded to Kestrel Support Ltd for roofing (£3m).",
     "Kestrel Support Ltd", 3_000_000),
    ("Of the £900,000 care budget, the Council has commissioned Oakdene Care Ltd for night sitting "
     "(£250,000 a year).", "Oakdene Care Ltd", 250_000),
    ("Within the £2.4m highways allocation, the contract with Greyfield Signals Ltd for junction upgrades "
     "(£600,000) was extended to 2027.", "Greyfield Signals Ltd", 600_000),
    ("A saving of £200,000 is expected on the contract with Fenmoor Group Ltd (£1,200,000 a year).",
     "Fenmoor Group Ltd", 1_200_000),
])
def test_a_sum_in_brackets_after_a_provider_or_its_service_prices_its_contract(sentence, provider, value):
    extraction = run("Harbury Borough Council", "Care Contracts", "Cabinet", Block("paragraph", sentence, page=2))
    assert contracts(extraction) == {("Harbury Borough Council", provider, value)}


@pytest.mark.parametrize("sentence, pair", [
    ("The contract for the provision of home care is currently held by Oakdene Care Ltd and expires in 2026.",
     ("Harbury Borough Council", "Oakdene Care Ltd")),
    ("The two day centre contracts are held by Kestrel Support Ltd until March.",
     ("Harbury Borough Council", "Kestrel Support Ltd")),
    ("Night sitting is delivered under agreements held by North Mercia ICB, run by Fenmoor Care Ltd.",
     ("North Mercia ICB", "Fenmoor Care Ltd")),
])
def test_a_firm_holding_a_contract_provides_and_a_commissioning_body_holding_one_buys(sentence, pair):
    extraction = run("Harbury Borough Council", "Care Contracts", "Cabinet", Block("paragraph", sentence, page=2))
    assert contracts(extraction) == {pair + (None,)}


@pytest.mark.parametrize("heading, sentence", [
    ("3. Home Care Contract – Oakdene Care Ltd", "The contract is worth £1.2m a year and ends on 31 March 2026."),
    ("Oakdene Care Ltd", "The current annual value is £1,200,000."),
    ("Lot 2: Oakdene Care Ltd (home care, east)", "The contract for the lot is worth £1.2m a year."),
])
def test_a_provider_named_only_in_its_sections_heading_is_paid_the_sections_contract(heading, sentence):
    extraction = run("Harbury Borough Council", "Contracts Update", "Cabinet",
                     Block("heading", heading, page=2, level=2), Block("paragraph", sentence, page=2))
    assert contracts(extraction) == {("Harbury Borough Council", "Oakdene Care Ltd", 1_200_000)}


# A body the section's heading names is no provider when the heading or the section's sentences say
# the money comes from it.
@pytest.mark.parametrize("heading, said, sentence", [
    ("Wealdmoor Community Foundation", "Wealdmoor Community Foundation has offered match funding for the youth hub.",
     "The youth hub contract is worth £120,000 a year from April 2025."),
    ("Brightwater Arts Trust", "Brightwater Arts Trust will contribute towards the new gallery lighting.",
     "The gallery contract is worth £75,000 a year."),
    ("Ashcombe Community Foundation", "The allotment paths are part-funded by Ashcombe Community Foundation.",
     "The allotments contract is worth £32,000 a year."),
    ("Grant from Wrenfield Charity", "The first year of the advice line is covered.",
     "The advice line contract is worth £60,000."),
])
def test_a_funder_named_in_its_sections_heading_is_no_provider(heading, said, sentence):
    extraction = run("Harbury Borough Council", "Contracts Update", "Cabinet",
                     Block("heading", heading, page=2, level=2), Block("paragraph", said, page=2),
                     Block("paragraph", sentence, page=2))
    assert [c.provider for c in extraction.contracts if c.value_gbp] == [None]


@pytest.mark.parametrize("heading, said", [
    ("3. Home Care Contract – Oakdene Care Ltd", "Oakdene Care Ltd has delivered the service since 2019."),
    ("Oakdene Care Ltd", "Oakdene Care Ltd receives funding from the Council for the night visits."),
    ("Lot 2: Oakdene Care Ltd (home care, east)", "Oakdene Care Ltd was the only bidder for the lot."),
])
def test_a_provider_in_its_sections_heading_stays_the_provider_beside_words_about_money(heading, said):
    extraction = run("Harbury Borough Council", "Contracts Update", "Cabinet",
                     Block("heading", heading, page=2, level=2), Block("paragraph", said, page=2),
                     Block("paragraph", "The contract is worth £1.2m a year.", page=2))
    assert contracts(extraction) == {("Harbury Borough Council", "Oakdene Care Ltd", 1_200_000)}


@pytest.mark.parametrize("heading", ["North Mercia ICB", "Oakdene Care Ltd and Kestrel Support Ltd",
                                     "Update on the home care market following the review by Oakdene Care Ltd "
                                     "and the providers forum"])
def test_a_heading_naming_a_commissioner_or_several_bodies_or_a_long_heading_names_no_provider(heading):
    extraction = run("Harbury Borough Council", "Contracts Update", "Cabinet",
                     Block("heading", heading, page=2, level=2),
                     Block("paragraph", "The contract is worth £1.2m a year.", page=2))
    assert {c.provider for c in extraction.contracts if c.value_gbp} == {None}


@pytest.mark.parametrize("header, rows", [
    (["Service", "Annual value"], [["Home care (Oakdene Care Ltd)", "£1,200,000"],
                                   ["Advocacy (Kestrel Support Ltd)", "£240,000"]]),
    (["Contract", "2025/26"], [["Home care – Oakdene Care Ltd", "£1,200,000"],
                               ["Advocacy – Kestrel Support Ltd", "£240,000"]]),
    (["Contract", "Value (£000)"], [["Oakdene Care Ltd: home care", "1,200"], ["Kestrel Support Ltd: advocacy", "240"]]),
])
def test_a_provider_named_in_a_contract_tables_row_label_is_paid_the_rows_sum(header, rows):
    extraction = run("Harbury Borough Council", "Contracts Update", "Cabinet",
                     Block("paragraph", "The contracts are listed below.", page=2),
                     Block("table", rows=[header] + rows, header_rows=1, page=2))
    assert contracts(extraction) == {("Harbury Borough Council", "Oakdene Care Ltd", 1_200_000),
                                     ("Harbury Borough Council", "Kestrel Support Ltd", 240_000)}
    services = {c.provider: c.service for c in extraction.contracts}
    assert services["Oakdene Care Ltd"].lower() == "home care"
    assert {c.rule for c in extraction.contracts} == {"contracts.table.column_roles.label_provider"}


def test_a_row_label_naming_a_commissioner_or_two_bodies_names_no_provider():
    rows = [["Service", "Annual value"], ["Home care (North Mercia ICB)", "£1,200,000"],
            ["Advocacy (Kestrel Support Ltd and Oakdene Care Ltd)", "£240,000"]]
    extraction = run("Harbury Borough Council", "Contracts Update", "Cabinet",
                     Block("paragraph", "The contracts are listed below.", page=2),
                     Block("table", rows=rows, header_rows=1, page=2))
    assert {c.provider for c in extraction.contracts if c.value_gbp} == {None}


def test_a_row_label_naming_a_funder_names_no_provider():
    rows = [["Service", "Annual value"], ["Home care (Oakdene Care Ltd)", "£95,000"],
            ["Funding from Wealdmoor Community Foundation", "£40,000"], ["Brightwater Arts Trust grant", "£25,000"],
            ["Contribution by Ashcombe Community Foundation", "£15,000"]]
    extraction = run("Harbury Borough Council", "Contracts Update", "Cabinet",
                     Block("paragraph", "The contracts are listed below.", page=2),
                     Block("table", rows=rows, header_rows=1, page=2))
    assert {(c.provider, c.value_gbp) for c in extraction.contracts} == {
        ("Oakdene Care Ltd", 95_000), (None, 40_000), (None, 25_000), (None, 15_000)}
