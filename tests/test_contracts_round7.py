"""Contracts with a value of round contracts7 (tests/paraphrase/README.md): a named provider's contract priced in
a variance or budget section (in brackets, paid to the body, a management fee), spend no contract covers, levies
and pension contributions in a spend table, a pooled budget's Host column, a grant line to a class of public
bodies, a `What is bought` column, and the multi-year design decision (the Total column is the contract's value,
each year's cell a flagged part of it).  Fictional papers run through the whole extraction pipeline."""
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(authority, *blocks, title="Community Services Contracts"):
    cover = [Block("heading", authority, page=1, level=1),
             Block("paragraph", "Cabinet – 12 March 2025", page=1),
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


def amount_kinds(result):
    return {a.value_gbp: a.kind for a in result.amounts}


# ---- a named provider's contract priced in a variance section --------------------------------------------

def test_a_contract_in_brackets_after_its_provider_stays_a_contract_among_overspends():
    result = paper("Tarnby Borough Council", heading("3. Forecast outturn by directorate"),
                   para("3.1 Adult Social Care forecasts an overspend of £1.1m. The overspend is driven by the block "
                        "contract with Fernlea Care Homes Ltd for 48 nursing beds (£2.2m a year), where empty beds "
                        "are still paid for."))
    contract = valued(result)[2_200_000]
    assert contract.provider == "Fernlea Care Homes Ltd"
    assert contract.rule.endswith(".priced_in_section")
    assert amount_kinds(result)[1_100_000] == "variance"


def test_a_sum_paid_to_a_named_body_stays_a_contract_among_variances():
    result = paper("Tarnby Borough Council", heading("4. Variances"),
                   para("4.2 Temporary accommodation costs have risen: the Council now pays Quayside Lets Ltd "
                        "£365,000 a year to lease and manage 30 flats for homeless families."))
    contract = valued(result)[365_000]
    assert contract.provider == "Quayside Lets Ltd"
    assert contract.commissioner == "Tarnby Borough Council"


def test_a_management_fee_stays_a_contract_in_a_budget_section():
    result = paper("Tarnby Borough Council", heading("5. Budget position"),
                   para("5.1 Leisure income is £80k below budget while the pool is closed. The leisure operator, "
                        "Active Tarnby Trust, is paid a management fee of £540,000 a year, which is unchanged."))
    assert valued(result)[540_000].provider == "Active Tarnby Trust"
    assert 80_000 not in valued(result) and amount_kinds(result)[80_000] == "budget"


def test_a_variance_in_brackets_after_a_contract_stays_a_variance():
    result = paper("Tarnby Borough Council", heading("3. Forecast outturn by directorate"),
                   para("3.2 The overspend arises on the home care contract with Oakwell Care Ltd "
                        "(£300k over budget)."))
    assert 300_000 not in valued(result)
    assert amount_kinds(result)[300_000] == "variance"


# ---- spend no contract covers -----------------------------------------------------------------------------

def test_spend_the_clause_says_no_contract_covers_is_no_contract():
    result = paper("Kelby County Council", heading("4. Spend analysis"),
                   para("4.1 The Council spent £2.1m with suppliers where no contract was in place, against "
                        "£2.8m last year."),
                   para("4.2 Off-contract spend with agency suppliers fell to £640,000."),
                   para("4.3 £95,000 was paid to taxi firms without a contract during the year."))
    assert valued(result) == {}
    assert {2_100_000, 2_800_000, 640_000, 95_000} <= set(amount_kinds(result))


# ---- spend tables: what is bought, levies, pension contributions -------------------------------------------

SPEND_ROWS = [["Rank", "Supplier", "What is bought", "Spend"],
              ["1", "Kelby Pension Fund", "Employer pension contributions", "18,250"],
              ["2", "Ashcombe Highways Ltd", "Highways maintenance", "11,400"],
              ["3", "Kelby Fire Authority", "Fire and rescue levy", "6,900"],
              ["4", "Kelby Libraries Trust", "Library service management fee", "1,450"]]


def test_a_spend_table_keeps_bought_services_and_drops_a_levy_and_pension_contributions():
    result = paper("Kelby County Council", *table(SPEND_ROWS, "Table 1: Top suppliers by spend, 2024/25 (£000s)"),
                   title="Supplier Spend Analysis")
    contracts = valued(result)
    assert contracts[11_400_000].service == "Highways maintenance"
    assert contracts[11_400_000].provider == "Ashcombe Highways Ltd"
    assert contracts[1_450_000].provider == "Kelby Libraries Trust"
    assert 18_250_000 not in contracts and 6_900_000 not in contracts
    assert amount_kinds(result)[6_900_000] == "other"


def test_a_levy_row_is_no_contract_whatever_the_service_column_is_called():
    rows = [["Payee", "Purpose", "Amount (£)"],
            ["Marsh Valley Waste Authority", "Waste disposal levy", "4,100,000"],
            ["Greenway Grounds Ltd", "Grounds maintenance", "620,000"]]
    contracts = valued(paper("Kelby County Council", *table(rows)))
    assert 4_100_000 not in contracts
    assert contracts[620_000].provider == "Greenway Grounds Ltd"


# ---- pooled budgets: the Host column, a grant line to a class of public bodies ---------------------------

POOLED_ROWS = [["Pooled budget line", "Host", "Provider", "2025/26"],
               ["Community equipment", "Wexham County Council", "Equiploan Services Ltd", "2,900"],
               ["Intermediate care beds", "NHS Wexham ICB", "Wexham Community Health NHS Trust", "3,800"],
               ["Disabled facilities grants", "Wexham County Council", "District councils", "4,950"]]


def test_a_pooled_budget_line_is_commissioned_by_its_host():
    result = paper("NHS Wexham Integrated Care Board", *table(POOLED_ROWS, "Table 2: Pooled budget lines (£000)"),
                   title="Section 75 Agreement 2025/26")
    contracts = valued(result)
    assert contracts[2_900_000].commissioner == "Wexham County Council"
    assert contracts[2_900_000].provider == "Equiploan Services Ltd"
    assert contracts[3_800_000].provider == "Wexham Community Health NHS Trust"


def test_a_grant_line_to_a_class_of_public_bodies_is_no_contract():
    result = paper("NHS Wexham Integrated Care Board", *table(POOLED_ROWS, "Table 2: Pooled budget lines (£000)"),
                   title="Section 75 Agreement 2025/26")
    assert 4_950_000 not in valued(result)
    assert amount_kinds(result)[4_950_000] == "grant"


def test_a_hosted_by_column_names_the_commissioner_in_another_layout():
    rows = [["Budget heading", "Hosted by", "Delivered by", "Annual value (£)"],
            ["Falls response", "Harwick Borough Council", "Steadyfoot CIC", "210,000"],
            ["Grants to parish councils", "Harwick Borough Council", "Parish councils", "45,000"]]
    contracts = valued(paper("NHS Harwick ICB", *table(rows)))
    assert contracts[210_000].commissioner == "Harwick Borough Council"
    assert contracts[210_000].provider == "Steadyfoot CIC"
    assert 45_000 not in contracts


# ---- multi-year tables: each year's cell a contract, the row's Total column flagged -----------------------

def _rows_by_value(result):
    return {(c.value_gbp, c.fiscal_year): c for c in result.contracts if c.value_gbp is not None}


def test_year_columns_and_a_total_column_give_one_contract_per_year():
    rows = [["Organisation", "Service", "2025/26", "2026/27", "2027/28", "Total"],
            ["Holmby Citizens Advice", "Benefits advice", "£150,000", "£150,000", "£150,000", "£450,000"],
            ["Larkrise Carers Network", "Carers' breaks", "£200,000", "£210,000", "£220,000", "£630,000"]]
    result = paper("Holmby County Council", *table(rows))
    counted = [c for c in result.contracts if not c.is_total]
    assert sorted(c.value_gbp for c in counted) == [150_000] * 3 + [200_000, 210_000, 220_000]
    year = _rows_by_value(result)[(210_000, "2026/27")]
    assert (year.provider, year.period) == ("Larkrise Carers Network", "annual")
    assert year.rule.endswith(".year")
    total = _rows_by_value(result)[(630_000, None)]
    assert total.is_total and total.period == "total" and total.rule.endswith(".row_total")


def test_year_columns_under_a_unit_in_the_caption_with_the_total_first():
    rows = [["Provider", "Total", "2024-25", "2025-26"],
            ["Brookside Home Care Ltd", "2,600", "1,250", "1,350"]]
    result = paper("Holmby County Council", *table(rows, "Table 3: Home care payments (£000s)"))
    counted = sorted((c.value_gbp, c.period) for c in result.contracts if not c.is_total)
    assert counted == [(1_250_000, "annual"), (1_350_000, "annual")]
    assert [c.value_gbp for c in result.contracts if c.is_total] == [2_600_000]


def test_year_columns_without_a_total_column_are_each_an_annual_contract():
    rows = [["Supplier", "What is bought", "2025/26", "2026/27"],
            ["Clearway Transport Ltd", "Home to school transport", "£410,000", "£425,000"]]
    result = paper("Holmby County Council", *table(rows))
    counted = sorted((c.value_gbp, c.fiscal_year, c.period) for c in result.contracts if not c.is_total)
    assert counted == [(410_000, "2025/26", "annual"), (425_000, "2026/27", "annual")]


def test_a_total_row_under_year_columns_stays_a_total():
    rows = [["Provider", "2025/26", "2026/27", "Total"],
            ["Ridgeway Therapies CIC", "£60,000", "£62,000", "£122,000"],
            ["Total", "£60,000", "£62,000", "£122,000"]]
    result = paper("Holmby County Council", *table(rows))
    counted = [c for c in result.contracts if not c.is_total]
    assert sorted((c.provider, c.value_gbp) for c in counted) == [("Ridgeway Therapies CIC", 60_000),
                                                                  ("Ridgeway Therapies CIC", 62_000)]


# ---- one rule for a line's fields, one for names joined in a list -------------------------------------------

def test_labelled_and_unlabelled_lines_break_their_fields_by_one_rule():
    from committee_papers.extract.contract_records import field_breaks
    labelled, register = field_breaks(labelled=True), field_breaks(labelled=False)
    assert labelled.split("Direction to: NHS Holmby; Service: Reablement | Budget allocated: £2.1m") == \
        ["Direction to: NHS Holmby", "Service: Reablement", "Budget allocated: £2.1m"]
    assert labelled.split("Provider: Kelso Ltd. Value: £1.2m – Expiry: 31 March 2026") == \
        ["Provider: Kelso Ltd", "Value: £1.2m", "Expiry: 31 March 2026"]
    assert register.split("Hospice care — St. Luke's Hospice; three years; £1.2m over the term") == \
        ["Hospice care", "St. Luke's Hospice", "three years", "£1.2m over the term"]
    assert register.split("Reviewed: A Ltd; B Ltd") == ["Reviewed", "A Ltd", "B Ltd"]


def test_a_semicolon_joins_names_only_in_a_list_opened_by_a_colon():
    from committee_papers.extract.contract_roles import COORDINATION, _LIST_GAP
    for gap in (", ", " and ", ", and the ", " / ", " & "):
        assert COORDINATION.fullmatch(gap) and _LIST_GAP.fullmatch(gap)
    for gap in ("; ", "; and "):
        assert _LIST_GAP.fullmatch(gap) and not COORDINATION.fullmatch(gap)
    assert not COORDINATION.fullmatch(" with ") and not _LIST_GAP.fullmatch(" with ")


def test_a_service_that_sounds_like_a_grant_or_budget_stays_a_named_providers_contract():
    rows = [["Provider", "Service", "Annual value (£)"],
            ["Brightways Parenting", "Parenting programmes", "135,000"],
            ["Sandmere Imaging LLP", "Ultrasound (additional capacity)", "860,000"],
            ["Kindle Youth Trust", "Holiday activities scheme", "42,000"]]
    contracts = valued(paper("Harnley Borough Council", *table(rows)))
    assert contracts[135_000].provider == "Brightways Parenting"
    assert contracts[860_000].provider == "Sandmere Imaging LLP"
    assert contracts[42_000].provider == "Kindle Youth Trust"


# ---- a sum in brackets prices the name it follows ----------------------------------------------------------

def _providers_by_value(*sentences):
    result = paper("Tarnby Borough Council", heading("3. Current contracts"), *[para(s) for s in sentences])
    return {value: c.provider for value, c in valued(result).items()}


def test_each_bracketed_sum_prices_the_provider_it_follows():
    assert _providers_by_value("3.1 The Council's contracts with Oakmere Care Ltd (£1.2m a year) and Birchley Homes "
                               "Ltd (£800k a year) end in March 2026.") == \
        {1_200_000: "Oakmere Care Ltd", 800_000: "Birchley Homes Ltd"}


def test_bracketed_sums_in_a_list_of_subcontractors():
    assert _providers_by_value("3.2 Diagnostics are subcontracted to Clearlake Imaging Ltd (£640,000), Pathway Labs "
                               "LLP (£310,000) and Sunmere Physio CIC (£95,000).") == \
        {640_000: "Clearlake Imaging Ltd", 310_000: "Pathway Labs LLP", 95_000: "Sunmere Physio CIC"}


def test_bracketed_sums_in_an_apposition_before_the_verb():
    assert _providers_by_value("3.3 Three providers, Harbourne Care Ltd (£2.2m), Lindley Homes Ltd (£1.9m) and Oak "
                               "Hollow Care Ltd (£1.1m), hold the residential care contracts.") == \
        {2_200_000: "Harbourne Care Ltd", 1_900_000: "Lindley Homes Ltd", 1_100_000: "Oak Hollow Care Ltd"}
