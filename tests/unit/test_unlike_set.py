"""argument_unlike.unlike_set: the depth-first search for n mutually unlike wrong options, run
when the greedy pass falls short, searches only the SEARCHED nearest candidates, so its cost is
bounded however large the pool (it was a search over the whole ranked pool)."""

from __future__ import annotations

from math import comb

from quizapp.generate.argument_unlike import SEARCHED, unlike_set


def test_it_finds_the_set_the_greedy_pass_misses() -> None:
    # greedy takes a, b, then c and d are each alike a: two short. b, c, d are pairwise apart.
    alike = {frozenset("ac"), frozenset("ad")}
    found = unlike_set(list("abcd"), 3, lambda x, y: frozenset((x, y)) not in alike)
    assert found == ["b", "c", "d"]


def test_its_cost_is_bounded_however_large_the_pool() -> None:
    """Two camps, each option apart from the other camp only: every pair across is apart and
    no three are, so the search tries everything it may. The whole pool of 200 would cost
    millions of checks; the capped search at most a few per partial set."""
    pool = [f"{'xy'[i % 2]}{i}" for i in range(200)]
    calls = 0

    def apart(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return a[0] != b[0]

    assert unlike_set(pool, 3, apart) == []
    partial_sets = sum(comb(SEARCHED, k) for k in range(3))
    assert 0 < calls <= partial_sets * SEARCHED * 2


def test_candidates_beyond_the_cap_are_not_searched() -> None:
    pool = [f"near{i}" for i in range(SEARCHED)] + ["far1", "far2", "far3"]
    found = unlike_set(pool, 3, lambda a, b: a.startswith("far") and b.startswith("far"))
    assert found == []  # only the far ones are mutually apart, and they lie past the cap
    within = unlike_set(pool[-3:], 3, lambda a, b: a.startswith("far") and b.startswith("far"))
    assert within == ["far1", "far2", "far3"]
