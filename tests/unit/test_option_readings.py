"""How a response names a choice item's option beyond its number, letter and text: 'T' / 'F'
for True / False, and a rounded figure without its 'about' (answers.option_index)."""

from __future__ import annotations

import pytest

from quizapp.generate.answers import option_index

ROUNDED = ["about 26%", "about 39%", "about 53%", "about 65%"]


@pytest.mark.parametrize(
    ("text", "options", "index"),
    [
        ("T", ["True", "False"], 0),
        ("f", ["True", "False"], 1),
        ("f", ["A", "B", "C", "D", "E", "F"], 5),  # a letter first: the sixth option
        ("t", ["yes", "no"], None),  # no True option
        ("53%", ROUNDED, 2),
        ("approximately 39%", ROUNDED, 1),
        ("about 53%", ["53%", "65%"], 0),  # and back: the answer's 'about' off
        ("nearly 53%", ROUNDED, None),  # 'nearly' says it is below: kept
        ("53%", ["about 53%", "around 53%"], None),  # two options would match: neither
        ("members", ["all members", "some members"], None),  # 'some' only before a figure
    ],
)
def test_an_option_named_by_its_initial_or_its_rounded_figure(
    text: str, options: list[str], index: int | None
) -> None:
    assert option_index(text, options) == index
