"""Stop 26 (x34): fewer patterns in metadata and cover, the same answers.

The cover vocabularies become patterns through the one word-list builder (plain_text.word_list_pattern),
and three checks of fixed words are plain string checks; each is compared here with the pattern it
replaced, on fictional words."""
import re

import pytest

from committee_papers.extract import cover, metadata
from committee_papers.extract.metadata import _only_on_before, _words_after_between
from committee_papers.extract.plain_text import bounded


@pytest.mark.parametrize("field, form", [
    ("section_headings", r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:LABELS)\s*:?$"), ("transcript_headers", "LABELS"),
    ("date", r"(?<=\w)\s+(?:LABELS)\s*:?\s*$"), ("marking_values", r"\s+(?:LABELS)$"),
])
def test_a_cover_vocabulary_is_compiled_as_the_one_builder_compiles_it(field, form):
    pattern = cover.vocabulary_re(field, form)
    assert pattern.pattern == form.replace("LABELS", cover.label_pattern(field))
    assert pattern.flags & re.IGNORECASE


def test_the_label_patterns_are_those_built_before():
    every = "|".join(cover.label_pattern(f) for f in (*cover.FIELDS, "other_labels"))
    cells = "|".join(cover.label_pattern(f, cells=True) for f in (*cover.FIELDS, "other_labels"))
    assert cover.NEXT_LABEL_RE.pattern == rf"\s(?=(?:{every})\s*:[-\s])"
    assert cover.LABEL_START_RE.pattern == rf"(?:{every})\s*:[-\s]"
    assert cover.ANY_LABEL_CELL_RE.pattern == rf"(?:{cells})\s*:?"
    assert cover.label_re("title|subject").pattern == rf"^\s*(?:title|subject){cover._LABEL_END}"
    assert cover.starts_with_label("Report author: Jo Vance") and not cover.starts_with_label("Jo Vance wrote")
    assert metadata.NOTICE_PREFIX_RE.pattern == (
        "^(?:" + cover.label_pattern("meeting_notice_prefixes") + "|"
        + cover.label_pattern("decision_record_notices") + ")")
    assert metadata.TRAILING_DATE_LABEL_RE.pattern == rf"(?<=\w)\s+(?:{cover.label_pattern('date')})\s*:?\s*$"
    assert all(p.flags & re.IGNORECASE for p in (cover.NEXT_LABEL_RE, cover.LABEL_START_RE, cover.ANY_LABEL_CELL_RE,
                                                  metadata.NOTICE_PREFIX_RE, metadata.WELCOME_RE,
                                                  metadata.TRAILING_DATE_LABEL_RE, metadata.GLUED_FUNCTION_WORDS_RE))


_OLD_BETWEEN = re.compile(r"(?:^|\s)between(?:\s|$)", re.I)


@pytest.mark.parametrize("text", [
    "CARE SERVICES CONTRACT between", "Between Wessex County Council and Acme Care Ltd", "BETWEEN",
    "a deed made between Fenby Town Council & Harrow Trust", "Betweenness of things", "in-between works",
    "between, the parties", "Agreement between between A and B", "", "The parties",
])
def test_the_first_between_is_where_the_pattern_found_it(text):
    match = _OLD_BETWEEN.search(text)
    expected = None if match is None else (match.start() == 0, text[match.end():].strip())
    assert _words_after_between(text) == expected


_OLD_ON = re.compile(r"\s+(?:meeting\s+)?on\s+")


@pytest.mark.parametrize("text, start", [
    (" on 3 June 2026", 4), (" meeting on 3 June 2026", 12), ("  meeting   on  3 June", 16),
    (" On 3 June 2026", 4), (" held on 3 June", 9), ("on 3 June", 3), (" on  3 June", 4), (" on 3 June", 3),
    (" meeting on", 11), (" onward 3 June", 8), (" Meeting on 3 June", 12), ("", 0),
])
def test_on_before_a_date_is_what_the_pattern_found(text, start):
    match = _OLD_ON.match(text)
    expected = bool(match) and match.end() == start
    assert _only_on_before(text, start) is expected


@pytest.mark.parametrize("text", ["The HCC board", "HCC's plan", "THCC", "HCCs", "HCC", "hcc board", "x_HCC"])
def test_initials_as_a_word_are_where_the_pattern_found_them(text):
    assert bool(bounded("HCC", r"\w", r"\w").search(text)) is bool(re.search(r"\bHCC\b", text))


@pytest.mark.parametrize("field, pattern, old", [
    ("meeting_title_labels", metadata.MEETING_TITLE_LABEL_RE.match,
     r"^(?:(?:title|name)\s+of\s+(?:the\s+)?meeting|meeting\s+(?:title|name))\b"),
    ("meeting_kind_words", metadata.MEETING_KIND_WORD_RE.search,
     r"\b(?:AGM|EGM|annual\s+general\s+meeting|board|trustees|directors|governors)\b"),
    ("minutes_state_words", metadata.MINUTES_STATE_RE.search,
     r"\b(?:draft|confirmed|unconfirmed|approved|signed|printed|final|public|open|verbatim)\b"),
    ("area_before_place_words", metadata.AREA_BEFORE_PLACE_RE.search,
     r"\b(?:across|in|within|throughout|around|over|of|for|from|to|at|near|north|south|"
     r"east|west|rural|urban|the)\s+$"),
    ("public_body_words", metadata.PUBLIC_BODY_WORDS_RE.search,
     r"\b(?:council|nhs|icb|ccg|integration\s+joint\s+board|health\s+board|authority|"
     r"government|department|ministry|police|fire\s+and\s+rescue|charter\s+trustees)\b"),  # (+ charter trustees, after x34)
    ("notice_tail_words", metadata.NOTICE_TAIL_RE.match,
     r"(?:at|in|within|via|by|and|commencing|starting|from)\b|\("),
    ("connector_end_words", metadata.CONNECTOR_END_RE.search, r"(?:^|\s)(?:and|between|&|of|for|the|to|with|by)$"),
    ("meeting_page_kinds", metadata.MEETING_PAGE_KIND_RE.match, r"^(?:agenda(?!\s+item)|minutes|items)\b"),
    ("wrapped_end_words", cover.WRAPPED_END_RE.search, r"(?:^|\s)(?:and|of|for|the|to|with|by|on|in|a|an|&)$|[,&/\-\u2013]$"),
])
def test_metadata_word_lists_moved_to_cover_labels_read_their_examples_as_before(field, pattern, old):
    (entry,) = cover.vocabulary()[field]
    assert len(entry["examples"]) >= 3 and len(entry["not_examples"]) >= 3
    assert [t for t in entry["examples"] if not pattern(t)] == []
    assert [t for t in entry["not_examples"] if pattern(t)] == []
    assert pattern.__self__.pattern == old and pattern.__self__.flags & re.IGNORECASE
