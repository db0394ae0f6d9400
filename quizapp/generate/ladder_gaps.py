"""A ladder's gaps for a key that is no year or date: about a fifth of the key's size each.

Split from ladder.py so that the hot loop reads the key once: a deck draws tens of thousands
of gaps (about six thousand attempts on the elements deck alone, most of which fail a later
check), so the key's type and size are looked at once per ladder, not once per attempt. The
draws are rng.uniform's own (a + (b - a) * random()), inline, in the same stream.
"""

from __future__ import annotations

import math
import random

ATTEMPTS = 8  # draws of gaps per rank, each a little narrower than the last
GAP_SHARE = (0.14, 0.3)  # a gap is this share of the key's size...
GAP_JITTER = (0.7, 1.45)  # ...times a factor drawn for each gap on its own
SHRINK = tuple(0.7**attempt for attempt in range(ATTEMPTS))  # each attempt's narrowing


def sized_gaps(
    size: float, n: int, rng: random.Random, attempt: int, unit: float, floor: float
) -> list[float]:
    """n-1 gaps proportional to `size` (the key's magnitude, or a few units for a zero key),
    rounded to the key's unit, never below it or the tolerance floor."""
    draw = rng.random
    # each attempt narrower; the last at the tolerance floor, so a key near a bound fits
    if attempt == ATTEMPTS - 1:
        base = 0.0
    else:
        base = size * (GAP_SHARE[0] + (GAP_SHARE[1] - GAP_SHARE[0]) * draw()) * SHRINK[attempt]
    low, span = GAP_JITTER[0], GAP_JITTER[1] - GAP_JITTER[0]
    gaps = []
    for _ in range(n - 1):
        gap = round(base * (low + span * draw()) / unit) * unit
        if unit > gap:  # never finer than the key's own precision
            gap = unit
        if gap < floor:  # the tolerance sets the gap: vary it by a unit, or all gaps match
            gap = (math.ceil(floor / unit - 1e-9) + rng.randint(0, 1)) * unit
        gaps.append(gap)
    return gaps


def draw_in_vain(rng: random.Random, n: int, ranks: int) -> None:
    """The draws of `ranks` ranks' attempts whose ladders cannot pass (ladder._Key.fits), for a
    key whose tolerance floor is no wider than its unit: then no gap falls below the floor, so
    sized_gaps draws only a base (but on the last attempt) and one factor per gap, whatever
    they come to. Drawn as many times at once, the stream goes on as after the attempts."""
    draw = rng.random
    for _ in range(ranks * (ATTEMPTS - 1 + ATTEMPTS * (n - 1))):
        draw()
