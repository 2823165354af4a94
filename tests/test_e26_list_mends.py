"""Stop 24 (e26) mends of recommendation lists and the resolution lists that repeat them, and of yearless key dates,
learnt from the real dev papers' misses (dev9..dev14), each on fictional text in three or more wordings or layouts,
with negatives.  Every positive test here failed before its mechanism."""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_yearless_dates
from committee_papers.extract.decisions import find_decisions
from committee_papers.extract.listitems import marker_values, numbering_runs_across, split_number
from committee_papers.extract.recommendations import find_recommendations
from committee_papers.ingest.model import Passage
from probe_harness import extract_file


def _passages(*rows):
    return [Passage(seq, kind, text, 1, None, None) for seq, (kind, text) in enumerate(rows, start=1)]


def _recommendations(*rows):
    """Recommendations found in passages made from (kind, text) pairs, each on page 1."""
    return [r.text for r in find_recommendations(_passages(*rows))]


# --- 1. A list's numbering runs across its group headings and second lead-ins ---------------------------------

@pytest.mark.parametrize("line, last, following", [
    ("Housing Revenue Account", None, "(a)"), ("Capital programme 2026-31", "(b)", "(c)"),
    ("In addition:", "(n)", "(o)"), ("and to note:", "2", "3"), ("Enforcement", "(ii)", "(iii)"),
])
def test_a_short_line_the_numbering_runs_across_belongs_to_the_list(line, last, following):
    assert numbering_runs_across(line, marker_values(last) if last else None, marker_values(following))


@pytest.mark.parametrize("line, last, following", [
    ("The figures are shown in the table below.", "(b)", "(c)"),   # a sentence of the paper
    ("Capital programme", "(b)", "(e)"),                            # numbering broken
    ("Council tax", None, "(c)"),                                   # no list started
    ("2. Background", "(b)", "(c)"),                                # numbered itself
    ("The Council is asked to approve each of the schemes listed in the appendix to this report:", None, "(a)"),
])
def test_a_line_the_numbering_does_not_run_across_is_not_part_of_the_list(line, last, following):
    assert not numbering_runs_across(line, marker_values(last) if last else None, marker_values(following))


BUDGET_LIST = (
    ("heading", "Recommendations"),
    ("paragraph", "Thornbury Borough Council is asked to approve the following:"),
    ("heading", "Housing Revenue Account"),
    ("list_item", "(a) The rent increase of 2.7% for 2026-27 as set out in section 4 of the budget book."),
    ("list_item", "(b) The service charges for sheltered schemes as set out in appendix 2."),
    ("heading", "Capital programme 2026-31"),
    ("list_item", "(c) The five-year capital programme of £84m as set out in appendix 3"),
    ("list_item", "(d) The prudential indicators as set out in appendix 5."),
    ("paragraph", "In addition:"),
    ("list_item", "(e) To delegate authority to the Director of Finance to make minor technical changes."),
    ("list_item", "(f) To note the Section 151 officer's statement on reserves."),
    ("heading", "Background"),
    ("paragraph", "1. The budget was consulted on in the autumn and 1,200 residents replied."),
)

BOARD_LIST = (
    ("heading", "Recommendation(s)"),
    ("paragraph", "The Board of Harbridge Community Health NHS Trust is recommended to agree:"),
    ("paragraph", "1. approve the annual plan for 2026-27;"),
    ("paragraph", "2. approve the revised estates strategy;"),
    ("paragraph", "and to note:"),
    ("paragraph", "3. note the summary of the corporate risk register at annex B."),
    ("heading", "Purpose of the report"),
    ("paragraph", "The plan sets out the Trust's priorities for the year ahead."),
)

