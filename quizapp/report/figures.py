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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import compress, groupby
from operator import itemgetter

from quizapp.generate.question import KIND_LEVEL
from quizapp.review import card_fields
from quizapp.review.day import StudyDay, zone
from quizapp.review.marks import count_marks
from quizapp.review.queue import marks_of
from quizapp.review.scheduler import make_scheduler, retrievability
from quizapp.store.records import CardState, ReviewRow, Settings

MATURE_DAYS = 21
PASSING = frozenset({"correct", "near_miss"})
FORECAST_DAYS = 30
HEATMAP_WEEKS = 26


@dataclass
class Rate:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)


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


def compute(
    reviews: Iterable[ReviewRow],
    cards: Iterable[CardState],
    settings: Settings,
    topics_of: dict[str, str],
    now: datetime,
    deck_id: str | None = None,
    since: date | None = None,
) -> Figures:
    """All figures; `topics_of` maps fact id -> its first topic.

    Computed column by column (a long history has 100k reviews): study days come from a
    binary search over the day boundaries, tallies from Counter; only retention, which needs
    each fact's previous review, walks the reviews one by one.
    """
    day = StudyDay.of(settings).day
    fig = _empty(settings, deck_id, now, since)
    rows = [r for r in reviews if not r["undone"] and (not deck_id or r["deck_id"] == deck_id)]
    rows.sort(key=itemgetter("reviewed_at"))
    all_days = days = _days_of([r["reviewed_at"] for r in rows], day, settings)
    oks = [
        r["verdict"] in PASSING or (r["verdict"] == "self_graded" and (r["rating"] or 1) > 1)
        for r in rows
    ]
    cut = bisect_left(days, since) if since else 0
    _retention(fig, rows, oks, cut)
    rows, days, oks = rows[cut:], days[cut:], oks[cut:]
    fig.heatmap = {
        d: len(list(g)) for d, g in groupby(days) if d > day(now) - timedelta(weeks=HEATMAP_WEEKS)
    }
    _sessions(fig, rows, oks)
    scheduled = [r["mode"] == "scheduled" for r in rows]
    fig.practice = len(rows) - sum(scheduled)
    _tallies(
        fig,
        list(compress(rows, scheduled)),
        list(compress(days, scheduled)),
        list(compress(oks, scheduled)),
        topics_of,
    )
    _cards(fig, [c for c in cards if deck_id is None or c.deck_id == deck_id], settings, day)
    fig.streak = _streak(set(all_days), day(now))
    fig.weakest_facts = _weakest(fig.by_fact, 10)
    fig.weakest_topics = _weakest(fig.by_topic, 5)
    return fig


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


def _retention(fig: Figures, rows: list[ReviewRow], oks: list[bool], cut: int) -> None:
    """True retention, young and mature, of the scheduled reviews from row `cut` on; the rows
    before it still give each fact's previous review."""
    last_seen: dict[str, datetime] = {}
    for n, (r, ok) in enumerate(zip(rows, oks, strict=True)):
        when = r["reviewed_at"]
        previous = last_seen.get(r["fact_id"])
        last_seen[r["fact_id"]] = when
        if (
            n >= cut
            and previous is not None
            and r["card_state"] == "review"
            and r["mode"] == "scheduled"
        ):
            young = (when - previous) < timedelta(days=MATURE_DAYS)
            (fig.retention_young if young else fig.retention_mature).add(ok)


def _sessions(fig: Figures, rows: list[ReviewRow], oks: list[bool]) -> None:
    """Each session's start, right and answered, in order of start (every mode counts)."""
    sessions = [r["session_id"] for r in rows]
    started: dict[str, datetime] = {}
    for sid, r in zip(sessions, rows, strict=True):
        started.setdefault(sid, r["reviewed_at"])
    fig.sessions = sorted(
        (
            (sid, started[sid], rate.right, rate.total)
            for sid, rate in _rates(sessions, oks).items()
        ),
        key=lambda x: x[1],
    )


def _tallies(
    fig: Figures,
    rows: list[ReviewRow],
    days: list[date],
    oks: list[bool],
    topics_of: dict[str, str],
) -> None:
    """Answers and time per day, and the rates by kind, level, topic and fact, of the
    scheduled reviews in the range."""
    fig.per_day = {
        d: (len(group), sum(r["duration_ms"] for r in group))
        for d, group in (
            (d, [r for r, _ in g])
            for d, g in groupby(zip(rows, days, strict=True), key=itemgetter(1))
        )
    }
    fig.by_kind = _rates([r["kind"] for r in rows], oks)
    fig.by_level = _rates([KIND_LEVEL.get(r["kind"], "remember") for r in rows], oks)
    fig.by_topic = _rates([topics_of.get(r["fact_id"], "?") for r in rows], oks)
    fig.by_fact = _rates([r["fact_id"] for r in rows], oks)


def _cards(
    fig: Figures, cards: list[CardState], settings: Settings, day: Callable[[datetime], date]
) -> None:
    scheduler = make_scheduler(settings, deck_id=fig.deck_id)
    states: Counter[str] = Counter(
        {k: 0 for k in ("new", "learning", "young", "mature", "suspended", "leech")}
    )
    due_per_day: Counter[date] = Counter()
    today = day(fig.now)
    cards = list(cards)
    tally = count_marks((marks_of(c) for c in cards), fig.now.timestamp())
    states.update(
        new=tally.new, learning=tally.learning, suspended=tally.suspended, leech=tally.leeches
    )
    fig.due_now = tally.due
    for c in cards:
        if c.suspended or not c.seen:
            continue
        fig.known_now += retrievability(scheduler, c, fig.now)
        due = card_fields.due(c)
        if card_fields.fsrs_state(c) == card_fields.REVIEW and (last := card_fields.last_review(c)):
            states["mature" if (due - last) >= timedelta(days=MATURE_DAYS) else "young"] += 1
        due_day = max(today, day(due))
        if (due_day - today).days < FORECAST_DAYS:
            due_per_day[due_day] += 1
    fig.states = dict(states)
    fig.forecast = [
        (today + timedelta(days=i), due_per_day[today + timedelta(days=i)])
        for i in range(FORECAST_DAYS)
    ]


def _rates(keys: list[str], oks: list[bool]) -> dict[str, Rate]:
    total = Counter(keys)
    right = Counter(compress(keys, oks))
    return {k: Rate(right[k], n) for k, n in total.items()}


def _days_of(times: list[datetime], day: Callable[[datetime], date], s: Settings) -> list[date]:
    """The study day of each moment, walking the (sorted) times and the day starts together.

    The day starts are expressed in the reviews' own time zone object, so each comparison is
    a plain one (comparing datetimes of different zone objects asks both zones each time).
    """
    if not times:
        return []
    first, last = day(times[0]), day(times[-1])
    zone = times[0].tzinfo
    calendar = [first + timedelta(days=i) for i in range((last - first).days + 2)]
    starts = [StudyDay.of(s).start_of(d).astimezone(zone) for d in calendar]
    out: list[date] = []
    i = 0
    for t in times:
        while t >= starts[i + 1]:
            i += 1
        out.append(calendar[i])
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
