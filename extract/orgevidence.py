"""Organisations found by what the paper says about them, not by a legal-form suffix.

A brand-name social enterprise or a one-word consultancy has no `Ltd` or `Council` to
be recognised by; the paper still gives it away: `awarded to X`, `X were commissioned
to`, `delivered by X`, `a contract with X`, `X, a registered charity`, `X (the provider)`,
a definition `X Network (XN)`, or a name ending such as `GP Federation`.  The cue words
and patterns are data (``org_evidence.yaml``, each with examples the tests run); a
validator keeps sentence fragments, generic nouns (`the Council`) and services out.
Works on any string; :mod:`extract.organisations` turns candidates into bodies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from . import gazetteer as gz
from . import register, required_text
from .money_kinds import announces_awards
from .orgfinder import DEFINITION_RE, JOINED_RE, acronym_fits, find_names
from .orgnames import initials
from .plain_text import after_spaces, bounded, squash, without_possessive, word_list_pattern
from .yaml_files import safe_load, spell_placeholders

# A word of a name: capitalised or an acronym, possibly with inner `'`, `-`, `&`, `.`.
# A name's later letters may carry accents (`Youth Café`, `Ynys Môn`).
_LETTERS = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_WORD = rf"(?:[A-Z][{_LETTERS}]*(?:['\u2019\-&.][{_LETTERS}]+)*(?:['\u2019]s?)?)"
_GAP = r"[^\S\n]+"
_JOIN = rf"(?:{_GAP}(?:and|&|of|for|the|upon|de){_GAP}|{_GAP})"
# A name may end on a tail of lower-case and capitalised words (gazetteer.NAME_TAILS: `X Care at Home`), not
# before another capitalised word (`the Council at Home Farm`).
_TAIL = "|".join(_GAP.join(words) for words in gz.NAME_TAILS)
NAME = rf"(?P<name>(?:[Tt]he{_GAP})?{_WORD}(?:{_JOIN}{_WORD}){{0,7}}(?:{_GAP}(?:{_TAIL})\b(?!{_GAP}[A-Z]))?)"
# A name that does not run on over `of`: `Priya Desai of Tidemark, which runs ...` gives Tidemark.
NAME_NO_OF = NAME.replace("|of|", "|")
_TITLES = {"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "professor", "prof", "sir", "dame", "lord",
           "lady", "rt", "hon", "cabinet", "members", "member"}
_MONTHS_AND_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "june", "july", "august", "september", "october", "november",
                    "december",
                    # abbreviated months (`by Dec 2026`)
                    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_NEXT_WORD_RE = re.compile(r"[^\S\n]*([a-z]+)")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    name: str
    kind: str
    rule: str
    acronym: str | None = None


@lru_cache(maxsize=1)
def rules() -> dict:
    with resources.files(__package__).joinpath("org_evidence.yaml").open(encoding="utf-8") as handle:
        return safe_load(handle)


@dataclass(frozen=True)
class _Pattern:
    """A candidate pattern and what must follow its name for it to match at all.

    A pattern that opens on NAME is tried at every capital of a text, and each try backtracks
    through up to eight words; the part after the name (`were commissioned`, `, a registered
    charity`, `GP Federation`) is a plain search.  Every match of the whole pattern contains a
    match of that part, so a text without one has no match: it is skipped, and the matches of
    a text with one are exactly what the whole pattern finds.  Before either, the pattern's
    required strings (extract/required_text.py: `funding`, `Carers`, `incumbent`): a text
    holding none of them (most texts, for most patterns) cannot match, and a substring test
    of the lower-cased text costs less than a search tried at every position."""

    regex: re.Pattern
    after_name: re.Pattern | None = None

    @property
    def groupindex(self):
        return self.regex.groupindex

    def finditer(self, text: str):
        # An iterator either way: callers take `next(...)` of it as well as looping over it.
        if not required_text.may_match(self.regex, text):
            return iter(())
        if self.after_name is not None and not self.after_name.search(text):
            return iter(())
        return self.regex.finditer(text)


def _pattern(source: str, name_first: bool = False, after_name: str | None = None) -> _Pattern:
    """``source`` with NAME filled in; ``name_first``: it opens on NAME (after an optional article, at most),
    so what follows is its check."""
    if name_first and after_name is None:
        after_name = _after_opening_name(source)
    return _Pattern(re.compile(source.replace("NAME_NO_OF", NAME_NO_OF).replace("NAME", NAME)),
                    re.compile(after_name) if after_name else None)


# What a role pattern may put before the name it opens on: an article that is no part of the name (`The Harbour
# Trust is paid ...`: _candidate drops it).  Whether or not it is there, the words after the name must follow it.
OPTIONAL_ARTICLE = r"(?P<article>\b[Tt]he\s+)?"


def _after_opening_name(source: str) -> str | None:
    """What follows the name placeholder a pattern opens on, alone or after ``OPTIONAL_ARTICLE``: every match
    holds a match of it where the name ends, so a text holding none cannot match (the name's own pattern, tried at
    every capital of a text, is the dear part).  None for a pattern opening any other way."""
    head = source.removeprefix(OPTIONAL_ARTICLE)
    for placeholder in ("NAME_NO_OF", "NAME"):
        if head.startswith(placeholder):
            return head[len(placeholder):]
    return None


# `Full Name (FN)`: a definition.
_DEFINITION = _pattern(r"NAME\s*\(\s*(?P<acronym>[A-Z][A-Za-z&]{1,9})\s*\)", name_first=True)


@lru_cache(maxsize=1)
def _acronym_only_rules() -> frozenset:
    """Role patterns that find a body named only by its initials (`CSD will provide ...`)."""
    return frozenset(entry["id"] for entry in rules()["role_patterns"] if entry.get("acronym_only"))


@lru_cache(maxsize=1)
def _holder_not_names() -> frozenset:
    """Words naming a place or a kind of building before a contract's service (org_evidence.yaml holder_contract)."""
    return frozenset(rules()["holder_contract"]["not_names"])


@lru_cache(maxsize=1)
def _holder_service_rules() -> frozenset:
    """The role patterns written with the HOLDER_SERVICE placeholder (`the X cleaning contract`), known by their
    source in org_evidence.yaml: the compiled pattern has the service words in its place."""
    return frozenset(entry["id"] for entry in rules()["role_patterns"] if "HOLDER_SERVICE" in entry["pattern"])


@lru_cache(maxsize=1)
def _not_a_person_rules() -> frozenset:
    """The role patterns whose name must not be a person's (org_evidence.yaml `not_a_person`)."""
    return frozenset(entry["id"] for entry in rules()["role_patterns"] if entry.get("not_a_person"))


def acting_acronym(name: str) -> bool:
    """`CSD`, `KLT`: one word of two to six capitals naming a body, not a thing (org_evidence.yaml
    acting_acronyms.not_bodies: `IT`, `VAT`, `SEND`) nor a type of public body (`ICB`)."""
    return " " not in name and 2 <= len(name) <= 6 and name.isupper() and name.isalpha() \
        and name not in _not_body_acronyms() and name not in gz.NOT_ORG_ACRONYMS


@lru_cache(maxsize=1)
def _not_body_acronyms() -> frozenset:
    return frozenset(rules()["acting_acronyms"]["not_bodies"])


@lru_cache(maxsize=1)
def layout_rules() -> frozenset:
    """Role patterns whose evidence is a line's layout: it counts only where another line laid out the
    same way names a body the naming patterns know (extract/organisations.py)."""
    return frozenset(entry["id"] for entry in rules()["role_patterns"] if entry.get("layout"))


