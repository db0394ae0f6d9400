"""A quantity and a percentage share one rule for magnitude and tolerance (value_base.py)."""

from __future__ import annotations

from quizapp.facts.value_base import PlainFigure, numeric_tolerance
from quizapp.facts.values import Percentage, Quantity


def test_quantity_and_percentage_take_the_plain_figure_rule() -> None:
    q = Quantity(kind="quantity", value=7000, unit="troops")
    p = Percentage(kind="percentage", value=12.5, approx=True)
    for value in (q, p):
        assert isinstance(value, PlainFigure)
        assert value.magnitude == value.value
        assert value.tolerance == numeric_tolerance(value.value, value.approx)
    assert (q.tolerance, p.tolerance) == (500.0, 1.25)
