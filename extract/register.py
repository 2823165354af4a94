"""The register of UK public bodies shipped with the package (``extract/data/public_bodies.csv``,
built by ``tools/build_public_bodies.py`` from the ONS/mySociety, NHS ODS and GOV.UK registers).

Two questions are asked of it: which registered body a name found in a paper is
(:func:`lookup`: by canonical name or any variant, case- and punctuation-blind, `the`
and `&`/`and` normalised, then by the place a council is named after), and where a
string names a registered body the naming patterns cannot see (:func:`scan`:
`Department for Education`, `NHS Lothian`, `Cabinet Office`).  Free of spaCy, so the
database layer may use it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from .orgnames import TOKEN_RE, council_place, initials, variant_key
from .plain_text import lower_letters, runs, word_offsets

# Words a scanned name may not end with: the register's own oddities (`Cooksey Review`) name no body
# a paper would contract with, and read as ordinary phrases.
_NOT_SCANNED_END = {"review", "profession", "analysis", "inquiry", "ports", "service"}
_SMALL_WORDS = {"of", "and", "for", "the", "&", "on", "in", "upon", "-", "to", "at"}
# The tokens a registered name is made of: TOKEN_RE's words, `&` and `,` (no bracket or other mark).
_NAME_TOKEN_STARTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&,")


def _name_tokens(words: list[str]) -> list[str]:
    """The tokens of TOKEN_RE's ``words`` that a registered name can hold."""
    return [word for word in words if word[0] in _NAME_TOKEN_STARTS]


@dataclass(frozen=True)
class Body:
    name: str
    kind: str
    code: Optional[str]
    status: str
    variants: tuple[str, ...]
    places: tuple[str, ...]


def match_key(name: str) -> str:
    """Case, punctuation, a leading `the` and `&`/`and` do not tell two spellings apart."""
    text = name.lower().replace("&", " and ").replace("\u2019", "'")
    text = " ".join(runs(text.replace("'", "")))
    return text[len("the "):] if text.startswith("the ") else text


@lru_cache(maxsize=1)
def bodies() -> tuple[Body, ...]:
    source = resources.files(__package__).joinpath("data/public_bodies.csv")
    with source.open(encoding="utf-8", newline="") as handle:
        return tuple(Body(row["name"], row["kind"], row["code"] or None, row["status"],
                          tuple(v for v in row["variants"].split("|") if v),
                          tuple(p for p in row["places"].split("|") if p))
                     for row in csv.DictReader(handle))


def _unique(table: dict, key: str, body: Body):
    """Index ``body`` under ``key``; a key two bodies share points at neither (None)."""
    if key in table and table[key] is not body:
        # An active body wins a name over a closed one (a renamed trust's old name).
        current = table[key]
        if current is None or current.status == body.status:
            table[key] = None
        elif body.status == "active":
            table[key] = body
        return
    table[key] = body


@lru_cache(maxsize=1)
def _indexes():
    exact: dict[str, Optional[Body]] = {}
    loose: dict[str, Optional[Body]] = {}
    places: dict[str, list[Body]] = {}
    for body in bodies():
        for name in (body.name,) + body.variants:
            _unique(exact, match_key(name), body)
            _unique(loose, variant_key(name), body)
        if body.kind == "council":
            for place in body.places + (council_place(variant_key(body.name)),):
                key = match_key(place)
                if key and body not in places.setdefault(key, []):
                    places[key].append(body)
    return exact, loose, places


@lru_cache(maxsize=1)
def _councils_by_initials() -> dict[str, tuple[Body, ...]]:
    table: dict[str, list[Body]] = {}
    for body in bodies():
        if body.kind == "council" and body.status == "active":
            table.setdefault(initials(body.name), []).append(body)
    return {key: tuple(found) for key, found in table.items()}


def councils_with_initials(acronym: str) -> tuple[Body, ...]:
    """The current councils whose initials spell ``acronym`` (`RMBC`, `KCC`: several
    councils share most such acronyms, so a paper must say which place it means)."""
    return _councils_by_initials().get(acronym.upper(), ())


@lru_cache(maxsize=8192)
def lookup(name: str) -> Optional[Body]:
    """The registered body ``name`` is, or None."""
    if not name or len(name) < 4:
        return None
    exact, loose, places = _indexes()
    body = exact.get(match_key(name))
    if body is not None:
        return body
    key = variant_key(name)
    if len(key.split()) >= 2:
        body = loose.get(key)
        if body is not None:
            return body
    return _council_by_place(key, places)


@lru_cache(maxsize=1)
def _councils_by_squashed_place() -> dict[str, tuple[Body, ...]]:
    table: dict[str, list[Body]] = {}
    for key, found in _indexes()[2].items():
        squashed = key.replace(" ", "")
        for body in found:
            if body.status == "active" and body not in table.setdefault(squashed, []):
                table[squashed].append(body)
    return {key: tuple(found) for key, found in table.items()}


