"""Tests for the real survivors of the fresh store sample, seed 2612 (issue 19, session 26),
written after that sample was judged: the figures they bring are fitted to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.store import open_store
from quizapp.store.backups import create_backup, data_files, list_backups
from quizapp.store.errors import DatabaseCorrupt
from quizapp.store.restore import PLAN, READY, finish_pending
from tests.store.helpers import one_answer_db


def test_a_backup_is_listed_with_its_data_files_counted_and_their_size(tmp_path: Path) -> None:
    # backups.list_backups #26: the count of files left None (`db backups` cannot print it)
    root = one_answer_db(tmp_path)
    made = create_backup(root, "manual", keep=None)
    (listed,) = list_backups(root)
    names = sorted(p.relative_to(made).as_posix() for p in data_files(made))
    assert names == ["journal.jsonl", "main.json", "reviews/2026-11.json"]  # not the manifest
    assert listed.files == 3
    assert listed.size == sum((made / n).stat().st_size for n in names)


def test_a_file_the_writer_sets_aside_is_named_in_its_message(tmp_path: Path) -> None:
    # Engine._load #35: the message named `None` instead of the unreadable file
    root = one_answer_db(tmp_path)
    main = root / "main.json"
    main.unlink()
    main.mkdir()
    with pytest.raises(DatabaseCorrupt) as info:
        open_store(root)
    (moved,) = (root / "corrupt").iterdir()
    assert str(info.value) == (
        f"{main} could not be read (not a regular file); it was moved aside to {moved}. "
        "Run `quizapp db restore` to restore the newest good backup"
    )
    assert info.value.moved_to == str(moved)


def test_finishing_a_restore_keeps_the_files_it_had_already_moved_in(tmp_path: Path) -> None:
    # restore.finish_pending #14: every live file taken as outside the plan and deleted, so a
    # file moved in before the restore was killed was lost
    root = one_answer_db(tmp_path)
    month = "reviews/2026-11.json"
    ready = root / READY
    (ready / "reviews").mkdir(parents=True)
    restored_main = b'{"settings": {}}'
    (root / "main.json").write_bytes(restored_main)  # moved in before the kill
    (ready / month).write_bytes((root / month).read_bytes() + b" ")  # still to move
    (ready / PLAN).write_text(json.dumps({"files": ["main.json", month], "backup": "b"}))
    assert finish_pending(root)
    assert (root / "main.json").read_bytes() == restored_main
    assert (root / month).read_bytes().endswith(b" ")
    assert not ready.exists()
