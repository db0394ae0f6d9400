"""A deck text's problems as the loader words them (one helper for the deck-refusal tests)."""

from __future__ import annotations

import pytest

from quizapp.facts.errors import DeckError
from quizapp.facts.loader import parse_deck


def deck_problems(text: str) -> list[str]:
    """Every problem the loader finds in `text` (read as d.yaml); the deck must be refused."""
    with pytest.raises(DeckError) as info:
        parse_deck(text, "d.yaml")
    return [str(p) for p in info.value.problems]
