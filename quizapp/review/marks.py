"""The few marks of a card that the home screen's counts need, and the counting rules.

Kept free of pydantic and fsrs imports, so the app can show its numbers from a small cache
before the domain has loaded (see quizapp.home_cache). queue.counts uses the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple


class Marks(NamedTuple):
    seen: bool
    suspended: bool
    leech: bool
    learning: bool
    due_ts: float  # POSIX seconds
    buried_ts: float | None


@dataclass(frozen=True)
class Counts:
    new: int
    learning: int
    due: int
    suspended: int
    leeches: int


def count_marks(marks: Iterable[Marks | None], now_ts: float) -> Counts:
    """Counts over a deck's facts (None: a fact never studied) at the moment now_ts."""
    new = learning = due = suspended = leeches = 0
    for m in marks:
        if m is not None and m.leech:
            leeches += 1
        if m is not None and m.suspended:
            suspended += 1
        elif m is None or not m.seen:
            new += 1
        elif m.buried_ts is not None and m.buried_ts > now_ts:
            continue
        elif m.learning:
            learning += 1
        elif m.due_ts <= now_ts:
            due += 1
    return Counts(new, learning, due, suspended, leeches)


def streak_and_week(
    answered_on: dict[date, tuple[int, int, int]], today: date
) -> tuple[int, list[tuple[date, int, int, int]]]:
    """The run of study days up to today (or yesterday), and the last 7 days' tallies
    (day, answered, correct, ms), from tallies of days with at least one answer."""
    cursor = today if today in answered_on else today - timedelta(days=1)
    streak = 0
    while cursor in answered_on:
        streak += 1
        cursor -= timedelta(days=1)
    week = []
    for i in range(6, -1, -1):
        d = today - timedelta(days=i)
        answered, correct, ms = answered_on.get(d, (0, 0, 0))
        week.append((d, answered, correct, ms))
    return streak, week
