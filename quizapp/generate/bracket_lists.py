"""A bracket of several remarks split by commas ('Columbia (STS-107, 2003)'): each is read as
a bracket of its own beside the answer, and the answer is right when each such reading is
(review r468 B: 'Columbia (STS-107)' and 'Columbia (2003)' were right, both at once wrong)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.bracket_names import unknown_aside
from quizapp.generate.check_brackets import CheckOne, bracketed
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_LISTED = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+,[^()]+)\)[\s.!]*$")


def listed_bracket(
    q: Question, text: str, expected: str, vocabulary: dict[str, str], check_one: CheckOne
) -> Verdict | None:
    """The verdict on `text` read part by part, or None when it is no such bracket or a part
    is not right alone, or would be asked about ('Challenger': a second answer?)."""
    found = _LISTED.match(text.strip())
    if found is None:
        return None
    said = [f"{found['outer']} ({p.strip()})" for p in found["inner"].split(",") if p.strip()]
    if len(said) < 2 or any(unknown_aside(q, s, vocabulary) for s in said):
        return None
    verdicts = [bracketed(q, s, expected, vocabulary, check_one) for s in said]
    if any(v is None or v.verdict != "correct" for v in verdicts):
        return None
    return Verdict("correct", expected, understood=normalise(text))
