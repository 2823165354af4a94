"""The ``committee-papers`` command.

Heavy libraries (spaCy, pdfplumber, Datasette) are imported inside the
commands that need them, so ``--help`` and a no-op re-run start fast.
"""
from __future__ import annotations

import signal
import sqlite3
import sys

import click

from . import __version__

DEFAULT_DB = "papers.db"


def engine_options(command):
    """--engine and --scheduler, shared by ingest and extract."""
    command = click.option("--scheduler", metavar="tcp://HOST:PORT",
                           help="With --engine dask: a running Dask scheduler (default: a LocalCluster here)")(command)
    command = click.option("--engine", type=click.Choice(["pool", "dask"]), default="pool", show_default=True,
                           help="pool: --workers processes on this machine; dask: Dask distributed tasks")(command)
    return command


def _engine(engine, scheduler, dask_files=None) -> dict:
    """The pipeline's engine arguments; a missing Dask is one line, not a traceback."""
    if engine != "dask":
        if scheduler:
            raise click.UsageError("--scheduler needs --engine dask")
        return {}
    from .dask_engine import DaskEngineError, require_dask

    try:
        require_dask()
    except DaskEngineError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    options = {"engine": "dask", "scheduler": scheduler}
    if dask_files:
        options["dask_files"] = dask_files
    return options


@click.group()
@click.version_option(__version__, prog_name="committee-papers")
def cli():
    """Turn a folder of committee papers into a searchable SQLite knowledge base."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to create or update")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that parse and extract in parallel (default: number of CPUs)")
@click.option("--reextract", is_flag=True, help="Afterwards rebuild the facts of documents made by other extractor versions")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary")
@click.option("--ocr/--no-ocr", default=True, show_default=True,
              help="Read PDF pages that have no text layer (scans) by OCR with the tesseract command, "
                   "when it is installed (apt-get install tesseract-ocr)")
@click.option("--watch", is_flag=True, help="Keep running: ingest papers as they arrive or change (Ctrl-C stops)")
@click.option("--settle", default=2.0, show_default=True, type=click.FloatRange(min=0),
              help="With --watch: seconds a file's size and mtime must stay unchanged before it is read")
@click.option("--interval", default=1.0, show_default=True, type=click.FloatRange(min=0.05),
              help="With --watch: seconds between scans of the folders")
@click.option("--timeout", default=600.0, show_default=True, type=click.FloatRange(min=0),
              help="Seconds one file may take to read and extract before it is given up (0: no limit)")
@click.option("--max-memory", "max_memory_mb", default=1024, show_default=True, type=click.IntRange(min=0),
              help="MB of memory (address space) each worker process may use; a file needing more fails "
                   "as 'out of memory' (0: no limit)")
@click.option("--max-text", "max_text_mb", default=20.0, show_default=True, type=click.FloatRange(min=0.001),
              help="MB (millions of characters) of text one document may hold; a TXT, MD or HTML file "
                   "bigger than this is refused unread")
@click.option("--max-passages", default=100_000, show_default=True, type=click.IntRange(min=1),
              help="Passages (paragraphs, table rows) one document may hold")
@click.option("--exclude", "exclude", multiple=True, metavar="GLOB",
              help="Leave out files or folders matching GLOB (name or path below the folder named; repeatable), "
                   "e.g. --exclude SOURCES.md --exclude 'drafts/*'")
@engine_options
@click.option("--dask-files", type=click.Choice(["auto", "path", "bytes"]), default="auto", show_default=True,
              help="With --engine dask: workers open the same path (this machine, a shared filesystem), or are "
                   "sent the file's bytes (auto: path on a LocalCluster, bytes with --scheduler)")
def ingest(paths, db_path, workers, reextract, quiet, ocr, watch, settle, interval, timeout, max_memory_mb,
           max_text_mb, max_passages, exclude, engine, scheduler, dask_files):
    """Ingest papers (PDF, DOCX, HTML, TXT, MD) from files and folders.

    Each file is read in a worker process within the limits below; a file
    over a limit is recorded in ingest_errors and the batch goes on.

    \b
    Example:
        committee-papers ingest examples/papers --db papers.db
        committee-papers ingest inbox/ --db papers.db --watch
        committee-papers ingest papers/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from committee_papers.db.store import DiskFull

    from .pipeline import ingest as run_ingest
    from .worker import Limits

    limits = Limits(max_text_mb=max_text_mb, max_passages=max_passages,
                    max_memory_mb=max_memory_mb or None, timeout=timeout or None)
    engine_args = _engine(engine, scheduler, dask_files)
    options = {"limits": limits, "exclude": tuple(exclude), **engine_args}
    options["ocr"] = ocr
    if watch:
        _watch(paths, db_path, workers, options, quiet, settle, interval)
        return

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

    previous = _interrupt_on_sigterm()
    try:
        summary = run_ingest(paths, db_path, workers=workers, on_event=on_event, on_total=on_total, **options)
    except KeyboardInterrupt as exc:
        _stopped_by_signal(exc)
    except DiskFull as exc:
        _disk_full(exc)
    except sqlite3.OperationalError as exc:
        _database_error(db_path, exc)
    except Exception as exc:
        _engine_failed(exc)
    finally:
        _restore(previous)
        if bar is not None:
            bar.__exit__(None, None, None)
    if reextract:
        count = _reextract(db_path, False, workers, engine_args, limits)
        click.echo(f"re-extracted facts for {count} documents", err=True)
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)


