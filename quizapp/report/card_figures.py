"""The report's card figures (states, due now, facts known now, the 30-day forecast) in one
pass over the cards.

The pass before read each card's fsrs fields several times over (its due moment was parsed
three times: for the counts, for the state and for the forecast) and found each due card's
study day through its time zone. Here each field is parsed once, and the forecast's day is
found by binary search among the next study days' starts (as the review figures find their
days: figures._days_of), so a card costs a few dict reads, two timestamp parses and one
retrievability. The figures are those of figures.py's conventions, to the last bit (the same
sums in the same order; tests/report/test_card_figures.py checks it against the pass before).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple, cast

from quizapp.report.recall import Memory
from quizapp.report.tally import MATURE
from quizapp.review import card_fields
from quizapp.review.day import StudyDay
from quizapp.review.marks import Marks, count_marks
from quizapp.review.scheduler import make_scheduler
from quizapp.store.records import CardState, Settings

if TYPE_CHECKING:
    import fsrs

FORECAST_DAYS = 30
STATES = ("new", "learning", "young", "mature", "suspended", "leech")


class CardFigures(NamedTuple):
    states: dict[str, int]
    due_now: int
    known_now: float
    forecast: list[tuple[date, int]]


def card_figures(
    cards: list[CardState],
    settings: Settings,
    deck_id: str | None,
    now: datetime,
    day: Callable[[datetime], date],
) -> CardFigures:
    """The card figures of these cards at `now`; `day` gives a moment's study day."""
    scheduler = make_scheduler(settings, deck_id=deck_id)
    today = day(now)
    start_of = StudyDay.of(settings).start_of
    # the ends of today and the next days: a due moment before the first is due today
    ends = [start_of(today + timedelta(days=i)).timestamp() for i in range(1, FORECAST_DAYS + 1)]
    per_day = [0] * FORECAST_DAYS
    marks: list[Marks] = []
    ages = [0, 0]  # young, mature
    known = 0.0
    for c in cards:
        buried = c.buried_until.timestamp() if c.buried_until else None
        if not c.seen:
            marks.append(Marks(False, c.suspended, c.leech, False, 0.0, buried))
            continue
        fsrs_card = c.fsrs
        state = int(fsrs_card.get("state") or card_fields.LEARNING)
        due = datetime.fromisoformat(str(fsrs_card["due"]))
        due_ts = due.timestamp()
        learning = state in (card_fields.LEARNING, card_fields.RELEARNING)
        marks.append(Marks(True, c.suspended, c.leech, learning, due_ts, buried))
        if c.suspended:
            continue
        last = fsrs_card.get("last_review")
        last_at = datetime.fromisoformat(str(last)) if last else None
        known += _recall(scheduler, last_at, fsrs_card.get("stability"), now)
        if state == card_fields.REVIEW and last_at:
            ages[(due - last_at) >= MATURE] += 1
        if (n := bisect_right(ends, due_ts)) < FORECAST_DAYS:
            per_day[n] += 1
    tally = count_marks(marks, now.timestamp())
    states = dict.fromkeys(STATES, 0) | {
        "new": tally.new,
        "learning": tally.learning,
        "young": ages[0],
        "mature": ages[1],
        "suspended": tally.suspended,
        "leech": tally.leeches,
    }
    forecast = [(today + timedelta(days=i), per_day[i]) for i in range(FORECAST_DAYS)]
    return CardFigures(states, tally.due, known, forecast)


def _recall(
    scheduler: fsrs.Scheduler, last: datetime | None, stability: object, now: datetime
) -> float:
    """fsrs's retrievability of a card seen (as report.recall.recall_now reads it)."""
    memory = Memory(last, float(stability) if stability else None)  # type: ignore[arg-type]
    return float(scheduler.get_card_retrievability(cast("fsrs.Card", memory), now))
