"""Issue 12 (session 24, s243): a ruler's regnal number is part of who they are. Another
number is another person (wrong, never a near miss); the same number said another way is
right; the name alone is a near miss for the first of the name only; the numeral alone names
nobody. Driven through the importer, generator and checker on
tests/data/rulers-climbers-s243.csv."""

from __future__ import annotations

import pytest

from quizapp.generate.regnal_names import regnal_number
from tests.support.grading_corpus import CorpusDecks, card_verdict

CARDS = "tests/data/rulers-climbers-s243.csv"
FACTS = {
    "XIV": "which-french-king-built-the-palace-at-versailles",
    "I": "who-was-crowned-emperor-of-the-french-in-1804",
    "III": "who-was-the-last-emperor-of-france",
}


@pytest.mark.parametrize(
    ("card", "answer", "verdict"),
    [
        ("XIV", "Louis XIV", "correct"),
        ("XIV", "Louis the Fourteenth", "correct"),
        ("XIV", "Louis Fourteenth", "correct"),
        ("XIV", "Louis the 14th", "correct"),
        ("XIV", "Louis 14", "correct"),
        ("XIV", "Louis XVI", "wrong"),  # another king of the deck
        ("XIV", "Louis XV", "wrong"),  # another king, though one letter off
        ("XIV", "Louis the Fifteenth", "wrong"),
        ("XIV", "Louis", "wrong"),  # which Louis?
        ("XIV", "Luois XIV", "near_miss"),  # a slip in the name is still a slip
        ("I", "Napoleon I", "correct"),
        ("I", "Napoleon the First", "correct"),
        ("I", "Napoleon 1st", "correct"),
        ("I", "Napoleon Bonaparte", "correct"),  # the card's alias
        ("I", "Napoleon", "near_miss"),  # the first of the name, unnumbered: at most near
        ("I", "Napoleon III", "wrong"),  # was a near miss (one letter apart)
        ("I", "Napoleon II", "wrong"),
        ("I", "I", "wrong"),  # was right: the numeral taken for a surname
        ("III", "Napoleon III", "correct"),
        ("III", "Napoleon the Third", "correct"),
        ("III", "Napoleon", "wrong"),  # the name alone means the first
        ("III", "Napoleon I", "wrong"),
    ],
)
def test_regnal_numbers_name_the_person(
    decks: CorpusDecks, card: str, answer: str, verdict: str
) -> None:
    assert card_verdict(decks, CARDS, FACTS[card], answer) == verdict


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Louis XIV", ("louis", 14)),
        ("Pope John Paul II", ("pope john paul", 2)),
        ("Henry VIII", ("henry", 8)),
        ("Voyager 1", None),  # a numbered craft: numbered_names.py
        ("Tim Berners-Lee", None),
        ("Louis IIII", None),  # not a numeral
    ],
)
def test_regnal_number_reads_only_roman_numerals_after_a_name(
    name: str, found: tuple[str, int] | None
) -> None:
    assert regnal_number(name) == found
