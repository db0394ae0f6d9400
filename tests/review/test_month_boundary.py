"""B23: correcting an answer after midnight on a month's last day replaces the logged review;
it never leaves a second copy in the next month's partition (the log and reports would
count the answer twice)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.service import StudyService
from tests.review.learner import right_answer, wrong_answer
from tests.review.test_session_flow import Clock

DECK = "russia-central-asia"
LAST_MINUTE = datetime(2027, 1, 31, 23, 59, 58, tzinfo=UTC)


def test_override_and_rerate_across_a_month_boundary_keep_one_review(tmp_path: Path) -> None:
    clock = Clock(LAST_MINUTE)
    service = StudyService(tmp_path / "db", clock=clock, seed=3)
    session = service.start("a", DECK, backup=False)
    q = session.next_question()
    assert q is not None
    session.answer(wrong_answer(q), 4000)
    clock.at = LAST_MINUTE + timedelta(seconds=2)  # 1 February, 00:00:00
    fixed = session.override()
    assert fixed is not None and fixed.verdict == "correct"
    assert session.rerate(4) is not None  # and then Easy, still the same answer
    q2 = session.next_question()
    assert q2 is not None
    session.answer(right_answer(q2), 4000)  # a new answer belongs to February
    session.end()
    service.close()

    again = StudyService(tmp_path / "db", clock=clock, seed=3)
    reviews = list(again.store.reviews("a"))
    assert len(reviews) == 2 and len({r.id for r in reviews}) == 2
    first = next(r for r in reviews if r.fact_id == q.fact_ids[0] and r.override)
    assert first.rating == 4 and first.reviewed_at == LAST_MINUTE
    assert sum(n for n, _ in again.report("a", DECK).per_day.values()) == 2
    again.close()
