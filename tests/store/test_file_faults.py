"""Fault injection on the snapshot files: main.json and every month, damaged six ways at several
positions. The next session refuses to start on top of the damage (one line naming the file and
`quizapp db restore`, the file moved aside byte for byte); the default restore then brings back
every answer that survives intact somewhere and never brings the damage back."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.store import open_store
from quizapp.store.backups import create_backup
from quizapp.store.check import check_database
from quizapp.store.errors import DatabaseCorrupt
from quizapp.store.restore import restore
from tests.store.helpers import T0, card, review

OLD, NEW = "reviews/2026-11.json", "reviews/2026-12.json"


def _populated(root: Path) -> dict[str, set[str]]:
    """Answers in two months, a session backup, more answers after it, and a journal tail.
    Returns the ids of the answers made after the backup, by where they live."""
    s = open_store(root)
    for i in range(4):
        s.commit_answer(card(f"f{i}", reps=1), review(i, T0 + timedelta(days=i)))
    for i in range(4, 6):
        s.commit_answer(card(f"f{i}", reps=1), review(i, T0 + timedelta(days=30 + i)))
    s.close()
    create_backup(root, "session", keep=10)
    s = open_store(root)
    s.commit_answer(card("f0", reps=2), review(10, T0 + timedelta(days=5)))  # old month
    s.commit_answer(card("f1", reps=2), review(11, T0 + timedelta(days=40)))  # new month
    s.close()
    s = open_store(root)
    s.commit_answer(card("f2", reps=2), review(12, T0 + timedelta(days=41)))
    s.engine._journal.close()  # type: ignore[union-attr]  # a crash: the answer is journal-only
    s.engine._journal = None
    s.engine._lock.release()  # type: ignore[union-attr]
    return {OLD: {"s-10"}, NEW: {"s-11"}, "journal": {"s-12"}}


def _flip_colon(nth: float) -> Callable[[bytes], bytes]:
    def damage(raw: bytes) -> bytes:
        colons = [i for i, b in enumerate(raw) if b == ord(":")]
        i = colons[int((len(colons) - 1) * nth)]
        return raw[:i] + bytes([raw[i] ^ 0x20]) + raw[i + 1 :]

    return damage


def _record(change: Callable[[dict[str, object]], object], last: bool) -> Callable[[bytes], bytes]:
    def damage(raw: bytes) -> bytes:
        data = json.loads(raw)
        table = "reviews" if "reviews" in data else "cards"
        docs = list(data[table].values())
        change(docs[-1] if last else docs[0])
        return json.dumps(data).encode()

    return damage


def _bad_time(doc: dict[str, object]) -> None:
    key = "reviewed_at" if "reviewed_at" in doc else "introduced_at"
    doc[key] = "2026-11-01Tx0:00:00Z"


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncate-1": lambda raw: raw[:1],
    "truncate-half": lambda raw: raw[: len(raw) // 2],
    "truncate-end": lambda raw: raw[:-1],
    "flip-first": _flip_colon(0),
    "flip-middle": _flip_colon(0.5),
    "flip-last": _flip_colon(1),
    "zero-start": lambda raw: b"\0" * 16 + raw[16:],
    "zero-middle": lambda raw: raw[: len(raw) // 2] + b"\0" * 16 + raw[len(raw) // 2 + 16 :],
    "empty": lambda raw: b"",
    "garbage": lambda raw: bytes(range(256)) * 3,
    "not-a-table": lambda raw: b'["not", "a", "database"]',
    "missing-field": _record(lambda d: d.pop("learner"), last=False),
    "bad-timestamp": _record(_bad_time, last=True),
}


def _ids(root: Path) -> set[str]:
    s = open_store(root, read_only=True)
    try:
        return {r.id for r in s.reviews("ann")}
    finally:
        s.close()


@pytest.mark.parametrize("where", ["main.json", OLD, NEW])
@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damage_is_refused_moved_aside_and_repaired(tmp_path: Path, where: str, kind: str) -> None:
    root = tmp_path / "db"
    after_backup = _populated(root)
    everything = {f"s-{i}" for i in (0, 1, 2, 3, 4, 5, 10, 11, 12)}
    damaged = DAMAGE[kind]((root / where).read_bytes())
    (root / where).write_bytes(damaged)

    assert not check_database(root).ok  # db check sees it
    with pytest.raises(DatabaseCorrupt) as info:  # a session: open, fold the journal, back up
        s = open_store(root)
        try:
            s.compact()
            create_backup(root, "session", keep=10)
        finally:
            s.close()
    message = str(info.value)
    assert "\n" not in message and where.split("/")[-1] in message
    assert "quizapp db restore" in message and "moved aside" in message
    (kept,) = (root / "corrupt").iterdir()
    assert kept.read_bytes() == damaged  # byte for byte

    restore(root)
    report = check_database(root)
    assert report.ok, report.problems  # the damage is not brought back
    lost = after_backup.get(where, set())  # answers that lived only in the damaged file
    assert _ids(root) == everything - lost
    s = open_store(root)  # and a session runs on the repaired database
    s.compact()
    create_backup(root, "session", keep=10)
    s.close()
