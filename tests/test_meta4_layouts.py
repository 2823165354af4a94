"""Round meta4's metadata mechanisms, each with three or more differently worded or laid-out
fictional examples: one vocabulary of `another meeting` words, month-first committee dates,
the `Executive` rule, month words that are places, `Meeting held:`, a `report to` line with no
author, a cover's fields in one merged cell, and a council known only by its own .gov.uk address.

Fictional authorities only.
"""
from __future__ import annotations

import re

import pytest

from committee_papers.extract import cover, meeting_bodies, metadata as metadata_module, recommendations
from committee_papers.extract.orgfinder import find_names
from committee_papers.extract.organisations import gov_address_places, implied_council_of_domain
from committee_papers.extract.phrases import load
from test_cover_layouts import metadata, passages_of


# --- one vocabulary of `another meeting` words, read by all three of its users -----------------

OTHER_WORDS = [w for entry in cover.vocabulary()["other_meeting_words"] for w in entry["pattern"].split("|")]


@pytest.mark.parametrize("word", OTHER_WORDS)
def test_every_other_meeting_word_is_read_by_the_date_label_the_line_check_and_the_meeting_head(word):
    # The date label does not take `Date of <word> meeting:` ...
    assert not cover.LABEL_RES["date"].match(f"Date of {word} Board meeting: 2 July 2025")
    # ... a line opening so names another meeting ...
    assert metadata_module.OTHER_MEETING_RE.search(f"{word.capitalize()} Cabinet meeting: 2 July 2025")
    # ... and no cover line opening so is the paper's own meeting.
    assert metadata_module._meeting_head(f"{word.capitalize()} Cabinet, 2 July 2025") is None


def test_the_patterns_name_the_vocabulary_instead_of_copying_its_words():
    raw = cover.LABELS_FILE.read_text(encoding="utf-8")
    assert raw.count("{{other_meeting_words}}") >= 2
    assert not re.search(r"next\|previous", raw.replace(cover.label_pattern("other_meeting_words"), ""))


@pytest.mark.parametrize("items, date", [
    (("Harbour Committee", "Date of the following meeting: 9 October 2025", "Meeting date: 4 June 2025"), "2025-06-04"),
    (("Licensing Committee, 3 March 2025", "Subsequent Committee meeting: 14 May 2025"), "2025-03-03"),
    (("# Prior Board meeting 4 February 2025", "Board, 6 May 2025", "Report of the Chief Officer"), "2025-05-06"),
])
def test_a_line_naming_another_meeting_never_dates_the_paper(items, date):
    assert metadata(*items).meeting_date == date


# --- a month-first paper's committee date --------------------------------------------------------

@pytest.mark.parametrize("line, month_first, date", [
    ("Cabinet, 04/03/2025. Report of the Director of Place", True, "2025-04-03"),
    ("Licensing Sub-Committee - 05/06/2025 - report of the Licensing Manager", True, "2025-05-06"),
    ("Audit Committee (11/02/2025)", True, "2025-11-02"),
    ("Cabinet, 04/03/2025. Report of the Director of Place", False, "2025-03-04"),
])
def test_the_committee_head_reads_its_date_in_the_papers_order(line, month_first, date):
    lines = passages_of(line, "1. Purpose")
    committee, committee_date = metadata_module.find_committee(lines, cover.collect(lines), month_first)
    assert committee and committee_date == date


# --- the call-in grammar lives in one small module both readers import ---------------------------

@pytest.mark.parametrize("sentence, body", [
    ("We request that the Scrutiny Committee recommends that the decision is reconsidered.", "Scrutiny Committee"),
    ("I formally ask that the Overview and Scrutiny Panel refers the decision back to Cabinet.",
     "Overview and Scrutiny Panel"),
    ("We propose that the Place Scrutiny Board reviews the closure.", "Place Scrutiny Board"),
])
def test_recommendations_and_metadata_read_one_call_in_grammar(sentence, body):
    assert recommendations.REQUEST_RE is meeting_bodies.REQUEST_RE
    assert meeting_bodies.REQUEST_RE.search(sentence).group(1) == body


def test_recommendations_no_longer_import_the_metadata_module():
    source = re.sub(r"#.*", "", recommendations.__loader__.get_source(recommendations.__name__))
    assert "from .metadata" not in source


