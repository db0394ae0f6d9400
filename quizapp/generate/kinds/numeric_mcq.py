"""Choose the number: four values in ascending order, the key at a random rank.

Real values of the *same relation* come first (another country's migration figure, true of
something else and false here); a ladder fills in when there are too few. Values of other
relations that merely share a unit are never used: a survey share is no lure for a migration
change. Every option has the key's shape (precision, scale, "about"); no year or date is later
than the source; a year or date is asked only for an `exclusive` relation (a single event).
No option lies outside what the world and the deck allow, none is true of the subject in
another relation, and the key never stands apart by its spacing (generate/plausible.py).
"""

from __future__ import annotations

import itertools
import random

from quizapp.facts.model import Fact
from quizapp.facts.values import Date, NumericValue, Year, same_scale
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, numeric_key
from quizapp.generate.ladder import key_stands_out, ladder, shape
from quizapp.generate.plausible import bound_tiers, bounds_for, inside, true_of_subject

N_OPTIONS = 4
SAMPLE = 24  # real values drawn per item, enough to fill both sides
SCAN = 4 * SAMPLE  # values of the relation looked at per item, at most
# neighbouring options at least this share of the key apart: '95% / 98%' splits hairs (the
# source's own figure may be rounded) and a key near a bound squeezes the ladder that tight
MIN_SPACING = 0.06


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    value = ix.numeric_value(fact)
    rel = ix.relations[fact.relation]
    if value is None:
        return []
    if not rel.functional:
        return [Dropped("numeric_mcq", "other values may also be true (relation not functional)")]
    if isinstance(value, Year | Date) and not rel.exclusive:
        return [Dropped("numeric_mcq", "other dates may also be true (relation not exclusive)")]
    values = _from_relation(ix, fact, value, rng)
    if not well_spaced(values, value):
        values = _wide_ladder(ix, fact, value, rng)
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


def _from_relation(
    ix: DeckIndex, fact: Fact, value: NumericValue, rng: random.Random
) -> list[NumericValue]:
    """The relation's other values around the key, the ladder's where they run out; [] if
    the relation has none. The key's rank is drawn first and uniformly, then filled from each
    side: real values where they lie on that side, ladder values where they do not."""
    want = shape(value.display())
    bounds, avoid = bounds_for(ix, fact), true_of_subject(ix, fact)
    pool: dict[str, NumericValue] = {}
    siblings = ix.numeric_by_relation.get(fact.relation, [])
    if len(siblings) > SCAN:  # a big relation: a random sample of its values keeps this linear
        siblings = rng.sample(siblings, SCAN)
    for other, v, shown, v_shape in siblings:
        if other.id == fact.id or type(v) is not type(value) or v_shape != want:
            continue
        if not inside(v.magnitude, bounds) or shown in avoid:
            continue
        if not same_scale(v, value):
            continue
        if abs(v.magnitude - value.magnitude) <= v.tolerance + value.tolerance:
            continue
        pool.setdefault(shown, v)
    if not pool:
        return []
    rank = rng.randrange(N_OPTIONS)
    latest = ix.latest_year(fact)
    steps = ladder(value, rng, N_OPTIONS, latest, rank, bounds, avoid)
    if not steps or steps[rank] is not value:
        return steps  # the rank cannot be filled (a count of 0 is always the lowest)
    # a bounded random sample keeps this linear in the deck's size
    real = rng.sample(list(pool.values()), min(len(pool), SAMPLE))
    below = [v for v in real if v.magnitude < value.magnitude][:rank]
    above = [v for v in real if v.magnitude > value.magnitude][: N_OPTIONS - 1 - rank]
    below += steps[: rank - len(below)]
    above += steps[rank + 1 + len(above) :]
    spaced = sorted([value, *below, *above], key=lambda v: v.magnitude)
    labels = {v.display() for v in spaced}
    if len(spaced) != N_OPTIONS or len(labels) != N_OPTIONS:
        return steps
    for a, b in itertools.pairwise(spaced):
        if b.magnitude - a.magnitude <= a.tolerance + b.tolerance:
            return steps
    return steps if key_stands_out(spaced, value) else spaced


def well_spaced(values: list[NumericValue], key: NumericValue) -> bool:
    """Every two neighbouring options at least MIN_SPACING of the key apart (years and dates
    are spaced by the ladder in whole years or months)."""
    if not values:
        return False
    if isinstance(key, Year | Date):
        return True
    floor = MIN_SPACING * abs(key.magnitude)
    ordered = sorted(values, key=lambda v: v.magnitude)
    return all(b.magnitude - a.magnitude >= floor for a, b in itertools.pairwise(ordered))


def _wide_ladder(
    ix: DeckIndex, fact: Fact, value: NumericValue, rng: random.Random
) -> list[NumericValue]:
    """A ladder with the key at each rank in turn (drawn at random) until one is well spaced:
    a key near a bound (95%) sits at the top rather than among options 2 points apart."""
    ranks = list(range(N_OPTIONS))
    rng.shuffle(ranks)
    avoid = true_of_subject(ix, fact)
    # within the relation's true figures where a ladder fits there, then a little beyond
    # them; else within the declared bounds only (three planets' temperatures leave no room)
    for bounds in bound_tiers(ix, fact):
        for rank in ranks:
            steps = ladder(value, rng, N_OPTIONS, ix.latest_year(fact), rank, bounds, avoid)
            if well_spaced(steps, value):
                return steps
    return []
