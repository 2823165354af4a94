"""Date mentions and key dates, on fictional text and a fictional paper read through the TXT reader."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.dates import find_dates


@pytest.mark.parametrize("text, iso", [
    ("The contract ends on 31st March 2019.", "2019-03-31"),
    ("Notice was served on 31 st October 2017.", "2017-10-31"),
    ("The service starts 1st September 2019.", "2019-09-01"),
    ("With effect from the 1 April 2017 the Trust will deliver it.", "2017-04-01"),
    ("Funding is agreed until 31st March, 2017.", "2017-03-31"),
    ("Consultation closed on 10th April 2017.", "2017-04-10"),
    ("Signed this 1st day of July, 2025.", "2025-07-01"),
    ("TUESDAY 30 JANUARY 2018", "2018-01-30"),
    ("Meeting held 30/01/2018 at County Hall", "2018-01-30"),
    ("Decision date: 2019-03-31", "2019-03-31"),
    ("The new model goes live in September 2019.", "2019-09"),
    ("Mobilisation from Sept 2019 onwards.", "2019-09"),
    ("One integrated service is planned by 2022.", "2022"),
    ("The pilot began in 2016 in two districts.", "2016"),
    ("Date: 4-Mar-2025", "2025-03-04"),
    ("Review date 04-Mar-25 (risk owner: Finance)", "2025-03-04"),
    ("Target date: 30-Sep-2026", "2026-09-30"),
    ("Last updated: 15-January-2025", "2025-01-15"),
])
def test_date_forms_normalise_to_iso(text, iso):
    assert [m.iso for m in find_dates(text)] == [iso]


def test_mention_offsets_point_at_the_date_text():
    text = "Wessex County Council will decide on 12th June 2024 and report back."
    [mention] = find_dates(text)
    assert text[mention.start:mention.end] == mention.text == "12th June 2024"


@pytest.mark.parametrize("text", [
    "Duties under the Children and Families Act 2014 apply.",
    "The Health and Wellbeing Strategy (2015/19) sets priorities.",
    "See the Better Care Fund Plan 2017/19.",
    "Budget pressures in early 2017/18 were significant.",
    "The service supported 2000 CYP last year.",
    "Around 3,500 customers use the service.",
    "Call 01632 960123 for details.",
    "Planning application 24/00093 was approved.",
    "Tender notice OJ/2019/123 was published.",
    "Details at https://www.wessex.gov.uk/2019/03/31/report",
    "Savings of £2019 were made.",
    "Young people aged 16-25 are eligible.",
    "The 30/02/2019 entry is a typing error.",
])
def test_non_dates_are_not_found(text):
    assert find_dates(text) == []


PAPER = """\
# Wessex County Council

## Cabinet

Date of meeting: 14 March 2024

## 1. Background

1.1 The current contract with Brightside Therapies CIC ends on 31st March 2025. Cabinet approved the extension on 1 June 2023.

1.2 The ending on 31st March 2025 is why a new service is needed, in line with the Children and Families Act 2014.

## 2. Timetable

| Date | Milestone |
| --- | --- |
| May 2024 | Tender published |
| 30/09/2024 | Contract award |
"""


@pytest.fixture
def key_dates(tmp_path):
    path = tmp_path / "wessex-cabinet.txt"
    path.write_text(PAPER, encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    return extraction.key_dates


def test_meeting_date_is_a_key_date_once(key_dates):
    # The cover's "Date of meeting:" line is the meeting key date, not a second one.
    assert [k.event for k in key_dates if k.date == "2024-03-14"] == ["meeting"]


def test_sentence_dates_carry_their_sentence_as_event(key_dates):
    [ending] = [k for k in key_dates if k.date == "2025-03-31" and "current contract" in k.quote]
    assert ending.event == "The current contract with Brightside Therapies CIC ends"
    assert "2025" not in ending.event
    [approval] = [k for k in key_dates if k.date == "2023-06-01"]
    assert "approved the extension" in approval.event


def test_timeline_rows_take_their_event_from_the_other_cells(key_dates):
    events = {k.date: k.event for k in key_dates}
    assert events["2024-05"] == "Tender published"
    assert events["2024-09-30"] == "Contract award"


def test_same_date_once_per_passage_and_no_years_from_names(key_dates):
    per_passage = [(k.passage_seq, k.date) for k in key_dates if k.event != "meeting"]
    assert len(per_passage) == len(set(per_passage))
    assert "2014" not in {k.date for k in key_dates}


def test_fiscal_year_with_a_backslash_is_not_a_date():
    assert find_dates("The plan will be delivered during 2024\\25 across the Trust.") == []


EVENTS_PAPER = """\
# Wessex County Council

