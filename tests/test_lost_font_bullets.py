"""Bullets whose symbol font's map was lost read as letters or signs ("o" for Word's Courier New
sub-bullet, "§" and "Ø" for Wingdings' square and arrowhead, "ü" for its tick): standing alone
after a sentence's end and before a capital, one ends that sentence and belongs to neither; opening
an item it is the item's bullet.  Marks in ingest/glyph_repairs.yaml; fictional texts."""
from __future__ import annotations

import pytest

from committee_papers.extract.listitems import split_number
from committee_papers.extract.sentences import sentence_texts
from committee_papers.ingest import bullets
from committee_papers.ingest.readers import pdf as pdf_reader
from committee_papers.pipeline import read_and_extract
from committee_papers.extract.yaml_files import safe_load

import pdfgen

RULES = safe_load(bullets.REPAIRS_PATH.read_text(encoding="utf-8"))["bullet_marks"]


@pytest.mark.parametrize("text, expected", [
    ("The new rota starts in May. o Volunteers at Holt Road will be offered training. o The lift is repaired.",
     ["The new rota starts in May.", "Volunteers at Holt Road will be offered training.", "The lift is repaired."]),
    ("Finance reported an underspend of £4,000. § The café lease runs to 2027.",
     ["Finance reported an underspend of £4,000.", "The café lease runs to 2027."]),
    ("Three points were raised by the panel! Ø Parking at the depot is short. ü Signage was agreed.",
     ["Three points were raised by the panel!", "Parking at the depot is short.", "Signage was agreed."]),
    ("The audit was closed (with no findings). • There is a risk that the grant is withdrawn in 2027.",
     ["The audit was closed (with no findings).", "There is a risk that the grant is withdrawn in 2027."]),
] + [(example["text"], example["sentences"]) for example in RULES["examples"]])
def test_a_lost_font_bullet_between_sentences_ends_the_first(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize("text", [
    "The Board agreed to: o approve the budget. o note the report.",
    "Members sang O Holy Night. O Come All Ye Faithful followed.",
    "The fee rose by 5 per cent. o'clock times were kept.",
    "Section 4 applies. §4 of the Act was cited.",
] + RULES["negatives"])
def test_no_break_at_a_mark_before_a_small_letter_or_a_letter_in_a_word(text):
    # the mark stays in the text where it is no bullet
    joined = " ".join(sentence_texts(text))
    assert joined.replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text, item", [
    ("o Library opening hours at Beccton", "Library opening hours at Beccton"),
    ("§ the grant to Holme Trust", "the grant to Holme Trust"),
    ("Ø approve the fees for 2026/27", "approve the fees for 2026/27"),
    ("ü Signage agreed for the car park", "Signage agreed for the car park"),
])
def test_a_lost_font_mark_opening_an_item_is_its_bullet(text, item):
    assert split_number(text)[1] == item


def test_a_risk_after_a_sub_bullet_keeps_only_its_own_sentence(tmp_path):
    path = pdfgen.headed_paper(tmp_path / "minutes.pdf", "Corvale Libraries Board", ["Board minutes, 9 June 2026"], [
        ("paragraph", "The Chair reported on the staffing committee. o Staff sickness absence has fallen this "
                      "quarter. o There is a risk that the café at Marsh Lane closes if footfall does not recover."),
    ])
    risks = [r.risk for r in read_and_extract(str(path))[2].risks]
    assert risks and all("sickness" not in r and "staffing committee" not in r for r in risks), risks
