"""Backups: a dated copy of every database file, rotated; restore puts one back.

A backup is a folder backups/<stamp>-<reason>/ written under a temporary name and renamed
when complete, so a half-made backup never looks like a good one. Restore first moves the
current files into a backup of their own ("before-restore"), so restoring loses nothing.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quizapp.store.errors import StoreError
from quizapp.store.files import fsync_dir, stamp
from quizapp.store.lock import WriterLock

Progress = Callable[[int, int], None]
DATA_FILES = ("main.json", "journal.jsonl")


@dataclass(frozen=True)
class Backup:
    path: Path
    files: int
    size: int
    readable: bool

    @property
    def name(self) -> str:
        return self.path.name


def _data_files(root: Path) -> list[Path]:
    files = [root / n for n in DATA_FILES if (root / n).is_file()]
    reviews = root / "reviews"
    return files + (sorted(reviews.glob("*.json")) if reviews.is_dir() else [])


def create_backup(
    root: Path,
    reason: str,
    keep: int,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy every data file of `root` into a new backup; keep the newest `keep` backups."""
    files = _data_files(root)
    folder = root / "backups"
    final = folder / f"{stamp(now)}-{reason}"
    partial = folder / f".{final.name}.partial"
    (partial / "reviews").mkdir(parents=True, exist_ok=True)
    for i, src in enumerate(files, 1):
        shutil.copy2(src, partial / src.relative_to(root))
        if progress:
            progress(i, len(files))
    partial.rename(final)
    fsync_dir(folder)
    rotate(root, keep)
    return final


def list_backups(root: Path) -> list[Backup]:
    """Backups, newest first, each checked: does its main.json parse?"""
    folder = root / "backups"
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(
        (p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True
    ):
        files = _data_files(path)
        out.append(Backup(path, len(files), sum(f.stat().st_size for f in files), _readable(path)))
    return out


def _readable(path: Path) -> bool:
    main = path / "main.json"
    try:
        return not main.exists() or isinstance(json.loads(main.read_bytes() or b"{}"), dict)
    except (ValueError, OSError):
        return False


def rotate(root: Path, keep: int) -> None:
    automatic = [b for b in list_backups(root) if not b.name.endswith("before-restore")]
    for old in automatic[keep:]:
        shutil.rmtree(old.path, ignore_errors=True)


def restore(root: Path, name: str | None = None, progress: Progress | None = None) -> Backup:
    """Put a backup back (the newest readable one by default). Needs the writer lock."""
    backups = list_backups(root)
    if name is not None:
        chosen = next((b for b in backups if b.name == name or str(b.path) == name), None)
        if chosen is None:
            raise StoreError(
                f"no backup named {name!r} in {root / 'backups'} (see `quizapp db backups`)"
            )
    else:
        chosen = next(
            (b for b in backups if b.readable and not b.name.endswith("before-restore")), None
        )
        if chosen is None:
            raise StoreError(f"no readable backup in {root / 'backups'}")
    if not chosen.readable:
        raise StoreError(
            f"backup {chosen.name} cannot be read; choose another (`quizapp db backups`)"
        )
    lock = WriterLock(root)
    try:
        if _data_files(root):
            create_backup(root, "before-restore", keep=10**6)
        for f in _data_files(root):
            f.unlink()
        files = _data_files(chosen.path)
        (root / "reviews").mkdir(exist_ok=True)
        for i, src in enumerate(files, 1):
            shutil.copy2(src, root / src.relative_to(chosen.path))
            if progress:
                progress(i, len(files))
        fsync_dir(root)
        fsync_dir(root / "reviews")
    finally:
        lock.release()
    return chosen
