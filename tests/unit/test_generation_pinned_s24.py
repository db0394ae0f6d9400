"""Session 24 (issue 19): tests for the survivors of a fresh mutation sample of
quizapp/generate (`JOBS=1 SAMPLE=40 SEED=2401 tests/mutation/run.sh generate`), each judged
before any of these tests was written (docs/quality/mutation-session24-generate.md). Each test
states what the code is for; the mutant it kills is named in its docstring."""

from __future__ import annotations

import random

import pytest

from quizapp.generate.checker import check
from quizapp.generate.deck_tables import object_family
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import cloze, matching
from quizapp.generate.kinds.common import Dropped
from quizapp.generate.option_gates import set_shape
from quizapp.generate.question import Question
from tests.support.bundled import APOLLO, CHEM, bundled_deck, generated


def _apollo_16_asked_by_series() -> Question:
    return next(
        q
        for q in generated(APOLLO, (1, 2, 3), spread=False)
        if q.kind in ("typed", "cloze")
        and q.answer == ["Apollo 16"]
        and "Apollo mission" in q.prompt
    )


@pytest.mark.parametrize("answer", ["Apollo XIIIIII", "Apollo VVVI", "XIIIIII"])
def test_a_malformed_roman_numeral_is_not_read_even_when_its_letters_add_up(answer: str) -> None:
    """numbered_names._roman #19 (`and` -> `or`): letters that sum to 16 but are no numeral
    anyone writes ('XIIIIII') were read as 16, so the answer counted as Apollo 16."""
    q = _apollo_16_asked_by_series()
    vocabulary = DeckIndex(bundled_deck(APOLLO)).grading_vocabulary
    assert check(q, "Apollo XVI", vocabulary).verdict == "correct"  # the numeral itself is read
    assert check(q, answer, vocabulary).verdict == "wrong"


def _tick_all(keys: int, wrong: int) -> Question:
    names = [f"Element {i}" for i in range(keys + wrong)]
    return Question(
        id="q",
        kind="multi_select",
        template="t",
        prompt="Which of these are noble gases?",
        options=names,
        answer=names[:keys],
        fact_ids=["f"],
        topic="t",
        explanation="",
        citation="",
        difficulty=0.5,
    )


def test_a_tick_all_item_needs_two_keys_and_two_wrong_options_and_no_more() -> None:
    """option_gates.set_shape #9 (`n_wrong < 2` -> `<= 2`): an item with exactly two wrong
    options, the least the gate allows, was refused."""
    ix = DeckIndex(bundled_deck(APOLLO))
    assert set_shape(_tick_all(2, 2), ix) is None
    assert set_shape(_tick_all(3, 2), ix) is None
    assert set_shape(_tick_all(2, 1), ix) is not None
    assert set_shape(_tick_all(1, 3), ix) is not None


def test_the_other_reading_of_a_disputed_year_is_right_and_says_which_year_the_deck_keeps() -> None:
    """check_numbers._year #46 (`Verdict("correct", expected, ...)` with "correct" left out):
    helium's other year (1895, beside the deck's 1868) came back with its verdict set to the
    expected answer and its note in the expected answer's place. (test_disputed_years.py
    catches it too, through ten generated decks: too slow for run.sh's list.)"""
    ix = DeckIndex(bundled_deck(CHEM))
    q = next(
        o
        for o in cloze.generate(ix, ix.facts["helium-discovered"], random.Random(0))
        if isinstance(o, Question) and o.numeric is not None
    )
    deck_year = check(q, "1868")
    assert (deck_year.verdict, deck_year.expected) == ("correct", "1868")
    other = check(q, "1895")
    assert (other.verdict, other.expected, other.understood) == ("correct", "1868", "1895")
    assert "1895 is given too" in other.note and "1868" in other.note
    assert check(q, "1850").verdict == "wrong"


def test_a_matching_round_of_a_lone_fact_is_dropped_saying_it_has_too_few_pairs() -> None:
    """matching.generate #38 (the reason's text garbled): the reason an author reads for a
    fact with no matching round must say the round would have fewer than three pairs (NASA's
    opening date has no two facts of its relation and kind to be matched beside it)."""
    ix = DeckIndex(bundled_deck(APOLLO))
    fact = ix.facts["nasa-opens-date"]
    outcomes = matching.generate(ix, fact, random.Random(0))
    assert [o.reason for o in outcomes if isinstance(o, Dropped)] == [
        "fewer than three distinct pairs"
    ]
    group = ix.facts_by_relation_date_family[
        (fact.relation, fact.qualifiers.as_of, object_family(fact))
    ]
    assert len({f.subject for f in group}) < 3
