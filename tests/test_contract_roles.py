"""The role vocabulary's examples double as its tests: in each, the organisation written in
[brackets] gets the role its entry is listed under."""
import pytest
import re

from committee_papers.extract.contract_prose import _contributor, _is_award, _names_winner, each_cue
from committee_papers.extract.contract_roles import funds, roles_in
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


NOT_CASES = [(role, side, entry["phrase"], example) for role, sides in ROLES.items() if role in SENTENCE_ROLES
             for side, entries in sides.items() for entry in entries for example in entry.get("not_examples", ())]


@pytest.mark.parametrize("role, side, phrase, example", NOT_CASES, ids=[f"{c[0]}.{c[1]}:{c[3][:30]}" for c in NOT_CASES])
def test_each_role_phrase_counter_example_gives_no_role(role, side, phrase, example):
    # `bought X for £450,000` (a company bought), `awarded X Council £500,000` (a grant): no provider.
    sentence, mention = _sentence_and_mention(example)
    roles = roles_in(_Context(), sentence, [mention])
    assert mention not in roles[{"provides": "provider"}.get(role, role)], (phrase, sentence)


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


@pytest.mark.parametrize("example", [e for entry in ROLES["contributor"]["gapped"] for e in entry["examples"]])
def test_a_gapped_clause_names_the_payer_of_its_own_sum(example):
    sentence, second = _sentence_and_mention(example)
    first_name = "Brackenford Council"
    first = OrgMention(0, len(first_name), first_name, "council", first_name)
    money = find_money(sentence)[-1]
    assert _contributor(sentence, money, [first, second]) == second.name
    assert _contributor(sentence, find_money(sentence)[0], [first, second]) == first.name


@pytest.mark.parametrize("sentence, names", [
    # No body earlier in the sentence pays with the verb: nothing was left out.
    ("Brackenford Council manages the scheme and the North Mercia ICB £450,000 of it.",
     ["Brackenford Council", "North Mercia ICB"]),
    ("The beds cost £600,000 and North Mercia ICB £450,000 in all.", ["North Mercia ICB"]),
    # No join before the body.
    ("Brackenford Council pays £600,000 to North Mercia ICB £450,000 in all.",
     ["Brackenford Council", "North Mercia ICB"]),
])
def test_no_gapped_payer_without_an_earlier_paying_verb_or_a_join(sentence, names):
    mentions = [OrgMention(sentence.index(n), sentence.index(n) + len(n), n, "other", n) for n in names]
    money = find_money(sentence)[-1]
    assert _contributor(sentence, money, mentions) is None


@pytest.mark.parametrize("example", [
    "The Board welcomed the offer of help from [Fenmoor Group Ltd] with the open day",
    "an offer of volunteers from [Kestrel Support Ltd] was gratefully accepted",
    "members thanked the offers of support from [Oakdene Care Ltd]",
])
def test_an_offer_from_a_body_is_no_price_and_no_provider(example):
    sentence, mention = _sentence_and_mention(example)
    assert mention not in roles_in(_Context(), sentence, [mention])["provider"]


@pytest.mark.parametrize("side, example", [(side, e) for side, entries in ROLES["funder"].items()
                                           for entry in entries for e in entry["examples"]])
def test_each_funder_phrase_names_the_body_the_money_comes_from(side, example):
    sentence, mention = _sentence_and_mention(example)
    assert funds(sentence, mention) == (side != "unless"), sentence


def _mentions(sentence, names):
    return [OrgMention(sentence.index(n), sentence.index(n) + len(n), n, "other", n) for n in names]


def _providers(sentence, names):
    return [m.name for m in roles_in(_Context(), sentence, _mentions(sentence, names))["provider"]]


@pytest.mark.parametrize("sentence, names", [
    # The role noun is one item of a list, and the name after it another: no apposition.
    ("Meetings were held with the commissioner, the provider, Wendle Carers Trust and Healthwatch Wendle.",
     ["Wendle Carers Trust", "Healthwatch Wendle"]),
    ("Invitations went to the funder, the contractor, Ashcombe Rotary Club and the local press.",
     ["Ashcombe Rotary Club"]),
    ("Views came from residents, the operator, Brackenford Civic Society, Fallowmere Ramblers and others.",
     ["Brackenford Civic Society", "Fallowmere Ramblers"]),
    # The name runs on into a list of further names.
    ("We spoke to our main supplier, Kestrel Support Ltd, Oakdene Care Ltd and two charities.",
     ["Kestrel Support Ltd", "Oakdene Care Ltd"]),
])
def test_a_role_noun_in_a_list_gives_the_next_name_no_provider_role(sentence, names):
    assert _providers(sentence, names) == []


@pytest.mark.parametrize("sentence, names, expected", [
    ("The current ferry operator, Brinemouth Marine Ltd, wants its charges reviewed.",
     ["Brinemouth Marine Ltd"], ["Brinemouth Marine Ltd"]),
    ("Patients are taken by the existing transport provider, Oakdene Care Ltd.", ["Oakdene Care Ltd"], ["Oakdene Care Ltd"]),
    ("The leisure contractor, Fenmoor Group Ltd (FGL), runs the pools.", ["Fenmoor Group Ltd"], ["Fenmoor Group Ltd"]),
])
def test_a_name_set_off_after_its_role_noun_provides(sentence, names, expected):
    assert _providers(sentence, names) == expected


