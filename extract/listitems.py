"""Shared helpers for item-shaped facts (recommendations, risks).

Committee papers number their items (``1.``, ``13.2``, ``(a)``, ``ii)``, ``iii.``, ``A.``) or
bullet them; the number is kept apart from the text so the same item quoted
in a summary sheet and in the body is recognised as one.
"""
from __future__ import annotations

import re
from typing import Optional

_NUMBER_RE = re.compile(
    r"^\s*(?:"
    r"(?P<dotted>\d{1,3}(?:\.\d{1,3})*)\.?(?=\s)"
    r"|\((?P<paren>[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\)"
    r"|(?P<closing>[a-zA-Z]|[ivx]{1,4}|\d{1,2})\)"
    r"|(?P<roman>[ivx]{2,5}|[IVX]{2,5})\.(?=\s+\S)"
    r"|(?P<letter>[a-zA-Z])\.(?=\s+\S)"
    r"|(?P<bullet>[•\-\*·▪●◦‣–—o])(?=\s)"
    r")\s*"
)
_SECTION_DEPTH_RE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s")


def split_number(text: str) -> tuple[Optional[str], str]:
    """(number or None, text without the number or bullet)."""
    match = _NUMBER_RE.match(text)
    if not match:
        return None, text.strip()
    rest = text[match.end():].strip()
    if not rest:
        return None, text.strip()
    if match.group("dotted"):
        return match.group("dotted"), rest
    if match.group("paren"):
        return f"({match.group('paren')})", rest
    if match.group("closing"):
        return f"({match.group('closing')})", rest
    if match.group("roman"):
        return f"({match.group('roman')})", rest
    if match.group("letter"):
        return f"({match.group('letter')})", rest
    return None, rest


def heading_depth(text: str) -> Optional[int]:
    """How deep a numbered heading sits (``5`` -> 1, ``5.6`` -> 2); None if unnumbered."""
    match = _SECTION_DEPTH_RE.match(text)
    return match.group(1).count(".") + 1 if match else None


def normalise(text: str) -> str:
    """Key for deduplication: lower case words only."""
    return " ".join(re.findall(r"[a-z0-9£%]+", text.lower()))


def strip_heading_number(text: str) -> str:
    return split_number(text)[1].rstrip(":").strip()
