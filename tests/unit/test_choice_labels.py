"""A choice answer with a label before it ('Answer: B') and a true/false word with a remark
after it ('False - it was September 1970') are read as the choice (review r396 H: both were
asked again); an open answer's label or lead comes off too (r395 C)."""

from __future__ import annotations

import pytest

from quizapp.generate.answer_context import without_lead
from quizapp.generate.checker import answer_problem, check
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService


@pytest.fixture(scope="module")
def items() -> tuple[list[Question], dict[str, str]]:
    loaded = StudyService(None, seed=0).load_deck("apollo-programme")
    return generate_deck(loaded.deck, seed=0).questions, loaded.vocabulary


def _first(items: list[Question], kind: str) -> Question:
    return next(q for q in items if q.kind == kind and q.options)


def test_a_labelled_letter_is_the_letter(items: tuple[list[Question], dict[str, str]]) -> None:
    questions, vocabulary = items
    q = _first(questions, "mcq")
    key = "abcdefgh"[q.options.index(q.answer[0])]  # type: ignore[union-attr]
    other = "a" if key != "a" else "b"
    for said in (f"Answer: {key.upper()}", f"my answer is {key}", f"Choice - {key}"):
        assert answer_problem(q, said, vocabulary) is None, said
        assert check(q, said, vocabulary).verdict == "correct", said
    assert check(q, f"Answer: {other}", vocabulary).verdict == "wrong"


def test_a_truth_word_keeps_no_remark(items: tuple[list[Question], dict[str, str]]) -> None:
    questions, vocabulary = items
    q = _first(questions, "true_false")
    right, wrong = (q.answer[0], "False" if q.answer[0] == "True" else "True")
    assert check(q, f"{right} - as the deck says", vocabulary).verdict == "correct"
    assert check(q, f"{wrong}, because of the date", vocabulary).verdict == "wrong"
    assert answer_problem(q, "Truely not", vocabulary) is not None  # no truth word, no choice


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("rejoining the CSTO", "the CSTO"),
        ("a return to the CSTO", "the CSTO"),
        ("rejoining CSTO", "CSTO"),
        ("not rejoining the CSTO", None),  # a denial is no lead
        ("13 April 1970", None),  # a figure is the answer's own
        ("CSTO", None),
    ],
)
def test_a_lead_of_the_stems_words_comes_off(text: str, rest: str | None) -> None:
    prompt = "According to the briefing, which alliance has Shavkat Mirziyoyev ruled out rejoining?"
    assert without_lead(text, prompt) == rest
