"""Probe papers for risks (stop 30, r42): short fictional papers -- councils, trusts, ICBs, parish councils,
pension panels, school governors, library trusts -- each stating a risk in a form the real development sets show and
the earlier probes (risks_probe20/21/40_papers) lack: "The downside ... would be <a loss>", a trailing "which is a
danger for <people>", "There could be (some) problems/difficulties in <doing> ...", an "Emerging risks:" label
followed by a list, "One of the main risks is ...", "The main area(s) of concern is/are ...", "... presents a
considerable obstacle to ...", "a serious threat to ...", "... creates the possibility of errors", "If X ..., it will
be too late to ...", "A considerable risk to X remains from Y", "<topic>: a number of risks identified"; and papers
that only use those words (areas of focus, an upside, no problems, a danger sign replaced, risks to be reported, a
noted risk register, no concerns raised, a downside already removed), which must give none.  Every authority,
service, person and figure is invented and no sentence is copied from a real paper.  ``PAPERS`` maps a name to
(builder, expected risks) as in risks_probe40_papers; the expectations were written before the tool was run on
them."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from risks_probe20_papers import _html, _text  # noqa: E402


def _report(folder, name, authority, meeting, title, sections):
    """A plain-text report: the authority, the meeting, the title, then numbered sections of (heading, text)."""
    body = "\n\n".join(f"{n}. {heading}\n\n{n}.1 {text}" for n, (heading, text) in enumerate(sections, 1))
    return _text(folder, name, f"{authority}\n\n{meeting}\n\n{title}\n\n{body}\n")


def _minutes(folder, name, body_name, date, items):
    """Plain-text minutes: the body, 'Minutes of the meeting held on <date>', then numbered items of (title, text)."""
    body = "\n\n".join(f"{n}. {title}\n\n{text}" for n, (title, text) in enumerate(items, 1))
    return _text(folder, name, f"{body_name}\n\nMinutes of the meeting held on {date}\n\n{body}\n")


# ---- papers stating risks -------------------------------------------------------------------------------

# 1. "The downside ... would be" a loss, in an options section.
def downside_loss_of_revenue(folder):
    return _report(folder, "report.txt", "BRACKENFORD BOROUGH COUNCIL", "Report to Cabinet - 12 March 2026",
                   "Community Use of the Old Drill Hall", [
                       ("Purpose", "This report sets out options for letting the Old Drill Hall to local groups."),
                       ("Options", "Option B would let the hall to the Brackenford Scouts on a peppercorn rent. "
                                   "The downside for the Council would be a loss of rental income of about "
                                   "£14,000 a year and a loss of control over the building's use."),
                       ("Recommendation", "That Cabinet agrees Option A."),
                   ])


# 2. "The main downside of X is that ..." in a Markdown options appraisal.
def downside_main_markdown(folder):
    return _text(folder, "report.md", """# Lornside Town Council

## Amenities Committee - 4 June 2026

### Item 6: Allotment water supply

**2. Options considered**

Metering each plot would make tenants pay for what they use. The main downside of metering is that the installation would cost more than five years of the water bills it saves.

**3. Recommendation**

