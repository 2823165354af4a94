"""Ligatures (and spaces) a PDF font's broken Unicode map misreads, repaired per document.

Word sets "ti", "tt", "ft", "fi" ... as one ligature glyph; some exports map that glyph to a
capital letter, so the text layer reads "meeUng", "aFached", "resoluTon".  Which capital stands for
which ligature differs by font and document, so nothing here is a word of any paper: the
document itself is the evidence.  A capital is suspect where it stands between lower-case letters
in several different words (a camel-case name or brand such as "McDonald", "iPad" or "LiveWell"
shows one or two words per capital); each candidate ligature of ``glyph_repairs.yaml`` is tried in
its place, and the one whose repaired words the document otherwise spells, else whose joins are
letter pairs the document's sound words use, is taken, if enough of the words come out plausible.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

RULES_PATH = Path(__file__).with_name("glyph_repairs.yaml")
_WORD_RE = re.compile(r"[A-Za-z]+")
# One scan tells whether a text has a capital between lower-case letters at all (most do not).
_INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z](?:[a-z]|\b)")
_INNER_TRIPLE_RE = re.compile(r"[a-z][A-Z][a-z]")
# Four consonants running together ("contfrmed") are rare in English words, and rarer still
# where a wrong ligature put them.
_CLUSTER_RE = re.compile(r"[^aeiouy]{4,}")


@lru_cache(maxsize=1)
def _load() -> dict:
    from committee_papers.extract.yaml_files import safe_load

    return safe_load(RULES_PATH.read_text(encoding="utf-8"))


def _rules() -> dict:
    return _load()["ligatures"]


def _inner_capitals(word: str) -> list[int]:
    """Positions of the capitals standing between two lower-case letters of ``word``."""
    return [i for i in range(1, len(word) - 1)
            if word[i].isupper() and word[i - 1].islower() and word[i + 1].islower()]


def _final_capital(word: str) -> list[int]:
    """The position of a capital ending ``word`` after lower-case letters ("draR"), if any."""
    return [len(word) - 1] if len(word) > 2 and word[-1].isupper() and word[-3:-1].islower() else []


def _letter_pairs(words: Counter) -> Counter:
    pairs: Counter = Counter()
    for word, count in words.items():
        lowered = word.lower()
        for a, b in zip(lowered, lowered[1:]):
            pairs[a + b] += count
    return pairs


def _is_compound(word: str, i: int, vocabulary: set[str]) -> bool:
    """Whether the capital at ``i`` opens the second word of a compound the document spells apart
    ("TouchPoint" where "point" is a word of it): a brand or name, not a ligature."""
    head, tail = word[:i].lower(), word[i:].lower()
    return head in _rules()["name_prefixes"] or (len(head) >= 3 and head in vocabulary) \
        or (len(tail) >= 3 and tail in vocabulary)


def ligature_repairs(texts: list[str]) -> dict[str, str]:
    """Each word of the document a broken font map spelled with a capital for a ligature
    ("meeUng") -> the word with the ligature's letters ("meeting"); empty for a sound text layer."""
    whole = "\n".join(texts)
    rules = _rules()
    # Cheap test first: most documents have no capital inside enough different words.
    inside: dict[str, set[str]] = {}
    for match in _INNER_TRIPLE_RE.finditer(whole):
        start, end = match.start(), match.end()
        while start and whole[start - 1].isalpha():
            start -= 1
        while end < len(whole) and whole[end].isalpha():
            end += 1
        inside.setdefault(match.group(0)[1], set()).add(whole[start:end])
    if not any(len(found) >= rules["min_distinct_words"] for found in inside.values()):
        return {}
    words = Counter(_WORD_RE.findall(whole))
    sound = Counter({word: count for word, count in words.items() if not _inner_capitals(word)})
    vocabulary = {word.lower() for word in sound}
    # A tail shared by several words ("PowerPoint", "SharePoint", "TouchPoint") is a word of
    # compounds; ligature words' shared tails ("meeUng", "wriUng") are word endings, shorter.
    tails = Counter(word[i:].lower() for word in words.keys() - sound.keys() for i in _inner_capitals(word))
    vocabulary |= {tail for tail, count in tails.items()
                   if any(len(tail) >= letters and count >= sharing for letters, sharing in rules["shared_tails"])}
    suspects: dict[str, set[str]] = {}
    for word in words.keys() - sound.keys():
        for i in _inner_capitals(word):
            if not _is_compound(word, i, vocabulary):
                suspects.setdefault(word[i], set()).add(word)
    pairs = _letter_pairs(sound)
    candidates = rules["candidates"]
    # A pair inside a candidate ligature may be missing from the sound words only because the font
    # ligates it every time: it is no evidence against the candidate.
    for candidate in candidates:
        for a, b in zip(candidate, candidate[1:]):
            pairs[a + b] = max(pairs[a + b], 1)
    sound_text = " ".join(vocabulary)
    chosen: dict[str, str] = {}
    for capital, found in suspects.items():
        if len(found) < rules["min_distinct_words"]:
            continue
        best_key, best = None, None
        for candidate in candidates:
            hits = plausible = clusters = 0
            joins = 0.0
            for word in found:
                repaired = word.replace(capital, candidate).lower()
                hits += repaired in vocabulary
                clusters += len(_CLUSTER_RE.findall(repaired))
                ok = True
                for i in _inner_capitals(word):
                    if word[i] != capital:
                        continue
                    before = pairs[word[i - 1].lower() + candidate[0]]
                    after = pairs[candidate[-1] + word[i + 1]]
                    ok = ok and (before > 0 or after > 0)  # a short paper lacks many pairs
                    joins += math.log1p(before) + math.log1p(after)
                plausible += ok
            key = (hits, plausible, -clusters, candidate not in sound_text, joins)
            if best_key is None or key > best_key:
                best_key, best = key, candidate
        if best_key[1] >= rules["min_plausible_share"] * len(found):
            chosen[capital] = best
    repairs: dict[str, str] = {}
    # A word ending in a chosen capital ("draR") ends in its ligature: the evidence came from the
    # words that hold it inside.
    if not chosen:
        return {}
    ending = [word for word in words if _final_capital(word) and word[-1] in chosen]
    for word in {word for found in suspects.values() for word in found}.union(ending):
        positions = [i for i in _inner_capitals(word) + _final_capital(word)
                     if word[i] in chosen and not _is_compound(word, i, vocabulary)]
        repaired = word
        for i in reversed(positions):
            repaired = repaired[:i] + chosen[word[i]] + repaired[i + 1:]
        if repaired != word:
            repairs[word] = repaired
    return repairs


def repair(text: str, repairs: dict[str, str]) -> str:
    """``text`` with each word of ``repairs`` spelled as repaired."""
    if not repairs or not _INNER_CAPITAL_RE.search(text):
        return text
    return _WORD_RE.sub(lambda match: repairs.get(match.group(0), match.group(0)), text)


def space_marks(texts: list[str]) -> str:
    """The signs a broken font map put for this document's spaces ("Annual'General'Meeting"), as
    one string; empty for a sound text layer."""
    rules = _load()["space_marks"]
    whole = "\n".join(texts)
    spaces = whole.count(" ")  # counts alone: a scan for the gaps between words cost a tenth of reading
    found = ""
    for sign in rules["candidates"]:
        count = whole.count(sign)
        if count >= rules["min_count"] and count >= rules["min_share"] * (count + spaces):
            found += sign
    return found


def respace(text: str, signs: str) -> str:
    """``text`` with each of ``signs`` read as the space it stands for."""
    if not signs:
        return text
    return " ".join(text.translate({ord(sign): " " for sign in signs}).split())
