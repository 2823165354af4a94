"""Round meta5's metadata mechanisms and mended debts, each with three or more differently worded
or laid-out fictional examples: bilingual cover cells, an agenda frontsheet's notice of the meeting
and the report's own heading behind it, a reference beside a title, a dotted short date in a page's
running line, the person/line-field word lists as cover_labels.yml vocabularies, one .gov.uk place
pattern, the nearest year counted in real days, an ask's words derived once.

Fictional authorities only.
"""
from __future__ import annotations

import re

import pytest

from committee_papers.extract import cover, metadata as metadata_module
from committee_papers.extract.key_dates import _nearest_year
from committee_papers.extract.recommendations import ask_of, restates
from test_cover_layouts import metadata


# --- bilingual cover cells: the label's language picks the value's half --------------------------

@pytest.mark.parametrize("rows, expected", [
    ([["Enw'r Pwyllgor / Name of Committee", "Y Cabinet / Cabinet"],
      ["Dyddiad y Cyfarfod / Date of Meeting", "10 Mehefin 2025 / 10 June 2025"],
      ["Teitl yr Adroddiad / Report Title", "Polisi Cludiant 2026/27 / Transport Policy 2026/27"]],
     ("Cabinet", "2025-06-10", "Transport Policy 2026/27")),
    # English first, the Welsh after.
    ([["Committee / Pwyllgor", "Licensing Committee / Pwyllgor Trwyddedu"],
      ["Date / Dyddiad", "4 March 2026 / 4 Mawrth 2026"],
      ["Subject / Pwnc", "Taxi Fares Review / Adolygiad Prisiau Tacsi"]],
     ("Licensing Committee", "2026-03-04", "Taxi Fares Review")),
    # A value written once (a date in figures) stays whole.
    ([["Cyfarfod / Meeting", "Pwyllgor Archwilio / Audit Committee"],
      ["Dyddiad / Date", "17/09/2025"],
      ["Teitl / Title", "Cofrestr Risg / Corporate Risk Register"]],
     ("Audit Committee", "2025-09-17", "Corporate Risk Register")),
])
def test_a_bilingual_cover_is_read_in_the_language_of_its_matching_label(rows, expected):
    facts = metadata(rows, "1. Summary")
    assert (facts.committee, facts.meeting_date, facts.title) == expected


def test_a_slash_inside_a_value_is_no_second_language():
    facts = metadata([["Committee", "Cabinet"], ["Title", "Budget 2026/27 and/or Reserves"]], "1. Summary")
    assert facts.title == "Budget 2026/27 and/or Reserves"


# --- an agenda frontsheet before the report -----------------------------------------------------

@pytest.mark.parametrize("notice, committee, date", [
    ("Meeting of the Planning and Highways Committee to be held on Tuesday, 21 October 2025 at 7.00 pm in the "
     "Council Chamber", "Planning and Highways Committee", "2025-10-21"),
    ("Notice of a meeting of the Licensing Committee to be held on 4 March 2026 at 10am",
     "Licensing Committee", "2026-03-04"),
    ("Extraordinary Meeting of the Harbour Board which will be held on Monday 2 March 2026, Harbour Office",
     "Harbour Board", "2026-03-02"),
])
def test_a_frontsheet_notice_names_the_meeting_and_the_reports_heading_titles_it(notice, committee, date):
    facts = metadata("QUILLBURY BOROUGH COUNCIL", notice, "AGENDA", "1. Apologies for absence",
                     "2. Minutes of the meeting held on 3 February 2026", "3. Depot Relocation (pages 3 - 9)",
                     "Published: 20 February 2026", "Agenda Item 3", "Depot Relocation: Business Case",
                     "Report of the Head of Property", "1. Summary")
    assert (facts.committee, facts.meeting_date, facts.title) == (committee, date, "Depot Relocation: Business Case")


