"""cp_risks: the risks a paper names and how it means to mitigate them.

Three shapes are recognised.  Risk tables: a header with a column naming the
risk (``Risk``, ``Key risks``, ``Risk description``; not ``Liquidity risk
indicator``) and a mitigation/control/action/response column; each row gives a
risk and its mitigation.  A register with a short ``Risk Title`` and a ``Risk
Event``/``Description`` column gives ``title: event``.  A risk table carried
over a page without its header goes on with the same columns, and a risk cut
off mid-sentence there is joined up.  Option-appraisal tables with a ``Risks`` column: the
cell is a risk without mitigation.  Risk sections (a heading containing
``Risk``): each paragraph or list item up to the next heading of the same or
higher level is a risk, and a following ``Mitigation:`` / ``To mitigate ...``
sentence or item becomes the mitigation of the risk before it, as does a
paragraph that says what is being done (``will continue to``, ``working with``)
without naming a risk, or a later sentence about mitigating or managing it.
Lead-ins (``as outlined below``) and general text about risk management
(``risk register``, ``risk management process``) are not risks.  A short
sentence-case line the reader kept as a paragraph (``Risk management``) opens a
risk section up to the next heading; a paragraph there that opens with context
and then states ``The main risk is that ...`` / ``There is a risk that ...``
gives the risk from that sentence, and ``This will be managed through ...``
is its mitigation.

Anywhere else, a sentence that states a risk is a risk.  The rules in
risk_cues.yaml decide from evidence they share (``evidence``: a harm, a
modal, an action, what a mitigation guards against): ``There is/was a risk
that``, ``risks around``; a concern raised in minutes (``Members raised concern
that ... could``, ``Trustees were concerned that ... might``); a risk a meeting
names (``The Board noted the risk that``, ``... was highlighted as a risk``);
a negative condition with a modal outcome (``If the lease is not renewed, the
practice may ...``; not when the outcome is a step taken, ``would be
escalated``); ``Members should be aware that ... could``; ``Should ..., then
...`` with a harm; ``... poses a risk to``.  In an implications section also
``If ... not ..., ... will`` and a modal followed closely by a harm
(``Residents may see missed collections``).  A sentence that introduces a list
as risks (``The following risks were noted:``) makes each item a risk.

The mitigation is the part of the risk's sentence after ``; this will be
mitigated by`` / ``; officers will`` / a semicolon and any clause that says
what someone does with no harm of its own (``; the fundraising team will
...``), else the next sentence when it says what is done (an action with no
harm or uncertainty, ``Every crew will be trained ...``, ``The contract
includes liquidated damages for late delivery``) or, in minutes, an officer's
reply (``The Director said that ... had been appointed``), else the next
paragraph when it opens so.  Board Assurance Framework blocks (``Strategic
Risk 3: <title>``, or a bare ``BAF 7`` / ``Risk SR3`` then ``Risk:``, then
``Controls:``, ``Gaps in control:``, ``Actions:``, ``Likelihood:``,
``Impact:``, ``Score:``, ``Owner:``/``Lead:``) give the title as the risk
(with its cause and effect only when the title is a short label), controls,
gaps and actions as its mitigation, and keep likelihood, impact, score and
owner, as a register's columns do (also ``L``, ``I``, ``P``, ``C``, ``RAG``,
``Lead``; a ``Consequence``/``Effects`` column of words joins a hazard's
text).  A risk is kept once; a cover sheet's label (``Key Risks``) and risk
as a way of working (``risk assessment``, ``risk-based``, ``at-risk``,
``appetite for risk``) are no risks.  Each risk's ``rule`` names what found it.
"""
from __future__ import annotations

import re
import string
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from committee_papers.ingest.bullets import GLYPHS, PRIVATE_USE_BULLETS
from committee_papers.ingest.model import table_row_text

from .yaml_files import safe_load
from spacy.language import Language

from . import cover, required_text
from .facts import Risk
from .listitems import (SPEAKER_RE, continues_list, heading_depth, marker_values, normalise, rows_cut_by_page, runs_on,
                        split_number, split_run_in)
from .plain_text import is_decimal_number, runs, squash, without_final_newline
from .sentences import sentence_texts
from .risks_eqia import RULE as EQIA_RULE, cue as eqia_cue, eqia_risks
from .table_roles import column_roles, find_column

CUES_PATH = Path(__file__).with_name("risk_cues.yaml")

# Flags a statement's entry in risk_cues.yaml may carry, saying how the prose reader treats what follows its
# sentence (their meaning is written above the file's `statements`).
STATEMENT_FLAGS = ("concern", "answered_next", "consequence_next", "own_sentence_only", "says_what_must_be_done",
                   "measure_first", "only_without_a_table", "goes_on_an_item", "reads_a_question",
                   "restated_by_answer")


class _Cues(NamedTuple):
    statements: list          # [(name, pattern, strip pattern or None, outcome_not_a_step)] anywhere
    implications: list        # the same, in implications and risk sections only
    inline: re.Pattern        # where a mitigation starts inside the risk's sentence
    after_semicolon: re.Pattern  # a clause after ";" that may be the mitigation, whoever acts
    joined_step: re.Pattern   # minutes: "<problem> and <a step is being taken>" in one sentence
    lowered_by: re.Pattern    # what brought a risk down: the mitigation starts after it
    subject_mitigated: re.Pattern  # "the risk that ... would be reduced by": the mitigation follows `by`
    reply: re.Pattern         # minutes: the answer to a concern
    next_sentence: re.Pattern  # a following sentence that is a mitigation
    speaker_reply: re.Pattern  # a transcript: the next speaker says what their side does
    harm: re.Pattern          # evidence: something goes wrong
    modal: re.Pattern         # evidence: what may happen
    uncertain: re.Pattern     # evidence: an uncertain modal, what is not done
    action: re.Pattern        # evidence: what is or will be done
    protects: re.Pattern      # what a mitigation guards against ("damages for late delivery")
    continuity: re.Pattern    # evidence: whether a service, body or scheme can go on
    process: re.Pattern       # "risk assessment", "at-risk": risk as a way of working, no risk
    risk_list: re.Pattern     # a sentence introducing a list of risks
    lettered_lead: re.Pattern  # the lead of risks run into a paragraph as (a) (b) (c)
    lettered_not_lead: re.Pattern  # a lead asking a meeting to act: recommendations, not risks
    inline_list: dict         # lead, topic and end of a list of risks set out in running text
    named: dict               # the cue patterns the code reads by name (section `named`)
    referred: re.Pattern      # a later sentence speaking of "that risk": the sentence before is the risk
    label: re.Pattern         # a cover sheet's "Key Risks"
    appetite: re.Pattern      # a risk appetite statement: how much risk a body takes, no risk
    baf_title: re.Pattern
    baf_fields: list          # [(field, pattern matching its label)]
    baf_label: re.Pattern     # any field label followed by a colon, for splitting a block
    baf_statement: re.Pattern  # a risk's statement on its own line below a bare reference and title
    register_columns: list    # [(field, pattern)] a register's short column names and consequence column
    field_line: re.Pattern    # a field label set as a line of its own, perhaps with the question it answers
    register_entry: re.Pattern  # a register entry led by its number on a line of its own
    row_cut: re.Pattern       # a BAF summary row's reference line cut mid-sentence
    controls_label: re.Pattern  # a risk's controls named on a line of their own, the controls below
    current_stage: re.Pattern   # a rating label naming the current (residual) rating
    before_controls_stage: re.Pattern  # a rating label naming the rating before controls (inherent)
    flagged: dict             # {flag: frozenset of rule ids} the statements carrying each flag (STATEMENT_FLAGS)


@lru_cache(maxsize=1)
def cues() -> _Cues:
    data = safe_load(CUES_PATH.read_text(encoding="utf-8"))
    statement_entries = {**data["statements"], **data["implications_statements"]}
    evidence = {name: f"(?:{entry['pattern']})" for name, entry in data["evidence"].items()}

    def pattern(text: str, flags=re.IGNORECASE) -> re.Pattern:
        for name, group in evidence.items():
            text = text.replace("{" + name + "}", group)
        return re.compile(text, flags)

    def compiled(entries):
        return [(name, pattern(e["pattern"]), pattern(e["strip"]) if e.get("strip") else None,
                 bool(e.get("outcome_not_a_step"))) for name, e in entries.items()]

    def labelled(fields):
        return [(name, pattern(f"(?:{'|'.join(labels)})")) for name, labels in fields.items()]

    stages = data["baf"]["rating_stages"]
    any_stage = "|".join(words for name in ("current", "before_controls") for words in stages[name])
    for labels in data["baf"]["fields"].values():
        labels[:] = [label.replace("{stage}", f"(?:{any_stage})") for label in labels]
    every_label = "|".join(label for labels in data["baf"]["fields"].values() for label in labels)
    mitigation = data["mitigation"]
    return _Cues(
        statements=compiled(data["statements"]),
        implications=compiled(data["implications_statements"]),
        inline=pattern(mitigation["inline"]["pattern"]),
        after_semicolon=pattern(mitigation["after_semicolon"]["pattern"]),
        joined_step=pattern(mitigation["joined_step"]["pattern"]),
        lowered_by=pattern(mitigation["lowered_by"]["pattern"]),
        subject_mitigated=pattern("^{risk_mitigated}"),
        reply=pattern(mitigation["reply"]["pattern"]),
        next_sentence=pattern(mitigation["next_sentence"]["pattern"]),
        speaker_reply=pattern(mitigation["speaker_reply"]["pattern"]),
        harm=pattern(evidence["harm"]),
        modal=pattern(evidence["modal"]),
        uncertain=pattern(evidence["uncertain"]),
        action=pattern(evidence["action"]),
        protects=pattern(evidence["protects"]),
        continuity=pattern(evidence["continuity"]),
        process=pattern(data["process"]["pattern"]),
        risk_list=pattern(data["risk_list"]["pattern"]),
        lettered_lead=pattern(data["lettered_risks"]["lead"]),
        lettered_not_lead=pattern(data["lettered_risks"]["not_lead"]),
        named={name: pattern(entry["pattern"]) for name, entry in data["named"].items()},
        inline_list={part: (pattern(data["inline_risk_list"][part], 0) if part == "topic"
                            else pattern(data["inline_risk_list"][part])) for part in ("lead", "topic", "end", "retired")},
        referred=pattern(data["referred"]["pattern"]),
        label=pattern(data["labels"]["pattern"]),
        appetite=pattern(data["appetite"]["pattern"]),
        baf_title=pattern(data["baf"]["title"]),
        baf_fields=labelled(data["baf"]["fields"]),
        # A label may carry what it measures in brackets ("Rating (current / target):"); a question
        # there ("Controls (what are we doing?):") is a field line's (baf.field_line), below the risk.
        baf_label=pattern(rf"(?:^|(?<=[\s.;|]))(?P<label>{every_label})\s*(?:\([^)?]{{1,60}}\)\s*)?:\s*"),
        register_columns=labelled(data["baf"]["register_columns"]),
        baf_statement=pattern(data["baf"]["statement"]["pattern"]),
        register_entry=pattern(data["register_entry"]["pattern"], 0),
        row_cut=pattern(data["baf"]["row_cut"]["pattern"]),
        controls_label=pattern(data["controls_label"]["pattern"]),
        field_line=pattern(data["baf"]["field_line"]["pattern"].replace("{labels}", every_label)),
        current_stage=pattern(rf"^(?:{'|'.join(stages['current'])})\b"),
        before_controls_stage=pattern(rf"^(?:{'|'.join(stages['before_controls'])})\b"),
        flagged={flag: frozenset(f"risk.{name}" for name, entry in statement_entries.items() if entry.get(flag))
                 for flag in STATEMENT_FLAGS},
    )


def _flagged(flag: str) -> frozenset:
    """The rule ids of the statements risk_cues.yaml gives ``flag`` (STATEMENT_FLAGS)."""
    return cues().flagged[flag]


def _cue(name: str) -> re.Pattern:
    """A cue pattern of risk_cues.yaml's `named` section, with its examples there."""
    return cues().named[name]


def _harmful(clause: str) -> bool:
    """Whether a clause says something goes wrong, leaving out what a mitigation guards against."""
    return bool(cues().harm.search(cues().protects.sub("", clause)))


def _says_what_is_done(clause: str) -> bool:
    """A clause that says what is or will be done, with no harm or uncertainty of its own."""
    return bool(cues().action.search(clause)) and not cues().uncertain.search(clause) and not _harmful(clause) \
        and not _cue("obliged").search(clause)


def _is_reply(sentence: str) -> bool:
    """Minutes: an officer's answer to a concern (``The Director said that ... had been ...``)."""
    match = cues().reply.match(sentence)
    if not match:
        return False
    answer = sentence[match.end():]
    # An answer that first grants the risk ("agreed it remained a concern, and explained ...") goes on to
    # what is done about it, even where it names the harm again ("deductions when targets are missed").
    granted = _cue("concern_granted").search(sentence[:match.end()])
    return not cues().uncertain.search(answer) and (granted is not None or not _harmful(answer))


def _names_a_risk(text: str, links) -> bool:
    """'a risk that/of/to ...' with one of the given link words."""
    return any(match.group("link").lower() in links for match in _cue("names_a_risk").finditer(text))


def _states_no_risk(text: str) -> bool:
    """"There are no significant risks arising from this report. Officers will monitor delivery.":
    a paragraph that says there is no risk (or only a low one) and, besides, nothing that may go
    wrong."""
    sentences = sentence_texts(text) or [text]
    rest = [sentence for sentence in sentences if not _cue("no_risk").search(sentence)]
    if len(rest) == len(sentences):
        return False
    return not any(_harmful(sentence) or cues().uncertain.search(sentence) or _statement(sentence, True)
                   for sentence in rest)


# "Consultation: ...", "Conflicts of interest declared: ...": a short label before a colon.
_ASIDE_LABEL_RE = re.compile(r"^(?P<label>[A-Z][\w' ,/&-]{2,80}?)\s*:\s+(?P<value>\S.*)$", re.DOTALL)
ASIDE_LABEL_WORDS = 5


def _labelled_aside(text: str) -> bool:
    """A paragraph led by a short label that names no risk or mitigation ("Consultation: the Cabinet
    Member was consulted", "Signed: ...", "Conflicts of interest declared: none") and says nothing
    that may go wrong: a field of the paper set under its risk section, not a risk.  A labelled
    risk ("Staffing: the team could lose two posts") says what may go wrong."""
    match = _ASIDE_LABEL_RE.match(text)
    # A form's field label set in capitals ("DECLARATIONS OF INTEREST MADE BY THE DECISION MAKER: none")
    # is a label however long it runs; a label in ordinary case is one only while it is short.
    if not match or len(match.group("label").split()) > ASIDE_LABEL_WORDS and not match.group("label").isupper():
        return False
    label, value = match.group("label"), match.group("value")
    if _cue("aside_risk_label").search(label):
        return False
    return not (_harmful(value) or cues().uncertain.search(value) or _cue("risk_words").search(value)
                or _statement(value, True))


_PHONE_OR_EMAIL_RE = re.compile(r"\d{4,}[\s\d]{3,}|\(0\d+\)\s*\d|[\w.+-]+@[\w-]+\.\w")


def _ends_risk_section(text: str) -> bool:
    """A contact line (contact_line, with a phone number or an email address) or a field label
    on a line of its own naming no part of a risk (field_label_line): the risk section is over."""
    text = squash(text)
    if _cue("contact_line").search(text) and _PHONE_OR_EMAIL_RE.search(text) \
            and not (_cue("risk_words").search(text) or _harmful(text)):
        return True
    return bool(_cue("field_label_line").match(text)) and not _cue("own_field").search(text) \
        and not _is_heading_line(text) and not cues().controls_label.match(text)


