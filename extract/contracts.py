"""Contracts and funding lines: the ``cp_contracts`` component.

A paper states a contract in a table (one row per contract, or a pivot with
commissioners down the side and services across the top) or in prose
(`X commissions ... from Y with a total value of £41m`, `the Council
contributing £372,000`, `has awarded the X Contract to Y`).  Each becomes one
:class:`extract.facts.Contract` with its passage, page and quote; money that
is not a contract value (cost pressures, savings, budgets) goes to
``extraction.amounts`` instead.  A value stated twice in one paper (summary and
body) is one contract.

Parties are canonical names from ``doc._.orgs`` (cp_organisations).  A table
that leaves out the provider takes it from the paper's own statement (`All
contracts are currently provided by X`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .contract_status import status_on
from .contract_terms import COMMISSIONER_KINDS, DIRECTED_BY, GENERIC_HEADINGS, PROVIDER_KINDS, cue
from .money_kinds import section_kind
from .national_funding import is_funding_received
from .scrutiny_panels import scrutinised_executive
from .successors import rules as successor_rules, successor
from .facts import Contract
from .organisations import OrgMention
from .plain_text import squash
from .sentences import split_sentences


@dataclass
class Candidate:
    """A contract as found, with where it came from (for merging repeats)."""

    contract: Contract
    index: int  # position in doc._.passages
    source: str  # "table", "payments" (a payments list's line), "prose" or "cell" (a sum in a table's prose cell)
    sentence: int = 0


@dataclass
class ProviderStatement:
    """`All contracts are currently provided by X`: who provides, under what, until when."""

    index: int  # passage position
    provider: str
    contract_type: Optional[str] = None
    end_date: Optional[str] = None
    # `commissions two providers to deliver Family Hub services: A and B`
    service: Optional[str] = None
    listed: bool = False
    # The sentence that makes the statement, to match a table's service against.
    text: str = ""
    # `approves the award of the contract to X`, `X is the preferred bidder`: the winner of a procurement.
    award: bool = False
    start_date: Optional[str] = None


# How many passages back `the Trust` looks for the trust it means.
LOOKBACK = 8
# How many passages back a provider statement still speaks for an unnamed contract (the paper naming several).
NEAR_STATEMENT = 1
# Round c42: how many passages from a table row a provider statement that neither names the row's service nor speaks
# for every service still speaks for it (the paper naming several providers): the table's own section and the one
# before it.  A statement many sections away (a budget report's treasury advisers, 120 passages on) is a guess.
TABLE_STATEMENT_REACH = 20
# A heading longer than this is a sentence, not the name of a member body's section.
SECTION_BUYER_WORDS = 10


@dataclass
class PaperContext:
    """What the contract readers ask about the paper as a whole."""

    doc: Doc
    orgs: object
    authority: Optional[str]
    acronyms: dict = field(default_factory=dict)
    provider_statements: list[ProviderStatement] = field(default_factory=list)
    # Sums that are not contract values, for extraction.amounts.
    amounts: list = field(default_factory=list)
    # The paper is itself a contract (extract/contract_document.py).
    is_contract_document: bool = False
    # Passages read as payment lines (extract/contract_payments.py): their sums are not the prose reader's.
    payment_passages: set = field(default_factory=set)
    _authority_names: Optional[list] = None

    def mentions(self, text: str) -> list:
        # The index resolves each text once (OrgIndex.find keeps them): no second cache here.
        if self.orgs is None or not text:
            return []
        return self.orgs.find(text)

    def mentions_within(self, passage_text: str, offset: int, text: str) -> list:
        """``mentions(text)`` for ``text``, a sentence at ``offset`` in ``passage_text``: the passage's
        mentions that lie inside it, shifted.  The passage is searched once (its names were found
        when the index was built) instead of once more per sentence; the organisation finder reads
        no further than a name's own line, so a sentence's mentions are the passage's inside it
        (checked on every sentence of the dev, paraphrase, holdout and generated papers)."""
        if self.orgs is None or not text:
            return []
        end = offset + len(text)
        return [replace(m, start=m.start - offset, end=m.end - offset)
                for m in self.mentions(passage_text) if offset <= m.start and m.end <= end]

    def mentions_near(self, text: str, index: int, passage_text: str = "", offset: int = 0) -> list:
        """``mentions(text)`` with each `the <type>` that means no one body paper-wide taken as
        the body of that type named last before it: earlier in ``passage_text`` (``text`` starts
        at ``offset`` in it) or in the LOOKBACK passages before passage ``index``."""
        if not passage_text:
            passage_text, offset = text, 0
        found = self.mentions_within(passage_text, offset, text)
        if self.orgs is None or " the " not in f" {text.lower()}":
            return found
        end = offset + len(text)
        unclear = [(start - offset, stop - offset, surface, key)
                   for start, stop, surface, key in self.orgs.unclear_short_forms(passage_text)
                   if offset <= start and stop <= end]
        if not unclear:
            return found
        passages = self.doc._.passages or []
        earlier = [[m for m in self.mentions(passage_text) if m.end <= offset]] if offset else []
        earlier += [self.mentions(passages[i].text) for i in range(index - 1, max(-1, index - 1 - LOOKBACK), -1)]
        extra = []
        for start, end, surface, key in unclear:
            if any(m.start <= start < m.end for m in found):
                continue
            for mentions in earlier:
                named = [m for m in mentions if self.orgs.fits_short_form(m.name, key)]
                if named:
                    name = named[-1].name
                    extra.append(OrgMention(start, end, name, self.orgs.kind_of(name), surface))
                    break
        return sorted(found + extra, key=lambda m: m.start) if extra else found

    def sentences(self, text: str, index: Optional[int] = None) -> tuple:
        """The sentences of ``text``: passage ``index``'s from the analysis pass when ``text`` is that
        passage's own text (not a cell of it), else split here."""
        split = self.doc._.sentences
        if index is not None and split and self.doc._.passages[index].text == text:
            return split[index]
        return split_sentences(text)

    @property
    def month_first(self) -> bool:
        """Whether the paper writes numeric dates month first (cp_dates decided it)."""
        return bool(self.doc._.month_first)

    def resolve(self, surface: str) -> Optional[str]:
        if self.orgs is None or not surface or not surface.strip():
            return None
        return self.orgs.resolve(surface)

    def kind_of(self, name: Optional[str]) -> str:
        if not name or self.orgs is None:
            return "other"
        return self.orgs.kind_of(name)

    def authority_names(self) -> list[str]:
        """The paper's own body as the paper writes it: its name, aliases and acronyms (`KCC`)."""
        if not self.authority:
            return []
        if self._authority_names is None:
            names = {self.authority}
            # Read from the passages' mentions, found once (not by searching the passages again, joined).
            for passage in (self.doc._.passages or [])[:80]:
                names.update(m.surface for m in self.mentions(passage.text) if m.name == self.authority)
            self._authority_names = sorted(n for n in names if n)
        return self._authority_names

    def is_commissioner_kind(self, name: Optional[str]) -> bool:
        return self.kind_of(name) in COMMISSIONER_KINDS

    def sole_body(self, text: Optional[str], max_words: Optional[int] = None,
                  among: Callable[[str], bool] = lambda name: True) -> Optional[str]:
        """The one body a short text names (a heading, a table's row label), of those ``among`` accepts;
        None when it names none or several, or is longer than ``max_words`` (a sentence, not a label)."""
        if not text or max_words is not None and len(text.split()) > max_words:
            return None
        bodies = {m.name for m in self.mentions(text) if among(m.name)}
        return bodies.pop() if len(bodies) == 1 else None

    def section_provider(self, heading: Optional[str]) -> Optional[str]:
        """The provider a section is about, when its heading names exactly one body and it is no
        commissioning one (`Home Care Contract – Oakdene Care Ltd`, `Lot 2: Oakdene Care Ltd`): a sum
        its sentences price without naming who is paid is that body's contract."""
        body = self.sole_body(heading, SECTION_BUYER_WORDS)
        return None if body is None or self.is_commissioner_kind(body) or body == self.authority else body

    def section_buyer(self, heading: Optional[str]) -> Optional[str]:
        """The commissioning body a section is about, when its heading names exactly one other than the
        paper's own (`South Mere Council (SMC) Delivery Plan`, `Update from North Mercia ICB`): a
        combined authority's or a partnership's paper gives each member body a section, and the
        contracts that section mentions without naming their buyer are that body's, not the paper's."""
        return self.sole_body(heading, SECTION_BUYER_WORDS,
                              among=lambda name: self.is_commissioner_kind(name) and name != self.authority)

    def provider_near(self, index: int) -> Optional[ProviderStatement]:
        """The provider statement nearest to passage ``index`` (the earlier one on a tie).

        A list of several providers names no single one, so it is left out."""
        single = [s for s in self.provider_statements if not s.listed]
        if not single:
            return None
        return min(single, key=lambda s: (abs(s.index - index), s.index > index))

    def provider_for(self, index: int, service: Optional[str], near_only: bool = False,
                     refers_back: bool = True) -> Optional[ProviderStatement]:
        """The provider statement for a contract about ``service`` at passage ``index``: the nearest
        that names the service (`The ICES is provided by X` for a `Community equipment (ICES)` column),
        else the nearest that speaks for every service or a table (`All services in Table 1 are
        provided by X`), else the nearest of all.  ``near_only`` (a sentence's sum, not a table row)
        takes the last resort only from the paper's only provider or a statement in this passage or
        the one before when the sum's sentence ``refers_back`` to a contract (`... managed by X under a
        contract.` then `The current contract costs £412,000`).  A statement further off, where the paper
        names several providers, is a guess (a waiver report's lift repairs three paragraphs after the
        refuge contract are not the refuge's), and so is the one before for `a new support contract`.  A table
        row (not ``near_only``) takes the last resort from the paper's only provider or a statement within
        ``TABLE_STATEMENT_REACH`` passages of it."""
        single = [s for s in self.provider_statements if not s.listed]
        if not single:
            return None
        about = self._naming(single, service)
        if not about:
            about = [s for s in single if _FOR_ALL.search(s.text)]
        if not about and len({s.provider for s in single}) == 1:
            about = single
        elif not about and not near_only:
            about = [s for s in single if abs(s.index - index) <= TABLE_STATEMENT_REACH]
        elif not about:
            about = [s for s in single if index - NEAR_STATEMENT <= s.index <= index] if refers_back else []
        if not about:
            return None
        return min(about, key=lambda s: (abs(s.index - index), s.index > index))

    def winner(self) -> Optional[ProviderStatement]:
        """The provider a contract is awarded (or recommended) to, when the paper names exactly one:
        what `the winning tender`, `the preferred bidder`, `the successful bidder` stand for."""
        awards = [s for s in self.provider_statements if s.award and not s.listed]
        if not awards or len({s.provider for s in awards}) > 1:
            return None
        return awards[0]

    def names_provider_of(self, service: Optional[str]) -> bool:
        """Whether the paper says who provides ``service`` (`The ICES is provided by X`)."""
        return bool(self._naming([s for s in self.provider_statements if not s.listed], service))

    @staticmethod
    def _naming(statements: list, service: Optional[str]) -> list:
        words = _service_words(service)
        return [s for s in statements if words & _service_words(s.text)] if words else []

    def named_provider(self, label: Optional[str]) -> Optional[ProviderStatement]:
        """The provider the paper names that a short table label stands for (`Harbourside` ->
        `Harbourside Family Centre`), or None."""
        text = squash(label).strip(" .,;:")
        if len(text) < 3:
            return None
        for statement in self.provider_statements:
            name = statement.provider
            if name == text:
                return statement
            if name.startswith(text) and name[len(text):len(text) + 1] in (" ", "'", "’") \
                    and not (self.orgs is not None and self.orgs.is_common_word(text)):
                return statement  # (a word the paper writes in lower case, `Grant`, is that word)
        return None

    def expand(self, service: Optional[str]) -> Optional[str]:
        """`COT service` -> `Community Occupational Therapy service` when the paper defines COT."""
        if not service:
            return service
        return re.sub(r"\b[A-Z]{2,6}\b", lambda m: self.acronyms.get(m.group(0), m.group(0)), service, count=1)

    def subject(self) -> Optional[str]:
        """What the paper is about, from its title (`... – Community Occupational Therapy Services`)."""
        title = self.doc._.extraction.title if self.doc._.extraction else None
        if not title:
            return None
        parts = [p.strip() for p in re.split(r"\s[–—-]\s|:\s", title)]
        if len(parts) < 2:
            return None
        # `Adult Mental Health Services: Contracts and Commissioning Intentions 2024/25`: the part
        # that names a service, not the one that says what is done about it.
        named = [p for p in parts if not _PROCESS_ONLY.fullmatch(p)]
        return named[-1] if named else parts[-1]


