"""Contracts from tables: column tables and pivot tables.

A *column table* has a header naming what each column holds (Service,
Commissioner, Provider, Contract arrangements, Value, End date...), one
contract per row.  A *pivot table* has organisations down the first column
and services across the header, each cell a value with its terms
(`£1,520,000 Block contract`, `£1,693,850 Contract until September 2019`).
Rows labelled `Total` become ``is_total`` rows.
"""
from __future__ import annotations

import re
from itertools import groupby
from typing import Optional

from .contract_terms import (FISCAL_YEAR, TOTAL_LABEL, cue, contract_type_in, fiscal_year_near, start_and_end, status_in,
                             tidy_service)
from .contract_records import table_header, table_records
from .contract_roles import ROLES, funds
from .phrases import compiled
from .plain_text import runs, squash
from .contracts import Candidate, PaperContext, ProviderStatement, own_body_roles, provider_may_serve, useful_heading
from .dates import find_dates, stated_iso
from .facts import Amount, Contract
from .money import NUMBER, Money, find_money, looks_like_year, number_value
from .money_kinds import kind_of_label, names_planned_procurements, section_kind, section_kind_names_contracts
from .table_roles import column_roles, first_role, holder_columns, names_no_party, unit_of

# A table cell this many words long is written as sentences (`Description: The project is delivered by X.`):
# the prose reader reads it (extract/contract_prose._prose_cells).
PROSE_CELL_WORDS = 15

# The roles a contract table reads, in the order a header naming two of them is
# read (`Contract end date` is an end date, `Service provider` a provider,
# `Contract value` a value, `Contract` a service); the vocabulary is the shared one.
# (g39) `party_detail` first: `Supplier type`, `Supplier information` say what the supplier is, never who.
CONTRACT_ROLES = ("party_detail", "end", "start", "type", "commissioner", "provider", "value", "status", "service")

# Header and label cues (contract_terms.yaml's `cues`, each with its examples).
_MONITORING_MEASURE = cue("monitoring_measure")  # `Forecast £k`, `Outturn`: budget monitoring
_CONTRACT_VALUE_HEADER = cue("contract_value_header")  # `Contract value £k`
_ACCOUNTS_MEASURE = cue("accounts_measure")  # `Income £m`, `Surplus/(deficit) £m`: a body's own accounts
_ACCOUNTS_RESULT = cue("accounts_result")  # `Surplus/(deficit)`, `Closing reserves`: how those accounts end
_LISTING_COLUMN = cue("listing_column")  # `File name`, `URL`: a list of files
_AREA_COLUMN = cue("area_column")  # `District`, `Local authority`: places compared or money shared out
_ANNUAL_LABEL = cue("annual_label")  # `Annual value`, `p.a.`
_WHOLE_TERM_LABEL = cue("whole_term_label")  # `Total`, `Whole life cost`
_PAYMENTS_COLUMN = cue("payments_column")  # `VAT`, `Net`, `Chq no.`: a payments schedule's columns
_NOT_BOUGHT_PAYMENT = cue("not_bought_payment")  # `HMRC`, `Clerk's salary`, `Petty cash`: no service bought
_PAYEE_REFERENCE = cue("payee_reference")  # `Harrow Mowing Inv 3310`, `Lampwise (DD)`: a payment's reference, no name


def header_roles(header: list[str], table=()) -> dict[int, str]:
    """Each header cell's column role for a contract table (extract/data/column_roles.yml), read from the
    ``table``'s cells too where it is given (table_roles.column_roles)."""
    roles = {}
    for i, column in enumerate(column_roles(header, rows=[passage.cells for _, passage in table])):
        role = first_role(column, CONTRACT_ROLES)
        if role:
            roles[i] = role
    return roles


# A figure on its own, as a table writes sums under such a unit (`38,600`, `845`, `1,150.5`).
_BARE_NUMBER = re.compile(rf"\s*({NUMBER})\s*")


def cell_money(cell: str, unit: Optional[float]) -> list[Money]:
    """The sums in a table cell: written ones, or a bare figure or range under a stated unit.  A figure in
    brackets or after a minus sign (`(0.4)`, `-£25,000`) is negative, as accounts write it."""
    found = [_signed(cell, money) for money in find_money(cell)]
    if found or unit is None:
        return found
    bare = cell.strip()
    sign = 1.0
    if bare[:1] in _MINUS or (bare[:1] == "(" and bare[-1:] == ")"):
        sign, bare = -1.0, bare.strip("()").lstrip("".join(_MINUS)).strip()
    match = _BARE_NUMBER.fullmatch(bare)
    if match and unit == 1.0 and looks_like_year(match.group(1)):
        return []
    if not match:
        # `2.0 to 2.2`, `1.5-1.8` under `(£m)`: a range, read as money would read it with the unit written.
        written = find_money("£" + bare)
        if sign < 0 or len(written) != 1 or written[0].upper_gbp is None or len(written[0].text) != len(bare) + 1:
            return []
        offset = cell.find(bare)
        return [Money(offset, offset + len(bare), written[0].value_gbp * unit, cell.strip(), True,
                      upper_gbp=written[0].upper_gbp * unit)]
    number = match.group(1)
    offset = cell.find(number)
    return [Money(offset, offset + len(number), sign * number_value(number) * unit, cell.strip())]


_MINUS = ("-", "\u2212", "\u2013")
_PLUS = ("+",)


def _signed(cell: str, money: Money) -> Money:
    before = cell[:money.start].rstrip()
    after = cell[money.end:].lstrip()
    inner = money.text.replace(" ", "")
    bracketed = (before.endswith("(") and after.startswith(")")) or inner.startswith("£(")
    if before.endswith(_MINUS) or inner.startswith(("£-", "£\u2212")) or bracketed:
        return Money(money.start, money.end, -abs(money.value_gbp), money.text, money.approximate, money.period,
                     money.upper_gbp)
    return money