## Summary

Summary: The current contracts with Brightside Therapies CIC end on 31 March 2026.

## 2. Background

2.1 In July 2024, indicative notice was given to the provider.

2.2 The services were directly awarded from April 2021 to March 2022 under emergency guidance.

2.3 The current contracts with Brightside Therapies CIC end on 31 March 2026.

| Centre | Area | Contract End Date |
| --- | --- | --- |
| Harbourside | Portsea | 31/03/2026 |
"""


def test_events_are_tidy_and_repeated_events_kept_once(tmp_path):
    path = tmp_path / "wessex-events.md"
    path.write_text(EVENTS_PAPER, encoding="utf-8")
    key_dates = read_and_extract(str(path))[2].key_dates
    events = [(k.date, k.event) for k in key_dates if k.event != "meeting"]
    assert ("2024-07", "indicative notice was given to the provider") in events
    # Each date of a span keeps the other one, so the event still reads.
    assert ("2021-04", "The services were directly awarded from to March 2022 under emergency guidance") in events
    assert ("2022-03", "The services were directly awarded from April 2021 to under emergency guidance") in events
    # Summary and body say the same thing: one key date; no "Summary:" label or section number.
    endings = [e for d, e in events if d == "2026-03-31" and "contracts" in e]
    assert endings == ["The current contracts with Brightside Therapies CIC end"]
    assert ("2026-03-31", "Harbourside: Contract End Date") in events


def test_a_month_range_gives_its_first_month_the_year_written_once():
    from committee_papers.extract.dates import find_dates
    assert [d.iso for d in find_dates("Parents will be asked between January and March 2024.")] == ["2024-01", "2024-03"]
    assert [d.iso for d in find_dates("Mobilisation: April – September 2024")] == ["2024-04", "2024-09"]
    assert [d.iso for d in find_dates("Surveys: November to March 2026")] == ["2025-11", "2026-03"]
    # Not a month: `may`; not a month range: a range of days gives its first day, with its own month, the year
    # its last day writes (no month alone: `2024-04`).
    assert [d.iso for d in find_dates("we may and March 2024")] == ["2024-03"]
    assert [d.iso for d in find_dates("from 1 April – 30 September 2024")] == ["2024-04-01", "2024-09-30"]


TABLES_PAPER = """\
<html><body>
<h1>Wessex County Council</h1>
<table>
<tr><td>Meeting:</td><td>Cabinet</td></tr>
<tr><td>Date of meeting:</td><td>Thursday 14 March 2024</td></tr>
</table>
<h2>4. Timetable</h2>
<table>
<tr><th>Milestone</th><th>Date</th></tr>
<tr><td>Tender published</td><td>5 February 2024</td></tr>
<tr><td>Mobilisation</td><td>June \u2013 September 2024</td></tr>
</table>
<h2>5. Risks</h2>
<table>
<tr><th>Risk</th><th>Likelihood</th><th>Mitigation</th></tr>
<tr><td>The procurement timetable slips beyond 30 September 2024</td><td>Low</td>
<td>A short extension is available</td></tr>
</table>
<p>The contract was let in 2019 and ends in 2025.</p>
</body></html>
"""


def test_table_row_events_say_what_happens_not_the_dates_header(tmp_path):
    path = tmp_path / "wessex-tables.html"
    path.write_text(TABLES_PAPER, encoding="utf-8")
    key_dates = read_and_extract(str(path))[2].key_dates
    events = {(k.date, k.event) for k in key_dates}
    # The cover's date row is the meeting, said once.
    assert [k.event for k in key_dates if k.date == "2024-03-14"] == ["meeting"]
    # A column headed "Date" adds nothing; a range's other month is not part of the event.
    assert ("2024-02-05", "Tender published") in events
    assert {("2024-06", "Mobilisation"), ("2024-09", "Mobilisation")} <= events
    # A date inside a cell's sentence takes that sentence, not the row's other cells.
    assert ("2024-09-30", "The procurement timetable slips beyond") in events
    # A preposition left dangling by the date's removal goes with it.
    assert ("2019", "The contract was let and ends in 2025") in events


def test_a_weekday_before_a_date_goes_with_the_date(tmp_path):
    path = tmp_path / "wessex-weekday.txt"
    path.write_text("WESSEX COUNTY COUNCIL\n\nAdults Scrutiny Committee\n\nMeeting date: Wednesday 25 September 2024\n\n"
                    "Report title: Carers' Support Recommissioning\n\n"
                    "1.1 The Board met on Tuesday 4 June 2024 and agreed the carers' strategy.\n", encoding="utf-8")
    key_dates = read_and_extract(str(path))[2].key_dates
    # The cover's labelled date is the meeting, said once (no "Meeting date: Wednesday").
    assert [k.event for k in key_dates if k.date == "2024-09-25"] == ["meeting"]
    assert ("2024-06-04", "The Board met and agreed the carers' strategy") in {(k.date, k.event) for k in key_dates}


@pytest.mark.parametrize("text", ["Routes 2 & 9 Mar-29", "Phase 3 Sept-26 to Mar-27", "Lots 1 and 4 Jan-2026"])
def test_a_number_before_a_month_and_year_is_no_day(text):
    assert all(len(m.iso or "") != 10 for m in find_dates(text))


@pytest.mark.parametrize("sentence, date", [
    ("The single point of access review is due by the end of October 2025.", "2025-10-31"),
    ("The interim contract runs until the end of March 2026.", "2026-03-31"),
    ("The working group will report by the end of February 2028.", "2028-02-29"),
])
def test_the_end_of_a_month_is_its_last_day(tmp_path, sentence, date):
    path = tmp_path / "paper.txt"
    path.write_text(f"FENBY COUNCIL\n\nCabinet\n\n1. Background\n\n{sentence}\n", encoding="utf-8")
    assert date in {k.date for k in read_and_extract(str(path))[2].key_dates}


def test_a_month_without_the_end_of_stays_a_month(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("FENBY COUNCIL\n\nCabinet\n\n1. Background\n\nThe new service starts in April 2026.\n", encoding="utf-8")
    assert [k.date for k in read_and_extract(str(path))[2].key_dates] == ["2026-04"]


# --- `the end of <month>` is read one way, by key dates and contract terms alike ------------------

@pytest.mark.parametrize("sentence, end", [
    ("The cleaning contract with Brightway Services Ltd runs until the end of March 2026.", "2026-03-31"),
    ("The lease of the depot runs to the end of September 2027.", "2027-09-30"),
    ("The interim arrangement with Oakdene Care Ltd continues to the end of February 2028.", "2028-02-29"),
])
def test_a_contract_ending_at_the_end_of_a_month_ends_on_its_last_day(sentence, end):
    from committee_papers.extract.contract_terms import start_and_end
    assert start_and_end(sentence)[1] == end


@pytest.mark.parametrize("sentence, end", [
    ("The cleaning contract with Brightway Services Ltd runs until March 2026.", "2026-03"),
    ("The lease of the depot expires on 30 September 2027.", "2027-09-30"),
    ("The interim arrangement continues to February 2028 while the review is done.", "2028-02"),
])
def test_a_contract_ending_in_a_month_or_on_a_day_keeps_what_it_says(sentence, end):
    from committee_papers.extract.contract_terms import start_and_end
    assert start_and_end(sentence)[1] == end


@pytest.mark.parametrize("text, iso", [
    ("by the end of October 2025", "2025-10-31"), ("until the end of March 2026", "2026-03-31"),
    ("at the end of the month of June 2027", "2027-06-30"), ("in October 2025", "2025-10"),
    ("from the start of April 2026", "2026-04"), ("on 4 March 2026", "2026-03-04"),
])
def test_the_one_reading_of_a_stated_date(text, iso):
    from committee_papers.extract.dates import stated_iso
    mention = find_dates(text)[0]
    assert stated_iso(text, mention) == iso


# --- a contracts table's end cell is read as prose is ------------------------------------------

@pytest.mark.parametrize("end_cell, iso", [
    ("End of March 2026", "2026-03-31"),
    ("to the end of February 2028", "2028-02-29"),
    ("Until end of September 2027", "2027-09-30"),
])
def test_a_contract_tables_end_cell_at_the_end_of_a_month_is_its_last_day(end_cell, iso):
    from committee_papers.extract.contract_tables import _dates_of
    assert _dates_of("1 April 2025", end_cell, False) == ("2025-04-01", iso)


@pytest.mark.parametrize("end_cell, iso", [
    ("March 2026", "2026-03"),
    ("31 March 2026", "2026-03-31"),
    ("Ends 5 May 2027", "2027-05-05"),
])
def test_a_contract_tables_end_cell_without_end_of_keeps_its_date(end_cell, iso):
    from committee_papers.extract.contract_tables import _dates_of
    assert _dates_of("", end_cell, False) == (None, iso)


def _date_cue_entries(key):
    from committee_papers.extract.dates import CUES_FILE
    from committee_papers.extract.phrases import load
    return [(name, text) for name, entry in load(CUES_FILE).items() for text in entry[key]]


def _found(name, text):
    """The cue as the code tries it: from the text's start (`at: start`) or anywhere up to its end."""
    from committee_papers.extract.dates import CUES_FILE, date_cue
    from committee_papers.extract.phrases import load
    pattern = date_cue(name)
    return pattern.match(text) if load(CUES_FILE)[name].get("at") == "start" else pattern.search(text)


