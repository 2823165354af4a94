"""Equality impact assessments (EqIA forms, a common appendix of council and NHS decisions): for each
protected characteristic the form says whether the proposal has an adverse impact, describes it and
gives mitigating actions.  An adverse impact so stated is a risk, "<characteristic>: <impact>", whose
mitigation is the form's mitigating-action text; "No", "Not applicable", "None identified", a benefit
or evidence alone (no harm said) is none.

The form is read in one way whatever its layout: each passage becomes the cells it holds (a PDF table's
row, a heading, a paragraph; "Label: value" split at the label), and each cell is a characteristic, a
question with its answer (a ticked box or the next value), a label (impact, mitigation, other) or a value
for the last label.  A table whose header names a characteristic column (column_roles.yml
`characteristic`) gives one entry a row.  Labels are in eqia_cues.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .plain_text import squash, without_leading_lower_the
from .sentences import split_sentences
from .table_roles import column_roles, find_column
from .yaml_files import safe_load, spell_placeholders

CUES_PATH = Path(__file__).with_name("eqia_cues.yaml")
RULE = "risk.eqia"
LABEL_WORDS = 20        # a label or question longer than this is a value's prose
IMPACT_SENTENCES = 3    # a long impact's harm: its first harmful sentence and the two after
NAME_WORDS = 4          # a characteristic's name runs on to a short cell ("Religion or" / "Belief")


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    data = safe_load(CUES_PATH.read_text(encoding="utf-8"))
    return {name: re.compile(_with_impact_words(entry["pattern"], data["impact_words"]), re.IGNORECASE)
            for name, entry in data.items() if "pattern" in entry}


# The entry of eqia_cues.yaml impact_words that lists the words for no impact; every other entry is a kind of impact
# (IMPACT_KIND stands for all of those, read from the file, so a kind added there is a kind here).
NO_IMPACT_ENTRY = "none"


def _with_impact_words(pattern: str, words: dict[str, list[str]]) -> str:
    """``pattern`` with each placeholder of eqia_cues.yaml impact_words (`IMPACT_HARM`, `IMPACT_KIND`) spelt out as
    its words: the one vocabulary of an impact answer's words the cues share."""
    spelt = {"IMPACT_KIND": [word for kind, values in words.items() if kind != NO_IMPACT_ENTRY for word in values]}
    spelt.update((f"IMPACT_{key.upper()}", values) for key, values in words.items())
    return spell_placeholders(pattern, spelt, lambda values: "(?:" + "|".join(values) + ")")


def cue(name: str) -> re.Pattern:
    return _cues()[name]


_CHECKED = "☒☑✓✔✗✘■"
_TICKED_RE = re.compile(rf"\b(yes|no)\b\s*(?:[{_CHECKED}]|\[\s*[xX✓]\s*\])|(?:[{_CHECKED}]|\[\s*[xX✓]\s*\])\s*(yes|no)\b",
                        re.IGNORECASE)
_BOX_RE = re.compile(rf"[{_CHECKED}☐□]|\[\s*[xX✓ ]?\s*\]")
_LABEL_VALUE_RE = re.compile(r"^([^:?]{2,90}[:?])\s*(.*)$")


def _is_characteristic(text: str) -> Optional[str]:
    """The characteristic a whole cell names ("Age: Older People" -> "Older People"), else None."""
    text = cue("item_marker").sub("", squash(text), count=1).strip(" :–-")
    match = cue("characteristic").fullmatch(text)
    if match:
        return text
    head, _, rest = text.partition(":")
    if rest and cue("characteristic").fullmatch(head.strip()) and cue("characteristic").fullmatch(rest.strip()):
        return rest.strip()
    return None


def _label_characteristic(label: str) -> Optional[str]:
    """"Mitigating actions for Disability" -> "Disability"."""
    match = re.search(r"\b(?:for|on)\s+(.+?)\s*[?:]?\s*$", squash(label))
    if match:
        return _is_characteristic(without_leading_lower_the(match.group(1)))
    return None


def _ticked(text: str) -> Optional[str]:
    match = _TICKED_RE.search(text)
    if not match:
        return None
    return (match.group(1) or match.group(2)).lower()


