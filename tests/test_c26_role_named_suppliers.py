"""Round c26: suppliers the real development papers named only by the role a board gives them (an auditor elected or
audited by, a body used as an adviser or provider, a firm set off after its singular adviser role, a named centre holding
commissioned services, a contract named by its holder), each general cause with fictional wordings and negatives (papers about invented bodies;
the sentences are written for these tests).  Most such names carry no legal ending, so each mechanism both recognises
the name by its role position (org_evidence.yaml) and gives it its role (contract_roles.yaml)."""
from __future__ import annotations

import sys

import pytest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, provider_wording_tests  # noqa: E402

BOARD = ("Fenmarket Libraries Ltd", "Board Minutes")
COUNCIL = ("Harlow Vale Council", "Governance and Audit Committee")

# Each mechanism's wordings, each sentence alone in a paper under the opening's authority and committee: the sentences
# naming a provider, and the negatives naming none.
MECHANISMS = {
    # The audit's firm named by what it did (`X audited the accounts` is elsewhere; here `the society has been audited by
    # X`) or by the office a general meeting fills (`To appoint the Auditor - X`, `Election of Auditor: to elect the
    # Auditors – X`): the firm audits for the paper's body.  Not an office filled by a person, nor a dash before prose.
    "an auditor named by its office or its audit": ProviderWordings(
        BOARD,
        naming=[
            ("Fenmarket Libraries has been audited by Penrose Avery and the draft budget was agreed.", "Penrose Avery"),
            ("The accounts for 2024/25 were audited by Hallam Crane in June.", "Hallam Crane"),
            ("4. Auditors: To appoint the Auditor - Marlow Quay Ltd.", "Marlow Quay Ltd"),
            ("5. Election of Auditor To elect the Auditors – Quillon Marsh.", "Quillon Marsh"),
            ("6. To re-appoint the independent examiner: Tarrant Hale.", "Tarrant Hale"),
        ],
        naming_none=[
            "The accounts were audited by the Finance Committee before the meeting.",
            "4. To appoint the Auditor - the Board recommends a fresh tender next year.",
            "Fenmarket Libraries has been audited twice this year.",
            "3. To elect the Chair - Jo Bell.",
        ],
        commissioned=True,
    ),
    # A body the board uses in a supplier's or adviser's place (`agreed to use X as the external advisor for S`,
    # `continue to use X as the primary content provider`): it supplies that service.  Not a venue, a model or a
    # benchmark a body is used as.
    "a body used as a provider or adviser": ProviderWordings(
        BOARD,
        naming=[
            ("The Board agreed to continue to use Pageturn as the primary digital content provider.", "Pageturn"),
            ("It was agreed to use Kelby Borough Council as the external advisor on fire safety.", "Kelby Borough Council"),
            ("Members agreed to keep using Tallis Rowe Group as our payroll supplier.", "Tallis Rowe Group"),
        ],
        naming_none=[
            "The Board agreed to use Harbury Village Hall as the venue for the AGM.",
            "Officers used Kelby Borough Council as the benchmark for room hire fees.",
            "The Board agreed to use Pageturn as a model for the new website.",
        ],
        commissioned=True,
    ),
    # A firm set off by commas after its singular adviser role (`the Council's retained treasury advisor, X`): the firm
    # advises the paper's body.  The plural (`advisers, X`) was read already; in the singular a person is so named too
    # (`the Council's treasury adviser, Jo Bell,`), so only a name that cannot be a person's is recognised by it.
    "a firm after its singular adviser role": ProviderWordings(
        COUNCIL,
        naming=[
            ("The market outlook comes from the Council's treasury advisor, Sterling Group.",
             "Sterling Group"),
            ("The Fund's actuary, Hartwell Actuarial Services, set the new employer rates.", "Hartwell Actuarial Services"),
            ("Our external auditor, Penrose Audit LLP, presented the annual report to members.", "Penrose Audit LLP"),
        ],
        naming_none=[
            "The Council's treasury adviser, Jo Bell, spoke to the report.",
            "I'm Sam Hart, the Committee's scrutiny adviser.",
            "The Council's monitoring officer, Ann Lee, advised members on the process.",
        ],
        commissioned=True,
    ),
    # A named centre holding the commissioned services or contracts the paper's body counts or places there (`the
    # commissioned services at X and Y`, `activity under the hub contract at X`, `two commissioned hub contracts in
    # the county: X in A and Y in B`): the centre's body provides them, though its name carries no body ending.  Not a
    # service at the council's own building, nor contracts counted without a name.
    "a named centre holding commissioned services": ProviderWordings(
        ("Kelby County Council", "Consultation report"),
        naming=[
            ("Staff currently delivering the commissioned services at Larkrise and Tolland are eligible for TUPE transfer.",
             {"Larkrise", "Tolland"}),
            ("The commissioned play sessions at Brookhaven will end in March.", "Brookhaven"),
            ("Sessions under the hub contract at Tolland is about 14 hours a week.", "Tolland"),
            ("This consultation is about two commissioned Family Hub contracts in Kelby: Larkrise Family Hub in Dunmere and "
             "Tolland Family Hub in Oxbridge.", {"Larkrise Family Hub", "Tolland Family Hub"}),
        ],
        naming_none=[
            "The commissioned services at the hospital are unchanged.",
            "Activity under the contract at the Gateway is about 14 hours a week.",
            "There are two commissioned contracts in Kelby: both end in March.",
        ],
        commissioned=True,
    ),
    # A contract named by its holder: a contract taken over from a body (`taking over the cleaning contract from X`) was
    # X's, and a contract named by its holder and its service (`the X cleaning contract`, `the X grounds maintenance
    # contract`) is X's, as `the X contract` is.  Not a lease or an office taken over, a word describing the contract
    # (`the new cleaning contract`, `the Library cleaning contract`) nor the paper's own body.
    "a contract named by its holder": ProviderWordings(
        BOARD,
        naming=[
            ("Kelby District Council have approached the Board about taking over the cleaning contract from Brightclean.",
             "Brightclean"),
            ("Fenmoor Homes will take over the repairs contract from Hollowfield Building Services in June.",
             "Hollowfield Building Services"),
            ("The review meeting of the Brightclean cleaning contract took place last week.", "Brightclean"),
            ("Members noted that the Kestle catering contract ends in March.", "Kestle"),
            ("Officers met to discuss the Tidybank grounds maintenance contract.", "Tidybank"),
        ],
        naming_none=[
            "The Board took over the lease from Harbury Estates in May.",
            "Sam Hart took over the chair from Jo Bell.",
            "The new cleaning contract starts in May.",
            "The Library cleaning contract was renewed for a year.",
            "The Council's cleaning contract was renewed for a year.",
        ],
        commissioned=True,
    ),
}


