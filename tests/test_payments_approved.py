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
    return sorted(((c.commissioner, c.provider, c.value_gbp) for c in read_and_extract(str(path))[2].contracts),
                  key=str)


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


def test_a_schedule_without_a_total_pays_its_gross(tmp_path):
    path = tmp_path / "fenby-pc_2026-04-02_parish-council_minutes.html"
    path.write_text(
        "<html><body><h1>Fenby Parish Council</h1><h2>Minutes of the meeting of 2 April 2026</h2>"
        "<h3>9. Accounts for payment</h3><table><tr><th>Payee</th><th>Detail</th><th>Net</th><th>VAT</th><th>Gross</th>"
        "<th>Chq no.</th></tr><tr><td>Orchard Tree Surgery</td><td>Hedge cut</td><td>200.00</td><td>40.00</td>"
        "<td>240.00</td><td>1301</td></tr><tr><td>Fenby Village Hall</td><td>Room hire</td><td>30.00</td><td>0.00</td>"
        "<td>30.00</td><td>1302</td></tr></table></body></html>", encoding="utf-8")
    assert [(provider, value) for _commissioner, provider, value in _contracts(path)] == [
        ("Fenby Village Hall", 30.0), ("Orchard Tree Surgery", 240.0)]


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


# Payments written as lines: under a lead, each closed by its cheque or debit reference, or joined in one paragraph.
_COMMUNITY_TXT = """Pennant Valley Community Council

Minutes of the meeting held on 20 May 2026

412. To consider and approve accounts for payment:-
Tanlan Print - newsletter printing - £145.50 (Ch. No. 200311)
Wenvale Hall Committee - hall hire April - £36.00 (Ch. No. 200312)
Clerk's Salary & Expenses - £402.10 (Ch. No. 200313)
Cllr Dawes - mileage - £18.90 (Ch. No. 200314)
All approved for payment.

413. Planning: no applications received.
"""

_TOWN_HTML = ("<html><head><title>Lowbury Town Council - minutes 3 March 2026</title></head><body>"
              "<h1>Lowbury Town Council</h1><h2>Minutes of the Town Council meeting, 3 March 2026</h2>"
              "<h3>T/204 Payments</h3><p>The following payments were approved:</p><ul>"
              "<li>Kestrel Waste, litter bin emptying: £212.16</li>"
              "<li>Stonecraft Memorials – war memorial cleaning – £850.00</li>"
              "<li>HMRC – PAYE February – £96.40</li>"
              "<li>Petty cash – £25.00</li></ul>"
              "<h3>T/205 Correspondence</h3><p>A letter from residents about parking was noted.</p></body></html>")

_PARISH_MD = """# Brookfield Parish Council

## Minutes of the parish council meeting, 12 February 2026

### 8. Finance

Bills approved: Hedgerow Tree Care – crown reduction – £640.00 (chq 1182) Brightlamp streetlight repair – £96.00 (DD) Clerk's salary January – £388.00 (SO) Millbank Office Supplies – ink – £23.99 (chq 1183).

### 9. Date of next meeting

12 March 2026.
"""


