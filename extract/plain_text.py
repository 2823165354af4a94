"""Small text tidying shared by the extractors, each written once (``squash`` the white space of a line).

``runs`` is the one place a run of a character class is compiled (`[a-z0-9]+`), so the modules
that split a name or a line into plain words agree on how; the others need no pattern at all.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


@lru_cache(maxsize=8192)  # the readers squash the same passages and cells again and again, field by field
def squash(text: str | None) -> str:
    """``text`` with every run of white space (spaces, tabs, line breaks) read as one space and none
    at either end; nothing (`None`) is empty: `  Fenby   Town Council ` -> `Fenby Town Council`.
    The one whitespace squash of the extractors: a caller that strips more (`.strip(" .,;:")`) says so."""
    return " ".join((text or "").split())


@lru_cache(maxsize=None)
def _run_pattern(characters: str, least: int = 1) -> re.Pattern:
    return re.compile(f"[{characters}]+" if least == 1 else f"[{characters}]{{{least},}}")


def runs(text: str, characters: str = "a-z0-9", least: int = 1) -> list[str]:
    """The runs of ``characters`` (a regular-expression character class body, `a-z0-9`) in
    ``text``, in order, each at least ``least`` long: `Wessex (North) ICB`, lowered, -> `wessex`,
    `north`, `icb` (with ``least`` 4, `wessex`, `north`)."""
    return _run_pattern(characters, least).findall(text)


def lower_letters(text: str) -> str:
    """Only the ASCII lower-case letters of ``text`` (`kestrel-bay` and `Kestrel Bay`, lowered, agree)."""
    return "".join(ch for ch in text if "a" <= ch <= "z")


def without_first_word(text: str, words: frozenset[str]) -> str:
    """``text`` without its first word and the white space after it when that word, in any case,
    is one of ``words`` (lower case) and white space follows it: `The Meals Service` -> `Meals Service`."""
    parts = text.split(None, 1)
    if not parts or not text.startswith(parts[0]) or len(text) == len(parts[0]) or parts[0].lower() not in words:
        return text
    return parts[1] if len(parts) > 1 else ""


def without_possessive(text: str, after_letter: bool = False) -> str:
    """``text`` without a closing possessive `'s` or `'` (straight or curly): `Wessex ICB's` -> `Wessex ICB`;
    with ``after_letter`` only where an ASCII letter stands before it (`Year 7's` keeps its `'s`)."""
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(ending):
            if after_letter and not is_ascii_letter(text[-len(ending) - 1:-len(ending)]):
                return text
            return text[:-len(ending)]
    return text


def is_ascii_letter(character: str) -> bool:
    """One ASCII letter, either case (what `[A-Za-z]` matches); an empty string is none."""
    return len(character) == 1 and ("a" <= character <= "z" or "A" <= character <= "Z")


def is_capitalised_word(text: str) -> bool:
    """One ASCII capital, then ASCII lower-case letters only, at least one (`[A-Z][a-z]+` the whole text):
    `Fenby`, not `FENBY`, `McKay`, `F` or `\u00c9lan`."""
    return len(text) > 1 and "A" <= text[0] <= "Z" and all("a" <= ch <= "z" for ch in text[1:])


def colon_dash_as_colon(text: str, dashes: str) -> str:
    """A closing colon and dash (`Recommendations:-`, `is asked to: \u2013 `) read as the colon alone:
    ``text`` up to its colon when only white space and one of ``dashes`` follow it, else ``text``."""
    end = text.rstrip()
    if end[-1:] and end[-1] in dashes and end[:-1].rstrip().endswith(":"):
        return end[:-1].rstrip()
    return text


def has_letter_run(text: str, length: int) -> bool:
    """``text`` holds ``length`` ASCII letters in a row (`[A-Za-z]{3,}` found): `Cabinet 12` has 3, `Q3 to` not."""
    return has_run(text, "A-Za-z", length)


def has_run(text: str, characters: str, length: int) -> bool:
    """``text`` holds ``length`` of ``characters`` (a character class body, `A-Z`) in a row:
    `the NHS board` has three capitals, `the Nhs Board` not."""
    return _run_pattern(characters, length).search(text) is not None


def after_spaces(text: str, position: int) -> int:
    """The first position at or after ``position`` that holds no white space (as a pattern's leading ``\\s*`` reads
    past it), or the text's end."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def word_offsets(text: str, words: list[str]) -> list[int]:
    """Where each of ``words`` starts in ``text``, for words a tokenising pattern found there in
    order (``pattern.findall(text)``, or ``text.split()``, its runs of non-space), so a text is tokenised once: the cheap ``findall`` decides
    whether it is worth walking at all, and only then are offsets worked out.  Nothing a word can
    start with stands between two words (the pattern would have matched it), so each word is the
    first occurrence of itself after the one before."""
    offsets, position = [], 0
    for word in words:
        position = text.index(word, position)
        offsets.append(position)
        position += len(word)
    return offsets


