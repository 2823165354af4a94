"""cp_recommendations: what the paper asks its committee to decide or note.

Two sources.  Items under a heading such as ``Recommendation(s)``,
``Recommended decision(s)``, ``Decision required``, a lead-in like ``The
Cabinet is asked to:`` or a cover-sheet label (``Recommendation(s) Note the
report``), up to the next heading; and, anywhere, single sentences of the
form ``X is asked to note/approve ...``, ``X is recommended to ...`` or ``It
is recommended that ...``.

PDF and converted papers break items up: a line of an item promoted to a
heading, an item running over a page break, a justified box read as a table
of single words.  Inside a recommendations section an unnumbered piece that
does not start a new item (a decision verb, a number, a bullet) continues the
unfinished item before it; page footers are skipped; a heading ends the
section only when it is not such a piece.  Papers often repeat the list in a
summary sheet and in the body, so each recommendation is kept once (first
occurrence), compared without its number.

Where a list starts, what its items are and where it ends come from structure
more than words: an ask cue (``ask`` in recommendation_cues.yaml) in the
sentence a colon ends opens a list wherever it sits (paragraph, heading, a
cover-sheet row whose label is in ``cover_labels``); items are the list's
numbers, letters, romans, bullets, each ``<li>``, or a table's recommendation
column (``list_columns``); the list's own punctuation (a colon, ``; and``)
says another item follows; it ends at the next heading, a ``list_end`` label,
any ``Label: value`` block, or a paragraph after a finished bulleted list.

Tables are read for what they hold (stop 21): a report set out as a table of paragraph numbers and
text, or a box of one-cell rows, as its headings and paragraphs (layout_table_passages); each cell of
any other row may hold an ask sentence (an agenda frontsheet's Details column); a free-standing table
whose header names its recommendation column gives that column's asks, unless it tracks or answers
recommendations made elsewhere (tracker_columns).  A bilingual label ("Argymhelliad / Recommendation")
is read by its English half.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from committee_papers.ingest.bullets import ITEM_MARKS, lost_font_marks
from committee_papers.ingest.model import table_row_text

from . import required_text
from .yaml_files import safe_load
from spacy.language import Language

from .facts import Recommendation
from .money import is_figure
from .meeting_bodies import REQUEST_RE
# A meeting's own decision in minutes ("RESOLVED that ..."): a decision, not a recommendation;
# the resolution labels are the decisions' (extract/rules/decisions.yml).
from .decision_documents import cover_sheet_starts, is_resolution, recommends_onward
from .listitems import (continues_list, marker_values, normalise, numbering_runs_across, split_after_heading,
                        split_inline_items, split_number,
                        strip_heading_number)
from .plain_text import (colon_dash_as_colon, dotted_number, ends_open, is_word_character, is_word_in_any_case,
                         opens_with_word, runs, squash, word_list_pattern)
from .sentences import sentence_texts

CUES_PATH = Path(__file__).with_name("recommendation_cues.yaml")


@lru_cache(maxsize=1)
def _cues() -> dict:
    """recommendation_cues.yaml, read once."""
    return safe_load(CUES_PATH.read_text(encoding="utf-8"))


def _cue_words(name: str) -> str:
    """One cue list of recommendation_cues.yaml as a regex alternation."""
    return "|".join(_cues()[name]["words"])


@lru_cache(maxsize=None)
def cue_pattern(name: str, form: str = "(?:WORDS)") -> re.Pattern:
    """One cue list of recommendation_cues.yaml compiled, case ignored, inside ``form`` (WORDS
    stands for the list's alternation): the one place a cue list becomes a pattern."""
    return word_list_pattern(tuple(_cues()[name]["words"]), form)


WHOLE_WORDS = r"\b(?:WORDS)\b"  # a cue list's words standing as whole words


def list_end_re() -> re.Pattern:
    """A paragraph that opens the block after a list (``Wards affected: All``, ``Attachment 1:``)."""
    return cue_pattern("list_end", r"^\W*(?:WORDS)")


def opens_a_list_only(text: str) -> bool:
    """Whether a passage ends by opening a list (``... the following recommendations are made:``,
    ``... are recommended to Council: 1.``): its items ask, it asks nothing itself."""
    return bool(cue_pattern("list_openers", r"(?:WORDS)\s*$").search(text))


def supporting_section_re() -> re.Pattern:
    """A section that weighs the proposal (``Equalities implications``): its asks are no recommendations."""
    return cue_pattern("supporting_sections", "^(?:WORDS)$")


def ask_re() -> re.Pattern:
    """What puts a decision to the committee (``is asked to``, ``The decisions sought are``)."""
    return cue_pattern("ask")


def _list_column_re() -> re.Pattern:
    return cue_pattern("list_columns", r"^\W*(?:WORDS)\W*$")


def list_column(cells) -> int | None:
    """The column of a header row that holds the recommendations (``No. | Recommendation | Reason``)."""
    pattern = _list_column_re()
    return next((i for i, cell in enumerate(cells) if cell and pattern.match(cell.strip())), None)


def _cover_label_re() -> re.Pattern:
    return cue_pattern("cover_labels", r"^\W*(?:WORDS)\W*$")


def tick_box_choice(text: str) -> bool:
    """A cover value choosing among printed tick boxes (``Approval [X] Assurance [ ]``): two boxes or more."""
    return bool(cue_pattern("tick_boxes", r"(?:WORDS).*(?:WORDS)").search(text))


def _cell_items(cell: str) -> str:
    """A cover value whose lines are items of their own (``Agree to extend the exemption ...`` / ``Note the
    cost ...``, each line opening with a decision verb, a bullet or a number, a lead-in's colon line first
    allowed) with its items joined by semicolons as a list run into one line; any other value squashed."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    items = lines[1:] if lines and lines[0].endswith(":") else lines
    if len(items) < 2 or not all(_starts_item(split_number(line)[1]) or _opens_with_bullet(line) for line in items):
        return squash(cell)
    items = [squash(line).lstrip("".join(_BULLETS) + " ").rstrip(";") for line in items]
    return " ".join(lines[:len(lines) - len(items)] + ["; ".join(items)])


BOX_HEADING_WORDS = 5   # a box's recommendations heading ("Summary of recommendations") is this short


def _boxed_list(text: str) -> str | None:
    """A box (a one-cell table) holding a recommendations heading and its numbered list (``Recommendations
    1. That Cabinet approves ... 2. That Cabinet notes ...``) as one labelled paragraph; None for any other box."""
    split = split_after_heading(text, is_recommendation_heading, BOX_HEADING_WORDS)
    if split is None:
        return None
    return "Recommendations: " + " ".join(f"{number} {body}" for number, body in split[1])


# The most words a table's column name has ("Reason for recommendation", "Lead officer and date").
_COLUMN_NAME_WORDS = 4


def cover_ask(cells) -> str | None:
    """A cover-sheet row whose label is a recommendation label (``Recommendation(s) | The Board is
    asked to: a) ... b) ...``) as one labelled paragraph; None for any other row."""
    cells = [c for c in cells if c and c.strip()]
    if len(cells) == 1:
        return _boxed_list(squash(cells[0]))
    cells = [bilingual_label(squash(c)) if i == 0 else _cell_items(c) for i, c in enumerate(cells)]
    if len(cells) < 2 or not _cover_label_re().match(cells[0]):
        return None
    if any(tick_box_choice(cell) for cell in cells[1:]):
        return None   # "Action required | Approval [X] Assurance [ ]": the kind of paper, no ask
    if _names_columns(cells):
        return None   # "Recommendation | Reason": the header of a table whose rows are the items
    return f"Recommendations: {' '.join(cells[1:])}"


def _names_columns(cells) -> bool:
    """A row naming a table's recommendation column beside its other columns ("Recommendation | Reason",
    "Recommendations | Owner"; list_columns): each other cell a short name that asks nothing."""
    return list_column(cells) is not None and all(
        len(cell.split()) <= _COLUMN_NAME_WORDS and not _starts_item(cell) for cell in cells[1:])


def _cover_field_paragraph(text: str) -> str:
    """A paragraph that is a cover field with a recommendation label and its value on one line
    (``Decision sought: To agree the plan.``, ``Action required - note the report``) as the label
    paragraph ``Recommendations: ...``; any other text as it is."""
    match = cue_pattern("cover_labels", r"^\W*(?:WORDS)\s*[:\-–]\s+(?=\S)").match(text)
    if not match or tick_box_choice(text):
        return text
    value = text[match.end():]
    # "Action required: Clerk to book the hall" (a minute's action for someone) asks nothing.
    asks = _starts_item(split_number(value)[1]) or recommendation_sentences(value)
    return f"Recommendations: {value}" if asks else text


def cover_row_value(cells) -> str | None:
    """A cover table's row with an empty label cell (``| (a) approve the dues;``): its value, which
    carries on the field above; None for a row with a label."""
    cells = [squash(c or "") for c in cells]
    if len(cells) < 2 or cells[0] or not any(cells[1:]):
        return None
    return " ".join(c for c in cells[1:] if c)


def _list_end_inside_re() -> re.Pattern:
    """The same label run on after an item's full stop or semicolon."""
    return cue_pattern("list_end", r"(?<=[.;])\s+(?=(?:WORDS))")


def cut_at_list_end(text: str) -> tuple[str, bool]:
    """(the item without a following block run into it, whether one was cut off)."""
    match = _list_end_inside_re().search(text)
    return (text[:match.start()].strip(), True) if match else (text, False)

# Headings that introduce a list of recommendations (section_headings in recommendation_cues.yaml).
_SECTION_HEADING_RE = cue_pattern("section_headings", r"^(?:WORDS)\s*:?\s*$")
# Headings that open a list only as far as items follow them ("Action required", "Summary and
# recommendations", "Proposed decision:"; list_headings in recommendation_cues.yaml).
_LIST_HEADING_RE = cue_pattern("list_headings", r"^(?:WORDS)\s*:?\s*$")
# A paragraph that opens a list by its form: "The Cabinet is asked to:", "Board is recommended to",
# "The Review Group recommends that:" (lead_ins in recommendation_cues.yaml).
_LEAD_IN_RE = cue_pattern("lead_ins", "WORDS")
# "Recommendation(s)Board notes ...", "Recommendation: The Board ...", "Recommendation 2: Allocates ..."
_LABEL_PARAGRAPH_RE = re.compile(
    r"^(?:officer |summary of )?recommendations?\s*(?:\(s\)\s*[:\-–]?|\d{1,2}[a-z]?\s*:|[:\-–])\s*(?=\S)"
    r"|^recommendations?(?=(?-i:[A-Z])|•)",
    re.IGNORECASE,
)

