"""What a backup holds and how it is read back, the journal's reasons for refusing a line, and
the schema stamp a migration leaves on disk (issue 19: survivors of the store's mutation run)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.store import open_store
from quizapp.store.backups import MANIFEST, create_backup, list_backups, verify
from quizapp.store.engine import doc_id
from quizapp.store.journal import encode, parse_line
from quizapp.store.restore import restore
from quizapp.store.verify import Damage
from tests.store.helpers import card, review
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
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.close()
    made = create_backup(root, "manual", keep=None)
    assert verify(made) == ()
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
