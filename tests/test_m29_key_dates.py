"""m29 (stop 25): key dates the opened sets lost, as general mechanisms.

- an arrangement that lapses or finishes on a date, and the end of a term whose length is given (`come to the end of
  their six-year term on <date>`), name when something ends (key_date_cues.yaml events.end); `finished` does not
  (`The report was finished on <date>` is when a paper was written).

Fictional bodies and wordings only.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def _key_dates(*lines):
    blocks = [Block("heading", text="Wendle Borough Council - Cabinet - 14 January 2026")]
    blocks += [Block("paragraph", text=line) for line in lines]
    return {k.date for k in extract(list(iter_passages(blocks)), {}, "paper.txt").key_dates} - {"2026-01-14"}


@pytest.mark.parametrize("text, iso", [
    ("Street lighting maintenance is bought through a framework that lapses on 30 September 2026.", "2026-09-30"),
    ("The Chief Officer said the loan of the two appliances from Fellside finishes on 31 May 2026.", "2026-05-31"),
    ("The photocopiers hired from Copyline reach the end of their four year term on 31 July 2026.", "2026-07-31"),
    ("Our agreement with the county archive lapsed in November 2025 and a new one is being drafted.", "2025-11"),
    ("The market hall comes to the end of its 25-year lease in April 2027.", "2027-04"),
])
def test_an_arrangement_that_lapses_or_finishes_or_whose_term_ends_is_a_key_date(text, iso):
    assert any(found.startswith(iso) for found in _key_dates(text)), _key_dates(text)


@pytest.mark.parametrize("text", [
    "The summary sheet was finished on 5 January 2026.",
    "Figures for the quarter ending 31 December 2025 are attached.",
    "The tennis club was founded on 3 May 1998 and has 200 members.",
])
def test_a_date_a_paper_was_finished_or_counted_is_no_key_date(text):
    assert _key_dates(text) == set()
