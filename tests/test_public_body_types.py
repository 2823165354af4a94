"""Public bodies that are no council or NHS body (fire, national park, police, waste, transport ...):
their type words (extract/public_body_types.yaml) make them organisations, and a paper whose cover or
page furniture names one is theirs, however often it names the councils around them."""
from __future__ import annotations

import pytest

from committee_papers.extract import gazetteer as gz
from committee_papers.extract.contract_terms import COMMISSIONER_KINDS
from committee_papers.extract.orgfinder import find_names
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages

TYPES = gz.PUBLIC_BODY_TYPES["types"]


def _type_words(entry) -> str:
    return entry.get("suffix") or entry["prefix"]


def passages_of(*items):
    blocks = [Block("table", rows=item, header_rows=0) if isinstance(item, list) else Block("paragraph", text=item)
              for item in items]
    return list(iter_passages(blocks))


def bodies(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_names(text) if not f.short]


def test_every_type_has_three_examples_and_a_known_kind():
    for entry in TYPES:
        assert len(entry["examples"]) >= 3, _type_words(entry)
        assert entry["kind"] in gz.PUBLISHING_BODY_KINDS, _type_words(entry)


@pytest.mark.parametrize("entry, example", [(e, x) for e in TYPES for x in e["examples"]],
                         ids=lambda v: v if isinstance(v, str) else _type_words(v))
def test_each_type_example_is_found_as_a_body_of_its_kind(entry, example):
    found = bodies(example)
    assert len(found) == 1 and found[0][1] == entry["kind"], found
    assert found[0][0].lower().replace(",", "").split()[-1] == _type_words(entry).lower().split()[-1] \
        or "prefix" in entry


@pytest.mark.parametrize("text", [x for e in TYPES for x in e.get("not_bodies", [])])
def test_type_words_without_a_place_or_in_lower_case_are_no_body(text):
    assert bodies(text) == []


@pytest.mark.parametrize("text, name", [
    ("Crews from Harrowdale Fire and Rescue Service and Brackmoor Borough Council staff attended.",
     "Harrowdale Fire and Rescue Service"),
    ("The MOORVALE NATIONAL PARK AUTHORITY and Kelsey District Council agreed the plan.",
     "Moorvale National Park Authority"),
    ("A report to Eastmere Police and Crime Panel and Tarnley Borough Council on the precept.",
     "Eastmere Police and Crime Panel"),
])
def test_a_body_joined_to_a_council_by_and_is_two_bodies(text, name):
    names = [n for n, _k in bodies(text)]
    assert name in names and len(names) == 2, names


def test_the_new_kinds_publish_and_commission():
    from committee_papers.extract.metadata import PUBLIC_KINDS
    assert set(gz.PUBLISHING_BODY_KINDS) <= PUBLIC_KINDS
    assert set(gz.PUBLISHING_BODY_KINDS) <= COMMISSIONER_KINDS


# --- the body heading the paper publishes it, however often it names its councils -------------------

@pytest.mark.parametrize("items, authority", [
    (["HARROWDALE FIRE AND RESCUE AUTHORITY", "Audit Committee", "Date of meeting: 10 March 2025",
      "Subject: Treasury Management", "1.1 Harrowdale County Council and Brackmoor Borough Council appoint members; "
      "Harrowdale County Council lends the Authority cash and Brackmoor Borough Council collects its precept."],
     "Harrowdale Fire and Rescue Authority"),
    (["Moorvale National Park Authority", "Minutes of the Planning Committee held on 13 February 2025",
      "Kelsey District Council and Wexmoor County Council were consulted. Kelsey District Council supported "
      "the scheme and Kelsey District Council's housing team will nominate tenants."],
     "Moorvale National Park Authority"),
    (["Transport for Wendle", [["Meeting", "Board"], ["Date", "4 December 2025"], ["Title of report", "Tram Season Tickets"]],
      "Wendle City Council and North Wendle District Council fund the service; Wendle City Council pays 60% "
      "and Wendle City Council's cabinet agreed the fares."],
     "Transport for Wendle"),
    (["Eastbrook Waste Partnership", "Joint Waste Committee - Record of Decision", "Meeting date: 6 November 2025",
      "Eastbrook District Council, Pellham Borough Council and Eastbrook District Council asked for a freeze; "
      "Eastbrook District Council agreed."],
     "Eastbrook Waste Partnership"),
])
def test_a_public_body_heading_its_paper_publishes_it(items, authority):
    extraction = extract(passages_of(*items), {}, "paper.txt")
    assert (extraction.authority, extraction.authority_source) == (authority, "cover")


