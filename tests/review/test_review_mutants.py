"""Tests written for mutants of quizapp/review that survived a sampled mutation run (issue 19:
`SAMPLE=50 SEED=16 tests/mutation/run.sh review`); each names the mutant it kills."""

from __future__ import annotations

import pytest

from quizapp.review.grading import BUILT_KINDS, EXPECTED_MS, FAST, SLOW, rating_for
from quizapp.review.scheduler import Rating


@pytest.mark.parametrize("kind", ["mcq", "true_false", "typed"])
def test_an_answer_taking_exactly_the_slow_limit_is_not_yet_slow(kind: str) -> None:
    """grading.rating_for #30 (`duration_ms > SLOW * expected` -> `>=`): "slow" starts after
    twice the kind's expected time, not at it."""
    limit = int(SLOW * EXPECTED_MS[kind])
    assert rating_for("correct", kind, limit, first=True) == Rating.Good
    assert rating_for("correct", kind, limit + 1, first=True) == Rating.Hard


def test_a_built_answer_taking_exactly_the_fast_limit_is_not_yet_easy() -> None:
    kind = sorted(BUILT_KINDS & EXPECTED_MS.keys())[0]
    limit = int(FAST * EXPECTED_MS[kind])
    assert limit == FAST * EXPECTED_MS[kind]  # a whole number of ms: the edge is reachable
    assert rating_for("correct", kind, limit) == Rating.Good
    assert rating_for("correct", kind, limit - 1) == Rating.Easy
