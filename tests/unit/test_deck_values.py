"""Deck values as a learner reads them and the ones a deck may not hold (issue 19, mutation
testing of quizapp/facts/values.py): singular units, signs, "about", currency symbols, ranges,
fractions and ranks in words; scales that would misread a figure, backwards ranges, improper
fractions, unsigned falls; which values share a scale as options."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from quizapp.facts.values import Money, Percentage, Quantity, Value, Year, is_numeric, same_scale

VALUE = TypeAdapter(Value)


def value_of(data: dict[str, object]) -> Any:
    """A deck value from its YAML mapping (Any: each kind has its own extra methods)."""
    return VALUE.validate_python(data)


@pytest.mark.parametrize(
    ("data", "shown", "family"),
    [
        ({"kind": "quantity", "value": 1, "unit": "troops"}, "1 troop", "quantity:troops"),
        (
            {"kind": "quantity", "value": 1, "unit": "people", "unit_singular": "person"},
            "1 person",
            "quantity:people",
        ),
        ({"kind": "quantity", "value": 3, "unit": "km", "signed": True}, "+3 km", "quantity:km"),
        (
            {"kind": "quantity", "value": -6.76, "unit": "degrees", "signed": True},
            "-6.76 degrees",
            "quantity:degrees",
        ),
        (
            {"kind": "quantity", "value": 2_500_000, "unit": "people", "scale": "million"},
            "2.5 million people",
            "quantity:people",
        ),
        ({"kind": "percentage", "value": 12.3, "signed": True}, "+12.3%", "percentage"),
        ({"kind": "percentage", "value": -4, "signed": True}, "-4%", "percentage"),
        ({"kind": "percentage", "value": 50, "approx": True}, "about 50%", "percentage"),
        ({"kind": "money", "amount": 5, "currency": "EUR"}, "€5", "money:EUR"),
        (
            {"kind": "money", "amount": 5, "currency": "XYZ", "approx": True},
            "about XYZ 5",
            "money:XYZ",
        ),
        (
            {"kind": "money", "amount": 2.5, "currency": "GBP", "scale": "thousand"},
            "£2.5 thousand",
            "money:GBP",
        ),
        ({"kind": "range", "low": -50, "high": 120, "unit": "°C"}, "-50 to 120 °C", "range:°C"),
        ({"kind": "range", "low": 1, "high": 2, "approx": True}, "about 1 to 2", "range:"),
        (
            {"kind": "fraction", "numerator": 3, "denominator": 4, "unit": "of the trade"},
            "3/4 of the trade",
            "fraction:of the trade",
        ),
        ({"kind": "fraction", "numerator": 1, "denominator": 3}, "1/3", "fraction:"),
        ({"kind": "ordinal", "value": 3, "unit": "largest"}, "3rd largest", "ordinal:largest"),
        ({"kind": "ordinal", "value": 2}, "2nd", "ordinal:"),
        ({"kind": "text", "value": "a buffer"}, "a buffer", "text"),
    ],
)
def test_each_value_shows_itself_as_written(
    data: dict[str, object], shown: str, family: str
) -> None:
    value = value_of(data)
    assert value.display() == shown and value.family == family


def test_ranges_fractions_and_ranks_answer_to_their_spoken_forms() -> None:
    celsius = value_of({"kind": "range", "low": -50, "high": 120, "unit": "°C"})
    assert celsius.names() == ["-50 to 120 °C", "-50-120 °C", "from -50 to 120 °C"]
    bare = value_of({"kind": "range", "low": 1, "high": 2})
    assert bare.names() == ["1 to 2", "1-2", "from 1 to 2"]
    quarters = value_of(
        {"kind": "fraction", "numerator": 3, "denominator": 4, "unit": "of the trade"}
    )
    assert quarters.names() == ["3/4 of the trade", "3/4", "three quarters", "three-quarters"]
    assert quarters.magnitude == 0.75
    third = value_of({"kind": "ordinal", "value": 3, "unit": "largest"})
    assert third.names() == ["3rd largest", "third largest", "3rd", "third"]
    assert third.magnitude == 3.0


@pytest.mark.parametrize(
    ("unit", "prose"),
    [
        ("most abundant", "most abundant"),  # not "the first most abundant"
        ("least dense", "least dense"),
        ("largest", "largest"),
        ("member", "first member"),  # not a superlative: the rank is said
        ("", "first"),
    ],
)
def test_rank_one_of_a_superlative_reads_as_the_superlative(unit: str, prose: str) -> None:
    assert value_of({"kind": "ordinal", "value": 1, "unit": unit}).prose() == prose
    two = value_of({"kind": "ordinal", "value": 2, "unit": unit})
    assert two.prose() == ("second " + unit).strip()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"kind": "quantity", "value": 2_345_678, "unit": "people", "scale": "million"},
            "2,345,678 in millions would read 2.345678 million: choose a smaller scale or none",
        ),
        ({"kind": "range", "low": 2, "high": 2}, "a range runs from low to high: 2 is not below 2"),
        (
            {"kind": "range", "low": 3, "high": -1},
            "a range runs from low to high: 3 is not below -1",
        ),
        (
            {"kind": "fraction", "numerator": 4, "denominator": 4},
            "a fraction is less than one: numerator below denominator",
        ),
        (
            {"kind": "percentage", "value": -3},
            "a negative percentage is a change: add signed: true",
        ),
        ({"kind": "percentage", "value": -101, "signed": True}, "greater than or equal to -100"),
        ({"kind": "fraction", "numerator": 1, "denominator": 1001}, "less than or equal to 1000"),
        ({"kind": "ordinal", "value": 0}, "greater than or equal to 1"),
    ],
)
def test_a_value_a_deck_may_not_hold_is_refused_with_its_reason(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        value_of(data)
    assert message in str(info.value)


def test_a_scale_that_reads_the_figure_exactly_is_accepted() -> None:
    ok = value_of({"kind": "quantity", "value": 2_340_000, "unit": "people", "scale": "million"})
    assert ok.display() == "2.34 million people"
    assert value_of({"kind": "percentage", "value": 0}).display() == "0%"
    assert value_of({"kind": "percentage", "value": 5, "signed": True}).display() == "+5%"
    assert value_of({"kind": "percentage", "value": 0, "signed": True}).display() == "0%"


def test_options_share_a_scale_only_with_the_same_kind_unit_and_money_scale() -> None:
    troops = Quantity(kind="quantity", value=5, unit="troops")
    km = Quantity(kind="quantity", value=5, unit="km")
    million = Money(kind="money", amount=5, currency="USD", scale="million")
    billion = Money(kind="money", amount=5, currency="USD", scale="billion")
    euros = Money(kind="money", amount=5, currency="EUR", scale="million")
    assert same_scale(troops, troops.with_magnitude(9)) and not same_scale(troops, km)
    assert same_scale(million, million.with_magnitude(7e6)) and not same_scale(million, billion)
    assert not same_scale(million, euros)
    share = Percentage(kind="percentage", value=5)
    assert not same_scale(share, troops) and same_scale(share, share.with_magnitude(9))
    assert is_numeric(share) and is_numeric(Year(kind="year", value=1900))
    assert not is_numeric(value_of({"kind": "text", "value": "a buffer"}))
    assert not is_numeric(value_of({"kind": "ordinal", "value": 2}))
    assert million.with_magnitude(7e6).amount == 7 and million.tolerance == pytest.approx(5e5)


def test_a_wrong_option_made_from_a_value_keeps_its_kind_and_shows_the_new_figure() -> None:
    troops = Quantity(kind="quantity", value=5000, unit="troops")
    assert troops.with_magnitude(7000).display() == "7,000 troops"
    share = Percentage(kind="percentage", value=40)
    assert share.with_magnitude(45).display() == "45%"
    rise = Percentage(kind="percentage", value=0.5, signed=True)
    assert rise.display() == "+0.5%"  # a small rise keeps its sign
