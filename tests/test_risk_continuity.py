"""A doubt minuted about whether a service, body or scheme can go on (its viability, sustainability or survival,
"whether X can continue", "the future of X is in doubt") is a concern (risk_cues.yaml evidence continuity, statement
concern); the next speaker's answer is its mitigation.  Not the environmental sustainability of a building or plan,
the viability of sites or options weighed, nor a procedural question.  Fictional wording throughout."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from committee_papers.pipeline import read_and_extract

CUES = yaml.safe_load((Path(__file__).resolve().parents[1] / "extract" / "risk_cues.yaml").read_text(encoding="utf-8"))


def risks_of(tmp_path, body: str, name: str):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


DOUBTS = [
    # Friends' group minutes in plain text, the doubt as a question raised.
    ("friends.txt", "Friends of Ashby Library\n\nMinutes of the committee\n\n4. Treasurer's report\n\n"
     "Pat queried whether the Friends would be able to carry on without a new treasurer next year. "
     "The Chair said that she would ask at the AGM for a volunteer.\n",
     "The Chair said that she would ask at the AGM"),
    # An NHS board in markdown: the future said to be in doubt.
    ("board.md", "# Harrowmere Community NHS Trust\n\n## Board minutes\n\n### 7. Estates\n\n"
     "The Director of Estates reported that the future of the Eastgate minor injuries unit was uncertain after the "
     "lease offer. The Chief Executive said that two other sites were being costed.\n",
     "The Chief Executive said that two other sites"),
    # A council's HTML minutes: doubts raised about a scheme's survival.
    ("cabinet.html", "<html><body><h1>Brindle Vale Borough Council</h1><h2>Cabinet minutes</h2><p>Doubts were "
     "raised about the financial viability of the Ring and Ride scheme once the county subsidy ends. The Director "
     "replied that a partnership with the community transport trust was being explored.</p></body></html>",
     "The Director replied that a partnership"),
]


@pytest.mark.parametrize("name, body, mitigation", DOUBTS)
def test_a_doubt_about_going_on_is_a_concern_answered_by_the_next_speaker(tmp_path, name, body, mitigation):
    [risk] = risks_of(tmp_path, body, name)
    assert risk.rule == "risk.concern" and risk.mitigation.startswith(mitigation)


NOT_DOUBTS = [
    "Members had discussed the sustainability of the depot design with the architects. The Leader thanked officers.",
    "Officers discussed the viability of three sites for the new depot. The preferred site is at Mill Lane.",
    "The Chair asked whether the meeting could continue beyond ten o'clock. Members agreed.",
    "Members discussed the future of the high street with the traders' association and thanked them.",
    "The Panel discussed the financial viability of the development with the applicant's surveyor.",
]


@pytest.mark.parametrize("text", NOT_DOUBTS)
def test_ordinary_talk_of_sustainability_or_the_future_is_no_risk(tmp_path, text):
    body = f"Kestrel Vale District Council\n\nCabinet minutes\n\n5. Item\n\n{text}\n"
    assert not risks_of(tmp_path, body, "kestrel.txt")


@pytest.mark.parametrize("text", CUES["statements"]["concern"]["not_examples"])
def test_concern_not_examples_are_no_risks(tmp_path, text):
    body = f"Kestrel Vale District Council\n\nCabinet minutes\n\n5. Item\n\n{text}\n"
    assert not risks_of(tmp_path, body, "kestrel.txt")


# --- a course said not to be free of risk by a pronoun: the sentence before says what "it" is -------------

PRONOUN_NOT_RISK_FREE = [
    ("Moving the archive to the county store would save £20,000 a year. Additionally, it is not risk free: "
     "documents could be damaged in transit.", "Moving the archive to the county store"),
    ("Joining the purchasing consortium would cut the price of fuel. However, it is not risk-free for the Trust. "
     "The consortium may end the agreement at a month's notice.", "Joining the purchasing consortium"),
    ("The Council could lease the depot to a social enterprise. This is not without risk, as the enterprise "
     "could fail within its first year.", "The Council could lease the depot"),
]


@pytest.mark.parametrize("text, opening", PRONOUN_NOT_RISK_FREE)
def test_what_it_refers_to_starts_the_risk(tmp_path, text, opening):
    body = f"Kestrel Vale District Council\n\nCabinet report\n\n4. Options\n\n{text}\n"
    [risk] = risks_of(tmp_path, body, "kestrel.txt")
    assert risk.rule == "risk.not_risk_free" and risk.risk.startswith(opening)


def test_a_named_course_not_risk_free_stands_alone(tmp_path):
    body = ("Kestrel Vale District Council\n\nCabinet report\n\n4. Options\n\nThe depot opens in May. The loan scheme "
            "is not risk free for the Council, as borrowers could default.\n")
    [risk] = risks_of(tmp_path, body, "kestrel.txt")
    assert risk.risk.startswith("The loan scheme")
