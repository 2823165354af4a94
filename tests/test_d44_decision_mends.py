"""Mends of stop 30 (d44).  Each a general mechanism with fictional examples (own wordings, invented authorities) and
negatives; the causes were found by sorting the development sets' missed and extra decisions."""
from __future__ import annotations

import pytest

from probe_harness import extract_file


def _decisions(tmp_path, name, text):
    return [(d.rule, d.text) for d in extract_file(tmp_path, name, text).decisions]


def _minutes(body: str) -> str:
    return ("# Minutes of the meeting of the Authority held on 12 March 2026\n\n"
            "## 1. Apologies\n\nApologies were received from Cllr Venn.\n\n"
            f"## 7. Budget and charges 2026/27\n\n{body}\n\n## 8. Close\n\nThe meeting closed at 9pm.\n")


# -- 1. A resolution whose numbered parts make one sentence ------------------------------------------------------------
# "RESOLVED that (i) X be approved and (ii) Y be set at Z." numbers the parts of one sentence, its last part joined by
# "and" as any series is, with no semicolon or stop between them: one decision, as written.  Parts each closed by a
# semicolon or stop ("(1) that ...; and (2) that ...") or set side by side without a joining word ("(a) X be noted,
# (b) Y be approved.") stay a decision each.

ONE_SENTENCE_SERIES = [
    "RESOLVED that (i) the net revenue budget of £12.4 million for 2026/27 be approved and (ii) the Band D precept be "
    "set at £84.10.",
    "RESOLVED that (a) from 1 April 2026 the Corn Exchange hire charge be £22 an hour for local groups, and (b) the "
    "deposit for a booking stay at £50.",
    "The Committee agreed that 1) the Brackenford reading pilot continue until June and 2) a report on its take-up "
    "come to the July meeting.",
]


@pytest.mark.parametrize("resolution", ONE_SENTENCE_SERIES)
def test_a_resolution_numbering_the_parts_of_one_sentence_is_one_decision(tmp_path, resolution):
    found = _decisions(tmp_path, "minutes.md", _minutes(resolution))
    kept = [t for _, t in found if "(ii)" in t or "(b)" in t or "2)" in t]
    assert len(kept) == 1, found
    first, last = resolution.split(" and ")[0][-25:], resolution.rstrip(".")[-20:]
    assert first in kept[0] and last in kept[0], found


SEPARATE_PARTS = [
    ("RESOLVED: (1) that the lease of the boathouse to Kestrel Rowing Club for ten years be approved; and (2) that "
     "the Director of Property agree its terms.", ["boathouse", "Director of Property"]),
    ("RESOLVED that (i) the Lornside play strategy be adopted. (ii) the capital bid for the Mill Lane site be made "
     "in May.", ["play strategy", "capital bid"]),
    ("RESOLVED that (a) the quarterly performance report be noted, (b) the revised scheme of delegation be approved.",
     ["performance report", "scheme of delegation"]),
]


@pytest.mark.parametrize("resolution,parts", SEPARATE_PARTS)
def test_parts_closed_by_a_semicolon_or_stop_stay_separate_decisions(tmp_path, resolution, parts):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes(resolution))]
    for part in parts:
        holding = [t for t in found if part in t]
        assert len(holding) == 1, found
        assert not any(other in holding[0] for other in parts if other != part), found


def _governors_table(cell: str) -> str:
    """A governing body's minutes table (HTML), ``cell`` the Notes cell of its policies row, lines split by <br>."""
    return ("<html><head><title>Minutes</title></head><body>"
            "<h1>Brackenford Primary School Full Governing Body Minutes, 12 March 2026</h1>"
            "<table><tr><th>Minute</th><th>Item</th><th>Notes</th><th>Action</th></tr>"
            "<tr><td>FGB 11/2526</td><td>Apologies</td><td>Apologies were received from Mrs Dale.</td><td></td></tr>"
            f"<tr><td>FGB 12/2526</td><td>Policies</td><td>{'<br>'.join(cell)}</td><td>Clerk</td></tr>"
            "<tr><td>FGB 13/2526</td><td>Close</td><td>The meeting closed at 7pm.</td><td></td></tr>"
            "</table></body></html>")


# -- 2. A note-form entry closing on its outcome, a hyphenated word in its matter, or a title sentence before it -------
# "Off-site Visits Policy - agreed": a hyphen joining a word's parts is no dash before the outcome (dash_outcome_entry
# read "site Visits Policy" as after a dash and gave nothing).  "a. Safeguarding Policy. Covid-19 Annex - agreed.": the
# entry's first sentence, only a title, names what the annex belongs to, so the decision is the whole entry.

HYPHENATED_ENTRIES = [
    (["The following policies were agreed or ratified as shown:", "a. Off-site Visits Policy - agreed",
      "b. SEND Policy - agreed"], "Off-site Visits Policy - agreed"),
    (["The following documents were approved:", "a. Anti-bullying Policy – ratified.", "b. Charging Policy - agreed"],
     "Anti-bullying Policy – ratified."),
    (["The following policies were reviewed:", "a. Lettings Policy - agreed",
      "b. Health and Safety Policy. Fire-risk Annex – agreed."],
     "Health and Safety Policy. Fire-risk Annex – agreed."),
]