def _table_unit(context: PaperContext, table) -> Optional[float]:
    """A unit the table's caption states: its heading, the short line just before it, the header's corner
    cell, or a short note just after it."""
    first, passage = table[0]
    unit = unit_of(passage.heading or "") if passage.heading and len(passage.heading) <= 160 else None
    passages = context.doc._.passages
    # The caption sits above the table's header row (`Table 1: ... (£)` then `Partner | ...`).
    while first > 0 and passages[first - 1].kind == "table_header" and passages[first - 1].table == passage.table:
        first -= 1
    if unit is None and first > 0:
        before = passages[first - 1]
        if not before.kind.startswith("table") and len(before.text) <= 160:
            unit = unit_of(before.text)
    # Readers put a table's unit in different places: the corner cell of the header (`£000s | 2024/25 | ...`)
    # or a note right under the table (`Figures in £000s.`).
    header = table_header(table) or []
    if unit is None and header and len(header[0]) <= 12:
        unit = unit_of(header[0])
    last = table[-1][0]
    if unit is None and last + 1 < len(passages):
        after = passages[last + 1]
        if not after.kind.startswith("table") and len(after.text) <= 80:
            unit = unit_of(after.text.rstrip(" ."))
    return unit


def _about_contracts(context: PaperContext, table, header: list[str], names_holders: bool) -> bool:
    """Whether a table of bare figures lists contracts, not budget lines: a column names the
    provider or the contract (`Contract value (£k)`), a row or column is a provider, or the paper
    says who provides the services its columns or rows are headed with.  ``names_holders``: a column names
    each sum's holder (_names_its_holders, read once per table by the caller)."""
    roles = header_roles(header)
    if _monitors_contracts(header, roles) or names_holders:
        # (Round c22: `Scheme | Delivered by | Budget | Q1 spend`: each line's budget is its holder's.)
        return True
    # A service column's label names what is bought (`Budget heading`, `Pooled budget line`), not the sums.
    measures = " ".join(cell for i, cell in enumerate(header) if roles.get(i) != "service")
    if section_kind(measures) or _MONITORING_MEASURE.search(measures):
        return False  # `Budget £000s`, `Outturn £000s`: budget monitoring
    if "provider" in roles.values() or any("contract" in cell.lower() for cell in header):
        return True
    labels = [p.cells[0] for _, p in table if p.cells] + header[1:]
    for label in labels:
        # The label is the provider's name (`Egdon Care Ltd`), not a project naming one in passing.
        text = label.strip()
        for mention in context.mentions(text):
            if mention.end - mention.start >= 0.7 * len(text) and mention.name != context.authority \
                    and not context.is_commissioner_kind(mention.name):
                return True
    services = [label for label in header[1:] if label.strip() and not TOTAL_LABEL.match(label)]
    return bool(services) and all(context.names_provider_of(label) for label in services)


def _reports_bodies_accounts(header: list[str]) -> bool:
    """A table whose measures are each row's body's own accounts, one of them how they end (`Organisation | Income
    £m | Expenditure £m | Surplus/(deficit) £m`): what partners earn, spend and keep, no sums paid to them."""
    roles = header_roles(header)
    measures = [cell for i, cell in enumerate(header[1:], 1)
                if cell.strip() and roles.get(i) not in ("provider", "commissioner", "service")]
    return len(measures) >= 2 and all(_ACCOUNTS_MEASURE.search(cell) for cell in measures) \
        and any(_ACCOUNTS_RESULT.search(cell) for cell in measures)


def _monitors_contracts(header: list[str], roles: dict[int, str]) -> bool:
    """A monitoring table of contracts: a Provider column beside a column of the contracts' own values
    (`Supplier | Contract value £k | Forecast £k | Variance £k`).  Its forecast and variance columns are
    measures of those contracts, which `kind_of_label` keeps out of the contract values."""
    return "provider" in roles.values() and any(
        role == "value" and _CONTRACT_VALUE_HEADER.search(header[i])
        and not kind_of_label(header[i]) for i, role in roles.items())


def _column_units(header: list[str], caption: Optional[float]) -> list[Optional[float]]:
    return [unit_of(cell) or caption for cell in header]


def table_contracts(context: PaperContext) -> list[Candidate]:
    passages = context.doc._.passages
    rows = [(i, p) for i, p in enumerate(passages) if p.kind == "table_row" and p.table is not None]
    found: list[Candidate] = []
    for _table, group in groupby(rows, key=lambda item: item[1].table):
        table = list(group)
        if _is_listing(table) or _is_risk_register(table):
            continue
        records = table_records(context, table)
        if records is not None:
            # One labelled field per row (`Supplier | X`, `Contract value | £V`): extract/contract_records.py.
            found.extend(records)
            continue
        caption = _table_unit(context, table)
        row_money = [find_money(" ".join(p.cells)) for _, p in table]  # searched once per table
        stated_header = table_header(table)
        if caption is None and _payments_schedule(stated_header or table[0][1].cells):
            caption = 1.0  # a schedule of bills approved writes its pounds as bare figures (`Net | VAT | Total`)
        if _reports_bodies_accounts(stated_header or table[0][1].cells):
            continue  # partners' own income, spending and surplus: no sums paid to them
        # Whether a column names each sum's holder, read once for the table (the readers below all ask).
        names_holders = _names_its_holders(context, table, stated_header)
        if not any(row_money):
            relations = _relation_table(context, table) or _listed_contracts(context, table)
            if relations:
                found.extend(relations)
                continue
            # Bare figures count only under a unit the caption or a header cell states.
            header = stated_header or table[0][1].cells
            units = _column_units(header, caption)
            if not any(cell_money(cell, units[c] if c < len(units) else caption)
                       for _, p in table for c, cell in enumerate(p.cells) if c) \
                    or not _about_contracts(context, table, header, names_holders if stated_header
                                            else _names_its_holders(context, table, header)):
                continue
        kind = section_kind(table[0][1].heading) or _allocation_table(table[0][1].heading) or \
            _planned_procurements(context, table) or \
            _contributions_table(stated_header or []) or _area_table(stated_header or [])
        if kind in _SHARED_OUT and names_holders:
            kind = None
        if kind:
            # A table under `Savings` or `Budget variances` lists budget lines.
            for (_index, passage), sums in zip(table, row_money):
                for money in sums:
                    _not_a_contract(context, passage, money, kind, f"amounts.table.heading.{kind}")
            continue
        found.extend(_read_table(context, table, caption, names_holders))
    return found


