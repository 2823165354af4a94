"""Contracts from prose: who commissions what from whom, for how much.

Sentences are read one at a time.  Organisations are placed in roles by the
words around them (`delivered ... by X`, `commissions ... from X`, `awarded
... to X` make X the provider; `X commissions`, `X contributing £...`,
`funded by X` make X a commissioner; `employed by X` makes X both, in-house).
A sum in a sentence about a contract is a contract value unless the words
beside it say it is a cost pressure, saving, budget or one-off cost; any other
sum is kept as an amount.  A sum said of `the winning tender`, `the preferred
bidder` or `the successful bidder` belongs to the provider the paper awards (or
recommends awarding) the contract to, when it names exactly one, and takes the
award's start date rather than the terms of the contract it replaces.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property, lru_cache
from string import ascii_letters
from typing import Optional

from .contract_quotes import chosen_quote, may_state_quotes
from .contract_terms import (PROVIDER_KINDS, VOCABULARY_FILE, contract_type_in, fiscal_year_near, is_income,
                             cue, start_and_end, status_in, tidy_service)
from .contracts import (Candidate, PaperContext, ProviderStatement, own_body_roles, provider_may_serve,
                        useful_heading)
from .money_kinds import (announces_awards, classify, prices_contract_change, states_premium, evidence_for, paid_bodies, paying_verbs, section_kind,
                          section_kind_names_contracts, size_features, states_contract_price)
from . import required_text
from .phrases import compiled, load, prefix_tree
from .plain_text import squash, word_list_pattern
from .table_roles import column_roles
from .contract_tables import PROSE_CELL_WORDS
from .contract_records import LABEL_WORDS, field_breaks, line_record
from .contract_roles import (COORDINATION, PRICED_ITEM_LEAD, lists_providers, ROLES, funds, has_role, role_texts,
                             roles_in, without_final_the)
from .facts import Amount, Contract
from .national_funding import FUNDER_KINDS
from .listitems import rows_cut_by_page, runs_on, split_number
from .organisations import OrgMention
from .dates import find_dates
from .money import find_money, money_in, states_money
from .sentences import MAIN, clause_bounds

PROSE_KINDS = ("paragraph", "list_item")


# The paper's own staff (`in-house`, `directly employed`) and staff of a named employer (`employed by X`).
_OWN_STAFF = compiled("in-house/in_house/directly_employed")
_EMPLOYED_BY = compiled("employed_by")
_STAFF = compiled("post/posts/staff/salar*/FTE/employee/employees/officer/officers/workforce")
# An in-house option costed, not in-house staff paid: `bringing it in-house would cost £910,000`.
_OPTION_COSTED = compiled("would/could/might/rejected/discounted/not_recommended/ruled_out")


def _role_words() -> re.Pattern:
    """The words a role phrase of contract_roles.yaml can turn on (`run` of `run ... by`, `direction`,
    `engaged`): a sentence with none of them and no sum states no relation, so organisations are not
    looked for in it (the costly step).  Drawn from the vocabulary, so a new phrase is never skipped."""
    stems = set()
    for role in ("provider", "provides", "commissioner", "employer"):
        for side, entries in ROLES[role].items():
            if side == "unless":
                continue
            for entry in entries:
                for token in entry["phrase"].split():
                    for option in token.split("/"):
                        # (`auditors,` of an apposition phrase is the word `auditors`.)
                        for word in option.rstrip("*,:!").lower().split("_"):
                            if len(word) >= 3 and word.isalpha() and word not in _LINKING_WORDS:
                                stems.add(word)
    # Searched in every sentence: as a prefix tree, five times faster than a flat list of the words.
    return re.compile(r"\b" + prefix_tree(stems), re.IGNORECASE)


# Words of role phrases too common to say anything alone.
_LINKING_WORDS = {"with", "from", "been", "have", "will", "remains", "remain", "that", "which", "between",
                  "behalf", "current", "currently", "also", "still", "service", "services", "delivery", "funding",
                  "lead", "leads", "led", "being", "jointly", "the", "and", "was", "were", "are", "has", "had", "its",
                  "our", "for", "who", "such", "including", "mainly", "mostly", "largely", "chiefly", "notably",
                  "principally", "directly", "particular", "now", "set", "out", "gets"}
_AGREEMENT_WORDS = _role_words()
_CONTRACT_WORD = compiled("contract*/sub-contract*")
_CONDITIONAL = compiled("if/should/unless/were", "start")
# A sentence that denies a relation (`was not awarded`, `no provider`, `the unsuccessful bidder`).
# The words denying a relation in its part of the clause (contract_roles.yaml denial.words, with their examples).
_DENIALS = [compiled(entry["phrase"]) for entry in ROLES["denial"]["words"]]
# Of those, the ones that deny an award anywhere in its sentence; a bid turned down (names_its_bidder) denies only its
# bidder's relation (`the tender from X was rejected and the contract was awarded to Y` awards Y).
_AWARD_DENIALS = [compiled(entry["phrase"]) for entry in ROLES["denial"]["words"] if not entry.get("names_its_bidder")]


def _states_denial(text: str, denials=_DENIALS) -> bool:
    """Whether ``text`` holds words denying a relation (contract_roles.yaml denial.words; ``denials``: those read)."""
    return any(pattern.search(text) for pattern in denials)


CUE_WINDOW = 160
# Cues of contract_terms.yaml (each with its examples there).
_POINTING_SERVICE = cue("pointing_service")  # `this service`, `the existing contract`: no service named
_NOT_OR_NEW = cue("not_or_new")  # a term sentence about a contract not let, or a new one
_OVER_THE_TERM = cue("over_the_term")  # `over five years`, `over the contract term`
_PROVIDER_NAMED_IN_LABEL = cue("provider_named_in_label")  # `Home care provided by X`: a short cell read as prose

_SERVICE_PATTERNS = [
    re.compile(r"\b(?:awarded|let|extend\w*|award)\s+(?:the\s+)?(?:contract\s+for\s+)?(?:the\s+)?"
               r"((?:[A-Z][\w'&-]*\s+){1,8}?)(?:[Cc]ontract|[Ss]ervices?)\b"),
    re.compile(r"\bcontract\s+for\s+(?:the\s+)?(?:provision\s+of\s+)?(?:the\s+)?(.{3,80}?)"
               r"(?=\s+(?:to|with|from|by|is|was|has|have|be|at|in|for|until|which|will)\b|[,.;(]|$)"),
    re.compile(r"\bcost\s+of\s+(?:the\s+)?(.{2,60}?\bservices?)\b", re.IGNORECASE),
    re.compile(r"\b((?:[A-Z][\w'&-]*)(?:\s+[\w'&-]+){0,4}?\s+[Ss]ervices?)\s+contract\b"),
    re.compile(r"\bcommissions?\s+(?:the\s+)?(.{3,80}?)\s+from\b"),
    re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'&-]*\s+){1,6}[Ss]ervices?)\b"),
]


# Any of the patterns above, each with its own flags: most sentences name no service.
_ANY_SERVICE = re.compile("|".join(f"(?{'i' if p.flags & re.IGNORECASE else '-i'}:{p.pattern})"
                                   for p in _SERVICE_PATTERNS))


# `4.2 Carers support. A six-month extension ...`: a paragraph that opens with its subject as a label.
_RUN_IN_LABEL = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?([A-Z][\w'’ -]{2,50}?)[.:]\s+[A-Z]")
RUN_IN_WORDS = 5


def run_in_label(text: str) -> Optional[str]:
    """The short label a paragraph opens with (`Carers support.`, `3.2 Day services:`), else None."""
    match = _RUN_IN_LABEL.match(text)
    if not match or len(match.group(1).split()) > RUN_IN_WORDS or match.group(1).isupper():
        return None  # (`RESOLVED:`, `NOTED:` mark a decision, not its subject)
    return useful_heading(match.group(1).strip())


@lru_cache(maxsize=8192)  # a passage's sentences are asked about more than once
def service_in(text: str) -> Optional[str]:
    if not _ANY_SERVICE.search(text):
        return None
    for pattern in _SERVICE_PATTERNS:
        match = pattern.search(text)
        if match:
            service = tidy_service(match.group(1))
            if service and not _POINTING_SERVICE.fullmatch(service):
                return service
    return None


def provider_statements(context: PaperContext) -> list[ProviderStatement]:
    """Every `provided/delivered by X` the paper makes, for tables that omit the provider."""
    found = []
    for index, passage in enumerate(context.doc._.passages):
        if passage.kind not in PROSE_KINDS:
            continue
        sentences = context.sentences(passage.text, index)
        for number, (offset, sentence) in enumerate(sentences):
            if not _AGREEMENT_WORDS.search(sentence):
                continue
            found.extend(_listed_providers(context, index, sentence))
            mentions = context.mentions_within(passage.text, offset, sentence)
            roles = roles_in(context, sentence, mentions)
            bare = None
            for mention in roles["provider"]:
                if mention.name != context.authority:
                    # `The current contract expires on 31 March 2025` often follows the statement.
                    following = " ".join(s for _, s in sentences[number:number + 2])
                    _start, end = start_and_end(following, context.month_first)
                    if bare is None:
                        # What the sentence says besides the names (`Equipment` in a provider's name is no service).
                        bare = sentence
                        for other in reversed(mentions):
                            bare = bare[:other.start] + " " + bare[other.end:]
                    award = _is_award(sentence, mention)
                    found.append(ProviderStatement(index, mention.name, contract_type_in(sentence), end, text=bare,
                                                   award=award, start_date=_start if award else None))
    return found


# `commissions two providers to deliver Family Hub services: A in X and B in Y`.
_PROVIDER_LIST = re.compile(
    r"\b(?:commission\w*|contract\w*(?:\s+with)?|fund\w*|uses?|appointed)\s+(?:the\s+following\s+|(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+|several|a\s+number\s+of)\s+)?(?:external\s+|independent\s+|voluntary\s+(?:sector\s+)?)?"
    r"(?:providers?|organisations?|suppliers?|contractors?|operators?)"
    r"(?:\s+to\s+(?:deliver|provide|run|operate)\s+(?P<service>[^:;.]{3,80}?))?\s*(?::|–|—|,\s+namely)\s*(?P<list>[^.;]+)",
    re.IGNORECASE)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?=[A-Z])")
_LEADING_NAME = re.compile(r"(?:[A-Z0-9][\w'\u2019&.-]*)(?:\s+(?:(?:of|for|and|the|&|in|on)\s+)?[A-Z0-9][\w'\u2019&.-]*)*")
_PLACE_TAIL = re.compile(r"\s+(?:in|on|at|of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*)*$")


def _names_winner(text: str) -> bool:
    """`The winning tender ...`, `the preferred bidder's price`: the award's winner named by its role."""
    return any(compiled(entry["phrase"]).search(text) for entry in ROLES["winner"]["named_by_role"])


def _is_award(sentence: str, mention) -> bool:
    """Whether ``sentence`` awards a contract to ``mention`` (or names it the preferred bidder)."""
    if _CONDITIONAL.match(sentence) or _states_denial(sentence, _AWARD_DENIALS):
        return False
    before, after = role_texts(sentence, mention)
    return has_role("winner", "before", before) or has_role("winner", "after", after)


