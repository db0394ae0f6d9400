"""Issue 12, imported decks: what the chess-and-weather reading (review r444, session 45) found
in the items an imported deck yields, driven through the real importer and generator on the
review's own file (tests/data/chess-weather-r444.csv): a card whose question has a "not" was
never asked; one- to three-word terms had no typed item; multiple choice mixed the deck's two
subjects; an answer of three letters in the stem gave a choice away; 'A/B' was one name."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.answer_cells import answer_and_alternatives
from quizapp.facts.importer import read_table
from quizapp.facts.model import Deck
from quizapp.generate.card_topics import subject_order, subject_pool
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck

CARDS = Path(__file__).parents[1] / "data" / "chess-weather-r444.csv"
CHESS_PEOPLE = {
    "Emanuel Lasker",
    "Bobby Fischer",
    "Aron Nimzowitsch",
    "Arpad Elo",
    "Viswanathan Anand",
}
WEATHER_PEOPLE = {"Francis Beaufort", "Luke Howard", "Robert FitzRoy"}


@pytest.fixture(scope="module")
def deck():  # type: ignore[no-untyped-def]
    result = read_table(CARDS)
    assert result.deck is not None
    return Deck.model_validate(result.deck)


@pytest.fixture(scope="module")
def items(deck):  # type: ignore[no-untyped-def]
    return generate_deck(deck, seed=0, spread=False).questions


def _of(items: list[Question], start: str) -> list[Question]:
    return [q for q in items if q.fact_ids[0].startswith(start)]


def test_a_card_whose_question_has_a_not_is_asked(items) -> None:  # type: ignore[no-untyped-def]
    kinds = {q.kind for q in _of(items, "q-what-is-a-position-called-in-which")}
    assert {"flashcard", "typed"} <= kinds


@pytest.mark.parametrize(
    "card",
    ["q-which-piece-moves-in-an-l-shape", "q-which-instrument-measures-rainfall",
     "q-what-is-the-temperature-at-which-air-becomes-sat", "q-which-scale-rates-hurricanes"],
)  # fmt: skip
def test_a_term_of_one_to_three_words_is_typed(items, card) -> None:  # type: ignore[no-untyped-def]
    assert "typed" in {q.kind for q in _of(items, card)}


def test_a_choice_among_like_answers_stays_in_the_keys_subject(items) -> None:  # type: ignore[no-untyped-def]
    chess = _of(items, "q-who-held-the-world-chess-title")
    chess += _of(items, "q-who-wrote-the-chess-classic")
    chess = [q for q in chess if q.kind == "mcq"]
    assert chess
    for q in chess:
        assert set(q.options or []) - set(q.answer) <= CHESS_PEOPLE


def test_no_choice_is_left_with_one_option_of_the_keys_subject(items) -> None:  # type: ignore[no-untyped-def]
    """Castling has one chess term beside it among the 'What is ...' answers (stalemate): the
    other two would be weather terms, so no choice is made of it."""
    assert not [q for q in _of(items, "q-what-is-the-move-in-which-the-king") if q.kind == "mcq"]


def test_the_subject_pool_keeps_the_near_and_orders_a_lone_card_by_its_ties(deck) -> None:  # type: ignore[no-untyped-def]
    ix = DeckIndex(deck)
    people = {e.name: e.id for e in deck.entities if e.kind == "answer-name-who"}
    others = [i for n, i in people.items() if n != "Emanuel Lasker"]
    kept = {ix.entities[c].name for c in subject_pool(ix, people["Emanuel Lasker"], others)}
    assert kept and kept <= CHESS_PEOPLE
    lone = [i for n, i in people.items() if n != "Luke Howard"]
    order = subject_order(ix, people["Luke Howard"], lone)
    assert order is not None
    first = min(order)
    loose = {ix.entities[c].name for c, o in zip(lone, order, strict=True) if o == first}
    assert loose & WEATHER_PEOPLE and not loose & {"Emanuel Lasker", "Bobby Fischer"}


def test_a_bundled_decks_candidates_are_left_as_they_are() -> None:
    from quizapp.service import StudyService

    loaded = StudyService(None).load_deck("russia-central-asia")
    ix = DeckIndex(loaded.deck)
    ids = [e.id for e in loaded.deck.entities[:6]]
    assert subject_pool(ix, ids[0], ids[1:]) == ids[1:]
    assert subject_order(ix, ids[0], ids[1:]) is None


def test_a_three_letter_name_in_an_imported_stem_gives_the_choice_away(items) -> None:  # type: ignore[no-untyped-def]
    elo = _of(items, "q-who-is-the-elo-rating-system-named-after")
    assert elo and "mcq" not in {q.kind for q in elo}


@pytest.mark.parametrize(
    ("cell", "shown", "others"),
    [
        ("Nimzowitsch/Nimzovich", "Nimzowitsch", ["Nimzovich"]),
        ("Sicilian Defence/Sicilian Defense", "Sicilian Defence", ["Sicilian Defense"]),
        ("km/h", "km/h", []),
        ("AC/DC", "AC/DC", []),
        ("and/or", "and/or", []),
        ("1/2", "1/2", []),
    ],
)
def test_a_slash_between_names_lists_other_spellings(cell, shown, others) -> None:  # type: ignore[no-untyped-def]
    assert answer_and_alternatives(cell) == (shown, others)
