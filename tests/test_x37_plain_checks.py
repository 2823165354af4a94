"""Stop 27 (x37): fewer patterns in metadata and cover, the same answers.

Each check that replaced a pattern (a plain string check, one shared pattern for two alike, a word list moved
to cover_labels.yml) is compared here with the pattern it replaced, on fictional words."""
import re

import pytest

from committee_papers.extract import cover, metadata


@pytest.mark.parametrize("text", [
    "NHS Wendale ICB - Audit Committee", "Cabinet | Key Decision", "Harbour Board \u2013 Part A", "Sub-Committee",
    "2025-26 Budget", "A -B", "A- B", "-", " - ", "A\t\u2014\nB", "", "x |", "| x", "Fenby\u00a0-\u00a0Board",
])
def test_a_spaced_separator_is_where_the_pattern_found_it(text):
    assert bool(metadata.SPACED_DASH_RE.search(text)) is bool(re.search(r"\s[-\u2013\u2014|]\s", text))


@pytest.mark.parametrize("text", [
    " (Town Hall), Fenby ", "- 4pm", "", "   ", "Council Chamber", "-- (", "_x y_ (z)", "\u00c9lan Hall (2)",
    "at the Guildhall, Fenby", "\u2013Kestrel\u2013House",
])
def test_words_from_their_first_letter_are_what_the_pattern_found(text):
    assert metadata._words_from_first_letter(text) == re.findall(r"\w\S*", text)


@pytest.mark.parametrize("after", [
    " Hills are", " and Cornwall Police", " & Harrow ICB", " officers drafted", " Officers drafted", " has agreed",
    " HAS agreed", " Members", " Memberships", " is", " Isles of", " will", " Willowbrook", "  Hills", " hills",
    " and officers", "", " 4 Hills", " and  Kestrel", " WAS", " Wasdale",
])
def test_a_name_the_place_opens_is_where_the_two_patterns_found_it(after):
    old = bool(re.match(r"\s+(?:(?:and|&)\s+)?(?-i:[A-Z])[a-z]+\b", after)) \
        and not re.match(r"\s+(?:officers?|members?|has|have|is|will|was)\b", after, re.I)
    assert bool(metadata.PLACE_OPENS_NAME_RE.match(after)) is old


@pytest.mark.parametrize("place, text", [
    ("Fenby", "Fenby officers and FENBY residents; Fenbyshire and NorthFenby not"),
    ("King's Lynn", "king's lynn, King's Lynnton, King's Lynn."), ("Wessex", ""),
])
def test_a_place_as_a_word_is_found_where_the_two_patterns_found_it(place, text):
    old = re.compile(rf"\b{re.escape(place)}\b", re.I)
    assert metadata._place_word_re(place).findall(text) == old.findall(text)
    assert [m.span() for m in metadata._place_word_re(place).finditer(text)] == [m.span() for m in old.finditer(text)]


@pytest.mark.parametrize("word", [
    "Jo", "O'Neill", "Smith-Jones", "McKay", "J", "J.", "NHS", "Jo,", "2025", "jo", "", "J..", "Jo\n", "J\n",
    "A-", "A'", "\u00c9lan", "Mc\u00e9", "Jo\u2019s", "X.", "Xy.", "AB", "Ab3",
])
def test_a_name_word_is_what_the_pattern_read_as_one(word):
    old = re.compile(r"^(?:[A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*|[A-Z]\.?)$")
    assert cover.is_name_word(word) is bool(old.match(word))


def test_the_untitled_placeholder_words_moved_to_cover_labels_read_their_examples_as_before():
    (entry,) = cover.vocabulary()["untitled_lines"]
    old = re.compile(r"^(?:no\s+title|untitled)\b", re.I)
    assert len(entry["examples"]) >= 3 and len(entry["not_examples"]) >= 3
    assert [t for t in entry["examples"] if not metadata.NO_TITLE_RE.match(t)] == []
    assert [t for t in entry["not_examples"] if metadata.NO_TITLE_RE.match(t)] == []
    assert [bool(old.match(t)) for t in entry["examples"] + entry["not_examples"]] == \
        [bool(metadata.NO_TITLE_RE.match(t)) for t in entry["examples"] + entry["not_examples"]]
    assert metadata.NO_TITLE_RE.pattern == old.pattern and metadata.NO_TITLE_RE.flags & re.IGNORECASE


@pytest.mark.parametrize("text", [
    "The plan was agreed. The Board noted it.", "(see above). Next item", "Dr. Jo Bloggs", "4.5 The", "agreed.The",
    "agreed.  \tThe", "Why? Because", "Stop! Now", "done.", "done. ", "done. the", "", ".", "a. B", "x.\u00a0Y",
    "Premises: X Applicant: Y Date of hearing: 14 January 2025", "end.\n\nNext", "A. B", "fenby.\u00c9lan",
])
def test_a_sentence_end_is_where_the_pattern_found_one(text):
    assert cover.has_sentence_end(text) is bool(re.search(r"[a-z)][.!?]\s+[A-Z]", text))