def _listed_providers(context: PaperContext, index: int, sentence: str) -> list[ProviderStatement]:
    """Providers a paper lists by name after saying it commissions them."""
    match = _PROVIDER_LIST.search(sentence)
    if not match:
        return []
    service = tidy_service(match.group("service"))
    found = []
    for item in _LIST_SPLIT.split(match.group("list")):
        name = _LEADING_NAME.match(item.strip())
        if not name:
            continue
        text = _PLACE_TAIL.sub("", name.group(0)).strip()
        # Two words at least, or a name the organisation finder knows: not `Thanet`, not `Option`.
        resolved = context.resolve(text)
        if resolved or (len(text.split()) >= 2 and not text.isupper()):
            found.append(ProviderStatement(index, resolved or text, contract_type_in(sentence), None,
                                           service=service, listed=True))
    return found if len(found) >= 1 else []


def list_lead_in(colon_line: str) -> str:
    """The line a list item completes (`The equipment service is commissioned from:` before `- X Ltd`), its
    colon_lead, when it names providers by it (contract_roles.lists_providers); else ''."""
    return colon_line if colon_line and lists_providers(colon_line) else ""


def colon_lead(context: PaperContext, index: int, passage) -> str:
    """The line a list item completes: the last sentence of the nearest passage before the list when it ends
    with a colon (`Sponsorship was received from:`), else ''."""
    if passage.kind != "list_item" or passage is not context.doc._.passages[index]:
        return ""
    passages = context.doc._.passages
    previous = index - 1
    while previous >= 0 and passages[previous].kind == "list_item":
        previous -= 1
    if previous < 0 or passages[previous].kind != "paragraph":
        return ""
    text = passages[previous].text.rstrip()
    if not text.endswith(":"):
        return ""
    sentences = context.sentences(text, previous)
    return sentences[-1][1] if sentences else text


def _continued_on_next_page(passages, index: int) -> bool:
    """Whether passage ``index + 1`` is the rest of passage ``index``, cut by a page break (`... to extend the
    contract with X to 31 July` / next page / `2027 at a cost of £142,000;`): the same test the decision finder
    makes for a list item, so both read such an item whole."""
    if index + 1 >= len(passages):
        return False
    passage, following = passages[index], passages[index + 1]
    if following.kind not in PROSE_KINDS or passage.page is None or following.page is None \
            or following.page <= passage.page:
        return False
    # `4.3 The Council will spend £V` on the next page is a paragraph of its own, not the rest of this one.
    return runs_on(passage.text, following.text) and split_number(following.text)[0] is None


def prose_contracts(context: PaperContext) -> list[Candidate]:
    found: list[Candidate] = []
    passages = context.doc._.passages
    joined_into_previous = False
    wrapped = _wrapped_cells(passages)
    whole_rows = rows_cut_by_page(passages)
    for index, passage in enumerate(passages):
        if passage.kind in PROSE_KINDS:
            if index in context.payment_passages:
                continue  # a payment line's sums (extract/contract_payments.py)
            if joined_into_previous:
                joined_into_previous = False
                continue  # read with the passage before it, of which it is the rest
            if _continued_on_next_page(passages, index):
                passage = replace(passage, text=f"{passage.text} {passages[index + 1].text}")
                joined_into_previous = True
            # A line of labelled fields (`Direction to: X; Service: S; Budget allocated: £V`) is read as a record.
            record = line_record(context, index, passage)
            found.extend(record if record is not None else _chosen_quote(context, index, passage,
                                                                          _read_passage(context, index, passage)))
        elif passage.kind == "table_row":
            passage = whole_rows.get(index, passage)  # a row cut by a page break, read whole
            roles = column_roles(passage.header or [])  # once per row: each prose cell asks
            record = _is_record(roles)
            owned = _sums_owned_by_table(passage, roles, record) or context.is_contract_document
            cells = _prose_cells(passage, roles) + [replace(passage, kind="paragraph", text=text, cells=[], header=[])
                                                     for text in wrapped.get(index, ())]
            for cell in cells:
                for candidate in _read_passage(context, index, cell, relations_only=owned):
                    if candidate.contract.value_gbp is not None:
                        if candidate.contract.provider is None and not record:
                            # Minutes in a layout table also comment on figures (variances, costs,
                            # budgets): a sum there is a contract's only where the cell names who is paid.
                            continue
                        # The same sum stated in the paper's paragraphs is read first (their parties
                        # win), this one fills its gaps.
                        candidate.source = CELL_SOURCE
                    found.append(candidate)
    return found


def _chosen_quote(context: PaperContext, index: int, passage, candidates: list) -> list:
    """The passage's contracts kept to the quote it says was chosen (extract/contract_quotes.py)."""
    text = passage.text
    if "£" not in text or not may_state_quotes(text):
        return candidates
    money = context.doc._.money[index] if passage is context.doc._.passages[index] else find_money(text)
    sentences = context.sentences(text, index)

    def new_contract(provider, chosen):
        if not context.authority or provider == context.authority:
            return None
        sentence = next((s for offset, s in sentences if offset <= chosen.start < offset + len(s)), text)
        return Candidate(Contract(passage_seq=passage.seq, page=passage.page, quote=sentence,
                                  commissioner=context.authority, provider=provider, value_gbp=chosen.value_gbp,
                                  value_text=chosen.text, rule="contracts.prose.chosen_quote"), index, "prose")

    return chosen_quote(candidates, text, sentences, money, context.doc._.orgs.find(text), new_contract)


# Round c19: a line of a wrapped cell this many words long runs on into the next row's cell of its column; a cell
# longer than a line can be (WRAPPED_LINE_MAX words: a form's whole box) is a cell of its own, no line.
WRAPPED_LINE_WORDS = 8
WRAPPED_LINE_MAX = 30
_SENTENCE_END = (".", "!", "?", ":", ";")


def _wrapped_cells(passages) -> dict:
    """The cells a PDF reader split line by line into rows (an assessment's evidence column: `... rose by a third over the
    five years. The` / `Household Survey run for the Council by X last spring found that` / `most users walk in.`),
    joined again: index of a run's first row -> its column runs' texts.  A cell runs on into the same column's next
    filled cell when it is a long line (WRAPPED_LINE_WORDS words or more, no more than WRAPPED_LINE_MAX) that ends no
    sentence; an empty cell between (another column's line) does not stop the run, but a row whose first cell starts
    a line of its own (`Budget | The budget for ...` under `Parks | ... done by X`) is the next record's, its notes
    none of the last record's (a register's notes often end with no full stop).  Only runs of two lines or more are returned: a single
    cell is read as it stands (_prose_cells)."""
    runs: dict = {}
    open_runs: dict = {}  # column -> (first row's index, [lines])

    def close(column):
        start, lines = open_runs.pop(column)
        text = " ".join(lines)
        if len(lines) > 1 and len(text.split()) >= PROSE_CELL_WORDS:
            runs.setdefault(start, []).append(text)

    table = None
    for index, passage in enumerate(passages):
        if passage.kind != "table_row" or passage.table != table:
            for column in list(open_runs):
                close(column)
            table = passage.table if passage.kind == "table_row" else None
        if table is None:
            continue
        new_record = False  # the row's first cell opens a line of its own: the row is the next record's
        for column, cell in enumerate(passage.cells):
            line = squash(cell)
            if not line:
                continue
            is_line = len(line.split()) <= WRAPPED_LINE_MAX
            if column in open_runs:
                last = open_runs[column][1][-1]
                if is_line and not new_record and len(last.split()) >= WRAPPED_LINE_WORDS \
                        and not last.endswith(_SENTENCE_END):
                    open_runs[column][1].append(line)
                    continue
                close(column)
            new_record = new_record or column == 0
            if is_line:
                open_runs[column] = (index, [line])
    for column in list(open_runs):
        close(column)
    return runs


# Candidate.source of a sum read in a table's prose cell.
CELL_SOURCE = "cell"


def _sums_owned_by_table(passage, roles, record: bool) -> bool:
    """Whether a table row's sums (its columns' ``roles``) are left to the table readers: yes where a
    column holds values.  A meeting record's table (``record``: `Item | Discussion | Outcome`) has none, and nor
    have minutes set out in a table (`6. | Monthly finance report. The Head of Finance ... | FM`, its
    header row the meeting's title, which may read as a column name, or none), which number their items
    down the first column: the sums in their sentences are read as prose."""
    if any(role.has("value") for role in roles) and not _title_row(passage.header or []):
        return True
    numbered_item = bool(passage.cells) and _ITEM_NUMBER.fullmatch(passage.cells[0]) is not None
    return not (record or numbered_item or _label_and_prose(passage.cells) or _all_prose(passage.cells))


def _title_row(header) -> bool:
    """Round c19: a header row whose first cell alone is filled (`Budget Amendment Form | | | |`) is the table's
    title spanning its width, not column names: a word of its title (`Budget`) makes no column one of values."""
    return len(header) >= 3 and bool(header[0].strip()) and not any(cell.strip() for cell in header[1:])


# A row label: a few words with no figure (`Decision taken`, `Reasons for the decision`): a letter, then up to
# 60 letters, spaces, apostrophes, brackets, slashes or hyphens.
_ROW_LABEL_CHARACTERS = frozenset(ascii_letters + "'’ ()/-")


def _is_row_label(text: str) -> bool:
    return 0 < len(text) <= 61 and text[0] in ascii_letters and set(text) <= _ROW_LABEL_CHARACTERS


def _label_and_prose(cells) -> bool:
    """A record laid out as `Label | prose` (a decision notice's `Decision taken | Cabinet extended the
    contract with X ... at a management fee of £410,000 a year.`): two cells, a short label and a
    paragraph; the paragraph's sums are read as prose, as no column holds values."""
    return len(cells) == 2 and len(cells[0].split()) <= LABEL_WORDS and _is_row_label(cells[0].strip()) \
        and len(cells[1].split()) >= PROSE_CELL_WORDS


def _all_prose(cells) -> bool:
    """A row whose every filled cell is a paragraph (`Issue raised | Response`, `Question | Answer`: a scrutiny
    response or a questions table): no column holds values, so the sums in its sentences are read as prose.
    Round c19: a form's free-text box spans the row, the reader giving it as one filled cell beside empty ones
    (a budget amendment form's `Proposed purpose` box, a decision record's `Reasons` box): prose too."""
    filled = [cell for cell in cells if cell.strip()]
    return len(cells) >= 2 and bool(filled) and all(len(cell.split()) >= PROSE_CELL_WORDS for cell in filled)


def _is_record(roles) -> bool:
    """A meeting record's table: a column of discussion or decisions."""
    return any(role.has("discussion", "decision") for role in roles)


# A minute's number in the first column (`6.`, `7.2`, `12`), or the empty cell of an item's next row; ModernGov
# pages number items with the year or the committee's letters (`91/25`, `HWB.14`, `CAB 112`, `(Item 55)`, `12a`).
# (The committee's letters are capitals: `Year 1`, `Band 5`, `Lot 2` are no item numbers, and nor is a numbered
# part of a service in capitals, `LOT 2`, `YEAR 3`: contract_terms.yaml numbered_part.)
_NUMBERED_PART_WORDS = "|".join(load(VOCABULARY_FILE)["cues"]["numbered_part"]["any"])
_ITEM_NUMBER = re.compile(r"\s*(?:\(?(?:[Ii]tem\s+)?(?:(?!(?:%s)[ .]?\d)[A-Z]{1,4}[ .]?)?\d{1,3}(?:[./]\d{1,3})*[a-z]?"
                          r"\.?\)?)?\s*" % _NUMBERED_PART_WORDS)


# A meeting record's discussion or decision cell this many words long is prose (`X lowest at £265,000.`).
RECORD_CELL_WORDS = 3


