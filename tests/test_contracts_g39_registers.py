"""Contract registers (round g39): a register's table names each supplier in one column and says what the supplier
is in others (`Supplier information`, `Supplier status`, `Supplier registration no.`, a size or sector column): the
provider is the column of names, read from the header's words and from what the cells hold
(extract/table_roles.column_roles, extract/data/column_roles.yml `party_detail` and `party_details`).  A register's
row whose value cell holds no sum (`£-`, `nil`, blank) still names who provides what: a relation without a value.
Its start and end cells written as a spreadsheet writes a month (`Apr-24`, `Mar-27`) are the contract's start and
end, and key dates.  Fictional registers of fictional councils and trusts, in HTML, DOCX and aligned text."""
from __future__ import annotations

import pytest
import yaml

import docxgen
from probe_harness import extract_file
from committee_papers.extract.contract_tables import header_roles
from committee_papers.extract.dates import find_dates
from committee_papers.extract.table_roles import (ROLES_PATH, column_roles, holds_party_details, names_no_party,
                                                  reads_as_party_detail)
from committee_papers.pipeline import read_and_extract

HTML_REGISTER = """<html><head><title>Contracts register - Ashby Vale Town Council</title></head>
<body>
<h1>Contracts register 2025/26</h1>
<p>Ashby Vale Town Council publishes every contract it holds worth more than a set sum each year.</p>
<table>
<tr><th>Ref</th><th>Title</th><th>Supplier name</th><th>Supplier information</th><th>Start date</th><th>End date</th><th>Annual value</th></tr>
<tr><td>AV01</td><td>Grounds maintenance</td><td>Pennyfield Landscapes</td><td>Ltd - 04512345</td><td>Apr-24</td><td>Mar-27</td><td>£38,400</td></tr>
<tr><td>AV02</td><td>Public toilets cleaning</td><td>Coldharbour District Council</td><td>Local authority</td><td>Jun-25</td><td>Ongoing</td><td>£12,900</td></tr>
<tr><td>AV03</td><td>Youth outreach sessions</td><td>Brightwater Youth Trust</td><td>Charity - 1098765</td><td>Sep-25</td><td>Aug-26</td><td>£8,250</td></tr>
<tr><td>AV04</td><td>Christmas market staging</td><td>Tallowgate Events</td><td>Micro enterprise</td><td>Nov-25</td><td>Dec-25</td><td>£-</td></tr>
</table>
</body></html>
"""

TEXT_REGISTER = """ORRIN FIELDS PARISH COUNCIL

Register of contracts, February 2026

Supplier                 Description                  Supplier registration no.   Value      Start     End
Kilnworth Mowing         Verge and churchyard mowing  07654321                    £11,600    Apr-25    Mar-28
Saltmarsh Lighting       Street light maintenance     SC234567                    £6,480     Jan-26    Dec-26
Hollybank Play Ltd       Play area inspections        09876543                    nil        May-25    Apr-26
"""

# A trust's list whose size column is headed as a provider column: its cells (`SME`, `VCSE`, `Large`) say which.
DOCX_ROWS = [
    ["Contract", "Contractor", "Contractor (SME / VCSE / large)", "Contract start", "Contract end", "Annual value"],
    ["Patient transport (non-emergency)", "Redmere Ambulance Services", "SME", "Oct-24", "Sep-27", "£412,000"],
    ["Interpreting and translation", "Voices Across Harrowby", "VCSE", "Jan-25", "Dec-26", "£96,500"],
    ["Linen and laundry", "Crestline Textile Care", "Large", "Apr-23", "Mar-26", "£231,000"],
    ["Chaplaincy volunteers' training", "Harrowby Faith Forum", "VCSE", "Jul-25", "Jun-26", ""],
]


def _docx_extraction(tmp_path):
    path = tmp_path / "harrowby-community-health-nhs-trust_2026-01-28_contracts-list.docx"
    docxgen.headed_paper(path, "Procurement Team", ["Harrowby Community Health NHS Trust", "Contracts list, January 2026"],
                         [("h", "Contracts held by the Trust"), ("t", DOCX_ROWS)])
    return read_and_extract(str(path))[2]


def _parties(extraction) -> dict:
    return {c.value_gbp: c.provider for c in extraction.contracts}


def test_an_html_register_names_its_supplier_in_the_name_column(tmp_path):
    extraction = extract_file(tmp_path, "ashby-vale-tc_2026-03-31_contracts-register.html", HTML_REGISTER)
    parties = _parties(extraction)
    assert parties[38400] == "Pennyfield Landscapes"
    assert parties[12900] == "Coldharbour District Council"
    assert parties[8250] == "Brightwater Youth Trust"
    # No provider is a supplier's legal form, size or number.
    assert not {p for p in parties.values() if p} & {"Ltd - 04512345", "Local authority", "Charity - 1098765",
                                                     "Micro enterprise"}


def test_a_text_register_with_a_registration_number_column(tmp_path):
    parties = _parties(extract_file(tmp_path, "orrin-fields-pc_2026-02-10_contracts-register.txt", TEXT_REGISTER))
    assert parties[11600] == "Kilnworth Mowing"
    assert parties[6480] == "Saltmarsh Lighting"


def test_a_docx_list_whose_size_column_is_headed_as_a_provider(tmp_path):
    parties = _parties(_docx_extraction(tmp_path))
    assert parties[412000] == "Redmere Ambulance Services"
    assert parties[96500] == "Voices Across Harrowby"
    assert parties[231000] == "Crestline Textile Care"


