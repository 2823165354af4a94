"""A quote chosen among several (contract_quotes.yaml): the chosen supplier and its own sum.

Minutes record the quotes received and then the choice.  Each quoted sum belongs to the body named last before it
in its sentence (a pronoun's sums to the one supplier of the passage); the choice names a supplier, or one
supplier's option by its words (`proceed with the lined curtains`).  The contracts read from the passage keep
only the chosen supplier's chosen sum: another supplier's quote is no contract, and a valueless contract of the
chosen supplier takes the chosen sum.  A passage with fewer than two quoted sums, or no choice, is left as read.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from .yaml_files import safe_load


@lru_cache(maxsize=1)
def rules() -> dict:
    with resources.files(__package__).joinpath("contract_quotes.yaml").open(encoding="utf-8") as handle:
        data = safe_load(handle)
    # Longest cue first, so `agreed to go with` wins over `go with`; sorted once, not per sentence.
    data["choice_cues"] = sorted(data["choice_cues"], key=len, reverse=True)
    return data


def may_state_quotes(text: str) -> bool:
    """Whether ``text`` holds a word stem that quotes are stated with (``passage_stems``): the cheap gate in front
    of :func:`chosen_quote`."""
    lowered = text.lower()
    return any(stem in lowered for stem in rules()["passage_stems"])


def _words(text: str) -> set[str]:
    """The content words of ``text``, lower case."""
    out = set()
    for word in text.lower().replace("-", " ").split():
        word = word.strip(".,;:()'\u2019\"£")
        if word and word.isalpha() and word not in STOP_WORDS:
            out.add(word)
    return out


def _last_word_at(text: str, words) -> int | None:
    """Where the last of ``words`` (whole words, any case) starts in ``text``, else None."""
    lowered = f" {text.lower()} "
    best = None
    for word in words:
        at = lowered.rfind(f" {word}")
        while at >= 0 and lowered[at + 1 + len(word)].isalpha():
            at = lowered.rfind(f" {word}", 0, at)
        if at >= 0 and (best is None or at > best):
            best = at
    return best


def _choice(sentences) -> tuple[int, str] | None:
    """(offset, words) of the choice: what follows a choice cue to the end of its sentence, the last such."""
    found = None
    for offset, sentence in sentences:
        lowered = f" {sentence.lower()}"
        for cue in rules()["choice_cues"]:
            at = lowered.find(f" {cue} ")
            if at >= 0:
                start = at + len(cue) + 1  # (the space put before the sentence: at is in the sentence plus one)
                found = (offset + start, sentence[start:])
                break
    return found


def _own_quotes(candidates: list, quotes) -> list:
    """Without a choice: no contract of one body at a sum another body quoted (`X quoted £A and Y quoted £B`)."""
    owner = {}
    for item, quoter, _option in quotes:
        owner.setdefault(item.value_gbp, set()).add(quoter)
    return [c for c in candidates if c.contract.value_gbp is None or c.contract.value_gbp not in owner
            or None in owner[c.contract.value_gbp] or c.contract.provider in owner[c.contract.value_gbp]]


def chosen_quote(candidates: list, text: str, sentences, money, mentions, new_contract=None) -> list:
    """``candidates`` (contracts read from a passage of ``text``) kept to the chosen quote; see the module.
    ``new_contract(provider, money)`` makes the chosen supplier's contract where the passage read none."""
    data = rules()
    quotes = []  # (money, quoter name or None, option words)
    for offset, sentence in sentences:
        previous_end = None  # where the last quoted sum of the sentence ended
        for item in money:
            if not offset <= item.start < offset + len(sentence):
                continue
            start = item.start - offset
            window_start = max(0, start - data["quote_reach"])
            word_at = _last_word_at(sentence[window_start:start], data["quote_words"])
            if word_at is not None:
                # `X quoted £A`: the body named before the quote word quoted (not `the tender requires the Council`).
                before = [m for m in mentions if offset <= m.start and m.end - offset <= window_start + word_at]
                quoter = before[-1].name if before else None
            elif previous_end is not None and not _words(sentence[previous_end:start]) & set(data["not_quote_words"]):
                # `... and Y £B`, `and for Z £C`: a sum listed after a quoted one is quoted, by the body named
                # between them or by the same one (not `compared with £B under the current contract`).
                between = [m for m in mentions if offset + previous_end <= m.start and m.end <= item.start]
                quoter = between[-1].name if between else quotes[-1][1]
            else:
                continue
            # The option a sum prices: written after it (`£880 for oak posts`) or before it (`for oak posts at £880`).
            later = [m.start - offset for m in money if m.start > item.start and m.start < offset + len(sentence)]
            after = sentence[item.end - offset:later[0] if later else len(sentence)]
            option = after if after.lower().lstrip().startswith(("for ", "to ")) \
                else sentence[previous_end or 0:start]
            for name in {m.surface for m in mentions}:
                option = option.replace(name, " ")
            quotes.append((item, quoter, _words(option) - set(data["quote_words"])))
            previous_end = item.end - offset
    if len(quotes) < 2:
        return candidates
    choice = _choice(sentences)
    if choice is None:
        return _own_quotes(candidates, quotes)
    at, chosen_words = choice
    providers = {c.contract.provider for c in candidates if c.contract.provider}
    quoters = {q for _m, q, _o in quotes if q}
    if not quoters and len(providers) == 1:
        quoters = providers
        quotes = [(m, next(iter(providers)), o) for m, _q, o in quotes]
    chosen_by_name = [m.name for m in mentions if m.start >= at and m.name in quoters]
    if chosen_by_name:
        winner = chosen_by_name[0]
        sums = [m for m, q, _o in quotes if q == winner]
    elif len(quoters) == 1 and all(q in quoters for _m, q, _o in quotes):
        winner = next(iter(quoters))
        wanted = _words(chosen_words)
        scored = [(len(o & wanted) - len(o - wanted), m) for m, _q, o in quotes]
        best = max(score for score, _m in scored)
        sums = [m for score, m in scored if score == best and score > 0]
    else:
        return _own_quotes(candidates, quotes)
    if len(sums) != 1:
        return _own_quotes(candidates, quotes)
    chosen = sums[0]
    quoted = {m.value_gbp for m, _q, _o in quotes}
    kept = []
    for candidate in candidates:
        contract = candidate.contract
        if contract.value_gbp is not None and contract.value_gbp in quoted:
            if contract.provider != winner or contract.value_gbp != chosen.value_gbp:
                continue  # another supplier's quote, or an option not chosen: no contract
        kept.append(candidate)
    if not any(c.contract.provider == winner and c.contract.value_gbp == chosen.value_gbp for c in kept):
        for number, candidate in enumerate(kept):
            if candidate.contract.provider == winner and candidate.contract.value_gbp is None:
                contract = replace(candidate.contract, value_gbp=chosen.value_gbp, value_text=chosen.text,
                                   rule=f"{candidate.contract.rule}.chosen_quote")
                kept[number] = replace(candidate, contract=contract)
                break
        else:
            made = new_contract(winner, chosen) if new_contract else None
            kept.extend([made] if made else [])
    return kept
