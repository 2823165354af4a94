"""cp_contracts on fictional papers: tables, prose, amounts that are not contracts, repeats.

Papers are built as document-model blocks (what any reader emits) and run
through the whole extraction pipeline, so organisations and the publishing
authority come from the real components.
"""
import re

import pytest

import committee_papers.extract.dates as date_finder
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_DATE_RE = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)


class _DateMention:
    def __init__(self, start, end, iso, text):
        self.start, self.end, self.iso, self.text = start, end, iso, text


def _stand_in_find_dates(text):
    found = []
    for m in _DATE_RE.finditer(text):
        month = MONTHS.index(m.group(2).lower()) + 1
        iso = f"{m.group(3)}-{month:02d}" + (f"-{int(m.group(1)):02d}" if m.group(1) else "")
        found.append(_DateMention(m.start(), m.end(), iso, m.group(0)))
    return found


@pytest.fixture(autouse=True)
def dates_module(monkeypatch):
    """Use extract.dates.find_dates when it exists; a tiny stand-in until it lands."""
    if not hasattr(date_finder, "find_dates"):
        monkeypatch.setattr(date_finder, "find_dates", _stand_in_find_dates, raising=False)


COVER = [Block("heading", "Wessex County Council", page=1, level=1),
         Block("paragraph", "Cabinet – 12 March 2024", page=1),
         Block("heading", "Children's Therapies: Commissioning Arrangements", page=1, level=1)]


def run(*blocks):
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=list(COVER) + list(blocks))
    return extract(document.passages(), {}, document.filename)


def para(text, page=2):
    return Block("paragraph", text, page=page)


def table(rows, header=True, page=3):
    return Block("table", rows=rows, header_rows=1 if header else 0, page=page)


def by_value(extraction):
    return {c.value_gbp: c for c in extraction.contracts if c.value_gbp is not None}


ICBS = para("1.1 North Wessex Integrated Care Board (NWICB), South Wessex Integrated Care Board (SWICB) "
            "and Wessex County Council (WCC) jointly fund children's therapies.")
PROVIDER_STATEMENT = para("1.3 All contracts are currently provided by Wessex Community Health NHS Trust (WCHT).")
PIVOT = table([
    ["", "Speech and Language Therapy", "Occupational Therapy"],
    ["NWICB", "£1,200,000 Block contract", "£480,500 Block contract"],
    ["SWICB", "£990,000 Block contract", "£310,250 Block contract"],
    ["WCC", "£1,105,000 Contract until March 2025", "£402,000 Contract until March 2025"],
    ["Total Value", "£3,295,000", "£1,192,750"],
])


# -- tables -------------------------------------------------------------------

def test_pivot_table_rows_are_commissioners_and_columns_services():
    result = run(ICBS, para("1.2 The table below sets out the current contracts."), PIVOT, PROVIDER_STATEMENT)
    rows = by_value(result)
    assert len([c for c in result.contracts if not c.is_total]) == 6
    slt = rows[1_200_000]
    assert slt.commissioner == "North Wessex Integrated Care Board"
    assert slt.provider == "Wessex Community Health NHS Trust"
    assert slt.service == "Speech and Language Therapy"
    assert slt.contract_type == "block"
    assert slt.status == "current"
    assert rows[310_250].commissioner == "South Wessex Integrated Care Board"
    assert rows[310_250].service == "Occupational Therapy"
    council = rows[402_000]
    assert council.commissioner == "Wessex County Council"
    assert council.end_date == "2025-03"
    assert council.contract_type is None
    assert council.quote.startswith("WCC | Speech and Language Therapy: £1,105,000")


def test_pivot_table_whose_header_row_was_not_marked():
    unmarked = Block("table", rows=PIVOT.rows, header_rows=0, page=3)
    rows = by_value(run(ICBS, unmarked, PROVIDER_STATEMENT))
    assert rows[480_500].service == "Occupational Therapy"
    assert rows[480_500].commissioner == "North Wessex Integrated Care Board"


def test_pivot_totals_are_flagged_and_have_no_parties():
    result = run(ICBS, PIVOT, PROVIDER_STATEMENT)
    totals = [c for c in result.contracts if c.is_total]
    assert sorted(c.value_gbp for c in totals) == [1_192_750, 3_295_000]
    assert all(c.commissioner is None and c.provider is None for c in totals)


def test_table_without_provider_and_no_statement_leaves_provider_empty():
    result = run(ICBS, PIVOT)
    assert by_value(result)[1_200_000].provider is None


def test_provider_comes_from_the_nearest_statement():
    other = para("9.1 Brightside Therapies CIC is the current provider of the parent support line.", page=9)
    result = run(ICBS, PIVOT, PROVIDER_STATEMENT, *[para(f"{n}. Filler paragraph.") for n in range(5, 12)], other)
    assert by_value(result)[990_000].provider == "Wessex Community Health NHS Trust"


def test_pivot_column_takes_the_provider_the_paper_names_for_that_service():
    rows = [["", "Community equipment (ICES)", "Integrated reablement"],
            ["WCC", "£2,450,000", "£3,450,000"],
            ["NWICB", "£1,760,000", "£2,140,000"]]
    result = run(ICBS,
                 para("2.1 The ICES is provided by Stourvale Equipment Services Ltd under a contract let by WCC."),
                 para("2.2 The integrated reablement service is delivered by Wessex Community Health NHS Trust."),
                 table(rows))
    values = by_value(result)
    assert values[2_450_000].provider == values[1_760_000].provider == "Stourvale Equipment Services Ltd"
    assert values[3_450_000].provider == values[2_140_000].provider == "Wessex Community Health NHS Trust"


def test_a_statement_for_all_services_in_a_table_beats_a_nearer_one_about_another_service():
    rows = [["Service", "Commissioner", "Annual value"],
            ["Health visiting", "Council", "£9.6m"],
            ["Family Nurse Partnership", "Council", "£544,000"]]
    result = run(para("4. All services in Table 1 are provided by Wessex Community Health NHS Trust."),
                 *[para(f"{n}. Filler paragraph.") for n in range(5, 9)], table(rows),
                 para("9. CAMHS are commissioned from Avonford Partnership NHS Foundation Trust."))
    assert by_value(result)[544_000].provider == "Wessex Community Health NHS Trust"
    # Without such a statement the nearest one still stands.
    result = run(para("4. Health visiting is delivered by Wessex Community Health NHS Trust."),
                 *[para(f"{n}. Filler paragraph.") for n in range(5, 9)], table(rows),
                 para("9. CAMHS are commissioned from Avonford Partnership NHS Foundation Trust."))
    assert by_value(result)[9_600_000].provider == "Wessex Community Health NHS Trust"
    assert by_value(result)[544_000].provider == "Avonford Partnership NHS Foundation Trust"


def test_bare_figures_under_a_unit_in_the_header_are_sums():
    rows = [["Provider", "Service", "Contract value (£k)", "Contract end"],
            ["Egdon Care Ltd", "Wheelchair services", "1,150", "31 March 2024"],
            ["Northfield Hospice", "Palliative care at home", "845", "31 March 2024"],
            ["Total", "", "1,995", ""]]
    result = run(table(rows, header=False))
    values = by_value(result)
    assert values[1_150_000].provider == "Egdon Care Ltd"
    assert values[845_000].provider == "Northfield Hospice"
    assert values[1_995_000].is_total


def test_a_unit_in_the_caption_of_a_pooled_budget_pivot():
    rows = [["", "Community equipment (ICES)", "Integrated reablement"],
            ["WCC", "2,450,000", "3,450,000"],
            ["NWICB", "1,760,000", "2,140,000"]]
    caption = Block("heading", "Table 2: Section 75 pooled budget contributions 2021/22 (£)", page=3, level=3)
    result = run(ICBS,
                 para("2.1 The ICES is provided by Stourvale Equipment Services Ltd under a contract let by WCC."),
                 para("2.2 The integrated reablement service is delivered by Wessex Community Health NHS Trust."),
                 caption, table(rows))
    values = by_value(result)
    assert values[1_760_000].provider == "Stourvale Equipment Services Ltd"
    assert values[1_760_000].commissioner == "North Wessex Integrated Care Board"
    assert values[2_140_000].provider == "Wessex Community Health NHS Trust"


