"""What a sum of money is: a contract value or some other kind, scored from its clause.

Each sum is described by where its cue phrases sit (``money_kinds.yaml``: before the sum, right
after it, written with it, anywhere in its clause or sentence, in its section's heading) and by the
parties the clause gives roles (a provider named, a contributor, in-house staff).  Every matching
cue adds its weight to its kind; the best-scoring kind wins, and ``contract`` must also reach
``contract_threshold``.  The weights are hand-set: weights fitted to the labelled development sets
(bench/fit_money_kinds.py, which records its evidence through ``observers``) did not beat them on
held-out sets (README, "Money and contracts").  Each cue's examples are run through :func:`classify`
by tests/test_money_kinds.py.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Callable, Optional

from . import required_text
from .phrases import compiled, load

VOCABULARY = "money_kinds.yaml"
# The clause with its sum replaced by one word, so cues read across it (`let to X at about SUM a year`).
SUM = "SUM"
_BEFORE_WORDS = 8
# An `adjacent` cue ends right before the sum, within its last few words (`a combined £1.11m`).
_ADJACENT_WORDS = 3
# An `approach` cue also ends right before the sum but reads further back: the condition or quantifier that
# governs the comparison the sum completes (`when their income is above £V`).
_APPROACH_WORDS = _BEFORE_WORDS
_OPENING_WORDS = 2
_AFTER_CHARS = 40
# Small words that may sit between a sum and a cue after it: `£2m of savings`, `£90,000 in efficiencies`.
_AFTER_LEAD = {"of", "in", "a", "an", "the", "(the"}


@dataclass
class Evidence:
    """Where a sum sits: its clause split round it, its sentence and section, and the parties' roles."""

    before: str
    after: str
    lead: str = ""
    clause: str = ""
    sentence: str = ""
    heading: str = ""
    features: set = field(default_factory=set)
    value_gbp: float = 0.0  # the sum's value, for observers (classify does not read it)


@dataclass
class Verdict:
    kind: str
    scores: dict
    cues: list  # (kind, phrase or feature) that counted

    @property
    def is_contract(self) -> bool:
        return self.kind == "contract"

    @property
    def rule(self) -> str:
        """The mechanism and its strongest cue, for the fact's ``rule``."""
        best = [cue for kind, cue in self.cues if kind == self.kind]
        return f"money_kinds.{self.kind}" + (f"[{best[0]}]" if best else "")


# Callables given the (evidence, verdict) of every sum classify() decides.  The extractors register
# none; bench/fit_money_kinds.py registers one to record the evidence it fits the weights on.
observers: list[Callable[[Evidence, Verdict], None]] = []


def _vocabulary() -> dict:
    return load(VOCABULARY)


def _where(evidence: Evidence, at: str) -> str:
    if at == "before":
        return " ".join(evidence.before.split()[-_BEFORE_WORDS:])
    if at in ("adjacent", "approach"):
        # The sum's own estimate word (`over` of `over £3m`) stands right before it too.
        words = _ADJACENT_WORDS if at == "adjacent" else _APPROACH_WORDS
        return " ".join((evidence.before + " " + evidence.lead).split()[-words:])
    if at == "near":
        return " ".join(evidence.before.rsplit(",", 1)[-1].split()[-_BEFORE_WORDS:])
    if at == "after":
        after = evidence.after.lstrip(" ,")
        if after.startswith("("):
            # `£108.8m (2024-25 published plan) of savings`: an aside between the sum and its noun.
            close = after.find(")")
            after = after[close + 1:] if 0 < close <= 80 else after
        words = after[:_AFTER_CHARS].lstrip(" ,").split()
        if words and words[0].lower() in _AFTER_LEAD:
            words = words[1:]
        return " ".join(words)
    if at == "lead":
        return evidence.lead + " " + " ".join(evidence.before.split()[-3:])
    if at == "clause":
        return evidence.clause
    if at == "sentence":
        return evidence.sentence
    if at == "section":
        return evidence.heading
    if at == "opening":
        # The first words of the sentence and of the sum's clause (`Should the provider withdraw, ...`).
        return " ".join(evidence.sentence.split()[:_OPENING_WORDS]) + " / " + \
            " ".join(evidence.before.split()[:_OPENING_WORDS])
    raise ValueError(f"unknown cue position {at!r} in {VOCABULARY}")


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, re.Pattern, str, float, str], ...]:
    """(position, pattern, kind, weight, name) of each cue, compiled once: an `after` cue is anchored
    at the start of what follows the sum; a cue whose capitals matter is matched as written."""
    cues = []
    for cue in _vocabulary()["cues"]:
        if cue.get("case"):
            pattern = compiled(cue["phrase"], ignore_case=False)
        else:
            anchor = {"after": "start", "adjacent": "end", "approach": "end"}.get(cue["at"], "")
            pattern = compiled(cue["phrase"], anchor)
        cues.append((cue["at"], pattern, cue["kind"], cue["weight"], cue["phrase"].split()[0].split("/")[0]))
    return tuple(cues)


