"""Contracts of round money8 (mechanisms learnt from the opened paraphrase8 set, examples written afresh for
fictional authorities).  Fictional papers run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.orgfinder import find_names
from committee_papers.extract.phrases import load
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document
from fictional_paper import cabinet_paper, valued


paper = cabinet_paper


# ---- a sum set right before `to` and a body: the body's money (contract_roles.yaml named_payee.sum_then_name) -----

@pytest.mark.parametrize("authority, text, value, provider", [
    ("Wexcombe District Council",
     "RESOLVED: That small grants totalling £96,000 be made to the groups listed in Appendix B, including "
     "£18,500 to Wexcombe Carers Trust for its winter pantry.", 18_500, "Wexcombe Carers Trust"),
    ("Lyme Regis Borough Council",
     "Of the nine bids received the panel supported six, the biggest award being £7,250 to Lymeside Rowing "
     "Club Ltd to replace its safety boats.", 7_250, "Lymeside Rowing Club Ltd"),
    ("Brackford City Council",
     "Resolved - That the allocation of £24,000 to Brackford Voluntary Action for the lunch club network be "
     "confirmed.", 24_000, "Brackford Voluntary Action"),
])
def test_a_sum_given_to_a_named_body_is_its_funding(authority, text, value, provider):
    contract = valued(paper(authority, text))[value]
    assert contract.provider == provider
    assert contract.commissioner == authority


@pytest.mark.parametrize("text", [
    "The former depot was sold for £1.2m to Kestrel Homes Ltd in March.",
    "A loan of £500,000 to Fenmoor Leisure Trust was agreed, repayable over ten years.",
    "The Board agreed to pass £2.1m to Lymeside County Council for the disabled facilities programme.",
    "If the bid succeeds, £40,000 to Harbourside Foodbank would follow.",
    "The grant rose from £20,000 to £22,500 this year.",
])
def test_money_for_an_asset_a_loan_a_public_body_or_a_condition_is_no_such_payment(text):
    assert not valued(paper("Wexcombe District Council", text))


# ---- a verbless list item setting a body off from its sum by a comma -----------------------------------

def test_scheme_lines_naming_a_body_and_a_sum_after_a_comma_are_each_a_contract():
    result = paper("Brackford City Council",
                   "The pooled budget for 2025/26 funds the schemes below:",
                   "rapid response nursing from Brackford Community Health NHS Trust, £1,240,000;",
                   "befriending for isolated older people by Kindly Neighbours Brackford Ltd, £86,000;",
                   "handyperson repairs from Homefix Brackford CIC (HBC), £132,500.",
                   kinds=["paragraph", "list_item", "list_item", "list_item"])
    contracts = valued(result)
    assert contracts[1_240_000].provider == "Brackford Community Health NHS Trust"
    assert contracts[86_000].provider == "Kindly Neighbours Brackford Ltd"
    assert contracts[132_500].provider == "Homefix Brackford CIC"


def test_a_prose_sentence_with_a_comma_before_its_sum_is_read_as_prose():
    # A verb in the line: no label line, so the sum's own words decide (an underspend is no contract).
    result = paper("Brackford City Council",
                   "The underspend reported by Kindly Neighbours Brackford Ltd, £12,000, will be returned to reserves.")
    assert 12_000 not in valued(result)


def test_a_funder_named_before_a_comma_and_sum_is_no_provider():
    result = paper("Brackford City Council", "Contributions to the pooled budget:",
                   "NHS Lymeside ICB, £4,300,000;", "Brackford City Council, £2,100,000.",
                   kinds=["paragraph", "list_item", "list_item"])
    assert all(c.provider in (None, "") for c in result.contracts)


# ---- a name holds no comma: a list of members is split where the last part is a body of its own ---------

@pytest.mark.parametrize("text, expected", [
    ("Other members: Brackford Voluntary Action, Brackford and Lyme NHS Trust.",
     {"Brackford Voluntary Action", "Brackford and Lyme NHS Trust"}),
    ("Also present were Wexmoor Carers Trust, Wexmoor and District NHS Foundation Trust and the police.",
     {"Wexmoor Carers Trust", "Wexmoor and District NHS Foundation Trust"}),
    ("Apologies: Cabinet Member, Lymestone and Vale NHS Foundation Trust.",
     {"Lymestone and Vale NHS Foundation Trust"}),
])
def test_bodies_listed_with_commas_are_each_their_own_name(text, expected):
    names = {found.name for found in find_names(text)} | {o.name for o in paper("Wexmoor Borough Council", text).organisations}
    assert expected <= names
    assert not [name for name in names if "," in name]


# ---- an agreement entered into, priced as a ceiling (money_kinds.yaml contract_change) ---------------------

VOCABULARY = load("money_kinds.yaml")


@pytest.mark.parametrize("authority, text, value, provider", [
    ("Wexmoor District Council",
     "Cabinet agreed to enter into a reservation agreement with Kestrel Homes Ltd covering 25 flats of interim "
     "housing over three years from 1 May, at a cost of up to £960,000 in total.", 960_000, "Kestrel Homes Ltd"),
    ("Lymeside Borough Council",
     "Cabinet agreed that the Council enter into a two-year nightly-rate agreement with Fairhaven Lodgings CIC for "
     "emergency rooms, at a cost of no more than £430,000.", 430_000, "Fairhaven Lodgings CIC"),
    ("Brackford City Council",
     "Decision: the Director entered into an agreement with Marlow Rooms Ltd for ten respite beds over 2025/26 at a "
     "total cost of £212,000.", 212_000, "Marlow Rooms Ltd"),
])
def test_an_agreement_entered_into_at_a_cost_is_its_value(authority, text, value, provider):
    contract = valued(paper(authority, text))[value]
    assert contract.provider == provider


@pytest.mark.parametrize("text", VOCABULARY["contract_change"]["ceiling_not_examples"])
def test_a_ceiling_with_no_body_named_is_a_limit(text):
    assert not valued(paper("Wexmoor District Council", text))


@pytest.mark.parametrize("text, name", [
    ("Beds are bought from Avonmere, Lyme and Wessex Vale NHS Foundation Trust.", "Avonmere, Lyme and Wessex Vale NHS Foundation Trust"),
    ("Apologies were received from Kestle, Fenmoor and Harbury NHS Trust.", "Kestle, Fenmoor and Harbury NHS Trust"),
    ("The report of Brack, Oldmill and Tollgate Healthcare NHS Trust was noted.", "Brack, Oldmill and Tollgate Healthcare NHS Trust"),
])
def test_a_trust_named_by_areas_listed_with_commas_stays_one_name(text, name):
    assert name in {found.name for found in find_names(text)}


# ---- two provider columns: each value column belongs to its own provider column (contract_tables) ----------

def _table_paper(authority, rows):
    blocks = [Block("heading", authority, page=1, level=1), Block("paragraph", "Cabinet – 4 June 2025", page=1),
              Block("heading", "Appendix 2 - Contract landscape", page=3, level=2),
              Block("table", rows=rows, header_rows=1, page=3)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


@pytest.mark.parametrize("rows, expected", [
    # qualifier words shared by provider and value labels
    ([["Service", "Existing provider", "Existing yearly cost", "Expires", "Recommended provider", "Recommended yearly cost"],
      ["Falls prevention", "Steady Steps Ltd", "£184,000", "31/03/2026", "Wexmoor Wellbeing CIC", "see 4.2"],
      ["Carers' breaks", "Kindly Neighbours Ltd", "£92,500", "31/03/2026", "Wexmoor Wellbeing CIC", "see 4.2"]],
     {184_000: "Steady Steps Ltd", 92_500: "Kindly Neighbours Ltd"}),
    # incumbent and successor, each with its own price
    ([["Lot", "Incumbent supplier", "Incumbent contract value", "New supplier", "New contract value"],
      ["Lot 1 – north", "Harbury Grounds Ltd", "£310,000", "Greenway Verges Ltd", "£298,000"],
      ["Lot 2 – south", "Tollgate Mowing Ltd", "£205,000", "Greenway Verges Ltd", "£214,000"]],
     {310_000: "Harbury Grounds Ltd", 298_000: "Greenway Verges Ltd", 205_000: "Tollgate Mowing Ltd",
      214_000: "Greenway Verges Ltd"}),
    # no shared word: the provider column nearest before the value column
    ([["Service", "Provider to 31 March", "Value", "Provider from 1 April", "Value from April"],
      ["Stop smoking", "Quitwell Pharmacies Ltd", "£77,000", "Lymeside Health CIC", "£81,000"]],
     {77_000: "Quitwell Pharmacies Ltd", 81_000: "Lymeside Health CIC"}),
])
def test_each_value_column_takes_its_own_provider_column(rows, expected):
    contracts = valued(_table_paper("Wexmoor District Council", rows))
    assert {value: contracts[value].provider for value in expected} == expected


def test_one_provider_column_still_gives_every_value_its_row_provider():
    contracts = valued(_table_paper("Wexmoor District Council", [
        ["Service", "Provider", "2025/26 value", "2026/27 value"],
        ["Meals on wheels", "Hearty Meals Ltd", "£120,000", "£124,000"]]))
    assert contracts[120_000].provider == contracts[124_000].provider == "Hearty Meals Ltd"


# ---- a denial denies only its own part of the clause, and a refused change no contract (denial) -----------

@pytest.mark.parametrize("text, provider", [
    ("2. Noted that no bid was received for Lot 2 and that the existing arrangement with Kestrel Support Ltd "
     "will continue under spot purchase terms.", "Kestrel Support Ltd"),
    ("The present contract with Wexmoor Recovery Support expires at the end of October and is not being renewed.",
     "Wexmoor Recovery Support"),
    ("The laundry contract held by Brightwash Services Ltd runs to June, but it will not be renewed.",
     "Brightwash Services Ltd"),
])
def test_a_contract_stands_beside_a_denial_of_something_else(text, provider):
    relations = {c.provider for c in paper("Wexmoor District Council", text).contracts}
    assert provider in relations


@pytest.mark.parametrize("text", [
    "The contract was not awarded to Kestrel Support Ltd.",
    "Kestrel Support Ltd will no longer provide the service.",
    "It was noted that the lunch club is not run by Harbour Lights Ltd and that a new host is sought.",
])
def test_a_relation_denied_in_its_own_part_is_no_contract(text):
    assert not paper("Wexmoor District Council", text).contracts


# ---- a contract's holder named in an apposition; the paper's body's share of it (contract_roles held_before) --

@pytest.mark.parametrize("authority, text, value, provider", [
    ("NHS Lymeside ICB",
     "4.1 The regional patient transport contract, held by Kestrel Ambulance Services Ltd on behalf of three ICBs, "
     "ends on 30 June 2026. The lead commissioner proposed a 12-month extension. Lymeside ICB's share of the cost "
     "is £2,400,000.", 2_400_000, "Kestrel Ambulance Services Ltd"),
    ("Wexmoor District Council",
     "The shared interpreting agreement, currently held by Lingomoor CIC for the five districts, was extended to "
     "March 2027. Wexmoor District Council's share of the cost is £64,000.", 64_000, "Lingomoor CIC"),
    ("Brackford City Council",
     "The sub-regional advocacy contract, run by Voicewell Advocacy Ltd across four councils, continues. The "
     "Council contributes £118,000 a year towards the service.", 118_000, "Voicewell Advocacy Ltd"),
])
def test_a_share_of_a_contract_held_by_a_named_body_is_paid_to_it(authority, text, value, provider):
    assert valued(paper(authority, text))[value].provider == provider


# ---- grants listed in a resolution: name-and-sum lines, and a list after the colon nearest its sums ---------

def _listed(authority, lead, *items):
    return valued(paper(authority, lead, *items, kinds=["paragraph"] + ["list_item"] * len(items)))


@pytest.mark.parametrize("lead, items, expected", [
    ("RESOLVED: That the following community grants be approved:",
     ["Wexmoor Carers Trust £4,000", "Lymeside Rowing Club Ltd £2,500", "Harbour Lights Women's Aid £6,750."],
     {4_000: "Wexmoor Carers Trust", 2_500: "Lymeside Rowing Club Ltd", 6_750: "Harbour Lights Women's Aid"}),
    ("Small grants agreed by the panel:",
     ["£1,200 Brackford Youth Theatre CIC", "£950 Kindly Neighbours Ltd"],
     {1_200: "Brackford Youth Theatre CIC", 950: "Kindly Neighbours Ltd"}),
])
def test_lines_of_a_name_and_a_sum_under_a_lead_are_each_funding(lead, items, expected):
    contracts = _listed("Wexmoor District Council", lead, *items)
    assert {value: contracts[value].provider for value in expected} == expected


@pytest.mark.parametrize("lead", [
    "Grants approved for debt advice services:",
    "Grants approved for drug and alcohol recovery groups:",
    "Funding agreed for money and debt advice drop-ins this winter:",
])
def test_a_grant_lead_naming_debt_advice_or_recovery_work_still_lists_funding(lead):
    contracts = _listed("Wexmoor District Council", lead, "Wexmoor Carers Trust £4,000",
                        "Lymeside Advice Centre Ltd £2,500")
    assert {value: contracts[value].provider for value in (4_000, 2_500)} == {
        4_000: "Wexmoor Carers Trust", 2_500: "Lymeside Advice Centre Ltd"}


def test_a_resolution_listing_bodies_and_sums_after_its_own_colon():
    contracts = valued(paper("Wexmoor District Council",
                             "RESOLVED: That grants be awarded as follows: Wexmoor Carers Trust, £4,000; Lymeside "
                             "Rowing Club Ltd, £2,500; and Harbour Lights Women's Aid, £6,750."))
    assert contracts[4_000].provider == "Wexmoor Carers Trust"
    assert contracts[6_750].provider == "Harbour Lights Women's Aid"


@pytest.mark.parametrize("lead, items", [
    ("Sponsorship for the summer festival was received from:", ["Kestrel Homes Ltd £5,000", "Lymeside Rowing Club Ltd £2,500"]),
    ("Partners' contributions to the pooled fund:", ["NHS Lymeside ICB £4,300,000", "Wexmoor District Council £2,100,000"]),
    ("Donations received:", ["Fenmoor Group Ltd £750", "Harbour Lights Women's Aid £300"]),
])
def test_name_and_sum_lines_of_money_received_or_of_partners_are_no_contracts(lead, items):
    assert not _listed("Wexmoor District Council", lead, *items)


# ---- a sum awarded to the body itself (contract_roles.yaml provider.after `be awarded SUM`) ---------------

@pytest.mark.parametrize("text, value, provider", [
    ("Wexmoor Carers Trust was awarded £5,000 for its lunch club.", 5_000, "Wexmoor Carers Trust"),
    ("Following the panel's review, Lymeside Rowing Club Ltd has been granted £12,500 towards new safety boats.",
     12_500, "Lymeside Rowing Club Ltd"),
    ("RESOLVED: (c) That Harbour Lights Ltd be awarded £8,250 from the small grants fund.", 8_250, "Harbour Lights Ltd"),
])
def test_a_body_awarded_a_sum_receives_it(text, value, provider):
    assert valued(paper("Wexmoor District Council", text))[value].provider == provider


@pytest.mark.parametrize("text", [
    "Fenmoor Group Ltd was awarded £5,000 in compensation by the tribunal.",
    "Wexmoor District Council was awarded £40,000 from the national lottery fund.",
    "Lymeside County Council has been granted £2.1m for the disabled facilities programme.",
])
def test_compensation_or_a_public_body_awarded_money_is_no_contract(text):
    assert not valued(paper("Wexmoor District Council", text))


# ---- a label line that names its body with a role word (contract_prose: label lines with a provider role) ----

@pytest.mark.parametrize("item, value, provider", [
    ("Home from hospital service – provided by Kestrel Support Ltd – £3.45m", 3_450_000, "Kestrel Support Ltd"),
    ("Night sitting (delivered by Kindly Neighbours Ltd): £96,000", 96_000, "Kindly Neighbours Ltd"),
    ("Handyperson repairs — run by Homefix Brackford CIC — £132,500 a year", 132_500, "Homefix Brackford CIC"),
])
def test_a_scheme_line_naming_its_provider_with_a_role_word_prices_its_contract(item, value, provider):
    contracts = _listed("Brackford City Council", "The Better Care Fund schemes for 2025/26 are:", item)
    assert contracts[value].provider == provider


def test_a_scheme_line_whose_sum_is_a_budget_stays_a_budget():
    amounts = paper("Brackford City Council", "The schemes are:",
                    "Carers' breaks – delivered by Kindly Neighbours Ltd – budget £40,000 unallocated",
                    kinds=["paragraph", "list_item"])
    assert 40_000 not in valued(amounts)


# ---- review10-C: sums owed, written off or awarded as costs/relief are no body's funding -------------------

@pytest.mark.parametrize("text", [
    "The Council's outstanding debt of £3,000 to Kestrel Support Ltd was settled in May.",
    "Fenmoor Group Ltd was awarded £8,000 in costs against the Council at the appeal.",
    "Wexmoor Carers Trust was granted £2,300 of discretionary rate relief.",
])
def test_a_debt_costs_or_rate_relief_is_no_payment_for_a_service(text):
    assert not valued(paper("Wexcombe District Council", text))


@pytest.mark.parametrize("blocks, kinds", [
    (["Debts written off in the quarter", "Kestrel Support Ltd £4,000"], ["heading", "paragraph"]),
    (["The following debts were written off:", "Kestrel Support Ltd £4,000", "Fenmoor Group Ltd £2,500"],
     ["paragraph", "list_item", "list_item"]),
    (["Business rates arrears over £2,000 at 30 June:", "Lymeside Rowing Club Ltd £3,100"], ["paragraph", "list_item"]),
])
def test_name_and_sum_lines_of_debts_or_without_a_lead_are_no_contracts(blocks, kinds):
    assert not valued(paper("Wexcombe District Council", *blocks, kinds=kinds))


@pytest.mark.parametrize("text, value, provider", [
    ("Grants of £12,000 to Wexmoor Carers Trust and £9,500 to Lymeside Advice Centre were approved.",
     9_500, "Lymeside Advice Centre"),
    ("The Council pays £4,000 a year to Tollgate and District Advice Centre for outreach sessions.",
     4_000, "Tollgate and District Advice Centre"),
    ("Cabinet agreed £18,000 a year to North Harbury Advice Centre for benefits advice in the library.",
     18_000, "North Harbury Advice Centre"),
])
def test_an_advice_centre_named_by_its_place_is_a_body_paid(text, value, provider):
    assert valued(paper("Wexmoor District Council", text))[value].provider == provider


@pytest.mark.parametrize("text", [
    "The Debt Advice Centre in the library opens on Tuesdays.",
    "A Housing Advice Centre will open in the town hall in May.",
])
def test_an_advice_centre_named_by_its_kind_is_a_service_not_a_body(text):
    assert not [c for c in paper("Wexmoor District Council", text).contracts if c.provider]
