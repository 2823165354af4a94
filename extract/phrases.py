"""Cue phrases written as data, compiled to patterns in one place.

The vocabularies in ``money_kinds.yaml`` and ``contract_roles.yaml`` are phrases in a small
language a reader can check against the examples beside them:

``a/b/c``  one of the alternatives (``bed_night``: an alternative of several words);
``word*``  a word starting with ``word``;
``...``    a gap of up to eight words with no ``£``, full stop or semicolon (``...3``: up to three);
``..6``    a gap inside one noun phrase: up to six words, none a punctuation mark or a word that
           opens a clause, marks a verb or starts a prepositional phrase (``holds the design and
           build contract``, not ``holds regular meetings to review the contract``);
``#``      a figure; ``YYYY/YY`` a financial year (`2024/25`);
``word!``  the word, not as a possessive (``commission!``: `the commission`, not `the commission's report`);
``~a/b``   any one word written in lower case but these (``to ~be/the``: `to` before a verb, not `to be`, `to the`).

Everything else is a literal word; words match across any white space, case-insensitively,
on word boundaries.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .yaml_files import safe_load



def _word(token: str) -> str:
    if token == "#":
        return r"\d[\d,.]*"
    if token == "YYYY/YY":
        return r"(?:19|20)\d\d\s?[/-]\s?\d\d"
    if token.endswith("*"):
        return re.escape(token[:-1]) + r"[\w'-]*"
    if token.endswith("!") and len(token) > 1:
        return re.escape(token[:-1]) + r"(?!['’])"
    return re.escape(token)


def _any_word_but(token: str) -> str:
    # `~a/b`: a word written in lower case (a verb, not a name: `to compost`, not `to Harbury`) that is none of these.
    excluded = "|".join(re.escape(word.replace("_", " ")).replace(r"\ ", r"\s+") for word in token[1:].split("/"))
    return r"(?!(?:%s)(?![\w'-]))(?-i:[a-z])[\w'-]*" % excluded


def _alternatives(token: str) -> str:
    if token.startswith("~") and len(token) > 1:
        return _any_word_but(token)
    # `YYYY/YY` (a financial year) holds a slash of its own.
    parts = token.replace("YYYY/YY", "\0").split("/")
    options = [r"\s+".join(_word(w.replace("\0", "YYYY/YY")) for w in option.split())
               for option in (p.replace("_", " ") for p in parts)]
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


def phrase_pattern(phrase: str) -> str:
    """The regular expression (no anchors) for ``phrase``; an alternative of several words is
    written with `_` for its spaces (`per hour/bed_night`)."""
    parts, gap = [], None
    for token in _tokens(phrase):
        if token.startswith("..."):
            gap = int(token[3:] or 8)
            continue
        if token.startswith(".."):
            gap = -int(token[2:] or 6)  # negative: a noun-phrase gap (`..` alone: six words)
            continue
        piece = _alternatives(token)
        lead = _noun_phrase_gap(-gap) if gap and gap < 0 else _gap(gap) if gap else ""
        parts.append((r"\s+" if parts else "") + lead + piece)
        gap = None
    # A phrase opening on a word starts on a word boundary; one opening on `'s` follows a name.
    boundary = r"(?<![\w-])" if phrase.lstrip(".0123456789 ")[:1].isalnum() else ""
    body = boundary + "".join(parts) + r"(?![\w])"
    if gap and gap < 0:
        raise ValueError(f"a noun-phrase gap needs a word after it: {phrase!r}")
    if gap:
        # A gap at the end: up to that many more words.
        body += r"(?:\s+[^\s£.;]+){0,%d}" % gap
    return body


def _gap(words: int) -> str:
    return r"(?:[^\s£.;]+\s+){0,%d}?" % words


# Words that end a noun phrase before its head: a clause opener, a verb marker (an auxiliary, a
# modal, `to` before a verb, `not`) or a preposition (`a copy of the contract` is no contract held).
_OUTSIDE_NOUN_PHRASE = ("that/which/who/whom/whose/where/when/while/but/because/if/as/so/than/not/"
                        "is/are/was/were/be/been/being/has/have/had/will/would/shall/should/may/might/can/"
                        "could/must/do/does/did/to/of/on/about/over/with/for/from/at/by/into/under/until/"
                        "since/after/before/between/against").split("/")


# `and` joins two nouns of one phrase (`design and build`), but `and` right before a determiner
# starts a second noun phrase (`the keys and the Council's contract`).  (A verb after `and`,
# `meetings and monitors the contract`, is not told apart: that needs a part-of-speech model.)
_DETERMINERS = "the|a|an|its|their|this|these|our|his|her"


def _noun_phrase_gap(words: int) -> str:
    stop = "|".join(_OUTSIDE_NOUN_PHRASE)
    second_phrase = r"(?:and|or|&)\s+(?:%s)\s" % _DETERMINERS
    return r"(?:(?!(?:%s)(?![\w-]))(?!%s)[^\s£.;:,()]+\s+){0,%d}?" % (stop, second_phrase, words)


def _tokens(phrase: str) -> list[str]:
    return phrase.split()


@lru_cache(maxsize=None)
def compiled(phrase: str, anchor: str = "", ignore_case: bool = True) -> re.Pattern:
    """``phrase`` compiled; ``anchor`` is `start` (at the start of the text, after spaces), `end`, or
    `whole` (the phrase is all the text); ``ignore_case=False`` for a cue whose capitals matter."""
    return re.compile(anchored_source(phrase, anchor), re.IGNORECASE if ignore_case else 0)


def anchored_source(phrase: str, anchor: str = "") -> str:
    """The source :func:`compiled` compiles, for a caller joining several phrases into one pattern
    (compiling each phrase first only to read its source back would cost as much as the union)."""
    body = phrase_pattern(phrase)
    if anchor in ("start", "whole"):
        body = r"^\s*" + body
    if anchor in ("end", "whole"):
        body = body + r"\s*$"
    return body


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """A vocabulary file beside this module, parsed once."""
    with open(Path(__file__).with_name(name), encoding="utf-8") as handle:
        return safe_load(handle)


def prefix_tree(words) -> str:
    """A regular expression matching exactly the strings in ``words``, with
    their common prefixes factored out (`contract(?:or|ed|s)?` rather than
    `contractor|contracted|contracts|contract`).  Python's engine tries the
    branches of an alternation one by one at every position, so a long flat
    list is slow to search; the tree tries each letter once."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    ends = "" in node
    parts = [re.escape(letter) + _branches(child) for letter, child in sorted(node.items()) if letter]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        # optional rest: a word ending here is matched too
        return body + "?" if len(parts) == 1 and len(parts[0]) == 1 else "(?:" + "|".join(parts) + ")?"
    return body
