"""The organisations a paper names, one record per body: the ``cp_organisations`` component.

A paper names one body many ways: in full, by an acronym it defines
(`Wessex Community NHS Trust (WCHT)` or `WCHT (Wessex Community NHS Trust)`),
by a near variant (`Wessex Foundation Trust` for `The Wessex NHS Foundation
Trust`) and by short forms (`the Council`, `the CCG`, `the Trust`).  The
component builds an :class:`OrgIndex` over the whole paper, sets it as
``doc._.orgs`` for later components (contracts ask it who `HVCCG` or `the
Council` is) and adds every organisation with its aliases to the extraction.

Mentions are found once.  Building the index reads every passage with the
organisation finder (names, `the <type>` short forms, acronyms, with their
offsets); the index keeps what it found per passage and hands it to every
extractor that asks for a passage's mentions (``find``), so no passage is
searched for organisations again.  What a short form means (`the Council`: the
publishing body when it is a council) depends on the paper's authority, which
cp_metadata decides after this component: short forms are resolved in one
place, ``short_target``, and each text's mentions are resolved once the
authority is set (setting it again clears them, as `the Council` may now mean
another body).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from . import gazetteer as gz
from . import orgevidence, register, required_text
from .facts import Organisation
from .listitems import rows_cut_by_page
from .orgfinder import (DEFINITION_RE, JOINED_RE, Found, acronym_fits, capitalised_words, find_names,
                        looks_like_acronym, org_acronym_kind, tokenize)
from .orgnames import COUNCIL_TYPE_WORDS, council_place, initials, variant_key
from .paper import paper_text
from .phrases import load
from .plain_text import bounded, is_capitalised_word, is_word_character, lower_letters, squash, without_possessive

if not Doc.has_extension("orgs"):
    Doc.set_extension("orgs", default=None)

# Kinds that name a specific type of body; `charity` and `other` are guesses.
WEAK_KINDS = {"charity", "other"}
# Kinds whose names start with a brand as often as a place.
BRAND_KINDS = WEAK_KINDS | gz.LEGAL_FORM_KINDS
# Function words that open a sentence with a capital (`While`, `As`, `For`): after a brand word they start the
# next sentence or table cell, not a place's name (`Ashdown Road`).
_CAPITALISED_STOP_WORDS = frozenset(w.capitalize() for w in STOP_WORDS if w.isalpha())
_CAPITALISED_STOP_WORD_LENGTHS = sorted({len(w) for w in _CAPITALISED_STOP_WORDS})
_LABEL_BEFORE = re.compile(r":\s*$")
REVERSE_ACRONYM_RE = re.compile(r"\b([A-Z][A-Za-z&]{1,9}(?: [A-Z]{2,6})?)\s*\(\s*$")
# A word of prose, not part of an address (`democracy.casterbridge.gov.uk`, `x@casterbridge`): what may not
# stand right before it and what may not follow it (see plain_text.bounded).
_PROSE_BEFORE, _PROSE_AFTER = r"[\w\-./@]", r"[\w\-@]|\.\w"
# A body the paper says what it is (`run by Larkspur House, a registered charity`,
# `Oakfield Trust (registered charity)`), though its name has no type word.  `X, the charity Y`
# describes Y, not X.
_DESCRIPTION = (r"(?:local|registered|national|small|independent|voluntary(?:\s+sector)?|user-led|not-for-profit|"
                r"specialist|regional|community)\s+")
DESCRIBED_RE = re.compile(
    r"(?<![\w'\u2019&-])((?:[A-Z][\w'\u2019&-]*)(?:\s+(?:(?:of|and|&|for|on|in)\s+)?[A-Z][\w'\u2019&-]*){0,5})"
    r"(?:,\s+(?:an?|the)\s+(?:" + _DESCRIPTION + r")*(?P<kind>charit(?:y|able\s+(?:trust|organisation|company|"
    r"incorporated\s+organisation))|social\s+enterprise|community\s+interest\s+company|voluntary\s+(?:sector\s+)?"
    r"organisation|housing\s+association)\b(?!\s+[A-Z])"
    r"|\s+\((?:an?\s+)?(?:" + _DESCRIPTION + r")*(?P<kind2>charity|social\s+enterprise)\b[^)]{0,30}\))")
_DESCRIBED_KINDS = {"community interest company": "cic", "social enterprise": "other", "housing association": "other"}
# Words a described name cannot be or start with (`The Council, a ...`, `This, a ...`).
_NOT_DESCRIBED_START = {"the", "this", "that", "these", "those", "it", "its", "which", "who", "a", "an", "each",
                        "every", "our", "their", "in", "on", "for", "and", "but", "as", "one"}


@dataclass(frozen=True)  # the index hands the same mentions to every reader: none may change them
class OrgMention:
    start: int
    end: int
    name: str  # canonical name
    kind: str
    surface: str  # as written


def _better_name(candidate: str, current: str) -> bool:
    """The fuller spelling wins: `Wessex NHS Foundation Trust` over `Wessex Foundation Trust`,
    but not a possessive one (`Wessex's Libraries IPS`)."""
    def rank(name):
        return (not re.search(r"['\u2019]s\b", name), len(name.split()), len(name))
    return rank(candidate) > rank(current)


class OrgIndex:
    """Who is who in one paper; see the module docstring.

    ``find``, ``resolve`` and ``kind_of`` work on any string, not only the
    paper's own text; ``authority`` is the publishing body once the metadata
    component has set it.
    """

    def __init__(self):
        self._authority: Optional[str] = None
        # What the finder found in each passage while the index was built, handed to ``find``.
        self._found_in: dict[str, list[Found]] = {}
        # Once built: each text's mentions and each short form's body, for the current authority.
        self._built = False
        self._resolved: dict[str, tuple[OrgMention, ...]] = {}
        self._short_targets: dict[tuple[str, Optional[str]], Optional[str]] = {}
        self._orgs: dict[str, Organisation] = {}
        self._by_key: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        self._not_orgs: set[str] = set()
        self._surface_counts: dict[str, Counter] = {}
        self._order: list[str] = []
        self._short_forms: Counter = Counter()
        self._first_seen: dict[str, int] = {}
        self._described: dict[str, str] = {}  # name as written -> canonical, for `X, a charity`
        self._rejected: set[str] = set()  # names found by a pattern that the paper shows are no body
        # Mentions known only where they stand: each of two bodies sharing a plural type noun.
        self._shared_in: dict[str, list[tuple[int, int, str, str]]] = {}
        # Brand words standing for one body (`Seaholme` for Seaholme Urgent Care Ltd): never a label's value.
        self._brand_words: set[str] = set()
        # Everyone the paper names as a person (orgevidence.people): no evidence frame makes one a body.
        self._people: frozenset[str] = frozenset()
        # The paper's own units and their initials (orgevidence.own_units): parts of its body, no evidence makes one a body.
        self._own_units: frozenset[str] = frozenset()
        self._common_words: dict[str, bool] = {}  # is_common_word's answers

    @property
    def authority(self) -> Optional[str]:
        """The publishing body, once cp_metadata has set it."""
        return self._authority

    @authority.setter
    def authority(self, name: Optional[str]):
        if name != self._authority:
            self._resolved.clear()  # `the Council` may now mean another body
            self._short_targets.clear()
        self._authority = name

    # -- building ---------------------------------------------------------
    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> "OrgIndex":
        index = cls()
        texts = list(texts)
        found_per_text = [find_names(text) for text in texts]
        for position, (text, found) in enumerate(zip(texts, found_per_text)):
            for item in found:
                if item.short:
                    index._short_forms[item.short] += 1
                    continue
                name = index._add(item.name, item.kind, item.surface, position)
                if not _named_alone(item.surface):
                    # Known only from where it stood (`NHS Glenmorrow` in `NHS Glenmorrow and Glenmorrow
                    # Council`): found again wherever the paper writes it.
                    index._described.setdefault(item.surface, name)
                if item.acronym:
                    index._define(item.acronym, name)
                reverse = REVERSE_ACRONYM_RE.search(text[:item.start])
                if reverse and text[item.end:].lstrip().startswith(")") and acronym_fits(reverse.group(1), item.surface):
                    index._define(reverse.group(1), name)
        for position, (text, found) in enumerate(zip(texts, found_per_text)):
            index._note_described(text, found, position)
        index._people = orgevidence.people(texts)
        index._own_units = orgevidence.own_units(texts)
        index._note_evidence(texts, found_per_text)
        index._note_trading_names(texts, found_per_text)
        index._note_brand_short_names(texts)
        index._merge_bare_councils()
        for text, found in zip(texts, found_per_text):
            index._note_other_definitions(text, found)
        for position, text in enumerate(texts):
            index._count_acronyms(text, position)
        index._infer_implied_council(texts)
        index._apply_register()
        index._expand_council_acronyms(texts)
        index._drop_common_word_councils(texts)
        index._found_in = dict(zip(texts, found_per_text))
        index._built = True
        return index

    def _add(self, name: str, kind: str, surface: str, position: int, mentions: int = 1) -> str:
        key = variant_key(name)
        canonical = self._by_key.get(key)
        if canonical is None:
            canonical = name
            self._orgs[name] = Organisation(name=name, kind=kind)
            self._by_key[key] = name
            self._order.append(name)
            self._surface_counts[name] = Counter()
            self._first_seen[name] = position
        org = self._orgs[canonical]
        org.mentions += mentions
        org.aliases.add(name)
        if org.kind in WEAK_KINDS and kind not in WEAK_KINDS:
            org.kind = kind
        self._surface_counts[canonical][name] += mentions
        if _better_name(name, canonical):
            self._rename(canonical, name)
            canonical = name
        return canonical

    def _rename(self, old: str, new: str):
        org = self._orgs.pop(old)
        org.name = new
        self._orgs[new] = org
        for table in (self._by_key, self._acronyms):
            for key, value in table.items():
                if value == old:
                    table[key] = new
        self._surface_counts[new] = self._surface_counts.pop(old)
        self._first_seen[new] = self._first_seen.pop(old)
        self._order[self._order.index(old)] = new
        if self.authority == old:
            self.authority = new

    def _merge_into(self, source: str, target: str):
        """Fold organisation ``source`` into ``target`` (one body, two spellings)."""
        org = self._orgs.pop(source)
        into = self._orgs[target]
        into.mentions += org.mentions
        into.aliases |= org.aliases | {source}
        for table in (self._by_key, self._acronyms):
            for key, value in table.items():
                if value == source:
                    table[key] = target
        self._surface_counts[target].update(self._surface_counts.pop(source))
        self._first_seen[target] = min(self._first_seen[target], self._first_seen.pop(source))
        self._order.remove(source)
        if _better_name(source, target) and not source.isupper():
            self._rename(target, source)

    def _drop_common_word_councils(self, texts: list[str]):
        """`Covers Council` (a cell `... programme. Covers Council Specialist Support`) is no council:
        its one place word is an ordinary word the paper also writes in lower case, which a place name
        never is.  A registered council (`Reading Borough Council`) is one whatever its place."""
        for name in list(self._order):
            org = self._orgs[name]
            key = variant_key(name)
            place = council_place(key)
            # Only a bare `X Council`: a tier word (`Hope Parish Council`) says the name is meant.
            if org.kind != "council" or org.code or not place or " " in place or name.isupper() \
                    or key != f"{place} council":
                continue
            if _written_in_lower_case(place, texts):
                self._forget(name)

    def _forget(self, name: str):
        self._orgs.pop(name)
        self._order.remove(name)
        for table in (self._by_key, self._acronyms, self._described):
            for key in [k for k, v in table.items() if v == name]:
                del table[key]
        self._rejected.add(name)

    def _apply_register(self):
        """A body in the register of public bodies goes by its canonical full name, with its code and
        kind; every name the paper used stays an alias.  Two spellings of one body become one."""
        for name in list(self._order):
            org = self._orgs.get(name)
            if org is None:
                continue
            body = register.lookup(name) or next(
                (b for b in map(register.lookup, sorted(org.aliases)) if b is not None), None)
            if body is not None:
                self._adopt(name, body)
        # An acronym the paper uses for a registered body by its exact initials
        # (`RMBC` beside `Rotherham Metropolitan Borough Council`) is stored as an
        # alias too: a registered body's initials are its own, and a paper that
        # writes only the acronym then joins it.  Other initials stay local.
        for acronym, name in self._acronyms.items():
            name = self._by_key.get(variant_key(name), name)
            org = self._orgs.get(name)
            if org is not None and org.code and initials(org.name) == acronym:
                org.aliases.add(acronym)

    def _expand_council_acronyms(self, texts: list[str]):
        """A council acronym the paper never defines (`RMBC`, `KCC`) is the one current
        council in the register whose initials it spells and whose place the paper names
        (`Rotherham`, `Kent`); the acronym stays an alias.  Councils share most such
        acronyms (`BCC`: Bristol, Birmingham, Bradford ...): without exactly one of
        their places in the paper the acronym stays as written."""
        joined = None
        for name in list(self._order):
            org = self._orgs.get(name)
            if org is None or org.code or org.kind != "council" or not name.isupper():
                continue
            candidates = register.councils_with_initials(name)
            if not candidates:
                continue
            joined = joined if joined is not None else "\n".join(texts)
            # The place as a name is written (`Reading`, not the verb `reading`).
            named = [body for body in candidates if any(
                re.search(rf"\b{re.escape(place.title())}\b", joined)
                for place in body.places + (council_place(variant_key(body.name)),) if place)]
            if len(named) != 1:
                continue
            self._adopt(name, named[0])
            self._acronyms[name] = named[0].name

    def _adopt(self, name: str, body):
        """The organisation ``name`` is the registered ``body``: it goes by the register's
        name with its code and kind (joining the row already under that name), and
        ``name`` stays an alias."""
        if body.name in self._orgs and body.name != name:
            self._merge_into(name, body.name)
            if body.name not in self._orgs:  # the merge kept the fuller spelling; the register's wins
                self._rename(name, body.name)
        elif name != body.name:
            self._rename(name, body.name)
        target = self._orgs[body.name]
        target.aliases.update({name, body.name})
        target.code, target.kind = body.code, body.kind
        self._by_key[variant_key(body.name)] = body.name

    def _merge_bare_councils(self):
        """`Wessex Council` is `Wessex County Council` when the paper names only one Wessex council."""
        councils = [n for n in self._order if self._orgs[n].kind == "council"]
        for name in list(councils):
            key = variant_key(name)
            if council_place(key) + " council" != key or name not in self._orgs:
                continue
            place = council_place(key)
            fuller = [n for n in self._orgs if n != name and self._orgs[n].kind == "council"
                      and council_place(variant_key(n)) == place]
            if len(fuller) == 1:
                self._merge_into(name, fuller[0])

    def _define(self, acronym: str, name: str, defined: bool = True):
        """``acronym`` means ``name`` in this paper.  Only an acronym the paper
        defines becomes a stored alias: one matched by initials alone (`HCC`)
        may mean another body in another paper, and aliases join papers."""
        if acronym in gz.SHORT_FORM_ACRONYMS:
            return  # `Wessex CCG (CCG)`: the type, not a name
        if acronym not in self._acronyms:
            self._acronyms[acronym] = name
        if defined:
            self._orgs[name].aliases.add(acronym)

    def _note_described(self, text: str, found: list[Found], position: int):
        """Names the paper says are a charity, a social enterprise ...: organisations of that kind."""
        if "charit" not in text and "enterprise" not in text and "organisation" not in text \
                and "association" not in text and "interest company" not in text:
            return
        for match in DESCRIBED_RE.finditer(text):
            name = match.group(1)
            if name.split()[0].lower() in _NOT_DESCRIBED_START or len(name) < 4 or name.isupper():
                continue
            kind = squash((match.group("kind") or match.group("kind2")).lower())
            # A name the finder knows already (`Oakfield Hospice, a local charity`) is no new body;
            # a `Trust` it took for an NHS trust that the paper says is a charity is a charity.
            known = [item for item in found if item.start <= match.start(1) < item.end]
            if known:
                org = self._orgs.get(self._canonical(known[0].name))
                if org is not None and kind == "charity" and org.kind == "nhs_trust" and "NHS" not in org.name:
                    org.kind = "charity"
                continue
            canonical = self._add(name, _DESCRIBED_KINDS.get(kind, "charity"), name, position)
            self._described[name] = canonical

    def _note_evidence(self, texts: list[str], found_per_text: list[list[Found]]):
        """Names the paper puts in a role position (`awarded to X`, `X were commissioned`), describes
        (`X, a registered charity`), ends with a body word (`X GP Federation`) or defines as an
        organisation's acronym (`X Network (XN)`): organisations though no naming pattern knows them."""
        definitions = {d.acronym: (position, d) for position, text in enumerate(texts)
                       for d in orgevidence.definitions(text)}
        bracketed = {m.group(1) for text in texts if "(" in text for m in DEFINITION_RE.finditer(text)}
        used = set()
        layouts = orgevidence.layout_rules()
        # A layout is evidence where a line laid out the same way names there a body known otherwise.
        supported = set()
        for text, found in zip(texts, found_per_text):
            items = orgevidence.candidates(text)
            known = [(f.start, f.end) for f in found if not f.short] + \
                    [(c.start, c.end) for c in items if c.rule not in layouts]
            supported.update(item.rule for item in items if item.rule in layouts
                             and any(start < item.end and item.start < end for start, end in known))
        led = orgevidence.led_layout_items(texts)
        nhs_kind = None  # the kind of an NHS body named by its area alone, worked out once it is needed
        for position, name in orgevidence.own_nhs_area_boards(texts):
            # `NHS Glenfoyle` over its own Audit and Risk Committee's minutes: a board, whatever names it in a role.
            # A body known by a longer name opening with it (`NHS Loamshire Integrated Care Board`) is that body.
            if self.resolve(name) is None and not any(known.startswith(name + " ") for known in self._orgs):
                if nhs_kind is None:
                    nhs_kind = orgevidence.nhs_area_kind(texts)
                self._add_evidenced(name, nhs_kind if nhs_kind in ("health_board", "icb") else "health_board",
                                    position, None)
        for position, text in enumerate(texts):
            # `the Kestrel Vale and Fallowmere GP Federations`: two bodies, each found where it is written.
            for item in orgevidence.shared_plurals(text):
                canonical = self._add(item.name, item.kind, item.name, position)
                # Each side is a mention where it stands only: its bare words (`Ashcombe`) elsewhere are as
                # often the place or the building (a table of centres' rents) as the body.
                self._shared_in.setdefault(text, []).append((item.start, item.end, item.surface, canonical))
                self._described.setdefault(item.name, canonical)  # `Ashcombe Family Hub` written in full elsewhere
        for position, (text, found) in enumerate(zip(texts, found_per_text)):
            shared = orgevidence.shared_plurals(text)
            for item in orgevidence.candidates(text):
                if any(f.start < item.end and item.start < f.end for f in found if not f.short):
                    continue  # a name the naming patterns found already
                if any(s.start < item.end and item.start < s.end for s in shared):
                    continue  # one of two bodies sharing a plural type noun, added above
                if item.rule in layouts and item.rule not in supported and (position, item.rule) not in led:
                    continue
                name, acronym = item.name, item.acronym
                if name in definitions and looks_like_acronym(name):
                    # `delivered by AEN` in a paper that defines `Ashdown Energy Network (AEN)`.
                    name, acronym = definitions[name][1].name, name
                elif name in bracketed:
                    continue  # `CYPMHS are commissioned`: the paper defined it as something else
                elif looks_like_acronym(name) and (self._initials_match(name, None) or any(
                        acronym_fits(name, known) for known in self._orgs if not known.isupper())):
                    continue  # `DfE`, `NHSE` for the paper's `Department for Education`, `NHS England`
                parts = JOINED_RE.split(name)
                if len(parts) > 1 and all(looks_like_acronym(part) for part in parts):
                    continue  # `AFRS and BCC`: two bodies, each known (or not) by its acronym alone
                if " " not in name and not looks_like_acronym(name) and any(name.lower() in t and
                        bounded(name.lower(), _PROSE_BEFORE, _PROSE_AFTER).search(t) for t in texts):
                    continue  # `Funding to Capacity build`: a word the paper also writes in lower case is no name
                brand = orgevidence.two_word_trading_name(name)
                if brand is not None and any(brand.lower() in t and
                        bounded(brand.lower(), _PROSE_BEFORE, r"[\w\-@]").search(t) for t in texts):
                    continue  # `run by Leisure Services` in a paper about leisure: a department, no brand
                if self.resolve(name) is not None:
                    continue
                kind = item.kind
                if orgevidence.names_an_nhs_area(name):
                    # `directs NHS Carrick Shore to`: a health board or an ICB, by the paper's words.
                    if nhs_kind is None:
                        nhs_kind = orgevidence.nhs_area_kind(texts)
                    kind = nhs_kind
                self._add_evidenced(name, kind, position, acronym)
                used.add(acronym or name)
        for acronym, (position, definition) in definitions.items():
            if (definition.kind == "organisation" or acronym in used) and self.resolve(definition.name) is None \
                    and not any(f.start < definition.end and definition.start < f.end
                                for f in found_per_text[position] if not f.short):
                self._add_evidenced(definition.name, "other", position, acronym)
        for surface, name in self._described.items():
            # Said once in a role, named again anywhere: each time is a mention.
            # (Only texts holding the surface are searched: the pattern is the surface, bounded.)
            said = sum(len(bounded(surface, r"[\w&-]", r"[\w&-]").findall(text))
                       for text in texts if surface in text)
            if name in self._orgs and said > self._surface_counts[name][surface]:
                self._orgs[name].mentions += said - self._surface_counts[name][surface]
                self._surface_counts[name][surface] = said

    def _note_trading_names(self, texts: list[str], found_per_text: list[list[Found]]):
        """`X Ltd (trading as Y)`, `X Ltd t/a Y`: Y is one more name of X's body (a mention of Y alone is X),
        never a second body; one the evidence readers already added is folded into X."""
        for text, found in zip(texts, found_per_text):
            for trading in orgevidence.trading_names(text):
                legal = next((f for f in found if not f.short and f.end == trading.legal_end), None)
                canonical = self.resolve(legal.name) if legal is not None else None
                if canonical is None:
                    continue
                other = self.resolve(trading.name)
                if other is not None and other != canonical:
                    if self.kind_of(other) not in WEAK_KINDS and other not in self._described.values():
                        continue  # a body the naming patterns know by itself: not a trading name to fold
                    self._merge_into(other, canonical)
                    canonical = self.resolve(legal.name)
                    for surface, name in self._described.items():
                        if name == other:
                            self._described[surface] = canonical
                elif other is None:
                    self._by_key[variant_key(trading.name)] = canonical
                    self._orgs[canonical].aliases.add(trading.name)
                self._described[trading.name] = canonical

    def _note_brand_short_names(self, texts: list[str]):
        """A firm or charity named in full once and then by its brand word alone (`Seaholme Urgent Care Ltd`,
        later `Seaholme asked for an uplift`): the brand word is the body wherever it stands alone.  Only a
        word that is a brand here: it starts no other body's name and no other body's name holds it, the
        paper never writes it in lower case (`Active`, `Summit` as words), it is never followed by
        another capitalised word outside the full name (`Seaholme Hospital`: then it is a place), nor set as
        a place (`residents of Harbury`, `Harbury parish`: org_evidence.yaml brand_place_context)."""
        pairs = self._brand_pairs()
        firsts: Counter = Counter(name.split()[0] for name in self._orgs if " " in name and name not in pairs)
        lowered: list[Optional[str]] = []  # each text's required_text.folded, made for the first brand word
        for name, org in list(self._orgs.items()):
            words = name.split()
            brand = words[0]
            if name not in self._orgs or org.kind not in BRAND_KINDS or len(words) < 3 or firsts[brand] > 1 \
                    or len(brand) < 4 or not is_capitalised_word(brand) \
                    or self._described.get(brand, brand) != brand:
                continue
            alone_found = brand in self._orgs and self._orgs[brand].kind in WEAK_KINDS | gz.LEGAL_FORM_KINDS
            if brand in self._orgs and not alone_found:
                continue
            # Two bodies may share their type words (`Ashdown Family Hub`, `Brook Family Hub`): each brand is
            # still one body's, since the place guards below hold for each.
            if any(brand in other.split() for other in self._orgs if other not in (name, brand) and other not in pairs) \
                    or (self.authority and brand in self.authority.split()):
                continue
            # Every check below needs the word in the text in some case: the other texts are passed over.
            lowered = lowered or [required_text.folded(text) for text in texts]
            holding = _texts_holding_word(brand, texts, lowered)
            if not holding:
                continue
            lower = re.compile(rf"\b{brand.lower()}\b")
            # (A label's value, `Centre: Ashcombe`, is a place or a building as often as a body.)
            alone = re.compile(rf"(?<![\w'\u2019&-])(?<!:\s){brand}(?![\w&-])(?!(?:['\u2019]s)?\s+[A-Z])")
            # (A capitalised function word after it opens the next sentence or cell: `for Ashdown While ...`.)
            before_capital = re.compile(rf"(?<![\w'\u2019&-]){brand}\s+(?!{re.escape(words[1])}\b)(?=[A-Z])")
            as_place = _brand_place_pattern(brand)
            if any(lower.search(text) or _before_capitalised_word(before_capital, text)
                   or as_place.search(text.replace(name, "")) for text in holding):
                continue
            if not any(alone.search(text.replace(name, "")) for text in holding):
                continue
            if alone_found:
                # The finder took the word alone for a body of its own (`Quaymark is paid ...`): it is this one.
                self._merge_into(brand, name)
                for surface, described in self._described.items():
                    if described == brand:
                        self._described[surface] = name
            self._described[brand] = name
            self._brand_words.add(brand)
        for pair in pairs:
            first, _and, second = pair.replace("&", "and").split()
            if pair in self._orgs and first in self._described and second in self._described:
                self._forget(pair)  # each word is now its own body's name wherever the list stands

    def _brand_pairs(self) -> set[str]:
        """Names that only join two other bodies' brand words (`Ashdown and Brook` beside `Ashdown Family Hub`
        and `Brook Family Hub`): a list of two bodies the evidence readers took for one, never a body."""
        firsts: Counter = Counter(name.split()[0] for name in self._orgs
                                  if len(name.split()) >= 3 and name.split()[1] not in ("and", "&"))
        pairs = set()
        for name, org in self._orgs.items():
            words = name.replace("&", "and").split()
            if org.kind in WEAK_KINDS and len(words) == 3 and words[1] == "and" \
                    and firsts[words[0]] == 1 and firsts[words[2]] == 1:
                pairs.add(name)
        return pairs

    def _add_evidenced(self, name: str, kind: str, position: int, acronym: Optional[str]):
        # The one guard of every evidence frame: a name the paper gives a person (its attendance list, apologies,
        # a title, initials, a signature: orgevidence.people) is no body, whichever role frame found it; nor is an
        # office a person holds (`the Clerk FGB`, `the Bursar`: orgevidence.names_an_office).
        if squash(name) in self._people or squash(name).lower() in self._own_units \
                or orgevidence.names_an_office(name):
            return
        canonical = self._add(name, kind, name, position)
        self._described[name] = canonical
        if acronym and acronym_fits(acronym, name):
            self._define(acronym, canonical)

    def _note_other_definitions(self, text: str, found: list[Found]):
        """Acronyms the paper defines for things that are not organisations (`(SALT)`)."""
        org_ends = {item.end for item in found}
        for match in DEFINITION_RE.finditer(text):
            before = text[:match.start()].rstrip()
            acronym = match.group(1)
            if acronym in self._acronyms or any(abs(len(before) - end) <= 1 for end in org_ends):
                continue
            if self._names_affiliation(before, acronym):
                continue
            self._not_orgs.add(acronym)

    def _names_affiliation(self, before: str, acronym: str) -> bool:
        """`Priya Shah (NMC)` in an attendance list: the bracket says whose the person is, not what a term
        stands for, when the acronym spells no run of the words before it but the initials of the one body
        the paper names that way (`North Mercia Council`)."""
        # The words back to the last comma or bracket: one attendee's name, not the list before it.
        words = re.findall(r"[A-Za-z'\u2019&]+", re.split(r"[,;:()\n]", before[-120:])[-1])
        if any(acronym_fits(acronym, " ".join(words[-n:])) for n in range(1, min(len(words), len(acronym) + 3) + 1)):
            return False
        return self._initials_match(acronym, None) is not None

    def _count_acronyms(self, text: str, position: int):
        # Acronyms, defined or not, start with a capital: no other word can count.
        for _start, word in capitalised_words(text):
            if word in self._acronyms:
                self._orgs[self._acronyms[word]].mentions += 1
                continue
            if word in self._not_orgs or not looks_like_acronym(word):
                continue
            kind = org_acronym_kind(word)
            if kind is None:
                # `LDC` for the paper's `Lyme District Council`: exact initials are enough.
                match = self._initials_match(word, None)
                if match:
                    self._define(word, match, defined=False)
                    self._orgs[match].mentions += 1
                continue
            match = self._initials_match(word, kind)
            if match:
                self._define(word, match, defined=False)
                self._orgs[match].mentions += 1
            else:
                self._add(word, kind, word, position)

    def _initials_match(self, acronym: str, kind: Optional[str]) -> Optional[str]:
        """The one organisation of a compatible kind (any, for None) whose initials spell ``acronym``."""
        family = _family(kind) if kind else None
        matches = [n for n in self._orgs if not n.isupper()
                   and (family is None or _family(self._orgs[n].kind) == family)
                   and initials(n) == acronym.upper()]
        return matches[0] if len(matches) == 1 else None

    def _infer_implied_council(self, texts: list[str]):
        """A paper written by `the Council` that never names it: the council of the place its own
        .gov.uk e-mail or web address spells (`planning@stanbury.gov.uk`, `www.stanbury.gov.uk`),
        of the tier its `the District Council` says; else `<Place> Council` from the place most of
        its organisations are named after."""
        if not self._short_forms.get("council") or any(o.kind == "council" for o in self._orgs.values()):
            return
        name = implied_council_of_domain(texts)
        if name is None:
            place = self.main_place()
            name = f"{place} Council" if place else None
        if name:
            self._add(name, "council", name, position=0, mentions=0)

    def main_place(self) -> Optional[str]:
        """The place most of the paper's public bodies' names start with.  A firm's or charity's first words
        are its brand as often as a place (`Stepwell Podiatry Ltd` is no body of a place `Stepwell Podiatry`)."""
        places: Counter = Counter()
        for name, org in self._orgs.items():
            if org.kind in BRAND_KINDS:
                continue
            place = _place_of(name)
            if place:
                places[place] += max(1, org.mentions)
        if not places:
            return None
        return places.most_common(1)[0][0]

    # -- asking -----------------------------------------------------------
    def all(self) -> list[Organisation]:
        return [self._orgs[name] for name in self._order]

    def names(self) -> list[str]:
        return list(self._order)

    def kind_of(self, name: str) -> str:
        if name in self._orgs:
            return self._orgs[name].kind
        canonical = self.resolve(name)
        if canonical and canonical in self._orgs:
            return self._orgs[canonical].kind
        found = [f for f in find_names(name) if not f.short]
        if found:
            return found[0].kind
        return org_acronym_kind(name.strip()) or "other"

    def first_seen(self, name: str) -> Optional[int]:
        return self._first_seen.get(name)

    def mentions(self, name: str) -> int:
        org = self._orgs.get(name)
        return org.mentions if org else 0

    def short_form_uses(self, key: str) -> int:
        return self._short_forms.get(key, 0)

    def resolve(self, surface: str) -> Optional[str]:
        """The canonical name for a name, alias or acronym as written, or None."""
        text = squash(surface).strip(" .,;:")
        if not text:
            return None
        if text in self._orgs:
            return text
        bare = without_possessive(text)
        if bare in self._acronyms:
            return self._acronyms[bare]
        canonical = self._by_key.get(variant_key(text))
        if canonical:
            return canonical
        mentions = self.find(text)
        if mentions and (mentions[0].end - mentions[0].start) >= len(text) * 0.5:
            return mentions[0].name
        if looks_like_acronym(bare) and bare not in self._not_orgs and org_acronym_kind(bare):
            return bare
        return None

    def find(self, text: str) -> list[OrgMention]:
        """Every organisation mentioned in ``text``, with canonical names: for a passage, from what
        the finder found in it when the index was built; resolved once per text for the authority."""
        if not self._built:
            return self._mentions_in(text)  # the index is still changing: nothing is kept
        mentions = self._resolved.get(text)
        if mentions is None:
            mentions = self._resolved[text] = tuple(self._mentions_in(text))
        return list(mentions)

    def _names_in(self, text: str) -> list[Found]:
        """The finder's names and short forms in ``text``: a passage's as found when building."""
        found = self._found_in.get(text)
        return find_names(text) if found is None else found

    def _mentions_in(self, text: str) -> list[OrgMention]:
        mentions: list[OrgMention] = []
        taken: list[tuple[int, int]] = []
        for item in self._names_in(text):
            name = self.short_target(item.short, item.surface) if item.short else self._canonical(item.name)
            if name is None or name in self._rejected:
                continue
            mentions.append(OrgMention(item.start, item.end, name, self.kind_of_known(name, item.kind), item.surface))
            taken.append((item.start, item.end))
        for start, end, surface, name in self._shared_in.get(text, ()):
            if name in self._orgs and not any(s < end and start < e for s, e in taken):
                mentions.append(OrgMention(start, end, name, self.kind_of_known(name, "other"), surface))
                taken.append((start, end))
        for surface, name in self._described.items():
            if surface not in text:
                continue
            # A hyphen and a lower-case word after the name leave it whole (`the X-delivered festival`).
            for match in bounded(surface, r"[\w'\u2019&-]", r"[\w&]|-(?![a-z])").finditer(text):
                if any(s <= match.start() < e or match.start() <= s < match.end() for s, e in taken):
                    continue
                if surface in self._brand_words and _LABEL_BEFORE.search(text, 0, match.start()):
                    continue  # `Centre: Ashcombe`: a label's value is a place or a building as often as a body
                mentions.append(OrgMention(match.start(), match.end(), name, self.kind_of_known(name, "charity"),
                                           surface))
                taken.append((match.start(), match.end()))
        for start, end, surface, name in self._acronym_mentions(text):
            if any(s <= start < e for s, e in taken):
                continue
            mentions.append(OrgMention(start, end, name, self.kind_of_known(name, "other"), surface))
        return sorted(mentions, key=lambda m: m.start)

    def is_common_word(self, word: str) -> bool:
        """Whether the paper writes ``word`` in lower case as a word of its prose (`grant`, `covers`): then a label
        `Grant` is that word, not the short name of a body whose name opens with it (`Grant Hollis LLP`)."""
        lowered = word.lower()
        if lowered not in self._common_words:
            self._common_words[lowered] = _written_in_lower_case(lowered, list(self._found_in))
        return self._common_words[lowered]

    def kind_of_known(self, name: str, default: str) -> str:
        org = self._orgs.get(name)
        return org.kind if org else default

    def _canonical(self, name: str) -> str:
        key = variant_key(name)
        if key in self._by_key:
            return self._by_key[key]
        place = council_place(key)
        if key == place + " council":
            same = [n for n, o in self._orgs.items() if o.kind == "council"
                    and council_place(variant_key(n)) == place]
            if len(same) == 1:
                return same[0]
        return name

    def _acronym_mentions(self, text: str):
        # Every acronym this yields starts with a capital, so only such words are looked at.
        for start, word in capitalised_words(text):
            end = start + len(word)
            if word in self._acronyms:
                if not _is_definition(text, start):
                    yield start, end, word, self._acronyms[word]
            elif word in gz.SHORT_FORM_ACRONYMS:
                target = self.short_target(gz.SHORT_FORM_ACRONYMS[word])
                if target:
                    yield start, end, word, target
            elif word not in self._not_orgs and looks_like_acronym(word) and org_acronym_kind(word):
                yield start, end, word, word

    def short_target(self, key: str, surface: str = "") -> Optional[str]:
        """The body `the <type>` means here: the publishing body when it is of that
        type, else the one such body the paper names most (None when unclear).
        `the County Council` only means a county council.  The one place a short
        form is resolved; once the index is built, once per form and authority."""
        tier = next((w for w in surface.lower().split() if w in COUNCIL_TYPE_WORDS), None)
        if not self._built:
            return self._short_target(key, tier)
        if (key, tier) not in self._short_targets:
            self._short_targets[(key, tier)] = self._short_target(key, tier)
        return self._short_targets[(key, tier)]

    def _short_target(self, key: str, tier: Optional[str]) -> Optional[str]:
        kinds = gz.SHORT_FORM_KINDS.get(key, set())

        def fits(name: str) -> bool:
            return self._orgs[name].kind in kinds and (tier is None or tier in name.lower().split())

        if self.authority in self._orgs and fits(self.authority):
            return self.authority
        candidates = sorted(((o.mentions, n) for n, o in self._orgs.items() if fits(n)), reverse=True)
        if key == "combined_authority":
            candidates = [c for c in candidates if "authority" in c[1].lower()]
        if not candidates:
            return None
        if len(candidates) == 1 or candidates[0][0] >= 2 * max(1, candidates[1][0]):
            return candidates[0][1]
        return None

    def unclear_short_forms(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, surface, key) of each `the <type>` in ``text`` that means no one body
        paper-wide (`the Trust` in a paper naming two trusts as often)."""
        return [(item.start, item.end, item.surface, item.short) for item in self._names_in(text)
                if item.short and self.short_target(item.short, item.surface) is None]

    def fits_short_form(self, name: str, key: str) -> bool:
        """Whether body ``name`` is of the type `the <key>` stands for."""
        org = self._orgs.get(name)
        return org is not None and org.kind in gz.SHORT_FORM_KINDS.get(key, set())


# The place label of a .gov.uk address the paper writes to or links to: `planning@stanbury.gov.uk`,
# `www.stanbury.gov.uk/localplan`, `https://democracy.kestrel-bay.gov.uk`.
# (Not GOV.UK's own `www.gov.uk`.)
_GOV_ADDRESS_PLACE_RE = re.compile(r"(?:@|\bwww\.|https?://(?:www\.)?)(?:[a-z0-9-]+\.)*?(?!www\.)([a-z0-9-]+)\.gov\.uk\b", re.I)
# `the District Council`, `The Borough Council`: the tier a paper calls itself by.
_TIER_SHORT_FORM_RE = re.compile(r"\b[Tt]he\s+(County|District|Borough|City|Town|Parish|Metropolitan\s+Borough)\s+Council\b")


def gov_address_places(texts: Iterable[str]) -> Counter:
    """How often each .gov.uk place label is written in an e-mail or web address in ``texts``."""
    return Counter(label for text in texts for m in _GOV_ADDRESS_PLACE_RE.finditer(text)
                   if (label := m.group(1).lower()) not in NATIONAL_GOV_UK_LABELS)


# GOV.UK hosts of national bodies and services (`www.legislation.gov.uk`), never a council's own address.
NATIONAL_GOV_UK_LABELS = frozenset(load("gov_uk_hosts.yaml")["national_labels"])


def implied_council_of_domain(texts: list[str]) -> Optional[str]:
    """`<Place> [<Tier>] Council` for a paper that never names its council but gives its own .gov.uk
    address: the place the address spells most often, written as the paper writes it when it does
    (`North Wendle` for `northwendle`), else from the label (`kestrel-bay` -> `Kestrel Bay`); the tier
    the paper's `the District Council` says most often; a registered council's own name when the
    register knows the address's place.  None without such an address."""
    labels = gov_address_places(texts)
    if not labels:
        return None
    label = labels.most_common(1)[0][0]
    registered = register.council_of_domain(label)
    if registered is not None:
        return registered.name  # (`cheshireeast.gov.uk`: the registered council's own name)
    squashed = lower_letters(label)
    written = next((m.group(0) for text in texts
                    for m in re.finditer(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}\b", text)
                    if lower_letters(m.group(0).lower()) == squashed), None)
    place = written or " ".join(part.capitalize() for part in label.split("-") if part)
    tiers = Counter(squash(m.group(1)).title() for text in texts for m in _TIER_SHORT_FORM_RE.finditer(text))
    tier = tiers.most_common(1)[0][0] if tiers else None
    return f"{place} {tier} Council" if tier else f"{place} Council"


