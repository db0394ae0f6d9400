"""Number ladders: plausible wrong numbers in the key's own format, spaced beyond tolerance.

The key's rank is drawn first and uniformly, so picking an extreme option gains nothing; a
rank no ladder fits (a count of 0 cannot sit above anything) gives way to another. Gaps are
proportional to the key (about a fifth of it), each drawn on its own and rounded to the key's
displayed precision, so no constant step gives the key away ('365.24 / 465.24 / 565.24') and
every option reads like the key ('about 57.9 million km', '109,035,343 people'). Zero and
negative values get ladders too: temperatures, elevations and signed changes may go below
zero; counts, shares and money may not. `bounds` keep every option within what the world and
the deck allow (generate/plausible.py), and `avoid` drops numbers true of the subject already.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from quizapp.facts.eras import MAX_YEAR, MIN_YEAR
from quizapp.facts.values import (
    SCALES,
    Date,
    Money,
    NumericValue,
    Percentage,
    Quantity,
    Year,
)
from quizapp.generate.ladder_gaps import ATTEMPTS, draw_in_vain, sized_gaps
from quizapp.generate.ladder_gaps import GAP_JITTER as GAP_JITTER  # re-exported: ladder_reach
from quizapp.generate.ladder_gaps import GAP_SHARE as GAP_SHARE
from quizapp.generate.ladder_options import Option, finer_than_options, fitting, plural
from quizapp.generate.ladder_options import shape as shape
from quizapp.generate.ladder_spread import LONE_GAP as LONE_GAP  # re-exported: scale.py
from quizapp.generate.ladder_spread import key_stands_out as key_stands_out
from quizapp.generate.plausible import Bounds
from quizapp.generate.tolerance import display_step

YEAR_GAPS = (1, 2, 3, 4)  # years apart, for years since 1500
OLD_YEAR_GAPS = (5, 10, 15, 20, 25)  # older years are known less finely
MONTH_GAPS = (1, 2, 3, 4)
SIGNED_UNITS = frozenset({"°C", "°F", "degC", "degF", "degrees Celsius", "degrees Fahrenheit"})
# nothing is colder than absolute zero: a wrong option below it would give the key away
ABSOLUTE_ZERO = {"°C": -273.15, "degC": -273.15, "degrees Celsius": -273.15, "K": 0.0}
SIGN_KEPT_FROM = 100.0  # a temperature this far above zero gets no option below it
ABSOLUTE_ZERO |= {"°F": -459.67, "degF": -459.67, "degrees Fahrenheit": -459.67, "kelvin": 0.0}


def _number(v: NumericValue) -> float:
    """The number as displayed: the amount for money, months for dates, signed years."""
    if isinstance(v, Money):
        return v.amount
    if isinstance(v, Year | Date):
        return v.magnitude
    return float(v.value)  # Quantity, Percentage


def _unit(v: NumericValue) -> float:
    """The key's precision in the ladder's own numbers (1 for years and months): its last
    displayed digit, or its last non-zero one ('7,000 troops' is known to the thousand, so
    its options are too: 5,000, not 5,126)."""
    if isinstance(v, Year):
        return _year_unit(v)
    if isinstance(v, Date):
        return 1.0
    step = display_step(v)
    step = step / SCALES[v.scale] if isinstance(v, Money) else step
    x = _number(v)
    if x and x == int(x):
        exponent = Decimal(int(abs(x))).normalize().as_tuple().exponent
        assert isinstance(exponent, int)
        step = max(step, 10.0**exponent)
    return step


PREHISTORY = 1000  # a BC year this old and round is an estimate ('about 3500 BC')
ESTIMATE_SHARE = 0.25  # wrong estimates differ by this share of the key's age at least...
ESTIMATE_NOW = 2000  # ...counted from about now
ROUGH_YEAR = 100.0  # the finest step such an estimate is known to


def _year_unit(v: Year) -> float:
    """1 for a recorded year; for a round estimate before PREHISTORY BC, its last non-zero
    digit and at least a century, so no option is 'about 3496 BC' beside 'about 3500 BC'."""
    if v.signed > -PREHISTORY or v.value % 10:
        return 1.0
    exponent = Decimal(v.value).normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(ROUGH_YEAR, 10.0**exponent)


def round_estimate(x: float, unit: float) -> float:
    """A wrong estimate as round as a rough date is written: to half its leading power of ten
    and at least to the key's own precision ('about 9000 BC', never 'about 8950 BC')."""
    grid = max(unit, 10.0 ** math.floor(math.log10(abs(x))) / 2) if x else unit
    return float(math.floor(x / grid + 0.5) * grid)


