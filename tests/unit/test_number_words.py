"""Numbers written in words, read as digits (generate/number_words.py), case by case."""

from __future__ import annotations

import pytest

from quizapp.generate.number_words import strip_hedges, words_to_digits

WORDS = [
    ("seven", "7", False),
    ("zero", "0", False),
    ("twenty-one km", "21 km", False),
    ("a hundred", "100", False),  # was "1 100": two numbers, refused
    ("a hundred and five", "105", False),
    ("a thousand troops", "1000 troops", False),
    ("a million", "1000000", False),
    ("one point five million", "1500000", False),
    ("one and a half million", "1.5 million", False),  # was refused as a format error
    ("2 and a half km", "2.5 km", False),
    ("ten and a half", "10.5", False),
    ("minus sixty-five", "-65", False),
    ("negative 5", "-5", False),
    ("-5", "-5", False),
    ("65 below zero", "-65", False),
    ("65 below 0", "-65", False),
    ("a dozen", "12", False),
    ("two dozen eggs", "24 eggs", False),
    ("3 dozen", "36", False),
    ("half a million", "0.5 million", False),  # a scale, not a share
    ("a quarter of a million", "0.25 million", False),
    ("half", "0.5", True),
    ("nearly half", "0.5", True),
    ("by nearly half", "0.5", True),
    ("over half", "0.5", True),
    ("three quarters", "0.75", True),
    ("two thirds", "0.6666666667", True),
    ("a fifth", "0.2", True),
    ("4 fifths", "0.8", True),
    ("two tenths", "0.2", True),
    ("1/4", "0.25", True),
    ("3/4 of them", "0.75", True),  # a share of a named whole (review r631 C)
    ("3/4 of 12", "0.75 of 12", False),  # of a figure: more than a bare fraction
    ("1/0", "1/0", False),  # no fraction has a zero denominator
    ("about 7,000", "7,000", False),
    ("approx. 5", "5", False),
    ("c. 5", "5", False),
    ("~5", "5", False),
    ("≈ 5", "5", False),
    ("more than 5", "5", False),
    ("12 thousand", "12 thousand", False),
    ("an hour", "1 hour", False),  # one of a time unit, as "a kilometre" (review r542 C)
    ("430 m below sea level", "-430 m", False),  # an elevation (was read as +430)
    ("8849 m above sea level", "8849 m", False),
    ("none", "0", False),  # a count of zero (was refused)
    ("nil", "0", False),
    ("no moons", "0 moons", False),
    ("no", "no", False),
    ("no 5", "no 5", False),
    ("no idea", "no idea", False),  # not a zero
    ("nonetheless 5", "nonetheless 5", False),
    ("a single moon", "1 moon", False),
    ("only one moon", "1 moon", False),
    ("a sixth", "0.1666666667", True),  # sixths to ninths (were left unread)
    ("one-sixth", "0.1666666667", True),
    ("three eighths", "0.375", True),
    ("two sevenths", "0.2857142857", True),
    ("four ninths", "0.4444444444", True),
    ("minus five km", "-5 km", False),  # the words after the figure stay (mutation survivors)
    ("negative two hundred metres", "-200 metres", False),
    ("-65 below zero", "-65", False),  # said twice, still negative once
    ("1/100000000000", "0", True),  # a decimal with nothing left after the point loses it
]


@pytest.mark.parametrize(("text", "digits", "share"), WORDS)
def test_words_become_digits_and_a_bare_fraction_is_a_share(
    text: str, digits: str, share: bool
) -> None:
    assert words_to_digits(text) == (digits, share)


def test_hedges_are_dropped_only_at_the_start() -> None:
    assert strip_hedges("roughly about 5") == "5"
    assert strip_hedges("just over 5") == "5"
    assert strip_hedges("5 or so") == "5 or so"
    assert strip_hedges("estimated 5") == "5"
    assert strip_hedges("some 7,000") == "7,000"