def _payments_schedule(header: list[str]) -> bool:
    """A schedule of payments approved, as minutes list their bills: a payee column beside a column only such a
    schedule keeps (`Payee | Detail | Net | VAT | Total`, `Supplier | Payment for | Gross | Chq no.`)."""
    return "provider" in header_roles(header).values() and any(_PAYMENTS_COLUMN.match(cell) for cell in header)


def paid_for_no_service(*texts: Optional[str]) -> bool:
    """Whether a payment's payee or purpose says it buys no service (contract_terms.yaml not_bought_payment: a
    person's salary, tax to HMRC, VAT, petty cash, a transfer between the body's own accounts)."""
    return any(text and _NOT_BOUGHT_PAYMENT.search(squash(text)) for text in texts)


def _relation_table(context: PaperContext, table) -> list[Candidate]:
    """A table with a Provider column and no sums (the caller has checked: `Provider | Service | Contract
    end`, `Direction | Issued to | Functions`): each row says who provides what for whom, without a value."""
    header = table_header(table)
    if not header:
        return []
    roles = header_roles(header, table)
    if "provider" not in roles.values() or "value" in roles.values():
        return []
    found = []
    for index, passage in table:
        _cells, cell = _row_cells(passage, header, roles, first_wins=True)
        provider = _party(context, cell.get("provider"))
        commissioner, provider = own_body_roles(context, context.resolve(cell.get("commissioner", "")), provider, [])
        if not provider_may_serve(context, commissioner, provider):
            continue
        start, end = _dates_of(cell.get("start", ""), cell.get("end", ""), context.month_first)
        found.append(Candidate(Contract(
            passage_seq=passage.seq, page=passage.page, quote=passage.text, commissioner=commissioner,
            provider=provider, service=tidy_service(cell.get("service")) or useful_heading(passage.heading),
            contract_type=contract_type_in(cell.get("type", "")), status=status_in(cell.get("status", "")),
            start_date=start, end_date=end, rule="contracts.table.relation"), index, "table", 0))
    return found


# Round c19: the lead of a headerless table of contracts (`The decision ends the following three contracts:`).
_LISTED_CONTRACTS_LEAD = [compiled(entry["phrase"], "end") for entry in ROLES["listed_contracts_lead"]]


def listed_contracts_lead(text: str) -> bool:
    """Whether ``text`` (a paragraph) announces a list of contracts: it ends in a colon right after a
    listed_contracts_lead phrase of contract_roles.yaml."""
    text = text.rstrip()
    return text.endswith(":") and any(pattern.search(text[:-1].rstrip()) for pattern in _LISTED_CONTRACTS_LEAD)


def _listed_contracts(context: PaperContext, table) -> list[Candidate]:
    """A table with no header after a paragraph announcing contracts (`The decision ends the following three
    contracts:` then `X Ltd | Y Day Centre, Kelby`): each row is one contract, held by the body its first cell
    names (a body the paper's organisations know, not a commissioning one), for what its other cells say.  With no
    Provider column the lead is the evidence, so the first cell must be a name the paper knows as a body."""
    first = table[0][0]
    passages = context.doc._.passages
    if table_header(table) or first == 0 or passages[first - 1].kind != "paragraph" \
            or not listed_contracts_lead(passages[first - 1].text):
        return []
    found = []
    for index, passage in table:
        cells = [cell for cell in passage.cells if cell.strip()]
        provider = context.resolve(cells[0]) if cells else None
        if provider is None or context.is_commissioner_kind(provider):
            continue
        commissioner, provider = own_body_roles(context, None, provider, [])  # (no buyer named: the own body's)
        if not provider_may_serve(context, commissioner, provider):
            continue
        found.append(Candidate(Contract(
            passage_seq=passage.seq, page=passage.page, quote=passage.text, commissioner=commissioner,
            provider=provider, service=tidy_service(", ".join(cells[1:])) or useful_heading(passage.heading),
            rule="contracts.table.listed_after_lead"), index, "table", 0))
    return found


# A column of what each partner puts into a pool (`Contribution`, `Source of funding`, `Funding stream`), its
# label perhaps dated or given a unit (`Contribution 2026/27`, `Partner contribution (£m)`).
_CONTRIBUTION_COLUMN = re.compile(r"^(?:(?:(?:partner|annual|agreed|planned)\s+)?contributions?(?:\s+(?:type|line|source|stream))?"
                                  r"|sources?\s+of\s+(?:funding|income)|funding\s+(?:sources?|streams?))"
                                  r"(?:\s+(?:(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?|\(?£\s*(?:m|k|000s?)?\)?))*$",
                                  re.IGNORECASE)


def _contributions_table(header: list[str]) -> Optional[str]:
    """A table of what each partner pays into a pooled fund (`Contribution | Partner | 2026/27 (£m)`): its
    Partner column names the payer, not a provider, and its sums are shares of the pool, no contracts.
    A table with a service column lists what the Council buys or funds, whatever its sums are called
    (`Organisation | Service | Annual contribution` is grants to providers)."""
    if "service" in header_roles(header).values():
        return None
    if any(_CONTRIBUTION_COLUMN.match(squash(cell)) for cell in header):
        return "pooled"
    return None


def _area_table(header: list[str]) -> Optional[str]:
    """`other` for a table whose label column is headed with a kind of area or council (`District | Type of
    scheme | Caseload | Total award`): each row a place compared with the others or its share of a sum, no
    contract, unless a column names a provider or a contract value (`District | Provider | Contract value`)."""
    if not header or not _AREA_COLUMN.match(header[0]):
        return None
    if "provider" in header_roles(header).values() or any(_CONTRACT_VALUE_HEADER.search(cell) for cell in header):
        return None
    return "other"


# A heading's kinds of money shared out to bodies (`Grants paid from the 2025/26 budget`): no contract value, unless
# the table names who holds each sum.
_SHARED_OUT = ("budget", "grant")