def council_of_domain(label: str) -> Optional[Body]:
    """The one current council whose place a .gov.uk domain spells (`kent` in `kent.gov.uk`,
    `cheshireeast`, `west-northamptonshire`); None when no council or several share it."""
    found = _councils_by_squashed_place().get(lower_letters((label or "").lower()), ())
    return found[0] if len(found) == 1 else None


def _council_by_place(key: str, places: dict) -> Optional[Body]:
    """`Bristol Council`, `Rotherham Borough Council` -> the one current council of that place whose
    own name has every tier word written (none written fits any tier)."""
    words = key.split()
    if not words or words[-1] != "council":
        return None
    place = council_place(key)
    if not place:
        return None
    written = set(words[len(place.split()):-1])
    found = [b for b in places.get(match_key(place), []) if b.status == "active"
             and written <= set(match_key(b.name).split())]
    return found[0] if len(found) == 1 else None


def _is_of_word(word: str) -> bool:
    """`Ofsted`, `Ofwat`: `Of` and three or more lower-case letters, a shape no English word has."""
    return len(word) >= 5 and word.startswith("Of") and lower_letters(word[2:]) == word[2:]


def _scannable(name: str) -> bool:
    words = _name_tokens(TOKEN_RE.findall(name))
    if len(words) < 2:
        # `Ofsted`, `BBC`: a one-word name only when no English word looks like it.
        return len(words) == 1 and (not words[0][1:].islower() or _is_of_word(words[0]))
    if words[-1].lower() in _NOT_SCANNED_END or "," in words:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)


@lru_cache(maxsize=1)
def _scan_table() -> dict[tuple[str, str], list[tuple[tuple[str, ...], Body]]]:
    """(first word, second word or "") -> (words, body), longest first: the names
    :func:`scan` looks for.  Keyed by two words because most names share their first
    (`North`, `Royal`, `City`): a text's word pair rules out almost every entry at once."""
    table: dict[str, list] = {}
    for body in bodies():
        if body.status != "active" and body.kind == "government":
            continue  # a 2017 register's closed bodies: looked up when found, never searched for
        names = (body.name,) + body.variants
        if body.kind == "council":
            names = tuple(n for n in names if re.search(r"\b(?:Council|Corporation|Authority)\b", n))
        for name in names:
            if not _scannable(name):
                continue
            words = tuple(_name_tokens(TOKEN_RE.findall(name)))
            key = (words[0].lower(), words[1].lower() if len(words) > 1 else "")
            table.setdefault(key, []).append((words, body))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


@lru_cache(maxsize=1)
def _scan_first_words() -> frozenset[str]:
    return frozenset(first for first, _second in _scan_table())


def _same(token: str, word: str) -> bool:
    """A register word as written: its own case, or all capitals (a cover line)."""
    return token == word or (token.isupper() and token == word.upper()) or (
        word.lower() in _SMALL_WORDS and token.lower() == word.lower())


def scan(text: str, words: Optional[list[str]] = None) -> tuple[tuple[int, int, Body], ...]:
    """(start, end, body) for each registered body named in ``text`` on one line.  ``words``: the
    text's tokens (``TOKEN_RE.findall``) when the caller has them (the organisation finder, whose
    cache per text also serves this scan), so the text is tokenised once."""
    table = _scan_table()
    firsts = _scan_first_words()
    # Most texts hold no word pair (nor single word) a registered name starts with: nothing to walk.
    words = _name_tokens(TOKEN_RE.findall(text) if words is None else words)
    lowered = [word.lower() for word in words]
    if not any((first, "") in table or (first, second) in table
               for first, second in zip(lowered, lowered[1:] + [None])):
        return ()
    tokens = [(word, start, start + len(word)) for word, start in zip(words, word_offsets(text, words))]
    found = []
    i = 0
    while i < len(tokens):
        first = tokens[i][0].lower()
        if first not in firsts:
            i += 1  # no registered name starts with this word (most words)
            continue
        second = tokens[i + 1][0].lower() if i + 1 < len(tokens) else None
        # Two-word keys hold the longer names: tried first, as the longest name wins.
        entries = (table.get((first, second), []) if second is not None else []) + table.get((first, ""), [])
        hit = None
        for name_words, body in entries:
            if i + len(name_words) > len(tokens):
                continue
            span = tokens[i:i + len(name_words)]
            if all(_same(t[0], w) for t, w in zip(span, name_words)) \
                    and not any(c in text[span[0][1]:span[-1][2]] for c in "\n|"):
                hit = (span[0][1], span[-1][2], body)
                break
        if hit:
            found.append(hit)
            i += len(name_words)  # the name's tokens, not tokenised again
        else:
            i += 1
    return tuple(found)
