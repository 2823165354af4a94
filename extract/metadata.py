"""What a paper says about itself: the ``cp_metadata`` component.

Sets ``doc._.extraction`` authority (the publishing council or NHS body),
committee, meeting_date (ISO), title and author.  Labelled cover-sheet fields
(`Title:`, `Committee:`, `Date:`, `Report Author(s)`) win, with the value on
the label's line or the next one; otherwise the opening lines before the
first numbered section or paragraph of prose are read.  Nothing is invented:
a paper that starts at `4. Background` has no title.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ingest.model import Passage, section_number

from .orgfinder import find_names

# How far into a paper its cover sheet can reach (passages).
COVER_PASSAGES = 60
OPENING_PASSAGES = 12

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({name[:3]: n for name, n in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
WEEKDAY_RE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
DAY_MONTH_YEAR_RE = re.compile(
    rf"\b{WEEKDAY_RE}?(\d{{1,2}})\s?(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
MONTH_DAY_YEAR_RE = re.compile(rf"\b{WEEKDAY_RE}?({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

LABELS = {
    "title": r"(?:report\s+)?title(?:\s+of\s+(?:the\s+)?(?:report|paper))?|subject|name\s+of\s+report|item\s+title|item",
    "committee": r"committee|meeting|council\s+meeting|name\s+of\s+(?:the\s+)?(?:meeting|committee)|report\s+to|"
                 r"decision[\s-]maker|meeting\s+of|forum|board|to",
    "date": r"date(?:\s+of\s+(?:the\s+)?(?:meeting|decision))?|meeting\s+date|decision\s+date",
    "author": r"report\s+author(?:\(s\)|s)?|author(?:\(s\)|s)?|contact\s+officer(?:\(s\)|s)?|lead\s+officer|"
              r"report\s+(?:prepared|written)\s+by|officer\s+contact|contact\s+details",
}
LABEL_RES = {field: re.compile(rf"^\s*(?:{pattern})\s*(?::|\||-\s|$)\s*", re.I) for field, pattern in LABELS.items()}
# `Purpose: Final Decision Report`: some other field of the cover sheet.
LABEL_LINE_RE = re.compile(r"^\s*[A-Za-z][A-Za-z()/' -]{1,40}:\s+\S")
ANY_LABEL_RE = re.compile(r"^\s*[A-Z][A-Za-z()/' ]{1,40}:\s*$|^\s*[A-Z][A-Za-z()/' ]{1,40}\?\s*(?:yes|no)?\s*$", re.I)

BODY_WORDS = r"(?:Forum|Committee|Sub-Committee|Board|Cabinet|Panel|Executive|Council|Commission|Assembly|Partnership)"
ASKED_RE = re.compile(
    rf"\b((?:[A-Z][\w'\u2019&-]*\s+(?:and\s+|of\s+)?){{0,6}}{BODY_WORDS})\s+(?:is|are|will\s+be)\s+"
    r"(?:asked|recommended|requested|invited|requested)\s+to\b")
REPORT_TO_RE = re.compile(r"^(?:public\s+report\s+|report\s+to(?:\s+the)?\s+)", re.I)
BODY_LINE_RE = re.compile(rf"\b{BODY_WORDS}\b|\bmeeting\b|\bDecision\s+(?:Making|Meeting)\b", re.I)
NOT_TITLE_RE = re.compile(
    r"^(?:agenda\s+item|item\s+\d|part\s+[12i]+\b|public\s+report|summary\s+sheet|appendix|annex|"
    r"exempt|not\s+protectively|private|confidential|official|page\s+\d|contents|agenda$|"
    r"for\s+(?:decision|information|noting|approval)|decision|report\s+of|report\s+to|report$|version\b|"
    r"v\d|draft$|classification|official$|committee\s+report$)", re.I)
# An address, phone or web line on a letterhead is not a title.
CONTACT_LINE_RE = re.compile(r"\b(?:tel|phone|fax|email)\b|@|https?:|www\.|\.(?:com|io|org|gov|uk|net)\b|"
                             r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", re.I)
PERSON_RE = re.compile(r"^(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,3}$")


def parse_date(text: str) -> Optional[str]:
    """The first day-month-year date in ``text`` as YYYY-MM-DD, or None."""
    found = []
    for match in DAY_MONTH_YEAR_RE.finditer(text):
        found.append((match.start(), match.group(3), match.group(2), match.group(1)))
    for match in MONTH_DAY_YEAR_RE.finditer(text):
        found.append((match.start(), match.group(3), match.group(1), match.group(2)))
    for match in NUMERIC_DATE_RE.finditer(text):  # UK order: day first
        found.append((match.start(), match.group(4), match.group(3), match.group(1)))
    for match in ISO_DATE_RE.finditer(text):
        found.append((match.start(), match.group(1), match.group(2), match.group(3)))
    for _start, year, month, day in sorted(found):
        number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
        if number is None:
            continue
        try:
            return date(int(year), number, int(day)).isoformat()
        except ValueError:
            continue
    return None


def _strip_date(text: str) -> str:
    """`Cabinet – 10th April 2017` -> `Cabinet`."""
    for pattern in (DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE, NUMERIC_DATE_RE, ISO_DATE_RE):
        text = pattern.sub("", text)
    return text.strip(" \t-\u2013\u2014,:;|")


def _clean(text: str) -> str:
    return " ".join(text.replace("*", "").split()).strip(" |:;")


def _label_value(passages: list[Passage], i: int, field: str) -> Optional[str]:
    """The value of a ``field`` label at passage ``i``: on its line, in the next cell or the next passage."""
    passage = passages[i]
    if passage.kind == "table_row" and len(passage.cells) >= 2:
        if LABEL_RES[field].match(_clean(passage.cells[0])) and not _clean(passage.cells[0]).endswith("?"):
            rest = LABEL_RES[field].sub("", _clean(passage.cells[0]), count=1)
            if not rest:
                value = _clean(" ".join(c for c in passage.cells[1:] if c))
                return value or None
        return None
    # Keep the colon: it is what marks a label.
    text = " ".join(passage.text.replace("*", "").split())
    match = LABEL_RES[field].match(text)
    if not match:
        return None
    value = _clean(text[match.end():])
    marked = ":" in text[:match.end()] or "|" in text[:match.end()]
    if value:
        # `Committee members agreed` is prose, not a label: a label has a colon.
        return value if marked else None
    # A label alone on its line: `Title:` or a two-word label such as `Report Author(s)`.
    if (marked or len(text.split()) >= 2) and i + 1 < len(passages):
        following = _clean(passages[i + 1].text)
        if following and not ANY_LABEL_RE.match(following) and not any(
                LABEL_RES[f].match(following) and f != field for f in LABEL_RES):
            return following
    return None


def _labelled(passages: list[Passage], field: str) -> Optional[str]:
    return next(_all_labelled(passages, field), None)


def _all_labelled(passages: list[Passage], field: str):
    for i in range(min(len(passages), COVER_PASSAGES)):
        value = _label_value(passages, i, field)
        if value:
            yield value


def _opening(passages: list[Passage]) -> list[Passage]:
    """The lines before the paper's first numbered section or paragraph of prose."""
    out = []
    for passage in passages[:OPENING_PASSAGES]:
        text = _clean(passage.text)
        dated_line = parse_date(text) and len(_strip_date(text).split()) <= 3
        if (section_number(text) and not dated_line) or (text.endswith(".") and len(text.split()) > 12):
            break
        out.append(passage)
    return out


