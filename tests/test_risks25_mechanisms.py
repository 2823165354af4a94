"""Mechanisms of the q25 risk round, each on fictional papers in three or more wordings or layouts, with
negatives.  Every test here failed before its mechanism (risks._quoted_comment)."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, opening: str = "Consultation report"):
    path = tmp_path / "paper.txt"
    path.write_text(f"MARSHFORD COUNTY COUNCIL\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A comment quoted whole is what someone said, not a risk the paper states -------------------------------

@pytest.mark.parametrize("comment", [
    # A consultation report's verbatim comment, in curly quotation marks.
    "“The youth centre is the only safe place on the estate. Without it the young people could end up on the "
    "streets.”",
    # In straight quotation marks, naming a risk in so many words.
    '"If you close the library there is a risk that older residents will lose their only warm space."',
    # With who said it after the quotation.
    "“There is a risk that my son will lose the only support he has after school.” (Parent, Eastbrook)",
    "“There is a real risk that people with a walking frame will not manage the longer route.” – resident, Hollins "
    "ward",
])
def test_a_comment_quoted_whole_is_no_risk(tmp_path, comment):
    body = f"4. What respondents told us\n\nRespondents who disagreed gave these comments:\n\n{comment}"
    assert _risks(tmp_path, body) == []


@pytest.mark.parametrize("paragraph", [
    # The same words as the paper's own statement.
    "If the library closes there is a risk that older residents will lose their only warm space.",
    # A quotation that is only part of the paragraph: the paper's sentence around it is its own.
    "Several respondents described the centre as “a lifeline”. There is a risk that attendance will fall "
    "during the move to the new site.",
    # Two comments in one paragraph, with the paper's words between them, are not one quotation.
    "“Too far” and “too dear” were the commonest replies. There is a risk that attendance will fall during the "
    "move and that the club will “lose its momentum”.",
])
def test_the_papers_own_statement_beside_a_quotation_is_still_a_risk(tmp_path, paragraph):
    body = f"4. What respondents told us\n\n{paragraph}"
    assert len(_risks(tmp_path, body)) == 1
