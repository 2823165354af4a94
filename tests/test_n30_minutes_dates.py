"""Mend of stop 25 round 2 (n30): a small body's minutes published as a web page (a saved page, a Markdown export)
are headed by lines naming the minutes only by their month ("Minutes of the March meeting of X Parish Council") above
the line that dates the meeting ("Minutes of the meeting of X Parish Council held on Tuesday 10th March 2026 ...");
the meeting is dated by the first minutes line that carries a date (metadata._minutes_line_dated), not given up at
the first minutes line.  Fictional councils and layouts in own words; the cause was found by sorting the real dev
minutes' missed meeting dates by cause."""
from __future__ import annotations

import pytest

from probe_harness import extract_file

PAPERS = {
    "markdown export": ("minutes.md",
                        "# Minutes of the March meeting of Cotley Parish Council\n\n## April 2026\n\n"
                        "## Minutes of the March meeting\n\nMinutes of the meeting of the Cotley Parish Council held on "
                        "Tuesday 10th March 2026 in the Reading Room at 7.30 p.m.\n\nPresent: Cllr Ash, Cllr Bell\n\n"
                        "1. Minutes\n\nThe minutes were approved.\n", "2026-03-10"),
    "saved web page": ("minutes.html",
                       "<html><head><title>Minutes of the June meeting of Lowfield Town Council - July 2025</title>"
                       "</head><body><h1>Minutes of the June meeting of Lowfield Town Council</h1><h2>July 2025</h2>"
                       "<p>Minutes of the meeting of Lowfield Town Council held on Wednesday 18th June 2025 at the "
                       "Guildhall at 7 pm.</p><p>Present: Cllrs Dee, Fox and Hale.</p><h3>1. Apologies</h3>"
                       "<p>None were received.</p></body></html>", "2025-06-18"),
    "plain text": ("minutes.txt",
                   "Minutes of the Autumn meeting of the Friends of Eastleigh Park\n\n"
                   "Minutes of the meeting of the Friends of Eastleigh Park Committee held on Monday 6 October 2025 at "
                   "the Pavilion at 6 pm\n\nPresent: Ann Cole (Chair), Raj Patel\n\n1. Accounts\n\n"
                   "The accounts were approved.\n", "2025-10-06"),
}


@pytest.mark.parametrize("name", PAPERS)
def test_minutes_named_by_month_are_dated_by_the_first_dated_minutes_line(tmp_path, name):
    filename, text, date = PAPERS[name]
    assert extract_file(tmp_path, filename, text).meeting_date == date


# -- minutes whose text never dates the meeting -----------------------------------------------------------------------
# (metadata.cp_metadata: a transcript's file-name date, extended to minutes known by their text,
# decision_documents.is_minutes.)

UNDATED_MINUTES = {
    "parish council notes": ("ashcombe-pc_2026-03-10_parish-council_minutes.txt",
                             "Present: Cllrs Ash, Bell, Cole and the Clerk.\n\n"
                             "101. To receive apologies for absence: Cllr Dunn.\n\n"
                             "102. Declarations of interest: None.\n\n"
                             "103. Playing field: The mower has been serviced.\n\n"
                             "No other business was raised; the Chair closed the meeting at 8.40 pm.\n", "2026-03-10"),
    "charity board web export": ("eastleigh-friends_2025-11-04_trustees_minutes.md",
                                 "---\ntitle: \"Trustees meeting\"\n---\n\n"
                                 "AB welcomed the trustees. Apologies were received from CD.\n\n"
                                 "The treasurer reported that the raffle raised £412.\n\n"
                                 "The Trustees agreed to buy a new gazebo for the summer fair.\n\n"
                                 "The meeting closed at 9.15 pm.\n", "2025-11-04"),
    "town committee page": ("lowfield-tc_2025-06-18_amenities-committee_minutes.html",
                            "<html><body><h1>Amenities Committee</h1><p>Present: Cllrs Dee, Fox and Hale.</p>"
                            "<p>Apologies: Cllr Orr.</p><p>1. The committee noted the allotment report.</p>"
                            "<p>The meeting closed at 9 pm.</p></body></html>", "2025-06-18"),
}


@pytest.mark.parametrize("name", UNDATED_MINUTES)
def test_minutes_whose_text_never_dates_the_meeting_are_dated_by_their_file_name(tmp_path, name):
    filename, text, date = UNDATED_MINUTES[name]
    assert extract_file(tmp_path, filename, text).meeting_date == date


def test_a_paper_that_is_no_minutes_is_not_dated_by_its_file_name(tmp_path):
    text = ("Appendix B: Reserves policy\n\nThe council holds a general reserve of at least 5% of its net budget.\n\n"
            "Earmarked reserves are reviewed each year by the finance team.\n")
    assert extract_file(tmp_path, "fenmarsh-dc_2026-01-30_appendix_reserves-policy.txt", text).meeting_date is None


def test_minutes_dated_in_their_text_keep_that_date(tmp_path):
    text = ("Minutes of the meeting of Ashcombe Parish Council held on Tuesday 3rd February 2026\n\n"
            "Present: Cllrs Ash, Bell and Cole.\n\nApologies were received from Cllr Dunn.\n")
    assert extract_file(tmp_path, "ashcombe-pc_2026-03-10_parish-council_minutes.txt", text).meeting_date \
        == "2026-02-03"


# (Review v28) The file-name date is a fallback for minutes only: a paper whose opening speaks of a committee's
# minutes (a report with them attached, an agenda's item to approve them) is no minutes, though a minutes title rule
# reads its first lines; nor is a file merely named for minutes.  The first two were dated by their file name before.
NOT_MINUTES = {
    "report with minutes attached": ("fenmarsh-dc_2026-01-30_cabinet_budget-report.txt",
                                     "Report to Cabinet\n\nRevenue budget monitoring\n\nThe minutes of the Audit "
                                     "Committee meeting are attached at Appendix A for information.\n\n"
                                     "The forecast overspend is £1.2m.\n"),
    "agenda": ("fenmarsh-dc_2026-01-30_council_agenda.txt",
               "Agenda\n\nTo agree the minutes of the Council's December meeting.\n\n"
               "To receive the Leader's report.\n"),
    "appendix named minutes": ("fenmarsh-dc_2026-01-30_appendix-minutes.txt",
                               "Appendix B\n\nThe working group met twice and looked at the play areas.\n"),
}


@pytest.mark.parametrize("name", NOT_MINUTES)
def test_a_paper_that_only_speaks_of_minutes_is_not_dated_by_its_file_name(tmp_path, name):
    filename, text = NOT_MINUTES[name]
    assert extract_file(tmp_path, filename, text).meeting_date is None
