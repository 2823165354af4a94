"""Security headers on every response, through Datasette's ``asgi_wrapper`` hook.

Two Content-Security-Policies, because the pages differ in what they need:

- The project's own pages (search, document, charts, file download) run no
  script of their own.  The only inline script on them is Datasette's
  base.html menu closer (``_close_open_menus.html``), allowed by its sha256,
  computed from the installed template, so no 'unsafe-inline' is needed.
  The original-file download is additionally sandboxed; an original PDF is
  shown inline under a policy Chrome's PDF viewer can work with (PDF_CSP).
- Datasette's own pages (tables, rows, queries) carry inline scripts (table
  column menus, the CodeMirror SQL editor) and inline style attributes, so
  they get a compatible policy: scripts and styles only from this site or
  inline, nothing from other origins, no plugins, no framing.

A response that already names a policy keeps it; the wrapper fills in only
what is missing.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import datasette

COMMON = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


def _menu_script_hash() -> str:
    template = Path(datasette.__file__).parent / "templates" / "_close_open_menus.html"
    match = re.search(r"<script>(.*?)</script>", template.read_text(encoding="utf-8"), re.S)
    if not match:
        return ""
    digest = hashlib.sha256(match.group(1).encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


STRICT_CSP = ("default-src 'none'; script-src " + (_menu_script_hash() or "'none'") + "; "
              "style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
              "frame-ancestors 'none'")
DATASETTE_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                 "img-src 'self' data:; object-src 'none'; form-action 'self'; base-uri 'self'; "
                 "frame-ancestors 'none'")
DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'"
# An original PDF opens in the browser's own viewer (so #page=N works).  Chrome
# shows a PDF as a plugin document: a sandboxed response or object-src 'none'
# would leave it blank, so this policy lets the PDF be its own object and
# nothing else load.
PDF_CSP = "default-src 'none'; object-src 'self'; frame-ancestors 'none'"


def security_headers(app):
    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {bytes(k).lower() for k, _ in headers}
                defaults = {**COMMON, "content-security-policy": DATASETTE_CSP}
                headers += [[k.encode(), v.encode()] for k, v in defaults.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        return await app(scope, receive, send_with_headers)

    return wrapped