def _names_its_holders(context: PaperContext, table, header: Optional[list[str]]) -> bool:
    """Round c21: a table of money shared out whose column names the body each sum goes to (`Date paid | Beneficiary |
    Purpose | Amount`, `Service | Delivered by | Budget`) lists grants or payments to those bodies, read as any
    contract table, unless every body it names is a commissioning one (`Recipient` parish councils: an allocation
    between public bodies)."""
    columns = holder_columns(header or [], CONTRACT_ROLES)
    if not columns:
        return False
    named = [_party(context, p.cells[c]) for _, p in table for c in columns if c < len(p.cells)]
    return any(name and not context.is_commissioner_kind(name) for name in named)


def _allocation_table(heading: Optional[str]) -> Optional[str]:
    """`Cladding Remediation Funding Allocation`, `Grants to parish councils 2025/26`: a table of money
    shared out to bodies or programmes (budget or grant), unless its heading also names contracts."""
    if not heading or section_kind_names_contracts(heading):
        return None
    kind = kind_of_label(heading)
    return kind if kind in ("budget", "grant") else None


_FILE_CELL = re.compile(r"\.(?:pdf|docx?|xlsx?|csv|md|txt|html?)\b|https?://|\bgithub\b|\brepo\b", re.IGNORECASE)


def _planned_procurements(context: PaperContext, table) -> Optional[str]:
    """`hypothetical` for a table of procurements still to be run (`Table 2: Procurements planned for 2025/26`
    under `4. Forward plan`, a `Planned procurement` column, a line before it saying no contract is let yet): its
    sums are estimates, not contracts, when no column names a supplier."""
    header = table_header(table) or table[0][1].cells
    if "provider" in header_roles(header).values():
        return None
    passages = context.doc._.passages
    index = table[0][0] - 1
    while index >= 0 and passages[index].kind.startswith("table"):
        index -= 1
    intro = passages[index].text if index >= 0 and passages[index].kind in ("paragraph", "list_item") else ""
    # The header's own labels are evidence as the heading's and the intro's are (`Planned procurement | Route`).
    labels = " / ".join(header)
    return "hypothetical" if names_planned_procurements(f"{table[0][1].heading or ''} / {intro} / {labels}") \
        else None


def _is_risk_register(table) -> bool:
    """A table with a risk column (`Risk`, `Risk title`) lists risks, whose sums are
    exposures, not contracts (the risk extractor reads it)."""
    header = table_header(table) or []
    return any(column.has("risk") for column in column_roles(header))


def _is_listing(table) -> bool:
    """A table of files or links (a sources list, a document register), not of contracts."""
    header = table_header(table) or []
    if any(_LISTING_COLUMN.match(h) for h in header):
        return True
    hits = sum(1 for _, p in table if any(_FILE_CELL.search(c) for c in p.cells))
    return hits > len(table) / 2


def _money_led(cell: str, money) -> bool:
    """A value cell states the sum (`£1.2m`, `c£544k p.a.`), not a note about one (`Y (values £222k, savings)`)."""
    lead = cell[:money.start].strip().rstrip("(" + "".join(_MINUS)).strip()
    return len(lead) <= 12 and "(" not in lead and len(cell) <= 80


def _not_a_contract(context, passage, money, kind: str, rule: str) -> None:
    """Keep a table row's sum as an amount of ``kind`` (a budget line, a variance), not a contract value."""
    context.amounts.append(Amount(passage.seq, passage.page, passage.text, money.value_gbp, money.text, kind,
                                  money.approximate, rule=rule))


def _read_table(context: PaperContext, table, caption: Optional[float], names_holders: bool) -> list[Candidate]:
    """The contracts of a table of sums; ``names_holders`` as _about_contracts (for the table's stated header: read
    again here when the first row turns out to be the header)."""
    header = table_header(table) or []
    status = _status(context, table[0][0])
    stated_period = _stated_period(context, table[0][0], table[-1][0])
    if not header and len(table) > 1 and not find_money(" ".join(table[0][1].cells)) \
            and not any(_BARE_NUMBER.fullmatch(c) for c in table[0][1].cells[1:]):
        # A reader that could not tell the header row: the first row without money is it.
        header, table = table[0][1].cells, table[1:]
        names_holders = _names_its_holders(context, table, header)
    roles = header_roles(header, table)
    units = _column_units(header, caption)
    values = [i for i, role in roles.items() if role == "value"]
    about_contracts = any(role in ("provider", "service", "commissioner", "type", "start", "end")
                          for role in roles.values()) or any("contract" in header[i].lower() for i in values)
    if values and about_contracts and not _pivot_with_total(table, header, roles, values, units):
        found = _column_table(context, table, header, roles, values, status, units, names_holders)
    else:
        found = _pivot_table(context, table, header, status, units)
    for candidate in found:
        # The paper's own word on its table (`Values are annual`) beats a guess from a `Contract value` header.
        if stated_period and not candidate.contract.is_total:
            candidate.contract.period = stated_period
    return found