@pytest.mark.parametrize("name, text", _date_cue_entries("examples"))
def test_date_cue_lists_find_their_examples(name, text):
    assert _found(name, text), (name, text)


@pytest.mark.parametrize("name, text", _date_cue_entries("not_examples"))
def test_date_cue_lists_miss_their_not_examples(name, text):
    assert not _found(name, text), (name, text)


# Item numbers written like dates (stop 34): a parish or town council numbers its minutes year/month/item, so
# `25/03/11` is the eleventh item of March 2025, not 25 March 2011.  Fictional councils.
@pytest.mark.parametrize("text, not_iso", [
    # a Markdown table whose first cells run 25/03/1, 25/03/2 ... 25/03/11
    ("| Item | Business |\n| --- | --- |\n| 25/03/1 | Welcome and apologies |\n| 25/03/2 | Declarations |\n"
     "| 25/03/11 | Finance: the clerk reported the bank balance |\n", "2011-03-25"),
    # lines opened by the number, the sub-items with decimals
    ("23/10/4 Open forum\nNo members of the public attended.\n23/10/12 Allotments\n"
     "Resolved 23/10/12.01 that the rents stay the same.\n", "2012-10-23"),
    # dashes, and a three-figure item further on
    ("Item 19-06-108 Grass cutting tender\n19-06-14 Village hall roof repairs were noted.\n", "2014-06-19"),
])
def test_a_councils_item_numbering_written_like_dates_is_no_date(text, not_iso):
    assert not_iso not in [m.iso for m in find_dates(text)]


