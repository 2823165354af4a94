"""cp_decisions: what a meeting or a decision-maker resolved.

Only decision documents give decisions (extract/decision_documents.py): minutes (by their
title or by the past-tense evidence only minutes carry), records and notices of decision or
determination, decision pages.  A report's recommendations and the earlier decisions it quotes
are not this paper's decisions.  The cue words are in rules/decisions.yml
(extract/decision_rules.py reads them), one vocabulary of deciding shared by every rule.

A minute is an item heading, discussion, then what was resolved.  The finder reads it as:

* A resolution label at the start of a passage or sentence (``RESOLVED:``,
  ``It was APPROVED that``, ``AGREED``, ``Decision:``), or after what it decides
  (``Application X: RESOLVED to object``).  What follows the label is the decision; a label
  with nothing after it, or a lead-in ending in ``:``, opens a list: the numbered, lettered
  or bulleted items below, in sequence, are one decision each.  A lead-in that decides by
  itself (``be REFUSED for the following reasons:``) takes its list as its reasons.
* A decision section: a ``Decision:`` heading; each paragraph up to the next heading or
  field label is a decision.
* A sentence that says a body decided (``The Board NOTED ...``, ``Trustees agreed that``,
  ``The report was received``, ``I have decided to ...``, ``Approved the ...``).
* A proposal decided by what follows it: ``Approved.`` or ``Carried (6 for, 1 abstention).``
  on its own line (past the vote's record), ``This was agreed.``, ``... Noted.``.
* Tables: a Decision or Outcome column (an outcome-only cell takes the row's item); a minute
  cell read in its own paragraphs.

* Items: each heading that gives a new item title starts a segment.  Sentences in an item's
  discussion before the outcome it records apart from it (``Outcome: the Board`` and its
  bullets, a ``Decision:`` block or column) are reporting, as is a sentence whose deciding subject
  is another kind of body than the meeting's ("The Committee approved ..." in a Board's
  minutes).  A decision naming its matter only as "this proposal" or "the minutes" is led by its
  item's title (a heading, or a title line inside a minutes table's cell).
* Transcripts (by title, opening or file name): speech gives no decisions; the chair's
  confirmations and statements decide what was put before them, a question put decides when
  the meeting's answer or thanks follows, and automatic captions without sentences are read by
  their confirmations in the running text.

Items written several times (in the minute and in a summary of decisions) are kept once.
Lost or withdrawn motions, carried recommendations, discussion, questions put to the body,
reasons and options, and decisions dated before the meeting are never decisions.  The outcome
comes from the decision's verb; decided_by is the decision-maker the passage names (``As
Cabinet Member for X``), else the one the paper labels (``Decision taken by:``), else the
meeting's committee.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Optional

from spacy.language import Language

from committee_papers.ingest.bullets import ITEM_MARKS
from committee_papers.ingest.readers.text import is_running_line, running_lines

from . import required_text
from .decision_documents import (RECORDED_SECTION_RULES, decided_by_label, decision_sections, is_transcript, kind_of_rule,
                                 of_kind)
from .dates import find_dates
from .decision_rules import Rule, part, rules, word_list
from .facts import Decision
from .listitems import (MINUTE_REFERENCE_RE, REFERENCE_CELL_RE, SPEAKER_RE, Marker, continues_list, follows, marker_values, normalise,
                        numbering_runs_across, runs_on, split_number, split_run_in)
from .money import is_payment_line
from .paper import UNJUDGED
from .plain_text import colon_dash_as_colon, has_letter_run, opens_with_word, runs, squash, without_first_word
from .sentences import split_sentences

MIN_WORDS = 3

# -- outcomes -------------------------------------------------------------------------------


def outcome_of(text: str, default: Optional[str] = None) -> str:
    """approved, noted, agreed, deferred, rejected, delegated or other, from the decision's verb."""
    outcomes = rules().outcomes
    # "That the report be noted": the resolution's own verb.
    for match in part("be_verb").finditer(text):
        for rule in outcomes:
            if rule.regex.fullmatch(match.group(1)):
                return rule.outcome
    # "The Board agreed to defer the item", "decided to note": the verb agreed to.
    for match in part("agreed_to").finditer(text):
        for rule in outcomes:
            if rule.outcome != "agreed" and rule.regex.search(match.group(1)):
                return rule.outcome
    return _label_outcome(text) or default or "other"


# -- item numbers -----------------------------------------------------------------------------

# "2a." / "3b)": a sub-item numbered with its parent (minutes quoting recommendation 2a).
_COMPOUND_RE = re.compile(r"^\s*(\d{1,2}[a-z])[.)]\s+(?=\S)")
# A bullet mark before an item: layout, not wording, so kept as code.
_BULLET_RE = re.compile(rf"^\s*[{re.escape(ITEM_MARKS)}]\s+")


def split_marker(text: str) -> tuple[Optional[Marker], str, bool]:
    """(the item's number, its text, whether it was bulleted)."""
    compound = _COMPOUND_RE.match(text)
    if compound:
        return Marker(compound.group(1), (("compound", 0),)), text[compound.end():].strip(), False
    bullet = bool(_BULLET_RE.match(text))
    number, body = split_number(text)
    if not number:
        return None, body, bullet
    last = number.split(".")[-1] if not number.startswith("(") else number
    values = marker_values(last)
    if not values:
        return None, text.strip(), False
    return Marker(number, values), body, False


def split_inline(text: str, previous: Optional[Marker] = None) -> tuple[str, list[tuple[Marker, str]]]:
    """A passage's run-in items (``A) Note X. b) Note Y.``, ``(1) that X; and (2) that Y``),
    tidied: the shared splitter, one item enough when it opens the text or follows ``previous``."""
    lead, items = split_run_in(text, previous, single=True)
    if not items:
        return text, []
    return _tidy(lead), [(marker, _tidy(body)) for marker, body in items]


def _one_sentence_series(text: str, marker: Optional[Marker] = None) -> bool:
    """(d44) Whether the run-in items of ``text`` number the parts of one sentence ("RESOLVED that (i) the budget be
    approved and (ii) the precept be set at £84.10."): each part before the last closed by a comma or a joining word
    (word list `series_joins`), the one before the last by that word, and no semicolon or stop between them.  Such a
    resolution is one decision, as written; parts closed by a semicolon or stop, or set side by side with no joining
    word ("a) noted X b) approved Y"), are a decision each."""
    _lead, items = split_run_in(text, marker, single=True)
    if len(items) < 2:
        return False
    bodies = [body.strip() for _marker, body in items]
    if any(";" in body or ". " in body for body in bodies) or any(body.endswith(".") for body in bodies[:-1]):
        return False
    last_words = [body.rstrip(",").split()[-1].lower() if body.rstrip(",").split() else "" for body in bodies[:-1]]
    joined = [word in word_list("series_joins") for word in last_words]
    return joined[-1] and all(is_join or body.endswith(",") for is_join, body in zip(joined, bodies[:-1]))


# A list item's trailing ", and" / "; or" joining it to the next: punctuation of a list, kept as code.
_TRAILING_JOIN_RE = re.compile(r"(?:[;,]\s*|\s+)(?:and|or)\s*$|[;,]\s*$", re.IGNORECASE)


def _tidy(text: str) -> str:
    text = squash(text)
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING_JOIN_RE.sub("", text).strip()
    return text


# -- the finder -----------------------------------------------------------------------------

@dataclass
class _Item:
    passage: object
    marker: Optional[Marker]
    text: str
    depth: int
    rule: str
    outcome: Optional[str]
    decided_by: Optional[str]
    quote: str
    item_title: Optional[str] = None   # the title of the agenda item it was decided under
    segment: int = 0                   # which stretch of the paper under one item title it is in
    listed: bool = False               # an item of a list under a label or lead-in


@dataclass
class _Block:
    """A list of decisions below a label or lead-in, or a decision section."""

    rule: str
    section: bool                      # a `Decision:` section: unnumbered paragraphs are decisions too
    strict: bool = False               # after "The Board:" only items starting with a decision verb
    lead_kinds: tuple = ()             # the label passage's own numbering: the paper's, not the list's
    outcome: Optional[str] = None
    decided_by: Optional[str] = None
    levels: list = field(default_factory=list)   # [(values of the last item at that depth)]
    # The decision whose reasons or conditions the list gives ("be REFUSED for the following reasons:").
    append_to: Optional["_Item"] = None
    last_list_item: Optional[int] = None   # the index of the list item it took last
    lead_text: str = ""                # the label passage's own number as written ("4", "2.3")
    own_numbering: bool = False        # its items are numbered as the section's paragraphs (`4.1`, `4.2`)
    # (d22) A run-in list going on below its label's passage: only the next item in its numbering belongs to it.
    siblings_only: bool = False
    dotted_items: bool = False         # (d29) an item it took was numbered with a parent (`4.1`)
    item_numbers: set = field(default_factory=set)   # (d29) the numbers of the items it took, as written

    def depth_for(self, marker: Marker) -> Optional[int]:
        """Where a numbered item goes in the list, or None when it is not part of it."""
        kinds = {k for k, _v in marker.values}
        # (d29) `61.4 The chief risk is ...` after the list's `1.`, `2.`, `3.`: a number with a parent is the
        # paper's next paragraph, not the next item of a list numbered without one (`3.1` under its item `3.` is).
        if self.levels and not self.dotted_items and _dotted(marker) and not self._own_paragraph(marker) \
                and _parent_number(marker) not in self.item_numbers:
            return None
        # `1.1`, `1.2` under the paper's `1. Decision`: paragraphs of that very section, its items.
        own_paragraph = self._own_paragraph(marker)
        if not own_paragraph and self.own_numbering and marker.text[:1].isdigit():
            return None   # `2.1` or `2.` after `1.1`, `1.2`: the paper's next section
        # `12.4` after `12.3 RESOLVED: That the Panel` and its items: the paper's next paragraph.
        lead_head, dotted_lead, _ = self.lead_text.rpartition(".")
        marker_head, dotted_marker, _ = marker.text.rstrip(".").rpartition(".")
        if dotted_lead and dotted_marker and marker_head == lead_head:
            return None
        # `(1)` under the paper's `33.5 RESOLVED: That the Committee`: a bracketed item is no paragraph
        # of the paper's dotted numbering, whatever its number's kind.
        lead_kinds = set() if dotted_lead and marker.text.startswith("(") else {k for k, _v in self.lead_kinds}
        # `(1)` straight under the paper's `26) RESOLVED that the Council:`: a list starting at one is the
        # lead-in's own, not the paper's next paragraph (that would be `27)`).
        if not self.levels and any(value == 1 for _k, value in marker.values):
            lead_kinds = set()
        if kinds & lead_kinds and not self.levels and not own_paragraph:
            return None
        for depth in range(len(self.levels) - 1, -1, -1):
            last = self.levels[depth]
            if {k for k, _v in last} & kinds:
                if "compound" in kinds:
                    return depth
                gaps = [v - pv for k, v in marker.values for pk, pv in last if k == pk]
                if any(0 < g <= 3 for g in gaps):
                    return depth
                # "(i)" after "(a)": not the ninth letter but a roman sub-item, a level below.
                if depth == len(self.levels) - 1 and kinds - {k for k, _v in last}:
                    return len(self.levels)
                return None
        if kinds & lead_kinds and not own_paragraph:
            return None
        return len(self.levels)

    def _own_paragraph(self, marker: Marker) -> bool:
        return bool(self.lead_text) and marker.text.startswith(f"{self.lead_text}.")

    def place(self, marker: Marker, depth: int) -> None:
        if self._own_paragraph(marker):
            self.own_numbering = True   # its items are the section's paragraphs: `2.1` after them ends it
        del self.levels[depth:]
        self.levels.append(marker.values)
        self.dotted_items = self.dotted_items or _dotted(marker)
        self.item_numbers.add(marker.text.strip().rstrip(".)"))


def _parent_number(marker: Marker) -> str:
    """The parent part of an item's number (`61` of `61.4`), else ""."""
    return marker.text.strip().rstrip(".)").rpartition(".")[0]


def _dotted(marker: Marker) -> bool:
    """Whether an item's number has a parent number before it (`61.4`, `2.3.1`)."""
    return _parent_number(marker)[:1].isdigit()


@lru_cache(maxsize=1)
def _sentence_rules() -> tuple[tuple[Rule, ...], Callable[[str], frozenset]]:
    """The sentence rules in the order they are tried (a rule that decides only as its item's one
    outcome after the others), and a required_text.sieve of them: the positions of the rules a
    sentence holds the words of.  A rule matches at the start of a sentence, so its pattern without
    the anchor matches wherever the rule does, and needs the same words."""
    ordered = tuple(sorted(rules().sentences, key=lambda r: r.sole_outcome))
    return ordered, required_text.sieve(required_text.unanchored(rule.regex) for rule in ordered)


