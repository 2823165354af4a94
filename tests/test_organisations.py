"""Organisations: naming patterns, acronyms both ways, short forms, variants, no junk,
and the cross-document merge of an acronym one paper uses and another defines."""
from __future__ import annotations

import pytest

from conftest import save_lines
from hypothesis import given, settings
from hypothesis import strategies as st

import committee_papers.extract.metadata  # noqa: F401  (registers cp_metadata)
import committee_papers.extract.organisations  # noqa: F401  (registers cp_organisations)
from committee_papers.pipeline import ingest
from committee_papers.db.organisations import merge_defined_acronyms
from committee_papers.db.store import Store
from committee_papers.extract.gazetteer import PUBLIC_BODY_TYPES
from committee_papers.extract.orgfinder import acronym_fits, find_names, org_acronym_kind
from committee_papers.extract.organisations import OrgIndex, variant_key
from committee_papers.extract.paper import make_paper_doc, paper_text
from committee_papers.ingest.model import Block, iter_passages




def paper_doc(nlp, *lines):
    """A paper of one paragraph per line, run through organisations and metadata."""
    passages = list(iter_passages([Block("paragraph", text=line) for line in lines]))
    doc = make_paper_doc(nlp, passages)
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def names_in(text):
    return [(f.name, f.kind) for f in find_names(text) if not f.short]


@pytest.mark.parametrize("text, name, kind", [
    ("approved by Wessex County Council last year", "Wessex County Council", "council"),
    ("Mercia City Council agreed", "Mercia City Council", "council"),
    ("with Avonford Borough Council and others", "Avonford Borough Council", "council"),
    ("Lyme District Council will", "Lyme District Council", "council"),
    ("Tamworth Metropolitan Borough Council", "Tamworth Metropolitan Borough Council", "council"),
    ("the London Borough of Kingsbridge said", "London Borough of Kingsbridge", "council"),
    ("Royal Borough of Windsor and Maidenhead", "Royal Borough of Windsor and Maidenhead", "council"),
    ("City of Ashby Metropolitan District Council", "City of Ashby Metropolitan District Council", "council"),
    ("Kingston upon Avon City Council", "Kingston upon Avon City Council", "council"),
    ("West of Wessex Combined Authority", "West of Wessex Combined Authority", "council"),
    ("funded by North Wessex Clinical Commissioning Group", "North Wessex Clinical Commissioning Group", "ccg"),
    ("NHS North Wessex CCG", "NHS North Wessex CCG", "ccg"),
    ("NHS North Wessex Integrated Care Board", "NHS North Wessex Integrated Care Board", "icb"),
    ("Wessex Community Health NHS Trust", "Wessex Community Health NHS Trust", "nhs_trust"),
    ("The Avonford NHS Foundation Trust", "Avonford NHS Foundation Trust", "nhs_foundation_trust"),
    ("Avonford, Lyme and South Mercia NHS Foundation Trust",
     "Avonford, Lyme and South Mercia NHS Foundation Trust", "nhs_foundation_trust"),
    ("Wessex Community Trust", "Wessex Community Trust", "nhs_trust"),
    ("contract with Brightside Therapies CIC", "Brightside Therapies CIC", "cic"),
    ("Brightside Community Interest Company", "Brightside Community Interest Company", "cic"),
    ("Acme Care Ltd.", "Acme Care Ltd", "company"),
    ("Acme Care Limited", "Acme Care Limited", "company"),
    ("Smith & Jones LLP", "Smith & Jones LLP", "company"),
    ("the University of Wessex", "University of Wessex", "university"),
    ("NHS England and NHS Improvement", "NHS England and NHS Improvement", "nhs_england"),
    ("WESSEX COUNTY COUNCIL", "Wessex County Council", "council"),
    ("award of the contract to Pinnacle Leisure Trust for ten years", "Pinnacle Leisure Trust", "charity"),
    ("grant to Avonford Housing Trust", "Avonford Housing Trust", "charity"),
    # Trust ports and waterway trusts are no NHS trusts.
    ("THURSBY BAY HARBOUR TRUST", "Thursby Bay Harbour Trust", "charity"),
    ("the dredging licence held by Kelmouth Port Trust", "Kelmouth Port Trust", "charity"),
    ("a grant to Wendle Canal Trust", "Wendle Canal Trust", "charity"),
    ("a grant to Fenmoor Arts CIO", "Fenmoor Arts CIO", "charity"),
    ("services bought from Kestle Befriending CIO this year.", "Kestle Befriending CIO", "charity"),
    ("The lease is held by Tarnbrook Community Pantry CIO.", "Tarnbrook Community Pantry CIO", "charity"),
    ("Northfield Hospice | Palliative care at home", "Northfield Hospice", "charity"),
    ("provided by St Aidan's Hospice", "St Aidan's Hospice", "charity"),
    ("(2) Casterbridge Libraries Community Benefit Society whose registered office is",
     "Casterbridge Libraries Community Benefit Society", "society"),
    ("Wessex Libraries Industrial and Provident Society", "Wessex Libraries Industrial and Provident Society",
     "society"),
    ("WESSEX LIBRARIES INDUSTRIAL AND PROVIDENT SOCIETY", "Wessex Libraries Industrial and Provident Society",
     "society"),
    ("the services of Wessex Libraries IPS", "Wessex Libraries IPS", "society"),
    # A name in capitals in a line that is not: a contract's title page and sealing clause.
    ("LIBRARY SERVICES CONTRACT between WESSEX COUNTY COUNCIL and", "Wessex County Council", "council"),
    ("The Common Seal of WESSEX COUNTY COUNCIL was affixed", "Wessex County Council", "council"),
])
def test_naming_patterns_and_kinds(text, name, kind):
    assert names_in(text) == [(name, kind)]


