"""A paper that is itself a contract: one contract row from its parties, title and definitions.

A contract document opens `THIS AGREEMENT is made on ... BETWEEN (1) X ... and
(2) Y ...` (or `This Agreement is dated ...` with a `Parties` list), or is
titled `LIBRARY SERVICES CONTRACT between X and Y` and defines its terms
(`Commencement Date: 1st August 2012.`).  The public body among the parties
(a council, ICB, CCG, NHS England) commissions; the other party provides.  The
service comes from the title (`Library services`), the start from the
`Commencement Date`, the end from an `Expiry Date` or the start plus the
`Initial Term` (`five years commencing on the Commencement Date`), and the
value only from a stated `Contract Price` / `Contract Sum`.

A committee report that mentions `the contract between X and Y` is not a
contract document: it has no agreement opening, and its title alone (without
the defined terms a contract carries) is not enough.

Cheap: one anchored match per passage, and nothing more unless the paper is a
contract.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dateutil.relativedelta import relativedelta

from .contract_prose import period_of
from .contract_terms import cue, looks_like_organisation, tidy_service
from .dates import find_dates
from .facts import Contract
from .metadata import party_block
from .money import find_money
from .plain_text import squash

_OPENING = cue("contract_opening")  # `THIS AGREEMENT is made on ...`
_PARTIES_HEADING = cue("parties_heading")  # `PARTIES`, `1. The Parties:`
# `LIBRARY SERVICES CONTRACT between X and Y`, `Agreement for the provision of ... between X and Y`.
_TITLE = re.compile(r"^(?P<before>.{0,100}?)\b(?:CONTRACT|AGREEMENT|Contract|Agreement)\b(?P<after>.{0,100}?)"
                    r"\s+(?:between|BETWEEN)\s+(?P<parties>.+)$")
_SERVICE_AFTER = re.compile(r"^\s*(?:for|FOR)\s+(?:(?:the|THE)\s+)?(?:(?:provision|PROVISION|supply|SUPPLY)\s+"
                            r"(?:of|OF)\s+)?(?:(?:the|THE)\s+)?(?P<service>.+)$")
_TERMS = {
    "start": r"(?:Service\s+)?Commencement\s+Date|Contract\s+Start\s+Date|Start\s+Date|Effective\s+Date",
    "end": r"Expiry\s+Date|(?:Contract\s+)?End\s+Date",
    "initial": r"Initial\s+(?:Contract\s+)?(?:Term|Period)",
    "term": r"Contract\s+(?:Term|Period)|Term",
    "value": r"(?:Annual\s+)?Contract\s+(?:Price|Sum|Value)",
}
# `Commencement Date: 1st August 2012.`, `"Initial Term" means the period of ...`.
_DEFINITION = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+|\([a-z0-9]+\)\s+)?[\"\u201c\u2018']?(?:"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _TERMS.items())
    + r")[\"\u201d\u2019']?\s*(?::|\bmeans\b|\bshall\s+mean\b|[\u2013\u2014-]\s)\s*(?P<rest>.*)$", re.DOTALL)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25}
_DURATION = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) +
                       r")\s*(?:\(\s*\d{1,2}\s*\)\s*)?(?P<unit>years?|months?)\b", re.IGNORECASE)
_FROM_START = cue("from_start")  # `five years commencing on the Commencement Date`
_PARTY_NUMBER = re.compile(r"^\s*(?:\(\s*\d\s*\)|\d[.)])\s*")
# A party written out without an organisation pattern: `(2) Egdon Leisure Ltd whose registered office ...`.
_PARTY_NAME = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][^,(\u201c\"]{2,100}?)(?=\s+(?:of|whose|incorporated|registered|"
                         r"a\s+company|a\s+charity|a\s+society|\(|acting|having|care\s+of|at)\b|\s*[,(\u201c\"]|$)")
MAX_PARTY_ITEMS = 6
# What a title says before `Agreement` when it names no service (`Deed of Variation`, `The Framework`): the
# service is then read after it (`... for the provision of X`).  Compared with a tidied title (tidy_service:
# one space between words, no leading article), lower-cased.
_NO_SERVICE_TITLES = frozenset(f"{deed}{word}" for deed in ("", "deed of ")
                               for word in ("variation", "framework", "service", "services", "this"))


def _small_caps(text: str) -> str:
    """`P ARTIES` -> `PARTIES`: a PDF's small capitals split off their first letter."""
    return re.sub(r"\b([A-Z]) (?=[A-Z]{2,}\b)", r"\1", text)


