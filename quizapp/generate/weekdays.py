"""A day's name before a date, checked: 'Sunday 11 April 1970' for Apollo 13's launch, a
Saturday, was marked right in silence (review r572 C: the name was dropped unread, so a
false claim passed as part of the answer). A right day's name adds nothing and is dropped
as before; a wrong one makes the answer wrong, with the day the date fell on."""

from __future__ import annotations

import datetime
import re

from quizapp.generate.dates import parse_date_era

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NAMED = re.compile(
    r"^\s*(?:(?:on|it was)\s+)?(?P<day>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    + "|".join(_DAYS)
    + r")\b\.?,?\s+(?:the\s+)?(?P<date>.+)$",
    re.IGNORECASE,
)
GREGORIAN = 1583  # the first full year of the Gregorian calendar: earlier days are not checked


def weekday_against(text: str) -> str | None:
    """Why a date whose day's name is not the day it fell on is wrong, or None."""
    found = _NAMED.match(text)
    if found is None:
        return None
    days = [_day(d) for d, era in parse_date_era(found["date"]) if era != "bc"]
    if not days or None in days:
        return None  # a year or a month, or a day before the Gregorian calendar
    said = next(i for i, day in enumerate(_DAYS) if day.startswith(found["day"].lower()[:3]))
    if any(day is not None and day.weekday() == said for day in days):
        return None
    first = days[0]
    assert first is not None
    return (
        f"{first.day} {first.strftime('%B')} {first.year} was a {_DAYS[first.weekday()].title()}."
    )


def _day(ymd: tuple[int, int | None, int | None]) -> datetime.date | None:
    year, month, day = ymd
    if month is None or day is None or year < GREGORIAN:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None  # '31 April': no day
