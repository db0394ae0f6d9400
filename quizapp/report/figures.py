"""Every report figure, computed by pure functions from reviews, cards and settings.

Conventions (those of Anki's statistics, so numbers compare):
- A day is a study day (it turns at the learner's day-start hour, in their time zone).
- True retention counts scheduled reviews of cards that were in review (not learning) and
  passes are ratings Hard, Good or Easy. A review is "young" when the time since the fact's
  previous review was under 21 days, "mature" from 21 days.
- Card states: new (never studied), learning (in learning or relearning steps), young
  (in review, interval under 21 days), mature (interval 21 days or more), suspended, leech.
  New, learning and "due now" are counted by review.marks.count_marks, the rule home and
  `status` use, so every screen gives the same numbers at the same moment.
- Undone reviews count nowhere. "Reviews", accuracy, weakest facts and topics count
  scheduled reviews only; practice and exam answers are counted apart (`practice`) and in
  the activity calendar, streak and sessions, never in "% right" or retention.
- Weakest facts and topics are those answered at least twice and not always right.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import Concatenate, ParamSpec

from quizapp.generate.question import KIND_LEVEL
from quizapp.report.card_figures import card_figures
from quizapp.report.tally import ReviewTally
from quizapp.report.tally_state import Resume, count
from quizapp.review.day import StudyDay, zone
from quizapp.store.records import CardState, ReviewRow, Settings
from quizapp.store.review_columns import ReviewColumns, columns_of_rows

P = ParamSpec("P")
HEATMAP_WEEKS = 26


@dataclass
class Rate:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Figures:
    learner: str
    deck_id: str | None
    now: datetime
    since: date | None
    desired_retention: float
    parameters: str = "FSRS-6 default parameters"  # which ones schedule (review.optimize)
    fsrs_parameters: list[float] | None = None  # the personal ones, when in use
    per_day: dict[date, tuple[int, int]] = field(default_factory=dict)  # answers, ms
    by_kind: dict[str, Rate] = field(default_factory=dict)
    by_level: dict[str, Rate] = field(default_factory=dict)  # Bloom's level of the item's kind
    by_topic: dict[str, Rate] = field(default_factory=dict)
    by_fact: dict[str, Rate] = field(default_factory=dict)
    retention_young: Rate = field(default_factory=Rate)
    retention_mature: Rate = field(default_factory=Rate)
    forecast: list[tuple[date, int]] = field(default_factory=list)
    states: dict[str, int] = field(default_factory=dict)
    known_now: float = 0.0
    due_now: int = 0
    timezone: str = "UTC"  # the learner's: times are shown in it
    streak: int = 0
    heatmap: dict[date, int] = field(default_factory=dict)
    weakest_facts: list[tuple[str, float, int]] = field(default_factory=list)
    weakest_topics: list[tuple[str, float, int]] = field(default_factory=list)
    sessions: list[tuple[str, datetime, int, int]] = field(
        default_factory=list
    )  # id, start, right, answered
    practice: int = 0  # practice and exam answers in the range (not in reviews or accuracy)
    fact_names: dict[str, str] = field(default_factory=dict)  # fact id -> its statement
    topic_names: dict[str, str] = field(default_factory=dict)  # topic id -> its title

    @property
    def reviews(self) -> int:
        return sum(n for n, _ in self.per_day.values())

    @property
    def minutes(self) -> float:
        return sum(ms for _, ms in self.per_day.values()) / 60000


def local_time(f: Figures) -> str:
    """The report's moment in the learner's time zone: "2026-11-30 05:54 CET"."""
    return f"{f.now.astimezone(zone(f.timezone)):%Y-%m-%d %H:%M %Z}"


def compute_months(
    months: Callable[[], Iterable[ReviewColumns]],
    cards: Iterable[CardState],
    settings: Settings,
    topics_of: dict[str, str],
    now: datetime,
    deck_id: str | None = None,
    since: date | None = None,
    until: datetime | None = None,
    resume: Resume | None = None,
) -> Figures:
    """All figures from the log read in chunks (a month each, see report.tally), each in time
    order and the chunks in time order; reviews after `until` are left out. `months` is called
    again, and the chunks put in order as one, should a chunk begin before the last ended (a
    log whose months were filed by another clock). With `resume` (and no `since`), the count
    starts from its kept tally and reads only the months after it (report.tally_state)."""
    day = StudyDay.of(settings).day
    fig = _empty(settings, deck_id, now, since)
    resume = resume if since is None else None
    after = resume.months_after if resume else lambda _: months()
    tally = _count(after, settings, day, fig, until, resume)
    if tally is None:
        whole = ReviewColumns.joined(months()).in_time_order()
        tally = _count(lambda _: [whole], settings, day, fig, until)
        assert tally is not None  # one chunk is always in order
    fig.retention_young = Rate(*tally.retention[True])
    fig.retention_mature = Rate(*tally.retention[False])
    fig.heatmap = dict(tally.heatmap)
    fig.per_day = {d: (n, ms) for d, (n, ms) in tally.per_day.items()}
    fig.practice = tally.practice
    fig.sessions = sorted(
        (
            (sid, tally.started[sid], tally.sessions[1][sid], n)
            for sid, n in tally.sessions[0].items()
        ),
        key=lambda x: x[1],
    )
    fig.by_kind = _rates(*tally.kinds)
    fig.by_level = _grouped(*tally.kinds, KIND_LEVEL, "remember")
    fig.by_fact = _rates(*tally.facts)
    fig.by_topic = _grouped(*tally.facts, topics_of, "?")
    fig.states, fig.due_now, fig.known_now, fig.forecast = card_figures(
        cards, settings, deck_id, now, day
    )
    fig.streak = _streak(tally.all_days, day(now))
    fig.weakest_facts = _weakest(fig.by_fact, 10)
    fig.weakest_topics = _weakest(fig.by_topic, 5)
    return fig


def _over_rows(
    from_months: Callable[Concatenate[Callable[[], Iterable[ReviewColumns]], P], Figures],
) -> Callable[Concatenate[Iterable[ReviewRow], P], Figures]:
    """`compute_months` taking the review rows themselves (one chunk) in place of the months:
    the same parameters after the first, written once."""

    def from_rows(reviews: Iterable[ReviewRow], /, *args: P.args, **kwargs: P.kwargs) -> Figures:
        log = columns_of_rows(reviews)
        return from_months(lambda: [log], *args, **kwargs)

    return from_rows


compute = _over_rows(compute_months)
"""All figures from review rows; `topics_of` maps fact id -> its first topic."""


def _count(
    months: Callable[[int], Iterable[ReviewColumns]],
    settings: Settings,
    day: Callable[[datetime], date],
    fig: Figures,
    until: datetime | None,
    resume: Resume | None = None,
) -> ReviewTally | None:
    """The log's tally, or None if a chunk begins before the one before it ended."""
    heat_from = day(fig.now) - timedelta(weeks=HEATMAP_WEEKS)
    tally = ReviewTally(lambda times: _days_of(times, day, settings), fig.since, heat_from)
    counted = partial(_counted, deck_id=fig.deck_id, until=until)
    return tally if count(tally, months, counted, until, resume) else None


