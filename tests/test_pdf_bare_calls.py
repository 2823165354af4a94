"""The PDF reader's shortcuts around pypdfium2's helpers give exactly the helpers' answers.

The reader calls pdfium's bare functions (reused out-parameters, one box asked for a
one-character word, a document's words counted in one call): each shortcut is checked here
against the slow, obvious way on fictional pages.
"""
from __future__ import annotations

import re
from collections import Counter

import pytest

import pdfgen

pdfium = pytest.importorskip("pypdfium2")

from committee_papers.ingest.readers.pdf_hyphens import _WORD_RE, vocabulary  # noqa: E402
from committee_papers.ingest.readers.pdf_lines import _char_box, _rects  # noqa: E402
from committee_papers.ingest.readers.pdf_objects import page_words  # noqa: E402


def _pages(tmp_path):
    """Three fictional pages, each laid out differently: prose, a ruled table of short
    figures and one-letter marks, and a list with bullets and a pound sign."""
    paths = []
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdfgen.heading(pdf, "Brackenford Council: Highways Maintenance Contract")
    pdfgen.paragraph(pdf, "The Cabinet is asked to award a 5 year contract to Wyvern Roads Ltd, worth "
                          "£2.4m a year, from 1 April 2026. A review will follow in year 3.")
    paths.append(pdfgen.save(pdf, tmp_path / "prose.pdf"))

    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdfgen.table(pdf, [["Lot", "Provider", "Years", "Rating"],
                       ["1", "Ashcombe Care Ltd", "3", "A"],
                       ["2", "North Mercia Homecare CIC", "5", "B"],
                       ["3", "Tarnside Support", "2", "C"]], widths=[20, 80, 25, 25])
    paths.append(pdfgen.save(pdf, tmp_path / "table.pdf"))

    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdfgen.bullet(pdf, "a grant of £ 40,000 to Fenwick Valley Trust", marker="-")
    pdfgen.bullet(pdf, "x 2 posts in the Oakmere hub", marker="*")
    pdfgen.text_lines(pdf, ["I  7  &  9", "Risk R 4 : high / low"])
    paths.append(pdfgen.save(pdf, tmp_path / "list.pdf"))
    return paths


def _open_page(path):
    document = pdfium.PdfDocument(str(path))
    page = document[0]
    return document, page, page.get_textpage()


def test_line_boxes_by_bare_calls_are_pypdfium2s(tmp_path):
    lines_seen = 0
    for path in _pages(tmp_path):
        document, page, textpage = _open_page(path)
        try:
            text = textpage.get_text_range(0, textpage.count_chars())
            for match in re.finditer(r"[^\r\n]+", text):
                start, count = match.start(), len(match.group())
                expected = [textpage.get_rect(i) for i in range(textpage.count_rects(start, count))]
                assert _rects(textpage.raw, start, count) == expected
                assert _char_box(textpage.raw, start) == textpage.get_charbox(start)
                lines_seen += 1
        finally:
            textpage.close()
            page.close()
            document.close()
    assert lines_seen >= 8


def test_a_words_box_is_its_first_and_last_characters_loose_boxes(tmp_path):
    one_character = 0
    for path in _pages(tmp_path):
        document, page, textpage = _open_page(path)
        try:
            height = page.get_height()
            text = textpage.get_text_range(0, textpage.count_chars())
            tokens = {}
            for match in re.finditer(r"\S+", text):
                first = textpage.get_charbox(match.start(), loose=True)
                last = textpage.get_charbox(match.end() - 1, loose=True)
                tokens.setdefault((match.group(), height - max(first[3], last[3])), []).append(
                    (min(first[0], last[0]), max(first[2], last[2]), height - min(first[1], last[1])))
            for word in page_words(textpage, height):
                # The same word twice on a line ("to ... to"): the box is one of theirs.
                assert (word["x0"], word["x1"], word["bottom"]) in tokens[(word["text"], word["top"])], word
                one_character += len(word["text"]) == 1
        finally:
            textpage.close()
            page.close()
            document.close()
    assert one_character >= 12  # figures, grades, bullets, "£", "&", "/", "I"


def _counted_word_by_word(texts) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        for word in _WORD_RE.findall(text.rstrip("-")):
            counts[word.lower()] += 1
    return counts


@pytest.mark.parametrize("texts", [
    ["The Joint Committee agreed the long-term plan for Hollin Vale.", "Its co-ordinated review is due in May -"],
    ["Café provision at Ørsted House: the \u212aELVIN-rated boilers", "İLKLEY Town Council's self-assessment"],
    ["Wyvern\u00a0Care Ltd", "", "---", "North-East Mercia ICB; non-recurrent funding of £1.2m", "\u017ftreet works"],
    # Line ends and starts that a word must not run across: "co-" then "-ordinated", "self-" then a newline.
    ["Oakmere co-", "-ordinated care", "self-\n", "Ring-fenced grant for Tarnside-", "-on-Wey", "a-b-c-"],
])
def test_a_documents_vocabulary_counts_each_word_as_word_by_word_lower_casing_does(texts):
    assert vocabulary(texts) == _counted_word_by_word(texts)
