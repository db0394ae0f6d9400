"""Grading, the study day, the queue, form choice, undo and "I was right"."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import fsrs
import pytest

from quizapp.generate.question import Question
from quizapp.review.day import day_start, next_day_start, study_day
from quizapp.review.forms import UNDERSTANDING, choose, stage
from quizapp.review.grading import rating_for
from quizapp.review.humanize import short_wait, when_text
from quizapp.review.queue import DoneToday, build_queue, counts
from quizapp.review.scheduler import Rating
from quizapp.service import StudyService
from quizapp.store.records import CardState, Settings
from tests.review.learner import right_answer, wrong_answer

T = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("verdict", "kind", "ms", "rating"),
    [
        ("wrong", "mcq", 3000, Rating.Again),
        ("revealed", "typed", 3000, Rating.Again),
        ("near_miss", "typed", 3000, Rating.Hard),
        ("correct", "mcq", 60_000, Rating.Hard),  # slow
        ("correct", "mcq", 3000, Rating.Good),  # fast recognition is still only Good
        ("correct", "typed", 5000, Rating.Easy),  # fast recall
        ("correct", "typed", 10_000, Rating.Good),
    ],
)
def test_rating_rules(verdict: str, kind: str, ms: int, rating: Rating) -> None:
    assert rating_for(verdict, kind, ms) == rating


def test_study_day_turns_at_4am_local() -> None:
    assert study_day(datetime(2026, 3, 10, 3, 59, tzinfo=UTC), 4, "UTC") == date(2026, 3, 9)
    assert study_day(datetime(2026, 3, 10, 4, 0, tzinfo=UTC), 4, "UTC") == date(2026, 3, 10)
    # 02:30 UTC is 03:30 in Berlin (winter): still the previous study day there
    assert study_day(datetime(2026, 1, 10, 2, 30, tzinfo=UTC), 4, "Europe/Berlin") == date(
        2026, 1, 9
    )
    assert day_start(date(2026, 1, 10), 4, "Europe/Berlin") == datetime(
        2026, 1, 10, 3, 0, tzinfo=UTC
    )
    assert next_day_start(T, 4, "UTC") == datetime(2026, 3, 11, 4, 0, tzinfo=UTC)
    assert study_day(T, 4, "Not/AZone") == date(2026, 3, 10)  # unknown zone: UTC


def review_card(
    fact: str, due: datetime, stability: float, last: datetime, **kw: object
) -> CardState:
    c = fsrs.Card(
        card_id=1,
        state=fsrs.State.Review,
        stability=stability,
        difficulty=5.0,
        due=due,
        last_review=last,
    )
    return CardState(learner="a", deck_id="d", fact_id=fact, fsrs=c.to_dict(), seen=True, **kw)


def test_queue_orders_learning_then_weakest_reviews_then_new_within_limits() -> None:
    learning = CardState(
        learner="a",
        deck_id="d",
        fact_id="l",
        seen=True,
        fsrs=fsrs.Card(card_id=2, due=T - timedelta(minutes=1)).to_dict(),
    )
    cards = {
        "r-slightly": review_card("r-slightly", T - timedelta(days=1), 30, T - timedelta(days=31)),
        "r-very": review_card("r-very", T - timedelta(days=1), 2, T - timedelta(days=10)),
        "r-later": review_card("r-later", T + timedelta(days=3), 10, T - timedelta(days=7)),
        "r-buried": review_card(
            "r-buried",
            T - timedelta(days=1),
            5,
            T - timedelta(days=6),
            buried_until=T + timedelta(hours=5),
        ),
        "r-suspended": review_card(
            "r-suspended", T - timedelta(days=1), 5, T - timedelta(days=6), suspended=True
        ),
        "l": learning,
    }
    facts = ["n1", "n2", "n3", *cards]
    settings = Settings(learner="a", new_per_day=2, reviews_per_day=5)
    assert build_queue(facts, cards, T, settings) == ["l", "r-very", "r-slightly", "n1", "n2"]
    assert build_queue(facts, cards, T, settings, DoneToday(new=2, reviews=4)) == ["l", "r-very"]
    c = counts(facts, cards, T)
    # due now: the two reviews and the learning card whose step has come (issue 14, bug 2)
    assert (c.new, c.learning, c.due, c.suspended) == (3, 1, 3, 1)


def chosen(items: list[Question], card: CardState | None, rng: random.Random) -> Question:
    """The item `choose` picks, which for a fact with items is never None."""
    q = choose(items, card, rng)
    assert q is not None
    return q


def test_forms_move_from_recognition_to_recall() -> None:
    """On a fact with items of both stages (largest-deployment-tajikistan was one until its
    true/false went to the deck's share cap in session 19)."""
    service = StudyService(None, seed=1)
    by_fact = service.load_deck("russia-central-asia").items
    recognition, recall = {"mcq", "true_false", "numeric_mcq"}, {"typed", "numeric", "cloze"}
    fact = next(
        f
        for f in by_fact
        if {q.kind for q in by_fact[f]} & recognition
        and {q.kind for q in by_fact[f]} & recall
        and sum(q.kind in {*recall, *UNDERSTANDING} for q in by_fact[f]) >= 2
    )
    items = by_fact[fact]
    rng = random.Random(0)
    assert stage(None) == "new"
    assert {chosen(items, None, rng).kind for _ in range(30)} <= {
        "mcq",
        "true_false",
        "numeric_mcq",
    }
    settled = review_card(fact, T, 30, T - timedelta(days=20))
    assert stage(settled) == "established"
    later = {chosen(items, settled, rng).kind for _ in range(30)}
    assert later & recall and later <= {*recall, *UNDERSTANDING}, later
    last = choose(items, settled, rng)
    assert last is not None
    again = settled.model_copy(update={"last_item_id": last.id})
    assert all(chosen(items, again, rng).id != last.id for _ in range(20))


def test_when_text() -> None:
    assert when_text(T + timedelta(seconds=10), T) == "now"
    assert when_text(T + timedelta(minutes=1), T) == "in 1 minute"
    assert when_text(T + timedelta(minutes=10), T) == "in 10 minutes"
    assert when_text(T + timedelta(days=1), T) == "tomorrow"
    assert when_text(T + timedelta(days=3), T) == "in 3 days"
    assert when_text(T + timedelta(days=90), T) == "in 3 months"
    assert when_text(T + timedelta(days=45.5), T) == "in 1 month"  # it said "1 months"
    assert when_text(T + timedelta(days=1000), T) == "in 2.7 years"


def clocked() -> tuple[StudyService, list[datetime]]:
    now = [T]

    def clock() -> datetime:
        now[0] += timedelta(seconds=15)
        return now[0]

    return StudyService(None, clock=clock, seed=2), now


def test_undo_restores_the_card_and_asks_again() -> None:
    service, _ = clocked()
    session = service.start("a", "russia-central-asia", backup=False)
    q = session.next_question()
    assert q is not None
    fb = session.answer(right_answer(q), 4000)
    assert fb.verdict == "correct" and session.cards[q.fact_ids[0]].seen
    assert session.undo() == q
    assert q.fact_ids[0] not in session.cards
    assert service.store.cards("a", "russia-central-asia").get(q.fact_ids[0]) is None or not (
        service.store.cards("a", "russia-central-asia")[q.fact_ids[0]].seen
    )
    assert [r.undone for r in service.store.reviews("a")] == [True]
    assert session.next_question() == q
    assert session.summary.answered == 0
    assert session.undo() is None


def test_i_was_right_regrades_from_the_state_before() -> None:
    service, _ = clocked()
    session = service.start("a", "russia-central-asia", backup=False)
    q = session.next_question()
    assert q is not None
    wrong = session.answer(wrong_answer(q), 4000)
    assert wrong.verdict == "wrong" and wrong.rating == 1
    fixed = session.override()
    assert fixed is not None and fixed.verdict == "correct" and fixed.rating == 3 and fixed.override
    (log,) = service.store.reviews("a")  # the same review, rewritten
    assert log.override and log.rating == 3
    card = session.cards[q.fact_ids[0]]
    assert card.reps == 1 and card.lapses == 0  # as if it had been right the first time
    assert session.summary.correct == 1 and session.summary.answered == 1
    assert session.override() is None  # a right answer cannot be "overridden"


def test_practice_changes_no_card() -> None:
    service, _ = clocked()
    session = service.start("a", "russia-central-asia", "practice", limit=5, backup=False)
    while (q := session.next_question()) is not None:
        session.answer(right_answer(q), 3000)
    assert session.summary.answered == 5
    assert service.store.cards("a", "russia-central-asia") == {}
    assert {r.mode for r in service.store.reviews("a")} == {"practice"}


def test_default_time_zone_is_the_machines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Almaty")
    assert Settings(learner="a").timezone == "Asia/Almaty"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert Settings(learner="a").timezone == "UTC"


def test_short_wait() -> None:
    assert short_wait(T + timedelta(seconds=29), T) == "now"
    assert short_wait(T + timedelta(seconds=40), T) == "in 1 min"
    assert short_wait(T + timedelta(minutes=59, seconds=40), T) == "in 1 h"  # never 60 min
    assert short_wait(T + timedelta(hours=23), T) == "in 23 h"
    assert short_wait(T + timedelta(hours=25), T) == "in 1 day"
    assert short_wait(T + timedelta(days=40), T) == "in 40 days"
