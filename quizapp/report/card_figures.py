"""The report's card figures (states, due now, facts known now, the 30-day forecast) in one
pass over the cards.

The pass before read each card's fsrs fields several times over (its due moment was parsed
three times: for the counts, for the state and for the forecast) and found each due card's
study day through its time zone. Here each field is parsed once, and the forecast's day is
found by binary search among the next study days' starts (as the review figures find their
days: figures._days_of), so a card costs a few dict reads, two timestamp parses and one
retrievability (fsrs's formula with its own constants). The figures are those of figures.py's
conventions, to the last bit (the same sums in the same order): tests/report/
test_report_fast_path.py checks them against the pass before, kept in
tests/report/reference_report.py.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple, cast

from quizapp.report.recall import Memory
from quizapp.report.tally import MATURE
from quizapp.review import card_fields
from quizapp.review.day import StudyDay
from quizapp.review.marks import Counts, Marks, count_marks
from quizapp.review.scheduler import make_scheduler
from quizapp.store.records import CardState, Settings

if TYPE_CHECKING:
    import fsrs

FORECAST_DAYS = 30
LEARNING_STATES = (card_fields.LEARNING, card_fields.RELEARNING)
STATES = ("new", "learning", "young", "mature", "suspended", "leech")


class CardFigures(NamedTuple):
    states: dict[str, int]
    due_now: int
    known_now: float
    forecast: list[tuple[date, int]]


def card_figures(
    cards: Iterable[CardState],
    settings: Settings,
    deck_id: str | None,
    now: datetime,
    day: Callable[[datetime], date],
) -> CardFigures:
    """The card figures of these cards (those of the deck `deck_id`, if one) at `now`; `day`
    gives a moment's study day."""
    scheduler = make_scheduler(settings, deck_id=deck_id)
    today = day(now)
    start_of = StudyDay.of(settings).start_of
    # the ends of today and the next days: a due moment before the first is due today
    ends = [start_of(today + timedelta(days=i)).timestamp() for i in range(1, FORECAST_DAYS + 1)]
    per_day = [0] * FORECAST_DAYS
    marks: list[Marks] = []
    ages = [0, 0]  # young, mature
    known = 0.0
    recall = _recall_of(scheduler, now)
    parse, add = datetime.fromisoformat, marks.append
    for c in cards:
        if deck_id is not None and c.deck_id != deck_id:
            continue
        buried = c.buried_until.timestamp() if c.buried_until else None
        if not c.seen:
            add(Marks(False, c.suspended, c.leech, False, 0.0, buried))
            continue
        fsrs_card = c.fsrs
        state = int(fsrs_card.get("state") or card_fields.LEARNING)
        due = parse(str(fsrs_card["due"]))
        due_ts = due.timestamp()
        add(Marks(True, c.suspended, c.leech, state in LEARNING_STATES, due_ts, buried))
        if c.suspended:
            continue
        if last := fsrs_card.get("last_review"):
            last_at = parse(str(last))
            if stability := fsrs_card.get("stability"):
                known += recall(last_at, float(stability))
            if state == card_fields.REVIEW:
                ages[(due - last_at) >= MATURE] += 1
        if (n := bisect_right(ends, due_ts)) < FORECAST_DAYS:
            per_day[n] += 1
    tally = count_marks(marks, now.timestamp())
    forecast = [(today + timedelta(days=i), per_day[i]) for i in range(FORECAST_DAYS)]
    return CardFigures(_states(tally, ages), tally.due, known, forecast)


def _states(tally: Counts, ages: list[int]) -> dict[str, int]:
    """Cards by state, in STATES' order: the counts' rules (review.marks) and the ages
    (young, mature) of the cards in review."""
    return dict.fromkeys(STATES, 0) | {
        "new": tally.new,
        "learning": tally.learning,
        "young": ages[0],
        "mature": ages[1],
        "suspended": tally.suspended,
        "leech": tally.leeches,
    }


def _recall_of(scheduler: fsrs.Scheduler, now: datetime) -> Callable[[datetime, float], float]:
    """fsrs's retrievability at `now` of a card last reviewed at a moment with a stability
    (as report.recall.recall_now reads it): its own formula, written out with its own
    constants when the scheduler shows them (no fsrs Card per card), else asked of it."""
    factor, decay = getattr(scheduler, "_FACTOR", None), getattr(scheduler, "_DECAY", None)
    if isinstance(factor, float) and isinstance(decay, float):

        def curve(last: datetime, stability: float) -> float:
            return float((1 + factor * max(0, (now - last).days) / stability) ** decay)

        return curve

    def asked(last: datetime, stability: float) -> float:
        memory = Memory(last, stability)
        return float(scheduler.get_card_retrievability(cast("fsrs.Card", memory), now))

    return asked
