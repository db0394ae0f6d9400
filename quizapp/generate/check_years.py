"""Grading a year: exact in its era, a disputed year's other readings, a date's year, a year
counted back ('9000 years ago'), a period ('the 7th millennium BC'), an estimate's band; a date
finer than the key's year is marked on the year, and says so (review r531 C)."""

from __future__ import annotations

import re

from quizapp.generate.check_periods import check_period
from quizapp.generate.dates import MONTHS, spoken_year, unread_note, years_of_dates
from quizapp.generate.estimates import estimate_band
from quizapp.generate.periods import parse_period
from quizapp.generate.quantity_reader import read_quantity
from quizapp.generate.question import NumericKey
from quizapp.generate.verdict import Verdict
from quizapp.generate.years_ago import years_ago

_BANDS = ("wrong", "near_miss", "correct")


def check_year(key: NumericKey, text: str, expected: str, this_year: int | None) -> Verdict:
    """A year, or for a disputed year any of its readings (helium: 1868, also 1895): each
    reading is graded as the key's own year is, and the nearest verdict stands."""
    verdict = _one_year(key, text, expected, this_year)
    for reading in key.readings:
        if verdict.verdict == "correct":
            break
        other = key.model_copy(update={"value": reading, "readings": ()})
        given = _one_year(other, text, expected, this_year)
        if given.verdict == "correct":
            shown = f"{-round(reading)} BC" if reading < 0 else str(round(reading))
            note = f"Right - {shown} is given too; the deck's year is {expected}."
            return Verdict("correct", expected, note, given.understood)
        if given.verdict == "near_miss" and verdict.verdict == "wrong":
            verdict = given
    return verdict


_FINER = re.compile(
    rf"\b(?:{'|'.join(MONTHS)}|spring|summer|autumn|fall|winter|[qh][1-4])\b|\d{{1,2}}[./-]\d{{1,2}}[./-]\d",
    re.IGNORECASE,
)


def _one_year(key: NumericKey, text: str, expected: str, this_year: int | None) -> Verdict:
    """A year is exact, in its era: "776 BC" = "776 BCE" = "-776"; "79 BC" is not AD 79. A
    BC year typed without its era ("776") is a near miss: the figure is right, the era unsaid."""
    want = round(key.value)
    ago = years_ago(key, text, this_year)
    if ago is not None:  # '9000 years ago' for about 7000 BC
        return _counted_back(key, ago, expected, text)
    period = parse_period(text)
    if period is not None:  # "the 7th millennium BC"
        return check_period(key, period, expected, want)
    dates = years_of_dates(text)
    spoken = spoken_year(text) if not dates else None
    if spoken is not None:
        dates = [(spoken, None)]  # 'nineteen sixty-two'
    years = {y for y, _ in dates}
    if not dates:
        readings = read_quantity(text, key)
        if isinstance(readings, str) or not readings:
            return Verdict("wrong", expected, unread_note(text, "year"))
        years = {round(r.value) for r in readings if r.value == round(r.value)}
        dates = [(y, "bc" if y < 0 else None) for y in years]
    understood = ", ".join(f"{-y} BC" if y < 0 else str(y) for y in sorted(years))
    if want in years:  # 'March 2014' for 2014: the month is not checked (review r531 C)
        finer = _FINER.search(text) and not key.date
        note = (
            f"Marked on the year alone: the deck gives {expected}, no month or day."
            if finer
            else ""
        )
        return Verdict("correct", expected, note, understood=understood)
    if want < 0 and any(_same_year(key, -y) and era is None for y, era in dates):
        note = f"Right year, but before AD 1: {expected}."
        return Verdict("near_miss", expected, note, understood)
    if key.approx:  # an estimate: "about when", "c. 3750 BC"
        band = max((estimate_band(key, y) for y in years), key=_BANDS.index, default="wrong")
        if band == "correct":
            return Verdict("correct", expected, f"Right - the estimate is {expected}.", understood)
        if band == "near_miss":
            return Verdict(
                "near_miss", expected, f"Close - the estimate is {expected}.", understood
            )
    return Verdict("wrong", expected, understood=understood)


def _counted_back(key: NumericKey, year: int, expected: str, text: str) -> Verdict:
    """An answer 'N years ago', read as `year`, against the key's band (years_ago.py)."""
    shown = f"{-year} BC" if year < 0 else str(year)
    understood = f"{shown} ({text.strip()})"
    band = estimate_band(key, year) if key.approx else "wrong"
    if not key.approx and abs(year - key.value) <= key.tolerance:
        band = "correct"
    if band == "correct":
        return Verdict("correct", expected, f"Right - that is about {expected}.", understood)
    if band == "near_miss":
        return Verdict("near_miss", expected, f"Close - the estimate is {expected}.", understood)
    return Verdict("wrong", expected, understood=understood)


def _same_year(key: NumericKey, year: int) -> bool:
    """The key's year, or within an estimated year's band."""
    return year == round(key.value) or (key.approx and estimate_band(key, year) == "correct")
