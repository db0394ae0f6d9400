"""The store's messages that no test of run.sh's store list had shown (issue 19, session 25):
a write to a read-only database, a lock file that is a symbolic link, a database written by a
newer quizapp, a backup missing a file its manifest lists, and the notice a writer gives when
it sets a damaged journal line aside. Each message is checked whole."""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path

import pytest

from quizapp.store import month_cache, open_store
from quizapp.store.backups import create_backup, verify
from quizapp.store.errors import DatabaseReadOnly, DatabaseTooNew
from quizapp.store.records import SCHEMA_VERSION
from quizapp.store.sealed import read_sealed, write_sealed
from tests.store.helpers import card, review


def _one_answer(root: Path) -> None:
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.close()


def test_a_write_to_a_database_opened_read_only_is_refused_and_changes_nothing(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    _one_answer(root)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    reader = open_store(root, read_only=True)
    with pytest.raises(DatabaseReadOnly) as info:
        reader.commit_answer(card("f1", reps=2), review(2))
    reader.close()
    assert str(info.value) == "this database is open read-only"
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_a_lock_file_that_is_a_symbolic_link_is_refused_and_its_target_untouched(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    _one_answer(root)
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    lock = root / "quizapp.lock"
    lock.unlink()
    lock.symlink_to(target)
    with pytest.raises(DatabaseReadOnly) as info:
        open_store(root)
    assert str(info.value) == (
        f"{lock} is a symbolic link; remove it (quizapp writes its lock there)"
    )
    assert target.read_text() == "keep me"


def test_a_database_written_by_a_newer_quizapp_is_refused_with_its_schema(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.engine.commit([("main", "meta", "1", {"schema_version": SCHEMA_VERSION + 1})])
    s.close()
    for read_only in (False, True):
        with pytest.raises(DatabaseTooNew) as info:
            open_store(root, read_only=read_only)
        assert str(info.value) == (
            f"{root} was written by a newer quizapp (schema {SCHEMA_VERSION + 1}); upgrade quizapp"
        )


def test_a_backup_missing_a_file_its_manifest_lists_is_named_as_damaged(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _one_answer(root)
    made = create_backup(root, "manual", keep=None)
    month = next((made / "reviews").glob("*.json"))
    month.unlink()
    assert verify(made) == (f"reviews/{month.name} is missing",)


def test_a_writer_sets_a_damaged_journal_line_aside_and_says_where(tmp_path: Path) -> None:
    live = tmp_path / "live"
    s = open_store(live)
    s.commit_answer(card("f1", reps=1), review(1))
    s.commit_answer(card("f1", reps=2), review(2))
    root = tmp_path / "db"
    shutil.copytree(live, root)  # as a crash leaves it: the answers only in the journal
    s.close()
    path = root / "journal.jsonl"
    lines = path.read_bytes().split(b"\n")  # the schema's line, then one line per answer
    offset = len(lines[0]) + 1
    lines[1] = lines[1].replace(b'"reps":1', b'"reps":5')
    path.write_bytes(b"\n".join(lines))
    again = open_store(root)
    assert again.engine.notices == [
        f"{path}: line 2 (byte {offset}) is damaged (checksum mismatch); it is skipped; a copy "
        "is in corrupt/"
    ]
    (copy,) = (root / "corrupt").iterdir()  # named by when it was set aside, then where from
    assert copy.name.endswith(f"Z-journal.jsonl-line2-byte{offset}")
    assert copy.read_bytes() == lines[1]
    assert [r.id for r in again.reviews("ann")] == ["s-2"]  # the intact answer after it
    again.close()


@pytest.mark.parametrize(
    "shape",
    [
        "not a list",
        "two parts, not three",
        "no columns",
        "columns of unequal length",
    ],
)
def test_a_month_cache_entry_of_the_wrong_shape_is_ignored_and_rewritten(
    tmp_path: Path, shape: str
) -> None:
    """The entry's stamp and contents match the file, so only its shape can refuse it."""
    root, cache = tmp_path / "db", tmp_path / "cache"
    _one_answer(root)
    month = next((root / "reviews").glob("*.json"))
    true_columns = month_cache.read_month(month, None)
    data = month.read_bytes()
    stamp, contents = month_cache.file_stamp(month), [len(data), zlib.crc32(data)]
    value = {
        "not a list": "not a list",
        "two parts, not three": [stamp, contents],
        "no columns": [stamp, contents, []],
        "columns of unequal length": [stamp, contents, [["ann", "bob"], ["d"]]],
    }[shape]
    entry = cache / f"{month.stem}.columns"
    write_sealed(entry, month_cache.MAGIC, value)
    assert month_cache.read_month(month, cache) == true_columns
    assert read_sealed(entry, month_cache.MAGIC)[2] == true_columns  # replaced by the file's


def test_a_month_file_that_cannot_be_read_has_no_stamp(tmp_path: Path) -> None:
    assert month_cache.file_stamp(tmp_path / "gone.json") is None
    assert month_cache.file_stamp(None) is None
    there = tmp_path / "there.json"
    there.write_text("{}")
    stamp = month_cache.file_stamp(there)
    assert stamp is not None and stamp[2] == 2  # its size among device, inode and times