# The verbs that open an item (recommendation_cues.yaml item_verbs), as a regex alternation.
_VERBS = _cue_words("item_verbs")
# The first word of a new item: "Approve ...", "NOTES ...", "to note ...", "That ...".
_ITEM_START_RE = re.compile(rf"^(?:to |and |or )?(?:{_VERBS})(?:s|d|ed|es)?\b|^that\b", re.IGNORECASE)
# What makes a sentence put a decision to the committee (recommendation_cues.yaml sentence_asks),
# or a call-in's own ask: `We request that the Scrutiny Committee recommends that ...`.
_SENTENCE_PATTERNS = [cue_pattern("sentence_asks"), REQUEST_RE]
# Items in a recommendations section that are not recommendations
# ("List of Appendices", "Background Papers: None").
_NOT_AN_ITEM_RE = cue_pattern("not_an_item", r"^(?:WORDS)")
# What ends a lead-in's or a label's list.
_SECTION_END_RE = cue_pattern("section_end", r"^(?:WORDS)")
_LABEL_RE = re.compile(r"^(?:recommendations?(?:\s*\(s\))?|recommended decisions?|decisions? required)\s*[:\-–]\s*", re.IGNORECASE)
_PAGE_FOOTER_RE = re.compile(r"\s*\bpage \d+ of \d+\b\s*", re.IGNORECASE)
_CROSS_REFERENCE_RE = re.compile(
    r"\s*\(?\bplease (?:refer to|see)(?:\s*(?:,|&|\band\b|\bsections?\b|\bparagraphs?\b|\bappendi(?:x|ces)\b|"
    r"\bannex(?:es)?\b|\btables?\b|\bfigures?\b|\b\d+[a-z]?(?:\.\d+)*\b))+\)?",
    re.IGNORECASE,
)
# A colon before a capital ends what a sentence puts to the committee: before it a label
# ("Purpose: The Board is asked ..."), after it what the recommendation introduces ("... note the
# levels: The Committee provides ...").
_COLON_BREAK_RE = re.compile(r"(?<=:)\s+(?=[A-Z])")
# "endorse the approach; and support the programme" are two items, as are "APPROVE the plan. NOTE the beds.".
# "...; and approve ...", "...; - APPROVE ..." (a cell's bullets run into one line), "...; Note the ...":
# the next item of a list run together.  A verb set in capitals or opening with one ("Agree the plan")
# leads an item only where a bullet marks it or an object follows, so "...; Grant funding of £1m was
# offered" or "...; Review of the strategy took place in May" stays the sentence it is.
# The words an item's verb is followed by ("approve the ...", "agree that ...", "decide whether ...").
_ITEM_OBJECTS = _cue_words("item_objects")  # recommendation_cues.yaml item_objects
_ITEM_SPLIT_RE = re.compile(
    rf";\s*(?:(?:and|or)\s+)?(?:[{re.escape(ITEM_MARKS)}]\s*(?=(?i:(?:to )?(?:{_VERBS})(?:s|d)?)\b)"
    rf"|(?=(?:to )?(?:{_VERBS})(?:s|d)?\b|(?:{_VERBS.upper()})\b"
    rf"|(?i:(?:{_VERBS})(?:s|d)?)\s+(?:{_ITEM_OBJECTS})\b))"
    # "APPROVE the plan. NOTE the beds.": a cover cell's lines run into one, each item led by its verb in
    # capitals; after a full stop such a verb opens the next item.
    rf"|(?<=\.)\s+(?=(?:{_VERBS.upper()})\s+(?:{_ITEM_OBJECTS.upper()}|{_ITEM_OBJECTS})\b)")
_BULLETS = frozenset(ITEM_MARKS)


def _opens_with_bullet(text: str) -> bool:
    """`• approve ...`, `  – note ...`: a bullet sign first, spaces before it aside."""
    return text.lstrip()[:1] in _BULLETS


def _is_bullet(text: str) -> bool:
    """A line that is one bullet sign and nothing else but spaces."""
    return text.strip() in _BULLETS


_CLOSERS = ".;:!?)]”\""  # an item ending on none of these is cut short
# "Author: Jane Smith", "Date written: ..." lines of a cover sheet.
_FIELD_RE = re.compile(r"^[A-Z][\w /&'’()-]{1,40}:\s")
MIN_WORDS = 3


def _heading_words(text: str) -> str:
    return bilingual_label(strip_heading_number(text.lstrip("|# ").strip()).lstrip("|# "))


# A bilingual label's halves ("Argymhelliad / Recommendation"): the Welsh half at most this many
# words, the English one at most BILINGUAL_HALF_WORDS + 2.
BILINGUAL_HALF_WORDS = 4


def bilingual_label(text: str) -> str:
    """A label given in two languages, Welsh and English either way round (``Argymhelliad /
    Recommendation``, ``Argymhellion / Recommendations: That ...``, ``Recommendation / Argymhelliad``), as
    its English half, the one that is a recommendation label or heading, when the other half is the same
    label in Welsh or Gaelic (other_language_labels in recommendation_cues.yaml), its value kept; any
    other text as it is ("Improvement / action required" is one English label).  Welsh papers print
    every cover label and heading so."""
    label, colon, value = text.partition(":")
    left, slash, right = label.partition(" / ")
    if not slash or not left.strip() or len(left.split()) > BILINGUAL_HALF_WORDS + 2 \
            or len(right.split()) > BILINGUAL_HALF_WORDS + 2:
        return text
    other_language = cue_pattern("other_language_labels", r"^\W*(?:WORDS)\W*$")
    for half, other in ((right.strip(), left.strip()), (left.strip(), right.strip())):
        if (_cover_label_re().match(half) or _SECTION_HEADING_RE.match(half)) and other_language.match(other):
            return half + colon + value
    return text


def label_halves(text: str) -> list[str]:
    """A short label printed in two languages (``Rhesymau dros yr argymhellion / Reasons for the
    recommendations``, ``Cefndir / Background``): its two halves, either of which may be the English one;
    any other text alone (an item with a slash in it runs longer, or ends as a sentence does)."""
    left, slash, right = text.partition(" / ")
    halves = [left.strip(), right.strip()]
    if (not slash or not all(halves) or any(len(half.split()) > BILINGUAL_HALF_WORDS + 4 for half in halves)
            or text.rstrip().endswith((".", ";")) or _ITEM_START_RE.match(text)):
        return [text]
    return halves


def ends_section(text: str) -> bool:
    """A paragraph that ends a list of recommendations: the paper's next section ("Reasons for the
    recommendations", "Background papers: none"), or its label given in two languages, either half
    first (section_end, list_end and other_heading in recommendation_cues.yaml)."""
    return any(_SECTION_END_RE.match(half) or list_end_re().match(half)
               or (len(half.split()) <= 4 and _OTHER_HEADING_RE.match(half)) for half in label_halves(text))


# The most words of a recommendations label that ends a paragraph ("Purpose: To agree the fees. Recommendations:").
TRAILING_LABEL_WORDS = 6


def trailing_label(text: str) -> bool:
    """A paragraph whose last sentence is a bare recommendations label with its colon (``Report of the
    Director of Place (pages 5 - 18). Recommendations:``): a PDF reader ran the label's line into the lines
    above it, and the list follows."""
    sentences = sentence_texts(text)
    if len(sentences) < 2:
        return False
    last = sentences[-1].strip()
    return (last.endswith(":") and len(last.split()) <= TRAILING_LABEL_WORDS
            and bool(_SECTION_HEADING_RE.match(_heading_words(last))))


def is_recommendation_heading(text: str) -> bool:
    return bool(_SECTION_HEADING_RE.match(_heading_words(text)))


def is_list_heading(text: str) -> bool:
    """A heading that opens a list of recommendations as far as items follow it (list_headings)."""
    return bool(_LIST_HEADING_RE.match(_heading_words(text)))


_ASKS_ONLY_HEADING_RE = cue_pattern("asks_only_list_headings", r"^(?:WORDS)\s*:?\s*$")


def asks_only_heading(text: str) -> bool:
    """A list heading ("Proposals") whose items count only if each opens as an ask (asks_only_list_headings)."""
    return bool(_ASKS_ONLY_HEADING_RE.match(_heading_words(text)))


def run_in_ask(text: str) -> bool:
    """Whether ``text`` is a recommendation label run into a value that asks (``RECOMMENDATION: APPROVE SUBJECT TO
    A LEGAL AGREEMENT``, ``Officer recommendation - Refuse planning permission``, ``Recommendation: That the Panel
    notes ...``): a decision verb or ``That`` first, or an ask sentence.  A planning report or a converted paper
    sets such a line as a heading; it is read as the label paragraph it is, not as a heading that opens a list."""
    label = _LABEL_PARAGRAPH_RE.match(text)
    if not label:
        return False
    value = split_number(text[label.end():].strip())[1]
    return _starts_item(value) or bool(recommendation_sentences(value))


# A word every one of _SENTENCE_PATTERNS holds: most passages have none, and removing
# page footers only puts spaces between words, never makes one.
def _decision_word_re() -> re.Pattern:
    return cue_pattern("decision_words", WHOLE_WORDS)


def recommendation_sentences(text: str) -> list[str]:
    """Sentences of a passage that put a decision to the committee."""
    if not required_text.search(_decision_word_re(), text):  # only texts with its words searched
        return []
    text = _PAGE_FOOTER_RE.sub(" ", text).strip()
    return [s.strip().rstrip(":").strip() for sentence in sentence_texts(text)
            for s in _COLON_BREAK_RE.split(sentence) if any(p.search(s) for p in _SENTENCE_PATTERNS)]


