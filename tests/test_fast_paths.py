"""The fast paths the extractors take find exactly what the plain way finds.

Each shortcut (a shared word-boundary check, a check before a costly pattern, a
lookup instead of a walk, a text skipped because it cannot match) is compared
with the straightforward computation on fictional text written for this test.
"""
import re

import pytest

from committee_papers.extract import gazetteer as gz
from committee_papers.extract import contract_payments, key_dates, orgevidence, orgfinder, register, required_text
from committee_papers.ingest.model import Block, iter_passages

TEXTS = [
    "The Brackenford Council contract with Oakhollow Care Ltd starts on 1 April 2026 and ends on 31 March 2029.",
    "Kestrel Therapy were commissioned to deliver speech and language therapy; the service went live in May 2025.",
    "Funding of £45,000 was paid to Thistledown Wellbeing, a registered charity, until the grant ceased in June.",
    "North Mercia ICB and Lyme City Council's joint panel awarded the lease to Harrowgate Carers Centre.",
    "DELIVERED BY MERCIA COMMUNITY HEALTH NHS TRUST | Fenmoor GP Federation (the provider)",
    "Services provided by the Wessex Hospice and Ashdown Energy Network (AEN) will be decommissioned.",
    "The Trust's board noted the extension; mobilisation begins with effect from 3 March 2025.",
    "Department for Education grant agreement with Ryeford Housing Association, signed on 2 February 2024.",
    "no capitals here at all, just a sentence about budgets and timetables for next year",
    "Hartmoor Housing currently leads the consortium; Solway Retrofit CIC is appointed as the lead contractor.",
    "The Oldmill Youth Network (OYN) and Pennine Reach Partnership ( PRP ) share the Youth Hub (YH) budget.",
]


def _separate_branches(words):
    """The cue pattern as one word-boundary check per alternative (the plain form)."""
    return re.compile("|".join(rf"(?<!\w)(?:{w})(?!\w)" for w in words), re.IGNORECASE)


def test_key_date_cue_words_match_as_separate_alternatives_would():
    import yaml

    data = yaml.safe_load(key_dates.CUES_PATH.read_text(encoding="utf-8"))
    for name, entry in data["events"].items():
        shared, plain = key_dates._word_pattern(entry["words"]), _separate_branches(entry["words"])
        for text in TEXTS + [e for e in entry.get("key", [])]:
            assert [m.span() for m in shared.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)


def test_event_kind_reads_the_cues_found_once_per_text():
    # Asked twice about one text with different dates nearby: the cached cue matches serve both.
    text = "The contract starts on 1 April 2025 and expires on 31 March 2028."
    assert key_dates.event_kind(text, text.index("1 April")) == "start"
    assert key_dates.event_kind(text, text.index("31 March")) == "end"
    assert key_dates.event_kind("A note on the weather.") is None


@pytest.mark.parametrize("text", TEXTS)
def test_organisation_evidence_patterns_find_the_same_matches_with_their_check(text):
    roles, described, _kinds, endings, brand_plural = orgevidence._compiled()
    for pattern in [p for _rule, p, _needs in roles] + [described] + [e[0] for e in endings] + [brand_plural] \
            + [orgevidence._DEFINITION]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.regex.finditer(text)]


def test_a_pattern_check_that_fails_skips_the_pattern():
    roles, _described, _kinds, _endings, _brand_plural = orgevidence._compiled()
    subject = {rule: p for rule, p, _needs in roles}["role.commissioned"]  # `X were commissioned to`: opens on the name
    assert subject.after_name is not None
    assert list(subject.finditer("Nothing of the kind is said here.")) == []



@pytest.mark.parametrize("text", TEXTS)
def test_candidates_try_the_role_patterns_a_walk_over_every_rule_would(text):
    """The role patterns looked up by their needed words are those the walk over every rule keeps (no
    word needed, or one the text holds), in the rule file's order."""
    roles = orgevidence._compiled()[0]
    present = orgevidence._needs_present(text.lower())
    walked = [(rule, pattern, needs) for rule, pattern, needs in roles if not needs or not present.isdisjoint(needs)]
    assert orgevidence._roles_needing(present) == walked


