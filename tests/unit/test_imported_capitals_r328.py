"""Notes on an imported capitals deck (review r328): a slip is told the name it is a slip of,
and a sentence with a city in it is no place in a country."""

from __future__ import annotations

from quizapp.generate.checker import check
from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks

DECK = "tests/data/capitals-r328.csv"


def _note(country: str, answer: str) -> str:
    service = StudyService(None, seed=0)
    try:
        q, vocabulary = CorpusDecks(service).question(
            DECK, f"fact:q-what-is-the-capital-of-{country}/object"
        )
        return check(q, answer, vocabulary).note
    finally:
        service.close()


def test_a_slip_is_told_the_name_it_is_a_slip_of() -> None:
    assert _note("malaysia", "Putrajya").endswith("mind the spelling: Putrajaya.")
    assert _note("south-africa", "Bloemfontien").endswith("mind the spelling: Bloemfontein.")


def test_a_sentence_is_no_place_in_a_country() -> None:
    assert "asks about" not in _note("malaysia", "It is Singapore")
    assert _note("paraguay", "Asunción (Brazil)") == (
        "The question asks about Paraguay, not Brazil."
    )
