"""The study day as one value, and the typed reads of the fsrs card dict."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from quizapp.review import card_fields
from quizapp.review.day import StudyDay
from quizapp.review.scheduler import Rating, make_scheduler, new_card, review
from quizapp.store.records import CardState, Settings

NOW = datetime(2026, 11, 30, 2, 30, tzinfo=UTC)  # 03:30 in Paris: still the 29th's study day


def test_study_day_in_the_learners_zone() -> None:
    day = StudyDay.of(Settings(learner="a", day_starts_at_hour=4, timezone="Europe/Paris"))
    assert day.day(NOW) == date(2026, 11, 29)
    assert day.start(NOW) == datetime(2026, 11, 29, 3, 0, tzinfo=UTC)
    assert day.next_start(NOW) == datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
    assert day.ends(NOW, 2) == [day.next_start(NOW), day.next_start(NOW) + timedelta(days=1)]


def test_card_fields_read_what_fsrs_wrote() -> None:
    fresh = CardState(learner="a", deck_id="d", fact_id="f", fsrs=new_card("f", NOW))
    assert card_fields.fsrs_state(fresh) == card_fields.LEARNING
    assert card_fields.last_review(fresh) is None
    assert card_fields.stability(fresh, 1.5) == 1.5
    assert card_fields.due(fresh) == NOW
    scheduler = make_scheduler(Settings(learner="a"))
    later = NOW + timedelta(minutes=5)
    after = review(scheduler, fresh, Rating.Easy, later, 3000, random.Random(1))
    assert card_fields.fsrs_state(after) == card_fields.REVIEW  # Easy skips the learning steps
    assert card_fields.last_review(after) == later
    assert card_fields.stability(after, 0.0) > 1.0
    assert card_fields.due(after) > later
