"""Find organisation names in a string by the UK naming patterns in the gazetteer.

Works on any string (a paragraph, a table cell) and knows nothing about the
paper: :mod:`extract.organisations` turns what is found here into one
organisation per body, resolving acronyms, short forms and variants.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from . import gazetteer as gz
from . import register
from .orgnames import TOKEN_RE, from_capitals
from .plain_text import squash, without_first_word, without_possessive, word_offsets

POSSESSIVE_RE = re.compile(r"['\u2019]s?$")
ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")
# An acronym a text defines in brackets, `(KBC)`, `( NHSE )`: after a name, the name's short form.
DEFINITION_RE = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
# `Name (ACR)` right after a name; the acronym may be two words: `(WY ICB)`.
TRAILING_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z&]{0,9}(?: [A-Z][A-Za-z&]{1,6})?)\s*\)")
# Capitals words that end like an organisation acronym but are English: `LIGHT`, `DRAFT`.
ENGLISH_ENDING_RE = re.compile(r"GHT$|[AEIOU]FT$|[AEIOU]CC$")


@dataclass(slots=True)
class Token:
    """A word of a text and where it is; ``bare`` is the word without a possessive ending
    (`Council's` -> `Council`), worked out once: the pattern walks ask for it many times."""

    text: str
    start: int
    end: int
    bare: str = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.bare = bare_word(self.text)


def bare_word(word: str) -> str:
    """``word`` without a possessive ending (`Council's` -> `Council`)."""
    # Only a word with an apostrophe can have a possessive ending to drop.
    return POSSESSIVE_RE.sub("", word) if word[:1].isalpha() and ("'" in word or "\u2019" in word) else word


@dataclass
class Found:
    """One name as written: ``kind`` from its pattern, ``short`` set for `the Council`."""

    start: int
    end: int
    surface: str
    name: str
    kind: str
    short: str = ""  # short-form key (`council`, `ccg`, `trust`...) for `the <type>`
    acronym: Optional[str] = None  # `(ACR)` written right after the name


def tokenize(text: str, words: Optional[list[str]] = None) -> list[Token]:
    """The tokens of ``text``; ``words``, when given, are its words already found (``TOKEN_RE.findall``)."""
    words = TOKEN_RE.findall(text) if words is None else words
    return [Token(word, start, start + len(word)) for word, start in zip(words, word_offsets(text, words))]


# The tokens of TOKEN_RE that start with a capital, found without building the others:
# a capital starts a token unless a letter or digit, or one with a joining mark after
# it (`Guy's`, `Stoke-on-Trent`), comes right before it.
CAPITALISED_TOKEN_RE = re.compile(
    r"(?<![A-Za-z0-9])(?<![A-Za-z0-9]['\u2019.\-])[A-Z][A-Za-z0-9]*(?:['\u2019.\-][A-Za-z0-9]+)*['\u2019]?")


@lru_cache(maxsize=8192)  # each passage is read for acronyms by the index, its spans and the contract readers
def capitalised_words(text: str) -> tuple[tuple[int, str], ...]:
    """(start, word without possessive) for each token of ``text`` that starts with a capital:
    the only ones that can be acronyms, which start with one."""
    found = []
    for match in CAPITALISED_TOKEN_RE.finditer(text):
        word = match.group()
        if "'" in word or "\u2019" in word:
            word = POSSESSIVE_RE.sub("", word)
        found.append((match.start(), word))
    return tuple(found)


def _same_line(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    return "\n" not in gap and "|" not in gap and len(gap) <= 2


def _word_matches(token: Token, word: str, last: bool) -> bool:
    """A pattern word written in title case or, in a capitals line, upper case."""
    text = token.bare if last else token.text
    return text == word or (text.isupper() and len(text) > 1 and text == word.upper())


def _match_words(tokens: list[Token], i: int, words: tuple[str, ...], text: str) -> bool:
    """``words`` on one line from token ``i``.  The last may carry a possessive
    (`Council's`); `Councils` and `Council-led` are other words and never match."""
    if i + len(words) > len(tokens):
        return False
    for k, word in enumerate(words):
        if not _word_matches(tokens[i + k], word, last=k == len(words) - 1):
            return False
        if k and not _same_line(text, tokens[i + k - 1], tokens[i + k]):
            return False
    return True


# Acronyms that stand inside a body's own name (`NHS Kent`, `Parkwell UK Ltd`, `Amberley (UK) Ltd`).
_NAME_ACRONYMS = {"NHS", "UK"}


def _is_name_word(token: Token, capitals: bool, contiguous: bool = False, legal: bool = False) -> bool:
    """A place word of a name; ``contiguous`` when nothing but name words stand
    between it and the type words, so `Partnership` may belong to the name; ``legal``
    when those are a legal form, so `Forum` may too (`Harbury Youth Forum CIC`)."""
    word = token.bare
    if not word or not word[0].isalpha() or not word[0].isupper():
        return False
    lower = word.lower()
    if lower in gz.HEAD_WORDS and not (contiguous and word == token.text and (
            lower in gz.NAME_HEAD_WORDS or (legal and lower in gz.LEGAL_FORM_NAME_WORDS))):
        return False
    if word.isupper() and len(word) > 1 and word not in _NAME_ACRONYMS and not capitals:
        return False  # an acronym is not a place word (`HCC and Wessex CCG`); `NHS`, `UK` (`Serco UK Ltd`) are
    if capitals and word.isupper() and word.lower() in STOP_WORDS:
        return False  # `TERMINATION FOR IPS`: a capitals heading's small words are no place words
    return True


def _walk_back(tokens: list[Token], k: int, text: str, capitals: bool, legal: bool = False) -> int:
    """Index of the first place word of a name whose type words start at ``k``; ``legal`` when they are a
    legal form (`Ltd`, `CIC`)."""
    first = k
    j = k - 1
    seen_and = False
    seen_joiner = False
    while j >= 0 and _same_line(text, tokens[j], tokens[j + 1]):
        token = tokens[j]
        if token.text in ("The", "THE"):
            break  # `The` starts a name: `Revenue The Council` is `The Council`
        if _is_name_word(token, capitals, contiguous=not seen_joiner, legal=legal):
            first = j
            j -= 1
            continue
        word = token.text.lower()
        # `A, B and C`: a comma joins only a list of single place words.
        joins = word in gz.CONNECTORS or (word == "," and seen_and and j + 2 < k
                                          and tokens[j + 2].text.lower() in ("and", "&"))
        if joins and j > 0 and _same_line(text, tokens[j - 1], token) and _is_name_word(tokens[j - 1], capitals) \
                and tokens[j - 1].text != "NHS":
            if word == "of" and tokens[j - 1].bare.lower() not in gz.OF_HEADS:
                break  # `Residents of Wessex ...` is not a name; `Isle of Wight` is
            seen_and = seen_and or word in ("and", "&")
            seen_joiner = True
            j -= 1
            continue
        break
    first = _trim_front(tokens, first, k)
    if first + 1 == k and tokens[first].text == "UK":
        return k  # `the UK Ltd market`: `UK` names a body only after its own name (`Serco UK Ltd`)
    return first


def _trim_front(tokens: list[Token], first: int, k: int) -> int:
    while first < k:
        word = tokens[first].bare.lower()
        if word in gz.LEADING_NOISE or word in STOP_WORDS or word in gz.CONNECTORS or word == ",":
            first += 1
        elif word.endswith("ed") and _starts_sentence(tokens, first):
            first += 1  # `Attended Wessex City Council`: a verb opening the sentence
        else:
            break
    return first


def _starts_sentence(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in (".", ":", ";", "•", "-", "|", "!", "?")


# Words that join a place's words (`Newcastle upon Tyne`, `Stoke-on-Trent`, `Brighton and Hove`).
_JOINING_WORDS = frozenset({"and", "&", "upon", "on", "-"})


def _walk_forward(tokens: list[Token], i: int, text: str, capitals: bool) -> int:
    """Index after the last place word of a name that starts with type words."""
    end = i
    j = i
    while j < len(tokens) and _same_line(text, tokens[j - 1], tokens[j]):
        token = tokens[j]
        if _is_name_word(token, capitals):
            end = j + 1
            if token.bare != token.text:
                break  # a possessive ends the name
            j += 1
            continue
        if token.text.lower() in _JOINING_WORDS and j + 1 < len(tokens) \
                and _is_name_word(tokens[j + 1], capitals) \
                and not any(_match_words(tokens, j + 1, words, text) for words, _ in _PREFIXES.starting(tokens[j + 1])):
            j += 1
            continue
        break
    return end


_THE = frozenset({"the"})


def tidy_name(surface: str) -> str:
    """A canonical spelling: spaces collapsed, leading `The` and possessive dropped."""
    name = squash(surface)
    name = without_possessive(name, after_letter=True) if not name.endswith("s'") else name
    if name.startswith(("the", "The", "THE")):
        name = without_first_word(name, _THE)
    name = name.strip(" ,-")
    return from_capitals(name) if len(name.split()) > 1 else name


def _trust_kind(tokens: list[Token], first: int, k: int) -> Optional[str]:
    """`Wessex Community Trust` is an NHS trust written without `NHS`; any other
    `<Word> Trust` is too often `Deputy Trust Secretary` or `Trust Board` to trust."""
    last = tokens[k - 1].bare.lower() if k > first else ""
    if last in gz.NHS_TRUST_WORDS:
        return "nhs_trust"
    # `Pinnacle Leisure Trust`: a sector word after at least one place word of its own.
    if last in gz.CHARITABLE_TRUST_WORDS and k - first >= 2:
        return "charity"
    # `Kite and Falcon Trust`, `Moor & Fen Trust`: two words joined make a name of their own, which no officer's
    # title (`Deputy Trust Secretary`) or board (`Trust Board`) is.
    joined = k - first == 3 and tokens[first + 1].text.lower() in ("and", "&")
    return "charity" if joined else None


def _capitals_line(tokens: list[Token], i: int) -> bool:
    """True when the words around ``i`` are all in capitals (a cover sheet heading)."""
    window = [t.text for t in tokens[max(0, i - 4): i + 4] if t.text[:1].isalpha()]
    return bool(window) and all(w.isupper() for w in window if len(w) > 1 or w not in ("A", "I"))


def _shouted(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """Whether a pattern matched at ``i`` is written in capitals (`COUNTY COUNCIL`, not `CCG`):
    its place words may then be in capitals too, in a line that is not all capitals
    (`between BRACKENFORD COUNTY COUNCIL and`, `The Common Seal of WESSEX COUNTY COUNCIL`)."""
    return any(not word.isupper() and len(tokens[i + k].text) > 1 and tokens[i + k].text.isupper()
               for k, word in enumerate(words))


class _ByFirstWord:
    """A gazetteer list (entries whose first item is the pattern's words) with the entries a token
    can start looked up rather than tried one by one: the same entries in the same order as a
    walk of the whole list keeps once :func:`_match_words` rejects those whose first word differs."""

    def __init__(self, entries):
        self.entries = list(entries)
        self._exact: dict[str, list[int]] = {}
        self._upper: dict[str, list[int]] = {}
        for n, entry in enumerate(self.entries):
            self._exact.setdefault(entry[0][0], []).append(n)
            self._upper.setdefault(entry[0][0].upper(), []).append(n)
        self._cache: dict[tuple[str, str], tuple] = {}

    def starting(self, token: Token) -> tuple:
        """The entries whose first word ``token`` may be, as :func:`_word_matches` reads it."""
        key = (token.text, token.bare)
        hit = self._cache.get(key)
        if hit is None:
            positions: set[int] = set()
            for written in set(key):
                positions.update(self._exact.get(written, ()))
                if written.isupper() and len(written) > 1:
                    positions.update(self._upper.get(written, ()))
            if len(self._cache) > 20000:
                self._cache.clear()
            hit = self._cache[key] = tuple(self.entries[n] for n in sorted(positions))
        return hit


_FIXED = _ByFirstWord(gz.FIXED)
_PREFIXES = _ByFirstWord(gz.PREFIXES)
_SUFFIXES = _ByFirstWord(gz.SUFFIXES)


def _first_words() -> set[str]:
    words = {w[0] for w, *_ in gz.SUFFIXES + gz.PREFIXES + gz.FIXED + gz.SHORT_ONLY}
    return words | {w.upper() for w in words} | {w.lower() for w in words} | {w.capitalize() for w in words}


# Only tokens that can start a pattern are tried: most words start none.
FIRST_WORDS = frozenset(_first_words())


def _may_start_a_pattern(words: list[str]) -> bool:
    """Whether some word (``TOKEN_RE.findall``), or its possessive-free form, is in FIRST_WORDS:
    decided from the strings alone, without making a :class:`Token` of each."""
    if not FIRST_WORDS.isdisjoint(words):
        return True
    return any(bare_word(w) in FIRST_WORDS for w in words if "'" in w or "\u2019" in w)


def find_names(text: str) -> list[Found]:
    """Every organisation name and `the <type>` short form in ``text``."""
    return list(_find_names_cached(text))


@lru_cache(maxsize=8192)
def _find_names_cached(text: str) -> tuple[Found, ...]:
    # A paper's passages are searched more than once (index, spans, contracts).
    # Most texts hold no word that starts a pattern: their tokens are never looked at.
    # The text's one tokenisation: the naming patterns' tokens and the register scan's are made from these words.
    words = TOKEN_RE.findall(text)
    tokens = tokenize(text, words) if _may_start_a_pattern(words) else []
    found: list[Found] = []
    for i, token in enumerate(tokens):
        if token.bare not in FIRST_WORDS and token.text not in FIRST_WORDS:
            continue
        capitals = _capitals_line(tokens, i)
        found.extend(_short_only_at(tokens, i, text))
        found.extend(_fixed_at(tokens, i, text))
        found.extend(_prefixed_at(tokens, i, text, capitals))
        found.extend(_suffixed_at(tokens, i, text, capitals))
    found.extend(_registered(text, words))
    return tuple(_attach_acronyms(text, _split_joined(text, _longest(found))))


_FIXED_NAMES = {words for words, _kind in gz.FIXED}  # `NHS England and NHS Improvement` is one body
JOINED_RE = re.compile(r"\s+(?:and|&)\s+")


def _whole_body(text: str) -> Optional[Found]:
    """The one body ``text`` is, by the register or a naming pattern that spans all of it."""
    body = register.lookup(text)
    if body is not None:
        return Found(0, len(text), text, tidy_name(text), body.kind)
    found = [f for f in _find_names_cached(text) if not f.short]
    if len(found) == 1 and found[0].end == len(text) and text[:found[0].start].strip().lower() in ("", "the"):
        return found[0]
    return None


def _split_joined(text: str, found: list[Found]) -> list[Found]:
    """`NHS Lothian and Brackenford Council`, `Wessex Hospice and Lyme Council`: two bodies joined by `and`
    when the part before it is a body of its own (registered or with its own type word) and so is the part
    after.  `Brighton and Hove City Council` stays one: `Brighton` is no body."""
    out: list[Found] = []
    for item in _split_listed(found):
        if item.short or not JOINED_RE.search(item.surface) or register.lookup(item.surface) \
                or tuple(item.surface.split()) in _FIXED_NAMES:
            out.append(item)
            continue
        for join in JOINED_RE.finditer(item.surface):
            left, right = item.surface[:join.start()], item.surface[join.end():]
            right_body = _whole_body(right)
            left_body = _whole_body(left) or (_nhs_place(left, right) if right_body else None) \
                or (_listed_name(text, out, item.start, left)
                    if right_body and right_body.kind in _LISTED_FIRM_KINDS and _named_before_ending(right) else None)
            if left_body and right_body:
                start = item.start
                middle = item.start + join.end()
                out.append(Found(start, start + len(left), left, tidy_name(left), left_body.kind))
                out.append(Found(middle, item.end, right, tidy_name(right), right_body.kind))
                break
            article = 4 if left[:4].lower() == "the " else 0
            if right_body and right_body.kind == "council" and _NHS_PLACE_RE.fullmatch(left[article:]):
                # `NHS Tollmoor and Wexcombe County Council`: no council's name opens with `NHS`; the words
                # before `and` are a health board named by its area, or an NHS service (`NHS Health Checks`).
                middle = item.start + join.end()
                if _names_an_area(left.split()[1 + bool(article):]):
                    out.append(Found(item.start + article, item.start + len(left), left[article:],
                                     tidy_name(left[article:]), "health_board"))
                out.append(Found(middle, item.end, right, tidy_name(right), right_body.kind))
                break
        else:
            out.append(item)
    return out


_LIST_COMMA = re.compile(r",\s+")


def _split_listed(found: list[Found]) -> list[Found]:
    """`A, B and District NHS Trust` in a list of members: a name holds no comma, so where the words after a
    span's last comma are a body of their own (registered or with its own type word), the span is that body,
    and the words before it are a second one only when they too are a whole body (`Wexmoor Voluntary Action`).
    `University of Lyme, Faculty of Health` is no body after its comma, and `Avonford, Lyme and South Mercia NHS
    Foundation Trust` lists areas (one word before the comma): both kept whole."""
    out: list[Found] = []
    for item in found:
        commas = list(_LIST_COMMA.finditer(item.surface))
        right = item.surface[commas[-1].end():] if commas and not item.short else None
        # (_whole_body's body spans all of ``right``.)
        right_body = _whole_body(right) if right is not None else None
        if right_body is None:
            out.append(item)
            continue
        left = item.surface[:commas[-1].start()]
        if len(_LIST_COMMA.split(left)[-1].split()) < 2:
            # `Avonford, Lyme and South Mercia NHS Foundation Trust`: one place word before the comma is one of
            # the areas a public body's name lists, no body of its own.
            out.append(item)
            continue
        left_body = _whole_body(left)
        if left_body is not None:
            out.append(Found(item.start, item.start + len(left), left, tidy_name(left), left_body.kind))
        start = item.start + commas[-1].end()
        out.append(Found(start, item.end, right, tidy_name(right), right_body.kind))
    return out


# Two or more capitalised words (`Kindred Spirit`), not one (`Brighton` of `Brighton and Hove City Council`).
_MULTI_WORD_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'\u2019-]*)+")


# Only a firm or charity ends a list so (`A, B and C CIC`); a public body's name joins its areas with `and`
# (`University Hospitals Mercia and Lyme NHS Foundation Trust`).
_LISTED_FIRM_KINDS = frozenset({"company", "cic", "charity"})


def _named_before_ending(right: str) -> bool:
    """The list's last name has two or more words before its legal ending (`Oakleaf Families CIC`), so the
    words before `and` are a name of their own; `Tots CIC` is the end of one name (`Wrenfield Mums and
    Tots CIC`)."""
    return len(right.split()) >= 3


def _listed_name(text: str, before: list[Found], start: int, left: str) -> Optional[Found]:
    """`A, B and C CIC`: after a body named and a comma, the words before `and` are the list's next name
    (two or more capitalised words), not the start of one name `B and C CIC`."""
    if not before or not _MULTI_WORD_NAME.fullmatch(left.strip()):
        return None
    if text[before[-1].end:start].strip() != ",":
        return None
    return Found(0, len(left), left, tidy_name(left), "other")


_NHS_PLACE_RE = re.compile(r"NHS(?:\s+[A-Z][a-z'\u2019-]+){1,3}")


def _nhs_place(text: str, partner: str) -> Optional[Found]:
    """`NHS Glenmorrow` joined by `and` to a body of the same area (`Directions to NHS Glenmorrow and
    Glenmorrow Council`): a health board named, as in Scotland and Wales, by `NHS` and its area,
    registered or not.  `NHS Health Checks and Wessex County Council` shares no area: one name."""
    if not _NHS_PLACE_RE.fullmatch(text) or not set(text.split()[1:]) & set(partner.split()):
        return None
    return Found(0, len(text), text, tidy_name(text), "health_board")


def _names_an_area(words: list[str]) -> bool:
    """`Tollmoor`, `Kelby Vale`: words naming an area, not a service (`Health Checks`, `Talking Therapies`: a
    body-type or descriptor word, or a plural ending)."""
    lower = [w.lower() for w in words]
    return not any(w in gz.HEAD_WORDS or w in gz.DESCRIPTOR_WORDS for w in lower) \
        and not (lower[-1].endswith("s") and not lower[-1].endswith("ss"))


def _registered(text: str, words: list[str]) -> list[Found]:
    """Registered public bodies named in ``text`` (its ``words``) that no naming pattern sees (`Department
    for Education`, `NHS Lothian`); a longer name found by a pattern still wins in :func:`_longest`."""
    found = []
    for start, end, body in register.scan(text, words):
        if start and text[max(0, start - 4):start].lower() == "the " and text[start - 4] in "Tt":
            start -= 4
        surface = text[start:end]
        found.append(Found(start, end, surface, tidy_name(surface), body.kind))
    return found


def _short_only_at(tokens, i, text):
    if not i or tokens[i - 1].text.lower() != "the":
        return []
    for words, key in gz.SHORT_ONLY:
        if i + len(words) <= len(tokens) and all(
                tokens[i + k].bare.lower() == w for k, w in enumerate(words)) \
                and _same_line(text, tokens[i - 1], tokens[i]):
            end_token = tokens[i + len(words) - 1]
            end = end_token.start + len(end_token.bare)
            surface = text[tokens[i - 1].start:end]
            return [Found(tokens[i - 1].start, end, surface, surface, "council", short=key)]
    return []


def _fixed_at(tokens, i, text):
    for words, kind in _FIXED.starting(tokens[i]):
        if _match_words(tokens, i, words, text):
            end = tokens[i + len(words) - 1]
            surface = text[tokens[i].start:end.start + len(end.bare)]
            return [Found(tokens[i].start, end.start + len(end.bare), surface, tidy_name(surface), kind)]
    return []


def _prefixed_at(tokens, i, text, capitals):
    for words, kind in _PREFIXES.starting(tokens[i]):
        if not _match_words(tokens, i, words, text):
            continue
        capitals = capitals or _shouted(tokens, i, words)
        after = i + len(words)
        end = _walk_forward(tokens, after, text, capitals) if after < len(tokens) else after
        end = _before_a_date_word(tokens, after, end)
        if end == after:
            continue
        if not _prefix_names_a_place(tokens[after:end]):
            continue  # `Transport for City Regions`: a fund, no place
        last = tokens[end - 1]
        start = tokens[i].start
        if i > 0 and tokens[i - 1].text in ("The", "the") and _same_line(text, tokens[i - 1], tokens[i]):
            start = tokens[i - 1].start
        surface = text[start:last.start + len(last.bare)]
        return [Found(start, last.start + len(last.bare), surface, tidy_name(surface), kind)]
    return []


def _prefix_names_a_place(place_tokens) -> bool:
    """Whether the words after a type prefix (`Transport for`) can be a place: the first is no word of
    public_body_types.yaml prefix_not_places (`Transport for Schools`; only the first, so `the Wendle City
    Region` is one) and the last of several no word of prefix_not_place_endings (`Transport for Wendle
    Schools`; a place may end in a plural: `North Wales`, `the Wendle Valleys`)."""
    words = [t.bare.lower() for t in place_tokens]
    if words[0] in gz.PREFIX_NOT_PLACES:
        return False
    return len(words) == 1 or words[-1] not in gz.PREFIX_NOT_PLACE_ENDINGS


def _before_a_date_word(tokens, after: int, end: int) -> int:
    """Where a prefix's place words end before a weekday or month (`Transport for Wales on Monday`:
    the place is `Wales`), with the joining word before it.  A month's name that is also a place's
    and opens the place words is the place unless a number follows it as in a date (`Transport for
    March`, `Fire Authority for May Hill`; but `Transport for May 2025` names no place)."""
    for j in range(after, end):
        word = tokens[j].bare.lower()
        if j == after and word in _MONTH_WORDS and not (j + 1 < len(tokens) and tokens[j + 1].bare[:1].isdigit()):
            continue
        if word in _DATE_WORDS:
            while j > after and tokens[j - 1].text.lower() in _JOINING_WORDS:
                j -= 1
            return j
    return end


_MONTH_WORDS = frozenset(name.lower() for name in calendar.month_name if name)
_WEEKDAY_WORDS = frozenset(name.lower() for name in calendar.day_name)
_DATE_WORDS = _WEEKDAY_WORDS | _MONTH_WORDS


def _past_date_words(tokens, first: int, k: int) -> int:
    """Where a name's place words start once the date words opening them are left out: a weekday always
    (`Monday Parish Council`), a month after a day number (`13 March Wessex County Council`) or, as the only
    place word, after a determiner (`the March County Council` is the council's March meeting; the words are in
    public_body_types.yaml month_date_determiners).  A place named like a month keeps it otherwise
    (`March Town Council`, `the May Hill Parish Council`); descriptors between it and the type are no place
    (`the March County Council`)."""
    j = first
    while j < k:
        word = tokens[j].bare.lower()
        before = tokens[j - 1].text if j else ""  # `The March Town Council` opening a sentence is a place
        if word in _WEEKDAY_WORDS:
            j += 1
        elif word in _MONTH_WORDS and j and (before[:1].isdigit() or j > first
                                              or (before in gz.MONTH_DATE_DETERMINERS and _no_place_after(tokens, j + 1, k))):
            j += 1
        else:
            break
    return j


def _no_place_after(tokens, j: int, k: int) -> bool:
    """Whether the words from ``j`` to the type at ``k`` are only descriptors (`Town`, `County`): no place."""
    return all(t.bare.lower() in gz.DESCRIPTOR_WORDS for t in tokens[j:k])


def _suffixed_at(tokens, i, text, capitals):
    for words, kind, short in _SUFFIXES.starting(tokens[i]):
        if not _match_words(tokens, i, words, text):
            continue
        capitals = capitals or _shouted(tokens, i, words)
        last = i + len(words) - 1
        for tail in gz.SUFFIX_TAILS.get(words, ()):
            after_tail = last + len(tail) + 1
            if last + len(tail) < len(tokens) and _match_words(tokens, last, (tokens[last].text, *tail), text) \
                    and tokens[last].bare == tokens[last].text \
                    and not (after_tail < len(tokens) and tokens[after_tail].bare.lower() in gz.SUFFIX_TAIL_SERVICE_WORDS):
                last += len(tail)  # `Fenwold Hospice at Home`
                break
        end_token = tokens[last]
        end = end_token.start + len(end_token.bare)
        # `Council-led`, `Trust Board` are fine; `Councils` did not match above.
        first = _walk_back(tokens, i, text, capitals, legal=kind in gz.LEGAL_FORM_KINDS)
        first = _past_date_words(tokens, first, i)
        if first == i:
            previous = tokens[i - 1] if i else None
            if short and previous is not None and previous.text.lower() == "the" \
                    and _same_line(text, previous, tokens[i]) and not _of_a_name(tokens, last + 1):
                surface = text[previous.start:end]
                return [Found(previous.start, end, surface, surface, kind, short=short)]
            continue
        if not any(t.bare.lower() not in gz.DESCRIPTOR_WORDS for t in tokens[first:i]):
            continue  # `NHS Trust`, `City Council`, `Community Health NHS Trust`: no place
        if _only_type_words(tokens[first:i]):
            continue  # `Industrial & Provident Society Limited`: a legal form's own words, no name
        if words == ("Council",) and any(t.bare.lower() in gz.NOT_LOCAL_COUNCIL_WORDS for t in tokens[first:i]):
            continue  # `Arts Council`, `Independent Schools Council`: not a local authority
        if words == ("Ambulance", "Service") and all(
                t.bare.lower() in gz.AMBULANCE_SERVICE_KIND_WORDS for t in tokens[first:i]):
            continue  # `the Emergency Ambulance Service`: a kind of service, no one trust
        if words == ("Trust",):
            kind = _trust_kind(tokens, first, i)
            if kind is None:
                continue
        start = tokens[first].start
        if first > 0 and tokens[first - 1].text in ("The", "THE") and _same_line(text, tokens[first - 1], tokens[first]):
            start = tokens[first - 1].start
        surface = text[start:end]
        return [Found(start, end, surface, tidy_name(surface), kind)]
    return []


# Every naming pattern's type words, lower case, `&` read as `and`: `industrial and provident society`.
_TYPE_PHRASES = frozenset(" ".join(words).lower() for words, *_ in gz.SUFFIXES + gz.PREFIXES + gz.FIXED)


def _only_type_words(place_tokens: list[Token]) -> bool:
    """Whether the words before a type are themselves a body type (`Community Interest Company Ltd`)."""
    phrase = " ".join("and" if t.text == "&" else t.bare for t in place_tokens).lower()
    return phrase in _TYPE_PHRASES


def _of_a_name(tokens: list[Token], j: int) -> bool:
    """`of` and a capitalised word at ``j``: `the Council of Governors`, `the Board of Trustees` name a body of
    their own, not the paper's `the Council`."""
    return j + 1 < len(tokens) and tokens[j].text == "of" and tokens[j + 1].text[:1].isupper()


