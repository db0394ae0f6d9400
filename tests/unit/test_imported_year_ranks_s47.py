"""Issue 12, imported decks (review r460 F): the wrong years of an imported card were kept
within the span of the deck's own card years, so the earliest card's key (the Messiah
Stradivarius, 1716) was the first option on every seed and the latest (the Channel Tunnel,
1994) the last. A card's relation holds cards of any subject and tells no story: its key's
rank is drawn like any other's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizapp.facts.importer import read_table
from quizapp.facts.model import Deck
from quizapp.generate.registry import generate_deck

CARDS = Path(__file__).parents[1] / "data" / "railways-instruments-r460.csv"
SEEDS = range(8)


@pytest.fixture(scope="module")
def deck() -> Deck:
    result = read_table(CARDS)
    assert result.deck is not None
    return Deck.model_validate(result.deck)


EDGES = [
    "q-in-which-year-did-the-channel-tunnel-open",
    "q-in-which-year-was-the-messiah-stradivarius-violi",
]


@pytest.mark.parametrize("card", EDGES)
def test_the_key_of_an_edge_year_takes_more_than_one_place(deck: Deck, card: str) -> None:
    places: Counter[int] = Counter()
    for seed in SEEDS:
        for q in generate_deck(deck, seed=seed, spread=False).questions:
            if q.kind == "numeric_mcq" and q.fact_ids[0] == card:
                places[(q.options or []).index(q.answer[0])] += 1
    assert sum(places.values()) == len(SEEDS)
    assert len(places) >= 2, places
