"""Stop 29 (k41) mechanisms, each with fictional papers in several wordings and layouts, and negatives (each
positive failed before its mechanism).  Fictional authorities only.

1. Dates: a paper that writes a dotted two-figure-year date where only a date can stand (`held on 02.09.23`,
   date_cues.yaml dotted_short_before) writes its other dotted two-figure-year dates so too: `and 09.04.24`,
   `received 14.10.23`, `start 19.02.24` are dates of that paper (two figures to each part; not after a word
   naming a part of the paper).  A paper without such a date keeps reading them as section numbers.
2. Recommendations: a recommendation label run into a value that asks, set as a heading (`RECOMMENDATION:
   APPROVE ...`, `Recommendation: Refuse planning permission`), is read as the label paragraph it is.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.recommendations import run_in_ask
from committee_papers.pipeline import read_and_extract


def _extraction(tmp_path, head: str, body: str):
    path = tmp_path / "paper.md"
    path.write_text(head + body + "\n", encoding="utf-8")
    return read_and_extract(str(path))[2]


MINUTES_HEAD = "# Harrowby Parish Council\n\nMinutes of the meeting held on 4 March 2025\n\n## 3. Matters\n\n"


def key_dates_of(tmp_path, body: str) -> set[str]:
    return {d.date for d in _extraction(tmp_path, MINUTES_HEAD, body).key_dates if d.rule != "meeting_date"}


@pytest.mark.parametrize("body, iso", [
    # the second of two meetings, the first after `held on`
    ("The minutes of the meetings held on 12.03.24 and 09.04.24 were approved as a true record.", "2024-04-09"),
    # a receipt in the next sentence, the paper's cued date before it
    ("Minutes of the meeting held on 02.09.23 were signed. Noted that the grant of £500 was received 14.10.23 "
     "and is held in the reserve account.", "2023-10-14"),
    # a correspondence list, one item dated after `dated`
    ("Correspondence: a highways newsletter dated 05.02.24; a footpath closure notice, the works start 19.02.24; "
     "the police surgery moves to the village hall.", "2024-02-19"),
    # in brackets
    ("Clerk's report dated 01.07.25. The hall roof repair (booked for 15.07.25) was confirmed.", "2025-07-15"),
])
def test_a_paper_writing_dotted_short_dates_has_them_read_without_a_cue(tmp_path, body, iso):
    assert iso in key_dates_of(tmp_path, body)


@pytest.mark.parametrize("body, absent", [
    # no dotted date where only a date can stand: the figures may be a section number
    ("The footpath will be closed from 03.11.21 for two weeks while the bridge is repaired.", "2021-11-03"),
    # a part of the paper, though the paper writes dotted dates
    ("Minutes of the meeting held on 02.09.23 were signed. See paragraph 12.10.15 of the plan.", "2015-10-12"),
    # one-figure parts: a section number
    ("Minutes of the meeting held on 02.09.23 were signed. 3.1.25 The rents rise from April.", "2025-01-03"),
])
def test_dotted_figures_that_need_not_be_dates_are_not_read(tmp_path, body, absent):
    assert absent not in key_dates_of(tmp_path, body)


PLANNING_HEAD = ("# Ambleford Borough Council\n\nPlanning Committee, 4 March 2025\n\n## Report of the Head of Planning\n\n"
                 "The application proposes a single storey rear extension.\n\n")


def recommendations_of(tmp_path, body: str) -> list[str]:
    return [r.text for r in _extraction(tmp_path, PLANNING_HEAD, body).recommendations]


@pytest.mark.parametrize("body, expected", [
    ("## RECOMMENDATION: APPROVE SUBJECT TO A LEGAL AGREEMENT (S106)\n\nGROUNDS FOR APPROVAL:\n\nThe extension is "
     "of modest scale.", "APPROVE SUBJECT TO A LEGAL AGREEMENT (S106)"),
    ("## Recommendation: Refuse planning permission\n\nReasons for refusal: harm to the conservation area.",
     "Refuse planning permission"),
    ("## Officer recommendation - Grant subject to the conditions below\n\n## Conditions\n\n"
     "1. The development shall begin within three years.", "Grant subject to the conditions below"),
    ("## Recommendation: That the Panel notes the enforcement update\n\n## Background\n\nThe team closed 40 cases.",
     "That the Panel notes the enforcement update"),
])
def test_a_run_in_recommendation_label_set_as_a_heading_is_read(tmp_path, body, expected):
    assert recommendations_of(tmp_path, body) == [expected]


@pytest.mark.parametrize("text, asks", [
    ("RECOMMENDATION: GRANT subject to conditions", True),
    ("Recommendation: Refuse planning permission", True),
    ("Recommendation - That Cabinet approves the fees", True),
    ("Recommendation 3: Housing supply", False),
    ("Recommendations: summary of responses", False),
    ("RECOMMENDATIONS", False),
])
def test_run_in_ask_tells_a_labelled_ask_from_a_labelled_title(text, asks):
    assert run_in_ask(text) is asks


def test_a_heading_labelled_recommendation_whose_value_asks_nothing_gives_none(tmp_path):
    body = "## Recommendation 3: Housing supply\n\nThe team closed 40 cases."
    assert recommendations_of(tmp_path, body) == []


# 3. Dates: a list of days written without a year, each day with its ordinal and the month once per group
#    (`14th June, 5th and 19th July`): the first day's comma and the next ordinal day start the list's next day,
#    not a figure the first day runs into, so the first day is read as the others are.
from committee_papers.extract.dates import find_yearless_dates  # noqa: E402


@pytest.mark.parametrize("text, month_day", [
    ("Our future litter picks are planned on these dates: 14th June, 5th and 19th July.", (6, 14)),
    ("Surgeries will be held on 3rd February, 17th February and 3rd March.", (2, 3)),
    ("The hall is booked for the craft fair on 8th May, 22nd May and 5th June.", (5, 8)),
    ("Work parties: 12th January, 2nd and 16th February.", (1, 12)),
])
def test_the_first_day_of_a_list_of_ordinal_days_is_a_day(text, month_day):
    assert month_day in {(month, day) for _start, _end, month, day in find_yearless_dates(text)}


@pytest.mark.parametrize("text, month_day", [
    # a count after the comma, no ordinal day: the day is not read on (as before)
    ("On 5 March, 12 members joined the walk.", (3, 5)),
    # the next line's day belongs to its own line
    ("Dates agreed\n24th October\n21 st November", (10, 21)),
])
def test_a_day_followed_by_a_plain_figure_is_left_as_it_was(text, month_day):
    assert month_day not in {(month, day) for _start, _end, month, day in find_yearless_dates(text)}


def test_a_listed_coming_day_in_minutes_is_a_key_date(tmp_path):
    head = "# Harrowby Parish Council\n\nMinutes of the meeting held on 2 June 2025\n\n## 3. Matters\n\n"
    body = "Our future litter picks are planned on these dates: 14th June, 5th and 19th July."
    dates = {d.date for d in _extraction(tmp_path, head, body).key_dates}
    assert {"2025-06-14", "2025-07-05", "2025-07-19"} <= dates


# 4. Key dates: a paper no meeting dates (a review, a decision report to one member, a plan) is dated by its own date
#    field on its cover (key_date_cues.yaml paper_date): that date is its key date, `date of the paper`.
from committee_papers.extract import key_dates  # noqa: E402


def _paper_dates(tmp_path, text: str) -> tuple[str | None, set[tuple[str, str]]]:
    path = tmp_path / "paper.md"
    path.write_text(text, encoding="utf-8")
    extraction = read_and_extract(str(path))[2]
    return extraction.meeting_date, {(d.date, d.rule) for d in extraction.key_dates}


@pytest.mark.parametrize("text, iso", [
    ("# Ambleford City Council\n\nCongestion charge evidence review\n\nDraft report, version 3  Date: 12 April 2024\n\n"
     "## 1. Summary\n\nThe review looks at the charge's first five years.\n", "2024-04-12"),
    ("# Tollmere Borough Council\n\n| Item No. | Classification: Open | Date: March 2019 | Decision maker: Cabinet Member "
     "for Housing |\n|---|---|---|---|\n\n## Report title: Estate renewal phase 3\n\nThe report sets out the rehousing "
     "programme.\n", "2019-03"),
    ("# Harbour Authority of Wexcombe\n\nMoorings policy review\n\nVersion 2.1 | Dated: 14 June 2022\n\n## Purpose\n\n"
     "The review sets out the moorings policy.\n", "2022-06-14"),
    ("# Ambleford City Council\n\nHousing delivery plan 2024-2029\n\nDate of this plan: 3 September 2024\n\n## Purpose\n\n"
     "The plan sets out the homes the council will build.\n", "2024-09-03"),
])
def test_a_paper_no_meeting_dates_is_dated_by_its_own_date_field(tmp_path, text, iso):
    meeting, dates = _paper_dates(tmp_path, text)
    assert meeting is None and (iso, "key_date.paper_date") in dates


@pytest.mark.parametrize("text", [
    # a meeting paper: its meeting's date only, its report's date is no event
    "# Fenby District Council\n\nCabinet\n\nDate of meeting: 4 March 2025\n\nDate of report: 1 February 2025\n\n"
    "## Introduction\n\nThe strategy covers the district's parks.\n",
    # a date field of its own (a closing date), not the paper's
    "# Ambleford City Council\n\nHousing delivery plan 2024-2029\n\n## Purpose\n\nThe plan sets out the homes the "
    "council will build. Closing date: 3 September 2024 for comments.\n",
])
def test_no_paper_date_where_a_meeting_dates_the_paper_or_the_field_is_another(tmp_path, text):
    _meeting, dates = _paper_dates(tmp_path, text)
    assert not any(rule == "key_date.paper_date" for _date, rule in dates)


def test_paper_date_labels_keep_their_examples_and_not_examples():
    cue = key_dates.load(key_dates.CUES_PATH.name)["paper_date"]
    assert len(cue["examples"]) >= 3 and len(cue["not_examples"]) >= 3
    assert all(key_dates.paper_date_label(example) for example in cue["examples"])
    assert not any(key_dates.paper_date_label(example) for example in cue["not_examples"])
