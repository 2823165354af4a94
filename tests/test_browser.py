"""The site in a real browser: headless Chromium driven by Playwright.

Chromium comes from Debian's package (playwright cannot download browsers
here); the test skips when it is absent.  Screenshots go to tests/artifacts/.
"""
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from committee_papers.pipeline import ingest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CLI = Path(sys.executable).with_name("committee-papers")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("site") / "papers.db"
    summary = ingest([ROOT / "examples" / "papers"], db_path, workers=1)
    assert summary.failed == 0 and summary.ingested >= 3
    port = free_port()
    process = subprocess.Popen([str(CLI), "serve", "--db", str(db_path), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("committee-papers serve did not start")
    yield url, db_path
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


def test_home_search_canned_query_and_source_passage(server, page):
    url, db_path = server
    page.goto(url + "/")
    assert "committee-papers" in page.title()
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)

    page.goto(url + "/-/search")
    page.fill("input[name=q]", "speech language therapy")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.cp-hits li")
    assert page.locator("ol.cp-hits mark").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)

    page.goto(url + "/papers/who_provides?service=therapy")
    assert page.locator("table.rows-and-columns tbody tr").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "canned-query.png"), full_page=True)

    # Follow the first search hit to its document and source passage.
    page.goto(url + "/-/search?q=therapy")
    page.locator("ol.cp-hits li a").first.click()
    page.wait_for_load_state()
    assert "/-/document/" in page.url
    anchor = page.url.split("#", 1)[1]
    passage = page.locator(f"#{anchor}")
    assert passage.is_visible()
    assert "therap" in passage.inner_text().lower()  # porter stemming: therapy, therapies
    page.screenshot(path=str(ARTIFACTS / "document.png"), full_page=True)


def test_hostile_title_renders_as_text(server, page):
    import sqlite3

    url, db_path = server
    conn = sqlite3.connect(db_path)
    conn.execute("update documents set title = '<script>window.pwned=1</script>' where id = 1")
    conn.commit()
    conn.close()
    for path in ("/-/document/1", "/papers/documents", "/papers/contracts_detail"):
        page.goto(url + path)
        assert page.evaluate("window.pwned === undefined"), path
    page.goto(url + "/-/document/1")
    assert "<script>window.pwned=1</script>" in page.locator("h1").inner_text()


# Every project page, on the fictional papers of tests/site_fixture.py (a PDF,
# a scanned PDF, a broken file, decisions, contracts across two papers).

