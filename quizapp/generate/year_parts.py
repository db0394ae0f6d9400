"""A part of a year given for a dated event: 'the start of 2015', 'early 2015', 'late 2015'.

A learner who remembers that the EEU was launched as 2015 began often says so rather than
'January 2015'. Against a key known to the month (or the day), the part is graded by the months
it covers, in the key's year only:
- 'the start', 'the beginning', 'the turn' of a year (or 'New Year') means January: right for
  January, a near miss for February or March, else wrong;
- 'early' covers January to April, 'mid' or 'the middle of' May to August, 'late' September to
  December: a near miss when the key's month is inside (the month is the answer asked for),
  else wrong;
- 'the end of' a year means December: right for December, a near miss for October or November.
Review r232 refused 'the start of 2015' with a request for a date.
"""

from __future__ import annotations

import re

from quizapp.generate.verdict import Verdict

_PART = re.compile(
    r"^\s*(?:(?:at|in|by|around|about)\s+)?(?:the\s+)?(?:very\s+)?"
    r"(?P<part>start|beginning|turn|new year|early|mid|middle|late|end)"
    r"(?:\s+of)?[\s-]*(?:the\s+year\s+)?(?P<year>\d{3,4})\s*\.?\s*$",
    re.IGNORECASE,
)
# (months right, months a near miss) for each part of a year
_MONTHS: dict[str, tuple[range, range]] = {
    "start": (range(1, 2), range(2, 4)),
    "early": (range(0), range(1, 5)),
    "mid": (range(0), range(5, 9)),
    "late": (range(0), range(9, 13)),
    "end": (range(12, 13), range(10, 12)),
}
_SAME = {"beginning": "start", "turn": "start", "new year": "start", "middle": "mid"}


def read_year_part(text: str) -> tuple[str, int] | None:
    """('start', 2015) for 'the start of 2015'; None when the text is no part of a year."""
    m = _PART.match(text)
    if m is None:
        return None
    part = m["part"].lower()
    return _SAME.get(part, part), int(m["year"])


def check_year_part(
    key: tuple[int, int | None, int | None], text: str, expected: str
) -> Verdict | None:
    """The verdict on a part of a year against a dated key, or None when the text names no
    part of a year or the key has no month."""
    read = read_year_part(text)
    year, month, _ = key
    if read is None or month is None:
        return None
    part, given = read
    understood = f"{part} {given}"
    if given != year:
        return Verdict("wrong", expected, understood=understood)
    right, near = _MONTHS[part]
    if month in right:
        return Verdict("correct", expected, understood=understood)
    if month in near:
        return Verdict("near_miss", expected, f"Close - it was {expected}.", understood)
    return Verdict("wrong", expected, understood=understood)
