"""The store's defences given the bad input they exist to refuse (issue 19): a commit whose
bytes changed but still parse (only the checksum can tell), a torn tail followed by more
commits, a choice among several good backups, and an fsync that fails mid-compaction."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.store import journal, open_store
from quizapp.store.backups import create_backup, list_backups
from quizapp.store.errors import DatabaseWriteFailed
from quizapp.store.restore import restore
from tests.store.helpers import card, review


def _crash_image(root: Path, into: Path) -> Path:
    """A copy of `root` taken while its writer is still open: the state a crash would leave."""
    shutil.copytree(root, into, ignore=shutil.ignore_patterns("quizapp.lock"))
    return into


def _state(root: Path) -> tuple[set[str], dict[str, int]]:
    s = open_store(root, read_only=True)
    try:
        reps = {f: c.reps for f, c in s.cards("ann", "d").items()}
        return {r.id for r in s.reviews("ann")}, reps
    finally:
        s.close()


def test_a_changed_line_that_still_parses_is_refused_by_its_checksum(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f0", reps=1), review(1))
    s.commit_answer(card("f0", reps=2), review(2))
    image = _crash_image(root, tmp_path / "crash")
    s.close()
    journal = image / "journal.jsonl"
    raw = journal.read_bytes()
    assert raw.count(b'"reps":2') == 1
    journal.write_bytes(raw.replace(b'"reps":2', b'"reps":7'))  # valid JSON, a valid record
    answers, reps = _state(image)
    assert reps == {"f0": 1}  # the altered commit is not applied...
    assert answers == {"s-1"}  # ...in full: its review is not there either
    s = open_store(image)  # a writer copies it aside and empties the journal
    s.close()
    assert any((image / "corrupt").iterdir())
    assert _state(image) == ({"s-1"}, {"f0": 1})


@pytest.mark.parametrize("torn", [b'0badc0de [["main","cards"', b"1", b'{"x'])
def test_a_torn_tail_is_cleared_so_later_commits_survive_the_next_crash(
    tmp_path: Path, torn: bytes
) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    first = _crash_image(root, tmp_path / "crash1")
    s.close()
    with (first / "journal.jsonl").open("ab") as f:
        f.write(torn)  # a write cut short: no newline
    s = open_store(first)
    s.commit_answer(card("f2", reps=1), review(2))  # acknowledged
    second = _crash_image(first, tmp_path / "crash2")
    s.close()
    assert _state(second)[0] == {"s-1", "s-2"}
    scan = journal.scan(second / "journal.jsonl")
    assert not scan.bad and scan.clean_end and len(scan.commits) == 1  # only the new commit


def test_restore_takes_the_newest_of_several_good_backups(tmp_path: Path) -> None:
    root = tmp_path / "db"
    base = datetime(2026, 11, 1, 9, tzinfo=UTC)
    for i in range(3):
        s = open_store(root)
        s.commit_answer(card(f"f{i}", reps=1), review(i, base + timedelta(minutes=i)))
        s.close()
        create_backup(root, "manual", keep=10, now=base + timedelta(hours=i))
    newest = list_backups(root)[0]  # before restore adds its own before-restore backup
    assert newest.created == base + timedelta(hours=2)
    assert {b.created for b in list_backups(root)} == {base + timedelta(hours=h) for h in range(3)}
    done = restore(root)
    assert done.backup.name == newest.name
    assert _state(root)[0] == {"s-0", "s-1", "s-2"}


def test_an_fsync_failure_during_compaction_leaves_every_snapshot_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f0", reps=1), review(0))
    s.close()  # the first answer is in the snapshots
    before = {p: p.read_bytes() for p in root.rglob("*.json")}
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))  # the second is in the journal only

    def failing_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(DatabaseWriteFailed, match="your answers are safe in the journal"):
        s.compact()
    monkeypatch.undo()
    # no snapshot was touched in place: each still holds exactly the bytes it held before
    assert {p: p.read_bytes() for p in root.rglob("*.json")} == before
    image = _crash_image(root, tmp_path / "crash")
    s.close()
    assert _state(image)[0] == {"s-0", "s-1"}  # and the journal still has the second answer