@pytest.mark.parametrize("text", [
    "approved by the Better Care Fund Executive Group and the Council",
    "The Council's budget is set each year",
    "Full Council approved the budget",
    "Deputy Trust Secretary and the Trust Board",
    "the Arts Council and the General Dental Council",
    "an NHS Trust or NHS Foundation Trust",
    "Community Health NHS Trust",
    "the City Council",
    "BRIGHT LIGHT DRAFT",
    "Residents of Wessex asked",
    "the Leisure Trust Board met",
    "a Housing Trust or a Hospice",
    "the Hospice at Home service",
    "the local Hospice and its volunteers",
    # Capitals words are place words only beside type words in capitals.
    "approved by HCC Council today",
    "44. TERMINATION FOR IPS DEFAULT",
])
def test_no_junk_names(text):
    assert names_in(text) == []


def test_names_stop_at_body_words_and_dashes():
    assert names_in("the Better Care Fund Executive Group and Wessex CCG") == [("Wessex CCG", "ccg")]
    assert names_in("Re-baseline - Lyme District Council") == [("Lyme District Council", "council")]
    assert names_in("Attended Avonford City Council") == [("Avonford City Council", "council")]
    assert names_in("Wessex Care Partnership and Lyme CCG") == [("Lyme CCG", "ccg")]
    assert names_in("Wessex and Lyme Partnership NHS Foundation Trust") == [
        ("Wessex and Lyme Partnership NHS Foundation Trust", "nhs_foundation_trust")]
    assert names_in("Mercia Ambulance Service NHS Trust") == [("Mercia Ambulance Service NHS Trust", "nhs_trust")]
    assert names_in("Acme Care Group Ltd") == [("Acme Care Group Ltd", "company")]
    assert names_in("Mercia University, University Hospitals Mercia and Lyme NHS Foundation Trust") == [
        ("Mercia University", "university"),
        ("University Hospitals Mercia and Lyme NHS Foundation Trust", "nhs_foundation_trust")]


def test_short_forms_are_not_names():
    found = find_names("The Council's plan and the County Council and the CCG and the Trust")
    assert [(f.surface, f.short) for f in found] == [
        ("The Council", "council"), ("the County Council", "council"), ("the CCG", "ccg"), ("the Trust", "trust")]


def test_the_local_authority_is_a_short_form_in_any_case(nlp):
    doc = paper_doc(nlp, "Wessex County Council commissions the service.",
                    "It is funded by the CCGs and the local authority.")
    assert [(m.surface, m.name) for m in doc._.orgs.find("funded by the local authority")] == [
        ("the local authority", "Wessex County Council")]
    assert names_in("Local Authority funding streams") == []


