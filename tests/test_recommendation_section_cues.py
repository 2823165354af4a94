"""recommendation_cues.yaml's section cues (not_an_item, section_end, other_heading, summary_heading): each matches the
start of its examples and of none of its not_examples, as extract/recommendations.py reads them."""
import re

import pytest

from committee_papers.extract import recommendations
from committee_papers.extract.recommendations import _cues

PATTERNS = {
    "not_an_item": recommendations._NOT_AN_ITEM_RE,
    "section_end": recommendations._SECTION_END_RE,
    "other_heading": recommendations._OTHER_HEADING_RE,
    "summary_heading": recommendations._SUMMARY_HEADING_RE,
}


@pytest.mark.parametrize("name", PATTERNS)
def test_every_section_cue_keeps_three_examples_and_not_examples(name):
    assert len(_cues()[name]["examples"]) >= 3 and len(_cues()[name]["not_examples"]) >= 3


@pytest.mark.parametrize("name, text", [(n, t) for n in PATTERNS for t in _cues()[n]["examples"]])
def test_a_section_cue_matches_its_examples(name, text):
    assert PATTERNS[name].match(text)


@pytest.mark.parametrize("name, text", [(n, t) for n in PATTERNS for t in _cues()[n]["not_examples"]])
def test_a_section_cue_misses_its_not_examples(name, text):
    assert not PATTERNS[name].match(text)


def test_a_heading_ending_in_implications_or_considerations_is_another_section():
    assert recommendations._OTHER_HEADING_RE.search("Workforce and estates implications")
    assert recommendations._OTHER_HEADING_RE.search("Key considerations")
    assert not recommendations._OTHER_HEADING_RE.search("Consider the Fenby Road options report")


_OLD_SUMMARY_HEADING = re.compile(r"^(?:executive\s+)?summary$|^purpose(?:\s+of\s+(?:the\s+)?(?:report|paper))?$|"
                                  r"^introduction$|^overview$", re.IGNORECASE)


@pytest.mark.parametrize("heading", [*_cues()["summary_heading"]["examples"], *_cues()["summary_heading"]["not_examples"],
                                     "Summary\n", "purpose of the  report", "Executive  summary", " Overview", ""])
def test_the_summary_heading_cue_reads_a_heading_as_its_single_pattern_did(heading):
    assert bool(recommendations._SUMMARY_HEADING_RE.match(heading)) is bool(_OLD_SUMMARY_HEADING.match(heading))
