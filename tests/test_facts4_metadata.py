"""Metadata in layouts learned from another writer's papers (round facts4).  All text is fictional."""
from __future__ import annotations

import pytest

from test_cover import metadata

TABLE = [["Ref", "Risk description", "Owner"], ["R1", "The harbour wall could fail in a storm.", "Harbour Master"]]


@pytest.mark.parametrize("line, committee, iso", [
    ("Fenmarsh District Council - Licensing Committee - 3 March 2026 - Item 6 Appendix A",
     "Licensing Committee", "2026-03-03"),
    ("NHS Kestrel Vale ICB \u2013 Quality Committee \u2013 12 May 2026 \u2013 Annex 2", "Quality Committee", "2026-05-12"),
    ("Brackenford Borough Council | Audit Panel | 17 March 2026 | Item 9", "Audit Panel", "2026-03-17"),
])
def test_a_line_naming_the_publisher_then_its_meeting_date_and_item_gives_committee_and_date(line, committee, iso):
    extraction = metadata(line, "Appendix: Register of strategic risks", TABLE)
    assert (extraction.committee, extraction.meeting_date) == (committee, iso)
    assert extraction.title != line


@pytest.mark.parametrize("line", [
    "Appendix A: Taxi Licensing Fees 2026/27",
    "Annex 2: Quality Dashboard - month one",
    "Appendix C \u2013 Harbour Risk Register",
    "APPENDIX 4 - Key Service Statement",
    "Annexe B. Ward Budget Allocations",
])
def test_a_paper_that_is_an_appendix_is_titled_by_its_whole_heading_label_included(line):
    # The label says which appendix of which report the paper is: `Harbour Risk Register` alone
    # could be any report's.
    extraction = metadata("Fenmarsh District Council - Licensing Committee - 3 March 2026 - Item 6", line, TABLE)
    assert extraction.title == line


@pytest.mark.parametrize("line", ["Appendix A", "Annex 3:", "Appendix B -"])
def test_an_appendix_label_alone_titles_nothing(line):
    extraction = metadata("Fenmarsh District Council - Licensing Committee - 3 March 2026 - Item 6", line, TABLE)
    assert extraction.title is None or extraction.title.rstrip(" :-") != line.rstrip(" :-")


@pytest.mark.parametrize("line", [
    "Fenmarsh District Council - Waste Strategy Refresh - 3 March 2026",
    "Brackenford Borough Council | Leisure Contract Award | 17 March 2026 | Item 9",
])
def test_a_publisher_line_naming_a_subject_not_a_meeting_gives_no_committee_from_it(line):
    assert metadata(line, TABLE).committee is None


@pytest.mark.parametrize("meeting_line, title_line, title", [
    ("Board Meeting in Public - 5 May 2026", "Agenda item 7: Community Dental Service Contract Award",
     "Community Dental Service Contract Award"),
    ("Cabinet, 12 March 2026", "Leisure Centre Roof Replacement", "Leisure Centre Roof Replacement"),
    ("Health and Wellbeing Board \u2013 9 June 2026", "Item 5 - Better Care Fund Plan 2026/27",
     "Better Care Fund Plan 2026/27"),
])
def test_a_file_titled_by_its_meeting_and_date_leaves_the_paper_to_its_own_title_line(meeting_line, title_line, title):
    extraction = metadata("Fenmarsh District Council", meeting_line, title_line,
                          "1. Purpose", "1.1 This report asks for a decision.", properties={"title": meeting_line})
    assert extraction.title == title


@pytest.mark.parametrize("heading, subject", [
    ("Issue - meetings", "Award of Contract: Street Lighting Maintenance"),
    ("Issue - decisions", "Harbour Dues 2026/27"),
    ("Issue - items at meetings", "Library Opening Hours Review"),
])
def test_an_issue_pages_kind_heading_is_no_title_and_its_subject_is(heading, subject):
    extraction = metadata(heading, subject, "Meeting: 22/05/2026 - Cabinet (Item 9)", "Minutes:",
                          "RESOLVED: That the report be noted.", properties={"h1": heading})
    assert extraction.title == subject


@pytest.mark.parametrize("line, committee, iso", [
    ("At a MEETING of the KELDERBY INTEGRATION JOINT BOARD held in the Council Chambers, Kelderby and by video "
     "conference on 3rd June, 2026.", "Kelderby Integration Joint Board", "2026-06-03"),
    ("At a Special Meeting of the Licensing Board held within the Town House, Brackenford on 12 May 2026.",
     "Licensing Board", "2026-05-12"),
    ("At a meeting of the Harbour Committee held at the Pier Office, Kestrel Bay on Monday 2 March 2026",
     "Harbour Committee", "2026-03-02"),
])
def test_a_minute_opening_at_a_meeting_of_names_its_meeting_before_a_banner_does(line, committee, iso):
    extraction = metadata("Kelderby Health and Social Care Partnership", "Minute", line, "Present:",
                          "1. The minute of the last meeting was approved.",
                          properties={"title": "Kelderby Health and Social Care Partnership"})
    assert (extraction.committee, extraction.meeting_date) == (committee, iso)
    assert extraction.title != "Kelderby Health and Social Care Partnership"


@pytest.mark.parametrize("banner, title_line", [
    ("Kelderby Health and Social Care Partnership", "Minute of the Joint Board"),
    ("Fenmarsh Community Safety Partnership", "Annual Strategic Assessment 2026"),
    ("Brackenford Planning Committee", "Land at Mill Lane: Outline Application"),
])
def test_a_file_titled_by_a_bodys_banner_leaves_the_paper_to_its_own_title_line(banner, title_line):
    extraction = metadata(banner, title_line, "1. Introduction", "1.1 This paper sets out the position.",
                          properties={"title": banner})
    assert extraction.title == title_line
