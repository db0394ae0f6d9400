"""What a screen may ask of the app it runs in: the learner, the clock, the service.

Screens depend on this protocol, not on the concrete `QuizApp`, so `tui.app` imports the
screens and no screen imports `tui.app` (an import contract keeps it so). A test can run a
screen in any App that provides these.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from quizapp.clock import Clock
    from quizapp.service import StudyService
    from quizapp.store.records import Mode


class QuizContext(Protocol):
    db: Path
    learner: str
    clock: Clock
    read_only: bool
    timer: Callable[[], float]  # answer durations and the elapsed clock (fixed in tests)
    blink: bool  # cursor blink (off for snapshot tests)

    def ensure_service(self) -> StudyService:
        """The study service, opened on first use (may raise a StoreError)."""
        ...

    def service_or_say(self) -> StudyService | None:
        """The service, or None after telling the learner in one line why it cannot open."""
        ...

    def start_study(
        self, deck: str, mode: Mode, *, topic: str | None = None, exam_date: datetime | None = None
    ) -> None: ...

    def reopen_read_only(self) -> None: ...

    def say_cache_notices(self) -> None:
        """From a worker: each damaged cache entry met (and rebuilt), in a notification."""
        ...

    def open_browse(self, deck: str) -> None: ...
