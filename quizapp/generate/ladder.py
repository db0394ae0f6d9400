"""Number ladders: plausible wrong numbers in the key's own format, spaced beyond tolerance.

The key's rank in the ladder is uniform over the ranks a ladder can have, so picking an
extreme option gains nothing; steps are "nice" numbers (1, 2, 2.5, 5 x 10^k) scaled to the key,
and impossible values (negative counts, percentages over 100) are avoided by a smaller step
(never inside the tolerance) before another rank is tried.
"""

from __future__ import annotations

import math
import random
import re

from quizapp.facts.values import MONTHS, Date, Money, NumericValue, Percentage, Quantity, Year


def _number(v: NumericValue) -> float:
    """The number as displayed: the amount for money, months for dates."""
    if isinstance(v, Money):
        return v.amount
    if isinstance(v, Date):
        return v.magnitude
    return float(v.value)  # Quantity, Percentage, Year


def _with_number(v: NumericValue, x: float) -> NumericValue:
    if isinstance(v, Money):
        return v.model_copy(update={"amount": x})
    if isinstance(v, Date):
        return v.with_magnitude(x)
    if isinstance(v, Year):
        return v.model_copy(update={"value": round(x)})
    return v.model_copy(update={"value": x})


def _decimals(x: float) -> int:
    text = f"{x:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def nice_step(x: float) -> float:
    """The 'nice' number (1, 2, 2.5 or 5 x 10^k) nearest below x."""
    if x <= 0:
        return 1.0
    exp = math.floor(math.log10(x))
    unit = 10.0**exp
    for m in (5.0, 2.5, 2.0, 1.0):
        if m * unit <= x:
            return m * unit
    return unit


def _valid(v: NumericValue, x: float, latest_year: int | None) -> bool:
    if isinstance(v, Percentage):
        return 0 < x <= 100
    if isinstance(v, Year):
        return 1000 <= x <= (latest_year or 2200)
    if isinstance(v, Date):
        return 1000 * 12 <= x < ((latest_year or 2200) + 1) * 12
    if isinstance(v, Money) and v.scale != "billion":
        return 0 < x < 1000  # 'US$1,615 million' reads badly: stay below the next scale
    return x > 0


_NUMBER = re.compile(r"\d[\d,]*(\.\d+)?")
_MONTH = re.compile("|".join(MONTHS))


def shape(display: str) -> str:
    """'about 1.5 million' -> 'about #.# million': options must share it (precision, scale)."""

    def digits(m: re.Match[str]) -> str:
        return "#" + ("." + "#" * (len(m.group(1)) - 1) if m.group(1) else "")

    return _MONTH.sub("M", _NUMBER.sub(digits, display))


def _step(v: NumericValue, rng: random.Random) -> float:
    x = _number(v)
    if isinstance(v, Year):
        return float(rng.choice([1, 2, 3]))
    if isinstance(v, Date):
        return float(rng.choice([2, 3, 4])) if v.month else 12.0 * rng.choice([1, 2])
    step = nice_step(abs(x) * rng.uniform(0.22, 0.4))
    if isinstance(v, Quantity) and x == int(x):
        step = max(1.0, round(step))
    return max(step, 2.2 * (v.tolerance / (v.magnitude / x if x else 1.0)))


def ladder(
    v: NumericValue, rng: random.Random, n: int = 4, latest_year: int | None = None
) -> list[NumericValue]:
    """n values ascending, v among them at a random rank; [] if no valid ladder exists.

    Every value is shown with the key's precision and scale (no lone decimal, no 'about 1.17
    million' beside 'about 1.5 million'), and no year or date is later than `latest_year`.
    """
    x = _number(v)
    digits = _decimals(x)
    unit = 10.0**-digits
    base = max(_step(v, rng), unit)
    floor = _min_step(v)
    want = shape(v.display())
    # The rank is drawn first and every step tried for it before another rank: trying ranks
    # inside the step loop moved the key to whichever rank fits the largest step (the top for
    # a percentage near 100, the bottom for a small count) most of the time. A rank no step
    # fits (95% at the bottom) is skipped, so the key is uniform over the ranks that can exist.
    ranks = list(range(n))
    rng.shuffle(ranks)
    for r in ranks:
        for factor in STEP_FACTORS:
            step = max(round(nice_ceil(base * factor) / unit) * unit, unit)
            if step < floor or (isinstance(v, Year | Date) and step < 1):
                continue
            xs = [round(x + (i - r) * step, digits) for i in range(n)]
            if not (all(_valid(v, y, latest_year) for y in xs) and len(set(xs)) == n):
                continue
            values = [v if i == r else _with_number(v, y) for i, y in enumerate(xs)]
            if all(shape(w.display()) == want for w in values):
                return values
    return []


def _min_step(v: NumericValue) -> float:
    """The smallest step (in displayed units) that keeps options outside each other's
    tolerance."""
    if isinstance(v, Year | Date):
        return 1.0  # a year or month apart: dates are graded exactly
    x = _number(v)
    return 2.2 * v.tolerance / (v.magnitude / x) if x and v.magnitude else 0.0


# larger steps first, then smaller ones (never below the tolerance floor) so the drawn rank fits
STEP_FACTORS = (1.0, 1.25, 1.5, 2.0, 3.0, 0.75, 0.5, 0.35, 0.25, 0.15, 0.1)
NICE = (1.0, 2.0, 2.5, 3.0, 4.0, 5.0, 10.0)


def nice_ceil(x: float) -> float:
    """The 'nice' number (1, 2, 2.5, 3, 4 or 5 x 10^k) nearest above x: steps a person would use."""
    if x <= 0:
        return 1.0
    unit = 10.0 ** math.floor(math.log10(x))
    return next(m * unit for m in NICE if m * unit >= x - 1e-9)
