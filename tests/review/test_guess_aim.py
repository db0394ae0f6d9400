"""An uncertain right answer is trusted with a higher aim, not rated Hard (review.grading).

For a learner who guesses, a right true/false answer at a due review (R = 0.9) was known with
probability 0.947: under the old bar of 0.95, so it used to be Hard, which raised the fact's
difficulty for good at nearly every review. Now it is Good, and the next interval aims at
0.9 / 0.947 = 0.95, so that recall at the next review, a lucky guess counted as forgotten, is
still 0.9.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from quizapp.generate.question import Question
from quizapp.review.grading import (
    MAX_AIM,
    aimed_retention,
    knew_probability,
    rating_for,
    trusted,
)
from quizapp.review.modes import SCHEDULED
from quizapp.review.outcome import Answer, Outcome, Where, outcome
from quizapp.review.scheduler import Rating, make_scheduler
from quizapp.service import StudyService
from quizapp.store.records import CardState, Settings
from tests.review.learner import right_answer

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SETTINGS = Settings(learner="a", timezone="UTC", day_starts_at_hour=4)
WHERE = Where("a", "russia-central-asia", "s1", "s1-1", NOW, NOW.replace(hour=4))


def test_the_aim_keeps_recall_over_knew_and_guessed_at_the_target() -> None:
    knew = knew_probability(0.9, 0.5)  # a right true/false at a due review, full guesser
    assert aimed_retention(0.9, knew) * knew == pytest.approx(0.9)
    assert aimed_retention(0.9, knew) == pytest.approx(0.95, abs=0.001)
    assert aimed_retention(0.9, 1.0) == 0.9  # sure: the desired retention
    assert trusted(0.98, 1.0)  # a desired retention above MAX_AIM is reached as set


@pytest.mark.parametrize(
    ("kind", "chance", "prior", "rating"),
    [
        ("true_false", 0.5, 0.9, Rating.Good),  # aimed at 0.95
        ("true_false", 0.5, 0.87, Rating.Good),  # aimed at 0.966
        ("true_false", 0.5, 0.86, Rating.Hard),  # the aim would pass MAX_AIM
        ("mcq", 0.25, 0.8, Rating.Good),
        ("mcq", 0.25, 0.7, Rating.Hard),
        ("true_false", 0.5, 0.5, Rating.Hard),  # a first sight
    ],
)
def test_an_uncertain_right_answer_is_trusted_while_its_aim_is_within_reach(
    kind: str, chance: float, prior: float, rating: Rating
) -> None:
    got = rating_for("correct", kind, 9000, chance=chance, recall_prior=prior, desired=0.9)
    assert got == rating
    aim = aimed_retention(0.9, knew_probability(prior, chance))
    assert (aim <= MAX_AIM) == (rating == Rating.Good)


def _true_false() -> tuple[str, Question]:
    service = StudyService(None, seed=1)
    for fact, items in sorted(service.load_deck("russia-central-asia").items.items()):
        for q in items:
            if q.kind == "true_false":
                return fact, q
    raise AssertionError("the deck has no true/false item")


def _due(fact_id: str) -> CardState:
    """A card in review whose retrievability now is 0.9 (stability 10 days, 10 days ago)."""
    card = fsrs.Card(
        card_id=1,
        state=fsrs.State.Review,
        stability=10.0,
        difficulty=5.0,
        due=NOW,
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


def _answered(guessing: float) -> tuple[Outcome, CardState]:
    fact, q = _true_false()
    before = _due(fact)
    answer = Answer(fact, q, "correct", right_answer(q), 4000)
    scheduler = make_scheduler(SETTINGS, fuzz=False)
    out = outcome(answer, before, SCHEDULED, scheduler, SETTINGS, random.Random(3), WHERE, guessing)
    return out, before


def _days(out: Outcome) -> float:
    assert out.due is not None
    return (out.due - NOW).total_seconds() / 86400


def test_a_guessers_right_true_false_at_a_due_review_is_good_with_a_shorter_interval() -> None:
    honest, before = _answered(0.0)
    guesser, _ = _answered(1.0)
    assert honest.rating == guesser.rating == Rating.Good
    assert _days(guesser) < _days(honest)  # aimed at 0.95, not 0.9
    # the interval is the one FSRS gives a Good at 0.95: difficulty as after any Good
    at95 = fsrs.Scheduler(desired_retention=0.95, enable_fuzzing=False)
    card = fsrs.Card.from_dict(before.fsrs)  # type: ignore[arg-type]
    expected, _ = at95.review_card(card, Rating.Good, review_datetime=NOW)
    assert guesser.due == expected.due
    assert guesser.card is not None and honest.card is not None
    assert guesser.card.fsrs["difficulty"] == honest.card.fsrs["difficulty"]
