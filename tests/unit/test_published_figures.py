"""A measurement tables publish at several temperatures (mercury's density, 13.53 to 13.6
g/cm³) is right anywhere in that spread, at the answer's own precision (Quantity.also; review
r243 #46); a deck may not stretch the spread into another figure."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from quizapp.facts.values import Quantity
from quizapp.generate.tolerance import key_for, within_published


def _mercury(also: list[float]) -> Quantity:
    return Quantity(kind="quantity", value=13.53, unit="g/cm³", measure=True, also=also)


def test_an_answer_inside_the_published_spread_is_right() -> None:
    key = key_for(_mercury([13.55, 13.6]))
    assert within_published(key, 13.6, 0.1)
    assert within_published(key, 13.546, 0.001)
    assert not within_published(key, 13.7, 0.1)
    assert not within_published(key_for(_mercury([])), 13.6, 0.1)


def test_a_spread_wider_than_two_percent_is_refused() -> None:
    with pytest.raises(ValidationError, match="at most 2 %"):
        _mercury([14.5])
