"""A contract's value for one year, where the paper states or implies it.

value_gbp keeps the figure as written (a whole term's £3.6m stays £3.6m);
annual_value_gbp is what authorities can be compared on.  One function, used
when contract records are built (db/records.py).
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Optional

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
# 'over five years', 'a maximum term of five years', 'a 3-year contract', 'four-year term',
# a column heading's 'Tendered price (5 years)'
_TERM_RE = re.compile(
    r"\b(?:over|term\s+of|period\s+of|for)\s+(?:the\s+|a\s+|up\s+to\s+)?(?:next\s+|first\s+|initial\s+|maximum\s+of\s+)?"
    r"(?P<n1>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b"
    r"|\b(?P<n2>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]years?\s+(?:contract|term|agreement)\b"
    r"|\((?P<n3>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\)",
    re.IGNORECASE)


def annual_value(value_gbp: Optional[float], period: Optional[str], start_date: Optional[str] = None,
                 end_date: Optional[str] = None, fiscal_year: Optional[str] = None,
                 quote: Optional[str] = None) -> Optional[float]:
    """The value for one year, or None when the period is unknown.

    annual / per annum -> the value itself; a whole-term total -> divided by
    the term in years (from the start and end dates, else a term the quote
    states: 'over five years'); a figure for one financial year -> itself.
    """
    if value_gbp is None:
        return None
    if period == "annual":
        return value_gbp
    if period == "total":
        years = term_years(start_date, end_date) or stated_term_years(quote)
        return round(value_gbp / years, 2) if years else None
    if period is None and fiscal_year:
        return value_gbp
    return None


def term_years(start_date: Optional[str], end_date: Optional[str]) -> Optional[float]:
    """Whole months from start to end, in years; None unless both are known
    and the end is after the start.  A year or month alone means its first
    day (start) or last day (end)."""
    start, end = _day(start_date, first=True), _day(end_date, first=False)
    if start is None or end is None or end <= start:
        return None
    months = round(((end - start).days + 1) / 365.25 * 12)
    return months / 12 if months >= 1 else None


def stated_term_years(quote: Optional[str]) -> Optional[float]:
    found = _TERM_RE.search(quote or "")
    if not found:
        return None
    word = (found.group("n1") or found.group("n2") or found.group("n3")).lower()
    years = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return float(years) if years else None


def _day(value: Optional[str], *, first: bool) -> Optional[date]:
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (1 if first else 12)
        day = int(parts[2]) if len(parts) > 2 else (1 if first else calendar.monthrange(year, month)[1])
        return date(year, month, day)
    except (ValueError, IndexError):
        return None
