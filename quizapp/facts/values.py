"""Typed values a fact can point at: each knows how to show itself and how close an answer must be.

A value is a discriminated union on ``kind``. Numbers keep the precision they were written
with, so "7,000 troops" accepts answers within half a unit of its last significant digit
(capped at 10 % of the value) and "about half" accepts a wider band.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from quizapp.facts.eras import (
    MAX_YEAR,
    MIN_YEAR,
    Era,
    check_day,
    check_year,
    days_in_month,
    era_for,
    show_year,
)
from quizapp.facts.grammar import fraction_words, ordinal, ordinal_words, unit_for_count

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


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


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
        return f"{sign}{_trim(round(x / factor, 9))}{word}"
    if abs(x) >= 1_000_000 and x == int(x):
        for word, factor in (("billion", 10**9), ("million", 10**6)):
            scaled = x / factor
            if abs(x) >= factor and round(scaled, SCALE_DECIMALS) == scaled:
                return f"{sign}{_trim(scaled)} {word}"
    return sign + _trim(x)


def _trim(x: float) -> str:
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


def numeric_tolerance(x: float, approx: bool) -> float:
    if approx:
        return abs(x) * APPROX_TOLERANCE
    return min(precision_tolerance(x), abs(x) * MAX_RELATIVE_TOLERANCE) if x else 0.0


class Quantity(_Strict):
    kind: Literal["quantity"]
    value: float = Field(allow_inf_nan=False)
    unit: str = Field(min_length=1, description="plural noun: troops, users, projects")
    approx: bool = False
    measure: bool = Field(
        default=False, description="unit is a physical unit (km, °C): answers may use others"
    )
    precision: float | None = Field(default=None, gt=0, description=PRECISION_HELP)
    exact: bool = Field(default=False, description=EXACT_HELP)
    scale: Scale | None = Field(default=None, description=SCALE_HELP)
    signed: bool = Field(
        default=False, description="a change or an offset: shown with its sign ('+3', '-6.76')"
    )
    unit_singular: str | None = Field(
        default=None,
        description="the unit for a count of one, when the grammar library guesses it wrong",
    )

    @property
    def magnitude(self) -> float:
        return self.value

    @property
    def tolerance(self) -> float:
        return numeric_tolerance(self.value, self.approx)

    @property
    def family(self) -> str:
        return f"quantity:{self.unit}"

    @model_validator(mode="after")
    def _fits_scale(self) -> Quantity:
        if self.scale is not None:
            scaled = self.value / SCALES[self.scale]
            if round(scaled, SCALE_DECIMALS) != round(scaled, 9):
                raise ValueError(
                    f"{_trim(self.value)} in {self.scale}s would read "
                    f"{_trim(round(scaled, 9))} {self.scale}: choose a smaller scale or none"
                )
        return self

    def display(self) -> str:
        prefix = "about " if self.approx else ""
        unit = unit_for_count(self.unit, self.value, self.unit_singular)
        return f"{prefix}{format_number(self.value, self.scale, self.signed)} {unit}"

    def with_magnitude(self, x: float) -> Quantity:
        return self.model_copy(update={"value": x})


class Percentage(_Strict):
    kind: Literal["percentage"]
    value: float = Field(
        ge=-100,
        le=100,
        allow_inf_nan=False,
        description="a share or a change, 0 to 100 (-100 to 100 when signed)",
    )
    approx: bool = False
    precision: float | None = Field(default=None, gt=0, description=PRECISION_HELP)
    exact: bool = Field(default=False, description=EXACT_HELP)
    signed: bool = Field(default=False, description="a change, shown with its sign ('+12.3%')")

    @model_validator(mode="after")
    def _sign(self) -> Percentage:
        if self.value < 0 and not self.signed:
            raise ValueError("a negative percentage is a change: add signed: true")
        return self

    @property
    def magnitude(self) -> float:
        return self.value

    @property
    def tolerance(self) -> float:
        return numeric_tolerance(self.value, self.approx)

    @property
    def family(self) -> str:
        return "percentage"

    def display(self) -> str:
        prefix = "about " if self.approx else ""
        sign = "+" if self.signed and self.value > 0 else ""
        return f"{prefix}{sign}{_trim(self.value)}%"

    def with_magnitude(self, x: float) -> Percentage:
        return self.model_copy(update={"value": x})


class Money(_Strict):
    kind: Literal["money"]
    amount: float = Field(gt=0, allow_inf_nan=False)
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code")
    scale: Literal["unit", "thousand", "million", "billion"] = "unit"
    approx: bool = False
    precision: float | None = Field(default=None, gt=0, description=PRECISION_HELP)
    exact: bool = Field(default=False, description=EXACT_HELP)

    @property
    def magnitude(self) -> float:
        """The amount in whole currency units (333 million -> 333_000_000)."""
        return self.amount * SCALES[self.scale]

    @property
    def tolerance(self) -> float:
        return numeric_tolerance(self.amount, self.approx) * SCALES[self.scale]

    @property
    def family(self) -> str:
        return f"money:{self.currency}"

    def display(self) -> str:
        symbol = CURRENCY_SYMBOLS.get(self.currency, f"{self.currency} ")
        scale = "" if self.scale == "unit" else f" {self.scale}"
        prefix = "about " if self.approx else ""
        return f"{prefix}{symbol}{_trim(self.amount)}{scale}"

    def with_magnitude(self, x: float) -> Money:
        return self.model_copy(update={"amount": x / SCALES[self.scale]})


ERA_HELP = "BC or BCE for a year before AD 1 (written positive: 776 with era BC); AD or CE"
YEAR_HELP = f"the year; negative for BC (-776), from {-MIN_YEAR} BC to {MAX_YEAR}"


class Year(_Strict):
    kind: Literal["year"]
    value: int = Field(ge=MIN_YEAR, le=-MIN_YEAR, description=YEAR_HELP)
    era: Era | None = Field(default=None, description=ERA_HELP)

    @model_validator(mode="after")
    def _real_year(self) -> Year:
        problem = check_year(self.value, self.era)
        if problem:
            raise ValueError(problem)
        return self

    @property
    def signed(self) -> int:
        """The year counted from AD 1, negative before it (776 BC -> -776)."""
        return -self.value if self.era in ("BC", "BCE") else self.value

    @property
    def magnitude(self) -> float:
        return float(self.signed)

    @property
    def tolerance(self) -> float:
        return 0.0

    @property
    def family(self) -> str:
        return "year"

    def display(self) -> str:
        return show_year(self.signed, self.era)

    def with_magnitude(self, x: float) -> Year:
        year = round(x)
        era = era_for(year, self.era)
        return self.model_copy(update={"value": abs(year) if era else year, "era": era})


class Date(_Strict):
    """A calendar date known to the day, the month or only the year."""

    kind: Literal["date"]
    year: int = Field(ge=MIN_YEAR, le=-MIN_YEAR, description=YEAR_HELP)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    era: Era | None = Field(default=None, description=ERA_HELP)

    @model_validator(mode="after")
    def _real_date(self) -> Date:
        problem = check_year(self.year, self.era) or check_day(self.signed, self.month, self.day)
        if problem:
            raise ValueError(problem)
        return self

    @property
    def signed(self) -> int:
        return -self.year if self.era in ("BC", "BCE") else self.year

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def magnitude(self) -> float:
        """Months since year 0 (days as a fraction), so neighbouring dates are close."""
        return self.signed * 12 + (self.month or 1) - 1 + ((self.day or 1) - 1) / 31

    @property
    def tolerance(self) -> float:
        return 0.0

    @property
    def family(self) -> str:
        return f"date:{self.precision}"

    def display(self) -> str:
        year = show_year(self.signed, self.era)
        if self.month is None:
            return year
        month = MONTHS[self.month - 1]
        return f"{self.day} {month} {year}" if self.day else f"{month} {year}"

    def with_magnitude(self, x: float) -> Date:
        months = round(x)
        year = months // 12
        era = era_for(year, self.era)
        update: dict[str, object] = {"year": abs(year) if era else year, "era": era}
        if self.month is not None:
            update["month"] = months % 12 + 1
            if self.day is not None:
                update["day"] = min(self.day, days_in_month(year, months % 12 + 1))
        return self.model_copy(update=update)


class Text(_Strict):
    kind: Literal["text"]
    value: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    source_phrase: str | None = Field(
        default=None, description="the source's own short wording, when the deck restates it"
    )

    @property
    def family(self) -> str:
        return "text"

    def display(self) -> str:
        return self.value


class Range(_Strict):
    """A span such as -50 to 120 °C: shown as written, asked as a whole (no ladder)."""

    kind: Literal["range"]
    low: float = Field(allow_inf_nan=False)
    high: float = Field(allow_inf_nan=False)
    unit: str = Field(default="", description="plural noun or physical unit; '' for none")
    measure: bool = Field(default=False, description="unit is a physical unit (km, °C)")
    approx: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.low >= self.high:
            raise ValueError(
                f"a range runs from low to high: {self.low:g} is not below {self.high:g}"
            )
        return self

    @property
    def family(self) -> str:
        return f"range:{self.unit}"

    def display(self) -> str:
        prefix = "about " if self.approx else ""
        unit = f" {self.unit}" if self.unit else ""
        return f"{prefix}{format_number(self.low)} to {format_number(self.high)}{unit}"

    def names(self) -> list[str]:
        unit = f" {self.unit}" if self.unit else ""
        low, high = format_number(self.low), format_number(self.high)
        return [self.display(), f"{low}-{high}{unit}", f"from {low} to {high}{unit}"]


class Fraction(_Strict):
    """A fraction such as 3/4 ('three quarters'), kept as written, not as a decimal."""

    kind: Literal["fraction"]
    numerator: int = Field(ge=1)
    denominator: int = Field(ge=2, le=1000)
    unit: str = Field(default="", description="what it is a fraction of, if said after it")

    @model_validator(mode="after")
    def _proper(self) -> Fraction:
        if self.numerator >= self.denominator:
            raise ValueError("a fraction is less than one: numerator below denominator")
        return self

    @property
    def family(self) -> str:
        return f"fraction:{self.unit}"

    @property
    def magnitude(self) -> float:
        return self.numerator / self.denominator

    def display(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.numerator}/{self.denominator}{unit}"

    def names(self) -> list[str]:
        words = fraction_words(self.numerator, self.denominator)
        return [
            self.display(),
            f"{self.numerator}/{self.denominator}",
            words,
            words.replace(" ", "-"),
        ]


class Ordinal(_Strict):
    """A rank such as 3rd ('third'): the place in an order, not a count."""

    kind: Literal["ordinal"]
    value: int = Field(ge=1, le=10_000)
    unit: str = Field(default="", description="what is ranked, said after it: 'largest'")

    @property
    def family(self) -> str:
        return f"ordinal:{self.unit}"

    @property
    def magnitude(self) -> float:
        return float(self.value)

    def display(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"{ordinal(self.value)}{unit}"

    def names(self) -> list[str]:
        unit = f" {self.unit}" if self.unit else ""
        return [
            self.display(),
            f"{ordinal_words(self.value)}{unit}",
            ordinal(self.value),
            ordinal_words(self.value),
        ]


NumericValue = Quantity | Percentage | Money | Year | Date
Value = Annotated[
    Quantity | Percentage | Money | Year | Date | Text | Range | Fraction | Ordinal,
    Field(discriminator="kind"),
]


def is_numeric(value: object) -> bool:
    return isinstance(value, Quantity | Percentage | Money | Year | Date)


def same_scale(a: NumericValue, b: NumericValue) -> bool:
    """Options are homogeneous when they share kind, unit/currency and display scale."""
    if a.family != b.family:
        return False
    if isinstance(a, Money) and isinstance(b, Money):
        return a.scale == b.scale
    return True
