"""A paper's cover fields as one model of label/value pairs.

Every reader gives passages (lines, paragraphs, table rows); a cover sheet
writes its fields in several layouts, all read here into one list of
:class:`CoverField`:

* a two-column table (`Date | 9 October 2025`) or a four-column one
  (`Date | 9 October 2025 | Report to | Cabinet`), an HTML definition list
  (read as a two-column table); a label cell stacking several labels one a line
  beside a cell giving as many value lines (`Report of:` / `Wards affected:`), read
  as that many pairs (stacked_pairs);
* `Label: value` lines, the value wrapped onto the next line when its line
  stops mid-phrase (`Title: Review of the` / `leisure contract`), or a label
  alone on its line with the value on the next;
* `Held on Monday 3 February 2025` / `Meeting held on ...` in a set of minutes;
* what the file says about itself: an HTML page's <title>, <h1>, site name and
  banner/footer, a PDF's running header and footer lines, e-mail addresses.

The label vocabulary is data (``cover_labels.yml``, each label with examples).
``extract.metadata`` reads fields from this model instead of scanning text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .plain_text import is_ascii_letter, spaced_marks, squash, without_final_newline, word_list_pattern
from .yaml_files import safe_load

from committee_papers.ingest.model import Passage, table_row_text

LABELS_FILE = Path(__file__).with_name("cover_labels.yml")
# How far into a paper its cover sheet can reach (passages).
COVER_PASSAGES = 60
FIELDS = ("title", "committee", "date", "author", "authority")
# How far into a paper a row of labels heading a one-row table can be its cover (`Date | Time |
# Venue` under a set of minutes' heading); a table further on is the paper's own.
HEADER_ROW_REACH = 20


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    with LABELS_FILE.open(encoding="utf-8") as handle:
        return safe_load(handle)


# `{{other_meeting_words}}` in a pattern: another vocabulary of this file read in as a group, so
# one list of words serves every pattern that needs it.
_VOCABULARY_REFERENCE_RE = re.compile(r"\{\{(\w+)\}\}")


def label_pattern(field: str, tier: Optional[int] = None, cells: bool = False) -> str:
    """The labels of ``field`` (of one author ``tier``) as one alternation, each
    `{{vocabulary}}` it names read in as a group; with ``cells``, the labels read only in a
    table's cell too (entries marked `cells_only`)."""
    return "|".join(label_alternatives(field, tier, cells))


def label_alternatives(field: str, tier: Optional[int] = None, cells: bool = False) -> tuple[str, ...]:
    """The labels of ``field`` one by one, as ``label_pattern`` joins them."""
    return tuple(_VOCABULARY_REFERENCE_RE.sub(lambda m: f"(?:{label_pattern(m.group(1))})", entry["pattern"])
                 for entry in vocabulary()[field] if (tier is None or entry.get("tier") == tier)
                 and (cells or not entry.get("cells_only")))


def vocabulary_re(field: str, form: str = "LABELS") -> re.Pattern:
    """The labels of ``field`` compiled, case ignored, inside ``form`` (LABELS stands for their
    alternation), through the one word-list pattern builder (``plain_text.word_list_pattern``)."""
    return word_list_pattern(label_alternatives(field), form.replace("LABELS", "WORDS"))


def word_set(field: str, keep_case: bool = False) -> frozenset[str]:
    """The words of a word-list vocabulary of this file (entries with `words`), lower case unless
    ``keep_case`` (a list whose case tells, as honorifics)."""
    return frozenset(word if keep_case else word.lower() for entry in vocabulary()[field] for word in entry["words"])


# What closes a label: a colon, a bar, a spaced dash or the line's end (_run_in_pattern swaps it out).
# (stop 21: `:-` too, as Scottish papers and older decision-record pages write it: `Date of Meeting:-3 June`.)
_LABEL_END = r"\s*(?::-?|\||-\s|$)\s*"


def label_re(pattern: str) -> re.Pattern:
    return word_list_pattern((pattern,), rf"^\s*(?:WORDS){_LABEL_END}")


# A numbered heading of a paper (`3. Recommendations`, `Financial implications:`).
_NUMBERED_HEADING = r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:LABELS)\s*:?$"
LABEL_RES = {field: label_re(label_pattern(field)) for field in FIELDS}
# The same as a cover table's label cells read them: with the labels that are labels only in a cell
# (`Report | Guardian Service Annual Report`; a bare `REPORT` line heads covers whose next line is the meeting).
CELL_LABEL_RES = {field: label_re(label_pattern(field, cells=True)) for field in FIELDS}
SECTION_HEADING_RE = vocabulary_re("section_headings", _NUMBERED_HEADING)
MINUTES_SECTION_HEADING_RE = vocabulary_re("minutes_section_headings", _NUMBERED_HEADING)
PAGE_TYPE_HEADING_RE = vocabulary_re("page_type_headings", r"^(?:LABELS)\s*:?$")
REPORT_BY_LINE_RE = vocabulary_re("report_by_lines", r"^(?:LABELS)$")
DECISION_MAKER_ROLE_RE = vocabulary_re("decision_maker_roles", r"^(?:the\s+)?(?:LABELS)")
# `24/00093 Mrs Jo Bloggs, Cabinet Member for ...`: a reference, then a person, then the role
# (after a comma, in brackets or after a dash).
_REFERENCE_PERSON_RE = re.compile(r"^(?:\d{1,4}/\d{2,6}\s+)?(?P<person>[^,(]{3,60}?)\s*(?:,|\(|\s[-\u2013\u2014]\s)\s*(?P<role>.+)$")


