"""A correction beside "False" is checked against the deck's own (truth_corrections.py,
review r450 A: 'False, it was 13 April 1970' was right for a statement whose explanation says
Apollo 13 was launched on 11 April 1970). Driven through the real generator and checker on the
review's items."""

from __future__ import annotations

import pytest

from quizapp.generate.checker import check
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService

SEED = 4622


@pytest.fixture(scope="module")
def items() -> dict[str, Question]:
    loaded = StudyService(None, seed=SEED).load_deck("apollo-programme")
    return {q.id: q for q in generate_deck(loaded.deck, seed=SEED, spread=False).questions}


@pytest.mark.parametrize(
    ("item", "answer", "verdict"),
    [
        ("true_false-73052b201128", "False, it was 13 April 1970", "wrong"),
        ("true_false-73052b201128", "False, it launched on 11 May 1970", "wrong"),
        ("true_false-73052b201128", "False (May)", "wrong"),
        ("true_false-73052b201128", "False, it was 11 April 1970", "correct"),
        ("true_false-73052b201128", "False (April)", "correct"),
        ("true_false-73052b201128", "False", "correct"),
        ("true_false-3b3685563c58", "False, it was 12", "wrong"),
        ("true_false-3b3685563c58", "False, it was 24", "correct"),
        ("true_false-32d81501557b", "False, it was 71 hours", "wrong"),
        ("true_false-32d81501557b", "False, 75 hours", "correct"),
        ("true_false-8185ecea658a", "False, Eagle", "correct"),  # no figure: other rules
    ],
)
def test_a_correction_beside_false_must_be_the_explanations(
    items: dict[str, Question], item: str, answer: str, verdict: str
) -> None:
    got = check(items[item], answer)
    assert got.verdict == verdict
    if verdict == "wrong":
        assert got.note.startswith("False, yes - but that is not what is so: ")