def test_acronym_fits_initials_loosely():
    assert acronym_fits("WCHT", "Wessex Community Health NHS Trust")
    assert acronym_fits("NWCCG", "NHS North Wessex CCG")
    assert acronym_fits("ALSM", "Avonford, Lyme and South Mercia NHS Foundation Trust")
    assert acronym_fits("AaL", "Avonford and Lyme NHS Trust")
    assert not acronym_fits("SALT", "Wessex Community Health NHS Trust")


def test_org_acronym_kinds_by_ending():
    assert org_acronym_kind("NWCCG") == "ccg"
    assert org_acronym_kind("WCC") == "council"
    assert org_acronym_kind("AMBC") == "council"
    assert org_acronym_kind("TAFT") is None  # an English-looking word
    assert org_acronym_kind("WCHT") == "nhs_trust"
    assert org_acronym_kind("DFT") is None  # too short for a trust
    assert org_acronym_kind("HCVS") == "charity"  # a council for voluntary service
    assert org_acronym_kind("BDCVS") == "charity"
    assert org_acronym_kind("CVS") is None  # the bare type, no body
    assert org_acronym_kind("CCG") is None  # the type alone is a short form
    assert org_acronym_kind("SALT") is None


def test_acronym_defined_after_name(nlp):
    doc = paper_doc(nlp, "All services are provided by Wessex Community Health NHS Trust (WCHT).",
                    "WCHT will mobilise the new service.")
    orgs = doc._.orgs
    assert orgs.resolve("WCHT") == "Wessex Community Health NHS Trust"
    mentions = orgs.find("WCHT will mobilise the new service.")
    assert [(m.start, m.end, m.name, m.kind, m.surface) for m in mentions] == [
        (0, 4, "Wessex Community Health NHS Trust", "nhs_trust", "WCHT")]


def test_acronym_defined_before_name(nlp):
    doc = paper_doc(nlp, "Funding from NWCCG (North Wessex Clinical Commissioning Group) continues.",
                    "Table: NWCCG | £1,000")
    assert doc._.orgs.resolve("NWCCG") == "North Wessex Clinical Commissioning Group"
    organisation = next(o for o in doc._.extraction.organisations if o.kind == "ccg")
    assert organisation.aliases >= {"NWCCG", "North Wessex Clinical Commissioning Group"}


def test_non_org_acronym_definitions_are_not_organisations(nlp):
    doc = paper_doc(nlp, "Speech and Language Therapy (SALT) is commissioned by Wessex County Council.",
                    "SALT waits have fallen.")
    assert [o.name for o in doc._.extraction.organisations] == ["Wessex County Council"]
    assert doc._.orgs.resolve("SALT") is None


def test_near_variants_are_one_organisation(nlp):
    doc = paper_doc(nlp, "The service is delivered by Avonford Foundation Trust.",
                    "The Avonford NHS Foundation Trust (TAFT) employs the staff.",
                    "Avonford CCG and Avonford Clinical Commissioning Group are one body.")
    names = sorted(o.name for o in doc._.extraction.organisations)
    assert names == ["Avonford Clinical Commissioning Group", "Avonford NHS Foundation Trust"]
    orgs = doc._.orgs
    assert orgs.resolve("Avonford Foundation Trust") == "Avonford NHS Foundation Trust"
    assert orgs.resolve("TAFT") == "Avonford NHS Foundation Trust"
    assert orgs.resolve("Avonford CCG") == "Avonford Clinical Commissioning Group"
    assert variant_key("The Avonford NHS Foundation Trust") == variant_key("Avonford Foundation Trust")


def test_a_registered_society_with_its_legal_form_shortened_is_one_body():
    assert variant_key("Wessex Libraries IPS") == variant_key("Wessex\u2019s Libraries Industrial and Provident Society")
    assert variant_key("Wessex Libraries IPS") != variant_key("Wessex Libraries Limited")


