"""The search page: every kind of fact including decisions, counts per kind,
paging with nothing skipped or repeated, filters, papers of the same title told apart."""
import asyncio
import re
from html import unescape

import pytest
import yaml
from datasette.app import Datasette

import site_fixture
from committee_papers.publish import everything, metadata_path


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    info = site_fixture.build(tmp_path_factory.mktemp("site"))
    ds = Datasette([str(info["db_path"])], metadata=yaml.safe_load(metadata_path().read_text()),
                   settings={"suggest_facets": False})
    return ds, info


def get(ds, path):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, path
    return response.text


def hits(text):
    """(kind, link) of each hit on a results page."""
    return re.findall(r'<span class="cp-kind">(\w+)</span>\s*<a href="([^"]+)"', text)


def kind_counts(text):
    found = {}
    for linked, n1, strong, n2 in re.findall(r'(\w+)s</a> \(([\d,]+)\)|<strong>(\w+)s \(([\d,]+)\)</strong>', text):
        found[linked or strong] = int((n1 or n2).replace(",", ""))
    for zero in re.findall(r"<li>(\w+)s \(0\)</li>", text):
        found[zero] = 0
    return found


def test_decisions_are_searched_and_link_to_their_passage(kb):
    ds, info = kb
    text = get(ds, "/-/search?q=lighthouse")
    found = hits(text)
    assert [k for k, _ in found] == ["decision"]
    assert re.fullmatch(rf"/-/document/{info['cabinet']}\?passage=\d+", unescape(found[0][1]))
    assert kind_counts(text)["decision"] == 1


def test_counts_per_kind_are_the_matches_of_each_kind(kb):
    ds, info = kb
    text = get(ds, "/-/search?q=transport")
    found = kind_counts(text)
    db = ds.get_database("kb")
    expected = {k.name: asyncio.run(db.execute(
        f"select count(*) from {k.fts} where {k.fts} match 'transport'")).first()[0] for k in everything.KINDS}
    assert found == expected
    assert found["passage"] >= 2 and found["contract"] >= 1 and found["recommendation"] >= 1


def test_results_page_through_every_hit_once(kb):
    ds, _ = kb
    first = get(ds, "/-/search?q=ferry")
    total = kind_counts(first)["passage"] + kind_counts(first)["contract"]
    assert total > 2 * everything.PER_PAGE, "the fixture has more ferry hits than two pages hold"
    pages = -(-total // everything.PER_PAGE)
    assert f"page 1 of {pages}" in first
    seen = []
    for number in range(1, pages + 1):
        text = get(ds, f"/-/search?q=ferry&page={number}")
        seen += [link for _, link in hits(text)]
        if number < pages:
            assert 'rel="next"' in text
    assert len(seen) == total and len(set(seen)) == total
    beyond = get(ds, f"/-/search?q=ferry&page={pages + 1}")
    assert hits(beyond) == [] and "No more matches" in beyond


def test_filters_narrow_by_kind_authority_committee_and_year(kb):
    ds, info = kb
    orgs = info["organisations"]
    contracts = get(ds, "/-/search?q=transport&kind=contract")
    assert {k for k, _ in hits(contracts)} == {"contract"}
    # the other kinds stay one click away, with their counts
    assert kind_counts(contracts)["passage"] >= 2
    scrutiny = get(ds, "/-/search?q=transport&committee=Overview+and+Scrutiny+Committee")
    assert hits(scrutiny) and all(f"/-/document/{info['documents']['brackenford-scrutiny-2024-11-05.txt']}"
                                  in unescape(link) for _, link in hits(scrutiny))
    year = get(ds, "/-/search?q=transport&year=2024")
    assert {unescape(l).split("?")[0] for _, l in hits(year)} == {
        f"/-/document/{info['documents']['brackenford-scrutiny-2024-11-05.txt']}"}
    wessex = get(ds, f"/-/search?q=therapy&authority={orgs['Wessex County Council']}")
    assert hits(wessex)
    nothing = get(ds, f"/-/search?q=therapy&authority={orgs['Brackenford Council']}")
    assert hits(nothing) == [] and "with these filters" in nothing
    # the page keeps its filters in the links it makes
    paged = unescape(get(ds, "/-/search?q=ferry&committee=Cabinet"))
    assert re.search(r'href="/-/search\?q=ferry&committee=Cabinet&page=2" rel="next"', paged)


def test_bad_filter_values_are_ignored_not_errors(kb):
    ds, _ = kb
    for args in ("kind=bogus", "year=20x4", "authority=abc", "page=0", "authority=99999999999999999999999"):
        text = get(ds, f"/-/search?q=transport&{args}")
        assert hits(text), args


def test_papers_with_the_same_title_are_told_apart(kb):
    ds, _ = kb
    text = get(ds, "/-/search?q=community+transport&kind=recommendation")
    text += get(ds, "/-/search?q=approves&kind=passage")
    assert "brackenford-cabinet-2025-03-12.txt" in text and "brackenford-scrutiny-2024-11-05.txt" in text
    assert "Cabinet · 2025-03-12" in text and "Overview and Scrutiny Committee · 2024-11-05" in text
    assert "Brackenford Council" in text


def test_more_matches_than_are_ranked_is_said_and_paged_to_the_end(tmp_path):
    import sqlite3

    from committee_papers.db.search import CANDIDATES

    info = site_fixture.build(tmp_path)
    conn = sqlite3.connect(info["db_path"])
    last_seq = conn.execute("select max(seq) from passages where document_id = ?", [info["cabinet"]]).fetchone()[0]
    conn.executemany("insert into passages (document_id, seq, page, kind, text) values (?, ?, 1, 'paragraph', ?)",
                     [(info["cabinet"], last_seq + i, f"Zebra crossing {i} on the high street.")
                      for i in range(1, CANDIDATES + 61)])
    conn.commit()
    conn.close()
    ds = Datasette([str(info["db_path"])], metadata=yaml.safe_load(metadata_path().read_text()),
                   settings={"suggest_facets": False})
    first = get(ds, "/-/search?q=zebra")
    assert kind_counts(first)["passage"] == CANDIDATES + 60
    assert "most recently ingested matches" in first
    pages = CANDIDATES // everything.PER_PAGE
    assert f"page 1 of {pages}" in first
    assert len(hits(get(ds, f"/-/search?q=zebra&page={pages}"))) == everything.PER_PAGE
    assert hits(get(ds, f"/-/search?q=zebra&page={pages + 1}")) == []
    assert "most recently ingested" not in get(ds, "/-/search?q=ferry")
