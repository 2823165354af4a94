"""Pure helpers for comparing organisation names, free of spaCy so the
database layer can use them without paying for its import."""
from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer as gz
from .plain_text import runs

# A text's tokens, for the organisation finder and the register scan alike (one tokenisation
# serves both): a word keeps inner apostrophes, full stops and hyphens (`Guy's`, `Stoke-on-Trent`)
# and a trailing apostrophe (`St Thomas'`); `&`, `,`, brackets and any other mark are tokens of
# their own.
TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019.\-][A-Za-z0-9]+)*['\u2019]?|&|,|\(|\)|\S")

# A principal council's tier, written after its place (`Wessex County Council`, `Fenmarsh District Council`).
PRINCIPAL_TIER_WORDS = frozenset({"county", "city", "borough", "district", "metropolitan"})
# Every word naming a council's type: a principal tier or a local council's (`Ashby Town Council`, and in Wales
# `Glyn Arth Community Council`).
COUNCIL_TYPE_WORDS = PRINCIPAL_TIER_WORDS | {"town", "parish", "community"}
LOWER_IN_TITLE = {"and", "of", "upon", "on", "in", "the", "for", "to", "with"}
# Acronyms that stay in capitals when a name or meeting written in capitals is set in title case.
KEEP_UPPER = {"NHS", "CCG", "ICB", "ICS", "ICP", "CIC", "CIO", "LLP", "PLC", "IPS", "UK", "FT", "SEND", "SEN", "SACRE",
              "HOSC", "JHOSC", "CYP", "HWB", "MCA", "LEP", "II", "III", "IV"}


@lru_cache(maxsize=8192)  # a paper asks about the same few names again and again
def variant_key(name: str) -> str:
    """What two spellings of one body share: `The Wessex NHS Foundation Trust` and
    `Wessex Foundation Trust`, or `Wessex CCG` and `Wessex Clinical Commissioning Group`."""
    text = name.lower().replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)  # `West Yorkshire's ICB` is the West Yorkshire ICB
    words = runs(text)
    out: list[str] = []
    for word in words:
        if word in gz.OPTIONAL_NAME_WORDS:
            continue
        out.extend(gz.EXPANSIONS.get(word, word).split())
    if out[:2] == ["university", "of"] and len(out) > 2:
        out = out[2:] + ["university"]  # `University of Wessex` is `Wessex University`
    return " ".join(out)


def from_capitals(text: str, keep: frozenset[str] | set[str] = frozenset(KEEP_UPPER)) -> str:
    """`WESSEX COUNTY COUNCIL CABINET` -> `Wessex County Council Cabinet`: a name set in
    capitals on a cover, in the case the rest of the paper writes it.  Text with any
    lower-case word is left as written."""
    words = text.split()
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if not letters or not all(w.isupper() for w in letters):
        return text
    return " ".join(_title_word(w, n, keep) for n, w in enumerate(words))


def _title_word(word: str, position: int, keep) -> str:
    bare = word.strip("()[]:,.;\u2019'\"")
    if bare in keep:
        return word
    if position and word.lower() in LOWER_IN_TITLE:
        return word.lower()
    return "-".join(_capitalised(part) for part in word.split("-"))


def _capitalised(part: str) -> str:
    first = next((i for i, c in enumerate(part) if c.isalpha()), len(part))
    return part[:first + 1] + part[first + 1:].lower()


def council_place(key: str) -> str:
    """`wessex county council` -> `wessex`: the place a council key names."""
    words = key.split()
    if words and words[-1] == "council":
        words = words[:-1]
    while words and words[-1] in COUNCIL_TYPE_WORDS:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=8192)  # asked for every organisation at each acronym of a paper
def initials(name: str) -> str:
    """`Rotherham Metropolitan Borough Council` -> `RMBC`: the first letter of each word
    but `the`, `of`, `and`, `NHS`; a word in capitals is kept whole."""
    words = [w for w in runs(name, "A-Za-z'") if w.lower() not in ("the", "of", "and", "nhs")]
    return "".join(word if word.isupper() else word[0].upper() for word in words)