AUTHOR_TIERS = sorted({entry["tier"] for entry in vocabulary()["author"]})
AUTHOR_RES = [label_re(label_pattern("author", tier)) for tier in AUTHOR_TIERS]
# `Purpose: Final Decision Report`: some other field of the cover sheet.
LABEL_LINE_RE = re.compile(r"^\s*[A-Za-z][A-Za-z()/' -]{1,40}:\s+\S")
ANY_LABEL_RE = re.compile(r"^\s*[A-Z][A-Za-z()/' ]{1,40}:\s*$|^\s*[A-Z][A-Za-z()/' ]{1,40}\?\s*(?:yes|no)?\s*$", re.I)
# A value that stops mid-phrase goes on on the next line: `Review of the` / `leisure contract`.
WRAPPED_END_RE = vocabulary_re("wrapped_end_words", r"(?:^|\s)(?:LABELS)$|[,&/\-\u2013]$")  # (cover_labels.yml)
# `Held on Monday 3 February 2025 at 7pm`, `Meeting held on ...`, `held at the Civic Centre on ...`.
HELD_ON_RE = re.compile(r"^(?:(?:the\s+)?(?:meeting|which\s+was)\s+)?held\s+(?:(?:at|in)\s+[^.]{1,80}?\s+)?on\s+\S", re.I)
# The caption of a signature block: `signed date`, `Signed ...... Date ......`, `Date of signature`.
SIGNED_CAPTION_RE = re.compile(r"\b(?:signed|signature)\b.{0,60}\bdated?\b|\bdated?\b.{0,60}\b(?:signed|signature)\b", re.I)
# Where a paragraph holding several cover fields starts its next one: a known label, capitalised,
# then a colon (`... Directions Report by: Fiona Drummond ... Purpose: Decision`), or `:-` (`Decision Maker :-Cabinet`).
_ALL_LABELS = tuple(label_pattern(f) for f in (*FIELDS, "other_labels"))
NEXT_LABEL_RE = word_list_pattern(_ALL_LABELS, r"\s(?=(?:WORDS)\s*:[-\s])")
# A text that opens with a cover label and its colon (`Author: ...`, `Report to: ...`).
LABEL_START_RE = word_list_pattern(_ALL_LABELS, r"(?:WORDS)\s*:[-\s]")


# Any `Label: ` (a capitalised word or few and a colon).
GENERIC_LABEL_RE = re.compile(r"(?:^|\s)[A-Z][A-Za-z()/' -]{1,40}:\s")


def has_sentence_end(text: str) -> bool:
    """``text`` holds a sentence's end and the next one's start: a small letter or closing bracket, a full
    stop, `!` or `?`, white space and a capital (`was agreed. The`, `(see above). Next`); not `Dr. Jo`'s
    capital before the stop, nor `4.5 The` nor `agreed.The`."""
    for i in range(1, len(text) - 1):
        if text[i] in ".!?" and ("a" <= text[i - 1] <= "z" or text[i - 1] == ")"):
            after = text[i + 1:]
            following = after.lstrip()
            if len(following) < len(after) and "A" <= following[:1] <= "Z":
                return True
    return False


def starts_with_label(text: str) -> bool:
    return bool(LABEL_START_RE.match(text))


