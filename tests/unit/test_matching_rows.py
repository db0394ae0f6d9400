"""A matching round's rows are told apart by their labels: a scoped relation (each gas's share
of dry air) has one subject for every row, and 'dry air' three times cannot be matched."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.loader import load_deck
from quizapp.generate.registry import generate_deck

ROOT = Path(__file__).resolve().parents[2]
DECKS = sorted((ROOT / "questions").glob("*.yaml"))


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_every_matching_row_has_its_own_label(path: Path) -> None:
    deck = load_deck(path)
    rounds = [
        q
        for seed in (0, 653)
        for q in generate_deck(deck, seed=seed).questions
        if q.kind == "matching"
    ]
    assert rounds, "the deck makes matching rounds"
    for q in rounds:
        left = q.left or []
        assert len(set(left)) == len(left), (q.id, left)
