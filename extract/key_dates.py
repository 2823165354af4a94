"""cp_key_dates: the dates a paper says something happens on.

A date is a key date only where the words around it name what happens then
(a start, end, award, consultation, decision, meeting, deadline, review,
launch, implementation or report back: key_date_cues.yaml, whose entry names
the key date's ``rule``); a reporting date (``as at 30/11/2024``), a
signature, print or version line, an invoice line and a table's column
headers are not key dates.  Numeric dates are read in the order the paper
writes them (cp_dates' ``doc._.month_first``); each passage's dates are cp_dates'
``doc._.dates``.

A key date's event is the clause around it without that date (and without a section number, a
``Summary:`` label or a leading ``In``/``On``), or, in a timeline table (dates
in the first column), the row's other cells; a date inside a cell's sentence,
that sentence; a date in another column gives the row's label and the
column's header (``Larkfield: Contract End Date``; a header that only says
``Date`` adds nothing).  A
date standing alone (with at most its weekday and time) takes the heading it
sits under as its event, and is a key date only if that heading names an event
("Date of next meeting") or a timetable; beside a record of decision's
signature lines it is the day the decision was taken.  The same event on the
same date said again (summary sheet and body) is kept once.  The meeting date
found by cp_metadata is a key date with event ``meeting``.  A date is stored
once per passage.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace
import re
from functools import lru_cache
from typing import Optional
from pathlib import Path

from committee_papers.ingest.bullets import ITEM_MARKS

from . import required_text
from .phrases import load
from spacy.language import Language

from .dates import (MONTH_RE, WEEKDAY_RE, cell_dates, find_dates, find_day_month_figures, find_yearless_dates, find_yearless_months,
                    stated_iso)
from .facts import KeyDate
from .listitems import REFERENCE_CELL_RE
from .plain_text import has_letter_run, is_word_character, is_word_in_any_case, runs, squash, word_list_pattern
from .sentences import MAIN, clause_bounds, sentence_around
from .money import is_figure
from .table_roles import role_of

CUES_PATH = Path(__file__).with_name("key_date_cues.yaml")


def _word_pattern(words: list[str]) -> re.Pattern:
    # One word-boundary check around the alternatives, not one per alternative: the same matches
    # (the alternation backtracks exactly as separate branches would), tried ~5x faster, since
    # inside a word the single look-behind fails before any alternative is tried.
    return word_list_pattern(tuple(f"(?:{w})" for w in words), r"(?<!\w)(?:WORDS)(?!\w)")


@lru_cache(maxsize=1)
def cues() -> tuple[list[tuple[str, re.Pattern, bool, bool, bool]], re.Pattern]:
    """([(event kind, its words, weak, adjacent, strong)], what makes a date no key date), from key_date_cues.yaml."""
    data = load(CUES_PATH.name)
    events = [(name, _word_pattern(entry["words"]), bool(entry.get("weak")), bool(entry.get("adjacent")),
               bool(entry.get("strong"))) for name, entry in data["events"].items()]
    not_key = _word_pattern([w for entry in data["not_key"].values()
                             if not entry.get("unless_looking_ahead") and not entry.get("until_an_event")
                             for w in entry["words"]])
    return events, not_key


@lru_cache(maxsize=1)
def _not_key_until_an_event() -> Optional[re.Pattern]:
    """not_key words that govern the words after them only up to an event cue (key_date_cues.yaml not_key
    entries with `until_an_event`: `as at`, `period ending`)."""
    words = [w for entry in load(CUES_PATH.name)["not_key"].values() if entry.get("until_an_event")
             for w in entry["words"]]
    return _word_pattern(words) if words else None


@lru_cache(maxsize=1)
def _not_key_unless_ahead() -> Optional[re.Pattern]:
    """not_key words that report a position only where the words before them do not look ahead
    (key_date_cues.yaml not_key entries with `unless_looking_ahead`: `as of`)."""
    words = [w for entry in load(CUES_PATH.name)["not_key"].values() if entry.get("unless_looking_ahead")
             for w in entry["words"]]
    return _word_pattern(words) if words else None


# What may stand between "by"/"from" and the date it governs: "from the 1st", "by end of", "until Tuesday".
@lru_cache(maxsize=1)
def _adjacent_gap() -> re.Pattern:
    """Its words (key_date_cues.yaml adjacent_gap) or a weekday, each perhaps with a comma, matched whole."""
    words = (*load(CUES_PATH.name)["adjacent_gap"]["words"], WEEKDAY_RE)
    return word_list_pattern(words, r"\s*(?:(?:WORDS),?\s*)*")


@lru_cache(maxsize=4096)  # a table's header and a section's heading are asked about for every date under them
def _cue_matches(text: str) -> tuple[tuple[str, bool, bool, bool, int, int], ...]:
    """(event kind, weak, adjacent, strong, start, end) of every cue in ``text``, kinds in file order."""
    return tuple((name, weak, adjacent, strong, match.start(), match.end())
                 for name, pattern, weak, adjacent, strong in cues()[0] for match in required_text.finditer(pattern, text))


def event_kind(text: str, near: int | None = None) -> str | None:
    """The kind of happening ``text`` names (the cue nearest character ``near``), or None."""
    best = None
    for name, weak, adjacent, strong, start, end in _cue_matches(text):
        if adjacent and (near is None or not _adjacent_gap().fullmatch(text[end:near])):
            continue
        distance = 0 if near is None else min(abs(start - near), abs(end - near))
        rank = (weak, adjacent, not strong, distance)
        if best is None or rank < best[0]:
            best = (rank, name)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _weak_kinds() -> frozenset[str]:
    return frozenset(name for name, _pattern, weak, _adjacent, _strong in cues()[0] if weak)


def is_not_key(text: str, date_at: Optional[int] = None) -> bool:
    """A reporting, signature, print, version or invoice context (`as of` only where the words before it do
    not look ahead: `will apply as of 1 April` says when something starts).

    ``date_at``: where the date judged starts in ``text``.  A reporting cue (or `as of`) before it with an event
    cue between them does not govern it: in `The position as at 30 September was reported to Cabinet on 20 November` the
    second date is the meeting's."""
    if cues()[1].search(text):
        return True
    reporting = _not_key_until_an_event()
    if reporting and any(not _event_cue_between(text, match.end(), date_at) for match in reporting.finditer(text)):
        return True
    # `as of` likewise governs the words after it only up to an event cue (`As of today, funding for the bus
    # will end on 31 March`: the end's date).
    pattern = _not_key_unless_ahead()
    return bool(pattern) and any(not looks_ahead(_words_before_in_clause(text, m.start(), m.end()))
                                 and not _event_cue_between(text, m.end(), date_at)
                                 for m in pattern.finditer(text))


def _event_cue_between(text: str, start: int, end: Optional[int]) -> bool:
    """Whether a cue naming an event (not a weak or an adjacent one) stands wholly in ``text[start:end]``."""
    return end is not None and any(not weak and not adjacent and start <= cue_start and cue_end <= end
                                   for _kind, weak, adjacent, _strong, cue_start, cue_end in _cue_matches(text))