def _decimals(unit: float) -> int:
    return max(0, -math.floor(math.log10(unit) + 1e-9)) if unit < 1 else 0


def may_be_negative(v: NumericValue) -> bool:
    """Whether options below zero make sense: a temperature, an elevation, a change."""
    if isinstance(v, Quantity):
        return v.value < 0 or v.signed or (v.measure and v.unit in SIGNED_UNITS)
    if isinstance(v, Percentage):
        return v.signed
    return False


def _validity(v: NumericValue, latest_year: int | None) -> Callable[[float], bool]:
    """Whether a number is a valid option for v: the key's type is looked at once per ladder,
    not once per number tried."""
    latest = min(latest_year or MAX_YEAR, MAX_YEAR)
    if isinstance(v, Year):
        return lambda x: x != 0 and MIN_YEAR <= x <= latest
    if isinstance(v, Date):
        return lambda x: not 0 <= x < 12 and MIN_YEAR * 12 <= x < (latest + 1) * 12
    if isinstance(v, Percentage):
        # 'fell by about 100%' or 'all of its oil' is false on its face unless it is the key
        key = v.value
        if v.signed:
            return lambda x: x != 0 and (abs(x) < 100 or x == key)
        return lambda x: x > 0 and (abs(x) < 100 or x == key)
    if isinstance(v, Money) and v.scale != "billion":
        return lambda x: 0 < x < 1000  # 'US$1,615 million' reads badly: stay below the next
    if isinstance(v, Quantity) and v.measure and v.unit in ABSOLUTE_ZERO:
        # far from zero, on the key's side of it: 'tin melts at -5 °C' is false on its face
        zero, same_side = ABSOLUTE_ZERO[v.unit], v.value < SIGN_KEPT_FROM
        return lambda x: x > zero and (same_side or x > 0)
    if may_be_negative(v):
        return lambda x: True
    return lambda x: x > 0


def _gaps(
    v: NumericValue, n: int, rng: random.Random, attempt: int, unit: float, floor: float
) -> list[float]:
    """n-1 gaps in the ladder's numbers, each drawn on its own, never below the floor."""
    if isinstance(v, Year) and unit > 1:  # an estimate: a good share of its age apart
        least = ESTIMATE_SHARE * (ESTIMATE_NOW - v.magnitude)  # not 4000 BC against 3500 BC
        return [
            max(unit * rng.randint(2, 5), math.ceil(least * rng.uniform(1, 1.4) / unit) * unit)
            for _ in range(n - 1)
        ]
    if isinstance(v, Year):
        choices = YEAR_GAPS if abs(v.magnitude) >= 1500 else OLD_YEAR_GAPS
        return [float(rng.choice(choices[: max(1, len(choices) - attempt)])) for _ in range(n - 1)]
    if isinstance(v, Date):
        months = MONTH_GAPS if v.month else tuple(12 * g for g in (1, 2, 3))
        return [float(rng.choice(months)) for _ in range(n - 1)]
    x = _number(v)
    return sized_gaps(abs(x) if x else unit * 10, n, rng, attempt, unit, floor)


class _Key(NamedTuple):
    """What the ladder reads of its key once, not once per rank."""

    x: float
    own: str
    want: str
    unit: float
    floor: float
    digits: int
    fits: bool  # see _at_rank
    valid: Callable[[float], bool]
    estimate: bool  # a round year estimate: wrong ones are round too
    size: float | None  # what sized_gaps scales by; None for a year or a date


