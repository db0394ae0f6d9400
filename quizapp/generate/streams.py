"""One random stream per (kind, fact), seeded only when first drawn from.

Seeding a Mersenne Twister from a string hashes it and fills 624 words (about 10 µs); a deck
makes one stream per kind and fact, and most are never drawn from (a kind that does not fit
the fact returns at once: 88% of the streams of the bundled and synthetic decks). A
`LazyRandom` stores its seed and seeds itself on its first draw, so it yields exactly the
numbers `random.Random(seed)` would.

`sample` is the generators' most frequent draw (a choice item samples 48 candidates of a big
deck, then its distractors): `random.Random.sample`'s own algorithm, with the index draws
inlined instead of a `_randbelow` call each, so it yields the same items from the same stream
at about 60% of the cost (tests/unit/test_streams.py compares it with the standard one).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T")

_RANDOM = random.Random.random
_GETRANDBITS = random.Random.getrandbits


class LazyRandom(random.Random):
    """`random.Random(seed)`, seeded on the first draw. Every draw of `random.Random` goes
    through `random()` or `getrandbits()` (both overridden here, so `_randbelow` stays the
    getrandbits one the base class uses); after seeding, the instance's own bound C methods
    take over, so a stream that is drawn from costs no more than before."""

    def __init__(self, seed: str) -> None:  # seeded by _ready, not here
        self._pending: str | None = seed
        self.gauss_next = None

    def _ready(self) -> None:
        if self._pending is not None:
            super().seed(self._pending)
            self._pending = None
            self.random = _RANDOM.__get__(self)  # type: ignore[method-assign]
            self.getrandbits = _GETRANDBITS.__get__(self)  # type: ignore[method-assign]

    def seed(self, a: Any = None, version: int = 2) -> None:
        self._pending = None
        super().seed(a, version)

    def random(self) -> float:
        self._ready()
        return _RANDOM(self)

    def getrandbits(self, k: int, /) -> int:
        self._ready()
        return _GETRANDBITS(self, k)

    def getstate(self) -> tuple[Any, ...]:
        self._ready()
        return super().getstate()

    def sample(self, population: Sequence[T], k: int, *, counts: Any = None) -> list[T]:
        """`random.Random.sample(population, k)`, the same items in the same order from the
        same draws (see the module's docstring); any other call goes to the standard one."""
        if counts is not None or not isinstance(population, list | tuple):
            return super().sample(population, k, counts=counts)
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        self._ready()
        bits = self.getrandbits
        # as random.sample: a pool list where it is smaller than a set of k indexes
        setsize = 21 + (4 ** math.ceil(math.log(k * 3, 4)) if k > 5 else 0)
        result: list[T] = []
        take = result.append
        if n <= setsize:
            pool = list(population)
            for left in range(n, n - k, -1):  # left = n - i for the i-th item
                width = left.bit_length()
                j = bits(width)
                while j >= left:  # _randbelow(left): draw again past the range
                    j = bits(width)
                take(pool[j])
                pool[j] = pool[left - 1]
            return result
        selected: set[int] = set()
        chosen = selected.add
        width = n.bit_length()
        for _ in range(k):
            j = bits(width)
            while j >= n or j in selected:  # _randbelow(n), again while already chosen
                j = bits(width)
            chosen(j)
            take(population[j])
        return result
