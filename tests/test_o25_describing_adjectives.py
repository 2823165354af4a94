"""Stop 23 (o25): a capitalised word made an adjective by a hyphened ending (`grants to Wessex-based arts
organisations`) is no organisation in a role position, nor a provider (org_evidence.yaml describing_word_endings)."""
import pytest
import yaml

from committee_papers.extract import orgevidence
from committee_papers.extract.organisations import OrgIndex
from probe_harness import providers_of

EXAMPLES = yaml.safe_load(orgevidence.resources.files(orgevidence.__package__)
                          .joinpath("org_evidence.yaml").read_text(encoding="utf-8"))["describing_word_endings"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e["text"][:30])
def test_an_adjective_in_a_role_position_is_no_organisation(example):
    names = OrgIndex.from_texts([example["text"]]).names()
    if example.get("none"):
        assert names == []
    else:
        assert example["name"] in names


@pytest.mark.parametrize("sentence", [
    "The Council pays grants to London-based arts groups.",
    "The Council provides grants to Wessex-based charities under the small grants scheme, worth £40,000 a year.",
    "Funding of £12,000 was allocated to Borough-wide youth clubs for holiday schemes.",
])
def test_an_adjective_in_a_role_position_is_no_provider(sentence):
    assert providers_of("Brackenford County Council", "Cabinet", "# Grants", sentence) == set()


def test_a_named_body_in_the_same_sentence_is_still_a_provider():
    assert providers_of("Brackenford County Council", "Cabinet", "# Grants",
                        "The Council pays grants to Fenmoor Arts Trust, a Wessex-based charity.") == {"Fenmoor Arts Trust"}
