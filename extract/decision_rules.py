"""The decisions extractor's rule file (rules/decisions.yml) read into compiled rules.

One vocabulary of deciding (`words`: each entry as written, in capitals and capitalised) and
regex fragments (`vocabulary`) are filled into every rule's pattern; each rule keeps its id
(stored as decisions.rule) and the examples that tests/test_decisions.py runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .plain_text import squash
from .yaml_files import safe_load

from .table_roles import role_pattern
from .cover import label_pattern
from .contract_terms import cue_words

RULES_PATH = Path(__file__).resolve().parent / "rules" / "decisions.yml"


@dataclass(frozen=True)
class Rule:
    id: str
    regex: re.Pattern
    examples: tuple = ()
    outcome: Optional[str] = None
    outcome_from_label: bool = False
    sentences_only: bool = False
    keep_label: bool = False
    # An outcome line that decides only what a sentence before it proposed (outcome_lines motion_decided).
    needs_proposer: bool = False
    # An outcome line that decides only a sentence before it, never an item's title (assent_to_this).
    needs_sentence: bool = False
    # A sentence rule that decides only as its item's one outcome (sentences motion_carried).
    sole_outcome: bool = False
    strict: bool = False
    resolution: bool = False
    # A sentence rule that decides only in a record of decisions (a decision notice or recording form), not
    # in minutes, where the same wording quotes a report's recommendation (sentences resolution_present_tense).
    records_only: bool = False
    # A sentence rule whose lead-in ending in a colon decides itself: the list after it is its content, not
    # decisions of their own.  Which of its lines it keeps: "lines", every one (sentences role_assigned:
    # "the roles are as follows: Chair – A, Vice-Chair – B"), or "names", the short entries of a list of
    # names (sentences elected: "The following were elected:" / "Ann Cole (Eastbrook)").
    keeps_its_list: Optional[str] = None
    # (rv20b) A sentence rule whose decision a vote lost or withdrawn after it, in the same item, undoes
    # (sentences seconded_nomination: "KL proposed and BN seconded that ..." / "The motion was lost.").
    undone_by_loss: bool = False
    # (s37) A sentence rule that also reads a table row whose cells, read left to right, make its sentence and
    # that decided nothing cell by cell (sentences planning_comment: reference | site | proposal | "No objection").
    reads_rows: bool = False
    # (n37) A document rule's kind of paper (`kind`: minutes, decision_record, transcript ...; decision_documents.paper_kind).
    kind: Optional[str] = None


@dataclass(frozen=True)
class Rules:
    documents: tuple
    file_names: tuple
    minute_evidence: tuple
    decided_by_labels: tuple
    decision_evidence: tuple
    not_decision_headings: tuple
    labels: tuple
    sections: tuple
    columns: tuple
    sentences: tuple
    not_decisions: tuple
    outcomes: tuple
    outcome_lines: tuple
    parts: tuple
    parts_by_id: dict
    # (d22) The minute_evidence rules by id: "meeting_closed" also ends a resolution run on in its passage.
    minute_evidence_by_id: dict
    outcome_lines_by_id: dict
    subject_lead_in: re.Pattern
    # The sentence rules whose colon's list is their content, by id: which lines they keep ("lines", "names").
    keeps_its_list: dict = None
    # A record of the body's own resolutions (`resolution_record`): passages opening with the resolution
    # label, and how many of them make the paper a decision document.
    resolution_record: tuple = ()
    resolution_record_needed: int = 0
    # (d39) A report's own section recording decisions already taken (`recorded_sections`: its heading).
    recorded_sections: tuple = ()
    # Plain word lists the extractor reads as words, not patterns (`word_lists`: name -> frozenset of its `words`;
    # its examples and not_examples are run by tests/test_decision_word_lists.py).
    word_lists: dict = None
    # (g32) A notice that decides by itself: its operative sentence, its conditions, a condition's reason, the
    # schedule it names (`notices`), by id.
    notices: dict = None


def _expand(pattern: str, vocabulary: dict) -> str:
    # Placeholders are replaced as plain text: the patterns hold regex braces ({0,8}).
    for _ in range(3):
        for name, value in vocabulary.items():
            pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _rule(entry: dict, vocabulary: dict) -> Rule:
    # A column rule names a role of the shared table vocabulary instead of its own pattern.
    regex = role_pattern(entry["role"]) if "role" in entry else re.compile(_expand(entry["pattern"], vocabulary),
                                                                           re.IGNORECASE)
    return Rule(
        id=entry.get("id") or entry.get("outcome"),
        regex=regex,
        examples=tuple(entry.get("examples") or ()),
        outcome=entry.get("outcome"),
        outcome_from_label=bool(entry.get("outcome_from_label")),
        sentences_only=bool(entry.get("sentences_only")),
        keep_label=bool(entry.get("keep_label")),
        needs_proposer=bool(entry.get("needs_proposer")),
        needs_sentence=bool(entry.get("needs_sentence")),
        sole_outcome=bool(entry.get("sole_outcome")),
        strict=bool(entry.get("strict")),
        records_only=bool(entry.get("records_only")),
        resolution=bool(entry.get("resolution")),
        keeps_its_list=_kept_lines(entry),
        undone_by_loss=bool(entry.get("undone_by_loss")),
        reads_rows=bool(entry.get("reads_rows")),
        kind=entry.get("kind"),
    )


KEPT_LINES = ("lines", "names")


def _kept_lines(entry: dict) -> Optional[str]:
    """Which lines of its list a lead-in keeps (`keeps_its_list`: lines or names), or None."""
    kept = entry.get("keeps_its_list")
    if kept in (None, False):
        return None
    if kept not in KEPT_LINES:
        raise ValueError(f"{RULES_PATH.name}: {entry.get('id')}: keeps_its_list must be one of {KEPT_LINES}, not {kept!r}")
    return kept


def _word_forms(name: str, value: str) -> dict:
    """A `words` entry as alternations: {name} as written, {NAME} in capitals, {Name} capitalised."""
    items = [w.strip() for w in squash(value).split("|") if w.strip()]

    def spaced(phrase: str) -> str:
        # (d32) "discussed & agreed", "Approved & signed": small bodies' minutes join words with "&" for "and".
        return r"\s+".join(rf"(?:{word}|&)" if word.lower() == "and" else word for word in phrase.split(" "))

    def alternation(form):
        return "|".join(spaced(form(w)) for w in items)

    return {name: alternation(str), name.upper(): alternation(str.upper),
            name.capitalize(): alternation(lambda w: w[:1].upper() + w[1:])}


def _alternation(value: str) -> str:
    """A vocabulary alternation written over several lines, on one: `approved |\n  agreed` -> `approved|agreed`."""
    return "|".join(word.strip() for word in squash(value).split("|"))


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = safe_load(RULES_PATH.read_text(encoding="utf-8"))
    vocabulary = {}
    for name, value in (data.get("words") or {}).items():
        vocabulary.update(_word_forms(name, value))
    vocabulary.update({name: _alternation(value) for name, value in data["vocabulary"].items()})
    # The one list of notice kinds, shared with the metadata (cover_labels.yml notice_kind_titles).
    vocabulary["notice_kinds"] = label_pattern("notice_kind_titles")
    # The words a list of payments is named by, shared with the payments reader (contract_terms.yaml payment_papers).
    vocabulary["payment_papers"] = cue_words("payment_papers")
    # A transcript tool's header, shared with the metadata, which does not take it for a title.
    vocabulary["transcript_headers"] = label_pattern("transcript_headers")
    kinds = {kind: tuple(_rule(e, vocabulary) for e in data[kind])
             for kind in ("documents", "file_names", "minute_evidence", "decided_by_labels", "decision_evidence", "not_decision_headings", "labels",
                          "sections", "columns", "sentences", "not_decisions", "outcomes", "outcome_lines", "parts")}
    # A lead-in that only names who decides: "That the Committee for Transport and Connectivity:".
    subject_lead_in = re.compile(_expand(
        r"^(?:that\s+)?(?P<subject>{subject}(?:\s+(?:for|of|on)(?:\s+(?:(?-i:[A-Z])[\w&'’,-]*|and|&|the))+)?)"
        r"\s*:?\s*$", vocabulary), re.IGNORECASE)
    record = data.get("resolution_record") or {}
    return Rules(subject_lead_in=subject_lead_in,
                 resolution_record=tuple(_rule(e, vocabulary) for e in record.get("rules") or ()),
                 resolution_record_needed=int(record.get("needed") or 0),
                 recorded_sections=tuple(_rule(e, vocabulary) for e in data.get("recorded_sections") or ()),
                 word_lists={name: frozenset(w.lower() for w in entry["words"])
                             for name, entry in (data.get("word_lists") or {}).items()},
                 parts_by_id={rule.id: rule.regex for rule in kinds["parts"]},
                 minute_evidence_by_id={rule.id: rule.regex for rule in kinds["minute_evidence"]},
                 outcome_lines_by_id={rule.id: rule for rule in kinds["outcome_lines"]},
                 notices={rule.id: rule for rule in (_rule(e, vocabulary) for e in data.get("notices") or ())},
                 keeps_its_list={rule.id: rule.keeps_its_list for rule in kinds["sentences"] if rule.keeps_its_list},
                 **kinds)


def word_list(name: str) -> frozenset:
    """A plain word list of the rule file's `word_lists` (lower case)."""
    return rules().word_lists[name]


def part(part_id: str) -> re.Pattern:
    """A wording of the rule file's `parts` (a proposer, a vote's record, an outcome-only line)."""
    return rules().parts_by_id[part_id]