def _words_before_in_clause(text: str, start: int, end: int) -> str:
    """The words of ``text`` before ``start:end`` in the main clause holding it (its sentence cut by
    ``sentences.clause_bounds``): `will` in another clause (`The van will move in May; as of 31 March ...`)
    says nothing of this one."""
    offset, sentence = sentence_around(text, start, end)
    if not 0 <= offset <= start or start - offset > len(sentence):
        return text[:start]
    left, _right = clause_bounds(sentence, start - offset, end - offset, MAIN)
    return sentence[left:start - offset]


_MAX_EVENT = 200
_MAX_QUOTE = 300


@lru_cache(maxsize=1)
def _leading_number_and_label() -> re.Pattern:
    """A leading section number or bullet, then a label (`3.2 Summary: ...`; key_date_cues.yaml event_labels)."""
    return word_list_pattern(tuple(load(CUES_PATH.name)["event_labels"]["words"]),
                             r"^(?:\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|" f"[{re.escape(ITEM_MARKS)}]"
                             r")\s+)?(?:(?:WORDS)\s*:\s*)?")
_DANGLING_WORDS = ("and", "or", "the")


def _without_dangling(event: str) -> str:
    """An event's words without the `and`, `or`, `the` it trails off with (any case, each after a space),
    nor the spaces around them: `Consultation closes and the` -> `Consultation closes`; `Grand` stays."""
    text, cut = event.rstrip(), False
    while True:
        word = next((w for w in _DANGLING_WORDS if text[-len(w):].lower() == w
                     and text[-len(w) - 1:-len(w)].isspace()), None)
        if word is None:
            return text if cut else event
        text, cut = text[:-len(word)].rstrip(), True


def _words(text: str) -> list[str]:
    """The words of three letters or more (`to`, `by` and `of` are no words here)."""
    return runs(text, "A-Za-z", 3)


@lru_cache(maxsize=1)
def _meeting_date_label() -> re.Pattern:
    """A cover sheet's "Date:" label, which says no more than the meeting key date does (key_date_cues.yaml
    meeting_date_labels; matched whole)."""
    return word_list_pattern(tuple(load(CUES_PATH.name)["meeting_date_labels"]["words"]), r"(?:WORDS)\W*")


def _tidy(event: str) -> str:
    event = re.sub(r"\(\s*[,;–-]?\s*\)", "", event)          # "(Cabinet – )" leftovers
    event = re.sub(r"\s+([,;:.)])", r"\1", event)
    event = squash(event).strip(" ,;:.-–|")
    event = _leading_number_and_label().sub("", event, count=1)
    for _ in range(3):
        trimmed = _without_dangling(event).strip(" ,;:.-–|")
        if trimmed == event:
            break
        event = trimmed
    return event


# A weekday written right before a date, in full or short (`on Friday 4 May`, `from Sun. 13th May`, `Tuesday the 9th`).
_WEEKDAY_BEFORE_RE = re.compile(rf"\b(?P<weekday>{WEEKDAY_RE}),?"
                                rf"\s*(?:the\s+)?$", re.IGNORECASE)


# The words that lead to a date (`In July 2024, ...`, `the scheme closes on 4 May`): standing alone before it
# (perhaps after a section number) or last before a date that ends its clause, the date's, not the event's.
_LEADING_PREPOSITIONS = ("in", "on", "by", "from", "since", "during", "until", "at", "as at")
_TRAILING_PREPOSITIONS = ("in", "on", "at", "during")
# What follows a date that ends its clause: a punctuation mark or a joining word (lower case), or nothing.
_CLAUSE_END_MARKS = ",;:.)"
_JOINING_WORDS = ("and", "or", "but", "which", "when")


def _is_section_number(text: str) -> bool:
    """`3`, `2.1.`, `12.4.10`: up to three digits a part, a final full stop allowed."""
    parts = text.removesuffix(".").split(".")
    return all(part.isdecimal() and len(part) <= 3 for part in parts)


def _is_preposition_only(text: str) -> bool:
    """``text`` is one of _LEADING_PREPOSITIONS in any case, perhaps after a section number (`4.2 In`)."""
    text = text.strip()
    if any(is_word_in_any_case(text, word) for word in _LEADING_PREPOSITIONS):
        return True
    parts = text.split(None, 1)
    return len(parts) == 2 and _is_section_number(parts[0]) and any(
        is_word_in_any_case(parts[1], word) for word in _LEADING_PREPOSITIONS)


def _ends_clause(after: str) -> bool:
    """The text after a date ends the date's clause: nothing, a closing mark or a joining word (`and ends ...`)."""
    rest = after.lstrip()
    return (not rest or rest[0] in _CLAUSE_END_MARKS
            or any(rest.startswith(word) and not is_word_character(rest[len(word):len(word) + 1])
                   for word in _JOINING_WORDS))


def _without_last_preposition(before: str) -> str:
    """The text before a date without the _TRAILING_PREPOSITIONS word it ends on (`was let in ` -> `was let `)."""
    trimmed = before.rstrip()
    for word in _TRAILING_PREPOSITIONS:
        if is_word_in_any_case(trimmed[-len(word):], word) and trimmed[-len(word) - 1:-len(word)].isspace():
            return trimmed[:-len(word)].rstrip() + " "
    return before


def _event_from_sentence(sentence: str, start: int | None = None, end: int | None = None,
                         month_first: bool = False) -> str:
    """The sentence without the date it is the event of (or, with no span given, without any date)."""
    if start is None:
        without_dates = _remove_dates(sentence, month_first)
    else:
        # The weekday is part of the date: "Meeting date: Wednesday 25 September 2024", "on Tuesday 4 June".
        before = _WEEKDAY_BEFORE_RE.sub("", sentence[:start])
        if _is_preposition_only(before):
            before = ""  # "In July 2024, notice was given" -> "notice was given"
        after = sentence[end:]
        if _ends_clause(after):
            # "was let in 2019 and ends ..." -> "was let and ends ...", not "was let in and ends".
            before = _without_last_preposition(before)
        without_dates = before + after.lstrip(" ,")
        if not _has_words(_tidy(without_dates)) and before != sentence[:start]:
            # Nothing but a time is left ("Thursday 9.30am"): the weekday stays, to say something.
            without_dates = sentence[:start] + after
    return _tidy(without_dates)[:_MAX_EVENT]


def _has_words(text: str | None) -> bool:
    return bool(text) and has_letter_run(text, 3)


# What a date cell holds besides its dates: `Thursday`, the `March –` of `March – April 2024`.
_DATE_WORDS_RE = re.compile(rf"\b{WEEKDAY_RE}\b|\b{MONTH_RE}(?=\W|$)|\b(?:to|and|until|from|w/c|wc|week\s+commencing)\b",
                            re.IGNORECASE)
# A cell that is a date with at most this many other words is a date cell, not a sentence.
_DATE_CELL_WORDS = 3


def _remove_dates(text: str, month_first: bool = False) -> str:
    for mention in reversed(find_dates(text, month_first)):
        text = text[:mention.start] + " " + text[mention.end:]
    return text


