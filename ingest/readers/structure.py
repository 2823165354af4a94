"""Document-structure rules shared by the text, HTML and DOCX readers.

The same paper reaches us as a PDF text export, a CMS web page or a Word file;
these rules make the three give the same blocks: which short lines are
headings, which "headings" are really sentences, and which paragraphs a page
break or line wrap split in two.
"""
from __future__ import annotations

import re

from ..model import Block

NUMBERED_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){0,4})\.?\s+(?=\S)")
LETTERED_RE = re.compile(r"^\(?(?:[a-z]|[ivx]{1,5})\)\s+(?=\S)")
SENTENCE_END = ".!?:;"
# Lower-case words that do not count against a line being Title Case.
_MINOR_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "with", "vs", "via", "per", "&", "-", "–",
}
# Words that cannot end a sentence: a paragraph ending in one continues.
_CONTINUING_WORDS = _MINOR_WORDS | {"be", "is", "are", "was", "were", "will", "would", "that",
                                    "which", "this", "these", "its", "their", "our", "than"}
# Headings every committee paper uses, accepted even when alone on a line
# before another heading (a cover sheet's "Recommendations" / "Background").
KNOWN_HEADING_RE = re.compile(
    r"^(?:recommendations?|executive summary|summary|background|purpose(?: of (?:the )?report)?"
    r"|introduction|conclusions?|risks?(?: and mitigations?)?|financial implications"
    r"|legal implications|options(?: considered)?|next steps|appendi(?:x|ces))$",
    re.I,
)
MAX_HEADING_WORDS = 12
MAX_HEADING_LINE_CHARS = 80
# Numbered titles in sentence case ("5.4 Commissioning activity to achieve an
# integrated offer") are kept as headings up to this length.
MAX_PLAIN_NUMBERED_HEADING_WORDS = 8
# A "heading" longer than this that ends like a sentence is a paragraph
# a converter styled as a heading ("5.3.4 Key features ... will include:").
MAX_SENTENCE_HEADING_WORDS = 8

# Spans are bounded so a hostile line of a million "**" or "[" stays linear.
_MD_LINK_RE = re.compile(r"!?\[([^\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}\)")
# Converters leave a space before the closing marker ("**Section A **").
_MD_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)\s*\1")
_MD_ITALIC_STAR_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,500}?)\s*\*(?![\w*])")
_MD_ITALIC_UNDERSCORE_RE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])_(?![\w_])")
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_MD_CODE_RE = re.compile(r"`([^`\n]{1,500})`")


def strip_inline_markdown(text: str) -> str:
    """`**bold**`, `*italic*`, `_italic_`, `[text](url)` and `\\_` reduced to their text."""
    if not any(ch in text for ch in "*_[`\\"):
        return text
    text = _MD_LINK_RE.sub(r"\1", text)
    text = _MD_CODE_RE.sub(r"\1", text)
    text = _MD_BOLD_RE.sub(r"\2", text)
    text = _MD_ITALIC_STAR_RE.sub(r"\1", text)
    text = _MD_ITALIC_UNDERSCORE_RE.sub(r"\1", text)
    return _MD_ESCAPE_RE.sub(r"\1", text)


# A title that opens with a month ("September 2025", "Sept."): a date after a number, not a heading's or a
# minute's title ("4 September 2025", "2026/18 March 2026").  Public: the text reader's minute titles read it too.
MONTH_START_RE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4}|$)", re.I)


def number_depth(number: str) -> int:
    return number.count(".") + 1


def is_title_case(words: list[str]) -> bool:
    significant = [w for w in words if w.lower().strip("()") not in _MINOR_WORDS]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if w[:1].isupper() or w[:1].isdigit() or w[:1] in "(&'\"")
    return capitalised / len(significant) >= 0.6


def numbered_heading_level(text: str):
    """Level of a numbered section title (`4. Background`, `5.2 Current contracts`), else None."""
    match = NUMBERED_RE.match(text)
    if not match:
        return None
    title = text[match.end():].strip()
    if MONTH_START_RE.match(title):
        return None  # "4 September 2025" is a date
    words = title.split()
    if not words or len(words) > MAX_HEADING_WORDS or not title[0].isupper():
        return None
    if title[-1] in ".;,!?" or title[-1] == ":" and len(words) > 6:
        return None
    if len(words) > MAX_PLAIN_NUMBERED_HEADING_WORDS and not is_title_case(words):
        return None
    # "2024 Budget" is a year in prose, not section 2024.
    if "." not in match.group(0) and len(match.group(1)) > 2:
        return None
    return number_depth(match.group(1))