def led_layout_items(texts: list[str]) -> set[tuple[int, str]]:
    """(position, rule) of each text a layout rule marked `led_by_awards` matches (org_evidence.yaml
    role.bullet_name_colon_sum) that follows, over the other lines so laid out, a lead ending in a colon which
    announces awards to the bodies listed (money_kinds.yaml awards_lead: `the following awards from the grants
    budget:`): that lead is the evidence the layout alone is not; `The following grant applications:` is none."""
    patterns = [(rule, pattern) for rule, pattern, _needs in _compiled()[0] if rule in _led_rules()]
    led = set()
    lead = False
    for position, text in enumerate(texts):
        laid_out = [rule for rule, pattern in patterns if "£" in text and next(pattern.finditer(text), None)]
        if laid_out:
            # A list may mix its layouts (`S (X): £V`, then `X - S - £V`): each item laid out as any of them
            # keeps the list under its lead.
            if lead:
                led.update((position, rule) for rule in laid_out)
            continue
        lead = text.rstrip().endswith(":") and announces_awards(text)
    return led


@lru_cache(maxsize=1)
def _led_rules() -> frozenset:
    """The layout rules a list's lead announcing awards makes evidence (org_evidence.yaml `led_by_awards`)."""
    return frozenset(entry["id"] for entry in rules()["role_patterns"] if entry.get("led_by_awards"))


# The tender-reply frame's placeholders and the word lists of org_evidence.yaml tender_reply they stand for.
_FRAME_WORDS = {"REPLY_QUALIFIER": ("tender_reply", "qualifiers"), "REPLY_NOUN": ("tender_reply", "replies"),
                "RESPONDENT": ("tender_reply", "respondents"), "REPLY_VERB": ("tender_reply", "verbs"),
                "HOLDER_SERVICE": ("holder_contract", "services"), "PURPOSE_NOT_WORD": ("purpose_infinitive", "not_words"),
                "OWN_BODY_NOUN": ("own_body", "nouns")}


def frame_words(placeholder: str) -> list[str] | None:
    """The words of org_evidence.yaml a frame placeholder (`PURPOSE_NOT_WORD`) stands for, None for any other word:
    the one list both these patterns and contract_roles.yaml's phrases (`to ~PURPOSE_NOT_WORD`) read."""
    if placeholder not in _FRAME_WORDS:
        return None
    section, key = _FRAME_WORDS[placeholder]
    return rules()[section][key]


def _with_frame_words(source: str) -> str:
    """``source`` with each frame placeholder (`REPLY_QUALIFIER`) replaced by its words as alternatives, the
    longest first, a space matching any white space and a hyphen a hyphen or a space."""
    return spell_placeholders(source, {placeholder: frame_words(placeholder) for placeholder in _FRAME_WORDS},
                              _regex_alternatives)


def _regex_alternatives(words) -> str:
    """Words as a regex's alternatives, the longest first, a space matching any white space and a hyphen a hyphen or
    a space."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+").replace(r"\-", "[- ]")
                    for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _compiled():
    data = rules()
    roles = [(entry["id"], _pattern(_with_frame_words(entry["pattern"]), name_first=True), tuple(entry.get("needs", ())))
             for entry in data["role_patterns"]]
    kinds = data["descriptions"]["kinds"]
    alternatives = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in kinds), key=len, reverse=True))
    described = _pattern(_with_frame_words(data["descriptions"]["pattern"]).replace("KINDS", alternatives), name_first=True)
    endings = []
    for entry in data["body_endings"]:
        words = _GAP.join(re.escape(w) for w in entry["words"])
        place = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,4}}"
        if entry.get("position") == "start":
            pattern = _pattern(rf"(?<![\w&-])(?P<name>{words}{_GAP}{place})")
        else:
            pattern = _pattern(rf"(?<![\w&-])(?P<name>{place}{_GAP}{words})(?![\w&-])",
                               after_name=rf"{_GAP}{words}(?![\w&-])")
        cues = tuple(entry.get("cues", ()))
        endings.append((pattern, entry["kind"], frozenset(entry.get("not_first_words", ())),
                        entry.get("position") == "start", cues))
    plurals = "|".join(w.capitalize() for w in data["trading_name_endings"]["words"])
    brand_plural = _pattern(rf"(?<![\w&'\u2019-])(?P<name>{_WORD}{_GAP}(?:{plurals}))(?![\w&-])",
                            after_name=rf"{_GAP}(?:{plurals})(?![\w&-])")
    return roles, described, {squash(k): v for k, v in kinds.items()}, endings, brand_plural


@lru_cache(maxsize=1)
def _ending_sieve():
    """required_text.sieve of the body-ending patterns of ``_compiled``: which of them ``candidates`` need search
    a text with, found by one look for each of their required strings instead of a test per pattern."""
    return required_text.sieve(pattern.regex for pattern, *_rest in _compiled()[3])


def _roles_needing(present: set[str]) -> list:
    """The role patterns of ``_compiled`` that need no word, or one of the words ``present``, in their order."""
    roles, by_word, unneeding = _roles_by_needed_word()
    return [roles[i] for i in sorted(unneeding.union(*(by_word.get(word, ()) for word in present)))]


@lru_cache(maxsize=1)
def _roles_by_needed_word() -> tuple[list, dict[str, frozenset], frozenset]:
    """The role patterns, the positions of those that need each word, and of those that need none."""
    roles = _compiled()[0]
    by_word: dict[str, set] = {}
    for i, (_rule, _pattern, needs) in enumerate(roles):
        for word in needs:
            by_word.setdefault(word, set()).add(i)
    unneeding = frozenset(i for i, (_rule, _pattern, needs) in enumerate(roles) if not needs)
    return roles, {word: frozenset(found) for word, found in by_word.items()}, unneeding


@lru_cache(maxsize=1)
def _all_needs() -> tuple[str, ...]:
    """Every word some role pattern needs (org_evidence.yaml ``needs``), each once."""
    return tuple(sorted({word for _rule, _pattern, needs in _compiled()[0] for word in needs}))


def _needs_present(lower: str) -> set[str]:
    """The needed words in a lower-cased text: each looked for once, where the role patterns
    share them (`commissioned`, `to`), rather than once per pattern."""
    return {word for word in _all_needs() if word in lower}


@lru_cache(maxsize=1)
def _type_words() -> frozenset[str]:
    """Words of body types (`NHS`, `Foundation`, `Trusts`, `Clinical Commissioning Group`)."""
    words = {w.lower() for entry in gz.SUFFIXES + gz.PREFIXES + gz.FIXED for w in entry[0]}
    return frozenset(words | {w + "s" for w in words} | gz.DESCRIPTOR_WORDS)


@lru_cache(maxsize=1)
def _vocabulary():
    data = rules()
    generic = {squash(g) for g in data["generic_names"]}
    return generic, set(data["not_body_endings"]), set(data["organisation_nouns"])


@lru_cache(maxsize=1)
def _office_titles() -> frozenset[str]:
    return frozenset(rules()["office_titles"])


def names_an_office(name: str) -> bool:
    """`Clerk FGB`, `Headteacher`, `Vice Chair`: an office a person holds (org_evidence.yaml office_titles), alone or
    with the initials of the board it serves, so the words name its holder, never a body."""
    words = squash(name).split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    kept = [w for i, w in enumerate(words) if not (i and len(w) > 1 and w.isupper())]
    return " ".join(kept).lower() in _office_titles()


@lru_cache(maxsize=1)
def _sentence_opening_nouns() -> set[str]:
    return set(rules()["sentence_opening_nouns"]["words"])


def _plain_word_opening_sentence(name: str) -> bool:
    """`Beds are commissioned`, `Research was commissioned`: a capitalised plural or mass noun that
    only opens the sentence.  A one-word name opening one (`Quarrybank were commissioned`) stays."""
    lower = name.lower()
    return lower.endswith("s") or lower in _sentence_opening_nouns() or lower in STOP_WORDS


# Words that open a sentence before a name (`However Acme Care were ...`): dropped.  A role word
# (`Executive Director of Transport`) is not dropped: the span is then no name at all.
_OPENERS = {"the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "by", "for", "with",
            "from", "to", "of", "and", "or", "but", "as", "if", "when", "while", "whilst", "after", "before",
            "during", "since", "however", "also", "our", "their", "we", "they", "currently", "additionally",
            "furthermore", "moreover", "therefore", "thus", "meanwhile", "subsequently", "previously", "initially",
            "finally", "then", "both", "all", "each", "where", "although", "following", "under", "within"}
_PLURAL_ACRONYM_RE = re.compile(r"^[A-Z]{2,}s$")  # `SMEs`, `GPs`: a kind of body, not one


def clean(name: str) -> str:
    """The name without a leading `the`, sentence-opening words or a possessive."""
    words = name.split()
    while words and words[0].lower() in _OPENERS and len(words) > 1:
        words = words[1:]
    while words and words[-1].lower() in ("and", "&", "of", "for", "the", "upon", "on", "de"):
        words = words[:-1]
    name = " ".join(words)
    return without_possessive(name, after_letter=True)


def is_name(name: str) -> bool:
    """Whether a span can be an organisation's own name (see the module docstring)."""
    generic, not_endings, _nouns = _vocabulary()
    words = name.split()
    if not words or len(words) > 8 or len(name) < 3 or "|" in name or "\n" in name:
        return False
    for tail in gz.NAME_TAILS:
        if len(words) > len(tail) + 1 and tuple(words[-len(tail):]) == tail:
            words = words[:-len(tail)]  # `Silverbrook Care at Home`: the name before its tail is checked
            name = " ".join(words)
            break
    lower = [w.lower().strip("'\u2019") for w in words]
    if register.match_key(name) in generic or lower[0] in _TITLES or lower[0] in gz.LEADING_NOISE:
        return False
    if any(w in _MONTHS_AND_DAYS for w in lower):
        return False  # `from April 2025`
    if lower[-1] in not_endings or (lower[-1].endswith("s") and lower[-1][:-1] in not_endings):
        return False
    if _PLURAL_ACRONYM_RE.match(words[-1]) or (_plural_body_type(lower[-1]) and not _plural_firm_name(lower)):
        return False  # `SMEs`, `Mayoral Strategic Authorities`: a kind of body, not one
    types = _type_words()
    if all(w in gz.HEAD_WORDS or w in gz.LEADING_NOISE or w in STOP_WORDS or w in generic or w in types
           for w in lower):
        return False  # `NHS Foundation Trusts`, `Clinical Commissioning Group`: a type, not a body
    if any(not (w[0].isupper() or w[0].isdigit()) and w.lower() not in ("and", "&", "of", "for", "the", "upon",
                                                                         "on", "de") for w in words):
        return False  # a lower-case word: a sentence fragment, not a name
    if any(w == "the" and lower[i - 1] not in ("of", "for") for i, w in enumerate(lower) if i):
        return False  # `Covers the Council`: `the` inside a name only follows `of` (`University of the West`)
    _exact, _loose, places = register._indexes()
    # `delivered by Kent`, `hosted by Leeds and Bradford`: places, not a body.
    return not all(register.match_key(part) in places for part in JOINED_RE.split(name))


