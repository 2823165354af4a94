"""The one way rule and vocabulary files are parsed.

``yaml.safe_load`` parses in pure Python: the rule files (about 200 kB) took
about 0.2 s of every run's start-up.  libyaml's parser (PyYAML's
``CSafeLoader``, when PyYAML was built with it) feeds the same safe
constructors and resolvers, so it builds the same data ten times faster
(tests/test_yaml_files.py loads every shipped file both ways and compares).
"""
from __future__ import annotations

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream):
    """What ``yaml.safe_load(stream)`` returns: plain data, no arbitrary objects."""
    return yaml.load(stream, Loader=_LOADER)