def is_plain_heading(text: str) -> bool:
    """A short unnumbered line that reads as a title: `Executive Summary`."""
    words = text.split()
    if not words or len(words) > 10 or text[-1] in SENTENCE_END + "," or "," in text:
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    return is_title_case(words) or text.isupper()


def ends_sentence(text: str) -> bool:
    text = text.rstrip(" \"'”’)*")
    return not text or text[-1] in SENTENCE_END


def continues(previous: Block, text: str) -> bool:
    """Whether `text` (a new block) continues `previous` split by a wrap or page break."""
    if previous.kind not in ("paragraph", "list_item") or ends_sentence(previous.text):
        return False
    first = text.lstrip()[:1]
    return first.islower()


def ends_mid_clause(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].lower() in _CONTINUING_WORDS


def demote_sentence_headings(blocks: list[Block]) -> None:
    """Headings that are sentences introducing a list or table become paragraphs."""
    for block in blocks:
        if block.kind != "heading":
            continue
        text = " ".join(block.text.split())
        words = text.split()
        if len(words) > MAX_HEADING_WORDS or (len(words) > MAX_SENTENCE_HEADING_WORDS and text[-1] in SENTENCE_END):
            block.kind = "paragraph"
            block.level = 0


def rejoin_split_paragraphs(blocks: list[Block]) -> list[Block]:
    """Join paragraphs a page break or wrap split mid-sentence (`...should be` / `holistic and...`)."""
    out: list[Block] = []
    for block in blocks:
        if out and block.kind == "paragraph" and continues(out[-1], block.text) or (
                # "...allows for" / "- the assignment of": an exporter made a bullet of the rest.
                out and block.kind == "list_item" and out[-1].kind == "paragraph"
                and ends_mid_clause(out[-1].text) and block.text[:1].islower()):
            out[-1].text = f"{out[-1].text.rstrip()} {block.text.strip()}"
            continue
        out.append(block)
    return out


def finish(blocks: list[Block]) -> list[Block]:
    """Post-processing every reader applies to its block list."""
    blocks = [b for b in blocks if b.kind == "table" and b.rows or b.kind != "table" and b.text.strip()]
    demote_sentence_headings(blocks)
    return rejoin_split_paragraphs(blocks)


def infer_headings(blocks: list[Block], standalone: set[int], bold: set[int] = frozenset()) -> list[Block]:
    """Decide which paragraphs are headings, now that what follows each is known.

    `standalone` holds the indexes of paragraphs that stood alone (one line of
    a text export, one <p> or Word paragraph); `bold` those written in bold.
    """
    for i, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        text = block.text
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.kind == "paragraph" and nxt.text[:1].islower():
            continue  # a sentence that runs on past a page break or blank line
        level = numbered_heading_level(text)
        if level:
            block.kind, block.level = "heading", level
            continue
        if i not in standalone or len(text) > MAX_HEADING_LINE_CHARS:
            continue
        if KNOWN_HEADING_RE.match(text.rstrip(":")) and not text.endswith(":"):
            block.kind, block.level = "heading", 1
            continue
        if i in bold and len(text.split()) <= MAX_HEADING_WORDS and not ends_sentence(text):
            block.kind, block.level = "heading", 2
            continue
        # The first line of a paper is its title even when a heading follows.
        if is_plain_heading(text) and (i == 0 or _followed_by_body(blocks, i, standalone)):
            block.kind, block.level = "heading", 2
    return blocks


def _followed_by_body(blocks: list[Block], i: int, single_line: set[int]) -> bool:
    if i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    if nxt.kind in ("list_item", "table"):
        return True
    if nxt.kind != "paragraph":
        return False
    return not (i + 1 in single_line and (is_plain_heading(nxt.text) or numbered_heading_level(nxt.text)))