MEMBER_LIST = (
    ("heading", "Recommendations"),
    ("paragraph", "The Cabinet Member for Transport is asked to:"),
    ("heading", "Parking charges"),
    ("list_item", "(i) approve the tariff for the Quayside car park;"),
    ("list_item", "(ii) approve free parking on Sundays in December;"),
    ("heading", "Enforcement"),
    ("list_item", "(iii) note the start of the new enforcement contract from April 2026."),
    ("heading", "Reasons for the recommendations"),
    ("paragraph", "The tariff has not risen since 2019."),
)


@pytest.mark.parametrize("rows, count, first, last", [
    (BUDGET_LIST, 6, "The rent increase of 2.7%", "To note the Section 151 officer"),
    (BOARD_LIST, 3, "approve the annual plan", "note the summary of the corporate risk register"),
    (MEMBER_LIST, 3, "approve the tariff for the Quayside", "note the start of the new enforcement contract"),
], ids=["budget-groups-and-in-addition", "board-and-to-note", "member-roman-groups"])
def test_a_recommendation_list_goes_on_past_its_group_headings_and_second_lead_ins(rows, count, first, last):
    found = _recommendations(*rows)
    assert len(found) == count, found
    assert found[0].startswith(first) and found[-1].startswith(last), found


@pytest.mark.parametrize("rows", [
    (("heading", "Recommendations"), ("paragraph", "That the Planning Committee:"),
     ("paragraph", "1. approves the design guide for the canal quarter;"),
     ("paragraph", "2. notes the responses to the consultation."),
     ("heading", "Housing need in the district"),
     ("paragraph", "3. The district has 4,000 households on the register.")),
    (("heading", "Recommendations"), ("paragraph", "Cabinet is asked to:"),
     ("list_item", "(a) approve the library opening hours from September;"),
     ("list_item", "(b) note the volunteer scheme."),
     ("heading", "Background"),
     ("list_item", "(c) The library service began its review in 2024.")),
], ids=["paragraph-numbering-under-a-heading", "background-heading"])
def test_the_papers_own_sections_still_end_the_list(rows):
    found = _recommendations(*rows)
    assert len(found) == 2, found


def _decisions(*rows, title="Minutes of the meeting held on 12 February 2026"):
    """Decisions found in minutes made from (kind, text) pairs, each on page 1."""
    return [d.text for d in find_decisions(_passages(*rows), title=title)]


COUNCIL_BUDGET_RESOLUTION = (
    ("heading", "11. Revenue budget and council tax 2026-27"),
    ("paragraph", "The Leader moved the recommendations in the report, seconded by the Deputy Leader."),
    ("list_item", "(26) RESOLVED that:"),
    ("paragraph", "The Council, having had due regard to the Section 25 report, is asked to approve the following:"),
    ("heading", "Revenue budget"),
    ("list_item", "(a) The net budget requirement of £412m for 2026-27."),
    ("list_item", "(b) The council tax increase of 4.99% as set out in section 6"),
    ("heading", "Capital"),
    ("list_item", "(c) The capital programme of £96m for 2026-29."),
    ("paragraph", "In addition:"),
    ("list_item", "(d) To delegate authority to the Chief Finance Officer to make minor technical changes."),
    ("heading", "12. Treasury management strategy"),
    ("paragraph", "The Cabinet Member introduced the strategy."),
)

BOARD_RESOLUTION = (
    ("heading", "5. Clinical strategy and estates"),
    ("paragraph", "RESOLVED – that the Board:"),
    ("heading", "Clinical strategy"),
    ("paragraph", "1. approve the clinical strategy for 2026 to 2031;"),
    ("heading", "Estates"),
    ("paragraph", "2. approve the business case for the new day surgery unit;"),
    ("paragraph", "and to note:"),
    ("paragraph", "3. note the capital funding gap of £4m for the unit."),
    ("heading", "6. Any other business"),
    ("paragraph", "There was none."),
)

