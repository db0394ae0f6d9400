"""The learning benchmark's floor accounting: interday reviews split at the one-day floor.

Plain FSRS aims at 0.90 but a fact whose stability is under a day cannot be reviewed sooner
than the next day, so those reviews come at a lower recall than the target. The benchmark
counts them apart (bench_learning.Tally.floor_figures); these tests check that the parts add
up to the whole and that the split finds what it says it finds.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from tests.benchmarks.baselines import PlainFSRS
from tests.benchmarks.bench_learning import START, Tally, run_baseline
from tests.review.memory import DEFAULTS, HiddenMemory


@pytest.fixture(scope="module")
def tally() -> Tally:
    """Plain FSRS with the learner's true parameters over 40 facts and 40 days."""
    memory = HiddenMemory(DEFAULTS, random.Random(3), per_fact=True)
    policy = PlainFSRS(DEFAULTS, 0.9, "fsrs_oracle")
    return run_baseline(policy, memory, [f"f{i}" for i in range(40)], 40, 10)


def test_the_floored_and_beyond_parts_weigh_up_to_the_whole(tally: Tally) -> None:
    figures = tally.floor_figures()
    share = figures["floored_share"]
    floored, beyond = figures["retention_floored"], figures["retention_beyond_floor"]
    assert share is not None and floored is not None and beyond is not None
    whole = tally.interday_recalled / tally.interday
    assert share * floored + (1 - share) * beyond == pytest.approx(whole)
    expected = figures["expected_retention_interday"]
    below = tally.floored_expected / tally.floored
    assert expected is not None and figures["expected_beyond_floor"] is not None
    assert share * below + (1 - share) * figures["expected_beyond_floor"] == pytest.approx(expected)


def test_the_floor_holds_the_reviews_that_come_late(tally: Tally) -> None:
    """Floored reviews are some, not all, and were asked below the target; the others near it
    (the scheduler knows the learner's true parameters)."""
    figures = tally.floor_figures()
    share = figures["floored_share"]
    assert share is not None and 0.02 < share < 0.5
    assert tally.floored_expected / tally.floored < 0.87
    beyond = figures["expected_beyond_floor"]
    assert beyond is not None and 0.88 < beyond < 0.92


def test_a_review_is_floored_by_the_stability_before_it() -> None:
    """Reviewed once at first sight (a forgotten fact's stability is well under a day), then
    the next day: floored. Then ten days on, from a stability of days: not floored."""
    seed = next(s for s in range(50) if not _first_sight(s))  # a fact forgotten at first
    memory = HiddenMemory(DEFAULTS, random.Random(seed))
    tally = Tally()
    tally.attempt(memory, "f", START)
    first = memory.stability("f")
    assert first is not None and first < 1.0
    tally.attempt(memory, "f", START + timedelta(days=1))
    assert tally.interday == 1 and tally.floored == 1
    while (memory.stability("f") or 0.0) < 1.0:
        tally.attempt(memory, "f", START + timedelta(days=2))
    before = tally.floored
    tally.attempt(memory, "f", START + timedelta(days=12))
    assert tally.floored == before and tally.interday >= 2


def _first_sight(seed: int) -> bool:
    return HiddenMemory(DEFAULTS, random.Random(seed)).attempt("f", START)
