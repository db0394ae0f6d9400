"""How far apart two figures must be before a round may hinge on their difference.

A figure's precision gives its tolerance; a year may also be an estimate or disputed (`circa`
on the fact: helium seen in 1868 and isolated in 1895, a table's prehistoric guesses). An
ordering, a matching or a choice of numbers that hinges on two figures closer than their
tolerances and uncertainties together asks for a reading, not for knowledge: helium 1868
before germanium 1886, carbon 3750 BC before tin 3500 BC.
"""

from __future__ import annotations

from quizapp.facts.values import NumericValue, Year
from quizapp.generate.ladder import PREHISTORY

ROUGH_SHARE = 0.25  # prehistoric estimates this share of their age apart, or too close


def uncertainty(v: NumericValue | None) -> float:
    """The years either side a year is uncertain by (0 for any other value)."""
    return float(v.circa) if isinstance(v, Year) else 0.0


def disputed(v: NumericValue | None) -> bool:
    """A year the sources give two ways (helium: 1868, also 1895): stated as true, one reading
    reads as the fact, and a learner taught the other says False (review 19415 #55). Its false
    statements stand: they are off every reading by more than the circa."""
    return isinstance(v, Year) and bool(v.also)


def margin(v: NumericValue | None) -> float:
    """The tolerance and the uncertainty of a value together."""
    return 0.0 if v is None else v.tolerance + uncertainty(v)


def estimates_too_close(a: float, b: float, now: int) -> bool:
    """Two years before PREHISTORY BC are a table's round estimates ('about 3750 BC'): told
    apart only when they differ by a good share of their age (9000 BC before 3500 BC), not on
    a couple of centuries between guesses (3750 BC before 3500 BC)."""
    older = min(a, b)
    if older > -PREHISTORY:
        return False
    return abs(a - b) < ROUGH_SHARE * (now - older)


def apart(a: NumericValue, b: NumericValue, now: int) -> bool:
    """Two values of one unit far enough apart that a round may hinge on their order."""
    if abs(a.magnitude - b.magnitude) <= margin(a) + margin(b):
        return False
    both_years = isinstance(a, Year) and isinstance(b, Year)
    return not (both_years and estimates_too_close(a.magnitude, b.magnitude, now))
