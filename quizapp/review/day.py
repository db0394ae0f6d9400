"""The study day: it starts at a set hour (4 am by default) in the learner's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from quizapp.store.records import Settings


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


@dataclass(frozen=True)
class StudyDay:
    """The learner's study day as one value: the hour it starts, in their time zone."""

    starts_at_hour: int
    timezone: str

    @classmethod
    def of(cls, settings: Settings) -> StudyDay:
        return cls(settings.day_starts_at_hour, settings.timezone)

    def day(self, at: datetime) -> date:
        """The study day the moment falls in."""
        return study_day(at, self.starts_at_hour, self.timezone)

    def start_of(self, day: date) -> datetime:
        return day_start(day, self.starts_at_hour, self.timezone)

    def start(self, at: datetime) -> datetime:
        """When the study day the moment falls in began."""
        return self.start_of(self.day(at))

    def next_start(self, at: datetime) -> datetime:
        return next_day_start(at, self.starts_at_hour, self.timezone)

    def ends(self, at: datetime, days: int = 7) -> list[datetime]:
        return day_ends(at, self.starts_at_hour, self.timezone, days)