class _Entry:
    def __init__(self, name: str, passage):
        self.name, self.passage, self.table = name, passage, passage.table
        self.answer: Optional[str] = None       # "yes" / "no" / "adverse" / "mixed"
        self.negative_question = False
        self.fields: dict[str, list[str]] = {"impact": [], "mitigation": []}
        self.field: Optional[str] = None

    def add(self, text: str) -> None:
        if self.field == "answer":
            value = squash(text)
            if cue("answer_hint").match(value):
                return                          # the form's guidance ("Answer: Yes/No"): the answer follows
            self.read_answer(value)
            self.field = None
        elif self.field == "impact" and cue("impact_answer").match(squash(text)):
            self.read_answer(squash(text))      # "Impact: Positive / negative": the kind of impact, not its description
        elif self.field in self.fields:
            self.fields[self.field].append(text)

    def read_answer(self, value: str) -> None:
        if cue("impact_answer").match(value) and cue("mixed_answer").search(value):
            self.answer = "mixed"               # a benefit and a harm: the row's own text decides
            return
        self.answer = "adverse" if cue("adverse_answer").match(value) else "no" \
            if cue("no_impact").match(value) else self.answer
        if self.answer == "adverse" and not self.negative_question and value.lower().startswith("yes"):
            self.answer = "yes"

    def risk(self):
        impact = squash(" ".join(self.fields["impact"]))
        mitigation = squash(" ".join(self.fields["mitigation"])) or None
        if not impact and mitigation:
            impact, mitigation = _evidence_and_actions(mitigation)
        impact = _before_counterpoint(_stated_impact(impact))
        if self.answer == "no" or not impact or cue("no_impact").match(impact):
            return None
        if self.answer != "adverse" and not cue("adverse").search(impact):
            return None
        if mitigation and mitigation.lower() in ("n/a", "not applicable", "none"):   # (each a no_impact answer)
            mitigation = None
        return f"{self.name}: {impact}", mitigation


def _stated_impact(text: str) -> str:
    """A long analysis (usage figures, consultation feedback, then the harm) is summed up by the harm it
    states: from its first sentence that says a group may be harmed, IMPACT_SENTENCES sentences on; one
    that says no harm (the group's make-up, what stays the same) states no impact to quote, whatever the
    answer.  A short impact is kept whole."""
    sentences = [sentence.text for sentence in split_sentences(text)]
    if len(sentences) <= IMPACT_SENTENCES:
        return text
    first = next((k for k, sentence in enumerate(sentences) if cue("adverse").search(sentence)), None)
    return "" if first is None else " ".join(sentences[first:first + IMPACT_SENTENCES])


def _evidence_and_actions(cell: str) -> tuple[str, Optional[str]]:
    """A row whose only prose is one "evidence and actions" cell: before its action label is the row's
    impact, after it the mitigation ("Carers may lose respite hours. Action: assessments first.")."""
    match = cue("action_label").search(cell)
    if not match or match.start() == 0:
        return "", cell
    return cell[:match.start()].rstrip(" ;"), cell[match.end():].strip() or None


def _before_counterpoint(text: str) -> str:
    """The impact up to a sentence that tempers it ("That said, ...", "However, ..."): what follows
    weighs the impact against evidence, it is not the impact.  The sentences are the one splitter's
    (sentences.split_sentences), so `approx. However` or `Mr J. However` goes on and `fewer trips.")
    However, ...` is cut, as in every other reader."""
    for sentence in split_sentences(text)[1:]:
        if cue("counterpoint").match(sentence.text):
            return text[:sentence.start].rstrip()
    return text


def _cells(passage) -> list[str]:
    if passage.kind == "table_row":
        seen, cells = set(), []
        for cell in passage.cells:
            cell = squash(cell)
            if cell and cell not in seen:
                seen.add(cell)
                cells.append(cell)
        return cells
    return [squash(passage.text)]


def _split_label(cell: str) -> tuple[Optional[str], str, str]:
    """(kind, label, value): kind one of characteristic/question/impact/mitigation/other or None."""
    name = _is_characteristic(cell)
    if name:
        return "characteristic", name, ""
    number_free = cue("item_marker").sub("", cell, count=1)
    match = _LABEL_VALUE_RE.match(number_free)
    label, value = (match.group(1), match.group(2)) if match else (number_free, "")
    if not match and len(label.split()) > LABEL_WORDS:
        return None, cell, ""                   # a passage of prose is a value, whatever words it holds
    if cue("question").search(label):
        return "question", label, value
    for kind in ("mitigation", "other", "impact"):
        if cue(f"{kind}_label").search(label):
            return kind, label, value
    name = _is_characteristic(label) if match else None
    if name:
        return "characteristic", name, value
    return None, cell, ""


