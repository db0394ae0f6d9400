"""Session 49's read-through: a second figure added with its unit ('also 12 km') is a second
answer, and a bare one after a comma ('660, 1538') too; the regex for the second, added that
session, had shadowed the one for the first, so 'also 12 km' was read as a remark."""

from __future__ import annotations

import pytest

from quizapp.generate.number_asides import FIGURE_ONLY, _second


@pytest.mark.parametrize("aside", ["also 12 km", "and also 14 days", "also 12", "12 km too"])
def test_a_figure_added_with_or_without_its_unit_is_a_second_answer(aside: str) -> None:
    assert _second(aside)


def test_a_figure_alone_is_a_figure_and_a_figure_with_words_is_not() -> None:
    assert FIGURE_ONLY.fullmatch(" 1538") and FIGURE_ONLY.fullmatch("-12.5")
    assert not FIGURE_ONLY.fullmatch("1538 for iron")
