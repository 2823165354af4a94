"""The site under hostile use: changed originals, huge SQL results, error pages,
long documents, security headers."""
import asyncio
import base64
import hashlib
import os
import re
import sqlite3
from urllib.parse import unquote, urlencode

import pytest
import yaml
from click.testing import CliRunner
from datasette.app import Datasette

from committee_papers.pipeline import ingest
from committee_papers.publish import datasette_args, metadata_path
from committee_papers.publish.headers import STRICT_CSP
from committee_papers.publish.original import Recorded, Unavailable, content_disposition, open_original

PAPER = """Brackenford Council

Cabinet

Title: Community Transport Services

1. Recommendations

1.1 That Cabinet approves the award of the community transport contract.

2. Background

2.1 The Council commissions community transport from Brackenford Wheels CIC.
"""


def site_for(db_path, **settings):
    return Datasette([str(db_path)], metadata=yaml.safe_load(metadata_path().read_text()),
                     settings={"suggest_facets": False, **settings})


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def ingest_folder(folder, db_path):
    summary = ingest([folder], db_path, workers=1)
    assert summary.failed == 0
    return summary


@pytest.fixture
def paper(tmp_path):
    """A knowledge base of one ingested paper, and the paper's path."""
    folder = tmp_path / "papers"
    folder.mkdir()
    path = folder / "transport.txt"
    path.write_text(PAPER, encoding="utf-8")
    db_path = tmp_path / "kb.db"
    ingest_folder(folder, db_path)
    doc_id = sqlite3.connect(db_path).execute("select id from documents").fetchone()[0]
    return site_for(db_path), doc_id, path


def same_size_other_bytes(path):
    original = path.read_bytes()
    return original.replace(b"Brackenford Wheels", b"Evil Corp Limited!")


# 1. The original file is served only while it is still the ingested bytes.

def test_unchanged_original_is_served(paper):
    ds, doc_id, path = paper
    response = get(ds, f"/-/document/{doc_id}/file")
    assert response.status_code == 200
    assert response.content == path.read_bytes()
    assert "download original" in get(ds, f"/-/document/{doc_id}").text


def test_original_rewritten_in_place_with_same_size_is_refused(paper):
    ds, doc_id, path = paper
    other = same_size_other_bytes(path)
    assert len(other) == path.stat().st_size
    path.write_bytes(other)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # a later write
    response = get(ds, f"/-/document/{doc_id}/file")
    assert response.status_code == 410
    assert "has changed since it was ingested" in response.text
    assert b"Evil Corp" not in response.content and "Traceback" not in response.text


def test_original_touched_but_same_bytes_is_served(paper):
    ds, doc_id, path = paper
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    response = get(ds, f"/-/document/{doc_id}/file")
    assert response.status_code == 200 and response.content == path.read_bytes()


def test_original_replaced_by_symlink_outside_the_ingested_folders_is_refused(paper, tmp_path):
    ds, doc_id, path = paper
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    # Even the very same bytes are not fetched through a symlink leading outside.
    secret = outside / "secret.txt"
    secret.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(secret)
    response = get(ds, f"/-/document/{doc_id}/file")
    assert response.status_code == 404
    assert "symlink leading outside the ingested folders" in response.text
    assert "download original" not in get(ds, f"/-/document/{doc_id}").text


def test_original_replaced_by_symlink_to_other_bytes_is_refused(paper):
    ds, doc_id, path = paper
    decoy = path.parent / "decoy.txt"
    decoy.write_bytes(same_size_other_bytes(path))
    path.unlink()
    path.symlink_to(decoy)
    assert get(ds, f"/-/document/{doc_id}/file").status_code == 410


def test_paper_ingested_through_a_symlink_inside_its_folder_is_served(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "real.txt").write_text(PAPER, encoding="utf-8")
    (folder / "a-link.txt").symlink_to(folder / "real.txt")  # walked first, so the link is recorded
    db_path = tmp_path / "kb.db"
    ingest_folder(folder, db_path)
    stored = sqlite3.connect(db_path).execute("select id, source_path from documents").fetchall()
    assert [os.path.basename(p) for _, p in stored] == ["a-link.txt"]
    response = get(site_for(db_path), f"/-/document/{stored[0][0]}/file")
    assert response.status_code == 200 and "Brackenford Wheels" in response.text


