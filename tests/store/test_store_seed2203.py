"""Store behaviour the fresh seed-2203 mutation sample of quizapp/store found untested (issue
19, session 22): a learner and their sessions read back, a month's reviews in time order (and a
record that is not a review named by what it lacks), a read-only open of a damaged file says
what is wrong, a failed save shows the OS's plain reason and survives a failing clean-up,
restore's messages, and a cache entry written under folders not yet made."""

from __future__ import annotations

import errno
import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from quizapp.store import open_store
from quizapp.store.backups import create_backup
from quizapp.store.engine import MAIN
from quizapp.store.errors import DatabaseCorrupt, DatabaseWriteFailed, StoreError
from quizapp.store.records import Session
from quizapp.store.restore import restore
from quizapp.store.sealed import read_sealed, write_sealed
from tests.store.helpers import T0, card, review


def _month_file(root: Path) -> Path:
    return next((root / "reviews").glob("*.json"))


def test_a_known_learner_is_read_back_as_first_made(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    first = s.ensure_learner("ann", T0)
    assert s.ensure_learner("ann", T0 + timedelta(days=3)) == first  # not made again
    s.close()


def test_sessions_come_back_in_the_order_they_started(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    starts = [T0 + timedelta(hours=h) for h in (5, 1, 3)]
    for i, at in enumerate(starts):
        s.save_session(
            Session(id=f"s{i}", learner="ann", deck_id="d", mode="practice", started_at=at)
        )
    assert [x.started_at for x in s.sessions("ann")] == sorted(starts)
    assert s.sessions("bob") == []
    s.close()


def test_a_table_never_written_reads_as_no_rows(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    assert s.engine.rows(MAIN, "sessions") == []
    s.close()


def _answers_out_of_order(root: Path) -> list[int]:
    """Three answers of one month stored out of time order; their durations in time order."""
    s = open_store(root)
    for i, minutes in ((1, 9), (2, 7), (3, 8)):
        s.commit_answer(card("f1", reps=i), review(i, T0 + timedelta(minutes=minutes)))
    s.close()
    return [1002, 1003, 1001]


def test_a_month_stored_out_of_order_is_reported_in_time_order(tmp_path: Path) -> None:
    root = tmp_path / "db"
    durations = _answers_out_of_order(root)
    s = open_store(root, read_only=True)
    (month,) = s.review_months("ann")
    s.close()
    assert month.reviewed_at == sorted(month.reviewed_at)
    assert month.duration_ms == durations  # every column moved with its time


def test_a_month_holding_a_record_that_is_not_a_review_names_what_it_lacks(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    _answers_out_of_order(root)
    path = _month_file(root)
    data = json.loads(path.read_text())
    del next(iter(data["reviews"].values()))["mode"]
    path.write_text(json.dumps(data))
    s = open_store(root, read_only=True)
    with pytest.raises(ValidationError, match=r"(?s)0\.mode\n\s+Field required"):
        list(s.review_months("ann"))  # the quick read fails; the validated one says why
    s.close()


def test_a_damaged_file_opened_read_only_says_what_is_wrong_and_stays(tmp_path: Path) -> None:
    root = tmp_path / "db"
    open_store(root).close()
    (root / "main.json").write_bytes(b'{"cards": {')
    with pytest.raises(DatabaseCorrupt) as info:
        s = open_store(root, read_only=True)
        s.cards("ann", "d")
    assert str(info.value).startswith(
        f"{root / 'main.json'} could not be read (not readable JSON: truncated or damaged"
    )
    assert "it was left as it is (read-only)" in str(info.value)


def test_a_failed_save_says_the_os_s_reason_even_when_its_clean_up_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = open_store(tmp_path / "db")
    s.commit_answer(card("f1", reps=1), review(1))

    def full_disk(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)
    monkeypatch.setattr(os, "ftruncate", full_disk)  # the torn answer cannot be cut off either
    with pytest.raises(DatabaseWriteFailed) as failed:
        s.commit_answer(card("f2", reps=1), review(2))
    monkeypatch.undo()
    s.close()
    assert str(failed.value) == (
        f"could not save to {tmp_path / 'db'}: {os.strerror(errno.ENOSPC)}; nothing was lost "
        "before this answer, free some space and answer again"
    )


def test_a_damaged_backup_asked_for_by_name_is_refused_with_the_command_to_list_others(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.close()
    made = create_backup(root, "manual", keep=None)
    (made / "main.json").write_bytes(b"{")
    with pytest.raises(StoreError) as info:
        restore(root, made.name)
    assert str(info.value).startswith(f"backup {made.name} is damaged (")
    assert str(info.value).endswith("); choose another (`quizapp db backups`)")


def test_with_no_backup_and_main_json_moved_aside_restore_says_how_to_start_afresh(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    open_store(root).close()
    (root / "main.json").write_bytes(b"{")
    with pytest.raises(DatabaseCorrupt):
        open_store(root)  # moved aside to corrupt/
    with pytest.raises(StoreError) as info:
        restore(root)
    assert str(info.value) == (
        f"no good backup in {root / 'backups'}; to start afresh instead, move "
        f"{root / 'corrupt'} elsewhere"
    )


def test_a_cache_entry_is_written_under_folders_not_yet_made(tmp_path: Path) -> None:
    entry = tmp_path / "cache" / "months" / "2026-11.bin"
    write_sealed(entry, b"QZ1\n", {"n": 3})
    assert read_sealed(entry, b"QZ1\n") == {"n": 3}