test_a_mechanisms_wording_names_its_provider, test_a_mechanisms_negative_names_no_provider = provider_wording_tests(MECHANISMS)


# A minutes table's row cut by a page break: the next page's row, its item cell empty, runs on in lower case from the
# row before (`... with a view to taking over` / next page / `the cleaning contract from X.`).  The two halves are one
# cell, as a paragraph so cut is one passage: its organisations are found and its relations read in the whole.  A row
# on the same page, or one whose item cell is filled, is a record of its own.
def _minutes_table(rows_and_pages):
    from committee_papers.extract.pipeline import extract
    from committee_papers.ingest.model import Block, Document
    blocks = [Block("heading", "Fenmarket Libraries Ltd", page=1, level=1),
              Block("paragraph", "Board Minutes – 12 March 2025", page=1),
              Block("table", rows=[row for row, _page in rows_and_pages], header_rows=0,
                    row_pages=[page for _row, page in rows_and_pages], page=5)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return {c.provider for c in extract(document.passages(), {}, document.filename).contracts} - {None}


CUT_ROWS = [
    ([(["5.", "Finance Report\nThe Treasurer presented the accounts. Kelby District Council have approached the Board "
              "with a view to taking over"], 5),
      (["", "the cleaning contract from Brightclean. A meeting is arranged for June."], 6),
      (["6.", "Any other business\nThere was none."], 6)], "Brightclean"),
    ([(["4.", "Premises\nThe Facilities Manager reported on the branch libraries. The lifts at both branches are "
              "serviced by"], 7),
      (["", "Ashlift Engineering under a term agreement that runs to 2027."], 8)], "Ashlift Engineering"),
    ([(["7.", "Contracts\nThe Board reviewed its suppliers and agreed to continue to use"], 2),
      (["", "Pageturn as the primary digital content provider for another year."], 3)], "Pageturn"),
]


@pytest.mark.parametrize("rows, provider", CUT_ROWS)
def test_a_table_row_cut_by_a_page_break_is_read_whole(rows, provider):
    assert provider in _minutes_table(rows)


@pytest.mark.parametrize("rows", [
    # the same page: two records
    [(["4.", "Premises\nThe Facilities Manager reported on the branch libraries. The lifts at both branches are "
            "serviced by"], 7), (["", "Ashlift Engineering under a term agreement that runs to 2027."], 7)],
    # the item cell filled: the next record
    [(["4.", "Premises\nThe Facilities Manager reported on the branch libraries. The lifts at both branches are "
            "serviced by"], 7), (["5.", "ashlift Engineering under a term agreement that runs to 2027."], 8)],
])
def test_a_row_on_the_same_page_or_with_its_own_item_is_no_rest_of_the_row_before(rows):
    assert not _minutes_table(rows)


# (v26) A word naming a place or a kind of building before a contract's service (org_evidence.yaml holder_contract
# not_names) is no holder, whatever its capital: the rule is known by its source pattern, not its compiled one.
@pytest.mark.parametrize("sentence", [
    "Members noted that the Leisure catering contract ends in March.",
    "The Depot security contract was extended to the autumn.",
    "Officers will retender the Civic cleaning contract next year.",
])
def test_a_building_word_before_a_contracts_service_is_no_holder(sentence):
    from committee_papers.extract.orgevidence import candidates
    assert [c.name for c in candidates(sentence) if c.rule == "role.contract_named_with_service"] == []


# (v26) A group's next row on the next page, its first cell left blank, is no rest of the row before when the row's
# cells end on a name or a sum (no lower-case word left hanging, no lower-case rest): each row keeps its own.
@pytest.mark.parametrize("rows", [
    [(["North", "Home care in the north is provided by Brightmoor Care"], 5),
     (["", "Fellside Homecare runs the night service."], 6)],
    [(["Lot 1", "Supplier: Ashgrove Support"], 3), (["", "Supplier: Kelby Rights"], 4)],
])
def test_a_groups_next_row_on_the_next_page_is_no_rest_of_the_row_before(rows):
    assert not any("Brightmoor Care Fellside" in p or "Support Supplier" in p for p in _minutes_table(rows))


def test_a_sum_or_name_without_a_stop_is_no_cut_cell():
    from committee_papers.extract.listitems import rows_cut_by_page
    from committee_papers.ingest.model import Block, Document
    table = Block("table", rows=[["Lot", "Provider", "Value"], ["Lot 1", "Oakdene Care Ltd", "£5,000"],
                                 ["", "Kelby Homecare Ltd", "£3,000"]], header_rows=1, row_pages=[5, 5, 6], page=5)
    passages = Document(path="p.txt", filename="p.txt", format="text", blocks=[table]).passages()
    assert rows_cut_by_page(passages) == {}
