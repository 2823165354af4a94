"""Metadata mechanisms of stop 22, each with fictional examples in several wordings and layouts, and negatives
(each example failed before its mechanism)."""
from __future__ import annotations

import pytest

from committee_papers.extract import gazetteer as gz
from committee_papers.extract.orgfinder import find_names
from probe_harness import extract_file


def _bodies(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_names(text) if not f.short]


# Mechanism 1: an unregistered `<area> University Health Board` / `<area> Teaching Health Board` (as Welsh health
# boards are named) is a health board (public_body_types.yaml), and the longer type ending is tried first, so
# `University Health Board` wins over `University` (a university) ending inside it.
HEALTH_BOARDS = [
    ("The Chair of Corran Valley University Health Board opened the meeting.", "Corran Valley University Health Board"),
    ("Minutes of the Board of Afon Fawr Teaching Health Board", "Afon Fawr Teaching Health Board"),
    ("GLANMOR UNIVERSITY HEALTH BOARD", "Glanmor University Health Board"),
    ("Services bought by Pennant Bay University Health Board's dental team", "Pennant Bay University Health Board"),
]
NOT_HEALTH_BOARDS = [
    # (a university is still one; a type named without a place or in lower case names no body)
    ("Students of Wendle University joined the panel.", [("Wendle University", "university")]),
    ("the university health board agreed", []),
    ("The University Health Board met in May.", []),
]


@pytest.mark.parametrize("text, name", HEALTH_BOARDS)
def test_an_unregistered_university_or_teaching_health_board_is_a_health_board(text, name):
    assert _bodies(text) == [(name, "health_board")]


@pytest.mark.parametrize("text, found", NOT_HEALTH_BOARDS)
def test_a_university_or_a_health_board_without_a_place_is_no_health_board(text, found):
    assert _bodies(text) == found


def test_the_longer_type_ending_is_tried_first():
    by_first_word: dict[str, list[int]] = {}
    for words, _kind, _short in gz.SUFFIXES:
        by_first_word.setdefault(words[0], []).append(len(words))
    assert all(lengths == sorted(lengths, reverse=True) for lengths in by_first_word.values()), by_first_word


@pytest.mark.parametrize("text, authority", [
    ("Corran Valley University Health Board\n\nQuality and Safety Committee\n\nDate of meeting: 3 March 2026\n\n"
     "1. Welcome\n\nThe Chair welcomed members.\n", "Corran Valley University Health Board"),
    ("AFON FAWR TEACHING HEALTH BOARD\n\nMinutes of the Board held on 12 May 2026\n\nPresent: Mrs A Hughes (Chair)\n\n"
     "1. Apologies\n\nNone.\n", "Afon Fawr Teaching Health Board"),
    ("Report to: Finance Committee of Pennant Bay University Health Board\nDate: 9 June 2026\n"
     "Title: Dental Contracts\n\n1. Purpose\n\nTo agree the dental contracts.\n", "Pennant Bay University Health Board"),
])
def test_a_paper_headed_by_an_unregistered_health_board_is_its(tmp_path, text, authority):
    assert extract_file(tmp_path, "board.txt", text).authority == authority


# Mechanism 2: a dotted date with a two-digit year (`21.5.26`) is read only where words say a date follows: after
# a label's colon (as before) or after `on` / `dated` (date_cues.yaml dotted_short_before); a free-standing one is a
# version or paragraph number.
DOTTED_SHORT = [
    ("Draft Minutes of the Board Meeting held in public on 21.5.26 for accuracy", "2026-05-21"),
    ("The lease was signed on 03.11.25 by both parties.", "2025-11-03"),
    ("A letter dated 14.02.26 from the Minister confirmed the grant.", "2026-02-14"),
    ("The panel met ON 9.7.26 to hear the appeal.", "2026-07-09"),
    ("Decision made on: 18.06.25", "2025-06-18"),
    ("The notice was published on 2.3.26 and the period runs for 28 days.", "2026-03-02"),
    ("Approved by the Board at its meeting on 17.9.25.", "2025-09-17"),
]
DOTTED_SHORT_NEGATIVES = [
    "Version 2.1.26 of the policy replaces the last.",
    "3.1.25 The rents rise by 4% from April.",
    "See paragraphs 4.2.10 and 4.2.11 of the plan.",
    "Comments on 4.2.10.3 were received.",  # (a clause number after `on`: more parts than a date)
    "Cllr Ames commented on 4.3.12 of the report.",  # (a paragraph after a bare `on`)
    "Members asked for more detail on 2.4.10 and 2.4.11.",
]


@pytest.mark.parametrize("text, iso", DOTTED_SHORT)
def test_a_dotted_short_date_after_on_dated_or_a_colon_is_read(text, iso):
    from committee_papers.extract import dates
    assert iso in [m.iso for m in dates.find_dates(text)]


@pytest.mark.parametrize("text", DOTTED_SHORT_NEGATIVES)
def test_a_free_standing_dotted_number_is_no_date(text):
    from committee_papers.extract import dates
    assert [m.iso for m in dates.find_dates(text)] == []


