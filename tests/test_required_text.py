"""required_text.search finds exactly what pattern.search finds; it only skips texts that cannot match."""
import random
import re

import pytest

from committee_papers.extract import contract_prose, money_kinds, recommendations, required_text, risks
from committee_papers.extract.decision_rules import rules
from committee_papers.extract.required_text import required_strings, search


@pytest.mark.parametrize("pattern, strings", [
    (r"\bthe (?:main )?danger is that\b", {"danger is that"}),
    (r"colou?r scheme", {"r scheme"}),  # one string the two spellings share
    (r"\b(?:was|were) (?:noted|flagged) by (?:the )?\w+", {" noted by ", " flagged by "}),
    (r"(?:unless|without) [^.]{3,40}?\b(?:could|might)\b", {"unless ", "without "}),
    (r"(?:recommend|advise)ation", {"recommendation", "adviseation"}),
])
def test_required_strings_are_read_off_the_pattern(pattern, strings):
    assert required_strings(re.compile(pattern, re.IGNORECASE)) == strings


@pytest.mark.parametrize("pattern", [
    r"^the (?:main )?risk is\b",       # anchored: the engine tries one place only
    r"\b\w+ (?:is|was) (?:an?|the)\b",  # nothing of three letters or more is required
    r"[A-Z]{2,6} Council",             # " Council" is required, but a set of capitals is not
])
def test_no_check_where_it_would_not_pay(pattern):
    compiled = re.compile(pattern)
    strings = required_strings(compiled)
    assert strings is None or all(len(s) >= required_text.MIN_LENGTH for s in strings)
    if pattern.startswith("^"):
        assert strings is None


# Anchored, but reading on through the text from its start (a look-ahead or a leading `.*?` / `[^;]*?`):
# the engine scans every text there, so the check pays.  (pattern, a word in every required string,
# a sentence it matches)
SCANNING_AT_THE_START = [
    (r"^(?=[^;]*?\b(?:fail\w*|los\w+)\b)[^;]*?\bis an? (?:high|major) risk\b", "risk",
     "Losing the Brackenford meals supplier is a high risk."),
    (r"^(?!.*\boptions?\b).*?\b(?:could|might) (?:leave|cause) an? (?:shortfall|deficit)\b", "",
     "Late payment by North Mercia ICB could cause a deficit."),
    (r"^[^.;]*?\bpressures? on the (?:care|transport) budget\b", "pressure",
     "Rising demand for home care puts pressures on the care budget."),
]


@pytest.mark.parametrize("source, word, sentence", SCANNING_AT_THE_START, ids=lambda v: str(v)[:30])
def test_an_anchored_pattern_that_scans_the_text_is_checked(source, word, sentence):
    pattern = re.compile(source, re.IGNORECASE)
    strings = required_strings(pattern)
    assert strings and all(word in s for s in strings)
    assert search(pattern, sentence) is not None
    for text in SENTENCES + [sentence, sentence.upper()] + _texts_around(pattern):
        ours, plain = search(pattern, text), pattern.search(text)
        assert (ours and ours.span()) == (plain and plain.span()), text
    assert not all(required_text.may_match(pattern, text) for text in SENTENCES)


@pytest.mark.parametrize("source", [
    r"^should (?!you\b)[\w'-]+\b(?=.*\bfail)",                # a word first: fails at once elsewhere
    r"^(?:members|the board) (?:should|must) note that\b(?=.*\brisk)",
    r"^(?=\w)(?:the|a) (?:main )?danger\b.*\bis that\b",        # a look-ahead that reads one character
])
def test_an_anchored_pattern_that_fails_at_once_is_not_checked(source):
    assert required_strings(re.compile(source, re.IGNORECASE)) is None


def test_ascii_twins_are_every_character_the_engine_takes_for_ascii():
    everything = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    any_ascii = "|".join(re.escape(chr(code)) for code in range(128))
    assert set(re.findall(any_ascii, everything, re.IGNORECASE)) == set(required_text.ASCII_TWINS)


