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


@pytest.fixture(scope="module")
def later() -> dict[str, Question]:
    out: dict[str, Question] = {}
    decks = (("apollo-programme", 4632), ("chemical-elements", 4633), ("russia-central-asia", 4631))
    for deck, seed in decks:
        loaded = StudyService(None, seed=seed).load_deck(deck)
        out |= {q.id: q for q in generate_deck(loaded.deck, seed=seed, spread=False).questions}
    return out


@pytest.mark.parametrize(
    ("item", "answer", "verdict"),
    [
        # a rounded figure of the explanation's, and a figure of another thing (review r455 A)
        ("true_false-e171f169a967", "False (it melts at 98 °C)", "correct"),
        ("true_false-094ebfabf60f", "False (27.7%)", "correct"),
        ("true_false-2d0a74b919d8", "False (magnesium has 12)", "correct"),
        ("true_false-2d0a74b919d8", "False (oxygen has 8)", "correct"),
        ("true_false-2d0a74b919d8", "False (oxygen has 10)", "wrong"),
        # a numbered name is no figure; a year off by one is (review r454 A)
        ("true_false-6e4d3f7c2bef", "False, Stafford commanded Apollo 10", "correct"),
        ("true_false-9edc718cdbe4", "False, it was 17 July 1974", "wrong"),
        ("true_false-9edc718cdbe4", "False, it was 17 July 1975", "correct"),
        ("true_false-a470dc8123d3", "False (it launched in 1970)", "wrong"),
        ("true_false-a470dc8123d3", "False (it launched in November 1969)", "correct"),
        # the statement's own figure denied beside the right one (review r453 E)
        ("true_false-ca6ee571a7cb", "False, 28% not 21%", "correct"),
        ("true_false-ca6ee571a7cb", "False, it was 21%", "wrong"),
        ("true_false-e5a18f2cf892", "False, 22 not 10", "correct"),
        ("true_false-e5a18f2cf892", "False, 10 not 22", "wrong"),
    ],
)
def test_a_correction_is_read_only_where_it_corrects_the_statement(
    later: dict[str, Question], item: str, answer: str, verdict: str
) -> None:
    assert check(later[item], answer).verdict == verdict
