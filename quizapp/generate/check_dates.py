"""Grading a date at the precision it is stored (check_numbers.py grades the rest).

A date known to the day accepts that day in any common form. An answer one step less precise
than the key is a near miss: 'September 1846' for 23 September 1846, '1846' for September
1846, and a day and month without the year ('20 July' for 20 July 1969). So is a bare year
for a date known to the day where the stem asks only when ('When did the Bastille fall?');
where it asks for the date ('on what date', 'landed on _____') the year alone answers no part
of it and is wrong, with the date (review r360 E: '1969' was a near miss on 'Apollo 11
landed on the Moon on _____', and '20 July' was told 'Give a date').
"""

from __future__ import annotations

import re

from quizapp.generate.check_periods import check_period
from quizapp.generate.dates import day_months, iso_date, key_date, parse_date_era, unread_note
from quizapp.generate.periods import parse_period
from quizapp.generate.question import NumericKey
from quizapp.generate.verdict import Verdict
from quizapp.generate.year_parts import check_year_part

_PRECISION = {1: "year", 2: "month", 3: "day"}
_YEAR_THEN_MONTH = re.compile(r"^(\d{3,4})\s*[(,]\s*([A-Za-z]{3,9})\.?\)?$")


def check_date(iso: str, text: str, expected: str, *, day_asked: bool = False) -> Verdict:
    """`day_asked`: the stem asks for the date or the month ('on what date', 'on _____', '(month
    and year)'), so a bare year answers no part of it (estimates.asked_as_estimate)."""
    key = key_date(iso)
    text = _YEAR_THEN_MONTH.sub(r"\2 \1", text.strip())  # '2015 (January)' (review r374)
    readings = parse_date_era(text)
    period = parse_period(text) if not readings else None
    if period is not None:  # "the 1840s" for 23 September 1846
        plain = NumericKey(value=key[0], tolerance=0, family="year", date=iso)
        return check_period(plain, period, expected, key[0])
    part = check_year_part(key, text, expected) if not readings else None
    if part is not None:  # 'the start of 2015' for January 2015 (year_parts.py)
        return part
    if not readings:
        return _without_year(key, text, expected)
    # the echo shows the reading that was graded: '11/9/1967' right for 9 November is
    # understood as 1967-11-09, not as the other reading (seed-9307 review defect 4)
    understood = iso_date(*readings[0][0])
    notes: list[tuple[str, str]] = []
    for given, era in readings:
        unsaid = key[0] < 0 and era is None and given[0] == -key[0]  # '15 March 44' for 44 BC
        if unsaid:
            given = (key[0], given[1], given[2])
        agree = all(g == k for g, k in zip(given, key, strict=True) if g is not None and k)
        if not agree:
            continue
        missing = [i for i, (g, k) in enumerate(zip(given, key, strict=True)) if k and g is None]
        if not missing and not unsaid:
            return Verdict("correct", expected, understood=iso_date(*given))
        precision = _PRECISION[sum(1 for p in key if p)]
        if day_asked and 1 in missing:  # '1969': 'landed on _____'; '2015': '(month and year)'
            note = f"The year alone: it is known to the {precision}: {expected}."
            return Verdict("wrong", expected, note, iso_date(*given))
        what = "before AD 1" if unsaid else f"known to the {precision}"
        notes.append((f"Right, but it is {what}: {expected}.", iso_date(*given)))
    if notes:
        return Verdict("near_miss", expected, notes[0][0], notes[0][1])
    return Verdict("wrong", expected, understood=understood)


def _without_year(key: tuple[int, int | None, int | None], text: str, expected: str) -> Verdict:
    """An answer with no year: a day and month ('20 July', 'July 20th') is a near miss when
    they are the key's day and month, else wrong (a date known to the month has no day to
    match); any other text is no date."""
    days = day_months(text)
    if not days:
        return Verdict("wrong", expected, unread_note(text, "date"))
    if (key[1], key[2]) in days:
        return Verdict("near_miss", expected, f"Right, but give the year too: {expected}.")
    return Verdict("wrong", expected, f"The date is {expected}.")
