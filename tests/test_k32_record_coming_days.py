"""k32 (stop 26): a record of the meeting (minutes) names a day without a year that falls after the meeting only for
what will happen then, whatever its words say of it: a key date without any event cue (key_date_cues.yaml
yearless.record_coming_days, rule key_date.record_coming_day).  Not in a report (it names the past too), not a month
alone, not a day before the meeting, and not where the words before the day tell the past (`held`, `previous`).

Fictional bodies and wordings only.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_yearless_dates
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages

MINUTES = ("Minutes of the meeting of the Trustees of the Friends of Fenwick Library held on Thursday 26 September 2024",
           "Present: Ann Dean (Chair), Bob Hale, Cara Lyle")
REPORT = ("Report to the Board of Fenwick Community Leisure Ltd, 26 September 2024",
          "Author: the General Manager")


def _key_dates(opening, text):
    blocks = [Block("paragraph", text=t) for t in (*opening, text)]
    found = extract(list(iter_passages(blocks)), {}, "paper.txt")
    return {k.date: k.rule for k in found.key_dates if k.date != found.meeting_date}


@pytest.mark.parametrize("text, date", [
    ("The county's libraries commissioner is visiting 8th October.", "2024-10-08"),
    ("Volunteers were asked to help move the shelving at 5:30 16th October.", "2024-10-16"),
    ("Site inspection for 24/0113 – The Old Forge, Brockweir scheduled for 5th October. Cllr Reed to attend.",
     "2024-10-05"),
    ("A storyteller has been booked at the Mill Rooms for November 12th at 7pm.", "2024-11-12"),
])
def test_a_day_after_the_meeting_in_its_minutes_is_a_key_date_whatever_its_words(text, date):
    found = _key_dates(MINUTES, text)
    assert date in found and found[date].startswith("key_date.")


@pytest.mark.parametrize("opening, text, date", [
    (REPORT, "The county's libraries commissioner is visiting 8th October.", "2024-10-08"),  # a report names the past too
    (MINUTES, "The litter pick that took place on 12th October filled forty bags.", "2024-10-12"),  # the past, said so
    (MINUTES, "The previous clerk's leaving party on 3rd November was a success.", "2024-11-03"),
    (MINUTES, "The commissioner is visiting on 2nd September, a Monday.", "2024-09-02"),  # before the meeting
    (MINUTES, "The commissioner is visiting in October.", "2024-10"),                     # a month alone
])
def test_no_day_without_a_cue_is_read_outside_a_minutes_coming_days(opening, text, date):
    assert not any(found.startswith(date) for found in _key_dates(opening, text))


# -- a day and month do not run across a line break --

@pytest.mark.parametrize("text, expected", [
    ("Board dates agreed:\n24th October\n21 st November\n19th December", [(10, 24), (11, 21), (12, 19)]),
    ("Future rota:\nOctober\n12 volunteers\nNovember 3rd", [(11, 3)]),
    ("Coming events: Fun Run 24th October\n21 stalls booked so far", [(10, 24)]),
])
def test_a_month_and_a_figure_on_the_next_line_are_no_date(text, expected):
    assert [(month, day) for _s, _e, month, day in find_yearless_dates(text)] == expected


def test_a_year_on_the_next_line_still_completes_its_date():
    assert find_yearless_dates("The fair is on 24th October\n2026 at the Green") == []


@pytest.mark.parametrize("text, date", [
    ("The hall booking for 3rd October is not possible, so the group moves.", "2024-10-03"),  # denied
    ("Provision was made for 2/3 of the cost in the budget.", "2025-03-02"),             # figures, no day
    ("3 rd October, 7 th November", "2024-11-07"),                                         # a bare line of days
])
def test_a_denied_day_a_fraction_or_a_bare_line_of_days_is_no_coming_day(text, date):
    assert date not in _key_dates(MINUTES, text)


@pytest.mark.parametrize("text, date", [
    ("Item 9 Board Assurance Framework quarterly update Oct 24 cover sheet", "2024-10-24"),
    ("Waiting times 31 Oct 24 figures for the single point of access", "2024-10-24"),
])
def test_a_short_month_and_two_figures_may_be_its_year_so_need_a_cue(text, date):
    assert date not in _key_dates(MINUTES, text)
