"""Recommendations extracted from fictional papers read through the real TXT reader."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.listitems import split_number
from committee_papers.extract.recommendations import is_recommendation_heading, recommendation_sentences

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


# --- Layouts seen in real papers, on fictional text -------------------------

from committee_papers.ingest.model import Passage  # noqa: E402
from committee_papers.extract.recommendations import find_recommendations  # noqa: E402


def _passages(*rows):
    """Passages from (kind, text) or (kind, text, cells) tuples, one page each."""
    out = []
    for seq, row in enumerate(rows, start=1):
        kind, text = row[0], row[1]
        cells = list(row[2]) if len(row) > 2 else []
        out.append(Passage(seq, kind, text, 1, None, None, cells=cells, header=[],
                           table=0 if cells else None))
    return out


def test_recommendation_s_heading_with_lettered_items_and_lines_promoted_to_headings():
    passages = _passages(
        ("heading", "Recommendation(s):"),
        ("paragraph", "The Cabinet is asked to:"),
        ("paragraph", "A. AGREE to transfer the reablement service to the Adult Care Directorate from 1 April 2026; and"),
        ("paragraph", "B. DELEGATE authority to the Director of Adult Care, in consultation with the Director of"),
        ("paragraph", "Finance, to enter into the relevant agreements."),
        ("heading", "DELEGATE authority to the Director of Adult Care to take the necessary actions,"),
        ("heading", "including but not limited to finalising and entering into"),
        ("paragraph", "contracts, as required to implement this decision."),
        ("heading", "1. Introduction"),
        ("paragraph", "1.1 The reablement service supports people leaving hospital."),
    )
    recs = find_recommendations(passages)
    assert [(r.number, r.text) for r in recs] == [
        ("(A)", "AGREE to transfer the reablement service to the Adult Care Directorate from 1 April 2026; and"),
        ("(B)", "DELEGATE authority to the Director of Adult Care, in consultation with the Director of "
                "Finance, to enter into the relevant agreements."),
        (None, "DELEGATE authority to the Director of Adult Care to take the necessary actions, including but "
               "not limited to finalising and entering into contracts, as required to implement this decision."),
    ]


def test_item_running_over_a_page_is_one_item_and_a_that_heading_is_a_lead_in():
    passages = _passages(
        ("heading", "Officer Recommendations:"),
        ("heading", "That the Joint Transport Committee"),
        ("list_item", "1) Notes the progress on the bus priority programme."),
        ("list_item", "2) Delegates authority to the Director of Transport for the approval of change requests. "
                      "In the event of agreement not being reached at"),
        ("paragraph", "Director level, the decision will be escalated to the Chief Executive."),
        ("list_item", "3) Delegates authority to the Director of Transport for the approval of business cases."),
        ("heading", "Reasons for recommendations"),
        ("paragraph", "Recommendations 1 and 3 are for noting and need no vote."),
    )
    recs = find_recommendations(passages)
    assert [r.text for r in recs] == [
        "Notes the progress on the bus priority programme.",
        "Delegates authority to the Director of Transport for the approval of change requests. In the event "
        "of agreement not being reached at Director level, the decision will be escalated to the Chief Executive.",
        "Delegates authority to the Director of Transport for the approval of business cases.",
    ]


def test_justified_box_read_as_a_table_of_words_is_one_item():
    words = "Approves the award of the grounds maintenance contract to Greenway Services Ltd for five years.".split()
    header, rows = words[:6], [words[6:11], words[11:]]
    passages = _passages(
        ("heading", "Recommendation"),
        ("paragraph", "That Committee:"),
        ("table_header", " | ".join(header), header),
        *[("table_row", " | ".join(r), r) for r in rows],
        ("list_item", "2) Notes the savings set out in the report."),
        ("heading", "Voting arrangements"),
    )
    recs = find_recommendations(passages)
    assert [r.text for r in recs] == [
        "Approves the award of the grounds maintenance contract to Greenway Services Ltd for five years.",
        "Notes the savings set out in the report.",
    ]


def test_numbered_section_heading_with_items_in_a_table_and_cross_references_dropped():
    passages = _passages(
        ("heading", "2 | Recommendations"),
        ("paragraph", "2.1 Note the forecast revenue overspend of £4.1m Please refer to Section 3"),
        ("table_row", "2.2 Note the forecast capital underspend | Please refer to Section 6",
         ["2.2 Note the forecast capital underspend", "Please refer to Section 6"]),
        ("paragraph", "Note the Reserves Monitoring and Prudential"),
        ("heading", "2.3 Please refer to Section 7 and Appendix 2 Indicators"),
        ("heading", "3 | Revenue Budget"),
        ("paragraph", "The forecast is an overspend."),
    )
    recs = find_recommendations(passages)
    assert [(r.number, r.text) for r in recs] == [
        ("2.1", "Note the forecast revenue overspend of £4.1m"),
        ("2.2", "Note the forecast capital underspend"),
        ("2.3", "Note the Reserves Monitoring and Prudential Indicators"),
    ]


def test_cover_sheet_labels_open_a_list_that_ends_at_the_next_field():
    passages = _passages(
        ("paragraph", "Recommendation(s)Board notes the quarterly safeguarding report."),
        ("paragraph", "List of"),
        ("paragraph", "Appendices: None"),
        ("paragraph", "Recommendation(s)The Board is asked to:"),
        ("list_item", "Note the interim arrangements for the Chair,"),
        ("paragraph", "Deputy Chair and Senior Independent Director roles"),
        ("list_item", "Approve the revised terms of reference."),
        ("paragraph", "Page 1 of 4"),
        ("paragraph", "Author: Jo Bloggs, Company Secretary"),
        ("paragraph", "Recommendation: The Board is recommended to note the assurance levels: The Committee provides "
                      "the following levels of assurance Risk"),
        ("paragraph", "Overall level of assurance"),
    )
    recs = find_recommendations(passages)
    assert [r.text for r in recs] == [
        "Board notes the quarterly safeguarding report.",
        "Note the interim arrangements for the Chair, Deputy Chair and Senior Independent Director roles",
        "Approve the revised terms of reference.",
        "The Board is recommended to note the assurance levels",
    ]


def test_lead_in_items_without_numbers_and_two_items_in_one_line(tmp_path):
    paper = """\
