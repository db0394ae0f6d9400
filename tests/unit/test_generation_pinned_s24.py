"""Session 24 (issue 19): tests for the survivors of a fresh mutation sample of
quizapp/generate (`JOBS=1 SAMPLE=40 SEED=2401 tests/mutation/run.sh generate`), each judged
before any of these tests was written (docs/quality/mutation-session24-generate.md). Each test
states what the code is for; the mutant it kills is named in its docstring."""

from __future__ import annotations

import pytest

from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from quizapp.generate.option_gates import set_shape
from quizapp.generate.question import Question
from tests.support.bundled import APOLLO, bundled_deck, generated


def _apollo_16_asked_by_series() -> Question:
    return next(
        q
        for q in generated(APOLLO, (1, 2, 3), spread=False)
        if q.kind in ("typed", "cloze")
        and q.answer == ["Apollo 16"]
        and "Apollo mission" in q.prompt
    )


@pytest.mark.parametrize("answer", ["Apollo XIIIIII", "Apollo VVVI", "XIIIIII"])
def test_a_malformed_roman_numeral_is_not_read_even_when_its_letters_add_up(answer: str) -> None:
    """numbered_names._roman #19 (`and` -> `or`): letters that sum to 16 but are no numeral
    anyone writes ('XIIIIII') were read as 16, so the answer counted as Apollo 16."""
    q = _apollo_16_asked_by_series()
    vocabulary = DeckIndex(bundled_deck(APOLLO)).grading_vocabulary
    assert check(q, "Apollo XVI", vocabulary).verdict == "correct"  # the numeral itself is read
    assert check(q, answer, vocabulary).verdict == "wrong"


def _tick_all(keys: int, wrong: int) -> Question:
    names = [f"Element {i}" for i in range(keys + wrong)]
    return Question(
        id="q",
        kind="multi_select",
        template="t",
        prompt="Which of these are noble gases?",
        options=names,
        answer=names[:keys],
        fact_ids=["f"],
        topic="t",
        explanation="",
        citation="",
        difficulty=0.5,
    )


def test_a_tick_all_item_needs_two_keys_and_two_wrong_options_and_no_more() -> None:
    """option_gates.set_shape #9 (`n_wrong < 2` -> `<= 2`): an item with exactly two wrong
    options, the least the gate allows, was refused."""
    ix = DeckIndex(bundled_deck(APOLLO))
    assert set_shape(_tick_all(2, 2), ix) is None
    assert set_shape(_tick_all(3, 2), ix) is None
    assert set_shape(_tick_all(2, 1), ix) is not None
    assert set_shape(_tick_all(1, 3), ix) is not None
