"""Store behaviour the seed-15 mutation sample found untested (issue 19, session 17): the day's
tally committed with its answer, a database opened in a folder not yet made, the default
location, the lock holder's description, and a backup whose manifest time is unreadable."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.store import open_store
from quizapp.store.backups import _created, create_backup
from quizapp.store.errors import StoreError
from quizapp.store.location import default_db_path
from quizapp.store.lock import _describe
from quizapp.store.records import DayTally
from quizapp.store.repository import _card_op
from quizapp.store.restore import restore
from quizapp.store.verify import Damage, parse_tables
from tests.store.helpers import T0, card, review


def test_the_days_tally_is_committed_with_the_answer_and_read_back(tmp_path: Path) -> None:
    root = tmp_path / "not" / "yet" / "made"  # every missing folder is made on open
    s = open_store(root)
    tally = DayTally(learner="ann", day=T0.date(), answered=3, correct=2, ms=9000)
    s.commit_answer(card("f1", reps=1), review(1), tally)
    s.close()
    again = open_store(root)
    assert again.day_tally("ann", T0.date()) == tally
    assert again.day_tally("bob", T0.date()) == DayTally(learner="bob", day=T0.date())
    again.close()


def test_the_default_database_is_progress_in_the_users_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("QUIZAPP_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "quizapp" / "progress"  # README's location


def test_a_lock_holder_is_described_or_named_generically() -> None:
    info = {"pid": 12, "host": "box", "since": "09:00"}
    assert _describe(json.dumps(info)) == "quizapp process 12 on box (since 09:00)"
    assert _describe("torn {") == "another quizapp process"
    assert _describe('{"pid": 3}') == "another quizapp process"


def test_a_backup_with_an_unreadable_time_is_dated_by_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    stamp = datetime(2026, 5, 1, 12, 0, tzinfo=UTC).timestamp()
    os.utime(folder, (stamp, stamp))
    assert _created(folder, {"created": "not a time"}) == datetime.fromtimestamp(stamp, UTC)
    naive = _created(folder, {"created": "2026-06-01T08:00:00"})
    assert naive == datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


def test_a_damaged_or_foreign_file_is_refused_with_what_is_wrong() -> None:
    with pytest.raises(Damage, match=r"^not readable JSON: truncated or damaged"):
        parse_tables(b'{"cards": {"1": {')
    with pytest.raises(Damage, match=r"^not a TinyDB database"):
        parse_tables(b'["a list, not tables"]')


def test_restore_says_where_it_looked_for_a_backup(tmp_path: Path) -> None:
    root = tmp_path / "db"
    open_store(root).close()
    backups = root / "backups"
    with pytest.raises(StoreError) as named:
        restore(root, "no-such-backup")
    assert str(named.value) == (
        f"no backup named 'no-such-backup' in {backups} (see `quizapp db backups`)"
    )
    with pytest.raises(StoreError) as none:
        restore(root)
    assert str(none.value) == f"no good backup in {backups}"  # no hint: main.json is there


def test_a_repair_keeps_a_record_the_live_database_deleted_deleted(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.put_card(card("f1", reps=1))
    s.put_card(card("f2", reps=1))
    s.close()
    create_backup(root, "manual", keep=None)  # holds both cards
    s = open_store(root)
    part, table, key, _ = _card_op(card("f2"))
    s.engine.commit([(part, table, key, None)])  # f2 deleted after the backup
    s.compact()
    s.close()
    restore(root)  # a repair: the live main file is intact, so it wins whole
    again = open_store(root)
    assert set(again.cards("ann", "d")) == {"f1"}
    again.close()
