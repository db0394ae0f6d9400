"""Issue 17: once the log shows that a learner guesses, the correction stays on, and the right
answers given before it was shown, rated as if they did not guess, are rated again
(review.hindsight)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from quizapp.review import guessing
from quizapp.review.grading import EXPECTED_MS
from quizapp.review.guessing import ASSUMED, Evidence, propensity
from quizapp.review.hindsight import replay
from quizapp.review.outcome import fresh_card
from quizapp.review.scheduler import Rating, make_scheduler, review
from quizapp.service import StudyService
from quizapp.store.records import CardState, Review, Settings
from tests.review.learner import right_answer, wrong_answer
from tests.review.study_setup import study_setup

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SCHEDULER = make_scheduler(Settings(learner="h", timezone="UTC"), fuzz=False)


def _review(i: int, kind: str, verdict: str, rating: int, at: datetime, state: str) -> Review:
    return Review(
        id=f"r{i}",
        learner="h",
        deck_id="d",
        fact_id="f1",
        item_id=f"{kind}-1",
        kind=kind,
        verdict=verdict,
        rating=rating,
        response="1",
        duration_ms=EXPECTED_MS[kind],
        reviewed_at=at,
        session_id="s",
        card_state=state,
    )


def _played(log: list[Review], ratings: list[Rating]) -> CardState:
    card = fresh_card("h", "d", "f1", log[0].reviewed_at)
    for r, rating in zip(log, ratings, strict=True):
        card = review(SCHEDULER, card, rating, r.reviewed_at, r.duration_ms, random.Random(0))
    return card


def test_a_first_right_true_false_rated_good_is_replayed_as_hard() -> None:
    """Rated before guessing was shown: Good at first sight, then Good a day later. With the
    correction (g = 1) the first sight is Hard (a coin toss passes it half the time); the
    card is the one FSRS gives for Hard then the later rating, and its stability is lower."""
    day = timedelta(days=1)
    log = [
        _review(1, "true_false", "correct", 3, START, "new"),
        _review(2, "true_false", "correct", 3, START + timedelta(minutes=10), "learning"),
        _review(3, "typed", "correct", 3, START + day, "review"),
    ]
    stored = _played(log, [Rating.Good, Rating.Good, Rating.Good])
    replayed = replay(stored, log, SCHEDULER, 1.0, {})
    assert replayed is not None
    rated = [Rating.Hard, Rating.Good, Rating.Good]  # 10 minutes on, R is near 1: Good stands
    expected = _played(log, rated)
    assert replayed.fsrs["stability"] == expected.fsrs["stability"]
    assert replayed.fsrs["stability"] < stored.fsrs["stability"]
    assert replayed.reps == 3


def test_no_rating_is_raised_and_unguessable_answers_stay() -> None:
    """A wrong answer stays Again, a typed answer's rating stands, a slow Hard stays Hard;
    with nothing to lower there is nothing to replay, and without guessing (g = 0) neither."""
    log = [
        _review(1, "typed", "correct", 3, START, "new"),
        _review(2, "true_false", "wrong", 1, START + timedelta(minutes=1), "learning"),
        _review(3, "true_false", "correct", 2, START + timedelta(minutes=11), "learning"),
    ]
    stored = _played(log, [Rating.Good, Rating.Again, Rating.Hard])
    assert replay(stored, log, SCHEDULER, 1.0, {}) is None
    guessed = [_review(1, "true_false", "correct", 3, START, "new")]
    assert replay(_played(guessed, [Rating.Good]), guessed, SCHEDULER, 0.0, {}) is None


def test_once_shown_the_correction_stays_on() -> None:
    """A year of interday reviews where recognition goes to younger facts reads as no guessing
    (taken alone, the log does not show it); a learner already shown guessing keeps the
    correction at the largest propensity the log does not reject, 1 while it cannot tell."""
    interday: Evidence = {("interday:3", 0.5): (3000, 300), ("interday:3", 0.0): (3000, 240)}
    assert propensity(interday) == ASSUMED
    assert propensity(interday, shown=True) > 0.0
    assert propensity({}, shown=True) == 1.0
    # first sights too few to tell (a small deck's are over in days): the rest of the log
    # decides; a learner it clearly shows not guessing is not corrected in full for ever
    honest: Evidence = {("interday:3", 0.5): (4000, 400), ("interday:3", 0.0): (4000, 400)}
    few_first: Evidence = {("first", 0.0): (10, 5), ("first", 0.5): (10, 3)}
    assert propensity(honest | few_first, shown=True) < 0.3
    many = {("first", c): (400, round(400 * 0.5 * (1 - 0.5 * c))) for c in (0.0, 0.25, 0.5)}
    best, highest = propensity(many), propensity(many, shown=True)
    assert 0.3 < best <= highest < 0.8  # a half-time guesser is not taken for a full one


def _guesser_for_two_weeks(learner: int) -> tuple[StudyService, int | None, dict, dict]:  # type: ignore[type-arg]
    """A guesser on a 150-fact deck for 14 days: the service, the day guessing was first
    shown (None if never), and the cards just before and after that start."""
    service, deck, at, rng, memory = study_setup(learner, 150, 50, "g")
    shown_on, before, after = None, {}, {}
    for day in range(14):
        at[0] = START + timedelta(days=day)
        cards = service.store.cards("g", deck.id)
        session = service.start("g", deck.id, "scheduled", backup=False)
        if shown_on is None and session.settings.guessing_shown_at is not None:
            shown_on, before, after = day, cards, service.store.cards("g", deck.id)
            assert session.guessing > 0.5
        elif shown_on is not None:
            assert session.guessing > 0.5  # stays on
        while (q := session.next_question()) is not None:
            if memory.attempt(q.fact_ids[0], at[0]):
                response = right_answer(q)
            elif q.options and q.kind != "multi_select":
                response = str(rng.randrange(len(q.options)) + 1)
            else:
                response = wrong_answer(q)
            session.answer(response, EXPECTED_MS[q.kind])
        session.end()
    return service, shown_on, before, after


def test_when_guessing_is_shown_the_first_answers_are_rated_again_once() -> None:
    """A guesser on a 150-fact deck: at the study start that first shows guessing, the
    session records the moment and the cards whose right choice answers were lucky-prone get
    lower stabilities than they had; later starts keep the correction on and replay nothing.
    Whether two weeks show it depends on the learner and on the synthetic deck's items (issue
    17; the session-16 generator moved them, and learners 0-2 are no longer shown in two
    weeks), so the first of eight learners for whom it is shown is followed; one must be."""
    for learner in range(8):
        service, shown_on, before, after = _guesser_for_two_weeks(learner)
        if shown_on is not None:
            break
    assert shown_on is not None, "guessing was never shown"
    stored = service.store.settings("g").guessing_shown_at
    assert stored is not None and stored.date() == (START + timedelta(days=shown_on)).date()
    changed = [f for f in before if before[f].fsrs != after[f].fsrs]
    assert len(changed) >= 10
    assert all(after[f].fsrs["stability"] <= before[f].fsrs["stability"] for f in changed)
    assert any(after[f].fsrs["stability"] < before[f].fsrs["stability"] for f in changed)
    assert guessing.WINDOW.days == 120  # the study start reads no more than before