def test_original_replaced_by_a_fifo_is_refused_without_blocking(paper):
    ds, doc_id, path = paper
    path.unlink()
    os.mkfifo(path)
    response = get(ds, f"/-/document/{doc_id}/file")
    assert response.status_code == 410 and "no longer holds a regular file" in response.text


def test_the_checked_handle_is_the_one_streamed(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_bytes(b"ingested bytes")
    st = path.stat()
    recorded = Recorded(str(path), st.st_size, st.st_mtime)
    fh, size = open_original(recorded, hashlib.sha256(b"ingested bytes").hexdigest(), {str(tmp_path)})
    with fh:
        # The path is swapped after the check: what is read is still what was checked.
        replacement = tmp_path / "swap.txt"
        replacement.write_bytes(b"swapped bytes!")
        os.replace(replacement, path)
        assert fh.read() == b"ingested bytes" and size == 14
    with pytest.raises(Unavailable):
        open_original(Recorded(str(path), st.st_size, None), hashlib.sha256(b"ingested bytes").hexdigest(),
                      {str(tmp_path)})


def test_download_name_cannot_break_or_inject_into_the_header(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    name = 'minutes"; filename=evil.exe\nX-Injected: 1 £.txt'
    (folder / name).write_text(PAPER, encoding="utf-8")
    db_path = tmp_path / "kb.db"
    ingest_folder(folder, db_path)
    doc_id = sqlite3.connect(db_path).execute("select id from documents").fetchone()[0]
    response = get(site_for(db_path), f"/-/document/{doc_id}/file")
    assert response.status_code == 200
    assert "x-injected" not in response.headers
    header = response.headers["content-disposition"]
    fallback = re.fullmatch(r'attachment; filename="([^"\\]*)"; filename\*=UTF-8\'\'(\S+)', header)
    assert fallback, header
    assert fallback.group(1) == "minutes__ filename=evil.exe_X-Injected: 1 _.txt"
    assert unquote(fallback.group(2)) == name


def test_content_disposition_plain_names_stay_readable():
    assert content_disposition("Cabinet report 2024.pdf") == (
        "attachment; filename=\"Cabinet report 2024.pdf\"; filename*=UTF-8''Cabinet%20report%202024.pdf")


# 2. Arbitrary SQL is bounded, and a deliberate choice.

@pytest.mark.parametrize("sql", [
    "select zeroblob(400000000)", "select randomblob(400000000)",
    "with recursive n(i) as (select 1 union all select i + 1 from n where i < 5000) "
    "select group_concat(printf('%.*c', 1000, 'x'), '') from n"])
def test_one_huge_value_fails_fast_with_an_error(paper, sql):
    ds, _, _ = paper
    response = get(ds, "/kb.json?" + urlencode({"sql": sql, "_shape": "array"}))
    assert response.status_code == 400
    assert "too big" in response.json()["error"]
    assert len(response.content) < 10_000


def test_many_large_values_stop_at_the_result_budget(paper):
    ds, _, _ = paper
    sql = ("with recursive n(i) as (select 1 union all select i + 1 from n where i < 200) "
           "select zeroblob(3000000) from n")
    response = get(ds, "/kb.json?" + urlencode({"sql": sql, "_shape": "array"}))
    assert response.status_code == 400
    assert "query result too large" in response.json()["error"]
    assert len(response.content) < 10_000


def test_ordinary_queries_still_run(paper):
    ds, _, _ = paper
    response = get(ds, "/kb.json?_shape=array&sql=select+count(*)+as+n+from+passages")
    assert response.status_code == 200 and response.json()[0]["n"] > 3
    assert get(ds, "/kb/passages.json?_shape=array&_size=max").status_code == 200


def test_sql_off_still_serves_canned_queries_search_and_tables(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "transport.txt").write_text(PAPER, encoding="utf-8")
    ingest_folder(folder, tmp_path / "kb.db")
    ds = site_for(tmp_path / "kb.db", default_allow_sql=False)
    assert get(ds, "/kb.json?sql=select+1").status_code == 403
    assert get(ds, "/kb/who_provides.json?service=transport").status_code == 200
    assert get(ds, "/-/search?q=transport").status_code == 200
    assert "<mark>" in get(ds, "/-/search?q=transport").text
    assert get(ds, "/kb/passages").status_code == 200


def test_sql_is_on_for_loopback_and_off_elsewhere_unless_asked(tmp_path):
    def allow_sql(args):
        return args[args.index("default_allow_sql") + 1]

    assert allow_sql(datasette_args(tmp_path / "kb.db")) == "on"
    assert allow_sql(datasette_args(tmp_path / "kb.db", host="::1")) == "on"
    assert allow_sql(datasette_args(tmp_path / "kb.db", host="0.0.0.0")) == "off"
    assert allow_sql(datasette_args(tmp_path / "kb.db", host="0.0.0.0", allow_sql=True)) == "on"
    assert allow_sql(datasette_args(tmp_path / "kb.db", allow_sql=False)) == "off"


@pytest.mark.parametrize("flags, expected", [([], "off"), (["--allow-sql"], "on"), (["--no-sql"], "off")])
def test_serve_flags_reach_datasette(tmp_path, monkeypatch, flags, expected):
    from datasette.cli import cli as datasette_cli

    from committee_papers.cli import cli

    seen = {}
    monkeypatch.setattr(datasette_cli, "main", lambda args, prog_name: seen.setdefault("args", args))
    db_path = tmp_path / "kb.db"
    sqlite3.connect(db_path).close()
    result = CliRunner().invoke(cli, ["serve", "--db", str(db_path), "--host", "0.0.0.0", *flags])
    assert result.exit_code == 0, result.output
    args = seen["args"]
    assert args[args.index("default_allow_sql") + 1] == expected


# 3. Errors say what happened, never the internals.

def test_search_errors_show_no_sql_or_parameters(paper, monkeypatch):
    from datasette.database import Database, QueryInterrupted

    ds, _, _ = paper
    real_execute = Database.execute

    async def failing(self, sql, params=None, **kwargs):
        if "passages_fts" in sql:
            raise QueryInterrupted(sqlite3.OperationalError("interrupted"), sql, params)
        return await real_execute(self, sql, params, **kwargs)

    monkeypatch.setattr(Database, "execute", failing)
    page = get(ds, "/-/search?q=transport")
    assert page.status_code == 200
    assert "took too long" in page.text
    # (the page's filter <select>s are no SQL)
    for internal in ("passages_fts", "bm25", "select count", "match :q", "interrupted", "'q'"):
        assert internal not in page.text.lower(), internal


@pytest.mark.parametrize("path", ["/-/document/99999999999999999999999", "/-/document/9223372036854775808",
                                  "/-/document/99999999999999999999999/file", "/-/document/424242",
                                  "/-/document/1?passage=99999999999999999999999", "/-/document/1?page=0",
                                  "/-/document/1?page=abc", "/-/document/1?page=2", "/-/document/1?passage=x",
                                  "/-/document/1?page=²"])
def test_impossible_ids_are_plain_404s(paper, path):
    ds, doc_id, _ = paper
    assert doc_id == 1
    response = get(ds, path)
    assert response.status_code == 404
    assert "Traceback" not in response.text and "Error" not in response.text


def test_pages_on_an_empty_database_are_friendly(tmp_path):
    db_path = tmp_path / "empty.db"
    sqlite3.connect(db_path).execute("create table notes (x)").connection.close()
    ds = site_for(db_path)
    for path, status in (("/-/charts", 200), ("/-/search?q=transport", 404), ("/-/document/1", 404),
                         ("/-/document/1/file", 404)):
        response = get(ds, path)
        assert response.status_code == status, path
        assert "no such table" not in response.text and "Traceback" not in response.text
    assert "holds no committee papers yet" in get(ds, "/-/charts").text


def test_charts_before_the_views_exist(tmp_path):
    db_path = tmp_path / "kb.db"
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "transport.txt").write_text(PAPER, encoding="utf-8")
    ingest_folder(folder, db_path)
    conn = sqlite3.connect(db_path)
    for (view,) in conn.execute("select name from sqlite_master where type = 'view'").fetchall():
        conn.execute(f"drop view [{view}]")
    conn.commit()
    response = get(site_for(db_path), "/-/charts")
    assert response.status_code == 200 and "holds no committee papers yet" in response.text


def test_unexpected_errors_are_a_plain_500(paper, monkeypatch):
    import committee_papers.publish.site as site

    ds, _, _ = paper

    def broken(*args, **kwargs):
        raise RuntimeError("internal detail /srv/secret/path")

    monkeypatch.setattr(site, "bar_chart", broken)
    response = get(ds, "/-/charts")
    assert response.status_code == 500
    assert "secret" not in response.text and "Internal error" in response.text


@pytest.fixture(scope="module")
def long_document(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long")
    paragraphs = [f"{n}. Paragraph {n} of the North Mercia ICB estates review." for n in range(1, 1201)]
    (folder / "estates.txt").write_text("North Mercia ICB\n\nBoard\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    db_path = folder / "kb.db"
    ingest_folder(folder, db_path)
    conn = sqlite3.connect(db_path)
    doc_id = conn.execute("select id from documents").fetchone()[0]
    passages = conn.execute("select id, text from passages where document_id = ? order by seq", [doc_id]).fetchall()
    return site_for(db_path), doc_id, passages


def test_document_passages_are_paginated(long_document):
    ds, doc_id, passages = long_document
    assert len(passages) > 1000
    first = get(ds, f"/-/document/{doc_id}")
    assert first.text.count('id="passage-') == 500
    assert f'href="/-/document/{doc_id}?page=2"' in first.text
    last_page = -(-len(passages) // 500)
    last = get(ds, f"/-/document/{doc_id}?page={last_page}")
    assert last.text.count('id="passage-') == len(passages) - 500 * (last_page - 1)
    assert f'id="passage-{passages[-1][0]}"' in last.text
    assert get(ds, f"/-/document/{doc_id}?page={last_page + 1}").status_code == 404


def test_a_passage_link_lands_on_its_page(long_document):
    ds, doc_id, passages = long_document
    passage_id = passages[1100][0]
    response = get(ds, f"/-/document/{doc_id}?passage={passage_id}")
    assert response.status_code == 302
    target = response.headers["location"]
    assert target == f"/-/document/{doc_id}?page=3#passage-{passage_id}"
    assert f'id="passage-{passage_id}"' in get(ds, target.split("#")[0]).text


# 4. Security headers.

def inline_script_hashes(text):
    return {"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
            for body in re.findall(r"<script>(.*?)</script>", text, re.S)}


def test_own_pages_get_a_strict_policy_that_allows_their_inline_script(paper):
    ds, doc_id, _ = paper
    for path in ("/-/search?q=transport", f"/-/document/{doc_id}", "/-/charts", "/-/document/424242"):
        response = get(ds, path)
        csp = response.headers["content-security-policy"]
        assert csp == STRICT_CSP, path
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        hashes = inline_script_hashes(response.text)
        assert hashes and all(h in csp for h in hashes), path


def test_every_response_carries_the_security_headers(paper):
    ds, doc_id, _ = paper
    for path in ("/", "/kb", "/kb/documents", "/kb.json?sql=select+1", f"/-/document/{doc_id}",
                 f"/-/document/{doc_id}/file", "/no/such/page"):
        headers = get(ds, path).headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["x-frame-options"] == "DENY", path
        # Datasette's own no-referrer (database pages) is stricter still, and kept.
        assert headers["referrer-policy"] in {"same-origin", "no-referrer"}, path
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert "object-src 'none'" in headers["content-security-policy"] or \
            "default-src 'none'" in headers["content-security-policy"], path


def test_the_download_is_sandboxed(paper):
    ds, doc_id, _ = paper
    response = get(ds, f"/-/document/{doc_id}/file")
    assert "sandbox" in response.headers["content-security-policy"]
    assert response.headers["content-disposition"].startswith("attachment;")
