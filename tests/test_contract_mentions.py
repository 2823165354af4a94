"""A sentence's organisations read off its passage's (searched once) are the ones a search of the sentence finds."""
from __future__ import annotations

import pytest

from committee_papers.extract.contracts import PaperContext
from committee_papers.extract.organisations import OrgIndex
from committee_papers.extract.sentences import split_sentences

PASSAGES = [
    "Brackenford Council (BC) commissions Lyme Care Ltd to run day services. The contract with Lyme Care Ltd "
    "ends in March 2026. BC will retender it.",
    "North Mercia ICB has awarded the contract to Fenmoor Community Interest Company. The ICB and "
    "Wessex County Council fund it jointly; Fenmoor Community Interest Company reports quarterly.",
    "Services are delivered by Avonford Homecare Limited and Hartley Carers Centre CIC. Neither the Trust "
    "nor Lochmere NHS Foundation Trust holds a contract. The Council noted this.",
]


def fields(mentions):
    return [(m.start, m.end, m.name, m.kind, m.surface) for m in mentions]


@pytest.mark.parametrize("passage", PASSAGES)
def test_sentence_mentions_are_the_passages_inside_it(passage):
    orgs = OrgIndex.from_texts(PASSAGES)
    context = PaperContext(doc=None, orgs=orgs, authority=None)
    sentences = split_sentences(passage)
    assert len(sentences) >= 2
    found = []
    for offset, sentence in sentences:
        within = context.mentions_within(passage, offset, sentence)
        assert fields(within) == fields(orgs.find(sentence))
        found += within
    assert found  # every example names bodies


def test_no_index_no_mentions():
    context = PaperContext(doc=None, orgs=None, authority=None)
    assert context.mentions_within(PASSAGES[0], 0, "Brackenford Council (BC) commissions Lyme Care Ltd.") == []
