"""Issue 12 (session 24, s243): a country after a place, with or without a comma, says where
the place is; a well-known city put in another country is wrong ('Salzburg, Germany'), and a
city the table does not know keeps the old reading. Driven through the importer, generator
and checker on tests/data/rulers-climbers-s243.csv."""

from __future__ import annotations

import pytest

from quizapp.generate.place_countries import country_after, misplaced
from tests.support.grading_corpus import CorpusDecks, card_verdict

CARDS = "tests/data/rulers-climbers-s243.csv"
MOZART = "in-which-city-was-mozart-born"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Salzburg", "correct"),
        ("Salzburg Austria", "correct"),  # was wrong: no comma
        ("Salzburg, Austria", "correct"),
        ("Salzburg in Austria", "correct"),
        ("Salzburg (Austria)", "correct"),
        ("Salsburg Austria", "near_miss"),
        ("Salzburg, Germany", "wrong"),  # was right: the country was never checked
        ("Salzburg Germany", "wrong"),
        ("Salzburg (Germany)", "wrong"),
        ("Salzburg in Germany", "wrong"),
        ("Vienna, Austria", "wrong"),  # another city of the deck
        ("Austria", "wrong"),
    ],
)
def test_a_country_after_the_city_is_checked(decks: CorpusDecks, answer: str, verdict: str) -> None:
    assert card_verdict(decks, CARDS, MOZART, answer) == verdict


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Salzburg Austria", ("salzburg", "austria")),
        ("Salzburg, Austria.", ("salzburg", "austria")),
        ("Port Moresby, Papua New Guinea", ("port moresby", "papua new guinea")),
        ("Austria", None),
        ("Ireland, France", None),  # two countries: a hedge, not a place and its country
        ("Mexico City", None),
    ],
)
def test_country_after_reads_the_last_words(text: str, found: tuple[str, str] | None) -> None:
    assert country_after(text) == found


def test_only_a_known_city_in_another_country_is_misplaced() -> None:
    assert misplaced("salzburg", "germany") == "austria"
    assert misplaced("salzburg", "austria") is None
    assert misplaced("edinburgh", "uk") is None  # another name of the same country
    assert misplaced("edinburgh", "england") == "scotland"
    assert misplaced("belfast", "ireland") is None  # the island, as many say it
    assert misplaced("atlanta", "georgia") is None  # the state, not the country
    assert misplaced("hallstatt", "germany") is None  # not in the table: not checked
