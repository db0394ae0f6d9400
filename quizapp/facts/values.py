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


def format_number(x: float) -> str:
    """7000 -> '7,000'; 12.3 -> '12.3'; 1500000 -> '1.5 million'."""
    if abs(x) >= 1_000_000 and x == int(x):
        for word, factor in (("billion", 10**9), ("million", 10**6)):
            if abs(x) >= factor:
                return f"{_trim(x / factor)} {word}"
    return _trim(x)


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

    @property
    def magnitude(self) -> float:
        return self.value

    @property
    def tolerance(self) -> float:
        return numeric_tolerance(self.value, self.approx)

    @property
    def family(self) -> str:
        return f"quantity:{self.unit}"

    def display(self) -> str:
        prefix = "about " if self.approx else ""
        unit = self.unit
        if self.value == 1 and unit.endswith("s"):
            unit = unit[:-1]  # '1 project', '2 projects'
        return f"{prefix}{format_number(self.value)} {unit}"

    def with_magnitude(self, x: float) -> Quantity:
        return self.model_copy(update={"value": x})


class Percentage(_Strict):
    kind: Literal["percentage"]
    value: float = Field(
        ge=0, le=100, allow_inf_nan=False, description="a share or a change, 0 to 100"
    )
    approx: bool = False
    precision: float | None = Field(default=None, gt=0, description=PRECISION_HELP)
    exact: bool = Field(default=False, description=EXACT_HELP)

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
        return f"{prefix}{_trim(self.value)}%"

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


class Year(_Strict):
    kind: Literal["year"]
    value: int = Field(ge=1000, le=2200)

    @property
    def magnitude(self) -> float:
        return float(self.value)

    @property
    def tolerance(self) -> float:
        return 0.0

    @property
    def family(self) -> str:
        return "year"

    def display(self) -> str:
        return str(self.value)

    def with_magnitude(self, x: float) -> Year:
        return self.model_copy(update={"value": round(x)})


class Date(_Strict):
    """A calendar date known to the day, the month or only the year."""

    kind: Literal["date"]
    year: int = Field(ge=1000, le=2200)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

    @model_validator(mode="after")
    def _day_needs_month(self) -> Date:
        if self.day is not None and self.month is None:
            raise ValueError("a date with a day needs a month")
        return self

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def magnitude(self) -> float:
        """Months since year 0 (days as a fraction), so neighbouring dates are close."""
        return self.year * 12 + (self.month or 1) - 1 + ((self.day or 1) - 1) / 31

    @property
    def tolerance(self) -> float:
        return 0.0

    @property
    def family(self) -> str:
        return f"date:{self.precision}"

    def display(self) -> str:
        if self.month is None:
            return str(self.year)
        month = MONTHS[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"

    def with_magnitude(self, x: float) -> Date:
        months = round(x)
        if self.month is None:
            return self.model_copy(update={"year": months // 12})
        return self.model_copy(update={"year": months // 12, "month": months % 12 + 1})


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


NumericValue = Quantity | Percentage | Money | Year | Date
Value = Annotated[Quantity | Percentage | Money | Year | Date | Text, Field(discriminator="kind")]


def is_numeric(value: object) -> bool:
    return isinstance(value, Quantity | Percentage | Money | Year | Date)


def same_scale(a: NumericValue, b: NumericValue) -> bool:
    """Options are homogeneous when they share kind, unit/currency and display scale."""
    if a.family != b.family:
        return False
    if isinstance(a, Money) and isinstance(b, Money):
        return a.scale == b.scale
    return True