# Northshire Health and Care Partnership

## Recommendations

12. Members of the Partnership Board are asked to:

note the publication of the Northshire Work and Health Plan;

endorse the approach to programme governance; and support these programmes over the year to ensure their success.
"""
    recs = extract_from(tmp_path, paper)
    assert [r.text for r in recs] == [
        "note the publication of the Northshire Work and Health Plan;",
        "endorse the approach to programme governance",
        "support these programmes over the year to ensure their success.",
    ]


def test_resolutions_in_minutes_are_not_recommendations(tmp_path):
    paper = """\
# Northshire County Council – Cabinet – Minutes

## 4. Library Service Review

The Cabinet Member introduced the report.

RESOLVED that Cabinet agree to:

(a) approve the new library opening hours; and

(b) delegate authority to the Director of Communities to implement them.

Recommendations 2 and 3 were not approved.
"""
    assert extract_from(tmp_path, paper) == []


def test_same_item_reworded_in_the_body_is_kept_once():
    passages = _passages(
        ("heading", "Recommendation"),
        ("list_item", "1) Delegates the allocation of the Local Remediation Plans funding to the Director of Place."),
        ("heading", "Background"),
        ("paragraph", "Recommendation 1: Delegates the allocation of the Local Remediation Plan funding to the Director of Place."),
    )
    assert len(find_recommendations(passages)) == 1


def test_roman_numerals_with_a_full_stop_number_the_items(tmp_path):
    assert split_number("ii. note the report") == ("(ii)", "note the report")
    assert split_number("IV. Agree the fees") == ("(IV)", "Agree the fees")
    paper = """\
