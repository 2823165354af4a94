"""What extraction produces for one document: plain records, ready to store.

Organisations are referred to by name; the store turns names into ids, so a
provider named in two papers is one organisation.  Every fact carries the
``passage_seq`` and ``page`` it came from and the ``quote`` that says it, and
the ``rule`` that produced it (a rule id from the extractor's rule data, or the
mechanism's name), so a wrong fact can be traced to what made it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Organisation:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    # The body's official code when it is in the register of public bodies (GSS, ODS, GOV.UK key).
    code: Optional[str] = None


@dataclass
class Contract:
    passage_seq: int
    page: Optional[int]
    quote: str
    commissioner: Optional[str] = None
    provider: Optional[str] = None
    service: Optional[str] = None
    value_gbp: Optional[float] = None
    value_text: Optional[str] = None
    approximate: bool = False
    period: Optional[str] = None
    fiscal_year: Optional[str] = None
    contract_type: Optional[str] = None
    status: Optional[str] = None
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    is_total: bool = False
    annual_value_gbp: Optional[float] = None
    rule: Optional[str] = None


@dataclass
class Amount:
    """Money that is not a contract value: cost pressures, savings, budgets."""

    passage_seq: int
    page: Optional[int]
    quote: str
    value_gbp: float
    value_text: str
    kind: str
    approximate: bool = False
    rule: Optional[str] = None


@dataclass
class KeyDate:
    passage_seq: int
    page: Optional[int]
    quote: str
    date: str
    event: Optional[str] = None
    rule: Optional[str] = None


@dataclass
class Recommendation:
    passage_seq: int
    page: Optional[int]
    text: str
    number: Optional[str] = None
    quote: Optional[str] = None
    rule: Optional[str] = None


@dataclass
class Decision:
    """What a meeting or decision-maker resolved.

    outcome: approved, noted, agreed, deferred, rejected, delegated or other.
    """

    passage_seq: int
    page: Optional[int]
    text: str
    outcome: str = "other"
    number: Optional[str] = None
    decided_by: Optional[str] = None
    quote: Optional[str] = None
    rule: Optional[str] = None


@dataclass
class Risk:
    passage_seq: int
    page: Optional[int]
    risk: str
    mitigation: Optional[str] = None
    quote: Optional[str] = None
    likelihood: Optional[str] = None
    impact: Optional[str] = None
    score: Optional[str] = None
    owner: Optional[str] = None
    rule: Optional[str] = None


@dataclass
class Extraction:
    organisations: list[Organisation] = field(default_factory=list)
    authority: Optional[str] = None
    authority_source: Optional[str] = None
    committee: Optional[str] = None
    meeting_date: Optional[str] = None
    # The rule that dated the meeting when it is not the paper's own text (`file name: day month year`); None when
    # the text dated it.
    meeting_date_source: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    contracts: list[Contract] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    key_dates: list[KeyDate] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
