"""The exam queue, the streak and week tallies, the day's tally and the week's day ends.

Quick unit tests written for issue 19 (mutation testing): the long exam-mode simulation is
the only other test of exam_queue, and it is too slow for the mutation runs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import fsrs

from quizapp.review.day import StudyDay, day_ends
from quizapp.review.marks import Marks, count_marks, streak_and_week
from quizapp.review.queue import (
    LEARN_AHEAD,
    DoneToday,
    build_queue,
    counts,
    due_cards,
    exam_queue,
)
from quizapp.review.scheduler import make_scheduler, retrievability
from quizapp.review.tallies import DayTallies
from quizapp.store.records import CardState, Settings
from quizapp.store.repository import open_store

T = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
EXAM = T + timedelta(days=20)
SCHEDULER = make_scheduler(Settings(learner="a"), fuzz=False)


def reviewed(fact: str, stability: float, **kw: object) -> CardState:
    """A card in review, last seen two days ago, due tomorrow."""
    card = fsrs.Card(
        card_id=1,
        state=fsrs.State.Review,
        stability=stability,
        difficulty=5.0,
        due=T + timedelta(days=1),
        last_review=T - timedelta(days=2),
    )
    return CardState(learner="a", deck_id="d", fact_id=fact, fsrs=card.to_dict(), seen=True, **kw)


def learning(fact: str, due: datetime, **kw: object) -> CardState:
    card = fsrs.Card(card_id=2, state=fsrs.State.Learning, step=0, due=due)
    return CardState(learner="a", deck_id="d", fact_id=fact, fsrs=card.to_dict(), seen=True, **kw)


def test_exam_queue_asks_learning_steps_then_the_facts_projected_below_the_target() -> None:
    cards = {
        "suspended": reviewed("suspended", 0.5, suspended=True),  # skipped, and the rest read on
        "weak": reviewed("weak", 2.0),
        "weaker": reviewed("weaker", 0.5),
        "strong": reviewed("strong", 3000.0),  # still above the target on the exam date
        "l-late": learning("l-late", T + timedelta(minutes=5)),
        "l-now": learning("l-now", T - timedelta(minutes=1)),
        "l-edge": learning("l-edge", T + LEARN_AHEAD),  # just inside the learn-ahead window
        "l-far": learning("l-far", T + LEARN_AHEAD + timedelta(seconds=1)),
        "l-buried": learning("l-buried", T, buried_until=T + timedelta(hours=1)),
        "l-other": learning("l-other", T),  # of a fact not in this deck
        "unseen": CardState(learner="a", deck_id="d", fact_id="unseen", fsrs={}),
        "other": reviewed("other", 0.5),  # weak, but not in this deck
    }
    facts = [f for f in cards if f not in ("other", "l-other")]
    queue = exam_queue(facts, cards, T, EXAM, 0.9, SCHEDULER)
    assert queue == ["l-now", "l-late", "l-edge", "weaker", "weak"]


def test_a_card_projected_exactly_at_the_target_has_reached_it() -> None:
    card = reviewed("f", 10.0)
    at_exam = retrievability(SCHEDULER, card, EXAM)
    assert exam_queue(["f"], {"f": card}, T, EXAM, at_exam, SCHEDULER) == []
    assert exam_queue(["f"], {"f": card}, T, EXAM, at_exam + 1e-9, SCHEDULER) == ["f"]


def test_exam_queue_learn_ahead_is_a_parameter() -> None:
    cards = {"l": learning("l", T + timedelta(minutes=50))}
    assert exam_queue(["l"], cards, T, EXAM, 0.9, SCHEDULER) == []
    assert exam_queue(["l"], cards, T, EXAM, 0.9, SCHEDULER, ahead=timedelta(hours=1)) == ["l"]


def test_the_streak_counts_back_from_today_or_from_yesterday() -> None:
    today = date(2026, 3, 10)
    days = {today - timedelta(days=i): (i + 1, i, 1000 * i) for i in (0, 1, 2, 4)}
    streak, week = streak_and_week(days, today)
    assert streak == 3  # today, yesterday and the day before; the gap on day -3 ends it
    assert week == [
        (date(2026, 3, 4), 0, 0, 0),
        (date(2026, 3, 5), 0, 0, 0),
        (date(2026, 3, 6), 5, 4, 4000),
        (date(2026, 3, 7), 0, 0, 0),
        (date(2026, 3, 8), 3, 2, 2000),
        (date(2026, 3, 9), 2, 1, 1000),
        (date(2026, 3, 10), 1, 0, 0),
    ]
    # not studied yet today: the streak still stands on yesterday's run
    del days[today]
    assert streak_and_week(days, today)[0] == 2
    # nor yesterday: no streak
    assert streak_and_week(days, today + timedelta(days=1))[0] == 0
    assert streak_and_week({}, today) == (
        0,
        [(today - timedelta(days=i), 0, 0, 0) for i in range(6, -1, -1)],
    )


def test_a_days_tally_adds_takes_back_and_restores() -> None:
    store = open_store(None)
    tallies = DayTallies(store, "a", StudyDay(4, "UTC"))
    before = tallies.snapshot()
    assert tallies.bump(T, 1, 1, 4000).model_dump(include={"answered", "correct", "ms"}) == {
        "answered": 1,
        "correct": 1,
        "ms": 4000,
    }
    second = tallies.bump(T + timedelta(minutes=1), 1, 0, 3000)
    assert (second.day, second.answered, second.correct, second.ms) == (
        date(2026, 3, 10),
        2,
        1,
        7000,
    )
    # undo of more than was done never goes below zero
    back = tallies.bump(T, -3, -2, -9000)
    assert (back.answered, back.correct, back.ms) == (0, 0, 0)
    # a failed save restores the tallies as they were: the next answer starts from there
    tallies.restore(before)
    again = tallies.bump(T, 1, 0, 500)
    assert (again.answered, again.correct, again.ms) == (1, 0, 500)
    # 03:00 is still the previous study day (it starts at 4 am)
    early = tallies.bump(datetime(2026, 3, 11, 3, 0, tzinfo=UTC), 1, 1, 100)
    assert (early.day, early.answered) == (date(2026, 3, 10), 2)
    assert set(tallies.snapshot()) == {date(2026, 3, 10)}


def test_a_weeks_forecast_has_seven_day_ends_by_default() -> None:
    ends = day_ends(T, 4, "UTC")
    assert ends == [datetime(2026, 3, 11 + i, 4, 0, tzinfo=UTC) for i in range(7)]
    assert StudyDay(4, "UTC").ends(T) == ends
    assert StudyDay(4, "UTC").ends(T, 2) == ends[:2]


def due_review(fact: str, due: datetime, **kw: object) -> CardState:
    card = fsrs.Card(
        card_id=1,
        state=fsrs.State.Review,
        stability=5.0,
        difficulty=5.0,
        due=due,
        last_review=due - timedelta(days=5),
    )
    return CardState(learner="a", deck_id="d", fact_id=fact, fsrs=card.to_dict(), seen=True, **kw)


def test_a_review_due_this_instant_is_due_and_burial_or_suspension_keeps_it_out() -> None:
    cards = [
        due_review("now", T),
        due_review("later", T + timedelta(seconds=1)),
        due_review("buried", T - timedelta(days=1), buried_until=T + timedelta(hours=1)),
        due_review("suspended", T - timedelta(days=1), suspended=True),
        due_review("unburied", T - timedelta(days=1), buried_until=T),
    ]
    assert {c.fact_id for c in due_cards(cards, T)} == {"now", "unburied"}


def test_the_daily_queue_keeps_to_the_deck_and_its_limits_and_orders_learning_by_due() -> None:
    settings = Settings(learner="a", new_per_day=0, reviews_per_day=2)
    cards = {
        "l-second": learning("l-second", T - timedelta(minutes=1)),
        "l-first": learning("l-first", T - timedelta(minutes=9)),
        "l-edge": learning("l-edge", T + timedelta(minutes=settings.learn_ahead_min)),
        "l-suspended": learning("l-suspended", T - timedelta(minutes=5), suspended=True),
        "l-buried": learning("l-buried", T - timedelta(minutes=5), buried_until=T + timedelta(1)),
        "r": due_review("r", T - timedelta(days=1)),
        "elsewhere": due_review("elsewhere", T - timedelta(days=1)),  # not a fact of this deck
        "l-elsewhere": learning("l-elsewhere", T - timedelta(minutes=20)),
    }
    facts = ["l-second", "l-first", "l-edge", "l-suspended", "l-buried", "r"]
    assert build_queue(facts, cards, T, settings) == ["l-first", "l-second", "l-edge", "r"]
    # the day's reviews are done (or more: an undo can leave the count past the limit)
    for done in (2, 3):
        assert build_queue(facts, cards, T, settings, DoneToday(0, done)) == [
            "l-first",
            "l-second",
            "l-edge",
        ]


def test_counts_report_leeches_and_the_weeks_forecast() -> None:
    cards = {
        "leech": due_review("leech", T - timedelta(hours=1), leech=True, lapses=8),
        "tomorrow": due_review("tomorrow", T + timedelta(days=1)),
        "in-three-days": due_review("in-three-days", T + timedelta(days=3)),
    }
    c = counts([*cards, "new"], cards, T, day_ends(T, 4, "UTC"))
    assert (c.new, c.due, c.known, c.leeches) == (1, 1, 3, 1)
    assert c.week == (1, 1, 0, 1, 0, 0, 0)  # today (what is overdue), tomorrow, ..., day 3


def test_a_suspended_new_fact_is_not_offered_as_new() -> None:
    settings = Settings(learner="a", new_per_day=5)
    cards = {"held": CardState(learner="a", deck_id="d", fact_id="held", fsrs={}, suspended=True)}
    assert build_queue(["held", "fresh"], cards, T, settings) == ["fresh"]


def test_count_marks_counts_every_card_once_and_splits_the_week_at_each_days_end() -> None:
    now = 1000.0
    ends = [2000.0, 3000.0, 4000.0]

    def known(
        due: float,
        *,
        suspended: bool = False,
        leech: bool = False,
        learning: bool = False,
        buried_ts: float | None = None,
    ) -> Marks:
        return Marks(True, suspended, leech, learning, due, buried_ts)

    marks = [
        None,
        None,
        known(500.0, suspended=True, leech=True),
        known(500.0, suspended=True),
        known(1000.0, leech=True),  # due this instant
        known(900.0),
        known(2000.0, learning=True),  # due at the end of today: tomorrow's
        known(2500.0, learning=True, leech=True),
        known(2600.0),
        known(800.0, buried_ts=2500.0),  # buried: due when the burial ends
    ]
    c = count_marks(marks, now, ends)
    assert (c.new, c.suspended, c.leeches, c.learning, c.known) == (2, 2, 3, 2, 4)
    assert c.due == 2
    assert c.next_due_ts == 2000.0
    assert c.week == (2, 4, 0)
    assert count_marks(marks, now).week == ()
