"""Which cards are due: a first cut used by the store benchmark (the full queue comes later)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from quizapp.store.records import CardState


def due_cards(cards: Iterable[CardState], now: datetime | str) -> list[CardState]:
    stamp = now if isinstance(now, str) else now.isoformat()
    due = [c for c in cards if c.seen and not c.suspended and c.fsrs["due"] <= stamp]
    return sorted(due, key=lambda c: c.fsrs["due"])