def test_short_forms_resolve_to_the_papers_bodies(nlp):
    doc = paper_doc(nlp, "Report of Wessex County Council",
                    "The Council and North Wessex CCG jointly fund the service.",
                    "The contract with Wessex Community Health NHS Trust runs to 2026.",
                    "The County Council will lead; the CCG will pay; the Trust will deliver.")
    orgs = doc._.orgs
    text = "The County Council will lead; the CCG will pay; the Trust will deliver."
    assert [(m.surface, m.name) for m in orgs.find(text)] == [
        ("The County Council", "Wessex County Council"),
        ("the CCG", "North Wessex CCG"),
        ("the Trust", "Wessex Community Health NHS Trust")]
    assert orgs.resolve("the Council") == "Wessex County Council"
    assert orgs.kind_of("the Trust") == "nhs_trust"


def test_a_tiered_short_form_means_a_council_of_that_tier(nlp):
    doc = paper_doc(nlp, "LYME DISTRICT COUNCIL",
                    "The leisure contract is held for the Council and Wessex County Council.",
                    "The District Council and the County Council share the cost; LDC pays 60%.")
    orgs = doc._.orgs
    line = "The District Council and the County Council share the cost; LDC pays 60%."
    assert [(m.surface, m.name) for m in orgs.find(line)] == [
        ("The District Council", "Lyme District Council"),
        ("the County Council", "Wessex County Council"),
        ("LDC", "Lyme District Council")]
    assert orgs.resolve("the Council") == "Lyme District Council"


def test_ambiguous_short_form_resolves_to_nothing(nlp):
    doc = paper_doc(nlp, "North Wessex CCG and South Wessex CCG each hold a block contract.",
                    "The CCG will give notice.")
    assert doc._.orgs.resolve("the CCG") is None


def test_the_council_of_a_paper_that_never_names_it(nlp):
    doc = paper_doc(nlp, "The service is jointly commissioned by the Council and Avonford CCG.",
                    "The Avonford Foundation Trust (TAFT) delivers it; the Council contributes £1,000.")
    orgs = doc._.orgs
    assert orgs.resolve("the Council") == "Avonford Council"
    assert orgs.kind_of("Avonford Council") == "council"
    assert doc._.extraction.authority == "Avonford Council"


def test_undefined_org_acronym_is_its_own_organisation(nlp):
    doc = paper_doc(nlp, "Provider: WCHT", "WCHT has agreed an extension. SALT and OT are unaffected.")
    assert [(o.name, o.kind, o.mentions) for o in doc._.extraction.organisations] == [("WCHT", "nhs_trust", 2)]


def test_undefined_acronym_matching_a_named_body_is_its_alias(nlp):
    doc = paper_doc(nlp, "Wessex County Council commissions the service.", "WCC will monitor it.")
    assert doc._.orgs.resolve("WCC") == "Wessex County Council"
    assert [o.name for o in doc._.extraction.organisations] == ["Wessex County Council"]
    # Not stored as an alias: in another paper WCC may be another body.
    assert doc._.extraction.organisations[0].aliases == {"Wessex County Council"}


def test_find_works_on_strings_outside_the_paper(nlp):
    doc = paper_doc(nlp, "Wessex County Council (WCC) commissions Brightside Therapies CIC.")
    orgs = doc._.orgs
    cell = orgs.find("WCC")
    assert [(m.name, m.kind) for m in cell] == [("Wessex County Council", "council")]
    other = orgs.find("a grant to Lyme Community Interest Company")
    assert [(m.name, m.kind) for m in other] == [("Lyme Community Interest Company", "cic")]
    assert orgs.resolve("Brightside Therapies CIC") == "Brightside Therapies CIC"
    assert orgs.resolve("block contract") is None


def test_component_indexes_orgs_and_stores_each_once(nlp):
    """What extractors read: the index's mentions in each passage, by offset, under the canonical name."""
    doc = paper_doc(nlp, "Wessex County Council (WCC) and WCC again.", "Wessex County Council agreed.")
    organisations = doc._.extraction.organisations
    assert len(organisations) == 1 and organisations[0].mentions == 4
    mentions = [(p.text, m) for p in doc._.passages for m in doc._.orgs.find(p.text)]
    assert [text[m.start:m.end] for text, m in mentions] == ["Wessex County Council", "WCC", "Wessex County Council"]
    assert {m.name for _text, m in mentions} == {"Wessex County Council"}
    assert {m.kind for _text, m in mentions} == {"council"}


