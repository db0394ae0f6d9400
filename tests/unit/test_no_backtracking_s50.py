"""Issue 12, review r521 A: a long order typed in the options' words hung the grader (minutes of
CPU on one answer): 'then' was read as the number ten, and a pattern of words after a figure
backtracked over every way to cut a long word. Each is checked against an alarm."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from quizapp.generate.number_words import words_to_digits
from quizapp.generate.typed_options import _SAID_FIGURE


@pytest.fixture
def alarm() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError("the pattern backtracked for seconds")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_a_long_run_of_words_after_a_figure_is_read_at_once(alarm: None) -> None:
    words = "the council of the eu adopted the conclusions on the strategy " * 3
    assert _SAID_FIGURE.fullmatch(f"10 {words}-central asia") is None
    assert _SAID_FIGURE.fullmatch("10 troops in the region") is not None


@pytest.mark.parametrize("word", ["then", "gone", "done", "weight", "sever", "thee"])
def test_english_words_near_a_number_stay_words(word: str) -> None:
    assert words_to_digits(f"and {word}")[0] == f"and {word}"
