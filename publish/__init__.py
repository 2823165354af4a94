"""Publish the knowledge base with Datasette: metadata, templates, plugins."""
from __future__ import annotations

from pathlib import Path

from committee_papers import refuse_second_copy

refuse_second_copy(__name__)

HERE = Path(__file__).resolve().parent


def metadata_path() -> Path:
    """metadata.yml: the repository's top-level copy when run from a checkout
    (or an editable install), else the copy packaged into the wheel."""
    for candidate in (HERE.parent / "metadata.yml", HERE / "metadata.yml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("metadata.yml not found beside the publish package")


LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def datasette_args(db_path, host="127.0.0.1", port=8001, allow_sql=None) -> list[str]:
    """Arguments for ``datasette serve``.

    Arbitrary SQL (``?sql=``, the query editor, ``_where=``) is a deliberate
    choice: on for a loopback address unless ``allow_sql`` is False, off on any
    other address unless ``allow_sql`` is True.  Off means Datasette's
    ``default_allow_sql`` setting is off; canned queries, search and table
    pages still work.
    """
    if allow_sql is None:
        allow_sql = is_loopback(host)
    args = [str(db_path), "--metadata", str(metadata_path()), "--host", host, "--port", str(port),
            # Facet suggestion makes every ?_search= page several times slower.
            "--setting", "suggest_facets", "off",
            "--setting", "default_allow_sql", "on" if allow_sql else "off"]
    # Templates come through the plugin's prepare_jinja2_environment hook.
    for folder, flag in ((HERE / "plugins", "--plugins-dir"), (HERE / "static", "--static")):
        if folder.is_dir():
            args += [flag, f"static:{folder}" if flag == "--static" else str(folder)]
    return args
