"""Restore: put a backup back, in one step that a crash cannot leave half done.

The restored database is built beside the live one (.restore.partial), verified, and then
renamed to .restore.ready: that rename is the commit point. Finishing moves each ready file
over the live one (each move atomic) and removes the folder; it is idempotent, and every
writer that opens the database finishes a pending restore first, while readers refuse to read
a half-swapped folder. A kill before the commit point leaves the old state (the partial folder
is removed at the next open); a kill after it leaves the new state once anything opens.

The default restore repairs rather than rolls back: each live file that is intact is kept and
merged with the backup (reviews are only added, so the union loses nothing), damaged or missing
files come from the newest good backup, and the journal's intact commits are kept, so answers
newer than the backup survive. Naming a backup rolls back to exactly that backup. Either way the
live files are first kept as a "before-restore" backup.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.store import journal
from quizapp.store.backups import (
    Backup,
    Progress,
    clean_partials,
    create_backup,
    data_files,
    list_backups,
    verify,
)
from quizapp.store.errors import StoreError
from quizapp.store.files import dump_json, fsync_dir, move_aside, write_synced
from quizapp.store.lock import WriterLock
from quizapp.store.verify import Damage, parse_tables, read_regular

STAGING = ".restore.partial"
READY = ".restore.ready"
PLAN = "RESTORE.json"
Tables = dict[str, dict[str, dict[str, Any]]]


@dataclass
class Restored:
    backup: Backup
    recovered: int = 0  # answers newer than the backup, kept from the live files
    from_backup: list[str] = field(default_factory=list)


class RestorePending(StoreError):
    def __init__(self, root: Path) -> None:
        super().__init__(
            f"{root}: a restore was interrupted; run `quizapp db restore` to finish it"
        )


def restore(root: Path, name: str | None = None, progress: Progress | None = None) -> Restored:
    """Restore `name`, or repair from the newest good backup. Takes the writer lock."""
    if not root.is_dir():
        raise StoreError(f"{root}: no database here")
    lock = WriterLock(root)
    try:
        finish_pending(root)
        shutil.rmtree(root / STAGING, ignore_errors=True)
        clean_partials(root)
        chosen = _choose(root, name)
        staging = root / STAGING
        (staging / "reviews").mkdir(parents=True)
        result = Restored(chosen)
        files = _stage(root, chosen.path, staging, merge=name is None, result=result)
        if progress:
            progress(len(files), len(files))
        write_synced(staging / PLAN, json.dumps({"files": files, "backup": chosen.name}).encode())
        fsync_dir(staging / "reviews")
        fsync_dir(staging)
        if data_files(root):
            create_backup(root, "before-restore", keep=None)
        staging.rename(root / READY)  # the commit point
        fsync_dir(root)
        finish_pending(root)
    finally:
        shutil.rmtree(root / STAGING, ignore_errors=True)
        lock.release()
    return result


def _choose(root: Path, name: str | None) -> Backup:
    backups = list_backups(root)
    if name is not None:
        chosen = next((b for b in backups if name in (b.name, str(b.path))), None)
        if chosen is None:
            raise StoreError(
                f"no backup named {name!r} in {root / 'backups'} (see `quizapp db backups`)"
            )
        problems = verify(chosen.path)
        if problems:
            raise StoreError(
                f"backup {chosen.name} is damaged ({problems[0]}); choose another "
                "(`quizapp db backups`)"
            )
        return chosen
    for backup in backups:
        if backup.reason != "before-restore" and not verify(backup.path):
            return backup
    hint = ""
    if (root / "corrupt").is_dir() and not (root / "main.json").exists():
        hint = f"; to start afresh instead, move {root / 'corrupt'} elsewhere"
    raise StoreError(f"no good backup in {root / 'backups'}{hint}")


def _tables(path: Path) -> Tables | None:
    try:
        return parse_tables(read_regular(path))
    except (Damage, OSError):
        return None


def _stage(root: Path, backup: Path, staging: Path, merge: bool, result: Restored) -> list[str]:
    """Write the restored files into `staging`; their paths relative to the database."""
    names = {f.relative_to(backup).as_posix() for f in data_files(backup)}
    if merge:
        names |= {f.relative_to(root).as_posix() for f in data_files(root)}
    names.add("journal.jsonl")
    seen: set[str] = set()
    for rel in sorted(names):
        if rel == "journal.jsonl":
            continue
        kept = _tables(root / rel) if merge else None
        saved = _tables(backup / rel) if (backup / rel).exists() else None
        if kept is None and saved is None:
            continue  # damaged and in no backup: the before-restore backup holds its bytes
        if kept is None:
            result.from_backup.append(rel)
        if rel == "main.json":  # intact live state wins whole (deletions stay deleted)
            write_synced(staging / rel, dump_json(kept if kept is not None else saved))
            continue
        merged = _merge(saved or {}, kept or {})
        ids = set(merged.get("reviews", {}))
        result.recovered += len(ids - set((saved or {}).get("reviews", {})))
        seen |= ids
        write_synced(staging / rel, dump_json(merged))
    lines = b""
    source = root if merge else backup
    for ops in journal.scan(source / "journal.jsonl").commits:
        lines += journal.encode(ops)
        if merge:
            new = {key for part, table, key, _ in ops if table == "reviews"} - seen
            result.recovered += len(new)
            seen |= new
    write_synced(staging / "journal.jsonl", lines)
    return sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file())


def _merge(saved: Tables, kept: Tables) -> Tables:
    """The backup's documents with the live ones over them (live is newer)."""
    out: Tables = {name: dict(rows) for name, rows in saved.items()}
    for name, rows in kept.items():
        out.setdefault(name, {}).update(rows)
    return out


def finish_pending(root: Path) -> bool:
    """Finish a restore that passed its commit point (idempotent). The caller holds the lock."""
    ready = root / READY
    if not ready.is_dir():
        return False
    try:
        files = set(json.loads((ready / PLAN).read_bytes())["files"])
    except FileNotFoundError:
        files = None  # every file was moved already; only the folder is left
    if files is not None:
        for live in data_files(root):
            rel = live.relative_to(root).as_posix()
            if rel in files:
                continue
            if live.is_dir() and not live.is_symlink():
                move_aside(live, root / "corrupt")
            else:
                live.unlink()
        for rel in sorted(files):
            src, dst = ready / rel, root / rel
            if not src.exists():
                continue  # moved before a crash
            dst.parent.mkdir(exist_ok=True)
            if dst.is_dir() and not dst.is_symlink():
                move_aside(dst, root / "corrupt")
            src.replace(dst)
        fsync_dir(root / "reviews")
        fsync_dir(root)
        (ready / PLAN).unlink()
    shutil.rmtree(ready)
    fsync_dir(root)
    return True