# Wessex County Council

## 2. Recommendations

2.1 The Adults Scrutiny Panel is recommended to:

i. endorse the plan to recommission the carers' support service from 1 April 2026;

ii. note the performance of the current contracts summarised in section 5;

iii. agree that the Director brings the procurement strategy to Cabinet.

## 3. Background

3.1 The service started in 2019.
"""
    recs = extract_from(tmp_path, paper)
    assert [(r.number, r.text) for r in recs] == [
        ("(i)", "endorse the plan to recommission the carers' support service from 1 April 2026;"),
        ("(ii)", "note the performance of the current contracts summarised in section 5;"),
        ("(iii)", "agree that the Director brings the procurement strategy to Cabinet."),
    ]


def test_a_summary_restating_the_listed_recommendations_adds_none(tmp_path):
    paper = """\
# Wessex County Council

## 1. Summary

1.1 Several contracts end in 2025. The Panel is asked to endorse the recommissioning plan before it goes to Cabinet.

## 2. Recommendations

2.1 The Panel is recommended to:

(a) endorse the plan to recommission carers' support services from 1 April 2026;

(b) note the performance of the current contracts.

## 3. Background

3.1 The Panel is asked to note that the service started in 2019.
"""
    recs = [r.text for r in extract_from(tmp_path, paper)]
    assert recs == ["endorse the plan to recommission carers' support services from 1 April 2026;",
                    "note the performance of the current contracts.",
                    "The Panel is asked to note that the service started in 2019."]
    # Without a list, the summary's sentence is the recommendation.
    alone = paper.split("## 2. Recommendations")[0]
    assert [r.text for r in extract_from(tmp_path, alone)] == [
        "The Panel is asked to endorse the recommissioning plan before it goes to Cabinet."]


# -- the one run-in list splitter --------------------------------------------------------------

@pytest.mark.parametrize("text,lead,items", [
    ("The Board is asked to: i. approve the plan; ii. note the risks; and iii. delegate the detail.",
     "The Board is asked to:", [("(i)", "approve the plan;"), ("(ii)", "note the risks; and"),
                                ("(iii)", "delegate the detail.")]),
    ("RESOLVED - (1) that the fees be approved; (2) that the Director be thanked.", "RESOLVED -",
     [("(1)", "that the fees be approved;"), ("(2)", "that the Director be thanked.")]),
    ("Cabinet agreed: a) to consult for eight weeks. b) to report back in March.", "Cabinet agreed:",
     [("(a)", "to consult for eight weeks."), ("(b)", "to report back in March.")]),
    ("After discussion, the Committee agreed:- (1) to approve the price; and (2) to review it in May.",
     "After discussion, the Committee agreed:-", [("(1)", "to approve the price; and"), ("(2)", "to review it in May.")]),
])
def test_one_run_in_splitter_serves_recommendations_and_decisions(text, lead, items):
    from committee_papers.extract.decisions import split_inline
    from committee_papers.extract.listitems import split_inline_items, split_run_in
    assert split_inline_items(text) == (lead, items)
    run_lead, run_items = split_run_in(text)
    assert [m.text.strip("()") for m, _ in run_items] == [n.strip("()") for n, _ in items]
    # Decisions read the same items, tidied of their joining words.
    _lead, decided = split_inline(text)
    assert items[0][1].startswith([body for _m, body in decided][0])


def test_a_single_run_in_item_counts_only_for_decisions_and_only_at_the_start():
    from committee_papers.extract.listitems import split_inline_items, split_run_in
    assert split_inline_items("(a) approve the plan.") == ("(a) approve the plan.", [])
    assert len(split_run_in("(a) approve the plan.", single=True)[1]) == 1
    assert split_run_in("Cabinet noted item a. in the report.", single=True)[1] == []
