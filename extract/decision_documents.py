"""Which papers are decision documents, and who they say decided.

A paper gives decisions when its title or opening says it is minutes, a record or notice of
decision or determination, or a decision page, or when it records, in the past tense, two
different things only minutes record (`minute_evidence` in rules/decisions.yml), or when a
decision-maker decides in it in the first person (`decision_evidence`: "I approve ...").  Its
decision-maker is the one a `Decision taken by:` / `Decision Maker:` label names, read with the
cover model (extract/cover.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import cover, required_text
from .decision_rules import rules
from .listitems import MINUTE_REFERENCE_RE
from .paper import UNJUDGED
from .plain_text import squash

OPENING_PASSAGES = 15

# A bundle (a board's papers in one file) joins several papers, each after its own cover
# sheet: a title label among other cover labels (committee, date, author) close together.
COVER_SHEET_WINDOW = 12
COVER_SHEET_FIELDS = ("title", "committee", "date", "author")
COVER_SHEET_LABELS_NEEDED = 3
COVER_SHEET_BODY_WORDS = 8


_SEPARATORS_AS_SPACES = str.maketrans("-_.+", "    ")
MAX_EXTENSION_CHARS = 5


def _file_name_words(filename: str) -> str:
    """A file's name without its folder and extension (up to five ASCII letters or digits after
    the last dot), separators as spaces."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, extension = name.rpartition(".")
    if dot and 0 < len(extension) <= MAX_EXTENSION_CHARS and extension.isascii() and extension.isalnum():
        name = stem
    return squash(name.translate(_SEPARATORS_AS_SPACES))


def file_name_rule(filename: str) -> Optional[str]:
    """The id of the `file_names` rule the paper's file name matches, or None."""
    words = _file_name_words(filename)
    return next((rule.id for rule in rules().file_names if words and rule.regex.search(words)), None)


def is_transcript(passages, title: Optional[str] = None, properties: Optional[dict] = None,
                  filename: str = "") -> bool:
    """Whether paper_kind makes the paper a verbatim transcript of a meeting (by its title, its opening passages,
    or its file name where its text does not say it is minutes)."""
    return of_kind(paper_kind(passages, title, properties, filename), "transcript")


def _transcript_rule(texts: list[str], passages, filename: str) -> Optional[str]:
    """The id of the rule that makes the paper a transcript, or None: a `transcript` rule of `documents` matching
    its title or an opening passage (``texts``, squashed), else its file name (`transcript_file_name`) unless its
    text says it is minutes.  Read before the other kinds: a transcript's speakers say "minutes of the meeting"
    and read out who sent apologies, which a title does not."""
    spoken = [rule for rule in rules().documents if rule.kind == "transcript"]
    for rule in spoken:
        if any(text and rule.regex.search(text) for text in texts):
            return rule.id
    named = file_name_rule(filename)
    if kind_of_rule(named) != "transcript":
        return None
    # A file named for a transcript ("minutes-and-transcript.pdf") whose top says it is minutes, or
    # which records what only minutes record, is minutes: its name does not outweigh its text.
    # (Its title or headings: a caption line "the first item is the minutes of the meeting on ..." is speech.)
    tops = texts[:2] + [squash(p.text) for i, p in enumerate(passages[:OPENING_PASSAGES])
                        if (i < 2 or p.kind == "heading") and p.text]
    says_minutes = any(text and rule.regex.search(text) for rule in rules().documents if rule.kind != "transcript"
                       for text in tops)
    return None if says_minutes or minute_evidence(passages) else named