class _Finder:
    def __init__(self, default_by: Optional[str], meeting_date: Optional[str] = None, month_first: bool = False,
                 transcript: bool = False):
        self.rules = rules()
        self.default_by = default_by
        # A verbatim transcript: what is said is speech, and only what the chair puts and the meeting
        # confirms is decided (outcome_lines chair_confirmation / chair_statement).
        self.transcript = transcript
        self.resolution_label_rules = frozenset(rule.id for rule in self.rules.labels if rule.resolution)
        # A record of decisions (not minutes): every sentence in it is there to state a decision.
        self.decision_record = False
        # (d39) In a report's section recording decisions taken (recorded_sections), whoever took them decides:
        # the section records a committee's or a chair's decisions for the body the report goes to.
        self.any_body_decides = False
        # Each heading that gives a new item title starts a new segment: an item's discussion and
        # the outcome it records share one (see decisions(): discussion before a recorded outcome).
        self.segment = 0
        self.listing = False   # while an item of a block's list is added
        self.in_cell_list = False   # the last line of a minutes cell ended ":" or was a short title-like line
        # A transcript's questions put and the texts confirmations took: a question followed only by
        # the meeting's answer or thanks is decided too, unless a confirmation took it (see finish()).
        self.pending_puts: list = []
        self.confirmed_puts: set = set()
        self.moved_segments: set = set()   # the segments in which a motion was moved (motion_carried)
        self.motion_wordings: dict = {}    # segment -> the wording of the motion moved there, when given
        self.title_before_header = _NO_TITLE   # the item's title before a two-cell table header row
        # A rule that decides only as its item's one outcome yields to any other that matches.
        self.sentence_rules, self.sentence_rules_may_match = _sentence_rules()
        self.sole_rules = tuple(rule for rule in self.rules.sentences if rule.sole_outcome)
        self.undone_by_loss = {rule.id for rule in self.rules.sentences if rule.undone_by_loss}
        self.sole_outcome_rules = frozenset(rule.id for rule in self.sole_rules)
        self.lost_rules = tuple(rule for rule in self.rules.not_decisions if rule.id == "lost_or_withdrawn")
        self.meeting_date = meeting_date
        self.month_first = month_first  # how the paper writes numeric dates (cp_dates)
        # Under a "Reasons for the decision:" or "Alternative options:" label line (a paragraph,
        # not a heading, in a TXT or PDF record) until the next heading or label.
        self.in_reasons = False
        self.items: list[_Item] = []
        # A transcript's last item announcement (with what the chair said of it) and how many
        # decisions there were then: a confirmation turns later that names nothing ("Are we all content
        # with that? We'll take that as agreed.") decides that item if nothing was decided since.
        self.announcement: list[str] = []
        self.items_at_announcement = 0
        self.block: Optional[_Block] = None
        self.item_title: Optional[str] = None
        self.at: tuple = ((), 0)
        # The last paragraph read by passage_text, as (passage, segment, its sentences): a minutes cell's
        # paragraphs share one passage, and an outcome sentence may decide what the paragraph before proposed.
        self.paragraph_before: tuple = (None, -1, [])
        self.votes_between = False   # lines of a vote's record were read since that paragraph
        # The sentences of every paragraph read so far in the same passage and item, as (passage, segment,
        # sentences): a minutes cell's ask may be lines above the bare assent that decides it.
        self.item_sentences: tuple = (None, -1, [])
        # (passage, segment) of a minutes cell's title line just read: the cell's next line is the first
        # under that item's title ("Minutes of the meeting of 4 May" / "These were agreed as a true record.").
        self.title_line_above: Optional[tuple] = None
        self.sentence_before: Optional[str] = None   # while passage_text reads a sentence after another
        self.sentences_before: list = []   # (d27) and all its paragraph's sentences before it

    # Rules ------------------------------------------------------------------------------

    def _reasons(self, text: str) -> bool:
        """Whether ``text`` opens the reasons, options or background of a decision."""
        return any(rule.regex.match(text) for rule in self.rules.not_decision_headings)

    def _not_decision(self, text: str, resolution: bool = True) -> bool:
        """Whether ``text`` is a lost motion, discussion or the like; ``resolution``: it is
        what a body resolved, where `Cabinet considered ... and endorsed ...` is the decision."""
        # required_text.search: the rule's search, skipped for a text without the rule's words.
        # ("The Treasurer asked the Trustees to adopt the grants policy the finance group had settled. ...
        # The Trustees were content with this.": what another meeting agreed, put to this one.)
        asked_here = part("asks_the_body").match(text)
        return any(required_text.search(rule.regex, text) for rule in self.rules.not_decisions
                   if not (resolution and rule.sentences_only) and not (asked_here and rule.id in ASKED_HERE_YIELDS))

    def _lost(self, text: str) -> bool:
        """Whether a motion or amendment was lost or withdrawn."""
        return any(rule.regex.search(text) for rule in self.lost_rules)

    def _outcome_line(self, text: str) -> Optional[Rule]:
        """The outcome-line rule ("Approved.", "This was agreed.") ``text`` opens with, if any."""
        return next((r for r in self.rules.outcome_lines if r.regex.match(text)), None)

    def _outcome_line_rule(self) -> Rule:
        """The plain outcome-line rule, for an outcome given without a line of its own."""
        return self.rules.outcome_lines_by_id["outcome_line"]

    def _label(self, text: str):
        for rule in self.rules.labels:
            match = rule.regex.match(text)
            if match:
                return rule, match
        return None, None

    def _sentence_rule(self, text: str):
        possible = self.sentence_rules_may_match(text)
        for i, rule in enumerate(self.sentence_rules):
            if i not in possible or (rule.records_only and not self.decision_record):
                continue
            match = rule.regex.match(text)
            if match:
                return rule, match
        return None, None

    def _decided_part(self, cell: str) -> str:
        """A decision cell that opens with what the body decided and goes on to tell about its matter
        ("The Panel noted the register. Its top risk remains ...", "The Board approved the award. The
        contract is worth ..."): the decision is its sentences up to the first that decides nothing."""
        sentences = split_sentences(cell)
        if len(sentences) < 2 or self._sentence_rule(sentences[0][1])[0] is None:
            return cell
        for offset, sentence in sentences[1:]:
            if self._sentence_rule(sentence)[0] is None and not _has_outcome_verb(sentence) \
                    and not part("body_goes_on").match(sentence):
                return cell[:offset].rstrip()
        return cell

    def _column(self, header: str) -> Optional[Rule]:
        return next((rule for rule in self.rules.columns if header and rule.regex.match(header)), None)

    def _is_lead_in(self, text: str) -> bool:
        """Whether ``text`` only introduces the items below it ("Cabinet agree to:")."""
        return not text or text.rstrip().endswith(":") or bool(self.rules.subject_lead_in.match(text))

    def _lead_in_maker(self, text: str) -> Optional[str]:
        """Who decides, as a lead-in names them: "As Cabinet Member for Housing, I agree to:",
        "The Cabinet Member for Adult Social Care:"."""
        rule, match = self._sentence_rule(text)
        if rule is not None and _maker_in(match):
            return _maker_in(match)
        subject = self.rules.subject_lead_in.match(text)
        if subject:
            name = part("leading_article").sub("", subject.group("subject").strip())
            # "The Board" says less than the meeting's committee; "Integration Joint Board" says who.
            return name if len(name.split()) > 1 else None
        return None

    # Output -----------------------------------------------------------------------------

    def add(self, passage, marker, text, rule, depth=0, outcome=None, decided_by=None, quote=None):
        text = _without_truncated_tail(text)
        text = _tidy(squash(text).lstrip(";:,.-–— "))  # without the marks it opens with
        text = _without_actions(text)
        before = self.sentence_before
        if before and part("refers_back").match(text) and part("request_before").match(before) \
                and not self._not_decision(before):
            # "Sam asked if the hut could take a shed. Agreed she could ask the landlord.": the request
            # says what was agreed.
            text = f"{squash(before)} {text}"
        elif before and marker is None and part("discussion_of").match(squash(before)):
            # (d26) "Much discussion took place on the planned cut to the grant. It was decided to wait for the
            # figures.": the discussion names the matter decided.
            text = f"{squash(before)} {text}"
        elif before and marker is None and part("no_questions_lead").match(text):
            # (d27) "The Treasurer presented the accounts. He thanked the auditors. There were no questions and the
            # accounts were approved.": what was presented names the matter decided, read from the sentence that
            # presented it (part presents_matter, within ASK_LOOKBACK), else the sentence before.
            earlier = self.sentences_before[-ASK_LOOKBACK:] or [before]
            presented = [i for i, s in enumerate(earlier) if part("presents_matter").search(s)]
            text = " ".join([squash(s) for s in earlier[presented[-1] if presented else -1:]] + [text])
        for piece_index, piece in enumerate(p for p in part("that_split").split(text) if p.strip()):
            piece = _tidy(piece)
            self.items.append(_Item(passage, marker if piece_index == 0 else None, piece, depth, rule,
                                    outcome, decided_by, quote or passage.text, self.item_title, self.segment,
                                    self.listing))

    def add_with_subitems(self, passage, marker, text, rule, depth=0, outcome=None, decided_by=None,
                          quote=None):
        """An item, split into the run-in items it holds."""
        lead, items = split_inline(text, marker)
        if not items or _one_sentence_series(text, marker):
            self.add(passage, marker, text, rule, depth, outcome, decided_by, quote)
            return
        lead = _lead_colon(lead)   # "the Committee agreed:-" introduces the items
        if marker is not None and follows(marker.values, items[0][0].values):
            # "b. Approved X. c. Approve Y": the passage's own item and the next, side by side.
            self.add(passage, marker, lead, rule, depth, outcome, decided_by, quote)
            for sub_marker, sub_text in items:
                self.add(passage, sub_marker, sub_text, rule, depth, outcome, decided_by, quote)
            if self.block is not None:
                self.block.place(items[-1][0], depth)
            return
        if lead:
            self.add(passage, marker, lead, rule, depth, outcome, decided_by, quote)
        for sub_marker, sub_text in items:
            self.add(passage, sub_marker, sub_text, rule, depth + 1 if lead else depth, outcome, decided_by,
                     quote)
        if self.block is not None and lead:
            self.block.place(items[-1][0], depth + 1)

    # Blocks -----------------------------------------------------------------------------

    def open_block(self, rule: str, section: bool, lead_marker: Optional[Marker], outcome, decided_by,
                   strict: bool = False):
        self.close_block()
        self.block = _Block(rule, section, strict, lead_marker.values if lead_marker else (), outcome, decided_by,
                            lead_text=lead_marker.text.rstrip(".") if lead_marker else "")

    def close_block(self):
        self.block = None

    def _block_takes(self, passages, index, split) -> str:
        """'item', 'skip' (a sub-heading or lead-in inside the list), 'part' (a council motion's next part under its
        resolution, its own list below it), 'joiner' ("And;" between two parts) or 'end'; ``split`` is the
        passage's split_marker(_lead_colon(text))."""
        block = self.block
        passage = passages[index]
        if passage.kind in ("table_header", "table_row"):
            return "end"
        if _continues_item(passages, index, block.last_list_item):
            return "continued"
        marker, body, bullet = split
        following = passages[index + 1] if index + 1 < len(passages) else None
        if block.strict and passage.kind != "heading" and not _starts_with_outcome(body):
            return "end"
        if marker is not None:
            if _next_agenda_item(passage, marker, body):
                return "end"
            if block.siblings_only and not follows(block.levels[-1], marker.values):
                return "end"
            depth = block.depth_for(marker)
            if depth is None:
                return "end"
            if passage.kind == "heading" and not _starts_decision(body):
                # A numbered heading belongs to the list only as the heading of its sub-items.
                next_marker = split_marker(following.text)[0] if following is not None else None
                if next_marker is None or {k for k, _ in next_marker.values} & {k for k, _ in marker.values}:
                    return "end"
            return "item"
        if passage.kind == "heading":
            if body.endswith(":") and len(body.split()) <= 6 and following is not None:
                next_marker = split_marker(following.text)[0]
                if next_marker is not None and block.depth_for(next_marker) is not None:
                    return "skip"   # "Contractual:" between items 4 and 5
            if self._list_runs_across(passages, index, body):
                return "skip"   # "Capital programme" between items (b) and (c)
            return "end"
        if (self.block.levels and self._list_runs_across(passages, index, body)) \
                or self._resolution_restated_lead(passages, index, body):
            return "skip"   # "In addition:" between items (n) and (o); before any item only a resolution's lead
        if block.rule in self.resolution_label_rules and not block.section and marker is None:
            # (x22) "RESOLVED that:" / "This Council believes that:" / (a) ... / "And;" / "This Council agrees to
            # call on ... to:" / (a) ...: a council motion's parts, each its own list, all of them resolved.
            if part("resolution_part_lead").match(body):
                return "part"
            if part("resolution_joiner").match(body):
                return "joiner"
        field_label = _FIELD_LABEL_RE.match(body)
        # The list's next item leading sub-items of its own ("That the following be noted:") is no field's label.
        if passage.kind == "list_item" and block.last_list_item == index - 1 and _starts_decision(body):
            field_label = None
        if (field_label and len(field_label.group(0).split()) <= 6 and not self._label(body)[0]) or self._reasons(body):
            return "end"            # "Reasons for the decision: ...", "Reasons for the decision The ..."
        if body.rstrip().endswith(":") and self._sentence_rule(body)[0]:
            return "skip"           # "As Cabinet Member ..., I agree to:"
        if bullet and not block.levels:
            return "item"
        if passage.kind == "list_item" and block.last_list_item == index - 1:
            return "item"   # the next bullet under "Outcome: the Board", whatever its verb ("Recognised ...")
        if passage.kind == "list_item" and block.last_list_item is None and not block.levels and index > 0 \
                and passages[index - 1].kind != "list_item" and passages[index - 1].text.rstrip().endswith(":"):
            return "item"   # the first bullet right under its lead-in ("The Board agreed:" / "• to buy ..."), whatever its verb
        if block.section or (not block.levels and (block.strict or _starts_decision(body))):
            return "item"
        if _under_bare_decision_label(passages, index, block):
            return "item"
        if not block.levels and block.rule in self.resolution_label_rules and part("body_resolves").match(body):
            return "item"   # "RESOLVED that:" / "Members note the report ..." / "Members continue to support ..."
        return "end"

    def _list_runs_across(self, passages, index, body) -> bool:
        """(e26) A group heading or second lead-in inside the block's list ("Capital programme" between "(b)" and
        "(c)", "In addition:" between "(n)" and "(o)"; numbering_runs_across): the item after it carries on the
        list's numbering at one of its levels, or starts the list right under its label.  A reason's or field's
        label, or an item numbered as the paper's paragraphs and not opening as a decision, is no such line."""
        block = self.block
        following = passages[index + 1] if index + 1 < len(passages) else None
        if following is None or _FIELD_LABEL_RE.match(body) and not body.rstrip().endswith(":") or self._reasons(body):
            return False
        next_marker, next_body, _bullet = split_marker(following.text)
        if next_marker is None or block.depth_for(next_marker) is None:
            return False
        if not next_marker.text.startswith("(") and not _starts_decision(next_body):
            return False
        levels = block.levels or [None]
        return any(numbering_runs_across(body, level, next_marker.values) for level in levels)

    def _resolution_restated_lead(self, passages, index, body) -> bool:
        """(e26) A resolution label's list led again by the report's own lead-in ("RESOLVED that:" / "The Council,
        having considered the report, is asked to approve the following:" / a group heading / "(a) ..."): the
        lead-in, before any item, is passed over so that the items below it are the resolution's."""
        block = self.block
        if block.rule not in self.resolution_label_rules or block.section or block.levels \
                or block.last_list_item is not None or not body.rstrip().endswith(":"):
            return False
        for following in passages[index + 1:index + 3]:
            next_marker = split_marker(following.text)[0]
            if next_marker is not None:
                return any(value == 1 for _kind, value in next_marker.values)
            if following.kind != "heading":
                return False
        return False

    def block_item(self, passages, index, split):
        block = self.block
        passage = passages[index]
        marker, body, _bullet = split
        if body.rstrip().endswith(":") and _decides_itself(body):
            # "The Sub-Committee has determined to grant the licence subject to the following conditions:"
            self.add(passage, marker, body, block.rule, outcome=block.outcome, decided_by=block.decided_by)
            self.open_block(block.rule, False, None, block.outcome, block.decided_by)
            self.block.append_to = self.items[-1]
            return
        wording = part("wording_follows").search(body)
        if wording and _starts_decision(body) and index + 1 < len(passages) \
                and passages[index + 1].kind == "paragraph":
            # "Approved the inclusion of a declaration in the Annual Report as below:" and the wording
            # in the next paragraph: the decision is the approval with the wording's first sentence.
            following = split_sentences(squash(passages[index + 1].text.replace("*", " ")))
            if following:
                self.add(passage, marker, f"{body[:wording.start()].rstrip()}: {following[0][1]}", block.rule,
                         outcome=block.outcome, decided_by=block.decided_by)
                if passage.kind == "list_item":
                    block.last_list_item = index
                return
        if body.rstrip().endswith(":"):
            # "(a) That the following charges be approved:" over "(i) ...", "(ii) ...": the list's own item, whose
            # sub-items follow (its place keeps them below it, and "(b)" after them back at its level).
            block.decided_by = self._lead_in_maker(body) or block.decided_by
            if passage.kind == "list_item":
                block.last_list_item = index
            if marker is not None:
                block.place(marker, block.depth_for(marker) or 0)
            return
        depth = 0
        if passage.kind == "list_item":
            block.last_list_item = index
        if marker is not None:
            depth = block.depth_for(marker) or 0
            block.place(marker, depth)
        if self._not_decision(body):
            return
        self.listing = True
        self.add_with_subitems(passage, marker, body, block.rule, depth, block.outcome, block.decided_by)
        self.listing = False

    # Passages ---------------------------------------------------------------------------

    def feed(self, passages, index):
        self.at = (passages, index)   # where the finder reads: a sentence may need the passages above it
        passage = passages[index]
        text = squash(passage.text)
        if passage.kind == "heading" and part("speaker_line").match(text):
            return   # "Dr Ana Cole (Chair)  00:12:02": who speaks next, no item's title
        if passage.kind == "heading" and self._label(text)[0] is None and not self._reasons(text) \
                and not part("action_field").match(text.strip(" *")):
            self._set_item_title(_item_title(text, self.item_title), _ITEM_NUMBER_RE.match(text.strip(" *")))
        if passage.kind == "heading" or (text.endswith(":") and len(text.split()) <= 6 and _FIELD_LABEL_RE.match(text)):
            self.in_reasons = self._reasons(text)
        if self.block is not None and self.block.append_to is not None:
            marker, body, bullet = split_marker(passage.text)
            levels = self.block.levels
            in_sequence = marker is None or continues_list(levels[-1] if levels else None, marker.values,
                                                           first_ok=not levels)
            if in_sequence and (passage.kind == "list_item" or (passage.kind != "heading" and (marker or bullet))):
                # The next reason or condition: (a) after the lead-in, (b) after (a).
                if marker is not None:
                    levels[:] = [marker.values]
                item = self.block.append_to
                item.text = _join_condition(item.text, body)
                return
            self.close_block()
        split = split_marker(_lead_colon(passage.text))  # the passage's number and text, read once
        if self.block is not None:
            verdict = self._block_takes(passages, index, split)
            if verdict == "item":
                self.block_item(passages, index, split)
                return
            if verdict == "continued":
                # "(c) ... be extended to 31 July" / (page break) / "2027 at a cost of £142,000;"
                last = self.items[-1]
                last.text = _tidy(f"{last.text} {squash(passage.text)}")
                self.block.last_list_item = index
                return
            if verdict == "part":
                # Its items are numbered afresh ("a)" again after "d)"): a new list of the same resolution.
                self.block.levels.clear()
                self.block.last_list_item = None
                return
            if verdict == "joiner":
                return
            if verdict == "skip":
                if passage.kind != "heading":
                    self.block_item(passages, index, split)
                return
            self.close_block()
        if passage.kind in ("table_header", "table_row"):
            self.table_row(passage)
            return
        marker, body, _bullet = split
        if passage.kind == "heading":
            for rule in self.rules.sections:
                if rule.regex.match(body):
                    self.open_block(rule.id, True, marker, None, None)
                    return
        lead = self._leads_list_below(passages, index, body)
        if lead is not None:
            title, label = lead
            if title:
                self._set_item_title(_item_title(title, self.item_title), True)
            self.passage_text(passage, None if title else marker, label)
            return
        if self.outcome_line(passages, index, body):
            return
        if self.transcript:
            self.transcript_text(passages, index, squash(passage.text))
            return
        self.passage_text(passage, marker, body)

    def _leads_list_below(self, passages, index, body) -> Optional[tuple]:
        """(d22) A resolution label with nothing after it that leads the numbered or "That ..." paragraphs
        below: alone ("RESOLVED" over "1. That ..."; not the outcome line of the sentence above it), or ending
        the item's title run into its line ("211. MINUTES OF THE MEETING HELD ON 2 FEBRUARY 2026 RESOLVED:").
        Returns (the title before it, the label), else None."""
        following = passages[index + 1] if index + 1 < len(passages) else None
        if following is None or following.kind in ("heading", "table_header", "table_row"):
            return None
        next_marker, next_body, _bullet = split_marker(following.text)
        if next_marker is None and not _starts_decision(next_body):
            return None
        trailing = part("label_ends_line").search(body)
        title, label = (body[:trailing.start()].strip(), body[trailing.start():].strip()) if trailing else ("", body)
        rule, match = self._label(label)
        if rule is None or not rule.resolution or label[match.end():].strip(" :-–—"):
            return None
        if title.endswith((".", "!", "?")) and not label.endswith(":"):
            return None   # (d26) "... asked if this could be sent out. AGREED": the outcome of the sentence before it
        return title, label

    def _set_item_title(self, title: Optional[str], new_item: bool = False) -> None:
        if title != self.item_title or new_item:
            self.segment += 1
        self.item_title = title

    def _proposal_passage(self, passages, index):
        """The passage that holds what an outcome line at ``index`` decides: the one before it,
        past the record of a vote ("For: 5  Against: 0") and, in a transcript, past the meeting's
        answers ("MEMBERS: Yes.") and the lines naming who speaks; None at the top of the paper."""
        back = index - 1
        while back > 0 and index - back <= 3:
            text = squash(passages[back].text)
            skip = part("vote_record").match(text) or (self.transcript and (
                part("assent_line").match(_spoken(text)) or part("speaker_line").match(text)))
            if not skip:
                break
            back -= 1
        return passages[back] if index > 0 else None

    def outcome_line(self, passages, index, body) -> bool:
        """An outcome word alone ("Approved.", "Carried (6 for, 1 abstention).") after a
        proposal: the proposal is the decision.  Returns whether the passage was such a line."""
        rule = self._outcome_line(body)
        if rule is None and self.transcript:
            # "MEMBERS: Agreed.", "[00:07:41] CHAIR: Then the fees are agreed.": who speaks and when
            # are no part of it.
            body = _spoken(body)
            rule = self._outcome_line(body)
        if rule is None:
            return False
        if self._not_decision(body) or index == 0:
            return not rule.needs_proposer
        # The proposal, above the vote's record ("Proposed: A. Grant  Seconded: P. Lowe",
        # "For: 5  Against: 0").
        previous = self._proposal_passage(passages, index)
        if previous is None:
            return not rule.needs_proposer
        if previous.kind in ("table_header", "table_row") or part("vote_record").match(previous.text.strip()) \
                or part("vote_tally").match(squash(previous.text)):
            return True
        if any(item.passage is previous for item in self.items):
            return True  # "Resolution 3/2024: To appoint ..." is already the decision this carries
        _marker, proposal, _bullet = split_marker(previous.text)
        if rule.needs_proposer and (previous.kind == "heading" or not _proposed_in(
                [s for _o, s in split_sentences(proposal)], rule)):
            return False   # "The Board approved the recommendations." after no motion stands as it is
        if previous.kind == "heading" and rule.needs_sentence:
            return True   # "The Board were in full agreement with that." under a heading assents to nothing named
        if previous.kind == "heading" and not self.transcript:
            # "8. Reserves policy" / "Approved.": the item's title is what was approved.
            self.add(previous, None, f"{proposal.rstrip(' :.')}: {body}", rule.id, outcome=_label_outcome(body),
                     quote=f"{previous.text} {passages[index].text}")
            return True
        sentences = [s for _o, s in split_sentences(proposal)] or [proposal]
        self.proposal(previous, sentences, body, rule, quote=f"{previous.text} {passages[index].text}")
        return True

    def proposal(self, passage, sentences, outcome_text, rule, quote):
        """The proposal among ``sentences`` (the last that proposes, else the last) decided by
        ``outcome_text``; its proposer dropped."""
        # A transcript's chair puts a question ("Are we agreed that we approve ...?") that the
        # confirmation answers, past the polling in between ("Anyone against? No.").
        if self.transcript:
            sentences = [_spoken(s) for s in sentences]
            outcome_text = _spoken(outcome_text)
        put = {i for i, s in enumerate(sentences) if part("put_to_meeting").match(s)}
        proposing = [i for i, s in enumerate(sentences) if i in put or part("proposer").match(s)]
        if not proposing and self.transcript:
            # "The Board is asked to approve the estates strategy. Any objections? No. Okay, that's
            # agreed.": the ask the chair read out is what the confirmation decides.
            asks = [i for i, s in enumerate(sentences) if part("asks_the_meeting").search(s)]
            if asks:
                self.add(passage, None, f"{sentences[asks[-1]]} {outcome_text}", rule.id,
                         outcome=_label_outcome(sentences[asks[-1]]), quote=quote)
                return
        if not proposing and (self.transcript or rule.id == "chair_statement"):
            # Nothing put: a chair's summary stands with the item's announcement in the same turn
            # ("Item 7, the quarterly report. ... Then we note the report.", "Item 5, the annual
            # report. We'll take that as read and noted."); one that names what it decides stands
            # alone; a bare "Agreed." answers nothing in a transcript.
            text = _with_announcement(outcome_text, sentences)
            if text == outcome_text and self.announcement and len(self.items) == self.items_at_announcement \
                    and not any(part("item_announcement").match(s) for s in sentences):
                # The item was opened turns before and nothing was decided since.
                text = _with_announcement(outcome_text, self.announcement + list(sentences))
            if rule.id == "chair_statement" or text != outcome_text:
                self.add(passage, None, text, rule.id, outcome=_label_outcome(outcome_text), quote=quote)
            return
        asked = None if proposing or self._names_its_item(outcome_text) else self._ask_before(sentences)
        # (d24) "... which proposed new rules for signs. ... The Trustees were content with the proposals.": the
        # sentence that put forward what the outcome names.
        put_forward = None if proposing or asked is not None else self._put_forward_before(outcome_text, sentences)
        chosen_index = proposing[-1] if proposing else (asked if asked is not None else put_forward
                                                         if put_forward is not None else len(sentences) - 1)
        chosen = sentences[chosen_index]
        if self._not_decision(chosen) or self._not_decision(outcome_text):
            return
        text = part("proposer").sub("", chosen)
        if not proposing and asked is None:
            text = self._with_antecedent(sentences, chosen_index)
        elif asked is not None and self._points_back(sentences, asked):
            # An ask the meeting was put ("The Clerk asked members to agree to renew this policy.") closing on a
            # pointer takes the sentence before, as any ask does (_with_antecedent).
            text = f"{sentences[asked - 1]} {text}"
        if _anaphoric_opening(text):
            # "... and the Vice-Chair asked that they go to the Board": what "they" are is in the
            # words before the proposer, so the sentence stays whole.
            text = chosen
        if proposing and chosen_index in put:
            self.confirmed_puts.add(squash(SPEAKER_RE.sub("", chosen)))
            text = _from_first_person_proposal(SPEAKER_RE.sub("", text))
            if part("put_names_only_its_item").search(text) and len(text.split()) <= PUT_NAMES_ITEM_WORDS:
                # "Are they agreed as a correct record?": the item's announcement says what they are.
                text = _with_announcement(text, sentences[:chosen_index])
        if rule.keep_label or not proposing:
            # "Proposed: A Bell Seconded: C Dunn Carried unanimously.": only the outcome (group outcome).
            named = rule.regex.match(outcome_text)
            outcome_words = named.group("outcome") if named and "outcome" in rule.regex.groupindex else None
            text = f"{text} {outcome_words[:1].upper() + outcome_words[1:] + '.' if outcome_words else outcome_text}"
        self.add(passage, None, text, rule.id, outcome=_label_outcome(outcome_text), quote=quote)

    def _with_antecedent(self, sentences, position: int) -> str:
        """(x22) The sentence at ``position`` that an outcome decides ("... This was agreed."), led by the sentences
        before it back to the one naming what it speaks of, when it opens with a pronoun ("This profile can also
        be used for planning.", "It would cost £400."; word list anaphoric_openings): within CONTEXT_WORDS, none
        of them someone's report or a decision of its own.  (d36) One closing on its matter named by a pointer
        ("... to continue with this service."; part closes_on_pointer) takes the sentence before.  Else the sentence
        alone."""
        start = position
        if self._points_back(sentences, start):
            return " ".join(sentences[start - 1:position + 1])
        while start > 0 and _anaphoric_opening(sentences[start]):
            if not self._may_lead(sentences[start - 1]) \
                    or sum(len(s.split()) for s in sentences[start - 1:position + 1]) > CONTEXT_WORDS * 2:
                break
            start -= 1
        return " ".join(sentences[start:position + 1])

    def _points_back(self, sentences, position: int) -> bool:
        """(d36) Whether the sentence at ``position`` closes on its matter named only by a pointer and the sentence
        before names it ("The mower has quoted £42 a cut. I ask the Council to agree to continue with this service.")."""
        return position > 0 and bool(part("closes_on_pointer").search(sentences[position])) \
            and not _anaphoric_opening(sentences[position]) and self._may_lead(sentences[position - 1]) \
            and sum(len(s.split()) for s in sentences[position - 1:position + 1]) <= CONTEXT_WORDS

    def _may_lead(self, previous: str) -> bool:
        """Whether a sentence may lead the decision after it as what it speaks of: not someone's report, nor a
        decision, label or outcome of its own."""
        return not (part("reported_speech").match(previous) or self._sentence_rule(previous)[0] is not None
                    or self._label(previous)[0] is not None or self._outcome_line(previous) is not None)

    def _names_its_item(self, outcome: str) -> bool:
        """Whether a bare outcome names what it decides as its item ("Members were content with this
        proposal.", "... with these changes."): its item's title says what, not an ask above it (a bare "with
        this." decides the ask above it)."""
        return bool(self.item_title) and bool(part("names_only_its_item").search(outcome))

    def _ask_before(self, sentences) -> Optional[int]:
        """Which of ``sentences`` (those before a bare outcome, none of them a motion) the outcome decides
        when one asks the meeting to decide ("The Treasurer asked the Trustees to adopt the revised grants
        policy. The policy adds ... The Trustees were content with this."): the last such,
        within the ASK_LOOKBACK sentences just before it and with nothing decided in between; else None."""
        last = len(sentences) - 1
        for back in range(last, max(-1, last - ASK_LOOKBACK), -1):
            sentence = sentences[back]
            if part("asks_the_body").match(sentence):
                # (d26) "... asked the Trustees to approve the policies below:" leads a list; it names nothing itself.
                return None if sentence.rstrip().endswith(":") else back
            if self._outcome_line(sentence) is not None or self._sentence_rule(sentence)[0] is not None \
                    or self._label(sentence)[0] is not None:
                break
        return None

    def _questions_put(self, passages, index, sentences) -> None:
        """Questions put in this turn that the meeting's answer or the chair's thanks follows, in
        the turn or at the start of the next; decided in finish() unless a confirmation took them."""
        next_turn: Optional[list] = None   # the next turn's first sentence, split only when a put question needs it
        texts = [_spoken(s) for _o, s in sentences]
        for position, sentence in enumerate(texts):
            if not part("put_question").match(sentence):
                continue
            after = texts[position + 1:position + 2]
            if not after:
                if next_turn is None:
                    next_turn = _next_turn_opening(passages, index)
                after = [_spoken(s) for s in next_turn]
            if not (after and part("acknowledgement").match(after[0])):
                continue
            text, put = sentence, sentence
            if not part("put_to_meeting").match(sentence):
                # "Are we happy with that?" names nothing: the ask before it does ("The Board is asked
                # to approve the estates strategy.").
                before = texts[position - 1] if position else ""
                if not before or _label_outcome(before) is None or before.rstrip().endswith("?"):
                    continue
                text, put = f"{before} {sentence}", before
            elif part("put_names_only_its_item").search(text) and len(text.split()) <= PUT_NAMES_ITEM_WORDS:
                text = _with_announcement(text, texts[:position])
            self.pending_puts.append((passages[index], squash(put), text))

    def caption_lines(self, passages) -> None:
        """A transcript kept as short caption lines, each its own passage: read as one running
        text (caption_decisions), each decision placed at the line its confirmation ends on."""
        lines = [p for p in passages if p.kind != "heading" or not part("speaker_line").match(p.text)]
        # The running text built once (one join, not a copy per line); ends[k] is where line k ends in it.
        pieces, ends, length = [], [], 0
        for passage in lines:
            said = _untimed(passage.text)
            piece = (f" {said}" if length else said.lstrip()).rstrip()
            pieces.append(piece)
            length += len(piece)
            ends.append(length)
        running = "".join(pieces)
        for text in caption_decisions(running):
            at = running.find(text) + len(text)
            k = bisect.bisect_left(ends, at)
            passage = lines[k] if k < len(lines) else lines[-1]
            self.add(passage, None, text, "caption_confirmation", outcome=_label_outcome(text[-60:]),
                     quote=text)

    def finish(self) -> None:
        """The questions put that no confirmation took (see _questions_put)."""
        for passage, put, text in self.pending_puts:
            if put not in self.confirmed_puts:
                self.add(passage, None, text, "put_question", outcome=_label_outcome(text))
        self.pending_puts = []

    def transcript_text(self, passages, index, body):
        """A transcript's turn: only the chair's confirmations decide, each with what was put
        before it in the turn, or at the turn's start in the turns before."""
        # "0:05 Can I take ...", "[00:12:04] Thank you.": the time stamps are no part of what is said.
        body = _untimed(body)
        sentences = split_sentences(body) or [(0, body)]
        self._questions_put(passages, index, sentences)
        self._note_announcement([_spoken(s) for _o, s in sentences])
        if _runs_without_sentences(sentences):
            # Automatic captions: no sentences to read; the confirmations are searched in the text.
            for text in caption_decisions(body):
                self.add(passages[index], None, text, "caption_confirmation",
                         outcome=_label_outcome(text[-60:]), quote=body)
            return
        for position, (_offset, sentence) in enumerate(sentences):
            ending = self._outcome_line(_spoken(sentence) if position == 0 else sentence)
            if ending is None:
                continue
            # "Thank you. So that's seven for ... and the recommendation is carried.": thanks and
            # the meeting's answers in the turn put nothing; what was put is in the turns before.
            # (An answer follows a question: "No amendments have been received." after none is said;
            # the answer to a call for objections stays with it, see _with_announcement.)
            said = [s for _o, s in sentences[:position]]
            before = [s for k, s in enumerate(said) if not part("assent_line").match(_spoken(s))
                      or (k > 0 and (not said[k - 1].rstrip().endswith("?")
                                     or part("objection_poll").match(_spoken(said[k - 1]))))]
            if not before:
                previous = self._proposal_passage(passages, index)
                if previous is None:
                    continue
                before = [s for _o, s in split_sentences(squash(previous.text))]
            self.proposal(passages[index], before, sentence, ending, quote=body)

    def _note_announcement(self, texts) -> None:
        """Remember the last item announcement among a turn's ``texts``, with what follows it."""
        announced = [i for i, s in enumerate(texts) if part("item_announcement").match(s)]
        if announced:
            self.announcement = texts[announced[-1]:]
            self.items_at_announcement = len(self.items)

    def passage_text(self, passage, marker, body):
        # "... be accepted: Proposed: A Bell Seconded: C Dunn Carried.": the vote's record is a sentence of its own.
        body = part("vote_record_run_in").sub(". ", body)
        sentences = split_sentences(body) or [(0, body)]
        title = sentences[0][1].rstrip(" .") if marker is not None and len(sentences) > 1 else ""
        if len(title.split()) > 1 and _stopped_title(sentences[0][1], sentences[1][1]) \
                and any(_restates_item_title(sentence, title) for _offset, sentence in sentences[1:]):
            # (d41) "d. Meeting dates for the year from September. The dates were agreed.": a lettered sub-item's first
            # sentence is its title, as on a line of its own (x22), when a decision after it restates it.
            self._set_item_title(title, True)
            body = body[sentences[1][0]:]
            sentences = split_sentences(body)
            self.title_line_above = (passage, self.segment)
        earlier = self._paragraph_before(passage)
        texts = [s for _o, s in sentences]
        if earlier and all(part("vote_record").match(squash(s)) for s in texts):
            # "Seconded: C Dunn" on a line of its own: the proposal stays the line before the outcome's.
            self.votes_between = True
            return
        self.paragraph_before = (passage, self.segment, texts)
        try:
            self._passage_sentences(passage, marker, body, sentences, earlier)
        finally:
            self.title_line_above = None
        item_before, item_segment, item_sentences = self.item_sentences
        if item_before is not passage or item_segment != self.segment:
            item_sentences = []
        self.item_sentences = (passage, self.segment, item_sentences + texts)
        self.votes_between = False

    def _paragraph_before(self, passage) -> list:
        """The sentences of the paragraph read just before this one in the same passage and item (a
        minutes cell's line before this line), without the record of the vote that ends it, else none."""
        before, segment, sentences = self.paragraph_before
        if before is not passage or segment != self.segment:
            return []
        sentences = list(sentences)
        while sentences and part("vote_record").match(squash(sentences[-1])):
            sentences.pop()
        return sentences

    def _decided_after_semicolon(self, passage, marker, sentence) -> bool:
        """A sentence whose last clause, after a semicolon, is an outcome deciding the clause before it
        ("Amendments to the rules had been made; these were accepted and the new version was adopted.",
        "The Clerk had circulated the new quote; this was agreed.", "Sam asked for a shed; it was agreed that this
        go ahead."): the whole sentence is the decision.
        Returns whether it was one."""
        head, semicolon, tail = sentence.rpartition(";")
        tail = tail.strip()
        if not semicolon or len(head.split()) < MIN_WORDS:
            return False
        ending = self._outcome_line(tail)
        if ending is None and part("refers_back").match(tail):
            # (d24) "The Treasurer asked for a monthly summary; it was agreed that this will be progressed.": an
            # outcome naming its matter only by a pronoun decides the clause before it.
            ending = self._label(tail)[0] or self._outcome_line_rule()
        elif ending is None:
            # (d24) "The Treasurer reported a surplus; it was agreed that the Clerk write to the bank.": a label
            # opening the clause after the semicolon is read as a sentence of its own.
            label, match = self._label(tail)
            if label is None or self._not_decision(tail):
                return False
            self.labelled(passage, marker, label, match, tail)
            return True
        if ending is None or not _proposed_in([head], ending) or self._not_decision(sentence):
            return False
        self.add(passage, marker, sentence, ending.id, outcome=_label_outcome(tail), quote=sentence)
        return True

    def _item_sentences_before(self, passage) -> list:
        """The sentences of the paragraphs read before this one in the same passage and item."""
        before, segment, sentences = self.item_sentences
        return list(sentences) if before is passage and segment == self.segment else []

    def _passage_sentences(self, passage, marker, body, sentences, earlier):
        try:
            self._read_sentences(passage, marker, body, sentences, earlier)
        finally:
            self.sentence_before = None
            self.sentences_before = []

    def _read_sentences(self, passage, marker, body, sentences, earlier):
        reasons = self.in_reasons or self._reasons(passage.heading or "") or self._reasons(body)
        skip_until = 0   # sentences a decision above took as its own
        # The first sentence no decision of this passage has taken: a label closing the paragraph reaches back no
        # further (_paragraph_closed_by_label).
        undecided_from, items_seen = 0, len(self.items)
        for position, (offset, sentence) in enumerate(sentences):
            if position < skip_until:
                continue
            if len(self.items) != items_seen:
                undecided_from, items_seen = position, len(self.items)
            # The sentence before this one: a request or question there is what an outcome naming its
            # matter only by a pronoun decides (add()).
            self.sentence_before = sentences[position - 1][1] if position else None
            self.sentences_before = [s for _o, s in sentences[:position]]
            rule, match = self._label(sentence)
            within = self._label_within(sentence) if rule is None else None
            if within is not None:
                # "b. To vote on the next step It was Resolved: to accept ...": a reader joined an agenda line
                # without a stop to the resolution; the resolution is read from its label.
                offset += within
                sentence = sentence[within:]
                sentences = [*sentences[:position], (offset, sentence), *sentences[position + 1:]]
                rule, match = self._label(sentence)
            if rule is not None and rule.resolution and not reasons and position > undecided_from \
                    and self._leaves_matter_above(sentence[match.end():]):
                # (d29) "... had obtained quotes for two cabinets. AGREED to purchase.", "... wants to run the trail
                # leaflets. It was AGREED that the text would be sent to them.": what the label decides is what the
                # sentences before it put.
                self._label_deciding_what_was_put(passage, marker, rule, match, sentences, position, body,
                                                  undecided_from)
                skip_until = position + 1
                continue
            if rule is not None and rule.keep_label and position + 1 < len(sentences) \
                    and not sentence.rstrip().endswith((":", ";", ",")) and not split_inline(sentence)[1] \
                    and len(sentence[match.end():].lstrip(" :-–—").split()) >= MIN_WORDS \
                    and not sentence[match.end():].lstrip().startswith((":", "-", "–", "—")):
                # "It was agreed as a stopgap to open a staff forum. This can be set up on ...": a label
                # that reads as a sentence decides that sentence and the sentences that go on stating its
                # terms ("The reply would set out ...", "It was agreed further that ..."); a sentence that
                # tells about something else ends it.
                end = position + 1
                # (A last sentence cut short goes on in the next row or passage: it is the decision's too.)
                # (d33) A sentence with a decision run on inside it ("... Savings £3451.53 It was agreed by all
                # that ...", _label_within) starts that decision: it states no terms of this one.
                while end < len(sentences) and ((_states_terms(sentences[end][1])
                                                 and self._label_within(sentences[end][1]) is None)
                                                or self._label(sentences[end][1])[0] is rule
                                                or part("vote_after").match(squash(sentences[end][1]))
                                                or (end == len(sentences) - 1
                                                    and not sentences[end][1].rstrip().endswith((".", "!", "?")))):
                    end += 1
                if end < len(sentences):
                    self.labelled(passage, marker if position == 0 else None, rule, match,
                                  body[offset:sentences[end][0]].strip())
                    skip_until = end
                    continue
                self.labelled(passage, marker if position == 0 else None, rule, match, body[offset:])
                return  # its terms run to the end of the passage
            closing = None if reasons else self._label_closing_paragraph(sentences, position, rule, match)
            if closing is not None:
                self._paragraph_closed_by_label(passage, marker, closing, sentences, position, body, undecided_from)
                return
            if rule is not None:
                end = self._resolution_end(sentences, position)
                if end < len(sentences):
                    # "Resolved: That the quote be accepted. It was also requested that ... The meeting closed
                    # at 8.57pm.": the resolution ends where another matter begins in its passage.
                    self.labelled(passage, marker if position == 0 else None, rule, match,
                                  body[offset:sentences[end][0]].strip())
                    skip_until = end
                    continue
                self.labelled(passage, marker if position == 0 else None, rule, match, body[offset:])
                return  # the label's text runs to the end of the passage
            subject = (_SUBJECT_COLON_RE.match(sentence) or part("title_dash").match(sentence)) \
                if passage.kind != "heading" else None
            rest = sentence[subject.end():] if subject else ""
            rest_rule, rest_match = self._label(rest) if subject and not reasons else (None, None)
            if rest_rule is not None and rest_rule.strict:
                # "Budget 2026/27: The Council:" leads the lines below as "The Council:" does; it decides nothing
                # by itself, nor does an attendance line ("Present: Members of the Public:").
                self.labelled(passage, marker if position == 0 else None, rest_rule, rest_match, rest)
                continue
            if subject and not reasons and (rest_rule is not None or part("outcome_only").match(rest)
                                            or part("agreed_sentence").match(rest)):
                # "Application 25/0318/FUL, land off Mill Road: RESOLVED to object ...", "Shop opening
                # hours: agreed.": the label after what it decides; the whole sentence is the decision.
                label_rule = rest_rule or self._outcome_line_rule()
                if not self._not_decision(sentence):
                    self.add(passage, marker if position == 0 else None, sentence, label_rule.id,
                             outcome=_label_outcome(rest), quote=sentence)
                continue
            ending = self._outcome_line(sentence)
            if ending is None and not reasons and self._decided_after_semicolon(passage, marker if position == 0 else None,
                                                                               sentence):
                continue
            before = [s for _o, s in sentences[:position]]
            if ending is not None and not any(part("proposer").match(s) for s in before) and earlier and (
                    any(part("proposer").match(s) for s in earlier[-1:] + before[-1:])
                    or (self.votes_between and not before)):
                # A minutes cell's lines: "It was proposed that ..." / "The second part ... This was passed
                # unanimously.", or "All were in agreement." on a line of its own: the outcome decides what
                # the line before proposed.  (After a line that proposes nothing, "The Board were in agreement
                # with this proposal." is led by its item's title.)
                before = earlier + before
            if ending is not None and not before and not reasons and earlier and not self._names_its_item(sentence):
                # A minutes cell's lines: an ask to the meeting ("The Treasurer asked the Trustees to adopt ...") /
                # the background / a bare assent ("The Trustees were content with this."): the ask above decides.
                above = self._item_sentences_before(passage)
                if self._ask_before(above) is not None:
                    before = above
            if ending is not None and not before and not earlier and not reasons and not ending.needs_proposer \
                    and not ending.needs_sentence and self.item_title \
                    and self.title_line_above == (passage, self.segment) and not self._not_decision(sentence):
                # "Minutes of the meeting of 4 May" / "These were agreed as a true record.", "Grant to the
                # scouts" / "This was approved.": a bare outcome first under its item's title line decides it.
                self.add(passage, marker if position == 0 else None, f"{self.item_title.rstrip(' :.')}: {sentence}",
                         ending.id, outcome=_label_outcome(sentence), quote=f"{self.item_title} {sentence}")
                continue
            if ending is not None and before and not reasons and _proposed_in(before, ending):
                # "... a 5% rise from 1 May. This was agreed." / "... since the last meeting. Noted."
                self.proposal(passage, before, sentence, ending, quote=body)
                continue
            if part("motion_moved").search(sentence) or part("motion_named").match(sentence):
                self.moved_segments.add(self.segment)
                wording = _motion_wording(sentence)
                if wording:
                    self.motion_wordings.setdefault(self.segment, wording)
            if not reasons and self._carried_recommendations(passage, marker if position == 0 else None, sentence):
                continue
            after_and = None if reasons else self._clause_after_and(sentence)
            if after_and is not None:
                # "No other nominations were received and Ms Hale was duly elected Chair.", "She had quoted £100 a
                # riser and the Trustees agreed to fund the first one.": a decision closing a sentence after "and".
                text, rule_id = after_and
                text, skip_until = _with_votes_after(text, sentences, position, rule_id)
                self.add(passage, marker if position == 0 else None, text, rule_id, outcome=_label_outcome(text),
                         quote=sentence)
                continue
            if self._not_decision(sentence, resolution=False):
                if self.items and self.items[-1].rule in self.undone_by_loss and \
                        self.items[-1].segment == self.segment and self._lost(sentence):
                    # (rv20b) "Cllr Hope proposed and Cllr Aziz seconded that ..." / "On being put to the vote
                    # the motion was lost.": the proposal was not the meeting's decision.
                    self.items.pop()
                sole = next((r for r in self.sole_rules if r.regex.match(sentence)), None)
                if sole is not None and not reasons and not self._lost(sentence):
                    # "The motion was carried ...": decided() keeps it only as its item's one outcome.
                    self.add(passage, marker if position == 0 else None, sentence, sole.id, quote=sentence)
                continue
            rule, match = self._sentence_rule(sentence)
            if rule is None and not reasons and passage.kind != "heading":
                # (d20b) "Volunteer Expenses Policy: The Trustees were in agreement and the policy was adopted.",
                # "Marden Friends – the application has been accepted ...": the item's title run in before a
                # sentence that decides; the whole sentence, title and all, is the decision.
                title = _SUBJECT_COLON_RE.match(sentence) or part("title_run_in").match(sentence)
                if title is not None:
                    rule, match = self._sentence_rule(sentence[title.end():])
            if rule is None or reasons or (rule.id == "past_tense_item" and (
                    passage.kind == "heading" or (position and not part("agreed_sentence").match(sentence)))):
                continue
            if rule.id in VOTE_OF_DECISION_ABOVE_RULES and self._decided_just_above(passage, sentences, position):
                # (d27) "... and it was decided to accept the tender of Tillcraft. The process was fair. The
                # Treasurer proposed to accept this proposal and all Board members were in agreement.": after a
                # decision a few sentences above in its item, the proposal and assent are its vote, not a decision
                # of their own.
                self.items[-1].text = f"{self.items[-1].text} {squash(sentence)}"
                continue
            if rule.id != "minutes_confirmed" and _dated_before(sentence, self.meeting_date, self.month_first) \
                    and not part("ratifies_earlier").search(sentence):   # (p19d) the date is what it ratifies
                continue  # "Cabinet approved the Leisure Strategy in July 2023": history, not this meeting's
            if rule.id in SUBJECT_RULES and not self.any_body_decides \
                    and _another_body(match.groupdict().get("subject"), self.default_by):
                continue  # a Board's minutes: "The Committee approved ..." reports a committee's decision
            role = _maker_in(match)
            if sentence.rstrip().endswith(":"):
                # "I have decided to:", "The Integration Joint Board agreed:": the items follow.
                own_marker = marker if position == 0 else None
                self.open_block(rule.id, False, own_marker, _label_outcome(sentence), role)
                if rule.keeps_its_list or (_decides_itself(sentence) and rule.id in LEAD_DECIDES_ITSELF_RULES):
                    # ("For the period of ..., the roles are as follows:": the roles below are its content;
                    # "The following were elected:": the names below complete it.)
                    # "The draft minutes were approved as a correct record subject to these amendments:":
                    # decided already; the list below gives its changes, not more decisions.
                    self.add(passage, own_marker, sentence, rule.id, decided_by=role, quote=sentence)
                    self.block.append_to = self.items[-1]
                return
            rest = body[offset:]
            lead, items = split_inline(rest)
            if items and _lead_colon(lead).endswith(":") and rule.keeps_its_list == "lines":
                # "... the roles are as follows: Chair – A; Vice-Chair – B": the list is the decision's content.
                self.add(passage, marker if position == 0 else None, sentence, rule.id, decided_by=role, quote=sentence)
                return
            if items and _lead_colon(lead).endswith(":") and len(lead) < len(sentence):
                # "The Board agreed:- (a) to close ...; (b) to review ...": the list runs on past
                # the sentence's semicolon; all of it is this lead-in's.
                self.add_with_subitems(passage, marker if position == 0 else None, rest, rule.id,
                                       decided_by=role, quote=rest)
                return
            text, skip_until = _with_votes_after(self._with_context(rule, sentences, position, passage), sentences,
                                                 position, rule.id)
            self.add_with_subitems(passage, marker if position == 0 else None, text, rule.id, decided_by=role,
                                   quote=sentence)

    def _decided_just_above(self, passage, sentences, position: int) -> bool:
        """(d27) Whether the last decision read was made from one of the few sentences (ASK_LOOKBACK) just before
        sentence ``position`` in its passage and item (a minutes cell's lines above it, or its own paragraph), with
        no title line after it."""
        if not self.items or self.items[-1].passage is not passage or self.items[-1].segment != self.segment:
            return False
        decided = {squash(self.items[-1].quote), squash(self.items[-1].text)}
        above = self._item_sentences_before(passage) + [s for _o, s in sentences[:position]]
        for sentence in reversed(above[-ASK_LOOKBACK:]):
            if any(text in squash(sentence) or squash(sentence) in text for text in decided):
                return True
            if _is_title_line(sentence):
                return False
        return False

    def _label_within(self, sentence: str) -> Optional[int]:
        """(d22) Where a resolution label a reader ran on after a line without a stop opens ("... the next step It
        was Resolved: to accept ...", "... quotes RESOLVED: That ..."; parts label_within), else None."""
        for found in part("label_within").finditer(sentence):
            rule, _match = self._label(sentence[found.end():])
            if rule is not None and rule.resolution:
                return found.end()
        return None

    def _label_closing_paragraph(self, sentences, position: int, rule, match) -> Optional[Rule]:
        """(d26) The rule of a resolution label closing its paragraph after what the paragraph put: bare, after
        sentences of that paragraph ("Priya asked for a leaflet rack at £60. AGREED.", "... asked if this could be
        sent out. AGREED"; nothing after it but a stop, no colon leading in a list), or in capitals after a comma
        ending its last sentence ("Priya asked for an A-frame sign costing £45, AGREED."); else None."""
        if position != len(sentences) - 1:
            return None
        sentence = sentences[position][1]
        if rule is not None:
            bare = position > 0 and not sentence.rstrip().endswith(":") \
                and not sentence[match.end():].strip(" .!;,-–—")
            return rule if bare else None
        closing = part("label_closes_sentence").search(sentence)
        return self._label(closing.group("label"))[0] if closing else None

    def _paragraph_closed_by_label(self, passage, marker, rule, sentences, position: int, body: str,
                                   undecided_from: int = 0) -> None:
        """(d26) A label closing its paragraph (_label_closing_paragraph) decides what the paragraph's sentences
        put, back to CONTEXT_WORDS (at least the one before a bare label) and never back into a sentence a decision
        of the paragraph took already (from ``undecided_from``); it opens no list of the paragraphs below
        ("9.5 Lego was bought with a donation." after "9.4 Priya asked for a leaflet rack at £60. AGREED." is no
        decision)."""
        last = sentences[position][1]
        closing = part("label_closes_sentence").search(last)
        first = position if closing else position - 1
        if first < undecided_from:
            return   # "The Board agreed to X. AGREED.": the label only repeats the decision before it
        while first > undecided_from \
                and sum(len(s.split()) for _o, s in sentences[first - 1:position + 1]) <= CONTEXT_WORDS:
            first -= 1
        text = body[sentences[first][0]:].strip()
        if not self._lost(text):
            self.add(passage, marker if first == 0 else None, text, rule.id,
                     outcome=_label_outcome(closing.group("label") if closing else last), quote=body)

    def _leaves_matter_above(self, after_label: str) -> bool:
        """(d29) Whether what follows a resolution label names its matter only by a pointer or leaves its verb
        without an object (part matter_left_above), and is not a list's lead-in."""
        remainder = part("resolution_preamble").sub("", after_label.strip()).strip(" :-–—")
        return bool(remainder) and not remainder.endswith(":") and not split_inline(remainder)[1] \
            and bool(part("matter_left_above").search(remainder)) and not self._not_decision(remainder)

    def _label_deciding_what_was_put(self, passage, marker, rule, match, sentences, position: int, body: str,
                                     undecided_from: int) -> None:
        """(d29) A resolution label at ``position`` leaving its matter above (_leaves_matter_above) decides what the
        sentences before it in its paragraph put: back to CONTEXT_WORDS (at least the one just before it), never
        into a sentence a decision of the paragraph took already (``undecided_from``), label and all."""
        first = position - 1
        while first > undecided_from \
                and sum(len(s.split()) for _o, s in sentences[first - 1:position + 1]) <= CONTEXT_WORDS:
            first -= 1
        end = sentences[position + 1][0] if position + 1 < len(sentences) else len(body)
        text = body[sentences[first][0]:end].strip()
        if not self._lost(text):
            self.add(passage, marker if first == 0 else None, text, rule.id,
                     outcome=_label_outcome(match.group(0)) if rule.outcome_from_label else None, quote=body)

    def _resolution_end(self, sentences, position: int) -> int:
        """(d22) Where a labelled resolution at ``position`` ends among its passage's sentences: at the next
        sentence that opens another label ("It was also requested that ..."), an action or a vote's record
        ("Action: Clerk", "For: 5 Against: 0"), or the meeting's close ("The meeting closed at 8.57pm."); else
        at the passage's end (len(sentences))."""
        closes = self.rules.minute_evidence_by_id["meeting_closed"]
        for later in range(position + 1, len(sentences)):
            text = squash(sentences[later][1])
            if self._label(text)[0] is not None or part("action_field").match(text) \
                    or part("vote_record").match(text) or closes.search(text):
                return later
        return len(sentences)

    def _decides_whole(self, sentence: str) -> bool:
        """Whether a sentence rule reads ``sentence`` as a decision of this meeting, as a whole."""
        rule, _match = self._sentence_rule(sentence)
        return rule is not None and not self._not_decision(sentence, resolution=False) and (
            rule.id == "minutes_confirmed" or not _dated_before(sentence, self.meeting_date, self.month_first))

    def _clause_after_and(self, sentence: str) -> Optional[tuple]:
        """(d24) A sentence that decides nothing as a whole but closes with a decision after "and" (part
        clause_after_and: a body's agreed/resolved/decided, a matter accepted, an election, the last minutes
        confirmed): (text, rule id), else None.  The text is the clause alone when its rule is one whose clause
        stands by itself (word list clause_alone_rules: "No other nominations were received and Ms Hale was
        elected Chair."), or when what leads to it is long (CLOSING_CONTEXT_WORDS); else the whole sentence, its
        lead saying what the decision is about ("She had quoted £100 a riser and the Trustees agreed to fund the
        first one.").  The lead must be a clause of its own (a verb: not "and" inside a name), and not an
        account of work done before (part earlier_account), unless the clause stands by itself."""
        if self._label(sentence)[0] is not None or self._decides_whole(sentence):
            return None
        for found in part("clause_after_and").finditer(sentence):
            clause = sentence[found.end():]
            label = self._label(clause)[0]
            rule = label or self._sentence_rule(clause)[0]
            if rule is None or self._not_decision(clause, resolution=label is not None):
                continue
            if rule.id != "minutes_confirmed" and _dated_before(clause, self.meeting_date, self.month_first):
                continue
            if rule.id in SUBJECT_RULES and not self.any_body_decides \
                    and _another_body(_subject_of(clause) or None, self.default_by):
                continue
            lead = sentence[:found.start()]
            words = {w.lower().strip(",;()") for w in lead.split()}
            if not (words & word_list("sentence_verbs") or any(w.endswith("ed") for w in words)):
                continue   # "No - the Chair of the Overview and Scrutiny Committee agreed ...": "and" inside a name
            alone = rule.id in word_list("clause_alone_rules")
            if not alone and part("earlier_account").search(lead):
                continue   # "A draft had been reviewed and it was agreed to ...": an account of work done before
            if part("no_questions_clause").search(lead) or part("asks_the_body").match(lead):
                # (d27) "The Treasurer presented the accounts, there were no questions and the accounts were
                # approved.": the presentation says what was decided, however long; (d41) so does an ask or a
                # suggestion put to the meeting ("It was suggested that a rota be set up ..., and it was agreed").
                return sentence, rule.id
            return (clause if alone or len(lead.split()) > CLOSING_CONTEXT_WORDS else sentence), rule.id
        return None

    def _with_context(self, rule, sentences, position, passage=None) -> str:
        """A decision that names its matter only as "this policy" or "the terms of reference", with the
        sentences before it in its paragraph that say what that is ("Updated for the new regulations. This
        has been agreed with the union. The board accepted this policy."): short, none of them someone's
        report or a decision of its own; failing those, one naming it "the proposals" or "this recommendation"
        with the sentence of its item that put that forward (_put_forward_before).  Else the sentence alone."""
        sentence = sentences[position][1]
        titled = self._entry_title_before(rule, sentences, position)
        if titled:
            return f"{titled} {sentence}"
        assent = part("assents_to_this").match(sentence) and not self._names_its_item(sentence)
        # (d26) "The Trustees unanimously agreed to accept this proposal.", "... with this review.": the ask above says
        # what the pointer names (its item's title leads them both, decisions()).  An outcome naming its item as the
        # labelled minutes do ("The Board were in agreement with this proposal.") keeps its title alone.
        assent = assent or bool(part("names_matter_by_pointer").search(sentence)
                                and not part("names_only_its_item").search(sentence))
        if assent or _names_its_matter_only(sentence):
            # "The Trustees were content with this and asked the Clerk to ...", "The tender was accepted.":
            # the ask above says what (for a short one naming its matter, an ask naming that matter).
            above = self._item_sentences_before(passage) + [s for _o, s in sentences[:position]]
            asked = self._ask_before(above)
            if asked is not None and (assent or _names_its_matter_only(sentence, above[asked])):
                return f"{above[asked]} {sentence}"
        if rule.id == "minutes_confirmed" or not (part("names_only_its_item").search(sentence)
                                                  or part("names_matter_by_pointer").search(sentence)):
            return sentence
        before = [s for _o, s in sentences[:position]]
        # The sentences just before it, back to CONTEXT_WORDS (an item's long account of what was looked into,
        # then a short sentence on the course chosen, then "Members said they were content with that decision.":
        # the course chosen, not the account, is what "that decision" names).
        while before and sum(len(s.split()) for s in before) > CONTEXT_WORDS:
            before.pop(0)
        if before and not any(part("reported_speech").match(s) or self._sentence_rule(s)[0] is not None
                              or self._label(s)[0] is not None for s in before):
            return " ".join(before + [sentence])
        above = self._item_sentences_before(passage) + [s for _o, s in sentences[:position]]
        put_forward = self._put_forward_before(sentence, above)
        if put_forward is not None:
            # (d24) "The Board looked at the papers which proposed new guidelines ... The Marketing Lead also
            # suggested ... The Board agreed with the proposals.": the sentence putting it forward says what, past
            # the discussion in between.
            return f"{above[put_forward]} {sentence}"
        return sentence

    @staticmethod
    def _entry_title_before(rule, sentences, position) -> str:
        """(d44) The title opening a note-form entry before the part of it whose outcome closes it ("a. Safeguarding
        Policy. Covid-19 Annex - agreed.": the annex is the policy's), when the sentence before is only a title; else
        ''."""
        if rule.id != "dash_outcome_entry" or position == 0:
            return ""
        before = split_marker(sentences[position - 1][1])[1].strip()
        return before if before.endswith(".") and _is_title_line(before[:-1]) else ""

    def _put_forward_before(self, sentence: str, above: list) -> Optional[int]:
        """(d24) Which of ``above`` (the sentences before a decision in its item) put forward the matter the decision
        names only as "the proposals", "this recommendation" or "the suggestion" (part names_only_its_item; word list
        put_forward_stems: the matter's noun and the verb putting it forward share a stem, "... which proposed new
        guidelines ... The Board agreed with the proposals."): the last such within ASK_LOOKBACK sentences, with
        nothing decided in between; else None."""
        if not part("names_only_its_item").search(sentence):
            return None
        noun = _tidy(sentence).rstrip(" .!").rsplit(None, 1)[-1].lower()
        stem = next((s for s in word_list("put_forward_stems") if noun.startswith(s)), None)
        if stem is None:
            return None
        last = len(above) - 1
        for back in range(last, max(-1, last - ASK_LOOKBACK), -1):
            if any(w.startswith(stem) for w in normalise(above[back]).split()):
                return back
            if self._outcome_line(above[back]) is not None or self._sentence_rule(above[back])[0] is not None \
                    or self._label(above[back])[0] is not None:
                break
        return None

    def _carried_recommendations(self, passage, marker, sentence) -> bool:
        """Recommendations carried by reference: "The recommendation was approved subject to the
        following amendment: that ..." is the decision as it states it; "The recommendations were
        agreed en bloc." decides the recommendations the item's minute lists above it.  Returns
        whether it gave decisions (else the sentence is no decision: it says nothing decided)."""
        if not part("recommendations_carried").match(sentence) or self._lost(sentence):
            return False
        if part("amendment_follows").search(sentence):
            self.add(passage, marker, sentence, "amendment_follows", outcome=_label_outcome(sentence),
                     quote=sentence)
            return True
        listed = self._recommendations_above()
        for item_passage, item_marker, text in listed:
            self.add(item_passage, item_marker, text, "recommendations_carried", outcome=_label_outcome(text),
                     quote=f"{item_passage.text} {sentence}")
        return bool(listed)

    def _recommendations_above(self) -> list:
        """The (passage, marker, text) of each recommendation listed under the last recommendations
        lead-in ("The report recommended that Cabinet:") of the item the finder reads, back to its
        heading."""
        passages, index = self.at

        def leads_in(passage) -> bool:
            # Its last sentence: "The Cabinet Member presented the report. The report recommended that Cabinet:"
            sentences = split_sentences(squash(passage.text))
            return bool(sentences) and bool(part("recommendations_lead_in").match(sentences[-1][1]))

        # Back to the lead-in, each passage tested once; the item's heading ends the search (it may lead in itself).
        back = index - 1
        while back >= 0 and not leads_in(passages[back]):
            if passages[back].kind == "heading":
                return []
            back -= 1
        if back < 0:
            return []
        listed = []
        for following in passages[back + 1:index]:
            marker, body, bullet = split_marker(following.text)
            if following.kind != "list_item" and marker is None and not bullet:
                break
            listed.append((following, marker, body))
        return listed

    def labelled(self, passage, marker, rule, match, text):
        remainder = text[match.end():].strip()
        # "RESOLVED (unanimously) - that ...", "RESOLVED (by 7 votes to 2): ..."
        remainder = part("resolution_preamble").sub("", remainder).strip()
        # "It was APPROVED that;" / "RESOLVED that –": the label and its connective alone lead in the lines below.
        remainder = "" if part("bare_connective").match(remainder) else remainder
        # (d40) "Resolved 26/05/4.01" over the paragraph recording it: the minute's reference alone is the label's
        # own number, and the label leads the lines below as an empty one does.
        remainder = "" if REFERENCE_CELL_RE.match(remainder) else remainder
        outcome = _label_outcome(match.group(0)) if rule.outcome_from_label else None
        if passage.kind == "heading" and remainder and not _starts_decision(remainder) \
                and not _starts_with_outcome(remainder) and not self._is_lead_in(remainder):
            return  # a page's title, "Decision - Replacement of the refuse fleet", names no decision
        lead, items = split_inline(remainder)
        if items and _one_sentence_series(remainder):
            lead, items = remainder, []   # (d44) "RESOLVED that (i) X be approved and (ii) Y be set at Z." is one
        if not items and remainder.endswith(":") and _decides_itself(remainder):
            # "That planning permission be REFUSED for the following reasons:": one decision,
            # the list below it its reasons or conditions.
            self.add(passage, marker, remainder, rule.id, outcome=outcome)
            self.open_block(rule.id, False, marker, outcome, None)
            self.block.append_to = self.items[-1]
            return
        if not items and self._is_lead_in(remainder):
            maker = self._lead_in_maker(remainder if remainder else match.group(0).rstrip(" :"))
            self.open_block(rule.id, False, marker, outcome, maker, rule.strict)
            return
        if self._not_decision(remainder):
            return
        if items and self._is_lead_in(lead):
            maker = self._lead_in_maker(lead) if lead else None
            for sub_marker, sub_text in items:
                self.add(passage, sub_marker, sub_text, rule.id, 0, outcome, maker)
            # "RESOLVED: a. That ...;" / "b. That ..." / "c. That ...": the run-in list goes on in the passages
            # below, each its next item in turn.
            self.open_block(rule.id, False, marker, outcome, maker)
            self.block.place(items[-1][0], 0)
            self.block.siblings_only = True
            return
        clauses = _unmarked_clauses(text[match.end():])
        if clauses:
            for clause in clauses:
                self.add(passage, None, clause, rule.id, 0, outcome)
            return
        # "It was agreed that the Chair write ...": the label is part of the sentence; so is an
        # outcome label followed by its object ("NOTED the action log"), unlike "NOTED: ...".
        keep = (rule.keep_label or (rule.outcome_from_label and part("object_follows").match(text[match.end():]))) \
            and split_marker(remainder)[0] is None
        self.add_with_subitems(passage, marker, text.strip() if keep else remainder, rule.id, outcome=outcome)

    def table_row(self, passage):
        """A minutes or decisions table: a Decision column, a `Decision | text` row, or cells
        worded as decisions; a Decision maker column names who decided."""
        maker = next((squash(cell) for cell, head in zip(passage.cells, passage.header)
                      if cell and cell.strip() and any(r.regex.fullmatch(squash(head).rstrip(": "))
                                                       for r in self.rules.decided_by_labels)), None)
        first = len(self.items)
        if passage.cells and (passage.cells[0] or "").strip():
            self.in_cell_list = False   # a row with its own number is a new item
        # "Decision taken | ...": the label names the value's field, not the item's title.
        field_row = len(passage.cells) == 2 and bool(self._column(squash(passage.cells[0]))
                                                      or self._reasons(squash(passage.cells[0])))
        if passage.kind == "table_header":
            self.title_before_header = self.item_title if len(passage.cells) == 2 else _NO_TITLE
        elif field_row and self.title_before_header is not _NO_TITLE:
            # The table's first row ("Key decision | Yes") was a label and its value like the rows below,
            # not an item's title: the item is still the one the heading above the table named.
            self._set_item_title(self.title_before_header)
            self.title_before_header = _NO_TITLE
        for i, raw in enumerate(passage.cells):
            cell = squash(raw)
            if not cell or (i == 0 and field_row):
                continue
            header = squash(passage.header[i] if i < len(passage.header) else "")
            # A two-cell row is a label and its value ("Decision taken | Cabinet approved ..."), also
            # when the reader took the table's first label/value row ("Key decision | Yes") as its header.
            pair = i == 1 and len(passage.cells) == 2 and (not passage.header or self._column(header) is None)
            label = squash(passage.cells[0]) if pair else ""
            if label and self._reasons(label):
                break   # "Reasons | ...", "Alternative options rejected | ...": why, not what, was decided
            column = self._column(header) or (self._column(label) if label else None)
            if column is not None:
                subject = _row_subject(passage.cells[:i]) if _outcome_only_cell(cell) else None
                paragraphs = _cell_paragraphs(raw)
                if not subject and len(paragraphs) > 1 and all(self._sentence_rule(p)[0] for p in paragraphs):
                    # "The Joint Committee agreed the budget." / "The Joint Committee delegated ...": a
                    # decision cell written as paragraphs that each say what the body decided.
                    for paragraph in paragraphs:
                        self.add_with_subitems(passage, None, paragraph, column.id)
                    continue
                # "Approved" in an Item | Decision | Owner log: what was approved is the row's item.
                self.add_with_subitems(passage, None, f"{subject}: {cell}" if subject else self._decided_part(cell),
                                       column.id)
                continue
            if i and part("outcome_only").match(cell):
                # A minutes table's cell that says only "Noted" or "Agreed": the row's item was.
                subject = _row_subject(passage.cells[:i])
                if subject:
                    self.add(passage, None, f"{subject}: {cell}", self._outcome_line_rule().id,
                             outcome=_label_outcome(cell))
                continue
            # A minute cell written in paragraphs ("Members discussed ..." / "AGREED: ..." / "Action: ..."):
            # each read on its own, as the passages of a minute would be.
            paragraphs = _cell_paragraphs(self._column_label_apart(raw))
            if paragraphs and not self._finishes_last_item(passage, paragraphs[0]):
                # (x22) "... the Board were asked to sign the form to allow the Finance" | (page break) |
                # "Manager to sign cheques. This was agreed.": the sentence the row above broke off opens this row.
                broken = self._sentence_broken_above(passage, i)
                if broken:
                    paragraphs[0] = f"{broken} {paragraphs[0]}"
            if paragraphs and self._finishes_last_item(passage, paragraphs[0]):
                # "... subject to" | "receiving a signed form. 6. Oakley - ...": the row before broke the
                # last decision's sentence; its end opens this row, then the list goes on.
                end = _SENTENCE_THEN_ITEM_RE.search(paragraphs[0])
                tail, rest = (paragraphs[0][:end.start()], paragraphs[0][end.end():]) if end else (paragraphs[0], "")
                self.items[-1].text = f"{self.items[-1].text} {tail}"
                paragraphs = ([rest] if rest else []) + paragraphs[1:]
            first_line_titled = False   # the cell's first line titled its item
            for position, paragraph in enumerate(paragraphs):
                marker, body, _bullet = split_marker(paragraph)
                if self._keeps_cell_line(position, marker, body):
                    continue
                if position and part("voter_label").match(body) and part("vote_record").match(body):
                    # "Proposed: A Bell" / "Seconded: C Dunn" under the proposal: the vote's record, no title.
                    self.votes_between = True
                    continue
                # A web page's item cell: its first line, then "Minutes:" or "Decision:" on a line of its own,
                # the item's title however long ("Library van replacement - outcome of the tender and award").
                labelled_next = position == 0 and len(paragraphs) > 1 and part("item_part_label").match(paragraphs[1]) \
                    and not body.rstrip().endswith((".", ";", ":", "?", "!")) and len(body.split()) <= 16
                titles_next = position + 1 < len(paragraphs) and (
                    _titles_sentence(paragraph, paragraphs[position + 1])
                    or (marker is not None and _stopped_title(body, paragraphs[position + 1]))) \
                    and not self._sentence_rule(body)[0] and self._label(body)[0] is None
                # "Minutes of the meeting of 4 May:" / "One correction ... The minutes were agreed.": a cell's
                # first line that titles its item with a colon after it.
                colon_title = position == 0 and len(paragraphs) > 1 and body.rstrip().endswith(":") \
                    and _is_title_line(body.rstrip(" :"))
                if (labelled_next or titles_next or colon_title or _is_title_line(body)) \
                        and _after_minute_cell(passage.cells, i):
                    # (d27) "... The Board agreed to this proposal." | "DH\nDH": a short line in a cell after the
                    # row's minute (its action column's initials, an owner) names who acts, not a sub-item.
                    continue
                if labelled_next or titles_next or colon_title or _is_title_line(body):
                    # "1. Sunday opening at Quayside Library": the sub-item the lines below decide;
                    # unless it is an entry of a list of short lines ("The document covered the
                    # following areas:" / "Succession planning" / "Performance management").
                    # (d27) "Any Other Business" / "Till replacement" / "The tills are old ...": a title line just
                    # under the cell's first line, that titled it, with running text below is the sub-item's title.
                    sub_title = position == 1 and first_line_titled and position + 1 < len(paragraphs) \
                        and not _is_title_line(split_marker(paragraphs[position + 1])[1])
                    if REFERENCE_CELL_RE.match(body):
                        self._set_item_title(None, True)   # (d41) "GB 13/2526": the row's minute number, no title
                    elif marker is not None or not self.in_cell_list or sub_title:
                        self._set_item_title(body.strip(" :"), True)
                        self.title_line_above = (passage, self.segment)
                        first_line_titled = position == 0
                    self.in_cell_list = True
                    continue
                self.in_cell_list = body.rstrip().endswith(":")
                if self.block is not None and not self.block.section and (
                        _starts_decision(body) or (marker is not None and self.block.depth_for(marker) is not None)):
                    # "The Panel unanimously supported the following recommendations to Cabinet:" and
                    # the cell's next paragraphs "That ...": the lead-in's items, one decision each; so are
                    # the numbered items completing a bare "RESOLVED – That" ("(1) the fees be ...").
                    if marker is None and body.rstrip().endswith(":") and not _decides_itself(body):
                        # "Decision:" / "That the Highways Committee:" / "(1) Approved ...": the list's
                        # own lead-in, naming who decided the items below it.
                        self.block.decided_by = self._lead_in_maker(body.rstrip(" :")) or self.block.decided_by
                        continue
                    self.listing = True
                    self.add(passage, marker, body, self.block.rule, 1, self.block.outcome, self.block.decided_by)
                    self.listing = False
                    continue
                self.close_block()
                self.passage_text(passage, marker, body)
        self._row_as_sentence(passage, first)
        if maker:
            for item in self.items[first:]:
                item.decided_by = item.decided_by or maker

    def _row_as_sentence(self, passage, first: int):
        """(s37) A table row that decided nothing cell by cell, read as the line its cells make left to right, by
        the sentence rules that read rows (`reads_rows`): a planning application listed as its reference | its
        site | the proposal | the council's comment is decided as the same application on one line is.  The
        line ends at the last cell that completes it: a column after the comment (the date it was sent) is no part.
        (t41) So is a row whose cells decided only parts of that line (the comment closing the proposal's cell,
        "Conversion of two barns. NO OBJECTION", read as deciding the sentence before it): the row's line,
        with the application's reference and site, replaces them.  ``first``: the row's first item."""
        found = [squash(item.text).rstrip(".") for item in self.items[first:]]
        cells = [squash(cell) for cell in passage.cells if cell and cell.strip()]
        for end in range(len(cells), 1, -1):
            text = " ".join(cells[:end])
            if not all(part_text in text for part_text in found):
                continue
            for rule in self.sentence_rules:
                if rule.reads_rows and rule.regex.match(text):
                    del self.items[first:]
                    self.add(passage, None, text, rule.id)
                    return

    def _column_label_apart(self, cell: str) -> str:
        """(d24) A one-line cell whose decision field's label runs straight into its sentence, the line between
        them lost as a reader's table header loses it ("Decision taken The Committee noted the report."): the
        label on a line of its own, as the cell's other rows write it; else the cell as it is."""
        if "\n" in cell.strip():
            return cell
        words = cell.split()
        for length in range(min(COLUMN_LABEL_WORDS, len(words) - 1), 0, -1):
            label, rest = " ".join(words[:length]), " ".join(words[length:])
            if self._column(label) is not None and _opens_sentence(rest):
                return f"{label}\n{rest}"
        return cell

    def _keeps_cell_line(self, position: int, marker, body: str) -> bool:
        """Whether a cell's line belongs to the decision a lead-in above it made, which keeps its list
        (`keeps_its_list` in rules/decisions.yml), and if so joins it to that decision.  "lines": every
        line after the lead-in ("... the roles are as follows:" / "Chair – Ann Reed" / "Treasurer – ...").
        "names", as any lead-in that decides by itself: the short unnumbered entries of a list of names
        or conditions ("The following were elected:" / "Ann Cole (Eastbrook)" / "Raj Patel (Millford)")."""
        block = self.block
        if block is None or block.append_to is None:
            return False
        item = block.append_to
        if position and self.rules.keeps_its_list.get(block.rule) == "lines":
            item.text = _join_condition(item.text, body)
            return True
        if marker is None and _is_short_entry(body):
            item.text = f"{item.text}{' ' if item.text.endswith(':') else ', '}{_tidy(body).rstrip('.;,')}"
            return True
        return False

    def _sentence_broken_above(self, passage, column: int) -> str:
        """(x22) The sentence a table's row left unfinished in ``column`` when ``passage`` goes on with it (a row
        split by a page break): this row has no number of its own, the row above's cell there ends in a long line
        without a sentence's end (no title line), and no decision of the row above took it; else ''."""
        passages, index = self.at
        if index == 0 or (passage.cells and (passage.cells[0] or "").strip()):
            return ""
        above = passages[index - 1]
        if above.kind != "table_row" or not above.cells or len(above.cells) != len(passage.cells) \
                or any(item.passage is above for item in self.items[-1:]):
            return ""
        paragraphs = _cell_paragraphs(above.cells[column] or "")
        last = split_marker(paragraphs[-1])[1] if paragraphs else ""
        if not last or last.rstrip().endswith((".", ";", ":", "!", "?")) or _is_title_line(last) \
                or len(last.split()) <= AGENDA_TITLE_WORDS:
            return ""
        sentences = split_sentences(last)
        return sentences[-1][1] if sentences else ""

    def _finishes_last_item(self, passage, first: str) -> bool:
        """Whether a table row's first line ends the last decision, which the row above left mid-sentence:
        the row has no number of its own, the line goes on in lower case, the decision is the row above's."""
        if not self.items or (passage.cells and (passage.cells[0] or "").strip()) or not first[:1].islower():
            return False
        last = self.items[-1]
        return last.passage.seq == passage.seq - 1 and last.passage.kind == "table_row" \
            and not last.text.rstrip().endswith((".", ";", ":", "!", "?"))

    # Results ----------------------------------------------------------------------------

    def _sole_outcome(self, item) -> bool:
        """Whether a carried motion is its item's decision: a motion was moved in the item, the item
        has a title to say what it was, and nothing else was decided there."""
        return bool(item.segment in self.moved_segments and item.item_title and not any(
            other is not item and other.segment == item.segment for other in self.items))

    def _recorded_outcomes(self) -> dict:
        """segment -> the index of the first item there that the minute records as its outcome
        (an `Outcome:` / `RESOLVED` / `Decision:` label or section, a decision column)."""
        first: dict = {}
        for i, item in enumerate(self.items):
            if item.segment and item.rule in RECORDED_OUTCOME_RULES and len(_WORD_RE.findall(item.text)) >= MIN_WORDS:
                first.setdefault(item.segment, i)
        return first

    def _repeated_by_record(self, item, index: int) -> bool:
        """Whether an outcome the minute records later in the item's segment repeats this sentence."""
        words = _word_set(item.text) - _word_set(_subject_of(item.text))
        return bool(words) and any(later.segment == item.segment and later.rule in RECORDED_OUTCOME_RULES
                                   and len(words & _word_set(later.text)) >= REPEAT_SHARE * len(words)
                                   for later in self.items[index + 1:])

    def _joined_with_sub_items(self, index: int, joined: set) -> _Item:
        """"Authorised the Director, subject to X, to (a) take all steps ... (b) procure ...": one decision,
        its sentence finished by each lettered part in turn."""
        item = self.items[index]
        parts = []
        for later_index in range(index + 1, len(self.items)):
            later = self.items[later_index]
            if not _sub_item_of(later, item):
                break
            joined.add(later_index)
            parts.append(later.text)
        return replace(item, text=f"{item.text} " + "; ".join(part.rstrip(" ;") for part in parts))

    def decisions(self) -> list[Decision]:
        found: list[Decision] = []
        segments: list[int] = []           # the segment of each decision found
        repeats: list[tuple] = []          # (index in found, its segment, the segment of the one it repeats)
        keys: list[tuple] = []
        recorded = self._recorded_outcomes()
        joined: set[int] = set()
        for i, item in enumerate(self.items):
            if i in joined:
                continue
            following = self.items[i + 1] if i + 1 < len(self.items) else None
            sub_items = following is not None and following.passage.seq >= item.passage.seq \
                and following.depth > item.depth
            if sub_items and (item.text.endswith(":") or not _has_outcome_verb(item.text)):
                continue  # the heading of the sub-items after it
            if following is not None and _sub_item_of(following, item) \
                    and part("delegation_runs_into_parts").search(item.text):
                item = self._joined_with_sub_items(i, joined)
            if item.rule in DISCUSSION_RULES and not item.listed and i < recorded.get(item.segment, -1) \
                    and (not _agrees(item.text) or self._repeated_by_record(item, i)):
                # "The Board noted that ..." or a committee chair's report in an item's discussion, before
                # the outcome the minute records under its own label: reporting, not the decision.  An
                # agreement reached there ("The Committee agreed to set up a task group") stays, unless
                # the recorded outcome says it again.
                continue
            if item.rule in DISCUSSION_RULES and not item.listed and item.segment \
                    and part("presented_only").match(item.text) \
                    and any(later.segment == item.segment for later in self.items[i + 1:]):
                continue  # "Members received the annual report ...": the item presented; its outcome follows
            own = item.text.rstrip(":").strip()
            sole = item.rule in self.sole_outcome_rules
            if sole and not self._sole_outcome(item):
                continue
            # "The motion was carried": the item's title says what the motion was, and the motion's own
            # wording, where the minute gives it, what was decided.
            wording = self.motion_wordings.get(item.segment) if sole else None
            if wording:
                own = f"{wording} {own}"
            text = f"{item.item_title.rstrip(' :.')}: {own}" if sole else _with_item_title(own, item.item_title)
            # (A transcript's decision may quote the ask it confirms: "The Board is asked to approve X.
            # Are we content?"; its confirmations were vetted when read.)
            if len(_WORD_RE.findall(text)) < MIN_WORDS or (not self.transcript and not sole and item.rule not in
                                                           CARRIED_BY_REFERENCE_RULES and self._not_decision(text)):
                continue
            words = _word_set(_told_apart_by_title(text, item.item_title))
            # Two items' outcomes worded alike ("Audit Committee report: noted the assurance report" and
            # "People Committee report: noted ...") differ by their titles: only a near copy is the same.
            # (d21) "The Board noted the report." under two items stands as written, its item's title
            # telling it apart; so does a title run in before it ("Safeguarding Policy: The Board were ...").
            # In a transcript each question put is its own decision however alike they are worded.
            titled = text != own or self.transcript or _titled_run_in(text) or words != _word_set(text)
            # Two numbered items of one list are two decisions however alike ("2. Confirmed Councillor A as
            # Chair for 2026/27", "3. Confirmed Councillor B as Vice-Chair for 2026/27").
            # (Two agenda items' lists may repeat: a summary of the decisions at the end of minutes.)
            sibling = (item.passage.seq, item.marker.text, item.segment if item.listed else None,
                       item.segment, item.marker.values) if item.marker else None
            repeated = next((earlier_item for earlier, earlier_titled, earlier_sibling, earlier_item in keys
                             if _same(words, earlier, strict=titled or earlier_titled)
                             and not _siblings(sibling, earlier_sibling)
                             and not _other_agenda_rows(item, earlier_item)), None)
            if repeated is None:
                keys.append((words, titled, sibling, item))
            else:
                repeats.append((len(found), item.segment, repeated.segment,
                                bool(part("summary_of_decisions").search(item.item_title or ""))))
            found.append(Decision(
                passage_seq=item.passage.seq, page=item.passage.page, text=text,
                outcome=outcome_of(text, item.outcome), number=item.marker.text if item.marker else None,
                decided_by=item.decided_by or self.default_by, quote=item.quote, rule=item.rule))
            segments.append(item.segment)
        return _without_repeats(found, segments, repeats)


