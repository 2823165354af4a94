"""The role vocabulary's examples double as its tests: in each, the organisation written in
[brackets] gets the role its entry is listed under."""
import pytest

from committee_papers.extract.contract_prose import _contributor, _is_award, _names_winner, roles_in
from committee_papers.extract.money import find_money
from committee_papers.extract.organisations import OrgMention
from committee_papers.extract.phrases import load

ROLES = load("contract_roles.yaml")


class _Context:
    """What roles_in asks of the paper: which bodies commission."""

    @staticmethod
    def is_commissioner_kind(name):
        return any(word in name for word in ("ICB", "Council", "Board"))


def _sentence_and_mention(example):
    start = example.index("[")
    end = example.index("]") - 1
    sentence = example.replace("[", "").replace("]", "")
    name = sentence[start:end]
    return sentence, OrgMention(start, end, name, "other", name)


SENTENCE_ROLES = ("employer", "provider", "provides", "commissioner")
CASES = [(role, side, entry, example) for role, sides in ROLES.items() if role in SENTENCE_ROLES
         for side, entries in sides.items() for entry in entries for example in entry["examples"]]


def _cases(role, side):
    return [(entry["phrase"], example) for entry in ROLES[role][side] for example in entry["examples"]]


@pytest.mark.parametrize("phrase, example", _cases("winner", "before") + _cases("winner", "after"))
def test_each_winner_phrase_names_the_winner(phrase, example):
    sentence, mention = _sentence_and_mention(example)
    assert _is_award(sentence, mention), phrase


@pytest.mark.parametrize("phrase, example", _cases("winner", "named_by_role"))
def test_each_winner_role_phrase_is_found(phrase, example):
    assert _names_winner(example)
    assert not _names_winner(example.replace("winning", "first").replace("preferred", "first")
                             .replace("successful", "first"))


@pytest.mark.parametrize("phrase, example", _cases("contributor", "between_before") + _cases("contributor", "between_after"))
def test_each_contributor_phrase_names_the_payer(phrase, example):
    sentence, mention = _sentence_and_mention(example)
    (money,) = find_money(sentence)
    assert _contributor(sentence, money, [mention]) == mention.name, phrase


@pytest.mark.parametrize("role, side, entry, example", CASES, ids=[f"{c[0]}.{c[1]}:{c[3][:30]}" for c in CASES])
def test_each_role_phrase_gives_its_role(role, side, entry, example):
    sentence, mention = _sentence_and_mention(example)
    roles = roles_in(_Context(), sentence, [mention])
    expected = {"provides": "provider"}.get(role, role)
    if side.startswith("unless"):
        assert mention not in roles[expected]
        return
    assert mention in roles[expected], (entry["phrase"], sentence)
