"""Every number one click from its source: id cells link to documents,
passages and organisations; original PDFs open inline at the cited page;
organisation pages; the inputs page."""
import asyncio
import re
from html import unescape

import pytest
import yaml
from datasette.app import Datasette

import site_fixture
from committee_papers.publish import metadata_path
from committee_papers.publish.headers import DOWNLOAD_CSP, PDF_CSP


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    info = site_fixture.build(tmp_path_factory.mktemp("site"))
    ds = Datasette([str(info["db_path"])], metadata=yaml.safe_load(metadata_path().read_text()),
                   settings={"suggest_facets": False})
    return ds, info


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def links(text):
    return [unescape(h) for h in re.findall(r'href="([^"]+)"', text)]


def relations_with_sources(ds):
    """Every table and view of the knowledge base with document_id and passage_id columns."""
    db = ds.get_database("kb")
    names = asyncio.run(db.table_names()) + asyncio.run(db.view_names())
    found = []
    for name in names:
        columns = {r[1] for r in asyncio.run(db.execute(f"pragma table_info([{name}])")).rows}
        if {"document_id", "passage_id"} <= columns and not name.endswith("_fts"):
            found.append(name)
    return found


def test_every_table_and_view_with_sources_links_each_row_to_its_passage(kb):
    ds, info = kb
    relations = relations_with_sources(ds)
    assert {"contracts", "decisions", "risks", "recommendations", "key_dates",
            "contracts_detail", "contracts_ending"} <= set(relations)
    db = ds.get_database("kb")
    for name in relations:
        expected = {f"/-/document/{d}?passage={p}" for d, p in asyncio.run(db.execute(
            f"select document_id, passage_id from [{name}] where passage_id is not null limit 20")).rows}
        page = get(ds, f"/kb/{name}?_size=20")
        assert page.status_code == 200, name
        assert expected and expected <= set(links(page.text)), name


@pytest.mark.parametrize("query, args", [
    ("who_provides", "service=transport"),
    ("contracts_ending_between", "from=2000&to=2100"),
    ("search_everything", "q=transport"),
    ("recommendations_and_risks", "term=driver"),
    ("contracts_ending_soon", ""),
    ("latest_decisions", ""),
])
def test_canned_queries_link_each_row_to_its_passage(kb, query, args):
    ds, info = kb
    page = get(ds, f"/kb/{query}?{args}")
    assert page.status_code == 200
    # A row with its document_id links straight to the document; one without
    # (who_provides names the document by title) through /-/passage/ID.
    sources = [h for h in links(page.text) if re.fullmatch(r"/-/(document/\d+\?passage=|passage/)\d+", h)]
    assert sources, query
    passage = re.search(r"\d+$", sources[0]).group(0)
    location = sources[0]
    for _ in range(2):
        landing = get(ds, location)
        assert landing.status_code == 302
        location = landing.headers["location"]
        if "#" in location:
            break
    assert location.endswith(f"#passage-{passage}")
    assert f'id="passage-{passage}"' in get(ds, location.split("#")[0]).text


def test_organisation_and_contract_cells_link_to_their_pages(kb):
    ds, info = kb
    orgs = info["organisations"]
    page = get(ds, "/kb/contracts")
    hrefs = set(links(page.text))
    assert f"/-/organisation/{orgs['Brackenford Wheels CIC']}" in hrefs
    assert f"/-/organisation/{orgs['Tollmere Ferries Ltd']}" in hrefs
    # A row naming no document still reaches its source through the passage or contract.
    contract_id, passage_id, document_id = asyncio.run(ds.get_database("kb").execute(
        "select id, passage_id, document_id from contracts where service = 'Ferry subsidy'")).first()
    for path in (f"/-/contract/{contract_id}", f"/-/passage/{passage_id}"):
        response = get(ds, path)
        assert response.status_code == 302, path
        assert response.headers["location"] == f"/-/document/{document_id}?passage={passage_id}"
    contracts_ending = get(ds, "/kb/contracts_ending")
    assert f"/-/contract/{contract_id}" in links(contracts_ending.text)
    for path in ("/-/contract/424242", "/-/passage/424242", "/-/organisation/424242"):
        assert get(ds, path).status_code == 404, path


def test_text_cells_are_not_turned_into_links(kb):
    ds, _ = kb
    # value_gbp, page and ids of other tables keep Datasette's own rendering.
    page = get(ds, "/kb/contracts_detail")
    assert "£300,000" in page.text
    assert not any(re.fullmatch(r"/-/\w+/300000", h) for h in links(page.text))


def test_document_page_opens_the_original_pdf_at_the_cited_page(kb):
    ds, info = kb
    doc = info["pdf"]
    page = get(ds, f"/-/document/{doc}")
    pages_cited = {int(p) for p in re.findall(rf'/-/document/{doc}/file#page=(\d+)', page.text)}
    assert pages_cited >= {1, 2}, "facts and passages on both pages link to the PDF at their page"
    original = get(ds, f"/-/document/{doc}/file")
    assert original.status_code == 200
    assert original.content.startswith(b"%PDF")
    assert original.headers["content-type"] == "application/pdf"
    assert original.headers["content-disposition"] == (
        "inline; filename=\"wessex-therapies.pdf\"; filename*=UTF-8''wessex-therapies.pdf")
    assert original.headers["content-security-policy"] == PDF_CSP
    # Other formats are still downloads in a sandbox (an HTML original must never run here).
    text = get(ds, f"/-/document/{info['cabinet']}/file")
    assert text.headers["content-disposition"].startswith("attachment;")
    assert text.headers["content-security-policy"] == DOWNLOAD_CSP
    assert "#page=" not in get(ds, f"/-/document/{info['cabinet']}").text


