"""A two-digit year in a date is read in the key's century (short_years.py, review r312)."""

from __future__ import annotations

import pytest

from quizapp.generate.check_numbers import check_number
from quizapp.generate.question import NumericKey
from quizapp.generate.short_years import full_year

DAY = NumericKey(value=0, tolerance=0, family="date:day", date="1958-10-01")
MONTH = NumericKey(value=0, tolerance=0, family="date:month", date="1970-09")
ANCIENT = NumericKey(value=0, tolerance=0, family="date:day", date="0058-10-01")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("10/1/58", "10/1/1958"),
        ("1.10.58", "1.10.1958"),
        ("1-10-58", "1-10-1958"),
        ("1 Oct 58", "1 Oct 1958"),
        ("Oct 1, 58", "Oct 1, 1958"),
        ("1st October 58", "1st October 1958"),
        ("1 Oct '58", "1 Oct 1958"),
        ("Oct 25", "Oct 25"),  # the 25th, with no year: the key has a day
        ("1958", "1958"),
    ],
)
def test_a_two_digit_year_in_a_date_is_the_key_s_century(text: str, read: str) -> None:
    assert full_year(DAY, text) == read


def test_two_digits_after_a_month_are_a_year_when_no_day_is_meant() -> None:
    assert full_year(MONTH, "Sept 70") == "Sept 1970"
    assert full_year(MONTH, "Sept 25") == "Sept 1925"  # the key has no day: a year
    assert full_year(DAY, "Oct 58") == "Oct 1958"  # no day is 58


def test_a_key_before_ad_100_keeps_its_digits() -> None:
    assert full_year(ANCIENT, "1 Oct 58") == "1 Oct 58"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [("10/1/58", "correct"), ("1/10/58", "correct"), ("1 Oct 59", "wrong"), ("10/2/58", "wrong")],
)
def test_the_date_is_then_graded_as_written_out(text: str, verdict: str) -> None:
    assert check_number(DAY, text, "1 October 1958").verdict == verdict, text
