"""One spaCy Doc per paper, carrying its passages to the components.

The paper's passages are joined with blank lines into one text so that
components see the whole paper (a provider named in 5.2.2 fills a table in
5.2.1).  ``doc._.passages`` keeps the document model's passages, table cells
included; ``doc._.paper_text`` the joined text; ``doc._.extraction`` collects
what the components find.

The Doc has no tokens: every extractor reads passages, sentences and spans of
the analysis pass by character offset, none reads a spaCy token, so
tokenising the paper (a Python object per token, its words interned in the
vocabulary for the life of the process) would cost time and memory for
nothing.  spaCy is the component registry and the pipeline that runs them in
order; ``paper_text(doc)`` gives the text.
"""
from __future__ import annotations

from spacy.tokens import Doc

from committee_papers.ingest.model import Passage

from .facts import Extraction

SEPARATOR = "\n\n"

# What a paper is (decision_documents.paper_kind: a PaperKind, or None for a paper that records no decisions), judged
# once by cp_metadata and read by the components after it; UNJUDGED before that (a component run on its own asks).
UNJUDGED = "unjudged"

for _name, _default in (("passages", None), ("extraction", None), ("properties", None), ("filename", None),
                        ("paper_text", None), ("paper_kind", UNJUDGED)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def make_paper_doc(nlp, passages: list[Passage], properties: dict | None = None, filename: str = "") -> Doc:
    full = SEPARATOR.join(p.text for p in passages)
    doc = Doc(nlp.vocab)  # no tokens: see the module docstring
    doc._.passages = passages
    doc._.paper_text = full
    doc._.extraction = Extraction()
    doc._.properties = properties or {}
    doc._.filename = filename
    return doc


def paper_text(doc: Doc) -> str:
    """The paper's text: ``doc._.paper_text`` for a paper Doc (which has no
    tokens, so ``doc.text`` is empty); ``doc.text`` for a Doc spaCy tokenised."""
    text = doc._.paper_text
    return doc.text if text is None else text

