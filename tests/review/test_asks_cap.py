"""A session never loops on one fact: a fact asked MAX_ASKS_PER_FACT times leaves what the
session may still ask (and its progress), whatever its place in the queue; one asked fewer
times stays."""

from __future__ import annotations

from datetime import UTC, datetime

from quizapp.review.session import MAX_ASKS_PER_FACT
from quizapp.service import StudyService
from quizapp.store.records import Settings

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_a_fact_asked_the_most_allowed_is_no_longer_askable() -> None:
    service = StudyService(None, clock=lambda: T0, seed=3)
    service.store.save_settings(Settings(learner="a", new_per_day=6))
    session = service.start("a", "russia-central-asia", backup=False)
    first = session._askable(T0)
    assert len(first) == 6
    done, total = session.progress()
    session.asked[first[2]] = MAX_ASKS_PER_FACT - 1
    assert session._askable(T0) == first  # asked fewer times than the cap: still there
    session.asked[first[2]] = MAX_ASKS_PER_FACT
    assert session._askable(T0) == [f for f in first if f != first[2]]
    session.asked[first[4]] = MAX_ASKS_PER_FACT + 1
    assert session._askable(T0) == [first[0], first[1], first[3], first[5]]
    assert session.progress() == (done, total - 2)