def _prose_cells(passage, roles) -> list:
    """The cells of a table row that are prose, each as a passage of its own: they state relations
    (`X leads a consortium to deliver the project`) that the table's columns do not.  A meeting
    record's discussion and decision cells and a risk register's controls (``roles``: the row's column roles;
    `Block booking of 60 units with X Ltd at £1.9m a year`) are prose however short."""
    return [replace(passage, kind="paragraph", text=cell, cells=[], header=[])
            for i, cell in enumerate(passage.cells)
            if len(cell.split()) >= PROSE_CELL_WORDS or _PROVIDER_NAMED_IN_LABEL.search(cell)
            or i < len(roles) and roles[i].has("discussion", "decision", "mitigation")
            and len(cell.split()) >= RECORD_CELL_WORDS]


class _WholePassage:
    """What a passage says as a whole (its parties, service, contract type), for a sentence
    that says too little itself.  Worked out on first use: most passages never need it."""

    def __init__(self, context: PaperContext, text: str, has_money: bool):
        self._context, self._text, self._has_money = context, text, has_money

    @cached_property
    def roles(self) -> dict:
        # Only a passage with money names parties for its sentences (an empty dict otherwise).
        if not self._has_money:
            return {}
        roles = roles_in(self._context, self._text, self._context.mentions(self._text))
        # A body that provides in one sentence and lets a sub-contract in another (`X delivers S under a
        # contract worth £V. X subcontracts part of it to Y.`) is no commissioner for the passage's other sums.
        providing = {m.name for m in roles["provider"]}
        roles["commissioner"] = [m for m in roles["commissioner"] if m.name not in providing]
        return roles

    @cached_property
    def winner(self) -> Optional[str]:
        """The provider the passage names as a procurement's winner (`four bids were received and X scored
        highest`, `X is the preferred bidder`): a sum that names no body is the winner's, not the incumbent's."""
        for mention in self.roles.get("provider", ()):
            before, after = role_texts(self._text, mention)
            if has_role("winner", "before", before) or has_role("winner", "after", after):
                return mention.name
        return None

    @cached_property
    def service(self) -> Optional[str]:
        return service_in(self._text) or run_in_label(self._text)

    @cached_property
    def contract_type(self) -> Optional[str]:
        return contract_type_in(self._text)


def _read_passage(context: PaperContext, index: int, passage, relations_only: bool = False) -> list[Candidate]:
    """Contracts in a prose passage; ``relations_only`` reads parties without sums (a table's prose cell,
    whose sums the table readers own)."""
    text = passage.text
    # Finding organisations is the costly step: skip passages with neither money nor contract words.
    has_money = states_money(text)
    # A register line under a heading about contracts may name its provider with no verb or sum.
    register_section = ";" in text and section_kind_names_contracts(passage.heading or "")
    colon_line = colon_lead(context, index, passage)
    lead = list_lead_in(colon_line)
    if not has_money and not register_section and not lead and not _AGREEMENT_WORDS.search(text):
        return []
    sentences = context.sentences(text, index)
    # A table's prose cell is no passage of the paper: its sums are found here.
    passage_money = context.doc._.money[index] if passage is context.doc._.passages[index] else find_money(text)
    employer = _employer(context, text)
    whole = _WholePassage(context, text, has_money)
    # The passage speaks of a contract, or sits under a heading that does (`42. Garden waste composting contract`).
    contract_passage = bool(_CONTRACT_WORD.search(text) or _CONTRACT_WORD.search(passage.heading or ""))
    found = []
    for number, (offset, sentence) in enumerate(sentences):
        item_lead = lead if number == 0 else ""
        if not states_money(sentence) and not _AGREEMENT_WORDS.search(sentence) \
                and not (register_section and ";" in sentence) and not item_lead:
            continue
        mentions = context.mentions_near(sentence, index, text, offset)
        roles = roles_in(context, sentence, mentions, item_lead)
        monies = money_in(passage_money, offset, offset + len(sentence))
        if relations_only:
            for valueless in [] if monies else _valueless(context, index, passage, sentences, number, roles):
                valueless.rule = "contracts.table.prose_cell.relation"
                found.append(Candidate(valueless, index, "prose", number))
            continue
        field_name, field_service = (None, None) if roles["provider"] else _field_line(context, sentence, mentions)
        # (Not under a lead saying the money comes from the bodies: `Sponsorship received from:`.)
        # (A line may name its body with a role word: `Home from hospital – run by X – £3.45m`.)
        colon_item_lead = colon_line if number == 0 else ""
        label_line = bool(monies) and not _NOT_PAID_LEAD.search(colon_item_lead) and (
            _label_line(sentence, mentions, monies)
            or bool(colon_item_lead) and _name_and_sum(context, sentence, mentions, monies))
        # `The awards were: A, £62,000 for advice; B, £41,000 for ...`: each item labels its own sum only.
        label_items = bool(monies) and not label_line and not roles["provider"] and \
            _label_items(sentence, mentions, monies)
        if label_line or label_items:
            # `Day centre (Fenmoor Care Ltd): £330,000 per annum`, `Fenmoor Care Ltd – meals – £75,000`:
            # a line that labels a sum with a service and a body names that body's contract.
            roles["provider"] = [m for m in mentions if not context.is_commissioner_kind(m.name)]
        elif field_name is not None and (monies or register_section):
            # `Theatre gowns — Starchley Textile Care Ltd; four years; £720,000 in total; signed off by ...`:
            # a register line's field that is a name alone is the body the line's contract is with (a
            # line without a sum only under a heading about contracts: `Contracts awarded`).
            roles["provider"] = [field_name]
            label_line = bool(monies)
        if not monies:
            relations = _valueless(context, index, passage, sentences, number, roles)
            for valueless in relations:
                valueless.rule = "contracts.prose.relation"
                found.append(Candidate(valueless, index, "prose", number))
            if not relations and not _CONDITIONAL.match(sentence):
                commissioner = _first(roles["commissioner"]) or context.authority
                dated = _dated_contract(context, index, passage, sentences, number, whole)
                if dated is not None:
                    dated.rule = "contracts.prose.term"
                    found.append(Candidate(dated, index, "prose", number))
                for listed in _listed_providers(context, index, sentence):
                    if listed.provider == commissioner:
                        continue
                    found.append(Candidate(Contract(
                        passage_seq=passage.seq, page=passage.page, quote=sentence, commissioner=commissioner,
                        provider=listed.provider, service=context.expand(listed.service or service_in(sentence)),
                        contract_type=listed.contract_type, status=status_in(sentence),
                        rule="contracts.prose.listed_providers"), index, "prose", number))
            continue
        in_house = employer is not None and bool(_STAFF.search(sentence))
        # `£45,000 for A and £30,000 for B`, `A will receive £45,000 and B £30,000`: each sum its conjunct's body.
        gapped = _gapped_pairs(context, sentence, mentions, monies, roles["provider"])
        previous_end = 0
        last_kind = None
        pool_total = False
        priced = len(found)
        public_grant = False
        for money in monies:
            before, after = sentence[previous_end:money.start], sentence[money.end:]
            previous_end = money.end
            pool_here = bool(_POOL_TOTAL.search(before))
            pool_total = pool_total or pool_here
            # The evidence must be near the sum: a long sentence listing figures mentions a
            # contract somewhere without pricing it.
            clause_start, clause_end = _clause_bounds(sentence, money.start, money.end)
            near = sentence[clause_start:clause_end]
            # An option costed (`it would cost £910,000`) is asked of the sum's own clause: another clause's
            # `could` (`agency cover could not be found`) says nothing of this sum.
            costed_option = bool(_OPTION_COSTED.search(near))
            features = ({"in_house"} if in_house and not costed_option else set()) | size_features(money.value_gbp)
            if _contributor(sentence, money, mentions) and (
                    roles["provider"] or _ABOUT_A_SERVICE.search(sentence)
                    or _ABOUT_A_SERVICE.search(text) and whole.roles.get("provider")):
                features.add("contributor_named")
            payees = [m for m in roles["provider"]
                      if clause_start <= m.start < clause_end or _subject_of(sentence, m, clause_start)]
            statement_start, statement_end = clause_bounds(sentence, money.start, money.end, MAIN)
            if not payees and _trails_statement(sentence, mentions, clause_start, clause_end, statement_start):
                # `award S to X for three years, with the option of a further year, at £V per annum`: a price
                # phrase with no verb or body of its own prices what its statement awards
                payees = [m for m in roles["provider"] if statement_start <= m.start < statement_end]
            pays_pronoun = _pays_pronoun(sentence, money)
            if not payees and pays_pronoun:
                payees = _pronoun_payee(context, sentence, money, mentions, whole)
            payees = _receiver_of(sentence, money, payees) or _priced_item_of(sentence, money, payees) or payees
            paid = _named_payee(context, sentence, money, mentions, whole)
            if paid is not None:
                payees = [paid]
                features.add("paid_to_named_body")
            else:
                given = _sum_to_body(context, sentence, money, mentions, near)
                if given is not None:
                    payees = [given]  # `£18,500 to X for S`: X's sum, whichever body the clause names first
                    features.add("sum_to_named_body")
            bracketed = _priced_in_brackets(context, sentence, money, mentions, roles["provider"] or payees) \
                or _body_in_brackets_after(context, sentence, money, mentions)
            if bracketed is not None:
                payees = [bracketed]  # `contracts with A (£1.2m a year) and B (£800k a year)`: B's is £800k
            paired, sum_first = gapped.get(money.start, (None, False))
            if paired is not None:
                payees = [paired]
                if sum_first and "sum_to_named_body" not in features:
                    features.add("paired_with_named_body")
            pointed = None if payees or label_line else \
                _agreement_pointed_to(context, index, sentence, clause_start, money)
            if pointed is not None:
                features.add("agreement_pointed_to")
            award_pointed = False
            if pointed is None and not (payees or label_line or roles["provider"]):
                # (Only the provider: what the sum is stays the cues' call, `the contract is funded from the
                # allocation of £V` a budget.)
                pointed = _award_pointed_to(context, index, sentence, money)
                award_pointed = pointed is not None
            if label_line or payees:
                features.add("provider_named")  # (a list's item with no body of its own has no payee)
                if states_premium(sentence[clause_start:money.start]):
                    features.add("premium_paid")  # `from X Assurance Ltd at an annual premium of £3,975`
            elif pointed is None and money.period == "annual" and \
                    _one_provider_stated(context, sentence, roles["provider"], money.start):
                # `... provided by X under a contract awarded in 2023, which costs £4.2m a year`: a yearly
                # sum whose clause hangs on a statement naming one provider; what else the clause says decides.
                features.add("provider_in_statement")
            if any(context.is_commissioner_kind(m.name) for m in payees) and _FUNDING.search(near):
                features.add("public_body_funded")
                public_grant = True
            if contract_passage:
                features.add("contract_in_passage")
            if colon_item_lead and not _NOT_PAID_LEAD.search(colon_item_lead) and announces_awards(colon_item_lead):
                features.add("awarded_in_lead")  # `the following awards:` / `X: £3,500 towards S`
            counterpart = _counterpart(context, sentence, mentions, statement_start)
            change_priced = not _CONDITIONAL.match(sentence[statement_start:]) and prices_contract_change(
                sentence[statement_start:money.start], sentence[statement_start:statement_end],
                sentence[money.end:statement_end],
                provider_named=any(statement_start <= m.start < statement_end for m in roles["provider"])
                or counterpart is not None)
            if change_priced:
                features.add("contract_change_priced")  # `the agreement with X be extended ... at a cost of £V`
            # `The ICB has transferred £1.4m to the Council to buy reablement hours`: a payer buying from the paper's body.
            own_buyer = None if in_house else _own_body_paid(context, sentence, money, mentions)
            verdict = classify(evidence_for(sentence, money.start, money.end, clause_start, clause_end,
                                            passage.heading, features, money.value_gbp))
            context_kind = _context_kind(context, passage, sentence, near)
            if context_kind == "income" and (_receiver_of(sentence, money, payees) or paired is not None or _receiver_of(
                    sentence, money, [m for m in mentions if not context.is_commissioner_kind(m.name)])):
                context_kind = None  # `X will receive a grant of £V to run S`: X receives it, not the paper's body
            priced_in_section = False
            if context_kind in _PRICED_IN_SECTION and \
                    _prices_named_contract(sentence, clause_start, money, roles["provider"], features, verdict):
                # `The step-down beds contract with X, worth £1.1m a year, ended early` among budget pressures:
                # a named provider's contract priced in its own clause is a contract wherever it is listed.
                context_kind, priced_in_section = None, True
            kind = None if own_buyer else context_kind or (None if verdict.is_contract else verdict.kind)
            if verdict.is_contract and last_kind and _RUNNING_TOTAL.search(before) and not _NEW_PRICE.search(before):
                kind = last_kind  # `an increase of £1m, to a total of £70m`: the same budget line
            if kind is None and last_kind and _part_in_brackets(context, sentence, money, mentions, roles,
                                                                money.start - len(before)):
                # `£2.3m of risk budget is released from A (£0.7m) and B (£1.6m)`: the parts of a sum
                # already decided, in brackets after what they come from, are of its kind.
                kind = last_kind
            if kind in (None, "other") and (pool_here or pool_total and not roles["provider"]):
                kind = "pooled"  # `the pooled fund, which totals £8.4m, with the Council contributing £5.9m`
            last_kind = kind
            if money.value_gbp == 0:
                continue
            if kind is None and not in_house and _losing_bid(context, sentence, money, mentions, statement_start):
                kind = "hypothetical"  # `The second quotation, from X, was £V` where the paper awards the contract to Y
                context.amounts.append(Amount(passage.seq, passage.page, sentence, money.value_gbp, money.text,
                                              kind, money.approximate, rule="amounts.prose.losing_bid"))
                continue
            if kind:
                # The rule that decided the kind: the cues' verdict, or the context that overrode it.
                rule = verdict.rule if kind == verdict.kind else f"amounts.context.{kind}"
                context.amounts.append(Amount(passage.seq, passage.page, sentence, money.value_gbp, money.text,
                                              kind, money.approximate, rule=rule))
                continue
            contract = Contract(passage_seq=passage.seq, page=passage.page, quote=sentence,
                                value_gbp=money.value_gbp, value_text=money.text, approximate=money.approximate)
            stated = None
            if in_house and not costed_option:
                contract.commissioner = contract.provider = employer
                contract.contract_type = "in-house"
            else:
                contributor = _contributor(sentence, money, mentions)
                if pays_pronoun and contributor in [m.name for m in payees]:
                    contributor = None  # `X ... and we will pay it £V`: X is paid, not paying
                named_commissioner = contributor or _nearest_before(roles["commissioner"], money.start) or \
                    _first(whole.roles["commissioner"]) or context.section_buyer(passage.heading)
                commissioner = named_commissioner or context.authority
                provider = _first(payees) or _in_part(sentence, roles["provider"], money.start) or \
                    _first(roles["provider"])
                stated = None
                if provider is None and pointed is not None:
                    stated = pointed  # `The agreement is worth £52,000`: the agreement named before is its provider's
                    provider = pointed.provider
                if provider is None and _names_winner(before):
                    # `The winning tender has an annual fee of £96,000`: the provider it is awarded to.
                    stated = context.winner()
                    provider = stated.provider if stated else None
                provider = provider or whole.winner or _first(whole.roles["provider"]) \
                    or (counterpart if change_priced else None) \
                    or _section_provider(context, passage.heading)
                if provider is None:
                    stated = context.provider_for(index, service_in(sentence) or whole.service, near_only=True,
                                                  refers_back=bool(_REFERS_BACK.search(sentence)))
                    provider = stated.provider if stated else None
                if provider == commissioner:
                    provider = None
                if provider is None and _speaks_as_provider(context, named_commissioner, near):
                    provider = context.authority  # `We deliver S for X Council ...` in a trust's own paper
                commissioner, provider = own_body_roles(context, named_commissioner, provider, mentions)
                if own_buyer is not None:
                    commissioner, provider = own_buyer, context.authority
                    contract.rule = "contracts.prose.own_body_paid"
                contract.commissioner, contract.provider = commissioner, provider
                # `the pooled fund, which totals £8.4m, with the Council contributing £5.9m`: the whole
                # pool and each partner's share of it, not one service's contract.
                named = [m for m in mentions if money.start - len(before) <= m.start < money.start]
                pool = pool_here or (pool_total and not roles["provider"] and (contributor is not None or bool(named)))
                if pool:
                    provider = contract.provider = None
                    if contributor is None and named:
                        # `..., with the Council contributing £5.9m and the CCG £3.9m`
                        contract.commissioner = named[-1].name
                # `£8.8m of it funds ... the contracts listed in Table 1`: what they cost together.
                contract.is_total = provider is None and (bool(_ALL_CONTRACTS.search(near + after.split("£")[0]))
                                                          or pool)
                contract.contract_type = contract_type_in(sentence) or whole.contract_type or \
                    (stated.contract_type if stated else None)
            contract.service = context.expand(field_service or service_in(sentence) or whole.service
                                              or context.subject() or useful_heading(passage.heading))
            contract.period = money.period or period_of(sentence)
            contract.fiscal_year = fiscal_year_near(sentence, money.start)
            contract.status = status_in(sentence)
            contract.start_date, contract.end_date = start_and_end(sentence, context.month_first)
            if stated is not None and stated.award and stated.provider == contract.provider:
                # The winner's sum: its terms are the award's, not those of the contract it replaces.
                contract.status = status_in(before)
                contract.start_date, contract.end_date = start_and_end(before, context.month_first)
                contract.start_date = contract.start_date or stated.start_date
            if contract.end_date is None and stated is not None and stated.provider == contract.provider:
                contract.end_date = stated.end_date
            contract.rule = contract.rule or \
                f"contracts.prose.{'label_line.' if label_line else 'label_items.' if label_items else ''}{verdict.rule}" + \
                (".priced_in_section" if priced_in_section else "") + (".award_pointed_to" if award_pointed else "")
            found.append(Candidate(contract, index, "prose", number))
            for other in _each_paid(context, sentence, money, mentions, roles, contract):
                # `Grants of £20,000 each are paid to X and Y`: Y's £20,000 too, a relation of its own.
                found.append(Candidate(replace(contract, provider=other, rule=contract.rule + ".each"),
                                       index, "prose", number))
        if len(found) == priced and not public_grant:
            # Only rates, budgets or thresholds here: the parties' relation still stands without a value
            # (funding to a public body is a grant, no contract relation).
            for valueless in _valueless(context, index, passage, sentences, number, roles):
                valueless.rule = "contracts.prose.relation"
                found.append(Candidate(valueless, index, "prose", number))
    return found


