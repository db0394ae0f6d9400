"""How far a ladder can reach from its key: a bound that holds for every random stream.

ladder_gaps.sized_gaps draws each gap as a share of the key's size times a jitter, rounded to
the key's unit, or (below the tolerance floor) a unit or two past the floor; a ladder of n values
puts at most n - 1 gaps on one side of the key, and each value is rounded to the key's digits (less
than a unit). A caller that only needs to know whether any draw could reach some figure
(argument_false.never_false_figure) asks this instead of drawing ladder after ladder.
"""

from __future__ import annotations

import math

from quizapp.facts.values import Quantity
from quizapp.generate.ladder import GAP_JITTER, GAP_SHARE, _min_step, _unit


def reach(v: Quantity, n: int) -> float:
    """No value of a ladder of at most n values around v (a quantity: no year, date or sum
    of money) lies further than this from v's own number."""
    unit, floor = _unit(v), _min_step(v)
    size = abs(v.value) if v.value else unit * 10
    drawn = (size * GAP_SHARE[1] * GAP_JITTER[1] / unit + 1) * unit
    floored = (math.ceil(floor / unit) + 2) * unit
    return (n - 1) * max(drawn, unit, floored) + unit
