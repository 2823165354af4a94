"""Round facts3: a numbered decision section whose decisions are numbered as its own paragraphs
(`3. Decision` / `3.1 To ...` / `3.2 To ...`) gives each paragraph as a decision and stops at the
paper's next section.  Fictional authorities only."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def decisions_of(tmp_path, body: str, name: str = "paper.md"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return [d.text for d in read_and_extract(str(path))[2].decisions]


@pytest.mark.parametrize("body, expected", [
    ("Brackenford Council\n\nOFFICER DECISION NOTICE\n\n## 1. Decision\n\n"
     "1.1 To let the cemetery mowing contract to Greenway Ltd for two seasons\n\n"
     "1.2 To ask the Borough Solicitor to seal the contract.\n\n"
     "## 2. Reasons for the decision\n\n2.1 The present contract runs out on 31 March 2026.\n",
     ["To let the cemetery mowing contract to Greenway Ltd for two seasons",
      "To ask the Borough Solicitor to seal the contract."]),
    ("North Mercia Fire Authority\n\nRecord of Delegated Decision\n\n## 3. Decision taken\n\n"
     "3.1 To buy two replacement aerial ladder platforms from the national framework.\n\n"
     "3.2 To dispose of the two oldest appliances at auction.\n\n"
     "3.3 To note that the purchase is funded from the vehicle reserve.\n\n"
     "## 4. Alternatives rejected\n\n4.1 Leasing was dearer over ten years.\n",
     ["To buy two replacement aerial ladder platforms from the national framework.",
      "To dispose of the two oldest appliances at auction.",
      "To note that the purchase is funded from the vehicle reserve."]),
    # No heading after the section: the next section's paragraph number ends it.
    ("Quillbury District Council\n\nOFFICER DECISION NOTICE\n\n## 2. Decision\n\n"
     "2.1 To extend the pest control contract with Vermex Ltd by twelve months.\n\n"
     "2.2 To vary the contract to add the new depot.\n\n"
     "3.1 The extension is allowed by the contract and keeps the service running during the review.\n",
     ["To extend the pest control contract with Vermex Ltd by twelve months.",
      "To vary the contract to add the new depot."]),
])
def test_a_numbered_decision_sections_own_paragraphs_are_its_decisions(tmp_path, body, expected):
    assert decisions_of(tmp_path, body) == expected