That the committee keeps the shared supply.
""")


# 3. A trailing "which is a danger for patients" in board minutes.
def danger_for_trailing_clause(folder):
    return _minutes(folder, "minutes.txt", "NHS LORNSIDE DIGITAL STANDARDS GROUP", "11 February 2026", [
        ("Apologies", "Apologies were received from Dr Amaka Bell."),
        ("Shared care records", "Ms Ortiz explained that the community wards and the acute wards keep separate "
                                "allergy lists, so nurses on one ward cannot see an allergy recorded on the other, "
                                "which is a danger for patients moving between them. The group agreed to ask the "
                                "supplier to link the two lists."),
    ])


# 4. "There could be some problems in <doing> due to ..." in governors' minutes.
def could_be_problems_due_to(folder):
    return _minutes(folder, "minutes.txt", "HOLLINS GREEN PRIMARY SCHOOL GOVERNING BOARD", "3 March 2026", [
        ("Catch-up tutoring", "The Head reported that the tutoring grant will fund two extra tutors from April. "
                              "There could be some difficulties in staffing this because any tutor must hold a "
                              "current safeguarding certificate."),
        ("Any other business", "None."),
    ])


# 5. "There may be problems with ..." naming a harm, in a parish report.
def may_be_problems_with(folder):
    return _report(folder, "report.txt", "MARLOW END PARISH COUNCIL", "Meeting of 7 May 2026",
                   "Clerk's report", [
                       ("Cemetery extension", "The contractor has begun clearing the extension. There may be "
                                              "problems with drainage on the lower plots, which could leave "
                                              "graves waterlogged in winter. The contractor will dig a trial pit "
                                              "before any plots are sold."),
                   ])


# 6. An "Emerging risks:" label with a list, in board minutes.
def emerging_risks_label(folder):
    return _minutes(folder, "minutes.txt", "NHS ASHWORTH INTEGRATED CARE BOARD", "24 April 2026", [
        ("Finance report", "The Chief Finance Officer presented the month 11 position. Emerging risks: the cost of "
                           "agency nurses in the emergency department; unplanned repairs to the Eastgate boiler "
                           "house; and a possible fall in dental contract income. The board noted the report."),
    ])


# 7. "One of the main risks is (that) ..." in a transcript-like board record.
def one_of_main_risks(folder):
    return _minutes(folder, "minutes.txt", "NHS CARRINGFORD TRUST BOARD", "19 May 2026", [
        ("Strategy refresh", "The Chief Executive said one of the main risks is that the new wards open before "
                             "enough nurses have been recruited to staff them. To reduce that, recruitment will "
                             "start six months ahead of each opening."),
    ])


# 8. "The main areas of concern are ..." after a budget figure, in trustees' minutes.
def main_areas_of_concern(folder):
    return _minutes(folder, "minutes.txt", "FENWICK LIBRARIES TRUST BOARD", "8 January 2026", [
        ("Budget 2026/27", "The draft budget shows a small surplus of £6k. The main areas of concern are room hire "
                           "income, which fell again this year, and the cost of replacing the self-service "
                           "kiosks."),
    ])


# 9. "X is of the greatest concern" in a finance report.
def of_greatest_concern(folder):
    return _report(folder, "report.txt", "WESTERLY COUNTY COUNCIL", "Report to Cabinet - 29 January 2026",
                   "Revenue Budget Monitoring: Quarter 3", [
                       ("Savings delivery", "Delivery of the children's transport savings is of the greatest "
                                            "concern: £3.2m of the £5m planned is now rated red."),
                       ("Recommendation", "That Cabinet notes the forecast position."),
                   ])


# 10. "... presents a considerable obstacle to ..." in a financial resilience section.
def presents_obstacle(folder):
    return _report(folder, "report.txt", "HARTSHEAD CITY COUNCIL", "Report to Council - 19 February 2026",
                   "Medium Term Financial Strategy", [
                       ("Financial resilience", "The government has not said whether the special grant will "
                                                "continue after March 2027. This uncertainty presents a "
                                                "considerable obstacle to setting a balanced three-year plan."),
                       ("Recommendation", "That Council approves the strategy."),
                   ])


# 11. "a serious threat to" in a chair's report.
def serious_threat_to(folder):
    return _minutes(folder, "minutes.txt", "NHS NORTHDALE BOARD", "2 July 2026", [
        ("Chair's report", "Suppliers have withdrawn three generic medicines from the national tariff, a serious "
                           "threat to the supply of epilepsy treatments. The pharmacy team is holding a "
                           "four-week stock."),
    ])


# 12. "... creates the possibility of errors" in minutes.
def creates_possibility_of_errors(folder):
    return _minutes(folder, "minutes.txt", "NHS GLENMOOR ICB DIGITAL BOARD", "14 May 2026", [
        ("Care home records", "Mr Patel said that once the homes move to the new system, staff will re-key each "
                              "discharge letter by hand, which creates duplication and the possibility of errors "
                              "in medicines lists."),
    ])


# 13. "If X ..., it will be too late to ..." in a finance committee.
def too_late_to_act(folder):
    return _minutes(folder, "minutes.txt", "NHS ASHWORTH FINANCE COMMITTEE", "16 October 2026", [
        ("Capital programme", "The Director of Finance said that if schemes only report slippage in March it will "
                              "be too late to move the money to other schemes, and the allocation would be lost. "
                              "Each scheme lead will now report slippage monthly."),
    ])


# 14. "A considerable risk to X remains from Y" in a reserves section.
def risk_remains_from(folder):
    return _report(folder, "report.txt", "DENHOLM DISTRICT COUNCIL", "Report to Council - 26 February 2026",
                   "Budget 2026/27 and Reserves", [
                       ("Reserves", "A considerable risk to general reserves remains from the forecast overspend on "
                                    "temporary accommodation."),
                       ("Recommendation", "That Council approves the budget."),
                   ])


# 15. "<topic>: a number of risks identified." in a board's notes.
def topic_number_of_risks(folder):
    return _minutes(folder, "minutes.txt", "NHS CARRINGFORD TRUST AUDIT COMMITTEE", "12 June 2026", [
        ("Matters arising", "Payroll system replacement: a number of risks identified. A paper will come to the "
                            "September meeting with a plan for the transition."),
    ])


# 16. HTML minutes: "Concerns were raised over <a lack>" with the council's action.
def html_concerns_raised_over(folder):
    return _html(folder, "minutes.html", "Minutes - Ravensmoor Community Council",
                 "<h1>Ravensmoor Community Council</h1><p>Minutes of the meeting held on 9 March 2026</p>"
                 "<h2>5. River Dunmore</h2>"
                 "<p>Concerns were raised over the lack of water quality testing below the sewage works. The "
                 "Clerk will write to the water company asking for monthly results.</p>"
                 "<h2>6. Date of next meeting</h2><p>13 April 2026.</p>")


# ---- papers that only use the words -----------------------------------------------------------------------

# 17. "The main areas of focus are" -- aims, not concerns.
def not_areas_of_focus(folder):
    return _minutes(folder, "minutes.txt", "FENWICK LIBRARIES TRUST BOARD", "5 February 2026", [
        ("Plan for 2026", "The main areas of focus are the summer reading challenge and the new mobile library "
                          "route. The board approved the plan."),
    ])


# 18. An upside, not a downside.
def not_upside(folder):
    return _report(folder, "report.txt", "BRACKENFORD BOROUGH COUNCIL", "Report to Cabinet - 9 April 2026",
                   "Market Square Events", [
                       ("Options", "The upside of a monthly market would be more visitors to the town centre "
                                   "and extra trade for the shops around the square."),
                       ("Recommendation", "That Cabinet agrees a monthly market."),
                   ])


# 19. No problems.
def not_no_problems(folder):
    return _minutes(folder, "minutes.txt", "HOLLINS GREEN PRIMARY SCHOOL GOVERNING BOARD", "5 May 2026", [
        ("Premises", "The site manager reported that the new boiler was fitted over Easter and there have been no "
                     "problems since."),
    ])


# 20. A danger sign replaced: a completed job.
def not_danger_sign_replaced(folder):
    return _minutes(folder, "minutes.txt", "MARLOW END PARISH COUNCIL", "7 May 2026", [
        ("Village pond", "The Clerk confirmed that the deep water danger sign at the pond had been replaced in "
                         "April."),
    ])


# 21. Risks to be reported later: no risk stated.
def not_risks_to_be_reported(folder):
    return _minutes(folder, "minutes.txt", "NHS NORTHDALE BOARD", "3 September 2026", [
        ("Board assurance framework", "Emerging risks will be reported to the next meeting of the board. The "
                                      "board noted the update."),
    ])


# 22. No concerns raised.
def not_no_concerns(folder):
    return _minutes(folder, "minutes.txt", "RAVENSMOOR COMMUNITY COUNCIL", "11 May 2026", [
        ("Planning", "The application for a rear extension at 4 Mill Lane was considered. No concerns were raised "
                     "and the council will not object."),
    ])


# 23. A downside already removed.
def not_downside_removed(folder):
    return _report(folder, "report.txt", "LORNSIDE TOWN COUNCIL", "Report to Council - 20 May 2026",
                   "New Booking System", [
                       ("Background", "The new online booking system went live in January and has removed the "
                                      "double bookings of the old paper diary."),
                       ("Recommendation", "That Council notes the report."),
                   ])


# 24. An obstacle overcome; a threat in a title.
def not_obstacle_overcome(folder):
    return _report(folder, "report.txt", "HARTSHEAD CITY COUNCIL", "Report to Scrutiny - 4 March 2026",
                   "Tackling the Threat of Flytipping: Progress Report", [
                       ("Progress", "The last obstacle to the new depot, the lease of the access road, was "
                                    "overcome in February and the depot opens next month."),
                       ("Recommendation", "That the committee notes the progress."),
                   ])


PAPERS = {
    "downside_loss_of_revenue": (downside_loss_of_revenue, [("loss of rental income", None)]),
    "downside_main_markdown": (downside_main_markdown, [("installation would cost more", None)]),
    "danger_for_trailing_clause": (danger_for_trailing_clause, [("danger for patients", ...)]),
    "could_be_problems_due_to": (could_be_problems_due_to, [("difficulties in staffing", None)]),
    "may_be_problems_with": (may_be_problems_with, [("problems with drainage", "trial pit")]),
    "emerging_risks_label": (emerging_risks_label, [("agency nurses", None)]),
    "one_of_main_risks": (one_of_main_risks, [("before enough nurses", "recruitment will start")]),
    "main_areas_of_concern": (main_areas_of_concern, [("room hire income", None)]),
    "of_greatest_concern": (of_greatest_concern, [("greatest concern", None)]),
    "presents_obstacle": (presents_obstacle, [("considerable obstacle", None)]),
    "serious_threat_to": (serious_threat_to, [("serious threat to the supply", "four-week stock")]),
    "creates_possibility_of_errors": (creates_possibility_of_errors, [("possibility of errors", None)]),
    "too_late_to_act": (too_late_to_act, [("too late to move the money", "report slippage monthly")]),
    "risk_remains_from": (risk_remains_from, [("risk to general reserves remains", None)]),
    "topic_number_of_risks": (topic_number_of_risks, [("a number of risks identified", "plan for the transition")]),
    "html_concerns_raised_over": (html_concerns_raised_over, [("lack of water quality testing", "monthly results")]),
    "not_areas_of_focus": (not_areas_of_focus, []),
    "not_upside": (not_upside, []),
    "not_no_problems": (not_no_problems, []),
    "not_danger_sign_replaced": (not_danger_sign_replaced, []),
    "not_risks_to_be_reported": (not_risks_to_be_reported, []),
    "not_no_concerns": (not_no_concerns, []),
    "not_downside_removed": (not_downside_removed, []),
    "not_obstacle_overcome": (not_obstacle_overcome, []),
}
