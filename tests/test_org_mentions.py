"""Organisation mentions found once: the index hands every passage's mentions, found while it was
built, to whoever asks, and resolves short forms (`the Council`, `the Trust`, `the ICB`) in one place
once the paper's authority is known (fictional papers only)."""
from __future__ import annotations

import pytest

from committee_papers.extract import organisations
from committee_papers.extract.organisations import OrgIndex
from committee_papers.extract.paper import make_paper_doc
from committee_papers.extract.pipeline import build_nlp
from committee_papers.ingest.model import Block, iter_passages


def _passages(*lines):
    return list(iter_passages([Block("paragraph", text=line) for line in lines]))


def _no_search(monkeypatch):
    """Make the organisation finder fail if anything searches a text with it."""
    searched = []

    def record(text):
        searched.append(text)
        return []
    monkeypatch.setattr(organisations, "find_names", record)
    return searched


@pytest.mark.parametrize("lines", [
    ("Brackenford Council commissions the service from Hollin Care Ltd.",
     "The Council pays Hollin Care Ltd £240,000 a year; North Mercia ICB pays the rest."),
    ("Wealdmoor NHS Foundation Trust runs the clinic for North Mercia ICB (NMICB).",
     "NMICB and the Trust review it each quarter with Tallow Health CIC."),
    ("Cabinet of Ashdown Borough Council, 4 June 2025.",
     "Marrow Homes Limited and Wren Care Ltd run the homes; the Council monitors them."),
])
def test_a_passages_mentions_are_those_found_when_the_index_was_built(monkeypatch, lines):
    index = OrgIndex.from_texts(lines)
    index.authority = index.names()[0]
    searched = _no_search(monkeypatch)
    for line in lines:
        mentions = index.find(line)
        assert mentions and all(line[m.start:m.end] == m.surface for m in mentions)
    assert searched == []
    # A string that is no passage (a table cell, a clause) is still searched, once.
    assert index.find("paid to Hollin Care Ltd") == [] and searched == ["paid to Hollin Care Ltd"]
    index.find("paid to Hollin Care Ltd")
    assert searched == ["paid to Hollin Care Ltd"]


@pytest.mark.parametrize("lines, short, first, second", [
    (("Brackenford Council and Ashdown Borough Council share the service.",
      "The Council will report back in June."), "The Council", "Brackenford Council", "Ashdown Borough Council"),
    (("Wealdmoor NHS Trust and Fenbury NHS Trust each run a ward.",
      "The Trust will staff the new ward."), "The Trust", "Wealdmoor NHS Trust", "Fenbury NHS Trust"),
    (("NHS North Mercia Integrated Care Board and NHS South Mercia Integrated Care Board fund it.",
      "The ICB holds the contract."), "The ICB", "NHS North Mercia Integrated Care Board",
     "NHS South Mercia Integrated Care Board"),
])
def test_a_short_form_means_the_authority_once_it_is_known_and_follows_it(lines, short, first, second):
    index = OrgIndex.from_texts(lines)
    assert [m.surface for m in index.find(lines[1])] == []  # two bodies of that type: unclear
    assert index.unclear_short_forms(lines[1])[0][2] == short
    index.authority = first
    assert [(m.surface, m.name) for m in index.find(lines[1])] == [(short, first)]
    assert index.unclear_short_forms(lines[1]) == []
    index.authority = second
    assert [(m.surface, m.name) for m in index.find(lines[1])] == [(short, second)]


def test_the_extractors_search_no_passage_for_organisations_again(monkeypatch):
    """After cp_organisations, the contract readers (and metadata's questions to the index) read
    the passages' mentions from the index: the finder is never run on a passage's text again."""
    passages = _passages(
        "Report of Brackenford Council to Cabinet, 4 June 2025.",
        "The Council commissions community equipment from Hollin Care Ltd at £410,000 a year.",
        "The contract with Hollin Care Ltd ends on 31 March 2026; the Council will re-tender it.",
        "North Mercia ICB contributes £120,000 a year towards the service.")
    nlp = build_nlp()
    doc = make_paper_doc(nlp, passages)
    texts = {p.text for p in passages}
    searched = []
    real = organisations.find_names
    for name, component in nlp.pipeline:
        if name == "cp_metadata":
            def record(text):
                searched.append(text)
                return real(text)
            monkeypatch.setattr(organisations, "find_names", record)
        doc = component(doc)
    assert {c.provider for c in doc._.extraction.contracts} == {"Hollin Care Ltd"}
    assert doc._.extraction.authority == "Brackenford Council"
    assert not texts & set(searched)


class _CountingPattern:
    """TOKEN_RE, counting the texts it tokenises."""

    def __init__(self, pattern):
        self.pattern, self.texts = pattern, []

    def findall(self, text):
        self.texts.append(text)
        return self.pattern.findall(text)

    def finditer(self, text):
        self.texts.append(text)
        return self.pattern.finditer(text)


@pytest.mark.parametrize("text, names", [
    ("Brackenford Council pays Hollin Care Ltd for the service.", ["Brackenford Council", "Hollin Care Ltd"]),
    ("Grant from the Department for Education to North Mercia ICB.", ["the Department for Education", "North Mercia ICB"]),
    ("Savings with NS&I (National Savings) were reported by Fenbury Borough Council.",
     ["NS&I", "Fenbury Borough Council"]),
])
def test_the_finder_and_the_register_scan_tokenise_a_text_once(monkeypatch, text, names):
    from committee_papers.extract import orgfinder, register

    counting = _CountingPattern(orgfinder.TOKEN_RE)
    monkeypatch.setattr(orgfinder, "TOKEN_RE", counting)
    monkeypatch.setattr(register, "TOKEN_RE", counting)
    orgfinder._find_names_cached.cache_clear()
    found = [f.surface for f in orgfinder.find_names(text) if not f.short]
    assert all(name in found for name in names)
    assert counting.texts.count(text) == 1
