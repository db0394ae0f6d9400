"""Typed values a fact can point at: each knows how to show itself and how close an answer must be.

A value is a discriminated union on ``kind``. Numbers keep the precision they were written
with, so "7,000 troops" accepts answers within half a unit of its last significant digit
(capped at 10 % of the value) and "about half" accepts a wider band. What all values share
is in value_base.py; years and dates in time_values.py (both re-exported here).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from quizapp.facts.grammar import fraction_words, ordinal, ordinal_words, unit_for_count
from quizapp.facts.time_values import Date as Date
from quizapp.facts.time_values import Year as Year
from quizapp.facts.value_base import CURRENCY_SYMBOLS as CURRENCY_SYMBOLS
from quizapp.facts.value_base import (
    EXACT_HELP,
    PRECISION_HELP,
    PUBLISHED_HELP,
    SCALE_DECIMALS,
    SCALE_HELP,
    PlainFigure,
    Sided,
    StrictValue,
    numeric_tolerance,
    published_spread_problem,
    trim_number,
)
from quizapp.facts.value_base import MONTHS as MONTHS
from quizapp.facts.value_base import SCALES as SCALES
from quizapp.facts.value_base import Scale as Scale
from quizapp.facts.value_base import format_number as format_number
from quizapp.facts.value_base import precision_tolerance as precision_tolerance


class Quantity(PlainFigure, Sided):
    kind: Literal["quantity"]
    value: float = Field(allow_inf_nan=False)
    unit: str = Field(min_length=1, description="plural noun: troops, users, projects")
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
    also: list[float] = Field(default_factory=list, description=PUBLISHED_HELP)

    @property
    def family(self) -> str:
        return f"quantity:{self.unit}"

    @model_validator(mode="after")
    def _also_near(self) -> Quantity:
        for other in self.also:
            published_spread_problem(self.value, other)
        return self

    @model_validator(mode="after")
    def _fits_scale(self) -> Quantity:
        if self.scale is not None:
            scaled = self.value / SCALES[self.scale]
            if round(scaled, SCALE_DECIMALS) != round(scaled, 9):
                raise ValueError(
                    f"{trim_number(self.value)} in {self.scale}s would read "
                    f"{trim_number(round(scaled, 9))} {self.scale}: choose a smaller scale or none"
                )
        return self

    def display(self) -> str:
        prefix = self.approx_word
        unit = unit_for_count(self.unit, self.value, self.unit_singular)
        return f"{prefix}{format_number(self.value, self.scale, self.signed)} {unit}"

    def with_magnitude(self, x: float) -> Quantity:
        return self.model_copy(update={"value": x})


class Percentage(PlainFigure, Sided):
    kind: Literal["percentage"]
    value: float = Field(
        ge=-100,
        le=100,
        allow_inf_nan=False,
        description="a share or a change, 0 to 100 (-100 to 100 when signed)",
    )
    precision: float | None = Field(default=None, gt=0, description=PRECISION_HELP)
    exact: bool = Field(default=False, description=EXACT_HELP)
    signed: bool = Field(default=False, description="a change, shown with its sign ('+12.3%')")

    @model_validator(mode="after")
    def _sign(self) -> Percentage:
        if self.value < 0 and not self.signed:
            raise ValueError("a negative percentage is a change: add signed: true")
        return self

    @property
    def family(self) -> str:
        return "percentage"

    def display(self) -> str:
        prefix = self.approx_word
        sign = "+" if self.signed and self.value > 0 else ""
        return f"{prefix}{sign}{trim_number(self.value)}%"

    def with_magnitude(self, x: float) -> Percentage:
        return self.model_copy(update={"value": x})


class Money(StrictValue):
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
        return f"{prefix}{symbol}{trim_number(self.amount)}{scale}"

    def with_magnitude(self, x: float) -> Money:
        return self.model_copy(update={"amount": x / SCALES[self.scale]})


class Text(StrictValue):
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


class Range(StrictValue):
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


class Fraction(StrictValue):
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


class Ordinal(StrictValue):
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

    def prose(self) -> str:
        """The rank spelt out for a sentence: 'third most abundant', but for rank 1 of a
        superlative just 'most abundant' ('the first most abundant' is not English)."""
        first = self.unit.split(" ", 1)[0].casefold()
        if self.value == 1 and (first in ("most", "least") or first.endswith("est")):
            return self.unit
        unit = f" {self.unit}" if self.unit else ""
        return f"{ordinal_words(self.value)}{unit}"

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


NUMERIC_TYPES = frozenset({Quantity, Percentage, Money, Year, Date})


def is_numeric(value: object) -> bool:
    """By exact type (no value class is subclassed): isinstance over pydantic models goes
    through the metaclass's check, and generation asks this of every fact many times."""
    return type(value) in NUMERIC_TYPES


def same_scale(a: NumericValue, b: NumericValue) -> bool:
    """Options are homogeneous when they share kind, unit/currency and display scale."""
    if a.family != b.family:
        return False
    if isinstance(a, Money) and isinstance(b, Money):
        return a.scale == b.scale
    return True
