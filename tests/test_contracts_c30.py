"""Round c30: contract evidence that is general to a layout, met in new fictional papers (tests/paraphrase13): a table
of procurements still to be run said so by its own column labels or by the line before it, a yearly sum whose
clause hangs on a statement naming one provider, an agreement named by what it supplies, and the body an
agreement's own relative clause opens on (`under which X provides`).  Fictional papers (invented bodies) run
through the whole extraction pipeline."""
import pytest

# The same one-page fictional paper and block builders as the round contracts4 wordings (one copy of them).
from test_contracts_new_wordings import heading, items, paper, para, table, valued


# ---- a table of procurements still to be run, said by its labels or the line before it --------------------------

@pytest.mark.parametrize("section, intro, rows", [
    # A column labelled as the procurement planned, under a heading that is no procurement word (`Forward plan`).
    ("3. Forward plan 2027/28", "Figures are estimates for budgeting and may change.",
     [["Ref", "Planned procurement", "Service area", "Estimated value"],
      ["P1", "Street cleansing vehicles", "Environment", "£2,300,000"],
      ["P2", "Carers' breaks", "Adults", "£410,000"]]),
    # The line before the table says no contract is let yet.
    ("Annex B", "The values below are indicative. None of these requirements has yet been let to a supplier.",
     [["Requirement", "Lead officer", "Indicative value"],
      ["Bereavement services software", "Head of Registration", "£180,000"],
      ["Allotment water supply", "Parks Manager", "£95,000"]]),
    ("Commissioning intentions 2026/27", "The services below are yet to be let; their values are estimates.",
     [["Service", "Route", "Value"], ["Young carers support", "Open tender", "£240,000 a year"],
      ["Floating support", "Framework call-off", "£620,000 a year"]]),
    ("Schedule 1", "The list is reviewed each quarter.",
     [["Proposed procurement", "Directorate", "Estimated whole-life value"],
      ["Fleet telematics", "Resources", "£330,000"], ["Library stock", "Communities", "£1.4m"]]),
])
def test_a_table_whose_labels_or_intro_say_not_yet_let_lists_estimates(section, intro, rows):
    got = paper("Quenmoor Borough Council", para("The leisure centres are run by Quenmoor Leisure Trust."),
                heading(section), para(intro), table(rows))
    assert not [c for c in got.contracts if c.value_gbp and c.provider != "Quenmoor Leisure Trust"]
    assert {a.rule for a in got.amounts} >= {"amounts.table.heading.hypothetical"}


@pytest.mark.parametrize("section, intro, header", [
    ("Contract awards in the quarter", "The awards below were made under delegated powers.",
     ["Contract", "Procurement route", "Annual value", "Start"]),
    ("Awards made under delegated powers", "All contracts below were let after open tender.",
     ["Contract", "Annual value", "Start"]),
])
def test_an_awards_table_naming_its_route_stays_contracts(section, intro, header):
    rows = [header] + [[cells[0]] + (["Open tender"] if len(header) == 4 else []) + cells[1:] for cells in (
        ["Home care (north) – Oakdene Care Ltd", "£1,200,000", "1 April 2025"],
        ["Home care (south) – Kestrel Support Ltd", "£950,000", "1 April 2025"])]
    got = paper("Quenmoor Borough Council", heading(section), para(intro), table(rows))
    assert {(p, v) for _c, p, v in valued(got)} == {("Oakdene Care Ltd", 1200000), ("Kestrel Support Ltd", 950000)}


# ---- a yearly sum whose own clause names no body, in a statement naming one provider ----------------------------

@pytest.mark.parametrize("text, provider, value", [
    ("Night sitting is provided by Lanternway Homecare under a contract awarded in 2023, which costs "
     "£640,000 a year and runs to March 2028.", "Lanternway Homecare", 640000),
    ("Cabinet approved the award of the floating support service to Harbourside Advocacy for four years from "
     "1 May 2026, with the option of a further year, at £385,000 per annum.", "Harbourside Advocacy", 385000),
    ("Meals for the three day centres are supplied by Tollgate Kitchens Ltd, which receives £212,000 a year.",
     "Tollgate Kitchens Ltd", 212000),
])
def test_a_yearly_sum_in_a_statement_naming_one_provider_prices_its_contract(text, provider, value):
    got = paper("Quenmoor Borough Council", heading("4. Current services"), para(text))
    assert {(p, v) for _c, p, v in valued(got)} == {(provider, value)}


@pytest.mark.parametrize("text, value", [
    # Another statement after a semicolon: the sum is not the named provider's.
    ("The day centre is run by Marden Care Ltd; the building's landlord charges the Council £30,000 a year in rent.",
     30000),
    # A cue of another kind in the sum's clause outweighs the provider named elsewhere in the sentence.
    ("Kelby Homecare Ltd provides home care in the western area, where the service's budget is £3.1m a year.", 3100000),
    # A sum that is no yearly price: what the provider asked for, not what it is paid.
    ("Councillor Dale said that Tidemark Lifeguards, which provides the beach patrols, had requested £12,000 on "
     "top of its grant.", 12000),
])
def test_a_sum_apart_from_the_providers_statement_or_of_another_kind_is_no_contract(text, value):
    got = paper("Quenmoor Borough Council", heading("4. Current services"), para(text))
    assert value not in {v for _c, _p, v in valued(got)}


# ---- an agreement named by what it supplies is with its supplier ---------------------------------------------------

@pytest.mark.parametrize("text, provider, value", [
    ("Members agreed an eight-year maintenance and servicing agreement with Tarnside Safety Systems from "
     "1 April 2026 at £84,000 a year.", "Tarnside Safety Systems", 84000),
    ("The insourcing agreement with Clearview Endoscopy for weekend lists runs to March and costs £640,000 a year.",
     "Clearview Endoscopy", 640000),
    ("The Council has a supply agreement with Kelby Signs for street nameplates.", "Kelby Signs", None),
    ("Cabinet agreed to renew the management agreement with Pellmoor Leisure for two years, with a management fee "
     "of £310,000 a year.", "Pellmoor Leisure", 310000),
])
def test_an_agreement_named_by_what_it_supplies_is_with_its_supplier(text, provider, value):
    got = paper("Quenmoor Borough Council", heading("5. Equipment"), para(text))
    assert (provider, value) in {(c.provider, c.value_gbp) for c in got.contracts}


# ---- the body an agreement's own relative clause opens on holds it ------------------------------------------------

@pytest.mark.parametrize("text, provider", [
    ("Members agreed to renew the arrangement under which Pennant Dental Group provides the urgent dental "
     "service by six months.", "Pennant Dental Group"),
    ("The report reviews the partnership agreement under which Kelby Community Health delivers "
     "community nursing for the Council.", "Kelby Community Health"),
    ("Members noted the contract through which Moorgate Transport runs the hospital shuttle.", "Moorgate Transport"),
])
def test_the_body_an_agreements_relative_clause_opens_on_holds_it(text, provider):
    got = paper("Quenmoor Borough Council", heading("6. Partnership services"), para(text))
    assert provider in {c.provider for c in got.contracts}


def test_a_body_occupying_under_a_lease_holds_no_contract():
    got = paper("Quenmoor Borough Council", heading("6. Property"),
                para("The lease under which Kelby Scouts occupies the hall ends in May."))
    assert "Kelby Scouts" not in {c.provider for c in got.contracts}