def test_paper_doc_is_not_tokenised_and_keeps_its_text(nlp):
    """No extractor reads spaCy tokens: the paper Doc has none, and its text is the passages joined."""
    doc = paper_doc(nlp, "Brackenford Council awarded the contract.", "North Mercia ICB agreed.")
    assert len(doc) == 0
    assert paper_text(doc) == "Brackenford Council awarded the contract.\n\nNorth Mercia ICB agreed."
    assert paper_text(nlp.make_doc("Lyme District Council")) == "Lyme District Council"


def test_index_from_plain_texts():
    index = OrgIndex.from_texts(["Avonford City Council (ACC) and Lyme District Council"])
    assert index.names() == ["Avonford City Council", "Lyme District Council"]
    assert index.all()[0].aliases == {"Avonford City Council", "ACC"}


# -- across documents ------------------------------------------------------



def test_merge_defined_acronyms_repoints_every_reference(nlp, db_path):
    store = Store(db_path)
    first = save_lines(store, nlp, "a.txt", "Provider: WCHT", "WCHT has agreed an extension.")
    second = save_lines(store, nlp, "b.txt", "Wessex Community Health NHS Trust (WCHT) runs the service.")
    db = store.db
    bare = db.execute("select id from organisations where name = 'WCHT'").fetchone()[0]
    full = db.execute("select id from organisations where name = 'Wessex Community Health NHS Trust'").fetchone()[0]
    db["contracts"].insert({"document_id": first, "provider_id": bare, "value_gbp": 10.0})
    db["documents"].update(first, {"authority_id": bare})

    assert merge_defined_acronyms(db) == 1

    assert db.execute("select count(*) from organisations where name = 'WCHT'").fetchone()[0] == 0
    assert db.execute("select provider_id from contracts").fetchone()[0] == full
    assert db.execute("select authority_id from documents where id = ?", [first]).fetchone()[0] == full
    assert sorted(db.execute("select document_id from document_organisations where organisation_id = ?",
                             [full]).fetchall()) == [(first,), (second,)]
    assert db.execute("select count(*) from organisation_aliases where organisation_id = ?",
                      [bare]).fetchone()[0] == 0
    assert merge_defined_acronyms(db) == 0
    store.close()


def test_an_acronym_two_bodies_define_stays_apart(nlp, db_path):
    store = Store(db_path)
    save_lines(store, nlp, "a.txt", "Provider: WCHT")
    save_lines(store, nlp, "b.txt", "Wessex Community Health NHS Trust (WCHT) runs it.")
    save_lines(store, nlp, "c.txt", "Wealdshire Children's Health Trust (WCHT) runs it.")
    assert merge_defined_acronyms(store.db) == 0
    assert store.db.execute("select count(*) from organisations where name = 'WCHT'").fetchone()[0] == 1
    store.close()


def test_spelling_variants_from_two_papers_merge_before_acronyms(nlp, db_path):
    store = Store(db_path)
    save_lines(store, nlp, "a.txt", "Provider: ANFT")
    save_lines(store, nlp, "b.txt", "The Avonford NHS Foundation Trust (ANFT) runs it.")
    save_lines(store, nlp, "c.txt", "Avonford Foundation Trust (ANFT) runs it; Avonford CCG pays.")
    assert merge_defined_acronyms(store.db) == 2
    names = [r[0] for r in store.db.execute("select name from organisations order by name")]
    assert names == ["Avonford CCG", "Avonford NHS Foundation Trust"]
    aliases = {r[0] for r in store.db.execute(
        "select alias from organisation_aliases a join organisations o on o.id = a.organisation_id "
        "where o.name = 'Avonford NHS Foundation Trust'")}
    assert aliases == {"Avonford NHS Foundation Trust", "Avonford Foundation Trust", "ANFT"}
    store.close()


