"""Report figures against a hand-built history. Every expected number below was worked out
by hand from the reviews listed, not by running the code under test."""

from __future__ import annotations

from datetime import UTC, date, datetime

import fsrs
import pytest
from pydantic import TypeAdapter

from quizapp.report.figures import compute
from quizapp.store.records import CardState, Review, ReviewRow, Settings

NOW = datetime(2026, 3, 30, 12, 0, tzinfo=UTC)
SETTINGS = Settings(learner="t", day_starts_at_hour=4, timezone="UTC", desired_retention=0.9)
TOPICS = {"A": "t1", "B": "t2", "C": "t1", "D": "t1", "E": "t2"}


def rv(
    n: int,
    fact: str,
    at: datetime,
    kind: str,
    verdict: str,
    rating: int,
    ms: int,
    state: str,
    session: str,
    mode: str = "scheduled",
    undone: bool = False,
) -> Review:
    return Review(
        id=f"r{n}",
        learner="t",
        deck_id="d",
        fact_id=fact,
        item_id=f"i{n}",
        kind=kind,
        verdict=verdict,
        rating=rating,
        response="x",
        duration_ms=ms,
        reviewed_at=at,
        session_id=session,
        mode=mode,
        card_state=state,
        undone=undone,
    )


def rows(r: Review) -> ReviewRow:
    """A review as the light row reports read (what the store's review_rows returns)."""
    return TypeAdapter(ReviewRow).validate_python(r.model_dump())


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


MODELS = [
    rv(1, "A", at(1, 10), "mcq", "correct", 3, 60_000, "new", "s1"),
    rv(2, "B", at(1, 10, 1), "typed", "wrong", 1, 30_000, "new", "s1"),
    rv(3, "A", at(2, 3, 30), "mcq", "correct", 3, 30_000, "learning", "s2"),  # 03:30: still Mar 1
    rv(4, "A", at(5, 9), "typed", "correct", 3, 20_000, "review", "s3"),  # 3.2 days on: young
    rv(5, "B", at(30, 9), "cloze", "wrong", 1, 10_000, "review", "s4"),  # 29 days on: mature
    rv(6, "A", at(30, 9, 5), "typed", "correct", 3, 10_000, "review", "s4", mode="practice"),
    rv(7, "C", at(30, 9, 6), "mcq", "correct", 3, 10_000, "new", "s4", undone=True),
]
REVIEWS = [rows(r) for r in MODELS]


def card(
    fact: str,
    state: int,
    last: datetime | None,
    due: datetime,
    stability: float,
    seen: bool = True,
    **kw: object,
) -> CardState:
    c = fsrs.Card(
        card_id=1,
        state=fsrs.State(state),
        stability=stability,
        difficulty=5.0,
        due=due,
        last_review=last,
    )
    return CardState(learner="t", deck_id="d", fact_id=fact, fsrs=c.to_dict(), seen=seen, **kw)


CARDS = [
    card("A", 2, at(30, 9, 5), at(25, 9, month=4), 20.0),  # interval 26 days: mature
    card("B", 3, at(30, 9), at(30, 9, 10), 2.0),  # relearning: learning
    card("C", 1, None, at(30, 9), 0.0, seen=False),  # new
    card("D", 2, at(1, 9), at(2, 9, month=4), 3.0, suspended=True, leech=True),
    card("E", 2, at(28, 9), at(2, 9, month=4), 5.0),  # interval 5 days: young
]


