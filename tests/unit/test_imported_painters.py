"""Issue 12, imported decks: what the painters-and-planets review (r224, seed 22458) found
wrong in grading, driven through the real importer, generator and checker on the review's own
file (tests/data/painters-planets-r224.csv): a numbered name with another number, a movement
near another movement's name, a movement by its people, a museum with 'Museum'."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.importer import read_table
from tests.support.grading_corpus import CorpusDecks, card_verdict, deck_ref

PAINTERS = "tests/data/painters-planets-r224.csv"
FACTS = {
    "Voyager": "which-spacecraft-took-the-pale-blue-dot-photogra",
    "Impressionism": "which-art-movement-took-its-name-from-monet-s-im",
    "Louvre": "in-which-paris-museum-does-the-mona-lisa-hang",
    "Moon": "what-is-the-diameter-of-the-moon",
    "Starry": "who-painted-the-starry-night",
}


@pytest.mark.parametrize(
    ("card", "answer", "verdict"),
    [
        ("Voyager", "Voyager 1", "correct"),
        ("Voyager", "Voyager One", "correct"),
        ("Voyager", "Voyagr 1", "near_miss"),
        ("Voyager", "Voyager 2", "wrong"),  # another craft, not a slip (slips.no_slip)
        ("Voyager", "Voyager 11", "wrong"),
        ("Impressionism", "Impressionism", "correct"),
        ("Impressionism", "Impresionism", "near_miss"),
        ("Impressionism", "Expressionism", "wrong"),  # another movement (slips.TERMS)
        ("Impressionism", "Impressionist", "correct"),  # by its people (answer_forms)
        ("Impressionism", "the Impressionists", "correct"),
        ("Impressionism", "the Impressionist movement", "correct"),
        ("Impressionism", "Cubism", "wrong"),
        ("Louvre", "the Louvre", "correct"),
        ("Louvre", "the Louvre Museum", "correct"),  # asked which museum (place_words)
        ("Louvre", "Louvre museum", "correct"),
        ("Louvre", "Musée du Louvre", "correct"),
        ("Louvre", "the Prado Museum", "wrong"),
        ("Louvre", "the Orsay", "wrong"),
        # a figure rounded to two significant figures is close enough (tolerance.judge)
        ("Moon", "3,474 km", "correct"),
        ("Moon", "3470 km", "correct"),
        ("Moon", "about 3,500 kilometres", "near_miss"),
        ("Moon", "3500 km", "near_miss"),
        ("Moon", "3,400 km", "wrong"),
        ("Moon", "3,000 km", "wrong"),
        # a name with a particle is a name: typed recall, graded as one
        ("Starry", "Vincent van Gogh", "correct"),
        ("Starry", "Van Gogh", "correct"),
        ("Starry", "Gauguin", "wrong"),
    ],
)
def test_right_forms_are_taken_and_other_things_refused(
    decks: CorpusDecks, card: str, answer: str, verdict: str
) -> None:
    assert card_verdict(decks, PAINTERS, FACTS[card], answer) == verdict


def test_a_name_with_a_particle_is_asked_as_typed_recall(decks: CorpusDecks) -> None:
    loaded = decks.service.load_deck(deck_ref(PAINTERS))
    kinds = {q.kind for q in loaded.items["q-who-painted-the-starry-night"]}
    assert "typed" in kinds  # before: 'van' read as a description, no typed item (r224)


def test_which_questions_group_by_the_thing_they_ask_for() -> None:
    from quizapp.facts.question_frames import question_frames

    asked = [
        "Which art movement took its name from a painting by Monet?",
        "Which probe first flew past Pluto?",
        "Which spacecraft took the Pale Blue Dot photograph?",
        "What is the capital of Peru?",
    ]
    assert question_frames(asked) == ["which art", "which probe", "which spacecraft", "what"]


def test_a_movement_and_a_spacecraft_are_answers_of_different_kinds() -> None:
    # choice items offer only answers of their own kind as distractors: Impressionism had been
    # offered among spacecraft (r224), both grouped on 'which' alone
    deck = read_table(Path(PAINTERS)).deck
    assert deck is not None
    kinds = {e["name"]: e["kind"] for e in deck["entities"]}
    assert kinds["Impressionism"] != kinds["Voyager 1"]
