"""Periods typed for a year or a date ("the 7th millennium BC"): read as the years they span
and graded against the key (elements seed 653: the answer got "That is a length (th)")."""

from __future__ import annotations

import pytest

from quizapp.generate.check_dates import check_date
from quizapp.generate.check_measure import measure_problem
from quizapp.generate.check_numbers import check_number
from quizapp.generate.periods import Period, parse_period
from quizapp.generate.question import NumericKey


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the 7th millennium BC", -7000, -6001),
        ("seventh millennium BCE", -7000, -6001),
        ("the 19th century", 1801, 1900),
        ("19th-century", 1801, 1900),
        ("the first century AD", 1, 100),
        ("the 1840s", 1840, 1849),
        ("the '60s", 1960, 1969),
        ("the 60s", 1960, 1969),
        ("the 1800s", 1800, 1899),
        ("the 3700s BC", -3799, -3700),
        ("the early 1800s", 1800, 1832),
        ("the late 7th millennium BC", -6333, -6001),
        ("the early 7th millennium BC", -7000, -6668),
    ],
)
def test_a_period_is_read_as_the_years_it_spans(text: str, first: int, last: int) -> None:
    period = parse_period(text)
    assert period is not None
    assert (period.first, period.last) == (first, last)


@pytest.mark.parametrize("text", ["1846", "7000 BC", "the 7th", "23 September 1846", "7 km"])
def test_a_year_date_or_figure_is_not_a_period(text: str) -> None:
    assert parse_period(text) is None


def _about(year: int) -> NumericKey:
    return NumericKey(value=year, tolerance=0, family="year", step=1, approx=True)


def test_a_millennium_for_an_estimated_year_is_understood() -> None:
    key = _about(-7000)
    assert measure_problem(key, "the 7th millennium BC") is None  # was "That is a length"
    verdict = check_number(key, "the 7th millennium BC", "7000 BC")
    assert verdict.verdict == "near_miss"
    assert verdict.understood == "7000 to 6001 BC"
    assert check_number(key, "the 5th millennium BC", "7000 BC").verdict == "wrong"
    assert check_number(key, "the 7th millennium AD", "7000 BC").verdict == "wrong"
    unsaid = check_number(key, "the 7th millennium", "7000 BC")
    assert (unsaid.verdict, "before AD 1" in unsaid.note) == ("near_miss", True)


def test_a_period_inside_the_estimate_is_right_and_a_broad_one_is_not() -> None:
    key = _about(-3750)  # right from 3800 to 3700 BC
    assert check_number(key, "the 38th century BC", "3750 BC").verdict == "correct"
    broad = check_number(key, "the 4th millennium BC", "3750 BC")
    assert (broad.verdict, "too broad" in broad.note) == ("wrong", True)


def test_a_decade_for_a_date_is_too_broad_and_so_is_a_century() -> None:
    """A decade was a near miss for a date until review r354 F: ten years hold it, so it is
    no sign of knowing when; a few years of it ('the late 1950s') still are."""
    assert check_date("1957-10-04", "the 1950s", "4 October 1957").verdict == "wrong"
    assert check_date("1957-10-04", "the late 1950s", "4 October 1957").verdict == "near_miss"
    assert check_date("1957-10-04", "the 1960s", "4 October 1957").verdict == "wrong"
    assert check_date("1957-10-04", "the 20th century", "4 October 1957").verdict == "wrong"


def test_a_period_for_a_length_is_asked_again_as_a_year() -> None:
    key = NumericKey(value=111, tolerance=0.5, family="quantity:m", step=1, unit="m")
    assert measure_problem(key, "the 19th century") == (
        "That is a year; the question asks for a length in m."
    )


def test_period_shown() -> None:
    assert Period(-7000, -6001, True).shown() == "7000 to 6001 BC"
    assert Period(-50, 50, True).shown() == "50 BC to AD 50"