COMMITTEE_RESOLUTION = (
    ("heading", "4. Sports pitches fees 2026"),
    ("paragraph", "RESOLVED that the Committee:"),
    ("heading", "Fees"),
    ("list_item", "(i) agrees the pitch fees for 2026;"),
    ("list_item", "(ii) agrees the concession for junior clubs;"),
    ("heading", "Grounds maintenance"),
    ("list_item", "(iii) notes the new mowing schedule from April."),
    ("heading", "5. Date of next meeting"),
    ("paragraph", "The next meeting will be held on 3 June 2026."),
)


@pytest.mark.parametrize("rows, count, first, last", [
    (COUNCIL_BUDGET_RESOLUTION, 4, "The net budget requirement of £412m", "To delegate authority to the Chief Finance"),
    (BOARD_RESOLUTION, 3, "approve the clinical strategy", "note the capital funding gap"),
    (COMMITTEE_RESOLUTION, 3, "agrees the pitch fees", "notes the new mowing schedule"),
], ids=["council-restated-lead-groups-in-addition", "board-groups-and-to-note", "committee-roman-groups"])
def test_a_resolution_list_goes_on_past_its_group_headings_and_leads(rows, count, first, last):
    found = _decisions(*rows)
    listed = [text for text in found if "moved the recommendations" not in text]
    assert len(listed) == count, found
    assert first in listed[0] and last in listed[-1], found


@pytest.mark.parametrize("between, item", [
    (("heading", "Public questions"), "(e) The branch at Hollins Green will reopen in May after repairs to its roof."),
    (("heading", "Reasons for the decision"), "(c) The branch at Hollins Green will reopen in May after repairs."),
    (("paragraph", "The Chair thanked officers for the report."), "(c) The branch at Hollins Green will reopen in May."),
], ids=["numbering-broken", "reasons-heading", "sentence"])
def test_a_reason_a_sentence_or_broken_numbering_still_ends_the_resolution(between, item):
    found = _decisions(("heading", "8. Library opening hours"),
                       ("paragraph", "RESOLVED that the Committee:"),
                       ("list_item", "(a) approves the new opening hours from September;"),
                       ("list_item", "(b) notes the volunteer scheme."),
                       between,
                       ("list_item", item))
    assert not any("Hollins Green" in text for text in found), found


# --- 2. A proposed decision's label run into its lead-in ("Decision: Cabinet propose to:") --------------------

def _proposed_record(decision_line, title="ASHCOMBE DISTRICT COUNCIL – PROPOSED RECORD OF DECISION"):
    return _recommendations(("heading", title),
                            ("heading", "Title of Decision: Allotment rents 2026-27"),
                            ("paragraph", decision_line),
                            ("list_item", "a) To AGREE the allotment rents for 2026-27 set out in the appendix"),
                            ("list_item", "b) To DELEGATE authority to the Head of Parks to set concessions."),
                            ("heading", "Reason for Decision:"),
                            ("paragraph", "To agree the rents before the letting year begins."))


@pytest.mark.parametrize("decision_line", ["Decision: Cabinet propose to:",
                                           "Proposed decision: The Cabinet Member for Parks agrees to:",
                                           "Decision to be taken: The Leader resolves to:"])
def test_a_decision_label_run_into_its_lead_in_opens_the_proposed_decision(decision_line):
    found = _proposed_record(decision_line)
    assert len(found) == 2, found
    assert found[0].startswith("To AGREE the allotment rents") and found[1].startswith("To DELEGATE"), found


@pytest.mark.parametrize("decision_line, title", [
    ("Decision: Cabinet agreed to:", "ASHCOMBE DISTRICT COUNCIL – RECORD OF DECISION"),   # taken, not proposed
    ("Decision to be taken by: Cabinet", "ASHCOMBE DISTRICT COUNCIL – PROPOSED RECORD OF DECISION"),   # a field
])
def test_a_taken_decision_or_a_field_opens_no_recommendations(decision_line, title):
    assert _proposed_record(decision_line, title) == []


@pytest.mark.parametrize("label, lead", [("Decision:", "Cabinet agree to:"), ("Outcome:", "The Board:"),
                                         ("Decision taken:", "Members to:")])