def _longest(found: list[Found]) -> list[Found]:
    """Drop names inside longer ones (`Wessex University` in `Wessex University Hospitals ... Trust`)."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def _attach_acronyms(text: str, found: list[Found]) -> list[Found]:
    for item in found:
        if item.short:
            continue
        match = TRAILING_ACRONYM_RE.match(text, item.end)
        if match and acronym_fits(match.group(1), item.surface):
            item.acronym = match.group(1)
    return found


def acronym_fits(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s letters are initials of ``name``'s words, in order.

    Loose on purpose: letters may skip words (`HCT` for `Hertfordshire
    Community NHS Trust`), come from inside a capitals word (`HVCCG` for `NHS
    Herts Valleys CCG`) or from a lower-case joining word (`RDaSH`).
    """
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 2:
        return False
    parts: list[str] = []
    # `The` and `NHS` lead many names and are often left out of the acronym.
    name = re.sub(r"^(?:(?:The|THE|NHS)\s+)+", "", name) if not re.match(
        r"(?:The|THE|NHS)\b", name) or not _initials_start(acronym, name) else name
    for word in re.findall(r"[A-Za-z']+|&", name):
        if word.isupper() and len(word) > 1:
            parts.extend(word)  # each letter of a capitals word is an initial
        else:
            parts.append(word[0])
    if not parts or parts[0].upper() != letters[0].upper():
        return False

    def fits(li: int, pi: int) -> bool:
        if li == len(letters):
            return True
        for p in range(pi, len(parts)):
            if parts[p].upper() == letters[li].upper() or (parts[p] == "&" and letters[li].upper() == "A"):
                if fits(li + 1, p + 1):
                    return True
        return False

    return fits(0, 0)


def _initials_start(acronym: str, name: str) -> bool:
    return name[:1].upper() == acronym[:1].upper()


@lru_cache(maxsize=16384)  # asked of every capitalised word of every passage, more than once
def looks_like_acronym(word: str) -> bool:
    # Past ACRONYM_RE the word is a capital and ASCII letters or `&`: a second capital
    # is there exactly when lower-casing the rest changes it (cheaper than counting).
    return bool(ACRONYM_RE.match(word)) and word[1:].lower() != word[1:] and word.upper() != word.lower()


@lru_cache(maxsize=16384)
def org_acronym_kind(acronym: str) -> Optional[str]:
    """The kind an undefined acronym's ending gives it, or None: `HVCCG` -> ccg."""
    if not acronym.isupper() or len(acronym) < 3 or acronym in gz.NOT_ORG_ACRONYMS:
        return None
    if ENGLISH_ENDING_RE.search(acronym):
        return None  # `LIGHT`, `DRAFT` in a capitals heading
    for suffix, kind, shortest in gz.ORG_ACRONYM_SUFFIXES:
        if acronym.endswith(suffix) and len(acronym) >= shortest:
            return kind
    return None