@pytest.mark.parametrize("marks, text", [
    ("/", "Enw'r Pwyllgor / Name of Committee"), ("/", "2026/27"), ("/", "a  /\tb / c"),
    ("|\u2013\u2014\u00b7-", "Cabinet | 4 March 2026 \u2013 Fees - Part A \u00b7 x"), ("|\u2013\u2014\u00b7-", "Sub-Committee"),
    ("\u00b7\u2022", "Tel 01234 \u2022 Fenby Hall \u00b7 FE1 2AB"), ("-\u2013\u2014|", "ICB - Board|x"),
])
def test_spaced_marks_split_where_the_patterns_split(marks, text):
    from committee_papers.extract.plain_text import spaced_marks
    old = {"/": r"\s+/\s+", "|\u2013\u2014\u00b7-": r"\s+[|\u2013\u2014\u00b7-]\s+", "\u00b7\u2022": r"\s+[\u00b7\u2022]\s+",
           "-\u2013\u2014|": r"\s+[-\u2013\u2014|]\s+"}[marks]
    assert spaced_marks(marks).split(text) == re.split(old, text)
    # (metadata's meeting head looked for the spaced dash with one white space either side: the same lines)
    assert bool(spaced_marks(marks).search(text)) is bool(re.search(old.replace("\\s+", "\\s"), text))


@pytest.mark.parametrize("text", [
    "To Cabinet \u2013 30 January 2025", "To the Board", "To  the\tHarbour Board", "To provide an update", "TO CABINET",
    "Today", "To", "To ", "To the", "To the ", "To theatre", "To theBoard", "To The Board", "To the board", "",
    "To\u00a0Cabinet", "To: Cabinet", " To Cabinet", "To the  4 Board", "To 4 May",
])
def test_an_opening_to_is_taken_off_where_the_pattern_took_it(text):
    old = re.compile(r"^To\s+(?:the\s+)?(?=[A-Z])")
    assert metadata._without_to_body(text) == old.sub("", text)


@pytest.mark.parametrize("field, pattern, old", [
    ("report_to_leads", metadata.REPORT_TO_RE.match, r"^(?:public\s+report\s+|report\s+to(?:\s+the)?\s+)"),
    ("date_span_joins", metadata.DATE_SPAN_JOIN_RE.fullmatch, r"\s*(?:[-\u2013\u2014]|to|until|till)\s*$"),
    ("dangling_date_leads", metadata.DANGLING_RE.search, r"(?<=\w)\s+(?:meeting\s+)?(?:of|on|held(?:\s+on)?|dated)$"),
    ("closing_minutes_states", metadata.CLOSING_MINUTES_PART_RE.search,
     r"[-\u2013\u2014:|]\s*(?:(?:draft|printed|verbatim)\s+)?(?:minutes|transcript)\s*$"),
    ("appendix_words", metadata.APPENDIX_PREFIX_RE.match,
     # (stop 34: `enclosure` joined, as NHS board packs label their appendices: `Enclosure 4: Board Assurance Framework`)
     r"^(?:appendix|annex|annexe|enclosure)\s+[A-Z0-9]{1,4}\s*[:.\u2013\u2014-]\s*"),
])
def test_metadata_word_lists_moved_to_cover_labels_read_their_examples_as_before(field, pattern, old):
    (entry,) = cover.vocabulary()[field]
    assert len(entry["examples"]) >= 3 and len(entry["not_examples"]) >= 3
    assert [t for t in entry["examples"] if not pattern(t)] == []
    assert [t for t in entry["not_examples"] if pattern(t)] == []
    assert pattern.__self__.pattern == old and pattern.__self__.flags & re.IGNORECASE


@pytest.mark.parametrize("value", [
    "Jo Bloggs, Head of Finance", "Jo Bloggs (Finance)", "Jo Bloggs | \u2013 Finance", "Jo Bloggs | Finance", "Jo Bloggs - Finance",
    "Jo Bloggs |\t-\tFinance", "Jo Bloggs |- Finance", "Jo Bloggs | -Finance", "Jo Bloggs | -", "", "(", "Jo | x, y",
    "Jo Bloggs | \u2014 Head, Finance",
])
def test_an_author_value_is_cut_where_the_pattern_cut_it(value):
    assert metadata._before_name_break(value) == re.split(r",|\(|\|\s[-\u2013\u2014]\s", value)[0]


@pytest.mark.parametrize("text", [
    " - Draft minutes", ": PRINTED MINUTES", " | Verbatim transcript", " - minutes", " - Draft agenda", " - Confirmed minutes",
    " -draft  minutes", " - draftminutes", "-Minutes\n", " minutes", "", " \u2014 verbatim\ttranscript ",
])
def test_the_closing_minutes_part_is_found_where_the_pattern_found_it(text):
    old = re.compile(r"[-\u2013\u2014:|]\s*(?:draft\s+|printed\s+|verbatim\s+)?(?:minutes|transcript)\s*$", re.I)
    assert bool(metadata.CLOSING_MINUTES_PART_RE.search(text)) is bool(old.search(text))
