"""What a session still means to ask, and when: the mode's queue, the limits, the asks so far.

The session's turn loop asks this which facts are askable now (`askable`), which of them are
ready (a learning card waits for its step, within the learn-ahead window), and tells it of
every changed card (`set_card`), so the scheduled queue (`DueIndex`) stays up to date answer
by answer instead of being rebuilt from every card.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from fsrs import Scheduler

from quizapp.generate.question import Question
from quizapp.review import queue as q
from quizapp.review.due_index import DueIndex
from quizapp.review.modes import ModePolicy
from quizapp.review.scheduler import due_at, is_learning
from quizapp.store.records import CardState, Settings
from quizapp.store.repository import ProgressStore

MAX_ASKS_PER_FACT = 8  # a session never loops on one fact
PRACTICE_POOL = 20  # facts in a practice session without a limit


@dataclass(frozen=True)
class Exam:
    date: datetime | None
    target: float


@dataclass
class Asking:
    facts: list[str]
    cards: dict[str, CardState]  # the session's cards: the same dict, changed through set_card
    items: Mapping[str, list[Question]]  # only facts that have questions; may be lazy
    policy: ModePolicy
    settings: Settings
    scheduler: Scheduler
    limit: int | None
    exam: Exam
    index: DueIndex | None  # None: the queue rebuilt every time (the reference for tests)
    today: q.DoneToday = q.NOTHING_DONE  # new facts and reviews done today, for the daily limits
    asked: Counter[str] = field(default_factory=Counter)
    practice: list[str] = field(default_factory=list)
    # while an answer is being saved: (fact, its card before) for every set_card, so a failed
    # save puts back the few cards it changed (rollback.py) without copying all of them first
    changes: list[tuple[str, CardState | None]] | None = None
    # the index's kept queue (DueIndex.kept) the askable facts were last worked out from
    _askable_kept: tuple[object, list[str]] = (None, [])

    def shuffle_practice(self, rng: random.Random) -> None:
        """Practice: the pool of askable facts (none suspended), shuffled once."""
        order = [
            f
            for f in self.facts
            if f in self.items and not ((c := self.cards.get(f)) is not None and c.suspended)
        ]
        rng.shuffle(order)
        self.practice = order[: self.limit or PRACTICE_POOL]

    def candidates(self, now: datetime) -> list[str]:
        if self.policy.shuffled_pool:
            return [f for f in self.practice if self.asked[f] == 0]
        if self.policy.exam_order:
            return self._exam_candidates(now)
        if self.index is not None:
            return self.index.queue(now, self.settings, self.today)
        return q.build_queue(self.facts, self.cards, now, self.settings, self.today)

    def _exam_candidates(self, now: datetime) -> list[str]:
        assert self.exam.date is not None
        studied = q.exam_queue(
            self.facts,
            self.cards,
            now,
            self.exam.date,
            self.exam.target,
            self.scheduler,
            q.learn_ahead(self.settings),
        )
        new = [f for f in self.facts if not (self.cards.get(f) and self.cards[f].seen)]
        return studied + new[: self.today.new_left(self.settings)]

    def askable(
        self, now: datetime, answered: int, spent: Callable[[str], bool] = lambda f: False
    ) -> list[str]:
        """Every fact this session still means to ask, in order; learning cards among them
        may not be due yet (they come within the learn-ahead window)."""
        if self.limit is not None and answered >= self.limit:
            return []
        # `in`, not `get`: a lazy mapping would decode every queued fact's questions; its
        # keys' view tests the few hundred queued facts (twice an answer) in C
        asked, known = self.asked, self.items.keys()
        queue = self.candidates(now)
        over = max(asked.values(), default=0) >= MAX_ASKS_PER_FACT  # rare: some fact asked enough
        indexed = self.index is not None and not (
            self.policy.exam_order or self.policy.shuffled_pool
        )
        kept = self.index.kept if indexed and self.index is not None else None  # see candidates
        if kept is not None and not over and self._askable_kept[0] is kept:
            return list(self._askable_kept[1])  # the same queue as the last time: the same facts
        facts = list(filter(known.__contains__, dict.fromkeys(queue)))
        if over:
            facts = [f for f in facts if asked[f] < MAX_ASKS_PER_FACT]
        if self.policy.exam_order:  # every fact once before any fact twice, and never an item
            # twice: a fact whose items were all asked comes back only when no other is left
            fresh = [f for f in facts if not (self.asked[f] > 0 and spent(f))]
            facts = sorted(fresh or facts, key=lambda f: self.asked[f])
        if kept is not None and not over:
            self._askable_kept = (kept, list(facts))
        return facts

    def ready(self, fact_id: str, now: datetime) -> bool:
        card = self.cards.get(fact_id)
        return (
            self.policy.shuffled_pool
            or card is None
            or not is_learning(card)
            or due_at(card) <= now
        )

    def set_card(self, fact_id: str, card: CardState | None) -> None:
        """Change one card in memory (None: forget it), and the queue with it."""
        if self.changes is not None:
            self.changes.append((fact_id, self.cards.get(fact_id)))
        if card is None:
            self.cards.pop(fact_id, None)
        else:
            self.cards[fact_id] = card
        if self.index is not None:
            self.index.update(fact_id, card)


def cards_and_index(
    store: ProgressStore,
    learner: str,
    deck_id: str,
    facts: list[str],
    queued: bool,
    indexed: tuple[dict[str, CardState], DueIndex] | None,
) -> tuple[dict[str, CardState], DueIndex | None]:
    """The session's cards and due index: the ones already built (`indexed`, the service's,
    from asking whether anything is due) when the session keeps a queue, else read and built
    here; no index for a session without a queue (practice, exam, the reference tests)."""
    if indexed is not None and queued:
        return indexed
    cards = store.cards(learner, deck_id)
    return cards, (DueIndex(facts, cards) if queued else None)
