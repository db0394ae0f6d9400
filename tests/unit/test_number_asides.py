"""A figure with an aside in words after it (number_asides.py)."""

from __future__ import annotations

import pytest

from quizapp.generate.number_asides import figure_before_aside
from quizapp.generate.question import NumericKey

PEOPLE = NumericKey(value=12, tolerance=0, family="quantity:people", exact=True)
CELSIUS = NumericKey(value=232, tolerance=5, family="quantity:°C", unit="°C")


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("12 (two per landing)", "12"),
        ("12, two from each landing", "12"),
        ("12 - six landings", "12"),
        ("7,000 (mostly at 2 bases)", "7,000"),
        ("12 (14)", None),
        ("12 (14 people)", None),
        ("12 (14 in total)", None),
        ("12 (or 14)", None),
        ("12 (maybe 14)", None),
        ("12 (all Americans)", None),  # no figure: read as it stands
    ],
)
def test_the_figure_before_an_aside_in_words(text: str, lead: str | None) -> None:
    assert figure_before_aside(text, PEOPLE) == lead


def test_a_second_figure_in_units_is_no_aside() -> None:
    assert figure_before_aside("232 °C (327 °C)", CELSIUS) is None
    assert figure_before_aside("232 °C (lead melts at 327 °C)", CELSIUS) == "232 °C"
