"""The word lists metadata.py and cover.py read are cover_labels.yml vocabularies (stop 22): each entry's
examples are read as its words say and its not_examples are not, by the function that reads the list.
(Moved from code with the facts of every fictional set and the real dev papers unchanged, bench/facts_dump.py.)"""
from __future__ import annotations

import pytest

from committee_papers.extract import cover
from committee_papers.extract import metadata as md
from committee_papers.extract.plain_text import ends_with_word, runs


def _ends_with_one(words):
    return lambda text: ends_with_word(text, words)


# vocabulary -> (the set the code reads, what an example must satisfy)
READERS = {
    "self_meeting_body_words": (md.SELF_MEETING_BODY_WORDS, _ends_with_one(md.SELF_MEETING_BODY_WORDS)),
    "meeting_name_ends": (md.MEETING_NAME_ENDS, _ends_with_one(md.MEETING_NAME_ENDS)),
    "hosted_meeting_ends": (md.HOSTED_MEETING_ENDS, _ends_with_one(md.HOSTED_MEETING_ENDS)),
    "body_words_before_date_label": (
        md.BODY_WORDS_BEFORE_DATE_LABEL,
        # (the body's own word stays with it: only `Date` is cut)
        lambda text: md._without_trailing_date_label(text) == text.rsplit(" ", 1)[0]
        and text.split()[-2].lower() in md.BODY_WORDS_BEFORE_DATE_LABEL),
    "field_label_words": (md.FIELD_WORDS, lambda text: any(
        w.lower().strip("()") in md.FIELD_WORDS for w in text.split(":")[0].split())),
    "title_small_words": (md.TITLE_SMALL_WORDS, lambda text: md._title_case(text.split())),
    "capital_minutes_words": (md._CAPITAL_MINUTES_WORDS,
                              lambda text: not md._CAPITAL_MINUTES_WORDS.isdisjoint(runs(text, r"\w"))),
    "meeting_paper_words": (md.MEETING_PAPER_WORDS, md._names_no_meeting_body),
    "placeholder_site_names": (md.PLACEHOLDER_SITE_NAMES, lambda text: md._public_body_named(text) is None),
    "honorifics": (cover.HONORIFICS, lambda text: cover._is_honorific(text.split()[0])),
    "meeting_occasion_words": (md.MEETING_OCCASION_WORDS, md._occasion_only),
    "back_reference_words": (md.BACK_REFERENCE_WORDS, md._refers_back),
    "whole_council_words": (md.WHOLE_COUNCIL_WORDS, md._refers_back),
}
ENTRIES = [(name, entry) for name in READERS for entry in cover.vocabulary()[name]]


@pytest.mark.parametrize("name, entry", ENTRIES, ids=[name for name, _ in ENTRIES])
def test_each_word_list_reads_its_examples_and_not_its_not_examples(name, entry):
    words, reads = READERS[name]
    assert len(entry["examples"]) >= 3 and entry["not_examples"]
    assert set(entry["words"]) <= {w if name == "honorifics" else w.lower() for w in words}
    for example in entry["examples"]:
        assert reads(example), example
    for example in entry["not_examples"]:
        assert not reads(example), example


def test_honorifics_keep_their_case():
    assert cover._is_honorific("Sir") and not cover._is_honorific("SIR") and not cover._is_honorific("sir")


def test_a_glued_date_label_after_a_body_word_leaves_the_body_whole():
    assert md._without_trailing_date_label("Audit and Governance Committee Date") == "Audit and Governance Committee"
    assert md._without_trailing_date_label("Full Council Date") == "Full Council"
