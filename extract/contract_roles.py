"""The role an organisation has in a contract sentence, from the words next to it (contract_roles.yaml).

Shared by the prose reader (extract/contract_prose.py) and the table reader (extract/contract_tables.py:
a row label naming a funder is no provider), so neither imports the other for them.  ``roles_in`` places
every organisation of a sentence as provider, commissioner or employer; ``has_role`` asks one role's
phrases on one side of a name; ``funds`` says a name is a source of money, no provider.
"""
from __future__ import annotations

import re
from functools import lru_cache

from committee_papers.ingest.bullets import ITEM_MARKS

from . import required_text
from .contract_terms import cue
from .contracts import PaperContext
from .money import find_money
from .orgevidence import LOCATED_ITEM, frame_words
from .phrases import anchored_source, compiled, load
from .plain_text import is_word_character, word_list_pattern


def _spelt_out(node):
    """contract_roles.yaml with each phrase's placeholder (`to ~PURPOSE_NOT_WORD`, `the OWN_BODY_NOUN's`) spelt out as
    the word list of org_evidence.yaml it stands for (orgevidence.frame_words): one list, read by both files' readers."""
    if isinstance(node, dict):
        return {key: _spelt_out_phrase(value) if key == "phrase" else _spelt_out(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_spelt_out(item) for item in node]
    return node


def _spelt_out_phrase(phrase):
    """Each alternative of a token that opens on a placeholder, after an optional `~`, becomes one alternative a
    word of its list (with what follows it: `OWN_BODY_NOUN's` -> `Council's/ICB's/...`)."""
    if not isinstance(phrase, str) or not any(character.isupper() for character in phrase):
        return phrase
    return " ".join(_spelt_out_token(token) for token in phrase.split())


def _spelt_out_token(token: str) -> str:
    mark = "~" if token.startswith("~") else ""
    options = []
    for option in token[len(mark):].split("/"):
        placeholder = option[:len(option) - len(option.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ_"))]
        words = frame_words(placeholder) if len(placeholder) > 1 else None
        # (A phrase token's placeholder carries a suffix each word takes, `'s` of `OWN_BODY_NOUN's`: spelt here,
        # word by word, not by yaml_files.spell_placeholders, which replaces a placeholder as a whole.)
        rest = option[len(placeholder):]
        options += [option] if words is None else [word.replace(" ", "_") + rest for word in words]
    return mark + "/".join(options)


ROLES = _spelt_out(load("contract_roles.yaml"))
# How far before (or after) an organisation its role's words may start (or end).
ROLE_WINDOW = 140
# `X (the Trust) provides`, `X (NMICB), the ICB's ...`: an aside between a name and its verb.
_SUM_WORD = re.compile(r"£\s?\d[\d,.]*(?:\s?(?:million|billion|[mk]n?|bn)\b)?", re.IGNORECASE)
# (A name in quotation marks is read as the bare name: the closing mark here, the opening one in role_texts.  A dash
# closes a name set off by dashes as a comma does: `The only bidder – X – was awarded the contract`.)
_ASIDE = re.compile(r"^[”\"]?\s*(?:\([^()]{1,40}\)\s*)?[,–—]?\s*")
_OPENING_QUOTES = "“\"‘"

_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,40})\)")


def bracket_after(sentence: str, mention) -> str:
    """What stands in brackets right after a name (`X (the provider)` -> `the provider`), else ''."""
    match = _BRACKET_AFTER.match(sentence, mention.end)
    return match.group(1) if match else ""