def _plural_firm_name(lower: list[str]) -> bool:
    """`Thornvale Health Partners`: a plural ending (org_evidence.yaml plural_name_endings) after two words or
    more, the first no adjective or compass word and one no type, role, opening or generic word
    (plural_name_generic_words): one firm, not a kind of body."""
    if len(lower) < 3 or lower[-1] not in rules()["plural_name_endings"] or lower[0] in _not_name_words():
        return False  # `Delivery Partners`, `Voluntary Sector Partners`: a kind of partner
    generic, _endings, _nouns = _vocabulary()
    no_brand = rules()["plural_name_generic_words"]  # (`Primary Care Partners`: a kind of partner)
    return any(w not in gz.HEAD_WORDS and w not in gz.LEADING_NOISE and w not in STOP_WORDS and w not in generic
               and w not in gz.DESCRIPTOR_WORDS and w not in _OPENERS and w not in no_brand for w in lower[:-1])


def _plural_body_type(word: str) -> bool:
    """`authorities`, `councils`, `trusts`: the plural of a body type names several bodies."""
    if not word.endswith("s"):
        return False
    singulars = {word[:-1], word[:-3] + "y" if word.endswith("ies") else word[:-1]}
    # A describing word is no body type however it ends (`Brightmind Socials`, `Memory Lane Socials`: brands).
    return any(s in gz.HEAD_WORDS or (s in _type_words() and s not in gz.DESCRIPTOR_WORDS) for s in singulars)


def _after_generic_and(name: str) -> str:
    """`Council and Norbridge Transport` -> `Norbridge Transport`: a generic body joined to the name."""
    generic, _endings, _nouns = _vocabulary()
    parts = JOINED_RE.split(name, maxsplit=1)
    if len(parts) == 2 and (register.match_key(parts[0]) in generic or register.lookup(parts[0])):
        return parts[1]
    return name


# A paragraph number before a sentence (`5.1 Delays under ...`, `(3) Beds are ...`) opens it as a full stop does.
_PARAGRAPH_NUMBER = re.compile(r"(?:^|[.!?:;\u2022|\n])\s*(?:\(?\d+(?:\.\d+)*[.)]?|\(?[a-z]\))$")


# A paragraph number and the stop before it are short: _PARAGRAPH_NUMBER is searched in this many
# characters before a candidate, not the whole text before it.
_PARAGRAPH_NUMBER_REACH = 64


def _starts_sentence(text: str, start: int) -> bool:
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    return not end or text[end - 1] in ".!?:;\u2022|" or bool(
        _PARAGRAPH_NUMBER.search(text, max(0, end - _PARAGRAPH_NUMBER_REACH), end))


def _names_a_service(text: str, end: int) -> bool:
    """`managed by the Special Needs (SN) service`, `Community Enterprise (CE) groups`: the capitalised
    words qualify the noun after them, which names a service or a kind of body."""
    _generic, not_endings, _nouns = _vocabulary()
    following = _NEXT_WORD_RE.match(text, end)
    if not following:
        return False
    word = following.group(1)
    return word in not_endings or word in gz.HEAD_WORDS or (word.endswith("s") and word[:-1] in not_endings)


def _followed_by_users_or_citation(text: str, end: int) -> bool:
    """`undertaken by Roadspan users`, `undertaken by Marlowe et al`: the word after the name makes it a brand's
    users or a cited author (org_evidence.yaml not_party_followers), no body in the role."""
    following = _NEXT_WORD_RE.match(text, end)
    return bool(following) and following.group(1) in rules()["not_party_followers"]


def _trading_name(name: str) -> bool:
    """`Stonegate Building Services`, `Ledgerpoint Systems`: a firm's name ending with a generic plural
    (org_evidence.yaml trading_name_endings), taken only where a role position already says it is a body.
    Two words need a brand word first (:func:`_brand_word`); more need a first word that is no service word."""
    endings = rules()["trading_name_endings"]
    words = name.split()
    if len(words) < endings["min_words"] or not words[-1][0].isupper() or words[-1].lower() not in endings["words"]:
        return False
    if len(words) == 2:
        # `Ledgerline Partners` is a firm, `Delivery Partners` a kind of partner (plural_name_generic_words).
        kind_of_partner = words[-1].lower() in rules()["plural_name_endings"] \
            and words[0].lower() in rules()["plural_name_generic_words"]
        return _brand_word(words[0]) and not kind_of_partner
    if words[0].lower().strip("'\u2019") in endings["service_first_words"]:
        return False
    # `Oakleaf Day Services`: a brand word first makes a name of the words before the plural, though they end on a
    # word no name ends on alone (`Oakleaf Day`: org_evidence.yaml not_body_endings).
    return is_name(" ".join(words[:-1])) or (_brand_word(words[0]) and all(w[:1].isupper() for w in words[1:-1]))


