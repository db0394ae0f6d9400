"""Backups rotate, restore brings back the newest good one, and nothing is lost on the way."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.store import StoreError, open_store
from quizapp.store.backups import create_backup, list_backups, restore
from tests.store.helpers import T0, card, review


def test_rotation_keeps_the_newest(tmp_path: Path) -> None:
    root = tmp_path / "db"
    open_store(root).close()
    for i in range(5):
        create_backup(root, "session", keep=3, now=T0 + timedelta(minutes=i))
    names = [b.name for b in list_backups(root)]
    assert len(names) == 3 and names == sorted(names, reverse=True)
    assert names[0].startswith("20261101T090400")


def test_restore_newest_good_backup_after_corruption(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card(reps=1), review(1))
    s.close()
    create_backup(root, "session", keep=5, now=T0)
    s = open_store(root)
    s.commit_answer(card(reps=2), review(2))
    s.close()
    create_backup(root, "session", keep=5, now=T0 + timedelta(hours=1))
    (root / "main.json").write_text("{ broken")
    newest = list_backups(root)[0]
    (newest.path / "main.json").write_text("{ also broken")  # the newest backup is bad too
    chosen = restore(root, progress=lambda done, total: None)
    assert chosen.name.startswith("20261101T090000")
    s = open_store(root)
    assert [r.id for r in s.reviews("ann")] == ["s-1"]
    s.close()
    kept = [b for b in list_backups(root) if b.name.endswith("before-restore")]
    assert len(kept) == 1 and (kept[0].path / "main.json").read_text() == "{ broken"


def test_restore_named_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "db"
    open_store(root).close()
    made = create_backup(root, "manual", keep=5, now=T0)
    assert restore(root, made.name).name == made.name
    with pytest.raises(StoreError, match="no backup named"):
        restore(root, "nope")


def test_restore_refuses_while_a_writer_is_open(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    create_backup(root, "manual", keep=5, now=T0)
    with pytest.raises(StoreError, match="in use"):
        restore(root)
    s.close()