# The (role, side) pairs of contract_roles.yaml that has_role is asked about, the only ones it builds: a side
# read before a name is anchored at its end, `label` (`X (the provider)`) is read whole, any other side starts
# right after the name.  The file's other sections and sides (contributor, per_provider_sum, pronoun_payee,
# winner's named_by_role, ...) are read by their own readers in contract_prose and contract_tables, anchored as
# each needs.  (tests/test_contract_roles.py holds this to the calls of has_role in extract/.)
ASKED_SIDES = {
    "employer": ("before",),
    "provider": ("before", "unless_before", "after", "label", "object_before", "held_before", "agreement_before", "role_noun_before",
                 "funded_before", "to_do_after", "used_before", "used_as_after", "contract_for_before", "list_before", "hosted_before",
                 "unless_hosted_before", "outgoing_before", "unless_outgoing_before", "awarded_sum_after"),
    "provides": ("after", "unless"),
    "commissioner": ("before", "head_before", "head_after", "lead_before", "for_before", "after", "unless"),
    "funder": ("before", "after", "unless"),
    "winner": ("before", "after"),
    "bidder": ("before", "after"),
}


@lru_cache(maxsize=8192)  # the passage and sentence readers ask about the same words beside the same names
def has_role(role: str, side: str, text: str) -> bool:
    """One of ``role``'s phrases on ``side`` of a name is in ``text`` (the words there, role_texts).  A pair
    not in ASKED_SIDES is a KeyError: it has no pattern built."""
    pattern = _role_patterns()[role, side]
    # (The screen first: most texts hold none of the words of a side's phrases, and a pattern anchored
    # at the end of the text is tried at each of its positions.)
    screen = _role_screens().get((role, side))
    if screen is not None and not screen(text):
        return False
    # After a name, its verb may follow an apposition (`X, a registered charity, holds ...`).
    past = text if side.endswith("before") else _past_apposition(text)
    return pattern.search(text) is not None or (past is not text and pattern.search(past) is not None)


@lru_cache(maxsize=1)
def _role_patterns() -> dict[tuple[str, str], re.Pattern]:
    """(role, side) -> one pattern for all of the role's phrases on that side, for each pair of
    ASKED_SIDES: it matches a text exactly when one of the phrases does, in one search instead of one
    per phrase.  Built at once for every pair, so a process pool's parent builds them all before its
    workers fork (pipeline.warm_up)."""
    return {(role, side): _one_pattern(side, ROLES[role][side]) for role, sides in ASKED_SIDES.items() for side in sides}


@lru_cache(maxsize=1)
def _role_screens() -> dict[tuple[str, str], object]:
    """(role, side) -> required_text.screen of the role's phrases on a side read before a name: False
    only for a text none of them can match.  (A side read after a name, or a label read whole, is
    anchored at its start, where the engine tries a pattern once: no screen.)"""
    return {(role, side): required_text.screen(required_text.Source(anchored_source(entry["phrase"], "end"), re.IGNORECASE)
                                               for entry in ROLES[role][side])
            for role, side in _role_patterns() if _anchor(side) == "end"}


def _anchor(side: str) -> str:
    # A bracketed label (`X (the provider)`) is read whole; other sides end or start at the name.
    return "end" if side.endswith("before") else "whole" if side == "label" else "start"


def _one_pattern(side: str, entries: list[dict]) -> re.Pattern:
    phrases = [anchored_source(entry["phrase"], _anchor(side)) for entry in entries]
    return word_list_pattern(tuple(f"(?:{p})" for p in phrases), "WORDS")


_APPOSITION = re.compile(r"^\s*(?:a|an|the|our|its)\s+[^,;.£()]{1,60},\s*", re.IGNORECASE)


def _past_apposition(after: str) -> str:
    match = _APPOSITION.match(after)
    return after[match.end():] if match else after


_NAME_DETERMINER = compiled(ROLES["name_determiners"], "end")


def without_final_the(text: str) -> str:
    """`... employed by the` -> `... employed by`, `... issued to both` -> `... issued to`: role phrases end at the
    verb or preposition (contract_roles.yaml name_determiners)."""
    text = text.rstrip()
    match = _NAME_DETERMINER.search(text)
    return text[:match.start()].rstrip() if match else text


def _sums_as_words(text: str) -> str:
    """``text`` with each sum one word, SUM: in figures (`£50,000`) or in words (round c41: `seven hundred thousand
    pounds a year`, `74,800 pounds`, read by money.find_money)."""
    text = _SUM_WORD.sub("SUM", text)
    if "pounds" in text.lower():
        for money in reversed(find_money(text)):
            text = text[:money.start] + "SUM" + text[money.end:]
    return text


