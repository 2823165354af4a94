"""k36 (stop 27): one general reader of the date in a file's name, as publishers write them
(extract/file_name_dates.py), for the two file-name date rules of the metadata (an undated transcript's or minutes'
day; the year of a yearless meeting line).  Before, both read only this project's own naming
(publisher_date_kind).  The file name only fills a gap: a date the text gives wins.  Fictional names and councils."""
from __future__ import annotations

import pytest

from committee_papers.extract.file_name_dates import date_in_file_name
from committee_papers.pipeline import read_and_extract


@pytest.mark.parametrize("name, value, rule", [
    ("2025-10-14 Parish Council minutes.pdf", "2025-10-14", "file name: year-month-day"),
    ("ashby-pc_2026-03-02_scrutiny-board.txt", "2026-03-02", "file name: year-month-day"),
    ("Minutes18_June_2016.pdf", "2016-06-18", "file name: day month year"),
    ("lgb-minutes-9-october-2021-approved.pdf", "2021-10-09", "file name: day month year"),
    ("Agenda 22nd January 2025.docx", "2025-01-22", "file name: day month year"),
    ("Board papers November 5 2024.pdf", "2024-11-05", "file name: month day year"),
    ("Grants panel notes 2021 May 4.pdf", "2021-05-04", "file name: year month day"),
    # (Read as a paper's text is, extract/dates.find_dates: `the 2nd of June` too.)
    ("Minutes of 2nd of June 2024.pdf", "2024-06-02", "file name: day month year"),
    ("agenda-14-of-march-2023.pdf", "2023-03-14", "file name: day month year"),
    ("CouncilQuestions05112019.pdf", "2019-11-05", "file name: ddmmyyyy"),
    ("20240611-planning-report.pdf", "2024-06-11", "file name: yyyymmdd"),
    ("scrutiny-14.3.22.pdf", "2022-03-14", "file name: day.month.year"),
    ("Notes_03_02_2026.docx", "2026-02-03", "file name: day.month.year"),
    ("notes_feb_2024.pdf", "2024-02", "file name: month year"),
    ("Trustees minutes September 2023.docx", "2023-09", "file name: month year"),
    ("lowfield-tc_2026-02_minutes.txt", "2026-02", "file name: year-month"),
])
def test_a_date_as_publishers_write_it_in_a_file_name(name, value, rule):
    found = date_in_file_name(name)
    assert (found.value, found.rule) == (value, rule)


@pytest.mark.parametrize("name", [
    "housing-strategy-v2.1.pdf",          # a version
    "Policy v3.0.12 final.docx",           # a version of three parts
    "2024-25 budget monitoring.pdf",       # a financial year
    "Accounts 2011-12.pdf",                # a financial year whose second figure could be a month
    "140325 minutes.pdf",                  # six figures: day first or year first
    "report ref 20481.pdf",                # a reference number
    "decision-24-00109.pdf",               # a decision's number
    "ashby-pc_2026-02-30_minutes.txt",     # no such day
    "minutes 3.4.2025 and 10.4.2025.pdf",  # two different days
    "Review 2020 July 3 2021.pdf",         # two different days: 3 July 2020 or 2021
    "paper07.pdf",
    "Floor area m² survey.pdf",             # a superscript figure is no digit of a date
])
def test_what_is_no_date_in_a_file_name(name):
    assert date_in_file_name(name) is None


def extraction(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_and_extract(str(path))[2]


UNDATED_MINUTES = ("Minutes\n\nPresent: Cllr A Rowe (Chair), Cllr B Dunn, Cllr C Hale\n\n"
                   "Apologies were received from Cllr D Moss.\n\nNo declarations of interest were made.\n\n"
                   "1. The clerk reported on the bench repairs. It was resolved to accept the quote.\n\n"
                   "The meeting closed at 8.10 pm.\n")


@pytest.mark.parametrize("name, date, rule", [
    ("Brookfield Parish minutes 14th October 2025.txt", "2025-10-14", "file name: day month year"),
    ("minutes-20251014.txt", "2025-10-14", "file name: yyyymmdd"),
    ("Minutes 14.10.25.txt", "2025-10-14", "file name: day.month.year"),
])
def test_minutes_whose_text_gives_no_date_are_dated_by_their_file_name_as_published(tmp_path, name, date, rule):
    found = extraction(tmp_path, name, UNDATED_MINUTES)
    assert (found.meeting_date, found.meeting_date_source) == (date, rule)


def test_a_date_the_text_gives_wins_over_the_file_name(tmp_path):
    found = extraction(tmp_path, "Brookfield Parish minutes 14th October 2025.txt",
                       UNDATED_MINUTES.replace("Minutes\n", "Minutes of the meeting held on 21 October 2025\n"))
    assert (found.meeting_date, found.meeting_date_source) == ("2025-10-21", None)


YEARLESS = ("Brookfield Parish Council. Meeting 9th February 19:30\n\nPresent: Cllr A Rowe (Chair), Cllr B Dunn\n\n"
            "Apologies were received from Cllr D Moss.\n\nThe meeting closed at 8.10 pm.\n")


@pytest.mark.parametrize("name, date", [
    ("minutes_feb_2026.txt", "2026-02-09"),
    ("Parish minutes February 2026.txt", "2026-02-09"),
    ("brookfield-pc_2026-02_minutes.txt", "2026-02-09"),
    ("minutes_mar_2026.txt", None),        # the file's month disagrees with the text's: ignored
])
def test_a_yearless_meeting_line_takes_its_year_from_a_file_name_month_that_agrees(tmp_path, name, date):
    found = extraction(tmp_path, name, YEARLESS)
    assert found.meeting_date == date
    if date:
        assert found.meeting_date_source == "file name: the year of a yearless meeting line"


def test_the_rule_that_dated_a_meeting_by_its_file_name_is_stored(tmp_path):
    import sqlite3

    from committee_papers.pipeline import ingest
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "Brookfield Parish minutes 14th October 2025.txt").write_text(UNDATED_MINUTES, encoding="utf-8")
    (papers / "dated-minutes.txt").write_text(
        UNDATED_MINUTES.replace("Minutes\n", "Minutes of the meeting held on 21 October 2025\n"), encoding="utf-8")
    ingest([papers], tmp_path / "kb.db", workers=1)
    rows = dict(sqlite3.connect(tmp_path / "kb.db").execute(
        "select meeting_date, meeting_date_source from documents"))
    assert rows == {"2025-10-14": "file name: day month year", "2025-10-21": None}