# --- `Executive`: a meeting body, not before a role, a section or a kind of decision -------------

@pytest.mark.parametrize("items, committee", [
    (("Executive, 12 March 2025", "Housing Repairs Contract"), "Executive"),
    (([["Report to", "Executive"], ["Date", "12 March 2025"], ["Title", "Housing Repairs Contract"]],), "Executive"),
    (("Executive - 4 February 2025 - Key Decision", "Leisure Centres Management"), "Executive"),
    (("Harbour Dues 2026", "The Executive is asked to approve the dues set out in Appendix A."), "Executive"),
])
def test_the_executive_is_found_as_a_meeting(items, committee):
    assert metadata(*items).committee == committee


@pytest.mark.parametrize("items", [
    ("Report of the Executive Director of Place", "Housing Repairs Contract", "1. Purpose"),
    ("Housing Repairs Contract", "The Executive Director is asked to note the award."),
    ("# Executive Director: Adults and Health", "# Carers Support Service", "1. Purpose"),
])
def test_an_executive_director_names_no_meeting(items):
    assert metadata(*items).committee is None


@pytest.mark.parametrize("items", [
    ("# Executive Summary", "The contract ends in March and a new one is needed."),
    ("# Executive summary", "Housing Repairs Contract", "1. Purpose"),
    ("# EXECUTIVE SUMMARY", "# Allotment Rents 2026", "1. Purpose"),
])
def test_an_executive_summary_names_no_meeting(items):
    assert metadata(*items).committee is None


@pytest.mark.parametrize("items", [
    ("# Record of Executive Decision", "Decision title: Mobile library service", "1. Purpose"),
    ("Call-in of Executive Decision 25/00012 - Future of Fenby Library", "1. Purpose"),
    ("# Executive Decision Notice", "Subject: Mooring fees 2026", "1. Purpose"),
])
def test_a_kind_of_executive_decision_names_no_meeting(items):
    assert metadata(*items).committee is None


@pytest.mark.parametrize("items, committee", [
    (("Executive Member Decision Session - 12 March 2025", "# Allotment Rents 2026"), "Executive Member Decision Session"),
    (([["To", "Cllr Jo Pennick, Executive Member for Housing"], ["Date", "4 March 2025"]],), "Executive Member for Housing"),
    (("Executive Members' Meeting, 3 June 2025", "# Harbour Dues 2026"), "Executive Members' Meeting"),
])
def test_an_executive_members_meeting_is_named_as_a_cabinet_members_is(items, committee):
    assert metadata(*items).committee == committee


# --- a month's name that is also a place's, after a type prefix ---------------------------------

@pytest.mark.parametrize("text, name", [
    ("Transport for March agreed the new fares.", "Transport for March"),
    ("The Police and Crime Commissioner for May Hill set the precept.", "Police and Crime Commissioner for May Hill"),
    ("Transport for March on Monday 3 March 2025 agreed the fares.", "Transport for March"),
    ("Transport for May Valley runs the bus station.", "Transport for May Valley"),
])
def test_a_month_word_opening_the_place_is_the_place(text, name):
    assert name in [f.name.removeprefix("The ") for f in find_names(text)]


@pytest.mark.parametrize("text, name", [
    ("Transport for Wendle May 2025 board papers", "Transport for Wendle"),
    ("Transport for Wendle in March 2025 agreed the fares.", "Transport for Wendle"),
    ("Transport for Wendle on Monday agreed the fares.", "Transport for Wendle"),
])
def test_a_month_word_in_a_date_still_ends_the_place(text, name):
    assert [f.name for f in find_names(text)] == [name]


def test_a_month_with_a_year_after_a_prefix_names_no_place():
    assert find_names("Transport for May 2025 was busy.") == []


# --- `Meeting held:` dates the meeting --------------------------------------------------------

@pytest.mark.parametrize("items, date", [
    (("# Overview and Scrutiny Committee", "Meeting held: Tuesday 9 September 2025, 14:30, Guildhall Room 2"), "2025-09-09"),
    (([["Meeting held", "3 March 2025"], ["Committee", "Harbour Committee"]],), "2025-03-03"),
    (("Transport Committee", "Meeting held on: 12 June 2025", "# Bus Station Lease"), "2025-06-12"),
])
def test_meeting_held_dates_the_meeting(items, date):
    assert metadata(*items).meeting_date == date


