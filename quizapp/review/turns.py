"""A session's turns: what was asked and answered, kept for undo, corrections and for choosing
what to ask next (an item already asked in this session waits)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.generate.question import Question
from quizapp.review.feedback import Feedback
from quizapp.store.records import CardState, Review


@dataclass
class Turn:
    fact_id: str
    question: Question
    before: CardState | None
    review: Review
    feedback: Feedback
    rng_state: tuple[object, ...] = ()  # the generator before scheduling: a re-rating replays it


@dataclass(frozen=True)
class Asked:
    """The items a session has asked: by id, and by prompt (two items of one fact can read
    the same)."""

    ids: frozenset[str]
    prompts: frozenset[str]

    @classmethod
    def of(cls, turns: Sequence[Turn]) -> Asked:
        return cls(
            frozenset(t.question.id for t in turns), frozenset(t.question.prompt for t in turns)
        )
