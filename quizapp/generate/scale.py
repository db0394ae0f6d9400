"""Options on a scale of ratios: none set apart from the rest by its order of magnitude.

A learner who knows only roughly how big a figure is ('a light metal', 'the heaviest natural
element') rules out a figure many times off the rest. Two shapes give the item away: the key
alone at one end (`off_scale`: 1.74 g/cm³ among 11.34 / 13.53 / 22.59) and a wrong option far
off the key while the key's nearest neighbour is close (`dead_option`: 22.59 g/cm³ among
0.89 / 1.46 / 1.74, so the item is a choice of three). Both apply only where every figure is
above zero and none is a year or a date: a scale of ratios (-186 °C is not one). Options that
climb by like ratios throughout (1,000 / 3,000 / 10,000 / 30,000) pass both.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence

from quizapp.facts.values import Date, NumericValue, Year
from quizapp.generate.gate_scope import judges
from quizapp.generate.index import DeckIndex
from quizapp.generate.ladder import LONE_GAP
from quizapp.generate.numbers import parse_number
from quizapp.generate.question import Question

SCALE_FACTOR = 3.0  # an option this many times off the key may be on another scale
# a wrong option this many times further off the key (as a ratio) than the key's nearest
# neighbour is dead: like ratios put the far end of four options three steps off (1,000
# among 3,000 / 10,000 / 30,000 passes); 1.74 is dead for copper's 8.96 beside 13.53
DEAD_GAP = 3.5


def _ratio_scale(values: Sequence[NumericValue], key: NumericValue) -> bool:
    return (
        len(values) >= 3
        and not isinstance(key, Year | Date)
        and all(v.magnitude > 0 for v in values)
    )


def off_scale(values: Sequence[NumericValue], key: NumericValue) -> bool:
    """Whether other subjects' figures leave the key alone at one end on a scale of ratios:
    a density of 1.74 g/cm³ among 11.34 / 13.53 / 22.59 (heavy metals) gives the light metal
    away. A key at an end is off scale when its neighbour is more than SCALE_FACTOR times off
    it and that ratio exceeds LONE_GAP times the middle one of the other ratios between
    neighbours (not the largest: carbon's 6 protons among 26 / 79 / 92 is alone, though 26 to
    79 is a step of three too): options climbing by like ratios throughout (1,000 / 3,000 /
    10,000 / 30,000) pass, and so do figures that bracket the key and any set with a figure
    at or below zero (-186 °C)."""
    if not _ratio_scale(values, key):
        return False
    ordered = sorted(values, key=lambda v: v.magnitude)
    if key.display() not in (ordered[0].display(), ordered[-1].display()):
        return False
    steps = [math.log(b.magnitude / a.magnitude) for a, b in itertools.pairwise(ordered)]
    own, rest = (
        (steps[0], steps[1:]) if key.display() == ordered[0].display() else (steps[-1], steps[:-1])
    )
    return own > math.log(SCALE_FACTOR) and own > LONE_GAP * statistics.median(rest)


def dead_options(values: Sequence[NumericValue], key: NumericValue) -> list[NumericValue]:
    """The wrong options a learner rules out by scale alone (`far_off`)."""
    if not _ratio_scale(values, key):
        return []
    shown = [v.display() for v in values]
    if key.display() not in shown or len(set(shown)) < len(shown):
        return []
    magnitudes = [v.magnitude for v in values]
    dead = far_off(magnitudes, shown.index(key.display()))
    return [values[i] for i in dead]


def far_off(magnitudes: Sequence[float], key: int) -> list[int]:
    """Which of these figures (all above zero; `key` the key's place) a learner rules out by
    scale alone: more than SCALE_FACTOR times off the key, more than DEAD_GAP times as far
    off it (as a ratio) as the key's nearest neighbour, and cut off from the key by a step of
    more than SCALE_FACTOR between neighbouring figures. Magnesium's 1.74 g/cm³ beside 1.46
    leaves osmium's 22.59 dead; uranium's 92 beside 79 leaves 8 and 26 dead. Figures climbing
    by like ratios (1,000 / 3,000 / 10,000 / 30,000) or by like steps (2 / 5 / 8 / 12) leave
    none."""
    if len(magnitudes) < 3 or min(magnitudes) <= 0:
        return []
    order = sorted(range(len(magnitudes)), key=lambda i: magnitudes[i])
    logs = [math.log(magnitudes[i] / magnitudes[key]) for i in order]
    at = order.index(key)
    nearest = min(abs(x) for r, x in enumerate(logs) if r != at)
    far = max(math.log(SCALE_FACTOR), DEAD_GAP * nearest)
    steps = [b - a for a, b in itertools.pairwise(logs)]
    return sorted(
        order[r]
        for r in range(len(order))
        if r != at
        and abs(logs[r]) > far
        and max(steps[min(r, at) : max(r, at)]) > math.log(SCALE_FACTOR)
    )


@judges("numeric_mcq")
def no_dead_option(q: Question, ix: DeckIndex) -> str | None:
    """The gate: no option of a number ladder is ruled out by its scale alone (`far_off`)."""
    if q.kind != "numeric_mcq" or not q.options or len(q.answer) != 1:
        return None
    if q.answer[0] not in q.options or not q.fact_ids:
        return None
    if isinstance(ix.numeric_value(ix.fact(q.fact_ids[0])), Year | Date):
        return None
    parsed = [parse_number(o) for o in q.options]
    magnitudes = [n.value * n.scale for n in parsed if n is not None]
    if len(magnitudes) != len(q.options):
        return None
    dead = far_off(magnitudes, q.options.index(q.answer[0]))
    if not dead:
        return None
    return f"options far off the key's scale: {', '.join(q.options[i] for i in dead)}"
