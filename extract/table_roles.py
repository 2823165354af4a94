"""What each column of a table holds, from one shared vocabulary (data/column_roles.yml).

Every fact kind reads a table through these roles instead of its own header
patterns: a column's role is evidence about its cells (a sum in a `Value (£k)`
column is a contract value in thousands, a sentence in a `Mitigation` column is a
mitigation).  A header matches every role whose pattern it meets; its main role is
the first in the file's order, and a fact kind picks among them in its own order
(:func:`first_role`), so one vocabulary serves a risk register and a contract table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

from .yaml_files import safe_load

from .phrases import compiled
from .plain_text import runs, squash

ROLES_PATH = Path(__file__).parent / "data" / "column_roles.yml"
# Roles whose bare figures a stated unit (`£k`, `£000s`, `£m`) scales.
SUMS = ("value", "rate")


class _Role(NamedTuple):
    name: str
    pattern: re.Pattern
    unless: Optional[re.Pattern]


class _Vocabulary(NamedTuple):
    roles: tuple
    unit: re.Pattern
    periods: tuple  # (period, pattern)
    holders: frozenset  # the roles of columns naming the body each sum goes to (`holders`)
    party_details: frozenset  # the words a supplier-detail cell is made of (`party_details`)
    no_party_cells: frozenset  # what a party's cell holds when it names no one (`no_party_cells`)


def _header_pattern(pattern: str) -> re.Pattern:
    """A pattern written in column_roles.yml, compiled: headers come in any case."""
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    data = safe_load(ROLES_PATH.read_text(encoding="utf-8"))
    roles = tuple(_Role(r["role"], compiled(r["phrase"]) if "phrase" in r else _header_pattern(r["pattern"]),
                        _header_pattern(r["unless"]) if r.get("unless") else None)
                  for r in data["roles"])
    periods = tuple((p["period"], _header_pattern(p["pattern"])) for p in data["periods"])
    return _Vocabulary(roles, _header_pattern(data["unit"]["pattern"]), periods, frozenset(data["holders"]["roles"]),
                       frozenset(word.lower() for word in data["party_details"]["words"]),
                       frozenset(cell.lower() for cell in data["no_party_cells"]))


def role_pattern(name: str) -> re.Pattern:
    """The header pattern of one role (for a rule file that names a role instead of a pattern)."""
    return next(role.pattern for role in vocabulary().roles if role.name == name)


@dataclass(frozen=True)
class ColumnRole:
    """A column's main role (None when its header names none), every role its header
    matches, the multiplier a stated unit gives its bare figures, and the period a sum
    in it is stated for."""
    role: Optional[str]
    roles: tuple = ()
    unit_multiplier: Optional[float] = None
    period: Optional[str] = None
    label: str = ""

    def has(self, *names: str) -> bool:
        return any(name in self.roles for name in names)


def unit_of(text: Optional[str]) -> Optional[float]:
    """The multiplier a header or caption states for bare figures (`(£k)` -> 1000), or None."""
    if "£" not in (text or ""):
        return None
    match = vocabulary().unit.search(text)
    if not match:
        return None
    return 1e3 if match.group("k") else 1e6 if match.group("m") else 1.0


def period_of(text: Optional[str]) -> Optional[str]:
    """`hour`, `week`, `day`, `month` or `year` when the text states a sum per period."""
    for period, pattern in vocabulary().periods:
        if pattern.search(text or ""):
            return period
    return None


def matching_roles(label: str) -> tuple:
    label = squash(label)
    if not label:
        return ()
    return tuple(role.name for role in vocabulary().roles
                 if role.pattern.search(label) and not (role.unless and role.unless.search(label)))


@lru_cache(maxsize=4096)  # a table's header is asked about once per row
def role_of(label: str, caption: Optional[str] = None) -> ColumnRole:
    """The role of one column from its header label (and the table's caption, for a unit)."""
    label = squash(label)
    roles = matching_roles(label)
    period = period_of(label)
    if period and period != "year" and "value" in roles and "rate" not in roles:
        # `Cost per week`: a sum per period is a rate; a sum per annum is the usual contract value.
        roles = ("rate",) + roles
    unit = None
    if any(name in SUMS for name in roles):
        unit = unit_of(label)
        if unit is None:
            unit = unit_of(caption)
    return ColumnRole(roles[0] if roles else None, roles, unit, period, label)


def column_roles(header: Iterable[str], caption: Optional[str] = None, rows: Iterable[list[str]] = ()) -> list[ColumnRole]:
    """The role of every column of a table header (one label per column); given the table's ``rows`` (their
    cells), also read from what the cells hold: a column headed as a provider whose cells say what each supplier
    is, not who (`PLC - 05550123`, `Local Authority`, `Small Enterprise`), holds party details, not providers."""
    columns = [role_of(cell, caption) for cell in header]
    rows = [list(row) for row in rows]
    for i, column in enumerate(columns):
        if column.has("provider") and holds_party_details([row[i] for row in rows if i < len(row)]):
            roles = ("party_detail",) + tuple(name for name in column.roles if name not in ("provider", "party_detail"))
            columns[i] = ColumnRole(roles[0], roles, column.unit_multiplier, column.period, column.label)
    return columns


# A company's or charity's registration number: a run of letters and figures with at least this many figures
# and at most two letters (`05550123`, `SC123456`, `1188042`).
_REGISTRATION_FIGURES = 5


def _is_registration_number(token: str) -> bool:
    figures = sum(ch.isdigit() for ch in token)
    return figures >= _REGISTRATION_FIGURES and len(token) - figures <= 2


def reads_as_party_detail(cell: str) -> Optional[bool]:
    """Whether a cell says what a supplier is rather than who (column_roles.yml `party_details`: `Charity -
    1188042`, `Local Authority`, `SME`); None for a cell saying nothing (blank, `N/A`, `-`)."""
    if names_no_party(cell or ""):
        return None
    tokens = runs(squash(cell or "").lower(), "a-z0-9")
    words = [token for token in tokens if not _is_registration_number(token)]
    if not words:
        return True if tokens else None
    return all(word in vocabulary().party_details for word in words)


def names_no_party(cell: str) -> bool:
    """Whether a party's cell names no one (column_roles.yml `no_party_cells`: `N/A`, `TBC`, `To be confirmed`)."""
    return squash(cell).strip(" .,;:").lower() in vocabulary().no_party_cells


def holds_party_details(cells: list[str]) -> bool:
    """Whether most of a column's cells that say anything, and at least two, read as party details."""
    read = [reads_as_party_detail(cell) for cell in cells]
    details = sum(1 for value in read if value)
    stated = sum(1 for value in read if value is not None)
    return details >= 2 and 2 * details > stated


def holder_columns(header: Iterable[str], order: Iterable[str]) -> list[int]:
    """The columns naming the body each sum goes to (column_roles.yml `holders`: `Beneficiary`, `Delivered by`),
    each column's role taken in a fact kind's ``order``."""
    order, holders = tuple(order), vocabulary().holders
    return [i for i, column in enumerate(column_roles(header)) if first_role(column, order) in holders]


def first_role(column: ColumnRole, order: Iterable[str]) -> Optional[str]:
    """The first role in a fact kind's own order that the column has."""
    return next((name for name in order if name in column.roles), None)


def find_column(columns: list[ColumnRole], role: str, avoid: Iterable[str] = (),
                skip: Iterable[Optional[int]] = ()) -> Optional[int]:
    """The first column having ``role`` and none of ``avoid``, passing over ``skip``."""
    avoid, skip = tuple(avoid), set(skip)
    for i, column in enumerate(columns):
        if i not in skip and column.has(role) and not column.has(*avoid):
            return i
    return None
