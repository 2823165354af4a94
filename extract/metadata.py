"""What a paper says about itself: the ``cp_metadata`` component.

Sets ``doc._.extraction`` authority (the publishing council or NHS body),
committee, meeting_date (ISO), title and author.  Labelled cover-sheet fields
(`Title:`, `Committee:`, `Date:`, `Report Author(s)`) win, with the value on
the label's line or the next one; otherwise the opening lines before the
first numbered section or paragraph of prose are read.  Nothing is invented:
a paper that starts at `4. Background` has no title.

A contract's cover (`X CONTRACT between A and B`) is titled by all its lines
and published by its public-body party; a set of minutes by its `Minutes of
...` line.  The author is the `Report author:` wherever the paper gives it
(often in the contact details at its end), else the contact or lead officer,
else whom the cover says the report is from.
"""
from __future__ import annotations

import datetime as _dt
import re
import string
from dataclasses import replace
from typing import Callable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from committee_papers.ingest.bullets import ITEM_MARKS
from committee_papers.ingest.model import Passage, section_number

from . import cover, register, required_text
from . import gazetteer as gz
from . import dates
from .dates import find_dates  # (importing dates also registers doc._.month_first, read below)
from .cover import person_name as _person
from .decision_documents import PaperKind, file_name_rule, of_kind, paper_kind
from .file_name_dates import FileNameDate, date_in_file_name
from .meeting_bodies import BODY_WORDS, REQUEST_RE
from . import orgevidence
from .orgfinder import JOINED_RE, capitalised_words, find_names
from .organisations import gov_address_places
from .plain_text import (bounded, ends_with_word, has_letter_run, has_run, is_word_character, is_word_in_any_case, lower_letters,
                         runs, spaced_marks, squash, without_final_newline, word_list_pattern)
from .paper import paper_text
from .orgnames import initials as name_initials
from .orgnames import COUNCIL_TYPE_WORDS, KEEP_UPPER, PRINCIPAL_TIER_WORDS, council_place, from_capitals, variant_key

COVER_PASSAGES = cover.COVER_PASSAGES
OPENING_PASSAGES = 12

# (Dates are read by the one date finder, extract/dates.py; a weekday written before a date goes with it.)
_WEEKDAY_BEFORE_RE = re.compile(rf"\b{dates.WEEKDAY_RE},?\s+$", re.I)

# Cover-sheet labels are data (cover_labels.yml), read into one model by extract.cover.
LABEL_RES = cover.LABEL_RES
AUTHOR_RES = cover.AUTHOR_RES
LABEL_LINE_RE = cover.LABEL_LINE_RE
ANY_LABEL_RE = cover.ANY_LABEL_RE

ASKED_RE = re.compile(
    rf"\b((?:[A-Z][\w'\u2019&-]*\s+(?:and\s+|of\s+)?){{0,6}}{BODY_WORDS})\s+(?:is|are|will\s+be)\s+"
    r"(?:asked|recommended|requested|invited|requested)\s+to\b")
# (The call-in grammar, `We request that the Scrutiny Committee recommends ...`, is shared with
# recommendations.py: extract/meeting_bodies.py.)
# `Report to the Board, ...`, `Public report Cabinet`: what leads in the body a report goes to (cover_labels.yml report_to_leads).
REPORT_TO_RE = cover.vocabulary_re("report_to_leads", r"^(?:LABELS)")
# A body named alone at the head of its cover that meets as itself: narrower than BODY_WORDS on purpose
# (a council, cabinet or panel so named is not taken as the meeting); cover_labels.yml self_meeting_body_words.
SELF_MEETING_BODY_WORDS = cover.word_set("self_meeting_body_words")
# A meeting named at the head of a line (`Cabinet`, `The Licensing Sub-Committee`, `Board meeting in
# public`), nothing after its body word but how it meets.
MEETING_HEAD_RE = re.compile(rf"(?:The\s+)?(?:[A-Z][\w'\u2019&()-]*,?\s+(?:(?:and|of|for|&)\s+)?)*?"
                             rf"(?:{BODY_WORDS}|Meeting|(?i:{cover.label_pattern('authority_meeting_names')}))(?:\s+meeting)?"
                             r"(?:\s+(?:meeting\s+)?(?:held\s+)?in\s+(?:public|private))?")
# `Next Board meeting`, `Previous Cabinet`: a meeting other than the paper's (the one vocabulary
# of such words, cover_labels.yml other_meeting_words, also read by the date label and other_meeting_lines).
# `Fire and Rescue Authority`, `Combined Authority` (cover_labels.yml authority_meeting_names): an authority's own meeting.
AUTHORITY_MEETING_RE = cover.vocabulary_re("authority_meeting_names", r"(?:LABELS)")
NOT_THIS_MEETING_RE = cover.vocabulary_re("other_meeting_words", r"(?:LABELS)\b")
BODY_LINE_RE = re.compile(rf"\b{BODY_WORDS}\b|\bmeeting\b|\bDecision\s+(?:Making|Meeting)\b", re.I)
# Opening lines that never title a paper (cover_labels.yml not_title_lines).
NOT_TITLE_RE = cover.vocabulary_re("not_title_lines", r"^(?:LABELS)")
# `No title`, `Untitled`: a placeholder where a title would stand (cover_labels.yml untitled_lines).
NO_TITLE_RE = cover.vocabulary_re("untitled_lines", r"^(?:LABELS)\b")
NOTICE_KIND_TITLE_RE = cover.vocabulary_re("notice_kind_titles", r"^(?:LABELS)\.?$")
# Where or how a meeting is held (`Via Microsoft Teams`, `Venue: Council Chamber`): no title.  The whole
# line: the place alone or followed by more of it after a mark or `at` (`In person at the Guildhall`,
# `Venue: Committee Room 2`),
# so a title that only starts so (`Online Safety Strategy`, `Council Chamber Refurbishment`) stays one.
MEETING_PLACE_RE = cover.vocabulary_re("meeting_place_lines",
                                       r"^(?:LABELS)(?:\s*$|(?<=[:|-]).*|\s*[,;:|(\u2013\u2014-].*|\s+at\s.*)")
# `Council Tax Support Scheme 2025/26`, `Board Assurance Framework`: a body's word opening the name of
# something else (a capitalised word that is no meeting word, then more), a title and no meeting line.
# (`Panel Member Allowances`, `Council Members' Code of Conduct`: members as the paper's subject, not
# their meeting or papers as in `Cabinet Member Decision`.)
BODY_LED_TITLE_RE = re.compile(
    rf"(?:Council|Committee|Board|Cabinet|Forum|Panel|Commission|Assembly|Partnership)\s+"
    rf"(?:(?!(?i:{cover.label_pattern('meeting_line_words')})\b)[A-Z][a-z]+\b\s+\S"
    rf"|Members?['\u2019]?\s+(?!(?i:{cover.label_pattern('member_meeting_words')})\b)[A-Z][a-z]+\b)")
# `Strategic Partnership Grants 2026-2029`, `Safeguarding Board Annual Report`: a body's word inside a line
# that goes on with the name of something else (a capitalised word that is no meeting word and no other body's
# word, then more): a title, when the line does not end with a meeting (`Wessex County Council Corporate
# Parenting Panel` names one).
BODY_INSIDE_TITLE_RE = re.compile(
    rf"\s(?:Council|Committee|Board|Cabinet|Forum|Panel|Commission|Assembly|Partnership)\s+"
    rf"(?!(?i:{cover.label_pattern('meeting_line_words')})\b)(?!{BODY_WORDS}\b)[A-Z][a-z]+\b\s+\S")
# (`Planning Committee Extraordinary Meeting`, `Board Development Session`: a line ending with a meeting's
# word names the meeting.)
ENDS_WITH_BODY_RE = re.compile(rf"\b(?:{BODY_WORDS}|meeting|session|hearing|agenda|minutes|papers|pack)\W*$", re.I)


def _body_word_inside_title(text: str) -> bool:
    """`VOLUNTARY AND COMMUNITY SECTOR STRATEGIC PARTNERSHIP GRANTS 2026-2029`: a title whose body word
    names no meeting (BODY_INSIDE_TITLE_RE; a line in capitals read in title case; its date and time
    left out first, so `Planning Committee Tuesday 4 March 2025` stays a meeting)."""
    words = _strip_date(text.title() if text.isupper() else text)
    return bool(BODY_INSIDE_TITLE_RE.search(words)) and not ENDS_WITH_BODY_RE.search(words)


def _body_words_only_in_names(text: str) -> bool:
    """`Directions to NHS Strathmorven and Strathmorven Council 2025/26`: a line whose only body words are
    inside the names of organisations it speaks of, and which neither opens with one nor is one: a title
    about bodies, not a meeting."""
    # (`Report to Wessex Integration Joint Board`, `To: the Harbour Board`: the body a paper goes to.)
    if _is_org_line(text) or _after_org(text) is not None or REPORT_TO_RE.match(text) or _without_to_body(text) != text \
            or LABEL_LINE_RE.match(text):
        return False
    names = [f for f in find_names(text) if not f.short]
    rest = text
    for found in sorted(names, key=lambda f: -f.start):
        rest = rest[:found.start] + " " + rest[found.end:]
    return bool(names) and not BODY_LINE_RE.search(rest)


# `Next Board meeting: 2 July 2025`, `Date of next meeting, 3 June 2025`: another meeting than the paper's.
OTHER_MEETING_RE = cover.vocabulary_re("other_meeting_lines")
# `Key Decision`, `Part A`, `Item 7`: a part of a dash-separated meeting line besides the meeting and date.
MEETING_LINE_PART_RE = cover.vocabulary_re("meeting_line_parts", "(?:LABELS)")
# `Agenda item 7: Insurance renewal`, `Item 4 - Allotment rents`: an item's number and label before its title.
ITEM_PREFIX_RE = cover.vocabulary_re("agenda_item_numbers", r"^(?:LABELS)\s*[:\u2013\u2014-]\s+(?=\S)")
# `Meeting: 04/02/2025 - Cabinet (Item 8)`: the item's number is no part of the meeting.
ITEM_SUFFIX_RE = re.compile(r"\s*\((?:agenda\s+)?item\s+[\w.]+\)$", re.I)
# `Report No. CAB/25/031`, `Report Ref: PH/25/044  Title`: a reference (a code holding a figure)
# before a title, cover_labels.yml reference_labels.
REFERENCE_PREFIX_RE = cover.vocabulary_re("reference_labels", r"^(?:LABELS)\s*:?\s*[A-Z][\w/.-]*\d[\w/.-]*\s*")
# `Agenda Item 4`, `ITEM NO. 7`: the line heading a report behind an agenda frontsheet.
AGENDA_ITEM_LINE_RE = cover.vocabulary_re("agenda_item_numbers", r"^(?:LABELS)$")
# `Issue - items at meetings - Allotment Rents 2025/26`, `Decision - Award of X`: a web page's
# type before the paper's own title.
PAGE_TYPE_PREFIX_RE = cover.vocabulary_re("page_type_prefixes", r"^(?:LABELS)\s+[-\u2013\u2014|:]\s+(?=\S)")
# `Committee | Chair`: a role on the cover sheet, not a meeting.
ROLE_VALUE_RE = cover.vocabulary_re("cover_role_values", r"^(?:LABELS)$")
# `24/00093 Mrs Sue Chandler, Cabinet Member for ...` names a person, not a meeting.
NAMED_PERSON_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z]")
def _without_to_body(text: str) -> str:
    """``text`` without an opening `To` and white space, and a small `the` and white space after it, where a capital
    follows (`To Cabinet – 30 January 2025` -> `Cabinet – ...`, `To the Board` -> `Board`); otherwise as it is
    (case matters: `To provide an update`, `TO CABINET`, `Today` are prose or no address)."""
    after_to = text[2:].lstrip() if text.startswith("To") else ""
    if len(after_to) == len(text) - 2 or not after_to:
        return text
    after_the = after_to[3:].lstrip() if after_to.startswith("the") else ""
    if len(after_the) < len(after_to) - 3 and "A" <= after_the[:1] <= "Z":
        return after_the
    return after_to if "A" <= after_to[:1] <= "Z" else text
# (`Minute of Meeting of the Education Committee`: a Scottish body's minute, in the singular.)
# (`Notes of the Health and Wellbeing Board meeting`, `Record of the meeting of the Schools Forum`:
# minutes by another name.)
MINUTES_LINE_RE = re.compile(r"\bminutes?\b|\b(?:action\s+)?notes\s+of\b|\b(?:verbatim\s+)?transcript\s+of\b"
                             r"|\brecord\s+of\s+(?:an?|the)\s+(?:[a-z]+\s+)?meeting\b"
                             r"|[-\u2013\u2014:|]\s*(?:verbatim\s+)?transcript\s*$", re.I)
# (`Minutes: Quality Committee - 14/02/2025`, `MINUTES - PLANNING COMMITTEE`: the body after a colon or dash.)
# (stop 21: `MDPC(26)M05 Minutes of ...`, `FC/2026/07 MINUTES OF ...`: a parish or town council's reference code
# for its minutes, capitals holding a digit, before the heading (the `code` group); no part of the line.
# (stop 26, n33: `1310/08/2017 MINUTES OF ...`, `04/04/2026 Minutes of ...`: the date a web page posted its
# minutes, run into their heading by the export, is such a code too.)
MINUTES_PREFIX_RE = re.compile(
    r"^(?P<code>(?-i:[A-Z]{2,}[A-Z()/.\d-]*\d[A-Z()/.\d-]*|[A-Z]+/[A-Z()/.\d-]*\d[A-Z()/.\d-]*|\d{1,4}[/.]\d{1,2}[/.]\d{2,4})\s+(?=minutes?\b))?"
    r"(?:(?:draft|confirmed|printed|open|public|unconfirmed)\s+)*(?:minutes?(?:\s+of\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[a-z]+\s+)?meeting\s+of\s+(?:the\s+)?)?|\s*[:|\u2013\u2014-]\s+(?=[A-Z]))"
    r"|(?:(?:action\s+)?notes|(?:verbatim\s+)?transcript)\s+of\s+(?=.*\b(?:meeting|webcast|livestream|broadcast|recording)\b)(?:an?\s+|the\s+)?(?:(?:[a-z]+\s+)?meeting\s+of\s+(?:the\s+)?)?"
    r"|record\s+of\s+(?:an?\s+|the\s+)(?:[a-z]+\s+)?meeting\s+of\s+(?:the\s+)?)", re.I)
NOT_MINUTES_TITLE_RE = re.compile(r"minutes\s+of\s+(?:the\s+)?(?:previous|last|earlier)|^\d(?!\d{0,3}[/.]\d{1,2}[/.]\d{2,4}\s+minutes?\b)|^item\b", re.I)
# (`held in Public` names the kind of meeting, not when or where it was: kept, also before
# `on <date>`; the first group is what is kept.)
HELD_RE = re.compile(r"(\s+held\s+in\s+(?:public|private))\W+(?:on|at)\b.*$"
                     r"|\s+(?:held|which\s+was\s+held|at\s+\d)\b(?!\s+in\s+(?:public|private)\W*$).*$", re.I)


def _without_held(text: str) -> str:
    """`Minutes of the Board held in public on 15 January 2025, The Granary` -> `Minutes of the
    Board held in public`; `... held at the Civic Centre on ...` -> `...`."""
    return HELD_RE.sub(r"\1", text)


# The most words a held clause saying only in which room a meeting was may have (`held in the Village Hall`).
_ROOM_CLAUSE_WORDS = 5


def _room_only(text: str) -> bool:
    """`in the Village Hall`, `at the Church`: a room or building named in a few words, no address (no comma,
    no number)."""
    words = text.split()
    return bool(words) and words[0].lower() in ("in", "at") and 2 <= len(words) <= _ROOM_CLAUSE_WORDS \
        and "," not in text and not any(character.isdigit() for character in text)


def _keeps_held_clause(text: str) -> bool:
    """Whether a minutes line's held clause says only when the meeting was (`... held on 9 March 2026`,
    `... held in public on Thursday 4 June 2026`, the date closing the line), only in which room (`... Annual
    Meeting held in the Memorial Hall`: a few words, no address, no number), or both (`... held in the Village
    Hall on 3 May 2026`, `... held on Tuesday 7 April 2026 in the Reading Room`, `... held at the Church Monday 6
    July 2026`): part of the line the minutes are titled by.  A clause giving more of the meeting's arrangements
    (`held on <date> at 7.30 pm in ...`, `held at Shire Hall, Westbury, on <date>`) is cut (_without_held)."""
    words = text.rstrip(" .").split()
    lowered = [word.lower() for word in words]
    if "held" not in lowered:
        return False
    clause = words[lowered.index("held") + 1:]
    if [word.lower() for word in clause[:2]] in (["in", "public"], ["in", "private"]):
        clause = clause[2:]
    if not clause:
        return False
    rest = " ".join(clause)
    spans = _full_dates(rest)
    if not spans:
        return _room_only(rest)
    # (`in the Village Hall on <date>`, `on <date>`: the `on` before the date goes with it.)
    lead = rest[:spans[0][0]].strip(" ,").split()
    before = " ".join(word for k, word in enumerate(lead) if not (word.lower() == "on" and k in (0, len(lead) - 1)))
    after = rest[spans[0][1]:].strip(" ,")
    if before and after:
        return False
    return not (before or after) or _room_only(before or after)
# `Meeting of the Planning Committee to be held on Tuesday, 21 October 2025 at 7.00 pm`: an agenda
# frontsheet's notice of the meeting (cover_labels.yml meeting_notice_prefixes / meeting_notice_verbs).
# (A record of decisions' `Decisions taken by the X at ...` names its meeting as a notice does.)
DECISIONS_TAKEN_RE = cover.vocabulary_re("decision_record_notices", r"^(?:LABELS)")
NOTICE_PREFIX_RE = word_list_pattern((cover.label_pattern("meeting_notice_prefixes"),
                                      cover.label_pattern("decision_record_notices")), r"^(?:WORDS)")
NOTICE_VERB_RE = cover.vocabulary_re("meeting_notice_verbs", r"\s+(?:LABELS)\b")


def _notice_meeting(text: str) -> Optional[str]:
    """The meeting a frontsheet's notice names (`Meeting of the Planning and Highways Committee to be
    held on ...` -> `Planning and Highways Committee`); None for any other line."""
    prefix = NOTICE_PREFIX_RE.match(text)
    verb = NOTICE_VERB_RE.search(text, prefix.end()) if prefix else None
    body = text[prefix.end():verb.start()].strip(" ,") if verb else ""
    # (`Decisions taken at the meeting held on Tuesday, 4 March 2026`: the word meeting names no body.)
    if not body or not BODY_LINE_RE.search(body) or len(body.split()) > 10 or BARE_MEETING_RE.fullmatch(body):
        return None
    # (`At a meeting of the Council held ... on 9 April 2025 a budget was set aside.`: a sentence that goes
    # on after its date tells of an earlier meeting; a notice ends at its date, time or place.  A record
    # of decisions' own notice may go on: `Decisions agreed by the X on <date> are set out below.`)
    if DECISIONS_TAKEN_RE.match(text):
        return body
    dates = _full_dates(text)
    tail = MEETING_TIME_RE.sub("", text[dates[-1][1]:]).strip(" ,.;") if dates else ""
    goes_on = text.rstrip().endswith(".") and len(tail.split()) > 3 and not NOTICE_TAIL_RE.match(tail)
    return None if goes_on else body


# `Notice of key decisions to be taken by the Harbour Committee`: a forward plan's body (cover_labels.yml).
FORWARD_PLAN_NOTICE_RE = cover.vocabulary_re("forward_plan_notices", r"^(?:LABELS)")
# `Forward plan`, `Notice of Key Decisions`: a plan of many meetings' decisions (cover_labels.yml).
FORWARD_PLAN_HEADING_RE = cover.vocabulary_re("forward_plan_headings")
# `This edition published 14 October 2026`: the paper's own date, no meeting's (cover_labels.yml publication_lines).
PUBLICATION_BEFORE_DATE_RE = cover.vocabulary_re("publication_lines", r"\b(?:LABELS)\s*:?\s*$")
# `26/00311 Cabinet` under `DECISION TO BE TAKEN BY: DECISION NO:`: the decision's number is no part of its maker.
DECISION_NUMBER_LEAD_RE = re.compile(r"^\d{1,4}/\d{2,6}\s+(?=[A-Z])")


# `Meeting of`, `The meeting`, `Meeting held in public`: the word meeting with nothing naming whose.
BARE_MEETING_RE = re.compile(r"(?:(?:the|a|an|this|of|in|on|held|public|private)\s+)*meeting(?:\s+(?:of|the|in|on|held|public|private))*\W*", re.I)
MEETING_PAPER_WORDS = cover.word_set("meeting_paper_words")


def _names_no_meeting_body(text: str) -> bool:
    """`Summons to and Agenda for the Meeting on`, `Notice of Meeting`: a frontsheet's heading whose only body
    word is the bare word meeting, the rest saying what the paper is (cover_labels.yml meeting_paper_words)."""
    words = text.split()
    lead = 0
    while lead < len(words) and words[lead].lower() in MEETING_PAPER_WORDS:
        lead += 1
    return lead > 0 and bool(BARE_MEETING_RE.fullmatch(" ".join(words[lead:])))


