"""Where deck files are, without loading any of them (and without importing pydantic)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DECK_SUFFIXES = (".yaml", ".yml")
DEFAULT_DECK = "russia-central-asia"  # the bundled deck commands use and home opens on


def bundled_dir() -> Path:
    """Decks inside the installed package; in a source checkout, the repo's questions/."""
    # the package's own folder, as importlib.resources.files("quizapp") gives it for an
    # installed package, without importing importlib.resources (tens of ms on every start)
    shipped = Path(__file__).resolve().parents[1] / "_decks"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parents[2] / "questions"


def user_dir() -> Path:
    override = os.environ.get("QUIZAPP_DECKS")
    if override:
        return Path(override)
    return platformdirs.user_data_path("quizapp", appauthor=False) / "decks"


def deck_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in DECK_SUFFIXES and p.is_file())
    except OSError:
        return []


def all_deck_files() -> list[Path]:
    return deck_files(bundled_dir()) + deck_files(user_dir())
