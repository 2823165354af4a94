"""Decisions probe (stop 29, d42): thirty-six fictional papers in wordings and layouts the earlier decision probes
lack (tests/decisions_probe42_papers.py), read through the real readers.  The expected decisions were written before
the tool ran on them (three expectations revised after it, each marked there, to follow the gold's conventions).

First run (before any mend): 24 of 36 papers fully right.  Mended, by general cause (the paper's kind: a paper the
gate did not take for a decision document gave none):

* a one-line title naming the body, "Minutes" or "- Notes -" and the meeting's date ("... Committee Minutes - 11
  March 2026", "... Panel - Notes - 18 February 2026") is minutes (documents: minutes_title);
* a planning authority's notice titled "Town and Country Planning Act 1990 - Refusal of Planning Permission" is a notice
  (permission_notice_title now allows the Act's name before the notice's kind), and its operative sentence may
  state the outcome in capitals or with the conditions or reasons listed below it ("The application was REFUSED for
  the following reason(s):"; notices: notice_operative);
* (the text reader) a minute's title after a reference that numbered_heading_level does not take ("112. Village
  hall car park resurfacing", "LSC/15 Review of ... (Driver B)") ran into the line below it, so the minute's
  deciding sentence began with the title and no rule read it: such a title now ends its block
  (readers/text._minute_title).

After the mends: 30 of 36; the six left are KNOWN_MISSES, each with its cause (one paper each).  On the sets
(against main 5e9317d's scores): realdev21 decisions 0.255 -> 0.360 (its planning notice's operative sentence,
"PERMISSION HAS BEEN GRANTED" in capitals, and two conditions); paraphrase14 decisions 0.808 -> 0.792 (a parish's
minutes confirmation, read now that its "26/03 Minutes of the previous meeting" title no longer runs into it, is
stored as the clause after "RESOLVED that" while the gold allows the whole sentence with its proposer); the other
sets' decisions unchanged.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from committee_papers.pipeline import read_and_extract  # noqa: E402
from decisions_probe42_papers import EXPECTED  # noqa: E402
from probe_harness import assert_phrases_in_order, texts, with_known_misses  # noqa: E402


KNOWN_MISSES = {
    "licensing_determined": "a licensing sub-committee's decision page titled only '<Sub-Committee>: <date>' with "
                            "'Decision' and 'Reasons' headings and no attendance block is not taken for a decision "
                            "document (paper kind none)",
    "chair_ruled_and_motion_lost": "'The Chair ruled that ...' is no decision: 'ruled' is not among the words of "
                                   "deciding (words: decided), and a chair's ruling is the only paper with it",
    "parish_planning_table": "a response cell 'Objection: <reason>' is not read as the row's outcome ('No "
                             "objection' is)",
    "joint_committee_resolution_column": "every cell of a 'Resolution' column is stored, even one that only "
                                         "reports an officer's update",
    "governors_following_approved": "'Governors approved the following policies:' then a list: only the first "
                                    "item is stored, and without the lead-in's verb",
    "planning_decision_table": "a 'REFUSED - <reason>' cell of a Decision column is not led by its row's "
                               "application as the 'GRANTED subject to conditions' cell is",
}


@pytest.mark.parametrize("build", with_known_misses(EXPECTED, KNOWN_MISSES, name_of=lambda build: build.__name__))
def test_probe_paper_gives_its_decisions_and_no_others(tmp_path, build):
    _document, _passages, extraction = read_and_extract(str(build(tmp_path)))
    assert_phrases_in_order(texts(extraction.decisions), EXPECTED[build])
