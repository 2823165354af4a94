"""Contracts, parties and providers probed with new fictional papers (stop 20): who runs what for whom in prose
without the word "contract" ("runs the service for the Council", "delivered by X under a block arrangement",
"were appointed", "the incumbent, X,", "our partners X", "funds X to provide"), providers without legal
suffixes (a Carers Centre, a GP Federation, a one-word consultancy, "X, a registered charity"), contract
tables whose supplier column is headed Provider / Name of supplier / Organisation (two-line headers too),
grants to voluntary bodies beside grants to a parish council and a programme, commissioners other than the
paper's own body (an ICB, joint commissioning, NHS England), a provider trust's own board paper, relations
without a value (an IJB's directions), and negatives (consultees, a funder, partners attending, bidders not
awarded, a tenancy, a club's fee, a partnership with a college).  The papers and their expected facts are
in tests/contracts_probe20_papers.py (written before the tool was run on them).

First run: 23 of 30 papers fully right.  Causes mended (each general, with examples and not_examples in
the YAML files, tested below): bidders counted as received (`Three bids were received, from A, B and C`)
read as providers; `the incumbent, X,` not read as the holder; `the ICB funds X to provide S` giving no
provider; an `inspection fee` owned by a club read as a firm's professional fee; the priced line layout
`S: X (£V)` unread (now a layout rule; the probe paper itself names no known body, so it stays a miss).
After: 27 of 30 (the three left are strict xfails with their causes below); round c20b: 29 of 30.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.extract.pipeline import extract  # noqa: E402
from committee_papers.pipeline import read_and_extract  # noqa: E402
from contracts_probe20_papers import PAPERS, build  # noqa: E402
from fictional_paper import passages_from_lines  # noqa: E402
from probe_harness import contract_problems, with_known_misses  # noqa: E402


# Not mended (general causes left for later):
KNOWN_MISSES = {
    # `Service: X (£V a year)` bullets: the layout is now read (org_evidence.yaml role.label_colon_priced), but a
    # layout is evidence only where another line so laid out names a body known otherwise; here none does.
    "bullet_service_provider_brackets": "`S: X (£V)` layout with no line naming a known body is no evidence",
}
# Mended in round c20b: a supplier cell's name cut to its tail (`Pest Services`: orgevidence._whole_run) and a name
# without a legal form after `funds`/`pays ... to run S` (org_evidence.yaml role.paid_to_run); a form's label rows under a `Field | Detail` header
# (contract_records.yaml form_headers), its provider field read as a Provider column's cell.


@pytest.mark.slow
@pytest.mark.parametrize("name", with_known_misses(PAPERS, KNOWN_MISSES))
def test_each_probe_paper_gives_its_contracts_and_no_others(tmp_path, name):
    _fmt, _blocks, expected = PAPERS[name]
    contracts = read_and_extract(str(build(name, tmp_path)))[2].contracts
    assert contract_problems(contracts, expected) == []


def _contracts(*lines):
    return extract(passages_from_lines(*lines), {}, "paper.txt").contracts


# ---- bids counted as received name every bidder, not the winner (contract_roles.yaml provider.unless_before) ----
@pytest.mark.parametrize("sentence, bidders", [
    ("Three bids were received, from Ashby Grounds Ltd, Verdant Works Ltd and Clearfield Landscapes Ltd.",
     {"Ashby Grounds Ltd", "Verdant Works Ltd", "Clearfield Landscapes Ltd"}),
    ("Four compliant tenders were received from Tolley Roofing Ltd and Brightslate Ltd among others.",
     {"Tolley Roofing Ltd", "Brightslate Ltd"}),
    ("Two quotations had been returned, from Kerbline Ltd and Stonepath Surfacing Ltd.",
     {"Kerbline Ltd", "Stonepath Surfacing Ltd"}),
])
def test_bidders_counted_as_received_are_no_providers(sentence, bidders):
    found = _contracts("Clowes Valley Council", "Cabinet", "Grounds maintenance tender", sentence)
    assert not {c.provider for c in found} & bidders


@pytest.mark.parametrize("sentence, provider", [
    ("The quotation from Kerbline Ltd of £4,800 was accepted by the Clerk.", "Kerbline Ltd"),
    ("The contract was awarded to Verdant Works Ltd at £212,000 a year.", "Verdant Works Ltd"),
    ("The best value had come from Quarrymoor Aggregates Ltd at £9,100.", "Quarrymoor Aggregates Ltd"),
])
def test_a_single_price_received_or_an_award_still_names_its_supplier(sentence, provider):
    found = _contracts("Clowes Valley Council", "Cabinet", "Grounds maintenance tender", sentence)
    assert provider in {c.provider for c in found}


# ---- `the incumbent, X,` names the holder (contract_roles.yaml role_noun_before; org_evidence role.named_after_role)
@pytest.mark.parametrize("sentence, provider", [
    ("The incumbent, Greyfriars Leisure, will continue to operate the three leisure centres until March 2027.",
     "Greyfriars Leisure"),
    ("Officers have met the incumbent, Marlcot Active, to agree the exit plan for the pools.", "Marlcot Active"),
    ("The service passes in April from the incumbent, Brightfix Property, to the new contractor.",
     "Brightfix Property"),
])
def test_the_incumbent_named_in_apposition_provides(sentence, provider):
    found = _contracts("Dunmoor Council", "Cabinet", "Leisure management", sentence)
    assert provider in {c.provider for c in found}, [(c.commissioner, c.provider) for c in found]


# ---- `funds X to provide S` (contract_roles.yaml provider.funded_before + to_do_after) ---------------------------
@pytest.mark.parametrize("lines, pair, value", [
    (("NHS Thornvale Integrated Care Board", "Board", "NHS Thornvale Integrated Care Board funds Ravensmoor Hospice "
      "to provide ten specialist palliative care beds at £1.1m a year."),
     ("NHS Thornvale Integrated Care Board", "Ravensmoor Hospice"), 1_100_000),
    (("Marbury District Council", "Cabinet", "The Council pays Brackenfold Meals CIC to run the Tuesday lunch club at "
      "£14,000 a year."), ("Marbury District Council", "Brackenfold Meals CIC"), 14_000),
    (("Tarnby Borough Council", "Communities Committee", "The Council currently funds Hearthside Learning CIC to "
      "deliver the family learning classes."), ("Tarnby Borough Council", "Hearthside Learning CIC"), None),
])
def test_a_body_funded_to_do_the_work_provides_it(lines, pair, value):
    found = _contracts(*lines)
    assert pair in {(c.commissioner, c.provider) for c in found}
    if value is not None:
        assert value in {c.value_gbp for c in found if c.provider == pair[1]}


@pytest.mark.parametrize("sentence", [
    "The ICB funds Harbury Borough Council to provide reablement through the pooled budget.",
    "Officers asked Fenmoor Care Ltd to provide a revised price by Friday.",
    "The Lottery funds Oakdene Care Ltd as a pilot this year.",
])
def test_funding_a_council_or_asking_a_firm_names_no_provider(sentence):
    found = _contracts("Marbury District Council", "Cabinet", sentence)
    assert not {c.provider for c in found} - {None}


# ---- an inspection fee is the inspected body's, no firm's (org_evidence role.fee_owner; provides.after) ----------
@pytest.mark.parametrize("sentence", [
    "Hatherby Football Club's inspection fee of £450 will be waived this season.",
    "Mill Lane Allotment Society's inspection fee was paid late.",
    "Brook Street Kennels' inspection fee rose to £310.",
])
def test_an_inspection_fee_names_no_provider(sentence):
    found = _contracts("Hatherby Town Council", "Licensing Sub-Committee", sentence)
    assert not {c.provider for c in found} - {None}


@pytest.mark.parametrize("sentence, provider", [
    ("The Treasurer said Hallam Crane's audit fee for 2025/26 is £1,150.", "Hallam Crane"),
    ("The Board noted Pennock Dale's survey fee of £900 for the pavilion roof.", "Pennock Dale"),
    ("Ormsby Keane's legal fees for the lease came to £2,400.", "Ormsby Keane"),
])
def test_a_professional_fee_still_names_the_firm(sentence, provider):
    found = _contracts("Orton Parish Council", "Minutes of the Parish Council", "Present: Cllr Dunn", sentence)
    assert provider in {c.provider for c in found}


# ---- `S: X (£V)` priced lines (org_evidence.yaml role.label_colon_priced, a layout rule) --------------------------
@pytest.mark.parametrize("items, providers", [
    (["- Stop smoking: Breathe Ormsby Ltd (£132,000 a year)", "- Sexual health outreach: Clarity Clinics (£208,000 a year)",
      "- Weight management: Fitwell Ormsby (£64,500 a year)"], {"Clarity Clinics", "Fitwell Ormsby"}),
    (["- Day centre: Hollins Day Services Ltd (£310,000)", "- Befriending: Kindred Calls (£22,000)"], {"Kindred Calls"}),
    (["- Advocacy: Voiceworks CIC (£95,000 per annum)", "- Carers' breaks: Respite Circle (£41,000 per annum)",
      "- Dementia cafes: Brightmind Cafes (£12,000 per annum)"], {"Respite Circle", "Brightmind Cafes"}),
])
def test_a_priced_line_naming_its_body_after_the_service_names_the_provider(items, providers):
    found = _contracts("Ormsby Vale Council", "Public Health Sub-Committee", "The grant pays for these services:", *items)
    assert providers <= {c.provider for c in found}


@pytest.mark.parametrize("items", [
    ["- Total: 2026/27 (£4.2m)", "- Reserves: General Fund (£1.1m)"],
    ["- Stop smoking: £132,000 a year (Breathe Ormsby)", "- Advocacy: £95,000 (Voiceworks CIC)"],
    ["- Budget: Adult Social Care (£40m)", "- Budget: Children's Services (£21m)"],
])
def test_a_priced_line_of_budgets_or_a_trailing_name_adds_no_layout_provider(items):
    found = _contracts("Ormsby Vale Council", "Budget Committee", "The figures are:", *items)
    assert not {c.provider for c in found} - {None, "Voiceworks CIC"}
