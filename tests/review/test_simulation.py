"""Sixty simulated days with a learner whose recall follows the FSRS forgetting curve.

Checks: daily limits, never the same fact twice in a day outside learning steps, leeches
suspended, practice leaving FSRS state alone, and exam mode reaching the target on the day.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

from quizapp.review.day import study_day
from quizapp.review.scheduler import make_scheduler, retrievability
from quizapp.service import StudyService
from quizapp.store.records import Settings
from tests.review.learner import SyntheticLearner

DECK = "russia-central-asia"
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
DAYS = 60


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        self.at += timedelta(seconds=20)
        return self.at


def run_days(
    service: StudyService,
    clock: Clock,
    learner: SyntheticLearner,
    days: int,
    mode: str = "scheduled",
    exam: datetime | None = None,
) -> None:
    for day in range(days):
        clock.at = START + timedelta(days=day)
        session = service.start("sim", DECK, mode, exam_date=exam, backup=False)  # type: ignore[arg-type]
        while (q := session.next_question()) is not None:
            learner.answer(session, q)
        session.end()


def test_sixty_days_of_scheduled_review() -> None:
    clock = Clock(START)
    service = StudyService(None, clock=clock, seed=11)
    service.store.save_settings(Settings(learner="sim", new_per_day=15, reviews_per_day=25))
    loaded = service.load_deck(DECK)
    doomed = frozenset(f.id for f in loaded.deck.facts[10:12])  # two facts never stick
    learner = SyntheticLearner(random.Random(5), always_forgets=doomed)

    practice_checks = 0
    for day in range(DAYS):
        clock.at = START + timedelta(days=day)
        if day % 10 == 9:  # a practice session first: it must not move the schedule
            before = service.store.cards("sim", DECK)
            practice = service.start("sim", DECK, "practice", limit=15, backup=False)
            while (q := practice.next_question()) is not None:
                learner.answer(practice, q)
            practice.end()
            assert service.store.cards("sim", DECK) == before
            practice_checks += 1
        session = service.start("sim", DECK, "scheduled", backup=False)
        while (q := session.next_question()) is not None:
            learner.answer(session, q)
        session.end()

    reviews = [r for r in service.store.reviews("sim") if not r.undone]
    scheduled = [r for r in reviews if r.mode == "scheduled"]
    assert practice_checks == 6 and any(r.mode == "practice" for r in reviews)
    cards = service.store.cards("sim", DECK)

    # daily limits: new introductions and reviews of already-known facts
    introduced = Counter(
        study_day(c.introduced_at, 4, "UTC") for c in cards.values() if c.introduced_at
    )
    assert max(introduced.values()) <= 15 and sum(introduced.values()) == min(
        15 * DAYS, len(loaded.deck.facts)
    )
    first_day = {
        f: study_day(c.introduced_at, 4, "UTC") for f, c in cards.items() if c.introduced_at
    }
    per_day_reviews: Counter[object] = Counter()
    for r in scheduled:
        if study_day(r.reviewed_at, 4, "UTC") != first_day[r.fact_id]:
            per_day_reviews[study_day(r.reviewed_at, 4, "UTC")] += 1
    # learning-step repeats of a lapsed card count too, so allow them on top of the limit
    assert per_day_reviews and max(per_day_reviews.values()) <= 25 + 2 * len(doomed) * 3

    # a fact is reviewed at most once a day once it is out of its learning steps
    in_review_state = Counter(
        (r.fact_id, study_day(r.reviewed_at, 4, "UTC"))
        for r in scheduled
        if r.card_state == "review"
    )
    assert in_review_state and max(in_review_state.values()) == 1
    assert all(r.card_state is not None for r in reviews)

    # leeches: the facts that never stick are flagged and suspended
    for fact in doomed:
        assert cards[fact].leech and cards[fact].suspended and cards[fact].lapses >= 8
    # a leech is flagged only at the threshold; with a learner who forgets at random (and
    # guess-aware Hard ratings on choice items) an ordinary fact may rarely reach it too
    assert all(c.lapses >= 8 for c in cards.values() if c.leech)
    # (3 on session 12's main: guessing was assumed until the log rejected it, so this learner,
    # who never guesses, had 83 right choice answers rated Hard; the higher difficulties made
    # 1,210 reviews instead of 997, over the 25-a-day limit, and reviews late, at low R, lapse.
    # With the guess propensity forced to 0 that main had none; s41 takes guessing as none
    # until the log shows it, so the learner is rated as plain FSRS would: no right-but-Hard)
    hard = [r for r in scheduled if r.verdict == "correct" and r.rating == 2]
    assert len(hard) <= len(scheduled) // 100
    assert sum(1 for f, c in cards.items() if c.leech and f not in doomed) <= 1


def test_exam_mode_reaches_the_target_on_the_exam_date() -> None:
    clock = Clock(START)
    service = StudyService(None, clock=clock, seed=3)
    service.store.save_settings(Settings(learner="sim", new_per_day=40))
    learner = SyntheticLearner(random.Random(9))
    exam = START + timedelta(days=10)
    run_days(service, clock, learner, 10, mode="exam", exam=exam)
    scheduler = make_scheduler(service.store.settings("sim"))
    cards = service.store.cards("sim", DECK)
    studied = [c for c in cards.values() if c.seen]
    assert len(studied) == len(service.load_deck(DECK).deck.facts)
    low = {
        c.fact_id: round(retrievability(scheduler, c, exam), 3)
        for c in studied
        if retrievability(scheduler, c, exam) < 0.9
    }
    assert not low, low


def test_same_seed_and_clock_give_the_same_history() -> None:
    def history() -> list[tuple[str, str, int | None]]:
        clock = Clock(START)
        service = StudyService(None, clock=clock, seed=21)
        run_days(service, clock, SyntheticLearner(random.Random(2)), 3)
        return [(r.item_id, r.response, r.rating) for r in service.store.reviews("sim")]

    assert history() == history()


def test_claim_level_items_enter_once_recall_is_stable_and_reports_split_by_level() -> None:
    from quizapp.generate.question import ONE_OF_OPTIONS
    from quizapp.review.forms import stage

    clock = Clock(START)
    service = StudyService(None, clock=clock, seed=11)
    service.store.save_settings(Settings(learner="sim", new_per_day=20, reviews_per_day=60))
    learner = SyntheticLearner(random.Random(5))
    shown: list[tuple[int, str, str]] = []  # day, kind, the fact's stage when asked
    for day in range(DAYS):
        clock.at = START + timedelta(days=day)
        session = service.start("sim", DECK, "scheduled", backup=False)
        while (q := session.next_question()) is not None:
            shown.append((day, q.kind, stage(session.cards.get(q.fact_ids[0]))))
            learner.answer(session, q)
        session.end()
    argued = [(day, s) for day, kind, s in shown if kind in ONE_OF_OPTIONS]
    assert argued, "no claim-level item was ever asked"
    assert {s for _, s in argued} == {"established"}  # only once recall is stable
    assert min(day for day, _ in argued) >= 7  # no fact is established in its first week
    assert any(s == "new" for _, kind, s in shown if kind not in ONE_OF_OPTIONS)
    figures = service.report("sim", DECK)
    assert {"remember", "understand"} <= set(figures.by_level)
    assert sum(r.total for r in figures.by_level.values()) == sum(
        r.total for r in figures.by_kind.values()
    )
