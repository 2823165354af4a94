"""Recommendations in minutes and in proposed decisions.  Minutes record decisions: the only
recommendations in them are a report's own, quoted as a motion ("Council is asked to: (1) ..."); the
minute's own numbered paragraphs after the quotation (members' speeches, the vote) are none.  A
proposed record of decision sets out the decision asked for: its Decision section is the paper's
recommendation.  Fictional papers."""
from __future__ import annotations

import pytest

from committee_papers.extract import recommendations
from committee_papers.pipeline import read_and_extract


def recommendations_of(tmp_path, body: str, name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return [r.text for r in read_and_extract(str(path))[2].recommendations]


# -- minutes quoting a motion ---------------------------------------------------------------------
# The minute's numbered paragraphs as the reader keeps a list (a PDF's hanging numbers, a page's <li>),
# the quoted motion's lead-in a paragraph of its own.

def _minutes(authority: str, body: str, title: str, lines) -> str:
    """An HTML minute: each line starting with a number or a bullet is a list item, others paragraphs."""
    html = [f"<html><head><title>Minutes - {body}</title></head><body><p>{authority}</p>",
            f"<p>MINUTES of a meeting of the {body} held on Thursday, 6 March 2025.</p>",
            "<p>PRESENT: Cllr A Hale (Chair), Cllr B Moss, Cllr C Pike</p>", f"<h2>{title}</h2>"]
    for line in lines:
        listed = line[:1] in "(•" or line.split(" ", 1)[0].rstrip(".)").isalnum() and line.split(" ", 1)[0][-1] in ".)"
        html.append(f"<ul><li>{line.removeprefix('• ')}</li></ul>" if listed else f"<p>{line}</p>")
    return "".join(html) + "</body></html>"


@pytest.mark.parametrize("authority, body, lead, items, after", [
    ("WESTMARCH COUNTY COUNCIL", "County Council",
     "“County Council is asked to:",
     ["(1) Endorse the joint work with the district councils on the devolution proposals",
      "(2) Note that the programme will move the county elections to May 2026”"],
     ["(6) The Leader of the Opposition, Mrs Dale, said the timetable left residents with no say.",
      "(7) Mr Fenn commented on the cost of a new mayoral authority and asked for a referendum."]),
    ("BRACKENFORD BOROUGH COUNCIL", "Council",
     "\"Council is recommended to:",
     ["(a) Adopt the revised Statement of Licensing Policy at Appendix 1",
      "(b) Delegate minor drafting changes to the Head of Regulatory Services\""],
     ["(c) Councillor Okafor spoke in support of the policy and thanked the officers.",
      "(d) Following the debate, the Mayor put the motion to the vote and it was carried."]),
    ("NORTH LYME DISTRICT COUNCIL", "Full Council",
     "“Members are asked to:",
     ["1. Approve the Pay Policy Statement for 2025/26",
      "2. Note the ratio between the highest and the median salary”"],
     ["3. Cllr Pike questioned the rise in senior salaries compared with the living wage.",
      "4. Cllr Moss said that the ratio compared well with neighbouring councils."]),
])
def test_a_quoted_motions_list_ends_where_its_quotation_closes(tmp_path, authority, body, lead, items, after):
    lines = ["1) Cllr Hale proposed, and Cllr Moss seconded, the motion that", lead, *items, *after]
    found = recommendations_of(tmp_path, _minutes(authority, body, "3. Pay, policy and devolution", lines),
                               "minutes.html")
    assert [text.rstrip("”\".") for text in found] == [item.split(" ", 1)[1].rstrip("”\".") for item in items]


@pytest.mark.parametrize("items, resumed", [
    (["(1) Endorse the joint work with the district councils on the devolution proposals;",
      "(2) Note the timetable for the new mayoral authority;",
      "(3) Expect the process to be as open as possible."],
     ["6) The Leader of the Opposition, Mrs Dale, said the timetable left residents with no say.",
      "7) Mr Fenn commented on the cost of a new mayoral authority."]),
    (["(a) Approve the Housing Revenue Account budget for 2025/26;",
      "(b) Set council house rents to rise by 2.7 per cent from April."],
     ["(4) Cllr Rowe asked how many tenants would pay the full increase.",
      "(5) The Cabinet Member replied that most tenants received housing benefit."]),
    (["1. Adopt the revised Local Development Scheme;",
      "2. Publish the scheme on the council's website."],
     ["9. Members discussed the delay to the site allocations plan.",
      "10. Cllr Moss asked when the plan would be ready for examination."]),
])
def test_the_minutes_own_numbering_resuming_ends_the_motions_list(tmp_path, items, resumed):
    lines = ["5) Cllr Hale proposed, and Cllr Moss seconded, the motion that", "The Council is asked to:", *items, *resumed]
    found = recommendations_of(tmp_path, _minutes("WESTMARCH COUNTY COUNCIL", "County Council", "3. Budget and plans",
                                                  lines), "minutes.html")
    assert [text.rstrip(".;") for text in found] == [item.split(" ", 1)[1].rstrip(".;") for item in items]


@pytest.mark.parametrize("items, next_paragraph", [
    (["Agree the updated remit of the Joint Health Scrutiny Committee; and",
      "Delegate to the Monitoring Officer the changes to the Constitution."],
     "2) After some discussion, the Chair put the motion in paragraph 1 to the meeting and it was agreed."),
    (["Approve the Treasury Management Strategy for 2025/26;",
      "Note the prudential indicators."],
     "(2) After a short debate the Chair put the motion to the vote and it was carried unanimously."),
    (["Adopt the updated tree strategy;",
      "Ask officers to report on progress in a year."],
     "b) Cllr Pike proposed an amendment, which was not seconded."),
])
def test_a_numbered_paragraph_after_an_unnumbered_list_is_the_minute_again(tmp_path, items, next_paragraph):
    lines = ["1) Cllr Hale proposed, and Cllr Moss seconded, the motion that", "The Council is asked to:",
             *[f"• {text}" for text in items], next_paragraph]
    found = recommendations_of(tmp_path, _minutes("BRACKENFORD BOROUGH COUNCIL", "Council", "4. Terms of reference",
                                                  lines), "minutes.html")
    assert [text.removesuffix("; and").rstrip(".;") for text in found] == \
        [text.removesuffix("; and").rstrip(".;") for text in items]


# -- a proposed record of decision -----------------------------------------------------------------

@pytest.mark.parametrize("title, heading, lead, items, expected", [
    ("WESTMARCH COUNTY COUNCIL – PROPOSED RECORD OF DECISION", "Decision:", "Cabinet agree to:",
     ["A) the Schools Capital Programme 2025-28"],
     ["Cabinet agree to: the Schools Capital Programme 2025-28"]),
    ("Proposed Individual Cabinet Member Decision", "Proposed decision", "The Cabinet Member for Highways agrees to:",
     ["(a) adopt the Winter Service Plan 2025-26;", "(b) the revised gritting routes at Appendix 2."],
     ["adopt the Winter Service Plan 2025-26",
      "The Cabinet Member for Highways agrees to: the revised gritting routes at Appendix 2"]),
    ("Draft record of officer decision – Brackenford Borough Council", "Decision to be taken:", "",
     ["1. To award the grounds maintenance contract to Greenway Services Ltd for three years."],
     ["To award the grounds maintenance contract to Greenway Services Ltd for three years."]),
])
def test_a_proposed_decisions_decision_section_is_its_recommendation(tmp_path, title, heading, lead, items, expected):
    body = "\n\n".join([title, "Decision to be taken by: Cabinet", "Subject: Capital and maintenance", heading,
                        *([lead] if lead else []), *items, "Reason(s) for decision:",
                        "The current arrangements end on 31 March 2026 and a decision is needed now."])
    found = recommendations_of(tmp_path, body, "proposed-decision.txt")
    assert [text.rstrip(".;") for text in found] == [text.rstrip(".;") for text in expected]


def test_a_decision_already_taken_is_no_recommendation(tmp_path):
    body = "\n\n".join(["WESTMARCH COUNTY COUNCIL – RECORD OF DECISION", "Decision taken by: Cabinet", "Decision:",
                        "Cabinet agreed to:", "A) the Schools Capital Programme 2025-28",
                        "Reason(s) for decision:", "The programme must start in April."])
    assert recommendations_of(tmp_path, body, "record-of-decision.txt") == []


@pytest.mark.parametrize("name, pattern", [
    ("proposed_decision_papers", recommendations._PROPOSED_DECISION_PAPER_RE.search),
    ("proposed_decision_headings", recommendations._PROPOSED_DECISION_HEADING_RE.match),
])
def test_the_proposed_decision_cues_match_their_examples_and_none_of_their_not_examples(name, pattern):
    cue = recommendations._cues()[name]
    assert len(cue["examples"]) >= 3 and len(cue["not_examples"]) >= 3
    assert all(pattern(text) for text in cue["examples"])
    assert not any(pattern(text) for text in cue["not_examples"])
