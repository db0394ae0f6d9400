"""Choose the number: four values in ascending order, the key at a random rank.

Real values of the same family and scale from the deck come first (they are true of
something else, false here); a ladder fills in when the deck has too few.
"""

from __future__ import annotations

import itertools
import random

from quizapp.facts.model import Fact
from quizapp.facts.values import NumericValue, same_scale
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, bounded, build, numeric_key
from quizapp.generate.ladder import ladder

N_OPTIONS = 4


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    value = ix.numeric_value(fact)
    rel = ix.relations[fact.relation]
    if value is None:
        return []
    if not rel.functional:
        return [Dropped("numeric_mcq", "other values may also be true (relation not functional)")]
    values = _from_deck(ix, fact, value, rng) or ladder(value, rng, N_OPTIONS)
    if not values:
        return [Dropped("numeric_mcq", "no valid ladder of values")]
    values = sorted(values, key=lambda v: v.magnitude)
    options = [v.display() for v in values]
    prompt = ix.say(rel.templates.forward, fact)
    return [
        build(
            ix,
            "numeric_mcq",
            "forward",
            [fact],
            prompt,
            [value.display()],
            options=options,
            numeric=numeric_key(ix, fact),
        )
    ]


def _from_deck(
    ix: DeckIndex, fact: Fact, value: NumericValue, rng: random.Random
) -> list[NumericValue]:
    """Real deck values around the key, with the key's rank drawn uniformly; [] if too few."""
    pool: dict[str, NumericValue] = {}
    for other in bounded(ix.numeric_by_family[value.family], rng):
        v = ix.numeric_value(other)
        if v is None or other.id == fact.id or not same_scale(v, value):
            continue
        if abs(v.magnitude - value.magnitude) <= v.tolerance + value.tolerance:
            continue
        if type(v) is not type(value) or getattr(v, "approx", False) != getattr(
            value, "approx", False
        ):
            continue
        pool.setdefault(v.display(), v)
    below = sorted(
        (v for v in pool.values() if v.magnitude < value.magnitude), key=lambda v: v.magnitude
    )
    above = sorted(
        (v for v in pool.values() if v.magnitude > value.magnitude), key=lambda v: v.magnitude
    )
    rank = rng.randrange(N_OPTIONS)
    if len(below) < rank or len(above) < N_OPTIONS - 1 - rank:
        return []
    picked = rng.sample(below, rank) + rng.sample(above, N_OPTIONS - 1 - rank)
    spaced = sorted([value, *picked], key=lambda v: v.magnitude)
    for a, b in itertools.pairwise(spaced):
        if b.magnitude - a.magnitude <= a.tolerance + b.tolerance:
            return []
    return [value, *picked]
