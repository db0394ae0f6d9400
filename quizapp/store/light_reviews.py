"""Reviews read as light rows for the guess measure, which runs at every study start.

A session starts by measuring how much the learner guesses (review.guessing) over the last
120 days of the log: tens of thousands of reviews for a daily learner. Building a `Review`
model for each cost over a second at 100k reviews, for nine of its fields. Here a month file
is parsed and validated in one pass by pydantic's JSON validator into a TypedDict of just
those fields (the others are skipped unread): the same checks on what is read, about a third
of the time. A month whose file does not validate that way is read the ordinary way
(`Review` models), which says what is wrong with it, or moves a corrupt file aside.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple, NotRequired

from pydantic import TypeAdapter
from typing_extensions import TypedDict

from quizapp.store.records import CardPhase, Mode, Review, VerdictKind


class AnswerDoc(TypedDict):
    """The stored fields the measure reads (defaults as in `Review`)."""

    learner: str
    fact_id: str
    item_id: str
    kind: str
    verdict: VerdictKind
    reviewed_at: datetime
    mode: NotRequired[Mode]
    override: NotRequired[bool]
    undone: NotRequired[bool]
    card_state: NotRequired[CardPhase | None]


MONTH_FILE = TypeAdapter(dict[str, dict[str, AnswerDoc]])
DOCUMENTS = TypeAdapter(list[AnswerDoc])


class AnswerRow(NamedTuple):
    """What the guess measure reads of one review."""

    fact_id: str
    item_id: str
    kind: str
    verdict: str
    mode: str
    override: bool
    undone: bool
    card_state: str | None
    reviewed_at: datetime

    @classmethod
    def of(cls, r: Review) -> AnswerRow:
        return cls(
            r.fact_id,
            r.item_id,
            r.kind,
            r.verdict,
            r.mode,
            r.override,
            r.undone,
            r.card_state,
            r.reviewed_at,
        )


def answer_rows(docs: list[AnswerDoc], learner: str, since: datetime | None) -> list[AnswerRow]:
    """The learner's reviews among these documents (made at `since` or later, if given: only
    the first month read needs the comparison, which costs as much as building the row)."""
    return [
        AnswerRow(
            d["fact_id"],
            d["item_id"],
            d["kind"],
            d["verdict"],
            d.get("mode", "scheduled"),
            d.get("override", False),
            d.get("undone", False),
            d.get("card_state"),
            d["reviewed_at"],
        )
        for d in docs
        if d["learner"] == learner and (since is None or d["reviewed_at"] >= since)
    ]
