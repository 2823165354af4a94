"""The plain string checks that replaced one-off patterns (issue 13) agree with the pattern each replaced.

Each check runs on fictional examples plus the edges where a string test and a pattern could part:
a final newline (`$` matches before it), other white space (`\\s` = str.isspace), the letters
`re.IGNORECASE` folds beyond ASCII (Turkish dotted/dotless i, the long s, the Kelvin sign), empty text.
"""
import re

import pytest

from committee_papers.extract import contract_prose, cover, key_dates, metadata, plain_text, recommendations, risks

EDGES = ["", " ", "\n", "\t", "a\n", "x.\n", "x\n\n", "\u0130", "\u0131", "\u017f", "\u212a", "_", "9"]


def _cases(*examples):
    return list(examples) + EDGES


CHECKS = {
    "capital run": (lambda t: plain_text.has_run(t, "A-Z", 3), lambda t: bool(re.search(r"[A-Z]{3}", t)),
                    _cases("the NHS board", "the Nhs Board", "BRACKENFORD", "Q3 AB")),
    "whole MINUTES/HELD": (lambda t: not metadata._CAPITAL_MINUTES_WORDS.isdisjoint(plain_text.runs(t, r"\w")),
                           lambda t: bool(re.search(r"\b(?:MINUTES|HELD)\b", t)),
                           _cases("MINUTES OF CABINET", "MEETING HELD ON 3 MAY", "MINUTESX", "XHELD", "minutes")),
    "squash": (metadata._lower_words, lambda t: " ".join(re.findall(r"[a-z0-9]+", t.lower())),
               _cases("Kestrel Bay (North) ICB", "Item 4.2 - Budget", "ALDER_VALE")),
    "three-letter runs": (lambda t: sum(len(r) // 3 for r in plain_text.runs(t, "A-Za-z")),
                          lambda t: len(re.findall(r"[A-Za-z]{3}", t)),
                          _cases("Budget 2026", "abcdef", "ab cd", "Library Service Review")),
    "mostly numbers": (metadata._mostly_numbers,
                       lambda t: sum(bool(re.search(r"[A-Za-z]{2}", w)) for w in t.split()) < len(t.split()) / 2,
                       _cases("12 14 Q3", "Cabinet 12 May", "1 2 3 Budget")),
    "leading the": (metadata._without_leading_the, lambda t: re.sub(r"^(?:The|That|the)\s+", "", t),
                    _cases("The Cabinet", "That the Board", "the  Committee", "Theatre Board", "THE Board", "The")),
    "capital or dash": (lambda t: (t or "a")[:1] in metadata._CAPITAL_OR_DASH,
                        lambda t: bool(re.match(r"[A-Z\u2013\u2014-]", t or "a")),
                        _cases("Minutes of the Cabinet", "\u2013 Record of Decision", "minutes", "\u00c9tude")),
    "connector opening": (metadata._opens_connector, lambda t: bool(re.match(r"^(?:and|between|&)(?:\s|$)", t, re.I)),
                          _cases("and the Vale", "BETWEEN", "& Partners", "andover", "and-or", "and\tX")),
    "title mark": (metadata._has_title_mark, lambda t: bool(re.search(r"\s[\u2013\u2014-]|:", t)),
                   _cases("Cabinet - 4 March", "Budget: 2026/27", "Co-operative Board", "-lead", "A \u2014 B")),
    "meeting body ending": (lambda t: plain_text.ends_with_word(t, metadata.SELF_MEETING_BODY_WORDS),
                            lambda t: bool(re.search(r"\b(?:Board|Committee|Forum|Partnership)$", t, re.I)),
                            _cases("Wessex Health Board", "the BOARD\n", "Cardboard", "Board.", "Partner\u017fhip",
                                   "Comm\u0131ttee", "Forum_")),
    "decimal number": (plain_text.is_decimal_number, lambda t: bool(re.fullmatch(r"\d+(?:\.\d+)?", t)),
                       _cases("12", "2.5", "2.", ".5", "1.2.3", " 4", "\u0663")),
    "line not closed": (lambda t: t[-1:] not in ("", ".", "!", "?"), lambda t: bool(re.search(r"[^.!?]$", t)),
                        _cases("with the", "delivery.", "really?", "x!\n")),
    "reference key": (risks._key_of, lambda t: re.sub(r"[^a-z0-9]", "", t.lower()),
                      _cases("BAF 1", "BAF-1", "(a)", "SR12b")),
    "risk line closed": (lambda t: plain_text.without_final_newline(t).endswith((".", "!", "?", ";")),
                         lambda t: bool(re.search(r"[.!?;]$", t)),
                         _cases("staff may leave.", "costs rise;", "costs rise; ", "costs rise;\n")),
    "unfinished line": (risks._unfinished, lambda t: not re.search(r"[.!?:;)\]\u201d\"']\s*$", t),
                        _cases("There is a risk that with the", "delivery slips.  ", "(see below)", "he said \u201cno\u201d")),
    "risk bullet line": (risks._is_bullet, lambda t: bool(re.match(r"^[\u2022\u25aa\u25cf\u2023\u2043\u25e6\-*o\u27a2]$", t)),
                         _cases("\u2022", "o", "o\n", "oo", "- ", "\u27a2")),
    "spaced colons": (risks._spaced_colons, lambda t: re.sub(r":(?=[A-Z])", ": ", t),
                      _cases("Title:If funding ends", "Owner:Director: Finance", "ratio 3:1", "a:\u00c9")),
    "opens with bullet": (recommendations._opens_with_bullet, lambda t: bool(re.match(r"^\s*[•\-\*·▪●◦‣–—]\s*", t)),
                          _cases("• approve the plan", "  – note the report", "approve", "*")),
    "bullet alone": (recommendations._is_bullet, lambda t: bool(re.fullmatch(r"\s*[•\-\*·▪●◦‣–—]\s*", t)),
                     _cases("•", " – ", "• x", "••")),
    "item end": (recommendations._ends_item, lambda t: bool(re.search(r";\s*(?:and|or)?\s*$", t, re.I)),
                 _cases("approve the plan;", "note the report; and", "agree the fee;OR ", "the floor", "x;band",
                        "x;\nand", "x; and;")),
    "each closing": (contract_prose._each_closing, lambda t: bool(re.match(r"\s*each\s*(?:[,.;:)]|$)", t, re.I)),
                     _cases(" each.", "EACH)", "each year", "eachway", " each \n")),
    "gapped verb": (lambda t: t.strip() in contract_prose._GAPPED_VERB, lambda t: re.fullmatch(r"\s*,?\s*", t) is not None,
                    _cases(" , ", ",", ",,", " and ")),
    "dangling words": (key_dates._without_dangling, lambda t: re.sub(r"(?:\s+(?:and|or|the))+\s*$", "", t, flags=re.I),
                       _cases("Consultation closes and the", "Tender returns OR ", "Grand", "and", " the\n", "x and band")),
    "closing minutes": (metadata._closing_minutes,
                        lambda t: (lambda m: m and (m.start(), m.group(1)))(re.search(r"\s(minutes|transcript)$", t, re.I)) or None,
                        _cases("Licensing Committee MINUTES", "Scrutiny Board transcript\n", "Cabinet Minutes.",
                               "minutes", "Planning\tM\u0131nutes", "Draft minuteſ")),
    "honorific": (cover._is_honorific,
                  lambda t: bool(re.match(r"^(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame)\.?$", t)),
                  _cases("Dr", "Cllr.", "Dr..", "Doctor", "dr", "Dame\n")),
}


@pytest.mark.parametrize("name,text", [(name, text) for name, (_, _, texts) in CHECKS.items() for text in texts])
def test_plain_check_agrees_with_the_pattern_it_replaced(name, text):
    new, old, _ = CHECKS[name]
    assert new(text) == old(text)


def test_checks_say_yes_and_no():
    """The checks are not constant: each gives both answers on its own examples."""
    for name, (new, _, texts) in CHECKS.items():
        assert len({repr(new(text)) for text in texts}) >= 2, name


def test_plain_checks_on_fictional_lines():
    assert plain_text.ends_with_word("Brackenford Place Partnership", ("partnership",))
    assert not plain_text.ends_with_word("North Mercia Boardroom", ("board",))
    assert plain_text.is_decimal_number("14.5") and not plain_text.is_decimal_number("14.5.1")
    assert plain_text.without_final_newline("Alder Vale\n") == "Alder Vale"
    assert metadata._without_leading_the("That the Kestrel Bay Board") == "the Kestrel Bay Board"
    assert recommendations._ends_item("The Cabinet approves the Alder Vale fee; and")
    assert not recommendations._ends_item("The Cabinet approves the Alder Vale fee")
    assert risks._spaced_colons("Risk:Supplier failure") == "Risk: Supplier failure"
    assert cover.person_name("Cllr. Jo Ashdown, Cabinet Member") == "Cllr. Jo Ashdown"
