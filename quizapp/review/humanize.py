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