@pytest.mark.parametrize("text", [
    "Min 24/11/12 Highways: the potholes on Mill Lane were reported again.",
    "RESOLVED 23/06/14 that the precept be set as proposed.",
    "The Finance Committee noted Minute 22/01/09 on the pavilion lease.",
    "Resolution 21/07/15: the council adopts the new standing orders.",
])
def test_a_number_after_a_minute_word_is_no_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, isos", [
    # real dates written d/m/yy in a paper that writes them so: no item numbering shares their day and month
    ("The play area was inspected on 14/09/10 and again on 15/09/11.", ["2010-09-14", "2011-09-15"]),
    ("Rent reviews fall due on 01/04/24 and 01/04/25.", ["2024-04-01", "2025-04-01"]),
    ("| Date | Action |\n| --- | --- |\n| 12/03/24 | Quote received |\n| 3/4/24 | Work started |\n",
     ["2024-03-12", "2024-04-03"]),
    # the minutes of a day are that day's
    ("The minutes of 12/03/24 were approved. Item 7 Planning.", ["2024-03-12"]),
    # a date beside another council's numbering keeps its own day and month
    ("Item 25/03/4 Footpaths. The stile was mended on 18/02/25.", ["2025-02-18"]),
])
def test_dates_written_with_two_figure_years_stay_dates(text, isos):
    assert [m.iso for m in find_dates(text)] == isos


