"""A compound unit typed with powers is one unit, never a second number (review seed 71, #26)."""

from __future__ import annotations

import pytest

from quizapp.generate.quantity_reader import prepared, read_quantity
from quizapp.generate.question import NumericKey


def _density(value: float) -> NumericKey:
    return NumericKey(value=value, tolerance=0.05, unit="g/cm³", family="quantity:density")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("19.3 g cm-3", "19.3 g/cm³"),
        ("19.3 g cm⁻³", "19.3 g/cm³"),
        ("19.3 g·cm-3", "19.3 g/cm³"),
        ("19.3 g/cm^3", "19.3 g/cm³"),
        ("19.3 g/cm**3", "19.3 g/cm³"),
        ("19.3 kg m-3", "19.3 kg/m³"),
        ("19.3 grams per cubic centimetre", "19.3 grams/centimetre³"),
        ("19.3 g per cm3", "19.3 g/cm³"),
        ("90 km h-1", "90 km/h"),
    ],
)
def test_a_unit_with_powers_is_one_word(typed: str, read: str) -> None:
    assert prepared(typed)[0] == read


@pytest.mark.parametrize("typed", ["7 per cent", "3 times per year", "2 million per year"])
def test_per_between_words_that_are_not_both_units_stays(typed: str) -> None:
    assert "/" not in prepared(typed)[0]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("19300 kg/m3", 19.3),
        ("19 300 kg m-3", 19.3),
        ("19.3 kg/m3", 0.0193),
        ("0.0193 kg/cm3", 19.3),
    ],
)
def test_si_density_is_converted_to_the_key_unit(typed: str, value: float) -> None:
    readings = read_quantity(typed, _density(19.3))
    assert not isinstance(readings, str)
    assert readings[0].value == pytest.approx(value)