def _kind_of_firm(name: str) -> bool:
    """`Health and Safety Consultants`, `Children's Services`: a generic plural (org_evidence.yaml
    trading_name_endings) after a service word says what kind of firm or team, it names none."""
    endings = rules()["trading_name_endings"]
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in endings["words"] \
        and words[0].lower().strip("'\u2019") in endings["service_first_words"]


def _brand_word(word: str) -> bool:
    """`Brightloo`, `Kestrel`: a capitalised word that is no service word, compass word, adjective, place,
    generic or type word (org_evidence.yaml trading_name_endings), so it can name a firm by itself."""
    lower = word.lower().strip("'\u2019")
    return (word[:1].isupper() and lower not in rules()["trading_name_endings"]["service_first_words"]
            and lower not in _not_name_words() and lower not in gz.HEAD_WORDS and is_name(word))


def two_word_trading_name(name: str) -> str | None:
    """The brand word of a two-word trading name (`Brightloo` of `Brightloo Services`), else None: a paper
    that writes that word in lower case uses it as a plain word (`Leisure Services`), no brand."""
    words = name.split()
    endings = rules()["trading_name_endings"]["words"]
    return words[0] if len(words) == 2 and words[-1].lower() in endings and words[0][:1].isupper() else None


def _place_alone(name: str, rule: str) -> bool:
    """`grants to Aldwick`: one word ending like a place name where org_evidence.yaml says places stand."""
    places = rules()["place_word_endings"]
    return rule in places["rules"] and " " not in name and not name.isupper() \
        and name.lower().endswith(tuple(places["endings"]))


def _describing_adjective(name: str) -> bool:
    """`grants to Kent-based arts groups`: a last word made an adjective by a hyphened ending (org_evidence.yaml
    describing_word_endings) describes the bodies after it, it names none."""
    return name.split()[-1].lower().endswith(tuple(rules()["describing_word_endings"]["endings"]))


def _after_a_person(name: str) -> str:
    """`Ann Lee of Marlow Insight` -> `Marlow Insight`: in a role position, a person named with the body they are of
    (`carried out for us by Ann Lee of X`, `run by Dr Ola Kim of X`) stands for that body (people are never bodies:
    org_evidence.yaml people).  `Friends of Kelby Park`, `Royal Borough of Kelby` are no person's names."""
    left, of, right = name.partition(" of ")
    return right if of and right and person_name(left) else name


def _candidate(text: str, match: re.Match, kind: str, rule: str) -> Candidate | None:
    raw = match.group("name")
    name = _after_generic_and(clean(raw))
    if rule.startswith("role."):
        name = _after_a_person(name)
    if not _role_name(name, rule) and not (rule.startswith("role.") and _initialled_type_name(name, text)):
        return None
    if _kind_of_firm(name):
        return None
    if _place_alone(name, rule):
        return None
    if _describing_adjective(name):
        return None
    start = match.start("name") + raw.index(name)
    if " " not in name and not name.isupper() and name[1:].islower() and _starts_sentence(text, start) \
            and _plain_word_opening_sentence(name):
        return None  # `Beds are commissioned`: a plain word opening a sentence is no name
    end = start + len(name)
    after = DEFINITION_RE.match(text, after_spaces(text, match.end("name")))  # `Name (ACR)`
    if match.end() == match.end("name") and _names_a_service(text, after.end() if after else match.end("name")):
        return None  # (a pattern that reads on past the name has said what follows it)
    if _followed_by_users_or_citation(text, match.end("name")):
        return None
    return Candidate(start, end, name, kind, rule, after.group(1) if after else None)


_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w'\u2019-]*)[^\S\n]+$")
_WORD_AFTER_RE = re.compile(r"[^\S\n]*/?[^\S\n]*([A-Za-z])")


def _inside_capitals_run(text: str, start: int, end: int) -> bool:
    """Whether capitalised words go on before or after a span found by its ending alone: a list
    or heading run together (`Book Library Cost of Living Advice Citizens Advice Service Food Bank`),
    whose words cannot be told apart from a name's."""
    before = _WORD_BEFORE_RE.search(text[max(0, start - 40):start])
    if before and before.group(1)[0].isupper() and before.group(1) != "The" and not _starts_sentence(
            text, start - len(before.group(0))):
        return True
    after = _WORD_AFTER_RE.match(text, end)
    return bool(after and after.group(1).isupper())


def _after_of(item: Candidate | None) -> Candidate | None:
    """`Users of Millbrae Carers Centre` is Millbrae Carers Centre: `of` joins a name's words only after a word
    that takes it inside names (`Isle of Wight`, gazetteer OF_HEADS), as the naming patterns read it."""
    if item is None or " of " not in item.name:
        return item
    words = item.name.split()
    cut = None  # the last `of` that does not follow an OF_HEADS word
    for i, word in enumerate(words):
        if i and word == "of" and words[i - 1].lower() not in gz.OF_HEADS:
            cut = i
    if cut is None:
        return item
    rest = " ".join(words[cut + 1:])
    if not is_name(rest):
        return None
    start = item.start + item.name.rindex(rest)
    return Candidate(start, start + len(rest), rest, item.kind, item.rule, item.acronym)


@lru_cache(maxsize=1)
def _ending_last_words() -> frozenset[str]:
    """The last words of the body endings (`practice`, `surgery`, `centre`) and the legal forms (`ltd`)."""
    words = {entry["words"][-1].lower() for entry in rules()["body_endings"] if entry.get("position") != "start"}
    return frozenset(words | set(rules()["organisation_nouns"]))


def _after_a_first_name(item: Candidate | None) -> Candidate | None:
    """`Castlegate Surgery and Millbrook Medical Practice`: a name found by its ending that runs back over
    `and` into a first name with an ending of its own is the second name only (the first is found by its
    own ending, or not at all)."""
    if item is None:
        return None
    joins = list(JOINED_RE.finditer(item.name))
    for join in reversed(joins):
        left = item.name[:join.start()]
        if left.split()[-1].lower() in _ending_last_words():
            right = item.name[join.end():]
            if not is_name(right):
                return None
            start = item.start + join.end()
            return Candidate(start, item.end, right, item.kind, item.rule, item.acronym)
    return item


# How far either side of a name its sentence is read (a caption transcript has no full stops at all).
SENTENCE_REACH = 600


@lru_cache(maxsize=64)
def _cues_re(cues: tuple[str, ...]) -> re.Pattern:
    """One pattern for a list of cue phrases, each a whole word or words, any case."""
    return word_list_pattern(tuple(re.escape(cue) for cue in sorted(cues, key=len, reverse=True)),
                             r"(?<![\w-])(?:WORDS)(?![\w-])")


# What ends a sentence, followed by white space or the end of what is read: a full stop (a list's `;` parts
# are one sentence), or a `;` too.
_SENTENCE_ENDS = ".!?;\n"
_FULL_STOPS = ".!?\n"  # a list's `;` parts no sentence


