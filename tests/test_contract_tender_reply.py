"""A tender's winner named as the best reply to it (`X were, by far, the best response`, `X was the strongest
bid`) is the provider of a relation with the paper's body, though its name has no legal form
(org_evidence.yaml role.best_tender_reply; contract_roles.yaml best_tender_reply).  Fictional minutes of
different bodies, run through the whole pipeline."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.extract.pipeline import extract  # noqa: E402
from fictional_paper import passages_from_lines  # noqa: E402


def pairs(*lines):
    result = extract(passages_from_lines(*lines), {}, "paper.txt")
    return {(c.commissioner, c.provider) for c in result.contracts}


@pytest.mark.parametrize("lines, pair", [
    (("Tarnside Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee, Raj Patel",
      "6. An invitation to tender drew six replies and Corrow Insight were, by far, the best response. "
      "The review starts in May."), ("Tarnside Leisure Trust", "Corrow Insight")),
    (("Kestrel Bay Town Council", "Minutes of the Full Council", "Present: Cllr Ames",
      "41/25 Of the three quotations received, Halden Roofing was the strongest bid and the clerk will instruct "
      "the work."), ("Kestrel Bay Town Council", "Halden Roofing")),
    (("North Mercia ICB", "Primary Care Committee", "Present: the Chair",
      "The panel reported that after the tender Meadowsweet Catering is clearly the best submission for the "
      "staff canteen."), ("North Mercia ICB", "Meadowsweet Catering")),
])
def test_the_best_reply_to_a_tender_names_the_provider(lines, pair):
    assert pair in pairs(*lines)


@pytest.mark.parametrize("sentence", [
    "7. Option B was the best response to the consultation findings.",
    "7. The tender panel said the Council's own team was the best response to rising demand.",
    "7. Members felt Harbour Week was the best response the town had seen to the appeal.",
])
def test_a_best_response_that_is_no_tender_reply_names_no_provider(sentence):
    found = pairs("Tarnside Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee", sentence)
    assert not {provider for _buyer, provider in found} - {None}