def test_a_partner_by_service_pivot_with_a_total_column_takes_providers_from_a_service_table():
    # The caption is a paragraph right above the header row; `Partner` heads the first column and
    # the only column named like a value is the `Total` that adds up each row.
    rows = [["Partner", "Community equipment", "Integrated reablement", "Total"],
            ["WCC", "2,450,000", "3,450,000", "5,900,000"],
            ["NWICB", "1,760,000", "2,140,000", "3,900,000"],
            ["Total", "4,210,000", "5,590,000", "9,800,000"]]
    services = [["Service", "Provider", "Notes"],
                ["Community equipment", "Stourvale Equipment Services Ltd", "Lead commissioner: WCC"],
                ["Integrated reablement", "Wessex Community Health NHS Trust", "Block contract to March 2026"]]
    result = run(ICBS, para("Table 1: Pooled fund contributions by partner, 2021/22 (£)"), table(rows),
                 para("2.3 The services are provided as follows."), table(services))
    values = by_value(result)
    assert values[1_760_000].commissioner == "North Wessex Integrated Care Board"
    assert values[1_760_000].provider == values[2_450_000].provider == "Stourvale Equipment Services Ltd"
    assert values[2_140_000].provider == "Wessex Community Health NHS Trust"
    assert values[3_450_000].service == "Integrated reablement"
    # Row totals, column totals and the grand total are all flagged.
    assert {v for v, c in values.items() if c.is_total} == {5_900_000, 3_900_000, 4_210_000, 5_590_000, 9_800_000}


def test_a_scores_table_with_a_price_column_names_the_papers_service_not_the_column():
    # Only the named bidder's row is an organisation; the column header says what the sum is.
    rows = [["Bidder", "Quality (60%)", "Price (40%)", "Tendered price (5 years)"],
            ["Brightside Therapies CIC", "52.8", "38.5", "£3,600,000"],
            ["Bidder B", "47.4", "40.0", "£3,465,000"]]
    result = run(table(rows))
    values = by_value(result)
    assert values[3_600_000].provider == "Brightside Therapies CIC"
    # The paper's subject (its title `Children's Therapies: Commissioning Arrangements` less the part
    # that only says what is done), not 'Tendered price (5 years)'.
    assert values[3_600_000].service == "Children's Therapies"
    assert 3_465_000 not in values


def test_a_note_that_the_values_are_annual_gives_the_table_rows_their_period():
    rows = [["Provider", "Service", "Contract value (£k)", "Contract end"],
            ["Egdon Care Ltd", "Wheelchair services", "1,150", "31 March 2024"],
            ["Northfield Hospice", "Palliative care at home", "845", "31 March 2024"],
            ["Total", "", "1,995", ""]]
    result = run(para("3.1 The contracts in place are listed below; values are annual."), table(rows))
    assert by_value(result)[1_150_000].period == "annual"
    result = run(table(rows), para("Values are annual and exclude VAT."))
    assert by_value(result)[1_150_000].period == "annual"
    result = run(para("3.1 The contracts in place are listed below."), table(rows))
    assert by_value(result)[1_150_000].period == "total"  # from the 'Contract value' header, as before


def test_bare_figures_are_not_contracts_without_a_unit_or_in_a_budget_table():
    rows = [["Provider", "Service", "Contract value", "Contract end"],
            ["Egdon Care Ltd", "Wheelchair services", "1,150", "31 March 2024"]]
    assert by_value(run(table(rows))) == {}
    # Figures under a unit, but the columns are budget lines with no provider the paper names.
    rows = [["Project", "Budget £000s", "Forecast outturn £000s"],
            ["Cycle route", "271", "236"],
            ["Bus shelters", "550", "564"]]
    assert by_value(run(para("1.1 Bus shelters are delivered by Egdon Care Ltd."), table(rows))) == {}
    rows = [["", "Allocation 2025/26 (£m)", "Revised allocation (£m)"],
            ["WCC", "162.36", "163.52"]]
    assert by_value(run(ICBS, table(rows))) == {}


def test_pivot_with_commissioners_across_the_top():
    rows = [["Service", "NWICB", "WCC"],
            ["Speech and Language Therapy", "£1,200,000", "£1,105,000"],
            ["Occupational Therapy", "£480,500", "£402,000"]]
    result = run(ICBS, table(rows), PROVIDER_STATEMENT)
    values = by_value(result)
    assert len(values) == 4
    assert values[480_500].commissioner == "North Wessex Integrated Care Board"
    assert values[480_500].service == "Occupational Therapy"
    assert values[1_105_000].commissioner == "Wessex County Council"
    assert values[1_105_000].provider == "Wessex Community Health NHS Trust"


def test_pivot_with_providers_down_the_side_is_commissioned_by_the_authority():
    rows = [["", "Parent support", "Speech therapy"],
            ["Brightside Therapies CIC", "£60,000", ""],
            ["Wessex Community Health NHS Trust", "", "£1,200,000"]]
    values = by_value(run(table(rows)))
    assert (values[60_000].commissioner, values[60_000].provider) == ("Wessex County Council",
                                                                      "Brightside Therapies CIC")
    assert values[1_200_000].provider == "Wessex Community Health NHS Trust"
    assert values[1_200_000].service == "Speech therapy"


def test_column_table_with_named_columns():
    rows = [
        ["Service", "Commissioner", "Provider", "Contract arrangements", "Annual value", "End date"],
        ["Parent support line", "Wessex County Council", "Brightside Therapies CIC", "Grant", "£55k",
         "31 March 2026"],
        ["Community nursing", "North Wessex Integrated Care Board", "Wessex Community Health NHS Trust",
         "Block contract", "c£4.8m", "30 September 2027"],
        ["Total", "", "", "", "£4,855,000", ""],
    ]
    result = run(ICBS, table(rows))
    values = by_value(result)
    line = values[55_000]
    assert (line.commissioner, line.provider) == ("Wessex County Council", "Brightside Therapies CIC")
    assert line.service == "Parent support line"
    assert line.contract_type == "grant"
    assert line.period == "annual"
    assert line.end_date == "2026-03-31"
    nursing = values[4_800_000]
    assert nursing.approximate and nursing.value_text == "c£4.8m"
    assert nursing.provider == "Wessex Community Health NHS Trust"
    assert nursing.contract_type == "block"
    assert values[4_855_000].is_total


def test_column_table_with_a_value_per_financial_year():
    rows = [["Provider", "2023/24", "2024/25"],
            ["Brightside Therapies CIC", "£40,000", "£42,500"]]
    result = run(table(rows))
    years = {c.fiscal_year: c for c in result.contracts}
    assert sorted(years) == ["2023/24", "2024/25"]
    assert years["2024/25"].value_gbp == 42_500
    assert years["2024/25"].provider == "Brightside Therapies CIC"
    assert years["2024/25"].commissioner == "Wessex County Council"


def test_table_of_contract_values_by_site_takes_the_provider_from_the_paper():
    rows = [["Centre", "Area", "Contract End Date", "Contract value per Annum"],
            ["Harbourside", "Portwich", "31 March 2025", "£212,400.50"],
            ["Meadowbank", "Eastleigh Vale", "31 March 2025", "£198,000.00"],
            ["Totals", "", "", "£410,400.50"]]
    statement = para("2.1 Both family centres are run under contract by Brightside Therapies CIC.")
    result = run(statement, table(rows))
    values = by_value(result)
    harbourside = values[212_400.50]
    assert harbourside.service == "Harbourside"
    assert harbourside.provider == "Brightside Therapies CIC"
    assert harbourside.period == "annual"
    assert harbourside.end_date == "2025-03-31"
    assert values[410_400.50].is_total


def test_column_table_budget_column_is_an_amount_not_a_contract():
    rows = [["Service", "Budget 2024/25"], ["Parent support line", "£120,000"]]
    result = run(table(rows))
    assert result.contracts == []
    assert [(a.kind, a.value_gbp) for a in result.amounts] == [("budget", 120_000)]


def test_fiscal_year_columns_with_a_total_column():
    rows = [["Organisation", "2026/27", "2027/28", "Total"],
            ["Brightside Therapies CIC", "£40,000", "£0", "£40,000"],
            ["Wessex Fire and Rescue Service", "£25,000", "£35,500", "£60,500"]]
    result = run(table(rows))
    cells = [(c.provider, c.fiscal_year, c.value_gbp, c.period, c.is_total) for c in result.contracts]
    # £0 is no contract; the Total column sums the row, so it is flagged and spend is not counted twice.
    assert ("Brightside Therapies CIC", "2026/27", 40_000, "annual", False) in cells
    assert not [c for c in cells if c[2] == 0]
    assert ("Brightside Therapies CIC", None, 40_000, "total", True) in cells
    assert ("Wessex Fire and Rescue Service", "2027/28", 35_500, "annual", False) in cells
    assert sum(c[2] for c in cells if not c[4]) == 40_000 + 25_000 + 35_500


