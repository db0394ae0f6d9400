"""Formal names read as the person they name (review seed 83, #40 and #42)."""

from __future__ import annotations

import pytest

from quizapp.generate.person_names import formal_name_readings


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("Walter M. Schirra Jr.", "walter schirra"),
        ("John L. Swigert, Jr.", "john swigert"),
        ("Edwin E. Aldrin II", "edwin aldrin"),
        ("Swigert Jr.", "swigert"),
        ("Henry Ford III", "henry ford"),
        ("Charles 'Pete' Conrad Jr.", "pete conrad"),
        ("Charles 'Pete' Conrad Jr.", "charles conrad"),
    ],
)
def test_suffix_initials_and_nickname_are_dropped(typed: str, plain: str) -> None:
    assert plain in formal_name_readings(typed)


@pytest.mark.parametrize("typed", ["Wally Schirra", "Jr", "Carl Wilhelm Scheele", "Apollo 11"])
def test_a_plain_name_has_no_other_reading(typed: str) -> None:
    assert formal_name_readings(typed) == []
