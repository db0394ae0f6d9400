"""LazyRandom (generate/streams.py) draws exactly what random.Random(seed) draws."""

from __future__ import annotations

import random

import pytest

from quizapp.generate.streams import LazyRandom


def draws(rng: random.Random) -> list[object]:
    items = list(range(60))
    rng.shuffle(items)
    return [
        rng.random(),
        rng.sample(range(10_000), 12),
        items,
        rng.randint(1, 10**30),
        rng.choice("abcdefgh"),
        rng.uniform(2.0, 3.0),
        rng.randrange(7),
        rng.gauss(0.0, 1.0),
        rng.getrandbits(70),
    ]


@pytest.mark.parametrize("seed", ["0:mcq:f-1", "9:true_false:c-cis-weak", ""])
def test_same_stream_as_random(seed: str) -> None:
    assert draws(LazyRandom(seed)) == draws(random.Random(seed))


def test_state_before_any_draw_is_the_seeded_state() -> None:
    assert LazyRandom("1:cloze:x").getstate() == random.Random("1:cloze:x").getstate()


def test_reseeding_replaces_the_pending_seed() -> None:
    rng = LazyRandom("a")
    rng.seed("b")
    assert draws(rng) == draws(random.Random("b"))


def test_unseeded_until_drawn() -> None:
    rng = LazyRandom("2:ordering:y")
    assert rng.__dict__["_pending"] == "2:ordering:y"  # nothing hashed or filled yet
    rng.random()
    assert rng.__dict__["_pending"] is None


@pytest.mark.parametrize("seed", range(40))
def test_sample_draws_as_random_sample(seed: int) -> None:
    """LazyRandom.sample inlines random.Random.sample: the same items, and the stream left at
    the same point, for pools smaller and larger than sample's set threshold, lists and tuples."""
    for n in (1, 5, 6, 20, 48, 50, 276, 277, 278, 500, 3000):
        for k in (0, 1, 2, 5, 6, 20, 48):
            if k > n:
                continue
            population = list(range(n)) if k % 2 else tuple(f"e{i}" for i in range(n))
            ours, theirs = LazyRandom(f"{seed}:{n}:{k}"), random.Random(f"{seed}:{n}:{k}")
            assert ours.sample(population, k) == theirs.sample(population, k)
            assert ours.random() == theirs.random()


def test_sample_refuses_what_random_sample_refuses() -> None:
    with pytest.raises(ValueError):
        LazyRandom("x").sample([1, 2], 3)
    assert LazyRandom("x").sample(range(10), 3) == random.Random("x").sample(range(10), 3)