def test_row_labels_are_the_providers_the_paper_lists():
    statement = para("1.1 The Council commissions two providers to deliver Family Centre services: "
                     "Harbourside Family Centre in Portwich and Meadowbank Family Centre on the Isle of Vale.")
    rows = [["Centre", "Area", "Contract End Date", "Contract value per Annum"],
            ["Harbourside", "Portwich", "31 March 2025", "£212,400.50"],
            ["Meadowbank", "Eastleigh Vale", "31 March 2025", "£198,000.00"],
            ["Totals", "", "", "£410,400.50"]]
    result = run(statement, table(rows))
    values = by_value(result)
    assert values[212_400.50].provider == "Harbourside Family Centre"
    assert values[198_000].provider == "Meadowbank Family Centre"
    assert values[198_000].service == "Family Centre services"
    assert {c.provider for c in result.contracts if not c.is_total} == {"Harbourside Family Centre",
                                                                        "Meadowbank Family Centre"}


@pytest.mark.parametrize("header", ["Provider", "Supplier", "Delivered by"])
def test_a_provider_columns_cells_are_organisations_whatever_their_names(header):
    rows = [[header, "Area", "Contract value per Annum"],
            ["Harbourside", "Portwich", "£212,400.50"],
            ["Brightside Therapies CIC", "Eastleigh Vale", "£198,000.00"],
            ["TBC", "Northcombe", "£150,000.00"],
            ["Community pharmacies", "County-wide", "£96,000.00"],
            ["GP practices (23 practices)", "County-wide", "£310,000.00"]]
    values = by_value(run(table(rows)))
    assert values[96_000].provider is None and values[310_000].provider is None
    assert values[212_400.50].provider == "Harbourside"
    assert values[198_000].provider == "Brightside Therapies CIC"
    assert values[150_000].provider is None


@pytest.mark.parametrize("heading", ["Cladding Remediation Funding Allocation", "Budget allocations to districts",
                                     "Funding allocation by partner 2026/27"])
def test_a_table_of_allocations_to_bodies_is_not_contracts(heading):
    rows = [["Organisation", "2026/27", "2027/28", "Total"],
            ["Wessex County Council", "£51,000", "£125,000", "£176,000"],
            ["Wessex Fire and Rescue Service", "£381,000", "£260,000", "£641,000"]]
    result = run(Block("heading", heading, page=3, level=2), table(rows))
    assert [c for c in result.contracts if c.value_gbp] == []
    assert len([a for a in result.amounts if a.kind in ("budget", "grant")]) == 6


def test_a_table_listing_files_is_not_a_contract_table():
    rows = [["File", "Authority", "Doc type", "£"],
            ["wessex_2024_cabinet-report.pdf", "Wessex County Council", "Contract award report", "Y (values £120k)"],
            ["wessex_2024_minutes.pdf", "Wessex County Council", "Minutes", "N"]]
    assert run(table(rows)).contracts == []


def test_a_note_in_a_value_column_is_not_a_value():
    rows = [["Service", "Provider", "Contract value"],
            ["Carers support", "Brightside Therapies CIC", "See note (was £120k before the savings)"]]
    assert [c for c in run(table(rows)).contracts if c.value_gbp] == []


def test_a_table_under_a_savings_heading_lists_budget_lines():
    rows = [["Contract", "Provider", "Value"], ["Day opportunities", "Brightside Therapies CIC", "£75,000"]]
    result = run(Block("heading", "4a | Adult Social Care Savings", page=3, level=2), table(rows))
    assert result.contracts == []
    assert [a.kind for a in result.amounts] == ["saving"]


def test_a_contract_term_stated_without_value_or_provider():
    result = run(para("2. In 2023 the Council re-tendered the cycle hire concession contract. This service was defined "
                      "as the Wessex Cycle Hire Service (WCHS). The contract commenced on 3rd April 2023."),
                 para("3. The current WCHS contract expires on 2 April 2027 and cannot be extended beyond its term."))
    [contract] = result.contracts
    assert (contract.commissioner, contract.provider, contract.value_gbp) == ("Wessex County Council", None, None)
    assert contract.service == "Wessex Cycle Hire Service"
    assert (contract.start_date, contract.end_date) == ("2023-04-03", "2027-04-02")
    assert contract.contract_type == "concession"
    assert contract.status == "current"


def test_headings_that_are_table_debris_or_budget_sections_name_no_service():
    from committee_papers.extract.contracts import useful_heading
    assert useful_heading("a | Adult Social Care Savings") is None
    assert useful_heading("Recharges 278") is None
    assert useful_heading("36. LIMITATION OF LIABILITY") is None
    assert useful_heading("Community Equipment Service") == "Community Equipment Service"


def test_table_with_no_money_gives_no_contracts():
    rows = [["Milestone", "Date"], ["Award contract", "May 2024"], ["Mobilise", "September 2024"]]
    assert run(ICBS, table(rows)).contracts == []


# -- prose --------------------------------------------------------------------

def test_commissions_from_with_a_value():
    result = run(para("2.1 North Wessex Integrated Care Board commissions community nursing from Wessex "
                      "Community Health NHS Trust with a total value of approximately £41m."))
    (contract,) = result.contracts
    assert contract.commissioner == "North Wessex Integrated Care Board"
    assert contract.provider == "Wessex Community Health NHS Trust"
    assert contract.service == "community nursing"
    assert contract.value_gbp == 41_000_000
    assert contract.approximate
    assert contract.value_text == "approximately £41m"


JOINT = [
    para("2.1 The Community Speech Therapy (CST) service is jointly commissioned by the Council and North "
         "Wessex Integrated Care Board (NWICB) through a pooled budget."),
    para("2.2 The CST Service is currently delivered under a block contract agreement by Wessex Community "
         "Health NHS Trust (WCHT). The current contract expires on 31st March 2025."),
    para("2.3 The overall cost of CST services in 2023/24 is £820,000 per annum, with the Council contributing "
         "£400,000 towards the service and the ICB contributing £420,000 per annum."),
]


def test_contributions_give_a_total_and_one_row_per_contributor():
    result = run(*JOINT)
    values = by_value(result)
    assert sorted(values) == [400_000, 420_000, 820_000]
    assert values[400_000].commissioner == "Wessex County Council"
    assert values[420_000].commissioner == "North Wessex Integrated Care Board"
    assert values[820_000].commissioner in ("Wessex County Council", "North Wessex Integrated Care Board")
    for row in values.values():
        assert row.provider == "Wessex Community Health NHS Trust"
        assert row.contract_type == "block"
        assert row.period == "annual"
        assert row.fiscal_year == "2023/24"
        assert not row.is_total
    assert values[820_000].service == "Community Speech Therapy services"
    # The end date is in the provider's statement, not in the sentence with the sums.
    assert values[820_000].end_date == "2025-03-31"


def test_a_pooled_fund_and_the_partners_contributions_to_it_are_amounts_not_contracts():
    result = run(ICBS,
                 para("2.1 The ICES is provided by Stourvale Equipment Services Ltd under a contract let by WCC."),
                 para("2.2 The Council hosts the pooled fund, which totals £8,435,000 in 2024/25."),
                 para("2.3 The total pooled budget for 2024/25 is £9.8m, with WCC contributing £5.9m and "
                      "NWICB £3.9m."))
    pooled = {8_435_000, 9_800_000, 5_900_000, 3_900_000}
    assert not [c for c in result.contracts if c.value_gbp in pooled]
    assert {a.value_gbp for a in result.amounts if a.kind == "pooled"} == pooled


def test_shares_of_a_service_paid_by_named_bodies_are_one_row_per_body():
    result = run(para("2.4 The carers' support service is commissioned jointly with North Wessex Integrated Care "
                      "Board from Brightside Therapies CIC. The ICB's share of the cost is £90,000 a year and the "
                      "Council's share is £60,000 a year."))
    values = by_value(result)
    assert sorted(values) == [60_000, 90_000]
    assert values[90_000].commissioner == "North Wessex Integrated Care Board"
    assert values[60_000].commissioner == "Wessex County Council"
    assert {row.provider for row in values.values()} == {"Brightside Therapies CIC"}
    # Shares said of nothing commissioned from a provider stay amounts.
    result = run(para("6.2 The ICB's share of the deficit is £90,000 and the Council's share is £60,000."))
    assert [c for c in result.contracts if c.value_gbp is not None] == []