def contract_document(context) -> Optional[Contract]:
    """The contract a paper that is a contract makes, or None for any other paper."""
    passages = context.doc._.passages or []
    opening = parties = None
    definitions: dict[str, tuple[int, str]] = {}
    for index, passage in enumerate(passages):
        text = passage.text
        if opening is None and _OPENING.match(text):
            opening = index
        if parties is None and passage.kind in ("heading", "paragraph") and len(text) < 40 \
                and _PARTIES_HEADING.match(_small_caps(text)):
            parties = index
        if passage.kind in ("paragraph", "list_item", "table_row") and text[:1] != " ":
            match = _DEFINITION.match(text)
            if match:
                key = next(k for k in _TERMS if match.group(k))
                definitions.setdefault(key, (index, match.group("rest")))
    title_index, title = _title(context, passages)
    if opening is None and not (title and (definitions.keys() & {"start", "initial", "end"})):
        return None
    found = _parties(context, passages, parties, opening, title_index, title)
    if found is None:
        return None
    (commissioner, provider), where = found
    start = _first_date(definitions.get("start"), context.month_first)
    end = _first_date(definitions.get("end"), context.month_first)
    if end is None and start is not None:
        for key in ("initial", "term"):
            end = _end_of_term(start, definitions.get(key))
            if end:
                break
    passage = passages[where]
    contract = Contract(passage_seq=passage.seq, page=passage.page, quote=passage.text, rule="contracts.document",
                        commissioner=commissioner, provider=provider, service=_service(title),
                        start_date=start, end_date=end)
    if "value" in definitions:
        rest = definitions["value"][1]
        monies = [m for m in find_money(rest) if m.value_gbp]
        if monies:
            contract.value_gbp, contract.value_text = monies[0].value_gbp, monies[0].text
            contract.approximate = monies[0].approximate
            contract.period = monies[0].period or period_of(rest)
    return contract


def _title(context, passages) -> tuple[Optional[int], Optional[str]]:
    """(passage index or None, title) of a title naming a contract between parties."""
    title = context.doc._.extraction.title if context.doc._.extraction else None
    if title and _TITLE.match(squash(title)):
        first = next((i for i, p in enumerate(passages[:12]) if p.text.strip() and p.text.strip() in title), None)
        return first, squash(title)
    # A title set over several lines: `LIBRARY SERVICES CONTRACT between` / `X and` / `Y`.
    start, end, _parties = party_block(passages)
    if start >= 0:
        joined = " ".join(squash(p.text) for p in passages[start:end])
        if _TITLE.match(joined):
            return start, joined
    return None, None


def _service(title: Optional[str]) -> Optional[str]:
    if not title:
        return None
    match = _TITLE.match(title)
    service = tidy_service(match.group("before"))
    if not service or service.lower() in _NO_SERVICE_TITLES:
        after = _SERVICE_AFTER.match(match.group("after"))
        service = tidy_service(after.group("service")) if after else None
    if not service:
        return None
    if service.isupper():
        service = service[0] + service[1:].lower()
    return service


def _parties(context, passages, parties, opening, title_index, title):
    """((commissioner, provider), passage index naming the provider), or None."""
    sources = []
    if parties is not None:
        items = [i for i in range(parties + 1, min(len(passages), parties + 1 + MAX_PARTY_ITEMS))
                 if passages[i].kind in ("paragraph", "list_item") and _PARTY_NUMBER.match(passages[i].text)]
        sources.extend((i, passages[i].text) for i in items)
    if opening is not None and len(sources) < 2:
        sources.extend((i, passages[i].text) for i in range(opening, min(len(passages), opening + 4)))
    if title is not None and len(sources) < 2:
        match = _TITLE.match(title)
        sources.append((title_index if title_index is not None else 0, match.group("parties")))
    named: list[tuple[str, int]] = []
    for index, text in sources:
        for name in _names(context, text, numbered=bool(_PARTY_NUMBER.match(text))):
            if name not in (n for n, _ in named):
                named.append((name, index))
        if len(named) >= 2:
            break
    if len(named) < 2:
        return None
    (first, _), (second, second_index) = named[:2]
    first_public = context.is_commissioner_kind(first)
    second_public = context.is_commissioner_kind(second)
    if first_public == second_public:
        return None  # two public bodies (a partnership agreement) or none: no commissioner and provider
    if first_public:
        return (first, second), second_index
    return (second, first), named[0][1]


def _names(context, text: str, numbered: bool) -> list[str]:
    """Organisations a party clause names: the first only when it is a numbered party."""
    mentions = context.mentions(text)
    if numbered:
        body = _PARTY_NUMBER.sub("", text)
        offset = len(text) - len(body)
        if mentions and mentions[0].start <= offset + 4:
            return [mentions[0].name]
        match = _PARTY_NAME.match(body)
        name = squash(match.group("name")).rstrip(" .") if match else ""
        return [context.resolve(name) or name] if looks_like_organisation(name) else []
    return [m.name for m in mentions]


def _first_date(definition, month_first: bool) -> Optional[str]:
    if not definition:
        return None
    for mention in find_dates(definition[1], month_first):
        if len(mention.iso) == 10:
            return mention.iso
    return None


def _end_of_term(start: str, definition) -> Optional[str]:
    """`the period of five years commencing on the Commencement Date` -> the day before the fifth anniversary."""
    if not definition or not _FROM_START.search(definition[1]):
        return None
    match = _DURATION.search(definition[1])
    if not match:
        return None
    n = match.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBERS[n]
    months = count * (12 if match.group("unit").lower().startswith("year") else 1)
    return (date.fromisoformat(start) + relativedelta(months=months) - timedelta(days=1)).isoformat()
