"""Payments approved in minutes, written as lines: `Harbury Rural Forum subscription - £185.00 (Ch. No. 204117)`,
`Greenacre Mowing – grass cut May – £360.00 (chq 1045)`, `Audit Commission £58.75 - pass for payment`.

A small council's or body's minutes approve its bills as lines under a lead (`accounts for payment:`,
`Payments:`), or join them in one paragraph, each line closed by its cheque or debit reference.  Each line is a
payee, what is paid for and a sum: a contract of the minutes' body with the payee, whatever its name looks like
(`Tidy Greens`), since the line's place makes it the payee.  Salaries, tax, VAT, petty cash and a member's
allowance buy no service (contract_terms.yaml not_bought_payment) and stay amounts.  A schedule written as a
table is read by contract_tables (`_payments_schedule`).
"""
from __future__ import annotations

from typing import Optional

from . import required_text
from .contract_tables import paid_for_no_service, provider_cell
from .contract_terms import cue, tidy_service
from .contracts import Candidate, PaperContext
from .facts import Amount, Contract
from .listitems import split_number
from .money import find_money, is_payment_line

_PAYMENTS_LEAD = cue("payments_lead")  # `accounts for payment:-`, `4. Payments:`, `pass for payment`
_PAYMENT_REFERENCE = cue("payment_reference")  # `(Ch. No. 204117)`, `(DD)`
_PURPOSE_CLAUSE = cue("payment_purpose_clause")  # `would be paid`: a joined line's tail that is a clause
_NOT_PAYEE = cue("payment_line_not_payee")  # `The`, `It`: a sentence's first word, no payee
_BOUGHT_ITEM = cue("bought_item_label")  # `Postage`, `Play Area Inspection`: what was bought, no supplier
# Kinds of passage a payment line can be: a reader may take a short line for a heading.
_LINE_KINDS = ("paragraph", "list_item", "heading")
# How many passages back a line looks for its lead (`To approve accounts for payment:-` above the lines).
_LEAD_LOOKBACK = 6
# What joins a payee to what it is paid for, or a line's parts to its sum (`X – forms - £60.00`), spaced.
_DASHES = (" - ", " -- ", " — ", " –- ")
# Marks that end a sentence or break a clause: a label holding one is prose, no payment line's payee and purpose.
_SENTENCE_MARKS = (";", "!", "?", ". ")
# Joining words inside a name (`Friends of Ash Park`, `Came & Company`).
_NAME_JOINERS = {"of", "and", "&", "the", "for", "in", "on", "at", "de", "y"}
# Most words a joined line's purpose written after the name without a dash has (`cutting of footpaths`).
_PURPOSE_WORDS = 5


def payment_lines(context: PaperContext) -> list[Candidate]:
    """The contracts of payment lines; every passage read as one is added to ``context.payment_passages`` so the
    prose reader leaves its sums alone."""
    passages = context.doc._.passages
    found: list[Candidate] = []
    for index, passage in enumerate(passages):
        if passage.kind not in _LINE_KINDS or not is_payment_line(passage.text):
            continue
        items = _items(passage.text)
        referenced = bool(_PAYMENT_REFERENCE.search(passage.text))
        if not items:
            # Lines whose breaks were lost (a web export, a flattened PDF): `Cheques for approval of payment: A
            # £1.00 B £2.00 It was agreed ...` -- the run of bare names and sums right after the lead.
            lines = _joined_run(context, passage.text, _under_payments_lead(passages, index))
            if not lines:
                continue
        elif not (len(items) > 1 or referenced
                  or required_text.search(_PAYMENTS_LEAD, passage.text) or _under_payments_lead(passages, index)):
            continue
        else:
            lines = [line for line in (_payment_line(context, item, referenced) for item in items) if line is not None]
            if not lines:
                continue
            context.payment_passages.add(index)
        for number, (payee, purpose, money, amount_rule) in enumerate(lines):
            if payee is None:
                context.amounts.append(Amount(passage.seq, passage.page, passage.text, money.value_gbp, money.text,
                                              "other", money.approximate, rule=amount_rule))
                continue
            found.append(Candidate(Contract(
                passage_seq=passage.seq, page=passage.page, quote=passage.text, commissioner=context.authority,
                provider=payee, service=tidy_service(purpose) if purpose else None, value_gbp=money.value_gbp,
                value_text=money.text, approximate=money.approximate, rule="contracts.payments.line"),
                index, "payments", number))
    return found


def _under_payments_lead(passages, index: int) -> bool:
    """Whether the line's heading, or a line shortly before it in its section, approves payments."""
    # (required_text: a line asks this of its heading and of each line before it; most hold none of the lead's words.)
    if required_text.search(_PAYMENTS_LEAD, passages[index].heading or ""):
        return True
    for previous in range(index - 1, max(-1, index - 1 - _LEAD_LOOKBACK), -1):
        passage = passages[previous]
        if required_text.search(_PAYMENTS_LEAD, passage.text):
            return True
        if passage.heading != passages[index].heading and passage.kind != "table_row":
            return False
    return False


def _joined_run(context: PaperContext, text: str, under_lead: bool) -> list[tuple]:
    """The payment lines of a passage whose line breaks were lost: from its payments lead (or its start, under a
    payments heading) each bare name closed by its sum (`AB Jones £96.10 P & J Glazing £35.04`), up to the
    first piece that is neither such a line nor a line paying for no service (`Clerk's salary £402.10`): the
    sentence the minutes go on with.  At least two lines: one name and a sum in running prose is no list."""
    # Minutes often say the lead twice (`Accounts were passed for payment. Cheques presented for signature:`):
    # the lines run on from the one right before them.
    starts = [lead.end() for lead in required_text.finditer(_PAYMENTS_LEAD, text)] or ([0] if under_lead else [])
    for start in starts:
        lines: list[tuple] = []
        rest, end = text[start:], 0
        for money in find_money(rest):
            piece, end = rest[end:money.end], money.end
            label = piece[:len(piece) - len(money.text)].strip(" .;,:-–")
            if not (_is_bare_label(label) or _is_name_and_purpose(label)) and not paid_for_no_service(label):
                break
            line = _payment_line(context, piece, True)
            if line is not None:
                lines.append(line)
        if len(lines) > 1:
            return lines
    return []


