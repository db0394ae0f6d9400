"""A number choice whose options are small counts ('2 / 3 / 4 / 5 projects'): typed, a bare
'2' is option 2 and another option's figure, so it is asked again (review r401 B); in the
TUI, key 2 and Enter on the second option still choose it, recorded by its letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from quizapp.generate.checker import answer_problem, check
from quizapp.generate.option_numbers import choice_key, number_clash
from quizapp.generate.question import Question
from tests.tui.harness import make_app, press_all
from tests.tui.test_answer_ways import _first, _setup, last_response

COUNTS = ["2 projects", "3 projects", "4 projects", "5 projects"]


def _clashing(q: Question) -> Question:
    return q.model_copy(update={"options": COUNTS, "answer": ["3 projects"], "numeric": None})


def test_a_bare_number_that_is_another_options_figure_is_asked_again() -> None:
    assert number_clash("2", COUNTS) and number_clash("3", COUNTS)
    assert number_clash("1", COUNTS) is None  # no option's figure is 1: option 1
    assert number_clash("5", COUNTS) is None  # no option 5: the figure
    assert number_clash("2", ["1 km", "2 km", "3 km", "4 km"]) is None  # number and figure agree
    assert [choice_key(i, COUNTS) for i in range(4)] == ["1", "b", "c", "d"]


@pytest.mark.parametrize(("typed", "expected"), [("b", "correct"), ("3 projects", "correct")])
def test_the_letter_or_the_figure_is_graded(tmp_path: Path, typed: str, expected: str) -> None:
    app = make_app(tmp_path)
    q = _clashing(_first(app, "numeric_mcq"))
    assert answer_problem(q, "2") is not None
    assert answer_problem(q, typed) is None
    assert check(q, typed).verdict == expected


@pytest.mark.parametrize("keys", [["2"], ["home", "down", "enter"]])
async def test_the_tui_chooses_the_option_by_its_key(tmp_path: Path, keys: list[str]) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        q = _clashing(_first(app, "numeric_mcq"))
        screen = await _setup(pilot, app, q)
        screen.query_one("#answer", OptionList).focus()
        await press_all(pilot, keys)
        assert screen.feedback is not None and screen.feedback.verdict == "correct"
        assert last_response(app) == "b"
