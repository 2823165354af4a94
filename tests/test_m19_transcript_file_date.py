"""m19: a transcript of a meeting's recording says no date (the page the recording sat on did): its file, named
publisher_date_kind as published papers are, gives the meeting's date.  Only a transcript, only when its text
names none, only a whole real day.  Fictional councils and speech."""
from __future__ import annotations

import pytest

from committee_papers.extract.metadata import date_of_file_name
from committee_papers.pipeline import read_and_extract

SPEECH = ("Good evening everyone and welcome to this meeting. My name is Councillor Ann Hale and I am the chair.\n"
          "Item five is the work programme. The date of the next meeting is Tuesday the 9th of December at 2pm.\n")


def extraction(tmp_path, name: str, head: str, speech: str = SPEECH):
    path = tmp_path / name
    path.write_text(head + speech, encoding="utf-8")
    return read_and_extract(str(path))[2]


@pytest.mark.parametrize("name, head, date", [
    ("harbourside-cc_2026-11-04_scrutiny-board.txt", "Automated captions saved from the council video\n\n", "2026-11-04"),
    ("fenmarsh-dc_2026-10-21_planning-committee-transcript.txt", "Meeting transcript\n\n", "2026-10-21"),
    ("wessex-cc_2026-11-18_cabinet_transcript.md", "# Transcript of the webcast\n\n", "2026-11-18"),
])
def test_a_transcript_that_names_no_date_is_dated_by_its_file(tmp_path, name, head, date):
    found = extraction(tmp_path, name, head)
    assert found.meeting_date == date
    assert "2026-12-09" in {k.date for k in found.key_dates}  # (its yearless next meeting is now read)


def test_a_transcript_that_names_its_date_keeps_it(tmp_path):
    found = extraction(tmp_path, "harbourside-cc_2026-11-04_scrutiny-board.txt",
                       "Transcript of the Scrutiny Board meeting held on 5 November 2026\n\n")
    assert found.meeting_date == "2026-11-05"


def test_a_paper_that_is_no_transcript_is_not_dated_by_its_file(tmp_path):
    found = extraction(tmp_path, "harbourside-cc_2026-11-04_budget-amendment.txt",
                       "Budget amendment: Parks Rangers\n\n", "The amendment adds two ranger posts funded from reserves.\n")
    assert found.meeting_date is None


@pytest.mark.parametrize("name, date", [
    ("harbourside-cc_2026-11-04_scrutiny-board.txt", "2026-11-04"),
    ("/papers/fenmarsh-dc_2026-02-29_cabinet_transcript.txt", None),   # no such day
    ("wessex-cc_2026-11_forward-plan.pdf", None),                       # a month only
    ("transcript-2026-11-04.txt", "2026-11-04"),                         # not publisher_date_kind: read too (k36)
])
def test_the_file_names_date(name, date):
    found = date_of_file_name(name)
    assert (found.value if found else None) == date