def _written_in_lower_case(word: str, texts: list[str]) -> bool:
    """Whether ``word`` (lower case) stands in a text as a word of prose: `democracy.casterbridge.gov.uk` and
    `x@casterbridge` are addresses, no words."""
    pattern = bounded(word, _PROSE_BEFORE, _PROSE_AFTER)
    return any(word in text and pattern.search(text) for text in texts)


def _named_alone(surface: str) -> bool:
    """Whether the naming patterns find ``surface`` as a body when it stands on its own."""
    return any(f.start == 0 and f.end == len(surface) and not f.short for f in find_names(surface))


def _defined_before(text: str, start: int) -> bool:
    """Whether `(` is the last thing before ``start`` but spaces (without copying the text)."""
    before = start
    while before and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] == "("


def _is_definition(text: str, start: int) -> bool:
    """Whether the word at ``start`` is `(HCT)` right after a name: that name's definition,
    not a second mention."""
    if not _defined_before(text, start):
        return False
    # Rare (once per definition), so the whole text is tokenised only here.
    tokens = tokenize(text)
    i = next(n for n, token in enumerate(tokens) if token.start == start)
    return i >= 2 and tokens[i - 1].text == "(" and tokens[i - 2].text[:1].isalpha()


def _family(kind: str) -> str:
    return "trust" if kind in ("nhs_trust", "nhs_foundation_trust", "charity") else kind


