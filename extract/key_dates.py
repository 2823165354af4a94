"""cp_key_dates: the dates a paper says something happens on.

Every date mention from cp_dates becomes a KeyDate whose event is the
sentence around it (dates removed), or, in a timeline table (dates in the
first column), the row's other cells.  The meeting date found by cp_metadata
is a key date with event ``meeting``.  A date is stored once per passage.
"""
from __future__ import annotations

import re

from spacy.language import Language

from .dates import find_dates
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


def _event_from_sentence(sentence: str) -> str:
    without_dates = sentence
    for mention in reversed(find_dates(sentence)):
        without_dates = without_dates[:mention.start] + without_dates[mention.end:]
    event = re.sub(r"\s+", " ", without_dates).strip(" ,;:.-–")
    return event[:_MAX_EVENT] or sentence[:_MAX_EVENT]


def _row_event(passage) -> str | None:
    """In a timeline row (date first, then what happens) the other cells are the event."""
    cells = [c.strip() for c in passage.cells if c and c.strip()]
    if len(cells) < 2 or not find_dates(cells[0]):
        return None
    event = " ".join(cells[1:])
    return re.sub(r"\s+", " ", event)[:_MAX_EVENT]


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
    for passage in passages:
        text = passage.text
        mentions = find_dates(text)
        if not mentions:
            continue
        row_event = _row_event(passage) if passage.kind == "table_row" else None
        for mention in mentions:
            key = (passage.seq, mention.iso)
            if key in seen:
                continue
            seen.add(key)
            sentence = _sentence_around(text, mention.start, mention.end)
            event = row_event or _event_from_sentence(sentence)
            extraction.key_dates.append(KeyDate(
                passage_seq=passage.seq, page=passage.page, quote=sentence[:_MAX_QUOTE],
                date=mention.iso, event=event))
    return doc