SENTENCES = [
    "There is a risk that the Brackenford depot will not open on time.",
    "THERE IS A RISK THAT THE NORTH MERCIA CONTRACT LAPSES.",
    "Members raised concerns that the Wyvern Care Ltd service could close.",
    "Unless the grant is renewed, the scheme would stop in March.",
    "If the provider withdraws, the council could face a gap in home care.",
    "The board noted the risk of a legal challenge to the procurement.",
    "Officers will monitor demand; no risk was identified.",
    "The fear is that the pilot may not be extended.",
    "Demand may exceed the budget and result in an overspend of £0.4m.",
    "The new rota poſes a riſk to continuity of care.",     # long s: the engine reads it as s ignoring case
    "The KELVIN sign: Kouncil costs could delay the work.",  # Kelvin sign K
    "İf the service fails, residents might lose support.",   # dotted capital I
    "Apologies for absence were received from Cllr Ashdown and Cllr Pell.",
    "No declarations of interest were made.",
    "The minutes of the meeting held on 4 March 2025 were agreed as a correct record.",
    "There being no further business the meeting closed at 8.15pm.",
    "Present: Cllr Okafor (Chair), Cllr Dunmore, Ms Hale (Brackenford Council).",
    "ACTION: the Clerk to circulate the revised North Mercia ICB plan.",
    "The summary is on Page 3 of 12 of the Brackenford Council report.",
    "Please refer to paragraphs 4.2 and 4.3 (please see Appendix B) for the North Mercia figures.",
    "The grant of £40,000 a year is paid to Wyvern Care Ltd under the contract.",
    "The options are set out below, with their costs.",
    "The risks identified below are as follows:",
    "Members are asked to: approve the Brackenford extension.",
    "That the Cabinet:",
    "The service is run in-house by staff directly employed by North Mercia ICB.",
    "The motion was put to the vote and was lost.",
    "The amendment, moved by Cllr Pell and seconded by Cllr Hale, was withdrawn.",
    "Cabinet previously agreed the Brackenford plan in March 2024.",
    "Paid on time.",
    "",
]


def _patterns():
    cues = risks.cues()
    yield from (pattern for _name, pattern, _strip, _outcome in cues.statements + cues.implications)
    yield risks._cue("introduces")
    yield from (rule.regex for rule in rules().minute_evidence)
    yield from (rule.regex for rule in rules().not_decisions)
    yield from (pattern for _at, pattern, _kind, _weight, _name in money_kinds._cues())
    yield recommendations._PAGE_FOOTER_RE
    yield recommendations._decision_word_re()
    yield recommendations._LEAD_IN_RE
    yield contract_prose._OWN_STAFF
    yield contract_prose._EMPLOYED_BY
    yield recommendations._CROSS_REFERENCE_RE
    yield re.compile(r"\bpos(?:es|ed) (?:a|the) risk\b", re.IGNORECASE)
    yield re.compile(r"\b(?:could|might) delay\b")
    yield re.compile(r"(?i:contract) (?-i:Award)")


@pytest.mark.parametrize("pattern", list(_patterns()), ids=lambda p: p.pattern[:40])
def test_search_agrees_with_the_pattern(pattern):
    for text in _texts_around(pattern):
        ours, plain = search(pattern, text), pattern.search(text)
        assert (ours and (ours.span(), ours.groupdict())) == (plain and (plain.span(), plain.groupdict())), text
        if not required_text.may_match(pattern, text):
            assert plain is None and pattern.sub("", text) == text, text


def _texts_around(pattern) -> list[str]:
    rng = random.Random(7)
    texts = list(SENTENCES)
    strings = sorted(required_strings(pattern) or [])
    for _ in range(200):  # texts built around the required strings, in odd cases and surroundings
        parts = [rng.choice(SENTENCES)[:rng.randrange(40)]]
        if strings:
            needle = rng.choice(strings)
            parts.append("".join(c.upper() if rng.random() < 0.5 else c for c in needle))
        parts.append(rng.choice(SENTENCES)[rng.randrange(20):])
        texts.append(" ".join(parts))
    return texts


@pytest.mark.parametrize("patterns", [
    [rule.regex for rule in rules().minute_evidence],
    [recommendations._PAGE_FOOTER_RE, recommendations._CROSS_REFERENCE_RE],
    [re.compile(r"\bcontract (?:award|extension)s?\b", re.I), re.compile(r"(?:grant|subsidy) (?:of|to)\b")],
], ids=["minute rules", "recommendation clean-up", "written"])
def test_a_screen_passes_every_text_one_of_its_patterns_may_match(patterns):
    may_match = required_text.screen(patterns)
    texts = [text for pattern in patterns for text in _texts_around(pattern)]
    passed = [may_match(text) for text in texts]
    assert passed == [any(required_text.may_match(p, text) for p in patterns) for text in texts]
    assert not all(passed)  # it does pass some texts by
    for text, passes in zip(texts, passed):
        if not passes:
            assert not any(p.search(text) for p in patterns), text