def _topic_of_next(passages, position: int) -> bool:
    """Whether a label line ("Supplier failure:", "Staffing:") is the topic of the risk the next paragraph
    states ("The sole supplier ... may go into administration ..."), not the paper's next field."""
    following = passages[position + 1] if position + 1 < len(passages) else None
    if following is None or following.kind not in ("paragraph", "list_item"):
        return False
    first = _first_sentence(squash(split_number(following.text)[1]))
    # (What may go wrong, said with a harm or an uncertain modal: a paper's next field says what is so.)
    return _statement(first, True) is not None or _harmful(first) or bool(cues().uncertain.search(first))


def _only_process_risk(text: str) -> bool:
    """"A risk assessment was completed": the paragraph mentions risk as a way of working and
    says nothing that may go wrong."""
    if not cues().process.search(text):
        return False
    rest = cues().process.sub("", text)
    return not (cues().uncertain.search(rest) or _harmful(rest) or _names_a_risk(rest, ("that", "of", "to")))


_PAGE_FOOTER_RE = re.compile(r"\s*\bpage \d+ of \d+\s*$", re.IGNORECASE)
MIN_WORDS = 5


def _only_records_a_past_fact(text: str) -> bool:
    """A paragraph that records what was done ("The proposal was published on 20 January 2026.") and says
    nothing may go wrong: no harm, no modal, no risk word."""
    return bool(_cue("past_fact").search(text.strip())) and not _harmful(text) \
        and not cues().modal.search(text) and not _cue("risk_words").search(text)


def _is_empty(text: str) -> bool:
    return not text or _cue("empty_cell").match(text) is not None or len(text.split()) < MIN_WORDS


def is_risk_heading(text: str) -> bool:
    number, title = split_number(text)
    title = title.rstrip(":").strip()
    if title.lower() == "risk" and number is None:
        return False  # a lone "Risk" line is usually a table label the reader promoted
    if title[:1].islower():
        return False  # a line of a table or sentence the reader promoted
    return bool(_cue("risk_heading").search(title) or _cue("risk_question").match(title))


# "Risk ratings", "Risk score", "Risk owner" columns hold measures of a risk, not risks.
MEASURES = ("ref", "likelihood", "impact", "score", "owner")

def _table_columns(header: list[str]) -> tuple[Optional[int], Optional[int], Optional[int]]:
    """(risk column, mitigation column, risk detail column) of a table header, or Nones,
    read from the shared column roles (extract/data/column_roles.yml)."""
    columns = column_roles(header)
    risk = find_column(columns, "risk", MEASURES)
    if risk is None:
        return None, None, None
    mitigation = find_column(columns, "mitigation", MEASURES, skip=[risk])
    detail = None
    if _cue("short_title_column").search(squash(header[risk])):
        # A short risk title leaves what would happen to a column of its own.
        detail = find_column(columns, "risk_detail", MEASURES, skip=[risk, mitigation])
    return risk, mitigation, detail


def _further_column(header: list[str], risk: Optional[int], mitigation: Optional[int]) -> Optional[int]:
    """A register's second column of what is done (`Controls | Gaps | Actions`, `Existing controls |
    Further actions`): the actions still to take, added to the mitigation."""
    if risk is None or mitigation is None:
        return None
    return find_column(column_roles(header), "further_action", MEASURES, skip=[risk, mitigation])


class _RiskColumns(NamedTuple):
    """Where a risk table keeps each part, read from its header (a page's continuation has none)."""
    risk: Optional[int]
    mitigation: Optional[int]
    detail: Optional[int]
    further: Optional[int]
    further_label: str
    width: int
    measures: dict      # likelihood / impact / score / owner -> column


def _measure_columns(header: list[str], taken: set) -> dict:
    """A register's likelihood, impact, score and owner columns, named as in risk_cues.yaml's BAF fields
    or by a register's short names (``L``, ``I``), and its column of what the risk would do."""
    columns = {}
    for i, cell in enumerate(header):
        if i in taken:
            continue
        label = _BRACKETED_RE.sub("", squash(cell)).rstrip(":")
        field = _field_of(label)
        if field not in ("likelihood", "impact", "score", "owner"):
            field = _field_of(label, cues().register_columns)
        if field in ("likelihood", "impact", "score", "owner", "consequence") and (
                field not in columns or _rating_rank(label) < _rating_rank(squash(header[columns[field]]))):
            columns[field] = i
    return columns


def _rating_rank(label: str) -> int:
    """0 for the current (residual) rating, 1 for an unmarked one, 2 for the rating before controls
    (inherent): a register giving both keeps the risk's current rating (risk_cues.yaml rating_stages)."""
    label = squash(label)
    if cues().current_stage.match(label):
        return 0
    return 2 if cues().before_controls_stage.match(label) else 1


def _is_field_label(cell: str) -> bool:
    """A BAF block's field label ("Strategic objective", "Rating (current / target)", "Gaps in
    control"), which a register's risk cell never is."""
    label = _BRACKETED_RE.sub("", cell).strip().rstrip(":")
    return bool(label) and _field_of(label) is not None


# A bracketed aside and the spaces before it (`Rating (current / target)` -> `Rating`).
_BRACKETED_RE = re.compile(r"\s*\([^)]*\)")


def _with_consequence(risk: str, consequence: str, fields: dict) -> str:
    """A register's consequence column: words say what the risk would do and join its text
    (``hazard: consequence``); a number there is the risk's impact."""
    if not consequence or _cue("empty_cell").match(consequence):
        return risk
    if is_decimal_number(consequence):
        fields.setdefault("impact", consequence)
        return risk
    if len(consequence.split()) < 3 or normalise(consequence) in normalise(risk):
        return risk
    return f"{risk}: {consequence}"


def _cell(cells: list[str], i: Optional[int]) -> str:
    return squash(cells[i]) if i is not None and i < len(cells) else ""


def _table_risks(passages):
    """[passage, risk, mitigation] for each row of a risk table.

    A table that goes on over a page often loses its header there, and the
    reader takes its first row for one: a headerless table with as many
    columns, soon after a risk table, carries on with that table's columns,
    and a row whose risk text ends mid-sentence goes on in the next row.
    """
    passages = list(passages)
    found: list[list] = []
    columns = None      # _RiskColumns of the last risk table
    gap = 0             # passages since the last risk table row
    carried: set = set()  # tables that carry on the last risk table

    for passage in passages:
        if passage.kind not in ("table_row", "table_header"):
            gap += 1
            if gap > 4 or (passage.kind == "heading" and len(passage.text.split()) > 4):
                columns = None
            continue
        header = passage.header if passage.kind == "table_row" else []
        risk_col, mitigation_col, detail_col = _table_columns(header) if header else (None, None, None)
        raid = _raid_columns(header) if header and risk_col is None else None
        if raid is not None:
            columns, gap = None, 0
            row = _raid_row(passage.cells, raid)
            if row is not None:
                found.append([passage, *row])
            continue
        continued = False
        if risk_col is None and passage.kind == "table_row" and passage.table not in carried:
            across = list(_risks_across_row(passage))
            if across:
                columns, gap = None, 0
                found.extend(across)
                continue
        if risk_col is None:
            if passage.table not in carried:
                if columns is None or len(passage.cells) != columns.width or _table_columns(passage.cells)[0] is not None:
                    continue
                cells = [squash(c) for c in passage.cells if c and c.strip()]
                looks_like_data = any(len(c.split()) >= 5 for c in cells) or (cells and cells[0][:1].islower())
                if not (passage.kind == "table_header" or not header) or not looks_like_data:
                    continue
                carried.add(passage.table)
            continued = True
        else:
            further_col = _further_column(header, risk_col, mitigation_col)
            further_label = squash(header[further_col]) if further_col is not None else ""
            taken = {risk_col, mitigation_col, detail_col, further_col}
            columns = _RiskColumns(risk_col, mitigation_col, detail_col, further_col, further_label, len(header),
                                   _measure_columns(header, taken))
        risk_col, mitigation_col, detail_col, further_col, further_label, _width, measures = columns
        gap = 0
        cells = passage.cells
        risk = _cell(cells, risk_col)
        detail = _cell(cells, detail_col)
        mitigation = _cell(cells, mitigation_col) or None
        if mitigation and _cue("empty_cell").match(mitigation):
            mitigation = None
        further = _cell(cells, further_col)
        if further and not _cue("empty_cell").match(further):
            mitigation = f"{mitigation} {further_label}: {further}" if mitigation else further
        if continued and found and risk[:1].islower() and found[-1][1][-1:] not in ("", ".", "!", "?"):
            # "There is a risk that with the" / "timescales, delivery will not ..."
            previous = found[-1]
            previous[1] = f"{previous[1]} {risk}"
            if mitigation:
                previous[2] = f"{previous[2]} {mitigation}" if previous[2] else mitigation
            continue
        if detail and not _cue("empty_cell").match(detail) and normalise(detail) != normalise(risk):
            risk = f"{risk}: {detail}" if risk else detail
        if not risk or _cue("empty_cell").match(risk) or _cue("answer_cell").match(risk) or len(risk.split()) < 2 \
                or _cue("total_row").match(risk):
            continue
        if _is_field_label(_cell(cells, risk_col)):
            continue  # "Risk lead | Chief Nurse": a BAF block set as a Label | Value table, read as a block
        fields = {name: value for name, i in measures.items() if (value := _cell(cells, i)) and name != "consequence"}
        if detail_col is None:
            # A hazard alone does not say what goes wrong; a risk with its description already does.
            risk = _with_consequence(risk, _cell(cells, measures.get("consequence")), fields)
        fields["rule"] = "risk.register" if fields else "risk.table"
        # (a row with its controls keeps its reference too: a later summary row may name it again.)
        reference = _row_reference(cells, risk_col) or _leading_reference(risk)
        if reference:
            fields["reference"] = _key_of(reference)  # its controls may be given elsewhere (find_risks)
        found.append([passage, risk, mitigation, fields])
    for passage, risk, mitigation, fields in found:
        yield passage, risk, mitigation, fields


def _risks_across_row(passage):
    """[passage, risk, None, fields] for each cell of a row labelled "Risks" in a table laid out the
    other way round (options or schemes across, Description / Cost / Benefits / Risks down): each
    option's cell in that row is its risk.  A two-cell row is a Label | Value block's, read elsewhere."""
    cells = [squash(c) for c in passage.cells]
    if len(cells) < 3:
        return
    label = column_roles(cells[:1])[0]
    if not label.has("risk") or label.has(*MEASURES):
        return
    for cell in cells[1:]:
        # ("Risks | The risk register was reviewed in January | Green" in a progress table: no risk.)
        if len(cell.split()) >= MIN_WORDS and not _is_empty(cell) and not _cue("answer_cell").match(cell) \
                and _says_something_may_go_wrong(cell):
            yield [passage, cell, None, {"rule": "risk.row_across"}]


class _RaidColumns(NamedTuple):
    kind: int           # the column saying what each row is: Risk, Assumption, Issue, Dependency
    description: int
    mitigation: Optional[int]
    measures: dict
    risk_row: str = "raid_risk_row"  # the cue a risk's kind cell matches (a reference: risk_reference_row)


def _raid_columns(header: list[str]) -> Optional[_RaidColumns]:
    """A RAID log's columns (``Type | Ref | Description | Owner | Action | RAG``): a log of risks,
    assumptions, issues and dependencies with no risk column, each row saying what it is."""
    columns = column_roles(header)
    kind = next((i for i, cell in enumerate(header) if _cue("raid_type_column").match(squash(cell))), None)
    risk_row = "raid_risk_row"
    if kind is None:
        # A log of risks and issues with no Type column (Ref | Description | Response): each row's
        # reference says what it is ("R1" a risk, "I1" an issue); only with a column of what is done,
        # which a list of references to other things lacks.
        kind, risk_row = find_column(columns, "ref"), "risk_reference_row"
        if kind is None:
            return None
    description = find_column(columns, "risk_detail", MEASURES, skip=[kind])
    if description is None:
        return None
    mitigation = find_column(columns, "mitigation", MEASURES, skip=[kind, description])
    if risk_row == "risk_reference_row" and mitigation is None:
        return None
    return _RaidColumns(kind, description, mitigation,
                        _measure_columns(header, {kind, description, mitigation}), risk_row)


def _raid_row(cells: list[str], columns: _RaidColumns):
    """(risk, mitigation, fields) of a RAID log row that is a risk; None for an assumption, issue
    (which has already happened) or dependency."""
    if not _cue(columns.risk_row).match(_cell(cells, columns.kind)):
        return None
    risk = _cell(cells, columns.description)
    if _is_empty(risk):
        return None
    mitigation = _cell(cells, columns.mitigation) or None
    if mitigation and _cue("empty_cell").match(mitigation):
        mitigation = None
    fields = {name: value for name, i in columns.measures.items() if (value := _cell(cells, i)) and name != "consequence"}
    fields["rule"] = "risk.raid_log"
    return risk, mitigation, fields


# A risk row's identifier is short: "BAF 2", "SR3", "R14".
REFERENCE_WORDS = 3


def _row_reference(cells: list[str], risk_col: Optional[int]) -> Optional[str]:
    """A risk row's identifier ("BAF 2", "SR3"): a short first cell, before the risk's, holding a number
    and a letter. A bare row number ("1" from a No. column) is no identifier: a numbered paragraph
    ("1.3 ... Controls: ...") would otherwise lend its controls to row 1."""
    if not cells or risk_col in (None, 0):
        return None
    first = squash(cells[0])
    is_identifier = any(ch.isdigit() for ch in first) and any(ch.isalpha() for ch in first)
    return first if len(first.split()) <= REFERENCE_WORDS and is_identifier else None


# `SR2 Estates backlog`: a risk cell that opens with its reference (capitals and a number) before its name.
LEADING_REFERENCE_RE = re.compile(r"^(?P<ref>[A-Z]{1,6}[ -]?\d{1,3}[a-z]?)\s*[:.\u2013-]?\s+(?=[A-Z])")


def _leading_reference(risk: str) -> Optional[str]:
    match = LEADING_REFERENCE_RE.match(risk)
    return match.group("ref") if match else None


def _key_of(reference: str) -> str:
    """A risk's reference or a list marker as the key its mentions share: letters and digits,
    lower-cased ("BAF 1" and "BAF-1" give "baf1"; "(a)", "a)" and "a." give "a")."""
    return "".join(runs(reference.lower(), "a-z0-9"))


def _controls_by_reference(passages, block_controls: dict[str, str]) -> dict[str, str]:
    """The one map from a risk's reference key (``_key_of``: "baf1", "sr3") to its controls, wherever
    the paper gives them: first the narrative paragraphs that open with the reference ("BAF 1 (urgent
    care). ... Controls in place: the system plan ..."; the sentence after the controls label, keyed
    by every opening a reference could be: "baf", "baf 1", "baf 1 (urgent"; not "baf 1" of "BAF 10";
    the first paragraph with an opening keeps it), then the Board Assurance Framework blocks' own
    controls (``block_controls``, by their reference key; a block may name no risk, "PR1" over its
    controls)."""
    found: dict[str, str] = {}
    for passage in passages:
        if passage.kind not in ("paragraph", "list_item"):
            continue
        text = squash(passage.text).lstrip("*_ ")
        label = next((match for match in required_text.finditer(cues().baf_label, text)
                      if _field_of(match.group("label")) == "controls"), None)
        controls = _first_sentence(text[label.end():]) if label else None
        if not controls:
            continue  # no controls here: a later paragraph with the same opening may have them
        for end in _reference_ends(text):
            found.setdefault(_key_of(text[:end]), controls)
    for key, controls in block_controls.items():
        found.setdefault(key, controls)
    return found


def _reference_ends(text: str):
    """Where a reference at the start of ``text`` could end: before a character that is not a
    letter or digit (or at the end), within its first REFERENCE_WORDS words."""
    for end in range(1, len(text) + 1):
        if end == len(text) or not text[end].isalnum():
            if len(text[:end].split()) > REFERENCE_WORDS:
                return
            yield end


