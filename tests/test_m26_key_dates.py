"""m26 (stop 24): key dates the opened real sets lost, as general mechanisms.

- a yearless date followed by a clock time in hours and am/pm (`next Events meeting 24th August 1pm`) is still a
  date (dates._YEARLESS_RE; a time with minutes already was);
- a body's AGM or EGM names a meeting (key_date_cues.yaml events.meeting);
- a month written alone after `in`, `by`, `until`, `the end of` ... (`the next Board meeting in November`, `from
  April next year`) is a key date where an event cue names what happens then, its year read by the one yearless
  rule (date_cues.yaml month_alone_before, key_dates.yearless_iso);

Fictional bodies and wordings only.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_yearless_dates, find_yearless_months
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def _extract(*lines, filename="paper.txt"):
    blocks = [Block("table", rows=item, header_rows=0) if isinstance(item, list) else Block("paragraph", text=item)
              for item in lines]
    return extract(list(iter_passages(blocks)), {}, filename)


def _key_dates(meeting_line, *lines):
    found = _extract("Minutes of the meeting of the Board", meeting_line, *lines)
    return {k.date for k in found.key_dates}


# --- a clock time after a yearless date -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Helpers are welcome at the coming Fundraising Group meeting, 24th August 1pm, if free.", [(8, 24)]),
    ("and after that the AGM 26th April 6pm", [(4, 26)]),
    ("The parish walk leaves the green on 3 June 10am sharp.", [(6, 3)]),
    ("Quiz night: 14 November 7 pm at the Scout Hut", [(11, 14)]),
])
def test_a_yearless_date_before_a_time_in_hours_is_read(text, expected):
    assert [(m, d) for _s, _e, m, d in find_yearless_dates(text)] == expected


@pytest.mark.parametrize("text", ["the report of 16 September 2025", "on 12 March, 2026 the hall opened",
                                  "from 3 May 2026 onwards"])
def test_a_yearless_date_before_its_year_is_no_yearless_date(text):
    assert find_yearless_dates(text) == []


def test_a_coming_meeting_with_its_time_is_a_key_date():
    dates = _key_dates("Meeting held on 4 August 2026",
                       "Helpers are welcome at the coming Fundraising Group meeting, 24th August 1pm, should they be free.",
                       "The Trustees will meet next on 15th March 5:45pm, then the AGM 26th April 6pm.")
    assert {"2026-08-24", "2027-04-26"} <= dates, dates


# --- AGM and EGM name meetings ------------------------------------------------------------------------------------

def test_a_past_agm_reported_in_minutes_is_a_key_date():
    dates = _key_dates("Meeting held on 27 October 2026",
                       "AGM The AGM on 29 th September went well and forty members came.",
                       "Members approved the new rules at an EGM on 3 October.")
    assert {"2026-09-29", "2026-10-03"} <= dates, dates


# --- a month written alone ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, month, next_year", [
    ("The accounts will come to the next Board meeting in November.", 11, False),
    ("to be discussed at the Finance Committee meeting at the end of January", 1, False),
    ("From April next year all members will be asked to renew.", 4, True),
    ("The consultation runs until March.", 3, False),
])
def test_a_month_alone_after_a_time_word_is_found(text, month, next_year):
    assert [(m, n) for _s, _e, m, n in find_yearless_months(text)] == [(month, next_year)]


@pytest.mark.parametrize("text", [
    "The board met in November 2025.",          # a month and year: the date finder's
    "Mrs April Jones will attend in Fenbury.",  # a name
    "Figures for March/April were noted.",      # no time word before it
    "The report of March was noted.",
    "It was agreed in principle that officers may wish to review it.",  # the verb, in lower case
    "The survey closes in March 2026 or April 2026.",
])
def test_no_month_alone_where_none_is_written(text):
    assert find_yearless_months(text) == []


@pytest.mark.parametrize("meeting, line, expected", [
    ("Meeting held on 24 September 2026", "The annual accounts will come to the next Board meeting in November.",
     "2026-11"),
    ("Meeting held on 19 November 2026",
     "The budget will be discussed at the Finance Committee meeting at the end of January.", "2027-01"),
    ("Meeting held on 4 August 2026", "From April next year every member will be sent a renewal form.", "2027-04"),
    ("Meeting held on 10 February 2026", "The Residents Forum session in April will serve as an EGM.", "2026-04"),
])
def test_a_month_alone_with_an_event_cue_is_a_key_date(meeting, line, expected):
    assert expected in _key_dates(meeting, line)


@pytest.mark.parametrize("line", ["Visitor numbers rose in August.", "In May the library lent 4,000 books.",
                                  "Footfall was higher in March than in February."])
def test_a_month_alone_with_no_event_cue_is_no_key_date(line):
    dates = _key_dates("Meeting held on 24 September 2026", line)
    assert all(len(d) != 7 for d in dates), dates


def test_a_month_alone_before_the_meeting_is_background():
    dates = _key_dates("Meeting held on 21 May 2026",
                       "The proposal introduces free parking after 3 pm on Saturdays in December.",
                       "Members noted that the kiosk was introduced in February.")
    assert not {"2025-12", "2026-02"} & dates, dates


# --- a yearless range's first day ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The auditors are on site 23 rd to 27 th May.", [(5, 23), (5, 27)]),
    ("Road closures from 15 – 22 December would affect the depot.", [(12, 15), (12, 22)]),
    ("The summit on 12th and 13th December was attended by 100 delegates.", [(12, 12), (12, 13)]),
])
def test_the_first_day_of_a_yearless_range_shares_its_month(text, expected):
    assert [(m, d) for _s, _e, m, d in find_yearless_dates(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("as set out in paragraphs 3 to 7 March returns are due", [(3, 7)]),  # a part of the paper
    ("tickets cost £3 to 7 March", [(3, 7)]),                             # money
    ("between 20 and 5 May", [(5, 5)]),                                   # no range runs backwards
])
def test_no_range_start_where_the_number_is_no_day(text, expected):
    assert [(m, d) for _s, _e, m, d in find_yearless_dates(text)] == expected


def test_a_yearless_range_in_minutes_starts_and_ends_then():
    dates = _key_dates("Meeting held on 26 May 2026", "The year-end audit will run 23rd to 27th May.")
    assert {"2026-05-23", "2026-05-27"} <= dates, dates


def test_a_month_alone_takes_no_cue_from_a_full_date_before_it():
    dates = _key_dates("Meeting held on 13 January 2026",
                       "The consultation closes on 28 January 2026 and the final figures are expected in early February.")
    assert "2026-01-28" in dates and "2026-02" not in dates, dates


def test_a_yearless_range_running_over_the_meeting_keeps_its_year():
    dates = _key_dates("Meeting held on 26 May 2026", "The year-end audit will run 23 rd to 27 th May.")
    assert {"2026-05-23", "2026-05-27"} <= dates and "2027-05-23" not in dates, dates


# (v26) The first month of a range whose last month writes the year is read with that year (find_dates), never
# again as a month written alone with the yearless rule's year.
@pytest.mark.parametrize("text", [
    "The refurbishment works will run from April to June 2027.",
    "The consultation will run from March – May 2027.",
    "Pool closures are planned in January and February 2028.",
])
def test_the_first_month_of_a_dated_range_is_no_month_alone(text):
    assert find_yearless_months(text) == []


def test_a_dated_range_gives_no_second_yearless_month():
    dates = _key_dates("Meeting held on 1 October 2025", "The refurbishment works will run from April to June 2027.")
    assert "2027-04" in dates and "2026-04" not in dates, dates
