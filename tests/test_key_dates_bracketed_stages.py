"""A timeline's item: a stage named in a few words with the dates it runs over in brackets starts on
the first and ends on the last, though no cue word says so."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract

PAPERS = {
    "brackenford.md": """# Brackenford Borough Council
## Report to Cabinet, 3 March 2025
### 5. Programme
The programme has four workstreams:

1. Depot options appraisal (April to June 2025)
2. Fleet electrification design (July 2025 – January 2026)
3. Handover (February 2026 to March 2026)
""",
    "fenby.txt": """FENBY DISTRICT COUNCIL
Report to the Place Panel, 10 June 2025

4. Further work
The project runs in two parts:
- Member workshops (September 2025 - November 2025)
- Masterplan drafting (December 2025 - April 2026)
""",
    "mercia.html": """<html><head><title>North Mercia ICB board paper</title></head><body>
<h1>North Mercia ICB – Board, 8 May 2025</h1>
<h2>Milestones</h2>
<ul><li>Frailty hub mobilisation (1 October 2025 – 31 December 2025)</li>
<li>Virtual ward expansion (January 2026 to June 2026)</li></ul>
</body></html>""",
}
EXPECTED = {
    "brackenford.md": {("2025-07", "start"), ("2026-01", "end")},
    "fenby.txt": {("2025-09", "start"), ("2025-11", "end"), ("2025-12", "start"), ("2026-04", "end")},
    "mercia.html": {("2025-10-01", "start"), ("2025-12-31", "end"), ("2026-01", "start"), ("2026-06", "end")},
}


@pytest.mark.parametrize("name", sorted(PAPERS))
def test_a_stage_with_its_dates_in_brackets_starts_and_ends(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAPERS[name], encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    found = {(k.date, k.rule.split(".")[-1]) for k in extraction.key_dates}
    # Every stage date is found (a cue word, "workshops", may name its kind first) ...
    assert {date for date, _kind in EXPECTED[name]} <= {date for date, _kind in found}, found
    # ... and where no cue word does, the bracketed range says it starts or ends.
    assert [pair for pair in EXPECTED[name] if pair in found], found


def test_a_long_sentence_with_a_bracketed_range_is_no_stage(tmp_path):
    path = tmp_path / "kestrel.txt"
    path.write_text("KESTREL VALE COUNCIL\nReport to Cabinet, 2 April 2025\n\n3. Background\n"
                    "The number of visitors to the museum rose sharply over the year as a whole "
                    "(April 2023 to March 2024) as the ticket office figures show.\n", encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    # (Other cues may still read the sentence; the bracketed range alone makes no stage of it.)
    assert not [k for k in extraction.key_dates if k.rule in ("key_date.start", "key_date.end")]


@pytest.mark.parametrize("heading", ["Treasury management (1 April 2025 – 31 March 2026)",
                                     "Quarter 4 performance (January 2026 - March 2026)",
                                     "Complaints handled (October 2025 – March 2026)"])
def test_a_period_reported_on_is_no_stage(tmp_path, heading):
    path = tmp_path / "hollowmere.md"
    path.write_text(f"# Hollowmere District Council\n## Report to the Audit Committee, 9 June 2026\n"
                    f"## 2. {heading}\nThe figures for the period are set out below.\n", encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    assert not [k for k in extraction.key_dates if k.rule in ("key_date.start", "key_date.end")]
