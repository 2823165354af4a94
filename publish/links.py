"""Every number one click from its source: id cells become links.

Datasette calls ``render_cell`` for every cell of every table, view and canned
query.  Whatever the query, a ``document_id`` cell leads to the document's
page, a ``passage_id`` cell to the passage itself (the document page finds the
page of its list that holds it), a ``contract_id`` cell to the contract's
source passage, and an organisation id cell to the organisation's page.  The
links are built from the columns a row has, so a new view or query gets them
by naming its columns this way.  A row that sums contracts (authority,
service, contracts) leads to the contracts it counts.
"""
from __future__ import annotations

from urllib.parse import urlencode

from markupsafe import Markup, escape

# Columns holding an organisations.id, in any table, view or query.
ORGANISATION_COLUMNS = {"organisation_id", "authority_id", "commissioner_id", "provider_id"}


def _cell(row, column):
    """A row's value for ``column`` (or None): tables hand Datasette's expanded
    foreign keys over as {"value", "label"} dicts, queries plain values."""
    try:
        value = row[column]
    except (IndexError, KeyError):
        return None
    if isinstance(value, dict):
        value = value.get("value")
    return value


def _id(value):
    """A row id from a cell, or None (text, floats and booleans are not ids)."""
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        return None
    return value


def _label(value, number):
    """What the link reads: an expanded foreign key's label, else the number."""
    if isinstance(value, dict) and value.get("label") not in (None, ""):
        return str(value["label"])
    return str(number)


def document_url(datasette, document_id, passage_id=None) -> str:
    url = datasette.urls.path(f"-/document/{document_id}")
    return f"{url}?passage={passage_id}" if passage_id else url


def source_url(datasette, row, column, value):
    """Where a cell leads, or None when it is not an id the site has a page for."""
    number = _id(value)
    if number is None:
        return None
    if column == "document_id":
        return document_url(datasette, number)
    if column == "passage_id":
        document_id = _id(_cell(row, "document_id"))
        if document_id:
            return document_url(datasette, document_id, number)
        return datasette.urls.path(f"-/passage/{number}")
    if column == "contract_id":
        return datasette.urls.path(f"-/contract/{number}")
    if column in ORGANISATION_COLUMNS:
        return datasette.urls.path(f"-/organisation/{number}")
    return None


def table_url(datasette, database: str, table: str, filters: dict) -> str:
    """A Datasette table page filtered to some rows; a None value is matched
    with __isnull (an empty string would match nothing)."""
    args = {}
    for column, value in filters.items():
        if value is None:
            args[f"{column}__isnull"] = "1"
        else:
            args[f"{column}__exact"] = str(value)
    query = urlencode(args)
    return datasette.urls.table(database, table) + (f"?{query}" if query else "")


def counted_contracts_url(datasette, database, row):
    """The contracts an (authority, service) row sums: its contract records (each
    contract once) where the row names a service category, else the mentions in
    contracts_detail."""
    if _has(row, "service_category"):
        return table_url(datasette, database, "contract_records_detail",
                         {"commissioner": _cell(row, "authority"), "service_category": _cell(row, "service_category")})
    return table_url(datasette, database, "contracts_detail",
                     {"commissioner": _cell(row, "authority"), "service": _cell(row, "service"), "is_total": 0})


def _has(row, *columns) -> bool:
    try:
        keys = set(row.keys())
    except AttributeError:
        return False
    return set(columns) <= keys


def linked_cell(datasette, row, column, value, database=None):
    """The cell as an <a>, or None to let Datasette render it."""
    if column == "contracts" and database and _id(value) and _has(row, "authority", "service"):
        return Markup(f'<a class="cp-source" href="{escape(counted_contracts_url(datasette, database, row))}" '
                      f'title="The contracts counted here">{value:,}</a>')
    url = source_url(datasette, row, column, value)
    if url is None:
        return None
    title = {"document_id": "the document", "passage_id": "the source passage",
             "contract_id": "the contract's source passage"}.get(column, "the organisation")
    return Markup(f'<a class="cp-source" href="{escape(url)}" title="Open {title}">'
                  f'{escape(_label(value, _id(value)))}</a>')
