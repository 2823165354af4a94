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


# An item marker inside running text: "i. approve", "(b) note", "3) agree".
_INLINE_MARKER_RE = re.compile(r"(?:(?<=^)|(?<=\s))\(?(?P<label>[ivx]{1,5}|[a-zA-Z]|\d{1,2})[.)](?=\s+[A-Za-z(])")
# What ends the item before a marker: a colon (the lead-in), a semicolon or full stop, "and"/"or".
_BEFORE_MARKER_RE = re.compile(r"(?:^|[:;.,]|\band|\bor|\bto)\s*$", re.IGNORECASE)
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _sequence_value(label: str, style: str) -> Optional[int]:
    label = label.lower()
    if style == "roman":
        return _ROMAN.index(label) + 1 if label in _ROMAN else None
    if style == "letter":
        return ord(label) - 96 if len(label) == 1 and label.isalpha() else None
    return int(label) if label.isdigit() else None


def split_inline_items(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A passage holding a whole numbered list run together (a PDF reader's one paragraph):
    (lead-in before the first marker, [(number, item text)], "") when at least two markers
    follow in sequence (i, ii, iii / a, b, c / 1, 2, 3), each after the end of the item before;
    otherwise (text, [])."""
    markers = [m for m in _INLINE_MARKER_RE.finditer(text) if _BEFORE_MARKER_RE.search(text[:m.start()])]
    best: list[re.Match] = []
    for style in ("roman", "letter", "digit"):
        run: list[re.Match] = []
        last = 0
        for marker in markers:
            value = _sequence_value(marker.group("label"), style)
            if value is None:
                continue
            # A run starts at 1, or at the passage's own number ("ii. delegate ...; and iii. note ...").
            if (run and value == last + 1) or (not run and (value == 1 or marker.start() == 0)):
                run.append(marker)
                last = value
        if len(run) > len(best):
            best = run
    if len(best) < 2:
        return text, []
    items = []
    for i, marker in enumerate(best):
        end = best[i + 1].start() if i + 1 < len(best) else len(text)
        body = text[marker.end():end].strip()
        items.append((f"({marker.group('label')})", body))
    return text[:best[0].start()].strip(), items
