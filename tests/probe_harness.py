"""The checks the probe modules (tests/test_*_probe*.py) make of each fictional probe paper, in one place: how a
probe's cases become parameters (strict xfails for its known misses), how texts are compared, and what counts as a
paper's decisions, recommendations, risks, contracts or metadata being right.  Each probe module keeps its own
papers, expectations and KNOWN_MISSES map; only the checking lives here."""
from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

import pytest

from committee_papers.extract.plain_text import squash
from committee_papers.pipeline import read_and_extract


def _case_itself(case):
    return case


def with_known_misses(cases, known_misses: dict[str, str], name_of=_case_itself) -> list:
    """``cases`` as pytest parameters named ``name_of(case)``; a case the ``known_misses`` map names is a strict xfail
    whose reason is the map's, so that it fails the run once it passes and its entry must then go."""
    params = []
    for case in cases:
        name = name_of(case)
        marks = [pytest.mark.xfail(strict=True, reason=known_misses[name])] if name in known_misses else []
        params.append(pytest.param(case, marks=marks, id=name))
    return params


def extract_file(tmp_path, name: str, text: str):
    """The extraction of a paper ``name`` (its suffix its format) holding ``text``, written in ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_and_extract(str(path))[2]


def extract_blocks(*items, properties=None, filename="paper.txt"):
    """The extraction of a paper of ``items``: each a ``Block`` field tuple (``("heading", "Minutes of ...")``) or a
    paragraph's text."""
    from committee_papers.extract.pipeline import extract
    from committee_papers.ingest.model import Block, iter_passages
    blocks = [Block(*item) if isinstance(item, tuple) else Block("paragraph", text=item) for item in items]
    return extract(list(iter_passages(blocks)), properties or {}, filename)


def extract_sentence_paper(paper: str, section: str):
    """The extraction of a one-sentence fictional paper ``"<Body>. <Meeting, date>. <Sentence ...>"``: the body as
    its heading, the meeting line, then the sentence under a ``section`` heading on page 2."""
    from committee_papers.extract.pipeline import extract
    from committee_papers.ingest.model import Block, Document
    heading, meeting, body = paper.split(". ", 2)
    blocks = [Block("heading", heading, page=1, level=1), Block("paragraph", meeting, page=1),
              Block("heading", section, page=1, level=1), Block("paragraph", body, page=2)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)



def commissioner_examples(rules):
    """Each example of a rule file whose entries carry ``examples: [{paper, commissioner}]`` (successor bodies,
    scrutiny panels), as pytest params named by the paper's opening."""
    import pytest
    return [pytest.param(example, id=example["paper"][:40]) for entry in rules for example in entry["examples"]]


def valued_commissioners(paper: str) -> set:
    """The commissioners of the valued contracts a one-sentence paper gives under a "Commissioned Services"
    heading."""
    extraction = extract_sentence_paper(paper, "Commissioned Services")
    return {c.commissioner for c in extraction.contracts if c.value_gbp}

def contracts_of(*lines):
    """The contracts extracted from a paper of ``lines`` (fictional_paper.passages_from_lines: the first its heading)."""
    from committee_papers.extract.pipeline import extract
    from fictional_paper import passages_from_lines
    return extract(passages_from_lines(*lines), {}, "paper.txt").contracts


def providers_of(*lines) -> set[str]:
    """The providers named by the contracts of a paper of ``lines`` (contracts_of)."""
    return {c.provider for c in contracts_of(*lines)} - {None}


@dataclass(frozen=True)
class ProviderWordings:
    """One mechanism's wordings, each sentence alone in a paper opened by ``opening`` (its authority and committee):
    ``naming`` holds ``(sentence, provider)`` or ``(sentence, provider, value)`` cases, the sentence naming that
    provider (at that value); ``naming_none`` sentences naming no provider.  ``commissioned``: each provider named
    holds its contract with the opening's authority."""
    opening: tuple[str, str]
    naming: tuple | list = ()
    naming_none: tuple | list = ()
    commissioned: bool = False


