"""A body's own trustees' or board's minutes name it as publisher even when the PDF's text layer glued
`of the` into one word (`Trustees Ofthe Friends of ...`): extract/metadata.OWN_GROUP_RE.

Each paper also names a town, district or county council more than once, which must not win."""
import pytest

from committee_papers.extract.pipeline import extract
from fictional_paper import passages_from_lines


def metadata(*items):
    return extract(passages_from_lines(*items), {}, "paper.txt")


@pytest.mark.parametrize("line, publisher", [
    ("Minutes of the Trustees Ofthe Friends of Marlow Reach Library Meeting", "Friends of Marlow Reach Library"),
    ("Minutes of the Board of Directors ofthe Tarnside Leisure Trust meeting held on 3 May 2026",
     "Tarnside Leisure Trust"),
    ("Minutes of the Management Committee OFTHE Brackenford Community Pantry meeting of 2 March 2026",
     "Brackenford Community Pantry"),
])
def test_own_governing_group_with_glued_of_the_names_its_body(line, publisher):
    found = metadata(line, "Present: Ann Lee, Raj Patel, Sue Moss",
                     "1 Marlow Reach Town Council lent its chamber and Marlow Reach Town Council's clerk attended.",
                     "2 Fenmarsh District Council confirmed the room hire.")
    assert (found.authority, found.authority_source) == (publisher, "own minutes")


def test_a_public_body_after_glued_of_the_is_still_weighed_by_the_evidence():
    found = metadata("Minutes of the Members Ofthe Fenmarsh District Council held on 9 June 2026",
                     "Present: the Chair and five members.", "1. Apologies were received.")
    assert found.authority_source != "own minutes"
