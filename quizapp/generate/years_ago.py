"""'9000 years ago' for a year asked as an estimate: the answer counts back from the present.

A learner may date lead's first use as "about 9000 years ago" rather than "7000 BC" (review
seed 19405 #59). Such an answer is read as the year (this year - N), and graded by the key's
own band. The present year is a parameter (the session's clock gives it, at the edge); with
none given, the reading is not made. It is made only where the key's band of right answers
is at least MIN_BAND years wide (an estimate of 7000 BC is right within 500 years): there,
not knowing exactly when "ago" was said, or a year 0 that the calendar skips, is nothing;
for 1969 the few years between a reference and today would decide the verdict.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.estimates import estimate_step
from quizapp.generate.number_words import words_to_digits
from quizapp.generate.question import NumericKey
from quizapp.generate.tolerance import NEAR_STEPS

MIN_BAND = 50  # years: the narrowest band of right answers where "N years ago" is read

_AGO = re.compile(r"^(?P<count>.+?)\s+years?\s+(?:ago|before present|before now)\.?$")
_WHOLE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def years_either_side(key: NumericKey) -> float:
    """How many years either side of the key an answer may be and still be right."""
    return estimate_step(key) * NEAR_STEPS if key.approx else key.tolerance


def years_ago(key: NumericKey, text: str, this_year: int | None) -> int | None:
    """The year an answer 'N years ago' names, counted back from `this_year` ('9000 years
    ago' in 2026 -> -6974, 6974 BC); None when the answer is not so made, no present year is
    given, or the key's band is too narrow for it."""
    if this_year is None or years_either_side(key) < MIN_BAND:
        return None
    found = _AGO.match(normalise(text))
    if found is None:
        return None
    count, _ = words_to_digits(found["count"])  # 'about nine thousand' -> '9000'
    if not _WHOLE.match(count):
        return None
    return this_year - int(count.replace(",", ""))
