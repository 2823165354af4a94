"""A bundle of board papers in one file: only its minutes give decisions.

A bundle joins an agenda, minutes of earlier meetings and reports, each paper after its own
cover sheet.  Its reports (committee chairs' assurance reports, finance reports) say what a
committee noted or agreed; those are not this paper's decisions.  The bundles below are
fictional.
"""
from __future__ import annotations

from committee_papers.extract.decision_documents import cover_sheet_starts, decision_sections
from committee_papers.extract.decisions import find_decisions
from committee_papers.ingest.model import Passage


def passages_of(*lines):
    """Passages from lines: `# text` is a heading, anything else a paragraph."""
    passages = []
    for i, line in enumerate(lines, start=1):
        kind, text = ("heading", line[2:]) if line.startswith("# ") else ("paragraph", line)
        passages.append(Passage(seq=i, kind=kind, text=text, page=1, section=None, heading=None))
    return passages


def texts(decisions):
    return [" ".join(d.text.split()) for d in decisions]


# Brackenford: "Agenda item:" / "Title of report:" covers with labels alone on their lines.
BRACKENFORD = (
    "# Brackenford Community Health NHS Trust Board meeting held in public",
    "Agenda",
    "1. Apologies for absence",
    "2. Minutes of the previous meeting",
    "3. Quality Committee chair's assurance report",
    "Agenda item:", "2",
    "Title of report:", "Minutes of the Trust Board meeting held in public: 3 April 2025",
    "Meeting:", "Trust Board", "Date:", "5 June 2025", "Prepared by:", "Company Secretary",
    "Present: Ann Holt (Chair), Raj Patel, Tom Wu",
    "Apologies were received from Jane Moss.",
    "The minutes of the meeting held on 6 February 2025 were approved as a correct record.",
    "RESOLVED: that the revised Standing Financial Instructions be approved.",
    "The meeting closed at 11.40am.",
    "Agenda item:", "3",
    "Title of report:", "Quality Committee chair's assurance report",
    "Meeting:", "Trust Board", "Date:", "5 June 2025", "Presented by:", "Committee Chair",
    "The Committee noted the falls prevention audit and received assurance on infection control.",
    "It was agreed that the wound care review would return in September.",
    "The Committee approved the revised clinical audit plan for onward submission to the Board.",
)

# North Mercia: "Report title |" cover tables, a finance report after the minutes.
NORTH_MERCIA = (
    "# North Mercia ICB Board papers, 10 July 2025",
    "Report title: Unconfirmed minutes of the Board meeting, 8 May 2025",
    "Report to: Board", "Meeting date: 10 July 2025", "Author: Board Secretary",
    "In attendance: Chief Finance Officer",
    "There were no declarations of interest.",
    "The Board approved the Primary Care Strategy 2025-2028.",
    "Report title: Month 2 finance report",
    "Report to: Board", "Meeting date: 10 July 2025", "Author: Chief Finance Officer",
    "The Finance and Performance Committee noted the month 2 deficit of £1.2m.",
    "The Committee agreed the recovery trajectory set out in section 4.",
)

# Wessex: a chair's report first, then the minutes, labels with their values on the line.
WESSEX = (
    "# Wessex Partnership Foundation Trust: public board bundle",
    "Title of paper: Audit and Risk Committee escalation report",
    "Committee: Board of Directors", "Date of meeting: 2 October 2025", "Lead: Audit Chair",
    "The Committee received the internal audit progress report and noted two limited assurance reviews.",
    "The external audit plan was approved by the Committee.",
    "Title of paper: Draft minutes of the Board of Directors meeting held on 7 August 2025",
    "Committee: Board of Directors", "Date of meeting: 2 October 2025", "Lead: Trust Secretary",
    "Apologies: Dr K Rao",
    "Mr Lowe declared an interest in item 9.",
    "AGREED: to adopt the Green Plan refresh.",
)


