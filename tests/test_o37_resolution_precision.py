"""Round o37: spans a role frame puts in a body's place that are no body, each general cause with fictional wordings
(invented bodies; the sentences are written for these tests) and the same frames still naming a real body."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, contracts_of, provider_wording_tests  # noqa: E402

COUNCIL = ("Harlow Vale Council", "Cabinet")

MECHANISMS = {
    # A budget's or a charge's own heading (`Schools Block`, `Parking Place Levy`, `Adult Social Care Precept`) in a
    # role frame is money moving between budgets or a charge raising funds: org_evidence.yaml not_body_endings.
    "a budget block, levy, precept or reserve is no body": ProviderWordings(
        COUNCIL,
        naming=[
            ("The transfer of the mobile library service from Pagewell Books to Readwell Libraries took place in May.",
             "Pagewell Books"),
            ("The car parks are managed by Levymark Parking Ltd under a concession.", "Levymark Parking Ltd"),
        ],
        naming_none=[
            "The Forum agreed a 0.5% transfer this year from Schools Block into High Needs Block.",
            "The transfer of funding from High Needs Block to the Schools Block was agreed.",
            "Members noted a transfer of £2m from Early Years Block to the Central Services Block.",
        ],
        commissioned=True,
    ),
    # A name followed by the people who use it (`Roadspan users`, `Quillbrook customers`) or by a citation's `et al`
    # names a brand's users or a cited author: org_evidence.yaml not_party_followers.
    "a brand's users or a cited author is no party": ProviderWordings(
        COUNCIL,
        naming=[
            ("Journeys on the night route are operated by Roadspan Buses for the Council.", "Roadspan Buses"),
            ("The traffic survey was undertaken by Marlowe Insight in May.", "Marlowe Insight"),
        ],
        naming_none=[
            "Location data from trips undertaken by Roadspan users across town show a ride takes 20% longer.",
            "Other research undertaken by Marlowe et al (2019) indicates that a levy can reduce congestion.",
            "The count was carried out by Quillbrook drivers over one week in June.",
            "The pilot was run by Zipwheel riders across the town centre.",
            "Trips were undertaken by Zipwheel passengers during the pilot.",
            "An earlier study, undertaken by Fenwick et al., found no effect on retail footfall.",
        ],
        commissioned=True,
    ),
    # A name made only of type words (`Local Government Association`) is one body's where a role position holds it, it
    # ends with a membership body's noun and the same text calls it by its initials (org_evidence.yaml
    # initialled_type_names).  Not a type named in a role (`the Clinical Commissioning Group`), nor one without its
    # initials beside it.
    "a membership body named only by type words and its initials": ProviderWordings(
        COUNCIL,
        naming=[
            ("The Leader commissioned a peer review from the Local Government Association for the housing team. "
             "The LGA report found gaps in capacity.", "Local Government Association"),
            ("Peer training is delivered by the County Councils Network, and the CCN will report each quarter.",
             "County Councils Network"),
            ("The falls pilot is run by the Community Health Alliance; the CHA covers the whole county.",
             "Community Health Alliance"),
            ("The review of the clinics was undertaken by the Public Health Network, whose PHN team met staff.",
             "Public Health Network"),
        ],
        naming_none=[
            "The review was carried out by the Local Government Association.",
            "The Chief Executive commissioned advice from the Clinical Commissioning Group; the CCG replied.",
            "Support is provided by the Local Housing Association to tenants.",
        ],
        commissioned=True,
    ),
}

test_names_its_provider, test_names_no_provider = provider_wording_tests(MECHANISMS)


def test_a_budget_block_moved_between_the_blocks_a_paper_lists_is_no_provider():
    found = contracts_of(
        "# Harlow Vale Council – Budget 2026/27",
        "The grant is paid through three blocks: the Schools Block, the High Needs Block and the Early Years Block.",
        "The Forum agreed a 0.5% transfer from Schools Block into High Needs Block.",
    )
    assert not {c.provider for c in found} - {None}


def test_a_levy_or_precept_defined_by_its_initials_is_no_provider_where_its_initials_provide_funds():
    for definition, use in [
        ("The Parking Place Levy (PPL) was introduced in 2022.",
         "Whilst road charging would raise more, the PPL will provide funds for bus improvements."),
        ("The Second Homes Precept (SHP) starts in April.", "The SHP provides about £3m a year for housing."),
        ("A Tourist Bed Levy (TBL) is proposed.", "Elsewhere a TBL provides an opportunity to fund events."),
    ]:
        found = contracts_of("# Fenmarsh District Council – Transport Review", definition, use)
        assert not {c.provider for c in found} - {None}, (definition, [(c.commissioner, c.provider) for c in found])


def _table_parties(label_word: str, prose_word: str) -> set:
    from probe_harness import extract_blocks
    extraction = extract_blocks(
        ("heading", "Kelby Borough Council – Budget Report"),
        f"{label_word} Hollis LLP provides the external audit service under a five year contract.",
        f"The {prose_word} for rural services rose by 3% this year.",
        "Parkway Grounds Ltd maintains the parks under a contract.",
        ("heading", "Table 7.1 List of changes since the draft"),
        ("table", "", None, 0, [["Category", "Description", "Amount"],
                                [label_word, "Rural Services Delivery allocation", "£4.2m"]], 1))
    return {(c.provider, c.value_gbp) for c in extraction.contracts if c.value_gbp}


def test_a_category_label_the_paper_writes_as_a_common_word_is_no_short_name_of_a_firm():
    """`Grant` in a Category column of a paper that writes `the grant` is the word, not `Grant Hollis LLP`; a label
    the paper never writes in lower case (`Marsh`) still stands for the firm its name opens."""
    assert ("Grant Hollis LLP", 4_200_000) not in _table_parties("Grant", "grant")
    assert ("Penwell Hollis LLP", 4_200_000) not in _table_parties("Penwell", "penwell")
    assert ("Marsh Hollis LLP", 4_200_000) in _table_parties("Marsh", "allocation")
