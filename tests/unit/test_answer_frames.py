"""An answer said in a sentence (review r325): the frame comes off; a name is never cut."""

from __future__ import annotations

import pytest

from quizapp.generate.answer_frames import unframed

ASKED = "What is the capital of Switzerland?"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("It is Bern", "Bern"),
        ("It's Bern", "Bern"),
        ("The capital is Berne.", "Berne"),
        ("the Swiss capital is Bern", "Bern"),
        ("the city of Bern", "Bern"),
        ("I think Bern", "Bern"),
        ("Probably, Bern!", "Bern"),
        ("I think it is Bern", "Bern"),
        ("the answer is Bern", "Bern"),
        ("It was 1969", "1969"),
    ],
)
def test_the_frame_comes_off(text: str, inside: str) -> None:
    assert unframed(text, ASKED) == inside


@pytest.mark.parametrize(
    "text",
    ["Bern", "Bern.", "It is", "maybe", "The Volga is Bern", "Republic of China", "Italy"],
)
def test_no_frame_no_reading(text: str) -> None:
    assert unframed(text, ASKED) is None
