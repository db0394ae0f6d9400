"""A name with a word for its kind names it ('Apollo 14 mission'), unless the deck gives that
longer name to another entity (kind_words.py; review r258 #13, #30, #41)."""

from __future__ import annotations

import pytest

from quizapp.generate.checker import check
from quizapp.generate.kind_words import asked_kind_words, kind_words, without_kind_word
from quizapp.generate.question import Question
from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks

FRA_MAURO = "typed-e5c7ef101558"  # Which mission landed in the Fra Mauro highlands? Apollo 14


@pytest.fixture
def fra_mauro() -> tuple[Question, dict[str, str]]:
    service = StudyService(None, seed=0)
    try:
        return CorpusDecks(service).question("apollo-programme", FRA_MAURO)
    finally:
        service.close()


def test_a_declared_kind_and_its_last_part_give_the_words() -> None:
    assert kind_words("mission") == {"mission", "flight", "spaceflight"}
    assert kind_words("cancelled-mission") == kind_words("mission")
    assert kind_words("astronaut") == frozenset()


def test_the_question_asks_by_a_kind_word_near_which_or_what() -> None:
    assert asked_kind_words("Which numbered Apollo mission did Pete Conrad command?") == {"mission"}
    assert asked_kind_words("Who commanded the Apollo 14 mission?") == frozenset()


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("the Apollo 14 mission", "apollo 14"),
        ("Apollo 14 flight", "apollo 14"),
        ("mission Apollo 14", "apollo 14"),
        ("Apollo 14 crew", None),
        ("Apollo 14", None),
        ("mission", None),
    ],
)
def test_one_kind_word_is_taken_off(
    fra_mauro: tuple[Question, dict[str, str]], text: str, bare: str | None
) -> None:
    q, vocabulary = fra_mauro
    assert without_kind_word(q, text, vocabulary) == bare


def test_a_kind_word_that_makes_another_entity_of_the_deck_is_not_taken_off(
    fra_mauro: tuple[Question, dict[str, str]],
) -> None:
    q, vocabulary = fra_mauro
    assert check(q, "the Apollo 14 mission", vocabulary).verdict == "correct"
    # a deck where 'Apollo 14 mission' names something else: the answer names that, not the key
    other = {**vocabulary, "apollo 14 mission": "event:apollo-14-mission"}
    assert check(q, "the Apollo 14 mission", other).verdict == "wrong"
    # a kind word that makes nothing else of the deck is still taken off
    assert check(q, "Apollo 14 flight", other).verdict == "correct"
