"""Physical units through pint (generate/units.py): the names people type, conversions, and
what is not a unit at all."""

from __future__ import annotations

import pytest

from quizapp.generate import units

NAMES = [
    ("Degrees  Celsius", "degC"),
    ("°c", "degC"),
    ("c", "degC"),  # not the speed of light
    ("centigrade", "degC"),
    ("°F", "degF"),
    ("fahrenheit", "degF"),
    ("kelvins", "kelvin"),
    ("°", ""),  # a bare degree sign: the key's own unit
    ("º", ""),  # the ordinal sign typed for a degree
    ("degrees", ""),
    ("light-years", "light_year"),
    ("astronomical units", "astronomical_unit"),
    ("earth days", "day"),
    ("KM", "km"),
]


@pytest.mark.parametrize(("name", "canonical"), NAMES)
def test_names_people_type_are_read_as_pint_names(name: str, canonical: str) -> None:
    assert units.canonical(name) == canonical


CONVERSIONS = [
    (1.0, "mile", "km", 1.609344),
    (1.0, "au", "km", 149_597_870.7),
    (1.0, "light years", "km", 9_460_730_472_580.8),
    (32.0, "°F", "°C", 0.0),
    (-85.0, "F", "°C", -65.0),
    (100.0, "c", "kelvin", 373.15),
    (208.0, "kelvin", "°C", -65.15),
    (10_759.0, "earth days", "years", 29.456),
]


@pytest.mark.parametrize(("value", "source", "target", "expected"), CONVERSIONS)
def test_conversions_between_units_of_one_measure(
    value: float, source: str, target: str, expected: float
) -> None:
    got = units.convert(value, source, target)
    assert got == pytest.approx(expected, abs=1e-6, rel=1e-3)


def test_no_conversion_across_measures_or_from_a_non_unit() -> None:
    assert units.convert(1.0, "km", "kg") is None
    assert units.convert(1.0, "blorf", "km") is None
    assert units.convert(1.0, "km", "blorf") is None
    assert units.unit_of("") is None
    assert units.unit_of("123") is None
    assert units.unit_of("blorf") is None
    assert units.unit_of("km") is not None and units.unit_of("km") == units.unit_of("kilometre")


def test_dimension_names_what_a_unit_measures() -> None:
    assert units.dimension("km") == "[length]"
    assert units.dimension("light years") == "[length]"
    assert units.dimension("earth days") == "[time]"
    assert units.dimension("°C") == "[temperature]"
    assert units.dimension("blorf") is None


@pytest.mark.parametrize(
    ("name", "same_as"),
    [("MW", "megawatt"), ("mW", "milliwatt"), ("Pa", "pascal"), ("Hz", "hertz"), ("KM", "km")],
)
def test_a_unit_is_read_in_the_case_typed_before_lowercase(name: str, same_as: str) -> None:
    """'MW' is megawatt, not milliwatt; 'Pa' is pascal, not a picoyear; 'KM' still km."""
    assert units.unit_of(name) == units.unit_of(same_as)


def test_letters_the_alias_table_knows_are_temperatures_not_coulomb_or_farad() -> None:
    assert units.dimension("C") == units.dimension("degC")
    assert units.dimension("F") == units.dimension("degF")
