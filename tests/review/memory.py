"""A learner's hidden memory, apart from any scheduler: FSRS-6's formulas with the learner's
own parameters and a hidden difficulty per fact.

Whether the learner recalls a fact is drawn from this memory's retrievability; the memory then
moves as FSRS says it would after a Good (recalled) or an Again (forgotten, then shown the
answer). Schedulers under test never see it: they see only the answers.

With `per_fact` the draws come from one random stream per fact (seeded from `rng` and the
fact's id): a fact's k-th attempt draws the same number, and the fact gets the same hidden
difficulty, whichever scheduler asks it and whatever else it asks in between (common random
numbers). Two schedulers that schedule a fact alike then see the same answers, so a paired
comparison measures the schedulers, not the luck of the draw.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime

import fsrs

DEFAULTS: tuple[float, ...] = tuple(fsrs.scheduler.DEFAULT_PARAMETERS)
# Forgets faster and on a differently shaped curve: first stabilities at 35% of the defaults,
# slower growth, and a decay of 0.6 (the defaults' 0.154 is a flatter power curve).
MISMATCHED: tuple[float, ...] = (
    *(w * 0.35 for w in DEFAULTS[:4]),
    *DEFAULTS[4:8],
    DEFAULTS[8] - 0.5,
    *DEFAULTS[9:20],
    0.6,
)
FIRST_SIGHT = 0.5  # chance of knowing a fact before it was ever reviewed


class HiddenMemory:
    def __init__(
        self,
        parameters: Sequence[float],
        rng: random.Random,
        difficulty_spread: float = 1.5,
        per_fact: bool = False,
    ) -> None:
        self.model = fsrs.Scheduler(
            parameters=tuple(parameters),
            learning_steps=(),
            relearning_steps=(),
            enable_fuzzing=False,
        )
        self.rng = rng
        self.spread = difficulty_spread
        self.cards: dict[str, fsrs.Card] = {}
        self.base = rng.getrandbits(64) if per_fact else None
        self.streams: dict[str, random.Random] = {}

    def _rng(self, fact: str) -> random.Random:
        if self.base is None:
            return self.rng
        if fact not in self.streams:
            self.streams[fact] = random.Random(f"{self.base}:{fact}")
        return self.streams[fact]

    def recall_probability(self, fact: str, now: datetime) -> float:
        card = self.cards.get(fact)
        if card is None:
            return FIRST_SIGHT
        return float(self.model.get_card_retrievability(card, current_datetime=now))

    def stability(self, fact: str) -> float | None:
        """The fact's hidden stability in days (None: never attempted)."""
        card = self.cards.get(fact)
        return None if card is None or card.stability is None else float(card.stability)

    def last_seen(self, fact: str) -> datetime | None:
        card = self.cards.get(fact)
        return card.last_review if card else None

    def attempt(self, fact: str, now: datetime) -> bool:
        """Try to recall the fact now; the memory learns from the attempt and the feedback."""
        rng = self._rng(fact)
        recalled = rng.random() < self.recall_probability(fact, now)
        first = fact not in self.cards
        card = self.cards.get(fact) or fsrs.Card(card_id=len(self.cards) + 1, due=now)
        rating = fsrs.Rating.Good if recalled else fsrs.Rating.Again
        card, _ = self.model.review_card(card, rating, review_datetime=now)
        if first and card.difficulty is not None:  # this fact's own, hidden difficulty
            card.difficulty = min(10.0, max(1.0, card.difficulty + rng.gauss(0, self.spread)))
        self.cards[fact] = card
        return recalled