def _place_of(name: str) -> Optional[str]:
    """The place words at the front of an organisation name, or None."""
    if name.isupper():
        return None
    words = _without_type_ending(name.split())
    if words and words[0] in ("The", "NHS"):
        words = words[1:]
    place: list[str] = []
    for word in words:
        lower = word.lower()
        if lower in gz.DESCRIPTOR_WORDS or lower in gz.HEAD_WORDS or word.isupper() \
                or lower in ("clinical", "integrated", "foundation", "combined"):
            break
        place.append(word.rstrip(","))
    while place and place[-1].lower() in ("and", "of", "upon", "on"):
        place.pop()
    return " ".join(place) or None


def _without_type_ending(words: list[str]) -> list[str]:
    """A name without the words of the type it ends with (gazetteer.SUFFIXES, longest first): the
    type's own words are no place (`Lochandean Integration Joint Board` is of `Lochandean`, not of
    `Lochandean Integration Joint`, whose implied council would be `Lochandean Integration Joint Council`)."""
    for suffix, _kind, _short in gz.SUFFIXES:
        if len(words) > len(suffix) and tuple(words[-len(suffix):]) == suffix:
            return words[:-len(suffix)]
    return words


def _texts(doc: Doc) -> list[str]:
    # A table row cut by a page break is read whole (listitems.rows_cut_by_page), as the contract reader reads it.
    passages = doc._.passages or []
    whole_rows = rows_cut_by_page(passages)
    return [whole_rows.get(index, passage).text for index, passage in enumerate(passages)] or [paper_text(doc)]