def naming_cases(mechanisms: dict[str, ProviderWordings]) -> list:
    """pytest parameters ``(wordings, case)`` for each case naming a provider, named by its mechanism and number."""
    return [pytest.param(wordings, case, id=f"{name}-{n}")
            for name, wordings in mechanisms.items() for n, case in enumerate(wordings.naming, 1)]


def naming_none_cases(mechanisms: dict[str, ProviderWordings]) -> list:
    """pytest parameters ``(wordings, sentence)`` for each sentence naming no provider, named as naming_cases."""
    return [pytest.param(wordings, sentence, id=f"{name}-{n}")
            for name, wordings in mechanisms.items() for n, sentence in enumerate(wordings.naming_none, 1)]


def assert_names_provider(wordings: ProviderWordings, case: tuple) -> None:
    """The case's sentence, alone under the wordings' opening, names its provider (or each of a set of providers; at
    its value, if given; with the opening's authority, if the wordings are ``commissioned``)."""
    sentence, provider, *value = case
    found = contracts_of(*wordings.opening, sentence)
    named = provider if isinstance(provider, set) else {provider}
    assert named <= {c.provider for c in found}, [(c.commissioner, c.provider, c.value_gbp) for c in found]
    if value:
        assert (provider, value[0]) in {(c.provider, c.value_gbp) for c in found}
    if wordings.commissioned:
        assert {(wordings.opening[0], p) for p in named} <= {(c.commissioner, c.provider) for c in found}


def norm(text: str | None) -> str:
    """``text`` squashed and in lower case (None as ''): how a probe's expected phrase is looked for in a fact."""
    return squash((text or "").lower())


def score_norm(text: str) -> str:
    """As the evaluation's scorer compares names and titles: lower case, letters and digits, single spaces."""
    text = text.lower().replace("&", " and ").replace("\u2019", "'")
    return " ".join("".join(c if c.isalnum() or c == " " else " " for c in text).split())


def texts(decisions) -> list[str]:
    """The decisions' texts, each squashed."""
    return [squash(d.text) for d in decisions]


def assert_phrases_in_order(found: list[str], expected) -> None:
    """As many texts found as expected, the n-th holding the n-th expected phrase (case aside); an expected
    ``(phrase, never)`` pair also asks that the text not hold ``never``."""
    assert len(found) == len(expected), found
    for want, text in zip(expected, found):
        phrase, never = want if isinstance(want, tuple) else (want, None)
        assert phrase.lower() in text.lower(), (phrase, found)
        if never:
            assert never.lower() not in text.lower(), (never, text)


def recommendation_texts(path) -> list[str]:
    """The recommendations read from the paper at ``path``, in order."""
    return [r.text for r in read_and_extract(str(path))[2].recommendations]


def assert_each_phrase_found(found: list[str], expected, forbidden=()) -> None:
    """As many texts found as expected, each expected phrase held by one of them and no forbidden word held by any
    (compared by ``norm``)."""
    assert len(found) == len(expected), found
    for phrase in expected:
        assert any(norm(phrase) in norm(text) for text in found), (phrase, found)
    for text in found:
        assert not any(norm(word) in norm(text) for word in forbidden), text


def assert_risks_match(risks, expected) -> None:
    """As many risks as expected ``(phrase, mitigation)`` pairs, each phrase in a risk whose mitigation holds the
    expected one; a mitigation None asks for none, ``...`` for any."""
    assert len(risks) == len(expected), [r.risk for r in risks]
    for phrase, mitigation in expected:
        [risk] = [r for r in risks if norm(phrase) in norm(r.risk)][:1] or [None]
        assert risk is not None, (phrase, [r.risk for r in risks])
        if mitigation is None:
            assert risk.mitigation is None, (phrase, risk.mitigation)
        elif mitigation is not ...:
            assert norm(mitigation) in norm(risk.mitigation), (phrase, risk.mitigation)


def _body_name(name: str | None) -> str:
    """A commissioner's or provider's name as the contract checks compare it: lower case, no leading `the`,
    `integrated care board` as `icb`."""
    name = (name or "").lower().replace("integrated care board", "icb")
    return squash(name.removeprefix("the "))


