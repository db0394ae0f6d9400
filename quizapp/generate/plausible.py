"""Where a wrong number may lie, and which numbers are no lure because they are true.

A false value or wrong option must be wrong only by the fact it is asked about, not by the
world or by another fact of the deck: 'uranium has 223 protons' is false on its face (an
atomic number is at most 118), 'caesium melts at 17.8 °C' contradicts the deck's 'caesium is
solid at 25 °C', and 'gold's density is 28.9 g/cm³' outdoes the densest element. The
relation's `bounds` give the world's range, the fact's own `bounds` what the deck's other
facts pin; a number true of the same subject in another relation of the same unit (its
launch date offered as its landing date) is no wrong option either. Where the relation
holds several figures (six missions' hours on the Moon), wrong ones stay near their spread:
'134 hours on the Moon' is false on its face when the longest stay was 75.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.facts.model import Fact
from quizapp.facts.values import Date, Percentage, Quantity
from quizapp.generate.index import DeckIndex

Bounds = Sequence[float | None]  # [lowest, highest], either None for open


def bounds_for(ix: DeckIndex, fact: Fact, spread: bool = True) -> Bounds | None:
    """The tightest of the relation's and the fact's bounds (and, with `spread`, of the range
    of the relation's true figures), in the value's own magnitude (a date's bounds are written
    in years: 1969 to 1972 is January 1969 to December 1972); None when none sets any."""
    declared = (ix.relations[fact.relation].bounds, fact.bounds)
    given: list[Bounds] = [b for b in declared if b is not None]
    near = spread_of(ix, fact) if spread else None
    if near is not None:
        given.append(near)
    lows = [b[0] for b in given if b[0] is not None]
    highs = [b[1] for b in given if b[1] is not None]
    if not lows and not highs:
        return None
    low, high = (max(lows) if lows else None, min(highs) if highs else None)
    if isinstance(fact.object, Date):  # magnitudes count months
        return (None if low is None else low * 12, None if high is None else high * 12 + 11.99)
    return low, high


SPREAD_FACTS = 3  # figures of one relation and unit before their spread bounds wrong ones
SPREAD_MARGIN = 0.25  # of that spread, allowed beyond each end of it


def _spreads(ix: DeckIndex) -> dict[tuple[str, str], tuple[float, float]]:
    """Per (relation, unit family): the range of its true figures, widened by SPREAD_MARGIN;
    worked out once per deck and kept on its index (as argument_of keeps the argument), so a
    big deck stays linear and no module-level state outlives or mixes decks."""
    found = ix.__dict__.get("_spreads")
    if isinstance(found, dict):
        return found
    values: dict[tuple[str, str], set[float]] = {}
    for relation, rows in ix.numeric_by_relation.items():
        for _, v, _, _ in rows:
            if isinstance(v, Quantity | Percentage):
                values.setdefault((relation, v.family), set()).add(v.magnitude)
    table = {}
    for key, xs in values.items():
        if len(xs) >= SPREAD_FACTS:
            lo, hi = min(xs), max(xs)
            margin = SPREAD_MARGIN * max(hi - lo, abs(lo), abs(hi))  # room for a ladder
            # never far below the smallest: 2 kg of samples where the least brought back 22
            low = max(lo - margin, lo / 2) if lo > 0 else lo - margin
            table[key] = (low, hi + margin)
    ix.__dict__["_spreads"] = table
    return table


def spread_of(ix: DeckIndex, fact: Fact) -> Bounds | None:
    """Where the relation's true figures of the fact's unit lie, with a margin: no wrong
    quantity or share far beyond all of them. None for years and dates (their own rules) and
    for relations with fewer than SPREAD_FACTS distinct figures."""
    value = ix.numeric_value(fact)
    if not isinstance(value, Quantity | Percentage):
        return None
    return _spreads(ix).get((fact.relation, value.family))


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


def plausible(ix: DeckIndex, fact: Fact) -> tuple[Bounds | None, frozenset[str]]:
    """(bounds, numbers to avoid) for a ladder of wrong values for this fact."""
    return bounds_for(ix, fact), true_of_subject(ix, fact)
