"""What one answer does, as a pure function: the card's new state, the review row to log,
the change to the day's tally and the daily limits, and when the fact is due next.

Nothing here reads the clock, the store or the session: the session passes the card as it
was, the mode's policy, the scheduler and the random stream, and stores what comes back.
The one rule for "did the learner pass" lives here too.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from fsrs import Scheduler

from quizapp.generate.question import Question
from quizapp.review.day import StudyDay
from quizapp.review.grading import (
    NEW_CARD_PRIOR,
    aimed_retention,
    guess_chance,
    knew_probability,
    rating_for,
    trusted,
)
from quizapp.review.humanize import short_span
from quizapp.review.modes import ModePolicy
from quizapp.review.scheduler import (
    Rating,
    aimed_at,
    due_at,
    fsrs_card,
    is_learning,
    new_card,
    phase,
    retrievability,
    review,
    reviewed,
)
from quizapp.store.records import CardState, Review, Settings, VerdictKind


def passed(verdict: str, rating: int | None) -> bool:
    """Right, unless the learner rated it Again (a right guess they did not know); a
    flashcard passes on any rating but Again; a wrong or revealed answer never does."""
    if verdict in ("correct", "near_miss"):
        return (rating or 3) > 1
    return verdict == "self_graded" and (rating or 1) > 1


@dataclass(frozen=True)
class Answer:
    """One answer to grade: the learner's words, or their own rating (flashcards, overrides)."""

    fact_id: str
    question: Question
    verdict: VerdictKind
    response: str
    duration_ms: int
    rating: Rating | None = None  # None: worked out from the verdict, the time and the odds
    override: bool = False
    review_id: str | None = None  # a correction rewrites the review it corrects


@dataclass(frozen=True)
class Where:
    """Who answers, in which deck and session, when, and the study day's start."""

    learner: str
    deck_id: str
    session_id: str
    review_id: str
    now: datetime
    day_start: datetime


@dataclass(frozen=True)
class Outcome:
    card: CardState | None  # the card's new state to store (None: untouched, as in practice)
    review: Review
    rating: Rating
    passed: bool
    due: datetime | None  # when the fact is due next (the card as it stands after)
    leech: bool  # the card became a leech with this answer
    new_fact: bool  # a fact introduced now (the daily new-fact limit)
    known_review: bool  # a known fact reviewed (the daily review limit)
    aimed: Scheduler  # the scheduler the next interval was drawn from (see aiming)

    @property
    def tally(self) -> tuple[int, int, int]:
        """The change to the day's tally: answered, correct, milliseconds."""
        return 1, int(self.passed), self.review.duration_ms


def fresh_card(learner: str, deck_id: str, fact_id: str, now: datetime) -> CardState:
    return CardState(learner=learner, deck_id=deck_id, fact_id=fact_id, fsrs=new_card(fact_id, now))


def rate(
    answer: Answer,
    before: CardState | None,
    scheduler: Scheduler,
    now: datetime,
    guessing: float = 1.0,
    odds: tuple[float, float] | None = None,
) -> Rating:
    """The answer's rating: the learner's own, or one worked out from the verdict.
    `guessing` is how much this learner guesses (review.guessing): it scales the chance.
    `odds`: what `_odds` gives for these arguments, when worked out already."""
    if answer.rating is not None:
        return answer.rating
    q = answer.question
    chance, prior = odds or _odds(answer, before, scheduler, now, guessing)
    return rating_for(
        answer.verdict,
        q.kind,
        answer.duration_ms,
        chance=chance,
        recall_prior=prior,
        first=before is None or not before.seen,
        desired=scheduler.desired_retention,
    )


def _odds(
    answer: Answer, before: CardState | None, scheduler: Scheduler, now: datetime, guessing: float
) -> tuple[float, float]:
    """The answer's chance of a lucky guess (scaled by the learner's propensity) and the
    card's retrievability before it (NEW_CARD_PRIOR for a new card)."""
    q = answer.question
    seen = before is not None and before.seen
    prior = retrievability(scheduler, before, now) if seen and before else NEW_CARD_PRIOR
    return guessing * guess_chance(q.kind, len(q.options or [])), prior


def _aims(answer: Answer) -> bool:
    """Whether the answer's next interval may aim higher than the desired retention: a right
    answer that may have been a lucky guess (an override is taken at its word)."""
    return answer.verdict == "correct" and not answer.override


def aiming(
    answer: Answer,
    before: CardState | None,
    scheduler: Scheduler,
    now: datetime,
    guessing: float,
    odds: tuple[float, float] | None = None,
) -> Scheduler:
    """The scheduler the answer's next interval is drawn from: aimed higher after a right
    answer that may have been a lucky guess (grading.aimed_retention), else `scheduler`.
    An override ("marked right by you") is taken at its word."""
    if not _aims(answer):
        return scheduler
    chance, prior = odds or _odds(answer, before, scheduler, now, guessing)
    desired, knew = scheduler.desired_retention, knew_probability(prior, chance)
    aim = aimed_retention(desired, knew)
    return aimed_at(scheduler, aim) if trusted(desired, knew) else scheduler  # else: Hard


