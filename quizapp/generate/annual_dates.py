"""An imported card whose answer is a day of the year with no year ('On what date are the Nobel
Prizes presented each year?', '10 December'): graded as a day and a month in any common form
('December 10', '10th of December', 'Dec 10', 'the tenth of December', 'on 10 December'), with
what follows a comma or a bracket left to the remark rules; another day is wrong, and a bare
'10' is no date. Review r674 B: the key was read as the count 10, so '10' was right and every
form of the date was asked again."""

from __future__ import annotations

import re

from quizapp.generate.dates import day_months
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_LEAD = re.compile(r"^\s*(?:it(?:'s|\s+is|\s+was)\s+)?(?:on\s+)?(?:the\s+)?", re.IGNORECASE)
_HEAD = re.compile(r"^(?P<head>[^,;(]+?)\s*(?:[,;(]|\s[-\u2013\u2014]\s|$)")


def annual_key(answer: str) -> tuple[int, int] | None:
    """(month, day) of an answer that is a day and a month and no year, else None."""
    if re.search(r"\d{3,}", answer):
        return None
    found = day_months(answer)
    return next(iter(found)) if len(found) == 1 else None


def annual_verdict(q: Question, text: str, expected: str) -> Verdict | None:
    """The verdict on `text` where the card's answer is a day of the year, else None."""
    key = annual_key(q.answer[0])
    if key is None:
        return None
    said = _LEAD.sub("", text.strip().rstrip(".!"))
    head = _HEAD.match(said)
    got = day_months(said) or (day_months(head["head"]) if head else set())
    if not got:
        return Verdict("wrong", expected, f"Give the day and the month, e.g. {expected}.")
    return Verdict("correct" if key in got else "wrong", expected, understood=said)