def test_a_lead_in_under_a_decision_label_is_no_second_lead_of_a_list(label, lead):
    """Only a resolution's label takes a restated lead-in before its first item; under a bare decision label the
    short lead-in before any item keeps its old reading (a proposed record's "Decision:" / "Cabinet agree to:")."""
    rows = (("heading", "PROPOSED RECORD OF DECISION"), ("paragraph", "Subject: School transport policy 2026-27"),
            ("paragraph", label), ("paragraph", lead),
            ("paragraph", "A) the School Transport Policy 2026-27 set out in Appendix A"),
            ("paragraph", "B) give the Director of Education authority to publish the policy"),
            ("paragraph", "Reason(s) for decision:"), ("paragraph", "A policy must be published each year."))
    before = [d.text for d in find_decisions(_passages(*rows), title="Proposed record of decision")]
    assert not any("School Transport Policy 2026-27 set out" in text for text in before), before


# --- 3. A paragraph number glued to its first word by a PDF ("1.That the Committee ...") ----------------------

@pytest.mark.parametrize("text, number, body", [
    ("1.That the Licensing Committee approved the revised street trading policy.", "1",
     "That the Licensing Committee approved the revised street trading policy."),
    ("4.Authorised the Director of Place to award the contract.", "4", "Authorised the Director of Place to award the contract."),
    ("12.The Board noted the quarterly finance report.", "12", "The Board noted the quarterly finance report."),
    ("2.3.Approve the fees for bulky waste collections.", "2.3", "Approve the fees for bulky waste collections."),
])
def test_a_number_glued_to_its_first_word_is_still_the_items_number(text, number, body):
    assert split_number(text) == (number, body)


@pytest.mark.parametrize("text", ["3.5% of the budget was underspent.", "10.30am start for the site visit.",
                                  "1.A new depot opened in May.", "2.EU funding ended in 2023."])
def test_a_figure_or_a_capital_after_the_dot_is_no_glued_number(text):
    assert split_number(text) == (None, text)


def test_glued_numbers_in_a_decision_cell_are_each_a_decision():
    rows = [Passage(1, "heading", "Decision Notice", 1, None, None),
            Passage(2, "table_row", "Subject: | Street trading policy (agenda item 7)", 1, None, None,
                    cells=["Subject:", "Street trading policy (agenda item 7)"]),
            Passage(3, "table_row", "(d) | Decision taken ...", 1, None, None,
                    cells=["(d)", "Decision taken\n1.That the Licensing Committee approved the revised street trading "
                                  "policy.\n2.That the Licensing Committee noted the consent fees for 2026."])]
    found = [d.text for d in find_decisions(rows, title="Decision Notice")]
    assert any(text.startswith("That the Licensing Committee approved the revised street trading") for text in found), found
    assert any(text.startswith("That the Licensing Committee noted the consent fees") for text in found), found


# --- 4. A body that debated or scrutinised a matter and noted or endorsed it decided --------------------------

@pytest.mark.parametrize("sentence", ["The Housing Panel debated and noted the tenants' petition on estate parking.",
                                      "That the Environment Committee debated and endorsed the urban tree strategy.",
                                      "Members scrutinised and noted the quarterly performance report for Q2."])
def test_debated_or_scrutinised_and_then_a_deciding_verb_decides(sentence):
    found = _decisions(("heading", "6. Petition and reports"), ("paragraph", sentence))
    assert found and found[0].startswith(sentence.rstrip(".")[:40]), found


@pytest.mark.parametrize("sentence", ["Members debated the petition at length.",
                                      "The Panel scrutinised the quarterly performance report."])
def test_a_debate_or_scrutiny_alone_decides_nothing(sentence):
    assert _decisions(("heading", "6. Petition and reports"), ("paragraph", sentence)) == []


# --- 5. A yearless date followed by a clock time without minutes ("the AGM 26th April 6pm") ------------------

