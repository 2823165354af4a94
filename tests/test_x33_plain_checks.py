"""Stop 26 (x33): fewer patterns in recommendations, key dates and dates, the same answers.

The word lists of the three cue files become patterns in one place (plain_text.word_list_pattern), and
checks of fixed words are plain string checks; each is compared here with the pattern it replaced, on
fictional words."""
import re

import pytest

from committee_papers.extract import dates, key_dates, recommendations
from committee_papers.extract.key_dates import _ends_clause, _is_preposition_only, _without_last_preposition
from committee_papers.extract.plain_text import word_list_pattern
from committee_papers.extract.recommendations import _is_footer, _plain_words


def test_a_word_list_is_compiled_inside_its_form_case_ignored_once():
    pattern = word_list_pattern(("next\\s+meeting", "forthcoming"), r"^(?:WORDS)\s*:")
    assert pattern.pattern == r"^(?:next\s+meeting|forthcoming)\s*:"
    assert pattern.match("NEXT  Meeting: 4 June") and pattern.match("Forthcoming : items")
    assert not pattern.match("The next meeting: 4 June")
    assert word_list_pattern(("next\\s+meeting", "forthcoming"), r"^(?:WORDS)\s*:") is pattern


def test_the_three_cue_readers_build_their_patterns_as_before():
    words = ("stages?", "milestones?")
    assert key_dates._word_pattern(list(words)).pattern == r"(?<!\w)(?:(?:stages?)|(?:milestones?))(?!\w)"
    assert key_dates._word_pattern(list(words)).flags & re.IGNORECASE
    listed = key_dates.load(key_dates.CUES_PATH.name)["yearless"]["coming_meetings"]["words"]
    assert key_dates._meeting_list_re().pattern == rf"\b(?P<cue>(?:{'|'.join(listed)}))\s*[:\u2013\u2014-]?\s*"
    asks = recommendations._cues()["ask"]["words"]
    assert recommendations.ask_re().pattern == "(?:" + "|".join(asks) + ")"
    headings = recommendations._cues()["proposal_forms"]["headings"]
    assert recommendations._proposal_form_re("headings", r"\b(?:WORDS)\b").pattern == \
        r"\b(?:" + "|".join(headings) + r")\b"
    name = next(iter(dates.CUE_FORMS))
    assert dates._cue(name).pattern == "(?:" + "|".join(dates.load(dates.CUES_FILE)[name]["words"]) + ")"


_OLD_FOOTER = re.compile(r"(?:page )?\d{1,3}(?: of \d{1,3})?|item \d+\w*", re.IGNORECASE)


@pytest.mark.parametrize("line, expected", [
    ("12", True), ("Page 3", True), ("PAGE 4 OF 20", True), ("3 of 9", True), (" page 7 \n", True),
    ("Item 7b", True), ("item 12_a", True), ("ITEM 3", True),
    ("1234", False), ("Page 1000", False), ("page  2", False), ("page\t2", False), ("page", False),
    ("item", False), ("item x", False), ("item 7b.", False), ("3 of", False), ("of 3", False),
    ("page 3 of 4 of 5", False), ("12a", False), ("3of 4", False), ("", False),
    ("Page 3 of the Kestrel Valley plan", False),
])
def test_a_footer_line_is_what_the_pattern_called_one(line, expected):
    assert _is_footer(line) is expected
    assert bool(_OLD_FOOTER.fullmatch(line.strip())) is expected


_OLD_WORD = re.compile(r"[a-z0-9£][a-z0-9£,.]*[a-z0-9]|[a-z0-9]")


@pytest.mark.parametrize("text, expected", [
    ("approve the £1.5m grant, and note 2,000 homes.", ["approve", "the", "£1.5m", "grant", "and", "note", "2,000",
                                                         "homes"]),
    ("...plan. £ alone, .5 and 3.", ["plan", "alone", "5", "and", "3"]),
    ("a.£.b £,£ x£", ["a.£.b", "x"]),
    ("", []),
])
def test_plain_words_are_the_words_the_pattern_found(text, expected):
    assert _plain_words(text) == expected
    assert _OLD_WORD.findall(text) == expected


_OLD_PREPOSITION_ONLY = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:in|on|by|from|since|during|until|at|as at)\s*",
                                   re.IGNORECASE)


