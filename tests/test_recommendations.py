"""Recommendations extracted from fictional papers read through the real TXT reader."""
from __future__ import annotations

from committee_papers.pipeline import read_and_extract
from extract.listitems import split_number
from extract.recommendations import is_recommendation_heading, recommendation_sentences

SUMMARY_AND_BODY = """\
# Wessex County Council

## Summary Sheet

Report to the Cabinet on the community therapy contract with Brightside Therapies CIC.

## Recommendations

1. That the Cabinet approves a twelve month extension of the community therapy contract with Brightside Therapies CIC.

2. That the Cabinet delegates authority to the Director of Adult Care to agree the final contract terms.

List of Appendices Included: None

## 1. Recommendations

1.1 That the Cabinet approves a twelve month extension of the community therapy contract with Brightside Therapies CIC.

1.2 That the Cabinet delegates authority to the Director of Adult Care to agree the final contract terms.

## 2. Background

2.1 The contract started in April 2021 and has been reviewed by North Wessex Integrated Care Board.

2.2 The independent review made eleven recommendations about waiting times, all of which have been accepted.

## 3. Recommended Proposal

3.1 Officers considered re-procurement but the market for specialist therapy is small.

## 4. Conclusion

4.1 The Committee is asked to note the progress made and the timetable for a new service model. Officers will report again in the autumn.
"""


def extract_from(tmp_path, text, name="paper.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    return extraction.recommendations


def test_summary_and_body_lists_give_each_recommendation_once(tmp_path):
    recs = extract_from(tmp_path, SUMMARY_AND_BODY)
    texts = [r.text for r in recs]
    assert texts[:2] == [
        "That the Cabinet approves a twelve month extension of the community therapy contract with Brightside Therapies CIC.",
        "That the Cabinet delegates authority to the Director of Adult Care to agree the final contract terms.",
    ]
    # The first occurrence (summary sheet) is kept, with its number.
    assert [r.number for r in recs[:2]] == ["1", "2"]


def test_asked_to_note_sentence_is_taken_alone(tmp_path):
    recs = extract_from(tmp_path, SUMMARY_AND_BODY)
    assert recs[-1].text == (
        "The Committee is asked to note the progress made and the timetable for a new service model.")
    assert recs[-1].number == "4.1"
    assert len(recs) == 3


def test_discussion_and_mentions_of_review_recommendations_are_not_recommendations(tmp_path):
    texts = " ".join(r.text for r in extract_from(tmp_path, SUMMARY_AND_BODY))
    assert "eleven recommendations" not in texts
    assert "re-procurement" not in texts
    assert "List of Appendices" not in texts
    assert "Recommendations" not in [r.text for r in extract_from(tmp_path, SUMMARY_AND_BODY)]


def test_lead_in_with_bulleted_and_lettered_items(tmp_path):
    paper = """\
# North Wessex Integrated Care Board

## Decision required

The Board is asked to:

- approve the business case for the urgent community response service;
- endorse the proposed governance arrangements with Wessex Community Health NHS Trust.

The service will be reviewed after its first year of operation.

## Financial implications

The cost is met from the existing budget.
"""
    recs = extract_from(tmp_path, paper)
    assert [(r.number, r.text) for r in recs] == [
        (None, "approve the business case for the urgent community response service;"),
        (None, "endorse the proposed governance arrangements with Wessex Community Health NHS Trust."),
    ]
    assert "existing budget" not in " ".join(r.text for r in recs)
    assert "first year of operation" not in " ".join(r.text for r in recs)


def test_paper_without_recommendations_gives_none(tmp_path):
    paper = """\
# Integrated Therapies – Update

## 1. Commissioning activity

The new service began in September and referrals are rising.

## 2. Next steps

A further update will follow in the spring.
"""
    assert extract_from(tmp_path, paper) == []


def test_heading_forms():
    assert is_recommendation_heading("Recommendations")
    assert is_recommendation_heading("1. Recommendation")
    assert is_recommendation_heading("Recommended decisions:")
    assert is_recommendation_heading("Decision required")
    assert is_recommendation_heading("The Cabinet is asked to:")
    assert not is_recommendation_heading("5. Recommended Proposal")
    assert not is_recommendation_heading("Background")


def test_sentence_forms():
    assert recommendation_sentences("It is recommended that the Board approves the plan. Costs are met.") == [
        "It is recommended that the Board approves the plan."]
    assert recommendation_sentences("Members are recommended to agree the fees.") == [
        "Members are recommended to agree the fees."]
    assert recommendation_sentences("The review recommended a new approach to triage.") == []


def test_split_number_forms():
    assert split_number("1.2 That the plan is approved") == ("1.2", "That the plan is approved")
    assert split_number("(a) note the report") == ("(a)", "note the report")
    assert split_number("b) note the report") == ("(b)", "note the report")
    assert split_number("• note the report") == (None, "note the report")
    assert split_number("The plan") == (None, "The plan")


def test_cover_sheet_label_and_truncated_stub_are_cleaned(tmp_path):
    paper = """\
# Wessex Community Health NHS Trust

## Recommendations

- Note the contents of the Annual Medical

Recommendation: The Board is recommended to approve the revised safeguarding policy.

## 1. Recommendations

1.1 Note the contents of the Annual Medical Director's Report on revalidation.

## 2. Introduction

The Board is recommended to approve the revised safeguarding policy.
"""
    recs = extract_from(tmp_path, paper)
    assert [r.text for r in recs] == [
        "Note the contents of the Annual Medical Director's Report on revalidation.",
        "The Board is recommended to approve the revised safeguarding policy.",
    ]
