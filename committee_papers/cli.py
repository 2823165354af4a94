"""The ``committee-papers`` command.

Heavy libraries (spaCy, pdfplumber, Datasette) are imported inside the
commands that need them, so ``--help`` and a no-op re-run start fast.
"""
from __future__ import annotations

import sys

import click

from . import __version__

DEFAULT_DB = "papers.db"


@click.group()
@click.version_option(__version__, prog_name="committee-papers")
def cli():
    """Turn a folder of committee papers into a searchable SQLite knowledge base."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to create or update")
@click.option("--workers", type=int, default=None,
              help="Processes that parse and extract in parallel (default: number of CPUs)")
@click.option("--reextract", is_flag=True, help="Afterwards rebuild the facts of every stored document")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary")
def ingest(paths, db_path, workers, reextract, quiet):
    """Ingest papers (PDF, DOCX, HTML, TXT, MD) from files and folders.

    \b
    Example:
        committee-papers ingest examples/papers --db papers.db
    """
    from .pipeline import ingest as run_ingest
    from .pipeline import reextract as run_reextract

    interactive = sys.stderr.isatty() and not quiet
    bar = None

    def on_total(total):
        nonlocal bar
        if interactive and total:
            bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr)
            bar.__enter__()

    def on_event(event):
        if bar is not None:
            bar.update(1)
        if event.outcome == "failed":
            click.echo(f"error: {event.path}: {event.message}", err=True)
        elif quiet:
            return
        elif bar is None:
            suffix = f" ({event.message})" if event.message else ""
            click.echo(f"{event.outcome}: {event.path}{suffix}", err=True)
        elif event.message and event.outcome != "unchanged":
            click.echo(f"\nnote: {event.path}: {event.message}", err=True)

    try:
        summary = run_ingest(paths, db_path, workers=workers, on_event=on_event, on_total=on_total)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if reextract:
        count = run_reextract(db_path)
        click.echo(f"re-extracted facts for {count} documents", err=True)
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
def extract(db_path):
    """Rebuild all facts from stored passages, without re-reading files."""
    from .pipeline import reextract as run_reextract

    count = run_reextract(db_path)
    click.echo(f"re-extracted facts for {count} documents")


@cli.command()
@click.argument("query")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", default=20, show_default=True, type=int)
def search(query, db_path, limit):
    """Best-matching passages, with document, page and a highlighted snippet.

    \b
    Example:
        committee-papers search "block contract" --db papers.db
    """
    from db.search import search_passages

    hits = search_passages(db_path, query, limit=limit)
    if not hits:
        click.echo("no matches")
        return
    for hit in hits:
        page = f" p.{hit['page']}" if hit["page"] else ""
        section = f" §{hit['section']}" if hit["section"] else ""
        click.echo(click.style(f"{hit['filename']}{page}{section}", bold=True))
        snippet = hit["snippet"].replace("[", "\x00").replace("]", "\x01")
        snippet = snippet.replace("\x00", click.style("", bold=True, reset=False)).replace("\x01", click.style("", reset=True))
        click.echo(f"  {snippet}")


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless you say otherwise)")
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path, host, port):
    """Browse and search the knowledge base with Datasette."""
    from publish import datasette_args

    from datasette.cli import cli as datasette_cli

    datasette_cli.main(args=["serve", *datasette_args(db_path, host=host, port=port)], prog_name="datasette")


def main():
    cli()
