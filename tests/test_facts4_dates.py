"""Dates in layouts learned from another writer's papers (round facts4).  All text is fictional."""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_dates


@pytest.mark.parametrize("text, iso", [
    ("Kelderby Borough Council Licensing Committee 6.00pm15 October 2026 Council Chamber", "2026-10-15"),
    ("Harbour Board 7.30PM3 March 2026 Pier Office", "2026-03-03"),
    ("Cabinet 10am21st May 2026 Committee Room 1", "2026-05-21"),
])
def test_a_date_run_on_to_the_time_before_it_is_read(text, iso):
    assert iso in [m.iso for m in find_dates(text)]


@pytest.mark.parametrize("text", ["Item pm15 October 2026", "spam15 October 2026", "Room A15 October 2026"])
def test_a_day_run_on_to_letters_that_are_no_time_is_not_read(text):
    assert [m.iso for m in find_dates(text)] == ["2026-10"]
