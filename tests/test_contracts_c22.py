"""Round c22: contracts, parties and providers, each mechanism with fictional wordings and negatives (papers
about invented bodies; the sentences are written for these tests)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, contracts_of, provider_wording_tests, providers_of  # noqa: E402


# Each mechanism's wordings, each sentence alone in a paper under the opening's authority and committee: the sentences
# naming a provider (at a value, where given), and the negatives naming none.
MECHANISMS = {
    # a firm named by its brand word and Partners or Associates (org_evidence.yaml trading_name_endings)
    "a firm named by its brand word and Partners or Associates": ProviderWordings(
        ("Glenholme County Council", "Cabinet"),
        naming=[
            ("Our treasury management advisers, Ledgerline Partners, presented the latest forecast.", "Ledgerline Partners"),
            ("The review was carried out by Quillon Partners at a cost of £14,000.", "Quillon Partners"),
            ("The contract with Hartwell Associates for the valuation work was extended by a year.", "Hartwell Associates"),
        ],
        naming_none=[
            "The programme is delivered by Delivery Partners across the county.",
            "The work is carried out by Strategic Partners under the plan.",
            "Funding was provided to Training Partners for the courses.",
        ],
    ),
    # a board keeping its supplier (org_evidence.yaml role.stay_with; contract_roles.yaml provider.before)
    "a board keeping its supplier": ProviderWordings(
        ("Fenmarket Town Council", "Minutes of the Town Council"),
        naming=[
            ("The approach is to stay with Marshfold County Council for IT support to avoid a costly procurement.",
             "Marshfold County Council"),
            ("Members agreed to remain with Brightkey Payroll for payroll services for two more years.", "Brightkey Payroll"),
            ("The Board will stay with Orbitline for telephony until 2027.", "Orbitline"),
        ],
        naming_none=[
            "Members agreed to stay with the current arrangements for another year.",
            "The responsibility will remain with Kelby Highways for the verges.",
            "Staff transferring will remain with Orbitline Cleaning until the pension review ends.",
        ],
    ),
    # a body appointed to do a piece of work, priced (org_evidence.yaml role.appointed_for_work)
    "a body appointed to do a piece of work, priced": ProviderWordings(
        ("Fenmarket Town Council", "Minutes of the Town Council"),
        naming=[
            ("Castlemoor Roofing were appointed to repair the pavilion roof at a cost of £6,400.", "Castlemoor Roofing", 6400),
            ("Following the tender Pellbrook Surveying has been appointed to prepare the condition report (£2,300).",
             "Pellbrook Surveying", 2300),
            ("Harlow Greenway will be appointed to clear the ditches at £950.", "Harlow Greenway", 950),
        ],
        naming_none=[
            "Councillor Moss was appointed to represent the Council on the panel.",
            "Kelby Youth Forum was appointed to the steering group.",
            "Mrs Ann Lee was appointed to chair the working party.",
        ],
    ),
    # a name whose later letters carry accents is read whole (orgevidence._WORD)
    "a name with accented later letters": ProviderWordings(
        ("Harlow Vale Town Council", "Cabinet"),
        naming=[
            ("The kiosk contract was awarded to Riverside Café Collective for two years.", "Riverside Café Collective"),
            ("The hall is cleaned by Brightwell Crèche Services under the agreement.", "Brightwell Crèche Services"),
            ("The town guide is delivered by Pontmôn Heritage Walks for the Council.", "Pontmôn Heritage Walks"),
        ],
    ),
    # a generic plural after a service word is a kind of firm, no name (orgevidence._kind_of_firm)
    "a generic plural after a service word": ProviderWordings(
        ("Harlow Vale Town Council", "Minutes of the Town Council"),
        naming=[
            ("Kelbridge Safety Consultants had been appointed to prepare the training matrix.", "Kelbridge Safety Consultants"),
            ("Tarnvale Legal Services were appointed to review the lease terms.", "Tarnvale Legal Services"),
            ("Oakmere Housing Partners were engaged to inspect the voids.", "Oakmere Housing Partners"),
        ],
        naming_none=[
            "Health and Safety Consultants had been appointed to prepare the training matrix.",
            "Legal Services were appointed to review the lease terms.",
            "Housing Partners were engaged to inspect the voids.",
        ],
    ),
    # a lot named with a capital and its number, an aside in brackets, then its winner (org_evidence.yaml
    # role.awarded_to)
    "a numbered lot with an aside": ProviderWordings(
        ("Dunmere District Council", "Cabinet"),
        naming=[
            ("2.1 award Lot 1 (vehicle supply on operating lease) to Ecoroute Vehicle Leasing for eight years.",
             "Ecoroute Vehicle Leasing"),
            ("Cabinet agreed to award Lot 3 (north and east zones) to Brightmere Grounds for four years.", "Brightmere Grounds"),
            ("The Panel awarded Lot 2 (repairs and MOT testing) to Dunmere Commercial Garage.", "Dunmere Commercial Garage"),
        ],
    ),
    # a supplier saying it will stop supplying held the contract (org_evidence.yaml role.stops_providing; contract_roles
    # provides.after)
    "a supplier stopping its service": ProviderWordings(
        ("Northvale Fire and Rescue Authority", "Minutes"),
        naming=[
            ("Members were told that Medway Workplace Health had given notice that it would stop providing occupational "
             "health services on 31 December.", "Medway Workplace Health"),
            ("Kestrel Meals will cease delivering the meals service in May.", "Kestrel Meals"),
            ("Fenmoor Park Travel is to stop running the park and ride from April.", "Fenmoor Park Travel"),
        ],
        naming_none=[
            "Councillor Ann Moss will stop running the lunch club.",
            "The Authority will stop providing home fire safety visits on Sundays.",
            "The service will cease operating from the old station in May.",
        ],
        commissioned=True,
    ),
    # a supplier withdrawing from or handing back its work held that contract (org_evidence.yaml
    # role.withdrew_from_work; contract_roles provides.after)
    "a supplier withdrawing from its work": ProviderWordings(
        ("Lynford County Council", "Cabinet"),
        naming=[
            ("(d) to note that Lynford Cars has withdrawn from seven routes and that those pupils will be moved;", "Lynford Cars"),
            ("The risk was added after Sunridge Domiciliary Care handed back its packages in August.", "Sunridge Domiciliary Care"),
            ("It was noted that Kelby Grounds withdrew from the mowing contract in May.", "Kelby Grounds"),
        ],
        naming_none=[
            "Councillor Ann Moss withdrew from the meeting.",
            "Kelby Youth Forum has withdrawn from the steering group.",
            "The Clerk handed back the keys to the pavilion.",
        ],
        commissioned=True,
    ),
    # bodies counted and named by their kind before a colon (org_evidence.yaml role.counted_list; contract_roles.yaml
    # provider.list_before)
    "bodies counted by their kind and listed": ProviderWordings(
        ("Kelby County Council", "Cabinet"),
        naming=[
            ("The service is now delivered by three providers: Brightmoor Care, Ashgrove Support and Fellside Homecare.",
             {"Brightmoor Care", "Ashgrove Support", "Fellside Homecare"}),
            ("Day opportunities are bought from two organisations: Oakleaf Day Services and Skylark Community Hub.",
             {"Oakleaf Day Services", "Skylark Community Hub"}),
            ("Contracts were awarded to four suppliers: Kestrel Fleet, Haulwell Leasing, Dunmore Garage and Ecoroute.",
             {"Kestrel Fleet", "Haulwell Leasing", "Dunmore Garage", "Ecoroute"}),
            ("There are two providers in the county: Brightmoor Care and Ashgrove Support.", {"Brightmoor Care", "Ashgrove Support"}),
        ],
        naming_none=[
            "Three bidders were shortlisted: Brightmoor Care and Ashgrove Support.",
            "The Council works with three partners: Kelby Police and Kelby Fire.",
            "Three bids were received: Brightmoor Care, Ashgrove Support and Fellside Homecare.",
        ],
    ),
    # a condition on a decision is a clause of its own (clause_breaks.yaml condition): its insurance or consent says
    # nothing of the sum before it
    "a sum before a condition": ProviderWordings(
        ("Helmsby Parish Council", "Minutes of the Parish Council"),
        naming=[
            ("It was agreed that the lowest tender, of £675 from Greenacre Mowing, be accepted subject to satisfactory public "
             "liability insurance.", "Greenacre Mowing", 675),
            ("The quote of £4,200 from Kelby Roofing Ltd was accepted subject to evidence of its insurance.", "Kelby Roofing Ltd",
             4_200),
            ("Members agreed to buy the benches from Parkform Ltd at £1,900 conditional on the insurance being in place.",
             "Parkform Ltd", 1_900),
        ],
    ),
}


test_a_mechanisms_wording_names_its_provider, test_a_mechanisms_negative_names_no_provider = provider_wording_tests(MECHANISMS)


# ---- bullets naming a body first and its sum after a colon or a comma, under a lead saying what is shared out
# (org_evidence.yaml role.bullet_name_colon_sum, organisations: a layout supported by its lead) ---------------------
def _listed(lead, *items):
    from committee_papers.extract.pipeline import extract
    from fictional_paper import passages_from_pieces
    pieces = [("heading", "Harlow Vale Town Council"), ("heading", "Minutes"), ("paragraph", lead)]
    pieces += [("list_item", item) for item in items]
    return {(c.provider, c.value_gbp) for c in extract(passages_from_pieces(*pieces), {}, "paper.txt").contracts}


@pytest.mark.parametrize("lead, items, expected", [
    ("The Committee recommended the following awards from the 2025/26 grants budget of £9,000:",
     ["Harlow Vale Shopmobility: £3,500 towards scooter servicing", "Harlow Vale Youth Café: £2,000 for sessions"],
     {("Harlow Vale Shopmobility", 3500), ("Harlow Vale Youth Café", 2000)}),
    ("Funding agreements have been offered to two delivery partners for the bootcamps:",
     ["Northgate Digital Academy - digital and cyber bootcamps, up to £1,260,000;",
      "Tynemoor College Group - construction bootcamps, up to £845,000."],
     {("Northgate Digital Academy", 1_260_000), ("Tynemoor College Group", 845_000)}),
    ("Grants were paid to these groups in the year:",
     ["Kelby Riverside Rowers – new oars: £1,200", "Oldmill Bellringers – bell rope repairs: £650"],
     {("Kelby Riverside Rowers", 1200), ("Oldmill Bellringers", 650)}),
])
def test_bullets_under_a_lead_naming_awards_or_partners_name_each_provider(lead, items, expected):
    assert expected <= _listed(lead, *items)


@pytest.mark.parametrize("lead, items", [
    ("Income came from the following sources:", ["Harlow Vale Rotary: £3,500 towards the benches",
                                                   "Oldmill Traders: £2,000 for the lights"]),
    ("The budgets for 2026/27 are:", ["Street Cleansing: £500,000", "Parks Maintenance: £200,000"]),
    ("The Clerk reported on the hall:", ["Kelby Riverside Rowers: £1,200 a year hire", "Oldmill Bellringers: £650"]),
    ("The following grant applications were considered:", ["Kelby Riverside Rowers: £1,200 requested for oars",
                                                              "Oldmill Bellringers: £650 requested"]),
])
def test_bullets_under_a_lead_of_income_budgets_or_no_awards_name_no_provider(lead, items):
    assert not {p for p, _v in _listed(lead, *items)} - {None}


# ---- the body whose own service is funded provides it, it funds nothing (contract_roles.yaml provides.after,
# commissioner.unless) ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, provider, value", [
    ("The Kelby Mencap service is funded through a grant of £118,000 a year.", "Kelby Mencap", 118_000),
    ("The Harbury Hospice hub was commissioned at £64,000 for the year.", "Harbury Hospice", 64_000),
    ("The Lowfield Carers services are funded at £22,500 a year.", "Lowfield Carers", 22_500),
])
def test_a_body_whose_service_is_funded_provides_it(sentence, provider, value):
    found = contracts_of("Kelby County Council", "Cabinet", "Day opportunities are bought from three organisations: Oakleaf "
                       f"Day Services, Skylark Community Hub and {provider}.", sentence)
    assert ("Kelby County Council", provider, value) in {(c.commissioner, c.provider, c.value_gbp) for c in found}


# ---- a sum pointing back to an agreement named before takes that agreement's provider (contract_terms.yaml
# agreement_pointed_to; money_kinds.yaml features.agreement_pointed_to; contract_prose._agreement_pointed_to) ---------
@pytest.mark.parametrize("lines, provider, value", [
    (["The Council has a service level agreement with Brightwater Advice for debt advice.",
      "The agreement is worth £52,000 a year."], "Brightwater Advice", 52_000),
    (["That the Service Level Agreement between Teynford District Council and Teynford Advice Centre be approved.",
      "The Council had long supported Teynford Advice Centre by way of grant funding; since 2023/24 the core grant had "
      "been £144,000."], "Teynford Advice Centre", 144_000),
    (["The SLA with Kelby Credit Union was renewed in April; the SLA is worth £12,000 a year."], "Kelby Credit Union",
     12_000),
])
def test_a_sum_pointing_back_to_an_agreement_is_its_providers(lines, provider, value):
    found = contracts_of("Teynford District Council", "Cabinet", *lines)
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found}


@pytest.mark.parametrize("lines", [
    # consent, not an agreement
    ["The Council has a service level agreement with Brightwater Advice for debt advice.",
     "With the agreement of members, the hall budget of £40,000 was moved to reserves."],
    # a grant scheme, not the grant agreed
    ["The grant agreement with Harbour Lights for the night shelter was signed.",
     "The grant scheme is worth £2m across the county."],
    # the nearest provider named is under no agreement (a contract let), the agreement's provider further off
    ["The Council has a service level agreement with Brightwater Advice for debt advice.",
     "The parking contract was awarded to Kelby Parking Services Ltd in May.", "The agreement is worth £52,000 a year."],
])
def test_a_sum_not_pointing_back_to_a_near_agreement_gets_no_provider_from_it(lines):
    found = contracts_of("Teynford District Council", "Cabinet", *lines)
    assert not [c for c in found if c.value_gbp and c.provider]


# ---- a body appointed for a piece of work or a term, at its price (contract_roles.yaml provides.after) ----------------
@pytest.mark.parametrize("sentence, provider, value", [
    ("RESOLVED that Greenvale Landscapes be appointed for grounds maintenance for three years at £19,850 per annum.",
     "Greenvale Landscapes", 19_850),
    ("Kestrel Support Ltd was engaged for the winter gritting at a cost of £8,200.", "Kestrel Support Ltd", 8_200),
    ("Oakdene Audit LLP has been reappointed for two more years at a cost of £3,400.", "Oakdene Audit LLP", 3_400),
])
def test_a_body_appointed_for_work_provides_it_at_its_price(sentence, provider, value):
    lines = ["Ashby Town Council", "Minutes of the Town Council", f"The arrangement with {provider} ended in August.", sentence]
    assert (provider, value) in {(c.provider, c.value_gbp) for c in contracts_of(*lines)}


@pytest.mark.parametrize("sentence", [
    "Councillor Ann Moss was appointed for a further term as Chair.",
    "The Clerk was appointed for an interim period of six months.",
    "Mrs J. Bell was re-appointed for another year as internal auditor.",
])
def test_a_person_appointed_for_a_term_names_no_provider(sentence):
    assert not providers_of("Ashby Town Council", "Minutes of the Town Council", sentence)


# ---- a team or service of another body shared or bought into: that body supplies it (contract_roles provider.before) --
@pytest.mark.parametrize("lines, provider, value", [
    (["The Authority will share the occupational health team of Eastvale Fire and Rescue Authority under a "
      "collaboration agreement costing £96,500 a year."], "Eastvale Fire and Rescue Authority", 96_500),
    (["The Authority buys into the internal audit service of Kelby County Council at £42,000 a year."],
     "Kelby County Council", 42_000),
    (["From April the ICB will use the payroll team of Oakmere Health NHS Trust at a cost of £18,000 a year."],
     "Oakmere Health NHS Trust", 18_000),
])
def test_a_shared_team_of_another_body_is_its_supply(lines, provider, value):
    found = contracts_of("Northvale Fire and Rescue Authority", "Minutes", *lines)
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found}


def test_a_shared_team_named_by_its_adjective_names_no_new_provider():
    found = contracts_of("Harlow Fire and Rescue Authority", "Audit Committee",
                       "Internal audit has been provided since 2021 by the shared audit team of Harlow County Council "
                       "under an agreement that ends in March.")
    assert "Harlow County Council" not in {c.provider for c in found}


# ---- work that goes to its winner, places reserved with a provider, a named service awarded (org_evidence.yaml
# role.goes_to, role.reserved_with, role.awarded_to) -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, provider, value", [
    ("(b) that the largest call-off, for special educational needs routes in the Lyn Valley, goes to Starfield "
     "Minibuses at a value of £684,000 for the period;", "Starfield Minibuses", 684_000),
    ("to reserve six residential places with Orchard Lane Care for three years at a total cost of up to £5,100,000;",
     "Orchard Lane Care", 5_100_000),
    ("approve the award of the community diagnostic centre service at Hartsford to Clearsight Imaging for five years, "
     "at a total value of £21.5m;", "Clearsight Imaging", 21_500_000),
])
def test_work_going_to_places_reserved_with_or_a_service_awarded_to_a_body_is_its_contract(sentence, provider, value):
    found = contracts_of("Lynford County Council", "Cabinet Member Decision", sentence)
    assert (provider, value) in {(c.provider, c.value_gbp) for c in found}


@pytest.mark.parametrize("sentence", [
    "The award goes to the highest scoring bidder.",
    "Members booked rooms with the hotel for the conference.",
    "The Council's own staff will go to Lynford Library for training.",
])
def test_an_unnamed_winner_a_hotel_room_or_staff_going_somewhere_names_no_provider(sentence):
    assert not providers_of("Lynford County Council", "Cabinet", sentence)


# ---- a budget table whose column names the body each line's money goes to: the budget is that body's, the spend to
# date monitors it (contract_tables._about_contracts, _column_table; contract_terms.yaml monitoring_measure) -----------
def _table_contracts(tmp_path, fmt, blocks):
    from test_contracts_probe21 import _paper_contracts
    return {(c.provider, c.value_gbp) for c in _paper_contracts(tmp_path, blocks, fmt)}


@pytest.mark.parametrize("fmt, blocks, expected", [
    ("md", [("h", "Kelby Health and Wellbeing Board"), ("h", "Table 1: Selected schemes 2025-26 (£000s)"),
            ("t", [["Scheme", "Delivered by", "Budget", "Q1 spend"],
                   ["Discharge beds", "Kelby Care Homes Partnership", "2,480", "610"],
                   ["Carers' breaks", "Kelby Carers Hub", "640", "158"]])],
     {("Kelby Care Homes Partnership", 2_480_000), ("Kelby Carers Hub", 640_000)}),
    ("docx", [("h", "Morrowby District Council"), ("h", "Community grants 2026/27 (£)"),
              ("t", [["Project", "Organisation", "Allocation", "Spend to date"],
                     ["Befriending", "Morrowby Good Neighbours", "38,000", "9,000"],
                     ["Debt advice", "Morrowby Money Matters", "52,000", "12,500"]])],
     {("Morrowby Good Neighbours", 38_000), ("Morrowby Money Matters", 52_000)}),
    ("pdf", [("h", "Fellgate Town Council"), ("h", "Budget 2026/27 (£)"),
             ("t", [["Service", "Provider", "Budget", "Actual to date"],
                    ["Grounds", "Fellgate Grounds Ltd", "18,000", "6,000"], ["Cleaning", "Brightclean Ltd", "9,500", "3,100"]])],
     {("Fellgate Grounds Ltd", 18_000), ("Brightclean Ltd", 9_500)}),
])
def test_a_budget_table_naming_each_lines_holder_gives_their_budgets(tmp_path, fmt, blocks, expected):
    found = _table_contracts(tmp_path, fmt, blocks)
    assert expected <= found, found
    spent = {v for _p, v in found if v in (610_000, 158_000, 9_000, 12_500, 6_000, 3_100)}
    assert not spent, spent


def test_a_budget_table_whose_holders_are_all_public_bodies_gives_no_provider(tmp_path):
    blocks = [("h", "Kelby Health and Wellbeing Board"), ("h", "Table 1: Pooled budget lines 2025-26 (£000s)"),
              ("t", [["Line", "Delivered by", "Budget", "Q1 spend"], ["Equipment", "Kelby County Council", "2,480", "610"],
                     ["Therapies", "NHS Kelby Integrated Care Board", "640", "158"]])]
    assert not {p for p, _v in _table_contracts(tmp_path, "md", blocks)} - {None}