def ask_sentence_pieces(text: str) -> list[str]:
    """An item holding two ask sentences or more (``The Committee is asked to approve the programme. The
    Committee is also asked to note the risk ...``) as one piece for each ask, a sentence that asks nothing
    staying with the ask before it (the text before the first ask with the first); any other text whole."""
    if not required_text.search(_decision_word_re(), text):
        return [text]
    sentences = sentence_texts(text)
    asks = [i for i, sentence in enumerate(sentences) if any(p.search(sentence) for p in _SENTENCE_PATTERNS)]
    if len(asks) < 2:
        return [text]
    starts = [0] + asks[1:] + [len(sentences)]
    return [" ".join(s.strip() for s in sentences[a:b]) for a, b in zip(starts, starts[1:])]


def _clean(text: str) -> str:
    # Each substitution only where its words are (required_text): most passages have neither.
    if required_text.may_match(_PAGE_FOOTER_RE, text):
        text = _PAGE_FOOTER_RE.sub(" ", text)
    if required_text.may_match(_CROSS_REFERENCE_RE, text):
        text = _CROSS_REFERENCE_RE.sub("", text)
    return squash(text)


def _run_on_sibling(raw: str, number: str | None) -> tuple[int, int] | None:
    """Where the next item of a decimal-numbered list runs on inside this one after its semicolon
    ("3.1 agree the fees; and 3.2 note the survey"): (end of this item, start of the next), or None.
    A reader joins such lines when an item ends with "and" and the next one wraps."""
    dotted = dotted_number(number or "")
    if not dotted:
        return None
    following = f"{dotted[0]}{int(dotted[1]) + 1}"
    match = re.search(rf"(;|,\s*(?=and\b|or\b))\s*(?:(?:and|or)\s+)?(?={re.escape(following)}\s+[a-zA-Z])", raw)
    return (match.start() + 1, match.end()) if match else None


# An item set with its verbs in capitals, where the first verb is one the vocabulary lacks
# ("DEBATE and DECIDE whether ...", "SCRUTINISE and COMMENT on ..."): a capitalised word joined to a
# known verb in capitals, then lower-case words.  (A known verb first, "NOTE and WELCOME ...", is
# already an item start.)
_CAPITAL_VERBS_RE = re.compile(
    rf"^(?:TO\s+|To\s+)?[A-Z]{{3,}}\s+(?:and|or|AND|OR)\s+(?:{_VERBS.upper()})\b\s+[a-z]")
# A condition before the item's verb ("If option B is chosen, ADOPT ..."): the item starts after the
# condition's comma with a known verb in capitals, or one in lower case with its object ("..., agree
# the grant"), so "If agreed, support for ..." or "Should Cabinet agree, NHS colleagues will ..."
# stays a sentence (conditional_openers in recommendation_cues.yaml).
_CONDITIONAL_ITEM_RE = re.compile(
    rf"^(?i:{_cue_words('conditional_openers')})\b[^,;.]{{3,120}},\s*"
    rf"(?:(?:TO\s+)?(?:{_VERBS.upper()})\b|(?i:(?:to\s+)?(?:{_VERBS})\s+(?:{_ITEM_OBJECTS})\b))")
# A numbered heading that is really a list's first item: its verb after "to" or in capitals
# ("1. To NOTE the work of ...", "1. APPROVE the ..."), not a heading led by a noun ("2. Review of ...").
_PROMOTED_ITEM_RE = re.compile(rf"^(?:(?i:to)\s+(?i:{_VERBS})|(?:{_VERBS.upper()}))\b")


def _starts_item(text: str) -> bool:
    return (bool(_ITEM_START_RE.match(text)) or _opens_with_bullet(text)
            or bool(_CAPITAL_VERBS_RE.match(text)) or bool(_CONDITIONAL_ITEM_RE.match(text)))


def _is_lead_in(text: str) -> bool:
    # (`... the following recommendation(s):-`: a colon and dash end a lead-in as a colon does.)
    text = colon_dash_as_colon(text, "-\u2013\u2014")
    # A lead-in says `asked to` (or the like) or ends with a colon; checking that first is cheaper.
    colon = text.rstrip().endswith(":")
    if not colon and not required_text.search(ask_re(), text):
        return False
    if required_text.search(_LEAD_IN_RE, text):
        return True
    # The ask must be in the sentence the colon ends: "... considered the proposed decision. The
    # committee passed a motion proposing that:" introduces a motion, not the paper's asks.
    return colon and bool(ask_re().search(sentence_texts(text)[-1]))


def in_sequence(previous: str, number: str) -> bool:
    """Whether ``number`` can come after ``previous`` in one list: the next number in the same
    style (``2.1`` -> ``2.2``, ``(b)`` -> ``(c)``), the next section (``2.3`` -> ``3``), the first of a
    sub-list (``2`` -> ``2.1``, ``(a)`` -> ``(i)``) or the next number a level up once a sub-list ends
    (``5.1.2`` -> ``5.2``)."""
    if "(" not in previous + number:
        before, after = previous.split("."), number.split(".")
        if after == before + ["1"] or int(after[0]) == int(before[0]) + 1:
            return True
        # The next number at the same level, or at a level above once a sub-list ends ("5.1.2" -> "5.2").
        depth = len(after)
        return (depth <= len(before) and after[:-1] == before[:depth - 1]
                and before[depth - 1].isdecimal() and int(after[-1]) == int(before[depth - 1]) + 1)
    return continues_list(marker_values(previous), marker_values(number), first_ok=number.startswith("("))


def _is_field_block(text: str) -> bool:
    """A ``Label: value`` line that is not an ask (``Lead Member: Cllr A``, ``Ward(s): All``): after a
    list's items, the block that follows the list."""
    field = _FIELD_RE.match(text)
    if not field:
        return False
    label = text[:field.end()].rstrip(": ")
    return not (ask_re().search(label) or _LABEL_RE.match(label + ":") or _ITEM_START_RE.match(label)
                or _is_lead_in(label + ":"))


def _is_page_number(word: str) -> bool:
    return word.isdecimal() and len(word) <= 3


def _is_footer(text: str) -> bool:
    """A page's footer line: `12`, `Page 3`, `page 4 of 20`, `3 of 9`, `Item 7b` (words set apart by one space)."""
    words = text.strip().split(" ")
    if len(words) == 2 and is_word_in_any_case(words[0], "item"):
        return words[1][:1].isdecimal() and all(map(is_word_character, words[1]))
    if len(words) > 1 and is_word_in_any_case(words[0], "page"):
        words = words[1:]
    return _is_page_number(words[0]) and (len(words) == 1 or (
        len(words) == 3 and is_word_in_any_case(words[1], "of") and _is_page_number(words[2])))


def _has_figures_column(rows: list[list[str]]) -> bool:
    """Whether some column holds a figure in every row below the first (at least two): a table of figures
    (a budget, a grants list), which no justified box of prose read as a table is."""
    body = rows[1:]
    if len(body) < 2:
        return False
    width = min(len(row) for row in body)
    return any(all(is_figure(row[i]) for row in body) for i in range(width))


def _prose_table_text(rows: list[list[str]]) -> str | None:
    """A justified box the reader took for a table of single words: its words in order."""
    cells = [c for row in rows for c in row if c and c.strip()]
    if len(cells) < 8 or _has_figures_column(rows):
        return None
    words = sum(len(c.split()) for c in cells)
    if words / len(cells) > 2.5:
        return None
    return " ".join(squash(c) for c in cells)


# Another section's heading (recommendation_cues.yaml other_heading), or one ending in `implications` or `considerations`.
_OTHER_HEADING_RE = cue_pattern("other_heading", r"^(?:WORDS)\b|implications\b|considerations?$")


# Quotation marks around a motion minutes quote: its list ends where the quotation does.
_OPENING_QUOTES = ("“", '"')
_CLOSING_QUOTES = ("”", '"')


def _ends_item(text: str) -> bool:
    """An item closed by a semicolon, perhaps with `and`/`or` after it in any case (`...;`, `...; and`,
    `...;OR`), spaces after it aside."""
    if ";" not in text:
        return False
    text = text.rstrip()
    for word in ("and", "or"):
        if text[-len(word):].lower() == word:
            text = text[:-len(word)].rstrip()
            break
    return text.endswith(";")