def _counted(month: ReviewColumns, deck_id: str | None, until: datetime | None) -> ReviewColumns:
    """The reviews a report counts: not undone, of the deck (if one), made by `until` (if
    given). Each filter is skipped when nothing would be left out (the usual case)."""
    if until is not None and month.reviewed_at and month.reviewed_at[-1] > until:
        month = month.select([t <= until for t in month.reviewed_at])
    if deck_id and month.deck_id.count(deck_id) != month.size:
        month = month.select([deck == deck_id for deck in month.deck_id])
    if True in month.undone:
        month = month.select([not undone for undone in month.undone])
    return month


def _empty(s: Settings, deck_id: str | None, now: datetime, since: date | None) -> Figures:
    """The figures before any review is counted: who, when, and which parameters schedule."""
    from quizapp.review.personal import describe

    return Figures(
        s.learner,
        deck_id,
        now,
        since,
        s.retention_for(deck_id),
        describe(s),
        list(s.fsrs_parameters) if s.fsrs_parameters else None,
        timezone=s.timezone,
    )


def _rates(total: Counter[str], right: Counter[str]) -> dict[str, Rate]:
    return {k: Rate(right[k], n) for k, n in total.items()}


def _grouped(
    total: Counter[str], right: Counter[str], group_of: Mapping[str, str], other: str
) -> dict[str, Rate]:
    """Rates summed by group (`group_of`, else `other`), each group where its first key was
    (so in the order in which the groups first appear in the log, as the keys are)."""
    sums: dict[str, list[int]] = {}
    groups = [group_of.get(key, other) for key in total]
    for group, (key, n) in zip(groups, total.items(), strict=True):
        entry = sums.get(group)
        if entry is None:
            entry = sums[group] = [0, 0]
        entry[0] += right[key]
        entry[1] += n
    return {group: Rate(r, n) for group, (r, n) in sums.items()}


def _days_of(times: list[datetime], day: Callable[[datetime], date], s: Settings) -> list[date]:
    """The study day of each of these sorted moments: each day's start is found among the
    times by binary search, and the day's reviews are one run of the list.

    The day starts are expressed in the reviews' own time zone object, so each comparison is
    a plain one (comparing datetimes of different zone objects asks both zones each time).
    """
    if not times:
        return []
    first, last = day(times[0]), day(times[-1])
    calendar = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    zone, start_of = times[0].tzinfo, StudyDay.of(s).start_of
    bounds = [bisect_left(times, start_of(d).astimezone(zone)) for d in calendar[1:]]
    out: list[date] = []
    for d, a, b in zip(calendar, [0, *bounds], [*bounds, len(times)], strict=True):
        out += [d] * (b - a)
    return out


def _streak(days: set[date], today: date) -> int:
    cursor = today if today in days else today - timedelta(days=1)
    n = 0
    while cursor in days:
        n += 1
        cursor -= timedelta(days=1)
    return n


def _weakest(rates: dict[str, Rate], n: int) -> list[tuple[str, float, int]]:
    scored = [
        (k, r.value, r.total)
        for k, r in rates.items()
        if r.value is not None and r.value < 1 and r.total >= 2
    ]
    return [(k, v, t) for k, v, t in sorted(scored, key=lambda x: (x[1], -x[2], x[0]))[:n]]
