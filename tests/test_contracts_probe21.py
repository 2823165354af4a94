"""Contracts, parties and providers probed with fictional papers laid out as REAL papers are (stop 21): the
layouts were surveyed from stored public pages first (see the list in tests/contracts_probe21_papers.py):
ModernGov decision pages with numbered extensions and waivers, grants tables with Organisation or Beneficiary
columns, parish minutes accepting a quote or the lowest tender, auditors appointed or reappointed, funding
settlements and service level agreements with advice charities, contracts awarded tables, a PCC decision
record, a fire authority's framework order, a board staying with a council for IT, partnerships with a
council for advice, and negatives (an unnamed highest scoring bidder, a section 75 agreement, a forward plan
entry, unnamed incumbents, a contractor being sought, attendees only).  The papers and their expected facts
were written before the tool was run on them.

First run (before any mend): 13 of 30 papers fully right.  Two of the 17 failures were the checker's: a
contract's value stated without any provider (the forward plan's estimated value, the interim contracts'
maximum cost) counted as an extra value; such a value is a contract value fact, so those papers now list it as
(commissioners, None, value) - the expected providers were not changed.  The md builder of stop 20 put a blank
line between a table's rows (each row then read as a table of its own, as no real paper is): this module's
builder writes them on consecutive lines.

Causes mended (each general, with examples and negatives tested below and in the YAML files): a budget or grant
heading dropping a table whose Beneficiary/Organisation column names who holds each sum; suppliers named after
an order placed, a direct award agreed, a continued agreement or an SLA; a funding settlement or sum allocated
to a body; a bidder's price set off before the bidder (`the lowest tender, of £675 from X`); a supplier ending its
own agreement.  After: 20 of 30 (the ten left are strict xfails with their causes in KNOWN_MISSES); 25 after stop
22; 29 after round p24 (a board's own body named by its letterhead or meeting line, charter trustees, a records
service in a role position: tests/test_p24_own_bodies.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.pipeline import read_and_extract  # noqa: E402
from contracts_probe21_papers import PAPERS, build  # noqa: E402
from probe_harness import (ProviderWordings, contract_problems, provider_wording_tests, providers_of,  # noqa: E402
                           with_known_misses)

# Not mended (general causes left for later):
KNOWN_MISSES: dict[str, str] = {
    "charter_trustees_auditors": "the report's likely fee (`will likely be £210`, an estimate) is read as the auditors' "
                                 "contract value",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", with_known_misses(PAPERS, KNOWN_MISSES))
def test_each_probe_paper_gives_its_contracts_and_no_others(tmp_path, name):
    _fmt, _blocks, expected = PAPERS[name]
    contracts = read_and_extract(str(build(name, tmp_path)))[2].contracts
    assert contract_problems(contracts, expected) == []


def _paper_contracts(tmp_path, blocks, fmt="pdf"):
    """The contracts of a small fictional paper built from ``blocks`` (as the probe papers are)."""
    from contracts_probe21_papers import _text
    import contracts_probe20_papers as p20
    path = tmp_path / f"paper.{fmt}"
    builders = {"pdf": p20._pdf, "docx": p20._docx, "html": p20._html}
    path = builders[fmt](path, blocks) if fmt in builders else _text(path, blocks, markdown=fmt == "md")
    return read_and_extract(str(path))[2].contracts


# ---- a table of money shared out whose column names each sum's holder (contract_tables._names_its_holders) -------
@pytest.mark.parametrize("fmt, blocks, providers", [
    ("pdf", [("h", "Ashcombe Parish Council"), ("h", "Grants paid from the 2025/26 budget"),
             ("p", "The grants paid in the year are listed below."),
             ("t", [["Date paid", "Beneficiary", "Purpose", "Amount £"],
                    ["3 May 2025", "Ashcombe Cricket Club", "Pitch maintenance", "700"],
                    ["2 June 2025", "Ashcombe Youth Theatre", "Lighting", "450"]])],
     {"Ashcombe Cricket Club", "Ashcombe Youth Theatre"}),
    ("docx", [("h", "Morrowby District Council"), ("h", "Voluntary sector budget 2026/27"),
              ("p", "The awards made from the budget are below."),
              ("t", [["Organisation", "Grant (£)", "Purpose"],
                     ["Morrowby Good Neighbours", "£38,000", "Befriending"],
                     ["Morrowby Money Matters", "£52,000", "Debt advice"]])],
     {"Morrowby Good Neighbours", "Morrowby Money Matters"}),
    ("md", [("h", "Fellgate Town Council"), ("h", "Community grants budget 2026/27"),
            ("p", "The grants agreed are these."),
            ("t", [["Grantee", "Amount"], ["Fellgate Food Bank", "£1,500"], ["Fellgate Scouts", "£800"]])],
     {"Fellgate Food Bank", "Fellgate Scouts"}),
])
def test_a_shared_out_table_naming_its_holders_gives_them_as_providers(tmp_path, fmt, blocks, providers):
    found = {c.provider for c in _paper_contracts(tmp_path, blocks, fmt)}
    assert providers <= found, found


@pytest.mark.parametrize("blocks", [
    [("h", "Kelby Borough Council"), ("h", "Grants to parish councils 2025/26"), ("p", "The grants are set out below."),
     ("t", [["Recipient", "Purpose", "Amount"], ["Oldbury Town Council", "Play area", "£5,000"],
            ["Marsh Parish Council", "Bus shelter", "£2,500"], ["Fenny Parish Council", "Benches", "£1,200"]])],
    [("h", "Kelby Borough Council"), ("h", "Budget 2026/27"), ("p", "The budgets are set out below."),
     ("t", [["Service", "Budget £"], ["Street cleansing", "£500,000"], ["Leisure centres", "£200,000"]])],
    [("h", "Kelby Borough Council"), ("h", "Savings 2026/27"), ("p", "The savings are set out below."),
     ("t", [["Service", "Delivered by", "Saving £"], ["Day care", "Kelby Day Services", "£50,000"],
            ["Meals", "Kelby Meals on Wheels", "£20,000"]])],
])
def test_an_allocation_to_councils_a_plain_budget_or_savings_table_gives_no_provider(tmp_path, blocks):
    assert not {c.provider for c in _paper_contracts(tmp_path, blocks)} - {None}


# Each mechanism's wordings, each sentence alone in a paper under the opening's authority and committee: the sentences
# naming a provider, and the negatives naming none.
MECHANISMS = {
    # the supplier an order, a direct award, a continued agreement or an SLA is with (contract_roles.yaml
    # provider.before; org_evidence.yaml role.contract_with, role.placed_with)
    "an order, a direct award, a continued agreement or an SLA": ProviderWordings(
        ("Dunmere District Council", "Cabinet"),
        naming=[
            ("That a direct award be agreed with Pennoak Archive Services for records storage for four years.",
             "Pennoak Archive Services"),
            ("The order for the replacement gritters was placed with Kellow Fleet at £312,000.", "Kellow Fleet"),
            ("Cabinet approves the continuation of the existing agreement with Brightwater Advice for six months.",
             "Brightwater Advice"),
            ("That the Service Level Agreement between Dunmere District Council and Dunmere Advice Network for 2026/27 be "
             "approved.", "Dunmere Advice Network"),
        ],
        naming_none=[
            "Orders will be placed with suppliers on the national framework.",
            "The existing agreement with NHS Kelby Integrated Care Board on the pooled fund continues.",
            "The Service Level Agreement between the Council and the ICB was noted.",
        ],
    ),
    # a sum allocated to a body, a tender's price set off before its bidder (contract_roles.yaml provider.before;
    # org_evidence.yaml role.funding_to, role.price_from)
    "a sum allocated to a body or a priced tender from it": ProviderWordings(
        ("Farnley Town Council", "Minutes of the Town Council"),
        naming=[
            ("That a one-year funding settlement of £72,160 be allocated to Farnley Citizens Advice.", "Farnley Citizens Advice"),
            ("Funding of £12,000 was allocated to Farnley Men's Shed for the workshop.", "Farnley Men's Shed"),
            ("It was agreed that the lowest tender, of £675 from Greenacre Mowing, be accepted.", "Greenacre Mowing"),
            ("The cheapest quotation, of £1,240 from Brightlight Electrical, was accepted.", "Brightlight Electrical"),
        ],
        naming_none=[
            "Funding of £2m was allocated to the Highways budget.",
            "A funding settlement of £400,000 was allocated to Harbury Borough Council.",
            "Quotes of £600 from local firms will be sought.",
        ],
    ),
    # a supplier ending its own agreement with the paper's body (contract_roles.yaml provides.after;
    # org_evidence.yaml role.ends_its_agreement): it held the contract, stated without a value
    "a supplier ending its own agreement": ProviderWordings(
        ("Helbury Parish Council", "Minutes of the Parish Council"),
        naming=[
            ("The meeting was called following Groundswell Landscapes terminating its agreement with the Parish Council to cut "
             "the grass.", "Groundswell Landscapes"),
            ("Brightclean has given notice to end its cleaning contract with the Parish Council in June.", "Brightclean"),
            ("Last month Vigilis Monitoring ended its CCTV monitoring contract with the Parish Council.", "Vigilis Monitoring"),
        ],
        naming_none=[
            "The Parish Council terminated its agreement with the previous contractor.",
            "Councillor Ann Moss ended her term as chair of the working group.",
            "The Clerk gave notice to end the hire agreement for the hall.",
        ],
        commissioned=True,
    ),
}


test_a_mechanisms_wording_names_its_provider, test_a_mechanisms_negative_names_no_provider = provider_wording_tests(MECHANISMS)


@pytest.mark.parametrize("lead", [e for entry in __import__("committee_papers.extract.contract_roles", fromlist=["ROLES"])
                                  .ROLES["contributor"]["price_before"] for e in entry["examples"]])
def test_a_bidders_price_lead_is_read(lead):
    from committee_papers.extract.contract_prose import _bidders_price
    assert _bidders_price(lead)


@pytest.mark.parametrize("sentence, payer", [
    ("The Town Council received £5,000 from Farnley Rotary Club towards the benches.", "Farnley Rotary Club"),
    ("A contribution of £2,000 from Farnley Civic Society was welcomed.", "Farnley Civic Society"),
])
def test_a_sum_from_a_body_without_a_price_word_is_still_its_payment(sentence, payer):
    assert payer not in providers_of("Farnley Town Council", "Minutes of the Town Council", sentence)
