"""A report's tally carried over from one report to the next, so a report counts only the
months that changed since the last one (issue 16: at a million reviews, reading and counting
every month again was most of the report's time).

A month file of the log never changes once its month is over (compaction rewrites only the
months the journal touched), so what the tally holds after the settled months can be kept and
the next report resumes from it. Here the tally is turned into plain values (strings, ints,
lists, dicts: what `marshal` writes) and back: times as ISO 8601 text (read back as the very
datetimes the log gave), days as ordinals. Only a tally counted from the log's first review
with no `since` is kept (the kept figures cannot be cut at a day after they were counted);
the heat map's days are cut at display time, so a kept tally serves any later `now`.
The service decides where the plain values live and when they still hold (service.reports).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from quizapp.report.tally import ReviewTally
from quizapp.store.review_columns import ReviewColumns

State = list[Any]
"""A tally as plain values: see `to_state` for the fields."""


@dataclass
class Resume:
    """Where a report starts: a kept tally of the log's first `covered` months (or none),
    the months after those, and after how many months a tally is worth keeping (the settled
    ones); `kept` is set to the tally after `keep_after` months when the count reached them."""

    state: State | None
    covered: int
    months_after: Callable[[int], Iterable[ReviewColumns]]
    keep_after: int
    kept: State | None = None


def to_state(tally: ReviewTally, last: datetime | None) -> State:
    """The tally (and the time of the last review it counted) as plain values."""
    answered, right = tally.sessions
    return [
        last.isoformat() if last is not None else None,
        {fact: when.isoformat() for fact, when in tally.last_seen.items()},
        sorted(d.toordinal() for d in tally.all_days),
        [list(tally.retention[True]), list(tally.retention[False])],
        [(d.toordinal(), n, ms) for d, (n, ms) in tally.per_day.items()],
        [(d.toordinal(), n) for d, n in tally.activity.items()],
        [(sid, when.isoformat()) for sid, when in tally.started.items()],
        [dict(answered), dict(right)],
        [dict(c) for c in tally.kinds],
        [dict(c) for c in tally.facts],
        tally.practice,
    ]


def from_state(state: State, tally: ReviewTally, until: datetime | None) -> datetime | None:
    """Fill a fresh tally with a kept one and give the time of the last review it counted;
    the tally is left as it was if the kept one counted reviews after `until`. Raises
    ValueError, TypeError, KeyError or IndexError (the tally left as it was) on values not
    made by `to_state`."""
    last, seen, days, retention, per_day, activity, started, sessions, kinds, facts, n = state
    read, day = datetime.fromisoformat, date.fromordinal
    at = read(last) if last is not None else None
    if at is not None and until is not None and at > until:
        raise ValueError("the kept tally counted reviews after the report's moment")
    values = {
        "last_seen": {fact: read(when) for fact, when in seen.items()},
        "all_days": set(map(day, days)),
        "retention": {True: list(retention[0]), False: list(retention[1])},
        "per_day": {day(d): [a, ms] for d, a, ms in per_day},
        "activity": Counter({day(d): a for d, a in activity}),
        "started": {sid: read(when) for sid, when in started},
        "sessions": (Counter(sessions[0]), Counter(sessions[1])),
        "kinds": (Counter(kinds[0]), Counter(kinds[1])),
        "facts": (Counter(facts[0]), Counter(facts[1])),
        "practice": int(n),
    }
    vars(tally).update(values)
    return at


def count(
    tally: ReviewTally,
    months: Callable[[int], Iterable[ReviewColumns]],
    counted: Callable[[ReviewColumns], ReviewColumns],
    until: datetime | None,
    resume: Resume | None = None,
) -> bool:
    """Count the months (`months(n)`: those after the first n; each through `counted`, the
    reviews a report counts) into a fresh tally, from the kept one when `resume` has one that
    fits; keep the tally after `resume.keep_after` months if `until` left none of them out.
    False if a month begins before the one before it ended."""
    last, first = None, 0
    if resume is not None and resume.state is not None:
        try:
            last, first = from_state(resume.state, tally, until), resume.covered
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            resume.state = None  # a kept tally that does not fit: count from the first month
    settled = True  # nothing left out for being after `until` so far
    for n, month in enumerate(months(first), first + 1):
        settled = settled and not (until and month.reviewed_at and month.reviewed_at[-1] > until)
        month = counted(month)
        if month.size:
            if last is not None and month.reviewed_at[0] < last:
                if resume is not None:
                    resume.kept = None
                return False
            last = month.reviewed_at[-1]
            tally.add(month)
        if resume is not None and n == resume.keep_after and settled:
            resume.kept = to_state(tally, last)
    return True
