"""Word's automatic numbering, rendered the way Word shows it ("1.", "3.2", "(a)").

Council templates number sections and recommendations with list numbering,
so the "4.1" a reader sees is not in the paragraph's text at all; without it
a DOCX paper would lose the section numbers a text export keeps.
"""
from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACEHOLDER_RE = re.compile(r"%([1-9])")
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)  # decimal, decimalZero and anything exotic


def _int(el, default=0) -> int:
    value = el.get(f"{W}val") if el is not None else None
    return int(value) if value is not None and value.lstrip("-").isdigit() else default


class Numbering:
    """Counters for every list in one document; call :meth:`label` in body order."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstract id -> ilvl -> (fmt, text, start)
        self.num_to_abstract: dict[str, str] = {}
        self.start_overrides: dict[tuple[str, int], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            for abstract in root.iterchildren(f"{W}abstractNum"):
                levels = {}
                for lvl in abstract.iterchildren(f"{W}lvl"):
                    fmt = lvl.find(f"{W}numFmt")
                    text = lvl.find(f"{W}lvlText")
                    levels[_int_attr(lvl, "ilvl")] = (
                        fmt.get(f"{W}val") if fmt is not None else "decimal",
                        text.get(f"{W}val") if text is not None else "",
                        _int(lvl.find(f"{W}start"), 1),
                    )
                self.levels[abstract.get(f"{W}abstractNumId")] = levels
            for num in root.iterchildren(f"{W}num"):
                num_id = num.get(f"{W}numId")
                abstract = num.find(f"{W}abstractNumId")
                if abstract is not None:
                    self.num_to_abstract[num_id] = abstract.get(f"{W}val")
                for override in num.iterchildren(f"{W}lvlOverride"):
                    start = override.find(f"{W}startOverride")
                    if start is not None:
                        self.start_overrides[(num_id, _int_attr(override, "ilvl"))] = _int(start, 1)
        for style in document.styles.element.iterchildren(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None and num_pr.find(f"{W}numId") is not None:
                self.style_numbering[style.get(f"{W}styleId")] = (
                    num_pr.find(f"{W}numId").get(f"{W}val"), _int(num_pr.find(f"{W}ilvl")))

    def numbering_of(self, p):
        """(numId, ilvl) of a paragraph, from its own properties or its style."""
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None and num_pr.find(f"{W}numId") is not None:
            return num_pr.find(f"{W}numId").get(f"{W}val"), _int(num_pr.find(f"{W}ilvl"))
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None:
            return self.style_numbering.get(style.get(f"{W}val"))
        return None

    def label(self, num_id: str, ilvl: int):
        """The label Word shows for the next paragraph of this list, or None for bullets."""
        abstract = self.num_to_abstract.get(num_id)
        if num_id == "0" or abstract is None:
            return None  # numId 0 switches numbering off
        levels = self.levels.get(abstract, {})
        counters = self.counters.setdefault(abstract, {})
        fmt, text, start = levels.get(ilvl, ("decimal", "", 1))
        start = self.start_overrides.get((num_id, ilvl), start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none") or not text:
            return None

        def render(match):
            level = int(match.group(1)) - 1
            level_fmt, _, level_start = levels.get(level, ("decimal", "", 1))
            return format_number(counters.get(level, level_start), level_fmt)

        return _PLACEHOLDER_RE.sub(render, text).strip() or None


def _int_attr(el, name: str) -> int:
    value = el.get(f"{W}{name}")
    return int(value) if value is not None and value.isdigit() else 0
