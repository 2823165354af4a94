"""What a regular expression cannot match without, found from the pattern itself.

Python's engine tries a pattern at every position of a text.  A rule pattern
that opens on common words (``\\b(?:the|a|our) (?:\\w+ )?(?:worry|fear)
...``) therefore costs about as much on a sentence that has nothing to do
with it as on one it matches, and most sentences have nothing to do with it.

:func:`search` first asks whether the text holds one of the pattern's
*required strings*: a set of literal strings, read off the parsed pattern,
one of which every match must contain (``worry is that``, ``fear was that``,
...).  Only then is the pattern searched.  The answer is the pattern's own
answer either way, because the check can only rule out texts the pattern
cannot match:

* consecutive pieces that match only a few fixed strings (literals, small
  character sets, alternations and optional parts of those) are multiplied out
  into the strings their run can match; zero-width pieces (``\\b``, ``^``,
  look-arounds) consume nothing and are passed over;
* a group, or a piece repeated at least once, requires what its content
  requires; an alternation requires what any one of its branches requires;
* the strings are looked for ignoring case whatever the pattern's flags
  (which can only let more texts through), as lower-case ASCII in the
  lower-cased text: exactly the engine's own ignore-case comparison, once
  the few characters it takes for an ASCII letter (``ASCII_TWINS``) are
  absent from the text.

A pattern with no required string of at least ``MIN_LENGTH`` characters is
searched as it is, unless every match holds one of a few marks that prose
seldom uses (``RARE_MARKS``: a field label's colon, ``Risk level:``): a text
without the mark is not searched.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple, Optional

try:  # Python 3.11+
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

# Fixed pieces matching more strings than this are not multiplied out.
MAX_STRINGS = 64
# A set of required strings is checked only up to this many strings.
MAX_NEEDLES = 12
# An alternation's branches each require their own strings: their union is checked up to this many
# (a rule family written as one alternation of a dozen wordings, each with two or three strings,
# is among the dearest patterns to search; the union shrinks once strings holding another go).
MAX_BRANCH_STRINGS = 4 * MAX_NEEDLES
# A required string shorter than this is in nearly every sentence: not worth a check.
MIN_LENGTH = 3
# Marks rare enough in a sentence to screen by on their own, where a pattern requires nothing longer
# (a field label's colon after an alternation of a hundred labels).
RARE_MARKS = frozenset(":;|%")
# A repeat is multiplied out only up to this many times.
MAX_REPEAT = 3

_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT} | ({_sre.POSSESSIVE_REPEAT} if hasattr(_sre, "POSSESSIVE_REPEAT") else set())
_GROUPS = {_sre.SUBPATTERN} | ({_sre.ATOMIC_GROUP} if hasattr(_sre, "ATOMIC_GROUP") else set())

Strings = frozenset  # of str


def search(pattern: re.Pattern, text: str) -> Optional[re.Match]:
    """``pattern.search(text)``, not run when ``text`` holds none of the pattern's required strings."""
    return pattern.search(text) if may_match(pattern, text) else None


