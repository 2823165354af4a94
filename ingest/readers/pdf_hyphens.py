"""Repair words a PDF hyphenated at a line end, by rule.

No PDF library can tell a soft hyphen (`commi-` / `ssioners`) from a real one
(`Joined-` / `up`).  The rule: a capitalised continuation keeps the hyphen
(`North-` / `East`); otherwise the document itself decides when it uses
either spelling elsewhere; failing that, known compound prefixes (`co-`,
`non-`) and compound tails (`-up`, `-based`) keep the hyphen, and everything
else is joined, since typesetters hyphenate long words far more often than
authors break compounds exactly at a line end.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

# Prefixes that make hyphenated compounds in British public-sector English.
COMPOUND_PREFIXES = {
    "co", "non", "self", "cross", "ex", "multi", "pre", "post", "anti", "semi", "inter", "intra",
    "well", "long", "short", "full", "part", "mid", "over", "under", "sub", "high", "low", "one",
    "two", "three", "four", "five", "year", "end", "front", "place", "age", "cost", "all", "in",
    "out", "on", "off", "up", "joined", "follow", "wide", "day", "face", "value", "evidence",
    "community", "user", "person", "child", "family", "needs", "best", "fit", "top", "first",
    "third", "value", "rag", "risk", "council", "city", "county", "district", "health", "social",
}
# Words that end compounds: `joined-up`, `place-based`, `long-term`, `clinically-led`.
COMPOUND_TAILS = {
    "up", "in", "on", "out", "off", "led", "based", "term", "wide", "making", "free", "level",
    "scale", "year", "time", "date", "going", "being", "owned", "funded", "specific", "related",
    "focused", "centred", "centered", "friendly", "house", "to", "by", "over", "down", "back",
    "off", "quarter", "month", "week", "day", "term", "sector", "wise", "like", "stop", "line",
}
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def vocabulary(texts) -> Counter:
    """Lower-case words and hyphenated compounds as the document spells them mid-line."""
    counts: Counter = Counter()
    plain: list[str] = []
    for text in texts:
        text = text.rstrip("-")
        if text.isascii():
            plain.append(text)
        else:  # outside ASCII a lower-case form can be an ASCII letter (KELVIN SIGN: "k")
            for word in _WORD_RE.findall(text):
                counts[word.lower()] += 1
    # The ASCII texts in one search and one count: a word cannot run across the newline
    # between two texts, and lower-casing ASCII changes no character's class.
    counts.update(_WORD_RE.findall("\n".join(plain).lower()))
    return counts


def keeps_hyphen(left: str, right: str, words: Optional[Counter] = None) -> bool:
    """Whether `left-` at a line end followed by `right` is a real hyphen."""
    if not right or not right[0].islower():
        return True
    if words:
        joined, compound = words[(left + right).lower()], words[f"{left}-{right}".lower()]
        if joined != compound:
            return compound > joined
    return left.lower() in COMPOUND_PREFIXES or right.lower() in COMPOUND_TAILS


def join_wrapped(previous: str, following: str, words: Optional[Counter] = None) -> str:
    """Join two wrapped lines of one paragraph, repairing a line-end hyphen."""
    if not previous:
        return following
    if not following:
        return previous
    if previous.endswith("-") and not previous.endswith(" -") and not previous.endswith("--"):
        left = re.search(r"([A-Za-z]+)-$", previous)
        right = re.match(r"[A-Za-z]+", following)
        if left is None or right is None:
            return previous + following  # "2024-" + "25", "£1m-" + "£2m"
        if keeps_hyphen(left.group(1), right.group(0), words):
            return previous + following
        return previous[:-1] + following
    return f"{previous} {following}"
