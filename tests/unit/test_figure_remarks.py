"""A remark on a right figure's size is true of the key or it is a second answer
(quizapp/generate/figure_remarks.py; reviews r361 A and B, r360 F)."""

from __future__ import annotations

import pytest

from quizapp.generate.check_numbers import check_number
from quizapp.generate.figure_remarks import false_fraction, true_remark
from quizapp.generate.question import NumericKey

SHARE = NumericKey(value=78, tolerance=0.5, family="percentage", step=1)
SMALL_SHARE = NumericKey(value=0.93, tolerance=0.005, family="percentage", step=0.01)
DENSITY = NumericKey(value=0.968, tolerance=0.0005, family="quantity:g/cm³", unit="g/cm³")
YEAR = NumericKey(value=1766, tolerance=0, family="year", step=1)


@pytest.mark.parametrize(
    ("key", "remark", "holds"),
    [
        (SHARE, "about four fifths", True),
        (SHARE, "roughly 80%", True),
        (SHARE, "about 60%", False),  # a rounding too far off to be one
        (SHARE, "0.78", True),  # the same share as a proportion
        (SHARE, "0.8", False),
        (SHARE, "over three quarters", True),
        (SHARE, "over 80%", False),  # a bound on the wrong side
        (SMALL_SHARE, "just under 1%", True),
        (SMALL_SHARE, "nearly 2%", False),  # a soft bound far from its figure
        (SMALL_SHARE, "at least 1%", False),
        (SMALL_SHARE, "at most 1%", True),
        (DENSITY, "under 1", True),
        (DENSITY, "over 1", False),
        (DENSITY, "1", False),  # a bare second figure is a second answer
        (YEAR, "about 1770", False),  # a year takes no remark: a second, rounder year
        (YEAR, "after 1700", False),
    ],
)
def test_remark(key: NumericKey, remark: str, holds: bool) -> None:
    assert true_remark(key, remark) is holds


TWENTY_ONE = NumericKey(value=21, tolerance=0.5, family="percentage", step=1)


@pytest.mark.parametrize(
    ("text", "false"),
    [
        ("21% (a quarter)", "A quarter is not 21%."),
        ("21% (half)", "Half is not 21%."),
        ("a third (21%)", "A third is not 21%."),
        ("21% (a fifth)", None),  # a rounding of the key
        ("21% (about a fifth)", None),
        ("21% (0.21)", None),  # no fraction in words
    ],
)
def test_a_fraction_beside_the_figure_must_round_it(text: str, false: str | None) -> None:
    found = false_fraction(TWENTY_ONE, text, lambda part: check_number(TWENTY_ONE, part, "21%"))
    assert (found.note if found else None) == false
    assert found is None or found.verdict == "wrong"
