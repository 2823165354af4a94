"""The shared column-role vocabulary (extract/data/column_roles.yml, extract/table_roles.py)."""
import pytest
import yaml

from committee_papers.extract.table_roles import ROLES_PATH, column_roles, first_role, period_of, role_of, unit_of

DATA = yaml.safe_load(ROLES_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize("role, example", [(r["role"], e) for r in DATA["roles"] for e in r["examples"]])
def test_every_example_header_has_its_role(role, example):
    assert role in role_of(example).roles


def test_vocabulary_covers_every_fact_kind():
    names = {r["role"] for r in DATA["roles"]}
    assert {"service", "commissioner", "provider", "value", "rate", "start", "end", "status", "risk", "cause",
            "likelihood", "impact", "score", "mitigation", "owner", "milestone", "date", "recommendation",
            "decision"} <= names
    assert all(len(r["examples"]) >= 3 for r in DATA["roles"])


@pytest.mark.parametrize("text, unit", [
    ("Contract value (£k)", 1e3), ("Budget £000s", 1e3), ("£'000", 1e3), ("Total (£m)", 1e6),
    ("Table 2: Grant funding (£)", 1.0), ("Value", None), ("£1.2m awarded", None),
])
def test_units_stated_in_a_header_or_caption(text, unit):
    assert unit_of(text) == unit


@pytest.mark.parametrize("header, period", [
    ("Rate per hour", "hour"), ("Weekly fee (£)", "week"), ("Cost per bed night", "day"),
    ("Value per annum", "year"), ("Annual value (£k)", "year"), ("Contract value", None),
])
def test_periods(header, period):
    assert period_of(header) == period


@pytest.mark.parametrize("header", ["Cost per week", "Hourly rate (£)", "Price per session", "Tariff"])
def test_a_sum_per_period_is_a_rate(header):
    assert role_of(header).role == "rate"


def test_a_sum_per_annum_stays_a_value():
    column = role_of("Value per annum")
    assert (column.role, column.period) == ("value", "year")


@pytest.mark.parametrize("header, caption, units", [
    # The caption's unit applies to the sums with no unit of their own.
    (["Service", "Provider", "2024/25", "2025/26"], "Table 3: Current contracts (£000s)", [None, None, 1e3, 1e3]),
    # A column's own unit beats the caption's.
    (["Scheme", "Grant (£)", "Match funding"], "Figure 1: Funding (£m)", [None, 1.0, 1e6]),
    # No unit anywhere: sums are written out in full in the cells.
    (["Provider", "Hourly rate", "End date"], None, [None, None, None]),
])
def test_unit_from_header_or_caption(header, caption, units):
    assert [c.unit_multiplier for c in column_roles(header, caption)] == units


def test_fact_kinds_pick_among_a_columns_roles_in_their_own_order():
    column = role_of("Description")
    assert first_role(column, ("risk", "risk_detail")) == "risk_detail"
    assert first_role(column, ("end", "start", "provider", "value", "service")) == "service"
    assert first_role(role_of("Risk owner"), ("risk", "mitigation")) is None


# Round c22: the columns naming the body each sum goes to (column_roles.yml `holders`, table_roles.holder_columns).
@pytest.mark.parametrize("example", DATA["holders"]["examples"])
def test_every_holders_example_is_a_holders_column(example):
    from committee_papers.extract.contract_tables import CONTRACT_ROLES
    from committee_papers.extract.table_roles import holder_columns
    assert holder_columns(["Purpose", example, "Amount £"], CONTRACT_ROLES) == [1]


@pytest.mark.parametrize("header", [["Service", "Budget £"], ["Date paid", "Purpose", "Amount"],
                                    ["Scheme", "Lead officer", "Allocation"]])
def test_a_table_naming_no_holder_has_no_holders_column(header):
    from committee_papers.extract.contract_tables import CONTRACT_ROLES
    from committee_papers.extract.table_roles import holder_columns
    assert holder_columns(header, CONTRACT_ROLES) == []
