"""Round c32: which money is a contract.  A table column whose sums are written as signed movements (`+£4.2m`,
`-£1.1m`) lists changes to a budget, not prices, whatever its row labels say.  Fictional papers (invented
bodies) run through the whole extraction pipeline."""
import pytest

# The same one-page fictional paper and block builders as the round contracts4 wordings (one copy of them).
from test_contracts_new_wordings import heading, paper, para, table, valued


# ---- a column of signed sums lists movements in a budget ---------------------------------------------------------

@pytest.mark.parametrize("caption, intro, rows", [
    # Funding changes since a draft, each row classed by a category column.
    ("Table 3.2 Changes to funding since the October draft", "The settlement added to the grants below.",
     [["Category", "Description", "Amount"],
      ["Grant", "Rural Services Delivery Grant", "+£4.2m"],
      ["Grant", "Homelessness Prevention Grant (rolled in)", "+£1.1m"],
      ["Business rates", "Revised baseline", "-£0.6m"],
      ["", "Total", "£4.7m"]]),
    # Spending growth by directorate, with a flag column beside the amounts.
    ("7. Updates since the November draft", "Table 3.3 lists the main changes agreed with directors.",
     [["Description", "Directorate", "Amount", "Grant funded?"],
      ["Pay award above assumption", "Resources", "+£2.4m", "Y"],
      ["Home to school transport demand", "Children's", "+£3.0m", "N"],
      ["Street lighting energy", "Environment", "+£0.7m", "N"]]),
    # A fire authority's movements in its draft budget, whole pounds and a minus written as a dash.
    ("Appendix B", "Proposals put to the Authority since its December meeting:",
     [["Proposal", "Service", "Value"],
      ["Employer contribution to firefighter pensions", "Corporate", "+£450,000"],
      ["Fewer fleet workshop hours", "Fleet", "–£120,000"],
      ["Control room software licences", "Control", "+£85,000"]]),
])
def test_a_column_of_signed_sums_lists_budget_movements_not_contracts(caption, intro, rows):
    got = paper("Quenmoor County Council", heading(caption), para(intro), table(rows))
    assert not [c for c in got.contracts if c.value_gbp]
    assert "amounts.table.signed_column.variance" in {a.rule for a in got.amounts}


def test_a_signed_uplift_beside_a_provider_column_stays_that_providers_contract():
    # A provider column says whose sums they are: an uplift written `+£` is still a payment to that provider.
    rows = [["Provider", "Service", "Uplift 2026/27"],
            ["Oakdene Care Ltd", "Home care (north)", "+£42,000"],
            ["Kestrel Support Ltd", "Home care (south)", "+£38,000"]]
    got = paper("Quenmoor County Council", heading("5. Fee uplifts for contracted providers"), table(rows))
    assert {(p, v) for _c, p, v in valued(got)} >= {("Oakdene Care Ltd", 42000), ("Kestrel Support Ltd", 38000)}


def test_one_signed_sum_among_plain_prices_leaves_the_prices_contracts():
    # A single credit in a column of plain prices is that row's reduction; the other rows are still prices.
    rows = [["Contract", "Supplier", "Annual value"],
            ["Grounds maintenance", "Verdant Grounds Ltd", "£310,000"],
            ["Window cleaning", "Clearpane Services Ltd", "£24,000"],
            ["Credit for missed visits", "Clearpane Services Ltd", "-£1,200"]]
    got = paper("Quenmoor County Council", heading("4. Facilities contracts"), table(rows))
    assert {(p, v) for _c, p, v in valued(got)} >= {("Verdant Grounds Ltd", 310000), ("Clearpane Services Ltd", 24000)}


# ---- another public body paying the paper's own body for a service: the paper's body provides it -----------------

_PARTNER = "NHS Fenbury Integrated Care Board is a partner in the scheme."
# Each paper's own meeting: a council's cabinet, a trust's board of trustees.
_MEETING = {"Fenbury County Council": "Cabinet", "Fenbury Leisure Trust": "Board of Trustees"}


@pytest.mark.parametrize("body, text, payer, value", [
    ("Fenbury County Council", "NHS Fenbury Integrated Care Board has transferred £1.4 million of discharge funding to "
     "the Council for 2026/27 to buy extra reablement hours.", "NHS Fenbury Integrated Care Board", 1400000),
    ("Fenbury County Council", "The Council receives a contribution of £220,000 a year from NHS Fenbury Integrated "
     "Care Board towards respite beds for adults with complex needs.", "NHS Fenbury Integrated Care Board", 220000),
    ("Fenbury County Council", "The ICB will contribute £95,000 a year to the Council towards the cost of the "
     "community equipment service.", "NHS Fenbury Integrated Care Board", 95000),
    ("Fenbury Leisure Trust", "Fenbury District Council pays the Trust a management fee of £860,000 for 2026/27 to "
     "run the town pool and the sports hall.", "Fenbury District Council", 860000),
])
def test_a_public_body_paying_the_papers_body_for_a_service_buys_it_from_the_papers_body(body, text, payer, value):
    got = paper(body, heading("4. Funding for the service"), para(_PARTNER), para(text), committee=_MEETING[body])
    assert (payer, body, value) in valued(got)


@pytest.mark.parametrize("body, text", [
    # A firm paying the paper's body: a surplus shared, rent, a concession fee (income, no service bought from it).
    ("Fenbury County Council", "Larchwood Golf Ltd paid the Council £8,700 from its green-fee surplus last season."),
    ("Fenbury County Council", "The Council receives £45,000 a year in rent from NHS Fenbury Integrated Care Board "
     "for the clinic rooms at Mill House."),
    # A government department's grant to the paper's body is national funding, no contract.
    ("Fenbury County Council", "The Council received £2.3m from the Ministry of Housing, Communities and Local "
     "Government towards homelessness prevention."),
])
def test_money_the_papers_body_receives_for_no_service_stays_income(body, text):
    got = paper(body, heading("4. Funding for the service"), para(_PARTNER), para(text))
    assert not [c for c in got.contracts if c.value_gbp and c.provider == body]