def _without_repeats(found: list, segments: list, repeats: list) -> list:
    """Drop the decisions written again: a summary repeating the decisions of the items above, or one
    item saying its decision twice.  A decision's identity is its item, not its wording: two agenda items
    that each decide alike ("The Committee noted the update report." under two reports; "Authorised the
    Director ... to take all steps to procure ..." under the second scheme as under the first) are two
    decisions.  A repeat is dropped when it restates a decision of its own item, or sits in a summary:
    under a heading that names one (part summary_of_decisions), in a run of repeats (a summary starting
    under the last item's heading repeats several in a row), or in a section that only restates, more
    than one decision and nothing new (a closing list of decisions under a heading of its own)."""
    repeated = {index for index, *_rest in repeats}
    deciding = {segment for index, segment in enumerate(segments) if index not in repeated and segment}
    restated = Counter(segment for _index, segment, _earlier, _in_summary in repeats)
    dropped = {index for index, segment, earlier, in_summary in repeats
               if not segment or segment == earlier or in_summary
               or (segment not in deciding and restated[segment] > 1)
               or _run_length(index, repeated) >= SUMMARY_RUN}
    return [decision for index, decision in enumerate(found) if index not in dropped]


# Sentence rules whose lead-in is a whole decision when its list gives changes or conditions ("The minutes
# were agreed subject to the following amendments:", "The lease was approved on these terms:").
LEAD_DECIDES_ITSELF_RULES = {"minutes_confirmed", "passive_item", "passive_by_body"}

