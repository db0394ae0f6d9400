"""A save that fails leaves the session as it was (review/rollback.py), cards and queue too,
without the wrapper copying every card of the deck first: the cards an answer or an undo
changes are noted as they change (Asking.changes) and put back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizapp.review.session import StudySession
from quizapp.service import StudyService
from quizapp.store.errors import DatabaseWriteFailed
from tests.benchmarks.synthetic import synthetic_deck
from tests.review.learner import right_answer


def _session() -> tuple[StudySession, list[datetime]]:
    at = [datetime(2026, 1, 5, 9, 0, tzinfo=UTC)]
    service = StudyService(None, clock=lambda: at[0], seed=1)
    service.catalog.add(synthetic_deck(40, seed=0, n_countries=8))
    return service.start("ann", "synthetic", backup=False), at


def _state(s: StudySession) -> tuple[object, ...]:
    return (
        dict(s.cards),
        s._candidates(s.clock()),
        [t.review.id for t in s.turns],
        s.summary.answered,
        dict(s.summary.by_kind),
        dict(s.asked),
        s.current,
    )


def _fail(*args: object, **kwargs: object) -> None:
    raise DatabaseWriteFailed("could not save: no space left")


@pytest.mark.parametrize("step", ["answer", "undo"])
def test_a_failed_save_puts_back_the_cards_queue_and_counts(
    step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    s, at = _session()
    for _ in range(3):
        asked = s.next_question()
        assert asked is not None
        s.answer(right_answer(asked), 4000)
        at[0] += timedelta(seconds=20)
    s.next_question()
    before, before_cards = _state(s), dict(s.cards)
    monkeypatch.setattr(s.store, "commit_answer", _fail)
    question = s.next_question()
    assert question is not None
    with pytest.raises(DatabaseWriteFailed):
        if step == "undo":  # pops the last turn and puts its card back before it saves
            s.undo()
        else:
            s.answer(right_answer(question), 4000)
    assert _state(s) == before
    assert all(s.cards[f] is card for f, card in before_cards.items())
    assert s.asking.changes is None
    monkeypatch.undo()
    s.undo()  # saving again works: the last turn is undone
    assert len(s.turns) == 2
