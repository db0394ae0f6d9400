"""The base of quizapp's full screens: the app as a `QuizContext`, and the too-small message."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual.screen import Screen

from quizapp.tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from quizapp.tui.context import QuizContext

ResultType = TypeVar("ResultType")


class QuizScreen(Screen[ResultType]):
    @property
    def quiz(self) -> QuizContext:
        """The running app, as far as a screen needs to know it."""
        return cast("QuizContext", self.app)

    @staticmethod
    def too_small() -> TooSmall:
        """Shown instead of the layout below the minimum size (the app sets the class)."""
        return TooSmall()