# Document properties that hold the page furniture a reader took out of the
# text: PDF and DOCX running headers and footers, a web page's site name.
FURNITURE_PROPERTIES = ("running_lines", "page_furniture", "site_name")


def _furniture(doc: Doc) -> list[str]:
    """Lines of page furniture: the body that publishes a paper is often named
    in full only there (a footer's council name over a text that says `RMBC`),
    so the index reads them too, though they are no passage to find spans in."""
    properties = doc._.properties if Doc.has_extension("properties") else None
    lines = []
    for key in FURNITURE_PROPERTIES:
        value = (properties or {}).get(key)
        lines += [str(v) for v in value] if isinstance(value, list) else [str(value)] if value else []
    return lines


@Language.component("cp_organisations")
def cp_organisations(doc: Doc) -> Doc:
    """The paper's organisation index (``doc._.orgs``): extractors find mentions
    in the text they read with ``doc._.orgs.find(text)``."""
    index = OrgIndex.from_texts(_texts(doc) + _furniture(doc))
    doc._.orgs = index
    if doc._.extraction is not None:
        doc._.extraction.organisations.extend(index.all())
    return doc


@lru_cache(maxsize=1)
def _brand_place_context() -> tuple[str, str]:
    """The alternations of org_evidence.yaml brand_place_context (words before, words after), built once."""
    context = orgevidence.rules()["brand_place_context"]
    return tuple("|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in context[side])
                 for side in ("before", "after"))