# Mechanism 3: in a cover table a cell reading just `Report` with its value in the next cell gives the title
# (cover_labels.yml title entry marked `cells_only`): NHS trust and board cover sheets set `Report | <title>`.  On a
# line of its own a bare `REPORT` still heads covers whose next line is the meeting, so it is no label there.
REPORT_CELL_COVERS = [
    ([["Meeting", "Public Board", "Date", "2 October 2026"],
      ["Agenda item", "8", "Report", "Guardian Service Annual Report 2025/26"],
      ["Author", "Guardian", "Sponsor", "Chief People Officer"]],
     "Guardian Service Annual Report 2025/26"),
    ([["Report", "Winter Resilience Plan 2026/27"], ["Meeting", "Quality Committee"], ["Date", "4 November 2026"]],
     "Winter Resilience Plan 2026/27"),
    ([["REPORT", "Community Dental Contracts"], ["COMMITTEE", "Strategy and Commissioning Committee"],
      ["DATE", "9 June 2026"]], "Community Dental Contracts"),
]


@pytest.mark.parametrize("rows, title", REPORT_CELL_COVERS)
def test_a_report_cell_in_a_cover_table_gives_the_title(rows, title):
    from test_cover_layouts import metadata
    assert metadata(rows, "1. Summary", "1.1 The plan is set out below.").title == title


def test_a_bare_report_line_is_still_no_title_label():
    from test_cover_layouts import metadata
    facts = metadata("REPORT", "Cabinet", "12 March 2026", "Library Opening Hours", "1. Summary")
    assert facts.title == "Library Opening Hours" and facts.committee == "Cabinet"


def test_report_as_a_value_cell_is_no_label():
    from test_cover_layouts import metadata
    facts = metadata([["Meeting", "Cabinet"], ["Type of paper", "Report"], ["Title", "Library Opening Hours"]],
                     "1. Summary")
    assert facts.title == "Library Opening Hours"


# Mechanism 4: `Made at meeting:` / `Decided at meeting:` / `Taken at meeting:` (ModernGov decision pages and
# delegated-decision lists) give the meeting that took the decision and its date, `<date> - <body>`
# (cover_labels.yml committee labels).
AT_MEETING_PAGES = [
    ("Wendle Borough Council\n\nDecision details\n\nParking Permit Charges\n\n"
     "Decision Maker: Cabinet Member for Transport\n\n"
     "Made at meeting: 14/01/2026 - Cabinet Member for Transport Decision Session\n\n"
     "Decision: The new charges were approved.\n", "Cabinet Member for Transport", "2026-01-14"),
    ("Kestrel Bay Council\n\nDecision details\n\nHarbour Dues 2026/27\n\n"
     "Decided at meeting: 03/03/2026 - Harbour Committee\n\nDecision: The dues were agreed.\n",
     "Harbour Committee", "2026-03-03"),
    ("Fellside District Council\n\nDecision details\n\nAllotment Rents\n\n"
     "Taken at meeting: 9 February 2026 - Cabinet\n\nDecision: The rents were agreed.\n", "Cabinet", "2026-02-09"),
]


@pytest.mark.parametrize("text, committee, date", AT_MEETING_PAGES)
def test_made_decided_or_taken_at_meeting_names_the_meeting_and_its_date(tmp_path, text, committee, date):
    ex = extract_file(tmp_path, "decision.txt", text)
    # (the decision maker, where a page names one, or the meeting: the one named in the other)
    assert committee in (ex.committee or "") and (ex.meeting_date or "")[:10] == date


def test_a_sentence_about_a_decision_made_at_a_meeting_is_no_label(tmp_path):
    ex = extract_file(tmp_path, "report.txt", "Report to: Cabinet\nDate: 12 May 2026\nTitle: Leisure Review\n\n"
                  "1. The fees were made at meeting of the trustees in 2019 and have not changed.\n")
    assert (ex.committee, (ex.meeting_date or "")[:10]) == ("Cabinet", "2026-05-12")


# Mechanism 5: a ModernGov decisions list's row `<dd/mm/yyyy> - <title> ref: N <status>` names a decision; a list
# holding one such row is that decision's page, titled by it (cover_labels.yml decision_list_rows).  A list of
# several decisions is titled by none of them.
def _decisions_page(tmp_path, *rows):
    body = "".join(f"<p>{row}</p><p>Decision Maker: Cabinet Member for Parks</p>" for row in rows)
    return extract_file(tmp_path, "decisions.html",
                        "<html><head><title>Wendle City Council - Decisions</title></head><body>"
                        "<h1>Decisions</h1><p>Decisions take effect five working days after publication unless called in.</p>"
                        f"<h2>Decisions published</h2>{body}</body></html>")