def test_figures_of_the_hand_built_history() -> None:
    f = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)
    # the practice answer (6) counts apart, not as a review nor in accuracy
    assert f.per_day == {
        date(2026, 3, 1): (3, 120_000),
        date(2026, 3, 5): (1, 20_000),
        date(2026, 3, 30): (1, 10_000),
    }
    assert f.reviews == 5 and f.minutes == pytest.approx(150_000 / 60_000) and f.practice == 1
    assert {k: (r.right, r.total) for k, r in f.by_kind.items()} == {
        "mcq": (2, 2),
        "typed": (1, 2),
        "cloze": (0, 1),
    }
    assert {k: (r.right, r.total) for k, r in f.by_topic.items()} == {"t1": (3, 3), "t2": (0, 2)}
    assert {k: (r.right, r.total) for k, r in f.by_fact.items()} == {"A": (3, 3), "B": (0, 2)}
    assert (f.retention_young.right, f.retention_young.total) == (1, 1)
    assert (f.retention_mature.right, f.retention_mature.total) == (0, 1)
    assert f.streak == 1
    assert f.states == {
        "new": 1,
        "learning": 1,
        "young": 1,
        "mature": 1,
        "suspended": 1,
        "leech": 1,
    }
    forecast = dict(f.forecast)
    assert len(f.forecast) == 30 and sum(forecast.values()) == 3
    assert forecast[date(2026, 3, 30)] == 1  # B, due this morning
    assert forecast[date(2026, 4, 2)] == 1 and forecast[date(2026, 4, 25)] == 1
    # FSRS-6: R = (1 + F * t / S) ** -decay, F = 0.9 ** (-1 / decay) - 1, t in whole days.
    decay = 0.1542
    factor = 0.9 ** (-1 / decay) - 1
    r_e = (1 + factor * 2 / 5.0) ** -decay  # E: two whole days after its review, S = 5
    assert f.known_now == pytest.approx(1.0 + 1.0 + r_e, abs=1e-6)  # A and B were reviewed today
    assert f.weakest_facts == [("B", 0.0, 2)]  # never padded with facts always right
    assert f.weakest_topics == [("t2", 0.0, 2)]
    assert [(s, r, n) for s, _, r, n in f.sessions] == [
        ("s1", 1, 2),
        ("s2", 1, 1),
        ("s3", 1, 1),
        ("s4", 1, 2),
    ]
    assert f.heatmap == {
        date(2026, 3, 1): 3,
        date(2026, 3, 5): 1,
        date(2026, 3, 30): 2,
    }  # all modes


def test_since_keeps_earlier_reviews_for_young_and_mature() -> None:
    f = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW, since=date(2026, 3, 30))
    assert f.per_day == {date(2026, 3, 30): (1, 10_000)}
    assert (f.retention_mature.right, f.retention_mature.total) == (0, 1)  # B's rest began Mar 1
    assert f.streak == 1


def test_no_reviews_and_a_single_review() -> None:
    empty = compute([], [], SETTINGS, TOPICS, NOW)
    assert empty.reviews == 0 and empty.streak == 0 and empty.known_now == 0
    assert empty.retention_young.value is None and empty.by_kind == {}
    assert sum(n for _, n in empty.forecast) == 0
    one = compute(REVIEWS[:1], [], SETTINGS, TOPICS, at(1, 11))
    assert one.reviews == 1 and one.streak == 1 and one.by_kind["mcq"].value == 1.0
    assert one.retention_young.total == 0  # a first sight is not a retention test


def test_day_boundary_follows_the_learners_time_zone() -> None:
    # 07:30 UTC on 1 March is 02:30 in New York: before 4 am there, so still 28 February
    ny = Settings(learner="t", day_starts_at_hour=4, timezone="America/New_York")
    f = compute(
        [*REVIEWS[:1], rows(MODELS[1].model_copy(update={"reviewed_at": at(1, 7, 30)}))],
        [],
        ny,
        TOPICS,
        at(1, 20),
    )
    assert f.per_day == {date(2026, 2, 28): (1, 30_000), date(2026, 3, 1): (1, 60_000)}
    assert f.streak == 2
    berlin = Settings(learner="t", day_starts_at_hour=4, timezone="Europe/Berlin")
    g = compute([REVIEWS[2]], [], berlin, TOPICS, at(2, 12))  # 03:30 UTC = 04:30 in Berlin
    assert list(g.per_day) == [date(2026, 3, 2)]


def test_streak_counts_back_from_yesterday_when_today_is_empty() -> None:
    days = [
        rows(rv(10 + i, "A", at(20 + i, 10), "mcq", "correct", 3, 1000, "review", f"x{i}"))
        for i in range(3)
    ]
    f = compute(days, [], SETTINGS, TOPICS, at(23, 12))  # studied 20, 21, 22; not yet on the 23rd
    assert f.streak == 3
    g = compute(days, [], SETTINGS, TOPICS, at(25, 12))  # missed the 23rd and 24th
    assert g.streak == 0
    studied_today = [*days, rows(rv(20, "A", at(23, 18), "mcq", "correct", 3, 1000, "review", "y"))]
    assert compute(studied_today, [], SETTINGS, TOPICS, at(23, 20)).streak == 4