@pytest.mark.parametrize("line", [
    "Meeting of the Council, a report on the budget",   # no `to be held`: no notice
    "The Board will be asked to note the update.",
    "A meeting of residents is to be held in the library on 3 May 2026.",  # no meeting body
])
def test_other_lines_are_no_notice(line):
    assert metadata_module._notice_meeting(line) is None


# --- a reference beside a title is no title ------------------------------------------------------

@pytest.mark.parametrize("items, title", [
    (("WICKMOOR CITY COUNCIL", "Report No. CAB/25/031", "# Household Waste Recycling Centres: Re-let"),
     "Household Waste Recycling Centres: Re-let"),
    (("Report Ref: PH/25/044 Civil Parking Enforcement Contract",), "Civil Parking Enforcement Contract"),
    (("Paper reference ICB/B/25/10/07", "# Integrated Urgent Care Procurement"), "Integrated Urgent Care Procurement"),
    (("Ref: EX/2026/12 Library Opening Hours Review",), "Library Opening Hours Review"),
])
def test_a_reference_before_a_title_is_left_out(items, title):
    assert metadata(*items, "1. Summary").title == title


def test_every_reference_label_example_starts_with_a_reference():
    for entry in cover.vocabulary()["reference_labels"]:
        assert len(entry["examples"]) >= 3
        for example in entry["examples"]:
            assert metadata_module.REFERENCE_PREFIX_RE.match(example), example


@pytest.mark.parametrize("vocabulary", ["meeting_notice_prefixes", "decision_record_notices", "meeting_notice_verbs"])
def test_every_notice_example_is_read(vocabulary):
    compiled = metadata_module.NOTICE_PREFIX_RE if vocabulary != "meeting_notice_verbs" \
        else metadata_module.NOTICE_VERB_RE
    for entry in cover.vocabulary()[vocabulary]:
        assert len(entry["examples"]) >= 3
        for example in entry["examples"]:
            assert compiled.search(example), example


# --- a dotted short date in a page's running line ------------------------------------------------

@pytest.mark.parametrize("line, committee, date", [
    ("Page 3 of 12 | Cabinet 14.03.25", "Cabinet", "2025-03-14"),
    ("Licensing Committee 9.6.26 | Page 2", "Licensing Committee", "2026-06-09"),
    ("Harbour Board - 02.10.25", "Harbour Board", "2025-10-02"),
])
def test_a_running_lines_dotted_short_date_dates_its_meeting(line, committee, date):
    facts = metadata("# Allotment Rents 2026/27", "1. Summary", properties={"running_lines": [line]})
    assert (facts.committee, facts.meeting_date) == (committee, date)


def test_a_dotted_section_number_in_the_body_is_still_no_date():
    facts = metadata("# Allotment Rents 2026/27", "Cabinet", "3.1.25 The rents rise.")
    assert facts.meeting_date is None


# --- the person and line-field words are cover_labels.yml vocabularies ---------------------------

@pytest.mark.parametrize("vocabulary, words", [
    ("person_label_words", metadata_module.PERSON_LABEL_WORDS),
    ("line_field_words", metadata_module.LINE_FIELD_WORDS),
])
def test_word_vocabularies_have_examples_whose_label_uses_them(vocabulary, words):
    for entry in cover.vocabulary()[vocabulary]:
        assert len(entry["examples"]) >= 3
        for example in entry["examples"]:
            label = example.split(":")[0]
            assert any(w.lower() in words for w in label.split()), example


@pytest.mark.parametrize("line, title", [
    ("Senior Responsible Owner: Jo Bloggs", None),
    ("Corporate Priority: Thriving Communities", None),
    ("Waiting List Recovery: Partner Arrangements", "Waiting List Recovery: Partner Arrangements"),
])
def test_the_word_lists_still_decide_colon_titles(line, title):
    assert metadata(line, "1. Summary").title == title


# --- one .gov.uk place pattern --------------------------------------------------------------------