class _Section:
    """The items of one recommendations section, with continuation pieces joined up."""

    def __init__(self, number: str | None, mode: str, rule: str):
        self.number = number      # the section heading's number ("2"), if any
        self.mode = mode          # "heading": up to the next heading; "list": up to the first non-item
        self.rule = rule          # recorded on each recommendation of the section
        self.ended = False        # a block after the list was run into its last item
        self.items: list[list] = []  # [passage, number, text, closed, joins]
        self.seqs: set[int] = set()
        self.table: list = []     # rows of a table met inside the section
        self.column: int | None = None  # the recommendation column of that table, if it has one
        self.quoted = False       # its lead-in opens a quotation (minutes quoting a motion)
        self.led = False          # a lead-in met under the section's heading ("The Committee is recommended to:")
        # A proposed decision's lead-in ("Cabinet agree to:") and, by item index, the lead-in each item
        # came under: an item that names only its matter ("A) the Commissioning Plan") is read with it.
        self.lead: str | None = None
        self.leads: dict[int, str] = {}
        # (rv20b) Under a "Proposals" heading the items count only if every one opens as an ask does.
        self.asks_only = False
        # (stop 23) A table of figures met after the items and giving none ("1. That rents rise ..." / an HRA
        # table / "Tenants will be told ..."): what follows it is an item only if it looks like one.
        self.figures_after_items = False

    def expects_item(self) -> bool:
        """The list's punctuation says an item comes next: a lead-in's colon with no item yet, or an
        item ending ``;`` / ``; and`` ("It is recommended that:" / "The Cabinet approves ...;")."""
        if not self.items:
            return self.rule == "recommendation.lead_in"
        # "(a) approve the grants set out below:" then "(i) £12,000 to ...": an item's colon announces its sub-items.
        return not self.items[-1][3] and (_ends_item(self.items[-1][2]) or self.items[-1][2].rstrip().endswith(":"))

    def led_list_done(self) -> bool:
        """Under a heading, a lead-in's items ended with a full stop ("(c) approve the award ... Ltd."): what
        follows that is not an item (the paper's next section, "Leisure management" / "3. The Trust has run
        ...") ends the list, as after a lead-in of its own."""
        return (self.led and bool(self.items) and not self.expects_item() and not self.unfinished()
                and self.items[-1][2].rstrip().endswith("."))

    def next_number(self, number: str | None) -> bool:
        """A number that carries on the list's numbering ("(b)" after "(a)", "2.2" after "2.1")."""
        numbers = [item[1] for item in self.items if item[1]]
        return bool(number and numbers) and in_sequence(numbers[-1], number)

    def listed(self) -> bool:
        """Every item so far is an item of a list the reader kept as one (<li>, bullets), the last
        one finished: what follows that is not an item ends the list, as after a lead-in."""
        return (bool(self.items) and all(item[0].kind == "list_item" for item in self.items)
                and not self.unfinished())

    def unfinished(self) -> bool:
        return (bool(self.items) and not self.items[-1][3]
                and ends_open(self.items[-1][2], _CLOSERS))

    def continues(self, text: str, heading: bool = False) -> bool:
        """Whether ``text`` (no number, no bullet) carries on the item before it."""
        if not self.items or self.items[-1][3] or _ITEM_START_RE.match(text):
            return False
        if (_FIELD_RE.match(text) or _SECTION_END_RE.match(text) or _NOT_AN_ITEM_RE.match(text)
                or _OTHER_HEADING_RE.match(text)):
            return False
        if _ends_item(self.items[-1][2]):
            return False  # "the Board approves ...;" / "The Board notes ...": a semicolon ends an item.
        if text[:1].islower():
            return True
        # An item broken by a page or a line promoted to a heading carries on once
        # with a capital ("... Children's" / "Services, to take ..."); a second
        # capitalised piece after that is the paper moving on.
        return self.unfinished() and not (heading and self.items[-1][4])

    def add(self, passage, text: str, closed: bool = False, heading: bool = False) -> None:
        raw = _clean(text)
        if not raw or _is_footer(raw) or _is_bullet(raw):
            return
        lead, inline = split_inline_items(raw)
        if inline and (not lead or _is_lead_in(lead) or _LABEL_RE.match(lead + ":") or lead.endswith(":")):
            # A whole list run into one paragraph: each item on its own.
            for number, body in inline:
                if self.ended:
                    break
                self.add(passage, f"{number} {body}", closed, heading)
            return
        # "The Cabinet is asked to: approve ...; note ...": the items without their lead-in.
        lead, colon, after = raw.partition(": ")
        if colon and after and _is_lead_in(lead + ":"):
            raw = after
        raw, cut = cut_at_list_end(raw)
        if cut:
            self.ended = True
        if not raw:
            return
        self.seqs.add(passage.seq)
        bullet = _opens_with_bullet(raw)
        number, body = split_number(raw)
        sibling = _run_on_sibling(raw, number)
        if sibling is not None:
            # "2.2 issue the Direction; and 2.3 note the review": the next numbered item run into this one.
            self.add(passage, raw[:sibling[0]], closed, heading)
            self.add(passage, raw[sibling[1]:], closed, heading)
            return
        body = _LABEL_RE.sub("", body).strip()
        if not body:
            return
        # A number can land on an item's second line ("Note the Reserves and" /
        # "2.6 Indicators Monitoring"): it carries on an unnumbered item.
        numbered_tail = number is not None and self.items and self.items[-1][1] is None
        # Each item of a list the reader kept as a list (<li>, a Word or Markdown list) is its own.
        own_item = passage.kind == "list_item" and bool(self.items) and self.items[-1][0].kind == "list_item"
        # A number out of the list's sequence after an unfinished item is the item's own text
        # ("... by nine months, to" / "31 March 2026, at a cost of ..."), as is one a page break left.
        if (number is not None and self.items and self.items[-1][1] and self.unfinished()
                and not in_sequence(self.items[-1][1], number) and not _ITEM_START_RE.match(body)):
            number, body = None, raw
        if (number is None or numbered_tail) and not bullet and not own_item and self.continues(body, heading):
            last = self.items[-1]
            last[2] = f"{last[2]} {body}"
            last[3] = closed
            last[4] += 1
            if last[1] is None and number:
                last[1] = number
            return
        pieces = [part for piece in _ITEM_SPLIT_RE.split(body) for part in ask_sentence_pieces(piece)]
        for i, piece in enumerate(pieces):
            if self.lead:
                self.leads[len(self.items)] = self.lead
            self.items.append([passage, number if i == 0 else None, piece.strip(), closed, 0])

    def explained(self, passage, text: str) -> None:
        """(d39) A paragraph between two items of the list: an ask of its own ("Council is recommended to approve
        ...") is an item, any other the explanation of the item above it."""
        self.seqs.add(passage.seq)
        if ask_re().search(text) and _is_lead_in(text) is False and recommendation_sentences(text):
            self.items.append([passage, None, text, True, 0])
            return
        self.items[-1][2] = f"{self.items[-1][2]} {text}"

    def add_row(self, passage) -> None:
        self.table.append(passage)
        column = list_column(passage.header) if passage.header else None
        if column is None:
            here = list_column(passage.cells)
            if here is not None:
                self.column = here  # a header row read as a row: its recommendation column
                return
            column = self.column
        if column is not None:
            # No. | Recommendation | Reason: the item is the recommendation cell, its number the first cell.
            cells = passage.cells
            body = cells[column].strip() if column < len(cells) else ""
            number = cells[0].strip() if column and cells[0].strip() else None
            if body:
                self.add(passage, f"{number} {body}" if number and split_number(f"{number} x")[0] else body)
            return
        cells = [c for c in passage.cells if c and c.strip()]
        # The number may have a cell of its own ("a) | approve ...", "1 | Note ...").
        number, first = split_number(" ".join(cells)) if cells else (None, "")
        # A numbered first row is an item the reader took for the table's header.
        if (passage.kind == "table_row" or number) and _ITEM_START_RE.match(first):
            self.add(passage, " ".join(cells))

    def end_table(self) -> None:
        """A justified box read as a table of single words is one item, its words in order."""
        if not self.table:
            return
        rows, self.table = self.table, []
        seqs = {p.seq for p in rows}
        if self.items and not any(item[0].seq in seqs for item in self.items) \
                and _has_figures_column([p.cells for p in rows]):
            self.figures_after_items = True
        prose = _prose_table_text([p.cells for p in rows])
        if prose:
            self.items = [item for item in self.items if item[0].seq not in seqs]
            self.add(rows[0], prose)
            self.seqs |= seqs

    def numbered_apart(self, text: str) -> bool:
        """A numbered passage after a lead-in's numbered items that no item of the list leads to
        ("(1) Endorse ..." / "(4) Note ..." then "6) The Leader of the Opposition said ..."): the paper's
        own paragraph numbering resuming, so the quoted list has ended.  A number that only carries on
        an unfinished item ("... by nine months, to" / "31 March 2026, ...") is no new paragraph."""
        if self.mode != "list":
            return False
        numbers = [item[1] for item in self.items if item[1]]
        number, body = split_number(_clean(text))
        if not self.items or number is None:
            return False
        if self.unfinished() and not _ITEM_START_RE.match(body):
            return False
        if not numbers:
            # "Agree the terms ...;" / "Delegate to ..." then "2) Following the debate ...": a list
            # numbered from here would start at its first number.
            values = marker_values(number)
            return bool(values) and not any(value == 1 for _kind, value in values)
        return not any(in_sequence(earlier, number) or earlier == number for earlier in numbers)

    def heading_belongs(self, text: str) -> bool:
        """A heading inside the section that is really a piece of an item."""
        number, body = split_number(_clean(text))
        if number and self.number and number.startswith(self.number + "."):
            return True
        if _SECTION_END_RE.match(body) or is_recommendation_heading(body) or _OTHER_HEADING_RE.search(body):
            return False
        if number and not self.items and _PROMOTED_ITEM_RE.match(body) and len(body.split()) > 3:
            return True   # "1. To NOTE the work of ..." promoted to a heading: the list's first item
        if number and not number.startswith("("):
            return False  # "1. Introduction"
        if number and self.lead is not None:
            return True   # "A) the Schools Capital Programme": a short item of a proposed decision set apart
        if _ITEM_START_RE.match(body) and len(body.split()) > 3:
            return True
        if self.mode == "list" and not body[:1].islower():
            return False
        return number is None and self.continues(body, heading=True)

    def results(self):
        if self.asks_only and not all(_ITEM_START_RE.match(item[2].strip()) for item in self.items):
            return   # "Proposals" / "The central library will open later ...": what a review proposes
        for index, (passage, number, text, _closed, _joins) in enumerate(self.items):
            text = text.strip()
            if index in self.leads and not _ITEM_START_RE.match(text):
                text = f"{self.leads[index]} {text}"
            if _NOT_AN_ITEM_RE.match(text) or len(text.split()) < MIN_WORDS or _is_lead_in(text):
                continue
            yield passage, number, text, self.rule


# A proposed decision's paper and the heading of the decision it proposes (recommendation_cues.yaml).
_PROPOSED_DECISION_PAPER_RE = cue_pattern("proposed_decision_papers", WHOLE_WORDS)
_PROPOSED_DECISION_HEADING_RE = cue_pattern("proposed_decision_headings", r"^(?:WORDS)\s*:?$")
# How far into a paper its title sits (after the authority's name, a logo's alt text ...).
OPENING_PASSAGES = 6


def _proposes_decision(passages) -> bool:
    """Whether the paper sets out a decision proposed, not yet taken ("Proposed record of decision")."""
    opening = [p for p in passages if p.kind in ("heading", "paragraph")][:OPENING_PASSAGES]
    return any(_PROPOSED_DECISION_PAPER_RE.search(squash(p.text)) for p in opening)


_ADVISORY_MEETING_RE = cue_pattern("advisory_meetings", WHOLE_WORDS)


def _advises_only(passages) -> bool:
    """Whether the paper's opening names its meeting as one that only recommends (advisory_meetings: a scrutiny
    committee, an advisory panel): its minutes' onward recommendations are recommendations."""
    opening = [p for p in passages if p.kind in ("heading", "paragraph")][:OPENING_PASSAGES]
    return any(_ADVISORY_MEETING_RE.search(squash(p.text)) for p in opening)


