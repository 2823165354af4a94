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