@lru_cache(maxsize=1)
def _cue_weights() -> dict[tuple[str, str], float]:
    """(kind, cue name) -> the largest weight of the cues of that kind and name."""
    weights: dict[tuple[str, str], float] = {}
    for _at, _pattern, kind, weight, name in _cues():
        weights[(kind, name)] = max(weights.get((kind, name), weight), weight)
    return weights


@lru_cache(maxsize=1)
def _paying_cue() -> list[str]:
    """The words of the cue `X pays the Council ...` (money paid to the paper's body is income)."""
    for cue in _vocabulary()["cues"]:
        words = cue["phrase"].split()
        if cue["kind"] == "other" and "pays" in words[0].split("/"):
            return words
    raise ValueError(f"no paying cue in {VOCABULARY}")


@lru_cache(maxsize=1)
def paying_verbs() -> re.Pattern:
    """The verbs of the paying cue, so a party's role can ask whether a sentence says one party pays
    the other with the same words."""
    return compiled(_paying_cue()[0])


@lru_cache(maxsize=1)
def paid_bodies() -> re.Pattern:
    """The bodies the paying cue names as paid (`the council/trust/...`)."""
    return compiled(" ".join(_paying_cue()[1:]))


def classify(evidence: Evidence) -> Verdict:
    vocabulary = _vocabulary()
    weights: dict[str, list] = {}
    cues = []
    texts: dict[str, str] = {}  # the evidence's text at each position, cut once
    for at, pattern, kind, weight, name in _cues():
        text = texts.get(at)
        if text is None:
            text = texts[at] = _where(evidence, at)
        # required_text.search: pattern.search, skipped for a text without the cue's words.
        if text and required_text.search(pattern, text):
            weights.setdefault(kind, []).append(weight)
            cues.append((kind, name))
    for name in sorted(evidence.features):
        feature = vocabulary["features"][name]
        weights.setdefault(feature["kind"], []).append(feature["weight"])
        cues.append((feature["kind"], name))
    scores = {kind: max(found) + vocabulary["corroboration"] * (sum(found) - max(found))
              for kind, found in weights.items()}
    contract = scores.get("contract", 0.0)
    others = {k: v for k, v in scores.items() if k != "contract"}
    best_other = max(others, key=lambda k: (others[k], k)) if others else None
    if contract >= vocabulary["contract_threshold"] and (best_other is None or contract > others[best_other]):
        kind = "contract"
    else:
        kind = best_other or "other"
    cues.sort(key=lambda item: -_weight_of(vocabulary, item))
    verdict = Verdict(kind, scores, cues)
    for observe in observers:
        observe(evidence, verdict)
    return verdict


def size_features(value_gbp: float) -> set:
    """The features a sum's size alone gives it (`unit_price`: under the feature's `below_gbp`)."""
    return {name for name, feature in _vocabulary()["features"].items()
            if "below_gbp" in feature and 0 < value_gbp < feature["below_gbp"]}


def _weight_of(vocabulary: dict, item) -> float:
    kind, name = item
    if name in vocabulary["features"]:
        return vocabulary["features"][name]["weight"]
    return _cue_weights().get((kind, name), 0.0)


def section_kind(heading: Optional[str]) -> Optional[str]:
    """The kind a section's heading gives every sum in it (`Savings` -> saving), or None; a heading
    that also names contracts (`Budget and contract values`) keeps its sums contract evidence,
    except a liability clause's."""
    if not heading:
        return None
    vocabulary = _vocabulary()
    for section in vocabulary["sections"]:
        if compiled(section["phrase"]).search(heading):
            if section["kind"] != "other" and compiled(vocabulary["contract_sections"]["phrase"]).search(heading):
                return None
            return section["kind"]
    return None


def _cue_pattern(name: str, anchor: str = "") -> re.Pattern:
    """The pattern of money_kinds.yaml's one-phrase cue ``name`` (phrases.compiled caches it)."""
    return compiled(_vocabulary()[name]["phrase"], anchor)


def section_kind_names_contracts(heading: str) -> bool:
    """Whether a heading speaks of contracts (`Contract award`, `Section 75 pooled budget`)."""
    return bool(_cue_pattern("contract_sections").search(heading))


def evidence_for(sentence: str, start: int, end: int, clause_start: int, clause_end: int,
                 heading: Optional[str] = None, features=(), value_gbp: float = 0.0) -> Evidence:
    """The evidence about ``sentence[start:end]`` whose clause is ``sentence[clause_start:clause_end]``."""
    money = sentence[start:end]
    pound = money.find("£")
    lead = money[:pound] if pound > 0 else ""
    before = sentence[clause_start:start]
    after = sentence[end:clause_end]
    if _reported(before):  # the reporting verb of the sum's own clause
        # `She said ... which she estimated would cost the Council £285,000 a year`: reported speech's `would`
        # is the speaker's `will`, no condition (an `if` in the sentence still is one).
        before, after = _WOULD.sub("will", before), _WOULD.sub("will", after)
    return Evidence(before=before, after=after, lead=lead, clause=before + SUM + after,
                    sentence=sentence[:start] + SUM + sentence[end:], heading=heading or "",
                    features=set(features), value_gbp=value_gbp)