def _is_proposal_form(passages) -> bool:
    """Whether the paper's opening calls it a notice of motion or an amendment form (proposal_forms headings)."""
    return any(_proposal_form_re("headings", r"\b(?:WORDS)\b").search(_row_text(p)) for p in passages[:4])


def _decision_label_lead(text: str) -> str | None:
    """(e26) A proposed decision's label run into the lead-in of its items ("Decision: Cabinet propose to:",
    "Proposed decision: The Cabinet Member agrees to:"): the lead-in, else None."""
    label, colon, rest = text.partition(": ")
    rest = rest.strip()
    if not colon or not rest.endswith(":") or split_number(rest)[0] is not None:
        return None
    return rest if _PROPOSED_DECISION_HEADING_RE.match(label + ":") else None


def _motion_lead_in(text: str) -> bool:
    """A motion's lead-in to what it would have the meeting do ("This Council resolves to:"; motion_lead_ins)."""
    return text.rstrip().endswith(":") and bool(cue_pattern("motion_lead_ins", r"\b(?:WORDS)\s*:\s*$").search(text))


# A heading row of a report laid out as a table ("2. | Recommendations"): at most this many words.
LAYOUT_HEADING_WORDS = 8


def _layout_parts(cells) -> tuple[str | None, str] | None:
    """A table row that is one paragraph of a report set out as a table: (its paragraph number, its
    text) for ``2.1 | That Cabinet approves ...``, ``| (a) agree the fees ...`` or a one-cell row;
    None for a row of data (two text cells, or a first cell that is no bare number)."""
    filled = [c.strip() for c in cells if c and c.strip()]
    if len(filled) == 1 and (len(cells) == 1 or not (cells[0] or "").strip()):
        return None, squash(filled[0])
    if len(filled) == 2 and (cells[0] or "").strip() == filled[0]:
        number, rest = split_number(f"{filled[0]} x")
        if number is not None and rest == "x":
            return number, squash(filled[1])
    return None


def _layout_heading(number: str | None, text: str) -> bool:
    """``2. | Recommendations``: a section's heading row, a whole number before a short title."""
    return (number is not None and "." not in number.strip(".") and not number.startswith("(")
            and len(text.split()) <= LAYOUT_HEADING_WORDS and not text.rstrip().endswith((".", ";", ":")))


def _rows_by_table(passages) -> dict[int, list]:
    """Each table's header and body rows, in order, by the table they belong to."""
    tables: dict[int, list] = {}
    for passage in passages:
        if passage.kind in ("table_row", "table_header") and passage.table is not None:
            tables.setdefault(passage.table, []).append(passage)
    return tables


def layout_table_passages(passages) -> list:
    """The passages with each report-as-a-table's rows read as the headings and paragraphs they are.
    Word and ModernGov HTML exports set a whole report in a table of paragraph numbers and text
    (``2. | Recommendations`` / ``2.1 | That Cabinet approves ...``), and a box of lines is a
    one-column table (``RECOMMENDATIONS`` / ``1. That the Cabinet Member approves ...``).  A table
    counts when every row is such a paragraph and it is a box of two rows or more, or it holds a
    numbered heading row and another numbered row; its header row is dropped.  Any other table is
    left as it is."""
    tables = _rows_by_table(passages)
    layout: dict[int, object] = {}
    dropped: set[int] = set()
    for rows in tables.values():
        body = [p for p in rows if p.kind == "table_row"]
        parts = [_layout_parts(p.cells) for p in body]
        if len(body) < 2 or any(part is None for part in parts) or any(cover_ask(p.cells) for p in body):
            continue
        numbered = [number for number, _text in parts if number is not None]
        box = all(len(p.cells) == 1 for p in body)
        if not box and not (len(numbered) >= 2 and any(_layout_heading(n, t) for n, t in parts)):
            continue
        dropped |= {p.seq for p in rows if p.kind == "table_header"}
        for passage, (number, text) in zip(body, parts):
            kind = "heading" if _layout_heading(number, text) else "paragraph"
            shown = f"{number} {text}" if number else text
            layout[passage.seq] = replace(passage, kind=kind, text=shown, cells=[], header=[])
    if not layout and not dropped:
        return list(passages)
    return [layout.get(p.seq, p) for p in passages if p.seq not in dropped]


def _list_runs_across(section: _Section | None, passages, index: int, clean: str) -> bool:
    """(e26) A group heading or second lead-in inside a section's list ("Recommendations:" / "... is asked to agree
    the following:" / "Capital programme" / "(a) ..." / "(b) ..." / "Council tax" / "(c) ..." / "In addition:" /
    "(d) ..."): the item after it carries on the list's numbering (or starts it, right after the section's
    lead-in), so the list goes on past it.  A section-ending heading or a field is never such a line."""
    if section is None or not (section.led or section.items) or index + 1 >= len(passages):
        return False
    if (clean[:1].islower() and not clean.endswith(":")) or ends_section(clean) or is_recommendation_heading(clean) \
            or _OTHER_HEADING_RE.search(clean) or list_end_re().match(clean) or _is_field_block(clean):
        return False   # "... transfer to Children's" / "services ...": a line promoted to a heading carries on
    number, body = split_number(_clean(passages[index + 1].text))
    if number is None or (not number.startswith("(") and not _starts_item(body)):
        return False   # "Housing need" / "3. The district has ...": the paper's own paragraphs numbered on
    numbers = [item[1] for item in section.items if item[1]]
    if section.items and not numbers:
        return False
    return numbering_runs_across(clean, marker_values(numbers[-1]) if numbers else None, marker_values(number))


# (d39) How many passages of explanation may sit between two items of one lettered list.
LIST_RESUME_SPAN = 4


def _list_resumes(section: _Section, passages, index: int) -> bool:
    """(d39) Whether the section's numbered list goes on after the paragraph at ``index``: within a few passages,
    before any heading, an item carries on its numbering ("(a) That the Orchestra be engaged ..." / two paragraphs
    on the programme / "(b) That the Clerk be delegated ..."), so the paragraphs between are the item's own."""
    if not any(item[1] for item in section.items):
        return False
    for later in passages[index + 1:index + 1 + LIST_RESUME_SPAN]:
        if later.kind not in ("paragraph", "list_item"):
            return False
        number, _body = split_number(_clean(later.text))
        if number is not None:
            return section.next_number(number)
    return False


