"""Store paths no test of run.sh's store list took (issue 19, session 26, found by branch
coverage of that list): a restore left unfinished as `db check` and a reader see it, a write
through TinyDB's own API (which would skip the journal), and the report's review columns of
every learner, joined and counted. Each checks the message whole or the figures' values."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest

from quizapp.store import engine, lock, open_store
from quizapp.store.check import check_database
from quizapp.store.errors import DatabaseReadOnly
from quizapp.store.records import ReviewRow
from quizapp.store.restore import READY, RestorePending
from quizapp.store.review_columns import ReviewColumns, columns_of_rows
from tests.store.helpers import T0, card, one_answer_db, review


def test_an_unfinished_restore_is_named_by_db_check_and_stops_a_reader(tmp_path: Path) -> None:
    root = one_answer_db(tmp_path)
    assert check_database(root).problems == []
    (root / READY).mkdir()
    expected = f"{root}: a restore was interrupted; run `quizapp db restore` to finish it"
    assert check_database(root).problems == [expected]
    with pytest.raises(RestorePending) as info:
        open_store(root, read_only=True)
    assert str(info.value) == expected


def test_a_write_through_tinydb_itself_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    root = one_answer_db(tmp_path)
    store = open_store(root)
    before = store.engine.table("main", "settings").all()
    with pytest.raises(TypeError) as info:
        store.engine.table("main", "settings").insert({"learner": "bob"})
    assert str(info.value) == "write through Engine.commit, which journals the change first"
    assert store.engine.table("main", "settings").all() == before
    store.close()


def _rows(*answers: tuple[int, str, int]) -> list[ReviewRow]:
    """Stored review rows: (minutes after T0, learner, i)."""
    return [
        cast(ReviewRow, review(i, T0 + timedelta(minutes=minutes), learner).model_dump())
        for minutes, learner, i in answers
    ]


def test_the_review_columns_of_every_learner_come_in_time_order() -> None:
    columns = columns_of_rows(_rows((5, "ann", 1), (2, "bob", 2), (9, "ann", 3)))
    assert columns.size == 3
    assert len(columns) == 11  # the fields, as for any tuple
    assert columns.duration_ms == [1002, 1001, 1003]
    assert columns.reviewed_at == [T0 + timedelta(minutes=m) for m in (2, 5, 9)]


def test_review_columns_joined_keep_each_chunk_s_order_one_after_the_other() -> None:
    first = columns_of_rows(_rows((5, "ann", 1), (1, "ann", 2)))
    second = columns_of_rows(_rows((0, "ann", 3)))
    joined = ReviewColumns.joined([first, second])
    assert joined.size == 3
    assert joined.duration_ms == [1002, 1001, 1003]
    assert joined.fact_id == ["f2", "f1", "f0"]
    assert ReviewColumns.joined([]).size == 0


def test_the_journal_is_folded_into_the_files_when_it_reaches_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "JOURNAL_LIMIT", 3)
    root = tmp_path / "db"
    open_store(root).close()
    journal = root / "journal.jsonl"
    store = open_store(root)
    sizes = []
    for i in range(1, 5):
        store.commit_answer(card("f1", reps=i), review(i))
        sizes.append(journal.stat().st_size)
    assert sizes[0] > 0 and sizes[1] == 2 * sizes[0]  # two answers journalled
    assert sizes[2] == 0  # the third reached the limit: folded into the files, journal emptied
    assert sizes[3] == sizes[0]  # and the fourth starts it again
    journal.write_bytes(b"")  # what the files alone hold, the writer still open
    reader = open_store(root, read_only=True)
    assert [r.id for r in reader.reviews("ann")] == ["s-1", "s-2", "s-3"]
    reader.close()
    store.close()


def test_a_folder_the_writer_may_not_write_in_is_refused_with_the_way_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = one_answer_db(tmp_path)

    def refused(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")  # as a folder of another user's would

    monkeypatch.setattr(os, "open", refused)  # root may write anywhere: no chmod will do
    with pytest.raises(DatabaseReadOnly) as info:
        lock.WriterLock(root)
    assert str(info.value) == (
        f"{root} is not writable; open it read-only (--read-only) or choose --db"
    )