@pytest.mark.parametrize("before, expected", [
    ("In ", True), ("  by", True), ("4.2 In ", True), ("12.3.1. Since ", True), ("AS AT ", True),
    ("as  at", False), ("1234 In", False), ("4..2 In", False), ("The hall opens in", False), ("Within", False),
    ("", False), ("4.2", False),
])
def test_a_preposition_alone_before_a_date_is_what_the_pattern_found(before, expected):
    assert _is_preposition_only(before) is expected
    assert bool(_OLD_PREPOSITION_ONLY.fullmatch(before)) is expected


_OLD_CLAUSE_END = re.compile(r"\s*(?:[,;:.)]|(?:and|or|but|which|when)\b|$)")


@pytest.mark.parametrize("after, expected", [
    ("", True), ("  ", True), (", when the", True), (").", True), (" and ends", True), (" which is", True),
    (" or later", True), (" android", False), (" order", False), (" And then", False), (" at 6pm", False),
    (" - the", False),
])
def test_a_date_that_ends_its_clause_is_what_the_pattern_found(after, expected):
    assert _ends_clause(after) is expected
    assert bool(_OLD_CLAUSE_END.match(after)) is expected


_OLD_TRAILING = re.compile(r"\s+(?:in|on|at|during)\s*$", re.IGNORECASE)


@pytest.mark.parametrize("before, expected", [
    ("The pool was let in ", "The pool was let "), ("Works closed  DURING\n", "Works closed "),
    ("It opened on", "It opened "), ("at", "at"), ("The bin", "The bin"), ("The walk-in ", "The walk-in "),
    ("Given in in ", "Given in "), ("", ""),
])
def test_a_preposition_last_before_a_date_goes_as_the_pattern_took_it(before, expected):
    assert _without_last_preposition(before) == expected
    assert _OLD_TRAILING.sub(" ", before) == expected


def test_lead_in_forms_keep_their_examples_and_not_examples():
    cue = recommendations._cues()["lead_ins"]
    assert len(cue["examples"]) >= 3 and len(cue["not_examples"]) >= 3
    assert [t for t in cue["examples"] if not recommendations._is_lead_in(t)] == []
    assert [t for t in cue["not_examples"] if recommendations._is_lead_in(t)] == []
    # Each form is one of the examples' reasons: without it, some example no longer opens a list.
    for index in range(len(cue["words"])):
        others = tuple(w for i, w in enumerate(cue["words"]) if i != index)
        form = word_list_pattern(others, "WORDS")
        assert any(not form.search(t) for t in cue["examples"]), cue["words"][index]


def test_meeting_date_labels_keep_their_examples_and_not_examples():
    cue = key_dates.load(key_dates.CUES_PATH.name)["meeting_date_labels"]
    label = key_dates._meeting_date_label()
    assert label.pattern == r"(?:(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?|meeting)\W*"
    assert [t for t in cue["examples"] if not label.fullmatch(t)] == []
    assert [t for t in cue["not_examples"] if label.fullmatch(t)] == []


def test_adjacent_gap_words_keep_their_examples_and_not_examples():
    cue = key_dates.load(key_dates.CUES_PATH.name)["adjacent_gap"]
    gap = key_dates._adjacent_gap()
    assert gap.pattern == rf"\s*(?:(?:the|end of|the end of|early|late|mid|around|about|{dates.WEEKDAY_RE}),?\s*)*"
    assert [t for t in cue["examples"] if not gap.fullmatch(t)] == []
    assert [t for t in cue["not_examples"] if gap.fullmatch(t)] == []


def test_event_labels_keep_their_examples_and_not_examples():
    from committee_papers.ingest.bullets import ITEM_MARKS
    cue = key_dates.load(key_dates.CUES_PATH.name)["event_labels"]
    assert key_dates._leading_number_and_label().pattern == (
        r"^(?:\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|" f"[{re.escape(ITEM_MARKS)}]" r")\s+)?"
        r"(?:(?:summary|purpose|background|note|update|recommendations?(?:\s*\(s\))?)\s*:\s*)?")
    for text, event in cue["examples"] + cue["not_examples"]:
        assert key_dates._tidy(text) == event
