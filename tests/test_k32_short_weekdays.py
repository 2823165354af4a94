"""k32 (stop 26): a weekday written short (`Tue`, `Thur`, `Weds`, `Sat.`) goes with its date wherever a full weekday
does (dates.WEEKDAY_RE, the one pattern; a short weekday's full stop before its day ends no sentence:
sentence_breaks.yaml before_number): a list of coming meetings `Tue 14 January, Thur 13 February` is read whole.

Fictional bodies and wordings only.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages

MINUTES = "Minutes of the meeting of Wendle Parish Council held on Thursday 26 September 2024"


def _minutes_key_dates(*texts):
    blocks = [Block("paragraph", text=t) for t in (MINUTES, "Present: Cllr A Dean (Chair), Cllr B Hale", *texts)]
    found = extract(list(iter_passages(blocks)), {}, "paper.txt")
    return {k.date for k in found.key_dates} - {found.meeting_date}


# -- weekdays written short --

@pytest.mark.parametrize("texts, expected", [
    (["Future meetings: Tue 14 January, Thur 13 February and Weds 12 March"],
     {"2025-01-14", "2025-02-13", "2025-03-12"}),
    (["Dates of future meetings:", "Mon 11 November; Mon 9 December"], {"2024-11-11", "2024-12-09"}),
    (["Next meetings – Thurs. 17 October, Thurs. 21 November, both at 7pm"], {"2024-10-17", "2024-11-21"}),
])
def test_a_list_of_coming_meetings_with_short_weekdays_is_read_whole(texts, expected):
    assert _minutes_key_dates(*texts) == expected


def test_a_short_weekday_goes_with_a_single_date_as_a_full_one_does():
    assert _minutes_key_dates("The next meeting will be held on Sat. 19 October at the pavilion.") == {"2024-10-19"}


def test_a_word_that_starts_like_a_weekday_is_no_weekday():
    # (`Monitoring`, `Sundry`: no weekday, so the list after the label stops at them.)
    blocks = [Block("paragraph", text=t) for t in (
        MINUTES, "Present: Cllr A Dean (Chair), Cllr B Hale",
        "Future meetings: Monitoring 14 January visits, Sundry 13 February items")]
    found = extract(list(iter_passages(blocks)), {}, "paper.txt")
    assert not [k for k in found.key_dates if k.rule == "key_date.meeting_list"]