def test_role_patterns_are_found_by_each_word_they_need_and_none_by_a_word_no_rule_needs():
    roles = orgevidence._compiled()[0]
    needing = [(rule, needs) for rule, _pattern, needs in roles if needs]
    unneeding = [rule for rule, _pattern, needs in roles if not needs]
    assert needing
    rule, needs = needing[0]
    assert rule in [r for r, _p, _n in orgevidence._roles_needing({needs[-1]})]
    assert [r for r, _p, _n in orgevidence._roles_needing({"zzzquux"})] == unneeding
    assert [r for r, _p, _n in orgevidence._roles_needing(set())] == unneeding


@pytest.mark.parametrize("text", TEXTS + ["Hartley Lane Surgery and the Fenby Medical Practice serve the ward.",
                                          "Oak Tree Hospice (a charity) and Wolds Carers Trust, both in Lyme."])
def test_candidates_search_the_ending_patterns_each_required_string_check_would(text):
    """The endings a text's sieve gives are exactly those whose own required-string check passes."""
    endings = orgevidence._compiled()[3]
    sieved = orgevidence._ending_sieve()(text)
    assert sieved == {i for i, (pattern, *_rest) in enumerate(endings)
                      if orgevidence.required_text.may_match(pattern.regex, text)}


def test_an_ending_sieve_drops_a_text_without_any_ending_word():
    assert orgevidence._ending_sieve()("nothing here names a body of any kind") == frozenset()
    endings = orgevidence._compiled()[3]
    assert orgevidence._ending_sieve()("The Fenby Surgery opens at eight.")
    assert all(orgevidence.required_text._needles_of(pattern.regex) for pattern, *_rest in endings)

def _plain_entries(entries, token):
    return [e for e in entries if orgfinder._word_matches(token, e[0][0], last=len(e[0]) == 1)]


@pytest.mark.parametrize("word", ["Council", "COUNCIL", "Council's", "NHS", "Nhs", "Trust", "Trust\u2019s",
                                  "City", "CITY", "Limited", "council", "Hospice", "Zebra", "ICB"])
def test_gazetteer_entries_a_token_can_start_are_those_a_walk_would_try(word):
    token = orgfinder.Token(word, 0, len(word))
    for entries, index in ((gz.SUFFIXES, orgfinder._SUFFIXES), (gz.PREFIXES, orgfinder._PREFIXES),
                           (gz.FIXED, orgfinder._FIXED)):
        looked_up = [e for e in index.starting(token)
                     if orgfinder._word_matches(token, e[0][0], last=len(e[0]) == 1)]
        assert looked_up == _plain_entries(entries, token)


def test_token_bare_drops_a_possessive_only():
    assert [orgfinder.Token(w, 0, 0).bare for w in ["Council's", "Thomas'", "Guy\u2019s", "NHS", "it's", "2024's"]] \
        == ["Council", "Thomas", "Guy", "NHS", "it", "2024's"]


@pytest.mark.parametrize("text", TEXTS)
def test_names_found_without_tokens_for_texts_no_pattern_can_start(text):
    tokens = orgfinder.tokenize(text)
    could_start = any(t.bare in orgfinder.FIRST_WORDS or t.text in orgfinder.FIRST_WORDS for t in tokens)
    assert orgfinder._may_start_a_pattern(orgfinder.TOKEN_RE.findall(text)) == could_start


def _plain_scan(text):
    """register.scan's walk without its early return."""
    table = register._scan_table()
    words = [w.lower() for w in register._name_tokens(register.TOKEN_RE.findall(text))]
    return any(table.get((a, b)) or table.get((a, "")) for a, b in zip(words, words[1:] + [None]))


@pytest.mark.parametrize("text", TEXTS + ["Report of the Department for Education and NHS England."])
def test_register_scan_returns_early_only_when_no_name_can_start(text):
    found = register.scan(text)
    if not _plain_scan(text):
        assert found == ()
    named = "Grant from the Department for Education."
    assert [named[s:e] for s, e, _body in register.scan(named)] == ["Department for Education"]


