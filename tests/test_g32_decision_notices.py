"""(g32) A notice that decides by itself -- a grant or refusal of permission, consent or a licence, a certificate
of lawful use -- gives its operative sentence as a decision, each numbered condition below a grant subject to
conditions, and the schedule a certificate names; not a condition's reason, the informatives or a refusal's
reasons.  Fictional notices of four councils in four layouts, and a report that only tells a notice's history."""
import pytest

from committee_papers.extract.decision_rules import rules
from probe_harness import extract_file

GRANT = """# Ashworth Borough Council

## Town and Country Planning Act 1990

## NOTICE OF DECISION

Application No: 23/01877/FUL

Proposal: Erection of a single storey rear extension.

Ashworth Borough Council, as local planning authority, hereby grants planning permission for the development described above, subject to the following conditions:

1. The development hereby permitted shall be begun before the expiration of three years from the date of this permission.

Reason: To comply with section 91 of the Act.

2. The materials used on the external walls shall match those of the existing house.

Reason: In the interests of visual amenity.

3. No windows shall be inserted in the east elevation of the extension.

Reason: To protect the privacy of the neighbouring property.

## Informatives

1. The applicant is reminded of the Party Wall Act 1996.

Date of decision: 12 October 2023
"""

REFUSAL = """MARLOW VALE DISTRICT COUNCIL

REFUSAL OF LISTED BUILDING CONSENT

Reference: LB/24/0031

The District Council in pursuance of its powers under the Planning (Listed Buildings and Conservation Areas) Act 1990 hereby refuses listed building consent for the works described above for the following reasons:

1. The replacement of the timber windows with uPVC units would harm the special interest of the listed building.

2. The proposal gives no clear and convincing justification for the harm identified.

Decision date: 3 May 2024
"""

CERTIFICATE = """# Fenwick City Council

# Certificate of Lawful Development (Existing Use)

Town and Country Planning Act 1990: Section 191

The Fenwick City Council hereby certify that on 2 February 2024 the use described in the First Schedule in respect of the land in the Second Schedule was lawful for the following reasons:

The flat has been occupied as a separate dwelling for more than four years.

## First Schedule

Use of the ground floor as a self-contained flat.

## Second Schedule

Flat A, 9 Quarry Street, Fenwick
"""

# An element export: each line labelled, the context repeated, a condition's reason in its own paragraph's tail.
LICENCE = """Text: Brindle Vale Council Brindle Vale Council
Text: Brindle Vale Council Licensing Act 2003
Text: Grant of Premises Licence Grant of Premises Licence
Text: Grant of Premises Licence The Licensing Authority hereby grants a premises licence for The Lantern Cafe, 2 Dock Road, with the conditions below.
Text: Conditions Conditions
Text: Conditions 1. Recorded music shall end at 22:30 each day. Reason: to prevent nuisance to residents.
Text: Conditions 2. A refusals log shall be kept at the bar. Reason: to protect children from harm.
Text: Notes Notes
Text: Notes This licence does not give consent under any other Act.
"""

REPORT = """# Ashworth Borough Council

## Planning Committee report

The applicant seeks planning permission for a rear extension. Permission was granted in 2019 for a similar scheme, subject to the following conditions:

1. The development shall be begun within three years.

2. The materials shall match the existing house.

Recommendation: that members note the report.
"""


def _decisions(tmp_path, name, text):
    return [(d.rule, d.text) for d in extract_file(tmp_path, name, text).decisions]


def test_a_grant_gives_its_operative_sentence_and_each_condition_without_reasons_or_informatives(tmp_path):
    found = _decisions(tmp_path, "notice.md", GRANT)
    assert [rule for rule, _ in found] == ["notice_operative"] + ["notice_condition"] * 3
    assert found[0][1].startswith("Ashworth Borough Council, as local planning authority, hereby grants")
    assert found[2][1] == "The materials used on the external walls shall match those of the existing house."
    assert not any("Reason" in text or "Party Wall" in text for _, text in found)


def test_a_refusal_gives_its_operative_sentence_and_not_its_reasons(tmp_path):
    found = _decisions(tmp_path, "refusal.txt", REFUSAL)
    assert [rule for rule, _ in found] == ["notice_operative"]
    assert "hereby refuses listed building consent" in found[0][1]


def test_a_certificate_gives_its_operative_sentence_and_the_schedule_it_names(tmp_path):
    found = _decisions(tmp_path, "certificate.md", CERTIFICATE)
    assert found == [("notice_operative", found[0][1]),
                     ("notice_schedule", "Use of the ground floor as a self-contained flat.")]
    assert "hereby certify that on 2 February 2024" in found[0][1]


def test_an_exported_licence_gives_each_condition_without_its_run_in_reason(tmp_path):
    found = _decisions(tmp_path, "licence.md", LICENCE)
    assert [text for rule, text in found if rule == "notice_condition"] == [
        "Recorded music shall end at 22:30 each day.", "A refusals log shall be kept at the bar."]


def test_a_report_telling_an_earlier_grant_is_no_notice(tmp_path):
    assert not any(rule.startswith("notice_") for rule, _ in _decisions(tmp_path, "report.md", REPORT))


@pytest.mark.parametrize("rule_id", ["notice_operative", "notice_conditions_follow", "notice_reason",
                                     "notice_schedule_named"])
def test_notice_rules_match_their_examples_and_not_their_not_examples(rule_id):
    import yaml
    from committee_papers.extract.decision_rules import RULES_PATH
    entry = next(e for e in yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))["notices"] if e["id"] == rule_id)
    regex = rules().notices[rule_id].regex
    assert all(regex.search(example) for example in entry["examples"])
    assert not any(regex.search(example) for example in entry.get("not_examples") or ())


def test_the_notice_title_rule_matches_its_examples_and_not_its_not_examples():
    import yaml
    from committee_papers.extract.decision_rules import RULES_PATH
    entry = next(e for e in yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))["documents"]
                 if e["id"] == "permission_notice_title")
    regex = next(rule.regex for rule in rules().documents if rule.id == "permission_notice_title")
    assert all(regex.search(example) for example in entry["examples"])
    assert not any(regex.search(example) for example in entry["not_examples"])
