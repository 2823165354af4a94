"""The register of UK public bodies: lookup by any spelling, text scanning, a paper's index
storing a registered body under its canonical name with code, kind and the paper's own names
as aliases, and one row per body across papers in the database."""
from __future__ import annotations

import csv
import subprocess
import sys
from importlib import resources

import pytest

from conftest import save_lines, ROOT, SHARED
import committee_papers.extract.metadata  # noqa: F401  (registers cp_metadata)
import committee_papers.extract.organisations  # noqa: F401  (registers cp_organisations)
from committee_papers.db.organisations import merge_defined_acronyms
from committee_papers.db.store import Store
from committee_papers.extract import register
from committee_papers.extract.orgfinder import find_names
from committee_papers.extract.organisations import OrgIndex
from committee_papers.extract.orgnames import variant_key
from committee_papers.extract.paper import make_paper_doc
from committee_papers.ingest.model import Block, Document, iter_passages




def test_register_ships_in_the_package_with_every_kind():
    with resources.files("committee_papers.extract").joinpath("data/public_bodies.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    kinds = {row["kind"] for row in rows}
    assert {"council", "nhs_trust", "nhs_foundation_trust", "icb", "ccg", "health_board", "government"} <= kinds
    assert len({row["name"].lower() for row in rows}) == len(rows)  # one row per canonical name


@pytest.mark.parametrize("written, name, code", [
    # a council by its official name, in capitals, by its place with or without its tier
    ("Kent County Council", "Kent County Council", "E10000016"),
    ("KENT COUNTY COUNCIL", "Kent County Council", "E10000016"),
    ("Bristol Council", "Bristol City Council", "E06000023"),
    ("the Rotherham Borough Council", "Rotherham Metropolitan Borough Council", "E08000018"),
    # NHS bodies written without `NHS`, with `&`, or as `ICB` / `UHB`
    ("Leeds Community Healthcare Trust", "Leeds Community Healthcare NHS Trust", "RY6"),
    ("Guy's & St Thomas' NHS FT", "Guy's and St Thomas' NHS Foundation Trust", "RJ1"),
    ("West Yorkshire ICB", "NHS West Yorkshire Integrated Care Board", "QWO"),
    ("Cardiff and Vale UHB", "Cardiff and Vale University Health Board", "7A4"),
    ("Lothian Health Board", "NHS Lothian", "S08000024"),
    ("Department for Education", "Department for Education", "D6"),
])
def test_lookup_by_any_spelling(written, name, code):
    body = register.lookup(written)
    assert body is not None and (body.name, body.code) == (name, code)


@pytest.mark.parametrize("written", [
    "Brackenford Council", "Wessex County Council",  # fictional bodies are not in the register
    "Kent District Council",                         # a tier the registered council does not have
    "the Council", "Kent",                           # a short form, a bare place
])
def test_lookup_refuses_what_is_not_a_registered_body(written):
    assert register.lookup(written) is None


@pytest.mark.parametrize("text, surface, kind", [
    ("The grant comes from the Department for Education this year.", "Department for Education", "government"),
    ("NHS Lothian and Brackenford Council run the pilot.", "NHS Lothian", "health_board"),
    ("Inspections by Ofsted found the service good.", "Ofsted", "government"),
])
def test_registered_names_no_pattern_sees_are_found(text, surface, kind):
    assert (surface, kind) in {(f.name, f.kind) for f in find_names(text) if not f.short}


def test_registered_reviews_and_professions_are_not_searched_for():
    # The register's reviews and professions read as ordinary phrases.
    assert not [f for f in find_names("the Policy Profession and the Civil Service were told") if not f.short]


@pytest.mark.parametrize("text, expected", [
    ("NHS Lothian and Brackenford Council agreed the plan.", ["NHS Lothian", "Brackenford Council"]),
    ("Wessex Hospice and Lyme District Council share the site.", ["Wessex Hospice", "Lyme District Council"]),
    ("Oakfield Health Trust and Avonford City Council met.", ["Oakfield Health Trust", "Avonford City Council"]),
    ("Brighton and Hove City Council agreed.", ["Brighton and Hove City Council"]),
    ("NHS England and NHS Improvement wrote.", ["NHS England and NHS Improvement"]),
])
def test_two_bodies_joined_by_and_are_two(text, expected):
    assert [f.surface for f in find_names(text) if not f.short] == expected


@pytest.mark.parametrize("first, second", [
    ("University of Wessex", "Wessex University"),
    ("University of North Mercia", "North Mercia University"),
    ("The University of Avonford", "Avonford University"),
])
def test_university_of_x_is_x_university(first, second):
    assert variant_key(first) == variant_key(second)
    index = OrgIndex.from_texts([f"{first} runs the course.", f"{second} also said so."])
    assert len(index.names()) == 1


def test_a_registered_body_takes_its_canonical_name_code_and_kind_with_the_papers_names_as_aliases():
    index = OrgIndex.from_texts(["The contract with Leeds Community Healthcare Trust (LCHT) runs to 2026.",
                                 "LCHT reported to West Yorkshire ICB and Bristol Council."])
    orgs = {org.name: org for org in index.all()}
    trust = orgs["Leeds Community Healthcare NHS Trust"]
    assert (trust.code, trust.kind) == ("RY6", "nhs_trust")
    assert {"Leeds Community Healthcare Trust", "LCHT"} <= trust.aliases
    assert orgs["NHS West Yorkshire Integrated Care Board"].code == "QWO"
    assert orgs["Bristol City Council"].aliases >= {"Bristol Council"}
    assert index.resolve("LCHT") == "Leeds Community Healthcare NHS Trust"


def test_two_spellings_of_one_registered_body_in_a_paper_are_one():
    index = OrgIndex.from_texts(["Kent County Council agreed.", "KENT COUNTY COUNCIL", "Kent Council said so."])
    assert [o.name for o in index.all() if o.kind == "council"] == ["Kent County Council"]




def test_one_registered_body_is_one_row_across_papers(nlp, db_path):
    store = Store(db_path)
    save_lines(store, nlp, "a.txt", "Brackenford Council has a contract with Leeds Community Healthcare Trust.")
    save_lines(store, nlp, "b.txt", "The Leeds Community Healthcare NHS Trust board met.")
    save_lines(store, nlp, "c.txt", "LEEDS COMMUNITY HEALTHCARE NHS TRUST", "Annual report.")
    rows = store.db.execute("select name, code, kind from organisations where code = 'RY6'").fetchall()
    assert rows == [("Leeds Community Healthcare NHS Trust", "RY6", "nhs_trust")]
    aliases = {a for (a,) in store.db.execute(
        "select alias from organisation_aliases a join organisations o on o.id = a.organisation_id "
        "where o.code = 'RY6'")}
    assert "Leeds Community Healthcare Trust" in aliases


def test_rows_sharing_a_code_are_merged_and_two_codes_never(db_path):
    store = Store(db_path)
    db = store.db
    db["organisations"].insert_all([
        {"name": "Kent County Council", "kind": "council", "normalised": "kent county council", "code": "E10000016"},
        {"name": "Kent CC", "kind": "other", "normalised": "kent cc", "code": "E10000016"},
        {"name": "Wessex County Council", "kind": "council", "normalised": "wessex county council", "code": None},
        {"name": "The Wessex County Council", "kind": "council", "normalised": "the wessex county council x",
         "code": None},
        {"name": "North Mercia ICB", "kind": "icb", "normalised": "north mercia icb", "code": "QAA"},
        {"name": "North Mercia Integrated Care Board", "kind": "icb", "normalised": "nm icb", "code": "QBB"},
    ])
    assert merge_defined_acronyms(db) == 2
    names = {row[0] for row in db.execute("select name from organisations")}
    assert {"Kent County Council", "North Mercia ICB", "North Mercia Integrated Care Board"} <= names
    assert "Kent CC" not in names and len(names) == 4  # the two Wessex spellings are one


def _paper(nlp, *lines):
    passages = list(iter_passages([Block("paragraph", text=line) for line in lines]))
    doc = make_paper_doc(nlp, passages)
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


@pytest.mark.parametrize("banner, authority", [
    ("Cardiff and Vale University Health Board", "Cardiff and Vale University Health Board"),
    ("NHS LOTHIAN", "NHS Lothian"),
    ("Hywel Dda UHB", "Hywel Dda University Health Board"),
])
def test_a_health_board_on_the_cover_publishes_the_paper(nlp, banner, authority):
    doc = _paper(nlp, banner, "Board meeting, 4 June 2025",
                 "The Board contracts with Brackenford Council and with Wessex Hospice for palliative care.")
    assert doc._.extraction.authority == authority
    org = next(o for o in doc._.extraction.organisations if o.name == authority)
    assert org.kind == "health_board" and org.code


def test_the_committed_register_is_what_the_build_script_makes(tmp_path):
    reference = SHARED / "reference"
    if not (reference / "SOURCES.md").exists():
        pytest.skip("../shared/reference is not beside this checkout")
    out = tmp_path / "public_bodies.csv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_public_bodies.py"), "--reference", str(reference),
                    "--out", str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "extract" / "data" / "public_bodies.csv").read_text(
        encoding="utf-8")