@pytest.mark.parametrize("name, text, expected", [
    ("pennant-valley-cc_2026-05-20_community-council_minutes.txt", _COMMUNITY_TXT,
     [("Tanlan Print", 145.5), ("Wenvale Hall Committee", 36.0)]),
    ("lowbury-tc_2026-03-03_town-council_minutes.html", _TOWN_HTML,
     [("Kestrel Waste", 212.16), ("Stonecraft Memorials", 850.0)]),
    ("brookfield-pc_2026-02-12_parish-council_minutes.md", _PARISH_MD,
     [("Brightlamp", 96.0), ("Hedgerow Tree Care", 640.0), ("Millbank Office Supplies", 23.99)]),
], ids=["community-txt-lines", "town-html-list", "parish-md-joined"])
def test_each_payment_line_is_a_contract_with_its_payee(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = _contracts(path)
    assert [(provider, value) for _commissioner, provider, value in found] == expected
    assert len({commissioner for commissioner, _provider, _value in found}) == 1
    assert found[0][0] is not None and "Council" in found[0][0]


@pytest.mark.parametrize("line", [
    # No payments lead and no payment reference: a budget line and a grant decided by another body.
    "The grass cutting budget for 2026/27 is £3,000.",
    "Ridgeford District Council awarded Brookfield Youth Club £750 from its community fund.",
])
def test_sums_outside_payments_are_no_payment_lines(tmp_path, line):
    path = tmp_path / "brookfield-pc_2026-02-12_parish-council_minutes.txt"
    path.write_text(f"Brookfield Parish Council\n\nMinutes of the meeting held on 12 February 2026\n\n5. Reports\n{line}\n",
                    encoding="utf-8")
    assert all(c.rule != "contracts.payments.line" for c in read_and_extract(str(path))[2].contracts)


@pytest.mark.parametrize("line", [
    # Under a payments heading, a sentence is no payment line: no payee before its sum.
    "Suppliers are paid within 30 days; £1,200 was paid late last quarter.",
    "Payment runs are made weekly and £4,000 is held for urgent bills.",
    # A schedule's total approved is no payment to anyone.
    "It was resolved that the list of payments for May totalling £8,412.50 be approved.",
])
def test_a_sentence_under_a_payments_heading_names_no_payee(tmp_path, line):
    path = tmp_path / "brookfield-pc_2026-02-12_parish-council_minutes.txt"
    path.write_text(f"Brookfield Parish Council\n\nMinutes of the meeting held on 12 February 2026\n\n8. Payments\n\n{line}\n",
                    encoding="utf-8")
    assert all(c.rule != "contracts.payments.line" for c in read_and_extract(str(path))[2].contracts)


# Payment lines whose breaks were lost (a web export or a flattened PDF joins the minutes into one paragraph): after
# the payments lead, each bare name closed by its sum is one line, up to the sentence the minutes go on with.
_FLAT_PARISH_MD = """# Ashby Magna Parish Council

Minutes of the meeting held on 6 July 2026 1. Apologies none. 6. Accounts were checked and passed for payment. Cheques for approval of payment Greenacre Mowing £360.00 K & R Streetlights £41.20 Hedgerow Tree Care £640.00 It was also agreed the village hall would be paid when its invoice arrives. Financial position Current Account Balance £4210.55 Reserve Account £2300.00 The clerk will renew the insurance.
"""

_FLAT_COMMUNITY_TXT = """Cwm Teg Community Council

Minutes of the meeting held on 14 September 2026

9. Accounts for payment
Tanlan Print £145.50 Wenvale Hall Committee £36.00 Clerk's salary £402.10 All were approved, proposed by Cllr Dawes; the year's spend so far is £2,941.00.

10. Planning: no applications received.
"""

_FLAT_TOWN_HTML = ("<html><head><title>Rudham Town Council - minutes 2 June 2026</title></head><body>"
                   "<h1>Rudham Town Council</h1><h2>Minutes of the Town Council meeting, 2 June 2026</h2>"
                   "<p>T/31 Finance. The following payments were approved: Stonecraft Memorials – memorial cleaning "
                   "£850.00 Kestrel Waste £212.16 HMRC £96.40. The precept of £24,000 for next year was noted and "
                   "Rudham Youth Club will be given £300.</p></body></html>")


@pytest.mark.parametrize("name, text, expected", [
    ("ashby-magna-pc_2026-07-06_parish-council_minutes.md", _FLAT_PARISH_MD,
     [("Greenacre Mowing", 360.0), ("Hedgerow Tree Care", 640.0), ("K & R Streetlights", 41.2)]),
    ("cwm-teg-cc_2026-09-14_community-council_minutes.txt", _FLAT_COMMUNITY_TXT,
     [("Tanlan Print", 145.5), ("Wenvale Hall Committee", 36.0)]),
    ("rudham-tc_2026-06-02_town-council_minutes.html", _FLAT_TOWN_HTML,
     [("Kestrel Waste", 212.16), ("Stonecraft Memorials", 850.0)]),
], ids=["parish-md-flattened", "community-txt-under-heading", "town-html-following"])
def test_payment_lines_joined_into_a_paragraph_are_contracts_with_their_payees(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = [(provider, value) for _commissioner, provider, value in _contracts(path)
             if value is not None]
    assert found == expected


@pytest.mark.parametrize("line", [
    # One name and a sum after a lead, then prose: no run of lines.
    "Accounts were approved for payment. It was agreed to pay Greenacre Mowing £360.00 and to keep £2,000 in reserve.",
    # Balances after the lead are no payees' lines.
    "Payments: none this month. The current account stood at £4,210.55 and the reserve account at £2,300.00.",
])
def test_prose_after_a_payments_lead_is_no_joined_run(tmp_path, line):
    path = tmp_path / "brookfield-pc_2026-02-12_parish-council_minutes.txt"
    path.write_text(f"Brookfield Parish Council\n\nMinutes of the meeting held on 12 February 2026\n\n{line}\n",
                    encoding="utf-8")
    assert all(c.rule != "contracts.payments.line" for c in read_and_extract(str(path))[2].contracts)


@pytest.mark.parametrize("text", [
    "Cheques for approval of payment: Greenacre Mowing £118.44 BTL £118.44 Kestrel Waste £41.20 The clerk reported.",
    "To approve accounts for payment:-\nOrchard Tree Surgery - hedge cut - £240.00 (Ch. No. 1301)\n"
    "Ashby Village Hall - room hire - £30.00 (Ch. No. 1302)\nMillbank Office Supplies - ink - £240.00 (Ch. No. 1303)",
])
def test_two_payees_paid_the_same_sum_are_two_payments(tmp_path, text):
    path = tmp_path / "ashby-pc_2026-03-10_parish-council_minutes.txt"
    path.write_text(f"Ashby Magna Parish Council\n\nMinutes of the meeting held on 10 March 2026\n\n5. Finance\n{text}\n",
                    encoding="utf-8")
    values = sorted(value for _commissioner, _provider, value in _contracts(path))
    assert len(values) == 3 and values[0] != values[1] == values[2]


# A payment the meeting decides, the payee its subject: a small sum to a supplier is that supplier's contract.
@pytest.mark.parametrize("line, provider, value", [
    ("It was also agreed Greenacre Mowing would be paid £68.50 once its invoice arrives.", "Greenacre Mowing", 68.5),
    ("Members resolved that Tanlan Print will be paid £145.50 for the spring newsletter.", "Tanlan Print", 145.5),
    ("The committee decided Orchard Tree Surgery is to be paid £240 when the hedge work is finished.",
     "Orchard Tree Surgery", 240.0),
])
def test_a_body_the_meeting_agrees_to_pay_is_paid_under_contract(tmp_path, line, provider, value):
    path = tmp_path / "ashby-pc_2026-03-10_parish-council_minutes.txt"
    path.write_text(f"Ashby Magna Parish Council\n\nMinutes of the meeting held on 10 March 2026\n\n5. Finance\n{line}\n",
                    encoding="utf-8")
    assert [(p, v) for _c, p, v in _contracts(path)] == [(provider, value)]


@pytest.mark.parametrize("line", [
    "It was agreed the Clerk would be paid £30 for the extra meeting.",
    "It was agreed to ask whether Greenacre Mowing would cut the verge; a cut would cost £60.",
])
def test_no_supplier_is_agreed_a_payment(tmp_path, line):
    path = tmp_path / "ashby-pc_2026-03-10_parish-council_minutes.txt"
    path.write_text(f"Ashby Magna Parish Council\n\nMinutes of the meeting held on 10 March 2026\n\n5. Finance\n{line}\n",
                    encoding="utf-8")
    assert [v for _c, p, v in _contracts(path) if p is not None] == []


# A grant the minutes' own body is awarded is money it receives, no contract (contract_terms.yaml income).
@pytest.mark.parametrize("line", [
    "The Town Council was awarded a grant of £1,255 to buy a laptop and scanner.",
    "We were awarded £2,000 of lottery funding to repair the hall roof.",
    "The school has been allocated additional funding of £4,500 to provide tutoring.",
])
def test_a_grant_the_body_is_awarded_is_no_contract(tmp_path, line):
    path = tmp_path / "ashby-pc_2026-03-10_parish-council_minutes.txt"
    path.write_text(f"Ashby Magna Parish Council\n\nMinutes of the meeting held on 10 March 2026\n\n4. Matters arising\n{line}\n",
                    encoding="utf-8")
    assert _contracts(path) == []


# Joined payment lines whose payee is followed, with no dash, by what it is paid for in lower case: the split point
# is after each sum, so `Fenwold Mowing grass cutting £156.00 Lampwise x2 (lamp repairs) £38.64` is two lines.
_JOINED_PURPOSE_TXT = """Saxby Fen Parish Council

Minutes of the meeting held on 2 March 2026 4. Minutes approved. 5. Accounts were checked and accepted for payment. Cheques for approval of payment Clerk's salary £210.00 Lampwise Services x2 (lamp repairs) £38.64 Remembrance wreath donation £20.00 Fenwold Mowing grass cutting £156.00 Fenwold Mowing cutting of verges £92.00 HMRC PAYE £31.20 Balances at 28.02.26 Current Account £4102.77 Reserve Account £2980.00 6. Planning: none.
"""

_JOINED_PURPOSE_MD = """# Harlow Green Town Council

## Minutes of the Finance Committee, 9 April 2026

Item 7. The following payments were approved: Tarnbeck Print Ltd newsletter printing £412.50 Petty cash £40.00 Greyling Hall Trust room hire £60.00 Brookside Signs Ltd replacement bench plaque £75.00 It was noted that the annual audit fee of £300.00 would be paid in June.
"""

_JOINED_PURPOSE_HTML = ("<html><head><title>Corby Vale Community Council - minutes 5 May 2026</title></head><body>"
                        "<h1>Corby Vale Community Council</h1><h2>Minutes of the meeting, 5 May 2026</h2>"
                        "<p>12. Accounts for payment: Oakleaf Tree Care hedge trimming £320.00 Clerk wages April "
                        "£402.10 Valewater water rates £18.40 Petty cash £25.00 Brightway Electrical defibrillator "
                        "battery £96.00 Total £861.50 All approved, proposed by Cllr Evans.</p></body></html>")


@pytest.mark.parametrize("name, text, expected", [
    ("saxby-fen-pc_2026-03-02_parish-council_minutes.txt", _JOINED_PURPOSE_TXT,
     [("Fenwold Mowing", 92.0), ("Fenwold Mowing", 156.0), ("Lampwise Services", 38.64)]),
    ("harlow-green-tc_2026-04-09_finance-committee_minutes.md", _JOINED_PURPOSE_MD,
     [("Brookside Signs Ltd", 75.0), ("Greyling Hall Trust", 60.0), ("Tarnbeck Print Ltd", 412.5)]),
    ("corby-vale-cc_2026-05-05_community-council_minutes.html", _JOINED_PURPOSE_HTML,
     [("Brightway Electrical", 96.0), ("Oakleaf Tree Care", 320.0), ("Valewater", 18.4)]),
], ids=["parish-txt-one-line", "town-md-paragraph", "community-html-paragraph"])
def test_joined_lines_name_their_purpose_after_the_payee_without_a_dash(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = sorted((c.provider, c.value_gbp) for c in read_and_extract(str(path))[2].contracts
                   if c.rule == "contracts.payments.line")
    assert found == expected


@pytest.mark.parametrize("line", [
    # Two sums in a paragraph that is no payments list (no lead): a budget and a reserve.
    "Members noted the grass cutting budget of £3,000.00 and the reserve of £2,500.00 held for the play area.",
    # After a lead, prose with sums: a name and then a clause, not a purpose.
    "Accounts were approved for payment. Fenwold Mowing was paid £156.00 last month and Lampwise will be paid £38.64.",
    "The following payments were approved: none. The precept of £24,000.00 and the reserve of £2,980.00 were noted.",
])
def test_a_clause_after_a_name_is_no_joined_line(tmp_path, line):
    path = tmp_path / "saxby-fen-pc_2026-03-02_parish-council_minutes.txt"
    path.write_text(f"Saxby Fen Parish Council\n\nMinutes of the meeting held on 2 March 2026\n\n{line}\n",
                    encoding="utf-8")
    assert all(c.rule != "contracts.payments.line" for c in read_and_extract(str(path))[2].contracts)
