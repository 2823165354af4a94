"""Round o32: parties named by the evidence a sentence carries about them (fictional bodies; sentences written for these
tests).  Each general cause with wordings of its own and negatives."""
from __future__ import annotations

import sys

import pytest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, provider_wording_tests  # noqa: E402

COUNCIL = ("Harlow Vale Council", "Cabinet")
TRUST = ("Fenmoor Community Health NHS Trust", "Audit Committee")

MECHANISMS = {
    # A firm named right beside its professional role noun, with no comma between (`as recommended by the Council's
    # external auditors X.`, `our treasury advisers X expect`): the firm advises or audits for the paper's body.  The
    # comma form (`advisers, X,`) was read already.  A person is so named too (`the Council's treasury adviser Jo Bell`),
    # so a name that could be a person's is not taken; nor a role noun followed by a date or a plain sentence word.
    "a firm beside its role noun without a comma": ProviderWordings(
        COUNCIL,
        naming=[
            ("A sensitivity test is added, as advised by the Council's external auditors Penrose Avery.",
             "Penrose Avery"),
            ("The interest rate forecast from our treasury advisers Sterling Arkwright expects two cuts this year.",
             "Sterling Arkwright"),
            ("The Council's property valuers Marram Wells have put the depot at £2.4m.", "Marram Wells"),
            ("Its legal advice came from the Council's external solicitors Ormsby Keane LLP in May.", "Ormsby Keane LLP"),
            ("The Council's external auditor Hallam Crane Group will report in September.", "Hallam Crane Group"),
        ],
        naming_none=[
            "The Council's treasury adviser Jo Bell spoke to the report.",
            "The draft was shared with the Council's external auditors in March.",
            "The Council's auditors Cabinet was told would report later.",
            "Members thanked the auditors for their work.",
        ],
        commissioned=True,
    ),
    # Work moved between the paper's own units (`from the Schools, Learning and Skills Directorate to the Community
    # Wellbeing Directorate`, then `from SLS to CWD`): no body hands a service over, so neither unit nor
    # its initials is a party.  A body with its own name and initials still is.
    "a service moved between the paper's own units": ProviderWordings(
        COUNCIL,
        naming=[
            ("The transfer of the meals service from Kestrel Support Ltd (KSL) to Oakdene Care Ltd follows; the Finance "
             "Department noted that KSL ran it well.", "Kestrel Support Ltd"),
            ("The transfer of the meals service from KSL to Oakdene Care Ltd follows; the Kitchen Services Department "
             "thanked staff.", "KSL"),
        ],
        naming_none=[
            "We propose moving the care leavers' team out of the Schools, Learning and Skills Directorate into the "
            "Community Wellbeing Directorate. A board will steer the move of the team from SLS to CWD.",
            "The leaving care service moves from the Children and Families Directorate to the Adults and Housing "
            "Directorate. A working group will see the handover from CAF to AAH through.",
            "The budget moves from the Place and Economy Directorate to the Corporate Resources Directorate in April. The "
            "transfer of the fleet team from PED to CRD follows in May.",
        ],
    ),
    # A provider body's own paper naming itself `us` as what a commissioning body commissions, contracts or pays
    # (`X Council commissions us to run S and pays us a fee of £V`): the paper's own body provides.  Not in a
    # commissioning body's own paper (`the Government pays us` in a council's paper is its income, no contract).
    "a body's own paper named as `us` by its commissioner": ProviderWordings(
        ("Harrowfield Homes", "Board"),
        naming=[
            ("Harrowfield Council commissions us to manage its housing stock and pays us a management fee of £9.4m a "
             "year.", "Harrowfield Homes", 9_400_000),
            ("Under the agreement Harrowfield Council pays us £1.2m a year to run the three pools.", "Harrowfield Homes",
             1_200_000),
            ("NHS Ridgeway Integrated Care Board commissioned us to run the twelve hospice beds, a contract worth £2.2m a year.",
             "Harrowfield Homes", 2_200_000),
        ],
        naming_none=[
            "Harrowfield Council wrote to us in May about its budget of £9.4m for repairs.",
        ],
    ),
    # The subject of a providing verb whose work is done for a body or under a contract (`X runs it for the Authority
    # under a tendered contract costing £V`, `X maintains the fleet under a contract with an annual value of £V`): X
    # supplies, though its name carries no body ending.  Not a providing verb with neither (`X provides a warm welcome`),
    # nor the paper's own body.
    "a body running a service for a body or under a contract": ProviderWordings(
        ("Tarnvale Combined Authority", "Board"),
        naming=[
            ("Route 9 is a supported service. Marlow Buses runs it for the Authority under a tendered contract costing "
             "£210,000 a year.", "Marlow Buses", 210_000),
            ("Corran Engineering maintains the tram fleet and track under a contract with an annual value of £7.5m.",
             "Corran Engineering", 7_500_000),
            ("Sortwise Recycling operates the Brook Lane plant for the Authority under a ten-year contract, costing about "
             "£1.4m a year.", "Sortwise Recycling", 1_400_000),
        ],
        naming_none=[
            "Harbury Village Hall provides a warm welcome to everyone in the village.",
            "The Authority runs the depot under a contract with its own company.",
        ],
        commissioned=True,
    ),
}