def contract_problems(contracts, expected) -> list[tuple]:
    """What is wrong with ``contracts`` against the ``(commissioners, provider, value)`` relations expected: providers
    found that are not expected or expected and not found, an expected relation missing (a value None asks for none,
    else one within 0.5%), and a value that no expected relation states.  An expected provider None stands for a
    contract value stated without any provider: its value, found without a provider, is no extra value."""
    with_provider = [e for e in expected if e[1] is not None]
    stated_alone = [value for _commissioners, provider, value in expected if provider is None]
    problems = []
    found = {_body_name(c.provider) for c in contracts if c.provider}
    wanted = {_body_name(provider) for _commissioners, provider, _value in with_provider}
    if found != wanted:
        problems.append(("providers", sorted(found - wanted), sorted(wanted - found)))
    for commissioners, provider, value in with_provider:
        if not any(_body_name(c.provider) == _body_name(provider)
                   and _body_name(c.commissioner) in {_body_name(x) for x in commissioners}
                   and (value is None or (c.value_gbp and abs(c.value_gbp - value) <= 0.005 * value))
                   for c in contracts):
            problems.append(("missing", commissioners[0], provider, value))
    for c in contracts:
        if c.value_gbp is None or c.is_total:
            continue
        if any(v and abs(c.value_gbp - v) <= 0.005 * v for _c, _p, v in with_provider):
            continue
        if c.provider is None and c.value_gbp in stated_alone:
            continue
        problems.append(("extra value", c.value_gbp, c.provider))
    return problems


def metadata_problems(extraction, expected: dict) -> list[str]:
    """What is wrong with an extraction's metadata and key dates against ``expected`` (only the keys it holds):
    authority (one of those listed), committee (one listed, or holding one; None: none found), meeting date, title (80% alike to one
    listed) and key dates (each expected one found; none found outside the expected, the allowed and the meeting
    date)."""
    ex = extraction
    out = []
    if "authority" in expected and score_norm(ex.authority or "") not in {score_norm(a) for a in expected["authority"]}:
        out.append(f"authority {ex.authority!r}")
    if "committee" in expected and expected["committee"] is None:
        if ex.committee:
            out.append(f"committee {ex.committee!r} (none expected)")
    elif "committee" in expected:
        got = score_norm(ex.committee or "")
        if not (got and any(score_norm(c) == got or score_norm(c) in got for c in expected["committee"])):
            out.append(f"committee {ex.committee!r}")
    if "meeting_date" in expected and (ex.meeting_date or "")[:10] != (expected["meeting_date"] or ""):
        out.append(f"meeting_date {ex.meeting_date!r}")
    if "title" in expected:
        got = score_norm(ex.title or "")
        if not (got and any(SequenceMatcher(None, got, score_norm(t)).ratio() >= 0.8 for t in expected["title"])):
            out.append(f"title {ex.title!r}")
    if "dates" in expected:
        found = {(k.date or "")[:10]: k for k in ex.key_dates}
        for d in expected["dates"]:
            if d not in found:
                out.append(f"missing key date {d}")
        allowed = set(expected["dates"]) | set(expected.get("allowed", [])) | {expected.get("meeting_date")}
        for d, k in sorted(found.items()):
            if d not in allowed:
                out.append(f"extra key date {d} ({k.rule}: {k.event!r})")
    return out


def provider_wording_tests(mechanisms: dict[str, ProviderWordings]) -> tuple:
    """The two tests of a module's ``mechanisms`` (name -> ProviderWordings), to be bound to test_ names there: each
    case naming a provider names it (assert_names_provider), each negative names none."""
    @pytest.mark.parametrize("wordings, case", naming_cases(mechanisms))
    def names_its_provider(wordings, case):
        assert_names_provider(wordings, case)

    @pytest.mark.parametrize("wordings, sentence", naming_none_cases(mechanisms))
    def names_no_provider(wordings, sentence):
        assert not providers_of(*wordings.opening, sentence)

    return names_its_provider, names_no_provider
