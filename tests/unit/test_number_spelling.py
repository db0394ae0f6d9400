"""Number words with a slip of the keyboard (number_spelling.py, review r353 C)."""

from __future__ import annotations

import pytest

from quizapp.generate.number_spelling import respelt


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("fitfy", "fifty"),
        ("fiftey", "fifty"),
        ("sixten", "sixteen"),
        ("tweny-two million", "twenty-two million"),
        ("twentytwo", "twenty two"),
        ("sixtyeigth", "sixty eight"),
        ("two thousand and nien", "two thousand and nine"),
        ("twenty fourten", "twenty fourteen"),
    ],
)
def test_a_misspelt_number_word_is_put_right(typed: str, read: str) -> None:
    assert respelt(typed) == read


@pytest.mark.parametrize("word", ["fire", "nice", "seen", "tree", "none", "forth", "fine"])
def test_english_words_near_a_number_word_stay(word: str) -> None:
    assert respelt(word) == word


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("1.74 (light)", "1.74 (light)"),  # a remark, no 'eight' (review r394)
        ("3 (fiev)", "3 (fiev)"),
        ("1.5 milion", "1.5 million"),  # a scale beside digits is still put right
        ("2 thosand km", "2 thousand km"),
    ],
)
def test_beside_digits_only_a_scale_is_put_right(typed: str, read: str) -> None:
    assert respelt(typed) == read
