"""How a response names a choice item's option beyond its number, letter and text: 'T' / 'F'
for True / False, a rounded figure without its 'about', and a bare figure without its unit
(answers.option_index)."""

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
        ("22", ["10 kg", "16 kg", "22 kg", "30 kg"], 2),  # the figure without its unit
        ("1,500", ["500 troops", "1,500 troops", "3,000 troops"], 1),
        ("2", ["2 kg", "4 kg"], 1),  # a number in range is the option's number, as always
        ("3", ["3 m", "3 km", "5 m"], 2),
        ("7", ["7 m", "7 km", "9 m"], None),  # two options with that figure: neither
        # a bare figure names the one sum shown with it and a scale word (review r380 C)
        ("7", ["$7 bn", "$9 bn", "$11 bn"], 0),
        ("7", ["$7 bn", "$7 million", "$11 bn"], None),  # two sums with that figure: neither
    ],
)
def test_an_option_named_by_its_initial_or_its_rounded_figure(
    text: str, options: list[str], index: int | None
) -> None:
    assert option_index(text, options) == index


LANDING = ["Ocean of Storms", "Taurus-Littrow valley", "Fra Mauro", "Hadley-Apennine"]
CREW = ["Frank Borman", "Ken Mattingly", "Jack Swigert", "Tom Stafford"]


@pytest.mark.parametrize(
    ("text", "options", "index"),
    [
        ("Taurus-Littrow", LANDING, 1),  # words of one option only (review r369 F)
        ("Mattingly", CREW, 1),
        ("Stafford", CREW, 3),
        ("Storms", LANDING, 0),
        ("Frank", ["Frank Borman", "Frank Borman Jr"], None),  # two options hold it
        ("Mat", CREW, None),  # too short to name one
        ("Sept 1970", ["July 1969", "September 1970", "April 1970"], 1),  # a date another way
        ("09/1970", ["July 1969", "September 1970", "April 1970"], 1),
        ("in 2014", ["2012", "2014", "2016"], 1),
        ("81 percent", ["68%", "74%", "81%"], 2),
        ("eighty-one per cent", ["68%", "74%", "81%"], 2),
        ("D)", CREW, 3),
        ("d.", CREW, 3),
        ("Fra Mauro (c)", LANDING, 2),
        ("Fra Mauro (d)", LANDING, None),  # the text and another letter: ask again
        ("2) Taurus-Littrow valley", LANDING, 1),
        ("12.3 percent", ["4.8%", "12.3%"], 1),  # not the label 12 and the text '3 percent'
        ("Apolo 17", ["Apollo 15", "Apollo 16", "Apollo 17", "Apollo 14"], 2),  # a slip
        ("Apollo 7", ["Apollo 15", "Apollo 16", "Apollo 17", "Apollo 14"], None),  # no slip
        ("Apollo 41", ["Apollo 15", "Apollo 16", "Apollo 17", "Apollo 14"], None),  # (r372 B)
        ("January 1971", ["September 1970", "January 1970", "April 1970"], None),
        ("B, also D", CREW, None),  # a second option added: which one? (review r372 A)
        ("Apollo XVII", ["Apollo 15", "Apollo 16", "Apollo 17", "Apollo 14"], 2),  # r372 E
        ("111 metres", ["85 m", "111 m", "120 m", "98 m"], 1),  # the unit spelt out
        ("22 hrs", ["22 hours", "32 hours", "42 hours"], 0),
        ("77 kilograms", ["77 kg", "96 kg", "111 kg"], 0),
    ],
)
def test_an_option_named_as_learners_type_it(
    text: str, options: list[str], index: int | None
) -> None:
    assert option_index(text, options) == index
