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

# Bodies that buy services; any other kind in a contract's first column is a provider.
COMMISSIONER_KINDS = {"council", "ccg", "icb", "nhs_england", "health_board", "government", "ijb",
                      *gz.PUBLISHING_BODY_KINDS}  # fire, police, transport ... bodies (public_body_types.yaml)
# Commissioning bodies that can be another's provider: an IJB directs a health board and a council.
DIRECTED_BY = {"ijb": {"health_board", "council"}}
# Bodies that mainly provide: a paper of theirs speaks of its own head contract as the provider.
PROVIDER_KINDS = {"nhs_trust", "nhs_foundation_trust"}

# (pattern, contract_type), most specific first.
CONTRACT_TYPES = [
    (r"\bsection\s*75\b|\bs\.?\s?75\b|\bpooled\s+budget", "pooled budget / section 75"),
    (r"\bcost\s+(?:and|&)\s+volume\b", "cost and volume"),
    (r"\bblock\b", "block"),
    (r"\bspot\b", "spot"),
    (r"\bcall[- ]off\b", "call-off"),
    (r"\bdynamic\s+purchasing\b", "dynamic purchasing system"),
    (r"\bframework\b", "framework"),
    # A grant paid (`a grant of £45,000 to X`, `grant agreement`, a `Type: Grant` cell), not a funding
    # pot the body holds (`within the public health grant`).
    (r"^\s*grants?\b|\bgrants?[- ](?:agreements?|funding|funded|aid|awards?)\b|"
     r"\b(?:a|an|annual|one-off|small|capital|revenue)\s+grant\b|\bgrant\s+(?:of|to)\b", "grant"),
    (r"\bin[- ]house\b|\bdirectly\s+employed\b", "in-house"),
    (r"\broll(?:ing|s)?[- ]on\b|\brolling\b", "rolling"),
    (r"\btime[- ]limited\b|\bfixed[- ]term\b", "time-limited"),
    (r"\bconcession\b", "concession"),
    (r"\bservice\s+level\s+agreement\b|\bSLA\b", "service level agreement"),
    (r"\bNHS\s+Standard\s+Contract\b", "NHS standard contract"),
]
_TYPE_RES = [(re.compile(p, re.IGNORECASE), label) for p, label in CONTRACT_TYPES]
# Most text names no type: one search for any of them spares trying each in turn.
_ANY_TYPE_RE = re.compile("|".join(f"(?:{p})" for p, _label in CONTRACT_TYPES), re.IGNORECASE)

# (pattern, status): the first that matches wins, so `awarded` beats `will`.
STATUSES = [
    (r"\bawarded\b|\baward(?:ing)?\s+(?:of\s+)?the\s+contract\b", "awarded"),
    (r"\bextend(?:ed|ing)?\b|\bextension\b|\bvariation\b", "extended"),
    (r"\bpropos\w*|\bwould\b|\bwill\s+(?:be|need)\b|\bintend\w*|\bre-?procure\w*|\bto\s+be\s+(?:let|commissioned|procured)", "proposed"),
    (r"\bcurrent(?:ly)?\b|\bexisting\b|\bincumbent\b|\bis\s+(?:delivered|provided)\b", "current"),
]
_STATUS_RES = [(re.compile(p, re.IGNORECASE), label) for p, label in STATUSES]

# Money coming to the paper's own body: a government grant, funding it bid for or accepts.
INCOME_CUE = re.compile(
    r"\b(?:from|by)\s+(?:the\s+)?(?:central\s+|national\s+|UK\s+)?government\b|\bDepartment\s+(?:for|of)\b|"
    r"\b(?:DfE|DfT|DHSC|MHCLG|DLUHC|HM\s+Treasury|Homes\s+England)\b|\bbid\s+for\b|\baccept\w*\b|\breceipt\b|"
    r"\breceiv\w*\b|\bsecured\b|\bawarded\s+(?:funding|grant)|\b(?:funding|grant)\s+(?:has\s+been\s+|was\s+)?awarded\b",
    re.IGNORECASE)