def _first_sentence(text: str) -> str:
    return (sentence_texts(text) or [text])[0]


MAX_HEADING_LINE_WORDS = 6


def _is_heading_line(text: str) -> bool:
    """A short line naming a risk section ("Risk management", "8. Risk implications")."""
    number, title = split_number(squash(text))
    title = title.rstrip(":").strip()
    if _cue("risk_question").match(title):
        return True  # "What are the risks of not doing this?": a report in question headings
    if len(title.split()) > MAX_HEADING_LINE_WORDS or title.endswith((".", "!", "?", ";", ",")):
        return False
    return title[:1].isupper() and bool(_cue("risk_heading").search(title)) and title.lower() != "risk"


def _from_risk_lead_in(text: str) -> str:
    """A paragraph that opens with context and then says "The key risk is that ..." (or states a
    risk another way, "Were prices to rise ..., the scheme would ...") starts its risk at that
    sentence.  The opening's mention of risk as a way of working ("A project risk log is kept")
    names no risk."""
    if _cue("risk_lead_in").match(text):
        return text
    sentences = sentence_texts(text)
    for i, sentence in enumerate(sentences[1:], start=1):
        if _cue("risk_lead_in").match(sentence) or _statement(sentence, True):
            # "If they are not, ...": the sentence before says what "they" are, and starts the risk.
            start = i - 1 if _cue("refers_back").match(sentence) else i
            opening = cues().process.sub("", " ".join(sentences[:start]))
            if start == 0 or _cue("risk_words").search(opening) or _statement(sentences[0], True):
                return text  # the opening already names a risk
            return " ".join(sentences[start:])
    return text


def _section_risks(passages):
    """(passage, risk, mitigation) from prose under risk headings."""
    passages = list(passages)
    topic_led = _topic_led(passages)
    risk_depth: Optional[int] = None
    in_section = False
    by_question = False    # the section was opened by a question line: the next question ends it
    current: Optional[list] = None
    under_risk = False     # the passage before was the current risk's (or its mitigation's)
    controls_open = False  # "Key controls:" straight under the risk: the lines below are its controls
    for position, passage in enumerate(passages):
        if passage.kind == "heading":
            under_risk = controls_open = False
            depth = heading_depth(passage.text)
            if in_section and risk_depth is not None and depth is not None and depth > risk_depth:
                continue  # a subsection of the risk section
            if current:
                yield tuple(current)
                current = None
            in_section = is_risk_heading(passage.text)
            risk_depth = depth if in_section else None
            continue
        if passage.kind == "paragraph" and _is_heading_line(passage.text):
            # "Risk management" on a line of its own, in sentence case, that
            # the reader kept as a paragraph: a risk section up to the next heading.
            under_risk = controls_open = False
            if current:
                yield tuple(current)
                current = None
            in_section, risk_depth = True, None
            by_question = bool(_cue("question_line").match(squash(passage.text)))
            continue
        if in_section and by_question and passage.kind == "paragraph" \
                and _cue("question_line").match(squash(passage.text)):
            # "What will it cost?": the next question of a report in question headings.
            under_risk = controls_open = False
            if current:
                yield tuple(current)
                current = None
            in_section = by_question = False
            continue
        if not in_section or passage.kind not in ("paragraph", "list_item"):
            under_risk = controls_open = False
            continue
        if _ends_risk_section(passage.text) and not _topic_of_next(passages, position):
            # "Financial implications:" on its own line, "Contact officer: ..., tel ...": the paper's
            # next field or its furniture; the risk section is over.
            under_risk = controls_open = False
            if current:
                yield tuple(current)
                current = None
            in_section, risk_depth = False, None
            continue
        number, text = split_number(_PAGE_FOOTER_RE.sub("", passage.text))
        if current is not None and under_risk and cues().controls_label.match(text.strip("*_ ")):
            controls_open = True
            continue
        if controls_open and current is not None and number is None and not _ends_controls(passage, text):
            control = text.strip().rstrip(" ;")
            current[2] = f"{current[2]}; {control}" if current[2] else control
            continue
        controls_open = False
        under_risk = False
        text = _from_risk_lead_in(text)
        if text.endswith(":") or _cue("introduces").search(text):
            continue  # a lead-in to what follows, not a risk
        if _cue("mitigation_lead").match(text):
            if current is not None:
                current[2] = f"{current[2]} {text}" if current[2] else text
            continue
        if _cue("boilerplate").search(_first_sentence(text)) and not _names_a_risk(text, ("that", "of")):
            continue
        if _only_process_risk(text) or cues().appetite.search(_first_sentence(text)) or _states_no_risk(text):
            continue  # "A risk assessment was completed ...", "The Board has a low appetite for ...": no risk
        if _only_records_a_past_fact(text):
            continue  # "The precept proposal was published on 20 January.": what was done, no risk
        if cover.starts_with_label(text) and not _cue("risk_label").match(text) and not _cue("labelled_mitigation").match(text):
            continue  # "Author: ...", "Contact officer: ...": a cover label, page furniture under the section
        if passage.seq not in topic_led and _labelled_aside(text):
            continue  # "Consultation: ... was consulted", "Signed: ...": a field of the paper, no risk
        risk, mitigation = _split_inline_mitigation(text)
        # An item carrying its own labelled mitigation ("Pay award - ... would cost £0.4m. Mitigation: ...")
        # is a risk with its answer, not more of what is done about the risk before it.
        own_answer = mitigation is not None and _cue("labelled_mitigation").match(mitigation) is not None
        if current is not None and passage.seq not in topic_led and not _cue("risk_words").search(risk) \
                and not own_answer and _statement(_first_sentence(risk), True) is None and (
                _cue("action_words").search(text) or (mitigation and not _harmful(_first_sentence(risk)))
                or _says_what_is_done(risk) or (current[2] and passage.kind == "list_item" and number is None)):
            # (A paragraph that opens on a harm and then says what is done is a risk with its own mitigation.)
            # What is being done about the risk before it.
            current[2] = f"{current[2]} {text}" if current[2] else text
            under_risk = True
            continue
        if _is_empty(risk) or (len(risk.split()) < 8 and not without_final_newline(risk).endswith((".", "!", "?", ";"))):
            continue  # empty, or a scrap of a table the reader could not rebuild
        if current:
            yield tuple(current)
        current = [passage, risk, mitigation]
        under_risk = True
    if current:
        yield tuple(current)


# A numbered risk section's body ends at the next heading or title line, within this many passages.
NUMBERED_SECTION_PASSAGES = 15
NUMBERED_SECTION_MIN_WORDS = 8  # a section's prose opens with a sentence, not a table's short cells


def _numbered_title(passage) -> Optional[str]:
    """The title of a line opening a numbered risk section ("Risk 3 – Pay award"), set as a heading or as
    a short paragraph of its own (risk_cues.yaml numbered_risk_title), else None."""
    if passage.kind not in ("heading", "paragraph"):
        return None
    line = squash(passage.text).strip("*_# ")
    match = _cue("numbered_risk_title").match(line)
    if match is None or cues().row_cut.search(line):
        return None  # ("Risk 4 Failure to comply with the law and": a summary table's row read across, cut short)
    return match.group("title").strip()


def _strong_risk_sentence(sentence: str) -> bool:
    """A sentence of a risk section that says what may go wrong in so many words: a risk named (not risk as
    a way of working), an uncertain modal, an uncertainty, or a harm that follows unless or without
    something (risk_cues.yaml section_risk_sentence)."""
    return bool(_cue("section_risk_sentence").search(cues().process.sub("", sentence)))


def _numbered_sections(passages):
    """(title passage, title, body passages) for each numbered risk section ("Risk 2 – Forecast overspend"
    over prose): the body runs to the next heading or title line.  A title over a Board Assurance
    Framework block's labelled fields ("Controls:", "Score:") or over a table is that block's, not prose."""
    passages = list(passages)
    subsections = _risk_subsections(passages)
    titles = [_numbered_title(passage) for passage in passages]  # read once: a title also ends the body above it
    for index, passage in enumerate(passages):
        title = titles[index] or subsections.get(passage.seq)
        if title is None:
            continue
        body = []
        for after in range(index + 1, min(index + 1 + NUMBERED_SECTION_PASSAGES, len(passages))):
            following = passages[after]
            if following.kind == "heading" or titles[after] is not None \
                    or following.kind not in ("paragraph", "list_item"):
                break
            body.append(following)
        if not body or any(cues().baf_label.match(squash(p.text)) or cues().field_line.match(squash(p.text))
                           for p in body):
            continue
        opening = squash(body[0].text)
        if len(opening.split()) < NUMBERED_SECTION_MIN_WORDS or not opening[:1].isupper() \
                or any(_cue("numbered_risk_reference").match(squash(p.text)) for p in body):
            # A table's cells read as lines ("9 (high)", "Reasonable"), or its rows read across ("Risk 4
            # Failure to ...: Risk 6 ..."): not a section's prose.
            continue
        if passage.seq in subsections and sum(1 for p in body if any(
                _statement(sentence, False) for sentence in sentence_texts(_paragraph_text(p)))) > 1:
            continue  # a subsection stating several risks, one a paragraph: the risk section's own reading
        yield passage, title, body


# A subsection's title names its topic in a few words ("4.2 Pay award"), not a sentence.
SUBSECTION_TITLE_WORDS = 8


def _risk_subsections(passages) -> dict[int, str]:
    """{heading seq: title} for the numbered subsections of a risk section ("4. Principal financial risks"
    then "4.1 Pay award", "4.2 Fees and charges"), each titled by a short topic: like "Risk 1 – Pay award",
    each is about one risk.  A subsection titled as a risk section itself ("4.3 Risk management") or as a
    report's section ("4.4 Financial implications") is not."""
    found: dict[int, str] = {}
    parent: Optional[int] = None   # depth of the enclosing risk heading
    for passage in passages:
        if passage.kind != "heading":
            continue
        depth = heading_depth(passage.text)
        if depth is None:
            continue
        if parent is not None and depth > parent:
            title = squash(split_number(passage.text)[1]).rstrip(":")
            if title[:1].isupper() and len(title.split()) <= SUBSECTION_TITLE_WORDS and _unfinished(title) \
                    and not is_risk_heading(passage.text) and not _cue("implications_heading").search(title) \
                    and not _cue("aspect_title").match(title):
                found[passage.seq] = title
            continue
        title = split_number(squash(passage.text))[1]
        # (Not a report's implications heading that names risk among others, "Legal, financial and risk
        # implications": its subsections are the aspects, "5.1 Legal".)
        names_risks = is_risk_heading(passage.text) or (_cue("mentions_risk").search(title) and not cues().appetite.search(title)
                                                        and not _cue("aspects_heading").search(title))
        parent = depth if names_risks else None
    return found


def _numbered_risk_sections(passages):
    """(seqs, passage, title, risk, mitigation) for each numbered risk section of a statement or report: a
    line "Risk <n> – <Heading>" (or a numbered subsection's short title under a risk section's heading) over
    prose about one risk.  The risk is the heading with the sentence that states
    it: the first statement of a risk (the rules of ``_statement``), else the first sentence that names a
    risk or says what may go wrong (``_strong_risk_sentence``; a sentence before it that "This ..." points
    back to comes too), else the paragraph just before the section's mitigation lead ("To mitigate this
    risk:"); the sentences after it that still say what may go wrong go on with it.  The mitigation is
    what follows a mitigation lead (the lead's own paragraph, or the list items after a lead ending in a
    colon), or the rest of the risk's paragraph when there is no lead, and the later paragraphs of the
    section that say what is done.  The whole section is that one risk's: its other sentences are not
    risks of their own."""
    for title_passage, title, body in _numbered_sections(passages):
        paragraphs = []     # [(passage, sentences)] of the body's paragraphs and items
        lead_at = None      # (paragraph index, sentence index) of the first mitigation lead
        for passage in body:
            sentences = sentence_texts(_paragraph_text(passage)) or [_paragraph_text(passage)]
            for k, sentence in enumerate(sentences):
                if lead_at is None and _cue("mitigation_lead").match(sentence):
                    lead_at = (len(paragraphs), k)
            paragraphs.append((passage, sentences))

        def before_lead(i: int, k: int) -> bool:
            return lead_at is None or (i, k) < lead_at

        places = [(i, k) for i, (_p, sentences) in enumerate(paragraphs) for k in range(len(sentences))
                  if before_lead(i, k) and not _about_risk_handling(sentences[k])]
        found = next(((i, k) for i, k in places if _statement(paragraphs[i][1][k], False)), None) \
            or next(((i, k) for i, k in places if _strong_risk_sentence(paragraphs[i][1][k])), None)
        if found is not None:
            i, start = found
            sentences = paragraphs[i][1]
            if start > 0 and _cue("points_back").match(sentences[start]):
                start -= 1  # "This makes it hard to plan ...": what "this" is comes first
            end = found[1] + 1
            while end < len(sentences) and before_lead(i, end) and _strong_risk_sentence(sentences[end]):
                end += 1
        elif lead_at is not None and lead_at[0] > 0:
            i = lead_at[0] - 1 if lead_at[1] == 0 else lead_at[0]
            sentences = paragraphs[i][1]
            start, end = 0, (len(sentences) if i < lead_at[0] else lead_at[1])
        else:
            continue  # nothing in the section says what may go wrong
        risk_text = " ".join(sentences[start:end])
        if _is_empty(risk_text):
            continue
        parts: dict[int, list[str]] = {i: sentences[end:]} if lead_at is None else {}
        if lead_at is not None:
            led = paragraphs[lead_at[0]][1][lead_at[1]:]
            parts[lead_at[0]] = [text for text in led if not text.rstrip().endswith(":")]
            if led[-1].rstrip().endswith(":"):
                # "To mitigate this risk:" and the items below it.
                for j in range(lead_at[0] + 1, len(paragraphs)):
                    if paragraphs[j][0].kind != "list_item":
                        break
                    parts[j] = paragraphs[j][1]
        for j, (_passage, texts) in enumerate(paragraphs):
            if j > i and j not in parts and _is_mitigation_sentence(texts[0]) \
                    and not any(_strong_risk_sentence(text) or _statement(text, False) for text in texts):
                parts[j] = texts  # a later paragraph saying what is done, and nothing that may go wrong
        mitigation = [text for j in sorted(parts) for text in parts[j]]
        seqs = {title_passage.seq} | {passage.seq for passage in body}
        yield seqs, title_passage, title, f"{title}: {risk_text}", " ".join(mitigation) or None


def _about_risk_handling(sentence: str) -> bool:
    """A sentence about how risk is handled, not a risk: the risk management policy or strategy
    (boilerplate), risk as a way of working, an appetite for risk, or a statement that there is no risk."""
    return bool(_cue("boilerplate").search(sentence) or _only_process_risk(sentence) or cues().appetite.search(sentence)
                or _states_no_risk(sentence) or _cue("no_risk").search(sentence))


def _title_list_items(passages, titles: list[str]) -> set[int]:
    """The items of a list that names the numbered risk sections below it ("The main risks are: Pay award;
    Fees and charges; ..."), each item a section's heading: a table of contents, whose risks the sections
    state.  A list is one when at least half its items share most words with a section's title."""
    title_words = [_content_words(title) for title in titles]

    def is_title(text: str) -> bool:
        words = _content_words(squash(split_number(text)[1]))
        return bool(words) and any(len(words & other) >= 0.6 * max(len(words), len(other)) for other in title_words)

    seqs: set[int] = set()
    run: list = []
    for passage in list(passages) + [None]:
        if passage is not None and passage.kind == "list_item":
            run.append(passage)
            continue
        if run and 2 * sum(1 for item in run if is_title(item.text)) >= len(run):
            seqs |= {item.seq for item in run}
        run = []
    return seqs


