"""k31 (stop 25): key dates as small bodies' minutes write them, as general mechanisms.

- the dates of coming meetings on the line after their label (`Date of next meetings :` / `31 st October, 28 th
  November`; a minutes table's row `Date of Next Meeting:` and the row after it), one date or a list, with or
  without its year (key_dates._meeting_label_above);
- a yearless date written with its weekday takes its year only where that weekday agrees (`on Friday 4 May`; not
  `Friday 5 May` where 5 May of that year is a Saturday: key_dates._weekday_agrees);
- an action log's day and month in figures without a year, after words saying what was made, booked or arranged for
  then (`Appointment made for 18/12`: date_cues.yaml day_month_figures_before, key_date_cues.yaml events.arrangement);
  a score, a ratio or a fraction in figures is none.

Fictional bodies and wordings only.
"""
from __future__ import annotations

import pytest

from committee_papers.extract import key_dates
from committee_papers.extract.dates import find_day_month_figures
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages

MINUTES = "Minutes of the meeting of Wendle Parish Council held on Thursday 26 September 2024"


def _key_dates(*blocks, opening=MINUTES):
    blocks = [Block("paragraph", text=opening), Block("paragraph", text="Present: Cllr A Dean (Chair), Cllr B Hale")] + [
        Block("paragraph", text=b) if isinstance(b, str) else b for b in blocks]
    found = extract(list(iter_passages(blocks)), {}, "paper.txt")
    return {k.date for k in found.key_dates} - {found.meeting_date}


# -- the dates of coming meetings on the line after their label --

@pytest.mark.parametrize("label, line, expected", [
    ("Date of next meetings :", "31 st October, 28 th November", {"2024-10-31", "2024-11-28"}),
    ("Forthcoming meetings –", "Tuesday 14 January; Tuesday 11 February", {"2025-01-14", "2025-02-11"}),
    ("Dates of future Trust meetings:", "3rd March, 2nd June and 1st September", {"2025-03-03", "2025-06-02", "2025-09-01"}),
    ("Date of the next meeting:", "24 th October, 7pm in the Pavilion", {"2024-10-24"}),
    ("Date of next meeting:", "22 nd January 2025, Orchard Community Centre", {"2025-01-22"}),
    ("7. Date of next meeting", "Tuesday 18 March 2025 at 6pm, Harbour Pool.", {"2025-03-18"}),
])
def test_the_dates_on_the_line_after_a_next_meetings_label_are_those_meetings(label, line, expected):
    assert _key_dates(label, line) == expected


@pytest.mark.parametrize("rows, header_rows", [
    ([["No.", "Minute"], ["9.", "Any other business: none."], ["10.", "Date of Next Meeting:"],
      ["19 th February 2025, Fenwick Library", ""]], 1),
    ([["9.", "Any other business: none.", ""], ["10.", "Date of Next Meeting:", ""],
      ["", "19 th February 2025, Fenwick Library", ""]], 0),
])
def test_the_date_in_the_row_after_a_minutes_tables_next_meeting_row_is_that_meeting(rows, header_rows):
    assert _key_dates(Block("table", rows=rows, header_rows=header_rows)) == {"2025-02-19"}


@pytest.mark.parametrize("label, line", [
    ("Future meetings:", "The clerk will circulate the dates once the hall is free."),
    ("Members reviewed the minutes of past meetings", "3 rd October, 7 th November"),
    ("Date of next meeting:", "To be arranged by the clerk; 3 rd October is not possible."),
])
def test_a_line_after_no_label_or_a_label_followed_by_no_dates_gives_no_meeting(label, line):
    assert _key_dates(label, line) == set()


class _CountingPattern:
    """A pattern that records the texts it is searched in (its source and flags are what required_text reads)."""

    def __init__(self, pattern):
        self.pattern, self.flags, self._compiled, self.searched = pattern.pattern, pattern.flags, pattern, []

    def finditer(self, text):
        self.searched.append(text)
        return self._compiled.finditer(text)


