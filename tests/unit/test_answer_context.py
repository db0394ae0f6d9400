"""The question's own context beside an answer comes off; a cloze filled in gives its blank
(review r343)."""

from __future__ import annotations

import pytest

from quizapp.generate.answer_context import cloze_filled, without_context

MIGRANTS = "By what percentage did the number of new migrants rise in 2015?"
SURVEY = "In one survey, _____% of people in Kyrgyzstan backed membership of the EEU."
WHICH = "Which of Tajikistan and Kyrgyzstan hosts Russia's 201st military base?"


@pytest.mark.parametrize(
    ("text", "prompt", "left"),
    [
        ("12.3% in 2015", MIGRANTS, "12.3%"),
        ("12.3%, in 2015", MIGRANTS, "12.3%"),
        ("12.3% (2015)", MIGRANTS, "12.3%"),
        ("12.3% in 2014", MIGRANTS, None),  # a year the question does not say
        ("81% (one survey)", SURVEY, "81%"),
        ("Tajikistan (Kyrgyzstan)", WHICH, None),  # a name of the question: a second answer
        ("Tajikistan", WHICH, None),
    ],
)
def test_the_questions_own_context_comes_off(text: str, prompt: str, left: str | None) -> None:
    assert without_context(text, prompt) == left


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("In one survey, 81% of people in Kyrgyzstan backed membership of the EEU", "81"),
        ("81% of people", "81"),
        ("survey, 81", "81"),
        ("81", None),  # nothing around it
        ("people in Kyrgyzstan", None),  # the prompt's words, but no blank filled
    ],
)
def test_a_cloze_filled_in_gives_its_blank(text: str, blank: str | None) -> None:
    assert cloze_filled(text, SURVEY) == blank
