"""Service categories: a contract's free-text service as one category of a
taxonomy shipped as data (db/data/service_categories.yml), so spend on
"SALT", "cSALT" and "Speech and Language Therapy for Children" is compared as
one thing, and a search for "speech" finds all of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional

from committee_papers.extract.required_text import folded
from committee_papers.extract.yaml_files import safe_load

TAXONOMY = Path(__file__).resolve().parent / "data" / "service_categories.yml"
# Contracts whose service and quote name no category term.
UNCATEGORISED = "other"


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    group: str
    sources: tuple
    terms: tuple
    acronyms: tuple


@dataclass(frozen=True)
class Match:
    category: str
    reason: str


def _term_pattern(term: str) -> str:
    """A phrase as a regex: 'and' also matches '&', a space or hyphen matches
    either, an apostrophe is optional (children's, childrens, children’s) and
    a final 's' too (hub, hubs)."""
    words = re.split(r"[\s\-–]+", term.strip().lower())
    parts = []
    for word in words:
        if word == "and":
            parts.append(r"(?:and|&)")
        else:
            parts.append(re.escape(word).replace("'", "['’]?").replace("’", "['’]?"))
    return r"(?<![\w])" + r"[\s\-–/]*".join(parts) + r"s?(?![\w])"


@dataclass(frozen=True)
class Term:
    """One term (or acronym) of a category, as a regex compiled the first time a text holds
    its ``needle``: a lower-case string every match contains (None: always searched).  Most
    texts name a category or two, and compiling all 200-odd terms is a tenth of a second."""

    category: str
    term: str  # what matched
    source: str
    flags: int
    needle: Optional[str]

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.source, self.flags)


def _needle(term: str) -> Optional[str]:
    """The longest piece of a term's words that every match of ``_term_pattern(term)`` (or of
    an acronym's pattern) spells out, lower-cased: a word other than 'and', cut at its
    optional apostrophes.  None when that piece is not ASCII (case rules part ways there)."""
    pieces = [piece for word in re.split(r"[\s\-–]+", term.strip().lower()) if word != "and"
              for piece in re.split(r"['’]", word)]
    needle = max(pieces, key=len, default="")
    return needle if needle and needle.isascii() else None


@dataclass(frozen=True)
class Taxonomy:
    categories: tuple
    patterns: tuple  # Terms, ordered as in the file

    def label(self, category_id: str) -> str:
        for category in self.categories:
            if category.id == category_id:
                return category.label
        return "Other services" if category_id == UNCATEGORISED else category_id

    def find(self, text: Optional[str]) -> Optional[tuple[str, str]]:
        """(category id, matched term) for the term found earliest in the
        text, the longest at the same place; None when no term is there."""
        if not text:
            return None
        best = None
        lowered = folded(text)  # None: a text the needles cannot screen
        for term in self.patterns:
            if lowered is not None and term.needle is not None and term.needle not in lowered:
                continue
            found = term.regex.search(text)
            if found is None:
                continue
            key = (found.start(), -(found.end() - found.start()))
            if best is None or key < best[0]:
                best = (key, term.category, term.term)
        return (best[1], best[2]) if best else None

    def categorise(self, service: Optional[str], quote: Optional[str] = None) -> Match:
        """The category of a contract, and why: its service text first; the
        sentence or row it came from only when the service names nothing."""
        for source, text in (("service", service), ("quote", quote)):
            found = self.find(text)
            if found:
                category_id, term = found
                return Match(category_id, f"{source} mentions '{term}'")
        return Match(UNCATEGORISED, "no category term in the service or quote")

    def terms_table(self) -> list[dict]:
        """Every term, acronym and label per category, for SQL lookups (who_provides)."""
        rows = []
        for category in self.categories:
            names = {category.label.lower(): "label"}
            names.update({t.lower(): "term" for t in category.terms})
            names.update({a.lower(): "acronym" for a in category.acronyms})
            rows.extend({"category_id": category.id, "term": term, "kind": kind} for term, kind in names.items())
        return rows


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY) -> Taxonomy:
    with open(path, encoding="utf-8") as fh:
        data = safe_load(fh)
    categories, patterns = [], []
    for item in data["categories"]:
        category = Category(item["id"], item["label"], item.get("group") or "",
                            tuple(item.get("sources") or ()), tuple(str(t) for t in item.get("terms") or ()),
                            tuple(str(a) for a in item.get("acronyms") or ()))
        categories.append(category)
        for term in category.terms:
            patterns.append(Term(category.id, term, _term_pattern(term), re.IGNORECASE, _needle(term)))
        for acronym in category.acronyms:
            patterns.append(Term(category.id, acronym, rf"(?<![\w]){re.escape(acronym)}(?![\w])", 0, _needle(acronym)))
    return Taxonomy(tuple(categories), tuple(patterns))


def categorise(service: Optional[str], quote: Optional[str] = None) -> Match:
    return load_taxonomy().categorise(service, quote)