@pytest.mark.parametrize("sentence, names, expected", [
    # The body whose service a contract is for is the client; the named runner provides.
    ("The contract for Wendle Leisure Trust's catering is worth £60,000 a year and is run by Kestrel Support Ltd.",
     ["Wendle Leisure Trust", "Kestrel Support Ltd"], ["Kestrel Support Ltd"]),
    ("The contract for Ashcombe Hospice's laundry is delivered by Oakdene Care Ltd.",
     ["Ashcombe Hospice", "Oakdene Care Ltd"], ["Oakdene Care Ltd"]),
    ("The contracts for Brackenford Museums Trust’s security were awarded to Fenmoor Group Ltd.",
     ["Brackenford Museums Trust", "Fenmoor Group Ltd"], ["Fenmoor Group Ltd"]),
    # One already given a provider role by the sentence's own words wins over the contract's subject.
    ("The contract for Fallowmere Arts Trust is held by Kestrel Support Ltd.",
     ["Fallowmere Arts Trust", "Kestrel Support Ltd"], ["Kestrel Support Ltd"]),
])
def test_a_contract_for_a_client_leaves_the_provider_named_elsewhere(sentence, names, expected):
    assert _providers(sentence, names) == expected


@pytest.mark.parametrize("sentence, names, expected", [
    ("Wendle Leisure Trust, through its contract with Kestrel Support Ltd, pays £300,000 a year.",
     ["Wendle Leisure Trust", "Kestrel Support Ltd"], ["Kestrel Support Ltd"]),
    ("Ashcombe Hospice, under its block contract with Fenmoor Group Ltd, buys laundry.",
     ["Ashcombe Hospice", "Fenmoor Group Ltd"], ["Fenmoor Group Ltd"]),
    # The body working under a contract still provides.
    ("Oakdene Care Ltd supplies the meals through its subcontract.", ["Oakdene Care Ltd"], ["Oakdene Care Ltd"]),
    ("Stanmore Waste Ltd works under the waste collection contract.", ["Stanmore Waste Ltd"], ["Stanmore Waste Ltd"]),
])
def test_a_body_contracting_with_another_is_not_its_provider(sentence, names, expected):
    assert _providers(sentence, names) == expected


_NAME = re.compile(r"[A-Z]\w*(?: [A-Z]\w*)* (?:Ltd|CIC|Trust)\b")


def _each_cases():
    return [(side, entry["phrase"], example) for side, entries in ROLES["per_provider_sum"].items()
            for entry in entries for example in entry["examples"]]


@pytest.mark.parametrize("side, phrase, example", _each_cases())
def test_each_per_provider_phrase_is_found_and_needs_its_each(side, phrase, example):
    """[brackets] mark the sum; the names are the Ltd/CIC/Trust bodies."""
    sentence = example.replace("[", "").replace("]", "")
    sum_start, sum_end = example.index("["), example.index("]") - 1
    names = list(_NAME.finditer(sentence))
    if side == "after_sum":
        text = sentence[sum_end:]
    elif side == "before_names":
        text = sentence[sum_end:min(m.start() for m in names if m.start() > sum_end)]
    else:
        text = sentence[max(m.end() for m in names if m.end() < sum_start):sum_start]
    assert each_cue(side, text), phrase
    assert not each_cue(side, re.sub(r"\beach\b", "all", text)), phrase


@pytest.mark.parametrize("role, side, text", [
    ("provider", "before", "The home care service is delivered by"),
    ("provider", "after", " were commissioned to run the carers' helpline"),
    ("commissioner", "before", "The meals service is commissioned by"),
    ("provider", "before", "Members thanked officers for the report on"),
])
def test_a_roles_one_pattern_matches_where_one_of_its_phrases_does(role, side, text):
    # The union is built from the phrases' sources without compiling each phrase first.
    from committee_papers.extract.contract_roles import ROLES, _role_patterns
    from committee_papers.extract.phrases import compiled

    anchor = "end" if side.endswith("before") else "whole" if side == "label" else "start"
    one_by_one = any(compiled(entry["phrase"], anchor).search(text) for entry in ROLES[role].get(side, ()))
    assert (_role_patterns()[role, side].search(text) is not None) == one_by_one


def _has_role_calls() -> set:
    """The (role, side) pairs the extractors' source asks has_role about, each named by two literal strings."""
    import ast
    from pathlib import Path

    import committee_papers.extract as extract

    asked = set()
    for path in Path(extract.__path__[0]).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "has_role":
                role, side = node.args[:2]
                assert isinstance(role, ast.Constant) and isinstance(side, ast.Constant), (path.name, node.lineno)
                asked.add((role.value, side.value))
    return asked


def test_has_role_builds_exactly_the_role_sides_it_is_asked_about():
    # A pattern built for a pair nobody asks about is waste, and may be anchored unlike the reader of that
    # side; a pair asked about but not built would fail at its first call.
    from committee_papers.extract.contract_roles import ROLES, _role_patterns

    asked = _has_role_calls()
    assert ("provider", "before") in asked and ("winner", "after") in asked
    assert set(_role_patterns()) == asked
    assert all(ROLES[role][side] for role, side in asked)


@pytest.mark.parametrize("role, side", [("contributor", "between_before"), ("per_provider_sum", "after_sum"),
                                        ("pronoun_payee", "receiver"), ("winner", "named_by_role")])
def test_a_section_read_by_its_own_reader_has_no_role_pattern(role, side):
    from committee_papers.extract.contract_roles import ROLES, has_role

    assert ROLES[role][side]
    with pytest.raises(KeyError):
        has_role(role, side, "The grant is paid by")


def test_a_single_reply_received_still_names_its_sender():
    # Round p41: only replies in the plural received from bodies are every bidder's (provider.unless_before); one
    # quotation received and accepted still names its sender as the provider.
    sentence, mention = _sentence_and_mention("A quotation was received from [Kestrel Roofing Ltd] and accepted")
    assert mention in roles_in(_Context(), sentence, [mention])["provider"]