def test_a_commissioning_bodys_own_paper_named_as_us_names_no_provider():
    from probe_harness import providers_of
    assert not providers_of("Kelby Borough Council", "Cabinet", "The Government pays us £3m a year in New Homes Bonus.")
    assert not providers_of("Kelby Borough Council", "Cabinet",
                            "NHS Ridgeway Integrated Care Board pays us £2.1m a year towards the reablement service.")


def test_own_units_are_named_with_their_initials():
    from committee_papers.extract.orgevidence import own_units
    units = own_units(["Staff move from the Schools, Learning and Skills Directorate in April.",
                       "The Highways and Transport Department agreed.", "He met the Department for Education."])
    assert {"schools learning and skills", "sls", "highways and transport", "ht", "htd"} <= units
    assert "education" not in units and "department for education" not in units


test_a_mechanisms_wording_names_its_provider, test_a_mechanisms_negative_names_no_provider = provider_wording_tests(MECHANISMS)


# A table with a Provider and a value column whose row holds no sum (`n/a`, `-`, blank): the row still says who provides
# what, a relation without a value.  Laid out as a text table, a Markdown table and an HTML table.  Not a bid table's
# losing bidder without a price, nor a total row.
_TEXT_TABLE = """Kelby County Council
Cabinet

2. The table below lists the arrangements that end next year.

   Service                      | Current supplier          | Annual value | Ends
   -----------------------------+---------------------------+--------------+------------
   Telecare monitoring centre   | Beacon Point Telecare     | £478,000     | 30-Jun-2026
   Highway winter gritting      | Kelby Roads Alliance      | n/a          | 30-Sep-2026
"""
_MARKDOWN_TABLE = """# Tarnside Borough Council
## Cabinet

The contracts below end in 2026.

| Contract | Provider | Value (£) |
|---|---|---|
| Street cleansing | Cleanway Services | 1,200,000 |
| Parks grounds maintenance | Greenacre Grounds | - |
"""
_HTML_TABLE = """<html><body><h1>Wexcombe City Council</h1><h2>Cabinet</h2>
<p>Expiring arrangements are set out below.</p>
<table><tr><th>Service</th><th>Supplier</th><th>Contract value</th><th>End date</th></tr>
<tr><td>Pest control</td><td>Vermaway</td><td>£64,000</td><td>31 March 2026</td></tr>
<tr><td>Library courier</td><td>Bookfast Couriers</td><td></td><td>30 June 2026</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize("name, text, provider", [
    ("paper.txt", _TEXT_TABLE, "Kelby Roads Alliance"),
    ("paper.md", _MARKDOWN_TABLE, "Greenacre Grounds"),
    ("paper.html", _HTML_TABLE, "Bookfast Couriers"),
])
def test_a_table_row_without_a_sum_names_its_provider(tmp_path, name, text, provider):
    from probe_harness import extract_file
    found = extract_file(tmp_path, name, text).contracts
    assert (provider, None) in {(c.provider, c.value_gbp) for c in found}, [(c.provider, c.value_gbp) for c in found]


def test_a_bid_tables_unpriced_bidder_is_no_provider(tmp_path):
    from probe_harness import extract_file
    text = """Kelby County Council
Cabinet

3. Three bids were received. The contract is awarded to Brightmoor Lighting Ltd.

   Bidder                       | Price       | Quality score
   -----------------------------+-------------+--------------
   Brightmoor Lighting Ltd      | £212,000    | 78
   Lumenway Ltd                 | £230,000    | 70
   Streetglow Ltd               | withdrawn   | -
"""
    found = extract_file(tmp_path, "paper.txt", text).contracts
    assert "Streetglow Ltd" not in {c.provider for c in found}


def test_an_unpriced_in_house_row_or_a_repeated_label_row_is_no_provider(tmp_path):
    from probe_harness import extract_file
    text = """# Tarnside Borough Council
## Cabinet

| Provider | Service | Annual contract value |
|---|---|---|
| Brightstep Breaks Ltd | Overnight short breaks | £640,000 |
| Tarnside Family Link (in-house) | Family-based short breaks | n/a - staff budget |
| Provider | Service | |
"""
    found = extract_file(tmp_path, "paper.md", text).contracts
    assert {c.provider for c in found} == {"Brightstep Breaks Ltd"}, [(c.provider, c.value_gbp) for c in found]