def _each_paid(context: PaperContext, sentence: str, money, mentions, roles: dict, contract: Contract) -> list[str]:
    """The other providers a sum is stated for, each (`£8,000 is paid to each of X, Y and Z`, `X and Y
    will each receive £15,000`): the names coordinated with the contract's provider (before it too: a
    subject `X and Y` gives its role to Y alone) when the sentence
    says `each` of them (contract_roles.yaml `per_provider_sum`).  Without `each` a sum paid to
    several bodies is theirs together and stays the first one's (nothing here)."""
    if contract.provider is None or contract.is_total or contract.contract_type == "in-house":
        return []
    first = next((m for m in roles["provider"] if m.name == contract.provider), None)
    if first is None:
        return []
    names = _coordinated(sentence, mentions, first)
    if len(names) < 2 or not _per_provider_sum(sentence, money, names[0].start, names[-1].end):
        return []
    others = []
    for mention in names:
        if mention.name != contract.provider and mention.name not in others \
                and mention.name != contract.commissioner and not context.is_commissioner_kind(mention.name):
            others.append(mention.name)
    return others


def _coordinated(sentence: str, mentions, anchor) -> list:
    """``anchor`` and the mentions joined to it by a comma or conjunction alone (`X, Y and Z`), in order."""
    ordered = sorted(mentions, key=lambda m: m.start)
    at = next(i for i, m in enumerate(ordered) if m is anchor)
    start = end = at
    while start > 0 and COORDINATION.fullmatch(sentence[ordered[start - 1].end:ordered[start].start]):
        start -= 1
    while end + 1 < len(ordered) and COORDINATION.fullmatch(sentence[ordered[end].end:ordered[end + 1].start]):
        end += 1
    return ordered[start:end + 1]


# `£9,000 each.`: `each` closing the sum's clause (the phrases of `after_sum` need a word after it).
def _each_closing(text: str) -> bool:
    """`each`, in any case and spaces around it aside, then a clause's end or nothing: `each.`, ` EACH)`."""
    text = text.lstrip()
    rest = text[4:].lstrip()
    return text[:4].lower() == "each" and (not rest or rest[0] in ",.;:)")


def each_cue(side: str, text: str) -> bool:
    """Whether ``text`` says a sum is each named body's (contract_roles.yaml `per_provider_sum`): `after_sum`
    is the text after the sum, `before_names` the text ending at the first name, `between` all the text
    from the last name to the sum."""
    anchor = {"after_sum": "start", "before_names": "end", "between": "whole"}[side]
    if side == "after_sum" and _each_closing(text):
        return True
    return any(compiled(entry["phrase"], anchor).search(text) for entry in ROLES["per_provider_sum"][side])


def _per_provider_sum(sentence: str, money, names_start: int, names_end: int) -> bool:
    if each_cue("after_sum", sentence[money.end:]):
        return True
    if money.end <= names_start and each_cue("before_names", sentence[money.end:names_start]):
        return True
    return names_end <= money.start and each_cue("between", sentence[names_end:money.start])


def _section_provider(context: PaperContext, heading: Optional[str]) -> Optional[str]:
    """The provider the section's heading names (PaperContext.section_provider), unless the heading or a
    sentence of the section names that body as a funder (a heading `Wealdmoor Community Foundation`
    over `Wealdmoor Community Foundation has offered match funding ...`)."""
    body = context.section_provider(heading)
    if body is None:
        return None
    if any(m.name == body and funds(heading, m) for m in context.mentions(heading)):
        return None
    for index, passage in enumerate(context.doc._.passages):
        if passage.heading != heading or passage.kind not in PROSE_KINDS:
            continue
        for offset, sentence in context.sentences(passage.text, index):
            if any(m.name == body and funds(sentence, m)
                   for m in context.mentions_near(sentence, index, passage.text, offset)):
                return None
    return body


# A sum said of a table's or of all the paper's contracts, not of one.
# Round c22: a sum's clause pointing back to an agreement (`The agreement is worth £52,000`), and the agreement nouns a
# provider statement must name to be the one pointed to.
_POINTS_TO_AGREEMENT = cue("agreement_pointed_to")
_AGREEMENT_NOUN = cue("agreement_noun")
# Each way a sum's clause points back (`the agreement`, `its prices`, `extend it`) with the noun the provider
# statement it points to must name (an agreement, a bid, a contract).
_POINTERS = ((_POINTS_TO_AGREEMENT, _AGREEMENT_NOUN),
             (cue("bid_pointed_to"), cue("bid_noun")),
             (cue("contract_changed_pointed_to"), cue("contract_noun")))


