"""A session's turns: what was asked and answered, kept for undo, corrections and for choosing
what to ask next (an item already asked in this session waits)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

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
        return cls(frozenset(map(_ID, turns)), frozenset(map(_PROMPT, turns)))


_ID, _PROMPT = attrgetter("question.id"), attrgetter("question.prompt")


class AskedSoFar:
    """`Asked.of(turns)`, worked out again only when the turns changed: a session asks it
    of every candidate it weighs, and its turns change once an answer. The turns are compared
    with the copy kept (element by element, by identity first), so any change is seen."""

    def __init__(self) -> None:
        self._turns: list[Turn] | None = None
        self._asked = Asked(frozenset(), frozenset())

    def of(self, turns: list[Turn]) -> Asked:
        kept = self._turns
        if kept == turns:
            return self._asked
        if kept is not None and len(turns) > len(kept) and turns[: len(kept)] == kept:
            added, was = turns[len(kept) :], self._asked  # answers since: only theirs added
            self._asked = Asked(
                was.ids | set(map(_ID, added)), was.prompts | set(map(_PROMPT, added))
            )
        else:
            self._asked = Asked.of(turns)
        self._turns = list(turns)
        return self._asked
