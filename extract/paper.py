"""One spaCy Doc per paper, with its passages as sentence-like segments.

The paper's passages are joined with blank lines into one text so that
components see the whole paper (a provider named in 5.2.2 fills a table in
5.2.1).  ``doc._.passages`` keeps the document model's passages, table cells
included; ``doc._.extraction`` collects what the components find.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from committee_papers.ingest.model import Passage

from .facts import Extraction

SEPARATOR = "\n\n"

for _name, _default in (("passages", None), ("offsets", None), ("extraction", None),
                        ("properties", None), ("filename", None), ("paper_text", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def make_paper_doc(nlp, passages: list[Passage], properties: dict | None = None, filename: str = "") -> Doc:
    texts = [p.text for p in passages]
    offsets = []
    position = 0
    for text in texts:
        offsets.append(position)
        position += len(text) + len(SEPARATOR)
    full = SEPARATOR.join(texts)
    if len(full) >= nlp.max_length:
        nlp.max_length = len(full) + 1
    doc = nlp.make_doc(full)
    doc._.passages = passages
    doc._.offsets = offsets
    doc._.paper_text = full
    doc._.extraction = Extraction()
    doc._.properties = properties or {}
    doc._.filename = filename
    return doc


def paper_text(doc: Doc) -> str:
    """The paper's text: the string the Doc was made from when known, since
    ``doc.text`` rebuilds it token by token (a Python object per token)."""
    text = doc._.paper_text
    return doc.text if text is None else text


def passage_index_at(doc: Doc, char: int) -> int:
    """Index in doc._.passages of the passage holding character ``char``."""
    return max(0, bisect.bisect_right(doc._.offsets, char) - 1)


def passage_span(doc: Doc, index: int):
    """The character range of passage ``index`` within the paper text."""
    start = doc._.offsets[index]
    return start, start + len(doc._.passages[index].text)
