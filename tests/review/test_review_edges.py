"""Review defences the seed-16 mutation sample found untested (issue 19, session 17): the plan's
count of new facts held back, an unknown kind's expected time, the guess measure's grid search at
the grid's upper end, the probe of first sights, and the feedback's words for the next due."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from quizapp.review.grading import rating_for
from quizapp.review.guessing import PROBE, SHARES, _best_over_shares, probing
from quizapp.review.humanize import when_text
from quizapp.review.plan import plan
from quizapp.review.queue import DoneToday
from quizapp.store.records import Settings
from tests.review.learner import right_answer
from tests.review.test_session_flow import DECK, Clock, service_at

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_new_facts_beyond_todays_limit_are_counted_as_waiting() -> None:
    facts = [f"f{i}" for i in range(30)]
    got = plan(facts, {}, NOW, Settings(learner="a", new_per_day=20), DoneToday())
    assert (got.new_today, got.new_waiting) == (20, 10)
    after = plan(facts, {}, NOW, Settings(learner="a", new_per_day=20), DoneToday(new=15))
    assert (after.new_today, after.new_waiting) == (5, 25)


def test_a_kind_with_no_expected_time_is_judged_against_fifteen_seconds() -> None:
    assert int(rating_for("correct", "no-such-kind", 29_000)) == 3  # Good: within 2 x 15 s
    assert int(rating_for("correct", "no-such-kind", 31_000)) == 2  # Hard: slower than that


def _ll(rows: list[tuple[float, int, int]], f: float) -> float:
    out = 0.0
    for a, n, w in rows:
        out += w * math.log(f * a) + (n - w) * math.log(max(1e-9, 1 - f * a))
    return out


def test_the_search_finds_the_grids_best_share_even_at_either_end() -> None:
    cases = [
        [(1.0, 5, 5)],  # all wrong: the best share is the grid's last, never f = 1
        [(1.0, 8, 1)],
        [(0.75, 20, 6), (0.5, 10, 1)],
        [(1.0, 40, 39)],
    ]
    for rows in cases:
        best = max(_ll(rows, f) for f in SHARES)
        assert math.isclose(_best_over_shares(rows), best, rel_tol=1e-9, abs_tol=1e-9), rows


class _Row:
    def __init__(self, mode: str) -> None:
        self.mode, self.card_state, self.kind = mode, "new", "typed"


def _rows(mode: str, n: int) -> list[Any]:
    return [_Row(mode)] * n  # what probing reads of a review: mode, card state and kind


def test_first_sights_are_probed_until_enough_scheduled_unguessable_ones() -> None:
    assert probing(_rows("scheduled", PROBE - 1))
    assert not probing(_rows("scheduled", PROBE))
    assert probing(_rows("practice", PROBE))


def test_the_feedback_says_when_the_card_comes_back_or_that_practice_schedules_none() -> None:
    clock = Clock()
    session = service_at(clock).start("a", DECK, backup=False)
    q = session.next_question()
    assert q is not None
    fb = session.answer("", 4000)  # an empty answer: wrong, back within minutes
    assert fb.next_due is not None
    assert fb.next_due_text == when_text(fb.next_due, clock()) and fb.next_due_text.startswith(
        "in "
    )
    practice = service_at(Clock()).start("b", DECK, "practice", limit=3, backup=False)
    q = practice.next_question()
    assert q is not None
    shown = practice.answer(right_answer(q), 4000)
    assert (shown.next_due, shown.next_due_text) == (None, "not scheduled (practice)")