def test_ingest_resolves_an_earlier_papers_acronym_when_a_later_one_defines_it(tmp_path, db_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "first.txt").write_text(
        "Therapy Services Update\n\n1. Background\n\n1.1 The service is provided by WCHT under a block contract.\n")
    ingest([papers], db_path, workers=1)
    db = Store(db_path).db
    assert db.execute("select kind from organisations where name = 'WCHT'").fetchone() == ("nhs_trust",)
    db.close()

    (papers / "second.txt").write_text(
        "Therapy Services Review\n\n1. Background\n\n"
        "1.1 Wessex Community Health NHS Trust (WCHT) provides the service for Wessex County Council.\n")
    ingest([papers], db_path, workers=1)
    db = Store(db_path).db
    assert db.execute("select count(*) from organisations where name = 'WCHT'").fetchone()[0] == 0
    rows = db.execute("""select d.filename from document_organisations m
                         join documents d on d.id = m.document_id
                         join organisations o on o.id = m.organisation_id
                         where o.name = 'Wessex Community Health NHS Trust' order by d.filename""").fetchall()
    assert rows == [("first.txt",), ("second.txt",)]
    db.close()


# -- any text --------------------------------------------------------------

NAME_PARTS = ("Wessex Lyme the The Council County City Borough NHS Trust Foundation CCG ICB Clinical "
              "Commissioning Group Integrated Care Board and & of , ( ) WCC WCHT TRFT Community Health "
              "Ltd CIC University London Royal Partnership Service 's Council's : | - . local authority").split()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NAME_PARTS), max_size=14).map(" ".join), min_size=1, max_size=5))
def test_any_text_gives_mentions_that_point_at_what_is_written(lines):
    index = OrgIndex.from_texts(lines)
    known = set(index.names())
    for line in lines:
        for mention in index.find(line):
            assert line[mention.start:mention.end] == mention.surface
            assert mention.name and mention.kind
        resolved = index.resolve(line)
        if resolved in known:
            assert index.kind_of(resolved) == next(o.kind for o in index.all() if o.name == resolved)
    for org in index.all():
        assert org.name in org.aliases and org.name == org.name.strip()


def test_a_body_the_paper_says_is_a_charity_is_an_organisation():
    index = OrgIndex.from_texts([
        "The crisis café is run by Larkspur House, a registered charity, which receives a grant from the ICB.",
        "Outreach is delivered by Oakfield Health Trust (registered charity) and by Wessex Community Health NHS Trust.",
        "Larkspur House reports quarterly. The Council, a unitary authority, and This, a test, are not named here.",
        "The guide was written with Lyme Fathers, the charity Dads Together, and local schools.",
    ])
    kinds = {org.name: org.kind for org in index.all()}
    assert kinds["Larkspur House"] == "charity"
    assert kinds["Oakfield Health Trust"] == "charity"
    assert kinds["Wessex Community Health NHS Trust"] == "nhs_trust"
    assert "The Council" not in kinds and "This" not in kinds and "Lyme Fathers" not in kinds
    found = [(m.surface, m.name) for m in index.find("Larkspur House reports quarterly.")]
    assert found == [("Larkspur House", "Larkspur House")]


@pytest.mark.parametrize("text, name", [
    ("£1.1m of risk budget is set aside for the Network Rail contracts at Pellbridge.", "Network Rail"),
    ("Interim repairs to the slip road were carried out by National Highways last winter.", "National Highways"),
    ("Gloves and aprons for the wards are supplied by NHS Supply Chain.", "NHS Supply Chain"),
])
def test_a_public_corporation_named_with_no_type_word_is_a_provider_not_a_commissioner(text, name):
    from committee_papers.extract.contract_roles import roles_in
    from committee_papers.extract.contract_terms import COMMISSIONER_KINDS

    index = OrgIndex.from_texts([text])
    (mention,) = [m for m in index.find(text) if m.name == name]
    assert mention.kind == "public_corporation" and mention.kind not in COMMISSIONER_KINDS

    class _Paper:
        def is_commissioner_kind(self, body):
            return index.kind_of(body) in COMMISSIONER_KINDS

    assert name in [m.name for m in roles_in(_Paper(), text, [mention])["provider"]]