def _without_dates(cell: str, month_first: bool = False) -> str:
    return _tidy(_DATE_WORDS_RE.sub(" ", _remove_dates(cell, month_first)))


def _cell_dates(passage, index: int, month_first: bool) -> list:
    """The dates of a table row's cell ``index``, read with its column's header (dates.cell_dates: `Aug 17` under
    `Target date` is a month)."""
    header = passage.header or []
    return cell_dates(passage.cells[index] or "", header[index] if index < len(header) else "", month_first)


def _row_event(passage, iso: str, month_first: bool = False) -> str | None:
    """A table row's event: in a timeline (a date first) the other cells; a date inside a
    sentence in a cell, that sentence; otherwise the row's label and the header of the
    date's column ("Larkfield: Contract End Date")."""
    cells = [c.strip() for c in passage.cells if c and c.strip()]
    if len(cells) < 2:
        return None
    first = next(i for i, cell in enumerate(passage.cells) if cell and cell.strip())
    if _cell_dates(passage, first, month_first) \
            and len(_words(_without_dates(cells[0], month_first))) <= _DATE_CELL_WORDS:
        event = squash(" ".join(cells[1:]))
        if _has_words(event):
            return event[:_MAX_EVENT]
    header = passage.header or []
    for i, cell in enumerate(passage.cells):
        mention = next((m for m in _cell_dates(passage, i, month_first) if m.iso == iso), None)
        if mention is None:
            continue
        rest = _without_dates(cell, month_first)
        if len(_words(rest)) > _DATE_CELL_WORDS:
            offset, sentence = sentence_around(cell, mention.start, mention.end)
            if 0 <= offset <= mention.start:
                return _event_from_sentence(sentence, mention.start - offset, mention.end - offset, month_first)
        column = squash(header[i]) if i < len(header) else ""
        # A column headed only `Date` or `Target date` (the `date` role) says nothing the date does not.
        column = _tidy(column) if not find_dates(column, month_first) and not role_of(column).has("date") else ""
        # (g32) A minutes table's reference cell ("FGB 55/2021") names no event: the row's titled cell does.
        label = next((squash(c) for c in passage.cells if c and c.strip() and c is not cell
                      and _has_words(c) and not REFERENCE_CELL_RE.match(squash(c))
                      and not find_dates(c, month_first)), "")
        parts = [p for p in (label, column if _has_words(column) else "", rest if _has_words(rest) else "") if p]
        if parts:
            return ": ".join(parts)[:_MAX_EVENT]
    return None


@lru_cache(maxsize=1)
def _event_openers() -> re.Pattern:
    """Openings that say how the sentence connects, not what happens (key_date_cues.yaml event_openers)."""
    return word_list_pattern(tuple(load(CUES_PATH.name)["event_openers"]["words"]), r"^(?:WORDS)\s*,?\s+")
MAX_EVENT_WORDS = 20


