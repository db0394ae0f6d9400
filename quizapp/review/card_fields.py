"""Typed reads of the fsrs card a CardState carries (the dict of `fsrs.Card.to_dict()`).

The one module that knows the dict's keys and encodings; everything else asks these.
"""

from __future__ import annotations

from datetime import datetime

from quizapp.store.records import CardState

LEARNING, REVIEW, RELEARNING = 1, 2, 3  # fsrs.State values


def fsrs_state(card: CardState) -> int:
    """1 learning, 2 review, 3 relearning (a card never reviewed reads as learning)."""
    return int(card.fsrs.get("state") or LEARNING)


def due(card: CardState) -> datetime:
    return datetime.fromisoformat(str(card.fsrs["due"]))


def last_review(card: CardState) -> datetime | None:
    last = card.fsrs.get("last_review")
    return datetime.fromisoformat(str(last)) if last else None


def stability(card: CardState, default: float) -> float:
    """Days for recall to fall to 90%; `default` where fsrs has none yet."""
    return float(card.fsrs.get("stability") or default)
