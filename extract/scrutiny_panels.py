"""Panels that only scrutinise: a contract falling to one by default is its executive's.

A police and crime panel's minutes report the commissioner's contracts (`the victims' hub is run
for her office by X`); with no buyer in the sentence the paper's own body, the panel, would be taken
as the buyer, but the panel buys nothing: the police and crime commissioner of its area does.  Which
panels scrutinise which executive is data (``scrutiny_panels.yaml``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from .phrases import load
from .successors import place_words


@lru_cache(maxsize=1)
def rules() -> list[dict]:
    return load("scrutiny_panels.yaml")["panels"]


def _is_executive(name: str, suffix: str) -> bool:
    """`Wexmoor Police and Crime Commissioner` or `Police and Crime Commissioner for Wexmoor`."""
    return name.endswith(" " + suffix) or name.startswith(suffix + " for ")


def scrutinised_executive(name: Optional[str], bodies: Iterable[str]) -> Optional[str]:
    """The executive body the panel ``name`` scrutinises: the one among the paper's ``bodies`` that shares a
    place word with the panel, else the panel's place before the executive's suffix; None when ``name``
    is no scrutiny panel."""
    if not name:
        return None
    for entry in rules():
        panel, executive = entry["panel_suffix"], entry["executive_suffix"]
        if not name.endswith(" " + panel):
            continue
        place = name[:-len(panel)].strip()
        places = place_words(place)
        named = sorted({b for b in bodies if _is_executive(b, executive) and places & place_words(b)})
        if len(named) == 1:
            return named[0]
        return f"{place} {executive}" if place else None
    return None
