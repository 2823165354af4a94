"""n33: a PDF's element export that tags every line `Text: <section> <line>` or `Image: ...` is read as the text it
tags, by the one reader of such exports (ingest/readers/text.unwrap_element_export, g32's; n33's own reader was dropped
at the merge); a paper's own labels, and lines tagged by any other word, are kept.  All text is fictional."""
from __future__ import annotations

from committee_papers.ingest.readers.text import parse_text


def _texts(text):
    blocks, _pages, _properties = parse_text(text, markdown=True)
    return [b.text for b in blocks]


TAGGED = """Text: FENMARSH DISTRICT COUNCIL FENMARSH DISTRICT COUNCIL

Text: FENMARSH DISTRICT COUNCIL Planning Services, Market Hall, Fenmarsh

Text: REFUSAL OF PLANNING PERMISSION REFUSAL OF PLANNING PERMISSION

Text: REFUSAL OF PLANNING PERMISSION Application Number: 26/0042/FUL

Text: Reasons Reasons

Text: Reasons 1. The extension would harm the character of the conservation area.

Image: Fenmarsh District Council crest
"""


def test_the_tag_and_the_repeated_section_heading_are_cut():
    texts = _texts(TAGGED)
    joined = "\n".join(texts)
    assert "Text:" not in joined and "Image:" not in joined
    assert "REFUSAL OF PLANNING PERMISSION" in texts
    assert any(t.startswith("Application Number: 26/0042/FUL") for t in texts), texts
    assert any(t.startswith("1. The extension would harm") for t in texts), texts
    assert not any(t.startswith("Reasons 1.") for t in texts), texts


def test_a_papers_own_labels_are_kept():
    own = """Date: 4 March 2026

Venue: The Guildhall, Wendle

Present: Cllrs Amble, Birch and Coombe

Apologies: Cllr Dunn

Minutes: The minutes of the last meeting were approved.

The meeting closed at 8pm.
"""
    texts = _texts(own)
    assert "Date: 4 March 2026" in texts and "Venue: The Guildhall, Wendle" in texts, texts


def test_a_file_whose_lines_are_labelled_by_another_word_is_kept():
    partly = "\n\n".join(["Note: one", "Note: two", "Note: three", "Note: four", "Note: five", "A line of its own"])
    assert "Note: one" in _texts(partly)
