"""contract_terms.yaml: every type, status and cue reads its own examples and none of its not_examples."""
import pytest

from committee_papers.extract.contract_terms import VOCABULARY_FILE, contract_type_in, cue, status_in
from committee_papers.extract.phrases import load

VOCABULARY = load(VOCABULARY_FILE)


def _entries(section, key, name_key):
    return [(entry[name_key], text) for entry in VOCABULARY[section] for text in entry.get(key, ())]


def test_every_entry_keeps_three_examples():
    entries = [*VOCABULARY["types"], *VOCABULARY["statuses"], *VOCABULARY["cues"].values()]
    assert all(len(entry["examples"]) >= 3 for entry in entries)


@pytest.mark.parametrize("label, text", _entries("types", "examples", "type"))
def test_a_type_example_names_its_type(label, text):
    assert contract_type_in(text) == label


@pytest.mark.parametrize("label, text", _entries("types", "not_examples", "type"))
def test_a_type_not_example_names_no_type(label, text):
    assert contract_type_in(text) is None


@pytest.mark.parametrize("label, text", _entries("statuses", "examples", "status"))
def test_a_status_example_names_its_status(label, text):
    assert status_in(text) == label


@pytest.mark.parametrize("text", VOCABULARY["status_not_examples"])
def test_a_status_not_example_names_no_status(text):
    assert status_in(text) is None


def _found(name, text):
    """A `whole` cue must be all the text (the code uses fullmatch), an `at_start` one start it (match);
    any other is searched for."""
    pattern, entry = cue(name), VOCABULARY["cues"][name]
    return pattern.fullmatch(text) if entry.get("whole") else pattern.match(text) if entry.get("at_start") \
        else pattern.search(text)


@pytest.mark.parametrize("name, text", [(n, t) for n, e in VOCABULARY["cues"].items() for t in e["examples"]])
def test_a_cue_finds_its_examples(name, text):
    assert _found(name, text)


@pytest.mark.parametrize("name, text", [(n, t) for n, e in VOCABULARY["cues"].items() for t in e["not_examples"]])
def test_a_cue_misses_its_not_examples(name, text):
    assert not _found(name, text)
