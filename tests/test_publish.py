"""The Datasette site: views, canned queries, search, document pages, escaping."""
import asyncio
import re

import pytest
import yaml
from datasette.app import Datasette

from committee_papers.pipeline import ingest
from committee_papers.db.store import Store
from committee_papers.extract.facts import Contract, Extraction, KeyDate, Organisation, Recommendation, Risk
from committee_papers.publish import datasette_args, metadata_path

PAPER = """Wessex County Council

Cabinet

Title: Children's Therapy Services

1. Recommendations

1.1 That Cabinet approves the extension of the speech therapy block contract.

2. Background

2.1 The Council commissions speech and language therapy from Wessex Community Health NHS Trust.
"""

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("papers")
    (folder / "wessex.txt").write_text(PAPER, encoding="utf-8")
    db_path = folder / "kb.db"
    summary = ingest([folder], db_path, workers=1)
    assert summary.ingested == 1
    store = Store(db_path)
    # Facts written directly, so every view has known rows whatever the extractors find.
    doc_id = store.db.execute("select id from documents").fetchone()[0]
    passage = store.db.execute("select seq from passages where text like '2.1%'").fetchone()[0]
    facts = Extraction(
        organisations=[Organisation("Wessex County Council", "council", {"WCC"}, 3),
                       Organisation("Wessex Community Health NHS Trust", "nhs_trust", {"WCHT"}, 1),
                       Organisation("Lyme City Council", "council", set(), 1)],
        authority="Wessex County Council", committee="Cabinet", title=HOSTILE,
        contracts=[
            Contract(passage, 1, "speech therapy block contract", "Wessex County Council",
                     "Wessex Community Health NHS Trust", "Speech and language therapy", 1250000, "£1.25m",
                     contract_type="block", fiscal_year="2024/25", end_date="2026-03-31"),
            Contract(passage, 1, "speech therapy spot purchase", "Lyme City Council",
                     "Wessex Community Health NHS Trust", "Speech and language therapy", 400000, "£400k",
                     contract_type="spot", end_date="2025-09"),
            Contract(passage, 1, "total", "Wessex County Council", "Wessex Community Health NHS Trust",
                     "Speech and language therapy", 1650000, "£1.65m", is_total=True),
        ],
        key_dates=[KeyDate(passage, 1, "contract ends 31 March 2026", "2026-03-31", "contract ends")],
        recommendations=[Recommendation(passage, 1, "That Cabinet approves the speech therapy extension.", "1.1")],
        risks=[Risk(passage, 1, "Therapist shortages delay the service.", "Recruit jointly.")],
    )
    store.replace_facts(doc_id, [], facts)
    from committee_papers.pipeline import refresh_views
    refresh_views(store)
    store.close()
    # No template_dir: the plugin must bring its own pages.
    ds = Datasette([str(db_path)], metadata=yaml.safe_load(metadata_path().read_text()),
                   settings={"suggest_facets": False})
    return ds, doc_id


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def rows(ds, path):
    response = get(ds, path + ("&" if "?" in path else "?") + "_shape=array")
    assert response.status_code == 200, response.text
    return response.json()


def test_views_have_rows_and_exclude_totals(site):
    ds, _ = site
    detail = rows(ds, "/kb/contracts_detail.json")
    assert len(detail) == 3
    assert {"authority", "commissioner", "provider_kind", "quote", "page", "value_text"} <= set(detail[0])
    spend = {r["authority"]: r["known_value_gbp"] for r in rows(ds, "/kb/spend_by_authority_service.json")}
    assert spend == {"Wessex County Council": 1250000, "Lyme City Council": 400000}
    footprint = rows(ds, "/kb/provider_footprint.json")
    assert footprint[0]["provider"] == "Wessex Community Health NHS Trust"
    assert footprint[0]["contracts"] == 2 and footprint[0]["known_value_gbp"] == 1650000
    assert set(footprint[0]["authorities"].split(",")) == {"Wessex County Council", "Lyme City Council"}
    ending = rows(ds, "/kb/contracts_ending.json")
    assert [r["end_date"] for r in ending] == ["2025-09", "2026-03-31"]


