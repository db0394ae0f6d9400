"""Backups are verified, ordered by real time, rotated by a retention policy; restore repairs
from the newest good one without bringing damage back or losing newer intact answers."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.store import StoreError, open_store
from quizapp.store.backups import create_backup, list_backups, verify
from quizapp.store.errors import DatabaseCorrupt
from quizapp.store.restore import restore
from quizapp.store.retention import to_keep
from tests.store.helpers import T0, card, review


def _answer(root: Path, i: int, at: datetime | None = None) -> None:
    s = open_store(root)
    s.commit_answer(card(f"f{i}", reps=i), review(i, at))
    s.close()


def _ids(root: Path) -> set[str]:
    s = open_store(root, read_only=True)
    try:
        return {r.id for r in s.reviews("ann")}
    finally:
        s.close()


def test_retention_keeps_last_few_plus_daily_and_weekly() -> None:
    now = datetime(2027, 3, 31, 12, tzinfo=UTC)
    # a backup every 5 minutes for the last hour, and 4 a day for 60 days before that
    recent = [now - timedelta(minutes=5 * i) for i in range(12)]
    older = [now - timedelta(days=d, hours=h) for d in range(1, 60) for h in (1, 5, 9, 13)]
    created = recent + older
    kept = to_keep([(i, at) for i, at in enumerate(created)], now, last=5)
    kept_times = sorted((created[i] for i in kept), reverse=True)
    assert kept_times[:5] == recent[:5]  # the last few
    days = {t.date() for t in kept_times if now - t < timedelta(days=7)}
    assert len(days) == 7  # one a day for a week
    weeks = {t.isocalendar()[:2] for t in kept_times}
    assert len(weeks) == 5  # one a week for a month (this week and the four before)
    assert all(now - t < timedelta(weeks=5) for t in kept_times)  # older ones go
    assert len(kept) <= 5 + 7 + 5


def test_an_hour_of_sessions_does_not_push_out_yesterday(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _answer(root, 1)
    yesterday = datetime.now(UTC) - timedelta(days=1)
    create_backup(root, "session", keep=3, now=yesterday)
    manual = create_backup(root, "manual", keep=3, now=yesterday - timedelta(days=40))
    for i in range(12):
        create_backup(root, "session", keep=3, now=datetime.now(UTC) + timedelta(seconds=i))
    listed = list_backups(root)
    assert any(b.created == yesterday for b in listed)  # yesterday's daily stays
    assert manual in [b.path for b in listed]  # manual backups are not rotated
    assert len([b for b in listed if b.reason == "session"]) == 4  # 3 last + yesterday


def test_backups_ordered_by_real_creation_time_not_by_name(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _answer(root, 1)
    good = create_backup(root, "session", keep=5)
    # a backup of an older quizapp, named by a pretended --now in 2999 (no manifest)
    bogus = root / "backups" / "29990101T100000000000Z-session"
    bogus.mkdir()
    (bogus / "main.json").write_text("{}")
    os.utime(bogus, (1_600_000_000, 1_600_000_000))  # it was really made in 2020
    assert list_backups(root)[0].path == good


def test_a_session_backup_is_named_by_the_wall_clock_not_now(tmp_path: Path) -> None:
    from quizapp.service import StudyService

    root = tmp_path / "db"
    service = StudyService(root, clock=lambda: datetime(2999, 1, 1, 10, tzinfo=UTC), seed=1)
    service.start("ann", "russia-central-asia", "practice", limit=1)
    service.close()
    (made,) = list_backups(root)
    assert made.name.startswith(str(datetime.now(UTC).year))
    assert abs(made.created - datetime.now(UTC)) < timedelta(minutes=5)


def test_damaged_month_is_never_backed_up_and_restore_brings_it_back(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _answer(root, 1, T0)
    create_backup(root, "session", keep=5)
    _answer(root, 2, T0 + timedelta(days=40))  # a newer month, after the backup
    month = root / "reviews" / "2026-11.json"
    month.write_bytes(month.read_bytes()[:40])
    with pytest.raises(DatabaseCorrupt, match=r"2026-11\.json.*moved aside.*db restore"):
        create_backup(root, "session", keep=5)
    assert len(list_backups(root)) == 1  # no backup of the damage was made
    assert not month.exists() and len(list((root / "corrupt").iterdir())) == 1
    done = restore(root)
    assert done.from_backup == ["reviews/2026-11.json"]
    assert _ids(root) == {"s-1", "s-2"}  # the month is back, the newer answer kept
    assert done.recovered == 1


def test_invalid_record_makes_a_backup_damaged_and_restore_skips_it(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _answer(root, 1)
    older = create_backup(root, "manual", keep=5, now=datetime.now(UTC) - timedelta(hours=1))
    newer = create_backup(root, "manual", keep=5)
    data = json.loads((newer / "main.json").read_text())
    next(iter(data["cards"].values())).pop("learner")
    (newer / "main.json").write_text(json.dumps(data))
    listed = {b.path: b for b in list_backups(root, verify_each=True)}
    assert listed[older].readable and not listed[newer].readable
    assert "learner" in " ".join(listed[newer].problems or ())
    (root / "main.json").write_text("{ broken")
    assert restore(root).backup.path == older
    with pytest.raises(StoreError, match="is damaged"):
        restore(root, newer.name)


def test_a_backup_missing_a_month_is_incomplete(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _answer(root, 1)
    made = create_backup(root, "manual", keep=5)
    next((made / "reviews").glob("*.json")).unlink()
    assert any("missing" in p for p in verify(made))


def test_main_moved_aside_is_not_replaced_by_an_empty_database(tmp_path: Path) -> None:
    """B4: a session after main.json was moved aside must not start from nothing."""
    root = tmp_path / "db"
    _answer(root, 1)
    create_backup(root, "session", keep=5)
    (root / "main.json").write_bytes((root / "main.json").read_bytes()[:30])
    with pytest.raises(DatabaseCorrupt, match="moved aside"):
        open_store(root)
    with pytest.raises(DatabaseCorrupt, match=r"not started over it.*db restore"):
        open_store(root)
    assert restore(root).from_backup == ["main.json"]
    s = open_store(root)
    assert s.cards("ann", "d")
    s.close()


@pytest.mark.parametrize("where", ["main.json", "reviews/2026-11.json"])
def test_empty_file_is_damage_not_a_new_database(tmp_path: Path, where: str) -> None:
    root = tmp_path / "db"
    _answer(root, 1, T0)
    (root / where).write_bytes(b"")
    with pytest.raises(DatabaseCorrupt, match="empty"):
        s = open_store(root)
        list(s.reviews("ann"))
    assert list((root / "corrupt").iterdir())


def test_restore_onto_a_main_that_is_a_folder(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _answer(root, 1)
    create_backup(root, "manual", keep=5)
    (root / "main.json").unlink()
    (root / "main.json").mkdir()
    restore(root)
    assert (root / "main.json").is_file() and _ids(root) == {"s-1"}


def test_restore_named_rolls_back_and_unknown_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _answer(root, 1)
    made = create_backup(root, "manual", keep=5)
    _answer(root, 2)
    assert restore(root, made.name).backup.path == made
    assert _ids(root) == {"s-1"}
    kept = [b for b in list_backups(root) if b.reason == "before-restore"]
    assert len(kept) == 1
    with pytest.raises(StoreError, match="no backup named"):
        restore(root, "nope")


def test_restore_refuses_while_a_writer_is_open(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    create_backup(root, "manual", keep=5)
    with pytest.raises(StoreError, match="in use"):
        restore(root)
    s.close()


def test_partial_leftovers_are_removed_by_the_next_writer(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _answer(root, 1)
    (root / "backups" / ".20270101T000000000000Z-session.partial" / "reviews").mkdir(parents=True)
    (root / ".restore.partial").mkdir()
    open_store(root).close()
    assert not list((root / "backups").glob(".*")) and not (root / ".restore.partial").exists()


def test_an_interrupted_restore_is_finished_by_the_next_writer(tmp_path: Path) -> None:
    """A kill after the commit point: readers refuse the half-swapped folder, check says so,
    and the next writer (or `db restore`) finishes it."""
    from quizapp.store import restore as restore_module
    from quizapp.store.check import check_database

    root = tmp_path / "db"
    _answer(root, 1)
    made = create_backup(root, "manual", keep=5)
    _answer(root, 2)
    real = restore_module.finish_pending
    calls = []

    def killed(r: Path) -> bool:
        calls.append(r)
        if len(calls) == 2:  # the finish after the commit point: die before it runs
            raise KeyboardInterrupt
        return real(r)

    restore_module.finish_pending = killed  # type: ignore[assignment]
    try:
        with pytest.raises(KeyboardInterrupt):
            restore(root, made.name)
    finally:
        restore_module.finish_pending = real
    assert (root / ".restore.ready").is_dir()
    assert any("interrupted" in p for p in check_database(root).problems)
    with pytest.raises(StoreError, match="interrupted"):
        open_store(root, read_only=True)
    open_store(root).close()  # a writer finishes it
    assert _ids(root) == {"s-1"} and not (root / ".restore.ready").exists()


def test_unchanged_files_are_not_parsed_again_at_each_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.store import backups

    root = tmp_path / "db"
    _answer(root, 1, T0)
    _answer(root, 2, T0 + timedelta(days=40))
    create_backup(root, "session", keep=5)
    _answer(root, 3, T0 + timedelta(days=41))  # changes main.json and the newer month only
    checked: list[str] = []
    real = backups.check_bytes

    def spy(rel: str, raw: bytes) -> None:
        checked.append(rel)
        real(rel, raw)

    monkeypatch.setattr(backups, "check_bytes", spy)
    create_backup(root, "session", keep=5)
    assert sorted(checked) == ["main.json", "reviews/2026-12.json"]  # not 2026-11
