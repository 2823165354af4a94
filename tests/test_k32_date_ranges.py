"""k32 (stop 26): a range whose first day names its own month and whose last day alone writes the year (`from 11th
May to 9th July 2024`, `2 September – 18 October 2025`, `between 1st of March and 14th April 2026`) gives its first
day that year (the year before where the first month comes later in the year: `14 December to 10 January 2025`), read
by the date finder itself (dates._range_start), so that a paper without a meeting date (a report, an appendix) has
both ends, and the first day is not read again as a day without a year.

Fictional bodies and wordings only.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_dates, find_yearless_dates
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def _extracted(*texts):
    return extract(list(iter_passages([Block("paragraph", text=t) for t in texts])), {}, "paper.txt")


# -- a range whose first day names its own month --

@pytest.mark.parametrize("text, first", [
    ("The public consultation ran from 11th May to 9th July 2024.", "2024-05-11"),
    ("Dates: 2 September – 18 October 2025 (7 weeks)", "2025-09-02"),
    ("Residents may respond between 1st of March and 14th April 2026 online.", "2026-03-01"),
    ("The winter shelter opens 14 December to 10 January 2025 at the Old Forge.", "2024-12-14"),
])
def test_a_ranges_first_day_with_its_own_month_takes_the_year_its_last_day_writes(text, first):
    isos = [m.iso for m in find_dates(text)]
    assert first in isos and len(isos) == 2


@pytest.mark.parametrize("text", [
    "Paragraphs 3 to 7 March 2024 were noted.",          # a day range: its first day shares the month
    "The fund opened 3 may to 7 August 2024 applicants.",  # `may` in lower case with no ordinal: no month
    "See section 4 June to 7 August 2024 for the figures.",  # a part of the paper, not a day
])
def test_no_first_day_is_read_where_the_words_before_are_no_date_with_its_month(text):
    assert [m.iso for m in find_dates(text) if m.iso[5:7] in ("05", "06")] == []


def test_a_dated_ranges_first_day_is_not_also_read_as_a_day_without_a_year():
    text = "The survey ran from 11th May to 9th July 2024."
    assert find_yearless_dates(text) == []


def test_a_report_without_a_meeting_date_keeps_both_ends_of_a_consultation():
    found = _extracted("Report of the Director of Place, Harlow Vale District Council",
                       "The consultation on the draft parking strategy ran from 11th May to 9th July 2024 "
                       "and 412 responses were received.")
    assert {"2024-05-11", "2024-07-09"} <= {k.date for k in found.key_dates}
