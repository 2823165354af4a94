"""Payments approved in minutes (brief p30): a small council's or body's minutes approve a schedule of bills, a
payee column beside the columns only such a schedule keeps (`Net | VAT | Total`, `Chq no.`, `Invoice no.`).  Each
line paid to a supplier for goods or a service is a contract of the minutes' body with its payee, worth the line's
total; a person's salary, tax to HMRC, VAT and petty cash are no service bought, and a `Receipts` table lists money
the body received.  Fictional papers in three formats."""
from __future__ import annotations

import pytest

import docxgen
import pdfgen
from committee_papers.extract.contract_tables import paid_for_no_service
from committee_papers.extract.table_roles import role_of, unit_of
from committee_papers.pipeline import read_and_extract


def _contracts(path) -> list[tuple]:
    return sorted((c.commissioner, c.provider, c.value_gbp) for c in read_and_extract(str(path))[2].contracts)


def _parish_pdf(tmp_path):
    """A parish council's minutes (PDF): bills in a table of bare figures, no pound sign anywhere."""
    return pdfgen.headed_paper(
        tmp_path / "ashcombe-pc_2026-06-11_parish-council_minutes.pdf", "Ashcombe Parish Council",
        ["Minutes of the Ashcombe Parish Council meeting held on 11 June 2026"],
        [("h", "26/41 Finance"),
         ("p", "The following accounts were approved for payment, proposed by Cllr Reed and seconded by Cllr Hale."),
         ("t", ([["Payee", "Detail", "Net", "VAT", "Total"],
                 ["Greenacre Mowing", "Grass cut May", "300.00", "60.00", "360.00"],
                 ["Brightlamp", "Streetlight repair", "100.00", "20.00", "120.00"],
                 ["J Harper", "Clerk salary May", "410.00", "0.00", "410.00"],
                 ["HMRC", "PAYE May", "82.40", "0.00", "82.40"]], (40, 50, 25, 25, 25))),
         ("p", "Date of next meeting: 9 July 2026.")])


def _community_docx(tmp_path):
    """A community council's minutes (Word): a schedule headed in pounds (`Gross £s`) with cheque numbers."""
    path = tmp_path / "glynmoor-cc_2026-05-18_community-council_minutes.docx"
    return docxgen.headed_paper(
        path, "Clerk", ["Glynmoor Community Council", "Minutes of the meeting held on 18 May 2026"],
        [("h", "512. Accounts for payment"),
         ("p", "Councillors approved the accounts below."),
         ("t", [["Supplier", "Payment for", "Gross £s", "Chq no."],
                ["Tanlan Print", "Newsletter printing", "145.50", "200311"],
                ["Wenvale Hall Committee", "Hall hire April", "36.00", "200312"],
                ["Petty cash", "Stamps", "20.00", "200313"]]),
         ("p", "All approved for payment.")])


def _town_html(tmp_path):
    """A town council committee's minutes (web page): payments with invoice numbers, then its receipts."""
    path = tmp_path / "haddon-tc_2026-04-14_finance-committee_minutes.html"
    path.write_text(
        "<html><head><title>Haddon Town Council - Finance Committee minutes 14 April 2026</title></head><body>"
        "<h1>Haddon Town Council</h1><h2>Finance Committee - minutes of 14 April 2026</h2>"
        "<h3>F/88 Schedule of payments</h3><p>The schedule of payments was approved.</p>"
        "<table><tr><th>Paid to</th><th>Purpose</th><th>Amount</th><th>Invoice no.</th></tr>"
        "<tr><td>Stonecraft Memorials</td><td>War memorial cleaning</td><td>850.00</td><td>INV-4471</td></tr>"
        "<tr><td>Kestrel Waste</td><td>Litter bin emptying, March</td><td>212.16</td><td>KW-0392</td></tr>"
        "<tr><td>HMRC</td><td>Employer NI, March</td><td>310.22</td><td>-</td></tr></table>"
        "<h3>Receipts</h3>"
        "<table><tr><th>From</th><th>Detail</th><th>Total £s</th></tr>"
        "<tr><td>Ridgeford District Council</td><td>Precept, first half</td><td>24000.00</td></tr>"
        "<tr><td>Haddon Allotment Society</td><td>Allotment rents</td><td>480.00</td></tr></table>"
        "</body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("paper, expected", [
    (_parish_pdf, [("Brightlamp", 120.0), ("Greenacre Mowing", 360.0)]),
    (_community_docx, [("Tanlan Print", 145.5), ("Wenvale Hall Committee", 36.0)]),
    (_town_html, [("Kestrel Waste", 212.16), ("Stonecraft Memorials", 850.0)]),
], ids=["parish-pdf", "community-docx", "town-html"])
def test_each_bill_paid_to_a_supplier_is_a_contract_with_its_payee(tmp_path, paper, expected):
    found = _contracts(paper(tmp_path))
    assert [(provider, value) for _commissioner, provider, value in found] == expected
    # The buyer is the minutes' own body, whatever the payee's name looks like.
    assert len({commissioner for commissioner, _provider, _value in found}) == 1
    assert found[0][0] is not None and ("Council" in found[0][0] or "CC" in found[0][0])


def test_a_budget_table_of_bare_figures_names_no_payments(tmp_path):
    path = tmp_path / "haddon-tc_2026-04-14_finance-committee_report.html"
    path.write_text(
        "<html><body><h1>Haddon Town Council</h1><h2>Finance Committee 14 April 2026</h2><h3>Budget monitoring</h3>"
        "<table><tr><th>Budget heading</th><th>Budget</th><th>Net</th><th>VAT</th></tr>"
        "<tr><td>Grounds maintenance</td><td>12000</td><td>9000</td><td>1800</td></tr></table></body></html>",
        encoding="utf-8")
    assert _contracts(path) == []


@pytest.mark.parametrize("header, unit", [("Total £s", 1.0), ("Amount (£)", 1.0), ("Value £k", 1e3), ("£sterling", None)])
def test_pounds_written_as_a_plural_are_a_unit(header, unit):
    assert unit_of(header) == unit


@pytest.mark.parametrize("header", ["Detail", "Details", "Payment for"])
def test_a_payments_detail_column_says_what_is_bought(header):
    assert role_of(header).has("service")


@pytest.mark.parametrize("payee, purpose, no_service", [
    ("HMRC", "(re above)", True),
    ("A Jones", "Clerk's salary and expenses", True),
    ("Petty cash", "", True),
    ("Lloyds", "Transfer to deposit account", True),
    ("Clerk", "Wages April", True),
    ("Greenacre Mowing", "Grass cut", False),
    ("Tanlan Print", "Annual report forms (incl. VAT)", False),
    ("Clerks Forum Ltd", "Training", False),
])
def test_pay_tax_and_own_transfers_buy_no_service(payee, purpose, no_service):
    assert paid_for_no_service(payee, purpose) is no_service
