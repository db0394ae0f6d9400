from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from quizapp.facts.values import Date, Money, Percentage, Quantity, Value, Year, precision_tolerance

VALUE = TypeAdapter(Value)


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        ({"kind": "quantity", "value": 7000, "unit": "troops"}, "7,000 troops"),
        (
            {"kind": "quantity", "value": 1500000, "unit": "users", "approx": True},
            "about 1.5 million users",
        ),
        ({"kind": "percentage", "value": 12.3}, "12.3%"),
        ({"kind": "money", "amount": 333, "currency": "USD", "scale": "million"}, "US$333 million"),
        ({"kind": "money", "amount": 1, "currency": "USD", "scale": "billion"}, "US$1 billion"),
        ({"kind": "year", "value": 2012}, "2012"),
        ({"kind": "date", "year": 2015, "month": 8}, "August 2015"),
        ({"kind": "date", "year": 2015, "month": 8, "day": 3}, "3 August 2015"),
        ({"kind": "text", "value": "a geopolitical project"}, "a geopolitical project"),
    ],
)
def test_values_display_themselves(data: dict[str, object], shown: str) -> None:
    assert VALUE.validate_python(data).display() == shown


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "percentage", "value": 140},
        {"kind": "percentage", "value": -1},
        {"kind": "money", "amount": 5, "currency": "usd"},
        {"kind": "money", "amount": 0, "currency": "USD"},
        {"kind": "year", "value": 99999},
        {"kind": "date", "year": 2015, "day": 3},
        {"kind": "date", "year": 2015, "month": 13},
        {"kind": "quantity", "value": 3},
        {"kind": "volume", "value": 3},
        {"kind": "year", "value": "2012"},
    ],
)
def test_out_of_range_or_malformed_values_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        VALUE.validate_python(data)


def test_tolerance_follows_the_precision_the_deck_wrote() -> None:
    assert precision_tolerance(7000) == 500
    assert precision_tolerance(12.3) == pytest.approx(0.05)
    assert Quantity(kind="quantity", value=7000, unit="troops").tolerance == 500
    # "about" figures accept 10 %
    assert Percentage(kind="percentage", value=50, approx=True).tolerance == pytest.approx(5)
    # a round billion is capped at 10 % rather than half a billion
    assert Money(
        kind="money", amount=1, currency="USD", scale="billion"
    ).tolerance == pytest.approx(1e8)
    assert Year(kind="year", value=2012).tolerance == 0


def test_magnitudes_order_dates_and_money_sensibly() -> None:
    jan, aug = Date(kind="date", year=2015, month=1), Date(kind="date", year=2015, month=8)
    assert jan.magnitude < aug.magnitude
    assert jan.with_magnitude(jan.magnitude + 7).display() == "August 2015"
    small = Money(kind="money", amount=865, currency="USD", scale="million")
    assert small.magnitude == 865_000_000
    assert small.with_magnitude(900_000_000).display() == "US$900 million"