def _sentence_around(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    """The bounds of the sentence around ``start:end``, ended by one of ``stops`` (a full stop, or a `;` too
    where a list's parts are clauses of their own) before white space, reaching at most SENTENCE_REACH
    characters either side (the reach's edge counting as white space)."""
    low, high = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)

    def ends_sentence(at: int, edge: int) -> bool:
        return text[at] in stops and (at + 1 >= edge or text[at + 1].isspace())

    before = next((at + 1 for at in range(start - 1, low - 1, -1) if ends_sentence(at, start)), low)
    after = next((at + 1 for at in range(end, high) if ends_sentence(at, high)), high)
    return before, after


def _sentence_has(text: str, start: int, end: int, cues: tuple[str, ...]) -> bool:
    """Whether the sentence around ``start:end`` (a list's `;` parts are one sentence) holds one of ``cues``
    (whole words, any case)."""
    return _cues_re(cues).search(text, *_sentence_around(text, start, end, _FULL_STOPS)) is not None


def _before_a_second_name(item: Candidate | None) -> Candidate | None:
    """`Home-Start Harbury and Age UK`: a brand-led name (a body ending at the start) that runs on over `and`
    into a second name of two words or more stops before it (`Age UK Oldmill and District` stays whole:
    `District` alone is no name)."""
    if item is None:
        return None
    for join in JOINED_RE.finditer(item.name):
        right = item.name[join.end():]
        if len(right.split()) >= 2 and is_name(right):
            left = item.name[:join.start()]
            return Candidate(item.start, item.start + len(left), left, item.kind, item.rule)
    return item


def _role_name(name: str, rule: str) -> bool:
    """Whether a span can be a body's name as ``_candidate`` accepts it for ``rule``: a name, or in a role
    position a trading name (`Strathview Support Services`)."""
    return is_name(name) or (rule.startswith("role.") and (_trading_name(name) or _acting_service(name)))


def _initialled_type_name(name: str, text: str) -> bool:
    """`a peer review commissioned from the Local Government Association ... the LGA report`: a name made only of type
    words (is_name refuses `Clinical Commissioning Group`, a type) is one body's where a role position holds it, it
    ends with a membership body's noun (org_evidence.yaml initialled_type_names) and the same text calls it by its
    initials."""
    entry = rules()["initialled_type_names"]
    words = name.split()
    if len(words) < entry["min_words"] or words[-1].lower() not in entry["endings"] \
            or not all(w[0].isupper() or w in entry["joining_words"] for w in words):
        return False
    letters = initials(name)
    return len(letters) >= entry["min_words"] and letters in text \
        and bool(bounded(letters, r"[\w-]", r"[\w-]").search(text))


def _acting_service(name: str) -> bool:
    """`Harbury Records Service`, `Kelby and Tarnside Archives Service`: a place's records, library, archive or museum
    service (org_evidence.yaml acting_service_endings), taken only where a role position says it acts; `Mobile
    Library Service` names a kind of service."""
    entries = rules()["acting_service_endings"]
    words = name.split()
    lower = [w.lower() for w in words]
    for ending in entries["endings"]:
        place = words[:-len(ending)]
        if len(words) > len(ending) and lower[-len(ending):] == ending and lower[0] not in entries["not_first_words"] \
                and all(w[:1].isupper() or w.lower() in ("and", "&", "of") for w in place) and place[0][:1].isupper():
            return True
    return False


def _coordinated(item: Candidate) -> list[Candidate]:
    """`run by Oakhollow Care and Brightmere Support`: two bodies in one role position when each side
    is a name of two words or more, or in a role position a trading name (`awarded to Glenwater Care and
    Strathmoor Support Services`); `Kestle and Downs`, `Brighton and Hove` stay one name."""
    joins = list(JOINED_RE.finditer(item.name))
    if len(joins) != 1:
        return [item]
    left, right = item.name[:joins[0].start()], item.name[joins[0].end():]
    # A choice between suppliers (`proceed with A and B`) names two bodies even when a side is one word.
    shortest = 1 if item.rule in rules()["role_lists"].get("choice_rules", ()) else 2
    if len(left.split()) < shortest or len(right.split()) < shortest or not _role_name(left, item.rule) \
            or not _role_name(right, item.rule):
        return [item]
    right_start = item.start + joins[0].end()
    return [Candidate(item.start, item.start + len(left), left, item.kind, item.rule),
            Candidate(right_start, item.end, right, item.kind, item.rule, item.acronym)]


# A list item's town after it (`Larkrise Family Hub in Dunmere`): `in` or `at` and one to three capitalised words.
LOCATED_ITEM = r"[^\S\n]+(?:in|at)[^\S\n]+[A-Z][\w'\u2019-]*(?:[^\S\n]+[A-Z][\w'\u2019-]*){0,2}"


@lru_cache(maxsize=1)
def _list_patterns():
    lists = rules()["role_lists"]
    separators = "|".join(re.escape(s) for s in lists["separators"])
    plain = re.compile(rf"[^\S\n]*(?:{separators})[^\S\n]*(?:and[^\S\n]+)?{NAME}")
    # Round c26: an item of a comma list may be placed by its town (`A in Dunmere and B in Oxbridge`): the town is read
    # past, no item of the list.
    with_commas = re.compile(rf"(?P<located>{LOCATED_ITEM})?[^\S\n]*(?:{separators}|,)[^\S\n]*(?:and[^\S\n]+)?{NAME}")
    last_and = re.compile(rf"(?P<located>{LOCATED_ITEM})?[^\S\n]+(?:and|&)[^\S\n]+{NAME}")
    return plain, with_commas, last_and, frozenset(lists["comma_rules"])


def _listed_after(text: str, end: int, rule: str) -> list[Candidate]:
    """The bodies listed after a role position's name (org_evidence.yaml role_lists): `run by A / B / C`."""
    plain, with_commas, last_and, comma_rules = _list_patterns()
    pattern = with_commas if rule in comma_rules else plain
    found: list[Candidate] = []
    while True:
        match = pattern.match(text, end)
        if match is None and rule in comma_rules:
            match = last_and.match(text, end)  # `A, B and C`: the last after `and`; `A in X and B in Y`
            if match is not None and not found and not match.group("located"):
                match = None
        if match is None:
            return found
        item = _candidate(text, match, "other", rule)
        if item is None or item.start != match.start("name"):
            return found  # `/ see Appendix B`, `; the Council pays`: the list has ended
        after_comma = text[match.start():match.start("name")].strip().startswith(",")
        join = re.search(r"\s+and\s+", item.name) if after_comma else None
        if join and is_name(item.name[:join.start()]) and is_name(item.name[join.end():]):
            # `A, B and C`: the list's last `and` parts its last two names.
            left, right = item.name[:join.start()], item.name[join.end():]
            found.append(Candidate(item.start, item.start + len(left), left, item.kind, rule))
            found.append(Candidate(item.start + join.end(), item.end, right, item.kind, rule))
            return found
        found.append(item)
        end = match.end("name")