def test_a_grant_a_provider_receives_from_the_papers_body_is_a_funding_line():
    result = run(para("2.3 The crisis café is run by Brightside Therapies CIC, which receives a grant of £185,000 "
                      "a year from the Council until 31 March 2025."))
    (line,) = [c for c in result.contracts if c.value_gbp is not None]
    assert (line.commissioner, line.provider, line.value_gbp) == (
        "Wessex County Council", "Brightside Therapies CIC", 185_000)
    assert line.end_date == "2025-03-31"
    # A grant the paper's body receives from government stays income.
    result = run(para("2.4 The Council receives a grant of £2m from the Department for Education for the "
                      "commissioned service."))
    assert [c for c in result.contracts if c.value_gbp is not None] == []


def test_the_cost_of_extending_a_named_providers_contract_is_its_value():
    result = run(para("4.1 Equipment: the contract with Brightside Therapies CIC includes an option to extend for a "
                      "further 12 months. Performance has improved and the Committee is asked to approve the "
                      "extension to 31 March 2026, at an estimated cost of £640,000 for the extension year."))
    (line,) = [c for c in result.contracts if c.value_gbp is not None]
    assert (line.commissioner, line.provider, line.value_gbp) == (
        "Wessex County Council", "Brightside Therapies CIC", 640_000)
    assert line.end_date == "2026-03-31"
    # An extension of a building is no contract.
    result = run(para("4.2 The extension to the library will cost £640,000."))
    assert [c for c in result.contracts if c.value_gbp is not None] == []


def test_spot_purchases_from_providers_mainly_one_named_go_to_that_provider():
    result = run(para("8. Sensory assessments are spot purchased by North Wessex Integrated Care Board from "
                      "independent providers, mainly Brightside Therapies CIC, at an average cost of £1,850 per "
                      "assessment."))
    # A price per assessment is a unit rate, not a contract value: the relation stands without it.
    assert [c for c in result.contracts if c.value_gbp is not None] == []
    assert [a.kind for a in result.amounts] == ["rate"]
    (line,) = result.contracts
    assert (line.commissioner, line.provider) == ("North Wessex Integrated Care Board", "Brightside Therapies CIC")


def test_the_body_a_provider_has_its_contract_with_commissions():
    result = run(para("1.1 Wessex Community Health NHS Trust (the Trust) provides community services under an NHS "
                      "Standard Contract with North Wessex Integrated Care Board, worth £96.2m in 2024/25."))
    row = by_value(result)[96_200_000]
    assert (row.commissioner, row.provider) == ("North Wessex Integrated Care Board",
                                                "Wessex Community Health NHS Trust")
    # A body that provides funding is no provider.
    result = run(para("2.1 North Wessex Integrated Care Board provides funding of £40,000 under a contract with "
                      "Brightside Therapies CIC."))
    row = by_value(result)[40_000]
    assert (row.commissioner, row.provider) == ("North Wessex Integrated Care Board", "Brightside Therapies CIC")


def test_an_option_to_extend_is_a_term_not_an_extension_and_a_sum_over_years_is_the_whole_term():
    result = run(para("3.2 The contract with Brightside Therapies CIC will be worth £3.6m over five years, with an "
                      "option to extend for two further years."))
    assert by_value(result)[3_600_000].status == "proposed"
    assert by_value(result)[3_600_000].period == "total"  # over five years: the whole term
    result = run(para("3.3 The contract with Egdon Care Ltd, worth £1.2m a year, was extended using the extension "
                      "option."))
    assert by_value(result)[1_200_000].status == "extended"


def test_a_funding_pot_named_a_grant_is_not_the_contracts_type():
    result = run(para("6.1 The annual budget for the service is £750,000 within the public health grant. The new "
                      "contract with Brightside Therapies CIC costs £720,000 a year."))
    assert by_value(result)[720_000].contract_type is None
    result = run(para("6.2 The Council will pay a grant of £45,000 to Brightside Therapies CIC."))
    assert by_value(result)[45_000].contract_type == "grant"


def test_the_body_whose_contract_it_is_commissions():
    result = run(para("6. The service sits within North Wessex Integrated Care Board's contract with Brightside "
                      "Therapies CIC, which is a rolling contract, and the Council contributes towards its cost."))
    assert [(c.commissioner, c.provider) for c in result.contracts] == [
        ("North Wessex Integrated Care Board", "Brightside Therapies CIC")]


def test_the_trust_in_a_paper_naming_two_trusts_is_the_one_named_last_before_it():
    result = run(
        para("4. Speech therapy is provided by Wessex Community Health NHS Trust (WCHT)."),
        para("5. Speech therapy is funded jointly. It sits within the ICB's contract with the Trust, which is a "
             "rolling contract renewed each year."),
        para("6. Mental health services are commissioned by the ICB from Lyme Partnership NHS Foundation Trust "
             "(LPFT) under the NHS Standard Contract."),
        para("7. WCHT and LPFT both report to the ICB. North Wessex Integrated Care Board (the ICB) meets monthly."))
    pairs = {(c.commissioner, c.provider) for c in result.contracts}
    assert ("North Wessex Integrated Care Board", "Wessex Community Health NHS Trust") in pairs
    # With no trust named before it, `the Trust` stays nobody (the two trusts that `provide services` in the
    # later sentence are providers of their own, round money3's plural providing verbs).
    result = run(para("5. It sits within the ICB's contract with the Trust, which is a rolling contract."),
                 para("6. Wessex Community Health NHS Trust and Lyme Partnership NHS Foundation Trust provide "
                      "services. North Wessex Integrated Care Board (the ICB) meets monthly."))
    assert all(c.provider is None for c in result.contracts if "with the Trust" in c.quote)


def test_a_sentence_naming_no_service_takes_the_service_the_title_names():
    blocks = [Block("heading", "Wessex County Council", page=1, level=1),
              Block("paragraph", "Cabinet – 12 March 2024", page=1),
              Block("heading", "Carers' Support Services – Contract Extension", page=1, level=1),
              Block("heading", "3. Current position", page=2, level=2),
              para("3.1 The contract is worth £410,000 a year and is delivered by Brightside Therapies CIC.")]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    result = extract(document.passages(), {}, document.filename)
    assert result.title == "Carers' Support Services – Contract Extension"
    (line,) = [c for c in result.contracts if c.value_gbp is not None]
    # The part of the title that names a service, not the part that says what is done about it.
    assert line.service == "Carers' Support Services"


def test_a_sum_said_of_the_contracts_in_a_table_is_their_total():
    result = run(para("1.1 Around £1.5 million a year funds therapy services through the contracts listed in "
                      "Table 1, which are reviewed each year."))
    (line,) = [c for c in result.contracts if c.value_gbp is not None]
    assert line.is_total and line.provider is None


def test_a_sum_naming_no_provider_goes_to_the_provider_said_to_run_every_service_in_the_table():
    result = run(
        para("4. All services in Table 1 are provided by Wessex Community Health NHS Trust (WCHT)."),
        table([["Service", "Annual value"], ["Health visiting", "£9.6m"], ["School nursing", "£5.1m"],
               ["Family nurses", "£0.5m"], ["Breastfeeding support", "£0.2m"]]),
        para("5. Health visiting and school nursing are delivered under a single 0-19 contract worth £14.7m "
             "per annum."),
        para("6. Mental health services are commissioned from Lyme Partnership NHS Foundation Trust (LPFT)."))
    assert by_value(result)[14_700_000].provider == "Wessex Community Health NHS Trust"


def test_grant_to_a_provider_is_a_funding_line():
    result = run(para("5.1 The Council will provide grant funding of £50,000 to Brightside Therapies CIC for "
                      "the parent support line in 2024/25."))
    (line,) = result.contracts
    assert (line.commissioner, line.provider) == ("Wessex County Council", "Brightside Therapies CIC")
    assert line.contract_type == "grant"
    assert line.fiscal_year == "2024/25"


