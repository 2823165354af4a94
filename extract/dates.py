"""cp_dates: calendar dates in a paper, normalised to ISO.

``find_dates(text)`` returns full dates (``31st March, 2019``, ``TUESDAY 30
JANUARY 2018``, ``30/01/2018`` read day-first as UK papers write it,
``2019-03-31``), month dates (``September 2019``, ``Sept 2019``) and bare
years only where a preposition makes the year a point in time (``by 2022``,
``in 2016``).  Years inside names (``Children and Families Act 2014``),
fiscal-year spans (``2017/18``), references (``24/00093``), counts, phone
numbers and URLs are not dates.  One compiled regex pass; no dateutil, which
is slower and guesses too generously for text like ``2000 CYP``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .phrases import load
from .plain_text import opens_with_word, word_list_pattern
from .table_roles import role_of

CUES_FILE = "date_cues.yaml"

_MONTHS = {}
for _number in range(1, 13):
    _full = calendar.month_name[_number].lower()
    _MONTHS[_full] = _number
    _MONTHS[_full[:3]] = _number
_MONTHS["sept"] = 9


def month_number(word: str) -> int:
    """`March`, `mar`, `SEPT` -> its month's number; 0 for a word that names no month."""
    return _MONTHS.get(word.lower(), 0)
# A weekday in full or short (`Thursday`, `Thur`, `Weds`, `Sat.`): the one pattern for every weekday written with a date
# (not `Monitoring`, `Sundry`: a short form ends its word).
WEEKDAY_RE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?)"
MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR_RE = r"(?:19[5-9]\d|20\d\d)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])"
_ORDINAL_RE = r"(?:\s?(?:st|nd|rd|th))?"

# Right before a dotted date's one- or two-figure day, what makes `21.5.26` a date (date_cues.yaml
# dotted_short_before), each as a fixed-width look back.
_DOTTED_SHORT_BEFORE = "|".join(f"(?<={cue}{day})" for cue in load(CUES_FILE)["dotted_short_before"]["words"]
                                for day in (r"\d\d", r"\d"))