def find_committee(passages: list[Passage]) -> tuple[Optional[str], Optional[str]]:
    """(committee, date written with it) from the cover sheet, the opening or `X is asked to`."""
    for value in _all_labelled(passages, "committee"):
        committee = _strip_date(value)
        # `To: Jo Bloggs, Cabinet Member for ...` names a person, not a meeting.
        person = PERSON_RE.match(committee.split(",")[0].strip()) and "," in committee
        if committee and len(committee.split()) <= 14 and not person:
            return committee, parse_date(value)
    for passage in _opening(passages):
        text = _clean(passage.text)
        if passage.kind != "table_row" and BODY_LINE_RE.search(text) and len(text.split()) <= 14 \
                and not text.endswith((".", ";")) \
                and not ANY_LABEL_RE.match(text) and not LABEL_LINE_RE.match(text) \
                and (REPORT_TO_RE.match(text) or not NOT_TITLE_RE.match(text)):
            committee = _strip_date(REPORT_TO_RE.sub("", text))
            if committee and not _is_org_line(committee):
                return committee, parse_date(text)
    for passage in passages:
        match = ASKED_RE.search(passage.text)
        if match:
            body = re.sub(r"^(?:The|That|the)\s+", "", match.group(1)).strip()
            if body and body.lower() not in ("council", "board", "committee"):
                return body, None
    return None, None


def find_meeting_date(passages: list[Passage], committee_date: Optional[str]) -> Optional[str]:
    value = _labelled(passages, "date")
    if value and parse_date(value):
        return parse_date(value)
    if committee_date:
        return committee_date
    for passage in _opening(passages):
        text = _clean(passage.text)
        parsed = parse_date(text)
        # A line that is (mostly) a date: `TUESDAY 30 JANUARY 2018`.
        if parsed and len(_strip_date(text).split()) <= 3:
            return parsed
    return None


