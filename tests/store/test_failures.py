"""Every failure a user can meet gives one clear line and loses nothing."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.store import open_store
from quizapp.store.check import check_database
from quizapp.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseWriteFailed,
)
from tests.conftest import ROOT
from tests.store.helpers import card, review

HOLDER = """
import sys, time
from quizapp.store import open_store
s = open_store(__import__('pathlib').Path(sys.argv[1]))
print('ready', flush=True)
sys.stdin.readline()
s.close()
"""


def test_second_writer_is_told_who_holds_it_and_can_read(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card(), review(1))
    s.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout and holder.stdout.readline().strip() == "ready"
    with pytest.raises(DatabaseLocked) as info:
        open_store(root)
    assert f"process {holder.pid}" in str(info.value) and "--read-only" in str(info.value)
    reader = open_store(root, read_only=True)
    assert [r.id for r in reader.reviews("ann")] == ["s-1"]
    with pytest.raises(DatabaseReadOnly):
        reader.commit_answer(card(), review(2))
    reader.close()
    assert holder.stdin
    holder.stdin.write("\n")
    holder.stdin.close()
    holder.wait(timeout=30)
    open_store(root).close()  # free again


def test_truncated_main_file_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    for i in range(3):
        s.commit_answer(card(f"f{i}"), review(i))
    s.close()
    data = (root / "main.json").read_bytes()
    (root / "main.json").write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseCorrupt) as info:
        open_store(root)
    message = str(info.value)
    assert "\n" not in message and "quizapp db restore" in message
    (moved,) = (root / "corrupt").iterdir()
    assert moved.read_bytes() == data[: len(data) // 2]  # kept byte for byte
    assert not (root / "main.json").exists()


def test_corrupt_review_month_and_wrong_shapes(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card(), review(1))
    s.close()
    month = next((root / "reviews").glob("*.json"))
    month.write_text('["not", "a", "database"]')
    assert not check_database(root).ok
    reader = open_store(root, read_only=True)
    with pytest.raises(DatabaseCorrupt, match="left as it is"):
        list(reader.reviews("ann"))
    reader.close()
    assert month.exists()  # a read-only open moves nothing
    s = open_store(root)
    with pytest.raises(DatabaseCorrupt, match="moved aside"):
        list(s.reviews("ann"))
    s.close()


def test_record_that_fails_validation_is_reported_by_check(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card(), review(1))
    s.close()
    month = next((root / "reviews").glob("*.json"))
    data = json.loads(month.read_text())
    next(iter(data["reviews"].values()))["rating"] = 9
    month.write_text(json.dumps(data))
    report = check_database(root)
    assert len(report.problems) == 1 and "rating" in report.problems[0]


def test_read_only_folder_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "db"
    root.mkdir()
    # Tests run as root in CI, where chmod does not stop writes; refuse the open instead.

    real_open = os.open

    def refuse(path: object, *a: object, **k: object) -> int:
        if str(path).endswith("quizapp.lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr("quizapp.store.lock.os.open", refuse)
    with pytest.raises(DatabaseReadOnly, match="not writable"):
        open_store(root)


def test_disk_full_loses_nothing_acknowledged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card(reps=1), review(1))
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("quizapp.store.journal.os.fsync", full)
    with pytest.raises(DatabaseWriteFailed, match="No space left"):
        s.commit_answer(card(reps=2), review(2))
    assert s.cards("ann", "d")["f1"].reps == 1  # the failed answer did not half-apply
    monkeypatch.setattr("quizapp.store.journal.os.fsync", real_fsync)
    s.commit_answer(card(reps=3), review(3))
    s.close()
    again = open_store(root)
    assert [r.id for r in again.reviews("ann")] == ["s-1", "s-3"]
    assert again.cards("ann", "d")["f1"].reps == 3
    again.close()
    assert check_database(root).ok


def test_database_from_a_newer_quizapp_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "db"
    root.mkdir()
    (root / "main.json").write_text(json.dumps({"meta": {"1": {"schema_version": 99}}}))
    with pytest.raises(DatabaseTooNew, match="newer quizapp"):
        open_store(root)


def test_lock_file_is_never_opened_through_a_symlink(tmp_path: Path) -> None:
    """B32: a symlinked lock would have its target overwritten with the lock's JSON."""
    root = tmp_path / "db"
    root.mkdir()
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    (root / "quizapp.lock").symlink_to(victim)
    with pytest.raises(DatabaseReadOnly, match="symbolic link"):
        open_store(root)
    assert victim.read_text() == "keep me"
