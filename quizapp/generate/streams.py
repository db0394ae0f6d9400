"""One random stream per (kind, fact), seeded only when first drawn from.

Seeding a Mersenne Twister from a string hashes it and fills 624 words (about 10 µs); a deck
makes one stream per kind and fact, and most are never drawn from (a kind that does not fit
the fact returns at once: 88% of the streams of the bundled and synthetic decks). A
`LazyRandom` stores its seed and seeds itself on its first draw, so it yields exactly the
numbers `random.Random(seed)` would.
"""

from __future__ import annotations

import random
from typing import Any

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
