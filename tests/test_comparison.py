"""Comparing authorities as a new user would: ingest the seed papers as TXT
and as PDF into one database, then read the views, canned queries and export.
Needs ../shared (skipped without it); the OCDS structure check does not."""
import asyncio
import io
import json

import pytest
import yaml
from datasette.app import Datasette

from committee_papers.pipeline import ingest
from conftest import SHARED
from committee_papers.db.export import check_release_package, export
from committee_papers.publish import metadata_path

VIEWS = ["contracts_detail", "contract_records_detail", "spend_by_authority_service", "provider_footprint",
         "contracts_ending", "compare_authorities"]


# A fictional paper beside the seeds, with the words people search for.
PAPER = """Brackenford Council

Cabinet

Title: Budget Monitoring 2025/26

1. Recommendations

1.1 That Cabinet notes the cost-of-living pressures on children's services.

2. Risks

2.1 Risk: cost-of-living increases raise demand for children's social care. Mitigation: monthly forecasting.
"""


def totals(db_path):
    """Known value per authority, summed over spend_by_authority_service."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("select authority, sum(known_value_gbp) from spend_by_authority_service "
                                 "group by authority").fetchall())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    corpus = SHARED / "corpus"
    if not (corpus / "seeds").is_dir() or not (corpus / "seeds-pdf").is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    folder = tmp_path_factory.mktemp("seeds")
    ours = folder / "papers"
    ours.mkdir()
    (ours / "brackenford_2025-02-11_cabinet_budget.txt").write_text(PAPER, encoding="utf-8")
    both = folder / "both.db"
    assert ingest([corpus / "seeds", corpus / "seeds-pdf", ours], both, workers=1).failed == 0
    txt = folder / "txt.db"
    ingest([corpus / "seeds", ours], txt, workers=1)
    ds = Datasette([str(both)], metadata=yaml.safe_load(metadata_path().read_text()),
                   settings={"suggest_facets": False})
    return both, txt, ds


def rows(ds, path):
    response = asyncio.run(ds.client.get(path + ("&" if "?" in path else "?") + "_shape=array"))
    assert response.status_code == 200, response.text
    return response.json()


def test_each_authority_total_counts_each_contract_once(seeds):
    both, txt, _ = seeds
    combined = totals(both)
    # The same papers as TXT and as PDF add nothing to any authority's total.  (The
    # PDF's footer names the council the TXT calls only `RMBC`, so the combined
    # database may know an authority by its full name: compare the totals.)
    assert sorted(combined.values()) == sorted(totals(txt).values())
    assert len(combined) >= 4
    import sqlite3

    conn = sqlite3.connect(both)
    # Each total is the sum of its contracts' counted mentions: one per contract.
    counted = dict(conn.execute(
        "select o.name, sum(c.value_gbp) from contracts c join organisations o on o.id = c.commissioner_id "
        "where c.record_role = 'counted' and c.value_gbp is not null group by o.name").fetchall())
    assert combined == counted
    # A figure stated in both formats is one contract mentioned twice, in one paper.
    salt = conn.execute(
        "select value_gbp, mentions, papers from contract_records_detail "
        "where commissioner = 'HVCCG' and service_category = 'speech-and-language-therapy'").fetchall()
    single = conn.execute(
        "select c.value_gbp from contracts c join documents d on d.id = c.document_id "
        "join organisations o on o.id = c.commissioner_id "
        "where o.name = 'HVCCG' and c.service = 'SALT' and d.format = 'text'").fetchall()
    assert salt == [(single[0][0], 2, 1)]
    # A pooled overall cost stated with the partners' shares is never added to a share.
    pooled = conn.execute("select count(*) from contracts where record_role = 'sum of other mentions'").fetchone()[0]
    assert pooled >= 2


def test_who_provides_speech_finds_the_salt_contracts(seeds):
    _, _, ds = seeds
    found = rows(ds, "/both/who_provides.json?service=speech")
    assert found and {r["service_category"] for r in found} == {"speech-and-language-therapy"}
    assert {"SALT"} <= {r["service"] for r in found}
    assert len({r["record_id"] for r in found}) == len(found)  # each contract once
    assert rows(ds, "/both/who_provides.json?service=SALT") == found


@pytest.fixture(scope="module")
def ours(tmp_path_factory):
    """The fictional paper alone: needs nothing from ../shared."""
    folder = tmp_path_factory.mktemp("ours")
    (folder / "brackenford_2025-02-11_cabinet_budget.txt").write_text(PAPER, encoding="utf-8")
    db_path = folder / "ours.db"
    assert ingest([folder], db_path, workers=1).ingested == 1
    return Datasette([str(db_path)], metadata=yaml.safe_load(metadata_path().read_text()),
                     settings={"suggest_facets": False})


@pytest.mark.parametrize("words", ["children's", "cost-of-living", '"unbalanced (quote', "AND OR NOT", ""])
def test_canned_full_text_queries_accept_any_text(ours, words):
    from urllib.parse import quote

    everything = rows(ours, f"/ours/search_everything.json?q={quote(words)}")
    flagged = rows(ours, f"/ours/recommendations_and_risks.json?term={quote(words)}")
    if words in ("children's", "cost-of-living"):
        assert {r["kind"] for r in everything} >= {"passage", "recommendation"}, words
        assert {r["kind"] for r in flagged} == {"recommendation", "risk"}, words
    if words == "":
        assert everything == [] and flagged == []


def test_canned_queries_on_the_seeds_accept_apostrophes_and_hyphens(seeds):
    _, _, ds = seeds
    assert rows(ds, "/both/search_everything.json?q=children%27s")
    assert rows(ds, "/both/search_everything.json?q=cost-of-living")


def test_every_view_row_leads_to_its_source(seeds):
    _, _, ds = seeds
    for view in VIEWS:
        found = rows(ds, f"/both/{view}.json?_size=max")
        assert found, view
        for row in found:
            assert row["document_id"] is not None, (view, row)
            assert "passage_id" in row and "page" in row, view


def test_compare_authorities_puts_authorities_side_by_side(seeds):
    _, _, ds = seeds
    salt = rows(ds, "/both/compare_authorities.json?service_category=speech-and-language-therapy")
    assert len(salt) >= 3
    assert [r["rank_in_category"] for r in salt] == sorted(r["rank_in_category"] for r in salt)


def test_ocds_export_validates(seeds):
    both, _, _ = seeds
    out = io.StringIO()
    count = export(both, "ocds", out)
    package = json.loads(out.getvalue())
    assert count == len(package["releases"]) > 0
    assert check_release_package(package) == []
    roles = {role for release in package["releases"] for party in release["parties"] for role in party["roles"]}
    assert roles == {"buyer", "supplier"}
    assert all(r["awards"][0]["documents"] for r in package["releases"])
    ocds = SHARED / "reference" / "ocds"
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry
    from referencing.jsonschema import DRAFT4

    release_schema = json.loads((ocds / "release-schema.json").read_text())
    registry = Registry().with_resource(release_schema["id"], DRAFT4.create_resource(release_schema))
    validator = jsonschema.Draft4Validator(json.loads((ocds / "release-package-schema.json").read_text()),
                                           registry=registry, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(package)] == []


def test_structural_check_finds_what_the_schema_requires():
    good = {"version": "1.1", "releases": [{
        "ocid": "ocds-x-1", "id": "1", "date": "2025-01-01T00:00:00Z", "tag": ["award"], "initiationType": "tender",
        "parties": [{"id": "p1", "name": "Brackenford Council", "roles": ["buyer"]}],
        "buyer": {"id": "p1"}, "awards": [{"id": "a1", "value": {"amount": 1.0, "currency": "GBP"}}]}]}
    assert check_release_package(good) == []
    bad = json.loads(json.dumps(good))
    release = bad["releases"][0]
    del release["ocid"]
    release["date"] = "2025-01-01"
    release["awards"][0]["value"]["currency"] = "EUR"
    release["buyer"]["id"] = "p2"
    assert len(check_release_package(bad)) == 4


def test_export_csv_and_json_have_one_row_per_record(seeds):
    both, _, _ = seeds
    import csv

    csv_out, json_out = io.StringIO(), io.StringIO()
    count = export(both, "csv", csv_out)
    assert len(list(csv.DictReader(io.StringIO(csv_out.getvalue())))) == count
    export(both, "json", json_out)
    records = json.loads(json_out.getvalue())
    assert len(records) == count and all(r["mentions"] for r in records)
