"""A PDF's element export ("Text: ..." per element, the current context repeated before each
element) reads as the plain paragraphs it stands for."""
from committee_papers.ingest.readers import text as text_reader

# Three fictional exports laid out differently: a refusal notice, a listed building consent
# whose context is a long sentence, and a licence decision with image elements.
REFUSAL = """Text: NORTHCOTE DISTRICT COUNCIL NORTHCOTE DISTRICT COUNCIL

Text: NORTHCOTE DISTRICT COUNCIL Planning Services, Mill Lane, Northcote

Text: REFUSAL OF PLANNING PERMISSION REFUSAL OF PLANNING PERMISSION

Text: REFUSAL OF PLANNING PERMISSION Application No: 24/0456/FUL

Text: Reasons for Refusal Reasons for Refusal

Text: Reasons for Refusal 1. The two storey side extension would dominate the street scene.

Text: Reasons for Refusal Date of decision: 4 March 2024
"""

CONSENT = """Text: Hallbrook Borough Council Hallbrook Borough Council
Text: The Council hereby grants listed building consent for the works below. The Council hereby grants listed building consent for the works below.
Text: The Council hereby grants listed building consent for the works below. 1. The works shall begin within three years.
Text: The Council hereby grants listed building consent for the works below. Reason. To comply with section 18 of the Act.
"""

LICENCE = """Image: Eastmere logo
Text: Licensing Sub-Committee Licensing Sub-Committee
Text: Licensing Sub-Committee The premises licence is granted with the conditions below.
Image: Licensing Sub-Committee
Text: Conditions Conditions
Text: Conditions 1. No sales of alcohol after 23:00.
"""


def _texts(text):
    blocks, _, _ = text_reader.parse_text(text, markdown=True)
    return [block.text for block in blocks]


def test_repeated_context_is_given_once_and_cut_from_elements_under_it():
    texts = _texts(REFUSAL)
    assert texts.count("REFUSAL OF PLANNING PERMISSION") == 1
    assert "1. The two storey side extension would dominate the street scene." in texts
    assert "Date of decision: 4 March 2024" in texts
    assert not any(t.startswith("Text:") for t in texts)


def test_a_sentence_long_context_is_cut_too():
    texts = _texts(CONSENT)
    assert "1. The works shall begin within three years." in texts
    assert "Reason. To comply with section 18 of the Act." in texts


def test_image_elements_are_dropped_and_headings_kept():
    blocks, _, _ = text_reader.parse_text(LICENCE, markdown=True)
    texts = [b.text for b in blocks]
    assert "Eastmere logo" not in " ".join(texts)
    assert "1. No sales of alcohol after 23:00." in texts
    assert any(b.kind == "heading" and b.text == "Conditions" for b in blocks)


def test_text_that_only_mentions_text_labels_is_unchanged():
    ordinary = "Minutes of the meeting\n\nText: the clerk read the letter aloud.\n\nThe council agreed.\n"
    assert text_reader.unwrap_element_export(ordinary) == ordinary