@pytest.mark.parametrize("domain, place", [
    ("brackenford.gov.uk", "brackenford"),
    ("democracy.kestrel-bay.gov.uk", "kestrel-bay"),
    ("mail.north-wendle.gov.uk", "north-wendle"),
])
def test_a_council_domain_names_its_place(domain, place):
    assert metadata_module._domain_place(domain) == place


@pytest.mark.parametrize("domain", ["legislation.gov.uk", "example.org.uk", "brackenford.com"])
def test_other_domains_name_no_place(domain):
    assert metadata_module._domain_place(domain) is None


def test_metadata_has_no_pattern_of_its_own_for_gov_uk_addresses():
    source = open(metadata_module.__file__, encoding="utf-8").read()
    assert not re.search(r"re\.compile\([^)]*gov\\\\?\.uk", source)


# --- the nearest year in real days -----------------------------------------------------------------

@pytest.mark.parametrize("meeting, month, day, year", [
    ("2025-07-08", 9, 16, 2025),    # later the same year
    ("2025-12-10", 1, 14, 2026),    # January said in December: the next year
    ("2025-01-20", 12, 20, 2024),   # December said in January: the last year
    ("2025-03-01", 2, 29, 2024),    # a 29th of February only in a leap year
    ("2025-07-01", 1, 1, 2025),     # 1 January 2025 is 181 days back, 1 January 2026 is 184 ahead
])
def test_the_nearest_year_is_counted_in_real_days(meeting, month, day, year):
    assert _nearest_year(meeting, month, day) == year


# --- an ask's words derived once -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, item, expected", [
    ("The Cabinet is asked to approve the extension of the leisure contract for a year.",
     "approve the extension of the leisure contract for a further year", True),
    ("The Board is asked to note the outturn of the plan.", "approve the plan for 2026/27", False),
    ("Members are asked to agree the revised allotment rents from October.",
     "note the position, and agree the revised allotment rents from October", True),
])
def test_an_ask_derived_once_restates_as_its_sentence_does(sentence, item, expected):
    ask = ask_of(sentence)
    assert restates(ask, item) is expected
    assert restates(sentence, item) is expected


# --- patterns that were vocabularies now live in cover_labels.yml, each entry with examples ---------

@pytest.mark.parametrize("vocabulary, compiled", [
    ("not_title_lines", metadata_module.NOT_TITLE_RE),
    ("cover_role_values", metadata_module.ROLE_VALUE_RE),
    ("agenda_item_numbers", metadata_module.AGENDA_ITEM_LINE_RE),
])
def test_each_moved_vocabulary_entry_reads_its_three_examples(vocabulary, compiled):
    for entry in cover.vocabulary()[vocabulary]:
        assert len(entry["examples"]) >= 3, entry["pattern"]
        for example in entry["examples"]:
            assert compiled.match(example), example


@pytest.mark.parametrize("line", ["Leisure Contract Award", "Partnership Agreement with Fellside Trust",
                                  "Reporting Framework 2026"])
def test_titles_are_not_taken_for_not_title_lines(line):
    assert not metadata_module.NOT_TITLE_RE.match(line)


# --- programme stages written with their years in brackets -----------------------------------------

def _key_dates(text):
    from test_cover_layouts import passages_of
    from committee_papers.extract.pipeline import extract
    return {(k.date, k.rule) for k in extract(passages_of(text), {}, "paper.txt").key_dates}


@pytest.mark.parametrize("text, expected", [
    ("The programme runs in three phases; Feasibility Study (2025\u20132026), Public Engagement (2026\u20132027), "
     "and Build and Handover (2028\u20132029).",
     {("2025", "key_date.start"), ("2028", "key_date.start"), ("2029", "key_date.end")}),
    ("Phase 2 of the programme (2026 - 2027) will deliver 40 homes.",
     {("2026", "key_date.start"), ("2027", "key_date.end")}),
    ("The depot will be rebuilt in two stages: Demolition (2026 to 2027) and Construction (2027 to 2029).",
     {("2026", "key_date.start"), ("2029", "key_date.end")}),
])
def test_a_stages_bracketed_years_are_its_start_and_end(text, expected):
    assert expected <= _key_dates(text)