def test_document_page_links_its_authority_parties_and_decisions(kb):
    ds, info = kb
    orgs = info["organisations"]
    page = get(ds, f"/-/document/{info['cabinet']}")
    hrefs = set(links(page.text))
    assert {f"/-/organisation/{orgs['Brackenford Council']}", f"/-/organisation/{orgs['Tollmere Ferries Ltd']}"} <= hrefs
    assert "Decisions (1)" in page.text and "lighthouse transport contract" in page.text


def test_organisation_page_shows_both_roles_aliases_code_and_documents(kb):
    ds, info = kb
    orgs = info["organisations"]
    page = get(ds, f"/-/organisation/{orgs['Brackenford Wheels CIC']}")
    assert page.status_code == 200
    text = page.text
    assert "Contracts as commissioner (1)" in text and "Depot lease" in text
    # As provider across both papers: the one written here and the one the extractor read.
    assert "Contracts as provider (2)" in text and "£300,000" in text
    assert "Community Transport Services (2025-03-12)" in text and "Community Transport Services (2024-11-05)" in text
    assert "BW Transport" in text
    council = get(ds, f"/-/organisation/{orgs['Brackenford Council']}").text
    assert "E07000999" in council
    assert "Contracts as commissioner (3)" in council and "Ferry subsidy" in council
    # Both papers it published, told apart by committee and file.
    assert "brackenford-cabinet-2025-03-12.txt" in council and "brackenford-scrutiny-2024-11-05.txt" in council
    assert "published by this body" in council
    assert f"/-/organisation/{orgs['Tollmere Ferries Ltd']}" in links(council)
    contract_passage = asyncio.run(ds.get_database("kb").execute(
        "select passage_id from contracts where service = 'Depot lease'")).first()[0]
    assert f"/-/document/{info['cabinet']}?passage={contract_passage}" in links(text)


def test_inputs_page_lists_unreadable_files_and_doubtful_papers(kb):
    ds, info = kb
    page = get(ds, "/-/inputs")
    assert page.status_code == 200
    text = page.text
    assert "Files that could not be read (1)" in text
    assert "broken-agenda.pdf" in text and "corrupt or truncated PDF" in text
    assert "Papers read with doubts (1)" in text
    assert "scanned-minutes.pdf" in text and "needs OCR" in text
    assert f"/-/document/{info['scanned']}" in links(text)
    assert "brackenford-cabinet" not in text
    for path in ("/", "/-/search"):
        assert "/-/inputs" in links(get(ds, path).text), path


@pytest.mark.parametrize("path", ["/kb/spend_by_authority_service", "/kb/compare_spend?service=transport"])
def test_rows_that_sum_contracts_link_to_the_contracts_they_count(kb, path):
    ds, _ = kb
    page = get(ds, path)
    # Rows count contract records (each contract once): they link to those records.
    counted = [h for h in links(page.text) if h.startswith("/kb/contract_records_detail?")]
    assert counted, path
    for href in counted:
        rows = get(ds, href.replace("/kb/contract_records_detail?", "/kb/contract_records_detail.json?_shape=array&")).json()
        assert rows, href
    if "compare_spend" in path:
        assert all("service_category__exact=transport" in h for h in counted)
        return
    # The ferry subsidy is in no service category: Brackenford's "other" row counts it.
    other = [h for h in counted if "service_category__exact=other" in h and "Brackenford+Council" in h]
    assert len(other) == 1
    rows = get(ds, other[0].replace("/kb/contract_records_detail?",
                                    "/kb/contract_records_detail.json?_shape=array&")).json()
    assert [(r["commissioner"], r["service"], r["value_gbp"]) for r in rows] == [
        ("Brackenford Council", "Ferry subsidy", 120000)]


def test_new_pages_get_the_strict_policy(kb):
    from committee_papers.publish.headers import STRICT_CSP

    ds, info = kb
    for path in ("/-/inputs", f"/-/organisation/{info['organisations']['Brackenford Council']}",
                 "/-/organisation/424242", "/-/search?q=ferry&page=2&kind=passage", "/-/charts"):
        response = get(ds, path)
        assert response.headers["content-security-policy"] == STRICT_CSP, path
        # No inline style or script of the project's own: the policy would block it.
        assert "style=" not in response.text.split("</head>", 1)[1], path


def test_the_pages_stylesheet_is_served_from_this_site(kb):
    ds, _ = kb
    page = get(ds, "/-/search?q=ferry")
    assert '<link rel="stylesheet" href="/-/committee-papers.css">' in page.text
    css = get(ds, "/-/committee-papers.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert "ol.cp-hits" in css.text


def test_a_scanned_paper_without_warnings_is_still_listed(tmp_path):
    import sqlite3

    info = site_fixture.build(tmp_path)
    conn = sqlite3.connect(info["db_path"])
    conn.execute("update documents set warnings = null where id = ?", [info["scanned"]])
    conn.commit()
    conn.close()
    ds = Datasette([str(info["db_path"])], metadata=yaml.safe_load(metadata_path().read_text()))
    text = get(ds, "/-/inputs").text
    assert "Papers read with doubts (1)" in text and "a scanned PDF needs OCR" in text
    assert "committee-papers ingest --ocr" in text
