"""Organisations by evidence: every example in extract/org_evidence.yaml is a test, plus the
validator, the register and how a paper's index and the database use them."""
from __future__ import annotations

import pytest

from extract.orgevidence import candidates, definitions, is_name, rules

DATA = rules()


def _role_examples():
    for entry in DATA["role_patterns"]:
        for example in entry["examples"]:
            yield pytest.param(entry["id"], example, id=f"{entry['id']}:{example['text'][:30]}")


@pytest.mark.parametrize("rule, example", list(_role_examples()))
def test_role_pattern_examples(rule, example):
    found = {(c.name, c.rule) for c in candidates(example["text"])}
    if example.get("none"):
        assert not found
    else:
        assert (example["name"], rule) in found


def test_every_role_pattern_has_three_named_examples():
    for entry in DATA["role_patterns"]:
        assert sum(1 for e in entry["examples"] if not e.get("none")) >= 3, entry["id"]


@pytest.mark.parametrize("example", DATA["descriptions"]["examples"], ids=lambda e: e["text"][:30])
def test_description_examples(example):
    found = [(c.name, c.kind) for c in candidates(example["text"]) if c.rule == "description"]
    assert found == ([] if example.get("none") else [(example["name"], example["kind"])])


@pytest.mark.parametrize("example", DATA["definition_examples"], ids=lambda e: e["text"][:30])
def test_definition_examples(example):
    found = [(c.name, c.acronym) for c in definitions(example["text"]) if c.kind == "organisation"]
    assert found == ([] if example.get("none") else [(example["name"], example["acronym"])])


def _ending_examples():
    for entry in DATA["body_endings"]:
        for example in entry["examples"]:
            yield pytest.param(example, entry["kind"], id=example)


@pytest.mark.parametrize("name, kind", list(_ending_examples()))
def test_body_ending_examples(name, kind):
    found = [(c.name, c.kind) for c in candidates(f"We met {name} on Monday.") if c.rule == "body_ending"]
    assert found == [(name, kind)]


@pytest.mark.parametrize("span", [
    "the Council", "County Council", "Provider",          # generic nouns
    "Covers the Council", "Council and the",               # sentence fragments, lower-case words
    "Cllr Jane Moss", "September", "Kent",                 # a person, a month, a bare place
    "Healthy Lifestyles Service", "Community Fund", "Appendix B Table",  # services, documents
])
def test_validator_rejects_spans_that_are_not_names(span):
    assert not is_name(span)


@pytest.mark.parametrize("span", ["Greenlane Wellbeing", "REPX", "Bristol and Avonford Regional Capital",
                                  "Oakmoor Homecare Ltd"])
def test_validator_accepts_names(span):
    assert is_name(span)


def test_a_name_split_across_lines_or_cells_is_no_candidate():
    assert not [c for c in candidates("The service is delivered by Greenlane\nWellbeing Partners") if " " in c.name
                and "\n" in c.name]
    assert [c.name for c in candidates("delivered by Greenlane | Wellbeing Partners")] == ["Greenlane"]
