"""Document metadata probed with fictional papers whose meeting is dated only where the paper says to which meeting
it goes (stop 30, m43).  Papers and expectations: tests/meta_probe43_papers.py (written before the tool was run on
them).

Causes read from the open sets' metadata misses: a `Report to: <body>, <date>.` line run on with `Report of:` (the
full stop closing the date was left with the committee, `Environment Committee, .`, read then as a person's name
and role, so no committee and no date); a `Presented to the Joint Committee on <date>` line under an annual
report's heading (no meeting date), and the same line naming the paper's board by its closing words (`the Harbour
Board` in a `Kelby Harbour Board` paper).

First run (base 9cd7641, before any mend): 6 of 11 papers right.  Mechanisms: a date's closing full stop goes with
it when the date is cut from a committee (metadata._strip_date); a line opening `Presented / Reported / Submitted
to` says where the paper goes (cover_labels.yml meeting_goes_to_phrases), and the paper's committee may be named
there by its closing words of two or more (metadata._short_names).  After them: 11 of 11."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract
from meta_probe43_papers import PAPERS
from probe_harness import metadata_problems


@pytest.mark.parametrize("name", sorted(PAPERS))
def test_each_probe_paper_gives_its_metadata(tmp_path, name):
    build, expected = PAPERS[name]
    assert metadata_problems(read_and_extract(str(build(tmp_path)))[2], expected) == []
