"""The plain word lists of extract/rules/decisions.yml (`word_lists`) are tested vocabularies: each list's examples
are read as its words say and its not_examples are not, by the function of extract/decisions.py that reads the list,
and every word is needed (without it some example is read otherwise)."""
from __future__ import annotations

import pytest
from yaml import safe_load

from committee_papers.extract import decisions
from committee_papers.extract.decision_rules import RULES_PATH, rules, word_list

# The ask the matter-only lists' examples answer: a short passive decision names only the matter it asked about.
TENDER_ASK = "Members were asked to consider tender quotes for roofing and fencing."
# The line under a numbered line of a minutes cell, deciding it when that line is the sub-item's title.
DECIDING_LINE = "The Board agreed the proposal."
# Minutes of a meeting held on this day: a minute dated before it is history.
MEETING_DATE = "2026-03-11"
# The sentence before a decision naming its matter only as "the proposals", putting three kinds of matter forward.
PUT_FORWARD = "The Marketing Lead proposed new signs, suggested a card and recommended a new logo."
# (d41) An item's title naming what items bring and a plan: a decision restates it only by the plan.
BROUGHT_TITLE = "Reports, updates, presentations, papers and briefings on the harbour plan"
# The sentence after a decision naming who else will hold which role.
MORE_ROLES = "Subject to confirmation, RT will stand as Chair."


def _goes_on_to_more_roles(text: str) -> bool:
    """Whether the decision read from ``text`` (a sentence rule's, or one closing it after "and") takes in the
    sentence MORE_ROLES after it."""
    finder = decisions._Finder(None, meeting_date=MEETING_DATE)
    rule = finder._sentence_rule(text)[0]
    rule_id = rule.id if rule is not None else (finder._clause_after_and(text) or ("", ""))[1]
    return decisions._with_votes_after(text, [(0, text), (0, MORE_ROLES)], 0, rule_id)[1] == 2

# list -> what an example must satisfy, run through the function that reads the list
READERS = {
    "sentence_verbs": lambda text: not decisions._stopped_title(text, DECIDING_LINE),
    "matter_only_verbs": lambda text: decisions._names_its_matter_only(text, TENDER_ASK),
    "matter_only_pointers": lambda text: decisions._names_its_matter_only(text, TENDER_ASK),
    "told_be_before": lambda text: not decisions._resolves_with_be(text),
    "states_terms": decisions._states_terms,
    "anaphoric_openings": decisions._anaphoric_opening,
    "sentence_openers": decisions._opens_sentence,
    "title_function_words": lambda text: not decisions._is_title_line(text),
    "title_trailing_words": lambda text: not decisions._is_title_line(text),
    "put_forward_stems": lambda text: decisions._Finder(None)._put_forward_before(text, [PUT_FORWARD]) == 0,
    "role_taking_rules": _goes_on_to_more_roles,
    "item_brought_words": lambda text: not decisions._restates_item_title(text, BROUGHT_TITLE),
    "series_joins": decisions._one_sentence_series,
    "clause_alone_rules": lambda text: (found := decisions._Finder(None, meeting_date=MEETING_DATE)
                                        ._clause_after_and(text)) is not None and found[0] != text,
}
ENTRIES = safe_load(RULES_PATH.read_text(encoding="utf-8"))["word_lists"]


def test_every_word_list_has_its_reader_here():
    assert set(ENTRIES) == set(READERS)


@pytest.mark.parametrize("name", sorted(READERS))
def test_each_word_list_reads_its_examples_and_not_its_not_examples(name):
    entry, reads = ENTRIES[name], READERS[name]
    assert len(entry["examples"]) >= 3 and len(entry["not_examples"]) >= 2
    assert word_list(name) == {w.lower() for w in entry["words"]}
    for example in entry["examples"]:
        assert reads(example), example
    for example in entry["not_examples"]:
        assert not reads(example), example


@pytest.fixture
def without_word(monkeypatch):
    """Read the lists as if ``word`` were dropped from list ``name``."""
    def drop(name, word):
        monkeypatch.setitem(rules().word_lists, name, rules().word_lists[name] - {word})
    return drop


@pytest.mark.parametrize("name, word", [(name, w.lower()) for name in sorted(READERS) for w in ENTRIES[name]["words"]])
def test_each_word_is_needed_by_an_example(name, word, without_word):
    entry, reads = ENTRIES[name], READERS[name]
    without_word(name, word)
    misread = [e for e in entry["examples"] if not reads(e)] + [e for e in entry["not_examples"] if reads(e)]
    assert misread, f"{word!r} of {name} decides none of its examples"
