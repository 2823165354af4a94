"""Providers without a value, round p42, each mechanism in three fictional wordings with negatives.

An office a person holds is no body (org_evidence.yaml office_titles, read by orgevidence.names_an_office at the one
guard of every evidence frame): `prepared by the Clerk FGB`, `maintained by the Bursar` name the office holder,
while a body whose name merely holds such a word (`Society of Parish Clerks`, `Clerkwell Cleaning`) still provides.

A trust named by two words joined by `and` or `&` (`Kite and Falcon Trust`, orgfinder._trust_kind) is a body of its
own, as `Kestrel Wildlife Trust` is; one word before `Trust` (`the Kite Trust`) or an officer's title (`the Chair and
Trust Secretary`) is still no name.

A firm's name ending on a fund adviser's or manager's word (org_evidence.yaml trading_name_endings: `Pennock Dale
Actuarial`, `Lindale Asset Managers`) is a body in a role position; a kind of manager (`Fund Managers`, `Project
Managers`) is none.

A firm set off as the paper's own body's adviser in the singular (`X, the Council's external auditor since 2022,`:
contract_roles.yaml provider.after) provides; a lead adviser owned by no one (`the lead adviser for the review`) is
none.

A concession or franchise granted names its operator after a long description of what it covers (`to grant a
three-year concession for the kiosk at Mill Park to X`: org_evidence.yaml role.concession_granted_to, contract_roles.yaml
provider.before); a lease or a permission granted is none.

A firm retained `as` an adviser's office with no article (`to retain X as actuary`: org_evidence.yaml
role.retained_manager) provides; a person kept in a seat (`retain Jo Bell as Chair`) is none.

A payments line naming only what was bought (contract_terms.yaml bought_item_label: `Postage £9.06`, `Play Area
Inspection £84.00`, `Hall Hire – £36.00`) names no supplier: its sum stays an amount, no provider, while a supplier's
name ending on such a word (`Kelp Hosting`, whose first word the paper never writes in lower case) stays a payee.

A person paid back what they spent (`Reimbursement for materials`) and money coming in written in a payee's place
(`Income from July - September`) are no payment for a service (contract_terms.yaml not_bought_payment): no provider,
no relation."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from fictional_paper import passages_from_lines  # noqa: E402
from probe_harness import ProviderWordings, provider_wording_tests  # noqa: E402

from committee_papers.extract.pipeline import extract  # noqa: E402

_PARISH = ("Brackenford Parish Council", "Parish Council")
_COUNCIL = ("Tarnside Borough Council", "Audit Committee")
_SCHOOL = ("Lornside Community Primary School", "Full Governing Body")

MECHANISMS = {
    "office_holder_is_no_body": ProviderWordings(_SCHOOL, naming_none=[
        "The hall bookings are managed by the Clerk FGB.",
        "The condition survey was carried out by the Headteacher.",
        "The asset register is maintained by the Bursar.",
        "The lettings diary is run by the School Business Manager.",
    ]),
    "office_word_inside_a_body_name": ProviderWordings(_PARISH, commissioned=True, naming=[
        ("The councillors' training was provided by the Society of Parish Clerks.", "Society of Parish Clerks"),
        ("The pavilion was cleaned by Clerkwell Cleaning.", "Clerkwell Cleaning"),
        ("The annual audit was carried out by Treasurer Hale LLP.", "Treasurer Hale LLP"),
    ]),
    "trust_of_two_joined_words": ProviderWordings(_PARISH, commissioned=True, naming=[
        ("The hedges were cut back in March. This was done by the Kite and Falcon Trust from Marlow Heath, who also "
         "fitted a bat box.", "Kite and Falcon Trust"),
        ("The hedges were laid by volunteers. The planting was done by the Moor & Fen Trust, who also fitted two "
         "bird boxes for us.", "Moor & Fen Trust"),
        ("Our spring work, done by the Lark and Linnet Trust, included a new hide.", "Lark and Linnet Trust"),
    ], naming_none=[
        "The Chair and Trust Secretary attended the meeting.",
        "Members thanked the Heron and Otter Trust for its talk on river wildlife.",
        "The Finance and Trust Board met in May.",
    ]),
    "fund_adviser_and_manager_endings": ProviderWordings(("Tarnside Borough Council", "Pensions Committee"),
                                                         commissioned=True, naming=[
        ("The Fund's actuary, Pennock Dale Actuarial, was thanked for its work.", "Pennock Dale Actuarial"),
        ("The Council's bond mandate is managed by Harrowgate Index Managers.", "Harrowgate Index Managers"),
        ("The passive equities are run by Lindale Asset Managers under the pool's framework.", "Lindale Asset Managers"),
    ], naming_none=[
        "The property portfolio is run by Fund Managers appointed by the pool.",
        "The work was carried out by Project Managers from the county.",
    ]),
    "own_body_singular_adviser": ProviderWordings(_COUNCIL, commissioned=True, naming=[
        ("Mr Hale presented the external audit plan. Fenmoor Audit LLP, the Council's external auditor since 2022, "
         "proposed a fee for the audit.", "Fenmoor Audit LLP"),
        ("Pennock Dale LLP, the Council's actuary, set the employer rates.", "Pennock Dale LLP"),
        ("Sterling Arkwright Ltd, the Council's treasury management adviser, briefed members on rates.",
         "Sterling Arkwright Ltd"),
    ], naming_none=[
        "Fenmoor Group Ltd, the lead adviser for the review, spoke.",
    ]),
    "concession_granted_to": ProviderWordings(("Harrowdale National Park Authority", "Authority"), commissioned=True, naming=[
        ("Members agreed to grant a three-year concession for the kiosk at Mill Park to Harbour Bakes from 1 April 2026.",
         "Harbour Bakes"),
        ("The Authority granted the franchise for the boat trips on the upper lake to Kestrel Cruises.", "Kestrel Cruises"),
        ("It was agreed to grant a five-year concession for the café at the Fellside visitor centre to Curlow Kitchen.",
         "Curlow Kitchen"),
    ], naming_none=[
        "The Authority agreed to grant a lease of the old barn at Mill Park to Marden Cricket Club.",
        "Members agreed to grant permission to Harbour Bakes to use the green.",
    ]),
    "retained_as_office": ProviderWordings(("Tarnside Borough Council", "Pensions Committee"), commissioned=True, naming=[
        ("The Committee agreed to retain Pennock Dale as actuary for a further four years.", "Pennock Dale"),
        ("Members agreed to retain Quillon Hart as internal auditor for 2026/27.", "Quillon Hart"),
        ("The Board will retain Greystoke Harrow as investment consultant until 2028.", "Greystoke Harrow"),
    ], naming_none=[
        "The Committee agreed to retain Jo Bell as Chair.",
    ]),
}

test_names_its_provider, test_names_no_provider = provider_wording_tests(MECHANISMS)


# (paper lines, the payees that are suppliers, the sums paid for a thing bought from no supplier named)
PAYMENT_LINES = [
    (["Brackenford Parish Council", "Minutes of the Parish Council, 4 May 2026",
      "The play area and the village website were discussed.",
      "Cheques for approval of payment: Clerk's salary £118.44 Kestrel Lamps x2 (lamp repairs) £38.64 "
      "Play Area Inspection £84.00 Postage £9.06 It was agreed to meet again in June."],
     {"Kestrel Lamps"}, {84.0, 9.06}),
    (["Lornside Town Council", "Minutes of the Finance Committee, 12 March 2026",
      "The hall was booked for the fair and the website was renewed.",
      "Accounts for payment: Hall Hire – £36.00 (chq 1201) Tarnway Print – newsletters – £80.00 (chq 1202) "
      "Website Hosting – £60.00 (chq 1203) Kelp Hosting – £25.00 (chq 1204)"],
     {"Tarnway Print", "Kelp Hosting"}, {36.0, 60.0}),
    (["Marden Village Hall Committee", "Minutes of the Committee, 3 February 2026",
      "# Payments", "Stationery – £12.40 (chq 311)", "Fenwold Mowing – grass cutting – £156.00 (chq 312)",
      "Refreshments – £18.75 (chq 313)"],
     {"Fenwold Mowing"}, {12.40, 18.75}),
]


@pytest.mark.parametrize("lines, suppliers, unnamed", PAYMENT_LINES, ids=["joined", "referenced", "listed"])
def test_a_payments_line_naming_only_what_was_bought_names_no_provider(lines, suppliers, unnamed):
    extraction = extract(passages_from_lines(*lines), {}, "paper.txt")
    assert {c.provider for c in extraction.contracts if c.provider} == suppliers
    kept = {a.value_gbp for a in extraction.amounts if a.rule == "amounts.payments.supplier_unnamed"}
    assert kept == unnamed


# (paper lines, the payees that are suppliers)
NOT_BOUGHT = [
    (["Brackenford Parish Council", "Minutes of the Parish Council, 4 May 2026", "# Payments approved",
      [["Payee", "Detail", "Total £"], ["Fenwold Mowing", "Grass cutting", "463.20"],
       ["Ann Lee", "Reimbursement for materials for the hall path", "142.75"]]],
     {"Fenwold Mowing"}),
    (["Northby Parish Council", "Minutes of the Parish Council, 2 September 2026", "# Accounts for payment",
      [["Payee", "Net", "VAT", "Cheque No", "Gross"], ["Kelp Lighting", "£48.54", "£9.70", "001895", "£58.24"],
       ["Income from July - September", "", "", "", ""], ["Receipts for August", "", "", "", ""]]],
     {"Kelp Lighting"}),
    (["Marden Village Hall Committee", "Minutes of the Committee, 3 February 2026",
      "Accounts for payment: Tarnway Print – newsletters – £80.00 (chq 401) S Price – reimbursed for bulbs – £12.00 "
      "(chq 402)"],
     {"Tarnway Print"}),
]


@pytest.mark.parametrize("lines, suppliers", NOT_BOUGHT, ids=["reimbursement_row", "income_rows", "reimbursed_line"])
def test_a_reimbursement_or_income_names_no_provider(lines, suppliers):
    extraction = extract(passages_from_lines(*lines), {}, "paper.txt")
    assert {c.provider for c in extraction.contracts if c.provider} == suppliers
