"""Service categories: a contract's free-text service as one category of a
taxonomy shipped as data (db/data/service_categories.yml), so spend on
"SALT", "cSALT" and "Speech and Language Therapy for Children" is compared as
one thing, and a search for "speech" finds all of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

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
class Taxonomy:
    categories: tuple
    patterns: tuple  # (category id, what matched, compiled regex), ordered as in the file

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
        for category_id, term, pattern in self.patterns:
            found = pattern.search(text)
            if found is None:
                continue
            key = (found.start(), -(found.end() - found.start()))
            if best is None or key < best[0]:
                best = (key, category_id, term)
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
            patterns.append((category.id, term, re.compile(_term_pattern(term), re.IGNORECASE)))
        for acronym in category.acronyms:
            patterns.append((category.id, acronym, re.compile(rf"(?<![\w]){re.escape(acronym)}(?![\w])")))
    return Taxonomy(tuple(categories), tuple(patterns))


def categorise(service: Optional[str], quote: Optional[str] = None) -> Match:
    return load_taxonomy().categorise(service, quote)
