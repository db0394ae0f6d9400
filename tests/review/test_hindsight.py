"""Issue 17: once the log shows that a learner guesses, the correction stays on, and the right
answers given before it was shown, rated as if they did not guess, are rated again
(review.hindsight)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, cast

from quizapp.review import guessing
from quizapp.review.grading import EXPECTED_MS
from quizapp.review.guessing import ASSUMED, Evidence, propensity
from quizapp.review.hindsight import at_start, replay
from quizapp.review.outcome import fresh_card
from quizapp.review.scheduler import Rating, make_scheduler, review
from quizapp.store.records import CardState, Review, Settings
from tests.review import guess_logs

if TYPE_CHECKING:
    from quizapp.review.session import StudySession

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


def test_when_guessing_is_shown_the_first_answers_are_rated_again_once() -> None:
    """A constructed log (guess_logs): a day of first sights, 40 typed and 80 true/false, half
    of them unknown. The guesser is lucky on half of those true/false, the honest learner on
    none. At the next study start the guesser's first sights show guessing: the session
    records the moment, and the true/false facts answered right (lucky-prone, rated Good then)
    get lower stabilities, the typed ones keep theirs; a later start keeps the correction on
    and replays nothing. The honest learner's log shows nothing and no card moves."""
    day = timedelta(days=1)
    for guesser in (True, False):
        log = guess_logs.Log()
        guess_logs.first_sights(log, guesser)
        store = guess_logs.stored(log)
        before = store.cards("g", guess_logs.DECK)
        g = at_start(cast("StudySession", guess_logs.Desk(store)), START + day)[0]
        after = store.cards("g", guess_logs.DECK)
        changed = [f for f in before if before[f].fsrs != after[f].fsrs]
        shown = store.settings("g").guessing_shown_at
        if not guesser:
            assert (g, shown, changed) == (ASSUMED, None, [])
            continue
        assert g > 0.5 and shown == START + day
        right_tf = [r.fact_id for r in log.reviews if r.kind == "true_false" and r.rating == 3]
        assert sorted(changed) == sorted(right_tf) and len(changed) == 60
        assert all(after[f].fsrs["stability"] < before[f].fsrs["stability"] for f in changed)
        later = at_start(cast("StudySession", guess_logs.Desk(store)), START + 2 * day)
        assert later[0] > 0.5 and store.cards("g", guess_logs.DECK) == after
        assert store.settings("g").guessing_shown_at == shown
    assert guessing.WINDOW.days == 120  # the study start reads no more than before
