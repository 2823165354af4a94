"""Round left18: board minutes whose bullets are set in the Symbol font, as Word exports them (the
bullets come back from the PDF as the private-use code point U+F0B7).  Writes
papers/harrowgate-community-trust_2026-02-10_board-of-trustees_minutes.pdf.

    python tests/paraphrase/make_left18.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import pdfgen  # noqa: E402

BULLET = "\uf0b7"
LINES = [
    (None, "Harrowgate Community Trust"),
    (None, "Minutes of the Board of Trustees meeting held on 10 February 2026"),
    (None, "Present: Maria Quist (Chair), Owen Bale, Priya Nandra, Callum Reeve"),
    (None, "1. Minutes of the last meeting"),
    (None, "The minutes of the meeting held on 9 December 2025 were approved as a correct record."),
    (None, "2. Officers"),
    (None, "For the year to the AGM in 2027, Owen Bale will act as Treasurer and Priya Nandra will serve"),
    (None, "as Secretary."),
    (None, "3. Community transport"),
    (None, "The Board agreed the following:"),
    (BULLET, "to buy a second wheelchair-accessible minibus from Wayfarer Coachworks Ltd for"),
    (None, "   £38,500, with funding from the Saltmarsh Foundation;"),
    (BULLET, "to recruit four more volunteer drivers before the summer; and"),
    (BULLET, "to review the driver rota at the meeting in May."),
    (None, "4. Finance"),
    (None, "The Treasurer is concerned about the sustainability of the cafe income and will review the"),
    (None, "menu prices with the cafe manager before the next meeting."),
    (None, "5. Date of next meeting"),
    (None, "The next meeting will be held on 14 April 2026 at the Harrowgate Centre."),
]


def main() -> None:
    out = HERE / "papers" / "harrowgate-community-trust_2026-02-10_board-of-trustees_minutes.pdf"
    pdfgen.symbol_bullet_paper(out, LINES)
    print(out)


if __name__ == "__main__":
    main()
