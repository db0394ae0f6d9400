"""A figure nearer another subject's answer than the key's is wrong, not a near miss (review
seed 83, #21: 71 h, Apollo 16's time on the Moon, for Apollo 15's 67 h)."""

from __future__ import annotations

from quizapp.generate.check_numbers import check_number
from quizapp.generate.question import NumericKey


def _hours(rivals: tuple[float, ...]) -> NumericKey:
    return NumericKey(value=67, tolerance=0.5, family="quantity:hours", step=1, rivals=rivals)


def test_without_rivals_a_close_figure_is_a_near_miss() -> None:
    assert check_number(_hours(()), "70", "67 hours").verdict == "near_miss"


def test_a_figure_nearer_a_rival_is_wrong() -> None:
    key = _hours((71.0, 75.0))
    assert check_number(key, "71", "67 hours").verdict == "wrong"
    assert check_number(key, "70", "67 hours").verdict == "wrong"
    assert check_number(key, "68", "67 hours").verdict == "near_miss"
    assert check_number(key, "67", "67 hours").verdict == "correct"
