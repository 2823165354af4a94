"""Shared helpers for item-shaped facts (recommendations, decisions, risks).

Committee papers number their items (``1.``, ``13.2``, ``(a)``, ``ii)``, ``iii.``, ``A.``) or
bullet them; the number is kept apart from the text so the same item quoted
in a summary sheet and in the body is recognised as one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional

from committee_papers.ingest.bullets import ITEM_MARKS, lost_font_marks
from committee_papers.ingest.model import table_row_text

from .plain_text import ends_open, runs, squash

_NUMBER_RE = re.compile(
    r"^\s*(?:"
    # "1.That the Committee ...": a PDF can lose the space after a paragraph number, never before a word's capital.
    r"(?P<dotted>\d{1,3}(?:\.\d{1,3})*)(?:\.?(?=\s)|\.(?=[A-Z][a-z]))"
    r"|\((?P<paren>[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\)"
    # "a)", and "a.)" (e29: a motion's letters written with both a full stop and a bracket)
    r"|(?P<closing>[a-zA-Z]|[ivx]{1,4}|\d{1,2})\.?\)"
    r"|(?P<roman>[ivx]{2,5}|[IVX]{2,5})\.(?=\s+\S)"
    r"|(?P<letter>[a-zA-Z])\.(?=\s+\S)"
    rf"|(?P<bullet>[{re.escape(ITEM_MARKS + lost_font_marks())}])(?=\s)"
    r")\s*"
)
# A minute's or decision's reference before its title or maker: "45/24", "No. 12/2025", "BoD/25/021".
MINUTE_REFERENCE_RE = re.compile(r"^(?:no\.?\s*)?(?:[A-Za-z]{1,6}/)?\d{1,4}/\d{1,6}(?:/\d{1,4})?\.?(?:\s+|$)",
                                 re.IGNORECASE)
# A table cell that is only a minute's reference ("CAB/42", "HWB 24/25-07", "M.12", "FGB 55/2021"): it names no
# item or event.  Its letters are a code in capitals: `Precept 2026/27`, `Budget 2026` are items.
REFERENCE_CELL_RE = re.compile(r"^(?:[A-Z]{1,8}[\s/.\-]?)?\d[\d/.\-]*[a-z]?$")
# A transcript's speaker before the words they said: "Chair: Are we agreed?", "Dr Imogen Latham: So
# are we agreed ...?", "Cllr Tom Reed (Cabinet Member): I would propose ...": up to five capitalised
# words, an optional bracketed role, a colon. Case matters: "so: " is no speaker.
SPEAKER_RE = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*\s*(?:\([^()]{1,40}\))?\s*:\s+(?=\S)")
_SECTION_DEPTH_RE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s")


def split_number(text: str) -> tuple[Optional[str], str]:
    """(number or None, text without the number or bullet)."""
    match = _NUMBER_RE.match(text)
    if not match:
        return None, text.strip()
    rest = text[match.end():].strip()
    if not rest:
        return None, text.strip()
    if match.group("dotted"):
        return match.group("dotted"), rest
    if match.group("paren"):
        return f"({match.group('paren')})", rest
    if match.group("closing"):
        return f"({match.group('closing')})", rest
    if match.group("roman"):
        return f"({match.group('roman')})", rest
    if match.group("letter"):
        return f"({match.group('letter')})", rest
    return None, rest


# A passage cut by a page break: the first stops mid-sentence (no closing mark), the rest carries on in lower
# case or with a figure ("... extended to 31 July" / "2027 at a cost of £V;").
_CLOSERS = ".;:!?)]"


def _continues_in_lower_case(text: str) -> bool:
    """After any white space, a lower-case ASCII letter, a digit or `£`."""
    first = text.lstrip()[:1]
    return first != "" and ("a" <= first <= "z" or "0" <= first <= "9" or first == "£")


def runs_on(previous: str, text: str) -> bool:
    """Whether ``text`` reads as the rest of ``previous`` (the decision finder's list items and
    contract_prose's passages split by a page break; each caller also rules out a numbered item)."""
    return ends_open(previous, _CLOSERS) and _continues_in_lower_case(text)


def _cell_cut_short(cell: str, more: str) -> bool:
    """Whether a table cell stops mid-clause and ``more`` (its column's cell on the next page) is its rest: the cell
    ends without a closing mark on a lower-case word (`... with a view to taking over`, `serviced by`) or the rest
    opens in lower case.  A name or sum that merely lacks a stop (`Brightmoor Care` / `Fellside Homecare`, `£5,000` /
    `£3,000`: the next row of a group whose first cell is left blank) is a cell of its own."""
    words = cell.split()
    return ends_open(cell.rstrip(), _CLOSERS) and (words[-1][:1].islower() or more.lstrip()[:1].islower())


def rows_cut_by_page(passages) -> dict:
    """Index -> the table row read whole, for rows a page break cut, in either shape a reader gives them:
    - the next page's row of the same table, its first (item) cell empty, holds the rest of each cell the row before
      left open (`... with a view to taking over` / next page / `the cleaning contract from X.`): the cut row gets the
      rest, the next row keeps what no open cell took;
    - a row of one cell, with no item number, carrying on in lower case from the last filled cell of the row before
      (minutes kept as a table: `... incidents reported in the past` / `two months, and staff training is being
      arranged.`): its text joins that cell and the row is left empty (text "").
    Each as a replaced passage, as contract_prose reads a paragraph so cut (contract reader, organisation index,
    prose risks)."""
    whole: dict = {}
    for index in range(len(passages) - 1):
        row, following = whole.get(index, passages[index]), passages[index + 1]
        if row.kind != "table_row" or following.kind != "table_row" or row.table != following.table \
                or row.page is None or following.page is None or following.page <= row.page \
                or len(row.cells) != len(following.cells) or not following.cells or following.cells[0].strip():
            continue
        cells, rest = list(row.cells), list(following.cells)
        for column, (cell, more) in enumerate(zip(row.cells, following.cells)):
            if cell.strip() and more.strip() and _cell_cut_short(cell, more):
                cells[column], rest[column] = f"{cell.rstrip()} {more.lstrip()}", ""
        if cells != list(row.cells):
            whole[index] = replace(row, cells=cells, text=table_row_text(cells, row.header))
            whole[index + 1] = replace(following, cells=rest, text=table_row_text(rest, following.header))
    anchor = None   # the last row with a filled cell, which a one-cell rest joins
    for index, passage in enumerate(passages):
        row = whole.get(index, passage)
        if row.kind != "table_row":
            anchor = None
            continue
        filled = [squash(cell) for cell in row.cells if cell.strip()]
        if anchor is not None and len(filled) == 1 and split_number(filled[0])[0] is None:
            target = whole.get(anchor, passages[anchor])
            last = max(i for i, cell in enumerate(target.cells) if cell.strip())
            if runs_on(squash(target.cells[last]), filled[0]):
                cells = list(target.cells)
                cells[last] = f"{squash(cells[last])} {filled[0]}"
                whole[anchor] = replace(target, cells=cells, text=table_row_text(cells, target.header))
                whole[index] = replace(row, cells=[""] * len(row.cells), text="")
                continue
        if filled:
            anchor = index
    return whole


def heading_depth(text: str) -> Optional[int]:
    """How deep a numbered heading sits (``5`` -> 1, ``5.6`` -> 2); None if unnumbered."""
    match = _SECTION_DEPTH_RE.match(text)
    return match.group(1).count(".") + 1 if match else None


def normalise(text: str) -> str:
    """Key for deduplication: lower case words only."""
    return " ".join(runs(text.lower(), "a-z0-9£%"))


def strip_heading_number(text: str) -> str:
    return split_number(text)[1].rstrip(":").strip()


# -- run-in items -------------------------------------------------------------------------
# One splitter for a list run into one passage (a PDF reader's paragraph, a minute's
# "RESOLVED - (1) that ...; (2) that ..."), used by recommendations and decisions.

_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


@dataclass(frozen=True)
class Marker:
    """An item's number as written ("1", "(a)", "(ii)", "2a") and the values it may stand for:
    ``(("roman", 1), ("alpha", 9))`` for "(i)", which is roman 1 or the ninth letter."""

    text: str
    values: tuple


def marker_values(token: str) -> tuple:
    token = token.strip("()").lower()
    if token.isdigit():
        return (("num", int(token)),)
    values = []
    if token in _ROMAN:
        values.append(("roman", _ROMAN.index(token) + 1))
    if len(token) == 1 and token.isalpha():
        values.append(("alpha", ord(token) - 96))
    return tuple(values)


def follows(previous: tuple, following: tuple) -> Optional[str]:
    """The numbering kind in which ``following`` comes straight after ``previous``."""
    for kind, value in following:
        for prev_kind, prev_value in previous:
            if kind == prev_kind and kind != "compound" and value == prev_value + 1:
                return kind
    return None


def continues_list(previous: Optional[tuple], values: tuple, first_ok: bool) -> bool:
    """Whether a marker with ``values`` carries on a list whose last marker had ``previous`` (None:
    no marker yet): the next in the same style (``(b)`` after ``(a)``), or, where ``first_ok``, the
    first of a new list or sub-list (``(a)``, ``(i)``, ``1``)."""
    if previous is not None and follows(previous, values):
        return True
    return first_ok and any(value == 1 for _kind, value in values)



# (e26) A line a list's numbering runs across is at most this many words long.
GROUP_LINE_WORDS = 10


def numbering_runs_across(line: str, last: Optional[tuple], following: tuple) -> bool:
    """Whether a short unnumbered ``line`` between a list's items belongs to the list: a group heading over the
    items below it ("Capital programme" between "(b)" and "(c)") or a second lead-in ("In addition:", "and to
    note:"), known by the item after it carrying the list's numbering on (``following`` after ``last``, the
    values of the list's last marker) or, before any item (``last`` None), starting it ("(a)", "1").  A line
    ending as a sentence or clause does ("." ";" ","), or numbered itself, is the paper's own text."""
    text = line.strip()
    if not text or len(text.split()) > GROUP_LINE_WORDS or text.endswith((".", ";", ",")):
        return False
    if split_number(text)[0] is not None or not following:
        return False
    return continues_list(last, following, first_ok=last is None)

# An item marker inside running text: "i. approve", "(b) note", "3) agree", "(1) that", "c.) urge".
_INLINE_MARKER_RE = re.compile(r"(?:(?<=\s)|^)(\()?(\d{1,2}|[a-zA-Z]|[ivxIVX]{2,5})(\.\)|[.)])(?=\s+\S)")
# What ends the item before a marker: a colon or dash (the lead-in), a semicolon or full stop, "and"/"or",
# a resolution's "That" before its first item ("RESOLVED: That (1) ...; and (2) ...").
_BEFORE_MARKER_RE = re.compile(r"(?:^|[:;.,)]|[\s:][-–—]|\band|\bor|\bto|\bthat)\s*$", re.IGNORECASE)


def split_run_in(text: str, previous: Optional[Marker] = None,
                 single: bool = False) -> tuple[str, list[tuple[Marker, str]]]:
    """A passage's run-in items: ``(lead, [(marker, item text)])``, else ``(text, [])``.

    Items are split where their numbers run in sequence in one style (``a)`` ``b)``, ``(1)``
    ``(2)``, ``i.`` ``ii.``), from the first of a series (1, a, i), from the start of the text,
    or on from ``previous`` (the passage's own number); each marker must follow the end of
    the item before it.  One item is enough only when ``single`` and it opens the text or
    follows ``previous``.
    """
    candidates = []
    for m in _INLINE_MARKER_RE.finditer(text):
        opening, token, closing = m.groups()
        if opening and closing != ")":
            continue
        if m.start() and not _BEFORE_MARKER_RE.search(text[:m.start()]):
            continue
        values = marker_values(token)
        if values:
            candidates.append((m, (bool(opening), closing), values))
    best: list = []
    for start, (m0, style, values) in enumerate(candidates):
        first = m0.start() == 0 or any(v == 1 for _k, v in values) or (
            previous is not None and follows(previous.values, values))
        if not first:
            continue
        chain = [candidates[start]]
        for cand in candidates[start + 1:]:
            if cand[1] == style and follows(chain[-1][2], cand[2]):
                chain.append(cand)
        if len(chain) > len(best):
            best = chain
    if len(best) < 2 and not (single and best and (best[0][0].start() == 0 or previous is not None)):
        return text, []
    items = []
    for j, (m, (opening, _closing), values) in enumerate(best):
        end = best[j + 1][0].start() if j + 1 < len(best) else len(text)
        token = m.group(2)
        number = token if token.isdigit() and not opening else f"({token})"
        items.append((Marker(number, values), text[m.end():end].strip()))
    return text[:best[0][0].start()].strip(), items


def split_inline_items(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A passage holding a whole numbered list run together (a PDF reader's one paragraph):
    (lead-in before the first marker, [(number, item text)]) when at least two markers follow
    in sequence (i, ii, iii / a, b, c / 1, 2, 3); otherwise (text, [])."""
    lead, items = split_run_in(text)
    return lead, [(marker.text if marker.text.startswith("(") else f"({marker.text})", body)
                  for marker, body in items]


def split_after_heading(text: str, is_heading: Callable[[str], bool],
                        max_words: int) -> Optional[tuple[str, list[tuple[str, str]]]]:
    """A short heading run into the numbered list under it (a box's text, ``Recommendations 1. That ...
    2. That ...``): (heading, [(number, item text)]) when the text's first words, at most ``max_words``,
    are a heading ``is_heading`` accepts and at least two numbered items follow it straight away; else None."""
    words = text.split()
    for size in range(1, max_words + 1):
        heading = " ".join(words[:size])
        if not is_heading(heading):
            continue
        lead, items = split_inline_items(" ".join(words[size:]))
        if len(items) >= 2 and not lead.strip(" :"):
            return heading, items
    return None
