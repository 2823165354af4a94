"""The date in a paper's file name, as publishers write them.

`2024-09-26 Parish minutes.pdf`, `Minutes21_April_2015.pdf`, `CabinetQuestion17092019.pdf`,
`fgb-minutes-13-july-2020-final.pdf`, `committee-27.9.21.pdf`, `Agenda 3rd March 2025.docx`,
`20250130-report.pdf`, and a month only: `minutes_jan_2023.pdf`, `fenwick-pc_2026-02_minutes.txt`.

The name is cut into runs of letters and runs of figures (`Minutes21` is `Minutes` and `21`), each with the
characters that stood before it; each reader below looks for one way of writing a date among the runs and
names itself (the rule the caller records); a month's name with its day and year is read by the reader of a
paper's text (extract/dates.find_dates), the runs joined by spaces.  Not dates: a version (`v2.1`, `v3.0.1`), a reference number
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

from .dates import DateMention, date_cue, find_dates

# The years a meeting paper's file name can be dated in (a reference number's four figures are often outside).
EARLIEST_YEAR = 1990
LATEST_YEAR = 2039
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


def _words(runs: list[_Run]) -> list[FileNameDate]:
    """A month's name with its day and year: `13-july-2020`, `3rd March 2025`, `21_April_2015`, `July 13 2020` (the
    runs joined by spaces, read by extract/dates.find_dates, the reader of dates in a paper's text), and a year
    first, `2018 March 13`, which a paper's text does not write (read as `13 March 2018`)."""
    year_first = []
    for index, run in enumerate(runs[1:-1], start=1):
        year, day = runs[index - 1], runs[index + 1]
        if not run.digits and year.digits and len(year.text) == 4 and day.digits and len(day.text) <= 2:
            year_first += [FileNameDate(mention.iso, "file name: year month day")
                           for mention in find_dates(f"{day.text} {run.text} {year.text}") if _full_date_in_years(mention)]
    text = " ".join(run.text for run in runs)
    return year_first + [FileNameDate(mention.iso, "file name: day month year" if mention.text[0].isdecimal()
                                      else "file name: month day year")
                         for mention in find_dates(text) if _full_date_in_years(mention)]


def _full_date_in_years(mention: DateMention) -> bool:
    """A whole day ending on its year (not a range's first day, `12` of `12 to 19 June 2026`, nor a month alone)
    in EARLIEST_YEAR..LATEST_YEAR."""
    return len(mention.iso) == 10 and mention.text.endswith(mention.iso[:4]) \
        and EARLIEST_YEAR <= int(mention.iso[:4]) <= LATEST_YEAR


def _month_only(runs: list[_Run], index: int) -> Optional[FileNameDate]:
    """A month with no day: `jan_2023`, `January 2023`, `2026-02` (not the financial year `2024-25`)."""
    run = runs[index]
    after = runs[index + 1] if index + 1 < len(runs) else None
    if not run.digits:
        # (The month's name and the year's run read as a paper's text says them, `jan 2023`.)
        months = find_dates(f"{run.text} {after.text}") if after is not None and after.digits else []
        if len(months) == 1 and len(months[0].iso) == 7 and EARLIEST_YEAR <= int(months[0].iso[:4]) <= LATEST_YEAR:
            return FileNameDate(months[0].iso, "file name: month year")
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
            for found in (_numeric(runs, index), _eight_figures(runs[index])) if found] + _words(runs)
    if days:
        return days[0] if len({d.value for d in days}) == 1 else None
    months = [found for found in (_month_only(runs, index) for index in range(len(runs))) if found]
    return months[0] if len({m.value for m in months}) == 1 else None