def _agreement_pointed_to(context: PaperContext, index: int, sentence: str, clause_start: int,
                          money) -> Optional[ProviderStatement]:
    """The provider statement of the agreement a sum's clause points back to (`The Council has a service level
    agreement with X.` then `The agreement is worth £52,000 a year.`; `... supported X by way of grant funding; since
    2023/24 the core grant had been £144,000`; `X submitted the highest-scoring bid. Its prices come to £V`): the
    nearest statement in this passage or the one before, when it names what the pointer points to (_POINTERS);
    else None."""
    nouns = [noun for pointer, noun in _POINTERS if pointer.search(sentence, clause_start, money.start)]
    if not nouns:
        return None
    stated = context.provider_for(index, None, near_only=True, refers_back=True)
    return stated if stated is not None and any(noun.search(stated.text) for noun in nouns) else None


# Round c41: a sum's sentence speaking of `the contract` (not the current one, nor one with a body it names).
_POINTS_TO_AWARD = cue("award_pointed_to")


def _award_pointed_to(context: PaperContext, index: int, sentence: str, money) -> Optional[ProviderStatement]:
    """The award a sum's sentence points back to as `the contract` (`2.1 award the Highways Term Maintenance Contract to
    X` ... `The contract is worth an estimated £38.5m a year`; `X had scored highest. The contract is for three years
    and its annual value is £1.35m` before `RESOLVED to award the contract to X`): the paper awards one contract, to one
    body, and the provider statement nearest the sum is that award; else None (a paper naming the present holder
    nearer the sum, or awarding to several bodies, leaves `the contract` unclear)."""
    if not _POINTS_TO_AWARD.search(sentence, 0, money.start):
        return None
    winner, nearest = context.winner(), context.provider_near(index)
    if winner is None or nearest is None or not nearest.award or nearest.provider != winner.provider:
        return None
    return nearest


_ALL_CONTRACTS = cue("all_contracts")
# The sum a pooled fund or budget comes to: `the pooled fund, which totals`, `the total pooled budget is`.
_POOL_TOTAL = cue("pool_total")
# Section kinds a priced contract with a named provider is listed under without being one of them (`other`: an
# Insurance section's premium paid to a named insurer).
_PRICED_IN_SECTION = ("variance", "budget", "saving", "other")
# A sentence speaking of a contract already named (`The current contract costs ...`), not of a new one.
_REFERS_BACK = compiled("the/this/that/its/their/our ...2 contract/contracts/subcontract/subcontracts/agreement/concession")
# A running total that is a contract's new price: `a variation of £146,000 ..., taking the contract sum to £2.31m`,
# `a variation of £94,000 ..., raising its annual value to £512,000`.
_NEW_PRICE = compiled("contract_sum/contract_value/contract_price/annual_value/its_value/contract's_value/"
                      "annual_price/contract_total")
_RUNNING_TOTAL = cue("running_total")


# A sum written in brackets right after a word: `from A (£679,000)`.
_IN_BRACKETS = re.compile(r"\w[\w'’]*\s*\(\s*$")


def _part_in_brackets(context: PaperContext, sentence: str, money, mentions, roles: dict, part_start: int) -> bool:
    """A sum in brackets after a project's or budget's name (`from A (£0.7m)`), not after an
    organisation's (`the contract with Fenmoor Ltd (£1.2m a year)` prices that body's contract), nor
    after a service bought from a body named since the sum before (`part_start`): `awarded to Kestrel
    Ltd for roofing (£3m)` prices Kestrel's contract, and the body paid may be a provider the
    sentence names by its role or any body of no commissioning kind (a council or ICB there is
    whose budget it is: `£4m of Brackenford Council's budget goes to Parks (£1m)`)."""
    opening = _IN_BRACKETS.search(sentence, 0, money.start)
    if opening is None or not sentence[money.end:].lstrip().startswith(")"):
        return False
    name_end = sentence.rindex("(", 0, money.start)
    if any(0 <= name_end - m.end <= 2 for m in mentions):
        return False
    return not any(part_start <= m.start and m.end <= name_end
                   and (m in roles["provider"] or not context.is_commissioner_kind(m.name)
                        and m not in roles["commissioner"]) for m in mentions)


# What a sum paid to a public body is called when it is a grant, not a price.
_FUNDING = compiled("funding/grant/grants/allocation/allocations/allocated")


def _trails_statement(sentence: str, mentions, clause_start: int, clause_end: int, statement_start: int) -> bool:
    """Whether the clause at ``clause_start`` is a `with` phrase trailing its statement with no verb and no body of
    its own (`..., with the option of a further year, at £V per annum`, `..., with a reduced fee of £V a year`): what
    it says of a sum it says of its statement (not a clause of its own: `..., and recycled equipment worth £V`,
    `X, which holds a contract with Y worth £V`)."""
    if clause_start <= statement_start or not sentence[:clause_start].rstrip().lower().endswith(", with"):
        return False
    if any(clause_start <= m.start < clause_end for m in mentions):
        return False
    return not _VERB.search(sentence[clause_start:clause_end])


def _subject_of(sentence: str, mention, clause_start: int) -> bool:
    """Whether ``mention`` is the subject of the clause at ``clause_start``, a relative clause between
    them (`X, which provides S, receives £V a year`)."""
    if mention.start > clause_start or sentence[:mention.start].strip(" (").split():
        return False
    # The clause of the sum opens at `, which` (a clause break) right after the name.
    return sentence[mention.end:clause_start].strip(" ,").lower() in ("which", "who")


_PRONOUN_PAYEE = [compiled(entry["phrase"], "end") for entry in ROLES["pronoun_payee"]["before"]]


_RECEIVES = [compiled(entry["phrase"], "whole") for entry in ROLES["pronoun_payee"]["receiver"]]
_NAMED_PAYEE = [compiled(entry["phrase"], "end") for entry in ROLES["named_payee"]["before"]]


# `the Trust` right before a sum, the head word of a body named earlier (`Fellgate Active Trust`).
_THE_HEAD = re.compile(r"\bthe\s+([A-Z][A-Za-z]+)\s*$")


def _named_payee(context: PaperContext, sentence: str, money, mentions, whole=None):
    """The body named right between a paying verb and the sum (`will pay the Trust £1.2m`, `pays Kestrel
    Support Ltd £40,000`) when it is neither the paper's own body nor a commissioning body, else None.
    `the Trust` the organisation index leaves open is the provider named before whose name ends in `Trust`."""
    before = [m for m in mentions if m.end <= money.start]
    if before and _subject_payee(sentence, before[-1], money):
        # `Payments to X are forecast at £V`, `... to X, which was paid £V`: the body paid, though words
        # stand between.
        return before[-1] if _third_party(context, before[-1].name) else None
    if not before or sentence[before[-1].end:money.start].strip():
        head = _THE_HEAD.search(sentence[:money.start])
        if head is None or whole is None:
            return None
        word = head.group(1).lower()
        named = [m for m in before + list(whole.roles.get("provider", []))
                 if m.name.split()[-1].lower() == word and m.name.lower() != word]
        if not named:
            return None
        mention = OrgMention(head.start(1), head.end(1), named[-1].name, named[-1].kind, head.group(1))
    else:
        mention = before[-1]
    if context.is_commissioner_kind(mention.name):
        return None
    if mention.name == context.authority and not _buys_from_own_trust(context, before[:-1]):
        return None
    lead = sentence[max(0, mention.start - 40):mention.start]
    return mention if any(pattern.search(lead) for pattern in _NAMED_PAYEE) else None


def _third_party(context: PaperContext, name: str) -> bool:
    """Whether a body named beside a sum may be the one paid: neither the paper's own body nor a commissioning
    body."""
    return name != context.authority and not context.is_commissioner_kind(name)


_OWN_BODY_PAID = ROLES["own_body_paid"]
_PAYER_BEFORE = compiled(_OWN_BODY_PAID["payer_before"], "whole")
_PAYER_AFTER = compiled(_OWN_BODY_PAID["payer_after"], "whole")
_PAID_PURPOSE = compiled(_OWN_BODY_PAID["purpose"])
_PAID_FOR_NO_SERVICE = compiled(_OWN_BODY_PAID["unless"])


def _own_body_paid(context: PaperContext, sentence: str, money, mentions) -> Optional[str]:
    """The commissioning body that pays the paper's own body this sum for a service the paper's body provides
    (contract_roles.yaml own_body_paid), or None: the payer is named right before the sum with a paying verb or
    right after it with `from`, the sentence names the paper's body and says what the money is for."""
    own = context.authority
    if own is None or not _PAID_PURPOSE.search(sentence[money.end:]) or _PAID_FOR_NO_SERVICE.search(sentence) \
            or not _names_own_body(context, sentence, mentions):
        return None
    for mention in mentions:
        if mention.name == own or not context.is_commissioner_kind(mention.name) \
                or context.kind_of(mention.name) in FUNDER_KINDS:
            continue
        if mention.end <= money.start and _PAYER_BEFORE.match(sentence[mention.end:money.start]) \
                or mention.start >= money.end and _PAYER_AFTER.match(sentence[money.end:mention.start]):
            return mention.name
    return None


def _names_own_body(context: PaperContext, sentence: str, mentions) -> bool:
    """Whether a sentence names the paper's own body: by a name the index resolves to it, or as `the` and the last
    word of its name (`the Council` in Fenbury County Council's paper, `the Trust` in a trust's)."""
    if any(m.name == context.authority for m in mentions):
        return True
    words = [word.strip(".,;:()'’").lower() for word in sentence.split()]
    head = context.authority.split()[-1].lower()
    return any(first == "the" and second == head for first, second in zip(words, words[1:]))


def _subject_payee(sentence: str, mention, money) -> bool:
    """Whether ``mention`` is the body a sum is paid to, named as the subject of the sum or of a relative
    clause holding it, or of a payment decided (contract_roles.yaml named_payee.subject, relative and decided):
    `Payments to X are forecast at £V`, `Spend with X totalled £V`, `... to X, which was paid £V`, `X would be
    paid £V`."""
    gap = sentence[mention.end:money.start]
    if any(link.match(gap) for link in _RELATIVE_PAID) or any(link.match(gap.strip()) for link in _DECIDED_PAID):
        return True
    lead = without_final_the(sentence[max(0, mention.start - 40):mention.start].rstrip())
    return bool(_PAYMENTS_TO.search(lead)) and any(link.match(gap) for link in _PAYMENT_LINKS)


_PAYMENTS_TO = compiled(ROLES["named_payee"]["subject"]["lead"], "end")
_PAYMENT_LINKS = [compiled(link, "whole") for link in ROLES["named_payee"]["subject"]["link"]]
_RELATIVE_PAID = [compiled(link, "whole") for link in ROLES["named_payee"]["relative"]]
_DECIDED_PAID = [compiled(link, "whole") for link in ROLES["named_payee"]["decided"]]
_SUM_TO = compiled(ROLES["named_payee"]["sum_then_name"]["gap"] + " the/", "whole")
_NOT_FOR_A_SERVICE = compiled(ROLES["named_payee"]["sum_then_name"]["unless"])


def _sum_to_body(context: PaperContext, sentence: str, money, mentions, clause: str) -> Optional[OrgMention]:
    """The body named right after the sum and `to` (contract_roles.yaml named_payee.sum_then_name: `including £18,500 to
    X for S`), when it is neither the paper's body nor a commissioning body and the clause neither sells, lends,
    lets nor transfers anything (`sold for £1.2m to X`), else None."""
    following = [m for m in mentions if m.start >= money.end]
    if not following or _NOT_FOR_A_SERVICE.search(clause):
        return None
    mention = min(following, key=lambda m: m.start)
    if not _SUM_TO.match(sentence[money.end:mention.start]):
        return None
    return mention if _third_party(context, mention.name) else None


