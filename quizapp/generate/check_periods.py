"""Grading a period ("the 7th millennium BC", "the 1840s") typed for a year or a date.

A period is less precise than a year: it is right only where the key is itself an estimate
and the whole period lies inside the estimate's right band ("the 38th century BC", 3800 to
3701 BC, for about 3750 BC, which takes 3700 to 3800 BC). A period that holds the key's year,
or reaches into an estimate's right band, is a near miss if it is at most one step coarser
than the key (a decade for a year or a date, a millennium for about 7000 BC, a century for
about 3750 BC), and the learner is shown the year; a broader one ("the 20th century" for 4
October 1957) is wrong, with a note that it is too broad; any other period is wrong. A BC
period typed without its era is read as BC only as a near miss (the era unsaid), as for a
year (check_numbers.py).
"""

from __future__ import annotations

from quizapp.generate.estimates import estimate_band, estimate_step
from quizapp.generate.periods import Period
from quizapp.generate.question import NumericKey
from quizapp.generate.verdict import Verdict


def check_period(key: NumericKey, period: Period, expected: str, year: int) -> Verdict:
    """`year` is the key's signed year (the key's value for a year, a date's year)."""
    understood = period.shown()
    readings = [(period, False)]
    if year < 0 and not period.era_said and period.first > 0:
        readings.append((Period(-period.last, -period.first, False), True))
    for span, unsaid in readings:
        band = _band(key, span, year)
        if band == "correct" and not unsaid:
            return Verdict("correct", expected, f"Right - the estimate is {expected}.", understood)
        if band != "wrong" and _too_broad(key, span, year):
            note = f"That period is too broad to be the answer: {expected}."
            return Verdict("wrong", expected, note, understood)
        if band != "wrong":
            what = "before AD 1" if unsaid else "more precise than that period"
            note = f"Right period, but the answer is {what}: {expected}."
            return Verdict("near_miss", expected, note, understood)
    return Verdict("wrong", expected, f"That period is not it: {expected}.", understood)


def _band(key: NumericKey, span: Period, year: int) -> str:
    inside = span.first <= year <= span.last
    if not (key.approx and key.date is None and key.family == "year"):
        return "near_miss" if inside else "wrong"
    ends = (estimate_band(key, span.first), estimate_band(key, span.last))
    if ends == ("correct", "correct"):
        return "correct"
    reaches = inside or "correct" in ends
    return "near_miss" if reaches else "wrong"


def _too_broad(key: NumericKey, span: Period, year: int) -> bool:
    """Broader than a near miss may be: one step coarser than the key, or, holding the key's
    year, as wide as its `circa` band ('the 4th millennium BC' for c. 3750 BC, ±500: review
    r329; not the 5th, which only reaches into it)."""
    width = span.last - span.first + 1
    estimate = key.approx and key.date is None and key.family == "year"
    if width <= (10 * estimate_step(key) if estimate else 5):  # 'the 1960s' for 1962 (r354 F)
        return False
    return not (span.first <= year <= span.last and width <= 2 * key.circa)