def is_decision_document(passages, title: Optional[str] = None, properties: Optional[dict] = None,
                         filename: str = "") -> Optional[str]:
    """The id of the rule that makes this paper a decision document, or None."""
    heads = [title or "", str((properties or {}).get("title") or "")]
    transcript = _transcript_rule([squash(text) for text in heads] + [
        squash(p.text) for p in passages[:OPENING_PASSAGES] if p.kind not in ("table_header", "table_row")
        and p.text], passages, filename)
    if transcript:
        return transcript
    texts = list(heads)
    texts += [p.text for p in passages[:OPENING_PASSAGES] if p.kind not in ("table_header",)]
    # A decision page's labels sit further down, after the page's navigation; not a report's, whose
    # numbered body ("1. Introduction", "1. Purpose of the report") has begun in its opening passages: a
    # decision it quotes there ("Decision - 24/00012 - Library hours", "Decision taken as follows:") is
    # its history, not what the paper is.
    if not _report_body_begun(passages[:OPENING_PASSAGES]):
        texts += [p.text for p in passages[OPENING_PASSAGES:OPENING_PASSAGES * 3] if p.kind != "table_row"]
    texts = [squash(text) for text in texts if text]  # squashed once, not once a rule
    for rule in rules().documents:
        if rule.kind == "transcript":   # read above, from the title and opening passages only
            continue
        for text in texts:
            if rule.regex.search(text):
                return rule.id
    # One scan for minute evidence serves both tests below: two kinds of it make minutes, one is
    # enough to keep a file named for minutes.
    minute_kinds = minute_evidence_kinds(passages)
    if minute_kinds >= MINUTE_EVIDENCE_NEEDED:
        return "minute_evidence"
    evidence = decision_evidence(passages) or resolution_record(passages)
    if evidence:
        return evidence
    named = file_name_rule(filename)
    kind = kind_of_rule(named)
    if kind == "minutes" and not minute_kinds:
        # "Appendix B - minutes of the working group.pdf" attached to a report, a pack's front
        # section: a name with "minutes" in it is minutes only where the text records something
        # only minutes record (apologies, interests declared, the meeting closed ...).
        return None
    if kind == "decision_record" and not decided_by_label(passages):
        # "decision-record.pdf" holding a report, or a proposed record whose decision is still to be taken ("To be
        # decided by:"): a name for a decision record is one only where the text names who took the decision.
        return None
    return named if kind in ("minutes", "decision_record") else None   # a transcript's name: read above


@dataclass(frozen=True)
class PaperKind:
    """What a paper is (``kind``: minutes, decision_record, transcript, meeting_page, notice, officer_decision,
    resolutions) and the rule of rules/decisions.yml that said so (``rule``)."""
    kind: str
    rule: str


@lru_cache(maxsize=1)
def _kinds_by_rule() -> dict:
    every = rules()
    kinds = {rule.id: rule.kind for group in (every.documents, every.file_names, every.decision_evidence,
                                              every.resolution_record) for rule in group if rule.kind}
    kinds["minute_evidence"] = "minutes"   # two different things only minutes record
    kinds.update({rule.id: rule.kind for rule in every.recorded_sections})
    return kinds


def kind_of_rule(rule: Optional[str]) -> Optional[str]:
    """The kind of paper a rule of is_decision_document (or decision_sections) makes, or None."""
    return _kinds_by_rule().get(rule) if rule else None


def paper_kind(passages, title: Optional[str] = None, properties: Optional[dict] = None,
               filename: str = "") -> Optional[PaperKind]:
    """(n37) What a decision document is, from its own text: its title and opening lines, its labels, the layout of
    what it records (is_decision_document); its file name only backs what the text shows.  None: a report, an
    agenda or any paper that records no decisions.  The one decider: is_transcript and is_minutes answer from it."""
    rule = is_decision_document(passages, title, properties, filename)
    return PaperKind(kind_of_rule(rule), rule) if rule else None


def is_minutes(passages, title: Optional[str] = None, properties: Optional[dict] = None, filename: str = "") -> bool:
    """Whether paper_kind makes the paper a set of minutes: its title or opening lines, an attendance block, what
    only minutes record, or a file named for minutes with some of that evidence.  (The opening lines' rule also
    reads an agenda's or report's line about a committee's minutes: a caller that acts on the file's name checks
    the name too, metadata._undated_minutes_file.)"""
    return of_kind(paper_kind(passages, title, properties, filename), "minutes")


def of_kind(found: Optional[PaperKind], kind: str) -> bool:
    """Whether paper_kind's answer ``found`` (None: no decision document) is the kind ``kind``: a caller that asks
    more than one question of a paper computes its kind once and asks this."""
    return found is not None and found.kind == kind


def _report_body_begun(passages) -> bool:
    """Whether a numbered section heading of a report's body ("1. Introduction", "2 Background") is among
    ``passages`` (the report section words are cover_labels.yml `section_headings`)."""
    return any(p.kind == "heading" and p.text.strip()[:1].isdigit()
               and cover.SECTION_HEADING_RE.match(squash(p.text)) for p in passages)