def role_texts(sentence: str, mention) -> tuple[str, str]:
    """The words before an organisation (without a final `the`) and after it (without an aside), each
    sum one word."""
    before = sentence[max(0, mention.start - ROLE_WINDOW):mention.start].rstrip().rstrip(_OPENING_QUOTES).rstrip()
    # A sum between verb and name is one word (`grant funding of £50,000 to X`).
    before = without_final_the(_sums_as_words(before))
    after = _sums_as_words(sentence[mention.end:mention.end + ROLE_WINDOW])
    return before, after[_ASIDE.match(after).end():]


def roles_in(context: PaperContext, sentence: str, mentions, lead: str = "") -> dict:
    """Each organisation named in ``sentence`` with the role its words give it (contract_roles.yaml).

    A provider named in the sentence makes the commissioning body it has a `contract with` the
    commissioner (`X provides acute services under a contract with the ICB`, `run by X under contracts
    with the Council`).  ``lead`` is the line a list item's sentence completes (`The service is
    commissioned from:`), read as the words before the item's first name."""
    roles = {"provider": [], "commissioner": [], "employer": []}
    subject, counterparts, contract_subjects, subjects = False, [], [], []
    leads = list_leads(sentence, mentions, lead)
    for mention in mentions:
        before, after = role_texts(sentence, mention)
        if has_role("provider", "hosted_before", before) and not has_role("provider", "unless_hosted_before", before):
            # `The wheelchair service is hosted by X`: a service (not staff) hosted by a body is run by it
            roles["provider"].append(mention)
        elif has_role("employer", "before", before):
            roles["employer"].append(mention)
        elif _hands_over(context, before, after, mention):
            # `the transfer of S from X to Y`: X held the service before Y
            roles["provider"].append(mention)
        elif (has_role("provider", "held_before", before)
              or (has_role("provider", "agreement_before", before) and not has_role("provider", "unless_before", before))
              or (has_role("provider", "role_noun_before", before) and _sets_off_name(sentence, mention))
              or has_role("provider", "label", bracket_after(sentence, mention))) \
                and not context.is_commissioner_kind(mention.name):
            # `the contract is held by X Ltd`, `the insourcing agreement with X`, `the current operator, X,`, `X (the
            # provider)`: a firm so named provides
            roles["provider"].append(mention)
        elif has_role("provider", "object_before", before) and not context.is_commissioner_kind(mention.name) \
                and (_owns_next_word(sentence, mention.end) or _AWARDED_OBJECT.match(after)):
            # `to award X a contract for S`, `the Council buys the Trust's service`: X provides
            roles["provider"].append(mention)
        elif has_role("provider", "contract_for_before", before) and not context.is_commissioner_kind(mention.name) \
                and not _owns_next_word(sentence, mention.end):
            # `the contracts for X and Y`: X holds it, unless another body is named as its provider (below)
            roles["provider"].append(mention)
            contract_subjects.append(mention)
        elif has_role("provider", "funded_before", before) and has_role("provider", "to_do_after", after) \
                and not context.is_commissioner_kind(mention.name):
            # `the ICB funds X to provide ten beds`: the body paid to do the work provides it
            roles["provider"].append(mention)
        elif has_role("provider", "used_before", before) and has_role("provider", "used_as_after", after):
            # `agreed to use X as the external advisor for S`: the body used in a supplier's place supplies it, a
            # council as well as a firm (the role noun says so)
            roles["provider"].append(mention)
        elif has_role("provider", "awarded_sum_after", after) and not context.is_commissioner_kind(mention.name):
            # `X was awarded £5,000 for its lunch club`: X receives the sum (a council so awarded is funded)
            roles["provider"].append(mention)
            subjects.append(mention)
        elif not has_role("provider", "unless_before", before) and (
                has_role("provider", "before", before) or has_role("provider", "after", after)):
            roles["provider"].append(mention)
            if not has_role("provider", "before", before):
                subjects.append(mention)
            if _CONTRACT_WITH.search(before) and context.is_commissioner_kind(mention.name):
                counterparts.append(mention)
        elif has_role("provides", "after", after) and not has_role("provides", "unless", after) \
                and not context.is_commissioner_kind(mention.name):
            roles["provider"].append(mention)
            subject = True
            subjects.append(mention)
        elif id(mention) in leads and lists_providers(leads[id(mention)]) \
                and not context.is_commissioner_kind(mention.name):
            # `funds the following groups to run S: A; B; C`, `is commissioned from:` and a bullet list
            roles["provider"].append(mention)
        elif has_role("commissioner", "before", before) or (
                has_role("commissioner", "after", after) and not has_role("commissioner", "unless", after)) \
                or (has_role("commissioner", "for_before", before) and context.is_commissioner_kind(mention.name)):
            roles["commissioner"].append(mention)
    if any(m not in contract_subjects for m in roles["provider"]):
        # `the contract for X is held by Y Ltd`: the contract's subject is its client, Y provides
        roles["provider"] = [m for m in roles["provider"] if m not in contract_subjects]
    _share_roles_in_coordination(sentence, mentions, roles)
    _share_subject_role_backwards(context, sentence, mentions, roles, subjects)
    _head_contractor_commissions(sentence, mentions, roles)
    for previous, mention in zip(mentions, mentions[1:]):
        # `under contracts with the Council and the ICB`: a commissioning body coordinated with a counterpart is one too
        if previous in counterparts and mention in roles["provider"] and mention not in counterparts \
                and context.is_commissioner_kind(mention.name) and COORDINATION.fullmatch(sentence[previous.end:mention.start]):
            counterparts.append(mention)
    if subject or any(m not in counterparts for m in roles["provider"]):
        for mention in counterparts:
            roles["provider"].remove(mention)
            roles["commissioner"].append(mention)
        roles["commissioner"].sort(key=lambda m: m.start)
    return roles


