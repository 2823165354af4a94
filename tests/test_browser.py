"""The site in a real browser: headless Chromium driven by Playwright.

Chromium comes from Debian's package (playwright cannot download browsers
here); the test skips when it is absent.  Screenshots go to tests/artifacts/.
"""
import os
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
