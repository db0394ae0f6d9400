"""The service layer: the one door front ends (the TUI, plain study, the CLI) go through."""

from __future__ import annotations

from quizapp.service.facade import (
    Clock,
    DeckStatus,
    FactRow,
    LoadedDeck,
    StudyService,
    Today,
    format_deck_retention,
    parse_deck_retention,
    utc_now,
)

__all__ = [
    "Clock",
    "DeckStatus",
    "FactRow",
    "LoadedDeck",
    "StudyService",
    "Today",
    "format_deck_retention",
    "parse_deck_retention",
    "utc_now",
]