# `tactiq.io free youtube transcript`: a transcript tool's header (cover_labels.yml transcript_headers), not a title
# (that it makes the paper a transcript is decision_documents.paper_kind's rule `transcript_tool_header`).
TRANSCRIPT_HEADER_RE = cover.vocabulary_re("transcript_headers")
# The chair's welcome in a transcript (cover_labels.yml welcome_lead_ins), then the meeting's name up to a body's
# word (a council's own name before `'s` goes on to its meeting: `Wendle City Council's Scrutiny Board`).
WELCOME_RE = cover.vocabulary_re("welcome_lead_ins", r"(?:LABELS)"
                                 rf"(?P<body>(?:[\w'\u2019&,()-]+\s+){{0,10}}?{BODY_WORDS})(?![\w'\u2019])(?!\s*['\u2019]s\b)")
# `Wendle City Council's Scrutiny Board`: the owner before `'s`, then its meeting.
POSSESSIVE_RE = re.compile(r"^(?P<owner>.+?)['\u2019]s\s+(?P<meeting>.+)$")
WELCOME_PASSAGES = 15


def _welcomed_meeting(passages: list[Passage]) -> tuple[Optional[str], Optional[str]]:
    """(meeting, its owner as named) a transcript's chair welcomes everyone to (`welcome to this meeting of
    the Harbour Scrutiny Board` -> `Harbour Scrutiny Board`; `... of Wendle City Council's Scrutiny Board`
    -> `Scrutiny Board`, `Wendle City Council`; a name spoken in lower case, as captions write it, in title
    case); one word only as a name (`the Cabinet`), so captions' `the board` names nothing."""
    for passage in passages[:WELCOME_PASSAGES]:
        match = WELCOME_RE.search(passage.text)
        body = match.group("body").strip(" ,") if match else ""
        possessive = POSSESSIVE_RE.match(body)
        owner, body = (possessive.group("owner"), possessive.group("meeting")) if possessive else (None, body)
        # (One word names a meeting only as a name, `the Cabinet`, `the cabinet`: not `the board` in lower case.)
        if len(body.split()) >= 2 or body[:1].isupper() or body.lower() in ("cabinet", "executive"):
            return (from_capitals(body.upper(), KEEP_UPPER) if body.islower() else body), owner
    return None, None


def _spoken_line(text: str) -> bool:
    """`okay good evening everyone welcome to the cabinet`: captions' speech, all in lower case, which names
    no meeting and titles nothing."""
    return len(text.split()) > 4 and text.islower()


def _forward_plan_body(text: str) -> Optional[str]:
    """The body a forward plan's notice names (`Notice of key decisions to be taken by the Harbour
    Committee` -> `Harbour Committee`); None for any other line."""
    match = FORWARD_PLAN_NOTICE_RE.match(text)
    body = match.group("body").strip(" .,;") if match else ""
    return body if body and BODY_LINE_RE.search(body) and len(body.split()) <= 10 else None


# A dash or word joining two dates into a period (`1 April 2026 - 31 July 2026`, `3 March to 14 April`;
# cover_labels.yml date_span_joins).
DATE_SPAN_JOIN_RE = cover.vocabulary_re("date_span_joins", r"\s*(?:[-\u2013\u2014]|LABELS)\s*$")


def _date_span(text: str, spans: Optional[list[tuple[int, int]]] = None) -> bool:
    """A line giving a period, two dates joined by a dash or `to` (`Cabinet forward plan 1 April 2026 - 31 July
    2026`, `Consultation: 3 March 2026 to 14 April 2026`): the period a plan or a consultation covers, no
    meeting's day.  ``spans``: the line's _full_dates when the caller has them already."""
    spans = _full_dates(text) if spans is None else spans
    return any(DATE_SPAN_JOIN_RE.fullmatch(text[a_end:b_start]) or not text[a_end:b_start].strip()
               for (_a, a_end), (b_start, _b) in zip(spans, spans[1:]) if b_start >= a_end)


def _publication_date_line(text: str) -> bool:
    """A line whose first date is the day the paper was published or revised (`This update published
    14 October 2026 Contact: ...`), not a meeting's."""
    spans = _full_dates(text)
    return bool(spans) and bool(PUBLICATION_BEFORE_DATE_RE.search(text[:spans[0][0]]))


NOTICE_TAIL_RE = cover.vocabulary_re("notice_tail_words", r"(?:LABELS)\b|\(")  # (cover_labels.yml)


# `MINUTES of the meeting held on ...`: minutes that do not name their meeting's body.
NAMELESS_MINUTES_RE = re.compile(r"^(?:(?:draft|confirmed|public)\s+)?minutes(?:\s+of\s+(?:the|a|an)\s+meeting)?$", re.I)
# A line cut where its sentence goes on: `LIBRARY SERVICES CONTRACT between`, `WESSEX COUNTY COUNCIL and`.
CONNECTOR_END_RE = cover.vocabulary_re("connector_end_words", r"(?:^|\s)(?:LABELS)$")  # (cover_labels.yml)
PARTY_MARK_RE = re.compile(r"^\s*(?:between|and|&|\(?\d\)|\(?[a-z]\))\s+|\s+(?:and|between|&)\s*$|[,;]\s*$", re.I)
# `REPORT TRANSPORT TITLE:`: a two-line label with its value read between the words.
SPLIT_TITLE_RE = re.compile(r"^report\s+(.{3,120}?)\s+title\s*:\s*$", re.I)

# An address, phone or web line on a letterhead is not a title.
CONTACT_LINE_RE = cover.CONTACT_LINE_RE
# A run of letters that makes a line words, not figures or marks; the same in capitals.
PERSON_RE = re.compile(r"^(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,3}$")


def parse_date(text: str, month_first: bool = False) -> Optional[str]:
    """The first day-month-year date in ``text`` as YYYY-MM-DD, or None.  ``month_first``: the
    paper writes numeric dates month first (cp_dates' ``doc._.month_first``), `04/03/2025` is 3 April."""
    return next((m.iso for m in find_dates(text, month_first) if m.iso and len(m.iso) == 10), None)


# The time a meeting starts, written after its date: `10.00 am`, `6pm`, `at 14:30`, `2.30 p.m.`.
MEETING_TIME_RE = re.compile(r"(?:\s|^)(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?=\W|$)"
                             r"|(?:\s|^)(?:at\s+)?\d{1,2}:\d{2}(?=\W|$)", re.I)


def _full_dates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each full date (day, month and year) the date finder reads in ``text``, a
    weekday written before it included: `Tuesday, 4th March, 2025`, `04/03/2025`, `2025-03-04`."""
    spans = set()
    # (Whichever order the paper writes numeric dates in: `05/13/2025` is a date to cut either way.)
    for mention in find_dates(text) + find_dates(text, month_first=True):
        if mention.iso and len(mention.iso) == 10:
            before = _WEEKDAY_BEFORE_RE.search(text, 0, mention.start)
            spans.add((before.start() if before else mention.start, mention.end))
    return sorted(spans)


# What leads a meeting's date in after its name: `Cabinet on 12 March 2025`, `Audit Committee (12 March 2025)`.
DATE_LEAD_IN_RE = re.compile(r"(?:\s+(?:on|dated)|\s*\()\s*$", re.I)
# What may follow a meeting's date on its line: nothing, or a mark before what comes next.
# (A capital after it starts what comes next, as where a reader joined two lines: `..., Wednesday 12 February 2025
# Verbatim transcript`; a small letter goes on with the sentence: `The Cabinet on 12 March 2024 agreed`.)
DATE_CLOSE_RE = re.compile(r"\s*\)?\s*(?:$|[,.;:|\u2013\u2014-]|(?=[A-Z]))")


# A dash or bar with white space either side: a line's parts set apart (`Wendale ICB - Audit Committee`).
SPACED_DASH_RE = spaced_marks("-\u2013\u2014|")


def _meeting_head(text: str, month_first: bool = False) -> Optional[tuple[str, str]]:
    """(meeting, ISO date) of a cover line that opens with a meeting and its date, whatever follows
    (`Cabinet, 11 February 2025. Report of the Director of Place`, `Licensing Sub-Committee -
    Tuesday 4 March 2025 - report of ...`, `Cabinet on 12 March 2025`); None for any other line, one naming another meeting
    (`Next Board meeting: 2 July 2025`, `Action log from the Board meeting, 4 February 2025`) too."""
    spans = _full_dates(text)
    if not spans or len(text.split()) > 30 or _date_span(text, spans):
        return None
    start, end = spans[0]
    # (`Cabinet on 12 March 2025`, `Audit Committee (12 March 2025)`: the word or bracket before the date goes with it.)
    head = DATE_LEAD_IN_RE.sub("", text[:start]).strip(" ,;:|-\u2013\u2014")
    head = _without_to_body(REPORT_TO_RE.sub("", head))  # (`To Cabinet – 30 January 2025`, `Report to the Board, ...`)
    # (`NHS Wendale ICB - Audit Committee - 4 May 2026 - Item 8`: the publisher's name, then its meeting.)
    if not MEETING_HEAD_RE.fullmatch(head) and SPACED_DASH_RE.search(head):
        after = _after_org(head)
        head = after if after and MEETING_HEAD_RE.fullmatch(after) else head
    # (`The Cabinet on 12 March 2024 agreed to ...` goes on as a sentence; `Harbury Borough Council,
    # 4 March 2025` names its publisher, read by find_committee's own rules.)
    # (`Date of Meeting: 25 September 2025`: a cover's date field, its label no meeting.)
    if not MEETING_HEAD_RE.fullmatch(head) or len(head.split()) > 8 or NOT_THIS_MEETING_RE.match(head) \
            or not DATE_CLOSE_RE.match(text, end) or _is_org_line(head) or cover.LABEL_RES["date"].match(text) \
            or OTHER_MEETING_RE.search(head):  # (`Date of Next Meeting Annual Assembly of the Parish 11th April 2026`)
        return None
    iso = parse_date(text[start:end], month_first)
    return (head, iso) if iso else None


def _meeting_head_line(passages: list[Passage], month_first: bool = False) -> Optional[tuple[str, str]]:
    """The first (meeting, ISO date) a cover line opens with (``_meeting_head``)."""
    for passage in passages[:OPENING_PASSAGES]:
        if passage.kind not in ("table_row", "table_header") and (head := _meeting_head(_clean(passage.text), month_first)):
            return head
    return None


def _names_other_meeting(text: str) -> bool:
    """A line whose words before its first date name another meeting than the paper's (the next,
    the previous): `Next Board meeting: 2 July 2025`, `Date of next meeting, 3 June 2025`."""
    spans = _full_dates(text)
    return bool(OTHER_MEETING_RE.search(text[:spans[0][0]] if spans else text))


def _names_a_body_only(text: str) -> bool:
    """`Wessex Health and Social Care Partnership`, `Planning Committee`: a banner naming a body, no title."""
    return bool(BODY_LINE_RE.search(text)) and len(text.split()) <= 8 and not _has_title_mark(text) \
        and not BODY_LED_TITLE_RE.match(text)


def _names_its_meeting_only(text: str) -> bool:
    """`Board held in public - 4 May 2026`, `Cabinet, 12 March 2026`: a meeting and its date, no subject.
    (`Summons to and Agenda for a Meeting on 13 March 2026`: a frontsheet's heading saying what the paper is,
    closing at `on` before its meeting's date (_join_dated_heading), titles the paper, however short.)"""
    undated = _strip_date(text)
    return undated != text and bool(BODY_LINE_RE.search(undated)) and len(undated.split()) <= 8 \
        and not _has_title_mark(undated) \
        and not (ends_with_word(undated, ("on",)) and _names_no_meeting_body(undated))


def _dash_meeting_line(text: str) -> bool:
    """`Cabinet - 12/03/2025 - Key Decision`, `Audit Committee | 4 June 2025 | Part A`: a line of
    dash-separated parts, each the meeting, its date or what kind of decision or item the paper is,
    no title (`Cabinet - 12 March 2025 - Leisure Contract` keeps its title part)."""
    # (`Board of Directors (meeting in public), 27 March 2025 – Agenda item 14`: a comma before the date too.)
    parts = [p.strip() for p in re.split(r"\s+[-\u2013\u2014|]\s+|,\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z])", text)
             if p.strip()]
    if len(parts) < 3 or not _full_dates(text):
        return False
    kinds = []
    for part in parts:
        if _full_dates(part) and not _strip_date(part):
            kinds.append("date")
        elif MEETING_LINE_PART_RE.fullmatch(part) or (not kinds and _is_org_line(part)):
            kinds.append("part")   # (what the paper is, or the publisher's name the line opens with)
        elif BODY_LINE_RE.search(part) and len(part.split()) <= 8 and not BODY_LED_TITLE_RE.match(part):
            kinds.append("meeting")
        else:
            return False
    return "meeting" in kinds and "date" in kinds


def _strip_date(text: str) -> str:
    """`Cabinet – 10th April 2017` -> `Cabinet`; `Cabinet - Tuesday, 4th March, 2025 10.00 am` -> `Cabinet`
    (the time goes with the date)."""
    spans = _full_dates(text)
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    if spans:
        # (`Environment Committee, 12 May 2026.`: the full stop that closed the date goes with it.)
        text = MEETING_TIME_RE.sub("", text).rstrip(" .")
    return text.strip(" \t-\u2013\u2014,:;|")


_clean = cover.clean


def _words_but_closing_date(text: str) -> int:
    """Words of a line, a date (and its time) that closes it not counted: `Minutes of the Trustees of the
    Friends of ... meeting of 3rd June 2026` is as long as its name.  A line running on past its date
    (`... Committee 6.00pm 12 March 2026 Committee Room 3, Civic Centre MINUTES`, `Report to Cabinet -
    4 February 2026 <the report's title>`) is counted whole: it is a banner, not a committee's name."""
    spans = _full_dates(text)
    if spans and not MEETING_TIME_RE.sub("", text[spans[-1][1]:]).strip(" \t-\u2013\u2014,:;|."):
        return len(_strip_date(text).split())
    return len(text.split())


def _all_labelled(fields: list[cover.CoverField], field: str) -> list[str]:
    """Values of the cover's ``field`` labels (tables, `Label: value` lines, wrapped values)."""
    return cover.fields(fields, field, cover.LABELLED)


# `- Minutes`, `: Draft minutes`, `| Verbatim transcript`: a line's last part naming it minutes (cover_labels.yml
# closing_minutes_states: how far the minutes have gone).
CLOSING_MINUTES_PART_RE = cover.vocabulary_re("closing_minutes_states",
                                              r"[-\u2013\u2014:|]\s*(?:(?:LABELS)\s+)?(?:minutes|transcript)\s*$")


def _date_inside(text: str) -> bool:
    """A line whose date has the meeting before it and the word minutes or transcript after it
    (`Cabinet - Tuesday, 4th March, 2025 6.00 pm - Minutes`)."""
    spans = _full_dates(text)
    if not spans or not text[:spans[0][0]].strip(" -\u2013\u2014,:|"):
        return False
    return bool(CLOSING_MINUTES_PART_RE.search(text[spans[-1][1]:]))


def _date_led(text: str) -> bool:
    """`Tuesday 21 March 2023, 6.00pm, Fenbridge Pool meeting room`: a short line opening with a
    date and going on with the time and place is the meeting's, not a title."""
    spans = _full_dates(text)
    # (`Tuesday 30 September 2025, 10.00 am, The Guildhall Transcript of the livestream ...`: a line that
    # opens with a date and its time is the meeting's, whatever a reader ran into it after.)
    return bool(spans) and spans[0][0] == 0 and (
        len(text.split()) <= 16 or bool(MEETING_TIME_RE.match(text[spans[0][1]:].lstrip(" ,;"))))


def _opening(passages: list[Passage]) -> list[Passage]:
    """The lines before the paper's first numbered section or paragraph of prose."""
    out = []
    for passage in passages[:OPENING_PASSAGES]:
        text = _clean(passage.text)
        # (`3 March 2026 at 6.30pm, Council Chamber ...` opens with its day, not a section's number.)
        dated_line = parse_date(text) and (len(_strip_date(text).split()) <= 3 or _date_led(text))
        # (`MINUTES OF A MEETING OF THE BOARD held at ... on ... at 6.30 p.m.`: a heading, not prose.)
        prose = _without_held(text) if MINUTES_LINE_RE.search(text) else text
        # (`Decisions taken by the Cabinet at its meeting on ...`: a record's notice of its meeting, not prose.)
        if (section_number(text) and not dated_line) \
                or (prose.endswith(".") and len(prose.split()) > 12 and not _notice_meeting(prose)):
            break
        out.append(passage)
    return out


def _as_lines(passages: list[Passage]) -> list[Passage]:
    """The cover's passages, a one-row `table` of single words (`Transport | and |
    Connectivity | Committee`, a line a PDF spaced out) read as the line it is.  (A header of
    labels, `Committee | Date | Outcome` over a table's rows, is no line.)"""
    out = list(passages)
    for i, passage in enumerate(passages[:COVER_PASSAGES]):
        cells = [c.strip() for c in passage.cells if c.strip()]
        if passage.kind in ("table_row", "table_header") and 3 <= len(cells) <= 14 \
                and all(len(c.split()) == 1 for c in cells) and sum(map(cover.is_label_cell, cells)) < 2:
            out[i] = replace(passage, kind="line", text=" ".join(cells), cells=[])
    return out


def _title_part(passage: Passage) -> bool:
    """A short cover line that could be part of a title: no table row, cover label, date,
    meeting body, organisation or sentence."""
    text = _clean(passage.text)
    return bool(text) and passage.kind not in ("table_row", "table_header") and len(text.split()) <= 12 \
        and not text.endswith(".") and not ANY_LABEL_RE.match(text) and not cover.starts_with_label(text) \
        and not (parse_date(text) and len(_strip_date(text).split()) <= 3) \
        and not BODY_LINE_RE.search(text) and not NOT_TITLE_RE.match(text) and not _is_org_line(text) \
        and not section_number(text) and not cover.SECTION_HEADING_RE.match(text)  # (`1. PURPOSE OF REPORT`)


def _colon_title_head(passage: Passage) -> bool:
    """A cover line ending in a colon that is the first part of a title, not a cover field's label:
    two or more words in title case or capitals, none a word of field labels (FIELD_WORDS,
    PERSON_LABEL_WORDS, LINE_FIELD_WORDS), no known cover label (`Lead Officer:`, `Wards Affected:`)."""
    if passage.kind in ("table_row", "table_header") or not passage.text.rstrip().endswith(":"):
        return False
    text = _clean(passage.text)
    words = text.split()
    return 2 <= len(words) <= 10 and (_title_case(words) or text.isupper()) and not cover.is_label_cell(text) \
        and not any(w.lower().strip("()") in _ANY_FIELD_WORDS for w in words) \
        and not section_number(text) and not cover.SECTION_HEADING_RE.match(text) and not _is_org_line(text) \
        and not BODY_LINE_RE.search(text) and not NOT_TITLE_RE.match(text)


def _split_capitals_at_dates(passages: list[Passage]) -> list[Passage]:
    """A cover in capitals whose lines a PDF joined into one block (`WENDLE COUNCIL CABINET
    TUESDAY 4 MARCH 2025 HOUSING REPAIRS CONTRACT`) cut before and after its date, so the meeting,
    the date and the title are each a line.  (A minutes line keeps its `held on <date>`.)"""
    out: list[Passage] = []
    for i, passage in enumerate(passages):
        # Only the opening lines can be a cover: asked before cleaning each line of the paper
        # and searching it for dates.
        if i >= OPENING_PASSAGES or passage.kind in ("table_row", "table_header"):
            out.append(passage)
            continue
        text = _clean(passage.text)
        spans = _full_dates(text) if text.isupper() else []
        start, end = spans[0] if spans else (0, 0)
        # (Nothing after the date, `DATED 1 APRIL 2024`: no title to set apart.)
        if not text.isupper() \
                or not spans or len(text.split()) > 40 or not _CAPITAL_MINUTES_WORDS.isdisjoint(runs(text, r"\w")) \
                or not has_run(text[end:], "A-Z", 3):
            out.append(passage)
            continue
        parts = [text[:start].strip(" -\u2013\u2014,"), text[start:end], text[end:].strip(" -\u2013\u2014,")]
        out.extend(replace(passage, text=part) for part in parts if part)
    return out


# What opens the record of another meeting set after a cover line that ends in its own date
# (`Council 12 March 2025 Minutes extract from ...`, `... Extract from the minutes of ...`).
# (`Minutes extract from`, `Extract from the minutes`: the words both patterns below open with.)
_EXTRACT_WORDS = r"minutes?\s+[a-z]+\s+from|(?:extracts?|excerpts?)\s+(?:from|of)\s+(?:the\s+)?minutes"
EXTRACT_OPENING_RE = re.compile(rf"(?:{_EXTRACT_WORDS})\b"
                                r"|minutes\s+of\s+(?:the|an?)\b", re.I)


def _split_before_extract(passages: list[Passage]) -> list[Passage]:
    """A cover line that a reader ran into the line below it, where the first ends with a full date
    and the second opens a minutes extract (`Appendix 1 – Council 13 March 2025 Minutes extract from
    the Planning Committee – 2 February 2025`): cut after the date, so the extract's own line names
    its committee and date.  (A sentence, `The minutes of the Board ...`, is never cut: it has a full stop.)"""
    out: list[Passage] = []
    for i, passage in enumerate(passages):
        text = _clean(passage.text)
        if i >= OPENING_PASSAGES or passage.kind in ("table_row", "table_header") or text.endswith(".") \
                or len(text.split()) > 40:
            out.append(passage)
            continue
        cut = next((end for _start, end in _full_dates(text)
                    if end < len(text) and EXTRACT_OPENING_RE.match(text[end:].lstrip(" ,;\u2013\u2014-"))), None)
        if cut is None:
            out.append(passage)
            continue
        out.extend(replace(passage, text=part) for part in (text[:cut].strip(), text[cut:].strip(" ,;\u2013\u2014-")))
    return out


# The words that open an extract's line before the name of the body whose minutes it gives.
EXTRACT_LEAD_RE = re.compile(rf"^(?:{_EXTRACT_WORDS}\s+of"
                             r"|minutes\s+of)\s+(?:(?:the|an?)\s+)?(?:(?:[a-z]+\s+)?meeting\s+of\s+(?:the\s+)?)?", re.I)


def _extract_meeting(passages: list[Passage], opening: list[Passage],
                     month_first: bool) -> Optional[tuple[str, str, Optional[str]]]:
    """(title, committee, meeting date) of a minutes extract whose line a reader ran on from the cover
    line above it (_split_before_extract): the paper is that meeting's record, not the cover's
    meeting.  `Minutes extract from the Planning Committee – 2 February 2025` -> (`Minutes extract
    from the Planning Committee`, `Planning Committee`, 2025-02-01)."""
    cut = {_clean(p.text) for p in opening}
    for index, passage in enumerate(passages[:OPENING_PASSAGES]):
        text = _clean(passage.text)
        # (A line of its own counts when a pack's caption is the line above it: `Governance Report Appendix 1 -
        # Council 12 March 2026` over the extract, the caption naming the meeting the extract is appended to.)
        under_caption = index > 0 and _pack_caption(_clean(passages[index - 1].text)) is not None
        if (text in cut and not under_caption) or not EXTRACT_OPENING_RE.match(text):
            continue
        title = _without_dangling(_strip_date(_without_held(text)))
        committee = _without_dangling(EXTRACT_LEAD_RE.sub("", title)).strip(" -\u2013\u2014,:;")
        if not committee or not BODY_LINE_RE.search(committee) or len(committee.split()) > 12:
            return None
        spans = _full_dates(text)
        date = parse_date(text[spans[0][0]:spans[0][1]], month_first) if spans else None
        return title, committee, _held_before(date, _covering_date(passages[:index], month_first))
    return None


# `Budget Report Appendix 2 \u2013 Cabinet 4 March 2026`: an agenda pack's caption over one of its appendices, a
# report's name before the appendix's label and the meeting after it (cover_labels.yml appendix_words).
PACK_CAPTION_RE = cover.vocabulary_re(
    "appendix_words", r"^(?:[^\W\d_][\w&'\u2019/().,-]*\s+){1,10}?(?:LABELS)\s+[A-Z0-9]{1,4}\s*[:.\u2013\u2014-]\s*")
PACK_CAPTION_MEETING_WORDS = 8


def _pack_caption(text: str) -> Optional[str]:
    """The meeting an agenda pack's caption names (`Budget Report Appendix 2 \u2013 Cabinet 4 March 2026` ->
    `Cabinet 4 March 2026`): the words after the appendix's label, a body and a full date; None for any other
    line (`Appendix 3: Fees and charges 2026/27` names no report before its label)."""
    match = PACK_CAPTION_RE.match(text)
    if not match:
        return None
    meeting = text[match.end():].strip()
    spans = _full_dates(meeting)
    if not spans or not meeting[:spans[0][0]].strip(" ,-\u2013\u2014") \
            or len(_strip_date(meeting).split()) > PACK_CAPTION_MEETING_WORDS:
        return None
    return meeting


def _caption_meetings(lines: list[Passage]) -> list[Passage]:
    """The cover's lines, each pack caption among the opening ones read as the meeting it names
    (`Housing Plan Annex 1 - Executive 3 March 2026` -> `Executive 3 March 2026`)."""
    out = list(lines)
    for i, passage in enumerate(lines[:OPENING_PASSAGES]):
        meeting = _pack_caption(_clean(passage.text))
        if meeting:
            out[i] = replace(passage, text=meeting)
    return out


def _covering_date(lines: list[Passage], month_first: bool) -> Optional[str]:
    """The date of the meeting a minutes extract is appended to: the last full date on the cover lines
    above the extract's own line (`Appendix 2 – County Council 12 March 2026`), or None."""
    for passage in reversed(lines):
        text = _clean(passage.text)
        spans = _full_dates(text)
        if spans:
            return parse_date(text[spans[-1][0]:spans[-1][1]], month_first)
    return None


def _held_before(date: Optional[str], covering: Optional[str]) -> Optional[str]:
    """A minutes extract records a meeting held before the one it is appended to: an extract dated after
    that meeting carries a slip of the year (a December meeting typed with the new year's number in the
    March that follows) and is the last of its day and month before the covering meeting
    (`Council 12 March 2026 ... Minutes extract from the Audit Committee - 14 November 2026` -> 2025-11-14).
    A date on or before the covering meeting, or no covering date, is kept."""
    if not date or not covering or len(date) != 10 or len(covering) != 10 or date <= covering:
        return date
    year = int(covering[:4]) - (1 if date[5:] >= covering[5:] else 0)
    try:
        return _dt.date(year, int(date[5:7]), int(date[8:10])).isoformat()
    except ValueError:  # (a 29th of February in a year without one)
        return date


# A line in capitals that names minutes or a meeting held (`MINUTES`, `HELD` as whole words;
# cover_labels.yml capital_minutes_words).
_CAPITAL_MINUTES_WORDS = frozenset(word.upper() for word in cover.word_set("capital_minutes_words"))


def _glued_function_words_re() -> re.Pattern:
    entries = cover.vocabulary()["glued_function_words"]
    firsts = tuple(word for entry in entries for word in entry["first"])
    seconds = "|".join(word for entry in entries for word in entry["second"])
    return word_list_pattern(firsts, rf"\b(WORDS)({seconds})\b")


GLUED_FUNCTION_WORDS_RE = _glued_function_words_re()


def unglue_function_words(text: str) -> str:
    """`GOVERNORS OFTHE SCHOOL` -> `GOVERNORS OF THE SCHOOL`: two function words a PDF's text layer
    set without the space between them (no English word is spelt so); case kept."""
    return GLUED_FUNCTION_WORDS_RE.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)


