"""Count the decks built while a test runs: the real loader runs, each call is noted."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from quizapp.facts.loader import load_deck
from quizapp.facts.model import Deck


def counted_loads(monkeypatch: pytest.MonkeyPatch, *modules: ModuleType) -> list[Path]:
    """The paths every `load_deck` of these modules is called with from here on."""
    seen: list[Path] = []

    def counted(path: Path) -> Deck:
        seen.append(Path(path))
        return load_deck(path)

    for module in modules:
        monkeypatch.setattr(module, "load_deck", counted)
    return seen
