"""The home cache gives exactly the service's numbers, at any later moment, and is ignored
as soon as anything it was computed from has changed."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp import home_cache
from quizapp.service import StudyService
from tests.review.learner import right_answer, wrong_answer

START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def studied_db(tmp_path: Path) -> Path:
    db = tmp_path / "db"
    now = [START]

    def clock() -> datetime:
        now[0] += timedelta(seconds=30)
        return now[0]

    service = StudyService(db, clock=clock, seed=5)
    session = service.start("ann", "russia-central-asia", backup=False, limit=12)
    n = 0
    while (q := session.next_question()) is not None:
        session.answer(right_answer(q) if n % 3 else wrong_answer(q), 5000)
        n += 1
    session.end()
    service.close(home_cache_for="ann")
    return db


def test_cache_counts_match_the_service_at_later_moments(tmp_path: Path) -> None:
    db = studied_db(tmp_path)
    for later in (timedelta(minutes=5), timedelta(hours=2), timedelta(days=1), timedelta(days=9)):
        at = START + later
        cached = home_cache.read(db, "ann", at)
        assert cached is not None
        service = StudyService(db, read_only=True)
        (status,) = service.status("ann", ["russia-central-asia"], at)
        today = service.today("ann", at)
        service.close()
        (deck,) = [d for d in cached.decks if d.id == "russia-central-asia"]  # the one studied
        assert (deck.id, deck.counts) == (status.deck_id, status.counts), later
        assert (cached.answered, cached.correct, cached.streak) == (
            today.answered,
            today.correct,
            today.streak,
        )
    assert home_cache.read(db, "ann", START + timedelta(hours=1)).answered == 12  # type: ignore[union-attr]


def test_cache_is_ignored_once_anything_changes(tmp_path: Path) -> None:
    db = studied_db(tmp_path)
    at = START + timedelta(hours=1)
    assert home_cache.read(db, "ann", at) is not None
    assert home_cache.read(db, "bob", at) is None  # another learner
    journal = db / "journal.jsonl"
    journal.write_bytes(b"x")  # an answer not yet folded in
    assert home_cache.read(db, "ann", at) is None
    journal.write_bytes(b"")
    os.utime(journal, ns=(0, 0))
    assert home_cache.read(db, "ann", at) is None  # a different file state entirely
    db2 = studied_db(tmp_path / "again")
    main = db2 / "main.json"
    stat = main.stat()
    os.utime(main, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert home_cache.read(db2, "ann", at) is None
    db3 = studied_db(tmp_path / "third")
    (db3 / home_cache.FILE).write_text("{ not json")
    assert home_cache.read(db3, "ann", at) is None


def test_a_new_deck_file_invalidates_the_cache(tmp_path: Path) -> None:
    db = studied_db(tmp_path)
    at = START + timedelta(hours=1)
    assert home_cache.read(db, "ann", at) is not None
    user_decks = Path(os.environ["QUIZAPP_DECKS"])
    user_decks.mkdir(parents=True, exist_ok=True)
    (user_decks / "extra.yaml").write_text("id: extra\n")
    assert home_cache.read(db, "ann", at) is None


def test_cache_of_another_shape_is_ignored_not_a_crash(tmp_path: Path) -> None:
    """B15: valid JSON of another shape, or forged numbers under a matching signature."""
    import json

    db = studied_db(tmp_path)
    at = START + timedelta(hours=1)
    path = db / home_cache.FILE
    good = json.loads(path.read_text())
    others: list[object] = [[], "text", 3, None, {"version": good["version"], "learner": "ann"}]
    for other in others:
        path.write_text(json.dumps(other))
        assert home_cache.read(db, "ann", at) is None
    for forged in (
        {**good, "tallies": [["2026-05-04", "12", 1, 1]]},
        {**good, "decks": [{"id": 1, "title": ["x"], "marks": []}]},
        {**good, "tallies": [[1, 2]]},
    ):
        path.write_text(json.dumps(forged))
        os.utime(path)  # the signature covers the database files, not the cache itself
        assert home_cache.read(db, "ann", at) is None, forged