def _unglued(passages: list[Passage]) -> list[Passage]:
    """The cover's lines with glued function words split (unglue_function_words).  A line holding
    none of the glued pairs (`ofthe`, `tothe`, ...) is passed over before the pattern is tried at
    each of its words: nearly every line."""
    return [replace(p, text=unglue_function_words(p.text))
            if required_text.search(GLUED_FUNCTION_WORDS_RE, p.text) else p
            for p in passages]


def _join_wrapped(passages: list[Passage]) -> list[Passage]:
    """A cover's title set over two lines read as one: two headings whose first stops mid-phrase
    or whose second goes on in lower case (`Mobile library service: award of` / `contract 2025 to
    2029`), and lines in capitals (`GROUNDS MAINTENANCE CONTRACT: EXTENSION AND JOINT` /
    `RE-PROCUREMENT`), a cover in capitals setting its title over as many lines as it needs."""
    out = list(passages[:OPENING_PASSAGES])
    joined: set[int] = set()  # (where lines were joined)
    i = 0
    while i + 1 < len(out):
        first, second = out[i], out[i + 1]
        a, b = _clean(first.text), _clean(second.text)
        headings = first.kind == second.kind == "heading" and (cover.WRAPPED_END_RE.search(a) or b[:1].islower())
        capitals = a.isupper() and b.isupper() and first.kind == second.kind and has_run(b, "A-Z", 3)
        if first.kind == second.kind and _colon_title_head(first) and _title_part(second) \
                and _person(b) != b:
            # `Household Waste Recycling Centres:` / `Re-let of the Operating Contract`: a title whose
            # first line ends at its colon (no cover label: `Report Author:` / `Jo Bloggs` stays a field).
            out[i] = replace(first, text=f"{a}: {b}")
            del out[i + 1]
            continue
        # (`KENT VALE COUNCIL HARBOUR LIBRARY CONSULTATION` / `WRITTEN REPORT`: a title in capitals led by
        # its publisher's name is judged by the words after the name, and takes the one line under it.)
        first_title = _title_part(first) or capitals and i not in joined \
            and _title_part(replace(first, text=_after_org(a) or ""))
        if (headings or capitals) and first_title and _title_part(second):
            out[i] = replace(first, text=f"{a} {b}")
            del out[i + 1]
            joined.add(i)
            continue
        i += 1
    return out + list(passages[OPENING_PASSAGES:])


def _join_dated_heading(passages: list[Passage]) -> list[Passage]:
    """`Summons to and Agenda for an Extraordinary Meeting on` / `Thursday, 9th January, 2025` / `at
    10.00 am`: a cover heading that closes at `on` goes on with its meeting's date, and the time set
    under that, as one title line.  (For the title only: the meeting's date is read from its own line.)"""
    out = list(passages[:OPENING_PASSAGES])
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        a, b = _clean(first.text), _clean(second.text)
        if first.kind == second.kind and first.kind not in ("table_row", "table_header") \
                and ends_with_word(a, ("on",)) and len(a.split()) <= 16 and not cover.starts_with_label(a) \
                and _date_only_line(b):
            # (A label's line, `Date of meeting on`, is still no title: _find_title passes over it joined.)
            third = out[i + 2] if i + 2 < len(out) else None
            # (`at 10.00 am` under the date: the date and that line together are still a date only.)
            with_time = third is not None and third.kind == first.kind and _date_only_line(f"{b} {_clean(third.text)}")
            out[i] = replace(first, text=f"{a} {b} {_clean(third.text)}" if with_time else f"{a} {b}")
            del out[i + 1:i + 3 if with_time else i + 2]
            break
    return _join_held_lines(out) + list(passages[OPENING_PASSAGES:])


# The most words a line carrying on a minutes heading's held clause may have (`HELD IN THE VILLAGE HALL`).
_HELD_LINE_WORDS = 8


def _held_line(text: str) -> bool:
    """`HELD IN THE VILLAGE HALL`, `held on Tuesday 3 March 2026`, `ON 26th September 2026`: a short line that
    carries on the held clause of the minutes line above it (where, or when, the meeting was)."""
    words = text.split()
    if not words or len(words) > _HELD_LINE_WORDS or cover.has_sentence_end(text) or cover.starts_with_label(text):
        return False
    first = words[0].lower()
    return first == "held" or first == "on" and _date_only_line(" ".join(words[1:]))


def _join_held_lines(lines: list[Passage]) -> list[Passage]:
    """`MINUTES OF THE ASHBY PARISH COUNCIL` / `HELD AT THE MEMORIAL ROOMS` / `ON 3rd May 2026`: a minutes
    heading whose held clause the cover sets on the lines under it, read as one line (whichever kind the reader
    gave each line), so that the title keeps what the clause says as a one-line heading would (_keeps_held_clause).
    (For the title only, as _join_dated_heading.)"""
    out = list(lines)
    for i, first in enumerate(out):
        text = _clean(first.text)
        if first.kind in ("table_row", "table_header") or not MINUTES_PREFIX_RE.match(text) \
                or NOT_MINUTES_TITLE_RE.search(text) or len(text.split()) > 16 or " held " in f" {text.lower()} ":
            continue
        while i + 1 < len(out) and out[i + 1].kind not in ("table_row", "table_header") \
                and _held_line(_clean(out[i + 1].text)):
            text = f"{text} {_clean(out[i + 1].text)}"
            del out[i + 1]
        out[i] = replace(first, text=text)
        break
    return out


def _date_only_line(text: str) -> bool:
    """`Thursday, 9th January, 2025`, `14 May 2026 at 7.00pm`: a line that is a date (and its time) only."""
    return bool(_full_dates(text)) and not _strip_date(text)


def _after_org(text: str) -> Optional[str]:
    """What follows an organisation's name a line starts with (`Wessex County Council
    Minutes of the Cabinet` -> `Minutes of the Cabinet`); None when it starts otherwise."""
    found = [f for f in find_names(text) if not f.short]
    if not found or text[:found[0].start].strip(" \u2013\u2014-:|").lower() not in ("", "the"):
        return None
    return text[found[0].end:].strip(" \t-\u2013\u2014,:;|") or None


def _opens_connector(text: str) -> bool:
    """`and the Vale`, `between`, `& Partners`: a line that opens with a joining word, then a space or
    nothing (`^(?:and|between|&)(?:\\s|$)`, any case; none of these letters folds beyond ASCII)."""
    return any(text[:len(word)].lower() == word and (len(text) == len(word) or text[len(word)].isspace())
               for word in ("and", "between", "&"))


def _without_leading_the(text: str) -> str:
    """`The Cabinet`, `That the Board`: the body named after a leading `The`, `That` or `the` and
    its spaces (those three spellings only, as written); `Theatre Board` and `THE Board` stay whole."""
    for word in ("The", "That", "the"):
        if text.startswith(word) and text[len(word):len(word) + 1].isspace():
            return text[len(word):].lstrip()
    return text


def _is_fragment(text: str) -> bool:
    return bool(CONNECTOR_END_RE.search(text) or _opens_connector(text))


# A time before or after a meeting's date (`6.00pm`, `10:00 am`), and a place's words after it.
TIME_RE = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:am|pm)?|\b\d{1,2}\s*(?:am|pm)\b", re.I)
MINUTES_STATE_RE = cover.vocabulary_re("minutes_state_words", r"\b(?:LABELS)\b")  # (cover_labels.yml)


def _closing_minutes(text: str) -> Optional[tuple[int, str]]:
    """Where a line's closing `minutes` or `transcript` (any case, after a space, a final newline aside)
    starts, counting that space, and the word as written: `Licensing Committee MINUTES` -> (19, `MINUTES`)."""
    line = without_final_newline(text)
    for word in ("minutes", "transcript"):
        at = len(line) - len(word)
        if at >= 1 and line[at - 1].isspace() and is_word_in_any_case(line[at:], word):
            return at - 1, line[at:]
    return None


def _masthead_minutes(text: str, spans: list[tuple[int, int]]) -> Optional[str]:
    """`<Council> Licensing Committee 7.00pm 3 March 2026 Room 4, Civic Offices MINUTES`: a masthead setting the
    meeting, its time, date and place on one line and closing with the word minutes.  The place is no part of
    the title: the meeting and that word are (`Licensing Committee MINUTES`).  A line whose date is followed only
    by its time (`Cabinet - Tuesday, 4th March, 2025 6.00 pm - Minutes`) is left whole."""
    closing = _closing_minutes(text)
    if not spans or not closing or spans[0][1] > closing[0]:
        return None
    # (`| Draft minutes`, `Approved minutes`: how far the minutes have gone, no place.)
    place = MINUTES_STATE_RE.sub("", TIME_RE.sub("", text[spans[0][1]:closing[0]]))
    # (A place is named in capitals: `Addendum to the agenda and minutes` names what the paper is, no place.)
    if not has_letter_run(place, 3) or not _title_case(_words_from_first_letter(place)):
        return None
    before = TIME_RE.sub("", text[:spans[0][0]]).strip(" \t-\u2013\u2014,:;|")
    meeting = _after_org(before) or before
    if not 1 <= len(meeting.split()) <= 10 or not BODY_LINE_RE.search(meeting):
        return None
    return f"{meeting} {closing[1]}"


def _minutes_line(passages: list[Passage]) -> Optional[str]:
    """`Minutes of a meeting of the Cabinet held on 30 January 2025` heading a set of minutes.  A
    meeting line the reader ran into it (`Meeting of the Board in public, Thursday 6 November 2025
    Verbatim transcript of the Board meeting`) is left out: the minutes line is what follows its date."""
    found = _minutes_line_dated(passages)
    return found[0] if found else None


MINUTES_PART_RE = re.compile(r"\s*[-\u2013\u2014:,]?\s*\(?\bpart\s+(?:[ab12]|i{1,2})\)?$", re.I)


# The words that led into a date cut off a line's end (cover_labels.yml dangling_date_leads).
DANGLING_RE = cover.vocabulary_re("dangling_date_leads", r"(?<=\w)\s+(?:meeting\s+)?(?:LABELS)$")


def _without_dangling(text: str) -> str:
    """`Minutes of the Harbour Trustees Meeting of` (its date cut off) -> `Minutes of the Harbour Trustees`:
    the words that led into the date go with it."""
    shorter = DANGLING_RE.sub("", text).rstrip()
    return shorter if len(shorter.split()) >= 2 else text


def _undated_minutes_file(kind: Optional[PaperKind], filename: str) -> bool:
    """Whether a paper may be dated by its file name as minutes: its file is named for minutes and its text is
    minutes (its paper ``kind``, decision_documents.paper_kind).  Both: a report or agenda whose opening speaks of a committee's minutes
    (`The minutes of the Audit Committee are attached`) is no minutes, nor is an appendix merely named `minutes`."""
    return file_name_rule(filename) == "minutes_file_name" and of_kind(kind, "minutes")


def _minutes_line_dated(passages: list[Passage], dates: Optional[Callable[[str], Optional[str]]] = None
                        ) -> Optional[tuple[str, str]]:
    """(the minutes line, the text that dates it): a masthead or a line run into its date, times and
    place is cut before the date for the title, and dated by its whole line.  Given ``dates``, the first
    minutes line whose text it dates: a web page's headings name its minutes by their month (`Minutes of the
    March meeting`) above the line that dates the meeting (`Minutes of the meeting of X Parish Council,
    10th March 2026, ...`)."""
    return next((found for found in _minutes_lines(passages) if dates is None or dates(found[1])), None)


# The record's first field run into a minutes heading by a web export (`... MONDAY 4TH MAY 2026 Present– Cllr ...`,
# `... on 9 March 2026 Members present: ...`): a minutes section heading (cover_labels.yml minutes_section_headings)
# closed by a colon or a dash.
RECORD_FIELD_RE = cover.vocabulary_re("minutes_section_headings", r"\s(?:LABELS)\s*(?:[:\u2013\u2014]|-\s)")


def _before_record_field(text: str) -> str:
    """`MINUTES OF X MEETING HELD AT THE CHAPEL MONDAY 4TH MAY 2026 Present– Cllr A - Chairman, ...` -> the
    heading before the record's first field; any other line as it is."""
    field = RECORD_FIELD_RE.search(text)
    head = text[:field.start()] if field else text
    return head if field and len(head.split()) >= 3 and MINUTES_LINE_RE.search(head) else text


def _minutes_lines(passages: list[Passage]) -> Iterator[tuple[str, str]]:
    """Each minutes line of the paper's first lines, with the text that dates it (_minutes_line_dated)."""
    for passage in passages[:6]:
        text = _before_record_field(_clean(passage.text))
        if passage.kind in ("table_row", "table_header") or not MINUTES_LINE_RE.search(text) \
                or NOT_MINUTES_TITLE_RE.search(text) or cover.PAGE_TYPE_HEADING_RE.match(text):
            continue
        spans = _full_dates(text)
        after_date = text[spans[0][1]:].strip(" \t-\u2013\u2014,:;|") if spans else ""
        if after_date and MINUTES_PREFIX_RE.match(after_date) and len(after_date.split()) >= 3:
            yield after_date, after_date
            continue
        masthead = _masthead_minutes(text, spans)
        if masthead:
            yield masthead, text
            continue
        # (`BOARD MEETING MINUTES 4 March 2026 - PART A`: which part of the minutes, no part of the line.)
        head = MINUTES_PART_RE.sub("", _strip_date(_without_held(text)))
        opening = MINUTES_PREFIX_RE.match(_after_org(head) or head)
        if len(head.split()) <= 16 and (opening or head.lower().endswith(("minutes", "transcript"))):
            # (`MDPC(26)M05 Minutes of ...`: the minutes' reference code is no part of the line.)
            coded = opening is not None and opening.group("code") and _after_org(head) is None
            yield (text[opening.end("code"):], text) if coded else (text, text)
            continue
        # `X NHS Trust Minutes of the Board Meeting in Public Tuesday 4 March 2026, 09:30 - 12:00, <place>`:
        # a minutes line the reader ran into its date, times and place; the line is what comes before the date.
        before_date = text[:spans[0][0]].strip(" \t-\u2013\u2014,:;|") if spans else ""
        if 3 <= len(before_date.split()) <= 16 and MINUTES_PREFIX_RE.match(_after_org(before_date) or before_date) \
                and TIME_RE.match(text[spans[0][1]:].lstrip(" \t,;|-\u2013\u2014")):  # (not `... on <date> are attached`)
            yield before_date, text


# A line opening as an item of a list: one of the shared item marks (ingest.bullets.ITEM_MARKS: the bullet
# glyphs, `-`, `*`, dashes) or an item number (`2.`, `(b)`, `iv)`), then a capital.
LISTED_ITEM_RE = re.compile(rf"^\s*(?:[{re.escape(ITEM_MARKS)}]|\(?(?:\d{{1,2}}|[a-z]|[ivx]{{1,4}})[.)])\s+(?=[A-Z])")


def _words_after_between(text: str) -> Optional[tuple[bool, str]]:
    """(whether it opens the text, the words after it) of the first whole word `between`, in any case, of a
    clean text (its words one space apart): `X CONTRACT between` -> (False, ''); None without one."""
    words = text.split(" ")
    at = next((k for k, word in enumerate(words) if is_word_in_any_case(word, "between")), None)
    return None if at is None else (at == 0, " ".join(words[at + 1:]))