def test_a_screen_with_a_pattern_that_has_no_required_strings_passes_everything():
    may_match = required_text.screen([re.compile(r"\bmeeting closed\b"), re.compile(r"\d+ (?:[a-z]+ )?\d+")])
    assert may_match("Paid on time.") and may_match("")


def test_a_text_with_an_ascii_twin_is_searched_in_full():
    pattern = re.compile(r"\bposes a risk\b", re.IGNORECASE)
    assert required_strings(pattern)
    assert search(pattern, "The rota poſes a riſk to care.") is not None
    assert search(pattern, "The rota poses a risk to care.") is not None
    assert search(pattern, "The rota is fine.") is None


@pytest.mark.parametrize("source, matching, other", [
    (r"\bthe (?:main )?worry is that\b", "Members said the main worry is that rents rise.", "Rents may rise."),
    (r"(?:grant|loan) (?:of|to) \w+", "A loan to Fenwick Valley Trust was agreed.", "A gift was agreed."),
    (r"\bcommissioned (?:from|by)\b", "Beds were commissioned from Oakmere Care.", "Beds were bought."),
])
def test_needles_are_remembered_per_pattern_object_and_never_handed_to_another(source, matching, other,
                                                                              monkeypatch):
    monkeypatch.setattr(required_text, "MAX_BY_ID", 8)
    # Patterns are looked up by identity: patterns made, used and dropped over and over (more of
    # them than the table keeps, so it starts again and ids are freed for reuse) and a fresh
    # copy of an equal pattern each get their own needles.
    unrelated = re.compile(r"\b(?:delegated|deferred) (?:to|until)\b")
    for round_ in range(40):
        pattern = re.compile(source + "(?#%d)" % round_)  # a new object every round (bypasses re's cache)
        assert required_text.may_match(pattern, matching)
        assert not required_text.may_match(pattern, other)
        assert not required_text.may_match(unrelated, matching)
        del pattern
    copy = re.compile(source, re.IGNORECASE)
    assert required_text.may_match(copy, matching.upper()) and not required_text.may_match(copy, other)


# A rule family written as one alternation of many wordings, each requiring two or three strings: more
# strings in all than one wording's run may give (MAX_NEEDLES), fewer than MAX_BRANCH_STRINGS.
MANY_WORDINGS = (r"\b(?:raised|voiced|shared) (?:a |some )?concerns? (?:that|about whether)\b"
                 r"|\b(?:was|were) (?:\w+ )?concerned (?:that|about)\b"
                 r"|\b(?:queried|questioned|doubted) whether\b"
                 r"|\b(?:warned|cautioned) (?:\w+ ){0,3}?that\b"
                 r"|\b(?:future|survival) of (?:\w+ ){1,6}?(?:is|was) (?:uncertain|in doubt|at risk)\b"
                 r"|\b(?:talked|spoke|debated) about (?:the )?(?:closure|sale|transfer)\b"
                 r"|\b(?:fretted|worried|agonised) over\b|\b(?:uncertainty|doubts?) (?:about|over)\b"
                 r"|\b(?:precarious|unclear|unsure)\b|\bin (?:doubt|question)\b|\bunder threat\b"
                 r"|\b(?:asked|enquired|inquired) about the risks?\b")


def test_an_alternation_of_many_wordings_is_checked_by_its_shortest_strings():
    pattern = re.compile(MANY_WORDINGS, re.IGNORECASE)
    strings = required_strings(pattern)
    assert strings is not None and required_text.MAX_NEEDLES < len(strings) <= required_text.MAX_BRANCH_STRINGS
    needles = required_text._needles(pattern)
    assert not any(a != b and a in b for a in needles for b in needles)
    # (`concern` stands for `concerns` and `concerned that`: a text holding either holds it.)
    assert required_text._without_longer_forms({"concern", "concerns", "concerned that", "at risk"}) \
        == {"concern", "at risk"}
    matching = ["Governors raised some concerns that the Fenby pool could close before spring.",
                "The Treasurer cautioned the board that Wexbridge ICB may cut the grant.",
                "The future of the Harbour Road day centre is uncertain.",
                "Trustees were deeply concerned about the Borsetshire County Council tender."]
    others = ["The Fenby pool will close before spring.", "Wexbridge ICB confirmed the grant.",
              "Members spoke warmly of the day centre's staff."]
    for text in matching + others + [t.upper() for t in matching + others]:
        ours, plain = search(pattern, text), pattern.search(text)
        assert (ours and ours.span()) == (plain and plain.span()), text
    assert all(search(pattern, text) for text in matching)
    assert not any(required_text.may_match(pattern, text) for text in others)


