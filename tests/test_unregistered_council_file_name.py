"""A paper that never names its publisher, saved under a registered council's file name, whose most-named
`council` is no registered local authority (a national advisory council, a parish or youth council it
quotes): the file's council publishes it.  Bodies named in the papers are fictional; the file names'
councils are registered ones, as the file-name rule needs."""
from __future__ import annotations

import pytest

from test_meta18_forms import extraction_of


@pytest.mark.parametrize("filename, text, council", [
    ("rutland-cc_2026-01-09_appendix_devolution-table.txt",
     "Appendix B: Powers Summary Table\n\nPower | Foundation | Mayoral\n--- | --- | ---\n"
     "Membership of the Regional Data Council | x | x\nA statutory duty to produce growth plans | | x\n",
     "Rutland County Council"),
    ("cornwall-council_2026-02-12_appendix_community-halls.txt",
     "Community halls\n\nHall | Owner | Condition\n--- | --- | ---\n"
     "Quay Street Hall | Kestrel Bay Town Council | Good\n"
     "Harbour Rooms | Kestrel Bay Town Council | Fair\n",
     "Cornwall Council"),
    ("leeds-city-council_2026-03-04_appendix_consultation-responses.txt",
     "Consultation responses\n\n1. Fenmarsh Parish Council supports the new bus route.\n\n"
     "2. Fenmarsh Parish Council asked for a stop by the school.\n\n3. Residents asked for later buses.\n",
     "Leeds City Council"),
])
def test_a_file_names_council_beats_an_unregistered_council_only_mentioned_most(tmp_path, filename, text, council):
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    found = extraction_of(path)
    assert (found.authority, found.authority_source) == (council, "file name")


def test_a_registered_council_mentioned_most_still_beats_the_file_names_council(tmp_path):
    path = tmp_path / "cornwall-council_2026-01-09_appendix_devolution.txt"
    path.write_text("Devolution proposals\n\n1. North Somerset Council has agreed the principles.\n\n"
                    "2. North Somerset Council will sign first.\n", encoding="utf-8")
    assert extraction_of(path).authority == "North Somerset Council"
