"""Backups: a verified, dated copy of every database file, rotated by a retention policy.

A backup is a folder backups/<stamp>-<reason>/ written under a temporary name and renamed when
complete, so a half-made backup never looks like a good one (leftovers of a killed backup are
removed by the next writer). Every file is parsed and every record validated before it is
copied: a damaged live file is never copied into a backup, it is moved aside and reported.
A manifest records the real creation time (the wall clock, never a `--now`), the reason and
each file's size, so a backup missing a month is seen as incomplete. Restore is in restore.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizapp.store import journal, retention
from quizapp.store.errors import DatabaseCorrupt
from quizapp.store.files import fsync_dir, move_aside, stamp, write_synced
from quizapp.store.verify import Damage, parse_tables, read_regular

Progress = Callable[[int, int], None]
MANIFEST = "manifest.json"
ROTATED = "session"  # the only reason rotated away; manual and before-restore backups stay


@dataclass(frozen=True)
class Backup:
    path: Path
    files: int
    size: int
    created: datetime
    reason: str
    problems: tuple[str, ...] | None = None  # None: not verified

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def readable(self) -> bool:
        return self.problems is not None and not self.problems


def data_files(root: Path) -> list[Path]:
    """The files of a database: main.json, the journal and every review month."""
    files = [root / n for n in ("main.json", "journal.jsonl") if (root / n).exists()]
    reviews = root / "reviews"
    return files + (sorted(reviews.glob("*.json")) if reviews.is_dir() else [])


def check_bytes(rel: str, raw: bytes) -> None:
    """Damage if `raw` is not a sound copy of the database file `rel`."""
    if rel == "journal.jsonl":
        for line in raw.split(b"\n"):
            if line:
                journal.parse_line(line)
    else:
        parse_tables(raw)


def clean_partials(root: Path) -> None:
    for leftover in (root / "backups").glob(".*.partial"):
        shutil.rmtree(leftover, ignore_errors=True)


def _copy_files(
    root: Path, partial: Path, reason: str, progress: Progress | None
) -> dict[str, int]:
    """Copy every data file of `root` into `partial`, verifying each one that changed since the
    last verified backup (a before-restore backup skips what it cannot read); their sizes."""
    sizes: dict[str, int] = {}
    files = data_files(root)
    verified = _last_verified(root)
    for i, src in enumerate(files, 1):
        rel = src.relative_to(root).as_posix()
        try:
            raw = read_regular(src)
            if reason != "before-restore" and not _same(verified, rel, raw):
                check_bytes(rel, raw)
        except (Damage, IsADirectoryError) as exc:
            if reason == "before-restore":
                continue
            moved = move_aside(src, root / "corrupt")
            raise DatabaseCorrupt(str(src), str(moved), str(exc)) from None
        write_synced(partial / rel, raw)
        sizes[rel] = len(raw)
        if progress:
            progress(i, len(files))
    return sizes


def create_backup(
    root: Path,
    reason: str,
    keep: int | None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Verify and copy every data file of `root` into a new backup, then rotate.

    The caller holds the writer lock. A damaged file is moved to corrupt/ and DatabaseCorrupt
    raised (no backup is made); a before-restore backup copies whatever is there, unverified.
    `now` is for tests only: backups are named and ordered by the real clock.
    """
    created = now or datetime.now(UTC)
    clean_partials(root)
    folder = root / "backups"
    final = folder / f"{stamp(created)}-{reason}"
    while final.exists():
        final = final.with_name(f"{final.name}-{os.getpid()}")
    partial = folder / f".{final.name}.partial"
    (partial / "reviews").mkdir(parents=True, exist_ok=True)
    try:
        sizes = _copy_files(root, partial, reason, progress)
        manifest = {"created": created.isoformat(), "reason": reason, "files": sizes}
        write_synced(partial / MANIFEST, json.dumps(manifest, indent=1).encode())
        fsync_dir(partial / "reviews")
        fsync_dir(partial)
        partial.rename(final)
        fsync_dir(folder)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    if keep is not None:
        rotate(root, keep, created)
    return final


def _last_verified(root: Path) -> Path | None:
    """The newest backup whose files were verified when it was made (so an old month that has
    not changed since is not parsed again at every session start)."""
    made = [b for b in list_backups(root) if b.reason != "before-restore"]
    return next((b.path for b in made if (b.path / MANIFEST).is_file()), None)


def _same(backup: Path | None, rel: str, raw: bytes) -> bool:
    if backup is None:
        return False
    try:
        copy = backup / rel
        return copy.stat().st_size == len(raw) and copy.read_bytes() == raw
    except OSError:
        return False


def _manifest(path: Path) -> dict[str, object]:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads((path / MANIFEST).read_bytes())
        if isinstance(data, dict):
            return data
    return {}


def _created(path: Path, manifest: dict[str, object]) -> datetime:
    text = manifest.get("created")
    if isinstance(text, str):
        with contextlib.suppress(ValueError):
            value = datetime.fromisoformat(text)
            return value if value.tzinfo else value.replace(tzinfo=UTC)
    # a backup of an older quizapp: its folder's time is when it was made (its name may carry
    # a pretended `--now`, so it is not trusted for ordering)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def verify(path: Path) -> tuple[str, ...]:
    """Every problem of one backup: each file parsed and validated, none missing."""
    problems: list[str] = []
    manifest = _manifest(path)
    expected = manifest.get("files")
    if isinstance(expected, dict):
        for rel, size in expected.items():
            f = path / rel
            if not f.is_file():
                problems.append(f"{rel} is missing")
            elif f.stat().st_size != size:
                problems.append(f"{rel} has {f.stat().st_size} bytes, not {size}")
    elif (path / MANIFEST).exists():
        problems.append(f"{MANIFEST} cannot be read")
    for f in data_files(path):
        rel = f.relative_to(path).as_posix()
        try:
            check_bytes(rel, read_regular(f))
        except (Damage, OSError) as exc:
            problems.append(f"{rel}: {exc.strerror if isinstance(exc, OSError) else exc}")
    return tuple(problems)


def list_backups(root: Path, verify_each: bool = False) -> list[Backup]:
    """Backups, newest first by real creation time; verified in full if asked."""
    folder = root / "backups"
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        if not path.is_dir() or path.name.startswith("."):
            continue
        manifest = _manifest(path)
        files = data_files(path)
        reason = str(manifest.get("reason") or _reason_in(path.name))
        out.append(
            Backup(
                path,
                len(files),
                sum(f.stat().st_size for f in files if f.is_file()),
                _created(path, manifest),
                reason,
                verify(path) if verify_each else None,
            )
        )
    out.sort(key=lambda b: (b.created, b.name), reverse=True)
    return out


def _reason_in(name: str) -> str:
    return next((r for r in ("before-restore", "session", "manual") if r in name), "manual")


def rotate(root: Path, keep: int, now: datetime | None = None) -> None:
    """Delete the session backups the retention policy does not keep."""
    sessions = [b for b in list_backups(root) if b.reason == ROTATED]
    kept = retention.to_keep(
        [(b.path, b.created) for b in sessions], now or datetime.now(UTC), keep
    )
    for old in sessions:
        if old.path not in kept:
            shutil.rmtree(old.path, ignore_errors=True)