TOPIC_WORDS = 12  # a topic-led risk says what may happen at some length ("Consultation: X was consulted" does not)


def _topic_led(passages) -> set[int]:
    """The passages of a run of two or more in a row each led by a short topic and a colon and going on
    at length ("Inflation: ... would add around £150k ...", "Demand: ... rose from 31 to 36 ..."): a
    list of risks set out by topic under a risk section, even where an item names no harm itself."""
    def led(passage) -> bool:
        if passage.kind not in ("paragraph", "list_item"):
            return False
        text = squash(split_number(passage.text)[1])
        match = _cue("topic_led").match(text)
        return bool(match) and len(match.group("value").split()) >= TOPIC_WORDS \
            and not cover.starts_with_label(text)
    marks = [led(passage) for passage in passages]
    return {passage.seq for i, passage in enumerate(passages)
            if marks[i] and ((i > 0 and marks[i - 1]) or (i + 1 < len(marks) and marks[i + 1]))}


MAX_FOLLOWING = 5


# Spoken contractions (a transcript's `we've`, `we'll`, `I'm`) written out, so the cues read them as
# the words they stand for.
CONTRACTIONS = {"ve": "have", "ll": "will", "re": "are", "m": "am"}
CONTRACTION_RE = re.compile(r"\b(we|i|they|you)['’](ve|ll|re|m)\b", re.I)


def _without_contractions(sentence: str) -> str:
    return CONTRACTION_RE.sub(lambda m: f"{m.group(1)} {CONTRACTIONS[m.group(2).lower()]}", sentence)


def _is_needed_step(sentence: str) -> bool:
    """A sentence saying what must be done, with no harm or uncertainty of its own (risk_cues.yaml needed_step)."""
    return bool(_cue("needed_step").search(sentence)) and not _harmful(sentence) and not cues().uncertain.search(sentence)


def _is_mitigation_sentence(sentence: str) -> bool:
    sentence = _without_contractions(sentence)
    if _cue("eased_concession").match(sentence):
        return True  # "Although this pressure has been reduced through ..., costs remain high": the measure named
    if _cue("lessened").search(sentence) and not cues().modal.search(sentence):
        # "..., so the risk from falls in property values is minimal": what answers the risk (the falls it names
        # are the risk's own words; only a further "could" or "may" would say more of the risk)
        return True
    if _cue("risk_lead_in").match(sentence) or _cue("still_risk").search(sentence):
        return False
    if cues().referred.search(sentence) and _statement(sentence, True) is None:
        return True  # "Officers will revisit that risk": what is done about the risk before it
    return bool(_cue("mitigation_lead").match(sentence) or _cue("labelled_mitigation").match(sentence)
                or cues().next_sentence.match(sentence)
                or _cue("mitigation_sentence").search(sentence) or _cue("done").search(sentence)
                or _cue("action_words").search(sentence) or _cue("minuted_action").match(sentence)
                or _is_reply(sentence)
                or (_statement(sentence, True) is None and (_says_what_is_done(sentence) or _is_needed_step(sentence))))


# A semicolon and the spaces after it: where a risk's sentence may turn to what is done about it.
_SEMICOLON_RE = re.compile(r";\s*")


def _first_sentence_split(sentence: str) -> tuple[str, Optional[str]]:
    """A risk sentence that goes on to its mitigation ("; this will be mitigated by", "; officers will")."""
    # "The risk that the lift fails would be reduced by a second lift": the risk is the sentence's
    # subject, its mitigation what the verb says it is reduced by.
    subject = cues().subject_mitigated.match(sentence)
    if subject:
        return sentence[:subject.start("by")].rstrip(" ,"), sentence[subject.end():].strip() or None
    for pattern in (cues().inline, _cue("inline_mitigation"), cues().lowered_by, cues().joined_step):
        # (`If fees keep rising, the Council will have to draw on reserves`: the comma that closes an
        # opening condition leads to what follows from it, not to what is done about it.)
        match = next((m for m in pattern.finditer(sentence) if not _closes_condition(sentence, m.start())), None)
        if match and match.start() > 20:
            cut = match.start("by") if "by" in pattern.groupindex else match.start()
            earlier = _done_after_semicolon(sentence, before=cut)
            if earlier:
                return earlier  # "...; the contract requires ..., and the Board will ...": from the semicolon
            return sentence[:cut].rstrip(" ,;-–"), sentence[match.end():].strip() or None
    # After a semicolon: a clause saying what someone does wins at any semicolon; failing that, the
    # first clause opening with a mitigation's lead ("...; to reduce this risk, ...").
    led = None
    for semicolon in _SEMICOLON_RE.finditer(sentence):
        if semicolon.start() <= 20:
            continue
        head = sentence[:semicolon.start()].rstrip(" ,;-–")
        done = cues().after_semicolon.match(sentence, semicolon.start())
        if done and _says_what_is_done(rest := sentence[done.end():].strip()):
            return head, rest
        if led is None and _cue("mitigation_lead").match(after := sentence[semicolon.end():]):
            led = head, after.strip()
    return led or (sentence, None)


def _closes_condition(sentence: str, at: int) -> bool:
    """True where ``at`` is the comma that ends the sentence's opening condition and what follows is
    its consequence (`If ..., the Council will have to ...`), not a step taken (`If ..., officers will
    seek other funding`)."""
    if sentence[at:at + 1] != "," or not _cue("opening_condition").match(sentence[:at]):
        return False
    rest = sentence[at + 1:]
    return bool(_cue("forced_consequence").search(rest) or cues().uncertain.search(rest) or _harmful(rest))


def _done_after_semicolon(sentence: str, before: int) -> Optional[tuple[str, str]]:
    """(risk, mitigation) when a clause after a semicolon before ``before`` says what someone does."""
    for semicolon in _SEMICOLON_RE.finditer(sentence[:before]):
        if semicolon.start() <= 20:
            continue
        done = cues().after_semicolon.match(sentence, semicolon.start())
        if done and _says_what_is_done(rest := sentence[done.end():].strip()):
            return sentence[:semicolon.start()].rstrip(" ,;-–"), rest
    return None


def _classify(sentences: list[str], moves_on: bool = False) -> tuple[str, Optional[str]]:
    """The first sentence is the risk (and maybe, after a cue, its mitigation); each later one says
    what is done (mitigation) or says more about the risk.  With ``moves_on`` (prose outside a risk
    section) a plain sentence after the mitigation is the paper moving on, and ends the risk."""
    risk, inline = _first_sentence_split(sentences[0])
    risk_parts, mitigation_parts = [risk], [inline] if inline else []
    previous_was_mitigation = bool(inline)
    told_how_found = False  # an account of how the problem came to light has begun
    for sentence in sentences[1:]:
        if _cue("additive").search(sentence) and not _cue("still_risk").search(sentence) and not _is_needed_step(sentence):
            mitigation = previous_was_mitigation  # ("In addition, X is essential": a step whatever came before)
        else:
            mitigation = _is_mitigation_sentence(sentence)
        if moves_on and mitigation_parts and not mitigation and not _cue("turn").match(sentence) \
                and not _cue("additive").search(sentence):
            break
        if moves_on and not mitigation and _cue("new_point").match(sentence):
            break  # minutes: "The Committee emphasised ..." opens the next point of the discussion
        if moves_on and not mitigation and (told_how_found or (
                _cue("inquiry_account").match(sentence) and not _says_something_may_go_wrong(sentence))):
            # "An audit was prompted when ...", "This audit was able to show ...": how the problem came to
            # light, and what the paper says after it before what is done, are not the risk's statement.
            told_how_found = True
            continue
        lowered = None if mitigation else cues().lowered_by.search(sentence)
        if lowered:
            # "Whilst this remains a risk, it is now lower as a result of ...": the risk, then what lowered it.
            risk_parts.append(sentence[:lowered.start("by")].rstrip(" ,"))
            mitigation_parts.append(sentence[lowered.end():].strip())
            previous_was_mitigation = True
            continue
        (mitigation_parts if mitigation else risk_parts).append(sentence)
        previous_was_mitigation = mitigation
    return " ".join(risk_parts), " ".join(mitigation_parts) or None


def _split_inline_mitigation(text: str) -> tuple[str, Optional[str]]:
    """A risk paragraph's risk and, from its sentences that say what is done, its mitigation."""
    return _classify(sentence_texts(text) or [text])


def find_risks(passages) -> list[Risk]:
    found: list[Risk] = []
    used: set[int] = set()
    referenced: list[tuple[str, Risk]] = []   # risks filed under a reference, perhaps without controls
    block_controls: dict[str, str] = {}       # reference key -> controls a BAF block gave
    for passage, risk, mitigation, fields in _table_risks(passages):
        used.add(passage.seq)
        reference = fields.pop("reference", None)
        added = _add(found, passage, risk, mitigation, **fields)
        if reference and added is not None:
            referenced.append((reference, added))
    form_passages = []                        # an equality impact assessment's entries
    for passage, risk, mitigation in eqia_risks(passages):
        form_passages.append(passage)
        if risk:
            _add(found, passage, risk, mitigation, rule=EQIA_RULE)
    titles, numbered = [], set()              # numbered risk sections' titles and passages
    for seqs, passage, title, risk, mitigation in _numbered_risk_sections(passages):
        numbered |= seqs
        titles.append(title)
        _add(found, passage, risk, mitigation, rule="risk.numbered_section")
    if titles:
        used |= numbered | _title_list_items(passages, titles)
    stated: dict[str, Risk] = {}              # reference key -> the risk its BAF block states
    for seqs, passage, risk, mitigation, fields, reference in _baf_risks([p for p in passages if p.seq not in numbered]
                                                                         if numbered else passages):
        used |= seqs
        if mitigation:
            block_controls.setdefault(reference, _cue("labelled_mitigation").sub("", mitigation).strip())
        if risk:
            added = _add(found, passage, risk, mitigation, rule="risk.baf", **fields)
            if added is not None:
                referenced.append((reference, added))
                stated.setdefault(reference, added)
    found = _summary_rows_dropped(found, referenced, stated)
    waiting = [(reference, risk) for reference, risk in referenced if risk.mitigation is None and risk in found]
    if waiting:
        # "SR1" in a summary, its controls on the risk's own page or in a later section keyed by "SR1".
        controls = _controls_by_reference(passages, block_controls)
        for reference, risk in waiting:
            risk.mitigation = risk.mitigation or controls.get(reference)
    for seqs, passage, risk, mitigation in _register_entries(passages, used):
        used |= seqs
        _add(found, passage, risk, mitigation, rule="risk.register_entry")
    for seqs, passage, risk, mitigation in _untitled_entries(passages, used):
        used |= seqs
        _add(found, passage, risk, mitigation, rule="risk.untitled_entry")
    for seqs, passage, risk, mitigation in _lettered_risks(passages, used):
        used |= seqs
        _add(found, passage, risk, mitigation, rule="risk.lettered_list")
    for passage, risk, mitigation in _section_risks([p for p in passages if p.seq not in used]):
        used.add(passage.seq)
        _add(found, passage, risk, mitigation, rule="risk.section")
    for passage, risk, mitigation in _labelled_risks(passages, used):
        used.add(passage.seq)
        _add(found, passage, risk, mitigation, rule="risk.cover_label")
    for passage, risk, mitigation in _listed_risks(passages, used):
        used.add(passage.seq)
        _add(found, passage, risk, mitigation, rule="risk.list")
    for passage, risk, mitigation, rule in _prose_risks(passages, used, assessment=bool(form_passages)):
        _add(found, passage, risk, mitigation, rule=rule)
    _mitigated_by_later_section(passages, found)
    if any(r.rule in _ROW_RULES for r in found):
        # A paper with a risk table declares its risks there; the impacts and options its implications
        # sections weigh up say the same things in other words.
        found = [r for r in found if r.rule not in _flagged("only_without_a_table")]
    if form_passages:
        # The form's other rows (its general comments, its guidance) restate the entries' impacts.
        tables = {p.table for p in form_passages if p.table is not None}
        table_of = {p.seq: p.table for p in passages}
        found = [r for r in found if r.rule == EQIA_RULE or r.rule in _ROW_RULES
                 or table_of.get(r.passage_seq) not in tables]
    found.sort(key=lambda r: r.passage_seq)
    return found


# How far below a risk a section on reducing it may open (passages).
MITIGATING_SECTION_REACH = 10


def _mitigated_by_later_section(passages, found: list[Risk]) -> None:
    """A report that states a risk (a forecast overspend that "poses a risk to" the body's finances)
    and then gives a section to reducing it ("3. Mitigating the forecast overspend", "Reducing the deficit"):
    the section's closing paragraph, saying what its actions will help to avoid ("These steps will help
    minimise any call on the reserves"; else its last paragraph), is the mitigation of the nearest risk above it
    that has none (risk_cues.yaml mitigating_heading, helps_reduce)."""
    passages = list(passages)
    for index, passage in enumerate(passages):
        if passage.kind != "heading" or not _cue("mitigating_heading").match(squash(split_number(passage.text)[1])):
            continue
        waiting = [r for r in found if r.mitigation is None and 0 < passage.seq - r.passage_seq <= MITIGATING_SECTION_REACH]
        if not waiting:
            continue
        body = []
        for following in passages[index + 1:]:
            if following.kind == "heading":
                break
            if following.kind == "paragraph" and len(following.text.split()) >= MIN_WORDS:
                body.append(_paragraph_text(following))
        if not body:
            continue
        closing = next((text for text in reversed(body) if _cue("helps_reduce").search(text)), body[-1])
        max(waiting, key=lambda r: r.passage_seq).mitigation = closing


SHORT_NAME_WORDS = 6    # a row naming its risk in this many words or fewer names it, states nothing


def _summary_rows_dropped(found: list[Risk], referenced, stated: dict[str, Risk]) -> list[Risk]:
    """Each risk once: a summary table's row ("BAF 2 | Community waiting times | 15") whose reference
    has a BAF block of its own restating the row's words ("Community waiting times: Patients wait ...")
    is that block's risk, told in brief; the block keeps the row's measures where it gives none.  A row
    saying more than its block's title ("Staff shortages ... delay visits" over "SR2 - Workforce") stays."""
    summaries = []
    # Two tables keyed by one reference (the framework's rows, then an appendix's scores under a short
    # name, "BAF 3 | Estates backlog | 12"): the one that states the risk is its block.
    stating = {}
    for reference, risk in referenced:
        if len(risk.risk.split()) > SHORT_NAME_WORDS and (reference not in stating
                                                           or len(risk.risk) > len(stating[reference].risk)):
            stating[reference] = risk
    for reference, risk in referenced:
        block = stated.get(reference)
        if block is None and reference in stating and len(risk.risk.split()) <= SHORT_NAME_WORDS:
            block = stating[reference]
            if block is not risk:
                _merge_measures(block, risk)
                summaries.append(risk)
            continue
        if block is None or block is risk or risk.rule == "risk.baf" \
                or not _content_words(risk.risk) <= _content_words(block.risk):
            continue
        _merge_measures(block, risk)
        summaries.append(risk)
    dropped = {id(summary) for summary in summaries}
    return [r for r in found if id(r) not in dropped]


def _merge_measures(block: Risk, row: Risk) -> None:
    """A block keeps the summary row's measures where it gives none of its own."""
    for name in ("likelihood", "impact", "score", "owner"):
        setattr(block, name, getattr(block, name) or getattr(row, name))


# How far a register entry's evidence and parts may lie from its numbered line.
ENTRY_CONTEXT_PASSAGES = 12
ENTRY_CELL_WORDS = 6        # a line this short is one of the row's cells (or the rest of its title)
ENTRY_CELLS_MAX = 8
ENTRY_UPDATE_WORDS = 8      # a line this long is the update below the row
ENTRY_UPDATE_PASSAGES = 10


