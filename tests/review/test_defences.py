"""Burial and the leech threshold, each given the case it exists for (issue 19).

Cards in review state are seeded through the real store and answered through the real service;
the cards that come back are checked at the exact edge: buried until the next study day (and
left out of the queue even when due), a leech at the lapse that reaches the threshold, not later.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs

from quizapp.review.day import next_day_start
from quizapp.review.queue import build_queue
from quizapp.review.session import StudySession
from quizapp.service import StudyService
from quizapp.store.records import CardState, Settings
from tests.review.learner import right_answer, wrong_answer

DECK = "russia-central-asia"
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TOMORROW = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)  # the next study day starts at 04:00 UTC


def seeded(lapses: int = 0, **settings: object) -> tuple[StudyService, str]:
    """A service whose learner has one card, in review state and due: nothing else to ask."""
    service = StudyService(None, clock=lambda: NOW, seed=5)
    service.store.save_settings(
        Settings(learner="a", new_per_day=0, timezone="UTC", day_starts_at_hour=4, **settings)
    )
    fact = sorted(service.load_deck(DECK).items)[0]
    card = fsrs.Card(
        card_id=1,
        state=fsrs.State.Review,
        stability=10.0,
        difficulty=5.0,
        due=NOW - timedelta(hours=1),
        last_review=NOW - timedelta(days=10),
    )
    service.store.put_card(
        CardState(
            learner="a",
            deck_id=DECK,
            fact_id=fact,
            fsrs=card.to_dict(),
            seen=True,
            reps=5,
            lapses=lapses,
            introduced_at=NOW - timedelta(days=30),
        )
    )
    return service, fact


def ask(session: StudySession, fact: str) -> str:
    q = session.next_question()
    assert q is not None and q.fact_ids[0] == fact
    return right_answer(q) if q.kind != "flashcard" else ""


def test_a_scheduled_review_buries_the_card_until_the_next_study_day() -> None:
    service, fact = seeded()
    session = service.start("a", DECK, backup=False)
    q = session.next_question()
    assert q is not None and q.fact_ids[0] == fact
    session.answer(right_answer(q), 4000)
    after = session.cards[fact]
    assert after.buried_until == next_day_start(NOW, 4, "UTC") == TOMORROW
    assert service.store.cards("a", DECK)[fact].buried_until == TOMORROW
    # even brought due again today, a buried card is not offered; tomorrow it is
    due_again = after.model_copy(
        update={"fsrs": {**after.fsrs, "due": (NOW - timedelta(minutes=1)).isoformat()}}
    )
    cards = {fact: due_again}
    settings = service.store.settings("a")
    assert fact not in build_queue([fact], cards, NOW + timedelta(minutes=5), settings)
    assert fact in build_queue([fact], cards, TOMORROW + timedelta(minutes=1), settings)


def test_a_leech_is_flagged_at_the_lapse_that_reaches_the_threshold() -> None:
    service, fact = seeded(lapses=2, leech_threshold=3)
    session = service.start("a", DECK, backup=False)
    q = session.next_question()
    assert q is not None and q.fact_ids[0] == fact
    fb = session.answer(wrong_answer(q), 4000)
    after = session.cards[fact]
    assert after.lapses == 3
    assert after.leech and after.suspended
    assert fb.leech
    assert session.summary.leeches == [fact]


def test_one_lapse_below_the_threshold_is_not_a_leech() -> None:
    service, fact = seeded(lapses=1, leech_threshold=3)
    session = service.start("a", DECK, backup=False)
    q = session.next_question()
    assert q is not None and q.fact_ids[0] == fact
    fb = session.answer(wrong_answer(q), 4000)
    after = session.cards[fact]
    assert after.lapses == 2
    assert not after.leech and not after.suspended and not fb.leech
