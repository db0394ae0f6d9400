"""The Textual application: thin. Screens do the work, the service holds the logic."""

from __future__ import annotations

from textual import events
from textual.app import App

from quizapp.tui.screens.home import HomeScreen

MIN_WIDTH, MIN_HEIGHT = 60, 20


class QuizApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "quizapp"
    SUB_TITLE = "study what sticks"

    def on_mount(self) -> None:
        self.push_screen(HomeScreen())
        self._fit(self.size.width, self.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        """Below the minimum size, every screen shows one message instead of a broken layout."""
        too_small = width < MIN_WIDTH or height < MIN_HEIGHT
        self.set_class(too_small, "too-small")
