"""Risks: sections headed by what the risks threaten, items that carry their own labelled answer,
and a labelled answer that says what is so rather than what is done.  Fictional papers."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def risks_of(tmp_path, text: str, name: str = "paper.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(r.risk, r.mitigation) for r in read_and_extract(str(path))[2].risks]


@pytest.mark.parametrize("heading, items", [
    ("## 4. Risks to the forecast", [
        ("**Home to school transport** – a rise in pupils needing taxis would add about £0.3m.",
         "*Mitigation:* routes are re-tendered every term."),
        ("**Energy** – a further increase in gas prices would cost about £0.2m a quarter.",
         "*Mitigation:* a fixed-price deal covers half of the sites."),
        ("**Pensions** – a lower valuation would raise the employer rate by 1%.",
         "*Mitigation:* the reserve holds £0.5m for the next valuation."),
    ]),
    ("## Key risks to delivery", [
        ("Recruitment: fewer newly qualified nurses join than planned, leaving the wards short.",
         "Response: a bank of retired nurses has agreed to cover nights."),
        ("Estates: the ward refurbishment overruns into the winter months.",
         "Response: the contract carries a fixed completion date."),
    ]),
    ("### 6 Risks to the programme timetable", [
        ("Planning consent for the depot is refused at the first attempt.",
         "Controls: pre-application advice was sought in May."),
        ("The grant offer letter arrives after the tender closes.",
         "Controls: the tender allows the award to be held for ninety days."),
    ]),
])
def test_items_under_a_risks_to_heading_each_keep_their_own_answer(tmp_path, heading, items):
    body = "\n".join(f"- {risk} {answer}" for risk, answer in items)
    paper = f"# Fernhollow Borough Council\n\nCabinet report\n\n{heading}\n\n{body}\n\n## 7. Next steps\n\nNone.\n"
    found = risks_of(tmp_path, paper)
    assert [r for r, _ in found] == [risk.replace("**", "") for risk, _ in items]
    for (_, mitigation), (_, answer) in zip(found, items):
        assert mitigation and answer.split(":", 1)[1].strip(" *") in mitigation


@pytest.mark.parametrize("risk, answer", [
    ("Risk: the café tenant's turnover depends on summer visitors.", "Response: the lease sets a minimum rent."),
    ("Risk: the new software relies on a supplier new to the sector.", "Mitigation: the licence lets the Council keep its old system for a year."),
    ("Risk: the bridge inspection may find more corrosion than the survey showed.", "Controls: the budget holds a 15% contingency."),
])
def test_a_labelled_answer_is_the_mitigation_even_when_it_only_says_what_is_so(tmp_path, risk, answer):
    paper = f"Ashdene District Council\n\nCabinet report\n\n5. Risks\n\n5.1 {risk} {answer}\n\n6. Recommendations\n\n6.1 Cabinet is asked to note the report.\n"
    [(got_risk, got_mitigation)] = risks_of(tmp_path, paper, name="paper.txt")
    assert got_risk == risk.split(":", 1)[1].strip()
    assert got_mitigation and answer.split(":", 1)[1].strip() in got_mitigation
