"""The repository over memory and over disk: same behaviour; disk survives reopening."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from tinydb import TinyDB

from quizapp.store import TinyProgressStore, open_store
from quizapp.store.records import Session, Settings
from tests.store.helpers import T0, card, review


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TinyProgressStore]:
    s = open_store(None if request.param == "memory" else tmp_path / "db")
    yield s
    s.close()


def test_learners_settings_cards_reviews_sessions(store: TinyProgressStore) -> None:
    store.ensure_learner("ann", T0)
    store.ensure_learner("bob", T0)
    assert [lr.name for lr in store.learners()] == ["ann", "bob"]
    assert store.settings("ann").new_per_day == 20
    store.save_settings(Settings(learner="ann", new_per_day=5))
    assert store.settings("ann").new_per_day == 5 and store.settings("bob").new_per_day == 20
    store.commit_answer(card("f1", reps=1), review(1))
    store.commit_answer(card("f1", reps=2), review(2))
    store.commit_answer(card("f2", reps=1, learner="bob"), review(3, learner="bob"))
    assert store.cards("ann", "d")["f1"].reps == 2
    assert list(store.cards("bob", "d")) == ["f2"]
    assert [r.id for r in store.reviews("ann")] == ["s-1", "s-2"]
    assert [r.id for r in store.reviews(since=T0 + timedelta(minutes=2))] == ["s-2", "s-3"]
    store.save_session(Session(id="s", learner="ann", deck_id="d", mode="scheduled", started_at=T0))
    assert [s.id for s in store.sessions("ann")] == ["s"]


def test_disk_store_reopens_with_everything_and_stock_tinydb_reads_it(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.ensure_learner("ann", T0)
    for i in range(5):
        s.commit_answer(card(f"f{i}"), review(i, T0 + timedelta(days=40 * i)))
    s.close()
    again = open_store(root)
    assert len(list(again.reviews("ann"))) == 5 and len(again.cards("ann", "d")) == 5
    again.close()
    months = sorted(p.name for p in (root / "reviews").glob("*.json"))
    assert len(months) == 5  # partitioned by month
    stock = TinyDB(root / "reviews" / months[0])
    assert stock.table("reviews").all()[0]["id"] == "s-0"
    assert len(TinyDB(root / "main.json").table("cards").all()) == 5


def test_journal_holds_commits_until_close(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card(), review(1))
    assert not (root / "reviews").exists() or not list((root / "reviews").glob("*.json"))
    assert (root / "journal.jsonl").stat().st_size > 0
    s.close()
    assert (root / "journal.jsonl").stat().st_size == 0
    assert list((root / "reviews").glob("*.json"))


def test_opening_does_not_read_review_history(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card(), review(1))
    s.close()
    again = open_store(root)
    assert again.cards("ann", "d")
    assert again.engine.review_partitions() == ["2026-11"]
    assert "2026-11" not in again.engine._parts  # not loaded until the log is asked for
    again.close()


def test_writes_through_tinydb_are_refused_so_none_skips_the_journal(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    s.commit_answer(card(), review(1))
    table = s.engine.table("main", "cards")
    assert len(table.all()) == 1  # TinyDB queries work
    with pytest.raises(TypeError, match=r"Engine\.commit"):
        table.insert({"x": 1})
    assert len(table.all()) == 1
    s.close()