def _reextract(db_path, everything, workers, engine_args, limits=None) -> int:
    from .pipeline import reextract as run_reextract

    def on_event(event):
        if event.outcome == "failed":
            click.echo(f"error: {event.path}: {event.message}", err=True)

    engine_args = {k: v for k, v in engine_args.items() if k != "dask_files"}
    try:
        return run_reextract(db_path, on_event, everything=everything, workers=workers, limits=limits,
                             **engine_args)
    except Exception as exc:
        _engine_failed(exc)


def _engine_failed(exc):
    """The Dask engine stopping (scheduler gone) is one line; anything else is a bug to show in full."""
    from .dask_engine import DaskEngineError

    if isinstance(exc, DaskEngineError):
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    raise exc


def _database_error(db_path, exc):
    """A locked or full database is an operational condition, not a crash: say what to do."""
    if "locked" in str(exc) or "busy" in str(exc):
        click.echo(f"error: {db_path}: the database stayed locked by another writer "
                   f"(another ingest?); nothing was lost, run the ingest again when it has finished", err=True)
        sys.exit(2)
    from committee_papers.db.store import DiskFull, is_disk_full

    if is_disk_full(exc):
        _disk_full(DiskFull(db_path, "the database"))
    raise exc


def _disk_full(exc):
    click.echo(f"error: {exc}; the documents stored before it are intact: "
               f"free some space and run the ingest again", err=True)
    sys.exit(3)


def _interrupt_on_sigterm():
    """SIGTERM stops an ingest as Ctrl-C does: the exception unwinds through
    the pipeline, which kills its workers and rolls back the document being
    written.  Returns the handler to restore."""

    def interrupt(signum, _frame):
        raise KeyboardInterrupt(signal.Signals(signum).name)

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding program): its handlers stay
        return None


def _restore(previous):
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


def _stopped_by_signal(exc):
    name = str(exc) or "SIGINT"
    click.echo(f"\ninterrupted ({name}): stopped; documents stored so far are kept, "
               f"run the ingest again to finish", err=True)
    sys.exit(128 + getattr(signal, name, signal.SIGINT))


def _watch(paths, db_path, workers, options, quiet, settle, interval):
    from .watch import Watcher, install_stop_handlers, restore_handlers

    def on_event(event):
        if event.outcome == "failed":
            click.echo(f"error: {event.path}: {event.message}", err=True)
        elif quiet or event.outcome == "unchanged":
            return
        else:
            suffix = f" ({event.message})" if event.message else ""
            click.echo(f"{event.outcome}: {event.path}{suffix}", err=True)

    from committee_papers.db.store import DiskFull
    from committee_papers.ingest.discover import printable

    watcher = Watcher(paths, db_path, settle=settle, interval=interval, workers=workers,
                      ingest_options=options, on_event=on_event)
    previous = install_stop_handlers(watcher)
    click.echo(f"watching {', '.join(printable(p) for p in paths)} (Ctrl-C to stop)", err=True)
    try:
        summary = watcher.run()
    except DiskFull as exc:
        _disk_full(exc)
    finally:
        restore_handlers(previous)
    click.echo("stopped watching", err=True)
    click.echo(summary.line())


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--all", "everything", is_flag=True,
              help="Redo every document, not only those made by another extractor version")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that extract in parallel (default: number of CPUs)")
@engine_options
def extract(db_path, everything, workers, engine, scheduler):
    """Rebuild facts from stored passages, without re-reading files.

    Documents whose facts the current extractors made are skipped, so a run
    that was stopped midway is finished by running it again.  Workers extract;
    this process alone writes, one transaction per document.
    """
    count = _reextract(db_path, everything, workers, _engine(engine, scheduler))
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
    from committee_papers.db.search import search_passages

    try:
        hits = search_passages(db_path, query, limit=limit)
    except sqlite3.OperationalError as exc:
        # A database file whose schema is not there yet (an ingest that was
        # starting, or was killed while starting) holds no papers: no matches.
        if "no such table" not in str(exc):
            raise
        hits = []
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
@click.option("--format", "fmt", type=click.Choice(["ocds", "csv", "json"]), default="ocds", show_default=True)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", default="-", type=click.File("w", encoding="utf-8"), help="File to write (default: stdout)")
@click.option("--base-url", help="Address the site is served at, so documents link to their pages")
def export(fmt, db_path, output, base_url):
    """Contracts, each once, as an OCDS 1.1 release package, CSV or JSON.

    \b
    Example:
        committee-papers export --format ocds --db papers.db -o contracts.ocds.json
    """
    from committee_papers.db.export import export as run_export

    count = run_export(db_path, fmt, output, base_url=base_url)
    click.echo(f"exported {count} contracts as {fmt}", err=True)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless you say otherwise)")
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--allow-sql/--no-sql", "allow_sql", default=None,
              help="Let visitors run their own SQL queries (default: yes on a loopback address, no on any other)")
def serve(db_path, host, port, allow_sql):
    """Browse and search the knowledge base with Datasette.

    \b
    Example:
        committee-papers serve --db papers.db
        committee-papers serve --db papers.db --host 0.0.0.0 --allow-sql
    """
    from committee_papers.publish import datasette_args, is_loopback

    from datasette.cli import cli as datasette_cli

    if allow_sql is None and not is_loopback(host):
        click.echo(f"serving on {host}: arbitrary SQL is off (--allow-sql turns it on)", err=True)
    args = datasette_args(db_path, host=host, port=port, allow_sql=allow_sql)
    datasette_cli.main(args=["serve", *args], prog_name="datasette")


def main():
    from committee_papers.db.schema import SchemaError

    try:
        cli()
    except SchemaError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