@pytest.mark.parametrize("items, properties, authority", [
    (["Proposed Police Precept 2025/26", "Eastmere County Council hosts the Panel; Eastmere County Council and "
      "Tarnley Borough Council appoint members and Eastmere County Council supports it."],
     {"site_name": "Eastmere Police and Crime Panel"}, "Eastmere Police and Crime Panel"),
    (["Annual Accounts 2024/25", "Ousemouth Borough Council collects the levy; Ousemouth Borough Council and "
      "Ousemouth Borough Council audit it."],
     {"page_furniture": ["Kestrel Bay Port Health Authority - Joint Board - 2 June 2025"]},
     "Kestrel Bay Port Health Authority"),
    (["Capital Programme Update", "Wendle City Council owns the land; Wendle City Council and Wendle City Council "
      "agreed the transfer."],
     {"running_lines": ["Wendle Riverside Development Corporation | Board | Page 2"]},
     "Wendle Riverside Development Corporation"),
])
def test_page_furniture_naming_a_public_body_names_the_publisher(items, properties, authority):
    extraction = extract(passages_of(*items), properties, "paper.html")
    assert extraction.authority == authority
    assert extraction.authority_source in ("page header/footer", "site name", "page title")


@pytest.mark.parametrize("items, authority", [
    (["Report to: Cabinet", "Title: Fire Station Site", "1.1 Harrowdale Fire and Rescue Authority asked to buy the "
      "depot; Harrowdale Fire and Rescue Authority and Harrowdale Fire and Rescue Authority's officers met "
      "Fenmarsh District Council."], "Fenmarsh District Council"),
    (["Title: Bus Shelters", "1.1 Transport for Wendle maintains shelters; Transport for Wendle and Transport for "
      "Wendle's contractor will repair those Kestrel Bay Town Council owns."], "Kestrel Bay Town Council"),
    (["Subject: Precept Consultation", "1.1 Eastmere Police and Crime Commissioner consulted on the precept; "
      "Eastmere Police and Crime Commissioner met Rushby District Council."], "Rushby District Council"),
])
def test_a_council_paper_naming_such_a_body_in_its_text_stays_the_councils(items, authority):
    extraction = extract(passages_of(*items), {}, "paper.txt")
    assert extraction.authority == authority


# --- registered bodies keep the kind their type words give them --------------------------------------

@pytest.mark.parametrize("name, kind", [
    ("Peak District National Park Authority", "national_park_authority"),
    ("Exmoor National Park Authority", "national_park_authority"),
    ("Ebbsfleet Development Corporation", "development_corporation"),
])
def test_a_registered_body_of_a_publishing_type_has_that_kind(name, kind):
    from committee_papers.extract import register
    assert register.lookup(name).kind == kind


@pytest.mark.parametrize("items, authority", [
    (["Peak District National Park Authority", "Planning Committee", "Date: 13 February 2025", "Title: Barn Conversions",
      "Derbyshire Dales District Council and Derbyshire County Council were consulted; Derbyshire Dales District "
      "Council agreed and Derbyshire County Council agreed."], "Peak District National Park Authority"),
    (["EXMOOR NATIONAL PARK AUTHORITY", "Minutes of the Authority Committee held on 4 March 2025",
      "Somerset Council and Somerset Council's highways team attended; Somerset Council agreed."],
     "Exmoor National Park Authority"),
    (["Ebbsfleet Development Corporation", "Board", "Date: 20 March 2025", "Subject: Land Disposal",
      "Dartford Borough Council and Gravesham Borough Council own land nearby; Dartford Borough Council agreed."],
     "Ebbsfleet Development Corporation"),
])
def test_a_registered_public_body_heading_its_paper_publishes_it(items, authority):
    extraction = extract(passages_of(*items), {}, "paper.txt")
    assert (extraction.authority, extraction.authority_source) == (authority, "cover")


@pytest.mark.parametrize("text, name", [
    ("The Police and Crime Commissioner for North Wendle Wolds attended.", "Police and Crime Commissioner for North Wendle Wolds"),
    ("A grant from Transport for the Wendle Valleys was confirmed.", "Transport for the Wendle Valleys"),
    ("Transport for South Harrowdale Downs will report.", "Transport for South Harrowdale Downs"),
])
def test_a_place_after_a_type_prefix_may_end_in_a_plural(text, name):
    assert [found.name for found in find_names(text)] == [name]


@pytest.mark.parametrize("text, name", [
    ("Officers met Transport for Wendle on Monday.", "Transport for Wendle"),
    ("The Police and Crime Commissioner for Eastmere on Tuesday set the precept.", "Police and Crime Commissioner for Eastmere"),
    ("Transport for the Wendle Valleys in March approved the plan.", "Transport for the Wendle Valleys"),
])
def test_a_weekday_or_month_ends_the_place_after_a_type_prefix(text, name):
    assert [found.name for found in find_names(text)] == [name]
