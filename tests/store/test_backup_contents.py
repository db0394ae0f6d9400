"""What a backup holds and how it is read back, the journal's reasons for refusing a line, and
the schema stamp a migration leaves on disk (issue 19: survivors of the store's mutation run)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.store import open_store
from quizapp.store.backups import MANIFEST, create_backup, list_backups, verify
from quizapp.store.check import check_database
from quizapp.store.engine import doc_id
from quizapp.store.errors import DatabaseCorrupt
from quizapp.store.journal import encode, parse_line
from quizapp.store.restore import restore
from quizapp.store.verify import Damage
from tests.store.helpers import card, one_answer_backup, review
from tests.store.test_migrations import write_v1


def _answers(root: Path) -> set[str]:
    s = open_store(root, read_only=True)
    try:
        return {r.id for r in s.reviews("ann")}
    finally:
        s.close()


def test_a_backup_keeps_the_answers_still_in_the_journal(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))  # acknowledged, not yet compacted
    image = tmp_path / "crash"  # the files as a crash leaves them: the answer is in the journal
    shutil.copytree(root, image, ignore=shutil.ignore_patterns("quizapp.lock"))
    s.close()
    assert (image / "journal.jsonl").stat().st_size > 0
    made = create_backup(image, "manual", keep=None)
    assert json.loads((made / MANIFEST).read_text())["files"]["journal.jsonl"] > 0
    s = open_store(image)
    s.commit_answer(card("f2", reps=1), review(2))
    s.close()
    restore(image, made.name)  # roll back to the backup: the first answer is in it
    assert _answers(image) == {"s-1"}


def test_a_backup_with_an_unreadable_manifest_or_a_damaged_journal_says_so(
    tmp_path: Path,
) -> None:
    made = one_answer_backup(tmp_path)
    (made / MANIFEST).write_text("{not json")
    assert verify(made) == (f"{MANIFEST} cannot be read",)
    (made / "journal.jsonl").write_bytes(b"00000000 [1]\n")
    assert verify(made) == (f"{MANIFEST} cannot be read", "journal.jsonl: checksum mismatch")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("20261101-090000-session", "session"),
        ("20261101-090000-manual", "manual"),
        ("20261101-090000-before-restore", "before-restore"),
        ("20261101-090000", "manual"),  # no reason in the name: never rotated away
    ],
)
def test_a_backup_without_a_manifest_takes_its_reason_from_its_name(
    tmp_path: Path, name: str, reason: str
) -> None:
    root = tmp_path / "db"
    open_store(root).close()
    made = create_backup(root, "manual", keep=None, now=datetime(2026, 11, 1, 9, tzinfo=UTC))
    (made / MANIFEST).unlink()
    made.rename(made.with_name(name))
    (found,) = list_backups(root)
    assert (found.name, found.reason) == (name, reason)


def test_each_kind_of_damaged_journal_line_gives_its_reason() -> None:
    learner = {"name": "Ann Lee", "created_at": "2025-03-01T00:00:00Z"}  # a space inside
    good = encode([("main", "learners", doc_id("ann"), learner)]).rstrip(b"\n")
    ((_, table, _, doc),) = parse_line(good)
    assert (table, doc) == ("learners", learner)
    payload = b"[1]"
    cases = {
        b"no-space-at-all": "no checksum",
        b"abc " + payload: "no checksum",  # a head that is not 8 hex digits
        b"zzzzzzzz " + payload: "no checksum",
        b"00000000 " + payload: "checksum mismatch",
        _with_crc(b"[1"): "not JSON",
        _with_crc(b'{"a":1}'): "not a list of ops",
    }
    for line, reason in cases.items():
        with pytest.raises(Damage) as caught:
            parse_line(line)
        assert str(caught.value) == reason, line


def _with_crc(payload: bytes) -> bytes:
    import zlib

    return f"{zlib.crc32(payload):08x} ".encode() + payload


def test_a_migrated_database_stamps_every_record_with_the_schema_on_disk(tmp_path: Path) -> None:
    root = tmp_path / "db"
    write_v1(root)
    open_store(root).close()
    main = json.loads((root / "main.json").read_text())
    (learner,) = main["learners"].values()
    (old,) = json.loads((root / "reviews" / "2025-03.json").read_text())["reviews"].values()
    assert learner["schema_version"] == old["schema_version"] == 2


def _database(root: Path) -> None:
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.close()
    s = open_store(root)
    s.commit_answer(card("f2", reps=1), review(2))  # left in the journal: a crash image
    image = root.with_name("image")
    shutil.copytree(root, image, ignore=shutil.ignore_patterns("quizapp.lock"))
    s.close()
    shutil.rmtree(root)
    image.rename(root)


def test_a_backup_reports_its_progress_file_by_file(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _database(root)
    seen: list[tuple[int, int]] = []
    made = create_backup(root, "manual", keep=None, progress=lambda i, n: seen.append((i, n)))
    files = json.loads((made / MANIFEST).read_text())["files"]
    assert set(files) == {"main.json", "journal.jsonl", "reviews/2026-11.json"}
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_two_backups_in_the_same_instant_are_both_kept_and_times_are_aware(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    _database(root)
    at = datetime(2026, 11, 1, 9, tzinfo=UTC)
    first = create_backup(root, "manual", keep=None, now=at)
    second = create_backup(root, "manual", keep=None, now=at)
    assert first != second and first.is_dir() and second.is_dir()
    assert len(list_backups(root)) == 2
    before = datetime.now(UTC)
    create_backup(root, "manual", keep=None)  # the wall clock, time-zone aware
    newest = list_backups(root)[0]
    assert newest.created.tzinfo is not None and newest.created >= before.replace(microsecond=0)


def test_a_before_restore_backup_copies_what_it_can_unverified(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _database(root)
    (root / "main.json").write_bytes(b"{ damaged")  # readable bytes, not a database
    made = create_backup(root, "before-restore", keep=None)
    assert (made / "main.json").read_bytes() == b"{ damaged"  # kept as it was, not judged
    (root / "main.json").unlink()
    (root / "main.json").mkdir()  # cannot be read at all: skipped, the rest still copied
    made = create_backup(root, "before-restore", keep=None)
    assert set(json.loads((made / MANIFEST).read_text())["files"]) == {
        "journal.jsonl",
        "reviews/2026-11.json",
    }


def test_a_damaged_file_met_by_a_backup_is_moved_aside_and_named(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _database(root)
    (root / "main.json").write_bytes(b"{ damaged")
    with pytest.raises(DatabaseCorrupt) as caught:
        create_backup(root, "manual", keep=None)
    moved = caught.value.moved_to
    assert moved is not None and Path(moved).read_bytes() == b"{ damaged"
    message = str(caught.value)
    assert f"{root / 'main.json'} could not be read (" in message
    assert f"moved aside to {moved}" in message
    assert "could not be read (None)" not in message and "()" not in message


def test_a_backup_that_fails_leaves_no_partial_folder_behind(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _database(root)
    (root / "reviews" / "2026-11.json").write_bytes(b"[")
    with pytest.raises(DatabaseCorrupt):
        create_backup(root, "manual", keep=None)
    assert list((root / "backups").iterdir()) == []


def test_check_explains_a_torn_last_line(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _database(root)
    with (root / "journal.jsonl").open("ab") as f:
        f.write(b"0badc0de [[")  # a write cut short by a crash
    report = check_database(root)
    (problem,) = [p for p in report.problems if "journal.jsonl" in p]
    assert problem.endswith(
        "a damaged last line (line 2, byte "
        + str((root / "journal.jsonl").stat().st_size - 11)
        + ": an unacknowledged write cut short by a crash; it is dropped when the database opens)"
    )


def test_a_backups_time_is_right_for_a_learner_outside_utc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    root = tmp_path / "db"
    _database(root)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        create_backup(root, "manual", keep=None)
    finally:
        monkeypatch.undo()
        time.tzset()
    (made,) = list_backups(root)
    assert abs(made.created - datetime.now(UTC)) < timedelta(minutes=5)
