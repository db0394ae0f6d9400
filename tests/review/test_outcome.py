"""One answer's outcome, computed purely per mode: the card, the log row, the tally, the due."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from quizapp.review.modes import EXAM, PRACTICE, SCHEDULED, ModePolicy
from quizapp.review.outcome import Answer, Outcome, Where, outcome, passed
from quizapp.review.scheduler import Rating, make_scheduler
from quizapp.service import StudyService
from quizapp.store.records import CardState, Settings

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SETTINGS = Settings(learner="a", timezone="UTC", day_starts_at_hour=4)
WHERE = Where("a", "russia-central-asia", "s1", "s1-1", NOW, NOW.replace(hour=4))


def _answer(verdict: str = "correct", rating: Rating | None = Rating.Good) -> Answer:
    service = StudyService(None, seed=1)
    fact, items = sorted(service.load_deck("russia-central-asia").items.items())[0]
    return Answer(fact, items[0], verdict, "words", 4000, rating)  # type: ignore[arg-type]


def _known(fact_id: str) -> CardState:
    card = fsrs.Card(
        card_id=1,
        state=fsrs.State.Review,
        stability=10.0,
        difficulty=5.0,
        due=NOW - timedelta(hours=1),
        last_review=NOW - timedelta(days=10),
    )
    return CardState(
        learner="a",
        deck_id=WHERE.deck_id,
        fact_id=fact_id,
        fsrs=card.to_dict(),
        seen=True,
        reps=5,
        introduced_at=NOW - timedelta(days=30),
    )


def _run(mode: ModePolicy, answer: Answer, before: CardState | None, seed: int = 3) -> Outcome:
    return outcome(
        answer, before, mode, make_scheduler(SETTINGS), SETTINGS, random.Random(seed), WHERE
    )


@pytest.mark.parametrize(
    ("verdict", "rating", "expected"),
    [
        ("correct", 3, True),
        ("near_miss", 2, True),
        ("correct", 1, False),  # right, but rated Again: a guess the learner did not know
        ("correct", None, True),
        ("self_graded", 2, True),
        ("self_graded", 1, False),
        ("wrong", 3, False),
        ("revealed", 3, False),
    ],
)
def test_one_rule_for_passing(verdict: str, rating: int | None, expected: bool) -> None:
    assert passed(verdict, rating) is expected


def test_practice_leaves_the_card_alone_but_logs_and_tallies() -> None:
    answer = _answer()
    before = _known(answer.fact_id)
    out = _run(PRACTICE, answer, before)
    assert out.card is None and out.review.mode == "practice"
    assert out.tally == (1, 1, 4000)
    assert not out.new_fact and not out.known_review


def test_scheduled_buries_and_counts_a_known_review_exam_does_neither() -> None:
    answer = _answer()
    before = _known(answer.fact_id)
    review = _run(SCHEDULED, answer, before)
    exam = _run(EXAM, answer, before)
    assert review.card is not None and exam.card is not None
    assert review.card.buried_until == datetime(2026, 12, 1, 4, tzinfo=UTC)
    assert review.known_review and not review.new_fact
    assert exam.card.buried_until is None and not exam.known_review
    assert review.due is not None and review.due == exam.due and review.due > NOW


def test_a_first_answer_introduces_the_fact_and_is_pure() -> None:
    answer = _answer(rating=None)
    first = _run(SCHEDULED, answer, None)
    again = _run(SCHEDULED, answer, None)
    assert first == again  # same inputs, same seed: the same outcome
    assert first.new_fact
    assert first.card is not None and first.card.introduced_at == NOW
    assert first.review.card_state == "new" and first.review.id == "s1-1"