def _entry_line(passage) -> Optional[re.Match]:
    if passage.kind not in ("paragraph", "heading"):
        return None
    return cues().register_entry.match(squash(passage.text).strip("*_ "))


def _under_risk_header(passages, index: int) -> bool:
    """A register entry's evidence: its section's heading names risks, or a heading just above does,
    or a line just above is a risk column's header ("Risk", "Risk title") that the reader set as a
    line of its own."""
    if _cue("mentions_risk").search(passages[index].heading or ""):
        return True
    for earlier in passages[max(0, index - ENTRY_CONTEXT_PASSAGES):index]:
        heading_like = earlier.kind == "heading" or (
            earlier.kind == "paragraph" and len(earlier.text.split()) <= MAX_HEADING_LINE_WORDS and _unfinished(earlier.text))
        if heading_like and _cue("mentions_risk").search(earlier.text):
            return True  # "Significant risks on the corporate register" above a table and its entries
        if earlier.kind in ("paragraph", "heading") and len(earlier.text.split()) <= 3 \
                and column_roles([squash(earlier.text).strip("*_ ")])[0].role == "risk":
            return True
    return False


def _register_entries(passages, used: set[int]):
    """(seqs, passage, risk, mitigation) for each register entry led by its number on a line of its
    own (risk_cues.yaml register_entry): the number and title with the row's cells on the short lines
    below, and the update paragraphs after them as the mitigation, up to the next entry, a column
    header or a heading."""
    passages = list(passages)
    for index, passage in enumerate(passages):
        if passage.seq in used or not _entry_line(passage) or not _under_risk_header(passages, index):
            continue
        parts, seqs = [squash(passage.text).strip("*_ ")], {passage.seq}
        j = index + 1
        while j < len(passages) and j <= index + ENTRY_CELLS_MAX:
            text = squash(passages[j].text).strip("*_ ")
            if passages[j].seq in used or _entry_line(passages[j]) or len(text.split()) > ENTRY_CELL_WORDS:
                break
            parts.append(text)
            seqs.add(passages[j].seq)
            j += 1
        update: list[str] = []
        while j < len(passages) and len(update) < ENTRY_UPDATE_PASSAGES:
            nxt = passages[j]
            text = squash(nxt.text)
            if nxt.seq in used or nxt.kind not in ("paragraph", "list_item") or _entry_line(nxt) \
                    or (not update and len(text.split()) < ENTRY_UPDATE_WORDS):
                break
            if len(text.split()) <= 3 and column_roles([text.strip("*_ ")])[0].role == "risk":
                break  # the next row's header
            update.append(text)
            seqs.add(nxt.seq)
            j += 1
        if not update:
            continue  # a list of references, not a register's entries
        yield seqs, passage, " ".join(p for p in parts if p), " ".join(update)


# The field lines an untitled register entry may run to below its title line (rating, who is at risk, controls ...).
UNTITLED_ENTRY_FIELD_LINES = 8
_RATINGS = frozenset({"likelihood", "impact", "score"})


def _untitled_entries(passages, used: set[int]):
    """(seqs, passage, risk, mitigation) for each register entry with no reference: a title line, then a
    rating's and the controls' field lines ("Loss of cash through theft / Risk level: High / Those at risk:
    ... / Current controls:" and the list below it), on lines of their own or run into one paragraph.  The
    title is the risk, the controls (or the list under an empty controls line) the mitigation."""
    passages = list(passages)
    index = 0
    while index < len(passages):
        passage = passages[index]
        index += 1
        if passage.kind != "paragraph" or passage.seq in used:
            continue
        parts, seqs = [squash(passage.text)], {passage.seq}
        while index < len(passages) and len(parts) <= UNTITLED_ENTRY_FIELD_LINES \
                and passages[index].kind in ("paragraph", "heading") and passages[index].seq not in used \
                and cues().baf_label.match(squash(passages[index].text)):  # (a short field line read as a heading)
            parts.append(squash(passages[index].text))
            seqs.add(passages[index].seq)
            index += 1
        text = " ".join(parts)
        labels = list(required_text.finditer(cues().baf_label, text))
        title = text[:labels[0].start()].strip(" ;|") if labels else ""
        # (A title line names the risk in a few words, as a heading does: no sentence, no reference title.)
        if len(title.split()) < 2 or len(title.split()) > _BAF_TITLE_MAX_WORDS or not title[:1].isupper() \
                or "." in title or cues().baf_title.match(title):
            continue
        values: dict[Optional[str], str] = {}
        for i, label in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
            values.setdefault(_field_of(label.group("label")), text[label.end():end].strip(" ;|"))
        if not (values.keys() & _RATINGS) or "controls" not in values:
            continue  # a rating and the controls make a register's entry; other labelled lines do not
        below = _numbered_run(passages, index, passages[index - 1].heading, used) if not values["controls"] else []
        mitigation = values["controls"] or " ".join(below) or None
        yield seqs, passage, title, mitigation


# How far below a lettered list of risks its keyed mitigations may start (passages, before a heading).
LETTERED_MITIGATION_PASSAGES = 3
MAX_LETTERED_ITEMS = 12
_ITEM_END_RE = re.compile(r"[\s;,]*(?:\b(?:and|or)\b)?[\s;,]*$", re.IGNORECASE)


def _item_text(text: str) -> str:
    """A run-in item without the "; and" that joins it to the next."""
    return _ITEM_END_RE.sub("", squash(text))


def _marked_items(passages, start: int, used: set[int]) -> list[tuple[str, str, object]]:
    """The passages from ``start`` that each open with the next list marker ((a), (b), ...; a section
    number such as "5.2" ends them): [(key, text, passage)]."""
    items: list[tuple[str, str, object]] = []
    previous = None
    for passage in passages[start:start + MAX_LETTERED_ITEMS]:
        if passage.seq in used or passage.kind not in ("paragraph", "list_item"):
            break
        number, text = split_number(squash(passage.text))
        values = marker_values(number) if number else ()
        if not values or not continues_list(previous, values, first_ok=not items):
            break
        items.append((_key_of(number), text, passage))
        previous = values
    return items


def _keyed_sentences(text: str) -> dict[str, str]:
    """{key: answer} from sentences led by a risk's marker ("For (a), ...; for (b), ...")."""
    matches = list(_cue("keyed_sentence").finditer(text))
    return {match.group("key").lower(): _item_text(text[match.end():matches[j + 1].start() if j + 1 < len(matches)
                                                     else len(text)])
            for j, match in enumerate(matches)}


def _keyed_answers(passages, start: int, keys: set[str], used: set[int]) -> tuple[dict[str, str], list]:
    """The mitigations of a lettered list of risks, keyed by its markers, soon after it under the same
    heading: a paragraph with the markers run in ("In response: (a) ...; (b) ..."), sentences led by
    them ("For (a), ... For (b), ..."), or a lead line ("These will be managed as follows:") and
    passages opening with them.  ({key: mitigation}, the passages they take)."""
    for i in range(start, min(len(passages), start + LETTERED_MITIGATION_PASSAGES)):
        following = passages[i]
        if following.kind == "heading":
            break
        if following.seq in used or following.kind not in ("paragraph", "list_item"):
            continue
        text = squash(_paragraph_text(following))
        _lead, run_in = split_run_in(text)
        answers = {_key_of(marker.text): _item_text(item) for marker, item in run_in}
        if len(answers) < 2:
            answers = _keyed_sentences(text)
        if len(answers) >= 2 and keys >= set(answers):
            return answers, [following]
        if text.endswith(":"):
            items = _marked_items(passages, i + 1, used)
            answers = {key: _item_text(item) for key, item, _passage in items}
            if len(answers) >= 2 and keys >= set(answers):
                return answers, [following] + [passage for _key_, _item, passage in items]
    return {}, []


def _leads_risks(lead: str) -> bool:
    """A list's lead naming the risks it sets out (risk_cues.yaml lettered_risks), not a request."""
    return bool(cues().lettered_lead.search(cues().process.sub("", lead))) and not cues().lettered_not_lead.search(lead)


def _lettered_risks(passages, used: set[int]):
    """(seqs, passage, risk, mitigation) for risks set out as a lettered or numbered list after a lead
    naming them (risk_cues.yaml lettered_risks), run into the lead's paragraph or one per passage;
    their mitigations from the passages soon after, keyed by the same markers (``_keyed_answers``)."""
    passages = list(passages)
    for index, passage in enumerate(passages):
        if passage.seq in used or passage.kind not in ("paragraph", "list_item"):
            continue
        text = squash(_paragraph_text(passage))
        lead, run_in = split_run_in(text)
        if len(run_in) >= 2 and _leads_risks(lead):
            items = [(_key_of(marker.text), item, passage) for marker, item in run_in]
            after = index + 1
        elif text.endswith(":") and _leads_risks(text):
            items = _marked_items(passages, index + 1, used)
            if len(items) < 2:
                continue
            after = index + 1 + len(items)
        else:
            continue
        answers, answered = _keyed_answers(passages, after, {key for key, _item, _p in items}, used)
        seqs = {passage.seq} | {p.seq for _key_, _item, p in items} | {p.seq for p in answered}
        for key, item, item_passage in items:
            risk = _item_text(item)
            if not _is_empty(risk):
                yield seqs, item_passage, risk, answers.get(key) or None


def _introduces_risks(passage) -> bool:
    """"The following risks were noted:": a paragraph whose last sentence introduces a list of risks."""
    if passage.kind != "paragraph":
        return False
    last = (sentence_texts(squash(passage.text)) or [""])[-1]
    return bool(cues().risk_list.search(cues().process.sub("", last)))


def _listed_risks(passages, used: set[int]):
    """(passage, risk, mitigation) for each item of a list introduced as risks, outside risk sections."""
    introduced = False
    for passage in passages:
        if passage.kind == "list_item":
            if introduced and passage.seq not in used:
                _number, text = split_number(squash(passage.text))
                if not _cue("empty_cell").match(text) and len(text.split()) >= 3:
                    risk, mitigation = _split_inline_mitigation(text)
                    yield passage, risk, mitigation
            continue
        introduced = passage.seq not in used and _introduces_risks(passage)


# "Key Risks: <text>" on a paragraph, or a cover sheet's "Key Risks | <text>" row.
_LABEL_SPLIT_RE = re.compile(r"^(?P<label>[^:|]{3,40}?)\s*[:|]\s*(?P<value>\S.*)$", re.DOTALL)


def _labelled_risks(passages, used: set[int]):
    """(passage, risk, mitigation) for what a cover sheet writes beside its "Key Risks" label."""
    for index, passage in enumerate(passages):
        if passage.seq in used or passage.kind not in ("paragraph", "list_item", "table_row", "table_header"):
            continue
        if passage.kind in ("table_row", "table_header"):
            cells = _label_and_value(passage)
            if cells is None:
                continue
            label, value = cells
        else:
            match = _LABEL_SPLIT_RE.match(squash(passage.text))
            if not match:
                continue
            label, value = match.group("label"), match.group("value")
        if not cues().label.match(label.strip()) or _is_empty(value) or _cue("pointer").match(value) \
                or _states_no_risk(value) or _only_points_elsewhere(value):
            continue
        value = _from_first_harm(value)
        risk, mitigation = _split_inline_mitigation(value)
        if mitigation is None:
            first = sentence_texts(risk)
            if len(first) > 1 and _statement(first[0], True) and cues().next_sentence.match(first[1]):
                risk, mitigation = first[0], " ".join(first[1:])
        if mitigation is None and passage.kind == "table_row":
            mitigation = _mitigation_row_after(passages, index, used)
        yield passage, risk, mitigation


def _label_and_value(passage) -> Optional[tuple[str, str]]:
    """A two-cell row's label and value (a cover sheet's or a definition list's `Risk | ...`)."""
    cells = [squash(c) for c in passage.cells if c and c.strip()]
    return (cells[0], cells[1]) if len(cells) == 2 else None


def _mitigation_row_after(passages, index: int, used: set[int]) -> Optional[str]:
    """The value of the row after a labelled risk when its label is a mitigation's (`Risk | ...` then
    `Mitigation | ...`, a form's or a definition list's pairs; column_roles.yml mitigation), marked used."""
    if index + 1 >= len(passages):
        return None
    following = passages[index + 1]
    cells = _label_and_value(following) if following.kind == "table_row" and following.seq not in used else None
    if cells is None or _is_empty(cells[1]) or column_roles([cells[0]])[0].role != "mitigation" \
            or _cue("asks_meeting_label").search(cells[0]):
        return None   # "Action required | The Board is asked to ...": what the meeting is to do
    used.add(following.seq)
    return cells[1]


def _only_points_elsewhere(value: str) -> bool:
    """A cover cell that sends the reader to an appendix or section and says nothing that may go wrong."""
    return bool(_cue("refers_elsewhere").search(value)) and not _says_something_may_go_wrong(value)


def _from_first_harm(text: str) -> str:
    """A cover cell's free text from its first sentence that says something may go wrong ("The
    BAF below sets out the three principal risks. Since January the risk ... could ..."): what
    comes before introduces the paper, not the risk.  All of it when no sentence says so."""
    sentences = sentence_texts(text)
    for i, sentence in enumerate(sentences):
        if _harmful(sentence) or cues().uncertain.search(sentence) or _statement(sentence, True):
            return " ".join(sentences[i:])
    return text


@lru_cache(maxsize=8192)  # the prose, reference and mitigation readers ask about the same sentences
def _statement(sentence: str, implications: bool):
    """(rule, risk text) when ``sentence`` states a risk, else None; a statement after a run-in label
    ("Financial: should the tenant ...") is read without it."""
    # (`[00:08:54] Jo Bell: The biggest risk is ...`: a transcript turn's time and speaker say who
    # speaks; the statement is what they say.)
    turn = _speaker_turn(sentence)
    if turn is not None:
        sentence = sentence[turn:]
        sentence = sentence[:1].upper() + sentence[1:]
    found = _statement_as_written(sentence, implications)
    # After a run-in label, or the reported-speech opening of minutes ("The Director said that the
    # biggest risk was that ..."): a statement only the words after it make is read without it.
    for opening in ("run_in_label", "reported_opening"):
        if found is not None and found[0] != "risk.reported_risk":
            break   # (reported speech is the statement only when nothing more precise follows its opening)
        lead = _cue(opening).match(sentence)
        if lead is None:
            continue
        after = _statement_as_written(sentence[lead.end():], implications)
        if after:
            found = after[0], after[1][:1].upper() + after[1][1:]
    return found


TIMESTAMP_RE = re.compile(r"^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*")


def _speaker_turn(sentence: str) -> Optional[int]:
    """Where the time and speaker opening a transcript's turn end, or None."""
    stamp = TIMESTAMP_RE.match(sentence)
    start = stamp.end() if stamp else 0
    speaker = SPEAKER_RE.match(sentence[start:])
    return None if speaker is None else start + speaker.end()


def _statement_entries(implications: bool) -> list:
    """The statement patterns of risk_cues.yaml, with those of a paper's implications section when asked."""
    return cues().statements + (cues().implications if implications else [])


@lru_cache(maxsize=2)
def _statement_sieve(implications: bool):
    return required_text.sieve(pattern for _name, pattern, _strip, _outcome in _statement_entries(implications))