# What is awarded after the name: `X a contract`, `X both lots`, `X the kiosk concession`.
_AWARDED_OBJECT = re.compile(r"(?:a|an|the|both|all)\s+(?:[\w'’-]+\s+){0,4}?(?:contracts?|lots?|concessions?|frameworks?|tenders?)\b", re.IGNORECASE)


def _owns_next_word(sentence: str, end: int) -> bool:
    """`X's catering`: a name owning the noun after it (the contract is for its service, it is the client);
    an apostrophe right after the name with a letter or digit after it (`X’s`, not `X' `)."""
    return sentence[end:end + 1] in ("'", "’") and is_word_character(sentence[end + 1:end + 2])


# What closes a name set off after its role noun: a comma and a lower-case word, a bracket, or the end.
_APPOSITION_CLOSE = re.compile(r"\s*(?:,\s*[a-z]|\(|;|[.:!?]?\s*$)")
# `..., the provider, X`: a role noun that is one item of a comma list (a `the` and one word after a comma).
_LISTED_ROLE_NOUN = re.compile(r",\s*(?:(?:the|a|an|our|its)\s+)?[\w'’-]+\s*$", re.IGNORECASE)


def _sets_off_name(sentence: str, mention) -> bool:
    """Whether the name after `provider,` stands in apposition to it (`the current operator, X, has
    asked`, `... by the transport provider, X.`), not in a list (`with the commissioner, the provider,
    X and Y`, `our supplier, X, Y and two charities`)."""
    if not _APPOSITION_CLOSE.match(sentence, mention.end):
        return False
    role_noun_end = sentence.rfind(",", 0, mention.start)
    return not _LISTED_ROLE_NOUN.search(sentence, max(0, role_noun_end - ROLE_WINDOW), max(0, role_noun_end))


def funds(text: str, mention) -> bool:
    """Whether ``text`` names ``mention``'s body as the source of money (`Funding from X`, `X has
    offered match funding`): a funder, no provider (contract_roles.yaml `funder`)."""
    before, after = role_texts(text, mention)
    return has_role("funder", "before", before) or (
        has_role("funder", "after", after) and not has_role("funder", "unless", after))