# A title part that only says what is being done (`Contracts and Commissioning Intentions 2024/25`,
# `Award`, `Update`), not which service.
_PROCESS_ONLY = cue("process_only")


# A statement about every service or contract, or about a table of them.
_FOR_ALL = cue("for_all")
# A heading that says where the text sits (`Item 9`, `Appendix B`) or links to it: it names no service.
_WHERE_IT_SITS = cue("where_it_sits")
_WEB_ADDRESS = cue("web_address")
_SERVICE_STOP = {"service", "services", "contract", "contracts", "the", "and", "for", "with", "from", "care", "total",
                 "value", "annual", "cost", "costs", "provision", "support", "team", "community", "table", "all"}


def _service_words(text: Optional[str]) -> set:
    """The words that tell one service from another (`equipment`, `reablement`, `ICES`)."""
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text or "")} - _SERVICE_STOP


ACRONYM_DEFINITION = re.compile(r"\b((?:[A-Z][a-z']+\s+){1,6}?(?:[A-Za-z']+))\s+\(([A-Z]{2,6})\)")
# What every definition holds: searched first, as the definition pattern tries its lazy run of
# capitalised words at every capital of every passage.
BRACKETED_CAPITALS = re.compile(r"\([A-Z]{2,6}\)")


def _acronym_definitions(passages) -> dict:
    """Acronyms the paper defines, `Community Occupational Therapy (COT)`, kept
    only when the initials fit (so `the Council (RMBC)` style asides are skipped)."""
    found = {}
    for passage in passages:
        if not BRACKETED_CAPITALS.search(passage.text):
            continue
        for match in ACRONYM_DEFINITION.finditer(passage.text):
            words, acronym = match.group(1).split(), match.group(2)
            for take in range(len(acronym), len(words) + 1):
                tail = words[-take:]
                initials = "".join(w[0] for w in tail if w.lower() not in ("and", "of", "the", "for"))
                if initials.upper() == acronym:
                    found.setdefault(acronym, " ".join(tail))
                    break
    return found


