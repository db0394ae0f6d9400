"""What the store keeps, as pydantic records. Every record carries the schema version.

Card state is the `fsrs` Card as its own dict plus what fsrs does not track: whether the
learner has seen the card, suspension, burial, lapses, the leech flag, and the last item asked.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from typing_extensions import TypedDict

SCHEMA_VERSION = 2
Mode = Literal["scheduled", "practice", "exam"]
VerdictKind = Literal["correct", "near_miss", "wrong", "self_graded", "revealed"]
CardPhase = Literal["new", "learning", "review", "relearning"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_version: int = SCHEMA_VERSION


def local_zone_name() -> str:
    """This machine's IANA time zone ($TZ, else where /etc/localtime points), else UTC."""
    import os
    from pathlib import Path

    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = str(Path("/etc/localtime").resolve())
        except OSError:
            target = ""
        name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


class Learner(Record):
    name: str = Field(min_length=1, max_length=64)
    created_at: datetime


class OptimizeRun(Record):
    """When `quizapp optimize` last ran and how well each parameter set predicted held-out
    reviews (lower is better)."""

    at: datetime
    reviews: int = Field(ge=0, description="reviews in the log used")
    held_out: int = Field(ge=0, description="reviews predicted, not trained on")
    log_loss_before: float
    log_loss_after: float
    rmse_before: float
    rmse_after: float
    adopted: bool = Field(description="the fitted parameters predicted better and are in use")


class Settings(Record):
    learner: str
    desired_retention: float = Field(default=0.9, ge=0.7, le=0.99)
    learning_steps_min: list[float] = Field(default_factory=lambda: [1.0, 10.0])
    relearning_steps_min: list[float] = Field(default_factory=lambda: [10.0])
    # a session stays open, counting down, for learning cards due within this many minutes
    learn_ahead_min: float = Field(default=20.0, ge=0, le=1440)
    maximum_interval_days: int = Field(default=36500, ge=1)
    new_per_day: int = Field(default=20, ge=0, le=9999)
    reviews_per_day: int = Field(default=200, ge=0, le=99999)
    day_starts_at_hour: int = Field(default=4, ge=0, le=23)
    timezone: str = Field(default_factory=lambda: local_zone_name())
    leech_threshold: int = Field(default=8, ge=1)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    theme: str = "textual-dark"
    backups_to_keep: int = Field(default=10, ge=1, le=1000)
    deck_retention: dict[str, float] = Field(
        default_factory=dict, description="desired retention per deck id, over the default"
    )
    fsrs_parameters: list[float] | None = Field(
        default=None, description="personal FSRS parameters from `quizapp optimize`"
    )
    optimized: OptimizeRun | None = None
    guessing_shown_at: datetime | None = Field(
        default=None, description="when the log first showed guessing (review.hindsight)"
    )

    @field_validator("deck_retention")
    @classmethod
    def _retention_range(cls, value: dict[str, float]) -> dict[str, float]:
        for deck, r in value.items():
            if not 0.7 <= r <= 0.99:
                raise ValueError(f"retention for {deck} must be between 0.70 and 0.99")
        return value

    def retention_for(self, deck_id: str | None) -> float:
        return self.deck_retention.get(deck_id or "", self.desired_retention)


class CardState(Record):
    learner: str
    deck_id: str
    fact_id: str
    fsrs: dict[str, Any] = Field(description="fsrs.Card.to_dict()")
    seen: bool = False
    suspended: bool = False
    buried_until: datetime | None = None
    lapses: int = 0
    reps: int = 0
    leech: bool = False
    last_item_id: str | None = None
    last_kind: str | None = None
    introduced_at: datetime | None = Field(
        default=None, description="first review, for new-card limits"
    )

    @property
    def key(self) -> str:
        return card_key(self.learner, self.deck_id, self.fact_id)


class Review(Record):
    id: str
    learner: str
    deck_id: str
    fact_id: str
    item_id: str
    kind: str
    verdict: VerdictKind
    rating: int | None = Field(default=None, ge=1, le=4, description="None: practice, no rating")
    response: str = Field(max_length=2000)
    duration_ms: int = Field(ge=0)
    reviewed_at: datetime
    session_id: str
    mode: Mode = "scheduled"
    override: bool = False
    undone: bool = False
    card_state: CardPhase | None = Field(
        default=None,
        description="the card's phase before this review (true retention uses 'review')",
    )


class DayTally(Record):
    """Answers per learner and study day, kept beside the log so streaks and charts are cheap."""

    learner: str
    day: date
    answered: int = Field(default=0, ge=0)
    correct: int = Field(default=0, ge=0)
    ms: int = Field(default=0, ge=0)


class ReviewRow(TypedDict):
    """The fields of a review that reports use: validated like a Review, but kept as a dict,
    which validates in half the time (reports read every review ever made)."""

    id: str
    learner: str
    deck_id: str
    fact_id: str
    kind: str
    verdict: VerdictKind
    rating: int | None
    duration_ms: int
    reviewed_at: datetime
    session_id: str
    mode: Mode
    undone: bool
    card_state: CardPhase | None


class Session(Record):
    id: str
    learner: str
    deck_id: str
    mode: Mode
    started_at: datetime
    ended_at: datetime | None = None
    answered: int = 0
    correct: int = 0


def card_key(learner: str, deck_id: str, fact_id: str) -> str:
    return f"{learner}|{deck_id}|{fact_id}"