def test_the_coming_meetings_cue_is_looked_for_only_in_texts_holding_its_words(monkeypatch):
    counting = _CountingPattern(key_dates._meeting_list_re())
    monkeypatch.setattr(key_dates, "_meeting_list_re", lambda: counting)
    found = _key_dates("The play area budget was agreed.", "Officers reported on the allotments.",
                       "Dates of future Trust meetings:", "3rd March, 2nd June and 1st September")
    assert found == {"2025-03-03", "2025-06-02", "2025-09-01"}
    assert counting.searched and all("meeting" in text.lower() or "dates" in text.lower() for text in counting.searched)


# -- a yearless date with its weekday --

@pytest.mark.parametrize("line, expected", [
    ("The Chair was meeting the footpath officer on Friday 4 October to walk the bridleway.", "2024-10-04"),
    ("The litter picks had started and would continue from Sunday 13 October at 10am.", "2024-10-13"),
    ("The tree warden will be meeting the contractor on Wed 9th October at the green.", "2024-10-09"),
])
def test_a_yearless_date_whose_weekday_agrees_takes_the_meetings_year(line, expected):
    assert _key_dates(line) == {expected}


@pytest.mark.parametrize("line, expected", [
    ("The Chair met the footpath officer on Monday 16 September to walk the bridleway.", {"2024-09-16"}),
    ("The Chair met the footpath officer on Tuesday 16 September to walk the bridleway.", set()),
    ("The ranger had inspected the stiles on Wed 11th September with the warden.", {"2024-09-11"}),
    ("The ranger had inspected the stiles on Thursday 11th September with the warden.", set()),
    ("The playing field was opened on Saturday 12 September by the then chair.", set()),
])
def test_a_past_yearless_date_whose_weekday_disagrees_with_the_meetings_year_is_another_years(line, expected):
    assert _key_dates(line) == expected


def test_a_coming_day_keeps_its_year_though_its_weekday_is_mistyped():
    assert _key_dates("The next meeting will be held on Friday 5 October at 7pm.") == {"2024-10-05"}


# -- an action log's day and month in figures --

@pytest.mark.parametrize("line, expected", [
    ("Update: Appointment made for 18/12 to fit the smart meter.", "2024-12-18"),
    ("Action: Boiler engineer booked for 3/2 to service the pavilion boiler.", "2025-02-03"),
    ("Update: the site visit has been arranged for 14/11 with the highways officer.", "2024-11-14"),
])
def test_an_action_logs_day_and_month_in_figures_after_made_or_booked_for_is_a_key_date(line, expected):
    assert _key_dates(line) == {expected}


@pytest.mark.parametrize("line", [
    "The football team won 3/1 against Ashby and the council congratulated them.",
    "The grant will be shared in a ratio of 1/2 between the two halls.",
    "Members voted 5/2 in favour of the new bench.",
    "Provision was made for 2/3 of the cost in the budget.",
])
def test_a_score_a_ratio_or_a_fraction_in_figures_is_no_date(line):
    assert _key_dates(line) == set()


def test_day_month_figures_are_read_only_after_what_was_made_or_booked_for_them():
    assert [(m, d) for _s, _e, m, d in find_day_month_figures("Appointment made for 18/12 to fit the meter")] == [(12, 18)]
    assert find_day_month_figures("booked for 31/4") == []           # no such day
    assert find_day_month_figures("arranged for 18/12/2024") == []   # a full date: the date finder reads it
    assert find_day_month_figures("booked for 2/3rds of the hall") == []


# -- money or an arrangement that runs out --

@pytest.mark.parametrize("line, expected", [
    ("The clerk had heard that county funding for the evening bus runs out in June 2025.", "2025-06"),
    ("Money for the youth worker post is due to run out at the end of March 2026.", "2026-03-31"),
    ("The lottery grant for the warden scheme ran out on 31 January 2025, Cllr Hale said.", "2025-01-31"),
])
def test_funding_or_an_arrangement_that_runs_out_on_a_date_is_a_key_date(line, expected):
    assert expected in _key_dates(line)


@pytest.mark.parametrize("line", [
    "The stall ran out of leaflets on 14 September 2024 at the show.",
    "Volunteers running out of patience wrote to the clerk in August 2024.",
])
def test_running_out_of_something_is_no_key_date(line):
    assert _key_dates(line) == set()