def same_value(a: Optional[float], b: Optional[float]) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.005 * max(a, b)


def _fill_gaps(into: Contract, source: Contract, names: tuple[str, ...]) -> None:
    """Give ``into`` each of ``names`` it lacks and ``source`` has: one contract said twice."""
    for name in names:
        if getattr(into, name) is None and getattr(source, name) is not None:
            setattr(into, name, getattr(source, name))


# Sources whose every item is a payment or contract of its own: a table's rows, a payments list's lines.
_LISTED_SOURCES = ("table", "payments")


def merge_repeats(candidates: list[Candidate]) -> list[Contract]:
    """One row per contract: a value stated again elsewhere fills the first row's gaps.

    Two table cells are two contracts even with equal values, and so are two lines of a payments list (two
    payees paid £118.44 each) and two sums in one sentence (`the Council contributing £50,000 and the ICB
    £50,000`).
    """
    kept: list[Candidate] = []
    for candidate in candidates:
        new = candidate.contract
        twin = None
        for old in kept:
            if old.source == candidate.source and candidate.source in _LISTED_SOURCES:
                continue
            if (old.index, old.sentence) == (candidate.index, candidate.sentence):
                continue
            if new.value_gbp is None or not same_value(old.contract.value_gbp, new.value_gbp):
                continue
            if old.contract.is_total != new.is_total:
                continue
            twin = old
            break
        if twin is None:
            kept.append(candidate)
            continue
        _fill_gaps(twin.contract, new, ("commissioner", "provider", "service", "period", "fiscal_year",
                                        "contract_type", "status", "start_date", "end_date"))
    contracts = [c.contract for c in kept]
    return _drop_covered_relationships(contracts)


