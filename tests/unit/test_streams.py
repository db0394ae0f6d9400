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
