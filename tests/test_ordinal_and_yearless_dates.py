"""Ordinal dates ("the 16th of September", "September the 16th"), dates said without their year
and register rows whose other cells hold words of a print line; fictional papers."""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_dates, find_yearless_dates
from committee_papers.pipeline import read_and_extract


@pytest.mark.parametrize("text,iso", [
    ("The consultation closes on September the 16th, 2025.", "2025-09-16"),
    ("The board meets again on the 3rd of March 2026.", "2026-03-03"),
    ("Works start on 16th September 2025.", "2025-09-16"),
    ("The lease ends on January the 2nd 2027.", "2027-01-02"),
])
def test_ordinal_dates_with_their_year(text, iso):
    assert [m.iso for m in find_dates(text)] == [iso]


@pytest.mark.parametrize("text,month_day", [
    ("Our following meeting will be on the 23rd of October.", (10, 23)),
    ("We will come back to this on 4 November.", (11, 4)),
    ("so we'll see everyone on september the 2nd", (9, 2)),
    ("the new rota starts on the 14th of may", (5, 14)),
])
def test_day_and_month_without_a_year(text, month_day):
    assert [found[2:] for found in find_yearless_dates(text)] == [month_day]


@pytest.mark.parametrize("text", [
    "Paragraph 16 may be read with the appendix.",
    "The 2025/26 budget was agreed on 12 March 2025.",
    "Costs of £16 March and April were paid.",
])
def test_no_yearless_date_where_there_is_none(text):
    assert find_yearless_dates(text) == []


def key_dates_of(path):
    return {(k.date, k.rule) for k in read_and_extract(str(path))[2].key_dates}


def test_a_transcripts_next_meeting_said_without_a_year(tmp_path):
    paper = tmp_path / "harrowdale-dc_2025-07-08_planning-committee_meeting-transcript.txt"
    paper.write_text(
        "Harrowdale District Council\nPlanning Committee - Tuesday 8 July 2025\nTranscript of the meeting\n\n"
        "Cllr Ann Reeve (Chair): Good evening and welcome. Item one is apologies.\n\n"
        "Cllr Ann Reeve (Chair): Right, that is everything on the agenda. The next meeting is on the 21st of "
        "October. Safe journey home.\n", encoding="utf-8")
    assert ("2025-10-21", "key_date.meeting") in key_dates_of(paper)


def test_minutes_naming_a_deadline_in_december_for_january(tmp_path):
    paper = tmp_path / "minutes.txt"
    paper.write_text(
        "Minutes of the Kelbrook Town Council Finance Committee held on 10 December 2025\n\n"
        "Present: Cllr A Dunn (Chair), Cllr B Ives\n\nApologies were received from Cllr C Ward.\n\n"
        "4. Precept\n\nThe Clerk said the precept must be submitted to the district council by 14th January.\n",
        encoding="utf-8")
    assert "2026-01-14" in {date for date, _rule in key_dates_of(paper)}


def test_a_yearless_date_naming_no_event_is_no_key_date(tmp_path):
    paper = tmp_path / "minutes.txt"
    paper.write_text(
        "Minutes of the Kelbrook Town Council Finance Committee held on 10 December 2025\n\n"
        "Present: Cllr A Dunn (Chair)\n\nApologies were received from Cllr C Ward.\n\n"
        "The Clerk said the storm on 3 November had brought down two trees in the park.\n", encoding="utf-8")
    assert {date for date, _rule in key_dates_of(paper)} == {"2025-12-10"}


@pytest.mark.parametrize("supplier,bought", [
    ("Brightmark Print", "Printing and mailing"),
    ("Quillon Records Ltd", "Document control system"),
    ("Ledgerline Ltd", "Invoice scanning and a purchase order portal"),
])
def test_a_register_rows_expiry_is_kept_whatever_its_other_cells_say(tmp_path, supplier, bought):
    paper = tmp_path / "register.md"
    paper.write_text(
        "# Contracts register\n\nTable 1: Contracts ending soon\n\n"
        "| Supplier | Annual value | Expiry | What is bought |\n|---|---|---|---|\n"
        "| Harlow Office Supplies | 40 | 31/03/2026 | Stationery |\n"
        f"| {supplier} | 68 | 30/09/2025 | {bought} |\n", encoding="utf-8")
    dates = {date for date, _rule in key_dates_of(paper)}
    assert {"2026-03-31", "2025-09-30"} <= dates, dates


def test_a_row_labelled_as_an_invoice_keeps_its_date_out(tmp_path):
    paper = tmp_path / "register.md"
    paper.write_text(
        "# Payments over £500\n\n| Reference | Date | Amount |\n|---|---|---|\n"
        "| Invoice 44821 | 12/03/2025 | £1,250 |\n", encoding="utf-8")
    assert "2025-03-12" not in {date for date, _rule in key_dates_of(paper)}