# A summary of decisions repeats several in a row (four or more); one item's alike delegations are one
# or two, and may end just before a short summary.
SUMMARY_RUN = 4


def _run_length(index: int, repeated: set) -> int:
    """How many repeats in a row (in the paper's order) the repeat at ``index`` is one of."""
    start = index
    while start - 1 in repeated:
        start -= 1
    end = index
    while end + 1 in repeated:
        end += 1
    return end - start + 1


# No title remembered (None is a title: an item with no title yet).
_NO_TITLE = object()

# What a label decides, written before it: "Application 25/0318/FUL, land off Mill Road: RESOLVED ...".
_SUBJECT_COLON_RE = re.compile(r"^[^.;:]{3,160}:\s+(?=\S)")
_FIELD_LABEL_RE = re.compile(r"^[A-Z][\w /&'’()-]{1,50}:(?:\s|$)")


# "Item 2025-26 (30)", "4.2", "Minute 57": a new item, whose title comes next.
_ITEM_NUMBER_RE = re.compile(r"^(?:(?:agenda\s+)?item|minute)?\s*[\d(][\d\s()./\-–]{0,20}(?:[a-z]{1,5}\)?)?$",
                             re.IGNORECASE)
# A run of letters or digits: a word as a decision's length counts them (MIN_WORDS), kept as code.
_WORD_RE = re.compile(r"[^\W_]+")
# "6. Urgent treatment centre", "Item 4.2 Budget": the item's number is no part of its title.
_TITLE_NUMBER_RE = re.compile(r"^(?:(?:agenda\s+)?item\s+|minute\s+)?\d+(?:\.\d+)*[.):]?\s+(?=\S)", re.IGNORECASE)