def _drop_covered_relationships(contracts: list[Contract]) -> list[Contract]:
    """A valueless `X provides Y` row says nothing a valued row for the same parties does not."""
    valued = [c for c in contracts if c.value_gbp is not None]
    out = []
    seen = set()
    contracts = _merge_terms(contracts, valued)
    for contract in contracts:
        if contract.value_gbp is None and contract.provider is None:
            out.append(contract)
            continue
        if contract.value_gbp is None:
            key = (contract.commissioner, contract.provider)
            covered = any(v.provider == contract.provider and
                          (contract.commissioner is None or v.commissioner in (None, contract.commissioner))
                          for v in valued)
            if covered and contract.status != "awarded":
                continue
            if key in seen:
                continue
            seen.add(key)
        out.append(contract)
    return out


def _merge_terms(contracts: list[Contract], valued: list[Contract]) -> list[Contract]:
    """Term statements with no value and no provider (`the IMS contract expires on ...`): one row per
    service, and none where the paper prices its contracts (the table rows carry the terms)."""
    kept: list[Contract] = []
    for contract in contracts:
        if contract.value_gbp is not None or contract.provider is not None:
            kept.append(contract)
            continue
        if any(v.commissioner in (None, contract.commissioner) for v in valued):
            continue
        twin = next((k for k in kept if k.value_gbp is None and k.provider is None
                     and k.commissioner == contract.commissioner
                     and (k.service == contract.service or None in (k.service, contract.service))), None)
        if twin is None:
            kept.append(contract)
            continue
        _fill_gaps(twin, contract, ("service", "contract_type", "status", "start_date", "end_date"))
    return kept