def _statement_as_written(sentence: str, implications: bool):
    # (required_text.search: asked of every sentence, these cues are skipped for one without their words.)
    if required_text.search(cues().appetite, sentence):
        return None  # how much risk a body will take, not a risk it faces
    if required_text.search(_cue("health_outcome_risk"), sentence) and not cues().modal.search(sentence):
        return None  # "Loneliness is a significant risk to mental health": a fact about people's health
    entries = _statement_entries(implications)
    # Only the patterns whose words the sentence holds are searched (required_text.sieve), in their order.
    possible = _statement_sieve(implications)(sentence)
    # A question asks and states nothing ("... if it were leaked?"), save one put about a harm the body acts on.
    asks = bool(_cue("asks_a_question").search(sentence))
    for i, (name, pattern, strip, outcome_not_a_step) in enumerate(entries):
        if asks and f"risk.{name}" not in _flagged("reads_a_question"):
            continue
        match = pattern.search(sentence) if i in possible else None
        if match:
            if outcome_not_a_step and _says_what_is_done(sentence[match.start("outcome"):]):
                continue  # "if the surge cannot be resolved this would be escalated": a procedure, no harm
            if "outcome" in match.re.groupindex and match.group("outcome") \
                    and _cue("procedure_ruling").search(sentence[max(0, match.start("outcome") - RULING_REACH):
                                                                 match.end("outcome") + RULING_REACH]):
                continue  # "if notice is late, the Chair may rule ...": a power the standing orders give, no harm
            reach = max(0, match.end() - RULING_REACH)
            ruling = _cue("procedure_ruling").search(sentence[reach:match.end() + RULING_REACH])
            if ruling and reach + ruling.start() < match.end():
                continue  # a condition ended by the ruling's own modal ("Where either notice is late then the Mayor may rule ...")
            if any(power.start() <= match.start() and ";" not in sentence[power.start():match.start()]
                   for power in _cue("procedure_ruling").finditer(sentence)):
                continue  # "The authority may end the duty if it decides ...": the statement's modal is the power's own, or in its condition
            if "risk" in match.re.groupindex and match.group("risk"):
                text = match.group("risk")  # a risk named in brackets inside a sentence about something else
                return f"risk.{name}", text[:1].upper() + text[1:]
            text = strip.sub("", sentence) if strip else sentence
            return f"risk.{name}", text[:1].upper() + text[1:] if strip else text
    return None


_BUT_RE = re.compile(r",?\s+but\s+(?=\S)", re.IGNORECASE)


def _but_what_is_done(sentence: str) -> tuple[str, Optional[str]]:
    """(what may go wrong, what is done): a consequence sentence that ends "..., but <someone> has agreed /
    arranged / offered ..." says what is done about it after the "but" (none when it says no such thing)."""
    parts = _BUT_RE.split(sentence, maxsplit=1)
    if len(parts) == 2 and _says_what_is_done(parts[1]) and not cues().modal.search(parts[1]) \
            and (_harmful(parts[0]) or cues().modal.search(parts[0])):
        return parts[0].rstrip(" ,") + ".", parts[1][0].upper() + parts[1][1:]
    return sentence, None


def _opens_a_new_risk(sentence: str, implications: bool) -> bool:
    """Whether a sentence after a risk states a risk of its own, and so ends what is said of the one before."""
    found = _statement(sentence, implications)
    return found is not None and found[0] not in _flagged("says_what_must_be_done")


def _answered_next(rule: str, sentence: str) -> bool:
    """Whether the next speaker's answer to this risk is its mitigation, whatever that answer weighs: a reported
    risk's (risk_cues.yaml flag answered_next), or a doubt minuted as the risk ("the group had spoken about
    whether the service can go on": a concern about continuity, evidence continuity)."""
    return rule in _flagged("answered_next") or (rule == "risk.concern" and bool(cues().continuity.search(sentence)))

# How far before and after a condition's outcome modal a presiding member's ruling may be named.
RULING_REACH = 40


def _denies_what_came_before(previous: str, sentence: str) -> bool:
    """"The clinic needs two new scanners. None of these has been ordered, which may ...": a risk
    whose subject denies what the sentence before introduced ("none of these", or "no <noun>" with
    the noun there), so that sentence says what is missing (risk_cues.yaml negated_subject).  So does a
    risk on condition of lacking it ("... must keep a current register. Without a current register, ...")."""
    match = _cue("negated_subject").match(sentence)
    if match is None:
        return False
    noun = match.group("noun") or match.group("lacked")
    if noun is None:
        return True
    stem = noun.lower().rstrip("s")
    return any(word.rstrip("s") == stem for word in runs(previous.lower(), "a-z"))


def _share_a_topic(concern: str, answer: str) -> bool:
    """Whether an answer speaks of what the concern raised: a content word of four letters or more
    (trailing -s cut on both sides alike) in both, other than the risk vocabulary itself.  An answer about another
    matter ("the risk to the reserve from the pay award ...") leaves the concern a risk of its own."""
    def topics(text: str) -> set[str]:
        words = (word.rstrip("s") for word in runs(text.lower(), "a-z"))
        return {word for word in words if len(word) >= 4 and word not in _TOPIC_STOP}
    return bool(topics(concern) & topics(answer))


_TOPIC_STOP = frozenset({"risk", "that", "there", "their", "they", "with", "from", "would", "could",
                         "should", "been", "being", "have", "were", "will", "about", "what", "which", "whether",
                         "member", "councillor", "officer", "said", "asked", "concerned", "queried", "explained"})


def _prose_risks(passages, used: set[int], assessment: bool = False):
    """(passage, risk, mitigation, rule) for risk statements in prose outside risk tables and sections."""
    passages = _rows_joined_over_page_breaks(passages, used)
    continued: dict[int, int] = {}  # passage index -> its opening sentences an inline list took
    for index, passage, text in _prose_texts(passages, used):
        # (An impact assessment's sections on impact weigh what the proposal may do to people, as an
        # implications section does: "a longer journey may put some residents off using the service".)
        implications = bool(passage.heading and (_cue("implications_heading").search(passage.heading)
                                                 or assessment and _cue("assessment_impact_heading").search(passage.heading)))
        sentences = sentence_texts(text)
        if required_text.search(_cue("introduces"), text):  # only texts with its words searched
            # A paragraph closing on a pointer to what is listed below ("The main risks are set out below.",
            # "Therefore the mitigations listed below are vital."): the pointer states nothing; what comes
            # before it may.
            sentences = sentences[:-1]
            if not sentences:
                continue
        skip = continued.pop(index, 0)
        sentences = sentences[skip:]
        listed, sentences, carry = _inline_list(sentences, implications, passages, index, used)
        for item in listed:
            yield passage, item, None, "risk.list_inline"
        if carry:
            continued[index + 1] = carry
        led = _bullet_led(passage, sentences)
        i = 0
        unread = 0  # the first sentence no risk has taken
        while i < len(sentences):
            found = _statement(sentences[i], implications) or _referred_to(sentences, i, implications)
            if found is None:
                pointed_to = _mitigated_after(sentences, i, unread)
                if pointed_to:
                    yield passage, pointed_to, sentences[i + 1], "risk.mitigated_after"
                    i = unread = i + 2
                    continue
                i += 1
                continue
            rule, sentence = found
            if rule == "risk.concern" and i + 1 < len(sentences) \
                    and (_statement(sentences[i + 1], implications) or ("",))[0] == "risk.subject_mitigated" \
                    and _share_a_topic(sentence, sentences[i + 1]):
                i += 1  # a question or concern the answer restates as the risk it mitigates: the answer's risk
                continue
            if rule in _flagged("restated_by_answer") and i + 1 < len(sentences):
                answer = sentences[i + 1]
                if _statement(answer, implications):
                    i += 1  # "Members asked what would happen if ... Officers said the main risk was ...": the answer's
                    continue
                granted, done = _but_what_is_done(answer) if cues().reply.match(answer) else (answer, None)
                if done:
                    # "... replied that new standards could add work, but the fee is fixed ...": the danger the
                    # answer grants goes with the question; what follows "but" is done about it.
                    yield passage, f"{sentence} {granted}", done, rule
                    i = unread = i + 2
                    continue
            own_action = _cue("concern_then_own_action").search(sentence) if rule == "risk.concern" else None
            if own_action:
                # "X is concerned about S [and] will meet ...": the concern, and its holder's action as its mitigation.
                yield passage, sentence[:own_action.start("action")].rstrip(" ,;").removesuffix(" and"), \
                    sentence[own_action.start("action"):].strip(), rule
                i = unread = i + 1
                continue
            measure_before = sentences[i - 1] if i > 0 and _guarded_by_the_one_before(sentences[i - 1], sentence) else None
            if measure_before is None and i > 0 and (
                    _cue("refers_back").match(sentence) or _denies_what_came_before(sentences[i - 1], sentence)
                    or _calls_the_one_before_a_risk(sentences[i - 1], sentences[i])):
                sentence = f"{sentences[i - 1]} {sentence}"  # "If they are not, ...": what "they" are comes first
            follows = i + 1  # the first sentence after the risk's own
            if rule == "risk.called_a_risk":
                sentence = f"{sentence} {sentences[follows]}"
                follows += 1
            if _answered_next(rule, sentence) and follows < len(sentences) and cues().reply.match(sentences[follows]):
                yield passage, sentence, sentences[follows], rule
                i = unread = follows + 1
                continue
            if rule in _flagged("consequence_next") and follows < len(sentences) \
                    and (_statement(sentences[follows], implications) is None or _cue("refers_back").match(sentences[follows])) \
                    and (_says_something_may_go_wrong(sentences[follows]) or not _is_mitigation_sentence(sentences[follows])):
                # "The loan scheme is not without risk. Borrowers could ...": what goes wrong comes next.
                consequence, done = _but_what_is_done(sentences[follows])
                sentence = f"{sentence} {consequence}"
                follows += 1
                if done:
                    # "If it is, it will delay the mural, but she has offered to ...": the offer is the mitigation.
                    yield passage, sentence, done, rule
                    i = unread = follows
                    continue
            j = follows
            while j < len(sentences) and j - i <= MAX_FOLLOWING and not _opens_a_new_risk(sentences[j], implications) \
                    and not _guards_the_next(sentences, j, implications) \
                    and not (j in led and not _is_mitigation_sentence(sentences[j])):
                # what the paper goes on to say of this risk, up to the next risk (or the step guarding it), or up to
                # the next point of a list run into the paragraph ("... a hazard to walkers. • Too few parking spaces
                # ...": the bullet opens another point, unless it says what is done)
                j += 1
            following = sentences[follows:j]
            if rule in _flagged("own_sentence_only"):
                # A problem minuted as a plain fact: the sentences after it tell the discussion, not the risk.
                following = [later for later in following if _is_mitigation_sentence(later)]
            risk, mitigation = _classify([sentence] + following, moves_on=True)
            if mitigation is None and rule == "risk.faces_shortfall":
                # "... faces a shortfall and must review its priorities to address the shortfall": the second half.
                acts = _cue("acts_on_the_shortfall").search(sentence)
                mitigation = acts.group("action").strip() if acts else None
            if rule == "risk.heightened_risk_led":
                # "With the heightened risk ..., we have reviewed ...": the whole sentence states it, and what is
                # done, after the lead's comma, is its mitigation.
                lead = next(pattern.search(sentence) for name, pattern, _strip, _outcome in cues().statements
                            if name == "heightened_risk_led")
                if lead:
                    risk, mitigation = sentence, sentence[lead.end():].strip()
            if mitigation is None and rule in _flagged("measure_first"):
                # "Maturities are spread ... to avoid the risk of ...": the measure is the mitigation.
                measure = required_text.search(_cue("done_to_avoid"), sentences[i])
                mitigation = sentences[i][:measure.start()].rstrip(" ,") if measure and measure.start() else None
            if mitigation is None and measure_before is not None:
                mitigation = measure_before  # "Officers will install pumps. Without them, ...": the measure, said first
            if mitigation is None and i > 0 and not sentence.startswith(sentences[i - 1]) \
                    and _guards_the_next(sentences, i - 1, implications):
                mitigation = sentences[i - 1]  # the step guarding against it, said first
            if mitigation is None:
                mitigation = _next_passage_mitigation(passages, index, used, concern=risk if rule in _flagged("concern") else None)
            if mitigation is None:
                mitigation = _answer_below(passages, index)
            yield passage, risk, mitigation, rule
            i = unread = max(j, i + 1)


MAX_LIST_ITEMS = 8
MIN_LIST_LEAD_WORDS = 5
MAX_ITEM_SENTENCES = 6


def _inline_list(sentences: list[str], implications: bool, passages, index: int, used: set[int]):
    """(items, sentences left for the other rules, opening sentences of the next passage taken) for
    risks set out in running text after "..., as follows:" (risk_cues.yaml inline_risk_list).  An
    item cut off at the end of its passage (minutes split over a page) goes on in the next one."""
    cue = cues().inline_list
    for k, sentence in enumerate(sentences):
        lead = cue["lead"].search(sentence)
        # A sentence introduces the list ("... gave an update on the risks the charity faces, as
        # follows:"), not a cover label ("Risk implications: None").
        if lead and len(_after_last(sentence[:lead.start()], ":;").split()) + 1 >= MIN_LIST_LEAD_WORDS \
                and not cues().process.search(sentence[:lead.end()]):
            break
    else:
        return [], sentences, 0
    own = [sentence[lead.end():]] + sentences[k + 1:]
    referenced = _referenced_items(own[0]) if not cue["retired"].search(sentence[:lead.end()]) else []
    if referenced:
        return referenced, sentences[:k] + own[1:], 0
    merged = list(own)
    if _unfinished(own[-1]) and index + 1 < len(passages) and passages[index + 1].seq not in used:
        following = sentence_texts(_prose_text(passages[index + 1]))
        if following:
            merged = own[:-1] + [f"{own[-1]} {following[0]}"] + following[1:]
    topics = bool(cue["topic"].match(merged[0]))
    if not topics and not _cue("list_lead_count").search(sentence[:lead.end()]):
        return [], sentences, 0  # "... asked about the risks: would ...?": no list without topics, a count or "as follows"
    items: list[list[str]] = []
    aside: list[str] = []   # a sentence stating a risk of its own, with what follows it: the prose rules'
    in_aside = False
    taken = 0
    for sentence in merged:
        if cue["end"].match(sentence) or len(items) >= MAX_LIST_ITEMS or _cue("list_ends").search(sentence) \
                or cues().process.search(sentence):
            break  # a question, its answer, or a sentence about the register or how risks are handled
        topic = cue["topic"].match(sentence)
        if topic:
            in_aside = False  # the next topic resumes the list
        elif taken and (in_aside or _opens_an_aside(sentence, implications)):
            if not topics:
                break
            in_aside = True
            aside.append(sentence)
            taken += 1
            continue
        if not topics or topic or not items or len(items[-1]) >= MAX_ITEM_SENTENCES:
            items.append([sentence])
        else:
            items[-1].append(sentence)
        taken += 1
    # An item says something may go wrong (a harm, a modal, "no funding yet"); a table's header read
    # after "... against the strategic risks:" says nothing of the kind.
    items = [item for item in items if not _is_empty(" ".join(item)) and _says_something_may_go_wrong(" ".join(item))]
    if not topics:
        # Items without a topic ("Fuel – ...") must state a harm, a risk or what may happen, not only
        # a "will"/"would" (the register "would be reviewed in July") or a bare "no".
        items = [item for item in items if _harmful(" ".join(item)) or cues().uncertain.search(" ".join(item))
                 or _statement(" ".join(item), implications)]
    if not items:
        return [], sentences, 0
    if taken < len(own):
        return [" ".join(item) for item in items], sentences[:k] + aside + own[taken:], 0
    return [" ".join(item) for item in items], sentences[:k] + aside, 1 + taken - len(own)


def _opens_an_aside(sentence: str, implications: bool) -> bool:
    """Whether a sentence inside a listed item states a risk of its own rather than going on with the item's
    (a statement flagged goes_on_an_item, "... could have a detrimental effect on the service", says what the
    item's topic may do)."""
    found = _statement(sentence, implications)
    return found is not None and found[0] not in _flagged("goes_on_an_item")


MIN_REFERENCED_ITEMS = 2
MIN_REFERENCED_ITEM_WORDS = 3  # the reference and at least two words naming the risk