# A protective marking's label and the values it takes (`Classification: Unrestricted`), written at the
# end of a value that ran into it (cover_labels.yml marking_labels, marking_values).
MARKING_LABEL_RE = vocabulary_re("marking_labels", r"(?:LABELS)\s*:?")
MARKING_VALUE_END_RE = vocabulary_re("marking_values", r"\s+(?:LABELS)$")
# A table cell holding nothing but a cover label (its colon optional), a cell-only label too.
_ALL_CELL_LABELS = tuple(label_pattern(f, cells=True) for f in (*FIELDS, "other_labels"))
ANY_LABEL_CELL_RE = word_list_pattern(_ALL_CELL_LABELS, r"(?:WORDS)\s*:?")
# `Cabinet · Tuesday 15 October 2024 · Report of the Director of Place`: a web page's line of
# fields, set apart by middle dots or bullets.
FIELD_SEPARATOR_RE = spaced_marks("\u00b7\u2022")
# An address, phone or web line (a letterhead's `Civic Centre • Tel 01234 567890 • www.x.gov.uk`).
CONTACT_LINE_RE = re.compile(r"\b(?:tel|phone|fax|email)\b|@|https?:|www\.|\.(?:com|io|org|gov|uk|net)\b|"
                             r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", re.I)
# (n37) Also an address a PDF's text layer broke before a public body's suffix (`a.bell@wendle .gov.uk`): the
# same domain, read without the space.
EMAIL_DOMAIN_RE = re.compile(r"\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,}|[a-z0-9-]+ \.(?:gov|nhs|org|ac|co)\.uk)\b", re.I)


@dataclass(frozen=True)
class CoverField:
    field: str   # title, committee, date, author, authority
    value: str
    source: str  # table, line, next_line, wrapped, lettered (after a form's item letter), held_on, or a property (site_name, h1, ...)
    index: int = -1  # passage index; -1 for what the file says about itself


def split_fields(text: str) -> list[str]:
    """The cover fields one line or paragraph holds, each on its own: a line of fields set
    apart by middle dots or bullets, and a `Label: value` paragraph into which the cover's
    next labelled fields were joined.  A line holding one field comes back as it is."""
    parts = FIELD_SEPARATOR_RE.split(text.strip())
    # (A letterhead's address and phone line set apart by bullets is no line of fields.)
    if len(parts) < 2 or any(not part or len(part.split()) > 16 for part in parts) or CONTACT_LINE_RE.search(text):
        parts = [text.strip()]
    out = []
    for part in parts:
        starts = [0]
        # A block of fields: a paragraph that starts with a known label, or one with no sentence in
        # it that holds two `Label:` pairs (`Licensing Act 2003 - Application Premises: X Applicant: Y
        # Date of hearing: 14 January 2025`), cut at each known label.
        if len(part.split()) <= 80 and (starts_with_label(part) or (
                len(GENERIC_LABEL_RE.findall(part)) >= 2 and not has_sentence_end(part))):
            # (`Subject Matter / Title of Decision: X`: a label wrapped over its lines is cut nowhere after
            # `/` or `of`; a field's value never ends on such a word.)
            cuts = [m.end() for m in NEXT_LABEL_RE.finditer(part) if part[m.end()].isupper()
                    and not WRAPPED_END_RE.search(part[:m.start()].rstrip())]
            # (`Report to: Audit Committee Date: 25 November`: `Committee Date:` and `Date:` are both labels;
            # a cut with no colon before the next one would leave a label without its value, and the body's own
            # word goes with the body: the shorter label is cut.)
            # (`Date of Board Meeting: 6 May 2025`: a label holding another, `Meeting:`, is cut nowhere inside.)
            head = LABEL_START_RE.match(part)
            starts += [cut for cut, after in zip(cuts, cuts[1:] + [len(part)])
                       if ":" in part[cut:after] and (head is None or cut >= head.end())]
        out.extend(part[a:b].strip() for a, b in zip(starts, starts[1:] + [len(part)]))
    return [part for part in out if part]


def cover_lines(passages: list[Passage]) -> list[Passage]:
    """The paper's passages with each cover passage that holds several fields cut into one
    passage per field (same kind, page and place), so every reader of the cover sees one
    field a line whatever the format joined."""
    out: list[Passage] = []
    for i, passage in enumerate(passages):
        if i < COVER_PASSAGES and _is_table(passage) and (cell := _only_cell(passage)):
            # `Meeting: Public Board | Date: 24 July 2025 | Agenda item: 11` in one (merged) cell:
            # fields set out in a line of their own, read as lines.
            parts = split_fields(cell)
            if len(parts) > 1 and all(starts_with_label(part + " ") for part in parts):
                out.extend(replace(passage, kind="line", text=clean(part), cells=[]) for part in parts)
                continue
        if i < COVER_PASSAGES and _is_table(passage) and (pairs := stacked_pairs(passage)):
            out.extend(replace(passage, cells=[label, value], text=table_row_text([label, value], passage.header))
                       for label, value in pairs)
            continue
        parts = split_fields(passage.text) if i < COVER_PASSAGES and not _is_table(passage) else []
        if len(parts) > 1:
            out.extend(replace(passage, text=part) for part in parts)
        else:
            out.append(passage)
    return out


def stacked_pairs(passage: Passage) -> list[tuple[str, str]]:
    """A cover table row whose label cell stacks several labels, one a line (`Report of:` / `Wards
    affected:` / `Key decision:`, a Word cell's paragraphs, an HTML cell's `<br>`s), beside a cell that
    gives their values on as many lines: the (label, value) pairs in order.  Nothing for any other row: a
    line of the label cell that is no cover label (cover_labels.yml), or values that cannot be paired
    line by line (fewer or more lines than labels)."""
    filled = [cell for cell in passage.cells if cell.strip()]
    if len(filled) != 2:
        return []
    labels, values = ([line.strip() for line in cell.split("\n") if line.strip()] for cell in filled)
    if len(labels) < 2 or len(values) != len(labels) or not all(is_label_cell(clean(label)) for label in labels):
        return []
    return list(zip(labels, values))


def _only_cell(passage: Passage) -> Optional[str]:
    """The text of a table row's one non-empty cell (a cell merged across the row), else None."""
    cells = [cell.strip() for cell in passage.cells if cell.strip()]
    return cells[0] if len(set(cells)) == 1 else None


# A marking or a draft's caveat run into a minutes heading before it (cover_labels.yml heading_run_in_caveats).
HEADING_CAVEAT_RE = vocabulary_re("heading_run_in_caveats", r"^\s*(?:LABELS)\s*(?=(?-i:Minutes|MINUTES)\b)")


@lru_cache(maxsize=4096)  # the cover, title and label readers clean the same cells and lines again and again
def clean(text: str) -> str:
    return HEADING_CAVEAT_RE.sub("", squash(text.replace("*", ""))).strip(" |:;")


def _person_and_role(value: str) -> tuple[Optional[str], Optional[str]]:
    """(person, role) of a value written as a person, then a comma, bracket or spaced dash, then a role
    (_REFERENCE_PERSON_RE); (None, None) for any other value."""
    match = _REFERENCE_PERSON_RE.match(clean(value))
    if not match:
        return None, None
    return match.group("person").strip(), match.group("role").strip().rstrip(")").strip()


def decision_maker_role(value: str) -> Optional[str]:
    """The role of a person who takes a decision alone: `Jo Bloggs, Cabinet Member for Waste`,
    `Cllr Jo Bloggs (Cabinet Member for Waste)`, `COUNCILLOR JO BLOGGS - CABINET MEMBER FOR WASTE`
    -> the role; None when the value names no such role."""
    person, role = _person_and_role(value)
    if person is None:
        return None
    # (A cover in capitals writes the person in capitals too.)
    if not person_name(person) and not (person.isupper() and person_name(person.title())):
        return None
    return role if DECISION_MAKER_ROLE_RE.match(role) else None


def person_role(value: str) -> Optional[str]:
    """The role of a person written with it (`Sarah Linley, Director of Neighbourhoods`, `Dr Ann Lee (Chief
    Executive)`, `Tom Ashdown - Head of Waste`); None when the value does not open with a person's name or
    the rest is no role (a capitalised phrase of up to ten words)."""
    person, role = _person_and_role(value)
    if person is None:
        return None
    if person_name(person) != person and not (person.isupper() and person_name(person.title()) == person.title()):
        return None
    return role if role[:1].isupper() and len(role.split()) <= 10 and not CONTACT_LINE_RE.search(role) else None


# As written (cover_labels.yml honorifics).
HONORIFICS = word_set("honorifics", keep_case=True)


def _is_honorific(word: str) -> bool:
    """`Dr`, `Cllr.`: an honorific as written, perhaps with one full stop (a final newline aside)."""
    return without_final_newline(word).removesuffix(".") in HONORIFICS


def is_name_word(word: str) -> bool:
    """A word of a person's name: an ASCII capital, then ASCII letters, apostrophes and hyphens holding a
    small letter (`Jo`, `O'Neill`, `Smith-Jones`, `McKay`), or an initial, perhaps with its full stop
    (`J`, `J.`); not `NHS`, `Jo,` nor `2025` (a final newline aside)."""
    word = without_final_newline(word)
    if not word or not "A" <= word[0] <= "Z":
        return False
    rest = word[1:]
    return rest in ("", ".") or (all(is_ascii_letter(ch) or ch in "'\u2019-" for ch in rest)
                                  and any("a" <= ch <= "z" for ch in rest))


# Words that start a job title or a contact detail, never a name: `Jo Bloggs Head of Service`.
ROLE_WORDS = {
    "director", "officer", "head", "manager", "assistant", "interim", "acting", "corporate", "chief", "lead",
    "strategic", "executive", "senior", "principal", "deputy", "associate", "cabinet", "member", "leader", "chair",
    "chairman", "vice", "portfolio", "holder", "job", "title", "contact", "details", "tel", "telephone", "phone",
    "mobile", "email", "e-mail", "tel:", "report", "author", "programme", "project", "service", "services",
    "commissioning", "commissioner", "finance", "policy", "team", "unit", "department", "directorate", "group",
    "council", "county", "nhs", "trust", "board", "committee", "consultant", "advisor", "adviser", "specialist",
    "coordinator", "co-ordinator", "analyst", "accountant", "solicitor", "secretary", "clerk", "governance",
}
NAME_SPLIT_RE = re.compile(r"\s*(?:\||,|;|\(|\)|\s[-\u2013\u2014]\s|\S+@\S+|\+?\d[\d ]{5,}\d)\s*")


def person_name(text: str) -> Optional[str]:
    """The person's name an author line starts with: `Dr Jo Bloggs Head of Service jo@x.gov.uk` -> `Dr Jo Bloggs`."""
    for chunk in NAME_SPLIT_RE.split(text or ""):
        words = chunk.split()
        if not words:
            continue
        run = []
        for word in words:
            if _is_honorific(word) and not run:
                run.append(word)
                continue
            if word.endswith(":") or word.lower().strip(".:") in ROLE_WORDS or not is_name_word(word):
                break
            run.append(word)
            if len(run) > 5:
                break
        names = [w for w in run if not _is_honorific(w)]
        honorific = len(run) > len(names)
        if (2 <= len(names) <= 4 or (honorific and len(names) == 1)) and len(run) <= 5:
            return " ".join(run)
    return None




def _is_table(passage: Passage) -> bool:
    return passage.kind in ("table_row", "table_header") and len(passage.cells) >= 2


def is_label_cell(text: str) -> bool:
    """A table cell that is a cover label of any field, kept or not (`Report to`, `Status:`)."""
    return bool(ANY_LABEL_CELL_RE.fullmatch(text))


def _cell_value(cells: list[str], start: int) -> str:
    """The value cell(s) after a label: to the end of the row, or (in a four-column
    cover table, `Date | 9 Oct 2025 | Status | Public`) up to the next label."""
    values = []
    for cell in cells[start:]:
        text = clean(cell)
        if values and is_label_cell(text):
            break
        if text:
            values.append(text)
    return clean(" ".join(values))


# `Enw'r Pwyllgor / Name of Committee | Y Cabinet / Cabinet`: a bilingual cover writes each label and
# value in both languages, set apart by a spaced slash (`2026/27` has none).
BILINGUAL_SPLIT_RE = spaced_marks("/")


def _bilingual_label(first: str, pattern: re.Pattern) -> Optional[int]:
    """Which half of a bilingual label cell (`Welsh / English`, either order) is a label of
    ``pattern`` with nothing after it; None for a cell that is not two halves so."""
    halves = BILINGUAL_SPLIT_RE.split(first)
    if len(halves) != 2:
        return None
    return next((k for k, half in enumerate(halves)
                 if (m := pattern.match(half)) and not half[m.end():].strip()), None)


def _bilingual_value(value: str, half: int) -> str:
    """The half of a bilingual value in the language of its label's matching half
    (`Y Cabinet / Cabinet` -> `Cabinet`); a value written once stays whole."""
    halves = BILINGUAL_SPLIT_RE.split(value)
    return halves[half].strip() if len(halves) == 2 and halves[half].strip() else value


def _table_value(passage: Passage, pattern: re.Pattern, column: int, header_is_pair: bool = False) -> Optional[str]:
    first = clean(passage.cells[column])
    match = pattern.match(first)
    if not match and (half := _bilingual_label(first, pattern)) is not None:
        value = _cell_value(passage.cells, column + 1)
        return _bilingual_value(value, half) if value else None
    if not match or first.endswith("?"):
        return None
    rest = first[match.end():]
    if not rest:
        # `Committee | Date | Outcome` heading a table of meetings: a header row whose next cell is
        # another label names columns, not a value (unless the rows below show the header row is a
        # pair itself: `Meeting | Board` over `Date | 20 March 2025`).
        if passage.kind == "table_header" and not header_is_pair and column + 1 < len(passage.cells) \
                and is_label_cell(clean(passage.cells[column + 1])):
            return None
        return _cell_value(passage.cells, column + 1) or None
    if (is_label_cell(rest) or MARKING_LABEL_RE.fullmatch(rest)) and ":" in first[:match.end()]:
        # `Subject: Classification: | Harbour Dues Review Unrestricted`: two labels in one cell and their
        # values run together in the next; the second a marking (cover_labels.yml marking_labels), whose
        # word closes the value and is cut off.  Values that cannot be told apart so give nothing.
        value = _cell_value(passage.cells, column + 1)
        marked = MARKING_VALUE_END_RE.search(value) if MARKING_LABEL_RE.fullmatch(rest) else None
        return value[:marked.start()].strip(" ,;-") or None if marked else None
    if _only_labels(rest):
        # `Subject: Report of: Wards affected: | Harbour Dues 2026`: labels stacked in one cell whose values
        # cannot be paired with them (stacked_pairs): the labels after the first are no value.
        return None
    # `Report Authors: Jo Bloggs ...` in one cell, more contacts in the next.
    return rest if ":" in first[:match.end()] else None


def _only_labels(text: str) -> bool:
    """Cover labels and nothing else, set apart by colons (`Report of: Wards affected`)."""
    parts = [part.strip() for part in text.split(":")]
    return len(parts) >= 2 and all(part and is_label_cell(part) for part in parts[:-1]) \
        and (not parts[-1] or is_label_cell(parts[-1]))


def _continuation_rows(passages: list[Passage], i: int, column: int) -> str:
    """A cover table's value wrapped onto rows with an empty label cell (`Title | Award of the` /
    ` | street lighting contract`), as a PDF's table often gives it."""
    parts = []
    table = passages[i].table
    for j in range(i + 1, min(len(passages), i + 4)):
        following = passages[j]
        if not _is_table(following) or following.table != table or len(following.cells) <= column + 1 \
                or clean(following.cells[column]) or not clean(following.cells[column + 1]):
            break
        parts.append(clean(following.cells[column + 1]))
    return " ".join(parts)


def _labels_in_header(passages: list[Passage], i: int) -> bool:
    """The one row under a header row of cover labels (`Date | Time | Venue`, `Meeting |
    Date | Agenda item`): a cover laid out across the page rather than down it.  Every
    header cell must be a label, so a contracts table's `Provider | Start date` is not; and
    the row must be the table's only one, so a `Meeting | Date` list of the meetings that
    considered the paper before (one row each) is not."""
    passage = passages[i]
    following = passages[i + 1] if i + 1 < len(passages) else None
    only_row = following is None or following.table != passage.table or not _is_table(following)
    return passage.kind == "table_row" and passage.row == 1 and only_row and _all_labels(passage.header) \
        and any(LABEL_RES["date"].match(clean(cell)) for cell in passage.header)


def _pair_rows_below(passages: list[Passage], i: int) -> bool:
    """Whether the rows under a two-cell header row are label/value pairs (`Date | 20 March 2025`):
    the header row is then a pair too (`Meeting | Board`: a label and a value that is also a word
    covers use as a label), not the labels of the columns below."""
    rows = [_filled(p.cells) for p in passages[i + 1:i + 4] if _is_table(p) and p.table == passages[i].table]
    return len(_filled(passages[i].cells)) == 2 and len(rows) >= 2 \
        and all(len(cells) == 2 and is_label_cell(cells[0]) and not is_label_cell(cells[1]) for cells in rows)


def _filled(cells: list[str]) -> list[str]:
    """A row's cells with text, cleaned: a PDF's table often has empty spacer columns (`| | Date | | 3 May |`)."""
    return [clean(cell) for cell in cells if clean(cell)]


def _data_rows_below(passages: list[Passage], i: int) -> bool:
    """Whether a header row without a colon heads rows of data (`Item | Discussion and outcome` over `QS/41
    Welcome | The Chair welcomed ...`): no row below opens with a cover label, so the header names the table's
    columns.  (A field label keeps its colon, `Subject: | ...`; a cover laid out as pairs has labels below.)"""
    if any(":" in cell for cell in passages[i].cells):
        return False
    rows = [p for p in passages[i + 1:i + 4] if _is_table(p) and p.table == passages[i].table]
    return bool(rows) and not any(_label_like((_filled(p.cells) or [""])[0]) for p in rows)


def _label_like(cell: str) -> bool:
    """A cover label, or a bilingual one whose either half is (`Dyddiad y Cyfarfod / Date of Meeting`)."""
    return is_label_cell(cell) or any(is_label_cell(half) for half in BILINGUAL_SPLIT_RE.split(cell))


def _all_labels(cells: list[str]) -> bool:
    labels = [clean(cell) for cell in cells if clean(cell)]
    return len(labels) >= 2 and all(is_label_cell(label) for label in labels)


# A form's item letter or number written before its label (`(a) | Subject: | ...`, `(b) Ward: All`,
# `3. Title: ...`): no part of the label.
LIST_MARKER_RE = re.compile(r"^\s*(?:\(?[a-h]\)|\(?(?:i{1,3}|iv|v|vi{1,3})\)|\(\d{1,2}\)|\d{1,2}[.)])\s*", re.I)


def _label_columns(passage: Passage) -> list[int]:
    """Columns of a cover table row that hold labels: the first (the second after a cell holding
    only the item's letter, `(a) | Subject: | ...`), and the third of a four-column row whose
    third cell is a label too."""
    cells = [clean(c) for c in passage.cells]
    # (An empty spacer column before the labels, `| | Date | | 3 May 2026 |`, is passed over.)
    lead = next((k for k, cell in enumerate(cells) if cell), 0)
    if lead:
        return [lead]
    first = 1 if len(cells) >= 3 and LIST_MARKER_RE.fullmatch(passage.cells[0].strip()) else 0
    columns = [first]
    if first == 0 and len(cells) >= 4 and is_label_cell(cells[2]):
        columns.append(2)
    return columns


def label_value(passages: list[Passage], i: int, field: str, pattern: Optional[re.Pattern] = None) -> Optional[str]:
    """The value of a ``field`` label at passage ``i``: on its line, in the next cell(s)
    or on the next passage."""
    return next((value for value, _source in _label_values(passages, i, field, pattern)), None)


def _label_values(passages: list[Passage], i: int, field: str, pattern: Optional[re.Pattern] = None):
    """(value, source) of each ``field`` label at passage ``i`` (a label and its value in a row's cells
    read with the labels only a cell holds, CELL_LABEL_RES, unless ``pattern`` is given)."""
    cell_pattern = pattern or CELL_LABEL_RES[field]
    pattern = pattern or LABEL_RES[field]
    passage = passages[i]
    header_is_pair = passage.kind == "table_header" and _pair_rows_below(passages, i)
    if passage.kind == "table_header" and _all_labels(passage.cells) and not header_is_pair:
        return  # the labels of the row below, which gives their values
    if _is_table(passage) and i < HEADER_ROW_REACH and _labels_in_header(passages, i):
        # `| Date | Time | Venue |` over `| Thursday 6 March 2025 | 10am | Boardroom |`: the labels
        # head the columns and the first row holds the values.
        for column, label in enumerate(passage.header[:len(passage.cells)]):
            match = pattern.match(clean(label))
            if match and not clean(label)[match.end():] and clean(passage.cells[column]):
                yield clean(passage.cells[column]), "table"
        return
    if _is_table(passage) and (whole := _sole_labelled_cell(passage, pattern)):
        # `| Title: Riverside Car Park Charges | | |`: a form's full-width row, one cell spanning the
        # table, that gives a label and its value as a line would.
        yield whole, "table"
        return
    if _is_table(passage) and (run_in := _run_in_labelled_cell(passage, pattern)):
        # `| Item No. | Classification: Open | Date: March 2026 | Decision maker: Cabinet Member for Housing |`: a
        # row of fields, each cell a label and its value as a line would give them.
        yield run_in, "table"
        return
    if _is_table(passage):
        if passage.kind == "table_header" and not header_is_pair and _data_rows_below(passages, i):
            return  # `Item | Discussion and outcome` over the minutes' rows: the columns' names, no field
        for column in _label_columns(passage):
            value = _table_value(passage, cell_pattern, column, header_is_pair)
            if value:
                rest = _continuation_rows(passages, i, column)
                # `Subject: | Review of the | ... | Future | of` over a line `Family Hub services`: a value
                # the PDF wrapped out of its cell onto the line below the table.
                if not rest and WRAPPED_END_RE.search(value) and _continues(passages, i + 1, headings=True):
                    rest = clean(passages[i + 1].text)
                # (Column 1 after an item's letter; after an empty spacer column it is a plain table's.)
                source = "lettered" if column == 1 and LIST_MARKER_RE.fullmatch(passage.cells[0].strip()) else "table"
                yield (f"{value} {rest}", "wrapped") if rest else (value, source)
        return
    # Keep the colon: it is what marks a label.
    text = squash(passage.text.replace("*", ""))
    # `(a) Item title: Allotment rents`: a form's lettered field, read after its letter.
    marker = LIST_MARKER_RE.match(text)
    lettered = bool(marker) and bool(pattern.match(text[marker.end():]))
    text = text[marker.end():] if lettered else text
    match = pattern.match(text)
    if not match and field == "title" and (run_in := _run_in_label(pattern, text)):
        # `Subject Matter / Title of Decision Harbour Dues 2026`: a long title label whose colon a PDF lost
        # (only a title's: `Decision taken by Cabinet on 3 March 2026` is a heading, not a field).
        yield run_in, "line"
        return
    if not match and field == "date" and (run_in := _run_in_date(pattern, text)):
        # `Date 29th September 2026` under a notice's signature: a date label whose colon the layout lost.
        yield run_in, "line"
        return
    if not match:
        # `Dyddiad / Date: 10 Mehefin 2025 / 10 June 2025`: a bilingual label line.
        head, colon, rest = text.partition(":")
        half = _bilingual_label(head, pattern) if colon else None
        if half is not None and clean(rest):
            yield _bilingual_value(clean(rest), half), "line"
        return
    value = clean(text[match.end():])
    marked = ":" in text[:match.end()] or "|" in text[:match.end()]
    following = clean(passages[i + 1].text) if i + 1 < len(passages) else ""
    if value and marked and ANY_LABEL_RE.match(text[match.end():]):
        value = ""  # `DECISION TO BE TAKEN BY: DECISION NUMBER:`: two labels, the values below
    if value:
        # `Committee members agreed` is prose, not a label: a label has a colon.
        if not marked:
            return
        if WRAPPED_END_RE.search(value) and _continues(passages, i + 1):
            yield f"{value} {following}", "wrapped"
        else:
            yield value, "lettered" if lettered else "line"
        return
    # A label alone on its line: `Title:` or a two-word label such as `Report Author(s)`.
    # A bare `Author` heading counts when a person's name follows it.
    if following:
        bare_author = field == "author" and not marked and len(text.split()) < 2 and bool(person_name(following))
        if not (marked or len(text.split()) >= 2 or bare_author):
            return
        if not _is_label(following):
            yield following, "next_line"


def _sole_labelled_cell(passage: Passage, pattern: re.Pattern) -> Optional[str]:
    """The value of a row's only filled cell when that cell is `Label: value` (the colon is what marks
    it as a label; a cell that is only the label leaves its value to the cells or rows around it)."""
    filled = [clean(cell) for cell in passage.cells if clean(cell)]
    if len(filled) != 1:
        return None
    match = pattern.match(filled[0])
    if not match or ":" not in filled[0][:match.end()]:
        return None
    value = clean(filled[0][match.end():])
    return value if value and not ANY_LABEL_RE.match(value) else None


# The fewest cells of a row that are each `Label: value` for the row to be a line of fields.
RUN_IN_CELLS = 2


def _run_in_labelled_cell(passage: Passage, pattern: re.Pattern) -> Optional[str]:
    """The value of the row's `Label: value` cell that ``pattern`` labels, when at least RUN_IN_CELLS of the row's
    cells are each a label, its colon and a value (`Classification: Open`, `Date: March 2026`): a form's row of
    fields.  A row with one such cell among data (`Note: estimated` beside figures) is no line of fields."""
    filled = [clean(cell) for cell in passage.cells if clean(cell)]
    run_in = [cell for cell in filled if _is_label(cell) and clean(cell.partition(":")[2])]
    if len(run_in) < RUN_IN_CELLS:
        return None
    for cell in run_in:
        match = pattern.match(cell)
        if match and ":" in cell[:match.end()]:
            value = clean(cell[match.end():])
            if value and not ANY_LABEL_RE.match(value):
                return value
    return None


def _is_label(text: str) -> bool:
    """A line that is another field's label, alone or with its value (`Decision no: 24/0093`)."""
    return bool(ANY_LABEL_RE.match(text) or LABEL_LINE_RE.match(text)
                or any(LABEL_RES[f].match(text) for f in LABEL_RES))


# A label written without its colon is read only when it is long enough to be nothing else
# (`Subject Matter / Title of Decision`, `Title of the report`): this many words at least.
RUN_IN_LABEL_WORDS = 3


@lru_cache(maxsize=None)
def _run_in_pattern(label_pattern_text: str) -> re.Pattern:
    """A label pattern (label_re) with a space and a capital or figure after it instead of a colon."""
    return re.compile(label_pattern_text.replace(_LABEL_END, r"\s+(?=[A-Z0-9])"), re.I)


def _run_in_label(pattern: re.Pattern, text: str) -> Optional[str]:
    """The value after a label of ``pattern`` of RUN_IN_LABEL_WORDS or more words that a PDF ran into
    its value without a colon (`Subject Matter / Title of Decision Harbour Dues 2026` -> `Harbour Dues
    2026`); None for a sentence or a shorter label (`Title Deeds Review` keeps its words)."""
    match = _run_in_pattern(pattern.pattern).match(text)
    if not match or text.rstrip().endswith(".") or len(text[:match.end()].split()) < RUN_IN_LABEL_WORDS:
        return None
    value = clean(text[match.end():])
    return value if value[:1].isupper() or value[:1].isdigit() else None


# How many words a date run into its label may have (`29th September 2026`, `Tuesday 29 September 2026`).
RUN_IN_DATE_WORDS = 4


def _run_in_date(pattern: re.Pattern, text: str) -> Optional[str]:
    """`Date 29th September 2026` -> `29th September 2026`: a date label of any length run into a value that is
    only a day, month and year (a figure first, or a weekday); None for a heading or a sentence (`Date of Next
    Meeting`, `Dates for the diary 2026 are agreed.`)."""
    match = _run_in_pattern(pattern.pattern).match(text)
    if not match or text.rstrip().endswith("."):
        return None
    value = clean(text[match.end():])
    words = value.split()
    if not 3 <= len(words) <= RUN_IN_DATE_WORDS or not any(w[:1].isdigit() for w in words[:2]) \
            or not any(w.isdigit() and len(w) == 4 for w in words[-1:]):
        return None
    return value


def _continues(passages: list[Passage], j: int, headings: bool = False) -> bool:
    """Whether passage ``j`` is the rest of a wrapped value: a short line of the same kind, no label
    (with ``headings``, a heading too: a table cell's value a PDF set out below the table)."""
    if j >= len(passages) or _is_table(passages[j]) or (passages[j].kind == "heading" and not headings):
        return False
    text = clean(passages[j].text)
    return bool(text) and len(text.split()) <= 12 and not text.endswith(".") and not _is_label(text)


def collect(passages: list[Passage], properties: Optional[dict] = None) -> list[CoverField]:
    """Every cover field the paper and its file give, in reading order (the file's own
    properties last)."""
    found: list[CoverField] = []
    reach = min(len(passages), COVER_PASSAGES)
    for i in range(reach):
        for field in FIELDS:
            for value, source in _label_values(passages, i, field):
                found.append(CoverField(field, value, source, i))
        text = clean(passages[i].text)
        if not _is_table(passages[i]) and HELD_ON_RE.match(text) and len(text.split()) <= 30:
            found.append(CoverField("date", text, "held_on", i))
    # A decision record is dated where it is signed (often its last lines): the caption's
    # own line, then the line above it (a date written over its caption), then below.
    for i, passage in enumerate(passages):
        # (A sentence that says a contract was `signed and dated` is no caption.)
        if not _is_table(passage) and SIGNED_CAPTION_RE.search(passage.text) and len(passage.text.split()) <= 30 \
                and not passage.text.rstrip().endswith("."):
            for j in (i, i - 1, i + 1):
                if 0 <= j < len(passages):
                    found.append(CoverField("date", clean(passages[j].text), "signed", j))
    for key in ("site_name", "h1", "og_title", "title", "page_furniture", "running_lines"):
        value = (properties or {}).get(key)
        if isinstance(value, list):
            value = " | ".join(str(v) for v in value)
        if isinstance(value, str) and value.strip():
            field = "title" if key in ("h1", "og_title", "title") else "authority"
            found.append(CoverField(field, squash(value), key))
    return found


# `Signed: ........ Chairman`, `Approved as a correct record` opening a line (cover_labels.yml signature_block_leads).
SIGNATURE_LEAD_RE = vocabulary_re("signature_block_leads", r"^\s*(?:LABELS)\b")
# How many lines below a signature block's lead may still be its own (`Chairman` / `Date: 7 April 2026`).
SIGNATURE_BLOCK_LINES = 2


def signature_block_lines(passages: list[Passage]) -> frozenset[int]:
    """Where the paper's signature or approval blocks stand: each lead or caption line (`Signed: .... Chairman`,
    `Signed ____ Date ____`, `Approved as a correct record`, a short line, no sentence) and the lines just below it."""
    found: set[int] = set()
    for i, passage in enumerate(passages):
        text = clean(passage.text)
        if _is_table(passage) or len(text.split()) > 30 or text.endswith("."):
            continue
        if SIGNATURE_LEAD_RE.match(text) or SIGNED_CAPTION_RE.search(text):
            found.update(range(i, min(len(passages), i + 1 + SIGNATURE_BLOCK_LINES)))
    return frozenset(found)


def fields(found: list[CoverField], field: str, sources: Optional[tuple[str, ...]] = None) -> list[str]:
    return [f.value for f in found if f.field == field and (sources is None or f.source in sources)]


LABELLED = ("table", "line", "next_line", "wrapped", "lettered")


def own_email_domains(passages: list[Passage], properties: Optional[dict] = None) -> list[str]:
    """The e-mail domain(s) the paper and its page furniture use most: its own officers'
    (a partner's contact given once among the paper's own does not count)."""
    counts: dict[str, int] = {}
    texts = [p.text for p in passages] + [str(v) for v in (properties or {}).values() if isinstance(v, (str, list))]
    for text in texts:
        if "@" not in text:  # in every address: most passages have none
            continue
        for match in EMAIL_DOMAIN_RE.finditer(text):
            domain = match.group(1).lower().replace(" ", "")
            counts[domain] = counts.get(domain, 0) + 1
    top = max(counts.values(), default=0)
    return [domain for domain, count in counts.items() if count == top]


TITLE_SEPARATOR_RE = spaced_marks("|\u2013\u2014\u00b7-")


def title_segments(title: str) -> list[str]:
    """A page title's parts: `Agenda item - Cabinet - 12 March 2025 - Fenmarsh Council` ->
    [`Agenda item`, `Cabinet`, `12 March 2025`, `Fenmarsh Council`]."""
    return [part.strip() for part in TITLE_SEPARATOR_RE.split(title or "") if part.strip()]


def site_name_from_title(title: str) -> Optional[str]:
    """`Decision - Award of X | Brackenford Borough Council` -> the part after the last separator."""
    parts = title_segments(title)
    return parts[-1] if len(parts) > 1 else None
