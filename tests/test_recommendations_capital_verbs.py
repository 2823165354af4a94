"""Items whose verbs are set in capitals or follow a condition ("DEBATE and DECIDE ...",
"If Recommendation 2 is agreed, APPROVE ...") carry on a recommendations list: each is one item."""
from __future__ import annotations

import pytest

from committee_papers.extract.recommendations import _cues, _starts_item
from committee_papers.pipeline import read_and_extract


@pytest.mark.parametrize("text", _cues()["conditional_openers"]["examples"])
def test_a_condition_before_the_verb_starts_an_item(text):
    assert _starts_item(text)


@pytest.mark.parametrize("text", _cues()["conditional_openers"]["not_examples"])
def test_a_condition_before_a_statement_starts_no_item(text):
    assert not _starts_item(text)


@pytest.mark.parametrize("text,expected", [
    ("DEBATE and DECIDE whether plot rents should rise in 2027.", True),
    ("SCRUTINISE and COMMENT on the draft allotments strategy.", True),
    ("To EXAMINE and ENDORSE the winter plan.", True),
    ("CONSIDER AND COMMENT on the draft allotments strategy.", True),
    ("NOTE and WELCOME the progress on the depot.", True),
    ("NHS Fenby and FDC have agreed the plan.", False),
    ("ACME Ltd will deliver the scheme.", False),
])
def test_verbs_in_capitals_start_an_item(text, expected):
    assert _starts_item(text) is expected


PAPERS = {
    "brackenford.md": """# Brackenford Borough Council
## Report to Full Council, 4 March 2026
## 6. Recommendations
The Council is asked to:

1. To NOTE the findings of the Allotments Task Group

2. APPROVE the revised allotment rules at Appendix A.

3. DEBATE and DECIDE whether plot rents should rise by more than inflation.

4. If Recommendation 3 is agreed, APPROVE the new rent bands from April 2027

5. DELEGATE authority to the Head of Parks to set the date of the first rent review.

## Appendices
Appendix A – Allotment rules
""",
    "fenby.txt": """FENBY DISTRICT COUNCIL
Cabinet, 12 May 2026
Recommendations
Cabinet is asked to:
(a) CONSIDER and COMMENT on the draft Play Strategy;
(b) Subject to the comments received, ADOPT the Play Strategy for consultation;
(c) AGREE the consultation period of eight weeks.
Background
The Play Strategy was last reviewed in 2019.
""",
    "mercia.html": """<html><head><title>North Mercia ICB Board</title></head><body>
<h1>North Mercia ICB Board</h1><h2>Recommendations</h2>
<p>The Board is asked to:</p>
<p>i. RECEIVE the winter plan.</p>
<p>ii. Should the funding bid succeed, APPROVE the extra community beds described in section 4.</p>
<p>iii. DISCUSS and AGREE the escalation triggers.</p>
<h2>Background</h2><p>Winter pressures rose in 2025.</p>
</body></html>""",
}

EXPECTED = {
    "brackenford.md": ["To NOTE the findings of the Allotments Task Group", "DEBATE and DECIDE whether plot rents",
                       "If Recommendation 3 is agreed, APPROVE", "DELEGATE authority to the Head of Parks"],
    "fenby.txt": ["CONSIDER and COMMENT on the draft Play Strategy", "Subject to the comments received, ADOPT",
                  "AGREE the consultation period"],
    "mercia.html": ["RECEIVE the winter plan", "Should the funding bid succeed, APPROVE", "DISCUSS and AGREE the escalation"],
}


@pytest.mark.parametrize("name", sorted(PAPERS))
def test_each_capital_or_conditional_item_is_one_recommendation(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAPERS[name], encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    texts = [r.text for r in extraction.recommendations]
    for start in EXPECTED[name]:
        assert sum(t.startswith(start) for t in texts) == 1, (start, texts)
    assert not any("Background" in t or "Appendix A –" in t for t in texts), texts


# A paragraph after the list that opens with a condition but states what follows, and a numbered
# heading led by a noun after an empty recommendations heading, are no items.
NOT_ITEMS = {
    "hollowmere.txt": """HOLLOWMERE DISTRICT COUNCIL
Cabinet, 9 June 2026
Recommendations
Cabinet is asked to:
(a) approve the revised allotment rents for 2027;
(b) note the waiting list figures.
If agreed, support for plot holders on low incomes will come from the hardship fund.
Background
The rents were last reviewed in 2021.
""",
    "ashby.md": """# Ashby Vale Council
## Report to Cabinet, 9 June 2026
## Recommendations
The Cabinet is recommended to:

- agree the new opening hours for the three leisure centres;
- note the results of the consultation.

Should Cabinet agree, NHS colleagues will be told of the new hours before the summer.

Following approval, continued monitoring of attendance will be reported to the Scrutiny Panel.

## Background
Attendance fell in 2025.
""",
    "tarnside.md": """# Tarnside Borough Council
## Report to Cabinet, 9 June 2026
## 1. Recommendations
## 2. Review of the car parking charges
The charges were last set in 2019 and no longer cover the cost of running the car parks.
## 3. Options
Three options were considered.
""",
}


@pytest.mark.parametrize("name", sorted(NOT_ITEMS))
def test_a_condition_or_noun_heading_after_the_list_is_no_item(tmp_path, name):
    path = tmp_path / name
    path.write_text(NOT_ITEMS[name], encoding="utf-8")
    texts = [r.text for r in read_and_extract(str(path))[2].recommendations]
    assert not [t for t in texts if t.startswith(("If agreed", "Should Cabinet", "Following approval", "Review of"))], texts