_CONTRACT_WITH = compiled("contract* ...3 with", "end")


def _joined_by(marks: str) -> re.Pattern:
    """What stands between two names of one list: one of ``marks`` (perhaps followed by `and`/`or`/`&`),
    or a conjunction alone, and perhaps `the` (`A, B and the C`, `A / B`, `A; and C`)."""
    return re.compile(rf"\s*(?:[{marks}]\s*(?:and\s+|or\s+|&\s+)?|(?:and|or|&)\s+)(?:the\s+)?", re.IGNORECASE)


# `X and Y`, `X, Y and Z`: names joined by nothing but a comma or a conjunction.
# A slash lists names too (`run by A / B / C`); a semicolon is left out: it as often ends a clause.
COORDINATION = _joined_by(",/")


# Two names of one list, each with its part and price (`X for Lot 1 at £805,000 a year and Y for Lot 2 at
# £305,000 a year`, `A (north) at £1.2m, B at £0.8m`): what stands between is the first name's price.  Round c26:
# or the first name's town (`A in Dunmere and B in Oxbridge`, orgevidence.LOCATED_ITEM).
# PRICED_ITEM_LEAD, what stands between a listed name and its price (`X for Lot 1 at`, `X (north) at`), is
# also contract_prose's test of which name a sum is the price of.
_PRICED_ITEM_LEAD = r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:for|in|on)\s+[^,;.£()]{1,40}?\s+)?(?:at|for)\s+"
PRICED_ITEM_LEAD = re.compile(_PRICED_ITEM_LEAD, re.IGNORECASE)
_PRICED_ITEM_GAP = re.compile(
    r"(?:(?-i:" + LOCATED_ITEM + r")\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?)|" + _PRICED_ITEM_LEAD + r"£\s?\d[\d,.]*\s?(?:[mk]|bn|million)?"
    r"(?:\s+(?:a|per|each)\s+(?:year|annum|month|week))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.IGNORECASE)


def _share_roles_in_coordination(sentence: str, mentions, roles: dict) -> None:
    """A name coordinated with one that holds a role holds it too: `delivered by X and Y`, `directions to
    NHS X and X Council` (the second name's own words are the first name, not the verb)."""
    placed = {id(m): role for role, held in roles.items() for m in held}
    for previous, mention in zip(mentions, mentions[1:]):
        role = placed.get(id(previous))
        if role is None or id(mention) in placed:
            continue
        gap = sentence[previous.end:mention.start]
        if COORDINATION.fullmatch(gap) or _PRICED_ITEM_GAP.fullmatch(gap):
            roles[role].append(mention)
            placed[id(mention)] = role


def _share_subject_role_backwards(context: PaperContext, sentence: str, mentions, roles: dict, subjects) -> None:
    """The names coordinated before a provider whose role comes from the words after it share it: the
    verb follows the last name of a coordinated subject (`X and Y deliver S`, `X, Y and Z are the
    providers`).  A commissioning body so listed is left out (`the Council and X run the hub` is a partnership)."""
    placed = {id(m) for held in roles.values() for m in held}
    for number in range(len(mentions) - 1, 0, -1):
        later, previous = mentions[number], mentions[number - 1]
        if later not in subjects or id(previous) in placed or context.is_commissioner_kind(previous.name):
            continue
        if COORDINATION.fullmatch(sentence[previous.end:later.start]):
            roles["provider"].append(previous)
            roles["provider"].sort(key=lambda m: m.start)
            placed.add(id(previous))
            subjects.append(previous)


# Between two names of a list opened by a colon, a semicolon joins them too (`...: A; B; and C`).
_LIST_GAP = _joined_by(";,/")
# A list opened by a colon right before its first name (`...: A; B`).
_LIST_OPEN = re.compile(r":\s*(?:the\s+)?$", re.IGNORECASE)
# A list item's marks before its name (`-`, `•`, `(a)`, `2.`), nothing else.
_ITEM_MARKS = re.compile(r"^\s*(?:" f"[{re.escape(ITEM_MARKS)}]" r"|\(?[a-z0-9]{1,3}[.)])?\s*(?:the\s+)?$", re.IGNORECASE)


def list_leads(sentence: str, mentions, lead: str = "") -> dict:
    """For each name in a list opened by a colon, the words before the colon (id(mention) -> text): in
    the sentence (`funds the following groups to run S: A; B; C`), or ``lead`` for a list item whose
    name opens it (`The service is commissioned from:` then `- A Ltd`)."""
    leads, opened = {}, None
    for number, mention in enumerate(mentions):
        if opened is not None and _LIST_GAP.fullmatch(sentence[mentions[number - 1].end:mention.start]):
            leads[id(mention)] = opened
            continue
        head = sentence[:mention.start]
        colon = _LIST_OPEN.search(head)
        if colon:
            opened = head[:colon.start()]
        elif lead and _ITEM_MARKS.match(head):
            opened = lead
        else:
            opened = None
            continue
        leads[id(mention)] = opened
    return leads


def lists_providers(lead: str) -> bool:
    """Whether the words before a list's colon make the bodies listed providers: a `following` cue
    (contract_roles.yaml provider.list_before) or any provider phrase that ends at a name
    (`is commissioned from:`, `delivered by:`)."""
    lead = lead.rstrip(" :")
    words = without_final_the(_SUM_WORD.sub("SUM", lead[-ROLE_WINDOW:]))
    if has_role("provider", "unless_before", words):
        return False
    return has_role("provider", "list_before", words) or has_role("provider", "before", words)


# A name right after the outgoing one: `from X to Y` (Y's own role is `transfer* ... to`).
_TO_A_NAME = re.compile(r"to\s+(?:the\s+)?[A-Z]")
_SUBCONTRACTOR_WORD = cue("subcontractor_word")  # contract_terms.yaml
# A name right after the sub-contractor word (`sub-contractors X and Y`, `its subcontractors, X`).
_NAME_NEXT = re.compile(r",?\s+(?:the\s+)?[A-Z]")
# Any word of sub-contracting: `subcontracts`, `sub-contracted`, `a subcontract`, `subcontractor`.
_SUBCONTRACT_WORD = cue("subcontract_word")


def _hands_over(context: PaperContext, before: str, after: str, mention) -> bool:
    """Whether ``mention`` is the body a service moved away from (`the transfer of S from X to Y`): it
    provided the service (contract_roles.yaml provider.outgoing_before).  Never a commissioning body:
    `transferred from the CCG to the ICB` is a change of commissioner, not of provider."""
    return bool(_TO_A_NAME.match(after)) and has_role("provider", "outgoing_before", before) \
        and not has_role("provider", "unless_outgoing_before", before) \
        and not context.is_commissioner_kind(mention.name)


def _head_contractor_commissions(sentence: str, mentions, roles: dict) -> None:
    """In a sentence about sub-contracting, the body the sub-contractor works for is its commissioner
    (contract_roles.yaml commissioner.lead_before, head_before, head_after), not one more provider: the
    lead (main, prime) provider named with its sub-contractors (`a lead provider, X, with sub-contractors Y
    and Z`), the body after the sub- noun (`Y, through a subcontract with X`, `Y acts as a subcontractor to
    X`) and the subject of the sub- verb (`X subcontracts S to Y`)."""
    if not _SUBCONTRACT_WORD.search(sentence):
        return
    for mention in mentions:
        before, after = role_texts(sentence, mention)
        word = _SUBCONTRACTOR_WORD.search(sentence, mention.end)
        # A lead contractor commissions only sub-contractors named after the word (`... which will appoint
        # local sub-contractors` names none: the main contractor stays the provider of the contract it won).
        lead = word is not None and has_role("commissioner", "lead_before", before) \
            and _NAME_NEXT.match(sentence, word.end())
        if not (lead or has_role("commissioner", "head_before", before)
                or has_role("commissioner", "head_after", after)):
            continue
        for held in roles.values():
            if mention in held:
                held.remove(mention)
        roles["commissioner"].insert(0, mention)
