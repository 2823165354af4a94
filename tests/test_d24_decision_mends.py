"""Mends of stop 23 (d24), each a general mechanism with fictional examples (own wordings, invented authorities) and
negatives; the causes were found by sorting the real dev papers' missed decisions by granularity (absent, part
stored, merged, boundary)."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces

TRUST_MINUTES = "Minutes of the Trustees of the Hallow Green Village Hall Trust held on 11 March 2026"


def texts(found):
    return [" ".join(d.text.split()) for d in found]


def trust_minutes(*pieces):
    return texts(find_decisions(passages_from_pieces(("heading", TRUST_MINUTES), *pieces), committee="the Trustees",
                                meeting_date="2026-03-11"))


# -- 1. A decision in the clause after a semicolon ---------------------------------------------------------------
# "The Treasurer reported a surplus; it was agreed that the Clerk write to the bank.": a resolution label opening the
# clause after a semicolon is read as a sentence of its own.  When that clause names what it decides only by a
# pronoun ("...; it was agreed that this will be progressed"), the clause before it says what: the whole sentence.

@pytest.mark.parametrize("sentence, expected", [
    ("The Treasurer reported a small surplus on the lettings account; it was agreed that the Clerk write to the bank "
     "about a deposit account.", "it was agreed that the Clerk write to the bank about a deposit account."),
    ("Two quotes for the gutters had been received; RESOLVED that the lower quote from Tarn Roofing be accepted.",
     "the lower quote from Tarn Roofing be accepted."),
    ("The boiler failed twice in January; it was decided to replace it before the autumn lettings season.",
     "it was decided to replace it before the autumn lettings season."),
])
def test_a_label_opening_the_clause_after_a_semicolon_is_read_as_its_own_sentence(sentence, expected):
    found = trust_minutes(("heading", "6. Finance and fabric"), ("paragraph", sentence))
    assert found == [expected], found


@pytest.mark.parametrize("sentence", [
    "The Treasurer asked for a monthly cash summary from April; it was agreed that this will be progressed.",
    "Mrs Adeyemi requested a new noticeboard by the car park; it was agreed that this would go ahead.",
    "The playgroup has asked to store two tables in the side room; it was also agreed that they could stay there.",
])
def test_a_clause_after_a_semicolon_naming_its_matter_by_a_pronoun_keeps_the_clause_before(sentence):
    found = trust_minutes(("heading", "7. Requests"), ("paragraph", sentence))
    assert found == [sentence], found


@pytest.mark.parametrize("sentence", [
    "The Chair thanked the volunteers; it was noted that the hall had been busy.",
    "The roof repair is finished; the contractor will send the invoice in May.",
    "The caretaker reported a leak; members discussed the cost of a new tank.",
])
def test_a_clause_after_a_semicolon_that_decides_nothing_gives_none(sentence):
    assert trust_minutes(("heading", "8. Any other business"), ("paragraph", sentence)) == []


# -- 2. An assent to "the proposals" takes the sentence that put them forward ------------------------------------
# "The Board looked at the papers which proposed new guidelines for signs. The Marketing Lead also suggested a
# single card. The Board agreed with the proposals.": a decision naming its matter only as "the proposals", "this
# recommendation" or "the suggestion" is read with the sentence before it in its item that put that matter forward
# (a word sharing the noun's stem), past the discussion in between that would otherwise leave it alone.

@pytest.mark.parametrize("pieces, expected", [
    ([("heading", "4. Signage"),
      ("paragraph", "The Trustees looked at the papers from the Lettings Lead which proposed new rules on signs by "
                    "the car park. The Lettings Lead also suggested a single booking form. The Trustees agreed with "
                    "the proposals.")],
     "Signage: The Trustees looked at the papers from the Lettings Lead which proposed new rules on signs by the car "
     "park. The Trustees agreed with the proposals."),
    ([("heading", "5. Standing orders"),
      ("paragraph", "Draft standing orders were prepared by the Governance Group. Mr Oduya said the draft had taken "
                    "account of the model rules. Their recommendation is that the draft be adopted for a year. The "
                    "Trustees were in agreement with this recommendation.")],
     "Standing orders: Their recommendation is that the draft be adopted for a year. The Trustees were in agreement "
     "with this recommendation."),
    ([("heading", "6. Bookings"),
      ("paragraph", "Mrs Lyle put forward a suggestion of online booking for regular hirers from September. Several "
                    "Trustees explained that older hirers prefer the telephone. The Trustees were content with the "
                    "suggestion.")],
     "Bookings: Mrs Lyle put forward a suggestion of online booking for regular hirers from September. The Trustees "
     "were content with the suggestion."),
    ([("heading", "7. Lettings charges"),
      ("paragraph", "The Treasurer recommended a rise of 5% in hall charges from June. Mr Oduya asked how the rise "
                    "compared with other halls. The Trustees agreed with the recommendation.")],
     "Lettings charges: The Treasurer recommended a rise of 5% in hall charges from June. The Trustees agreed with "
     "the recommendation."),
])
def test_an_assent_to_the_proposals_takes_the_sentence_that_put_them_forward(pieces, expected):
    assert trust_minutes(*pieces) == [expected]


def test_an_assent_to_the_proposals_with_nothing_put_forward_stays_alone():
    found = trust_minutes(("heading", "4. Signage"),
                          ("paragraph", "The Lettings Lead said new signs were needed by the car park. The Chair "
                                        "thanked her. The Trustees agreed with the proposals."))
    assert found == ["Signage: The Trustees agreed with the proposals."], found


def test_a_decision_between_stops_the_look_back():
    found = trust_minutes(("heading", "4. Signage"),
                          ("paragraph", "The Lettings Lead proposed new signs by the car park. The Trustees agreed "
                                        "to buy a second bench. Members said the hall looked well. The Trustees "
                                        "agreed with the proposals."))
    assert "Signage: The Trustees agreed with the proposals." in found, found
    assert not any(text.startswith("Signage: The Lettings Lead") for text in found), found


# -- 3. A body's request closing a sentence after "and" -----------------------------------------------------------
# "There was a discussion with the county about the figures and the Board have requested that ...": a body's request
# is a decision after "and" as its agreement is (part clause_after_and); someone else's request is not.

@pytest.mark.parametrize("sentence", [
    "There was a discussion with the county about these figures and the Trustees have requested that future press "
    "statements come from the Trust.",
    "The hall was fully booked in May and the Trustees requested that the Clerk order forty more chairs.",
    "The insurer's letter was read out, and the Trustees requested that the Treasurer compare two other quotes.",
])
def test_a_bodys_request_closing_a_sentence_after_and_is_read(sentence):
    found = trust_minutes(("heading", "9. Communications"), ("paragraph", sentence))
    assert found == [sentence], found


@pytest.mark.parametrize("sentence", [
    "The café had closed in May and the tenant requested that the fittings stay.",
    "The Chair and the Treasurer requested that the item be taken first.",
])
def test_a_request_by_someone_else_after_and_gives_none(sentence):
    assert trust_minutes(("heading", "9. Communications"), ("paragraph", sentence)) == []


# -- 4. A decision field's label run into its sentence in a table's header ----------------------------------------
# A record of decisions laid out as label | value rows, whose first row a reader took as the table's header, lost the
# line between the label and its sentence ("(d) | Decision taken The Committee noted ..."): the label is a line of
# its own, as the other rows write it, and the sentence under it is the decision.

from committee_papers.ingest.model import Passage  # noqa: E402

RECORD = "Decision Recording Form - Hallow Green Parish Council Planning Committee"


def record_rows(*rows):
    """A decision record's label | value table whose first row is its header (a reader's way with such tables)."""
    passages = [Passage(1, "heading", RECORD, 1, None, RECORD)]
    header = list(rows[0])
    passages.append(Passage(2, "table_header", " | ".join(header), 1, None, RECORD, cells=header, header=header))
    for seq, cells in enumerate(rows[1:], start=3):
        passages.append(Passage(seq, "table_row", " | ".join(cells), 1, None, RECORD, cells=list(cells),
                                header=header))
    return texts(find_decisions(passages, committee="the Committee"))


@pytest.mark.parametrize("value, expected", [
    ("Decision taken The Committee noted the closure report of the verges task group, which will shape a verges "
     "plan.", "The Committee noted the closure report of the verges task group, which will shape a verges plan."),
    ("Decision The Committee approved the tree works at the Jubilee Field play area.",
     "The Committee approved the tree works at the Jubilee Field play area."),
    ("Outcome The Committee agreed to object to the application for six flats at Mill Lane.",
     "The Committee agreed to object to the application for six flats at Mill Lane."),
])
def test_a_decision_label_run_into_its_sentence_in_a_header_row_gives_the_sentence(value, expected):
    found = record_rows(("(d)", value), ("(e)", "Exempt information?\nOpen"))
    assert found == [expected], found


@pytest.mark.parametrize("value", [
    "Decision taken by the Chair under delegated powers",
    "Decision The date of the next meeting",
])
def test_a_label_before_no_deciding_sentence_gives_none(value):
    assert record_rows(("(d)", value), ("(e)", "Exempt information?\nOpen")) == []


# -- 5. A numbered item's title run into its first sentence in a minutes cell -------------------------------------
# "Decisions" / "1. Lettings Policy (2026 review) The Lettings Policy was reviewed by the Finance Group. The Trustees
# were in agreement and this policy was adopted.": a reader lost the line between the numbered title and its text;
# the title is a line of its own again, so "this policy" is led by it, not by the cell's "Decisions" label.

TRUST_TABLE = "Minutes of the Trustees of the Hallow Green Village Hall Trust held on 11 March 2026"


def trust_table(*rows, header=("Item", "Minute", "Action")):
    passages = [Passage(1, "heading", TRUST_TABLE, 1, None, TRUST_TABLE)]
    for seq, cells in enumerate(rows, start=2):
        passages.append(Passage(seq, "table_row", " | ".join(cells), 1, None, TRUST_TABLE, cells=list(cells),
                                header=list(header)))
    return texts(find_decisions(passages, committee="the Trustees", meeting_date="2026-03-11"))


@pytest.mark.parametrize("line, outcome, expected", [
    ("1. Lettings Policy (2026 review) The Lettings Policy was reviewed by the Finance Group in February.",
     "The Trustees were in agreement and this policy was adopted.",
     "Lettings Policy (2026 review): The Trustees were in agreement and this policy was adopted."),
    ("2. Safeguarding Policy This was brought up to date with the county's new guidance.",
     "The Trustees approved these changes.",
     "Safeguarding Policy: The Trustees approved these changes."),
    ("3. Hall Hire Charges It was explained that the charges had not risen since 2023.",
     "These proposals were agreed.",
     "Hall Hire Charges: These proposals were agreed."),
])
def test_a_numbered_title_run_into_its_sentence_leads_the_outcome(line, outcome, expected):
    found = trust_table(("4.", f"Decisions\n{line}\n{outcome}", "KL"))
    assert expected in found, found


@pytest.mark.parametrize("line, expected", [
    ("1. The Trustees agreed to repaint the hall in May.", ["The Trustees agreed to repaint the hall in May."]),
    ("2. Quotes for the new boiler were compared by the Treasurer.", []),
])
def test_a_numbered_sentence_is_no_title_run_into_a_sentence(line, expected):
    assert trust_table(("4.", f"Decisions\n{line}", "KL")) == expected


def test_a_title_run_in_with_a_dash_stays_on_its_line():
    from committee_papers.extract.decisions import _cell_paragraphs
    assert _cell_paragraphs("Matters arising\n1. Hall Roof – The Clerk reported that the repair was done.") == [
        "Matters arising", "1. Hall Roof – The Clerk reported that the repair was done."]
    assert _cell_paragraphs("1. Hall Roof The Clerk reported that the repair was done.") == [
        "1. Hall Roof", "The Clerk reported that the repair was done."]
