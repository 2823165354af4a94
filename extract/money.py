"""Sums of money in pounds: ``find_money`` over raw text, and the cp_money component
(every passage's sums, found once in the analysis pass).

Committee papers write money every way there is: ``£1,520,000``,
``c£544K``, ``£4.8m``, ``£14.7million``, ``£1.2bn``, ``approximately £41m``,
``between £2m and £3m``, ``£746,000 per annum``.  spaCy's tokenizer splits
some of these (``£`` + ``746,000``) and keeps others whole (``£55k``), so the
amounts are found with one regular expression over each passage's text, with
character offsets the extractors read (no extractor reads tokens).  A regex was
chosen over a price-parsing library because every amount here is anchored on
``£``/``GBP``; parsing libraries guess at unanchored numbers (dates, page
numbers) and are slower by orders of magnitude.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .plain_text import runs, word_offsets

MULTIPLIERS = {
    "k": 1e3, "thousand": 1e3,
    "m": 1e6, "mn": 1e6, "mill": 1e6, "million": 1e6, "millions": 1e6,
    "bn": 1e9, "b": 1e9, "billion": 1e9,
}

# Words that make a stated sum an estimate.  ``c`` may touch the pound sign
# (``c£544K``); the others need a space.
APPROXIMATE = (r"(?:(?<![A-Za-z])(?:c\.?|ca\.|circa)\s?|"
               r"\b(?:approximately|approx\.?|around|about|roughly|some|nearly|almost|"
               r"an\s+estimated|estimated\s+at|estimated|in\s+the\s+region\s+of|"
               r"in\s+excess\s+of|over|more\s+than|just\s+over|just\s+under|up\s+to)\s+)")

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# The multiplier must end the word: `£5m` and `£5 million`, not `£5 more`.  A letter set apart by a space is a
# multiplier only where no name goes on from it: in a list of payments `£360.00 P & J Glazing £35.04` the K opens
# the next payee's name.
MULTIPLIER = (r"(?:(?:\s?(?:thousand|millions?|mill|mn|billion|bn)|[kKmMbB]|\s[kKmMbB](?!\s*(?:&|(?-i:[A-Z]))))"
              r"(?![A-Za-z]))")
POUND = r"(?:£|GBP\s?)"
AMOUNT = rf"{POUND}\s?(?:{NUMBER})(?:{MULTIPLIER})?"

# `£1.5m to £2m`, `£1.5-2m`, `between £40,000 and £60,000`.
RANGE_TAIL = rf"\s?(?:-|–|—|to|and)\s?(?:{POUND})?\s?(?:{NUMBER})(?:{MULTIPLIER})?"

PERIOD = (r"\s(?:per\s+annum|per\s+year|a\s+year|each\s+year|every\s+year|per\s+yr|"
          r"p\.\s?a\.?|pa(?![A-Za-z])|annually|yearly)")

MONEY_RE = re.compile(
    rf"(?P<approx>{APPROXIMATE})?(?P<between>between\s+)?(?P<amount>{AMOUNT})(?P<range>{RANGE_TAIL})?",
    re.IGNORECASE,
)
PERIOD_RE = re.compile(PERIOD, re.IGNORECASE)
_PARTS_RE = re.compile(rf"(?P<pound>{POUND})?\s?(?P<number>{NUMBER})(?P<mult>{MULTIPLIER})?", re.IGNORECASE)
_ANCHOR_RE = re.compile(r"£|GBP", re.IGNORECASE)
# How far an estimate word may start before the pound sign, and a range end after it.
_LEAD_MAX, _TAIL_MAX = 32, 60


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    value_gbp: float
    text: str
    approximate: bool = False
    period: Optional[str] = None
    # The top of a range (`£2m to £3m`); value_gbp holds the bottom.
    upper_gbp: Optional[float] = None


def number_value(number: str, mult: Optional[str] = None) -> float:
    """`1,520,000` -> 1520000.0; `4.8`, `m` -> 4800000.0."""
    return float(number.replace(",", "")) * MULTIPLIERS.get((mult or "").strip().lower(), 1.0)


# What a table cell of figures holds besides its digits: `(1,030)`, `£4.2m`, `6.8%`, `- 120`.
_FIGURE_MARKS = frozenset(",.()%£$€+-–−km ")


def is_figure(cell: str) -> bool:
    """Whether a table cell holds a figure and nothing else (`1,210`, `(300)`, `£0.4m`, `6.1%`)."""
    cell = cell.strip().lower()
    return any(ch.isdecimal() for ch in cell) and all(ch.isdecimal() or ch in _FIGURE_MARKS for ch in cell)


def looks_like_year(number: str) -> bool:
    """`2025`, `1998`: four digits starting 19 or 20."""
    return len(number) == 4 and number[:2] in ("19", "20") and number[2:].isdecimal()


def _range_top(bottom_mult: Optional[str], tail: str, between: bool) -> Optional[tuple[float, Optional[str]]]:
    """The top of a range from its tail (`-2m`, ` to £3m`), or None if the tail is not one.

    Returns (top value, multiplier the bottom should borrow).
    """
    joiner = tail.strip()[:3].lower()
    # `£2m and £3m` is a range only after `between`; otherwise it is two sums.
    if joiner.startswith("and") and not between:
        return None
    parts = _PARTS_RE.search(tail)
    number, mult, pound = parts.group("number"), parts.group("mult"), parts.group("pound")
    if not pound and not mult:
        # `£5m to 2025` is a sum and a year; `£40,000-60,000` is a range.
        if bottom_mult or looks_like_year(number):
            return None
    return number_value(number, mult or bottom_mult), mult


# Sums written in words (`one point two million pounds a year`, `nine hundred thousand pounds`, `2.5 million
# pounds`): a run of number words ending in `pounds`, with a scale word in it (`hundred`, `thousand`, `million`,
# `billion`), so `ten pounds` and `the pounds` are left alone.
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_NUMBER_WORD = "|".join(_SMALL + list(_TENS) + list(_SCALES) + ["and", "point", "a", r"\d[\d,]*(?:\.\d+)?"])
# (At most WORDED_WORDS words before `pounds`: an unbounded run is tried again from each of its words, which
# is quadratic in a long run of figures or number words; the longest sum in words is well under 20 words.)
WORDED_WORDS = 20
WORDED_RE = re.compile(rf"(?<![\w£.,])(?P<words>(?:(?:{_NUMBER_WORD})[\s-]+){{1,{WORDED_WORDS}}}?)pounds\b", re.IGNORECASE)


def worded_value(words: str) -> Optional[float]:
    """The value of a sum written in words (`one point two million` -> 1,200,000), or None when a word is
    no number word or no scale word is said."""
    tokens = runs(words.lower(), r"^\s-")  # the words between spaces and hyphens
    if len(tokens) == 1 and tokens[0][:1].isdigit():
        # `298,000 pounds a year`, `quoted 4,600 pounds`: a figure alone before `pounds` is a sum as well (a year
        # is not: `in 2025 pounds`).
        return None if looks_like_year(tokens[0]) else float(tokens[0].replace(",", "")) or None
    if not any(t in _SCALES for t in tokens) or tokens[0] in ("and", "point"):
        return None
    total, current, decimals = 0.0, 0.0, None
    for position, token in enumerate(tokens):
        if token == "and":
            if position == 0 or tokens[position - 1] not in _SCALES:
                return None  # `one hundred and twenty`, not `2 and 3 million`
            continue
        if token == "point":
            decimals = ""
            continue
        if token in _SCALES:
            if decimals:
                current, decimals = float(f"{int(current)}.{decimals}"), None
            current = current or 1.0
            if token == "hundred":
                current *= 100
            else:
                total, current = total + current * _SCALES[token], 0.0
            continue
        if token == "a":
            if position != 0:
                return None
            value = 1.0
        elif token in _SMALL:
            value = float(_SMALL.index(token))
        elif token in _TENS:
            value = float(_TENS[token])
        elif position == 0:
            value = float(token.replace(",", ""))  # `2.5 million pounds`: figures open the sum, never follow words
        else:
            return None
        if decimals is not None:
            if value >= 10 or value != int(value):
                return None
            decimals += str(int(value))
        else:
            current += value
    if decimals:
        current = float(f"{int(current)}.{decimals}")
    return total + current or None


def _worded_money(text: str, found: list) -> list:
    """Sums written in words, where no sum in figures already covers them."""
    extra = []
    for match in WORDED_RE.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        # The sum is the longest tail of the run that reads as one (`in 2025 and 2.5 million pounds`: the last).
        start, value = match.start("words"), None
        words = match.group("words")
        for offset in word_offsets(words, words.split()):
            value = worded_value(words[offset:])
            if value is not None:
                start = match.start("words") + offset
                break
        if value is None:
            continue
        end = match.end()
        period = None
        trailing = PERIOD_RE.match(text, end)
        if trailing:
            period, end = "annual", trailing.end()
        extra.append(Money(start, end, value, text[start:end], False, period))
    return extra


def states_money(text: str) -> bool:
    """Whether ``text`` may state a sum: a pound sign, `GBP`, or a sum in words (`... pounds`)."""
    return "£" in text or "GBP" in text or "pounds" in text.lower()


def is_payment_line(text: str) -> bool:
    """Whether ``text`` may be a line of a payments list (a payee and what it is paid): it states a sum (`Hall hire
    £40.00`) or ends in a figure (`Oakfield Cleaning 655.00`).  The one test of the payments reader
    (contract_payments) and of the decision a list approves (decisions._payments_approvals)."""
    words = text.split()
    return states_money(text) or bool(words) and is_figure(words[-1].rstrip(".;,"))


def find_money(text: str) -> list[Money]:
    """Every sum of money in ``text``, in order, with character offsets.

    The span includes a leading estimate word (`approximately £41m`) and a
    trailing period (`£746,000 per annum`), so its text reads as stated.
    """
    found = []
    position = 0
    # Start each search just before a pound sign: the leading words are optional,
    # so a search from every character of a long paper would be slow.
    for anchor in _ANCHOR_RE.finditer(text):
        if anchor.start() < position:
            continue
        match = MONEY_RE.search(text, max(position, anchor.start() - _LEAD_MAX), anchor.end() + _TAIL_MAX)
        if not match:
            continue
        amount = _PARTS_RE.search(match.group("amount"))
        number, mult = amount.group("number"), amount.group("mult")
        approximate = bool(match.group("approx"))
        start = match.start() if (approximate or not match.group("between")) else match.start("amount")
        end = match.end("amount")
        upper = None
        # `increased from £1m to £2m` is two sums, not a range.
        if match.group("range") and not re.search(r"\bfrom\s+$", text[max(0, start - 6):start], re.IGNORECASE):
            top = _range_top(mult, match.group("range"), bool(match.group("between")))
            if top is not None:
                high, high_mult = top
                low = number_value(number, mult or high_mult)
                if high > low:
                    upper, end, approximate = high, match.end("range"), True
                    mult = mult or high_mult
        period = None
        trailing = PERIOD_RE.match(text, end)
        if trailing:
            period, end = "annual", trailing.end()
        found.append(Money(start, end, number_value(number, mult), text[start:end], approximate, period, upper))
        position = end
    if "pounds" in text.lower():
        found = sorted(found + _worded_money(text, found), key=lambda m: m.start)
    return found


if not Doc.has_extension("money"):
    Doc.set_extension("money", default=None)


@Language.component("cp_money")
def cp_money(doc):
    """Every passage's sums of money, found once: ``doc._.money[i]`` lists passage ``i``'s
    :class:`Money` (offsets within the passage) for the extractors to read."""
    doc._.money = [find_money(passage.text) for passage in (doc._.passages or [])]
    return doc


def money_in(passage_money: list[Money], start: int, end: int) -> list[Money]:
    """The sums of a passage (``passage_money``) that lie within its characters ``start:end``,
    with offsets from ``start`` (a sentence's sums from its passage's)."""
    return [replace(m, start=m.start - start, end=m.end - start) for m in passage_money
            if start <= m.start and m.end <= end]