def test_a_value_repeated_in_the_body_is_one_contract():
    again = para("8.1 The current total annual contract value for the CST contract is £820,000 for 2023/24, "
                 "financed under a Section 75 pooled budget arrangement.", page=7)
    result = run(*JOINT, again, para("8.2 To repeat, the Council contributing £400,000 towards the service.", page=7))
    assert sorted(c.value_gbp for c in result.contracts) == [400_000, 420_000, 820_000]


def test_equal_sums_from_two_contributors_stay_two_rows():
    result = run(para("3.1 The parent support service costs £100,000, with the Council contributing £50,000 "
                      "and the NWICB contributing £50,000."), ICBS)
    halves = [c for c in result.contracts if c.value_gbp == 50_000]
    assert {c.commissioner for c in halves} == {"Wessex County Council", "North Wessex Integrated Care Board"}


def test_in_house_posts_are_commissioned_and_provided_by_the_employer():
    result = run(para("2.5 There are 2 FTE Therapy Assistants employed by the Council and funded from the "
                      "children's services budget. The costs of these posts amounted to £61,200 in 2023/24."))
    (contract,) = result.contracts
    assert contract.commissioner == contract.provider == "Wessex County Council"
    assert contract.contract_type == "in-house"
    assert contract.fiscal_year == "2023/24"


@pytest.mark.parametrize("sentence", [
    "2.5 There are 2 FTE Therapy Assistants employed by the North Wessex Integrated Care Board, at a cost of "
    "£61,200 in 2023/24.",
    "2.5 Two posts directly employed by the North Wessex Integrated Care Board cost £61,200 in 2023/24.",
    "2.5 The costs of three posts employed by the North Wessex Integrated Care Board amounted to £61,200 "
    "in 2023/24.",
])
def test_in_house_posts_of_another_named_body_are_that_bodys(sentence):
    """`employed by the X`: the employer is X, with or without `the` before its name."""
    result = run(ICBS, para(sentence))
    contract = next(c for c in result.contracts if c.value_gbp == 61_200)
    assert contract.commissioner == contract.provider == "North Wessex Integrated Care Board"
    assert contract.contract_type == "in-house"


@pytest.mark.parametrize("sentence", [
    "2.5 Two posts directly employed by the Council cost £61,200 in 2023/24; agency cover could not be found.",
    "2.5 Three posts employed by the Council cost £94,800 in 2024/25, which would otherwise fall on the ICB.",
    "2.5 The two officers employed by the Council cost £58,300 in 2024/25; a contractor might charge more.",
])
def test_a_conditional_in_another_clause_leaves_in_house_posts_in_house(sentence):
    """The `could`, `would` or `might` of a costed option is asked of the sum's own clause only."""
    result = run(para(sentence))
    (contract,) = [c for c in result.contracts if c.value_gbp is not None]
    assert contract.commissioner == contract.provider == "Wessex County Council"
    assert contract.contract_type == "in-house"


def test_staff_employed_by_a_provider_are_not_in_house():
    result = run(para("6.2 Staff employed by the two providers will transfer. The costs of these posts under the "
                      "contract amounted to £61,200."))
    assert all(c.contract_type != "in-house" for c in result.contracts)
    assert all(c.provider != "Wessex County Council" for c in result.contracts)


def test_award_without_value():
    result = run(para("7. Following a tender, Wessex County Council has awarded the Family Support Contract to "
                      "Brightside Therapies CIC. The Contract will come into effect from the 1st September 2024."))
    (contract,) = result.contracts
    assert contract.value_gbp is None
    assert (contract.commissioner, contract.provider) == ("Wessex County Council", "Brightside Therapies CIC")
    assert contract.status == "awarded"
    assert contract.service == "Family Support"
    assert contract.start_date == "2024-09-01"


AWARD_REPORT = [
    para("2.1 That Cabinet approves the award of the leisure management contract to Egdon Leisure Ltd for a "
         "term of 10 years from 1 April 2025."),
    para("3.1 The leisure centres have been managed by Budmouth Leisure Trust since 2010 under a contract that "
         "ends on 31 March 2025."),
    para("3.2 The current contract costs the Council a management fee of £400,000 per annum."),
    para("4.1 The winning tender has an annual management fee of £96,000, compared with £400,000 under the "
         "current contract."),
]


def test_the_winning_tender_is_the_provider_the_contract_is_awarded_to():
    contracts = by_value(run(*AWARD_REPORT))
    winner, incumbent = contracts[96000], contracts[400000]
    assert (winner.commissioner, winner.provider) == ("Wessex County Council", "Egdon Leisure Ltd")
    assert winner.period == "annual"
    assert winner.start_date == "2025-04-01" and winner.end_date is None
    assert incumbent.provider == "Budmouth Leisure Trust" and incumbent.end_date == "2025-03-31"


def test_only_the_sum_said_of_the_winning_tender_goes_to_the_winner():
    # The incumbent's fee, stated only beside the winner's, stays with the incumbent.
    contracts = by_value(run(AWARD_REPORT[0], AWARD_REPORT[1], AWARD_REPORT[3]))
    assert contracts[96000].provider == "Egdon Leisure Ltd"
    assert contracts[400000].provider == "Budmouth Leisure Trust"


def test_a_sum_in_the_passage_naming_the_preferred_bidder_after_a_clause_is_the_winners():
    result = run(para("3.1 The current service is provided by Egdon Care Ltd under a contract worth £780,000 a year."),
                 para("3.2 Brightside Therapies CIC achieved the highest overall score and is the preferred bidder. "
                      "The contract will be worth £3.6m over five years."))
    values = by_value(result)
    assert values[3_600_000].provider == "Brightside Therapies CIC"
    assert values[780_000].provider == "Egdon Care Ltd"


def test_the_preferred_bidder_is_nobody_without_a_single_award():
    # No award in the paper: `the successful bidder` stands for nobody in particular.
    (contract,) = [c for c in run(para("4.1 The successful bidder will be paid £70,000 per annum under the "
                                       "new contract.")).contracts if c.value_gbp]
    assert contract.provider is None
    # Two lots awarded to two providers: `the preferred bidder` is neither, by this rule; the
    # sum keeps the provider the paper names nearest, as any other sum does.
    contract = by_value(run(para("2.1 Cabinet approves the award of the Lot 1 contract to Egdon Leisure Ltd."),
                            para("2.2 Cabinet approves the award of the Lot 2 contract to Shottsford Sports CIC."),
                            para("2.3 The preferred bidder's contract price is £50,000 per annum.")))[50000]
    assert contract.provider == "Shottsford Sports CIC" and contract.start_date is None


def test_valueless_statement_is_dropped_when_a_valued_row_covers_it():
    result = run(*JOINT)
    assert all(c.value_gbp is not None for c in result.contracts)


# -- money that is not a contract --------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("The review identified a potential cost pressure on the contract of £141,500 per annum.", "cost_pressure"),
    ("Re-tendering the contract is expected to deliver savings of £250k.", "saving"),
    ("The contract includes £2m of savings over three years.", "saving"),
    ("A one-off mobilisation cost of £35,000 will be met by the provider under the contract.", "one_off"),
    ("The service budget for the contract is £1.1m.", "budget"),
    ("The decision not to re-procure the two contracts will save £426k annually.", "saving"),
    ("The Council has received a grant of £2m from the Department for Education for the contract.", "income"),
    ("The provider's total aggregate liability under the contract shall not exceed £5 million.", "other"),
    ("(b) in respect of all other claims, losses or damages, whether arising from tort, breach of contract or "
     "otherwise under this Agreement, shall in no event exceed £10,000 in any Contract Year.", "other"),
    ("Sales and Commission: Variance of £0.3m (6%) driven by renegotiation of the cycle hire contract.", "variance"),
    ("An additional grant of £3.2m has recently been provided to WCC by central Government to continue "
     "delivery of the commissioned family centres.", "income"),
    ("The expansion of the talking therapies contract is funded from Mental Health Investment Standard "
     "growth of £4.3m.", "budget"),
])
def test_amounts_that_are_not_contract_values(sentence, kind):
    result = run(para("4.1 " + sentence))
    assert result.contracts == []
    assert [a.kind for a in result.amounts] == [kind]


