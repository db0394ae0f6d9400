"""The bases of quizapp's screens: the app as a `QuizContext`, and the too-small message.

Full screens derive from `QuizScreen`, modal ones (pickers, help) from `QuizModal`; both
yield `too_small()` first in `compose`, and app.tcss shows it instead of the layout while
the app has the "too-small" class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual.screen import ModalScreen, Screen

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


class QuizModal(ModalScreen[ResultType]):
    """A modal (a picker, the help): over a window too small, the same message as a screen."""

    @staticmethod
    def too_small() -> TooSmall:
        return TooSmall()
