"""The study day: it starts at a set hour (4 am by default) in the learner's time zone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def study_day(now: datetime, starts_at_hour: int, tz: str) -> date:
    local = now.astimezone(zone(tz))
    return (local - timedelta(hours=starts_at_hour)).date()


def day_start(day: date, starts_at_hour: int, tz: str) -> datetime:
    """The instant (timezone-aware) the given study day begins."""
    return datetime.combine(day, time(hour=starts_at_hour), tzinfo=zone(tz))


def next_day_start(now: datetime, starts_at_hour: int, tz: str) -> datetime:
    return day_start(study_day(now, starts_at_hour, tz) + timedelta(days=1), starts_at_hour, tz)


def day_ends(now: datetime, starts_at_hour: int, tz: str, days: int = 7) -> list[datetime]:
    """The instants today and the next days-1 study days end (for a week's forecast)."""
    today = study_day(now, starts_at_hour, tz)
    return [day_start(today + timedelta(days=i + 1), starts_at_hour, tz) for i in range(days)]
