"""Years and dates a fact can point at, with their era and precision (see values.py)."""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import Field, model_validator

from quizapp.facts.eras import (
    MAX_YEAR,
    MIN_YEAR,
    Era,
    check_day,
    check_year,
    days_in_month,
    era_for,
    show_year,
    signed_year,
)
from quizapp.facts.value_base import MONTHS, StrictValue

ERA_HELP = "BC or BCE for a year before AD 1 (written positive: 776 with era BC); AD or CE"
YEAR_HELP = f"the year; negative for BC (-776), from {-MIN_YEAR} BC to {MAX_YEAR}"
CIRCA_HELP = (
    "years either side within which the year is an estimate or disputed (helium: seen 1868,"
    " isolated 1895): orderings, matchings and choices keep other years further off"
)
ALSO_HELP = (
    "other years the sources give for the same event, a disputed year (helium: 1868, also"
    " 1895), in the value's era and within its circa: right answers too, never a distractor"
)
_V = TypeVar("_V")


def _real(value: _V, problem: str | None) -> _V:
    """A year or date that exists (no year 0, no 30 February), or the problem as a refusal."""
    if problem:
        raise ValueError(problem)
    return value


class _Calendar(StrictValue):
    """What a year and a date share: a point in time is given exactly, never as an estimate."""

    @property
    def tolerance(self) -> float:
        return 0.0


class Year(_Calendar):
    kind: Literal["year"]
    value: int = Field(ge=MIN_YEAR, le=-MIN_YEAR, description=YEAR_HELP)
    era: Era | None = Field(default=None, description=ERA_HELP)
    circa: int = Field(default=0, ge=0, le=-MIN_YEAR, description=CIRCA_HELP)
    also: list[int] = Field(default_factory=list, description=ALSO_HELP)

    @model_validator(mode="after")
    def _real_year(self) -> Year:
        problem = check_year(self.value, self.era)
        for other in self.also:
            problem = problem or check_year(other, self.era) or self._off_circa(other)
        return _real(self, problem)

    def _off_circa(self, other: int) -> str | None:
        """Why another reading cannot stand beside the value: the same year, or beyond the
        circa that keeps orderings, choices and false statements off both readings."""
        gap = abs(signed_year(other, self.era) - self.signed)
        if gap == 0:
            return f"also: {other} is the value itself"
        if gap > self.circa:
            return f"also: {other} is {gap} years from {self.value}: write circa: {gap} or more"
        return None

    @property
    def readings(self) -> list[int]:
        """The other readings of a disputed year, signed like `signed` (1895 beside 1868)."""
        return [signed_year(other, self.era) for other in self.also]

    @property
    def signed(self) -> int:
        """The year counted from AD 1, negative before it (776 BC -> -776)."""
        return signed_year(self.value, self.era)

    @property
    def magnitude(self) -> float:
        return float(self.signed)

    @property
    def family(self) -> str:
        return "year"

    def display(self) -> str:
        return show_year(self.signed, self.era)

    def with_magnitude(self, x: float) -> Year:
        year = round(x)
        era = era_for(year, self.era)
        update: dict[str, object] = {"value": abs(year) if era else year, "era": era, "also": []}
        return self.model_copy(update=update)  # a figure near the key is read one way only


class Date(_Calendar):
    """A calendar date known to the day, the month or only the year."""

    kind: Literal["date"]
    year: int = Field(ge=MIN_YEAR, le=-MIN_YEAR, description=YEAR_HELP)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    era: Era | None = Field(default=None, description=ERA_HELP)

    @model_validator(mode="after")
    def _real_date(self) -> Date:
        problem = check_year(self.year, self.era)
        return _real(self, problem or check_day(self.signed, self.month, self.day))

    @property
    def signed(self) -> int:
        return signed_year(self.year, self.era)

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def magnitude(self) -> float:
        """Months since year 0 (days as a fraction), so neighbouring dates are close."""
        return self.signed * 12 + (self.month or 1) - 1 + ((self.day or 1) - 1) / 31

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
