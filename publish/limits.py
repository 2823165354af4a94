"""Bounds on what one query can make the server hold in memory.

Datasette's time limit stops a query between SQLite instructions, but one
instruction can build a 400 MB value (``zeroblob(400000000)``, ``randomblob``)
and the rows are then encoded to JSON or HTML outside any limit.  Two bounds
are applied to every connection Datasette opens, through the
``prepare_connection`` hook:

- SQLite's own SQLITE_LIMIT_LENGTH caps any one string or blob a query makes
  or reads; going over is an immediate "string or blob too big" error.
- A row factory counts the bytes of the rows fetched by each cursor and stops
  the fetch once a result passes RESULT_BUDGET (Datasette fetches up to
  ``max_returned_rows`` rows, each of which may hold values up to the cap).
"""
from __future__ import annotations

import sqlite3
import weakref

# Longest single value a query may make or read.  Stored passages, quotes and
# document properties are far shorter; a value longer than this in the
# database reads as an error rather than an out-of-memory server.
VALUE_LIMIT = 4_000_000
# Bytes of cell values one query may return.  A 1,000-row page of passages is
# well under 1 MB.
RESULT_BUDGET = 32_000_000


class ResultTooLarge(sqlite3.DataError):
    """A DatabaseError, so Datasette shows it as a query error, not a crash."""


def _cell_size(value) -> int:
    if isinstance(value, (str, bytes)):
        return len(value)
    return 8


def budgeted_row_factory(budget: int = RESULT_BUDGET):
    spent: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def make_row(cursor, values):
        total = spent.get(cursor, 0) + sum(_cell_size(v) for v in values)
        if total > budget:
            spent.pop(cursor, None)
            raise ResultTooLarge(f"query result too large (over {budget:,} bytes); "
                                 "select fewer rows or columns")
        spent[cursor] = total
        return sqlite3.Row(cursor, values)

    return make_row


def limit_connection(conn: sqlite3.Connection) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, VALUE_LIMIT)
    conn.row_factory = budgeted_row_factory()