@pytest.mark.parametrize("sentence", [
    "A £100 contribution was required to secure the place with a minimum fundraising target of £2000.",
    "£2m of the accelerator funding will be allocated to the workforce pillar.",
    "The Trust reported a surplus of £0.1m at month four.",
    "Approximately £72m of the programme's allocation has contractually committed dates close to March 2027.",
    "£39k would be needed to rent space should the commissioned contract not be renewed.",
    ("The Committee approved the programme, noting that the contract with Wessex Community Health NHS Trust "
     "was reviewed last year, and that across the county a further £3.2m has been spent on capital works "
     "to buildings, roads and depots in the current financial year."),
])
def test_money_outside_a_contract_is_kept_as_an_amount(sentence):
    result = run(para(sentence))
    assert [c for c in result.contracts if c.value_gbp is not None] == []
    assert len(result.amounts) >= 1


@pytest.mark.parametrize("heading, sentence", [
    ("4a | Children's Services Savings",
     "Public Health will also provide £1m in 24/25 to fund mental health services delivered under the Live Well contract."),
    ("Budget variances", "The contract with Brightside Therapies CIC came in £0.2m above the contract value."),
    ("36. Limitation of liability", "The Provider's liability under this contract is limited to £2m."),
])
def test_sums_in_budget_and_legal_sections_are_amounts(heading, sentence):
    result = run(Block("heading", heading, page=2, level=2), para(sentence))
    assert [c for c in result.contracts if c.value_gbp is not None] == []
    assert result.amounts


def test_a_named_funding_stream_is_not_a_grant_to_a_provider():
    result = run(para("1.2 The total Better Care Fund for the county in 2024/25 is £46.3m, including the Disabled "
                      "Facilities Grant of £5.7m, which passes to the district councils."))
    assert [c for c in result.contracts if c.value_gbp is not None] == []
    assert sorted(a.value_gbp for a in result.amounts) == [5_700_000, 46_300_000]
    # A grant paid to a provider still is a funding line.
    result = run(para("4.1 The Council will pay a grant of £45,000 to Brightside Therapies CIC for the carers' café."))
    assert by_value(result)[45_000].provider == "Brightside Therapies CIC"


def test_a_budget_increase_and_the_total_it_brings_are_amounts():
    result = run(para("3.1 The report assumed an increase in the Public Health grant of £1,024.5k, to a total of "
                      "£70,100.2k, for services commissioned by the Council."))
    assert result.contracts == []
    assert [a.kind for a in result.amounts] == ["budget", "budget"]


def test_grant_funding_the_council_accepts_is_not_a_contract():
    result = run(para("Authorised the Director to bid for, accept and spend the transport funding (including the "
                      "recently awarded funding of £813k) for procuring and awarding contracts for the scheme."))
    assert [c for c in result.contracts if c.value_gbp is not None] == []


def _unused(sentence):
    result = run(para(sentence))
    assert [c for c in result.contracts if c.value_gbp is not None] == []
    assert len(result.amounts) >= 1


def test_commissioning_delegated_by_a_national_body_is_no_contract():
    result = run(para("This was about the delegation of specialised commissioning from NHS England to "
                      "North Wessex Integrated Care Board."))
    assert result.contracts == []


def test_conditional_statement_is_no_contract():
    result = run(para("If the contract with Wessex Community Health NHS Trust is not extended the service "
                      "would cost £300,000 more."))
    assert [c for c in result.contracts if c.value_gbp] == []


# -- end to end ----------------------------------------------------------------

def test_txt_paper_ingested_into_the_database(tmp_path, db_path):
    from committee_papers.pipeline import ingest
    from committee_papers.db.store import Store

    paper = tmp_path / "wessex-therapies.txt"
    paper.write_text(
        "Wessex County Council\n\nCabinet – 12 March 2024\n\n1. Current contracts\n\n"
        "1.1 North Wessex Integrated Care Board (NWICB) and Wessex County Council (WCC) fund therapies.\n\n"
        "\tSpeech and Language Therapy\tOccupational Therapy\n"
        "NWICB\t£1,200,000 Block contract\t£480,500 Block contract\n"
        "WCC\t£1,105,000 Contract until March 2025\t£402,000 Contract until March 2025\n"
        "Total Value\t£2,305,000\t£882,500\n\n"
        "1.2 All contracts are currently provided by Wessex Community Health NHS Trust (WCHT).\n",
        encoding="utf-8")
    summary = ingest([paper], db_path, workers=1)
    assert summary.ingested == 1
    store = Store(db_path)
    rows = list(store.db.query(
        "select c.value_gbp, c.is_total, m.name as commissioner, p.name as provider, c.service, c.quote "
        "from contracts c left join organisations m on m.id = c.commissioner_id "
        "left join organisations p on p.id = c.provider_id order by c.value_gbp"))
    store.close()
    named = [r for r in rows if not r["is_total"]]
    assert [r["value_gbp"] for r in named] == [402_000, 480_500, 1_105_000, 1_200_000]
    assert {r["provider"] for r in named} == {"Wessex Community Health NHS Trust"}
    assert {r["commissioner"] for r in named} == {"North Wessex Integrated Care Board", "Wessex County Council"}
    assert sorted(r["value_gbp"] for r in rows if r["is_total"]) == [882_500, 2_305_000]


def test_without_the_organisations_component_contracts_still_come_out_without_parties():
    import spacy

    import committee_papers.extract.contracts  # noqa: F401  (registers cp_contracts)
    import committee_papers.extract.money  # noqa: F401
    from committee_papers.extract.paper import make_paper_doc

    nlp = spacy.blank("en")
    nlp.add_pipe("cp_money")
    nlp.add_pipe("cp_contracts")
    document = Document(path="p.txt", filename="p.txt", format="text",
                        blocks=[para("2.1 The contract for community nursing is worth £2.4m per annum.")])
    doc = make_paper_doc(nlp, document.passages())
    for _name, component in nlp.pipeline:
        doc = component(doc)
    (contract,) = doc._.extraction.contracts
    assert contract.value_gbp == 2_400_000
    assert contract.period == "annual"
    assert contract.service == "community nursing"
    assert contract.commissioner is None and contract.provider is None


def run_paper(*blocks):
    document = Document(path="agreement.txt", filename="agreement.txt", format="text", blocks=list(blocks))
    return extract(document.passages(), {}, document.filename)


AGREEMENT = [Block("heading", "LEISURE SERVICES CONTRACT", page=1, level=1),
             para("THIS AGREEMENT is made on 3rd June 2021", page=1),
             Block("heading", "PARTIES", page=1, level=2),
             para("(1) Wessex County Council of County Hall, Dorchester (the \u201cCouncil\u201d)", page=1),
             para("(2) Egdon Leisure Ltd incorporated and registered in England and Wales whose registered "
                  "office is at 4 Heath Lane, Egdon (the \u201cProvider\u201d)", page=1),
             Block("heading", "1. Definitions", page=2, level=2),
             para("Commencement Date: 1st July 2021.", page=2),
             para("\u201cInitial Term\u201d means the period of three (3) years commencing on the "
                  "Commencement Date.", page=2),
             para("Contract Price: \u00a3240,000 per annum.", page=2)]


def test_a_paper_that_is_a_contract_gives_its_own_contract():
    contracts = run_paper(*AGREEMENT).contracts
    assert len(contracts) == 1
    contract = contracts[0]
    assert (contract.commissioner, contract.provider) == ("Wessex County Council", "Egdon Leisure Ltd")
    assert (contract.start_date, contract.end_date) == ("2021-07-01", "2024-06-30")
    assert (contract.value_gbp, contract.period) == (240000, "annual")
    assert contract.page == 1 and contract.quote.startswith("(2) Egdon Leisure Ltd")


def test_a_contract_with_an_expiry_date_and_no_price():
    blocks = [b for b in AGREEMENT if not b.text.startswith(("\u201cInitial", "Contract Price"))]
    contract, = run_paper(*blocks, para("Expiry Date: 31st March 2026.", page=2)).contracts
    assert (contract.start_date, contract.end_date, contract.value_gbp) == ("2021-07-01", "2026-03-31", None)


def test_an_agreement_between_two_public_bodies_names_no_provider():
    blocks = [para("(2) Casterbridge Borough Council of Town Hall, Casterbridge", page=1)
              if b.text.startswith("(2)") else b for b in AGREEMENT]
    assert run_paper(*blocks).contracts == []


def test_a_report_about_a_contract_is_not_a_contract_document():
    extraction = run(para("The contract between Wessex County Council and Egdon Leisure Ltd was let in 2021."),
                     para("Commencement Date: 1st July 2021."))
    assert not [c for c in extraction.contracts if c.provider == "Egdon Leisure Ltd" and c.start_date]


