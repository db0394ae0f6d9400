"""The footer every screen uses: compact, so a screen's keys fit in 80 columns."""

from __future__ import annotations

from textual.widgets import Footer


class AppFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)
