"""A bracket of another kind than the key is a gloss unless the deck's facts make it false
(bracket_kinds.py, fact_links.py; reviews r365 A, r366 D)."""

from __future__ import annotations

import pytest

from quizapp.generate.bracket_kinds import false_aside, other_kind
from quizapp.generate.fact_links import FACT_LINKS, sole_tie, tied
from quizapp.generate.question import Question
from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks


@pytest.fixture(scope="module")
def decks() -> CorpusDecks:
    return CorpusDecks(StudyService(None, seed=0))


def _q(decks: CorpusDecks, deck: str, item: str) -> tuple[Question, dict[str, str]]:
    return decks.question(deck, item)


def test_ties_run_both_ways_and_reach_call_signs(decks: CorpusDecks) -> None:
    _, vocabulary = _q(decks, "apollo-programme", "fact:apollo-11-site/object")
    ties = tied(vocabulary)
    assert "site:sea-of-tranquility" in ties["mission:apollo-11"]
    assert "mission:apollo-11" in ties["site:sea-of-tranquility"]
    assert "value:eagle" in ties["mission:apollo-11"]
    assert tied({}) == {} and tied({FACT_LINKS: ""}) == {}


@pytest.mark.parametrize(
    ("item", "part", "gloss"),
    [
        ("fact:apollo-11-site/object", "Eagle", True),  # a lander beside a site
        ("fact:apollo-11-site/object", "Armstrong and Aldrin", True),  # a crew
        ("fact:apollo-11-site/object", "Apollo 11", True),  # the mission that landed there
        ("fact:apollo-11-site/object", "Apollo 12", False),  # a mission of its own kind pair
        ("fact:apollo-11-site/object", "Ocean of Storms", False),  # the key's own kind
        ("fact:apollo-11-site/object", "Hunter", False),  # unknown to the deck
        ("fact:apollo-14-commander/object", "Antares", True),  # a call sign beside a person
        ("fact:apollo-14-commander/object", "Wernher von Braun", False),  # another person
        ("fact:apollo-10-lm/object", "Spider", False),  # unknown: a second call sign
    ],
)
def test_other_kind(decks: CorpusDecks, item: str, part: str, gloss: bool) -> None:
    q, vocabulary = _q(decks, "apollo-programme", item)
    assert other_kind(q, part, vocabulary) is gloss


@pytest.mark.parametrize(
    ("part", "false"),
    [
        ("Kazakhstan", True),
        ("of Kazakhstan", True),
        ("Kazakhstan's president", True),
        ("Uzbekistan", False),
        ("Uzbekistan's president", False),
        ("the CSTO", False),  # the question names it
        ("a reformer", False),
    ],
)
def test_false_aside(decks: CorpusDecks, part: str, false: bool) -> None:
    q, vocabulary = _q(decks, "russia-central-asia", "typed-e0480ff01d4a")
    assert false_aside(q, part, vocabulary) is false


@pytest.mark.parametrize(
    ("deck", "a", "b", "sole"),
    [
        ("russia-central-asia", "person:shavkat-mirziyoyev", "country:kazakhstan", True),
        ("chemical-elements", "value:w", "element:iron", True),
        # commander, command module pilot, lunar module pilot: an astronaut flies several
        ("apollo-programme", "astronaut:john-young", "mission:apollo-10", False),
        ("russia-central-asia", "country:kazakhstan", "organisation:eeu", False),
    ],
)
def test_sole_tie(decks: CorpusDecks, deck: str, a: str, b: str, sole: bool) -> None:
    _, vocabulary = decks.question(deck, "fact:" + _any_fact(deck) + "/object")
    assert sole_tie(vocabulary, a, b) is sole


def _any_fact(deck: str) -> str:
    return {
        "russia-central-asia": "mirziyoyev-president",
        "chemical-elements": "tungsten-symbol",
        "apollo-programme": "apollo-11-site",
    }[deck]