def is_decimal_number(text: str) -> bool:
    """``text`` is digits with at most one decimal part (`\\d+(?:\\.\\d+)?` in full): `12`, `2.5`;
    not `2.`, `.5`, `1.2.3`, ` 4`."""
    whole, dot, part = text.partition(".")
    return whole.isdecimal() and (not dot or part.isdecimal())


def without_final_newline(text: str) -> str:
    """``text`` without one final newline: the text a `$` in a pattern sees the end of (`Dr\\n` -> `Dr`)."""
    return text[:-1] if text.endswith("\n") else text


def ends_open(text: str, closers: str) -> bool:
    """``text`` does not end on one of ``closers`` (`.;:!?` and the like): a sentence cut short.  White
    space at the very end counts as open, as the pattern this replaced (`[^.;:]\\s*$`) had it."""
    return bool(text) and text[-1] not in closers


@lru_cache(maxsize=4096)  # a paper asks about the same few names in each of its texts
def bounded(literal: str, not_before: str, not_after: str) -> re.Pattern:
    """``literal`` where ``not_before`` (a pattern for one character) does not stand right before it
    nor ``not_after`` start right after it: `bounded("Wessex", r"[\\w-]", r"[\\w-]")` finds the
    `Wessex` of `in Wessex, the` but not of `Wessex-based` or `NorthWessex`."""
    return re.compile(rf"(?<!{not_before}){re.escape(literal)}(?!{not_after})")


@lru_cache(maxsize=None)
def spaced_marks(marks: str) -> re.Pattern:
    """One of ``marks`` (each one character, taken as written) with white space on either side, the
    white space included: `spaced_marks("/")` splits `Enw / Name` at ` / ` but not `2026/27`.  The one
    pattern of the marks that set apart the parts of a line (a bilingual cell's halves, a title's parts,
    a line of cover fields)."""
    return re.compile(rf"\s+[{re.escape(marks)}]\s+")


@lru_cache(maxsize=None)
def word_list_pattern(words: tuple[str, ...], form: str = "(?:WORDS)") -> re.Pattern:
    """A rule file's word list (each word a regular-expression source) compiled inside ``form``, case
    ignored: WORDS in ``form`` stands for the words' alternation (`r"^(?:WORDS)\\s*:"`).  The one place
    the cue-list readers (recommendations, dates, key dates) turn a word list into a pattern."""
    return re.compile(form.replace("WORDS", "|".join(words)), re.IGNORECASE)


# The letters `re.IGNORECASE` folds into `i` and `s` beyond their ASCII capitals (Turkish dotted and
# dotless i, the long s), so `opens_with_word` folds case exactly as a case-ignoring pattern does.
_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def is_word_character(character: str) -> bool:
    """What `\\w` matches: a letter, digit or underscore (an empty string is none)."""
    return character.isalnum() or character == "_"


def opens_with_word(text: str, words: tuple[str, ...]) -> bool:
    """``text`` opens with one of ``words`` (lower case), in any case, as a whole word:
    `That the Board ...` and `THIS Council` open with `that`/`this`; `Thatcham` and ` that` do not."""
    for word in words:
        if text[:len(word)].translate(_FOLDS).lower() == word and not is_word_character(text[len(word):len(word) + 1]):
            return True
    return False


def is_word_in_any_case(text: str, word: str) -> bool:
    """``text`` is ``word`` (lower case) in any case, folded as `re.IGNORECASE` folds it (`MINUTES`, `Minutes`)."""
    return text.translate(_FOLDS).lower() == word


def ends_with_word(text: str, words: Iterable[str]) -> bool:
    """``text`` ends with one of ``words`` (lower case), in any case, as a whole word, a final newline
    aside (as `\\b(?:...)$` with case ignored): `Wessex Health Board` and `the BOARD` end with `board`;
    `Cardboard` and `Board.` do not."""
    text = without_final_newline(text)
    for word in words:
        head, tail = text[:len(text) - len(word)], text[len(text) - len(word):]
        if len(text) >= len(word) and is_word_in_any_case(tail, word) and not is_word_character(head[-1:]):
            return True
    return False


def without_leading_lower_the(text: str) -> str:
    """``text`` without an opening lower-case `the` and the white space after it (as `^(?:the\\s+)?`):
    `the Age group` -> `Age group`; `The Age`, `theatre` and `the` alone stay as they are."""
    if text.startswith("the") and text[3:4].isspace():
        return text[3:].lstrip()
    return text


def dotted_number(number: str) -> tuple[str, str] | None:
    """A decimal item number split before its last part: `3.1` -> (`3.`, `1`), `2.4.10` -> (`2.4.`, `10`);
    None for a number with no dot or an empty part (`3`, `3.`, `.1`, `3..1`) or any non-digit."""
    head, dot, last = number.rpartition(".")
    if not dot or not last.isdecimal() or not all(part.isdecimal() for part in head.split(".")):
        return None
    return head + dot, last