def _is_bare_label(label: str) -> bool:
    """Whether a joined line's label is only a name, or a name and what it is paid for after a dash: its words
    capitalised but for joining words (`P & J Glazing`, `Greenacre Mowing – grass cut`)."""
    name = label[label.rfind(":") + 1:].split(" – ")[0].split(" - ")[0].strip()  # `were approved: X – S`
    payee, rest = _name_and_rest(name)
    return bool(payee) and not rest and len(payee.split()) <= 6


def _is_name_and_purpose(label: str) -> bool:
    """Whether a joined line's label is a name and then, with no dash, a few lower-case words of what it is paid
    for (`Fenwold Mowing grass cutting`, `Lampwise x2 (lamp repairs)`), not a sentence (`It was agreed X would be
    paid`, `The precept of`, `Finance at 30.09 Community Account`)."""
    payee, purpose = _name_and_rest(label[label.rfind(":") + 1:].strip())
    words = purpose.split()
    return (bool(payee) and len(payee.split()) <= 6 and not _NOT_PAYEE.match(payee.split()[0])
            and 0 < len(words) <= _PURPOSE_WORDS and words[-1].lower() not in _NAME_JOINERS
            and not any(word.strip("()")[:1].isupper() for word in words)
            and not any(mark in purpose for mark in _SENTENCE_MARKS + (",",))
            and not _PURPOSE_CLAUSE.search(purpose))


def _items(text: str) -> list[str]:
    """The payment lines of a passage: one per payment reference where it has them (`A - £1 (Ch. No. 1) B - £2
    (Ch. No. 2)`), else the passage itself when it holds one sum."""
    references = list(_PAYMENT_REFERENCE.finditer(text))
    if not references:
        return [text] if len(find_money(text)) == 1 else []
    items, start = [], 0
    for reference in references:
        items.append(text[start:reference.start()])
        start = reference.end()
    return [item.strip(" .;,") for item in items if item.strip(" .;,")]


def _payment_line(context: PaperContext, item: str, listed: bool) -> Optional[tuple]:
    """(payee, purpose, sum, amount rule) of one payment line, the payee None when the line buys no service or names
    no supplier (the amount rule then says which; None for a payee's line); None when the
    item is no line naming a payee before one sum.  A line whose place does not already say it is one
    (``listed``: closed by a payment reference, or read by a joined run's gate) is read only as a line is written: the payee's name right before the sum or a dash (`Audit Commission £58.75`, `X –
    hall hire – £36.00`), never a sentence (`Suppliers are paid within 30 days; £1.2m was paid late`)."""
    monies = find_money(item)
    if len(monies) != 1:
        return None
    money = monies[0]
    label = split_number(item[:money.start])[1]
    for dash in _DASHES:
        label = label.replace(dash, " – ")
    label = label.strip(" –-—,;:")
    label = label[label.rfind(":") + 1:].strip(" –-—,;") if ":" in label else label  # `Payments:- Clerk's salary £X`
    if not label or len(label.split()) > 12 or any(mark in label for mark in _SENTENCE_MARKS):
        return None
    # `X – what – £V`, `X, what: £V`, else `X what £V` (the name its capitalised words).
    parts = [part.strip() for part in label.split(" – ") if part.strip()]
    if len(parts) < 2:
        parts = [part.strip() for part in label.split(",", 1) if part.strip()]
    payee, purpose = (parts[0], " – ".join(parts[1:])) if len(parts) > 1 else _name_and_rest(parts[0])
    if not listed and len(parts) < 2 and purpose and not paid_for_no_service(label):
        return None  # words after the name and no dash: a sentence, not a line
    if paid_for_no_service(payee, purpose, label):
        return None, purpose, money, "amounts.payments.not_bought"
    if not purpose and _names_only_what_is_bought(context, payee):
        # (a line that goes on to say what was bought has its supplier's name first: `Green Hire – marquee – £V`)
        return None, payee, money, "amounts.payments.supplier_unnamed"
    party = provider_cell(context, payee)
    if party is None or party == context.authority or context.is_commissioner_kind(party):
        return None
    return party, purpose, money, None


def _names_only_what_is_bought(context: PaperContext, payee: str) -> bool:
    """`Postage`, `Play Area Inspection`: a line's label that says what was bought and names no supplier (contract_terms.yaml
    bought_item_label): its last word a thing bought, each word before it one the paper writes in lower case, so no
    supplier's own word (`Kelp Hosting`, `Tarnway Print` stay payees)."""
    words = payee.split()
    if not words or not _BOUGHT_ITEM.search(payee):
        return False
    return context.orgs is not None and all(context.orgs.is_common_word(word) for word in words[:-1])


def _name_and_rest(label: str) -> tuple[str, str]:
    """`Harbury Rural Forum subscription` -> (`Harbury Rural Forum`, `subscription`): the name is the run of capitalised
    words it opens with (joining words inside it), what it is paid for the rest."""
    words = label.split()
    end = 0
    for i, word in enumerate(words):
        if word[:1].isupper() or word[:1].isdigit() or (word.lower() in _NAME_JOINERS and 0 < i < len(words) - 1
                                                         and words[i + 1][:1].isupper()):
            end = i + 1
            continue
        break
    return " ".join(words[:end]), " ".join(words[end:])
