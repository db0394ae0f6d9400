"""A session asked for on the command line (`quizapp study --deck D --limit N ...`): the app
opens it at once instead of waiting on the home screen (review r325: the options were
silently dropped, and the home screen's first deck was studied without a limit)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.store.records import Mode


@dataclass(frozen=True)
class Launch:
    deck: str
    mode: Mode = "scheduled"
    topic: str | None = None  # a topic's id or title, as typed
    limit: int | None = None
    exam_date: datetime | None = None
    exam_target: float = 0.9
