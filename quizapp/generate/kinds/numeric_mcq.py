"""Choose the number: four values in ascending order, the key at a random rank.

Real values of the *same relation* come first (another country's migration figure, true of
something else and false here); a ladder fills in when there are too few. Values of other
relations that merely share a unit are never used: a survey share is no lure for a migration
change. Every option has the key's shape (precision, scale, "about"); no year or date is later
than the source; a year or date is asked only for an `exclusive` relation (a single event).
No option lies outside what the world and the deck allow, none is true of the subject in
another relation, and the key never stands apart by its spacing (generate/plausible.py) nor,
among other subjects' figures, by its scale (`off_scale`).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

from quizapp.facts.model import Fact
from quizapp.facts.values import Date, NumericValue, Year, same_scale
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, numeric_key
from quizapp.generate.ladder import key_stands_out, ladder, shape
from quizapp.generate.ladder_options import Option, options_of
from quizapp.generate.margins import margin
from quizapp.generate.plausible import (
    Bounds,
    bound_tiers,
    bounds_for,
    inside,
    spread_of,
    true_of_subject,
)
from quizapp.generate.scale import dead_options, off_scale

__all__ = ["generate", "off_scale"]

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
    values = [] if rel.subject_is_question else _from_relation(ix, fact, value, rng)  # cards: r428
    if not fair_set(values, value):
        values = _wide_ladder(ix, fact, value, rng)
    if len(_beyond(ix, fact, values, value)) > 1 or _past_extreme(ix, fact, values, value) > 1:
        # '86 / 96 / 107 hours' past the longest, 75; 'just over 110 kg' below 150 / 190 / 230
        values = _wide_ladder(ix, fact, value, rng, near=True) or values
    if not values or not clear_of_key(values, value):
        return [Dropped("numeric_mcq", "no valid ladder of values")]
    if dead_options(values, value):  # '3%' among '10% / 16% / 21%': a choice of three
        return [Dropped("numeric_mcq", "an option far off the key's scale")]
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
    # the key's type, size and tolerance read once, not once per sibling
    kind, size, tolerance = type(value), value.magnitude, value.tolerance
    for other, v, shown, v_shape in siblings:
        if other.id == fact.id or type(v) is not kind or v_shape != want:
            continue
        x = v.magnitude
        if not inside(x, bounds) or shown in avoid or not same_scale(v, value):
            continue
        if abs(x - size) <= v.tolerance + tolerance:
            continue
        pool.setdefault(shown, v)
    if not pool:
        return []
    real = _real_only(value, list(pool.values()), rng)
    if real:
        return real
    rank = rng.randrange(N_OPTIONS)
    steps = _ranked_ladder(ix, fact, value, rng, rank)
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
    return steps if gives_away(spaced, value) else spaced


def gives_away(values: list[NumericValue], key: NumericValue) -> bool:
    """Whether the options' spacing or scale gives the key away (generate/scale.py)."""
    return key_stands_out(values, key) or off_scale(values, key) or bool(dead_options(values, key))


REAL_DRAWS = 6  # random sets of the relation's true figures tried before a ladder...
FEW_FIGURES = 9  # ...or all of them, where the relation has this few other figures


def _real_only(
    value: NumericValue, pool: list[NumericValue], rng: random.Random
) -> list[NumericValue]:
    """Wrong options all true figures of the relation, drawn at random: none lies outside
    their range ('124 kg' where the largest haul was 111 kg) and, drawn evenly, the key's
    rank is even over the relation's facts (a key ranks where the subject does). [] when
    the relation has too few figures or no draw is well spaced."""
    if len(pool) < N_OPTIONS - 1:
        return []
    if len(pool) <= FEW_FIGURES:  # every set, in random order: the few that fit are found
        draws = list(itertools.combinations(pool, N_OPTIONS - 1))
        rng.shuffle(draws)
    else:
        draws = [tuple(rng.sample(pool, N_OPTIONS - 1)) for _ in range(REAL_DRAWS)]
    for drawn in draws:
        spaced = sorted([value, *drawn], key=lambda v: v.magnitude)
        apart = all(
            b.magnitude - a.magnitude > a.tolerance + b.tolerance
            for a, b in itertools.pairwise(spaced)
        )
        if apart and well_spaced(spaced, value) and not gives_away(spaced, value):
            return spaced
    return []


def fair_set(values: list[NumericValue], key: NumericValue) -> bool:
    """Well spaced, clear of the key, and no option dead by its scale alone."""
    return well_spaced(values, key) and clear_of_key(values, key) and not dead_options(values, key)


