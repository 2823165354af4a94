"""Key date mechanisms of stop 22 (z22), each with fictional examples in several wordings and layouts, and
negatives (each example failed before its mechanism).  Fictional authorities only."""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_dates
from committee_papers.pipeline import read_and_extract


def _isos(text: str) -> list[str]:
    return [mention.iso for mention in find_dates(text)]


def key_dates_of(tmp_path, body: str) -> set[str]:
    path = tmp_path / "paper.md"
    path.write_text("# Tollmere District Council\n\n**Meeting:** Cabinet\n**Date:** 4 March 2025\n\n## 3. Detail\n\n"
                    + body + "\n", encoding="utf-8")
    return {d.date for d in read_and_extract(str(path))[2].key_dates if d.rule != "meeting_date"}


# Mechanism 1: a range of days written with its month and year once, after the last day (`between 21st and 30th
# October`, `12-19 June 2026`, `from 3 to 7 March 2026`): the first day shares the month and year, so the range's
# start is a date too, not only its end.
DAY_RANGES = [
    ("The book festival will take place between 21 st and 30 th October 2025 across the county.", "2025-10-21"),
    ("Festival week runs 12th-19th June 2026 in the Corn Exchange.", "2026-06-12"),
    ("The consultation runs from 3 to 7 March 2026 at the Wexcombe hubs.", "2026-03-03"),
    ("The library will be closed 16–20 February 2026 while the new floor is laid.", "2026-02-16"),
]


@pytest.mark.parametrize("text, iso", DAY_RANGES)
def test_the_first_day_of_a_range_shares_the_last_days_month_and_year(text, iso):
    assert iso in _isos(text)


@pytest.mark.parametrize("text, iso", DAY_RANGES)
def test_a_range_of_days_gives_its_start_as_a_key_date(tmp_path, text, iso):
    assert iso in key_dates_of(tmp_path, text)


@pytest.mark.parametrize("text, absent", [
    # (a part of the paper, a count, a backwards pair and money are no first day)
    ("See paragraphs 3 to 7 March 2026 returns.", "2026-03-03"),
    ("Table 4 - 9 June 2026 figures", "2026-06-04"),
    ("The reading groups met 20 and 5 May 2026.", "2026-05-20"),
    ("The fee rose from £3 to 7 March 2026 levels.", "2026-03-03"),
])
def test_a_number_that_is_no_first_day_is_not_read_as_one(text, absent):
    assert absent not in _isos(text)


# Mechanism 2: a month and year followed by a further year (`in April 2027 and 2028`, `each September 2025 or
# 2026`, `May 2026 & 2027`): the month is written once for both years, so the second year is that month too.
SECOND_YEARS = [
    ("The merged councils are to be launched in April 2027 and 2028 in two phases.", "2028-04"),
    ("Intakes of apprentices are planned for September 2025 or 2026, subject to funding.", "2026-09"),
    ("The bridge closes for inspection in May 2026 & 2027.", "2027-05"),
]


@pytest.mark.parametrize("text, iso", SECOND_YEARS)
def test_a_year_after_a_month_and_year_shares_the_month(text, iso):
    assert iso in _isos(text)


@pytest.mark.parametrize("text, iso", SECOND_YEARS)
def test_a_year_sharing_a_month_is_a_key_date(tmp_path, text, iso):
    assert iso in key_dates_of(tmp_path, text)


@pytest.mark.parametrize("text, absent", [
    # (a fiscal year, a count and a figure after the month are no further year)
    ("Budgets set in February 2026 and 2027/28 plans follow.", "2027-02"),
    ("Since March 2025 and 2030 households were visited.", "2030-03"),
    ("In April 2026 and 2027-28 the grant falls.", "2027-04"),
])
def test_a_number_after_a_month_and_year_that_is_no_year_is_not_read_as_one(text, absent):
    assert absent not in _isos(text)


# Mechanism 3: a date something has been set, booked, fixed, listed or diarised for happens then, whatever it is
# (`Court date has been set for 27th January`, `The briefing is booked for 9 February`): weak, so a word naming
# the happening names the rule where there is one.
SET_FOR = [
    "The trial date has been set for 27 January 2026.",
    "The staff briefing has been booked for 9 February 2026 in the Guildhall.",
    "The appeal is listed for 4 June 2026 at the County Court.",
    "A walkabout with the ward members was diarised for 19 May 2026.",
]


@pytest.mark.parametrize("text", SET_FOR)
def test_a_date_something_is_set_for_is_a_key_date(tmp_path, text):
    found = key_dates_of(tmp_path, text)
    assert len(found) == 1 and found <= {"2026-01-27", "2026-02-09", "2026-06-04", "2026-05-19"}


@pytest.mark.parametrize("text", [
    # (a setting out, a fiscal year and a list of figures are no date set for something)
    "The position was set out in the report of 12 January 2026.",
    "The budget has been set for 2026/27.",
    "Figures for 12 January 2026 are listed in the table.",
])
def test_set_out_or_listed_figures_are_no_date_set_for_something(tmp_path, text):
    assert not key_dates_of(tmp_path, text)


# Mechanism 4: a board's or staff team's away day, development day or training day is an occasion of its
# calendar (`Board Away-Day 25th October` in a list of coming business), like a festival or an open day.
AWAY_DAYS = [
    ("Trustees' away-day: Saturday 7th March 2026.", "2026-03-07"),
    ("A development day for governors on 3 February 2026 will look at the estate.", "2026-02-03"),
    ("Forward agenda: Strategy update; Board Away Day 25th April; library events.", "2025-04-25"),
    ("All-staff training day, Friday 5 June 2026, Wexcombe Library.", "2026-06-05"),
]


