"""The few marks of a card that the home screen's counts need, and the counting rules.

Kept free of pydantic and fsrs imports, so the app can show its numbers from a small cache
before the domain has loaded (see quizapp.home_cache). queue.counts uses the same rules, and
so do `status`, `report` and the reports screen: one definition of each count, everywhere.

- new: never studied (and not suspended);
- learning: in learning or relearning steps (not suspended), due or not, buried or not;
- due: what could be asked now: not suspended, not buried, studied and due by now,
  learning cards included (as Anki's due-now figure does);
- known: in review (past the learning steps), not suspended.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple, Protocol


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
    known: int = 0
    next_due_ts: float | None = None  # the first moment after now a card falls due
    week: tuple[int, ...] = ()  # cards falling due on each of the coming days (today first)


class Marked(Protocol):
    """What count_marks reads of a card: Marks, or anything with the same fields (the due
    index's parsed entries, which would otherwise build a Marks per card at every open)."""

    @property
    def seen(self) -> bool: ...
    @property
    def suspended(self) -> bool: ...
    @property
    def leech(self) -> bool: ...
    @property
    def learning(self) -> bool: ...
    @property
    def due_ts(self) -> float: ...  # read only for a card seen
    @property
    def buried_ts(self) -> float | None: ...


def count_marks(
    marks: Iterable[Marked | None], now_ts: float, day_ends: Sequence[float] = ()
) -> Counts:
    """Counts over a deck's facts (None: a fact never studied) at the moment now_ts.

    day_ends: the instants the coming study days end (today's first); `week` then counts
    the cards falling due in each (today's count includes what is overdue)."""
    new = learning = due = suspended = leeches = known = 0
    next_due: float | None = None
    week = [0] * len(day_ends)
    for m in marks:
        if m is not None and m.leech:
            leeches += 1
        if m is not None and m.suspended:
            suspended += 1
            continue
        if m is None or not m.seen:
            new += 1
            continue
        if m.learning:
            learning += 1
        else:
            known += 1
        ready_ts = max(m.due_ts, m.buried_ts or m.due_ts)  # buried: not before the burial ends
        if ready_ts <= now_ts:
            due += 1
        elif next_due is None or ready_ts < next_due:
            next_due = ready_ts
        for i, end in enumerate(day_ends):
            if ready_ts < end:
                week[i] += 1
                break
    return Counts(new, learning, due, suspended, leeches, known, next_due, tuple(week))


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
