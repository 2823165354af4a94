"""A month or weekday glued to a body's type words is a date, not a place (extract/orgfinder._past_date_words).

`the March County Council` (the council's March meeting) must not become an organisation called
`March County Council`, nor the paper's authority; a place named like a month keeps its name."""
import pytest

from committee_papers.extract.orgfinder import find_names


def _names(text):
    return [f.name for f in find_names(text) if not f.short]


@pytest.mark.parametrize("text", [
    # a parish council's minutes: the month's meeting of the body
    "The clerk will bring the revised budget to the March County Council for approval.",
    # a charity's trustees' minutes in a TXT layout: a day number before the month
    "Trustees noted the grant letter sent after 14 May Wendle Borough Council had met.",
    # a leisure trust's board: `its June ... Council`
    "The chair said the item would go to its June Town Council once the lease was agreed.",
    # an ICB committee: a weekday is never a place
    "Papers for Tuesday Parish Council were circulated late.",
    # a cabinet report: `this September ... Council`
    "Members will be asked to agree the policy at this September District Council.",
])
def test_a_date_glued_to_a_body_type_is_no_organisation(text):
    names = _names(text)
    assert not any(name.split()[0].lower() in {"march", "may", "june", "september", "tuesday"} for name in names), names


@pytest.mark.parametrize("text, name", [
    ("March Town Council agreed to fund the bench.", "March Town Council"),
    ("The March Town Council approved the precept.", "March Town Council"),
    ("A report from 3 March Wessex County Council officers was noted.", "Wessex County Council"),
    ("Ahead of the November meeting, Eastmere City Council published its plan.", "Eastmere City Council"),
])
def test_a_place_named_like_a_month_and_a_body_after_a_date_keep_their_names(text, name):
    assert name in _names(text)
