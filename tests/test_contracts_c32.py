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
     [["Description", "Directorate", "Amount", "Linked to Funding"],
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
