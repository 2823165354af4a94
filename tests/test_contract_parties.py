"""Who is who in a contract relation, decided from the clause: coordination, passives with their
agent, relative clauses, a paper's relation tables without sums, an IJB's directions to its
partners.  Fictional papers run through the whole extraction pipeline (organisations and the
publishing authority come from the real components)."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def run(cover, *texts, blocks=()):
    document = Document(path="paper.txt", filename="paper.txt", format="text",
                        blocks=list(cover) + [Block("paragraph", t, page=2) for t in texts] + list(blocks))
    return extract(document.passages(), {}, document.filename)


def cover(body, title="Commissioned Services Update", committee="Cabinet"):
    return [Block("heading", body, page=1, level=1),
            Block("paragraph", f"{committee} – 12 March 2025", page=1),
            Block("heading", title, page=1, level=1)]


def pairs(extraction, valueless=True):
    return {(c.commissioner, c.provider) for c in extraction.contracts
            if c.provider and (not valueless or c.value_gbp is None)}


COUNCIL = cover("Harbury Borough Council")


@pytest.mark.parametrize("text, providers", [
    ("The two day centres are run by Oakhollow Care and Brightmere Support under contracts with the Council.",
     {"Oakhollow Care", "Brightmere Support"}),
    ("Advocacy is delivered by Fenbrook Advocacy CIC, Larkfield Voices CIC and Oldmill Rights CIC.",
     {"Fenbrook Advocacy CIC", "Larkfield Voices CIC", "Oldmill Rights CIC"}),
    ("The Council has awarded the meals contracts to Tollgate Meals Ltd & Ashby Kitchens Ltd.",
     {"Tollgate Meals Ltd", "Ashby Kitchens Ltd"}),
    # A slash-separated list (round orgs4): brand names with no legal form, each in the role.
    ("Coaching sessions are run by Marden Athletic / Greenway Cycling Club / Tidewater Swim Academy under "
     "service agreements with the Council.", {"Marden Athletic", "Greenway Cycling Club", "Tidewater Swim Academy"}),
    ("Outreach is delivered by Kelby Homecare Ltd / Harbour Lights CIC under contracts with the Council.",
     {"Kelby Homecare Ltd", "Harbour Lights CIC"}),
    ("The Council has awarded the lots to Brightwell Futures / Pellmere Hygiene Ltd / Ashby Kitchens Ltd.",
     {"Brightwell Futures", "Pellmere Hygiene Ltd", "Ashby Kitchens Ltd"}),
])
def test_names_coordinated_with_a_provider_are_providers_too(text, providers):
    got = pairs(run(COUNCIL, text))
    assert {p for _c, p in got} == providers
    assert {c for c, _p in got} == {"Harbury Borough Council"}


@pytest.mark.parametrize("text, provider", [
    ("The Cabinet heard from Jo Marsh of Tidewell, which runs the recycling centres for the Council.", "Tidewell"),
    ("Members thanked Dr Ali Rahman of Lanternway Health, which provides the walk-in centre.", "Lanternway Health"),
    ("The Committee welcomed Harbour Lights, which currently operates the night shelter for the Council.",
     "Harbour Lights"),
])
def test_a_body_that_runs_a_service_in_a_relative_clause_is_its_provider(text, provider):
    assert pairs(run(COUNCIL, text)) == {("Harbury Borough Council", provider)}


@pytest.mark.parametrize("text, provider", [
    ("Cardwell Audit were commissioned by the Council to carry out an audit of the grant claims.", "Cardwell Audit"),
    ("Ashby Lane Care has been appointed by the Council as the provider of night care.", "Ashby Lane Care"),
    ("Millrace Hospice is funded by the Council to provide eight respite beds.", "Millrace Hospice"),
])
def test_the_subject_of_a_passive_is_the_provider_and_its_agent_the_commissioner(text, provider):
    assert pairs(run(COUNCIL, text)) == {("Harbury Borough Council", provider)}


def test_a_body_funded_by_the_icb_is_not_the_commissioner_of_the_sum():
    extraction = run(cover("NHS Harbury Integrated Care Board", committee="Board"),
                     "Millrace Hospice is funded by the ICB to provide twelve beds, at £2.6m in 2024/25.")
    (contract,) = [c for c in extraction.contracts if c.value_gbp == 2_600_000]
    assert (contract.commissioner, contract.provider) == ("NHS Harbury Integrated Care Board", "Millrace Hospice")


@pytest.mark.parametrize("text", [
    "Most care is provided through contracts held by Harbury Borough Council.",
    "Meals are supplied under agreements let by Harbury Borough Council.",
    "Transport is delivered under a contract managed by Harbury Borough Council.",
])
def test_the_holder_of_a_contract_is_not_its_provider(text):
    ijb = cover("Harbury Integration Joint Board", committee="Harbury Integration Joint Board")
    assert not pairs(run(ijb, text))


@pytest.mark.parametrize("rows, expected", [
    ([["Provider", "Service", "Contract end"], ["Wexley Carers Centre", "Carers' advice", "31 March 2026"],
      ["Pathway", "Housing support for young people", "31 October 2026"]],
     {"Wexley Carers Centre", "Pathway"}),
    ([["Service", "Delivered by"], ["Falls prevention", "Balancewell"], ["Health checks", "Ridgemoor GP Federation"]],
     {"Balancewell", "Ridgemoor GP Federation"}),
    ([["Supplier", "Goods", "Framework"], ["Quillstone", "Software licences", "G-Cloud"],
      ["Marram Office", "Stationery", "Crown Commercial Service"]],
     {"Quillstone", "Marram Office"}),
])
def test_a_table_with_a_provider_column_and_no_sums_states_relations(rows, expected):
    extraction = run(COUNCIL, "The contracts below are held by the Council.",
                     blocks=[Block("table", rows=rows, header_rows=1, page=3)])
    got = {p for c, p in pairs(extraction) if c == "Harbury Borough Council"}
    assert got == expected
    assert all(c.rule == "contracts.table.relation" for c in extraction.contracts if c.provider in expected)


IJB = cover("Lochmere Integration Joint Board", title="Directions to NHS Lochmere and Lochmere Council 2025/26",
            committee="Lochmere Integration Joint Board")


@pytest.mark.parametrize("text", [
    "This report sets out the directions to NHS Lochmere and Lochmere Council for 2025/26.",
    "The IJB issues directions to NHS Lochmere and Lochmere Council to deliver the delegated functions.",
    "A direction for 2025/26 is issued to NHS Lochmere and Lochmere Council.",
])
def test_an_ijb_directs_a_health_board_and_a_council_as_its_providers(text):
    extraction = run(IJB, text)
    assert extraction.authority == "Lochmere Integration Joint Board"
    assert pairs(extraction) == {("Lochmere Integration Joint Board", "NHS Lochmere"),
                                 ("Lochmere Integration Joint Board", "Lochmere Council")}


def test_an_ijb_directions_table_names_each_partner_issued_a_direction():
    rows = [["Direction", "Issued to", "Functions"], ["LIJB/25/01", "NHS Lochmere", "Community nursing"],
            ["LIJB/25/02", "Lochmere Council", "Care at home"]]
    extraction = run(IJB, "The directions to NHS Lochmere and Lochmere Council are summarised below.",
                     blocks=[Block("table", rows=rows, header_rows=1, page=3)])
    assert {p for _c, p in pairs(extraction)} == {"NHS Lochmere", "Lochmere Council"}


@pytest.mark.parametrize("text", [
    "The ICB commissions community nursing from NHS Harbury Community Trust; the ICB is directed by NHS England.",
    "Under the section 75 agreement between the Council and the ICB, the ICB's funding is pooled.",
    "Funding was provided by NHS England to the ICB for the pilot.",
])
def test_a_commissioning_body_outside_an_ijb_is_not_made_a_provider(text):
    icb = cover("NHS Harbury Integrated Care Board", committee="Board")
    assert all(p not in ("NHS England", "NHS Harbury Integrated Care Board", "Harbury Borough Council")
               for _c, p in pairs(run(icb, text)))


@pytest.mark.parametrize("text, related", [
    ("Journey planning is provided by Routeway under a licence, and is not part of this tender.", True),
    ("The meals service is delivered by Tollgate Meals Ltd; it is not being re-procured this year.", True),
    ("The contract was not awarded to Tollgate Meals Ltd.", False),
    ("Advocacy is no longer provided by Larkfield Voices CIC.", False),
])
def test_a_denial_counts_only_in_the_providers_own_clause(text, related):
    assert bool(pairs(run(COUNCIL, text))) == related


ICB = cover("NHS Harbury Integrated Care Board", title="Minutes of the Board", committee="Board")


@pytest.mark.parametrize("header, sentence, value, provider", [
    (["Item", "Discussion", "Outcome"],
     "The contract to run the community diagnostic centre has been won by Penhale Imaging Ltd, worth £4.4m a year.",
     4_400_000, "Penhale Imaging Ltd"),
    (["Minute", "Summary of discussion", "Decision"],
     "Harbury Community Health NHS Trust will run forty extra virtual ward beds from December at a cost of £1.15m.",
     1_150_000, "Harbury Community Health NHS Trust"),
    (["Agenda item", "Notes", "Resolution"],
     "Members heard that Tollgate Meals Ltd will provide hospital discharge meals for £85,000 over the winter months.",
     85_000, "Tollgate Meals Ltd"),
])
def test_sums_in_a_meeting_records_discussion_column_are_read_as_prose(header, sentence, value, provider):
    rows = [header, ["ICB/25/04 Winter", sentence, "AGREED"]]
    extraction = run(ICB, "The Board met in public.", blocks=[Block("table", rows=rows, header_rows=1, page=2)])
    (contract,) = [c for c in extraction.contracts if c.value_gbp == value]
    assert (contract.commissioner, contract.provider) == ("NHS Harbury Integrated Care Board", provider)


def test_sums_in_a_table_with_a_value_column_are_left_to_the_table_reader():
    rows = [["Scheme", "Description", "Value"],
            ["Marketing", "Repurposing the £45k allocated to marketing to fund additional in-house staff costs "
                          "for the scheme this year.", "£45,000"]]
    extraction = run(COUNCIL, "The changes are listed below.", blocks=[Block("table", rows=rows, header_rows=1, page=2)])
    assert not [c for c in extraction.contracts if c.rule and c.rule.startswith("contracts.prose")]


@pytest.mark.parametrize("text, value, provider", [
    ("Tollgate Meals Ltd, which provides hot meals to older people, receives £310,000 a year.", 310_000,
     "Tollgate Meals Ltd"),
    ("Larkfield Voices CIC, which runs the advocacy hub, is paid £95,000 a year.", 95_000, "Larkfield Voices CIC"),
    ("Oakhollow Care Ltd, who deliver night care in the west, received £1.2m in 2024/25.", 1_200_000,
     "Oakhollow Care Ltd"),
])
def test_a_provider_that_is_the_subject_past_a_relative_clause_is_paid_the_sum(text, value, provider):
    (contract,) = [c for c in run(COUNCIL, text).contracts if c.value_gbp == value]
    assert (contract.commissioner, contract.provider) == ("Harbury Borough Council", provider)


@pytest.mark.parametrize("text", [
    "The Council awarded the contract to Tollgate Meals Ltd for three years, with an option to extend for two "
    "further years, at an annual value of £310,000.",
    "Larkfield Voices CIC will run the hub for a further two years, at £95,000 a year under the contract.",
    "Under the contract Oakhollow Care Ltd will provide additional weekend cover, at a cost of £1.2m.",
])
def test_growth_words_a_clause_away_do_not_make_a_price_a_budget(text):
    assert [c for c in run(COUNCIL, text).contracts if c.value_gbp]


@pytest.mark.parametrize("text, value, is_contract", [
    ("Approved the award of funding to Lowfield Borough Council of £4,200,000 for the town centre works.",
     4_200_000, False),
    ("The Council agreed an allocation of £701,000 to Lowfield Borough Council for early works.", 701_000, False),
    ("A grant of £85,000 is paid to Lowfield Borough Council for the pilot.", 85_000, False),
    ("Lowfield Borough Council were commissioned to carry out the parking study for £50,000.", 50_000, True),
])
def test_funding_paid_to_a_public_body_is_a_grant_not_a_contract(text, value, is_contract):
    extraction = run(COUNCIL, text)
    assert any(c.value_gbp == value for c in extraction.contracts) == is_contract
    assert is_contract or any(a.value_gbp == value and a.kind == "grant" for a in extraction.amounts)
    # Nor is the grant a contract relation without its value.
    assert bool(extraction.contracts) == is_contract


SERVICES = [Block("table", rows=[["Service", "Provider", "Annual value"],
                                 ["Carers support", "Harbury Carers Centre", "£310,000"],
                                 ["Day opportunities", "Brightwell Futures CIC", "£220,000"],
                                 ["Community meals", "Tollgate Meals Ltd", "£140,000"]], header_rows=1, page=2)]


@pytest.mark.parametrize("text, provider", [
    ("4.2 Carers support. A six-month extension would align the contracts. The extension will cost £155,000.",
     "Harbury Carers Centre"),
    ("Day opportunities: The contract is extended by three months at a cost of £55,000.",
     "Brightwell Futures CIC"),
    ("3.4 Community meals. Demand has risen and an extra £35,000 is needed under the contract this winter.",
     "Tollgate Meals Ltd"),
])
def test_a_paragraphs_run_in_label_names_the_service_whose_provider_a_sum_goes_to(text, provider):
    extraction = run(COUNCIL, "Brightwell Futures CIC will provide the new day service from 1 April.", blocks=SERVICES
                     + [Block("paragraph", text, page=3)])
    value = {"Harbury Carers Centre": 155_000, "Brightwell Futures CIC": 55_000, "Tollgate Meals Ltd": 35_000}[provider]
    (contract,) = [c for c in extraction.contracts if c.value_gbp == value]
    assert contract.provider == provider


@pytest.mark.parametrize("text", ["RESOLVED: That the report be noted.", "Recommendation: That Cabinet agrees.",
                                  "Appendix B: Contract values"])
def test_a_decision_marker_or_a_document_label_is_no_run_in_label(text):
    from committee_papers.extract.contract_prose import run_in_label
    assert run_in_label(text) is None


def priced(extraction):
    return {(c.provider, c.value_gbp) for c in extraction.contracts if c.value_gbp is not None}


@pytest.mark.parametrize("text, providers, value", [
    ("Grants of £20,000 each are paid to Oakhollow Care Ltd and Brightmere Support Ltd.",
     {"Oakhollow Care Ltd", "Brightmere Support Ltd"}, 20000),
    ("Fenbrook Advocacy CIC and Larkfield Voices CIC will each receive £15,000 a year to run the advocacy service.",
     {"Fenbrook Advocacy CIC", "Larkfield Voices CIC"}, 15000),
    ("£8,000 is paid to each of Tollgate Meals Ltd, Ashby Kitchens Ltd and Oldmill Catering Ltd.",
     {"Tollgate Meals Ltd", "Ashby Kitchens Ltd", "Oldmill Catering Ltd"}, 8000),
    ("The Council pays £12,500 a year each to Wrenfield Youth Trust and Harbourside Foodbank Ltd.",
     {"Wrenfield Youth Trust", "Harbourside Foodbank Ltd"}, 12500),
])
def test_a_sum_stated_for_each_provider_is_each_providers_contract(text, providers, value):
    assert priced(run(COUNCIL, text)) == {(p, value) for p in providers}


@pytest.mark.parametrize("text, provider, value", [
    # No `each`: one sum for the named bodies together, kept on the first named (one relation, one value:
    # how it splits is not said).
    ("£40,000 is paid to Tollgate Meals Ltd and Ashby Kitchens Ltd.", "Tollgate Meals Ltd", 40000),
    ("Grants totalling £30,000 are paid to Oakhollow Care Ltd and Brightmere Support Ltd.", "Oakhollow Care Ltd", 30000),
    ("The Council pays £9,000 a year to Wrenfield Youth Trust and Harbourside Foodbank Ltd.",
     "Wrenfield Youth Trust", 9000),
    # `each` of something else than the sum: a clause after the names, a period.
    ("£18,000 is paid to Oakdene Care Ltd and Kestrel Support Ltd, each running one hub.", "Oakdene Care Ltd", 18000),
    ("Grants of £20,000 are paid to Oakdene Care Ltd and Kestrel Support Ltd for each year of the scheme.",
     "Oakdene Care Ltd", 20000),
])
def test_a_sum_without_each_stays_one_relation(text, provider, value):
    assert priced(run(COUNCIL, text)) == {(provider, value)}


@pytest.mark.parametrize("text, provider", [
    ("Fenmoor Group Ltd holds the design and build contract for the new depot.", "Fenmoor Group Ltd"),
    ("Kestrel Support Ltd currently holds the home care framework contract.", "Kestrel Support Ltd"),
    ("Oakdene Care Ltd has held the main day opportunities block contract since 2021.", "Oakdene Care Ltd"),
    ("Tollgate Meals Ltd holds the contract for the school meals service.", "Tollgate Meals Ltd"),
])
def test_a_firm_holding_a_contract_named_by_a_long_noun_phrase_provides_it(text, provider):
    assert pairs(run(COUNCIL, text)) == {("Harbury Borough Council", provider)}


@pytest.mark.parametrize("text", [
    # A verb or a clause break between `holds` and `contract`: no holding of the contract.
    "Fenmoor Group Ltd holds regular meetings to review the contract.",
    "Kestrel Support Ltd holds the view that the contract is too short.",
    "Oakdene Care Ltd holds a copy of the contract.",
    "Tollgate Meals Ltd holds the keys, and the contract ends in May.",
])
def test_holds_across_a_verb_or_clause_break_is_no_contract(text):
    assert pairs(run(COUNCIL, text)) == set()
