"""extract/plain_text.py: each helper gives what the pattern it replaced gave, on fictional text."""
import re

import pytest

from committee_papers.extract.plain_text import (bounded, colon_dash_as_colon, dotted_number, ends_open, has_letter_run, is_capitalised_word,
                                                 lower_letters, opens_with_word, runs, without_first_word, without_possessive)

ARTICLES = frozenset({"the", "a", "an", "our", "its", "their"})
_OLD_ARTICLE = re.compile(r"^(?:the|a|an|our|its|their)\s+", re.IGNORECASE)


@pytest.mark.parametrize("text, characters, expected", [
    ("wessex (north) icb", "a-z0-9", ["wessex", "north", "icb"]),
    ("a £5m, 10% rise in 2025/26", "a-z0-9£%", ["a", "£5m", "10%", "rise", "in", "2025", "26"]),
    ("Fenby Carers' Hub", "A-Za-z'", ["Fenby", "Carers'", "Hub"]),
    ("", "a-z", []),
])
def test_runs_are_the_runs_of_the_characters(text, characters, expected):
    assert runs(text, characters) == expected


@pytest.mark.parametrize("text, expected", [
    ("kestrel-bay", "kestrelbay"), ("north wendle 2", "northwendle"), ("Orton Vale", "rtonale"), ("", "")])
def test_lower_letters_keeps_only_ascii_lower_case_letters(text, expected):
    assert lower_letters(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Meals Service", "Meals Service"),
    ("an  in-house team ", "in-house team "),
    ("OUR\tday centres", "day centres"),
    ("the ", ""),
    ("the", "the"),          # no white space after it: left
    ("theatre lighting", "theatre lighting"),
    (" the carers hub", " the carers hub"),  # white space before it: left
    ("Fenby Youth Trust", "Fenby Youth Trust"),
])
def test_without_first_word_drops_a_leading_article_as_the_pattern_did(text, expected):
    assert without_first_word(text, ARTICLES) == expected
    assert _OLD_ARTICLE.sub("", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wessex ICB's", "Wessex ICB"), ("Harlow Vale Carers\u2019", "Harlow Vale Carers"),
    ("Orton Trust\u2019s", "Orton Trust"), ("Tarn Homes", "Tarn Homes"), ("Kelby's Bakery", "Kelby's Bakery")])
def test_without_possessive_drops_only_a_closing_possessive(text, expected):
    assert without_possessive(text) == expected
    assert re.sub(r"['\u2019]s?$", "", text) == expected


@pytest.mark.parametrize("text, found", [
    ("services in casterbridge, the county town", True),
    ("see democracy.casterbridge.gov.uk for papers", False),
    ("write to clerk@casterbridge", False),
    ("the casterbridge-based charity", False),
    ("run from casterbridge.", True),
    ("casterbridge.gov.uk hosts it", False),
])
def test_bounded_finds_a_word_of_prose_not_of_an_address(text, found):
    assert bool(bounded("casterbridge", r"[\w\-./@]", r"[\w\-@]|\.\w").search(text)) is found


_OLD_THAT_THIS = re.compile(r"(?:that|this)\b", re.IGNORECASE)


@pytest.mark.parametrize("text, expected", [
    ("That the Cabinet approves the Fenby parking scheme.", True),
    ("THIS Council notes the Ambleford petition", True),
    ("this: the wording follows", True),
    ("that", True),
    ("Thatcham Road depot is sold", False),
    ("Thisbe Trust is thanked", False),
    (" that the Board agrees", False),       # a space before it: the pattern matched at the start only
    ("that_ref 12", False),                  # an underscore is a word character
    ("thıs Council resolves", True),         # the dotless i: a case-ignoring pattern folds it into i
    ("\u0130n", False),
    ("", False),
])
def test_opens_with_word_as_the_case_ignoring_pattern_did(text, expected):
    assert opens_with_word(text, ("that", "this")) is expected
    assert bool(_OLD_THAT_THIS.match(text)) is expected


_OLD_DOTTED = re.compile(r"((?:\d+\.)+)(\d+)")