# --- a `report to` line that says nothing of who reports ---------------------------------------

@pytest.mark.parametrize("line, committee, date", [
    ("A report to the Communities Committee meeting on 8 July 2025", "Communities Committee", "2025-07-08"),
    ("Report to the Harbour Board meeting held on 3 June 2025", "Harbour Board", "2025-06-03"),
    ("A report to the Licensing Committee on Tuesday 4 March 2025", "Licensing Committee", "2025-03-04"),
])
def test_a_report_to_line_names_the_meeting_and_its_date(line, committee, date):
    facts = metadata("# Library Opening Hours", f"# {line}", "1. Summary")
    assert (facts.committee, facts.meeting_date) == (committee, date)


# --- a cover's fields set out in one merged cell ----------------------------------------------

@pytest.mark.parametrize("cell, committee, date", [
    ("Meeting: Public Board | Date: Thursday 24 July 2025 | Agenda item: 11", "Public Board", "2025-07-24"),
    ("Committee: Quality Committee; Date of meeting: 5 June 2025; Item: 7", "Quality Committee", "2025-06-05"),
    ("Report to: Quality and Safety Committee \u2022 Date of meeting: 4 March 2025 \u2022 Paper number: QSC/25/14",
     "Quality and Safety Committee", "2025-03-04"),
])
def test_fields_in_one_merged_cell_are_read_one_by_one(cell, committee, date):
    facts = metadata([[cell, ""], ["Title of paper", "Overnight Cover Subcontract"]], "1. Summary")
    assert (facts.committee, facts.meeting_date, facts.title) == (committee, date, "Overnight Cover Subcontract")


# --- a council known only by its own .gov.uk address -------------------------------------------

@pytest.mark.parametrize("texts, name", [
    (["The District Council agreed its plan.", "Contact: planning@stanbury.gov.uk"], "Stanbury District Council"),
    (["The Borough Council owns the site.", "See www.kestrel-bay.gov.uk/parks"], "Kestrel Bay Borough Council"),
    (["The Council runs North Wendle library.", "https://democracy.northwendle.gov.uk/meetings"], "North Wendle Council"),
])
def test_the_own_address_names_the_unnamed_council(texts, name):
    assert implied_council_of_domain(texts) == name


def test_no_address_names_no_council():
    assert implied_council_of_domain(["The Council agreed the plan.", "Contact: 01234 567890"]) is None


GOV_UK_HOSTS = load("gov_uk_hosts.yaml")


@pytest.mark.parametrize("text", GOV_UK_HOSTS["examples"])
def test_a_national_gov_uk_address_names_no_place(text):
    assert not gov_address_places([text])


@pytest.mark.parametrize("text", GOV_UK_HOSTS["council_examples"])
def test_a_council_gov_uk_address_still_names_its_place(text):
    assert len(gov_address_places([text])) == 1


@pytest.mark.parametrize("texts", [
    ["The Council must follow the Care Act 2014 (www.legislation.gov.uk/ukpga/2014/23).", "The Council will consult."],
    ["Guidance is at https://assets.publishing.service.gov.uk/media/abc/guide.pdf; the District Council agrees."],
    ["The Borough Council used the LGA toolkit (https://www.local.gov.uk/our-support) and ONS data "
     "(https://www.ons.gov.uk/peoplepopulationandcommunity)."],
])
def test_national_addresses_invent_no_council(texts):
    assert implied_council_of_domain(texts) is None


@pytest.mark.parametrize("links, authority", [
    ("see www.legislation.gov.uk/ukpga/1996/56 and https://www.gov.uk/guidance/travel-to-school", None),
    ("see https://assets.publishing.service.gov.uk/media/x/transport.pdf", None),
    ("see www.local.gov.uk/transport and www.quenby.gov.uk/school-transport", "Quenby Council"),
])
def test_the_paper_authority_comes_from_no_national_address(links, authority):
    facts = metadata("Cabinet – 12 March 2025", "# Home to School Transport Policy",
                     f"1.1 The Council must publish its policy each year ({links}).",
                     "1.2 The Council spends £4.2m a year on transport; the Council will consult parents.")
    assert facts.authority == authority


