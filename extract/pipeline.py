"""Build the extraction pipeline and run it over a paper's passages.

Built on ``spacy.blank("en")``: no statistical model is needed (none can be
downloaded here).  Each fact kind is a registered spaCy factory in its own
module; they run in the order below, later ones reading what earlier ones
annotated (money and date spans, organisations).
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from committee_papers.ingest.model import Passage

from .facts import Extraction
from .paper import make_paper_doc

# Modules that register the factories, and the pipe names in running order.
COMPONENT_MODULES = [
    "committee_papers.extract.sentences",
    "committee_papers.extract.money",
    "committee_papers.extract.dates",
    "committee_papers.extract.organisations",
    "committee_papers.extract.metadata",
    "committee_papers.extract.contracts",
    "committee_papers.extract.key_dates",
    "committee_papers.extract.recommendations",
    "committee_papers.extract.decisions",
    "committee_papers.extract.risks",
]
PIPES = [
    "cp_sentences",
    "cp_money",
    "cp_dates",
    "cp_organisations",
    "cp_metadata",
    "cp_contracts",
    "cp_key_dates",
    "cp_recommendations",
    "cp_decisions",
    "cp_risks",
]


@lru_cache(maxsize=1)
def build_nlp():
    import spacy

    from .lazy_tokenizer import CONFIG as LAZY_TOKENIZER

    # English's tokenizer is built on first use only: no component tokenises.
    nlp = spacy.blank("en", config=LAZY_TOKENIZER)
    for module in COMPONENT_MODULES:
        importlib.import_module(module)
    for pipe in PIPES:
        nlp.add_pipe(pipe)
    return nlp


def extract(passages: list[Passage], properties: dict | None = None, filename: str = "") -> Extraction:
    """All facts in one paper, each tied to the passage it came from."""
    nlp = build_nlp()
    if not passages:
        return Extraction()
    doc = make_paper_doc(nlp, passages, properties, filename)
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc._.extraction