@lru_cache(maxsize=8192)
def candidates(text: str) -> tuple[Candidate, ...]:
    """Every name ``text`` puts in a role position, describes, or ends with a body word."""
    roles, described, kinds, endings, brand_plural = _compiled()
    found: list[Candidate] = []
    # Only the role patterns that need no word or one whose needed words the text holds, in their order.
    for rule, pattern, needs in _roles_needing(_needs_present(text.lower())):
        for match in pattern.finditer(text):
            if "article" in pattern.groupindex and match.group("article"):
                continue  # `the Warm Homes Accelerator, which provides`: a programme, not a body
            item = _candidate(text, match, "other", rule)
            if item and rule in _acronym_only_rules() and not acting_acronym(item.name):
                continue
            if item and rule in _not_a_person_rules() and person_name(item.name):
                continue  # `the Council's treasury adviser, Jo Bell,`: one person, no firm
            if item and rule in _holder_service_rules() and item.name.lower() in _holder_not_names():
                continue  # `the Library cleaning contract`: a kind of building, no holder
            if item:
                found.extend(_coordinated(item))
                found.extend(_listed_after(text, match.end("name"), rule))
    for match in described.finditer(text):
        item = _candidate(text, match, kinds.get(squash(match.group("kind").lower()), "other"),
                          "description")
        if item:
            found.append(item)
    # Only the endings whose words the text holds (a few of some twenty), each word looked for once.
    for i in sorted(_ending_sieve()(text)):
        pattern, kind, not_first, brand_first, cues = endings[i]
        by_ending: list[Candidate] = []
        matches = list(pattern.finditer(text))
        while matches:
            match = matches.pop(0)
            whole = _after_of(_candidate(text, match, kind, "body_ending"))
            item = _after_a_first_name(whole)
            if whole and item is not whole:
                # `Fenby Surgery and Oak Tree Surgery`: the first name, cut off, is read on its own.
                matches[:0] = pattern.regex.finditer(text, whole.start, (item.start if item else whole.end) - 1)
            if item and item.name.split()[0].lower() in not_first:
                continue  # `New Medical Centre`: a kind of building, no body
            if item and cues and not _sentence_has(text, item.start, item.end, cues):
                continue  # `Castlegate Surgery opens at eight`: no word says it is a practice
            if brand_first:
                item = _before_a_second_name(item)
            if item and any(item.start < f.start and f.end == item.end and f.rule not in layout_rules() for f in found):
                # `The providers are A, B and Silverbrook Care at Home`: found in its role position already, where the
                # list was read apart: the ending ran back over its `and`.
                continue
            if item and not _inside_capitals_run(text, item.start, item.end):
                by_ending.append(item)
        found.extend(sorted(by_ending, key=lambda c: c.start))
    found.extend(_brand_plurals(text, brand_plural, found))
    return tuple(found)


def _brand_plurals(text: str, pattern: _Pattern, found: list[Candidate]) -> list[Candidate]:
    """`Arden Networks holds the network contract`: a brand word and a generic plural outside a role position,
    where the sentence speaks of supplying (org_evidence.yaml brand_plurals)."""
    data = rules()["brand_plurals"]
    out = []
    for match in pattern.finditer(text):
        start, end = _whole_run(text, match.start("name"), match.end("name"))
        name = text[start:end]
        brand = name.split()[0]
        if any(c.start < end and start < c.end for c in found) or not _brand_word(brand) \
                or brand.lower().endswith(tuple(data["endings"])):
            continue
        if _inside_capitals_run(text, start, end) or _names_a_service(text, end):
            continue  # `The Highways Services contract`: the words name a service
        if not _sentence_has(text, start, end, tuple(data["cues"])):
            continue
        out.append(Candidate(start, end, name, "company", "brand_plural"))
    return out


def _whole_run(text: str, start: int, end: int) -> tuple[int, int]:
    """A brand word and a plural found as the tail of a longer capitalised name (`Swiftkill Pest Services`,
    `Memory Lane Socials`): the name's extent is the whole run, taken back over brand words on the same line
    while the longer span still reads as a trading name (org_evidence.yaml trading_name_endings); a word that
    is no brand (`Supplier`, `Since`, `The`) stops it."""
    for _ in range(_RUN_BACK_WORDS):
        before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
        if not before or not _brand_word(before.group(1)) or not _trading_name(text[before.start(1):end]):
            break
        start = before.start(1)
    return start, end


# At most this many brand words are taken back before a brand word and a plural (`Swiftkill Pest Services`).
_RUN_BACK_WORDS = 2


@lru_cache(maxsize=8192)
def definitions(text: str) -> tuple[Candidate, ...]:
    """`Full Name (FN)` where the initials fit: (name, acronym) candidates, not yet evidence."""

    _generic, _not_endings, nouns = _vocabulary()
    found = []
    for match in _DEFINITION.finditer(text):
        name = clean(match.group("name"))
        acronym = match.group("acronym")
        # The name is the longest tail whose initials fit: `The plan for Ashdown Energy Network (AEN)`.
        words = name.split()
        fitting = next((" ".join(words[i:]) for i in range(len(words)) if acronym_fits(acronym, " ".join(words[i:]))
                        and words[i][0].isupper()), None)
        if fitting is None or not is_name(fitting):
            continue
        start = match.start("name") + match.group("name").rindex(fitting)
        if _names_a_service(text, match.end()):
            continue
        kind = "organisation" if fitting.split()[-1].lower() in nouns else ""
        found.append(Candidate(start, start + len(fitting), fitting, kind, "definition", acronym))
    return tuple(found)


@dataclass(frozen=True)
class SharedPlural:
    """One of two bodies sharing a plural type noun: ``surface`` as written at ``start:end``
    (`Kestrel Vale`, `Fallowmere GP Federations`), ``name`` the body's own (`Kestrel Vale GP Federation`)."""

    start: int
    end: int
    surface: str
    name: str
    kind: str


_SIDE = rf"{_WORD}(?:{_GAP}{_WORD}){{0,2}}"


@lru_cache(maxsize=1)
def _shared_plural_patterns():
    entries = rules()["shared_plural_endings"]["entries"]
    plurals = "|".join(_GAP.join(re.escape(w) for w in e["plural"].split())
                       for e in sorted(entries, key=lambda e: -len(e["plural"])))
    by_plural = {squash(e["plural"]): e for e in entries}
    pattern = re.compile(rf"(?<![\w&-])(?P<left>{_SIDE}){_GAP}(?:and|&){_GAP}(?P<right>{_SIDE}){_GAP}"
                         rf"(?P<plural>{plurals})(?![\w&-])")
    return pattern, by_plural


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return frozenset(rules()["shared_plural_endings"]["not_name_words"]) | frozenset(gz.DESCRIPTOR_WORDS)


def _names_a_body(side: str, entry: dict) -> bool:
    """Whether one side of `X and Y <plural>` names a body: not only compass words or adjectives
    (`North and South Family Hubs`), and either a name by itself (is_name) or, before a naming-pattern
    ending, read by that pattern as the whole name (`Warwick` + `Town Council`: a registered place
    alone is no name, but with its ending it is one)."""
    not_name_words = _not_name_words()
    if all(word.lower() in not_name_words for word in side.split()):
        return False
    if entry.get("pattern"):
        whole = f"{side} {entry['singular']}"
        if any(found.start == 0 and found.end == len(whole) for found in find_names(whole)):
            return True
    return is_name(side)


def _shared_place(left: str, right: str) -> str:
    """The left side's name when it shares the right side's place: `East and West Wendle Town
    Councils` are East Wendle and West Wendle, so a left side of compass words or adjectives only
    takes the place words after the right side's own such words (and `Rural and Urban Parish
    Councils`, with no place words, stay no names)."""
    not_name_words = _not_name_words()
    if not all(word.lower() in not_name_words for word in left.split()):
        return left
    words = right.split()
    qualifiers = 0
    while qualifiers < len(words) and words[qualifiers].lower() in not_name_words:
        qualifiers += 1
    if qualifiers == 0 or qualifiers == len(words):
        return left
    return " ".join([left, *words[qualifiers:]])