def test_each_cover_sheet_starts_a_paper():
    assert len(cover_sheet_starts(passages_of(*BRACKENFORD))) == 2
    assert len(cover_sheet_starts(passages_of(*NORTH_MERCIA))) == 2
    assert len(cover_sheet_starts(passages_of(*WESSEX))) == 2


def test_brackenford_bundle_takes_decisions_from_its_minutes_only():
    found = texts(find_decisions(passages_of(*BRACKENFORD), committee="Trust Board"))
    assert any("Standing Financial Instructions" in t for t in found)
    assert not any("falls prevention" in t or "wound care" in t or "clinical audit plan" in t for t in found)


def test_north_mercia_bundle_leaves_the_finance_report_out():
    found = texts(find_decisions(passages_of(*NORTH_MERCIA), committee="Board"))
    assert any("Primary Care Strategy" in t for t in found)
    assert not any("deficit" in t or "recovery trajectory" in t for t in found)


def test_wessex_bundle_leaves_the_chairs_report_before_the_minutes_out():
    found = texts(find_decisions(passages_of(*WESSEX), committee="Board of Directors"))
    assert any("Green Plan" in t for t in found)
    assert not any("internal audit" in t or "external audit plan" in t for t in found)


def test_a_single_paper_is_judged_whole():
    """One cover sheet is one paper: minutes with a cover keep every decision."""
    minutes = passages_of(*BRACKENFORD[5:21])
    assert len(cover_sheet_starts(minutes)) == 1
    assert decision_sections(minutes) == [(0, len(minutes), "minutes_title")]
    report = passages_of(*NORTH_MERCIA[7:])
    assert decision_sections(report) == []


# -- a decision that names what it decided only as "the report" takes its item's title -------

def minutes(*lines):
    return passages_of("# Minutes of the Brackenford Community Health NHS Trust Board held on 5 June 2025", *lines)


def test_outcome_under_an_item_takes_the_items_title():
    found = texts(find_decisions(minutes(
        "# Item 2025-26 (14)", "Discussion points:", "# Finance Report",
        "The Director of Finance presented the month 2 position.",
        "# Outcome: the Board", "received and noted the report."), committee="Trust Board"))
    assert found == ["Finance Report: received and noted the report."]


def test_chairs_report_item_title_with_a_colon_leads_the_noting():
    found = texts(find_decisions(minutes(
        "# 7.2", "# Audit Committee Assurance Report: May 2025",
        "The Committee Chair highlighted the key issues.",
        "RESOLVED: noted the assurance provided and the matters highlighted."), committee="Trust Board"))
    assert found == ["Audit Committee Assurance Report: May 2025: noted the assurance provided "
                     "and the matters highlighted."]


def test_seal_register_and_naming_decisions_keep_their_own_text():
    found = texts(find_decisions(minutes(
        "# Minute 31", "# Register of Seals",
        "Decision: noted the use of the common seal.",
        "# Minute 32", "# Winter resilience",
        "Decision: approved the action plan for winter resilience.",
        "# Minute 33",
        "Decision: noted the verbal update."), committee="Trust Board"))
    assert found == ["Register of Seals: noted the use of the common seal.",
                     "approved the action plan for winter resilience.",
                     "noted the verbal update."]


def test_the_items_number_is_no_part_of_its_title():
    found = texts(find_decisions(minutes(
        "# 6. Urgent treatment centre", "The Chief Operating Officer gave an update on the opening date.",
        "Decision: received and noted the update.",
        "# Item 4.2 Quality Account", "RESOLVED: received the report."), committee="Trust Board"))
    assert found == ["Urgent treatment centre: received and noted the update.",
                     "Quality Account: received the report."]


def test_an_outcome_with_its_own_subject_stands_as_written():
    found = texts(find_decisions(minutes(
        "# 9. Winter plan", "The Chief Operating Officer presented the plan.",
        "The Board noted the update.",
        "# 10. Estates strategy", "RESOLVED: the Committee received the report."), committee="Trust Board"))
    assert found == ["The Board noted the update.", "the Committee received the report."]