@pytest.mark.parametrize("rate_header", ["Hourly rate (£)", "Weekly rate (£)", "Unit cost"])
def test_a_column_of_rates_is_not_contract_values(rate_header):
    result = run(table([["Provider", "Service", rate_header, "Annual contract value"],
                        ["Brightside Therapies CIC", "Home care", "£21.50", "£640,000"],
                        ["Stourvale Equipment Services Ltd", "Equipment", "£35.00", "£410,000"]]))
    assert sorted(c.value_gbp for c in result.contracts) == [410_000, 640_000]
    assert sorted(a.value_gbp for a in result.amounts if a.kind == "rate") == [21.5, 35.0]


TRUST_COVER = [Block("heading", "Wessex Community Health NHS Trust", page=1, level=1),
               Block("paragraph", "Trust Board – 12 March 2024", page=1),
               Block("heading", "Community Services Contract 2024/25", page=1, level=1)]


def run_trust_paper(*blocks):
    document = Document(path="trust.txt", filename="trust.txt", format="text", blocks=TRUST_COVER + list(blocks))
    return extract(document.passages(), {}, document.filename)


@pytest.mark.parametrize("sentence", [
    "2.1 The Trust's contract with North Wessex Integrated Care Board is worth £96.2m in 2024/25.",
    "2.1 The Trust holds a block contract with North Wessex Integrated Care Board of £96.2m for 2024/25.",
    "2.1 The contract value agreed with North Wessex Integrated Care Board for 2024/25 is £96.2m.",
])
def test_a_trusts_paper_is_the_provider_of_its_own_head_contract(sentence):
    result = run_trust_paper(para(sentence))
    assert result.authority == "Wessex Community Health NHS Trust"
    row = by_value(result)[96_200_000]
    assert (row.commissioner, row.provider) == ("North Wessex Integrated Care Board", "Wessex Community Health NHS Trust")


def test_a_trusts_paper_still_commissions_its_subcontracts():
    result = run_trust_paper(para("3.1 The Trust subcontracts wound care to Brightside Therapies CIC under a contract "
                                  "worth £120,000 a year."))
    row = by_value(result)[120_000]
    assert (row.commissioner, row.provider) == ("Wessex Community Health NHS Trust", "Brightside Therapies CIC")


@pytest.mark.parametrize("written, value", [("(0.4)", -400_000), ("-0.25", -250_000), ("\u22121.1", -1_100_000)])
def test_negative_figures_under_a_unit_are_reductions_not_contracts(written, value):
    rows = [["Provider", "Service", "Contract value (£m)"],
            ["Brightside Therapies CIC", "Home care", "2.4"],
            ["Stourvale Equipment Services Ltd", "Equipment", written]]
    result = run(table(rows))
    assert [c.value_gbp for c in result.contracts] == [2_400_000]
    assert [a.value_gbp for a in result.amounts if a.kind == "variance"] == [value]


@pytest.mark.parametrize("written", ["(£40,000)", "-£40,000", "\u2212£40,000"])
def test_negative_sums_written_with_a_pound_sign_are_reductions(written):
    rows = [["Provider", "Service", "Annual value"],
            ["Brightside Therapies CIC", "Home care", "£640,000"],
            ["Stourvale Equipment Services Ltd", "Equipment", written]]
    result = run(table(rows))
    assert [c.value_gbp for c in result.contracts] == [640_000]
    assert [a.value_gbp for a in result.amounts if a.kind == "variance"] == [-40_000]


@pytest.mark.parametrize("line", [
    "Community equipment (Stourvale Equipment Services Ltd): £410,000 per annum",
    "Stourvale Equipment Services Ltd – community equipment – £410,000 a year",
    "Stourvale Equipment Services Ltd: community equipment, £410,000",
])
def test_a_list_line_labelling_a_sum_with_a_body_is_that_bodys_contract(line):
    result = run(para("2.1 The current contracts are:"), Block("list_item", line, page=2))
    (row,) = [c for c in result.contracts if c.value_gbp]
    assert (row.commissioner, row.provider, row.value_gbp) == (
        "Wessex County Council", "Stourvale Equipment Services Ltd", 410_000)


def test_a_sentence_with_a_verb_is_not_a_label_line():
    result = run(Block("list_item", "Stourvale Equipment Services Ltd: the budget was £410,000", page=2))
    assert [c for c in result.contracts if c.value_gbp] == []


@pytest.mark.parametrize("heading, sentence, is_contract", [
    ("Options appraisal", "Option 1 (recommended): award the contract to Brightside Therapies CIC at £410,000 a year.", True),
    ("Options considered", "Option 2, re-tendering the service at an estimated £520,000, was rejected.", False),
    ("Alternative options", "Bringing the service in-house was discounted; it would cost £600,000 a year.", False),
])
def test_in_an_options_section_only_the_recommended_options_price_is_a_contract(heading, sentence, is_contract):
    result = run(Block("heading", heading, page=2, level=2), para("5.1 " + sentence))
    assert bool([c for c in result.contracts if c.value_gbp]) == is_contract


@pytest.mark.parametrize("sentence", [
    "6.1 Eastmoor City Council were commissioned to carry out the feasibility study.",
    "6.1 Eastmoor City Council has been appointed as the provider of the payroll service.",
    "6.1 The contract for the audit was awarded to Eastmoor City Council.",
])
def test_another_council_can_be_the_provider(sentence):
    result = run(para(sentence))
    assert [(c.commissioner, c.provider) for c in result.contracts] == [("Wessex County Council", "Eastmoor City Council")]


@pytest.mark.parametrize("description", [
    "The project supports carers across the county and is delivered by Brightside Therapies CIC from three hubs.",
    "Brightside Therapies CIC leads a consortium to deliver the project across the county, building on earlier pilots.",
    "Following a competitive process Brightside Therapies CIC were commissioned to run the project for the next two years.",
])
def test_a_prose_cell_in_a_project_table_states_a_relation(description):
    rows = [["Project", "Description", "Budget"],
            ["Carers Hub", description, "£120,000"]]
    result = run(table(rows))
    relations = [c for c in result.contracts if c.value_gbp is None]
    assert [(c.commissioner, c.provider) for c in relations] == [("Wessex County Council", "Brightside Therapies CIC")]
    assert relations[0].rule == "contracts.table.prose_cell.relation"


@pytest.mark.parametrize("sentence", [
    "Chart 1: Wessex County Council investments by funding source (£452.6m) at 31 March 2026.",
    "Wessex County Council was successful with an initial bid of £6.6 million to fund new electric buses.",
    "Wessex County Council funding of £3m is shown in Table 4.",
])
def test_a_body_beside_money_it_holds_or_bids_for_is_no_contract(sentence):
    result = run(para(sentence))
    assert [c for c in result.contracts if c.value_gbp] == []


@pytest.mark.parametrize("written", ["2.0 to 2.2", "2.0-2.2", "2.0 – 2.2"])
def test_a_range_under_a_unit_is_read_whole(written):
    rows = [["Provider", "Service", "Estimated contract value (£m)"],
            ["Brightside Therapies CIC", "Home care", written]]
    (row,) = run(table(rows)).contracts
    assert (row.provider, row.value_gbp, row.approximate) == ("Brightside Therapies CIC", 2_000_000, True)
    assert row.value_text == written


@pytest.mark.parametrize("where", ["corner", "note below", "line above"])
def test_a_tables_unit_is_found_wherever_the_reader_puts_it(where):
    corner = "£000s" if where == "corner" else "Provider"
    rows = [[corner, "Service", "Contract value"],
            ["Brightside Therapies CIC", "Home care", "640"],
            ["Stourvale Equipment Services Ltd", "Equipment", "410"]]
    blocks = [table(rows)]
    if where == "note below":
        blocks.append(para("Figures in £000s."))
    if where == "line above":
        blocks.insert(0, para("Table 2 (£000s)"))
    result = run(*blocks)
    assert sorted(c.value_gbp for c in result.contracts) == [410_000, 640_000]


@pytest.mark.parametrize("sentence", [
    "4.1 Alongside services funded by North Wessex Integrated Care Board, Wessex County Council contracts with "
    "Brightside Therapies CIC for £410,000 a year.",
    "4.1 Unlike the clinics commissioned by North Wessex Integrated Care Board, the befriending service is "
    "commissioned by Wessex County Council from Brightside Therapies CIC at £410,000 a year.",
    "4.1 While North Wessex Integrated Care Board funds the clinics, Wessex County Council pays "
    "Brightside Therapies CIC £410,000 a year for befriending.",
])
def test_the_commissioner_is_the_body_named_nearest_before_the_sum(sentence):
    row = by_value(run(para(sentence)))[410_000]
    assert (row.commissioner, row.provider) == ("Wessex County Council", "Brightside Therapies CIC")