def finditer(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)``, not run when ``text`` holds none of the pattern's required strings."""
    return pattern.finditer(text) if may_match(pattern, text) else iter(())


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text`` (it holds none of the
    pattern's required strings): a ``sub`` or ``finditer`` may be skipped then."""
    needles = _needles_of(pattern)
    if needles is None:
        return True
    lowered = folded(text)
    if lowered is None:
        return True
    # A plain loop: this runs for every rule and passage, and a generator costs more than the tests.
    for needle in needles:
        if needle in lowered:
            return True
    return False


# A pattern's needles by its identity: hashing a compiled pattern hashes its whole compiled
# code, and looking one up in ``_needles``' cache compares the code too, on every call.  Each
# entry keeps its pattern alive, so an id is never reused while its entry stands.  Patterns
# made afresh again and again (equal ones are one entry of ``_needles``, not of this) would
# fill it: past ``MAX_BY_ID`` entries it starts again, and ``_needles`` answers meanwhile.
_NEEDLES_BY_ID: dict[int, tuple[re.Pattern, Optional[tuple[str, ...]]]] = {}
MAX_BY_ID = 4096


def _needles_of(pattern: "re.Pattern | Source") -> Optional[tuple[str, ...]]:
    entry = _NEEDLES_BY_ID.get(id(pattern))
    if entry is None:
        if len(_NEEDLES_BY_ID) >= MAX_BY_ID:
            _NEEDLES_BY_ID.clear()
        entry = _NEEDLES_BY_ID[id(pattern)] = (pattern, _needles(pattern))
    return entry[1]


def screen(patterns) -> Callable[[str], bool]:
    """One test standing for :func:`may_match` of each of ``patterns``: False only when none
    of them can match ``text``, found by one scan of the text for all their required strings
    (where a text is searched with several rules and most texts match none)."""
    needles: set[str] = set()
    for pattern in patterns:
        found = _needles_of(pattern)
        if found is None:
            return lambda text: True
        needles.update(found)
    union = re.compile("|".join(map(re.escape, sorted(needles))))

    def any_may_match(text: str) -> bool:
        lowered = folded(text)
        return lowered is None or union.search(lowered) is not None

    return any_may_match


class Source(NamedTuple):
    """A pattern's source and flags: what :func:`screen`, :func:`sieve` and :func:`may_match` read
    of a pattern they only screen by, given without compiling a pattern never searched."""
    pattern: str
    flags: int


def unanchored(pattern: re.Pattern) -> Source:
    """``pattern`` without its opening ``^``, to screen a rule that is matched at the start of a text:
    it matches wherever the rule does, so it needs the same strings (and has strings to screen by,
    where the anchored pattern has none)."""
    return Source(pattern.pattern.removeprefix("^"), pattern.flags)


def sieve(patterns) -> Callable[[str], frozenset]:
    """One test standing for :func:`may_match` of each of ``patterns`` (a rule file's list, tried in
    order on the same text): the positions in ``patterns`` of those that may match ``text``, found by
    looking for each of their required strings once, however many patterns share it, instead of
    one call per pattern.  A pattern without required strings is always among them."""
    patterns = list(patterns)
    every = frozenset(range(len(patterns)))
    always = frozenset(i for i, pattern in enumerate(patterns) if _needles_of(pattern) is None)
    holders: dict[str, list[int]] = {}
    for i, pattern in enumerate(patterns):
        for needle in _needles_of(pattern) or ():
            holders.setdefault(needle, []).append(i)
    needles = tuple(holders.items())

    def may_match_which(text: str) -> frozenset:
        lowered = folded(text)
        if lowered is None:
            return every
        found = set(always)
        for needle, holding in needles:
            if needle in lowered:
                found.update(holding)
        return frozenset(found)

    return may_match_which


@lru_cache(maxsize=None)
def _needles(pattern: "re.Pattern | Source") -> Optional[tuple[str, ...]]:
    """The required strings in lower case; None when there are none, or one is not ASCII
    (outside ASCII, lower-casing and the engine's case rules part ways)."""
    strings = required_strings(pattern)
    if strings is None or not all(s.isascii() for s in strings):
        return None
    return tuple(sorted(_without_longer_forms({s.lower() for s in strings})))


def _without_longer_forms(needles: set[str]) -> set[str]:
    """The needles without any that holds another (`concerns` beside `concern`): a text holding
    the longer holds the shorter, so the test "one of them is in the text" gives the same answer."""
    return {needle for needle in needles
            if not any(other != needle and other in needle for other in needles)}


# Characters outside ASCII that the engine's case-insensitive matching takes for an ASCII
# character: LATIN CAPITAL LETTER I WITH DOT ABOVE and DOTLESS I (i), LONG S (s), KELVIN SIGN
# (k).  tests/test_required_text.py checks every code point, so the list stays complete.
ASCII_TWINS = "\u0130\u0131\u017f\u212a"
_ASCII_TWIN_RE = re.compile(f"[{ASCII_TWINS}]")


@lru_cache(maxsize=256)  # a rule file's patterns are searched one after another in the same text
def folded(text: str) -> Optional[str]:
    """``text`` in lower case, where an ASCII string occurs in it exactly when the engine would
    find that string in ``text`` ignoring case; None for a text with an ASCII twin in it."""
    if text.isascii() or _ASCII_TWIN_RE.search(text) is None:
        return text.lower()
    return None


def required_strings(pattern: "re.Pattern | Source") -> Optional[Strings]:
    """Strings one of which every match of ``pattern`` contains; None when none is known, or
    when the pattern is anchored at the start of the text (the engine tries it there only) and
    can fail there at once.  One that opens by reading on through the text (``^(?=[^;]*?harm)``,
    ``^(?!.*option).*?could``) costs a scan of every text, and is checked like any other."""
    parsed = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    if parsed and parsed[0] == (_sre.AT, _sre.AT_BEGINNING) and not pattern.flags & re.MULTILINE \
            and not _opens_with_scan(parsed[1:]):
        return None
    return _required(parsed)


def _opens_with_scan(items) -> bool:
    """Whether the look-arounds at the head of parsed ``items``, or their first piece that consumes
    text, hold an unbounded repeat of any character or of a negated set (``.*``, ``[^;]*?``)."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if _scans(list(av[1])):
                return True
        elif op not in _ZERO_WIDTH:
            return _scans([(op, av)])
    return False


def _scans(items) -> bool:
    """Whether parsed ``items`` hold an unbounded repeat of a wide piece, at any depth."""
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av
            body = list(body)
            if high == _sre.MAXREPEAT and any(_wide(piece_op, piece_av) for piece_op, piece_av in body):
                return True
            if _scans(body):
                return True
        elif op in _GROUPS:
            if _scans(list(_group_body(op, av))):
                return True
        elif op is _sre.BRANCH:
            if any(_scans(list(branch)) for branch in av[1]):
                return True
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if _scans(list(av[1])):
                return True
    return False


def _wide(op, av) -> bool:
    """Any character (``.``), a negated set (``[^;]``, ``[^.;:]``) or a group of one (``(?:[^;](?!x))``)."""
    if op is _sre.ANY or op is _sre.NOT_LITERAL:
        return True
    if op is _sre.IN:
        return any(kind is _sre.NEGATE for kind, _ in av)
    if op in _GROUPS:
        return any(_wide(o, a) for o, a in _group_body(op, av))
    return False


def _required(items) -> Optional[Strings]:
    """Required strings of a sequence of parsed items: the best of the products of its runs of
    fixed pieces (any stretch of such a run will do) and of what its other pieces require."""
    parts: list = []  # in order: each run of fixed pieces (a list), and each other piece's strings
    run: list[Strings] = []
    for op, av in items + [(None, None)]:
        fixed = _fixed(op, av) if op is not None else None
        if fixed is not None:
            run.append(fixed)
            continue
        if run:
            parts.append(run)
        run = []
        inner = _required_item(op, av) if op is not None else None
        if inner is not None:
            parts.append(inner)
    # The first of the most selective candidates whose strings are all MIN_LENGTH long, each measured once.
    best, best_key = None, None
    for strings in _candidates(parts, whole_literal_runs=True):
        if not strings:
            continue
        shortest = min(map(len, strings))
        if shortest >= MIN_LENGTH:
            key = _selective(strings, shortest)
            if best_key is None or key > best_key:
                best, best_key = strings, key
    if best is not None:  # (a string of at least MIN_LENGTH always screens better than a mark)
        return best
    marks = [c for c in _candidates(parts) if c and all(s and set(s) <= RARE_MARKS for s in c)]
    return max(marks, key=_selective, default=None)


def _candidates(parts: list, whole_literal_runs: bool = False):
    """The candidate sets of strings of :func:`_required`'s ``parts``, in order: each stretch of a run
    of fixed pieces, and each other piece's strings.  ``whole_literal_runs``: a run whose pieces each
    match one string offers only its whole string, in place of its stretches, each of which it holds
    (so none of them is longer, or holds a word the whole does not, or, being as long, differs):
    exactly the stretch :func:`_selective` ranks first, at most one in a run, when long strings are
    looked for.  (Not for the marks, whose stretches may be shorter than a whole run.)"""
    for part in parts:
        if not isinstance(part, list):
            yield part
        elif whole_literal_runs and all(len(piece) == 1 for piece in part):
            yield frozenset(("".join(next(iter(piece)) for piece in part),))
        else:
            yield from _stretches(part)


def _stretches(run: list[Strings]):
    """The strings each stretch of consecutive fixed pieces can match, when few enough."""
    for start in range(len(run)):
        product = frozenset(("",))
        for piece in run[start:]:
            product = frozenset([a + b for a in product for b in piece])
            if len(product) > MAX_NEEDLES:
                break
            yield product


@lru_cache(maxsize=1)
def _stop_word_pieces() -> frozenset:
    """Every stretch of letters of a stop word: "ere are" is as common as "there are".  (Read
    when a pattern is first screened, so that ``folded`` alone needs no spaCy: the store uses it.)"""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(word[i:j] for word in STOP_WORDS for i in range(len(word)) for j in range(i + 1, len(word) + 1))


def _selective(strings: Strings, shortest: Optional[int] = None) -> tuple:
    """How well a set of required strings rules texts out: better with a word that is not a
    stop word in each (words such as "that" or "there is" are in most sentences), longer
    strings (up to a point) and fewer of them.  ``shortest``: the shortest string's length,
    where the caller has it."""
    with_word = all(map(_has_content_word, strings))
    if shortest is None:
        shortest = min(map(len, strings))
    return with_word, min(shortest, 8), -len(strings), shortest


@lru_cache(maxsize=None)  # a long pattern's runs offer the same strings in thousands of candidate sets
def _has_content_word(string: str) -> bool:
    """Whether ``string`` holds a stretch of letters that is no piece of a stop word."""
    return any(word not in _stop_word_pieces() for word in re.findall(r"[a-z]+", string.lower()))


def _branch_union(branches, strings_of, limit: int) -> Optional[Strings]:
    """The strings of an alternation: every branch's (each read by ``strings_of``), when every
    branch has some and they are at most ``limit``; None otherwise."""
    union: set[str] = set()
    for branch in branches:
        strings = strings_of(list(branch))
        if strings is None:
            return None
        union |= strings
    return frozenset(union) if len(union) <= limit else None


def _required_item(op, av) -> Optional[Strings]:
    if op in _GROUPS:
        return _required(list(_group_body(op, av)))
    if op is _sre.BRANCH:
        return _branch_union(av[1], _required, MAX_BRANCH_STRINGS)
    if op in _REPEATS and av[0] >= 1:
        return _required(list(av[2]))
    return None


def _fixed(op, av) -> Optional[Strings]:
    """Every string a parsed item can consume, when they are few; None otherwise."""
    if op is _sre.LITERAL:
        return frozenset((chr(av),))
    if op in _ZERO_WIDTH:
        return frozenset(("",))
    if op in _GROUPS:
        return _fixed_sequence(list(_group_body(op, av)))
    if op is _sre.BRANCH:
        return _branch_union(av[1], _fixed_sequence, MAX_STRINGS)
    if op is _sre.IN:
        if any(kind is not _sre.LITERAL for kind, _ in av):
            return None  # a range, a category or a negated set: too many strings
        return frozenset(chr(value) for _, value in av)
    if op in _REPEATS:
        low, high, body = av
        if high > MAX_REPEAT:
            return None
        strings = _fixed_sequence(list(body))
        if strings is None:
            return None
        out: set[str] = set()
        times = {""}
        for count in range(high + 1):
            if count >= low:
                out |= times
            times = {a + b for a in times for b in strings}
            if len(out) > MAX_STRINGS or len(times) > MAX_STRINGS:
                return None
        return frozenset(out)
    return None


def _group_body(op, av):
    return av[-1] if op is _sre.SUBPATTERN else av  # (group, add flags, del flags, body) or an atomic group's body


def _fixed_sequence(items) -> Optional[Strings]:
    strings = {""}
    for op, av in items:
        fixed = _fixed(op, av)
        if fixed is None:
            return None
        strings = {a + b for a in strings for b in fixed}
        if len(strings) > MAX_STRINGS:
            return None
    return frozenset(strings)
