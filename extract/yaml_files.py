"""The one way rule and vocabulary files are parsed.

``yaml.safe_load`` parses in pure Python: the rule files (about 200 kB) took
about 0.2 s of every run's start-up.  libyaml's parser (PyYAML's
``CSafeLoader``, when PyYAML was built with it) feeds the same safe
constructors and resolvers, so it builds the same data ten times faster
(tests/test_yaml_files.py loads every shipped file both ways and compares).
"""
from __future__ import annotations

from typing import Callable, Iterable, Mapping

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream):
    """What ``yaml.safe_load(stream)`` returns: plain data, no arbitrary objects."""
    return yaml.load(stream, Loader=_LOADER)


def spell_placeholders(text: str, words: Mapping[str, Iterable[str]], spell: Callable[[Iterable[str]], str]) -> str:
    """``text`` (a rule's pattern or phrase) with each placeholder of ``words`` (`IMPACT_HARM`, `REPLY_VERB`) replaced
    by ``spell`` of the word list it stands for: the one way a rule file names another list of words.  ``spell``
    writes the list in the rule's own language (regex alternatives, a phrase's `/` options)."""
    for placeholder, listed in words.items():
        if placeholder in text:
            text = text.replace(placeholder, spell(listed))
    return text