# A pattern requiring nothing of MIN_LENGTH but a mark prose seldom uses (RARE_MARKS) is screened by the mark:
# (pattern, a text it matches, a text without the mark).
MARKED = [
    (r"(?:^|(?<=[\s.;]))(?P<label>owner|by|rag|due|risk\s+level)\s*(?:\([^)]{1,30}\)\s*)?:\s*",
     "Flood risk at Fenby depot Risk level (current): High", "The owner of the Fenby depot review is the Treasurer."),
    (r"\b(?:yes|no|n/a)\s*;\s*(?:yes|no)\b", "Consulted: yes; no objection", "Yes, no objection was raised."),
    (r"\b\d{1,3}\s*%", "Occupancy at Harbour Road rose to 94 % in June.", "Occupancy at Harbour Road rose in June."),
    (r"\s\|\s", "Wexbridge ICB | Home care | 2025", "Wexbridge ICB funds home care from 2025."),
]


@pytest.mark.parametrize("source, matching, other", MARKED, ids=lambda v: str(v)[:24])
def test_a_pattern_requiring_only_a_rare_mark_is_checked_by_it(source, matching, other):
    pattern = re.compile(source, re.IGNORECASE)
    strings = required_strings(pattern)
    assert strings and all(set(s) <= required_text.RARE_MARKS for s in strings)
    for text in [matching, other, matching.upper()] + SENTENCES:
        ours, plain = search(pattern, text), pattern.search(text)
        assert (ours and ours.span()) == (plain and plain.span()), text
        assert [m.span() for m in required_text.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    assert search(pattern, matching) and not required_text.may_match(pattern, other)


@pytest.mark.parametrize("source, strings", [
    (r"\bsenior (?:owner|lead)\s*:", {"senior owner", "senior lead"}),  # strings of MIN_LENGTH screen better
    (r"\b(?:by|to)\b", None),                   # no mark, nothing long enough: searched as it is
    (r"\b(?:by|to)\s*[:.]", None),              # a colon or a full stop: the stop is in every sentence
])
def test_a_rare_mark_is_only_the_last_resort(source, strings):
    assert required_strings(re.compile(source, re.IGNORECASE)) == strings


def _every_stretch(parts, whole_literal_runs=False, candidates=required_text._candidates):
    return candidates(parts)  # every stretch of every run, as the choice was made before the shortcut


@pytest.mark.parametrize("source", [
    r"\bthere is a (?:real |serious )?risk that the depot\b",  # a literal run with stop words in it
    r"\bthe board\b \bagreed\b that",                          # zero-width pieces inside a run
    r"\b[Tt]he Harbour (?:Trust|Board) (?:noted|agreed)\b",    # runs of several strings beside literal ones
    r"(?:ab|abc)d that is xy",                                 # a run whose stretches tie on length
    r"\bowner\s*:\s*(?:the )?\w+",                             # a short literal beside a mark
    r"\b(?:by|to)\s*;",                                        # only a mark: the marks are read from every stretch
    r"(?:the|a) (?:main|chief) (?:worry|fear) (?:is|was) that (?:the|a) \w+ (?:will|may) close",
])
def test_a_literal_run_offers_its_whole_string_as_every_stretch_ranked_would(monkeypatch, source):
    """A run of pieces that each match one string offers only its whole string (the choice of
    required strings is made from fewer candidates, at start-up): the same choice as ranking
    every stretch of it."""
    pattern = re.compile(source, re.IGNORECASE)
    shortcut = required_strings(pattern)
    monkeypatch.setattr(required_text, "_candidates", _every_stretch)
    assert required_strings(pattern) == shortcut


def test_the_rule_files_patterns_keep_their_required_strings_with_the_literal_run_shortcut(monkeypatch):
    patterns = list(_patterns())
    shortcut = [required_strings(pattern) for pattern in patterns]
    monkeypatch.setattr(required_text, "_candidates", _every_stretch)
    assert [required_strings(pattern) for pattern in patterns] == shortcut