def _sentence_says_bodies(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` says the shared-plural bodies are bodies (org_evidence.yaml
    shared_plural_endings body_cues) and not the paper's own buildings or services (own_cues)."""
    data = rules()["shared_plural_endings"]
    low, high = _sentence_around(text, start, end, _SENTENCE_ENDS)
    sentence = text[low:high]
    return not _cues_re(tuple(data["own_cues"])).search(sentence) and bool(_cues_re(tuple(data["body_cues"])).search(sentence))


@lru_cache(maxsize=8192)
def shared_plurals(text: str) -> tuple[SharedPlural, ...]:
    """`the X and Y <plural type noun>`: the two bodies it names (org_evidence.yaml shared_plural_endings),
    each side a name of its own (not a place, role or generic noun)."""
    if " and " not in text and "&" not in text:
        return ()
    pattern, by_plural = _shared_plural_patterns()
    # required_text.search: is one of the plural type nouns there at all?  Most passages hold none,
    # and the pattern's leading name words would otherwise be tried at every position.
    if required_text.search(pattern, text) is None:
        return ()
    found: list[SharedPlural] = []
    for match in pattern.finditer(text):
        entry = by_plural[squash(match.group("plural"))]
        left, right = clean(match.group("left")), clean(match.group("right"))
        if not left or not right or right != match.group("right"):
            continue  # (a sentence word inside the right side: not two names)
        if entry.get("evidence") and not _sentence_says_bodies(text, match.start(), match.end()):
            continue  # `the Pennyfold and Calloway Family Hubs`, council buildings: no bodies
        left_name = _shared_place(left, right)
        if not _names_a_body(left_name, entry) or not _names_a_body(right, entry):
            continue
        left_start = match.start("left") + match.group("left").rindex(left)
        right_start = match.start("right")
        found.append(SharedPlural(left_start, left_start + len(left), left, f"{left_name} {entry['singular']}",
                                  entry["kind"]))
        found.append(SharedPlural(right_start, match.end(), text[right_start:match.end()],
                                  f"{right} {entry['singular']}", entry["kind"]))
    return tuple(found)


@dataclass(frozen=True)
class TradingName:
    """`X Ltd (trading as Y)`: ``name`` (Y) at ``start:end``; the legal name ends at ``legal_end``."""

    legal_end: int
    start: int
    end: int
    name: str


@lru_cache(maxsize=1)
def _trading_pattern() -> re.Pattern:
    cues = "|".join(re.escape(c).replace(r"\ ", r"[^\S\n]+") for c in rules()["trading_names"]["cues"])
    # `Ltd (trading as Y)`, `Ltd, trading as Y,`, `Ltd t/a Y`; the trading name must start right after the cue.
    return re.compile(rf"[^\S\n]*[(,]?[^\S\n]*(?:{cues})[^\S\n]+(?!the\b|a\b|an\b){NAME}")


@lru_cache(maxsize=8192)
def trading_names(text: str) -> tuple[TradingName, ...]:
    """The trading names ``text`` gives after a legal name (org_evidence.yaml trading_names)."""
    lower = text.lower()
    if " as " not in lower and "t/a" not in lower:
        return ()
    found = []
    for match in _trading_pattern().finditer(text):
        raw = match.group("name")
        name = clean(raw)
        if not raw.startswith(name) or not (is_name(name) or _trading_name(name)):
            continue
        found.append(TradingName(match.start(), match.start("name"), match.start("name") + len(name), name))
    return tuple(found)


# ---- people: never bodies (org_evidence.yaml people) ------------------------------------------------------------

@lru_cache(maxsize=1)
def _people_words():
    data = rules()["people"]
    leads = tuple(sorted(data["list_leads"], key=len, reverse=True))  # longest first: `members present` before `members`
    titles = frozenset(data["titles"])
    generic, not_endings, nouns = _vocabulary()
    body_words = (set(gz.HEAD_WORDS) | set(_type_words()) | set(nouns) | set(not_endings) | generic
                  | set(rules()["trading_name_endings"]["words"]) | set(rules()["plural_name_endings"])
                  | set(gz.LEADING_NOISE) | set(_TITLES))
    return data, leads, titles, frozenset(body_words)


@lru_cache(maxsize=1)
def _professions() -> frozenset[str]:
    """The plural professions that label a firm (org_evidence.yaml role.professional_label `needs`:
    `auditors`, `surveyors`, `solicitors` ...); `(Apologies)` or `(Friends of Kelby Parks)` is no profession."""
    return frozenset(word.lower() for entry in rules()["role_patterns"] if entry["id"] == "role.professional_label"
                     for word in entry["needs"])


def _without_bracket(entry: str) -> tuple[str, str]:
    """`Owen Tull (Clerk)` -> (`Owen Tull`, `Clerk`)."""
    if "(" in entry:
        head, _, rest = entry.partition("(")
        return head, rest.partition(")")[0]
    return entry, ""


def person_name(entry: str) -> str | None:
    """The person an attendance entry or a titled name names (`Cllr Ann Lee (Chair)` -> `Ann Lee`), else None:
    two or three capitalised words or initials after any titles, none a body word, and no plural profession in the
    bracket after it (`Hallam Crane (Auditors)` is a firm)."""
    _data, _leads, titles, body_words = _people_words()
    head, bracket = _without_bracket(entry)
    label = bracket.split()
    if label and label[-1].lower().strip(".,;:") in _professions():
        return None  # `(Auditors)`, `(the Trust's surveyors)`: a firm labelled by its profession
    words = [w.strip(".,:;'\u2019") for w in head.split()]
    while words and words[0].lower() in titles:
        words = words[1:]
    if not 2 <= len(words) <= 3:
        return None
    for word in words:
        if not word or not word[0].isupper() or word.lower() in body_words or word.lower() in STOP_WORDS \
                or word.lower() in _MONTHS_AND_DAYS:
            return None
        if len(word) > 1 and not all(c.isalpha() or c in "-'\u2019" for c in word[1:]) or word[1:].isupper() and len(word) > 1:
            return None  # a code, a number or an acronym: no person's name
    name = " ".join(words)
    return None if register.lookup(name) else name


def _entries(text: str) -> list[str]:
    """A list's entries: its text parted by the list separators and a last `and`/`&`."""
    data, _leads, _titles, _body = _people_words()
    parts = [text]
    for separator in data["separators"]:
        parts = [piece for part in parts for piece in part.split(separator)]
    entries = []
    for part in parts:
        entries.extend(part.replace(" & ", " and ").split(" and "))
    return [squash(e) for e in entries if e.strip()]


def _list_lead(text: str) -> tuple[str | None, str]:
    """(the lead, what follows it) when ``text`` opens on a list lead and a colon or dash, or is the lead alone."""
    _data, leads, _titles, _body = _people_words()
    first, bar, rest = text.partition("|")
    head = squash(first).rstrip(":").strip()
    if head.lower() in leads:
        return head, rest  # a heading alone, or a table row `Present | Ann Lee, Sam Price`
    lowered = text.lower()
    for lead in leads:
        if lowered.startswith(lead):
            after = text[len(lead):].lstrip()
            if after[:1] in (":", "-", "\u2013", "\u2014"):
                return lead, after[1:]
    return None, ""


def _titled(text: str) -> list[str]:
    """People named after a title anywhere in ``text`` (`Councillor Nora Vance`, `Dr. Ann Lee`)."""
    _data, _leads, titles, _body = _people_words()
    words = text.split()
    found = []
    for i, word in enumerate(words[:-1]):
        if word.strip(".,;:(").lower() in titles and word[:1].isupper():
            run = []
            for following in words[i + 1:i + 4]:
                bare = following.strip(".,;:()")
                if not bare or not bare[0].isupper() or bare.lower() in titles:
                    break
                run.append(bare)
                if following[-1:] in ",;:()." and len(bare) > 1:
                    break
            for size in (3, 2):
                name = person_name(" ".join(run[:size])) if len(run) >= size else None
                if name:
                    found.append(name)
                    break
    return found


def people(texts) -> frozenset[str]:
    """Everyone the paper names as a person (org_evidence.yaml people): its lists of those present, attending or
    sending apologies, its signatures, and any name after a title.  A role frame's bare name among them is no body."""
    data, _leads, _titles, _body = _people_words()
    texts = list(texts)
    found: set[str] = set()
    listing, misses, listed_before = False, 0, False  # inside the lines or rows after a lead standing alone
    for text in texts:
        found.update(_titled(text))
        lead, rest = _list_lead(text)
        if lead is not None:
            listing, misses, listed_before = not squash(rest), 0, False
            found.update(filter(None, map(person_name, _entries(rest))))
            continue
        lowered = text.lower()
        for lead in data["sentence_leads"]:
            at = lowered.find(lead)
            if at >= 0:
                span = text[at + len(lead):] if not lead.startswith(("were", "was")) else text[:at]
                span = span.partition(". ")[0].rstrip(".") if not lead.startswith(("were", "was")) \
                    else span.rpartition(". ")[2]
                found.update(filter(None, map(person_name, _entries(span))))
        if listing:
            line = squash(text)
            if len(line.split()) >= data["list_line_max_words"] or line.endswith("."):
                listing = False  # a sentence: the record has begun
                continue
            listed = list(filter(None, map(person_name, _entries(line))))
            found.update(listed)
            # The record has begun at a sentence, or a line naming no person after the list's first (a header row
            # `Name | Role` may come before it).
            misses = 0 if listed else misses + 1
            listing = bool(listed) or (misses == 1 and not listed_before)
            listed_before = listed_before or bool(listed)
    return frozenset(found)


@lru_cache(maxsize=1)
def _own_unit_name() -> re.Pattern:
    """A run of capitalised words (joined by `and`, `&`, `of`, commas) right before a unit word (org_evidence.yaml
    own_units)."""
    words = "|".join(re.escape(w) for w in rules()["own_units"]["words"])
    capital = r"[A-Z][\w'’-]*"
    return re.compile(rf"(?P<name>{capital}(?:,?\s+(?:(?:and|&|of|for)\s+)?{capital})*)\s+(?P<unit>{words})\b")


def own_units(texts) -> frozenset[str]:
    """The names of the paper's own units (`the Schools, Learning and Skills Directorate`: `schools learning
    and skills`) and their initials (`sls`), each squashed in lower case: parts of the paper's body, never
    parties (org_evidence.yaml own_units)."""
    skip = frozenset(rules()["own_units"]["not_initial_words"])
    found: set[str] = set()
    for text in texts:
        for match in required_text.finditer(_own_unit_name(), text):  # (every text of the paper: most name no unit)
            words = [w for w in match.group("name").replace(",", " ").split() if w.lower() != "the"]
            if not words:
                continue
            found.add(squash(" ".join(words)).lower())
            # Initials with or without the joining words' and the unit word's own (`SLS`, `CAF`, `PED`).
            content = "".join(w[0] for w in words if w.lower() not in skip and w != "&")
            every = "".join(w[0] for w in words if w != "&")
            unit = match.group("unit")[0]
            found.update(i.lower() for i in (content, every, content + unit, every + unit) if len(i) >= 2)
    return frozenset(found)



def _nhs_area_rules() -> dict:
    return rules()["nhs_area_bodies"]


@lru_cache(maxsize=None)
def _paper_words_pattern(kind: str) -> re.Pattern:
    # (The cue words are plain words, so each is its own pattern source.)
    return word_list_pattern(tuple(_nhs_area_rules()["kinds_by_paper_words"][kind]), r"\b(?:WORDS)\b")


def names_an_nhs_area(name: str) -> bool:
    """`NHS Carrick Shore`, `NHS Kent and Medway`: `NHS` and an area's words, no thing's (`NHS Long Term Plan`,
    org_evidence.yaml nhs_area_bodies thing_words) and no body type's (`NHS Wales Shared Services Partnership`)."""
    words = name.split()
    if len(words) < 2 or words[0] != "NHS" or any(w[:1].isdigit() for w in words[1:]):
        return False
    place = [w for w in words[1:] if w.lower() not in ("and", "&")]
    things = frozenset(_nhs_area_rules()["thing_words"])
    # Not orgfinder.names_an_area: an area's name may be plural (`NHS Lochmere Borders`, `NHS Wendle Valleys`), so a
    # service's plural (`NHS Health Checks`) is ruled out by its words instead.
    return bool(place) and all(w[:1].isupper() for w in place) and not any(
        w.lower() in things or w.lower() in gz.HEAD_WORDS or w.lower() in gz.DESCRIPTOR_WORDS for w in place)


def nhs_area_kind(texts) -> str:
    """The kind of an NHS body named by its area alone, from the paper's words (org_evidence.yaml nhs_area_bodies
    kinds_by_paper_words): the kind whose words the paper uses more, `other` when neither or both as often."""
    joined = " ".join(texts)
    counts = {kind: len(_paper_words_pattern(kind).findall(joined)) for kind in _nhs_area_rules()["kinds_by_paper_words"]}
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return "other"
    return ranked[0][0]


@lru_cache(maxsize=None)
def _own_board_group_re(key: str) -> re.Pattern:
    """org_evidence.yaml nhs_area_bodies own_board's `group_after` or `group_at_once`, GROUP its group_nouns."""
    own = _nhs_area_rules()["own_board"]
    return re.compile(own[key].replace("GROUP", "|".join(map(re.escape, own["group_nouns"]))))


def _nhs_area_name(words: list[str]) -> str:
    """`NHS` and its place words as the body is named: a place in capitals (`NHS CARROWMORE`) in title case."""
    return " ".join(["NHS"] + [w.capitalize() if w.isupper() and len(w) > 1 else w for w in words])


def own_nhs_area_boards(texts: list[str]) -> list[tuple[int, str]]:
    """(passage, name) for each board named `NHS <place>` alone that the paper shows holding its own meetings
    (org_evidence.yaml nhs_area_bodies own_board): its name alone on one of the paper's first lines, or run into
    its board's or a committee's name (`NHS Glenfoyle Audit and Risk Committee`, `Meeting of NHS Carrowmore
    Board`).  A name alone on a line gives the place in full; only where none does are run-in names read (the
    shortest place before the group's words: `NHS Glenfoyle`, not `NHS Glenfoyle Audit`)."""
    own = _nhs_area_rules()["own_board"]
    most = own["place_words_max"]
    committee_words = frozenset(own["committee_words"])
    alone = []
    for position, text in enumerate(texts[:own["lead_passages"]]):
        words = text.split()
        if 2 <= len(words) <= most + 1 and words[0] == "NHS":
            name = _nhs_area_name(words[1:])
            if names_an_nhs_area(name):
                alone.append((position, name))
    if alone:
        return alone[:1]
    run_in = []
    for position, text in enumerate(texts):
        if "NHS" not in text:
            continue
        split = text.split()
        for lead in (index for index, word in enumerate(split) if word == "NHS"):
            words = split[lead + 1:]
            places = [words[:count] for count in range(1, min(most, len(words)) + 1)]
            places = [place for place in places if not place[-1].endswith((",", ".", ";"))
                      and place[-1] not in ("and", "&") and names_an_nhs_area(_nhs_area_name(place))
                      and not any(word.lower() in committee_words for word in place)]
            rests = {len(place): " " + " ".join(words[len(place):]) for place in places}
            at_once = [place for place in places if _own_board_group_re("group_at_once").match(rests[len(place)])]
            after = [place for place in places if _own_board_group_re("group_after").match(rests[len(place)])]
            if at_once or after:
                run_in.append((position, _nhs_area_name(at_once[-1] if at_once else after[0])))
    return run_in
