"""The message every screen shows instead of its layout when the window is too small."""

from __future__ import annotations

from textual.widgets import Static

MESSAGE = "Make the window larger (at least 60 x 20) to use quizapp."


class TooSmall(Static):
    def __init__(self) -> None:
        super().__init__(MESSAGE, id="too-small")
