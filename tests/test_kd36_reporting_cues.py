"""`as of` reports a position only as far as the first word naming an event after it, as the other reporting
words do (key_date_cues.yaml not_key.as_of event_examples): `As of today, funding for the bus will end on
31 March` dates the end.  Papers are fictional."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.dates import find_dates
from committee_papers.extract.key_dates import CUES_PATH

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def key_dates_of(tmp_path, body: str) -> set[str]:
    path = tmp_path / "paper.txt"
    path.write_text("FERNDALE BOROUGH COUNCIL\n\nReport to members\n\n1.1 " + body + "\n", encoding="utf-8")
    return {k.date for k in read_and_extract(str(path))[2].key_dates if k.rule != "meeting_date"}


@pytest.mark.parametrize("text", CUES["not_key"]["as_of"]["event_examples"])
def test_a_date_after_an_event_word_is_the_event_s_not_the_as_of_position(tmp_path, text):
    assert key_dates_of(tmp_path, text) == {find_dates(text)[-1].iso}


@pytest.mark.parametrize("text, iso", [
    ("As of 30 September 2026, 120 families had been supported by the hub.", "2026-09-30"),
    ("As of today 85 households have been helped since 1 April 2026.", "2026-04-01"),
    ("The reserve stood at £2.1m as of 31 March 2026.", "2026-03-31"),
])
def test_a_date_as_of_governs_with_no_event_word_between_is_still_no_key_date(tmp_path, text, iso):
    assert iso not in key_dates_of(tmp_path, text)
