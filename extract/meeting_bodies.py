"""The words that name a meeting body, and the call-in grammar that asks one to act.

Small on purpose: metadata (which meeting a paper goes to) and recommendations (a
call-in's own asks) both read these, and neither should import the other's module.
"""
from __future__ import annotations

import re

# A meeting body's own word.  `Executive` names the executive (`Executive, 12 March 2025`,
# `Report to: Executive`) and its members' meetings as `Cabinet` does (`Executive Member Decision
# Session`, `Executive Members' Meeting`), but not before a role, a section's noun or the kind of
# decision a record holds: `Executive Director`, `Executive Summary`, `Executive Officer`,
# `Executive Lead`, `Executive Sponsor`, `Record of Executive Decision`, `Call-in of Executive
# Decision 25/012`.
BODY_WORDS = (r"(?:Forum|Committee|Sub-Committee|Board|Cabinet|Panel|"
              r"Executive(?!\s+(?i:decisions?|directors?|summary|officers?|lead|team|head|sponsor|assistant)\b)|"
              r"Council|Commission|Assembly|Partnership)")

# `We request that the Scrutiny Committee recommends ...`: a call-in asks its meeting to act on the
# decision called in.  (A question or motion quoted in minutes, `I ask that the Council explains why
# ...`, asks something else: the verb after the body says which.)
CALL_IN_VERBS = (r"(?:recommends?|refers?|reconsiders?|reviews?|defers?|rejects?|amends?|examines?|"
                 r"scrutini[sz]es?|overturns?|calls?\s+in|asks?|requests?)")
REQUEST_RE = re.compile(
    rf"\b(?:[Ww]e|I)\s+(?:formally\s+)?(?:request|ask|propose)\s+that\s+the\s+"
    rf"((?:[A-Z][\w'\u2019&-]*\s+(?:and\s+|of\s+)?){{0,6}}{BODY_WORDS})\s+{CALL_IN_VERBS}\b")
