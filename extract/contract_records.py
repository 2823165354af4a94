"""Contracts set out as labelled fields rather than as sentences or column tables.

Three layouts, all read through the field labels of ``contract_records.yaml``:

* a two-column table with one field per row (`Supplier | Tarnside Civils Ltd`, `Contract value (total) |
  £14,600,000`, `Service | ...`); several records may follow one another in one table, a label coming
  round again starting the next;
* one line of labelled fields (`Direction to: NHS X; Service: S; Budget allocated: £V; Period: ...`,
  `Contract: S - Provider: X - Value: £V a year - Expiry: date`);
* a block of such rows that a PDF reader took for one row, its labels run together in the first cell
  (`Contract Provider Value Expiry | S X £V a year date`): the value cell is split at the body, the sum
  and the dates it names, and the words left are the service.

A record names its provider in a field of its own, so the sum in its value field is that provider's
contract: no cue phrase is needed, and the sum is not left to the prose reader's guesses.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .contract_terms import DIRECTED_BY, tidy_service
from .contracts import Candidate, PaperContext, own_body_roles, provider_may_serve
from .dates import find_dates, stated_iso
from .facts import Contract
from .money import find_money, states_money
from .phrases import compiled, load

# A label is a few words (`Contract value (total)`, `Budget allocated`), never a sentence.
LABEL_WORDS = 5
# A line of fields has at least this many labelled fields (a provider, a value and one more).
LINE_FIELDS = 3
# Roles in the order a label naming two is read (`Contract value` is a value, `Contract` a service).
ORDER = ("provider", "commissioner", "value", "start", "end", "service")

_NOTE = re.compile(r"\([^)]*\)")
# Where one field of a line ends and the next begins: a semicolon, a spaced bar or dash, or a full stop.
# A labelled field keeps its colon (`Provider: X`); a register line of unlabelled fields (`S — X; three
# years; £V`, extract/contract_prose) also breaks at a colon.  One rule for both readers.  A full stop after
# a word of one or two letters is an abbreviation inside a field (`St. Luke's Hospice`, `Co. Ltd`).
_BREAKS = r";|\s\|(?=\s)|\s[–—-](?=\s)|(?<![\s(][A-Za-z])(?<![\s(][A-Za-z]{2})(?<=[\w)])\.\s+(?=[A-Z])"
_COLON_BREAK = r"|:(?=\s)"


def table_header(table) -> Optional[list]:
    """A table's header: the header of its first row that has one (``table`` is its (index, passage) rows),
    else None."""
    return next((passage.header for _, passage in table if passage.header), None)


def field_breaks(labelled: bool) -> re.Pattern:
    """The breaks between a line's fields, with the spaces round them."""
    breaks = _BREAKS if labelled else _BREAKS + _COLON_BREAK
    return re.compile(rf"\s*(?:{breaks})\s*")


_FIELD_BREAK = field_breaks(labelled=True)


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    fields = load("contract_records.yaml")["fields"]
    return tuple((role, compiled(fields[role]["phrase"], "whole")) for role in ORDER)


@lru_cache(maxsize=2048)
def field_role(label: str) -> Optional[str]:
    """The contract role a field label gives its value (`Supplier` -> provider, `Budget allocated` ->
    value), or None for a label the vocabulary does not list (`Contract term`, `Reason`)."""
    bare = _NOTE.sub(" ", label or "").strip(" :*\t").lower()
    if not bare or len(bare.split()) > LABEL_WORDS or any(ch.isdigit() for ch in bare) or "£" in bare:
        return None
    return next((role for role, pattern in _patterns() if pattern.match(bare)), None)


def form_header(header: list) -> bool:
    """Whether a two-cell header heads a form's columns (`Field | Detail`, contract_records.yaml form_headers),
    not a field of its own."""
    words = load("contract_records.yaml")["form_headers"]
    cells = [c.strip(" :*\t").lower() for c in header if c and c.strip()]
    return len(cells) == 2 and cells[0] in words["label_words"] and cells[1] in words["value_words"]