@pytest.mark.parametrize("text, expected", [
    ("followed by the annual meeting on 14th May 6pm in the hall", [(5, 14)]),
    ("the coming Garden Group meeting, 3rd June 1 pm, at the library", [(6, 3)]),
    ("Working party visit 9 October 11am, Mill Lane depot", [(10, 9)]),
    ("site meeting 2nd July 10.30am", [(7, 2)]),
])
def test_a_clock_time_after_a_yearless_date_is_no_year(text, expected):
    assert [(m, d) for _s, _e, m, d in find_yearless_dates(text)] == expected


@pytest.mark.parametrize("text", ["the report of 16 September 2025", "on 4 May 2026 at 6pm",
                                  "Table 4 March outturn figures"])
def test_a_year_or_a_table_number_still_is_no_yearless_date(text):
    assert find_yearless_dates(text) == []


def test_a_minutes_sentence_with_two_yearless_meetings_gives_both(tmp_path):
    paper = ("THE FRIENDS OF ORCHARD LANE LIBRARY\nMinutes of the Trustees Meeting held on 20 January 2026\n\n"
             "7. Date of next meeting\n"
             "The Trustees will meet next on 10th March 5:45pm, then the AGM 21st April 6pm.\n")
    found = {k.date for k in extract_file(tmp_path, "orchard.txt", paper).key_dates}
    assert {"2026-03-10", "2026-04-21"} <= found, found


# --- 6. A month named without day or year as the time of what is to come ("next Board meeting in November"):
# read by the month-alone rule (date_cues.yaml month_alone_before), checked here in minutes' wordings --

MONTH_AHEAD = [
    ("The quarterly figures will go to the next Board meeting in November.", "2026-09-24", "2026-11"),
    ("The working group will report back to the Trustees in February.", "2026-10-08", "2027-02"),
    ("The revised plan will be considered at the Finance Committee meeting at the end of March.", "2027-01-20", "2027-03"),
]
MONTH_NOT_AHEAD = [
    ("The working group met in November and agreed its terms of reference.", "2026-12-10"),
    ("Members asked whether the café could open earlier in May.", "2026-03-12"),
    ("The Treasurer reported that the grant had arrived in August.", "2026-09-24"),
]


def _minutes_key_dates(tmp_path, meeting: str, line: str) -> set:
    import datetime
    held = datetime.date.fromisoformat(meeting)
    paper = (f"HARTWELL COMMUNITY LIBRARIES\nMinutes of the Board meeting held on {held.day} "
             f"{held.strftime('%B')} {held.year}\n\n4. Updates\n{line}\n")
    return {k.date for k in extract_file(tmp_path, "hartwell.txt", paper).key_dates}


@pytest.mark.parametrize("line, meeting, month", MONTH_AHEAD)
def test_a_month_ahead_with_an_event_is_a_key_month(tmp_path, line, meeting, month):
    assert month in _minutes_key_dates(tmp_path, meeting, line)


@pytest.mark.parametrize("line, meeting", MONTH_NOT_AHEAD)
def test_a_month_in_the_past_without_an_event_or_with_its_year_gives_no_key_month(tmp_path, line, meeting):
    found = _minutes_key_dates(tmp_path, meeting, line)
    assert not any(len(date) == 7 for date in found), found


def _asks_cases(key: str) -> list:
    from committee_papers.extract.phrases import load
    return load("key_date_cues.yaml")["yearless"]["asks"][key]


@pytest.mark.parametrize("line", _asks_cases("examples"))
def test_a_month_alone_in_a_question_is_no_key_month(tmp_path, line):
    found = _minutes_key_dates(tmp_path, "2026-03-12", line)
    assert not any(len(date) == 7 for date in found), found


@pytest.mark.parametrize("line", _asks_cases("not_examples"))
def test_a_month_alone_in_a_plan_is_a_key_month(tmp_path, line):
    found = _minutes_key_dates(tmp_path, "2026-02-12", line)
    assert any(len(date) == 7 for date in found), found
