"""Recommendation mends of stop 28 (d39), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives."""
from __future__ import annotations

import pytest

from committee_papers.extract.recommendations import find_recommendations
from fictional_paper import passages_from_pieces


def recommendations(*pieces):
    return [r.text for r in find_recommendations(passages_from_pieces(("heading", "Report to Full Council"), *pieces))]


# -- 1. A lettered list goes on past the explanation under its items ------------------------------------------------
# "(a) That the Orchestra be engaged ..." / a paragraph on the programme / "(b) That the Clerk be delegated ...": the
# next item carries on the list's lettering within a few passages, so the paragraphs between are the item's own
# explanation (or, when they ask something themselves, an item of their own), not the end of the list.

EXPLAINED_LISTS = [
    (("heading", "2. Recommendations"), ("heading", "Council is recommended to approve:"),
     ("list_item", "a) That the Northgate Brass Band be engaged to play at the Lammas Fair on 8 August 2026."),
     ("paragraph", "The band would play two sets in the afternoon, one of them for children."),
     ("list_item", "b) That the Town Clerk be authorised to seek a premises licence for the fair."),
     ("list_item", "c) That a budget of £12,500 be set aside for the fair."),
     ("heading", "3. Background")),
    (("heading", "Recommendations"), ("paragraph", "The Committee is asked to agree:"),
     ("paragraph", "(i) that the allotment rents rise by 3% from 1 October 2026."),
     ("paragraph", "Rents have not risen since 2021 and the site costs have grown by a fifth."),
     ("paragraph", "The water charge would stay as it is."),
     ("paragraph", "(ii) that a waiting list fee of £5 be introduced."),
     ("heading", "Background")),
    (("heading", "5. Recommendations"), ("paragraph", "That the Parish Council:"),
     ("list_item", "A. commissions a tree survey of the churchyard."),
     ("paragraph", "Three local firms have been asked for prices."),
     ("list_item", "B. delegates the choice of contractor to the Clerk and the Chair."),
     ("heading", "6. Financial implications")),
]


@pytest.mark.parametrize("pieces", EXPLAINED_LISTS)
def test_a_lettered_list_goes_on_past_the_explanation_of_an_item(pieces):
    found = recommendations(*pieces)
    numbered = [text for _kind, text in pieces[1:] if text[:3].strip(" ).").lower() in ("a", "b", "c", "(i", "(ii",
                                                                                        "i", "ii")]
    assert len(found) == len(numbered), found
    explanation = next(text for kind, text in pieces[2:] if kind == "paragraph" and not text.startswith(("(", "That")))
    assert explanation in found[0], found


def test_an_explanation_after_the_last_item_ends_the_list():
    found = recommendations(
        ("heading", "2. Recommendations"), ("heading", "Council is recommended to approve:"),
        ("list_item", "a) That the Northgate Brass Band be engaged to play at the Lammas Fair."),
        ("list_item", "b) That the Town Clerk be authorised to seek a premises licence."),
        ("paragraph", "The fair has run since 1952 and draws about 4,000 visitors."),
        ("heading", "3. Background"),
        ("paragraph", "In 2019 it was recommended that officers consider a second stage in future years."),
        ("paragraph", "c) The stalls are let by the Chamber of Trade."))
    assert found == ["That the Northgate Brass Band be engaged to play at the Lammas Fair.",
                     "That the Town Clerk be authorised to seek a premises licence."], found


def test_a_paragraph_numbered_out_of_the_lists_sequence_does_not_resume_it():
    found = recommendations(
        ("heading", "Recommendations"), ("paragraph", "The Committee is asked to agree:"),
        ("list_item", "(a) that the hall hire charge be £20 an hour."),
        ("paragraph", "Hire income fell last year."),
        ("paragraph", "(d) that the bar be let to a new operator."),
        ("heading", "Background"))
    assert found == ["that the hall hire charge be £20 an hour."], found
