"""Store behaviour the seed-15 mutation sample left untested (issue 19, session 22): a rotation
judges ages from the new backup's own time (and by the real clock, in UTC), the refusal to
start over a moved-aside main.json names that file, a failed compaction shows the OS's plain
reason, and the learner's time zone is read from $TZ or from where /etc/localtime points."""

from __future__ import annotations

import errno
import os
import pathlib
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from quizapp.store import backups, open_store
from quizapp.store.backups import create_backup, list_backups, rotate
from quizapp.store.errors import DatabaseCorrupt, DatabaseWriteFailed
from quizapp.store.records import local_zone_name
from tests.store.helpers import card, review

DAY1 = datetime(2020, 1, 6, 12, tzinfo=UTC)  # a Monday, years before the wall clock


def _one_answer(root: Path) -> None:
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.close()


def test_a_rotation_keeps_a_daily_backup_by_the_new_backup_s_own_time(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _one_answer(root)
    days = [DAY1 + timedelta(days=d) for d in range(3)]
    for at in days:
        create_backup(root, "session", keep=1, now=at)
    # one a day for the week before the newest backup: all three stay, although by the wall
    # clock every one of them is years old and only the last one would be kept
    assert sorted(b.created for b in list_backups(root)) == days
    rotate(root, keep=1, now=days[-1] + timedelta(hours=1))
    assert len(list_backups(root)) == 3
    rotate(root, keep=1, now=DAY1 + timedelta(weeks=8))  # two months on: only the last is kept
    assert [b.created for b in list_backups(root)] == [days[-1]]


class _FarEastClock(datetime):
    """The real clock read on a machine at UTC+14, at 23:30 UTC on Tuesday 1 January 2030: its
    local date is already the 2nd."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
        instant = datetime(2030, 1, 1, 23, 30, tzinfo=UTC)
        if tz is not None:
            return instant.astimezone(tz)
        return instant.astimezone(ZoneInfo("Pacific/Kiritimati")).replace(tzinfo=None)


def test_a_rotation_by_the_real_clock_counts_days_in_utc_as_the_backups_are_timed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "db"
    _one_answer(root)
    six_days_ago = datetime(2029, 12, 26, 12, tzinfo=UTC)  # kept as that day's backup
    times = [
        six_days_ago,
        datetime(2029, 12, 30, 12, tzinfo=UTC),
        datetime(2030, 1, 1, 23, tzinfo=UTC),
    ]
    for at in times:
        create_backup(root, "session", keep=None, now=at)
    monkeypatch.setattr(backups, "datetime", _FarEastClock)
    rotate(root, keep=1)
    # by the machine's local date the 26th would be seven days back, outside the daily week
    assert sorted(b.created for b in list_backups(root)) == times


def test_a_writer_refused_after_main_json_moved_aside_names_it_and_where_it_went(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    _one_answer(root)
    (root / "main.json").write_bytes(b'{"cards": {')  # torn
    with pytest.raises(DatabaseCorrupt):
        open_store(root)  # moved aside to corrupt/
    (kept,) = (root / "corrupt").iterdir()
    with pytest.raises(DatabaseCorrupt) as again:
        open_store(root)
    assert str(again.value) == (
        f"{root / 'main.json'} could not be read (damaged); it was moved aside to {kept}; a new "
        "one is not started over it. Run `quizapp db restore` to restore the newest good backup"
    )


def test_a_failed_compaction_says_the_os_s_reason_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "main.json")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(DatabaseWriteFailed) as failed:
        s.compact()
    monkeypatch.undo()
    s.close()
    assert str(failed.value) == (
        f"could not update {root}: {os.strerror(errno.ENOSPC)}; your answers are safe in the "
        "journal"
    )


def _localtime_points_to(monkeypatch: pytest.MonkeyPatch, target: str | None) -> None:
    real = pathlib.Path.resolve

    def resolve(self: pathlib.Path, strict: bool = False) -> pathlib.Path:
        if str(self) != "/etc/localtime":
            return real(self, strict)
        if target is None:
            raise OSError(errno.ELOOP, "Too many levels of symbolic links")
        return pathlib.Path(target)

    monkeypatch.setattr(pathlib.Path, "resolve", resolve)


def test_the_time_zone_is_read_from_tz_or_from_where_localtime_points(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", ":Asia/Tashkent")  # POSIX allows a leading colon
    assert local_zone_name() == "Asia/Tashkent"
    monkeypatch.setenv("TZ", "Not/A_Zone")
    assert local_zone_name() == "UTC"
    monkeypatch.delenv("TZ")
    _localtime_points_to(monkeypatch, "/usr/share/zoneinfo/America/Argentina/Buenos_Aires")
    assert local_zone_name() == "America/Argentina/Buenos_Aires"
    _localtime_points_to(monkeypatch, "/etc/some-local-file")  # not a zone file
    assert local_zone_name() == "UTC"
    _localtime_points_to(monkeypatch, None)
    assert local_zone_name() == "UTC"
