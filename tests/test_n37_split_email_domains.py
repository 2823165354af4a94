"""(n37) The publisher from the paper's own e-mail domain when a PDF's text layer broke the address before its
suffix (`jo.pell@wendle .gov.uk`): the file name only fills a gap the text leaves.  Fictional bodies throughout."""
from __future__ import annotations

import pytest

from committee_papers.extract import cover
from committee_papers.ingest.model import Passage


@pytest.mark.parametrize("text, domain", [
    ("Ask for: Jo Pell, Council Chamber. Email: jo.pell@wendle .gov.uk", "wendle.gov.uk"),
    ("Contact officer: sam.hale@brackenford .gov.uk (01632 960000)", "brackenford.gov.uk"),
    ("Queries to governance@northmoor-icb .nhs.uk before the meeting", "northmoor-icb.nhs.uk"),
])
def test_an_email_domain_broken_before_its_suffix_is_read_whole(text, domain):
    passage = Passage(1, "paragraph", text, 1, None, None)
    assert cover.own_email_domains([passage]) == [domain]


def test_a_space_after_an_address_is_no_part_of_its_domain():
    passage = Passage(1, "paragraph", "Write to clerk@fenwick .Minutes follow.", 1, None, None)
    assert cover.own_email_domains([passage]) == []

