"""A contract's status, decided against the paper's own date.

A paper's words say what it proposes, awards or extends; its dates say where
a contract stands on the day the paper was written.  A contract whose end date
is before the meeting has ended, whatever tense the sentence used ("is
delivered by X until 31 March 2017" in a 2019 paper); one running on the
meeting day is current, and one ending within ``ENDING_WITHIN_DAYS`` of it is
ending; one that starts after it and was not awarded is proposed.  Statuses
the words decide and the dates cannot contradict (awarded, extended,
proposed) stay as stated.

Statuses: ended, ending, current, proposed, awarded, extended.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

# A contract ending this soon after the meeting is "ending": papers about
# recommissioning are written in the last months of a contract.
ENDING_WITHIN_DAYS = 183


def parse_partial(value: Optional[str], *, end: bool) -> Optional[date]:
    """`2025`, `2025-03` or `2025-03-31` as a date; a partial end date is read
    as the last day it covers, a partial start date as the first."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31) if end else date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            if not end:
                return date(year, month, 1)
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, month, int(parts[2]))
    except ValueError:
        return None


def status_on(stated: Optional[str], start: Optional[str], end: Optional[str], on: Optional[str]) -> Optional[str]:
    """The status of a contract the words call ``stated``, with these dates, on the day ``on``."""
    day = parse_partial(on, end=False)
    start_day, end_day = parse_partial(start, end=False), parse_partial(end, end=True)
    if day is None or (start_day is None and end_day is None):
        return stated
    if end_day is not None and end_day < day:
        # An extension or award made in this paper runs past its old end: an
        # end before the meeting with those words is the old term's.
        if stated in ("extended", "awarded", "proposed"):
            return stated
        return "ended"
    if stated in ("awarded", "extended", "proposed"):
        return stated
    if start_day is not None and start_day > day:
        return "proposed"
    if end_day is not None and (end_day - day).days <= ENDING_WITHIN_DAYS:
        return "ending"
    return "current"
