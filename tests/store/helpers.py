from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.store.records import CardState, Review

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def card(fact: str = "f1", reps: int = 0, learner: str = "ann") -> CardState:
    return CardState(learner=learner, deck_id="d", fact_id=fact, fsrs={"card_id": 1}, reps=reps)


def review(i: int, at: datetime | None = None, learner: str = "ann") -> Review:
    return Review(
        id=f"s-{i}",
        learner=learner,
        deck_id="d",
        fact_id=f"f{i % 3}",
        item_id="mcq-1",
        kind="mcq",
        verdict="correct",
        rating=3,
        response="2",
        duration_ms=1000 + i,
        reviewed_at=at or T0 + timedelta(minutes=i),
        session_id="s",
    )


def one_answer_db(tmp_path: Path) -> Path:
    """A database under tmp_path/db holding one answer, closed."""
    from quizapp.store import open_store

    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.close()
    return root


def one_answer_backup(tmp_path: Path) -> Path:
    """A database under tmp_path/db with one answer, and a manual backup of it that verifies."""
    from quizapp.store.backups import create_backup, verify

    root = one_answer_db(tmp_path)
    made = create_backup(root, "manual", keep=None)
    assert verify(made) == ()
    return made
