"""figure_places.unasked_place: a country or good the question does not ask about, beside a
right figure, is a claim (review r392 A)."""

from __future__ import annotations

import pytest

from quizapp.generate.figure_places import unasked_place

OIL = "What percentage of Kazakhstan's exported oil reaches the EU through Russia?"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("75% via Turkey", "Turkey"),
        ("75% through the Caspian", "the Caspian"),
        ("75% by way of Azerbaijan", "Azerbaijan"),
        ("75% in Saudi Arabia", "Saudi Arabia"),
        ("75% of Kazakh uranium", "uranium"),
        ("75% of its gas", "gas"),
        ("75% through Russia", None),  # the route asked about
        ("75% of Kazakhstan's oil", None),
        ("75% of its crude", None),  # crude is oil
        ("75% to the EU", None),
        ("75%, a turkey of a figure", None),  # no word puts it anywhere
    ],
)
def test_a_place_or_good_the_question_does_not_name_is_found(text: str, found: str | None) -> None:
    assert unasked_place(text, OIL, countries_asked=True) == found


def test_places_count_only_where_the_question_asks_of_a_country() -> None:
    # 'discovered in Sweden' beside a year of an element: a remark the deck cannot check
    assert unasked_place("1774 in Sweden", "In what year was manganese isolated?", False) is None
    assert unasked_place("75% via Turkey", OIL, countries_asked=False) is None


def test_goods_count_only_where_the_question_names_a_good() -> None:
    assert unasked_place("8.2% (like gold)", "How much of the crust is aluminium?", False) is None