def _pivot_with_total(table, header, roles, values, units) -> bool:
    """A pivot whose only value column is its `Total` (`Partner | Equipment | Carers | Total`):
    two or more columns the header gives no role hold sums, so each column is a service, not a
    note beside one contract value per row."""
    if not all(TOTAL_LABEL.match(header[i]) for i in values):
        return False
    # (A payments schedule's `Net` and `VAT` are parts of each line's total, no services: `Payee | Net | VAT | Total`.)
    priced = [c for c in range(1, len(header)) if c not in roles and not _PAYMENTS_COLUMN.match(header[c])
              and sum(1 for _, p in table if _money_at(p.cells, c, units)) >= max(1, len(table) // 2)]
    return len(priced) >= 2


def table_provider_statements(context: PaperContext) -> list[ProviderStatement]:
    """Who provides what, as a table with a Service and a Provider column says it (`Community
    equipment | Lynchgate Ltd | Lead commissioner: the Council`), for other tables and prose
    that give a service without its provider (a pivot of contributions by service)."""
    found = []
    for index, passage in enumerate(context.doc._.passages):
        if passage.kind != "table_row" or not passage.header:
            continue
        roles = header_roles(passage.header)
        columns = {role: i for i, role in sorted(roles.items(), reverse=True)}
        if "provider" not in columns or "service" not in columns:
            continue
        cells = passage.cells
        if max(columns["provider"], columns["service"]) >= len(cells):
            continue
        service = cells[columns["service"]]
        if TOTAL_LABEL.match(service or ""):
            continue
        provider = _party(context, cells[columns["provider"]])
        if provider is None or context.is_commissioner_kind(provider) or provider == context.authority:
            continue
        rest = " ".join(c for i, c in enumerate(cells) if i not in (columns["provider"], columns["service"]))
        found.append(ProviderStatement(index, provider, contract_type_in(rest), None, service=tidy_service(service),
                                       text=service))
    return found


def _provider_default(context: PaperContext, index: int,
                      service: Optional[str] = None) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(provider, contract type, end date) from the paper's statement about the row's service, or nearest the table."""
    stated = context.provider_for(index, service)
    return (stated.provider, stated.contract_type, stated.end_date) if stated else (None, None, None)


def _row_cells(passage, header, roles: dict[int, str], first_wins: bool, skip=()) -> tuple[list[str], dict]:
    """A row's cells padded to its header, and each role's cell (roles in ``skip`` left out).  A role
    on two columns takes the first column's cell when ``first_wins``, else the last's."""
    cells = passage.cells + [""] * (len(header) - len(passage.cells))
    columns = sorted(roles.items(), reverse=True) if first_wins else roles.items()
    return cells, {role: cells[i] for i, role in columns if role not in skip and i < len(cells)}


def _column_table(context, table, header, roles, values, status, units, holders: bool) -> list[Candidate]:
    found = []
    # A table of bids whose winner the paper names: the other bidders' prices are losing bids, no contracts.
    winner = context.winner() if is_bid_evaluation(header) else None
    provider_column_for = {column: _provider_column_of(header, roles, column) for column in values}
    changes = _change_columns(table, header, roles, values, units)
    # Round c22: where a column names the body each line's money goes to (``holders``), a budget or allocation column
    # holds that body's sum, and a spend-to-date column (`Q1 spend`, `Actual to date`) only monitors it.
    for index, passage in table:
        rule = "contracts.table.column_roles"
        cells, cell = _row_cells(passage, header, roles, first_wins=False, skip=("value",))
        is_total = bool(TOTAL_LABEL.match(cells[0] if cells else "")) or \
            any(TOTAL_LABEL.match(c) for c in cell.values())
        commissioner = context.resolve(cell.get("commissioner", "")) or (None if is_total else context.authority)
        provider = _party(context, cell.get("provider"))
        contract_type = contract_type_in(cell.get("type", "")) or \
            contract_type_in(_without_former_party(passage.text, cell.get("provider")))
        label = _row_label(cells, roles, is_total, context.month_first)
        service = cell.get("service") or label
        named = None if is_total or "provider" in roles.values() else context.named_provider(label)
        if named is not None:
            # The row is labelled with a provider the paper names (`Harbourside` for `Harbourside Family Centre`).
            provider, service = named.provider, cell.get("service") or named.service
        elif provider is None and not is_total and "provider" not in roles.values():
            provider, service = _provider_in_label(context, service)
            if provider is not None:
                rule = "contracts.table.column_roles.label_provider"
            else:
                provider, stated_type, _end = _provider_default(context, index, service)
                contract_type = contract_type or stated_type
        start, end = _dates_of(cell.get("start", ""), cell.get("end", ""), context.month_first)
        row_kind = (kind_of_label(cells[0]) if cells and 0 not in roles else None) or \
            (None if is_total else _row_kind(cell.get("service"), cell.get("provider"), provider))
        if not is_total and "provider" in roles.values() and paid_for_no_service(cell.get("provider"), cell.get("service")):
            row_kind = "other"  # `HMRC | PAYE`, `J Smith | Clerk's salary`: a payment for no service bought
        priced = [c for c in values if c < len(cells) and _money_at(cells, c, units)]
        row_total = _row_total_column(header, priced)
        for column in values:
            money = _money_at(cells, column, units)
            if not money or money[0].value_gbp == 0 or not _money_led(cells[column], money[0]):
                continue
            # (The column's own provider where two provider columns stand; else the row's.)
            provider_column = provider_column_for[column]
            column_provider = _party(context, cells[provider_column]) \
                if provider_column is not None and provider_column < len(cells) else provider
            label = header[column]
            # A column's label is evidence about its cells: `Hourly rate (£)` holds rates, `Savings` savings;
            # a negative figure is a reduction, never a contract's value.
            column_kind = kind_of_label(label)
            if holders and _MONITORING_MEASURE.search(label):
                column_kind = "variance"
            elif holders and column_kind in _SHARED_OUT:
                column_kind = None
            signed_column = column_kind is None and column in changes
            kind = column_kind or ("variance" if signed_column else None) or row_kind or \
                ("variance" if money[0].value_gbp < 0 else None)
            if not kind and winner is not None and column_provider is not None and column_provider != winner.provider:
                _not_a_contract(context, passage, money[0], "hypothetical", "amounts.table.losing_bid")
                continue
            if kind:
                source = "column_label" if column_kind else "signed_column" if signed_column else \
                    "row_label" if row_kind else "negative"
                _not_a_contract(context, passage, money[0], kind, f"amounts.table.{source}.{kind}")
                continue
            found.append(Candidate(Contract(
                passage_seq=passage.seq, page=passage.page, quote=passage.text,
                commissioner=commissioner, provider=column_provider,
                service=tidy_service(service) or useful_heading(passage.heading),
                value_gbp=money[0].value_gbp, value_text=money[0].text, approximate=money[0].approximate,
                period=_period(label, money[0]), fiscal_year=fiscal_year_near(label, 0),
                contract_type=contract_type, status=status_in(cell.get("status", "")) or status,
                start_date=start, end_date=end, rule=rule + _year_rule(header, row_total, column),
                is_total=is_total or column == row_total), index, "table", column))
        if not priced and not is_total and row_kind is None and winner is None and "provider" in roles.values() \
                and provider is not None and not context.is_commissioner_kind(provider) \
                and not header_roles([cell.get("provider", "")]) \
                and contract_type_in(cell.get("provider", "")) != "in-house" \
                and provider_may_serve(context, commissioner, provider):
            # Round o32: a row whose value cell holds no sum (`n/a`, `-`, blank) still says, by its Provider column,
            # who provides what: a relation without a value, as a table with no value column gives
            # (_relation_table).  Not a row repeating a column's label (`Organisation: Service`) nor the paper's own
            # in-house team (`X (in-house)`: its staff budget, no body apart).
            found.append(Candidate(Contract(
                passage_seq=passage.seq, page=passage.page, quote=passage.text, commissioner=commissioner,
                provider=provider, service=tidy_service(service) or useful_heading(passage.heading),
                contract_type=contract_type, status=status_in(cell.get("status", "")) or status,
                start_date=start, end_date=end, rule="contracts.table.column_roles.no_value"), index, "table", 0))
    return found


def _change_columns(table, header: list[str], roles: dict[int, str], values: list[int], units) -> set[int]:
    """The value columns of a table without a provider column whose sums are written as movements: most of their
    figures, and at least two, carry a written sign (`+£4.2m`, `-£0.6m`), as a list of changes to a budget
    writes them; a price is never signed.  Every sum of such a column (its total too) is a change, no contract."""
    if "provider" in roles.values():
        return set()  # `Provider | Uplift`: a signed uplift is still paid to the provider its row names
    changes = set()
    for column in values:
        signed = priced = 0
        for _index, passage in table:
            if any(TOTAL_LABEL.match(cell) for cell in passage.cells):
                continue  # a total is unsigned however its lines are written
            money = _money_at(passage.cells, column, units)
            if not money:
                continue
            priced += 1
            signed += _written_sign(passage.cells[column], money[0])
        if signed >= 2 and 2 * signed >= priced:
            changes.add(column)
    return changes


def _written_sign(cell: str, money: Money) -> bool:
    """Whether a cell writes its sum with a sign before it (`+£9.4m`, `-£4.2m`, `£-4.2m`)."""
    before = cell[:money.start].rstrip()
    return before.endswith(_PLUS + _MINUS) or money.text.replace(" ", "").startswith(tuple("£" + s for s in _PLUS + _MINUS))


# Words of a provider column's label that say which provider it is, not that it is one (`Current provider`).
_PROVIDER_LABEL_WORDS = {"provider", "providers", "supplier", "suppliers", "contractor", "contractors", "operator",
                         "organisation", "organization", "delivered", "by", "name", "of", "the"}


def _provider_column_of(header: list[str], roles: dict[int, str], value_column: int) -> Optional[int]:
    """Where a table has two provider columns (`Current provider | Current annual value | ... | Proposed
    provider | Proposed annual value`, an incumbent and a successor), the one a value column belongs to: the
    provider column whose label shares a word with the value's label (`Current`, `Incumbent`, `2025/26`), else
    the nearest one before it.  None with one provider column or none (the row's provider stands)."""
    columns = [i for i, role in sorted(roles.items()) if role == "provider"]
    if len(columns) < 2:
        return None
    value_words = set(runs(header[value_column].lower(), r"\w/"))
    for i in columns:
        if (set(runs(header[i].lower(), r"\w/")) - _PROVIDER_LABEL_WORDS) & value_words:
            return i
    before = [i for i in columns if i < value_column]
    return before[-1] if before else None


def _row_kind(service: Optional[str], provider_cell: Optional[str], provider: Optional[str]) -> Optional[str]:
    """The kind a row's own words give its sums, read as a clause: what is bought (`Fire and rescue levy`,
    `Employer pension contributions` are no contract's price) and, when its Provider cell names a class of
    bodies and no one, to whom the money goes (`Disabled facilities grants` to `District councils` is a grant
    to public bodies)."""
    if not service:
        return None
    own = kind_of_label(service)
    if own in _NOT_BOUGHT:
        return own
    if provider is None and provider_cell and _describes_a_class(provider_cell.strip()):
        # Only the recipients can make it a grant: a service's own words may sound like one
        # (`Parenting programmes` bought from a provider) and still be what a provider is paid for.
        if kind_of_label(f"{service} to {provider_cell.strip()}") == "grant":
            return "grant"
    return None


# What a row's service words may show its sums to be instead of a price: a levy or pension contribution
# (`other`), a pooled fund contribution.  (A budget-like word, `ultrasound (additional capacity)`, is not
# enough: the service is still what a provider is paid for.)
_NOT_BOUGHT = ("other", "pooled")


# What joins a service and its provider in a row label: `S (X)`, `S – X`, `X: S`, `S, X`.
_LABEL_JOINS = " ()–—-:,;/"


def _provider_in_label(context: PaperContext, label: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """(provider, service) from a row label that names both (`Home care (Oakdene Care Ltd)`,
    `Advocacy – Kestrel Support Ltd`, `Oakdene Care Ltd: home care`) in a table with no Provider
    column: the one body it names, unless a commissioning one or one it names as a funder, and the
    words left as the service.
    (None, label) when the label names no body or several."""
    body = context.sole_body(label)
    if body is None or context.is_commissioner_kind(body):
        return None, label
    mentions = context.mentions(label)
    if any(funds(label, m) for m in mentions):
        return None, label  # `Funding from X`: the body the money comes from
    first, last = mentions[0], mentions[-1]
    service = (label[:first.start].strip(_LABEL_JOINS) + " " + label[last.end:].strip(_LABEL_JOINS)).strip()
    return body, service or None


# A table with one column per financial year and a `Total` column (`Provider | 2025/26 | 2026/27 | Total`)
# states each year's payment in its own cell: each is a contract row with its `fiscal_year` and period
# `annual`, and the Total column adds them up, so it is flagged `is_total` and spend is not counted twice.
# (The evaluation's gold convention: yearly values are the contracts, multi-year totals allowed and best
# flagged `is_total`.)
def _row_total_column(header: list[str], priced: list[int]) -> Optional[int]:
    """The row's priced `Total` column when the row also prices financial-year columns."""
    for column in priced:
        if TOTAL_LABEL.match(header[column] if column < len(header) else "") and \
                any(other != column and _year_column(header, other) for other in priced):
            return column
    return None


def _year_column(header: list[str], column: int) -> bool:
    return column < len(header) and bool(FISCAL_YEAR.search(header[column])) and \
        not TOTAL_LABEL.match(header[column])


def _year_rule(header: list[str], row_total: Optional[int], column: int) -> str:
    if row_total is None:
        return ""
    return ".row_total" if column == row_total else ".year" if _year_column(header, column) else ""


def _money_at(cells: list[str], column: int, units) -> list[Money]:
    if column >= len(cells):
        return []
    return cell_money(cells[column], units[column] if column < len(units) else None)


_BID_EVALUATION = [compiled(entry["phrase"], "whole") for entry in ROLES["bid_evaluation_header"]]


def is_bid_evaluation(header: list[str]) -> bool:
    """Whether a table's header makes it a table of bids (`Bidder | Quality score | Price score | Annual
    price`): contract_roles.yaml bid_evaluation_header, matched against a whole cell less its brackets."""
    for cell in header:
        words = squash(re.sub(r"\(.*?\)", " ", cell or ""))
        if any(pattern.match(words) for pattern in _BID_EVALUATION):
            return True
    return False


def _pivot_table(context, table, header, status, units=()) -> list[Candidate]:
    """Organisations down the side, services across the top (or the other way round)."""
    side = {index: context.resolve(p.cells[0]) if p.cells else None for index, p in table}
    top = {i: context.resolve(cell) for i, cell in enumerate(header) if i}
    orgs_on_side = sum(1 for name in side.values() if name)
    orgs_on_top = sum(1 for name in top.values() if name)
    if not orgs_on_side and not orgs_on_top:
        return []
    # A table of bids whose winner the paper names: the other bidders' prices are losing bids, no contracts.
    winner = context.winner() if orgs_on_side >= orgs_on_top and is_bid_evaluation(header) else None
    found = []
    for index, passage in table:
        label = passage.cells[0] if passage.cells else ""
        is_total = bool(TOTAL_LABEL.match(label))
        priced = [c for c, text in enumerate(passage.cells) if c and _money_at(passage.cells, c, units)]
        for column, text in enumerate(passage.cells[1:], start=1):
            if len(text.split()) >= PROSE_CELL_WORDS:
                continue  # sentences, not a priced cell: the prose reader reads their sums
            money = _money_at(passage.cells, column, units)
            if not money or money[0].value_gbp == 0:
                continue
            if money[0].value_gbp < 0:
                # A negative figure is a reduction, never a contract's value.
                _not_a_contract(context, passage, money[0], "variance", "amounts.table.negative.variance")
                continue
            heading = header[column] if column < len(header) else ""
            # The label that says what the sum is (the service axis: a row label when the bodies are
            # across the top, else the column's) is evidence against a contract, as in a column table:
            # `Better Care Fund contribution`, `Pooled budget 2025/26`, `Savings` hold no contract value.
            kind = kind_of_label(label if orgs_on_side < orgs_on_top else heading)
            if kind and not is_total:
                _not_a_contract(context, passage, money[0], kind, f"amounts.table.pivot_label.{kind}")
                continue
            if winner is not None and side[index] is not None and side[index] != winner.provider:
                _not_a_contract(context, passage, money[0], "hypothetical", "amounts.table.losing_bid")
                continue
            if orgs_on_side >= orgs_on_top:
                org, service = side[index], heading
                if header_roles([heading]).get(0) == "value":
                    # `Bidder | Quality | Price | Tendered price (5 years)`: the column says what the sum
                    # is, not which service: the paper's subject names it.
                    service = context.subject()
            else:
                org, service = top.get(column), label
            if org is None and not is_total:
                continue
            commissioner, provider = _roles_of(context, org, index, is_total, service)
            contract_type = contract_type_in(text)
            if provider is not None and contract_type is None and not is_total:
                stated = context.provider_for(index, service)
                contract_type = stated.contract_type if stated and stated.provider == provider else None
            start, end = start_and_end(text, context.month_first)
            found.append(Candidate(Contract(
                passage_seq=passage.seq, page=passage.page, quote=passage.text,
                commissioner=commissioner, provider=provider,
                service=tidy_service(service) or useful_heading(passage.heading),
                value_gbp=money[0].value_gbp, value_text=money[0].text, approximate=money[0].approximate,
                period=_period(heading, money[0]), fiscal_year=fiscal_year_near(heading, 0),
                contract_type=contract_type, status=status, start_date=start, end_date=end,
                is_total=is_total or _adds_up_services(header, priced, column),
                rule="contracts.table.pivot"), index, "table", column))
    return found


def _adds_up_services(header: list[str], priced: list[int], column: int) -> bool:
    """A pivot's `Total` column beside the service columns it adds up."""
    heading = header[column] if column < len(header) else ""
    return bool(TOTAL_LABEL.match(heading)) and any(other != column for other in priced)


def _roles_of(context: PaperContext, org: Optional[str], index: int, is_total: bool, service: Optional[str] = None):
    """(commissioner, provider) for the organisation a pivot row or column names."""
    if is_total:
        return None, None
    if org is not None and not context.is_commissioner_kind(org):
        return context.authority, org
    provider, _type, _end = _provider_default(context, index, service)
    return org, provider


def _row_label(cells: list[str], roles: dict, is_total: bool, month_first: bool) -> Optional[str]:
    """A row's own name (`Larkfield`, `Lot 2`) when no column is headed Service."""
    if is_total or not cells or 0 in roles or find_money(cells[0]) or find_dates(cells[0], month_first):
        return None
    return cells[0]


def _party(context: PaperContext, cell: Optional[str]) -> Optional[str]:
    """The organisation a Provider column's cell names.  The column's role is the evidence: its cells
    are organisations whatever their names look like (`Larkfield`, `Brightside`), unless the cell
    holds no name at all (`N/A`, `TBC`, a sum, a date)."""
    if not cell or not cell.strip() or TOTAL_LABEL.match(cell):
        return None
    cell = _PAYEE_REFERENCE.sub("", cell) or cell
    cell = _current_party(context, cell)
    resolved = context.resolve(cell)
    if resolved:
        return resolved
    named = context.named_provider(cell)
    if named is not None:
        return named.provider
    text = squash(cell).strip(" .,;:")
    if contract_type_in(" ".join(text.split()[:_IN_HOUSE_LEAD_WORDS])) == "in-house":
        # `In-house (council public health team)`, `Delivered in-house`: the paper's own body provides.
        return context.authority
    if not text[:1].isupper() and not text[:1].isdigit() or len(text) > 120 or len(text) < 2:
        return None
    if names_no_party(text) or find_money(text) or find_dates(text, context.month_first) \
            or _describes_a_class(text):
        return None
    # `Tarnby Council for Voluntary Service (TCVS)`: the name without the acronym it is known by.
    return _ACRONYM_AFTER.sub("", text) or text


# The same reading for a provider field of a form (contract_records: `Provider | X`).
provider_cell = _party


def _describes_a_class(text: str) -> bool:
    """`Community pharmacies`, `GP practices (23 practices)`, `Spot providers`: a kind of provider in
    ordinary words, not the name of one (a name capitalises its words: `Turning Point`, `Age UK`)."""
    words = text.split("(")[0].split()
    rest = [w for w in words[1:] if w.lower() not in ("of", "and", "the", "for", "&", "in", "on", "at")]
    return bool(rest) and all(w[:1].islower() for w in rest)


# A Provider cell that says the service is the paper's body's own (`In-house (council team)`, `Delivered in-house`,
# `Council in-house team`), not a name: contract_terms.yaml's in-house type words within its first three words.
_IN_HOUSE_LEAD_WORDS = 3
_PROVIDER_CHANGE = cue("provider_change")  # `Formerly in-house, now X`, `X (from 1 April: Y)`


def _without_former_party(row_text: str, provider_cell: Optional[str]) -> str:
    """A row's text with its Provider cell cut to the body providing now, so the former one's words
    (`Formerly in-house, now X`) give no contract type."""
    if not provider_cell:
        return row_text
    return row_text.replace(provider_cell, current_party_text(provider_cell))


def _current_party(context: PaperContext, cell: str) -> str:
    """The Provider cell cut to the body providing now (:func:`current_party_text`) where what follows the switch
    names a body or the paper's own team; else the whole cell (`Kelby Care Ltd, now CQC rated Good`,
    `Kelby Care Ltd; from April 2025 Lot 2 only`: no second body)."""
    current = current_party_text(cell)
    if current == cell or contract_type_in(current) == "in-house" or context.resolve(current) \
            or context.named_provider(current) is not None or context.mentions(current):
        return current
    return cell


def current_party_text(cell: str) -> str:
    """The part of a Provider cell naming the body providing now, where the cell also names who did before
    (contract_terms.yaml provider_change): what follows the last `now`/`from <date>`, up to a closing bracket
    (`Previously Kelby Care Ltd, now Orton Homecare CIC` -> `Orton Homecare CIC`).  Kept whole when what
    follows names no one (`Orton Homes, now in administration`)."""
    last = None
    for last in _PROVIDER_CHANGE.finditer(cell):
        pass
    if last is None:
        return cell
    current = cell[last.end():].split(")")[0].strip(" .,;:")
    if current[:1].isupper() or current[:1].isdigit() or contract_type_in(current) == "in-house":
        return current
    return cell
# An acronym in brackets closing a cell's name (`(TCVS)`), capitals only: `Harbour Care (East)` keeps its area.
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z&]{1,9}\)$")


def _dates_of(start_cell: str, end_cell: str, month_first: bool) -> tuple[Optional[str], Optional[str]]:
    """The dates a row's start and end cells state, read as prose is (`End of March 2026` is 2026-03-31)."""
    start = next((stated_iso(start_cell, d) for d in find_dates(start_cell, month_first)), None)
    end = next((stated_iso(end_cell, d) for d in find_dates(end_cell, month_first)), None)
    return start, end


def _period(label: str, money) -> Optional[str]:
    if money.period or _ANNUAL_LABEL.search(label):
        return "annual"
    if fiscal_year_near(label, 0) and not TOTAL_LABEL.match(label):
        return "annual"
    if _WHOLE_TERM_LABEL.search(label):
        return "total"
    return None


# `The subcontracts are listed below; values are annual.`, `Values are annual and exclude VAT.`
_ANNUAL_NOTE = re.compile(r"\b(?:values?|figures?|amounts?|sums?|costs?)\s+(?:shown\s+)?(?:are|is)\s+(?:\w+\s+)?"
                          r"(?:annual|per\s+annum|per\s+year|a\s+year)\b|\bannual\s+(?:contract\s+)?values\s+are\s+shown\b",
                          re.IGNORECASE)


def _stated_period(context: PaperContext, first_row: int, last_row: int) -> Optional[str]:
    """`annual` when the sentence introducing a table, or the note right under it, says its values are."""
    passages = context.doc._.passages
    index = first_row - 1
    while index >= 0 and passages[index].kind.startswith("table"):
        index -= 1
    near = [passages[index]] if index >= 0 else []
    if last_row + 1 < len(passages):
        near.append(passages[last_row + 1])
    for passage in near:
        if passage.kind in ("paragraph", "list_item") and _ANNUAL_NOTE.search(passage.text):
            return "annual"
    return None


def _status(context: PaperContext, first_row: int) -> Optional[str]:
    """What the table's heading or the sentence introducing it says (`the current contracts`)."""
    passages = context.doc._.passages
    index = first_row - 1
    while index >= 0 and passages[index].kind.startswith("table"):
        index -= 1
    intro = passages[index].text if index >= 0 and passages[index].kind in ("paragraph", "list_item") else ""
    return status_in(passages[first_row].heading or "") or (status_in(intro) if "table" in intro.lower() else None)