def _key(v: NumericValue, latest_year: int | None, avoid: frozenset[str]) -> _Key:
    own, unit = v.display(), _unit(v)
    want = shape(own)
    x, valid = _number(v), _validity(v, latest_year)
    # a key its own ladder would refuse, or finer than its options, fits none: no attempt
    # can pass
    digits = _decimals(unit)
    fits = shape(plural(v)) == want and own not in avoid and valid(x)
    fits = fits and not finer_than_options(v, digits)
    estimate = isinstance(v, Year) and unit > 1
    size = None if isinstance(v, Year | Date) else abs(x) if x else unit * 10
    args = (_min_step(v), digits, fits, valid, estimate, size)
    return _Key(x, own, want, unit, *args)


def _at_rank(
    v: NumericValue,
    r: int,
    n: int,
    rng: random.Random,
    k: _Key,
    bounds: Bounds | None,
    avoid: frozenset[str],
    made: dict[str, Option],
) -> list[NumericValue]:
    # a key unlike its own format ('1 proton' read as '1 protons') or one to avoid fits no
    # ladder (k.fits); its gaps are drawn all the same, so the stream goes on as before
    x, digits, unit, valid = k.x, k.digits, k.unit, k.valid
    low, high = (None, None) if bounds is None else bounds
    for attempt in range(ATTEMPTS):
        if k.size is None:
            gaps = _gaps(v, n, rng, attempt, unit, k.floor)
        else:  # no year or date: the key's size read once (ladder_gaps.py)
            gaps = sized_gaps(k.size, n, rng, attempt, unit, k.floor)
        if not k.fits:
            continue
        # the options below the key, furthest first, and above it, nearest first
        below, above = gaps[:r], gaps[r:]
        others = [round(x - sum(below[: r - i]), digits) for i in range(r)]
        others += [round(x + sum(above[: i + 1]), digits) for i in range(n - 1 - r)]
        if k.estimate:
            others = [round_estimate(y, unit) for y in others]
        if len({*others, x}) != n or not all(map(valid, others)):
            continue
        # within the bounds (plausible.inside) for all of them: the lowest and the highest
        if (low is not None and min(others) < low) or (high is not None and max(others) > high):
            continue
        options = fitting(v, others, k.want, made)
        if not options:
            continue
        shown = [o.shown for o in options]
        if avoid.intersection(shown) or len({*shown, k.own}) != n:
            continue
        values = [o.value for o in options]
        values.insert(r, v)
        if not key_stands_out(values, values[r]):  # no lone outlier (ladder_spread.py)
            return values
    return []


def ladder(
    v: NumericValue,
    rng: random.Random,
    n: int = 4,
    latest_year: int | None = None,
    rank: int | None = None,
    bounds: Bounds | None = None,
    avoid: frozenset[str] = frozenset(),
    strict: bool = False,
    made: dict[str, Option] | None = None,
) -> list[NumericValue]:
    """n values ascending, v among them at a uniformly drawn rank (or at `rank` when that
    fits; with `strict`, only there); [] if no valid ladder exists. No year or date is later
    than `latest_year`, no option outside `bounds` and none that reads as one of `avoid`.
    `made` keeps the options made of v by number: several ladders of one key may share it."""
    ranks = list(range(n))
    rng.shuffle(ranks)
    if rank is not None:
        ranks = [rank] if strict else [rank] + [r for r in ranks if r != rank]
    made, k = {} if made is None else made, _key(v, latest_year, avoid)
    if not k.fits and k.size is not None and k.floor <= k.unit:
        draw_in_vain(rng, n, len(ranks))  # no attempt can pass: only their draws, at once
        return []
    for r in ranks:
        values = _at_rank(v, r, n, rng, k, bounds, avoid, made)
        if values:
            return values
    return []


def _min_step(v: NumericValue) -> float:
    """The smallest gap (in displayed units) that keeps options outside each other's
    tolerance."""
    if isinstance(v, Year):
        return _year_unit(v)  # a year apart, or a few centuries for an estimate
    if isinstance(v, Date):
        return 1.0  # a year or month apart: dates are graded exactly
    x = _number(v)
    return 2.2 * v.tolerance / (v.magnitude / x) if x and v.magnitude else 0.0
