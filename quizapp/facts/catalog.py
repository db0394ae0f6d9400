"""Where decks live: bundled with the package, the user's decks folder, and paths given."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from quizapp.facts.errors import DeckError
from quizapp.facts.loader import load_deck
from quizapp.facts.locations import DECK_SUFFIXES, bundled_dir, deck_files, user_dir
from quizapp.facts.model import Deck

Origin = Literal["bundled", "user", "path"]


@dataclass(frozen=True)
class DeckEntry:
    path: Path
    origin: Origin
    deck: Deck | None
    error: DeckError | None

    @property
    def id(self) -> str:
        return self.deck.id if self.deck else self.path.stem


def _entry(path: Path, origin: Origin) -> DeckEntry:
    try:
        return DeckEntry(path, origin, load_deck(path), None)
    except DeckError as exc:
        return DeckEntry(path, origin, None, exc)


def find_decks(extra: list[Path] | None = None, include_user: bool = True) -> list[DeckEntry]:
    """Every deck we can see, bundled first; a broken file is listed with its error."""
    entries = [_entry(p, "bundled") for p in deck_files(bundled_dir())]
    if include_user:
        entries += [_entry(p, "user") for p in deck_files(user_dir())]
    return entries + read_deck_files(extra or [])


def read_deck_files(paths: list[Path]) -> list[DeckEntry]:
    """The decks in these files (a folder: the deck files in it), each loaded or with its error."""
    entries = []
    for path in paths:
        files = deck_files(path) if path.is_dir() else [path]
        entries += [_entry(p, "path") for p in files]
    return entries


def is_deck_path(ref: str) -> bool:
    """Whether a deck reference names a file (rather than a deck id)."""
    return Path(ref).suffix in DECK_SUFFIXES or os.sep in ref


def pick_deck(ref: str, entries: list[DeckEntry]) -> Deck:
    """The deck with this id among the entries. Raises DeckError."""
    for entry in entries:
        if entry.deck and entry.deck.id == ref:
            return entry.deck
    from quizapp.facts.errors import Problem

    raise DeckError([Problem(ref, 1, "no deck with this id (see `quizapp decks`)")])


def open_deck(ref: str, extra: list[Path] | None = None) -> Deck:
    """A deck by id (searching every folder) or by file path. Raises DeckError."""
    if is_deck_path(ref):
        return load_deck(Path(ref))
    return pick_deck(ref, find_decks(extra))
