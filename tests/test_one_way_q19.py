"""One way to do each thing (stop 19): the shared helpers that replaced private copies agree with them."""
from __future__ import annotations

import re

import pytest

from extract.plain_text import squash


@pytest.mark.parametrize("text", [
    "  Fenby   Town Council ",
    "Report of the\nDirector of\tPlace",
    "Item 4.2 \u2013  Budget\r\n2026/27",
    "already one space",
    "",
    "   ",
])
def test_squash_is_the_old_join_split(text):
    assert squash(text) == " ".join(text.split()) == re.sub(r"\s+", " ", text).strip()


def test_squash_reads_nothing_as_empty_and_keeps_punctuation():
    assert squash(None) == ""
    assert squash(" Recommendations:- ") == "Recommendations:-"  # strips white space only, never marks
    assert squash("a , b") == "a , b"


# --- risks_eqia reads an impact up to its counterpoint with the one sentence splitter ---------------------------
from extract.risks_eqia import _before_counterpoint  # noqa: E402


@pytest.mark.parametrize("text, impact", [
    ("Fewer evening buses may isolate older residents. However, most already travel by day.",
     "Fewer evening buses may isolate older residents."),
    ("Step-free access improves. That said, the new ramp is steep! On the other hand, rails are fitted.",
     "Step-free access improves."),
    ("Carers lose the drop-in session. Take-up was low. Nevertheless, a phone line stays open.",
     "Carers lose the drop-in session. Take-up was low."),
    # a closing quote after the full stop still ends the sentence (the old private split kept it running on)
    ('Residents said "we will make fewer trips." However, the survey was small.',
     'Residents said "we will make fewer trips."'),
])
def test_impact_stops_before_its_counterpoint(text, impact):
    assert _before_counterpoint(text) == impact


@pytest.mark.parametrize("text", [
    "However, the numbers affected are small.",                  # a counterpoint opening the impact is kept
    "Older residents may find the steps harder. Howeverton Ward is unaffected.",  # a word that starts alike
    "The cost rises by approx. However much is recovered.",      # no sentence ends after an abbreviation
    "Young carers may lose support; however, the group is small.",  # a semicolon ends no sentence
])
def test_impact_without_a_counterpoint_sentence_is_whole(text):
    assert _before_counterpoint(text) == text
