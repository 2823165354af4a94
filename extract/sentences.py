"""The one sentence splitter every extractor reads.

A sentence ends at ``.``, ``!`` or ``?`` (a closing quote or bracket may follow) when white
space and then a capital, an opening quote, ``£``, a figure or a bracket opening on a capital
come next, except:

* after an abbreviation (``approx.``, ``e.g.``, ``Cllr.``; ``No. 17``, ``para. 4.2``, ``c. £4m``
  before a figure or a pound sign), listed in ``sentence_breaks.yaml`` with the examples that run as tests;
* after an initial (``J. Smith``), but not after a lettered part (``Appendix A. The ...``);
* after a list number opening the text (``1. The Council ...``, ``2.1. Members ...``): the
  number belongs to no sentence, as the white space between sentences belongs to none.

Decimal amounts (``£2.5m``) and section numbers (``4.2``) hold no space after their full
stop, so they never end one.  A semicolon or colon ends no sentence, but it ends a clause: the
one clause cutter, :func:`clause_bounds`, cuts a sentence at the breaks listed in
``clause_breaks.yaml``, for every reader that asks what a clause holds: to its main clauses (at a
semicolon or a spaced dash: key dates, whose event a label before a colon names) or further, to
its inner clauses (also after a colon and before `, and`, `, which` ...: contract money and
providers, which read a sum's own clause).

The analysis pass (``cp_sentences``) splits every passage once, into ``doc._.sentences``;
extractors that split a string of their own (a table cell, a passage without its number)
call :func:`split_sentences`, which remembers what it has split, so no text is split twice.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from committee_papers.ingest.bullets import GLYPHS, lost_font_marks

from .yaml_files import safe_load
from spacy.language import Language
from spacy.tokens import Doc

BREAKS_PATH = Path(__file__).with_name("sentence_breaks.yaml")
CLAUSE_BREAKS_PATH = Path(__file__).with_name("clause_breaks.yaml")


class Sentence(NamedTuple):
    """A sentence and where it starts in the text it was split from (unpacks as ``(start, text)``)."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset, frozenset, frozenset]:
    data = safe_load(BREAKS_PATH.read_text(encoding="utf-8"))
    return tuple(frozenset(w.lower() for w in data[key]["words"])
                 for key in ("always", "before_number", "lettered_labels"))


# A full stop, ! or ?, perhaps closed by a quote or bracket, then space and what can open a sentence:
# a capital, £, a figure, a quote, or a bracket opening on a capital (`Ltd. (the provider)` goes on).
# A bullet standing alone after the end and before a capital (". o Lowestoft café ...", ". • Staff
# ...") belongs to neither sentence: it goes with the white space between them.
@lru_cache(maxsize=1)
def _break_re() -> re.Pattern:
    marks = re.escape(GLYPHS + lost_font_marks())
    return re.compile(rf"[.!?][)\"'\u2019\u201d]?(\s+(?:[{marks}]\s+(?=[A-Z\"'\u2018\u201c]))?)"
                      r"(?=[A-Z£\"'\u2018\u201c\d]|\((?=[A-Z]))")
_LIST_NUMBER = frozenset("0123456789.()")


def _word_start(text: str, stop: int) -> int:
    """Where the word that ends at ``stop`` starts."""
    start = stop
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _is_list_number(text: str, word_start: int, stop: int) -> bool:
    """Whether ``text[word_start:stop]`` is a number opening the text (`1`, `2.1`, `(3)`)."""
    word = text[word_start:stop]
    return bool(word) and set(word) <= _LIST_NUMBER and any(c.isdigit() for c in word) \
        and not text[:word_start].strip()


def _ends_sentence(text: str, stop: int, word_start: int, following: str) -> bool:
    """Whether the full stop (or ! or ?) at ``stop`` ends a sentence, ``following`` coming after it."""
    if text[stop] != ".":
        return True
    word = text[word_start:stop].lstrip("(\"'\u2018\u201c[")
    always, before_number, lettered = _vocabulary()
    lowered = word.lower()
    if lowered in always or (lowered in before_number and (following[:1].isdigit() or following[:1] == "£")):
        return False
    if len(word) == 1 and word.isupper():
        # scan back to the word before; re-splitting all the text before it was quadratic
        end = word_start
        while end and text[end - 1].isspace():
            end -= 1
        previous = text[_word_start(text, end):end]
        return bool(previous) and previous.strip("(,").lower() in lettered
    return True


