"""Every fact of every bundled deck stays askable (issue 10): at seeds 0-9 each fact has at least
two items after all gates, is the first fact of at least one of them (a study session asks a
fact by the items anchored on it), and is found in the questions-by-fact index the study
service reads. Session 17 lost a branch of fairness rules because two Central Asia facts were
left with no item of their own; this test says which fact, at which seed, before anything else
breaks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizapp.facts.model import Deck
from quizapp.generate.question import Question
from quizapp.question_cache import FactQuestions, questions_by_fact
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated

SEEDS = tuple(range(10))
MIN_ITEMS = 2
DECKS = (CENTRAL_ASIA, CHEM, APOLLO)


def unaskable(deck: Deck, items: list[Question], index: FactQuestions) -> list[str]:
    """Each fact the items leave short, with what it lacks."""
    per_fact = Counter(f for q in items for f in set(q.fact_ids))
    anchored = {q.fact_ids[0] for q in items}
    out = []
    for fact in deck.facts:
        if per_fact[fact.id] < MIN_ITEMS:
            out.append(f"{fact.id}: {per_fact[fact.id]} item(s)")
        if fact.id not in anchored:
            out.append(f"{fact.id}: first fact of no item")
        if fact.id not in index or not index[fact.id]:
            out.append(f"{fact.id}: not in the study index")
    return out


def _service_index(items: list[Question]) -> FactQuestions:
    """The index as a study session reads it back from the question cache."""
    return FactQuestions.decode(FactQuestions.of(items).encode())


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
@pytest.mark.parametrize("seed", SEEDS)
def test_every_fact_keeps_two_items_of_its_own(path: Path, seed: int) -> None:
    deck = bundled_deck(path)
    items = list(generated(path, (seed,)))
    assert unaskable(deck, items, _service_index(items)) == []


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_the_service_index_holds_every_fact(path: Path) -> None:
    """The very index the study service loads (generated and stored, then read from the
    cache) has items for every fact at the service's default seed."""
    deck = bundled_deck(path)
    questions_by_fact(deck, 0)  # generated now, and stored
    cached = questions_by_fact(deck, 0)  # read back, as a session's start does
    assert [f.id for f in deck.facts if f.id not in cached or not cached[f.id]] == []


def test_a_fact_stripped_of_its_items_is_named() -> None:
    """The rule can fail: the items of one fact deleted, or cut to one, are reported."""
    deck = bundled_deck(CENTRAL_ASIA)
    items = list(generated(CENTRAL_ASIA, (0,)))
    gone = deck.facts[0].id
    kept = [q for q in items if gone not in q.fact_ids]
    found = unaskable(deck, kept, _service_index(kept))
    assert found == [
        f"{gone}: 0 item(s)",
        f"{gone}: first fact of no item",
        f"{gone}: not in the study index",
    ]
    one = next(q for q in items if q.fact_ids[0] == gone)
    found = unaskable(deck, [*kept, one], _service_index([*kept, one]))
    assert found == [f"{gone}: 1 item(s)"]
