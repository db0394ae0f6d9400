"""A year asked as an estimate has an estimate's tolerance; a thousands separator keeps the
era (review seed 71, #61)."""

from __future__ import annotations

import pytest

from quizapp.generate.check_numbers import check_number
from quizapp.generate.dates import parse_date_era
from quizapp.generate.estimates import asked_as_estimate, estimate_band
from quizapp.generate.question import NumericKey


def _year(value: int) -> NumericKey:
    return NumericKey(value=value, tolerance=0, family="year", step=1)


@pytest.mark.parametrize("typed", ["3,750 BC", "3.750 BC", "3 750 BC", "3\u202f750 BC"])
def test_a_thousands_separator_keeps_the_era(typed: str) -> None:
    assert parse_date_era(typed) == [((-3750, None, None), "bc")]


@pytest.mark.parametrize("typed", ["July 21, 1969", "21 July 1969", "21/07/1969"])
def test_dates_with_commas_are_unchanged(typed: str) -> None:
    assert (1969, 7, 21) in [d for d, _ in parse_date_era(typed)]


@pytest.mark.parametrize(
    "stem",
    ["From about when has carbon been known?", "Roughly when was it built?", "In c. 3750 BC?"],
)
def test_a_stem_that_asks_for_an_estimate_makes_the_key_approximate(stem: str) -> None:
    assert asked_as_estimate(_year(-3750), stem).approx


@pytest.mark.parametrize("stem", ["In which year was it discovered?", "What is it about?"])
def test_a_plain_year_stays_exact(stem: str) -> None:
    key = asked_as_estimate(_year(1962), stem)
    assert not key.approx
    assert check_number(key, "1961", "1962").verdict == "wrong"


@pytest.mark.parametrize(
    ("key", "year", "band"),
    [
        (-3750, -3800, "correct"),
        (-3750, -3700, "correct"),
        (-3750, -3650, "near_miss"),
        (-3750, -3500, "wrong"),
        (-9000, -8500, "correct"),
        (-9000, -8000, "near_miss"),
        (-9000, -7000, "wrong"),
        (1850, 1855, "correct"),  # at most 6% of its age (review r494 A: 1900 was right)
        (1850, 1860, "near_miss"),
        (1850, 1900, "wrong"),
        (1300, 1350, "correct"),
        (1300, 1400, "near_miss"),
        (1300, 1066, "wrong"),
        (1846, 1850, "correct"),
        (1846, 1860, "wrong"),
    ],
)
def test_estimate_band(key: int, year: int, band: str) -> None:
    approx = _year(key).model_copy(update={"approx": True})
    assert estimate_band(approx, year) == band


@pytest.mark.parametrize(
    ("said", "year"),
    [("nineteen sixty-two", 1962), ("twenty fifteen", 2015), ("in eighteen eighty-six", 1886)],
)
def test_a_year_as_people_say_it(said: str, year: int) -> None:
    assert check_number(_year(year), said, str(year)).verdict == "correct"
    assert check_number(_year(year + 1), said, str(year + 1)).verdict == "wrong"
