"""Which session backups to keep: the last few, one a day for a week, one a week for a month.

A backup is made at every session start, so "keep the newest ten" would, after an hour of short
sessions, hold ten copies of the last five minutes. Like restic's keep-last / keep-daily /
keep-weekly, the newest backup of each recent day and week is kept as well, so there is always
a copy from before yesterday's mistake and from before last week's. Only session backups are
rotated: manual and before-restore backups stay until the learner deletes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

DAILY_DAYS = 7
WEEKLY_WEEKS = 5  # a month and a bit

K = TypeVar("K")


def to_keep(backups: Sequence[tuple[K, datetime]], now: datetime, last: int) -> set[K]:
    """The keys of `backups` ((key, created) pairs) that the policy keeps."""
    newest_first = sorted(backups, key=lambda b: b[1], reverse=True)
    kept = {key for key, _ in newest_first[:last]}
    days: set[date] = set()
    weeks: set[date] = set()
    today = now.date()
    this_week = today - timedelta(days=today.weekday())
    for key, created in newest_first:
        day = created.date()
        week = day - timedelta(days=day.weekday())  # the Monday of its week
        if (today - day).days < DAILY_DAYS and day not in days:
            days.add(day)
            kept.add(key)
        if (this_week - week).days < 7 * WEEKLY_WEEKS and week not in weeks:
            weeks.add(week)
            kept.add(key)
    return kept