def paper_context(doc: Doc) -> PaperContext:
    from .contract_prose import provider_statements
    from .contract_tables import table_provider_statements

    orgs = doc._.get("orgs") if Doc.has_extension("orgs") else None
    authority = getattr(orgs, "authority", None) or (doc._.extraction.authority if doc._.extraction else None)
    context = PaperContext(doc, orgs, authority, _acronym_definitions(doc._.passages or []))
    context.provider_statements = provider_statements(context)
    context.provider_statements += table_provider_statements(context)
    return context


def _ends_in_a_figure(text: str) -> bool:
    """Whether ``text`` (before one final newline) ends in a word of figures, commas and points that starts with a
    figure (`Recharges 278`, `Fees 1,200.50`; not `Recharges278`, `Phase .5`)."""
    text = text.removesuffix("\n")
    tail_at = len(text)
    while tail_at and (text[tail_at - 1].isdecimal() or text[tail_at - 1] in ",."):
        tail_at -= 1
    return 0 < tail_at < len(text) and text[tail_at].isdecimal() and text[tail_at - 1].isspace()


def useful_heading(heading: Optional[str]) -> Optional[str]:
    if not heading:
        return None
    bare = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s*", "", heading).strip(" *")
    if not bare or GENERIC_HEADINGS.search(bare) or len(bare) > 80 or len(bare) < 4:
        return None
    # Table debris (`a | Adult Social Care Savings`, `Recharges 278`) and budget or legal sections
    # (`Savings`, `LIMITATION OF LIABILITY`) name no service.
    if "|" in bare or _ends_in_a_figure(bare) or section_kind(bare):
        return None
    # `Item 9`, `Appendix B`, a link: where the text sits, not what it is about.
    if _WHERE_IT_SITS.match(bare) or _WEB_ADDRESS.search(bare) or len(bare.split()) < 2 and bare.islower():
        return None
    return bare


def _add_document_contract(found: Optional[Contract], contracts: list[Contract]) -> None:
    """A paper that is itself a contract gives that contract (``found``); a row the text already has
    for the same parties takes its terms instead."""
    if found is None:
        return
    twin = next((c for c in contracts if (c.commissioner, c.provider) == (found.commissioner, found.provider)
                 and (c.value_gbp is not None or found.value_gbp is None)), None)
    if twin is None:
        contracts.append(found)
        return
    if twin.value_gbp is None and found.value_gbp is not None:
        twin.approximate = found.approximate
    _fill_gaps(twin, found, ("service", "start_date", "end_date", "value_gbp", "value_text", "period"))


