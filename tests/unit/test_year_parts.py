"""A part of a year for a date known to the month (year_parts.py): 'the start of 2015' is
January 2015, 'early 2015' is close to it, 'late 2015' is not (review r232)."""

from __future__ import annotations

import pytest

from quizapp.generate.year_parts import check_year_part, read_year_part


@pytest.mark.parametrize(
    ("text", "month", "verdict"),
    [
        ("the start of 2015", 1, "correct"),
        ("at the beginning of 2015", 1, "correct"),
        ("the start of 2015", 3, "near_miss"),
        ("the start of 2015", 6, "wrong"),
        ("early 2015", 1, "near_miss"),
        ("early 2015", 4, "near_miss"),
        ("early 2015", 5, "wrong"),
        ("mid-2015", 7, "near_miss"),
        ("the middle of 2015", 2, "wrong"),
        ("late 2015", 10, "near_miss"),
        ("late 2015", 1, "wrong"),
        ("the end of 2015", 12, "correct"),
        ("the end of 2015", 11, "near_miss"),
        ("the start of 2016", 1, "wrong"),
    ],
)
def test_a_part_of_the_year_is_graded_by_its_months(text: str, month: int, verdict: str) -> None:
    got = check_year_part((2015, month, None), text, "the date")
    assert got is not None and got.verdict == verdict


def test_no_part_of_a_year_is_left_to_the_date_reader() -> None:
    assert read_year_part("January 2015") is None
    assert read_year_part("2015") is None
    assert check_year_part((2015, None, None), "early 2015", "2015") is None