def find_title(passages: list[Passage], properties: Optional[dict] = None) -> Optional[str]:
    value = _labelled(passages, "title")
    if value and len(value.split()) <= 40:
        return value
    # The file's own title counts only when the paper's opening says it too
    # (a template's `Report Template` or `Microsoft Word - x.doc` never does).
    hint = _squash(str((properties or {}).get("title") or ""))
    if len(hint.split()) >= 2:
        for passage in passages[:COVER_PASSAGES]:
            if passage.kind != "table_row" and _squash(passage.text) == hint and not section_number(passage.text):
                return _clean(passage.text)
    for passage in _opening(passages):
        text = _clean(passage.text)
        if passage.kind == "table_row" or not text or ANY_LABEL_RE.match(text) or NOT_TITLE_RE.match(text):
            continue
        if any(LABEL_RES[f].fullmatch(text) for f in LABEL_RES) or _mostly_numbers(text) or LABEL_LINE_RE.match(text):
            continue
        if any(LABEL_RES[f].match(text) and ":" in text for f in LABEL_RES):
            continue
        if parse_date(text) and len(_strip_date(text).split()) <= 3:
            continue
        if _is_org_line(text) or BODY_LINE_RE.search(text) and len(text.split()) <= 8 and not re.search(r"[\u2013\u2014:-]", text):
            continue
        if len(text.split()) > 25 or text.endswith("."):
            return None
        if not re.search(r"[A-Za-z]{3}", text) or CONTACT_LINE_RE.search(text):
            continue
        return text
    return None


def _squash(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _mostly_numbers(text: str) -> bool:
    words = text.split()
    return sum(bool(re.search(r"[A-Za-z]{2}", w)) for w in words) < len(words) / 2


def find_author(passages: list[Passage]) -> Optional[str]:
    value = _labelled(passages, "author")
    if not value:
        return None
    first = re.split(r",|\(|\s[-\u2013\u2014]\s", value)[0].strip()
    if PERSON_RE.match(first):
        return first
    return value[:200]


def _is_org_line(text: str) -> bool:
    """A line that is nothing but an organisation's name (a cover-sheet banner)."""
    found = [f for f in find_names(text) if not f.short]
    return bool(found) and len(found[0].surface) >= len(text.strip()) - 2


def find_authority(doc: Doc, passages: list[Passage], committee: Optional[str] = None) -> Optional[str]:
    """The publishing body.

    Named alone on the cover or in the file's own metadata, it is the
    publisher.  Otherwise a council the paper names is (councils publish most
    committee papers, and name the NHS bodies they commission from many
    times), unless an NHS body speaks of itself as `the Trust`/`the ICB` more
    often than anyone says `the Council`.
    """
    index = doc._.orgs
    if index is None:
        return None
    short_key = {"council": "council", "icb": "icb", "ccg": "ccg", "nhs_trust": "trust",
                 "nhs_foundation_trust": "trust"}
    hints = " ".join(str(v) for v in (doc._.properties or {}).values() if isinstance(v, str))
    banner = set()
    for passage in passages[:OPENING_PASSAGES]:
        text = _clean(passage.text)
        if _is_org_line(text):
            name = index.resolve(text)
            if name:
                banner.add(name)

    # `Report to: Wessex County Council Cabinet`: the body a paper goes to publishes it.
    addressed = {index.resolve(f.surface) for f in find_names(committee or "") if not f.short} - {None}

    def self_references(org) -> int:
        key = short_key[org.kind]
        return index.short_form_uses(key) if index.short_target(key) == org.name else 0

    def score(org) -> float:
        value = org.mentions + self_references(org)
        if org.name in banner or org.name in addressed:
            value += 1000
        if any(len(alias) > 3 and re.search(rf"\b{re.escape(alias)}\b", hints) for alias in org.aliases | {org.name}):
            value += 500
        return value

    councils = [o for o in index.all() if o.kind == "council"]
    nhs = [o for o in index.all() if o.kind in short_key and o.kind != "council"]
    # Ties between councils go to the one named first (the cover comes first).
    best_council = max(councils, key=lambda o: (score(o), -index.first_seen(o.name)), default=None)
    best_nhs = max(nhs, key=score, default=None)
    if best_nhs is not None and sum(score(o) == score(best_nhs) for o in nhs) > 1:
        best_nhs = None  # two NHS bodies named alike: nothing says which one writes
    if best_council is None or best_nhs is None:
        chosen = best_council or best_nhs
        return chosen.name if chosen else None
    if score(best_nhs) >= 500 > score(best_council):
        return best_nhs.name
    if score(best_council) < 500 and self_references(best_nhs) > max(2, self_references(best_council)):
        return best_nhs.name
    return best_council.name


@Language.component("cp_metadata")
def cp_metadata(doc: Doc) -> Doc:
    passages = doc._.passages or []
    extraction = doc._.extraction
    if extraction is None or not passages:
        return doc
    committee, committee_date = find_committee(passages)
    authority = find_authority(doc, passages, committee)
    if doc._.orgs is not None:
        doc._.orgs.authority = authority
    extraction.authority = authority
    extraction.committee = committee
    extraction.meeting_date = find_meeting_date(passages, committee_date)
    extraction.title = find_title(passages, doc._.properties)
    extraction.author = find_author(passages)
    return doc