def _referenced_items(text: str) -> list[str]:
    """The items of a list whose every item a register reference leads, split by semicolons ("PR1 Serious
    failure in ...; PR2 Demand for ...; and PR3 Critical shortage of ..."), else none."""
    items = [item.strip().removeprefix("and ").strip() for item in text.split(";")]
    if len(items) < MIN_REFERENCED_ITEMS or any(_leading_reference(item) is None
                                                or len(item.split()) < MIN_REFERENCED_ITEM_WORDS for item in items):
        return []
    return items


def _after_last(text: str, marks: str) -> str:
    """What follows the last of the marks in the text (all of it when there is none)."""
    return text[max(text.rfind(mark) for mark in marks) + 1:]


def _says_something_may_go_wrong(text: str) -> bool:
    return _harmful(text) or bool(cues().modal.search(text)) or bool(_cue("says_no").search(text))


def _prose_text(passage) -> str:
    if passage.kind == "table_row":
        cells = [squash(c) for c in passage.cells if c and len(squash(c).split()) >= MIN_CELL_WORDS]
        return cells[0] if cells else ""
    return _paragraph_text(passage)


# A bullet glyph a PDF reader left inside a paragraph ("... at the depot. • There was ...", or a symbol-font
# bullet text came with from elsewhere): the points of minutes run together; without it the sentence
# after the glyph is a sentence of its own.
_INLINE_BULLET_RE = re.compile(rf"\s+[{GLYPHS}{''.join(PRIVATE_USE_BULLETS)}]\s+")


def _bullet_led(passage, sentences: list[str]) -> set[int]:
    """The indices of ``sentences`` (read from ``passage``) that open a point set after a bullet glyph inside the
    paragraph: a list the reader ran into one paragraph, each bullet a new point (the glyphs _paragraph_text drops)."""
    # (white space squashed, as the sentences were read)
    points = [part.strip() for part in _INLINE_BULLET_RE.split(squash(passage.text or ""))[1:]]
    if not points:
        return set()
    return {i for i, sentence in enumerate(sentences)
            if any(point.startswith(sentence[:30].strip()) for point in points if point)}


def _paragraph_text(passage) -> str:
    """A paragraph's text without its number, any page footer run into it and bullet glyphs inside it."""
    return _INLINE_BULLET_RE.sub(" ", split_number(_PAGE_FOOTER_RE.sub("", passage.text))[1])


# A table cell long enough to hold a sentence (a minutes table's Discussion column).
MIN_CELL_WORDS = 8


def _quoted_comment(text: str) -> bool:
    """What someone said, quoted whole as they said it (risk_cues.yaml quoted_comment): their view, not a
    risk the paper's own body states."""
    return bool(_cue("quoted_comment").match(text.strip()))


def _prose_texts(passages, used: set[int]):
    """(index, passage, text) for each paragraph and list item, and each sentence-long cell of a table
    row that no risk table took (minutes kept as Item | Discussion | Outcome tables); a paragraph quoting
    someone's comment whole is left out (_quoted_comment)."""
    for index, passage in enumerate(passages):
        if passage.seq in used:
            continue
        if passage.kind in ("paragraph", "list_item"):
            text = _paragraph_text(passage)
            if not _quoted_comment(text):
                yield index, passage, text
        elif passage.kind == "table_row":
            for cell in passage.cells:
                cell = squash(cell)
                if len(cell.split()) >= MIN_CELL_WORDS:
                    yield index, passage, cell


def _rows_joined_over_page_breaks(passages, used: set[int]) -> list:
    """The passages with each table row a page break cut made whole (listitems.rows_cut_by_page: "... incidents
    reported in the past" / "two months, and staff training is being arranged."), a rest left empty by the join
    left out, so the passage after a row is the one after its rest.  Rows other rules took stay as they are."""
    whole = rows_cut_by_page(passages)
    joined = []
    for index, passage in enumerate(passages):
        read = passage if passage.seq in used else whole.get(index, passage)
        if read is not passage and not read.text:
            continue   # the rest of the row before, read with it
        joined.append(read)
    return joined


def _referred_to(sentences: list[str], i: int, implications: bool):
    """("risk.referred", sentence) when the next sentence speaks of "that risk" / "this risk" and so
    makes this sentence the risk ("The coordination of the bridge works was highlighted. Officers
    will revisit that risk."); ("risk.called_a_risk", sentence) when the next one only calls it a risk
    ("... could close. This is a significant risk."), which the caller reads with it."""
    if i + 1 >= len(sentences):
        return None
    sentence, following = sentences[i], sentences[i + 1]
    if _calls_the_one_before_a_risk(sentence, following) and _statement(following, implications) is None:
        return "risk.called_a_risk", sentence  # ("This is a significant risk.": the caller reads it with the risk)
    if not cues().referred.search(following):
        return None
    if _statement(following, implications) or _cue("still_risk").search(following) \
            or _cue("plural_risks").search(sentence) or cues().process.search(sentence) or len(sentence.split()) < 6 \
            or cues().referred.search(sentence) \
            or _only_records_a_past_fact(sentence):  # itself about a risk named earlier, or history ("... ended on 15 May 2025")
        return None
    return "risk.referred", sentence


# How many sentences before "To mitigate this, ..." its "this" may take in (a paragraph's own, up to that one).
MAX_POINTED_TO = 3


def _mitigated_after(sentences: list[str], i: int, unread: int) -> Optional[str]:
    """The risk a paragraph's sentences up to ``i`` state when the next sentence says what is done to mitigate or
    avoid "this" ("... reserves would fall below the minimum. To avoid this, ...": risk_cues.yaml
    mitigates_the_one_before): those not taken by a risk before, back to MAX_POINTED_TO of them, when one of them
    says what may go wrong or is forecast and none is itself a measure; else None."""
    if i + 1 >= len(sentences) or not _cue("mitigates_the_one_before").match(sentences[i + 1]):
        return None
    run = sentences[max(unread, i + 1 - MAX_POINTED_TO):i + 1]
    if any(cues().next_sentence.match(s) or _cue("mitigates_the_one_before").match(s) for s in run):
        return None
    if not any(_says_something_may_go_wrong(s) or _cue("forecast").search(s) for s in run):
        return None
    return " ".join(run)


def _guarded_by_the_one_before(previous: str, sentence: str) -> bool:
    """Whether a risk's condition is the lack of what the sentence before says is done ("To protect the season,
    the Trust has booked agency lifeguards. If these were not in place, the lido might close."): that sentence
    is the risk's mitigation, stated first (risk_cues.yaml without_the_measure)."""
    return bool(_cue("without_the_measure").match(sentence)) and _is_mitigation_sentence(previous) \
        and _statement(previous, True) is None


def _guards_the_next(sentences: list[str], k: int, implications: bool) -> bool:
    """Whether sentence ``k`` says a step must be taken and the next states a risk on condition that it is not
    ("In addition, effective consultation is critical. Public resistance is likely if engagement is not well
    managed."): the step is that risk's mitigation, stated before it, not more of the risk before."""
    return k + 1 < len(sentences) and _is_needed_step(sentences[k]) \
        and _statement(sentences[k + 1], implications) is not None and bool(_cue("unmet_condition").search(sentences[k + 1]))


def _calls_the_one_before_a_risk(previous: str, sentence: str) -> bool:
    """"... might not be signed off by the deadline. Members considered that this was a risk.": a sentence
    calling what the one before says may go wrong a risk (risk_cues.yaml called_a_risk)."""
    return bool(_cue("called_a_risk").match(sentence)) and _says_something_may_go_wrong(previous) \
        and not cues().process.search(previous)


def _next_passage_mitigation(passages, index: int, used: set[int], concern: Optional[str] = None) -> Optional[str]:
    """The paragraph after a risk, when it opens by saying what is done (``To mitigate this, ...``), or, after
    a ``concern`` raised at a meeting, when it is the answer to it on its topic (``Officers advised that the
    streets would be surveyed ...``, a paragraph or a list item nested under the concern's)."""
    if index + 1 >= len(passages):
        return None
    following = passages[index + 1]
    if following.kind not in ("paragraph", "list_item") or following.seq in used:
        return None
    _number, text = split_number(following.text)
    speaker = SPEAKER_RE.match(text)
    if speaker:
        return _speaker_reply(text[speaker.end():])
    first = sentence_texts(text)[:1]
    if concern and first and _is_reply(first[0]) \
            and _statement(first[0], True) is None and _share_a_topic(concern, first[0]):
        used.add(following.seq)
        return text
    if first and (_cue("mitigation_lead").match(first[0]) or cues().next_sentence.match(first[0])) \
            and _statement(first[0], True) is None and not cues().process.search(first[0]):
        used.add(following.seq)
        if text.rstrip().endswith(":"):
            # "The proposed mitigations are as follows:" then numbered paragraphs: the lead and its items.
            items = _numbered_run(passages, index + 2, following.heading, used)
            return " ".join([text] + items) if items else text
        return text
    # One paragraph more under the same heading, when it opens by naming mitigations ("Mitigations have
    # been suggested ...") and the paragraph between states no risk of its own.
    if index + 2 < len(passages) and first and not any(_statement(s, True) for s in sentence_texts(text)):
        after = passages[index + 2]
        _number, after_text = split_number(after.text)
        if after.kind in ("paragraph", "list_item") and after.seq not in used and after.heading == following.heading \
                and _cue("mitigation_lead").match(after_text):
            used.add(after.seq)
            return after_text
    return None


# How many paragraphs of an answer below a question are read as its mitigation.
MAX_ANSWER_PARAGRAPHS = 6


def _answer_below(passages, index: int) -> Optional[str]:
    """A question put to the body (a public or members' questions paper) that raises a risk, answered under a
    response heading (risk_cues.yaml answer_heading) straight after the question's own paragraphs: the
    answer's paragraphs are what the body does about it.  So are the paragraphs or items under a heading
    naming mitigating actions (eqia_cues.yaml mitigation_label: "Mitigating actions for Disability",
    "Mitigations") straight after the section whose paragraphs state the risk, as an impact assessment
    or a report sets out each impact and then what is done about it."""
    asked_under = passages[index].heading
    position = index + 1
    while position < len(passages) and passages[position].heading == asked_under \
            and passages[position].kind in ("paragraph", "list_item"):
        position += 1  # the rest of the question
    if position >= len(passages):
        return None
    answer_heading = passages[position].heading
    if not answer_heading or answer_heading == asked_under or not (
            _cue("answer_heading").match(squash(answer_heading))
            or eqia_cue("mitigation_label").match(squash(split_number(answer_heading)[1]))):
        return None
    answer = []
    for later in passages[position:]:
        if later.heading != answer_heading or len(answer) >= MAX_ANSWER_PARAGRAPHS:
            break
        if later.kind in ("paragraph", "list_item"):
            answer.append(squash(split_number(later.text)[1]))
    return " ".join(answer) or None


def _numbered_run(passages, start: int, heading, used: set[int]) -> list[str]:
    """The numbered paragraphs or list items from ``start`` on under the same heading (at most
    MAX_LIST_ITEMS), each marked used: a list a lead ending in a colon introduces.  The run ends at an
    item that states a risk of its own (the next numbered risk after a risk's mitigations)."""
    items = []
    for later in passages[start:start + MAX_LIST_ITEMS]:
        number, rest = split_number(later.text)
        if later.kind not in ("paragraph", "list_item") or later.seq in used or later.heading != heading \
                or (number is None and later.kind != "list_item"):
            break
        first = sentence_texts(rest)[:1]
        if first and _statement(first[0], True) is not None:
            break
        used.add(later.seq)
        items.append(squash(later.text))
    return items


# A transcript's acknowledgement before the answer ("That is a fair challenge.", "Thank you, Helen.").
ACKNOWLEDGEMENT_WORDS = 6


def _speaker_reply(text: str) -> Optional[str]:
    """The next speaker's answer to a worry: the sentence that says what their side does or will
    do, past one short acknowledgement.  The rest of the turn is theirs and may raise risks of its
    own, so the turn stays open to the other mechanisms."""
    sentences = sentence_texts(text)
    for sentence in sentences[:2]:
        if cues().speaker_reply.match(sentence) and _statement(sentence, True) is None:
            return sentence
        if len(sentence.split()) > ACKNOWLEDGEMENT_WORDS or cues().modal.search(sentence):
            return None
    return None


def _field_of(label: str, fields=None) -> Optional[str]:
    # (`Actions taken (with owners and target dates)`: the aside in brackets is no part of the label.)
    label = squash(re.sub(r"\s*\([^)]*\)\s*$", "", label))
    for name, pattern in fields if fields is not None else cues().baf_fields:
        if pattern.fullmatch(label):
            return name
    return None


_BAF_MAX_PASSAGES = 30
# A BAF title shorter than this is a label ("Financial sustainability"), not a statement of the risk.
BAF_LABEL_WORDS = 5
_BAF_TITLE_MAX_WORDS = 20  # a title on its own line; longer is a paragraph


def _baf_risks(passages):
    """(seqs used, title passage, risk, mitigation, fields, reference key) for each Board Assurance
    Framework block.  A block whose reference names no risk ("PR1" over its controls) gives its
    controls with risk None, for the risk of that reference elsewhere in the paper."""
    passages = list(passages)
    index = 0
    while index < len(passages):
        passage = passages[index]
        text = _baf_text(passage)
        match = cues().baf_title.match(text)
        if not match:
            index += 1
            continue
        key = _reference_key(match)
        seqs = {passage.seq}
        text, index, stated = _title_below(text, passages, index + 1, seqs)
        parts = [text]
        while index < len(passages) and len(seqs) < _BAF_MAX_PASSAGES:
            nxt = passages[index]
            nxt_text = _baf_text(nxt)
            if cues().baf_title.match(nxt_text) or (nxt.kind == "heading" and not cues().baf_label.match(nxt_text)):
                break
            if _names_columns_only(nxt, nxt_text):
                seqs.add(nxt.seq)  # "Field | Detail" over the block's Label | Value rows: no field of its own
                index += 1
                continue
            if not cues().baf_label.match(nxt_text) and nxt.kind not in ("list_item", "table_row") \
                    and not nxt_text[:1].islower():
                break
            parts.append(nxt_text)
            seqs.add(nxt.seq)
            index += 1
        block = _baf_block(" ; ".join(parts), stated)
        risk, mitigation, fields = block or (None, None, {})
        if mitigation is None and len(parts) > 1 and cues().controls_label.match(parts[-1]):
            # "Key controls:" straight under the risk, its control lines below it, not labelled.
            mitigation, index = _controls_below(passages, index - 1, seqs, label_first=True)
        if mitigation is None:
            # A title with no fields of its own ("Strategic risk SR4:" and its title) may still have
            # its controls far below: they go to the risk of that reference.
            mitigation, index = _controls_below(passages, index, seqs)
        if len(parts) == 1 and mitigation is None and _unfinished(parts[0]):
            index = _rest_of_row(passages, index, seqs)
            if block is None:
                yield seqs, passage, None, None, {}, key  # the row's lines are used, its risk is the title's
                continue
        if risk or mitigation:
            yield seqs, passage, risk, mitigation, fields, key


def _names_columns_only(passage, text: str) -> bool:
    """A two-column table's header row under a BAF title ("Field | Detail", "Item | Description"): it
    names the columns of the block's Label | Value rows and is none of its fields."""
    return passage.kind == "table_header" and len([c for c in passage.cells if c and c.strip()]) == 2 \
        and not cues().baf_label.match(text)


def _numbered_section(passage) -> bool:
    """A heading that opens a numbered section of the paper ("6. Financial implications")."""
    if passage.kind != "heading":
        return False
    number, title = split_number(squash(passage.text))
    return number is not None and title[:1].isupper()  # not a rating ("3 x 4 = 12")