def test_a_roles_phrases_searched_together_match_as_searched_one_by_one():
    from committee_papers.extract import contract_roles
    from committee_papers.extract.phrases import compiled

    checked = 0
    for role, sides in contract_roles.ASKED_SIDES.items():
        for side in sides:
            entries = contract_roles.ROLES[role][side]
            anchor = "end" if side.endswith("before") else "whole" if side == "label" else "start"
            for text in TEXTS + [t[:40] for t in TEXTS] + [t[-50:] for t in TEXTS]:
                one_by_one = any(compiled(e["phrase"], anchor).search(text) for e in entries)
                assert contract_roles.has_role(role, side, text) == one_by_one, (role, side, text)
                checked += one_by_one
    assert checked  # some phrase of some role is in the texts


# Lines a cover may hold: glued pairs in several cases, near misses, and the characters outside ASCII
# the engine's ignore-case takes for an ASCII letter (dotless i for `i`).
COVER_LINES = [
    "MINUTES OFTHE HARBOUR TRUST BOARD", "Report tothe Fenmoor Joint Committee", "Held atThe Guildhall, Lyme",
    "Notes of a meeting ofthe Friends of Ashcombe Lido", "Report of the Harbour Board", "Bathe Lane Depot",
    "Southern Region Forum", "Minutes of the meeting held in the Council Chamber", "Report w\u0131ththe Board",
    "\u0131nthe Chamber, 4 May", "Item 7 | Ofthe | record", "",
]


@pytest.mark.parametrize("line", COVER_LINES)
def test_cover_lines_are_unglued_as_the_pattern_alone_would(line):
    from committee_papers.extract import metadata
    from committee_papers.ingest.model import Passage

    plain = metadata.unglue_function_words(line) if metadata.GLUED_FUNCTION_WORDS_RE.search(line) else line
    passage = Passage(seq=0, kind="paragraph", text=line, page=1, section=None, heading=None)
    assert [p.text for p in metadata._unglued([passage])] == [plain]


BRAND_TEXTS = TEXTS + [
    "Residents of KESTREL asked for a later bus.", "residents of \u212aestrel asked for a later bus",
    "The kestrel nest box scheme", "Kestrel's lease ends in March.", "KESTREL THERAPY LTD",
    "Ashdown\u00a0Family Hub",
]


@pytest.mark.parametrize("word", ["Kestrel", "Ashdown", "Oakhollow", "Seaholme"])
def test_brand_word_texts_passed_over_cannot_hold_the_word_in_any_case(word):
    from committee_papers.extract import organisations, required_text

    lowered = [required_text.folded(text) for text in BRAND_TEXTS]
    holding = organisations._texts_holding_word(word, BRAND_TEXTS, lowered)
    for text in BRAND_TEXTS:
        if text not in holding:
            assert re.search(re.escape(word), text, re.IGNORECASE) is None, text
    # The check passes over texts: it is no check otherwise.
    assert len(holding) < len(BRAND_TEXTS)
    # A text with a character the engine takes for an ASCII letter (KELVIN SIGN for `K`) is never passed over.
    assert "residents of \u212aestrel asked for a later bus" in holding


RISK_SENTENCES = [
    "There is a risk that the provider may not be able to recruit enough carers over the winter.",
    "Members were worried that the roof repairs could overrun and the library would stay shut.",
    "The main concern is the loss of the Oakhollow grant, which would leave a shortfall of £40,000.",
    "If the bid fails then the scheme would be delayed by a year.",
    "The committee noted the report.", "Officers will bring a further update in March.",
    "THERE IS A RISK THAT DEMAND RISES", "There \u0131s a r\u0131sk that demand r\u0131ses",
]


