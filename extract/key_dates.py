"""cp_key_dates: the dates a paper says something happens on.

Every date mention from cp_dates becomes a KeyDate whose event is the
sentence around it without that date (and without a section number, a
``Summary:`` label or a leading ``In``/``On``), or, in a timeline table (dates
in the first column), the row's other cells; a date inside a cell's sentence,
that sentence; a date in another column gives the row's label and the
column's header (``Millmead: Contract End Date``; a header that only says
``Date`` adds nothing).  A
date standing alone (a signature line) takes the heading it sits under.  The
same event on the same date said again (summary sheet and body) is kept once.  The meeting date found by cp_metadata
is a key date with event ``meeting``.  A date is stored once per passage.
"""
from __future__ import annotations

import re

from spacy.language import Language

from .dates import MONTH_RE, WEEKDAY_RE, find_dates
from .facts import KeyDate

_SENTENCE_END_RE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(])")
_MAX_EVENT = 200
_MAX_QUOTE = 300


def _sentence_around(text: str, start: int, end: int) -> str:
    left = 0
    for match in _SENTENCE_END_RE.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            return text[left:match.start()].strip()
    return text[left:].strip()


_LEADING_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|[•\-\*·▪●–])\s+", re.IGNORECASE)
_LEADING_LABEL_RE = re.compile(r"^(?:summary|purpose|background|note|update|recommendations?(?:\s*\(s\))?)\s*:\s*", re.IGNORECASE)
_DANGLING_RE = re.compile(r"(?:\s+(?:and|or|the))+\s*$", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z]{3,}")
# A cover sheet's "Date:" label says no more than the meeting key date does.
_DATE_LABEL_RE = re.compile(r"(?:(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?|meeting)\W*", re.IGNORECASE)


def _tidy(event: str) -> str:
    event = re.sub(r"\(\s*[,;–-]?\s*\)", "", event)          # "(Cabinet – )" leftovers
    event = re.sub(r"\s+([,;:.)])", r"\1", event)
    event = re.sub(r"\s+", " ", event).strip(" ,;:.-–|")
    event = _LEADING_LABEL_RE.sub("", _LEADING_NUMBER_RE.sub("", event))
    for _ in range(3):
        trimmed = _DANGLING_RE.sub("", event).strip(" ,;:.-–|")
        if trimmed == event:
            break
        event = trimmed
    return event


_WEEKDAY_BEFORE_RE = re.compile(rf"\b{WEEKDAY_RE},?\s*$", re.IGNORECASE)


def _event_from_sentence(sentence: str, start: int | None = None, end: int | None = None) -> str:
    """The sentence without the date it is the event of (or, with no span given, without any date)."""
    if start is None:
        without_dates = _remove_dates(sentence)
    else:
        # The weekday is part of the date: "Meeting date: Wednesday 25 September 2024", "on Tuesday 4 June".
        before = _WEEKDAY_BEFORE_RE.sub("", sentence[:start])
        if re.fullmatch(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:in|on|by|from|since|during|until|at|as at)\s*",
                        before, re.IGNORECASE):
            before = ""  # "In July 2024, notice was given" -> "notice was given"
        after = sentence[end:]
        if re.match(r"\s*(?:[,;:.)]|(?:and|or|but|which|when)\b|$)", after):
            # "was let in 2019 and ends ..." -> "was let and ends ...", not "was let in and ends".
            before = re.sub(r"\s+(?:in|on|at|during)\s*$", " ", before, flags=re.IGNORECASE)
        without_dates = before + after.lstrip(" ,")
        if not _has_words(_tidy(without_dates)) and before != sentence[:start]:
            # Nothing but a time is left ("Thursday 9.30am"): the weekday stays, to say something.
            without_dates = sentence[:start] + after
    return _tidy(without_dates)[:_MAX_EVENT]


def _has_words(text: str | None) -> bool:
    return bool(text) and len(_WORD_RE.findall(text)) >= 1 and not re.fullmatch(r"[\d\s.,£%+\-–()/]*", text)


# A column headed only `Date` or `Target date` says nothing the date does not.
_GENERIC_DATE_HEADER_RE = re.compile(
    r"(?:(?:target|due|planned|expected|estimated|indicative|key|completion|proposed)\s+)?"
    r"(?:dates?|when|by\s+when|timescales?|timings?|deadlines?)", re.IGNORECASE)
