"""Hindsight for a guesser: when the log first shows that this learner guesses, the right
answers they gave before, rated as if they did not guess, are rated again.

Until guessing is shown (review.guessing) a right answer counts in full, as plain FSRS counts
it. A guesser is shown within days, but by then those days' lucky guesses on true/false and
multiple choice were rated Good: the facts got intervals they had not earned and were
forgotten at the next review more often than the target allows (the learning benchmark's
guessing learner kept 0.86-0.87 at a 0.90 target). So once, at the study start where the
first sights first show guessing (see at_start), every fact with a right answer on a
guessable item in the log's WINDOW is replayed from its first answer with the learner's
propensity: a right answer whose guess-aware rating (grading.rating_for) is lower than the
one it got takes the lower one.
No rating is raised; wrong answers, flashcards' own grades and overrides stay as they were.
Only the cards' FSRS state is replayed; the logged reviews keep the rating shown at the time.
Facts first answered before the window are left alone (their start is not in the read).
The session then records when guessing was shown (Settings.guessing_shown_at), which keeps
the correction on from then on (guessing.propensity) and makes this run once. It is
idempotent: interrupted, the next study start replays the same log to the same cards.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from fsrs import Scheduler

from quizapp.generate.question import Question
from quizapp.review import grading, guessing
from quizapp.review.guessing import WINDOW
from quizapp.review.scheduler import Rating, aimed_at, new_card, retrievability, review
from quizapp.store.records import CardState, Review
from quizapp.store.repository import ProgressStore

if TYPE_CHECKING:
    from quizapp.review.session import StudySession


def at_start(session: StudySession, now: datetime) -> tuple[float, bool, bool]:
    """The learner's guess propensity, whether to probe first sights and whether to check
    interday reviews (guessing.measure); the first time the clean evidence shows guessing, the
    answers before are rated again and the moment kept. Only the clean evidence (first
    sights, and on a small deck the checked interday reviews, review.guess_check) makes it
    stay: what a learner knows before a fact's first review cannot depend on the form it is
    asked in, nor does forgetting at an interval depend on a form the fact fixes, whereas the
    other interday strata can read a learner's forgetting as guessing (the learning
    benchmark's FSRS-shaped learner who never guesses was shown guessing on day 5 by all
    strata together, seed 9, and, kept for good, cost 1.23x plain FSRS's reviews; shown for
    those few days only, 565 reviews, not 703).
    Shown by the other strata alone, their best fit is used while they show it.
    While the propensity is above none, first sights and later days' reviews of a fact that
    has an unguessable item are asked in one (forms.choose's probe and check), whatever the
    deck's size: a lucky guess cannot pass them, so no correction is needed there (the issue's
    "the form moves to recall sooner"). A learner taken not to guess keeps the forms above."""
    store, settings = session.store, session.settings
    shown = settings.guessing_shown_at is not None

    def items_of(fact_id: str) -> list[Question]:
        return session.items.get(fact_id, [])

    facts = len(session.deck.facts)
    g, probe, first_shows, check = guessing.measure(
        store, session.learner, now, items_of, shown, facts
    )
    if first_shows and not shown and not store.read_only:
        deck = (session.deck.id, items_of)
        replayed = rerate_guesses(store, session.learner, now, session.scheduler, g, deck)
        for (deck_id, fact_id), card in replayed.items():
            if deck_id == session.deck.id:
                session.asking.set_card(fact_id, card)
        session.settings = settings.model_copy(update={"guessing_shown_at": now})
        store.save_settings(session.settings)
    guarded = g > guessing.ASSUMED  # a guesser: typed forms wherever the fact has one
    return g, probe or guarded, (check or guarded) and session.mode == "scheduled"


def rerate_guesses(
    store: ProgressStore,
    learner: str,
    now: datetime,
    scheduler: Scheduler,
    g: float,
    deck: tuple[str, Callable[[str], list[Question]]],
) -> dict[tuple[str, str], CardState]:
    """Replay and store the cards whose ratings fall; returns them by (deck id, fact id).
    `deck`: the session's deck id and its items by fact, for the options' count; an item of
    another deck is taken to have 4 options (as the guess measure does when it cannot tell)."""
    logs: dict[tuple[str, str], list[Review]] = {}
    for r in store.reviews(learner, since=now - WINDOW):
        if r.mode == "scheduled" and not r.undone:
            logs.setdefault((r.deck_id, r.fact_id), []).append(r)
    changed: dict[tuple[str, str], CardState] = {}
    cards: dict[str, dict[str, CardState]] = {}
    for (deck_id, fact_id), log in logs.items():
        if log[0].card_state != "new" or not any(_guessable_right(r) for r in log):
            continue
        deck_cards = cards.setdefault(deck_id, store.cards(learner, deck_id))
        stored = deck_cards.get(fact_id)
        if stored is None:
            continue
        items = deck[1](fact_id) if deck_id == deck[0] else []
        options = {q.id: len(q.options or []) for q in items}
        replayed = replay(stored, log, scheduler, g, options)
        if replayed is not None:
            store.put_card(replayed)
            changed[(deck_id, fact_id)] = replayed
    return changed


def _guessable_right(r: Review) -> bool:
    return r.verdict == "correct" and not r.override and grading.guess_chance(r.kind, 4) > 0


def replay(
    stored: CardState,
    log: list[Review],
    scheduler: Scheduler,
    g: float,
    options: Mapping[str, int],
) -> CardState | None:
    """The card replayed from its log with guess-aware ratings, or None when none falls.
    `options`: option counts by item id (an item not in it is taken to have 4).
    The card's flags (suspended, leech, buried, the last item) stay as stored."""
    card = stored.model_copy(
        update={"fsrs": new_card(stored.fact_id, log[0].reviewed_at), "seen": False}
        | {"reps": 0, "lapses": 0}
    )
    rng = random.Random(stored.fact_id)  # the interval fuzz, reproducible
    lowered = False
    for r in log:
        if r.rating is None:
            continue
        rating, aimed = Rating(r.rating), scheduler
        if _guessable_right(r):
            fair, aimed = _fair(r, card, scheduler, g, options.get(r.item_id) or 4)
            lowered |= fair < rating or aimed is not scheduler
            rating = min(rating, fair)
        card = review(aimed, card, rating, r.reviewed_at, r.duration_ms, rng)
    return card if lowered else None


def _fair(
    r: Review, card: CardState, scheduler: Scheduler, g: float, options: int
) -> tuple[Rating, Scheduler]:
    """A right guessable answer's guess-aware rating, and the scheduler its next interval is
    drawn from (aimed higher when the answer is trusted but uncertain, grading.aimed_retention)."""
    chance = g * grading.guess_chance(r.kind, options)
    prior = retrievability(scheduler, card, r.reviewed_at) if card.seen else grading.NEW_CARD_PRIOR
    desired = scheduler.desired_retention
    fair = grading.rating_for(
        *(r.verdict, r.kind, r.duration_ms),
        chance=chance,
        recall_prior=prior,
        first=not card.seen,
        desired=desired,
    )
    knew = grading.knew_probability(prior, chance)
    if not grading.trusted(desired, knew):
        return fair, scheduler  # rated Hard, at the desired retention
    return fair, aimed_at(scheduler, grading.aimed_retention(desired, knew))
