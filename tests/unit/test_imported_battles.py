"""Issue 12, imported decks: what the battles-and-composers review (r226, seed 22673) found
wrong in grading, driven through the real importer, generator and checker on the review's own
file (tests/data/battles-composers-r226.csv): a commander by his rank and surname, a year BC
in words, another Bonaparte refused for Napoleon."""

from __future__ import annotations

import pytest

from tests.support.grading_corpus import CorpusDecks, card_verdict

BATTLES = "tests/data/battles-composers-r226.csv"
FACTS = {
    "Nelson": "who-commanded-the-british-fleet-at-trafalgar",
    "Villeneuve": "who-commanded-the-french-fleet-at-trafalgar",
    "Actium": "in-which-year-bc-was-the-battle-of-actium-fought",
    "Austerlitz": "which-emperor-won-the-battle-of-austerlitz",
}


@pytest.mark.parametrize(
    ("card", "answer", "verdict"),
    [
        # a rank or a style before the name (check_forms._TITLES)
        ("Nelson", "Admiral Nelson", "correct"),
        ("Nelson", "Vice-Admiral Nelson", "correct"),
        ("Nelson", "Viscount Nelson", "correct"),
        ("Nelson", "Admiral Villeneuve", "wrong"),
        ("Villeneuve", "Admiral Villeneuve", "correct"),
        ("Villeneuve", "Vice-Admiral Villeneuve", "correct"),
        ("Villeneuve", "Admiral Nelson", "wrong"),
        # a year BC in words keeps its era (check_imported._year_in_words)
        ("Actium", "thirty-one BC", "correct"),
        ("Actium", "thirty one BC", "correct"),
        ("Actium", "31 BC", "correct"),
        ("Actium", "thirty BC", "wrong"),
        ("Actium", "thirty-one AD", "wrong"),
        # a given name before the name is another person (text_qualifiers.qualified)
        ("Austerlitz", "Napoleon Bonaparte", "correct"),
        ("Austerlitz", "Napoleon I", "correct"),
        ("Austerlitz", "Louis-Napoléon Bonaparte", "wrong"),
        ("Austerlitz", "Charles Louis Napoleon Bonaparte", "wrong"),
        ("Austerlitz", "Jérôme Napoléon Bonaparte", "wrong"),
    ],
)
def test_right_forms_are_taken_and_other_people_and_years_refused(
    decks: CorpusDecks, card: str, answer: str, verdict: str
) -> None:
    assert card_verdict(decks, BATTLES, FACTS[card], answer) == verdict