def _texts_holding_word(word: str, texts: list[str], lowered: list[Optional[str]]) -> list[str]:
    """The ``texts`` that may hold the ASCII ``word`` in any case, ``lowered`` being their
    required_text.folded: a text whose fold is None (a character the engine's ignore-case takes for an
    ASCII letter, `\u212a` for `K`) is kept.  (A brand word is ASCII: is_capitalised_word.)"""
    key = word.lower()
    return [text for text, low in zip(texts, lowered) if low is None or key in low]


def _brand_place_pattern(brand: str) -> "re.Pattern":
    """Where a brand word stands as a place (org_evidence.yaml brand_place_context)."""
    before, after = _brand_place_context()
    return re.compile(rf"\b(?:{before})\s+(?:the\s+)?{brand}\b|\b{brand}\s+(?:{after})\b", re.IGNORECASE)



def _before_capitalised_word(brand_then_capital: re.Pattern, text: str) -> bool:
    """Whether one of ``brand_then_capital``'s matches (a brand word and the space before a capital) is
    followed by a capitalised word that is no stop word (`Ashdown Hospital`, not `Ashdown While`).  The stop
    words are looked up as words, not tried as an alternation of some three hundred words compiled into each
    brand's pattern (a compile for every brand of every paper)."""
    return any(not _opens_with_capitalised_stop_word(text, match.end()) for match in brand_then_capital.finditer(text))


def _opens_with_capitalised_stop_word(text: str, start: int) -> bool:
    """``text[start:]`` opens with a capitalised stop word standing whole (`While the`, `The`, not `Thereby`):
    where ``(?:While|The|...)\\b`` matches."""
    return any(text[start:start + length] in _CAPITALISED_STOP_WORDS
               and not is_word_character(text[start + length:start + length + 1])
               for length in _CAPITALISED_STOP_WORD_LENGTHS)
