"""What the home screen shows, apart from the screen: its data, its message, its rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from rich.text import Text

    from quizapp.review.marks import Counts
    from quizapp.service import DeckStatus, Today

    # id, title, new, learning, due, suspended, known bar, next due, 7-day sparkline
    DeckRow = tuple[str, str, str, str, str, str, Text, str, Text]


@dataclass(frozen=True)
class HomeData:
    decks: list[DeckStatus]
    today: Today | None
    learner: str
    read_only: bool
    theme: str
    broken: tuple[tuple[str, int], ...] = ()  # deck files that do not load: (path, problems)
    suggestion: str | None = None  # e.g. run `quizapp optimize`


def plan_line(status: DeckStatus) -> str:
    from quizapp.review.plan import plan_text

    return plan_text(status.plan, status.timezone) if status.plan is not None else ""


COLUMNS = ("Deck", "New", "Learn", "Due", "Susp.", "Progress", "Next", "7 days")


class HomeLoaded(Message):
    def __init__(self, data: HomeData | None, error: str | None) -> None:
        self.data = data
        self.error = error
        super().__init__()


def broken_text(broken: tuple[tuple[str, int], ...]) -> str:
    """Deck files that do not load, each with the command that says what is wrong."""
    lines = [
        f"Not loaded: {path} ({n} problem{'s' if n != 1 else ''}); "
        f"run `quizapp validate {path}` to see them."
        for path, n in broken
    ]
    return "\n".join(lines)


def deck_rows(decks: list[tuple[str, str, Counts]], now: datetime, timezone: str) -> list[DeckRow]:
    """One row per deck: its id, title and the cells after the title (see COLUMNS)."""
    from quizapp.tui.widgets.deck_row import known_bar, next_due, sparkline

    return [
        (
            deck_id,
            title,
            str(c.new),
            str(c.learning),
            str(c.due),
            str(c.suspended),
            known_bar(c),
            next_due(c, now, timezone),
            sparkline(c.week),
        )
        for deck_id, title, c in decks
    ]
