"""The facts model, deck loading and validation. No Textual here."""

from quizapp.facts.errors import DeckError, Problem
from quizapp.facts.loader import load_deck, parse_deck
from quizapp.facts.model import Deck, Entity, Fact, RelationType

__all__ = [
    "Deck",
    "DeckError",
    "Entity",
    "Fact",
    "Problem",
    "RelationType",
    "load_deck",
    "parse_deck",
]
