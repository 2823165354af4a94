"""Commissioners that no longer exist: a contract let by an abolished body is its successor's.

A paper written after clinical commissioning groups closed (1 July 2022) still says a contract was
"first let by NHS X CCG in 2019"; the body that holds it now is the integrated care board the paper
names.  Which bodies were abolished, when, and what kind of body succeeded them is data
(``successor_bodies.yaml``); the paper's own date decides whether the rule applies.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Callable, Iterable, Optional

from .phrases import load

_TYPE_WORDS = {"nhs", "ccg", "icb", "integrated", "care", "board", "clinical", "commissioning", "group", "the", "and"}


@lru_cache(maxsize=1)
def rules() -> list[dict]:
    # (Copies: phrases.load's parsed file is shared, the dates are read here.)
    return [{**entry, "abolished": dt.date.fromisoformat(entry["abolished"])
             if isinstance(entry["abolished"], str) else entry["abolished"]}
            for entry in load("successor_bodies.yaml")["successors"]]


def place_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", name.lower()) if w not in _TYPE_WORDS}


def successor(name: Optional[str], kind_of: Callable[[str], str], bodies: Iterable[str],
              meeting: Optional[str]) -> Optional[str]:
    """The body that now holds what ``name`` (an abolished body) held, among the paper's ``bodies``, or
    None when ``name`` was not abolished by the paper's ``meeting`` date (ISO) or no successor is clear."""
    if not name or not meeting:
        return None
    try:
        when = dt.date.fromisoformat(meeting[:10])
    except ValueError:
        return None
    kind = kind_of(name)
    for entry in rules():
        if kind != entry["kind"] or when < entry["abolished"]:
            continue
        heirs = sorted({b for b in bodies if kind_of(b) == entry["successor_kind"]})
        if len(heirs) > 1:
            # Several successors named: the one sharing a place word (`NHS South Thornvale CCG` -> `NHS
            # Thornvale ICB`), when exactly one does.
            places = place_words(name)
            heirs = [h for h in heirs if places & place_words(h)]
        return heirs[0] if len(heirs) == 1 else None
    return None