def party_block(passages: list[Passage]) -> tuple[int, int, list[str]]:
    """A contract's cover: `X CONTRACT between` / `WESSEX COUNTY COUNCIL and` / `ACME CARE LTD`.
    (index of the first line, index after the last, each party as written); (-1, -1, [])
    when the cover names no parties."""
    for i, passage in enumerate(passages[:OPENING_PASSAGES]):
        text = _clean(passage.text)
        # (`(1) Endorse the joint work between A, B and C`: an item of a list, no contract's cover.)
        if passage.kind in ("table_row", "table_header", "list_item") or len(text.split()) > 25 \
                or LISTED_ITEM_RE.match(text):
            continue
        between = _words_after_between(text)
        if between is None:
            continue
        opens, rest = between
        start = i - 1 if i and opens and not _clean(passages[i - 1].text).endswith(".") else i
        parties = []
        end = i + 1
        pending = not rest or _is_fragment(rest)
        if rest:
            parties.extend(p for p in JOINED_RE.split(rest) if p.strip())
        while pending and end < min(len(passages), i + 8):
            line = _clean(passages[end].text)
            if not line or passages[end].kind in ("table_row", "table_header") or len(line.split()) > 15:
                break
            end += 1
            bare = PARTY_MARK_RE.sub("", PARTY_MARK_RE.sub("", line)).strip()
            if bare:
                parties.append(bare)
            following = _clean(passages[end].text) if end < len(passages) else ""
            pending = _is_fragment(line) or not bare or bool(_opens_connector(following))
        if parties:
            return start, end, parties
    return -1, -1, []


# ModernGov's page titles: `Agenda for Cabinet on Wednesday, 12th March, 2025, 6.00 pm`.
PAGE_OF_MEETING_RE = re.compile(r"^(?:agenda|minutes|decisions?|agenda\s+and\s+(?:minutes|decisions))\s+(?:for|of)\s+"
                                r"(?:the\s+)?(?P<body>.+?)\s+on\s+\S", re.I)


# A meeting page's kind before its meeting (`Agenda for `, `Agenda and minutes - `, `Minutes of `).
PAGE_KIND_PREFIX_RE = re.compile(r"^(?:agenda|minutes|decisions?)(?:(?:,|\s+and)\s+(?:draft\s+)?(?:minutes|decisions))*"
                                 r"(?:\s+(?:for|of)\s+(?:the\s+)?|\s*[-\u2013\u2014:|]\s+)", re.I)


def _furniture_meeting(text: str, ends_with_site: bool) -> Optional[str]:
    """The meeting a web page's <title> or a PDF's running line names: a part that is only a
    meeting body, the publisher's name before it allowed (`Agenda item - Cabinet - 12 March 2025 -
    Fenmarsh Council`, `Fenmarsh Council - Cabinet - 12 March 2025`, `Harbour Committee 3 February
    2025`), or ModernGov's `Agenda for Cabinet on <date>`.  A <title>'s last part is the site's name."""
    segments = cover.title_segments(text)
    # (`Agenda for Joint meeting - Harbour Committee and Coast Committee on <date> - Site`: the body may
    # hold a dash itself, so the whole line is read before its parts.)
    for segment in [text] + segments:
        match = PAGE_OF_MEETING_RE.match(segment)
        if match and BODY_LINE_RE.search(match.group("body")):
            return _strip_date(match.group("body"))
    for segment in segments[:-1] if ends_with_site and len(segments) > 1 else segments:
        # (`Agenda for Joint meeting`: what kind of page it is is no part of the meeting's name.)
        body = PAGE_KIND_PREFIX_RE.sub("", _strip_date(segment))
        # (`Kelby Parish Council, minutes of May Meeting`: only which of the council's meetings, so the council.)
        occasion_of = _council_of_occasion(body)
        if occasion_of:
            return occasion_of
        body = _after_org(body) or body
        if _occasion_only(body):
            continue
        if BODY_LINE_RE.search(body) and len(body.split()) <= 6 and ":" not in body and has_letter_run(body, 3) \
                and not _is_org_line(body) and not NOT_TITLE_RE.match(body):
            return body
    return None


# `Cabinet 14.03.25` in a page footer: a date with dots and a two-digit year.  The date finder leaves
# dotted short forms alone (in a paper's body they are section numbers, `3.1.25`); a page's running
# line holds no sections, so there it is read as the date it is (written with slashes).
_DOTTED_SHORT_DATE_RE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\w.]|\.\d)")


def _furniture_lines(properties: Optional[dict]) -> list[tuple[str, bool]]:
    """(text, whether its last part is the site's name) of the web page's <title> and a PDF's
    running header and footer lines, a dotted short date in them written with slashes."""
    properties = properties or {}
    running = properties.get("running_lines")
    return [(str(properties.get("title") or ""), True)] + \
        [(_DOTTED_SHORT_DATE_RE.sub(r"\1/\2/\3", str(line)), False)
         for line in (running if isinstance(running, list) else [])]


def _ran_on_from(opening: list[Passage], passage: Passage) -> bool:
    """Whether the line before ``passage`` breaks off at a comma or `to`, running on into it."""
    at = opening.index(passage)
    before = _clean(opening[at - 1].text).rstrip() if at else ""
    return before.endswith(",") or _ends_with_spaced_word(before, ("to", "by", "from"))


def _without_closing_word(text: str, words: tuple[str, ...]) -> str:
    """``text`` without a closing word of ``words`` (lower case, any case) and the white space before it, a
    final newline kept (once), as deleting `\\s+(?:meeting|minutes)$` with case ignored does:
    `Friends of Ashby Library Meeting` -> `Friends of Ashby Library`; `Meeting` alone and `Allotment Minutes.` stay."""
    body = without_final_newline(text)
    for word in words:
        if body[-len(word) - 1:-len(word)].isspace() and is_word_in_any_case(body[-len(word):], word):
            return body[:-len(word)].rstrip() + text[len(body):]
    return text


def _ends_with_spaced_word(text: str, words: tuple[str, ...]) -> bool:
    """``text`` ends (a final newline aside) with white space and one of ``words`` (lower case) in any case,
    as `\\s(?:to|by|from)$` with case ignored: `held on 4 March, to` and `Report BY` do;
    `Toronto` and `to` alone do not."""
    text = without_final_newline(text)
    return any(text[-len(word) - 1:-len(word)].isspace() and is_word_in_any_case(text[-len(word):], word)
               for word in words)


def _is_agenda_line(text: str) -> bool:
    """`Agenda`, `AGENDA:`, `agenda :` alone on a line (white space and a final newline aside, as
    `^agenda\\s*:?$` with case ignored); `Agenda item 4` and `Agendas` are not."""
    text = without_final_newline(text)
    text = text[:-1] if text.endswith(":") else text
    return is_word_in_any_case(text[:6], "agenda") and (text[6:] == "" or text[6:].isspace())


INITIALS_RE = re.compile(r"[A-Z][A-Z&]{1,5}(?:\s+[A-Z][A-Z&]{1,5})?")


def _is_initials(text: str) -> bool:
    """`PRG`, `JNCC`, `HWB EXEC`: a name written as initials, not a word of minutes or a meeting body."""
    return bool(INITIALS_RE.fullmatch(text)) and not BODY_LINE_RE.search(text) and not any(
        w.lower() in GENERIC_MEETING_TITLE_WORDS or NOT_TITLE_RE.match(w) or _is_agenda_line(w)
        for w in text.split())


# A per-paper value its caller did not pass: the function reads it from the paper itself.  The metadata
# component reads each once (the initials line, the file name's council) and passes it to every reader.
_UNREAD = object()


def _initials_meeting_line(passages: list[Passage]) -> Optional[tuple[str, str]]:
    """(the initials, the line) of a note opening `PRG 12 March 2025` (or `HWB - 3 June 2026`) and going on
    to its agenda or attendance: a working group's own note, named by its initials and dated.  Initials
    that are a word of minutes (`MINUTES`, `AGENDA`, `DRAFT`) name no group."""
    opening = _opening(passages)
    if not opening or opening[0].kind in ("table_row", "table_header"):
        return None
    text = _clean(opening[0].text)
    name = _strip_date(text).strip(" -\u2013\u2014,:|")
    if not _is_initials(name) or not _full_dates(text):
        return None
    follows = [_clean(p.text) for p in passages[1:8]]
    if not any(_is_agenda_line(line) or cover.MINUTES_SECTION_HEADING_RE.match(line) for line in follows):
        return None
    return name, text


# A body's own word before a glued-on date label (cover_labels.yml body_words_before_date_label).
BODY_WORDS_BEFORE_DATE_LABEL = cover.word_set("body_words_before_date_label")
TRAILING_DATE_LABEL_RE = cover.vocabulary_re("date", r"(?<=\w)\s+(?:LABELS)\s*:?\s*$")


def _without_trailing_date_label(value: str) -> str:
    """`Audit and Governance Committee Date` (the next field's label glued on) -> `Audit and Governance
    Committee`: the shortest date label goes; a body's own word before `Date` (`Committee date` is a label
    too) stays with the body."""
    kept = TRAILING_DATE_LABEL_RE.sub("", value)
    removed = value[len(kept):].split()
    while len(removed) > 1 and removed[0].lower() in BODY_WORDS_BEFORE_DATE_LABEL \
            and cover.LABEL_RES["date"].match(" ".join(removed[1:])):
        kept, removed = f"{kept} {removed[0]}", removed[1:]
    return kept


def find_committee(passages: list[Passage], fields: Optional[list[cover.CoverField]] = None,
                   month_first: bool = False, properties: Optional[dict] = None,
                   initials=_UNREAD) -> tuple[Optional[str], Optional[str]]:
    """(committee, date written with it) from the cover sheet, the opening, the web page's
    title or `X is asked to`.  ``initials``: the paper's _initials_meeting_line, when its caller read it."""
    fields = cover.collect(passages) if fields is None else fields
    deciders = _decision_maker_values(passages)
    for value in _all_labelled(fields, "committee"):
        # (`To: | County Council Date | 26 November 2026`: the next field's label glued on to the meeting.)
        committee = _without_trailing_date_label(ITEM_SUFFIX_RE.sub("", _strip_date(value)))
        # `To: Jo Bloggs, Cabinet Member for ...`: a decision one member takes, known by the role.
        committee = cover.decision_maker_role(committee) or committee
        # `Decision maker: Sarah Linley, Director of Neighbourhoods`: an officer's decision, known by the role.
        if value in deciders:
            committee = cover.person_role(committee) or committee
        committee = DECISION_NUMBER_LEAD_RE.sub("", committee)
        # `To: Jo Bloggs, Corporate Director of ...` names a person, not a meeting.
        person = PERSON_RE.match(committee.split(",")[0].strip()) and "," in committee
        if committee and len(committee.split()) <= 14 and not person and not ROLE_VALUE_RE.match(committee):
            return committee, parse_date(value, month_first)
    banner = _banner_meeting(passages)
    if banner:
        return banner, None
    # `Meeting of the Cabinet to be held on 12 March 2026 at 6pm`: an agenda frontsheet's notice, or a
    # minute's `At a MEETING of the X held in ... on <date>`, names the meeting before any banner line does.
    opening = _opening(passages)
    for passage in opening:
        text = _clean(passage.text)
        notice = _notice_meeting(text) if passage.kind not in ("table_row", "table_header") else None
        if notice:
            return notice, parse_date(text, month_first)
        # `Notice of key decisions to be taken by the Harbour Committee`: a forward plan's body, undated
        # (the plan lists many meetings).
        plan_body = _forward_plan_body(text) if passage.kind not in ("table_row", "table_header") else None
        if plan_body:
            return plan_body, None
    for passage in opening:
        text = _clean(passage.text)
        # `Cabinet, 11 February 2025. Report of the Director of Place`: the meeting and its date head the line.
        head = _meeting_head(text, month_first) if passage.kind not in ("table_row", "table_header") else None
        # (`Extraordinary Meeting, 4 March 2026`: which meeting, not whose.)
        if head and not _occasion_only(head[0]):
            return head
        # `Report by Executive Director of Education to Education Committee on 18 February 2025`.
        report_by = cover.REPORT_BY_LINE_RE.match(text) if passage.kind not in ("table_row", "table_header") else None
        if report_by and BODY_LINE_RE.search(report_by.group("body")):
            # (`Report of the Director of Place to Cabinet.`: the sentence's stop is no part of the meeting.)
            return report_by.group("body").strip(" .;:,"), parse_date(report_by.group("date") or "", month_first)
        held_off = _without_held(text)
        # `Westmoor Police and Crime Panel` / `Minutes of the meeting held on 20 November 2025, County Hall`: minutes
        # naming no meeting under a body's own name are that body's meeting (a panel, an authority, a parish council
        # meets as itself), as `Minutes of a meeting of the above Council` is.
        # (`MINUTES` alone over `PLANNING COMMITTEE`: the meeting's name comes below, not above.)
        if passage.kind not in ("table_row", "table_header") and NAMELESS_MINUTES_RE.match(held_off.rstrip(" .,")) \
                and "meeting" in held_off.lower():
            above = _named_above(opening, passage)
            if above:
                return above, parse_date(text, month_first)
        # `Question by Cllr Ann Hale to Cllr Tom Reed,` / `Cabinet Member for Highways`: the role of the
        # person the line before ran on to, not a meeting (a member's own decision is labelled `Decision maker:`).
        if cover.DECISION_MAKER_ROLE_RE.match(text) and _ran_on_from(opening, passage):
            continue
        # (`Committee Members present`: the record has begun; `This update published <date> Contact: ...,
        # Policy Committee Officer`: the paper's own date and contact, no meeting.)
        # (`... Annual Meeting held in the Memorial Hall`: where it was held is no part of what the line names.)
        if cover.MINUTES_SECTION_HEADING_RE.match(text) or _publication_date_line(text) \
                or _body_word_inside_title(held_off) or _body_words_only_in_names(text) or _spoken_line(text):
            continue
        if passage.kind not in ("table_row", "table_header") and BODY_LINE_RE.search(text) \
                and not _names_other_meeting(text) \
                and _words_but_closing_date(held_off) <= 14 and not held_off.endswith((".", ";")) \
                and not _is_fragment(text) and not cover.PAGE_TYPE_HEADING_RE.match(text) \
                and not ANY_LABEL_RE.match(text) and (not LABEL_LINE_RE.match(text) or MINUTES_PREFIX_RE.match(text)) \
                and not NAMED_PERSON_RE.search(text) \
                and (REPORT_TO_RE.match(text) or not NOT_TITLE_RE.match(text)):
            committee = _strip_date(_without_to_body(REPORT_TO_RE.sub("", text)))
            # `Farrowdale County Council - Full Council - 27 February 2025 - Verbatim record`: the part
            # that is the meeting.
            if len(cover.title_segments(text)) >= 3:
                committee = _furniture_meeting(text, ends_with_site=False) or committee
            # `Wessex County Council – Record of Decision`: the council, then what the paper is.
            rest = _after_org(committee)
            occasion_of = _council_of_occasion(committee)
            if occasion_of:
                # (`Kelby Parish Council, minutes of May Meeting`: the council holds the meeting as itself.)
                return occasion_of, None if _date_span(text) else parse_date(text, month_first)
            if rest is not None:
                if not BODY_LINE_RE.search(rest):
                    continue
                # (`Wendle Combined Authority Committee`: a kind of meeting alone after the body is no
                # committee's name; the whole line is.)
                committee = committee if _meeting_kind_only(rest) else rest
            committee = _without_held(MINUTES_PREFIX_RE.sub("", committee)).strip()
            if _refers_back(committee):
                # (`Wessex Parish Council` / `Minutes of a meeting of the above Council held on ...`: the body named
                # above; with none above, the paper's own body, read once its publisher is known.)
                above = _named_above(opening, passage)
                if above:
                    return above, None if _date_span(text) else parse_date(text, month_first)
            # (`Meeting of 25 March 2025` in a line of fields: the word meeting alone names no body.)
            # (`Minutes of the meeting of the Charter Trustees of Kelby held on ...`: a body whose type has no
            # meeting word meets as itself too.)
            # (`MINUTES of the meeting of the Fire and Rescue Authority held at ...`: an authority meeting as a
            # whole under its own type, as a council meets as `Council`.)
            if committee and (BODY_LINE_RE.search(committee) or AUTHORITY_MEETING_RE.fullmatch(committee)
                              or _is_org_line(committee) and _council_meets_as_itself(text)) \
                    and not BARE_MEETING_RE.fullmatch(committee) and not _names_no_meeting_body(committee) \
                    and not _occasion_only(committee) \
                    and (not _is_org_line(committee) or _board_meeting_line(committee, text)
                         or _council_meets_as_itself(text)):
                # (`Cabinet forward plan 1 April 2026 - 31 July 2026`: a period, no meeting's day.)
                return _without_dangling(_without_minutes_tail(committee)), None if _date_span(text) else parse_date(text, month_first)
    # `Cabinet, 11 February 2025. Report of the Corporate Director of ...`: a cover sentence that opens
    # with the meeting and its date (as find_meeting_date reads it).
    head = _meeting_head_line(passages, month_first)
    if head and not _occasion_only(head[0]):
        return head
    # What the file says about itself: the web page's <title>, a PDF's running header or footer.
    for text, ends_with_site in _furniture_lines(properties):
        committee = _furniture_meeting(text, ends_with_site)
        if committee:
            return committee, parse_date(text, month_first)
    for passage in passages:
        match = ASKED_RE.search(passage.text) or REQUEST_RE.search(passage.text)
        if match:
            body = _without_leading_the(match.group(1)).strip()
            if body and body.lower() not in ("council", "board", "committee"):
                return body, None
    # `PRG 12 March 2025` over `Agenda` and `Attendance`: a group's note of its meeting, headed by its initials.
    initials = _initials_meeting_line(passages) if initials is _UNREAD else initials
    if initials:
        return initials[0], parse_date(initials[1], month_first)
    # `Eastmere Integration Joint Board` heading a paper that names no other meeting: the body
    # whose cover it is meets as itself (an IJB, an ICB's board).
    for passage in _opening(passages):
        text = _clean(passage.text)
        if _is_org_line(text) and ends_with_word(text, SELF_MEETING_BODY_WORDS):
            return text, None
    council = _council_meeting_run_on(passages)
    if council:
        return council, None
    adopter = _adopting_body(passages)
    if adopter:
        return adopter, None
    return None, None


def _council_meeting_run_on(passages: list[Passage]) -> Optional[str]:
    """`Fenwick Parish Council. Meeting 9th February 19:30 Members are asked to attend ...`: the council that the
    paper's first line names with only which of its meetings this is, before the day the line runs on into its
    first sentence from (_council_of_occasion: the council meets as itself)."""
    first = next((p for p in passages[:2] if p.kind not in ("table_row", "table_header")), None)
    if first is None:
        return None
    text = _clean(first.text)
    starts = [start for start, _end in _full_dates(text)] + [start for start, *_ in dates.find_yearless_dates(text)]
    return _council_of_occasion(text[:min(starts)].strip(" ,;:|-\u2013\u2014")) if starts else None


# `... the adoption of the Plan by the Harbour Cabinet Committee in March`, `approved by the Trust Board`
# (cover_labels.yml adopting_phrases): the body a form says will decide its subject.
ADOPTED_BY_RE = re.compile(
    rf"\b(?i:{cover.label_pattern('adopting_phrases')})\s+(?:of\s+(?:the\s+|this\s+|its\s+)?(?:[\w'\u2019-]+\s+){{1,6}}?)?"
    rf"by\s+(?:the\s+)?((?:[A-Z][\w'\u2019&-]*\s+(?:and\s+|of\s+)?){{0,6}}{BODY_WORDS}(?:\s+committee)?)\b")


def _adopting_body(passages: list[Passage]) -> Optional[str]:
    """The body a paper that names no meeting says will adopt, approve or decide its subject (a form's
    `adoption of the Plan by KCC Cabinet committee`); a bare `Council` or `Board` names none."""
    for passage in passages:
        match = ADOPTED_BY_RE.search(passage.text)
        if match:
            body = _without_leading_the(match.group(1)).strip()
            if body and body.lower() not in ("council", "board", "committee", "cabinet committee"):
                return body
    return None


# `Decision maker:`, `Decided by:`: the committee labels that name whoever took the decision (cover_labels.yml).
DECISION_MAKER_LABEL_RE = cover.label_re(cover.label_pattern("decision_maker_labels"))


def _decision_maker_values(passages: list[Passage]) -> set[str]:
    """The values of the cover's decision-maker labels (`Decision maker: Sam Rowe, Director of Place`)."""
    found = (cover.label_value(passages, i, "committee", DECISION_MAKER_LABEL_RE)
             for i in range(min(len(passages), COVER_PASSAGES)))
    return {value for value in found if value}