@pytest.mark.parametrize("text", [
    "The budget (2025-2026) is \u00a33m.",                    # no event: a financial year
    "Income (2025-26) rose by 4% on the year before.",      # a financial year written short
    "The 2019 survey (2018\u20132017) is attached.",          # no forward span
])
def test_other_bracketed_years_are_no_stage(text):
    assert not {d for d, _rule in _key_dates(text) if d in {"2025", "2026", "2017", "2018"}}


# --- a title whose first line ends at its colon ------------------------------------------------------

@pytest.mark.parametrize("items, title", [
    (("Wickmoor City Council", "Household Waste Recycling Centres:", "Re-let of the Operating Contract",
      "Report of: Director of Environment"), "Household Waste Recycling Centres: Re-let of the Operating Contract"),
    (("Cabinet", "12 March 2026", "LIBRARY SERVICES REVIEW:", "OUTCOME OF CONSULTATION"),
     "Library Services Review: Outcome of Consultation"),
    (("Harbour Board", "Mooring Fees and Charges:", "Proposals for 2026/27", "Report Author:", "Jo Bloggs"),
     "Mooring Fees and Charges: Proposals for 2026/27"),
])
def test_a_title_over_two_lines_joined_at_its_colon(items, title):
    assert metadata(*items, "1. Summary").title == title


@pytest.mark.parametrize("label, value", [
    ("Lead Officer:", "Jo Bloggs"), ("Senior Responsible Owner:", "Sam Rowe"), ("Wards Affected:", "All Wards"),
])
def test_a_field_label_ending_in_a_colon_is_not_joined_to_its_value(label, value):
    facts = metadata("Harbour Board", "# Mooring Fees", label, value, "1. Summary")
    assert facts.title == "Mooring Fees"


def test_the_author_under_a_joined_title_is_still_read():
    facts = metadata("Harbour Board", "Mooring Fees and Charges:", "Proposals for 2026/27", "Report Author:", "Jo Bloggs",
                     "1. Summary")
    assert facts.author == "Jo Bloggs"


@pytest.mark.parametrize("lines, expected", [
    (("Pwyllgor / Committee: Y Cabinet / Cabinet", "Dyddiad / Date: 10 Mehefin 2025 / 10 June 2025",
      "Teitl / Title: Polisi Parcio / Parking Policy"), ("Cabinet", "2025-06-10", "Parking Policy")),
    (("Meeting / Cyfarfod: Audit Committee / Pwyllgor Archwilio", "Date / Dyddiad: 17/09/2025",
      "Subject / Pwnc: Risk Register / Cofrestr Risg"), ("Audit Committee", "2025-09-17", "Risk Register")),
    (("Enw'r Pwyllgor / Name of Committee: Pwyllgor Trwyddedu / Licensing Committee",
      "Dyddiad y Cyfarfod / Date of Meeting: 4 Mawrth 2026 / 4 March 2026",
      "Teitl yr Adroddiad / Report Title: Prisiau Tacsis / Taxi Fares"), ("Licensing Committee", "2026-03-04", "Taxi Fares")),
])
def test_bilingual_label_lines_are_read_like_bilingual_cells(lines, expected):
    facts = metadata(*lines, "1. Summary")
    assert (facts.committee, facts.meeting_date, facts.title) == expected


def test_a_stage_is_named_without_the_clause_before_it():
    from test_cover_layouts import passages_of
    from committee_papers.extract.pipeline import extract
    found = extract(passages_of("Works will start in Phase 2 (2027\u20132029) once the design is approved."), {},
                    "paper.txt").key_dates
    assert {k.event for k in found if k.rule == "key_date.start"} == {"Phase 2 starts"}
