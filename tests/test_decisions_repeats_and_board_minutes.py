"""Round dec17c: alike decisions under two agenda items, the next item's numbered title after a bare
resolution label, and a provider board's narrative minutes (fictional examples)."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from committee_papers.ingest.model import Passage
from fictional_paper import passages_from_pieces


passages_of = passages_from_pieces


def decisions(*pieces, title, committee="the meeting"):
    return find_decisions(passages_of(("heading", title), *pieces), committee=committee)


def texts(found):
    return [d.text for d in found]


# -- two items' alike delegations are two decisions; a summary repeating them is not ---------------

ALIKE_ITEMS = [
    ("Decision Notice of the Brackenford Highways Committee, 4 June 2026",
     [("Eastgate cycle lane", "Approved the outline business case for the Eastgate cycle lane."),
      ("Mill Road bus gate", "Approved the outline business case for the Mill Road bus gate.")],
     "Authorised the Director of Place in consultation with the Chair of the Committee to take all steps "
     "needed to tender for and let the works contracts."),
    ("Minutes of the North Mercia Estates Committee held on 9 March 2026",
     [("Fernlea clinic refit", "Agreed to fund the refit of the Fernlea clinic from the capital reserve."),
      ("Ashby ward relocation", "Agreed to move the Ashby ward to the east wing in the autumn.")],
     "Delegated authority to the Chief Finance Officer, with the Committee Chair, to sign the building "
     "contracts once tenders have been evaluated."),
    ("Record of decisions: Harlow Vale Council Cabinet, 21 January 2026",
     [("Riverside car park", "Approved the sale of the Riverside car park to the housing company."),
      ("Station quarter", "Approved the masterplan for the station quarter for consultation.")],
     "Authorised the Head of Legal Services to complete the legal agreements needed to give effect to "
     "this decision."),
]


@pytest.mark.parametrize("title,items,delegation", ALIKE_ITEMS)
def test_alike_delegations_under_two_items_are_two_decisions(title, items, delegation):
    pieces = []
    for number, (heading, own) in enumerate(items, start=5):
        pieces += [("heading", f"{number}. {heading}"), ("paragraph", own), ("paragraph", delegation)]
    found = texts(decisions(*pieces, title=title))
    assert found.count(delegation) == 2, found
    assert all(own in found for _h, own in items), found


@pytest.mark.parametrize("title,items,delegation", ALIKE_ITEMS)
def test_a_summary_that_only_repeats_the_items_decisions_adds_none(title, items, delegation):
    pieces = []
    for number, (heading, own) in enumerate(items, start=5):
        pieces += [("heading", f"{number}. {heading}"), ("paragraph", own), ("paragraph", delegation)]
    # The closing summary repeats the first item's decisions: all of them repeats, none new.
    pieces += [("heading", "9. Summary of decisions"), ("paragraph", items[0][1]), ("paragraph", delegation)]
    found = texts(decisions(*pieces, title=title))
    assert found.count(delegation) == 2 and found.count(items[0][1]) == 1, found


# -- the next agenda item's numbered title after "It was APPROVED that;" ---------------------------

NEXT_ITEM = [
    ("14 Harbour wall repairs", "It was RESOLVED that;",
     "That the Committee approved spending £40,000 on the harbour wall repairs.",
     "15 Review of the allotment rents and the waiting list for new plots"),
    ("7. Library opening hours", "It was AGREED that:",
     "That the Panel agreed the reduced Saturday opening hours at Eastley library.",
     "8. Procurement of a new contract for the supply and upkeep of bus stop displays"),
    ("22) Tree planting programme", "It was APPROVED that;",
     "That the Board approved the second year of the urban tree planting programme.",
     "23) Community energy grants for village halls"),
]


@pytest.mark.parametrize("heading,label,resolution,next_title", NEXT_ITEM)
def test_the_next_items_numbered_title_ends_the_resolution(heading, label, resolution, next_title):
    found = texts(decisions(("heading", heading), ("paragraph", label), ("paragraph", resolution),
                            ("paragraph", next_title),
                            ("paragraph", "The Committee considered a paper setting out three options."),
                            title="Minutes of the Brackenford Council Policy Committee, 12 May 2026"))
    assert found == [resolution], found


# -- a provider board's narrative minutes ---------------------------------------------------------

BOARD = "Minutes of the Open Board Meeting of Wealdshire Leisure Trust, 3 October 2026"


@pytest.mark.parametrize("sentence", [
    "The volunteer mileage rules were reviewed and adopted by the Trustees.",
    "The revised lettings terms and the hire charges were accepted and adopted by the Board.",
    "The trustees' gifts register has been considered and agreed unanimously by the Trustees.",
    "The Board reviewed and accepted a draft calendar of meetings for 2026/27.",
    "Eastley Friends – this bid was accepted by the Board pending a countersigned lease.",
])
def test_a_boards_passive_and_joined_verbs_decide(sentence):
    assert texts(decisions(("paragraph", sentence), title=BOARD)) == [sentence]


@pytest.mark.parametrize("proposal,assent", [
    ("The Secretary asked the Board to agree that the annual meeting move to late October.",
     "The Board were in full agreement with that."),
    ("Two neighbouring trusts have asked to send an observer to one of our Board meetings.",
     "All Board members were in full agreement with that."),
    ("The Treasurer suggested that the petty cash float be raised to £200.",
     "The Board agreed with this."),
])
def test_an_assent_to_this_decides_the_sentence_before_it(proposal, assent):
    found = texts(decisions(("paragraph", f"Some figures were reviewed. {proposal} {assent}"), title=BOARD))
    # What was proposed, its proposer dropped ("The Treasurer suggested that"), with the assent.
    asked = proposal.split(" that ")[-1]
    assert len(found) == 1 and asked in found[0] and found[0].endswith(assent), found


@pytest.mark.parametrize("assent", [
    "The Board were in full agreement with that.",
    "All Board members were in full agreement with that.",
    "The Board agreed with this.",
])
def test_an_assent_to_this_under_a_heading_decides_nothing(assent):
    assert decisions(("heading", "4. Any other business"), ("paragraph", assent), title=BOARD) == []


# -- a lead-in that decides by itself, its list the changes ----------------------------------------

@pytest.mark.parametrize("lead_in,changes", [
    ("The minutes of the meeting held on 2 April were agreed as a correct record subject to the following "
     "amendments:", ["Item 3 – the date should read 4 May", "Item 7 – Mr Oduya's name is misspelt"]),
    ("The minutes were agreed as accurate subject to these amendments:",
     ["Item 2 – the apologies should include Ms Reyes", "Item 5 – the figure should read £14,500"]),
    ("The revised lettings charter was adopted by the Board subject to these changes:",
     ["Clause 4 – the deposit falls to £50", "Clause 9 – notice is one month"]),
])
def test_a_decision_subject_to_listed_changes_is_one_decision(lead_in, changes):
    found = texts(decisions(("paragraph", lead_in), *[("list_item", change) for change in changes], title=BOARD))
    assert len(found) == 1 and found[0].startswith(lead_in.rstrip(":")), found


# -- near-identical numbered items of one list broken across two rows --------------------------------

def board_table(*cells):
    passages = [Passage(seq=1, kind="heading", text=BOARD, page=1, section=None, heading=None)]
    for i, cell in enumerate(cells, start=2):
        row = [str(i), cell] if cell[:1].isupper() or cell[:1].isdigit() else ["", cell]
        passages.append(Passage(seq=i, kind="table_row", text=" | ".join(row), page=1, section=None,
                                heading=None, cells=row, header=[]))
    return texts(find_decisions(passages, committee="the Board"))


@pytest.mark.parametrize("first,second", [
    ("Membership bids\n1. Eastley Friends – this bid was accepted by the Board pending "
     "sight of a treasurer's letter.\n2. Mill Green – this bid was accepted by the Board pending "
     "sight of a treasurer's letter.",
     "3. Oakley Friends – this bid was accepted by the Board pending sight of a treasurer's letter "
     "and a countersigned lease."),
    ("Small grants\n1. Hartley Scouts - this bid has been accepted by the Trustees subject to an invoice.\n"
     "2. Fenby Choir - this bid has been accepted by the Trustees subject to an invoice.",
     "3. Ashwell Allotments - this bid has been accepted by the Trustees subject to an invoice and a "
     "quote."),
    ("Nominations\n1. Ms Ruiz – this nomination was accepted by the Board as a co-opted governor.\n"
     "2. Mr Dale – this nomination was accepted by the Board as a co-opted governor.",
     "4. Dr Amis – this nomination was accepted by the Board as a co-opted governor for one year."),
])
def test_alike_items_of_one_list_across_two_rows_are_each_a_decision(first, second):
    found = board_table(first, second)
    assert len(found) == 3, found


# -- a cell's long or verb-led title line above its sentence -----------------------------------------

@pytest.mark.parametrize("title,sentence", [
    ("Set dates and times for the remainder of 2026/27", "The Board reviewed and accepted a draft calendar of meetings."),
    ("3. Arrangements for handling requests made under the Freedom of Information Act",
     "These handling rules were reviewed and adopted by the Trustees."),
    ("Decide whether the Board needs further working groups",
     "It was agreed that no new working group would be needed this year."),
])
def test_a_cells_title_line_stays_apart_from_the_decision_below_it(title, sentence):
    found = board_table(f"{title}\n{sentence}")
    assert len(found) == 1 and found[0].endswith(sentence) and not found[0].startswith(title), found


# -- a summary that starts under the last item's heading repeats several decisions in a row ---------

@pytest.mark.parametrize("own", [
    "Delegated authority to the Head of Parking to set the new tariffs.",
    "Approved the closure of the Dock Road car park on Sundays.",
    "Noted the update on the electric vehicle charging points.",
])
def test_a_run_of_repeats_after_the_last_items_own_decision_is_a_summary(own):
    earlier = ["Approved the new residents' permit charges from 1 April.",
               "Approved a visitor permit charge of £2 per day.",
               "Approved the early bird tariff at the two multi-storey car parks.",
               "Approved free parking in the district car parks on the Saturdays before Christmas."]
    pieces = [("heading", "6. Parking charges")] + [("paragraph", text) for text in earlier]
    pieces += [("heading", "7. Delegations"), ("paragraph", own)] + [("paragraph", text) for text in earlier]
    found = texts(decisions(*pieces, title="Minutes of the Brackenford Highways Committee, 2 March 2026"))
    assert found == earlier + [own], found


# -- a decision's sentence broken between two table rows -----------------------------------------------

@pytest.mark.parametrize("first,second,whole", [
    ("Applications\n1. Eastley Friends – this bid was accepted by the Board pending",
     "a countersigned lease. 2. Mill Green – this bid was accepted by the Board.",
     "Eastley Friends – this bid was accepted by the Board pending a countersigned lease."),
    ("Policies\nThe volunteer mileage rules were reviewed and adopted by the Trustees with",
     "effect from 1 May. The Treasurer will circulate it to all volunteers.",
     "The volunteer mileage rules were reviewed and adopted by the Trustees with effect from 1 May."),
    ("Lettings\nThe Board agreed to let the upper hall to the Wealdshire Chess Club at",
     "the community rate for one year.\nThe Board noted the caretaker's report.",
     "The Board agreed to let the upper hall to the Wealdshire Chess Club at the community rate for one year."),
])
def test_a_decision_broken_between_two_rows_is_joined(first, second, whole):
    found = board_table(first, second)
    assert found[0] == whole and not any(text[:1].islower() for text in found), found