# What a date cell holds besides its dates: `Thursday`, the `March –` of `March – April 2024`.
_DATE_WORDS_RE = re.compile(rf"\b{WEEKDAY_RE}\b|\b{MONTH_RE}(?=\W|$)|\b(?:to|and|until|from|w/c|wc|week\s+commencing)\b",
                            re.IGNORECASE)
# A cell that is a date with at most this many other words is a date cell, not a sentence.
_DATE_CELL_WORDS = 3


def _remove_dates(text: str) -> str:
    for mention in reversed(find_dates(text)):
        text = text[:mention.start] + " " + text[mention.end:]
    return text


def _without_dates(cell: str) -> str:
    return _tidy(_DATE_WORDS_RE.sub(" ", _remove_dates(cell)))


def _row_event(passage, iso: str) -> str | None:
    """A table row's event: in a timeline (a date first) the other cells; a date inside a
    sentence in a cell, that sentence; otherwise the row's label and the header of the
    date's column ("Millmead: Contract End Date")."""
    cells = [c.strip() for c in passage.cells if c and c.strip()]
    if len(cells) < 2:
        return None
    if find_dates(cells[0]) and len(_WORD_RE.findall(_without_dates(cells[0]))) <= _DATE_CELL_WORDS:
        event = re.sub(r"\s+", " ", " ".join(cells[1:]))
        if _has_words(event):
            return event[:_MAX_EVENT]
    header = passage.header or []
    for i, cell in enumerate(passage.cells):
        mention = next((m for m in find_dates(cell or "") if m.iso == iso), None)
        if mention is None:
            continue
        rest = _without_dates(cell)
        if len(_WORD_RE.findall(rest)) > _DATE_CELL_WORDS:
            sentence = _sentence_around(cell, mention.start, mention.end)
            offset = cell.find(sentence)
            if 0 <= offset <= mention.start:
                return _event_from_sentence(sentence, mention.start - offset, mention.end - offset)
        column = " ".join(header[i].split()) if i < len(header) else ""
        column = _tidy(column) if not find_dates(column) and not _GENERIC_DATE_HEADER_RE.fullmatch(column) else ""
        label = next((" ".join(c.split()) for c in passage.cells if c and c.strip() and c is not cell
                      and _has_words(c) and not find_dates(c)), "")
        parts = [p for p in (label, column if _has_words(column) else "", rest if _has_words(rest) else "") if p]
        if parts:
            return ": ".join(parts)[:_MAX_EVENT]
    return None


@Language.component("cp_key_dates")
def cp_key_dates(doc):
    extraction = doc._.extraction
    seen: set[tuple] = set()
    passages = doc._.passages or []
    meeting = extraction.meeting_date
    if meeting:
        first = passages[0] if passages else None
        extraction.key_dates.append(KeyDate(
            passage_seq=first.seq if first else 0, page=first.page if first else None,
            quote=(first.text[:_MAX_QUOTE] if first else ""), date=meeting, event="meeting"))
        seen.add(("meeting", meeting))
    events_seen: set[tuple] = set()
    for passage in passages:
        text = passage.text
        mentions = find_dates(text)
        if not mentions:
            continue
        for mention in mentions:
            key = (passage.seq, mention.iso)
            if key in seen:
                continue
            seen.add(key)
            sentence = _sentence_around(text, mention.start, mention.end)
            offset = text.find(sentence)
            event = _row_event(passage, mention.iso) if passage.kind == "table_row" else None
            if not event:
                if offset >= 0 and offset <= mention.start:
                    event = _event_from_sentence(sentence, mention.start - offset, mention.end - offset)
                else:
                    event = _event_from_sentence(sentence)
            if not _has_words(event):
                # A date standing alone (a signature line, a running title): what it sits under.
                heading = _tidy(passage.heading or "")
                usable = (passage.kind != "heading" and len(_WORD_RE.findall(heading)) >= 2
                          and not find_dates(heading))
                event = heading[:_MAX_EVENT] if usable else sentence[:_MAX_EVENT]
            if mention.iso == meeting and _DATE_LABEL_RE.fullmatch(event.strip()):
                continue
            # The same event on the same date said again (summary and body) is one key date.
            event_key = (mention.iso, " ".join(re.findall(r"[a-z0-9]+", event.lower())))
            if event_key in events_seen:
                continue
            events_seen.add(event_key)
            extraction.key_dates.append(KeyDate(
                passage_seq=passage.seq, page=passage.page, quote=sentence[:_MAX_QUOTE],
                date=mention.iso, event=event))
    return doc
