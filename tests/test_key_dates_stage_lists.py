"""Key dates of a list of a programme's stages, each item a stage and its span of years not in brackets
(key_date_cues.yaml stage_lists, extract/key_dates.py _stage_spans; stop 23).  The data file's examples run
here through the TXT reader and the whole pipeline; each positive example failed before the mechanism."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.key_dates import CUES_PATH
from committee_papers.pipeline import read_and_extract

STAGE_LISTS = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))["stage_lists"]["lead_in"]


def _years(tmp_path, lead_in: str, items: list[str], bulleted: bool = True) -> set[str]:
    """The year-only key dates of a report to a meeting in 2026 holding the lead-in and its items."""
    body = "\n\n".join([lead_in] + [("- " if bulleted else "") + item for item in items])
    path = tmp_path / "paper.txt"
    path.write_text("BRACKENMOOR CITY COUNCIL\n\nReport to Cabinet, 12 March 2026\n\n" + body + "\n\n"
                    "The next update comes to Cabinet in the autumn.\n", encoding="utf-8")
    return {k.date for k in read_and_extract(str(path))[2].key_dates if len(k.date) == 4}


@pytest.mark.parametrize("lead_in, items, years", STAGE_LISTS["examples"])
def test_a_listed_stage_starts_and_ends_in_its_years(tmp_path, lead_in, items, years):
    assert set(years) <= _years(tmp_path, lead_in, items)


@pytest.mark.parametrize("lead_in, items", STAGE_LISTS["not_examples"])
def test_listed_years_under_a_lead_in_naming_no_stages_are_no_key_dates(tmp_path, lead_in, items):
    assert _years(tmp_path, lead_in, items) == set()


@pytest.mark.parametrize("text", [
    "Income from the car parks, 2027 to 2028, is forecast to rise.",        # years inside a sentence
    "The previous strategy, 2015 to 2020: reviewed and replaced.",           # a span before the meeting
    "Outline Business Case, 2027-28: 1 year",                                 # a financial year, written short
])
def test_unbracketed_years_that_open_no_listed_stage_are_no_key_dates(tmp_path, text):
    assert _years(tmp_path, "The programme has three stages:", [text]) == set()
