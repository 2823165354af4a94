"""The paper's own body as the provider of its commissioner's contract (a provider's own board minutes).

A library society's, a leisure trust's or a social enterprise's board minutes speak of the one contract the
body delivers for its commissioner without saying who provides it: `must come out of the contract price`,
`contract negotiations with X`, `the X Commissioner asked ...`.  The provider is the
paper's own body; the buyer is the commissioning body (council, ICB, ...) the cue's sentence or passage names.
Cues and their examples are in ``contract_own_board.yaml``.  Nothing is read when the paper's own body is a
commissioning body or an NHS trust (``contracts.own_body_roles`` places a trust's head contract), and a
body that is no commissioning body is never made the buyer: a supplier the provider pays is no commissioner.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .contract_terms import PROVIDER_KINDS
from .contracts import Candidate, PaperContext
from .facts import Contract
from .phrases import load

RULE = "contracts.own_board"
# How far from the body a `before_body`/`after_body` cue may stand (`our contract with the X`).
_REACH = 40


@lru_cache(maxsize=1)
def _passage_words() -> tuple[str, ...]:
    """Words (lower case) without one of which a passage states no cue (contract_own_board.yaml passage_words)."""
    return tuple(load("contract_own_board.yaml")["passage_words"])


@lru_cache(maxsize=1)
def cues() -> tuple[dict, ...]:
    entries = load("contract_own_board.yaml")["cues"]
    return tuple({**entry, "regex": re.compile(entry["pattern"], re.IGNORECASE),
                  "needs": re.compile(entry["needs_passage"], re.IGNORECASE) if entry.get("needs_passage") else None,
                  "preceded": re.compile(entry["preceded_by"], re.IGNORECASE) if entry.get("preceded_by") else None}
                 for entry in entries)


def reads_paper(context: PaperContext) -> bool:
    """Whether the paper's own body can be a provider paid by a commissioning body."""
    own = context.authority
    return bool(own) and not context.is_commissioner_kind(own) and context.kind_of(own) not in PROVIDER_KINDS


def _buyers(context: PaperContext, mentions) -> list:
    return [m for m in mentions if m.name != context.authority and context.is_commissioner_kind(m.name)]


def _names_a_supplier(context: PaperContext, mentions) -> bool:
    """Whether the sentence names a body other than the own body that commissions nothing: `the contract price
    with Fenmoor Construction Ltd` is the price of a contract the own body buys, not of the one it delivers."""
    return any(m.name != context.authority and not context.is_commissioner_kind(m.name) for m in mentions)


def buyer_in(context: PaperContext, sentence: str, mentions, buyers, earlier) -> Optional[tuple[str, dict]]:
    """(buyer, cue entry) for the first cue ``sentence`` states; ``buyers`` are the commissioning bodies of
    ``mentions``, ``earlier`` those named before the sentence in its passage (for a cue that names no party)."""
    for cue in cues():
        regex = cue["regex"]
        if cue.get("own_subject") and _names_a_supplier(context, mentions):
            continue
        if cue.get("before_body"):
            # The cue ends right before the body: `our contract with | X`.
            reach = cue.get("reach", _REACH)
            found = next((m for m in buyers if regex.search(sentence[max(0, m.start - reach):m.start])), None)
        elif cue.get("after_body"):
            # `preceded_by`: what must stand right before the body as well (`under the | X | contract`).
            preceded = cue["preceded"]
            found = next((m for m in buyers if regex.search(sentence[m.end:m.end + _REACH])
                          and (preceded is None or preceded.search(sentence[max(0, m.start - _REACH):m.start]))),
                         None)
        else:
            match = regex.search(sentence)
            if match is None or _names_a_supplier(context, mentions):
                continue
            before = [m for m in buyers if m.end <= match.start()]
            after = [m for m in buyers if m.start >= match.end()]
            found = (before[-1] if before else None) or (earlier[-1] if earlier else None) \
                or (after[0] if after else None)
            if found is None:
                # The passage names no buyer (`The contract sum was settled after our previous meeting`): the
                # commissioning body the whole paper is written about is.
                whole_paper = paper_buyer(context)
                if whole_paper is not None:
                    return whole_paper, cue
        if found is not None:
            return found.name, cue
    return None


def paper_buyer(context: PaperContext) -> Optional[str]:
    """The commissioning body a provider's paper is written about: the only one it names besides its own body,
    or the one it names at least twice as often as any other; None when that is unclear or none is named."""
    if context.orgs is None:
        return None
    counts = sorted(((context.orgs.mentions(name), name) for name in context.orgs.names()
                     if name != context.authority and context.is_commissioner_kind(name)), reverse=True)
    if not counts:
        return None
    if len(counts) == 1 or counts[0][0] >= 2 * max(1, counts[1][0]):
        return counts[0][1]
    return None


def own_board_contracts(context: PaperContext) -> list[Candidate]:
    """One relation (commissioner -> the paper's own body) for each sentence that speaks of the contract the
    own body delivers; repeats are merged downstream (contracts.merge_repeats)."""
    if not reads_paper(context):
        return []
    found = []
    for index, passage in enumerate(context.doc._.passages or []):
        lowered = passage.text.lower()
        if not any(word in lowered for word in _passage_words()):
            continue
        earlier = []
        for number, (offset, sentence) in enumerate(context.sentences(passage.text, index)):
            mentions = context.mentions_within(passage.text, offset, sentence)
            buyers = _buyers(context, mentions)
            hit = buyer_in(context, sentence, mentions, buyers, earlier)
            earlier.extend(buyers)
            if hit is None:
                continue
            buyer, cue = hit
            contract = Contract(passage_seq=passage.seq, page=passage.page, quote=sentence, commissioner=buyer,
                                provider=context.authority, rule=f"{RULE}.{cue['id']}")
            found.append((Candidate(contract, index, "prose", number), cue, passage.text))
    return _with_evidence(found)


def _with_evidence(found: list) -> list[Candidate]:
    """Keep a hit of a cue that needs its contract (`needs_passage`: a commissioner is named for many reasons)
    only where its passage speaks of a contract or a cue without that need found the same buyer in the paper."""
    confirmed = {candidate.contract.commissioner for candidate, cue, _ in found if cue["needs"] is None}
    kept = []
    for candidate, cue, passage_text in found:
        needs = cue["needs"]
        if needs is None or needs.search(passage_text) or candidate.contract.commissioner in confirmed:
            kept.append(candidate)
    return kept


def without_reversed(candidates: list[Candidate], own_found: list[Candidate]) -> list[Candidate]:
    """``candidates`` without a relation that makes the own body the buyer of the commissioner that the same
    passage shows paying it (`the contract sum negotiation with X` read by a `contract with X` phrase as X
    providing): the own board's cue says which way the contract runs."""
    reversed_pairs = {(c.index, c.contract.provider, c.contract.commissioner) for c in own_found}
    return [c for c in candidates if c.contract.value_gbp is not None
            or (c.index, c.contract.commissioner, c.contract.provider) not in reversed_pairs]