@pytest.mark.parametrize("implications", [False, True])
def test_a_sieve_of_patterns_keeps_each_pattern_its_own_check_keeps(implications):
    from committee_papers.extract import required_text, risks

    patterns = [pattern for _name, pattern, _strip, _outcome in risks._statement_entries(implications)]
    which = required_text.sieve(patterns)
    kept_somewhere = 0
    for text in TEXTS + RISK_SENTENCES:
        expected = {i for i, pattern in enumerate(patterns) if required_text.may_match(pattern, text)}
        assert which(text) == expected, text
        assert all(i in expected for i, pattern in enumerate(patterns) if pattern.search(text))
        kept_somewhere += len(expected) < len(patterns)
    assert kept_somewhere  # the sieve passes over patterns for some text: it is no sieve otherwise


def test_a_sieve_keeps_every_pattern_for_a_text_with_an_ascii_twin():
    from committee_papers.extract import required_text

    patterns = [re.compile(r"\bconcern(?:s|ed)? about\b", re.I), re.compile(r"\bkey risk\b", re.I),
                re.compile(r"^\d+\.")]
    which = required_text.sieve(patterns)
    assert which("Members raised concerns about parking") == {0, 2}
    assert which("The \u212aey risk is cost") == {0, 1, 2}  # KELVIN SIGN: `key` to the engine
    assert patterns[1].search("The \u212aey risk is cost")


def test_a_role_side_read_before_a_name_is_screened_by_its_phrases_words():
    from committee_papers.extract import contract_roles
    from committee_papers.extract.phrases import compiled

    texts = TEXTS + [t[:40] for t in TEXTS] + ["The home care service is delivered by", "Members noted the report from",
                                              "THE MEALS SERVICE IS RUN BY", "The ca\u212ae service is run by"]
    ruled_out = 0
    assert set(contract_roles._role_screens()) <= set(contract_roles._role_patterns())
    for (role, side), screen in contract_roles._role_screens().items():
        assert side.endswith("before")
        for text in texts:
            if not screen(text):
                assert not any(compiled(e["phrase"], "end").search(text) for e in contract_roles.ROLES[role][side])
                ruled_out += 1
    assert contract_roles._role_screens()["provider", "before"]("The ca\u212ae service is run by")
    assert ruled_out


DECISION_SENTENCES = [
    "RESOLVED that the Harbour Strategy be approved.", "The Cabinet agreed to award the contract to Oakhollow Care Ltd.",
    "Councillor Reed proposed and Councillor Shah seconded the motion, which was carried.",
    "The minutes of the meeting held on 4 May were confirmed as a correct record.",
    "Members discussed the options and then agreed option B.", "The item was deferred to the next meeting.",
    "Noted.", "The Chair welcomed everyone to the meeting.", "I approve the grant of £12,000 to Ashdown Family Hub.",
    "THE BOARD APPROVED THE BUDGET", "The Board appro\u028fed the budget", "The Board \u0131s asked to note the plan",
]


def test_the_sentence_rules_sieve_keeps_every_rule_that_matches():
    from committee_papers.extract import decisions, required_text

    ordered, may_match_which = decisions._sentence_rules()
    passed_over = 0
    for text in TEXTS + DECISION_SENTENCES:
        possible = may_match_which(text)
        assert all(i in possible for i, rule in enumerate(ordered) if rule.regex.match(text)), text
        passed_over += len(possible) < len(ordered)
        if required_text.folded(text) is None:  # a character the engine takes for an ASCII letter
            assert possible == set(range(len(ordered)))
    assert passed_over
    # Some of the sentences decide (the check is not vacuous).
    assert sum(any(rule.regex.match(text) for rule in ordered) for text in DECISION_SENTENCES) >= 3


@pytest.mark.parametrize("source, text", [
    (r"^(?:the )?board (?:agreed|approved)", "The Board approved the plan"),
    (r"^resolved\b", "RESOLVED that the report be noted"),
    (r"^\W*(?:\d+\.)?\s*agreed:", "4. AGREED: to defer"),
])
def test_a_rule_matched_at_the_start_is_screened_by_its_unanchored_pattern(source, text):
    from committee_papers.extract import required_text

    anchored = re.compile(source, re.IGNORECASE)
    free = required_text.unanchored(anchored)
    assert free.flags == anchored.flags and not free.pattern.startswith("^")
    assert anchored.match(text) and re.search(free.pattern, text, free.flags)
    assert required_text._needles_of(anchored) is None and required_text.may_match(free, text)
    assert not required_text.may_match(free, "Members noted the update")


