"""What the store says about damage names the damaged file and the OS's own reason (issue 19:
mutants that changed these words survived the store's tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.store import open_store
from quizapp.store.backups import verify
from quizapp.store.errors import DatabaseCorrupt
from tests.store.helpers import card, one_answer_backup, review


def test_verify_reports_an_unreadable_file_with_the_oss_reason_alone(tmp_path: Path) -> None:
    made = one_answer_backup(tmp_path)
    (made / "reviews").mkdir(exist_ok=True)
    (made / "reviews" / "2026-01.json").symlink_to(tmp_path / "gone.json")  # dangling
    # the reason as a person reads it, not "[Errno 2] No such file or directory: '/tmp/...'"
    assert verify(made) == ("reviews/2026-01.json: No such file or directory",)


def test_an_empty_month_file_is_named_in_the_error_and_moved_aside(tmp_path: Path) -> None:
    root = tmp_path / "db"
    open_store(root).close()
    (root / "reviews").mkdir(exist_ok=True)
    month = root / "reviews" / "2026-01.json"
    month.write_bytes(b"")
    with pytest.raises(DatabaseCorrupt) as caught:
        open_store(root)
    moved = caught.value.moved_to
    assert moved is not None and Path(moved).parent == root / "corrupt"
    assert str(caught.value).startswith(
        f"{month} could not be read (empty (0 bytes of data)); it was moved aside to {moved}."
    )
    assert not month.exists()


def test_a_session_that_only_reads_rewrites_no_file(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1, at=datetime(2026, 10, 5, 9, tzinfo=UTC)))
    s.close()
    files = sorted(p for p in root.rglob("*.json") if p.is_file())
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in files}
    s = open_store(root)
    assert set(s.cards("ann", "d")) == {"f1"}
    assert [r.id for r in s.reviews("ann")] == ["s-1"]
    s.close()
    # an atomic rewrite would be a new file (a new inode): reading changes nothing on disk
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in files} == before
