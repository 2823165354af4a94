"""A body the paper's body appointed to do a piece of work (`the partnership has appointed X to treat the food
waste`) provides it, with or without a sum (org_evidence.yaml role.engaged_to); a person appointed to a seat
or an office is no party."""
import pytest

from probe_harness import extract_sentence_paper


def _run(paper: str):
    return extract_sentence_paper(paper, "Contracts")


@pytest.mark.parametrize("paper, commissioner, provider", [
    ("Fellbrook Waste Partnership. Joint Committee, 12 March 2025. Following a joint procurement, the partnership "
     "has appointed Marshgold Biogas to treat food waste from all four councils from 1 April 2026.",
     "Fellbrook Waste Partnership", "Marshgold Biogas"),
    ("Harrowby District Council. Cabinet, 5 May 2025. Last winter the Council appointed Kestle Tree Care to survey "
     "the highway trees.", "Harrowby District Council", "Kestle Tree Care"),
    ("Wendle Valley NHS Foundation Trust. Board of Directors, 4 June 2025. The Trust has appointed Brightlake "
     "Estates Services to maintain its community clinics until 2028.", "Wendle Valley NHS Foundation Trust",
     "Brightlake Estates Services"),
])
def test_a_body_appointed_to_do_the_work_provides_it(paper, commissioner, provider):
    parties = {(c.commissioner, c.provider) for c in _run(paper).contracts}
    assert (commissioner, provider) in parties


@pytest.mark.parametrize("paper", [
    "Harrowby District Council. Cabinet, 5 May 2025. The Council appointed Mia Fenn to represent it on the "
    "Harrowby Leisure Trust board.",
    "Harrowby District Council. Annual Council, 5 May 2025. Council appointed Owen Tull to chair the licensing "
    "committee for the year.",
    "Wendle Valley NHS Foundation Trust. Board of Directors, 4 June 2025. The Board appointed Ann Lee to lead the "
    "review of governance.",
    "Harrowby District Council. Cabinet, 5 May 2025. The Minister then appointed Planning Inspector Jo Marsh "
    "BA MRTPI to examine the local plan in public.",
])
def test_a_person_appointed_to_a_seat_is_no_party(paper):
    assert not [c for c in _run(paper).contracts if c.provider]
