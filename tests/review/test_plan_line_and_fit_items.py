"""The home screen's line for each state of a plan, and the items `optimize` fits on (issue 19:
these were reached by no fast test of the review package, so any change to them survived)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs_rs_python as rs

from quizapp.review.optimize import items_by_fact
from quizapp.review.plan import Plan, plan_text
from quizapp.store.records import Review

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday


def _plan(**kw: object) -> Plan:
    base: dict[str, object] = dict(
        now=NOW, due_now=0, new_today=0, ahead=None, next_due=None, new_waiting=0,
        new_per_day=20, reviews_capped=False,
    )  # fmt: skip
    return Plan(**{**base, **kw})  # type: ignore[arg-type]


def test_the_line_says_what_a_session_would_ask_now() -> None:
    assert plan_text(_plan(due_now=2, new_today=3), "UTC") == "2 due now, 3 new. Press s to study."
    assert plan_text(_plan(new_today=1), "UTC") == "1 new. Press s to study."
    assert plan_text(_plan(due_now=4), "UTC") == "4 due now. Press s to study."


def test_with_nothing_due_the_line_says_when_the_next_card_comes() -> None:
    soon = _plan(ahead=NOW + timedelta(minutes=4))
    assert plan_text(soon, "UTC") == "Nothing due. A learning card comes back at 10:04 (in 4 min)."
    assert plan_text(_plan(), "UTC") == "Nothing due. No card is scheduled."
    tomorrow = _plan(next_due=datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
    assert plan_text(tomorrow, "UTC") == "Nothing due. Next card tomorrow 09:00."
    later = _plan(next_due=NOW + timedelta(days=3))
    assert plan_text(later, "UTC") == "Nothing due. Next card at Thu 10:00 (in 3 days)."


def test_a_capped_day_and_the_new_facts_held_back_are_said() -> None:
    capped = _plan(reviews_capped=True, new_waiting=1)
    assert plan_text(capped, "UTC") == (
        "Today's review limit is reached. No card is scheduled;"
        " 1 new fact waits for tomorrow (daily limit 20)."
    )
    many = _plan(new_waiting=117, new_per_day=15)
    assert plan_text(many, "UTC").endswith("; 117 new facts wait for tomorrow (daily limit 15).")


def _review(n: int, fact: str, day: int, rating: int) -> Review:
    return Review(
        id=f"r{n}", learner="l", deck_id="d", fact_id=fact, item_id="typed-1", kind="typed",
        verdict="correct" if rating > 1 else "wrong", rating=rating, response="x",
        duration_ms=4000, reviewed_at=NOW + timedelta(days=day, minutes=n), session_id="s",
    )  # fmt: skip


def test_each_interday_review_is_one_item_holding_the_facts_history_up_to_it() -> None:
    log = [
        _review(0, "a", 0, 1),
        _review(1, "a", 0, 3),  # the same day: no item of its own
        _review(2, "a", 2, 3),
        _review(3, "a", 7, 4),
        _review(4, "b", 1, 3),  # a single review: nothing to predict
    ]
    got = items_by_fact(log)
    assert list(got) == ["d|a"]
    steps = [(1, 0), (3, 0), (3, 2), (4, 5)]
    want = [[rs.FSRSReview(r, d) for r, d in steps[:3]], [rs.FSRSReview(r, d) for r, d in steps]]
    assert _shown(item.reviews for item in got["d|a"]) == _shown(want)


def _shown(items: object) -> list[str]:
    """The library's reviews compare by identity only: compare what they print."""
    return [repr(list(x)) for x in items]  # type: ignore[attr-defined]
