"""A learner's progress apart from any deck: learners, settings, personal parameters, streak."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from quizapp.review.day import StudyDay
from quizapp.review.marks import streak_and_week
from quizapp.store.records import DayTally, OptimizeRun, Settings
from quizapp.store.repository import ProgressStore


@dataclass(frozen=True)
class Today:
    answered: int
    correct: int
    ms: int
    streak: int
    week: list[DayTally]


class LearnerProgress:
    def __init__(self, store: ProgressStore) -> None:
        self.store = store

    def learners(self) -> list[str]:
        return [lr.name for lr in self.store.learners()]

    def settings(self, learner: str) -> Settings:
        return self.store.settings(learner)

    def save_settings(self, settings: Settings) -> None:
        self.store.save_settings(settings)

    def optimize(self, learner: str, now: datetime) -> OptimizeRun:
        """Fit FSRS parameters to the learner's log; adopted (and saved) if they predict the
        held-out reviews better. Raises review.optimize.OptimizeError if the log is too short."""
        from quizapp.review.optimize import apply, fit

        settings = self.store.settings(learner)
        result = fit(self.store.reviews(learner), settings, now)
        if not self.store.read_only:
            self.store.save_settings(apply(settings, result))
        return result.run

    def optimize_status(self, learner: str) -> str:
        """When personal parameters were last fitted, and whether they are in use."""
        from quizapp.review.personal import last_run

        return last_run(self.store.settings(learner))

    def optimize_suggestion(self, learner: str) -> str | None:
        """A one-line nudge once the learner has answered enough (from the day tallies)."""
        from quizapp.review.personal import suggestion

        answered = sum(t.answered for t in self.store.day_tallies(learner))
        return suggestion(self.store.settings(learner), answered)

    def today(self, learner: str, at: datetime) -> Today:
        """Today's answers, the streak of study days, and the last 7 days, from the day tallies."""
        s = self.store.settings(learner)
        streak, week = streak_and_week(self.tallies(learner), StudyDay.of(s).day(at))
        days = [
            DayTally(learner=learner, day=d, answered=a, correct=c, ms=ms) for d, a, c, ms in week
        ]
        return Today(days[-1].answered, days[-1].correct, days[-1].ms, streak, days)

    def tallies(self, learner: str) -> dict[date, tuple[int, int, int]]:
        """Answered, correct and milliseconds of each day the learner answered anything."""
        return {
            t.day: (t.answered, t.correct, t.ms)
            for t in self.store.day_tallies(learner)
            if t.answered
        }
