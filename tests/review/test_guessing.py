"""Guess-aware evidence: a right answer that may be a lucky guess counts for less."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizapp.review.grading import guess_chance, knew_probability, rating_for
from quizapp.review.scheduler import Rating
from quizapp.service import StudyService
from tests.review.learner import right_answer


@pytest.mark.parametrize(
    ("kind", "options", "chance"),
    [
        ("true_false", 2, 0.5),
        ("mcq", 4, 0.25),
        ("numeric_mcq", 5, 0.2),
        ("multi_select", 3, 1 / 7),
        ("typed", 0, 0.0),
        ("cloze", 0, 0.0),
    ],
)
def test_guess_chance(kind: str, options: int, chance: float) -> None:
    assert guess_chance(kind, options) == pytest.approx(chance)


def test_knew_probability_is_bayes() -> None:
    assert knew_probability(0.9, 0.25) == pytest.approx(0.9 / (0.9 + 0.1 * 0.25))
    assert knew_probability(0.5, 0.0) == 1.0
    assert knew_probability(0.0, 0.5) == 0.0


@pytest.mark.parametrize(
    ("kind", "chance", "prior", "rating"),
    [
        ("mcq", 0.25, 0.5, Rating.Hard),  # a new fact's first right answer on 4 options
        ("mcq", 0.25, 0.9, Rating.Good),  # due at 90%: 97% sure the learner knew
        ("mcq", 0.25, 0.7, Rating.Hard),  # overdue: a guess is likely
        ("mcq", 0.25, 0.8, Rating.Good),  # trusted, the next interval aimed at 0.956
        ("true_false", 0.5, 0.85, Rating.Hard),  # 1 in 2: the aim would pass MAX_AIM
        ("true_false", 0.5, 0.9, Rating.Good),  # trusted, aimed at 0.95 (test_guess_aim.py)
        ("true_false", 0.5, 0.97, Rating.Good),
        ("typed", 0.0, 0.1, Rating.Good),  # recall cannot be guessed
    ],
)
def test_a_likely_guess_is_rated_hard(
    kind: str, chance: float, prior: float, rating: Rating
) -> None:
    assert rating_for("correct", kind, 9000, chance=chance, recall_prior=prior) == rating


def test_wrong_stays_again_and_defaults_ignore_guessing() -> None:
    assert rating_for("wrong", "mcq", 9000, chance=0.25, recall_prior=0.1) == Rating.Again
    assert rating_for("correct", "mcq", 9000) == Rating.Good


def test_the_session_rates_a_first_right_guessable_answer_hard_and_a_sure_one_good() -> None:
    """For a learner whose log shows guessing (g = 1; review.guessing measures it)."""
    now = [datetime(2026, 3, 2, 10, 0, tzinfo=UTC)]

    def clock() -> datetime:
        now[0] += timedelta(seconds=15)
        return now[0]

    service = StudyService(None, clock=clock, seed=4)
    session = service.start("g", "russia-central-asia", backup=False)
    session.guessing, session.spacer.probe = 1.0, False  # shown guessing: no probing needed
    q = session.next_question()
    assert q is not None and q.kind in ("mcq", "true_false", "numeric_mcq")  # new: recognition
    first = session.answer(right_answer(q), 6000)
    assert first.rating == Rating.Hard
    # back in its learning step minutes later the card is fresh: a right answer is trusted
    for _ in range(40):
        now[0] += timedelta(minutes=1)
        nxt = session.next_question()
        assert nxt is not None
        fb = session.answer(right_answer(nxt), 6000)
        if nxt.fact_ids == q.fact_ids:
            assert fb.rating == Rating.Good
            break
    else:
        pytest.fail("the first fact never came back in its learning steps")