@pytest.mark.parametrize("text", ["Ref 14/09/10/2 Cemetery fees", "Minute 24/108 was noted.", "Item 26/03/4 Footpaths",
                                  "Min 23/45: the clerk's report"])
def test_references_of_other_shapes_are_no_dates(text):
    # four parts, two parts, or a one-figure last part: never read as a date
    assert find_dates(text) == []


def test_item_numbers_in_one_passage_and_their_numbering_in_another_are_no_key_dates(tmp_path):
    paper = ("# Ashcombe Parish Council\n\nMinutes of the meeting held on 4th March 2025\n\n"
             "| Minute | Business |\n| --- | --- |\n| 25/03/1 | Welcome |\n| 25/03/2 | Apologies |\n\n"
             "25/03/11 Date of next meeting: the council will meet on 1st April 2025 in the village hall.\n")
    path = tmp_path / "ashcombe-minutes.md"
    path.write_text(paper, encoding="utf-8")
    dates = [k.date for k in read_and_extract(str(path))[2].key_dates]
    assert "2025-04-01" in dates
    assert "2011-03-25" not in dates


# A month and a two-figure year in a table's date column (stop 34): `Aug 17` under `Target date` is August 2017; in
# prose, or under a column of another role, the same words are left alone (they may be a day).  Fictional papers.
_MONTH_CELL_PAPERS = {
    "milestones": ("| Milestone | Target date |\n| --- | --- |\n| Tender issued for the play area | Aug 17 |\n"
                   "| Contract awarded to the installer | Mar 18 |\n", {"2017-08", "2018-03"}),
    "timeline": ("| When | What happens |\n| --- | --- |\n| Sept 24 | Consultation on the library hours opens |\n"
                 "| Jan 25 | Cabinet decides the library hours |\n", {"2024-09", "2025-01"}),
    "register": ("| Supplier | Service | Start | End |\n| --- | --- | --- | --- |\n"
                 "| Meadowlark Grounds Ltd | Grass cutting contract | Apr 19 | Mar 22 |\n", {"2019-04", "2022-03"}),
}


@pytest.mark.parametrize("name", sorted(_MONTH_CELL_PAPERS))
def test_a_month_and_two_figure_year_in_a_date_column_is_that_month(tmp_path, name):
    table, months = _MONTH_CELL_PAPERS[name]
    path = tmp_path / f"harcombe-{name}.md"
    path.write_text(f"# Harcombe Town Council\n\nDate of meeting: 12 June 2018\n\n## Programme\n\n{table}",
                    encoding="utf-8")
    dates = {k.date for k in read_and_extract(str(path))[2].key_dates}
    assert months <= dates


@pytest.mark.parametrize("text", ["The site visit to the depot is on Aug 17 at ten.",
                                  "Between Sept 17 and April the gritting crews were out 40 times."])
def test_a_month_and_two_figures_in_prose_stay_unread(text):
    assert find_dates(text) == []


def test_a_month_and_two_figures_under_a_column_of_another_role_stay_unread():
    from committee_papers.extract.dates import cell_dates
    assert cell_dates("Aug 17", "Invoice reference") == []
    assert cell_dates("Aug 17", "Notes") == []
    assert [m.iso for m in cell_dates("Aug 17", "Target date")] == ["2017-08"]
    assert [m.iso for m in cell_dates("Opens Aug 17 at the hall", "Target date")] == []
