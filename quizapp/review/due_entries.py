"""A card's moments and flags as the due index keeps them: parsed once, when the index is
built or the card changes (ten thousand at every open, so a plain tuple built in C)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from quizapp.review.card_fields import LEARNING, RELEARNING
from quizapp.review.marks import Marks
from quizapp.store.records import CardState


class Entry(NamedTuple):  # a tuple: ten thousand are built at every open
    seen: bool
    suspended: bool
    leech: bool
    learning: bool
    due_ts: float
    buried_ts: float | None
    last_us: int | None  # the last review, in whole microseconds since the epoch
    stability: float
    rate: float  # overdueness gained per second (0 if never reviewed)

    @property
    def ready_ts(self) -> float:
        return self.due_ts if self.buried_ts is None else max(self.due_ts, self.buried_ts)

    def available(self, now_ts: float) -> bool:
        return not self.suspended and (self.buried_ts is None or self.buried_ts <= now_ts)

    @property
    def marks(self) -> Marks:
        """What queue.marks_of gives for the card, from the moments parsed already."""
        due = self.due_ts if self.seen else 0.0
        return Marks(self.seen, self.suspended, self.leech, self.learning, due, self.buried_ts)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def micros(at: datetime) -> int:
    """A moment as whole microseconds since the epoch: exact, so that a difference of two
    gives the very float `(a - b).total_seconds()` gives (integer microseconds / 10**6)."""
    return (at - _EPOCH) // _MICROSECOND


def entry_of(card: CardState, _parse: Callable[[str], datetime] = datetime.fromisoformat) -> Entry:
    """The card's moments parsed once. What card_fields and the scheduler read (the fsrs
    dict's due, last review, stability and state), read here in one go: ten thousand are
    built at every open (tests/review/test_due_index_entries.py checks it against them)."""
    fsrs = card.fsrs
    last = fsrs.get("last_review")
    stability = float(fsrs.get("stability") or 1.0)
    last_us = micros(_parse(str(last))) if last else None
    buried = card.buried_until
    return _new_entry(  # the fields in Entry's order, built in C (not by keyword)
        Entry,
        (
            card.seen,
            card.suspended,
            card.leech,
            card.seen and int(fsrs.get("state") or LEARNING) in (LEARNING, RELEARNING),
            _parse(str(fsrs["due"])).timestamp(),
            buried.timestamp() if buried else None,
            last_us,
            stability,
            0.0 if last_us is None else 1 / (86400 * stability),
        ),
    )


_new_entry = tuple.__new__