def _section_items(passages):
    """Items under recommendation headings, lead-ins and labels: ([(passage, number, text)], seqs used)."""
    # A proposed decision's own "Decision:" heading opens its recommendations.
    proposed = _proposes_decision(passages)
    # A notice of motion's "This Council resolves to:" opens its recommendations.
    motion = _is_proposal_form(passages)
    # A scrutiny committee's "RECOMMENDED to the Executive:" opens its recommendations; a deciding body's
    # ("RECOMMENDED TO COUNCIL:" in Cabinet's minutes) opens its decisions only.
    advises = _advises_only(passages)
    items: list = []
    used: set[int] = set()
    section: _Section | None = None

    def close():
        nonlocal section
        if section is not None:
            section.end_table()
            items.extend(section.results())
            used.update(section.seqs)
        section = None

    # The open section is a cover row's lead-in ("Recommendation(s) | The Committee is asked to:") whose
    # items are the rows after it, their label cells empty ("| (a) approve ...").
    cover_rows = False
    for index, passage in enumerate(passages):
        text = passage.text
        kind = passage.kind
        from_cover = False  # a cover sheet's recommendation row read as a label paragraph
        if kind in ("table_header", "table_row"):
            cover = cover_ask(passage.cells)
            if cover is None:
                value = cover_row_value(passage.cells) if cover_rows and section is not None else None
                if value is None:
                    if cover_rows:
                        close()   # the next field ("Key decision | No") ends the lead-in's rows
                    elif section is not None:
                        section.add_row(passage)
                    cover_rows = False
                    continue
                text, kind = value, "paragraph"   # one item of the lead-in's, read as a paragraph
            else:
                # "Recommendation(s) | The Board is asked to: a) ... b) ...": a label paragraph.
                text, kind, from_cover = cover, "paragraph", True
                cover_rows = False
        else:
            cover_rows = False
        if section is not None:
            section.end_table()
        clean = _clean(text)
        # "Decision:" under a proposed decision's paper, as a heading or a paragraph on a line of its own.
        decision_heading = proposed and bool(_PROPOSED_DECISION_HEADING_RE.match(clean))
        decision_lead = _decision_label_lead(clean) if proposed and not decision_heading else None
        if passage.kind == "heading" and run_in_ask(clean):
            kind = "paragraph"   # "RECOMMENDATION: GRANT subject to conditions" set as a heading: a label paragraph
        if kind == "heading":
            if section is not None and _is_footer(clean):
                continue
            # A heading that is a lead-in ("It is recommended that the Board:") opens the list too.
            if is_recommendation_heading(text) or (clean.endswith(":") and ask_re().search(clean)
                                                   and _is_lead_in(clean)) \
                    or decision_heading:
                close()
                number, _ = split_number(text.lstrip("|# ").strip())
                section = _Section(number.split(".")[0] if number else None, "heading", "recommendation.heading")
                section.led = _is_lead_in(clean)   # "2. The Committee is recommended to:" set as a heading
                if decision_heading:
                    section.lead = ""
                continue
            if is_list_heading(text):
                # "Action required", "Summary and recommendations": the items that follow, if any.
                close()
                number, _ = split_number(text.lstrip("|# ").strip())
                section = _Section(number.split(".")[0] if number else None, "list", "recommendation.heading")
                section.asks_only = asks_only_heading(text)
                continue
            if section is not None and (_is_lead_in(clean) or opens_with_word(clean, ("that",))):
                section.led = section.led or _is_lead_in(clean)
                continue  # "That the Committee for Transport:" set as a heading
            if section is not None and list_end_re().match(clean):
                close()
                continue
            if _list_runs_across(section, passages, index, clean):
                continue   # "Capital programme" between "(b)" and "(c)": a group heading inside the list
            if section is not None and section.heading_belongs(text):
                section.add(passage, text, heading=True)
                continue
            close()
            continue
        if kind not in ("paragraph", "list_item"):
            continue
        if decision_heading or decision_lead:
            close()   # "Decision:" on a line of its own, read as a paragraph: a heading all the same
            section = _Section(None, "heading", "recommendation.heading")
            section.lead = decision_lead or ""   # "Decision: Cabinet propose to:": the label run into its lead-in
            continue
        if len(clean.split()) <= 12 and is_list_heading(clean):
            close()   # "Proposed decision:" on a line of its own, read as a paragraph
            section = _Section(None, "list", "recommendation.heading")
            section.asks_only = asks_only_heading(clean)
            continue
        if trailing_label(clean):
            close()   # "Purpose: To agree the fees. Recommendations:": the label's line run into the paragraph
            section = _Section(None, "list", "recommendation.label")
            continue
        if not _LABEL_PARAGRAPH_RE.match(clean):
            # "Argymhelliad / Recommendation: That ..." as "Recommendation: That ...".
            clean = _cover_field_paragraph(bilingual_label(clean))   # "Decision sought: To agree ..." as "Recommendations: ..."
            # "Recommendations 1. That ... 2. That ...": a heading a page ran into its list's paragraph (an HTML
            # line break), read as a box holding them is.
            if opens_with_word(clean, ("recommendations", "recommendation")):
                clean = _boxed_list(clean) or clean
        label = _LABEL_PARAGRAPH_RE.match(clean)
        if label or (is_recommendation_heading(clean) and len(clean.split()) <= 6):
            close()
            section = _Section(None, "list", "recommendation.label")
            rest = clean[label.end():].strip() if label else ""
            if rest and not _is_lead_in(rest):
                sentences = recommendation_sentences(rest)
                if sentences:
                    # "Recommendation: The Board is recommended to note ...: <table text>"
                    for sentence in sentences:
                        section.add(passage, sentence, closed=True)
                    close()
                    continue
                section.add(passage, rest)
            if from_cover and rest and _is_lead_in(rest) and not section.items:
                cover_rows = True   # the lead-in's items are in the rows below
                continue
            if (label and any(ch.isdecimal() for ch in label.group(0))) or from_cover:
                close()  # "Recommendation 2: Allocates ..." and a cover cell's list stand alone
            continue
        if (_is_lead_in(clean) and (section is not None or ask_re().search(clean))
                and (advises or not recommends_onward(clean))) \
                or (advises and recommends_onward(clean) and clean.endswith(":")) \
                or (motion and _motion_lead_in(clean)):
            if section is None or section.mode == "list":
                close()
                section = _Section(None, "list", "recommendation.lead_in")
                section.quoted = clean.startswith(_OPENING_QUOTES)
            else:
                section.led = True   # "2. The Committee is recommended to:" under a Recommendations heading
            continue
        lead, inline = split_inline_items(clean)
        if inline and ask_re().search(lead) and _is_lead_in(lead):
            # "Members are asked to: i. approve ...; ii. note ..." in one paragraph.
            if section is None or section.mode == "list":
                close()
                section = _Section(None, "list", "recommendation.lead_in")
            section.add(passage, text)
            if section.ended:
                close()
            continue
        if section is None:
            continue
        if _list_runs_across(section, passages, index, clean):
            continue   # "In addition:" between "(n)" and "(o)": a second lead-in of the same list
        if (ends_section(clean) or is_resolution(clean) or (section.items and _is_field_block(clean))):
            close()
            continue
        if section.numbered_apart(clean):
            close()
            continue
        if (section.mode == "list" or section.listed() or section.led_list_done() or section.figures_after_items) \
                and passage.kind == "paragraph":
            number, body = split_number(clean)
            looks_like_item = (_starts_item(clean) or _starts_item(body) or body[:1].islower()
                               or (number is None and section.continues(body)) or _is_footer(clean)
                               or _is_bullet(clean) or section.expects_item() or section.next_number(number))
            if not looks_like_item:
                if _list_resumes(section, passages, index):
                    section.explained(passage, clean)
                    continue
                close()
                continue
        if section.lead is not None and clean.endswith(":") and split_number(clean)[0] is None:
            section.lead = clean   # "The Cabinet Member agrees to:" over the proposed decision's items
            continue
        section.add(passage, text)
        if section.quoted and clean.endswith(_CLOSING_QUOTES):
            # Minutes quoting a motion ("“Council is asked to:" ... "... the same changes.”"): the
            # quotation closes the motion's list; what follows is the minute again.
            close()
            continue
        if section.ended:
            close()
    close()
    return items, used



_SUMMARY_HEADING_RE = cue_pattern("summary_heading", r"^(?:WORDS)$")


# Passages within which two differently numbered items belong to one list.
_SAME_LIST_SPAN = 12


def _plain_words(text: str) -> list[str]:
    """The words and figures of a lower-case text (`£1.5m`, `2,000`, `plan`), the commas, stops and pound
    signs around each run of them left off, those inside kept: `£1.5m,` -> `£1.5m`."""
    return [word for run in runs(text, "a-z0-9£,.") if (word := run.lstrip(",.").rstrip(",.£"))]
# An ask outside the list restates one of its items when it shares this many of its words with
# the item, and at least this share of the shorter one's words.
RESTATES_COMMON = 3
RESTATES_SHARE = 0.5
# Endings taken off a word before two asks' words are compared (`agreed`, `agrees` -> `agre`, `noting` -> `not`);
# a word ends in at most one of them (`es` before `s`, so `notes` -> `not`).
_ENDINGS = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    if len(word) > 4:
        for ending in _ENDINGS:
            if word.endswith(ending):
                return word[:-len(ending)]
    return word


@lru_cache(maxsize=1)
def _restatement_ignore() -> frozenset:
    return frozenset(_stem(w) for w in _cues()["restatement_ignore"]["words"])


def _decided_words(text: str) -> set[str]:
    """The words of a recommendation that say what it decides (restatement_ignore left out)."""
    ignore = _restatement_ignore()
    return {stem for stem in (_stem(w) for w in _plain_words(text.lower())) if stem not in ignore}


_VERB_RE = re.compile(rf"\b(?!be\b)(?:{_VERBS})(?:s|d|ed|es)?\b", re.IGNORECASE)


def _asked_clause(text: str) -> tuple[str | None, str]:
    """The verb of what is decided and the words from it on: the first after the ask ("The contract
    ends in March and the Board is asked to *approve a twelve-month extension*"), else the text's
    first ("That Cabinet *accepts the quotation ...*")."""
    asked = cue_pattern("asked_words", WHOLE_WORDS).search(text)
    verb = _VERB_RE.search(text, asked.end() if asked else 0)
    return (_stem(verb.group(0).lower()), text[verb.start():]) if verb else (None, text)


@dataclass(frozen=True)
class Ask:
    """An ask sentence's decision verb and the words saying what it decides, derived once
    however many listed items it is compared with."""
    verb: str | None
    words: frozenset


def ask_of(sentence: str) -> Ask:
    verb, clause = _asked_clause(sentence)
    return Ask(verb, frozenset(_decided_words(clause)) if verb else frozenset())


def restates(sentence: str | Ask, item: str) -> bool:
    """Whether an ask sentence outside a paper's list of recommendations restates one of its items
    (restatement_ignore in recommendation_cues.yaml): from the same decision verb on, in the item
    wherever it puts it ("note the position, and approve the extension ..."), most of the words
    saying what is decided in common ("note the outturn of the plan" does not restate "approve
    the plan").  Pass ``ask_of(sentence)`` when one sentence is compared with many items."""
    ask = sentence if isinstance(sentence, Ask) else ask_of(sentence)
    if ask.verb is None:
        return False
    for match in _VERB_RE.finditer(item):
        if _stem(match.group(0).lower()) != ask.verb:
            continue
        listed = _decided_words(item[match.start():])
        common = len(ask.words & listed)
        if common >= RESTATES_COMMON and common >= RESTATES_SHARE * min(len(ask.words), len(listed)):
            return True
    return False


# Who an ask or a list's lead-in puts the decision to: "The Schools Forum is asked to ...", "It is
# recommended that the Cabinet:", "That the Board notes ...".  The body's kind is its last word.
_ASKED_BODY_RE = re.compile(
    r"(?:^|\brecommended\s+that\s+|^that\s+)(?:the\s+|each\s+|every\s+)?(?P<body>[\w'’&-]+(?:\s+[\w'’&-]+){0,7}?)"
    r"\s*(?:(?:is|are)\s+(?:also\s+)?(?:asked|requested|invited|recommended)\b|:\s*$)", re.IGNORECASE)
_LISTED_BODY_RE = re.compile(rf"^that\s+(?:the\s+)?(?P<body>[\w'’&-]+(?:\s+[\w'’&-]+){{0,7}}?)\s+(?:{_VERBS})(?:s|es)\b",
                             re.IGNORECASE)


def _body_kind(match: re.Match | None) -> str | None:
    """The kind of body an ask names (its last word: "forum", "cabinet"), None for none or for the
    members of any body ("Members are asked to")."""
    if not match:
        return None
    kind = match.group("body").split()[-1].lower().strip("'’")
    return None if kind in _cues()["any_body_words"]["words"] or kind in ("it", "this", "that") else kind


def _listed_bodies(passages, section_items) -> set[str]:
    """The bodies a paper's list of recommendations is put to: its lead-ins' and its items'."""
    kinds = {_body_kind(_ASKED_BODY_RE.search(p.text.strip())) for p in passages
             if p.kind in ("paragraph", "list_item", "heading") and _is_lead_in(p.text)}
    kinds |= {_body_kind(_LISTED_BODY_RE.match(text.strip())) for _p, _n, text, _r in section_items}
    return kinds - {None}


def points_to_recommendations(sentence: str) -> bool:
    """Whether an ask sentence points to the paper's own list for what it asks ("... as set out in the
    recommendations in section 5", "see the recommendations on page 3"; pointers in recommendation_cues.yaml)."""
    return bool(cue_pattern("pointers").search(sentence))


