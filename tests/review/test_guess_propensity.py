"""How much a learner guesses, measured from their answers (review.guessing), and what the
grading makes of it: a learner who answers only what they know is graded as plain FSRS would,
a guesser's right answers on true/false still count for less."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from quizapp.review import guessing
from quizapp.review.guessing import ASSUMED, Evidence, propensity
from quizapp.review.scheduler import phase
from quizapp.service import StudyService
from tests.benchmarks.synthetic import synthetic_deck
from tests.review.learner import right_answer, wrong_answer
from tests.review.memory import DEFAULTS, HiddenMemory

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _evidence(g: float, f: float, n: int) -> Evidence:
    """What a learner with propensity g and a share f not recalled shows, in expectation."""
    return {("interday", c): (n, round(n * f * (1 - g * c))) for c in (0.0, 0.25, 0.5)} | {
        ("first", c): (n, round(n * 0.5 * (1 - g * c))) for c in (0.25, 0.5)
    }


@pytest.mark.parametrize(("g", "f"), [(0.0, 0.1), (0.0, 0.3), (1.0, 0.1), (0.5, 0.2)])
def test_the_propensity_is_recovered_whatever_the_forgetting(g: float, f: float) -> None:
    assert propensity(_evidence(g, f, 400)) == pytest.approx(g, abs=0.06)


def test_too_little_log_or_one_chance_level_keeps_the_assumption() -> None:
    assert propensity({}) == ASSUMED
    assert propensity(_evidence(0.0, 0.1, 10)) == ASSUMED  # 1 wrong answer per level
    one_level = {("interday", 0.5): (500, 50)}  # g and f cannot be told apart
    assert propensity(one_level) == ASSUMED


def _study(guesses: bool, days: int) -> tuple[float, Counter[tuple[str, int]]]:
    """Days of study by a hidden memory; returns the last propensity and, per (phase, rating),
    the right answers on true/false items at interday reviews from day 12 (a 40-fact deck
    needs some ten days of log to tell)."""
    at = [START]

    def clock() -> datetime:
        at[0] += timedelta(seconds=20)
        return at[0]

    rng, memory = random.Random(3), HiddenMemory(DEFAULTS, random.Random(2))
    service = StudyService(None, clock=clock, seed=1)
    deck = synthetic_deck(40, seed=0, n_countries=12)
    service.catalog.add(deck)
    ratings: Counter[tuple[str, int]] = Counter()
    g = ASSUMED
    for day in range(days):
        at[0] = START + timedelta(days=day)
        session = service.start("sim", deck.id, "scheduled", backup=False)
        g = session.guessing
        while (q := session.next_question()) is not None:
            before = phase(session.cards.get(q.fact_ids[0]))
            knows = memory.attempt(q.fact_ids[0], at[0])
            if q.kind == "flashcard":
                session.self_grade(3 if knows else 1, 9000)
                continue
            if knows:
                response = right_answer(q)
            elif guesses and q.options:
                response = str(rng.randrange(len(q.options)) + 1)
            else:
                response = wrong_answer(q)
            fb = session.answer(response, 9000)
            if day >= 12 and q.kind == "true_false" and before == "review" and fb.passed:
                ratings[(before, int(fb.rating or 0))] += 1
        session.end()
    return g, ratings


def test_a_learner_who_does_not_guess_gets_good_for_a_right_true_false_at_review() -> None:
    g, ratings = _study(guesses=False, days=30)
    assert g < 0.2
    good, hard = ratings[("review", 3)], ratings[("review", 2)]
    assert good > 20 and hard <= good // 10  # the old rule: Hard below R 0.905, nearly always


def test_a_guesser_is_seen_guessing_and_true_false_still_counts_for_less() -> None:
    g, ratings = _study(guesses=True, days=30)
    assert g > 0.7
    assert ratings[("review", 2)] > ratings[("review", 3)]


def test_only_first_sights_and_interday_reviews_are_evidence() -> None:
    assert set(guessing.STAGES) == {"new", "review"}