def _runs_on(entry: _Entry, passage, cell: str) -> bool:
    """A short cell in the row below an entry's name, before anything else: the rest of its name."""
    return (entry.field is None and not entry.fields["impact"] and not entry.fields["mitigation"]
            and passage.table is not None and passage.table == entry.table
            and 0 < passage.seq - entry.passage.seq <= 1 and len(cell.split()) <= NAME_WORDS)


def _column_entries(passages):
    """A table with a characteristic column: each row one entry."""
    for passage in passages:
        if passage.kind != "table_row" or not passage.header:
            continue
        columns = column_roles(passage.header)
        char = find_column(columns, "characteristic")
        if char is None or char >= len(passage.cells):
            continue
        name = _is_characteristic(passage.cells[char])
        if not name:
            continue
        entry = _Entry(name, passage)
        mitigation = find_column(columns, "mitigation", skip=[char])
        for i, (column, cell) in enumerate(zip(columns, passage.cells)):
            if i in (char, mitigation) or not squash(cell):
                continue
            label = column.label
            answer_column = cue("question").search(label) or cue("answer_label").search(label) and len(cell.split()) <= 3
            if not answer_column and cue("impact_answer").match(squash(cell)) and not cue("impact_kind").search(cell):
                continue                        # an empty field ("None", "N/A" under Evidence): says nothing
            if answer_column or cue("impact_answer").match(squash(cell)):
                entry.negative_question = bool(cue("negative_question").search(label))
                entry.field = "answer"
                entry.add(_ticked(cell) or cell)
            else:
                entry.fields["impact"].append(cell)
        if mitigation is not None and mitigation < len(passage.cells):
            entry.fields["mitigation"].append(passage.cells[mitigation])
        yield entry


def _form_entries(passages):
    entry: Optional[_Entry] = None
    for passage in passages:
        if passage.kind == "table_header" or (passage.kind == "table_row" and passage.header
                                              and find_column(column_roles(passage.header), "characteristic") is not None):
            continue
        if entry is not None and passage.table != entry.table:
            yield entry
            entry = None
        for cell in _cells(passage):
            kind, label, value = _split_label(cell)
            if kind == "characteristic":
                if entry is not None and _runs_on(entry, passage, label):
                    entry.name = f"{entry.name} {label}"    # "Religion or" / "Belief"
                    continue
                if entry is not None:
                    yield entry
                entry = _Entry(label, passage)
                if value:
                    entry.field = "impact"
                    entry.add(value)
                continue
            if kind is not None:
                named = _label_characteristic(label)
                if named and (entry is None or named.lower() != entry.name.lower()):
                    if entry is not None:
                        yield entry
                    entry = _Entry(named, passage)
            if entry is None:
                continue
            if kind == "question":
                entry.negative_question = bool(cue("negative_question").search(label))
                ticked = _ticked(value or label)
                entry.field = "answer"
                if ticked:
                    entry.add(ticked)
                elif value:
                    entry.add(value)
            elif kind in ("impact", "mitigation"):
                entry.field = kind
                if value:
                    entry.add(value)
            elif kind == "other":
                entry.field = "other"
            elif (passage.kind == "heading" and len(cell.split()) > NAME_WORDS) \
                    or (passage.kind != "table_row" and cue("form_end").search(cell) and cell[:1].isdecimal()):
                # A heading on something else, or a numbered question on benefits or the action plan
                # (a short heading is a value the reader set as a heading: "Yes", "Not applicable").
                yield entry
                entry = None
                break
            elif _runs_on(entry, passage, cell):
                entry.name = f"{entry.name} {cell}"     # a name run on to the next line
            else:
                entry.add(cell)
    if entry is not None:
        yield entry


def eqia_risks(passages):
    """(passage, risk, mitigation) for each adverse impact an equality impact assessment states; risk and
    mitigation None for an entry answered as an impact whose text states no harm to quote (its passage is
    still the form's)."""
    passages = list(passages)
    seen = set()
    for entry in list(_column_entries(passages)) + list(_form_entries(passages)):
        found = entry.risk()
        if found and found[0] not in seen:
            seen.add(found[0])
            yield entry.passage, found[0], found[1]
        elif not found and entry.answer in ("adverse", "yes", "mixed"):
            yield entry.passage, None, None

