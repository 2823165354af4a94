"""cp_recommendations: what the paper asks its committee to decide or note.

Two sources.  Items under a heading such as ``Recommendations``,
``Recommended decision(s)``, ``Decision required`` or a lead-in like ``The
Cabinet is asked to:``, up to the next heading; and, anywhere, single
sentences of the form ``X is asked to note/approve ...``, ``X is recommended
to ...`` or ``It is recommended that ...``.  Papers often repeat the list in a
summary sheet and in the body, so each recommendation is kept once (first
occurrence), compared without its number.
"""
from __future__ import annotations

import re

from spacy.language import Language

from .facts import Recommendation
from .listitems import normalise, split_number, strip_heading_number

# Headings that introduce a list of recommendations.  "Recommended Proposal"
# or "Recommendations of the review" are discussion, not the decision asked for.
_SECTION_HEADING_RE = re.compile(
    r"^(?:(?:summary of |proposed |officer )?recommendations?"
    r"(?: to (?:the )?[A-Za-z ]{2,40})?"
    r"|recommended (?:decisions?|resolutions?|actions?)"
    r"|decisions? (?:required|sought|requested)"
    r"|(?:the )?[A-Za-z' ]{2,60}\b(?:is|are) (?:asked|requested|invited|recommended) to"
    r")\s*:?\s*$",
    re.IGNORECASE,
)
# A paragraph that opens a list: "The Cabinet is asked to:".
_LEAD_IN_RE = re.compile(r"\b(?:is|are) (?:asked|requested|invited|recommended) to\s*:\s*$", re.IGNORECASE)

_DECISION_VERBS = (
    r"(?:note|approve|agree|endorse|consider|support|comment|delegate|ratify|accept|receive|"
    r"authorise|authorize|confirm|adopt|review|discuss|provide|give|grant|recommend|decide|"
    r"award|delegate|resolve|request|noted|approved|agreed)"
)
_SENTENCE_PATTERNS = [
    re.compile(r"\b(?:is|are) (?:asked|requested|invited) to (?:formally |also |further )?" + _DECISION_VERBS + r"\b", re.IGNORECASE),
    re.compile(r"\b(?:is|are) recommended to\b", re.IGNORECASE),
    re.compile(r"\bit is(?:,? therefore,?| also| further)? recommended that\b", re.IGNORECASE),
]
# Items in a recommendations section that are not recommendations
# ("List of Appendices", "Background Papers: None").
_NOT_AN_ITEM_RE = re.compile(
    r"^(?:list of appendices|appendices|background papers|exempt from|consideration by|council approval|"
    r"report author|contact|none\b|n/?a\b|(?:name of )?author\b|date(?: written)?\b|prepared by|presented by|"
    r"lead (?:officer|director)|page \d+ of \d+$)",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(r"^(?:recommendations?|recommended decisions?|decisions? required)\s*[:\-–]\s*", re.IGNORECASE)
_PAGE_FOOTER_RE = re.compile(r"\s*\bpage \d+ of \d+\s*$", re.IGNORECASE)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'‘“])")
MIN_WORDS = 3


def is_recommendation_heading(text: str) -> bool:
    return bool(_SECTION_HEADING_RE.match(strip_heading_number(text)))


def recommendation_sentences(text: str) -> list[str]:
    """Sentences of a passage that put a decision to the committee."""
    return [s.strip() for s in _SENTENCE_SPLIT_RE.split(text)
            if any(p.search(s) for p in _SENTENCE_PATTERNS)]


def _section_items(passages):
    """(passage, number, text) for each item under a recommendations heading or lead-in."""
    in_section = False
    after_lead_in = False
    for passage in passages:
        if passage.kind == "heading":
            in_section = is_recommendation_heading(passage.text)
            after_lead_in = False
            continue
        if passage.kind not in ("paragraph", "list_item"):
            continue
        if passage.kind == "paragraph" and _LEAD_IN_RE.search(passage.text):
            in_section = after_lead_in = True
            continue
        if not in_section:
            continue
        number, text = split_number(_PAGE_FOOTER_RE.sub("", passage.text))
        if after_lead_in and passage.kind == "paragraph" and number is None:
            # A lead-in's list ends at the first plain paragraph after it.
            in_section = after_lead_in = False
            continue
        if _NOT_AN_ITEM_RE.match(text) or len(text.split()) < MIN_WORDS:
            continue
        yield passage, number, text


def find_recommendations(passages) -> list[Recommendation]:
    found: list[Recommendation] = []
    seen: set[str] = set()

    def keep(passage, number, text):
        text = _LABEL_RE.sub("", text)
        key = normalise(text)
        if not key or key in seen:
            return
        # A cover sheet often cuts an item off mid-line; the full wording
        # later on is the same recommendation, so it replaces the stub.
        for i, earlier in enumerate(found):
            earlier_key = normalise(earlier.text)
            if key.startswith(earlier_key + " ") or earlier_key.startswith(key + " "):
                if len(key) > len(earlier_key):
                    found[i].text = text
                seen.add(key)
                return
        seen.add(key)
        found.append(Recommendation(passage_seq=passage.seq, page=passage.page, text=text, number=number))

    section_seqs = set()
    candidates = []
    for passage, number, text in _section_items(passages):
        section_seqs.add(passage.seq)
        candidates.append((passage.seq, 0, passage, number, text))
    for passage in passages:
        if passage.kind not in ("paragraph", "list_item") or passage.seq in section_seqs:
            continue
        if _LEAD_IN_RE.search(passage.text):
            continue
        number, body = split_number(passage.text)
        for i, sentence in enumerate(recommendation_sentences(body)):
            if len(sentence.split()) >= MIN_WORDS:
                candidates.append((passage.seq, i, passage, number if i == 0 else None, sentence))
    for _seq, _i, passage, number, text in sorted(candidates, key=lambda c: (c[0], c[1])):
        keep(passage, number, text)
    return found


@Language.component("cp_recommendations")
def cp_recommendations(doc):
    doc._.extraction.recommendations = find_recommendations(doc._.passages or [])
    return doc
