"""Where a wrong number may lie, and which numbers are no lure because they are true.

A false value or wrong option must be wrong only by the fact it is asked about, not by the
world or by another fact of the deck: 'uranium has 223 protons' is false on its face (an
atomic number is at most 118), 'caesium melts at 17.8 °C' contradicts the deck's 'caesium is
solid at 25 °C', and 'gold's density is 28.9 g/cm³' outdoes the densest element. The
relation's `bounds` give the world's range, the fact's own `bounds` what the deck's other
facts pin; a number true of the same subject in another relation of the same unit (its
launch date offered as its landing date) is no wrong option either. Where the relation
holds several figures (six missions' hours on the Moon), wrong ones stay near their spread:
'134 hours on the Moon' is false on its face when the longest stay was 75. A wrong figure is
first sought within the true figures' own range (no '124 kg' of rock where the largest haul
was 111 kg), then a little beyond it, and only then within the declared bounds alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.facts.model import Fact
from quizapp.facts.values import Date, Percentage, Quantity
from quizapp.generate.index import DeckIndex
from quizapp.generate.story_span import story_bounds

Bounds = Sequence[float | None]  # [lowest, highest], either None for open


def bounds_for(
    ix: DeckIndex, fact: Fact, spread: bool = True, margin: float = 0.0
) -> Bounds | None:
    """The tightest of the relation's and the fact's bounds (and, with `spread`, of the range
    of the relation's true figures widened by `margin` of it), in the value's own magnitude (a
    date's bounds are written in years: 1969 to 1972 is January 1969 to December 1972); None
    when none sets any. A year or date also stays within its relation's true dates and the
    deck's span (story_span.py), whatever the tier."""
    declared = (ix.relations[fact.relation].bounds, fact.bounds)
    is_date = isinstance(fact.object, Date)
    given: list[Bounds] = [_as_months(b) if is_date else b for b in declared if b is not None]
    near = spread_of(ix, fact, margin) if spread else None
    if near is not None:
        given.append(near)
    given += story_bounds(ix, fact)  # a year or date: its relation's and the deck's span
    lows = [b[0] for b in given if b[0] is not None]
    highs = [b[1] for b in given if b[1] is not None]
    if not lows and not highs:
        return None
    return (max(lows) if lows else None, min(highs) if highs else None)


def _as_months(b: Bounds) -> Bounds:
    """Bounds written in years as a date's magnitudes (months): 1972 ends in December."""
    low, high = b
    return (None if low is None else low * 12, None if high is None else high * 12 + 11.99)


SPREAD_FACTS = 3  # figures of one relation and unit before their spread bounds wrong ones
SPREAD_MARGIN = 0.25  # of that spread, allowed beyond each end of it where none fits within
# where wrong figures are sought, in turn: within the true figures' range, a little beyond it,
# within the declared bounds alone (three planets' temperatures leave no room for a ladder)
TIERS: tuple[float | None, ...] = (0.0, 0.1, SPREAD_MARGIN, None)


def bound_tiers(ix: DeckIndex, fact: Fact) -> list[Bounds | None]:
    """The bounds to try for a fact's wrong figures, tightest first (distinct ones only)."""
    found: list[Bounds | None] = []
    for margin in TIERS:
        b = bounds_for(ix, fact, spread=margin is not None, margin=margin or 0.0)
        b = None if b is None else tuple(b)
        if b not in found:
            found.append(b)
    return found


def _spreads(ix: DeckIndex) -> dict[tuple[str, str], tuple[float, float]]:
    """Per (relation, unit family): the range of its true figures; worked out once per deck
    and kept on its index (as argument_of keeps the argument), so a big deck stays linear and
    no module-level state outlives or mixes decks."""
    found = ix.__dict__.get("_spreads")
    if isinstance(found, dict):
        return found
    values: dict[tuple[str, str], set[float]] = {}
    for relation, rows in ix.numeric_by_relation.items():
        for _, v, _, _ in rows:
            if isinstance(v, Quantity | Percentage):
                values.setdefault((relation, v.family), set()).add(v.magnitude)
    table = {k: (min(xs), max(xs)) for k, xs in values.items() if len(xs) >= SPREAD_FACTS}
    ix.__dict__["_spreads"] = table
    return table


def spread_of(ix: DeckIndex, fact: Fact, margin: float = SPREAD_MARGIN) -> Bounds | None:
    """Where the relation's true figures of the fact's unit lie, widened by `margin` (a share
    of their largest size, room for a ladder): no wrong quantity or share beyond all of them.
    None for years and dates (story_span.py bounds them, tiers or not) and for relations with
    fewer than SPREAD_FACTS distinct figures."""
    value = ix.numeric_value(fact)
    if not isinstance(value, Quantity | Percentage):
        return None
    found = _spreads(ix).get((fact.relation, value.family))
    if found is None:
        return None
    lo, hi = found
    room = margin * max(hi - lo, abs(lo), abs(hi))
    # never far below the smallest: 2 kg of samples where the least brought back 22
    return (max(lo - room, lo / 2) if lo > 0 else lo - room), hi + room


def inside(x: float, bounds: Bounds | None) -> bool:
    """x within the bounds, edges included (the author writes the edge values allowed)."""
    if bounds is None:
        return True
    low, high = bounds
    return (low is None or x >= low) and (high is None or x <= high)


def true_of_subject(ix: DeckIndex, fact: Fact) -> frozenset[str]:
    """How the subject's other numbers of the key's kind and unit read: true of it, so no
    wrong option for this fact."""
    value = ix.numeric_value(fact)
    if value is None:
        return frozenset()
    return frozenset(
        v.display()
        for f in ix.facts_of_subject.get(fact.subject, [])
        if f.id != fact.id and (v := ix.numeric_value(f)) is not None and v.family == value.family
    )


def plausible(ix: DeckIndex, fact: Fact) -> tuple[list[Bounds | None], frozenset[str]]:
    """(bounds to try in turn, numbers to avoid) for a ladder of wrong values for this fact."""
    return bound_tiers(ix, fact), true_of_subject(ix, fact)