@pytest.mark.parametrize("build, provider", [
    (lambda tmp: extract_file(tmp, "ashby-vale-tc_2026-03-31_contracts-register.html", HTML_REGISTER), "Tallowgate Events"),
    (lambda tmp: extract_file(tmp, "orrin-fields-pc_2026-02-10_contracts-register.txt", TEXT_REGISTER), "Hollybank Play Ltd"),
    (_docx_extraction, "Harrowby Faith Forum"),
])
def test_a_register_row_without_a_sum_is_a_relation_without_a_value(tmp_path, build, provider):
    rows = [c for c in build(tmp_path).contracts if c.provider == provider]
    assert rows and all(c.value_gbp is None for c in rows)


def test_a_register_row_dates_its_contract_by_month(tmp_path):
    extraction = extract_file(tmp_path, "ashby-vale-tc_2026-03-31_contracts-register.html", HTML_REGISTER)
    row = next(c for c in extraction.contracts if c.value_gbp == 38400)
    assert (row.start_date, row.end_date) == ("2024-04", "2027-03")
    assert {"2024-04", "2027-03", "2025-06", "2025-09", "2026-08"} <= {k.date for k in extraction.key_dates}
    docx = _docx_extraction(tmp_path)
    row = next(c for c in docx.contracts if c.value_gbp == 412000)
    assert (row.start_date, row.end_date) == ("2024-10", "2027-09")


@pytest.mark.parametrize("header", [
    "Supplier information", "Supplier info", "Supplier status", "Contractor company number", "Charity no.",
    "Company / charity number", "SME / VCSE", "Type of provider", "Organisation category"])
def test_a_header_naming_what_a_supplier_is_is_no_provider_column(header):
    assert header_roles([header]) == {0: "party_detail"}


@pytest.mark.parametrize("header", ["Supplier", "Supplier name", "Contractor", "Organisation", "Provider",
                                    "Name of supplier", "Organisation name"])
def test_a_header_naming_the_supplier_stays_a_provider_column(header):
    assert header_roles([header]) == {0: "provider"}


@pytest.mark.parametrize("cell", ["PLC - 01234567", "Local Authority", "Small Enterprise", "Charity - 1012345", "SME",
                                  "Company no. 04412345", "Sole trader", "Voluntary sector", "Public body", "SC234567"])
def test_cells_saying_what_a_supplier_is(cell):
    assert reads_as_party_detail(cell) is True


@pytest.mark.parametrize("cell", ["Kestrel Care Ltd", "Fenby City Council", "Harbourside Trust",
                                  "Orton Community Enterprise CIC", "Age Concern Marlow", "Tallowgate Events"])
def test_cells_naming_a_supplier(cell):
    assert reads_as_party_detail(cell) is False


def test_a_column_of_names_with_legal_forms_stays_the_provider():
    # Names carrying their legal form (`Ltd`, `CIC`, `Trust`) are names: the column is the provider's.
    rows = [["Meals at home", "Kestrel Care Ltd", "£40,000"], ["Befriending", "Orton Community Enterprise CIC", "£9,000"],
            ["Advocacy", "Harbourside Trust", "£15,000"]]
    assert [c.role for c in column_roles(["Service", "Provider", "Value"], rows=rows)] == ["service", "provider", "value"]
    # One odd cell does not turn a column of names into details; a column saying nothing is left alone.
    assert not holds_party_details(["Kestrel Care Ltd", "Local authority", "Harbourside Trust"])
    assert not holds_party_details(["N/A", "", "N/A"])


@pytest.mark.parametrize("text, iso", [("Mar-16", "2016-03"), ("Sept-2026", "2026-09"), ("Nov-17", "2017-11")])
def test_a_month_and_year_joined_by_a_hyphen(text, iso):
    assert [m.iso for m in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["Covid-19", "Route Mar-162", "A-1234", "Mar-16-2025"])
def test_no_month_in_other_hyphened_figures(text):
    assert find_dates(text) == []


def test_a_list_without_sums_with_its_size_column_before_the_names(tmp_path):
    # The size column before the names, and no value column: each row is a relation without a value, whose
    # provider is the supplier named, not its size (a relation table reads the first provider column).
    rows = [["Contract", "Contractor (SME / VCSE / large)", "Contractor", "Contract end"]] + \
        [[row[0], row[2], row[1], row[4]] for row in DOCX_ROWS[1:]]
    path = tmp_path / "harrowby-community-health-nhs-trust_2026-01-28_contracts-list.docx"
    docxgen.headed_paper(path, "Procurement Team", ["Harrowby Community Health NHS Trust", "Contracts list, January 2026"],
                         [("h", "Contracts held by the Trust"), ("t", rows)])
    providers = {c.provider for c in read_and_extract(str(path))[2].contracts}
    assert {"Redmere Ambulance Services", "Voices Across Harrowby", "Crestline Textile Care"} <= providers
    assert not providers & {"SME", "VCSE", "Large"}


_PARTY_DETAILS = yaml.safe_load(ROLES_PATH.read_text(encoding="utf-8"))["party_details"]


@pytest.mark.parametrize("cell, detail", [(e, True) for e in _PARTY_DETAILS["examples"]] +
                         [(n, False) for n in _PARTY_DETAILS["names"]])
def test_the_vocabularys_own_examples(cell, detail):
    assert reads_as_party_detail(cell) is detail


@pytest.mark.parametrize("cell", ["N/A", "n / a", "TBC", "To be confirmed", "None.", "Unknown"])
def test_a_cell_naming_no_one_is_neither_a_name_nor_a_detail(cell):
    assert names_no_party(cell)
    assert reads_as_party_detail(cell) is None


@pytest.mark.parametrize("cell", ["Nash Ltd", "Tbc Cleaning", "Various Artists Collective", "Local authority"])
def test_a_cell_with_a_name_or_a_detail_names_someone(cell):
    assert not names_no_party(cell)
    assert reads_as_party_detail(cell) is not None
