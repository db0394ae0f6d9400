"""Saying when, one ladder of units for every form the learner reads: "in 10 minutes",
"tomorrow" and "in 2 months" (when_text), "in 4 min" (short_wait), and the rating buttons'
"6 h", "4 days", "2 mo" (short_span).

Each form is a table of units; `span_words` climbs it and says the count in the first unit
whose limit the time is below. A limit is on the exact count, or on the count rounded as it
is said (`rounded`), so that no form says "60 min"; the buttons count whole days from a day
up (`whole`), so their months and years are of whole days.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0
MONTH, YEAR = 30.4 * DAY, 365.25 * DAY


@dataclass(frozen=True)
class Unit:
    seconds: float
    one: str
    many: str
    below: float = math.inf  # this unit serves while the count is below this
    rounded: bool = False  # the limit is on the count as said (rounded), not the exact one
    decimals: bool = False  # said with one decimal ("1.5 yr"), the last rung
    whole: bool = False  # from this rung up the time counts in whole units of this one


LONG = (
    Unit(MINUTE, "minute", "minutes", below=60),
    Unit(HOUR, "hour", "hours", below=20),
    Unit(DAY, "day", "days", below=45),
    Unit(MONTH, "month", "months", below=18),
    Unit(YEAR, "years", "years", decimals=True),
)
WAIT = (
    Unit(MINUTE, "min", "min", below=60, rounded=True),
    Unit(HOUR, "h", "h", below=24),
    Unit(DAY, "day", "days"),
)
SPAN = (
    Unit(MINUTE, "min", "min", below=60, rounded=True),
    Unit(HOUR, "h", "h", below=22),
    Unit(DAY, "day", "days", below=45, whole=True),
    Unit(MONTH, "mo", "mo", below=12),
    Unit(YEAR, "yr", "yr", decimals=True),
)


def span_words(seconds: float, units: tuple[Unit, ...]) -> str:
    """The time in the first unit of `units` whose limit it is below, at least 1 of it."""
    for unit in units:
        exact = seconds / unit.seconds
        if unit.whole:
            seconds = max(1, round(exact)) * unit.seconds
            exact = seconds / unit.seconds
        if (round(exact) if unit.rounded else exact) < unit.below:
            if unit.decimals:
                return f"{exact:.1f} {unit.many}"
            count = max(1, round(exact))
            return f"{count} {unit.one if count == 1 else unit.many}"
    raise ValueError("the last unit of a ladder has no limit")


def short_span(seconds: float) -> str:
    """An interval as Anki writes it on its buttons: "1 min", "6 h", "4 days", "2 mo"."""
    return span_words(seconds, SPAN)


def when_text(due: datetime, now: datetime) -> str:
    seconds = (due - now).total_seconds()
    if seconds < 30:
        return "now"
    words = span_words(seconds, LONG)
    return "tomorrow" if words == "1 day" else f"in {words}"


def short_wait(due: datetime, now: datetime) -> str:
    """A short relative time: "in 4 min", "in 3 h", "in 5 days" ("now" when it has come)."""
    seconds = (due - now).total_seconds()
    return "now" if seconds < 30 else f"in {span_words(seconds, WAIT)}"


def moment_text(at: datetime, now: datetime, tz: str) -> str:
    """When, in the learner's time zone and relative to now: "now", "05:12 (in 4 min)",
    "tomorrow 09:00", "Wed 09:00 (in 3 days)", "2026-12-19 09:00 (in 19 days)"."""
    from quizapp.review.day import zone

    if (at - now).total_seconds() < 30:
        return "now"
    local, today = at.astimezone(zone(tz)), now.astimezone(zone(tz)).date()
    clock = local.strftime("%H:%M")
    days = (local.date() - today).days
    if days == 0:
        return f"{clock} ({short_wait(at, now)})"
    if days == 1:
        return f"tomorrow {clock}"
    if days < 7:
        return f"{local.strftime('%a')} {clock} ({short_wait(at, now)})"
    return f"{local.strftime('%Y-%m-%d')} {clock} ({short_wait(at, now)})"


def countdown(due: datetime, now: datetime) -> str:
    """m:ss until `due` (0:00 once it has come)."""
    seconds = max(0, int((due - now).total_seconds() + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}"
