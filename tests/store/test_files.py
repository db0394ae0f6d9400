"""The store's file primitives (store/files.py): every durable write goes through one helper."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.store import backups, files, restore


def test_write_synced_replaces_the_bytes_and_syncs_them_before_returning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.json"
    synced: list[bytes] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(target.read_bytes())  # what the file holds when it is synced
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    target.write_bytes(b"an older and longer content")
    files.write_synced(target, b'{"files": []}')
    assert target.read_bytes() == b'{"files": []}'
    assert synced == [b'{"files": []}']


def test_backups_and_restore_have_no_write_of_their_own() -> None:
    """One home for 'write and fsync': the two copies that were in backups.py and restore.py
    are gone, and both modules use the store's helper."""
    for module in (backups, restore):
        assert not hasattr(module, "_write")
        assert module.write_synced is files.write_synced
