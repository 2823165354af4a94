"""Key dates: the cue vocabulary's examples, day/month order per paper, and what is no key date.

Every example in extract/key_date_cues.yaml is run through the TXT reader and
the whole extraction pipeline, so the data file's examples are its tests."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.dates import find_dates, paper_is_month_first
from committee_papers.extract.key_dates import CUES_PATH

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
KEY_EXAMPLES = [(name, text) for name, entry in CUES["events"].items() for text in entry["key"]]
NOT_KEY_EXAMPLES = [(name, text) for name, entry in CUES["not_key"].items() for text in entry["examples"]]


def key_dates_of(tmp_path, body: str, name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text("FERNDALE BOROUGH COUNCIL\n\nReport to members\n\n" + body + "\n", encoding="utf-8")
    return [k for k in read_and_extract(str(path))[2].key_dates if k.rule != "meeting_date"]


@pytest.mark.parametrize("name, text", KEY_EXAMPLES)
def test_every_event_cue_example_gives_a_key_date_with_its_rule(tmp_path, name, text):
    key_dates = key_dates_of(tmp_path, "1.1 " + text if not text.startswith(("Milestone", "Health", "Joint")) else text)
    assert key_dates, text
    assert f"key_date.{name}" in {k.rule for k in key_dates}, [(k.rule, k.event) for k in key_dates]
    # The event is what happens, without the date it happens on.
    for key_date in key_dates:
        own = [m.text for m in find_dates(text) if m.iso == key_date.date]
        assert key_date.event and not any(t in key_date.event for t in own), key_date.event


@pytest.mark.parametrize("name, text", NOT_KEY_EXAMPLES)
def test_reporting_signature_print_and_invoice_dates_are_no_key_dates(tmp_path, name, text):
    assert key_dates_of(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "The figures in the table were produced in 2023 for the 2022 census.",   # no event word at all
    "Birth rates peaked at 18,000 in 2012.",
    "Kingsmere Library, 14 High Street, 3 March 2025",
])
def test_a_date_with_no_event_is_no_key_date(tmp_path, text):
    assert key_dates_of(tmp_path, text) == []


def test_table_column_headers_are_no_key_dates_but_timetable_rows_are(tmp_path):
    html = """<html><body><h1>Ferndale Borough Council</h1>
