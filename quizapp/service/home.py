"""Leaving the home screen's cache (see quizapp.home_cache) when the app closes."""

from __future__ import annotations

from pathlib import Path

from quizapp.service.catalog import DeckCatalog
from quizapp.service.progress import LearnerProgress
from quizapp.store.repository import ProgressStore


def write_home_cache(db: Path, store: ProgressStore, catalog: DeckCatalog, learner: str) -> None:
    """What the home screen needs next time, keyed to the files' state."""
    from quizapp import home_cache
    from quizapp.review.queue import marks_of

    decks = []
    for deck_id, title in catalog.ids():
        cards = store.cards(learner, deck_id)
        marks = [
            marks_of(cards[f.id]) if f.id in cards else None for f in catalog.deck(deck_id).facts
        ]
        decks.append((deck_id, title, marks))
    s = store.settings(learner)
    tallies = LearnerProgress(store).tallies(learner)
    home_cache.write(db, learner, decks, tallies, s.day_starts_at_hour, s.timezone)