def cover_sheet_starts(passages) -> list[int]:
    """Where each cover sheet starts: a passage opening with a cover label, followed within
    COVER_SHEET_WINDOW passages by labels of at least COVER_SHEET_LABELS_NEEDED different
    cover fields, the title among them.  The next cover sheet comes after the paper's text
    (a passage of COVER_SHEET_BODY_WORDS words or more that is no cover label)."""
    starts = []
    in_cover = False
    for index, passage in enumerate(passages):
        fields = _label_fields(passage.text)
        if in_cover:
            # A label alone on its line ("Title of report:") has its value on the next.
            value = index > 0 and passages[index - 1].text.strip(" *").endswith(":")
            in_cover = bool(fields) or value or len(passage.text.split()) < COVER_SHEET_BODY_WORDS
            continue
        if not fields:
            continue
        window = passages[index:index + COVER_SHEET_WINDOW]
        found = set().union(*(_label_fields(p.text) for p in window))
        if "title" in found and len(found) >= COVER_SHEET_LABELS_NEEDED:
            starts.append(index)
            in_cover = True
    return starts


def _label_fields(text: str) -> set:
    text = squash(text.replace("*", " "))
    if len(text) > 120:
        return set()
    return {field for field in COVER_SHEET_FIELDS if cover.LABEL_RES[field].match(text)}


def decision_sections(passages, title: Optional[str] = None, properties: Optional[dict] = None,
                      filename: str = "", kind=UNJUDGED) -> list[tuple[int, int, str]]:
    """The (start, end, rule) spans of the paper that record decisions.  A single paper is one
    span (or none).  A bundle of papers (two or more cover sheets) is judged paper by paper:
    the minutes inside it give decisions, while its reports, whose chairs' assurance reports
    say what a committee noted, and its agenda give none.  ``kind``: the single paper's paper_kind, when a
    caller has judged it already (paper.UNJUDGED: judged here)."""
    starts = cover_sheet_starts(passages)
    if len(starts) < 2:
        rule = is_decision_document(passages, title, properties, filename) if kind is UNJUDGED \
            else kind.rule if kind else None
        return [(0, len(passages), rule)] if rule else recorded_sections(passages)
    bounds = ([0] if starts[0] > 0 else []) + starts + [len(passages)]
    sections = []
    for start, end in zip(bounds, bounds[1:]):
        front = start == 0
        rule = is_decision_document(passages[start:end], title if front else None, properties if front else None,
                                    filename if front else "")
        if rule:
            sections.append((start, end, rule))
    return sections


RECORDED_SECTION_RULES = frozenset(rule.id for rule in rules().recorded_sections)


def recorded_sections(passages) -> list[tuple[int, int, str]]:
    """(d39) The (start, end, rule) spans of a paper that is no decision document which record decisions already
    taken (`recorded_sections` in rules/decisions.yml: "Decisions taken since the last meeting", "Outcome of the
    Board's discussion"), each from its heading to the next heading."""
    found = []
    for index, passage in enumerate(passages):
        if passage.kind != "heading":
            continue
        text = squash(passage.text)
        rule = next((rule.id for rule in rules().recorded_sections if rule.regex.match(text)), None)
        if rule is None:
            continue
        end = next((later for later in range(index + 1, len(passages)) if passages[later].kind == "heading"),
                   len(passages))
        found.append((index, end, rule))
    return found


MINUTE_EVIDENCE_NEEDED = 2


def _passage_texts(passage) -> list[str]:
    """A passage's text, or a table row's cells each on its own, spaces squashed."""
    if passage.cells:
        return [squash(c) for c in passage.cells if c]
    return [squash(passage.text)]


def minute_evidence(passages, needed: int = MINUTE_EVIDENCE_NEEDED) -> Optional[str]:
    """'minute_evidence' when the paper records, in the past tense, ``needed`` (two) different
    things only minutes record (apologies received, interests declared, the meeting closed, the
    last minutes agreed, who was present), wherever they are."""
    return "minute_evidence" if minute_evidence_kinds(passages, needed) >= needed else None


@lru_cache(maxsize=None)
def _screen(rule_kind: str):
    """One scan of a text for the words any rule of ``rule_kind`` needs (required_text.screen).  A rule
    anchored at the start (the first-person decisions, "^... I approve ...") is screened by its words
    found anywhere: its pattern without the anchor matches wherever the rule does."""
    return required_text.screen([required_text.unanchored(rule.regex) for rule in getattr(rules(), rule_kind)])


