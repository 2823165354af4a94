"""x42: one way to do each thing -- the shared helpers that replaced duplicates behave as each former copy did."""
import re

from committee_papers.extract.contract_terms import SHARED_CUES, cue, cue_words


def test_shared_cue_placeholder_is_spelt_as_its_cues_words():
    """A contract_terms entry naming PAYMENT_PAPERS reads the payment_papers cue's own words."""
    placeholder, name = next(iter(SHARED_CUES.items()))
    words = cue_words(name)
    assert placeholder == "PAYMENT_PAPERS" and "|" in words
    lead = cue("payments_lead")
    assert lead.search("Brackenford Parish Council: the schedule of payments were approved for payment")
    assert not lead.search("Brackenford Parish Council: the payments report will follow next month")
