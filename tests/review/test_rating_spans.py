"""The intervals shown on the rating buttons are the ones a real review under each rating
would store: rating_spans (which reviews fsrs's card directly, without building a card record
per rating) checked against scheduler.review, rating by rating, from the same fuzz state."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import fsrs
import pytest

from quizapp.review.humanize import short_span
from quizapp.review.outcome import Answer, aiming, fresh_card, rating_spans
from quizapp.review.scheduler import Rating, due_at, make_scheduler, review
from quizapp.store.records import CardState, Settings
from tests.review.test_review_units import T
from tests.support.questions import bare_question

HISTORIES = {  # ratings given a day apart: new, learning, review, relearning, a long review
    "new": [],
    "learning": [Rating.Good],
    "review": [Rating.Good, Rating.Good, Rating.Good],
    "relearning": [Rating.Good, Rating.Good, Rating.Good, Rating.Again],
    "long": [Rating.Easy] * 6,
}


def _card(history: list[Rating], seed: int) -> CardState:
    scheduler, rng = make_scheduler(Settings(learner="me")), random.Random(seed)
    card = fresh_card("me", "deck", "f1", T)
    for day, rating in enumerate(history):
        card = review(scheduler, card, rating, T + timedelta(days=day), 4000, rng)
    return card


Aim = tuple[Answer, CardState | None, fsrs.Scheduler, float]


def _expected(
    aim: Aim, base: CardState, now: datetime, state: tuple[object, ...]
) -> dict[int, str]:
    """What the buttons showed before: a whole review per rating, from a fresh generator."""
    answer, before, plain, guessing = aim
    scheduler = aiming(answer, before, plain, now, guessing)
    spans = {}
    for rating in Rating:
        rng = random.Random()
        rng.setstate(state)
        after = review(scheduler, base, rating, now, 4000, rng)
        spans[int(rating)] = short_span((due_at(after) - now).total_seconds())
    return spans


@pytest.mark.parametrize("name", sorted(HISTORIES))
@pytest.mark.parametrize("verdict", ["correct", "wrong"])
@pytest.mark.parametrize("seed", [1, 2, 3, 17])
def test_spans_are_the_due_moments_a_review_would_store(name: str, verdict: str, seed: int) -> None:
    before = _card(HISTORIES[name], seed) if HISTORIES[name] else None
    now = T + timedelta(days=len(HISTORIES[name]) + 3, minutes=seed)
    base = before or fresh_card("me", "deck", "f1", now)
    question = bare_question("mcq", options=["a", "b", "c"], answer=["a"])
    answer = Answer("f1", question, verdict, "1", 4000)  # type: ignore[arg-type]
    scheduler = make_scheduler(Settings(learner="me"))
    aim: Aim = (answer, before, scheduler, 1.0)
    state = random.Random(seed * 7).getstate()
    spans = rating_spans(aim, base, now, 4000, state)
    assert spans == _expected(aim, base, now, state)
    assert set(spans) == {1, 2, 3, 4}


def test_a_sessions_buttons_show_what_a_review_under_each_rating_would_store() -> None:
    """In a session the answer's own rating shows the due moment it stored and the other
    three are drawn beside it: all four as whole reviews from the card before would give."""
    from tests.review.learner import right_answer, wrong_answer
    from tests.review.test_review_units import clocked

    service, _ = clocked()
    session = service.start("a", "russia-central-asia", backup=False)
    for i in range(16):
        question = session.next_question()
        assert question is not None
        respond = wrong_answer if i % 3 == 2 else right_answer
        fb = session.answer(respond(question), 4000)
        turn = session.turns[-1]
        now = turn.review.reviewed_at
        own = Rating(fb.rating) if fb.verdict == "self_graded" and fb.rating else None
        answer = Answer(
            turn.fact_id, question, fb.verdict, turn.review.response, 4000, own, fb.override
        )
        aim: Aim = (answer, turn.before, session.scheduler, session.guessing)
        base = turn.before or fresh_card("a", session.deck.id, turn.fact_id, now)
        assert fb.spans == _expected(aim, base, now, turn.rng_state)