@pytest.mark.parametrize("text", [
    "Residents asked whether Quaymark While the hub stays open would be consulted.",   # a stop word opens the next clause
    "The lease passes to Quaymark Hospital in spring.",                                # a capitalised word: a place
    "Quaymark\tThereby the board agreed.",                                             # a word a stop word only begins
    "Quaymark  Family Services Ltd holds it; Quaymark The board noted.",               # the name's own second word
    "Quaymark Á la carte meals", "Quaymark Nobody_2 objected", "Quaymark Am I right", "Quaymark No. 4",
    "Quaymark Quaymark Ltd", "x-Quaymark Hub", "quaymark Hub", "Quaymark", "Quaymark Ever",
])
@pytest.mark.parametrize("second", ["Family", "Hub"])
def test_a_brand_word_before_a_capitalised_word_is_found_as_one_pattern_with_the_stop_words_would(text, second):
    from spacy.lang.en.stop_words import STOP_WORDS

    from committee_papers.extract import organisations

    stop_words = "|".join(sorted((w.capitalize() for w in STOP_WORDS if w.isalpha()), key=len, reverse=True))
    plain = re.compile(rf"(?<![\w'\u2019&-])Quaymark\s+(?!{second}\b)(?!(?:{stop_words})\b)[A-Z]")
    pattern = re.compile(rf"(?<![\w'\u2019&-])Quaymark\s+(?!{second}\b)(?=[A-Z])")
    assert organisations._before_capitalised_word(pattern, text) == bool(plain.search(text))


@pytest.mark.parametrize("sentence", [
    "The Board's risk appetite for financial loss remains cautious this year.",
    "We are willing to accept a moderate level of risk where innovation improves outcomes.",
    "Poor housing is a lasting risk to physical health for tenants in Lyme.",
    "Inactivity remains a serious risk for heart disease among Fenmoor's commuters.",
    "Isolation poses a real risk to wellbeing, and demand could rise as a result.",
    "There is a risk that the grant from Fenmoor Trust ends before the works are done.",
    "Members noted the timetable for the library refurbishment.",
])
def test_risk_statement_cues_screened_by_their_words_find_what_their_search_finds(sentence):
    from committee_papers.extract import required_text, risks

    for cue in (risks.cues().appetite, risks._cue("health_outcome_risk")):
        assert required_text._needles_of(cue)  # a screen that can skip a sentence
        screened, plain = required_text.search(cue, sentence), cue.search(sentence)
        assert (screened and screened.span()) == (plain and plain.span())


# Role patterns that open on a name after an optional article (`(?P<article>\b[Tt]he\s+)?NAME ...`), each in a sentence
# it matches with the article, without it, and a sentence holding its words with no name before them.
ARTICLE_LED = [
    ("role.is_paid", ["The Harbour Trust is paid £20,000 a year for the warden service.",
                      "Kestrel Meals Ltd were paid £4,500 per month to deliver lunches.",
                      "Each volunteer is paid £50 for travel."]),
    ("role.which_runs", ["The Ashdown Leisure Trust, which runs the two pools, reports each quarter.",
                         "Fenby Community Transport, which currently operates the dial-a-ride, asked for more.",
                         "the depot, which runs at a loss, closes in May."]),
    ("role.won_contract", ["The Brackenford Partnership won the two-year cleaning contract.",
                           "Tarnside Grounds Ltd has won the framework for verges.",
                           "nobody won the tender this year."]),
]