@pytest.mark.parametrize("lines,expected", HYPHENATED_ENTRIES)
def test_a_note_form_entry_with_a_hyphenated_word_or_a_title_before_is_decided_whole(tmp_path, lines, expected):
    found = [t for _, t in _decisions(tmp_path, "minutes.html", _governors_table(lines))]
    assert expected in found, found
    assert not any(t != expected and t in expected for t in found), found


NOT_ENTRIES = [
    # The sentence before is the meeting's account, not a title: the entry is its own part alone.
    ["The following policies were reviewed:", "a. The hall was busy in May. Lettings Policy - agreed"],
    # A dash entry that runs on is no outcome, hyphen or not.
    ["Play-area fencing - agreed that it be painted by the volunteers in the spring"],
]


@pytest.mark.parametrize("lines", NOT_ENTRIES)
def test_an_account_before_the_entry_or_a_running_on_entry_is_not_taken(tmp_path, lines):
    found = [t for _, t in _decisions(tmp_path, "minutes.html", _governors_table(lines))]
    assert not any("hall was busy" in t or "fencing" in t for t in found), found


# -- 3. The item itself deferred ------------------------------------------------------------------------------------
# "This item is to be deferred to the next meeting", "The matter is deferred to May to enable ...": the meeting put
# its item off (as "Consideration of this item was deferred" does), with what the item's sentences before it say.
# A deferral the meeting only might make ("would be deferred if ...") or asked about is none.

DEFERRALS = [
    ("A paper on the charging review had been sent round but there was not time to read it. This item is to be "
     "deferred to the next meeting.", "charging review"),
    ("The bus shelter quotes were incomplete. This item is deferred to the next meeting to enable a second quote to "
     "be obtained.", "bus shelter quotes"),
    ("The verge cutting contract was discussed. The item will be postponed until the April meeting.", "postponed"),
    ("Quotes for the noticeboard were tabled. The matter was deferred to the May meeting.", "matter was deferred"),
]


@pytest.mark.parametrize("paragraph,words", DEFERRALS)
def test_the_item_itself_deferred_is_a_decision(tmp_path, paragraph, words):
    found = extract_file(tmp_path, "minutes.md", _minutes(paragraph)).decisions
    assert any(words in d.text and d.outcome == "deferred" for d in found), [(d.outcome, d.text) for d in found]


NOT_DEFERRALS = [
    "The Chair said the item would be deferred if the quotes were late.",
    "Members asked whether the item could be deferred to the next meeting.",
]


@pytest.mark.parametrize("paragraph", NOT_DEFERRALS)
def test_a_deferral_only_spoken_of_is_no_decision(tmp_path, paragraph):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes(paragraph))]
    assert not any("deferred" in t for t in found), found


# -- 4. "This was agreed and accepted", with the condition it was agreed on ---------------------------------------------
# The outcome sentence after a proposal or an ask ("This was agreed.") decides what the sentence before put; so do two
# verbs of deciding joined ("agreed and accepted", vocabulary decided) and a condition closing it (", subject to ...").

AGREED_AND_ACCEPTED = [
    ("The Friends have submitted a proposal to rename Eastgate Library as Moor Lane Library. This was agreed and "
     "accepted, subject to agreement with the County Council.", "rename Eastgate Library"),
    ("The Board were asked to agree a rise in the HR team's duties and pay. This was agreed and accepted.",
     "HR team's duties"),
    ("Cllr Obi proposed a new bench by the Brackenford pond. This was approved, subject to a quote below £400.",
     "new bench"),
]


@pytest.mark.parametrize("paragraph,words", AGREED_AND_ACCEPTED)
def test_an_outcome_agreed_and_accepted_on_a_condition_decides_what_was_put(tmp_path, paragraph, words):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes(paragraph))]
    assert any(words in t and t.endswith(paragraph[-20:]) for t in found), found


NOT_AGREED_NOW = [
    "The Clerk reported on the new bench by the pond. This was agreed and accepted at the last meeting.",
    "The Chair said the bench could be moved. This was agreed and accepted by the District Council, subject to a "
    "licence, in 2019.",
]


@pytest.mark.parametrize("paragraph", NOT_AGREED_NOW)
def test_an_outcome_of_another_time_is_no_decision(tmp_path, paragraph):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes(paragraph))]
    assert not any("bench" in t for t in found), found


# -- 5. A parish council named by its initials ----------------------------------------------------------------------
# Small councils' minutes call the council "the PC" ("The PC agreed to ..."), as boards are "the ICB" or "the IJB":
# the body deciding (vocabulary body).  A police constable named "PC <name>" is a person, not the body.

PC_DECISIONS = [
    "The PC agreed to the county association subscription increase.",
    "After discussion the PC noted the Clerk's report on the Brackenford hall lease.",
    "The PC approved the grass cutting quote from Green Acre Services.",
]


@pytest.mark.parametrize("sentence", PC_DECISIONS)
def test_the_pc_decides_as_the_council(tmp_path, sentence):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes(sentence))]
    assert any(sentence.split(" PC ")[1][:20] in t for t in found), found


