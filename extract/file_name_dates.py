"""The date in a paper's file name, as publishers write them.

`2024-09-26 Parish minutes.pdf`, `Minutes21_April_2015.pdf`, `CabinetQuestion17092019.pdf`,
`fgb-minutes-13-july-2020-final.pdf`, `committee-27.9.21.pdf`, `Agenda 3rd March 2025.docx`,
`20250130-report.pdf`, and a month only: `minutes_jan_2023.pdf`, `fenwick-pc_2026-02_minutes.txt`.

The name is cut into runs of letters and runs of figures (`Minutes21` is `Minutes` and `21`), each with the
characters that stood before it; each reader below looks for one way of writing a date among the runs and
names itself (the rule the caller records).  Not dates: a version (`v2.1`, `v3.0.1`), a reference number
(`ref 20481`), a financial year (`2024-25`, `2011-12`: the second figure is the next year's), a six-figure run
(`260311`: day first or year first, the name cannot say), a date that is no real day, a year outside
EARLIEST_YEAR..LATEST_YEAR.  A name with two different full dates says none.

A file name only fills a gap: the callers (extract/metadata.py) use it where the paper's own text gives no date, or
where the text gives the day and month and the name agrees on the month.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import PurePath
from typing import Optional

from .dates import date_cue, month_number

# The years a meeting paper's file name can be dated in (a reference number's four figures are often outside).
EARLIEST_YEAR = 1990
LATEST_YEAR = 2039
# What may follow a day's figures (`3rd`, `21st`).
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
# The characters that join a numeric date's parts (`27.9.21`, `2024-09-26`, `26_09_2024`, `26 09 2024`).
DATE_JOINERS = frozenset(".-_ ")


@dataclass(frozen=True)
class FileNameDate:
    value: str        # `2024-09-26`, or `2023-01` for a month only
    rule: str         # the reader that found it

    @property
    def is_day(self) -> bool:
        return len(self.value) == 10


@dataclass(frozen=True)
class _Run:
    text: str
    digits: bool
    before: str       # the characters between the run before and this one ('' when glued to it)


def _runs(stem: str) -> list[_Run]:
    found, start, before = [], None, ""
    for index, character in enumerate(stem + "\0"):
        kind = "d" if character.isdecimal() else "a" if character.isalpha() else None
        if start is not None and (kind is None or kind != start_kind):
            found.append(_Run(stem[start:index], start_kind == "d", before))
            start, before = None, ""
        if kind is None:
            before += character
        elif start is None:
            start, start_kind = index, kind
    return found


def _day(year: int, month: int, day: int) -> Optional[str]:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year(run: _Run) -> Optional[int]:
    """A year written in full (`2024`) or short (`21`: this century)."""
    if not run.digits or len(run.text) not in (2, 4):
        return None
    return int(run.text) + (2000 if len(run.text) == 2 else 0)


def _is_version(runs: list[_Run], index: int) -> bool:
    # A letter run straight before the figures (date_cues.yaml version_mark: `v2.1`, `ver2.1.3`).
    return index > 0 and not runs[index].before and bool(date_cue("version_mark").match(runs[index - 1].text))


def _numeric(runs: list[_Run], index: int) -> Optional[FileNameDate]:
    """Three runs of figures joined by one joiner: year first (`2024-09-26`) or day first (`27.9.21`, `26_09_2024`)."""
    parts = runs[index:index + 3]
    if len(parts) < 3 or not all(p.digits for p in parts) or _is_version(runs, index):
        return None
    # (One joiner, the same between both pairs of parts: DATE_JOINERS holds single characters.)
    if parts[1].before != parts[2].before or parts[1].before not in DATE_JOINERS:
        return None
    a, b, c = parts
    if len(a.text) == 4 and len(b.text) <= 2 and len(c.text) <= 2:
        day = _day(int(a.text), int(b.text), int(c.text))
        return FileNameDate(day, "file name: year-month-day") if day else None
    year = _year(c)
    if len(a.text) <= 2 and len(b.text) <= 2 and year:
        day = _day(year, int(b.text), int(a.text))
        return FileNameDate(day, "file name: day.month.year") if day else None
    return None


def _eight_figures(run: _Run) -> Optional[FileNameDate]:
    """`20250130` (year first) or `17092019` (day first); when both read as real days, neither."""
    if not run.digits or len(run.text) != 8:
        return None
    text = run.text
    year_first = _day(int(text[:4]), int(text[4:6]), int(text[6:]))
    day_first = _day(int(text[4:]), int(text[2:4]), int(text[:2]))
    if bool(year_first) == bool(day_first):
        return None
    return FileNameDate(year_first, "file name: yyyymmdd") if year_first else \
        FileNameDate(day_first, "file name: ddmmyyyy")


def _words(runs: list[_Run], index: int) -> Optional[FileNameDate]:
    """A month's name with its day and year: `13-july-2020`, `3rd March 2025`, `21_April_2015`, `July 13 2020`,
    `2018 March 13`."""
    run = runs[index]
    month = None if run.digits else month_number(run.text)
    if not month:
        return None
    after = [r for r in runs[index + 1:index + 4] if r.text.lower() not in ORDINAL_ENDINGS]
    before = runs[max(0, index - 2):index]
    if before and before[-1].text.lower() in ORDINAL_ENDINGS:
        before = before[:-1]
    # day month year
    if before and before[-1].digits and len(before[-1].text) <= 2 and after and _year(after[0]) \
            and len(after[0].text) == 4:
        day = _day(int(after[0].text), month, int(before[-1].text))
        if day:
            return FileNameDate(day, "file name: day month year")
    # year month day (`2018 March 13`)
    if before and before[-1].digits and len(before[-1].text) == 4 and after and after[0].digits and len(after[0].text) <= 2:
        day = _day(int(before[-1].text), month, int(after[0].text))
        if day:
            return FileNameDate(day, "file name: year month day")
    # month day year
    if len(after) >= 2 and after[0].digits and len(after[0].text) <= 2 and len(after[1].text) == 4 and _year(after[1]):
        day = _day(int(after[1].text), month, int(after[0].text))
        if day:
            return FileNameDate(day, "file name: month day year")
    return None


def _month_only(runs: list[_Run], index: int) -> Optional[FileNameDate]:
    """A month with no day: `jan_2023`, `January 2023`, `2026-02` (not the financial year `2024-25`)."""
    run = runs[index]
    after = runs[index + 1] if index + 1 < len(runs) else None
    if not run.digits:
        month = month_number(run.text)
        if month and after is not None and after.digits and len(after.text) == 4 \
                and EARLIEST_YEAR <= int(after.text) <= LATEST_YEAR:
            return FileNameDate(f"{after.text}-{month:02d}", "file name: month year")
        return None
    if len(run.text) != 4 or after is None or not after.digits or len(after.text) != 2 or after.before != "-":
        return None
    year, month = int(run.text), int(after.text)
    third = runs[index + 2] if index + 2 < len(runs) else None
    if third is not None and third.digits and third.before in DATE_JOINERS:
        return None  # the start of a full date that was no real day
    if EARLIEST_YEAR <= year <= LATEST_YEAR and 1 <= month <= 12 and month != (year + 1) % 100 \
            and not _is_version(runs, index):
        return FileNameDate(f"{year}-{month:02d}", "file name: year-month")
    return None


def date_in_file_name(filename: str) -> Optional[FileNameDate]:
    """The date a file's name gives (a whole day, else a month), and the reader that found it; None when it gives
    none, or two different days."""
    stem = PurePath(filename.replace("\\", "/")).name
    if "." in stem and stem.rsplit(".", 1)[1].isalnum() and not stem.rsplit(".", 1)[1].isdigit():
        stem = stem.rsplit(".", 1)[0]  # its extension (`.pdf`), not a dotted date's last part
    runs = _runs(stem)
    days = [found for index in range(len(runs))
            for found in (_numeric(runs, index), _eight_figures(runs[index]), _words(runs, index)) if found]
    if days:
        return days[0] if len({d.value for d in days}) == 1 else None
    months = [found for found in (_month_only(runs, index) for index in range(len(runs))) if found]
    return months[0] if len({m.value for m in months}) == 1 else None
