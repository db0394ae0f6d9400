"""Where a wrong number may lie, and which numbers are no lure because they are true.

A false value or wrong option must be wrong only by the fact it is asked about, not by the
world or by another fact of the deck: 'uranium has 223 protons' is false on its face (an
atomic number is at most 118), 'caesium melts at 17.8 °C' contradicts the deck's 'caesium is
solid at 25 °C', and 'gold's density is 28.9 g/cm³' outdoes the densest element. The
relation's `bounds` give the world's range, the fact's own `bounds` what the deck's other
facts pin; a number true of the same subject in another relation of the same unit (its
launch date offered as its landing date) is no wrong option either.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.facts.model import Fact
from quizapp.facts.values import Date
from quizapp.generate.index import DeckIndex

Bounds = Sequence[float | None]  # [lowest, highest], either None for open


def bounds_for(ix: DeckIndex, fact: Fact) -> Bounds | None:
    """The tightest of the relation's and the fact's bounds, in the value's own magnitude (a
    date's bounds are written in years: 1969 to 1972 is January 1969 to December 1972); None
    when neither sets any."""
    given = [b for b in (ix.relations[fact.relation].bounds, fact.bounds) if b is not None]
    lows = [b[0] for b in given if b[0] is not None]
    highs = [b[1] for b in given if b[1] is not None]
    if not lows and not highs:
        return None
    low, high = (max(lows) if lows else None, min(highs) if highs else None)
    if isinstance(fact.object, Date):  # magnitudes count months
        return (None if low is None else low * 12, None if high is None else high * 12 + 11.99)
    return low, high


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