def _banner_meeting(passages: list[Passage]) -> Optional[str]:
    """A cover table's first row naming the body and then its meeting (`| Wexcombe Council | Cabinet |`,
    `| North Mercia ICB | Board meeting in public |`): the meeting's cell."""
    for passage in passages[:COVER_PASSAGES]:
        if passage.kind not in ("table_row", "table_header"):
            continue
        cells = [_clean(c).strip("* ") for c in passage.cells if _clean(c).strip("* ")]
        if len(cells) == 2 and _is_org_line(cells[0]) and not _is_org_line(cells[1]) \
                and BODY_LINE_RE.search(cells[1]) and len(cells[1].split()) <= 8 \
                and not ANY_LABEL_RE.match(cells[1]) and not cover.is_label_cell(cells[0]):
            return _strip_date(cells[1]) or None
        return None   # only the table's first row is its banner
    return None


GOES_TO_RE = cover.vocabulary_re("meeting_goes_to_phrases", r"\b(?:LABELS)\s+(?:the\s+)?")


def _only_on_before(text: str, start: int) -> bool:
    """Only `on` or `meeting on`, white space either side, stands before ``start`` in ``text``, and no white
    space at ``start``: ` on 3 June`, ` meeting  on 3 June`; not ` On 3 June`, ` held on 3 June`."""
    return text[:start].split() in (["on"], ["meeting", "on"]) and text[:1].isspace() \
        and text[start - 1].isspace() and not text[start:start + 1].isspace()


def _short_names(committee: str) -> list[str]:
    """The committee's name, then its closing words of two or more, longest first: `Kelby Harbour Board` is `the
    Harbour Board` in its own paper's lines (the place that opens a body's name is left out once the body is
    known); one word alone (`Board`) names no meeting."""
    words = _without_leading_the(committee).split()
    return [" ".join(words[start:]) for start in range(len(words) - 1 if len(words) > 1 else 1)]


def _goes_to_meeting_on(text: str, committee: str, month_first: bool) -> Optional[str]:
    """The date in `... will be presented to <committee> on <date>`, the committee the paper's own."""
    for match in GOES_TO_RE.finditer(text):
        rest = text[match.end():]
        for name in _short_names(committee):
            if rest.lower().startswith(name.lower()):
                after = rest[len(name):]
                if after[:1].isspace():
                    spans = _full_dates(after)
                    if spans and _only_on_before(after, spans[0][0]):
                        return parse_date(after[spans[0][0]:spans[0][1]], month_first)
    return None


def find_meeting_date(passages: list[Passage], committee_date: Optional[str],
                      fields: Optional[list[cover.CoverField]] = None, month_first: bool = False,
                      properties: Optional[dict] = None, committee: Optional[str] = None,
                      kind: Optional[PaperKind] = None) -> Optional[str]:
    """The meeting's date; ``kind`` is the paper's kind (decision_documents.paper_kind), computed once a paper."""
    fields = cover.collect(passages) if fields is None else fields
    # (`Signed: .... Chairman` / `Date: 7 April 2026`: the day the paper was signed, weighed last, below.)
    signing = cover.signature_block_lines(passages)
    value = next((f.value for f in fields if f.field == "date" and f.source in cover.LABELLED
                  and f.index not in signing), None)
    if value and (iso := parse_date(value, month_first)):
        return iso
    if committee_date:
        return committee_date
    # A forward plan lists the decisions of many meetings and goes to none: no meeting date (its items' dates
    # are theirs), unless a cover field or its meeting line (`Cabinet – 11 March 2026` over `Procurement Forward
    # Plan 2026/27`) dates the meeting it is reported to (above).
    if any(FORWARD_PLAN_HEADING_RE.fullmatch(_clean(p.text)) for p in passages[:OPENING_PASSAGES]
           if p.kind not in ("table_row", "table_header")):
        return None
    # `Held on Monday 3 February 2025 at 7pm` under a set of minutes' heading.
    for value in cover.fields(fields, "date", ("held_on",)):
        if (iso := parse_date(value, month_first)):
            return iso
    signed_lines = {id(passages[i]) for i in signing}
    for passage in _opening(passages):
        if id(passage) in signed_lines:
            continue
        text = _clean(passage.text)
        parsed = parse_date(text, month_first)
        # `Decisions taken at the meeting held on Tuesday, 4 March 2026`: a record's notice dates its meeting
        # even where it names no body.
        if parsed and DECISIONS_TAKEN_RE.match(text) and passage.kind not in ("table_row", "table_header"):
            return parsed
        # A line that is (mostly) a date: `TUESDAY 30 JANUARY 2018`, or opens with one; not the
        # next or previous meeting's.
        if parsed and (len(_strip_date(text).split()) <= 3 or _date_led(text)) and not _names_other_meeting(text) \
                and not _publication_date_line(text) and not _date_span(text):
            return parsed
    # `MINUTES of a meeting of the Cabinet held ... on Thursday, 30 January 2025.`
    minutes = _minutes_line_dated(passages, lambda dating: parse_date(dating, month_first))
    if minutes:
        return parse_date(minutes[1], month_first)
    # `Cabinet, 11 February 2025. Report of the Director of ...`: a cover line that opens with the
    # meeting and its date, whatever follows.
    head = _meeting_head_line(passages, month_first)
    if head and not _occasion_only(head[0]):
        return head[1]
    # `Cabinet - 12 March 2025 | Fenmarsh Council`: the <title> or a running line dates the meeting it names.
    for text, ends_with_site in _furniture_lines(properties):
        if _furniture_meeting(text, ends_with_site) and (iso := parse_date(text, month_first)):
            return iso
    # `This proposal will be presented to the Cabinet on 19 February 2026` in a proposed decision that goes to its
    # committee's meeting: that meeting's date.
    if committee:
        for passage in passages:
            if (iso := _goes_to_meeting_on(_clean(passage.text), committee, month_first)):
                return iso
    # A decision record signed and dated at its end.  (Not minutes: they are signed when a later meeting approves
    # them; their file's or page's date is the better evidence, metadata.cp_metadata.)
    signed = [f.value for f in fields if f.field == "date" and (f.source == "signed" or f.index in signing
                                                                and f.source in cover.LABELLED)]
    if signed and not of_kind(kind, "minutes"):
        for value in signed:
            if (iso := parse_date(value, month_first)):
                return iso
    # A paper that goes to no meeting (an annual report, an impact assessment) is dated by its own date.
    return None if committee else _own_paper_date(passages, month_first)


# `Date of assessment | 28 August 2025`, `Screening date: 4 March 2026` (cover_labels.yml paper_date_labels).
PAPER_DATE_LABEL_RE = cover.vocabulary_re("paper_date_labels", r"^(?:LABELS)\s*(?::-?|\||\s-\s|\s)")


def _own_paper_date(passages: list[Passage], month_first: bool) -> Optional[str]:
    """The day a paper that goes to no meeting was published (`Published 22 July 2025 by the Housing Directorate`
    among its opening lines) or assessed, completed or signed off (a form's `Date of assessment | 28 August 2025`),
    or None."""
    for index, passage in enumerate(passages):
        text = _clean(passage.text)
        # (A form's table row is read by its cells: its first the label, the rest the value; a two-column form's
        # first row may stand as the table's header.)
        pairs = [(row[0], " ".join(row[1:])) for row in (passage.cells, passage.header) if len(row) >= 2] \
            if passage.kind in ("table_row", "table_header") else [(text, text)]
        for label, value in pairs:
            label, value = _clean(label), _clean(value)
            if index < OPENING_PASSAGES and _publication_date_line(value) \
                    or PAPER_DATE_LABEL_RE.match(label + (" |" if label != value else "")):
                spans = _full_dates(value)
                if spans and (iso := parse_date(value[spans[0][0]:spans[0][1]], month_first)):
                    return iso
    return None


def find_title(passages: list[Passage], properties: Optional[dict] = None,
               fields: Optional[list[cover.CoverField]] = None, initials=_UNREAD) -> Optional[str]:
    fields = cover.collect(passages, properties) if fields is None else fields
    passages = _join_dated_heading(passages)
    # (the heading that says what the paper is, `Record of Decisions`, when nothing else titles it)
    # A meeting page whose heading only says what kind of page it is (`Agenda and minutes`) is titled by
    # the meeting heading under it (`Cabinet - Tuesday, 4th March, 2025 6.30 pm`), else by that kind
    # heading, before its browser <title> line (tests/test_cover.py says why).
    opening = _opening(passages)
    h1 = _clean(str((properties or {}).get("h1") or ""))
    meeting_page = _is_meeting_page_kind(h1)
    title = (_meeting_heading(opening) if meeting_page else _kind_page_own_title(properties, h1, opening)
             or _kind_page_title(opening, h1)) \
        or _agenda_frontsheet_title(passages, opening) \
        or _find_title(passages, properties, fields, opening, initials) or _labelled_kind_title(fields) \
        or _furniture_title(properties) or _kind_heading(opening) or _furniture_title(properties, page_title=True)
    title = PAGE_TYPE_PREFIX_RE.sub("", title) if title else title
    # `Open Board Meeting Minutes` over `Title of meeting | Wessex Leisure Trust - Board Meeting`: the
    # cover field names whose meeting it was; the heading only what kind.
    if title and _generic_meeting_title(title):
        named = next((f.value for f in fields if f.field == "committee" and f.source in cover.LABELLED
                      and 0 <= f.index < len(passages) and MEETING_TITLE_LABEL_RE.match(_clean(passages[f.index].text))
                      and not _meeting_kind_only(f.value) and len(f.value.split()) <= 12
                      and (BODY_LINE_RE.search(f.value) or MEETING_KIND_WORD_RE.search(f.value))), None)
        if named:
            return squash(_strip_date(named))
    if title and MINUTES_LINE_RE.search(title):
        title = _without_closing_date(title)
    title = _without_closing_note(title) if title else title
    return squash(title.replace("_", " ")) if title else None


GENERIC_MEETING_TITLE_WORDS = cover.word_set("generic_meeting_title_words")


# (`Title of meeting | ...`, `Meeting title: ...`: a field giving the meeting's name as a title, not `Meeting: ...`;
# cover_labels.yml meeting_title_labels, and meeting_kind_words for a governing body's meeting: `Trust AGM`.)
MEETING_TITLE_LABEL_RE = cover.vocabulary_re("meeting_title_labels", r"^(?:LABELS)\b")
MEETING_KIND_WORD_RE = cover.vocabulary_re("meeting_kind_words", r"\b(?:LABELS)\b")


def _meeting_kind_only(text: str) -> bool:
    """A name of a kind of meeting only (`Board meeting in public`, `Open Board Meeting Minutes`), its date
    aside: no word of it says whose meeting."""
    words = runs(_strip_date(text).lower(), "a-z")
    return bool(words) and all(w in GENERIC_MEETING_TITLE_WORDS for w in words)


def _generic_meeting_title(text: str) -> bool:
    """A minutes title naming only a kind of meeting (`Open Board Meeting Minutes`, `ANNUAL GENERAL MEETING
    MINUTES 12 September 2025`)."""
    return "minutes" in runs(text.lower(), "a-z") and _meeting_kind_only(text)


# `Transcript of the meeting (from the webcast)`, `... (automatically generated from the recording and
# lightly edited)`: a closing aside in brackets that opens in lower case says how the paper was made,
# not what it is.  (`Carers Support Service (Lot 2)`, `Transport (Scotland) Act`, `Budget (2025/26)` keep theirs.)
CLOSING_NOTE_RE = re.compile(r"\s*\((?=[a-z])[^()]*\s[^()]*\)\s*$")


def _without_closing_note(title: str) -> str:
    shorter = CLOSING_NOTE_RE.sub("", title)
    return shorter if len(shorter.split()) >= 2 else title


def _without_closing_date(title: str) -> str:
    """`Minutes - Planning Committee - Wednesday, 5th February, 2025` -> `Minutes - Planning
    Committee`: a set of minutes' title closing with its meeting's date after a dash or comma."""
    spans = _full_dates(title)
    if spans:
        start, end = spans[-1]
        if not title[end:].strip(" .") and title[:start].rstrip().endswith(("-", "\u2013", "\u2014", ",", ":", "|")):
            return title[:start].rstrip(" -\u2013\u2014,:|")
    return title


# `Appendix I: Budget Risks Register 2025-26`: the running header of an appendix.
APPENDIX_PREFIX_RE = cover.vocabulary_re("appendix_words", r"^(?:LABELS)\s+[A-Z0-9]{1,4}\s*[:.\u2013\u2014-]\s*")  # (cover_labels.yml)


def _appendix_label(text: str) -> tuple[str, str]:
    """`Appendix B: Harbour Risk Register` -> (`Appendix B: `, `Harbour Risk Register`): an appendix's
    label and the words after it, which say whether the line can title the paper; the title keeps the
    label (which appendix of which report it is).  A line with fewer than two words after a label
    is no labelled title: ('', line)."""
    match = APPENDIX_PREFIX_RE.match(text)
    if match and len(text[match.end():].split()) >= 2:
        return text[:match.end()], text[match.end():]
    return "", text


def _without_site_name(title: str) -> str:
    """`Agenda for Cabinet on 4 March 2026 - Fenmarsh District Council` -> `Agenda for Cabinet on 4 March 2026`."""
    site = cover.site_name_from_title(title)
    if site and _is_org_line(site):
        return title[:title.rfind(site)].rstrip(" -|\u2013\u2014")
    return title


def _furniture_title(properties: Optional[dict], page_title: bool = False) -> Optional[str]:
    """A paper whose pages give no title: its web page's <h1>, Open Graph title or a PDF's
    running header that names the paper (not its body, meeting, date or marking: `Cabinet
    30 January 2025` runs over a report's pages, while a page's own title may name its
    meeting); with ``page_title``, a web page's <title> less the site's name."""
    properties = properties or {}
    candidates = [(properties.get("h1"), False), (properties.get("og_title"), False)]
    running = properties.get("running_lines")
    if isinstance(running, list):
        candidates.extend((line, True) for line in running)
    if page_title:
        candidates = [(_without_site_name(str(properties["title"])), False)] \
            if properties.get("h1") and properties.get("title") else []
    for candidate, running_line in candidates:
        appendix_label, text = _appendix_label(_clean(str(candidate or "")))
        words = text.split()
        if not 2 <= len(words) <= 16 or text.endswith(".") or NOT_TITLE_RE.match(text) \
                or cover.PAGE_TYPE_HEADING_RE.match(text) \
                or _is_org_line(text) or _mostly_numbers(text) or CONTACT_LINE_RE.search(text) \
                or running_line and BODY_LINE_RE.search(text) and len(words) <= 8 \
                or parse_date(text) and len(_strip_date(text).split()) <= 3 \
                or LABEL_LINE_RE.match(text) or not has_letter_run(text, 3):
            continue
        return appendix_label + text
    return None


# `Document title: Full Business Case`: a title field naming only the paper's kind (cover_labels.yml).
DOCUMENT_KIND_TITLE_RE = cover.vocabulary_re("document_kind_titles")


def _lettered_titles(fields: list[cover.CoverField]) -> set[str]:
    """The subjects of a form's lettered blocks (`(a) Subject: ...`, one block per item): one titles the
    paper; several are the items of a record of a meeting's decisions, none of them its title."""
    return {f.value for f in fields if f.field == "title" and f.source == "lettered"}


def _labelled_kind_title(fields: list[cover.CoverField]) -> Optional[str]:
    """`Document title: Full Business Case` when nothing on the cover names the paper's subject."""
    return next((v for v in _all_labelled(fields, "title") if DOCUMENT_KIND_TITLE_RE.fullmatch(v)), None)


def _has_title_mark(text: str) -> bool:
    """A colon, or a dash after a space (`Cabinet - 4 March`, `Budget: 2026/27`), that sets a title's parts
    apart, as in a line that sets a title after its meeting (`Cabinet – Leisure contract`); a hyphen inside
    a word (`Co-operative`) is none."""
    if ":" in text:
        return True
    for dash in ("\u2013", "\u2014", "-"):
        at = text.find(dash, 1)
        while at != -1:
            if text[at - 1].isspace():
                return True
            at = text.find(dash, at + 1)
    return False


# `14/01/2026 - Allotment rents 2026/27 ref: 3312 Recommendations Approved`: a decisions list's row (cover_labels.yml).
DECISION_LIST_ROW_RE = cover.vocabulary_re("decision_list_rows", r"^(?:LABELS)")


def _sole_decision_row_title(passages: list[Passage]) -> Optional[str]:
    """The title of the one decision a decisions list holds (its row `<date> - <title> ref: N <status>`);
    None for a list of several, which no one of them titles."""
    rows = [match for p in passages[:COVER_PASSAGES] if (match := DECISION_LIST_ROW_RE.match(_clean(p.text)))]
    return rows[0].group("title") if len(rows) == 1 else None