def names_planned_procurements(text: str) -> bool:
    """Whether a table's heading or introducing line says it lists procurements still to be run
    (money_kinds.yaml planned_procurements)."""
    return bool(_cue_pattern("planned_procurements").search(text))


def states_contract_price(before: str) -> bool:
    """Whether the words right before a sum say it is a contract's price (money_kinds.yaml contract_price):
    `the contract with X, worth £1.1m a year`, not `releasing £275k`."""
    return bool(_cue_pattern("contract_price", "end").search(before))


_WOULD = re.compile(r"\bwould\b")


def _reported(text: str) -> bool:
    """Whether ``text`` (a sentence up to a sum) reports what someone said (money_kinds.yaml reported_speech)."""
    return bool(_cue_pattern("reported_speech").search(text))


@lru_cache(maxsize=4096)  # a column's label is asked about once per row
def kind_of_label(label: str) -> Optional[str]:
    """The kind a table's column or row label gives its sums (`Savings 2025/26`, `Hourly rate (£)`),
    or None when the label is no evidence against a contract value."""
    verdict = classify(Evidence(before=label, after="", clause=label + " " + SUM, sentence=label))
    return None if verdict.kind in ("contract", "other") and "other" not in verdict.scores else verdict.kind


def prices_contract_change(statement_before: str, statement: str, statement_after: str = "",
                           provider_named: bool = True) -> bool:
    """Whether a sum is said as the cost of extending, varying or renewing a contract, or as the change to its
    value (money_kinds.yaml contract_change): ``statement_before`` is its statement up to the sum,
    ``statement_after`` the rest, ``statement`` the whole statement (its main clause) with the sum in it; the
    change as the sum counts only where the statement names the provider (``provider_named``: `an increase of
    £V in the budget for contracts` is no contract's).
    `... be extended until May 2028 at a cost of £57,000`, `the agreement with X
    takes an increase of £V`; not `the library extension was completed at a cost of £410,000`, nor a change beside the
    new price (`..., taking the contract sum to £2.31m`: the statement's only sum must be the change)."""
    entry = _vocabulary()["contract_change"]
    last_words = " ".join(statement_before.split()[-_price_words():])
    if not compiled(entry["contract"]).search(statement) or compiled(entry["per_unit"], "start").search(statement_after):
        return False
    # `at a cost of up to £80,000`: a ceiling price, the agreement's value only where the statement names the body
    # it is with (the ceiling words may be read with the sum, `up to £1.1m`, or stand before it).
    lead = statement[len(statement_before):].split("£")[0] if "£" in statement[len(statement_before):] else ""
    ceiling = compiled(entry["ceiling"], "end").search(last_words + " " + lead)
    if ceiling:
        last_words = (last_words + " " + lead)[:ceiling.start()]
    if compiled(entry["price"], "end").search(last_words):
        return (provider_named or not ceiling) and bool(compiled(entry["change"]).search(statement))
    return provider_named and statement.count("£") == 1 and bool(compiled(entry["amount"], "end").search(last_words))


@lru_cache(maxsize=1)
def _price_words() -> int:
    """How many of a statement's last words before its sum :func:`prices_contract_change` reads: room for
    contract_change's longest price phrase followed by its longest ceiling phrase (`at an additional annual cost
    of not to exceed`), derived from the vocabulary so a longer phrase added there is read whole."""
    entry = _vocabulary()["contract_change"]
    return phrase_words(entry["price"]) + phrase_words(entry["ceiling"])


def phrase_words(phrase: str) -> int:
    """The most words a phrase without gaps can match: each of its tokens counts its longest alternative
    (`at_an_additional_annual_cost_of/at_a_cost_of` counts six)."""
    if any(token.startswith("..") for token in phrase.split()):
        raise ValueError(f"a phrase with a gap has no longest wording: {phrase!r}")
    return sum(max(len(option.split("_")) for option in token.split("/")) for token in phrase.split())


def announces_awards(lead: str) -> bool:
    """Whether a list's lead announces awards, grants or funding agreements to the bodies it lists
    (money_kinds.yaml awards_lead)."""
    vocabulary = _vocabulary()["awards_lead"]
    if compiled(vocabulary["unless"]).search(lead):
        return False
    return any(compiled(phrase).search(lead) for phrase in vocabulary["phrases"])


def states_premium(before: str) -> bool:
    """Whether the last words before a sum call it a premium (money_kinds.yaml premium): `an annual
    premium of £6,240`, `whose premium is £4,100`."""
    return bool(_cue_pattern("premium").search(" ".join(before.split()[-3:])))