def test_canned_queries(site):
    ds, _ = site
    assert {r["commissioner"] for r in rows(ds, "/kb/who_provides.json?service=speech")} == {
        "Wessex County Council", "Lyme City Council"}
    assert rows(ds, "/kb/who_provides.json?service=podiatry") == []
    between = rows(ds, "/kb/contracts_ending_between.json?from=2025-01&to=2025-12")
    assert [r["commissioner"] for r in between] == ["Lyme City Council"]
    compare = rows(ds, "/kb/compare_spend.json?service=speech")
    assert [r["authority"] for r in compare] == ["Wessex County Council", "Lyme City Council"]
    profile = rows(ds, "/kb/organisation_profile.json?name=WCHT")
    assert {r["fact"] for r in profile} >= {"contract", "alias"}
    assert all(r["organisation"] == "Wessex Community Health NHS Trust" for r in profile)
    mentions = rows(ds, "/kb/recommendations_and_risks.json?term=therapist")
    assert [r["kind"] for r in mentions] == ["risk"]
    found = rows(ds, "/kb/search_everything.json?q=speech")
    assert {r["kind"] for r in found} >= {"passage", "recommendation", "contract"}
    ranks = [r["rank"] for r in found]
    assert ranks == sorted(ranks)


def test_search_page_ranks_links_and_highlights(site):
    ds, doc_id = site
    page = get(ds, "/-/search?q=speech+therapy")
    assert page.status_code == 200
    assert "<mark>speech</mark>" in page.text.lower()
    link = re.search(rf'/-/document/{doc_id}\?passage=(\d+)', page.text)
    assert link, "each hit links to its source passage"
    landing = get(ds, link.group(0))
    assert landing.status_code == 302
    assert landing.headers["location"].endswith(f"?page=1#passage-{link.group(1)}")
    assert get(ds, '/-/search?q=%22OR+(').status_code == 200


def test_document_page_shows_facts_passages_and_file(site):
    ds, doc_id = site
    page = get(ds, f"/-/document/{doc_id}")
    assert page.status_code == 200
    for text in ("Contracts (3)", "£1,250,000", "Recommendations (1)", "Recruit jointly", "2026-03-31",
                 "2.1 The Council commissions"):
        assert text in page.text
    original = get(ds, f"/-/document/{doc_id}/file")
    assert original.status_code == 200 and "Wessex County Council" in original.text
    assert get(ds, "/-/document/999/file").status_code == 404
    assert get(ds, "/-/document/999").status_code == 404


def test_paper_text_is_escaped_everywhere(site):
    ds, doc_id = site
    for path in (f"/-/document/{doc_id}", "/kb/documents", "/kb/contracts_detail", "/-/search?q=cabinet"):
        page = get(ds, path)
        assert page.status_code == 200
        assert HOSTILE not in page.text, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in get(ds, f"/-/document/{doc_id}").text


def test_money_shown_in_pounds_and_charts_render(site):
    ds, _ = site
    assert "£1,250,000" in get(ds, "/kb/contracts_detail").text
    charts = get(ds, "/-/charts")
    assert charts.status_code == 200 and charts.text.count("<a xlink:href") >= 2
    assert "Lyme City Council" in charts.text


def test_metadata_applies_to_any_database_name_and_search_is_declared(site):
    ds, _ = site
    table = get(ds, "/kb/passages.json?_search=speech&_shape=array")
    assert table.status_code == 200 and table.json()
    assert "Every paragraph, list item" in get(ds, "/kb/passages").text


def test_serve_binds_loopback_and_turns_facet_suggestion_off(tmp_path):
    args = datasette_args(tmp_path / "x.db")
    assert args[args.index("--host") + 1] == "127.0.0.1"
    assert "suggest_facets" in args
    assert metadata_path().name == "metadata.yml"
