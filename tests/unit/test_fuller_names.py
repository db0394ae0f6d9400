"""Issue 12 (session 24, s243): a person known by one name, given with more of their name, is
right ('Rembrandt Harmenszoon van Rijn' for Rembrandt); one short given name put for another
is another name, not a slip ('Tom Berners-Lee' for Tim). Driven through the importer,
generator and checker on tests/data/rulers-climbers-s243.csv."""

from __future__ import annotations

import pytest

from quizapp.generate.slips import another_given_name
from tests.support.grading_corpus import CorpusDecks, card_verdict

CARDS = "tests/data/rulers-climbers-s243.csv"
FACTS = {
    "Rembrandt": "who-painted-the-night-watch",
    "Tim": "who-proposed-the-world-wide-web-in-1989",
}


@pytest.mark.parametrize(
    ("card", "answer", "verdict"),
    [
        ("Rembrandt", "Rembrandt", "correct"),
        ("Rembrandt", "Rembrandt Harmenszoon van Rijn", "correct"),  # was wrong
        ("Rembrandt", "Rembrandt van Rijn", "correct"),
        ("Rembrandt", "rembrandt harmenszoon van rijn", "correct"),  # typed in lower case
        ("Rembrandt", "Rembrant van Rijn", "near_miss"),  # a slip in the name itself
        ("Rembrandt", "van Rijn", "wrong"),  # the further words alone
        ("Rembrandt", "Rembrandt Vienna", "wrong"),  # another of the deck's names
        ("Rembrandt", "Rembrandt Louis XIV", "wrong"),  # a deck name of two words after it
        ("Rembrandt", "Rembrandt van", "wrong"),  # no name after the particle
        ("Rembrandt", "rembrandt painted", "correct"),  # the stem's verb after: a sentence (r356)
        ("Tim", "Tim Berners-Lee", "correct"),
        ("Tim", "Tim Bernes-Lee", "near_miss"),  # a slip in the surname
        ("Tim", "Tom Berners-Lee", "wrong"),  # was a near miss: another given name
        ("Tim", "Berners-Lee", "correct"),
    ],
)
def test_fuller_and_other_names(decks: CorpusDecks, card: str, answer: str, verdict: str) -> None:
    assert card_verdict(decks, CARDS, FACTS[card], answer) == verdict


@pytest.mark.parametrize(
    ("given", "closest", "other"),
    [
        ("tom berners-lee", ["tim berners-lee"], True),
        ("tim bernes-lee", ["tim berners-lee"], False),  # the surname slipped, not the name
        ("jon smith", ["john smith"], False),  # 'jon' is no listed name: a slip
        ("tom", ["tim"], True),
        ("thomas berners-lee", ["thimas berners-lee"], False),  # long names keep the allowance
    ],
)
def test_another_given_name(given: str, closest: list[str], other: bool) -> None:
    assert another_given_name(given, closest) is other