def test_a_described_body_named_again_counts_each_time(nlp):
    doc = paper_doc(nlp, "Thornbury Befriending, a local charity, runs the lunch club.",
                    "Thornbury Befriending reported 40 new members; Thornbury Befriending-style clubs are not counted.",
                    "The Cabinet thanked Thornbury Befriending for its work.",
                    "thornbury befriending in lower case, and a passage about Brackenford Council.")
    counts = {o.name: o.mentions for o in doc._.extraction.organisations}
    assert counts["Thornbury Befriending"] == 3


# A hospice-at-home charity's name runs over its `at Home` tail (gazetteer.SUFFIX_TAILS) ...
@pytest.mark.parametrize("text, name", [
    ("Care is provided by Fenwold Hospice at Home.", "Fenwold Hospice at Home"),
    ("Oakvale Hospice at Home, a charity, runs night sits.", "Oakvale Hospice at Home"),
    ("Referrals to Brenlow Hospice at Home rose by 10%.", "Brenlow Hospice at Home"),
])
def test_a_hospice_at_home_charity_is_named_with_its_tail(text, name):
    assert [(f.name, f.kind) for f in find_names(text)] == [(name, "charity")]


# ... but not when the tail is the hospice's service (SUFFIX_TAIL_SERVICE_WORDS after it).
@pytest.mark.parametrize("text, name", [
    ("Millbrook Hospice at Home Service expanded.", "Millbrook Hospice"),
    ("The Tarnside Hospice at Home team visits 40 patients.", "Tarnside Hospice"),
    ("Funding for the Larchmere Hospice at Home Services grew.", "Larchmere Hospice"),
])
def test_a_hospice_at_home_service_names_the_hospice(text, name):
    assert [f.name for f in find_names(text)] == [name]


# -- round orgs5 ------------------------------------------------------------------

@pytest.mark.parametrize("example", PUBLIC_BODY_TYPES["legal_form_examples"], ids=lambda e: e["text"][:40])
def test_a_company_may_have_a_head_word_right_before_its_legal_form(example):
    names = [f.name for f in find_names(example["text"]) if not f.short]
    assert names == ([] if example.get("none") else [example["name"]])


@pytest.mark.parametrize("texts, expected", [
    # A firm's or charity's brand words are no place: no `Stepwell Podiatry Council`.
    (["The Council agreed to subcontract nail surgery to Stepwell Podiatry Ltd.", "Stepwell Podiatry Ltd will start."],
     ["Stepwell Podiatry Ltd"]),
    (["The Council thanked Brightmoor Advice CIC and Brightmoor Advice CIC staff."], ["Brightmoor Advice CIC"]),
    # A public body's type words are no place: Lochandean, not `Lochandean Integration Joint`.
    (["The Lochandean Integration Joint Board directs the Council."], ["Lochandean Integration Joint Board",
                                                                        "Lochandean Council"]),
    (["Harbury Fire and Rescue Authority asked the Council for data."], ["Harbury Fire and Rescue Authority",
                                                                          "Harbury Council"]),
])
def test_a_council_implied_by_the_council_takes_its_place_from_public_bodies_only(texts, expected):
    assert OrgIndex.from_texts(texts).names() == expected


@pytest.mark.parametrize("text", [
    "The library service became an Industrial & Provident Society Limited in 2012.",
    "It trades as a Community Interest Company Ltd like many others.",
    "The charity is a Charitable Incorporated Organisation Limited by guarantee.",
])
def test_a_legal_form_after_a_body_type_alone_names_no_body(text):
    assert [f.name for f in find_names(text) if not f.short] == []


@pytest.mark.parametrize("text", [
    "Decision deferred so that the Council of Governors can be consulted.",
    "The Board of Directors met the Council of Members in May.",
    "A report goes to the Council of Trustees of Harbury Hospice.",
])
def test_the_council_of_a_named_group_is_no_short_form_of_the_papers_council(text):
    assert [f for f in find_names(text) if f.short == "council"] == []
    assert not [n for n in OrgIndex.from_texts([text, "Wessex Community Health NHS Trust met."]).names()
                if n.endswith(" Council")]