@pytest.mark.parametrize("text, iso", AWAY_DAYS)
def test_an_away_or_development_day_is_a_key_date(tmp_path, text, iso):
    assert iso in key_dates_of(tmp_path, text)


@pytest.mark.parametrize("text", [
    # (days counted, and a day's pay, are no occasion)
    "Staff took 340 training days in 2025 as at 31 December 2025.",
    "Away day costs of £400 were paid on 3 February 2026 as at the period end.",
])
def test_days_counted_or_paid_for_are_no_occasion(tmp_path, text):
    assert not key_dates_of(tmp_path, text)


# Mechanism 5: a reporting cue (`as at`, `position at`, `period ending`) makes no key date of a date that a
# later event cue governs: in `The position as at 30 September 2025 was reported to Cabinet on 20 November 2025`
# the first date is when the figures were counted, the second when a meeting heard them.  The reporting cue
# governs the words after it up to an event cue; a date after that event cue is the event's.
REPORTED_LATER = [
    ("The position as at 30 September 2025 was reported to Cabinet on 20 November 2025.", "2025-11-20"),
    ("The outturn forecast as at the end of Quarter 2 was presented to the Board on 14 November 2025.",
     "2025-11-14"),
    ("Monitoring for the period ending 31 December 2025, which Cabinet considered on 29th January 2026, "
     "shows an overspend.", "2026-01-29"),
    ("Figures to date were reported back to the Audit Committee in March 2026.", "2026-03"),
]


@pytest.mark.parametrize("text, iso", REPORTED_LATER)
def test_an_event_after_a_reported_position_is_a_key_date(tmp_path, text, iso):
    assert iso in key_dates_of(tmp_path, text)


@pytest.mark.parametrize("text, iso", [
    # (the reported position's own date is still none, and an event cue before the reporting cue frees nothing)
    ("The position as at 30 September 2025 was reported to Cabinet on 20 November 2025.", "2025-09-30"),
    ("Cabinet considered the outturn as at 31 December 2025.", "2025-12-31"),
    ("The report to Cabinet shows spend as at 28 February 2026 of £1.2m.", "2026-02-28"),
    ("Spend as at 30/11/2025 was £1.2m against a budget of £2m.", "2025-11-30"),
])
def test_a_date_the_reporting_cue_governs_is_still_no_key_date(tmp_path, text, iso):
    assert iso not in key_dates_of(tmp_path, text)


def _until_an_event_examples() -> list[str]:
    import yaml
    from committee_papers.extract.key_dates import CUES_PATH
    cues = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    return [text for entry in cues["not_key"].values() if entry.get("until_an_event")
            for text in entry.get("event_examples", [])]


@pytest.mark.parametrize("text", _until_an_event_examples())
def test_each_until_an_event_example_gives_the_events_date_only(tmp_path, text):
    dated = [mention.iso for mention in find_dates(text)]
    assert key_dates_of(tmp_path, text) == {dated[-1]}


# Mechanism 6: a piece of work said to have been undertaken, carried out or conducted on a date happened then
# (`The study undertaken by Atkins in 2011`, `A traffic count was carried out in October 2024`): weak, as
# `take place` is, so a word naming the work (`survey`, `review`) names the rule where there is one.
WORK_DONE = [
    ("The study undertaken by Hallam Partners in 2011 gave high level estimates of the number of spaces.", "2011"),
    ("A traffic count was carried out in October 2024 on the ring road.", "2024-10"),
    ("Modelling of bus trips was conducted by the university in 2022.", "2022"),
    ("Site visits were undertaken on 14 January 2026 by two officers.", "2026-01-14"),
]


@pytest.mark.parametrize("text, iso", WORK_DONE)
def test_work_undertaken_carried_out_or_conducted_on_a_date_is_a_key_date(tmp_path, text, iso):
    assert iso in key_dates_of(tmp_path, text)


@pytest.mark.parametrize("text", [
    # (work counted up to a date, and a duty to be carried out, name no date it happened on)
    "Work undertaken to date has cost £40,000 as at 31 January 2026.",
    "Repairs are carried out by the landlord; costs as at 31 March 2026 are £2,000.",
])
def test_work_counted_to_a_date_is_no_key_date(tmp_path, text):
    assert not key_dates_of(tmp_path, text)


# Mechanism 7: a verb of saying or showing right after a year (`the study in 2021 notes that`, `research in 2022
# suggests`) makes the year no count, though the verb ends in `s` as plural nouns do (`in 2000 cases`).
YEAR_THEN_VERB = [
    ("The feasibility study undertaken by Wexcombe Borough Council in 2021 notes that demand would fall.", "2021"),
    ("Research carried out in 2022 suggests a fall in car trips.", "2022"),
    ("The travel survey in 2019 shows 40% of staff drive.", "2019"),
    ("Guidance issued in 2023 states that the levy is optional.", "2023"),
]


@pytest.mark.parametrize("text, iso", YEAR_THEN_VERB)
def test_a_year_before_a_verb_of_saying_is_a_date(text, iso):
    assert iso in _isos(text)


@pytest.mark.parametrize("text", [
    "Support was given in 2000 cases last year.",
    "The plan delivers in 2030 homes across the district.",
    "Staff dealt with in 2400 enquiries.",
])
def test_a_year_before_a_plural_noun_is_still_a_count(text):
    assert not _isos(text)
