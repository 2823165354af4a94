"""review18: a yearless date before the meeting rolls on to its next occurrence only when the words before it
in its clause look ahead (`the next meeting will be on 14 January`); a future word after a past date
(`the minutes of 5th July ... bring them to the next meeting`) leaves the date in the nearest year.
Fictional bodies and wordings."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def key_dates(tmp_path, line):
    path = tmp_path / "orchard-lane-carers_2026-03-11_board-minutes.txt"
    path.write_text("Orchard Lane Carers Trust\nBoard Meeting Minutes\nDate: 11 March 2026\n\n"
                    f"4. Matters arising\n{line}\n", encoding="utf-8")
    return {k.date for k in read_and_extract(str(path))[2].key_dates}


@pytest.mark.parametrize("line, past", [
    ("It had been agreed to tidy the minutes of 12th February and bring them to the next Board meeting for approval.",
     "2026-02-12"),
    ("The volunteer survey completed on 20 February will be reported to the Board in May.", "2026-02-20"),
    ("The grant approved on 3rd March is due to be paid in the summer.", "2026-03-03"),
])
def test_a_future_word_after_a_past_yearless_date_leaves_it_in_its_year(tmp_path, line, past):
    dates = key_dates(tmp_path, line)
    assert past in dates and past.replace("2026-", "2027-") not in dates


@pytest.mark.parametrize("line, coming", [
    ("The next Board meeting will be held on 4th March at the Carers Hub.", "2027-03-04"),
    ("The Trustees will next meet on 2nd February in the library.", "2027-02-02"),
    ("Our following meeting is planned for 9 March, subject to room booking.", "2027-03-09"),
])
def test_a_future_word_before_the_date_still_rolls_it_on(tmp_path, line, coming):
    assert coming in key_dates(tmp_path, line)