@Language.component("cp_contracts")
def cp_contracts(doc: Doc) -> Doc:
    from .contract_own_board import own_board_contracts, without_reversed
    from .contract_payments import payment_lines
    from .contract_prose import CELL_SOURCE, prose_contracts
    from .contract_tables import table_contracts

    if not doc._.passages or doc._.extraction is None:
        return doc
    from .contract_document import contract_document

    context = paper_context(doc)
    document = contract_document(context)
    # A contract's own schedules (payment profiles, service credits) price that one contract: the sums
    # in its tables' prose cells are no contracts of their own.
    context.is_contract_document = document is not None
    # Tables first: a value the prose repeats fills gaps in the table's row, not the reverse (and a sum
    # read in a table's prose cell comes after the paragraphs: it fills their gaps).
    # Payment lines before the prose, which leaves the passages they claim alone.
    candidates = table_contracts(context) + payment_lines(context) + sorted(prose_contracts(context),
                                                   key=lambda c: (c.source == CELL_SOURCE, c.index, c.sentence))
    # A provider's own board minutes: the paper's body delivers its commissioner's contract.
    own_board = own_board_contracts(context)
    candidates = without_reversed(candidates, own_board) + own_board
    meeting = doc._.extraction.meeting_date
    _to_successors(context, candidates, meeting)
    _to_scrutinised_executive(context, candidates)
    candidates = [c for c in candidates if not _funding_received(context, c.contract)]
    contracts = merge_repeats(candidates)
    _add_document_contract(document, contracts)
    for contract in contracts:
        contract.status = status_on(contract.status, contract.start_date, contract.end_date, meeting)
    contracts.sort(key=lambda c: c.passage_seq)
    doc._.extraction.contracts.extend(contracts)
    doc._.extraction.amounts.extend(context.amounts)
    return doc


def _to_successors(context: PaperContext, candidates: list[Candidate], meeting: Optional[str]) -> None:
    """A contract let by a body abolished before the meeting (`first let by NHS X CCG in 2019`) is its
    successor's now (extract/successors.py)."""
    abolished = {entry["kind"] for entry in successor_rules()}
    if context.orgs is None or not any(context.kind_of(c.contract.commissioner) in abolished for c in candidates):
        return
    bodies = context.orgs.names()
    for candidate in candidates:
        heir = successor(candidate.contract.commissioner, context.kind_of, bodies, meeting)
        if heir is not None and heir != candidate.contract.provider:
            candidate.contract.commissioner = heir


def _to_scrutinised_executive(context: PaperContext, candidates: list[Candidate]) -> None:
    """A contract falling to a panel that only scrutinises (the paper's own police and crime panel, by
    default) is the executive's it scrutinises (extract/scrutiny_panels.py)."""
    bodies = context.orgs.names() if context.orgs is not None else []
    for candidate in candidates:
        executive = scrutinised_executive(candidate.contract.commissioner, bodies)
        if executive is not None and executive != candidate.contract.provider:
            candidate.contract.commissioner = executive


def _funding_received(context: PaperContext, contract: Contract) -> bool:
    """`The Department for Education has awarded £80,000 to the Council`: a grant the Council receives from a
    national body, no contract (extract/national_funding.py)."""
    if not contract.commissioner or not contract.provider:
        return False
    return is_funding_received(context.kind_of(contract.commissioner), context.kind_of(contract.provider),
                               COMMISSIONER_KINDS)


def own_body_roles(context: PaperContext, commissioner: Optional[str], provider: Optional[str],
                   mentions) -> tuple[Optional[str], Optional[str]]:
    """(commissioner, provider) with the paper's own body placed: it buys when the sentence names no
    buyer, unless it is a provider body (a trust) and the other party is a commissioning body, or no
    other provider is named while a commissioning body is: then this is the trust's own head contract
    (`The Trust's contract with the ICB is worth £96m`)."""
    own = context.authority
    if own is None or context.kind_of(own) not in PROVIDER_KINDS or commissioner not in (None, own):
        return commissioner or own, provider
    if provider is not None and context.is_commissioner_kind(provider):
        return provider, own
    if provider is None:
        buyer = next((m.name for m in mentions if context.is_commissioner_kind(m.name)), None)
        if buyer is not None:
            return buyer, own
    return own, provider


def provider_may_serve(context: PaperContext, commissioner: Optional[str], provider: Optional[str]) -> bool:
    """Whether ``provider`` can be ``commissioner``'s provider.  A council can sell to another body
    (`Nottingham City Council were commissioned to carry out the study`) and an IJB directs a health
    board and a council; any other commissioning body named beside a duty is delegating it, not providing."""
    if provider is None or provider == commissioner:
        return False
    kind = context.kind_of(provider)
    return not context.is_commissioner_kind(provider) or kind == "council" \
        or kind in DIRECTED_BY.get(context.kind_of(commissioner), ())