def test_a_police_constable_is_no_deciding_body(tmp_path):
    found = [t for _, t in _decisions(tmp_path, "minutes.md",
                                      _minutes("PC Dunn agreed to patrol the village hall car park on Fridays."))]
    assert not any("patrol" in t for t in found), found


# -- 6. What the meeting did before it decided, opening the sentence ------------------------------------------------
# "Following a procurement under the Provider Selection Regime, the Committee approved ...", "After a tender exercise,
# the Committee awarded ...": an opening phrase naming the process the decision followed (a procurement, a tender, a
# consultation, an evaluation, the presentation) is a preamble, as "After discussion," is; the body's decision after
# it is the meeting's.  Such a phrase before anything else (a report of what someone else did) decides nothing.

def _committee_minutes(body: str) -> str:
    return ("# Minutes of the meeting of the Lornside Primary Care Commissioning Committee held on 12 March 2026\n\n"
            "## 1. Apologies\n\nApologies were received from Dr Venn.\n\n"
            f"## 7. Dental and cleaning contracts\n\n{body}\n\n## 8. Close\n\nThe meeting closed at 4pm.\n")


AFTER_A_PROCESS = [
    ("Following a procurement under the Provider Selection Regime, the Committee approved the award of the Lornside "
     "dental contract to Smilewell Ltd.", "Smilewell"),
    ("After a tender exercise, the Committee awarded the cleaning contract for the Mill Lane clinic to Brightway Ltd.",
     "Brightway"),
    ("Following the consultation with patients, the Committee agreed to close the Mill Lane clinic on Saturdays.",
     "Saturdays"),
]


@pytest.mark.parametrize("sentence,words", AFTER_A_PROCESS)
def test_a_decision_after_the_process_it_followed_is_the_meetings(tmp_path, sentence, words):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _committee_minutes(sentence))]
    assert any(words in t for t in found), found


NOT_AFTER_A_PROCESS = [
    ("Following the procurement, which the Board approved in 2024, the new contract began in May.", "new contract"),
    ("After a tender exercise the Contracts Manager reported that three bids were received.", "three bids"),
]


@pytest.mark.parametrize("sentence,words", NOT_AFTER_A_PROCESS)
def test_a_process_phrase_before_a_report_decides_nothing(tmp_path, sentence, words):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _committee_minutes(sentence))]
    assert not any(words in t for t in found), found


# -- 7. A sum or a rate in what was considered before deciding -------------------------------------------------------
# "Having considered the draft budget of £27,400, the Council RESOLVED ...": the thousands separator of a sum (or a
# rate's decimal point) in the clause saying what was considered is no end of that clause, so the decision after it
# is read (it was not: the clause stopped at "27" and the sentence was no decision).

HAVING_CONSIDERED_A_SUM = [
    ("Having considered the draft budget of £27,400, the Council resolved to request a precept of £25,900 for "
     "2026/27.", "precept of £25,900"),
    ("Having reviewed the quotes of £1,250 and £1,480, the Council agreed to accept the lower one from Fenside Fencing.",
     "Fenside Fencing"),
    ("Having considered the 2.5 per cent uplift proposed by the Clerk, the Council approved the new allotment rents.",
     "allotment rents"),
]


@pytest.mark.parametrize("sentence,words", HAVING_CONSIDERED_A_SUM)
def test_a_sum_in_what_was_considered_does_not_end_the_preamble(tmp_path, sentence, words):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes(sentence).replace("the Authority",
                                                                                          "Brackenford Parish Council"))]
    assert any(words in t for t in found), found


def test_a_sum_in_a_preamble_before_no_body_decides_nothing(tmp_path):
    sentence = "Having considered the budget of £1,200, the Clerk will write to the auditor about the late invoice."
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes(sentence))]
    assert not any("auditor" in t for t in found), found


# -- 8. A verbless bare assent: "All in agreement.", "All agreed." -------------------------------------------------
# Small councils' minutes note the meeting's assent to what the sentence before put or set out to do in two words:
# "The Clerk will order two dog bins for the green. All in agreement."  As "All were in agreement." does, it decides
# that sentence (sentence assent_to_this); alone, with nothing before it in its paragraph, it names nothing.

VERBLESS_ASSENTS = [
    ("The Clerk will order two new dog bins for the Brackenford green. All in agreement.", "dog bins"),
    ("Cllr Hale will arrange for the dead ash tree by the pond to be felled. All agreed.", "ash tree"),
    ("It was suggested that the spring litter pick be held on 18 April. All in favour.", "litter pick"),
]


@pytest.mark.parametrize("paragraph,words", VERBLESS_ASSENTS)
def test_a_verbless_bare_assent_decides_the_sentence_before(tmp_path, paragraph, words):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes(paragraph))]
    assert any(words in t and t.endswith(paragraph[-10:]) for t in found), found


def test_a_verbless_bare_assent_alone_names_nothing(tmp_path):
    found = [t for _, t in _decisions(tmp_path, "minutes.md", _minutes("All in agreement."))]
    assert not any(t.startswith("All") for t in found), found