@lru_cache(maxsize=8192)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` with their offsets; white space between them belongs to none."""
    pieces = []
    start = 0
    for match in _break_re().finditer(text):
        stop = match.start()
        word_start = _word_start(text, stop)
        if text[stop] == "." and _is_list_number(text, word_start, stop):
            start = match.end()  # the paragraph's number is part of no sentence
        elif _ends_sentence(text, stop, word_start, text[match.end():match.end() + 1]):
            pieces.append(Sentence(start, text[start:match.start(1)]))
            start = match.end()
    pieces.append(Sentence(start, text[start:]))
    return tuple(piece for piece in pieces if piece.text.strip())


def sentence_texts(text: str) -> list[str]:
    """The sentences of ``text`` without their offsets."""
    return [sentence.text for sentence in split_sentences(text)]


def sentence_around(text: str, start: int, end: int) -> Sentence:
    """The sentence of ``text`` holding ``start:end`` (from the first sentence holding ``start``
    to the one holding ``end``), stripped of white space."""
    sentences = split_sentences(text)
    first = next((i for i, s in enumerate(sentences) if s.end > start), len(sentences) - 1)
    last = next((i for i, s in enumerate(sentences) if s.end >= end), len(sentences) - 1)
    if not sentences:
        return Sentence(0, "")
    left, right = sentences[first].start, sentences[max(first, last)].end
    piece = text[left:right]
    lead = len(piece) - len(piece.lstrip())
    return Sentence(left + lead, piece.strip())


# The two depths a reader may cut a sentence to (clause_breaks.yaml gives each break its level).
MAIN, INNER = "main", "inner"


@lru_cache(maxsize=2)
def _clause_break_re(depth: str) -> re.Pattern:
    """The clause breaks of ``clause_breaks.yaml`` that cut to ``depth`` as one pattern: the `main`
    breaks for MAIN, every break for INNER."""
    data = safe_load(CLAUSE_BREAKS_PATH.read_text(encoding="utf-8"))
    wanted = {MAIN} if depth == MAIN else {MAIN, INNER}
    shapes = {
        "marks": lambda marks: "[" + "".join(re.escape(m) for m in marks) + "]",
        "spaced_marks": lambda marks: r"\s+[" + "".join(re.escape(m) for m in marks) + r"]\s+",
        "marks_before_space": lambda marks: "[" + "".join(re.escape(m) for m in marks) + r"]\s",
        "comma_then_words": lambda words: r",\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b",
        # The words open the next clause (a condition), so the break is the space before them.
        "words_opening": lambda words: r",?\s+(?=(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                                       + r")\b)",
    }
    alternatives = [shapes[key](entry[key]) for entry in data.values() if entry["level"] in wanted
                    for key in shapes if key in entry]
    return re.compile("|".join(alternatives))


def clause_bounds(sentence: str, start: int, end: int, depth: str = INNER) -> tuple[int, int]:
    """Where the clause of ``sentence`` holding ``sentence[start:end]`` starts and ends: from the
    last clause break ending at or before ``start`` to the first starting at or after ``end``,
    without the white space at either end.

    ``depth`` MAIN cuts only between statements (a semicolon, a spaced dash); INNER also inside one
    (after a label's colon, before `, and`, `, which` ...).  The breaks and their levels are data in
    ``clause_breaks.yaml``."""
    left, right = 0, len(sentence)
    for match in _clause_break_re(depth).finditer(sentence):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    while left < start and sentence[left].isspace():
        left += 1
    while right > end and sentence[right - 1].isspace():
        right -= 1
    return left, right


if not Doc.has_extension("sentences"):
    Doc.set_extension("sentences", default=None)


@Language.component("cp_sentences")
def cp_sentences(doc):
    """Split every passage into sentences once: ``doc._.sentences[i]`` for passage ``i``."""
    doc._.sentences = [split_sentences(passage.text) for passage in (doc._.passages or [])]
    return doc
