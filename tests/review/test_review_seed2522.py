"""Session 25 (issue 19): tests for the survivors of a fresh mutation sample of quizapp/review
(`JOBS=1 SAMPLE=50 SEED=2522 tests/mutation/run.sh review`), judged before these tests were
written (docs/quality/mutation-session25-generate-review.md); each names its mutant."""

from __future__ import annotations

from datetime import UTC, datetime

from quizapp.service import StudyService
from tests.review.learner import right_answer, wrong_answer
from tests.review.test_defences import DECK, seeded

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_undoing_the_answer_that_made_a_leech_takes_it_off_the_sessions_leech_list() -> None:
    """corrections.pop #21 (`in` -> `not in`): the leech stayed in the session summary after
    its answer was taken back (and undoing another leech flag would raise)."""
    service, fact = seeded(lapses=2, leech_threshold=3)
    session = service.start("a", DECK, backup=False)
    q = session.next_question()
    assert q is not None and q.fact_ids[0] == fact
    assert session.answer(wrong_answer(q), 4000).leech
    assert session.summary.leeches == [fact]
    assert session.undo() == q
    assert session.summary.leeches == []
    assert not session.cards[fact].leech


def test_undo_in_practice_writes_no_card_for_a_fact_never_studied() -> None:
    """corrections.undo #21 (the restored card written whatever the mode): practice never
    schedules, so taking back a practice answer on a new fact must not leave a fresh card in
    the store, as though the fact had been introduced."""
    service = StudyService(None, clock=lambda: NOW, seed=5)
    session = service.start("a", DECK, "practice", backup=False)
    q = session.next_question()
    assert q is not None
    fact = q.fact_ids[0]
    assert fact not in service.store.cards("a", DECK)
    session.answer(right_answer(q), 3000)
    assert session.undo() == q
    assert fact not in service.store.cards("a", DECK)