_FUNDING_WORD = re.compile(r"\bgrants?\b|\bfunding\b|\bfunds?\b|\ballocat\w*", re.IGNORECASE)


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
        bare = re.sub(r"^the\s+", "", name or "", flags=re.IGNORECASE)
        if bare and re.search(rf"\bfrom\s+(?:the\s+)?{re.escape(bare)}\b", clause):
            return False
    if INCOME_CUE.search(clause):
        return True
    for name in authority_names:
        if name and re.search(rf"\b(?:to|for)\s+(?:the\s+)?{re.escape(name)}\b", clause):
            return True
    return False


# Words that make a name an organisation rather than a place or a building.
ORG_WORDS = re.compile(
    r"\b(?:Ltd|Limited|plc|PLC|LLP|CIC|C\.I\.C|Inc|Trust|Council|Authority|Board|NHS|ICB|CCG|Partnership|Foundation|"
    r"Charity|Charitable|Association|Society|Group|Company|Co-?operative|Cooperative|Enterprises?|Services|Agency|"
    r"Federation|Alliance|Consortium|Collective|Network|Project|Church|Diocese|College|University|School|Academy|"
    r"Hospital|Hospice|Practice|Surgery|Barnardo'?s|Action\s+for|Age\s+UK|Citizens\s+Advice|"
    r"Industrial\s+and\s+Provident)\b")


def looks_like_organisation(name: Optional[str]) -> bool:
    return bool(name) and bool(ORG_WORDS.search(name))


TOTAL_LABEL = re.compile(r"^\s*(?:grand\s+|sub-?\s?)?totals?\b", re.IGNORECASE)
FISCAL_YEAR = re.compile(r"\b(20\d\d|19\d\d)\s?[/-]\s?(\d\d)\b")

# Headings that say where a paragraph sits, not what service it is about.
GENERIC_HEADINGS = re.compile(
    r"background|summary|introduction|recommendation|financ|implication|risk|legal|consultation|"
    r"proposal|options?|conclusion|appendi|purpose|contents|key issues|timetable|contracts?$",
    re.IGNORECASE)


@lru_cache(maxsize=8192)  # a passage's sentences and clauses are asked about more than once
def contract_type_in(text: str) -> Optional[str]:
    if not _ANY_TYPE_RE.search(text):
        return None
    for pattern, label in _TYPE_RES:
        if pattern.search(text):
            return label
    return None


# Words that name no status, taken out before the statuses are looked for.
_NOT_A_STATUS_RE = re.compile(
    # `cannot be extended`, `will not be renewed`: what will not happen is no status.
    r"\b(?:cannot|can\s*not|can't|will\s+not|is\s+not|not)\s+(?:be\s+)?\w+|"
    # `may be extended`, `could be renewed`, `is extendable`: a possibility, not an extension made.
    r"\b(?:may|might|could|can|would)\s+(?:also\s+)?(?:be\s+)?(?:extended|renewed)\b|"
    r"\bextend[ai]ble\b|\bcapable\s+of\s+(?:being\s+)?extended\b|"
    # `with an option to extend for two further years`: a term of the contract, not an extension made.
    r"\b(?:an?\s+|the\s+)?options?\s+to\s+(?:extend|renew)\b|\b(?:extension|renewal)\s+options?\b",
    re.IGNORECASE)


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
    text = " ".join(text.split()).strip(" .,;:-–")
    text = re.sub(r"^(?:the|a|an|our|its|their)\s+", "", text, flags=re.IGNORECASE)
    return text[:120] or None


_END_CUE = re.compile(r"(?:until|till|to|end(?:s|ing|ed)?(?:\s+date)?(?:\s+of|\s+on)?|expir\w*(?:\s+on)?|"
                      r"due\s+to\s+end(?:\s+on)?|runs?\s+to|up\s+to|through|ceases?(?:\s+on)?)\s+(?:the\s+)?(?:end\s+of\s+)?$",
                      re.IGNORECASE)
_START_CUE = re.compile(r"(?:from|commenc\w*(?:\s+on)?|start\w*(?:\s+on)?|effect\s+from|begin\w*(?:\s+on)?|"
                        r"with\s+effect\s+from|go[- ]live(?:\s+date)?(?:\s+of)?|effective)\s+(?:the\s+)?$",
                        re.IGNORECASE)


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
