"""FSRS through the `fsrs` package: one Scheduler per learner's settings, seeded fuzz.

We never compute intervals ourselves. The one seam: fsrs draws interval fuzz from its
module-level `random()`; for reproducible schedules we lend it our own seeded generator for
the duration of a single review call (and put the original back), instead of reimplementing
the fuzz.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

import fsrs
from fsrs import scheduler as fsrs_scheduler

from quizapp.review import card_fields
from quizapp.store.records import CardPhase, CardState, Settings

Rating = fsrs.Rating


def make_scheduler(
    settings: Settings, fuzz: bool = True, deck_id: str | None = None
) -> fsrs.Scheduler:
    """The learner's personal parameters when `quizapp optimize` found better ones, else
    FSRS's defaults; the deck's own desired retention when one is set."""
    return fsrs.Scheduler(
        parameters=tuple(settings.fsrs_parameters or fsrs.scheduler.DEFAULT_PARAMETERS),
        desired_retention=settings.retention_for(deck_id),
        learning_steps=tuple(timedelta(minutes=m) for m in settings.learning_steps_min),
        relearning_steps=tuple(timedelta(minutes=m) for m in settings.relearning_steps_min),
        maximum_interval=settings.maximum_interval_days,
        enable_fuzzing=fuzz,
    )


def aimed_at(scheduler: fsrs.Scheduler, retention: float) -> fsrs.Scheduler:
    """The same scheduler aiming its intervals at `retention` (review.grading.aimed_retention:
    an uncertain right answer's next interval), or itself when that is its own."""
    if retention <= scheduler.desired_retention:
        return scheduler
    return fsrs.Scheduler(
        parameters=scheduler.parameters,
        desired_retention=retention,
        learning_steps=scheduler.learning_steps,
        relearning_steps=scheduler.relearning_steps,
        maximum_interval=scheduler.maximum_interval,
        enable_fuzzing=scheduler.enable_fuzzing,
    )


@contextmanager
def _seeded_fuzz(rng: random.Random) -> Iterator[None]:
    original = getattr(fsrs_scheduler, "random")  # noqa: B009 - not re-exported by fsrs
    setattr(fsrs_scheduler, "random", rng.random)  # noqa: B010
    try:
        yield
    finally:
        setattr(fsrs_scheduler, "random", original)  # noqa: B010


def card_id_for(fact_id: str) -> int:
    """An explicit, stable fsrs card id derived from the fact id."""
    import hashlib

    return int(hashlib.blake2b(fact_id.encode(), digest_size=6).hexdigest(), 16)


def fsrs_card(state: CardState) -> fsrs.Card:
    return fsrs.Card.from_dict(state.fsrs)  # type: ignore[arg-type]


def new_card(fact_id: str, now: datetime) -> dict[str, object]:
    return fsrs.Card(card_id=card_id_for(fact_id), due=now).to_dict()  # type: ignore[return-value]


def reviewed(
    scheduler: fsrs.Scheduler,
    card: fsrs.Card,
    rating: Rating,
    now: datetime,
    duration_ms: int,
    rng: random.Random,
) -> fsrs.Card:
    """fsrs's card after one rated review, its fuzz drawn from `rng` (`card` is not changed:
    fsrs reviews a copy)."""
    with _seeded_fuzz(rng):
        after, _ = scheduler.review_card(
            card, rating, review_datetime=now, review_duration=duration_ms
        )
    return after


def review(
    scheduler: fsrs.Scheduler,
    state: CardState,
    rating: Rating,
    now: datetime,
    duration_ms: int,
    rng: random.Random,
) -> CardState:
    """The card after one rated review; lapses counted, `seen` set. Pure apart from fsrs."""
    before = fsrs_card(state)
    after = reviewed(scheduler, before, rating, now, duration_ms, rng)
    lapsed = rating == Rating.Again and before.state == fsrs.State.Review
    return state.model_copy(
        update={
            "fsrs": after.to_dict(),
            "seen": True,
            "reps": state.reps + 1,
            "lapses": state.lapses + (1 if lapsed else 0),
        }
    )


def retrievability(scheduler: fsrs.Scheduler, state: CardState, at: datetime) -> float:
    if not state.seen:
        return 0.0
    return float(scheduler.get_card_retrievability(fsrs_card(state), current_datetime=at))


def due_at(state: CardState) -> datetime:
    return card_fields.due(state)


PHASES: dict[int, CardPhase] = {
    card_fields.LEARNING: "learning",
    card_fields.REVIEW: "review",
    card_fields.RELEARNING: "relearning",
}


def phase(state: CardState | None) -> CardPhase:
    if state is None or not state.seen:
        return "new"
    return PHASES[card_fields.fsrs_state(state)]


def is_learning(state: CardState) -> bool:
    return state.seen and card_fields.fsrs_state(state) in (
        card_fields.LEARNING,
        card_fields.RELEARNING,
    )