<h2>3. Budget monitoring</h2>
<table><tr><th>Service</th><th>Budget 31/03/2025</th><th>Forecast 30/11/2024</th></tr>
<tr><td>Libraries</td><td>£1.2m</td><td>£1.3m</td></tr></table>
<h2>4. Timetable</h2>
<table><tr><th>Stage</th><th>When</th></tr>
<tr><td>Provider briefing</td><td>14 May 2025</td></tr>
<tr><td>Cabinet</td><td>9 July 2025</td></tr></table>
</body></html>"""
    path = tmp_path / "ferndale.html"
    path.write_text(html, encoding="utf-8")
    events = {(k.date, k.event) for k in read_and_extract(str(path))[2].key_dates}
    assert {d for d, _ in events} == {"2025-05-14", "2025-07-09"}
    assert ("2025-05-14", "Provider briefing") in events


@pytest.mark.parametrize("text, month_first", [
    ("Signed 13/05/2025. The review ends 04/06/2025.", False),          # 13 can only be a day
    ("Received 05/13/2025. The review ends 04/06/2025.", True),         # 13 can only be a day, second
    ("The paper was agreed on July 24, 2025 and takes effect 04/06/2025.", True),
    ("The paper was agreed on 24 July 2025 and takes effect 04/06/2025.", False),
    ("The review ends 04/06/2025.", False),                             # nothing proves either: UK day-first
    ("Dates 13/05/2025, 14/05/2025 and one odd 05/30/2025.", False),    # the paper's majority decides
])
def test_day_or_month_first_is_decided_per_paper_from_its_unambiguous_dates(text, month_first):
    assert paper_is_month_first(text) is month_first


def test_a_month_first_paper_reads_its_ambiguous_dates_month_first(tmp_path):
    body = ("1.1 The Board of Pinecrest Health approved the plan on July 24, 2025.\n\n"
            "1.2 The new contract starts on 04/06/2025 and ends on 03/31/2027.\n")
    dates = {k.date for k in key_dates_of(tmp_path, body)}
    assert {"2025-07-24", "2025-04-06", "2027-03-31"} <= dates
    uk = key_dates_of(tmp_path, "1.1 Cabinet agreed the plan on 24 July 2025.\n\n"
                      "1.2 The new contract starts on 04/06/2025.\n", name="uk.txt")
    assert "2025-06-04" in {k.date for k in uk}


@pytest.mark.parametrize("text, iso", [
    ("Delivery may reduce towards 31/03/26 due to single year funding.", "2026-03-31"),
    ("Deadline for the recovery plan: 31-3-25.", "2025-03-31"),
    ("Service starts 1/4/25.", "2025-04-01"),
])
def test_two_digit_years_with_slashes_or_dashes_are_dates(text, iso):
    assert [m.iso for m in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["See paragraph 3.2.15 of the report.", "Young people aged 16-25 are eligible.",
                                  "Scores of 4/5/20% were recorded."])
def test_section_numbers_and_ranges_are_no_two_digit_year_dates(text):
    assert find_dates(text) == []


def test_events_are_short_clauses_without_connectives(tmp_path):
    body = ("1.1 However, the current contract with Ashby Care ends on 31 March 2025; a new provider will be "
            "chosen through an open tender.\n\n"
            "1.2 Business case approvals - the Committee approved the Harbour Road scheme in July 2024, which had "
            "been delayed for several months while the funding was confirmed by the department and the partners "
            "agreed the scope of the work.\n")
    events = {k.date: k.event for k in key_dates_of(tmp_path, body)}
    assert events["2025-03-31"] == "the current contract with Ashby Care ends"
    assert events["2024-07"].startswith("the Committee approved the Harbour Road scheme")
    assert len(events["2024-07"].split()) <= 20


def test_a_record_of_decision_signed_date_is_the_decision_date(tmp_path):
    body = ("Decision: to award the library contract.\n\nSigned by the Cabinet Member\n\n17/1/2025\n\n"
            "..........................\n")
    [decision] = key_dates_of(tmp_path, body)
    assert (decision.date, decision.event, decision.rule) == ("2025-01-17", "decision signed", "key_date.signed_decision")
    assert key_dates_of(tmp_path, "Minutes signed by the Chair\n\n17/1/2025\n", name="minutes.txt") == []


@pytest.mark.parametrize("heading, line, iso", [
    ("4. Date of next meeting", "Thursday 11th September 2025 at 2.00 pm.", "2025-09-11"),
    ("NEXT MEETING", "Wednesday 8 October 2025, 6.30pm", "2025-10-08"),
    ("### 12. Date of the next Board meeting", "3 December 2025.", "2025-12-03"),
])
def test_a_date_standing_alone_under_a_heading_naming_an_event_is_that_event(tmp_path, heading, line, iso):
    key_dates = key_dates_of(tmp_path, f"3. Any other business\n\nThere was none.\n\n{heading}\n\n{line}",
                             name="minutes.md" if heading.startswith("#") else "minutes.txt")
    found = {k.date: k for k in key_dates}
    assert iso in found and found[iso].rule == "key_date.meeting", [(k.date, k.event) for k in key_dates]
    assert "meeting" in found[iso].event.lower()


def test_a_date_standing_alone_under_a_heading_naming_no_event_is_no_key_date(tmp_path):
    assert key_dates_of(tmp_path, "2. Background\n\nTuesday 4 March 2025 at 10am.") == []


@pytest.mark.parametrize("cells, iso, rule", [
    # A date in a minutes table's discussion sentence: its own cue, as in prose.
    (("Winter plan", "Tamsford Community Trust will run 30 extra beds from 2 December 2024 at a cost of £0.9m."),
     "2024-12-02", "key_date.by_date"),
    # A contract's term in one cell: both its ends.
    (("Coach routes", "Kestrel Coaches Ltd", "6 January 2025 to 31 July 2028"), "2028-07-31", "key_date.by_date"),
    (("Day centre", "Brightwell Futures", "Runs until 30 June 2027"), "2027-06-30", "key_date.end"),
])
def test_a_table_date_takes_the_cue_of_its_own_cells_sentence(tmp_path, cells, iso, rule):
    header = "".join(f"<th>{h}</th>" for h in ("Item", "Detail", "When")[:len(cells)])
    row = "".join(f"<td>{c}</td>" for c in cells)
    path = tmp_path / "paper.html"
    path.write_text(f"<html><body><h1>Ferndale Borough Council</h1><h2>Contracts</h2><table><tr>{header}</tr>"
                    f"<tr>{row}</tr></table></body></html>", encoding="utf-8")
    found = {(k.date, k.rule) for k in read_and_extract(str(path))[2].key_dates}
    assert (iso, rule) in found, found


@pytest.mark.parametrize("text", [
    "The Chief Executive will retire on 31 March 2026 after twelve years with the Council.",
    "Dr Okafor, the Medical Director, retires in June 2026 and the post will be advertised.",
    "The Clerk is retiring on 30 September 2025.",
])
def test_a_person_retiring_is_no_end_of_a_service(tmp_path, text):
    assert "key_date.end" not in {k.rule for k in key_dates_of(tmp_path, "1.1 " + text)}


@pytest.mark.parametrize("text, event", CUES["event_openers"]["examples"])
def test_an_event_is_given_without_the_opening_that_connects_its_sentence(tmp_path, text, event):
    assert event in {k.event for k in key_dates_of(tmp_path, "1.1 " + text)}