def _item_title(heading: str, current: Optional[str]) -> Optional[str]:
    """The agenda item's title after ``heading`` (a heading that is no resolution label such
    as ``Outcome: the Board``): a numbered item heading starts an item with no title yet; a
    short heading that is no sentence titles it; anything else leaves the title as it was."""
    heading = heading.strip(" *")
    if _ITEM_NUMBER_RE.match(heading):
        return None
    if heading.endswith((".", ":")) or not 1 <= len(heading.split()) <= 12:
        return current
    return _TITLE_NUMBER_RE.sub("", heading)


def _with_item_title(text: str, title: Optional[str]) -> str:
    """``text`` led by its item's title when the decision names what it decided only as what
    the item brought (``Chief Executive's report: received and noted the report.``) or as "this
    proposal", "these changes", "the minutes" (``Volunteer expenses: the Board were in agreement
    with this proposal.``), or by a definite subject the title says more of (``Meeting dates for the year from
    September: The dates were agreed.``)."""
    if not title or title.lower() in text.lower() or _titled_run_in(text) \
            or not (_names_only_its_item(text) or _restates_item_title(text, title)):
        return text
    return f"{title.rstrip(' :.')}: {text}"


def _restates_item_title(text: str, title: str) -> bool:
    """(d41) Whether a decision names its matter by a definite subject (part restates_its_item: "The dates were
    agreed.", "The Complaints Policy was adopted") holding a word of its item's title ("Dates of the meetings for
    next year", "Policies to approve: complaints and lettings"): the title says which dates, which policy."""
    restated = part("restates_its_item").match(text)
    if not restated:
        return False
    # (words compared by _stem, so a title's "Date" and a decision's "dates" agree)
    brought = {_stem(word) for word in word_list("item_brought_words")}
    title_words = {_stem(word) for word in _WORD_RE.findall(title.lower())} - brought
    return any(len(word) > 3 and _stem(word) in title_words
               for word in _WORD_RE.findall(restated.group("matter").lower()))


