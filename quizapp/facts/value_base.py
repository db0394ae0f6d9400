"""What every typed value shares: strict models, display scales and currencies, number
formatting, and the tolerance a figure's precision gives (see values.py)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCALES: dict[str, int] = {"unit": 1, "thousand": 1_000, "million": 1_000_000, "billion": 10**9}
CURRENCY_SYMBOLS: dict[str, str] = {
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "RUB": "RUB ",
    "CNY": "CNY ",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
APPROX_TOLERANCE = 0.10  # an "about" figure accepts answers within 10 %
MAX_RELATIVE_TOLERANCE = 0.10
PRECISION_HELP = (
    "how finely the figure is known, in the value's own units (1000 for 142,984 km known to "
    "the thousand); by default the last digit displayed"
)
EXACT_HELP = "an exact count ('how many'): no near misses around it"


class StrictValue(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


Side = Literal["under", "over"]
_APPROX_WORDS = {None: "about ", "under": "nearly ", "over": "just over "}


class Sided(StrictValue):
    """A rounded figure that the source puts on one side of its round number: 'fell by
    nearly half' is under 50%, 'just over 40%' over 40%. An approximate one is shown with
    that word; a figure rounded to its last digit is shown bare (67 hours for 66 h 55 min),
    and either way an answer that puts it on the other side ('more than half', 'just over
    67 hours') is wrong (generate/bound_words.py). An exact count has no side."""

    approx: bool = False
    side: Side | None = Field(
        default=None,
        description="the side of its rounded figure the value lies on ('under': nearly)",
    )

    @model_validator(mode="after")
    def _side_needs_rounding(self) -> Sided:
        if self.side is not None and getattr(self, "exact", False):
            raise ValueError("side: an exact count has no side (drop side or exact)")
        return self

    @property
    def approx_word(self) -> str:
        """'about ', 'nearly ' or 'just over ' before an approximate figure; '' otherwise."""
        return _APPROX_WORDS[self.side] if self.approx else ""


Scale = Literal["unit", "thousand", "million", "billion"]
SCALE_HELP = (
    "how the figure is shown: value 57900000 with scale million reads '57.9 million'; by "
    "default round millions and billions are shown so and other figures in full"
)
SCALE_DECIMALS = 3  # '1.235 million' is still a scale figure; '109.035343 million' is not


def format_number(x: float, scale: Scale | None = None, signed: bool = False) -> str:
    """7000 -> '7,000'; 12.3 -> '12.3'; 1500000 -> '1.5 million'; 109035343 -> '109,035,343'.

    With a scale the figure is always shown in it (57900000, million -> '57.9 million').
    """
    sign = "+" if signed and x > 0 else ""
    if scale is not None:
        factor = SCALES[scale]
        word = "" if scale == "unit" else f" {scale}"
        return f"{sign}{trim_number(round(x / factor, 9))}{word}"
    if abs(x) >= 1_000_000 and x == int(x):
        for word, factor in (("billion", 10**9), ("million", 10**6)):
            scaled = x / factor
            if abs(x) >= factor and round(scaled, SCALE_DECIMALS) == scaled:
                return f"{sign}{trim_number(scaled)} {word}"
    return sign + trim_number(x)


def trim_number(x: float) -> str:
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.6f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=8192)
def precision_tolerance(x: float) -> float:
    """Half a unit of the last significant digit of x, as the deck wrote it."""
    if x == 0:
        return 0.5
    d = Decimal(repr(float(x))).normalize()
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    return 0.5 * 10.0**exponent


@lru_cache(maxsize=65536)
def numeric_tolerance(x: float, approx: bool) -> float:
    """Kept per (value, approx): a choice of figures asks it of each candidate figure, and
    of each pair of options again."""
    if approx:
        return abs(x) * APPROX_TOLERANCE
    return min(precision_tolerance(x), abs(x) * MAX_RELATIVE_TOLERANCE) if x else 0.0


class PlainFigure:
    """A value whose `value` is its magnitude, and whose digits (or `approx`) set how near
    an answer must be: a quantity or a percentage. One home for that rule."""

    if TYPE_CHECKING:
        value: float
        approx: bool

    @property
    def magnitude(self) -> float:
        return self.value

    @property
    def tolerance(self) -> float:
        return numeric_tolerance(self.value, self.approx)


PUBLISHED_HELP = (
    "other figures tables publish for the same measurement, in the same unit (mercury's "
    "density: 13.6 g/cm³ at 0 °C beside 13.53 at 25 °C): an answer from the lowest to the "
    "highest of them and the value, at its own precision, is right; each within 2 % of the value"
)


def published_spread_problem(value: float, other: float) -> None:
    """Refuse an `also` figure that is the value itself or more than 2 % from it."""
    if other == value or abs(other - value) > abs(value) * 0.02:
        raise ValueError(
            f"also: {trim_number(other)} must differ from {trim_number(value)} "
            "by at most 2 % (a published spread, not another figure)"
        )