def _find_title(passages: list[Passage], properties: Optional[dict], fields: list[cover.CoverField],
                opening: list[Passage], initials=_UNREAD) -> Optional[str]:
    # `Item | 7 | Title | Harbour Dues`: an item's number is no title; the next labelled value may be.
    # (`Document title: Full Business Case` only says what the paper is: _labelled_kind_title.)
    lettered = _lettered_titles(fields)
    value = next((v for v in _all_labelled(fields, "title")
                  if has_letter_run(v, 3) and not _mostly_numbers(v) and not DOCUMENT_KIND_TITLE_RE.fullmatch(v)
                  and not (len(lettered) > 1 and v in lettered)), None)
    if value and len(value.split()) <= 40:
        # (`(a) Subject: Harbour Dues Review (agenda item 7)`: the item's number is no part of its subject.)
        return ITEM_SUFFIX_RE.sub("", value) if value in lettered else value
    for passage in passages[:COVER_PASSAGES]:
        split = SPLIT_TITLE_RE.match(_clean(passage.text) + (":" if passage.text.rstrip().endswith(":") else ""))
        if split and len(split.group(1).split()) <= 12:
            return split.group(1)
    # The file's own title counts only when the paper's opening says it too
    # (a template's `Report Template` or `Microsoft Word - x.doc` never does).
    hint = _lower_words(str((properties or {}).get("title") or ""))
    # A banner with the body's name set in Word's Title style (`Brackenford Council`) titles no report.
    hint_text = squash(str((properties or {}).get("title")))
    # (Nor does a file titled by the meeting it went to and its date, `Board Meeting in Public - 5 May 2026`.)
    if len(hint.split()) >= 2 and not _is_org_line(hint_text) and not cover.PAGE_TYPE_HEADING_RE.match(hint_text) \
            and not _names_its_meeting_only(hint_text) and not _names_a_body_only(hint_text):
        for passage in passages[:COVER_PASSAGES]:
            if passage.kind == "table_row" or section_number(passage.text):
                continue
            squashed = _lower_words(passage.text)
            if squashed == hint:
                return _clean(passage.text)
            # `Brackenford Council Report to Cabinet - 3 March 2026 Leisure Contract Award`: the reader ran
            # the masthead into the title; the line ends with the file's own title after the masthead's
            # date, and that is the title.  (A sentence that ends by naming it, `... tested through an
            # Equality Impact Assessment.`, or a longer heading, `Garage Rent Review 2026`, is no masthead.)
            if len(hint_text.split()) >= 3 and squashed.endswith(" " + hint) \
                    and len(_clean(passage.text).split()) <= 40 and not passage.text.rstrip().endswith(".") \
                    and _full_dates(_clean(passage.text)):
                return hint_text
            # `Annex C: Staffing Plan (figures to 30 June 2025)`: the file's title, and an aside
            # the opening adds to it (an as-at date, a status); the title is the file's.
            without_aside = _without_aside(_clean(passage.text))
            if _lower_words(without_aside) == hint:
                return without_aside
    # A set of minutes is titled by its `Minutes of ...` line.
    minutes = _minutes_line(passages)
    if minutes:
        held = _without_held(minutes)
        # `Cabinet - Tuesday, 4th March, 2025 6.00 pm - Minutes`, `Cabinet, Wednesday 21 May 2025 – transcript`:
        # a date between the meeting and the word minutes is part of the line (dropping it leaves `Cabinet - - Minutes`).
        # (`Minutes of the Parish Council meeting held on 9 March 2026`: a held clause saying only when, or only in
        # which room, is part of the line; minutes naming no meeting, `Minutes of the meeting held on ...`, are
        # titled by the committee heading above them instead.)
        if _keeps_held_clause(minutes) and not NAMELESS_MINUTES_RE.match(held):
            head = minutes.rstrip(" .")
        else:
            head = held if _date_inside(held) else _without_dangling(_strip_date(held))
        after = _after_org(head)
        return after if after and MINUTES_PREFIX_RE.match(after) else head
    start, end, _parties = party_block(passages)
    meeting_line = None
    offset = 0
    # An agenda frontsheet (its notice of the meeting, the agenda) before the report: the report's
    # own heading, after its `Agenda Item 4` line, titles the paper.
    if any(_notice_meeting(_clean(p.text)) for p in opening):
        item = next((i for i, p in enumerate(passages[:COVER_PASSAGES])
                     if i > len(opening) and AGENDA_ITEM_LINE_RE.match(_clean(p.text))), None)
        if item is not None:
            opening, offset = _opening(passages[item + 1:]), item + 1
    # A record of several decisions (`Decisions taken by the Cabinet at its meeting on ...`): its items'
    # headings are no title of the whole; the heading saying what it is names it.
    if any(_notice_meeting(_clean(p.text).rstrip(".")) and DECISIONS_TAKEN_RE.match(_clean(p.text)) for p in opening):
        kind = _kind_heading(opening)
        if kind:
            return kind
    # A decisions list holding one decision (`14/01/2026 - Allotment rents 2026/27 ref: 3312 ...`) is its page,
    # whatever notes on call-in stand above the row.
    decision_row_title = _sole_decision_row_title(passages)
    if decision_row_title:
        return decision_row_title
    # `GRANT OF PLANNING PERMISSION` under the council's letterhead, its officer and the Act: a notice's kind.
    notice_kind = next((_clean(p.text) for p in opening if NOTICE_KIND_TITLE_RE.match(_clean(p.text))), None)
    if notice_kind:
        return notice_kind
    for index, passage in enumerate(opening):
        # (`Report Ref: PH/25/044  Civil Parking Enforcement`: the paper's reference is no part of its title.)
        cleaned = _clean(passage.text)
        text = REFERENCE_PREFIX_RE.sub("", PAGE_TYPE_PREFIX_RE.sub("", cleaned))
        # `Appendix B: Harbour Risk Register`: a paper that is an appendix is judged by the words after its
        # label and titled by the whole heading, label included (_appendix_label).
        appendix_label, text = _appendix_label(text)
        # `AGENDA ITEM 9: PAVILION LEASE AND BENCH DONATIONS`: the item's title after its number.
        if cover.MINUTES_SECTION_HEADING_RE.match(text):
            break  # `Attendance`, `Apologies for absence`: the record has begun, its lines name no title
        item_title = ITEM_PREFIX_RE.sub("", text)
        if item_title != text and sum(len(run) // 3 for run in runs(item_title, "A-Za-z")) >= 2:
            text = item_title
        # `Decision details` / `Carers Support Service: award of contract`: the line under a web page's
        # heading saying what kind of page it is is the page's subject, set as a sub-title.
        if index > 0 and passage.kind == "paragraph" and ":" in text \
                and cover.PAGE_TYPE_HEADING_RE.match(_clean(opening[index - 1].text)) \
                and _colon_title(replace(passage, kind="heading"), text):
            return text
        # `Budget Report Appendix 2 - Cabinet 4 March 2026`: the pack's caption, over a line of the paper's own
        # (which titles it), else the paper's only heading, titled by the report and appendix the caption names.
        caption_meeting = _pack_caption(cleaned)
        if caption_meeting and index + 1 < len(opening):
            continue
        if caption_meeting:
            return cleaned[:len(cleaned) - len(caption_meeting)].rstrip(" :.-\u2013\u2014")
        if passage.kind in ("table_row", "table_header", "line") or not text or ANY_LABEL_RE.match(text) \
                or NOT_TITLE_RE.match(text) or NO_TITLE_RE.match(text) or cover.PAGE_TYPE_HEADING_RE.match(text) \
                or TRANSCRIPT_HEADER_RE.fullmatch(text) \
                or cover.PAGE_TYPE_HEADING_RE.match(cleaned) \
                or MEETING_PLACE_RE.match(text) \
                or cover.SECTION_HEADING_RE.match(text):
            continue
        if any(LABEL_RES[f].fullmatch(text) for f in LABEL_RES) or _mostly_numbers(text) \
                or (LABEL_LINE_RE.match(text) and not _colon_title(passage, text)):
            continue
        if any(LABEL_RES[f].match(text) and ":" in text for f in LABEL_RES):
            continue
        undated = _strip_date(text)
        if parse_date(text) and (len(undated.split()) <= 3 or _date_led(text)) or _dash_meeting_line(text):
            continue
        # A contract's title runs on through its parties: `X CONTRACT between A and B`.
        if start <= index + offset < end:
            return " ".join(_clean(p.text) for p in passages[index + offset:end])
        # `Audit and Governance Committee – 12 March 2025`: the meeting and its date, no title.
        if _names_its_meeting_only(text):
            continue
        org_line = _is_org_line(text)
        if org_line or BODY_LINE_RE.search(text) and len(text.split()) <= 8 \
                and not _has_title_mark(text) \
                and not BODY_LED_TITLE_RE.match(text) \
                and not _body_word_inside_title(text):  # (`Cabinet – Leisure contract`, not `Sub-Committee`)
            if meeting_line is None and not org_line and "meeting" in text.lower().split():
                meeting_line = text
            continue
        if len(text.split()) > 25 or text.endswith("."):
            return meeting_line
        if _spoken_line(text):
            continue
        if not has_letter_run(text, 3) or CONTACT_LINE_RE.search(text):
            continue
        if index > 0 and _strapline(text) and _is_org_line(_clean(opening[index - 1].text)):
            continue
        return appendix_label + text
    # Minutes whose opening names nothing but their meeting (`BOARD MEETING`): that is their title;
    # a group's note headed by its initials and date (`PRG 12 March 2025`) is titled by that line.
    initials = _initials_meeting_line(passages) if initials is _UNREAD else initials
    return meeting_line or (initials[1] if initials else None)


STRAPLINE_RE = cover.vocabulary_re("strapline_phrases", r"\s(?:LABELS)\b")


def _strapline(text: str) -> bool:
    """A masthead's strapline (`A charitable trust running sport and leisure centres in partnership with
    Fenmarsh District Council`): a long line, no sentence, saying what the body is."""
    return len(text.split()) >= 8 and not text.endswith(".") and bool(STRAPLINE_RE.search(text))


# The kind heading of a meeting's own page (`Agenda and minutes`, `Agenda, decisions and minutes`, `Minutes`).
MEETING_PAGE_KIND_RE = cover.vocabulary_re("meeting_page_kinds", r"^(?:LABELS)\b")  # (cover_labels.yml)


def _is_meeting_page_kind(text: str) -> bool:
    """A meeting page's kind heading: a page-type heading that is an agenda, minutes or items page."""
    return bool(cover.PAGE_TYPE_HEADING_RE.match(text) and MEETING_PAGE_KIND_RE.match(text))


def _meeting_heading(opening: list[Passage]) -> Optional[str]:
    """The heading naming the meeting under a meeting page's kind heading: one line (`Cabinet -
    Tuesday, 4th March, 2025 6.30 pm`) or the meeting's name over its date line, joined by a dash."""
    for index, passage in enumerate(opening[:-1]):
        text = _clean(passage.text)
        if not _is_meeting_page_kind(text):
            continue
        following = _clean(opening[index + 1].text)
        if _names_its_meeting_only(following):
            return following
        dated = _clean(opening[index + 2].text) if index + 2 < len(opening) else ""
        # (`Tuesday, 3rd March, 2026, at 6.30 pm Ask for: Jo Bell Council Chamber`: the frontsheet's next
        # field, glued to the date line in a PDF's text layer, is no part of the date.)
        label = cover.GENERIC_LABEL_RE.search(dated)
        if label and _full_dates(dated[:label.start()]):
            dated = dated[:label.start()].rstrip()
        if BODY_LINE_RE.search(following) and len(following.split()) <= 8 and not _full_dates(following) \
                and _full_dates(dated) and len(_strip_date(dated).split()) <= 1:
            return f"{following} - {dated}"
        return None
    return None


def _kind_page_title(opening: list[Passage], h1: str) -> Optional[str]:
    """`Committee details` / `Wendle Harbour Joint Committee`: a web page whose <h1> says only what kind of
    page it is (a meeting page's: _meeting_heading), over the name of the body it is about, is titled by
    the two, `Committee details - Wendle Harbour Joint Committee`."""
    kind = _kind_heading(opening)
    if not h1 or kind != h1:
        return None
    index = next(i for i, p in enumerate(opening) if _clean(p.text) == kind)
    # (a list of links under it, `Browse meetings of this committee`, is the site's, naming no body)
    following = _clean(opening[index + 1].text) \
        if index + 1 < len(opening) and opening[index + 1].kind in ("heading", "paragraph") else ""
    return f"{kind} - {following}" if following and _names_a_body_only(following) and not _full_dates(following) \
        else None


def _kind_page_own_title(properties: Optional[dict], h1: str, opening: list[Passage]) -> Optional[str]:
    """`Decision details` as a web page's <h1> under `Decision details - Allotment rents 2026/27` as its <title>: a
    page whose heading says only what kind of page it is (cover_labels.yml page_type_headings; a meeting page's is
    _meeting_heading's) is titled by its <title>, less the site's name, when that goes on past the kind to name the
    page's subject or meeting (`Decision notice: Licensing Committee, 3 March 2026 | Brackenford Council`).  A
    heading under the kind heading that the <title> leaves out (`Agenda item` / `Community transport contract
    award` under `Agenda item - Cabinet - 12 March 2025`) names the subject the <title> does not: None."""
    if not h1 or not cover.PAGE_TYPE_HEADING_RE.match(h1) or _is_meeting_page_kind(h1):
        return None
    title = _without_site_name(_clean(str((properties or {}).get("title") or "")))
    if not _lower_words(title).startswith(_lower_words(h1) + " "):
        return None
    index = next((i for i, p in enumerate(opening) if _clean(p.text) == h1), None)
    following = opening[index + 1] if index is not None and index + 1 < len(opening) else None
    if following is not None and following.kind == "heading" \
            and _lower_words(following.text) not in _lower_words(title):
        return None
    return title if len(_lower_words(title).split()) >= len(_lower_words(h1).split()) + 2 else None


def _agenda_frontsheet_title(passages: list[Passage], opening: list[Passage]) -> Optional[str]:
    """`AGENDA` / `CABINET` / `Thursday, 13th March, 2025, at 3.00 pm`: a frontsheet headed by the word
    Agenda over its meeting's name and date is titled by the three, `Agenda - Cabinet - Thursday, 13th
    March, 2025, at 3.00 pm` (the name out of capitals).  A frontsheet with a report behind it (an
    `Agenda Item 6` line on its first pages) is the report's, titled by it (_find_title)."""
    index = next((i for i, p in enumerate(opening) if p.kind not in ("table_row", "table_header")
                  and _clean(p.text).lower() == "agenda"), None)
    if index is None or any(AGENDA_ITEM_LINE_RE.match(_clean(p.text)) for p in passages[:COVER_PASSAGES]):
        return None
    meeting = _meeting_heading(opening[index:])
    if meeting is None:
        return None
    body, _, dated = meeting.partition(" - ")
    return " - ".join((from_capitals(_clean(opening[index].text)), from_capitals(body), dated)) if dated else None


def _kind_heading(opening: list[Passage]) -> Optional[str]:
    """A paper whose opening has no title of its own but says what it is (`RECORD OF CABINET
    DECISIONS`, `Decision notice`, `Agenda and minutes`): that heading names it."""
    for passage in opening:
        text = _clean(passage.text)
        if passage.kind not in ("table_row", "table_header") and cover.PAGE_TYPE_HEADING_RE.match(text) \
                and len(text.split()) >= 2:
            return text
    return None


# Words of a cover sheet's field labels (`Lead Cabinet Member:`, `Key Decision Number:`; cover_labels.yml
# field_label_words).
FIELD_WORDS = cover.word_set("field_label_words")
# Small words a title-case phrase leaves in lower case (cover_labels.yml title_small_words).
TITLE_SMALL_WORDS = cover.word_set("title_small_words")


# Words of a label whose value is a person, and of a field label no plain line is titled by: word
# lists of cover_labels.yml (person_label_words, line_field_words), each with its examples.
PERSON_LABEL_WORDS = cover.word_set("person_label_words")
LINE_FIELD_WORDS = cover.word_set("line_field_words")
# Every word of a field label, for a colon line that may head a title (_colon_title_head).
_ANY_FIELD_WORDS = FIELD_WORDS | PERSON_LABEL_WORDS | LINE_FIELD_WORDS


def _words_from_first_letter(text: str) -> list[str]:
    """Each white-space-separated word of ``text`` from its first letter, digit or underscore on, words with
    none left out: `(Town Hall), Fenby` -> `Town`, `Hall),`, `Fenby`; `- 4pm` -> `4pm`."""
    words = []
    for word in text.split():
        start = next((i for i, ch in enumerate(word) if is_word_character(ch)), None)
        if start is not None:
            words.append(word[start:])
    return words


def _title_case(words: list[str]) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _colon_title(passage: Passage, text: str) -> bool:
    """A heading set as `Subject: Sub-title` (`Adult Mental Health Services: Contracts
    2024/25`) rather than a cover field (`Purpose: For decision`): its part before the colon
    is a phrase of two or more words and no cover label (cover_labels.yml).  A line that is no
    heading must be set in capitals, or in title case on both sides of the colon with two or
    more words after it (`Rail and Bus Programme: Quarter 1 Update` alone on a text cover's line)."""
    head, _colon, value = (part.strip() for part in text.partition(":"))
    words = head.split()
    title_case_line = passage.kind == "paragraph" and len(value.split()) >= 2 and _title_case(words + value.split()) \
        and not any(w.lower().strip("()") in LINE_FIELD_WORDS for w in words)
    if passage.kind != "heading" and not (text.isupper() and len(text.split()) >= 4) and not title_case_line:
        return False
    if len(words) < 2 or cover.starts_with_label(head + ": ") or cover.SECTION_HEADING_RE.match(head) \
            or any(w.lower().strip("()") in FIELD_WORDS for w in words):
        return False
    # `Carers Support Service: contract award`, `Home to School Transport: Contract Awards 2025`;
    # not `Senior Responsible Owner: Jo Bloggs` (a person's label and a name and nothing else) or a date.
    person = _person(value) == value and any(w.lower().strip("()") in PERSON_LABEL_WORDS for w in words)
    if not value or parse_date(value) or person or NAMED_PERSON_RE.search(value):
        return False
    # A heading's own style says it is one (`Mobile library service: award of contract`); a
    # line must be set in capitals or title case to be read as a title.
    return words[0][:1].isupper() and (passage.kind == "heading" or _title_case(words))


# What may follow a body's name on a heading that says what the paper is: an ASCII capital or a dash.
_CAPITAL_OR_DASH = frozenset(string.ascii_uppercase + "\u2013\u2014-")


def _lower_words(text: str) -> str:
    """The lower-case letter and digit runs of ``text``, one space apart (`Q3: Budget, 2026/27` ->
    `q3 budget 2026 27`): a key to compare titles by, not the white-space ``squash``."""
    return " ".join(runs(text.lower(), "a-z0-9"))


def _mostly_numbers(text: str) -> bool:
    words = text.split()
    return sum(has_letter_run(w, 2) for w in words) < len(words) / 2


AUTHOR_LABEL_RE = cover.vocabulary_re("author", r"^\s*(?:LABELS)\b\s*[:|-]?\s*")


def _strip_author_label(value: str) -> str:
    """`Report Author Dave Shipton`: a label written without its colon, inside the value."""
    return AUTHOR_LABEL_RE.sub("", value, count=1)


def _before_name_break(value: str) -> str:
    """``value`` up to its first comma, opening bracket, or bar, white space and a dash with white space after it
    (`Jo Bloggs, Head of Finance` -> `Jo Bloggs`, `Jo Bloggs (Finance)`, `Jo Bloggs | \u2013 Finance`); all of it
    when it holds none."""
    for i, ch in enumerate(value):
        dash = value[i + 2:i + 3]
        if ch in ",(" or (ch == "|" and value[i + 1:i + 2].isspace() and dash and dash in "-\u2013\u2014"
                               and value[i + 3:i + 4].isspace()):
            return value[:i]
    return value


def _author_value(value: str) -> Optional[str]:
    value = _clean(value)
    first = _before_name_break(value).strip()
    if PERSON_RE.match(first) and _strip_author_label(first) == first:
        return first
    person = _person(_strip_author_label(value))
    if person:
        return person
    if len(first.split()) <= 12 and has_letter_run(first, 3) and not CONTACT_LINE_RE.search(first):
        return first
    return None


def find_author(passages: list[Passage]) -> Optional[str]:
    """The person who wrote the paper, from its `Report author:` line wherever it is (often
    the contact details at the end), else the contact or lead officer, else (on the cover)
    whom the report is from or who presents it."""
    for tier, label_re in enumerate(AUTHOR_RES):
        reach = len(passages) if tier < 2 else min(len(passages), COVER_PASSAGES)
        for i in range(reach):
            value = cover.label_value(passages, i, "author", label_re)
            author = _author_value(value) if value else None
            if author:
                return author
    return None


def _without_aside(text: str) -> str:
    """A banner less the aside closing it: `WRENFIELD HOSPICE TRUST (A company limited by guarantee
    and a registered charity)`, `Brantwood Homes Limited (company number 09876543)`."""
    text = text.strip()
    if text.endswith(")") and "(" in text:
        name = text[:text.rfind("(")].strip()
        if name:
            return name
    return text


def _is_org_line(text: str) -> bool:
    """A line that is nothing but an organisation's name (a cover-sheet banner), with perhaps an
    aside saying what the body is."""
    text = _without_aside(text)
    found = [f for f in find_names(text) if not f.short]
    return bool(found) and len(found[0].surface) >= len(text.strip()) - 2


# A body whose name ends so is a meeting (`Welbury Police and Crime Panel`, an IJB, a trust's board), not a council;
# a meeting of several bodies that one of them hosts, published by its host (cover_labels.yml meeting_name_ends,
# hosted_meeting_ends).
MEETING_NAME_ENDS = cover.word_set("meeting_name_ends")
HOSTED_MEETING_ENDS = cover.word_set("hosted_meeting_ends")


def _board_meeting_line(name: str, line: str) -> bool:
    """`Lochmere Integration Joint Board – 12 March 2025`, `Welbury Police and Crime Panel - Friday, 21st March,
    2025`: a board or panel named with a date on its own line is the meeting (an IJB, an ICB or a trust board
    meets as itself, a joint panel of councils as itself); a council so named is not."""
    return ends_with_word(name, MEETING_NAME_ENDS) and parse_date(line) is not None


def _council_meets_as_itself(line: str) -> bool:
    """`Minutes of the Meeting of Brayton Town Council held on Wednesday 11 June 2025`, `Minutes of the March
    meeting of Ashby Parva Parish Council`: a record naming the council itself as the meeting (a parish, town
    or full council meets as itself), dated or not; a council's name heading a paper (`Wessex County Council`,
    `Minutes - Wessex County Council`) names no meeting."""
    prefix = MINUTES_PREFIX_RE.match(line)
    return bool(prefix) and "meeting of" in line[:prefix.end()].lower()


MEETING_OCCASION_WORDS = cover.word_set("meeting_occasion_words")
BACK_REFERENCE_WORDS = cover.word_set("back_reference_words")


# `the above Full Council`: the word saying a council meets as a whole, between a pointing word and `Council`.
WHOLE_COUNCIL_WORDS = cover.word_set("whole_council_words")


# A local council's type words (parish, town, community): orgnames' council types less a principal council's tier.
LOCAL_COUNCIL_TYPES = COUNCIL_TYPE_WORDS - PRINCIPAL_TIER_WORDS


def _local_council(name: str) -> bool:
    """`Harnby Parish Council`, `Ottery Moor Community Council`: a council that meets as itself (a local council's
    type word, LOCAL_COUNCIL_TYPES), not a principal council with its committees (`Kelby District Council`)."""
    words = name.split()
    return len(words) >= 3 and words[-1] == "Council" and words[-2].lower() in LOCAL_COUNCIL_TYPES


def _refers_back(committee: str) -> bool:
    """`above Council`, `the above-named Parish Council`: a body named by pointing back to a heading
    (cover_labels.yml back_reference_words), its body word after."""
    words = _without_leading_the(committee).split()
    # (Only a body's type after the pointing word: `Above Ground Committee Room` is a room's name.)
    return 2 <= len(words) <= 3 and words[0].lower() in BACK_REFERENCE_WORDS \
        and BODY_LINE_RE.search(words[-1]) is not None \
        and all(w.lower() in COUNCIL_TYPE_WORDS | WHOLE_COUNCIL_WORDS for w in words[1:-1])


def _named_above(opening: list[Passage], passage: Passage) -> Optional[str]:
    """The nearest line above ``passage`` in the opening that is nothing but a body's name."""
    above = None
    for earlier in opening:
        if earlier is passage:
            return above
        text = _without_aside(_clean(earlier.text))
        if _is_org_line(text):
            above = text
    return None


def _occasion_only(text: str) -> bool:
    """`Minutes of the January meeting`, `minutes of May Meeting`, `The Annual Meeting`: a meeting named only by
    when or which one of its body's meetings it is (cover_labels.yml meeting_occasion_words), no body's name."""
    words = runs(_strip_date(text).lower(), "a-z")
    return bool(words) and not {"meeting", "meetings"}.isdisjoint(words) \
        and all(w in MEETING_OCCASION_WORDS for w in words)


def _without_minutes_tail(committee: str) -> str:
    """`Cabinet Minutes of the meeting` -> `Cabinet`, `Board of Trustees – Minutes` -> `Board of Trustees`: the meeting's name before what the paper is, when all after
    it is the word minutes and words naming no body (meeting_occasion_words)."""
    words = committee.split()
    cut = next((i for i, word in enumerate(words) if i and word.lower() == "minutes"), None)
    if cut is None or not all(w in MEETING_OCCASION_WORDS for w in runs(" ".join(words[cut:]).lower(), "a-z")):
        return committee
    # (`Board of Trustees – Minutes`: the mark between goes with what the paper is.)
    return " ".join(words[:cut]).rstrip(" \t-\u2013\u2014:|,")


def _council_of_occasion(text: str) -> Optional[str]:
    """`Kelby Parish Council, minutes of May Meeting`, `Dunmere Town Council – Annual Meeting`: a council's name,
    then only which of its meetings this is: the council meets as itself (its name is the committee)."""
    rest = _after_org(text)
    if rest is None or not _occasion_only(rest):
        return None
    found = [f for f in find_names(text) if not f.short]
    return found[0].surface if found and found[0].kind == "council" else None


# The public bodies that publish papers, each with the short form a paper calls itself by (`the Trust`).
PUBLIC_KIND_KEYS = {"council": "council", "icb": "icb", "ijb": "ijb", "ccg": "ccg", "nhs_trust": "trust",
                    "nhs_foundation_trust": "trust", "health_board": "health_board",
                    # fire, national park, police, waste and transport bodies (extract/public_body_types.yaml)
                    **gz.PUBLISHING_BODY_KINDS}
PUBLIC_KINDS = set(PUBLIC_KIND_KEYS)


def _place_word_re(place: str) -> re.Pattern:
    """A council's place as a whole word, in any case (`Fenby` in `Fenby officers`, `FENBY`; not `Fenbyshire`):
    the one pattern by which the paper's mentions of a council's place are counted and read."""
    return re.compile(rf"\b{re.escape(place)}\b", re.I)


def _own_place_weight(doc: Doc, org, index) -> tuple[int, int]:
    """(web addresses on the council's own .gov.uk domain, times its place is named):
    what tells apart two councils a paper names equally often (`... as Nottingham did`)."""
    place = council_place(variant_key(org.name))
    if not place or org.kind != "council":
        return 0, 0
    squashed = lower_letters(place)
    text = paper_text(doc)
    # (The one .gov.uk place pattern, organisations.gov_address_places: addresses only, not GOV.UK's own hosts.)
    domains = sum(count for label, count in gov_address_places([text]).items()
                  if squashed and lower_letters(label).startswith(squashed))
    return domains, len(_place_word_re(place).findall(text))


def _misspelt_tier(name: str) -> bool:
    """`Couty Council`, `Countty Council`: a council type word one letter out, with no place."""
    place = council_place(variant_key(name))
    if not place or " " in place:
        return False
    for word in COUNCIL_TYPE_WORDS:
        # Short words (`city`, `town`) are a letter from real places (`Down`).
        if len(word) < 6 or place == word or abs(len(place) - len(word)) > 1:
            continue
        if len(place) == len(word):
            if sum(a != b for a, b in zip(place, word)) == 1:
                return True
        else:
            short, long_ = sorted((place, word), key=len)
            if any(long_[:i] + long_[i + 1:] == short for i in range(len(long_))):
                return True
    return False


# Where the file itself names its publisher, by property: a web page's banner and
# footer or a PDF's running header/footer, its site name, its title; other file
# properties (a PDF's or DOCX's author/title fields) last.
PROPERTY_SOURCES = (
    (("page_furniture", "running_lines"), "page header/footer"),
    (("site_name",), "site name"),
    (("title", "og_title", "h1"), "page title"),
)


def _property_source(key: str) -> str:
    return next((label for keys, label in PROPERTY_SOURCES if key in keys), "file properties")


PLACEHOLDER_SITE_NAMES = cover.word_set("placeholder_site_names")


def _public_body_named(text: str) -> Optional[str]:
    """The first council or NHS body named in ``text`` (a site name, a footer), as written; a product's
    placeholder site name (`Modern Council`, cover_labels.yml placeholder_site_names) is none."""
    for found in find_names(text or ""):
        if not found.short and found.kind in PUBLIC_KINDS and found.name.lower() not in PLACEHOLDER_SITE_NAMES:
            return found.name
    return None


def _domain_place(domain: str) -> Optional[str]:
    """`democratic.services@brackenford.gov.uk` -> `brackenford`: a council's own domain."""
    return next(iter(gov_address_places(["@" + domain])), None)


def _furniture_publisher(properties: dict) -> Optional[tuple[str, str]]:
    """(council or NHS body, evidence) that the file's own furniture names, strongest property first."""
    for keys, label in PROPERTY_SOURCES:
        for key in keys:
            text = properties.get(key)
            name = _public_body_named(" ".join(text) if isinstance(text, list) else str(text or ""))
            if name:
                return name, label
    return None


def find_authority(doc: Doc, passages: list[Passage], committee: Optional[str] = None,
                   fields: Optional[list] = None, filed=_UNREAD) -> tuple[Optional[str], Optional[str]]:
    """The publishing body and the evidence for it (``Extraction.authority_source``).

    Strongest first: named alone on the cover or heading it (`cover`), as the
    public body among a contract's parties (`contract party`), in a cover field
    (`Organisation: ...`, `cover field`), as the body a paper goes to (`report to`),
    in the page's banner or footer or a PDF's running lines (`page header/footer`),
    the web page's site name or title, the file's properties, the council whose
    own e-mail domain the paper gives (`email domain`); a body's own board minutes naming only the board, the
    body no council or NHS body that its letterhead (`letterhead`), furniture or own e-mail domain names
    (_own_board_publisher).  Otherwise a council the
    paper names is (councils publish most committee papers, and name the NHS bodies
    they commission from many times), unless an NHS body speaks of itself as
    `the Trust`/`the ICB` more often than anyone says `the Council` (`most mentioned`).
    Two councils named alike: the one whose web address or place the paper gives more.
    A publisher the paper's text never names (a web page whose site chrome named it)
    comes from that evidence directly.  ``filed``: council_of_file_name of the paper's file, when its
    caller read it.
    """
    index = doc._.orgs
    if index is None:
        return None, None
    properties = doc._.properties or {}
    fields = fields if fields is not None else cover.collect(passages, properties)
    hints = [(key, " ".join(str(v) for v in value) if isinstance(value, list) else str(value))
             for key, value in properties.items() if isinstance(value, (str, list))]
    banner: dict[str, str] = {}
    for passage in passages[:OPENING_PASSAGES]:
        text = _clean(passage.text)
        if _is_org_line(text):
            name = index.resolve(_without_aside(text))
            if name:
                banner.setdefault(name, "cover")
        elif passage.kind not in ("table_row", "table_header") and _words_but_closing_date(text) <= 14 \
                and not text.endswith(".") and (_after_org(text) or "a")[:1] in _CAPITAL_OR_DASH:
            # `Wessex County Council Minutes of the Cabinet`, `WESSEX COUNTY COUNCIL – RECORD OF
            # DECISION`: a heading that starts with the body, then says what the paper is.  (`Wessex
            # Combined Authority Committee and Wessex Joint Committee, Friday 5 June 2026`: the date
            # and time closing a meeting line are no words of it, however long the meeting's name.)
            found = [f for f in find_names(text) if not f.short]
            name = index.resolve(found[0].surface) if found else None
            if name and index.kind_of(name) in PUBLIC_KINDS:
                banner.setdefault(name, "cover")
    # `Organisation: Fenmarsh District Council`, `Published by | Kestrel Bay Town Council`.
    for value in cover.fields(fields, "authority", cover.LABELLED):
        found = [f for f in find_names(value) if not f.short]
        name = index.resolve(found[0].surface) if found else None
        if name:
            banner.setdefault(name, "cover field")
    # `SERVICES CONTRACT between WESSEX COUNTY COUNCIL and ACME CARE LTD`: the
    # public body that lets the contract publishes it, whichever party comes first.
    _start, _end, parties = party_block(passages)
    for party in parties:
        found = [f for f in find_names(party) if not f.short]
        name = index.resolve(found[0].surface) if found else None
        if name and index.kind_of(name) in PUBLIC_KINDS:
            banner.setdefault(name, "contract party")
            break

    # `Report to: Wessex County Council Cabinet`: the body a paper goes to publishes it.
    addressed = {index.resolve(f.surface) for f in find_names(committee or "") if not f.short} - {None}
    # `Wessex Libraries IPS` on the cover and `Title of meeting: Wessex Libraries IPS - Board
    # Meeting`: the minutes of a body's own board, whatever kind of body it is.
    # (A meeting heading a page whose own furniture names a council or NHS body, `Welbury Police and Crime
    # Panel` on its host council's site, is that body's meeting: the site publishes it.)
    host = _furniture_publisher(properties) if banner else None
    hosted = {name for name in banner if ends_with_word(name, HOSTED_MEETING_ENDS) and name != host[0]} \
        if host else set()
    own = [name for name in index.names() if name in banner and name in addressed
           and index.kind_of(name) not in PUBLIC_KINDS and name not in hosted]
    if own:
        return own[0], banner[own[0]]
    # `Minutes of the Trustees of the Friends of Ashby Library`: a body's own trustees or board meeting.
    governed = _own_governing_body(committee or "", index)
    if governed:
        return governed, "own minutes"
    # `HOLLYBANK INFANT SCHOOL BOARD OF GOVERNORS` over `Resources Committee`, `Minutes of the Governing Body of
    # St Aldric's Primary School`: a header or minutes line naming a body's own governing group, whatever the
    # committee meeting under it.
    header = _governing_header(passages, index)
    if header:
        return header[0], "page header"
    # `Fenmarket Libraries` / `Minutes of the meeting of the Board`: the body whose board meets, named by the
    # paper's letterhead, page furniture or e-mail domain, though its name has no type word.
    if not any(index.kind_of(name) in PUBLIC_KINDS for name in banner):
        own_board = _own_board_publisher(passages, properties, committee, index)
        if own_board:
            return own_board

    # `democratic.services@brackenford.gov.uk`: the council whose own domain the paper writes to.
    domain_places = {place for place in map(_domain_place, cover.own_email_domains(passages, properties)) if place}
    if not domain_places:
        # `www.stanbury.gov.uk/localplan`: with no e-mail address, the paper's own web address.
        web = gov_address_places(p.text for p in passages)
        domain_places = {place for place, count in web.items() if count == max(web.values())}

    # Each body's evidence is weighed once: the comparisons below ask for it many times.
    domain_of: dict[str, bool] = {}
    hint_of: dict[str, Optional[str]] = {}
    score_of: dict[str, float] = {}

    def own_domain(org) -> bool:
        if org.name not in domain_of:
            place = council_place(variant_key(org.name)) if org.kind == "council" else ""
            squashed = lower_letters(place or "")
            domain_of[org.name] = bool(squashed) and any(d.replace("-", "").startswith(squashed)
                                                         for d in domain_places)
        return domain_of[org.name]

    def hint_source(org) -> Optional[str]:
        if org.name not in hint_of:
            aliases = [a for a in org.aliases | {org.name} if len(a) > 3]
            keys = [key for key, text in hints
                    if any(re.search(rf"\b{re.escape(alias)}\b", text) for alias in aliases)]
            hint_of[org.name] = min((_property_source(k) for k in keys), default=None,
                                    key=lambda label: [s for _k, s in PROPERTY_SOURCES].index(label)
                                    if label != "file properties" else len(PROPERTY_SOURCES))
        return hint_of[org.name]

    def self_references(org) -> int:
        key = PUBLIC_KIND_KEYS[org.kind]
        return index.short_form_uses(key) if index.short_target(key) == org.name else 0

    def score(org) -> float:
        if org.name not in score_of:
            value = org.mentions + self_references(org)
            if org.name in banner or org.name in addressed:
                value += 1000
            if hint_source(org):
                value += 500
            if own_domain(org):
                value += 300
            score_of[org.name] = value
        return score_of[org.name]

    def evidence_rank(org) -> int:
        """How strong the best evidence for ``org`` is: on the cover or addressed (3), the page's
        own furniture, site name or title (2), the file's properties or own e-mail domain (1)."""
        if org.name in banner or org.name in addressed:
            return 3
        hint = hint_source(org)
        if hint and hint != "file properties":
            return 2
        return 1 if hint or own_domain(org) else 0

    def source(name: str) -> str:
        org = next((o for o in index.all() if o.name == name), None)
        if name in banner:
            return banner[name]
        if name in addressed:
            return "report to"
        if org is not None and hint_source(org):
            return hint_source(org)
        if org is not None and own_domain(org):
            return "email domain"
        return "most mentioned"

    # `the Couty Council budget meeting`: a misspelt `County Council`, not a council of `Couty`.
    councils = [o for o in index.all() if o.kind == "council" and not _misspelt_tier(o.name)]
    nhs = [o for o in index.all() if o.kind in PUBLIC_KIND_KEYS and o.kind != "council"]
    best_council = None
    if councils:
        top = max(score(o) for o in councils)
        tied = [o for o in councils if score(o) == top]
        # Ties between councils go to the one whose own address or place the paper
        # gives more, then to the one named first (the cover comes first).
        best_council = max(tied, key=lambda o: (_own_place_weight(doc, o, index) if len(tied) > 1 else (0, 0),
                                                -index.first_seen(o.name)))
    best_nhs = max(nhs, key=score, default=None)
    if best_nhs is not None and sum(score(o) == score(best_nhs) for o in nhs) > 1:
        best_nhs = None  # two NHS bodies named alike: nothing says which one writes
    if best_council is None or best_nhs is None:
        chosen = best_council or best_nhs
    elif evidence_rank(best_nhs) > evidence_rank(best_council):
        # `Report to: Tarnwick Integration Joint Board` beats the council named in the file's
        # properties or more often in the text: the stronger evidence decides, not the count.
        chosen = best_nhs
    elif score(best_council) < 500 and self_references(best_nhs) > max(2, self_references(best_council)):
        chosen = best_nhs
    else:
        chosen = best_council
    if chosen is not None and chosen.name in hosted:
        return host
    if chosen is not None and source(chosen.name) != "most mentioned":
        return chosen.name, source(chosen.name)
    # A body that is no council or NHS body heading its own paper alone on the cover (a charity's,
    # a company's, a society's board minutes): it publishes the paper.  A paper that also names a
    # council or NHS body is the body's own only as a set of minutes (`Minutes of a meeting of the Board
    # of Directors`): a provider's name heading a council's report on its contract is its subject.
    heading_own = [name for name, how in banner.items() if how == "cover" and index.kind_of(name) not in PUBLIC_KINDS
                   and name not in hosted]
    if heading_own and (chosen is None or _minutes_line(passages)):
        return heading_own[0], "cover"
    # `Marchland Digital Standards Board` / `Minutes of the meeting`, the paper writing `the MDSB agreed`: the body
    # heading its own minutes, which the paper calls by its initials, publishes them over a council only mentioned
    # (a member's council in the apologies) or none.
    initialled = _meeting_body_by_initials(doc, committee, index)
    if initialled:
        return initialled, "own heading initials"
    # Named only by what the file says about itself (a web page's footer or site name,
    # a PDF's running lines): the paper's text never names its publisher.
    published = _furniture_publisher(properties)
    if published:
        return published
    # `sara.lund@kent.gov.uk` in a paper that never names its council: the registered council
    # whose place the paper's own e-mail domain spells.
    for place in sorted(domain_places):
        body = register.council_of_domain(place)
        if body is not None:
            return body.name, "email domain"
    # `NHS England board`, `Minutes of the Homes England Board meeting`: the meeting is named for a body that is
    # no council or local NHS body (a national agency, a national NHS body), and nothing names any other
    # publisher: the body whose meeting it is publishes the paper, as a council publishes its committees'.
    if chosen is None and len(addressed) == 1:
        return next(iter(addressed)), "report to"
    # A form or statement that never names its council (`this authority`), saved as
    # `wessex-cc_2026-02-12_budget-amendment.pdf`: the registered council its file name starts with.  Over a
    # council only mentioned most, when the paper calls the file's council by its initials or place (`KCC`
    # ten times and `Medway Council` eight in a report `To: County Council` that never writes the name out).
    # (Over any council only mentioned most that the register does not know: a national advisory council
    # in an appendix's table, a parish or youth council a consultation report quotes, publishes no paper
    # saved under a registered council's name.)
    named = council_of_file_name(doc._.filename or "") if filed is _UNREAD else filed
    if named is not None and (chosen is None or chosen.name != named
                              and (register.lookup(chosen.name) is None
                                   or _calls_by_initials_or_place(doc, named, [o.name for o in index.all()]))):
        return named, "file name"
    # `harrowdale-cc_2026-03-02_minutes.txt` whose text calls its council only `HCC`: the body the paper names by
    # the initials of its file name's publisher (`harrowdale-cc` -> `HCC`), over a council only mentioned more.
    initialled = _body_by_file_name_initials(doc, index)
    if initialled is not None and (chosen is None or initialled != chosen.name):
        return initialled, "file name initials"
    if chosen is not None:
        return chosen.name, "most mentioned"
    return None, None


# Initials shorter than this spell too many things to stand for a publisher (`HC`, `PC`).
PUBLISHER_INITIALS_MIN = 3


def _meeting_body_by_initials(doc: Doc, committee: Optional[str], index) -> Optional[str]:
    """The body a paper's meeting is named for (`Marchland Digital Standards Board`) when the paper also writes its
    initials as a word (`MDSB`) and it is no council's or NHS body's meeting; else None."""
    if not committee or index.kind_of(index.resolve(committee) or "") in PUBLIC_KINDS:
        return None
    words = committee.split()
    if not all(w[:1].isupper() or w.lower() in NAME_JOINING_WORDS for w in words) \
            or any(index.resolve(f.surface) for f in find_names(committee) if not f.short
                   and f.surface != committee and index.kind_of(index.resolve(f.surface)) in PUBLIC_KINDS):
        return None  # (`Wessex County Council Cabinet`: a council's meeting, weighed as the council's)
    # (Initials of words each written in capitals or lower case: `COUNCIL` is its own word, no initials.)
    named = [w for w in words if w.lower() not in NAME_JOINING_WORDS]
    letters = name_initials(committee)
    if len(named) < PUBLISHER_INITIALS_MIN or any(w.isupper() for w in named) or bounded(letters, r"\w", r"\w").search(paper_text(doc)) is None:
        return None
    return index.resolve(committee) or committee


def _body_by_file_name_initials(doc: Doc, index) -> Optional[str]:
    """The initials (`WVCC`) that spell the paper's file name's publisher (`wye-valley-cc`, the tier's letters kept
    whole) when the paper writes them as a word: the index's body of that name, else the initials themselves; None
    when the paper never writes them."""
    filename = doc._.filename or ""
    stem = file_name_publisher_part(filename)
    parts = [part for part in stem.split("-") if part]
    if len(parts) < 2:
        return None
    # (`cc`, `pc`, `tc`: a tier's letters; every other part a word whose first letter counts.)
    letters = "".join(part if len(part) <= 3 and part.isalpha() and part == parts[-1] else part[0] for part in parts).upper()
    if len(letters) < PUBLISHER_INITIALS_MIN:
        return None
    known = next((name for name in index.names() if name == letters), None)
    if known is not None:
        return known
    # (`KCC` in a paper saved as `kent-cc_...`: the index's Kent County Council, which the initials stand for.)
    return (index.resolve(letters) or letters) if bounded(letters, r"\w", r"\w").search(paper_text(doc)) else None


# (`across Kent`, `in Surrey`: the place as an area, not the council acting or owning.)
AREA_BEFORE_PLACE_RE = cover.vocabulary_re("area_before_place_words", r"\b(?:LABELS)\s+$")  # (cover_labels.yml)


# After a place, a capitalised word (perhaps after `and`) that opens a name the place begins (`Surrey Hills`,
# `Devon and Cornwall Police`), not a word by which the place stands for its council (`Leeds officers`, `Kent has`).
PLACE_OPENS_NAME_RE = re.compile(r"(?!\s+(?i:officers?|members?|has|have|is|will|was)\b)\s+(?:(?:and|&)\s+)?[A-Z][a-z]+\b")


def _calls_by_initials_or_place(doc: Doc, council: str, other_names: list[str] = ()) -> bool:
    """Whether the paper writes ``council``'s initials (`KCC` for Kent County Council) or its place as a word
    standing for the council (`Leeds officers drafted the bid`): not inside another body's name (`Devon and
    Cornwall Police`, `Kent and Medway ICB`) nor as an area (`across Kent`, `the Surrey Hills`)."""
    text = paper_text(doc)
    initials = "".join(word[0] for word in council.split() if word[:1].isupper())
    if len(initials) >= 2 and bounded(initials, r"\w", r"\w").search(text) is not None:
        return True
    place = council_place(variant_key(council))
    # (Taking the other bodies' names out only removes text: a paper that never writes the place is done.)
    if not place or place.lower() not in text.lower():
        return False
    for name in sorted((n for n in other_names if n != council), key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    for match in _place_word_re(place).finditer(text):
        after = text[match.end():match.end() + 40]
        if AREA_BEFORE_PLACE_RE.search(text[max(0, match.start() - 20):match.start()]) \
                or PLACE_OPENS_NAME_RE.match(after):
            continue  # (`Surrey Hills`, `Devon and Cornwall Police`: a name the place opens)
        return True
    return False


# `of the` may come glued in a PDF's text layer (`Trustees Ofthe Friends of ...`): a lost space, same words.
OWN_GROUP_RE = cover.vocabulary_re("own_governing_groups", r"^(?:LABELS)\s+of(?:\s*the\s+|\s+)(?P<body>.+)$")
# `Annual General Meeting of the Wendle Gardens Society`, `Fenmarket Heritage Trust Ltd AGM`: its members' meeting.
GENERAL_MEETING_OF_RE = cover.vocabulary_re("own_general_meetings", r"^(?:LABELS)\s+of(?:\s*the\s+|\s+)(?P<body>.+)$")
BODY_GENERAL_MEETING_RE = cover.vocabulary_re("own_general_meetings",
                                              r"^(?P<body>.+?)(?:\s*[\u2013\u2014:-]\s*|\s+)(?:LABELS)$")
GENERAL_MEETING_NOTICE_RE = cover.vocabulary_re("general_meeting_notice_prefixes", r"^(?:LABELS)")
# `Larkmoor Academy Trust Board of Trustees`, `HOLLYBANK INFANT SCHOOL BOARD OF GOVERNORS`: the group after its body.
BODY_OWN_GROUP_RE = cover.vocabulary_re("own_governing_groups_after", r"^(?P<body>.+?)\s+(?:LABELS)$")
MINUTES_OF_PREFIX_RE = cover.vocabulary_re("minutes_of_prefixes", r"^(?:LABELS)")
# How many opening lines may carry a body's own governing group (a page header, a letterhead, the minutes line).
GOVERNING_HEADER_LINES = 3
PUBLIC_BODY_WORDS_RE = cover.vocabulary_re("public_body_words", r"\b(?:LABELS)\b")  # (cover_labels.yml)


def _own_governing_body(committee: str, index) -> Optional[str]:
    """`Trustees of the Friends of Ashby Library` -> `Friends of Ashby Library`: the body a committee
    names as its own trustees', directors' or board's, or its members' general meeting's (`Wendle Gardens Society
    AGM`), when it is no public body (councils and NHS
    bodies are weighed by the evidence below) and has a name of two words or more."""
    committee = squash(committee)
    # (`Notice of the Annual General Meeting of X`: the notice names the meeting; its own words name no body.)
    meeting = GENERAL_MEETING_NOTICE_RE.sub("", committee)
    match = OWN_GROUP_RE.match(committee) or GENERAL_MEETING_OF_RE.match(meeting) \
        or BODY_GENERAL_MEETING_RE.match(meeting) or BODY_OWN_GROUP_RE.match(committee)
    if not match:
        return None
    body = _without_closing_word(match.group("body").strip(" .,;:"), ("meeting", "minutes"))
    body = from_capitals(body) if body.isupper() else body
    words = body.split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the", "&") for w in words) \
            or PUBLIC_BODY_WORDS_RE.search(committee):
        # (the whole line: `KELBY CHARTER TRUSTEES` is a public body whose name ends in its group's word)
        return None
    resolved = index.resolve(body)
    if resolved and index.kind_of(resolved) in PUBLIC_KINDS:
        return None
    return resolved or body


def _governing_header(passages: list[Passage], index) -> Optional[tuple[str, str]]:
    """(body, line): the body whose own governing group (governors, trustees, directors) one of the paper's first
    lines names, a minutes line's `Minutes of the ...` words cut first; None when none does or it is a public body."""
    opening = [p for p in passages[:OPENING_PASSAGES] if p.kind not in ("table_row", "table_header")]
    for n, passage in enumerate(opening[:GOVERNING_HEADER_LINES]):
        if n and passage.kind != "heading":
            continue  # (a sentence below the first line names groups in passing: `Elected Parent Governors`)
        body = _own_governing_body(MINUTES_OF_PREFIX_RE.sub("", squash(_clean(passage.text))), index)
        if body and orgevidence.is_name(body) and body.split()[-1].lower() not in NAME_JOINING_WORDS:
            return body, squash(_clean(passage.text))
    return None


# A line holding one of these words is a heading, label or page mark, never the body's name heading its paper.
LETTERHEAD_NOT_WORDS = cover.word_set("letterhead_not_words")
# Words a body's name may hold in lower case (`Friends of Ashby Library`, `Trust for the Arts`): the
# gazetteer's connectors and the two small words a body's own name may carry.
NAME_JOINING_WORDS = frozenset(gz.CONNECTORS | {"the", "for"})
# How many lines may stand above a board's minutes line as its letterhead (a name, a strapline, an address line).
LETTERHEAD_LINES = 3


def _letterhead_name(line: str) -> Optional[str]:
    """`Fenmarket Libraries`, `FENMARKET LIBRARIES`, `(c) Harbury Heritage Trust`: a line that is nothing but a
    body's name of two to six capitalised words (in title case if set in capitals); None for a heading, a label, a
    date or a place."""
    name = squash(line.replace("\u00a9", " ")).strip(" .,;:|-\u2013\u2014")
    words = name.split()
    if not 2 <= len(words) <= 6 or any(c.isdigit() or c in ":;/@()" for c in name):
        return None
    if any(lower_letters(w.lower()) in LETTERHEAD_NOT_WORDS for w in words) \
            or not all(w[:1].isupper() or w.lower() in NAME_JOINING_WORDS for w in words):
        return None
    name = from_capitals(name)
    return name if orgevidence.is_name(name) else None


def _owns_only_its_board(committee: Optional[str], passages: list[Passage]) -> bool:
    """Whether the paper is a body's own board's record that never names the body in its meeting line
    (`Board`, `Board of Trustees minutes`, `Minutes of the meeting of the Board`)."""
    line = committee or _minutes_line(passages) or ""
    return bool(line) and _meeting_kind_only(line) and MEETING_KIND_WORD_RE.search(line) is not None


def _own_board_publisher(passages: list[Passage], properties: dict, committee: Optional[str],
                         index) -> Optional[tuple[str, str]]:
    """(body, evidence) for a body's own board minutes whose meeting line names only the board: the body that is
    no council or NHS body named by the page's own header or footer, site name or title, by the paper's letterhead
    (a name alone above the minutes line) or by the paper's own e-mail domain (`@fenmarketlibraries.org.uk` and
    `Fenmarket Libraries` in the text).  None when that body is a council or NHS body (weighed as such elsewhere)."""
    found: list[tuple[str, str]] = []
    # `Fenmarket Libraries - Board Meeting`: the meeting line names the body, then its board.
    parts = cover.title_segments(committee or "")
    named = _letterhead_name(parts[0]) if len(parts) == 2 and _owns_only_its_board(parts[1], []) else None
    if named:
        found.append((named, "own minutes"))
    elif not _owns_only_its_board(committee, passages) or _furniture_publisher(properties):
        return None
    for keys, label in PROPERTY_SOURCES:
        for key in keys:
            value = properties.get(key)
            for text in (value if isinstance(value, list) else [value] if isinstance(value, str) else []):
                for part in cover.title_segments(text):
                    name = _letterhead_name(part.split(",")[0])
                    if name:
                        found.append((name, label))
    opening = [_clean(p.text) for p in passages[:LETTERHEAD_LINES + 1] if p.kind not in ("table_row", "table_header")]
    below = next((n for n, text in enumerate(opening) if MINUTES_LINE_RE.search(text) or _owns_only_its_board(text, [])),
                 None)
    letterhead = next(filter(None, map(_letterhead_name, map(_without_aside, opening[:below]))), None) if below else None
    if letterhead:
        found.append((letterhead, "letterhead"))
    for domain in cover.own_email_domains(passages, properties):
        name = _named_by_domain(domain.split(".")[0], passages)
        if name:
            found.append((name, "email domain"))
    for name, how in found:
        resolved = index.resolve(name) or name
        if index.kind_of(resolved) not in PUBLIC_KINDS:
            return resolved, how
    return None


def _named_by_domain(label: str, passages: list[Passage]) -> Optional[str]:
    """`fenmarketlibraries` -> `Fenmarket Libraries`: the run of two to six capitalised words (joining words
    between them counted or not) that a paper's own e-mail domain spells."""
    if len(label) < 6:
        return None
    for passage in passages:
        words = capitalised_words(passage.text)
        for i, (start, first) in enumerate(words):
            if not label.startswith(lower_letters(first.lower())):
                continue
            for j in range(i + 1, min(i + 6, len(words))):
                gap = passage.text[words[j - 1][0] + len(words[j - 1][1]):words[j][0]]
                if gap.strip() and gap.strip().lower() not in NAME_JOINING_WORDS:
                    break
                span = passage.text[start:words[j][0] + len(words[j][1])]
                spelt = lower_letters(span.lower())
                kept = lower_letters(" ".join(w for w in span.lower().split() if w not in NAME_JOINING_WORDS))
                if label in (spelt, kept):
                    return _letterhead_name(span)
                if not (spelt.startswith(label[:len(kept)]) or label.startswith(kept)):
                    break
    return None


FILE_NAME_TIERS = [(re.compile(rf"^(?P<place>[a-z][a-z-]*?)-(?:{entry['pattern']})$"), frozenset(entry["words"]))
                   for entry in cover.vocabulary()["file_name_council_tiers"]]
# The tier a council's file name may write out before `council`, no part of its place (`leeds-city-council`,
# `windsor-and-maidenhead-royal-borough-council`): a principal council's tier (orgnames), and the `royal` of a
# Royal Borough; never a town's or parish's type (`ashby-town-council` is no council of the place `ashby`).
TIER_WORDS = PRINCIPAL_TIER_WORDS | {"royal"}


def file_name_publisher_part(filename: str) -> str:
    """The part of a file's name before its first underscore, lower-cased (`wessex-cc_2026-02-12_parks.pdf` ->
    `wessex-cc`), where a publisher saves its papers under its own short name."""
    return filename[max(filename.rfind("/"), filename.rfind("\\")) + 1:].split("_")[0].lower()


def council_of_file_name(filename: str) -> Optional[str]:
    """`wessex-cc_2026-02-12_parks.pdf` -> the one registered current council of that place whose
    name has a word the tier allows (`cc`: County or City); None for any other file name
    (`friends-of-ashby-library_2025-03-04_minutes.txt` names no council's tier)."""
    stem = file_name_publisher_part(filename)
    for pattern, words in FILE_NAME_TIERS:
        match = pattern.match(stem)
        if not match:
            continue
        parts = match.group("place").split("-")
        while len(parts) > 1 and parts[-1] in TIER_WORDS:
            parts.pop()  # (`leeds-city-council`: the tier written out is no part of the place)
        body = register.council_of_domain("".join(parts))
        if body is not None and (not words or words & set(body.name.lower().split())):
            return body.name
        return None
    return None


_CAPITALS_WORD_RE = re.compile(r"\b[A-Z][A-Z0-9&]{1,6}\b")


def paper_acronyms(passages: list[Passage]) -> set[str]:
    """Words the paper writes in capitals inside ordinary sentences (`KCC`, `WECA`):
    acronyms, which stay in capitals when a cover line in capitals is set in title case."""
    found = set()
    for passage in passages:
        text = passage.text
        for match in _CAPITALS_WORD_RE.finditer(text):
            before = text[max(0, match.start() - 12):match.start()].split()
            after = text[match.end():match.end() + 12].split()
            if before and after and _has_lower(before[-1]) and _has_lower(after[0]):
                found.add(match.group())
    return found


def _has_lower(word: str) -> bool:
    return any(c.islower() for c in word)


def date_of_file_name(filename: str) -> Optional[FileNameDate]:
    """`harbourside-cc_2026-03-02_scrutiny-board.txt`, `Minutes 2nd March 2026.pdf` -> 2026-03-02 and the reader that
    found it: the whole day a paper's file is named by, however the publisher writes it (extract/file_name_dates.py);
    None for a month only (`wessex-cc_2025-01_plan.pdf`) or no date."""
    found = date_in_file_name(filename)
    return found if found is not None and found.is_day else None


def _yearless_meeting_in_file_month(passages: list[Passage], filename: str) -> Optional[str]:
    """`Fenwick Parish Council. Meeting 9th February 19:30` in minutes saved as `fenwick-pc_2026-02_...`: the day and
    month the meeting line gives, in the year of the file name's month when the two months agree; else None."""
    found = date_in_file_name(filename)
    if found is None:
        return None
    month = found.value[:7]
    for passage in passages[:2]:  # (the meeting line opens the paper; a sentence may run on from it)
        text = _clean(passage.text)
        if passage.kind in ("table_row", "table_header") or not BODY_LINE_RE.search(text) or _names_other_meeting(text):
            continue
        for _start, _end, found_month, day in dates.find_yearless_dates(text)[:1]:
            if found_month == int(month[5:]):
                return f"{month}-{day:02d}"
    return None


# A Markdown file's own title (its front matter's `title:`, which a site exporting its pages writes, else its first
# level-one heading, ingest/readers/text.py): the author's name for the page, unlike a PDF's or DOCX's title property
# (`Microsoft Word - draft3.docx`).
WEB_EXPORT_SUFFIXES = (".md", ".markdown")


def _web_export_title(filename: str, properties: Optional[dict]) -> Optional[str]:
    """`---` / `title: "Minutes"` / `---` over minutes whose text has no heading: the page's title titles the
    paper when no line of it does (a page's own title, however short)."""
    title = _clean(str((properties or {}).get("title") or ""))
    if not filename.lower().endswith(WEB_EXPORT_SUFFIXES) or not has_letter_run(title, 3):
        return None
    return squash(title)


def _own_minutes_title(properties: Optional[dict], meeting_date: Optional[str], month_first: bool) -> Optional[str]:
    """The title a file gives itself when it names minutes and their meeting's whole date: a PDF's or DOCX's Title
    property (`Harbour Committee minutes, 12 March 2026`), a web page's <title> less the site's name (`Minutes of
    the Quality Committee, 4 February 2026 - Wendle Trust`), a Markdown export's front-matter title.  The
    publisher's own name for the paper, over a heading whose held clause the title would cut.  None when the file
    title names no minutes, another meeting (`Minutes of the previous meeting`), an agenda too, only a month (a site's listing
    label, `Ashby Parish Council March 2026 meeting`), a date in figures only (the file's name as a word processor
    titled it) or another day than the meeting's (the day the file was made)."""
    title = _clean(str((properties or {}).get("title") or ""))
    # (A web page whose own <h1> is its minutes title, `Minutes of Licensing Committee`, is titled by that heading,
    # not by its <title>; an <h1> saying only the page's kind, `Minutes`, or naming its body does not title it.)
    h1 = _clean(str((properties or {}).get("h1") or ""))
    if h1 and MINUTES_LINE_RE.search(h1) and not cover.PAGE_TYPE_HEADING_RE.match(h1):
        return None
    # (`Agenda and draft minutes - Licensing Sub-Committee - 9 May 2026`: a meeting page's, titled by its headings.)
    if not meeting_date or not MINUTES_LINE_RE.search(title) or NOT_MINUTES_TITLE_RE.search(title) \
            or _names_other_meeting(title) or "agenda" in _lower_words(title).split():
        return None
    title = _without_site_name(title)
    spans = _full_dates(title)
    # (The date written with its month's name: `Microsoft Word - 2026-03-12 Board minutes.doc` is the file's name, as
    # the word processor titled it, not the publisher's title.)
    written = title[spans[0][0]:spans[0][1]] if len(spans) == 1 else ""
    if not has_letter_run(written, 3) or not 3 <= len(title.split()) <= 20 \
            or parse_date(written, month_first) != meeting_date[:10]:
        return None
    return squash(title)


def _minutes_title_date(filename: str, properties: Optional[dict], month_first: bool) -> Optional[str]:
    """The day a web page's own title gives its minutes (`Kelby Parish Council Minutes Tuesday 3rd March 2026 at
    7:30pm`); None for a title naming no minutes or no whole date."""
    title = _web_export_title(filename, properties)
    if not title or not MINUTES_LINE_RE.search(title) or _names_other_meeting(title):
        return None
    spans = _full_dates(title)
    return parse_date(title[spans[0][0]:spans[0][1]], month_first) if spans else None


@Language.component("cp_metadata")
def cp_metadata(doc: Doc) -> Doc:
    passages = doc._.passages or []
    extraction = doc._.extraction
    if extraction is None or not passages:
        return doc
    # One view of the cover, read once: a field a line, its label/value pairs collected.
    joined = _split_capitals_at_dates(_unglued(cover.cover_lines(_as_lines(passages))))
    lines = _join_wrapped(_split_before_extract(joined))
    extract_meeting = _extract_meeting(lines, joined, bool(doc._.month_first))
    fields = cover.collect(lines, doc._.properties)
    month_first = bool(doc._.month_first)
    # Read once a paper, by the two readers each: its initials line (committee, title) and its file name's
    # council (the authority, and a transcript's).
    initials = _initials_meeting_line(lines)
    filed = council_of_file_name(doc._.filename or "")
    # (A pack's caption names the meeting after its appendix label: that part alone names the committee and date.)
    meeting_lines = _caption_meetings(lines)
    committee, committee_date = find_committee(meeting_lines, fields, month_first, doc._.properties, initials)
    # What the paper is, judged once for every reader below.
    kind = doc._.paper_kind = paper_kind(passages, None, doc._.properties, doc._.filename or "")
    transcript = of_kind(kind, "transcript")
    welcomed, owner = _welcomed_meeting(passages) if transcript else (None, None)
    if committee is None and welcomed:
        # `Good afternoon and welcome to this meeting of the Harbour Scrutiny Board`: the chair names it.
        committee = welcomed
    authority, extraction.authority_source = find_authority(doc, lines, committee, fields, filed)
    if transcript and extraction.authority_source == "most mentioned":
        # A transcript's speakers name the bodies they come from more than the one whose meeting it is: the
        # publisher is the body whose meeting the chair names (`Wendle City Council's Scrutiny Board`), else
        # council its file name gives (`harbourside-cc_2026-03-02_scrutiny-board.txt`), else left unknown rather
        # than guessed from how often a body is named.
        named = doc._.orgs.resolve(owner) if owner and doc._.orgs is not None else None
        authority, extraction.authority_source = (named, "chair's welcome") if named else \
            (filed, "file name") if filed else (None, None)
    if doc._.orgs is not None:
        doc._.orgs.authority = authority
    extraction.authority = authority
    if committee and authority and _refers_back(committee):
        # `Minutes of a meeting of the above Council` with no heading above: the body whose minutes they are.
        committee = authority
    if committee is None and authority and _local_council(authority) \
            and of_kind(kind, "minutes"):
        # `Present: Cllrs Amble, Birch & the Clerk.` opening a parish, town or community council's minutes that name
        # no meeting (the heading the site kept is lost): such a council meets as itself.
        committee = authority
    extraction.meeting_date = find_meeting_date(meeting_lines, committee_date, fields, month_first, doc._.properties,
                                                committee, kind)
    if extraction.meeting_date is None:
        # `title: "Kelby Parish Council Minutes Tuesday 3rd March 2026"` over minutes whose text dates only their
        # signing: the page's own title dates them.
        extraction.meeting_date = _minutes_title_date(doc._.filename or "", doc._.properties, month_first)
        if extraction.meeting_date:
            extraction.meeting_date_source = "page title: minutes line"
    if extraction.meeting_date is None and (transcript or _undated_minutes_file(kind, doc._.filename or "")):
        # A transcript of a recording says no date (the recording's page did): the file is named by it.  So are
        # minutes whose text never dates their meeting (a web page's body whose heading the site kept, a body's notes
        # that open with who was present; the publisher dated the file).  A fallback, after every dating rule.
        named = date_of_file_name(doc._.filename or "")
        if named:
            extraction.meeting_date, extraction.meeting_date_source = named.value, named.rule
    if extraction.meeting_date is None and file_name_rule(doc._.filename or "") == "minutes_file_name":
        # (The text gives the day and month, the minutes' file name only the year: no more than a file name's date.)
        extraction.meeting_date = _yearless_meeting_in_file_month(lines, doc._.filename or "")
        if extraction.meeting_date:
            extraction.meeting_date_source = "file name: the year of a yearless meeting line"
    title = find_title(lines, doc._.properties, fields, initials)
    if any(value and value.isupper() for value in (committee, title)):
        keep = KEEP_UPPER | paper_acronyms(passages)
        # (`PRG`: a group known only by its initials keeps them.)
        committee, title = (from_capitals(v, keep) if v and not _is_initials(v) else v
                            for v in (committee, title))
    # `MINUTES of the meeting held on ...` under the body's own heading: that body's minutes.
    if title and committee and NAMELESS_MINUTES_RE.match(title):
        title = f"{committee} Minutes"
    # `Executive` / `Tuesday, 4 March 2025` / `Minutes`: minutes titled by no line but their kind.
    if title is None and committee and any(NAMELESS_MINUTES_RE.match(_clean(p.text)) for p in lines[:OPENING_PASSAGES]):
        title = f"{committee} Minutes"
    # `Harbour Committee minutes, 12 March 2026` as the file's own title over `Minutes of a meeting of the Harbour
    # Committee held on 12 March 2026 at 10.00am at the Guildhall`: the publisher's name for its minutes.
    title = _own_minutes_title(doc._.properties, extraction.meeting_date, month_first) or title
    if title is None:
        title = _web_export_title(doc._.filename or "", doc._.properties)
    header = _governing_header(lines, doc._.orgs) if authority and doc._.orgs is not None else None
    if header and header[0] == authority and not MINUTES_LINE_RE.search(header[1]) and not (title and MINUTES_LINE_RE.search(title)):
        # `HOLLYBANK INFANT SCHOOL BOARD OF GOVERNORS` over `COMMITTEE: Resources Committee`: a school's or trust's
        # page header and the meeting under it title its minutes (the paper has no minutes line; its other
        # headings title its tables: `Governor Attendance`).
        named = from_capitals(header[1]) if header[1].isupper() else header[1]
        title = f"{named} - {committee}" if committee and _lower_words(committee) not in _lower_words(named) else named
    if extract_meeting:
        title, committee, extract_date = extract_meeting
        if extract_date:
            extraction.meeting_date, extraction.meeting_date_source = extract_date, None
    extraction.committee = committee
    extraction.title = title
    extraction.author = find_author(lines)
    return doc