@pytest.mark.parametrize("footer, text, acronym, code", [
    ("Rotherham Metropolitan Borough Council", "The RMBC Performance Team will consult carers.", "RMBC", "E08000018"),
    ("Kent County Council | Page 3", "KCC will continue to fund the service.", "KCC", "E10000016"),
    ("Bristol City Council", "Officers of BCC met the provider in May.", "BCC", "E06000023"),
])
def test_a_publisher_named_only_in_page_furniture_is_known_with_its_initials(nlp, footer, text, acronym, code):
    """The body a running footer names is an organisation of the paper, and a registered
    body's exact initials used in the text are its alias, so papers that write only the
    acronym join it."""
    document = Document(path="p.pdf", filename="p.pdf", format="pdf",
                        blocks=[Block("paragraph", "Report of the Director of Adult Care", page=1),
                                Block("paragraph", text, page=2)],
                        properties={"running_lines": [footer]})
    doc = nlp(make_paper_doc(nlp, list(iter_passages(document.blocks)), document.properties, document.filename))
    bodies = {o.code: o for o in doc._.extraction.organisations if o.code}
    assert code in bodies and acronym in bodies[code].aliases
    assert doc._.orgs.resolve(acronym) == bodies[code].name


def test_initials_of_a_body_outside_the_register_stay_local():
    """`WCT` for `Wyvern Carers Trust` is read in that paper, but is no stored alias:
    in another paper the same letters may be another body."""
    index = OrgIndex.from_texts(["Wyvern Carers Trust runs the carers centre.", "WCT reported in March."])
    assert index.resolve("WCT") == "Wyvern Carers Trust"
    assert "WCT" not in next(o for o in index.all() if o.name == "Wyvern Carers Trust").aliases