def _names_only_its_item(text: str, with_subject: bool = False) -> bool:
    """Whether an outcome names what it decided only as what its item brought ("received and noted the
    report", "the minutes were agreed") or by a pointer ("unanimously agreed to accept this proposal");
    ``with_subject``: also one that opens with who decided ("The Board noted the report.", "The Board were in
    agreement and the policy was adopted.")."""
    subject = _subject_of(text) if with_subject else ""
    rest = text.split(subject, 1)[1].strip() if subject else text
    return bool(part("refers_to_item").match(rest) or part("names_only_its_item").search(rest)
                or part("outcome_only").match(rest) or part("names_matter_by_pointer").search(rest))


def _told_apart_by_title(text: str, title: Optional[str]) -> str:
    """What tells an outcome apart from the same outcome of another item: an outcome with its own subject
    that names its matter only as what the item brought ("The Board noted the report." under two items)
    stands as written, but is its item's outcome, so its item's title is part of what it is."""
    if title and title.lower() not in text.lower() and _names_only_its_item(text, with_subject=True):
        return f"{title} {text}"
    return text


def _titled_run_in(text: str) -> bool:
    """Whether an outcome that names its matter only as what its item brought has the item's title run in
    before it ("Safeguarding Policy: The Board were in agreement and the policy was adopted.")."""
    title = _SUBJECT_COLON_RE.match(text) or part("title_run_in").match(text)
    return title is not None and _names_only_its_item(text[title.end():], with_subject=True)


# Rules of a minute that records each item's outcome apart from its discussion ("Outcome: the Board",
# a "Decision:" section or column, "The Board:" and its list), and the sentence rules that, before
# such an outcome in the same item, are the item's discussion.  ("Members noted the update. It was
# RESOLVED to ..." records two decisions: a resolution label in the text is no separate outcome.)
RECORDED_OUTCOME_RULES = frozenset({"decision_label", "decision_section", "decision_column", "body_lead_in"})
# Recommendations carried by reference, read with what they carried (their amendment, the list above):
# the sentence "The recommendation was approved subject to ..." is no lost or bare carried motion.
CARRIED_BY_REFERENCE_RULES = frozenset({"amendment_follows", "recommendations_carried"})
DISCUSSION_RULES = frozenset({"body_decided", "body_decided_lower", "passive_item", "passive_agreed", "past_tense_item",
                              "passive_by_body", "body_voted", "body_gave_approval"})


# Share of a discussion sentence's words (less its subject) a recorded outcome must say again.
REPEAT_SHARE = 0.8


def _subject_of(text: str) -> str:
    """The deciding subject a sentence opens with ("The Board", "Members"), or ''."""
    for rule in rules().sentences:
        if rule.id in SUBJECT_RULES:
            match = rule.regex.match(text)
            if match and match.groupdict().get("subject"):
                return match.group("subject")
    return ""


def _agrees(text: str) -> bool:
    """A sentence deciding something (approved, agreed, resolved ...), not noting or receiving:
    "The Board noted that the committee had approved ..." notes."""
    return outcome_of(text) != "noted" and bool(part("decision_taken").search(text))


# Sentence rules whose subject is the body that decided.
SUBJECT_RULES = frozenset({"body_decided", "body_decided_lower", "body_voted", "body_gave_approval"})
# (d27) Sentence rules for a member's proposal and the meeting's assent: after a decision in their paragraph, its vote.
VOTE_OF_DECISION_ABOVE_RULES = frozenset({"proposed_then_assented"})


# Kinds of body that are never each other: a board's minutes reporting what one of its committees
# did (a committee chair's report), a committee's minutes reporting the board's decision, a
# cabinet's minutes telling what Council or a committee did.  ("The Cabinet Member for X decided"
# is a member, not the cabinet.)  The body words are rules/decisions.yml part body_kind.
def _body_kind(name: str) -> Optional[str]:
    """The kind of body a name names: in "Cabinet of Brackenford Council" or "Audit Committee of the
    Board" the body is what comes before "of" (the rest says whose it is), and in "Brackenford
    Council's Cabinet" what comes after the possessive; then the last body word names it, the head of
    the name: "Oxwell County Council Audit and Governance Committee" is a committee (the authority's
    name leads it)."""
    name = re.split(r"\s+of\s+", name, maxsplit=1, flags=re.IGNORECASE)[0]
    name = re.split(r"[’']s\s+", name)[-1]
    # (d29) "Health and Wellbeing Board  Ellerby Borough Council": the authority after the body says whose it is.
    owned = part("owner_after_body").sub("", name)
    if owned != name and part("body_kind").search(owned):
        name = owned
    kinds = [found.lastgroup for found in part("body_kind").finditer(name)]
    return kinds[-1] if kinds else None


def _another_body(subject: Optional[str], meeting_body: Optional[str]) -> bool:
    """Whether a sentence's deciding subject (the rule's ``subject`` group: "The Committee" of "The
    Committee approved ...") is another kind of body than the meeting's (a committee's decision
    reported in a Board's minutes).  Only the subject counts: "The Committee agreed to recommend
    to Cabinet ..." is the committee's own decision about the cabinet."""
    if not meeting_body or not subject:
        return False
    meeting_kind, subject_kind = _body_kind(meeting_body), _body_kind(subject)
    return bool(meeting_kind and subject_kind and meeting_kind != subject_kind)


# A question put whose matter is only "they" / "the report" is short; a longer one names its matter.
PUT_NAMES_ITEM_WORDS = 14

# How many sentences back from a bare outcome its ask may be ("X asked the Trustees to adopt Y." and the
# background told before "The Trustees were content with this."): a minute's item tells it in a few.
ASK_LOOKBACK = 4
# The not_decisions rules an ask to this meeting outweighs: what another meeting agreed, put to this one.
ASKED_HERE_YIELDS = frozenset({"decided_elsewhere"})
SHORT_TITLE_WORDS = 6


def _next_agenda_item(passage, marker: Marker, body: str) -> bool:
    """Whether a numbered line is the title of the paper's next agenda item, not an item of the list
    above it: under item "14 Bus shelters" a line "15 Review of parking charges" (the next number, a
    title with no sentence of its own) after "It was APPROVED that;" and its resolution."""
    current = _AGENDA_NUMBER_RE.match(squash(passage.heading))
    numbers = [value for kind, value in marker.values if kind == "num"]
    if not current or len(marker.values) != 1 or not numbers or "." in marker.text.strip("()."):
        return False
    words = body.split()
    return numbers[0] == int(current.group(1)) + 1 and 1 <= len(words) <= AGENDA_TITLE_WORDS \
        and words[0][:1].isupper() and not body.rstrip().endswith((".", ";", ":", "?", "!")) \
        and not _starts_decision(body)


# An agenda item's title is at most this long ("15 Procurement of a new contract for the supply and
# upkeep of bus stop displays"); a longer line without a full stop is a wrapped sentence.
AGENDA_TITLE_WORDS = 20


# A heading's agenda item number: "14 Old Town - funding", "7. Minutes", "Item 9: Budget".
_AGENDA_NUMBER_RE = re.compile(r"^(?:(?:agenda\s+)?item\s+|minute\s+)?(\d{1,3})(?:[.):]|\s)\s*(?=\S)", re.IGNORECASE)