@pytest.mark.parametrize("number, expected", [
    ("3.1", ("3.", "1")),
    ("2.4.10", ("2.4.", "10")),
    ("12.9", ("12.", "9")),
    ("3", None),
    ("3.", None),
    (".1", None),
    ("3..1", None),
    ("3.1a", None),
    ("a.1", None),
    ("", None),
])
def test_dotted_number_splits_as_the_pattern_did(number, expected):
    assert dotted_number(number) == expected
    old = _OLD_DOTTED.fullmatch(number)
    assert (old.groups() if old else None) == expected


_OLD_LETTER_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['\u2019]s?$")


@pytest.mark.parametrize("name, expected", [
    ("Fenby Carers' Trust's", "Fenby Carers' Trust"),
    ("Wessex ICB\u2019s", "Wessex ICB"),
    ("Governors'", "Governors"),
    ("Year 7's", "Year 7's"),            # no letter before it: kept
    ("Kelby Ltd", "Kelby Ltd"),
    ("'s", "'s"),
    ("", ""),
])
def test_without_possessive_after_a_letter_as_the_pattern_did(name, expected):
    assert without_possessive(name, after_letter=True) == expected == _OLD_LETTER_POSSESSIVE.sub("", name)


_OLD_LETTER_RUN = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize("text, expected", [
    ("Cabinet 12", True), ("2025/26 Q3 to be", False), ("see \u00e9t\u00e9 Fenby", True), ("", False), ("ab-cd", False),
])
def test_has_letter_run_as_the_pattern_did(text, expected):
    assert has_letter_run(text, 3) is expected is (_OLD_LETTER_RUN.search(text) is not None)


_OLD_OPEN_END = re.compile(r"[^.;:!?)\]\u201d\"]\s*$")


@pytest.mark.parametrize("text, expected", [
    ("extend the Fenby contract to", True),
    ("agree the fees;", False),
    ("note the report (Appendix A)", False),
    ("approve the plan. ", True),           # white space at the end: open, as the pattern had it
    ("approve the plan.\n", True),
    ("\u201cThe Kelby motion\u201d", False),
    ("", False),
])
def test_ends_open_as_the_pattern_did(text, expected):
    assert ends_open(text, ".;:!?)]\u201d\"") is expected is bool(_OLD_OPEN_END.search(text))


@pytest.mark.parametrize("word, expected", [
    ("Fenby", True), ("Ox", True), ("FENBY", False), ("McKay", False), ("F", False), ("\u00c9lan", False),
    ("Fenby-on-Sea", False), ("fenby", False), ("", False),
])
def test_is_capitalised_word_as_the_pattern_did(word, expected):
    assert is_capitalised_word(word) is expected is bool(re.fullmatch(r"[A-Z][a-z]+", word))


_OLD_COLON_DASH = re.compile(r":\s*[-\u2013\u2014]\s*$")


@pytest.mark.parametrize("text", [
    "The Fenby Board is asked to:-", "Recommendations: \u2013 ", "RESOLVED:\u2014\n", " It was agreed that:  -",
    "Note the report - in full", "a:--", "time: 10:00 -", "The Kelby Panel:", "-", ":-", "",
])
def test_colon_dash_as_colon_as_the_pattern_did(text):
    assert colon_dash_as_colon(text, "-\u2013\u2014") == _OLD_COLON_DASH.sub(":", text)
    assert colon_dash_as_colon(text.strip(), "-\u2013") == re.sub(r":\s*[-\u2013]\s*$", ":", text.strip())


@pytest.mark.parametrize("text, least, expected", [
    ("wessex (north) icb", 4, ["wessex", "north"]),
    ("Cabinet - 14 March to", 3, ["Cabinet", "March"]),
    ("a bc def", 3, ["def"]),
])
def test_runs_of_at_least_some_length_are_what_the_counted_pattern_found(text, least, expected):
    characters = "A-Za-z"
    assert runs(text, characters, least) == expected == re.findall(f"[{characters}]{{{least},}}", text)