def clear_of_key(values: list[NumericValue], key: NumericValue) -> bool:
    """No wrong option within the key's uncertainty: '1895' is half right for helium, seen in
    1868 and isolated in 1895 (a year's `circa`)."""
    return all(
        abs(v.magnitude - key.magnitude) > margin(key)
        for v in values
        if v.display() != key.display()
    )


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
    ix: DeckIndex, fact: Fact, value: NumericValue, rng: random.Random, near: bool = False
) -> list[NumericValue]:
    """A ladder with the key at each rank in turn (drawn at random) until one is well spaced:
    a key near a bound (95%) sits at the top rather than among options 2 points apart. With
    `near`, also at most one wrong option past the relation's true figures: an informed
    learner strikes out every figure beyond the longest stay on the Moon."""

    def fits(steps: list[NumericValue], key: NumericValue) -> bool:
        if not well_spaced(steps, key) or dead_options(steps, key):
            return False
        beyond = len(_beyond(ix, fact, steps, key)) > 1 or _past_extreme(ix, fact, steps, key) > 1
        return not near or not beyond

    ranks = list(range(N_OPTIONS))
    rng.shuffle(ranks)
    made = options_of(ix, value)  # every rank's ladders share the options made of the key
    if near:  # any rank within the true figures (a tenth beyond) before a rank past them:
        tight = bound_tiers(ix, fact)[:2]  # 'just over 110 kg' at the top of the hauls, not
        for rank in ranks:  # at the bottom of 110 / 150 / 190 / 230 kg (session 44)
            steps = _ranked_ladder(ix, fact, value, rng, rank, fits, made, tight)
            if steps:
                return steps
    for rank in ranks:
        steps = _ranked_ladder(ix, fact, value, rng, rank, fits, made)
        if steps:
            return steps
    return []


def _beyond(
    ix: DeckIndex, fact: Fact, values: list[NumericValue], key: NumericValue
) -> list[NumericValue]:
    """The wrong options past the relation's true figures (a tenth of their spread allowed)
    on the side where the key is not itself the extreme figure."""
    spread = spread_of(ix, fact, margin=0.1)
    if spread is None:
        return []
    low, high = spread
    lowest, highest = _true_range(ix, fact)
    return [
        v
        for v in values
        if v.display() != key.display()
        and (
            (high is not None and v.magnitude > high and key.magnitude < highest)
            or (low is not None and v.magnitude < low and key.magnitude > lowest)
        )
    ]


def _past_extreme(ix: DeckIndex, fact: Fact, values: list[NumericValue], key: NumericValue) -> int:
    """How many options lie past a key that is the relation's largest (or smallest) true
    figure, beyond the true figures (a tenth allowed): '_beyond' leaves that side out, but two
    or more there leave the key among few a learner who knows the range keeps ('just over 110
    kg' below 150 / 190 / 230 kg; session 44)."""
    spread = spread_of(ix, fact, margin=0.1)
    low, high = spread if spread is not None else (None, None)
    if low is None or high is None:
        return 0
    others = [v.magnitude for v in values if v.display() != key.display()]
    lowest, highest = _true_range(ix, fact)
    past = [x for x in others if x > high] if key.magnitude >= highest else []
    return len(past) + (len([x for x in others if x < low]) if key.magnitude <= lowest else 0)


def _true_range(ix: DeckIndex, fact: Fact) -> tuple[float, float]:
    """The lowest and highest true figure of the relation in the key's family, worked out
    once per (relation, family): a scan of the relation per fact was quadratic in a big deck."""
    value = ix.numeric_value(fact)
    if value is None:
        return (float("-inf"), float("inf"))
    ranges: dict[tuple[str, str], tuple[float, float]] = ix.__dict__.setdefault("_true_ranges", {})
    key = (fact.relation, value.family)
    if key not in ranges:
        mags = [
            v.magnitude
            for _, v, _, _ in ix.numeric_by_relation.get(fact.relation, [])
            if v.family == value.family
        ]
        ranges[key] = (min(mags), max(mags)) if mags else (float("-inf"), float("inf"))
    return ranges[key]


def _ranked_ladder(
    ix: DeckIndex,
    fact: Fact,
    value: NumericValue,
    rng: random.Random,
    rank: int,
    fits: Callable[[list[NumericValue], NumericValue], bool] = lambda steps, _: bool(steps),
    made: dict[str, Option] | None = None,
    only: list[Bounds | None] | None = None,
) -> list[NumericValue]:
    """A ladder with the key at `rank`, its wrong values within the relation's true figures
    where they fit there, else a little beyond them, else within the declared bounds only
    (three planets' temperatures leave no room); any rank as a last resort. The key's rank
    comes first: an option past the largest true figure is a lesser cue than a key that is
    mostly the lowest option ('96 kg' among '102 / 108 / 111 kg' where the largest is 111)."""
    avoid, latest = true_of_subject(ix, fact), ix.latest_year(fact)
    tiers = bound_tiers(ix, fact) if only is None else only  # `only`: these tiers, strictly
    made = {} if made is None else made  # the ladders below share the options made of the key
    for bounds in tiers:
        steps = ladder(value, rng, N_OPTIONS, latest, rank, bounds, avoid, True, made)
        if fits(steps, value):
            return steps
    if only is not None:
        return []
    steps = ladder(value, rng, N_OPTIONS, latest, rank, tiers[-1], avoid, made=made)
    return steps if fits(steps, value) else []