def _is_title_line(text: str) -> bool:
    """Whether a line of a minutes table's cell titles a sub-item ("Volunteer expenses", "3. Driving
    at Work Policy"): short, no sentence's end, its first word capitalised and not an article or a
    pronoun, not a wrapped line ending mid-phrase, and either at most six words naming no outcome or
    at least half its longer words capitalised."""
    words = text.split()
    if not 1 <= len(words) <= 10 or text.rstrip().endswith((".", ";", ",", "?", "!", ":")):
        return False
    if not words[0][:1].isupper() or words[0].lower() in word_list("title_function_words") \
            or words[-1].lower() in word_list("title_trailing_words") or _starts_decision(text) \
            or _dash_outcome_entry(text):
        return False
    if len(words) <= SHORT_TITLE_WORDS and not _has_outcome_verb(text):
        return True   # "Staff handbook update", "Trustee recruitment": a sentence-case title
    longer = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return not longer or sum(w[:1].isupper() for w in longer) * 2 >= len(longer)


# Sentences this long on average in a transcript's turn are running text with no sentences
# (automatic captions).  The average, not the longest: a chair's long turn of speech may hold one
# long run-on sentence among many short ones ("So that's agreed then." after it).
CAPTION_SENTENCE_WORDS = 45


def _runs_without_sentences(sentences) -> bool:
    """Whether a turn's ``sentences`` are caption text without sentence ends."""
    words = sum(len(s.split()) for _o, s in sentences)
    return bool(sentences) and words > CAPTION_SENTENCE_WORDS * len(sentences)
# A transcript whose passages are mostly caption lines: short, and few ending a sentence.
CAPTION_LINE_WORDS = 15
CAPTION_LINES_SHARE = 0.6


def _caption_lines(passages) -> bool:
    """Whether a transcript's passages are caption lines ("can I take those as an accurate" /
    "record thank you so those are approved"), not turns: most are short and end no sentence."""
    texts = [_untimed(p.text) for p in passages if p.kind != "heading"]
    texts = [t for t in texts if t]
    if len(texts) < 10:
        return False
    lines = [t for t in texts if len(t.split()) <= CAPTION_LINE_WORDS and not t.endswith((".", "?", "!"))]
    return len(lines) >= CAPTION_LINES_SHARE * len(texts)
# How far back from a confirmation the question put is looked for, and an item's announcement
# before a put that names its matter only as "those" or "the report".
CAPTION_PUT_REACH = 300
CAPTION_ANNOUNCEMENT_REACH = 250


def _next_turn_opening(passages, index: int) -> list[str]:
    """The first sentence of the turn after passage ``index`` (past the line naming who answers)."""
    after_index = index + 1
    while after_index < len(passages) and passages[after_index].kind == "heading" \
            and part("speaker_line").match(squash(passages[after_index].text)):
        after_index += 1   # the line naming who answers
    following = passages[after_index] if after_index < len(passages) else None
    next_text = _untimed(following.text) if following else ""
    return [s for _o, s in split_sentences(next_text)][:1]


def caption_decisions(text: str) -> list[str]:
    """The decisions in a transcript's running text without sentences: each chair's confirmation
    (part caption_confirmation) with the question or proposal put last before it (caption_put),
    led by the item's announcement just before that (caption_announcement) when the put names its
    matter only by a pronoun or "the report"."""
    text = squash(part("caption_timestamp").sub(" ", text))
    found, start_at = [], 0
    for confirmation in part("caption_confirmation").finditer(text):
        window_start = max(start_at, confirmation.start() - CAPTION_PUT_REACH)
        puts = list(part("caption_put").finditer(text, window_start, confirmation.start())) \
            or list(part("caption_vote_call").finditer(text, window_start, confirmation.start()))
        if not puts:
            continue
        begin = puts[-1].start()
        put_text = text[begin:confirmation.start()]
        if part("put_names_only_its_item").search(put_text) and len(put_text.split()) <= PUT_NAMES_ITEM_WORDS:
            announced = list(part("caption_announcement").finditer(
                text, max(start_at, begin - CAPTION_ANNOUNCEMENT_REACH), begin))
            if announced:
                begin = announced[-1].start()
        end = confirmation.end()
        sequel = part("caption_sequel").match(text, end)
        if sequel:
            # "... so that's agreed we'll go with glowmark for the festive lighting": what the meeting will do
            # names what was agreed, up to the next item.
            following = part("caption_announcement").search(text, end, sequel.end())
            end = following.start() if following else sequel.end()
        found.append(text[begin:end].strip())
        start_at = end
    return found


def _untimed(text: str) -> str:
    """A transcript's text without the time stamps between its lines ("[00:07:41]", "0:05")."""
    return squash(part("caption_timestamp").sub(" ", text))


def _spoken(text: str) -> str:
    """What a transcript's turn says, without its time stamps and its speaker ("CHAIR: ")."""
    text = SPEAKER_RE.sub("", _untimed(text))
    return part("speaker_dash").sub("", text, count=1)


# The most words of the sentences before a decision naming its matter only by reference that it keeps as
# what that matter is (_Finder._with_context).
CONTEXT_WORDS = 40
# (x22) The most words before "and" that a body's decision closing the sentence is read with ("She had quoted
# £100 a riser and the Trustees agreed ..."); a longer account before it is no part of the decision.
CLOSING_CONTEXT_WORDS = 16


def _states_terms(sentence: str) -> bool:
    """A sentence after a decision that states its terms as reported speech does: "The reply would set out
    the points made", "The fund shall be held by the Treasurer" (word list states_terms)."""
    return not word_list("states_terms").isdisjoint(runs(sentence.lower(), r"\w"))


def _with_votes_after(text: str, sentences, position: int, rule_id: str = "") -> tuple[str, int]:
    """(d26) A decision read from the sentence at ``position``, with the sentences after it in its paragraph that
    record who proposed and seconded it or the vote on it (part vote_after: "This was proposed by AB and seconded by
    CD.", "The Board approved unanimously."), and the position of the first sentence after them.  (d28) A person's
    taking a role (rule ``rule_id`` of word list role_taking_rules) also goes on through the sentences naming who
    else will hold which role (part more_roles_after: "Subject to confirmation, RT will stand as Chair.")."""
    follows = [part("vote_after")]
    if rule_id in word_list("role_taking_rules"):
        follows.append(part("more_roles_after"))
    end = position + 1
    while end < len(sentences) and any(p.match(squash(sentences[end][1])) for p in follows):
        end += 1
    votes = [squash(s) for _o, s in sentences[position + 1:end]]
    return (f"{text} {' '.join(votes)}" if votes else text), end


def _anaphoric_opening(text: str) -> bool:
    """A proposal that names its matter only by a pronoun ("that they be adopted", "that it go ahead"; word
    list anaphoric_openings)."""
    return without_first_word(text, word_list("anaphoric_openings")) != text


# (d24) The most words of a decision field's label run into its cell's sentence ("Decision taken The ...").
COLUMN_LABEL_WORDS = 3


# A decision this short names its matter only ("The appointment was agreed.", "The request was approved.").
SHORT_DECISION_WORDS = 5


def _names_its_matter_only(sentence: str, ask: Optional[str] = None) -> bool:
    """Whether ``sentence`` is a short passive decision whose subject is only its matter's name ("The
    tender was accepted."), and, given the ``ask`` before it, whether that ask names the matter too
    ("... were asked to consider the tender from Fenby Roofing for the pavilion.")."""
    words = sentence.split()
    if len(words) > SHORT_DECISION_WORDS:
        return False
    lowered = [w.lower() for w in words]
    verb = next((i for i, w in enumerate(lowered) if w in word_list("matter_only_verbs")), None)
    if verb is None:
        return False
    matter = [w for w in lowered[:verb] if w not in word_list("matter_only_pointers")]
    if not matter:
        return False
    if ask is None:
        return True
    return _word_set(" ".join(matter)) <= _word_set(ask)


def _unmarked_clauses(after_label: str) -> list[str]:
    """A resolution's items written one a line with no numbers or bullets after its colon ("RESOLVED that:"
    / "the policy be adopted;" / "the Head of Service be authorised to ...;" / "a review be reported ..."),
    read as one passage: each clause between semicolons is a decision when every one is a resolution of its
    own (a "be" clause or a verb of deciding).  Without the colon the semicolons join one decision's parts."""
    lead = after_label.lstrip(" -–—").split(":", 1)
    if len(lead) < 2 or lead[0].strip().lower() not in ("", "that", "to"):
        return []
    clauses = [_tidy(part_text) for part_text in lead[1].split(";")]
    clauses = [clause[4:].strip() if clause.lower().startswith("and ") else clause for clause in clauses if clause]
    if len(clauses) < 2 or any(len(clause.split()) < UNMARKED_CLAUSE_WORDS or not (
            _resolves_with_be(clause) or _starts_decision(clause)) for clause in clauses):
        return []
    return clauses


def _resolves_with_be(clause: str) -> bool:
    """Whether a clause has a bare "be" ("the fee (not) be raised"), not one after a modal ("it would be
    paid", "this will not be reviewed"), which reports rather than resolves."""
    words = [w for w in clause.lower().split() if w != "not"]
    return any(w == "be" and (i == 0 or words[i - 1] not in word_list("told_be_before")) for i, w in enumerate(words))


# The fewest words an unmarked clause of a resolution has ("the report be noted").
UNMARKED_CLAUSE_WORDS = 4


def _proposed_in(sentences, rule) -> bool:
    """Whether ``sentences`` hold what an outcome line of ``rule`` decides: any sentence for most
    outcome lines; a motion or proposal ("It was moved by ... that ...") for one that decides by
    reference ("The Council unanimously approved the appointments.")."""
    return not rule.needs_proposer or any(part("proposer").match(s) for s in sentences)


def _with_announcement(text: str, sentences) -> str:
    """``text`` led by the last item announcement among ``sentences`` ("Item 7, the quarterly
    report."), if there is one, and by what the chair said of the item between the two when that
    is short ("The officers would like us to hold this back until January."): it says what "it" is."""
    announced = [i for i, s in enumerate(sentences) if part("item_announcement").match(s)]
    if not announced:
        return text
    said = [SPEAKER_RE.sub("", sentences[announced[-1]]).strip()]
    between = [squash(s) for s in sentences[announced[-1] + 1:]]
    def answered(position: int) -> bool:
        return position + 1 < len(between) and bool(part("assent_line").match(between[position + 1]))

    kept, asked, polled = [], False, False
    for position, sentence in enumerate(between):
        # "Has anyone got anything to raise on it? No.": how the meeting assented stays.  An answer
        # follows a question; "Nobody has sent in corrections." after none is what the chair said.
        if part("objection_poll").match(sentence):
            if answered(position):
                kept.append(sentence)
        elif sentence.endswith("?") or (asked and part("assent_line").match(sentence)):
            if polled and not sentence.endswith("?"):
                kept.append(sentence)
        else:
            kept.append(sentence)
        asked, polled = sentence.endswith("?"), bool(part("objection_poll").match(sentence))
    between = kept
    if between and sum(len(s.split()) for s in between) <= ANNOUNCEMENT_CONTEXT_WORDS:
        said += between
    return " ".join(said + [text])


# The most words of the chair's explanation between an item's announcement and the question put
# on it that a decision keeps; a longer stretch is a presentation, not the item's matter.
ANNOUNCEMENT_CONTEXT_WORDS = 30


def _from_first_person_proposal(text: str) -> str:
    """A proposal from its proposer on: "Given the guidance is late, I suggest we defer ..." ->
    "I suggest we defer ..."."""
    match = part("put_to_meeting").match(text)
    start = match.start("first_person") if match and match.group("first_person") else -1
    if start > 0 and len(text[:start].split()) >= 3 and part("proposal_clause_end").search(text[:start]):
        return text[start].upper() + text[start + 1:]
    return text


def _continues_item(passages, index: int, last_item: Optional[int]) -> bool:
    """Whether the passage at ``index`` is the rest of the list item just before it, cut by a page
    break: that item stops mid-sentence (no closing mark) and this passage, no item of its own,
    starts in lower case or with a figure ("... extended to 31 July" / "2027 at a cost of £V;")."""
    if last_item is None or last_item != index - 1:
        return False
    passage, previous = passages[index], passages[index - 1]
    if passage.kind not in ("paragraph", "list_item") or split_marker(passage.text)[0] is not None:
        return False
    if getattr(passage, "page", None) == getattr(previous, "page", None):
        return False   # a break the page did not make is the writer's
    return runs_on(previous.text, passage.text)


def _cell_paragraphs(cell: str) -> list[str]:
    """A table cell's paragraphs: its lines, a line joined to the one before when that one
    stops mid-sentence (a PDF cell wraps its lines) unless it opens a label or an item."""
    paragraphs: list[str] = []
    whole_line = False   # whether the last paragraph is one line of its own (not a wrapped sentence's)
    for line in (squash(part("document_link").sub("", l)) for l in (cell or "").splitlines()):
        if not line:
            continue
        opens = bool(split_marker(line)[0] or _BULLET_RE.match(line) or _FIELD_LABEL_RE.match(line)
                     or (line.split()[0].isupper() and len(line.split()[0]) > 2)
                     # "Volunteer expenses" / "The Treasurer asked ...": a title line, then its text
                     or (paragraphs and line[:1].isupper() and _is_title_line(split_marker(paragraphs[-1])[1]))
                     or (paragraphs and whole_line and _titles_sentence(paragraphs[-1], line)))
        if paragraphs and not opens and not paragraphs[-1].endswith((".", ":", ";", "!", "?")):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
            whole_line = False
        else:
            paragraphs.append(line)
            whole_line = True
    return [line for paragraph in paragraphs for line in _numbered_title_apart(paragraph)]


def _numbered_title_apart(paragraph: str) -> list[str]:
    """(d24) A numbered line of a minutes cell whose item's title runs straight into its first sentence, the line
    between them lost ("1. Finance Rules (2026 update) The Finance Rules were reviewed ..."): the numbered title
    (_is_title_line) and the sentence (_opens_sentence) as two lines, the title shortest; else the paragraph (also a
    title run in with a dash, "3. Fees – The Board ...", which part title_run_in reads as it is)."""
    marker, body, _bullet = split_marker(paragraph)
    if marker is None or not paragraph.endswith(body):
        return [paragraph]
    number = paragraph[:len(paragraph) - len(body)].rstrip()
    words = body.split()
    for length in range(1, min(RUN_IN_TITLE_WORDS, len(words) - 1) + 1):
        title, rest = " ".join(words[:length]), " ".join(words[length:])
        if _opens_sentence(rest) and _is_title_line(title) and not title.endswith(("-", "–", "—")):
            return [f"{number} {title}", rest]   # ("3. Fees – The Board ...": the dash is the title's own end)
    return [paragraph]


# (d24) The most words of an item's title run into its first sentence on a numbered line of a minutes cell.
RUN_IN_TITLE_WORDS = 10


def _opens_sentence(line: str) -> bool:
    """A line that opens a sentence of its own: "The Board ...", "This policy ...", "It was agreed ..." (word
    list sentence_openers, capitalised as a sentence opens)."""
    rest = without_first_word(line, word_list("sentence_openers"))
    first = line[:len(line) - len(rest)].strip()
    return rest != line and bool(rest) and first == first.capitalize()


# The most words of a line that is an entry of a list (a name, a condition's heading), not a sentence.
SHORT_ENTRY_WORDS = 8


def _is_short_entry(line: str) -> bool:
    """Whether a cell's line is a short list entry ("Ann Cole (Eastbrook)"), not a sentence going on."""
    return len(line.split()) <= SHORT_ENTRY_WORDS and not line.rstrip().endswith((".", "!", "?", ":")) \
        and not _opens_sentence(line)


def _stopped_title(title: str, line: str) -> bool:
    """(x22) Whether a numbered line of a minutes cell that ends with a stop is still its sub-item's title, the
    sentence below deciding it ("4. Proposed letter of engagement from the auditors for approval." / "The Board
    agreed the proposal."): no sentence's opening, no decision's verb first, no verb making it a sentence (word list
    sentence_verbs).  (d41) Also a numbered line's first sentence, ``line`` the sentence after it."""
    title = title.rstrip()
    if not title.endswith(".") or title.endswith("..") or _opens_sentence(title) or _starts_decision(title):
        return False
    if {w.lower().strip(",;()") for w in title.split()} & word_list("sentence_verbs"):
        return False
    return _titles_sentence(title.rstrip("."), line)


def _titles_sentence(previous: str, line: str) -> bool:
    """Whether a cell's line is an item's title and ``line`` the sentence under it, though the title is
    long or opens with a verb ("3. Arrangements for handling requests under the Freedom of Information
    Act" / "This policy was adopted by the Trustees.", "Set the dates for 2026/27" / "The Board agreed
    the dates."): the title ends no sentence nor mid-phrase, and the line opens a sentence with a capital
    (a wrapped sentence goes on in lower case)."""
    _marker, title, _bullet = split_marker(previous)
    words = title.split()
    return _opens_sentence(line) and 1 <= len(words) <= AGENDA_TITLE_WORDS \
        and words[0][:1].isupper() and words[-1].lower() not in word_list("title_trailing_words") \
        and not title.endswith((".", ":", ";", ",", "!", "?"))


# A sentence's end and what opens next: a sentence or a numbered item ("... details. 6. Oakley - ...").
_SENTENCE_THEN_ITEM_RE = re.compile(r"(?<=[.;!])\s+(?=[A-Z0-9(])")

# A sentence's end and the next sentence's start: where an action may follow a decision in one cell or line.
_SENTENCE_END_RE = re.compile(r"(?<=[.;!])\s+(?=[A-Z])")


def _without_truncated_tail(text: str) -> str:
    """A text a meeting page cut short ("... view the full decision text for item 14.") as far as the
    page gives it, without the link: "Endorsed the revised panel remit and noted" still says what
    was endorsed; a stub too short to say anything ("Noted the") is left to the word count."""
    tail = part("truncated_tail").search(text)
    return text if tail is None else text[:tail.start()].rstrip(" .…")


def _without_actions(text: str) -> str:
    """A decision without the action recorded after it in the same cell or line ("RESOLVED - that the
    tariffs be adopted. ACTION: Head of Parking to advertise the notice."): an action is no decision."""
    for boundary in _SENTENCE_END_RE.finditer(text):
        if part("action_field").match(text[boundary.end():]):
            return text[:boundary.start()].rstrip()
    return text


# (d22) A decision cell this short that opens with its outcome and points at no matter ("Awarded £600",
# "Awarded in full", "Refused") names only the outcome of its row's item.
OUTCOME_CELL_WORDS = 4


def _outcome_only_cell(cell: str) -> bool:
    """Whether a decision column's cell gives only its row's outcome ("Approved", "Awarded £600")."""
    if part("outcome_only").match(cell):
        return True
    words = cell.lower().split()
    return len(words) <= OUTCOME_CELL_WORDS and _starts_with_outcome(cell) \
        and not set(words) & word_list("matter_only_pointers")


