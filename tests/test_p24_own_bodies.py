"""Round p24: the body a paper belongs to and the bodies it names with no type word (papers about invented bodies;
every sentence written for these tests).  Each mechanism: its wordings and layouts, then its negatives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from fictional_paper import passages_from_lines  # noqa: E402
from probe_harness import extract_file  # noqa: E402

from committee_papers.extract.pipeline import extract  # noqa: E402

COUNCIL_BUSINESS = ("1. Library contract\nWexcombe County Council confirmed the contract payment for 2026/27. Wexcombe "
                    "County Council officers will attend in May. Wexcombe County Council asked for the usage figures.\n\n"
                    "2. Cleaning\nThe Board agreed to pay Kelby Cleaning Ltd £8,000 for the branch cleaning.\n")


# --- a body's own board minutes that name only the board: the letterhead, page furniture or e-mail domain names it ---

@pytest.mark.parametrize("name, text, publisher, source", [
    ("letterhead.txt", "Fenmarket Libraries\n\nMinutes of the meeting of the Board held on 3 March 2026\n\n"
     "Present: Ann Lee (Chair), Raj Patel\n\n" + COUNCIL_BUSINESS, "Fenmarket Libraries", "letterhead"),
    ("capitals.txt", "ORMSBY VALE MUSEUMS\nBoard of Directors\n\nMinutes of the meeting held on 9 June 2026\n\n"
     "Present: Tom Hill (Chair)\n\n" + COUNCIL_BUSINESS, "Ormsby Vale Museums", "letterhead"),
    ("footer.html", "<html><head><title>Board of Trustees minutes, 3 March 2026</title></head><body><main>"
     "<h1>Board of Trustees minutes, 3 March 2026</h1><p>Present: Ann Lee (Chair)</p>"
     + "".join(f"<p>{line}</p>" for line in COUNCIL_BUSINESS.splitlines() if line) +
     "</main><footer>© Harbury Heritage Collections, registered charity 1234567</footer></body></html>",
     "Harbury Heritage Collections", "page header/footer"),
    ("domain.txt", "Board Meeting - Minutes\nHeld on 3 March 2026 at Mill Lane\n\nPresent: Ann Lee (Chair)\n\n"
     + COUNCIL_BUSINESS + "\nThe Chair thanked the volunteers of Tarnside Reading Rooms for the summer scheme.\n\n"
     "Contact: secretary@tarnsidereadingrooms.org.uk or chair@tarnsidereadingrooms.org.uk\n",
     "Tarnside Reading Rooms", "email domain"),
])
def test_a_boards_own_body_named_by_its_letterhead_furniture_or_domain_publishes_it(tmp_path, name, text, publisher,
                                                                                   source):
    found = extract_file(tmp_path, name, text)
    assert (found.authority, found.authority_source) == (publisher, source)
    assert (publisher, "Kelby Cleaning Ltd") in {(c.commissioner, c.provider) for c in found.contracts}


@pytest.mark.parametrize("name, text", [
    # A council's committee report with a provider's name above its heading: the council's.
    ("cabinet.txt", "Fenmarket Libraries\n\nCabinet - 3 March 2026\n\nLibrary Contract Review\n\n" + COUNCIL_BUSINESS),
    # A heading that is no body's name above the board's minutes line.
    ("confidential.txt", "Private and Confidential\n\nMinutes of the meeting of the Board held on 3 March 2026\n\n"
     + COUNCIL_BUSINESS),
    # A domain that spells no name the paper writes.
    ("webmail.txt", "Board Meeting - Minutes\nHeld on 3 March 2026\n\n" + COUNCIL_BUSINESS
     + "\nContact: clerk.fenmarket@mailbox.co.uk\n"),
])
def test_no_letterhead_name_or_no_own_board_keeps_the_council(tmp_path, name, text):
    found = extract_file(tmp_path, name, text)
    assert found.authority == "Wexcombe County Council"


def test_an_nhs_trust_letterhead_above_its_board_minutes_stays_the_trust(tmp_path):
    found = extract_file(tmp_path, "trust.txt", "Wexcombe Community NHS Trust\n\nMinutes of the meeting of the Board "
                         "held on 3 March 2026\n\n" + COUNCIL_BUSINESS)
    assert found.authority == "Wexcombe Community NHS Trust"


# --- charter trustees are a public body meeting as itself ----------------------------------------------------------

@pytest.mark.parametrize("lines, publisher", [
    (["Minutes of the meeting of the Charter Trustees of Kelby held on 3 March 2026 in the Guildhall"],
     "Charter Trustees of Kelby"),
    (["KELBY CHARTER TRUSTEES", "Minutes of the Annual Meeting held on 20 May 2026"], "Kelby Charter Trustees"),
    (["Minutes of the meeting of the Charter Trustees for the City of Harbury held on 4 June 2026"],
     "Charter Trustees for the City of Harbury"),
])
def test_charter_trustees_publish_their_own_minutes(lines, publisher):
    found = extract(passages_from_lines(*lines, "Present: the Mayor (Chair)",
                                        "Wexcombe District Council provides the clerk. Wexcombe District Council will "
                                        "pay the civic allowance. Wexcombe District Council hosts the service."),
                    {}, "paper.txt")
    assert found.authority == publisher


# --- `NHS <area> and <name> Council` is two bodies; `NHS <service> and <name> Council` the council alone -------------

def _found(text):
    from committee_papers.extract.orgfinder import find_names
    return [(f.surface, f.kind) for f in find_names(text) if not f.short]


@pytest.mark.parametrize("text, bodies", [
    ("NHS Tollmoor and Wexcombe County Council will jointly fund the service.",
     [("NHS Tollmoor", "health_board"), ("Wexcombe County Council", "council")]),
    ("Directions were issued to the NHS Kelby Vale and Harbury Borough Council partnership.",
     [("NHS Kelby Vale", "health_board"), ("Harbury Borough Council", "council")]),
    ("A letter from NHS Lower Dunmore and Fenby District Council was read.",
     [("NHS Lower Dunmore", "health_board"), ("Fenby District Council", "council")]),
    ("The NHS Talking Therapies and Wexcombe Council teams met.", [("Wexcombe Council", "council")]),
    ("NHS Health Checks and Wessex County Council staff met.", [("Wessex County Council", "council")]),
])
def test_nhs_words_before_and_a_council_are_a_health_board_or_a_service(text, bodies):
    assert _found(text) == bodies


# --- a place's records, library, archive or museum service acting as a party is a body -----------------------------

def _evidence_examples(section):
    from committee_papers.extract import orgevidence
    return [pytest.param(e, id=e["text"][:40]) for e in orgevidence.rules()[section]["examples"]]


@pytest.mark.parametrize("example", _evidence_examples("acting_service_endings"))
def test_a_named_service_in_a_role_position_is_a_body(example):
    from committee_papers.extract import orgevidence
    names = [c.name for c in orgevidence.candidates(example["text"])]
    assert names == ([] if example.get("none") else [example["name"]])


@pytest.mark.parametrize("sentence, provider", [
    ("Harbury Records Service is paid £12,000 a year to store the deeds.", "Harbury Records Service"),
    ("The Council has commissioned Fenby Library Service to run the prison library at £30,000 a year.",
     "Fenby Library Service"),
    # A multi-academy trust is a charitable trust named by its sector word.
    ("The Council will pay Kelmoor Academy Trust £50,000 for the summer scheme.", "Kelmoor Academy Trust"),
    ("Oldfield Multi Academy Trust will receive £20,000 to run holiday clubs.", "Oldfield Multi Academy Trust"),
])
def test_a_named_service_or_academy_trust_is_paid_as_a_provider(sentence, provider):
    found = extract(passages_from_lines("Wexcombe County Council", "Cabinet", sentence), {}, "paper.txt")
    assert ("Wexcombe County Council", provider) in {(c.commissioner, c.provider) for c in found.contracts}


# --- a body named only by its initials that acts as a party is kept under them, kind unknown -------------------------

@pytest.mark.parametrize("lines, pair", [
    (["Wexcombe County Council", "Cabinet", "CSD will provide the payroll service for £40,000 a year."],
     ("Wexcombe County Council", "CSD")),
    (["Fenmarket Libraries - Board", "Minutes - 3 March 2026",
      "The Board noted the provision of finance support from KSD until the contract ends in 2027."],
     ("Fenmarket Libraries", "KSD")),
    (["Wexcombe County Council", "Cabinet", "The Council pays HRS £12,000 a year to store the deeds."],
     ("Wexcombe County Council", "HRS")),
    # Written out once, the acronym is that name.
    (["Wexcombe County Council", "Cabinet",
      "Kelby Shared Direct (KSD) is a joint venture. KSD will provide the payroll service for £40,000 a year."],
     ("Wexcombe County Council", "Kelby Shared Direct")),
])
def test_a_body_named_by_its_initials_acting_as_a_party_is_kept(lines, pair):
    found = extract(passages_from_lines(*lines), {}, "paper.txt")
    assert pair in {(c.commissioner, c.provider) for c in found.contracts}
    assert next(o.kind for o in found.organisations if o.name == pair[1]) == "other"


@pytest.mark.parametrize("sentence", [
    "IT will provide the laptops for £40,000.",
    "The Council pays VAT £12,000 on the works.",
    "Members welcomed the offers of support from KLT.",
    "The ICB will provide the funding of £40,000.",
])
def test_initials_of_a_thing_or_an_offer_name_no_party(sentence):
    found = extract(passages_from_lines("Wexcombe County Council", "Cabinet", sentence), {}, "paper.txt")
    assert {o.name for o in found.organisations} <= {"Wexcombe County Council"}


# --- issue 12's bodies without a legal form: each named, one row, under its full name ------------------------------

def _index(*texts):
    from committee_papers.extract.organisations import OrgIndex
    return OrgIndex.from_texts(list(texts))


@pytest.mark.parametrize("texts, name, kind", [
    (["Kelby GP Federation will run the extended access hubs.", "Tarnside Central GP Federation hosts the clinic."],
     "Kelby GP Federation", "other"),
    (["Grants go to Oldmill Carers Centre for respite.", "North Harbury Carers Centre runs the groups."],
     "Oldmill Carers Centre", "charity"),
    (["The befriending service is run by Brightwater, a registered charity, in the north."], "Brightwater", "charity"),
    (["The Department for Rural Affairs wrote to the Council.", "The Ministry of Justice funds the pilot."],
     "Ministry of Justice", "government"),
])
def test_bodies_named_without_a_legal_form_are_found(texts, name, kind):
    index = _index(*texts)
    assert index.kind_of(name) == kind


@pytest.mark.parametrize("first, second", [
    ("The University of Harbury will evaluate the pilot.", "Harbury University reported in May."),
    ("Harbury University will evaluate the pilot.", "The University of Harbury reported in May."),
    ("Staff from the University of North Kelby attended.", "North Kelby University hosts the study."),
])
def test_university_of_x_and_x_university_are_one_body(first, second):
    index = _index(first, second)
    universities = [n for n in index.names() if index.kind_of(n) == "university"]
    assert len(universities) == 1


@pytest.mark.parametrize("text, full, acronym", [
    ("Harbury Valley Clinical Commissioning Group (HVCCG) will fund half. HVCCG agreed the plan in May.",
     "Harbury Valley Clinical Commissioning Group", "HVCCG"),
    ("The Council has commissioned Fenby Homecare Ltd (FHL) to provide night care. FHL will start in May.",
     "Fenby Homecare Ltd", "FHL"),
    ("Kelmoor Community Transport (KCT) will run the dial-a-ride service. KCT starts in June.",
     "Kelmoor Community Transport", "KCT"),
])
def test_an_acronym_the_paper_writes_out_is_stored_under_the_full_name(text, full, acronym):
    index = _index(text)
    assert full in index.names() and acronym not in index.names()
    assert index.resolve(acronym) == full


# --- a place's youth, advocacy or carers project paid or providing in a role position is a body; a home care firm ---

@pytest.mark.parametrize("sentence, provider", [
    ("The advocacy service is provided by Tarnside Advocacy Project under a two-year agreement.",
     "Tarnside Advocacy Project"),
    ("Brackley Youth Project will be paid £14,000 for detached youth work.", "Brackley Youth Project"),
    ("A grant of £9,000 was awarded to Kelby Women's Project for the drop-in.", "Kelby Women's Project"),
    ("Night visits are delivered by Dawnlight Domiciliary Care at £210,000 a year.", "Dawnlight Domiciliary Care"),
])
def test_a_place_project_or_home_care_firm_in_a_role_position_is_a_provider(sentence, provider):
    found = extract(passages_from_lines("Wexcombe County Council", "Cabinet", sentence), {}, "paper.txt")
    assert ("Wexcombe County Council", provider) in {(c.commissioner, c.provider) for c in found.contracts}


@pytest.mark.parametrize("sentence", [
    "The Kelby Regeneration Project is delivered by the Council's own team at £40,000.",
    "Funding of £20,000 goes to the Community Youth Project budget line.",
    "Specialist Domiciliary Care is commissioned at £300,000 a year.",
])
def test_a_project_or_care_kind_that_names_no_body_is_no_provider(sentence):
    found = extract(passages_from_lines("Wexcombe County Council", "Cabinet", sentence), {}, "paper.txt")
    assert not {c.provider for c in found.contracts} - {None}


@pytest.mark.parametrize("sentence", [
    "The library also hosts a range of other services from Kelby Borough Council and other partners at £0 rent.",
    "Visitors can use services from Harbury District Council and the ICB in the same building.",
    "Members welcomed offers of support from Tarnside Borough Council worth £5,000.",
])
def test_services_a_partner_offers_at_a_shared_site_name_no_provider(sentence):
    found = extract(passages_from_lines("Wexcombe County Council", "Cabinet", sentence), {}, "paper.txt")
    assert not {c.provider for c in found.contracts} - {None}


@pytest.mark.parametrize("letterhead, publisher", [
    ("TARNSIDE COMMUNITY LIBRARIES CIO", "Tarnside Community Libraries CIO"),
    ("KELBY HERITAGE CIO", "Kelby Heritage CIO"),
    ("FENBY ARTS CIC", "Fenby Arts CIC"),
])
def test_a_legal_form_set_in_capitals_keeps_them_in_the_publishers_name(tmp_path, letterhead, publisher):
    found = extract_file(tmp_path, "cio.txt", f"{letterhead}\n\nBoard of Trustees - Minutes\nMeeting held on 18 June "
                         "2025\n\n" + COUNCIL_BUSINESS)
    assert found.authority == publisher


@pytest.mark.parametrize("properties, publisher", [
    ({"site_name": "Harbury Heritage Collections"}, "Harbury Heritage Collections"),
    ({"title": "Board minutes, 3 March 2026 | Tarnside Reading Rooms"}, "Tarnside Reading Rooms"),
    ({"running_lines": ["Kelby Community Libraries | Board minutes | Page 2"]}, "Kelby Community Libraries"),
])
def test_a_boards_own_body_named_by_the_site_name_title_or_running_lines_publishes_it(properties, publisher):
    found = extract(passages_from_lines("Minutes of the meeting of the Board held on 3 March 2026",
                                        "Wexcombe County Council confirmed the payment. Wexcombe County Council asked "
                                        "for the figures. Wexcombe County Council will attend."), properties, "paper.html")
    assert found.authority == publisher