@pytest.mark.parametrize("rule, texts", ARTICLE_LED, ids=[rule for rule, _texts in ARTICLE_LED])
def test_a_pattern_opening_on_an_optional_article_and_a_name_is_checked_by_what_follows_the_name(rule, texts):
    roles = orgevidence._compiled()[0]
    pattern = {name: p for name, p, _needs in roles}[rule]
    assert pattern.after_name is not None
    assert list(pattern.finditer("Nothing of the kind is said here.")) == []
    for text in texts + [text.replace("The ", "") for text in texts]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.regex.finditer(text)], text
    assert next(pattern.finditer(texts[0])).group("name") and next(pattern.finditer(texts[1])).group("name")


def test_a_pattern_opening_any_other_way_before_its_name_has_no_name_check():
    assert orgevidence._after_opening_name(r"(?P<open>\()?NAME(?(open),\s*|\s*\()") is None
    assert orgevidence._after_opening_name(r"\bwith\s+NAME\s+as\s+the\s+provider") is None
    assert orgevidence._after_opening_name(orgevidence.OPTIONAL_ARTICLE + r"NAME_NO_OF,\s+which\s+runs") == r",\s+which\s+runs"
    assert orgevidence._after_opening_name(r"NAME\s+(?:is|are)\s+paid") == r"\s+(?:is|are)\s+paid"


class _Counting:
    """A pattern that records the texts it is searched in (its source and flags are what required_text reads)."""

    def __init__(self, pattern):
        self.pattern, self.flags, self._compiled, self.searched = pattern.pattern, pattern.flags, pattern, []

    def finditer(self, text):
        self.searched.append(text)
        return self._compiled.finditer(text)

    def search(self, text):
        self.searched.append(text)
        return self._compiled.search(text)


PAPER_TEXTS = [
    "The Schools, Learning and Skills Directorate leads the review.",
    "Members noted the report.",
    "The contract starts on 1 April 2025.",
    "Officers thanked the volunteers of Fenby Library.",
]


def test_the_papers_own_units_are_looked_for_only_in_texts_naming_a_unit_word(monkeypatch):
    counting = _Counting(orgevidence._own_unit_name())
    monkeypatch.setattr(orgevidence, "_own_unit_name", lambda: counting)
    assert "schools learning and skills" in orgevidence.own_units(PAPER_TEXTS)
    assert counting.searched == [PAPER_TEXTS[0]]


def test_the_key_date_cues_are_looked_for_only_in_texts_holding_their_words(monkeypatch):
    events, *rest = key_dates.cues()
    counted = [(name, _Counting(pattern), weak, adjacent, strong) for name, pattern, weak, adjacent, strong in events]
    monkeypatch.setattr(key_dates, "cues", lambda: (counted, *rest))
    key_dates._cue_matches.cache_clear()
    try:
        for text in PAPER_TEXTS:
            key_dates._cue_matches(text)
        assert key_dates.event_kind(PAPER_TEXTS[2]) == "start"
    finally:
        key_dates._cue_matches.cache_clear()
    needles = {name: required_text._needles_of(pattern) for name, pattern, *_flags in counted}
    screened = [(pattern, needles[name]) for name, pattern, *_flags in counted if needles[name] is not None]
    assert screened and any(len(pattern.searched) < len(PAPER_TEXTS) for pattern, _needles in screened)
    assert all(any(needle in text.lower() for needle in found) for pattern, found in screened for text in pattern.searched)


def test_the_payments_lead_is_looked_for_only_in_lines_holding_its_words(monkeypatch):
    counting = _Counting(contract_payments._PAYMENTS_LEAD)
    monkeypatch.setattr(contract_payments, "_PAYMENTS_LEAD", counting)
    passages = list(iter_passages([Block("paragraph", text=text) for text in (
        "The clerk reported on the allotments.", "Accounts for payment were approved:", "Fenby Mowing £120.00",
        "Ashdown Print £35.50")]))
    assert contract_payments._under_payments_lead(passages, 3)
    assert not contract_payments._under_payments_lead(passages, 1)
    needles = required_text._needles_of(counting)
    assert counting.searched and all(any(needle in text.lower() for needle in needles) for text in counting.searched)
