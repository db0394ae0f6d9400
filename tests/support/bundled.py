"""The bundled decks and their generated items, parsed and generated once per test process."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from quizapp.facts.loader import load_deck
from quizapp.facts.model import Deck
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck

ROOT = Path(__file__).resolve().parents[2]
CENTRAL_ASIA = ROOT / "questions" / "russia-central-asia.yaml"
CHEM = ROOT / "questions" / "chemical-elements.yaml"
APOLLO = ROOT / "questions" / "apollo-programme.yaml"


@cache
def bundled_deck(path: Path) -> Deck:
    return load_deck(path)


@cache
def generated(path: Path, seeds: tuple[int, ...], spread: bool = True) -> tuple[Question, ...]:
    """Every item of the deck over these seeds, in seed order."""
    deck = bundled_deck(path)
    return tuple(q for s in seeds for q in generate_deck(deck, seed=s, spread=spread).questions)
