"""Plain string checks that replaced one-off patterns give what the patterns gave, on fictional words."""
import re

import pytest

from committee_papers.extract.decisions import _opens_year_month
from committee_papers.extract.recommendations import _stem

_OLD_ENDING = re.compile(r"(?:ing|ed|es|s)$")


@pytest.mark.parametrize("word, expected", [
    ("agreed", "agre"), ("agrees", "agre"), ("noting", "not"), ("notes", "not"),
    ("approves", "approv"), ("services", "servic"), ("delegate", "delegate"),
    ("buses", "bus"), ("note", "note"), ("fees", "fees"),  # four letters or fewer keep their ending
])
def test_stem_takes_off_the_ending_the_pattern_took_off(word, expected):
    assert _stem(word) == expected
    assert (_OLD_ENDING.sub("", word) if len(word) > 4 else word) == expected


_OLD_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}")


@pytest.mark.parametrize("iso, expected", [
    ("2025-03-12", True), ("2025-03", True), ("1999-12-31T10:00", True),
    ("25-03-12", False), ("2025/03/12", False), ("2025-3-12", False), ("2025-", False), ("", False),
    ("March 2025", False),
])
def test_opens_year_month_as_the_pattern_did(iso, expected):
    assert _opens_year_month(iso) is expected
    assert bool(_OLD_YEAR_MONTH.match(iso)) is expected


_OLD_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize("text, expected", [
    ("Cabinet – 14 March", ["Cabinet", "March"]),
    ("go-live by Q3 at Fenby", ["live", "Fenby"]),
    ("Élan Hall to open", ["lan", "Hall", "open"]),   # ASCII letters only, as before
    ("of to by 12", []),
    ("", []),
])
def test_key_date_words_are_the_three_letter_runs_the_pattern_found(text, expected):
    from committee_papers.extract.key_dates import _has_words, _words
    assert _words(text) == expected == _OLD_WORD.findall(text)
    assert _has_words(text) is (bool(text) and _OLD_WORD.search(text) is not None)


_OLD_CONTINUATION = re.compile(r"^\s*[a-z0-9£]")


@pytest.mark.parametrize("text, expected", [
    ("  and the Fenby depot", True), ("2027 at a cost of £5m", True), ("£2m a year", True),
    ("The Board agreed", False), ("\u00e9t\u00e9 scheme", False), ("   ", False), ("", False),
])
def test_a_run_on_continues_in_lower_case_as_the_pattern_said(text, expected):
    from committee_papers.extract.listitems import _continues_in_lower_case
    assert _continues_in_lower_case(text) is expected is bool(_OLD_CONTINUATION.match(text))


_OLD_THE = re.compile(r"^(?:the|The|THE)\s+")
_OLD_POSSESSIVE = re.compile(r"['\u2019]s?$")


@pytest.mark.parametrize("surface", [
    "The Fenby Trust's", "THE KELBY GROUP", "the  Orton Foundation", "tHe Wexmoor Trust", "Theatre Royal Fenby",
    "Governors'", "Year 7's board", "The", "The ", "Kelby\u2019s", "Wexmoor Parents' Forum",
])
def test_tidy_name_drops_a_leading_the_and_possessive_as_the_patterns_did(surface):
    from committee_papers.extract.orgfinder import from_capitals, tidy_name
    name = " ".join(surface.split())
    name = _OLD_POSSESSIVE.sub("", name) if re.search(r"[A-Za-z]['\u2019]s?$", name) and not name.endswith("s'") else name
    name = _OLD_THE.sub("", name).strip(" ,-")
    assert tidy_name(surface) == (from_capitals(name) if len(name.split()) > 1 else name)



@pytest.mark.parametrize("value", [
    "approved | agreed\n  | noted", "  carried|lost  ", "deferred |\n| withdrawn", "one word", "a | b | c",
])
def test_a_decision_vocabulary_alternation_loses_the_space_round_its_bars_as_before(value):
    from committee_papers.extract.decision_rules import _alternation
    assert _alternation(value) == re.sub(r"\s*\|\s*", "|", " ".join(value.split()))
