"""Figures asked as estimates or to a precision: a year asked "from about when" is graded as an
estimate at its rounding step; a figure asked "to the nearest metre" takes no shorter rounding
(the rules in tolerance.py's docstring)."""

from __future__ import annotations

import re

from quizapp.generate.question import NumericKey
from quizapp.generate.tolerance import NEAR_STEPS, Band

# a stem that asks for an estimate, not the exact figure
_ESTIMATE = re.compile(
    r"\b(?:about|around) (?:when|what year|how)\b|\broughly\b|\bapproximately\b|\bcirca\b"
    r"|\bc\. ?\d|\bestimated?\b|\b(?:about|around|circa|c\.) _{3,}",
    re.IGNORECASE,
)
# a stem that asks for a precision: then a shorter rounding is not the answer asked for
_DAY_ASKED = re.compile(
    r"\b(?:on )?(?:what|which) (?:date|day|month)\b|\bon _{3,}|\(month and year\)", re.IGNORECASE
)  # the month asked too: 'launched in _____ (month and year)' (review r374 F)
_PRECISION_ASKED = re.compile(
    r"\bto the nearest\b|\bdecimal places?\b|\bsignificant (?:figures?|digits?)\b"
    r"|\bexactly\b|\bprecisely\b|\bto (?:one|two|three|four|\d) places?\b",
    re.IGNORECASE,
)


def asked_as_estimate(key: NumericKey, prompt: str) -> NumericKey:
    """The key as the stem asks it: a year asked "from about when" is an estimate; a figure
    asked "to the nearest metre" or "to two decimal places" is `precise` (no shorter rounding)."""
    asked = _DAY_ASKED if key.date else _PRECISION_ASKED  # 'on what date': the day, no year
    if not key.precise and asked.search(prompt):
        key = key.model_copy(update={"precise": True})
    if key.approx or key.exact or key.family != "year" or not _ESTIMATE.search(prompt):
        return key
    return key.model_copy(update={"approx": True})


def estimate_step(key: NumericKey) -> float:
    """An estimated year's rounding step (the rule above): 100 for about 7000 BC, 10 for 3750."""
    whole = abs(round(key.value))
    digits = len(str(whole))
    zeros = digits - len(str(whole).rstrip("0")) if whole else 0
    return 10.0 ** min(zeros, max(digits - 2, 0))


def estimate_band(key: NumericKey, year: int) -> Band:
    """Where a year falls against an estimated year (the rule above, and its circa). The
    nearer the year to now, the narrower the band: 'c. 1300' is within decades, 'about 7000
    BC' within centuries (review r494 A: 1066 was right for c. 1300, at five steps of 100)."""
    step = estimate_step(key)
    off = abs(year - key.value)
    age = max(_NOW - key.value, 0.0)
    right = max(step * 0.5, min(step * NEAR_STEPS, age * _AGE_SHARE))
    if off <= max(right, key.circa):
        return "correct"
    near = max(min(step * 10, right * 3), key.circa + right * 2)
    return "near_miss" if off <= near else "wrong"


_NOW = 2000.0  # the years an estimate's age is counted from
_AGE_SHARE = 0.06  # an estimate is right within this share of its age, at most five steps
