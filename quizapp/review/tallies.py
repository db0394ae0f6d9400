"""The learner's tally per study day (answered, right, time), kept as a session changes it.

Read from the store once per day and then kept here, so that an answer, an undo or a
correction commits the day's new tally in the same store call as its card and review.
"""

from __future__ import annotations

from datetime import date, datetime

from quizapp.review.day import StudyDay
from quizapp.store.records import DayTally
from quizapp.store.repository import ProgressStore


class DayTallies:
    def __init__(self, store: ProgressStore, learner: str, day: StudyDay) -> None:
        self.store, self.learner, self.day = store, learner, day
        self._tallies: dict[date, DayTally] = {}

    def bump(self, now: datetime, answered: int, correct: int, ms: int) -> DayTally:
        """The day's tally after adding (or, with negative numbers, taking back) one answer."""
        day = self.day.day(now)
        current = self._tallies.get(day) or self.store.day_tally(self.learner, day)
        updated = current.model_copy(
            update={
                "answered": max(0, current.answered + answered),
                "correct": max(0, current.correct + correct),
                "ms": max(0, current.ms + ms),
            }
        )
        self._tallies[day] = updated
        return updated

    def snapshot(self) -> dict[date, DayTally]:
        """The days' tallies as they stand (an answer that fails to save restores them)."""
        return dict(self._tallies)

    def restore(self, snapshot: dict[date, DayTally]) -> None:
        self._tallies = dict(snapshot)