def run_together_labels(cell: str) -> Optional[list[str]]:
    """The roles of labels a reader ran together in one cell (`Contract Provider Value Expiry`), read
    left to right taking the longest label each time; None unless the whole cell is three labels or more."""
    words = (cell or "").split()
    roles, position = [], 0
    while position < len(words):
        for stop in range(min(len(words), position + LABEL_WORDS), position, -1):
            role = field_role(" ".join(words[position:stop]))
            if role is not None:
                roles.append(role)
                position = stop
                break
        else:
            return None
    return roles if len(roles) >= LINE_FIELDS and len(set(roles)) == len(roles) else None


@lru_cache(maxsize=2)
def period_pattern(period: str) -> re.Pattern:
    """The words of contract_records.yaml periods that make a value ``period``'s (`annual`, `total`)."""
    return re.compile("|".join(load("contract_records.yaml")["periods"][period]["words"]), re.IGNORECASE)


def _period(label: str, money_text: str) -> Optional[str]:
    annual, total = period_pattern("annual"), period_pattern("total")
    if annual.search(money_text) or annual.search(label):
        return "annual"
    return "total" if total.search(label) or total.search(money_text) else None


@lru_cache(maxsize=1)
def _direction_label():
    return compiled(load("contract_records.yaml")["directions"]["phrase"], "whole")


# How many passages from the start a directing body is looked for in.
DIRECTOR_PASSAGES = 60


def _directing_body(context: PaperContext, provider: Optional[str]) -> Optional[str]:
    """The body that issues a direction to ``provider``: the paper's own body when it directs, else the
    first body the paper names whose kind directs bodies of the provider's kind (an IJB directs its health
    board and council)."""
    provider_kind = context.kind_of(provider)
    if provider_kind in DIRECTED_BY.get(context.kind_of(context.authority), ()):
        return context.authority
    for passage in (context.doc._.passages or [])[:DIRECTOR_PASSAGES]:
        for mention in context.mentions(passage.text):
            if provider_kind in DIRECTED_BY.get(context.kind_of(mention.name), ()):
                return mention.name
    return None


def _body(context: PaperContext, text: str) -> Optional[str]:
    """The one body a provider or commissioner field names."""
    names = [m.name for m in context.mentions(text)]
    if len(set(names)) == 1:
        return names[0]
    return None if names else context.resolve(text)


def _contract(context: PaperContext, fields: dict, passage, rule: str) -> Optional[Contract]:
    """The contract a record's fields state ({role: (label, text)}), or None without a provider and a sum."""
    if "provider" not in fields or "value" not in fields:
        return None
    label, value_text = fields["value"]
    money = find_money(value_text)
    if not money or money[0].value_gbp <= 0:
        return None
    # A provider field names its body even without an organisation found in it (`Provider | Lantern Housing
    # Support`), read as a Provider column's cell is (contract_tables imports this module, hence the late import).
    from .contract_tables import provider_cell

    provider = _body(context, fields["provider"][1]) or provider_cell(context, fields["provider"][1])
    stated = _body(context, fields["commissioner"][1]) if "commissioner" in fields else None
    if stated is None and _direction_label().match(_NOTE.sub(" ", fields["provider"][0]).strip(" :*").lower()):
        stated = _directing_body(context, provider)
    commissioner, provider = own_body_roles(context, stated, provider, [])
    if not provider_may_serve(context, commissioner, provider):
        return None
    dates = {}
    for role in ("start", "end"):
        if role in fields:
            found = find_dates(fields[role][1], context.month_first)
            if found:
                dates[role] = stated_iso(fields[role][1], found[-1 if role == "end" else 0])
    service = fields.get("service", (None, None))[1]
    return Contract(passage_seq=passage.seq, page=passage.page, quote=passage.text, commissioner=commissioner,
                    provider=provider, service=tidy_service(service) if service else None,
                    value_gbp=money[0].value_gbp, value_text=money[0].text, approximate=money[0].approximate,
                    period=_period(label, money[0].text), start_date=dates.get("start"),
                    end_date=dates.get("end"), rule=rule)