def _gapped_pairs(context: PaperContext, sentence: str, mentions, monies, providers) -> dict:
    """Sum start -> (body, whether the sum comes first) for the sums of a gapped coordination, each paired by
    order with the body its own conjunct names (contract_roles.yaml gapped_pairs): `funding of £45,000 for A and
    £30,000 for B` (sum, link, body in every conjunct) and `A will receive £45,000 and B £30,000` (the first
    conjunct's verb left out of the others; A holds a provider role).  Only where every conjunct names exactly
    one body and one sum, each body a third party, and the sentence neither sells, lends nor owes; else {}."""
    if len(monies) < 2 or _NOT_FOR_A_SERVICE.search(sentence):
        return {}
    names = [m for m in mentions if not any(money.start < m.end and m.start < money.end for money in monies)]
    items = sorted([(m.start, m.end, "body", m) for m in names] + [(x.start, x.end, "sum", x) for x in monies],
                   key=lambda item: item[0])
    pairs: dict = {}
    at = 0
    while at + 3 < len(items):
        run = _gapped_run(sentence, items, at, providers)
        if run is None:
            at += 1
            continue
        sum_first, count = run
        run_items = items[at:at + count * 2]
        bodies = [item for _start, _end, kind, item in run_items if kind == "body"]
        sums = [item for _start, _end, kind, item in run_items if kind == "sum"]
        if all(_third_party(context, body.name) for body in bodies):
            pairs.update({money.start: (body, sum_first) for money, body in zip(sums, bodies)})
        at += count * 2
    return pairs


def _gapped_run(sentence: str, items, at: int, providers) -> Optional[tuple[bool, int]]:
    """(whether the sum comes first, how many conjuncts) of a gapped coordination starting at ``items[at]``,
    else None.  A conjunct's two items are joined by `link` (sum first) or, after the first conjunct, by
    nothing but a comma (body first); conjuncts are joined by a comma or conjunction, perhaps after the
    conjunct's period or purpose.  Another sum or body coordinated right after the run makes it no run."""
    first_kind = items[at][2]
    sum_first = first_kind == "sum"
    if not sum_first and not any(items[at][3] is provider for provider in providers):
        return None
    passive = not sum_first and _BY_BEFORE.search(sentence, 0, items[at][0]) is not None
    count, position = 0, at
    while position + 1 < len(items) and items[position][2] == first_kind and items[position + 1][2] != first_kind:
        inner = sentence[items[position][1]:items[position + 1][0]]
        if sum_first:
            joined = _GAPPED_LINK.fullmatch(inner) is not None
        else:
            # The first conjunct keeps its verb (`A will receive £V`); the later ones leave it out (`B £W`),
            # a passive's keep its link (`and S2 by B at £W`).
            joined = (count == 0 and "£" not in inner and len(inner) <= 60) or \
                inner.strip() in _GAPPED_VERB or passive and _GAPPED_PASSIVE_LINK.fullmatch(inner) is not None
        if not joined:
            break
        count += 1
        position += 2
        if position >= len(items) or not _next_conjunct(sentence, items[position - 1][1], items[position][0], passive):
            break
    if count < 2:
        return None
    end = at + count * 2
    if end < len(items) and _NEXT_CONJUNCT.fullmatch(sentence, items[end - 1][1], items[end][0]):
        return None  # `£V for A and £W for B and £U`: a conjunct without its body
    return sum_first, count


# What joins a conjunct's sum to its body (`£45,000 for A`), and a body to its sum once the verb is left out
# (`and B £30,000`, `, B, £30,000`).
_GAPPED_LINK = compiled(ROLES["gapped_pairs"]["link"], "whole")
_GAPPED_VERB = ("", ",")  # (spaces around them aside)
# A gapped passive (`S1 is provided by A at £V and S2 by B at £W`): its first body named by `by`, a later conjunct's
# own service and `by` before its body, and its sum's link kept (contract_roles.yaml gapped_pairs).
_BY_BEFORE = compiled("by/by_the", "end")
_GAPPED_PASSIVE_OPENING = compiled(ROLES["gapped_pairs"]["passive_opening"], "whole")
_GAPPED_PASSIVE_LINK = compiled(ROLES["gapped_pairs"]["passive_link"], "whole")
# What ends one conjunct and starts the next: perhaps a period (`a year`) or a purpose (`for its lunch club`),
# then a comma or conjunction (contract_roles.COORDINATION).
_NEXT_CONJUNCT = re.compile(r"(?:\s+(?:a|per|each)\s+(?:year|annum|month|week|quarter))?"
                            r"(?:\s+(?:for|towards)\s+[^,;:.£()]{1,60}?)?" + COORDINATION.pattern, re.IGNORECASE)


def _next_conjunct(sentence: str, start: int, end: int, passive: bool) -> bool:
    """Whether ``sentence[start:end]`` ends one conjunct and starts the next: a comma or conjunction, and in a
    gapped passive perhaps the next conjunct's own service and `by` (`and the outreach service by`)."""
    if _NEXT_CONJUNCT.fullmatch(sentence, start, end):
        return True
    joint = _NEXT_CONJUNCT.match(sentence, start, end) if passive else None
    return joint is not None and _GAPPED_PASSIVE_OPENING.fullmatch(sentence[joint.end():end]) is not None


def _buys_from_own_trust(context: PaperContext, payers) -> bool:
    """Whether money paid to the paper's own body is the price of its service: the paper is a provider body's
    (an NHS trust's) and a commissioning body is named before it as the payer (`From 1 April the County
    Council pays the Trust £640,000 yearly for S`), so the trust's head contract, not income it raises."""
    return context.kind_of(context.authority) in PROVIDER_KINDS and any(
        m.name != context.authority and context.is_commissioner_kind(m.name) for m in payers)


def _receiver_of(sentence: str, money, payees) -> list:
    """Of the payees of a clause, the one named right before `receives` and this sum (`A receives £120,000
    a year and B receives £95,000`: B's is the second), else none."""
    for mention in payees:
        if mention.end <= money.start and any(
                pattern.match(sentence[mention.end:money.start] + "SUM") for pattern in _RECEIVES):
            return [mention]
    return []


def _priced_item_of(sentence: str, money, payees) -> list:
    """Of a list of payees each named with its price (`X for Lot 1 at £805,000 and Y for Lot 2 at £305,000`),
    the one right before this sum, else none (contract_roles._PRICED_ITEM_GAP shares their role)."""
    if len(payees) < 2:
        return []
    for mention in payees:
        if mention.end <= money.start and PRICED_ITEM_LEAD.fullmatch(sentence, mention.end, money.start):
            return [mention]
    return []


def _pays_pronoun(sentence: str, money) -> bool:
    """Whether `pays it` or `paid them` stands right before the sum (contract_roles.yaml pronoun_payee)."""
    before = sentence[max(0, money.start - 60):money.start]
    return any(pattern.search(before) for pattern in _PRONOUN_PAYEE)


def _pronoun_payee(context: PaperContext, sentence: str, money, mentions, whole) -> list:
    """The body `it` or `them` stands for right before a sum it is paid (`X is a registered charity; the
    Council pays it £75,000 a year`): the last body named before the pronoun that is no commissioning
    body, else the passage's first provider."""
    named = [m for m in mentions if m.end <= money.start and not context.is_commissioner_kind(m.name)]
    if named:
        return [named[-1]]
    return whole.roles["provider"][:1]


def _prices_named_contract(sentence: str, clause_start: int, money, providers, features: set, verdict) -> bool:
    """Whether a sum in a Budget, Variance or Savings section prices a named provider's contract in its
    own clause, so it stays a contract there: it prices a change to the contract (feature contract_change_priced),
    the words before it call it the contract's price (`the contract with X, worth £V a year`, `X is paid a
    management fee of £V`), it is paid to the body named
    (`the Council now pays X £V a year`), or it stands in brackets after the contract and its provider
    (`driven by the block contract with X for 62 beds (£V a year)`)."""
    if verdict.is_contract and "contract_change_priced" in features:
        return True  # `an increase of £V in the value of the contract with X`, `extended ... at a cost of £V`
    if not any(clause_start <= m.start < money.start for m in providers):
        return False
    before = sentence[clause_start:money.start]
    if verdict.is_contract and (states_contract_price(before) or "paid_to_named_body" in features):
        return True
    # In brackets or after `for` (stop 23: `the service level agreement with X for £V a year` in a budget),
    # the sum's own words decide (`(£300k over budget)` stays a variance), and only right after the provider's
    # noun phrase: no verb or other sum between (`the contract with X is part funded by Y (£V)`).
    if verdict.kind not in ("contract", "other"):
        return False
    named = max((m for m in providers if clause_start <= m.start and m.end <= money.start),
                key=lambda m: m.start, default=None)
    if named is None:
        return False
    gap = sentence[named.end:money.start]
    bracketed = before.rstrip().endswith("(") and "£" not in gap and not _VERB.search(gap)
    return (bracketed or gap.strip(" ,") in _PRICE_AFTER_PROVIDER) and \
        _CONTRACT_BEFORE_PROVIDER.search(sentence, clause_start, named.start) is not None


# The words that may stand alone between a contract's provider and its price (`the agreement with X for £V a year`).
_PRICE_AFTER_PROVIDER = ("for",)


def _priced_in_brackets(context: PaperContext, sentence: str, money, mentions, providers) -> Optional[OrgMention]:
    """The body named right before a bracket the sum opens, in a sentence naming providers (`the contracts
    with A (£1.2m a year) and B (£800k a year)`, `subcontracts diagnostics to A (£640,000), B (£310,000)`):
    each bracket prices the name it follows, whatever other names the clause holds.  A commissioning
    body so named is no provider."""
    if not providers:
        return None
    for mention in mentions:
        if mention.end <= money.start and sentence[mention.end:money.start].strip() == "(" \
                and not context.is_commissioner_kind(mention.name):
            return mention
    return None


# A bracket right after a sum: `£310k (Larkrise Family Hub, Eastfield)`.
_BRACKET_AFTER_SUM = re.compile(r"\s*\(([^()]{2,80})\)")


def _body_in_brackets_after(context: PaperContext, sentence: str, money, mentions) -> Optional[OrgMention]:
    """The one body a bracket right after the sum names, in a sentence about contracts (`the contract values
    are £310k (Larkrise Family Hub, Eastfield) and £295k (Dunmere Family Hub, Westbank)`, `the contract prices are
    £84,000 (Tallow Meals Ltd) and ...`): each bracket says whose sum it is.  None for a commissioning body (`£2m
    (North Mercia ICB)` is a contribution) or a bracket naming two bodies."""
    match = _BRACKET_AFTER_SUM.match(sentence, money.end)
    if match is None or not _CONTRACT_WORD.search(sentence):
        return None
    inside = [m for m in mentions if match.start(1) <= m.start and m.end <= match.end(1)]
    if len({m.name for m in inside}) != 1 or context.is_commissioner_kind(inside[0].name):
        return None
    return inside[0]


def _counterpart(context: PaperContext, sentence: str, mentions, statement_start: int) -> Optional[str]:
    """The body a changed contract is with, named in the sum's statement (`the agreement with X be extended
    ... at a cost of £V`): the one right after `contract/agreement/arrangement with`, no commissioning body."""
    for mention in mentions:
        if mention.start >= statement_start and not context.is_commissioner_kind(mention.name) and \
                _COUNTERPART_LEAD.search(sentence, statement_start, mention.start):
            return mention.name
    return None