def _reference_key(match) -> str:
    """A BAF reference as a key that its other mentions share: "Strategic risk SR1" and "SR1" give
    "sr1", "PR 2" gives "pr2", "Strategic Risk 3" and "Risk 3" give "3"."""
    if match.group("ref"):
        reference = match.group("ref")
    else:
        reference = match.string[:match.end("ref2")]
    return _key_of(reference)


# A BAF page's controls may sit a long way below its title, after appetite, status, the rating and
# its rationale: they are looked for up to the next title, within this many passages.
BAF_PAGE_PASSAGES = 80
CONTROLS_MAX_PASSAGES = 40
# On a two-column page the second column (gaps, actions: "Action | Owner | Due by") runs beside the
# controls; only another field (assurance, the rating) ends them.
_SECOND_COLUMN = ("gaps", "actions", "owner")
_BULLETS = frozenset(GLYPHS + "-*o")


def _spaced_colons(text: str) -> str:
    """A space after each colon that runs into an ASCII capital ("Title:If ..." -> "Title: If ...")."""
    head, *rest = text.split(":")
    return head + "".join((": " if part[:1] in _ASCII_CAPITALS else ":") + part for part in rest)


_ASCII_CAPITALS = frozenset(string.ascii_uppercase)


def _is_bullet(line: str) -> bool:
    """A line that is one bullet sign and nothing else (a final newline aside)."""
    return without_final_newline(line) in _BULLETS


def _ends_the_page(passage, text: str, field_line) -> bool:
    """A heading naming a report's section ("Financial implications", "Legal considerations"),
    not a field of the BAF page, ends the page: what follows is the paper's own.  Other headings
    may be control lines a PDF reader set large, so they do not end it."""
    return (passage.kind == "heading" and not field_line and not cues().baf_label.match(text)
            and bool(_cue("implications_heading").search(text)))


def _ends_controls(passage, text: str) -> bool:
    """What closes the control lines under a prose risk's controls label: a risk of its own (a
    statement or "The main risk is that ..."), a section's heading the reader kept as a short
    paragraph ("Equalities implications", "Background papers"), a cover label, a lead-in to a list.
    A control may name a risk word ("delays", "may") without being a new risk."""
    if _statement(text, False) is not None or _cue("risk_lead_in").match(text.lower()):
        return True
    words = text.split()
    heading_like = passage.kind == "paragraph" and len(words) <= 6 and text[:1].isupper() \
        and text.rstrip()[-1:] not in ".;,)"
    return heading_like or cover.starts_with_label(text) or bool(_cue("introduces").search(text))


def _controls_below(passages, index: int, seqs: set, label_first: bool = False) -> tuple[Optional[str], int]:
    """(controls, next index) from a line naming the controls (risk_cues.yaml baf.field_line) below a
    block, before the next BAF title: what follows the label on its line, or the lines after it up to
    the next field's label.  On a page set in two columns (Controls | Gaps) the two labels come first
    and the lines after them interleave; where the items are marked by bullets set on lines of their
    own, the line after each bullet is an item.  Every passage of the page up to the controls' end
    belongs to the block.  With label_first the passage at index is a controls label
    (risk_cues.yaml controls_label: "Mitigating actions:" directly under the risk names its controls)."""
    end = min(len(passages), index + BAF_PAGE_PASSAGES)
    for i in range(index, end):
        text = squash(passages[i].text).strip("*_ ")
        line = cues().field_line.match(text)
        if label_first:
            # (A controls label the BAF field vocabulary lacks, `Current actions:`, counts too.)
            if line or cues().controls_label.match(text):
                break
            return None, index
        if cues().baf_title.match(_baf_text(passages[i])) or _numbered_section(passages[i]):
            return None, index  # the next risk, or the paper's next section: no controls on this page
        if line and _field_of(line.group("label")) == "controls":
            break
    else:
        return None, index
    items: list[str] = [line.group("rest").strip()] if line and line.group("rest") else []
    lines: list = []
    line_headings: list[int] = []  # which of the lines a reader set as headings
    two_columns = False
    j = i + 1
    while j < len(passages) and j <= i + CONTROLS_MAX_PASSAGES:
        nxt = passages[j]
        text = squash(nxt.text).strip("*_ ")
        if cues().baf_title.match(_baf_text(nxt)):
            break
        other = cues().field_line.match(text)
        field = _field_of(other.group("label")) if other else None
        after_bullet = bool(lines) and _is_bullet(lines[-1])
        if not after_bullet and (_numbered_section(nxt) or (not other and _statement(text, False))
                                 or _ends_the_page(nxt, text, other)):
            # The paper's next section, or a risk of its own ("Financial implications" / "There is
            # a risk that ..."): not this risk's controls, nor is the heading just above it.
            while lines and line_headings and line_headings[-1] == len(lines) - 1:
                lines.pop()
                line_headings.pop()
            break
        if other and field != "controls":
            if not (items or lines):
                two_columns = True  # "Controls (...):" beside "Gaps / actions (...):", the columns below
            elif not two_columns or field not in _SECOND_COLUMN:
                break
        elif not items:
            if nxt.kind == "heading":
                line_headings.append(len(lines))
            lines.append(text)
        j += 1
    bulleted = [k for k, text in enumerate(lines) if _is_bullet(text)]
    if bulleted:
        items += [lines[k + 1] for k in bulleted if k + 1 < len(lines) and not _is_bullet(lines[k + 1])]
    else:
        items += [text for text in lines if text]
    if not items:
        return None, index
    seqs.update(p.seq for p in passages[index:j])
    return "; ".join(item.rstrip(" ;") for item in items), j


# A line cut mid-sentence: no closing punctuation (spaces after it aside).
_CLOSERS = (".", "!", "?", ":", ";", ")", "]", "\u201d", '"', "'")
ROW_REST_PASSAGES = 20
ROW_CELL_WORDS = 3


def _unfinished(text: str) -> bool:
    return not text.rstrip().endswith(_CLOSERS)


def _rest_of_row(passages, index: int, seqs: set) -> int:
    """A BAF summary table read across its columns: a reference line cut mid-sentence ("Risk 1
    Failure to deliver safe, equitable") goes on, with the row's other cells interleaved, in the
    lines up to the next reference.  They belong to the row (never risks of their own); a long
    heading ends it.  Only where the next reference is close and the lines between hold the row's
    short cells (scores, names): prose below a title is not a table's row."""
    j = index
    while j < len(passages) and j < index + ROW_REST_PASSAGES:
        nxt = passages[j]
        if cues().baf_title.match(_baf_text(nxt)) or (nxt.kind == "heading" and len(nxt.text.split()) > 6):
            break
        j += 1
    between = passages[index:j]
    cells = sum(1 for p in between if len(p.text.split()) <= ROW_CELL_WORDS)
    # Lines of text cut at both ends ("... to the end of equitable manner, there is a risk of unsafe or"):
    # the sign of columns read across; whole sentences below a title are the paper's own prose.
    fragments = sum(1 for p in between if len(p.text.split()) > ROW_CELL_WORDS
                    and (squash(p.text)[:1].islower() or _unfinished(p.text)))
    title = squash(passages[index - 1].text) if index else ""
    cut_title = bool(cues().row_cut.search(title))
    if j >= len(passages) or j >= index + ROW_REST_PASSAGES or cells < 1 or not (fragments or cut_title):
        return index
    seqs.update(p.seq for p in between)
    return j


def _title_below(heading: str, passages, index: int, seqs: set):
    """A BAF reference, its title and the risk's statement ("If the service ... then ...") set on one,
    two or three lines: (heading joined with the lines it continues on, next index, stated).
    Such layouts may carry no field labels at all, so the statement is what shows the block is a risk."""
    match = cues().baf_title.match(heading)
    if not (match.group("title") or match.group("title2")) and index < len(passages):
        title = _spaced_colons(_baf_text(passages[index]))  # "Title:If ..." set without a space
        joined = squash(_continued(heading, title))
        if title and not cues().baf_title.match(title) and not cues().baf_label.match(title) \
                and (len(title.split()) <= _BAF_TITLE_MAX_WORDS or _states_risk(title)) \
                and cues().baf_title.match(joined):
            heading, index = joined, index + 1
            seqs.add(passages[index - 1].seq)
    if not _states_risk(heading) and index < len(passages):
        statement = squash(_baf_text(passages[index]))
        joined = _continued(heading, statement)
        if cues().baf_statement.match(statement) and cues().baf_title.match(joined):
            heading, index = joined, index + 1
            seqs.add(passages[index - 1].seq)
    return heading, index, _states_risk(heading)


def _continued(head: str, line: str) -> str:
    """A block's line joined to the line before: after ":" unless that line already ends a sentence."""
    head = head.rstrip()
    return f"{head} {line}" if head.endswith(".") else f"{head.rstrip(' :')}: {line}"


def _states_risk(text: str) -> bool:
    """Whether a clause after the reference and title (each ending ":" or ".") states a risk."""
    return any(cues().baf_statement.match(clause) for clause in re.split(r"(?<=[:.])\s*", text)[1:])


def _baf_text(passage) -> str:
    """A passage's text for a BAF block; a two-cell table row ``Controls | ...`` reads as ``Controls: ...``."""
    if passage.kind not in ("table_row", "table_header"):
        return squash(passage.text)
    cells = [squash(c) for c in passage.cells if c and c.strip()]
    if len(cells) == 2 and not cells[0].endswith(":"):
        return f"{cells[0]}: {cells[1]}"
    return table_row_text(cells, [])


def _baf_block(text: str, stated: bool = False):
    """Split a block's text at its field labels: (risk, mitigation, {likelihood, impact, score, owner})."""
    # A bare reference ("BAF 7") matches only on its own line, before the block's fields are joined on.
    match = cues().baf_title.match(text) or cues().baf_title.match(text.split(" ; ", 1)[0])
    title_group = "title" if match.group("ref") else "title2"
    start = match.start(title_group) if match.group(title_group) else match.end()
    labels = list(cues().baf_label.finditer(text, start))
    title_end = labels[0].start() if labels else len(text)
    title = text[start:title_end].strip(" ;|") if match.group(title_group) else ""
    values: dict[str, list[str]] = {}
    ranks: dict[str, int] = {}
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        field = _field_of(label.group("label"))
        value = text[label.end():end].strip(" ;|")
        if field in ("likelihood", "impact", "score") and value:
            # "Inherent score: 20 ... Residual score: 12": the current rating only.
            rank = _rating_rank(label.group("label"))
            if field not in ranks or rank < ranks[field]:
                ranks[field] = rank
                values[field] = [value]
            elif rank == ranks[field]:
                values[field].append(value)
        elif field and value:
            values.setdefault(field, []).append(value)
    description = " ".join(values.get("description", []))
    if len(title.split()) < BAF_LABEL_WORDS:
        # A title that is a label ("Estates backlog") leaves what the risk is to its cause and effect.
        description = " ".join([description] + values.get("context", [])).strip()
    if not (values or stated):
        return None
    if not (title or description):
        risk = None  # a bare reference over its fields: the controls of a risk named elsewhere
    elif not title:
        risk = description  # "BAF 7" then "Risk: ...": the reference names no risk
    else:
        risk = f"{title}: {description}" if description and normalise(description) != normalise(title) else title
    pieces = [f"{name}: {' '.join(values[key])}" for key, name in
              (("controls", "Controls"), ("gaps", "Gaps in control"), ("actions", "Actions")) if values.get(key)]
    mitigation = " ".join(p if p.endswith(".") else p + "." for p in pieces) or None
    fields = {key: " ".join(values[key]) for key in ("likelihood", "impact", "score", "owner") if values.get(key)}
    return risk, mitigation, fields


# A register's reference before the risk (`BAF 1`, `SR3`, `CR-12`, `R4:`): where it is filed, not what it is.
# Kept as code, not a cue: it is the shape of a reference (letters, a number, a separator), not wording.
_RISK_REF_RE = re.compile(r"^(?:BAF|SR|CR|PR|R)\s?-?\d{1,3}[a-z]?\s*[:.)\-–]?\s+(?=[A-Z])")


# Words that carry no meaning of their own when comparing two statements of a risk.
_STOP_WORDS = frozenset("the a an of and to for in on with by be is are as at or that this which will from its it "
                        "their we our there".split())
# A risk quoted again, in other words around it or with a table's other cells read into it (a cover
# sheet's "Link to BAF" box, a committee's report on the BAF): nearly all the words of the shorter
# statement are in the longer one.  Rows of registers are different risks however alike they read.
NEAR_REPEAT_WORDS = 10
NEAR_REPEAT_SHARE = 0.85
_ROW_RULES = ("risk.table", "risk.register", "risk.raid_log")


@lru_cache(maxsize=8192)
def _content_words(text: str) -> frozenset:
    # Cached: _add compares each new risk with every risk found before it.
    return frozenset(word for word in normalise(text).split() if word not in _STOP_WORDS)


@lru_cache(maxsize=8192)
def _normalised(text: str) -> str:
    return normalise(text)


# Passages apart within which two alike risks of one rule are neighbours (a list or section's risks).
NEAR_REPEAT_NEIGHBOURS = 30


def _near_repeat(words: set, other: set) -> bool:
    shorter = min(words, other, key=len)
    return len(shorter) >= NEAR_REPEAT_WORDS and len(words & other) >= NEAR_REPEAT_SHARE * len(shorter)


# How many passages a "Mitigation: ..." item may lie below the risk it answers.
LABELLED_MITIGATION_PASSAGES = 3


def _attach_labelled_mitigation(found, passage, text: str) -> None:
    """"Mitigation: ..." set as its own item or paragraph below a risk (a sub-bullet, the next line):
    the mitigation of the nearest risk above it that has none; never a risk of its own."""
    above = [r for r in found if 0 < passage.seq - r.passage_seq <= LABELLED_MITIGATION_PASSAGES]
    if above:
        nearest = max(above, key=lambda r: r.passage_seq)
        nearest.mitigation = nearest.mitigation or _cue("labelled_mitigation").sub("", text).strip() or None


def _add(found, passage, risk, mitigation, rule=None, likelihood=None, impact=None, score=None, owner=None):
    risk = _cue("risk_label").sub("", _RISK_REF_RE.sub("", risk)).strip()
    if mitigation:
        mitigation = _cue("labelled_mitigation").sub("", mitigation).strip() or None
    key = normalise(risk)
    if not key or cues().label.match(risk) or _cue("log_key").search(risk):
        return None
    if _cue("labelled_mitigation").match(risk):
        _attach_labelled_mitigation(found, passage, risk)
        return None
    words = _content_words(risk)
    for earlier in found:
        # Said twice (a summary and the body, a register and its prose): kept once, with what either adds.
        earlier_key = _normalised(earlier.risk)
        same = (key in earlier_key or earlier_key in key) \
            and len(earlier_key) >= 0.5 * len(key) and len(key) >= 0.5 * len(earlier_key)
        # A near repeat is a risk quoted again by another part of the paper (a BAF risk in a committee's
        # cover sheet, read by another rule; a summary table's row again on its detail page); two
        # alike risks one rule finds close together are one template's distinct risks ("... savings
        # in adult social care / in children's social care ...").
        elsewhere = rule != earlier.rule or abs(passage.seq - earlier.passage_seq) > NEAR_REPEAT_NEIGHBOURS
        if same or (elsewhere and _near_repeat(words, _content_words(earlier.risk))
                    and not (rule in _ROW_RULES and earlier.rule in _ROW_RULES)):
            earlier.mitigation = earlier.mitigation or mitigation
            return earlier
    added = Risk(passage_seq=passage.seq, page=passage.page, risk=risk, mitigation=mitigation,
                 quote=passage.text, likelihood=likelihood, impact=impact, score=score, owner=owner, rule=rule)
    found.append(added)
    return added


@Language.component("cp_risks")
def cp_risks(doc):
    doc._.extraction.risks = find_risks(doc._.passages or [])
    return doc
