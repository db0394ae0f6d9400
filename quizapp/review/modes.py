"""One policy object per study mode: what an answer does to the schedule, and what is asked.

- scheduled: FSRS review with the daily limits; a card reviewed today rests until tomorrow.
- practice: any facts, a shuffled pool asked once each; logged as practice, FSRS untouched.
- exam: reviews chosen so every studied fact's retrievability on the exam date reaches a
  target (see queue.exam_queue); every fact once before any fact twice.

The session asks its policy, never the mode's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.store.records import Mode


@dataclass(frozen=True)
class ModePolicy:
    mode: Mode
    schedules: bool  # an answer changes the card's FSRS state (and may be re-rated)
    buries: bool  # a card out of learning rests until the next study day
    counts_reviews: bool  # reviews of known facts count toward the daily review limit
    shuffled_pool: bool  # a shuffled pool of facts, each asked once, due or not
    exam_order: bool  # the exam queue, every fact once before any fact twice


# One row a mode, its columns the fields above in their order (a table, so aligned by hand).
# fmt: off
#                      mode         schedules buries counts_reviews shuffled_pool exam_order
SCHEDULED = ModePolicy("scheduled", True,     True,  True,          False,        False)
PRACTICE = ModePolicy("practice",   False,    False, False,         True,         False)
EXAM = ModePolicy("exam",           True,     False, False,         False,        True)
# fmt: on
POLICIES: dict[Mode, ModePolicy] = {p.mode: p for p in (SCHEDULED, PRACTICE, EXAM)}


def policy(mode: Mode) -> ModePolicy:
    return POLICIES[mode]
