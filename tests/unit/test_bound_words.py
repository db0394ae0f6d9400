"""A bound before a figure is a claim about it (bound_words.py): 'more than 5' is not 5."""

from __future__ import annotations

import pytest

from quizapp.generate.bound_words import bound_problem
from quizapp.generate.check_numbers import check_number
from quizapp.generate.question import NumericKey

COUNT = NumericKey(value=5, tolerance=0, family="quantity:engines", exact=True)
MEASURED = NumericKey(value=67, tolerance=0.5, family="quantity:hours", step=1)


@pytest.mark.parametrize(
    "text",
    [
        "more than 5",
        "over 5",
        "just over 5 engines",
        "above five",
        "under 5",
        "fewer than 5",
        "nearly 5",
        "almost five",
        "less than 5",
        "by more than 5",
    ],
)
def test_a_bound_that_leaves_the_exact_count_out_is_wrong(text: str) -> None:
    verdict = check_number(COUNT, text, "5")
    assert verdict.verdict == "wrong", text
    assert "exactly 5" in verdict.note
    assert bound_problem(COUNT, text, "5") is not None


@pytest.mark.parametrize("text", ["5", "five", "about 5", "at least 5", "up to 5", "exactly 5"])
def test_a_hedge_or_a_bound_that_takes_the_count_in_is_right(text: str) -> None:
    assert bound_problem(COUNT, text, "5") is None
    assert check_number(COUNT, text, "5").verdict == "correct", text


def test_a_bound_on_another_figure_is_judged_by_that_figure() -> None:
    assert bound_problem(COUNT, "more than 4", "5") is None
    assert check_number(COUNT, "more than 4", "5").verdict == "wrong"


def test_a_measured_figure_is_no_exact_count() -> None:
    # 'more than 67 hours' may be true of 67.3 hours shown as 67: only counts are exact
    assert bound_problem(MEASURED, "more than 67", "67 hours") is None
