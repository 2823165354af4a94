"""The phrase language of extract/phrases.py: its noun-phrase gap, and the prefix tree that stands in for a long list of alternative words."""
from __future__ import annotations

import re

import pytest

from committee_papers.extract.phrases import compiled, prefix_tree

WORD_LISTS = [
    ["contract", "contracts", "contractor", "contracted", "commission", "commissioned"],
    ["a", "ab", "abc", "b"],
    ["supplied", "supplier", "supply", "tender", "tendered", "award"],
]


@pytest.mark.parametrize("words", WORD_LISTS)
def test_tree_matches_exactly_the_words(words):
    tree = re.compile(prefix_tree(words))
    flat = re.compile("|".join(map(re.escape, words)))
    candidates = {w[:i] for w in words for i in range(len(w) + 1)} | {w + "x" for w in words} | {"", "zz"}
    for text in candidates:
        assert bool(tree.fullmatch(text)) == bool(flat.fullmatch(text)), text
    assert all(tree.fullmatch(w) for w in words)


@pytest.mark.parametrize("sentence, found", [
    ("Brackenford Council contracted Lyme Care Ltd for day services.", True),
    ("North Mercia ICB has COMMISSIONED a new pathway.", True),
    ("The committee noted the minutes of the last meeting.", False),
    ("Subcontractors are not named here.", False),  # `\b` before the stem: `sub` starts the word
])
def test_searched_like_the_flat_list(sentence, found):
    words = WORD_LISTS[0] + WORD_LISTS[2]
    tree = re.compile(r"\b" + prefix_tree(words), re.IGNORECASE)
    flat = re.compile(r"\b(?:" + "|".join(words) + ")", re.IGNORECASE)
    assert bool(tree.search(sentence)) == bool(flat.search(sentence)) == found


@pytest.mark.parametrize("text", ["holds the design and build contract", "holds the Council's highways term maintenance contract",
                                  "holds both contracts", "holds the contract", "holds the on-site catering contract",
                                  "holds the over-arching framework contract"])
def test_a_noun_phrase_gap_spans_a_long_noun_phrase(text):
    assert compiled("holds ..6 contract/contracts").search(text)


@pytest.mark.parametrize("text", ["holds meetings to review the contract", "holds the view that the contract ends",
                                  "holds a copy of the contract", "holds the keys, and the contract",
                                  "holds one two three four five six seven contract",
                                  "holds the keys and the Council's contract",
                                  "holds the minutes and a copy of its contract"])
def test_a_noun_phrase_gap_stops_at_a_verb_marker_preposition_or_clause_break(text):
    assert not compiled("holds ..6 contract/contracts").search(text)


def test_a_bare_noun_phrase_gap_spans_six_words():
    assert compiled("holds .. contract").search("holds the main day opportunities block contract")


@pytest.mark.parametrize("phrase, anchor", [
    ("contract* ...3 with", "end"),
    ("is/are commissioned_from", "start"),
    ("the provider/the_current_operator", "whole"),
    ("grant funding .. to", ""),
])
def test_anchored_source_is_what_compiled_compiles(phrase, anchor):
    from committee_papers.extract.phrases import anchored_source, compiled

    assert anchored_source(phrase, anchor) == compiled(phrase, anchor).pattern
