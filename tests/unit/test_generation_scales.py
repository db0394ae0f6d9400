"""Generating a deck costs about the same per fact at any size (issue 12: 5,000 facts in 5 s).

Counted in function calls rather than seconds, so the test is exact on a busy machine: the
same deck shape at two sizes (the blocs fixed, so each item has as many candidate options)
must cost close to twice the calls for twice the facts. Scans of the whole deck per item
(each option's class from all of a bloc's members, a country's rivals from every share, the
near-copy groups each counting every item) made it 2.5x and more.
"""

from __future__ import annotations

import cProfile
import pstats

from quizapp.generate import generate_deck
from tests.benchmarks.synthetic import synthetic_deck

SMALL = 300
LINEAR_SLACK = 1.15  # calls per fact may grow this much from SMALL to 2 * SMALL facts


def calls_per_fact(n_facts: int) -> float:
    deck = synthetic_deck(n_facts, n_countries=n_facts // 5, n_blocs=6)
    profile = cProfile.Profile()
    profile.enable()
    result = generate_deck(deck, seed=0)
    profile.disable()
    assert result.questions  # a deck that yields nothing would prove nothing
    return pstats.Stats(profile).total_calls / n_facts  # type: ignore[attr-defined,no-any-return]


def test_twice_the_facts_cost_about_twice_the_calls() -> None:
    small, big = calls_per_fact(SMALL), calls_per_fact(2 * SMALL)
    assert big / small <= LINEAR_SLACK, f"{small:.0f} -> {big:.0f} calls per fact"
