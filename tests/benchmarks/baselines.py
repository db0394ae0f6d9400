"""The schedulers quizapp is measured against, written from their published rules.

- Plain FSRS: the `fsrs` package's Scheduler with its default parameters, desired retention
  0.9, learning steps 1 and 10 minutes, relearning 10 minutes, no fuzz (for reproducibility).
  The same with the learner's true parameters is the oracle: a lower bound for what fitting
  parameters can reach (only the hidden difficulty per fact is unknown to it).
- SM-2 as Anki runs it with its default deck options (Anki manual, "Deck Options"): learning
  steps 1 and 10 minutes, graduating interval 1 day, starting ease 250%; a review answered
  Good gets (interval + days late / 2) x ease, at least interval + 1 day; a lapse takes 20
  points of ease (never below 130%), relearns in a 10-minute step and comes back after 1 day
  (new interval 0%, minimum 1 day); at 8 lapses the card is suspended as a leech.
- Leitner boxes, day-based as commonly taught: seven boxes reviewed every 1, 2, 4, 8, 16, 32
  and 64 days; a new card is shown on the day it is added and enters box 1; a right answer
  moves a card up a box, a wrong one back to box 1.

The learner grades itself honestly here (Good if recalled, Again if not): these are flashcard
schedulers, with no multiple choice to guess on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import fsrs

MINUTE, DAY = timedelta(minutes=1), timedelta(days=1)


class PlainFSRS:
    """With `parameters`, the learner's true ones: an oracle, the best FSRS can do with fitted
    parameters (the hidden difficulty per fact is still unknown to it)."""

    def __init__(
        self,
        parameters: tuple[float, ...] | None = None,
        retention: float = 0.9,
        name: str = "fsrs_plain",
    ) -> None:
        self.name = name
        self.scheduler = fsrs.Scheduler(
            parameters=parameters or fsrs.scheduler.DEFAULT_PARAMETERS,
            desired_retention=retention,
            enable_fuzzing=False,
        )
        self.cards: dict[str, fsrs.Card] = {}

    def add(self, fact: str, now: datetime) -> None:
        self.cards[fact] = fsrs.Card(card_id=len(self.cards) + 1, due=now)

    def due(self, fact: str) -> datetime | None:
        return self.cards[fact].due

    def review(self, fact: str, recalled: bool, now: datetime) -> None:
        rating = fsrs.Rating.Good if recalled else fsrs.Rating.Again
        self.cards[fact], _ = self.scheduler.review_card(self.cards[fact], rating, now)


@dataclass
class _SM2Card:
    due: datetime
    step: int | None = 0  # index into the (re)learning steps, None once in review
    relearning: bool = False
    interval: float = 0.0  # days
    ease: float = 2.5
    lapses: int = 0
    last: datetime | None = None
    suspended: bool = False


class AnkiSM2:
    name = "sm2_anki"
    LEARN = (1 * MINUTE, 10 * MINUTE)
    RELEARN = (10 * MINUTE,)
    LEECH = 8

    def __init__(self) -> None:
        self.cards: dict[str, _SM2Card] = {}

    def add(self, fact: str, now: datetime) -> None:
        self.cards[fact] = _SM2Card(due=now)

    def due(self, fact: str) -> datetime | None:
        c = self.cards[fact]
        return None if c.suspended else c.due

    def suspended(self) -> int:
        return sum(c.suspended for c in self.cards.values())

    def review(self, fact: str, recalled: bool, now: datetime) -> None:
        c = self.cards[fact]
        if c.step is not None:  # learning or relearning
            steps = self.RELEARN if c.relearning else self.LEARN
            c.step = c.step + 1 if recalled else 0
            if c.step < len(steps):
                c.due = now + steps[c.step]
            else:
                c.step, c.interval = None, max(1.0, c.interval) if c.relearning else 1.0
                c.due = now + c.interval * DAY
        elif recalled:
            late = max(0.0, (now - c.due) / DAY)
            c.interval = min(36500.0, max(c.interval + 1, (c.interval + late / 2) * c.ease))
            c.due = now + round(c.interval) * DAY
        else:
            c.lapses += 1
            c.ease = max(1.3, c.ease - 0.2)
            c.interval = 1.0  # new interval 0% of the old, minimum 1 day
            c.step, c.relearning = 0, True
            c.due = now + self.RELEARN[0]
            c.suspended = c.lapses >= self.LEECH
        c.last = now


class Leitner:
    name = "leitner"
    INTERVALS = (1, 2, 4, 8, 16, 32, 64)

    def __init__(self) -> None:
        self.box: dict[str, int] = {}
        self.next: dict[str, datetime] = {}

    def add(self, fact: str, now: datetime) -> None:
        self.box[fact], self.next[fact] = 0, now

    def due(self, fact: str) -> datetime | None:
        return self.next[fact]

    def review(self, fact: str, recalled: bool, now: datetime) -> None:
        box = min(len(self.INTERVALS), self.box[fact] + 1) if recalled else 1
        self.box[fact] = box
        self.next[fact] = now + self.INTERVALS[box - 1] * DAY