@pytest.mark.parametrize("texts, acronym, code", [
    (["RMBC and Rotherham CCG fund the service jointly.", "RMBC will consult carers in Rotherham."],
     "RMBC", "E08000018"),
    (["KCC commissions two family hubs in east Kent.", "KCC will review the hubs."], "KCC", "E10000016"),
    (["BCC officers met the operator.", "The scheme covers central Bristol.", "BCC will report back."],
     "BCC", "E06000023"),
])
def test_an_undefined_council_acronym_is_the_council_of_the_place_the_paper_names(texts, acronym, code):
    index = OrgIndex.from_texts(texts)
    body = next(o for o in index.all() if o.code == code)
    assert acronym in body.aliases and index.resolve(acronym) == body.name


def test_a_council_acronym_of_two_named_places_stays_as_written():
    # BCC spells Bristol City Council and Birmingham City Council: both places named, neither chosen.
    index = OrgIndex.from_texts(["BCC signed the agreement.", "Bus routes between Bristol and Birmingham."])
    assert "BCC" in index.names() and not any(o.code for o in index.all())


def test_a_place_name_that_is_also_a_word_counts_only_written_as_a_name():
    # RBC spells Reading Borough Council (among others); "reading the report" names no place.
    index = OrgIndex.from_texts(["RBC officers are reading the report.", "RBC will respond."])
    assert not any(o.code for o in index.all())


def _build_script():
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_public_bodies", ROOT / "tools" / "build_public_bodies.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, listed, kind", [
    # Type words decide the publishing kind, whichever list the body came from.
    ("Transport for Brackenford", "government", "transport_body"),
    ("Wessex Fire and Rescue Authority", "government", "fire_authority"),
    ("Fallowmere National Park Authority", "public_corporation", "national_park_authority"),
    # Without type words the list's own kind stands.
    ("Department for Fenmoor Affairs", "government", "government"),
    ("Kestrel Rail", "public_corporation", "public_corporation"),
    ("Brackenford Canal Trust", "charity", "charity"),
])
def test_a_listed_body_takes_the_kind_its_type_words_give(name, listed, kind):
    assert _build_script().listed_body_kind(name, listed) == kind


def test_transport_for_london_is_registered_as_a_transport_body():
    assert register.lookup("Transport for London").kind == "transport_body"


@pytest.mark.parametrize("banner, text", [
    ("Transport for London", "Camden and Islington councils asked for new bus lanes on the A1."),
    ("Transport for London", "Funding from Southwark Council and Lambeth Council will widen the pavements."),
    ("TRANSPORT FOR LONDON", "Hackney Council and Haringey Council back the cycle route."),
])
def test_transport_for_london_publishes_its_own_papers_over_the_boroughs_it_names(nlp, banner, text):
    doc = _paper(nlp, banner, "Board meeting, 4 June 2025", text)
    assert doc._.extraction.authority == "Transport for London"
