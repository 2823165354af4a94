"""The words papers use about contracts and money: types, status, non-contract sums.

Data and small pure helpers shared by the table and prose readers of
:mod:`extract.contracts`.  Everything here is general UK commissioning
vocabulary; nothing names a paper, an authority or a provider.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Optional

from . import gazetteer as gz
from .dates import find_dates, stated_iso
from .phrases import load
from .plain_text import squash, without_first_word
from .yaml_files import spell_placeholders

# Bodies that buy services; any other kind in a contract's first column is a provider.
COMMISSIONER_KINDS = {"council", "ccg", "icb", "nhs_england", "health_board", "government", "ijb",
                      *gz.PUBLISHING_BODY_KINDS}  # fire, police, transport ... bodies (public_body_types.yaml)
# Commissioning bodies that can be another's provider: an IJB directs a health board and a council.
DIRECTED_BY = {"ijb": {"health_board", "council"}}
# Bodies that mainly provide: a paper of theirs speaks of its own head contract as the provider.
PROVIDER_KINDS = {"nhs_trust", "nhs_foundation_trust"}

VOCABULARY_FILE = "contract_terms.yaml"  # types, statuses and cue words, each with its examples


# Cues whose words other entries, and other rule files, name (placeholder -> cue): one list, read by each.
SHARED_CUES = {"PAYMENT_PAPERS": "payment_papers"}


def cue_words(name: str) -> str:
    """The alternatives of the cue ``name`` of contract_terms.yaml as regex source (`payments?|accounts?|...`), for a
    pattern that names the list: this file's own entries (SHARED_CUES) and rules/decisions.yml's vocabulary."""
    return "|".join(_cue_alternatives(name))


def _cue_alternatives(name: str) -> list[str]:
    return load(VOCABULARY_FILE)["cues"][name]["any"]


def _shared_cue_lists() -> dict[str, list[str]]:
    """Each SHARED_CUES placeholder with its cue's alternatives: the word lists yaml_files.spell_placeholders spells
    (it is handed lists, not the names of lists)."""
    return {placeholder: _cue_alternatives(name) for placeholder, name in SHARED_CUES.items()}


def _pattern(entry: dict) -> re.Pattern:
    """A vocabulary entry's alternatives as one pattern (set in its `form` in place of WORDS when it
    has one; a shared cue's placeholder spelt as its words), case-insensitive unless it says `match_case`."""
    body = spell_placeholders("|".join(entry["any"]), _shared_cue_lists(), "|".join)
    if "form" in entry:
        body = entry["form"].replace("WORDS", body)
    return re.compile(body, 0 if entry.get("match_case") else re.IGNORECASE)


def cue(name: str) -> re.Pattern:
    """The cue ``name`` of contract_terms.yaml's `cues`, compiled."""
    return _pattern(load(VOCABULARY_FILE)["cues"][name])


# (pattern, contract_type), most specific first.
_TYPE_RES = [(_pattern(entry), entry["type"]) for entry in load(VOCABULARY_FILE)["types"]]
# Most text names no type: one search for any of them spares trying each in turn.
_ANY_TYPE_RE = _pattern({"any": [f"(?:{'|'.join(entry['any'])})" for entry in load(VOCABULARY_FILE)["types"]]})

# (pattern, status): the first that matches wins, so `awarded` beats `will`.
_STATUS_RES = [(_pattern(entry), entry["status"]) for entry in load(VOCABULARY_FILE)["statuses"]]

# Money coming to the paper's own body: a government grant, funding it bid for or accepts.
INCOME_CUE = cue("income")
_FUNDING_WORD = cue("funding_word")


_THE = frozenset({"the"})
_ARTICLES = frozenset({"the", "a", "an", "our", "its", "their"})


def is_income(clause: str, own_names: Callable[[], Iterable[str]] = tuple) -> bool:
    """Whether a clause is about grant or funding the paper's own body receives (not
    funding it pays out: `from <the paper's body>`).  ``own_names`` gives the paper's own
    body's names; it is called only for a clause about funding, since finding them costs a
    search of the paper's first pages."""
    if not _FUNDING_WORD.search(clause):
        return False
    authority_names = own_names()
    # `X receives a grant of £185,000 from the ICB`: the paper's own body pays it.
    for name in authority_names:
        bare = without_first_word(name or "", _THE)
        if bare and re.search(rf"\bfrom\s+(?:the\s+)?{re.escape(bare)}\b", clause):
            return False
    if INCOME_CUE.search(clause):
        return True
    for name in authority_names:
        if name and re.search(rf"\b(?:to|for)\s+(?:the\s+)?{re.escape(name)}\b", clause):
            return True
    return False


# Words that make a name an organisation rather than a place or a building.
ORG_WORDS = cue("org_words")


def looks_like_organisation(name: Optional[str]) -> bool:
    return bool(name) and bool(ORG_WORDS.search(name))


TOTAL_LABEL = cue("total_label")
FISCAL_YEAR = re.compile(r"\b(20\d\d|19\d\d)\s?[/-]\s?(\d\d)\b")

# Headings that say where a paragraph sits, not what service it is about.
GENERIC_HEADINGS = cue("generic_headings")


@lru_cache(maxsize=8192)  # a passage's sentences and clauses are asked about more than once
def contract_type_in(text: str) -> Optional[str]:
    if not _ANY_TYPE_RE.search(text):
        return None
    for pattern, label in _TYPE_RES:
        if pattern.search(text):
            return label
    return None


# Words that name no status, taken out before the statuses are looked for.
_NOT_A_STATUS_RE = cue("not_a_status")  # `cannot be extended`, `may be renewed`, `an option to extend`


@lru_cache(maxsize=8192)
def status_in(text: str) -> Optional[str]:
    text = _NOT_A_STATUS_RE.sub(" ", text)
    for pattern, label in _STATUS_RES:
        if pattern.search(text):
            return label
    return None


def fiscal_year_near(text: str, position: int) -> Optional[str]:
    """The financial year (`2016/17`) written nearest to ``position``."""
    best = None
    for match in FISCAL_YEAR.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if (first + 1) % 100 != second:
            continue
        distance = abs(match.start() - position)
        if best is None or distance < best[0]:
            best = (distance, f"{first}/{match.group(2)}")
    return best[1] if best else None


def tidy_service(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    text = squash(text).strip(" .,;:-–")
    text = without_first_word(text, _ARTICLES)
    return text[:120] or None


_END_CUE = cue("end_cue")  # `runs until`, `due to end on` right before a date
_START_CUE = cue("start_cue")  # `with effect from`, `commencing on`


def start_and_end(text: str, month_first: bool = False) -> tuple[Optional[str], Optional[str]]:
    """The start and end dates ``text`` gives a contract (`from 1 September 2019`, `until March 2021`),
    numeric dates read in the paper's order (``month_first``)."""
    start = end = None
    for mention in find_dates(text, month_first):
        before = text[max(0, mention.start - 40):mention.start]
        if end is None and _END_CUE.search(before):
            end = stated_iso(text, mention)  # (`until the end of March 2026`: 2026-03-31, as key dates read it)
        elif start is None and _START_CUE.search(before):
            start = mention.iso
    return start, end