def table_records(context: PaperContext, table) -> Optional[list[Candidate]]:
    """Contracts of a two-column table of labelled fields (``table``: [(index, passage)] of one table),
    or None when the table is not one (a column table, a table of figures)."""
    rows = []
    header = table_header(table)
    if header and not form_header(header):
        if len(header) != 2 or field_role(header[0]) is None:
            return None
        rows.append((table[0][0], table[0][1], list(header)))
    for index, passage in table:
        cells = [c for c in passage.cells]
        while cells and not cells[-1].strip():
            cells.pop()
        if len(cells) != 2:
            return None
        rows.append((index, passage, cells))
    labelled = [field_role(cells[0]) for _, _, cells in rows]
    stacked = [run_together_labels(cells[0]) for _, _, cells in rows]
    if not any(stacked) and not ({"provider", "value"} <= set(labelled)):
        return None
    if any(role is None and not roles and len(cells[0].split()) > LABEL_WORDS
           for role, roles, (_, _, cells) in zip(labelled, stacked, rows)):
        return None  # a row whose first cell is no label: a table of another kind
    found: list[Candidate] = []
    record: dict = {}
    first = rows[0]

    def close():
        contract = _contract(context, record, first[1], "contracts.record.table_fields")
        if contract is not None:
            found.append(Candidate(contract, first[0], "table", 0))

    for row, role, roles in zip(rows, labelled, stacked):
        index, passage, cells = row
        if roles:
            contract = _stacked(context, roles, cells[1], passage)
            if contract is not None:
                found.append(Candidate(contract, index, "table", 0))
            continue
        if role is None:
            continue
        if role in record:
            close()
            record, first = {}, row
        record[role] = (cells[0], cells[1])
    close()
    return found


def line_record(context: PaperContext, index: int, passage) -> Optional[list[Candidate]]:
    """The contract a line of labelled fields states (`Direction to: X; Service: S; Budget allocated: £V`),
    or None when the passage is not such a line."""
    text = passage.text
    if text.count(":") < LINE_FIELDS or not states_money(text):
        return None
    record: dict = {}
    last = None
    for part in _FIELD_BREAK.split(text):
        label, colon, value = part.partition(":")
        role = field_role(label) if colon else None
        if role is not None and role not in record:
            record[role] = (label.strip(), value.strip())
            last = role
        elif colon and len(label.split()) <= LABEL_WORDS and not any(ch.isdigit() for ch in label):
            last = None  # a field no contract fact reads (`Period: ...`)
        elif last is not None and record:
            record[last] = (record[last][0], f"{record[last][1]}; {part.strip()}")
    if len(record) < LINE_FIELDS:
        return None
    contract = _contract(context, record, passage, "contracts.record.line_fields")
    return [Candidate(contract, index, "prose", 0)] if contract is not None else None


def _stacked(context: PaperContext, roles: list[str], text: str, passage) -> Optional[Contract]:
    """The contract of a block whose labels ran together (``roles``, in order) and whose values ran
    together in ``text``: the body it names is the provider, its first sum the value, its dates the start
    and end in the labels' order, and the longest stretch of words left over the service."""
    bodies = [m for m in context.mentions(text) if m.name != context.authority]
    money = find_money(text)
    if "provider" not in roles or len({m.name for m in bodies}) != 1 or not money:
        return None
    spans = [(bodies[0].start, bodies[0].end), (money[0].start, money[0].end)]
    dates = [d for d in find_dates(text, context.month_first)
             if not any(start <= d.start < end for start, end in spans)]
    spans += [(d.start, d.end) for d in dates]
    fields = {"provider": ("", bodies[0].name), "value": ("", text[money[0].start:money[0].end])}
    for role, date in zip([r for r in roles if r in ("start", "end")], dates):
        fields[role] = ("", text[date.start:date.end])
    if "service" in roles:
        position, pieces = 0, []
        for start, end in sorted(spans):
            pieces.append(text[position:start])
            position = max(position, end)
        pieces.append(text[position:])
        service = max((p.strip(" ,;:-–—") for p in pieces), key=len, default="")
        if service:
            fields["service"] = ("", service)
    return _contract(context, fields, passage, "contracts.record.stacked_fields")