@pytest.mark.parametrize("items, authority", [
    (("PLANNING POLICY COMMITTEE", "10 September 2025", "# LOCAL PLAN TIMETABLE",
      "1.1 The District Council has engaged Fieldstone Planning Consultants Ltd to draft the housing evidence.",
      "Contact: planning.policy@stanbury.gov.uk"), "Stanbury District Council"),
    (("Cabinet, 4 March 2025", "# Parks Strategy",
      "The Borough Council owns the parks. Greenway Landscapes Ltd maintains them for the Borough Council.",
      "Further information: www.kestrel-bay.gov.uk/parks"), "Kestrel Bay Borough Council"),
    (("Licensing Committee - 3 June 2025", "# Taxi Fares",
      "The Council sets the fares. The Council consulted Wendle Taxi Association Ltd.",
      "Email: licensing@tarnmouth.gov.uk"), "Tarnmouth Council"),
])
def test_a_paper_that_never_names_its_council_is_published_by_its_address_council(items, authority):
    assert metadata(*items).authority == authority


# --- a `Subject: Sub-title` title on a plain cover line -----------------------------------------

@pytest.mark.parametrize("items, title", [
    (("Tarnholt Combined Authority", "Mobility Board", "23 October 2025", "Cycle and Tram Programme: Quarter 2 Update",
      "Report of the Director of Transport", "1. Purpose of the report"), "Cycle and Tram Programme: Quarter 2 Update"),
    (("Transport Committee", "5 November 2025", "Highways Capital Programme: Spending Plan Refresh",
      "Report of: Director of Infrastructure", "1. Purpose"), "Highways Capital Programme: Spending Plan Refresh"),
    (("# Harnby Community Health NHS Trust", "# Trust Board - 3 July 2025",
      "# Waiting List Recovery: Partner Arrangements", "1. Purpose"), "Waiting List Recovery: Partner Arrangements"),
])
def test_a_title_set_as_subject_and_subtitle_is_read_on_a_plain_line_or_heading(items, title):
    assert metadata(*items).title == title


@pytest.mark.parametrize("items, title", [
    (("Senior Responsible Owner: Jo Pennick", "# Fleet Replacement", "1. Purpose"), "Fleet Replacement"),
    (("Financial Implications: See Section 5", "# Harbour Dues 2026", "1. Purpose"), "Harbour Dues 2026"),
    (("Clinical Chair: Ann Lee", "# Allotment Rents", "1. Purpose"), "Allotment Rents"),
])
def test_a_field_whose_value_is_a_person_or_a_section_is_no_title(items, title):
    assert metadata(*items).title == title


@pytest.mark.parametrize("field", ["Corporate Priority: Thriving Communities", "Strategic Objective: Healthy Lives",
                                   "Council Plan Theme: Green Growth", "Financial Impact: Within Existing Budgets",
                                   "Equality Impact Assessment: Not Required", "Key Ambition: Safer Streets Everywhere"])
def test_a_title_case_cover_field_line_is_no_title(field):
    # `Label: Value` in title case whose label is a field's (priority, objective, theme, impact, ...).
    facts = metadata("Marrowby Borough Council", "Cabinet – 12 March 2025", field, "Library Opening Hours Review",
                     "The Council runs six libraries.")
    assert facts.title == "Library Opening Hours Review"


@pytest.mark.parametrize("items, title", [
    # A heading keeps its `Subject: Sub-title` whatever its words.
    (("Harlsford Council", "# Health and Wellbeing Board - 4 June 2025", "# Health Outcomes: Annual Report",
      "1. Purpose"), "Health Outcomes: Annual Report"),
    (("Harlsford Council", "# Cabinet - 4 June 2025", "# Climate Ambition: Progress Review", "1. Purpose"),
     "Climate Ambition: Progress Review"),
    # A plain line without a field word still titles the paper.
    (("Quenby District Council", "Cabinet", "9 October 2025", "Road Safety Programme: Annual Update",
      "Report of the Director of Place", "1. Purpose of the report"), "Road Safety Programme: Annual Update"),
])
def test_a_subject_title_without_field_words_or_as_a_heading_still_titles(items, title):
    assert metadata(*items).title == title
