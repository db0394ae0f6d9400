"""Saying when: "in 10 minutes", "tomorrow", "in 3 days", "in 2 months"."""

from __future__ import annotations

from datetime import datetime


def when_text(due: datetime, now: datetime) -> str:
    seconds = (due - now).total_seconds()
    if seconds < 30:
        return "now"
    minutes = max(1.0, seconds / 60)
    if minutes < 60:
        return f"in {round(minutes)} minute{'s' if round(minutes) != 1 else ''}"
    hours = minutes / 60
    if hours < 20:
        return f"in {round(hours)} hour{'s' if round(hours) != 1 else ''}"
    days = hours / 24
    if days < 1.5:
        return "tomorrow"
    if days < 45:
        return f"in {round(days)} days"
    months = days / 30.4
    if months < 18:
        return f"in {round(months)} months"
    return f"in {days / 365.25:.1f} years"


def short_wait(due: datetime, now: datetime) -> str:
    """A short relative time: "in 4 min", "in 3 h", "in 5 days" ("now" when it has come)."""
    seconds = (due - now).total_seconds()
    if seconds < 30:
        return "now"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"in {max(1, minutes)} min"
    hours = seconds / 3600
    if hours < 24:
        return f"in {round(hours)} h"
    days = round(hours / 24)
    return f"in {days} day{'s' if days != 1 else ''}"


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
