"""A bracket beside an answer: a gloss, or a second answer (reviews r342 and session 34's
own probes: 'Fe (Ir)', 'Ag (maybe Au)', '1766 (maybe 1772)' were right)."""

from __future__ import annotations

import pytest

from quizapp.generate.bracket_names import second_name
from quizapp.generate.dates import parse_date_era, unread_note
from quizapp.generate.question import Question


def _q(prompt: str, answer: str) -> Question:
    return Question(
        id="typed-x", kind="typed", template="t", prompt=prompt, answer=[answer], fact_ids=["f"],
        topic="t", explanation="", citation="", difficulty=0.5,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "answer", "part", "second"),
    [
        ("What is the chemical symbol of iron?", "Fe", "Ir", True),
        ("What is the chemical symbol of iron?", "Fe", "maybe Ag", True),
        ("What is the chemical symbol of iron?", "Fe", "Ferrum", False),
        ("What is the chemical symbol of iron?", "Fe", "iron", False),
        ("Who discovered hydrogen?", "Henry Cavendish", "Priestley", True),
        ("Who discovered hydrogen?", "Henry Cavendish", "Michael Faraday", True),
        ("Who discovered hydrogen?", "Henry Cavendish", "Henry", False),
        ("Who discovered hydrogen?", "Henry Cavendish", "Sir Henry", False),
        ("Who discovered hydrogen?", "Henry Cavendish", "English chemist", False),
        ("Who discovered hydrogen?", "Henry Cavendish", "English", False),
        ("Who discovered hydrogen?", "Henry Cavendish", "1766", False),
        ("Which company controls the gas network?", "Gazprom", "Russia", False),
    ],
)
def test_a_bracket_is_a_second_answer_or_a_gloss(
    prompt: str, answer: str, part: str, second: bool
) -> None:
    assert second_name(_q(prompt, answer), part) is second


def test_a_figure_or_hedge_in_brackets_after_a_date_is_not_dropped() -> None:
    assert parse_date_era("3750 BC (Egyptians and Sumerians)") == [((-3750, None, None), "bc")]
    assert parse_date_era("1766 (1772)") == []
    assert parse_date_era("26 July 1971 (maybe 27 July)") == []
    assert unread_note("1766 (maybe 1772)", "year") == (
        "Give one answer: the brackets hold a second one."
    )
    assert unread_note("sometime", "year") == "Give a year, e.g. 2015."