# Collects Content-Security-Policy violations the page itself reports
# (Playwright injects this before any of the page's own scripts, outside its CSP).
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
"""


def serve(db_path):
    port = free_port()
    process = subprocess.Popen([str(CLI), "serve", "--db", str(db_path), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    process.kill()
    pytest.fail("committee-papers serve did not start")


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    import site_fixture

    info = site_fixture.build(tmp_path_factory.mktemp("fixture-site"))
    process, url = serve(info["db_path"])
    yield url, info
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def watched(page):
    """The browser page, with every console error, page error and CSP violation recorded."""
    problems = []
    on_console = lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
    on_error = lambda exc: problems.append(f"page error: {exc}")
    page.on("console", on_console)
    page.on("pageerror", on_error)
    page.context.add_init_script(CSP_LISTENER)
    yield page, problems
    page.remove_listener("console", on_console)
    page.remove_listener("pageerror", on_error)


def visit(page, problems, url):
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_load_state("load")
    violations = page.evaluate("window.__cspViolations || []")
    assert not violations, (url, violations)
    assert not problems, (url, problems)


def project_pages(info):
    orgs = info["organisations"]
    pages = ["/", "/-/search", "/-/search?q=transport", "/-/search?q=ferry&page=2",
             "/-/search?q=transport&kind=contract&committee=Cabinet", "/-/charts", "/-/inputs"]
    pages += [f"/-/document/{d}" for d in info["documents"].values()]
    pages += [f"/-/organisation/{o}" for o in orgs.values()]
    pages += ["/kb/contracts_detail", "/kb/contracts_ending_soon", "/kb/latest_decisions"]
    return pages


def test_every_project_page_loads_without_errors_or_policy_violations(fixture_site, watched):
    url, info = fixture_site
    page, problems = watched
    for path in project_pages(info):
        visit(page, problems, url + path)


def test_every_page_links_its_records_to_their_sources(fixture_site, watched):
    url, info = fixture_site
    page, problems = watched
    cabinet = info["cabinet"]
    visit(page, problems, url + "/kb/contracts_detail")
    assert page.locator(f"a.cp-source[href^='/-/document/{cabinet}?passage=']").count() >= 3
    assert page.locator("a.cp-source[href^='/-/organisation/']").count() >= 1 or \
        page.locator("td.col-contract_id a[href^='/-/contract/']").count() >= 1
    visit(page, problems, url + f"/-/document/{info['pdf']}")
    assert page.locator(f"a.cp-original[href='/-/document/{info['pdf']}/file#page=2']").count() >= 1
    visit(page, problems, url + f"/-/organisation/{info['organisations']['Brackenford Council']}")
    assert page.locator("a[href^='/-/document/']").count() >= 4
    visit(page, problems, url + "/-/inputs")
    assert page.locator(f"a[href='/-/document/{info['scanned']}']").count() == 1
    # A source link lands on the passage it names.
    visit(page, problems, url + "/kb/contracts_detail")
    page.locator(f"a.cp-source[href^='/-/document/{cabinet}?passage=']").first.click()
    page.wait_for_load_state()
    anchor = page.url.split("#", 1)[1]
    assert page.locator(f"#{anchor}").is_visible()
    assert "Brackenford Wheels CIC" in page.locator(f"#{anchor}").inner_text()


BOXES = """svg => {
  const box = e => { const r = e.getBoundingClientRect(); return {x: r.left, y: r.top, r: r.right, b: r.bottom}; };
  const all = sel => Array.from(svg.querySelectorAll(sel)).map(e => ({...box(e), text: e.textContent}));
  return {svg: box(svg), labels: all('.role-axis-label text'), values: all('.mark-text.role-mark text'),
          bars: all('.mark-rect.role-mark path'), links: Array.from(svg.querySelectorAll('a')).map(a => a.href.baseVal)};
}"""


def overlaps(a, b):
    return a["x"] < b["r"] and b["x"] < a["r"] and a["y"] < b["b"] and b["y"] < a["b"]


def inside(inner, outer):
    return inner["x"] >= outer["x"] - 0.5 and inner["r"] <= outer["r"] + 0.5 and \
        inner["y"] >= outer["y"] - 0.5 and inner["b"] <= outer["b"] + 0.5


def test_charts_are_readable_and_every_bar_leads_to_its_records(fixture_site, watched):
    url, info = fixture_site
    page, problems = watched
    visit(page, problems, url + "/-/charts")
    charts = page.locator("svg.cp-chart")
    assert charts.count() == 2
    for i in range(charts.count()):
        boxes = charts.nth(i).evaluate(BOXES)
        assert boxes["bars"] and len(boxes["links"]) == len(boxes["bars"])
        # The whole chart fits the window: nothing is cut off at the page's edge.
        assert boxes["svg"]["x"] >= 0 and boxes["svg"]["r"] <= page.viewport_size["width"]
        assert all(link and link.startswith("/kb/") for link in boxes["links"])
        for text in boxes["labels"] + boxes["values"]:
            assert inside(text, boxes["svg"]), f"clipped: {text['text']}"
            for bar in boxes["bars"]:
                assert not overlaps(text, bar), f"{text['text']} overlaps a bar"
        for a, b in zip(boxes["values"], boxes["values"][1:]):
            assert not overlaps(a, b), (a["text"], b["text"])
    page.screenshot(path=str(ARTIFACTS / "charts.png"), full_page=True)
    # The first bar opens the contracts behind it.
    charts.first.locator("a").first.click()
    page.wait_for_load_state()
    assert "/kb/contract_records_detail" in page.url
    assert page.locator("table.rows-and-columns tbody tr").count() >= 1
