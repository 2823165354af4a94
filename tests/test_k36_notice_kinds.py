"""k36 (stop 27): one vocabulary of notice kinds (cover_labels.yml notice_kind_titles), read by the metadata (a
notice titled by its kind, the whole line) and by the decisions (a paper whose opening line begins with a kind is a
notice that decides, rules/decisions.yml permission_notice_title).  Before, each caller had its own list and each
lacked kinds the other had.  Fictional councils only."""
from __future__ import annotations

import pytest

from committee_papers.extract import cover
from committee_papers.extract.decision_rules import rules
from committee_papers.extract.metadata import NOTICE_KIND_TITLE_RE
from probe_harness import extract_blocks, extract_file


def _notice_rule():
    return next(rule.regex for rule in rules().documents if rule.id == "permission_notice_title")


@pytest.mark.parametrize("entry", cover.vocabulary()["notice_kind_titles"], ids=lambda e: e["examples"][0])
def test_each_notice_kind_is_read_by_both_callers_and_its_not_examples_by_neither(entry):
    assert len(entry["examples"]) >= 3
    for example in entry["examples"]:
        assert NOTICE_KIND_TITLE_RE.match(example), example
        assert _notice_rule().search(example), example
    for example in entry.get("not_examples") or ():
        assert not NOTICE_KIND_TITLE_RE.match(example), example
        assert not _notice_rule().search(example), example


def test_the_decisions_rule_reads_its_kinds_from_the_one_vocabulary():
    assert cover.label_pattern("notice_kind_titles") in _notice_rule().pattern


# --- kinds the metadata lacked: a licence notice, a notice of grant, a conditional grant --------------------------

@pytest.mark.parametrize("items, title", [
    (["HOLLINS VALE DISTRICT COUNCIL", ("heading", "Licensing Act 2003"),
      ("heading", "Notice of Refusal of Premises Licence")], "Notice of Refusal of Premises Licence"),
    ([("heading", "Town and Country Planning (Control of Advertisements) Regulations 2007"),
      ("heading", "Notice of grant of advertisement consent")], "Notice of grant of advertisement consent"),
    ([("heading", "Our ref: 26/01192/HH"), ("heading", "Conditional Grant of Householder Planning Permission")],
     "Conditional Grant of Householder Planning Permission"),
])
def test_a_notice_of_a_kind_only_the_decisions_knew_is_titled_by_its_kind(items, title):
    found = extract_blocks(*items, "The Council hereby give notice that the application has been determined.",
                           "Signed for and on behalf of the Council", "Date 4 March 2026")
    assert found.title == title, found.title


# --- kinds the decisions lacked: a planning decision notice, a prior approval determination ----------------------

DECISION_NOTICE = """ORCHARD HEATH BOROUGH COUNCIL

PLANNING DECISION NOTICE

Application No: 26/00412/FUL

The Council hereby grants planning permission for the erection of a garden room, subject to the following conditions:

1. The development shall be begun within three years of the date of this notice.

Reason: As required by the Act.
"""

PRIOR_APPROVAL = """# Kestrel Fen District Council

## Prior Approval Not Required

Reference: 26/00077/PA

The Council hereby gives notice that prior approval is not required for the change of use of the barn to a dwelling described in the application.
"""

LEGAL_NOTICE = """Tallow Cross City Council

Notice of Planning Decision

Town and Country Planning Act 1990

The City Council, as local planning authority, hereby refuses planning permission for the development described above for the following reason:

1. The dormer would harm the character of the conservation area.
"""


@pytest.mark.parametrize("name, text", [("decision.txt", DECISION_NOTICE), ("prior.md", PRIOR_APPROVAL),
                                        ("legal.txt", LEGAL_NOTICE)])
def test_a_notice_of_a_kind_only_the_metadata_knew_gives_its_operative_sentence(tmp_path, name, text):
    found = [(d.rule, d.text) for d in extract_file(tmp_path, name, text).decisions]
    assert found and found[0][0] == "notice_operative", found
    assert "hereby" in found[0][1]


def test_a_report_naming_a_notice_kind_in_its_prose_is_no_notice(tmp_path):
    report = ("# Orchard Heath Borough Council\n\n## Planning Committee report\n\n"
              "Members are asked to note that applications for grant of planning permission rose in May.\n\n"
              "Recommendation: that members note the report.\n")
    assert not any(d.rule.startswith("notice_") for d in extract_file(tmp_path, "report.md", report).decisions)
