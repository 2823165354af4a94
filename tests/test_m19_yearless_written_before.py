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
