"""Today's queue for one learner and deck.

Order: learning cards whose step has come (or comes within the learn-ahead window, a
setting: the session waits for those, with a countdown), then due
reviews with the lowest retrievability first (the most overdue relative to stability: these
are the ones being forgotten), then new facts in deck order. Daily limits count what was
already done today; suspended and buried cards are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

import fsrs

from quizapp.review import card_fields
from quizapp.review.marks import Counts, Marks, count_marks
from quizapp.review.scheduler import due_at, is_learning, retrievability
from quizapp.store.records import CardState, Settings

LEARN_AHEAD = timedelta(minutes=20)  # the default of Settings.learn_ahead_min


class DoneToday(NamedTuple):
    """New facts introduced and known facts reviewed so far today: what the daily limits
    count against (see plan.done_today)."""

    new: int = 0
    reviews: int = 0

    def new_left(self, settings: Settings) -> int:
        return max(0, settings.new_per_day - self.new)

    def reviews_left(self, settings: Settings) -> int:
        return max(0, settings.reviews_per_day - self.reviews)

    def plus(self, new: int, reviews: int) -> DoneToday:
        return DoneToday(self.new + new, self.reviews + reviews)


NOTHING_DONE = DoneToday()  # the start of a study day


def learn_ahead(settings: Settings) -> timedelta:
    return timedelta(minutes=settings.learn_ahead_min)


def available(card: CardState | None, now: datetime) -> bool:
    if card is None:
        return True
    if card.suspended:
        return False
    return card.buried_until is None or card.buried_until <= now


def marks_of(card: CardState) -> Marks:
    buried = card.buried_until.timestamp() if card.buried_until else None
    due = due_at(card).timestamp() if card.seen else 0.0
    return Marks(card.seen, card.suspended, card.leech, is_learning(card), due, buried)


def counts(
    facts: Iterable[str],
    cards: dict[str, CardState],
    now: datetime,
    day_ends: Sequence[datetime] = (),
) -> Counts:
    return count_marks(
        (marks_of(cards[f]) if f in cards else None for f in facts),
        now.timestamp(),
        [d.timestamp() for d in day_ends],
    )


def due_cards(cards: Iterable[CardState], now: datetime) -> list[CardState]:
    """Seen, available, not in learning, due by now: lowest retrievability first."""
    due = [
        c for c in cards if c.seen and available(c, now) and not is_learning(c) and due_at(c) <= now
    ]
    return sorted(due, key=lambda c: _overdue(c, now), reverse=True)


def _overdue(card: CardState, now: datetime) -> float:
    """Time since the last review over stability: higher means closer to forgotten."""
    last = card_fields.last_review(card)
    if last is None:
        return 0.0
    return (now - last).total_seconds() / 86400 / card_fields.stability(card, 1.0)


def build_queue(
    facts: list[str],
    cards: dict[str, CardState],
    now: datetime,
    settings: Settings,
    done: DoneToday = NOTHING_DONE,
) -> list[str]:
    wanted = set(facts)
    mine = [c for f, c in cards.items() if f in wanted and available(c, now)]
    learning = sorted(
        (c for c in mine if is_learning(c) and due_at(c) <= now + learn_ahead(settings)),
        key=due_at,
    )
    reviews = due_cards(mine, now)[: done.reviews_left(settings)]
    new = [f for f in facts if available(cards.get(f), now) and not (f in cards and cards[f].seen)]
    new = new[: done.new_left(settings)]
    return [c.fact_id for c in learning] + [c.fact_id for c in reviews] + new


def exam_queue(
    facts: list[str],
    cards: dict[str, CardState],
    now: datetime,
    exam: datetime,
    target: float,
    scheduler: fsrs.Scheduler,
    ahead: timedelta = LEARN_AHEAD,
) -> list[str]:
    """Studied facts whose retrievability on the exam date would fall below the target,
    weakest first; learning cards whose step has come go first.

    Method: for each studied card, ask fsrs for its retrievability at the exam instant if it
    were not reviewed again. Reviewing a card raises its stability, hence its retrievability
    on that date; a card leaves this queue once it is projected to be at or above the target.
    """
    wanted = set(facts)
    learning = [
        c
        for c in cards.values()
        if c.fact_id in wanted and available(c, now) and is_learning(c) and due_at(c) <= now + ahead
    ]
    weak = []
    for card in cards.values():
        if card.fact_id not in wanted or not card.seen or card.suspended or is_learning(card):
            continue
        r = retrievability(scheduler, card, exam)
        if r < target:
            weak.append((r, card.fact_id))
    return [c.fact_id for c in sorted(learning, key=due_at)] + [f for _, f in sorted(weak)]
