"""Issue 12, review r594 A: an imported deck's multiple choice offered a month among cities
('In which month is the New York City Marathon held? November | Saint Petersburg | Moscow |
Panathenaic Stadium'): the key gave itself away. A month is offered only among months, so the
reader's three such items are no longer made (too few months to offer)."""

from __future__ import annotations

from pathlib import Path

from quizapp.facts.importer import read_table
from quizapp.facts.model import Deck
from quizapp.generate.dates import MONTHS
from quizapp.generate.registry import generate_deck

CARDS = Path(__file__).parents[1] / "data" / "ballet-marathon-r594.csv"


def _is_month(name: str) -> bool:
    return len(name) > 3 and name.lower() in MONTHS


def test_no_choice_mixes_a_month_with_other_things() -> None:
    result = read_table(CARDS)
    assert result.deck is not None
    deck = Deck.model_validate(result.deck)
    for seed in range(4):
        for q in generate_deck(deck, seed=seed).questions:
            if q.kind == "mcq":
                months = {_is_month(o) for o in q.options or []}
                assert len(months) == 1, q.options


def test_an_a_inside_a_name_is_left_as_it_is() -> None:
    """Review r614 G: the article fixer printed 'Vuelta an España'; 'a Apollo' still mends."""
    from quizapp.facts.templates import fix_articles

    assert fix_articles("the Vuelta a España leader") == "the Vuelta a España leader"
    assert fix_articles("it was a Apollo mission") == "it was an Apollo mission"
    assert fix_articles("Apollo 11 was a Apollo mission") == "Apollo 11 was an Apollo mission"