def _clause_around(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """The clause of ``sentence`` holding the date at start:end, with the date's offsets in it
    (cut by the one clause cutter, ``sentences.clause_bounds``, between statements only: a label
    before a colon, `Next meeting: 4 June`, and a clause joined by `, and` name the date's event).

    A clause with no words but the date (a label before a dash) keeps the whole sentence."""
    left, right = clause_bounds(sentence, start, end, MAIN)
    clause = sentence[left:right]
    if len(_words(clause[:start - left] + clause[end - left:])) < 2:
        return sentence, start, end
    return clause, start - left, end - left


def _phrase(event: str, kind: str | None) -> str:
    """An event as a short phrase: no connective opening, at most MAX_EVENT_WORDS words around its cue."""
    event = _event_openers().sub("", event).strip()
    words = event.split()
    if len(words) <= MAX_EVENT_WORDS:
        return event
    cue_at = 0
    for name, pattern, *_flags in cues()[0]:
        if name == kind:
            match = pattern.search(event)
            if match:
                cue_at = len(event[:match.start()].split())
            break
    # From the clause's start when the cue is near it, else ending a few words after the cue.
    first = 0 if cue_at < MAX_EVENT_WORDS - 5 else min(cue_at + 5, len(words)) - MAX_EVENT_WORDS
    return _tidy(" ".join(words[first:first + MAX_EVENT_WORDS]))


def _context(passage) -> str:
    """Besides a date's own words, what can say a table row or a dated line is an event: the
    table's header, and a heading that names a timetable."""
    parts = [" ".join(passage.header or [])] if passage.kind == "table_row" else []
    heading = passage.heading or ""
    if heading and event_kind(heading) == "timetable":
        parts.append(heading)
    return " ".join(parts)


def _cell_kind(passage, iso: str, month_first: bool) -> str | None:
    """What a table date's own cell says happens on it, read like prose: the cue nearest the
    date in its sentence ("will run beds from 16 December 2024", "6 January 2025 to 31 July 2028")."""
    for i, cell in enumerate(passage.cells):
        mention = next((m for m in _cell_dates(passage, i, month_first) if m.iso == iso), None)
        if mention is not None:
            offset, sentence = sentence_around(cell, mention.start, mention.end)
            if 0 <= offset <= mention.start:
                return event_kind(sentence, mention.start - offset)
            return None
    return None


def _labels_figures_in_row(passage, iso: str, month_first: bool) -> bool:
    """Whether a table row's date is in none of its cells but in the header's label of a column whose cell in
    this row is a figure ("Balance at 31 March 2025 £" over "12,000"); a timeline's first row taken for the
    header ("January 2019" over "February 2019") labels no figures."""
    if any(m.iso == iso for i in range(len(passage.cells)) for m in _cell_dates(passage, i, month_first)):
        return False
    header = passage.header or []
    return any(i < len(passage.cells) and is_figure(passage.cells[i] or "")
               and any(m.iso == iso for m in find_dates(label or "", month_first)) for i, label in enumerate(header))


# How many rows below a table's first row are looked at to see that its column holds figures.
FIGURE_ROWS_SEEN = 3


def _labels_figures_below(passages, index: int, iso: str, month_first: bool) -> bool:
    """Whether a table's first row, read as a row (a Word table without a marked header), holds the date in the
    label of a column of figures ("Position as at 30 September 2025 £000" over "1,210", "630")."""
    passage = passages[index]
    if passage.table is None or (index and passages[index - 1].table == passage.table):
        return False
    column = next((i for i, cell in enumerate(passage.cells)
                   if any(m.iso == iso for m in find_dates(cell or "", month_first))), None)
    below = [p for p in passages[index + 1:index + 1 + FIGURE_ROWS_SEEN]
             if p.table == passage.table and p.kind == "table_row"]
    return column is not None and bool(below) and all(column < len(p.cells) and is_figure(p.cells[column] or "")
                                                      for p in below)


def _not_key_cell(passage, iso: str, month_first: bool) -> bool:
    """A table date under a header such as ``Position at`` / ``Date signed`` / ``Invoice date``, in
    a cell that says so, or in a row its first cell labels so (``Invoice 4481 | 12/03/2024``).  The
    row's other cells say what the row is about ("Brightmark Print", "Document control system"),
    not what its date is."""
    header = passage.header or []
    cells = passage.cells or []
    if cells and not any(m.iso == iso for m in _cell_dates(passage, 0, month_first)) and is_not_key(cells[0] or ""):
        return True
    for i, cell in enumerate(cells):
        mention = next((m for m in _cell_dates(passage, i, month_first) if m.iso == iso), None)
        if mention is not None:
            column = header[i] if i < len(header) else ""
            if (column and is_not_key(column)) or is_not_key(_date_context_in_cell(cell, mention, month_first)):
                return True
    return False


def _date_context_in_cell(cell: str, mention, month_first: bool) -> str:
    """What a table date is judged by: a cell of one sentence or label whole; in a cell of several
    sentences (minutes set out as a table, "No. | Minute | Action") the clause around the date, as a
    paragraph's date is, so another sentence of the minute ("... the figures are being tracked ...")
    does not rule it out."""
    offset, sentence = sentence_around(cell, mention.start, mention.end)
    if not 0 <= offset <= mention.start or squash(sentence) == squash(cell):
        return cell
    return _clause_around(sentence, mention.start - offset, mention.end - offset)[0]


def _tokens(text: str) -> list[str]:
    return runs(text.lower())


_NEIGHBOURS = 3


def _signed_decision(passages, index: int) -> bool:
    """A date standing alone beside a record of decision's signature lines: the day the decision was taken.

    Other signature dates (a letter, a contract, minutes signed by the Chair) are no key dates."""
    near = passages[max(0, index - _NEIGHBOURS):index + _NEIGHBOURS + 1]
    texts = [p.text for p in near if p is not passages[index]]
    words = [set(_tokens(t)) for t in texts]
    return any("decision" in w for w in words) and any({"signed", "signature"} & w for w in words)


def _add_key_date(extraction, events_seen: set, passage, sentence: str, date: str, event: str, kind: str) -> None:
    """One key date, unless the same event on the same date was said already (summary and body)."""
    event_key = (date, " ".join(_tokens(event)))
    if event_key in events_seen:
        return
    events_seen.add(event_key)
    extraction.key_dates.append(KeyDate(
        passage_seq=passage.seq, page=passage.page, quote=sentence[:_MAX_QUOTE],
        date=date, event=event, rule=f"key_date.{kind}"))


def _box_line(passage) -> tuple[int, str] | None:
    """A table row with one filled cell: (its column, its text), else None."""
    if passage.kind != "table_row":
        return None
    # (Its white space squashed as the row's text has it: ingest/model.py table_row_text.)
    filled = [(i, " ".join(c.split())) for i, c in enumerate(passage.cells or []) if c and c.strip()]
    return filled[0] if len(filled) == 1 else None


def _carries_on(before: str, after: str) -> bool:
    """Whether the line ``after`` carries on the sentence of the line ``before`` (``... A survey was shared with`` /
    ``approximately 570 workplaces ...``, ``... will run until`` / ``31 August 2027``): no sentence end before it,
    a lower-case word or a figure first."""
    return not before.endswith((".", "!", "?", ":", ";")) and (after[:1].islower() or after[:1].isdecimal())


def _box_sentence(passages, index: int) -> tuple[str, int, int] | None:
    """For a table row that is one line of a framed box's text (a PDF reader reads the box as a table of one-cell
    rows, one a line) and carries on, or is carried on by, the line next to it: (the lines of its sentence
    joined, where this row's line starts in them, where it starts in the row's own text, which opens with its
    column's label when the box's first line was read as a header: `Consultation: run from 1 June until`);
    None for any other row."""
    line = _box_line(passages[index])
    if line is None:
        return None
    column, text = line
    in_row = passages[index].text.rfind(text)
    if in_row < 0:
        return None
    table = passages[index].table

    def neighbour(at: int) -> str | None:
        if not 0 <= at < len(passages) or passages[at].table != table:
            return None
        other = _box_line(passages[at])
        return other[1] if other and other[0] == column else None

    before, first = [], index - 1
    while (previous := neighbour(first)) is not None and _carries_on(previous, (before[0] if before else text)):
        before.insert(0, previous)
        first -= 1
    after, last = [], index + 1
    while (following := neighbour(last)) is not None and _carries_on((after[-1] if after else text), following):
        after.append(following)
        last += 1
    if not before and not after:
        return None
    head = " ".join(before)
    return " ".join(before + [text] + after), len(head) + 1 if head else 0, in_row


@Language.component("cp_key_dates")
def cp_key_dates(doc):
    extraction = doc._.extraction
    month_first = bool(doc._.month_first)
    dates = doc._.dates  # each passage's dates, from cp_dates
    seen: set[tuple] = set()
    passages = doc._.passages or []
    meeting = extraction.meeting_date
    if meeting:
        first = passages[0] if passages else None
        extraction.key_dates.append(KeyDate(
            passage_seq=first.seq if first else 0, page=first.page if first else None,
            quote=(first.text[:_MAX_QUOTE] if first else ""), date=meeting, event="meeting", rule="meeting_date"))
        seen.add(("meeting", meeting))
    events_seen: set[tuple] = set()
    for index, passage in enumerate(passages):
        if passage.kind == "table_header":
            continue  # a column header's date labels figures ("Forecast 31/03/2025"), nothing happens on it
        text = passage.text
        mentions = dates[index]
        if not mentions:
            continue
        # A framed box's lines read as one-cell table rows: a date in a line that carries on a sentence is read in
        # the whole sentence, as a paragraph's is.
        box = _box_sentence(passages, index)
        as_row = passage.kind == "table_row" and box is None
        if box is not None:
            text, in_sentence, in_row = box
            shift = in_sentence - in_row  # (a date in the column's label, before the line, is the header's)
            mentions = [replace(m, start=m.start + shift, end=m.end + shift) for m in mentions if m.start >= in_row]
        context = _context(passage)
        for mention in mentions:
            key = (passage.seq, mention.iso)
            if key in seen:
                continue
            seen.add(key)
            offset, sentence = sentence_around(text, mention.start, mention.end)
            located = 0 <= offset <= mention.start
            if located:
                clause, start, end = _clause_around(sentence, mention.start - offset, mention.end - offset)
            else:
                clause, start, end = sentence, None, None
            if passage.kind == "table_row" and passage.cells and (
                    _labels_figures_in_row(passage, mention.iso, month_first)
                    or _labels_figures_below(passages, index, mention.iso, month_first)):
                continue  # a column's label ("Forecast 31 March 2026 £: 15,000"): it dates the figures under it
            # A table row's date is judged by its own cell, column and row label (_not_key_cell).
            if (_not_key_cell(passage, mention.iso, month_first) if as_row and passage.cells
                    else is_not_key(clause, start) if located else is_not_key(sentence)):
                continue
            event = _row_event(passage, mention.iso, month_first) if as_row else None
            if not event:
                event = _event_from_sentence(clause, start, end, month_first)
            if not _has_words(event) and _signed_decision(passages, index):
                extraction.key_dates.append(KeyDate(
                    passage_seq=passage.seq, page=passage.page, quote=sentence[:_MAX_QUOTE],
                    date=mention.iso, event="decision signed", rule="key_date.signed_decision"))
                continue
            heading_kind = None
            # A date standing alone (a running title, a dated line, "Thursday 9 May at 2pm"
            # under "Date of next meeting"): what it sits under is its event.
            alone = not as_row and not _has_words(_without_dates(sentence, month_first))
            if alone or not _has_words(event):
                heading = _tidy(passage.heading or "")
                usable = (passage.kind != "heading" and len(_words(heading)) >= 2
                          and not find_dates(heading, month_first))
                if usable:
                    event = heading[:_MAX_EVENT]
                    # (A heading that only names a body, `FERNDALE BOROUGH COUNCIL`, names no event.)
                    heading_kind = event_kind(heading) if alone else None
                    heading_kind = None if heading_kind in _weak_kinds() else heading_kind
                elif not _has_words(event):
                    event = sentence[:_MAX_EVENT]
            if mention.iso == meeting and _meeting_date_label().fullmatch(event.strip()):
                continue
            if as_row:
                kind = _cell_kind(passage, mention.iso, month_first) or event_kind(event)
            else:
                kind = event_kind(clause, start) if located else event_kind(event)
            kind = kind or event_kind(context) or heading_kind
            if kind is None and _opens_line(passage, text, mention):
                # (`22nd January 2027, Village Hall` under a line `Date of next meeting:`: that meeting's date)
                label = _meeting_label_above(passages, index)
                kind, event = ("meeting_list", label) if label else (None, event)
            if kind is None and not as_row:
                stage = _bracketed_stage(sentence, mention.start - offset if located else -1, month_first, meeting)
                if stage:
                    kind, name = stage
                    event = f"{_tidy(name)} {'starts' if kind == 'start' else 'ends'}"
            if kind is None:
                continue  # nothing is said to happen on this date
            event = _phrase(event, kind)
            date = stated_iso(text, mention)
            _add_key_date(extraction, events_seen, passage, sentence, date, event, kind)
    _stage_spans(passages, extraction, events_seen, meeting)
    if not meeting:
        _paper_date(passages, dates, extraction, events_seen)
    if meeting and len(meeting) == 10:
        _meeting_lists(passages, meeting, extraction, events_seen)
        _yearless_key_dates(passages, meeting, extraction, events_seen, month_first)
    return doc


@lru_cache(maxsize=1)
def _paper_date_cue() -> tuple[re.Pattern, int]:
    """(the label of a paper's own date field right before its date, how many opening passages it is looked for in):
    key_date_cues.yaml paper_date."""
    data = load(CUES_PATH.name)["paper_date"]
    return word_list_pattern(tuple(data["words"]), r"(?:^|[^a-z\s])\s*(?:WORDS)\s*[:\-–]\s*$"), int(data["opening_passages"])


def paper_date_label(before: str) -> bool:
    """Whether the text ``before`` a date ends with the label of the paper's own date field (`Date: `)."""
    return bool(_paper_date_cue()[0].search(before))


def _labelled_as_the_papers_date(passage, mention) -> bool:
    """Whether the paper_date label stands right before ``mention`` in its own words: in a paragraph's text, or inside
    a table cell (`Date: March 2019` in a cover row, or in a cover table's first row read as its header); a column's
    header (`Date` over a timeline's or a register's dates) labels each row's date, not the paper's."""
    if passage.kind in ("table_row", "table_header") and passage.cells:
        cell = next((cell for cell in passage.cells if cell and mention.text in cell), None)
        return cell is not None and paper_date_label(cell[:cell.index(mention.text)])
    return paper_date_label(passage.text[:mention.start])


def _paper_date(passages, dates, extraction, events_seen: set) -> None:
    """A paper no meeting dates is dated by its own date field on its cover (key_date_cues.yaml paper_date): the first
    date of its opening passages that such a label stands right before is its key date, `date of the paper`."""
    _label, opening = _paper_date_cue()
    for passage, mentions in zip(passages[:opening], dates[:opening]):
        for mention in mentions or []:
            if _labelled_as_the_papers_date(passage, mention):
                _add_key_date(extraction, events_seen, passage, passage.text, stated_iso(passage.text, mention),
                              "date of the paper", "paper_date")
                return


@lru_cache(maxsize=1)
def _meeting_list_re() -> re.Pattern:
    return word_list_pattern(tuple(load(CUES_PATH.name)["yearless"]["coming_meetings"]["words"]),
                             r"\b(?P<cue>(?:WORDS))\s*[:\u2013\u2014-]?\s*")


# One date of a list: its weekday optional, the day (an ordinal perhaps set apart, `19 th`) before or after its month.
_LIST_DATE_RE = re.compile(
    rf"(?:{WEEKDAY_RE},?\s+)?(?:(?P<d1>[0-3]?\d)\s?(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{MONTH_RE})\b"
    rf"|(?P<m2>{MONTH_RE})\s+(?P<d2>[0-3]?\d)(?:\s?(?:st|nd|rd|th))?\b)", re.IGNORECASE)
# (Bullets of any font, `\uf0b7` among them, commas, semicolons, bars and `and` set a list's dates apart.)
_LIST_GAP_RE = re.compile(r"(?:\s|[^\w\s\u00a3$(]|\band\b)*", re.IGNORECASE)
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def _listed_days(text: str, at: int) -> list[tuple[int, int]]:
    """(month, day) of each date of the list starting at ``at``, up to the first thing that is no date;
    none when a date in it carries a year (the date finder reads those)."""
    found = []
    while True:
        at = _LIST_GAP_RE.match(text, at).end()
        match = _LIST_DATE_RE.match(text, at)
        if not match:
            break
        month = _MONTH_NUMBERS[(match.group("m1") or match.group("m2"))[:3].lower()]
        day = int(match.group("d1") or match.group("d2"))
        if not 1 <= day <= 31:
            break
        found.append((month, day))
        at = match.end()
    if _opens_with_year(text[at:]):
        return []
    return found


def _opens_with_year(text: str) -> bool:
    """``text`` opens with a year of 19xx or 20xx, after an optional comma and white space, as a whole
    number (as `,?\\s*(?:19|20)\\d\\d\\b`): `, 2026` and ` 1999.` do; `2026th`, `21 May` and `; 2026` do not."""
    text = (text[1:] if text.startswith(",") else text).lstrip()
    return text[:2] in ("19", "20") and text[2:4].isdecimal() and len(text) >= 4 \
        and not (text[4:5].isalnum() or text[4:5] == "_")


def _next_on_or_after(after: _dt.date, month: int, day: int, strictly: bool) -> Optional[_dt.date]:
    """The first date of this day and month on or after ``after`` (after it when ``strictly``), within
    five years (a 29th of February waits for a leap year); None if there is none."""
    for year in range(after.year, after.year + 5):
        try:
            candidate = _dt.date(year, month, day)
        except ValueError:
            continue
        if candidate > after or (candidate == after and not strictly):
            return candidate
    return None


def _meeting_lists(passages, meeting: str, extraction, events_seen: set) -> None:
    """Key dates of a list of coming meetings written without years (key_date_cues.yaml yearless.coming_meetings):
    every date of the list looks ahead, so each is read by yearless_iso after the meeting and not before the
    list's previous date."""
    for index, passage in enumerate(passages):
        texts = [c for c in passage.cells if c and c.strip()] if passage.kind == "table_row" else [passage.text]
        for text in texts:
            text = squash(text)
            # (required_text: every passage is read for the list's cue; one without its words is not searched.)
            for cue in required_text.finditer(_meeting_list_re(), text):
                days = _listed_days(text, cue.end())
                if len(days) < 2:
                    continue  # (one yearless date is read with its nearest year, as any other)
                # (the meeting's own day is no coming meeting: the list starts the day after)
                previous = (_dt.date.fromisoformat(meeting) + _dt.timedelta(days=1)).isoformat()
                for month, day in days:
                    date = yearless_iso(meeting, month, day, looks_ahead=True, not_before=previous)
                    if date is None:
                        break
                    _add_key_date(extraction, events_seen, passage, text[cue.start():cue.start() + _MAX_QUOTE],
                                  date, cue.group("cue"), "meeting_list")
                    previous = date
        # A label ending its line (`Date of next meetings :`, a minutes table's last cell `Date of Next Meeting:`):
        # the dates of the line after it are those meetings', one or more.
        label = _meeting_label_above(passages, index)
        if label is None:
            continue
        previous = (_dt.date.fromisoformat(meeting) + _dt.timedelta(days=1)).isoformat()
        line = squash(_first_text(passage))
        for month, day in _listed_days(line, 0):
            date = yearless_iso(meeting, month, day, looks_ahead=True, not_before=previous)
            if date is None:
                break
            _add_key_date(extraction, events_seen, passage, line[:_MAX_QUOTE], date, label, "meeting_list")
            previous = date


# What may stand before a date that opens its line: bullets, bars and dashes of a list or a table row.
_LINE_OPENING_MARKS = " \t,;:|-\u2013\u2014\u2022\uf0b7*"


def _opens_line(passage, text: str, mention) -> bool:
    """Whether the date ``mention`` of ``text`` opens its line (after its weekday, if written): the passage's text, or
    a table row's first cell that holds any (a row's text may lead with its column's label)."""
    if passage.kind == "table_row" and passage.cells:
        cell = _first_text(passage)
        at = cell.find(mention.text)
        return at >= 0 and not _WEEKDAY_BEFORE_RE.sub("", cell[:at]).strip(_LINE_OPENING_MARKS)
    return not _WEEKDAY_BEFORE_RE.sub("", text[:mention.start]).strip(_LINE_OPENING_MARKS)


def _first_text(passage) -> str:
    """A passage's text, or a table row's first cell that holds any."""
    if passage.kind == "table_row" and passage.cells:
        return next((c for c in passage.cells if c and c.strip()), "")
    return passage.text or ""


def _meeting_label_above(passages, index: int) -> Optional[str]:
    """The label of coming meetings (key_date_cues.yaml yearless.coming_meetings) that ends the line right before
    passage ``index`` -- a line of its own, or a table row's last cell that holds any -- if there is one."""
    if index == 0 or passages[index].kind in ("table_header", "heading"):
        return None
    above = passages[index - 1]
    if above.kind == "table_row" and above.cells:
        text = next((c for c in reversed(above.cells) if c and c.strip()), "")
    else:
        text = above.text or ""
    text = squash(text).rstrip()
    cue = next((c for c in required_text.finditer(_meeting_list_re(), text) if c.end() >= len(text)), None)
    return cue.group("cue") if cue else None


# `Build and Handover (2028–2029)`, `Phase 2 (2026 - 2027)`: a stage of a programme named with
# the span of years it runs in brackets.  The date finder reads no bare year (a year alone is most often
# a count or a financial year); a bracketed span of later years right after a stage's name is when it runs.
# (`2025/26` and `(2025-26)` are financial years: both years must be written in full.)
# The stage's name: capitalised words, lower-case ones only after `and`/`of`/`&` (`Phase 2 of the programme`),
# so a clause before it is no part of it (`Works will start in Phase 2 (2027-2029)` names `Phase 2`).
# A stage named in a few words with its span of years in brackets (`Build and Handover (2028-2029)`), or, opening a
# list's item, after a comma, colon or dash (`Outline Business Case, 2025 to 2026: 1 year`).
_STAGE_SPAN_RE = re.compile(r"(?P<stage>\b[A-Z][\w'\u2019-]*(?:\s+(?:(?:and|of|&)\s+(?:the\s+)?[\w'\u2019-]+|[A-Z0-9][\w'\u2019-]*)){0,5}?)\s*"
                            r"(?:(?P<bracket>\()|[,:\u2013\u2014-])\s*(?P<start>(?:19|20)\d\d)\s*(?:[\u2013\u2014-]|to)\s*"
                            r"(?P<end>(?:19|20)\d\d)(?(bracket)\s*\)|\b(?![\u2013\u2014/-]))")
# A listed stage's item is this short (its name, its years and perhaps how long it takes: `: 1 year to 18 months`).
MAX_STAGE_ITEM_WORDS = 16
# How many passages back a listed stage's lead-in may be (the other stages' items between).
STAGE_LIST_REACH = 8


@lru_cache(maxsize=1)
def _stage_list_lead_in() -> re.Pattern:
    """What a lead-in to a list of a programme's stages names (key_date_cues.yaml stage_lists)."""
    return _word_pattern(load(CUES_PATH.name)["stage_lists"]["lead_in"]["words"])


def _listed_stage_led(passages, index: int) -> bool:
    """Whether the item at ``index`` is one of a list whose lead-in names its stages (`The scheme involves three
    key stages:`), the list's other items between them."""
    for passage in reversed(passages[max(0, index - STAGE_LIST_REACH):index]):
        text = squash(passage.text)
        if text.endswith(":"):
            return bool(_stage_list_lead_in().search(text))
        if len(text.split()) > MAX_STAGE_ITEM_WORDS:
            return False
    return False


def _stage_spans(passages, extraction, events_seen: set, meeting: str | None = None) -> None:
    """Key dates of programme stages written with their years in brackets: the stage starts in the
    first year and ends in the last (rules key_date.start / key_date.end), only in a sentence that
    names something happening (an event cue of key_date_cues.yaml: `stages`, `implementation`); and of
    a list's items each opening with a stage and its years (`Outline Business Case, 2025 to 2026: 1 year`)
    under a lead-in naming the stages (key_date_cues.yaml stage_lists) or with an event cue of their own."""
    for index, passage in enumerate(passages):
        if passage.kind in ("table_header", "table_row") or not ("20" in passage.text or "19" in passage.text):
            continue
        text = passage.text
        for match in _STAGE_SPAN_RE.finditer(text):
            first, last = int(match.group("start")), int(match.group("end"))
            if not first < last <= first + 10 or (meeting and last < int(meeting[:4])):
                continue  # (a span over before the meeting, `the previous Waste Strategy (2015-2020)`, is history)
            _offset, sentence = sentence_around(text, match.start(), match.end())
            if is_not_key(sentence):
                continue
            if not match.group("bracket"):
                # Unbracketed, a stage's years count only opening a short item of a list of stages.
                if (text[:match.start()].strip() or len(text.split()) > MAX_STAGE_ITEM_WORDS
                        or not (_listed_stage_led(passages, index) or event_kind(sentence) not in (None, *_weak_kinds()))):
                    continue
            elif event_kind(sentence) in (None, *_weak_kinds()):
                continue
            stage = _tidy(match.group("stage"))
            _add_key_date(extraction, events_seen, passage, sentence, str(first), f"{stage} starts", "start")
            _add_key_date(extraction, events_seen, passage, sentence, str(last), f"{stage} ends", "end")


# `Library refit design (October 2026 – February 2027)`, `Phase 2: consultation (May 2026 – July 2026)`: a stage
# named in a few words with the dates it runs over in brackets (a timeline's item).
_BRACKETED_RANGE_RE = re.compile(r"\((?P<first>[^()]{3,40}?)\s*(?:[\u2013\u2014-]|\bto\b|\buntil\b)\s*(?P<last>[^()]{3,40}?)\)")
MAX_STAGE_NAME_WORDS = 8


def _bracketed_stage(sentence: str, at: int, month_first: bool, meeting: str | None = None) -> tuple[str, str] | None:
    """(`start` or `end`, the stage's name) for a date that opens or closes the bracketed range of a
    short stage name (the whole sentence is the name and its range), else None: the range itself
    says the stage runs then, though no cue word does.  A range over before the meeting's month is a
    period reported on (`Treasury management (1 April 2025 – 31 March 2026)`), as in _stage_spans."""
    if at < 0:
        return None
    for match in _BRACKETED_RANGE_RE.finditer(sentence):
        if not match.start() <= at < match.end():
            continue
        name = (sentence[:match.start()] + " " + sentence[match.end():]).strip(" .;:")
        if not _has_words(name) or len(name.split()) > MAX_STAGE_NAME_WORDS or find_dates(name, month_first):
            return None
        first, last = find_dates(match.group("first"), month_first), find_dates(match.group("last"), month_first)
        if not (first and last) or (meeting and last[-1].iso[:7] < meeting[:7]):
            return None
        return ("start" if at < match.start("last") else "end"), name
    return None


def _nearest_year(meeting: str, month: int, day: int) -> int:
    """The year that puts a day and month nearest the meeting ("the 16th of September" said on
    8 July 2025 is 2025; "the 14th of January" said in December is the next year's), counted in
    real days between real dates (a 29th of February only in a year that has one)."""
    held = _dt.date.fromisoformat(meeting[:10])
    candidates = []
    for year in (held.year - 1, held.year, held.year + 1):
        try:
            candidates.append((abs((_dt.date(year, month, day) - held).days), year))
        except ValueError:  # no such day that year
            continue
    return min(candidates)[1] if candidates else held.year


@lru_cache(maxsize=1)
def _future_words() -> re.Pattern:
    """What makes a clause speak of what is to come (key_date_cues.yaml yearless.looks_ahead)."""
    return _word_pattern(load(CUES_PATH.name)["yearless"]["looks_ahead"]["words"])


@lru_cache(maxsize=1)
def _question_words() -> re.Pattern:
    """What makes a clause before a month written alone a question, not a plan (key_date_cues.yaml
    yearless.asks)."""
    return _word_pattern(load(CUES_PATH.name)["yearless"]["asks"]["words"])


def looks_ahead(clause: str, date_at: Optional[int] = None) -> bool:
    """Whether the words of ``clause`` before a yearless date (all of it without ``date_at``) speak of what is
    to come (key_date_cues.yaml yearless.looks_ahead): `the minutes of 5th July ... to the next meeting` speaks
    of the next meeting, not of 5 July."""
    return bool(_future_words().search(clause if date_at is None else clause[:date_at]))


def yearless_iso(meeting: str, month: int, day: int, looks_ahead: bool,
                 not_before: Optional[str] = None, written_before: int = 0) -> Optional[str]:
    """The ISO date of a day and month written without a year (key_date_cues.yaml yearless), the one rule for
    every yearless date: the year nearest the meeting, unless the words look ahead and that day falls before
    the meeting (or before ``not_before``, a list's previous date), when it is the day's next occurrence after
    the meeting (on or after ``not_before``).  ``written_before``: how many days before its meeting the paper may
    have been written (key_date_cues.yaml yearless.written_before): a day that falls no further before the
    meeting than that is still to come when the paper speaks, and keeps its year (`consultation is due to start
    w/c 19 October` in a report to a meeting of 22 October).  None when no such day comes within five years."""
    nearest = f"{_nearest_year(meeting, month, day):04d}-{month:02d}-{day:02d}"
    if not looks_ahead:
        return nearest
    if not_before is None:
        held = _dt.date.fromisoformat(meeting[:10])
        if nearest >= meeting[:10] or (held - _dt.date.fromisoformat(nearest)).days <= written_before:
            return nearest
        later = _next_on_or_after(held, month, day, strictly=True)
    else:
        if nearest >= not_before:
            return nearest
        later = _next_on_or_after(_dt.date.fromisoformat(not_before), month, day, strictly=False)
    return later.isoformat() if later else None


def _yearless_date(meeting: str, month: int, day: int, clause: str, date_at: Optional[int] = None,
                   written_before: int = 0) -> str:
    """yearless_iso for a single date in ``clause`` (it looks ahead by the words before it)."""
    return yearless_iso(meeting, month, day, looks_ahead(clause, date_at), written_before=written_before) or \
        f"{_nearest_year(meeting, month, day):04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=1)
def _after_meeting_words() -> tuple[re.Pattern, int, int]:
    """(the words that open a record of a meeting, how many opening passages they are looked for in, how many
    days before its meeting a paper for it may be written): key_date_cues.yaml yearless.written_before."""
    data = load(CUES_PATH.name)["yearless"]["written_before"]
    return _word_pattern(data["record_words"]), int(data["opening_passages"]), int(data["days"])


def written_before_days(passages) -> int:
    """How many days before its meeting the paper may have been written: none for a record of the meeting
    (minutes, notes, an attendance list open it: it is written after the meeting, whose coming days all lie
    after it), else key_date_cues.yaml yearless.written_before.days (a report, a plan, a letter speaks from
    the day it was written, before its meeting)."""
    words, opening, days = _after_meeting_words()
    for passage in passages[:opening]:
        if words.search(passage.text or ""):
            return 0
    return days


@lru_cache(maxsize=1)
def _record_coming_days() -> tuple[int, re.Pattern, re.Pattern]:
    """(how many days after its meeting a record's day without a year may fall, the words before the day that say
    its clause tells the past, the words anywhere in it that deny it): key_date_cues.yaml
    yearless.record_coming_days."""
    data = load(CUES_PATH.name)["yearless"]["record_coming_days"]
    return int(data["days_after"]), _word_pattern(data["past_words"]), _word_pattern(data["denying_words"])


def _coming_in_record(meeting: str, date: str, clause: str, date_at: int) -> bool:
    """Whether a day without a year that no cue names, in a record of the meeting, is still to come and names what
    happens then: after the meeting and no further than key_date_cues.yaml yearless.record_coming_days.days_after,
    in a clause whose words before it do not tell the past (`the litter pick that took place on 12th October`),
    that nothing in it denies (`3rd October is not possible`), and that holds a word besides its days (not a bare
    line of days, `3rd October, 7th November`, whose meaning only a label above it gives)."""
    days_after, past, denying = _record_coming_days()
    gap = (_dt.date.fromisoformat(date) - _dt.date.fromisoformat(meeting[:10])).days
    if not 0 < gap <= days_after or past.search(clause[:date_at]) or denying.search(clause):
        return False
    rest, at = [], 0
    for start, end, _month, _day in find_yearless_dates(clause):
        rest.append(clause[at:start])
        at = end
    rest.append(clause[at:])
    # (A word of letters, not an ordinal ending set apart, `3 rd`, once the words of dates are taken out.)
    return any(len(word) >= 3 and word.isalpha() for word in _DATE_WORDS_RE.sub(" ", " ".join(rest)).split())


def _month_then_two_figures(written: str) -> bool:
    """Whether a yearless date is written as a short month and two figures (`Sep 25`, `31 Oct 25`'s `Oct 25`): as
    likely a month and its year, so read only where a cue names its event."""
    parts = written.split()
    return (len(parts) == 2 and parts[0].rstrip(".").isalpha() and len(parts[0].rstrip(".")) <= 4
            and parts[1].isdigit() and len(parts[1]) == 2)


def _yearless_key_dates(passages, meeting: str, extraction, events_seen: set, month_first: bool) -> None:
    """Key dates written without a year ("Our following meeting will be on the 23rd of October"), as a
    meeting speaks and minutes write: only where a cue that is not weak names what happens then;
    the year is the one nearest the meeting date."""
    written_before = written_before_days(passages)
    for passage in passages:
        if passage.kind == "table_header":
            continue
        # Minutes set out as a table ("No. | Minute | Action"): each cell is read as its own text.
        texts = [c for c in passage.cells if c and c.strip()] if passage.kind == "table_row" else [passage.text]
        for text in texts:
            _yearless_in_text(passage, text, meeting, extraction, events_seen, month_first, written_before)


_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def _weekday_agrees(before: str, date: str) -> bool:
    """Whether the weekday written right before a yearless date (``before`` is the text up to it) is the weekday of
    ``date``, the year yearless_iso gave it; true where no weekday is written."""
    weekday = _WEEKDAY_BEFORE_RE.search(before[-24:])
    if weekday is None:
        return True
    return _dt.date.fromisoformat(date).weekday() == _WEEKDAY_NUMBERS[weekday.group("weekday")[:3].lower()]


# A month written alone stands for this day of it (`in June` said in May), mid-month; in the meeting's own month, for
# the meeting's day (`in October` said on 27 October is this October).  Only a month that falls after the meeting is
# read: what a paper dates by its month alone is coming business (`the next Board meeting in November`), a month
# past is background (`free parking on Saturdays in December`, said in May).
MID_MONTH = 15


def _yearless_in_text(passage, text: str, meeting: str, extraction, events_seen: set, month_first: bool,
                      written_before: int = 0) -> None:
    """_yearless_key_dates for one text (a passage, or a cell of a table row): each day and month without a year,
    and each month written alone (`the next Board meeting in November`, `from April next year`), read by the
    same rule (yearless_iso) where a cue that is not weak names what happens then."""
    held = _dt.date.fromisoformat(meeting[:10])
    yearless = find_yearless_dates(text)
    days = [(start, end, month, day, False) for start, end, month, day in yearless]
    figures = find_day_month_figures(text)
    # (Days in figures, `18/12`, are read only after words saying what was set for them, and `Sep 25` may be a month
    # and its year: neither without a cue.)
    cue_only = {start for start, _end, _month, _day in figures}
    cue_only |= {start for start, end, _month, _day in yearless if _month_then_two_figures(text[start:end])}
    days += [(start, end, month, day, False) for start, end, month, day in figures]
    # A range's first day (`23rd to 27th May`) ends where its last day does: it takes the last day's year.
    last_day_ending = {end: day for _start, end, _month, day, _next in days}
    months = [(start, end, month, None, next_year) for start, end, month, next_year in find_yearless_months(text)]
    for start, end, month, day, next_year in days + months:
        offset, sentence = sentence_around(text, start, end)
        if not 0 <= offset <= start:
            continue
        clause, c_start, c_end = _clause_around(sentence, start - offset, end - offset)
        if is_not_key(clause):
            continue
        if day is None:
            # (A month alone takes no cue from a full date before it in its clause: `The consultation closes on
            # 28 January 2026 and the settlement is expected in early February` closes in January only.)
            before = max((m.end for m in find_dates(clause[:c_start], month_first)), default=0)
            clause, c_start, c_end = clause[before:], c_start - before, c_end - before
            if _question_words().search(clause[:c_start]):
                continue   # (`Members asked whether the café could open earlier in May`: a question, no plan)
        kind = event_kind(clause, c_start)
        if kind in _weak_kinds():
            kind = None
        # A record of the meeting (minutes: written_before is none) names a day still to come only for what will
        # happen then, whatever its words (key_date_cues.yaml yearless.record_coming_days).
        if kind is None and not (written_before == 0 and day is not None and start not in cue_only):
            continue
        event = _event_from_sentence(clause, c_start, c_end, month_first)
        if not _has_words(event):
            continue
        if day is not None and last_day_ending[end] != day:
            last = _yearless_date(meeting, month, last_day_ending[end], clause, c_start, written_before)
            date = f"{last[:8]}{day:02d}"
        elif day is not None:
            date = _yearless_date(meeting, month, day, clause, c_start, written_before)
            if date <= meeting[:10] and not _weekday_agrees(text[:start], date):
                # (`met on Tuesday 16 September` where 16 September of the meeting's year was a Monday: a day of
                # another year.  A day still to come keeps its year: a weekday mistyped in `the next meeting is on
                # Tuesday the 9th` does not move the meeting.)
                continue
        elif next_year:
            date = f"{held.year + 1:04d}-{month:02d}"
        else:
            stands_for = held.day if month == held.month else MID_MONTH
            date = _yearless_date(meeting, month, stands_for, clause, c_start, written_before)[:7]
            if date < meeting[:7]:
                continue  # (a month alone before the meeting is background: `free parking on Saturdays in December`)
        if kind is None:
            if day is None or not _coming_in_record(meeting, date, clause, c_start):
                continue
            kind = "record_coming_day"
        if not meeting.startswith(date):
            _add_key_date(extraction, events_seen, passage, sentence, date, _phrase(event, kind), kind)
