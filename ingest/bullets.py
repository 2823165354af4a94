"""Bullet glyphs: the one list every reader and extractor uses.

A list item is marked by a glyph before its text.  The glyph arrives in three ways:

* as the Unicode character the author typed or the exporter mapped (``•``, ``▪``, ``➢``);
* as a private-use code point: Word sets bullets in the Symbol and Wingdings fonts, whose
  characters have no Unicode meaning, and a PDF or HTML export without a Unicode map for
  them gives U+F000 plus the font's byte (Symbol's bullet 0xB7 becomes U+F0B7, Wingdings'
  square 0xA7 becomes U+F0A7);
* as a name a PDF library gives an unmapped glyph: pdfminer/pdfplumber's ``(cid:127)``.

The readers turn the second and third into ``•`` once (:func:`normalise`), so list items
read the same whatever font set their bullet; the extractors then test for the glyphs
in :data:`GLYPHS` (plus the ASCII marks each list kind allows, :data:`ITEM_MARKS`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

BULLET = "\u2022"  # •

# Unicode glyphs drawn as list bullets.  (An ASCII "-", "*" or "o" is a bullet only where a
# reader or extractor says so: those are letters and signs too.)
GLYPHS = (
    "\u2022"  # • bullet
    "\u25aa"  # ▪ small square
    "\u25ba"  # ► pointer
    "\u2023"  # ‣ triangular bullet
    "\u2043"  # ⁃ hyphen bullet
    "\u25e6"  # ◦ white bullet
    "\u25cf"  # ● black circle
    "\u25cb"  # ○ white circle
    "\u25a0"  # ■ black square
    "\u25a1"  # □ white square
    "\u27a2"  # ➢ arrowhead
    "\u27a4"  # ➤ arrowhead
    "\u25b8"  # ▸ small triangle
    "\u2756"  # ❖ diamond
    "\u25c6"  # ◆ black diamond
)

# The marks an item of a recommendation, decision or minute list may open with: the glyphs,
# the middle dot a Symbol bullet becomes in some HTML exports, a hyphen, an asterisk, dashes.
ITEM_MARKS = GLYPHS + "\u00b7-*\u2013\u2014"

# Symbol and Wingdings bullets as private-use code points (U+F000 + the font's byte), each
# with the glyph it draws.  Mapped to BULLET wherever they stand.
PRIVATE_USE_BULLETS = {
    "\uf0b7": "Symbol 0xB7: bullet",
    "\uf02d": "Symbol 0x2D: minus, a dash bullet",
    "\uf06c": "Wingdings 0x6C: black circle",
    "\uf06e": "Wingdings 0x6E: black square",
    "\uf071": "Wingdings 0x71: hollow square",
    "\uf075": "Wingdings 0x75: black diamond",
    "\uf076": "Wingdings 0x76: diamond of four",
    "\uf09f": "Wingdings 0x9F: small bullet",
    "\uf0a7": "Wingdings 0xA7: small square",
    "\uf0a8": "Wingdings 0xA8: white square",
    "\uf0d8": "Wingdings 0xD8: arrowhead",
    "\uf0e0": "Wingdings 0xE0: arrow",
    "\uf0e8": "Wingdings 0xE8: arrow",
    "\uf0fc": "Wingdings 0xFC: tick",
}
_TO_BULLET = str.maketrans({code: BULLET for code in PRIVATE_USE_BULLETS})
# Any other symbol-font code point standing alone before a line's text is a bullet too
# (a glyph that is not a letter cannot start a sentence); pdfminer's "(cid:N)" likewise.
_LEADING_SYMBOL_RE = re.compile(r"^(\s*)(?:[\uf020-\uf0ff]|\(cid:\d+\))(?=\s)")
_CID_RE = re.compile(r"\(cid:\d+\)")
# One scan tells whether a text needs any of this (most lines do not).
_SYMBOLIC_RE = re.compile(r"[\uf000-\uf0ff]|\(cid:")


def normalise(text: str) -> str:
    """``text`` with symbol-font bullets made ``•`` and other unmapped glyph names dropped."""
    if not _SYMBOLIC_RE.search(text):
        return text
    text = _LEADING_SYMBOL_RE.sub(rf"\1{BULLET}", text.translate(_TO_BULLET), count=1)
    return _CID_RE.sub("", text)


# A paragraph of a Word or web page opening with a glyph and a space is a list item the author
# bulleted by hand or an export flattened (Word's HTML sets a Symbol bullet as a middle dot).
_PARAGRAPH_BULLET_RE = re.compile(rf"^\s*[{GLYPHS}\u00b7]\s+(?=\S)")


def bulleted_item(text: str) -> str | None:
    """The item's text of a paragraph that opens with a bullet glyph, else None."""
    match = _PARAGRAPH_BULLET_RE.match(text)
    return text[match.end():] if match else None


# Fonts whose characters are pictures, not letters: a one-character run in one of them before
# a paragraph's text is its bullet ("·" in Symbol, "§" or "Ø" in Wingdings).
SYMBOL_FONT_RE = re.compile(r"\b(?:symbol|wingdings(?:\s*[23])?|webdings|zapf\s*dingbats)\b", re.IGNORECASE)


REPAIRS_PATH = Path(__file__).with_name("glyph_repairs.yaml")


@lru_cache(maxsize=1)
def lost_font_marks() -> str:
    """The letters and signs a symbol-font bullet reads as when its font's map is lost ("o", "§"),
    as one string (``glyph_repairs.yaml``)."""
    from committee_papers.extract.yaml_files import safe_load

    return "".join(safe_load(REPAIRS_PATH.read_text(encoding="utf-8"))["bullet_marks"]["marks"])
