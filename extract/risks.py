"""cp_risks: the risks a paper names and how it means to mitigate them.

Three shapes are recognised.  Risk tables: a header with a risk/issue/threat
column and a mitigation/control/action/response column; each row gives a risk
and its mitigation.  Option-appraisal tables with a ``Risks`` column: the
cell is a risk without mitigation.  Risk sections (a heading containing
``Risk``): each paragraph or list item up to the next heading of the same or
higher level is a risk, and a following ``Mitigation:`` / ``To mitigate ...``
sentence or item becomes the mitigation of the risk before it.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language

from .facts import Risk
from .listitems import heading_depth, normalise, split_number

_RISK_COLUMN_RE = re.compile(r"\b(?:risks?|issues?|threats?|hazards?)\b", re.IGNORECASE)
_MITIGATION_COLUMN_RE = re.compile(
    r"\b(?:mitigat\w*|controls?|actions?|responses?|management|treatment)\b", re.IGNORECASE)
# Section headings that hold a paper's own risks; a heading merely about
# risk ("Risk Appetite Statement", "Risk Score Increasing") is not one.
_RISK_HEADING_RE = re.compile(
    r"^(?:(?:key|main|principal|significant|identified|potential|major|strategic) )?risks?"
    r"(?: (?:and|&) (?:mitigations?|mitigating actions|issues|dependencies|opportunities|controls|assurance))?$"
    r"|^risk (?:implications|management|assessment|analysis|considerations|and mitigations?)$"
    r"|\brisks?(?: management)? implications$"
    r"|\brisks? (?:and|&) mitigations?$",
    re.IGNORECASE,
)
_PAGE_FOOTER_RE = re.compile(r"\s*\bpage \d+ of \d+\s*$", re.IGNORECASE)
# "Risk ratings", "Risk score" columns hold numbers, not risks.
_SCORE_COLUMN_RE = re.compile(r"\b(?:rating|score|level|likelihood|impact|owner|rag|id|ref)\b", re.IGNORECASE)
_MITIGATION_LEAD_RE = re.compile(
    r"^(?:mitigations?\s*[:\-–]\s*|mitigating actions?\s*[:\-–]\s*|to mitigate\b|in mitigation\b|"
    r"this (?:risk )?(?:will be|is being|is|has been) mitigated\b|this risk (?:will be|is) (?:managed|reduced)\b)",
    re.IGNORECASE,
)
_EMPTY_RE = re.compile(r"^(?:none|n/?a|nil|not applicable|no risks?(?: identified)?|-+)\.?$", re.IGNORECASE)
MIN_WORDS = 5


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def _is_empty(text: str) -> bool:
    return not text or _EMPTY_RE.match(text) is not None or len(text.split()) < MIN_WORDS


def is_risk_heading(text: str) -> bool:
    number, title = split_number(text)
    title = title.rstrip(":").strip()
    if title.lower() == "risk" and number is None:
        return False  # a lone "Risk" line is usually a table label the reader promoted
    return bool(_RISK_HEADING_RE.search(title))


def _column(header: list[str], pattern, avoid=None) -> Optional[int]:
    for i, cell in enumerate(header):
        cell = _clean(cell)
        if pattern.search(cell) and not (avoid and avoid.search(cell)):
            return i
    return None


def _table_columns(header: list[str]) -> tuple[Optional[int], Optional[int]]:
    """(risk column, mitigation column) of a table header, or Nones."""
    risk = _column(header, _RISK_COLUMN_RE, _SCORE_COLUMN_RE)
    if risk is None:
        return None, None
    others = [c if i != risk else "" for i, c in enumerate(header)]
    mitigation = _column(others, _MITIGATION_COLUMN_RE, _SCORE_COLUMN_RE)
    return risk, mitigation


def _table_risks(passages):
    for passage in passages:
        if passage.kind != "table_row" or not passage.header:
            continue
        risk_col, mitigation_col = _table_columns(passage.header)
        if risk_col is None or risk_col >= len(passage.cells):
            continue
        risk = _clean(passage.cells[risk_col])
        if _is_empty(risk):
            continue
        mitigation = None
        if mitigation_col is not None and mitigation_col < len(passage.cells):
            mitigation = _clean(passage.cells[mitigation_col]) or None
            if mitigation and _EMPTY_RE.match(mitigation):
                mitigation = None
        yield passage, risk, mitigation


def _section_risks(passages):
    """(passage, risk, mitigation) from prose under risk headings."""
    risk_depth: Optional[int] = None
    in_section = False
    current: Optional[list] = None
    for passage in passages:
        if passage.kind == "heading":
            depth = heading_depth(passage.text)
            if in_section and risk_depth is not None and depth is not None and depth > risk_depth:
                continue  # a subsection of the risk section
            if current:
                yield tuple(current)
                current = None
            in_section = is_risk_heading(passage.text)
            risk_depth = depth if in_section else None
            continue
        if not in_section or passage.kind not in ("paragraph", "list_item"):
            continue
        _number, text = split_number(_PAGE_FOOTER_RE.sub("", passage.text))
        if text.endswith(":"):
            continue  # a lead-in to what follows, not a risk
        if _MITIGATION_LEAD_RE.match(text):
            if current is not None:
                current[2] = f"{current[2]} {text}" if current[2] else text
            continue
        risk, mitigation = _split_inline_mitigation(text)
        if _is_empty(risk):
            continue
        if current:
            yield tuple(current)
        current = [passage, risk, mitigation]
    if current:
        yield tuple(current)


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _split_inline_mitigation(text: str) -> tuple[str, Optional[str]]:
    """A paragraph whose later sentence starts 'Mitigation:' / 'To mitigate' carries its own mitigation."""
    sentences = _SENTENCE_SPLIT_RE.split(text)
    for i, sentence in enumerate(sentences[1:], start=1):
        if _MITIGATION_LEAD_RE.match(sentence):
            return " ".join(sentences[:i]), " ".join(sentences[i:])
    return text, None


def find_risks(passages) -> list[Risk]:
    found: list[Risk] = []
    seen: set[str] = set()
    table_seqs = set()
    for passage, risk, mitigation in list(_table_risks(passages)):
        table_seqs.add(passage.seq)
        _add(found, seen, passage, risk, mitigation)
    for passage, risk, mitigation in _section_risks(passages):
        _add(found, seen, passage, risk, mitigation)
    found.sort(key=lambda r: r.passage_seq)
    return found


def _add(found, seen, passage, risk, mitigation):
    key = normalise(risk)
    if not key or key in seen:
        return
    seen.add(key)
    found.append(Risk(passage_seq=passage.seq, page=passage.page, risk=risk,
                      mitigation=mitigation, quote=passage.text))


@Language.component("cp_risks")
def cp_risks(doc):
    doc._.extraction.risks = find_risks(doc._.passages or [])
    return doc
