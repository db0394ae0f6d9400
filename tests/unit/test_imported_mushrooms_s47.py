"""Issue 12, imported decks (review r464, mushrooms and architecture, tests/data): a card tied
to no other card (the only Gothic-cathedral term) was offered three mushroom terms beside its
key, a give-away; the card is asked in its other forms instead. A deck of capitals, whose
cards are tied to none, keeps its choices (test_option_countries.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.importer import read_table
from quizapp.facts.model import Deck
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck

CARDS = Path(__file__).parents[1] / "data" / "mushrooms-architecture-r464.csv"
BUTTRESS = "q-what-is-the-arched-exterior-support-on-gothic-ca"
GENUS = "q-what-is-the-genus-of-the-shiitake-mushroom"


@pytest.fixture(scope="module")
def items() -> list[Question]:
    result = read_table(CARDS)
    assert result.deck is not None
    return generate_deck(Deck.model_validate(result.deck), seed=0, spread=False).questions


def _kinds(items: list[Question], card: str) -> set[str]:
    return {q.kind for q in items if q.fact_ids[0] == card}


def test_a_card_tied_to_no_other_is_offered_no_other_subject(items: list[Question]) -> None:
    kinds = _kinds(items, BUTTRESS)
    assert "mcq" not in kinds
    assert {"typed", "flashcard"} <= kinds


def test_a_card_of_a_subject_keeps_its_choice_among_its_own(items: list[Question]) -> None:
    mcq = next(q for q in items if q.fact_ids[0] == GENUS and q.kind == "mcq")
    assert set(mcq.options or []) <= {
        "Lentinula", "Boletus", "Agaricus", "Pleurotus", "Cantharellus", "Laetiporus"
    }  # fmt: skip