# `the agreement(s) with (the)` (contract_terms.yaml contract_with, read once): anywhere before a bracket-priced
# provider (`the block contract with X for 62 beds (£V a year)`), and right before a changed contract's counterpart.
_CONTRACT_BEFORE_PROVIDER = cue("contract_with")
_COUNTERPART_LEAD = re.compile(_CONTRACT_BEFORE_PROVIDER.pattern + r"\s*$", _CONTRACT_BEFORE_PROVIDER.flags)


def _context_kind(context: PaperContext, passage, sentence: str, near: str) -> Optional[str]:
    """A kind from what surrounds a sum: a Savings section, a grant the paper's body receives."""
    kind = section_kind(passage.heading)
    if kind:
        return kind
    if is_income(near, context.authority_names):
        return "income"
    return None


# A sentence giving a contract's start or end (contract_terms.yaml dated_contract).
_DATED_CONTRACT = cue("dated_contract")
_NAMED_CONTRACT = re.compile(r"\b((?:[A-Z][\w'&-]*\s+){0,5}?[A-Z][\w'&-]*)\s+(?:(?:supplier|service|concession|"
                             r"provider|framework)\s+)?contract\b")


# A determiner or adjective before `contract` that names no contract (`The contract expires ...`).
_NOT_A_LABEL = {"The", "This", "These", "That", "Those", "Current", "Existing", "A", "An"}


def _dated_contract(context: PaperContext, index: int, passage, sentences, number: int,
                    whole: "_WholePassage") -> Optional[Contract]:
    """`The current IMS contract expires on 6 July 2027`: a contract's term with no value or named provider."""
    sentence = sentences[number][1]
    if not _DATED_CONTRACT.search(sentence) or _NOT_OR_NEW.search(sentence):
        return None
    start, end = start_and_end(sentence, context.month_first)
    if start is None and end is None:
        # `The contract commenced on 7th July 2023`
        for mention in _dates_after_verbs(sentence, context.month_first):
            start = mention
            break
        if start is None:
            return None
    named = _NAMED_CONTRACT.search(sentence)
    label = named.group(1) if named and named.group(1) not in _NOT_A_LABEL else None
    stated = context.provider_near(index)
    provider = stated.provider if stated and abs(stated.index - index) <= 3 else None
    commissioner = context.authority
    if provider == commissioner:
        provider = None
    return Contract(passage_seq=passage.seq, page=passage.page, quote=sentence, commissioner=commissioner,
                    provider=provider,
                    service=context.expand(tidy_service(label) or service_in(sentence) or whole.service
                                           or useful_heading(passage.heading)),
                    contract_type=contract_type_in(sentence) or whole.contract_type, status=status_in(sentence),
                    start_date=start, end_date=end)


_STARTED = compiled("commenced/started/began/went_live ...2", "end")