_DATE_RE = re.compile(
    # 31st March, 2019 / 31 st October 2017 / TUESDAY 30 JANUARY 2018; also run on to a time before it by a
    # PDF reader that lost the space (`6.00pm15 October 2024`)
    rf"(?P<dmy>(?:(?<![\w/.])|(?<=\d[ap]m))(?P<d1>{_DAY_RE}){_ORDINAL_RE}(?:\s+day)?(?:\s+of)?\s+(?P<m1>{MONTH_RE}),?\s+(?P<y1>{_YEAR_RE})(?![\d/])(?!\s*/\s*\d))"
    # March 31st, 2019 / September the 16th, 2025
    rf"|(?P<mdy>(?<![\w/.])(?P<m2>{MONTH_RE})\s+(?:the\s+)?(?P<d2>{_DAY_RE}){_ORDINAL_RE},?\s+(?P<y2>{_YEAR_RE})(?![\d/]))"
    # 30/01/2018, 30.01.2018, 30-01-2018 (day first in UK papers; which number is the month is decided in _iso)
    rf"|(?P<num>(?<![\w/.\-])(?P<d3>\d{{1,2}})(?P<sep>[/.\-])(?P<m3>\d{{1,2}})(?P=sep)(?P<y3>{_YEAR_RE})(?![\w/.\-]\d|\d))"
    # 31/03/26, 1-4-25: a two-digit year, written with slashes or dashes (dots make section numbers), or with
    # dots after a label's colon or `on` / `dated` (`Decision made on: 18.06.25`, `held in public on 21.5.26`:
    # date_cues.yaml dotted_short_before)
    rf"|(?P<short>(?<![\w/.\-])(?P<d7>\d{{1,2}})(?P<sep7>[/\-]|(?:{_DOTTED_SHORT_BEFORE})\.)(?P<m7>\d{{1,2}})(?P=sep7)(?P<y7>[0-4]\d|9\d)(?![\w/.\-]\d|\d|%|[/\-]))"
    # 4-Mar-2025, 04-Mar-25 (a spreadsheet's or a register's date; not `Routes 2 & 9 Mar-29`, a month)
    rf"|(?P<dmon>(?<![\w/.\-])(?P<d8>{_DAY_RE})-(?P<m8>{MONTH_RE})-(?P<y8>{_YEAR_RE}|[0-4]\d)(?![\w/.\-]\d|\d))"
    # Mar-16, Sept-2026: a month and year joined by a hyphen, as a spreadsheet or a register writes a month (g39;
    # not `Mar-16-2025`, nor a day before it: `4-Mar-25` is dmon above)
    rf"|(?P<mony>(?<![\w/.\-])(?P<m9>{MONTH_RE})-(?P<y9>{_YEAR_RE}|[0-4]\d)(?![\w/.\-]\d|\d|[/\-]))"
    # 2019-03-31, and year first with slashes, 2019/03/31 (older decision-record pages: `Date :-2019/03/31`;
    # not `2019/20`, a fiscal year, nor `2019/03/3104`, a reference; after such a page's `:-` too)
    rf"|(?P<iso>(?:(?<![\w/.\-])|(?<=:-))(?P<y4>{_YEAR_RE})(?P<sep4>[/\-])(?P<m4>1[0-2]|0[1-9])(?P=sep4)(?P<d4>[12]\d|3[01]|0[1-9])(?![\w\-/]))"
    # September 2019 / Sept 2019 (not "March 2019/20", a fiscal year)
    rf"|(?P<my>(?<![\w.])(?<![\d\W]/)(?P<m5>{MONTH_RE}),?\s+(?P<y5>{_YEAR_RE})(?![\d/])(?!\s*/\s*\d)(?!-\d))"
    # by 2022 / in 2016 / during 2019: a year as a point in time
    rf"|(?P<year>(?<=\b)(?:by|in|during|until|from|since|before|after|end of|early|late|mid|spring|summer|autumn|winter)"
    rf"\s+(?P<y6>{_YEAR_RE})(?![\w/\\\-–%,.]\d|\d|\s*[/\\\-–]\s*\d|\s*%)(?!\s+(?:to|and)\s+\d))",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Every form above holds a year: text without one holds no date, and most passages,
# sentences and cells have none, so one cheap search spares the long pattern.
_ANY_YEAR_RE = re.compile(rf"{_YEAR_RE}|(?<=[/\-])\d\d\b|(?:(?<=\d\.\d\d\.)|(?<=\d\.\d\.))\d\d\b")
# At most 20 characters other than spaces come before the year in any form above
# (`31st day of September., 2019`); more than this many and the match would start later.
_MOST_BEFORE_YEAR = 24


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str
    text: str


@lru_cache(maxsize=None)
def _cue(name: str, form: str = "(?:WORDS)") -> re.Pattern:
    """One word list of date_cues.yaml as a pattern, case ignored, set inside ``form`` (WORDS stands
    for the list's alternation)."""
    return word_list_pattern(tuple(load(CUES_FILE)[name]["words"]), form)


# The form each cue list is matched in (date_cues.yaml says where).
CUE_FORMS = {
    "count_after": r"\s*(?:WORDS)",  # right after a year: "in 2000 cases" is a count
    "end_of_before": r"\b(?:WORDS)$",  # `by the end of October 2025`: the month's last day
    "reference_before": r"\b(?:WORDS)\.?\s*$",  # "Table 4 March outturn": a part of the paper
    "may_verb": r"\s+(?:WORDS)\b",  # "3 May be extended": the modal verb
    "dotted_short_before": r"(?:WORDS)$",  # `held on 21.5.26`: a dotted short date (set in _DATE_RE)
    "day_month_figures_before": r"\b(?:WORDS)\s*$",  # `Appointment made for 18/12`: a day and month in figures
    # `the next meeting in November`: a month written alone after one of the words is a time (its capital, and no
    # day, year, figure or further word of a name after it: `November 2025`, `April 1st`, `March/April`, `April Jones`)
    "month_alone_before": rf"(?<![\w/.-])(?:WORDS)\s*(?P<month>(?=(?-i:[A-Z])){MONTH_RE})"
                          rf"(?![\w/-]|,?\s+(?:the\s+)?\d|\s+(?-i:[A-Z]))",
    # `April 2027 and 2028`: the further year after a month and year (not `2027/28`, `2027-28`)
    "version_mark": r"(?:WORDS)$",  # `v2.1`, `rev4.1.25` in a file name: a version (extract/file_name_dates.py)
    "another_year_after": rf"\s*(?:WORDS)\s*(?P<year>{_YEAR_RE})(?![\w/\\\-–]|\s*[/\\\-–]\s*\d)",
}


def date_cue(name: str) -> re.Pattern:
    return _cue(name, CUE_FORMS[name])


def stated_iso(text: str, mention: DateMention) -> str:
    """The ISO date ``mention`` in ``text`` states: a month written as `the end of <month> <year>`
    is its last day (a deadline, a contract's end); any other mention as the finder reads it."""
    iso = mention.iso
    if iso and len(iso) == 7 and date_cue("end_of_before").search(text, 0, mention.start):
        year, month = int(iso[:4]), int(iso[5:])
        return f"{iso}-{calendar.monthrange(year, month)[1]:02d}"
    return iso


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def month_year_iso(month: str, year: str) -> str | None:
    """YYYY-MM of a month written as a month word (`Sept.`, `March`, `mar`) and a year of four figures or two (a
    two-figure year read as every date's is, _two_figure_year): the one reading of every month-and-year form
    (`September 2019`, `Mar-16`, a date column's `Aug 17`); None for a word month_number does not know."""
    number = month_number(month.rstrip("."))
    full_year = int(year) if len(year) == 4 else _two_figure_year(int(year))
    return f"{full_year:04d}-{number:02d}" if number else None


def _two_figure_year(short: int) -> int:
    """The year a two-figure year names in a date written with one (`21.5.26`, `09/04/24`): 2000-2049, else the
    1900s (the short form reads 00-49 and the 1990s)."""
    return 2000 + short if short < 50 else 1900 + short


def _iso(match: re.Match, month_first: bool = False) -> str | None:
    g = match.groupdict()
    if g["dmy"]:
        year, month, day = int(g["y1"]), _MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"])
    elif g["mdy"]:
        year, month, day = int(g["y2"]), _MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"])
    elif g["num"]:
        year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
        if month_first:
            month, day = day, month
    elif g["short"]:
        year, month, day = _two_figure_year(int(g["y7"])), int(g["m7"]), int(g["d7"])
        if month_first:
            month, day = day, month
    elif g["dmon"]:
        year = int(g["y8"]) if len(g["y8"]) == 4 else 2000 + int(g["y8"])
        year, month, day = year, _MONTHS[g["m8"].lower().rstrip(".")], int(g["d8"])
    elif g["iso"]:
        year, month, day = int(g["y4"]), int(g["m4"]), int(g["d4"])
    elif g["my"]:
        return month_year_iso(g["m5"], g["y5"])
    elif g["mony"]:
        return month_year_iso(g["m9"], g["y9"])
    else:
        return g["y6"]
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid_day(year, month, day) else None


def find_dates(text: str, month_first: bool = False) -> list[DateMention]:
    """Date mentions in ``text``, in order, each with its ISO form (YYYY, YYYY-MM or YYYY-MM-DD).

    ``month_first``: read ``05/13/2025`` as 13 May (a paper that writes month first)."""
    if not _ANY_YEAR_RE.search(text):
        return []
    if len(text) > _MOST_CACHED:
        return list(_dates_found(text, month_first))  # the whole paper: asked once, and not kept
    return list(_dates_in(text, month_first))


# Longer texts (a whole paper) are not cached: a worker would keep many papers' text alive.
_MOST_CACHED = 20_000


def _dates_found(text: str, month_first: bool) -> tuple[DateMention, ...]:
    matches = _matches(text)
    return tuple(_mentions(text, matches, month_first, _numbering_for(matches, (text,))))


def _numbering_for(matches, texts) -> frozenset[tuple[int, int]]:
    """The item numbering of ``texts`` (numbering_prefixes), read only when a two-figure-year date is among the
    ``matches``: no other date can be taken for an item number, so no other needs the pass over the texts."""
    return numbering_prefixes(texts) if any(match.group("short") for match in matches) else frozenset()


def _matches(text: str):
    """A whole paper's date matches from the small cache it is asked twice from; a passage's
    found afresh, so that passages do not push the paper's out of that cache (a passage's
    mentions are cached by ``_dates_in`` already)."""
    return _date_matches(text) if len(text) > _MOST_CACHED else tuple(_date_matches_from_years(text))


# A minute or item number a parish or town council writes like a date with a two-figure year (`14/09/10`: the
# tenth item of its September 2014 meeting).  The paper numbers its items so when the same first two parts come
# with a last part no two-figure year has as well: one figure or three (`14/09/1`, `14/09/108`), or a decimal
# sub-item (`14/09/6.01`).  A date written so never has such a sibling (`01/04/24` and `01/04/25` are two years).
_NUMBERING_RE = re.compile(r"(?<![\w/.\-])(?P<first>\d{1,2})(?P<sep>[/\-])(?P<second>\d{1,2})(?P=sep)"
                           r"(?:\d{1,3}\.\d+|\d{3}|\d)(?![\w/\-]|\.\d)")


def numbering_prefixes(texts) -> frozenset[tuple[int, int]]:
    """The first two parts (as numbers) of the item numbering ``texts`` (a paper's passages) show by a
    number no date has (``_NUMBERING_RE``): a two-figure-year date with the same parts is such an item."""
    return frozenset((int(m.group("first")), int(m.group("second")))
                     for text in texts for m in _NUMBERING_RE.finditer(text))


# A table cell holding only a month and a two-figure year (`Aug 17`, `Sept 24`), as a register or a plan's date
# column writes a month; in prose the same words may be a day without its year (`on Aug 17`), so only a cell of a
# column whose role is a date is read so (cell_dates).
def _month_year_cell(cell: str) -> tuple[str, int, int] | None:
    """(YYYY-MM, start, end) of a cell that is only a month word (month_number, one optional dot) and a two-figure
    year below 50 (`Aug 17`, `Sept. 24`: month_year_iso), with the span of those words in the cell; else None."""
    words = cell.split()
    if len(words) != 2:
        return None
    month, year = words[0].removesuffix("."), words[1]
    if not month_number(month) or len(year) != 2 or year[0] not in "01234" or not year[1].isdecimal():
        return None
    return month_year_iso(month, year), len(cell) - len(cell.lstrip()), len(cell.rstrip())


# The table roles (table_roles.yaml) of a column of dates: a date, or a start or end.
_DATE_COLUMN_ROLES = ("date", "start", "end")


def cell_dates(cell: str, column: str, month_first: bool = False) -> list[DateMention]:
    """A table cell's dates: ``find_dates``', or, under a ``column`` header whose role is a date, start or end, the
    month a cell of only a month and a two-figure year names (`Aug 17` under `Target date`: August 2017)."""
    found = find_dates(cell, month_first)
    whole = not found and column and _month_year_cell(cell)
    if not whole or not role_of(column).has(*_DATE_COLUMN_ROLES):
        return found
    iso, start, end = whole
    return [DateMention(start, end, iso, cell[start:end])]


def _is_item_number(text: str, match: re.Match, numbering: frozenset) -> bool:
    """Whether the two-figure-year date ``match`` is an item number: its first two parts are the paper's item
    numbering's (``numbering_prefixes``), or a word naming a minute or a part of the paper stands before it
    (`Min 24/11/12`, `Resolved 23/06/14`: date_cues.yaml reference_before)."""
    return bool(match.group("short")) and (
        (int(match.group("d7")), int(match.group("m7"))) in numbering
        or bool(date_cue("reference_before").search(text, max(0, match.start() - 20), match.start())))


def _mentions(text: str, matches, month_first: bool, numbering: frozenset = frozenset()) -> list[DateMention]:
    """The date mentions ``matches`` (from ``_date_matches(text)``) make, read in the order given; none from an
    item number of the paper's ``numbering`` (``numbering_prefixes``)."""
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    found = []
    for match in matches:
        if any(s <= match.start() < e for s, e in urls) or _is_item_number(text, match, numbering):
            continue
        iso = _iso(match, month_first)
        if iso is None:
            continue
        start, end = match.span()
        if match.group("year"):
            if date_cue("count_after").match(text, end) and not text[end:end + 1] in ".,;:)":
                continue
            start = match.start("y6")
        if match.group("my") or match.group("dmy"):
            first = _range_start(text, start, iso)
            if first:
                found.append(first)
        found.append(DateMention(start, end, iso, text[start:end]))
        if match.group("my"):
            # `in April 2027 and 2028`: the further year is that month too.
            further = date_cue("another_year_after").match(text, end)
            if further and not date_cue("count_after").match(text, further.end()):
                found.append(DateMention(further.start("year"), further.end("year"),
                                         f"{further.group('year')}{iso[4:]}", further.group("year")))
    return found


def _range_start(text: str, start: int, iso: str) -> DateMention | None:
    """The first date of a range whose last date, ``iso`` at ``start``, alone writes the year (and the month):
    `between January and March 2024`, `April – September 2024` (the first month shares the year);
    `between 21st and 30th October 2025`, `12-19 June 2026` (the first day shares the month and year)."""
    lead = _RANGE_START_RE.search(text, max(0, start - _RANGE_START_REACH), start)
    if not lead:
        return None
    if lead.group("dm"):
        first = _range_start_with_month(text, lead, iso)
        if first or len(iso) == 10:
            return first
        # (`5 June to March 2025`: the month alone starts the range of months.)
        lead = _RANGE_START_RE.search(text, lead.start("dm_m"), start)
        if not lead:
            return None
    if len(iso) == 7 and lead.group("m") and lead.group("m")[0].isupper():
        month = _MONTHS[lead.group("m").lower().rstrip(".")]
        # `November to March 2026` starts the year before.
        year = int(iso[:4]) - (1 if month > int(iso[5:7]) else 0)
        return DateMention(lead.start("m"), lead.end("m"), f"{year:04d}-{month:02d}", lead.group("m"))
    if len(iso) == 10 and lead.group("d"):
        day = int(lead.group("d"))
        # A range runs forwards (`20 and 5 May` is no range), and a number naming a part of the paper
        # (`paragraphs 3 to 7 March`) is no day.
        if day >= int(iso[8:]) or date_cue("reference_before").search(text, max(0, lead.start() - 20), lead.start()):
            return None
        return DateMention(lead.start("day"), lead.end("day"), f"{iso[:8]}{day:02d}", lead.group("day"))
    return None


def _range_start_with_month(text: str, lead: re.Match, iso: str) -> DateMention | None:
    """A range's first day written with its own month before a last day that alone writes the year (`11th May to`
    9th July 2025): that year, or the year before where its month comes later than the last day's (`14 December
    to` 10 January 2025).  The month is written with a capital or the day with its ordinal ending (`3 may to` is
    the verb), and a number naming a part of the paper is no day (`section 4 June to`)."""
    month_word = lead.group("dm_m")
    if len(iso) != 10 or not (month_word[0].isupper() or lead.group("dm_o")):
        return None
    if date_cue("reference_before").search(text, max(0, lead.start("dm") - 20), lead.start("dm")):
        return None
    month, day = _MONTHS[month_word.lower().rstrip(".")], int(lead.group("dm_d"))
    year = int(iso[:4]) - (1 if month > int(iso[5:7]) else 0)
    if month == int(iso[5:7]) or not _valid_day(year, month, day):
        return None  # (`3 June to 7 June 2024` writes its month twice: two dates the finder reads alone)
    return DateMention(lead.start("dm"), lead.end("dm"), f"{year:04d}-{month:02d}-{day:02d}", lead.group("dm"))


# A day and month without a year, as a meeting says it ("the 16th of September", "16 September",
# "September the 16th"): the month written with a capital, or the day with its ordinal ending ("the
# 14th of may" in captions), so that "paragraph 16 may be" is none.  Not before a year (a full date);
# a time after it, with its minutes or am/pm, is no year ("Trustees' meeting 5th June, 7.15pm", "next Events
# meeting 24th August 1pm").
_CLOCK_TIME_RE = r"\d{1,2}[.:]\d\d|\d{1,2}\s?[ap]\.?m\b"
# A month and the day after it on the next line are no date (`24th October` / `21 st November`, a list of days one a
# line): the day of that form, and a figure that would stop the day before it, stay on its line (a year does not).
# A comma and an ordinal day after a day and month start a list's next day (`14th June, 5th and 19th July`), no
# figure the day runs into.
_YEARLESS_RE = re.compile(
    rf"(?<![\w/.£$])(?:(?P<d1>{_DAY_RE})(?P<o1>\s?(?:st|nd|rd|th))?(?:\s+of)?\s+(?P<m1>{MONTH_RE})"
    rf"|(?P<m2>{MONTH_RE})[^\S\n]+(?:the\s+)?(?P<d2>{_DAY_RE})(?P<o2>\s?(?:st|nd|rd|th))?)"
    rf"(?![\w/]|,?\s+{_YEAR_RE}|(?!,[^\S\n]+{_DAY_RE}\s?(?:st|nd|rd|th)\b),?[^\S\n]+(?!{_CLOCK_TIME_RE})\d"
    rf"|\s*[/\-–]\s*\d)",
    re.IGNORECASE,
)


def find_yearless_dates(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, month, day) of each day-and-month date written without its year, the first day of a range
    written with its month once (`23rd to 27th May`) among them, spanning the range (it ends where the range's
    last day, found next, ends)."""
    found = []
    # `from 11th May to 9th July 2025`: the first day of a range whose last day writes the year is a dated day
    # (find_dates reads it with that year, _range_start), not one written without its year.
    dated = {mention.start for mention in find_dates(text)}
    for match in _YEARLESS_RE.finditer(text):
        if match.start() in dated:
            continue
        # A number that refers to a part of the paper, not a day ("Table 4 March outturn", "section 3 May
        # be extended"), and `May` as a modal verb after a number ("3 May be"): date_cues.yaml.
        if date_cue("reference_before").search(text, max(0, match.start() - 20), match.start()):
            continue
        if (match.group("m1") or "").lower() == "may" and date_cue("may_verb").match(text, match.end()):
            continue
        month_word = match.group("m1") or match.group("m2")
        ordinal = match.group("o1") or match.group("o2")
        if not (month_word[0].isupper() or ordinal):
            continue
        # (`may` in lower case is the verb; `May.` ending a sentence is the month, its full stop the sentence's.)
        if month_word.lower().rstrip(".") == "may" and not ordinal and month_word.rstrip(".") != "May":
            continue
        month = _MONTHS[month_word.lower().rstrip(".")]
        day = int(match.group("d1") or match.group("d2"))
        if _valid_day(2024, month, day):  # a leap year: 29 February is a day
            # `23rd to 27th May`, `15 – 22 December`: a range's first day shares its last day's month (and
            # year); it is given with the whole range's span, which ends where its last day does.
            lead = _range_start(text, match.start(), f"2024-{month:02d}-{day:02d}") if match.group("d1") else None
            # (`2nd June and 1st September`: a first day with its own month is a day of its own, found on its own.)
            if lead and lead.iso[5:7] == f"{month:02d}":
                found.append((lead.start, match.end(), month, int(lead.iso[8:])))
            found.append((match.start(), match.end(), month, day))
    return found


# A day and month written as figures without a year (`18/12`): a slash between one or two figures each, not part of a
# longer number, a fraction's decimal, money or a full date (`18/12/2024`, `2/3rds`, `£3/4`).
_DAY_MONTH_FIGURES_RE = re.compile(r"(?<![\w/.\-£$€:])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\w/.\-:%]\d|[\w/%])")


def find_day_month_figures(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, month, day) of each day and month written as figures without a year (`Appointment made for
    18/12`), read only right after words saying what it was set for (date_cues.yaml day_month_figures_before): an
    action log's shorthand.  Anywhere else such figures are a score, a ratio or a fraction (`won 3/1`, `a 1/2 share`)."""
    found = []
    if "/" not in text:
        return found
    for match in _DAY_MONTH_FIGURES_RE.finditer(text):
        if not date_cue("day_month_figures_before").search(text, max(0, match.start() - 40), match.start()):
            continue
        day, month = int(match.group("day")), int(match.group("month"))
        if _valid_day(2024, month, day):  # a leap year: 29/2 is a day
            found.append((match.start(), match.end(), month, day))
    return found


def find_yearless_months(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, month, next_year) of each month written alone as a time (date_cues.yaml month_alone_before:
    `the next Board meeting in November`, `by the end of January`, `from April next year`); ``next_year`` when
    the words after it say the year after the meeting's."""
    found = []
    # `from April to June 2027`: the first month of a range whose last month writes the year is a dated month
    # (find_dates reads it with that year, _range_start), not one written alone.
    dated = {mention.start for mention in find_dates(text)}
    for match in date_cue("month_alone_before").finditer(text):
        month_word = match.group("month").lower().rstrip(".")
        if month_word == "may" and date_cue("may_verb").match(text, match.end()):
            continue
        if match.start("month") in dated:
            continue
        end = match.end()
        # `April next year`: the year after the meeting's, said so.
        after_next = text[end:].lstrip()[4:].lstrip() if opens_with_word(text[end:].lstrip(), ("next",)) else ""
        next_year = opens_with_word(after_next, ("year",))
        if next_year:
            end = len(text) - len(after_next) + len("year")
        found.append((match.start("month"), end, _MONTHS[month_word], next_year))
    return found


# A passage's dates are asked for by several extractors, a row's cells again: found once per text.
_dates_in = lru_cache(maxsize=8192)(_dates_found)


# The first month or day of a range, right before its last (`January to` March 2024, `21st and` 30th October),
# or a first day with its own month (`11th May to` 9th July 2025): a day not after money, a figure or a decimal
# point (`£3 to 7 March`).
_RANGE_START_RE = re.compile(rf"(?:(?<![\w/.,£$€\-])(?P<dm>(?P<dm_d>{_DAY_RE})(?P<dm_o>{_ORDINAL_RE})(?:\s+of)?\s+(?P<dm_m>{MONTH_RE}))"
                             rf"\s*(?:–|—|-|to|and|until|till)"
                             rf"|(?<![\w/])(?P<m>{MONTH_RE})\s*(?:–|—|-|/|to|and|or)"
                             rf"|(?<![\w/.,£$€\-])(?P<day>(?P<d>{_DAY_RE}){_ORDINAL_RE})\s*(?:–|—|-|to|and|until|till))\s*$",
                             re.IGNORECASE)
# How far before a range's last date its first may start (`2nd of September – ` is 20 characters).
_RANGE_START_REACH = 26


@lru_cache(maxsize=2)  # the whole paper's are asked for twice: which order it writes dates in, and its dates
def _date_matches(text: str) -> tuple[re.Match, ...]:
    """The matches ``_DATE_RE.finditer(text)`` gives, trying the pattern only just
    before each year instead of at every character of a long paper."""
    return tuple(_date_matches_from_years(text))


def _date_matches_from_years(text: str):
    position = 0
    for year in _ANY_YEAR_RE.finditer(text):
        if year.start() < position:
            continue  # inside the date just found
        for start in range(_earliest_start(text, year.start(), position), year.start() + 1):
            match = _DATE_RE.match(text, start)
            if match:
                yield match
                position = match.end()
                break
        else:
            position = year.start() + 1


def _earliest_start(text: str, year: int, floor: int) -> int:
    """Where a date ending in the year at ``year`` can start at the earliest (not before ``floor``).

    A year is never preceded by a digit in a date, so it is one that ``_ANY_YEAR_RE`` finds."""
    start, seen = year, 0
    while start > floor and seen < _MOST_BEFORE_YEAR:
        start -= 1
        if not text[start].isspace():
            seen += 1
    return start


def paper_is_month_first(text: str) -> bool:
    """Whether a paper writes numeric dates month first (see :func:`_month_first`): the judgement
    cp_dates stores as ``doc._.month_first``, for one text (the tests ask it directly)."""
    return _ANY_YEAR_RE.search(text) is not None and _month_first(_matches(text))


def _month_first(matches) -> bool:
    """Whether the date ``matches`` of a paper write numeric dates month first, judged from the
    dates only one order reads.

    ``13/05/2025`` proves day-first and ``05/13/2025`` month-first; a paper with
    neither is month-first only if it writes dates out as ``July 24, 2025`` more
    often than as ``24 July 2025``.  Ties and silence keep the UK's day-first."""
    numeric = {"day": 0, "month": 0}
    written = {"day": 0, "month": 0}
    for match in matches:
        if match.group("num") or match.group("short"):
            first, second = (int(match.group("d3")), int(match.group("m3"))) if match.group("num") \
                else (int(match.group("d7")), int(match.group("m7")))
            if first > 12 >= second >= 1:
                numeric["day"] += 1
            elif second > 12 >= first >= 1:
                numeric["month"] += 1
        elif match.group("dmy"):
            written["day"] += 1
        elif match.group("mdy"):
            written["month"] += 1
    if numeric["day"] or numeric["month"]:
        return numeric["month"] > numeric["day"]
    return written["month"] > written["day"]


for _name, _default in (("month_first", False), ("dates", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("cp_dates")
def cp_dates(doc):
    """Every passage's dates, found in one scan: ``doc._.dates[i]`` lists passage ``i``'s
    :class:`DateMention` (offsets within the passage), read in the order the paper writes
    numeric dates (``doc._.month_first``, decided from the same scan)."""
    texts = [passage.text for passage in (doc._.passages or [])]
    matches = [list(_matches(text)) if _ANY_YEAR_RE.search(text) else [] for text in texts]
    doc._.month_first = _month_first(match for found in matches for match in found)
    # The paper's item numbers written like dates (`14/09/10`).
    numbering = _numbering_for([match for found in matches for match in found], texts)
    doc._.dates = [_mentions(text, found, doc._.month_first, numbering) if found else []
                   for text, found in zip(texts, matches)]
    if _writes_dotted_short_dates(match for found in matches for match in found):
        # The paper dates things as `09.04.24` where only a date can stand: its other such figures are dates too.
        doc._.dates = [sorted(mentions + _dotted_short_dates(text, mentions, doc._.month_first, numbering),
                              key=lambda mention: mention.start)
                       for text, mentions in zip(texts, doc._.dates)]
    for passage, mentions in zip(doc._.passages or [], doc._.dates):
        if passage.kind == "table_row":
            mentions.extend(_month_year_cells(passage))
    return doc


def _writes_dotted_short_dates(matches) -> bool:
    """Whether a paper's date ``matches`` show it writes dates as dotted figures with a two-figure year: one stands
    where only a date can (after a date_cues.yaml dotted_short_before cue: `held on 12.03.24`, `Date: 21.5.26`)."""
    return any(match.group("short") and match.group("sep7").endswith(".") for match in matches)


def _dotted_short_parts(word: str) -> tuple[int, int, int] | None:
    """(day, month, two-figure year) of a word written as a dotted date with two figures in each part (`09.04.24`,
    `14.10.23`), read by string methods; None for any other word (`3.1.25`, a section number, has one-figure parts)."""
    parts = word.split(".")
    if len(parts) != 3 or not all(len(part) == 2 and part.isdecimal() for part in parts):
        return None
    if parts[2][0] not in "012349":
        return None  # (the years _DATE_RE's short form reads: 2000-2049 and the 1990s)
    return int(parts[0]), int(parts[1]), int(parts[2])


# What may stand before and after a dotted date written in the run of a sentence (`(15.07.25)`, `14.10.23,`).
_BEFORE_A_WORD = "([\"'“‘"
_AFTER_A_WORD = ".,;:)]\"'”’"


def _dotted_short_dates(text: str, found: list[DateMention], month_first: bool,
                        numbering: frozenset) -> list[DateMention]:
    """The dotted two-figure-year dates of ``text`` (`held on 12.03.24 and 09.04.24`, `received
    14.10.23`) that ``found`` lacks, in a paper that writes its dates so (_writes_dotted_short_dates): two figures
    to each part, so a section number (`3.1.25`) is none; not the paper's item numbering, nor after a word naming a
    part of the paper (date_cues.yaml reference_before: `paragraph 12.10.15`)."""
    taken = [(mention.start, mention.end) for mention in found]
    dates, at = [], 0
    for word in text.split():
        start = text.index(word, at)
        at = start + len(word)
        core = word.lstrip(_BEFORE_A_WORD).rstrip(_AFTER_A_WORD)
        parts = _dotted_short_parts(core)
        if parts is None:
            continue
        start += word.index(core)
        end = start + len(core)
        day, month, short = parts
        if month_first:
            day, month = month, day
        year = _two_figure_year(short)
        if (not _valid_day(year, month, day) or (parts[0], parts[1]) in numbering
                or any(s < end and start < e for s, e in taken)
                or date_cue("reference_before").search(text, max(0, start - 20), start)):
            continue
        dates.append(DateMention(start, end, f"{year:04d}-{month:02d}-{day:02d}", core))
    return dates


def _month_year_cells(passage) -> list[DateMention]:
    """The months a table row's date-column cells name as a month and a two-figure year (`Aug 17`: cell_dates),
    placed in the row's text."""
    found, at = [], 0
    header = passage.header or []
    for i, cell in enumerate(passage.cells or []):
        mentions = cell_dates(cell, header[i] if i < len(header) else "") \
            if cell and _month_year_cell(cell) else []
        start = passage.text.find(cell, at) if mentions else -1
        if start < 0:
            continue
        found.extend(DateMention(start + m.start, start + m.end, m.iso, m.text) for m in mentions)
        at = start + len(cell)
    return found
