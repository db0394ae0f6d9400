"""Years of any era and calendar checks: 776 BC, AD 79, 1846; 30 February is refused.

A year is stored signed (-776 for 776 BC), with no year 0: 1 BC is followed by AD 1, as
historians count. Leap years follow the proleptic Gregorian calendar, where 1 BC is the
astronomical year 0 (a leap year).
"""

from __future__ import annotations

import calendar
from typing import Literal

Era = Literal["BC", "BCE", "AD", "CE"]
MIN_YEAR = -9999
MAX_YEAR = 2200


def signed_year(value: int, era: Era | None) -> int:
    """776 with era BC -> -776; a bare negative year is already BC."""
    return -value if era in ("BC", "BCE") else value


def check_year(value: int, era: Era | None) -> str | None:
    """Why a written year is impossible, or None."""
    if value == 0:
        return "there is no year 0: 1 BC is followed by AD 1"
    if era is not None and value < 0:
        return f"with era {era}, write the year as a positive number"
    year = signed_year(value, era)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return f"year {show_year(year, era)} is outside {-MIN_YEAR} BC to AD {MAX_YEAR}"
    return None


def days_in_month(year: int, month: int) -> int:
    astronomical = year + 1 if year < 0 else year
    return calendar.monthrange(2000 if calendar.isleap(astronomical) else 2001, month)[1]


def check_day(year: int, month: int | None, day: int | None) -> str | None:
    if day is None:
        return None
    if month is None:
        return "a date with a day needs a month"
    last = days_in_month(year, month)
    if day > last:
        name = calendar.month_name[month]
        return f"{name} {year if year > 0 else f'{-year} BC'} has {last} days, not {day}"
    return None


def show_year(year: int, era: Era | None = None) -> str:
    """-776 -> '776 BC' ('776 BCE' in that style); 79 -> 'AD 79'; 1846 -> '1846'."""
    common = era in ("BCE", "CE")
    if year < 0:
        return f"{-year} {'BCE' if common else 'BC'}"
    if era == "CE" or (common and year < 1000):
        return f"{year} CE"
    if era == "AD" or year < 1000:
        return f"AD {year}"
    return str(year)


def era_for(year: int, style: Era | None) -> Era | None:
    """The era a ladder value keeps the key's style in: BC/AD or BCE/CE."""
    common = style in ("BCE", "CE")
    if year < 0:
        return "BCE" if common else "BC"
    return style if style in ("AD", "CE") else None