def _dates_after_verbs(sentence: str, month_first: bool) -> list[str]:
    found = []
    for mention in find_dates(sentence, month_first):
        before = sentence[max(0, mention.start - 30):mention.start]
        if _STARTED.search(before):
            found.append(mention.iso)
    return found


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``sentence[start:end]`` (the one clause cutter, ``sentences.clause_bounds``),
    kept to CUE_WINDOW characters before it and half that after it: cues further off are not near."""
    left, right = clause_bounds(sentence, start, end)
    if sentence[:start].rstrip().endswith("(") and sentence[end:].lstrip().startswith(")"):
        # `surveys of the Market Hall (£78,000), as ... before the insurance renewal`: a sum in brackets
        # prices what stands before it; the words after the bracket are another clause's.
        right = min(right, sentence.index(")", end) + 1)
    return max(left, start - CUE_WINDOW), min(right, end + CUE_WINDOW // 2)


def _label_line(sentence: str, mentions, monies) -> bool:
    """A line with no verb that sets a sum beside names, split by a colon, a dash or brackets: what is
    left without the names and sums is a few words and separators."""
    left = _left_over(sentence, list(mentions) + list(monies))
    words = [w for w in left.replace("(", " ").replace(")", " ").split() if w.strip(":–—-.,;")]
    separated = any(mark in left for mark in (":", " – ", " — ", " - ", "(")) or any(
        _NAME_THEN_COMMA.fullmatch(sentence, m.end, money.start) for m in mentions for money in monies
        if m.end <= money.start)  # `carers' breaks by X, £528,000;`: the name set off from its sum by a comma
    return bool(mentions) and separated and len(words) <= 8 and not _VERB.search(left)


def _left_over(sentence: str, spans) -> str:
    """The sentence without the names and sums ``spans`` holds (anything with .start and .end), its pieces
    joined by spaces."""
    rest, position = [], 0
    for start, end in sorted((m.start, m.end) for m in spans):
        rest.append(sentence[position:start])
        position = max(position, end)
    rest.append(sentence[position:])
    return " ".join(rest)


def _name_and_sum(context: PaperContext, sentence: str, mentions, monies) -> bool:
    """A line that is one body's name and one sum and nothing else (`Wexmoor Carers Trust £4,000` under `grants
    approved:`), the body no commissioning one (a partner's line of a pooled fund's contributions is no contract)."""
    if len(mentions) != 1 or len(monies) != 1 or not _third_party(context, mentions[0].name):
        return False
    return not _left_over(sentence, [mentions[0], monies[0]]).strip(" \t:–—-.,;()")


def _label_items(sentence: str, mentions, monies) -> bool:
    """A list after a colon whose items, split by semicolons, are each such a line, the name set off by a
    comma (`The awards were: A (ACA), £62,000 for debt advice; B, £41,000 for carers' groups; and C, ...`):
    every item with a sum names one body and one sum in a few verbless words.  A lead saying the money comes
    from the bodies (`Income came from:`, contract_roles.yaml label_items.unless_lead) lists no providers."""
    # The list's lead ends at the colon nearest before its first sum (`RESOLVED: That grants be made as
    # follows: A, £4,000; B, £2,500`): an earlier colon is a label's.
    colon = sentence.rfind(":", 0, monies[0].start) if monies else -1
    if colon < 0 or sentence.count(";") < 1 or _NOT_PAID_LEAD.search(sentence[:colon]):
        return False
    labelled, position = 0, colon + 1
    for item in sentence[colon + 1:].split(";"):
        start, end = position, position + len(item)
        position = end + 1
        named = [m for m in mentions if start <= m.start < end]
        sums = [m for m in monies if start <= m.start < end]
        if not sums or not named:
            continue  # an item whose name no evidence knows says nothing either way
        if len(sums) != 1:
            return False
        spans = sorted([(m.start, m.end) for m in named + sums])
        rest = sentence[start:spans[0][0]] + " ".join(sentence[a[1]:b[0]] for a, b in zip(spans, spans[1:])) + \
            " " + sentence[spans[-1][1]:end]
        words = [w for w in rest.replace("(", " ").replace(")", " ").split() if w.strip(":–—-.,;")]
        if len(words) > 8 or _VERB.search(rest) or not _NAME_THEN_COMMA.fullmatch(sentence, named[0].end, sums[0].start):
            return False
        labelled += 1
    return labelled >= 2


# The fields of a register line of unlabelled fields: contract_records' breaks and a colon.
_FIELD_BREAK = field_breaks(labelled=False)


def _field_line(context: PaperContext, sentence: str, mentions) -> tuple:
    """The body a register line is about and the line's first field as its service, or (None, None): a
    line of three fields or more (`S — X; term; £V; approved by Y`) with no finite verb, exactly one field
    of which is a name and nothing else (a commissioning body so set out is no provider here)."""
    none = (None, None)
    if len(mentions) == 0 or sentence.count(";") + sentence.count(" — ") + sentence.count(" – ") < 2:
        return none
    fields, position = [], 0
    for brk in _FIELD_BREAK.finditer(sentence):
        fields.append((position, brk.start()))
        position = brk.end()
    fields.append((position, len(sentence)))
    if len(fields) < 3:
        return none
    rest = sentence
    for mention in mentions:
        rest = rest.replace(sentence[mention.start:mention.end], " ")
    if _VERB.search(rest):
        return none
    alone = []
    for mention in mentions:
        for start, end in fields:
            field = sentence[start:end]
            lead = len(field) - len(field.lstrip(" *•-"))
            if (start + lead, end - (len(field) - len(field.rstrip(" .,")))) == (mention.start, mention.end) \
                    and not context.is_commissioner_kind(mention.name):
                alone.append(mention)
    # One field that is a name alone names the line's body; several (`Reviewed – A; B; C`) are a list of
    # bodies, none of them the line's (a commissioning body so set out is no provider and is not counted).
    if len(alone) != 1:
        return none
    mention = alone[0]
    first = sentence[fields[0][0]:fields[0][1]].strip(" *•-.")
    named_first = fields[0][0] <= mention.start < fields[0][1]
    return mention, None if named_first or "£" in first or len(first.split()) > 8 else first


# A finite verb makes a sentence, not a label line (the role vocabulary reads sentences).
_VERB = compiled("is/are/was/were/be/been/has/have/had/will/would/shall/may/can/could/should/must")
_NOT_PAID_LEAD = compiled(ROLES["label_items"]["unless_lead"])
# A name set off by a comma before its sum, perhaps with its acronym (`A (ACA), £62,000`).
_NAME_THEN_COMMA = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s*")


def _nearest_before(mentions, position: int) -> Optional[str]:
    """The body named last before a sum (`Alongside services funded by the ICB, the Council contracts
    with X for £410,000`: the Council), else the first named after it."""
    before = [m for m in mentions if m.start < position]
    return before[-1].name if before else _first(mentions)


def _in_part(sentence: str, mentions, position: int) -> Optional[str]:
    """The provider named in the sum's own part of a sentence whose parts a semicolon divides (`(b) extend the
    contract with X at a cost of £236,000; and (c) award the S contract to Y, worth £150,000`: Y's), the one
    named last before the sum, else the first after it; None when the part names none."""
    start = sentence.rfind(";", 0, position) + 1
    end = sentence.find(";", position)
    end = len(sentence) if end < 0 else end
    inside = [m for m in mentions if start <= m.start < end]
    return _nearest_before(inside, position) if inside else None


def _first(mentions) -> Optional[str]:
    return mentions[0].name if mentions else None


def _one_provider_stated(context: PaperContext, sentence: str, providers, position: int) -> bool:
    """Whether a sentence's provider roles name exactly one body, no commissioning one, in the same statement as
    the sum at ``position`` (`X provides S, which costs £V a year`; not `X runs the site; the site leases kit from Y
    for £V a year`, whose semicolon starts another statement)."""
    names = {m.name for m in providers}
    if len(names) != 1 or context.is_commissioner_kind(next(iter(names))):
        return False
    return all(";" not in sentence[min(m.end, position):max(m.start, position)] for m in providers)


def _employer(context: PaperContext, text: str) -> Optional[str]:
    # required_text.search: the pattern's search, skipped for a text without its words.
    if not required_text.search(_OWN_STAFF, text) and not required_text.search(_EMPLOYED_BY, text):
        return None
    for mention in context.mentions(text):
        if has_role("employer", "before", without_final_the(text[max(0, mention.start - 40):mention.start])):
            return mention.name
    # `employed by the two providers` names no employer; `in-house` means the paper's own body.
    return context.authority if _OWN_STAFF.search(text) else None


# What a payer's sum must be towards to be a funding line: a service, a contract, a pool (said in its
# sentence, or in its passage beside a named provider), or a provider the sentence names.
_ABOUT_A_SERVICE = compiled("service/services/contract*/agreement/agreements/pooled")


def _contributor(sentence: str, money, mentions) -> Optional[str]:
    """The body paying this particular sum: `the ICB contributing £374,000`, `£50,000 from the Council`."""
    before = [m for m in mentions if m.end <= money.start and _pays(sentence[m.end:money.start], "between_before")]
    if before:
        return before[-1].name
    gapped = _gapped_payer(sentence, money, mentions)
    if gapped:
        return gapped
    if _bidders_price(sentence[:money.start]):
        return None  # `the lowest tender, of £675 from X`: X's price, not X's payment
    for mention in mentions:
        between = sentence[money.end:mention.start]
        if mention.start >= money.end and _pays(without_final_the(between), "between_after"):
            return mention.name
    return None


def _losing_bid(context: PaperContext, sentence: str, money, mentions, statement_start: int) -> bool:
    """Whether ``money`` is a losing bid: the body named nearest before it in its statement is a bid's,
    quotation's or tender's source (contract_roles.yaml bidder: `the second quotation, from X, was £V`,
    `X bid £V`) and the paper awards the contract to one other body (PaperContext.winner).  The
    tables' twin is contract_tables._column_table's losing bids."""
    named = [m for m in mentions if statement_start <= m.start and m.end <= money.start]
    if not named:
        return False
    bidder = named[-1]
    before, after = role_texts(sentence, bidder)
    if not (has_role("bidder", "before", before) or has_role("bidder", "after", after)):
        return False
    winner = context.winner()
    return winner is not None and winner.provider != bidder.name and not context.is_commissioner_kind(bidder.name)


def _bidders_price(lead: str) -> bool:
    """Whether the words before a sum say it is a tender's, quote's or bid's price (contract_roles.yaml
    contributor.price_before)."""
    return any(compiled(entry["phrase"], "end").search(lead.rstrip()) for entry in ROLES["contributor"]["price_before"])


def _gapped_payer(sentence: str, money, mentions) -> Optional[str]:
    """`The Council contributes £600,000 and the ICB £450,000`: a clause that leaves out the paying verb
    (gapping) names its payer right before its sum, after a join (contract_roles.yaml contributor.gapped),
    when a body earlier in the sentence pays with the verb."""
    right_before = [m for m in mentions if m.end <= money.start and not sentence[m.end:money.start].strip()]
    if not right_before:
        return None
    payer = right_before[-1]
    lead = sentence[:payer.start]
    if not any(compiled(entry["phrase"], "end").search(lead) for entry in ROLES["contributor"]["gapped"]):
        return None
    for earlier in (m for m in mentions if m.end <= payer.start):
        between = sentence[earlier.end:payer.start].split("£", 1)[0]
        if _pays(between, "between_before"):
            return payer.name
    return None


def _pays(between: str, side: str) -> bool:
    return len(between) <= 60 and "£" not in between and \
        any(compiled(entry["phrase"], "whole").search(between) for entry in ROLES["contributor"][side])


_ANNUAL = compiled("annual/per_annum/p.a./per_year/each_year/each_contract_year")
_WHOLE_TERM = compiled("total_value/total_contract_value/whole-life/whole_life/lifetime")


def period_of(sentence: str) -> Optional[str]:
    """`annual` or `total`, as a sentence says of the sum it gives, else None."""
    if _ANNUAL.search(sentence):
        return "annual"
    if _WHOLE_TERM.search(sentence):
        return "total"
    # `£3.6m over five years`, `over the life of the contract`, `over the four-year term`: the whole term.
    if _OVER_THE_TERM.search(sentence):
        return "total"
    return None


def _payer_to_public_body(context: PaperContext, sentence: str, commissioner: Optional[str],
                          provider: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """`X pays the Council a concession fee`, `X paid the Trust rent`: a firm or charity paying a
    commissioning body is the operator of a concession or lease the body lets, not its buyer, so the
    body is the commissioner and the payer the provider.  Only a paying verb says so: a firm that
    commissioned, engaged or appointed a council is the council's client, and keeps its role."""
    if commissioner is None or provider is None or context.is_commissioner_kind(commissioner):
        return commissioner, provider
    if context.is_commissioner_kind(provider) and _pays_the_body(sentence, provider):
        return provider, commissioner
    return commissioner, provider


def _pays_the_body(sentence: str, body: str) -> bool:
    """The sentence pays `body`: a paying verb (money_kinds.yaml's income cue) with the body, by name or
    as `the Council`, later in the same clause (`pays the Council a fee`, `a fee paid to X Council`)."""
    for verb in paying_verbs().finditer(sentence):
        rest = sentence[verb.end():verb.end() + 80].split(".", 1)[0].split(";", 1)[0]  # up to the clause's end
        if body.lower() in rest.lower() or paid_bodies().search(rest):
            return True
    return False


_PART_BREAK = word_list_pattern(tuple(compiled(phrase).pattern for phrase in ROLES["denial"]["part_breaks"]), "WORDS")
_CHANGE_REFUSED = compiled(ROLES["denial"]["not_a_denial"])
_SERVICE_ENDED = compiled(ROLES["denial"]["service_ended"])
_RELATIVE_START = compiled(ROLES["denial"]["relative_starts"])
_NO_FINDINGS = compiled(ROLES["denial"]["no_findings"])
_RELATIVE_AFTER = compiled(ROLES["denial"]["relative_after"], "start")


_FIRST_PERSON_PROVIDER = compiled(ROLES["first_person_provider"]["phrase"])
_FIRST_PERSON_OBJECT_PROVIDER = compiled(ROLES["first_person_object_provider"]["phrase"])


def _speaks_as_provider(context: PaperContext, commissioner: Optional[str], clause: str) -> bool:
    """Whether ``clause`` is the paper's own provider body saying `we` provide for ``commissioner``, a commissioning
    body the sentence names (an NHS trust: contract_roles.yaml first_person_provider), or that ``commissioner``
    commissions or pays `us` (any body but a commissioning one: first_person_object_provider)."""
    own = context.authority
    if own is None or commissioner in (None, own) or not context.is_commissioner_kind(commissioner):
        return False
    if context.kind_of(own) in PROVIDER_KINDS and _FIRST_PERSON_PROVIDER.search(clause):
        return True
    return not context.is_commissioner_kind(own) and bool(_FIRST_PERSON_OBJECT_PROVIDER.search(clause))


def _denies_relation(sentence: str, clause_start: int, clause_end: int, mention) -> bool:
    """Whether the part of its clause holding ``mention`` denies the relation (contract_roles.yaml denial): a
    denial in another `that` statement (`no bid came for Lot 2 and that the arrangement with X will continue`)
    or refusing a change (`will not be extended`) denies nothing of X's contract."""
    left, right = clause_start, clause_end
    for match in _PART_BREAK.finditer(sentence, clause_start, clause_end):
        if match.end() <= mention.start:
            left = match.end()
        elif match.start() >= mention.end:
            right = match.start()
            break
    for match in _RELATIVE_START.finditer(sentence, left, mention.start):
        left = match.start()
    if _RELATIVE_AFTER.match(sentence[mention.end:].lstrip(" ,")):
        left = mention.start
    # A service said to stop after the body is named ran under its relation (`X, which will no longer run S`);
    # `no longer provided by X` before it still denies.
    before, after = sentence[left:mention.end], _SERVICE_ENDED.sub(" ", sentence[mention.end:right])
    return _states_denial(_NO_FINDINGS.sub(" ", _CHANGE_REFUSED.sub(" ", before + after)))


_ORDER_PLACER = [compiled(entry["phrase"], "start") for entry in ROLES["order_placer"]["after"]]


def _order_placer(context: PaperContext, index: int, passage, sentences, number: int) -> Optional[str]:
    """The commissioning body another sentence of the passage says places the orders (contract_roles.yaml
    order_placer: `The Borough Council will raise the orders`): it buys what the passage's suppliers supply."""
    for other, (offset, sentence) in enumerate(sentences):
        if other == number or "order" not in sentence.lower():  # (a quick filter: the phrases need the word)
            continue
        for mention in context.mentions_near(sentence, index, passage.text, offset):
            if context.is_commissioner_kind(mention.name) and \
                    any(p.match(sentence[mention.end:]) for p in _ORDER_PLACER):
                return mention.name
    return None


def _joint_buyers(sentence: str, commissioners) -> list[str]:
    """The commissioning bodies a relation names coordinated (`X, under a shared contract with the Borough Council
    and the ICB,`, `commissioned by A and B`): each is a buyer; none where only one is named."""
    if len(commissioners) < 2:
        return []
    joined = [commissioners[0]]
    for previous, mention in zip(commissioners, commissioners[1:]):
        if not COORDINATION.fullmatch(sentence[previous.end:mention.start]):
            break
        joined.append(mention)
    return list(dict.fromkeys(m.name for m in joined)) if len(joined) > 1 else []


def _valueless(context: PaperContext, index: int, passage, sentences, number: int, roles) -> list[Contract]:
    """`X has awarded the Y Contract to Z`, `Y is delivered under a block contract by Z`: parties, no sum.
    Each provider the sentence names is a relation (`directions to NHS X and X Council`: two)."""
    sentence = sentences[number][1]
    # The provider's role comes from a relation verb (`let to X`, `engaged X to provide`, `X has been
    # appointed as the provider`): that is the evidence, with or without the word `contract`.
    if not roles["provider"]:
        return []
    if _CONDITIONAL.match(sentence):
        return []
    # The start date of an award is often in the next sentence (`The Contract will come into effect from ...`).
    follow = " ".join(s for _, s in sentences[number:number + 2])
    start, end = start_and_end(follow, context.month_first)
    found, seen, seen_providers = [], set(), set()
    # The sentence's buyers are the same for each of its providers: read once (the order placer reads the passage).
    named = _first(roles["commissioner"]) or context.section_buyer(passage.heading) \
        or _order_placer(context, index, passage, sentences, number)
    sentence_buyers = _joint_buyers(sentence, roles["commissioner"]) or [named]
    for mention in roles["provider"]:
        clause_start, clause_end = _clause_bounds(sentence, mention.start, mention.end)
        if _denies_relation(sentence, clause_start, clause_end, mention):
            continue  # `was not awarded to X`; not `provided by X, and is not part of this tender`
        buyers = sentence_buyers
        if mention.name == context.authority and context.kind_of(mention.name) in PROVIDER_KINDS:
            # The paper's own trust with several buyers in one sentence (`The Trust is commissioned by the ICB
            # ..., and provides S to Y Council ...`): a head contract with each commissioning body named.
            buyers = list(dict.fromkeys(m.name for m in roles["commissioner"]
                                        if context.is_commissioner_kind(m.name))) or buyers
        for buyer in buyers:
            commissioner, provider = own_body_roles(context, buyer, mention.name, [])
            commissioner, provider = _payer_to_public_body(context, sentence, commissioner, provider)
            if (commissioner, provider) in seen or not provider_may_serve(context, commissioner, provider):
                continue
            if context.is_commissioner_kind(provider) and _FUNDING.search(sentence):
                continue  # `awarded a grant to X Town Council`: funding to a public body is a grant, as when priced
            if len(buyers) == 1 and provider in seen_providers:
                continue  # one relation per provider, unless the paper's own trust names several buyers
            seen.add((commissioner, provider))
            seen_providers.add(provider)
            found.append(Contract(passage_seq=passage.seq, page=passage.page, quote=sentence,
                                  commissioner=commissioner, provider=provider,
                                  service=context.expand(service_in(sentence) or context.subject()
                                                         or useful_heading(passage.heading)),
                                  contract_type=contract_type_in(sentence), status=status_in(sentence),
                                  start_date=start, end_date=end))
    return found
