"""File primitives with the durability the store promises: atomic replace, fsync, moving aside."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in `path` survive a crash (no-op where unsupported)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_synced(path: Path, data: bytes) -> None:
    """Write `path` and fsync it before returning: for a file in a folder that is then made
    visible as a whole (a backup, a restore's staging), or the first step of write_atomic."""
    with path.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file, fsync it, rename it over `path`, fsync the folder.

    A crash at any instant leaves either the old file or the new one, never a torn one.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    write_synced(tmp, data)
    tmp.replace(path)
    fsync_dir(path.parent)


def dump_json(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")


def move_aside(path: Path, folder: Path) -> Path:
    """Move an unreadable file into `folder` under a dated name; never overwrite anything."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stamp()}-{path.name}"
    while target.exists():
        target = target.with_name(f"{stamp()}-{path.name}")
    shutil.move(str(path), target)
    fsync_dir(path.parent)
    return target


def copy_aside(data: bytes, name: str, folder: Path) -> Path:
    """Keep damaged bytes (a journal line) in `folder` under a dated name, durably."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stamp()}-{name}"
    write_atomic(target, data)
    return target
