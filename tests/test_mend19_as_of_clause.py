"""mend19: `as of` reports a position unless the words before it IN ITS CLAUSE look ahead
(key_date_cues.yaml not_key.as_of unless_looking_ahead).  A `will` in another clause of the same text
does not make a later reported position a start date.  Fictional bodies and wordings."""
from __future__ import annotations

import pytest

from committee_papers.extract.key_dates import is_not_key

OTHER_CLAUSE_LOOKS_AHEAD = [
    "The library van will move to the new depot in May; as of 31 March 2025 there were 412 members.",
    "A new ward map is due to be drawn up – as of 1 January 2025 the electorate was 9,840.",
    "Stall fees will rise next year. As of 30 June 2025 the market had 37 traders.",
]


@pytest.mark.parametrize("text", OTHER_CLAUSE_LOOKS_AHEAD)
def test_looking_ahead_in_another_clause_leaves_as_of_a_reporting_date(text):
    assert is_not_key(text)


@pytest.mark.parametrize("text", [
    "The new parking permits will apply as of 1 April 2026.",
    "Caretaking of the hall is to pass to the Parish as of 1 July 2026; the keys stay with the clerk.",
    "The balance stood at £3,000; the grant scheme will open as of 5 May 2026.",
])
def test_looking_ahead_in_its_own_clause_still_gives_a_start(text):
    assert not is_not_key(text)
