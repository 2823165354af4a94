"""m19: one mechanism reads every date written without a year (key_date_cues.yaml yearless).  A paper for a
meeting is written days or weeks before it and speaks from then: a day it puts in the future that falls shortly
before the meeting keeps its year (`consultation is due to start w/c 19 October` in a report to a meeting of
22 October); a record of the meeting (minutes) is written after it, and its coming days lie after the meeting.
Fictional bodies and wordings (key_date_cues.yaml yearless.written_before)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from committee_papers.extract.key_dates import yearless_iso
from committee_papers.pipeline import read_and_extract

CUES = yaml.safe_load((Path(__file__).resolve().parent.parent / "extract" / "key_date_cues.yaml").read_text())
WRITTEN_BEFORE = CUES["yearless"]["written_before"]


def key_dates(tmp_path, heading: str, meeting: str, line: str) -> set[str]:
    year, month, day = meeting.split("-")
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    path = tmp_path / f"harbourside-bc_{meeting}_paper.txt"
    path.write_text(f"Harbourside Borough Council\n{heading}\nDate of meeting: {int(day)} {months[int(month) - 1]} {year}\n\n"
                    f"4. Timetable\n{line}\n", encoding="utf-8")
    return {k.date for k in read_and_extract(str(path))[2].key_dates}


@pytest.mark.parametrize("heading, meeting, line, date", WRITTEN_BEFORE["examples"])
def test_a_paper_written_before_its_meeting_keeps_a_coming_day_shortly_before_it_in_its_year(tmp_path, heading, meeting, line, date):
    dates = key_dates(tmp_path, heading, meeting, line)
    assert date in dates
    assert date.replace(date[:4], str(int(date[:4]) + 1), 1) not in dates


@pytest.mark.parametrize("heading, meeting, line, date", WRITTEN_BEFORE["not_examples"])
def test_minutes_and_days_long_before_the_meeting_are_read_as_before(tmp_path, heading, meeting, line, date):
    assert date in key_dates(tmp_path, heading, meeting, line)


def test_the_window_is_only_for_a_single_looked_ahead_date():
    # (no window: minutes; a day after the meeting; a list's date after its previous one)
    assert yearless_iso("2026-10-22", 10, 19, looks_ahead=True) == "2027-10-19"
    assert yearless_iso("2026-10-22", 10, 19, looks_ahead=True, written_before=42) == "2026-10-19"
    assert yearless_iso("2026-10-22", 8, 2, looks_ahead=True, written_before=42) == "2027-08-02"
    assert yearless_iso("2026-10-22", 10, 19, looks_ahead=False) == "2026-10-19"
    assert yearless_iso("2026-10-22", 11, 3, looks_ahead=True, written_before=42) == "2026-11-03"
    assert yearless_iso("2026-09-10", 1, 21, looks_ahead=True, not_before="2026-12-17") == "2027-01-21"


# --- an occasion named as such (key_date_cues.yaml events.occasion) ------------------------------------------

MINUTES = "Minutes of the Trustees of the Friends of Fenmarsh Library meeting held on 8 September 2026\n\nPresent: A Lee (Chair), B Khan\n\n"


def minutes_key_dates(tmp_path, line: str) -> dict[str, str]:
    path = tmp_path / "friends-of-fenmarsh-library_2026-09-08_minutes.txt"
    path.write_text(MINUTES + f"5. Events\n{line}\n", encoding="utf-8")
    return {k.date: k.rule for k in read_and_extract(str(path))[2].key_dates if k.date != "2026-09-08"}


@pytest.mark.parametrize("line, date", [
    ("The library's 25th anniversary will be celebrated on 14th November, with a party for volunteers.", "2026-11-14"),
    ("The autumn Quiz Night is on Friday 23rd October at the Corn Exchange.", "2026-10-23"),
    ("Medals for the summer reading scheme: presentation by the Mayor on Saturday 26th September (11 am).", "2026-09-26"),
    ("Our stall at the Harvest Festival on 3rd October needs two more helpers.", "2026-10-03"),
    ("Two trustees stand for the Town Council in the by-election on 1st October.", "2026-10-01"),
])
def test_an_occasion_of_the_bodys_calendar_is_a_key_date(tmp_path, line, date):
    assert minutes_key_dates(tmp_path, line).get(date) == "key_date.occasion"


@pytest.mark.parametrize("line", [
    "Visitor numbers rose by a tenth on last year; the presentation slides are attached.",
    "The anniversary fund stood at £450 as at 31st August.",
    "Visits to the website are counted in the quarterly return to the county.",
    "Visits in 2025 were 41,000, up a tenth on the year before.",
    "Weekday evening visits have fallen by a third since 2022.",
    "Election expenses as at 31st August stood at £12,000.",
    "The election of a Vice-Chair was deferred; Cllr Moss chaired item 6.",
])
def test_occasion_words_without_an_occasions_date_give_none(tmp_path, line):
    assert "key_date.occasion" not in minutes_key_dates(tmp_path, line).values()


# --- `as of` reports a position, unless the words before it look ahead (key_date_cues.yaml not_key.as_of) ---

def report_key_dates(tmp_path, line: str) -> set[str]:
    path = tmp_path / "fenmarsh-dc_2026-02-10_cabinet_report.txt"
    path.write_text("Fenmarsh District Council\nReport to Cabinet\nDate of meeting: 10 February 2026\n\n"
                    f"3. Background\n{line}\n", encoding="utf-8")
    return {k.date for k in read_and_extract(str(path))[2].key_dates if k.date != "2026-02-10"}


@pytest.mark.parametrize("line", CUES["not_key"]["as_of"]["ahead_examples"])
def test_as_of_after_words_that_look_ahead_says_when_something_starts(tmp_path, line):
    from committee_papers.extract.dates import find_dates
    assert find_dates(line)[0].iso in report_key_dates(tmp_path, line)


@pytest.mark.parametrize("line", CUES["not_key"]["as_of"]["examples"] + [
    "Arrears will be reported to the Board; arrears stood at £4,100 as of 31 December 2025.",
])
def test_as_of_a_position_reported_is_no_key_date(tmp_path, line):
    assert report_key_dates(tmp_path, line) == set()


@pytest.mark.parametrize("text, month_day", [
    ("Two councillors retire at the elections on 1 May.", [(5, 1)]),
    ("The fair is on 16 May. Stalls cost £10.", [(5, 16)]),
    ("Tenders close on Friday 9 May.", [(5, 9)]),
])
def test_may_ending_a_sentence_is_the_month(text, month_day):
    from committee_papers.extract.dates import find_yearless_dates
    assert [found[2:] for found in find_yearless_dates(text)] == month_day


@pytest.mark.parametrize("text", ["Members on 3 may. wish to speak", "Item 4 may be deferred."])
def test_may_in_lower_case_is_still_the_verb(text):
    from committee_papers.extract.dates import find_yearless_dates
    assert find_yearless_dates(text) == []
