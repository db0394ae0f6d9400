"""What a deck has for the learner now, and what comes next: the home screen's line
("Nothing due. Next card at 05:12 (in 4 min); 117 new facts wait for tomorrow (daily limit
20)") and the test of whether a review session is worth opening at all.

Worked out with the queue's own rules (queue.build_queue, the daily limits, learn-ahead), so
what home promises is what `s` then does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from quizapp.review.due_index import DueIndex
from quizapp.review.queue import DoneToday, build_queue, counts
from quizapp.review.scheduler import due_at, is_learning
from quizapp.store.records import CardState, Review, Settings


def done_today(
    cards: dict[str, CardState], reviews: Iterable[Review], deck_id: str, day_start: datetime
) -> DoneToday:
    """New facts introduced and known facts reviewed so far today (for the daily limits)."""
    new_done = sum(1 for c in cards.values() if c.introduced_at and c.introduced_at >= day_start)
    reviews_done = sum(
        1
        for r in reviews
        if r.deck_id == deck_id
        and r.mode == "scheduled"
        and not r.undone
        and r.reviewed_at >= day_start
        and (c := cards.get(r.fact_id)) is not None
        and c.introduced_at is not None
        and c.introduced_at < day_start
    )
    return DoneToday(new_done, reviews_done)


@dataclass(frozen=True)
class Plan:
    now: datetime
    due_now: int  # cards a review session would ask at once (learning and reviews)
    new_today: int  # new facts it would introduce today
    ahead: datetime | None  # the first learning card within the learn-ahead window
    next_due: datetime | None  # when the next card falls due, after now
    new_waiting: int  # new facts beyond today's limit
    new_per_day: int
    reviews_capped: bool  # due reviews held back by the daily review limit

    @property
    def ready(self) -> bool:
        """Whether a review session has something to ask now or within the window."""
        return bool(self.due_now or self.new_today or self.ahead)


def plan(
    facts: list[str],
    cards: dict[str, CardState],
    now: datetime,
    settings: Settings,
    done: DoneToday,
    index: DueIndex | None = None,
) -> Plan:
    """`index`: the cards' due index, if one is kept (the same queue, without a rebuild)."""
    if index is not None:
        queue = index.queue(now, settings, done)
    else:
        queue = build_queue(facts, cards, now, settings, done)
    now_ready = [f for f in queue if f not in cards or not _waiting(cards[f], now)]
    waiting = [due_at(cards[f]) for f in queue if f in cards and _waiting(cards[f], now)]
    tally = index.counts(now) if index is not None else counts(facts, cards, now)
    new_today = sum(1 for f in now_ready if f not in cards or not cards[f].seen)
    next_due = datetime.fromtimestamp(tally.next_due_ts, now.tzinfo) if tally.next_due_ts else None
    return Plan(
        now=now,
        due_now=len(now_ready) - new_today,
        new_today=new_today,
        ahead=min(waiting) if waiting else None,
        next_due=next_due,
        new_waiting=tally.new - new_today,
        new_per_day=settings.new_per_day,
        reviews_capped=tally.due > len(now_ready) - new_today,
    )


def _waiting(card: CardState, now: datetime) -> bool:
    return is_learning(card) and due_at(card) > now


def plan_text(p: Plan, tz: str) -> str:
    """One line: what there is to do now, or when there will be something."""
    from quizapp.review.humanize import moment_text

    if p.due_now or p.new_today:
        parts = []
        if p.due_now:
            parts.append(f"{p.due_now} due now")
        if p.new_today:
            parts.append(f"{p.new_today} new")
        return ", ".join(parts) + ". Press s to study."
    if p.ahead is not None:
        return f"Nothing due. A learning card comes back at {moment_text(p.ahead, p.now, tz)}."
    line = "Nothing due."
    if p.reviews_capped:
        line = "Today's review limit is reached."
    if p.next_due is not None:
        line += f" Next card {_at(moment_text(p.next_due, p.now, tz))}"
    else:
        line += " No card is scheduled"
    if p.new_waiting:
        noun = "fact waits" if p.new_waiting == 1 else "facts wait"
        line += f"; {p.new_waiting} new {noun} for tomorrow (daily limit {p.new_per_day})"
    return line + "."


def _at(moment: str) -> str:
    return moment if moment.startswith(("tomorrow", "now")) else f"at {moment}"
