"""A plain reference for the report's figures, to check the fast path against (issue 16).

The report's fast path reads month files as columns through a cache, resumes from a kept
tally, reads decks as outlines and counts the cards in one pass. Here the same figures are
worked out the slow and obvious way: the log read as validated `Review` models, one review
at a time in time order; the card figures by the pass the report used before
report/card_figures.py (kept here as it was); fact statements and topic titles from the decks
themselves. Only the figures' heading (learner, retention aimed at, parameters) is shared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from quizapp.generate.index import DeckIndex
from quizapp.generate.question import KIND_LEVEL
from quizapp.report.figures import Figures, Rate, _empty
from quizapp.report.recall import recall_now
from quizapp.review import card_fields
from quizapp.review.day import StudyDay
from quizapp.review.marks import count_marks
from quizapp.review.queue import marks_of
from quizapp.review.scheduler import make_scheduler
from quizapp.service import StudyService
from quizapp.store.records import CardState, Review, Settings

MATURE = timedelta(days=21)


def reference_report(
    service: StudyService, learner: str, deck_ref: str | None, since: date | None, now: datetime
) -> Figures:
    """What service.report gives, worked out the slow way."""
    catalog, store = service.catalog, service.store
    decks = [catalog.deck(r) for r in ([deck_ref] if deck_ref else [d for d, _ in catalog.ids()])]
    deck_id = decks[0].id if deck_ref else None
    cards: list[CardState] = []
    for d in decks:
        stored = store.cards(learner, d.id)
        cards += stored.values()
        cards += [
            CardState(learner=learner, deck_id=d.id, fact_id=f.id, fsrs={})
            for f in d.facts
            if f.id not in stored
        ]
    settings = store.settings(learner)
    fig = _empty(settings, deck_id, now, since)
    log = [
        r
        for r in store.reviews(learner)
        if not r.undone and (deck_id is None or r.deck_id == deck_id) and r.reviewed_at <= now
    ]
    topics = {f.id: f.topics[0] for d in decks for f in d.facts}
    _reviews(fig, sorted(log, key=lambda r: r.reviewed_at), settings, topics)
    _cards(fig, [c for c in cards if deck_id is None or c.deck_id == deck_id], settings)
    named = {fact for fact, _, _ in fig.weakest_facts}
    for d in decks:
        ix = DeckIndex(d)
        for f in d.facts:
            if f.id in named:
                fig.fact_names[f.id] = ix.say(ix.relations[f.relation].templates.statement, f)
        fig.topic_names |= {t.id: t.title for t in d.topics}
    return fig


def _passed(r: Review) -> bool:
    return r.verdict in ("correct", "near_miss") or (
        r.verdict == "self_graded" and (r.rating or 1) > 1
    )


def _reviews(fig: Figures, log: list[Review], s: Settings, topics: dict[str, str]) -> None:
    """The review figures, one review at a time in time order."""
    day = StudyDay.of(s).day
    last_seen: dict[str, datetime] = {}
    all_days: set[date] = set()
    activity: Counter[date] = Counter()
    started: dict[str, datetime] = {}
    answered: dict[str, list[int]] = {}  # session -> [right, answered]
    for r in log:
        d, ok = day(r.reviewed_at), _passed(r)
        previous, last_seen[r.fact_id] = last_seen.get(r.fact_id), r.reviewed_at
        all_days.add(d)
        if fig.since is not None and d < fig.since:
            continue
        activity[d] += 1
        started.setdefault(r.session_id, r.reviewed_at)
        tally = answered.setdefault(r.session_id, [0, 0])
        tally[0] += ok
        tally[1] += 1
        if r.mode != "scheduled":
            fig.practice += 1
            continue
        if r.card_state == "review" and previous is not None:
            young = fig.retention_young if r.reviewed_at - previous < MATURE else None
            _add(young or fig.retention_mature, ok)
        n, ms = fig.per_day.get(d, (0, 0))
        fig.per_day[d] = (n + 1, ms + r.duration_ms)
        _add(fig.by_kind.setdefault(r.kind, Rate()), ok)
        _add(fig.by_level.setdefault(KIND_LEVEL.get(r.kind, "remember"), Rate()), ok)
        _add(fig.by_fact.setdefault(r.fact_id, Rate()), ok)
        _add(fig.by_topic.setdefault(topics.get(r.fact_id, "?"), Rate()), ok)
    today = day(fig.now)
    fig.heatmap = {d: n for d, n in activity.items() if d > today - timedelta(weeks=26)}
    fig.sessions = sorted(
        ((sid, started[sid], right, n) for sid, (right, n) in answered.items()),
        key=lambda x: x[1],
    )
    cursor = today if today in all_days else today - timedelta(days=1)
    while cursor in all_days:
        fig.streak += 1
        cursor -= timedelta(days=1)
    fig.weakest_facts = _weakest(fig.by_fact.items(), 10)
    fig.weakest_topics = _weakest(fig.by_topic.items(), 5)


def _add(rate: Rate, ok: bool) -> None:
    rate.right += ok
    rate.total += 1


def _weakest(rates: Iterable[tuple[str, Rate]], n: int) -> list[tuple[str, float, int]]:
    weak = [(k, r.right / r.total, r.total) for k, r in rates if r.total >= 2 and r.right < r.total]
    return sorted(weak, key=lambda x: (x[1], -x[2], x[0]))[:n]


def _cards(fig: Figures, cards: list[CardState], settings: Settings) -> None:
    """The card figures as figures._cards worked them out before report/card_figures.py."""
    day = StudyDay.of(settings).day
    scheduler = make_scheduler(settings, deck_id=fig.deck_id)
    states: Counter[str] = Counter(
        {k: 0 for k in ("new", "learning", "young", "mature", "suspended", "leech")}
    )
    due_per_day: Counter[date] = Counter()
    today = day(fig.now)
    tally = count_marks((marks_of(c) for c in cards), fig.now.timestamp())
    states.update(
        new=tally.new, learning=tally.learning, suspended=tally.suspended, leech=tally.leeches
    )
    fig.due_now = tally.due
    for c in cards:
        if c.suspended or not c.seen:
            continue
        fig.known_now += recall_now(scheduler, c, fig.now)
        due = card_fields.due(c)
        if card_fields.fsrs_state(c) == card_fields.REVIEW and (last := card_fields.last_review(c)):
            states["mature" if (due - last) >= MATURE else "young"] += 1
        due_day = max(today, day(due))
        if (due_day - today).days < 30:
            due_per_day[due_day] += 1
    fig.states = dict(states)
    fig.forecast = [
        (today + timedelta(days=i), due_per_day[today + timedelta(days=i)]) for i in range(30)
    ]