def another_bodys_ask(sentence: str, listed: set[str]) -> bool:
    """An ask put to another body than the paper's list is ("The Schools Forum is asked to agree the
    de-delegation at its meeting on 14 January" in a Cabinet report): what the paper reports that
    body is asked, no recommendation of its own."""
    match = _ASKED_BODY_RE.search(sentence.strip())
    kind = _body_kind(match)
    # A body named by its kind alone ("The Committee is asked to note ..." in a Cabinet report) is
    # the paper's own, loosely named; another body is named ("The Schools Forum", "NHS England").
    return bool(listed) and kind is not None and kind not in listed and len(match.group("body").split()) >= 2


def _word_set(key: str) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in key.split()}


def _ask_texts(passage) -> list[str]:
    """The texts of a passage an ask sentence may stand in: a paragraph's or list item's own, or each cell of
    a table row (an agenda frontsheet's "Details" cell: "This report sets out the fees. The Authority is asked
    to approve the fees for 2027/28."), never the row's cells joined with their header labels."""
    if passage.kind in ("paragraph", "list_item"):
        return [passage.text]
    if passage.kind == "table_row":
        return [squash(cell) for cell in passage.cells if cell and cell.strip()]
    return []


def _tracker_column_re() -> re.Pattern:
    return cue_pattern("tracker_columns", r"^\W*(?:WORDS)\W*$")


def recommendation_column_items(passages, used: set[int]) -> list:
    """Items of a table outside any recommendations section whose header names its recommendation column
    (list_columns: an agenda's "No. | Item | Recommendation"), when every such cell opens as an ask ("To
    approve the minutes ...", "That the Council notes ..."): [(passage, number, text, rule)].  A table that
    tracks or answers recommendations made elsewhere (a Status, Progress or Response column, tracker_columns
    in recommendation_cues.yaml) gives none; nor do rows a section already read."""
    tables = _rows_by_table(passages)
    items = []
    for rows in tables.values():
        if any(p.seq in used for p in rows):
            continue
        header = rows[0].header or rows[0].cells
        body = rows if rows[0].header else rows[1:]
        column = list_column(header)
        if column is None or any(cell and _tracker_column_re().match(cell) for cell in header):
            continue
        found = []
        for passage in body:
            cells = passage.cells
            text = squash(cells[column]) if column < len(cells) and cells[column] else ""
            if not text:
                continue
            number, rest = split_number(text)
            if not _starts_item(rest):
                found = []
                break
            first = (cells[0] or "").strip() if column else ""
            numbered = first if first and split_number(f"{first} x") == (first, "x") else None
            found.append((passage, number or numbered, rest if number else text, "recommendation.table"))
        items.extend(found)
    return items


def find_recommendations(passages) -> list[Recommendation]:
    found: list[Recommendation] = []
    by_paper: dict[int, list[Recommendation]] = {}   # each paper's part of found, in its order
    seen: set[tuple[int, str]] = set()
    # A bundle of papers (two or more cover sheets): each paper's asks are its own, however alike
    # two papers word them ("agree the level of assurance provided"); repeats are looked for within a paper.
    starts = [passages[i].seq for i in cover_sheet_starts(passages)] if len(passages) > 1 else []

    def paper(seq: int) -> int:
        return bisect.bisect_right(starts, seq)

    def keep(passage, number, text, rule):
        text = _LABEL_RE.sub("", text)
        key = normalise(text)
        here = paper(passage.seq)
        if not key or (here, key) in seen:
            return
        same_paper = by_paper.setdefault(here, [])
        # A cover sheet often cuts an item off mid-line; the full wording
        # later on is the same recommendation, so it replaces the stub.
        words = _word_set(key)
        for earlier in same_paper:
            earlier_key = normalise(earlier.text)
            if key.startswith(earlier_key + " ") or earlier_key.startswith(key + " "):
                if len(key) > len(earlier_key):
                    earlier.text = text
                seen.add((here, key))
                return
        # The same item worded a little differently further on ("Plan" for
        # "Plans"), or quoted without its subject ("agree the ..." after
        # "Chair and Committee Chairs to agree the ...").
        for earlier in same_paper:
            if number and earlier.number and number != earlier.number and \
                    abs(passage.seq - earlier.passage_seq) <= _SAME_LIST_SPAN:
                continue  # items 4 and 5 of one list may differ in two words, and are two decisions
            earlier_words = _word_set(normalise(earlier.text))
            common = len(words & earlier_words)
            smaller = min(len(words), len(earlier_words))
            if ((common >= 0.9 * len(words | earlier_words) and len(words ^ earlier_words) <= 2)
                    or (smaller >= 6 and common >= 0.95 * smaller)):
                seen.add((here, key))
                return
        seen.add((here, key))
        recommendation = Recommendation(passage_seq=passage.seq, page=passage.page, text=text, number=number,
                                        rule=rule)
        found.append(recommendation)
        same_paper.append(recommendation)

    # A report set out as a table of paragraph numbers and text is read as its headings and paragraphs.
    passages = layout_table_passages(passages)
    # Candidates sort by passage, then by source (a recommendations section or column first; then the passage's
    # own asks and a form's proposal; then an amendment's instructions; then a minute's bulleted asks), then in order.
    candidates = []
    section_items, section_seqs = _section_items(passages)
    advises = _advises_only(passages)
    for order, (passage, number, text, rule) in enumerate(section_items):
        candidates.append((passage.seq, 0, order, passage, number, text, rule))
    listed = _listed_bodies(passages, section_items) if section_items else set()
    # A free-standing table whose column names the recommendations ("No. | Item | Recommendation" on an agenda).
    column_items = recommendation_column_items(passages, section_seqs)
    for order, (passage, number, text, rule) in enumerate(column_items, start=len(section_items)):
        candidates.append((passage.seq, 0, order, passage, number, text, rule))
    section_items = section_items + column_items
    section_seqs = section_seqs | {item[0].seq for item in column_items}
    for passage in passages:
        texts = _ask_texts(passage)
        if not texts or passage.seq in section_seqs:
            continue
        # A paper that lists its recommendations restates them in its summary: `The Board is
        # asked to endorse the plan` there is the list's gist, not another decision.
        if section_items and passage.heading and _SUMMARY_HEADING_RE.match(strip_heading_number(passage.heading)):
            continue
        # ... and `Members are asked to consider the equality impacts` under its implications weighs
        # the proposal: the decision is the list's.
        if section_items and passage.heading \
                and supporting_section_re().match(strip_heading_number(passage.heading).strip(" :")):
            continue
        order = 0
        for text in texts:
            # A meeting's own resolution decides; a scrutiny committee's recommending onward ("RECOMMENDED to
            # Cabinet that ...") also asks that body, which its own ask sentence says (sentence_asks).
            if _is_lead_in(text) or _LABEL_PARAGRAPH_RE.match(text) \
                    or is_resolution(text) or (recommends_onward(text) and not advises):
                continue
            number, body = split_number(text)
            for i, sentence in enumerate(recommendation_sentences(body)):
                # The body's prose putting one of the listed items first: the item is the recommendation.
                ask = ask_of(sentence)  # (its words derived once, not per listed item)
                if any(restates(ask, item[2]) for item in section_items):
                    continue
                if another_bodys_ask(sentence, listed):
                    continue
                if section_items and points_to_recommendations(sentence):
                    continue   # the list it points to holds the recommendations
                if len(sentence.split()) >= MIN_WORDS:
                    candidates.append((passage.seq, 1, order, passage, number if i == 0 else None, sentence,
                                       "recommendation.sentence"))
                    order += 1
    # `This amendment seeks to ...`, `Allocate up to £40k from ...` on an amendment or motion form.
    for i, (passage, sentence) in enumerate(proposal_form_asks(passages)):
        if passage.seq not in section_seqs:
            candidates.append((passage.seq, 1, i, passage, None, sentence, "recommendation.proposal_form"))
    # `To replace Recommendation (d) with ...`: an amendment's instruction for each recommendation it changes.
    for i, (passage, item) in enumerate(amendment_asks(passages)):
        if passage.seq not in section_seqs:
            candidates.append((passage.seq, 2, i, passage, None, item, "recommendation.amendment"))
    # Bulleted lines under "The paper recommended the following:" inside a minute's paragraph or cell.
    for i, (passage, item) in enumerate(lined_list_asks(passages)):
        if passage.seq not in section_seqs:
            candidates.append((passage.seq, 3, i, passage, None, item, "recommendation.lined_list"))
    for _seq, _source, _i, passage, number, text, rule in sorted(candidates, key=lambda c: c[:3]):
        keep(passage, number, text, rule)
    # A list's opener kept with no options joined to it asks nothing: its items are the recommendations.
    # (A numbered item, `2. the council tax for 2026/27, namely:`, or one that asks first, `approve the grants
    # set out below:`, is an item of its list whose sub-items follow: it stays.)
    return [r for r in _with_alternatives_joined(found, passages)
            if r.number or not opens_a_list_only(r.text) or _starts_item(split_number(r.text)[1])]


def _with_alternatives_joined(found: list[Recommendation], passages) -> list[Recommendation]:
    """`The Council may ... resolve one of the following:` and its options a., b., c. (the recommendations
    right after it, a passage or two apart each): one decision among alternatives, so one recommendation
    (recommendation_cues.yaml alternative_lead_ins), the first's rule kept.  The lead-in may be a
    recommendation of its own, run into the first option, or (a bare lead-in) only the passage before it."""
    ends_lead_in = cue_pattern("alternative_lead_ins", r"\b(?:WORDS)\s*:?\s*$")
    holds_lead_in = cue_pattern("alternative_lead_ins", r"\b(?:WORDS)\s*:")
    text_of = {p.seq: squash(p.text) for p in passages}
    joined: list[Recommendation] = []
    options_of = None
    last_seq = -10
    for recommendation in found:
        if options_of is not None and 0 <= recommendation.passage_seq - last_seq <= 2:
            options_of.text = f"{options_of.text.rstrip()} {recommendation.text.strip()}"
            last_seq = recommendation.passage_seq
            continue
        options_of = None
        before = text_of.get(recommendation.passage_seq - 1, "")
        if ends_lead_in.search(recommendation.text) or holds_lead_in.search(recommendation.text):
            options_of = recommendation
        elif ends_lead_in.search(before) and not joined_to(joined, before):
            recommendation.text = f"{before} {recommendation.text.strip()}"
            options_of = recommendation
        last_seq = recommendation.passage_seq
        joined.append(recommendation)
    return joined