def scheduled(
    answer: Answer,
    before: CardState | None,
    rating: Rating,
    mode: ModePolicy,
    scheduler: Scheduler,
    settings: Settings,
    rng: random.Random,
    where: Where,
) -> CardState | None:
    """The card after the answer (None when the mode leaves the schedule alone)."""
    if not mode.schedules:
        return None
    now, s = where.now, settings
    base = before or fresh_card(where.learner, where.deck_id, answer.fact_id, now)
    after = review(scheduler, base, rating, now, answer.duration_ms, rng)
    q = answer.question
    updates: dict[str, object] = {"last_item_id": q.id, "last_kind": q.kind}
    if base.introduced_at is None:
        updates["introduced_at"] = now
    if mode.buries and not is_learning(after):
        updates["buried_until"] = StudyDay.of(s).next_start(now)
    if after.lapses >= s.leech_threshold and not after.leech:
        updates |= {"leech": True, "suspended": True}
    return after.model_copy(update=updates)


def outcome(
    answer: Answer,
    before: CardState | None,
    mode: ModePolicy,
    scheduler: Scheduler,
    settings: Settings,
    rng: random.Random,
    where: Where,
    guessing: float = 1.0,
) -> Outcome:
    now = where.now
    needed = answer.rating is None or _aims(answer)  # the odds, worked out once for both
    odds = _odds(answer, before, scheduler, now, guessing) if needed else None
    rating = rate(answer, before, scheduler, now, guessing, odds)
    aimed = aiming(answer, before, scheduler, now, guessing, odds)
    after = scheduled(answer, before, rating, mode, aimed, settings, rng, where)
    log = Review(
        id=answer.review_id or where.review_id,
        learner=where.learner,
        deck_id=where.deck_id,
        fact_id=answer.fact_id,
        item_id=answer.question.id,
        kind=answer.question.kind,
        verdict=answer.verdict,
        rating=int(rating),
        response=answer.response[:2000],
        duration_ms=max(0, answer.duration_ms),
        reviewed_at=now,
        session_id=where.session_id,
        mode=mode.mode,
        override=answer.override,
        card_state=phase(before),
    )
    shown = after if after is not None else before
    introduced = before is not None and before.introduced_at is not None
    return Outcome(
        card=after,
        review=log,
        rating=rating,
        passed=passed(answer.verdict, int(rating)),
        due=due_at(shown) if shown is not None and shown.seen else None,
        leech=bool(after and after.leech and not (before and before.leech)),
        new_fact=after is not None and not introduced,
        known_review=after is not None and mode.counts_reviews and _known(before, where),
        aimed=aimed,
    )


def _known(before: CardState | None, where: Where) -> bool:
    """The card was introduced before today's study day: a review of something known."""
    return (
        before is not None
        and before.introduced_at is not None
        and before.introduced_at < where.day_start
    )


def rating_spans(
    aim: tuple[Answer, CardState | None, Scheduler, float],
    base: CardState,
    now: datetime,
    duration_ms: int,
    rng_state: object,
) -> dict[int, str]:
    """The next interval under each rating, as Anki shows on its buttons. Each is drawn
    with the fuzz the real review used (or, after a re-rating, will use) and from the
    scheduler the answer's aim gives (`aim`: answer, card before, scheduler and propensity,
    see aiming), so the shown interval and the stored due date agree."""
    answer, before, plain, guessing = aim
    scheduler = aiming(answer, before, plain, now, guessing)
    return spans_from(scheduler, base, now, duration_ms, rng_state)


def spans_from(
    scheduler: Scheduler,
    base: CardState,
    now: datetime,
    duration_ms: int,
    rng_state: object,
    known: tuple[Rating, datetime] | None = None,
) -> dict[int, str]:
    """`rating_spans` from the aimed scheduler itself. `known`: a rating already reviewed
    from this very card, scheduler, moment and fuzz state (the answer's own, in `outcome`)
    and the due moment it gave, whose span is not drawn again."""
    # only the due moment is wanted: fsrs's card is read once and reviewed under each other
    # rating, with no card record built from each result; one generator, put back each time
    card, rng = fsrs_card(base), random.Random(0)
    spans = {}
    for rating in Rating:
        if known is not None and rating == known[0]:
            due = known[1]
        else:
            rng.setstate(rng_state)  # type: ignore[arg-type]
            due = reviewed(scheduler, card, rating, now, duration_ms, rng).due
        spans[int(rating)] = short_span((due - now).total_seconds())
    return spans