@pytest.mark.parametrize("header, row", [
    (["Risk", "Provider", "Value"], ["Provider exit from the home care framework", "Harbourside Care Ltd", "£1,200,000"]),
    (["Risk title", "Contractor", "Contract value"], ["Inflation on the waste contract", "Wyvern Waste Ltd", "£2.1m"]),
    (["Ref", "Risk", "Supplier", "Annual cost"], ["R3", "Fuel price rise", "Meadowbank Transport Ltd", "£450,000"]),
])
def test_a_risk_register_lists_risks_not_contracts(header, row):
    """Sums in a table with a risk column are exposures, even beside a provider: no contracts."""
    extraction = run(para("Appendix C sets out the budget risks."), table([header, row]))
    assert [c for c in extraction.contracts if c.value_gbp is not None] == []


@pytest.mark.parametrize("header, row, value, provider", [
    (["Minute", "Subject", "Notes", "Decision"],
     ["4", "Dredging contract", "Three tenders received; Deepwater Dredging Ltd lowest at £265,000.",
      "Award to Deepwater Dredging Ltd approved"], 265_000, "Deepwater Dredging Ltd"),
    (["Ref", "Item", "Discussion and decisions", "Action"],
     ["B5/25", "Banking system", "Decision: to renew with Ledgerway Software Ltd for three years at £18,000 a year.",
      "Manager"], 18_000, "Ledgerway Software Ltd"),
    (["Item", "Discussion", "Outcome"],
     ["7", "Catering", "Greenplate Kitchens Ltd quoted £96,000 a year.", "Agreed"], 96_000, "Greenplate Kitchens Ltd"),
])
def test_a_meeting_records_short_discussion_and_decision_cells_are_read_as_prose(header, row, value, provider):
    # A minutes table has no value column: its sums are in sentences, however short the cell.
    contract = by_value(run(table([header, row])))[value]
    assert contract.provider == provider
    assert contract.rule.startswith("contracts.prose")


@pytest.mark.parametrize("text", [
    "Members agreed that a breakfast club place will go up from £3.10 to £3.40 in September 2025.",
    "Cabinet approved the new charge of £4.20 for each garden waste collection.",
    "Kestrel Leisure Ltd will sell day tickets at £6 for the park and ride.",
])
def test_a_sum_under_a_hundred_pounds_is_a_unit_price_not_a_contract(text):
    extraction = run(para("1.1 " + text))
    assert [c.value_gbp for c in extraction.contracts if c.value_gbp] == []
    assert {a.kind for a in extraction.amounts} == {"rate"}


def test_a_large_sum_with_the_same_words_stays_a_contract():
    extraction = run(para("1.1 Kestrel Leisure Ltd will run the park and ride for a price of £460,000 a year."))
    assert [c.value_gbp for c in extraction.contracts] == [460_000]


@pytest.mark.parametrize("rows, kept, dropped", [
    # Commissioners across the top: the row label says what each sum is.
    ([["Item", "NWICB", "WCC"], ["Speech and Language Therapy", "£1,200,000", "£1,105,000"],
      ["Better Care Fund contribution", "£2,900,000", "£1,250,000"]], {1_200_000, 1_105_000}, {2_900_000, 1_250_000}),
    ([["", "NWICB", "WCC"], ["Occupational Therapy", "£480,500", "£402,000"],
      ["Pooled budget 2025/26", "£3,000,000", "£2,500,000"]], {480_500, 402_000}, {3_000_000, 2_500_000}),
    # Commissioners down the side: the column label says it.
    ([["", "Speech and Language Therapy", "Savings 2025/26"], ["NWICB", "£990,000", "£45,000"],
      ["WCC", "£310,250", "£30,000"]], {990_000, 310_250}, {45_000, 30_000}),
])
def test_a_pivot_label_naming_a_budget_grant_or_saving_holds_no_contract_value(rows, kept, dropped):
    values = set(by_value(run(ICBS, table(rows), PROVIDER_STATEMENT)))
    assert kept <= values
    assert not (dropped & values)


@pytest.mark.parametrize("sentence", [
    "The kiosk is run by Brightside Therapies CIC, and Brightside Therapies CIC pays Wessex County Council a "
    "concession fee each year.",
    "Brightside Therapies CIC will pay Wessex County Council a fixed licence fee for the cafe.",
    "Under the licence Brightside Therapies CIC pays Wessex County Council a share of its takings.",
    "Brightside Therapies CIC runs the cafe at Millbrook Park and pays a pitch fee to Wessex County Council.",
    "Brightside Therapies CIC operates the boat hire and remits Wessex County Council half of the takings.",
    "Brightside Therapies CIC runs the market stalls, with a concession fee paid to Wessex County Council.",
])
def test_a_firm_paying_the_council_is_the_operator_not_the_buyer(sentence):
    result = run(para(sentence))
    pairs = {(c.commissioner, c.provider) for c in result.contracts if c.value_gbp is None}
    assert ("Brightside Therapies CIC", "Wessex County Council") not in pairs
    assert ("Wessex County Council", "Brightside Therapies CIC") in pairs


@pytest.mark.parametrize("sentence", [
    "Lyme University commissioned Wessex County Council to carry out the travel survey.",
    "Fenmoor Group Ltd engaged Wessex County Council to provide the training.",
    "Harbour Arts Trust appointed Wessex County Council to deliver the festival stewarding.",
])
def test_a_firm_buying_from_the_council_is_not_turned_into_its_operator(sentence):
    # No paying verb: the firm is the council's client, so the council is never made the commissioner
    # of a service the firm provides.
    result = run(para(sentence))
    pairs = {(c.commissioner, c.provider) for c in result.contracts}
    assert not {pair for pair in pairs if pair[0] == "Wessex County Council"}


@pytest.mark.parametrize("sentence", [
    "Bringing the service in-house was rejected: with staff on council terms it would cost an estimated £910,000 a year.",
    "An in-house team was considered; the twelve posts could cost £480,000 a year, so it was discounted.",
    "Delivering the scheme in-house is not recommended, as staff and overheads might reach £350,000.",
])
def test_the_cost_of_an_in_house_option_is_not_an_in_house_contract(sentence):
    result = run(para(sentence))
    assert not [c for c in result.contracts if c.value_gbp is not None]


@pytest.mark.parametrize("passage", [
    "A wheelchair repair contract was called off with Brightside Therapies CIC at a cost of £180,000 over two "
    "years. North Wessex Integrated Care Board is the contracting party.",
    "Brightside Therapies CIC will run the hearing clinics for £95,000 a year. NWICB will be the lead "
    "commissioner for the service.",
    "The contract for community audiology, worth £240,000 a year, is awarded to Brightside Therapies CIC. North "
    "Wessex Integrated Care Board acts as the contracting body for both partners.",
])
def test_the_passage_says_who_holds_the_contract_in_a_later_sentence(passage):
    result = run(ICBS, para(passage))
    valued = [c for c in result.contracts if c.value_gbp is not None and c.provider == "Brightside Therapies CIC"]
    assert valued and all(c.commissioner == "North Wessex Integrated Care Board" for c in valued)


def _passages(*texts):
    from committee_papers.ingest.model import Passage

    return [Passage(i, "paragraph", text, 1, None, None) for i, text in enumerate(texts)]


def test_acronym_definitions_are_read_where_a_bracket_holds_capitals():
    from committee_papers.extract.contracts import _acronym_definitions

    found = _acronym_definitions(_passages(
        "The Brackenford Council commissions Community Occupational Therapy (COT) across the county.",
        "North Mercia's Integrated Discharge Team (IDT) and the Home First Service (HFS) share a budget.",
        "Wyvern Care Ltd runs the Carers Support Hub (CSH), see paragraph 4 (page 12).",
        "The Council (RMBC) agreed the plan (subject to funding) in March.",  # initials do not fit
        "No brackets here at all, only Capitalised Words In A Row.",
    ))
    assert found == {"COT": "Community Occupational Therapy", "IDT": "Integrated Discharge Team",
                     "HFS": "Home First Service", "CSH": "Carers Support Hub"}