def minute_evidence_kinds(passages, needed: int = MINUTE_EVIDENCE_NEEDED) -> int:
    """How many different things only minutes record the paper records, counted up to ``needed``."""
    found = set()
    # Most passages hold the words of no rule: one scan for all their words passes them by.
    may_match = _screen("minute_evidence")
    for passage in passages:
        # A minutes table ("Item | Minute | Action") says it in its cells.
        texts = _passage_texts(passage)
        if not any(may_match(text) for text in texts):
            continue
        for rule in rules().minute_evidence:
            # required_text.search: rule.regex.search, skipped for texts without the rule's words.
            if rule.id not in found and any(required_text.search(rule.regex, text) for text in texts):
                found.add(rule.id)
        if len(found) >= needed:
            break
    return len(found)


def decision_evidence(passages) -> Optional[str]:
    """The id of the `decision_evidence` rule a passage matches (a decision-maker deciding in the
    first person: "I approve recommendations (a) to (c)."), or None.  Table cells are read each on
    its own: a record laid out as a table puts the decision in a cell."""
    may_match = _screen("decision_evidence")   # the cheap test first: most passages decide nothing
    for passage in passages:
        if passage.kind == "table_header":
            continue
        texts = [text for text in _passage_texts(passage) if may_match(text)]
        if not texts:
            continue
        for rule in rules().decision_evidence:
            if any(rule.regex.match(text) for text in texts):
                return rule.id
    return None


def resolution_record(passages) -> Optional[str]:
    """The id of the `resolution_record` rule when that many passages (three) open, after their number,
    with the body's resolution label ("RESOLVED that ...", "6. RESOLVED the Leader to:"): the paper records
    its own resolutions one after another, whatever its title (a minutes extract sent on as a report's
    appendix).  Table rows are not read: a register's "Resolved" is a status."""
    record = rules().resolution_record
    needed = rules().resolution_record_needed
    if not record or not needed:
        return None
    counts = dict.fromkeys((rule.id for rule in record), 0)
    for passage in passages:
        if passage.kind in ("table_header", "table_row") or "esolved" not in passage.text \
                and "ESOLVED" not in passage.text:
            continue
        text = _LEADING_NUMBER_RE.sub("", squash(passage.text))
        for rule in record:
            if rule.regex.match(text):
                counts[rule.id] += 1
                if counts[rule.id] >= needed:
                    return rule.id
                break
    return None


# "Chief Finance Officer Date of decision: 2 June 2025": the next field read onto the same line.
# Kept as code, not a cue: it is the shape of any field label (a capitalised word, a few more, a colon).
_NEXT_FIELD_RE = re.compile(r"\s+(?=(?:[A-Z][a-z]+)(?:\s+[a-z]+){0,3}\s*:)")


@lru_cache(maxsize=1)
def _decided_by_label_re() -> re.Pattern:
    return cover.label_re("|".join(rule.regex.pattern for rule in rules().decided_by_labels))


def decided_by_label(passages) -> Optional[str]:
    """The decision-maker a `Decision taken by:` / `Decision Maker:` label names, read with
    the cover model (the value on the label's line, in the next cell or on the next line)."""
    pattern = _decided_by_label_re()
    for i in range(len(passages)):
        value = cover.label_value(passages, i, "committee", pattern)
        if not value:
            continue
        value = _NEXT_FIELD_RE.split(MINUTE_REFERENCE_RE.sub("", value), maxsplit=1)[0].strip(" :-–|")
        if value and len(value.split()) <= 16 and not value.endswith(":"):
            return value
    return None


# A passage's paragraph number and the marks before it ("(3) 4.2. RESOLVED"): layout, kept as code.
_LEADING_NUMBER_RE = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?")


def recommends_onward(text: str) -> bool:
    """Whether a passage opens with a meeting's label recommending onward to another body ("RECOMMENDED to
    Cabinet that ...", "RECOMMENDED TO COUNCIL:"; the decisions' recommended_to_council label)."""
    text = _LEADING_NUMBER_RE.sub("", squash(text))
    return any(rule.regex.match(text) for rule in rules().labels if rule.id == "recommended_to_council")


def is_resolution(text: str) -> bool:
    """Whether a passage opens with a meeting's own resolution label (``RESOLVED that``,
    ``It was agreed``, ``AGREED:``, ``The Board RESOLVED``): what a meeting decided, which
    recommendations leave to decisions."""
    text = _LEADING_NUMBER_RE.sub("", squash(text))
    return any(rule.regex.match(text) for rule in rules().labels if rule.resolution)