def joined_to(found: list[Recommendation], lead: str) -> bool:
    """Whether the lead-in is already one of the recommendations kept."""
    return any(normalise(lead) in normalise(r.text) for r in found)


@lru_cache(maxsize=None)
def _proposal_form_re(part: str, form: str) -> re.Pattern:
    """One part of recommendation_cues.yaml's proposal_forms compiled inside ``form`` (WORDS: its alternation)."""
    return word_list_pattern(tuple(_cues()["proposal_forms"][part]), form)


def _row_text(passage) -> str:
    """A passage's own text: a table row's cells joined as the reader joins them (ingest.model.table_row_text)
    but without their header labels, so its repeated header (`Budget Amendment Form: ...`) is left off."""
    cells = passage.cells if passage.kind in ("table_row", "table_header") else None
    joined = table_row_text([str(c) for c in cells if c], []) if cells else ""
    return joined or squash(passage.text)


def proposal_form_asks(passages) -> list[tuple[object, str]]:
    """What an amendment or motion form proposes (recommendation_cues.yaml proposal_forms): each
    `This amendment seeks to ...` sentence, and, on a paper whose opening calls it such a form, the
    first sentence under its proposal field when it opens with an instruction (`Allocate up to £40k
    from ... to fund ...`), or (e29) any sentence of that field saying it proposes (`It is proposed to fund
    ...` after the proposer's background); the field's value may sit under its label or beside it (a row's
    next cell).  (passage, sentence) pairs in the paper's order."""
    statement = _proposal_form_re("statements", r"^(?:WORDS)")
    proposing = _proposal_form_re("proposing", r"^(?:WORDS)")
    form = any(_proposal_form_re("headings", r"\b(?:WORDS)\b").search(_row_text(p)) for p in passages[:4])
    label = _proposal_form_re("labels", r"^(?:WORDS)\s*:?$")
    verb = _proposal_form_re("verbs", r"^(?:WORDS)\s")
    found = []
    after_label = False
    for passage in passages:
        if passage.kind not in ("paragraph", "list_item", "table_row"):
            after_label = False
            continue
        text = _row_text(passage)
        cells = [c.strip() for c in text.split(" | ")]
        if label.match(cells[0]) and len(cells) == 1:
            after_label = True
            continue
        # (e29) the field's label beside its value in a form's row: "Proposed purpose: | Restore ..."
        if len(cells) > 1 and label.match(cells[0]):
            text, cells, after_label = " ".join(cells[1:]), [" ".join(cells[1:])], True
        sentences = [s.strip() for s in sentence_texts(text)] if len(cells) == 1 else []
        in_field = form and after_label   # a form asks for one thing: the field's first proposing sentence
        for i, sentence in enumerate(sentences):
            if statement.match(sentence):
                found.append((passage, sentence))
            elif in_field and ((i == 0 and verb.match(sentence)) or proposing.match(sentence)):
                found.append((passage, sentence))
                in_field = False
        after_label = False
    return found


RUN_ON_PIECES = 4   # an amendment's instruction and its new wording, broken over at most this many passages


def _waits_for_wording(text: str) -> bool:
    """An amendment's instruction still waiting for its new wording: no closing mark, or a colon, or one of
    amendment_items' open_endings ("... with", "... to read")."""
    text = text.rstrip().lower()
    return ends_open(text, _CLOSERS) or text.endswith(":") \
        or text.endswith(tuple(f" {ending}" for ending in _cues()["amendment_items"]["open_endings"]))


def amendment_asks(passages) -> list[tuple[object, str]]:
    """(e29) Each instruction of an amendment to a report's recommendations (recommendation_cues.yaml
    amendment_items: "To replace Recommendation (d) with ...", "Delete recommendation 3."), in a heading, a
    paragraph or a list item.  One ending open takes the list items right after it, or the next paragraph (and
    its lines a reader broke off) and, when that ends at a colon, the list items right after it ("Replace
    Recommendation (c) with" / "Approve fee rises as follows:" / "• 4% for grades A to C" ...).  (passage, text)
    pairs in the paper's order."""
    opening = cue_pattern("amendment_items", r"^(?:WORDS)")
    found = []
    index = 0
    while index < len(passages):
        passage = passages[index]
        index += 1
        if passage.kind not in ("heading", "paragraph", "list_item"):
            continue
        text = squash(split_number(squash(passage.text))[1])
        if not opening.match(text):
            continue
        pieces = [text]

        def take_list_items():
            nonlocal index
            while index < len(passages) and passages[index].kind == "list_item" \
                    and not opening.match(split_number(squash(passages[index].text))[1]):
                pieces.append(split_number(squash(passages[index].text))[1])
                index += 1

        if _waits_for_wording(text) and index < len(passages) and passages[index].kind == "list_item":
            take_list_items()   # "Replace recommendation 2 with:" / "• approve ..." / "• note ..."
        elif _waits_for_wording(text) and index < len(passages) and passages[index].kind == "paragraph":
            following = squash(passages[index].text)
            if not opening.match(split_number(following)[1]):
                pieces.append(following)
                index += 1
                # the new wording's line a PDF reader broke off mid-sentence ("... traffic lights on" / "Mill Way ...")
                while ends_open(pieces[-1], _CLOSERS) and index < len(passages) \
                        and passages[index].kind == "paragraph" and len(pieces) < RUN_ON_PIECES:
                    pieces.append(squash(passages[index].text))
                    index += 1
                if pieces[-1].endswith(":"):
                    take_list_items()
        found.append((passage, " ".join(pieces)))
    return found


def _bulleted(line: str) -> str | None:
    """(e28) A line's text after its bullet (a bullet sign, or a symbol font's bullet read as a letter such as
    Word's "o": listitems.split_number, ingest/glyph_repairs.yaml bullet_marks), or None for a line without one."""
    number, body = split_number(line)
    return body if number is None and body != line.strip() else None


def _raw_texts(passage) -> list[str]:
    """A paragraph's text or each table cell's, its line breaks kept (a minutes cell holds a whole item)."""
    if passage.kind in ("paragraph", "list_item"):
        return [passage.text]
    if passage.kind == "table_row":
        return [cell for cell in passage.cells if cell and cell.strip()]
    return []


# Where a reader ran a list's bulleted lines together: before each bullet sign (or a symbol font's bullet read as a
# letter, Word's "o") and a capital.
_RUN_BULLET_RE = re.compile(rf"\s+(?=[{re.escape(ITEM_MARKS + lost_font_marks())}]\s+[A-Z])")


def _lead_in_lines(line: str, lead_in: re.Pattern) -> list[str]:
    """A line as the lines it was before a reader ran them together: a lead-in with an ask cue ending at a
    colon mid-line ("... The paper recommended the following: o To ... o To ...") is cut after its colon,
    and what follows it before each bullet; or, a minute writing its list as sentences each opening with
    "That" ("The recommendations are: That the Trustees note ... . That the Trustees commit ... . The Board
    agreed."), before each of those sentences and after the last."""
    head, colon, rest = line.partition(": ")
    if not colon or not lead_in.search(head + ":"):
        return [line]
    if _RUN_BULLET_RE.search(" " + rest):
        return [head + ":"] + [piece.strip() for piece in _RUN_BULLET_RE.split(" " + rest)]
    sentences = [s.strip() for s in sentence_texts(rest) if s.strip()]
    that_items = next((i for i, s in enumerate(sentences) if not opens_with_word(s, ("that",))), len(sentences))
    if that_items < _MIN_THAT_ITEMS:
        return [line]
    after = " ".join(sentences[that_items:])
    return [head + ":"] + sentences[:that_items] + ([after] if after else [])


# Sentences opening with "That" after a lead-in that make a list run into its paragraph (one alone may be the
# lead-in's own clause).
_MIN_THAT_ITEMS = 2


def _first_sentence(text: str) -> str:
    sentences = [s.strip() for s in sentence_texts(squash(text)) if s.strip()]
    return sentences[0] if sentences else squash(text)


def lined_list_asks(passages) -> list[tuple[object, str]]:
    """(e28) Minutes reporting a paper's asks as bulleted lines inside one paragraph or table cell, under a
    lead-in line that ends with a colon and holds an ask cue ("The paper recommended the following:";
    recommendation_cues.yaml ask): each bulleted line's first sentence is an item (a reader runs the next
    sentence of the minute onto the last line; a reader that drops the bullet signs leaves a line opening with
    a decision verb or "To"); the first other line ends the list, but a last item
    cut short by a page break runs on into the next passage's first line, and that passage's bulleted lines
    go on with the list.  (passage, item) pairs in the paper's order."""
    lead_in = cue_pattern("ask")
    found = []
    open_item = None   # [passage, text] of an item cut short at the end of its passage
    for passage in passages:
        texts = _raw_texts(passage)
        carried = open_item is not None
        for text in texts:
            lines = [piece for line in text.split("\n") for piece in _lead_in_lines(line.strip(), lead_in) if piece]
            listing = carried
            if carried and lines and lines[0][:1].islower():
                open_item[1] = f"{open_item[1]} {lines[0]}"
                lines = lines[1:]
            if open_item is not None:
                found.append((open_item[0], _first_sentence(open_item[1])))
                open_item = None
            carried = False
            for position, line in enumerate(lines):
                bulleted = _bulleted(line) if listing else None
                # A reader that drops the bullet signs leaves each item's line opening with its verb (or "To").
                if bulleted is not None or (listing and (_ITEM_START_RE.match(line) or opens_with_word(line, ("to",)))):
                    item = bulleted if bulleted is not None else line
                    if position == len(lines) - 1 and not item.rstrip().endswith(tuple(_CLOSERS)):
                        open_item = [passage, item]
                    else:
                        found.append((passage, _first_sentence(item)))
                    continue
                listing = line.endswith(":") and bool(lead_in.search(line))
        if open_item is not None and open_item[0] is not passage:
            found.append((open_item[0], _first_sentence(open_item[1])))
            open_item = None
    if open_item is not None:
        found.append((open_item[0], _first_sentence(open_item[1])))
    return found


@Language.component("cp_recommendations")
def cp_recommendations(doc):
    doc._.extraction.recommendations = find_recommendations(doc._.passages or [])
    return doc