def _after_minute_cell(cells, column: int) -> bool:
    """(d27) Whether a cell before ``column`` of a table row holds the row's minute: running text longer than a
    title with a sentence's stop in it, not only a number ("4.") or a title."""
    return any(len(squash(cell or "").split()) > SHORT_TITLE_WORDS and any(stop in cell for stop in ".!?")
               for cell in cells[:column])


def _row_subject(cells) -> Optional[str]:
    """The item a table row is about: its first cell with words, without a minute reference."""
    for cell in cells:
        text = MINUTE_REFERENCE_RE.sub("", split_marker(squash(cell))[1]).strip()
        if has_letter_run(text, 3) and not REFERENCE_CELL_RE.match(text):
            return text.rstrip(" :.")
    return None


# When a decision was taken, as the words right before a date say (rules/decisions.yml part taken_on).
# How far before a date its "in" / "at its meeting on" is looked for: the longest form and its spaces.
_TAKEN_ON_REACH = 40


def _motion_wording(sentence: str) -> Optional[str]:
    """What a motion moved says: after its proposer ("Cllr Shah moved that the Council asks ..."), before
    its proposer ("A motion to give the Clerk authority ... was proposed by ..."), or after the colon that
    introduces it ("The following motion was moved by ...: "This Council
    supports ..."").  An amendment's wording is not the motion's (the motion, as amended, was carried)."""
    if part("amendment").search(sentence):
        return None
    proposer = part("proposer").match(sentence)
    named = part("motion_named").match(sentence)
    if named:
        wording = named.group("wording")   # "A motion to give the Clerk authority ... was proposed by ..."
    elif proposer:
        wording = sentence[proposer.end():]
    else:
        _lead, colon, wording = sentence.partition(": ")
        # (after the colon, only the motion's own text: quoted, or "That ...", "This Council ...")
        opening = wording.strip()
        if not colon or not (opening.startswith(('"', "'", "“", "‘")) or opens_with_word(opening, ("that", "this"))):
            return None
    wording = squash(wording.strip(" \"'“”‘’"))
    if len(_WORD_RE.findall(wording)) < MIN_WORDS:
        return None
    return wording if wording.endswith((".", "!", "?")) else f"{wording}."


def _opens_year_month(iso: str) -> bool:
    """`2025-03-12` and `2025-03` open with a year and month; `25-03-12` and `2025/03` do not."""
    return iso[:4].isdecimal() and len(iso[:4]) == 4 and iso[4:5] == "-" and iso[5:7].isdecimal() and len(iso[5:7]) == 2


def _under_bare_decision_label(passages, index, block) -> bool:
    """(p19d) The first paragraph right under a decision label alone on its line ("Decision:", "Decision
    made:", "Details of the decision:" as a paragraph, not a heading: a notice written in plain text or Word)
    is the decision, whatever its first word ("Approval of a grant of ...", "The Council will ...")."""
    if block.rule != "decision_label" or block.levels or block.last_list_item is not None or index == 0:
        return False
    label = squash(passages[index - 1].text)
    return passages[index].kind == "paragraph" and passages[index - 1].kind == "paragraph" \
        and label.endswith(":") and any(rule.regex.match(label) for rule in rules().sections)


def _dated_before(sentence: str, meeting_date: Optional[str], month_first: bool = False) -> bool:
    """Whether the sentence dates its decision to a month or year before the meeting's
    (numeric dates read as the paper writes them: ``month_first``)."""
    if not meeting_date or not _opens_year_month(meeting_date):
        return False
    for mention in find_dates(sentence, month_first):
        if not part("taken_on").search(sentence, max(0, mention.start - _TAKEN_ON_REACH), mention.start):
            continue
        # A year alone is earlier only when the meeting's year is later; a month compares as YYYY-MM.
        if len(mention.iso) == 4 and mention.iso < meeting_date[:4] \
                or len(mention.iso) >= 7 and mention.iso[:7] < meeting_date[:7]:
            return True
    return False


def _decides_itself(lead_in: str) -> bool:
    """Whether a lead-in is a whole resolution whose list gives its reasons or conditions ("That
    permission be REFUSED for the following reasons:", "has determined to grant the licence subject
    to the following conditions:", "That the lease be approved on these terms:") rather than the
    opening of a list of resolutions ("That the following be approved:", "I agree to:")."""
    reasons = part("reasons_list").search(lead_in)
    if reasons and _label_outcome(lead_in[:reasons.start()]):
        return True
    for match in part("be_verb").finditer(lead_in):
        if any(rule.regex.fullmatch(match.group(1)) for rule in rules().outcomes):
            return not part("points_onward").search(lead_in[:match.start()])
    return False


def _join_condition(decision: str, condition: str) -> str:
    """A decision with one more of its reasons or conditions: "X for the following reasons: a; b"."""
    condition = _tidy(condition).rstrip(".;")
    condition = condition[:1].lower() + condition[1:] if condition[1:2].islower() else condition
    if decision.endswith(":"):
        return f"{decision} {condition}"
    return f"{decision}; {condition}"


def _maker_in(match: re.Match) -> Optional[str]:
    """The decision-maker a first-person decision names ("As Cabinet Member for X, I ...")."""
    groups = match.groupdict()
    maker = groups.get("role") or groups.get("named")
    return maker.strip() if maker else None


def _lead_colon(text: str) -> str:
    """A lead-in's ":-" or ":–" read as its colon."""
    return colon_dash_as_colon(text.strip(), "-–")


def _starts_with_outcome(text: str) -> bool:
    text = part("leading_connective").sub("", text.strip())
    return any(rule.regex.match(text) for rule in rules().outcomes)


@lru_cache(maxsize=1)
def _dash_outcome_rule() -> Rule:
    return next(rule for rule in rules().sentences if rule.id == "dash_outcome_entry")


def _dash_outcome_entry(text: str) -> bool:
    """(g32) A note-form entry that closes on its outcome ("SEND Policy - agreed"): an outcome, not a title."""
    return bool(_dash_outcome_rule().regex.match(text))


def _starts_decision(text: str) -> bool:
    return bool(part("starts_decision").match(text))


def _has_outcome_verb(text: str) -> bool:
    return _label_outcome(text) is not None


def _label_outcome(label: str) -> Optional[str]:
    found = [(m.start(), rule.outcome) for rule in rules().outcomes for m in [rule.regex.search(label)] if m]
    return min(found)[1] if found else None


def _stem(word: str) -> str:
    """One form of a word for comparing decisions: "Note"/"Noted"/"notes", "Approve"/"Approved"."""
    if len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def _word_set(text: str) -> set[str]:
    return {_stem(w) for w in normalise(text).split()}


def _sub_item_of(later: _Item, item: _Item) -> bool:
    """Whether ``later`` is a part of ``item``: deeper in its list, or in the same passage numbered in
    another kind ("(a)" after "2.", "(i)" after "(b)")."""
    if later.passage.seq < item.passage.seq:
        return False
    if later.depth > item.depth:
        return True
    if later.passage.seq != item.passage.seq or not (later.marker and item.marker):
        return False
    return not {kind for kind, _v in later.marker.values} & {kind for kind, _v in item.marker.values}


def _siblings(item: Optional[tuple], earlier: Optional[tuple]) -> bool:
    """Whether two (passage, marker, segment of a listed item) places are different numbered items of one
    list: in one passage, or listed under one label or lead-in of one agenda item."""
    if not (item and earlier) or item[1] == earlier[1]:
        return False
    return item[0] == earlier[0] or (item[2] is not None and item[2] == earlier[2]) or _next_in_wrapped_list(item, earlier)


def _next_in_wrapped_list(item: tuple, earlier: tuple) -> bool:
    """Whether a numbered item comes after ``earlier`` in one list that a page or a table's row broke
    in two ("3. Westfield - this request has been accepted ..." in one row, "6. Oakley - this request
    has been accepted ..." opening the next): same item of the paper, the passage just after, a later
    number of the same kind."""
    seq, _text, _listed, segment, values = item
    earlier_seq, _e_text, _e_listed, earlier_segment, earlier_values = earlier
    if not segment or segment != earlier_segment or not 0 < seq - earlier_seq <= 1:
        return False
    return len(values) == 1 and len(earlier_values) == 1 and values[0][0] == earlier_values[0][0] \
        and values[0][1] > earlier_values[0][1]


def _other_agenda_rows(item: _Item, earlier: _Item) -> bool:
    """Decisions in two rows of one minutes table, each row numbered as its own agenda item (a meeting
    page's item 9 and item 15 both delegating a grant's delivery): two decisions however alike they are
    worded.  A summary repeating them is another table."""
    row, earlier_row = item.passage, earlier.passage
    if row.kind != "table_row" or earlier_row.kind != "table_row" or row.table != earlier_row.table:
        return False
    numbers = [_ROW_NUMBER_RE.match(squash(p.cells[0] if p.cells else "")) for p in (row, earlier_row)]
    return all(numbers) and numbers[0].group(1) != numbers[1].group(1)


# A minutes table's first cell that is only its row's agenda item number ("9.", "15", "4a)").
_ROW_NUMBER_RE = re.compile(r"^(\d{1,3}[a-z]?)[.)]?$")


def _same(words: set, earlier: set, strict: bool = False) -> bool:
    """The same decision written again (in a summary of decisions, or quoted without its label);
    ``strict``: only a near copy (a decision led by its item's title)."""
    if not words or not earlier:
        return False
    common = len(words & earlier)
    smaller = min(len(words), len(earlier))
    larger = max(len(words), len(earlier))
    return (common >= 0.9 * len(words | earlier)
            or (not strict and smaller >= 6 and common >= 0.9 * smaller and smaller >= 0.6 * larger))


def find_decisions(passages, committee: Optional[str] = None, title: Optional[str] = None,
                   properties: Optional[dict] = None, meeting_date: Optional[str] = None,
                   month_first: bool = False, filename: str = "", kind=UNJUDGED) -> list[Decision]:
    """The decisions a paper records.  ``kind``: its paper_kind as cp_metadata judged it (paper.UNJUDGED: judged
    here)."""
    sections = decision_sections(passages, title, properties, filename, kind) if passages else []
    if not sections:
        return []
    if not any(kind_of_rule(rule) == "minutes" for _start, _end, rule in sections):
        notice = notice_decisions(passages, decided_by_label(passages) or committee)
        if notice:
            return notice
    # A single paper's one section was judged by paper_kind's own rule: a transcript is its kind, not asked again.
    whole_paper = len(sections) == 1 and sections[0][:2] == (0, len(passages))
    transcript = kind_of_rule(sections[0][2]) == "transcript" if whole_paper \
        else is_transcript(passages, title, properties, filename) if kind is UNJUDGED else of_kind(kind, "transcript")
    finder = _Finder(decided_by_label(passages) or committee, meeting_date, month_first, transcript=transcript)
    for start, end, rule in sections:
        finder.decision_record = kind_of_rule(rule) == "decision_record"
        finder.any_body_decides = rule in RECORDED_SECTION_RULES
        if finder.transcript and _caption_lines(passages[start:end]):
            finder.caption_lines(passages[start:end])
            continue
        for index in range(start, end):
            finder.feed(passages, index)
        finder.close_block()
    finder.finish()
    return _with_payments_approvals(passages, sections, finder.decisions(), finder.default_by)


# (d40) How many payee lines a payments list may hold.
PAYMENTS_LIST_LIMIT = 40


def _payments_approvals(passages, start: int, end: int) -> list[tuple]:
    """Each payments list a small council's minutes approve, as (first index, last index, text): its lead
    (`payments_lead`), the payee lines below it (each with a sum; a table's rows) and the line approving them
    (`payments_approved`), which may close the last payee line.  The lead approving the list itself ("The following
    invoices were approved for payment:") is the decision alone; a neutral lead ("To consider & approve accounts for
    payment:-", "Payments:") is one with its lines and the approval after them.  A list no one approves (payments
    reported) is none."""
    found, index = [], start
    while index < end:
        number, lead = split_number(_cell_text(passages[index]))
        if not part("payments_lead").search(lead):
            index += 1
            continue
        if _approves_payments(lead):
            found.append((index, index, lead.rstrip(" :-")))
            index += 1
            continue
        lines, last = [lead], None
        for later in range(index + 1, min(end, index + 1 + PAYMENTS_LIST_LIMIT)):
            text = _cell_text(passages[later])
            if _approves_payments(text):
                lines.append(text)
                last = later
                break
            if passages[later].kind not in ("table_header", "table_row") and not is_payment_line(text):
                break
            lines.append(text)
        if last is None and _approves_payments(lead):
            last = index
        if last is not None:
            found.append((index, last, " ".join(lines)))
        index = (last or index) + 1
    return found


def _cell_text(passage) -> str:
    """A passage's text; a table row's the text of its cells past a reference cell ("3736. | To approve ...")."""
    text = squash(passage.text)
    if passage.kind == "table_row" and " | " in text:
        first, rest = text.split(" | ", 1)
        if not has_letter_run(first, 2):
            return rest
    return text


def _approves_payments(text: str) -> bool:
    approved = part("payments_approved").search(text)
    return bool(approved) and not part("payments_not_approved").search(text[:approved.start()].rsplit(" - ", 1)[-1])


def _with_payments_approvals(passages, sections, found: list[Decision], decided_by) -> list[Decision]:
    """The decisions found, each payments list approved (_payments_approvals) one decision in their place: a
    decision found inside the list (its closing "All approved for payment.") is part of it."""
    for start, end, rule in sections:
        if kind_of_rule(rule) != "minutes":
            continue
        for first, last, text in _payments_approvals(passages, start, end):
            seqs = {passages[i].seq for i in range(first, last + 1)}
            if any(d.passage_seq in seqs and squash(d.text) == text for d in found):
                continue
            found = [d for d in found if d.passage_seq not in seqs or squash(d.text) not in text]
            found.append(Decision(passages[first].seq, passages[first].page, text, "approved",
                                  decided_by=decided_by, quote=passages[first].text, rule="payments_approved"))
    return sorted(found, key=lambda d: d.passage_seq)


# (g32) A notice that decides by itself: how far below its operative sentence its first condition or schedule may
# start (past a "Conditions" heading, a reference line).
NOTICE_LOOKAHEAD = 3


def notice_decisions(passages, decided_by: Optional[str] = None) -> list[Decision]:
    """A notice's decisions (`notices` in rules/decisions.yml): its first operative sentence ("... hereby grants
    planning permission ...", "... hereby certify that ..."), then each numbered condition below it when it grants
    subject to conditions, and the schedule it names as what it decides.  Reasons, informatives and notes are not
    decisions.  Empty when no passage decides as a notice does."""
    notices = rules().notices
    for index, passage in enumerate(passages):
        if passage.kind in ("table_header", "table_row"):
            continue
        for _offset, sentence in split_sentences(squash(passage.text)):
            if not notices["notice_operative"].regex.search(sentence):
                continue
            found = [_notice_decision(passage, sentence, "notice_operative", decided_by)]
            if notices["notice_conditions_follow"].regex.search(sentence):
                found += _notice_conditions(passages, index + 1, decided_by)
            named = notices["notice_schedule_named"].regex.search(sentence)
            if named:
                found += _named_schedule(passages, index + 1, named.group("schedule"), decided_by)
            return found
    return []


def _notice_decision(passage, text: str, rule: str, decided_by: Optional[str], number: Optional[str] = None,
                     outcome: Optional[str] = None):
    return Decision(passage.seq, passage.page, text, outcome or outcome_of(text), number=number,
                    decided_by=decided_by, quote=passage.text, rule=rule)


def _notice_conditions(passages, start: int, decided_by: Optional[str]) -> list[Decision]:
    """The conditions numbered 1, 2, 3 ... in the passages from ``start``, each without the reason set apart
    after it; the list ends at the first passage after it that is neither a condition, its reason, a sub-item, a
    further paragraph of a condition nor a line the page repeats (its header or footer)."""
    reason = rules().notices["notice_reason"].regex
    # (a text export's page headers and footers between the conditions: the text reader's running lines)
    running = running_lines(squash(p.text) for p in passages if p.kind not in ("table_header", "table_row"))
    conditions, skipped, further = [], 0, 0
    for passage in passages[start:]:
        text = squash(passage.text)
        if not text or reason.match(text) or is_running_line(text, running):
            continue
        marker, body, _bullet = split_marker(text)
        if marker is not None and ("num", len(conditions) + 1) in marker.values:
            kept = []
            for _offset, sentence in split_sentences(body):
                if reason.match(sentence):
                    break
                kept.append(sentence)
            # A condition's verbs ("approved in writing") are not the notice's outcome.
            conditions.append(_notice_decision(passage, " ".join(kept) or body, "notice_condition", decided_by,
                                               number=marker.text, outcome="other"))
            further = 0
            continue
        if conditions and marker is not None and passage.kind != "heading":
            continue  # a condition's own sub-items
        if conditions and passage.kind != "heading" and further < NOTICE_CONDITION_PARAGRAPHS \
                and _continues_condition(text):
            further += 1
            continue  # (d41) a condition going on in a paragraph of its own
        skipped += 1
        if conditions or skipped > NOTICE_LOOKAHEAD:
            break
    return conditions


# (d41) How many paragraphs without a number a condition may go on in (under its sub-items).
NOTICE_CONDITION_PARAGRAPHS = 3


def _continues_condition(text: str) -> bool:
    """Whether a paragraph without a number below a notice's condition goes on with it: running text ending a
    sentence, not a label ("INFORMATIVES:", "Date of decision: ...") or a line in capitals."""
    return text.endswith((".", ".)", ")", ";")) and not text.endswith(":") and any(c.islower() for c in text)


def _named_schedule(passages, start: int, schedule: str, decided_by: Optional[str]) -> list[Decision]:
    """The text under the schedule the operative sentence names ("First Schedule"): the passage after its title,
    or the title line's own text after the schedule's name."""
    title = f"{squash(schedule)} schedule".lower()
    for index in range(start, len(passages)):
        text = squash(passages[index].text)
        if not text.lower().startswith(title) or text[len(title):len(title) + 1].isalnum() \
                or text[len(title):len(title) + 1] == "_":
            continue
        rest = text[len(title):].lstrip(" :.–-")
        if rest:
            return [_notice_decision(passages[index], rest, "notice_schedule", decided_by)]
        following = next((p for p in passages[index + 1:index + 1 + NOTICE_LOOKAHEAD] if squash(p.text)), None)
        return [_notice_decision(following, squash(following.text), "notice_schedule", decided_by)] if following else []
    return []


@Language.component("cp_decisions")
def cp_decisions(doc):
    extraction = doc._.extraction
    extraction.decisions = find_decisions(doc._.passages or [], extraction.committee, extraction.title,
                                          doc._.properties, extraction.meeting_date, bool(doc._.month_first),
                                          doc._.filename or "", doc._.paper_kind)
    return doc