@pytest.mark.parametrize("row, title", [
    ("14/01/2026 - Allotment rents 2026/27 ref: 3312 &nbsp; Recommendations Approved", "Allotment rents 2026/27"),
    ("03/02/2026 - Award of the grounds maintenance contract ref: 1187 For Determination",
     "Award of the grounds maintenance contract"),
    ("21/11/2025 \u2013 Harbour dues review ref: 45", "Harbour dues review"),
])
def test_a_decision_list_row_titles_a_page_listing_one_decision(tmp_path, row, title):
    assert _decisions_page(tmp_path, row).title == title


def test_a_page_listing_several_decisions_is_titled_by_none_of_them(tmp_path):
    ex = _decisions_page(tmp_path, "14/01/2026 - Allotment rents 2026/27 ref: 3312 Recommendations Approved",
                         "15/01/2026 - Harbour dues review ref: 3313 Recommendations Approved")
    assert ex.title not in ("Allotment rents 2026/27", "Harbour dues review")


@pytest.mark.parametrize("line", ["14/01/2026 - Cabinet", "Ref: 3312 Allotment rents 2026/27",
                                  "14/01/2026 - the rents were reviewed and ref: 3312 was closed."])
def test_a_dated_line_without_a_reference_or_a_sentence_is_no_decision_row(line):
    from committee_papers.extract import metadata as md
    match = md.DECISION_LIST_ROW_RE.match(line)
    assert match is None


def test_each_decision_list_row_example_gives_a_title():
    from committee_papers.extract import cover
    from committee_papers.extract import metadata as md
    for entry in cover.vocabulary()["decision_list_rows"]:
        assert len(entry["examples"]) >= 3
        for example in entry["examples"]:
            match = md.DECISION_LIST_ROW_RE.match(example)
            assert match and match.group("title") and "ref" not in match.group("title"), example
        for sentence in entry["not_examples"]:
            assert md.DECISION_LIST_ROW_RE.match(sentence) is None, sentence


# Mechanism 6: a national agency that sets or enforces standards (`<X> Standards Agency`, `<X> Regulatory Agency`)
# is a public body publishing its own papers (public_body_types.yaml national_agency); a registered one keeps the
# register's kind, and a bare `X Agency` (a recruitment or travel agency) is no public body.
@pytest.mark.parametrize("text, name", [
    ("Papers of the Marlbury Care Standards Agency board", "Marlbury Care Standards Agency"),
    ("The Wendle Housing Regulatory Agency wrote to providers.", "Wendle Housing Regulatory Agency"),
    ("KESTREL SCHOOL STANDARDS AGENCY", "Kestrel School Standards Agency"),
])
def test_an_unregistered_standards_or_regulatory_agency_is_a_national_agency(text, name):
    assert _bodies(text) == [(name, "national_agency")]


@pytest.mark.parametrize("text", ["Staff came from Kestrel Recruitment Agency.", "Marlbury Travel Agency booked it.",
                                  "the care standards agency"])
def test_other_agencies_are_no_national_agency(text):
    assert all(kind != "national_agency" for _name, kind in _bodies(text))


def test_a_registered_agency_keeps_the_registers_kind(tmp_path):
    ex = extract_file(tmp_path, "note.txt", "Wendle Borough Council\n\nCabinet\n\nDate: 3 March 2026\n\nTitle: Food Safety "
                  "Plan\n\n1. The Food Standards Agency audited the service in 2025.\n")
    kinds = {o.name: o.kind for o in ex.organisations}
    assert kinds.get("Food Standards Agency") == "government", kinds


@pytest.mark.parametrize("page, authority", [
    ("<html><head><title>Board papers: May 2026 | Marlbury Care Standards Agency</title></head><body>"
     "<h1>Board papers: May 2026</h1><p>Wednesday 20 May 2026 at 10am</p><ol><li>Apologies</li></ol></body></html>",
     "Marlbury Care Standards Agency"),
    ("<html><head><title>Wendle Housing Regulatory Agency - Annual Report</title></head><body>"
     "<h1>Annual Report 2025/26</h1><p>Wendle Housing Regulatory Agency inspected 40 landlords.</p></body></html>",
     "Wendle Housing Regulatory Agency"),
    ("<html><head><title>Minutes</title></head><body><h1>KESTREL SCHOOL STANDARDS AGENCY</h1>"
     "<p>Minutes of the Board held on 4 June 2026</p><p>1. Apologies were received.</p></body></html>",
     "Kestrel School Standards Agency"),
])
def test_a_page_of_a_national_agency_is_its(tmp_path, page, authority):
    assert extract_file(tmp_path, "page.html", page).authority == authority


def test_each_dotted_short_before_example_reads_a_date_and_no_not_example_does():
    from committee_papers.extract import dates
    from committee_papers.extract.phrases import load
    entry = load(dates.CUES_FILE)["dotted_short_before"]
    for example in entry["examples"]:
        assert [m.iso for m in dates.find_dates(example + "21.5.26")] == ["2026-05-21"], example
    for example in entry["not_examples"]:
        assert [m.iso for m in dates.find_dates(example + "21.5.26")] == [], example
