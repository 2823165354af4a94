"""Charts (Vega-Lite rendered to SVG on the server) whose bars link to the
records behind them, and the Atom feeds on canned queries."""
import asyncio
import re
import sqlite3
import xml.etree.ElementTree as ET
from datetime import datetime
from urllib.parse import urlsplit

import pytest
import yaml
from datasette.app import Datasette

import site_fixture
from committee_papers.pipeline import ingest
from committee_papers.publish import metadata_path

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
ATOM = "{http://www.w3.org/2005/Atom}"


def site_for(db_path):
    return Datasette([str(db_path)], metadata=yaml.safe_load(metadata_path().read_text()),
                     settings={"suggest_facets": False})


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    info = site_fixture.build(tmp_path_factory.mktemp("site"))
    return site_for(info["db_path"]), info


def get(ds, path):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, (path, response.text[:300])
    return response


def charts(ds):
    text = get(ds, "/-/charts").text
    return [ET.fromstring(svg) for svg in re.findall(r"<svg.*?</svg>", text, re.S)]


def bars(svg):
    """(href, bar value as written at its end) for each linked bar."""
    links = [a.get(XLINK) for a in svg.iter(f"{SVG}a")]
    values = [t.text for t in svg.iter(f"{SVG}text") if (t.get("aria-roledescription") == "text mark")]
    return list(zip(links, values))


def test_spend_bars_link_to_the_contracts_they_sum(kb):
    ds, _ = kb
    spend, ending = charts(ds)
    found = bars(spend)
    assert len(found) >= 3
    for href, written in found:
        url = urlsplit(href)
        # A bar is the known value of contract records, each contract counted once.
        assert url.path == "/kb/contract_records_detail", href
        rows = get(ds, f"{url.path}.json?{url.query}&_shape=array").json()
        assert rows
        assert f"£{sum(r['value_gbp'] or 0 for r in rows):,.0f}" == written, href
    labels = [t.text for t in spend.iter(f"{SVG}text")]
    # Labelled by the service category (a ferry subsidy falls under transport, or is uncategorised).
    assert any(label.startswith("Brackenford Council — ") for label in labels)


def test_ending_bars_link_to_the_contracts_of_their_year(kb):
    ds, _ = kb
    _, ending = charts(ds)
    for href, written in bars(ending):
        url = urlsplit(href)
        assert url.path == "/kb/contracts_ending"
        year = re.search(r"end_date__startswith=(\d{4})", url.query).group(1)
        rows = get(ds, f"{url.path}.json?{url.query}&_shape=array&_size=max").json()
        assert len(rows) == int(written) and all(r["end_date"].startswith(year) for r in rows)


def test_values_are_written_inside_the_chart(kb):
    """The value axis runs past the longest bar, so each value's text starts
    inside the plot and has room for its characters (the browser test measures
    the real boxes)."""
    ds, _ = kb
    for svg in charts(ds):
        width = float(svg.get("width"))
        plot = re.search(r"translate\(([\d.]+),", svg.find(f"{SVG}g").get("transform"))
        left = float(plot.group(1))
        for t in svg.iter(f"{SVG}text"):
            if t.get("aria-roledescription") != "text mark":
                continue
            x = float(re.search(r"translate\(([\d.]+),", t.get("transform")).group(1))
            assert left + x + 7 * len(t.text) <= width, t.text


def test_contracts_ending_soon_feed(kb):
    ds, info = kb
    feed = ET.fromstring(get(ds, "/kb/contracts_ending_soon.atom").content)
    assert_valid_atom(feed)
    entries = feed.findall(f"{ATOM}entry")
    titles = [e.find(f"{ATOM}title").text for e in entries]
    # Three months away is in; thirty and forty months away are not.
    assert any(t.startswith(f"Ends {site_fixture.months_from_today(3)}: Community transport") for t in titles)
    assert not any("Ferry subsidy" in t or "Depot lease" in t for t in titles)
    # The PDF paper's fixed end dates are in or out depending on today.
    conn = sqlite3.connect(info["db_path"])
    start, end = conn.execute("select date('now'), date('now', '+12 months')").fetchone()
    expected = [e for (e,) in conn.execute("select end_date from contracts where not is_total and end_date is not null")
                if start[:len(e)] <= e <= end[:len(e)]]
    conn.close()
    assert len(entries) == len(expected)
    for entry in entries:
        assert re.fullmatch(r"/-/document/\d+\?passage=\d+", entry.find(f"{ATOM}link").get("href"))


def test_latest_decisions_feed(kb):
    ds, info = kb
    feed = ET.fromstring(get(ds, "/kb/latest_decisions.atom").content)
    assert_valid_atom(feed)
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text.startswith("Cabinet 2025-03-12: Cabinet approved the award")
    assert entry.find(f"{ATOM}updated").text.startswith("2025-03-12T00:00:00")
    assert entry.find(f"{ATOM}link").get("href").startswith(f"/-/document/{info['cabinet']}?passage=")


def test_feeds_with_nothing_to_report_are_still_valid(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "note.txt").write_text("Brackenford Council\n\nCabinet\n\nTitle: A note\n\n1.1 Nothing to decide.\n")
    ingest([folder], tmp_path / "kb.db", workers=1)
    ds = site_for(tmp_path / "kb.db")
    for query in ("contracts_ending_soon", "latest_decisions"):
        feed = ET.fromstring(get(ds, f"/kb/{query}.atom").content)
        assert_valid_atom(feed)
        (entry,) = feed.findall(f"{ATOM}entry")
        assert entry.find(f"{ATOM}title").text.startswith("No "), query


def assert_valid_atom(feed):
    """RFC 4287's required elements: the feed's id, title and updated; each
    entry's id, title and updated; dates in RFC 3339 with a zone; ids unique."""
    assert feed.tag == f"{ATOM}feed"
    for element in (feed, *feed.findall(f"{ATOM}entry")):
        for child in ("id", "title", "updated"):
            node = element.find(f"{ATOM}{child}")
            assert node is not None and (node.text or "").strip(), (element.tag, child)
        assert datetime.fromisoformat(element.find(f"{ATOM}updated").text).tzinfo is not None
    ids = [e.find(f"{ATOM}id").text for e in feed.findall(f"{ATOM}entry")]
    assert len(ids) == len(set(ids))


def test_search_page_offers_the_feeds_of_this_database(kb):
    ds, _ = kb
    text = get(ds, "/-/search").text
    for feed in ("/kb/contracts_ending_soon.atom", "/kb/latest_decisions.atom"):
        assert f'href="{feed}"' in text
        assert get(ds, feed).headers["content-type"].startswith("application/xml")


def test_chart_labels_from_the_papers_are_text_not_markup(tmp_path):
    info = site_fixture.build(tmp_path)
    conn = sqlite3.connect(info["db_path"])
    conn.execute("update organisations set name = '<script>alert(1)</script>' where name = 'Brackenford Council'")
    conn.commit()
    conn.close()
    ds = site_for(info["db_path"])
    text = get(ds, "/-/charts").text
    assert "<script>alert" not in text
    spend = charts(ds)[0]
    labels = [t.text for t in spend.iter(f"{SVG}text")]
    # The ferry subsidy is in no service category: its bar is the authority's "Other services".
    assert "<script>alert(1)</script> — Other services" in labels
    href = next(h for h, _ in bars(spend) if "service_category__exact=other" in h and "Wheels" not in h)
    url = urlsplit(href)
    rows = get(ds, f"{url.path}.json?{url.query}&_shape=array").json()
    assert [r["service"] for r in rows] == ["Ferry subsidy"]
