"""The façade every front end uses. The TUI never reaches past this module into the domain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.facts.catalog import find_decks


@dataclass(frozen=True)
class DeckSummary:
    id: str
    title: str
    path: Path
    origin: str
    facts: int
    entities: int
    relations: int
    problem: str | None = None  # first problem of a deck that did not load


def list_decks(extra: list[Path] | None = None) -> list[DeckSummary]:
    rows: list[DeckSummary] = []
    for entry in find_decks(extra):
        if entry.deck is not None:
            d = entry.deck
            rows.append(
                DeckSummary(
                    d.id,
                    d.title,
                    entry.path,
                    entry.origin,
                    len(d.facts),
                    len(d.entities),
                    len(d.relations),
                )
            )
        else:
            assert entry.error is not None
            first = entry.error.problems[0] if entry.error.problems else None
            rows.append(
                DeckSummary(
                    entry.id,
                    "(cannot be loaded)",
                    entry.path,
                    entry.origin,
                    0,
                    0,
                    0,
                    str(first) if first else "unknown problem",
                )
            )
    return rows
