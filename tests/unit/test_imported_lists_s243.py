"""Issue 12, imported decks (session 24, s243): a card whose answer is a pair of people, a
list or a century is asked typed, not only as a flashcard, and graded as such: a pair by
surnames in either order, a list in any order, a century as '17th c.' or 'the 1600s'. Driven
through the real importer, generator and checker on tests/data/rulers-climbers-s243.csv."""

from __future__ import annotations

import pytest

from quizapp.generate.audit import audit_items, flashcard_only
from quizapp.generate.card_lists import askable_card_key, list_parts
from quizapp.generate.index import DeckIndex
from quizapp.generate.registry import generate_deck
from tests.support.grading_corpus import CorpusDecks, card_verdict, deck_ref

CARDS = "tests/data/rulers-climbers-s243.csv"
FACTS = {
    "Everest": "who-first-stood-on-the-summit-of-everest-in-1953",
    "flag": "which-three-colours-make-up-the-french-flag",
    "century": "in-which-century-did-the-thirty-years-war-take-p",
    "AU": "what-is-the-mean-distance-from-the-earth-to-the-",
}


@pytest.mark.parametrize(
    ("card", "answer", "verdict"),
    [
        ("Everest", "Edmund Hillary and Tenzing Norgay", "correct"),
        ("Everest", "Hillary and Tenzing", "correct"),  # surnames, as people say it
        ("Everest", "Tenzing and Hillary", "correct"),  # either order
        ("Everest", "Norgay & Hillary", "correct"),
        ("Everest", "Hillary", "wrong"),  # half the pair
        ("Everest", "Edmund and Tenzing", "wrong"),  # a given name names nobody
        ("Everest", "Hillary and Mallory", "wrong"),
        ("Everest", "Hillary and Hillary", "wrong"),  # one person twice
        ("flag", "red, white and blue", "correct"),
        ("flag", "white, red, blue", "correct"),
        ("flag", "red, white and green", "wrong"),
        ("flag", "red and white", "wrong"),
        ("century", "the 17th century", "correct"),
        ("century", "17th c.", "correct"),
        ("century", "the 1600s", "correct"),  # the century by its round years
        ("century", "17th", "correct"),  # the question says century
        ("century", "the seventeenth century", "correct"),
        ("century", "16th century", "wrong"),
        ("century", "the 1700s", "wrong"),  # the 18th century
        ("century", "1618", "near_miss"),  # a year in it: more precise than asked
        ("AU", "1 AU", "correct"),
        ("AU", "one astronomical unit", "correct"),
        ("AU", "2 AU", "wrong"),
    ],
)
def test_lists_pairs_and_centuries_are_graded(
    decks: CorpusDecks, card: str, answer: str, verdict: str
) -> None:
    assert card_verdict(decks, CARDS, FACTS[card], answer) == verdict


def test_pairs_lists_and_centuries_are_asked_typed(decks: CorpusDecks) -> None:
    loaded = decks.service.load_deck(deck_ref(CARDS))
    for slug in FACTS.values():
        kinds = {q.kind for q in loaded.items[f"q-{slug}"]}
        assert "typed" in kinds, (slug, kinds)  # before: flashcard only


def test_a_sentence_stays_a_flashcard_and_is_listed_not_a_breach(decks: CorpusDecks) -> None:
    loaded = decks.service.load_deck(deck_ref(CARDS))
    ix = DeckIndex(loaded.deck)
    items = generate_deck(loaded.deck, seed=0, index=ix).questions
    assert flashcard_only(items, ix) == ["q-why-did-the-titanic-go-down-so-fast"]
    assert [b.render() for b in audit_items(items, ix) if b.check == "items per fact"] == []


@pytest.mark.parametrize(
    ("key", "askable"),
    [
        ("Edmund Hillary and Tenzing Norgay", True),
        ("blue, white and red", True),
        ("the 17th century", True),
        ("Jupiter and Saturn", True),
        ("an iceberg opened several of its forward compartments", False),
        ("Paris", False),  # one name: the typed kinds' own rules
        ("a, b, c, d, e, f", False),  # too many parts
        ("slow and steady wins the race", False),
    ],
)
def test_which_card_keys_are_lists(key: str, askable: bool) -> None:
    assert askable_card_key(key) is askable


def test_list_parts_split_on_commas_and_and() -> None:
    assert list_parts("red, white and blue") == ["red", "white", "blue"]
    assert list_parts("Hillary & Tenzing") == ["Hillary", "Tenzing"]
